"""Extraction in a helper process, so that the reader's own thread never competes for the GIL.

jieba's segmentation is pure Python: run in a thread it starves the UI of the interpreter
lock for seconds on a long article. A separate process keeps scrolling smooth, reports
progress through a pipe, and can simply be terminated when the reader closes.

The helper is a plain ``python -m tui.extract.process`` child rather than a multiprocessing
one: it starts no resource tracker and does not re-import the reader's main module, which
saves a noticeable share of a cold start. Messages are pickled both ways: the article in,
``(kind, payload)`` pairs out.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

from tui.article import Article
from tui.extract import Extraction
from tui.extract.cache import cached_extract

STEP = 0.02  # report progress in steps of this size
POLL = 0.05  # seconds between checks for cancellation


def _send(out: IO[bytes], kind: str, payload: object) -> None:
    pickle.dump((kind, payload), out)
    out.flush()


def _child() -> None:
    """The helper's side: read the job from stdin, answer on the original stdout (anything
    a library prints goes to stderr instead, so it cannot garble the answers)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    article, use_cache, folder = pickle.load(sys.stdin.buffer)
    reader = os.getppid()
    shown = [0.0]

    def progress(done: float) -> None:
        if os.getppid() != reader:  # the reader was killed: nobody is waiting for the answer
            os._exit(0)
        if done - shown[0] >= STEP:
            shown[0] = done
            _send(out, "progress", done)

    try:
        _send(out, "done", cached_extract(article, use_cache=use_cache, folder=folder, progress=progress))
    except Exception as error:  # reported to the reader, which shows it in the panel
        _send(out, "error", f"{type(error).__name__}: {error}")


def _read_answers(stream: IO[bytes], answers: queue.Queue[tuple[str, object]]) -> None:
    """Move the helper's messages into ``answers`` until it closes its end."""
    try:
        while True:
            answers.put(pickle.load(stream))
    except (EOFError, OSError, pickle.UnpicklingError):
        answers.put(("gone", None))


def extract_in_process(article: Article, *, use_cache: bool, folder: Path | None = None,
                       progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Extraction | None:
    """Extract in a helper process; ``None`` if ``cancelled()`` turned true first.

    Raises ``RuntimeError`` with the helper's message when extraction failed there.
    """
    package_root = str(Path(__file__).resolve().parents[2])  # the helper finds this same ``tui``
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)}
    helper = subprocess.Popen([sys.executable, "-m", "tui.extract.process"], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert helper.stdin is not None and helper.stdout is not None
    answers: queue.Queue[tuple[str, object]] = queue.Queue()
    threading.Thread(target=_read_answers, args=(helper.stdout, answers), daemon=True).start()
    try:
        pickle.dump((article, use_cache, folder), helper.stdin)
        helper.stdin.close()
        while not cancelled():
            try:
                kind, payload = answers.get(timeout=POLL)
            except queue.Empty:
                continue
            if kind == "progress":
                progress(float(payload))  # type: ignore[arg-type]
            elif kind == "done":
                return payload  # type: ignore[return-value]
            elif kind == "error":
                raise RuntimeError(payload)
            else:
                raise RuntimeError(f"the extraction process stopped (exit code {helper.wait()})")
        return None
    except BrokenPipeError:
        raise RuntimeError(f"the extraction process stopped (exit code {helper.wait()})") from None
    finally:
        if helper.poll() is None:
            helper.kill()
        helper.wait()


if __name__ == "__main__":
    _child()
