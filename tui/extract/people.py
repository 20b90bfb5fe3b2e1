"""Find the people in a Chinese news text and group every form of each one.

A character-level CRF trained on annotated news (``tagger.py``) proposes the names, reading
the text folded to simplified characters so that traditional text is tagged as well (offsets
are unchanged, and names are shown as written). Latin-script names and dotted
transliterations the model missed are found by their shape and kept on evidence from the words
around them (a title before, a speech verb after; 公司 or 股价 after counts against). The forms
of one person (full name, surname alone, 老王 and 小王, a nickname, a Latin gloss in brackets,
the same name in the other script) are then merged into one entry with its roles, taken from
titles before or after the name. ``spans.py`` shapes what the tagger found into names;
``foreign.py``, ``titled.py``, ``lists.py``, ``introduced.py`` and ``credits.py`` find those it
missed by their shape and the words around them, and ``places.py`` tells the spans that name no
one; ``context.py`` reads the words around a name, ``forms.py`` gathers the forms of one person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from tui.extract.context import Candidate, Context
from tui.extract.credits import bylines, in_datelines
from tui.extract.dictionary import dictionary
from tui.extract.foreign import (INITIAL_NICKNAME, JAPANESE_TITLED, dotted_last_character, dotted_spans,
                                 first_part_written_whole, hyphenated, japanese_in_office, japanese_whole, junior,
                                 regnal_names, tibetan_whole, vietnamese_whole, whole_dotted, with_initials,
                                 with_regnal_number)
from tui.extract.forms import (Group, Occurrences, add_epithets, add_familiar_titles, add_nicknames, add_short_names,
                               after_kin, canonical, foreign_full, glosses, join_clipped, join_first_names,
                               join_initialled, join_latin_surnames, join_short_forms, join_undotted,
                               join_written_scripts, merge_glosses, merge_scripts, same_across_scripts, surname_part)
from tui.extract.introduced import (addressed, appointed, by_surname, by_their_work, familiar, in_full, introduced,
                                    kin_named, on_the_phone, pandas_named, pseudonyms, speaker_or_kin)
from tui.extract.lexicon import (
    ADDRESS_AFTER,
    ADDRESS_SHORT,
    COUNTRIES,
    ELDER_ADDRESS,
    GLUED_AFTER,
    KINSHIP,
    LATIN_ORG_WORDS,
    MEMORIALS,
    NAME_DOTS,
    NEVER_NAME_FINAL,
    ORG_AFTER,
    PLACE_AFTER,
    PLACE_ENDINGS,
    PLACE_HEADS,
    RELATION_TITLES,
    ROLE_TITLES,
    ROYAL_TITLES,
    SURNAMES,
    TITLE_PREFIXES,
    TITLES,
    TRANSLIT,
    WEAK_TITLES,
)
from tui.extract.lists import (brands_listed, by_their_sales, doubles_partners, joined_surnames, list_start, listed,
                               little_given_names, pairs_apart, run_together, short_forms, short_forms_apart,
                               withheld_pairs)
from tui.extract.model import Person, latin_script
from tui.extract.places import (a_locality_too, a_township_itself, among_places, birthplace, countries_paired,
                                country_side, family_counted, in_a_state, is_language, is_outlet, is_place, named_craft,
                                of_a_country, of_a_locality, place_after, place_after_the_rest)
from tui.extract.shapes import (HAN, HAN_RUN, LATIN_ALONE, LATIN_FULL, has_surname, is_date, literal_spans, rare_word,
                                translit_share)
from tui.extract.spans import (across_words, alone_in_brackets, before_cai, completed, inside_title, reduplicated,
                               run_on_to_speech, trimmed, unglued, unpadded, within_unknown)
from tui.extract.tagger import but_one_transliterated, tagger
from tui.extract.titled import offices_of, surnamed_before_title, titled, titled_surname
from tui.traditional import to_simplified, traditional_folded

if TYPE_CHECKING:
    from tui.extract import Progress


# The titles of an office or calling one holds, not of a relation (夫人, 接班人) nor of anyone (市民).
_OWN_TITLES = tuple(t for t in ROLE_TITLES if t not in RELATION_TITLES and t not in WEAK_TITLES)
# Suffixes that make a noun of a trade or role (修表|匠, 送餐|员, 志愿|者, 狙击|手, 供应|商, 养殖|户): of the
# corpora's 20,000 names of three, none ends in one.
_TRADE_ENDINGS = frozenset("匠员者手商户")
# The last characters of a province's, city's, county's or district's name (梁溪区): of the 444 words jieba
# makes up that end so in the training corpora, three are a name (one person's, 原正市).
_UNIT_ENDINGS = frozenset("省市县区")
ACCEPT = 2  # the evidence a name found by its shape needs (a title before it is 3, a speech verb after 2)
# A name the model found is a company or brand instead when at least this many of its places
# read as one (推特公司, 特斯拉股价) and they outnumber the places that read as a person.
ORGANISATION_EVIDENCE = 2
_JOINED = ("和", "与", "、", "及", "同")  # what joins two names in a pair or list
# Pronouns of the second person and plurals, in none of the 37,625 names of the training corpora:
# a span that holds one is no name (谢谢您, jieba's dictionary's "name").
_PRONOUNS = frozenset("您你们咱")
# Where 何 asks (有何, 是何, 为何, 如何, 任何…): of the 1,310 such in the training corpora, one begins a name, after
# 于是 ('so'), where 是 is no verb.
_ASKING_BEFORE = frozenset("有是为如无任以作从凭")
# What begins the names of bodies and clubs (皇家马德里, 皇家贝蒂斯, 皇家海军): the corpora annotate no
# name after it, and 64 bodies and places with it.
_BODY_BEFORE = ("皇家",)
_SAYS = ("：", ":")  # a headline's colon after a name opens what the person said


def _asking(text: str, start: int) -> bool:
    """Does the name at ``start`` begin with a 何 that asks (兄有何新出？, 是何涵义)?"""
    return text[start] == "何" and start > 0 and text[start - 1] in _ASKING_BEFORE \
        and not text.endswith("于是", 0, start)


def _adverb_after_name(text: str, start: int, end: int, name_ends: Container[int]) -> bool:
    """Is the name of three at ``start``, right after another name, a surname that is an adverb, a
    preposition or a conjunction to jieba (曾 'once', 向, 和, 由, 都) before a word of its dictionary
    (邵佳一曾|效力于, jieba's 曾效力 a name)? Of the 564 such right after a name in the training corpora,
    none is a name."""
    word = text[start + 1:end]
    return end - start == 3 and start in name_ends and text[start] in _function_surnames() \
        and word in dictionary().tags([word])


@cache
def _function_surnames() -> frozenset[str]:
    """Surnames that jieba's dictionary tags an adverb, a preposition or a conjunction."""
    tags = dictionary().tags(s for s in SURNAMES if len(s) == 1)
    return frozenset(s for s, tag in tags.items() if tag[:1] in ("d", "p", "c"))


def _with_kin(text: str, spans: list[tuple[int, int]], bounds: set[int]) -> list[tuple[int, int]]:
    """``spans`` and the relatives named beside a word of kinship, over a name of two the model cut
    from one of three (孙子林宗|翰)."""
    kin = kin_named(text, spans, bounds)
    return [span for span in spans if (span[0], span[1] + 1) not in kin] + kin


def _japanese_of_the_dictionary(text: str, form: str) -> bool:
    """Is ``form`` a Japanese name of four that jieba's dictionary holds as a name (前首相安倍晋三的),
    in an article that names Japan? In the corpora's sentences on Japan, 11 of 12 such after a title
    are names, leaving out a reign's (伊丽莎白二世)."""
    simplified = to_simplified(form)
    return len(form) == 4 and HAN_RUN.fullmatch(form) is not None and ("日本" in text or "日籍" in text) \
        and dictionary().tags([simplified]).get(simplified) == "nr" and not simplified.endswith("世")


def _titled_after(context: Context, end: int) -> bool:
    """Does an office one holds follow the span (密特朗总统认为, 尼克松总统的), not a meeting of its
    holders (欧佩克部长级会议) nor the head of a place (德黑兰市长)?"""
    titles = [t for t in context.titles_after(end) if t in _OWN_TITLES and t not in PLACE_HEADS]
    return bool(titles) and not context.text.startswith(("级", "会议", "会"), end + len(titles[0]))


def _pronoun_after_title(context: Context, start: int, end: int) -> bool:
    """Is the span a word of two or more characters that jieba's dictionary tags a pronoun, right
    after a title and before none (任内 of 市长任内, 本人 of 总统本人)? Of the corpora's 37,625 names,
    three are such words, none so written (著名学者何方同志, 俱乐部的何年、肖扬)."""
    name = context.text[start:end]
    return end - start >= 2 and dictionary().tags([name]).get(name) == "r" and bool(context.titles_before(start)) \
        and not context.titles_after(end)


def _candidates(text: str, folded: str, context: Context, progress: Progress
                ) -> tuple[dict[str, Candidate], dict[str, list[tuple[int, int]]]]:
    """Names the model finds in ``folded`` (``text`` in simplified characters, same offsets), and
    shapes it missed; forms are taken as ``text`` writes them."""
    found: dict[str, Candidate] = {}
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    seen: set[tuple[int, int]] = set()  # a span is one form's place once

    def add(form: str, kind: str, start: int, end: int) -> None:
        candidate = found.setdefault(form, Candidate(form, kind))
        if (start, end) in seen:
            return
        seen.add((start, end))
        places[form].append((start, end))
        if kind == "model":
            at = _familiar_start(folded, start) if end - start == 1 else start  # (店员小[张]: 店员 is 小张's)
            titles = _own_titles_before(context, list_start(folded, at, starts), end, starts) + [
                t for t in context.titles_after(end) if t not in RELATION_TITLES]
            candidate.roles.update(t for t in titles if t not in WEAK_TITLES)
        else:
            context.weigh(candidate, start, end)

    def add_accepted(kind: str, start: int, end: int) -> None:  # a shape that is evidence enough alone
        add(text[start:end], kind, start, end)
        found[text[start:end]].score = max(found[text[start:end]].score, ACCEPT)

    covered: set[int] = set()  # characters inside the model's names: shapes found there are not names
    refused: set[int] = set()  # inside what the model found but is a place, body or company: nor there
    # The shape of what the model found is judged in simplified characters, the same offsets.
    dotted = dotted_spans(text)
    unknown: list[tuple[int, int]] = []
    foreign: list[tuple[int, int]] = []
    bounds: set[int] = set()
    tagged = list(tagger().names(folded, progress, unknown, foreign, bounds))
    tagged_starts, tagged_ends = {start for start, _end in tagged}, {end for _start, end in tagged}
    made_up_ends = {end: start for start, end in unknown}
    def shaped(start: int, end: int) -> tuple[int, int]:  # the model's span, its edges set right
        start, end = japanese_whole(folded, *within_unknown(folded, *trimmed(folded, start, end), made_up_ends))
        start, end = vietnamese_whole(folded, start, end)
        start, end = with_initials(folded, *dotted_last_character(folded, *first_part_written_whole(
            folded, *whole_dotted(folded, *before_cai(folded, *reduplicated(folded, start, end)), dotted), dotted)))
        start, end = hyphenated(folded, start, end, tagged_starts, tagged_ends)
        start, end = titled_surname(context, *with_regnal_number(folded, *junior(folded, start, end)), tagged_starts)
        return run_on_to_speech(context, start, end)

    spans = [shaped(start, end) for start, end in tagged]
    # A name of two that jieba makes a name of three of, written so twice or more (魏哲|家日前, jieba's
    # 魏哲家 each time), or once after a title and before a character glued after names (董事长魏哲|家也出席:
    # of the corpora's 219 such words, 217 are names of three, none of two): the tagger cut it short.
    made_up = Counter(folded[start:end] for start, end in unknown)
    spans = [(start, end + 1) if end - start == 2 and (start, end + 1) in unknown
             and (made_up[folded[start:end + 1]] >= 2
                  or context.titles_before(start) and folded[end + 1:end + 2] in GLUED_AFTER) else (start, end)
             for start, end in spans]
    spans = tibetan_whole(folded, pairs_apart(folded, joined_surnames(folded, spans)))
    spans = run_together(folded, spans)  # (柯为湘贺定一: a list written without stops)
    spans = little_given_names(folded, spans)  # (小平同志)
    spans += doubles_partners(folded, spans)
    spans += sorted(set(bylines(folded)).difference(spans))
    spans += sorted(set(appointed(folded)).difference(spans))
    spans += sorted(set(of_a_country(folded)).difference(spans))
    spans += sorted(set(by_surname(folded)).difference(spans))
    spans = short_forms_apart(folded, spans)
    spans += sorted(set(by_their_work(folded)).difference(spans))
    spans += sorted(set(addressed(folded)).difference(spans))
    spans += sorted(set(pseudonyms(folded)).difference(spans))
    spans += sorted(set(introduced(folded)).difference(spans))
    spans += sorted(set(on_the_phone(folded)).difference(spans))
    spans += sorted(set(speaker_or_kin(folded)).difference(spans))
    spans = _with_kin(folded, spans, bounds)
    spans += sorted(set(withheld_pairs(folded, spans)).difference(spans))
    spans += sorted(set(familiar(context, {folded[start] for start, end in spans if end - start in (2, 3)})).difference(spans))
    spans += listed(folded, spans)
    spans = _with_kin(folded, spans, bounds)  # (and of those the list named: 石满的儿子石银山、贺发林)
    # (卡塔尔首相X, 王老吉等品牌: no one, anywhere)
    bodies = offices_of(context, spans) | brands_listed(folded, spans)
    places_only = among_places(folded, spans) | in_datelines(folded, spans)
    for start, end in spans:  # (伯克希尔·哈|撒韦公司董事长X: nor is its dotted part anyone)
        if (start, end) in places_only or folded[start:end] in bodies:
            refused.update(range(start, end))
    spans = [span for span in spans if span not in places_only and folded[slice(*span)] not in bodies
             and not alone_in_brackets(folded, *span) and not named_craft(folded, *span)
             and not of_a_locality(folded, *span) and not countries_paired(folded, *span)
             and not country_side(folded, *span)]
    tagged_forms = {folded[s:e] for s, e in spans}
    kept = [unglued(folded, start, end, tagged_forms) for start, end in spans]
    # (比亚迪当月销量, and 鴻海[今（14）日]……鴻海股價 once what was glued to it is off: no one, anywhere)
    sold = by_their_sales(folded, kept)
    starts = {end: start for start, end in kept}  # (导演王家卫[再登热搜] 胡歌: no list of names)
    kept_forms = {folded[start:end] for start, end in kept}
    for (start, end), (_start, tagged_end) in zip(kept, spans):
        start, end = completed(folded, start, end, kept_forms)
        name = folded[start:end]
        # One character right after a name and before a title begins the title (诗丽吉[王]太后: of the corpora's
        # 73 names of one right after another, all are a pair's short forms, 马列, 汤尤杯, none a surname before a
        # title). A character the model took into the name (黑尔·毕什[站]在) was no place's ending to it. The end of a
        # word jieba made up that ends as a place does is the place's (黄|杜村: of the corpora's 744 names that
        # end so, one ends such a word).
        if start < end and HAN.search(name) and not is_date(name) and not is_place(name) and not is_outlet(name) \
                and not is_language(name) \
                and not family_counted(folded, start, end) \
                and not birthplace(folded, start) and not in_a_state(folded, start, end) \
                and not _PRONOUNS.intersection(name) and not _pronoun_after_title(context, start, end) \
                and name not in KINSHIP \
                and not across_words(folded, start, end) \
                and not _asking(folded, start) and not _adverb_after_name(folded, start, end, starts) \
                and not (folded[end - 1:end] in PLACE_ENDINGS and made_up_ends.get(end, start) < start) \
                and name not in sold and not folded.endswith(_BODY_BEFORE, 0, start) \
                and not a_locality_too(folded, name) \
                and not (end - start == 1 and start in tagged_ends and context.titles_after(end)) \
                and (context.titles_after(end) or end < tagged_end or not place_after(folded, start, end)
                     or folded.endswith(KINSHIP, 0, start)):
            add(canonical(text[start:end]), "model", start, end)
            covered.update(range(start, end))
        else:
            refused.update(range(start, end))
    for start, end in dotted:  # (伯克希尔·哈|撒韦公司: its dotted part is no more a person than the whole)
        if covered.intersection(range(start, end)) or refused.intersection(range(start, end)) \
                or place_after(folded, start, end) or place_after_the_rest(folded, start, end) \
                or named_craft(folded, start, end):
            continue
        form = canonical(text[start:end])
        add(form, "dotted", start, end)
        if len(places[form]) == 1:
            found[form].score += 2  # the shape itself is evidence
    alone = {folded[start] for form in found if len(form) == 1 for start, _end in places[form]}
    for form in dict.fromkeys([*(folded[start:end] for start, end in unknown), *in_full(folded, alone)]):
        # 全红婵赛后说: a name jieba does not know, or one of a surname used alone (高师傅……高凤林说),
        # written twice or more, weighed where it is written (jieba may cut it apart there: 约基|奇则说); or
        # once, a transliteration jieba cut apart that speaks or acts, not where one goes (罗马里奥因伤退出)
        written = [span for span in literal_spans(folded, form)
                   if not covered.intersection(range(*span)) and not refused.intersection(range(*span))
                   and not inside_title(folded, *span)]
        if form[-1] in _TRADE_ENDINGS or form[-1] in _UNIT_ENDINGS or a_township_itself(folded, form):
            continue  # (a word jieba makes of a trade, 修表匠, 送餐员: none of the corpora's names ends so)
        foreign_shape = translit_share(form) == 1 or but_one_transliterated(form) and form[0] not in SURNAMES
        acting = len(written) == 1 and foreign_shape \
            and (context.speech_after(written[0][1]) or context.action_after(written[0][1])) \
            and not context.after_place_word(written[0][0], loosely=True)
        if len(written) >= 2 or acting:
            for start, end in written:
                add(text[start:end], "unknown", start, end)
            found[text[slice(*written[0])]].score += 1  # the same unknown word again, or its act, is evidence
    offices = offices_of(context, spans + foreign) if foreign else set()
    for start, end in foreign:  # 伦纳德因伤缺阵: a foreign name of jieba's dictionary, speaking or acting right after,
        # joined to a name found (拜登和特朗普), or heading a government (特朗普政府: the corpora annotate 克林顿政府)
        paired = _paired(folded, start, end, covered)
        # (of two, only a player scoring or one paired with a name found where a word begins, 莫迪和特朗普,
        # and no part of a longer transliteration: 贝宁说 may be
        # its president's words, 切尔诺|比奥 is a town; and so of a place's name: 萨博尼斯得到18分;
        # but a royal's title after any such name makes it a person: 英国威廉王子, not 萨克拉门托国王队)
        word, royal = folded[start:end], any(t in ROYAL_TITLES for t in context.titles_after(end))
        # (a state's or a place's government is no one's: 卡纳塔克邦政府, as India's and Malaysia's states are written)
        governs = folded.startswith("政府", end) and word[-1] not in PLACE_ENDINGS and word[-1] != "邦"
        scoring_only = end - start == 2 or dictionary().tags([word]).get(word, "").startswith("ns")
        if scoring_only and not royal and _transliteration_beside(folded, start, end):
            continue
        pair_of_two = paired and end - start == 2 and _stands_apart(context, start)
        # (an office after one of three or more, 法国密特朗总统认为: of the corpora's 290 such, 257 are names)
        office = end - start >= 3 and _titled_after(context, end)
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)) \
                and (royal or office or context.scores_after(end) or pair_of_two if scoring_only else
                     royal or office or context.speech_after(end) or context.action_after(end) or paired or governs) \
                and not context.after_place_word(start, loosely=True) and word not in offices \
                and not _people_or_team(word) and not named_craft(folded, start, end) \
                and not any(context.org_around(*span) for span in literal_spans(folded, word)):
            # (its dictionary has cities as names too: 在卡塔尔访问, 首都布达佩斯会面, 去萨尔瓦多出席;
            # and companies: 阿里巴巴称……阿里巴巴首席执行官吴泳铭, 特斯拉股东大会……特斯拉和X;
            # and countries: 乌克兰表示)
            add(text[start:end], "foreign", start, end)
            if len(places[text[start:end]]) == 1:
                # the shape and the dictionary: half the evidence; a royal's title, an office or a government all of it
                found[text[start:end]].score += 2 if paired or royal or governs or office else 1
    for start, end in titled(context, covered):  # 总统普京: a name jieba's dictionary calls a place
        if not context.where_said(start, end):
            add(text[start:end], "titled", start, end)
    for start, end in surnamed_before_title(context, bounds):  # 岳万民县长, where the model found none
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)):
            add_accepted("titled", start, end)
    for start, end in regnal_names(folded):  # 教皇利奥十四世, where the model found none
        if not covered.intersection(range(start, end)):
            add(text[start:end], "regnal", start, end)
            if len(places[text[start:end]]) == 1:
                found[text[start:end]].score += 2  # a number of a reign is evidence as a dot is
    for start, end in pandas_named(folded):  # 大熊猫“添添”: named as people are, and annotated so
        if not covered.intersection(range(start, end)):
            add_accepted("panda", start, end)
    for match in INITIAL_NICKNAME.finditer(folded):  # C罗, B费: a player the sports press calls so
        if not covered.intersection(range(*match.span())):
            add(text[slice(*match.span())], "nickname", *match.span())
    for form in {c.form for c in found.values() if c.kind == "nickname" and len(places[c.form]) >= 2}:
        found[form].score += 1  # written twice or more, the shape is half the evidence (C罗……C罗推射破门)
    for match in LATIN_FULL.finditer(text):
        words = match.group().split()
        if not any(w.lower() in LATIN_ORG_WORDS for w in words) and not covered.intersection(range(*match.span())):
            add(match.group(), "latin", *match.span())
    listed_after: int | None = None  # where the last one taken ends: the next of its list is one too
    # (成员Jisoo、Jennie和Rosé)
    for match in LATIN_ALONE.finditer(text):  # 成员Jennie: right after a title or calling; not what has officers
        start, end = match.span()  # of its own (竞争对手Anthropic的首席执行官X: a company)
        if match.group().lower() not in LATIN_ORG_WORDS and not covered.intersection(range(start, end)) \
                and (context.titles_before(start)
                     or listed_after is not None and text[listed_after:start] in _LATIN_JOINERS
                     and not context.org_around(start, end) and not folded.startswith("的", end)) \
                and not (folded.startswith("的", end) and folded.startswith(_OWN_TITLES, end + 1)):
            add(match.group(), "latin", start, end)
            listed_after = end
    return found, places


