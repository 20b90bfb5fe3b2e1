"""The names an article proposes: the model's spans set right, and the names it missed found by
their shape (a dotted transliteration, a Latin name, a word jieba made up, a name after a title or
in a list), each with its evidence from the words around it, for ``people.py`` to judge."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Mapping
from functools import cache, partial
from typing import TYPE_CHECKING

from tui.extract.context import LOCATIVE_ENDS, PLACE_LEVELS, Candidate, Context
from tui.extract.credits import bylines, in_datelines
from tui.extract.dictionary import COMMON_AS_A_WORD, FUNCTION_TAGS, RARE_PLACE, RARE_WORD, dictionary
from tui.extract.epithets import within_epithets
from tui.extract.foreign import (INITIAL_NICKNAME, dotted_last_character, dotted_spans, first_part_written_whole,
                                 hyphenated, japanese_by_family_name, japanese_of_five, japanese_pairs, japanese_whole,
                                 junior, known_name_whole, name_parts_runs, of_a_country, one_name_part_after_title,
                                 regnal_names, vietnamese_whole, whole_dotted, whole_of_name_parts, with_initials,
                                 with_japanese_family_name, with_regnal_number, yi_name, yi_whole)
from tui.extract.forms import canonical, glossed_transliterations, names_a_company
from tui.extract.introduced import (a_side, addressed, appointed, by_surname, by_their_number, by_their_points,
                                    by_their_work, children_called, courtesy_named, familiar, family_kin, in_full,
                                    interviewed, introduced, kin_named, little_given_names, monks, on_the_phone,
                                    owner_opening_a_clause, pandas_named, players_at_play, pseudonyms, speaker_or_kin,
                                    speaking_in_full, transliterated_before_kin)
from tui.extract.lexicon import (
    ADDRESS_AFTER,
    ADVERBS,
    BEGIN_WORDS_AFTER_NAMES,
    COUNTRIES,
    COUNTRY_SHORT,
    GLUED_AFTER,
    HEADS_OF_STATE,
    JAPANESE_FAMILY_NAMES,
    KINSHIP,
    NEVER_NAME_FINAL,
    OUTLET_ENDINGS,
    OWNED_CALLINGS,
    PLACE_AFTER,
    PLACE_ENDINGS,
    PLACE_HEADS,
    RELATION_TITLES,
    ROLE_TITLES,
    ROYAL_TITLES,
    SURNAMES,
    TITLE_PREFIXES,
    TRANSLIT,
    WEAK_TITLES,
)
from tui.extract.lists import (counted_item, doubles_partners, joined_to_a_name, list_start, listed, pairs_apart,
                               ranked_alike, run_of_names, run_together, short_forms_apart, told_pairs_apart,
                               whose_relative_follows, withheld_pairs)
from tui.extract.places import (a_body_run_or_bought, a_flat_thing_counted, a_locality_too, a_school_counted,
                                a_share_after, a_township_itself, a_village, after_a_trade, among_places,
                                an_event_counted, before_an_office, birthplace, brands_listed, by_their_sales,
                                countries_paired, country_side, family_counted, games_and_sports, in_a_company_word,
                                in_a_state, is_contest, is_language, is_outlet, is_place, kinds_counted,
                                named_as_a_company, named_craft, named_for_a_place, numbered_title, of_a_locality,
                                outlet_titled, place_after, place_after_the_rest, prizes, storms)
from tui.extract.shapes import (HAN, HAN_RUN, LATIN_ALONE, LATIN_FULL, NOT_GIVEN, familiar_start, has_surname, is_date,
                                literal_spans, plain_word, translit_share)
from tui.extract.spans import (across_words, after_a_joined_name, alone_in_brackets, before_a_doubled_adverb,
                               before_a_joined_name, before_cai, begun_before, completed, inside_title, joined_surnames,
                               labels_only, over_a_split_adverb, over_jun, reduplicated, run_back_where_always_written,
                               run_on_to_speech, run_on_where_always_written, surname_after_a_calling,
                               surname_before_speech, surname_cut_before, transliteration_cut_after_title,
                               transliterations_joined, trimmed, unglued, within_unknown)
from tui.extract.tagger import but_one_transliterated, tagger
from tui.extract.titled import (after_a_party, after_nationality, appointed_japanese, appointed_japanese_whole,
                                 offices_of, surnamed_before_title, three_before_a_stop, titled, titled_surname)

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
# The last characters of a body's short name (卫健|委, 侨办, 公安局, 教育厅, 海关总署, 派出所, 办公室): of the corpora's
# 37,625 names, one ends in one (副政委赵建委).
_BODY_ENDINGS = frozenset("委办局厅署所室")
_NO_NAME_ENDINGS = _TRADE_ENDINGS | _UNIT_ENDINGS | _BODY_ENDINGS
ACCEPT = 2  # the evidence a name found by its shape needs (a title before it is 3, a speech verb after 2)

_JOINED = ("和", "与", "、", "及", "同")  # what joins two names in a pair or list
# Pronouns of the second person and plurals, in none of the 37,625 names of the training corpora:
# a span that holds one is no name (谢谢您, jieba's dictionary's "name").
_PRONOUNS = frozenset("您你们咱")
# Where someone stands in a picture, as captions write it (左起：A、B, 王光英（左一）, 前排右二): 左 and 右 are surnames,
# but none of the corpora's 49 such words is a name or in one.
_PLACE_IN_A_PICTURE = re.compile("[前中后]?排?[左右](?:起|[一二三四五六七八九])")
# Where 何 asks (有何, 是何, 为何, 如何, 任何…): of the 1,310 such in the training corpora, one begins a name, after
# 于是 ('so'), where 是 is no verb.
_ASKING_BEFORE = frozenset("有是为如无任以作从凭")
# What begins the names of bodies and clubs (皇家马德里, 皇家贝蒂斯, 皇家海军): the corpora annotate no
# name after it, and 64 bodies and places with it.
_BODY_BEFORE = ("皇家",)


def _apart_at_slashes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a span between the slashes in it, each of one character or more, the name before brackets
    apart from a name in them (王师傅（王建设）: the one called so and his name), and a byline's names apart at the
    space between them (记者 刘洲鹏 格桑边觉)."""
    parts, first = [], start
    for at in [i for i in range(start, end) if text[i] in "/／"] + [end]:
        if at > first:
            parts.extend(piece for part in _apart_at_brackets(text, first, at)
                         for piece in _apart_at_spaces(text, *part))
        first = at + 1
    return parts


def _apart_at_spaces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span the tagger ran over the space between two names of a byline as two (记者 刘洲鹏 格桑边觉), where each
    is of two Chinese characters or more (not a name padded, 王  磊, nor one in Latin letters) and the later, of two to
    four, is no word of jieba's dictionary but a name (not 记者 张三 报道)."""
    pieces = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    if len(pieces) < 2 or any(e - s < 2 for s, e in pieces) \
            or not all(HAN_RUN.fullmatch(text, s, e) for s, e in pieces[:2]):
        return [(start, end)]  # (nor a name in Latin letters, whose parts a space sets apart)
    later = [(s, e) for s, e in pieces[1:] if e - s <= 4 and HAN_RUN.fullmatch(text, s, e)
             and dictionary().tags([text[s:e]]).get(text[s:e], "nr").startswith("nr")]
    return [pieces[0], *later]


