"""Names found in lists: the other items of a list of names, names run together in a table,
pairs joined by a conjunction or a slash, and paired short forms (马列)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Container, Iterator, Mapping

from tui.extract.context import RELATIONS
from tui.extract.dictionary import COMMON_AS_A_WORD, dictionary
from tui.extract.foreign import JAPANESE_ENDINGS, JAPANESE_TITLED, dotted_apart
from tui.extract.lexicon import (
    COMPOUND_SURNAMES,
    GLUED_AFTER,
    NAME_DOTS,
    NAME_FINAL_GLUE,
    PAIRED_SHORT_FORMS,
    SURNAMES,
    TRANSLIT,
)
from tui.extract.shapes import (BEFORE_NAMES, BEGINS_TRANSLITERATIONS, CONJUNCTIONS, DOTTED, ENDS_NO_NAME, GLUED_ADVERBS,
                                HAN, HAN_RUN, NOT_GIVEN, NOT_LAST, NUMERALS, REGNAL, TITLE_AT, TITLES_OF_TWO_OR_MORE,
                                has_surname, is_date, literal_spans, plain_word, sentence_start, times_written,
                                translit_share)


# Each starts where a run of Chinese starts (the lookbehind keeps matching linear).
# Items set off by 、, each maybe with a note in brackets after it (全红婵（广东）、陈芋汐（上海）).
_LIST_ITEM = r"[\u4e00-\u9fff·]+(?:[（(][^（）()、\n]{1,8}[）)])?"
_LIST = re.compile(rf"(?<![\u4e00-\u9fff·]){_LIST_ITEM}(?:、{_LIST_ITEM})+")
_NOTE_AFTER = re.compile(r"[（(][^（）()]*[）)]\Z")
_LIST_END = re.compile(r"等|和|及|与|以及|[一二三四五六七八九十两几多]位|[一二三四五六七八九十两几]人")

_PAIRED_SHORT_FORMS = re.compile("|".join(PAIRED_SHORT_FORMS))


def short_forms(text: str) -> set[tuple[int, int]]:
    """The one-character names of words made of two people's short forms (马列主义, 汤尤杯); not in a dotted
    name (塞莱莱·马列莱高伊)."""
    matches = list(_PAIRED_SHORT_FORMS.finditer(text))
    if not matches:
        return set()
    dotted = {at for match in DOTTED.finditer(text) for at in range(*match.span())}
    return {(at, at + 1) for match in matches if match.start() not in dotted for at in range(*match.span())}


def short_forms_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The two people of a word made of their short forms, each a name of one character, in place of whatever the
    spans made of them (a name of two, 孔孟; one of them alone)."""
    if not (pairs := short_forms(text)):
        return spans
    inside = {at for at, _end in pairs}
    return sorted({span for span in spans if inside.isdisjoint(range(*span))} | pairs)


def told_pairs_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two people called together by their first characters after 并称 or 合称, 'called together' (李白、杜甫并称“李杜”):
    each character the name of one, as a paired short form's (马列), and so the surname of the one named before it in
    the sentence, in place of the name of two the spans made of them."""
    parted = []
    for start, end in spans:
        told = _TOLD_TOGETHER.search(text, max(0, start - 4), start) if end - start == 2 else None
        if told is not None:
            sentence = sentence_start(text, start)
            named = [text[a] for a, b in spans if sentence <= a and b <= told.start() and b - a >= 2]
            if text[start] in named and text[start + 1] in named[named.index(text[start]) + 1:]:
                parted += [(start, start + 1), (start + 1, end)]
                continue
        parted.append((start, end))
    return parted


_TOLD_TOGETHER = re.compile(r'(?:并称|合称|并称为|合称为|被称为)[“「"]?\Z')


def run_together(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a list written without stops that the model took as one (柯为湘贺定一, 何黄彪夏光辉): a span of
    five to nine Chinese characters that parts into names of two or three, each beginning with a surname (a compound
    one with two more), more likely so than as one name, by how often jieba's dictionary has each character begin its
    names and inside them. Of the training corpora's 233 such runs of names, 225 are parted right so and 3 wrongly; none
    of their 1,459 single names of five to nine characters is (田中真纪子, 伊丽莎白二世: a Japanese ending, a reign). A run
    mostly of transliteration characters is one foreign name (普里马科夫) unless it parts into three names of three
    (林笑云欧安利罗立文), as none of the corpora's single names does."""
    parted = []
    for start, end in spans:
        form = text[start:end]
        best = None
        credit = _credit_line(text, start, end)
        if 5 <= end - start <= 9 and HAN_RUN.fullmatch(form) \
                and not form.endswith(JAPANESE_ENDINGS) and not REGNAL.search(form):
            best = max(_as_names(form), key=_likelihood, default=None)
            if not (credit or translit_share(form) < 0.6 or best and len(best) >= 3 and {len(n) for n in best} == {3}):
                best = None
        if best is None or _likelihood(best) <= _likelihood([form]) and not credit:
            parted.append((start, end))
            continue
        for name in best:
            parted.append((start, start + len(name)))
            start += len(name)
    return parted


