"""Articles fetched by address from a real HTTP server on 127.0.0.1 (see conftest.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.net.conftest import SLOW_SECONDS, STORY
from tui.cli import main
from tui.fetch import FetchError, fetch
from tui.sources import open_source
from tui.textio import ArticleError


def test_a_page_by_address_reads_like_the_saved_page(server: str) -> None:
    article = open_source(f"{server}/xinhua.html")
    assert article.title == "法国全国大罢工再次严重影响交通"
    assert article.published == date(2019, 12, 10)
    assert article.url == f"{server}/xinhua.html"
    assert "新闻评论" not in article.text


def test_redirects_are_followed_and_the_final_address_kept(server: str) -> None:
    article = open_source(f"{server}/moved")
    assert article.url == f"{server}/xinhua.html"
    assert "新华社巴黎12月9日电" in article.text


def test_a_gbk_page_and_a_page_whose_header_claims_gb2312_both_read_right(server: str) -> None:
    assert STORY in open_source(f"{server}/gbk.html").text
    assert "父亲的教诲像一盏灯" in open_source(f"{server}/people.html").text  # UTF-8 bytes win


def test_plain_text_by_address_is_an_article_too(server: str) -> None:
    article = open_source(f"{server}/plain.txt")
    assert article.title == "新规发布" and STORY in article.text


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing.html", "answered 404"), ("/loop", "too many redirects"), ("/empty.html", "no article text")],
)
def test_failures_are_one_clear_line(server: str, path: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message) as caught:
        open_source(server + path)
    assert "\n" not in str(caught.value)


def test_a_slow_server_is_given_up_on(server: str) -> None:
    with pytest.raises(FetchError, match="no answer within"):
        fetch(f"{server}/slow", timeout=SLOW_SECONDS / 6)


def test_an_oversized_page_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="larger than 1 MB"):
        fetch(f"{server}/huge", max_bytes=1024 * 1024)


def test_refused_connection_exits_2_with_one_line(refused: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([refused]) == 2
    err = capsys.readouterr().err.strip()
    assert "cannot connect" in err and err.count("\n") == 0


def test_extract_accepts_addresses_next_to_files(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--extract", f"{server}/xinhua.html", f"{server}/missing.html"]) == 1
    documents = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert documents[0]["article"]["url"] == f"{server}/xinhua.html"
    assert {"马克龙", "菲利普"} <= {p["name"] for p in documents[0]["people"]}
    assert documents[1]["article"] == {"url": f"{server}/missing.html"} and "404" in documents[1]["error"]
