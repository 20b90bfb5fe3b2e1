"""What ``n``/``N`` step through: the spans highlighted now (a person's mentions, search matches)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Marks:
    label: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    index: int = 0

    def __bool__(self) -> bool:
        return bool(self.spans)

    @property
    def current(self) -> tuple[int, int] | None:
        return self.spans[self.index] if self.spans else None

    def step(self, delta: int) -> tuple[int, int] | None:
        """Move to the next (``1``) or previous (``-1``) span, wrapping around."""
        if not self.spans:
            return None
        self.index = (self.index + delta) % len(self.spans)
        return self.current

    def first_after(self, offset: int) -> None:
        """Make the first span at or after ``offset`` current (the reader's place)."""
        self.index = next((i for i, (s, _e) in enumerate(self.spans) if s >= offset), 0)

    def counter(self) -> str:
        return f"{self.index + 1}/{len(self.spans)}" if self.spans else ""
