"""The library's command line: add, library, export and open, on a real library file."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import BUNDLED
from tui.cli import main, make_app

PAGES = Path(__file__).resolve().parents[1] / "data" / "html"


def _listed(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    assert main(["library", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_add_keeps_files_and_pages_with_their_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(PAGES / "xinhuanet_1.html", folder / "strike.html")
    assert main(["add", str(BUNDLED), str(folder), "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert [item["new"] for item in added] == [True, True]
    entries = {entry["title"]: entry for entry in _listed(capsys)}
    strike = entries["法国全国大罢工再次严重影响交通"]
    assert set(strike) == {"id", "title", "source", "published", "location", "progress", "people", "pending"}
    assert strike["published"] == "2019-12-10" and strike["source"] == "新华网"
    assert strike["location"] == str((folder / "strike.html").resolve())
    assert "马克龙" in strike["people"]
    assert entries["OpenAI高管离职潮：转型正在撕裂这家公司"]["people"][0] == "山姆·奥特曼"
    assert main(["add", str(BUNDLED)]) == 0
    assert "already kept" in capsys.readouterr().out


def test_add_goes_on_after_a_bad_source_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["add", str(tmp_path / "missing.txt"), str(BUNDLED)]) == 1
    captured = capsys.readouterr()
    assert "no such file" in captured.err and "added" in captured.out


def test_export_writes_markdown_with_people_and_timeline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["add", str(BUNDLED), "--json"])
    [added] = json.loads(capsys.readouterr().out)
    out = tmp_path / "a.md"
    assert main(["export", str(added["id"]), "--format", "md", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# OpenAI高管离职潮：转型正在撕裂这家公司\n")
    assert "## 03 高层戏剧" in text and "## 附录" in text
    assert "| 山姆·奥特曼 | 奥特曼 | 首席执行官 | 15 |" in text
    assert "## 时间线" in text
    # (a timeline's entries listed once, each after its date, not again as paragraphs)
    assert "\n\n2023年11月17日\n\n" not in text and "- **2023年11月17日** 山姆·奥特曼被OpenAI董事会罢免" in text
    assert main(["export", str(added["id"])]) == 0
    assert capsys.readouterr().out == text


def test_unknown_ids_are_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "99"]) == 2
    assert "no article 99" in capsys.readouterr().err
    assert main(["open", "99"]) == 2
    assert "no article 99" in capsys.readouterr().err


def test_without_an_argument_the_article_read_last_reopens(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("另一篇\n\n记者王小明报道，今天天气很好。\n", encoding="utf-8")
    first = make_app(build_args([str(other)]))
    first.session.leave(5, 0.3)  # read a little of it
    first.session.library.close()
    again = make_app(build_args([]))
    assert again.session.article.title == "另一篇"
    assert again.session.start_place == 5


def build_args(articles: list[str]) -> argparse.Namespace:
    from tui.cli import build_parser

    return build_parser().parse_args(articles)
