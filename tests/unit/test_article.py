"""The plain-text parser: lead, headings, timelines, source, appendix, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import BUNDLED, DATA
from tui.article import Article, is_heading_shape, load, parse
from tui.extract import body_text


def _titles(article: Article) -> list[tuple[str, str]]:
    return [(s.kind, s.title) for s in article.sections]


@pytest.fixture(scope="module")
def bundled() -> Article:
    return load(BUNDLED)


def test_bundled_sections_in_order(bundled: Article) -> None:
    assert _titles(bundled) == [
        ("lead", "导语"),
        ("timeline", "OpenAI动荡的时间线"),
        ("body", "01 一次失败的重聚"),
        ("body", "02 匆忙的发布"),
        ("body", "03 高层戏剧"),
        ("appendix", "附录"),
    ]


def test_bundled_source_and_title(bundled: Article) -> None:
    assert bundled.source == "WSJ"
    assert bundled.title  # from the metadata file beside the article
    assert bundled.published is None  # not known until extraction infers it


def test_a_line_of_date_and_source_above_the_headline_is_not_the_title() -> None:
    article = parse("2025-11-30 08:15 来源：澎湃新闻\n\n多地迎来今冬首场降雪\n\n据中央气象台消息，今天将迎来降雪。\n")
    assert article.title == "多地迎来今冬首场降雪"
    assert article.source == "澎湃新闻"
    # (also without 来源, the source last on the line; not the weekday)
    assert parse("2025-12-02 08:30 澎湃新闻\n\n多地降雪\n\n今天将迎来降雪。\n").source == "澎湃新闻"
    assert parse("2025年11月29日 新华网\n\n记者29日从教育部获悉。\n").source == "新华网"
    assert parse("2025年11月29日 星期六\n\n记者29日从教育部获悉。\n").source is None
    assert parse("2025年12月3日 來源：聯合新聞網\n\n立法院今日三讀通過修正案。\n").source == "聯合新聞網"  # (either script)


def test_a_pictures_credit_at_the_end_is_no_source() -> None:
    assert parse("电影定档\n\n本报讯 电影宣布定档。\n\n图为电影海报。（片方供图）\n").source is None
    assert parse("雪景\n\n今天下雪了。\n\n（张华摄）\n").source is None
    assert parse("会谈\n\n双方举行会谈。\n\n（新华社）\n").source == "新华社"


@pytest.mark.parametrize("dateline", ["新华社伊斯坦布尔6月2日电（记者 刘敏）", "【新华社东京10月28日电】",
                                      "新华社福州2023年9月3日电（记者郑可欣）"])
def test_a_wire_dateline_names_the_source_with_a_long_city_in_brackets_or_with_its_year(dateline: str) -> None:
    assert parse(f"代表团举行新一轮谈判\n\n{dateline}双方同意交换战俘。\n").source == "新华社"


def test_an_article_without_a_headline_is_titled_by_its_first_sentence_past_byline_and_source() -> None:
    assert parse("本报记者 黎明\n\n62岁的邰建国是村里的种粮大户。今年收成不错。\n").title == "62岁的邰建国是村里的种粮大户"
    assert parse("晨报记者 黎明\n\n“这里以前是一片荒滩。”老人说。\n").title == "这里以前是一片荒滩"
    assert parse("2026-11-20 来源：澎湃新闻\n\n昨天下午，市政府召开发布会。\n").title == "昨天下午，市政府召开发布会"
    assert parse("【記者林芳如／台北報導】立法院今日三讀通過修正案。\n").title == "立法院今日三讀通過修正案"


def test_the_label_a_republished_article_keeps_before_its_title_is_no_part_of_it() -> None:
    article = parse("原标题：女孩辞职回乡养蜂\n\n来源：中国青年报\n\n清晨5点，她走进了蜂场。\n")
    assert article.title == "女孩辞职回乡养蜂"


def test_bundled_timeline_entries(bundled: Article) -> None:
    timeline = bundled.sections[1]
    assert [e.date for e in timeline.entries] == [
        "2023-11-17", "2023-11-21", "2024-05-14", "2024-08-05", "2024-09-25",
    ]
    first = timeline.entries[0]
    assert bundled.text[first.date_span.start:first.date_span.end] == "2023年11月17日"
    assert first.text.startswith("山姆·奥特曼被OpenAI董事会罢免")
    assert bundled.text[first.span.start:first.span.end] == first.text


def test_bundled_page_residue_is_an_appendix_not_part_03(bundled: Article) -> None:
    part3, appendix = bundled.sections[-2], bundled.sections[-1]
    assert bundled.text[part3.start:part3.end].endswith("继续留在OpenAI。”(WSJ)")
    assert "融资事件" not in bundled.text[part3.start:part3.end]
    assert [p.text for p in appendix.paragraphs][:2] == ["21224起", "融资事件"]
    assert appendix.paragraphs[-1].text == "A股总市值"


def test_offsets_point_at_the_text(bundled: Article) -> None:
    for section in bundled.sections:
        for paragraph in section.paragraphs:
            assert bundled.text[paragraph.start:paragraph.end] == paragraph.text
        if section.heading:
            assert bundled.text[section.heading.start:section.heading.end] == section.title
        assert section.start <= section.end
    starts = [s.start for s in bundled.sections]
    assert starts == sorted(starts)


def test_headings_are_short_lines_without_sentence_punctuation() -> None:
    assert is_heading_shape("01 一次失败的重聚")
    assert is_heading_shape("收购能不能成？")
    assert not is_heading_shape("这一变化正在撕裂公司内部。")
    assert not is_heading_shape("2023年11月17日")
    assert not is_heading_shape("4358.73亿元")
    assert not is_heading_shape("（原题为《回归理性》）")


SMALL = """张伟出任新职

