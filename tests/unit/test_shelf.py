"""Filtering and sorting the library's list (the Library screen's core)."""

from __future__ import annotations

from tui.library import Entry
from tui.shelf import Shelf


def _entry(id: int, title: str, people: list[str], published: str | None = None, opened: float | None = None,
           source: str | None = None) -> Entry:
    return Entry(id, title, source, f"/news/{id}.txt", published, 0.0, opened, people)


ENTRIES = [
    _entry(1, "OpenAI高管离职潮", ["山姆·奥特曼", "米拉·穆拉提"], "2024-09-26", opened=30.0, source="WSJ"),
    _entry(2, "法国全国大罢工再次严重影响交通", ["马克龙", "菲利普"], "2019-12-10", opened=10.0),
    _entry(3, "臺灣選舉觀察", ["賴清德"], "2024-10-13", opened=20.0),
]


def _ids(entries: list[Entry]) -> list[int]:
    return [entry.id for entry in entries]


def test_no_query_lists_everything_by_last_read_or_by_date() -> None:
    shelf = Shelf(ENTRIES)
    assert _ids(shelf.view()) == [1, 3, 2]
    assert _ids(shelf.view(sort="date")) == [3, 1, 2]


def test_titles_people_and_sources_are_found_exactly_and_across_scripts() -> None:
    shelf = Shelf(ENTRIES)
    assert _ids(shelf.view("罢工")) == [2]
    assert _ids(shelf.view("马克龙")) == [2]
    assert _ids(shelf.view("台湾")) == [3]  # simplified finds traditional
    assert _ids(shelf.view("wsj")) == [1]


def test_anyone_in_an_article_finds_it_by_any_form_not_only_its_main_people() -> None:
    entry = Entry(4, "以色列与哈马斯停火谈判陷入僵局", "新华社", "/news/4.txt", None, 0.0, None,
                  ["王卓伦", "陈文仙", "内塔尼亚胡"], names=("王卓伦", "陈文仙", "内塔尼亚胡", "特朗普", "唐纳德·特朗普"))
    shelf = Shelf([*ENTRIES, entry])
    assert _ids(shelf.view("特朗普")) == [4]
    assert _ids(shelf.view("telangpu")) == [4]
    # initials run within a name, not from one name into the next (马克龙 菲利普: mkl, flp; no lf)
    assert _ids(shelf.view("mkl")) == [2] and 2 not in _ids(shelf.view("lf"))


def test_pinyin_and_initials_find_people_and_titles() -> None:
    shelf = Shelf(ENTRIES)
    assert _ids(shelf.view("aoteman"))[0] == 1
    assert _ids(shelf.view("mkl"))[0] == 2
    assert _ids(shelf.view("laiqingde"))[0] == 3


def test_a_near_miss_is_found_after_the_exact_matches() -> None:
    shelf = Shelf(ENTRIES)
    found = _ids(shelf.view("米拉穆拉提"))  # the dot left out
    assert found and found[0] == 1


def test_the_people_view_finds_a_person_by_any_form_or_its_pinyin() -> None:
    from tui.library import Seen
    from tui.shelf import people_matching

    people = [Seen("马克·扎克伯格", ["马克·扎克伯格", "扎克伯格", "Mark Zuckerberg"], 3, 20),
              Seen("赖清德", ["赖清德", "賴清德"], 2, 9)]
    assert [p.name for p in people_matching(people, "kebeige")] == ["马克·扎克伯格"]
    assert [p.name for p in people_matching(people, "Zuckerberg")] == ["马克·扎克伯格"]
    assert [p.name for p in people_matching(people, "賴")] == ["赖清德"]
    assert people_matching(people, "") == people
