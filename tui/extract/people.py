"""Find the people in a Chinese news text and group every form of each one.

A character-level CRF trained on annotated news (``tagger.py``) proposes the names, reading
the text folded to simplified characters so that traditional text is tagged as well (offsets
are unchanged, and names are shown as written). Latin-script names and dotted
transliterations the model missed are found by their shape and kept on evidence from the words
around them (a title before, a speech verb after; 公司 or 股价 after counts against). The forms
of one person (full name, surname alone, 老王 and 小王, a nickname, a Latin gloss in brackets,
the same name in the other script) are then merged into one entry with its roles, taken from
titles before or after the name. ``candidates.py`` gathers the names proposed: ``spans.py``
shapes what the tagger found into names; ``foreign.py``, ``titled.py``, ``lists.py``,
``introduced.py`` and ``credits.py`` find those it missed by their shape and the words around
them, and ``places.py`` tells the spans that name no one. ``context.py`` reads the words around a
name, ``forms.py`` gathers the forms of one person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from tui.extract.candidates import ACCEPT, candidates, own_titles_after, own_titles_before, people_or_team
from tui.extract.context import AGE_BEFORE, KIN_OWNED, STATIONED, Candidate, Context, speaks
from tui.extract.credits import is_byline_line
from tui.extract.dictionary import COMMON_AS_A_WORD, dictionary
from tui.extract.epithets import add_epithets
from tui.extract.foreign import IN_NO_JAPANESE_NAME, JAPANESE_TITLED, NAME_PARTS, japanese_in_office
from tui.extract.introduced import MONK_TITLES
from tui.extract.forms import (Group, Occurrences, add_familiar_titles, add_juniors, add_lettered, add_nicknames,
                               add_short_names, address_after, after_kin, foreign_full, glosses, join_clipped,
                               join_familiar_foreign, join_familiar_given, join_first_names, join_initialled, kin_before,
                               join_latin_given_names, join_latin_surnames, join_short_forms,
                               join_transliterated_given_names, join_undotted, join_written_scripts, merge_glosses,
                               merge_scripts, named_as_child, named_as_kin,
                               names_a_company, same_across_scripts, strangers_among, surname_part, told_by,
                               writes_the_story)
from tui.extract.lexicon import (
    ACTING_PREFIXES,
    ADDRESS_AFTER,
    ADDRESS_SHORT,
    AUNTS,
    CANTONESE,
    CHILDREN,
    COMPOUND_SURNAMES,
    COUNTRIES,
    ELDER_ADDRESS,
    FEMALE_KIN,
    GLUED_AFTER,
    KINSHIP,
    MALE_KIN,
    MEMORIALS,
    NAME_DOTS,
    NEVER_NAME_FINAL,
    ORDINARY_PEOPLE,
    ORG_AFTER,
    OWNED_CALLINGS,
    OWNED_KIN,
    PLACE_AFTER,
    PLACE_ENDINGS,
    RELATION_TITLES,
    ROLE_TITLES,
    ROYAL_TITLES,
    SEXED,
    SOUTHERN_ELDERS,
    SPEECH_VERBS,
    SURNAMES,
    TITLES,
    TITLE_PREFIXES,
    TOLD_BY_SURNAME,
    TRANSLIT,
    WEAK_TITLES,
)
from tui.extract.gazetteer import known_places
from tui.extract.lists import among_things, list_end, list_start, short_forms, whose_relative_follows
from tui.extract.model import Person, latin_script
from tui.extract.places import dateline_place, named_craft, place_after
from tui.extract.shapes import (HAN, HAN_RUN, HELPED_BY, PRONOUN_REACH, SPOKEN, begins_with_any_surname,
                                familiar_start, has_surname, literal_spans, rare_word, sentence_start, times_written,
                                translit_share)
from tui.extract.spans import unpadded
from tui.extract.titled import given_name_apart, japanese_of_the_dictionary
from tui.traditional import to_simplified, traditional_folded

if TYPE_CHECKING:
    from tui.extract import Progress


# A name the model found is a company or brand instead when at least this many of its places
# read as one (推特公司, 特斯拉股价) and they outnumber the places that read as a person.
ORGANISATION_EVIDENCE = 2

_SAYS = ("：", ":")  # a headline's colon after a name opens what the person said


def find_people(text: str, progress: Progress | None = None) -> list[Person]:
    """Every person named in ``text``, each with all their forms and mentions."""
    report = progress or (lambda _done: None)
    folded = traditional_folded(text)
    context = Context(folded)  # titles and verbs are matched in simplified characters
    found, places = candidates(text, folded, context, lambda done: report(0.9 * done))
    forms = set(found)
    for candidate in found.values():
        if foreign_full(candidate.form):
            forms.add(surname_part(candidate.form))
            forms.add(re.sub(f"[{NAME_DOTS}]", "", candidate.form))
            forms.add(re.split(f"[{NAME_DOTS}]", candidate.form)[0])
        forms.add(unpadded(candidate.form))
    occurrences = Occurrences(text, forms)
    headline = _headline_end(folded)  # (a byline read in simplified characters: 記者)
    tagged_starts = {start for c in found.values() if c.kind == "model" for start, _end in places[c.form]}
    for candidate in [c for c in found.values() if c.kind == "titled"]:
        # A title alone is not enough (毛主席纪念堂): one of its mentions must speak or act, have
        # an aide or relative (总统蒲亭的发言人), be met (会见首相希思, 会见大臣叙多时表示, 与总统普京会谈), be joined to
        # one found after that one's title (王储威廉与王妃凯特), be
        # someone's spouse (周杰伦的妻子昆凌), be a Chinese name of three after a word of kinship
        # (父亲方建国) or one of the common parts of Tibetan, Uyghur or Mongolian names (阿妈央金), be a Chinese name
        # followed by a verb (演员巩俐登台时; not 记者[慕名]来到:
        # the reporter's own doing), or be the family name of a Japanese name of four
        # (球星大谷翔平……大谷说), or speak in the headline, as headlines quote (高市早苗：尽快落实……), or close a list with
        # 等, 'and others' (以及奥运冠军全红婵等: of the corpora's 163 runs of three that begin with a surname between a title
        # and 等, 154 are names);
        # a transliteration of three characters or more is a name by its shape (主帅瓜迪奥拉), and so is a Japanese name
        # jieba's dictionary holds (前首相安倍晋三的, 干事长鸠山由纪夫等政党领导人).
        mentions = occurrences.of(candidate.form)
        family = Occurrences(text, {candidate.form[:2], candidate.form}).of(candidate.form[:2], outside=candidate.form) \
            if len(candidate.form) == 4 else []
        if any(context.speech_after(end) or context.action_after(end) or context.aide_or_kin_after(end)
               for _start, end in mentions + family) \
                or any(context.acts_where_after(end) for _start, end in mentions) \
                or any(context.met_after(end) or context.talks_after(end)
                       or end < headline and folded.startswith(_SAYS, end) for _start, end in mentions) \
                or _chinese_name_shape(candidate.form) \
                and any(context.verb_after(end) or context.titles_after(end) or folded.startswith("等", end)
                        for _start, end in mentions) \
                and dictionary().frequency(to_simplified(candidate.form)) < COMMON_AS_A_WORD \
                and not all(folded.endswith("记者", 0, start) for start, _end in places[candidate.form]) \
                or _japanese_shape(candidate.form) and any(context.verb_after(end) or folded.startswith("在", end)
                                                           for _start, end in mentions) \
                or any(context.met_before(start) for start, _end in places[candidate.form]) \
                or any(JAPANESE_TITLED.search(folded, max(0, start - 10), start)
                       or japanese_in_office(folded, start, end) for start, end in mentions) \
                or any(given_name_apart(context, start, end) for start, end in places[candidate.form]) \
                or _spouse(folded, candidate.form, mentions) \
                or any(_joined_to_one_titled(folded, end, tagged_starts) for _start, end in mentions) \
                or any(folded.startswith(MONK_TITLES, end) for _start, end in mentions) \
                or any(_head_of_a_country(context, start) for start, _end in mentions) \
                or (len(candidate.form) == 3 or to_simplified(candidate.form) in NAME_PARTS) \
                and all(folded.endswith(KINSHIP, 0, start) for start, _end in places[candidate.form]) \
                or _chinese_name_shape(candidate.form) \
                and all(folded.endswith(KIN_OWNED, 0, start) for start, _end in places[candidate.form]) \
                or len(candidate.form) >= 3 and translit_share(folded[slice(*places[candidate.form][0])]) == 1 \
                or japanese_of_the_dictionary(folded, candidate.form):
            for start, end in mentions:
                if (start, end) not in places[candidate.form]:
                    context.weigh(candidate, start, end)
        else:
            candidate.score = 0
    # A surname used alone counts as evidence for the full name it belongs to.
    for candidate in [c for c in found.values() if c.kind in ("dotted", "latin")]:
        surname = surname_part(candidate.form)
        alone = found.get(surname)
        if alone is not None:
            candidate.score += ACCEPT if alone.kind == "model" else max(alone.score, 0)
        elif candidate.kind == "latin":
            probe = Candidate(surname, "latin")
            alone = occurrences.of(surname, outside=candidate.form)
            for start, end in alone:
                context.weigh(probe, start, end)
            # Named again by the last word alone, as the press names a person (Geoffrey Hinton……
            # Hinton); a company is named again by its first (Goldman Sachs……Goldman). But so is a
            # product by its own name (Google Gemini……Gemini): half the evidence.
            candidate.score += max(probe.score, 0) + (1 if alone and probe.score >= 0 else 0)
            candidate.roles.update(probe.roles)
    # A Latin name that sounds like a dotted name found (蒂姆·库克……Tim Cook) is that person's.
    dotted_names = [c.form for c in found.values() if c.kind in ("model", "dotted") and foreign_full(c.form)
                    and not latin_script(c.form) and (c.kind == "model" or c.score >= ACCEPT)]
    for candidate in [c for c in found.values() if c.kind == "latin" and c.score < ACCEPT and " " in c.form]:
        if any(same_across_scripts(form, candidate.form) for form in dotted_names):
            candidate.score = ACCEPT
    glossing: dict[str, list[str]] = {}  # a Latin name by the names it glosses, where that is all its evidence
    companies: set[str] = set()  # what the model found that a company's name glosses (芒格（Munger Capital）)
    for start, latin in glosses(text):  # 路易斯·巴森尼斯（Louis Basenese）: the gloss is a name
        glossed = [form for form, c in found.items() if c.kind == "model" and any(end == start for _s, end in places[form])]
        if names_a_company(latin):
            companies.update(form for form in glossed if not found[form].roles)
            continue
        if latin in found and glossed:
            if found[latin].score < ACCEPT:
                glossing.setdefault(latin, []).extend(glossed)
            found[latin].score = max(found[latin].score, ACCEPT)
        # and a transliteration the model doubted, glossed by a name of two words or more that names no company
        # (拍檔芒格（Charlie Munger）), is that name's
        doubted = [c for form, c in found.items() if c.kind == "doubtful" and translit_share(form) == 1
                   and any(end == start for _s, end in places[form])]
        if doubted and latin in found and " " in latin:
            for candidate in (*doubted, found[latin]):
                candidate.score = max(candidate.score, ACCEPT)
    _latin_listed_with_people(text, found, places)
    accepted = {f: c for f, c in found.items() if f not in ROLE_TITLES and to_simplified(f) not in COUNTRIES
                and to_simplified(f) not in (*ADDRESS_AFTER, *SOUTHERN_ELDERS)  # (阿姨, 阿伯: a form of address alone)
                and CANTONESE.isdisjoint(f)
                and not all(among_things(folded, start, end) for start, end in occurrences.of(f))
                and not _known_place(context, f, occurrences.of(f)) and not _begun_by_a_place(folded, f)
                and not any(dateline_place(folded, start, end) for start, end in occurrences.of(f))  # (the city of
                # a dateline is a place wherever written: 新华社贝鲁特６月２１日电……在贝鲁特发生)
                and not any(_short_name_of_a_thing(folded, start, end, places) for start, end in occurrences.of(f))
                and (c.score >= ACCEPT or (
                    c.kind == "model" and _model_person(context, places[f] if len(f) == 1 else occurrences.of(f))))
                and not (c.kind in ("model", "titled")
                         and all(end <= headline for _start, end in (occurrences.of(f) if c.roles else places[f]))
                         and not (c.roles and any(not text[end:headline].strip() for _start, end in places[f]))
                         and len(text[:headline].strip()) >= len(f) + 3
                         and not (_known_person(f) and all(end <= headline for _start, end in occurrences.of(f))))}
    # (a name jieba's dictionary knows stands in the headline alone, 郑板桥画了几笔兰花, but not when the body writes
    # it only where it is no one: 周大福净利增长 over 周大福珠宝集团, 周大福董事总经理黄绍基)
    # A gloss is no one where the name it glosses is none (在波克夏海瑟威（Berkshire Hathaway）股東大會: a company
    # the model took for a name).
    for latin, glossed in glossing.items():
        if not accepted.keys() & set(glossed):
            accepted.pop(latin, None)
    for form in companies:  # (and what a company's name glosses is the company, where no title makes it someone)
        accepted.pop(form, None)

    groups: list[Group] = []
    owner: dict[str, Group] = {}
    # Whose given name a part is, it is no one's family name alone (吐尔逊·阿不都拉 and his son
    # 艾力·吐尔逊: 吐尔逊 alone is the father).
    given = {re.split(f"[{NAME_DOTS}]", f)[0]: f for f in accepted if any(d in f for d in NAME_DOTS)}
    given_names = Counter(re.split(f"[{NAME_DOTS}]", f)[0] for f in accepted if any(d in f for d in NAME_DOTS))
    # (詹姆斯 of 詹姆斯·哈登 and 勒布朗·詹姆斯; but not a son's or daughter's father's name, as Uyghur names end:
    # 吐尔逊·肉孜……吐尔逊说……他的儿子麦麦提江·吐尔逊, where 吐尔逊 alone is the father)
    surnames = {surname_part(f) for f in accepted if foreign_full(f) and not _named_as_young_kin(folded, f)}
    for candidate in sorted(accepted.values(), key=lambda c: -len(re.split(f"[{NAME_DOTS} ]", c.form))):
        form = candidate.form
        if form in owner:
            owner[form].roles.update(candidate.roles)
            continue
        group = Group([form], Counter(candidate.roles))
        groups.append(group)
        owner[form] = group
        if (written := unpadded(form)) != form:  # 刘  洋 of a list is 刘洋 of the text
            group.forms.append(written)
            group.not_shown.add(form)
            owner.setdefault(written, group)
        if foreign_full(form):
            parts = [surname_part(form)]
            if not latin_script(form):
                parts.append(re.sub(f"[{NAME_DOTS}]", "", form))  # 马克扎克伯格, written without the dot
                if (first := _first_name_alone(folded, form, given_names, surnames, occurrences)) is not None:
                    parts.append(first)  # 科比 of 科比·布莱恩特, as the sports press calls a star
            for part in parts:  # a surname may be shared: it then belongs to each owner
                alone = occurrences.of(part, outside=form)
                if part != form and given.get(part, form) == form and alone \
                        and not _named_as_kin(folded, part, form) and not _place_alone(context, part, alone):
                    group.forms.append(part)
                    owner.setdefault(part, group)
    # Parts of a name the model found on their own (史密斯 of 约翰·史密斯) join the full name.
    for form, candidate in accepted.items():
        group = owner[form]
        if len(group.forms) == 1 and candidate.kind == "model":
            for other in groups:
                if other is not group and form in other.forms:
                    other.roles.update(group.roles)
                    groups.remove(group)
                    owner[form] = other
                    break
    _add_described_roles(folded, context, groups, occurrences)
    join_short_forms(groups, relatives=_relatives_only(folded, accepted, places),
                     kin=_kin_named_after(folded, accepted, places),
                     clans=_alone_only(accepted, places, lambda _start, end: folded.startswith("氏", end)),
                     apart=_kin_apart(folded, accepted, places),
                     strangers={f for f in accepted if _surname_alone(f) and places[f]
                                and set(places[f]) <= strangers_among(folded, places[f])})
    join_first_names(groups)
    join_familiar_given(groups)
    add_short_names(text, context, groups)
    join_undotted(groups)
    join_written_scripts(text, groups)
    join_clipped(groups)
    join_familiar_foreign(text, groups)
    merge_scripts(groups)
    join_latin_surnames(text, groups)
    join_latin_given_names(text, groups)
    join_transliterated_given_names(text, groups)
    merge_glosses(text, groups)
    add_nicknames(text, folded, groups, places)
    add_epithets(text, folded, groups)
    join_initialled(groups)
    add_familiar_titles(text, folded, groups)
    add_lettered(text, groups)
    add_juniors(text, groups)
    every_form = {f for group in groups for f in group.forms}
    people = _with_mentions(text, groups, Occurrences(text, every_form), places, context)
    _name_by_title(text, folded, people)
    _spouses_of_each_other(people)
    if folded != text:  # roles were read in simplified characters: show them as the text writes them
        for person in people:
            person.roles = [_as_written(text, folded, role) for role in person.roles]
    return people


def _spouses_of_each_other(people: list[Person]) -> None:
    """A bare word for a spouse is the spouse's of the one person whose role names this one so (丈夫张磊和妻子何雪: 张磊 is
    何雪的丈夫, as 何雪 is 张磊的妻子)."""
    for person in people:
        for at, role in enumerate(person.roles):
            if role not in _MARRIED:
                continue
            named = {to_simplified(form) for form in (person.name, *person.aliases)}  # (roles are read simplified)
            partners = [other for other in people if other is not person
                        and any(its.endswith(_MARRIED) and to_simplified(its.partition("的")[0]) in named
                                for its in other.roles)]
            if len(partners) == 1:
                person.roles[at] = f"{to_simplified(partners[0].name)}的{role}"


def _another_surname(text: str, first: int, start: int, end: int, begins: Mapping[int, int]) -> bool:
    """Does the name at ``start`` (to ``end``) begin otherwise than the one at ``first`` with its surname (许振超,
    巨晓林 after 王兆国), or, dotted, end otherwise with its family name (not 彼得·巴菲特 after 霍华德·巴菲特)?"""
    one_name, other_name = text[first:begins.get(first, first)], text[start:end]
    if all(any(dot in name for dot in NAME_DOTS) for name in (one_name, other_name)):
        return re.split(f"[{NAME_DOTS}]", one_name)[-1] != re.split(f"[{NAME_DOTS}]", other_name)[-1]
    one, other = to_simplified(text[first]), to_simplified(text[start])
    return one in SURNAMES and one != other


# The words for one's children and grandchildren through one's sons, who share a surname with one another (王进喜之子,
# 他的儿子, 她的女儿: not 女婿, 外孙, whom another family names, nor 妻子, 常书鸿与妻子陈芝秀、李承仙).
_SIBLINGS_ALIKE = ("儿子", "女儿", "孙子", "孙女", "长子", "长女", "次子", "次女", "长孙", "幼子", "独子", "之子", "之女",
                   "三子", "四子", "子女", "儿女", "曾孙", "曾孙女")


def _add_described_roles(text: str, context: Context, groups: list[Group], occurrences: Occurrences) -> None:
    """A title after 'this' and what describes its holder, opening a sentence with no name after the title, is a role
    of the one person the sentence before names in the paragraph, when a comma or a verb of speaking ends it
    (提起贺星龙，几乎无人不知。这位被村民称为“摩托医生”的乡村医生，三十年来: his, though no name stands by it; not a title in
    what describes the holder, 村民, 摩托医生, nor the title of one's relative, 这位医生的妻子)."""
    openings = list(_THIS_ONE.finditer(text))
    if not openings:
        return
    written = sorted(((start, end, group) for group in groups for form in group.forms
                      for start, end in occurrences.of(form)), key=lambda span: (span[0], span[0] - span[1]))
    named, reach = [], -1
    for start, end, group in written:  # (not 贺 inside 贺星龙: each span after any longer one it lies in)
        if end > reach or (named and named[-1][:2] == (start, end)):
            named.append((start, end, group))
        reach = max(reach, end)
    starts = [start for start, _end, _group in named]
    begun = set(starts)
    stops = [stop.end() for stop in _SENTENCE_END.finditer(text)]  # (where each sentence begins, after the first)
    for match in openings:
        sentence = match.start()
        if sentence == 0 or text[sentence - 1] not in "。！？":
            continue  # (a sentence it opens)
        title = _title_ending_the_words(text, match.end())
        if title is None or title.end() in begun:
            continue  # (nor the title of a name after it: 这位主持人李明)
        before = bisect_left(stops, sentence) - 1
        previous = stops[before] if before >= 0 else 0
        within = named[bisect_left(starts, previous):bisect_left(starts, sentence)]
        owners = {id(group): group for _start, end, group in within if end < sentence
                  and not writes_the_story(group)}  # (not the reporter of a byline the sentence opens with)
        if len(owners) == 1:
            (owner,) = owners.values()
            owner.roles.update(t for t in context.titles_before(title.end()) if t not in RELATION_TITLES)


def _title_ending_the_words(text: str, at: int) -> re.Match[str] | None:
    """The first title within ``_DESCRIBED`` characters of ``at``, in its clause, that a comma or a verb of speaking
    follows."""
    for start in range(at, min(len(text), at + _DESCRIBED)):
        if _CLAUSE_BREAK.match(text, start):
            return None
        if (title := _A_TITLE.match(text, start)) and (
                text[title.end():title.end() + 1] in ("，", ",") or speaks(text[title.end():title.end() + 12])):
            return title
    return None


_THIS_ONE = re.compile("这位|这名")
_A_TITLE = re.compile("|".join(map(re.escape, sorted(ROLE_TITLES, key=len, reverse=True))))
_CLAUSE_BREAK = re.compile("[，。；！？\n]")
_DESCRIBED = 16  # characters: at most so many between 'this' and the title (被村民称为“摩托医生”的乡村: 14)


def _as_written(text: str, folded: str, role: str) -> str:
    """``role``, read in ``folded`` (``text`` in simplified characters), as ``text`` writes it; a relation written
    nowhere whole, each side of its 的 (陈阿公的孫女: 陳阿公的孫女)."""
    if (at := folded.find(role)) >= 0:
        return text[at:at + len(role)]
    return "的".join(text[i:i + len(part)] if (i := folded.find(part)) >= 0 else part for part in role.split("的"))


def _chinese_name_shape(form: str) -> bool:
    """Two or three Chinese characters after a surname that jieba's dictionary knows as a name, not
    at all, or at its least (巩俐, 傅崐萁, 舒默; not 宝座, 一职), also one the table lacks (赖士葆)."""
    return 2 <= len(form) <= 3 and begins_with_any_surname(form) \
        and (dictionary().tags([form]).get(form, "nr").startswith("nr") or rare_word(form))


def _japanese_shape(form: str) -> bool:
    """Four Chinese characters jieba cuts into a noun or name of its dictionary and two that are no word of
    it (球星大谷|翔平, 投手村上|颂树): a Japanese family name and given name, as a title before them says;
    not where the two say how much or how (球员|过多, 水平|不高)."""
    simplified = to_simplified(form)
    family, given = simplified[:2], simplified[2:]
    tags = dictionary().tags([simplified, family, given])
    return len(form) == 4 and HAN_RUN.fullmatch(form) is not None and tags.get(family, "")[:1] in ("n", "s") \
        and given not in tags and simplified not in tags and not IN_NO_JAPANESE_NAME.intersection(simplified)


def _short_form(text: str, end: int) -> str | None:
    """The short form of address after a surname ending at ``end`` (吕老, 王董), when it makes no
    word with what follows (王[太守], 灵邱[老乡])."""
    short = text[end:end + 1]
    return short if to_simplified(short) in ADDRESS_SHORT and not dictionary().tags([to_simplified(text[end:end + 2])]) \
        else None


_NOT_BEGINNING_NAMES = "vzadcp"  # jieba's tags of verbs, adjectives and function words (挣 v, 选 zg)
_SPOUSES = ("妻子", "丈夫", "夫人", "前妻", "前夫")  # (not 太太, the end of 老太太)
_MARRIED = (*_SPOUSES, "太太", "老婆", "老公")  # (and those, as a whole word of kinship or a role's end)
_FELLOWS = ("队友",)  # one's team-mate, as a relative is one's (孙颖莎4比1战胜队友王曼昱: hers)


def _told_young(text: str, group: Group, occurrences: Occurrences) -> bool:
    """Does the text tell an age under forty of the person named in full now, before the name or right after it (28岁的X,
    X今年28岁, X，28岁，; not in a sentence of a year gone by, 1977年，19岁的张国庆), or call the person young right
    before the name (沂南姑娘李娜, 大学生王明)? The press calls the young 小X, not 老X."""
    for form in group.forms:
        if len(form) < 2:
            continue
        for start, end in occurrences.of(form):
            if text.endswith(_YOUNG_CALLINGS, 0, start):
                return True
            age = AGE_BEFORE.search(text, max(0, start - 6), start) or _AGE_JUST_AFTER.match(text, end)
            if age and age.group(1).isdigit() and int(age.group(1)) < _YOUNG \
                    and not _A_YEAR.search(text, sentence_start(text, start), start):
                return True
    return False


_AGE_JUST_AFTER = re.compile(r"(?:今年|，|,)(\d{1,2})岁")
_A_YEAR = re.compile(r"\d{4}年")
_YOUNG = 40  # (years: under it, no one the press calls 老)
_YOUNG_CALLINGS = ("姑娘", "女孩", "男孩", "小伙", "小伙子", "少年", "少女", "女生", "男生", "学生", "孩子")


def _named_as_relative(group: Group) -> bool:
    """Is every role of ``group`` a word of kinship (妻子王仕花, 父亲陈德福): someone's relative?"""
    return bool(group.roles) and all(role in KINSHIP for role in group.roles)


def _latin_listed_with_people(text: str, found: dict[str, Candidate], places: dict[str, list[tuple[int, int]]]) -> None:
    """A Latin name listed right beside a person (Geoffrey Hinton、Yoshua Bengio) is one too:
    companies and people are seldom listed together."""
    waiting = [c for c in found.values() if c.kind == "latin" and c.score < ACCEPT]
    while waiting:
        people = [span for form, c in found.items() if c.kind == "model" or c.score >= ACCEPT for span in places[form]]
        ends, starts = {end for _start, end in people}, {start for start, _end in people}
        listed = [c for c in waiting if any(
            any(_LATIN_LIST_JOIN.fullmatch(text, e, start) for e in range(max(0, start - 5), start) if e in ends)
            or any(_LATIN_LIST_JOIN.fullmatch(text, end, s) for s in range(end + 1, end + 6) if s in starts)
            for start, end in places[c.form])]
        for candidate in listed:
            candidate.score = ACCEPT
        waiting = [c for c in waiting if c not in listed] if listed else []


_LATIN_LIST_JOIN = re.compile(r"\s*(?:[、和与及]|and)\s*")


def _first_name_alone(folded: str, form: str, given_names: Counter[str], surnames: Container[str],
                      occurrences: Occurrences) -> str | None:
    """The given name of the transliterated ``form``, when the text (``folded``, in simplified characters, the same
    offsets) also writes it alone, apart from
    other transliteration characters (科比 of 科比·布莱恩特; not 路易斯 of 路易斯安那) and from what
    ends a body's or place's name (not 努军 of 努军委员会, named after 努军·巴蜀莫; nor 乔治城), and no
    one else's name begins (``given_names`` counts them) or ends (``surnames``) with it. A royal
    is called by the given name and title, and is someone else (凯特王妃 beside 凯特·布兰切特)."""
    first = re.split(f"[{NAME_DOTS}]", form)[0]
    if first == form or len(first) < 2 or given_names[first] != 1 or first in surnames:
        return None
    alone = [(s, e) for s, e in occurrences.of(first, outside=form)
             if folded[s - 1:s] not in _APART and folded[e:e + 1] not in _APART
             and not folded.startswith(ORG_AFTER + PLACE_AFTER + ROYAL_TITLES, e)
             and folded[e:e + 1] not in PLACE_ENDINGS]
    return first if alone else None


_APART = TRANSLIT | frozenset(NAME_DOTS)  # what a given name written alone has on neither side


def _named_as_kin(text: str, surname: str, form: str) -> bool:
    """Is ``form`` introduced as a relative of someone called by ``surname`` alone before it
    (博索纳罗的儿子、联邦众议员爱德华多·博索纳罗; 特朗普……他的女儿伊万卡·特朗普), or as a wife (总统克林顿……第一夫人
    希拉里·克林顿)? Then the surname alone is that someone, not ``form``'s."""
    found = re.search(f"(?:{_KIN})[^。！？\n]{{0,20}}?{re.escape(form)}", text)
    return found is not None and 0 <= text.find(surname) < found.start()


def _named_as_young_kin(text: str, form: str) -> bool:
    """Is ``form`` written after a word for a son, daughter or younger relative (他的儿子麦麦提江·吐尔逊)?"""
    return re.search(f"(?:{_YOUNGER_KIN})[^。！？\n]{{0,8}}?{re.escape(form)}", text) is not None


_KIN = "|".join(map(re.escape, (*KINSHIP, "夫人")))
_YOUNGER_KIN = "|".join(("儿子", "女儿", "孙子", "孙女", "侄子", "侄女", "外甥", "女婿", "儿媳"))  # of KINSHIP


def _relatives_after(text: str, end: int, surname: str) -> list[str]:
    """The names of that ``surname`` written after a word of kinship that follows ``end`` in its clause
    (徐老伯[的儿子]徐建国): up to three characters of the clause, the word, then the name within twenty, and those
    listed after it (王老汉的儿子王大军、王二军, 老王的儿子王大军和女儿王小芳)."""
    name = _name_of(surname)
    for at in range(end, min(end + 4, len(text))):  # (none after a surname that ends the text)
        if at > end and text[at - 1] in "，。！？、；,;\n":
            break
        for word in KINSHIP:
            if text.startswith(word, at) and (found := name.match(text, at + len(word), end + 40)):
                names, first = [found.group(1)], found.start(1)
                while listed := next(filter(None, (_also_named(surname).match(text, first + size)
                                                   for size in (2, 3, 4))), None):  # (the name, of two to four)
                    names.append(listed.group(1))
                    first = listed.start(1)
                return names
    return []


@lru_cache(maxsize=512)  # (the same surnames come back article after article)
def _name_of(surname: str) -> re.Pattern[str]:
    return re.compile(f"[^。！？\n]{{0,20}}?({re.escape(surname)}[\u4e00-\u9fff]{{1,3}})")


@lru_cache(maxsize=512)
def _also_named(surname: str) -> re.Pattern[str]:
    """Another of the family listed after one (、王二军, 和女儿王小芳)."""
    kin = "|".join(sorted(KINSHIP, key=len, reverse=True))
    return re.compile(f"(?:、|和|与|及)(?:{kin})?({re.escape(surname)}[\u4e00-\u9fff]{{1,3}})")


def _kin_named_after(text: str, accepted: Iterable[str],
                     places: dict[str, list[tuple[int, int]]]) -> dict[str, set[str]]:
    """For each surname the model found alone, what is written where a relative of that family name
    is named in the same clause after it (徐老伯的儿子|徐建国), or, when the surname is an elder's
    (张大爷), anywhere as a child's (老人只记得儿子叫|张卫东): the surname alone is that
    relative's kin, not him. ``text`` is in simplified characters, and so is what is written (陳阿公……孫女陳怡君:
    陈怡君)."""
    kin: dict[str, set[str]] = defaultdict(set)
    for form in accepted:
        if _surname_alone(form):
            surname = to_simplified(form)
            for _start, end in places[form]:
                kin[form].update(_relatives_after(text, end, surname))
            if any(text.startswith(ELDER_ADDRESS, end) for _start, end in places[form]):
                kin[form].update(re.findall(f"(?:{_YOUNGER_KIN})(?:叫|名叫|是)?({re.escape(surname)}[\u4e00-\u9fff]{{1,3}})",
                                            text))
    return kin


def _spouse(text: str, form: str, mentions: list[tuple[int, int]]) -> bool:
    """Is ``form``, after a spouse's title (周杰伦的妻子昆凌), a name: no word of jieba's dictionary
    but a name (not 妻子[长期病卧]), that begins with a surname, a transliteration character or no
    verb, adjective or function word (丈夫朝克, a Mongolian name; not 丈夫[挣足]了钱, 妻子[忙用]棉被,
    words jieba makes up)?"""
    return len(form) <= 3 and dictionary().tags([form]).get(form, "nr").startswith("nr") \
        and (form[0] in SURNAMES or form[0] in TRANSLIT
             or dictionary().tags([form[0]]).get(form[0], "n")[:1] not in _NOT_BEGINNING_NAMES) \
        and any(text.endswith(_SPOKEN_SPOUSES, 0, start) for start, _end in mentions)


_SPOKEN_SPOUSES = (*_SPOUSES, "老婆", "老公")  # (as spoken: 老婆昆凌)


def _joined_to_one_titled(text: str, end: int, tagged_starts: set[int]) -> bool:
    """Is the name ending at ``end`` joined by 与, 和 or 及 to a name the tagger found, after that one's title (王储威廉与
    王妃凯特出席: two people, each of a title)?"""
    if text[end:end + 1] not in ("与", "和", "及"):
        return False
    title = _A_TITLE.match(text, end + 1)
    return title is not None and title.end() in tagged_starts


_PARENTS = frozenset("父亲 母亲 爸爸 妈妈 爸 妈 养父 养母 继父 继母".split())


def _alone_only(accepted: Iterable[str], places: dict[str, list[tuple[int, int]]],
                where: Callable[[int, int], bool]) -> set[str]:
    """The surnames alone the model found only ``where`` it says (after a word of kinship, before 氏)."""
    return {f for f in accepted if _surname_alone(f) and places[f] and all(where(*place) for place in places[f])}


def _kin_written_before(text: str, places: list[tuple[int, int]]) -> set[str]:
    """The words of kinship written right before the places of a form, past a surname's 老 or 小 (她的老伴老[刘])."""
    return {kin for start, _end in places if (kin := kin_before(text, familiar_start(text, start)))}


def _relatives_only(text: str, accepted: Iterable[str], places: dict[str, list[tuple[int, int]]]) -> set[str]:
    """The surnames alone the model found only after a word of kinship (肖毅的弟弟肖某): a relative's, no one else's;
    but not one whose full name was also written after that word (他的妻子林晓燕……妻子林女士: her, so called)."""
    return {f for f in _alone_only(accepted, places, lambda start, _end: after_kin(text, start))
            if not any(len(g) > len(f) and g.startswith(f)
                       and _kin_written_before(text, places[f]) & _kin_written_before(text, places[g])
                       for g in accepted)}


def _kin_apart(text: str, accepted: Iterable[str], places: dict[str, list[tuple[int, int]]]) -> dict[str, set[str]]:
    """The full names each surname alone the model found is no short form of: those written after words of kinship,
    none of which it is written after, where it is written after one (她的老伴老刘……孙女刘思思: the husband is
    no granddaughter), and, where it only names one a neighbour's or an ordinary person's calling brings in, those
    whose sentence tells of it."""
    apart: dict[str, set[str]] = {}
    for form in accepted:
        if _surname_alone(form) and (own := _kin_written_before(text, places[form])):
            apart[form] = {g for g in accepted if len(g) > len(form) and g.startswith(form)
                           and (theirs := _kin_written_before(text, places[g])) and not own & theirs}
        if _surname_alone(form) and places[form] and set(places[form]) <= strangers_among(text, places[form]):
            # (nor is a neighbour or an ordinary person brought in the one whose sentence tells of him: 村民陈大富说，
            # ……“邻居老[陈]家的房子……”)
            apart.setdefault(form, set()).update(
                g for g in accepted if len(g) > len(form) and g.startswith(form)
                and any(told_by(text, named, start) for start, _end in places[form] for named, _e in places[g]))
    return apart


def _surname_alone(form: str) -> bool:
    """Is ``form`` a surname alone, of one character or a compound one (王, 司马)?"""
    return len(form) == 1 or form in COMPOUND_SURNAMES


def _head_of_a_country(context: Context, start: int) -> bool:
    """Is the name at ``start`` written after a country and the office of its head (美國總統川普, 日本首相X)? No country
    is headed by a word that is no one."""
    titles, chain_start = context.title_chain(start)
    return any(t in _HEADS for t in titles) and context.text.endswith(_COUNTRY_NAMES, 0, chain_start)


_HEADS = ("总统", "总理", "首相", "国王", "女王", "国家主席", "元首")  # the offices that head a country's state or government
_COUNTRY_NAMES = tuple(COUNTRIES)


def _known_place(context: Context, form: str, written: list[tuple[int, int]]) -> bool:
    """Is ``form`` a place or body the corpora name and never as a person (苏黎世, 秦皇岛, 塔利班), written nowhere
    after a title (美国第一任总统华盛顿, 著名教练图雷斯基: a person so named)?"""
    return to_simplified(form) in known_places() and not any(context.titles_before(start) for start, _end in written)


def _begun_by_a_place(folded: str, form: str) -> bool:
    """Is ``form`` three characters whose first two the story writes as a city's, county's or province's name, before
    its level (高雄气爆, jieba's 高雄气, where the story writes 高雄市; 岳阳拟以南湖……)? Of the corpora's 24,234 names of
    three, none begins so but one that ends in the level itself (原正市), and three the tagger found in the held-out
    eighths do."""
    simplified = to_simplified(form)
    return len(simplified) == 3 and simplified[2] not in _LEVELS_AFTER_A_PLACE \
        and any(simplified[:2] + level in folded for level in _LEVELS_AFTER_A_PLACE)


_LEVELS_AFTER_A_PLACE = "市县省"


def _known_person(form: str) -> bool:
    """Does jieba's dictionary know ``form`` as a person's name (郑板桥 nrfg), so that the headline
    alone names him (女儿出嫁，郑板桥画了几笔兰花)?"""
    return dictionary().tags([folded := to_simplified(form)]).get(folded, "").startswith("nr")


def _headline_end(text: str) -> int:
    """Where a headline on the first line ends (0 if the first line is no headline: a sentence,
    a credit in brackets, or the whole text). A name the model (or a title) finds in it alone and
    nowhere in the body is no one the story names (市长热线解民忧: 解 is a surname, 解民忧 a phrase;
    将声请释宪, where the body's 声请释宪 is no name to it; after a title, one the body never writes:
    欧洲领导人齐聚伦敦, where they gather, 日本首相涉台言论, a remark); but a title
    and a name ending the line are a credit (界面新闻记者 | 刘晓诚, 研究所副所长 刘琦), a line of the name alone
    is an author's: 李建国, and one jieba's dictionary knows as a name is that person: 郑板桥); nor is a
    byline, whose names are all credits (解放军报记者 欧阳浩 特约记者 覃文峰, 【記者林志豪／台中報導】)."""
    end = text.find("\n")
    return end if 0 < end <= 40 and not any(c in text[:end] for c in "。！？!?（(") and text[end:].strip() \
        and not is_byline_line(text[:end]) and not _BRACKETED_BYLINE.match(text, 0, end) else 0


# A reporter's credit in square brackets, as Taiwan's papers open a story (【記者林志豪／台中報導】, 【记者X报道】).
_BRACKETED_BYLINE = re.compile(r"\s*[【\[][^】\]]*(?:记者|記者)[^】\]]*[】\]]\s*\Z")


def _relatives_apart(text: str, context: Context, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The mentions of one person's forms, as many people as they name: one, unless one way of calling the surname
    alone is the relative of another way of calling the person, full name or not (王女士的弟弟小王, 老杨的孙子小杨,
    陈建华的儿子小陈), or of someone unnamed beside another way (王先生……父亲王老汉), and then the relative, called
    that way, is another (老杨 and 杨师傅 stay one); and so is a transliteration written after 小 where a word of
    kinship stands before one such (C罗……和儿子小罗纳尔多)."""
    if not spans:
        return []
    juniors = [span for span in spans if _junior(text, *span)]  # (C罗……儿子小罗纳尔多: the son, named after him)
    if juniors and len(juniors) < len(spans) \
            and any(context.text.endswith(KINSHIP, 0, start - 1) for start, _end in juniors):
        return [[span for span in spans if span not in juniors], juniors]
    called = {span: _called(text, *span) for span in spans}
    alone = {span for span in spans if span[1] - span[0] == 1}
    ends = {end: span for span in spans
            for end in ((span[1], span[1] + len(called[span]) - 1) if span in alone else (span[1],))}
    relations = {span: context.relation_before(familiar_start(text, span[0]) if span in alone else span[0])
                 for span in spans}
    for span in sorted(alone):
        relation = relations[span]
        owner = ends.get(relation[1]) if relation else None
        relative = [other for other in spans if called[other] == called[span]]
        others = [other for other in spans if other not in relative]
        if owner is not None and called[owner] != called[span] or relation and relation[0] in KINSHIP and owner is None \
                and len(called[span]) > 1 and others and not any(relations[other] for other in others):
            # (王先生报警称，……的父亲王老汉: the one called so after a kin word, whose not written, is another)
            return [others, relative]
    return [spans]


def _junior(text: str, start: int, end: int) -> bool:
    """Is the transliteration at ``start`` written after 小, as the press names a son after his father (小罗纳尔多)?
    Annotated news marks the name without it (小戈麦尔斯基)."""
    return end - start >= 2 and text[start - 1:start] == "小" and translit_share(text[start:end]) == 1


def _titles_of_the_listed(context: Context, start: int, end: int, begins: Mapping[int, int]) -> list[str]:
    """The title after the 等 that closes the list of names the one at ``start``, ``end`` stands in, each one's, a
    relation too, of whoever they are (王建国、李明华等专家, 汪顺、张雨霏等队友, 王建国等5名专家), and a film's or play's
    credit right after its last name, as a verb of all of them (吴京、易烊千玺、朱一龙主演的电影)."""
    closed = _LIST_CLOSED.match(context.text, list_end(context.text, start, end, begins))
    if closed is None:
        return []
    words = [context.text[closed.end():closed.end() + size] for size in (4, 3, 2)]
    place = next((w for w, tag in dictionary().tags(words).items() if tag.startswith("ns")), "")
    if place and (titles := context.titles_after(closed.end() + len(place))):
        return [place + title for title in titles]  # (past where they are from: 孙兴慜、李刚仁等韩国球星)
    return context.titles_after(closed.end())


_LIST_CLOSED = re.compile("等(?:[0-9０-９一二三四五六七八九十两]{1,3}[名位])?|(?=主演)")


def _traditional_twins(form: str, name: str) -> bool:
    """Are ``form`` and ``name`` two traditional spellings of one simplified name (鐘南山, 鍾南山: 钟南山), whose
    simplified form a reader searching by it needs no more than once?"""
    simplified = to_simplified(name)
    return to_simplified(form) == simplified and form != simplified and name != simplified


def _role_key(role: str) -> str:
    """What makes two roles one, shown once: ``role`` read simplified, a relation written with the literary 之 as with
    的 (杨苡之女 as 杨苡的女儿), and where one is stationed by the country's short name as by its name (驻美大使 as
    驻美国大使)."""
    simplified = to_simplified(role)
    literary = next((word for word in _OF_LITERARY if simplified.endswith(word)), None)
    if literary:
        return simplified[:-2] + "的" + _OF_LITERARY[literary]
    short = _STATIONED_SHORT.search(simplified)
    return simplified[:short.start(1)] + _COUNTRY_OF[short.group(1)] + simplified[short.end(1):] if short else simplified


_OF_LITERARY = {"之子": "儿子", "之女": "女儿", "之妻": "妻子", "之夫": "丈夫", "之父": "父亲", "之母": "母亲"}
# The one-character names the press gives the countries envoys are most often stationed in (驻美, 驻日, 驻英).
_COUNTRY_OF = {"美": "美国", "日": "日本", "英": "英国", "法": "法国", "德": "德国", "俄": "俄罗斯", "韩": "韩国", "朝": "朝鲜",
               "加": "加拿大", "澳": "澳大利亚", "意": "意大利", "印": "印度", "菲": "菲律宾", "越": "越南", "泰": "泰国"}
_STATIONED_SHORT = re.compile("驻([" + "".join(_COUNTRY_OF) + "])(?=大使|总领事|领事|代表|记者|使馆|武官)")


def _kin_as_written(text: str, context: Context, relation: str, start: int, starts: dict[int, tuple[int, int]]) -> str:
    """The relation with its word of kinship as the text writes it, in either script (周杰倫的母親, not 母亲)."""
    kin_end = _kin_end(context, start, starts)
    kin = context.relation_before(kin_end)
    if kin is None or not relation.endswith(kin[0]):
        return relation
    return relation[:-len(kin[0])] + text[kin_end - len(kin[0]):kin_end]


def _kin_end(context: Context, start: int, starts: dict[int, tuple[int, int]]) -> int:
    """Where the word of kinship before a mention at ``start`` ends: right before it, or before the titles it holds,
    set off from it by 、 (许荣茂的弟弟、香港世茂集团副主席许世坛: the brother is the vice-chairman; not where the
    mention is whose another's relation is, 黃仁勳的姐姐、前董事長蔡明忠的夫人: she is his wife), or the place the
    relative is from (苏炳添的教练、美国人兰迪·亨廷顿, 的大学同学、上海姑娘陈思琪), or the relative's age (她的徒弟、26岁的姑娘杨晓梅)."""
    if context.relation_before(start) is not None:
        return start
    if aged := _AGED.search(context.text, max(0, start - _AGED_REACH), start):
        mark = aged.start()
    elif context.titles_before(start) or _citizen_before(context.text, start):
        mark = context.text.rfind("、", max(0, start - _OFFICE_AFTER_KIN), start)
        mark = mark if mark >= 0 and HAN_RUN.fullmatch(context.text, mark + 1, start) else -1
    else:
        return start
    if mark >= 0 and context.relation_before(mark) is not None \
            and not any(begin == start and context.text.startswith("的", end) for end, (begin, _person) in starts.items()):
        return mark
    return start


# An age after 、, and who is of it (、26岁的姑娘, 、今年26岁的): what describes a relative named right after.
_AGED = re.compile(r"、(?:今年|现年|年仅|年近)?[0-9０-９一二三四五六七八九十]{1,3}[岁歲]的?(?:姑娘|小伙|女孩|男孩|女儿|儿子)?\Z")
_AGED_REACH = 12  # characters (、今年26岁的姑娘: ten)


_OFFICE_AFTER_KIN = 16  # (as long as a body and its office may be: 香港世茂集团副主席)


def _citizen_before(text: str, start: int) -> bool:
    """Does one from a place or people, as the press writes one, end right before ``start`` after 、 (、美国人, 、日本籍,
    、英籍, 、上海姑娘, 、哈萨克族老人): a place jieba's dictionary knows or a people and 人, 籍, an old man or a young
    man or woman, or one character and 籍?"""
    mark = text.rfind("、", max(0, start - 7), start)
    from_place = _FROM_PLACE.search(text, mark + 1, start) if mark >= 0 else None
    if from_place is None:
        return False
    place = text[mark + 1:from_place.start()]
    return dictionary().tags([place]).get(place) == "ns" or len(place) == 1 and from_place.group() == "籍" \
        or len(place) >= 2 and place.endswith("族") and HAN_RUN.fullmatch(place) is not None  # (、哈萨克族老人)


_FROM_PLACE = re.compile(r"(?:老人|人|籍|姑娘|小伙|女孩|男孩)\Z")


def _relation(context: Context, start: int, starts: dict[int, tuple[int, int]], person: int,
              names: list[str]) -> str | None:
    """The relation written before a mention at ``start`` (女儿), with whose when another
    person's mention ends before its 的 (周杰伦的妻子, 杨老师的丈夫). ``starts`` maps the end of
    every mention to its start and the number of its person, ``names`` each person's name. None when
    the whose is the person (陈女士的哥哥陈某, read as her)."""
    start = _kin_end(context, familiar_start(context.text, start), starts)
    relation = context.relation_before(start)
    if relation is None:
        return None
    kin, owner_end = relation
    # (whose by the name before a form of address or a title after it: 张三教授的儿子, 杨虎城将军的女儿)
    ends = [owner_end] + [owner_end - len(t) for t in (*_WITHHELD, *_BY_SEX, *ADDRESS_AFTER, *ROLE_TITLES, *_ELDERS)
                          if context.text.endswith(t, 0, owner_end)]
    owner = next((end for end in ends if end in starts), None)
    if owner is None and kin in OWNED_KIN:
        return None  # (叔叔 of no one named: how a child calls any grown-up, 警察叔叔)
    if owner is None and kin in OWNED_CALLINGS and not context.text.startswith("的", owner_end):
        return None  # (总教练高志明: a role, as the title says; but 她的教练X, hers)
    if owner is None and context.text[owner_end - 1:owner_end] in _WITH and kin not in _SENT:
        # (哈里王子和妻子梅根: 哈里的妻子)
        with_end = owner_end - 1  # (not 他和妹妹, where 他 may be any of those named before: 把他和妹妹拉扯大)
        if gloss := _BRACKETS_ENDING.search(context.text, max(0, with_end - 32), with_end):
            with_end = gloss.start()  # (past the name's gloss: 他的太太徐濠萦（Hailey）与女儿陈康堤)
        ends = [with_end] + [with_end - len(t) for t in ROLE_TITLES if context.text.endswith(t, 0, with_end)]
        if (owner := next((end for end in ends if end in starts and starts[end][1] != person), None)) is not None:
            # The same one's relative as the one before: a child after a child or a spouse (老王的儿子王大军和女儿王小芳,
            # 他的妻子吴小英和儿子刘勇), a parent after the other (母亲王秀兰和父亲李德顺), whosever that one is.
            theirs = context.relation_before(starts[owner][0])
            children = kin in CHILDREN and theirs and (theirs[0] in CHILDREN or theirs[0] in _MARRIED)
            parents = kin in _PARENTS and theirs and theirs[0] in _PARENTS
            if children or parents:
                parent = _relation(context, starts[owner][0], starts, starts[owner][1], names)
                if parent and (children or parent.endswith(theirs[0])):
                    return parent[:-len(theirs[0])] + kin
                if parents:
                    return kin
            return _whose(context.text, starts[owner][0], owner, owner, names[starts[owner][1]]) + "的" + kin
        if context.text[with_end - 1:with_end] in ("他", "她") and context.text[with_end - 2:with_end - 1] in _OPENS \
                and (named := _named_before(context.text, with_end - 1, starts, person)) is not None \
                and not _framing(context.text, starts[named][0], with_end):
            # (but 他 or 她 opening its clause is whom the text named last: 孙桂芝说。她和老伴赵德山 is her husband; not
            # one named in what frames the clause, 经周恩来同意后，他携妻子侯御之回国)
            return _whose(context.text, starts[named][0], named, named, names[starts[named][1]]) + "的" + kin
    if owner is None and context.text[owner_end - 1:owner_end] == "、" and owner_end - 1 in starts \
            and starts[owner_end - 1][1] != person and owner_end == start - len(kin):
        # (a relative listed after another of the same one's: 刘占山和儿子刘建国、孙子刘小宇, his grandson too)
        whose, _their_kin = _whose_relative(context, owner_end - 1, starts, names)
        if whose:
            return whose + kin
    if owner is None and owner_end == start - len(kin) and (kin in KINSHIP or kin in _SPOUSES) \
            and context.text[owner_end - 1:owner_end] in ("，", "；") \
            and (series := _relative_before(context, owner_end, starts, person, names)):
        return series + kin  # (他的父亲梁宝山生前也是保护员，儿子梁志远……: his son too, one relative of his after another)
    pronoun_at = owner_end - 1 if context.text[owner_end - 1:owner_end] in ("他", "她") \
        else owner_end - 2 if context.text[owner_end - 2:owner_end] in ("他们", "她们") else None  # (theirs: each one's)
    if pronoun_at is None and owner is None and context.text.startswith("的", owner_end) \
            and (described := _HIS_DESCRIBED.search(context.text, max(0, owner_end - 8), owner_end)) \
            and _describing(context, owner_end):
        pronoun_at = described.start()  # (石田小十郎和他81岁的哥哥石田东四郎: his, past what describes the brother)
    pronoun = pronoun_at is not None
    if owner is None and (pronoun or _its(context, kin, owner_end)) and owner_end < start:
        # (韩志忠说……他的儿子韩建军: his; 李某某受贿……其妻王某: 李某某之妻, as the text says it; 其母亲李女士)
        named = _named_before(context.text, pronoun_at if pronoun else owner_end, starts, person)
        while named is not None and not pronoun and (kin_of := context.relation_before(starts[named][0])) \
                and _its(context, *kin_of):  # (其妻王某、其子李某: both his, not her son)
            named = _named_before(context.text, starts[named][0], starts, person)
        if named is not None and pronoun and context.text.startswith("们", pronoun_at + 1) \
                and _never_with_another(context.text, starts[named][1], pronoun_at, starts):
            named = None  # (两人的教练陈刚透露……。她们的父亲李国庆: the sisters', not the coach's)
        if named is not None:
            whose = _whose(context.text, starts[named][0], named, _written_end(context.text, starts[named][0], named),
                           names[starts[named][1]])
            return whose + "之" + kin[1:] if kin.startswith("其") else whose + "的" + kin
    mine = context.text[owner_end - 1:owner_end] == "我"
    if owner is None and (mine or owner_end == start - len(kin) and (kin in KINSHIP or kin in _SPOUSES)
                          and context.text[owner_end - 1:owner_end] not in _FIRST_OR_SECOND | {"他", "她"}) \
            and (speaker := _speaker(context.text, owner_end - (1 if mine else 0), starts, person)) is not None:
        # (“我父亲是矿工，”李福林说: his, and a bare word of kinship in his words too; 王力宏：……我哥哥王力德、弟弟王力冠,
        # the one an interview's answer is labelled with)
        return _whose(context.text, starts[speaker][0], speaker, speaker, names[starts[speaker][1]]) + "的" + kin
    if owner is None and kin[0] in "之其":
        return None  # (总统之子, 其子: whose, not who; alone it says nothing)
    if owner is None and (kin in KINSHIP or kin in _SPOUSES or kin in _FELLOWS) \
            and (not context.text.startswith("的", owner_end) or _describing(context, owner_end)) \
            and (subject := _owner_in_sentence(context.text, owner_end, starts, person)) is not None \
            and (context.relation_before(familiar_start(context.text, starts[subject][0])) is None
                 or speaks(context.text[subject:owner_end])
                 or context.text[subject:subject + 1] not in _LISTED_AFTER
                 and HAN_RUN.fullmatch(context.text, subject, owner_end) is not None):
        # (赵德明回到老家，接过了父亲赵有田留下的诊所: his father; not of one named as a relative too, a sibling:
        # 儿子茂林、小女儿凤荣, both 姜天云's, unless that one speaks of the other: 王建国的哥哥王建军说，父亲王德福, or
        # acts on the other in the same clause: 陈德厚的孙子陈志刚将妹妹陈志芳诉至法院)
        written = _written_end(context.text, starts[subject][0], subject)
        return _whose(context.text, starts[subject][0], subject, written, names[starts[subject][1]]) + "的" + kin
    if owner is None and owner_end == start - len(kin) and (kin in KINSHIP or kin in _SPOUSES) \
            and context.text[owner_end - 1:owner_end] in _OPENS \
            and (main := _most_named_before(owner_end, starts, person)) is not None \
            and not _others_near(context, owner_end, starts, {person, starts[main][1]}) \
            and not any(who == person and end < owner_end for end, (_start, who) in starts.items()):
        # (a bare word of kinship opening its clause, whose no sentence tells: of whom the story has told most so far,
        # 七旬老人刘德顺……“……”刘德顺说。……\n出发前，儿子刘建军极力反对: his son; not where the sentence before names
        # another, but as a relative, 赵秀兰说。女儿李红在外地工作: hers, whom it does not tell; nor for one named before,
        # as :func:`_owner_in_sentence` reads the sentence before)
        return _whose(context.text, starts[main][0], main, main, names[starts[main][1]]) + "的" + kin
    if owner is None:  # (患者的儿子李浩, 死者的女儿: whose, by the calling the text gives one it does not name, or by
        # the word for who that one is, 老人的儿子张先生, 女孩的母亲李女士)
        holder = (context.titles_before(owner_end)
                  or [who for who in _UNNAMED_OWNERS if context.text.endswith(who, 0, owner_end)][:1]) \
            if context.text.startswith("的", owner_end) else []
        return f"{holder[0]}的{kin}" if holder else kin
    owner_start, owner_person = starts[owner]
    return _whose(context.text, owner_start, owner, owner_end, names[owner_person]) + context.text[owner_end:start] \
        if owner_person != person else None


# Who one is whose relative the text names, when it names no one (老人的儿子, 女孩的母亲): the ordinary people news tells
# of, and people by age and sex, as the press tells those it does not name.
_UNNAMED_OWNERS = (*ORDINARY_PEOPLE, "男子", "女子", "男孩", "女孩", "男童", "女童", "少年", "少女", "老汉", "老太", "老妇",
                   "婴儿", "孩子")


def _relative_before(context: Context, at: int, starts: dict[int, tuple[int, int]], person: int,
                     names: list[str]) -> str:
    """Whose relative (as far as its 的: 梁进的) the last one named before ``at`` in its sentence is, when named after
    a word of kinship and a 他, 她 or someone's name with its 的 (他的父亲梁宝山); else '', also where that one speaks
    (王建国的哥哥王建军说，父亲王德福: the speaker's father, as :func:`_owner_in_sentence` reads it)."""
    before = [end for end in starts if end < at and starts[end][1] != person
              and not _SENTENCE_END.search(context.text, end, at)]
    if not before or context.speech_after(max(before)):
        return ""
    whose, their_kin = _whose_relative(context, max(before), starts, names)
    return whose if their_kin in KINSHIP else ""


def _whose_relative(context: Context, end: int, starts: dict[int, tuple[int, int]], names: list[str]) -> tuple[str, str]:
    """Whose relative the one named up to ``end`` is, as far as its 的 (梁进的 of 他的父亲梁宝山), and the word of that
    relation; else two empty strings."""
    listed_start, listed_person = starts[end]
    their_kin = context.relation_before(_kin_end(context, familiar_start(context.text, listed_start), starts))
    theirs = _relation(context, listed_start, starts, listed_person, names) if their_kin else None
    if not (theirs and their_kin and theirs.endswith("的" + their_kin[0])):
        return "", ""
    return theirs[:-len(their_kin[0])], their_kin[0]


_SENTENCE_END = re.compile("[。！？\n]")


def _others_near(context: Context, at: int, starts: dict[int, tuple[int, int]], people: set[int]) -> bool:
    """Does the sentence ``at`` is in, up to it, or the one before, name anyone but ``people``, other than as someone's
    relative?"""
    text = context.text
    opening = sentence_start(text, at)  # its own sentence's start
    opening = sentence_start(text, opening - 1) if opening > 0 else 0  # the one before
    return any(opening <= begin and end <= at and who not in people
               and context.relation_before(familiar_start(text, begin)) is None
               for end, (begin, who) in starts.items())


def _most_named_before(at: int, starts: dict[int, tuple[int, int]], person: int) -> int | None:
    """Where the last mention before ``at`` ends of the one person named there more often than anyone else, twice or
    more, who is not ``person``; None when two are named as often."""
    counts = Counter(who for end, (_start, who) in starts.items() if end <= at and who != person)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
        return None
    return max(end for end, (_start, who) in starts.items() if end <= at and who == ranked[0][0])


_HIS_DESCRIBED = re.compile(r"[他她][^，。；！？、\n他她]{1,6}\Z")  # 他 or 她 and what describes one's relative, up to 的


def _describing(context: Context, de: int) -> bool:
    """Does the word before the 的 at ``de`` describe the relative after it, a verb, an adjective, a count of time or an
    idiom, as jieba's dictionary tags it (失散55年的弟弟, 可爱的女儿, 刚出生的女儿, 相依为命的母亲), not name whose it is
    (邻居家的儿子, 患者的儿子)?"""
    import jieba

    words = list(jieba.cut(context.text[max(0, de - 8):de]))
    word = words[-1] if words else ""
    return dictionary().tags([word]).get(word, "")[:1] in ("v", "a", "m", "q", "i", "l") and not context.titles_before(de)


def _whose(text: str, start: int, end: int, written_end: int, name: str) -> str:
    """The one whose relative someone is, by the mention at ``start``: by the name the person is known by where
    the text calls them by a part of it there (老方的女儿, 林师傅的儿子, 吐尔逊的儿子: 方秀珍的女儿, 林永福的儿子,
    吐尔逊·肉孜的儿子, as the panel lists them), else as written up to ``written_end`` (周杰伦, 杨老师, 王女士 of one
    named no more)."""
    return name if text[start:end] != name and not _surname_alone(name) \
        else text[familiar_start(text, start):written_end]


def _addressed(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a surname and a form of address ([侯]老, [许]董, [郭]师傅, [冯]姨)?"""
    return to_simplified(text[start]) in SURNAMES and (end - start == 2 and text[start + 1] in ADDRESS_SHORT | AUNTS
                                                       or to_simplified(text[start + 1:end]) in ADDRESS_AFTER)


def _framing(text: str, start: int, at: int) -> bool:
    """Does the name at ``start`` stand in a clause of the sentence that holds ``at`` which frames what follows,
    opened by a preposition of whose leave, word or help it was (经周恩来同意后, 据王明介绍, 在李华的帮助下)?"""
    sentence = sentence_start(text, start)
    return not any(c in "。！？\n" for c in text[start:at]) and text[sentence:start].lstrip().startswith(_FRAMES)


_FRAMES = ("经", "据", "在", "应", "受", "根据", "按照")  # prepositions that open a frame (经X同意, 应X邀请, 受X委托)
_ELDERS = ("老人", "老汉", "老太", "老先生")  # one's age after the name, before whose (阿依先木老人的孙子)
_MEMBERS = ("成员", "会员")  # who belongs to something: a title that says someone, but no role (王室成员哈里王子: 王子)
_WITH = ("和", "与", "偕", "携")  # one with one's relative: 哈里王子和妻子梅根, 习近平偕夫人彭丽媛
_BRACKETS_ENDING = re.compile(r"[（(][^（()）\n]{1,30}[）)]\Z")  # what a name's brackets hold right after it: its gloss
_SENT = ("特使",)  # one goes with one's wife or partner, but not with one's own envoy (国务卿鲁比奥和特使威特科夫: the president's)
_OPENS = ("", "。", "，", "；", "！", "？", "\n", "”")  # where a clause opens (and the text itself)
_PRONOUN_OPENING = re.compile(f"[{''.join(_OPENS)}]([他她])")  # 他 or 她 opening a clause
_PRONOUNS_BACK = 3  # sentences whose subject is the same pronoun, read back through to the name


def _its(context: Context, kin: str, owner_end: int) -> bool:
    """Is the word of kinship ending at ``owner_end`` one's own by 其, 'his' or 'her', of the literary form (其妻) or
    before the word as spoken (其母亲; not the 其 of a word of jieba's, 尤其妻子)?"""
    return kin.startswith("其") or context.text[owner_end - 1:owner_end] == "其" \
        and not dictionary().tags([context.text[owner_end - 2:owner_end]])


def _named_before(text: str, at: int, starts: dict[int, tuple[int, int]], person: int, depth: int = 0) -> int | None:
    """The end of the last mention of another person before ``at``, within ``PRONOUN_REACH`` characters of the same
    paragraph, or of the one before when ``at`` opens its paragraph (……杨秀英从县师范学校毕业。, then 她的丈夫吴德明),
    also past words that name no one in its first sentence (……王建国考上了吉林大学。, then 30年后，他的儿子王磊):
    whom a 他 or 她 there stands for. ``depth``: how many such pronouns back this one is read through."""
    paragraph = text.rfind("\n", 0, at) + 1
    if not text[paragraph:at].strip() or not any(c in text[paragraph:at] for c in "。！？") \
            and not any(paragraph <= end <= at for end in starts):  # (the one before, past the blank line between)
        back = paragraph - 1
        while back > 0 and text[back - 1].isspace():
            back -= 1
        paragraph = text.rfind("\n", 0, back) + 1
    named = max((end for end, (_start, other) in starts.items()
                 if max(paragraph, at - PRONOUN_REACH) <= end <= at and other != person), default=None)
    if named is None:
        return None
    if text[at - 1:at] in _OPENS and text[at:at + 1] in ("他", "她", "其"):
        # A 他, 她 or 其 opening its clause is the subject's, of the sentence that named someone last, who comes first
        # in it (李金斗1941年生于北京，……师从相声名家王长友、赵振铎。上世纪八十年代，他与搭档陈永泉: 李金斗; 李文华
        # ……曾与马季、姜昆合作。其子李涌: 李文华's)
        sentence = max(sentence_start(text, starts[named][0]), paragraph)
        if (helped := HELPED_BY.match(text, sentence)) and helped.end() <= starts[named][0]:
            sentence = helped.end()  # (not one named in what set the deed: 在书记次仁多吉的支持下，格桑卓玛……。她的父亲)
        named = min((start, end) for end, (start, other) in starts.items()
                    if sentence <= start and end <= named and other != person)[1]
        same = next((m.start() + 1 for m in _PRONOUN_OPENING.finditer(text, max(sentence - 1, 0), starts[named][0])
                     if m.group(1) == text[at]), None)
        if same is not None and depth < _PRONOUNS_BACK:
            # (where that sentence's subject is the same pronoun, before whom it names, whom that one stands for:
            # 李政道……师从费米。1956年，他与杨振宁合作……。他的儿子李中清, 李政道's)
            return _named_before(text, same, starts, person, depth + 1)
        named = _spoken_of(text, named, starts, person)
        relative = _whose_one(text, named, starts, person)
        kin = text[named + 1:starts[relative][0]] if relative != named else ""
        if text[at] != "其" and kin in (MALE_KIN if text[at] == "他" else FEMALE_KIN):
            named = relative  # (the relative the subject is, where the pronoun is of the relative's sex: 杨小宇的爷爷杨国庆
            # ……他的儿子, 杨国庆's; but 黄德明的老伴叶素华去年去世……他的侄子, 黄德明's)
    return _past_companions(text, named, starts, person)


def _never_with_another(text: str, person: int, at: int, starts: dict[int, tuple[int, int]]) -> bool:
    """Does no sentence within ``PRONOUN_REACH`` before ``at`` name ``person`` with someone else, by name or as 他 or
    她, one of a pair or more a 他们 or 她们 there may stand for (马占林和老伴丁秀珍……他们的女儿, 她的丈夫刘长河……他们的
    女儿: theirs; not 教练陈刚透露……她们的父亲)?"""
    sentences: dict[int, set[int]] = {}
    for end, (start, other) in starts.items():
        if at - PRONOUN_REACH <= start and end <= at:
            sentences.setdefault(max(text.rfind(c, 0, start) for c in "。！？\n"), set()).add(other)
    return not any(person in named and (len(named) > 1 or _ANOTHER_AS_A_PRONOUN.search(_sentence_at(text, opening + 1)))
                   for opening, named in sentences.items())


_ANOTHER_AS_A_PRONOUN = re.compile("[他她](?!们)")


def _sentence_at(text: str, start: int) -> str:
    """The sentence that begins at ``start``, up to its closing mark."""
    close = min((at for c in "。！？\n" if (at := text.find(c, start)) >= 0), default=len(text))
    return text[start:close]


def _whose_one(text: str, end: int, starts: dict[int, tuple[int, int]], person: int) -> int:
    """The end of the mention of the relative or aide the mention ending at ``end`` names right after it, the
    sentence's subject (杨小宇的爷爷杨国庆今年65岁), else ``end``."""
    if (whose := _OWNS.match(text, end)) is None:
        return end
    return next((other_end for other_end, (start, other) in starts.items()
                 if end + 2 <= start <= whose.end() and other != person), end)


def _spoken_of(text: str, end: int, starts: dict[int, tuple[int, int]], person: int) -> int:
    """The end of the first mention of whom the words of the speaker ending at ``end`` are about, named right after
    the verb of speaking, where the story names that one more often (县邮政局局长李德华说，王顺友从没丢过一封信。
    如今，他的儿子: 王顺友's, whom the story is of, not the official's who spoke of him), else ``end``."""
    spoken = SPOKEN.match(text, end)
    of = next((other_end for other_end, (start, _other) in starts.items() if start == spoken.end()), None) \
        if spoken else None
    if of is None or starts[of][1] == person:
        return end
    told = Counter(other for _start, other in starts.values())
    return of if told[starts[of][1]] > told[starts[end][1]] else end


_OWNS = re.compile(r"的[^\W\d的和与及、]{1,6}")  # (的 and one's kin or office before a name: 的爷爷, 的董事长)


def _past_companions(text: str, end: int, starts: dict[int, tuple[int, int]], person: int) -> int:
    """The end of the mention whose companions the one ending at ``end`` is listed among, right after 与, 同 or 跟
    (杨苡与巴金、沈从文、萧乾等作家交往密切，她的丈夫赵瑞蕻: 杨苡's, the clause's subject, not the last named), else ``end``."""
    start = starts[end][0]
    while text[start - 1:start] in ("、", "和") and start - 1 in starts:  # (back over the list's items)
        start = starts[start - 1][0]
    subject = start - 1
    return subject if text[subject:start] in _COMPANIONS and subject in starts and starts[subject][1] != person \
        else end


# The prefixes that make a title another office than the bare one, all but acting for it (代理市长 is the 市长 the
# text goes on to call him).
_OTHER_OFFICE = tuple(p for p in TITLE_PREFIXES if p not in ACTING_PREFIXES)
_LISTED_AFTER = frozenset("、和与及")  # what joins the next of a list after a name: 儿子茂林、小女儿凤荣
_COMPANIONS = ("与", "同", "跟")  # with whom one does a thing: 杨苡与巴金交往密切


def _speaker(text: str, at: int, starts: dict[int, tuple[int, int]], person: int) -> int | None:
    """The end of the mention of whoever says the 我 at ``at``: the name an interview's answer is labelled with at the
    start of its paragraph (王力宏：), or the one said to speak right after the quotation it stands in (“……”李福林说) or
    right before it (李福林说：“……); None when the text does not tell, or it is the relative."""
    paragraph = text.rfind("\n", 0, at) + 1
    label = next((end for end, (start, _other) in starts.items() if start == paragraph), None)
    if label is not None and text[label:label + 1] in ("：", ":"):
        found = label
    else:
        opening = text.rfind("“", paragraph, at)
        closing = text.find("”", at)
        if opening < 0 or text.rfind("”", opening, at) >= 0 or closing < 0 or "\n" in text[at:closing]:
            return None
        after = closing + 1 + (text[closing + 1:closing + 2] in ("，", ","))
        found = next((end for end, (start, _other) in starts.items() if start == after and speaks(text[end:end + 12])),
                     None)
        if found is None:  # (李福林说：“: a verb of speaking and its colon between)
            found = next((end for end in starts
                          if 0 < opening - end <= 8 and text[opening - 1] in "：:，," and speaks(text[end:opening])),
                         None)
    return found if found is not None and starts[found][1] != person else None


def _owner_in_sentence(text: str, at: int, starts: dict[int, tuple[int, int]], person: int) -> int | None:
    """The end of the mention of the one other person the sentence names before a bare word of kinship at ``at``,
    whose relative the word says (not in a quotation, where the one speaking may be another: “父亲王某……”; nor after
    我 or 你; nor one a source, 据李医生介绍，母亲王某: the patient's), or whom its one 他 or 她 stands for where it
    names no one before the word (王建华每天绕城墙走一圈。这是他从爷爷王守义那里继承下来的习惯: 王建华), or, naming no one
    and with none, whom the 他 or 她 that opens the sentence before stands for (他和老伴育有三子一女。小儿子李建军介绍)."""
    sentence = max(text.rfind(c, 0, at) for c in "。！？\n】") + 1  # (not a byline's reporter: 【記者林志成／台中報導】)
    if text[at - 1:at] in _FIRST_OR_SECOND or text.count("“", sentence, at) > text.count("”", sentence, at) \
            or text.count("「", sentence, at) > text.count("」", sentence, at):
        return None
    before = {end: other for end, (start, other) in starts.items()  # (not whose relative it names: 王建国的哥哥王建军说)
              if sentence <= start and end <= at and other != person and _whose_one(text, end, starts, person) == end}
    pronouns = [i for i, c in enumerate(text[sentence:at], sentence) if c in "他她" and text[i - 1:i] != "其"]
    if not before and len(pronouns) == 1:
        return _named_before(text, sentence, starts, person)
    if not before and not pronouns and sentence and text[sentence - 1] in "。！？":
        previous = sentence_start(text, sentence - 1)
        if text[previous:previous + 1] in ("他", "她"):  # (……。他和老伴育有三子一女。小儿子李建军介绍: his)
            return _named_before(text, previous, starts, person)
        there = [end for end, (start, other) in starts.items() if previous <= start and end < sentence and other != person]
        if len({starts[end][1] for end in there}) == 1 and not any(c in "他她" for c in text[previous:sentence]) \
                and text.count("“", previous, sentence) == text.count("”", previous, sentence) \
                and not any(text.startswith("的", end) or speaks(text[end:end + 12]) for end in there) \
                and not any(other == person and end <= sentence for end, (_start, other) in starts.items()):
            # (or the one other person the sentence before names, with no 他 or 她 in it, as its subject: 从卫校毕业的
            # 王桂芳回到村里。丈夫张德福在镇上上班, her husband; not whose home it names, 回到黄志刚的老家。婆婆韦秀梅, nor
            # one who speaks of others, 陈建国说，父母一辈子没红过脸。孙子陈浩; nor of one the story named before, whom
            # the word tells apart from others, 陈思远和妹妹陈思琪……陈国强被确诊。哥哥陈思远: the elder of the two)
            return max(there)
    if len(set(before.values())) != 1 or any(text.endswith("据", 0, starts[end][0]) for end in before):
        return None
    named = max(before)
    opens = not text[sentence:starts[named][0]].strip()  # (the name opens the sentence: its subject)
    if any(c in "他她" and not (named < i <= named + 8 and text[i - 1] in "，,：:"
                                and text[named:i - 1].endswith(SPEECH_VERBS))
           and not (opens and text[i - 1] in "，,")
           for i, c in enumerate(text[sentence:at], sentence)):
        return None  # (nor when the sentence has a 他 or 她: 经周恩来同意后，他携妻子侯御之, another's; but the one
        # who speaks, after what he says: 刘建军笑着说，他打算……给儿子刘洋买套房; and the one whose name opens the
        # sentence, where the pronoun opens a later clause: 王曼昱夺得冠军，她……险胜队友陈幸同)
    return named


_FIRST_OR_SECOND = frozenset("我你您咱俺们")  # whose a bare word of kinship is after these: the speaker's, the listener's


def _later_clause_of(text: str, start: int, end: int, begins: Mapping[int, int]) -> int | None:
    """Where a later clause of the sentence a name opens begins with 是, saying what that one is, when no one else is
    named before it (黄永玉1924年出生于湖南常德，是作家沈从文的表侄。); else None."""
    sentence = sentence_start(text, start)
    if text[sentence:start].strip():
        return None
    stop = min((at for at in (text.find(c, end) for c in "。！？\n") if at >= 0), default=len(text))
    clause = next((at + 1 for at in range(end, stop) if text[at] in "，," and text.startswith("是", at + 1)), None)
    if clause is None or any(end < other < clause for other in begins) or text.endswith(SPEECH_VERBS, 0, clause - 1):
        return None  # (not what one said: 王明说，是他的父亲。)
    return clause


def _relation_stated(context: Context, end: int, starts: dict[int, tuple[int, int]], person: int,
                     names: list[str]) -> str | None:
    """The relation said of a mention ending at ``end`` to another person named before the 的 (马克是村民杨小英的丈夫:
    杨小英的丈夫); None when no other person is named there (他是她的丈夫)."""
    stated = context.relation_stated(end)
    if stated is None or stated[0] not in starts or starts[stated[0]][1] == person:
        return None
    owner_start, owner_person = starts[stated[0]]
    joiner = "" if stated[1].startswith("之") else "的"  # (李某之夫, as written, its 某 too)
    withheld = context.text[stated[0]:stated[0] + 2]
    written_end = stated[0] + len(withheld) - len(withheld.lstrip("某"))
    return _whose(context.text, owner_start, stated[0], written_end, names[owner_person]) + joiner + stated[1]


def _name_by_title(text: str, folded: str, people: list[Person]) -> None:
    """A person the article names only by surname and title (付小姐, 王老师), as 老王 or 小王, or
    with the name withheld (张某某, 李某, 刘某军) is shown so, not as a lone surname; the surname stays a
    form, and the mentions stay on it. (The title read in ``folded``, the text in simplified characters, shown as
    written: 張大爺.)"""
    for person in people:
        if not _surname_alone(person.name):  # (王, 司马)
            continue
        # 小花奶奶 is 小花's grandmother: after 老X or 小X, a title names someone else.
        familiar = Counter(text[start - 1] for start, _end in person.mentions if text[start - 1:start] in ("老", "小"))
        titles = Counter(title for start, end in person.mentions if text[start - 1:start] not in ("老", "小")
                         and (title := _withheld(text, end) or _surnamed(text, end)
                              or next((text[end:end + len(t)] for t in ADDRESS_AFTER + TITLES
                                       if folded.startswith(t, end)), None)
                              or _short_form(text, end) or _sexed(text, end)))
        # (and a mention that is the surname and a title already: 老板姓郭……郭师傅)
        titles.update(rest for start, end in person.mentions
                      if end - start > len(person.name)
                      and to_simplified(rest := text[start + len(person.name):end]) in (*ADDRESS_AFTER, *TITLES))
        told_after = Counter(who for _start, end in person.mentions if (who := _surnamed_after(text, end)))
        if titles or familiar or told_after:
            person.aliases = [person.name, *person.aliases]
            if familiar:
                person.name = familiar.most_common(1)[0][0] + person.name
            elif told_after:  # (姓黃男子, as Hong Kong first tells one, though 黃男 is written more often after)
                person.name = "姓" + person.name + told_after.most_common(1)[0][0]
            else:  # (黃姓男子 as first told, though 黃男 is written more often after)
                told = [title for title in titles if title.startswith("姓")]
                person.name += max(told, key=titles.__getitem__) if told else titles.most_common(1)[0][0]
            person.aliases = [alias for alias in person.aliases if alias != person.name]


def _surnamed_after(text: str, end: int) -> str:
    """Who the surname ending at ``end`` tells, after 姓 and before who, as Hong Kong's press writes it, also with an
    age in brackets between (姓[陳]工人, 姓[李]（45歲）男子; not 老人姓[蒋]，, told before a name is given), as written,
    else ''."""
    if text[end - 2:end - 1] != "姓":
        return ""
    aged = _AGE_IN_BRACKETS.match(text, end)
    after = aged.end() if aged else end
    if text[after:after + 1] == "的":  # (姓黃的男子, 姓陳的居民; not 姓孟[的客]服人员: whose 客服 is no calling)
        who = _WHO_AFTER_OF.match(to_simplified(text[after:after + 4]))
        return text[after:after + who.end()] if who else ""
    match = _SURNAMED.match("姓" + to_simplified(text[after:after + 4]))
    return text[after:after + match.end() - 1] if match else ""


_AGE_IN_BRACKETS = re.compile(r"[（(][0-9０-９]{1,3}[歲岁][）)]")
# (分别姓李及姓黃[的男子], 一名姓陳[的居民]代表: a man or woman, or one of the ordinary people news tells of)
_WHO_AFTER_OF = re.compile("的(?:男子|女子|男童|女童|少年|少女|妇人|妇女|" + "|".join(ORDINARY_PEOPLE) + ")")


def _surnamed(text: str, end: int) -> str:
    """The words after a surname that tell someone by it alone (林[姓男子], 陳[姓嫌犯]), as written, else ''."""
    match = _SURNAMED.match(to_simplified(text[end:end + 5]))
    return text[end:end + match.end()] if match else ""


_SURNAMED = re.compile(f"姓(?:{TOLD_BY_SURNAME})")  # someone told by surname alone: 姓 and who


def _sexed(text: str, end: int) -> str:
    """The short form after a surname by which Taiwan's press goes on to tell someone it does not name (黃[男]已深感
    悔悟), as written, else '' (not a word of jieba's: 陳[女士], 王[男子])."""
    after = to_simplified(text[end:end + 2])
    return text[end] if after[:1] in SEXED and not dictionary().tags([after]) else ""


def _called(text: str, start: int, end: int) -> str:
    """How a mention is written: a full name as it is, a surname alone with 老 or 小 before it
    or a withheld name or form of address after it (王某, 王大爷, 老王)."""
    if end - start > 1:
        return text[start:end]
    familiar = text[start - 1:start] if text[start - 1:start] in ("老", "小") else ""
    address = text[end:end + len(address_after(to_simplified(text[end:end + 4]), 0))]  # (read simplified: 王師傅)
    return familiar + text[start:end] + (_withheld(text, end) or address)


_COMPANY_AFTER = ("公司", "集团", "股份", "品牌", "股价", "股票", "目标价", "门店")  # a company named after someone (not 旗下:
# 孙正义旗下的软银 is what he owns)
_WITHHELD = ("某某", "某")  # how the press writes a name it withholds: 张某某, 李某
_BY_SEX = ("男", "女")  # and how Taiwan's writes one so told again: 陳姓男子……陳男, 林女


def _unnamed_way(text: str, end: int) -> str:
    """How the surname ending at ``end`` names someone whose name the article does not give: withheld (王某), or by
    surname and who (張[姓老翁], 張[翁], 姓[陳]工人), else ''."""
    return _withheld(text, end) or ("姓" if _surnamed(text, end) or _sexed(text, end) or _surnamed_after(text, end)
                                    else "")


def _surname_told(text: str, start: int, end: int) -> bool:
    """Is the mention a surname the text tells after 姓 (他姓梁，), no way of calling anyone but the one it tells of
    (梁姓男子, 梁先生)?"""
    return end - start == 1 and text[start - 1:start] == "姓" and not _unnamed_way(text, end)


def _written_end(text: str, start: int, end: int) -> int:
    """Where a mention from ``start`` to ``end`` ends as written: with how its name is withheld (李某某), and a
    surname alone with the form of address after it (王大爷……瞒着儿子王某, 刘大爷……他的老伴: 刘大爷's)."""
    address = next((t for t in ADDRESS_AFTER if text.startswith(t, end)), "") if end - start == 1 else ""
    return end + len(_withheld(text, end) or address)


def _withheld(text: str, end: int) -> str:
    """How the name of the surname ending at ``end`` is withheld: 某某, 某, or 某 and the last
    character of the given name, as court and police news write a suspect (刘某军, twice or more, or once where a
    stop follows or a word of kinship stands before and the character is no verb, 长子李某军、次子李某华诉至法院:
    not 王某[因], a word after 某; nor 王某[驾驶], one after it; nor 其子李某[系]), else ''."""
    if not text.startswith("某", end):
        return ""
    if text.startswith("某某", end):
        return "某某"
    last = text[end + 1:end + 2]
    if last in _STEMS:
        return "某" + last  # (陈某甲诉称……陈某乙、陈某丙则认为: parties of one surname told apart)
    tag = dictionary().tags([last]).get(last, "")
    once = text[end + 2:end + 3] in _STOPS_AFTER or after_kin(text, end - 1) and tag[:1] != "v"
    if HAN.match(last) and last not in GLUED_AFTER and last not in NEVER_NAME_FINAL \
            and (once or times_written(text, text[end - 1:end + 2]) >= 2) and not dictionary().tags([text[end + 1:end + 3]]) \
            and not tag.startswith(("p", "c", "d", "u", "r")):
        return "某" + last
    return "某"


_STOPS_AFTER = frozenset("、，。；：！？）)")  # (where a clause or an item ends, no word after 某 runs on)
_STEMS = frozenset("甲乙丙丁戊")  # the first heavenly stems, by which court news tells parties of one surname apart


def _model_person(context: Context, written: list[tuple[int, int]]) -> bool:
    """Is a name the model found a person of this article? Not when, of all the places it is
    written, more read as a company or brand (推特公司, 特斯拉股价, 推特CEO) than as a person (a
    title or a speech verb by it), at least ``ORGANISATION_EVIDENCE`` of them, unless as many
    read as a person too, or one is written after a title (创始人李宁 beside 李宁公司 and 李宁股价: a
    founder and the company named after him).
    Nor is a transliteration that every place (or two, of three characters or more, also one of a character
    the table lacks: 城市牟斯特……来到牟斯特) writes as a place, a
    club or a body and none as a person (代表勒沃库森出战, 离开罗安达……在罗安达: jieba's dictionary calls
    many cities and clubs people; not 在尤杯决赛中……在尤伯杯赛上, a cup named after someone), nor a name
    one place writes as a side playing at home or away and none as a person (阿森纳坐镇主场迎战…)."""
    as_organisation = as_person = as_place = as_team = in_memory = titled = 0
    for start, end in written:
        as_team += context.playing_at_home_or_away(start, end)
        if context.org_around(start, end) and _in_memory(context.text, start, end):
            in_memory += 1
        elif context.org_around(start, end) and not _named_university(context.text, start, end):
            as_organisation += 1
            as_place += context.place_or_team(start, end)  # (城市X: a city's place reads as a body's too)
        elif context.text.endswith(STATIONED, 0, start):
            as_place += 1  # (驻亚松森大使馆: where one is stationed, whatever title follows)
        elif context.titles_before(start) or context.titles_after(end) or context.speech_after(end):
            as_person += 1
            titled += bool(context.titles_before(start))
        elif context.place_or_team(start, end) or place_after(context.text, start, end):
            as_place += 1  # (克利夫兰是位于…, 克利夫兰交响乐团: a city, and an orchestra named after it)
    if not as_person:  # (宋庆龄基金会 thrice and she nowhere else: a body's name, as MSRA's news reads it, 0 of 12
        as_organisation += in_memory  # such names marked; but 周光召基金 beside 院士周光召 is his)
    form = context.text[slice(*written[0])] if written else ""
    placed = as_place + as_organisation >= len(written) or as_place >= 2 and len(form) >= 3
    foreign = translit_share(form) == 1 or as_place >= 2 and translit_share(form) >= 0.6
    if written and as_place and not as_person and placed and foreign or as_team and not as_person:
        return False
    if len(form) >= 3 and translit_share(form) == 1 and people_or_team(form) \
            and not any(context.titles_before(start) for start, _end in written):
        return False  # (乌克兰表示, 阿森纳称, 莫斯科表示: a country, a club, a city; but 总统X is someone)
    return as_person >= ORGANISATION_EVIDENCE or titled or not (
        as_organisation >= ORGANISATION_EVIDENCE and as_organisation > as_person)


def _short_name_of_a_thing(text: str, start: int, end: int, names: dict[str, list[tuple[int, int]]]) -> bool:
    """Is ``text[start:end]`` a short name given in quotes in brackets right after what it names, which is no one the
    text names (江苏省城市足球联赛（“苏超”）, 木卫二（“欧罗巴”）: the corpora's one such is no name; but
    苏炳添（“苏神”） is a nickname of his), or the whole of what is quoted after an edition's 届 (首届“苏超”冠军: of the
    corpora's 34 so quoted, none is a person's name, a person's only inside a prize's, 首届“华佗杯”)? Then it names
    that thing wherever written."""
    if start >= 2 and _EDITION_QUOTED.match(text, start - 2) and text[end:end + 1] in _QUOTES_CLOSED:
        return True
    if not (start >= 2 and _QUOTED_SHORT_NAME.match(text, start - 2) and text[end:end + 2] in _SHORT_NAME_CLOSES):
        return False
    return not any(e == start - 2 for places in names.values() for _s, e in places)


_QUOTED_SHORT_NAME = re.compile(r"[（(][“\"「]")
_SHORT_NAME_CLOSES = ("”）", "”)", "\"）", "\")", "」）", "」)")
_EDITION_QUOTED = re.compile(r"[届屆][“\"「『]")  # (首届“, 第二屆「)
_QUOTES_CLOSED = ("”", "\"", "」", "』")


def _in_memory(text: str, start: int, end: int) -> bool:
    """Is the Chinese name at ``start`` one a fund, a memorial hall or a scholarship is named after
    (谈家桢基金, 宋庆龄基金会, 周恩来纪念馆)? Where the text names the person too, that is no body's evidence."""
    return end - start == 3 and has_surname(text[start:end]) and text.startswith(MEMORIALS, end)


def _place_alone(context: Context, part: str, alone: list[tuple[int, int]]) -> bool:
    """Is the last part of a dotted name a place of jieba's dictionary that no place written alone
    reads as a person (乔治·华盛顿……《华盛顿邮报》, 华盛顿特区: no title, speech or act by it)?"""
    return dictionary().tags([part]).get(part, "").startswith("ns") and not any(
        context.titles_before(start) or context.titles_after(end) or context.speech_after(end)
        or context.action_after(end) for start, end in alone)


def _named_university(text: str, start: int, end: int) -> bool:
    """Is the dotted name at ``start`` one a university is named after (乔治·华盛顿大学)? No company's
    name, it tells nothing against the person (and annotated news marks the person inside, as in
    普希金广场 and 董存瑞中心小学)."""
    return any(dot in text[start:end] for dot in NAME_DOTS) and text.startswith(("大学", "学院"), end)


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """Is the name at ``start`` of the folded ``text``, itself a common word of jieba's dictionary (万里, 平安), written
    inside a longer one there, up to two characters longer on either side (万里长城, 平安夜)?"""
    name = text[start:end]
    if len(name) < 2 or dictionary().tags([name]).get(name, "nr").startswith("nr"):
        return False  # (a surname alone is where the tagger found it: 小[花], jieba's 小花 a word)
    longer = [text[start - before:end + after] for before in range(3) for after in range(3)
              if 0 < before + after and start - before >= 0 and end + after <= len(text)]
    return any(not tag.startswith("nr") for tag in dictionary().tags(longer).values())


def _surname_places(text: str, surname: str, tagged: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Where ``surname`` alone names someone: where the model found it, and wherever the article
    writes it after 老 or 小 as the model found it there once."""
    places = tagged.get(surname, [])
    familiar = {text[start - 1] + surname for start, _end in places if start and text[start - 1] in "老小"}
    return sorted({*places, *((start + 1, end) for form in familiar for start, end in literal_spans(text, form))})


_ELDERS_CALLED = ("老师", "师傅", "老")  # how one addresses a teacher, a master or an elder after the surname


def _with_mentions(text: str, groups: list[Group], occurrences: Occurrences,
                   tagged: dict[str, list[tuple[int, int]]], context: Context) -> list[Person]:
    """Every mention of every group: each occurrence of its forms, except that a form of one
    character (a surname alone) counts only where the model found it as a name, or after 老 or
    小 as the model found it once (老周 is 老周 all through the article)."""
    taken: set[int] = set()
    claims: list[tuple[int, int, str, list[Group]]] = []
    by_form: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        for form in group.forms:
            if form not in group.epithets:  # (“模范团长”李国安: the corpora mark no epithet a name)
                by_form[form].append(group)
    for form in sorted(by_form, key=len, reverse=True):
        for start, end in _surname_places(text, form, tagged) if len(form) == 1 else occurrences.of(form):
            if any(i in taken for i in range(start, end)) or context.text.startswith(_COMPANY_AFTER, end) \
                    or named_craft(context.text, start, end) \
                    or (start, end) not in tagged.get(form, ()) and _inside_a_word(context.text, start, end):
                continue  # (李宁公司 names the company, not its founder, nor “哈勃”太空望远镜 the astronomer; 万里长城
                # no 万里 of the list's 万里)
            if not latin_script(form) and translit_share(form) == 1 and (start, end) not in tagged.get(form, ()) and (
                    len(form) == 2 and start > 0 and text[start - 1] in TRANSLIT and text[start - 1] not in NAME_DOTS
                    or text[end:end + 1] in TRANSLIT and dictionary().tags([text[start:end + 1], text[start:end + 2]])):
                continue  # 罗斯 inside 安德罗斯 is not 罗斯 (but 总理科尔, where the model found it, is 科尔); nor
                # 阿拉 of 阿布·阿拉 the start of a word of the dictionary, 阿拉伯
            taken.update(range(start, end))
            claims.append((start, end, form, by_form[form]))
    # (those named as someone's child: 王德贵的儿子王小军……老王 is the father, though the son was named last)
    children = {id(group) for group in groups if named_as_child(context.text, group)}
    relatives = {id(group) for group in groups if named_as_kin(context.text, group)}  # (父亲王守义……老王: the son)
    young = {id(group) for group in groups if _told_young(context.text, group, occurrences)}  # (今年28岁: no 老X)
    mentions: dict[int, list[tuple[int, int]]] = defaultdict(list)
    last_seen: dict[int, int] = {}
    familiar: dict[str, Group] = {}  # 老李, 小王, 张大爷 and 谭老师 are one person's all through an article
    breaks = [m.start() for m in re.finditer("\n", text)]
    # The short forms of a pair are people of their own (马 of 马列主义 is Marx, not the article's 马局长).
    paired = short_forms(context.text)
    short: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for start, end, _form, owners in sorted(claims):
        if (start, end) in paired:
            short[text[start:end]].append((start, end))
            continue
        called = _called(text, start, end) if end - start == 1 and (
            text[start - 1:start] in ("老", "小") or context.text.startswith(ADDRESS_AFTER, end)) else ""
        if len(owners) == 1 and called.startswith("老") and id(owners[0]) in children and called not in familiar:
            short[text[start:end]].append((start, end))  # (低保户老赵……儿子赵小军: the father, no one named in full)
            continue
        if len(owners) == 1:
            chosen = owners[0]
        elif called in familiar:  # (老李的儿子李强……老李都没答应: the father, though the son was named last)
            chosen = familiar[called]
        else:  # a surname shared by two people belongs to the one named last in its paragraph,
            # else to the one named most so far (苏茜·巴菲特 in one paragraph, 巴菲特 in the next);
            # 老X to one named as no one's relative, nor child, if any (王继才和妻子王仕花……老王: the husband),
            # 小X to one named as a child (陈国华……他的儿子陈浩……小陈: the son, though the father was named last),
            # X老师 or X老 to one named as no one's child (于魁智与女儿于佳……于老师说: the father)
            elder = [g for g in owners if id(g) not in young] or owners  # (胡晓琳今年28岁……她的父亲胡德明……老胡: his)
            pool = [g for g in elder if not _named_as_relative(g) and id(g) not in relatives] or elder \
                if called.startswith("老") \
                else [g for g in owners if id(g) in children] if called.startswith("小") \
                else [g for g in owners if id(g) not in children] if called.endswith(_ELDERS_CALLED) else []
            pool = [g for g in pool if id(g) in last_seen] or owners  # (one named so far: 哥哥王建国、弟弟王建军……老王
            # ……村支书王芳 is a brother's, not hers to come)
            chosen = max(pool, key=lambda g: last_seen.get(id(g), -1))
            if bisect_left(breaks, last_seen.get(id(chosen), 0)) != bisect_left(breaks, start):  # another paragraph
                chosen = max(pool, key=lambda g: (len(mentions[id(g)]), last_seen.get(id(g), -1)))
        if called:
            familiar.setdefault(called, chosen)
        mentions[id(chosen)].append((start, end))
        last_seen[id(chosen)] = start
    parts: list[tuple[Group, list[tuple[int, int]]]] = [(Group([form]), spans) for form, spans in sorted(short.items())]
    # A surname alone written with a name withheld (王某某) and otherwise (王先生), or withheld in
    # two ways (张某某, 张某), names as many people: the press withholds one person's name one way
    # (其女儿王某某……丈夫王先生, 张某某的儿子张某).
    for group in groups:
        spans = sorted(mentions.get(id(group), []))
        if not spans:  # (a short form of a pair, all its mentions its own)
            continue
        ways: dict[str, list[tuple[int, int]]] = defaultdict(list)
        told = [(s, e) for s, e in spans if text[s:e] in group.not_shown or _surname_told(text, s, e)]
        for start, end in spans:  # (a nickname is no way of naming: 郑某某（网名“小鹿”）)
            if (start, end) not in told:
                ways[_unnamed_way(text, end) if end - start == 1 else ""].append((start, end))
        if len(ways) == 2 and group.known_as and not any(end - start == 1 for start, end in ways[""]):
            ways = {"": spans}  # (but the name one is known by goes with the only way it is withheld: “东北雨姐”本名梁某)
        if len(ways) == 2 and "姓" in ways and all(way.startswith(("姓", "某")) for way in ways):
            ways = {"姓": spans}  # (and one told by surname is the one the text then withholds the name of: 林姓男子……林某)
        if set(ways) == {"姓", ""} and all(address_after(context.text, end) and not after_kin(text, start)
                                          for start, end in ways[""]):
            ways = {"姓": spans}  # (and whom the text then calls by surname and a form of address: 姓陳老婦……陳婆婆)
        if len(ways) <= 1:
            apart = _relatives_apart(text, context, spans)  # (the relative known by the forms written of them alone)
            parts += [(group if index == 0 else Group(sorted({text[s - _junior(text, s, e):e] for s, e in written})),
                       written) for index, written in enumerate(apart)]
            continue
        ways[next(iter(ways))] += told  # (the first way named so)
        for way, written in ways.items():  # the withheld shown 王某, not by another's name
            forms = sorted({text[s:e] for s, e in written})
            parts.append((Group(list(group.forms)) if not way else Group(forms, not_shown=group.not_shown & set(forms)),
                          written))
    starts = {end: (start, index) for index, (_group, spans) in enumerate(parts) for start, end in spans}
    begins = {start: end for _group, spans in parts for start, end in spans}
    name_starts = {end: start for end, (start, _index) in starts.items()}
    names = [group.display for group, _spans in parts]
    # (whose relative someone is: anyone's but the writer's of the byline, 【記者林佩萱／台北報導】……他的妻子昆凌)
    told = {end: (start, index) for end, (start, index) in starts.items() if not writes_the_story(parts[index][0])}
    people = []
    for index, (group, spans) in enumerate(parts):
        display = group.display
        # A form is an alias where it names the person somewhere (刘先生 is 刘东生, not his daughter
        # 刘强; not the 王 the tagger found of 记者王大千), or an epithet, which names no one alone.
        written = {text[s:e] for s, e in spans}
        aliases = [f for f in group.forms if f != display and unpadded(f) != display
                   and not _traditional_twins(unpadded(f), display)  # (马英九 of 馬英九, but not 鐘南山 of 鍾南山)
                   and (f in written or f in group.epithets)]
        # A surname alone names one person as the press calls them (王大爷) and maybe a relative
        # called otherwise (儿子王某): the relation is that relative's, not the person's.
        called = Counter(_called(text, start, end) for start, end in spans).most_common(1)[0][0]
        for start, end in spans:  # a title by any mention (中国选手全红婵, where the tagger missed her)
            # (one whose relative or aide is named right after it stands in no list before it)
            first = start if whose_relative_follows(text, end, begins) else list_start(text, start, name_starts)
            titles = own_titles_before(context, first, end, starts) + (
                own_titles_after(context, end, begins) or _titles_of_the_listed(context, start, end, begins))
            titles += context.offices_held(start, end)
            titles += context.offices_stated(end)  # (王贻芳是中国科学院院士)
            titles += context.titles_in_note(end)  # (王秀兰（女，河南省郑州市退休工人）)
            titles += context.offices_in_apposition(end)  # (王坚，中国工程院院士，阿里云创始人。)
            said = _later_clause_of(context.text, start, end, begins)
            titles += context.offices_stated(said) if said else []  # (王贻芳1962年出生，是中国科学院院士。)
            group.roles.update(t for t in titles if t not in WEAK_TITLES and t not in group.roles)
            related = start
            relation = _relation(context, start, told, index, names)
            if relation is None and text[start - 1:start] == "、" and first < start:
                related = first
                relation = _relation(context, first, told, index, names)  # (常书鸿与妻子陈芝秀、李承仙: both his)
                if relation and relation.endswith(_SIBLINGS_ALIKE) and _another_surname(text, first, start, end, begins):
                    relation = None  # (王进喜之子王兆国、许振超、李斌: a caption's list, one son in it)
            if relation and (end - start > 1 or _called(text, start, end) == called):
                group.roles[_kin_as_written(text, context, relation, familiar_start(context.text, related), starts)] += 1
            if (stated := _relation_stated(context, end, starts, index, names)) is not None \
                    or said and (stated := _relation_stated(context, said, starts, index, names)) is not None:
                group.roles[stated] += 1
        roles = [role for role, _ in group.roles.most_common() if role not in _MEMBERS]
        alike: dict[str, str] = {}  # (a relation as written, 教練, and the title read simplified, 教练: one role; and
        # one written with the literary 之, 杨苡之女, and with 的, 杨苡的女儿)
        roles = [alike.setdefault(_role_key(r), r) for r in roles if _role_key(r) not in alike]
        roles = [r for r in roles if not any(o != r and (folded_o := to_simplified(o)).endswith(to_simplified(r))
                                             and not folded_o[:-len(r)].endswith(_OTHER_OFFICE) for o in roles)]
        # 周杰伦的妻子, 清华大学教授: not 妻子, 教授 again (a relation is as written, a title read simplified:
        # 劉慕裳的教練 and 教练); but 前总统 and 总统, 副总理 and 总理 both (an acting office, 暫委法官, is the office
        # the text goes on calling it: 法官 alone, once)
        roles = [r for r in roles if "的" in r or not any(o != r and o.replace("的", "", 1) == r for o in roles)]
        # (施光南夫人 beside 施光南的夫人: one relation, told twice)
        # (a surname and its form of address, [侯]老, [许]董, [王]阿姨 of 叫她“王阿姨”, is marked as annotated news marks it)
        spans = [(s, s + 1) if _addressed(text, s, e) else (s, e) for s, e in spans]
        people.append(Person(display, aliases, roles, spans))
    people.sort(key=lambda p: (-len(p.mentions), p.mentions[0][0]))
    return people
