"""The help screen: every key the reader answers to, read from the bindings themselves."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.strings import say


def _keys(binding: Binding) -> str:
    names = {"down": "↓", "up": "↑", "pagedown": "PgDn", "pageup": "PgUp", "question_mark": "?",
             "right_square_bracket": "]", "left_square_bracket": "[", "slash": "/",
             "shift+tab": "⇧Tab", "tab": "Tab", "space": "Space", "escape": "Esc", "home": "Home",
             "end": "End", "enter": "Enter", "ctrl+p": "Ctrl+P", "left": "←", "right": "→"}
    return " ".join(names.get(key, key) for key in binding.key.split(","))


class HelpScreen(ModalScreen[None]):
    """Lists the bindings of the reader, grouped by where they act."""

    CSS_PATH = "help.tcss"
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help-close"),
        Binding("j", "scroll(1)", "Down", show=False),
        Binding("k", "scroll(-1)", "Up", show=False),
        Binding("space", "scroll(0)", "Page down", show=False),
    ]

    def __init__(self, groups: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(say("openai-reader — keys"), id="help-title")
            for title, bindings in [*self.groups, ("Command palette", [Binding("ctrl+p", "", "Sections, people, themes")])]:
                yield Static(Text(say(title)), classes="help-group")
                yield Static(self._table(bindings))
            yield Static(say("j/k, ↑/↓, Space and PgUp/PgDn scroll; Esc, q or ? closes this screen."), id="help-hint")

    @staticmethod
    def _table(bindings: list[Binding]) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True, min_width=12)
        table.add_column()
        numbered = [b for b in bindings if b.key.isdigit()]
        for binding in bindings:
            if binding in numbered[1:]:
                continue
            if binding is (numbered[0] if numbered else None):
                table.add_row(f"{numbered[0].key}–{numbered[-1].key}", Text(say("Go to section N")))
            else:
                table.add_row(_keys(binding), Text(say(binding.description)))
        return table

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()  # its own keys (↑ ↓ PgUp PgDn Home End) scroll it

    def action_scroll(self, lines: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if lines:
            body.scroll_relative(y=lines, animate=False)
        else:
            body.scroll_page_down(animate=False)
