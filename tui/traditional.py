"""Traditional characters folded to simplified, one character for one.

Offsets found in the folded text point into the original, so names can be found in
traditional text by a model trained on simplified text and still be shown as written. The
table (``t2s.txt``, about 4,600 pairs) is OpenCC's character conversion (Apache-2.0), with its Hong Kong
variants, taken one character at a time; ``python -m tui.traditional`` writes it again from an installed
``opencc``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from operator import ne
from pathlib import Path

TABLE = Path(__file__).with_name("t2s.txt")
_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF))


@cache
def _table() -> dict[int, str]:
    pairs = TABLE.read_text(encoding="utf-8").split()
    return {ord(pair[0]): pair[1] for pair in pairs}


@lru_cache(maxsize=8)  # an article's text is folded by several readers of it in turn
def to_simplified(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form (same length)."""
    return text.translate(_table())


@cache
def _strict_table() -> dict[int, str]:
    return {code: simplified for code, simplified in _table().items() if not _simplified_standard(chr(code))}


def traditional_folded(text: str) -> str:
    """Like ``to_simplified``, but a character that the simplified standard (GB 2312) has too
    stays as written: simplified text writes 乾隆 and the surname 於 with them, and what the
    name tagger reads of simplified text must be that text. A text written in traditional
    characters (one in twenty of its Chinese characters or more has no place in GB 2312) has
    those folded too (賽後 is 赛后, 於昨日 于昨日, as jieba knows them), all but 乾 (乾隆), and its corner
    quotation marks as the mainland's (「」 as “”)."""
    strict = text.translate(_strict_table())
    if strict == text:  # (simplified text, most often: nothing to count)
        return strict
    changed = sum(map(ne, text, strict))
    if changed * _TRADITIONAL_SHARE >= len(_HAN.findall(text)):
        return text.translate(_traditional_text_table())
    return strict


_TRADITIONAL_SHARE = 20
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _traditional_text_table() -> dict[int, str]:
    return {code: simplified for code, simplified in _table().items() if chr(code) != "乾"} | _MAINLAND_QUOTES


# The corner quotation marks of text in traditional characters as the mainland's curly ones, which the tagger was
# trained on (「雯雯，你永遠是最棒的。」 reads as “雯雯，……”).
_MAINLAND_QUOTES = str.maketrans("「」『』", "“”‘’")


def _simplified_standard(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def write_table() -> int:
    """Write ``t2s.txt`` from OpenCC's ``t2s`` conversion, and its ``hk2s`` for the characters Hong Kong writes its
    own way (衞 of 衞生, 枱 of 枱盤村, 敍); returns the number of pairs."""
    import opencc

    converters = [opencc.OpenCC(config).convert for config in ("t2s", "hk2s")]
    pairs = []
    for first, last in _RANGES:
        for code in range(first, last + 1):
            char = chr(code)
            simplified = next((s for convert in converters if len(s := convert(char)) == 1 and s != char), char)
            if simplified != char:
                pairs.append(char + simplified)
    TABLE.write_text("\n".join(pairs) + "\n", encoding="utf-8")
    return len(pairs)


if __name__ == "__main__":
    print(f"{write_table()} pairs written to {TABLE}")
