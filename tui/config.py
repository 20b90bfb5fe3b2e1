"""The reader's settings: typed, checked, and found in a fixed order.

Look-up order: ``--config PATH``, ``$OPENAI_READER_CONFIG``, the user's config folder
(``$XDG_CONFIG_HOME/openai-reader/config.toml`` or the platform's equivalent), then the
bundled ``config.toml``. The file found is read over the defaults; it is never written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir, user_config_dir, user_data_dir, user_state_dir

from tui.resources import data_path
from tui.tomlfile import TomlFileError, line_of, read_toml

APP_NAME = "openai-reader"
ENV_VAR = "OPENAI_READER_CONFIG"


class ConfigError(Exception):
    """A config file cannot be used; ``str()`` is a one-line message naming file and line."""


@dataclass(frozen=True)
class Config:
    """Every setting, with the bundled default. ``config.toml`` documents each one."""

    theme: str = "ink"
    """Name of the colour theme (a file in ``themes/`` or the user's themes folder)."""
    max_width: int = 76
    """Widest the reading column grows, in terminal cells (a CJK character takes two)."""
    sections_width: int = 26
    """Width of the sections pane on the left, in cells."""
    panel_width: int = 38
    """Width of the people-and-events panel on the right, in cells."""
    show_dates: bool = False
    """Show the date a relative word (周三, 去年) stands for beside it in the text."""
    cache: bool = True
    """Keep extraction results on disk so that reopening an article is instant."""
    language: str = "auto"
    """The interface's language: ``zh``, ``en``, or ``auto`` for the locale's."""
    source: str = field(default="(defaults)", compare=False)
    """Where these values came from (not a setting)."""


_RANGES: dict[str, tuple[int, int]] = {
    "max_width": (20, 400),
    "sections_width": (10, 80),
    "panel_width": (16, 100),
}
_CHOICES: dict[str, tuple[str, ...]] = {"language": ("auto", "zh", "en")}
SETTINGS = tuple(f.name for f in fields(Config) if f.name != "source")


def _user_dir(find: Callable[..., str]) -> Path | None:
    """One of the user's folders for the reader; ``None`` when the user has no home to hold
    it (no ``HOME`` and no passwd entry): the reader then runs without it."""
    try:
        folder = Path(find(APP_NAME, appauthor=False))
    except (RuntimeError, KeyError, OSError):
        return None
    return folder if folder.is_absolute() else None


def user_config_path() -> Path | None:
    folder = _user_dir(user_config_dir)
    return folder / "config.toml" if folder else None


def user_themes_dir() -> Path | None:
    folder = _user_dir(user_config_dir)
    return folder / "themes" if folder else None


def cache_dir() -> Path | None:
    return _user_dir(user_cache_dir)


def data_dir() -> Path | None:
    """Where the reader keeps what the user gave it to keep (the library)."""
    return _user_dir(user_data_dir)


def state_dir() -> Path | None:
    """Where the reader keeps what it writes for the user to read later (the crash log)."""
    return _user_dir(user_state_dir)


def find_config(explicit: str | None = None) -> Path:
    """The one config file to read, nearest first."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    user = user_config_path()
    if user is not None and user.is_file():
        return user
    return data_path("config.toml")


def _check(path: Path, key: str, value: Any, default: Any) -> Any:
    def wrong(what: str) -> ConfigError:
        line = line_of(path, key)  # the file is read again only to point at a wrong value
        return ConfigError(f"{path}:{line}: {what}" if line else f"{path}: {what}")

    expected = type(default)
    if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise wrong(f"'{key}' must be a whole number, not {value!r}")
    if expected is not int and not isinstance(value, expected):
        name = {str: "a string", bool: "true or false"}[expected]
        raise wrong(f"'{key}' must be {name}, not {value!r}")
    if key in _RANGES:
        low, high = _RANGES[key]
        if not low <= value <= high:
            raise wrong(f"'{key}' must be between {low} and {high}, not {value}")
    if expected is str and not value.strip():
        raise wrong(f"'{key}' must not be empty")
    if key in _CHOICES and value not in _CHOICES[key]:
        raise wrong(f"'{key}' must be one of {', '.join(_CHOICES[key])}, not {value!r}")
    return value


def load_config(explicit: str | None = None) -> tuple[Config, list[str]]:
    """Read the config; returns it with warnings (unknown keys). Raises :class:`ConfigError`."""
    path = find_config(explicit)
    if isinstance(path, Path) and not path.exists():
        raise ConfigError(f"{path}: no such config file")
    try:
        data = read_toml(path)
    except TomlFileError as error:
        raise ConfigError(str(error)) from None
    defaults = Config()
    values: dict[str, Any] = {}
    warnings = []
    for key, value in data.items():
        if key not in SETTINGS:
            line = line_of(path, key)
            warnings.append(f"{path}{f':{line}' if line else ''}: unknown setting '{key}' ignored")
            continue
        values[key] = _check(path, key, value, getattr(defaults, key))
    return Config(**values, source=str(path)), warnings
