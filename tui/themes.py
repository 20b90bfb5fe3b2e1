"""Colour themes as plain data: read from ``themes/*.toml``, checked, never fatal.

A theme file names a Textual theme: ``name``, ``dark``, a ``[colors]`` table (``primary`` is
required; ``secondary``, ``accent``, ``foreground``, ``background``, ``surface``, ``panel``,
``boost``, ``warning``, ``error``, ``success`` are optional) and an optional ``[variables]``
table of Textual CSS variables. A broken file is skipped with a warning naming it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.tomlfile import TomlFileError, read_toml

COLOR_KEYS = ("primary", "secondary", "accent", "foreground", "background", "surface", "panel",
              "boost", "warning", "error", "success")
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


class ThemeError(Exception):
    """A theme file cannot be used; ``str()`` names the file."""


@dataclass(frozen=True)
class ThemeSpec:
    name: str
    dark: bool
    colors: dict[str, str]
    variables: dict[str, str] = field(default_factory=dict)
    origin: str = ""


def _color(origin: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not _HEX.match(value):
        raise ThemeError(f"{origin}: colour '{key}' must be a hex colour like \"#1e2030\", not {value!r}")
    return value


def parse_theme(data: dict[str, Any], origin: str) -> ThemeSpec:
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ThemeError(f"{origin}: 'name' must be lower-case letters, digits, '-' or '_'")
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeError(f"{origin}: 'dark' must be true or false")
    colors = data.get("colors")
    if not isinstance(colors, dict) or "primary" not in colors:
        raise ThemeError(f"{origin}: needs a [colors] table with at least 'primary'")
    unknown = set(colors) - set(COLOR_KEYS)
    if unknown:
        raise ThemeError(f"{origin}: unknown colour {sorted(unknown)[0]!r} (known: {', '.join(COLOR_KEYS)})")
    checked = {key: _color(origin, key, value) for key, value in colors.items()}
    variables = data.get("variables", {})
    if not isinstance(variables, dict) or not all(isinstance(v, str) for v in variables.values()):
        raise ThemeError(f"{origin}: [variables] must map names to strings")
    return ThemeSpec(name, dark, checked, dict(variables), origin)


def load_themes(files: list[Path]) -> tuple[list[ThemeSpec], list[str]]:
    """Every usable theme in ``files`` (later files replace earlier ones of the same name)."""
    themes: dict[str, ThemeSpec] = {}
    warnings = []
    for path in files:
        try:
            spec = parse_theme(read_toml(path), str(path))
        except (TomlFileError, ThemeError) as error:
            warnings.append(f"theme skipped: {error}")
            continue
        themes[spec.name] = spec
    return list(themes.values()), warnings


def unknown_theme_message(name: str, known: list[str]) -> str:
    return f"unknown theme '{name}'; known themes: {', '.join(known)}"
