"""``--extract`` over many articles: forked workers print the lines one process prints, in the
same order; a batch the cache answers for never loads jieba."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui import batch
from tui.cli import main

# Runs the command line as ``openai-reader`` does, then tells on stderr how many workers this
# machine gives a batch and whether jieba was loaded.
PROBE = ("import sys; from tui import batch; from tui.cli import main; status = main(sys.argv[1:]); "
         "print(batch.worker_count(8), 'jieba' in sys.modules, file=sys.stderr); sys.exit(status)")

STORIES = [
    "市长李建国昨天考察了新建的图书馆。\n李建国表示，图书馆将于明年开放。\n",
    "国务委员兼外长王建平会见了来访的巴基斯坦总理谢里夫。\n",
    "据悉，欧阳明远与妻子陈静在杭州经营一家茶馆。\n陈静说，茶馆今年生意不错。\n",
    "阿根廷球星梅西在比赛结束后接受了采访。\n",
    "这家公司今年的营业收入增长了百分之二十。\n",
]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for number, story in enumerate(STORIES):
        (folder / f"{number}.txt").write_text(f"第{number}篇（{tmp_path.name}）\n\n{story}", encoding="utf-8")
    (folder / "2-junk.txt").write_bytes(bytes(range(256)) * 40)  # unreadable, third (before 2.txt)
    return folder


def _probe(folder: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", PROBE, "--extract", str(folder)], capture_output=True,
                          text=True, env=env, timeout=120)


def test_workers_print_what_one_process_prints_in_the_same_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    monkeypatch.setattr(batch, "worker_count", lambda _articles: 1)
    assert main(["--extract", str(folder)]) == 1
    in_turn = capsys.readouterr().out

    done = _probe(folder, tmp_path / "fresh-cache")
    assert done.returncode == 1 and done.stdout == in_turn
    assert len(in_turn.splitlines()) == 6 and '"error"' in in_turn.splitlines()[2]
    workers = int(done.stderr.split()[-2])
    assert workers == min(len(os.sched_getaffinity(0)), batch.MAX_WORKERS)


def test_a_batch_the_cache_answers_for_loads_no_jieba(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    first, again = _probe(folder, tmp_path / "cache"), _probe(folder, tmp_path / "cache")
    assert first.stderr.split()[-1] == "True" and again.stderr.split()[-1] == "False"
    assert again.stdout == first.stdout


def test_with_threads_running_nothing_is_forked() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert batch.worker_count(100) == 1
    finally:
        stop.set()
        thread.join()