def _apart_at_brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span over brackets as two, before them and in them, unless it writes one character that has no code
    as its parts, as the press once did (袁（日希）, 吴建（王番）, 昭（上均＋下金）: two characters or a sum in brackets
    after one or two; of the corpora's names, 28 hold brackets, all such)."""
    opened = next((i for i in range(start, end) if text[i] in "（("), None)
    if opened is None:
        return [(start, end)]
    closed = next((i for i in range(opened, min(len(text), end + 1)) if text[i] in "）)"), min(len(text), end + 1))
    inside = text[opened + 1:closed]
    if opened - start <= 2 and len(inside) <= 2 or "＋" in inside or "+" in inside:
        return [(start, end)]
    return [span for span in ((start, opened), (opened + 1, min(closed, end))) if span[1] - span[0] >= 2]


def _third_of_a_titled_name(text: str, start: int, end: int) -> bool:
    """Is the character after a Chinese name of two the tagger found after a title the third of the name of three
    jieba made up there (现任董事长魏哲|家共进午餐)? Of the corpora's 959 such words, 904 are names of three; most of
    the 55 names of two stand before a function word or verb glued on (选手孙浩[在], 主任原洪[说], 记者顾伟[因]), or
    before the first character of a word (副总统戈尔[本周末])."""
    third = text[end]
    return has_surname(text[start:end]) and translit_share(text[start:end + 1]) < 1 \
        and third not in _ENDS_NO_TITLED_NAME and not plain_word(text[end:end + 2]) \
        and dictionary().tags([third]).get(third, "n")[:1] not in FUNCTION_TAGS


_ENDS_NO_TITLED_NAME = NEVER_NAME_FINAL | GLUED_AFTER | BEGIN_WORDS_AFTER_NAMES | NOT_GIVEN


def _asking(text: str, start: int) -> bool:
    """Does the name at ``start`` begin with a 何 that asks (兄有何新出？, 是何涵义)? Not after a verb of engaging
    that ends in 任, whose 何 is the surname of the one engaged (聘任何志远为省政府参事, not 任何 'any')."""
    return text[start] == "何" and start > 0 and text[start - 1] in _ASKING_BEFORE \
        and not text.endswith(("于是", "聘任", "委任"), 0, start)


def _one_and_a_calling(name: str) -> bool:
    """Is ``name`` a character that is no surname and a title or calling of two (康复村|村民, jieba's 村|村民: the
    village's villager)? Of the corpora's names of three, three end in such a word, all after a surname (杨皇后)."""
    return len(name) == 3 and name[1:] in _CALLINGS_OF_TWO and name[0] not in SURNAMES


_CALLINGS_OF_TWO = frozenset(t for t in (*ROLE_TITLES, *WEAK_TITLES) if len(t) == 2)


def _where_said(context: Context, start: int, end: int) -> bool:
    """Is the span, after 在 and ending in a locative, where something was said (在网志中说, 在会上表示: the blog, the
    meeting)? Of the corpora's names, three stand after 在 and end in a locative (在金大中访美期间), none before what
    one says."""
    return end - start >= 2 and context.text.endswith("在", 0, start) and context.text[end - 1:end] in LOCATIVE_ENDS \
        and context.speech_after(end)


def _source_of_news(text: str, start: int) -> bool:
    """Does the name at ``start`` begin with the 从 by which a reporter names a source (记者从金华获悉, jieba's 从金华 a
    name)? Of the corpora's 38 such 从, none begins a name, and one of their 37,625 names begins with it."""
    return text[start] == "从" and text.endswith("记者", 0, start)


def _adverb_after_name(text: str, start: int, end: int, name_ends: Container[int]) -> bool:
    """Is the name of three at ``start``, right after another name, a surname that is an adverb, a
    preposition or a conjunction to jieba (曾 'once', 向, 和, 由, 都) before a word of its dictionary
    (邵佳一曾|效力于, jieba's 曾效力 a name)? Of the 564 such right after a name in the training corpora,
    none is a name."""
    word = text[start + 1:end]
    return end - start == 3 and start in name_ends and text[start] in _function_surnames() \
        and word in dictionary().tags([word])


def takes_office(context: Context, start: int, end: int, name_ends: Container[int]) -> bool:
    """Is the name at ``start`` the verb 任, 'took the office of', also after 曾, 'once', right after a name or its 女士,
    先生 or 同志, before a title (科菲尔德女士[任]主席的, 东条英机[任关东军]参谋长, 贝耶[曾任马里]外长)? Of the corpora's 37
    names so followed by 任, 33 take an office; the four names that begin with it stand in lists and bylines, none before
    a title, and none of their 126 that begin with 曾 goes on with 任."""
    text = context.text
    before = start - 2 if text.endswith(_NAMED_ADDRESS, 0, start) else start
    return text.startswith(("任", "曾任"), start) and before in name_ends and bool(context.titles_after(end))


_NAMED_ADDRESS = ("女士", "先生", "同志")  # how a name is addressed right after it, before what its holder did


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


def _titled_after(context: Context, end: int) -> bool:
    """Does an office one holds follow the span (密特朗总统认为, 尼克松总统的), not a meeting of its
    holders (欧佩克部长级会议) nor the head of a place (德黑兰市长)?"""
    titles = [t for t in context.titles_after(end) if t in _OWN_TITLES and t not in PLACE_HEADS]
    return bool(titles) and not context.text.startswith(("级", "会议", "会"), end + len(titles[0]))


_LED = ("团队", "课题组", "研究组")  # what a scientist leads, named after the leader (林尤舜团队, 王浩课题组)


def _pronoun_after_title(context: Context, start: int, end: int) -> bool:
    """Is the span a word of two or more characters that jieba's dictionary tags a pronoun, right
    after a title and before none (任内 of 市长任内, 本人 of 总统本人)? Of the corpora's 37,625 names,
    three are such words, none so written (著名学者何方同志, 俱乐部的何年、肖扬)."""
    name = context.text[start:end]
    return end - start >= 2 and dictionary().tags([name]).get(name) == "r" and bool(context.titles_before(start)) \
        and not context.titles_after(end)


def _office_of_a_place(context: Context, start: int, end: int) -> bool:
    """Does a place's one-character ending and a title follow ``text[start:end]`` (张江[站]消防员, 王家[村]村民: the
    station's, the village's; not 站 'to stand', 毕什站在)?"""
    return end - start >= 2 and place_after(context.text, start, end) and bool(context.titles_after(end + 1))


def candidates(text: str, folded: str, context: Context, progress: Progress
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
            at = familiar_start(folded, start) if end - start == 1 else start  # (店员小[张]: 店员 is 小张's)
            first = at if whose_relative_follows(folded, end, begins) else list_start(folded, at, starts)
            titles = own_titles_before(context, first, end, starts) \
                + own_titles_after(context, end, begins) or _shared_title(context, at, end, starts)
            candidate.roles.update(t for t in titles if t not in WEAK_TITLES)
        else:
            context.weigh(candidate, start, end)

    def add_accepted(kind: str, start: int, end: int) -> None:  # a shape that is evidence enough alone
        add(text[start:end], kind, start, end)
        found[text[start:end]].score = max(found[text[start:end]].score, ACCEPT)

    covered: set[int] = set()  # characters inside the model's names: shapes found there are not names
    refused: set[int] = set()  # inside what the model found but is a place, body or company: nor there
    # The shape of what the model found is judged in simplified characters, the same offsets.
    dotted = dotted_spans(folded)  # (read in simplified characters: 阿齊茲 is of the table)
    unknown: list[tuple[int, int]] = []
    foreign: list[tuple[int, int]] = []
    bounds: set[int] = set()
    doubtful: list[tuple[int, int]] = []
    # (no name holds a slash, none of the corpora's 37,625: the tagger's run over one is a pair, 张帅/姆拉德诺维奇组合;
    # nor brackets, but to write a character that has no code)
    tagged = [part for span in tagger().names(folded, progress, unknown, foreign, bounds, doubtful)
              for part in _apart_at_slashes(folded, *span)]
    tagged_starts, tagged_ends = {start for start, _end in tagged}, {end for _start, end in tagged}
    made_up_ends = {end: start for start, end in unknown}
    phoned = dict(on_the_phone(folded))  # (与斯塔|默通电话: whom one calls, whole)

    def shaped(start: int, end: int) -> tuple[int, int]:  # the model's span, its edges set right
        end = max(end, phoned.get(start, end))
        start, end = japanese_whole(folded, *with_japanese_family_name(folded, *within_unknown(
            folded, *trimmed(folded, start, end), made_up_ends)))
        start, end = yi_whole(folded, *vietnamese_whole(folded, start, end), bounds)
        start, end = with_initials(folded, *dotted_last_character(folded, *first_part_written_whole(
            folded, *whole_dotted(folded, *before_cai(folded, *reduplicated(folded, start, end)), dotted), dotted)))
        start, end = known_name_whole(folded, start, end)
        start, end = surname_cut_before(folded, *hyphenated(folded, start, end, tagged_starts, tagged_ends), bounds)
        start, end = transliteration_cut_after_title(context, start, end, bounds)
        start, end = surname_after_a_calling(folded, start, end)
        start, end = titled_surname(context, *with_regnal_number(folded, *junior(folded, start, end)), tagged_starts)
        start, end = appointed_japanese_whole(context, *three_before_a_stop(context, start, end))
        start, end = before_a_joined_name(folded, *after_a_joined_name(folded, start, end, tagged_ends), tagged_starts)
        start, end = surname_before_speech(context, start, end, bounds)
        start, end = over_jun(folded, *over_a_split_adverb(folded, start, end))
        return before_a_doubled_adverb(folded, *run_on_to_speech(context, start, end))

    spans = [shaped(start, end) for start, end in tagged]
    # A name of two that jieba makes a name of three of, written so twice or more (魏哲|家日前, jieba's
    # 魏哲家 each time), or once after a title and before a character glued after names (董事长魏哲|家也出席:
    # of the corpora's 219 such words, 217 are names of three, none of two; or an adverb, 董事长魏哲|家随后与), or before
    # the team one leads (林尤|舜团队): the tagger cut it short.
    made_up = Counter(folded[start:end] for start, end in unknown)
    spans = [(start, end + 1) if end - start == 2 and (start, end + 1) in unknown
             and (made_up[folded[start:end + 1]] >= 2 or folded.startswith(_LED, end + 1)
                  or context.titles_before(start) and _third_of_a_titled_name(folded, start, end)
                  or context.titles_before(start) and (folded[end + 1:end + 2] in GLUED_AFTER
                                                       or folded.startswith(ADVERBS, end + 1)
                                                       or end + 1 not in bounds  # (姆巴|佩罚丢: glued to an act)
                                                       and translit_share(folded[start:end + 1]) == 1
                                                       and (context.action_after(end + 1)
                                                            or context.speech_after(end + 1)))) else (start, end)
             for start, end in spans]
    spans = whole_of_name_parts(folded, pairs_apart(folded, joined_surnames(folded, spans)))
    spans = transliterations_joined(folded, spans)  # (布思|罗伊德: one name)
    spans = run_on_where_always_written(folded, spans)  # (考文|垂……考文|垂是)
    spans = run_back_where_always_written(folded, spans)  # (扎|卢日内……。扎|卢日内说)
    spans = run_together(folded, spans)  # (柯为湘贺定一: a list written without stops)
    spans = run_of_names(folded, spans)  # (马有礼王孝行[王雪冰区宗杰]: and what lies between those found)
    spans = little_given_names(folded, spans)  # (小平同志)
    spans += doubles_partners(folded, spans)
    spans += ranked_alike(folded, spans)  # (1. 熊诗麒（广东）6米72 among the table's names found)
    credited = set(bylines(folded))  # (a byline's names are names by where they stand, whatever their shape)
    spans += sorted(credited.difference(spans))
    spans += sorted(set(appointed(folded)).difference(spans))
    spans += sorted(set(of_a_country(folded)).difference(spans))
    spans += [span for span in japanese_of_five(folded) if not any(a < span[1] and span[0] < b for a, b in spans)]
    pairs = japanese_pairs(folded)  # (each whole, over a piece the model took: 保木[卓朗]/小林优吾)
    spans = [span for span in spans if not any(a <= span[0] and span[1] <= b for a, b in pairs)]
    spans += [span for span in pairs if not any(a < span[1] and span[0] < b for a, b in spans)]
    japanese = japanese_by_family_name(folded, bounds)  # (each whole, over a piece the model took: 小[林宏之])
    spans = [span for span in spans if not any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in japanese)]
    spans += [span for span in japanese if not any(a < span[1] and span[0] < b for a, b in spans)]
    spans += sorted(set(by_surname(folded)).difference(spans))
    spans = told_pairs_apart(folded, short_forms_apart(folded, spans))
    spans += sorted(set(by_their_work(folded)).difference(spans))
    spans += [span for span in by_their_points(context, bounds) if not any(a < span[1] and span[0] < b for a, b in spans)]
    spans += [span for span in players_at_play(context) if not any(a < span[1] and span[0] < b for a, b in spans)]
    spans += [span for span in by_their_number(folded) if not any(a < span[1] and span[0] < b for a, b in spans)]
    spans += [span for span in glossed_transliterations(folded) if not any(a < span[1] and span[0] < b for a, b in spans)]
    spans += sorted(set(addressed(folded, bounds)).difference(spans))
    spans += sorted(set(pseudonyms(folded)).difference(spans))
    spans += sorted(set(children_called(folded)).difference(spans))
    spans += sorted(set(courtesy_named(folded)).difference(spans))
    spans += sorted(set(introduced(folded)).difference(spans))
    spans += sorted(set(phoned.items()).difference(spans))
    spans += sorted(set(interviewed(folded)).difference(spans))
    spans += sorted(set(speaker_or_kin(folded)).difference(spans))
    spans = _with_kin(folded, spans, bounds)
    spans += sorted(set(withheld_pairs(folded, spans)).difference(spans))
    spans += sorted(set(joined_to_a_name(folded, spans, bounds)).difference(spans))
    spans += sorted(set(familiar(context, {folded[start] for start, end in spans if end - start in (2, 3)})).difference(spans))
    items = listed(folded, spans, doubtful)  # (a surname the tagger took alone where an item begins is no name apart:
    # [林]高远)
    begun = {start for start, end in items if end - start >= 3}
    spans = [span for span in spans if span[1] - span[0] > 1 or span[0] not in begun] + items
    spans = _with_kin(folded, spans, bounds)  # (and of those the list named: 石满的儿子石银山、贺发林)
    # (卡塔尔首相X, 王老吉等品牌: no one, anywhere)
    bodies = offices_of(context, spans) | brands_listed(folded, spans) | kinds_counted(folded, spans) \
        | games_and_sports(folded, spans) | storms(folded, spans) | prizes(folded, spans)
    places_only = among_places(folded, spans) | in_datelines(folded, spans) | labels_only(folded, spans) \
        | within_epithets(folded, spans)
    for start, end in spans:  # (伯克希尔·哈|撒韦公司董事长X: nor is its dotted part anyone)
        if (start, end) in places_only or folded[start:end] in bodies or after_a_trade(folded, start):
            refused.update(range(start, end))
    spans = [span for span in spans if span not in places_only and folded[slice(*span)] not in bodies
             and not alone_in_brackets(folded, *span) and not named_craft(folded, *span)
             and not of_a_locality(folded, *span) and not countries_paired(folded, *span)
             and not country_side(folded, *span) and not outlet_titled(folded, *span)
             and not numbered_title(folded, *span)
             and not after_a_trade(folded, span[0])
             and not an_event_counted(folded, *span) and not a_flat_thing_counted(folded, *span)
             and not a_school_counted(folded, *span) and not a_share_after(folded, *span)
             and not a_body_run_or_bought(folded, *span)]
    tagged_forms = {folded[s:e] for s, e in spans}
    whole = name_parts_runs(folded) | {span for span in spans if yi_name(folded, *span, bounds)
                                       or appointed_japanese(context, *span)}
    # (a Tibetan name's last part is no word glued on: 索南才[让]; nor a Yi name's: 沙马拉[则])
    kept = [(start, end) if (start, end) in whole else unglued(folded, start, end, tagged_forms) for start, end in spans]
    # (比亚迪当月销量, and 鴻海[今（14）日]……鴻海股價 once what was glued to it is off: no one, anywhere)
    sold = {form for form in by_their_sales(folded, kept) | named_as_a_company(folded, kept)
            # (but 创始人李宁 beside 李宁股价 or 李宁公司: the founder too)
            if not any(context.titles_before(start) for start, _end in literal_spans(folded, form))}
    starts = {end: start for start, end in kept}  # (导演王家卫[再登热搜] 胡歌: no list of names)
    begins = {start: end for start, end in kept}
    kept_starts = {start for start, end in kept if 2 <= end - start <= 3 and folded[start] in SURNAMES}  # (区志华)
    kept_forms = {folded[start:end] for start, end in kept}
    a_locality = cache(partial(a_locality_too, folded))  # (once a form: each looks at every place it is written)
    tagged_at = dict(tagged)
    for (start, end), (_start, tagged_end) in zip(kept, spans):
        start, end = completed(folded, start, end, kept_forms, bounds)
        name = folded[start:end]
        # One character right after a name and before a title begins the title (诗丽吉[王]太后: of the corpora's
        # 73 names of one right after another, all are a pair's short forms, 马列, 汤尤杯, none a surname before a
        # title). A character the model took into the name (黑尔·毕什[站]在) was no place's ending to it, nor is one that
        # begins another name it found (李秀梅[区]志华, a list run together). The end of a
        # word jieba made up that ends as a place does is the place's (黄|杜村: of the corpora's 744 names that
        # end so, one ends such a word). A word of kinship is no one's name (鲁迅的[长孙]周令飞) but before a title,
        # where it is a compound surname (长孙皇后), and a title's rank before it is the title's (伯克利分校[荣休]教授).
        if start < end and HAN.search(name) and not is_date(name) and not is_outlet(name) \
                and not (is_place(name) and (start, end) not in credited) and not a_village(folded, name) \
                and not _one_and_a_calling(name) \
                and not is_language(name) and not is_contest(name) and not _department(name) \
                and not _body_of_a_name(name) and not _pupil(context, start, end) \
                and not _short_name_of_a_body(context, start, end, bounds) \
                and not (_common_word(name) and not counted_item(folded, start, end)) and not _surname_and_a_noun(name) \
                and not family_counted(folded, start, end) \
                and not birthplace(folded, start) and not in_a_state(folded, start, end) \
                and not _PRONOUNS.intersection(name) and not _pronoun_after_title(context, start, end) \
                and not _PLACE_IN_A_PICTURE.fullmatch(name) \
                and (name not in KINSHIP or context.titles_after(end)) \
                and not (name in TITLE_PREFIXES and context.titles_after(end)) \
                and not across_words(folded, start, end) \
                and not _asking(folded, start) and not _source_of_news(folded, start) \
                and not _where_said(context, start, end) \
                and not _adverb_after_name(folded, start, end, starts) \
                and not takes_office(context, start, end, starts) \
                and not (folded[end - 1:end] in PLACE_ENDINGS and made_up_ends.get(end, start) < start) \
                and name not in sold and not folded.endswith(_BODY_BEFORE, 0, start) \
                and not in_a_company_word(folded, end, bounds) and not before_an_office(folded, start, end) \
                and not named_for_a_place(folded, start, end) \
                and not a_locality(name) \
                and not (end - start >= 2 and _employer(folded, end, tagged_at)) \
                and not _place_of_work(folded, start, end) \
                and not (end - start == 1 and start in tagged_ends and context.titles_after(end)) \
                and (context.titles_after(end) or end < tagged_end and not _office_of_a_place(context, start, end)
                     or not place_after(folded, start, end) or folded.endswith(KINSHIP, 0, start) or end in kept_starts):
            add(canonical(text[start:end]), "model", start, end)
            covered.update(range(start, end))
        else:
            refused.update(range(start, end))
    for start, end in doubtful:  # 茶叶公司的[柏强]告诉记者, 刘欢、[那英]都曾: what the model doubted, weighed as a shape is
        start, end = unglued(folded, start, _to_a_dictionary_name(folded, start, end, bounds), tagged_forms)
        start, end = with_japanese_family_name(folded, start, end)
        form = folded[start:end]
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)) \
                and (has_surname(form) or translit_share(form) == 1 or form[:2] in JAPANESE_FAMILY_NAMES
                     or len(form) >= 3 and translit_share(form) >= 0.6 and _paired_with_a_transliteration(
                         folded, start, end, covered)) and not plain_word(form) \
                and dictionary().frequency(form) < COMMON_AS_A_WORD and not _pupil(context, start, end) \
                and form[-1] not in _NO_NAME_ENDINGS and not _department(form) and not country_side(folded, start, end) \
                and not a_side(context, form):
            # (not 智慧, a name to jieba's dictionary; nor 80岁的修表匠, a trade's word, as with words jieba made up; nor a
            # side the text writes as one anywhere, 道奇与山本由伸续约……道奇队今天宣布)
            add(text[start:end], "doubtful", start, end)
            if _paired(folded, start, end, covered) or _chinese_three(form) \
                    and (context.titles_after(end) or context.aide_or_kin_after(end)):
                # joined to a name the model found, or a name of three by its shape before a title (高长青副教授; not
                # a company's short name, 武钢总经理, nor a title's rank, 蔡前总统) or naming a relative (方和平的父亲)
                found[text[start:end]].score += 2
            elif len(form) >= 3 and translit_share(form) == 1 and context.action_after(end) \
                    and not context.after_place_word(start, loosely=True):
                found[text[start:end]].score += 1  # a transliteration acting, as one jieba made up is weighed
                # (德布劳内替补登场, jieba's 德布|劳内; not where one goes: 在拉巴斯会见)
    # (and one joined to a name doubted but taken on the evidence around it, 普京……普京说……普京与[特朗普]: the pair says it)
    taken = covered.union(*(range(start, end) for form, candidate in found.items() if candidate.score >= ACCEPT
                            for start, end in literal_spans(folded, form)))
    for form, candidate in found.items():
        if candidate.kind == "doubtful" and candidate.score < ACCEPT \
                and any(_paired(folded, start, end, taken) for start, end in places[form]):
            candidate.score += 2
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
    for form in dict.fromkeys([*(folded[start:end] for start, end in unknown), *in_full(folded, alone),
                               *speaking_in_full(context)]):
        # 全红婵赛后说: a name jieba does not know, or one of a surname used alone (高师傅……高凤林说),
        # written twice or more, weighed where it is written (jieba may cut it apart there: 约基|奇则说); or
        # once, a transliteration jieba cut apart that speaks or acts, not where one goes (罗马里奥因伤退出)
        if begun_before(folded, form):
            form = folded[folded.find(form) - 1] + form  # (水原|一平: the character the text always writes before it)
        written = [span for span in literal_spans(folded, form)
                   if not covered.intersection(range(*span)) and not refused.intersection(range(*span))
                   and not inside_title(folded, *span)]
        if not any(end in bounds or context.speech_after(end) or context.action_after(end) for _start, end in written):
            continue  # (its last character glued by jieba to what follows wherever written, but before an act or
            # words: 姆巴|佩罚丢点球, not 纳西|古乐)
        if len(form) == 2 and len(written) >= 2:
            ((follower, times),) = Counter(folded[end:end + 1] for _start, end in written).most_common(1)
            if follower not in GLUED_AFTER and 2 * times > len(written):
                continue  # (two characters mostly before the same one, which glues to no name: a longer word's,
                # 安波|汤, 隆福|广场……隆福|寺)
        if form[-1] in _NO_NAME_ENDINGS or _department(form) or a_township_itself(folded, form) \
                or country_side(folded, *written[0]) or form in ROLE_TITLES:
            continue  # (a word jieba makes of a trade, 修表匠, 送餐员: none of the corpora's names ends so; 印巴两国;
            # a title itself, 首相拿督斯里安华……外交部长拿督斯里莫哈末哈山)
        foreign_shape = translit_share(form) == 1 or but_one_transliterated(form) and form[0] not in SURNAMES
        # (or holding an office named after it, as a title before it would say: 尼|安达中将, 麦克|哈菲准将首先致辞)
        holds_office = len(written) == 1 and len(form) >= 3 and _titled_after(context, written[0][1])
        # (or joined to a name found: 东契奇与欧文, as a foreign name of jieba's dictionary is)
        paired = len(written) == 1 and _paired(folded, *written[0], covered)
        # (or of two, all the table's and no two countries' short names, speaking or acting: 第79分钟萨卡打进制胜球; of
        # the corpora's 102 such, 75 are names, 25 parts of longer ones, two countries, 法俄签署, 埃塞表示)
        does = context.speech_after(written[0][1]) or context.action_after(written[0][1])
        acting = len(written) == 1 and foreign_shape \
            and (len(form) >= 3 and (does or holds_office or paired)
                 or translit_share(form) == 1 and not all(c in COUNTRY_SHORT for c in form) and does) \
            and not context.after_place_word(written[0][0], loosely=True)
        if len(written) >= 2 or acting:
            for start, end in written:
                add(text[start:end], "unknown", start, end)
            # the same unknown word again, or its act, is evidence; the office after it, or the name it is joined to,
            # as much as a title before
            found[text[slice(*written[0])]].score += 2 if acting and (holds_office or paired) else 1
    offices = offices_of(context, spans + foreign) if foreign else set()
    for start, end in foreign:  # 伦纳德因伤缺阵: a foreign name of jieba's dictionary, speaking or acting right after,
        # joined to a name found (拜登和特朗普), or heading a government (特朗普政府: the corpora annotate 克林顿政府)
        paired = _paired(folded, start, end, covered)
        # (of two, only a player scoring or one paired with a name found where a word begins, 莫迪和特朗普,
        # and no part of a longer transliteration: 贝宁说 may be
        # its president's words, 切尔诺|比奥 is a town; and so of a place's name or another proper noun's: 萨博尼斯得到18分,
        # 欧文贡献25分, or one of three or more paired with a name found, 奥巴马和米歇尔出席, jieba's 奥巴马 a place;
        # but a royal's title after any such name makes it a person: 英国威廉王子, not 萨克拉门托国王队)
        word, royal = folded[start:end], any(t in ROYAL_TITLES for t in context.titles_after(end))
        # (a state's or a place's government is no one's: 卡纳塔克邦政府, as India's and Malaysia's states are written)
        governs = folded.startswith("政府", end) and word[-1] not in PLACE_ENDINGS and word[-1] != "邦"
        tag = dictionary().tags([word]).get(word, "")
        scoring_only = end - start == 2 or tag[:2] in ("ns", "nz")
        place_of_two = end - start == 2 and tag.startswith("ns") and not _written_as_a_place(folded, start, end)
        # (but one of three or more its dictionary counts seldom, speaking: 赛前扎加洛说, jieba's 扎加洛 a place; of the
        # corpora's 18 such before a verb of speaking, 17 are names, and the other one of them left unmarked once)
        # (and one of two it has as a rarer place, speaking, 普京表示: of a quarter of the corpora's such, not inside a
        # longer name, 12 are names, one a place, 湖北通山说)
        speaking = (end - start >= 3 and dictionary().frequency(word) < RARE_PLACE
                    or place_of_two) and context.speech_after(end)
        if scoring_only and not royal and _transliteration_beside(folded, start, end):
            continue
        paired_apart = paired and (end - start >= 3 or _stands_apart(context, start)) \
            and not (place_of_two and "、" in (folded[start - 1:start], folded[end:end + 1])
                     and not _titled_list_after(context, end, covered))
        # (but a place of two in a list is one of places, 王建国、卢湾、徐汇等区; 普京和莫迪 are two, and so are the
        # items of a list a title follows, 马烽、西戎同志)
        # (an office after one of three or more, 法国密特朗总统认为: of the corpora's 290 such, 257 are names)
        office = end - start >= 3 and _titled_after(context, end) \
            or place_of_two and folded.startswith(HEADS_OF_STATE, end)
        # (or of two its dictionary has as a place, which the tagger passes on only where it is no country and rare:
        # 普京总统随时准备; the corpora's three such, 里根总统, are names; not one it has as a name, 贝宁总统, Benin's)
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)) \
                and (royal or office or context.scores_after(end) or paired_apart or speaking if scoring_only else
                     royal or office or context.speech_after(end) or context.action_after(end) or paired or governs) \
                and not context.after_place_word(start, loosely=True) and word not in offices \
                and (royal or not people_or_team(word)) and not named_craft(folded, start, end) \
                and word not in KINSHIP and not a_side(context, text[start:end]) \
                and not any(context.org_around(*span) for span in literal_spans(folded, word)):
            # (nor a word of kinship, before a name the title's word begins: 她的孙子王子涵, jieba's 孙子|王子;
            # its dictionary has cities as names too: 在卡塔尔访问, 首都布达佩斯会面, 去萨尔瓦多出席;
            # and companies: 阿里巴巴称……阿里巴巴首席执行官吴泳铭, 特斯拉股东大会……特斯拉和X;
            # and countries: 乌克兰表示; and a side the text writes so elsewhere: 道奇与山本由伸……道奇隊)
            add(text[start:end], "foreign", start, end)
            if len(places[text[start:end]]) == 1:
                # the shape and the dictionary: half the evidence; a royal's title, an office or a government all of it
                found[text[start:end]].score += 2 if paired or royal or governs or office else 1
    for start, end in titled(context, covered):  # 总统普京: a name jieba's dictionary calls a place
        if not context.where_said(start, end) and not inside_title(folded, start, end):  # (not 首相拿督斯|里安华)
            add(text[start:end], "titled", start, end)
    for start, end in after_a_party(context, bounds):  # 工联会麦美娟则要求, where the model found none
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)):
            add_accepted("party", start, end)
    for start, end in after_nationality(folded):  # 加拿大人德沙特兰, where the model found none
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)):
            add_accepted("titled", start, end)
    for start, end in one_name_part_after_title(context):  # 女儿其其格, where the model found none
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)):
            add_accepted("titled", start, end)
    for start, end in family_kin(folded, [place for spans in places.values() for place in spans], bounds):
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)):
            add_accepted("kin", start, end)  # 大坂直美的母亲大坂环, where the model found none
    for start, end in owner_opening_a_clause(folded, covered):  # 盛婷婷的大学同学, where the model found none
        if not refused.intersection(range(start, end)):
            add_accepted("kin", start, end)
    for start, end in transliterated_before_kin(folded, covered):  # 特朗普女婿库什纳, where the model found none
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)):
            add_accepted("kin", start, end)
    for start, end in surnamed_before_title(context, bounds):  # 岳万民县长, where the model found none
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)):
            add_accepted("titled", start, end)
    for start, end in regnal_names(folded):  # 教皇利奥十四世, where the model found none
        if not covered.intersection(range(start, end)):
            add(text[start:end], "regnal", start, end)
            if len(places[text[start:end]]) == 1:
                found[text[start:end]].score += 2  # a number of a reign is evidence as a dot is
    for start, end in monks(folded):  # 演觉法师, where the model found none: the title after is evidence enough
        if not covered.intersection(range(start, end)) and not refused.intersection(range(start, end)):
            add_accepted("monk", start, end)
    for start, end in pandas_named(folded):  # 大熊猫“添添”: named as people are, and annotated so
        if not covered.intersection(range(start, end)):
            add_accepted("panda", start, end)
    for match in INITIAL_NICKNAME.finditer(folded):  # C罗, B费: a player the sports press calls so
        if not covered.intersection(range(*match.span())):
            add(text[slice(*match.span())], "nickname", *match.span())
    for form in {c.form for c in found.values() if c.kind == "nickname"
                 and (len(places[c.form]) >= 2 or any(context.scores_after(end) for _start, end in places[c.form]))}:
        found[form].score += 1  # written twice or more, or scoring, the shape is half the evidence (C罗……C罗推射破门,
        # C罗打进了个人第900个进球)
    for match in LATIN_FULL.finditer(text):
        if not names_a_company(match.group()) and not covered.intersection(range(*match.span())):
            add(match.group(), "latin", *match.span())
    listed_after: int | None = None  # where the last one taken ends: the next of its list is one too
    # (成员Jisoo、Jennie和Rosé)
    for match in LATIN_ALONE.finditer(text):  # 成员Jennie: right after a title, calling or word of kinship (大女儿
        start, end = match.span()  # Hathaway); not what has officers of its own (竞争对手Anthropic的首席执行官X: a company)
        if not names_a_company(match.group()) and not covered.intersection(range(start, end)) \
                and (context.titles_before(start) or context.relation_before(start)
                     or listed_after is not None and _NOTE_FIRST.sub("", text[listed_after:start]) in _LATIN_JOINERS
                     and not context.org_around(start, end) and not folded.startswith("的", end)) \
                and not (folded.startswith("的", end) and folded.startswith(_OWN_TITLES, end + 1)):
            add(match.group(), "latin", start, end)
            listed_after = end
    return found, places


