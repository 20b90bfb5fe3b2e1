"""Shared fixtures. Every test runs with its own empty config and cache folders, so that a
developer's own settings never leak into the results."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui import strings

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
BUNDLED = ROOT / "articles" / "wsj-openai-departures.txt"


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One extraction cache for the session: the reader's own, never the developer's."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                  shared_cache: Path) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))  # a library of the test's own
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared_cache))
    monkeypatch.delenv("OPENAI_READER_CONFIG", raising=False)
    # The interface in Chinese (the locale decides it), whatever the machine's locale is.
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    strings.use(None)
    return home


@pytest.fixture
def bundled_text() -> str:
    return BUNDLED.read_text(encoding="utf-8")


def screen_text(app) -> str:
    """The characters on the screen, row by row, as a terminal would show them."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


async def until(pilot, condition, seconds: float = 30.0) -> None:
    """Let the app run until ``condition()`` holds (workers answer when they answer)."""
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    assert condition(), "the app never got there"


def palette_offers(app, text: str) -> bool:
    """Is the command palette's highlighted entry (the one ``enter`` runs) about ``text``?"""
    from textual.command import CommandList

    lists = app.screen.query(CommandList)
    if not lists or lists.first().highlighted is None:
        return False
    command_list = lists.first()
    return text in str(command_list.get_option_at_index(command_list.highlighted).prompt)