第一段导语，介绍事情的来龙去脉。
第二段导语，继续介绍。

一、起因
首先，事情起于去年春天。
他说：“这不是我们想要的。”

大事记
2021年3月1日
公司成立。
2022年6月
完成首轮融资，由李娜牵头。

二、结果
最后，各方达成一致。（新华社）
"""


def test_small_article_rules() -> None:
    article = parse(SMALL)
    assert article.title == "张伟出任新职"
    assert _titles(article) == [
        ("lead", "导语"), ("body", "一、起因"), ("timeline", "大事记"), ("body", "二、结果"),
    ]
    timeline = article.sections[2]
    assert [(e.date, e.text) for e in timeline.entries] == [
        ("2021-03-01", "公司成立。"), ("2022-06", "完成首轮融资，由李娜牵头。"),
    ]
    assert article.source == "新华社"


def test_date_line_alone_is_not_a_heading() -> None:
    article = parse("导语第一段，说明情况。\n2024年1月2日\n正文继续，说明更多。\n")
    assert [s.kind for s in article.sections] == ["lead"]


def test_heading_split_over_two_lines_is_one_section() -> None:
    article = parse("导语，说明情况。\n业绩会突现插曲\n昔日质量遭质疑\n正文，说明更多。\n")
    assert _titles(article)[1] == ("body", "业绩会突现插曲 昔日质量遭质疑")


def test_trailing_prose_lines_are_not_an_appendix() -> None:
    article = parse("导语，说明情况。\n小标题\n正文，说明更多。\n责任编辑：王五\n")
    assert "appendix" not in [s.kind for s in article.sections]


def test_a_page_s_list_of_other_stories_is_an_appendix_not_the_article() -> None:
    text = "新机发布\n导语，说明情况。\n正文，说明更多。\n相关阅读：\n荣耀发布年度旗舰 明年将加大AI投入\n另一条新闻的标题\n"
    article = parse(text)
    assert [s.kind for s in article.sections] == ["lead", "appendix"]
    assert "明年将加大" not in body_text(article)  # (no person, date or event of another story)
    # (not a label with prose after it: the article goes on)
    text = "新机发布\n导语，说明情况。\n相关阅读\n正文，说明更多的情况，公司表示将继续投入研发。\n"
    assert "appendix" not in [s.kind for s in parse(text).sections]


def test_an_editor_s_credit_line_is_no_heading_nor_title() -> None:
    article = parse("文 | 周子航\n编辑 | 陈默\n\n导语，说明情况。\n正文，说明更多。\n")
    assert [s.kind for s in article.sections] == ["lead"] and article.title != "编辑 | 陈默"


def test_crlf_file_parses_like_lf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(SMALL.replace("\n", "\r\n").encode("utf-8"))
    assert _titles(load(path)) == _titles(parse(SMALL))


SMALL_TRADITIONAL = """張偉出任新職

