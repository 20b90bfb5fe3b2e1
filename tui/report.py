"""The JSON documents printed by ``--extract`` and ``--search``."""

from __future__ import annotations

from typing import Any

from tui.article import Article
from tui.extract import Extraction


def article_document(article: Article, extraction: Extraction | None = None) -> dict[str, Any]:
    document: dict[str, Any] = {
        "article": {
            "path": article.path,
            "url": article.url,
            "title": article.title,
            "source": article.source,
            "published": article.published.isoformat() if article.published else None,
        },
        "sections": [
            {"title": s.title, "kind": s.kind, "start": s.start, "end": s.end}
            for s in article.sections
        ],
    }
    if extraction is not None:
        document["article"]["published"] = extraction.published
        document["people"] = [
            {"name": p.name, "aliases": p.aliases, "roles": p.roles, "mentions": [list(m) for m in p.mentions]}
            for p in extraction.people
        ]
        document["dates"] = [
            {"start": d.start, "end": d.end, "text": d.text, "value": d.value, "precision": d.precision,
             "yearless": d.yearless}
            for d in extraction.dates
        ]
        document["events"] = [
            {"date": e.date, "precision": e.precision, "summary": e.summary, "people": e.people,
             "spans": [list(s) for s in e.spans]}
            for e in extraction.events
        ]
    return document
