"""What the reader knows of one article, without a terminal: the screen only shows it.

The session holds the article, its people and events once they arrive, the marks that
``n``/``N`` step through, the date notes and the search index. The index is built once,
off the UI thread, and learns the people whenever they arrive, even in the middle of its
build. With a library it also knows where the article was left, keeps its people there, and
counts the other articles each person appears in. Everything here is plain Python and is
tested without Textual.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from datetime import date
from typing import TYPE_CHECKING

from tui.marks import Marks
from tui.strings import say

if TYPE_CHECKING:
    from tui.article import Article
    from tui.extract.model import Person
    from tui.library import Appearance, Library
    from tui.config import Config
    from tui.extract import Extraction
    from tui.extract.process import Helper
    from tui.search import Hit, SearchIndex


class ReaderSession:
    def __init__(self, article: Article, config: Config, *, library: Library | None = None,
                 article_id: int | None = None, start_at: int | None = None) -> None:
        self.article = article
        self.config = config
        self.library = library if article_id is not None else None  # where places and people are kept
        self.article_id = article_id
        self._start_at = start_at  # where to open instead of the place left last time
        self.extraction: Extraction | None = None
        self.helper: Helper | None = None  # the helper process at work, when the cache had no answer
        self._begun = False
        self.marks = Marks()
        self.show_dates = config.show_dates
        self._index: SearchIndex | None = None
        self._index_people = False  # whether the index has been given the people
        self._index_lock = threading.Lock()  # one build, however many searches wait for it

    # -- people and events ------------------------------------------------------------------

    def begin_extraction(self) -> None:
        """Decide, once, where people and events come from: the cache's answer (read now, a few
        milliseconds) or a helper process started now (jieba loads there, on the other core,
        while the reader starts). Safe to call again: the first decision stands."""
        if self._begun:
            return
        self._begun = True
        if self.extraction is None and self.config.cache:
            from tui.extract.cache import load_cached

            answer = load_cached(self.article.text)
            if answer is not None:
                self.extraction_arrived(answer)
                return
        if self.extraction is None:
            from tui.extract.process import Helper

            self.helper = Helper(self.article, use_cache=self.config.cache)

    def extract_here(self) -> Extraction:
        """People and events in this process (for ``--extract`` and ``--search``): the cache's
        answer, or a fresh extraction that is then cached."""
        if self.extraction is None:
            from tui.extract.cache import cached_extract

            self.extraction_arrived(cached_extract(self.article, use_cache=self.config.cache))
        assert self.extraction is not None
        return self.extraction

    def extraction_arrived(self, extraction: Extraction) -> None:
        """Take the extraction's answer; the search index learns the people on its next use."""
        self.extraction = extraction

    # -- the library ------------------------------------------------------------------------
    # Called on the UI thread only (the library's connection belongs to it). A library that
    # fails to answer never stops the reading: places and counts are a convenience.

    @property
    def start_place(self) -> int:
        """Where to open: the place asked for, else where the reader left this article last
        time (0: the top)."""
        if self._start_at is not None:
            return self._start_at
        if self.library is None or self.article_id is None:
            return 0
        try:
            return self.library.place(self.article_id)
        except sqlite3.Error:
            return 0

    def place_at(self, offset: int | None) -> None:
        """Open next time at ``offset`` (``None``: where the reader left off)."""
        self._start_at = offset

    def leave(self, position: int, progress: float) -> None:
        """Remember the reading place (offset of the top line) and how much has been read."""
        if self.library is not None and self.article_id is not None and position >= 0:
            with contextlib.suppress(sqlite3.Error):
                self.library.remember(self.article_id, position, progress)
            self._start_at = None  # next time, where it was left now

    def keep_people(self) -> None:
        """Give the library this article's people, so others can be matched against them."""
        if self.library is not None and self.article_id is not None and self.extraction is not None:
            with contextlib.suppress(sqlite3.Error):
                if not self.library.has_people(self.article_id):
                    self.library.set_people(self.article_id, self.extraction.people)

    def counts_elsewhere(self, *, across_scripts: bool = False) -> list[int]:
        """For each person found, in how many other articles of the library they appear, by any
        of their forms (at once, on the UI thread). ``across_scripts`` also finds them under
        their name in the other script: slower, so it reads through a connection of its own and
        is meant for a worker thread."""
        people = self.extraction.people if self.extraction is not None else []
        if self.library is None or not people:
            return [0] * len(people)
        forms = [[p.name, *p.aliases] for p in people]
        try:
            if not across_scripts:
                return self.library.counts_elsewhere(forms, besides=self.article_id, across_scripts=False)
            from tui.library import Library

            reader = Library.reading(self.library.path)
            try:
                return reader.counts_elsewhere(forms, besides=self.article_id)
            finally:
                reader.close()
        except sqlite3.Error:
            return [0] * len(people)

    def elsewhere(self, person: Person) -> list[Appearance]:
        """The other articles of the library in which this person appears, by any form."""
        if self.library is None:
            return []
        try:
            return self.library.appearances([person.name, *person.aliases], besides=self.article_id)
        except sqlite3.Error:
            return []

    @property
    def published(self) -> date | None:
        """The article's date: its own metadata, else the dateline the extraction found."""
        if self.article.published is not None:
            return self.article.published
        if self.extraction is not None and self.extraction.published:
            return date.fromisoformat(self.extraction.published)
        return None

    @property
    def subtitle(self) -> str:
        published = self.published
        parts = [self.article.source or "", published.isoformat() if published else ""]
        return " · ".join(p for p in parts if p)

    def date_notes(self) -> dict[int, str] | None:
        """Resolved dates to show after relative words (``周三〔2024-09-25〕``), when shown."""
        if not self.show_dates or self.extraction is None:
            return None
        text = self.article.text
        # (the dates the text gives in brackets, by where their bracket opens: 周三（12月10日）)
        bracketed = {n.start - 1: (n.value, n.yearless) for n in self.extraction.dates
                     if text[n.start - 1:n.start] in ("（", "(") and text[n.end:n.end + 1] in ("）", ")")}
        return {n.end: f"〔{n.label}〕" for n in self.extraction.dates
                if n.relative and (n.value or n.yearless) and n.label != n.text  # not 12月18日〔12月18日〕
                and not text.startswith((f"（{n.label}）", f"({n.label})"), n.end)  # nor 前日〔11月26日〕（11月26日）
                and bracketed.get(n.end) != (n.value, n.yearless)}  # nor 周三〔2025-12-10〕（12月10日）

    # -- search -----------------------------------------------------------------------------

    def search_index(self) -> SearchIndex:
        """The index, built on first use (slow on long articles: call it off the UI thread)."""
        with self._index_lock:
            if self._index is None:
                from tui.search import SearchIndex

                self._index = SearchIndex(self.article)
            if not self._index_people and self.extraction is not None:
                self._index.set_people(self.extraction.people)
                self._index_people = True
            return self._index

    def search(self, query: str) -> list[Hit]:
        return self.search_index().search(query)

    # -- marks ------------------------------------------------------------------------------

    def mark(self, label: str, spans: list[tuple[int, int]]) -> Marks:
        """``spans`` become what ``n``/``N`` step through, the first of them current."""
        self.marks = Marks(label, sorted(set(spans)))
        return self.marks

    def mark_hits(self, query: str, hits: list[Hit], reading_at: int) -> Marks:
        """Search matches become the marks, the first one at or after the reading place current."""
        self.marks = Marks(say("Search “{query}”", query=query), sorted({(h.start, h.end) for h in hits}))
        self.marks.first_after(reading_at)
        return self.marks

    def clear_marks(self) -> None:
        self.marks = Marks()
