"""The people-and-events panel: who is in the article and what happened when.

It shows a progress bar until the extraction worker reports; choosing a row posts a message
(``PersonChosen`` or ``EventChosen``) for the screen to act on.
"""

from __future__ import annotations

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, ProgressBar, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from tui.article import Article
from tui.extract import Event, Extraction, Person
from tui.widgets.lists import KeyList

LEVELS = "·▁▂▃▄▅▆▇█"


def presence_strip(article: Article, person: Person) -> str:
    """One cell per section (page residue left out): how many mentions fall in each."""
    sections = [s for s in article.sections if s.kind != "appendix"]
    counts = [0] * len(sections)
    for start, _end in person.mentions:
        index = max((i for i, s in enumerate(sections) if s.start <= start), default=0)
        counts[index] += 1
    peak = max(counts) or 1
    return "".join(LEVELS[0 if c == 0 else max(1, round(c / peak * 8))] for c in counts)


def _indented(*lines: Text) -> Group:
    """Detail lines under a row's first line, wrapped with a hanging indent."""
    return Group(*(Padding(line, (0, 0, 0, 2)) for line in lines))


def person_row(article: Article, person: Person) -> Group:
    head = Text.assemble((person.name, "bold"), (f"  {len(person.mentions)}×", "dim"))
    details = []
    if person.role:
        details.append(Text(person.role, style="italic"))
    if person.aliases:
        details.append(Text(" / ".join(person.aliases), style="dim"))
    details.append(Text.assemble(("§ ", "dim"), (presence_strip(article, person), "bold")))
    return Group(head, _indented(*details))


def event_row(event: Event) -> Group:
    details = [Text(event.summary)]
    if event.people:
        details.append(Text(" · ".join(event.people), style="dim"))
    return Group(Text(event.label or event.date, style="bold"), _indented(*details))


class EntityPanel(Vertical):
    """Two tabs: 人物 (people) and 事件 (events)."""

    BINDINGS = [Binding("s", "search_person", "Search person", id="search-person")]

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

    def compose(self) -> ComposeResult:
        with TabbedContent(id="panel-tabs"):
            with TabPane("人物 People", id="people-tab"):
                yield KeyList(id="people")
            with TabPane("事件 Events", id="events-tab"):
                yield KeyList(id="events")
        yield ProgressBar(total=1.0, show_eta=False, id="panel-progress")
        yield Static(Text("正在分析人物与事件…"), id="panel-status")

    @property
    def filled(self) -> bool:
        return self.extraction is not None

    def show_progress(self, done: float) -> None:
        self.query_one(ProgressBar).update(progress=done)

    def fill(self, extraction: Extraction) -> None:
        self.extraction = extraction
        people = self.query_one("#people", KeyList)
        events = self.query_one("#events", KeyList)
        people.clear_options()
        events.clear_options()
        people.add_options([Option(person_row(self.article, p), id=f"p{i}") for i, p in enumerate(extraction.people)])
        events.add_options([Option(event_row(e), id=f"e{i}") for i, e in enumerate(extraction.events)])
        status = f"{len(extraction.people)} 人 · {len(extraction.events)} 事件"
        self.query_one("#panel-status", Static).update(Text(status))
        self.query_one(ProgressBar).display = False

    def fail(self, message: str) -> None:
        self.query_one("#panel-status", Static).update(Text(message))
        self.query_one(ProgressBar).display = False

    def show(self, tab: str) -> None:
        """Switch to ``people`` or ``events`` and put the keyboard there."""
        self.query_one(TabbedContent).active = f"{tab}-tab"
        self.query_one(f"#{tab}", KeyList).focus()

    def action_search_person(self) -> None:
        people = self.query_one("#people", KeyList)
        if self.extraction is None or people.highlighted is None:
            return
        self.post_message(self.PersonSearched(self.extraction.people[people.highlighted]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.extraction is None:
            return
        if event.option_list.id == "people":
            self.post_message(self.PersonChosen(self.extraction.people[event.option_index]))
        elif event.option_list.id == "events":
            self.post_message(self.EventChosen(self.extraction.events[event.option_index]))
