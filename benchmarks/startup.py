"""First paint, panel fill, memory and scale, measured on a real pseudo-terminal.

Run: python benchmarks/startup.py [SIZES]      (all sizes, 1 10 100: about four minutes)

Each figure is the median of 5 runs. The baseline is a bare Textual app (a dozen lines, written
below) that shows the same article text in one scrolling pane, started the same way in the
same run: a fresh process on a 160x45 pseudo-terminal, timed until the text is on screen.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import repeated  # noqa: E402
from tui.article import load  # noqa: E402
from tui.extract.cache import cached_extract  # noqa: E402
from tui.resources import bundled_article  # noqa: E402

RUNS = 5
FIRST_LINE = "因对公司价值观的争议"  # on the first screen of every size
BARE_APP = '''
import sys
from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import Static
class Bare(App):
    def compose(self):
        with VerticalScroll():
            yield Static(open(sys.argv[1], encoding="utf-8").read(), markup=False)
Bare().run()
'''


def run_until(argv: list[str], markers: list[bytes], env: dict[str, str], timeout: float = 60.0
              ) -> tuple[list[float], int]:
    """Start ``argv`` on a 160x45 pseudo-terminal; seconds until each marker is drawn, and the
    peak RSS in KiB (the process is then stopped)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 45, 160, 0, 0))
    start = time.perf_counter()
    seen = b""
    found: list[float] = []
    while len(found) < len(markers) and time.perf_counter() - start < timeout:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                seen += os.read(fd, 1 << 16)
            except OSError:
                break
            while len(found) < len(markers) and markers[len(found)] in seen:
                found.append(time.perf_counter() - start)
    os.kill(pid, 15)
    _pid, _status, usage = os.wait4(pid, 0)
    os.close(fd)
    return found, usage.ru_maxrss


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> None:
    python = sys.executable
    root = Path(__file__).resolve().parent.parent
    article = load(bundled_article())
    extraction = cached_extract(article)
    work = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    bare = work / "bare.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    files = {}
    sizes = [int(a) for a in sys.argv[1:]] or [1, 10, 100]
    for copies in sizes:
        big, _people = repeated(article, extraction, copies)
        files[copies] = work / f"article-{copies}x.txt"
        files[copies].write_text(big.text, encoding="utf-8")
    base_env = {**os.environ, "PYTHONPATH": str(root), "TERM": "xterm-256color",
                "XDG_CONFIG_HOME": str(work / "config")}
    paint = FIRST_LINE.encode()
    filled = "人 · ".encode()

    jieba_init = median([
        run_until([python, "-c", "import jieba; jieba.setLogLevel(60); jieba.initialize(); print('ok')"],
                  [b"ok"], base_env)[0][0] for _ in range(RUNS)
    ])
    print(f"jieba's own initialisation: {jieba_init * 1000:.0f} ms\n")
    results = {}
    for copies, path in files.items():
        bare_paint, bare_rss = [], []
        for _ in range(RUNS):
            times, rss = run_until([python, str(bare), str(path)], [paint], base_env)
            bare_paint += times
            bare_rss.append(rss)
        cold, warm, warm_rss = [], [], []
        for run in range(RUNS):
            cold_env = {**base_env, "XDG_CACHE_HOME": str(work / f"cold-{copies}-{run}")}
            times, _rss = run_until([python, "-m", "tui", str(path)], [paint, filled], cold_env, timeout=180)
            cold.append(times)
        warm_env = {**base_env, "XDG_CACHE_HOME": str(work / f"cold-{copies}-0")}
        for _ in range(RUNS):
            times, rss = run_until([python, "-m", "tui", str(path)], [paint, filled], warm_env)
            warm.append(times)
            warm_rss.append(rss)
        ours = median([t[0] for t in cold + warm if t])
        results[copies] = ours
        print(f"-- {copies}x the bundled article ({path.stat().st_size / 1e6:.2f} MB)")
        print(f"first paint: bare app {median(bare_paint) * 1000:.0f} ms, reader {ours * 1000:.0f} ms "
              f"= {ours / median(bare_paint):.2f}x (target <= 1.3x)")
        cold_fill = median([t[1] - t[0] for t in cold if len(t) == 2])
        warm_fill = median([t[1] - t[0] for t in warm if len(t) == 2])
        print(f"panel filled after first paint: cold {cold_fill * 1000:.0f} ms "
              f"(jieba + {(cold_fill - jieba_init) * 1000:.0f} ms), warm {warm_fill * 1000:.0f} ms")
        print(f"peak RSS, warm launch: bare {median(bare_rss) / 1024:.0f} MB, reader "
              f"{median(warm_rss) / 1024:.0f} MB = {median(warm_rss) / median(bare_rss):.2f}x (target <= 1.3x)\n")
    if 1 in results and 100 in results:
        print(f"first paint, 100x against 1x: {results[100] / results[1]:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
