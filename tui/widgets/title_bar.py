"""The top line: the article's title with its source and date, and the palette's icon.

Lighter than Textual's ``Header`` (one widget instead of four), which matters in the first
frame; it follows ``App.title`` and ``App.sub_title`` the same way.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widget import Widget

ICON = "≡"


class TitleBar(Widget):
    """Click the icon to open the command palette."""

    DEFAULT_CSS = """
    TitleBar {
        height: 1;
        background: $panel;
        color: $foreground;
    }
    """

    def on_mount(self) -> None:
        self.watch(self.app, "title", self._changed, init=False)
        self.watch(self.app, "sub_title", self._changed, init=False)

    def _changed(self) -> None:
        self.refresh()

    def render(self) -> Text:
        title = Text(self.app.title, style="bold", no_wrap=True, overflow="ellipsis")
        if self.app.sub_title:
            title.append(f" — {self.app.sub_title}", style="dim")
        room = max(0, self.size.width - 2 * (cell_len(ICON) + 2))
        title.truncate(room, overflow="ellipsis")
        left = max(cell_len(ICON) + 2, (self.size.width - title.cell_len) // 2)
        line = Text(f" {ICON}", no_wrap=True)
        line.pad_right(left - line.cell_len)
        line.append_text(title)
        return line

    def on_click(self, event: events.Click) -> None:
        if event.x <= cell_len(ICON) + 1:
            self.app.action_command_palette()
