"""News feeds kept in the library, from a real HTTP server on 127.0.0.1 (see conftest.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.net.conftest import HOSTILE_TITLE, STORY
from tui.cli import main
from tui.feeds import read_feed
from tui.library import Library
from tui.library_commands import library_path
from tui.sources import kept_article, open_source
from tui.textio import ArticleError, looks_like_feed


def test_a_feed_is_read_with_its_entries_dates_in_their_own_time_zone(server: str) -> None:
    import httpx

    data = httpx.get(f"{server}/feed.xml").content
    assert looks_like_feed(data, "application/rss+xml")
    feed = read_feed(data)
    assert feed is not None and feed.title == "测试新闻"
    first, second, third, _fourth = feed.entries
    assert first.published == date(2019, 12, 10)  # 07:48 in Beijing is still the 10th
    assert first.content is not None and second.content is None and third.published is None


def test_adding_a_feed_keeps_its_stories_and_fetches_a_linked_one_when_first_opened(
        server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["add", f"{server}/feed.xml", "--json"]) == 0  # nothing is fetched yet
    added = json.loads(capsys.readouterr().out)
    assert [(item["title"], item.get("pending", False)) for item in added] == [
        ("新规全文", False), ("法国罢工", True), ("失效链接", True), (HOSTILE_TITLE.replace("\x1b", "␛"), False)]
    library = Library(library_path())
    stories = {entry.title: entry for entry in library.entries()}
    assert STORY in library.article(stories["新规全文"].id).text
    assert stories["新规全文"].published == "2019-12-10" and stories["新规全文"].source == "测试新闻"
    assert stories["法国罢工"].pending and stories["法国罢工"].published == "2019-12-10"
    hostile = next(entry for entry in library.entries() if "标题" in entry.title)
    assert "\x1b" not in hostile.title and "[bold red]" in hostile.title  # inert, shown as written

    story = kept_article(library, stories["法国罢工"].id)  # first opened: fetched and kept
    assert story.title == "法国全国大罢工再次严重影响交通" and "新华社巴黎12月9日电" in story.text
    assert not {entry.id: entry for entry in library.entries()}[stories["法国罢工"].id].pending
    with pytest.raises(ArticleError, match="404"):
        kept_article(library, stories["失效链接"].id)
    assert {entry.id: entry for entry in library.entries()}[stories["失效链接"].id].pending  # left as it was


def test_refreshing_keeps_what_was_kept_and_adds_nothing_twice(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["add", f"{server}/feed.xml"])
    before = Library(library_path()).count()
    capsys.readouterr()
    assert main(["refresh", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert Library(library_path()).count() == before


def test_a_feed_opened_directly_says_how_to_keep_it(server: str) -> None:
    with pytest.raises(ArticleError, match="is a news feed"):
        open_source(f"{server}/feed.xml")


def test_what_was_added_reads_with_the_server_gone(server: str, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from tui import fetch as fetching
    from tui.cli import make_app
    from tui.library_commands import build_parser as library_parser

    assert main(["add", f"{server}/xinhua.html", "--json"]) == 0
    [added] = json.loads(capsys.readouterr().out)

    def offline(url: str, **_limits: object) -> None:
        raise fetching.FetchError(f"{url}: cannot connect (no network)")

    monkeypatch.setattr(fetching, "fetch", offline)
    monkeypatch.setattr("tui.sources.fetch", offline)
    args = library_parser().parse_args(["open", str(added["id"])])
    args.article, args.extract, args.search = [], False, None
    app = make_app(args)
    assert app.session.article.title == "法国全国大罢工再次严重影响交通"
    assert "新华社巴黎12月9日电" in app.session.article.text
    assert main(["export", str(added["id"])]) == 0
    assert "法国总理菲利普" in capsys.readouterr().out