第一段導語，介紹事情的來龍去脈。

一、起因
首先，事情起於去年春天。

大事記
2021年3月1日
公司成立。

二、結果
最後，各方達成一致。
"""


@pytest.mark.parametrize("encoding", ["gb18030", "big5", "utf-16", "utf-8-sig"])
def test_encoded_file_parses_like_utf8(tmp_path: Path, encoding: str) -> None:
    text = SMALL_TRADITIONAL if encoding == "big5" else SMALL
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert [s.kind for s in load(path).sections] == ["lead", "body", "timeline", "body"]


CORPUS = {
    "01_wallstreetcn36kr_musk_twitter.txt": (
        "华尔街见闻", ["导语", "这几天都发生了什么？", "复仇局？为朋友“出口气”"], "收购能不能成？"),
    "02_hongzhoukan_longfor.txt": (
        "证券市场红周刊", ["导语", "业绩会突现业主维权插曲 昔日“龙湖质量”遭质疑"], "狂奔之下的“暗伤”曝露？"),
    "03_cyol_powerbank.txt": ("中国青年报", ["导语", "共享充电宝告别1元时代"], "回归商业本质的理性价格"),
    "05_sichuan_cuiyongyuan.gbk.txt": ("四川新闻网", ["导语", "城市怎样平等对待农民工？"], "“请农民工兄弟吃顿饭”回顾"),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_real_corpus_articles(name: str) -> None:
    source, first_titles, last_title = CORPUS[name]
    article = load(DATA / name)
    titles = [s.title for s in article.sections]
    assert titles[: len(first_titles)] == first_titles
    assert titles[-1] == last_title
    assert article.source == source
    assert all(s.kind in ("lead", "body") for s in article.sections)
    # Bylines and datelines stay in the lead; they are never headings.
    assert not any("/" in t or t[:4].isdigit() for t in titles)
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end] == paragraph.text


def test_number_keys_follow_the_articles_own_numbering() -> None:
    from tui.article import section_numbers

    assert section_numbers(load(BUNDLED).sections) == {1: 2, 2: 3, 3: 4}
    chapters = parse("导语在此。\n第一章 起\n正文。\n第二章 承\n正文。\n三、转\n正文。\n")
    assert section_numbers(chapters.sections) == {1: 1, 2: 2, 3: 3}
    # "1、" under each of two parts numbers subsections: the keys count positions instead.
    assert section_numbers(load(DATA / "01_wallstreetcn36kr_musk_twitter.txt").sections) == {}
    assert section_numbers(parse("导语。\n背景\n正文。\n展望\n正文。\n").sections) == {}


def test_a_byline_on_its_own_line_is_no_heading() -> None:
    text = ("一位乡村教师的三十年\n2025年9月10日 来源：教育周刊\n本报记者 刘晓燕\n"
            "9月10日是教师节。她已经教了三十年书。\n文 / 张晓明\n她说，学校搬进了新楼。\n")
    assert [s.kind for s in parse(text).sections] == ["lead"]


def test_a_story_that_is_a_timeline_opens_with_its_entries() -> None:
    article = parse("董事会风波大事记\n\n2023年11月17日\n董事会解除了奥特曼的职务。\n\n11月21日\n奥特曼重新担任首席执行官。\n")
    lead = article.sections[0]
    assert lead.kind == "timeline"
    assert [(e.date, e.text) for e in lead.entries] == [
        ("2023-11-17", "董事会解除了奥特曼的职务。"), (None, "奥特曼重新担任首席执行官。")]
    # (a story with one date on a line of its own above it is no timeline)
    assert parse("标题\n\n2025年4月15日\n清晨5点，她走进了蜂场。\n").sections[0].kind == "lead"
