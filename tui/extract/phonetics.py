"""Does a Chinese transliteration sound like a Latin name? (马克·扎克伯格 ~ Mark Zuckerberg)

Both sides are reduced to a rough common spelling: the Chinese through pinyin, the Latin
through the substitutions transliteration makes (r is heard as l, v as f, final consonants
gain a vowel). The spellings and their consonant skeletons are then compared fuzzily.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from tui.pinyin import spell

_LATIN_RULES = [
    ("sch", "sh"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("dg", "j"), ("x", "ks"), ("q", "k"),
    ("ce", "se"), ("ci", "si"), ("cy", "si"), ("c", "k"), ("v", "f"), ("y", "i"), ("j", "i"),
    ("r", "l"), ("d", "t"), ("g", "k"), ("b", "p"),
]
_PINYIN_RULES = [
    ("zh", "z"), ("yi", "i"), ("yu", "iu"), ("wu", "u"), ("y", "i"), ("j", "i"),
    ("x", "s"), ("q", "ch"), ("c", "ts"), ("ü", "u"), ("v", "u"), ("r", "l"), ("d", "t"), ("g", "k"), ("b", "p"),
]
# An r before a consonant or at the end is not heard in transliteration (Mark -> 马克).
_SILENT_R = re.compile(r"r(?=[^aeiouy]|$)")
_VOWELS = re.compile(r"[aeiou]+")


def _apply(text: str, rules: list[tuple[str, str]]) -> str:
    for old, new in rules:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


@lru_cache(maxsize=4096)
def latin_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower())  # an accent apart from its letter, then dropped
    return _apply(_SILENT_R.sub("", re.sub(r"[^a-z]", "", folded)), _LATIN_RULES)


@lru_cache(maxsize=4096)
def chinese_key(name: str) -> str:
    return _apply(spell(name), _PINYIN_RULES)


def sound_alike(chinese: str, latin: str) -> float:
    """0..1: how well the transliteration ``chinese`` renders ``latin``."""
    a, b = chinese_key(chinese), latin_key(latin)
    if not a or not b:
        return 0.0
    whole = fuzz.ratio(a, b)
    skeleton = fuzz.ratio(_VOWELS.sub("", a), _VOWELS.sub("", b))
    return (whole + skeleton) / 200
