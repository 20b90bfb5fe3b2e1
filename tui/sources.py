"""Where an article comes from: a file (plain text or a saved web page) or a web address."""

from __future__ import annotations

from pathlib import Path

from tui.article import Article, load, parse
from tui.fetch import FetchError, fetch, is_url
from tui.textio import PAGE_SUFFIXES, ArticleError, decode_article, looks_like_page, normalise

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
