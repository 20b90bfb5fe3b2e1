"""Fetching a news page over HTTP(S), within limits, with one clear line when it fails.

Pages are read as bytes (the charset is decided from the bytes later, as for files), at most
``MAX_BYTES`` of them, following a few redirects, giving up after ``TIMEOUT`` seconds without
progress. Every failure is a :class:`FetchError` whose message is meant for the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui import __version__

TIMEOUT = 15.0  # seconds to connect, and between two pieces of the answer
MAX_BYTES = 16 * 1024 * 1024  # no news page is larger; anything larger is not one
MAX_REDIRECTS = 5
_URL = re.compile(r"https?://\S+", re.I)


class FetchError(Exception):
    """A page could not be fetched; the message is one line for the user."""


@dataclass(frozen=True)
class Fetched:
    url: str  # where the page was found, after redirects
    content_type: str  # the media type alone: text/html
    data: bytes


def is_url(name: str) -> bool:
    return bool(_URL.fullmatch(name.strip()))


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """The body of ``url`` (raises :class:`FetchError`)."""
    import httpx

    headers = {"User-Agent": f"openai-reader/{__version__}", "Accept": "text/html,application/xhtml+xml,"
               "application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5"}
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout,
                          headers=headers) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"{url}: the server answered {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: the page is larger than {max_bytes // (1024 * 1024)} MB")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{url}: the page is larger than {max_bytes // (1024 * 1024)} MB")
                chunks.append(chunk)
            media = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            return Fetched(str(response.url), media, b"".join(chunks))
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: too many redirects") from None
    except httpx.TimeoutException:
        raise FetchError(f"{url}: no answer within {timeout:g} seconds") from None
    except httpx.ConnectError as error:
        raise FetchError(f"{url}: cannot connect ({_reason(error)})") from None
    except httpx.InvalidURL as error:
        raise FetchError(f"{url}: not a usable address ({error})") from None
    except httpx.HTTPError as error:
        raise FetchError(f"{url}: {_reason(error)}") from None


def _reason(error: Exception) -> str:
    """The last, most specific part of an error's message: 'Connection refused'."""
    text = str(error) or type(error).__name__
    return text.split("] ")[-1].strip()
