"""The pure core never imports Textual, and an installed wheel carries its data."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT

UI = ("tui.app", "tui.commands", "tui.widgets", "tui.screens", "tui.__main__")
# Every module of the package but the UI's (found, not listed, so a new one is checked too).
CORE = sorted(
    ".".join(("tui", *path.relative_to(ROOT / "tui").with_suffix("").parts)).removesuffix(".__init__")
    for path in (ROOT / "tui").rglob("*.py")
)
CORE = [m for m in CORE if not m.startswith(UI)]


def test_core_modules_do_not_import_textual() -> None:
    code = "import sys\n" + "".join(f"import {m}\n" for m in CORE) + "print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# Loaded later or never on the way to the first frame: extraction, search, the palette's
# provider and the help screen.
HEAVY = ("jieba", "pycrfsuite", "pypinyin", "rapidfuzz", "lunardate", "tui.search", "tui.commands", "tui.screens.help",
         *(f"tui.extract.{m}" for m in ("people", "candidates", "forms", "epithets", "spans", "shapes", "foreign",
                                        "places", "titled", "lists", "introduced", "credits", "context", "tagger")))
FIRST_FRAME = f"""
import gc, sys
from tui.cli import build_parser, make_app
gc.disable()  # as the command line does while the reader starts
app = make_app(build_parser().parse_args([]))
def painted():
    print(sorted(m for m in {HEAVY!r} if m in sys.modules))
    app.set_timer(1.0, lambda: (print(gc.isenabled()), app.exit()))
app.call_later(lambda: app.call_after_refresh(painted))
app.run(headless=True, size=(160, 45))
"""


def test_nothing_heavy_is_imported_before_the_first_frame(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}  # no cache: the extraction path is taken
    result = subprocess.run([sys.executable, "-c", FIRST_FRAME], capture_output=True, text=True,
                            check=True, cwd=ROOT, env=env, timeout=120)
    modules, collecting = result.stdout.strip().splitlines()[-2:]
    assert modules == "[]"
    assert collecting == "True"  # garbage collection is back on once the article is up


def test_wheel_ships_articles_themes_and_config(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "tui/_data/articles/wsj-openai-departures.txt" in names
    assert "tui/_data/articles/wsj-openai-departures.toml" in names
    assert "tui/_data/config.toml" in names
    assert "tui/_data/themes/ink.toml" in names
    assert "tui/app.tcss" in names
    assert "tui/extract/person.crfsuite" in names and "tui/t2s.txt" in names  # the tagger and its fold table
    assert "tui/extract/person.places" in names  # and the places and bodies learned beside it
    # Installed outside the checkout, the reader still finds its article from any folder.
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = "from tui.resources import bundled_article; p = bundled_article(); print(p.is_file(), p)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": ""})
    assert result.stdout.startswith("True " + str(target))
