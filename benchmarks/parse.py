"""Parsing and laying out an article, against reading and splitting the same file.

Run: python benchmarks/parse.py
Prints medians of 7 runs; the baseline (decode + split lines) is measured in the same run.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._timing import median_seconds, report  # noqa: E402
from tui.article import Article, load, parse  # noqa: E402
from tui.layout import ArticleLayout  # noqa: E402
from tui.resources import bundled_article  # noqa: E402


def _first_screen(article: Article) -> None:
    layout = ArticleLayout(article, 76)
    for number in range(45):
        layout.line(number)


def main() -> None:
    source = bundled_article()
    text = source.read_text(encoding="utf-8")
    for copies in (1, 10, 100):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "article.txt"
            path.write_text("\n".join([text] * copies), encoding="utf-8")
            baseline = median_seconds(lambda: path.read_bytes().decode("utf-8").splitlines())
            article = load(path)
            print(f"-- {copies}x the bundled article ({len(article.text):,} characters)")
            print(report("baseline: read + split lines", baseline, baseline))
            print(report("load (decode + parse)", median_seconds(lambda: load(path)), baseline))
            print(report("parse only", median_seconds(lambda: parse(article.text)), baseline))
            print(report("first screen at 76 cells", median_seconds(lambda: _first_screen(article)), baseline))
            print(report("whole layout at 76 cells", median_seconds(lambda: ArticleLayout(article, 76).all_lines(), 3),
                         baseline))


if __name__ == "__main__":
    main()
