"""A cache file is input like any other: whatever is in it, the reader rebuilds or shows inert text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BUNDLED, screen_text
from tests.ui.test_panel import _filled
from tests.ui.test_reader import reader_app
from tui.article import load
from tui.cli import main
from tui.extract import EXTRACTOR_VERSION
from tui.extract.cache import cache_file, cached_extract, load_cached, store

TEXT = BUNDLED.read_text(encoding="utf-8")


@pytest.fixture
def good(tmp_path: Path) -> dict:
    """A real cache entry of the bundled article, as the reader writes it."""
    extraction = cached_extract(load(BUNDLED), folder=tmp_path)
    return json.loads(json.dumps({"version": EXTRACTOR_VERSION, "extraction": extraction.to_dict()}))


def _poison(path: Path, data: dict | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _with(good: dict, change) -> dict:
    data = json.loads(json.dumps(good))
    change(data["extraction"])
    return data


ESCAPES = ["\x1b]0;pwned\x07", "\x1b[5m", "\x1b[2J", "\x9b2J", "\u202egnp.exe"]


@pytest.mark.parametrize("escape", ESCAPES)
@pytest.mark.parametrize("where", ["name", "roles", "summary", "label"])
def test_escape_codes_in_the_cache_are_rejected(tmp_path: Path, good: dict, escape: str, where: str) -> None:
    def change(extraction: dict) -> None:
        if where == "name":
            extraction["people"][0]["aliases"].append(escape)
        elif where == "roles":
            extraction["people"][0]["roles"].append(escape)
        else:
            extraction["events"][0][where] = escape

    _poison(cache_file(TEXT, tmp_path), _with(good, change))
    assert load_cached(TEXT, tmp_path) is None


@pytest.mark.parametrize("change", [
    lambda e: e["people"][0]["mentions"].append([0, 1_000_000_000]),  # a span of gigabytes
    lambda e: e["people"][0]["mentions"].append([5, 3]),
    lambda e: e["people"][0]["mentions"].append([0, 2]),  # inside the text, but not a form of the person
    lambda e: e["people"][0]["mentions"].append([1.5, 3]),
    lambda e: e["people"][0]["mentions"].append([True, 3]),
    lambda e: e["events"][0].update(spans=[]),  # crashed on enter
    lambda e: e["events"][0].update(date="yesterday"),
    lambda e: e["events"][0].update(people=["nobody in the list"]),
    lambda e: e["dates"].append({"start": -1, "end": 2, "label": "2024"}),
    lambda e: e.update(published="not a date"),
    lambda e: e.update(people={"a": 1}),
    lambda e: e["people"][0].update(name="x" * 5000),
    lambda e: e.pop("events"),
])
def test_malformed_entries_are_rejected(tmp_path: Path, good: dict, change) -> None:
    _poison(cache_file(TEXT, tmp_path), _with(good, change))
    assert load_cached(TEXT, tmp_path) is None


@pytest.mark.parametrize("raw", [
    '{"version": "' + EXTRACTOR_VERSION + '", "extraction": {"people": [], "events": [], "dates": [], "published": Infinity}}',
    '{"version": "' + EXTRACTOR_VERSION + '", "extraction": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "[" * 100_000,
    '"just a string"',
])
def test_unparseable_caches_are_misses(tmp_path: Path, raw: str) -> None:
    _poison(cache_file(TEXT, tmp_path), raw)
    assert load_cached(TEXT, tmp_path) is None


def test_the_real_entry_still_loads(tmp_path: Path, good: dict) -> None:
    _poison(cache_file(TEXT, tmp_path), good)
    assert load_cached(TEXT, tmp_path) is not None


async def test_a_poisoned_cache_is_rebuilt_and_never_reaches_the_screen(shared_cache: Path, good: dict) -> None:
    path = cache_file(TEXT, shared_cache / "openai-reader" / "extract")
    _poison(path, _with(good, lambda e: (e["people"][0].update(name="\x1b]0;pwned\x07" + e["people"][0]["name"]),
                                         e["events"][0].update(spans=[]))))
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        panel = await _filled(app, pilot)
        assert len(panel.extraction.people) == 8
        await pilot.press("e", "enter")  # the first event: spans from the rebuilt entry
        await pilot.pause()
        assert "pwned" not in screen_text(app) and app.is_running
    assert load_cached(TEXT, path.parent) is not None  # rewritten with the real extraction


def test_extract_never_prints_a_raw_control_from_the_cache(shared_cache: Path, good: dict, capsys) -> None:
    path = cache_file(TEXT, shared_cache / "openai-reader" / "extract")
    _poison(path, _with(good, lambda e: e["people"][0]["roles"].append("\x9b2J")))
    assert main(["--extract", str(BUNDLED)]) == 0
    assert "\x9b" not in capsys.readouterr().out


def test_a_failed_cache_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    import os

    def full(*_args) -> None:
        raise OSError(28, "No space left on device")

    extraction = load_cached(TEXT, tmp_path) or cached_extract(load(BUNDLED), use_cache=False)
    monkeypatch.setattr(os, "replace", full)
    assert store(TEXT, extraction, tmp_path / "c") is False
    assert list((tmp_path / "c").iterdir()) == []
