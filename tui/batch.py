"""``--extract`` over many articles: one JSON document each, in the order given.

Each article's extraction is independent of the others and bound by the processor, so once
one is not in the cache, jieba and the name tagger are loaded here, once, and the articles
from there on are extracted by processes forked from this one (they share what was loaded) on
the cores the machine lends, up to ``MAX_WORKERS``. Where a process cannot be forked safely
(not on Linux, or with threads running) the articles are extracted here, in turn. Articles
the cache answers for never load jieba at all.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator
from functools import partial
from typing import Any

from tui.article import Article
from tui.config import Config
from tui.extract import Extraction
from tui.fetch import is_url
from tui.report import article_document
from tui.session import ReaderSession
from tui.sources import open_source
from tui.textio import ArticleError, normalise

MAX_WORKERS = 4  # each holds jieba's tables and the tagger's pages it touches: memory grows with them

Document = dict[str, Any]


def documents(sources: list[str], config: Config) -> Iterator[tuple[str, Document, bool]]:
    """``(source, document, failed)`` for each source, in order; a source that cannot be read
    gives a document with its error, and ``failed``."""
    for index, source in enumerate(sources):
        try:
            article = open_source(source)
        except ArticleError as error:
            yield source, _error_document(source, error), True
            continue
        cached = _cached(article.text, config)
        if cached is not None:  # (read once: it answers here)
            yield source, article_document(article, cached), False
            continue
        if (workers := worker_count(len(sources) - index)) > 1:
            yield from _in_parallel(sources[index:], config, workers)
            return
        yield source, _extracted(article, config), False


def worker_count(articles: int) -> int:
    """How many processes to extract ``articles`` with: one (this one) unless forking is safe."""
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return 1
    return max(1, min(articles, MAX_WORKERS, len(os.sched_getaffinity(0))))


def _cached(text: str, config: Config) -> Extraction | None:
    from tui.extract.cache import load_cached

    return load_cached(text) if config.cache else None


def _in_parallel(sources: list[str], config: Config, workers: int) -> Iterator[tuple[str, Document, bool]]:
    from tui.extract.dictionary import dictionary
    from tui.extract.tagger import tagger

    dictionary()  # (jieba's too)
    tagger()
    with multiprocessing.get_context("fork").Pool(workers, initializer=_leave_interrupts_to_parent) as pool:
        results = pool.imap(partial(_document, config=config), sources)  # (in order, as each is done)
        for source, (document, failed) in zip(sources, results):
            yield source, document, failed


def _document(source: str, config: Config) -> tuple[Document, bool]:
    """A worker's part: one source read and extracted."""
    try:
        article = open_source(source)
    except ArticleError as error:
        return _error_document(source, error), True
    return _extracted(article, config), False


def _extracted(article: Article, config: Config) -> Document:
    return article_document(article, ReaderSession(article, config).extract_here())


def _error_document(source: str, error: ArticleError) -> Document:
    where = {"url": source} if is_url(source) else {"path": source}
    return {"article": {k: normalise(v) for k, v in where.items()}, "error": normalise(str(error))}


def _leave_interrupts_to_parent() -> None:
    """Ctrl-C stops the parent, which stops the workers: they print no tracebacks of their own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
