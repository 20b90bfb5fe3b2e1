"""The Textual application: themes, the command palette, help, signals and crashes; the
reading itself happens on its ``ReaderScreen``."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.theme import Theme

from tui.article import Article
from tui.config import Config
from tui.crashlog import write_crash_log
from tui.screens.reader import ReaderScreen, resume_collector
from tui.session import ReaderSession
from tui.strings import say
from tui.textio import ArticleError, normalise
from tui.themes import ThemeSpec
from tui.widgets.article_view import ArticleView
from tui.widgets.entities import EntityPanel
from tui.widgets.lists import RowList
from tui.widgets.search_bar import SearchBar
from tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.screen import Screen

    from tui.screens.library import Choice, LibraryScreen


# Textual's themes that leave cells in the terminal's default colours (unreadable with a
# terminal of the other darkness): left out, since every cell must have the theme's colours.
TERMINAL_COLOUR_THEMES = ("ansi-dark", "ansi-light")
HANG_UP_GRACE = 3.0  # seconds a signalled reader may take to close before it is ended outright


def _reader_commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens (it pulls in a lot)."""
    from tui.commands import ReaderCommands

    return ReaderCommands


def textual_theme(spec: ThemeSpec) -> Theme:
    return Theme(name=spec.name, dark=spec.dark, variables=dict(spec.variables), **spec.colors)


def usable_themes(specs: list[ThemeSpec]) -> tuple[list[ThemeSpec], list[str]]:
    """The themes Textual can style the reader with, and a notice for each one it cannot."""
    usable, notices = [], []
    for spec in specs:
        problem = _theme_problem(textual_theme(spec))
        if problem is None:
            usable.append(spec)
        else:
            notices.append(f"theme skipped: {spec.origin}: {problem}")
    return usable, notices


def _theme_problem(theme: Theme) -> str | None:
    """Why Textual could not style the reader with ``theme``, or ``None``.

    Only a theme's own ``[variables]`` can be wrong here (its colours are checked on
    loading), so a theme without them costs nothing; one with them has the reader's
    stylesheet parsed with its variables, off screen.
    """
    if not theme.variables:
        return None
    from textual.css.stylesheet import Stylesheet, StylesheetError
    from textual.css.tokenizer import TokenError
    from textual.widgets import Footer

    try:
        sheet = Stylesheet(variables={**theme.to_color_system().generate(), **theme.variables})
        sheet.read_all([Path(__file__).with_name("app.tcss"), Path(__file__).parent / "screens" / "help.tcss"])
        from tui.screens.library import LibraryScreen
        from tui.widgets.query_line import QueryLine

        for widget in (Footer, RowList, ArticleView, SearchBar, QueryLine, EntityPanel, TitleBar, LibraryScreen):
            sheet.add_source(widget.DEFAULT_CSS, read_from=(widget.__name__, "DEFAULT_CSS"), is_default_css=True)
        sheet.parse()
    except (StylesheetError, TokenError, ValueError) as error:
        return " ".join(str(error).split())[:200]
    return None

