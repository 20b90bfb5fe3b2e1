"""Laying text out in terminal cells: CJK width, line-start rules, offsets."""

from __future__ import annotations

from rich.cells import cell_len

from tests.conftest import BUNDLED
from tui.article import load, parse
from tui.layout import layout_article, wrap


def test_wrapped_lines_fit_and_cover_the_text() -> None:
    text = "首席技术官米拉·穆拉提是今年离职的20多位OpenAI研究人员和高管之一，包括几位联合创始人。"
    for width in (10, 17, 30, 80):
        pieces = wrap(text, width)
        assert all(cell_len(text[s:e]) <= width for s, e in pieces)
        assert "".join(text[s:e] for s, e in pieces) == text


def test_closing_punctuation_never_starts_a_line() -> None:
    text = "一二三四五，六七八九十。甲乙丙丁戊“己庚”辛壬癸。"
    for width in range(4, 30):
        for s, _e in wrap(text, width):
            assert text[s] not in "，。”", (width, text[s:])


def test_latin_words_stay_whole_unless_too_long() -> None:
    text = "联合创始人Greg Brockman将休假"
    assert all("Brockman" in text[s:e] or "Brock" not in text[s:e] for s, e in wrap(text, 12))
    long_url = "https://example.com/" + "a" * 50
    assert all(cell_len(long_url[s:e]) <= 10 for s, e in wrap(long_url, 10))


def test_layout_lines_know_their_offsets() -> None:
    article = load(BUNDLED)
    layout = layout_article(article, 40)
    for line in layout.lines:
        for run in line.runs:
            if run.start >= 0:
                assert article.text[run.start:run.end] == run.text
    target = article.text.index("03 高层戏剧")
    assert layout.lines[layout.line_of(target)].role == "heading"
    assert [layout.lines[i].section for i in layout.section_lines] == list(range(len(article.sections)))


def test_timeline_sets_dates_apart() -> None:
    article = parse("导语，说明情况。\n大事记\n2021年3月1日\n公司成立。\n")
    roles = [line.role for line in layout_article(article, 40).lines]
    assert "timeline-date" in roles and "timeline-text" in roles
