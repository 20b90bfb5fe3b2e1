"""The library: every article the reader has opened or been given, kept in one SQLite file.

An article is stored whole (its text, title, source, date and headings), so it reads offline;
with it its reading place and the people the extractor found in it, by every form, so that one
person can be followed across articles. The file lives in the user's data folder, in WAL mode
with a busy timeout so that two readers can share it; its schema carries a version and is
migrated forward. A file that is not a database, or a broken one, is moved aside (never
deleted) and a new library is started with whatever can still be read from it, with a notice
saying where the old one went.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tui.article import Article, parse
from tui.extract.model import Person, latin_script

SCHEMA_VERSION = 2
FILE_NAME = "library.sqlite3"
BUSY_TIMEOUT_MS = 5000
MAIN_PEOPLE = 3  # people listed with each article
PENDING = "pending:"  # the digest of a feed's story not fetched yet: this, then its link
ACROSS_SCRIPTS = 30  # people of an article matched by sound across scripts (the panel's first rows)

_SCHEMA = [
    # version 1
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        digest TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        source TEXT,
        location TEXT NOT NULL,
        published TEXT,
        text TEXT NOT NULL,
        headings TEXT NOT NULL DEFAULT '[]',
        added REAL NOT NULL,
        opened REAL,
        position INTEGER NOT NULL DEFAULT 0,
        progress REAL NOT NULL DEFAULT 0
    );
    CREATE TABLE people (
        article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        forms TEXT NOT NULL,
        roles TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        first INTEGER NOT NULL
    );
    CREATE INDEX people_article ON people(article);
    CREATE TABLE forms (
        form TEXT NOT NULL,
        article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name TEXT NOT NULL
    );
    CREATE INDEX forms_form ON forms(form);
    """,
    # version 2: feeds, and the feed and link each article came from
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        added REAL NOT NULL,
        refreshed REAL
    );
    ALTER TABLE articles ADD COLUMN feed INTEGER REFERENCES feeds(id) ON DELETE SET NULL;
    CREATE INDEX articles_location ON articles(location);
    """,
]


class LibraryError(Exception):
    """The library cannot be used at all (its folder cannot be written); one line for the user."""


@dataclass(frozen=True)
class Entry:
    """One article of the library, as the list shows it."""

    id: int
    title: str
    source: str | None
    location: str  # the file or address it came from
    published: str | None
    progress: float  # share of the text read, 0 to 1
    opened: float | None  # when it was last read (seconds since the epoch)
    people: list[str]  # its main people, most mentioned first
    pending: bool = False  # a feed's story, fetched when it is first opened
    names: tuple[str, ...] = ()  # every form of everyone found in it, which finds it in the list

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "source": self.source, "published": self.published,
                "location": self.location, "progress": round(self.progress, 3), "people": self.people,
                "pending": self.pending}


@dataclass(frozen=True)
class Appearance:
    """A person's appearance in one article of the library."""

    article: int
    title: str
    name: str
    mentions: int
    first: int  # offset of the first mention


@dataclass(frozen=True)
class Seen:
    """One person as the library's people view lists them."""

    name: str
    forms: list[str]
    articles: int
    mentions: int


def _headings(article: Article) -> list[str]:
    """The lines of the article that head its sections (kept so they head them again)."""
    return [line.strip() for s in article.sections if s.heading
            for line in article.text[s.heading.start:s.heading.end].split("\n") if line.strip()]


def _forms(kept: str, name: str) -> list[str]:
    """A person's forms as a row keeps them (a JSON list), or the name alone where the row holds none."""
    try:
        forms = json.loads(kept)
    except (TypeError, ValueError):  # (a row written by something else than the reader)
        return [name]
    written = [f for f in forms if isinstance(f, str)] if isinstance(forms, list) else []
    return written or [name]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