def find_people(text: str, progress: Progress | None = None) -> list[Person]:
    """Every person named in ``text``, each with all their forms and mentions."""
    report = progress or (lambda _done: None)
    folded = traditional_folded(text)
    context = Context(folded)  # titles and verbs are matched in simplified characters
    found, places = _candidates(text, folded, context, lambda done: report(0.9 * done))
    forms = set(found)
    for candidate in found.values():
        if foreign_full(candidate.form):
            forms.add(surname_part(candidate.form))
            forms.add(re.sub(f"[{NAME_DOTS}]", "", candidate.form))
            forms.add(re.split(f"[{NAME_DOTS}]", candidate.form)[0])
        forms.add(unpadded(candidate.form))
    occurrences = Occurrences(text, forms)
    headline = _headline_end(text)
    for candidate in [c for c in found.values() if c.kind == "titled"]:
        # A title alone is not enough (毛主席纪念堂): one of its mentions must speak or act, have
        # an aide or relative (总统蒲亭的发言人), be met (会见首相希思, 会见大臣叙多时表示, 与总统普京会谈), be
        # someone's spouse (周杰伦的妻子昆凌), be a Chinese name of three after a word of kinship
        # (父亲方建国), be a Chinese name followed by a verb (演员巩俐登台时; not 记者[慕名]来到:
        # the reporter's own doing), or be the family name of a Japanese name of four
        # (球星大谷翔平……大谷说), or speak in the headline, as headlines quote (高市早苗：尽快落实……);
        # a transliteration of three characters or more is a name by its shape (主帅瓜迪奥拉).
        mentions = occurrences.of(candidate.form)
        family = Occurrences(text, {candidate.form[:2], candidate.form}).of(candidate.form[:2], outside=candidate.form) \
            if len(candidate.form) == 4 else []
        if any(context.speech_after(end) or context.action_after(end) or context.aide_or_kin_after(end)
               for _start, end in mentions + family) \
                or any(context.met_after(end) or context.talks_after(end)
                       or end < headline and folded.startswith(_SAYS, end) for _start, end in mentions) \
                or _chinese_name_shape(candidate.form) and any(context.verb_after(end) or context.titles_after(end)
                                                               for _start, end in mentions) \
                and not all(folded.endswith("记者", 0, start) for start, _end in places[candidate.form]) \
                or any(context.met_before(start) for start, _end in places[candidate.form]) \
                or any(JAPANESE_TITLED.search(folded, max(0, start - 10), start)
                       or japanese_in_office(folded, start, end) for start, end in mentions) \
                or _spouse(folded, candidate.form, mentions) \
                or len(candidate.form) == 3 and all(folded.endswith(KINSHIP, 0, start)
                                                    for start, _end in places[candidate.form]) \
                or len(candidate.form) >= 3 and translit_share(folded[slice(*places[candidate.form][0])]) == 1 \
                or _japanese_of_the_dictionary(folded, candidate.form):
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
    for start, latin in glosses(text):  # 路易斯·巴森尼斯（Louis Basenese）: the gloss is a name
        if latin in found and any(end == start for form, c in found.items() if c.kind == "model"
                                  for _s, end in places[form]):
            found[latin].score = max(found[latin].score, ACCEPT)
    _latin_listed_with_people(text, found, places)
    accepted = {f: c for f, c in found.items() if f not in ROLE_TITLES and to_simplified(f) not in COUNTRIES
                and (c.score >= ACCEPT or (
                    c.kind == "model" and _model_person(context, places[f] if len(f) == 1 else occurrences.of(f))))
                and not (c.kind in ("model", "titled")
                         and all(end <= headline for _start, end in (occurrences.of(f) if c.roles else places[f]))
                         and not (c.roles and any(not text[end:headline].strip() for _start, end in places[f]))
                         and len(text[:headline].strip()) >= len(f) + 3 and not _known_person(f))}

    groups: list[Group] = []
    owner: dict[str, Group] = {}
    # Whose given name a part is, it is no one's family name alone (吐尔逊·阿不都拉 and his son
    # 艾力·吐尔逊: 吐尔逊 alone is the father).
    given = {re.split(f"[{NAME_DOTS}]", f)[0]: f for f in accepted if any(d in f for d in NAME_DOTS)}
    given_names = Counter(re.split(f"[{NAME_DOTS}]", f)[0] for f in accepted if any(d in f for d in NAME_DOTS))
    surnames = {surname_part(f) for f in accepted if foreign_full(f)}  # (詹姆斯 of 詹姆斯·哈登 and 勒布朗·詹姆斯)
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
                if (first := _first_name_alone(text, form, given_names, surnames, occurrences)) is not None:
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
    join_short_forms(groups, relatives=_alone_only(accepted, places, lambda start, _end: after_kin(folded, start)),
                     kin=_kin_named_after(folded, accepted, places),
                     clans=_alone_only(accepted, places, lambda _start, end: folded.startswith("氏", end)))
    join_first_names(groups)
    add_short_names(text, context, groups)
    join_undotted(groups)
    join_written_scripts(text, groups)
    join_clipped(groups)
    merge_scripts(groups)
    join_latin_surnames(text, groups)
    merge_glosses(text, groups)
    add_nicknames(text, folded, groups, places)
    add_epithets(text, folded, groups)
    join_initialled(groups)
    add_familiar_titles(text, folded, groups)
    every_form = {f for group in groups for f in group.forms}
    people = _with_mentions(text, groups, Occurrences(text, every_form), places, context)
    _name_by_title(text, people)
    if folded != text:  # roles were read in simplified characters: show them as the text writes them
        for person in people:
            person.roles = [text[i:i + len(r)] if (i := folded.find(r)) >= 0 else r for r in person.roles]
    return people


