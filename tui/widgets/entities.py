"""The people-and-events panel: who is in the article and what happened when.

It shows a progress bar while the extraction runs; choosing a row posts a message
(``PersonChosen`` or ``EventChosen``) for the screen to act on.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.widgets import Static

from tui.article import Article
from tui.strings import say
from tui.widgets.lists import Row, RowList, row_line

if TYPE_CHECKING:
    from tui.extract import Event, Extraction, Person

LEVELS = "·▁▂▃▄▅▆▇█"
MAX_STRIP = 30  # cells in a presence strip; the panel is rarely wider


def section_starts(article: Article) -> list[int]:
    """Where each section starts (page residue left out): the columns of a presence strip."""
    return [s.start for s in article.sections if s.kind != "appendix"]


def presence_strip(starts: list[int], person: Person) -> str:
    """One cell per section (or, past ``MAX_STRIP`` sections, per run of neighbouring
    sections, so that the strip always fits the panel): how many mentions fall in each."""
    if not starts:
        return ""
    cells = min(len(starts), MAX_STRIP)
    counts = [0] * cells
    for start, _end in person.mentions:
        section = max(0, bisect_right(starts, start) - 1)
        counts[section * cells // len(starts)] += 1
    peak = max(counts) or 1
    return "".join(LEVELS[0 if c == 0 else max(1, round(c / peak * 8))] for c in counts)


def person_row(starts: list[int], person: Person, elsewhere: int = 0) -> Row:
    """A person's row: name and mentions (and how many other articles of the library name
    them), roles, other forms, and where in the article they appear."""
    more = [(f" · {say('{count} more articles', count=elsewhere)}", "dim")] if elsewhere else []
    lines = [row_line((person.name, "bold"), (f"  {len(person.mentions)}×", "dim"), *more)]
    if person.roles:  # (every role, as far as two lines go: an office, and whose relative, 副主席、许荣茂的弟弟)
        lines.append(row_line(("、".join(person.roles), "italic"), indent=2, max_lines=2))
    # (a surname alone says nothing beside a name that holds it: 老杨, not 老杨 / 杨)
    if aliases := [a for a in person.aliases if not (len(a) == 1 and a in person.name)]:
        lines.append(row_line((" / ".join(aliases), "dim"), indent=2, max_lines=2))
    lines.append(row_line(("§ ", "dim"), (presence_strip(starts, person), "bold"), indent=2))
    return tuple(lines)


def event_row(event: Event) -> Row:
    lines = [row_line((event.label or event.date, "bold")), row_line(event.summary, indent=2, max_lines=3)]
    if event.people:
        lines.append(row_line((" · ".join(event.people), "dim"), indent=2))
    return tuple(lines)


class EntityPanel(Vertical):
    """Two tabs: 人物 (people) and 事件 (events)."""

    DEFAULT_CSS = """
    EntityPanel {
        height: 1fr;
        border-left: tall $panel;
        background: $surface;
    }

    #panel-tabs {
        height: 1;
        background: $panel;
    }

    .panel-tab {
        width: auto;
        padding: 0 1;
        color: $foreground 60%;
    }

    .panel-tab:hover {
        color: $foreground;
    }

    .panel-tab.-active {
        color: $text;
        background: $surface;
        text-style: bold;
    }

    EntityPanel RowList {
        height: 1fr;
        padding: 0 1;
        background: $surface;
    }

    EntityPanel RowList > .row-list--cursor {
        text-style: none;
    }

    #panel-status {
        height: 1;
        color: $foreground 60%;
        padding: 0 1;
    }

    #panel-progress {
        height: 1;
        padding: 0 1;
    }

    #panel-progress Bar {
        width: 1fr;
    }
    """

    BINDINGS = [
        Binding("s", "search_person", "Search person", id="search-person"),
        Binding("left,right", "other_tab", "Other tab", id="other-tab", show=False),
    ]
    TABS = {"people": "People", "events": "Events"}

    class PersonChosen(Message):
        def __init__(self, person: Person) -> None:
            super().__init__()
            self.person = person

    class PersonSearched(Message):
        """Search the text for every form of ``person``."""

        def __init__(self, person: Person) -> None:
            super().__init__()
            self.person = person

    class EventChosen(Message):
        def __init__(self, event: Event) -> None:
            super().__init__()
            self.event = event

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self.extraction: Extraction | None = None
        self.elsewhere: list[int] = []  # for each person, the other articles of the library naming them
        self.tab = "people"
        self._tabs: dict[str, Static] = {}
        self._lists: dict[str, RowList] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text(say("Working out the people and events…")), id="panel-status")

    def build(self) -> None:
        """Add the tabs and lists; done after the article's first paint, which they would slow."""
        if self._tabs:
            return
        self._tabs = {tab: Static(say(label), id=f"{tab}-tab", classes="panel-tab", markup=False)
                      for tab, label in self.TABS.items()}
        self._lists = {tab: RowList(id=tab) for tab in self.TABS}
        self.mount(Horizontal(*self._tabs.values(), id="panel-tabs"), *self._lists.values(),
                   before="#panel-status")
        self.show(self.tab, focus=False)

    @property
    def filled(self) -> bool:
        return self.extraction is not None

    def show_progress(self, done: float) -> None:
        """Draw (and on the first report, mount) the bar that tracks a running extraction."""
        from textual.widgets import ProgressBar

        try:
            bar = self.query_one(ProgressBar)
        except NoMatches:
            bar = ProgressBar(total=1.0, show_eta=False, id="panel-progress")
            self.mount(bar, before="#panel-status")
        bar.update(progress=done)

    def _end_progress(self) -> None:
        self.query("#panel-progress").remove()

    def fill(self, extraction: Extraction, elsewhere: list[int] | None = None) -> None:
        """Show the people and events; ``elsewhere`` counts, for each person, the other articles
        of the library that name them."""
        self.build()
        self.extraction = extraction
        self.elsewhere = elsewhere or [0] * len(extraction.people)
        self._show_people()
        self._lists["people"].empty = say("No one is named in this article.")
        self._lists["events"].empty = say("No happening in this article has a date it gives.")
        self._lists["events"].set_rows([event_row(e) for e in extraction.events])
        status = say("{people} people · {events} events", people=len(extraction.people), events=len(extraction.events))
        self.query_one("#panel-status", Static).update(Text(status))
        self._end_progress()

    def update_counts(self, elsewhere: list[int]) -> None:
        """New counts of other articles for the people shown; the cursor stays where it was."""
        if self.extraction is None or elsewhere == self.elsewhere:
            return
        self.elsewhere = elsewhere
        cursor = self._lists["people"].highlighted
        self._show_people()
        if cursor is not None:
            self._lists["people"].highlighted = cursor

    def _show_people(self) -> None:
        assert self.extraction is not None
        starts = section_starts(self.article)
        self._lists["people"].set_rows([person_row(starts, p, n) for p, n in zip(self.extraction.people, self.elsewhere)])

    def fail(self, message: str) -> None:
        self.query_one("#panel-status", Static).update(Text(message))
        self._end_progress()

    def show(self, tab: str, focus: bool = True) -> None:
        """Switch to ``people`` or ``events`` (and put the keyboard there)."""
        self.build()
        self.tab = tab
        for name in self.TABS:
            self._lists[name].display = name == tab
            self._tabs[name].set_class(name == tab, "-active")
        if focus:
            self._lists[tab].focus()

    def action_other_tab(self) -> None:
        self.show("events" if self.tab == "people" else "people")

    def on_click(self, event: events.Click) -> None:
        widget = event.widget
        if widget is not None and widget.has_class("panel-tab") and widget.id:
            self.show(widget.id.removesuffix("-tab"))

    @property
    def highlighted_person(self) -> Person | None:
        """The person under the cursor of the people list, when that list is shown."""
        people = self._lists.get("people")
        if self.extraction is None or people is None or self.tab != "people" or people.highlighted is None:
            return None
        return self.extraction.people[people.highlighted]

    def action_search_person(self) -> None:
        """Search for the person under the cursor, or the first (the most named) before the cursor moved."""
        if self.extraction is None or not self.extraction.people:
            return
        index = self._lists["people"].highlighted
        self.post_message(self.PersonSearched(self.extraction.people[index or 0]))

    @on(RowList.Selected)
    def _row_selected(self, event: RowList.Selected) -> None:
        event.stop()
        if self.extraction is None:
            return
        if event.row_list.id == "people":
            self.post_message(self.PersonChosen(self.extraction.people[event.index]))
        elif event.row_list.id == "events":
            self.post_message(self.EventChosen(self.extraction.events[event.index]))
