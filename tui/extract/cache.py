"""On-disk cache of extraction results, keyed by the text's hash and the extractor version.

Reopening an article reads a small JSON file instead of loading jieba. A cache that is
missing, corrupt, from another version or unwritable is ignored: it only ever saves time.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tui.article import Article
from tui.config import cache_dir
from tui.files import FileReadError, read_regular
from tui.extract import EXTRACTOR_VERSION, Extraction, Progress, extract

# A cache file is small next to its article: a few bytes for each mention found in it.
MAX_FIXED = 1024 * 1024
MAX_PER_CHARACTER = 32


def cache_file(text: str, folder: Path | None = None) -> Path | None:
    """Where the extraction of ``text`` is kept; ``None`` when the user has no cache folder."""
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:40]
    folder = folder or (base / "extract" if (base := cache_dir()) else None)
    return folder / f"{digest}-v{EXTRACTOR_VERSION}.json" if folder else None


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


@contextlib.contextmanager
def _collector_held_off() -> Iterator[None]:
    """Python's cyclic collector held off while a cache's many small objects are made: each batch of new
    objects set it going over those made before, and a cache 16 times larger took 32 times as long to
    read (74 ms for 32,000 mentions; 48 ms so). Nothing read here makes a cycle."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_cached(text: str, folder: Path | None = None) -> Extraction | None:
    """The cached extraction of ``text``, or ``None``. The file is read as untrusted input:
    special files, oversized files and anything that fails :meth:`Extraction.from_dict`
    count as a miss, and the next extraction overwrites it."""
    path = cache_file(text, folder)
    if path is None:
        return None
    try:
        raw = read_regular(path, MAX_FIXED + MAX_PER_CHARACTER * len(text))
        with _collector_held_off():
            data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
            if not isinstance(data, dict) or data.get("version") != EXTRACTOR_VERSION:
                return None
            return Extraction.from_dict(data.get("extraction"), text)
    except (OSError, FileReadError, ValueError, RecursionError):
        return None


def store(text: str, extraction: Extraction, folder: Path | None = None) -> bool:
    """Write atomically (temp file + rename); ``False`` when the cache cannot be written, and
    then no temporary file is left behind."""
    path = cache_file(text, folder)
    if path is None:
        return False
    payload = json.dumps({"version": EXTRACTOR_VERSION, "extraction": extraction.to_dict()}, ensure_ascii=False)
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(payload)
        os.replace(temporary, path)
        return True
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
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
