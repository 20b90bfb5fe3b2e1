"""The library: a real SQLite file in a temporary folder."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from tests.conftest import BUNDLED
from tui.article import load, parse
from tui.extract.model import Person
from tui.library import SCHEMA_VERSION, Library

STORY = "新规发布\n\n记者李明报道，市政府今天发布新规。\n\n一、背景\n\n王小红说，新规很重要。\n"


def test_an_article_is_kept_whole_and_reads_back_the_same(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib.sqlite3")
    original = load(BUNDLED)
    article_id, new = library.add(original, str(BUNDLED))
    assert new
    again = library.article(article_id)
    assert again.text == original.text and again.title == original.title
    assert [s.title for s in again.sections] == [s.title for s in original.sections]
    assert again.path == str(BUNDLED)
    assert library.add(original, "elsewhere") == (article_id, False)  # the same text is one article


def test_entries_list_title_source_date_progress_and_main_people(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib.sqlite3")
    article_id, _ = library.add(parse(STORY), "/news/a.txt")
    library.set_people(article_id, [Person("王小红", ["小红"], ["市民"], [(30, 33), (40, 42)]),
                                    Person("李明", [], ["记者"], [(10, 12)])])
    library.remember(article_id, 25, 0.5)
    [entry] = library.entries()
    assert entry.as_json() == {"id": article_id, "title": "新规发布", "source": None, "published": None,
                               "location": "/news/a.txt", "progress": 0.5, "people": ["王小红", "李明"],
                               "pending": False}
    assert library.place(article_id) == 25 and library.last_opened() == article_id
    assert entry.names == ("王小红", "小红", "李明")  # everyone, by every form: what finds it in the list
    with sqlite3.connect(tmp_path / "lib.sqlite3") as db:  # forms no reader wrote: the name alone
        db.execute("UPDATE people SET forms = ? WHERE name = ?", ("{not json", "王小红"))
        db.execute("UPDATE people SET forms = ? WHERE name = ?", (7, "李明"))
    assert Library(tmp_path / "lib.sqlite3").entries()[0].names == ("王小红", "李明")


def test_a_person_is_found_in_other_articles_by_any_form(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib.sqlite3")
    first, _ = library.add(parse("甲\n\n米拉·穆拉提离职。\n"), "a")
    second, _ = library.add(parse("乙\n\nMira Murati说。\n"), "b")
    library.set_people(first, [Person("米拉·穆拉提", ["穆拉提", "Mira Murati"], [], [(3, 9)])])
    library.set_people(second, [Person("Mira Murati", ["Murati"], [], [(3, 14)])])
    seen = library.appearances(["Mira Murati", "Murati"], besides=second)
    assert [(a.article, a.name) for a in seen] == [(first, "米拉·穆拉提")]
    assert library.appearances(["穆"]) == []  # one character alone matches nothing
    [person] = library.most_seen()  # one person in two articles: they share the form Murati
    assert (person.name, person.articles) in {("米拉·穆拉提", 2), ("Mira Murati", 2)}
    assert {"米拉·穆拉提", "Mira Murati", "Murati"} <= set(person.forms)


def test_a_file_that_is_no_database_is_moved_aside_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    library = Library(path)
    [notice] = library.notices
    assert "moved to" in notice
    kept = list(tmp_path.glob("lib.sqlite3.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")
    assert library.entries() == []


def test_an_old_schema_is_migrated_and_a_newer_one_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    Library(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    library = Library(path)
    assert "newer reader" in library.notices[0]


def test_two_readers_write_places_at_once_without_harm(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    article_id, _ = Library(path).add(parse(STORY), "a")
    errors: list[BaseException] = []

    def reader(offset: int) -> None:
        try:
            library = Library(path)
            for step in range(50):
                library.remember(article_id, offset + step, 0.1)
            library.close()
        except BaseException as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    threads = [threading.Thread(target=reader, args=(base,)) for base in (0, 1000)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Library(path).place(article_id) in (49, 1049)  # the last writer wins


def test_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    from tui.library import LibraryError

    with pytest.raises(LibraryError, match="cannot create the library folder"):
        Library(blocker / "sub" / "lib.sqlite3")


def test_a_library_of_the_first_schema_is_migrated_with_its_articles(tmp_path: Path) -> None:
    from tui.library import _SCHEMA

    path = tmp_path / "lib.sqlite3"
    with sqlite3.connect(path) as db:  # a library as the first version of the reader made it
        db.executescript(_SCHEMA[0])
        db.execute("INSERT INTO articles (digest, title, location, text, added) VALUES ('d', '旧文', 'a', '旧文\n', 0)")
        db.execute("PRAGMA user_version = 1")
    library = Library(path)
    assert library.notices == []
    assert [entry.title for entry in library.entries()] == ["旧文"]
    assert library.add_feed("http://example.invalid/feed", "源") == 1


def _damaged_library(path: Path) -> None:
    """A library of 40 articles with two pages of its articles wiped."""
    library = Library(path)
    for number in range(40):
        library.add(parse(f"标题{number}\n\n" + "正文很长。" * 400 + f"{number}\n"), f"/news/{number}.txt")
    library.close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    last = len(data) // page
    data[(last - 3) * page:(last - 1) * page] = b"\xff" * (2 * page)
    path.write_bytes(bytes(data))


def test_the_reader_opens_a_damaged_library_unchecked_and_finds_the_damage_after(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    _damaged_library(path)
    unchecked = Library(path, check=False)  # the reader's start-up: no full read before the first frame
    assert unchecked.notices == [] and unchecked.damaged()  # its check in the background says so
    unchecked.close()
    assert Library(path).notices  # the next checked opening (any library command) repairs it


def test_a_damaged_library_is_rebuilt_from_what_can_still_be_read(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    _damaged_library(path)
    rebuilt = Library(path)
    [notice] = rebuilt.notices
    assert "moved to" in notice and "could be read" in notice
    assert 30 <= rebuilt.count() < 40
    assert all(rebuilt.article(entry.id).text.startswith(entry.title) for entry in rebuilt.entries())
    assert len([p for p in tmp_path.glob("lib.sqlite3.broken-*") if not p.name.endswith(("-wal", "-shm"))]) == 1


def test_a_person_written_in_the_other_script_elsewhere_is_found_by_sound(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib.sqlite3")
    han, _ = library.add(parse("甲\n\n马斯克今天发言。\n"), "a")
    latin, _ = library.add(parse("乙\n\nElon Musk spoke today.\n"), "b")
    other, _ = library.add(parse("丙\n\nTim Cook spoke today.\n"), "c")
    library.set_people(han, [Person("马斯克", [], ["首席执行官"], [(3, 6)])])
    library.set_people(latin, [Person("Elon Musk", ["Musk"], [], [(3, 12)])])
    library.set_people(other, [Person("Tim Cook", ["Cook"], [], [(3, 11)])])
    assert library.counts_elsewhere([["马斯克"], ["Tim Cook", "Cook"]], besides=han) == [1, 1]
    assert [(a.article, a.name) for a in library.appearances(["马斯克"], besides=han)] == [(latin, "Elon Musk")]
    assert library.counts_elsewhere([["马克龙"]]) == [0]  # no one of that sound
