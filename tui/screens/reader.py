"""The reading screen: sections, text and the people panel, and the keys that move between them.

It composes the panes and turns their messages into calls on the ``ReaderSession``; what the
reader knows lives in the session, what it looks like in the widgets.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.widget import AwaitMount, MountError
from textual.widgets import Static
from textual.worker import get_current_worker

from tui.article import paragraph_at, section_numbers
from tui.panes import Panes, arrange
from tui.session import ReaderSession
from tui.strings import say
from tui.widgets.article_view import ArticleView
from tui.widgets.entities import EntityPanel
from tui.widgets.lists import RowList
from tui.widgets.search_bar import SearchBar
from tui.widgets.sections import SectionList
from tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from tui.extract import Extraction
    from tui.search import Hit

MIN_WIDTH, MIN_HEIGHT = 40, 12


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection inside the block (it is resumed after, if it was running)."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def resume_collector() -> None:
    """Garbage collection, paused by the command line for the start-up, runs again once the
    first screen is up; what exists by then lives as long as the reader: never walk it again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class _Stopped(Exception):
    """Raised inside the extraction worker to abandon it once the reader has closed."""


class ReaderScreen(Screen[None]):
    """Sections on the left, the text in the middle, people and events on the right."""

    AUTO_FOCUS = "#reader"
    # Below 40x12 the panes cannot be read: a notice says so until the terminal grows.
    HORIZONTAL_BREAKPOINTS = [(0, "-tiny"), (MIN_WIDTH, "-roomy")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (MIN_HEIGHT, "-tall")]

    BINDINGS = [
        Binding("right_square_bracket", "next_section", "Next §", id="next-section"),
        Binding("left_square_bracket", "previous_section", "Prev §", id="previous-section"),
        *(
            Binding(str(n), f"jump_section({n})", f"Go to section {n}", id=f"section-{n}", show=False)
            for n in range(1, 10)
        ),
        Binding("tab", "app.focus_next", "Next pane", id="focus-next", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", id="focus-previous", show=False),
        Binding("slash", "open_search", "Search", id="search"),
        Binding("p", "show_panel('people')", "People", id="people"),
        Binding("e", "show_panel('events')", "Events", id="events"),
        Binding("n", "step_mark(1)", "Next mark", id="next-mark"),
        Binding("N", "step_mark(-1)", "Previous mark", id="previous-mark", show=False),
        Binding("escape", "back", "Back / clear", id="back", show=False),
        Binding("o", "toggle_pane('sections')", "Sections pane", id="toggle-sections", show=False),
        Binding("i", "toggle_pane('panel')", "People pane", id="toggle-panel", show=False),
        Binding("z", "zen", "Text only", id="zen", show=False),
        Binding("d", "toggle_dates", "Dates", id="toggle-dates", show=False),
        Binding("y", "copy", "Copy", id="copy", show=False),
        Binding("x", "export", "Export", id="export", show=False),
    ]

    def __init__(self, session: ReaderSession) -> None:
        super().__init__()
        self.session = session
        # The reader's own choice for each side pane (None: as the terminal's width allows).
        self._want: dict[str, bool | None] = {"sections": None, "panel": None}
        self._drawers: set[str] = set()  # panes opened over a terminal too narrow to keep them
        self._jump_when_found = False
        self._search_mounted: AwaitMount | None = None  # the search bar's mounting, once begun

    def on_mount(self) -> None:
        # People and events come from what the command line read from the cache (right after
        # the first frame: the panel's lists and the library's counts would slow it), from the
        # cache, or from a helper process; the footer is added once the article is up.
        if self.session.extraction is not None:
            self.call_after_refresh(self._extraction_done, self.session.extraction)
        else:
            self.run_extraction()
        self.call_after_refresh(self._after_first_paint)

    def on_unmount(self) -> None:
        self._leave()

    def _leave(self) -> None:
        """Remember the reading place for next time (on unmount the text pane is gone from the
        screen, but still knows where it was)."""
        view = self._view
        seen = (view.scroll_y + view.size.height) / max(1, view.virtual_size.height)
        self.session.leave(view.top_offset(), min(1.0, seen))

    async def read(self, session: ReaderSession) -> None:
        """Read another article here: this one's place is kept, its extraction stopped."""
        self._leave()
        self.workers.cancel_group(self, "extract")
        self.session = session
        self._drawers.clear()
        await self.recompose()
        self.on_mount()
        self.reader.focus()

    def on_resize(self, event: events.Resize) -> None:
        self._arrange(event.size.width)

    def _panes(self, width: int) -> Panes:
        return arrange(width, self.session.config.sections_width, self.session.config.panel_width,
                       want_sections=self._want["sections"], want_panel=self._want["panel"])

    def _arrange(self, width: int | None = None) -> None:
        """Show, hide and size the side panes for the terminal's width and the reader's choices."""
        panes = self._panes(self.app.size.width if width is None else width)
        for name, cells in (("sections", panes.sections), ("panel", panes.panel)):
            pane = self.query_one(f"#{name}")
            pane.display = cells > 0
            if cells:
                pane.styles.width = cells
        if self.focused is None or not self.focused.display or not self.focused.visible:
            self.reader.focus()

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title")
        with Horizontal(id="main"):
            panes = self._panes(self.app.size.width)
            sections = SectionList(self.session.article, id="sections")
            sections.styles.width = panes.sections or 1
            sections.display = panes.sections > 0
            yield sections
            self._view = ArticleView(self.session.article, max_width=self.session.config.max_width,
                                     start_at=self.session.start_place, id="reader")
            yield self._view
            panel = EntityPanel(self.session.article, id="panel")
            panel.styles.width = panes.panel or 1
            panel.display = panes.panel > 0
            yield panel
        yield Static(Text(say("Terminal too small: make it at least {width}×{height}", width=MIN_WIDTH,
                              height=MIN_HEIGHT), justify="center"), id="too-small")
        yield Static("", id="status")

    async def _after_first_paint(self) -> None:
        if not self.is_attached:  # quit before the first frame
            return
        self.query_one(EntityPanel).build()
        resume_collector()
        self.call_after_refresh(self._add_search_line_and_footer)  # the panel's lists are drawn first

    async def _add_search_line_and_footer(self) -> None:
        """The search line and the footer, a frame after the panel was filled. The search line
        is ready, hidden, before anyone presses /: keys typed right after it (in the same read
        from the terminal) must reach the query, not the reading keys."""
        from tui.widgets.footer import ReaderFooter

        try:
            await self._search_line()
            await self.mount(ReaderFooter())
        except MountError:  # the reader is closing
            return
        self.refresh_bindings()  # a footer added late lists the keys once bindings are announced

    @work(thread=True, exclusive=True, group="extract")
    def run_extraction(self) -> None:
        """People and events as the session decided: the cache's answer, or a helper process
        (jieba takes a second or more, and in this process it would make scrolling stutter)."""
        worker = get_current_worker()
        session = self.session
        try:
            session.begin_extraction()  # decided already when the command line began it
            result = session.extraction
            if result is None and session.helper is not None:
                result = session.helper.result(progress=lambda done: self.post_message(self.ExtractionProgress(done)),
                                               cancelled=lambda: worker.is_cancelled)
            if result is None:
                return
            self._from_thread(self._extraction_done, result)
        except _Stopped:
            return
        except Exception as error:  # extraction must never take the reader down
            try:
                self._from_thread(self._extraction_failed, str(error))
            except _Stopped:
                return
            return

    @work(thread=True, exclusive=True, group="counts")
    def _count_across_scripts(self, extraction: Extraction) -> None:
        """The people's counts of other articles, now also where they are written in the other
        script: reading every person kept takes a while, so off the UI thread."""
        counts = self.session.counts_elsewhere(across_scripts=True)
        with contextlib.suppress(_Stopped):
            self._from_thread(self._recounted, extraction, counts)

    def _recounted(self, extraction: Extraction, counts: list[int]) -> None:
        panel = self.query_one(EntityPanel)
        if panel.extraction is extraction:
            panel.update_counts(counts)

    class ExtractionProgress(Message):
        """How much of the article the extraction helper has read (0 to 1)."""

        def __init__(self, done: float) -> None:
            super().__init__()
            self.done = done

    @on(ExtractionProgress)
    def _extraction_progress(self, event: ExtractionProgress) -> None:
        if not self.session.extraction:  # a late report after the answer changes nothing
            self.query_one(EntityPanel).show_progress(event.done)

    def _from_thread(self, callback: Callable[..., object], *args: object) -> None:
        """``call_from_thread`` that stops the caller quietly once the reader has closed."""
        try:
            self.app.call_from_thread(callback, *args)
        except (RuntimeError, NoMatches):  # no running app, or its widgets are gone
            raise _Stopped from None

    def _extraction_done(self, extraction: Extraction) -> None:
        self.session.extraction_arrived(extraction)
        self.session.keep_people()
        self.app.sub_title = self.session.subtitle
        with _collector_paused():  # a long article's objects would be walked over and over
            self.query_one(EntityPanel).fill(extraction, self.session.counts_elsewhere())
        if self.session.library is not None:  # after the frame: the thread would slow the first paint
            self.call_after_refresh(self._count_across_scripts, extraction)
        if self.session.show_dates:
            self.reader.set_notes(self.session.date_notes())

    def _extraction_failed(self, message: str) -> None:
        self.query_one(EntityPanel).fail(say("Could not analyse: {message}", message=message))

    @property
    def reader(self) -> ArticleView:
        return self.query_one("#reader", ArticleView)

    @on(ArticleView.SectionChanged)
    def _follow_section(self, event: ArticleView.SectionChanged) -> None:
        self.query_one("#sections", SectionList).follow(event.index)

    @on(RowList.Selected, "#sections")
    def _section_chosen(self, event: RowList.Selected) -> None:
        self._back_to_text()
        self.reader.scroll_to_section(event.index)

    def action_next_section(self) -> None:
        self.reader.scroll_to_section(min(self.reader.current_section() + 1, len(self.session.article.sections) - 1))

    def action_previous_section(self) -> None:
        self.reader.scroll_to_section(max(self.reader.current_section() - 1, 0))

    def action_jump_section(self, number: int) -> None:
        """A number key: the section the article itself numbers so, else the n-th section."""
        numbered = section_numbers(self.session.article.sections)
        index = numbered.get(number, -1) if numbered else number - 1
        if 0 <= index < len(self.session.article.sections):
            self.reader.scroll_to_section(index)
        else:
            self.notify(say("There is no section {number}.", number=number), severity="warning", timeout=3)

    # -- people, events and marks --------------------------------------------------------

    def _open_pane(self, name: str) -> None:
        """Show a side pane: beside the text if there is room, else as a drawer that the way
        back to the text (``escape``, or choosing something in it) closes again."""
        if self.query_one(f"#{name}").display:
            return
        self._want[name] = None
        if getattr(self._panes(self.app.size.width), name) == 0:  # no room beside the text
            self._want[name] = True
            self._drawers.add(name)
        self._arrange()

    def _back_to_text(self) -> None:
        """Focus the text; drawers opened on the way close."""
        for name in self._drawers:
            self._want[name] = None
        self._drawers.clear()
        self._arrange()
        self.reader.focus()

    def action_toggle_pane(self, name: str) -> None:
        pane = self.query_one(f"#{name}")
        if pane.display:
            self._want[name] = False
            self._drawers.discard(name)
            self._arrange()
            self.reader.focus()
        elif name == "sections":
            self._open_pane(name)
            pane.focus()
        else:
            self.action_show_panel(self.query_one(EntityPanel).tab)

    def action_zen(self) -> None:
        """Text only, and back: hides both side panes (or gives them back)."""
        hidden = self._want["sections"] is False and self._want["panel"] is False
        self._want = {"sections": None, "panel": None} if hidden else {"sections": False, "panel": False}
        self._drawers.clear()
        self._arrange()
        self.reader.focus()

    def action_back(self) -> None:
        """Escape: from a pane or the search line back to the text (the marks stay); in the
        text, clear the marks."""
        bar = self.search_bar
        if bar is not None and bar.display:
            bar.close()
            self._back_to_text()
            self._show_marks()
        elif self.focused is not self.reader:
            self._back_to_text()
        else:
            self.action_clear_marks()

    def action_show_panel(self, tab: str) -> None:
        self._open_pane("panel")
        self.query_one(EntityPanel).show(tab)

    @on(EntityPanel.PersonChosen)
    def _person_chosen(self, event: EntityPanel.PersonChosen) -> None:
        self._back_to_text()
        self.set_marks(say("Person {name}", name=event.person.name), event.person.mentions)

    @on(EntityPanel.PersonSearched)
    async def _person_searched(self, event: EntityPanel.PersonSearched) -> None:
        await self.action_open_search(event.person.name)

    @on(EntityPanel.EventChosen)
    def _event_chosen(self, event: EntityPanel.EventChosen) -> None:
        """The event's sentences become the marks: ``n``/``N`` go from one telling to the next."""
        self._back_to_text()
        self.set_marks(say("Event {label}", label=event.event.label or event.event.date), event.event.spans)

    def set_marks(self, label: str, spans: list[tuple[int, int]]) -> None:
        """Highlight ``spans`` and jump to the first; ``n``/``N`` step through them."""
        if not self.session.mark(label, spans):
            self.action_clear_marks()
            return
        self._show_marks(jump=True)

    def _show_marks(self, jump: bool = False) -> None:
        marks = self.session.marks
        current = marks.current
        if current is None:
            return
        self.reader.set_highlights(marks.spans, current=marks.index)
        if jump:
            self.reader.scroll_to_offset(current[0])
        bar = self.search_bar
        if bar is not None:
            bar.set_counter(marks.counter())
        if bar is None or not bar.display:  # the open search bar shows the counter itself
            status = f"{marks.label} · {marks.counter()}"
            hint = f"{status}   {say('n/N next/previous · Esc clears')}"
            # The keys' hint only where it fits; the label is cut with an ellipsis if need be.
            room = self.app.size.width - 2
            self._set_status(Text(hint if cell_len(hint) <= room else status, no_wrap=True, overflow="ellipsis"))

    def action_step_mark(self, delta: int) -> None:
        if not self.session.marks:
            self.notify(say("Nothing is highlighted: choose a person (p), an event (e) or search (/) first."),
                        timeout=3)
            return
        self.session.marks.step(delta)
        self._show_marks(jump=True)

    def action_clear_marks(self) -> None:
        self.session.clear_marks()
        self.reader.clear_highlights()
        self._set_status(None)

    # -- search -----------------------------------------------------------------------------

    @property
    def search_bar(self) -> SearchBar | None:
        """The search bar: mounted (hidden) once the first frame is up, not before."""
        try:
            return self.query_one(SearchBar)
        except NoMatches:
            return None

    async def _search_line(self) -> SearchBar:
        """The search bar, mounted hidden if it is not there yet; a caller that comes while it
        is being mounted waits for it too (it is in the screen before it has its query field)."""
        bar = self.search_bar
        if bar is None:
            bar = SearchBar(id="search")
            bar.display = False
            self._search_mounted = self.mount(bar, before="#status")
        if self._search_mounted is not None:
            await self._search_mounted
        return bar

    async def action_open_search(self, query: str | None = None) -> None:
        self._set_status(None)
        bar = await self._search_line()  # there already, unless / came before the first frame
        bar.open(query)
        if query is None and bar.query_text.strip():  # back to the last query: its results again
            self.run_search(bar.query_text)

    @on(SearchBar.QueryChanged)
    def _query_changed(self, event: SearchBar.QueryChanged) -> None:
        if not event.query.strip():
            self.session.clear_marks()
            self.reader.clear_highlights()
            self.query_one(SearchBar).show_hits(self.session.article.text, [])
            self.query_one(SearchBar).set_counter("")
            return
        self.run_search(event.query)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        """Answer ``query`` off the UI thread; answers to replaced queries are dropped."""
        hits = self.session.search(query)
        with contextlib.suppress(RuntimeError):  # the reader closed meanwhile
            self.app.call_from_thread(self._show_hits, query, hits)

    def _show_hits(self, query: str, hits: list[Hit]) -> None:
        bar = self.search_bar
        if bar is None or query != bar.query_text or not bar.display:
            return  # typing has moved on
        bar.show_hits(self.session.article.text, hits)
        marks = self.session.mark_hits(query, hits, self.reader.top_offset())
        if marks:
            self.reader.set_highlights(marks.spans, current=marks.index)
            bar.set_counter(marks.counter())
        else:
            self.reader.clear_highlights()
        if self._jump_when_found:
            self._jump_to_match()

    @on(SearchBar.Submitted)
    def _search_submitted(self) -> None:
        """Enter: go to the match after the reading place and read on (n/N step).
        If the answer is still being worked out, go there as soon as it arrives."""
        pending = any(w.group == "search" and w.is_running for w in self.workers)
        if pending:
            self._jump_when_found = True
        elif self.query_one(SearchBar).query_text.strip():
            self._jump_to_match()

    def _jump_to_match(self) -> None:
        """Read on from the match: the result list folds away (``/`` brings it back). With no
        match the line stays open, saying so, for the query to be mended."""
        self._jump_when_found = False
        if not self.session.marks:
            return
        bar = self.search_bar
        if bar is not None:
            bar.close()
        self._back_to_text()
        self._show_marks(jump=True)

    @on(SearchBar.HitChosen)
    def _hit_chosen(self, event: SearchBar.HitChosen) -> None:
        span, marks = (event.hit.start, event.hit.end), self.session.marks
        if span in marks.spans:
            marks.index = marks.spans.index(span)
        self._jump_to_match()

    def _set_status(self, text: Text | None) -> None:
        status = self.query_one("#status", Static)
        status.update(text or "")
        status.display = text is not None

    def action_copy(self) -> None:
        """Copy the chosen person's card (from the people list) or the paragraph being read."""
        panel = self.query_one(EntityPanel)
        person = panel.highlighted_person if panel.has_focus_within else None
        if person is not None:
            from tui.export import person_card

            text = person_card(person, self.session.elsewhere(person))
            what = say("{name}'s card", name=person.name)
        else:
            paragraph = paragraph_at(self.session.article, self.reader.top_offset())
            if paragraph is None:
                return
            text, what = paragraph.text, say("the paragraph")
        self.app.copy_to_clipboard(text)
        self.notify(say("Copied {what}.", what=what), timeout=3, markup=False)

    def action_export(self) -> None:
        """Write the article, its people and timeline as Markdown into the working folder."""
        from tui.export import export_name, markdown

        target = Path.cwd() / export_name(self.session.article)
        try:
            target.write_text(markdown(self.session.article, self.session.extraction), encoding="utf-8")
        except OSError as error:
            self.notify(say("Could not write {path}: {reason}", path=str(target), reason=error.strerror or ""),
                        severity="error", timeout=6, markup=False)
            return
        self.notify(say("Saved {path}", path=str(target)), timeout=5, markup=False)

    def action_toggle_dates(self) -> None:
        session = self.session
        session.show_dates = not session.show_dates
        if session.extraction is None:
            self.notify(say("Dates are still being worked out."), timeout=3)
        elif session.show_dates and not session.date_notes():
            self.notify(say("No relative date here could be resolved (the article gives no date to count from).")
                        if session.published is None else say("No relative dates in this article."), timeout=4)
        self.reader.set_notes(session.date_notes())

