"""Config and themes as a person edits them: mistakes get messages, never tracebacks, and the
reader starts wherever it safely can. It never writes to the user's config."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.test_reader import reader_app
from tui.cli import main


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("max_width = \n", ":1: "),
        ("[[[\n", ":1: "),
        ('panel_width = "wide"\n', ":1: 'panel_width' must be a whole number"),
        ("sections_width = 1000\n", ":1: 'sections_width' must be between 10 and 80"),
        ("cache = 1\n", ":1: 'cache' must be true or false"),
        ("\xff\xfe", "is not UTF-8 text"),
    ],
)
def test_broken_config_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              content: str, message: str) -> None:
    config = tmp_path / "config.toml"
    config.write_bytes(content.encode("latin-1"))
    assert main(["--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and message in err and err.count("\n") == 1


async def test_unknown_keys_and_theme_are_notices_and_the_reader_starts(
        tmp_path: Path, isolated_home: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('theme = "neon"\ncolour = "red"\n')
    before = config.stat().st_mtime_ns, config.read_bytes()
    themes = isolated_home / "config" / "openai-reader" / "themes"
    themes.mkdir(parents=True)
    (themes / "broken.toml").write_text('name = "broken"\n[colors]\nprimary = "nope"\n')
    (themes / "mine.toml").write_text('name = "mine"\ndark = false\n[colors]\nprimary = "#336699"\n')
    app = reader_app("--config", str(config))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "ink"  # fell back to the default
        assert "mine" in app.theme_names and "broken" not in app.theme_names
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "unknown setting 'colour'" in messages
        assert "unknown theme 'neon'" in messages
        assert "broken.toml" in messages
    assert (config.stat().st_mtime_ns, config.read_bytes()) == before  # never rewritten


def test_config_path_that_is_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
