"""Does every step stay linear on every input? Each step at 1x, 4x and 16x of each text.

Run: python benchmarks/scaling.py [--quick]
For every text (ordinary news and hostile shapes) and every step (reading and decoding,
parsing, extraction, the search index, queries, a cache read), prints the median time at
each size and the ratio of 16x to 1x. A linear step costs about 16x; the target is <= 20x.
The baseline is reading the same bytes and splitting their lines, measured in the same run.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._timing import median_seconds  # noqa: E402
from tui.article import load, parse  # noqa: E402
from tui.extract import extract  # noqa: E402
from tui.extract.cache import load_cached, store  # noqa: E402
from tui.extract.dictionary import dictionary  # noqa: E402
from tui.resources import bundled_article  # noqa: E402
from tui.search import SearchIndex  # noqa: E402

SIZES = (1, 4, 16)
TARGET = 20.0
UNIT = 6000  # characters of each text at 1x
QUERIES = ("研究", "yanjiu", "Brockmen", "苏茨克佛", "x" * 300, "zhong" * 900)


def _texts() -> dict[str, Callable[[int], str]]:
    """Each text at ``n`` units; hostile ones built so that a quadratic step shows at once."""
    news = bundled_article().read_text(encoding="utf-8")
    corpus = "\n".join([news] + [p.read_text(encoding="utf-8") for p in
                                 sorted((Path(__file__).parent.parent / "tests" / "data").glob("0[123]*.txt"))])

    def cut(source: str, n: int) -> str:
        size = UNIT * n
        return (source * (size // len(source) + 1))[:size]

    line = "首席执行官王小明周三表示，公司将在明年3月推出新产品。\n"
    return {
        "ordinary news": lambda n: cut(corpus, n),
        "one paragraph, no line breaks": lambda n: cut(corpus.replace("\n", ""), n),
        "one line repeated": lambda n: cut(line, n),
        "one surname, over and over": lambda n: "导语\n" + "王" * (UNIT * n),
        "escape introducers without end": lambda n: cut("\x1b]0;标题" + "文字" * 40 + "\n", n),
        "one run of Latin letters": lambda n: "导语\n" + "a" * (UNIT * n),
        "Latin words with single spaces": lambda n: cut("Alpha Beta Gamma Delta ", n),
    }


def _steps(path: Path, folder: Path) -> dict[str, Callable[[], object]]:
    article = load(path)
    result = extract(article)
    store(article.text, result, folder)
    index = SearchIndex(article, result.people)
    return {
        "read + decode + parse": lambda: load(path),
        "parse": lambda: parse(article.text),
        "extract people and events": lambda: extract(article),
        "build search index": lambda: SearchIndex(article, result.people),
        "queries (6, incl. 4,500 letters)": lambda: [index.search(q) for q in QUERIES],
        "read cache": lambda: load_cached(article.text, folder),
    }


def main() -> None:
    quick = "--quick" in sys.argv
    runs = 1 if quick else 3
    dictionary()  # jieba's one-off start is not part of any step
    worst = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        for name, make in _texts().items():
            timings: dict[str, list[float]] = {}
            baselines = []
            for n in SIZES:
                path = Path(scratch) / f"{n}.txt"
                path.write_text(make(n), encoding="utf-8")
                baselines.append(median_seconds(lambda: path.read_bytes().decode("utf-8").splitlines(), 7))
                for step, work in _steps(path, Path(scratch) / f"cache-{n}").items():
                    timings.setdefault(step, []).append(median_seconds(work, runs))
            print(f"-- {name} ({UNIT:,} characters at 1x)")
            print(f"   {'baseline: read + split lines':<34}" + "".join(f"{t * 1000:10.2f}" for t in baselines)
                  + f"  ms at {', '.join(f'{n}x' for n in SIZES)}")
            for step, times in timings.items():
                ratio = times[-1] / max(times[0], 1e-6)
                worst = max(worst, ratio) if times[-1] > 0.005 else worst  # below 5 ms is noise
                verdict = "ok" if ratio <= TARGET or times[-1] <= 0.005 else "SUPERLINEAR"
                print(f"   {step:<34}" + "".join(f"{t * 1000:10.2f}" for t in times)
                      + f"  ms   16x/1x = {ratio:5.1f}  {verdict}")
    print(f"worst 16x/1x ratio of the steps over 5 ms: {worst:.1f} (target <= {TARGET:.0f})")


if __name__ == "__main__":
    main()
