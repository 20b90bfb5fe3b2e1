"""Holding j on the 100x article in a real terminal (tmux, 160x45): no key dropped, no torn frame.

Run: python benchmarks/terminal.py      (needs tmux; about 30 seconds)

150 presses of j are sent over 5 seconds, then 150 of k. If no key was dropped the reader is
back on its first line; the screen is read after each burst to check that the header and the
footer are whole. The baseline is the same burst sent to ``less`` on the same file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import repeated  # noqa: E402
from tui.article import load  # noqa: E402
from tui.extract.cache import cached_extract  # noqa: E402
from tui.resources import bundled_article  # noqa: E402

PRESSES = 150
SECONDS = 5.0


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def burst(key: str) -> float:
    start = time.perf_counter()
    for press in range(PRESSES):
        tmux("send-keys", "-t", "bench", key)
        time.sleep(max(0.0, start + (press + 1) * SECONDS / PRESSES - time.perf_counter()))
    return time.perf_counter() - start


def run(command: str, first_line: str, ready: str) -> tuple[list[str], list[str]]:
    tmux("kill-session", "-t", "bench")
    tmux("new-session", "-d", "-s", "bench", "-x", "160", "-y", "45", command)
    deadline = time.time() + 120
    while ready not in tmux("capture-pane", "-p", "-t", "bench") and time.time() < deadline:
        time.sleep(0.2)
    took = burst("j")
    time.sleep(1.0)
    down = tmux("capture-pane", "-p", "-t", "bench").splitlines()
    burst("k")
    time.sleep(1.0)
    up = tmux("capture-pane", "-p", "-t", "bench").splitlines()
    tmux("kill-session", "-t", "bench")
    name = "less" if command.startswith("less") else "reader"
    print(f"{name:<7} {PRESSES} j in {took:.1f} s; "
          f"moved: {first_line not in ''.join(down[:4])}; back on the first line after "
          f"{PRESSES} k: {first_line in ''.join(up[:4])}; rows {len(down)}/{len(up)} of 45")
    return down, up


def main() -> None:
    if not shutil.which("tmux"):
        print("tmux is not installed: nothing measured")
        return
    article = load(bundled_article())
    big, _people = repeated(article, cached_extract(article), 100)
    path = Path(tempfile.mkdtemp(prefix="reader-term-")) / "article-100x.txt"
    path.write_text(big.text, encoding="utf-8")
    first_line = "在不到两年的时间里"  # second paragraph: on screen at the top, not in the title
    run(f"less {path}", first_line, first_line)
    down, up = run(f"{sys.executable} -m tui {path}", first_line, "人 · ")  # the panel is filled
    whole = all(frame[0].strip() and "Quit" in frame[-1] for frame in (down, up))
    print(f"reader frames whole (header and footer drawn): {whole}")


if __name__ == "__main__":
    main()
