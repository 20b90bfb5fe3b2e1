"""Where an article comes from: a file (plain text or a saved web page) or a web address."""

from __future__ import annotations

from pathlib import Path

from tui.article import Article, load, parse
from tui.fetch import FetchError, fetch, is_url
from tui.textio import ArticleError, decode_article, looks_like_page, normalise

PLAIN_TYPES = ("text/plain",)


def open_source(name: str) -> Article:
    """The article ``name`` gives: a URL is fetched, anything else is a file (raises
    ``ArticleError``, with one line for the user)."""
    if is_url(name):
        return _from_web(name.strip())
    if not name:
        raise ArticleError("an empty name is not an article file")
    return load(Path(name).expanduser())


def _from_web(url: str) -> Article:
    try:
        fetched = fetch(url)
    except FetchError as error:
        raise ArticleError(str(error)) from None
    where = normalise(url)
    if fetched.content_type in PLAIN_TYPES and not looks_like_page(fetched.data):
        article = parse(decode_article(fetched.data, where).text)
    else:
        from tui.webpage import read_page

        article = read_page(fetched.data, url=normalise(fetched.url), where=where)
    article.url = normalise(fetched.url)
    return article
