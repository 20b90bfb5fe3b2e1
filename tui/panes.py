"""Which side panes stand beside the text, and how wide: the reading column comes first.

A pane stands beside the text only while the text keeps ``MIN_TEXT`` cells; otherwise it is a
drawer, hidden until its key opens it and closed again with ``escape``. The people panel has
the first claim on the room left over (it is what the reader is for), the sections pane the
second (``[``, ``]`` and the number keys move between sections without it).
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_TEXT = 63  # cells of the reading pane beside the panes: 60 of text (30 Chinese characters), 3 of margins and scroll bar
MIN_OPEN_TEXT = 30  # cells the text keeps while a drawer is open over a narrow terminal
MIN_PANEL, MIN_SECTIONS = 20, 16  # narrower than this a pane says too little to stand beside the text


@dataclass(frozen=True)
class Panes:
    """Widths in cells; 0 means the pane is hidden."""

    sections: int
    panel: int


def arrange(total: int, sections: int, panel: int, *, want_sections: bool | None = None,
            want_panel: bool | None = None) -> Panes:
    """The panes of a terminal ``total`` cells wide, with the configured widths ``sections``
    and ``panel``. ``want_*`` is the reader's own choice (shown or hidden); ``None`` leaves it
    to the room there is beside the text once the chosen panes have theirs."""
    widths = {"panel": panel if want_panel else 0, "sections": sections if want_sections else 0}
    room = total - MIN_TEXT - sum(widths.values())
    for name, want, least in (("panel", want_panel, MIN_PANEL), ("sections", want_sections, MIN_SECTIONS)):
        if want is None and room >= least:
            widths[name] = min(widths[name] or (panel if name == "panel" else sections), room)
            room -= widths[name]
    # A pane opened on purpose on a narrow terminal still leaves the text something to read.
    spare = max(total - MIN_OPEN_TEXT, 2)
    left, right = widths["sections"], widths["panel"]
    if left + right > spare:
        if left and right:
            left = max(1, left * spare // (left + right))
            right = max(1, spare - left)
        else:
            left, right = min(left, spare), min(right, spare)
    return Panes(left, right)
