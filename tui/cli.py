"""Command line: open the reader, or print JSON without starting the UI.

Textual is imported only when the UI starts, so ``--extract`` stays quick.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__, strings
from tui.article import Article, load
from tui.fetch import is_url
from tui.config import Config, ConfigError, load_config, user_themes_dir
from tui.resources import bundled_article, bundled_themes
from tui.session import ReaderSession
from tui.sources import expand_sources, kept_article, open_source
from tui.textio import ArticleError, normalise
from tui.themes import load_themes, unknown_theme_message

if TYPE_CHECKING:
    from tui.library import Library
    from tui.app import ReaderApp

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # as a shell reports a command stopped by Ctrl-C


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openai-reader",
        description="Read a Chinese news article in the terminal: sections, people, events, search.",
        epilog="The library: openai-reader add SOURCE... | refresh | library [--json] | open ID | "
               "export ID --format md [-o FILE] (each with --help).",
    )
    parser.add_argument("article", nargs="*", help="article to open: a text file, a saved web page or an "
                        "http(s) address (default: the one read last, the bundled one at first); with "
                        "--extract, any number of them or folders of them")
    parser.add_argument("--extract", action="store_true",
                        help="print the article's sections, people, events and dates as JSON and exit "
                        "(one JSON line an article when given several)")
    parser.add_argument("--search", metavar="QUERY", help="print the matches for QUERY as JSON and exit")
    parser.add_argument("--theme", metavar="NAME", help="colour theme to start with")
    parser.add_argument("--config", metavar="PATH", help="config file to read instead of the usual ones")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def fail(message: str) -> int:
    """One line on stderr; a file name with control characters cannot drive the terminal."""
    print(f"openai-reader: {normalise(message).replace(chr(10), ' ')}", file=sys.stderr)
    return EXIT_USAGE


def _theme_files() -> list[Path]:
    user = user_themes_dir()
    extra = sorted(user.glob("*.toml")) if user is not None and user.is_dir() else []
    return [*bundled_themes(), *extra]


LIBRARY_COMMANDS = ("add", "refresh", "library", "open", "export")  # run by tui.library_commands


class UsageError(Exception):
    """Something the user gave cannot be used; the message is printed as it is."""


def _open(args: argparse.Namespace) -> tuple[Article, Config, list[str]]:
    """The article and the config the arguments name, with the config's notices."""
    if len(args.article) > 1:
        raise UsageError("one article at a time (several are for --extract)")
    try:
        article = open_source(args.article[0]) if args.article else load(bundled_article())
        return (article, *load_config(args.config))
    except (ArticleError, ConfigError) as error:
        raise UsageError(str(error)) from None


def _open_kept(args: argparse.Namespace) -> tuple[Article, Config, list[str], Library | None, int | None]:
    """What the reader opens: the article named (kept in the library as well), the one ``open
    ID`` names, or with no argument the one read last (the bundled one the first time)."""
    from tui.library_commands import open_library  # sqlite3 and the library, once it is known they are wanted

    notices: list[str] = []
    library = open_library(notices, check=False)  # checked for damage after the first frame
    wanted = getattr(args, "id", None)
    if library is not None and (wanted is not None or not args.article):
        article_id = wanted if wanted is not None else library.last_opened()
        if article_id is not None:
            try:
                article = kept_article(library, article_id)
            except KeyError:
                raise UsageError(f"no article {article_id} in the library (see: openai-reader library)") from None
            except ArticleError as error:
                raise UsageError(str(error)) from None
            try:
                config, config_notices = load_config(args.config)
            except ConfigError as error:
                raise UsageError(str(error)) from None
            return article, config, notices + config_notices, library, article_id
    elif wanted is not None:
        raise UsageError("the library is off: " + "; ".join(notices))
    article, config, config_notices = _open(args)
    if library is None:
        return article, config, notices + config_notices, None, None
    location = article.url or str(Path(args.article[0]).expanduser().resolve() if args.article else bundled_article())
    article_id, _new = library.add(article, location)
    return article, config, notices + config_notices, library, article_id


def make_app(args: argparse.Namespace, *, extract_early: bool = False) -> ReaderApp:
    """Build the reader exactly as the command line does (tests use this too).

    With ``extract_early`` people and events are settled before Textual even loads: read from
    the cache (a few milliseconds; the panel is filled right after the first frame), or else handed to
    an extraction helper now, so that jieba loads on the other core while the reader starts.
    """
    article, config, notices, library, article_id = _open_kept(args)
    strings.use(None if config.language == "auto" else config.language)
    themes, theme_notices = load_themes(_theme_files())
    notices += theme_notices
    if any(spec.variables for spec in themes):  # only such themes need Textual to be checked
        from tui.app import usable_themes

        themes, theme_notices = usable_themes(themes)
        notices += theme_notices
    names = [spec.name for spec in themes]
    theme = args.theme or config.theme
    if theme not in names:
        if args.theme:
            raise UsageError("; ".join([unknown_theme_message(theme, names), *theme_notices]))
        fallback = Config().theme if Config().theme in names else names[0]
        notices.append(f"{config.source}: {unknown_theme_message(theme, names)}; using '{fallback}'")
        theme = fallback
    session = ReaderSession(article, config, library=library, article_id=article_id)
    if extract_early:  # only once the arguments are known to be usable
        session.begin_extraction()

    from tui.app import ReaderApp

    # With no article named, a library of several articles is shown first (over the last one).
    browse = not args.article and getattr(args, "id", None) is None and library is not None and library.count() > 1
    return ReaderApp(session, themes, theme=theme, notices=notices, start_in_library=browse)


