"""Read article files into clean text: decoding, line ends and inert characters.

Chinese news files arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030/GBK or
Big5. Whatever arrives, the result is a ``str`` whose only line break is ``\\n`` and which
holds no control characters: those are swapped one-for-one for visible placeholders so that
article bytes can never drive the terminal and offsets stay stable.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tui.files import FileReadError, read_regular

MAX_BYTES = 64 * 1024 * 1024


class ArticleError(Exception):
    """An article cannot be opened; the message is meant for the user as it is."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    replaced: int  # how many undecodable bytes became U+FFFD


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _common_share(text: str, encoding: str, first_rare: int) -> float:
    """Share of ideographs among the common ones (GB2312 level 1, Big5 level 1): near 1 for
    real text, near half for random bytes that happen to decode."""
    ideographs = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not ideographs:
        return 0.0
    common = 0
    for char in ideographs:
        try:
            common += char.encode(encoding)[0] < first_rare
        except UnicodeEncodeError:
            pass
    return common / len(ideographs)


def _cjk_share(text: str) -> float:
    """Share of the non-ASCII characters that are CJK ideographs or CJK punctuation."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 1.0
    return sum(1 for c in wide if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
               or "\uff00" <= c <= "\uffef" or c in "“”‘’…—·") / len(wide)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode article bytes, guessing among the encodings Chinese news files use.

    UTF-8 wins when it decodes, or nearly does (a few bad bytes are replaced visibly);
    otherwise GB18030 and Big5 are tried and kept only if they read as Chinese text;
    anything else is not text.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(name), name, 0)
            except UnicodeDecodeError:
                break
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", 0)
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    if replaced <= max(2, len(lenient) // 200):
        return DecodedText(lenient, "utf-8", replaced)
    candidates: list[tuple[float, str, str]] = []
    for name in ("gb18030", "big5"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        plausible = _common_share(text, "gb2312", 0xD8) if name == "gb18030" else _common_share(text, "big5", 0xC9)
        if plausible >= 0.8 and _cjk_share(text) >= 0.8:
            candidates.append((plausible, name, text))
    if candidates:
        _score, name, text = max(candidates, key=lambda c: c[0])
        return DecodedText(text, name, 0)
    return DecodedText(lenient, "utf-8", replaced)


_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_PLACEHOLDER = re.compile("[\u2400-\u2421]")  # what control characters become
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Characters that reorder the terminal's line (Trojan Source) become visible placeholders.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Joiners and emoji variation selectors make a width that depends on the terminal (Rich counts
# 中\u200d文 as 2 cells, most terminals draw 4): a zero-width space in their place is measured
# and drawn alike, so every line keeps the width it was laid out for.
_JOINERS = re.compile("[\u200d\ufe0e\ufe0f]")


def _placeholder(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: ␀ ␛ ␇ …
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def _private_use_separator(text: str) -> str | None:
    """A private-use character some GB18030 files use as their paragraph break.

    It shows as nothing on a terminal; when one such character recurs more often than the
    text has line breaks, it is standing in for them.
    """
    if not _PRIVATE_USE.search(text):
        return None
    counts = Counter(_PRIVATE_USE.findall(text))
    char, count = counts.most_common(1)[0]
    return char if count >= 2 and count > text.count("\n") else None


def normalise(text: str) -> str:
    """Line ends to ``\\n``, tabs to spaces; control, reordering and joining characters to
    placeholders of the same length (offsets found in the result stay valid in it)."""
    text = _LINE_BREAKS.sub("\n", text)
    separator = _private_use_separator(text)
    if separator:
        text = text.replace(separator, "\n")
    text = text.replace("\t", "    ")
    # Escape sequences keep their length: ESC becomes ␛ and the rest stays visible text.
    text = _CONTROL.sub(_placeholder, text)
    return _JOINERS.sub("\u200b", _BIDI.sub("\ufffd", text))


def is_inert_line(text: str) -> bool:
    """Whether ``text`` is one line that :func:`normalise` leaves as it is (checked without
    rebuilding it when every character is printable, as in nearly every name and label)."""
    if text.isprintable():  # no line end, control, tab, private-use, bidi or joiner character
        return "\ufe0e" not in text and "\ufe0f" not in text  # printable, yet made zero-width
    return "\n" not in text and normalise(text) == text


def _controls(text: str) -> int:
    """How many control characters (now placeholders) the text held: many means binary."""
    return len(_PLACEHOLDER.findall(text))


PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_MARKUP_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def looks_like_page(data: bytes, name: str = "") -> bool:
    """An HTML page, by its name or by how its bytes begin."""
    return name.lower().endswith(PAGE_SUFFIXES) or bool(_MARKUP_START.match(data[:4096]))


_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+json")


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """A feed, by its media type or by how its bytes begin (<rss, <feed, <rdf:RDF)."""
    if content_type in _FEED_TYPES and b"<html" not in data[:1024].lower():
        return True
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2:].lstrip()
    while head.startswith(b"<!--"):
        head = head[head.find(b"-->") + 3:].lstrip()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def read_article_bytes(path: Path) -> bytes:
    """The bytes of the article file at ``path``; every failure becomes an :class:`ArticleError`,
    and so does a file that is plainly binary."""
    try:
        data = read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except FileReadError as error:
        reason = str(error)
        if reason == "is a folder":
            reason = "is a folder, not an article file"
        elif reason.startswith("is larger"):
            reason = f"too large for an article ({reason})"
        raise ArticleError(f"{path}: {reason}") from None
    head = data[:4096]
    if head.count(0) > max(1, len(head) // 100) and not data.startswith(tuple(bom for bom, _name in _BOMS)):
        raise ArticleError(f"{path}: looks like a binary file, not text")
    return data


def decode_article(data: bytes, where: str) -> DecodedText:
    """Decode and normalise an article's bytes; ``where`` names it in the error messages."""
    decoded = decode_bytes(data)
    text = normalise(decoded.text)
    if not text.strip():
        raise ArticleError(f"{where}: the file is empty")
    if decoded.replaced > max(16, len(text) // 20) or _controls(text) > max(16, len(text) // 20):
        raise ArticleError(f"{where}: not readable as text in any known encoding (a binary file?)")
    return DecodedText(text, decoded.encoding, decoded.replaced)
