"""People, events and dates extracted from an article (pure Python, no Textual).

``extract`` does the work (it loads jieba, which is slow the first time); ``cached_extract``
answers from the on-disk cache when it can, without importing jieba at all.
"""

from __future__ import annotations

from tui import dates
from tui.article import Article
from tui.extract.model import DateNote, Event, Extraction, Person

EXTRACTOR_VERSION = "1"

__all__ = ["EXTRACTOR_VERSION", "DateNote", "Event", "Extraction", "Person", "body_text", "extract"]


def body_text(article: Article) -> str:
    """The text without page residue, so that nothing is extracted from it (offsets unchanged)."""
    appendix = next((s for s in article.sections if s.kind == "appendix"), None)
    return article.text[: appendix.start] if appendix else article.text


def extract(article: Article) -> Extraction:
    from tui.extract.events import find_events
    from tui.extract.people import find_people

    text = body_text(article)
    exprs = dates.scan(text)
    ref = article.published or dates.infer_reference(text, exprs)
    people = find_people(text)
    events = find_events(article, people, ref, exprs)
    notes = []
    for expr in exprs:
        if expr.relative:
            resolved = dates.resolve(expr, ref)
            if resolved is not None:
                notes.append(DateNote(expr.start, expr.end, resolved.label()))
    return Extraction(people, events, ref.isoformat() if ref else None, notes)
