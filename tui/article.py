"""The article model and the plain-text parser that builds it.

A plain-text news article is a run of lines: maybe a title and a byline, a lead, headings,
sometimes a timeline (a heading followed by date lines, each with its entry), a source
attribution such as ``(Reuters)`` and, in text copied from a web page, a trailing run of figures
and labels. ``parse`` finds these by the shape of the lines, not by what they say.
All offsets are indices into ``Article.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from tui import dates
from tui.textio import ArticleError, decode_article, looks_like_page, normalise, read_article_bytes
from tui.tomlfile import TomlFileError, read_toml

SectionKind = Literal["lead", "body", "timeline", "appendix"]
LEAD_TITLE = "导语"
APPENDIX_TITLE = "附录"

_SENTENCE_PUNCT = re.compile(r"[。，；：,;:]|\.\s|\.$")
_FIGURE = re.compile(r"^[\d.,，%％+\-]+[^\s\d]{0,4}$")
_BRACKETED = re.compile(r"^[（(【\[].*[)）】\]]$")
# Patterns few articles need are compiled on first use (by ``re``'s own cache): compiling the
# ranges of CJK characters at import would delay every start of the reader.
_SOURCE_AT_END = r"[（(]\s*([A-Za-z][A-Za-z .&'-]{0,30}[A-Za-z.]|[\u4e00-\u9fff]{2,10})\s*[)）]\s*$"
_SOURCE_LINE = (
    r"(?:本文)?[来來]源\s*[:：]\s*([^\s　]+)"  # 来源：证券市场红周刊, 來源：聯合新聞網
    r"|本文[来來]自\s*[“\"「]([^”\"」]+)[”\"」]"  # 本文来自“华尔街见闻”
    r"|^[\u4e00-\u9fff]{2,4}\s*/\s*([\u4e00-\u9fff]{2,12})$"  # 石佳/中国青年报
    # (2025-12-02 08:30 澎湃新闻, 2025年11月29日 新华网: a page's line of date and source, the source last; not 星期六)
    r"|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"\s+(?!星期|礼拜|周[一二三四五六日天]|农历)([\u4e00-\u9fff]{2,10})$"
    r"|^[【\[（(]?([\u4e00-\u9fff]{2,10}?(?:新闻网|网|通讯社|社|报|台|刊))[\u4e00-\u9fff]{0,8}"
    r"(?:[\d０-９]{4}年)?[\d０-９]{1,2}月[\d０-９]{1,2}日(?:电|讯)"  # 四川新闻网北京7月30日讯, 【新华社东京10月28日电】
)
_NOT_SOURCES = {"完", "全文完", "待续", "未完待续", "图", "资料图"}
# What ends a picture's credit in brackets, the giver's or taker's, not the article's source (（片方供图）, （张华摄）).
_PICTURE_CREDITS = ("供图", "制图", "绘图", "配图", "供片", "摄", "摄影", "製圖", "繪圖", "攝", "攝影")
MAX_HEADING = 32
MAX_APPENDIX_LINE = 12


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TimelineEntry:
    """One dated entry of a timeline: its date line and the text under it."""

    date_text: str
    date: str | None  # ISO, or None when the line has no year
    date_span: Span
    text: str
    span: Span


@dataclass
class Section:
    title: str
    kind: SectionKind
    start: int
    end: int
    heading: Span | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    entries: list[TimelineEntry] = field(default_factory=list)


@dataclass
class Article:
    text: str
    title: str
    sections: list[Section]
    source: str | None = None
    url: str | None = None
    path: str | None = None
    encoding: str = "utf-8"
    published: date | None = None

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.sections for p in s.paragraphs]


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


_NUMERALS = "一二三四五六七八九"
_NUMBERED = rf"^\s*(?:第)?(?:0*([1-9])|([{_NUMERALS}]))(?:[\s、.．:：)）]|章|节|部分)"


def paragraph_at(article: Article, offset: int) -> Paragraph | None:
    """The paragraph that holds ``offset``, else the first one after it."""
    return next((p for p in article.paragraphs if p.end > offset), None)


def section_numbers(sections: list[Section]) -> dict[int, int]:
    """The article's own numbering of its sections (``01 一次失败``, ``第三章``, ``二、``): for
    each number, the section's index. Empty when fewer than two sections are numbered or a
    number comes twice (``1、`` under each of two parts numbers subsections, not the article)."""
    numbers: dict[int, int] = {}
    for index, section in enumerate(sections):
        match = re.match(_NUMBERED, section.title)
        if match:
            number = int(match.group(1)) if match.group(1) else _NUMERALS.index(match.group(2)) + 1
            if number in numbers:
                return {}
            numbers[number] = index
    return numbers if len(numbers) >= 2 else {}


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with the offsets of their stripped text."""
    lines = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip(" \u3000\u00a0")
        if stripped:
            lead = len(raw) - len(raw.lstrip(" \u3000\u00a0"))
            lines.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


