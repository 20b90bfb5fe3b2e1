"""Search latency: median and 95th percentile per query kind, and index build time.

Run: python benchmarks/search.py
On the bundled article and on a synthetic one 100 times its size. The baseline is a plain
substring count of the same queries over the same text, measured in the same run.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._timing import percentile  # noqa: E402
from benchmarks.corpus import repeated  # noqa: E402
from tui.article import load, parse  # noqa: E402
from tui.extract.cache import cached_extract  # noqa: E402
from tui.resources import bundled_article  # noqa: E402
from tui.search import SearchIndex  # noqa: E402

QUERIES = {
    "exact": ["奥特曼", "OpenAI", "首席技术官", "董事会", "Sutskever"],
    "pinyin": ["aoteman", "mulati", "shouxi jishuguan", "dsh", "sxjsg"],
    "person": ["Murati", "Altman", "Greg Brockman", "穆拉提", "Leike"],
    "fuzzy": ["Brockmen", "Sutskevr", "奥持曼", "苏茨克佛", "Murrati"],
    "nothing": ["香蕉共和国", "zebra", "quantum", "的的的的", "xyzzy"],
}
REPEATS = 7


def _time(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def measure(name: str, index: SearchIndex, text: str) -> tuple[float, float]:
    print(f"-- {name} ({len(text):,} characters)")
    all_times, baseline_times = [], []
    for kind, queries in QUERIES.items():
        times = []
        for query in queries:
            index.search(query)  # warm the lazily loaded tables
            times += [_time(lambda: index.search(query)) for _ in range(REPEATS)]
            baseline_times += [_time(lambda: text.count(query)) for _ in range(REPEATS)]
        all_times += times
        print(f"{kind:<8} median {statistics.median(times) * 1000:7.2f} ms   p95 {percentile(times, 0.95) * 1000:7.2f} ms")
    median, p95 = statistics.median(all_times), percentile(all_times, 0.95)
    baseline = statistics.median(baseline_times)
    print(f"{'all':<8} median {median * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms   "
          f"({median / baseline:,.0f}x the baseline substring count, {baseline * 1000:.3f} ms)")
    return median, p95


def main() -> None:
    article = load(bundled_article())
    extraction = cached_extract(article)
    build = min(_time(lambda: SearchIndex(article, extraction.people)) for _ in range(3))
    print(f"index build, bundled article: {build * 1000:.0f} ms")
    small = measure("bundled article", SearchIndex(article, extraction.people), article.text)

    big_article, big_people = repeated(article, extraction, 100)
    build_big = _time(lambda: SearchIndex(big_article, big_people))
    print(f"\nindex build, 100x article: {build_big * 1000:.0f} ms ({build_big / build:.0f}x the bundled one)")
    big = measure("100x article", SearchIndex(big_article, big_people), big_article.text)

    # One paragraph of a megabyte (no line breaks): every hit's snippet must stay local.
    paragraph = parse("导语\n" + (article.text.replace("\n", "，") * 300)[:1_000_000] + "\n", title="一段")
    one = SearchIndex(paragraph, big_people)
    one.search("奥特曼")
    times = [_time(lambda: one.search("奥特曼")) for _ in range(REPEATS)]
    baseline = statistics.median(_time(lambda: paragraph.text.count("奥特曼")) for _ in range(REPEATS))
    paragraph_median = statistics.median(times)
    print(f"\n-- one paragraph of {len(paragraph.text):,} characters: '奥特曼' median {paragraph_median * 1000:.1f} ms "
          f"({paragraph_median / baseline:,.0f}x the baseline substring count, {baseline * 1000:.2f} ms)")

    print("\ntargets: bundled median < 2 ms and p95 < 10 ms; 100x median < 50 ms; 1 MB paragraph < 100 ms")
    ok = small[0] < 0.002 and small[1] < 0.010 and big[0] < 0.050 and paragraph_median < 0.100
    print("met" if ok else "NOT MET")


if __name__ == "__main__":
    main()
