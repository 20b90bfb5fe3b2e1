"""Locate the bundled data (articles, themes, default config).

An installed wheel carries the data inside the package as ``tui/_data``; a source checkout
(or an editable install) keeps it at the repository root. Both are looked up here so that
no other module needs to know which case it is in.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_CHECKOUT_ROOT = Path(__file__).resolve().parent.parent


def data_path(name: str) -> Traversable:
    """Return the bundled file or folder ``name`` (``articles``, ``themes``, ``config.toml``)."""
    packaged = resources.files("tui") / "_data" / name
    if packaged.is_file() or packaged.is_dir():
        return packaged
    return _CHECKOUT_ROOT / name


def bundled_article() -> Path:
    """The article the reader opens when none is given."""
    return Path(str(data_path("articles") / "wsj-openai-departures.txt"))


def bundled_themes() -> list[Traversable]:
    """Theme files shipped with the reader, sorted by file name."""
    folder = data_path("themes")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