def _own_titles_before(context: Context, start: int, end: int, name_ends: Container[int]) -> list[str]:
    """The titles before a name at ``start``, unless another name ends where they begin and this
    one has a title after it too: then they are that name's (江泽民总书记李鹏总理: 总书记 is 江泽民's)."""
    titles, chain_start = context.title_chain(start)
    return [] if titles and chain_start in name_ends and context.titles_after(end) else titles


def _transliteration_beside(text: str, start: int, end: int) -> bool:
    """Does a transliteration character stand right before or after the span, in no word of
    jieba's dictionary with its own neighbour (切尔诺|比奥; not 格林|贡献)?"""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    return bool(before) and before[-1] in TRANSLIT and not dictionary().tags([before]) \
        or bool(after) and after[0] in TRANSLIT and not dictionary().tags([after])


def _chinese_name_shape(form: str) -> bool:
    """Two or three Chinese characters after a surname that jieba's dictionary knows as a name, not
    at all, or at its least (巩俐, 傅崐萁, 舒默; not 宝座, 一职)."""
    return 2 <= len(form) <= 3 and has_surname(form) \
        and (dictionary().tags([form]).get(form, "nr").startswith("nr") or rare_word(form))


def _short_form(text: str, end: int) -> str | None:
    """The short form of address after a surname ending at ``end`` (吕老, 王董), when it makes no
    word with what follows (王[太守], 灵邱[老乡])."""
    short = text[end:end + 1]
    return short if short in ADDRESS_SHORT and not dictionary().tags([text[end:end + 2]]) else None


