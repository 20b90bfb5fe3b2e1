"""The command palette: one entry for each section, person and theme."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from tui.extract.model import latin_script
from tui.pinyin import spell
from tui.screens.reader import ReaderScreen
from tui.strings import say

if TYPE_CHECKING:
    from tui.app import ReaderApp


def _highlight(matcher: Matcher, title: str) -> Content:
    """Like ``Matcher.highlight`` but for plain text: article titles are never markup."""
    content = Content(title)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        content = content.stylize("bold reverse", offset, offset + 1)
    return content


class ReaderCommands(Provider):
    def _commands(self) -> list[tuple[str, str, object, list[str]]]:
        """Each command: its title, help, callback and the other words it answers to."""
        app: ReaderApp = self.app  # type: ignore[assignment]
        screen = self.screen  # the screen the palette was opened over
        if not isinstance(screen, ReaderScreen):
            return []
        found: list[tuple[str, str, object, list[str]]] = []
        for index, section in enumerate(app.article.sections):
            found.append((say("Go to section: {title}", title=section.title), f"{section.kind} · {index + 1}",
                          partial(screen.reader.scroll_to_section, index), []))
        for person in app.session.extraction.people if app.session.extraction else []:
            role = f"{person.role} · " if person.role else ""
            # Every form, and the pinyin of the Chinese ones: Smith, shimisi and 史密斯 all find him.
            other = [*person.aliases, *(spell(f) for f in person.forms if not latin_script(f))]
            found.append((say("Person: {name}", name=person.name), escape(role + say("{count} mentions", count=len(person.mentions))),
                          partial(screen.set_marks, say("Person {name}", name=person.name), person.mentions), other))
        for name in app.theme_names:
            found.append((say("Theme: {name}", name=name), say("switch the colour theme"), partial(app.use_theme, name), []))
        return found

    async def discover(self) -> Hits:
        for title, help_text, callback, _other in self._commands():
            yield DiscoveryHit(Content(title), callback, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback, other in self._commands():
            score = max([matcher.match(title), *(matcher.match(word) for word in other)])
            if score > 0:
                yield Hit(score, _highlight(matcher, title), callback, help=help_text)  # type: ignore[arg-type]


class ReaderPalette(CommandPalette):
    """Textual's palette, safe against paging before its list is laid out."""

    def _action_command_list(self, action: str) -> None:
        # The list pages by the lines it has laid out: PgUp pressed together with ctrl+p (one
        # read from the terminal) arrives before the first layout and would raise KeyError.
        try:
            super()._action_command_list(action)
        except KeyError:
            return