def run_of_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a run of them written without stops, as a list of members is (甄瑞文马有礼王孝行王雪冰区宗杰),
    where the tagger found three or more of it, two of them side by side: what lies between two it found, and what it
    took as one of five to nine characters, is parted into names of two or three that begin with a surname (four
    with a compound one), the likeliest way (:func:`_likelihood`), wherever it parts so at all."""
    ordered = sorted(set(spans))
    chains: list[list[tuple[int, int]]] = []
    for span in ordered:
        if chains and 0 <= span[0] - chains[-1][-1][1] <= _GAP and HAN_RUN.fullmatch(text, chains[-1][-1][1], span[0]) \
                or chains and span[0] == chains[-1][-1][1]:
            chains[-1].append(span)
        else:
            chains.append([span])
    found = set(ordered)
    for chain in chains:
        if len(chain) < 3 or sum(a[1] == b[0] for a, b in zip(chain, chain[1:])) < 2:
            continue
        for (_start, end), (start, _end) in zip(chain, chain[1:]):
            if end < start and (names := _parted(text[end:start], alone=True)):
                found.update(_placed(end, names))
        for start, end in chain:
            if 5 <= end - start <= 9 and HAN_RUN.fullmatch(text, start, end) \
                    and (names := _parted(text[start:end], alone=False)):
                found.discard((start, end))
                found.update(_placed(start, names))
    return sorted(found)


_GAP = 12  # characters at most between two names of a run that may be names themselves (four of three)


def _parted(form: str, alone: bool) -> list[str]:
    """The likeliest way ``form`` parts into names (or is one, when ``alone``), else []."""
    ways = list(_as_names(form))
    if alone and (2 <= len(form) <= 3 and form[0] in SURNAMES or len(form) == 4 and form[:2] in COMPOUND_SURNAMES):
        ways.append([form])
    return max(ways, key=_likelihood, default=[])


def _placed(start: int, names: list[str]) -> Iterator[tuple[int, int]]:
    for name in names:
        yield start, start + len(name)
        start += len(name)


def _credit_line(text: str, start: int, end: int) -> bool:
    """Is the span all a line's bracket holds, but for a picture's 摄 (（孟西安祁勇）, （蒲永毅董曼忠摄）), as the press
    credits a story's reporters? Of the training corpora's such lines of five to nine characters that part into
    names, 152 are two or three names and none is one."""
    close = end + (text[end:end + 1] == "摄")
    return text[start - 1:start] in ("（", "(") and text[close:close + 1] in ("）", ")") \
        and (start == 1 or text[start - 2] == "\n") and text[close + 1:close + 2] in ("", "\n")


def _as_names(form: str) -> Iterator[list[str]]:
    """Every way ``form`` parts into two or more names of two or three (four with a compound surname); none of two
    that ends with 人, a person's word (宋人辛弃疾: of the corpora's names of two, 3 end so)."""
    def parts(rest: str) -> Iterator[list[str]]:
        if not rest:
            yield []
        for size in (2, 3, 4):
            name = rest[:size]
            if len(name) == size and (name[:2] in COMPOUND_SURNAMES or size < 4 and name[0] in SURNAMES) \
                    and not (size == 2 and name[1] == "人"):
                yield from ([name] + more for more in parts(rest[size:]))
    return (names for names in parts(form) if len(names) >= 2)


def _likelihood(names: list[str]) -> float:
    """How likely ``names`` are names, by how often each first character begins the dictionary's names and each other
    one does not."""
    share = dictionary().begins_names
    return sum(math.log(share(name[0])) + sum(math.log(1 - share(char)) for char in name[1:]) for name in names)


def withheld_pairs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Surnames the press writes with the name withheld beside another so written that the model
    found (被害人谭某、麦某, 莫某和农某): the one it left is a person too, named by surname as the other
    is. Both sides of 、, 和, 与, 及 or 同, in chains (张某、李某、王某某)."""
    found, named = [], {start for start, end in spans if end - start == 1 and text.startswith("某", end)}
    queue = sorted(named)
    while queue:
        start = queue.pop()
        after = _withheld_past(text, start)
        for other in (after + 1, start - 3, start - 4):  # the next name, or one withheld before (李某某、张某)
            if 0 <= other < len(text) and other not in named and text[other] in SURNAMES \
                    and text[other + 1:other + 2] == "某" and _WITHHELD_JOIN.fullmatch(
                        text, *((after, other) if other > start else (_withheld_past(text, other), start))):
                named.add(other)
                found.append((other, other + 1))
                queue.append(other)
    return found


def joined_to_a_name(text: str, spans: list[tuple[int, int]], bounds: set[int]) -> list[tuple[int, int]]:
    """A word jieba cuts whole beside a Chinese name of three or four the tagger found, joined to it by 与,
    和 or 同, that its dictionary holds as a name (颁奖嘉宾舒淇与刘嘉玲同台): a surname and one or two
    characters, counted at most ``_RARE_AS_NAME`` times (not 师傅, a name to it as well), or a surname jieba cut
    off a given name of two it made up (丁|采瑛和郭振山) or holds as a noun or place, where the two did something
    together (谢震业和严|海滨分获), and no part of a dotted name (张文康和[葛兰素]·威康集团).
    So too a transliteration of three to five characters that the dictionary lacks beside an undotted one of three
    or more found (维尼修斯和拉菲尼亚将搭档锋线; not a city of the dictionary's, 梅西和[巴塞罗那]续约)."""
    found, taken = [], {at for start, end in spans for at in range(start, end)}
    for start, end in spans:
        form = text[start:end]
        foreign = len(form) >= 3 and translit_share(form) == 1 and not any(dot in form for dot in NAME_DOTS)
        if not (foreign or 3 <= len(form) <= 4 and has_surname(form)):
            continue  # (not 陶马, a name of two: the tagger's guesses, 陶马和[陶俑])
        sizes = (5, 4, 3, 2) if foreign else (3, 2)
        for first, last in ((start - 1 - size, start - 1) for size in sizes) if text[start - 1:start] in _PAIRED \
                else ((end + 1, end + 1 + size) for size in sizes) if text[end:end + 1] in _PAIRED else ():
            word = text[first:last]
            # (or one bound inside, after a surname jieba cut off a given name it made up: 丁|采瑛)
            cut_off = {first + 1} if not foreign and len(word) == 3 and word[0] in SURNAMES \
                and (not dictionary().tags([word[1:]]) or _both_did(text, first, last)) else set()
            if first in bounds and last in bounds and not bounds.intersection(range(first + 1, last)) - cut_off \
                    and len(word) == last - first \
                    and text[last:last + 1] not in NAME_DOTS and not taken.intersection(range(first, last)) \
                    and (_transliterated_partner(text, first, last) if foreign else _rare_name(word)):
                found.append((first, last))
                break
    return found