_NOT_BEGINNING_NAMES = "vzadcp"  # jieba's tags of verbs, adjectives and function words (挣 v, 选 zg)
_SPOUSES = ("妻子", "丈夫", "夫人")  # (not 太太, the end of 老太太)


def _paired(text: str, start: int, end: int, covered: set[int]) -> bool:
    """Is the span joined to a name found, before or after it, and does it end there (拜登和特朗普将;
    not 劳伦斯伯克利|国家实验室; nor 特朗普政府, as jieba's dictionary's places head governments too:
    科特迪瓦政府)?"""
    joined = text[start - 1:start] in _JOINED and start - 2 in covered \
        or text[end:end + 1] in _JOINED and end + 1 in covered
    return joined and (not HAN.match(text, end) or text[end] in GLUED_AFTER or text[end] == "的")


def _stands_apart(context: Context, start: int) -> bool:
    """Does a name begin at ``start``: no Chinese before it, or a title (，哈里和梅根; not 由撒贝宁和宋佳, whose
    撒 the surname table lacks)?"""
    return not HAN.match(context.text, start - 1) or bool(context.titles_before(start))


def _named_as_relative(group: Group) -> bool:
    """Is every role of ``group`` a word of kinship (妻子王仕花, 父亲陈德福): someone's relative?"""
    return bool(group.roles) and all(role in KINSHIP for role in group.roles)


