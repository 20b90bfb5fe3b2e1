"""The command line without the UI: --extract JSON, --version, and exit status 2 on bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import BUNDLED
from tui import __version__
from tui.cli import build_parser, main, make_app, UsageError

PAGES = Path(__file__).resolve().parents[1] / "data" / "html"


def _extract(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["--extract", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_extract_prints_sections_with_offsets(capsys: pytest.CaptureFixture[str]) -> None:
    document = _extract(capsys)
    text = BUNDLED.read_text(encoding="utf-8")
    assert document["article"]["source"] == "WSJ"
    assert document["article"]["path"].endswith("wsj-openai-departures.txt")
    kinds = [s["kind"] for s in document["sections"]]
    assert kinds == ["lead", "timeline", "body", "body", "body", "appendix"]
    for section in document["sections"][1:5]:
        assert text[section["start"]:section["end"]].startswith(section["title"])
    appendix = document["sections"][-1]
    assert text[appendix["start"]:appendix["end"]].startswith("21224起")


def test_extract_other_article(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("导语，说明。\n小标题\n正文，说明。\n", encoding="gb18030")
    document = _extract(capsys, str(path))
    assert [s["title"] for s in document["sections"]] == ["导语", "小标题"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--extract", "/no/such/file.txt"], "no such file"),
        (["/no/such/file.txt"], "no such file"),
        (["--theme", "neon"], "unknown theme 'neon'; known themes: contrast, ink, paper, sepia"),
        (["--config", "/no/such/config.toml"], "no such config file"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    import gc

    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert gc.isenabled()  # paused for the start-up only; a usage error must not leave it off


def test_broken_config_exits_2_naming_the_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('theme = "ink"\nmax_width = [\n')
    assert main(["--config", str(config)]) == 2
    assert f"{config}:" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leaving:
        main(["--version"])
    assert leaving.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_unknown_theme_in_config_falls_back_with_a_notice(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('theme = "neon"\n')
    app = make_app(build_parser().parse_args(["--config", str(config)]))
    assert app.theme == "ink"
    assert any("unknown theme 'neon'" in n for n in app._notices)


def test_make_app_rejects_unknown_theme_argument() -> None:
    with pytest.raises(UsageError):
        make_app(build_parser().parse_args(["--theme", "neon"]))


def test_a_usage_error_starts_no_extraction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.extract import process

    started: list[object] = []
    monkeypatch.setattr(process, "Helper", lambda *args, **kwargs: started.append(args))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # nothing cached: extraction would be due
    with pytest.raises(UsageError):
        make_app(build_parser().parse_args(["--theme", "neon"]), extract_early=True)
    assert started == []


def test_extract_many_prints_one_line_an_article_in_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "b.txt").write_text("标题乙\n\n正文，记者王小明报道。\n", encoding="utf-8")
    (folder / "a.txt").write_text("标题甲\n\n正文，说明。\n", encoding="utf-8")
    (folder / "notes.md").write_text("不是文章", encoding="utf-8")
    shutil.copy(PAGES / "xinhuanet_1.html", folder / "c.html")
    assert main(["--extract", str(BUNDLED), str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    paths = [json.loads(line)["article"]["path"] for line in lines]
    assert paths == [str(BUNDLED), str(folder / "a.txt"), str(folder / "b.txt"), str(folder / "c.html")]
    assert len(json.loads(lines[0])["people"]) == 8
    page = json.loads(lines[3])
    assert page["article"]["title"] == "法国全国大罢工再次严重影响交通"
    assert page["article"]["published"] == "2019-12-10"
    assert {"马克龙", "菲利普", "唐霁"} <= {p["name"] for p in page["people"]}


def test_extract_many_reports_unreadable_files_and_goes_on(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    assert main(["--extract", str(missing), str(tmp_path / "binary.txt"), str(BUNDLED)]) == 1
    documents = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [set(d) for d in documents[:2]] == [{"article", "error"}] * 2
    assert "no such file" in documents[0]["error"] and documents[2]["article"]["title"].startswith("OpenAI")


def test_the_reader_opens_one_article_at_a_time(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(UsageError, match="one article at a time"):
        make_app(build_parser().parse_args([str(BUNDLED), str(BUNDLED)]))
