"""People, events and dates extracted from an article (pure Python, no Textual).

``extract`` does the work (it loads jieba, which is slow the first time); ``cached_extract``
answers from the on-disk cache when it can, without importing jieba at all.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from tui import dates
from tui.article import Article
from tui.extract.model import DateNote, Event, Extraction, Person
from tui.traditional import to_simplified

# Bump whenever extraction changes what it finds: cached results of other versions are ignored.
EXTRACTOR_VERSION = "1593"

Progress = Callable[[float], None]
"""Told the share of the work done (0..1); it may raise to stop the extraction."""

__all__ = ["EXTRACTOR_VERSION", "DateNote", "Event", "Extraction", "Person", "Progress", "body_text", "extract"]


def body_text(article: Article) -> str:
    """The text without page residue, so that nothing is extracted from it (offsets unchanged)."""
    appendix = next((s for s in article.sections if s.kind == "appendix"), None)
    return article.text[: appendix.start] if appendix else article.text


def extract(article: Article, progress: Progress | None = None) -> Extraction:
    from tui.extract.dictionary import dictionary
    from tui.extract.events import find_events, subject_ends
    from tui.extract.people import find_people

    report = progress or (lambda _done: None)
    text = body_text(article)
    report(0.05)
    people = find_people(text, lambda done: report(0.05 + 0.85 * done))
    # (周天行代表: no Sunday inside a name)
    exprs = _outside(dates.scan(text, subject_ends(text, people), dictionary().table),
                     [span for person in people for span in person.mentions])
    folded = to_simplified(text)  # (a dateline's and an event's words read in simplified characters: 頒獎典禮)
    ref = article.published or dates.infer_reference(folded, exprs)
    # A wire story seldom gives its year (新华社北京2月21日电): its days are still told apart.
    calendar = ref or dates.yearless_reference(folded, exprs)
    events = find_events(article, people, calendar, exprs)
    report(1.0)
    notes = []
    for expr in exprs:
        resolved = dates.resolve(expr, calendar)
        known = resolved if resolved is not None and not resolved.yearless else None
        notes.append(DateNote(expr.start, expr.end, expr.text, known.iso if known else None,
                              known.precision if known else None, expr.relative,
                              resolved.iso if resolved is not None and resolved.yearless else None))
    return Extraction(people, events, ref.isoformat() if ref else None, notes)


def _outside(exprs: list[dates.DateExpr], spans: list[tuple[int, int]]) -> list[dates.DateExpr]:
    """The date expressions that overlap none of ``spans``, each looked up by bisection (an article may hold
    thousands of both): of the spans that start before an expression ends, the furthest end must not reach it."""
    spans = sorted(spans)
    starts = [start for start, _end in spans]
    reach = list(accumulate((end for _start, end in spans), max))
    return [e for e in exprs if not ((i := bisect_left(starts, e.end)) and reach[i - 1] > e.start)]
