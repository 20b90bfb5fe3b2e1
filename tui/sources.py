"""Where an article comes from: a file (plain text or a saved web page), a web address, or a
news feed that lists many."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui.article import Article, load, parse
from tui.fetch import FetchError, fetch, is_url
from tui.textio import (
    PAGE_SUFFIXES,
    ArticleError,
    decode_article,
    looks_like_feed,
    looks_like_page,
    normalise,
    read_article_bytes,
)

if TYPE_CHECKING:
    from tui.feeds import Feed, FeedEntry
    from tui.library import Library

PLAIN_TYPES = ("text/plain",)
ARTICLE_SUFFIXES = (".txt", *PAGE_SUFFIXES)  # what a folder is read for


def expand_sources(names: list[str]) -> list[str]:
    """The files and addresses named, each folder replaced by the articles in it (``.txt`` and
    web pages), sorted (raises ``ArticleError`` for an empty name or a folder of none)."""
    sources = []
    for name in names:
        if is_url(name):
            sources.append(name)
            continue
        if not name:
            raise ArticleError("an empty name is not an article file")
        path = Path(name).expanduser()
        if path.is_dir():
            articles = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and not p.is_dir())
            if not articles:
                raise ArticleError(f"{normalise(str(path))}: is a folder with no articles (.txt or web pages)")
            sources.extend(map(str, articles))
        else:
            sources.append(str(path))
    return sources


def open_source(name: str) -> Article:
    """The article ``name`` gives: a URL is fetched, anything else is a file (raises
    ``ArticleError``, with one line for the user; also for a feed, which holds many)."""
    found = open_any(name)
    if isinstance(found, FeedSource):
        raise ArticleError(f"{normalise(name)}: is a news feed; keep its stories with: openai-reader add ADDRESS")
    return found


@dataclass(frozen=True)
class FeedSource:
    location: str  # the feed's address (or file)
    feed: Feed


def open_any(name: str) -> Article | FeedSource:
    """An article, or a news feed, from a file or an address (raises ``ArticleError``)."""
    if is_url(name):
        url = name.strip()
        try:
            fetched = fetch(url)
        except FetchError as error:
            raise ArticleError(str(error)) from None
        data, content_type, where, found_at = fetched.data, fetched.content_type, normalise(url), normalise(fetched.url)
    else:
        if not name:
            raise ArticleError("an empty name is not an article file")
        path = Path(name).expanduser()
        data = read_article_bytes(path)
        if not looks_like_feed(data):
            return load(path, data)
        content_type, where, found_at = "", normalise(str(path)), normalise(str(path))
    if looks_like_feed(data, content_type):
        from tui.feeds import read_feed  # feedparser loads only for feeds

        feed = read_feed(data, url=found_at)
        if feed is None:
            raise ArticleError(f"{where}: looks like a news feed but lists nothing")
        return FeedSource(found_at, feed)
    if content_type in PLAIN_TYPES and not looks_like_page(data):
        article = parse(decode_article(data, where).text)
    else:
        from tui.webpage import read_page

        article = read_page(data, url=found_at, where=where)
    article.url = found_at
    return article


def entry_article(entry: FeedEntry, feed_title: str) -> Article:
    """A feed's story from the feed's own full text (a story with only a link is kept by its
    link and fetched when first opened); the feed's title, date and name fill in what the
    text does not say."""
    if entry.content is None:
        raise ArticleError(f"{feed_title}: the story “{entry.title}” has neither text nor a link")
    from tui.webpage import read_page

    article = read_page(entry.content.encode("utf-8"), url=entry.link, where=entry.link or feed_title)
    article.title = entry.title or article.title
    article.source = feed_title or article.source  # the page is the feed's own text
    article.published = article.published or entry.published
    return article


def kept_article(library: Library, article_id: int) -> Article:
    """An article of the library; a feed's story not fetched yet is fetched now and kept (raises
    ``ArticleError`` when it cannot be, ``KeyError`` for an id the library does not have)."""
    link = library.pending(article_id)
    if link is not None:
        library.fill(article_id, open_source(link))
    return library.article(article_id)
