"""Find the people in a Chinese news text and group every form of each one.

jieba's name tags propose Chinese names; transliterated names written with a middle dot and
Latin-script names are found by their shape. Each candidate is then weighed by what stands
around it (a title before it, a speech verb after it count for a person; 公司, 股价 or a
title after it count for an organisation), and the forms of one person (full name, bare
surname, the same name in the other script) are merged into one entry.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui.dates import scan as scan_dates
from tui.extract.dictionary import dictionary
from tui.extract.lexicon import (
    ADVERBS,
    COMPOUND_SURNAMES,
    LATIN_ORG_WORDS,
    NAME_DOTS,
    ORG_AFTER,
    ORG_BEFORE,
    PERSON_ACTIONS,
    SPEECH_VERBS,
    SURNAMES,
    TITLE_JOINERS,
    TITLES,
    TRANSLIT,
    WEAK_TITLES,
)
from tui.extract.model import Person

if TYPE_CHECKING:
    from tui.extract import Progress
from tui.extract.phonetics import chinese_key, latin_key, sound_alike

ACCEPT = 2
_DOTTED = re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?:[{NAME_DOTS}][\u4e00-\u9fff]{{1,8}})+")
_LATIN_WORD = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_LATIN_FULL = re.compile(rf"(?<![A-Za-z]){_LATIN_WORD}(?: {_LATIN_WORD}){{1,2}}(?![A-Za-z])")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Candidate:
    form: str
    kind: str  # dotted | latin | han | translit
    score: int = 0
    roles: Counter[str] = field(default_factory=Counter)
    tagged: int = 0  # occurrences jieba tagged as a name


def _translit_share(text: str) -> float:
    chars = [c for c in text if c not in NAME_DOTS]
    return sum(c in TRANSLIT for c in chars) / len(chars) if chars else 0.0


def _has_surname(form: str) -> bool:
    return form[:2] in COMPOUND_SURNAMES or form[0] in SURNAMES


class _Context:
    """The words around a span of the text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def titles_before(self, start: int) -> list[str]:
        """Titles right before ``start``: ``联合创始人兼总裁X`` gives both; ``的`` may stand between."""
        window = self.text[max(0, start - 24):start].rstrip(" \u3000")
        if window.endswith("的"):
            window = window[:-1]
        found = []
        while True:
            title = next((t for t in TITLES if window.endswith(t)), None)
            if title is None:
                break
            found.append(title)
            window = window[: -len(title)]
            joiner = next((j for j in TITLE_JOINERS if window.endswith(j)), None)
            if joiner is None:
                break
            window = window[: -len(joiner)]
        return found

    def _after(self, end: int) -> str:
        rest = self.text[end:end + 16].lstrip(" ")
        for adverb in sorted(ADVERBS, key=len, reverse=True):
            if rest.startswith(adverb):
                return rest[len(adverb):]
        return rest

    def speech_after(self, end: int) -> bool:
        return self._after(end).startswith(SPEECH_VERBS)

    def action_after(self, end: int) -> bool:
        return self._after(end).startswith(PERSON_ACTIONS)

    def speech_in_clause(self, start: int, end: int) -> bool:
        """The name opens its clause and the clause reports speech (X在微博上表示)."""
        opens = start == 0 or self.text[start - 1] in "，。；！？\n,;：:“"
        clause = re.split(r"[，。；！？\n,;]", self.text[end:end + 30], maxsplit=1)[0]
        return opens and any(verb in clause for verb in SPEECH_VERBS)

    def org_around(self, start: int, end: int) -> bool:
        after = self.text[end:end + 4].lstrip(" ")
        before = self.text[max(0, start - 3):start]
        return after.startswith(ORG_AFTER) or before.endswith(ORG_BEFORE)

    def weigh(self, candidate: Candidate, start: int, end: int) -> None:
        titles = self.titles_before(start)
        if titles:
            candidate.score += 3
            candidate.roles.update(t for t in titles if t not in WEAK_TITLES)
        if self.speech_after(end):
            candidate.score += 2
        elif self.action_after(end) or self.speech_in_clause(start, end):
            candidate.score += 1
        if self.org_around(start, end):
            candidate.score -= 3


