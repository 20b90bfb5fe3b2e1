"""The reading pane: draws the laid-out article line by line (Textual's line API).

Only the visible lines are rendered, so a huge article costs no more to show than a short
one. Highlights (a person's mentions, search matches) are character spans drawn over the
text; the pane knows nothing about where they come from.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.article import Article
from tui.layout import ArticleLayout, Line


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    current: bool = False


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, CJK-aware view of one article."""

    DEFAULT_CSS = """
    ArticleView {
        width: 1fr;
        height: 1fr;
        background: $background;
        scrollbar-size-vertical: 1;
        scrollbar-size-horizontal: 0;
        overflow-y: scroll;  /* the bar is there from the first frame: no second layout */
    }

    ArticleView:focus {
        background: $background;
    }

    ArticleView > .article-view--text {
        color: $foreground;
    }

    ArticleView > .article-view--heading {
        color: $primary;
        text-style: bold;
    }

    ArticleView > .article-view--timeline-date {
        color: $accent;
        text-style: bold;
    }

    ArticleView > .article-view--timeline-date-mark {
        color: $accent;
    }

    ArticleView > .article-view--timeline-text {
        color: $foreground;
    }

    ArticleView > .article-view--timeline-text-mark {
        color: $accent 60%;
    }

    ArticleView > .article-view--appendix {
        color: $foreground 55%;
        text-style: italic;
    }

    ArticleView > .article-view--appendix-rule {
        color: $foreground 45%;
    }

    /* Opaque colours: a component style carries no alpha, so 35% would paint the full accent. */
    ArticleView > .article-view--highlight {
        background: $accent-muted;
        color: $foreground;
    }

    ArticleView > .article-view--highlight-current {
        background: $accent;
        color: $background;
        text-style: bold;
    }

    ArticleView > .article-view--date-note {
        color: $secondary;
        text-style: italic;
    }
    """

    COMPONENT_CLASSES = {
        "article-view--text",
        "article-view--heading",
        "article-view--timeline-date",
        "article-view--timeline-date-mark",
        "article-view--timeline-text",
        "article-view--timeline-text-mark",
        "article-view--appendix",
        "article-view--appendix-rule",
        "article-view--date-note",
        "article-view--highlight",
        "article-view--highlight-current",
    }

    BINDINGS = [
        Binding("j,down", "scroll_lines(1)", "Down", id="scroll-down", show=False),
        Binding("k,up", "scroll_lines(-1)", "Up", id="scroll-up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", id="page-down"),
        Binding("b,pageup", "page(-1)", "Page up", id="page-up", show=False),
        Binding("g,home", "top", "Top", id="top", show=False),
        Binding("G,end", "bottom", "Bottom", id="bottom", show=False),
    ]

    max_width: reactive[int] = reactive(76)

    class SectionChanged(Message):
        """The section at the top of the pane is now ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, article: Article, *, max_width: int = 76, start_at: int = 0, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self._start_at = start_at if 0 < start_at < len(article.text) else -1  # the place left last time
        self.set_reactive(ArticleView.max_width, max_width)
        self._layout: ArticleLayout | None = None
        self._highlights: list[Highlight] = []
        self._highlight_starts: list[int] = []
        self._section = -1
        self._jumped: tuple[int, int] | None = None  # (section, scroll y) of the last jump to a section
        self._notes: dict[int, str] | None = None

    # -- layout ---------------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        return max(10, min(self.max_width, self.scrollable_content_region.width - 2))

    @property
    def layout(self) -> ArticleLayout:
        if self._layout is None:
            self._relayout()
        assert self._layout is not None
        return self._layout

    def line_at(self, number: int) -> Line | None:
        return self.layout.line(number)

    def _relayout(self) -> None:
        anchor = self.top_offset() if self._layout is not None else self._start_at
        self._layout = ArticleLayout(self.article, self.text_width, self._notes)
        self._sync_size()
        if anchor >= 0:
            self.scroll_to(y=self._layout.line_of(anchor), animate=False, immediate=True)
        self.refresh()

    def _sync_size(self) -> None:
        """Follow the layout's height, which firms up as blocks are wrapped."""
        if self._layout is not None:
            size = Size(self.scrollable_content_region.width, self._layout.total)
            if size != self.virtual_size:
                self.virtual_size = size

    def set_notes(self, notes: dict[int, str] | None) -> None:
        """Show ``notes`` (text keyed by the offset it follows), or none."""
        self._notes = notes
        self._relayout()

    def on_resize(self) -> None:
        if self._layout is None or self._layout.width != self.text_width:
            self._relayout()

    def watch_max_width(self) -> None:
        if self.is_mounted:
            self._relayout()

    def top_offset(self) -> int:
        """Offset in the text of the first character at the top of the pane."""
        y = int(self.scroll_y)
        for number in range(y, y + 50):
            line = self.layout.line(number)
            if line is None:
                break
            if line.start >= 0:
                return line.start
        return -1

    # -- navigation -----------------------------------------------------------------------

    def scroll_to_offset(self, offset: int, *, animate: bool = False) -> None:
        """Bring the line with ``offset`` near the top of the pane."""
        line = self.layout.line_of(offset)
        self._sync_size()
        self.scroll_to(y=max(0, line - 2), animate=animate, immediate=True)

    def scroll_to_section(self, index: int) -> None:
        if 0 <= index < len(self.article.sections):
            y = self.layout.section_line(index)
            self.layout.line(y)  # wrap it, so that the estimate above it is the one scrolled to
            self._sync_size()
            y = self.layout.section_line(index)
            self._jumped = (index, min(y, int(self.max_scroll_y)))
            self.scroll_to(y=y, animate=False, immediate=True)
            self._follow()

    def current_section(self) -> int:
        total = self.layout.total
        if not total:
            return 0
        if self._jumped is not None:
            return self._jumped[0]  # (jumped to near the end: the section jumped to, until a scroll)
        y = min(int(self.scroll_y), total - 1)
        if self.scroll_y >= self.max_scroll_y and self.max_scroll_y > 0:
            y = total - 1  # at the end, the last section is the one being read
        line = self.layout.line(y) or self.layout.line(self.layout.total - 1)
        return line.section if line else 0

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._jumped is not None and int(new_value) != self._jumped[1]:
            self._jumped = None  # (scrolled away: the jump no longer says what is read)
        self._follow()

    def _follow(self) -> None:
        """Tell the screen when the section being read changes."""
        section = self.current_section()
        if section != self._section:
            self._section = section
            self.post_message(self.SectionChanged(section))

    def action_scroll_lines(self, count: int) -> None:
        self.scroll_to(y=self.scroll_y + count, animate=False, immediate=True)

    def action_page(self, direction: int) -> None:
        step = max(1, self.scrollable_content_region.height - 2)
        self.scroll_to(y=self.scroll_y + direction * step, animate=False, immediate=True)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_bottom(self) -> None:
        self.layout.line(self.layout.total - 1)  # wrap the end, so the height there is exact
        self._sync_size()
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    # -- highlights -----------------------------------------------------------------------

    def set_highlights(self, spans: list[tuple[int, int]], current: int | None = None) -> None:
        self._highlights = sorted(
            (Highlight(s, e, i == current) for i, (s, e) in enumerate(spans)), key=lambda h: h.start
        )
        self._highlight_starts = [h.start for h in self._highlights]
        self.refresh()

    def clear_highlights(self) -> None:
        self.set_highlights([])

    # -- rendering ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        layout = self.layout
        total = layout.total
        line = layout.line(int(self.scroll_y) + y)
        if layout.total != total:
            self.call_later(self._sync_size)
        if line is None:
            return Strip.blank(width, base)
        pad = max(1, (width - self.text_width) // 2)
        segments = [Segment(" " * pad, base)]
        for run in line.runs:
            style = base + self.get_component_rich_style(f"article-view--{run.role}", partial=True)
            segments.extend(self._run_segments(run.text, run.start, style))
        return Strip(segments).adjust_cell_length(width, base)

    def _run_segments(self, text: str, start: int, style: Style) -> list[Segment]:
        if start < 0 or not self._highlights:
            return [Segment(text, style)]
        end = start + len(text)
        # Highlights that overlap [start, end): back up one in case one starts before the run.
        first = max(0, bisect_left(self._highlight_starts, start) - 1)
        cuts: list[tuple[int, int, Highlight]] = []
        for highlight in self._highlights[first:]:
            if highlight.start >= end:
                break
            if highlight.end > start:
                cuts.append((max(highlight.start, start), min(highlight.end, end), highlight))
        if not cuts:
            return [Segment(text, style)]
        plain = self.get_component_rich_style("article-view--highlight", partial=True)
        current = self.get_component_rich_style("article-view--highlight-current", partial=True)
        segments = []
        position = start
        for cut_start, cut_end, highlight in cuts:
            if cut_start > position:
                segments.append(Segment(text[position - start:cut_start - start], style))
            segments.append(Segment(text[cut_start - start:cut_end - start],
                                    style + (current if highlight.current else plain)))
            position = max(position, cut_end)
        if position < end:
            segments.append(Segment(text[position - start:], style))
        return segments
