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

from tui.extract.lexicon import COMPOUND_SURNAMES, NAME_DOTS, ORG_AFTER, SPEECH_VERBS, SURNAMES, TITLES, TRANSLIT

Word = tuple[str, str]  # a jieba word and its dictionary tag ("new" when jieba made it up)
_PAD = "␂"


def fold(char: str) -> str:
    """One character for one: NFKC where that gives a single character, lower case."""
    folded = unicodedata.normalize("NFKC", char)
    return (folded if len(folded) == 1 else char).lower()


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
    titled = [text[max(0, i - 8):i].endswith(TITLES) for i in range(len(text))]
    features: list[list[str]] = []
    position = 0
    for index, (word, tag) in enumerate(words):
        size = len(word)
        before = text[max(0, position - 8):position]
        after = text[position + size:position + size + 4]
        cues = []
        if before.endswith(TITLES):
            cues.append("title-before")
        if after.startswith(SPEECH_VERBS):
            cues.append("speech-after")
        if after.startswith(ORG_AFTER):
            cues.append("org-after")
        previous_tag = words[index - 1][1] if index else "^"
        next_tag = words[index + 1][1] if index + 1 < len(words) else "$"
        word_features = [f"wl={min(size, 5)}", f"wt={tag}", f"pwt={previous_tag}", f"nwt={next_tag}",
                         f"wt|pwt={tag}|{previous_tag}", *cues]
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
            if titled[i]:
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


def words_of(words: list[str], tags: dict[str, str]) -> list[Word]:
    """jieba's ``words`` with their dictionary tags (``new`` for Chinese words jieba guessed,
    the character kind for anything else)."""
    return [(word, tags.get(word) or ("new" if _kind(word[0]) == "H" else _kind(word[0]))) for word in words]
