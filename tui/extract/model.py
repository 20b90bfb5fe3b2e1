"""What extraction produces: people and events, as plain data that round-trips through JSON."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from tui.dates import PRECISIONS, label
from tui.extract.lexicon import NAME_DOTS
from tui.textio import is_inert_line


_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def latin_script(form: str) -> bool:
    """Is a name written in Latin letters (António Guterres, John Smith) rather than in Chinese?"""
    return not _HAN.search(form)


@dataclass
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        return [self.name, *self.aliases]

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None


@dataclass
class Event:
    date: str
    precision: str
    summary: str
    people: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    label: str = ""  # how the date reads in the panel: 2024-05, 2024 春


@dataclass
class DateNote:
    """A date expression in the text and the date it stands for, when the article makes that
    determinable (``value`` ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with its ``precision``), or
    its month and day when the article gives them but not the year (``yearless``, ``--MM-DD`` or
    ``--MM``; ``value`` is then ``None``)."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    relative: bool  # 周三, 去年: the reader can show its value beside it
    yearless: str | None = None

    @property
    def label(self) -> str:
        if self.yearless:
            return label(self.yearless, "day")
        return label(self.value, self.precision or "day") if self.value else ""


@dataclass
class Extraction:
    people: list[Person]
    events: list[Event]
    published: str | None
    dates: list[DateNote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object, text: str) -> Extraction:
        """Rebuild from ``to_dict`` output found on disk, checked like any input: every field
        of its type and size, every span inside ``text`` and on what it claims (a mention on
        one of the person's forms), every string inert. Raises ``ValueError`` otherwise."""
        top = _table(data, ("people", "events", "published", "dates"))
        people = []
        for raw in _items(top["people"]):
            p = _table(raw, ("name", "aliases", "roles", "mentions"))
            person = Person(_string(p["name"]), [_string(a) for a in _items(p["aliases"])],
                            [_string(r) for r in _items(p["roles"])],
                            [_span(m, text) for m in _items(p["mentions"])])
            forms = {_undotted(f) for f in person.forms}
            if not person.mentions or any(_undotted(text[s:e]) not in forms for s, e in person.mentions):
                raise ValueError(f"a mention of {person.name!r} is not one of its forms")
            people.append(person)
        names = {p.name for p in people}
        events = []
        for raw in _items(top["events"]):
            e = _table(raw, ("date", "precision", "summary", "people", "spans", "label"))
            event = Event(_string(e["date"]), _string(e["precision"]), _string(e["summary"]),
                          [_string(n) for n in _items(e["people"])], [_span(s, text) for s in _items(e["spans"])],
                          _string(e["label"]))
            if not (_ISO.match(event.date) or _YEARLESS.match(event.date)) or event.precision not in PRECISIONS \
                    or not event.spans or not set(event.people) <= names:
                raise ValueError(f"event {event.summary!r} is malformed")
            events.append(event)
        notes = []
        for raw in _items(top["dates"]):
            d = _table(raw, ("start", "end", "text", "value", "precision", "relative"))
            start, end = _span([d["start"], d["end"]], text)
            note = DateNote(start, end, _string(d["text"]), d["value"], d["precision"], d["relative"], d.get("yearless"))
            if note.text != text[start:end] or not isinstance(note.relative, bool) or (
                    (note.value, note.precision) != (None, None)
                    and not (isinstance(note.value, str) and _ISO.match(note.value) and note.precision in PRECISIONS)
            ) or not (note.yearless is None or (isinstance(note.yearless, str) and _YEARLESS.match(note.yearless))):
                raise ValueError(f"date {note.text!r} is malformed")
            notes.append(note)
        published = top["published"]
        if published is not None and not (isinstance(published, str) and _DAY.match(published)):
            raise ValueError("published must be a date")
        return cls(people, events, published, notes)


MAX_ITEMS = 1_000_000  # entries in any one list
MAX_STRING = 1_000  # characters in a name, role, summary or label
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")
_YEARLESS = re.compile(r"--\d{2}(?:-\d{2})?\Z")  # a month and day of a year the text does not give
_DAY = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\Z")
_DOTS = str.maketrans(dict.fromkeys(NAME_DOTS, "·"))


def _undotted(form: str) -> str:
    return form.translate(_DOTS)


def _table(value: object, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict) or not set(keys) <= set(value):
        raise ValueError(f"expected a table with {', '.join(keys)}")
    return value


def _items(value: object) -> list[Any]:
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise ValueError("expected a list")
    return value


def _string(value: object) -> str:
    """A short one-line string that is already inert (as article text is made)."""
    if not isinstance(value, str) or len(value) > MAX_STRING or not is_inert_line(value):
        raise ValueError("expected a short plain string")
    return value


def _span(value: object, text: str) -> tuple[int, int]:
    if not isinstance(value, list) or len(value) != 2 or not all(type(v) is int for v in value):
        raise ValueError("expected a [start, end] pair")
    start, end = value
    if not 0 <= start < end <= len(text):
        raise ValueError("a span lies outside the text")
    return start, end
