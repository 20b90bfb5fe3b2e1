"""Emoji, combining marks, zero-width characters, full-width Latin, right-to-left text,
ambiguous-width punctuation, long words and URLs: layout stays in its pane, nothing raises."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tests.ui.test_panel import _filled
from tui.article import parse
from tui.extract import extract
from tui.layout import ArticleLayout
from tui.search import SearchIndex

ODD = (
    "表情👍🏽与家庭👨‍👩‍👧，组合字符 é́ 和零宽\u200b空格\u200d连接。\n"
    "ＦＵＬＬ　ＷＩＤＴＨ 全角拉丁，以及 עברית مرحبا 从右到左的文字。\n"
    "小标题“引号”…——\n"
    "一个很长的词 Pneumonoultramicroscopicsilicovolcanoconiosis 和网址 "
    "https://example.com/a/very/long/path/that/never/ends/" + "x" * 120 + " 结束。\n"
    "首席执行官约翰·史密斯表示👍，一切顺利。\n"
)


@pytest.mark.parametrize("width", [10, 17, 40, 76])
def test_lines_stay_inside_the_width(width: int) -> None:
    layout = ArticleLayout(parse(ODD), width)
    for line in layout.all_lines():
        assert sum(cell_len(run.text) for run in line.runs) <= width, line


def test_extraction_and_search_cope() -> None:
    article = parse(ODD)
    extraction = extract(article)
    assert "约翰·史密斯" in [p.name for p in extraction.people]
    index = SearchIndex(article, extraction.people)
    for query in ("👍", "ＦＵＬＬ", "full width", "עברית", "…", "https", "x" * 50, "\u200b", "é́"):
        for hit in index.search(query):
            assert article.text[hit.start:hit.end] == hit.text


async def test_the_reader_draws_them_inside_its_panes(tmp_path) -> None:
    from tests.conftest import screen_text
    from tui.cli import build_parser, make_app

    path = tmp_path / "odd.txt"
    path.write_text(ODD, encoding="utf-8")
    app = make_app(build_parser().parse_args([str(path)]))
    async with app.run_test(size=(80, 24)) as pilot:
        await _filled(app, pilot)
        for row in screen_text(app).split("\n"):
            assert cell_len(row) <= 80