def _extract_many(args: argparse.Namespace) -> int:
    """``--extract`` over several articles: one JSON line each, in the order given; an article
    that cannot be read is a line with its error, and the exit status is then 1."""
    from tui.batch import documents

    try:
        config, _notices = load_config(args.config)
        sources = expand_sources(args.article)
    except (ConfigError, ArticleError) as error:
        return fail(str(error))
    progress = Progress(len(sources)) if sys.stderr is not None and sys.stderr.isatty() else None
    failed, done = False, 0
    try:
        for source, document, unread in documents(sources, config):
            failed |= unread
            status = _write(json.dumps(document, ensure_ascii=False) + "\n")
            if status:
                return status
            done += 1
            if progress:
                progress.show(done, source if is_url(source) else Path(source).name)
    except KeyboardInterrupt:  # (Ctrl-C: the lines printed so far stand; no traceback)
        if progress:
            progress.clear()
        fail(f"stopped after {done} of {len(sources)} articles")
        return EXIT_INTERRUPTED
    if progress:
        progress.finish()
    return 1 if failed else 0


class Progress:
    """A one-line progress bar on stderr (only when it is a terminal)."""

    WIDTH = 30

    def __init__(self, total: int) -> None:
        self.total = max(total, 1)

    def show(self, done: int, name: str) -> None:
        filled = self.WIDTH * done // self.total
        label = normalise(name)[:40]
        sys.stderr.write(f"\r\x1b[K[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{self.total} {label}")
        sys.stderr.flush()

    def show_note(self, name: str) -> None:
        """Keep the bar, name what is being done now (a feed's story)."""
        sys.stderr.write(f"\r\x1b[K… {normalise(name)[:60]}")
        sys.stderr.flush()

    def clear(self) -> None:
        """Make way for a line of its own (an error) under the bar."""
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()

    def finish(self) -> None:
        sys.stderr.write(f"\r\x1b[K[{'#' * self.WIDTH}] {self.total}/{self.total}\n")
        sys.stderr.flush()


def _print_json(args: argparse.Namespace) -> int:
    """``--extract`` and ``--search``: the same article and extraction, printed as JSON."""
    if args.extract and (len(args.article) > 1 or any(Path(a).is_dir() for a in args.article if a)):
        return _extract_many(args)
    try:
        article, config, _notices = _open(args)
    except UsageError as error:
        return fail(str(error))
    extraction = ReaderSession(article, config).extract_here()
    if args.search is not None:
        from tui.search import SearchIndex

        document: object = [hit.as_json() for hit in SearchIndex(article, extraction.people).search(args.search)]
    else:
        from tui.report import article_document

        document = article_document(article, extraction)
    return _write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


EXIT_OUTPUT = 1


def _write(output: str) -> int:
    """Print ``output``; a closed pipe, a full disk or no standard output at all is one line
    on stderr and exit status 1, never a traceback."""
    if sys.stdout is None:
        fail("standard output is closed")
        return EXIT_OUTPUT
    try:
        sys.stdout.write(output)
        sys.stdout.flush()
    except (OSError, ValueError) as error:
        # Point the stream at nothing so that Python's own flush at exit fails no more.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        reason = "the reader of the output went away" if isinstance(error, BrokenPipeError) else \
            getattr(error, "strerror", None) or str(error)
        fail(f"cannot write the output: {reason}")
        return EXIT_OUTPUT
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in LIBRARY_COMMANDS:
        from tui import library_commands

        if argv[0] != "open":
            return library_commands.run(argv)
        args = library_commands.build_parser().parse_args(argv)
        args.article, args.extract, args.search = [], False, None
    else:
        args = build_parser().parse_args(argv)
    if args.extract or args.search is not None:
        return _print_json(args)
    # Starting the UI allocates a great many objects that live as long as the reader (modules,
    # widgets, styles, the article): the collector would walk them again and again before the
    # first frame. The reader turns it back on once the article is on screen.
    gc.disable()
    try:
        app = make_app(args, extract_early=True)
    except UsageError as error:
        gc.enable()
        return fail(str(error))
    app.run()
    if app.crash_log is not None:
        fail(f"the reader stopped on an internal error; details are in {app.crash_log}")
    elif app.return_code == 1:
        fail("the reader stopped on an internal error")
    return app.return_code or 0