def _both_did(text: str, first: int, last: int) -> bool:
    """Is the word at ``first:last`` a surname and a given name jieba holds as a noun or place, second of two who
    did something together or in turn (谢震业和严|海滨分获亚军和季军)? Of the corpora's such pairs, both are names."""
    tag = dictionary().tags([given := text[first + 1:last]]).get(given, "")
    return first > 0 and text[first - 1] in "和与" and text.startswith(_TOGETHER, last) \
        and tag[:1] == "n" and not tag.startswith("nr")


_TOGETHER = ("分获", "分列", "分别", "都", "均", "先后", "一起", "共同", "两人", "二人")


def _rare_name(word: str) -> bool:
    """(a name of jieba's dictionary it counts rarely, or three characters beginning with a surname it made up:
    陈芋汐和全红婵, neither a word of its)"""
    tag = dictionary().tags([word]).get(word, "")
    return has_surname(word) and (tag.startswith("nr") and dictionary().frequency(word) <= _RARE_AS_NAME
                                  or not tag and len(word) == 3 and HAN_RUN.fullmatch(word) is not None
                                  and word[-1] not in NOT_LAST)


def _unknown_transliteration(word: str) -> bool:
    """(two in three characters of the table at least: 维尼修斯, 东契奇, whose 修 and 东 it lacks; none a
    function word's: not jieba's 而多西 of 而多西和X, 'and Dorsey and X')"""
    return translit_share(word) >= 0.6 and not dictionary().tags([word]) \
        and not NOT_GIVEN.intersection(word) and word[0] not in BEFORE_NAMES


def _transliterated_partner(text: str, start: int, end: int) -> bool:
    """(or two, all of the table, that jieba holds as a name, an abbreviation or nothing and that no transliterated
    character goes on from: 奥尼尔与科比联手, 科尔和希拉克; not 加特|和里扎拉祖, nor 与巴西, a place. Of the 20 such
    words beside an annotated name in the corpora, 15 are names)"""
    word = text[start:end]
    if len(word) > 2:
        return _unknown_transliteration(word)
    tag = dictionary().tags([word]).get(word, "")
    return translit_share(word) == 1 and (not tag or tag.startswith("nr") or tag == "j") \
        and not _APART.intersection(text[start - 1:start] + text[end:end + 1])


_APART = TRANSLIT | frozenset(NAME_DOTS)
_PAIRED = frozenset("与和同")
_RARE_AS_NAME = 100


def _withheld_past(text: str, start: int) -> int:
    """Where the withheld name of the surname at ``start`` (王某, 王某某) ends."""
    return start + (3 if text.startswith("某某", start + 1) else 2)


_WITHHELD_JOIN = re.compile("[、和与及同]")


def _before_a_word(text: str, start: int, end: int) -> int:
    """Where a list's last item of four characters that begin with a single surname ends: before the common word of
    jieba's dictionary its last two make, the predicate after it (张翰、余男[加盟]。, jieba's 加盟 a place), else at
    ``end``."""
    tail = text[end - 2:end]
    if end - start == 4 and has_surname(text[start:end]) and text[start:start + 2] not in COMPOUND_SURNAMES \
            and dictionary().frequency(tail) >= COMMON_AS_A_WORD \
            and not dictionary().tags([tail])[tail].startswith("nr"):
        return end - 2
    return end


_LONGEST_ITEM = 4  # characters: as long as an item of a list of Chinese names may be


def _rare_noun_before_deng(text: str, start: int, end: int, tag: str) -> bool:
    """Is the item at ``start:end`` a rare noun of jieba's of two that begins with a surname, before the 等 that closes
    the list (常昊、[古力]等一批世界冠军; jieba's 古力, 'manhole', counted 145 times)? Of the corpora's pairs of a
    name and such an item before 等, both are names (孙冶方、顾准等, 郑咏、程志等)."""
    return tag == "n" and end - start == 2 and text[start] in SURNAMES and text.startswith("等", end) \
        and dictionary().frequency(text[start:end]) < COMMON_AS_A_WORD