def _dotted_spans(text: str) -> list[tuple[int, int]]:
    """Transliterated names with a middle dot, trimmed to their transliteration characters."""
    spans = []
    for match in _DOTTED.finditer(text):
        begin, end = match.span()
        first_dot = next(i for i in range(begin, end) if text[i] in NAME_DOTS)
        last_dot = max(i for i in range(begin, end) if text[i] in NAME_DOTS)
        start = first_dot
        while start > begin and text[start - 1] in TRANSLIT:
            start -= 1
        for split in range(start, first_dot):  # a title glued to the name: 总理奥拉夫·…
            if any(text.endswith(t, 0, split) for t in TITLES):
                start = split
        stop = last_dot + 1
        while stop < end and text[stop] in TRANSLIT:
            stop += 1
        if start < first_dot and stop > last_dot + 1:
            form = text[start:stop]
            if _translit_share(form) >= 0.75:
                spans.append((start, stop))
    return spans


def _tokens(text: str, progress: Progress) -> list[tuple[str, str, int]]:
    """jieba's words, each marked ``nr`` (a name in the dictionary), ``word`` (any other
    dictionary word), ``new`` (Chinese that jieba found only by its HMM: new names, mostly)
    or ``x``. Plain ``jieba.cut`` is several times faster than ``jieba.posseg``."""
    import jieba

    known = dictionary()
    tokens = []
    position = 0
    for count, word in enumerate(jieba.cut(text)):
        if known.is_name(word):
            flag = "nr"
        elif known.is_word(word):
            flag = "word"
        else:
            flag = "new" if _HAN.match(word) else "x"
        tokens.append((word, flag, position))
        position += len(word)
        if count % 4096 == 0:
            progress(position / max(len(text), 1))
    return tokens


def _common_word(word: str) -> bool:
    """A dictionary word that jieba does not know as a name (公司, 安全)."""
    known = dictionary()
    return known.is_word(word) and not known.is_name(word)


_FUNCTION_TAGS = ("p", "c", "q", "d", "u", "r", "v", "m", "f", "a")


def _han_name_at(text: str, start: int, boundaries: set[int]) -> str | None:
    """A Chinese name starting at ``start``: surname + one or two characters, on word boundaries."""
    surname = 2 if text[start:start + 2] in COMPOUND_SURNAMES else 1
    if surname == 1 and text[start] not in SURNAMES:
        return None
    for given in (2, 1):
        form = text[start:start + surname + given]
        if len(form) != surname + given or not all(_HAN.match(c) for c in form):
            continue
        if start + len(form) not in boundaries or any(c in "他她它我你们" for c in form):
            continue
        if given == 2 and text.startswith(SPEECH_VERBS + ADVERBS, start + surname + 1):
            continue  # 张凡坦言: the third character starts the verb, so the name is two long
        if _common_word(form[:2]) or scan_dates(form):
            continue  # 周四向…: a word or a date, not a name
        return form
    return None


