"""The library's commands: ``add``, ``refresh``, ``library``, ``open`` and ``export``.

``openai-reader add SOURCE...`` keeps files, folders of articles, addresses and news feeds
(every story of a feed), with their people (jieba and the model loaded once for all);
``refresh`` keeps the new stories of every feed; ``library`` lists what is kept; ``open ID``
reads one; ``export ID --format md`` writes one as Markdown. Each prints one clear line per
failure on stderr and exits 1 when anything failed, 2 when it could not run at all.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from tui.article import Article
from tui.cli import EXIT_USAGE, Progress, fail
from tui.config import Config, ConfigError, data_dir, load_config
from tui.library import FILE_NAME, Library, LibraryError
from tui.session import ReaderSession
from tui.fetch import is_url
from tui.sources import FeedSource, entry_article, expand_sources, kept_article, open_any
from tui.textio import ArticleError, normalise




def library_path() -> Path | None:
    folder = data_dir()
    return folder / FILE_NAME if folder else None


def open_library(notices: list[str], *, check: bool = True) -> Library | None:
    """The user's library, or ``None`` (with a notice) when there is none to be had; ``check``
    as for :class:`Library`."""
    path = library_path()
    if path is None:
        notices.append("no home folder: the library is off")
        return None
    try:
        library = Library(path, check=check)
    except (LibraryError, sqlite3.Error) as error:
        notices.append(f"the library is off: {error}")
        return None
    notices.extend(library.notices)
    return library


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="openai-reader", description="The library of articles you have read.")
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add", help="keep articles (files, folders, web addresses) in the library")
    add.add_argument("sources", nargs="+", metavar="SOURCE")
    add.add_argument("--json", action="store_true", help="print what was added as JSON")
    refresh = commands.add_parser("refresh", help="keep the new stories of every feed kept")
    refresh.add_argument("--json", action="store_true", help="print what was added as JSON")
    listing = commands.add_parser("library", help="list the articles kept")
    listing.add_argument("--json", action="store_true", help="print the list as a JSON array")
    opening = commands.add_parser("open", help="read an article of the library")
    opening.add_argument("id", type=int)
    opening.add_argument("--theme", metavar="NAME", help="colour theme to start with")
    opening.add_argument("--config", metavar="PATH", help="config file to read instead of the usual ones")
    export = commands.add_parser("export", help="write an article with its people and timeline")
    export.add_argument("id", type=int)
    export.add_argument("--format", choices=("md",), default="md", help="md: Markdown (the only format)")
    export.add_argument("-o", "--output", metavar="FILE", help="file to write (default: standard output)")
    for sub in (add, refresh, listing, export):
        sub.add_argument("--config", metavar="PATH", help="config file to read instead of the usual ones")
    return parser


def run(argv: list[str]) -> int:
    """Run a library command; ``open`` hands back to the reader (see :func:`tui.cli.main`)."""
    args = build_parser().parse_args(argv)
    notices: list[str] = []
    library = open_library(notices)
    for notice in notices:
        fail(notice)
    if library is None:
        return EXIT_USAGE
    try:
        if args.command == "add":
            return _add(library, args)
        if args.command == "library":
            return _list(library, args)
        if args.command == "refresh":
            return _refresh(library, args)
        return _export(library, args)
    finally:
        library.close()


def _add(library: Library, args: argparse.Namespace) -> int:
    try:
        config, _notices = load_config(args.config)
        sources = expand_sources(args.sources)
    except (ConfigError, ArticleError) as error:
        fail(str(error))
        return EXIT_USAGE
    added, failed = _keep_all(library, config, sources)
    _print_added(added, args.json)
    return 1 if failed else 0


def _keep_all(library: Library, config: Config, sources: list[str], *, feeds_only: bool = False
              ) -> tuple[list[dict[str, object]], bool]:
    """Keep every source (a feed: each of its stories), with a progress bar on a terminal; what
    was added, and whether anything failed (each failure is reported on its own line)."""
    progress = Progress(len(sources)) if sys.stderr is not None and sys.stderr.isatty() else None
    added: list[dict[str, object]] = []
    failed = False
    for done, source in enumerate(sources):
        if progress:
            progress.show(done, source)
        try:
            found = open_any(source)
        except ArticleError as error:
            failed = _report(progress, str(error))
            continue
        if isinstance(found, FeedSource):
            failed |= _keep_feed(library, config, found, added, progress)
        elif feeds_only:
            failed = _report(progress, f"{source}: is no longer a news feed")
        else:
            added.append(_keep(library, config, found, found.url or str(Path(source).expanduser().resolve())))
    if progress:
        progress.finish()
    return added, failed


def _report(progress: Progress | None, message: str) -> bool:
    """One failure on its own line (under the progress bar); True, for ``failed |= ...``."""
    if progress:
        progress.clear()
    fail(message)
    return True


def _keep(library: Library, config: Config, article: Article, location: str, feed: int | None = None
          ) -> dict[str, object]:
    """Keep one article with its people (found now, unless it was kept with them before)."""
    article_id, new = library.add(article, location, feed)
    if new or not library.has_people(article_id):
        session = ReaderSession(article, config, library=library, article_id=article_id)
        session.extract_here()
        session.keep_people()
    return {"id": article_id, "title": article.title, "location": location, "new": new}


def _keep_feed(library: Library, config: Config, source: FeedSource, added: list[dict[str, object]],
               progress: Progress | None) -> bool:
    """Keep a feed and every story of it not kept yet: from the feed's own text when it has it,
    else by its link, to be fetched when it is first opened. Returns whether any failed."""
    feed_id = library.add_feed(source.location, source.feed.title or source.location)
    failed = False
    for entry in source.feed.entries:
        location = entry.link or f"{source.location}#{entry.title}"
        if library.has_location(location):
            continue
        if entry.content is None and entry.link and is_url(entry.link):  # fetched when first opened
            story_id, new = library.add_pending(entry.title, source.feed.title or None, entry.published,
                                                entry.link, feed_id)
            added.append({"id": story_id, "title": entry.title, "location": entry.link, "new": new,
                          "pending": True, "feed": source.location})
            continue
        if progress:
            progress.show_note(entry.title)
        try:
            article = entry_article(entry, source.feed.title)
        except ArticleError as error:
            failed = _report(progress, str(error))
            continue
        added.append({**_keep(library, config, article, location, feed_id), "feed": source.location})
    library.refreshed(feed_id)
    return failed


def _refresh(library: Library, args: argparse.Namespace) -> int:
    """Read every kept feed again and keep its new stories; what was kept stays as it was."""
    try:
        config, _notices = load_config(args.config)
    except ConfigError as error:
        fail(str(error))
        return EXIT_USAGE
    added, failed = _keep_all(library, config, [url for _id, url, _title in library.feeds()], feeds_only=True)
    _print_added(added, args.json)
    return 1 if failed else 0


def _print_added(added: list[dict[str, object]], as_json: bool) -> None:
    if as_json:
        print(json.dumps(added, ensure_ascii=False, indent=2))
        return
    for item in added:
        state = "added" if item["new"] else "already kept"
        print(f"{state} {item['id']}: {normalise(str(item['title']))} ({normalise(str(item['location']))})")


def _list(library: Library, args: argparse.Namespace) -> int:
    entries = library.entries()
    if args.json:
        print(json.dumps([entry.as_json() for entry in entries], ensure_ascii=False, indent=2))
        return 0
    for entry in entries:
        read = f"{round(entry.progress * 100):3d}%"
        when = entry.published or (datetime.fromtimestamp(entry.opened).date().isoformat() if entry.opened else "")
        people = "、".join(entry.people)
        print(normalise(f"{entry.id:>4}  {when:<10}  {read}  {entry.title}  — {entry.source or ''}  {people}"))
    return 0


def _export(library: Library, args: argparse.Namespace) -> int:
    from tui.export import markdown

    try:
        article = kept_article(library, args.id)
        config, _notices = load_config(args.config)
    except KeyError:
        fail(f"no article {args.id} in the library (see: openai-reader library)")
        return EXIT_USAGE
    except (ArticleError, ConfigError) as error:
        fail(str(error))
        return EXIT_USAGE
    text = markdown(article, ReaderSession(article, config).extract_here())
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).expanduser().write_text(text, encoding="utf-8")
    except OSError as error:
        fail(f"{args.output}: cannot write ({error.strerror})")
        return 1
    return 0
