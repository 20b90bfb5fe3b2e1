"""The reader's session without a terminal: marks, search sequencing, the extraction hand-over."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tests.conftest import BUNDLED, DATA
from tui.article import load, parse
from tui.config import Config
from tui.extract import Extraction
from tui.library import Library
from tui.session import ReaderSession


def _extraction(session: ReaderSession) -> Extraction:
    data = json.loads((DATA / "wsj-extraction.json").read_text(encoding="utf-8"))
    return Extraction.from_dict(data, session.article.text)


@pytest.fixture
def session() -> ReaderSession:
    return ReaderSession(load(BUNDLED), Config())


def test_people_that_arrive_during_the_index_build_are_searchable(
        session: ReaderSession, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.search

    extraction = _extraction(session)
    build = tui.search.SearchIndex.__init__

    def slow_build(index: tui.search.SearchIndex, *args: object, **kwargs: object) -> None:
        build(index, *args, **kwargs)  # type: ignore[arg-type]
        session.extraction_arrived(extraction)  # the panel fills while the index is being built

    monkeypatch.setattr(tui.search.SearchIndex, "__init__", slow_build)
    hits = session.search("Murati")
    assert any(h.kind == "person" and "穆拉提" in session.article.text[h.start:h.end] for h in hits)


def test_the_index_is_built_once_however_many_searches_wait_for_it(
        session: ReaderSession, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.search

    builds = []
    build = tui.search.SearchIndex.__init__

    def counted(index: tui.search.SearchIndex, *args: object, **kwargs: object) -> None:
        builds.append(1)
        build(index, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tui.search.SearchIndex, "__init__", counted)
    threads = [threading.Thread(target=session.search, args=(q,)) for q in "奥 奥特 奥特曼 aoteman".split()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1


def test_marks_step_from_the_reading_place_and_clear(session: ReaderSession) -> None:
    hits = session.search("OpenAI")
    middle = len(session.article.text) // 2
    marks = session.mark_hits("OpenAI", hits, middle)
    assert marks.label.endswith("“OpenAI”") and marks.current is not None and marks.current[0] >= middle
    first = marks.index
    marks.step(1)
    assert marks.index == (first + 1) % len(marks.spans)
    assert session.mark("人物 甲", [(5, 6), (1, 2), (5, 6)]).spans == [(1, 2), (5, 6)]
    session.clear_marks()
    assert not session.marks


def test_the_published_date_comes_from_the_dateline_without_touching_the_article() -> None:
    article = parse("新华社北京6月9日电 今天，会议在北京召开。2016年的时候还没有这个会。\n", title="会议", source=None)
    session = ReaderSession(article, Config())
    assert session.published is None and "2016" not in session.subtitle
    extraction = Extraction(people=[], events=[], published="2016-06-09")
    session.extraction_arrived(extraction)
    assert session.published.isoformat() == "2016-06-09" and article.published is None
    assert "2016-06-09" in session.subtitle


def test_date_notes_follow_the_toggle(session: ReaderSession) -> None:
    session.extraction_arrived(_extraction(session))
    session.show_dates = False
    assert session.date_notes() is None
    session.show_dates = True
    notes = session.date_notes()
    assert notes and "〔2024-09-25〕" in notes.values()


def test_date_notes_of_a_year_not_given_tell_what_the_text_does_not_say() -> None:
    from tui.extract import extract

    article = parse("新华社兰州12月19日电 12月18日夜里发生地震。截至19日下午，救援仍在进行。\n")
    session = ReaderSession(article, Config())
    session.extraction_arrived(extract(article))
    session.show_dates = True
    # 截至19日 is 12月19日; the dateline and 12月18日 already say so (no 12月18日〔12月18日〕)
    assert session.date_notes() == {article.text.index("19日下午") + 3: "〔12月19日〕"}


def test_a_day_the_text_glosses_in_brackets_has_no_note() -> None:
    from tui.extract import extract

    article = parse("【本報訊】屋苑前日（11月26日）發生火警。特首昨日到場視察。\n")
    session = ReaderSession(article, Config())
    session.extraction_arrived(extract(article))
    session.show_dates = True
    assert session.date_notes() == {article.text.index("昨日") + 2: "〔11月27日〕"}  # not 前日〔11月26日〕（11月26日）


def test_the_extraction_source_is_decided_once(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.extract import process

    started: list[object] = []
    monkeypatch.setattr(process, "Helper", lambda *args, **kwargs: started.append(args) or "helper")
    session = ReaderSession(parse("导语。\n记者王小明报道：今天下雨。\n"), Config())
    session.begin_extraction()
    session.begin_extraction()  # the reader's worker asks again: the first decision stands
    assert len(started) == 1 and session.helper == "helper" and session.extraction is None

    cached = ReaderSession(load(BUNDLED), Config())
    cached.extract_here()  # --extract: in this process, and into the cache
    again = ReaderSession(load(BUNDLED), Config())
    again.begin_extraction()
    assert again.extraction is not None and again.helper is None and len(started) == 1  # from the cache


def test_with_a_library_the_place_people_and_other_articles_are_kept(session: ReaderSession, tmp_path: Path) -> None:
    session.extraction_arrived(_extraction(session))
    library = Library(tmp_path / "lib.sqlite3")
    other, _ = library.add(parse("另一篇\n\n山姆·奥特曼今天发言。\n"), "other")
    library.set_people(other, [person for person in session.extraction.people if person.name == "山姆·奥特曼"])
    article_id, _ = library.add(session.article, "bundled")
    kept = ReaderSession(session.article, Config(), library=library, article_id=article_id)
    assert kept.start_place == 0
    kept.extraction_arrived(session.extraction)
    kept.keep_people()
    counts = dict(zip((p.name for p in session.extraction.people), kept.counts_elsewhere()))
    assert counts["山姆·奥特曼"] == 1 and counts["米拉·穆拉提"] == 0
    assert [a.article for a in kept.elsewhere(session.extraction.people[0])] == [other]
    kept.leave(1234, 0.5)
    assert ReaderSession(session.article, Config(), library=library, article_id=article_id).start_place == 1234
    asked = ReaderSession(session.article, Config(), library=library, article_id=article_id, start_at=99)
    assert asked.start_place == 99  # a person's first mention, chosen in the library


def test_without_a_library_places_and_counts_are_quietly_absent(session: ReaderSession) -> None:
    session.extraction_arrived(_extraction(session))
    session.leave(100, 0.5)
    assert session.start_place == 0
    assert session.counts_elsewhere() == [0] * len(session.extraction.people)


def test_a_day_the_text_restates_in_brackets_has_no_note() -> None:
    from tui.extract import extract

    article = parse("2025年12月7日\n\n周三（12月10日），国家统计局将公布工业数据。\n")
    session = ReaderSession(article, Config())
    session.extraction_arrived(extract(article))
    session.show_dates = True
    assert article.text.index("周三") + 2 not in session.date_notes()  # not 周三〔2025-12-10〕（12月10日）
