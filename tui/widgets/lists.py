"""The one list widget the panes share: rows of text with a cursor, drawn line by line.

Only the rows on screen are rendered (Textual's line API), so a panel of a thousand people or
a long outline costs no more to show than a short one. A row's height follows from its text
alone (each line is one terminal line, or up to ``max_lines`` when wrapped), so the list is
measured without rendering anything.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.layout import wrap


@dataclass(frozen=True)
class RowLine:
    """One logical line of a row: cut with an ellipsis, or wrapped over up to ``max_lines``.

    It holds plain ``(text, style)`` parts; the Rich text is made only when the line is drawn,
    so that a list of a thousand rows is ready in milliseconds.
    """

    parts: tuple[tuple[str, str], ...]
    indent: int = 0
    max_lines: int = 1

    @property
    def plain(self) -> str:
        return "".join(text for text, _style in self.parts)

    def text(self) -> Text:
        return Text.assemble(*self.parts, no_wrap=True)


def row_line(*parts: str | tuple[str, str], indent: int = 0, max_lines: int = 1) -> RowLine:
    """A ``RowLine`` from parts given as plain strings or ``(text, style)`` pairs."""
    pairs = tuple((part, "") if isinstance(part, str) else part for part in parts)
    return RowLine(pairs, indent, max_lines)


Row = tuple[RowLine, ...]


def _pieces(line: RowLine, height: int, width: int) -> list[Text]:
    """``line`` as ``height`` texts of at most ``width`` cells (the last one ellipsised)."""
    text = line.text()
    if height > 1:
        breaks = wrap(text.plain, width)
        cuts = [start for start, _end in breaks[1:height]]
        parts = list(text.divide(cuts))
        for part in parts:
            part.rstrip()  # in place
        parts = [p if i == 0 else _lstripped(p) for i, p in enumerate(parts)]
    else:
        parts = [text]
    for part in parts:
        part.truncate(width, overflow="ellipsis")
    return parts


def _lstripped(text: Text) -> Text:
    blank = len(text.plain) - len(text.plain.lstrip())
    return text[blank:] if blank else text


class RowList(ScrollView, can_focus=True):
    """A cursor over rows; Enter or a click posts ``Selected``, moving posts ``Highlighted``."""

    DEFAULT_CSS = """
    RowList {
        scrollbar-size-vertical: 1;
        scrollbar-size-horizontal: 0;
    }

    RowList > .row-list--cursor {
        color: $text;
        background: $primary 30%;
        text-style: bold;
    }

    RowList:focus > .row-list--cursor {
        background: $primary 50%;
    }

    RowList > .row-list--empty {
        color: $text-muted;
        text-style: italic;
    }
    """

    COMPONENT_CLASSES = {"row-list--cursor", "row-list--empty"}

    BINDINGS = [
        Binding("down,j", "cursor(1)", "Down", id="list-down", show=False),
        Binding("up,k", "cursor(-1)", "Up", id="list-up", show=False),
        Binding("pagedown", "page(1)", "Page down", id="list-page-down", show=False),
        Binding("pageup", "page(-1)", "Page up", id="list-page-up", show=False),
        Binding("home", "first", "First", id="list-first", show=False),
        Binding("end", "last", "Last", id="list-last", show=False),
        Binding("enter", "select", "Choose", id="list-select", show=False),
    ]

    class _RowMessage(Message):
        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            return self.row_list

    class Highlighted(_RowMessage):
        """The cursor moved to row ``index``."""

    class Selected(_RowMessage):
        """Row ``index`` was chosen (Enter or a click)."""

    def __init__(self, rows: list[Row] | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.empty = ""  # what to say, on the first line, when there are no rows
        self._rows: list[Row] = []
        self._cells: dict[str, int] = {}  # cell lengths of the lines that wrap
        self._starts: list[int] = []  # first screen line of each row, at ``_width``
        self._width = 0
        self._wraps = False
        self._pieces: dict[int, list[tuple[int, Text]]] = {}
        self._line_styles = (Style(), Style())  # the base and cursor styles of this redraw
        self._highlighted: int | None = None
        self.set_rows(rows or [])

    # -- rows -------------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def set_rows(self, rows: list[Row]) -> None:
        """Show ``rows`` instead of the current ones; the cursor goes back to the top."""
        self._rows = list(rows)
        self._cells.clear()
        self._highlighted = None
        self._wraps = any(line.max_lines > 1 for row in self._rows for line in row)
        self._measure(force=True)
        if self.is_mounted:
            self.scroll_to(y=0, animate=False, immediate=True)

    def clear(self) -> None:
        self.set_rows([])

    def _line_height(self, line: RowLine, width: int) -> int:
        if line.max_lines == 1:
            return 1
        room = max(1, width - line.indent)
        plain = line.plain
        if 2 * len(plain) <= room:  # fits even if every character is wide
            return 1
        cells = self._cells.get(plain)
        if cells is None:
            cells = self._cells[plain] = cell_len(plain)
        return max(1, min(line.max_lines, -(-cells // room)))

    def _measure(self, force: bool = False) -> None:
        """Row positions for the current width. Heights depend on it only through wrapping,
        so a list that does not wrap is measured once, before it is first drawn."""
        width = self.scrollable_content_region.width if self.is_mounted else 0
        if width == self._width and not force:
            return
        self._width = width
        self._pieces.clear()
        if not force and not self._wraps:
            return
        starts, y = [], 0
        for row in self._rows:
            starts.append(y)
            # Before the width is known, wrapping rows count one line each until measured.
            y += sum(self._line_height(line, width) for line in row) if self._wraps and width else len(row)
        starts.append(y)
        self._starts = starts
        self.virtual_size = Size(0, y)
        self.refresh()

    def on_resize(self) -> None:
        self._measure()

    def _row_pieces(self, index: int) -> list[tuple[int, Text]]:
        """The screen lines of row ``index`` as (indent, text), made when first drawn."""
        pieces = self._pieces.get(index)
        if pieces is None:
            pieces = []
            for line in self._rows[index]:
                room = max(1, self._width - line.indent)
                height = self._line_height(line, self._width)
                pieces.extend((line.indent, piece) for piece in _pieces(line, height, room))
            self._pieces[index] = pieces
        return pieces

    # -- cursor -----------------------------------------------------------------------------

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None:
            if not self._rows:
                index = None
            else:
                index = max(0, min(index, len(self._rows) - 1))
        if index == self._highlighted:
            return
        self._highlighted = index
        self.refresh()
        if index is not None:
            self._scroll_to_row(index)
            self.post_message(self.Highlighted(self, index))

    def _scroll_to_row(self, index: int) -> None:
        self._measure()
        top, bottom = self._starts[index], self._starts[index + 1]
        region = Region(0, top, 1, max(1, bottom - top))
        self.scroll_to_region(region, animate=False, immediate=True, force=True)

    def action_cursor(self, delta: int) -> None:
        current = self._highlighted
        self.highlighted = 0 if current is None else current + delta

    def action_page(self, direction: int) -> None:
        if not self._rows:
            return
        self._measure()
        current = self._highlighted or 0
        target_y = self._starts[current] + direction * max(1, self.scrollable_content_region.height - 1)
        self.highlighted = max(0, bisect_right(self._starts, max(0, target_y)) - 1)

    def action_first(self) -> None:
        self.highlighted = 0

    def action_last(self) -> None:
        self.highlighted = len(self._rows) - 1

    def action_select(self) -> None:
        """Choose the row under the cursor, or the first before the cursor moved."""
        if self._rows:
            self.post_message(self.Selected(self, self._highlighted or 0))

    def row_at(self, y: int) -> int | None:
        """The row drawn on line ``y`` of the pane (counted from its top)."""
        self._measure()
        line = y + int(self.scroll_y)
        if not self._rows or line < 0 or line >= self._starts[-1]:
            return None
        return bisect_right(self._starts, line) - 1

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.row_at(offset.y)
        if index is not None:
            self.highlighted = index
            self.post_message(self.Selected(self, index))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- rendering --------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # Measured once per redraw, not once per line.
        self._measure()
        self._line_styles = self.rich_style, self.get_component_rich_style("row-list--cursor")
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self._width
        base, cursor = self._line_styles
        line = y + int(self.scroll_y)
        if not self._rows and line == 0 and self.empty:
            text = Text(self.empty, no_wrap=True)
            text.truncate(width, overflow="ellipsis")
            style = base + self.get_component_rich_style("row-list--empty")
            return Strip(list(Segment.apply_style(text.render(self.app.console), style))).adjust_cell_length(width, base)
        if not self._rows or line < 0 or line >= self._starts[-1]:
            return Strip.blank(width, base)
        index = bisect_right(self._starts, line) - 1
        pieces = self._row_pieces(index)
        indent, text = pieces[min(line - self._starts[index], len(pieces) - 1)]
        segments = [Segment(" " * indent)] if indent else []
        segments.extend(text.render(self.app.console))
        segments = list(Segment.apply_style(segments, base))
        if index == self._highlighted:
            segments = list(Segment.apply_style(segments, post_style=cursor))
            return Strip(segments).adjust_cell_length(width, base + cursor)
        return Strip(segments).adjust_cell_length(width, base)
