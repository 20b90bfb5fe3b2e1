"""The library's commands: ``add``, ``library``, ``open`` and ``export``.

``openai-reader add SOURCE...`` keeps files, folders of articles and addresses, with their
people (jieba and the model loaded once for all); ``library`` lists what is kept; ``open ID``
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

from tui.config import ConfigError, data_dir, load_config
from tui.library import FILE_NAME, Library, LibraryError
from tui.session import ReaderSession
from tui.sources import expand_sources, open_source
from tui.textio import ArticleError, normalise

COMMANDS = ("add", "library", "open", "export")
EXIT_USAGE = 2


def library_path() -> Path | None:
    folder = data_dir()
    return folder / FILE_NAME if folder else None


def open_library(notices: list[str]) -> Library | None:
    """The user's library, or ``None`` (with a notice) when there is none to be had."""
    path = library_path()
    if path is None:
        notices.append("no home folder: the library is off")
        return None
    try:
        library = Library(path)
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
    for sub in (add, listing, export):
        sub.add_argument("--config", metavar="PATH", help="config file to read instead of the usual ones")
    return parser


def _fail(message: str) -> None:
    print(f"openai-reader: {normalise(message).replace(chr(10), ' ')}", file=sys.stderr)


def run(argv: list[str]) -> int:
    """Run a library command; ``open`` hands back to the reader (see :func:`tui.cli.main`)."""
    args = build_parser().parse_args(argv)
    notices: list[str] = []
    library = open_library(notices)
    for notice in notices:
        _fail(notice)
    if library is None:
        return EXIT_USAGE
    try:
        if args.command == "add":
            return _add(library, args)
        if args.command == "library":
            return _list(library, args)
        return _export(library, args)
    finally:
        library.close()


def _add(library: Library, args: argparse.Namespace) -> int:
    try:
        config, _notices = load_config(args.config)
        sources = expand_sources(args.sources)
    except (ConfigError, ArticleError) as error:
        _fail(str(error))
        return EXIT_USAGE
    from tui.cli import Progress

    progress = Progress(len(sources)) if sys.stderr is not None and sys.stderr.isatty() else None
    added, failed = [], False
    for done, source in enumerate(sources):
        if progress:
            progress.show(done, source)
        try:
            article = open_source(source)
        except ArticleError as error:
            if progress:
                progress.clear()
            _fail(str(error))
            failed = True
            continue
        location = article.url or str(Path(source).expanduser().resolve())
        article_id, new = library.add(article, location)
        if new or not library.has_people(article_id):
            session = ReaderSession(article, config, library=library, article_id=article_id)
            session.extract_here()
            session.keep_people()
        added.append({"id": article_id, "title": article.title, "location": location, "new": new})
    if progress:
        progress.finish()
    if args.json:
        print(json.dumps(added, ensure_ascii=False, indent=2))
    else:
        for item in added:
            state = "added" if item["new"] else "already kept"
            print(f"{state} {item['id']}: {normalise(str(item['title']))} ({normalise(str(item['location']))})")
    return 1 if failed else 0


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
        article = library.article(args.id)
        config, _notices = load_config(args.config)
    except KeyError:
        _fail(f"no article {args.id} in the library (see: openai-reader library)")
        return EXIT_USAGE
    except ConfigError as error:
        _fail(str(error))
        return EXIT_USAGE
    text = markdown(article, ReaderSession(article, config).extract_here())
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).expanduser().write_text(text, encoding="utf-8")
    except OSError as error:
        _fail(f"{args.output}: cannot write ({error.strerror})")
        return 1
    return 0
