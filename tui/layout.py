"""Lay an article out as terminal lines of a given width, CJK-aware.

Wide characters take two cells; Latin words are kept whole unless longer than a line;
closing punctuation never starts a line and opening punctuation never ends one. Every piece
of text on a line remembers its offset in ``Article.text``, so that the reading pane can
highlight spans and jump to offsets without searching. No Textual import: the same layout is
tested directly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

from tui.article import Article, Paragraph, Section

NO_LINE_START = set("，。、；：？！）」』”’》〉】…—,.;:?!)]}%％·")
NO_LINE_END = set("（「『“‘《〈【([{")
_UNIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-.'@/:%+#&=?~]*|\s+|.", re.DOTALL)

TIMELINE_MARK = "● "
TIMELINE_BAR = "│ "


@dataclass(frozen=True)
class Run:
    """A piece of a line: article text (``start`` is its offset) or decoration (``start`` -1)."""

    text: str
    start: int
    role: str

    @property
    def end(self) -> int:
        return self.start + len(self.text) if self.start >= 0 else -1


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    role: str
    section: int

    @property
    def start(self) -> int:
        return next((r.start for r in self.runs if r.start >= 0), -1)

    @property
    def end(self) -> int:
        return next((r.end for r in reversed(self.runs) if r.start >= 0), -1)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Split ``text`` into ``(start, end)`` slices that fit in ``width`` cells."""
    width = max(width, 2)
    units = [(m.start(), m.end()) for m in _UNIT.finditer(text)]
    lines: list[list[tuple[int, int]]] = [[]]
    used = 0
    for start, end in units:
        piece = text[start:end]
        size = cell_len(piece)
        if piece.isspace():
            if lines[-1] and used + size <= width:
                lines[-1].append((start, end))
                used += size
            continue
        if size > width:  # a word longer than a line is cut where it must be
            for i in range(start, end):
                char_size = cell_len(text[i])
                if used + char_size > width and lines[-1]:
                    lines.append([])
                    used = 0
                lines[-1].append((i, i + 1))
                used += char_size
            continue
        if used + size > width and lines[-1]:
            carried: list[tuple[int, int]] = []
            current = lines[-1]
            # Keep closing punctuation off the line start and openers off the line end.
            if piece[0] in NO_LINE_START and len(current) > 1:
                carried.insert(0, current.pop())
            while len(current) > 1 and text[current[-1][0]] in NO_LINE_END:
                carried.insert(0, current.pop())
            while current and text[current[-1][0]:current[-1][1]].isspace():
                current.pop()
            lines.append(carried)
            used = sum(cell_len(text[s:e]) for s, e in carried)
        lines[-1].append((start, end))
        used += size
    result = []
    for line in lines:
        while line and text[line[-1][0]:line[-1][1]].isspace():
            line.pop()
        if line:
            result.append((line[0][0], line[-1][1]))
    return result or [(0, 0)]


@dataclass
class ArticleLayout:
    lines: list[Line]
    width: int
    section_lines: list[int]  # first line of each section

    def __post_init__(self) -> None:
        self._starts = [(line.start, index) for index, line in enumerate(self.lines) if line.start >= 0]
        self._keys = [start for start, _ in self._starts]

    def line_of(self, offset: int) -> int:
        """The line that shows the character at ``offset`` (or the nearest before it)."""
        position = bisect_right(self._keys, offset) - 1
        return self._starts[max(position, 0)][1] if self._starts else 0


Notes = dict[int, str]  # text to show right after the character ending at an offset


def _with_notes(paragraph: Paragraph, notes: Notes) -> tuple[str, list[int]]:
    """The paragraph as displayed, and for each displayed character its offset (-1 for notes)."""
    shown: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(paragraph.text):
        offset = paragraph.start + index
        shown.append(char)
        offsets.append(offset)
        note = notes.get(offset + 1)
        if note:
            shown.append(note)
            offsets.extend([-1] * len(note))
    return "".join(shown), offsets


def _text_lines(paragraph: Paragraph, width: int, role: str, section: int, prefix: str = "",
                notes: Notes | None = None) -> list[Line]:
    inner = width - cell_len(prefix)
    has_notes = bool(notes) and any(paragraph.start < end <= paragraph.end for end in notes or {})
    if has_notes:
        shown, offsets = _with_notes(paragraph, notes or {})
    else:
        shown, offsets = paragraph.text, []
    lines = []
    for start, end in wrap(shown, inner):
        runs = [Run(prefix, -1, f"{role}-mark")] if prefix else []
        if not has_notes:
            runs.append(Run(shown[start:end], paragraph.start + start, role))
        else:
            piece = start
            while piece < end:
                is_note = offsets[piece] < 0
                stop = piece
                while stop < end and (offsets[stop] < 0) == is_note:
                    stop += 1
                runs.append(Run(shown[piece:stop], -1 if is_note else offsets[piece], "date-note" if is_note else role))
                piece = stop
        lines.append(Line(tuple(runs), role, section))
    return lines


def _blank(section: int) -> Line:
    return Line((), "blank", section)


def _section_lines(text: str, section: Section, index: int, width: int, notes: Notes) -> list[Line]:
    lines: list[Line] = []
    if section.kind == "appendix":
        rule = f"── {section.title} ──"
        lines.append(Line((Run(rule, -1, "appendix-rule"),), "appendix-rule", index))
        for paragraph in section.paragraphs:
            lines.extend(_text_lines(paragraph, width, "appendix", index))
        return lines
    if section.heading is not None:
        # A heading split over two lines shows on one; the break becomes a space, same length.
        span = section.heading
        heading = Paragraph(span.start, span.end, text[span.start:span.end].replace("\n", " "))
        lines.extend(_text_lines(heading, width, "heading", index))
        lines.append(_blank(index))
    dated = {entry.date_span.start for entry in section.entries}
    in_entry = False
    for paragraph in section.paragraphs:
        if paragraph.start in dated:
            if in_entry:
                lines.append(Line((Run(TIMELINE_BAR.rstrip(), -1, "timeline-text-mark"),), "timeline-text", index))
            lines.extend(_text_lines(paragraph, width, "timeline-date", index, TIMELINE_MARK))
            in_entry = True
        elif in_entry:
            lines.extend(_text_lines(paragraph, width, "timeline-text", index, TIMELINE_BAR, notes))
        else:
            lines.extend(_text_lines(paragraph, width, "text", index, notes=notes))
            lines.append(_blank(index))
    if in_entry:
        lines.append(_blank(index))
    return lines


def layout_article(article: Article, width: int, notes: Notes | None = None) -> ArticleLayout:
    """Lines for ``article`` at ``width`` cells; ``notes`` are shown after the offsets they key."""
    lines: list[Line] = []
    section_lines = []
    for index, section in enumerate(article.sections):
        section_lines.append(len(lines))
        lines.extend(_section_lines(article.text, section, index, width, notes or {}))
    while lines and lines[-1].role == "blank":
        lines.pop()
    return ArticleLayout(lines, width, section_lines)
