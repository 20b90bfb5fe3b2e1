"""Small terminals and terminals without colour."""

from __future__ import annotations

import pytest

from tests.conftest import screen_text
from tests.ui.test_reader import reader_app


async def test_tiny_terminal_says_so_and_recovers() -> None:
    app = reader_app()
    async with app.run_test(size=(20, 6)) as pilot:
        await pilot.pause()
        assert app.query_one("#too-small").display and not app.query_one("#main").display
        assert "40×12" in screen_text(app)
        await pilot.press("j", "G", "slash", "p", "question_mark")  # keys do no harm
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert not app.query_one("#too-small").display and app.query_one("#main").display
        assert "今年" in screen_text(app)  # the text is back


@pytest.mark.parametrize("size", [(40, 12), (41, 13), (39, 30), (200, 11)])
async def test_edge_sizes_do_not_crash(size: tuple[int, int]) -> None:
    app = reader_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("G", "right_square_bracket", "t")
        await pilot.pause()
        assert app.is_running


async def test_no_color_still_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.no_color
        assert "今年" in screen_text(app)
