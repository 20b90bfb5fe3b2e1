"""Pinyin readings of single characters, read straight from the table pypinyin ships.

Importing pypinyin itself loads its phrase tables (0.4 s and some 50 MB); the reader needs
only each character's readings, so it reads ``pinyin_dict.json`` and leaves the rest alone.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path


def toneless(text: str) -> str:
    """Letters only: no tone marks or numbers, no spaces or apostrophes (ü is written v)."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("ü", "v"))
    return re.sub(r"[^a-z]", "", "".join(c for c in decomposed if not unicodedata.combining(c)))


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    spec = importlib.util.find_spec("pypinyin")  # finds the package without running it
    locations = spec.submodule_search_locations if spec else None
    if locations:
        data = Path(list(locations)[0]) / "pinyin_dict.json"
        if data.is_file():
            return {int(code): value for code, value in json.loads(data.read_text(encoding="utf-8")).items()}
    from pypinyin.pinyin_dict import pinyin_dict  # the slow way, if the data file moved

    return dict(pinyin_dict)


@lru_cache(maxsize=None)
def readings(char: str) -> tuple[str, ...]:
    """Every reading of a character, toneless and most common first (长 -> zhang, chang)."""
    raw = _table().get(ord(char))
    return tuple(dict.fromkeys(toneless(r) for r in raw.split(","))) if raw else ()


def spell(text: str) -> str:
    """The usual reading of each Chinese character in ``text``, run together."""
    return "".join(readings(c)[0] for c in text if readings(c))
