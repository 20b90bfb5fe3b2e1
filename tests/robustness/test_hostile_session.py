"""The reader as a process and as a screen: crashes, signals, broken themes, odd widths and keys."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from textual import events
from textual.command import CommandPalette

from tests.conftest import ROOT, screen_text, until
from tests.ui.test_reader import reader_app
from tui.article import parse
from tui.search import SearchIndex
from tui.widgets.article_view import ArticleView


def _run_in_terminal(code: str, env: dict[str, str], *, signal_after: int | None = None) -> tuple[int, str]:
    """Run the reader under a pseudo-terminal (80x24); return its exit status and all it wrote.
    With ``signal_after``, that signal is sent once the screen has been drawn."""
    master, slave = pty.openpty()
    process = subprocess.Popen([sys.executable, "-c", code], stdin=slave, stdout=slave, stderr=slave,
                               env={**os.environ, **env, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color",
                                    "COLUMNS": "80", "LINES": "24"}, close_fds=True, start_new_session=True)
    os.close(slave)
    output = b""
    deadline = time.monotonic() + 120
    sent = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        if signal_after is not None and not sent and "导语".encode() in output:
            time.sleep(0.5)
            process.send_signal(signal_after)
            sent = True
        if process.poll() is not None and not ready:
            break
    os.close(master)
    return process.wait(timeout=30), output.decode("utf-8", errors="replace")


def test_a_crash_exits_1_with_one_line_naming_the_log(tmp_path: Path) -> None:
    code = ("import sys, tui.screens.reader as r\n"
            "def boom(self): raise ZeroDivisionError('deliberate')\n"
            "r.ReaderScreen._after_first_paint = boom\n"
            "from tui.cli import main\nsys.exit(main([]))\n")
    status, output = _run_in_terminal(code, {"XDG_STATE_HOME": str(tmp_path)})
    log = tmp_path / "openai-reader" / "crash.log"
    assert status == 1
    assert "ZeroDivisionError: deliberate" in log.read_text(encoding="utf-8")
    assert f"details are in {log}" in output and "Traceback" not in output


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_signals_give_the_terminal_back(number: int) -> None:
    status, output = _run_in_terminal("import sys\nfrom tui.cli import main\nsys.exit(main([]))\n", {},
                                      signal_after=number)
    assert status == 128 + number
    tail = output[output.rindex("导语"):]
    assert "\x1b[?1049l" in tail  # back from the alternate screen
    assert "\x1b[?1000l" in tail  # mouse reporting off


async def test_theme_with_a_bad_variable_is_a_notice(tmp_path: Path, monkeypatch) -> None:
    themes = tmp_path / "openai-reader" / "themes"
    themes.mkdir(parents=True)
    (themes / "bad.toml").write_text('name = "bad"\n[colors]\nprimary = "#7aa2d6"\n[variables]\n'
                                     'footer-key-foreground = "}}} not a colour"\n', encoding="utf-8")
    (tmp_path / "openai-reader" / "config.toml").write_text('theme = "bad"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "ink" and "bad" not in app.theme_names
        assert any("bad.toml" in str(n.message) for n in app._notifications)


async def test_palette_paging_before_its_first_layout() -> None:
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.post_message(events.Key("ctrl+p", None))  # both in one read, as a terminal sends them
        app.post_message(events.Key("pageup", None))
        await until(pilot, lambda: CommandPalette.is_open(app))
        await pilot.pause()
        assert app.is_running


async def test_configured_widths_leave_the_text_room(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("sections_width = 80\npanel_width = 100\n", encoding="utf-8")
    app = reader_app("--config", str(config))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert app.query_one(ArticleView).size.width >= 30
        assert "在不到两年" in screen_text(app)
        await pilot.resize_terminal(300, 40)
        await pilot.pause()
        assert app.query_one("#panel").outer_size.width == 100  # room again: the configured width


def test_search_results_never_hold_a_line_break() -> None:
    index = SearchIndex(parse("导语\n他说苏茨\n克维来了。苏茨克维说。\n"))
    hits = index.search("苏茨克佛")
    assert hits and all("\n" not in h.text and "\n" not in h.snippet for h in hits)
    assert all("\n" not in h.snippet for h in index.search("来了"))


def test_a_4500_letter_pinyin_query_is_answered() -> None:
    index = SearchIndex(parse("导语\n" + "中国" * 3000 + "\n"))
    hits = index.search("zhongguo" * 560)
    assert hits and hits[0].end - hits[0].start == 1120
    assert index.search("zhong" * 900 + "x") == []


def test_search_on_a_long_run_of_latin_letters_is_linear() -> None:
    from tests.robustness.test_hostile_files import _in_time

    article = parse("导语\n" + "a" * 100_000 + "\n")
    index = _in_time(lambda: SearchIndex(article))
    assert [h.start for h in index.search("a" * 100_000)] == [3]


def test_the_reader_ends_when_its_terminal_goes_away() -> None:
    master, slave = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "tui"], stdin=slave, stdout=slave, stderr=slave,
                               env={**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"},
                               start_new_session=True, preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 60
    while "导语".encode() not in seen and time.monotonic() < deadline:
        if select.select([master], [], [], 0.1)[0]:
            seen += os.read(master, 65536)
    os.close(master)  # the terminal hangs up: the kernel sends SIGHUP
    assert process.wait(timeout=20) == 128 + signal.SIGHUP
