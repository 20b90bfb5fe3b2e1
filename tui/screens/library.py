"""The Library screen: every kept article (or every person in them), filtered as you type.

Typing goes to the filter line; the arrow keys and Page Up/Down move through the list, Enter
opens the article (at the person's first mention, from the people view), Tab switches between
articles and people, Ctrl+S between sorting by last read and by date, Escape clears the filter
or goes back. Over the reader the screen answers with what to open, or ``None``; as the first
screen (a library of several articles, started without one named) it stays under the reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.library import Appearance, Entry, Library, Seen
from tui.shelf import SORTS, Shelf, people_matching
from tui.strings import say
from tui.widgets.footer import ReaderFooter
from tui.widgets.lists import Row, RowList, row_line
from tui.widgets.query_line import QueryLine


@dataclass(frozen=True)
class Choice:
    """An article to open, and where (``None``: where it was left)."""

    article: int
    offset: int | None = None


def entry_row(entry: Entry) -> Row:
    read = say("not fetched yet") if entry.pending else f"{round(entry.progress * 100)}%"
    facts = [entry.source or "", entry.published or "", read, "、".join(entry.people)]
    return (row_line((entry.title, "bold")), row_line((" · ".join(f for f in facts if f), "dim"), indent=2))


def person_row(name: str, articles: int, mentions: int) -> Row:
    return (row_line((name, "bold"), (f"  {say('{count} articles', count=articles)} · {mentions}×", "dim")),)


def appearance_row(appearance: Appearance) -> Row:
    return (row_line((appearance.title, "bold")),
            row_line((f"{appearance.name} · {appearance.mentions}×", "dim"), indent=2))


class LibraryScreen(Screen["Choice | None"]):
    # Its own styles (colours from the theme), there whether it is pushed or the first screen.
    DEFAULT_CSS = """
    LibraryScreen {
        layout: vertical;
        background: $background;
    }

    #library-head {
        height: 1;
        background: $panel;
        color: $foreground;
        text-style: bold;
        padding: 0 1;
    }

    #library-list {
        height: 1fr;
        background: $surface;
    }

    #library-empty {
        display: none;
        height: 1fr;
        content-align: center middle;
        color: $foreground 70%;
        background: $surface;
    }
    """
    AUTO_FOCUS = "#library-filter"

    BINDINGS = [
        Binding("escape", "back", "Back", id="library-back"),
        Binding("enter", "choose", "Open", id="library-open", priority=True),
        Binding("down", "move(1)", "Down", show=False, priority=True),
        Binding("up", "move(-1)", "Up", show=False, priority=True),
        Binding("pagedown", "page(1)", "Page down", show=False, priority=True),
        Binding("pageup", "page(-1)", "Page up", show=False, priority=True),
        Binding("tab", "switch_view", "Articles / people", id="library-view", priority=True),
        Binding("ctrl+s", "sort", "Sort", id="library-sort"),
    ]

    def __init__(self, library: Library, current: int | None = None) -> None:
        super().__init__()
        self.library = library
        self.current = current
        self.view = "articles"  # or "people", or "person" (the articles of one person)
        self.sort = SORTS[0]
        self._shelf = Shelf([])
        self._shown: list[object] = []
        self._person: tuple[Seen, str] | None = None  # (the person, the filter before they were chosen)

    def compose(self) -> ComposeResult:
        yield Static(id="library-head", markup=False)
        yield QueryLine("›", say("title, source, person or pinyin"), input_id="library-filter", id="library-line")
        yield RowList(id="library-list")
        yield Static(id="library-empty", markup=False)
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.refresh_list()  # its filter keys are made in a thread, ready for the first keystroke

    @property
    def _list(self) -> RowList:
        return self.query_one("#library-list", RowList)

    def _show(self) -> None:
        query = self.query_one("#library-filter", Input).value
        if self.view == "articles":
            entries = self._shelf.view(query, self.sort)
            self._shown, rows = list(entries), [entry_row(e) for e in entries]
            order = say("last read first") if self.sort == "read" else say("newest first")
            head = say("Library · {count} articles · {order}", count=len(self._shelf.entries), order=order)
        elif self.view == "people":
            people = people_matching(self.library.most_seen(limit=500), query)
            self._shown, rows = list(people), [person_row(p.name, p.articles, p.mentions) for p in people]
            head = say("Library · the people who appear most")
        else:
            assert self._person is not None
            name = self._person[0].name
            found = self.library.appearances(self._person[0].forms)
            self._shown, rows = list(found), [appearance_row(a) for a in found]
            head = say("Library · {name} in {count} articles", name=name, count=len(found))
        self.query_one("#library-head", Static).update(head)
        self._list.set_rows(rows)
        if rows:
            self._list.highlighted = 0
        empty = self.query_one("#library-empty", Static)
        empty.update(say("Nothing matches.") if query else say("The library is empty."))
        empty.display = not rows
        self._list.display = bool(rows)

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self) -> None:
        if self.view != "person":
            self._show()

    @on(RowList.Selected, "#library-list")
    def _clicked(self) -> None:
        self.action_choose()

    def action_move(self, delta: int) -> None:
        self._list.action_cursor(delta)

    def action_page(self, direction: int) -> None:
        self._list.action_page(direction)

    def action_choose(self) -> None:
        index = self._list.highlighted
        if index is None or not 0 <= index < len(self._shown):
            return
        chosen = self._shown[index]
        if isinstance(chosen, Entry):
            self._finish(Choice(chosen.id))
        elif isinstance(chosen, Appearance):
            self._finish(Choice(chosen.article, chosen.first))
        else:  # a person: the articles they appear in
            filter_line = self.query_one("#library-filter", Input)
            self._person = (chosen, filter_line.value)
            self.view = "person"
            self._show()

    def action_switch_view(self) -> None:
        self.view = "people" if self.view == "articles" else "articles"
        self._person = None
        self._show()

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        if self.view == "articles":
            self._show()

    def action_back(self) -> None:
        filter_line = self.query_one("#library-filter", Input)
        if self.view == "person" and self._person is not None:
            self.view, filter_line.value = "people", self._person[1]
            self._person = None
            self._show()
        elif filter_line.value:
            filter_line.value = ""
        else:
            self._finish(None)

    def _finish(self, choice: Choice | None) -> None:
        """Answer with what to open: over the reader, by closing; as the first screen (which
        stays under the reader), by asking the App to open it."""
        if self.app.screen_stack[0] is self:
            self.post_message(self.Chosen(choice))
        else:
            self.dismiss(choice)

    class Chosen(Message):
        """The library, as the first screen, asks for an article (``None``: the one read last)."""

        def __init__(self, choice: Choice | None) -> None:
            super().__init__()
            self.choice = choice

    def refresh_list(self) -> None:
        """Read the library again (places and people change while an article is read)."""
        self._shelf = Shelf(self.library.entries())
        self._show()
        self.run_worker(self._shelf.prepare, thread=True, group="shelf")
