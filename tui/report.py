"""The JSON documents printed by ``--extract`` (and, later, ``--search``)."""

from __future__ import annotations

from typing import Any

from tui.article import Article


def article_document(article: Article) -> dict[str, Any]:
    return {
        "article": {
            "path": article.path,
            "title": article.title,
            "source": article.source,
            "published": article.published.isoformat() if article.published else None,
        },
        "sections": [
            {"title": s.title, "kind": s.kind, "start": s.start, "end": s.end}
            for s in article.sections
        ],
    }