def _candidates(text: str, progress: Progress) -> tuple[dict[str, Candidate], dict[str, list[tuple[int, int]]]]:
    context = _Context(text)
    found: dict[str, Candidate] = {}
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    seen: set[tuple[int, int]] = set()  # a span is one form's place once

    def add(form: str, kind: str, start: int, end: int, tagged: bool = False) -> None:
        candidate = found.setdefault(form, Candidate(form, kind))
        if (start, end) in seen:
            return
        seen.add((start, end))
        places[form].append((start, end))
        candidate.tagged += tagged
        context.weigh(candidate, start, end)

    for start, end in _dotted_spans(text):
        form = canonical(text[start:end])
        add(form, "dotted", start, end)
        if len(places[form]) == 1:
            found[form].score += 2  # the shape itself is evidence
    for match in _LATIN_FULL.finditer(text):
        words = match.group().split()
        if not any(w.lower() in LATIN_ORG_WORDS for w in words):
            add(match.group(), "latin", *match.span())

    tokens = _tokens(text, lambda done: progress(0.8 * done))
    boundaries = {start for _w, _f, start in tokens} | {len(text)}
    # A surname character that begins a function word (于, 向, 高) starts no name: the exact
    # tags of those words are looked up together.
    exact = dictionary().tags({word for word, flag, _s in tokens if flag == "word" and word[0] in SURNAMES})
    function_starts = {start for word, _f, start in tokens if exact.get(word, "x").startswith(_FUNCTION_TAGS)}
    for index, (word, flag, start) in enumerate(tokens):
        if index % 8192 == 0:
            progress(0.8 + 0.1 * index / len(tokens))
        if not flag.startswith(("nr", "new")) or not all(_HAN.match(c) for c in word):
            continue
        end = start + len(word)
        if 2 <= len(word) <= 6 and all(c in TRANSLIT for c in word):
            # jieba may split a long transliteration (阿格/拉瓦尔): join the tagged pieces.
            while index + 1 < len(tokens) and tokens[index + 1][1].startswith(("nr", "new")) \
                    and all(c in TRANSLIT for c in tokens[index + 1][0]) and end - start < 7:
                index += 1
                end += len(tokens[index][0])
            if end - start >= 2:
                add(text[start:end], "translit", start, end, tagged=True)
        elif 2 <= len(word) <= 4 and _has_surname(word) and not _common_word(word):
            if flag == "new":  # jieba's guess may swallow the verb after a name: 王芳称
                verb = next((v for v in SPEECH_VERBS if word.endswith(v) and len(word) - len(v) >= 2), "")
                word, end = word[: len(word) - len(verb)], end - len(verb)
            add(word, "han", start, end, tagged=True)
    # Chinese names jieba missed: a surname right after a title or right before a speech verb.
    for count, start in enumerate(sorted(boundaries)):
        if count % 8192 == 0:
            progress(0.9 + 0.1 * count / len(boundaries))
        if start >= len(text) or text[start] not in SURNAMES or start in function_starts:
            continue
        form = _han_name_at(text, start, boundaries)
        if form is None or _common_word(form):
            continue
        end = start + len(form)
        if context.titles_before(start) or context.speech_after(end):
            add(form, "han", start, end)
    return found, places


def canonical(form: str) -> str:
    """One spelling for the dots of a transliterated name (· • ・ ‧ all become ·)."""
    return re.sub(f"[{NAME_DOTS}]", "·", form)


class _Occurrences:
    """Where each of many forms stands in the text, found in one pass over it.

    Any middle dot matches any other; a Latin form must not touch other Latin letters.
    """

    def __init__(self, text: str, forms: set[str]) -> None:
        self.text = text
        by_first: dict[str, list[str]] = defaultdict(list)
        for form in sorted(forms, key=len, reverse=True):
            if form:
                by_first[canonical(form[0])].append(canonical(form))
        folded = canonical(text)
        self.spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for index, char in enumerate(folded):
            for form in by_first.get(char, ()):
                end = index + len(form)
                if folded.startswith(form, index) and not (
                    form.isascii() and (_latin_letter(text, index - 1) or _latin_letter(text, end))
                ):
                    self.spans[form].append((index, end))

    def of(self, form: str, outside: str | None = None) -> list[tuple[int, int]]:
        """Occurrences of ``form``, leaving out those inside an occurrence of ``outside``."""
        spans = self.spans.get(canonical(form), [])
        if outside:
            inside = {i for s, e in self.spans.get(canonical(outside), []) for i in range(s, e)}
            spans = [(s, e) for s, e in spans if s not in inside]
        return spans


def _latin_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isascii() and text[index].isalpha()


