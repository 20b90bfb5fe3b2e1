"""What jieba's dictionary says about a word: is it a word, a name, and its exact tag.

``jieba.posseg`` would answer all of that, but importing it reads the tag of every one of the
dictionary's 350,000 words and loads its tagger's tables, which costs more than half a second
of a cold start. The reader needs much less: which words are names (one scan for the ``nr``
tags), whether a word is in the dictionary at all (jieba's own frequency table), and the exact
tag of a few words only (looked up together in one pass).
"""

from __future__ import annotations

import re
from functools import cache

_NAME_LINE = re.compile(r"\n([^ \n]+) \d+ nr")  # word, frequency, tag: 张三 12 nr


class Dictionary:
    """jieba's default dictionary, read once per process."""

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(60)
        jieba.dt.check_initialized()
        self._freq: dict[str, int] = jieba.dt.FREQ
        with jieba.dt.get_dict_file() as file:
            self._lines = "\n" + file.read().decode("utf-8") + "\n"
        self._names = set(_NAME_LINE.findall(self._lines))

    def is_word(self, word: str) -> bool:
        return self._freq.get(word, 0) > 0

    def is_name(self, word: str) -> bool:
        """Tagged as a person's name (``nr``, ``nrt``, ``nrfg``)."""
        return word in self._names

    def tags(self, words: set[str]) -> dict[str, str]:
        """The exact tags of those of ``words`` that are in the dictionary."""
        known = sorted((w for w in words if self.is_word(w)), key=len, reverse=True)
        if not known:
            return {}
        # The look-ahead skips, at C speed, every line whose first character starts none of them.
        first = re.escape("".join(sorted({w[0] for w in known})))
        line = re.compile(f"\n(?=[{first}])(" + "|".join(map(re.escape, known)) + r") \d+ ([a-z]+)")
        return {m.group(1): m.group(2) for m in line.finditer(self._lines)}


@cache
def dictionary() -> Dictionary:
    return Dictionary()
