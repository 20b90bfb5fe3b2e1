"""Article text is data: never markup, never terminal control codes, wherever it is shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import screen_text
from tests.ui.test_panel import _filled
from tests.ui.test_search_ui import _until_results
from tui.cli import build_parser, main, make_app
from tui.search import SearchIndex
from tui.widgets.search_bar import hit_row

HOSTILE = (
    "[bold]标题[/bold] [@click=app.quit]点我[/]\n"
    "导语，首席执行官[red]张伟[/red]表示，[link=https://example.com]链接[/link] 文本"
    "\x1b]0;PWNED\x07 和 \x1b[31m红色\x1b[0m\x1bP1;2q\x1b\\ 以及 \x08\x00\x9b 结束。\n"
    "[b]小标题\n"
    "正文 [/] 首席执行官张伟说，他会留下。\x07\r\n"
)
META = 'title = "[bold red]Meta[/] \\u001b]52;c;ZXZpbA==\\u0007 x"\nsource = "[link=x]src[/link]"\n'


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_bytes(HOSTILE.encode("utf-8"))
    path.with_suffix(".toml").write_text(META, encoding="utf-8")
    return path


def _no_controls(text: str) -> None:
    assert not any(ord(c) < 0x20 and c != "\n" for c in text), repr(text)
    assert not any(0x7F <= ord(c) <= 0x9F for c in text), repr(text)


async def test_what_reaches_the_screen_is_the_literal_text(hostile: Path) -> None:
    app = make_app(build_parser().parse_args([str(hostile)]))
    async with app.run_test(size=(140, 40)) as pilot:
        await _filled(app, pilot)
        await pilot.press("slash", *"[red]")
        await _until_results(app, pilot, "[red]")
        await pilot.pause()
        screen = screen_text(app)
        assert app.is_running  # [@click=app.quit] did not quit
    for literal in ("[bold]标题[/bold]", "[@click=app.quit]点我[/]", "[link=https://example.com]",
                    "[red]张伟[/red]", "[bold red]Meta[/]", "[link=x]src[/link]", "␛]0;PWNED␇", "␛[31m",
                    "/ [red]"):
        assert literal in screen, literal
    _no_controls(screen)
    assert "PWNED" not in app.title  # the metadata's OSC became visible text, not a title change
    assert "␛]52;c;" in app.title


def test_json_output_is_clean(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--extract", str(hostile)]) == 0
    document = json.loads(capsys.readouterr().out)
    for value in (document["article"]["title"], document["article"]["source"],
                  *(s["title"] for s in document["sections"])):
        _no_controls(value)
    assert document["article"]["title"].startswith("[bold red]Meta[/]")
    assert [p["name"] for p in document["people"]] == ["张伟"]
    assert main(["--search", "PWNED", str(hostile)]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all("␛" in h["snippet"] or "PWNED" in h["snippet"] for h in hits)
    for hit in hits:
        _no_controls(hit["snippet"])


def test_search_rows_are_plain_text(hostile: Path) -> None:
    from tui.article import load

    article = load(hostile)
    hit = SearchIndex(article).search("[/]")[0]
    row = hit_row(article.text, hit).text()
    assert "[/]" in row.plain
    _no_controls(row.plain)


def test_file_names_with_control_codes_cannot_drive_the_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "evil\x1b]0;title\x07.txt")]) == 2
    err = capsys.readouterr().err
    _no_controls(err.rstrip("\n"))
    assert "␛]0;title␇" in err