def _people_or_team(form: str) -> bool:
    """Does jieba's dictionary know a people, a language, a team or a city by ``form`` (乌克兰人,
    尼泊尔语, 阿森纳队, 莫斯科市)? Then it names a country, a club or a city (speaking for its
    government: 莫斯科表示), though the dictionary tags it as a person's name."""
    return bool(dictionary().tags([form + "人", form + "语", form + "队", form + "市"]))


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


def _first_name_alone(text: str, form: str, given_names: Counter[str], surnames: Container[str],
                      occurrences: Occurrences) -> str | None:
    """The given name of the transliterated ``form``, when the text also writes it alone, apart from
    other transliteration characters (科比 of 科比·布莱恩特; not 路易斯 of 路易斯安那) and from what
    ends a body's or place's name (not 努军 of 努军委员会, named after 努军·巴蜀莫; nor 乔治城), and no
    one else's name begins (``given_names`` counts them) or ends (``surnames``) with it. A royal
    is called by the given name and title, and is someone else (凯特王妃 beside 凯特·布兰切特)."""
    first = re.split(f"[{NAME_DOTS}]", form)[0]
    if first == form or len(first) < 2 or given_names[first] != 1 or first in surnames:
        return None
    alone = [(s, e) for s, e in occurrences.of(first, outside=form)
             if text[s - 1:s] not in _APART and text[e:e + 1] not in _APART
             and not text.startswith(ORG_AFTER + PLACE_AFTER + ROYAL_TITLES, e) and text[e:e + 1] not in PLACE_ENDINGS]
    return first if alone else None


