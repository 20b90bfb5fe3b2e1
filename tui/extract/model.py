"""What extraction produces: people and events, as plain data that round-trips through JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


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
    """A relative date in the text (周三, 去年) and the date it stands for."""

    start: int
    end: int
    label: str


@dataclass
class Extraction:
    people: list[Person]
    events: list[Event]
    published: str | None
    dates: list[DateNote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """Rebuild from ``to_dict`` output; raises ``KeyError``/``TypeError``/``ValueError`` if malformed."""
        people = [
            Person(str(p["name"]), [str(a) for a in p["aliases"]], [str(r) for r in p["roles"]],
                   [(int(s), int(e)) for s, e in p["mentions"]])
            for p in data["people"]
        ]
        events = [
            Event(str(e["date"]), str(e["precision"]), str(e["summary"]), [str(n) for n in e["people"]],
                  [(int(s), int(t)) for s, t in e["spans"]], str(e["label"]))
            for e in data["events"]
        ]
        dates = [DateNote(int(d["start"]), int(d["end"]), str(d["label"])) for d in data["dates"]]
        published = data["published"]
        if published is not None and not isinstance(published, str):
            raise ValueError("published must be a string")
        return cls(people, events, published, dates)
