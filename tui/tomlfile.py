"""Read TOML files with errors a person can act on (file and line, one line of text)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from tui.files import FileReadError, read_regular

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


class TomlFileError(Exception):
    """A TOML file is missing, unreadable or malformed; ``str()`` says where."""


MAX_BYTES = 1024 * 1024  # configs, themes and article metadata are a few hundred bytes
MAX_DEPTH = 32  # tables and arrays nested deeper than this are refused before parsing
_SKIPPED = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*')


def _nesting(text: str) -> int:
    """How deep brackets and braces nest outside strings and comments (the parser recurses
    once a level, so a deep file would exhaust the stack)."""
    depth = deepest = 0
    for char in _SKIPPED.sub("", text):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(depth - 1, 0)
    return deepest


def read_text(path: Path) -> str:
    """The UTF-8 text of a small regular file; :class:`TomlFileError` otherwise."""
    try:
        raw = read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        raise TomlFileError(f"{path}: no such file") from None
    except FileReadError as error:
        reason = "is a folder, not a TOML file" if str(error) == "is a folder" else str(error)
        raise TomlFileError(f"{path}: {reason}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TomlFileError(f"{path}: is not UTF-8 text") from None


def read_toml(path: Path) -> dict[str, Any]:
    text = read_text(path)
    if _nesting(text) > MAX_DEPTH:
        raise TomlFileError(f"{path}: tables or arrays nested more than {MAX_DEPTH} deep")
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise TomlFileError(f"{path}: tables or arrays nested too deeply") from None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        where = re.search(r"\(at line (\d+), column (\d+)\)", message)
        reason = re.sub(r"\s*\(at line.*\)$", "", message) or "invalid TOML"
        line = f":{where.group(1)}" if where else ""
        raise TomlFileError(f"{path}{line}: {reason}") from None


def line_of(path: Path, key: str) -> int | None:
    """The line where ``key = …`` is set, to point an error at it."""
    try:
        text = read_text(path)
    except TomlFileError:
        return None
    pattern = re.compile(rf"^\s*(?:\"{re.escape(key)}\"|{re.escape(key)})\s*=")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return None
