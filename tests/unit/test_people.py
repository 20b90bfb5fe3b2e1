"""People: found whole, told apart from organisations, every form merged, mentions counted."""

from __future__ import annotations

import pytest

from tests.conftest import BUNDLED, DATA
from tui.article import load, parse
from tui.extract import Extraction, extract
from tui.extract.phonetics import sound_alike


@pytest.fixture(scope="module")
def bundled() -> Extraction:
    return extract(load(BUNDLED))


def _by_name(extraction: Extraction) -> dict[str, object]:
    return {p.name: p for p in extraction.people}


# Who is in the bundled article, with every form the text uses and the true mention count.
TRUTH = {
    "山姆·奥特曼": ({"奥特曼"}, "首席执行官", 15),
    "伊利亚·苏茨克弗": ({"Ilya Sutskever", "Sutskever"}, "首席科学家", 11),
    "Greg Brockman": ({"Brockman"}, "总裁", 10),
    "米拉·穆拉提": ({"Mira Murati", "Murati"}, "OpenAI首席技术官", 6),
    "雅恩·莱克": ({"Jan Leike", "Leike"}, "研究科学家", 4),
    "John Schulman": (set(), "研究员", 2),
    "Tim Shi": (set(), "首席技术官", 1),
    "埃隆·马斯克": (set(), None, 1),
}


def test_bundled_people_listed_once_with_all_forms(bundled: Extraction) -> None:
    people = _by_name(bundled)
    assert set(people) == set(TRUTH)
    for name, (aliases, role, count) in TRUTH.items():
        person = people[name]
        assert set(person.aliases) == aliases, name
        if role:
            assert role in person.roles, name
        assert abs(len(person.mentions) - count) <= 1, (name, len(person.mentions))


def test_mentions_point_at_a_form_of_the_person(bundled: Extraction) -> None:
    text = load(BUNDLED).text
    for person in bundled.people:
        for start, end in person.mentions:
            assert text[start:end].replace("•", "·") in person.forms


def test_no_organisation_or_product_is_a_person(bundled: Extraction) -> None:
    forms = {f for p in bundled.people for f in p.forms}
    for thing in ("OpenAI", "Anthropic", "Cresta", "ChatGPT", "GPT-4o", "Safe Superintelligence", "xAI",
                  "都灵", "意大利", "WSJ"):
        assert thing not in forms


CORPUS = {
    "01_wallstreetcn36kr_musk_twitter.txt": (
        {"马斯克", "杰克·多西", "拜登", "阿格拉瓦尔", "Paul Singer", "Howard Fischer", "Alexandra Cirone",
         "史蒂夫·鲍尔默"},
        {"推特", "Twitter", "特斯拉", "Elliott Management", "SEC", "彭博社", "路透社", "白宫"},
    ),
    "02_hongzhoukan_longfor.txt": ({"吴亚军", "王清华", "宋卫平"}, {"龙湖", "龙湖集团", "绿城中国", "高达"}),
    "03_cyol_powerbank.txt": (
        {"张凡", "刘颖", "刘兴亮", "朱巍", "吴翔宇", "雷越岚"},
        {"中国青年报", "中国青年网", "中国青年报·中国青年网", "街电", "来电科技", "聚美优品", "怪兽"},
    ),
    "05_sichuan_cuiyongyuan.gbk.txt": (
        {"崔永元", "鞠健夫", "张燕", "王振耀", "孙立平", "杨团", "陈里", "苏小和", "曹林"},
        {"搜狐", "搜狐微博", "四川新闻网", "京港澳", "扬子晚报"},
    ),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_real_articles(name: str) -> None:
    expected, not_people = CORPUS[name]
    people = extract(load(DATA / name)).people
    found = {p.name for p in people}
    forms = {f for p in people for f in p.forms}
    assert expected <= found, expected - found
    assert not (forms & not_people)
    assert len({p.name for p in people}) == len(people)


def test_latin_and_chinese_forms_merge_across_scripts() -> None:
    text = (
        "Meta首席执行官马克·扎克伯格周二表示，公司将继续投资。\n"
        "Mark Zuckerberg在帖子中写道，这是重要的一步。\n"
        "扎克伯格说，他对结果感到满意。Zuckerberg随后离开了会场。\n"
    )
    people = extract(parse(text)).people
    assert len(people) == 1
    assert set(people[0].forms) == {"马克·扎克伯格", "Mark Zuckerberg", "扎克伯格", "Zuckerberg"}
    assert len(people[0].mentions) == 4


def test_two_people_with_one_surname_stay_apart() -> None:
    text = (
        "公司创始人约翰·史密斯表示，他将退休。史密斯说，这是艰难的决定。\n"
        "另一方面，首席财务官简·史密斯指出，财务状况良好。史密斯补充说，公司没有债务。\n"
    )
    people = {p.name: p for p in extract(parse(text)).people}
    assert set(people) == {"约翰·史密斯", "简·史密斯"}
    first, second = text.index("史密斯说"), text.index("史密斯补充")
    assert (first, first + 3) in people["约翰·史密斯"].mentions
    assert (second, second + 3) in people["简·史密斯"].mentions


def test_chinese_names_and_companies() -> None:
    text = (
        "阿里巴巴集团董事局主席张勇表示，公司会继续开放。\n"
        "记者李明了解到，腾讯公司发言人王芳称，此事正在调查。\n"
        "张勇说，他对明年很有信心。华为公司表示不予置评。\n"
    )
    names = {p.name for p in extract(parse(text)).people}
    assert names == {"张勇", "李明", "王芳"}


def test_sound_alike_matches_transliterations_not_strangers() -> None:
    assert sound_alike("穆拉提", "Murati") > 0.9
    assert sound_alike("苏茨克弗", "Sutskever") > 0.8
    assert sound_alike("扎克伯格", "Zuckerberg") > 0.75
    assert sound_alike("奥特曼", "Brockman") < 0.6
    assert sound_alike("米拉", "Mark") < 0.6
