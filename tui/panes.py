"""How wide the side panes may be: the reading column keeps its minimum whatever the config says."""

from __future__ import annotations

MIN_TEXT = 30  # cells (15 Chinese characters): below this a line says too little to read


def pane_widths(total: int, sections: int, panel: int) -> tuple[int, int]:
    """The widths of the sections pane and the panel on a terminal ``total`` cells wide:
    the configured ones, shrunk in proportion when they would leave the text less than
    ``MIN_TEXT`` (and each at least 1, so a pane never vanishes without a key to bring it
    back)."""
    room = max(total - MIN_TEXT, 2)
    if sections + panel <= room:
        return sections, panel
    shrunk = max(1, sections * room // (sections + panel))
    return shrunk, max(1, room - shrunk)
