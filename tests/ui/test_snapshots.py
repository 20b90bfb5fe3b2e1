"""What the main screen looks like, in a dark and a light theme and at two sizes.

Update after an intended change with ``pytest tests/ui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import pytest
from textual.widgets import Footer

from tui.cli import build_parser, make_app
from tui.widgets.entities import EntityPanel


async def _until_filled(pilot) -> None:
    """Snapshots show the filled panel, never the (animated) loading state, and the footer
    (added after the first frame)."""
    panel = pilot.app.query_one(EntityPanel)
    for _ in range(600):
        footers = pilot.app.query(Footer)
        if panel.filled and footers and footers.first().children:
            break
        await pilot.pause(0.05)
    await pilot.pause()


@pytest.mark.parametrize(("theme", "size"), [("ink", (120, 36)), ("paper", (160, 45)), ("ink", (80, 24))])
def test_main_screen(snap_compare, theme: str, size: tuple[int, int]) -> None:
    app = make_app(build_parser().parse_args(["--theme", theme]))
    assert snap_compare(app, terminal_size=size, run_before=_until_filled)


def test_timeline_section(snap_compare) -> None:
    app = make_app(build_parser().parse_args(["--theme", "sepia"]))
    assert snap_compare(app, press=["2"], terminal_size=(120, 32), run_before=_until_filled)


def test_person_highlighted(snap_compare) -> None:
    async def choose(pilot) -> None:
        await _until_filled(pilot)
        await pilot.press("p", "down", "down", "enter")

    app = make_app(build_parser().parse_args(["--theme", "contrast"]))
    assert snap_compare(app, terminal_size=(140, 40), run_before=choose)
