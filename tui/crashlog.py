"""Where a crash goes: a log file in the user's state folder, never over their terminal."""

from __future__ import annotations

import contextlib
import traceback
from datetime import datetime, timezone
from pathlib import Path

from tui import __version__
from tui.config import state_dir


def write_crash_log(error: BaseException) -> Path | None:
    """Write ``error`` with its traceback to ``crash.log`` (replacing the last one) and
    return its path; ``None`` when there is no state folder or it cannot be written."""
    folder = state_dir()
    if folder is None:
        return None
    path = folder / "crash.log"
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    report = f"openai-reader {__version__} crashed at {stamp}\n\n" + "".join(traceback.format_exception(error))
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(report, encoding="utf-8")
        return path
    return None
