"""What jieba's dictionary says about a word: its tag (``n``, ``v``, ``nr``…).

``jieba.posseg`` would answer that, but importing it loads its tagger's tables, which costs
more than half a second of a cold start. The tag of each dictionary word is read instead in
one regex pass over the dictionary file (about 0.2 s).
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
        with jieba.dt.get_dict_file() as file:
            self._tags = dict(_ENTRY.findall("\n" + file.read().decode("utf-8")))

    def tag(self, word: str) -> str:
        """The dictionary's tag of ``word`` (``n``, ``v``, ``nr``…), or ``""`` if it has none."""
        return self._tags.get(word, "")


@cache
def dictionary() -> Dictionary:
    return Dictionary()
