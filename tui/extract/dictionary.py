"""What jieba's dictionary says about words: their tags (``n``, ``v``, ``nr``…).

``jieba.posseg`` would answer that, but importing it loads its tagger's tables as well. The
tags alone are read in one pass over the dictionary file, once per process (about 0.1 s, in the
extraction helper only).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache, cached_property

from tui.extract.lexicon import SURNAMES

_ENTRY = re.compile(r"\n(\S+) \d+ ([a-z]+)")  # word, frequency, tag: 张三 12 nr
# How often jieba's dictionary counts a word, tagged as a name or not, for it to be a common word (查明 409 times,
# 保姆 515, 主张): a name's word of the dictionary is counted less.
COMMON_AS_A_WORD = 300
# How seldom jieba's dictionary counts a place for a name where a person speaks or is named as a relative to be one
# (赛前扎加洛说, 母亲曾黎在一旁).
RARE_PLACE = 100
# How seldom jieba's dictionary counts a word, at most, for its reading as that word to be no likelier than as a name
# (沐阳, counted 3 times; 周长生, twice, beside the pupil's 高中生, 129): of the corpora's given names of two written apart
# from their full name in the same stretch of 20 sentences, those it lacks are annotated names 81 times in 91, those it
# counts up to five times 4 in 4, those it counts more 67 in 120.
RARE_WORD = 5
# jieba's tags of the words that carry grammar, not content: prepositions, conjunctions, adverbs, particles, pronouns.
FUNCTION_TAGS = frozenset("pcdur")
LINKING_TAGS = frozenset("pcu")  # the first letters of jieba's tags of prepositions, conjunctions and particles


def tags_of(text: str) -> dict[str, str]:
    """Each word of a dictionary file in jieba's format and its tag: by position where every line holds a word, its
    frequency and its tag, as jieba's own does (in three quarters of the time of a pattern), else by the pattern."""
    fields = text.split()
    if len(fields) == 3 * (text.count("\n") + (not text.endswith("\n"))):
        return dict(zip(fields[::3], fields[2::3]))
    return dict(_ENTRY.findall("\n" + text))


class Dictionary:
    """jieba's default dictionary, read once per process."""

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(60)
        jieba.dt.check_initialized()
        with jieba.dt.get_dict_file() as file:
            self._tags = tags_of(file.read().decode("utf-8"))

    @property
    def table(self) -> Mapping[str, str]:
        """Every word of the dictionary and its tag (to look many words up one by one)."""
        return self._tags

    def tags(self, words: Iterable[str]) -> dict[str, str]:
        """The tags of those of ``words`` that are in the dictionary."""
        table = self._tags
        return {w: table[w] for w in words if w in table}

    def begins_names(self, char: str) -> float:
        """Of the Chinese names of two or three of the dictionary that hold ``char``, the share it begins (张 0.97,
        王 0.81, 平 0.28; one half for a character in none): how likely it is a surname rather than a given name."""
        begins, inside = self._name_characters
        return (begins[char] + 0.5) / (begins[char] + inside[char] + 1)

    @cached_property
    def _name_characters(self) -> tuple[Counter[str], Counter[str]]:
        names = [word for word, tag in self._tags.items()
                 if tag == "nr" and 2 <= len(word) <= 3 and word[0] in SURNAMES]
        return Counter(name[0] for name in names), Counter(char for name in names for char in name[1:])

    @staticmethod
    def frequency(word: str) -> int:
        """How often jieba's dictionary counts ``word`` (0 when it has no such word)."""
        import jieba

        return jieba.dt.FREQ.get(word, 0)


@cache
def dictionary() -> Dictionary:
    return Dictionary()
