"""The Textual application: wires the panes together and owns app-wide keys and themes."""

from __future__ import annotations

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.theme import Theme
from textual.widgets import Footer, Header, OptionList

from tui.article import Article
from tui.commands import ReaderCommands
from tui.config import Config
from tui.screens.help import HelpScreen
from tui.themes import ThemeSpec
from tui.widgets.article_view import ArticleView
from tui.widgets.sections import SectionList


def textual_theme(spec: ThemeSpec) -> Theme:
    return Theme(name=spec.name, dark=spec.dark, variables=dict(spec.variables), **spec.colors)


class ReaderApp(App[None]):
    """Reads one article: sections on the left, the text in the middle."""

    CSS_PATH = "app.tcss"
    TITLE = "openai-reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    AUTO_FOCUS = "#reader"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]

    BINDINGS = [
        Binding("right_square_bracket", "next_section", "Next §", id="next-section"),
        Binding("left_square_bracket", "previous_section", "Prev §", id="previous-section"),
        *(
            Binding(str(n), f"jump_section({n})", f"Go to section {n}", id=f"section-{n}", show=False)
            for n in range(1, 10)
        ),
        Binding("tab", "focus_next", "Next pane", id="focus-next", show=False),
        Binding("shift+tab", "focus_previous", "Previous pane", id="focus-previous", show=False),
        Binding("t", "next_theme", "Theme", id="next-theme"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, article: Article, config: Config, themes: list[ThemeSpec], *,
                 theme: str | None = None, notices: list[str] | None = None) -> None:
        super().__init__()
        self.article = article
        self.config = config
        self.theme_specs = themes
        self.theme_names = [spec.name for spec in themes]
        self._start_theme = theme or config.theme
        self._notices = notices or []

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="≡")
        with Horizontal(id="main"):
            yield SectionList(self.article, id="sections")
            yield ArticleView(self.article, max_width=self.config.max_width, id="reader")
        yield Footer()

    def on_mount(self) -> None:
        for spec in self.theme_specs:
            self.register_theme(textual_theme(spec))
        if self._start_theme in self.theme_names:
            self.theme = self._start_theme
        elif self.theme_names:
            self.theme = self.theme_names[0]
        self.title = self.article.title
        self.sub_title = self._subtitle()
        self.query_one("#sections").styles.width = self.config.sections_width
        for notice in self._notices:
            self.notify(notice, severity="warning", timeout=8)

    def _subtitle(self) -> str:
        parts = [self.article.source or "", self.article.published.isoformat() if self.article.published else ""]
        return " · ".join(p for p in parts if p)

    @property
    def reader(self) -> ArticleView:
        return self.query_one("#reader", ArticleView)

    @on(ArticleView.SectionChanged)
    def _follow_section(self, event: ArticleView.SectionChanged) -> None:
        self.query_one("#sections", SectionList).follow(event.index)

    @on(OptionList.OptionSelected, "#sections")
    def _section_chosen(self, event: OptionList.OptionSelected) -> None:
        self.reader.scroll_to_section(event.option_index)

    def action_next_section(self) -> None:
        self.reader.scroll_to_section(min(self.reader.current_section() + 1, len(self.article.sections) - 1))

    def action_previous_section(self) -> None:
        self.reader.scroll_to_section(max(self.reader.current_section() - 1, 0))

    def action_jump_section(self, number: int) -> None:
        if 1 <= number <= len(self.article.sections):
            self.reader.scroll_to_section(number - 1)
        else:
            self.notify(f"There is no section {number}.", severity="warning", timeout=3)

    def use_theme(self, name: str) -> None:
        self.theme = name
        self.notify(f"Theme: {name}", timeout=2)

    def action_next_theme(self) -> None:
        if not self.theme_names:
            return
        index = self.theme_names.index(self.theme) if self.theme in self.theme_names else -1
        self.use_theme(self.theme_names[(index + 1) % len(self.theme_names)])

    def action_help(self) -> None:
        reading = [b for b in ArticleView.BINDINGS if isinstance(b, Binding)]
        app_keys = [b for b in self.BINDINGS if isinstance(b, Binding)]
        self.push_screen(HelpScreen([("Reading", reading), ("Anywhere", app_keys)]))
