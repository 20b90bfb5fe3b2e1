"""Timing helpers shared by the benchmarks: medians of repeated runs, ratios to a baseline."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(work: Callable[[], object], runs: int = 7) -> float:
    """Median wall time of ``runs`` calls (one warm-up call first)."""
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def report(name: str, seconds: float, baseline: float) -> str:
    return f"{name:<34} {seconds * 1000:9.2f} ms   {seconds / baseline:7.1f}x baseline"
