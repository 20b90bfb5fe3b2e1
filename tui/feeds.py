"""News feeds (RSS and Atom): what a feed lists, read with ``feedparser``.

A feed gives, for each story, its title, link and date, and sometimes the story's full text
(``content:encoded``, Atom ``content``). A story with its full text is read from the feed;
the others are fetched from their link like any page.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from tui.textio import normalise

FULL_TEXT = 200  # characters of text that make a feed's content the story itself, not a teaser


@dataclass(frozen=True)
class FeedEntry:
    title: str
    link: str | None
    published: date | None
    content: str | None  # the story's full HTML, when the feed carries it


@dataclass(frozen=True)
class Feed:
    title: str
    entries: list[FeedEntry]


def read_feed(data: bytes, *, url: str | None = None) -> Feed | None:
    """The feed's title and entries; ``None`` when ``data`` is no feed."""
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    if not parsed.entries and not parsed.feed.get("title"):
        return None
    entries = []
    for item in parsed.entries:
        contents = [c.get("value", "") for c in item.get("content", []) if c.get("value")]
        full = max(contents, key=len, default=None)
        if full is not None and len(_text_of(full)) < FULL_TEXT:
            full = None
        entries.append(FeedEntry(_line(item.get("title", "")), item.get("link") or None,
                                 _day(item.get("published_parsed") or item.get("updated_parsed"),
                                      item.get("published") or item.get("updated") or ""), full))
    return Feed(_line(parsed.feed.get("title", "")), entries)


def _line(text: str) -> str:
    return " ".join(normalise(text).split())


def _text_of(html: str) -> str:
    return re.sub(r"<[^>]+>|\s+", "", html)


def _day(parsed: object, raw: str) -> date | None:
    """The entry's own date in its own time zone (feedparser gives UTC: a story at 07:48
    Beijing time on the 10th would otherwise be dated the 9th)."""
    if not parsed:
        return None
    moment = datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)  # type: ignore[arg-type]
    offset = _offset(raw)
    return (moment + offset).date() if offset is not None else moment.date()


def _offset(raw: str) -> timedelta | None:
    """The UTC offset written at the end of an RFC 822 or ISO 8601 date (+0800, +08:00, Z)."""
    found = re.search(r"([+-])(\d{2}):?(\d{2})\s*$|(Z|GMT|UTC)\s*$", raw.strip())
    if not found:
        return None
    if found.group(4):
        return timedelta(0)
    sign = 1 if found.group(1) == "+" else -1
    return sign * timedelta(hours=int(found.group(2)), minutes=int(found.group(3)))
