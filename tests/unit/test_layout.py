"""Laying text out in terminal cells: CJK width, line-start rules, offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.conftest import BUNDLED, DATA
from tui.article import load, parse
from tui.layout import NO_LINE_END, NO_LINE_START, ArticleLayout, wrap


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


def test_a_run_of_closing_marks_moves_with_the_character_before_it() -> None:
    text = "他说：“我们明天再来。”大家都笑了——笑得很开心……"
    for width in range(8, 40):  # from four characters a line, room for 来。” and the like
        pieces = [text[s:e] for s, e in wrap(text, width)]
        assert not any(p[0] in NO_LINE_START for p in pieces[1:]), (width, pieces)
        assert not any(p[-1] in NO_LINE_END for p in pieces), (width, pieces)


@pytest.mark.parametrize("path", [BUNDLED, *sorted(DATA.glob("*.txt"))], ids=lambda p: p.name)
def test_no_line_of_a_real_article_starts_with_closing_punctuation(path: Path) -> None:
    article = load(path)
    notes = {m.end(): "〔2024-12〕" for m in re.finditer("去年|今年|明天|昨天", article.text)}
    for width in range(20, 161, 3):
        for line in ArticleLayout(article, width, notes).all_lines():
            shown = "".join(run.text for run in line.runs).strip()
            assert not shown or shown[0] not in NO_LINE_START, (width, shown)
            assert not shown or shown[-1] not in NO_LINE_END, (width, shown)
            assert "〔" not in shown or "〕" in shown[shown.index("〔"):], (width, shown)


def test_latin_words_stay_whole_unless_too_long() -> None:
    text = "联合创始人Greg Brockman将休假"
    assert all("Brockman" in text[s:e] or "Brock" not in text[s:e] for s, e in wrap(text, 12))
    accented = "联合国秘书长古特雷斯（António Guterres）呼吁停火"
    for width in range(16, 30):
        pieces = [accented[s:e] for s, e in wrap(accented, width)]
        assert any("António" in piece for piece in pieces), (width, pieces)
    long_url = "https://example.com/" + "a" * 50
    assert all(cell_len(long_url[s:e]) <= 10 for s, e in wrap(long_url, 10))


def test_layout_lines_know_their_offsets() -> None:
    article = load(BUNDLED)
    layout = ArticleLayout(article, 40)
    lines = layout.all_lines()
    for line in lines:
        for run in line.runs:
            if run.start >= 0:
                assert article.text[run.start:run.end] == run.text
    target = article.text.index("03 高层戏剧")
    assert lines[layout.line_of(target)].role == "heading"
    assert [lines[layout.section_line(i)].section for i in range(len(article.sections))] == list(
        range(len(article.sections)))


def test_timeline_sets_dates_apart() -> None:
    article = parse("导语，说明情况。\n大事记\n2021年3月1日\n公司成立。\n")
    roles = [line.role for line in ArticleLayout(article, 40).all_lines()]
    assert "timeline-date" in roles and "timeline-text" in roles


def test_huge_article_is_wrapped_only_where_it_is_looked_at() -> None:
    article = load(BUNDLED)
    big = parse("\n".join([article.text] * 50))
    layout = ArticleLayout(big, 60)
    estimated = layout.total
    last = layout.line(layout.total - 1)
    assert last is not None and last.role == "appendix"
    assert len(layout._wrapped) < 10  # the end was reached without wrapping the rest
    assert abs(layout.total - estimated) < estimated * 0.05
    full = layout.all_lines()
    assert len(full) == layout.total
    for number in (0, 1234, layout.total // 2, layout.total - 1):
        assert layout.line(number) is full[number]


def test_giant_paragraph_is_sliced_but_keeps_every_character() -> None:
    text = "导语。\n" + "这是一个非常长的段落，没有任何换行" * 3000 + "\n"
    article = parse(text)
    layout = ArticleLayout(article, 50)
    assert len(layout.blocks) > 20
    shown = "".join(r.text for line in layout.all_lines() for r in line.runs if r.start >= 0)
    assert shown == "".join(p.text for p in article.paragraphs)
    middle = len(text) // 2
    line = layout.line(layout.line_of(middle))
    assert line is not None and line.start <= middle <= line.end
