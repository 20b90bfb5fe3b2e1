"""An article and what the reader found in it, as Markdown to keep or share.

The whole text with its sections as headings, a table of the people (their forms, roles and
how often they are mentioned) and the timeline. Article text is data: every character that
Markdown would read as markup is escaped, so a title like ``[点我](javascript:…)`` or a line
starting with ``#`` shows as written.
"""

from __future__ import annotations

import re

from tui.article import LEAD_TITLE, Article
from tui.extract import Extraction
from tui.extract.model import Person
from tui.library import Appearance
from tui.strings import say

_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")

_MARKUP = re.compile(r"([\\`*_\[\]<>|~])")  # markup wherever it stands
_LINE_START = re.compile(r"^(?:[#+=-]|\d+[.)])")  # markup only at the start of a line: # - 1.


def escape(text: str) -> str:
    """``text`` as literal Markdown, on one line."""
    text = _MARKUP.sub(r"\\\1", " ".join(text.split()))
    return _LINE_START.sub(lambda m: m.group()[:-1] + "\\" + m.group()[-1], text)


def markdown(article: Article, extraction: Extraction | None) -> str:
    out = [f"# {escape(article.title)}", ""]
    facts = [escape(value) for value in (article.source, article.published.isoformat() if article.published else
                                         extraction.published if extraction else None, article.url or article.path)
             if value]
    if facts:
        out += [" · ".join(facts), ""]
    for section in article.sections:
        if section.heading is not None or section.title != LEAD_TITLE:
            out += [f"## {escape(section.title)}", ""]
        listed = [(entry.date_span.start, entry.span.end) for entry in section.entries]
        for paragraph in section.paragraphs:
            if article.title and paragraph.text.strip() == article.title.strip():
                continue  # the title line, already the document's heading
            if any(start <= paragraph.start < end for start, end in listed):
                continue  # a timeline's mark or entry, listed below
            out += [escape(paragraph.text), ""]
        for entry in section.entries:
            out += [f"- **{escape(entry.date_text)}** {escape(entry.text)}"]
        if section.entries:
            out.append("")
    if extraction is None:
        return "\n".join(out)
    if extraction.people:
        out += [f"## {say('People')}", "",
                f"| {say('Name')} | {say('Other forms')} | {say('Roles')} | {say('Mentions')} |",
                "| --- | --- | --- | ---: |"]
        for person in extraction.people:
            out.append(f"| {escape(person.name)} | {'、'.join(map(escape, person.aliases))} | "
                       f"{'、'.join(map(escape, person.roles))} | {len(person.mentions)} |")
        out.append("")
    if extraction.events:
        out += [f"## {say('Timeline')}", ""]
        for event in extraction.events:  # in the timeline's order (days of a year not given last)
            who = f" ({'、'.join(map(escape, event.people))})" if event.people else ""
            out.append(f"- **{escape(event.label or event.date)}** {escape(event.summary)}{who}")
        out.append("")
    return "\n".join(out)


def export_name(article: Article) -> str:
    """A file name for the article's Markdown: its title, without what file systems refuse."""
    stem = _UNSAFE_NAME.sub(" ", article.title).strip(" .")[:60] or "article"
    return f"{stem}.md"


def person_card(person: Person, elsewhere: list[Appearance]) -> str:
    """A person as plain text to share: name and other forms, roles, mentions, other articles."""
    lines = [person.name + (f"（{'、'.join(person.aliases)}）" if person.aliases else "")]
    if person.roles:
        lines.append(f"{say('Roles')}：{'、'.join(person.roles)}")
    lines.append(f"{say('Mentions')}：{len(person.mentions)}")
    for appearance in elsewhere:
        lines.append(f"· {appearance.title}（{appearance.mentions}×）")
    return "\n".join(lines) + "\n"
