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

import re
import unicodedata
from collections.abc import Container, Mapping, Sequence
from functools import cache, lru_cache

from tui.extract.lexicon import COMPOUND_SURNAMES, NAME_DOTS, ORG_AFTER, SPEECH_VERBS, SURNAMES, TITLES, TRANSLIT

# The digest of the word lists the features read (:func:`lists_digest`) when the shipped model was
# trained: a list changed makes features the model never saw, so the model is trained again
# (``python -m tui.extract.train``, which writes the same bytes from the same code) and this updated.
TRAINED_LISTS = "32c8cc6f4616c955"

Word = tuple[str, str]  # a jieba word and its dictionary tag ("new" when jieba made it up)
_PAD = "␂"
# The features of many values (character pairs and words), of which a trained model keeps
# weights for few: nine pairs in ten it never learned, and those weigh nothing when tagging.
SPARSE_TEMPLATES = ("c-1c", "cc+1", "c-2c-1", "c+1c+2", "c-1c+1", "w")
Learned = Mapping[str, Container[str]]
"""For each sparse template, the values a model has weights for: only those are built."""


class _Everything:
    """Holds every value: a model in training learns from all of them."""

    def __contains__(self, _value: object) -> bool:
        return True


EVERYTHING: Learned = dict.fromkeys(SPARSE_TEMPLATES, _Everything())


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


def sentence_features(text: str, words: Sequence[Word], learned: Learned = EVERYTHING) -> list[list[str]]:
    """The features of each character of ``text``, whose jieba segmentation is ``words``;
    of the sparse templates, only the values in ``learned`` (the same tags, built faster)."""
    before, after_, skipped, two_after, around, known_word = (learned[t] for t in SPARSE_TEMPLATES)
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
        # (the first character looked up alone: most words are followed by neither kind of word)
        if after[:1] in _SPEECH_FIRST and after.startswith(SPEECH_VERBS):
            cues.append("speech-after")
        if after[:1] in _ORG_FIRST and after.startswith(ORG_AFTER):
            cues.append("org-after")
        previous_tag = words[index - 1][1] if index else "^"
        next_tag = words[index + 1][1] if index + 1 < len(words) else "$"
        # jieba's dictionary calls many foreign people places (哥伦布 ns, 开普勒 nz): its tag is
        # weighed apart for words of transliteration characters and for words after a title.
        shape = _word_shape(word)
        word_features = [f"wl={min(size, 5)}", f"wt={tag}", f"pwt={previous_tag}", f"nwt={next_tag}",
                         f"wt|pwt={tag}|{previous_tag}", f"wt|ws={tag}|{shape}", *cues]
        if cues:
            word_features.append(f"wt|cue={tag}|{cues[0]}")
        if size <= 4 and word in known_word:
            word_features.append(f"w={word}")
        for offset in range(size):
            i = position + offset
            b2, b1, c, a1, a2 = padded[i:i + 5]
            place = "S" if size == 1 else "B" if offset == 0 else "E" if offset == size - 1 else "M"
            row = ["bias", f"c={c}", f"c-1={b1}", f"c+1={a1}", f"c-2={b2}", f"c+2={a2}"]
            if (pair := b1 + c) in before:
                row.append("c-1c=" + pair)
            if (pair := c + a1) in after_:
                row.append("cc+1=" + pair)
            if (pair := b2 + b1) in skipped:
                row.append("c-2c-1=" + pair)
            if (pair := a1 + a2) in two_after:
                row.append("c+1c+2=" + pair)
            if (pair := b1 + a1) in around:
                row.append("c-1c+1=" + pair)
            row += (f"k={kinds[i]}", f"k-1k+1={kinds[i - 1] if i else '^'}{kinds[i + 1] if i + 1 < len(kinds) else '$'}",
                    f"wp={place}", f"wp|wt={place}|{tag}", *word_features)
            if runs[i]:
                row.append(f"tr={runs[i]}")
            if i in titled:
                row.append("ctitle")
            if b1 in SURNAMES:
                row.append("surname-1")
            if b2 in SURNAMES:
                row.append("surname-2")
            if c in SURNAMES:
                row.append("surname")
            if c + a1 in COMPOUND_SURNAMES:
                row.append("surname2")
            if c in TRANSLIT:
                row.append("translit")
            if b1 in TRANSLIT and a1 in TRANSLIT:
                row.append("translit-around")
            features.append(row)
        position += size
    return features


@lru_cache(maxsize=1 << 16)  # keyed by words, unlike the per-character caches: bounded
def _word_shape(word: str) -> str:
    """Of a word folded: T, all transliteration characters (two or more); S, it begins with a
    surname; else the kind of its first character as written."""
    folded = "".join(fold(c) for c in word)
    if len(folded) >= 2 and all(c in TRANSLIT or c in NAME_DOTS for c in folded):
        return "T"
    if folded and (folded[0] in SURNAMES or folded[:2] in COMPOUND_SURNAMES):
        return "S"
    return _kind(word[0]) if word else "O"


def _translit_runs(chars: list[str]) -> list[str]:
    """For each character in a run of two or more transliteration characters (dots included
    inside), its place in the run and the run's length: 阿加西 gives B3 M3 E3."""
    marks = [""] * len(chars)
    for run in _TRANSLIT_RUN.finditer("".join(chars)):
        i, j = run.span()
        size = min(j - i, 6)
        marks[i:j] = [f"B{size}", *[f"M{size}"] * (j - i - 2), f"E{size}"]
    return marks


def _title_ends(text: str) -> set[int]:
    """Every offset of ``text`` where a title ends (a name may begin there)."""
    ends = set()
    for match in _TITLE_FIRST.finditer(text):
        start = match.start()
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
_TITLE_FIRST = re.compile("[" + re.escape("".join(sorted({t[0] for t in TITLES}))) + "]")
_SPEECH_FIRST = frozenset(v[0] for v in SPEECH_VERBS)
_ORG_FIRST = frozenset(w[0] for w in ORG_AFTER)
_TRANSLIT_CLASS = "[" + re.escape("".join(sorted(TRANSLIT))) + "]"
_TRANSLIT_RUN = re.compile(f"{_TRANSLIT_CLASS}(?:{_TRANSLIT_CLASS}|[{NAME_DOTS}](?={_TRANSLIT_CLASS}))+")


def lists_digest() -> str:
    """A digest of the word lists of :mod:`tui.extract.lexicon` that the features read."""
    import hashlib

    lists = (COMPOUND_SURNAMES, NAME_DOTS, ORG_AFTER, SPEECH_VERBS, SURNAMES, TITLES, TRANSLIT)
    return hashlib.sha256("\n".join(" ".join(sorted(words)) for words in lists).encode()).hexdigest()[:16]


def words_of(words: list[str], tags: Mapping[str, str]) -> list[Word]:
    """jieba's ``words`` with their dictionary tags (``new`` for Chinese words jieba guessed,
    the character kind for anything else)."""
    return [(word, tags.get(word) or ("new" if _kind(word[0]) == "H" else _kind(word[0]))) for word in words]