def _weigh_enumerations(text: str, found: dict[str, Candidate], places: dict[str, list[tuple[int, int]]]) -> None:
    """Three or more Chinese names in a row (王某、李某、张某) vouch for each other."""
    spans = sorted((s, e, f) for f, c in found.items() if c.kind == "han" for s, e in places[f])
    chain: list[str] = []
    previous_end = -2
    for start, end, form in spans + [(len(text) + 9, 0, "")]:
        if start == previous_end + 1 and text[previous_end] in "、，,和与及":
            chain.append(form)
        else:
            if len(chain) >= 3:
                for member in chain:
                    found[member].score += 2
            chain = [form]
        previous_end = end


def _surname_part(form: str) -> str:
    return re.split(f"[{NAME_DOTS}]", form)[-1] if any(d in form for d in NAME_DOTS) else form.split()[-1]


def _given_part(form: str) -> str:
    return re.split(f"[{NAME_DOTS}]", form)[0] if any(d in form for d in NAME_DOTS) else form.split()[0]


def same_across_scripts(han: str, latin: str) -> bool:
    """Is the transliteration ``han`` the Latin name ``latin``? Surnames must agree."""
    han_parts = re.split(f"[{NAME_DOTS}]", han)
    latin_parts = latin.split()
    surname = sound_alike(han_parts[-1], latin_parts[-1])
    if len(han_parts) == 1 or len(latin_parts) == 1:
        return surname >= 0.8 and len(han_parts[-1]) >= 2
    given = sound_alike(han_parts[0], latin_parts[0])
    return surname >= 0.75 and (surname + given) / 2 >= 0.72


@dataclass
class _Group:
    forms: list[str]
    roles: Counter[str] = field(default_factory=Counter)

    @property
    def display(self) -> str:
        """The fullest Chinese form, else the fullest Latin one."""
        han = [f for f in self.forms if not f.isascii()]
        pool = han or self.forms
        return max(pool, key=lambda f: (len(re.split(f"[{NAME_DOTS} ]", f)), len(f)))


def find_people(text: str, progress: Progress | None = None) -> list[Person]:
    """Every person named in ``text``, each with all their forms and mentions."""
    report = progress or (lambda _done: None)
    found, places = _candidates(text, report)
    report(0.85)
    forms = set(found)
    for candidate in found.values():
        if candidate.kind in ("dotted", "latin"):
            forms.add(_surname_part(candidate.form))
            forms.add(re.sub(f"[{NAME_DOTS}]", "", candidate.form))
    occurrences = _Occurrences(text, forms)
    # A surname used alone counts as evidence for the full name it belongs to.
    context = _Context(text)
    for candidate in [c for c in found.values() if c.kind in ("dotted", "latin")]:
        surname = _surname_part(candidate.form)
        alone = found.get(surname)
        if alone is not None:
            candidate.score += max(alone.score, 0)
        elif candidate.kind == "latin":
            probe = Candidate(surname, "latin")
            for start, end in occurrences.of(surname, outside=candidate.form):
                context.weigh(probe, start, end)
            candidate.score += max(probe.score, 0)
            candidate.roles.update(probe.roles)
    _weigh_enumerations(text, found, places)
    for candidate in found.values():
        if candidate.tagged >= 3 and candidate.kind in ("translit", "han") and candidate.score >= 0:
            candidate.score += 1  # a name jieba keeps recognising is likely one
    accepted = {f: c for f, c in found.items() if c.score >= ACCEPT}

    groups: list[_Group] = []
    owner: dict[str, _Group] = {}
    for candidate in sorted(accepted.values(), key=lambda c: -len(re.split(f"[{NAME_DOTS} ]", c.form))):
        form = candidate.form
        if form in owner:
            owner[form].roles.update(candidate.roles)
            continue
        group = _Group([form], Counter(candidate.roles))
        groups.append(group)
        owner[form] = group
        if candidate.kind in ("dotted", "latin"):
            parts = [_surname_part(form)]
            if candidate.kind == "dotted":
                parts.append(re.sub(f"[{NAME_DOTS}]", "", form))  # 马克扎克伯格, written without the dot
            for part in parts:  # a surname may be shared: it then belongs to each owner
                if part != form and occurrences.of(part, outside=form):
                    group.forms.append(part)
                    owner.setdefault(part, group)
    # Surnames used alone that jieba or the context found on their own join their full name.
    for form, candidate in accepted.items():
        group = owner[form]
        if len(group.forms) == 1 and candidate.kind in ("translit", "han"):
            for other in groups:
                if other is not group and form in other.forms:
                    other.roles.update(group.roles)
                    groups.remove(group)
                    owner[form] = other
                    break
    _merge_scripts(groups)
    _add_nicknames(text, groups)
    every_form = {f for group in groups for f in group.forms}
    return _with_mentions(text, groups, _Occurrences(text, every_form))