def _shared_title(context: Context, start: int, end: int, name_ends: Mapping[int, int]) -> list[str]:
    """The titles of a name joined by 和 or 及 to the one at ``start`` that has none of its own, where a title many
    hold stands before both (大法官卡根和索托马约尔, 美联储理事沃勒和鲍曼: both); not one a single person holds (外长王毅和鲁比奥:
    not a foreign minister), nor when the clause tells the two meeting, talking or playing each other, nor to one whose
    relative or aide follows (特使威特科夫和特朗普的女婿库什纳: the envoy and the son-in-law)."""
    first = name_ends.get(start - 1) if context.text[start - 1:start] in ("和", "及") else None
    if first is None or context.titles_before(start) or context.aide_or_kin_after(end) \
            or context.text.startswith(RELATION_TITLES, end):
        return []
    clause = re.split(r"[，。；！？\n,;]", context.text[end:end + 30])[0]
    if any(verb in clause for verb in _BETWEEN_TWO):
        return []
    titles = own_titles_before(context, first, start - 1, name_ends)
    return [t for t in titles if not t.endswith(_ONE_HOLDER)]


# What two named together do to each other, not together: meet, talk, play (习近平和特朗普通话, A和B会师决赛).
_BETWEEN_TWO = ("会见", "会晤", "会谈", "通话", "通电话", "见面", "握手", "谈判", "交手", "对决", "对阵", "会师", "较量",
                "击败", "战胜", "决赛", "比赛", "争夺", "争冠", "辩论", "交锋")
