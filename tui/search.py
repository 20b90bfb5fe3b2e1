"""Search inside an article: exact, by pinyin, by any of a person's names, and fuzzily.

An index is built once per article; a query then answers in milliseconds. Matching forgives
case, full-width forms, tone marks and typos: ``Zuckerburg`` finds ``Zuckerberg``, ``beijing``
and ``bjs`` find ``北京`` and ``北京市``, and a person's Latin name also finds the Chinese
form of the same person. A query that has nothing to do with the text finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from tui.article import Article
from tui.extract.model import Person, latin_script
from tui.pinyin import readings, toneless
from tui.traditional import to_simplified

KIND_RANK = {"exact": 0, "person": 1, "pinyin": 2, "fuzzy": 3}
SNIPPET_CONTEXT = 14
LATIN_CUTOFF = 80
_LATIN_WORD = re.compile(r"[a-z][a-z0-9'\-]*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DOTS = "·•・‧"
# How many letters a query of initials has, one a character (bjs for 北京市): two are too few to mean anything, and
# past a dozen no one types initials (a long query would be matched at every place for its whole length).
_INITIALS = range(3, 13)
# How alike two renderings of a foreign name sound for a query of one to find the other (泽伦斯基 and 泽连斯基 0.80,
# Zelensky 0.84; 麦克斯 and 马克龙 0.53).
_RENDERED_ALIKE = 0.8


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    kind: str  # exact | person | pinyin | fuzzy
    score: float
    section: str
    snippet: str  # one line, the match marked with 【】
    snippet_start: int  # where the snippet's text starts in the article
    snippet_end: int

    def as_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "score": round(self.score, 1), "section": self.section, "snippet": self.snippet}


@lru_cache(maxsize=65536)
def fold_char(char: str) -> str:
    """Case, width, dot and traditional forms folded away, one character for one, so that
    offsets stay put."""
    if char in _DOTS:
        return "·"
    folded = unicodedata.normalize("NFKC", char).lower()
    if len(folded) != 1:
        folded = char.lower() if len(char.lower()) == 1 else char
    return to_simplified(folded)


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


class SearchIndex:
    """Everything a query needs, computed once for one article."""

    def __init__(self, article: Article, people: list[Person] | None = None) -> None:
        self.article = article
        self.text = article.text
        self.folded = fold(article.text)
        self.people: list[Person] = []
        self._names: list[set[str]] = []
        self.set_people(people or [])
        self._by_syllable: dict[str, list[int]] = defaultdict(list)
        self._by_char: dict[str, list[int]] = defaultdict(list)
        self._by_bigram: dict[str, list[int]] = defaultdict(list)
        self._readings: dict[int, tuple[str, ...]] = {}
        self._syllables: set[str] = set()
        self._section_starts = [s.start for s in article.sections]
        folded = self.folded
        previous_cjk = False
        for index, char in enumerate(folded):
            if not _CJK.match(char):
                previous_cjk = False
                continue
            self._by_char[char].append(index)
            if previous_cjk:
                self._by_bigram[folded[index - 1:index + 1]].append(index - 1)
            previous_cjk = True
            options = readings(char)
            if options:
                self._readings[index] = options
                for reading in options:
                    self._by_syllable[reading].append(index)
                    self._syllables.add(reading)
        initials = [" "] * len(folded)
        for index, options in self._readings.items():
            first = {r[0] for r in options}
            initials[index] = first.pop() if len(first) == 1 else "*"
        self._initials = "".join(initials)
        self._latin: dict[str, list[int]] = defaultdict(list)
        words = [(m.start(), m.end(), m.group()) for m in _LATIN_WORD.finditer(folded)]
        for index, (start, end, word) in enumerate(words):
            self._latin[word].append(start)
            # Phrases of two and three words joined by single spaces, for names like "John Smith".
            phrase, last = word, end
            for follower in words[index + 1:index + 3]:
                if follower[0] != last + 1 or folded[last] != " ":
                    break
                phrase, last = f"{phrase} {follower[2]}", follower[1]
                self._latin[phrase].append(start)
        self._latin_vocabulary = list(self._latin)

    def set_people(self, people: list[Person]) -> None:
        self.people = people
        self._names = [self._name_parts(p) for p in people]

    @staticmethod
    def _name_parts(person: Person) -> set[str]:
        """Every form of a person and every part of it long enough to mean them."""
        names = set()
        for form in person.forms:
            folded = fold(form)
            names.add(folded)
            names.update(part for part in re.split(r"[· ]", folded) if len(part) >= _least(part))
        return names

    def _people_named(self, words: set[str]) -> set[int]:
        """The people (by number) that ``words`` name: a form or part of a name, or the start
        of one long enough to mean it (史密 for 约翰·史密斯, Smit for Smithson)."""
        starts = [word for word in words if len(word) >= _least(word)]
        return {number for number, names in enumerate(self._names)
                if words & names or any(name.startswith(word) for word in starts for name in names)}

    # -- matching -------------------------------------------------------------------------

    def search(self, query: str, limit: int | None = None) -> list[Hit]:
        """Matches for ``query``, best first: exact, person, pinyin, fuzzy; each in reading order."""
        needle = fold(query.strip())
        if not needle.strip():
            return []
        found: dict[tuple[int, int], tuple[str, float]] = {}
        cover: dict[int, tuple[int, int]] = {}  # character offset -> the span holding it

        def add(start: int, end: int, kind: str, score: float) -> None:
            """Keep one span per stretch of text: of overlapping ones, the better kind."""
            rivals = {cover[i] for i in range(start, end) if i in cover}
            if any(KIND_RANK[found[r][0]] <= KIND_RANK[kind] for r in rivals):
                return
            for rival in rivals:
                del found[rival]
                for i in range(*rival):
                    cover.pop(i, None)
            found[(start, end)] = (kind, score)
            for i in range(start, end):
                cover[i] = (start, end)

        for start in self._exact(needle):
            add(start, start + len(needle), "exact", 100.0)
        letters = toneless(query)
        if letters and not _CJK.search(needle):  # Latin letters may be pinyin
            for start, end in self._pinyin(letters):
                add(start, end, "pinyin", 90.0)
        strong = {self.folded[s:e] for s, e in found} | {needle}
        if not found:  # near-spellings are for when the text has no exact answer
            for start, end, score in self._fuzzy(needle):
                add(start, end, "fuzzy", score)
        weak = {self.folded[s:e] for s, e in found} - strong
        # A person named exactly (or in pinyin) claims all their mentions, near-spellings
        # included; one reached only through a typo adds just the mentions not found yet.
        for start, end in self._person_mentions(strong, needle):
            add(start, end, "person", 95.0)
        for start, end in self._person_mentions(weak, ""):
            if all(i not in cover for i in range(start, end)):
                add(start, end, "person", 95.0)
        hits = [self._hit(s, e, kind, score) for (s, e), (kind, score) in found.items()]
        hits.sort(key=lambda h: (KIND_RANK[h.kind], h.start))
        return hits[:limit] if limit else hits

    def _exact(self, needle: str) -> list[int]:
        starts = []
        position = self.folded.find(needle)
        while position >= 0:
            starts.append(position)
            position = self.folded.find(needle, position + 1)
        return starts

    def _pinyin(self, letters: str) -> list[tuple[int, int]]:
        """Characters whose readings spell ``letters`` (full pinyin) or start with them (initials)."""
        spans = []
        for first in {letters[:n] for n in range(1, 7)} & self._syllables:
            for start in self._by_syllable[first]:
                end = self._spell(start, letters)
                if end is not None:
                    spans.append((start, end))
        if len(letters) in _INITIALS and not spans:
            # One letter per character in a C-speed regex; '*' marks characters that have
            # readings with different initials, checked one by one.
            pattern = re.compile("(?=" + "".join(f"[{c}*]" for c in letters) + ")")
            for match in pattern.finditer(self._initials):
                start = match.start()
                if all(letter in {r[0] for r in self._readings.get(start + i, ())}
                       for i, letter in enumerate(letters)):
                    spans.append((start, start + len(letters)))
        return sorted(set(spans))

    def _spell(self, index: int, letters: str) -> int | None:
        """End of the run of characters from ``index`` whose readings spell all of ``letters``.

        A depth-first search with an explicit stack (a long query must not exhaust Python's
        recursion) that visits each (character, letters used) state once, so a query costs at
        most its length times the readings it can take."""
        stack = [(index, 0)]
        visited: set[tuple[int, int]] = set()
        while stack:
            position, used = stack.pop()
            if used == len(letters):
                return position
            if (position, used) in visited:
                continue
            visited.add((position, used))
            for reading in reversed(self._readings.get(position, ())):  # the usual reading first
                if letters.startswith(reading, used):
                    stack.append((position + 1, used + len(reading)))
        return None

    def _fuzzy(self, needle: str) -> list[tuple[int, int, float]]:
        cjk = len(_CJK.findall(needle))
        if cjk >= 3 and cjk == len(needle.replace("·", "")):
            return self._fuzzy_cjk(needle)
        if re.fullmatch(r"[a-z][a-z0-9'\- ]{3,}", needle):
            return self._fuzzy_latin(needle)
        return []

    def _fuzzy_cjk(self, needle: str) -> list[tuple[int, int, float]]:
        """Windows of the text within one edit (two for long queries) of ``needle``."""
        size = len(needle)
        allowed = 1 if size <= 5 else 2
        starts: set[int] = set()
        for offset in range(size - 1):
            for position in self._by_bigram.get(needle[offset:offset + 2], []):
                starts.update(range(position - offset - allowed, position - offset + allowed + 1))
        if size <= 4:  # too short for a surviving pair: anchor on its first or last character
            common = max(50, len(self.folded) // 100)  # 的, 是… anchor nothing
            first, last = self._by_char.get(needle[0], []), self._by_char.get(needle[-1], [])
            if len(first) <= common:
                starts.update(first)
            if len(last) <= common:
                for position in last:
                    starts.update(range(position - size, position - size + 3))
        spans = []
        for start in sorted(s for s in starts if s >= 0):
            best: tuple[int, int, bool, int] | None = None  # distance, ends differ, size gap, length
            for length in range(size - allowed, size + allowed + 1):
                window = self.folded[start:start + length]
                if len(window) < length or not _CJK.match(window[0]) or not _CJK.match(window[-1]) \
                        or "\n" in window:
                    continue
                distance = Levenshtein.distance(needle, window, score_cutoff=allowed)
                if distance > allowed:
                    continue
                # On a tie, prefer the window that begins and ends like the query does.
                key = (distance, window[0] != needle[0] or window[-1] != needle[-1], abs(length - size), length)
                if best is None or key < best:
                    best = key
            if best is not None:
                distance, length = best[0], best[3]
                spans.append((start, start + length, 100 * (1 - distance / max(size, length))))
        return _non_overlapping(spans)

    def _fuzzy_latin(self, needle: str) -> list[tuple[int, int, float]]:
        words = needle.count(" ") + 1
        pool = [v for v in self._latin_vocabulary if v.count(" ") + 1 == words]
        spans = []
        for candidate, score, _index in process.extract(needle, pool, scorer=fuzz.ratio,
                                                         score_cutoff=LATIN_CUTOFF, limit=None):
            for start in self._latin[candidate]:
                spans.append((start, start + len(candidate), float(score)))
        return spans

    def _person_mentions(self, matched: set[str], needle: str) -> list[tuple[int, int]]:
        """Mentions of everyone ``matched`` names: any form or part of a name they go by, or,
        for a Latin query, the sound of their transliterated name (Zuckerberg finds 扎克伯格)."""
        if not matched and not needle:
            return []
        latin_query = re.fullmatch(r"[a-z][a-z'\- ]{2,}", needle) is not None
        transliterated = len(needle) >= 3 and _transliteration(needle)
        named = self._people_named(matched)
        spans = []
        for number, person in enumerate(self.people):
            if number in named or (latin_query and self._sounds_like(person, needle)) \
                    or (transliterated and self._rendered_alike(person, needle)):
                spans.extend(person.mentions)
        return spans

    @staticmethod
    def _sounds_like(person: Person, needle: str) -> bool:
        from tui.extract.forms import same_across_scripts

        chinese = [f for f in person.forms if not latin_script(f)]
        return any(same_across_scripts(form, needle.title()) for form in chinese)

    @staticmethod
    def _rendered_alike(person: Person, needle: str) -> bool:
        """Is the transliteration ``needle`` another rendering of one of ``person``'s names: its Latin surname
        (泽伦斯基 for Zelensky) or the surname another transliteration writes (泽伦斯基 for 泽连斯基)?"""
        from tui.extract.phonetics import chinese_key, sound_alike

        surnames = [re.split(f"[{_DOTS} ]", form)[-1] for form in person.forms]
        key = chinese_key(needle)
        return any(sound_alike(needle, name) >= _RENDERED_ALIKE if latin_script(name)
                   else _transliteration(name) and fuzz.ratio(key, chinese_key(name)) >= 100 * _RENDERED_ALIKE
                   for name in surnames if name)

    # -- results --------------------------------------------------------------------------

    def section_title(self, offset: int) -> str:
        index = max(bisect_left(self._section_starts, offset + 1) - 1, 0)
        return self.article.sections[index].title if self.article.sections else ""

    def _hit(self, start: int, end: int, kind: str, score: float) -> Hit:
        """The hit with a one-line snippet: up to ``SNIPPET_CONTEXT`` characters either side,
        never across a line break (only that much of the text is looked at, so a hit in a
        paragraph of a megabyte costs no more than one in a short line)."""
        text = self.text
        snippet_start = max(start - SNIPPET_CONTEXT, 0)
        snippet_start = text.rfind("\n", snippet_start, start) + 1 or snippet_start
        snippet_end = min(end + SNIPPET_CONTEXT, len(text))
        snippet_end = text.find("\n", end, snippet_end) if "\n" in text[end:snippet_end] else snippet_end
        while snippet_start < start and _inside_word(text, snippet_start):  # Latin words stay whole
            snippet_start += 1
        while snippet_end > end and _inside_word(text, snippet_end):
            snippet_end -= 1
        before, after = cut_marks(text, snippet_start, snippet_end)
        matched = text[start:end].replace("\n", " ")  # (the snippet is one line; the hit's text is as written)
        snippet = f"{before}{text[snippet_start:start]}【{matched}】{text[end:snippet_end]}{after}"
        return Hit(start, end, text[start:end], kind, score, self.section_title(start), snippet, snippet_start,
                   snippet_end)


def _transliteration(word: str) -> bool:
    """Is ``word`` all characters of the table of foreign names (泽伦斯基), as no Chinese name is?"""
    from tui.extract.shapes import translit_share

    return translit_share(word) == 1


def cut_marks(text: str, start: int, end: int) -> tuple[str, str]:
    """``…`` for each end of ``text[start:end]`` that cuts a line, else ``""``."""
    before = "…" if start > 0 and text[start - 1] != "\n" else ""
    after = "…" if end < len(text) and text[end] != "\n" else ""
    return before, after


def _least(part: str) -> int:
    """Characters a name part (or the start of one) needs to mean someone: 2 Chinese, 3 Latin."""
    return 3 if latin_script(part) else 2


def _inside_word(text: str, index: int) -> bool:
    """Does a cut before ``index`` split a Latin word or number?"""
    return 0 < index < len(text) and _latin_char(text[index - 1]) and _latin_char(text[index])


def _latin_char(char: str) -> bool:
    """A letter or digit of a Latin word, accented ones too (António)."""
    return char.isalnum() and (char.isascii() or "\u00c0" <= char <= "\u024f")


def _non_overlapping(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The best of each cluster of overlapping windows."""
    chosen: list[tuple[int, int, float]] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-s[2], s[0])):
        if all(i not in taken for i in range(span[0], span[1])):
            chosen.append(span)
            taken.update(range(span[0], span[1]))
    return sorted(chosen)
