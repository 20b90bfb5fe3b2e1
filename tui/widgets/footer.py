"""The key bar, with help and quit always in it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tui.strings import say


class ReaderFooter(Footer):
    """Textual's footer with ``?`` and ``q`` first: a narrow terminal cuts the bar from the
    right, and these two keys must never be what it cuts."""

    FIRST = ("app.help", "app.quit", "help", "quit")

    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        for key in keys:  # the bindings' English descriptions, in the interface's language
            if isinstance(key, FooterKey):
                key.description = say(key.description)
        first = [key for key in keys if getattr(key, "action", None) in self.FIRST]
        yield from first
        yield from (key for key in keys if key not in first)