# The ends of titles one person holds at a time (总统, 外长, 董事长, 主教练, 首席执行官), which two named together do not share.
_ONE_HOLDER = ("长", "主席", "总统", "首相", "总理", "总裁", "书记", "国务卿", "执行官", "主任", "主帅", "教练", "经理",
               "总监", "领袖", "国王", "女王", "大使", "种子", "创始人", "发言人", "总督", "议长", "首脑")


def own_titles_before(context: Context, start: int, end: int, name_ends: Container[int]) -> list[str]:
    """The titles before a name at ``start``, unless another name ends where they begin and this
    one has a title after it too: then they are that name's (江泽民总书记李鹏总理: 总书记 is 江泽民's).
    Nor does one begin inside another name joined to it: the chain is cut where that name ends (财政司司长戴建业及
    社会文化司司长柳华佳: 社会文化司司长, not 建业及…, a field joined by 及 to the office to jieba)."""
    titles, chain_start = context.title_chain(start)
    if titles and chain_start in name_ends and context.titles_after(end):
        return []
    inside = next((at for at in range(start - 1, chain_start, -1) if at in name_ends
                   and context.text[at:at + 1] in _TITLES_JOINED), None)  # (not a prize's namesake: 茅盾文学奖得主)
    if inside is None:
        return titles
    kept, at = [], start
    for title in titles:  # (nearest first, each written right before the one found before it)
        at -= len(title)
        if at < inside:
            if rest := title[inside - at:].lstrip(_TITLES_JOINED):
                kept.append(rest)
            break
        kept.append(title)
    return kept


