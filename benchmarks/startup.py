"""First paint, panel fill, memory, jumps and scale, measured on a real pseudo-terminal.

Run: python benchmarks/startup.py [SIZES]      (sizes 1 10 100 by default; about three minutes)

Each figure is a median: of 15 launches of each kind (on a busy machine first paint moves by a
tenth from one launch to the next, and a median of fewer wanders), of 7 presses for the jumps.
At 1x the reader is launched warm (people and events cached) and as often cold (the extraction
helper loading jieba on the other core meanwhile); its first paint is the median of both, and
each kind's is given too. The baseline is a bare Textual app (a dozen lines, written
below) that shows the same article text in one scrolling pane, started the same way in the
same run: a fresh process on a 160x45 pseudo-terminal, timed until the text is on screen.
Runs of the bare app and of the reader alternate, so that a noisy machine slows both alike.
The reader's modules are byte-compiled first, as ``pip install`` does.
"""

from __future__ import annotations

import asyncio
import atexit
import compileall
import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import repeated  # noqa: E402
from tui.article import Article, load  # noqa: E402
from tui.extract.cache import cached_extract  # noqa: E402
from tui.resources import bundled_article  # noqa: E402

LAUNCHES = 15
RUNS = 7  # key presses timed for each jump
FIRST_LINE = "因对公司价值观的争议"  # on the first screen of every size
FILLED = "人 · "  # the panel's status line once people and events are in
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
    peak RSS in KiB until then (the process is then stopped)."""
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
    peak = _peak_rss(pid)
    os.kill(pid, 15)  # the reader closes as on q, drawing its last frames: read them to the end
    stop = time.perf_counter() + 10
    while time.perf_counter() < stop and select.select([fd], [], [], 0.05)[0]:
        try:
            if not os.read(fd, 1 << 16):
                break
        except OSError:
            break
    _pid, _status, usage = os.wait4(pid, 0)
    os.close(fd)
    return found, peak or usage.ru_maxrss


def _peak_rss(pid: int) -> int:
    """The process's peak RSS in KiB since it started its program (0 where /proc has no answer).
    ``ru_maxrss`` would count from the fork, when the child still shares this process's memory:
    this benchmark holds jieba and the model whenever it extracted the article itself."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def jump_times(article: Article) -> tuple[float, float]:
    """Median seconds from a key press to the redrawn screen being handed to the terminal, for
    ``G`` (the end) and ``]`` (next section), headless at 160x45."""
    from tui.app import ReaderApp
    from tui.config import Config
    from tui.session import ReaderSession

    async def measure() -> tuple[float, float]:
        app = ReaderApp(ReaderSession(article, Config(cache=True)), [])
        drawn: list[float] = []
        display = app._display  # every frame goes through here on its way to the terminal

        def timed_display(screen, renderable) -> None:  # type: ignore[no-untyped-def]
            display(screen, renderable)
            if renderable is not None:
                drawn.append(time.perf_counter())

        app._display = timed_display  # type: ignore[method-assign]
        times: dict[str, list[float]] = {"G": [], "right_square_bracket": []}
        async with app.run_test(size=(160, 45)) as pilot:
            await pilot.pause(0.5)
            for _ in range(RUNS):
                for key, found in times.items():
                    await pilot.press("g")
                    await pilot.pause(0.1)
                    start = time.perf_counter()
                    await pilot.press(key)
                    await pilot.pause(0.1)
                    found.append(min((t for t in drawn if t > start), default=float("nan")) - start)
        return median(times["G"]), median(times["right_square_bracket"])

    return asyncio.run(measure())


