"""Saved news pages read as articles: the story's text, headline, source, date and headings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui.article import load
from tui.textio import ArticleError

PAGES = Path(__file__).resolve().parents[1] / "data" / "html"


@pytest.mark.parametrize(
    ("name", "title", "published", "source"),
    [
        ("people_1.html", "女儿出嫁，郑板桥画了几笔兰花当嫁妆", date(2019, 6, 15), "人民网-文化频道"),
        ("xinhuanet_1.html", "法国全国大罢工再次严重影响交通", date(2019, 12, 10), "新华网"),
        ("thepaper_2.html", "定了！广州南沙邮轮母港即将开通！地铁直达+无敌免税城......", date(2019, 8, 13),
         "澎湃新闻·澎湃号·政务"),
        ("ifeng_1.html", "女童眼睛被塞几十片纸，“无法用科学解释”", date(2019, 11, 25), "澎湃新闻网"),
    ],
)
def test_a_saved_page_gives_its_headline_date_and_source(name: str, title: str, published: date, source: str) -> None:
    article = load(PAGES / name)
    assert article.title == title  # no site name after it, not cut short
    assert article.published == published
    assert article.source == source
    assert article.path.endswith(name)
    assert "<" not in article.text and "&quot;" not in article.text


def test_a_page_declaring_gb2312_but_holding_utf8_reads_as_utf8() -> None:
    article = load(PAGES / "people_1.html")
    assert "父亲的教诲像一盏灯" in article.text
    assert "陆游" in article.text


def test_navigation_related_links_and_comments_are_left_out() -> None:
    text = load(PAGES / "xinhuanet_1.html").text
    assert "新华社巴黎12月9日电（记者唐霁）" in text
    assert "总理菲利普将于11日宣布退休制度改革的总体架构" in text
    for chrome in ("新闻评论", "加载更多", "热帖", "骑共享单车"):
        assert chrome not in text


def test_the_pages_headings_become_sections_and_its_byline_stays_text() -> None:
    article = load(PAGES / "ifeng_1.html")
    titles = [section.title for section in article.sections]
    assert titles[1:] == ["“塞纸”疑云", "“无法用科学解释”", "“爱打人”的调皮男孩"]
    assert "澎湃新闻记者 段彦超 廖艳" in article.text
    assert article.text.count("7岁小花（化名）") == 1  # the copy inside a <script> is no text


def test_a_page_with_no_story_is_a_clear_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body><nav>首页</nav></body></html>", encoding="utf-8")
    with pytest.raises(ArticleError, match="no article text"):
        load(page)


def test_markup_and_escape_codes_in_a_page_stay_inert(tmp_path: Path) -> None:
    paragraph = "记者李明报道，市政府今天发布新规，要求各单位在年底前完成整改工作，并向社会公开进展情况。"
    page = tmp_path / "hostile.html"
    page.write_text(
        "<html><head><title>[bold red]标题\x1b[31m</title></head><body><article>"
        f"<h1>[bold red]标题\x1b[31m</h1><p>{paragraph}[link=x]点[/link]\x1b]8;;http://x\x07</p>"
        f"<p>{paragraph}</p></article></body></html>", encoding="utf-8")
    article = load(page)
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "[bold red]" in article.title  # shown as written, never read as markup


def test_a_paragraph_the_precise_reading_dropped_inside_the_story_is_put_back() -> None:
    text = load(PAGES / "thepaper_2.html").text
    assert "四条国际航线抢先看！近日，“广州南沙国际邮轮母港开港倒计时100日”发布会召开" in text
    assert "字号" not in text  # a short label between the date line and the story stays out


def test_only_prose_inside_the_story_is_put_back() -> None:
    from tui.webpage import _filled_in

    story = ["第一段，记者报道了事情的经过。", "第三段，事情有了新的进展。"]
    fuller = ["首页", "第一段，记者报道了事情的经过。", "分享", "第二段，当事人表示愿意配合调查。",
              "第三段，事情有了新的进展。", "相关新闻：另一件事情的报道，点击查看。"]
    assert _filled_in(story, fuller) == [story[0], fuller[3], story[1]]
    assert _filled_in(story, ["别的内容，完全不同的页面。"]) == story
