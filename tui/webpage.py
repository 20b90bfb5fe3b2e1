"""Saved or fetched news web pages read into an :class:`~tui.article.Article`.

A news page is mostly not the story: navigation, related links, comments, copyright lines.
``trafilatura`` finds the story's own text and the page's metadata (read precisely, with the
prose a precise reading drops from inside the story put back); this module turns that into
the reader's article: the headline (without the site's name after it, and whole where the site
cut it short), the source, the page's own date, and the story's headings as section headings.
The bytes decide the charset, never the page's declaration (a page saved from a browser often
declares GB2312 and holds UTF-8).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tui.article import Article, parse
from tui.textio import ArticleError, decode_bytes, normalise

_HEADING = re.compile(r"#{1,6}\s+(.+)")
_BOLD_LINE = re.compile(r"\*\*(.+?)\*\*")
_EMPHASIS = re.compile(r"\*\*|__")
# Where a page's <title> joins the headline and the site's name: 标题-新华网, 标题_凤凰网, 标题 | 澎湃
_SITE_SUFFIX = re.compile(r"\s*(?:[-_|–—]|\s-\s)\s*([^-_|–—]{1,16})\s*$")
_SOURCE = re.compile(r"来源\s*[:：]\s*([^\s|｜<>]{2,30})")
_CUT = ("...", "…", "……")
MAX_HEADING = 32  # characters in a heading; a longer bold line is an emphasised paragraph
MIN_STORY = 10  # characters of text below which a page holds a menu or a notice, not a story
PROSE = 10  # characters a line needs, with sentence punctuation, to be put back into a story
_SENTENCE = re.compile(r"[。！？；，：,.!?;]")


@dataclass(frozen=True)
class _Page:
    title: str
    lines: list[str]  # paragraphs and headings, headings marked by a leading "\0"
    published: date | None
    source: str | None


def read_page(data: bytes, *, url: str | None = None, where: str = "page") -> Article:
    """The article of a web page's bytes; ``ArticleError`` when it holds no article text."""
    html = decode_bytes(data).text
    page = _extract(html, url)
    if sum(len(line) for line in page.lines) < MIN_STORY:
        raise ArticleError(f"{where}: no article text found in the page")
    text = "\n\n".join([page.title, *(line.lstrip("\0") for line in page.lines)]) + "\n"
    headings = frozenset(line[1:] for line in page.lines if line.startswith("\0"))
    article = parse(text, title=page.title, source=page.source, headings=headings)
    article.published = page.published
    article.url = url
    return article


def _extract(html: str, url: str | None) -> _Page:
    import trafilatura

    def extraction(precise: bool):  # noqa: ANN202 (trafilatura's Document)
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_formatting=True, include_comments=False,
            include_tables=False, include_images=False, include_links=False, favor_precision=precise,
        )

    document = extraction(True)
    if document is None:
        return _Page("", [], None, None)
    lines = _body_lines(document.text or "")
    balanced = extraction(False)
    if balanced is not None:
        lines = _filled_in(lines, _body_lines(balanced.text or ""))
    visible = _visible_text(html)
    title = _headline(document.title or "", lines, visible)
    if lines and title.startswith(lines[0].lstrip("\0").rstrip(".…")):  # the headline again, above the story
        lines = lines[1:]
    return _Page(title, lines, _day(document.date), _source(visible, document.sitename))


def _filled_in(story: list[str], fuller: list[str]) -> list[str]:
    """The story as the precise reading gives it, with the paragraphs it dropped between its
    first and last line put back from the fuller reading: text that reads as prose (sentence
    punctuation, ten characters or more), never what stands before or after the story (links
    to other stories, comments, copyright lines) nor short labels inside it."""
    if len(story) < 2:
        return story
    try:
        first = fuller.index(story[0])
        last = len(fuller) - 1 - fuller[::-1].index(story[-1])
    except ValueError:
        return story
    kept, wanted = [], iter(story)
    expected = next(wanted, None)
    for line in fuller[first:last + 1]:
        if expected is not None and line.startswith(expected):  # the same paragraph, or more of it
            kept.append(line)
            expected = next(wanted, None)
        elif len(line) >= PROSE and _SENTENCE.search(line) and not line.startswith("\0"):
            kept.append(line)
    return kept if expected is None else story  # the fuller reading must hold the whole story


def _body_lines(text: str) -> list[str]:
    """trafilatura's text as paragraphs: its ``# heading`` lines, and short lines that are bold
    as a whole after the story has begun, become headings (marked with a leading ``\\0``);
    other emphasis marks go."""
    lines: list[str] = []
    for raw in normalise(text).split("\n"):
        line = raw.strip()
        if not line:
            continue
        heading = _HEADING.fullmatch(line) or _BOLD_LINE.fullmatch(line)
        words = heading.group(1).strip() if heading else ""
        # Bold lines before the first paragraph are a byline; one ending in a colon is a label.
        if heading and len(words) <= MAX_HEADING and not words.endswith((":", "：")) and (
                _HEADING.fullmatch(line) or any(not l.startswith("\0") for l in lines)):
            lines.append("\0" + _EMPHASIS.sub("", heading.group(1)).strip())
        else:
            lines.append(_EMPHASIS.sub("", line))
    return [line for line in lines if line.strip("\0")]


def _headline(title: str, lines: list[str], visible: str) -> str:
    """The page's title without the site's name, and whole where the site cut it short and the
    page has it in full elsewhere (定了！…地铁直达+无敌免... in the page's list of titles, …无敌免税城
    in its original-title line)."""
    title = normalise(title).replace("\n", " ").strip()
    suffix = _SITE_SUFFIX.search(title)
    if suffix and len(title) - len(suffix.group(0)) >= 6:
        title = title[: suffix.start()].rstrip()
    stem = title.rstrip(".…")
    if title.endswith(_CUT) and len(stem) >= 6:
        longer = re.findall(re.escape(stem) + r"(?![.…])[^《》<>\n\s]{1,40}", visible)
        full = max(longer, key=len, default=title)
        if len(full.rstrip(".…")) > len(stem):
            title = normalise(full)
    return title or (lines[0].lstrip("\0")[:MAX_HEADING] if lines else "")


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _visible_text(html: str) -> str:
    """The page's text as a browser would show it, roughly: no scripts, styles or tags."""
    import html as entities

    text = re.sub(r"<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->|<[^>]+>", "\n", html, flags=re.S | re.I)
    return entities.unescape(text)


def _source(visible: str, sitename: str | None) -> str | None:
    """Who published the story: the page's ``来源：`` line, else the site's name."""
    found = _SOURCE.search(visible)
    if found:
        return normalise(found.group(1)).strip()
    if sitename and "版权" not in sitename:
        return normalise(sitename).replace("\n", " ").strip()
    return None
