"""Decoding article files: encodings, line ends and characters that must stay inert."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tui.textio import ArticleError, DecodedText, decode_article, is_inert_line, normalise, read_article_bytes


def _read(path: Path) -> DecodedText:
    return decode_article(read_article_bytes(path), str(path))


SAMPLE = "北京时间周三，首席执行官张伟表示：“我们会继续。”\n第二段落。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        (SAMPLE.encode("gbk"), "gb18030"),
        ("臺灣時間週三，執行長張偉表示：「我們會繼續。」\n第二段落。\n".encode("big5"), "big5"),
        (SAMPLE.encode("utf-16"), "utf-16"),
    ],
)
def test_encodings_decode_to_the_same_characters(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    decoded = _read(path)
    assert decoded.encoding == encoding
    assert "第二段落。" in decoded.text
    assert "\ufffd" not in decoded.text


def test_big5_is_not_mistaken_for_gbk(tmp_path: Path) -> None:
    text = "臺灣時間週三，執行長張偉表示：「我們會繼續。」" * 3
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    assert _read(path).text == text


def test_crlf_and_cr_become_lf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("一行。\r\n二行。\r三行。\r\n".encode())
    assert _read(path).text == "一行。\n二行。\n三行。\n"


def test_corpus_gb18030_private_use_separator_becomes_paragraph_breaks() -> None:
    path = Path(__file__).parent.parent / "data" / "05_sichuan_cuiyongyuan.gbk.txt"
    decoded = _read(path)
    assert decoded.encoding == "gb18030"
    assert "\ue40c" not in decoded.text
    assert decoded.text.count("\n") > 15
    assert decoded.text.startswith("崔永元请农民工吃饭")


def test_control_characters_become_visible_placeholders_of_the_same_length() -> None:
    raw = "标题\x1b]0;pwned\x07正文\x1b[31m红\x08\x00\x9b尾"
    clean = normalise(raw)
    assert len(clean) == len(raw)
    assert not any(ord(c) < 0x20 and c != "\n" for c in clean)
    assert not any(0x7F <= ord(c) <= 0x9F for c in clean)
    assert "␛]0;pwned␇" in clean
    assert clean.startswith("标题") and clean.endswith("尾")


def test_invalid_utf8_is_replaced_visibly_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("前文。".encode() + b"\xff" + "后文。".encode() * 30)
    text = _read(path).text
    assert "前文。" in text and "后文。" in text


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"  \n\t\n"), "empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), "binary"),
    ],
)
def test_unusable_files_get_one_clear_message(tmp_path: Path, setup, message: str) -> None:
    path = tmp_path / "article.txt"
    setup(path)
    with pytest.raises(ArticleError, match=message) as caught:
        _read(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("text", ["米拉·穆拉提", "Mira Murati", "", "a b", "x\u00a0y", "零\u200b宽",
                                  "两\n行", "制\t表", "\x1b[31m", "\u202e倒", "表\ufe0f", "连\u200d字",
                                  "\ue000", "段\u2028落"])
def test_inert_line_check_agrees_with_normalise(text: str) -> None:
    # Cached names and labels are accepted only when normalising would leave them unchanged.
    assert is_inert_line(text) == ("\n" not in text and normalise(text) == text)
