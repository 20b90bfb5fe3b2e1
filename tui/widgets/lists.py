"""The one list widget the panes share: an OptionList that also answers to j and k."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class KeyList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", id="list-down", show=False),
        Binding("k", "cursor_up", "Up", id="list-up", show=False),
    ]