class Library:
    """An open library file. ``notices`` says what was done to make it usable."""

    def __init__(self, path: Path, *, check: bool = True) -> None:
        """Open (or start) the library at ``path``. ``check`` reads the whole file for damage
        first (tens of milliseconds for a thousand articles): the reader skips it at start-up
        and checks in the background instead (see :meth:`damaged`)."""
        self.path = path
        self.notices: list[str] = []
        self._check = check
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(f"{path.parent}: cannot create the library folder ({error.strerror})") from None
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError as error:
            moved = self._move_aside()
            self._db = self._connect()
            saved = self._salvage(moved)
            self.notices.append(f"{path}: not a usable library ({error}); moved to {moved.name}; "
                                f"a new one holds the {saved} articles that could be read from it")

    def damaged(self) -> bool:
        """Does a full read of the file find damage? (Any of the library's commands, which
        check when they open it, then moves it aside and rebuilds it.)"""
        try:
            return self._db.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        except sqlite3.DatabaseError:
            return True

    @classmethod
    def reading(cls, path: Path) -> Library:
        """A second, read-only connection to a library already opened (checked and migrated)
        elsewhere in this process: for a thread that only reads."""
        library = cls.__new__(cls)
        library.path, library.notices = path, []
        library._db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        return library

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA foreign_keys = ON")
            if self._check and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the file is damaged")
            self._migrate(db)
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"made by a newer reader (schema {version})")
        if version == SCHEMA_VERSION:
            return
        with self._writing(db):
            for number in range(version, SCHEMA_VERSION):
                for statement in _SCHEMA[number].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {number + 1}")

    def _salvage(self, old: Path) -> int:
        """Copy into the new library what can still be read from a damaged one, table by table
        and row by row (a row that cannot be read is left behind); how many articles came over."""
        try:
            source = sqlite3.connect(f"{old.as_uri()}?mode=ro", uri=True)
        except sqlite3.Error:
            return 0
        try:
            version = source.execute("PRAGMA user_version").fetchone()[0]
            if not 1 <= version <= SCHEMA_VERSION:
                return 0
            with self._writing() as db:
                for table in ("feeds", "articles", "people", "forms"):
                    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
                    try:
                        rows = source.execute(f"SELECT * FROM {table}")
                        names = [d[0] for d in rows.description]
                        wanted = [c for c in columns if c in names]
                        marks = ",".join("?" * len(wanted))
                        for row in rows:
                            values = dict(zip(names, row))
                            with contextlib.suppress(sqlite3.Error):
                                db.execute(f"INSERT INTO {table} ({','.join(wanted)}) VALUES ({marks})",
                                           [values[c] for c in wanted])
                    except sqlite3.Error:
                        continue  # this table cannot be read (any further): keep what came over
            return int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        except sqlite3.Error:
            return 0
        finally:
            source.close()

    def _move_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.broken-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists():
                source.replace(Path(str(target) + suffix))
        return target

    @contextlib.contextmanager
    def _writing(self, db: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (so two readers queue instead of deadlocking)."""
        db = db or self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    # Articles

    def add(self, article: Article, location: str, feed: int | None = None) -> tuple[int, bool]:
        """Keep ``article`` (found at ``location``, maybe listed by ``feed``); its id, and
        whether it is new. An article already kept (the same text) keeps its id, place and people."""
        key = digest(article.text)
        row = self._db.execute("SELECT id FROM articles WHERE digest = ?", (key,)).fetchone()
        if row:
            return row[0], False
        headings = _headings(article)
        with self._writing() as db:
            cursor = db.execute(
                "INSERT INTO articles (digest, title, source, location, published, text, headings, added, feed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, article.title, article.source, location,
                 article.published.isoformat() if article.published else None, article.text,
                 json.dumps(headings, ensure_ascii=False), time.time(), feed))
            return int(cursor.lastrowid or 0), True

    def add_pending(self, title: str, source: str | None, published: date | None, link: str, feed: int
                    ) -> tuple[int, bool]:
        """Keep a feed's story by its link alone, to be fetched when it is first opened."""
        key = PENDING + link
        row = self._db.execute("SELECT id FROM articles WHERE digest = ? OR location = ?", (key, link)).fetchone()
        if row:
            return row[0], False
        with self._writing() as db:
            cursor = db.execute(
                "INSERT INTO articles (digest, title, source, location, published, text, added, feed) "
                "VALUES (?, ?, ?, ?, ?, '', ?, ?)",
                (key, title, source, link, published.isoformat() if published else None, time.time(), feed))
            return int(cursor.lastrowid or 0), True

    def pending(self, article_id: int) -> str | None:
        """The link of a story not fetched yet, else ``None``."""
        row = self._db.execute("SELECT location FROM articles WHERE id = ? AND substr(digest, 1, ?) = ?",
                               (article_id, len(PENDING), PENDING)).fetchone()
        return row[0] if row else None

    def fill(self, article_id: int, article: Article) -> None:
        """A fetched story in place of its pending entry (the feed's title and date stay where
        the page gives none)."""
        headings = _headings(article)
        with self._writing() as db:
            db.execute("UPDATE articles SET digest = ?, title = COALESCE(NULLIF(?, ''), title), "
                       "source = COALESCE(source, ?), published = COALESCE(?, published), text = ?, headings = ? "
                       "WHERE id = ?",
                       (digest(article.text), article.title, article.source,
                        article.published.isoformat() if article.published else None, article.text,
                        json.dumps(headings, ensure_ascii=False), article_id))

    def has_location(self, location: str) -> bool:
        """Is a story from this file or address kept already (a feed's entries are not fetched twice)?"""
        return self._db.execute("SELECT 1 FROM articles WHERE location = ? LIMIT 1", (location,)).fetchone() is not None

    # Feeds

    def add_feed(self, url: str, title: str) -> int:
        """Keep a feed (its id; the same address is one feed, its title brought up to date)."""
        with self._writing() as db:
            db.execute("INSERT INTO feeds (url, title, added) VALUES (?, ?, ?) "
                       "ON CONFLICT(url) DO UPDATE SET title = excluded.title", (url, title, time.time()))
            return int(db.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()[0])

    def feeds(self) -> list[tuple[int, str, str]]:
        """Every feed kept: (id, address, title)."""
        return [(int(i), u, t) for i, u, t in self._db.execute("SELECT id, url, title FROM feeds ORDER BY id")]

    def refreshed(self, feed: int) -> None:
        with self._writing() as db:
            db.execute("UPDATE feeds SET refreshed = ? WHERE id = ?", (time.time(), feed))

    def article(self, article_id: int) -> Article:
        """A kept article, rebuilt from what was stored (``KeyError`` when there is none)."""
        row = self._db.execute("SELECT text, title, source, location, published, headings FROM articles "
                               "WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(article_id)
        text, title, source, location, published, headings = row
        marked = json.loads(headings)
        article = parse(text, title=title, source=source, headings=frozenset(marked) if marked else None)
        if published:
            article.published = date.fromisoformat(published)
        if "://" in location:
            article.url = location
        else:
            article.path = location
        return article

    def entries(self) -> list[Entry]:
        """Every article, most recently read (else added) first."""
        people: dict[int, list[str]] = {}
        forms: dict[int, dict[str, None]] = {}
        for article_id, name, kept in self._db.execute(
                "SELECT article, name, forms FROM people ORDER BY article, mentions DESC, first"):
            names = people.setdefault(article_id, [])
            if len(names) < MAIN_PEOPLE:
                names.append(name)
            forms.setdefault(article_id, {}).update(dict.fromkeys(_forms(kept, name)))
        rows = self._db.execute("SELECT id, title, source, location, published, progress, opened, "
                                "text = '' FROM articles ORDER BY COALESCE(opened, added) DESC, id DESC")
        return [Entry(i, t, s, loc, p, prog, o, people.get(i, []), bool(waiting), tuple(forms.get(i, ())))
                for i, t, s, loc, p, prog, o, waiting in rows]

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def last_opened(self) -> int | None:
        row = self._db.execute("SELECT id FROM articles WHERE opened IS NOT NULL "
                               "ORDER BY opened DESC, id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    # Reading places

    def place(self, article_id: int) -> int:
        row = self._db.execute("SELECT position FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else 0

    def remember(self, article_id: int, position: int, progress: float) -> None:
        """Where the reader is in an article now (the last writer wins)."""
        with self._writing() as db:
            db.execute("UPDATE articles SET position = ?, progress = MAX(progress, ?), opened = ? WHERE id = ?",
                       (position, min(max(progress, 0.0), 1.0), time.time(), article_id))

    # People

    def has_people(self, article_id: int) -> bool:
        return self._db.execute("SELECT 1 FROM people WHERE article = ? LIMIT 1", (article_id,)).fetchone() is not None

    def set_people(self, article_id: int, people: list[Person]) -> None:
        """The people the extractor found in an article, replacing what was kept before."""
        with self._writing() as db:
            db.execute("DELETE FROM people WHERE article = ?", (article_id,))
            db.execute("DELETE FROM forms WHERE article = ?", (article_id,))
            for person in people:
                forms = [person.name, *person.aliases]
                db.execute("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?)",
                           (article_id, person.name, json.dumps(forms, ensure_ascii=False),
                            json.dumps(person.roles, ensure_ascii=False), len(person.mentions),
                            person.mentions[0][0] if person.mentions else 0))
                db.executemany("INSERT INTO forms VALUES (?, ?, ?)",
                               [(form, article_id, person.name) for form in dict.fromkeys(forms) if len(form) > 1])

    def appearances(self, forms: list[str], *, besides: int | None = None) -> list[Appearance]:
        """The articles in which a person of any of these forms appears (forms of one character,
        a surname alone, say nothing), besides one article, most mentions first."""
        wanted = [f for f in dict.fromkeys(forms) if len(f) > 1]
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        rows = self._db.execute(
            f"SELECT DISTINCT p.article, a.title, p.name, p.mentions, p.first FROM forms f "
            f"JOIN people p ON p.article = f.article AND p.name = f.name "
            f"JOIN articles a ON a.id = f.article WHERE f.form IN ({marks})", wanted)
        found = [Appearance(*row) for row in rows if row[0] != besides]
        seen = {appearance.article for appearance in found}
        [sounds] = self._across_scripts([wanted], [seen], besides)
        for article, theirs in sounds.items():  # the same person, written in the other script there
            for title, name, mentions, first, kept in self._db.execute(
                    "SELECT a.title, p.name, p.mentions, p.first, p.forms FROM people p "
                    "JOIN articles a ON a.id = p.article WHERE p.article = ?", (article,)):
                if theirs in json.loads(kept):
                    found.append(Appearance(article, title, name, mentions, first))
                    break
        return sorted(found, key=lambda a: (-a.mentions, a.article))

    def counts_elsewhere(self, people: list[list[str]], *, besides: int | None = None,
                         across_scripts: bool = True) -> list[int]:
        """For each person (given by their forms), in how many other articles they appear: by
        any form, in one query however many there are; and, ``across_scripts``, for the first
        ``ACROSS_SCRIPTS`` (the most mentioned) also under their name in the other script (that
        reads every person kept: tens of milliseconds in a large library)."""
        wanted = sorted({f for forms in people for f in forms if len(f) > 1})
        articles: dict[str, set[int]] = {}
        for first in range(0, len(wanted), 900):  # well under SQLite's limit on parameters
            chunk = wanted[first:first + 900]
            rows = self._db.execute(f"SELECT form, article FROM forms WHERE form IN ({','.join('?' * len(chunk))})",
                                    chunk)
            for form, article in rows:
                if article != besides:
                    articles.setdefault(form, set()).add(article)
        found = [set().union(*(articles.get(f, set()) for f in forms)) for forms in people]
        if across_scripts:
            for index, sounds in enumerate(self._across_scripts(people[:ACROSS_SCRIPTS], found, besides)):
                found[index].update(sounds)
        return [len(articles) for articles in found]

    def _across_scripts(self, people: list[list[str]], found: list[set[int]], besides: int | None
                        ) -> list[dict[int, str]]:
        """For each person written in only one script, the other articles (not in ``found``)
        where they appear in the other script (马克·扎克伯格 here, Mark Zuckerberg there), with the form
        they have there; compared by sound, within the same first sound."""
        from tui.extract.forms import same_across_scripts, script_forms, sound_bucket

        matches: list[dict[int, str]] = [{} for _ in people]
        wanted = [(index, *script_forms(forms)) for index, forms in enumerate(people)]
        wanted = [(index, han, latin) for index, han, latin in wanted if (han is None) != (latin is None)]
        if not wanted:
            return matches
        others: dict[tuple[bool, str], list[tuple[str, int]]] = {}
        for article, kept in self._db.execute("SELECT article, forms FROM people WHERE article IS NOT ?", (besides,)):
            han, latin = script_forms(json.loads(kept))
            for form in (han, latin):
                if form is not None:
                    others.setdefault((latin_script(form), sound_bucket(form)), []).append((form, article))
        for index, han, latin in wanted:
            mine = han or latin
            assert mine is not None
            for theirs, article in others.get((not latin_script(mine), sound_bucket(mine)), []):
                if article not in found[index] and article not in matches[index] and (
                        same_across_scripts(mine, theirs) if han else same_across_scripts(theirs, mine)):
                    matches[index][article] = theirs
        return matches

    def most_seen(self, limit: int = 50) -> list[Seen]:
        """The people who appear in the most articles. One person is every entry that shares a
        form of two characters or more with another (马克·扎克伯格 with Zuckerberg here, Mark
        Zuckerberg there), shown by the name most articles give."""
        entries = [(name, json.loads(forms), article, mentions)
                   for name, forms, article, mentions in self._db.execute("SELECT name, forms, article, mentions FROM people")]
        parent = list(range(len(entries)))

        def root(index: int) -> int:
            while parent[index] != index:
                parent[index] = parent[parent[index]]
                index = parent[index]
            return index

        owner: dict[str, int] = {}
        for index, (_name, forms, _article, _mentions) in enumerate(entries):
            for form in forms:
                if len(form) > 1:
                    other = owner.setdefault(form, index)
                    parent[root(index)] = root(other)
        groups: dict[int, list[int]] = {}
        for index in range(len(entries)):
            groups.setdefault(root(index), []).append(index)
        seen = []
        for members in groups.values():
            names = Counter(entries[i][0] for i in members)
            forms = list(dict.fromkeys(f for i in members for f in entries[i][1]))
            seen.append(Seen(names.most_common(1)[0][0], forms, len({entries[i][2] for i in members}),
                             sum(entries[i][3] for i in members)))
        seen.sort(key=lambda s: (-s.articles, -s.mentions, s.name))
        return seen[:limit]
