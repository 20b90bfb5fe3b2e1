"""Hostile files: special files, deep nesting, odd names and encodings, quadratic shapes."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import BUNDLED, ROOT
from tui.article import load, parse
from tui.cli import main
from tui.config import ConfigError, load_config
from tui.textio import normalise
from tui.themes import load_themes

TEXT = BUNDLED.read_text(encoding="utf-8")
# A hang guard, not a timing: the linear code needs well under a second for these inputs,
# the quadratic code it replaced needed minutes.
HANG = 60


def _fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


def _in_time(work, seconds: float = HANG):
    """Run ``work`` in a thread; fail (instead of hanging the suite) if it does not return."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # handed to the test's own thread
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "/dev/urandom"])
def test_special_files_as_article_are_refused(tmp_path: Path, capsys, special: str) -> None:
    path = _fifo(tmp_path, "a.txt") if special == "fifo" else Path(special)
    assert _in_time(lambda: main(["--extract", str(path)])) == 2
    err = capsys.readouterr().err
    assert "not a regular file" in err and err.count("\n") == 1


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_special_files_as_config_are_refused(tmp_path: Path, special: str) -> None:
    path = _fifo(tmp_path, "config.toml") if special == "fifo" else Path(special)
    with pytest.raises(ConfigError, match="not a regular file"):
        _in_time(lambda: load_config(str(path)))


def test_special_file_as_theme_is_skipped(tmp_path: Path) -> None:
    themes, notices = _in_time(lambda: load_themes([_fifo(tmp_path, "evil.toml"), ROOT / "themes" / "ink.toml"]))
    assert [t.name for t in themes] == ["ink"] and "not a regular file" in notices[0]


def test_special_file_as_metadata_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    _fifo(tmp_path, "a.toml")
    assert _in_time(lambda: load(tmp_path / "a.txt")).text == TEXT


@pytest.mark.parametrize("nested", ["a = " + "[" * 100_000 + "]" * 100_000, "a = " + "{b = " * 5000 + "1" + "}" * 5000,
                                    "[" * 100_000])
def test_deeply_nested_toml_is_a_message(tmp_path: Path, nested: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(nested, encoding="utf-8")
    with pytest.raises(ConfigError, match="nested"):
        load_config(str(path))


def test_deeply_nested_metadata_is_a_message(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.toml").write_text("title = " + "[" * 50_000, encoding="utf-8")
    assert main(["--extract", str(tmp_path / "a.txt")]) == 2
    assert "nested" in capsys.readouterr().err


def test_brackets_inside_strings_are_not_nesting(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = "paper" # [[[[' + "[" * 100 + '\n# "' + "{" * 100 + "\n", encoding="utf-8")
    assert load_config(str(path))[0].theme == "paper"


def test_article_named_like_metadata_is_read_as_an_article(tmp_path: Path) -> None:
    path = tmp_path / "notes.toml"
    path.write_text("标题\n\n正文第一段，王小明表示同意。\n", encoding="utf-8")
    assert load(path).title == "标题"


def test_empty_article_name_is_refused(capsys) -> None:
    assert main(["--extract", ""]) == 2
    assert "empty name" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-32-be", "utf-32-le"])
def test_utf32_with_bom_opens(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    bom = codecs.BOM_UTF32_BE if encoding.endswith("be") else codecs.BOM_UTF32_LE
    path.write_bytes(bom + TEXT.encode(encoding))
    assert load(path).text == TEXT


def test_unterminated_escape_introducers_read_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(("\x1b]0;标题" + "文字" * 500 + "\n") * 8000, encoding="utf-8")  # 8 MB
    article = _in_time(lambda: load(path))
    assert "\x1b" not in article.text and article.text.count("\u241b]0;") == 8000


def test_joiners_and_reordering_marks_become_inert() -> None:
    from rich.cells import cell_len

    text = normalise("中\u200d文 👨\u200d👩\u200d👧 ❤\ufe0f a\u202eb\u2066c")
    assert not {"\u200d", "\ufe0f", "\u202e", "\u2066"} & set(text)
    assert cell_len(text) == sum(cell_len(c) for c in text)  # measured as terminals draw it


def test_helper_ignores_modules_in_the_working_folder(tmp_path: Path, monkeypatch) -> None:
    from tui.extract.process import Helper

    marker = tmp_path / "ran"
    for name in ("jieba", "queue", "random", "pickle", "tui"):
        (tmp_path / f"{name}.py").write_text(f"open({str(marker)!r}, 'a').write('{name} ')\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    helper = Helper(load(BUNDLED), use_cache=False)
    result = helper.result(progress=lambda _done: None, cancelled=lambda: False)
    assert result is not None and len(result.people) == 8
    assert not marker.exists()


def test_no_home_runs_without_user_folders(tmp_path: Path, monkeypatch, capsys) -> None:
    import pwd

    def no_entry(_uid: int):
        raise KeyError("no passwd entry")

    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    monkeypatch.chdir(tmp_path)
    from tests.ui.test_reader import reader_app

    assert reader_app().article.title.startswith("OpenAI")
    assert main(["--search", "OpenAI"]) == 0
    assert '"exact"' in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []  # no "~" folder made in the working folder


def test_output_errors_are_one_line_and_status_1(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "tui", "--extract", str(BUNDLED)]
    closed = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    closed.stdout.close()  # the reader of the output is gone before anything is written
    err = closed.stderr.read().decode()
    assert closed.wait(timeout=120) == 1 and err.count("\n") == 1 and "Traceback" not in err
    for stdout in (open("/dev/full", "wb"), subprocess.DEVNULL):
        run = subprocess.run(command if stdout is not subprocess.DEVNULL else
                             [sys.executable, "-c", "import os, sys; os.close(1); sys.stdout = None; "
                              "from tui.cli import main; sys.exit(main(sys.argv[1:]))", "--extract", str(BUNDLED)],
                             env=env, stdout=stdout, stderr=subprocess.PIPE, timeout=120)
        assert run.returncode == 1 and run.stderr.decode().count("\n") == 1, run.stderr.decode()


def test_extraction_of_one_line_repeated_is_linear() -> None:
    from tui.extract import extract

    article = parse("导语\n" + "王小明表示同意。\n" * 40_000)  # the old extractor needed minutes
    result = _in_time(lambda: extract(article))
    assert [p.name for p in result.people] == ["王小明"] and len(result.people[0].mentions) == 40_000
