"""Batch extraction as a user runs it, next to jieba.posseg over the same text.

Run: python benchmarks/batch.py [--articles N] [--rounds R]    (about two minutes)

Writes N articles (default 300: documents of 20 sentences from the development split of the
training corpora) to a folder of the run's own, then times, as fresh processes from start to
exit, in turn for R rounds (default 3): jieba.posseg over every article (the baseline: its
load and its cut, one core), ``openai-reader --extract FOLDER`` held to one core, and the same
on every core the machine lends. The reader runs with its cache off, so every article is
extracted. Prints each median and its ratio to the baseline's (above 1: faster).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.people import DEFAULT_CORPORA, documents  # noqa: E402
from tui.extract.train import load_corpora  # noqa: E402

POSSEG = """
import sys
from pathlib import Path
import jieba, jieba.posseg
jieba.setLogLevel(60)
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    names = [pair.word for pair in jieba.posseg.cut(path.read_text(encoding="utf-8")) if pair.flag.startswith("nr")]
"""


def _timed(command: list[str], env: dict[str, str], one_core: bool) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   preexec_fn=(lambda: os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})) if one_core else None)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = [text for text, _gold in documents(load_corpora(DEFAULT_CORPORA)["dev"])][:args.articles]
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "articles"
        folder.mkdir()
        for number, text in enumerate(texts):
            (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
        config = Path(work) / "config.toml"
        config.write_text("cache = false\n", encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": work, "XDG_DATA_HOME": work,
               "XDG_CACHE_HOME": work}
        runs = {
            "jieba.posseg (baseline)": ([sys.executable, "-c", POSSEG, str(folder)], True),
            "openai-reader, one core": ([sys.executable, "-m", "tui", "--config", str(config), "--extract", str(folder)],
                                        True),
            f"openai-reader, {len(os.sched_getaffinity(0))} cores": (
                [sys.executable, "-m", "tui", "--config", str(config), "--extract", str(folder)], False),
        }
        seconds: dict[str, list[float]] = {label: [] for label in runs}
        for _round in range(args.rounds):
            for label, (command, one_core) in runs.items():
                seconds[label].append(_timed(command, env, one_core))
    characters = sum(map(len, texts))
    baseline = statistics.median(seconds["jieba.posseg (baseline)"])
    print(f"{len(texts)} articles, {characters:,} characters; medians of {args.rounds} runs, process start to exit")
    for label, times in seconds.items():
        median = statistics.median(times)
        print(f"{label:<28} {median:6.1f} s  {characters / median / 1000:4.0f} k chars/s  {baseline / median:.2f}x")


if __name__ == "__main__":
    main()
