"""What the main screen looks like, in a dark and a light theme and at three sizes.

The people and events come from a fixed extraction (``tests/data/wsj-extraction.json``), so a
change to the extractor does not change these pictures. Update after an intended change with
``pytest tests/ui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import json

import pytest
from textual.widgets import Footer

from tests.conftest import DATA
from tui.app import ReaderApp
from tui.cli import build_parser, make_app
from tui.extract import Extraction
from tui.widgets.entities import EntityPanel


def _app(*args: str) -> ReaderApp:
    app = make_app(build_parser().parse_args(list(args)))
    fixed = json.loads((DATA / "wsj-extraction.json").read_text(encoding="utf-8"))
    app.session.extraction_arrived(Extraction.from_dict(fixed, app.article.text))
    return app


async def _until_filled(pilot) -> None:
    """Snapshots show the filled panel, never the (animated) loading state, and the footer
    (added after the first frame)."""
    while not pilot.app.query(EntityPanel):  # the screen composes after the app is up
        await pilot.pause(0.01)
    panel = pilot.app.query_one(EntityPanel)
    for _ in range(600):
        footers = pilot.app.query(Footer)
        if panel.filled and footers and footers.first().children:
            break
        await pilot.pause(0.05)
    await pilot.pause()


@pytest.mark.parametrize(("theme", "size"), [("ink", (120, 36)), ("paper", (160, 45)), ("ink", (80, 24)),
                                             ("paper", (64, 20))])
def test_main_screen(snap_compare, theme: str, size: tuple[int, int]) -> None:
    app = _app("--theme", theme)
    assert snap_compare(app, terminal_size=size, run_before=_until_filled)


def test_timeline_section(snap_compare) -> None:
    app = _app("--theme", "sepia")
    assert snap_compare(app, press=["2"], terminal_size=(120, 32), run_before=_until_filled)


def test_person_highlighted(snap_compare) -> None:
    async def choose(pilot) -> None:
        await _until_filled(pilot)
        await pilot.press("p", "down", "down", "enter")

    app = _app("--theme", "contrast")
    assert snap_compare(app, terminal_size=(140, 40), run_before=choose)