def _merge_scripts(groups: list[_Group]) -> None:
    """One person written in Chinese and in Latin letters becomes one group.

    Only names whose surnames begin with the same sound are compared at all.
    """
    latin_by_sound: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        if all(f.isascii() for f in group.forms):
            latin_by_sound[latin_key(max(group.forms, key=len).split()[-1])[:1]].append(group)
    merged: set[int] = set()
    for han_group in groups:
        han_names = [f for f in han_group.forms if not f.isascii() and _translit_share(f) >= 0.75]
        if not han_names:
            continue
        best = max(han_names, key=len)
        for latin_group in latin_by_sound.get(chinese_key(_surname_part(best))[:1], []):
            if id(latin_group) in merged:
                continue
            latin = max(latin_group.forms, key=len)
            shared_role = bool(set(han_group.roles) & set(latin_group.roles))
            if same_across_scripts(best, latin) or (
                shared_role and same_across_scripts(_surname_part(best), latin.split()[-1])
            ):
                han_group.forms.extend(latin_group.forms)
                han_group.roles.update(latin_group.roles)
                merged.add(id(latin_group))
    groups[:] = [g for g in groups if id(g) not in merged]


def _add_nicknames(text: str, groups: list[_Group]) -> None:
    """``小崔``/``老崔`` for the only person of that surname."""
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        han = [f for f in group.forms if not f.isascii() and _has_surname(f) and len(f) in (2, 3)]
        if han and _translit_share(han[0]) < 1:
            by_surname[han[0][0]].append(group)
    for surname, owners in by_surname.items():
        if len(owners) == 1:
            for prefix in ("小", "老"):
                nickname = prefix + surname
                if nickname in text and nickname not in owners[0].forms:
                    owners[0].forms.append(nickname)


def _with_mentions(text: str, groups: list[_Group], occurrences: _Occurrences) -> list[Person]:
    taken: set[int] = set()
    claims: list[tuple[int, int, str, list[_Group]]] = []
    by_form: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for form in group.forms:
            by_form[form].append(group)
    for form in sorted(by_form, key=len, reverse=True):
        for start, end in occurrences.of(form):
            if any(i in taken for i in range(start, end)):
                continue
            if len(form) == 2 and not form.isascii() and start > 0 and text[start - 1] in TRANSLIT \
                    and _translit_share(form) == 1 and text[start - 1] not in NAME_DOTS:
                continue  # 罗斯 inside 安德罗斯 is not 罗斯
            taken.update(range(start, end))
            claims.append((start, end, form, by_form[form]))
    mentions: dict[int, list[tuple[int, int]]] = defaultdict(list)
    last_seen: dict[int, int] = {}
    for start, end, _form, owners in sorted(claims):
        if len(owners) == 1:
            chosen = owners[0]
        else:  # a surname shared by two people belongs to the one named last
            chosen = max(owners, key=lambda g: last_seen.get(id(g), -1))
        mentions[id(chosen)].append((start, end))
        last_seen[id(chosen)] = start
    people = []
    for group in groups:
        spans = sorted(mentions.get(id(group), []))
        if not spans:
            continue
        display = group.display
        aliases = [f for f in group.forms if f != display]
        roles = [role for role, _ in group.roles.most_common()]
        people.append(Person(display, aliases, roles, spans))
    people.sort(key=lambda p: (-len(p.mentions), p.mentions[0][0]))
    return people
