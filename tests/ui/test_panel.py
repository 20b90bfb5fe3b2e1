"""The people-and-events panel: loading first, then filled; choosing rows; n/N; escape."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.conftest import BUNDLED, screen_text, until
from tests.ui.test_reader import reader_app
from tui.app import ReaderApp
from tui.cli import build_parser, main, make_app
from tui.session import ReaderSession
from tui.strings import say
from tui.widgets.article_view import ArticleView
from tui.widgets.entities import EntityPanel
from tui.widgets.lists import RowList


async def _filled(app: ReaderApp, pilot) -> EntityPanel:
    panel = app.query_one(EntityPanel)
    for _ in range(600):  # extraction runs in a thread; jieba takes a while the first time
        if panel.filled and app.screen.search_bar is not None:  # and the first frame's follow-up is done
            break
        await pilot.pause(0.05)
    assert panel.filled
    return panel


async def test_panel_is_loading_right_after_mount_then_fills() -> None:
    app = reader_app()
    app.session = ReaderSession(app.article, type(app.config)(cache=False))  # extraction from scratch
    async with app.run_test(size=(160, 45)) as pilot:
        panel = app.query_one(EntityPanel)
        assert not panel.filled  # painted before extraction finished
        assert app.query_one(ArticleView).line_at(0) is not None  # the text is already there
        await _filled(app, pilot)
        assert app.query_one("#people", RowList).row_count == 8
        assert app.query_one("#events", RowList).row_count >= 10
        assert "2024-09-26" in app.sub_title


async def test_choosing_a_person_highlights_mentions_and_n_steps() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _filled(app, pilot)
        await pilot.press("p")
        people = app.query_one("#people", RowList)
        assert app.focused is people
        await pilot.press("down", "enter")  # 山姆·奥特曼, the most mentioned
        person = app.session.extraction.people[0]
        assert app.session.marks.spans == person.mentions
        view = app.query_one(ArticleView)
        status = str(app.query_one("#status").render())
        assert f"1/{len(person.mentions)}" in status and person.name in status
        first_top = view.top_offset()
        await pilot.press("G", "n")  # n works from anywhere, and jumps
        assert app.session.marks.index == 1
        assert f"2/{len(person.mentions)}" in str(app.query_one("#status").render())
        await pilot.press("N", "N")
        assert app.session.marks.index == len(person.mentions) - 1
        await pilot.press("n")
        assert view.top_offset() >= first_top
        await pilot.press("escape")
        assert not app.session.marks
        assert not app.query_one("#status").display
        assert view._highlights == []


async def test_choosing_an_event_marks_its_sentences_and_gives_the_keys_back_to_the_text() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _filled(app, pilot)
        await pilot.press("e")
        assert app.query_one(EntityPanel).tab == "events" and app.query_one("#events").display
        events = app.session.extraction.events
        target = next(i for i, e in enumerate(events) if e.date == "2024-05-14")
        await pilot.press(*["down"] * (target + 1), "enter")
        view = app.query_one(ArticleView)
        start = min(s for s, _ in events[target].spans)
        assert app.focused is view
        assert view._highlights and view._highlights[0].start == start
        assert view.line_at(int(view.scroll_y) + 2).start <= start or view.scroll_y == view.max_scroll_y
        assert app.session.marks.spans == sorted(events[target].spans)  # marks, not a flash: n steps
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y  # the text has the keys
        await pilot.press("escape")
        assert view._highlights == [] and not app.session.marks


async def test_after_choosing_a_person_the_reading_keys_move_the_text() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _filled(app, pilot)
        await pilot.press("p", "down", "enter")
        view = app.query_one(ArticleView)
        assert app.focused is view and app.session.marks
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("space")
        assert view.scroll_y > 0
        await pilot.press("p", "escape")  # out of the panel without choosing: marks kept
        assert app.focused is view and app.session.marks
        await pilot.press("escape")  # in the text: marks cleared
        assert not app.session.marks


async def test_d_shows_resolved_dates_beside_relative_words() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _filled(app, pilot)
        view = app.query_one(ArticleView)
        shown = lambda: "".join(r.text for line in view.layout.all_lines() for r in line.runs)  # noqa: E731
        assert "〔2024-09-25〕" not in shown()
        await pilot.press("d")
        assert "周三〔2024-09-25〕" in shown()
        await pilot.press("d")
        assert "〔2024-09-25〕" not in shown()


async def test_d_on_an_article_without_a_date_says_so(tmp_path: Path) -> None:
    from tests.ui.test_reader import reader_app as app_for

    undated = tmp_path / "undated.txt"
    undated.write_text("标题\n\n导语：昨天，会议在北京召开。明天还有一场。\n", encoding="utf-8")
    app = app_for(str(undated))
    async with app.run_test(size=(100, 30)) as pilot:
        await _filled(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "没有可依据的日期" in messages  # no reference date: 昨天 stays unresolved, and it says why


@pytest.mark.parametrize("size", [(80, 24), (64, 20), (160, 45), (40, 12)])
async def test_the_text_keeps_a_readable_column_and_panes_stay_inside(size: tuple[int, int]) -> None:
    app = reader_app()
    async with app.run_test(size=size) as pilot:
        await _filled(app, pilot)
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.text_width >= (60 if size[0] >= 64 else size[0] - 4)
        shown = [app.query_one(s) for s in ("#sections", "#reader", "#panel") if app.query_one(s).display]
        for left, right in zip(shown, shown[1:]):
            assert left.region.right <= right.region.x
        assert shown[-1].region.right <= size[0]
        assert app.query_one(ArticleView).line_at(0) is not None
        await pilot.press("p", "down", "enter")  # the status line names the person and counts
        status = app.query_one("#status")
        assert status.display and cell_len(str(status.render())) <= size[0] - 2  # it fits


async def test_on_a_narrow_terminal_the_panes_are_drawers() -> None:
    app = reader_app()
    async with app.run_test(size=(64, 20)) as pilot:
        await _filled(app, pilot)
        panel, sections = app.query_one("#panel"), app.query_one("#sections")
        assert not panel.display and not sections.display
        await pilot.press("p")
        assert panel.display and app.focused is app.query_one("#people")
        await pilot.press("escape")
        assert not panel.display and app.focused is app.query_one(ArticleView)
        await pilot.press("o")
        assert sections.display and app.focused is sections
        await pilot.press("down", "enter")  # a section chosen: back to the text, drawer closed
        assert not sections.display and app.focused is app.query_one(ArticleView)


async def test_panes_hide_and_show_on_their_keys_and_z_leaves_the_text_alone() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        panel, sections = app.query_one("#panel"), app.query_one("#sections")
        view = app.query_one(ArticleView)
        assert panel.display and sections.display
        wide = view.text_width
        await pilot.press("i")
        assert not panel.display
        await pilot.press("i")
        assert panel.display
        await pilot.press("escape", "z")
        assert not panel.display and not sections.display and app.focused is view
        await pilot.pause()
        assert view.text_width >= wide
        await pilot.press("z")
        assert panel.display and sections.display


async def test_extraction_shows_progress_and_quitting_stops_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.widgets import ProgressBar

    from tui.article import parse
    from tui.extract import process

    helpers: list[process.Helper] = []
    start = process.Helper.__init__

    def tracked(self: process.Helper, *args: object, **kwargs: object) -> None:
        start(self, *args, **kwargs)  # type: ignore[arg-type]
        helpers.append(self)

    monkeypatch.setattr(process.Helper, "__init__", tracked)
    app = reader_app()
    big = "\n".join([app.article.text] * 40)
    app.session = ReaderSession(parse(big, title="big", source=None), type(app.config)(cache=False))
    async with app.run_test(size=(120, 36)) as pilot:
        panel = app.query_one(EntityPanel)
        for _ in range(200):
            await pilot.pause(0.05)
            bar = next(app.query("#panel-progress").results(ProgressBar), None)
            if bar is not None and (bar.progress or 0) > 0:
                break
        assert bar is not None and 0 < bar.progress < 1 and not panel.filled
        await pilot.press("q")
    assert not panel.filled
    # The helper was killed rather than left to finish (a finished helper exits with 0).
    assert len(helpers) == 1 and helpers[0]._process.wait(timeout=60) != 0


def test_presence_strip_fits_the_panel_on_an_article_with_many_sections() -> None:
    from tui.extract import Person
    from tui.widgets.entities import MAX_STRIP, presence_strip

    starts = list(range(0, 100_000, 100))  # a thousand sections
    person = Person(name="甲", mentions=[(50, 51), (150, 151), (99_950, 99_951)])
    strip = presence_strip(starts, person)
    assert len(strip) == MAX_STRIP
    assert strip[0] == "█" and strip[-1] != "·" and set(strip[1:-1]) == {"·"}
    assert presence_strip(starts[:5], person) == "██··█"  # few sections: one cell each


def test_a_persons_row_shows_other_forms_but_not_the_surname_the_name_holds() -> None:
    from tui.extract import Person
    from tui.widgets.entities import person_row

    def plain(person: Person) -> list[str]:
        return [line.plain for line in person_row([0], person)]

    assert "杨" not in plain(Person(name="老杨", aliases=["杨"], mentions=[(1, 2)]))[1:]
    assert "萨姆·奥尔特曼" in plain(Person(name="Sam Altman", aliases=["萨姆·奥尔特曼"], mentions=[(0, 3)]))[1]
    # every role, so a relation found behind an office shows too
    assert plain(Person(name="许世坛", roles=["香港世茂集团副主席", "许荣茂的弟弟"], mentions=[(0, 3)]))[1] \
        == "香港世茂集团副主席、许荣茂的弟弟"


async def test_command_line_settles_people_before_the_reader_starts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "empty"))
    app = make_app(build_parser().parse_args([]), extract_early=True)
    assert app.session.helper is not None  # jieba is loading while the reader starts
    async with app.run_test(size=(120, 36)) as pilot:
        panel = await _filled(app, pilot)
        assert app.query_one("#people", RowList).row_count == 8 and panel.filled

    warm = make_app(build_parser().parse_args([]), extract_early=True)
    assert warm.session.helper is None and warm.session.extraction is not None  # from the cache: no jieba
    async with warm.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert warm.query_one(EntityPanel).filled


async def test_the_panel_says_in_how_many_other_articles_a_person_appears(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("奥特曼再度亮相\n\n记者王小明报道，OpenAI首席执行官山姆·奥特曼今天出席发布会。"
                     "奥特曼表示，公司将继续投入研究。\n", encoding="utf-8")
    assert main(["add", str(other)]) == 0
    app = make_app(build_parser().parse_args([str(BUNDLED)]))
    async with app.run_test(size=(160, 45)) as pilot:
        await until(pilot, lambda: app.query_one(EntityPanel).filled)
        await pilot.pause()
        text = screen_text(app)
        assert "山姆·奥特曼  15× · 另见 1 篇" in text
        assert "米拉·穆拉提  6×" in text and "米拉·穆拉提  6× ·" not in text


async def test_a_person_written_in_latin_letters_elsewhere_is_counted_too(tmp_path: Path) -> None:
    other = tmp_path / "latin.txt"
    other.write_text("硅谷来信\n\nOpenAI首席执行官Sam Altman今天表示，公司将继续投入研究。Altman说，新模型明年推出。\n",
                     encoding="utf-8")
    assert main(["add", str(other)]) == 0
    app = make_app(build_parser().parse_args([str(BUNDLED)]))
    async with app.run_test(size=(160, 45)) as pilot:
        await until(pilot, lambda: "山姆·奥特曼  15× · 另见 1 篇" in screen_text(app))


async def test_an_empty_tab_says_why_it_is_empty(tmp_path: Path) -> None:
    article = tmp_path / "quiet.txt"
    article.write_text("标题\n\n由张艺谋执导的新片近日杀青。张艺谋说，很开心。影片明年上映。\n", encoding="utf-8")
    app = reader_app(str(article))
    app.session = ReaderSession(app.article, type(app.config)(cache=False))
    async with app.run_test(size=(120, 30)) as pilot:
        await _filled(app, pilot)
        await pilot.press("e")
        assert app.query_one("#events", RowList).row_count == 0
        await pilot.pause()
        assert say("No happening in this article has a date it gives.") in screen_text(app)
