"""What the main screen looks like, in a dark and a light theme and at two sizes.

Update after an intended change with ``pytest tests/ui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import pytest

from tui.cli import build_parser, make_app


@pytest.mark.parametrize(("theme", "size"), [("ink", (120, 36)), ("paper", (120, 36)), ("ink", (80, 24))])
def test_main_screen(snap_compare, theme: str, size: tuple[int, int]) -> None:
    app = make_app(build_parser().parse_args(["--theme", theme]))
    assert snap_compare(app, terminal_size=size)


def test_timeline_section(snap_compare) -> None:
    app = make_app(build_parser().parse_args(["--theme", "sepia"]))
    assert snap_compare(app, press=["2"], terminal_size=(100, 30))
