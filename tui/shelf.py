"""What the Library screen lists: the kept articles, filtered as the user types and sorted.

A query finds an article by its title, its source or anyone in it, by any of their forms, matched
the way search matches the text: exactly (traditional and simplified alike), by pinyin
(``zhangwei``, or initials such as ``zw``), or fuzzily. Everything an entry is matched against is
worked out once (in a thread, as the list is first shown), so each keystroke over a thousand
articles costs a few milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from tui.library import Entry, Seen
from tui.pinyin import readings, toneless
from tui.search import fold

SORTS = ("read", "date")  # most recently read first; newest story first
FUZZY_CUTOFF = 70


@dataclass(frozen=True)
class _Keys:
    text: str  # title, source and people, folded
    spelled: str  # their pinyin, run together
    initials: str  # the first letter of each character's pinyin


def _keys(entry: Entry) -> _Keys:
    return _keys_of([entry.title, entry.source or "", *(entry.names or entry.people)])


def _keys_of(words: list[str]) -> _Keys:
    text = fold("\n".join(words))
    spelled, initials = [], []
    for char in text:
        found = readings(char)
        if found:
            spelled.append(found[0])
            initials.append(found[0][0])
        elif char.isalnum():
            spelled.append(char)
            initials.append(char)
        elif char == "\n":  # (between two names: no spelling runs from one into the next)
            spelled.append(char)
            initials.append(char)
    return _Keys(text, "".join(spelled), "".join(initials))


class Shelf:
    """The library's entries, ready to be filtered and sorted."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._made: list[_Keys] | None = None

    def prepare(self) -> None:
        """Work out what each entry is matched against (a thread may do it while the list is
        first shown; a query typed before it is done does it itself)."""
        if self._made is None:
            self._made = [_keys(entry) for entry in self.entries]

    @property
    def _keys(self) -> list[_Keys]:
        self.prepare()
        assert self._made is not None
        return self._made

    def view(self, query: str = "", sort: str = "read") -> list[Entry]:
        """The entries that match ``query`` (all of them for an empty one), best first, and
        within the same quality in the order ``sort`` asks for."""
        order = self._sorted(sort)
        query = query.strip()
        if not query:
            return [self.entries[i] for i in order]
        quality = _qualities(self._keys, query)
        rank = {index: place for place, index in enumerate(order)}
        return [self.entries[i] for i in sorted(quality, key=lambda i: (-quality[i], rank[i]))]

    def _sorted(self, sort: str) -> list[int]:
        indices = range(len(self.entries))
        if sort == "date":
            return sorted(indices, key=lambda i: (self.entries[i].published or "", self.entries[i].id), reverse=True)
        return sorted(indices, key=lambda i: (self.entries[i].opened or 0.0, self.entries[i].id), reverse=True)


def _qualities(keys: list[_Keys], query: str) -> dict[int, int]:
    """For each index of ``keys`` that ``query`` matches: 3 exactly, 2 by pinyin, 1 fuzzily."""
    needle = fold(query)
    letters = toneless(query) if query.isascii() else ""
    quality: dict[int, int] = {}
    for index, key in enumerate(keys):
        if needle in key.text:
            quality[index] = 3
        elif letters and len(letters) >= 2 and (letters in key.spelled or letters in key.initials):
            quality[index] = 2
    fuzzy = process.extract(needle, [k.text for k in keys], scorer=fuzz.partial_ratio,
                            score_cutoff=FUZZY_CUTOFF, limit=None) if len(needle) >= 2 else []
    for _text, _score, index in fuzzy:
        quality.setdefault(index, 1)
    return quality


def people_matching(people: list[Seen], query: str) -> list[Seen]:
    """The people of the library's people view that ``query`` finds by any of their forms (as
    articles are found), best first, most seen first within the same quality."""
    if not query.strip():
        return people
    quality = _qualities([_keys_of(person.forms) for person in people], query.strip())
    return [people[i] for i in sorted(quality, key=lambda i: (-quality[i], i))]