_TITLES_JOINED = "和及、"  # what joins two people's titles, each with its name: X司司长A及Y司司长B


def own_titles_after(context: Context, end: int, name_begins: Mapping[int, int]) -> list[str]:
    """The titles right after a name that are its own: not a relation (普京夫人), but a calling that is someone's only
    after 的 (刘国梁教练表示: his calling), nor one another name follows with no title after it, whose it is
    (普京助理乌沙科夫表示, 王楚钦搭档孙颖莎, 马龙教练秦志戬; but 江泽民总书记李鹏总理)."""
    titles = [t for t in context.titles_after(end) if t not in RELATION_TITLES or t in OWNED_CALLINGS]
    after = end + len(titles[0]) if titles else -1
    return [] if after in name_begins and not context.titles_after(name_begins[after]) else titles


def _to_a_dictionary_name(text: str, start: int, end: int, bounds: set[int]) -> int:
    """Where a doubtful name ends: at the end of the name of jieba's dictionary it begins and stops one or two
    characters short of (大提琴家[马友]友, jieba's 马友友), else where the model's doubt ends; not over the
    character that ends a body's name, which jieba's names hold too (彭博[社]记者: of the corpora's 37,625 names,
    15 end in one of them)."""
    if start in bounds and end not in bounds:
        whole = next((at for at in (end + 1, end + 2) if at in bounds), end)
        if dictionary().tags([text[start:whole]]).get(text[start:whole], "").startswith("nr") \
                and text[whole - 1] not in _ENDS_BODIES:
            return whole
    return end


