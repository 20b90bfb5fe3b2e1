"""Search in the reader: /, live results, Enter, n/N with the counter, escape, s from People."""

from __future__ import annotations

from textual.widgets import Input

from tests.conftest import palette_offers, until
from tests.ui.test_panel import _filled
from tests.ui.test_reader import reader_app
from tui.app import ReaderApp
from tui.widgets.article_view import ArticleView
from tui.widgets.lists import RowList
from tui.widgets.search_bar import SearchBar


async def _until_results(app: ReaderApp, pilot, query: str) -> SearchBar:
    bar = app.query_one(SearchBar)
    await until(pilot, lambda: app.session.marks.label.endswith(f"“{query}”")
                and not any(w.group == "search" and w.is_running for w in app.workers))
    return bar


def _counter(app: ReaderApp) -> str:
    return str(app.query_one("#search-counter").render())


async def test_slash_typing_enter_n_and_escape() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _filled(app, pilot)
        assert not app.screen.search_bar.display  # ready, hidden, until / opens it
        await pilot.press("slash")
        bar = app.query_one(SearchBar)
        assert bar.display and isinstance(app.focused, Input)
        await pilot.press(*"Sutsk")
        await _until_results(app, pilot, "Sutsk")
        partial = app.query_one("#search-hits", RowList).row_count
        await pilot.press(*"ever")  # results follow the typing
        await _until_results(app, pilot, "Sutskever")
        results = app.query_one("#search-hits", RowList)
        assert results.row_count == 11 >= partial
        view = app.query_one(ArticleView)
        assert len(view._highlights) == 11  # every match is highlighted in the text
        assert _counter(app) == "1/11"
        await pilot.press("enter")
        assert isinstance(app.focused, ArticleView)
        first = app.session.marks.current
        assert first is not None and view.line_at(int(view.scroll_y)).start <= first[0]
        await pilot.press("n", "n")
        assert _counter(app) == "3/11"
        await pilot.press("N")
        assert _counter(app) == "2/11"
        current = [h for h in view._highlights if h.current]
        assert [(h.start, h.end) for h in current] == [app.session.marks.current]
        await pilot.press("escape")
        assert not bar.display and view._highlights == [] and not app.session.marks


async def test_choosing_a_result_jumps_there() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _filled(app, pilot)
        await pilot.press("slash", *"mulati")
        bar = await _until_results(app, pilot, "mulati")
        assert {h.kind for h in bar.hits} == {"person"}
        await pilot.press("down")
        assert app.focused is app.query_one("#search-hits")
        chosen = bar.hits[2]
        await pilot.press("down", "down", "enter")
        assert app.session.marks.current == (chosen.start, chosen.end)
        view = app.query_one(ArticleView)
        assert app.focused is view and not bar.display  # the results fold away; the text has the keys
        top = int(view.scroll_y)
        visible = [view.line_at(n) for n in range(top, top + view.size.height) if view.line_at(n)]
        assert any(line.start <= chosen.start <= line.end for line in visible)
        await pilot.press("n")
        assert app.session.marks.index == (app.session.marks.spans.index((chosen.start, chosen.end)) + 1) % len(app.session.marks.spans)
        await pilot.press("slash")  # the results come back
        await _until_results(app, pilot, "mulati")
        assert bar.display and bar.hits
        await pilot.press("escape")  # closes the bar, keeps the marks
        assert not bar.display and app.session.marks and app.focused is view


async def test_unrelated_query_says_so() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _filled(app, pilot)
        await pilot.press("slash", *"zebra")
        await _until_results(app, pilot, "zebra")
        assert app.query_one("#search-hits", RowList).row_count == 0
        assert _counter(app) == "无结果"
        await pilot.press("enter")  # nothing to go to: the line stays, saying so, to be mended
        assert app.screen.search_bar.display and _counter(app) == "无结果"


