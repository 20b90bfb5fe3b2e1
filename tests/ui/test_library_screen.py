"""The Library screen: shown first when the library holds several articles, filtered as you
type, and opening what is chosen in the reader."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import BUNDLED, screen_text, until
from tui.cli import build_parser, main, make_app
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView

PAGES = Path(__file__).resolve().parents[1] / "data" / "html"


def _library_of_three() -> None:
    assert main(["add", str(BUNDLED), str(PAGES / "xinhuanet_1.html"), str(PAGES / "people_1.html")]) == 0


async def test_several_articles_open_on_the_library_and_escape_reads_the_last_one() -> None:
    _library_of_three()
    app = make_app(build_parser().parse_args([]))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and "文库 · 3 篇" in screen_text(app))
        text = screen_text(app)
        assert "法国全国大罢工再次严重影响交通" in text and "2019-12-10" in text and "马克龙" in text
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))


async def test_typing_filters_and_enter_opens_the_article_in_the_reader() -> None:
    _library_of_three()
    app = make_app(build_parser().parse_args([]))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and "文库" in screen_text(app))
        await pilot.press(*"makelong")  # pinyin of a person in one article only
        await pilot.pause()
        text = screen_text(app)
        assert "法国全国大罢工" in text and "郑板桥" not in text
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.session.article.title.startswith("法国"))
        await until(pilot, lambda: "新华社巴黎12月9日电" in screen_text(app))
        assert app.focused is app.screen.query_one(ArticleView)
        await pilot.press("L")  # back to the list the reader was opened from
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and len(app.screen_stack) == 1)


async def test_the_people_view_opens_an_article_at_the_persons_first_mention() -> None:
    _library_of_three()
    app = make_app(build_parser().parse_args([str(BUNDLED)]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("L")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and "文库" in screen_text(app))
        await pilot.press("tab", *"菲利普")
        await pilot.pause()
        assert "菲利普  1 篇" in screen_text(app)
        await pilot.press("enter")  # the person: the articles they appear in
        await pilot.pause()
        assert "菲利普 出现在 1 篇中" in screen_text(app)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.session.article.title.startswith("法国"))
        await until(pilot, lambda: "法国总理菲利普" in screen_text(app))


async def test_titles_in_the_library_are_shown_as_written_never_as_markup(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("[bold red]红字[/] [@click=app.quit]点我\x1b[31m\n\n记者王小明报道，今天天气很好。\n", encoding="utf-8")
    assert main(["add", str(BUNDLED), str(hostile)]) == 0
    app = make_app(build_parser().parse_args([]))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and "文库" in screen_text(app))
        assert "[bold red]红字[/] [@click=app.quit]点我␛[31m" in screen_text(app)