# (a news outlet's, and a hall's, institute's, office's, works', company's, team's or party's)
_ENDS_BODIES = OUTLET_ENDINGS | frozenset("馆院所局厂司部队团党")


def _transliteration_beside(text: str, start: int, end: int) -> bool:
    """Does a transliteration character stand right before or after the span, in no word of
    jieba's dictionary with its own neighbour (切尔诺|比奥; not 格林|贡献)?"""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    return bool(before) and before[-1] in TRANSLIT and not dictionary().tags([before]) \
        or bool(after) and after[0] in TRANSLIT and not dictionary().tags([after])


def _department(form: str) -> bool:
    """Is ``form`` a hospital's or an office's department, a word of jieba's dictionary that is no name and 科
    (呼吸科, 宣传科)? Of the corpora's 31 names that end in 科, none has such a word of two before it (拉什科: a name).
    Or a university's, three characters or more ending in 系 (韩文系, jieba's 韩文 a name): none of the corpora's
    37,625 names ends so."""
    first = form[:-1]
    return len(form) == 3 and form[-1] == "科" and not dictionary().tags([first]).get(first, "nr").startswith("nr") \
        or len(form) >= 3 and form[-1] == "系"


def _common_word(form: str) -> bool:
    """Is ``form`` a common noun, verb, adjective or adverb of two characters or more, one jieba's dictionary counts
    ``_COMMON_WORD`` times or more (战略, 董事会, 海军, 汉子)? Of the corpora's 37,625 names, ten are such words (光绪,
    开来); on the held-out splits and five eighths, every one the model took so was false."""
    tag = dictionary().tags([form]).get(form, "")
    return len(form) >= 2 and tag in _WORD_TAGS and dictionary().frequency(form) >= _COMMON_WORD


