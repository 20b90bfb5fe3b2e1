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
from itertools import accumulate

from rich.cells import cell_len

from tui.article import Article, Paragraph, Section

# Closing punctuation and marks that never start a line, opening ones that never end one
# (the rules of W3C "Requirements for Chinese Text Layout" §3.1.7 and JIS X 4051).
NO_LINE_START = set("，。、；：？！）」』”’》〉】〕〗〙〛］｝…—～‥,.;:?!)]}%％·")
NO_LINE_END = set("（「『“‘《〈【〔〖〘〚［｛([{")
# A unit is never split: a Latin word or number (accented letters too: António, Erdoğan), a
# bracketed note (〔2024-12〕), a space run, a character.
_LATIN = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # ASCII, Latin-1 and Latin Extended letters
_UNIT = re.compile(rf"[{_LATIN}][{_LATIN}_\-.'@/:%+#&=?~]*|〔[^〔〕\n]{{1,16}}〕|\s+|.", re.DOTALL)

MAX_BLOCK = 2000  # characters laid out at once; longer paragraphs are sliced
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
            # Keep closing punctuation off the line start (a run such as 。” moves whole, with
            # the character before it) and openers off the line end.
            if piece[0] in NO_LINE_START:
                while len(current) > 1 and text[current[-1][0]] in NO_LINE_START:
                    carried.insert(0, current.pop())
                if len(current) > 1:
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


