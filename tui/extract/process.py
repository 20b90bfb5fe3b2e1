"""Extraction in a helper process, so that the reader's own thread never competes for the GIL.

jieba's segmentation is pure Python: run in a thread it starves the UI of the interpreter
lock for seconds on a long article. A separate process keeps scrolling smooth, reports
progress through a pipe, and can simply be terminated when the reader closes.

The helper is a plain ``python -I`` child rather than a multiprocessing one: it starts no
resource tracker and does not re-import the reader's main module, which saves a noticeable
share of a cold start. Isolated mode keeps the working folder (where a ``jieba.py`` or a
``queue.py`` may lie), ``PYTHON*`` variables and the user's site folder out of its imports;
it is handed the reader's own import path instead, so it finds the same ``tui`` and libraries. It loads jieba before it reads its job, so the
command line starts it before the reader's own start-up whenever the cache has no answer.
Messages are pickled both ways: the article in, ``(kind, payload)`` pairs out.
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
    """The helper's side: load jieba and the name tagger first (the slow part, while the reader
    is still starting), then read the job from stdin and answer on the original stdout
    (anything a library prints goes to stderr instead, so it cannot garble the answers)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    from tui.extract.dictionary import dictionary
    from tui.extract.tagger import tagger

    dictionary()
    tagger()
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


_START = "import sys; sys.path[:] = sys.argv[1:]; from tui.extract.process import _child; _child()"


def _import_path() -> list[str]:
    """The reader's import path without the working folder (``''`` or its absolute name),
    unless this very ``tui`` was imported from there."""
    package_root = str(Path(__file__).resolve().parents[2])
    here = os.getcwd()
    path = [p for p in sys.path if p and (os.path.abspath(p) != here or p == package_root)]
    return path if package_root in path else [package_root, *path]


class Helper:
    """A helper process extracting one article; it starts working as soon as it is made."""

    def __init__(self, article: Article, *, use_cache: bool, folder: Path | None = None) -> None:
        self._process = subprocess.Popen([sys.executable, "-I", "-c", _START, *_import_path()],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL)
        self._answers: queue.Queue[tuple[str, object]] = queue.Queue()
        job = (article, use_cache, folder)
        threading.Thread(target=self._talk, args=(job,), daemon=True, name="openai-reader-helper").start()

    def _talk(self, job: tuple[Article, bool, Path | None]) -> None:
        """Send the job (the pipe may take a while to drain), then queue the answers."""
        assert self._process.stdin is not None and self._process.stdout is not None
        try:
            pickle.dump(job, self._process.stdin)
            self._process.stdin.close()
            while True:
                self._answers.put(pickle.load(self._process.stdout))
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):  # the helper ended or was stopped
            self._answers.put(("gone", None))

    def result(self, *, progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Extraction | None:
        """Wait for the extraction; ``None`` if ``cancelled()`` turned true first. Raises
        ``RuntimeError`` with the helper's message when extraction failed there."""
        try:
            while not cancelled():
                try:
                    kind, payload = self._answers.get(timeout=POLL)
                except queue.Empty:
                    continue
                if kind == "progress":
                    progress(float(payload))  # type: ignore[arg-type]
                elif kind == "done":
                    return payload  # type: ignore[return-value]
                elif kind == "error":
                    raise RuntimeError(payload)
                else:
                    raise RuntimeError(f"the extraction process stopped (exit code {self._process.wait()})")
            return None
        finally:
            self.stop()

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()

