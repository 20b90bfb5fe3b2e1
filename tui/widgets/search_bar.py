"""The search bar: a query line, a match counter and the ranked results under it."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label

from tui.strings import say
from tui.widgets.lists import RowLine, RowList, row_line
from tui.widgets.query_line import QueryLine

if TYPE_CHECKING:
    from textual.widgets import Input

    from tui.search import Hit

MAX_ROWS = 300


def hit_row(text: str, hit: Hit) -> RowLine:
    """``[kind] section · …context【match】context…`` with the match styled, never as markup."""
    from tui.search import cut_marks  # loaded already: a hit came from it (not before the first frame)

    cut_before, cut_after = cut_marks(text, hit.snippet_start, hit.snippet_end)
    before = cut_before + text[hit.snippet_start:hit.start].replace("\n", " ")
    after = text[hit.end:hit.snippet_end].replace("\n", " ") + cut_after
    return row_line((f"{say(hit.kind)} ", "bold"), (f"{hit.section} · ", "dim"),
                    before, (text[hit.start:hit.end].replace("\n", " "), "bold reverse"), after)


class SearchBar(Vertical):
    """Typing posts ``QueryChanged``; Enter posts ``Submitted``; a chosen result ``HitChosen``."""

    DEFAULT_CSS = """
    /* In the flow under the panes (not docked), so the footer never covers its query line. */
    SearchBar {
        height: auto;
        max-height: 14;
        background: $panel;
        border-top: tall $primary;
    }

    #search-counter {
        width: auto;
        min-width: 8;
        padding: 0 1;
        color: $accent;
        text-align: right;
    }

    #search-hits {
        height: auto;
        max-height: 12;
        background: $panel;
    }
    """

    BINDINGS = [Binding("down", "results", "Results", id="search-results", show=False)]

    class QueryChanged(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Submitted(Message):
        pass

    class HitChosen(Message):
        def __init__(self, hit: Hit) -> None:
            super().__init__()
            self.hit = hit

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[Hit] = []

    def compose(self) -> ComposeResult:
        yield QueryLine("/", say("names, words or pinyin (aoteman, bjs)"), Label("", id="search-counter"),
                        input_id="search-input", id="search-line")
        yield RowList(id="search-hits")

    @property
    def query_text(self) -> str:
        """The query typed: none while the bar is still being mounted (an answer to a search that
        arrives then is for a line that is no longer there)."""
        fields = self.query("#search-input")
        return cast("Input", fields.first()).value if fields else ""

    @property
    def _field(self) -> Input:
        return cast("Input", self.query_one("#search-input"))

    def open(self, query: str | None = None) -> None:
        self.display = True
        field = self._field
        if query is not None:
            field.value = query
        self.screen.set_focus(field)  # now, not after the keys already queued behind this one

    def close(self) -> None:
        self.display = False
        self.hits = []
        self.query_one(RowList).clear()
        self.set_counter("")

    def set_counter(self, counter: str) -> None:
        self.query_one("#search-counter", Label).update(counter)

    def show_hits(self, text: str, hits: list[Hit]) -> None:
        self.hits = hits[:MAX_ROWS]
        self.query_one(RowList).set_rows([(hit_row(text, h),) for h in self.hits])
        if not hits and self.query_text.strip():
            self.set_counter(say("no match"))

    def action_results(self) -> None:
        results = self.query_one(RowList)
        if results.row_count:
            results.focus()
            results.highlighted = results.highlighted or 0

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted())

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        if 0 <= event.index < len(self.hits):
            self.post_message(self.HitChosen(self.hits[event.index]))