# A byline on a line of its own (本报记者 刘晓燕, 解放军报记者 欧阳浩, 文 / 张晓明, 記者 林宏翰), or the editor's,
# photographer's or producer's credit so written (编辑 | 陈默, 摄影 / 王强): no heading nor title.
_BYLINE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:特约|特約|实习|實習|见习|見習)?(?:记者|記者|通讯员|通訊員)|撰文|作者|文"
                     r"|编辑|編輯|责编|責編|摄影|攝影|图|圖|出品|监制|監製|策划|策劃)\s*[／/：:|｜]?\s")


def is_heading_shape(line: str) -> bool:
    """Short, stand-alone, no sentence punctuation, not a date or a bare figure."""
    if len(line) > MAX_HEADING or _SENTENCE_PUNCT.search(line):
        return False
    if dates.date_line(line) or _FIGURE.match(line) or _BRACKETED.match(line) or _BYLINE.match(line):
        return False
    # A question or exclamation ends a heading, but a heading is not a run of them.
    return len(re.findall(r"[？！?!]", line)) <= 2


def _is_appendix_line(line: str) -> bool:
    return len(line) <= MAX_APPENDIX_LINE and not _SENTENCE_PUNCT.search(line)


# A page's list of other stories at its end, under a label of its own line (相关阅读：, 延伸阅读): their headlines
# are not the article's text.
_RELATED_LABEL = re.compile(r"(?:相关阅读|相关新闻|相关报道|延伸阅读|推荐阅读|更多阅读|热门推荐|猜你喜欢|相关链接|往期回顾"
                            r"|相關閱讀|相關新聞|相關報導|延伸閱讀|推薦閱讀)\s*[:：]?")
_RELATED_REACH = 12  # lines from the end where such a label may stand
MAX_HEADLINE = 50  # characters: the longest line of such a list


def _appendix_start(lines: list[_Line]) -> int:
    """Index where a trailing run of short figure and label lines begins, or a labelled list of other stories'
    headlines (len(lines) if none)."""
    for i in range(max(1, len(lines) - _RELATED_REACH), len(lines)):
        if _RELATED_LABEL.fullmatch(lines[i].text.strip()) and all(
                len(line.text) <= MAX_HEADLINE and "。" not in line.text for line in lines[i + 1:]):
            return i
    i = len(lines)
    while i > 0 and _is_appendix_line(lines[i - 1].text):
        i -= 1
    run = lines[i:]
    figures = sum(1 for line in run if re.search(r"\d", line.text))
    if len(run) >= 4 and figures * 3 >= len(run) and i > 0:
        return i
    return len(lines)


def _find_source(lines: list[_Line]) -> str | None:
    """A source named at the end ``(Reuters)`` or in a 来源/本文来自 line."""
    for line in reversed(lines[-3:]):
        match = re.search(_SOURCE_AT_END, line.text)
        if match and match.group(1) not in _NOT_SOURCES and not match.group(1).endswith(_PICTURE_CREDITS):
            return match.group(1).strip()
    for line in lines[:5] + lines[-3:]:
        match = re.search(_SOURCE_LINE, line.text)
        if match:
            return next(g for g in match.groups() if g).strip()
    return None


