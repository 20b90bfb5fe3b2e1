"""Read a file the user named without trusting what kind of file it is.

A FIFO would block forever, ``/dev/zero`` or ``/dev/urandom`` never end, and their size says
0. So a file is opened without blocking, checked to be a regular file on the open handle
(no race with a swap of the path), and read up to a limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class FileReadError(Exception):
    """The file cannot be read; ``str()`` is a short reason meant for the user."""


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises ``FileNotFoundError`` when there is no such file and :class:`FileReadError` for
    folders, special files, files over the limit and other read errors.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise FileReadError("is a folder") from None
    except PermissionError:
        raise FileReadError("permission denied") from None
    except OSError as error:
        raise FileReadError(f"cannot be read ({error.strerror or error})") from None
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise FileReadError("is a folder")
        if not stat.S_ISREG(mode):
            raise FileReadError("is not a regular file (a device, pipe or socket)")
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(handle, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    except OSError as error:
        raise FileReadError(f"cannot be read ({error.strerror or error})") from None
    finally:
        os.close(handle)
    if len(data) > limit:
        raise FileReadError(f"is larger than {_size(limit)}")
    return data


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MB" if count >= 1024 * 1024 else f"{count // 1024} KB"
