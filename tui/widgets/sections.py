"""The sections pane: the article's outline, following the reader as they scroll."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from tui.article import Article
from tui.widgets.lists import KeyList

KIND_MARKS = {"lead": "◆", "body": "§", "timeline": "◷", "appendix": "…"}


class SectionList(KeyList):
    """One option per section; Enter or a click jumps there (via ``OptionSelected``)."""

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        options = [
            Option(Text.assemble((f"{KIND_MARKS.get(s.kind, '§')} ", "dim"), s.title), id=str(i))
            for i, s in enumerate(article.sections)
        ]
        super().__init__(*options, id=id)

    def follow(self, index: int) -> None:
        """Mark ``index`` as the section being read without moving focus or the article."""
        if self.highlighted != index:
            self.highlighted = index