class ReaderApp(App[None]):
    """Reads one article on a ``ReaderScreen``; owns the themes, the palette and the way out."""

    CSS_PATH = "app.tcss"
    TITLE = "openai-reader"
    COMMANDS = App.COMMANDS | {_reader_commands}

    BINDINGS = [
        Binding("L", "library", "Library", id="library"),
        Binding("t", "next_theme", "Theme", id="next-theme"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, session: ReaderSession, themes: list[ThemeSpec], *,
                 theme: str | None = None, notices: list[str] | None = None, start_in_library: bool = False) -> None:
        super().__init__()
        self.session = session
        self._start_in_library = start_in_library
        self.theme_specs = themes
        self.theme_names = [spec.name for spec in themes]
        self._notices = notices or []
        self.crash_log: Path | None = None
        for spec in themes:
            self.register_theme(textual_theme(spec))
        for name in TERMINAL_COLOUR_THEMES:  # they paint with the terminal's own default colours
            self.unregister_theme(name)
        start = theme or session.config.theme
        if start not in self.theme_names:
            start = self.theme_names[0] if self.theme_names else None
        if start is not None:
            self._set_first_theme(start)
        self.title = session.article.title
        self.sub_title = session.subtitle

    @property
    def article(self) -> Article:
        return self.session.article

    @property
    def config(self) -> Config:
        return self.session.config

    def get_default_screen(self) -> Screen[object]:
        if self._start_in_library and self.session.library is not None:  # the list is the first thing painted
            from tui.screens.library import LibraryScreen

            return LibraryScreen(self.session.library, self.session.article_id)
        return ReaderScreen(self.session)

    def on_mount(self) -> None:
        for notice in self._notices:
            self.notify(normalise(notice), severity="warning", timeout=8, markup=False)
        if not isinstance(self.screen_stack[0], ReaderScreen):  # the reader would do it after its first frame
            self.call_after_refresh(resume_collector)
        if self.session.library is not None:
            self.call_after_refresh(self._check_library, self.session.library.path)

    @work(thread=True, group="check")
    def _check_library(self, path: Path) -> None:
        """Read the whole library for damage, off the UI thread once the reader is up (at
        start-up it is only opened); damage is said, and the next library command repairs it."""
        from tui.library import Library

        try:
            reader = Library.reading(path)
            try:
                damaged = reader.damaged()
            finally:
                reader.close()
        except sqlite3.Error:
            damaged = True
        if damaged:
            self.call_from_thread(self.notify, say("The library is damaged: `openai-reader library` repairs it."),
                                  severity="warning", timeout=10, markup=False)

    def action_library(self) -> None:
        """The Library screen over the reader (or, when it is the first screen, back to it);
        what is chosen there opens in the reader."""
        from tui.screens.library import LibraryScreen

        base = self.screen_stack[0]
        if self.session.library is None:
            self.notify(say("The library is off."), severity="warning", timeout=4, markup=False)
        elif isinstance(base, LibraryScreen):
            if self.screen is not base:
                self.pop_screen()  # the reader goes (keeping its place); the list is read again
                base.refresh_list()
        elif not isinstance(self.screen, LibraryScreen):
            self.push_screen(LibraryScreen(self.session.library, self.session.article_id), self._open_choice)

    def on_library_screen_chosen(self, message: LibraryScreen.Chosen) -> None:
        self._open_over_library(message.choice)

    def _open_over_library(self, choice: Choice | None) -> None:
        """The first screen's choice: read it (or, for none, the article read last) over it."""
        if choice is not None and choice.article != self.session.article_id:
            session = self._session_for(choice, self._open_over_library)
            if session is None:
                return
            self.session = session
        elif choice is not None:
            self.session.place_at(choice.offset)
        self.title = self.session.article.title
        self.sub_title = self.session.subtitle
        self.push_screen(ReaderScreen(self.session))

    def _session_for(self, choice: Choice, then: Callable[[Choice], None]) -> ReaderSession | None:
        """A session for a library article, its extraction begun. ``None`` when it cannot be
        had now: it is gone (said so), or it is a feed's story not fetched yet, which is then
        fetched off the UI thread and ``then`` called again with the same choice."""
        library = self.session.library
        assert library is not None
        try:
            link = library.pending(choice.article)
            if link is not None:
                self.notify(say("Fetching {link}…", link=link), timeout=4, markup=False)
                self._fetch_story(choice, link, then)
                return None
            article = library.article(choice.article)
        except (KeyError, sqlite3.Error) as error:
            self.notify(normalise(str(error)), severity="error", timeout=6, markup=False)
            return None
        session = ReaderSession(article, self.session.config, library=library, article_id=choice.article,
                                start_at=choice.offset)
        session.begin_extraction()
        return session

    @work(thread=True, group="fetch")
    def _fetch_story(self, choice: Choice, link: str, then: Callable[[Choice], None]) -> None:
        """Fetch a feed's story (the network may take seconds: never on the UI thread)."""
        from tui.sources import open_source

        try:
            article = open_source(link)
        except ArticleError as error:
            self.call_from_thread(self.notify, normalise(str(error)), severity="error", timeout=8, markup=False)
            return
        self.call_from_thread(self._story_fetched, choice, article, then)

    def _story_fetched(self, choice: Choice, article: Article, then: Callable[[Choice], None]) -> None:
        library = self.session.library
        if library is None:
            return
        try:
            library.fill(choice.article, article)
        except sqlite3.Error as error:
            self.notify(normalise(str(error)), severity="error", timeout=6, markup=False)
            return
        then(choice)

    def _open_choice(self, choice: Choice | None) -> None:
        """Read the article chosen in the library (the current one stays if it is chosen again,
        moved to the person's first mention when one was chosen)."""
        library = self.session.library
        if choice is None or library is None:
            return
        if choice.article == self.session.article_id:
            if choice.offset is not None:
                self.query_one(ArticleView).scroll_to_offset(choice.offset)
            return
        session = self._session_for(choice, self._open_choice)
        if session is not None:
            self.call_after_refresh(self._read, session)  # once the library screen is gone

    async def _read(self, session: ReaderSession) -> None:
        """Put ``session``'s article on the reading screen, in place of the one read now."""
        reader = self.screen_stack[0]
        if not isinstance(reader, ReaderScreen):
            return
        self.session = session
        self.title = session.article.title
        self.sub_title = session.subtitle
        await reader.read(session)

    def _set_first_theme(self, name: str) -> None:
        """Start in theme ``name`` without the theme watcher, which would parse every
        stylesheet a second time (the first parse, at start-up, already uses this theme)."""
        self.set_reactive(App.theme, name)
        self.stylesheet.set_variables(self.get_css_variables())
        dark = self.current_theme.dark
        self.update_classes({f"-theme-{name}": True, "-dark-mode": dark, "-light-mode": not dark}, update=False)

    def on_load(self) -> None:
        """SIGTERM and SIGHUP end the reader the way ``q`` does, so the terminal is given back
        (main screen, no mouse reporting); the exit status says which signal it was."""
        loop = asyncio.get_running_loop()
        for number in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)):
            if number is not None:
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(number, self._signalled, number)

    def _signalled(self, number: int) -> None:
        self.exit(None, 128 + number)
        # A terminal that hung up may take the farewell frames forever (or fail on each): the
        # reader must end all the same, and there is no screen left to restore.
        watchdog = threading.Timer(HANG_UP_GRACE, os._exit, args=(128 + number,))
        watchdog.daemon = True
        watchdog.start()

    def _handle_exception(self, error: Exception) -> None:
        """A crash still exits (with status 1), but its traceback goes to the crash log rather
        than over the user's terminal; the command line prints one line naming the file."""
        super()._handle_exception(error)
        self.crash_log = write_crash_log(error)
        if self.crash_log is not None:
            self._exit_renderables.clear()

    async def _on_key(self, event: events.Key) -> None:
        """Keys typed ahead of a focus change go where the focus went. Textual hands a key to
        the widget focused when it arrives: typed in one burst (``/`` and a name, as fast
        typists and pastes do), the name would go to the text and its letters would fire the
        reading keys (``p``, ``e``, ``n``). A text field consumes every printable key it gets,
        so one that reaches the App while a text field has the focus was typed ahead of it."""
        from textual.widgets import Input  # loaded with the search line, after the first frame

        focused = self.focused
        if event.is_printable and isinstance(focused, Input):
            event.stop()
            event.prevent_default()  # Textual's own key handling (the bindings) is skipped
            focused.post_message(events.Key(event.key, event.character))

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        from tui.commands import ReaderPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(ReaderPalette(id="--command-palette"))

    def use_theme(self, name: str) -> None:
        self.theme = name
        self.notify(say("Theme: {name}", name=name), timeout=2, markup=False)

    def action_next_theme(self) -> None:
        if not self.theme_names:
            return
        index = self.theme_names.index(self.theme) if self.theme in self.theme_names else -1
        self.use_theme(self.theme_names[(index + 1) % len(self.theme_names)])

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen
        from tui.screens.library import LibraryScreen

        def keys(bindings: list) -> list[Binding]:
            return [b for b in bindings if isinstance(b, Binding)]

        self.push_screen(HelpScreen([
            ("Reading", keys(ArticleView.BINDINGS)),
            ("Anywhere", [*keys(ReaderScreen.BINDINGS), *keys(self.BINDINGS)]),
            ("People, events, sections and results lists", keys(RowList.BINDINGS)),
            ("People and events panel", keys(EntityPanel.BINDINGS)),
            ("Search line", [*keys(SearchBar.BINDINGS), Binding("enter", "", "Go to the match after the reading place"),
                             Binding("escape", "", "Close the line, keep the matches (n/N)")]),
            ("Library (L): type to filter", keys(LibraryScreen.BINDINGS)),
        ]))