_COMMON_WORD = 1000
_WORD_TAGS = frozenset(("n", "v", "vn", "a", "d"))


def _surname_and_a_noun(form: str) -> bool:
    """Is ``form`` four Chinese characters, a surname and a common noun of three of jieba's dictionary, not written as
    names are transliterated (高|超音速, jieba's name)? Of the corpora's 624 names of four, the 22 so ending are all
    transliterated (罗|纳尔多, 汉|密尔顿)."""
    return len(form) == 4 and form[0] in SURNAMES and translit_share(form) <= 0.5 \
        and dictionary().tags([form[1:]]).get(form[1:], "") == "n"


def _body_of_a_name(form: str) -> bool:
    """Is ``form`` a body or place named after someone, whole (李嘉诚基金会, a name to jieba's dictionary and so to the
    model): two characters or more and a place's or body's kind of two or more? None of the corpora's names ends so."""
    return form.endswith(_KINDS_OF_BODIES) and any(form.endswith(kind) and len(form) - len(kind) >= 2
                                                   for kind in _KINDS_OF_BODIES)


_KINDS_OF_BODIES = tuple(kind for kind in PLACE_AFTER if len(kind) >= 2)


def _short_name_of_a_body(context: Context, start: int, end: int, bounds: set[int]) -> bool:
    """Is the span a body's short name that jieba cuts as one word and the model took for a name (国家卫健委, jieba's name
    卫健委): one that ends as a body's does (委, 办, 局, ...) with no title before it? Of the corpora's 37,625 names one ends
    so, after a title (副政委赵建委)."""
    return end - start >= 3 and context.text[end - 1] in _BODY_ENDINGS and start in bounds and end in bounds \
        and not bounds.intersection(range(start + 1, end)) and not context.titles_before(start)


