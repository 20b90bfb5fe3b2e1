"""Files of every kind either open correctly or get one line and exit status 2."""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest

from tests.conftest import BUNDLED
from tui.article import load
from tui.cli import UsageError, build_parser, main, make_app
from tui.layout import ArticleLayout
from tui.search import SearchIndex
from tui.textio import ArticleError

TEXT = BUNDLED.read_text(encoding="utf-8")


def _fails_cleanly(capsys: pytest.CaptureFixture[str], path: Path, message: str) -> None:
    with pytest.raises(UsageError, match=message):  # what `openai-reader FILE` reports
        make_app(build_parser().parse_args([str(path)]))
    for argv in (["--extract", str(path)], ["--search", "x", str(path)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("openai-reader: ") and message in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(" \n\r\n\t\u3000\n".encode("utf-8")), "empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000)), "binary"),
        (lambda p: p.write_bytes(random.Random(7).randbytes(20000)), "binary"),
        (lambda p: p.write_bytes(bytes(b | 0x80 for b in random.Random(8).randbytes(20000))), "binary"),
    ],
)
def test_unusable_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], make, message: str) -> None:
    path = tmp_path / "article.txt"
    make(path)
    _fails_cleanly(capsys, path, message)


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("正文。")

    real_open = os.open

    def refuse(name, *args, **kwargs):  # root reads any file: refuse this one by hand
        if Path(name) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    _fails_cleanly(capsys, path, "permission denied")


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda t: t.encode("gb18030"), "gb18030"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
)
def test_encodings_open_without_mojibake(tmp_path: Path, encode, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(encode(TEXT))
    article = load(path)
    assert article.encoding == encoding
    assert article.text == TEXT
    assert [s.kind for s in article.sections] == ["lead", "timeline", "body", "body", "body", "appendix"]


def test_big5_opens(tmp_path: Path) -> None:
    text = "臺北報導\n立法院長今天表示，預算將在下週審議。\n各黨團\n國民黨團總召說，會全力配合。\n"
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    assert load(path).text == text


def test_invalid_bytes_are_replaced_visibly(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(TEXT.encode("utf-8")[:3000] + b"\xff\xfe\xc0" + TEXT.encode("utf-8")[3000:6000])
    article = load(path)
    assert "\ufffd" in article.text  # shown, not silently dropped
    assert article.text.startswith(TEXT[:500])


def test_ten_megabyte_article_opens_and_shows_its_first_screen(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    copies = 10_000_000 // len(TEXT.encode("utf-8")) + 1
    path.write_text("\n".join([TEXT] * copies), encoding="utf-8")
    assert os.path.getsize(path) >= 10_000_000
    article = load(path)
    layout = ArticleLayout(article, 76)
    assert layout.line(0) is not None and layout.line(layout.total - 1) is not None
    assert len(layout._wrapped) < 20  # only what was looked at was laid out


def test_megabyte_paragraph_without_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "para.txt"
    path.write_text("导语。\n" + "很长的段落没有换行" * 120_000 + "\n", encoding="utf-8")
    article = load(path)
    layout = ArticleLayout(article, 60)
    middle = len(article.text) // 2
    line = layout.line(layout.line_of(middle))
    assert line is not None and line.start <= middle <= line.end
    assert SearchIndex(article).search("段落没有")  # search copes too


@pytest.mark.parametrize(
    "text",
    [
        "第一个标题\n第二个标题\n第三个标题\n",
        "2023年1月1日\n事情发生。\n2023年2月1日\n另一件事。\n",
        "21224起\n融资事件\n4358.73亿元\n融资总金额\n11657家\n企业\n",
        "标题\n",
    ],
    ids=["only-headings", "only-timeline", "only-appendix", "one-line"],
)
def test_odd_shapes_open(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    path = tmp_path / "odd.txt"
    path.write_text(text, encoding="utf-8")
    article = load(path)
    assert article.sections and "".join(p.text for p in article.paragraphs)
    assert main(["--extract", str(path)]) == 0
    assert '"sections"' in capsys.readouterr().out


def test_loading_never_raises_anything_but_article_error(tmp_path: Path) -> None:
    rng = random.Random(3)
    for index in range(30):
        path = tmp_path / f"junk{index}.txt"
        path.write_bytes(rng.randbytes(rng.randrange(0, 3000)))
        try:
            load(path)
        except ArticleError:
            pass