async def test_s_in_people_searches_every_form_of_the_person() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _filled(app, pilot)
        await pilot.press("p", "down", "down", "s")  # the second person: 伊利亚·苏茨克弗
        bar = await _until_results(app, pilot, "伊利亚·苏茨克弗")
        assert bar.display
        assert app.query_one(Input).value == "伊利亚·苏茨克弗"
        assert {h.text for h in bar.hits} == {"伊利亚·苏茨克弗", "Ilya Sutskever", "Sutskever"}


async def test_s_before_the_cursor_moved_searches_the_first_person() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _filled(app, pilot)
        await pilot.press("p", "s")  # the list opens without a cursor: the most named person, on top
        first = app.screen.query_one("EntityPanel").extraction.people[0].name
        await _until_results(app, pilot, first)
        assert app.query_one(Input).value == first


async def test_enter_before_the_cursor_moved_chooses_the_first_person() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _filled(app, pilot)
        await pilot.press("p", "enter")  # the list opens without a cursor: the first row is chosen
        await pilot.pause()
        first = app.screen.query_one("EntityPanel").extraction.people[0].name
        assert app.session.marks.label == f"人物 {first}"


async def test_command_palette_finds_people() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _filled(app, pilot)
        await pilot.press("ctrl+p", *"Greg Brockman")
        await until(pilot, lambda: palette_offers(app, "Greg Brockman"))
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.marks.label == "人物 Greg Brockman"
        assert len(app.session.marks.spans) == 10


async def test_query_line_is_never_under_the_footer() -> None:
    from textual.widgets import Footer

    for size in ((80, 24), (160, 45)):
        app = reader_app()
        async with app.run_test(size=size) as pilot:
            await pilot.press("slash", *"bjs")
            await _until_results(app, pilot, "bjs")
            await until(pilot, lambda: app.query_one("#search-line").region.height > 0)  # laid out
            line, footer = app.query_one("#search-line").region, app.query_one(Footer).region
            assert line.height == 1 and line.bottom <= footer.y


async def test_a_name_typed_in_one_burst_after_slash_goes_to_the_query() -> None:
    from textual import events

    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _filled(app, pilot)
        await pilot.pause()
        for key, character in [("slash", "/"), *((c, c) for c in "OpenAI")]:  # one read from the terminal
            app.post_message(events.Key(key, character))
        await _until_results(app, pilot, "OpenAI")
        assert app.screen.search_bar.query_text == "OpenAI"
        assert not app.query_one("#panel").has_focus_within  # p and e reached the query, not the keys


def test_a_result_cut_from_the_middle_of_a_line_says_so() -> None:
    from tui.article import parse
    from tui.search import SearchIndex
    from tui.widgets.search_bar import hit_row

    article = parse("标题\n文化和旅游部四日发布数据，今年春节假期八天，全国国内出游五亿人次，景区接待游客同比增长。\n")
    hit = SearchIndex(article).search("春节")[0]
    row = hit_row(article.text, hit).text().plain
    assert "…" + article.text[hit.snippet_start:hit.start] in row and row.endswith("…")


def test_a_search_line_still_being_mounted_has_no_query_yet() -> None:
    # an answer that arrives before the line has its query field is for no query (it is dropped,
    # not a crash in the search's worker)
    assert SearchBar(id="search").query_text == ""


async def test_slash_while_the_search_line_is_still_being_mounted_opens_it() -> None:
    # The search line is mounted a frame after the panel fills; a / pressed meanwhile (a busy
    # machine, a fast typist) found it in the screen before it had its query field.
    import asyncio

    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _filled(app, pilot)
        screen = app.screen
        await until(pilot, lambda: screen.search_bar is not None)
        await screen.search_bar.remove()
        await asyncio.gather(screen._search_line(), screen.action_open_search("bjs"))
        assert screen.search_bar.query_text == "bjs" and app.focused is screen.search_bar.query_one(Input)
