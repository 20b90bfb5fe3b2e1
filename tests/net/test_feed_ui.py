"""A feed's story chosen in the Library screen is fetched off the UI thread, then read."""

from __future__ import annotations

from tests.conftest import BUNDLED, screen_text, until
from tui.app import ReaderApp
from tui.cli import build_parser, main, make_app
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen


def _library_with_the_feed(server: str) -> ReaderApp:
    """The reader started on a library of the bundled article and the test feed's stories."""
    assert main(["add", str(BUNDLED), f"{server}/feed.xml"]) == 0
    return make_app(build_parser().parse_args([]))


async def test_a_story_not_fetched_yet_is_fetched_when_chosen(server: str) -> None:
    app = _library_with_the_feed(server)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and "尚未取回" in screen_text(app))
        await pilot.press(*"法国罢工", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and "新华社巴黎12月9日电" in screen_text(app))
        assert app.session.article.title == "法国全国大罢工再次严重影响交通"


async def test_a_story_that_cannot_be_fetched_says_so_and_stays(server: str) -> None:
    app = _library_with_the_feed(server)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and "文库" in screen_text(app))
        await pilot.press(*"失效链接", "enter")
        await app.workers.wait_for_complete()  # the fetch, answered with a 404
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert "尚未取回" in screen_text(app)  # the story stays in the list, to try again
