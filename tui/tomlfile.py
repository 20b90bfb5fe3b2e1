"""Read TOML files with errors a person can act on (file and line, one line of text)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


class TomlFileError(Exception):
    """A TOML file is missing, unreadable or malformed; ``str()`` says where."""


def read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise TomlFileError(f"{path}: is a folder, not a TOML file") from None
    except OSError as error:
        raise TomlFileError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TomlFileError(f"{path}: is not UTF-8 text") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        where = re.search(r"\(at line (\d+), column (\d+)\)", message)
        reason = re.sub(r"\s*\(at line.*\)$", "", message) or "invalid TOML"
        line = f":{where.group(1)}" if where else ""
        raise TomlFileError(f"{path}{line}: {reason}") from None


def line_of(path: Path, key: str) -> int | None:
    """The line where ``key = …`` is set, to point an error at it."""
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    pattern = re.compile(rf"^\s*(?:\"{re.escape(key)}\"|{re.escape(key)})\s*=")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return None