_APART = TRANSLIT | frozenset(NAME_DOTS)  # what a given name written alone has on neither side


def _named_as_kin(text: str, surname: str, form: str) -> bool:
    """Is ``form`` introduced as a relative of someone called by ``surname`` alone before it
    (博索纳罗的儿子、联邦众议员爱德华多·博索纳罗; 特朗普……他的女儿伊万卡·特朗普)? Then the surname
    alone is that someone, not ``form``'s."""
    found = re.search(f"(?:{_KIN})[^。！？\n]{{0,20}}?{re.escape(form)}", text)
    return found is not None and 0 <= text.find(surname) < found.start()


# Between the names of a list (成员Jisoo、Jennie和Rosé; not 与, which joins partners: 分析师Smith与Nvidia的合作).
_LATIN_JOINERS = frozenset(("、", "和", "及", "以及"))
_KIN = "|".join(map(re.escape, KINSHIP))
_YOUNGER_KIN = "|".join(("儿子", "女儿", "孙子", "孙女", "侄子", "侄女", "外甥", "女婿", "儿媳"))  # of KINSHIP


def _relative_after(text: str, end: int, surname: str) -> str | None:
    """The name of that ``surname`` written after a word of kinship that follows ``end`` in its clause
    (徐老伯[的儿子]徐建国): up to three characters of the clause, the word, then the name within twenty."""
    name = _name_of(surname)
    for at in range(end, min(end + 4, len(text))):  # (none after a surname that ends the text)
        if at > end and text[at - 1] in "，。！？、；,;\n":
            break
        for word in KINSHIP:
            if text.startswith(word, at) and (found := name.match(text, at + len(word), end + 40)):
                return found.group(1)
    return None


@lru_cache(maxsize=512)  # (the same surnames come back article after article)
def _name_of(surname: str) -> re.Pattern[str]:
    return re.compile(f"[^。！？\n]{{0,20}}?({re.escape(surname)}[\u4e00-\u9fff]{{1,3}})")


