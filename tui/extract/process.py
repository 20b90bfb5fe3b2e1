"""Extraction in a helper process, so that the reader's own thread never competes for the GIL.

jieba's segmentation is pure Python: run in a thread it starves the UI of the interpreter
lock for seconds on a long article. A separate process keeps scrolling smooth, reports
progress through a pipe, and can simply be terminated when the reader closes.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path

from tui.article import Article
from tui.extract import Extraction
from tui.extract.cache import cached_extract

STEP = 0.02  # report progress in steps of this size


def _child(article: Article, use_cache: bool, folder: Path | None, pipe: Connection) -> None:
    shown = [0.0]

    def progress(done: float) -> None:
        if done - shown[0] >= STEP:
            shown[0] = done
            pipe.send(("progress", done))

    try:
        pipe.send(("done", cached_extract(article, use_cache=use_cache, folder=folder, progress=progress)))
    except Exception as error:  # reported to the reader, which shows it in the panel
        pipe.send(("error", f"{type(error).__name__}: {error}"))


@contextmanager
def _real_stderr() -> Iterator[None]:
    """Textual replaces ``sys.stderr`` with an object that has no usable file descriptor, which
    multiprocessing needs when it first starts its resource tracker: lend it the real one."""
    saved = sys.stderr
    try:
        usable = sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if not usable:
        sys.stderr = sys.__stderr__ if sys.__stderr__ is not None else open(os.devnull, "w")  # noqa: SIM115
    try:
        yield
    finally:
        sys.stderr = saved


def extract_in_process(article: Article, *, use_cache: bool, folder: Path | None = None,
                       progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Extraction | None:
    """Extract in a helper process; ``None`` if ``cancelled()`` turned true first.

    Raises ``RuntimeError`` with the helper's message when extraction failed there.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    helper = context.Process(target=_child, args=(article, use_cache, folder, sender), daemon=True,
                             name="openai-reader-extract")
    with _real_stderr():
        helper.start()
    sender.close()
    try:
        while not cancelled():
            if receiver.poll(0.05):
                try:
                    kind, payload = receiver.recv()
                except EOFError:
                    raise RuntimeError("the extraction process ended without an answer") from None
                if kind == "progress":
                    progress(payload)
                elif kind == "done":
                    return payload
                else:
                    raise RuntimeError(payload)
            elif not helper.is_alive() and not receiver.poll():
                raise RuntimeError(f"the extraction process stopped (exit code {helper.exitcode})")
        return None
    finally:
        if helper.is_alive():
            helper.terminate()
        helper.join(1)
        receiver.close()
