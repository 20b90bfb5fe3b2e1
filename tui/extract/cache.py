"""On-disk cache of extraction results, keyed by the text's hash and the extractor version.

Reopening an article reads a small JSON file instead of loading jieba. A cache that is
missing, corrupt, from another version or unwritable is ignored: it only ever saves time.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from tui.article import Article
from tui.config import cache_dir
from tui.extract import EXTRACTOR_VERSION, Extraction, Progress, extract


def cache_file(text: str, folder: Path | None = None) -> Path:
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:40]
    return (folder or cache_dir() / "extract") / f"{digest}-v{EXTRACTOR_VERSION}.json"


def load_cached(text: str, folder: Path | None = None) -> Extraction | None:
    path = cache_file(text, folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != EXTRACTOR_VERSION:
            return None
        return Extraction.from_dict(data["extraction"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def store(text: str, extraction: Extraction, folder: Path | None = None) -> bool:
    """Write atomically (temp file + rename); ``False`` when the cache cannot be written."""
    path = cache_file(text, folder)
    payload = json.dumps({"version": EXTRACTOR_VERSION, "extraction": extraction.to_dict()}, ensure_ascii=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(payload)
        os.replace(temporary, path)
        return True
    except OSError:
        return False


def cached_extract(article: Article, *, use_cache: bool = True, folder: Path | None = None,
                   progress: Progress | None = None) -> Extraction:
    """The extraction for ``article``, from the cache when it is there."""
    if use_cache:
        hit = load_cached(article.text, folder)
        if hit is not None:
            return hit
    result = extract(article, progress)
    if use_cache:
        store(article.text, result, folder)
    return result