# A label a republished article keeps before its title (原标题：…): the title is what follows.
_TITLE_LABEL = re.compile(r"^(?:原标题|原標題)[：:]\s*")


def _is_title_shape(line: str) -> bool:
    """A first line that names the article: short, not a sentence, not a date nor a page's line
    of date and source."""
    return len(line) <= 50 and not re.search(r"[。，；,;]$|。", line) and not _front_matter(line)


def _front_matter(line: str) -> bool:
    """A line of date, source or byline above the story (2026-11-20 来源：澎湃新闻, 本报记者 黎明)."""
    return bool(dates.date_line(line) or dates.meta_line(line) or _BYLINE.match(line))


def _is_paragraph(line: str) -> bool:
    return not is_heading_shape(line) and not dates.date_line(line)


def parse(text: str, *, title: str | None = None, source: str | None = None,
          headings: frozenset[str] | None = None) -> Article:
    """Build an :class:`Article` from normalised text (see :mod:`tui.textio`). ``headings``,
    when the source marks them (a web page's), are the lines that head sections; otherwise
    headings are found by their shape."""
    lines = _lines(text)
    body_end = _appendix_start(lines)
    body, tail = lines[:body_end], lines[body_end:]

    first = 1 if len(body) > 2 and dates.meta_line(body[0].text) else 0  # (a page's date and source above it)
    found_title = _TITLE_LABEL.sub("", body[first].text) \
        if len(body) > first + 1 and _is_title_shape(body[first].text) else None
    skip = first + 1 if found_title else 0
    first_paragraph = next((i for i in range(skip, len(body)) if _is_paragraph(body[i].text)), len(body))
    sections: list[Section] = []
    lead = Section(LEAD_TITLE, "lead", body[0].start if body else 0, 0)
    sections.append(lead)

    i = 0
    while i < len(body):
        line = body[i]
        # Front matter (title, byline, dateline) belongs to the lead, never a heading.
        if headings is not None:
            heading_here = line.text in headings and i > 0 and i + 1 < len(body)
        else:
            heading_here = i > first_paragraph and is_heading_shape(line.text) and i + 1 < len(body)
        if not heading_here:
            _add_line(sections[-1], line)
            i += 1
            continue
        # A heading may be split over consecutive short lines.
        j = i + 1
        while j < len(body) - 1 and j - i < 3 and (
                body[j].text in headings if headings is not None else is_heading_shape(body[j].text)):
            j += 1
        heading_lines = body[i:j]
        heading_title = " ".join(h.text for h in heading_lines)
        kind: SectionKind = "timeline" if j < len(body) and dates.date_line(body[j].text) else "body"
        section = Section(heading_title, kind, line.start, 0, Span(line.start, heading_lines[-1].end))
        sections.append(section)
        i = j
    if _opens_a_timeline(lead.paragraphs[skip:]):
        lead.kind = "timeline"  # (a story that is a timeline: its title, then date lines, each with its entry)
    if tail:
        appendix = Section(APPENDIX_TITLE, "appendix", tail[0].start, 0)
        appendix.paragraphs = [Paragraph(line.start, line.end, line.text) for line in tail]
        sections.append(appendix)
    for section in sections:
        if section.kind == "timeline":
            _build_entries(section)
    if not sections[0].paragraphs and len(sections) > 1:
        sections.pop(0)
    _close(sections)
    article = Article(text=text, title=title or found_title or _fallback_title(lines), sections=sections,
                      source=source or _find_source(body or lines))
    return article


def _opens_a_timeline(paragraphs: list[Paragraph]) -> bool:
    """Do ``paragraphs`` open with a date line and hold another, each with text under it?"""
    marks = [i for i, paragraph in enumerate(paragraphs) if dates.date_line(paragraph.text)]
    return len(marks) >= 2 and marks[0] == 0 and all(b - a >= 2 for a, b in zip(marks, marks[1:]))


