"""What jieba's dictionary says about a word: is it a word, a name, and its tag.

``jieba.posseg`` would answer all of that, but importing it loads its tagger's tables, which
costs more than half a second of a cold start. The reader needs less: jieba's own frequency
table (is it a word at all) and the tag of each dictionary word, read in one regex pass over
the dictionary file (about 0.2 s).
"""

from __future__ import annotations

import re
from functools import cache

_ENTRY = re.compile(r"\n(\S+) \d+ ([a-z]+)")  # word, frequency, tag: 张三 12 nr


class Dictionary:
    """jieba's default dictionary, read once per process."""

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(60)
        jieba.dt.check_initialized()
        self._freq: dict[str, int] = jieba.dt.FREQ
        with jieba.dt.get_dict_file() as file:
            self._tags = dict(_ENTRY.findall("\n" + file.read().decode("utf-8")))

    def is_word(self, word: str) -> bool:
        return self._freq.get(word, 0) > 0

    def tag(self, word: str) -> str:
        """The dictionary's tag of ``word`` (``n``, ``v``, ``nr``…), or ``""`` if it has none."""
        return self._tags.get(word, "")

    def is_name(self, word: str) -> bool:
        """Tagged as a person's name (``nr``, ``nrt``, ``nrfg``)."""
        return self._tags.get(word, "").startswith("nr")

    def tags(self, words: set[str]) -> dict[str, str]:
        """The tags of those of ``words`` that are in the dictionary."""
        return {w: self._tags[w] for w in words if w in self._tags and self.is_word(w)}


@cache
def dictionary() -> Dictionary:
    return Dictionary()
