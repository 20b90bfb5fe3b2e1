"""Synthetic long articles for the benchmarks: the bundled article repeated with varied names.

Each copy renames the people of the bundled article (the last character of every form is
swapped for another of the same kind, so lengths and offsets stay the same), which lets the
people of the long article be derived exactly from the bundled one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.article import Article, parse
from tui.extract import Extraction
from tui.extract.lexicon import TRANSLIT
from tui.extract.model import Person

_HAN = sorted(TRANSLIT)
_LATIN = "abcdefghijklmnopqrstuvwxyz"


def _vary(form: str, copy: int) -> str:
    if copy == 0:
        return form
    last = form[-1]
    if last.isascii():
        return form[:-1] + _LATIN[(_LATIN.index(last.lower()) + copy) % 26]
    return form[:-1] + _HAN[(_HAN.index(last) + copy) % len(_HAN)] if last in TRANSLIT else form


def repeated(article: Article, extraction: Extraction, copies: int) -> tuple[Article, list[Person]]:
    """An article ``copies`` times as long, and its people with their mentions."""
    forms = sorted({f for p in extraction.people for f in p.forms}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(f) for f in forms))
    stride = len(article.text) + 1
    parts, people = [], []
    for copy in range(copies):
        parts.append(pattern.sub(lambda m: _vary(m.group(), copy), article.text))
        for person in extraction.people:
            people.append(replace(
                person,
                name=_vary(person.name, copy),
                aliases=[_vary(a, copy) for a in person.aliases],
                mentions=[(s + copy * stride, e + copy * stride) for s, e in person.mentions],
            ))
    return parse("\n".join(parts)), people
