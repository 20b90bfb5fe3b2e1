"""The sections pane: the article's outline, following the reader as they scroll."""

from __future__ import annotations

from tui.article import Article
from tui.widgets.lists import RowList, row_line

KIND_MARKS = {"lead": "◆", "body": "§", "timeline": "◷", "appendix": "…"}


class SectionList(RowList):
    """One row per section; Enter or a click jumps there (via ``RowList.Selected``)."""

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        rows = [
            (row_line((f"{KIND_MARKS.get(s.kind, '§')} ", "dim"), s.title),)
            for s in article.sections
        ]
        super().__init__(rows, id=id)
        self._highlighted = 0 if rows else None  # the article opens at its first section

    def follow(self, index: int) -> None:
        """Mark ``index`` as the section being read without moving focus or the article."""
        self.highlighted = index