def listed(text: str, spans: list[tuple[int, int]], doubted: Collection[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Names in an enumeration the tagger left out: where at least two items of a list set off
    by 、 are names it found, or one found and one it doubted (``doubted``: 由易烊千玺、朱一龙、宋佳领衔主演), another
    item of a name's shape is one too (李四光、华罗庚、茅以升、竺可桢): a transliteration, or two or three characters that
    begin with a surname or that jieba's dictionary knows as a name or not at all. In a pair with one name (王元、汝信)
    the other must be a name to the dictionary or unknown to it: a surname alone would take 国务院."""
    lists = list(_LIST.finditer(text))
    if not lists:
        return []
    # (one named by a surname with the name withheld is that item whole: 谭某、麦某 are two found)
    withheld = {(start, _withheld_past(text, start)) for start, end in spans
                if end - start == 1 and text.startswith("某", end)}
    ends = {end: start for start, end in [*spans, *withheld]}
    withheld_ends = {start: end for start, end in withheld}
    begins = {start: end for start, end in spans}
    # An item that is a name tagged somewhere is one (雷佳音、易烊千玺, where only 雷佳音说 was)
    forms = {text[start:end] for start, end in spans if end - start >= 2}
    tagged = set(spans) | withheld
    for match in lists:
        for form in (f for f in forms if f in match.group()):
            tagged.update(literal_spans(text, form, match.start(), match.end()))
    found_or_doubted = tagged | set(doubted)
    firsts = {start: end for start, end in sorted(tagged, reverse=True)}  # (the shortest where two begin)
    doubted_firsts = {start: end for start, end in sorted(doubted, reverse=True)}
    found = []
    for match in lists:
        items, position, closing = [], match.start(), None
        for index, item in enumerate(match.group().split("、")):
            start, end = position, position + len(item)
            position = end + 1
            end = start + len(_NOTE_AFTER.sub("", item))  # (the item without its note)
            if index == 0:  # the first item may follow other words: a tagged one, or one after a word that opens a list
                start = ends.get(end, -1) if ends.get(end, -1) >= start else _after_opener(text, start, end)
            elif position > match.end():  # the last item runs up to where the list ends, or its tagged name does
                stop = _LIST_END.search(text, start, end)
                if stop and stop.group() in _CLOSING:
                    closing = (stop.start(), stop.end(), end)
                end = stop.start() if stop else end
                end = _before_a_word(text, start, end)
                if (first := firsts.get(start, end)) - start >= 2:  # (张译、[齐溪]获得; 张陆、[武飞]出舱, 武飞 found
                    end = min(end, first)  # elsewhere; not a surname the tagger left alone, [林]高远和向鹏)
                if start not in firsts and end - start > _LONGEST_ITEM \
                        and doubted_firsts.get(start, start) - start >= 2 \
                        and not any(start < begun < end for begun in firsts):
                    end = doubted_firsts[start]  # (or one the tagger doubted, where the item runs on past a name and
                    # holds none it found: [宋佳]领衔主演; not 宋尔均, whole, where it doubted 宋尔, nor 宁德时代的吴凯)
                end = min(end, withheld_ends.get(start, end))  # (李某某、[张某某]以: the name withheld, whole)
            items.append((start, end))
        items = _first_clause(items, begins)
        named = sum(item in tagged for item in items)
        if named and not text.startswith("的", items[-1][1]):  # (one found and those doubted, not doubt alone, nor
            # before 的, where a list of things describes one: 形成路相连、田成方、渠相通、林成网的小康示范村)
            named += sum(item in found_or_doubted for item in items if item not in tagged)
        sizes = {end - start for start, end in items[:-1]}
        if named >= 2 and len(sizes) == 1 and items[-1] not in tagged:  # 景海鹏、朱杨柱、桂海潮|身体状态良好
            size = sizes.pop()
            cut = _cut_like(text, *items[-1], size)
            if cut == items[-1] and size in (2, 3):  # (or of the other size: 林诗栋、王曼昱、蒯曼|相继登场)
                cut = _cut_like(text, *items[-1], 5 - size)
            items[-1] = cut
        elif named >= 2 and len(sizes) >= 2 and 3 in sizes and items[-1] not in tagged \
                and (cut := _three_or_two(text, *items[-1])) is not None:  # (of both: 向鹏、黄友政|组成)
            items[-1] = cut
        elif named >= 2 and items[-1] not in tagged and (run := _transliterated_item(text, *items[-1])):
            items[-1] = (items[-1][0], items[-1][0] + run)  # 罗马里奥、贝贝托、塔法雷尔|都是: a transliteration, whole
        elif named == 1 and len(items) == 2 and items[0] in tagged and items[-1][1] - items[-1][0] >= 4 \
                and not any(items[-1][0] < start < items[-1][1] for start in firsts):  # (not 市人民|检察院检察长X)
            for size in dict.fromkeys((items[0][1] - items[0][0], 3, 2, 4)):  # 雷佳音、易烊千玺|共同获得
                cut = _cut_like(text, *items[-1], size)
                if cut != items[-1] and _doing_after(text, cut[1]) \
                        and not set(text[cut[0] + (text[cut[0]] in SURNAMES):cut[1]]) & NOT_GIVEN:
                    # (a surname first that is a preposition too is the surname: 郑智、于大宝将进入)
                    items[-1] = cut  # (but not 北京的|故宫, 塞尔|维亚共和国: what follows does nothing; of four
                    # characters too, a name of two and a verb at the end of a sentence: 袁心玥、颜妮|入选。)
                    break
        pair = named == 1 and len(items) == 2
        # (one name found in a list a title opens: 日本前首相竹下登、海部俊树、村山富市, a title of each)
        titled_list = named == 1 and len(items) >= 3 and items[0] in tagged \
            and text.endswith(TITLES_OF_TWO_OR_MORE, 0, items[0][0]) \
            and not any(TITLE_AT.search(text, start, end) for start, end in items[1:])  # (not 书记X、省长Y、…)
        counted = named >= 1 and _PEOPLE_COUNTED.match(text, items[-1][1]) is not None  # (石磊、金鑫、万里、平安、高原等5人)
        if named < 2 and not pair and not titled_list and not counted:
            continue
        forms = {(start, end): text[start:end] for start, end in items if (start, end) not in tagged}
        known = dictionary().tags([*forms.values(), *(f[h] for f in forms.values() if len(f) == 4 for h in _HALVES)])
        # (a list after 日本 and a title: Japanese names, of three to five characters, whatever jieba makes of them)
        japanese = titled_list and JAPANESE_TITLED.search(text, max(0, items[0][0] - 10), items[0][0]) is not None
        if len(forms) >= 2 and 2 * sum(not tag.startswith("nr") for tag in known.values()) > len(forms) \
                and not japanese and not counted:
            continue  # most items left are words (桔梗、防风、薄荷、甘草、麻黄): a list of things
        named_foreign = pair and translit_share(text[slice(*next(i for i in items if i in tagged))]) == 1
        taken, left = [], []
        for (start, end), form in forms.items():
            # (in a pair, a transliteration of three or more beside a transliterated name: 拜登、奥巴马等,
            # jieba's 奥巴马 a place)
            name_to_jieba = known.get(form, "nr").startswith("nr") \
                or named_foreign and len(form) >= 3 and translit_share(form) == 1 \
                or pair and _rare_noun_before_deng(text, start, end, known.get(form, ""))
            if 2 <= len(form) <= 6 and "·" not in form and not is_date(form) and form[0] not in NUMERALS \
                    and not form.endswith(TITLES_OF_TWO_OR_MORE):
                named_so = (not pair or name_to_jieba) and (
                    translit_share(form) == 1 or len(form) <= 3 and (has_surname(form) or name_to_jieba)
                    or _four_names(form, known) or len(form) == 4 and known.get(form, "").startswith("nr")
                    or japanese and len(form) <= 5 and HAN_RUN.fullmatch(form) and text[end:end + 1] in "，。、；等"
                    or counted and len(form) <= 3 and HAN_RUN.fullmatch(form) is not None)
                (taken if named_so else left).append((start, end))
        if len(items) >= 4 and len(left) == 1 and len(taken) == len(forms) - 1 and left[0][1] - left[0][0] <= 3 \
                and left[0] in items[1:-1]:
            taken += left  # (the one item of a word among four or more names, inside the list where its edges are
            # sure: 洛则、达穷、才口布, jieba's verb 达穷; not the last, cut where names end: 张华和[有关]部门负责人)
        found += taken
        if closing and named >= 2 and items[-1][1] == closing[0] and (items[-1] in tagged or items[-1] in taken) \
                and firsts.get(closing[1], closing[1]) - closing[1] <= 1:  # (or a surname alone: 和[毕]文静３人)
            sizes = Counter(end - start for start, end in items)
            found += _closing_item(text, *closing[1:], [size for size, _count in sizes.most_common()])
    return found


_CLOSING = ("和", "及", "与", "以及")  # what joins the last item to a list (A、B和C)
# People counted after a list, which makes each item someone, whatever words the names are (石磊、金鑫、万里、平安、高原等5人).
_PEOPLE_COUNTED = re.compile(r"等(?:[0-9０-９]{1,3}|[一二三四五六七八九十两]{1,3})(?:人|名|位)")


def among_things(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` an item of a list set off by 、 (its last after 和, 及 or 与) whose last character
    ends two other items or more that are common nouns of jieba's dictionary (桃树、梨树、[李树]和杏树: a tree, 桃树 and
    梨树 beside it)? Things of one kind, named alike."""
    form = text[start:end]
    if len(form) < 2 or text[end:end + 1] not in _AFTER_AN_ITEM:
        return False
    first = max(text.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1
    last = min((at for at in (text.find(c, end) for c in _CLAUSE_ENDS) if at >= 0), default=len(text))
    clause = text[first:last]
    if "、" not in clause:
        return False
    items = [item for item in _ITEM_APART.split(clause) if item.endswith(form[-1])]
    alike = {item[-size:] for item in items for size in (2, 3) if len(item) >= size and item[-size:] != form}
    return sum(tag == "n" for tag in dictionary().tags(alike).values()) >= 2


_AFTER_AN_ITEM = frozenset("、和及与等，。；")
_CLAUSE_ENDS = "，。；：！？\n,;:!?"
_ITEM_APART = re.compile("、|和|及|与")


def counted_item(text: str, start: int, end: int) -> bool:
    """Is the span an item of a list set off by 、 that counts its people after it (石磊、金鑫、万里、[平安]、高原等5人)?"""
    for match in _LIST.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        last = match.start() + match.group().rfind("、") + 1  # (the last item runs on over 等: 高原等)
        counted = _PEOPLE_COUNTED.search(text, last, match.end() + 6)
        if counted is not None and match.start() <= start and end <= counted.start():
            return True
    return False


def _closing_item(text: str, start: int, end: int, sizes: list[int]) -> list[tuple[int, int]]:
    """The item after the conjunction that closes a list of names (林诗栋、梁靖崑、林高远和[向鹏]出战), cut as long as
    the list's names where a word of jieba's dictionary follows, or running up to the clause's end: a name of two or
    three that its dictionary holds as a name or not at all (not 张华、李明和[有关]部门负责人, 朱镕基与[万名]群众), or a
    transliteration in a list of them."""
    form = text[start:end]
    if sizes[0] >= 3 and (run := _transliterated_item(text, start, end)) \
            and (run == len(form) or _doing_after(text, start + run)):
        return [(start, start + run)]  # (贝贝托、埃德蒙多和[罗马里奥]都是)
    for size in (size for size in dict.fromkeys([*sizes, 3, 2]) if size in (2, 3)):
        cut = (start, end) if end - start == size else _cut_like(text, start, end, size)
        name = text[slice(*cut)]
        if len(name) == size and HAN_RUN.fullmatch(name) and not is_date(name) and name[0] not in NUMERALS \
                and not NOT_GIVEN.intersection(name[1:]) and name[-1] not in NOT_LAST and name[-1] not in ENDS_NO_NAME \
                and dictionary().tags([name]).get(name, "nr").startswith("nr") \
                and not (size == 3 and plain_word(name[:2]) and dictionary().frequency(name[:2]) >= COMMON_AS_A_WORD) \
                and (cut[1] == end or _doing_after(text, cut[1])):
            return [cut]
    return []


def _first_clause(items: list[tuple[int, int]], begins: dict[int, int]) -> list[tuple[int, int]]:
    """The items of what looks like one list up to the third or a later one that a name found
    begins and three characters or more go on from (刘璇将参加女子跳马 of 奎媛媛、毕文静、
    刘璇将参加女子跳马、高低杠、平衡木决赛; not a name cut short, 王为|政), which ends with that name:
    the clause runs on from it to another list, of places or things."""
    for index, (start, end) in enumerate(items):
        if index >= 2 and start < begins.get(start, end) <= end - 3:
            return [*items[:index], (start, begins[start])]
    return items


def _doing_after(text: str, at: int) -> bool:
    """Does a word of jieba's dictionary that follows a subject (a verb, adverb, preposition or
    conjunction) begin at ``at``, or what a film's cast does?"""
    at += text[at:at + 1] in _ADVERBS_BEFORE_A_VERB  # (将进入, 也来了: the verb past the adverb)
    return text.startswith(_CAST_DOES, at) \
        or any(dictionary().tags([text[at:at + size]]).get(text[at:at + size], "")[:1] in _DOING for size in (2, 3))


_CAST_DOES = ("领衔", "主演")  # what a film's cast does, nouns to jieba's dictionary (赵丽颖、雷佳音领衔主演)


_ADVERBS_BEFORE_A_VERB = GLUED_ADVERBS | {"将", "亦"}  # adverbs of one character between a subject and its verb (亦,
# 'also', as written Chinese and Hong Kong's press write 也: 古巨基、容祖兒亦到場)


_DOING = tuple("vdpc")  # jieba's tags of verbs, adverbs, prepositions and conjunctions: what follows a subject
_HALVES = (slice(0, 2), slice(2, 4))
_PROPER = ("nr", "ns", "nz")  # jieba's tags of proper nouns: 洛桑 nrt, 江村 ns, 小林 nr


def _four_names(form: str, known: dict[str, str]) -> bool:
    """Whether a list's item of four characters is a name of two parts, as Tibetan (洛桑江村,
    次仁卓玛) and Japanese names (小林光一) are: not a word of jieba's dictionary, and neither
    half a common word to it (全国政协, 北京大学 are not), nor both places (江苏浙江)."""
    if len(form) != 4 or not HAN_RUN.fullmatch(form) or form in known:
        return False
    tags = [known.get(form[h], "") for h in _HALVES]
    return all(not tag or tag.startswith(_PROPER) for tag in tags) and tags != ["ns", "ns"]


# Words after which a list of people begins (由X、Y主演, 包括X、Y, 有X、Y): prepositions and verbs
# of inclusion, the commonest before an enumeration in news.
_LIST_OPENERS = ("由", "有", "包括", "包含", "如", "即", "是", "为", "和", "与", "及", "还有", "其中", "例如", "比如",
                 "像", "邀请", "请")


def _after_opener(text: str, start: int, end: int) -> int:
    """Where the first item of a list (``text[start:end]``, up to its 、) begins when a word
    that opens a list or a title stands right before its last four, three or two characters
    (由|易烊千玺、), or where the clause begins with it; ``end`` (no item) when none does."""
    for size in (4, 3, 2):
        begin = end - size
        if begin > start and text[:begin].endswith(_LIST_OPENERS + TITLES_OF_TWO_OR_MORE):
            # (an opener after the title is no part of the item: 获奖者[有]全红婵、)
            return begin + 1 if size > 2 and text[begin] in _LIST_OPENERS else begin
    if 2 <= end - start <= 4 and (start == 0 or text[start - 1] in _CLAUSE_OPENS):  # (the text's first words too)
        if end - start >= 3 and text[start] in _PREPOSITIONS and has_surname(text[start + 1:end]):
            return start + 1  # (，[在]毛新宇、郝明莉的婚礼上)
        return start  # the clause opens with the list (执棒，|克里木、彭丽媛)
    for size in (3, 2):  # or a name of jieba's dictionary ends the words before (追寻|苏洵、苏轼、苏辙)
        form = text[end - size:end]
        if end - size > start and has_surname(form) and dictionary().tags([form]).get(form, "").startswith("nr"):
            return end - size
    return end


_CLAUSE_OPENS = frozenset("，,。；;：:！？\n")
# Prepositions that may open a clause before a list of names (在, 从, and those before a name) and are
# no surname of the table nor the start of a transliteration.
_PREPOSITIONS = (BEFORE_NAMES | frozenset("在从")) - SURNAMES - BEGINS_TRANSLITERATIONS


def _transliterated_item(text: str, start: int, end: int) -> int:
    """How long the transliteration is that begins a list's item, three to six characters of the table and no
    word of jieba's (罗马里奥|都是; not 马拉松|比赛); 0 when none does."""
    run = _translit_run(text, start, end)
    return run if 3 <= run < 7 and not plain_word(text[start:start + run]) else 0


def _translit_run(text: str, start: int, end: int) -> int:
    """How many transliteration characters begin ``text[start:end]``."""
    run = start
    while run < end and text[run] in TRANSLIT:
        run += 1
    return run - start


def _three_or_two(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The last item of a list of names of mixed lengths cut to three characters, as names of three are
    most, where a verb or adverb follows (向鹏、黄友政|组成; not of two, 丁贵|明为: as a verb jieba's 明为 would
    follow 丁贵 as well); or to two, where the third is a character glued on that ends no names (马凡舒、
    龙洋[将]共同主持) and a word of jieba's dictionary begins after it. Else ``None``."""
    cut = _cut_like(text, start, end, 3)
    if _doing_after(text, cut[1]) and text[cut[1] - 1] not in GLUED_AFTER:  # (not 苏轼为|代表)
        return cut
    glued = text[start + 2:start + 3]
    if end - start > 3 and glued in GLUED_AFTER and glued not in NAME_FINAL_GLUE \
            and dictionary().tags([text[start + 3:start + 5], text[start + 3:start + 6]]):
        return start, start + 2
    return None


def _cut_like(text: str, start: int, end: int, size: int) -> tuple[int, int]:
    """The last item of a list of names all ``size`` characters long, cut to that size when a
    word of jieba's dictionary follows there (桂海潮|身体) and none runs across the cut (not
    第四军|医大学: 军医 is a word; nor 中国队总|教练: 总教练 is); else as it is."""
    after = start + size
    word = after + (text[after:after + 1] in _ADVERBS_BEFORE_A_VERB)  # (于大宝|将|进入: the verb past an adverb)
    if end - word >= 2 and dictionary().tags([text[word:word + 2], text[word:word + 3]]) \
            and not dictionary().tags([text[after - 1:after + 1], text[after - 1:after + 2]]):
        return start, after
    return start, end


_PAIR_PART = r"([\u4e00-\u9fff]{2,5}(?:[" + NAME_DOTS + r"][\u4e00-\u9fff]{1,8})*)"  # (dotted or not)
_PAIR = re.compile(_PAIR_PART + "[" + "".join(CONJUNCTIONS) + "]" + _PAIR_PART)


def pairs_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two Chinese names the tagger ran into one over the conjunction between them (航天员张陆和
    武飞), or two transliterations (保利尼和纳瓦罗, 阿尔瓦雷斯和恩佐·费尔南德斯, dotted or not), or one of each
    (王毅同达尔): two spans. No one's name has a
    conjunction between two parts that each begin with a surname or are all characters of the table of foreign
    names, of two or more each. So too two transliterations
    it ran together over a character no table has, where the text writes the first without it
    elsewhere (马莱莱[接]路易斯传球, beside 马莱莱再次破门: a pass from one player to another), and two
    dotted names (若昂·佩德罗[接]恩佐·费尔南德斯)."""
    apart, forms = [], {text[start:end] for start, end in spans}
    for start, end in spans:
        pair = _PAIR.fullmatch(text, start, end)
        if pair and all(len(part) <= 3 and has_surname(part) or translit_share(part) == 1 for part in pair.groups()):
            apart.extend([pair.span(1), pair.span(2)])
        elif (at := _run_together(text, start, end, forms)) is not None \
                or (at := dotted_apart(text, start, end)) is not None:
            apart.extend([(start, at), (at + 1, end)])
        else:
            apart.append((start, end))
    return apart


# A place in a table of results, as sports news sets one: its rank, the name and the side in brackets (1. 苏炳添（广东）
# 10秒05；2. 谢震业（浙江）10秒08).
_RANKED = re.compile(r"(?:^|(?<=[；;。：:，,\s]))[0-9０-９]{1,2}[.．、][ \u3000]*([\u4e00-\u9fff·]{2,8})"
                     r"(?=[（(][\u4e00-\u9fff]{1,8}[）)])", re.MULTILINE)


def ranked_alike(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a paragraph's table of results the tagger left out (1. 熊诗麒（广东）6米72, jieba's 熊诗|麒), where it
    found the names of two places or more of it and more than half: the places of one table are of one kind. Each a
    surname and one to three characters more, or a transliteration."""
    taken = set(spans)
    found: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        places = [match.span(1) for match in _RANKED.finditer(text, paragraph.start(), paragraph.end())]
        named = [span for span in places if span in taken]
        if len(named) >= 2 and 2 * len(named) > len(places):
            found += [(start, end) for start, end in places if (start, end) not in taken
                      and (has_surname(text[start:end]) and end - start <= 4 or translit_share(text[start:end]) == 1)]
    return found


_SLASHES = ("／", "/")
_PAIR_WORDS = ("组合", "搭档", "配对", "组")  # what stands after a pair of doubles players: 林诗栋/蒯曼组合


def doubles_partners(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The partner the tagger left out of a pair of doubles players written with a slash (陈甲亮／西吉特,
    金信英／金美香, 索戈尔／克里斯滕森, 郑思维/黄雅琼): a transliteration of two to six characters beside a
    transliterated name, or a Chinese name as long as the one beside it. Of the corpora's 91
    names beside another so, all are annotated; the other slashes credit a text or a picture (董友斌／文). A surname
    of no table will do before the word for a pair (林诗栋/蒯曼组合) or after doubles told in the sentence (女双冠军王艺迪/蒯曼也
    均来自中国队)."""
    found: list[tuple[int, int, bool]] = []  # (each with whether the word for a pair follows the two)
    for start, end in spans:
        name = text[start:end]
        foreign = translit_share(name) == 1
        if text[end:end + 1] in _SLASHES:
            size = len(name) if len(name) != 3 or not text.startswith(_PAIR_WORDS, end + 3) \
                and text[end + 3:end + 4] not in NOT_LAST \
                and dictionary().tags([text[end + 3:end + 5]]).get(text[end + 3:end + 5], "")[:1] != "v" else 2
            # (林诗栋/蒯曼组合; 王艺迪/蒯曼也, 蒯曼来自: 也 ends no name, 来 begins a verb; not 黄友政和, jieba's 政和)
            if foreign:  # (its run of the table's characters, and on to where a word glued after names begins)
                size = _translit_run(text, end + 1, end + 7)
                while size and size < 6 and HAN.match(text[end + 1 + size:end + 2 + size]) \
                        and text[end + 1 + size] not in NOT_LAST and text[end + 1 + size] not in "后等的":
                    size += 1
            found.append((end + 1, end + 1 + size, text.startswith(_PAIR_WORDS, end + 1 + size)))
        if text[start - 1:start] in _SLASHES:
            size = len(name)
            while size > 2 and not HAN.match(text[start - 1 - size:start - size]):
                size -= 1  # (，蒯曼/林诗栋组合: a name of two before one of three)
            if foreign:
                size = 0
                while size < 6 and text[start - 2 - size:start - 1 - size] in TRANSLIT:
                    size += 1
            found.append((start - 1 - size, start - 1, text.startswith(_PAIR_WORDS, end)))
    taken = {i for start, end in spans for i in range(start, end)}
    return [(start, end) for start, end, paired in found
            if 2 <= end - start and 0 <= start and end <= len(text) and not taken.intersection(range(start, end))
            and HAN_RUN.fullmatch(text, start, end)
            and (translit_share(text[start:end]) >= 0.6 or has_surname(text[start:end]) or paired
                 or _DOUBLES.search(text, max(0, start - _DOUBLES_REACH), start) is not None)]


# Doubles, told in the sentence before a pair (女双冠军王艺迪/蒯曼: a surname of no table will do there too).
_DOUBLES = re.compile(r"(?:双打|男双|女双|混双)[^。；！？\n]*\Z")
_DOUBLES_REACH = 16  # characters back to the word for doubles (女双冠军王艺迪/)


def _run_together(text: str, start: int, end: int, forms: Container[str]) -> int | None:
    """Where a character of no table stands between two transliterations that make the span (the
    second, of two or more, may be a name of jieba's dictionary: 路易斯, 易 no character of the
    table), the first, of three or more (阿尔 begins many: 阿尔列西阿娜), or of two that the tagger
    found as a name of its own (萨卡[接]赖斯 beside 萨卡梅开二度), written elsewhere without it; else
    None; never right after a dot (里德·[怀]斯曼, beside 贾里德·艾萨克曼). (Of the corpora's 37,625 names, none is
    another name of two of its text, a character of no table and a transliteration.) So too where the
    character is a verb that passes from one to the other, whether or not the first is written alone."""
    for at in range(start + 2, end - 2):
        if at == start + 2 and text[start:at] not in forms:
            continue
        first, between, second = text[start:at], text[at], text[at + 1:end]
        if between not in TRANSLIT and HAN.match(between) and translit_share(first) == 1 \
                and first[-1] not in NAME_DOTS \
                and (translit_share(second) == 1 or dictionary().tags([second]).get(second, "").startswith("nr")) \
                and (times_written(text, first) > times_written(text, first + between)
                     or _verb_between(first, between, second)):
            return at
    return None


def _verb_between(first: str, between: str, second: str) -> bool:
    """Is ``between`` a verb of jieba's alone between two undotted transliterations, one of three characters
    or more before it (莱万多夫斯基[接]亚马尔传球)? Of the corpora's 37,625 names, only two dotted ones hold
    such a verb inside (维克多·许会·罗哈斯)."""
    return len(first) >= 3 and not any(dot in first + second for dot in NAME_DOTS) \
        and translit_share(second) == 1 and dictionary().tags([between]).get(between, "")[:1] == "v"


def list_start(text: str, start: int, starts: dict[int, int]) -> int:
    """Where the enumeration of names that ``start`` stands in begins: one title before a list
    (副总理丁薛祥、何立峰, 记者 周蔚 刘美子, 伤者王某、赵某, 副主席李秀兰（女）、赵明) is each name's, also its
    last after 和 or 及, as :func:`list_end` reads it (物理学奖得主A、B和C). ``starts`` maps the end of each name
    to its start."""
    seen = {start}
    if text[start - 1:start] in ("和", "及") and (previous := starts.get(start - 1)) is not None \
            and text[previous - 1:previous] == "、":
        start = previous
        seen.add(start)
    while start > 0 and text[start - 1] in "、 \u3000" \
            and (previous := starts.get(_withheld_end(text, _before_note(text, start - 1)))) is not None \
            and previous not in seen:
        start = previous
        seen.add(start)
    return start


def whose_relative_follows(text: str, end: int, begins: Container[int]) -> bool:
    """Is the name ending at ``end`` whose relative or aide is named right after it, with or without 的? Then it
    stands in no list before it, whose title :func:`list_start` would make its own (特使维特科夫、特朗普女婿库什纳:
    no envoy). ``begins`` holds the start of each name."""
    after = end + text.startswith("的", end)
    relation = next((word for word in RELATIONS if text.startswith(word, after)), None)
    return relation is not None and after + len(relation) in begins


def list_end(text: str, start: int, end: int, begins: Mapping[int, int]) -> int:
    """Where the enumeration of names that the name at ``start``, ``end`` stands in ends (王建国、李明华和赵小兵[等专家]:
    a title after its 等 is each name's). ``begins`` maps the start of each name to its end; 和 and 及 join its last
    name only after a 、 (王建国与李明华等专家: he met them)."""
    in_a_list = text[start - 1:start] == "、"
    while (joined := _NEXT_IN_LIST.match(text, end)) is not None and (in_a_list or joined.group() == "、") \
            and (after := begins.get(joined.end())) is not None and after > end:
        in_a_list, end = True, after
    return end


_NEXT_IN_LIST = re.compile("、|和|及")


def _before_note(text: str, end: int) -> int:
    """Where a name ends before the note in brackets that ends at ``end`` (李秀兰[（女）]、赵明), or ``end``."""
    note = _NOTE_AFTER.search(text, max(0, end - _NOTE_REACH), end)
    return note.start() if note else end


_NOTE_REACH = 26  # a note's length with its brackets: （女）, （蒙古族）, （新疆维吾尔自治区喀什地区农民）


def _withheld_end(text: str, end: int) -> int:
    """Where a name ends before the 某 that withholds it (伤者王[某]、赵某: 王 ends before 某)."""
    while end > 0 and text[end - 1] == "某":
        end -= 1
    return end
