"""The extraction cache: reused when valid, ignored when not, written atomically."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED, ROOT
from tui.article import load, parse
from tui.extract import EXTRACTOR_VERSION, extract
from tui.extract.cache import cache_file, cached_extract, load_cached, store

TEXT = "导语，首席执行官张伟表示，公司将在2021年3月1日上市。\n"


def test_round_trip(tmp_path: Path) -> None:
    article = parse(TEXT)
    first = cached_extract(article, folder=tmp_path)
    assert cache_file(article.text, tmp_path).is_file()
    assert load_cached(article.text, tmp_path) == first
    assert not list(tmp_path.glob(".tmp-*"))  # the temporary file was renamed into place


def test_round_trip_of_days_without_their_year(tmp_path: Path) -> None:
    article = parse("新华社北京2月21日电 2月21日，外交部长王毅会见来宾。昨天，他抵达北京。\n")
    first = cached_extract(article, folder=tmp_path)
    assert {e.date for e in first.events} == {"--02-20", "--02-21"}
    assert load_cached(article.text, tmp_path) == first


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b'{"version": "0", "extraction": {}}', b'{"version": "%s"}' % EXTRACTOR_VERSION.encode(),
     b'{"version": "%s", "extraction": {"people": 3}}' % EXTRACTOR_VERSION.encode(), b"\xff\xfe\x00"],
)
def test_corrupt_or_foreign_cache_is_ignored_and_rebuilt(tmp_path: Path, content: bytes) -> None:
    article = parse(TEXT)
    path = cache_file(article.text, tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert load_cached(article.text, tmp_path) is None
    assert gc.isenabled()  # (the collector, held off while the cache is read, is back however the reading ends)
    result = cached_extract(article, folder=tmp_path)
    assert [p.name for p in result.people] == ["张伟"]
    assert load_cached(article.text, tmp_path) == result
    assert gc.isenabled()


def test_cache_folder_that_is_a_file_is_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("not a folder")
    article = parse(TEXT)
    assert store(article.text, extract(article), blocker) is False
    assert cached_extract(article, folder=blocker).people


def test_second_launch_reads_the_cache_without_importing_jieba(isolated_home: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(isolated_home / "private-cache"), "PYTHONPATH": str(ROOT)}
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tui.article import load\n"
        "from tui.extract.cache import cached_extract\n"
        f"x = cached_extract(load(Path({str(BUNDLED)!r})))\n"
        "print(len(x.people), 'jieba' in sys.modules)\n"
    )
    cold = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    warm = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert cold.stdout.split() == ["8", "True"]
    assert warm.stdout.split() == ["8", "False"]
    cached = json.loads(next((isolated_home / "private-cache").rglob("*.json")).read_text(encoding="utf-8"))
    assert cached["version"] == EXTRACTOR_VERSION
    assert load(BUNDLED).text  # the article itself is untouched