def _kin_named_after(text: str, accepted: Iterable[str],
                     places: dict[str, list[tuple[int, int]]]) -> dict[str, set[str]]:
    """For each surname the model found alone, what is written where a relative of that family name
    is named in the same clause after it (徐老伯的儿子|徐建国), or, when the surname is an elder's
    (张大爷), anywhere as a child's (老人只记得儿子叫|张卫东): the surname alone is that
    relative's kin, not him."""
    kin: dict[str, set[str]] = defaultdict(set)
    for form in accepted:
        if len(form) == 1:
            for _start, end in places[form]:
                if relative := _relative_after(text, end, form):
                    kin[form].add(relative)
            if any(text.startswith(ELDER_ADDRESS, end) for _start, end in places[form]):
                kin[form].update(re.findall(f"(?:{_YOUNGER_KIN})(?:叫|名叫|是)?({re.escape(form)}[\u4e00-\u9fff]{{1,3}})",
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
        and any(text.endswith(_SPOUSES, 0, start) for start, _end in mentions)


def _alone_only(accepted: Iterable[str], places: dict[str, list[tuple[int, int]]],
                where: Callable[[int, int], bool]) -> set[str]:
    """The forms of one character (surnames) the model found only ``where`` it says (after a word of
    kinship, before 氏)."""
    return {f for f in accepted if len(f) == 1 and places[f] and all(where(*place) for place in places[f])}


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
    is an author's: 李建国, and one jieba's dictionary knows as a name is that person: 郑板桥)."""
    end = text.find("\n")
    return end if 0 < end <= 40 and not any(c in text[:end] for c in "。！？!?（(") and text[end:].strip() else 0


def _familiar_start(text: str, start: int) -> int:
    """Where a mention of a surname alone begins as written: before its 老 or 小 (弟弟小[王], whose
    relation is before the 小; 老[杨]的孙子, of 老杨)."""
    return start - 1 if text[start - 1:start] in ("老", "小") else start


def _relatives_apart(text: str, context: Context, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The mentions of a surname alone, as many people as it names: one, unless one way of
    calling it is the relative of another (王女士的弟弟小王, 老杨的孙子小杨) or of someone unnamed
    beside another way (王先生……父亲王老汉), and then the relative, called that way, is another (老杨
    and 杨师傅 stay one). (A full name's mentions are its own: ``spans`` as they are.)"""
    if not spans or any(end - start > 1 for start, end in spans):
        return [spans] if spans else []
    called = {span: _called(text, *span) for span in spans}
    ends = {end: span for span in spans for end in (span[1], span[1] + len(called[span]) - 1)}
    relations = {span: context.relation_before(_familiar_start(text, span[0])) for span in spans}
    for span in spans:
        relation = relations[span]
        owner = ends.get(relation[1]) if relation else None
        relative = [other for other in spans if called[other] == called[span]]
        others = [other for other in spans if other not in relative]
        if owner is not None and called[owner] != called[span] or relation and relation[0] in KINSHIP and owner is None \
                and len(called[span]) > 1 and others and not any(relations[other] for other in others):
            # (王先生报警称，……的父亲王老汉: the one called so after a kin word, whose not written, is another)
            return [others, relative]
    return [spans]


def _relation(context: Context, start: int, starts: dict[int, tuple[int, int]], person: int) -> str | None:
    """The relation written before a mention at ``start`` (女儿), with whose when another
    person's mention ends before its 的 (周杰伦的妻子, 杨老师的丈夫). ``starts`` maps the end of
    every mention to its start and the number of its person. None when the whose is the person
    (陈女士的哥哥陈某, read as her)."""
    start = _familiar_start(context.text, start)
    relation = context.relation_before(start)
    if relation is None:
        return None
    kin, owner_end = relation
    ends = [owner_end] + [owner_end - len(t) for t in _WITHHELD + ADDRESS_AFTER if context.text.endswith(t, 0, owner_end)]
    owner = next((end for end in ends if end in starts), None)
    if owner is None:
        return kin
    owner_start, owner_person = starts[owner]
    owner_start = _familiar_start(context.text, owner_start)
    return context.text[owner_start:start] if owner_person != person else None


def _relation_stated(context: Context, end: int, starts: dict[int, tuple[int, int]], person: int) -> str | None:
    """The relation said of a mention ending at ``end`` to another person named before the 的 (马克是村民杨小英的丈夫:
    杨小英的丈夫); None when no other person is named there (他是她的丈夫)."""
    stated = context.relation_stated(end)
    if stated is None or stated[0] not in starts or starts[stated[0]][1] == person:
        return None
    owner_start = _familiar_start(context.text, starts[stated[0]][0])
    return context.text[owner_start:stated[0]] + "的" + stated[1]


def _name_by_title(text: str, people: list[Person]) -> None:
    """A person the article names only by surname and title (付小姐, 王老师), as 老王 or 小王, or
    with the name withheld (张某某, 李某, 刘某军) is shown so, not as a lone surname; the surname stays a
    form, and the mentions stay on it."""
    for person in people:
        if len(person.name) != 1:
            continue
        # 小花奶奶 is 小花's grandmother: after 老X or 小X, a title names someone else.
        familiar = Counter(text[start - 1] for start, _end in person.mentions if text[start - 1:start] in ("老", "小"))
        titles = Counter(title for start, end in person.mentions if text[start - 1:start] not in ("老", "小")
                         and (title := _withheld(text, end) or next((t for t in ADDRESS_AFTER + TITLES
                                                                     if text.startswith(t, end)), None)
                              or _short_form(text, end)))
        if titles or familiar:
            person.aliases = [person.name, *person.aliases]
            if familiar:
                person.name = familiar.most_common(1)[0][0] + person.name
            else:
                person.name += titles.most_common(1)[0][0]


def _called(text: str, start: int, end: int) -> str:
    """How a mention is written: a full name as it is, a surname alone with 老 or 小 before it
    or a withheld name or form of address after it (王某, 王大爷, 老王)."""
    if end - start > 1:
        return text[start:end]
    familiar = text[start - 1:start] if text[start - 1:start] in ("老", "小") else ""
    address = next((t for t in ADDRESS_AFTER if text.startswith(t, end)), "")
    return familiar + text[start:end] + (_withheld(text, end) or address)


_COMPANY_AFTER = ("公司", "集团", "股份", "品牌", "股价", "股票", "门店", "旗下")  # a company named after someone
_WITHHELD = ("某某", "某")  # how the press writes a name it withholds: 张某某, 李某


def _withheld(text: str, end: int) -> str:
    """How the name of the surname ending at ``end`` is withheld: 某某, 某, or 某 and the last
    character of the given name, as court and police news write a suspect (刘某军, twice or more:
    not 王某[因], a word after 某; nor 王某[驾驶], one after it), else ''."""
    if not text.startswith("某", end):
        return ""
    if text.startswith("某某", end):
        return "某某"
    last = text[end + 1:end + 2]
    if HAN.match(last) and last not in GLUED_AFTER and last not in NEVER_NAME_FINAL \
            and text.count(text[end - 1:end + 2]) >= 2 and not dictionary().tags([text[end + 1:end + 3]]) \
            and not dictionary().tags([last]).get(last, "").startswith(("p", "c", "d", "u", "r")):
        return "某" + last
    return "某"


def _model_person(context: Context, written: list[tuple[int, int]]) -> bool:
    """Is a name the model found a person of this article? Not when, of all the places it is
    written, more read as a company or brand (推特公司, 特斯拉股价, 推特CEO) than as a person (a
    title or a speech verb by it), at least ``ORGANISATION_EVIDENCE`` of them, unless as many
    read as a person too (创始人李宁 beside 李宁公司: a founder and the company named after him).
    Nor is a transliteration that every place (or two, of three characters or more) writes as a place, a
    club or a body and none as a person (代表勒沃库森出战, 离开罗安达……在罗安达: jieba's dictionary calls
    many cities and clubs people; not 在尤杯决赛中……在尤伯杯赛上, a cup named after someone), nor a name
    one place writes as a side playing at home or away and none as a person (阿森纳坐镇主场迎战…)."""
    as_organisation = as_person = as_place = as_team = in_memory = 0
    for start, end in written:
        as_team += context.playing_at_home_or_away(start, end)
        if context.org_around(start, end) and _in_memory(context.text, start, end):
            in_memory += 1
        elif context.org_around(start, end) and not _named_university(context.text, start, end):
            as_organisation += 1
            as_place += context.place_or_team(start, end)  # (城市X: a city's place reads as a body's too)
        elif context.titles_before(start) or context.titles_after(end) or context.speech_after(end):
            as_person += 1
        elif context.place_or_team(start, end) or place_after(context.text, start, end):
            as_place += 1  # (克利夫兰是位于…, 克利夫兰交响乐团: a city, and an orchestra named after it)
    if not as_person:  # (宋庆龄基金会 thrice and she nowhere else: a body's name, as MSRA's news reads it, 0 of 12
        as_organisation += in_memory  # such names marked; but 周光召基金 beside 院士周光召 is his)
    form = context.text[slice(*written[0])] if written else ""
    placed = as_place + as_organisation >= len(written) or as_place >= 2 and len(form) >= 3
    if written and as_place and not as_person and placed and translit_share(form) == 1 or as_team and not as_person:
        return False
    if len(form) >= 3 and translit_share(form) == 1 and _people_or_team(form) \
            and not any(context.titles_before(start) for start, _end in written):
        return False  # (乌克兰表示, 阿森纳称, 莫斯科表示: a country, a club, a city; but 总统X is someone)
    return as_person >= ORGANISATION_EVIDENCE or not (
        as_organisation >= ORGANISATION_EVIDENCE and as_organisation > as_person)


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


def _surname_places(text: str, surname: str, tagged: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Where ``surname`` alone names someone: where the model found it, and wherever the article
    writes it after 老 or 小 as the model found it there once."""
    places = tagged.get(surname, [])
    familiar = {text[start - 1] + surname for start, _end in places if start and text[start - 1] in "老小"}
    return sorted({*places, *((start + 1, end) for form in familiar for start, end in literal_spans(text, form))})


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
            if any(i in taken for i in range(start, end)) or context.text.startswith(_COMPANY_AFTER, end):
                continue  # (李宁公司 names the company, not its founder)
            if not latin_script(form) and translit_share(form) == 1 and (start, end) not in tagged.get(form, ()) and (
                    len(form) == 2 and start > 0 and text[start - 1] in TRANSLIT and text[start - 1] not in NAME_DOTS
                    or text[end:end + 1] in TRANSLIT and dictionary().tags([text[start:end + 1], text[start:end + 2]])):
                continue  # 罗斯 inside 安德罗斯 is not 罗斯 (but 总理科尔, where the model found it, is 科尔); nor
                # 阿拉 of 阿布·阿拉 the start of a word of the dictionary, 阿拉伯
            taken.update(range(start, end))
            claims.append((start, end, form, by_form[form]))
    mentions: dict[int, list[tuple[int, int]]] = defaultdict(list)
    last_seen: dict[int, int] = {}
    familiar: dict[str, Group] = {}  # 老李 and 小王 are one person's all through an article
    breaks = [m.start() for m in re.finditer("\n", text)]
    # The short forms of a pair are people of their own (马 of 马列主义 is Marx, not the article's 马局长).
    paired = short_forms(context.text)
    short: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for start, end, _form, owners in sorted(claims):
        if (start, end) in paired:
            short[text[start:end]].append((start, end))
            continue
        called = _called(text, start, end) if end - start == 1 and text[start - 1:start] in ("老", "小") else ""
        if len(owners) == 1:
            chosen = owners[0]
        elif called in familiar:  # (老李的儿子李强……老李都没答应: the father, though the son was named last)
            chosen = familiar[called]
        else:  # a surname shared by two people belongs to the one named last in its paragraph,
            # else to the one named most so far (苏茜·巴菲特 in one paragraph, 巴菲特 in the next);
            # 老X to one named as no one's relative, if any (王继才和妻子王仕花……老王: the husband)
            pool = [g for g in owners if not _named_as_relative(g)] if called.startswith("老") else []
            pool = pool or owners
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
        for start, end in spans:
            ways[_withheld(text, end) if end - start == 1 else ""].append((start, end))
        if len(ways) == 1:
            apart = _relatives_apart(text, context, spans)
            parts += [(group if len(apart) == 1 else Group(list(group.forms)), written) for written in apart]
            continue
        for way, written in ways.items():  # the withheld shown 王某, not by another's name
            parts.append((Group(list(group.forms)) if not way else Group(sorted({text[s:e] for s, e in written})), written))
    starts = {end: (start, index) for index, (_group, spans) in enumerate(parts) for start, end in spans}
    people = []
    for index, (group, spans) in enumerate(parts):
        display = group.display
        # A form is an alias where it names the person somewhere (刘先生 is 刘东生, not his daughter
        # 刘强; not the 王 the tagger found of 记者王大千), or an epithet, which names no one alone.
        written = {text[s:e] for s, e in spans}
        aliases = [f for f in group.forms if f != display and unpadded(f) != display
                   and (f in written or f in group.epithets)]
        # A surname alone names one person as the press calls them (王大爷) and maybe a relative
        # called otherwise (儿子王某): the relation is that relative's, not the person's.
        called = Counter(_called(text, start, end) for start, end in spans).most_common(1)[0][0]
        for start, end in spans:  # a title by any mention (中国选手全红婵, where the tagger missed her)
            titles = _own_titles_before(context, start, end, starts) \
                + [t for t in context.titles_after(end) if t not in RELATION_TITLES]
            if office := context.office_held(start, end):
                titles.append(office)
            group.roles.update(t for t in titles if t not in WEAK_TITLES and t not in group.roles)
            if (relation := _relation(context, start, starts, index)) and (
                    end - start > 1 or _called(text, start, end) == called):
                group.roles[relation] += 1
            if (stated := _relation_stated(context, end, starts, index)) is not None:
                group.roles[stated] += 1
        roles = [role for role, _ in group.roles.most_common()]
        roles = [r for r in roles if not any(o != r and o.endswith(r) and not o[:-len(r)].endswith(TITLE_PREFIXES)
                                             for o in roles)]  # 周杰伦的妻子, 清华大学教授: not 妻子, 教授 again
        # (a surname and its form of address, [侯]老, [许]董, is marked as annotated news marks it)
        spans = [(s, s + 1) if e - s == 2 and text[s + 1] in ADDRESS_SHORT and to_simplified(text[s]) in SURNAMES
                 else (s, e) for s, e in spans]
        people.append(Person(display, aliases, roles, spans))
    people.sort(key=lambda p: (-len(p.mentions), p.mentions[0][0]))
    return people
