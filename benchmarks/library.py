"""The library at 1,000 articles: the Library screen's first paint, filtering, reopening.

Run: python benchmarks/library.py [ARTICLES]      (1000 by default; about a minute)

A library of ARTICLES copies of the bundled article (each one its own text, with the bundled
article's people) is made in a temporary folder. Measured in the same run, each a median of
7 fresh processes on a 160x45 pseudo-terminal (runs alternate, so that a noisy machine slows
all alike):
- the reader's first paint on the bundled article with an empty library (the baseline), and
  the Library screen's first paint with the full one;
- reopening an article of the full library at a place left in its last section, against
  opening the same article fresh;
and, in this process, the time the Library screen's filter takes for one keystroke (each
prefix of a few queries typed one character at a time over all ARTICLES).
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.startup import median, run_until  # noqa: E402
from tui.article import load  # noqa: E402
from tui.extract.cache import cached_extract  # noqa: E402
from tui.library import Library  # noqa: E402
from tui.resources import bundled_article  # noqa: E402
from tui.shelf import Shelf  # noqa: E402

RUNS = 7
QUERIES = ["奥特曼", "aoteman", "openai", "穆拉提", "高管离职"]
FIRST_LINE = "因对公司价值观的争议".encode()
LAST_SECTION = "03 高层戏剧"


def build(folder: Path, articles: int) -> tuple[Path, int]:
    """A library of ``articles`` copies of the bundled article; the id of one of them."""
    original = load(bundled_article())
    people = cached_extract(original).people
    library = Library(folder / "openai-reader" / "library.sqlite3")
    some = 0
    for number in range(articles):
        copy = replace(original, text=original.text + f"\n（第{number + 1}篇）\n",
                       title=f"{original.title}（{number + 1}）")
        some, _new = library.add(copy, f"/news/{number + 1}.txt")
        library.set_people(some, people)
    library.close()
    return folder / "openai-reader" / "library.sqlite3", some


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    python = sys.executable
    root = Path(__file__).resolve().parent.parent
    work = Path(tempfile.mkdtemp(prefix="reader-library-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)  # also when a run fails
    started = time.perf_counter()
    path, some = build(work / "full", articles)
    print(f"library of {articles} articles built in {time.perf_counter() - started:.1f} s ({path.stat().st_size / 1e6:.1f} MB)")
    base_env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    base_env |= {"LANG": "zh_CN.UTF-8", "PYTHONPATH": str(root), "TERM": "xterm-256color",
                 "XDG_CONFIG_HOME": str(work / "config"), "XDG_CACHE_HOME": str(work / "cache")}
    reader = [python, "-m", "tui"]
    run_until([*reader, str(bundled_article())], [FIRST_LINE], {**base_env, "XDG_DATA_HOME": str(work / "warm")})

    # Reopening: the article left in its last section, against the same article opened fresh.
    library = Library(path)
    text = library.article(some).text
    library.remember(some, text.index(LAST_SECTION), 0.9)
    library.close()
    fresh_file = work / "fresh.txt"
    fresh_file.write_text(text, encoding="utf-8")

    baseline, shelf, reopen, fresh = [], [], [], []
    for run in range(RUNS):
        empty = {**base_env, "XDG_DATA_HOME": str(work / f"empty-{run}")}
        baseline += run_until([*reader, str(bundled_article())], [FIRST_LINE], empty)[0]
        full = {**base_env, "XDG_DATA_HOME": str(work / "full")}
        shelf += run_until(reader, [f"文库 · {articles} 篇".encode()], full)[0]
        reopen += run_until([*reader, "open", str(some)], [LAST_SECTION.encode()], full)[0]
        fresh += run_until([*reader, str(fresh_file)], [FIRST_LINE], {**base_env, "XDG_DATA_HOME": str(work / f"f-{run}")})[0]

    entries = Library(path).entries()
    keystrokes = []
    filtering = Shelf(entries)
    made = time.perf_counter()
    filtering.prepare()  # done in a thread while the screen first shows the list
    prepared = time.perf_counter() - made
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            filtering.view(query[:end])
            keystrokes.append(time.perf_counter() - start)

    print(f"first paint: reader (empty library) {median(baseline) * 1000:.0f} ms, Library screen "
          f"({articles} articles) {median(shelf) * 1000:.0f} ms = {median(shelf) / median(baseline):.2f}x (target <= 1.3x)")
    print(f"filter: one keystroke over {articles} articles, median {statistics.median(keystrokes) * 1000:.1f} ms, "
          f"slowest {max(keystrokes) * 1000:.1f} ms (target < 50 ms); made ready in a thread as the screen opens in {prepared * 1000:.0f} ms")
    print(f"reopening at the place left: {median(reopen) * 1000:.0f} ms to the place on screen, opening the same "
          f"article fresh {median(fresh) * 1000:.0f} ms = {median(reopen) / median(fresh):.2f}x (target <= 1.0x, noise aside)")
    print(f"benchmark time: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