def _chinese_three(form: str) -> bool:
    """Three Chinese characters after a surname, the last no title's rank (高长青; not 蔡前 of 蔡前总统)."""
    return len(form) == 3 and form[0] in SURNAMES and HAN_RUN.fullmatch(form) is not None \
        and not form.endswith(TITLE_PREFIXES)


def _employer(text: str, end: int, tagged_at: dict[int, int]) -> bool:
    """Is what ends at ``end`` the body a title after it is held in, as the title's holder follows it (周大福董事总经理
    黄绍基, 宁德时代董事长曾毓群)? Not where the holder has a title after too, in a list of names and titles
    (江泽民总书记李鹏总理), nor a date the tagger took for a name (若斯潘总理[周二晚]表示), nor before a word of
    address or kin (张伯驹先生, 李先念夫人林佳楣: of the corpora's names, only such stand before a title and another
    name)."""
    chain = _TITLE_CHAIN.match(text, end)
    holder = tagged_at.get(chain.end()) if chain else None
    return holder is not None and not _TITLE_CHAIN.match(text, holder) and not is_date(text[chain.end():holder])


def _place_of_work(text: str, start: int, end: int) -> bool:
    """Does the span stand where one works, between 在 and a verb of working (曾在微软和谷歌任职)? Of the corpora's 555
    such frames, one holds a name before the verb: 在阿维兰热任职, during his tenure."""
    return text.startswith(_WORKING, end) and _AT_WORK.search(text, max(0, start - 12), start) is not None


_WORKING = ("任职", "就职", "供职", "工作", "实习", "上班")
_AT_WORK = re.compile(r"在[^，。；！？、\n]*\Z")


_TITLE_CHAIN = re.compile("(?:" + "|".join(sorted(
    (t for t in ROLE_TITLES if t not in (*ADDRESS_AFTER, *WEAK_TITLES, *RELATION_TITLES, *KINSHIP)),
    key=len, reverse=True)) + ")+")


def _pupil(context: Context, start: int, end: int) -> bool:
    """Is the span a pupil's word, 生 after a noun or a place word of jieba's dictionary (高中|生, 初中|生, 小学|生,
    which it holds as names), with no title after it, and one the dictionary counts more than a few times (高中生 129,
    师范生 11; not 周长生, 2, a name)? Of the corpora's 314 names of three that end in 生, one is so, before a title:
    黄道生总领事."""
    name = context.text[start:end]
    return len(name) == 3 and name[-1] == "生" and dictionary().tags([name[:2]]).get(name[:2]) in ("n", "s", "f") \
        and dictionary().frequency(name) > RARE_WORD and not context.titles_after(end)


def _paired(text: str, start: int, end: int, covered: set[int]) -> bool:
    """Is the span joined to a name found, before or after it, and does it end there (拜登和特朗普将, 普京与特朗普近期;
    not 劳伦斯伯克利|国家实验室; nor 特朗普政府, as jieba's dictionary's places head governments too:
    科特迪瓦政府; nor before a noun a glued character begins, 、宁德|时代董事长)?"""
    before = text[start - 1:start] in _JOINED and start - 2 in covered \
        and not ((owner := _OWNING.match(text, end)) and owner.end() in covered)  # (、宁德时代的吴凯: whose he is)
    if text[end:end + 1] in _JOINED and end + 1 in covered:
        return True
    after = dictionary().tags([text[end:end + 2]]).get(text[end:end + 2], "") if before else ""
    return before and (not HAN.match(text, end) or text[end] == "的" or after == "t"  # (特朗普|近期)
                       or text[end] in GLUED_AFTER and not after.startswith("n"))


def _paired_with_a_transliteration(text: str, start: int, end: int, covered: set[int]) -> bool:
    """Is the span joined, as :func:`_paired` reads it, to a transliteration the model found (厄德高和萨卡: a player the
    tables lack a character of, 厄, beside one)?"""
    if not _paired(text, start, end, covered):
        return False
    at, step = (end + 1, 1) if end + 1 in covered and text[end:end + 1] in _JOINED else (start - 2, -1)
    partner = ""
    while at in covered and 0 <= at < len(text):
        partner += text[at]
        at += step
    return len(partner) >= 2 and translit_share(partner) == 1


_OWNING = re.compile("[\u4e00-\u9fff]{1,4}的")  # what runs on from a span to the 的 of a name found after it


def _written_as_a_place(text: str, start: int, end: int) -> bool:
    """Is the place of jieba's at ``start:end`` written as one: right after another of its places, no country, the
    region it lies in (湖北|通山说: Tongshan county, where the story was told), or with its level anywhere (通山说与
    禅隐说……《通山县志》: a theory named after the county)?"""
    words = [text[max(0, start - size):start] for size in (2, 3)]
    return any(tag.startswith("ns") and word not in COUNTRIES for word, tag in dictionary().tags(words).items()) \
        or any(text[start:end] + level in text for level in PLACE_LEVELS)


def _titled_list_after(context: Context, end: int, covered: set[int]) -> bool:
    """Does a name found follow ``end`` past 、, with a title or 同志 right after it, the list's (马烽、西戎同志)?"""
    at = end + 1
    if context.text[end:at] != "、" or at not in covered:
        return False
    while at in covered:
        at += 1
    return context.text.startswith("同志", at) or bool(context.titles_after(at))


def _stands_apart(context: Context, start: int) -> bool:
    """Does a name begin at ``start``: the text's start, no Chinese before it, or a title (，哈里和梅根; not 由撒贝宁和宋佳,
    whose 撒 the surname table lacks)?"""
    return start == 0 or not HAN.match(context.text, start - 1) or bool(context.titles_before(start))


def people_or_team(form: str) -> bool:
    """Does jieba's dictionary know a people, a language, a team or a city by ``form`` (乌克兰人,
    尼泊尔语, 阿森纳队, 莫斯科市)? Then it names a country, a club or a city (speaking for its
    government: 莫斯科表示), though the dictionary tags it as a person's name."""
    return bool(dictionary().tags([form + "人", form + "语", form + "队", form + "市"]))


# Between the names of a list (成员Jisoo、Jennie和Rosé; not 与, which joins partners: 分析师Smith与Nvidia的合作).
_LATIN_JOINERS = frozenset(("、", "和", "及", "以及"))
_NOTE_FIRST = re.compile(r"^[（(][^（）()\n]{1,12}[）)]")  # (a name in brackets after the one before: Rosé（朴彩英）、Lisa)


