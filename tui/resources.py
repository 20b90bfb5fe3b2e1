"""Locate the bundled data (articles, themes, default config).

An installed wheel carries the data inside the package as ``tui/_data``; a source checkout
(or an editable install) keeps it at the repository root. Both are looked up here so that
no other module needs to know which case it is in.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """Return the bundled file or folder ``name`` (``articles``, ``themes``, ``config.toml``)."""
    packaged = _PACKAGE / "_data" / name
    return packaged if packaged.exists() else _PACKAGE.parent / name


def bundled_article() -> Path:
    """The article the reader opens when none is given."""
    return data_path("articles") / "wsj-openai-departures.txt"


def bundled_themes() -> list[Path]:
    """Theme files shipped with the reader, sorted by file name."""
    return sorted(data_path("themes").glob("*.toml"), key=lambda f: f.name)