def _add_line(section: Section, line: _Line) -> None:
    section.paragraphs.append(Paragraph(line.start, line.end, line.text))


def _close(sections: list[Section]) -> None:
    """A section ends where its last paragraph (or its heading) ends."""
    for section in sections:
        if section.paragraphs:
            section.end = section.paragraphs[-1].end
        else:
            section.end = section.heading.end if section.heading else section.start


def _build_entries(section: Section) -> None:
    """Group a timeline's paragraphs under the date line above them."""
    entries: list[TimelineEntry] = []
    current: tuple[Paragraph, dates.DateExpr] | None = None
    body: list[Paragraph] = []

    def flush() -> None:
        if current is None or not body:
            return
        marker, expr = current
        resolved = dates.resolve(expr, None)
        entries.append(TimelineEntry(marker.text, resolved.iso if resolved else None,
                                     Span(marker.start, marker.end), "\n".join(p.text for p in body),
                                     Span(body[0].start, body[-1].end)))

    for paragraph in section.paragraphs:
        expr = dates.date_line(paragraph.text)
        if expr is not None:
            flush()
            current, body = (paragraph, expr), []
        else:
            body.append(paragraph)
    flush()
    section.entries = entries


# A byline in brackets that opens the story's first line (【記者林則宏／綜合報導】, 〔記者王聖藜／台北報導〕).
_LEADING_CREDIT = re.compile(r"^[【〔\[][^】〕\]\n]{0,30}?(?:记者|記者|报道|報導|讯|訊)[^】〕\]\n]{0,30}[】〕\]]\s*")
_OPENING_QUOTES = "“「『"
_CLOSING_QUOTES = "”」』"


def _fallback_title(lines: list[_Line]) -> str:
    """The first sentence of the story, past its date, source and byline lines, for an article
    without a title."""
    story = [line for line in lines if not _front_matter(line.text)] or lines
    if not story:
        return "(无标题)"
    first = _LEADING_CREDIT.sub("", re.split(r"[。！？!?]", story[0].text, maxsplit=1)[0])
    if first[:1] in _OPENING_QUOTES and not any(c in first for c in _CLOSING_QUOTES):
        first = first[1:]  # (a quotation that opens the story, cut at its full stop: “这里以前是一片荒滩)
    return first if len(first) <= 40 else first[:39] + "…"


@dataclass(frozen=True)
class ArticleMeta:
    """What a plain-text file cannot say about itself, from ``NAME.toml`` beside it."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None


def read_meta(path: Path) -> ArticleMeta:
    """The metadata file beside ``path``, if there is one; its strings pass through ``normalise``."""
    meta_path = path.with_suffix(".toml")
    if meta_path == path or not meta_path.is_file():  # an article named x.toml has no metadata file
        return ArticleMeta()
    try:
        data = read_toml(meta_path)
    except TomlFileError as error:
        raise ArticleError(str(error)) from None
    values = {}
    for key in ("title", "source", "url", "language"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise ArticleError(f"{meta_path}: '{key}' must be a string")
        values[key] = normalise(value).replace("\n", " ") if value else None
    return ArticleMeta(**values)


def load(path: Path, data: bytes | None = None) -> Article:
    """Read, decode and parse the article at ``path`` (whose bytes may have been read already):
    plain text, or a saved web page (raises ``ArticleError``)."""
    data = read_article_bytes(path) if data is None else data
    if looks_like_page(data, path.name):
        from tui.webpage import read_page  # trafilatura loads only for pages

        article = read_page(data, where=str(path))
        article.path = normalise(str(path))
        return article
    decoded = decode_article(data, str(path))
    meta = read_meta(path)
    article = parse(decoded.text, title=meta.title, source=meta.source)
    article.path = normalise(str(path))
    article.url = meta.url
    article.encoding = decoded.encoding
    return article