@dataclass(frozen=True)
class Block:
    """A unit laid out on its own: a paragraph (or a slice of a huge one) or fixed lines."""

    section: int
    role: str
    paragraph: Paragraph | None = None
    prefix: str = ""
    fixed: tuple[Line, ...] = ()
    blank_after: bool = False

    @property
    def anchor(self) -> int:
        return self.paragraph.start if self.paragraph else -1

    def lines(self, width: int, notes: Notes) -> list[Line]:
        if self.paragraph is None:
            return list(self.fixed)
        lines = _text_lines(self.paragraph, width, self.role, self.section, self.prefix, notes)
        return lines + [_blank(self.section)] if self.blank_after else lines

    def estimate(self, width: int) -> int:
        """Lines this block will take, without wrapping it: cells over width, rounded up."""
        if self.paragraph is None:
            return len(self.fixed)
        text = self.paragraph.text
        cells = len(text) + (len(text.encode("utf-8", "surrogatepass")) - len(text)) // 2
        inner = max(2, width - cell_len(self.prefix))
        return max(1, -(-cells // inner)) + self.blank_after


def _pieces(paragraph: Paragraph) -> list[Paragraph]:
    """A huge paragraph in slices (ending at a sentence end where one is near), so that showing
    one screen of it never means wrapping all of it."""
    if len(paragraph.text) <= MAX_BLOCK:
        return [paragraph]
    pieces = []
    text, start = paragraph.text, 0
    while start < len(text):
        end = min(start + MAX_BLOCK, len(text))
        if end < len(text):
            stop = max(text.rfind(mark, start + MAX_BLOCK // 2, end) for mark in "。！？.!?\n ")
            end = stop + 1 if stop > start else end
        pieces.append(Paragraph(paragraph.start + start, paragraph.start + end, text[start:end]))
        start = end
    return pieces


def _paragraph_blocks(paragraph: Paragraph, section: int, role: str, prefix: str = "",
                      blank_after: bool = False) -> list[Block]:
    pieces = _pieces(paragraph)
    return [Block(section, role, piece, prefix, blank_after=blank_after and i == len(pieces) - 1)
            for i, piece in enumerate(pieces)]


def _section_blocks(text: str, section: Section, index: int) -> list[Block]:
    blocks: list[Block] = []
    if section.kind == "appendix":
        rule = Line((Run(f"── {section.title} ──", -1, "appendix-rule"),), "appendix-rule", index)
        blocks.append(Block(index, "appendix-rule", fixed=(rule,)))
        for paragraph in section.paragraphs:
            blocks.extend(_paragraph_blocks(paragraph, index, "appendix"))
        return blocks
    if section.heading is not None:
        # A heading split over two lines shows on one; the break becomes a space, same length.
        span = section.heading
        heading = Paragraph(span.start, span.end, text[span.start:span.end].replace("\n", " "))
        blocks.extend(_paragraph_blocks(heading, index, "heading", blank_after=True))
    dated = {entry.date_span.start for entry in section.entries}
    bar = Line((Run(TIMELINE_BAR.rstrip(), -1, "timeline-text-mark"),), "timeline-text", index)
    in_entry = False
    for paragraph in section.paragraphs:
        if paragraph.start in dated:
            if in_entry:
                blocks.append(Block(index, "timeline-text", fixed=(bar,)))
            blocks.extend(_paragraph_blocks(paragraph, index, "timeline-date", TIMELINE_MARK))
            in_entry = True
        elif in_entry:
            blocks.extend(_paragraph_blocks(paragraph, index, "timeline-text", TIMELINE_BAR))
        else:
            blocks.extend(_paragraph_blocks(paragraph, index, "text", blank_after=True))
    if in_entry:
        blocks.append(Block(index, "blank", fixed=(_blank(index),)))
    return blocks


class ArticleLayout:
    """The article's lines at one width, wrapped only where they are looked at.

    Until a block is wrapped its height is estimated, so the total is exact near what has
    been shown and close elsewhere; opening a huge article or jumping to its end costs one
    screen of wrapping, not the whole text.
    """

    def __init__(self, article: Article, width: int, notes: Notes | None = None) -> None:
        self.width = width
        self.notes = notes or {}
        self.blocks: list[Block] = []
        self._section_blocks: list[int] = []
        for index, section in enumerate(article.sections):
            self._section_blocks.append(len(self.blocks))
            self.blocks.extend(_section_blocks(article.text, section, index))
        # Anchors: each block's text offset, so that an offset finds its block by bisection.
        self._anchors: list[int] = []
        last = 0
        for block in self.blocks:
            last = block.anchor if block.anchor >= 0 else last
            self._anchors.append(last)
        self._wrapped: dict[int, list[Line]] = {}
        self._counts = [block.estimate(width) for block in self.blocks]
        self._starts: list[int] = []
        self._recount()

    def _recount(self) -> None:
        self._starts = list(accumulate(self._counts, initial=0))

    @property
    def total(self) -> int:
        return self._starts[-1]

    def _wrap(self, index: int) -> list[Line]:
        lines = self._wrapped.get(index)
        if lines is None:
            lines = self.blocks[index].lines(self.width, self.notes)
            self._wrapped[index] = lines
            if len(lines) != self._counts[index]:
                self._counts[index] = len(lines)
                self._recount()
        return lines

    def _block_at(self, line: int) -> int:
        return max(0, min(bisect_right(self._starts, line) - 1, len(self.blocks) - 1))

    def line(self, number: int) -> Line | None:
        """Line ``number`` (wrapping its block first), or ``None`` past the end."""
        while 0 <= number < self.total:
            index = self._block_at(number)
            lines = self._wrap(index)
            within = number - self._starts[index]
            if 0 <= within < len(lines):
                return lines[within]
        return None

    def line_of(self, offset: int) -> int:
        """The line that shows the character at ``offset`` (or the nearest before it)."""
        if not self.blocks:
            return 0
        index = max(bisect_right(self._anchors, offset) - 1, 0)
        lines = self._wrap(index)
        best = 0
        for number, line in enumerate(lines):
            if 0 <= line.start <= offset:
                best = number
        return self._starts[index] + best

    def section_line(self, section: int) -> int:
        """First line of section ``section``."""
        return self._starts[self._section_blocks[section]]

    def all_lines(self) -> list[Line]:
        """Every line, wrapping everything (for small articles and tests)."""
        for index in range(len(self.blocks)):
            self._wrap(index)
        return [line for index in range(len(self.blocks)) for line in self._wrapped[index]]