def main() -> None:
    started = time.perf_counter()
    python = sys.executable
    root = Path(__file__).resolve().parent.parent
    compileall.compile_dir(root / "tui", quiet=1)
    reader = shutil.which("openai-reader", path=str(Path(python).parent))
    reader_argv = [reader] if reader else [python, "-m", "tui"]
    article = load(bundled_article())
    extraction = cached_extract(article)
    work = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)  # also when a run fails
    bare = work / "bare.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    sizes = [int(a) for a in sys.argv[1:]] or [1, 10, 100]
    articles = {copies: repeated(article, extraction, copies)[0] for copies in sizes}
    base_env = {key: value for key, value in os.environ.items()
                if key not in ("PYTHONDONTWRITEBYTECODE", "LC_ALL", "LC_MESSAGES")}
    base_env["LANG"] = "zh_CN.UTF-8"  # the interface in Chinese: FILLED is its status line
    # The reader keeps what it opens in a library: one of the run's own, not the user's.
    base_env |= {"PYTHONPATH": str(root), "TERM": "xterm-256color", "XDG_CONFIG_HOME": str(work / "config"),
                 "XDG_DATA_HOME": str(work / "data")}
    paint, filled = FIRST_LINE.encode(), FILLED.encode()

    jieba_argv = [python, "-c", "import jieba; jieba.setLogLevel(60); jieba.initialize(); print('ok')"]
    first_paint = {}
    for copies, big in articles.items():
        path = work / f"article-{copies}x.txt"
        path.write_text(big.text, encoding="utf-8")
        warm_env = {**base_env, "XDG_CACHE_HOME": str(work / f"warm-{copies}")}
        # The first launch is cold and fills the cache for the warm ones.
        cold = [run_until([*reader_argv, str(path)], [paint, filled], warm_env, timeout=600)[0]]
        bare_paint, bare_rss, warm, warm_rss, jieba = [], [], [], [], []
        for run in range(LAUNCHES):
            jieba += run_until(jieba_argv, [b"ok"], base_env)[0]  # in the same window as the cold runs
            times, rss = run_until([python, str(bare), str(path)], [paint], base_env)
            bare_paint += times
            bare_rss.append(rss)
            times, rss = run_until([*reader_argv, str(path)], [paint, filled], warm_env)
            warm.append(times)
            warm_rss.append(rss)
            if copies == 1 and run < LAUNCHES - 1:  # the long articles' extraction takes a while
                cold_env = {**base_env, "XDG_CACHE_HOME": str(work / f"cold-{copies}-{run}")}
                cold.append(run_until([*reader_argv, str(path)], [paint, filled], cold_env, timeout=600)[0])
        ours = median([t[0] for t in warm + cold if t])
        split = (f" (warm {median([t[0] for t in warm if t]) * 1000:.0f}, cold {median([t[0] for t in cold if t]) * 1000:.0f})"
                 if len(cold) > 1 else "")
        first_paint[copies] = ours
        cold_fill = median([t[1] - t[0] for t in cold if len(t) == 2])
        jieba_init = median(jieba)
        warm_fill = median([t[1] - t[0] for t in warm if len(t) == 2])
        os.environ["XDG_CACHE_HOME"] = warm_env["XDG_CACHE_HOME"]  # people and events from the cache
        to_end, next_section = jump_times(big)
        print(f"-- {copies}x the bundled article ({path.stat().st_size / 1e6:.2f} MB, {len(big.sections)} sections)")
        print(f"first paint: bare app {median(bare_paint) * 1000:.0f} ms, reader {ours * 1000:.0f} ms{split} "
              f"= {ours / median(bare_paint):.2f}x (target <= 1.3x)")
        print(f"jieba's own initialisation (a fresh process): {jieba_init * 1000:.0f} ms")
        print(f"panel filled after first paint: cold {cold_fill * 1000:.0f} ms = jieba + "
              f"{(cold_fill - jieba_init) * 1000:.0f} ms (target + 300 ms at 1x; {len(cold)} runs), "
              f"warm {warm_fill * 1000:.0f} ms (target < 100 ms)")
        print(f"peak RSS, warm launch: bare {median(bare_rss) / 1024:.0f} MB, reader "
              f"{median(warm_rss) / 1024:.0f} MB = {median(warm_rss) / median(bare_rss):.2f}x (target <= 1.3x)")
        print(f"key to redrawn screen: G {to_end * 1000:.0f} ms, ] {next_section * 1000:.0f} ms "
              f"(target < 100 ms)\n")
    if 1 in first_paint and 100 in first_paint:
        print(f"first paint, 100x against 1x: {first_paint[100] / first_paint[1]:.2f}x (target <= 1.5x)")
    print(f"benchmark time: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
