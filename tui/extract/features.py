"""What the name tagger sees of each character: the same features in training and in use.

For every character: itself and its neighbours (two either side, as characters and pairs), its
kind (Chinese, digit, Latin, punctuation), whether it or one of the two before it can be a
surname, its place in a run of transliteration characters (阿加西: begin, middle, end of three),
whether a title ends right before it, and the jieba word it sits in (its place in the word, the word's length,
jieba's dictionary tag for it and for the words either side). Then the cues news prose puts
around people: a title right before the word, a speech verb or an organisation word right
after it. Characters are NFKC-folded first, so full-width digits and letters (as in the
training corpora) and half-width ones (as in most web text) look alike.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from tui.extract.lexicon import COMPOUND_SURNAMES, NAME_DOTS, ORG_AFTER, SPEECH_VERBS, SURNAMES, TITLES, TRANSLIT

Word = tuple[str, str]  # a jieba word and its dictionary tag ("new" when jieba made it up)
_PAD = "␂"


@cache
def fold(char: str) -> str:
    """One character for one: NFKC where that gives a single character, lower case."""
    folded = unicodedata.normalize("NFKC", char)
    return (folded if len(folded) == 1 else char).lower()


@cache
def _kind(char: str) -> str:
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
        return "H"
    if char.isdigit():
        return "D"
    if char.isascii() and char.isalpha():
        return "L"
    if char in NAME_DOTS:
        return "·"
    return "P" if unicodedata.category(char).startswith(("P", "S")) else "O"


def sentence_features(text: str, words: Sequence[Word]) -> list[list[str]]:
    """The features of each character of ``text``, whose jieba segmentation is ``words``."""
    chars = [fold(c) for c in text]
    padded = [_PAD, _PAD, *chars, _PAD, _PAD]
    kinds = [_kind(c) for c in chars]
    runs = _translit_runs(chars)
    titled = _title_ends(text)
    features: list[list[str]] = []
    position = 0
    for index, (word, tag) in enumerate(words):
        size = len(word)
        after = text[position + size:position + size + 4]
        cues = []
        if position in titled:
            cues.append("title-before")
        if after.startswith(SPEECH_VERBS):
            cues.append("speech-after")
        if after.startswith(ORG_AFTER):
            cues.append("org-after")
        previous_tag = words[index - 1][1] if index else "^"
        next_tag = words[index + 1][1] if index + 1 < len(words) else "$"
        # jieba's dictionary calls many foreign people places (哥伦布 ns, 开普勒 nz): its tag is
        # weighed apart for words of transliteration characters and for words after a title.
        shape = _word_shape("".join(chars[position:position + size]), word[:1])
        word_features = [f"wl={min(size, 5)}", f"wt={tag}", f"pwt={previous_tag}", f"nwt={next_tag}",
                         f"wt|pwt={tag}|{previous_tag}", f"wt|ws={tag}|{shape}", *cues]
        if cues:
            word_features.append(f"wt|cue={tag}|{cues[0]}")
        if size <= 4:
            word_features.append(f"w={word}")
        for offset in range(size):
            i = position + offset
            c = padded[i + 2]
            place = "S" if size == 1 else "B" if offset == 0 else "E" if offset == size - 1 else "M"
            row = [
                "bias", f"c={c}", f"c-1={padded[i + 1]}", f"c+1={padded[i + 3]}", f"c-2={padded[i]}",
                f"c+2={padded[i + 4]}", f"c-1c={padded[i + 1]}{c}", f"cc+1={c}{padded[i + 3]}",
                f"c-2c-1={padded[i]}{padded[i + 1]}", f"c+1c+2={padded[i + 3]}{padded[i + 4]}",
                f"c-1c+1={padded[i + 1]}{padded[i + 3]}",
                f"k={kinds[i]}", f"k-1k+1={kinds[i - 1] if i else '^'}{kinds[i + 1] if i + 1 < len(kinds) else '$'}",
                f"wp={place}", f"wp|wt={place}|{tag}", *word_features,
            ]
            if runs[i]:
                row.append(f"tr={runs[i]}")
            if i in titled:
                row.append("ctitle")
            if padded[i + 1] in SURNAMES:
                row.append("surname-1")
            if padded[i] in SURNAMES:
                row.append("surname-2")
            if c in SURNAMES:
                row.append("surname")
            if c + padded[i + 3] in COMPOUND_SURNAMES:
                row.append("surname2")
            if c in TRANSLIT:
                row.append("translit")
            if padded[i + 1] in TRANSLIT and padded[i + 3] in TRANSLIT:
                row.append("translit-around")
            features.append(row)
        position += size
    return features


@lru_cache(maxsize=1 << 16)  # keyed by words, unlike the per-character caches: bounded
def _word_shape(folded: str, first: str) -> str:
    """Of a word folded: T, all transliteration characters (two or more); S, it begins with a
    surname; else the kind of its first character as written (``first``)."""
    if len(folded) >= 2 and all(c in TRANSLIT or c in NAME_DOTS for c in folded):
        return "T"
    if folded and (folded[0] in SURNAMES or folded[:2] in COMPOUND_SURNAMES):
        return "S"
    return _kind(first) if first else "O"


def _translit_runs(chars: list[str]) -> list[str]:
    """For each character in a run of two or more transliteration characters (dots included
    inside), its place in the run and the run's length: 阿加西 gives B3 M3 E3."""
    marks = [""] * len(chars)
    i = 0
    while i < len(chars):
        if chars[i] not in TRANSLIT:
            i += 1
            continue
        j = i
        while j < len(chars) and (chars[j] in TRANSLIT or (chars[j] in NAME_DOTS and j + 1 < len(chars)
                                                          and chars[j + 1] in TRANSLIT)):
            j += 1
        size = j - i
        if size >= 2:
            for k in range(i, j):
                marks[k] = ("B" if k == i else "E" if k == j - 1 else "M") + str(min(size, 6))
        i = j
    return marks


def _title_ends(text: str) -> set[int]:
    """Every offset of ``text`` where a title ends (a name may begin there)."""
    ends = set()
    for start, char in enumerate(text):
        if char in _TITLE_FIRST:
            ends.update(start + size for size in _TITLE_SIZES if text[start:start + size] in _TITLE_SET)
    return ends


def split_titles(words: list[str]) -> list[str]:
    """jieba's words with a title at the end cut off (布什总统, 光绪皇帝 and 外科医生 are single
    words of its dictionary): a name glued to its title would otherwise hide inside a word."""
    split = []
    for word in words:
        title = next((word[-size:] for size in _TITLE_SIZES if len(word) - size >= 2 and word[-size:] in _TITLE_SET),
                     None) if len(word) >= 3 else None
        split.extend((word[:-len(title)], title) if title else (word,))
    return split


_TITLE_SET = frozenset(TITLES)
_TITLE_SIZES = sorted({len(t) for t in TITLES}, reverse=True)  # the longest title that fits wins
_TITLE_FIRST = frozenset(t[0] for t in TITLES)


def words_of(words: list[str], tags: dict[str, str]) -> list[Word]:
    """jieba's ``words`` with their dictionary tags (``new`` for Chinese words jieba guessed,
    the character kind for anything else)."""
    return [(word, tags.get(word) or ("new" if _kind(word[0]) == "H" else _kind(word[0]))) for word in words]
