"""One line to type a query into: a prompt, the text field, and what the owner adds after it
(the search bar's match counter). Shared by the search bar and the Library screen's filter."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Label


class QueryLine(Horizontal):
    DEFAULT_CSS = """
    QueryLine {
        height: 1;
        background: $panel;
    }

    QueryLine > .query-prompt {
        width: 2;
        padding: 0 0 0 1;
        color: $accent;
        text-style: bold;
        background: $panel;
    }

    QueryLine > Input {
        width: 1fr;
        height: 1;
        border: none;
        padding: 0 1;
        background: $panel;
    }

    QueryLine > Input:focus {
        border: none;
    }

    QueryLine > Input > .input--placeholder {
        color: $foreground 75%;
    }
    """

    def __init__(self, prompt: str, placeholder: str, *after: Widget, input_id: str, id: str | None = None) -> None:
        super().__init__(id=id)
        self._prompt = prompt
        self._placeholder = placeholder
        self._after = after
        self._input_id = input_id

    def compose(self) -> ComposeResult:
        from textual.widgets import Input  # loaded with the first query line, not at start-up

        yield Label(self._prompt, classes="query-prompt")
        yield Input(placeholder=self._placeholder, id=self._input_id)
        yield from self._after
