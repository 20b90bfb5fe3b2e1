"""Every cell has a background from the theme: readable on a dark and on a light terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import BUNDLED, screen_text, until
from tests.ui.test_panel import _filled
from tests.ui.test_search_ui import _until_results
from tests.ui.test_snapshots import _app
from tui.cli import main
from tui.screens.library import LibraryScreen

BUNDLED_THEMES = ["ink", "paper", "sepia", "contrast"]


def _default_cells(app) -> list[tuple[int, str]]:
    strips = app.screen._compositor.render_strips()
    return [(y, segment.text) for y, strip in enumerate(strips) for segment in strip
            if segment.style is None or segment.style.bgcolor is None or segment.style.bgcolor.is_default]


def _luminance(colour) -> float:
    channels = [c / 255 for c in colour.get_truecolor()]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _faint_text(app, least: float = 3.0) -> list[tuple[float, str]]:
    """Text whose contrast with its background is under ``least`` (WCAG's ratio; 3 is the
    floor for large text and interface parts). Box and bar characters are left out."""
    faint = []
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            style, text = segment.style, segment.text
            if style is None or style.color is None or style.bgcolor is None \
                    or all(c == " " or 0x2500 <= ord(c) <= 0x259F for c in text):
                continue
            fg, bg = (style.bgcolor, style.color) if style.reverse else (style.color, style.bgcolor)
            light, dark = sorted([_luminance(fg), _luminance(bg)], reverse=True)
            ratio = (light + 0.05) / (dark + 0.05)
            if ratio < least:
                faint.append((round(ratio, 2), text))
    return faint


@pytest.mark.parametrize("theme", BUNDLED_THEMES)
async def test_each_bundled_theme_paints_every_cell_of_every_pane(theme: str) -> None:
    app = _app("--theme", theme)
    async with app.run_test(size=(120, 36)) as pilot:
        await _filled(app, pilot)
        await pilot.pause()
        assert _default_cells(app) == []
        await pilot.press("p", "down", "enter")  # a chosen person's marks
        await pilot.press("slash", *"OpenAI")  # matches and the result list
        await _until_results(app, pilot, "OpenAI")
        await pilot.pause()
        assert _default_cells(app) == []
        assert _faint_text(app) == []  # matches, the current one and the panel all readable
        await pilot.press("escape", "o", "e")  # the sections drawer and the events tab
        await pilot.pause()
        assert _default_cells(app) == []


async def test_textual_themes_offered_paint_every_cell_too() -> None:
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _filled(app, pilot)
        await pilot.press("p", "down", "enter")
        offered = sorted(set(app.available_themes) - set(BUNDLED_THEMES))
        assert "ansi-dark" not in offered and "textual-light" in offered
        for name in offered:
            app.theme = name
            await pilot.pause()
            assert _default_cells(app) == [], name


@pytest.mark.parametrize("theme", BUNDLED_THEMES)
async def test_each_bundled_theme_paints_the_library_screen(theme: str) -> None:
    page = Path(__file__).resolve().parents[1] / "data" / "html" / "xinhuanet_1.html"
    assert main(["add", str(BUNDLED), str(page)]) == 0
    app = _app("--theme", theme)  # no article named, two kept: the library comes first
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and "文库" in screen_text(app))
        assert _default_cells(app) == []
        assert _faint_text(app) == []
        await pilot.press(*"zzzz")  # nothing matches: the notice fills the pane
        await pilot.pause()
        assert _default_cells(app) == []
