"""The tagger's spans made names, and names it missed found by their shape.

Spans are trimmed and unglued from the words around them, dotted transliterations run whole;
bylines, the other items of a list of names and words after a title are added; spans that
name a place, a body or a dynasty are dropped. Offsets are into the text folded to
simplified characters, which has the same offsets as the text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Container, Iterator
from itertools import chain

from tui.dates import scan as scan_dates
from tui.extract.context import Context, acts, speaks, spoke_when_meeting
from tui.extract.dictionary import COMMON_AS_A_WORD, dictionary
from tui.extract.lexicon import (
    ADDRESS_AFTER,
    ADDRESS_SHORT,
    ADVERBS,
    BETWEEN_COUNTRIES,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    COUNTRIES,
    COUNTRY_SHORT,
    FAMILIAR_ADDRESS,
    GLUED_AFTER,
    KINSHIP,
    MEMORIALS,
    NAME_DOTS,
    NAME_FINAL_GLUE,
    NEVER_NAME_FINAL,
    OUTLET_ENDINGS,
    PAIRED_SHORT_FORMS,
    PLACE_AFTER,
    PLACE_ENDINGS,
    PLACE_PARTS,
    PLACES_COUNTED,
    RELATION_TITLES,
    ROLE_TITLES,
    SPEECH_VERBS,
    SURNAMES,
    TIBETAN_NAME_PARTS,
    TITLE_JOINERS,
    TITLE_PREFIXES,
    TITLES,
    TO_REPORTERS,
    TRANSLIT,
    TURKIC_TRANSLIT,
    WEAK_TITLES,
)
from tui.traditional import to_simplified


_QUOTE_PAIRS = {("“", "”"), ("「", "」"), ("『", "』"), ('"', '"')}  # a name in quotes: “田横”酒厂
_CONJUNCTIONS = ("和", "与", "及", "同", "跟")  # 'and': none of them stands before an enumeration comma


_HYPHENS = "-‐－"  # between the parts of a given name (让-马克)
# A dotted name's parts: Chinese characters, none of them a particle or conjunction that runs
# one name into the next (马丁·路德·金[的]女儿伯尼斯·金).
_DOTTED_PART = r"(?:(?![的之和与及是在])[\u4e00-\u9fff]){1,8}"
_DOTTED = re.compile(rf"{_DOTTED_PART}(?:[{NAME_DOTS}]{_DOTTED_PART})+")
# Latin letters, accented ones too (António, Erdoğan): upper case, and lower case or either.
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f"
# A surname may open with a particle before its capital (LeCun, McDonald, DiCaprio, O'Brien).
LATIN_WORD = rf"(?:Mac|Mc|Le|La|De|Di|Du|Da|Van|Von|O')?[{UPPER}][{LOWER}]+(?:[-'][{UPPER}]?[{LOWER}]+)?"
LATIN_FULL = re.compile(rf"(?<![{UPPER}{LOWER}]){LATIN_WORD}(?: {LATIN_WORD}){{1,2}}(?![{UPPER}{LOWER}])")
# One Latin word alone, a name only by what stands before it (成员Jennie, 分析师Smith).
LATIN_ALONE = re.compile(rf"(?<![{UPPER}{LOWER}. ]){LATIN_WORD}(?![{UPPER}{LOWER} .])")
HAN = re.compile(r"[\u4e00-\u9fff]")


def translit_share(text: str, table: frozenset[str] = TRANSLIT) -> float:
    chars = [c for c in text if c not in NAME_DOTS and c not in _HYPHENS]
    return sum(c in table for c in chars) / len(chars) if chars else 0.0


_FUNCTION_TAGS = "dmqpcurtf"  # jieba's tags of adverbs, numbers, measures, function words, pronouns, times, places


def rare_word(word: str) -> bool:
    """Is ``word`` one jieba's dictionary counts at its least (five times or fewer), of any kind
    but a noun's or a function word's? It has some names so, under other tags (陶喆 vn, 舒默 a,
    three times each); not 工程师[周报制]值得推广 (a noun, twice)."""
    return dictionary().frequency(word) <= 5 \
        and dictionary().tags([word]).get(word, "n")[:1] not in _FUNCTION_TAGS + "n"


def has_surname(form: str) -> bool:
    """Does ``form`` begin with a surname, in either script (葉劉淑儀 as 叶刘淑仪)?"""
    folded = to_simplified(form[:2])
    return folded in COMPOUND_SURNAMES or folded[:1] in SURNAMES


def first_part_written_whole(text: str, start: int, end: int, dotted: list[tuple[int, int]]) -> tuple[int, int]:
    """A transliteration the tagger cut short outside a dotted name (伯克|希尔公司) runs on to the
    first part of a dotted name the text writes elsewhere, when its characters follow here too
    (伯克希尔, of 伯克希尔·哈撒韦公司): what comes after it is then read after the whole."""
    name = text[start:end]
    if translit_share(name) < 1:
        return start, end
    for first_start, first_end in dotted:
        first = re.split(f"[{NAME_DOTS}]", text[first_start:first_end])[0]
        if len(first) > len(name) and first.startswith(name) and text.startswith(first, start) \
                and not first_start <= start < first_end:
            return start, start + len(first)
    return start, end


def whole_dotted(text: str, start: int, end: int, dotted: list[tuple[int, int]]) -> tuple[int, int]:
    """A dotted name the tagger cut short (安东尼·布|林肯周二) runs on over its transliteration
    characters, as ``dotted`` (from :func:`dotted_spans`) has them, up to one that begins a
    common word of jieba's dictionary running past them (蒙蒂[夫人], 哈西娜[提议]; not 托合提|在,
    of jieba's rare 提在, nor inside a foreign name of it: 亚历山大|全场), and back to where they
    begin (热合|曼·依明). One character more after a last part of two or more, where the run of
    them ends before a Chinese character, is no part of it (安东尼·戴维斯[因]伤缺阵). A given name of
    two parts joined by a hyphen is whole (让-马克·艾罗), and so is a name of which the
    tagger found the second of two surnames (特伦特·亚历山大-|阿诺德|) or only a part after the
    dot, or a piece of one (奥斯卡·|皮亚斯特里, 亚历山大·科|斯塔斯)."""
    if start and text[start - 1] in _HYPHENS:
        whole = next(((s, e) for s, e in dotted if s < start and e == end), None)
        if whole:
            return whole
    if not any(c in NAME_DOTS for c in text[start:end]):  # (奥斯卡·|皮亚斯特里, 亚历山大·科|斯塔斯:
        # only a piece of a part after the dot found)
        start = next((s for s, e in dotted if s < start < e and end <= e
                      and any(c in NAME_DOTS for c in text[s:start])), start)
        # (or its first part cut short: 阿不都|热合曼·吐尔地, jieba's 阿不都|热合|曼)
        end = next((e for s, e in dotted
                    if s == start and end < e and not any(c in NAME_DOTS for c in text[s:end + 1])), end)
    if any(c in NAME_DOTS for c in text[start:end]):
        if start > 1 and text[start - 1] in _HYPHENS:  # a given name of two parts (让-|马克·艾罗)
            left = start - 1
            while left > 0 and text[left - 1] in TRANSLIT and not text.endswith(TITLES, 0, left):  # 总理|让-
                left -= 1
            start = left if left < start - 1 else start
        for dotted_start, dotted_end in dotted:
            if dotted_start < start < dotted_end and not any(c in NAME_DOTS for c in text[dotted_start:start]) \
                    and not (dotted_start and dictionary().tags([text[dotted_start - 1:start]])):
                start = dotted_start  # 热合|曼·依明, 拉|胡尔·甘地: the first part runs back to where its shape begins
                # (not 换来|卢卡·东契奇: 换来 is a word)
            if dotted_start <= start < end < dotted_end:
                inside = {i for part in range(max(start, 1), dotted_end) if text[part - 1] in NAME_DOTS + _HYPHENS
                          for i in range(part + 1, _foreign_word_end(text, part))}  # (its parts' own words)
                stop = next((stop for stop in range(end, dotted_end) if stop not in inside and any(
                    dictionary().frequency(text[stop:stop + size]) >= _COMMON_WORD
                    for size in (2, 3) if stop + size > dotted_end)), dotted_end)
                last_part = len(re.split(f"[{NAME_DOTS}]", text[start:end])[-1])
                # (a character of the foreign table may begin the next word, as 因 does, where the
                # run of them ends, unless jieba took it into a word with the next: 斯科特·贝森|特此前; one
                # of a Turkic name's is there only for the name: 艾力·吐尔|逊, and so is any after a
                # name with one of those: 吐尔洪·托合|提已经; and one before a common word is the
                # name's: 戴格诺尔|特|赛后)
                turkic = any(c in TURKIC_TRANSLIT for c in text[start:end])
                return (start, end) if stop - end == 1 and stop == dotted_end and last_part >= 2 \
                    and text[end] in TRANSLIT and not turkic and dictionary().frequency(text[end:end + 2]) <= 5 \
                    and HAN.match(text[end + 1:end + 2]) else (start, stop)  # (but 霍斯特·西伯|特１０日: no word begins)
    return start, end


def dotted_last_character(text: str, start: int, end: int) -> tuple[int, int]:
    """A dotted name runs on over one character the table of foreign names lacks, where what
    follows begins after a subject, a verb of speaking, an adverb or a day of the month, and the two make no
    word (阿努廷·参威拉[军]表示, 阿努廷·参威拉[军]12日宣布, 普坦·威差亚[猜]将: Thai names write 猜, 军, 蓬 the table lacks; not
    约翰·史密斯[说], nor a prize named after one, 迈克尔·乔丹[杯], nor when, 玛丽·鲁滨逊[后]表示, nor a
    modal verb, 罗·迪多纳[想]与). Of the corpora's dotted names, 16 end so, and one stands before
    such a character; one ends with a modal verb, four stand before one."""
    after = text[end:end + 1]
    if not any(c in NAME_DOTS for c in text[start:end]) or not HAN.match(after) or after in TRANSLIT \
            or after in _NOT_LAST or after in NEVER_NAME_FINAL or after in _NAME_SUFFIXES or after in _LOCATIVES \
            or after in _MODALS \
            or dictionary().tags([text[end:end + 2]]):
        return start, end
    rest = text[end + 1:end + 13]
    return (start, end + 1) if speaks(rest) or rest[:1] in _NOT_LAST or _DAY_AFTER.match(rest) else (start, end)


# After a surname, a person the text names by surname alone: 某 (王某), and in Taiwan's press a man, a
# woman, a wife, an old man or woman, a suspect (陳男, 張女, 林婦, 王翁, 李嬤, 黃嫌). None of the corpora's
# names of two that begin with a surname of the table ends so (织女 does, 织 no surname).
_SURNAME_ONLY_AFTER = frozenset("某男女妇翁嬷嫌")
_FOR_SOMEONE = frozenset("为给替")  # prepositions of whom something is done for (为X送去, 给X寄, 替X画)
_LOCATIVES = frozenset("后前中里上下内外间")  # after a name, when or where: 玛丽·鲁滨逊后表示
# The modal verbs of Chinese grammars (能愿动词) the table of foreign names lacks: after a name, what
# it wants or can do (罗·迪多纳想与王义夫决战).
_MODALS = frozenset("想要能会愿敢应该可得须")


# How often jieba's dictionary counts a word common enough to end a name before it: those that
# end one in the corpora and the articles at hand are counted 517 times or more (赛后, 提议, 夫人);
# rarer ones are as often pieces of names (托合提|在 is jieba's 提在, counted 3 times; 布兰切|特等,
# 贝森|特此, 162 and 246).
_COMMON_WORD = 500


def hyphenated(text: str, start: int, end: int, tagged_starts: set[int], tagged_ends: set[int]) -> tuple[int, int]:
    """A transliterated name the tagger ended at a hyphen runs on over the transliteration after
    it (吉尔杰斯-|亚历山大, a double surname), or back over the one before a hyphen it began at
    (亚历山大-|阿诺德): its characters, or a foreign name of jieba's dictionary (亚历山大), two or
    more, or one right after a title (国家安全部长本-|格维尔). Only from a name the tagger found, and not into another it found (特朗普-金正恩会晤: two
    people). A name before a hyphen and anything else is a brand's (梅赛德斯-奔驰, 梅赛德斯-AMG):
    no one (an empty span)."""
    if end - start < 2 or translit_share(text[start:end]) < 1:
        return start, end
    if text[end:end + 1] in _HYPHENS and end + 1 not in tagged_starts:
        stop = end + 1
        while stop < len(text) and text[stop] in TRANSLIT:
            stop += 1
        stop = max(stop, _foreign_word_end(text, end + 1))
        if stop - end > 2 and not _plain_word(text[end + 1:stop]):
            return start, stop
        if HAN.match(text, end + 1) or text[end + 1:end + 2].isascii() and text[end + 1:end + 2].isalpha():
            return start, start
    if start and text[start - 1] in _HYPHENS and start - 1 not in tagged_ends:  # (亚历山大-|阿诺德)
        begin = start - 1
        while begin and text[begin - 1] in TRANSLIT:
            begin -= 1
        words = dictionary().tags(text[start - 1 - size:start - 1] for size in (2, 3, 4) if start - 1 >= size)
        begin = min([begin, *(start - 1 - len(w) for w, tag in words.items() if tag.startswith(("nr", "ns")))])
        if start - begin > 2 and not _plain_word(text[begin:start - 1]) \
                or start - begin == 2 and text.endswith(TITLES, 0, begin):  # (not 中美-; 部长本-|格维尔)
            return begin, end
    return start, end


# Latin initials before a Chinese name (J.K.罗琳, J·D·万斯): part of the name.
INITIALS = r"(?<![A-Za-z])(?:[A-Z] ?[.．·•・‧] ?){1,3}"
_INITIALS_BEFORE = re.compile(INITIALS + r"\Z")
_TRANSLIT_CLASS = "[" + "".join(sorted(TRANSLIT)) + "]"
_INITIALLED = re.compile(INITIALS + " ?" + _TRANSLIT_CLASS + "{2,}")


# A capital and a transliteration character of the name: how the sports press calls players by
# initial (C罗 for Cristiano Ronaldo, B费 for Bruno Fernandes); found only with evidence around it.
INITIAL_NICKNAME = re.compile("(?<![A-Za-z])[A-Z]" + _TRANSLIT_CLASS)


def junior(text: str, start: int, end: int) -> tuple[int, int]:
    """A transliterated name the tagger found after a title and 小 runs back over it: the press's
    name for a son of the same name (总统小马科斯). Not over 老 (老艾伦, the father of 艾伦, is 艾伦 to
    annotated news)."""
    if start >= 1 and text[start - 1] == "小" and end - start >= 2 and translit_share(text[start:end]) == 1 \
            and text.endswith(ROLE_TITLES, 0, start - 1):
        return start - 1, end
    return start, end


def with_initials(text: str, start: int, end: int) -> tuple[int, int]:
    """A Chinese name after Latin initials (J.K.罗琳) runs over them."""
    initials = _INITIALS_BEFORE.search(text, max(0, start - 9), start)
    return (initials.start(), end) if initials and HAN.match(text, start) else (start, end)


def with_regnal_number(text: str, start: int, end: int) -> tuple[int, int]:
    """A monarch's or pope's name runs over its number (查尔斯[三世], 伊丽莎白[二世], as the MSRA
    corpus marks them), not over a century or generations (四世同堂)."""
    number = _REGNAL.match(text, end)
    return (start, number.end()) if number and end > start else (start, end)


_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪紀界代同])")


# A giant panda's name right after the word, as the press writes one: a doubled character (大熊猫灵灵, 熊猫强强:
# the corpora annotate all four such as names, and nothing else follows the word so) or two characters in
# quotation marks, and those joined to them (大熊猫“宝力”和“青宝”).
_PANDA = re.compile(r"熊猫(?:((?![馆园])[\u4e00-\u9fff])\1(?!\1)"  # (not 熊猫馆馆长)
                    r"|“(?!熊猫)[\u4e00-\u9fff]{2}”(?:[和与、]“[\u4e00-\u9fff]{2}”)*)")
_QUOTED_TWO = re.compile(r"(?<=“)[\u4e00-\u9fff]{2}(?=”)")


def pandas_named(text: str) -> list[tuple[int, int]]:
    """The spans of the pandas named in ``text`` (大熊猫彤彤, 大熊猫“添添”和“美香”)."""
    found = []
    for match in _PANDA.finditer(text):
        if match.group(1):
            found.append((match.start() + 2, match.end()))
        else:
            found.extend((match.start() + quoted.start(), match.start() + quoted.end())
                         for quoted in _QUOTED_TWO.finditer(match.group()))
    return found


def surnamed_before_title(context: Context, bounds: set[int]) -> list[tuple[int, int]]:
    """Names of three that jieba cut into a surname its dictionary tags as a name and a word of two that is no
    verb nor place, right before a title (岳|万民|县长关于; not 连|台湾|领导人): of the corpora's 34 such, 33 are names."""
    text = context.text
    return [(start, start + 3) for start in sorted(bounds)
            if text[start:start + 1] in SURNAMES and start + 1 in bounds and start + 3 in bounds
            and HAN_RUN.fullmatch(text, start + 1, start + 3) and context.titles_after(start + 3)
            and dictionary().tags([text[start]]).get(text[start]) == "nr"
            and not dictionary().tags([given := text[start + 1:start + 3]]).get(given, "").startswith(("v", "ns"))]


def regnal_names(text: str) -> list[tuple[int, int]]:
    """A monarch's or pope's name with its number after a title (教皇利奥十四世, 女王伊丽莎白二世):
    the fewest characters, one to six, between the title and the number (教宗良十四世)."""
    found = []
    for number in _REGNAL.finditer(text):
        at = number.start()
        size = next((size for size in range(1, 7) if HAN_RUN.fullmatch(text, at - size, at)
                     and text.endswith(ROLE_TITLES, 0, at - size)), None)
        if size is not None and not GLUED_AFTER.intersection(text[at - size:at]) \
                and not any(dictionary().tags([text[at - size - len(t):at - size + 1]])
                            for t in ROLE_TITLES if text.endswith(t, 0, at - size)):
            found.append((at - size, number.end()))  # (not 总统府为良十四世: 总统府 is a word)
    return found


_DOTTED_CHARS = TRANSLIT | TURKIC_TRANSLIT


def dotted_spans(text: str) -> list[tuple[int, int]]:
    """Transliterated names with a middle dot, trimmed to their transliteration characters; a
    first or last part may be a foreign name of jieba's dictionary (亚历山大), and the last a
    common Chinese family name ending the name (马克·陈, 亚历山大·王)."""
    spans = []
    for begin, end in _dotted_runs(text):
        first_dot = next(i for i in range(begin, end) if text[i] in NAME_DOTS)
        last_dot = max(i for i in range(begin, end) if text[i] in NAME_DOTS)
        start = first_dot
        while start > begin and text[start - 1] in _DOTTED_CHARS:
            start -= 1
        # A first part may be a word of jieba's dictionary that names a person or place (亚历山大·王),
        # with characters of the table at its end (亚历|克斯·萨拉托西斯).
        word_start = _foreign_word_start(text, first_dot, begin)
        while start >= 2 and text[start - 1] in _HYPHENS and text[start - 2] in _DOTTED_CHARS:  # 让-马克·艾罗
            start -= 1
            while start > 0 and text[start - 1] in _DOTTED_CHARS:
                start -= 1
        for split in range(start, first_dot):  # a title glued to the name: 总理奥拉夫·…
            if any(text.endswith(t, 0, split) for t in TITLES):
                start = split
        stop = last_dot + 1
        while stop < end and text[stop] in _DOTTED_CHARS:
            stop += 1
        # A last part may be a word of jieba's dictionary with a character rare in names
        # (亚历山大), and then a second surname after a hyphen (亚历山大-阿诺德).
        word_end = max(stop, _foreign_word_end(text, last_dot + 1))
        if word_end == last_dot + 1 and text[word_end:word_end + 1] in COMMON_SURNAMES \
                and (not HAN.match(text, word_end + 1) or speaks(text[word_end + 1:word_end + 13])):
            word_end += 1  # a family name of Chinese descent (马克·陈, 亚历山大·王说), the name ending with it
        full_stop = word_end
        while full_stop + 1 < len(text) and text[full_stop] in _HYPHENS and text[full_stop + 1] in _DOTTED_CHARS:
            full_stop += 1
            part = full_stop
            while full_stop < len(text) and text[full_stop] in _DOTTED_CHARS:
                full_stop += 1
            full_stop = max(full_stop, _foreign_word_end(text, part))  # (劳合-乔治: 治 is no character of the table)
        last_part = text[last_dot + 1:full_stop]
        if len(last_part) >= 3 and last_part[-1] in GLUED_AFTER \
                and not dictionary().tags([last_part]).get(last_part, "").startswith("nr"):
            # 赛斯·戈尔茨坦[则]表示, 比尔·盖茨[则]说: 则, 再 and 于 are characters of the table too. One of the
            # corpora's dotted names ends so (阿西·赛德克已, a slip); six of their dotted runs end so and are no name.
            full_stop -= 1
            stop, word_end = min(stop, full_stop), min(word_end, full_stop)
        rest = text[start:stop] + text[word_end:full_stop]  # what no dictionary word or surname accounts for
        if min(start, word_start) < first_dot and full_stop > last_dot + 1 \
                and (translit_share(rest, _DOTTED_CHARS) >= 0.75 or not rest.strip(NAME_DOTS)):
            spans.append((min(start, word_start), full_stop))
    # Latin initials before a transliteration (J.D.万斯, J. D. 万斯) make a name's shape too.
    spans += [match.span() for match in _INITIALLED.finditer(text)]
    return sorted(spans)


def _dotted_runs(text: str) -> Iterator[tuple[int, int]]:
    """Runs of dotted parts, cut where two names run together (:func:`dotted_apart`)."""
    for match in _DOTTED.finditer(text):
        begin, end = match.span()
        while (cut := dotted_apart(text, begin, end)) is not None:
            yield begin, cut
            begin = cut + 1
        yield begin, end


def dotted_apart(text: str, start: int, end: int) -> int | None:
    """Where two dotted names run together over a verb or preposition inside ``start:end``
    (若昂·佩德罗[接]恩佐·费尔南德斯直塞破门): one character no table holds between two or more of
    the table's on each side, inside a part between dots; else None. None of the corpora's dotted
    names holds such a part (维克多·许会·罗哈斯, 诺罗敦·莫尼列·西哈努克 hold one of the table before it)."""
    dots = [i for i in range(start, end) if text[i] in NAME_DOTS]
    return next((i for left, right in zip(dots, dots[1:]) for i in range(left + 3, right - 2)
                 if text[i] not in _DOTTED_CHARS
                 and all(c in _DOTTED_CHARS for c in text[left + 1:i] + text[i + 1:right])), None)


def _foreign_word_end(text: str, start: int) -> int:
    """The end of the longest word of jieba's dictionary at ``start`` that names a person or
    place (亚历山大 ns), else ``start``; not a surname and a form of address (郑先生 nr), nor a
    surname and a verb of speaking (马克·陈|说, jieba's name 陈说)."""
    tags = dictionary().tags(text[start:start + size] for size in (2, 3, 4))
    said = text[start:start + 1] in COMMON_SURNAMES and speaks(text[start + 1:start + 13])
    return start + max((len(w) for w, tag in tags.items() if tag.startswith(("nr", "ns"))
                        and not w.endswith(TITLES) and not said), default=0)


def _foreign_word_start(text: str, end: int, begin: int) -> int:
    """The start of the longest such word ending at ``end``, not before ``begin``, else ``end``."""
    tags = dictionary().tags(text[end - size:end] for size in (2, 3, 4) if end - size >= begin)
    return end - max((len(w) for w, tag in tags.items() if tag.startswith(("nr", "ns"))), default=0)


def reduplicated(text: str, start: int, end: int) -> tuple[int, int]:
    """A surname and one character the tagger cut before that character again (钟睒|睒, 刘早|早): a given
    name of one character doubled, unless the second begins a word (舒同[同志]). The doubled character
    may make a word (早早, 刚刚, 晶晶): of the corpora's 112 names so doubled, 45 make one, and no name
    of two stands before its last character again but 舒同 before 同志."""
    form = text[start:end]
    if len(form) == 2 and form[0] in SURNAMES and text[end:end + 1] == form[1] and HAN.match(form[1]) \
            and not dictionary().tags([text[end:end + 2]]):
        return start, end + 1
    return start, end


def before_cai(text: str, start: int, end: int) -> tuple[int, int]:
    """A surname and one character the tagger cut before 才 (包生|才走遍) is a name of three: 才 ends 69
    of the corpora's names of three, and of their four names of two before it, one is a name of
    jieba's dictionary (鲁迅才如此) and one withheld (何某才)."""
    form = text[start:end]
    if len(form) == 2 and form[0] in SURNAMES and text.startswith("才", end) and HAN.match(form[1]) \
            and form[1] != "某" and not dictionary().tags([form, text[end - 1:end + 1]]):
        return start, end + 1  # (not 王刚[才]说: 刚才, 'just now')
    return start, end


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A tagged span without spaces or punctuation at its edges (the dots inside stay), a
    Chinese name without what follows a space after it (记者段彦超 图: 图 credits the photos),
    and without what follows a stop or a bracket closed inside it (记者 陈植）[英]伟达: only a
    character written out in brackets, 袁（日希）, is inside an annotated name, its closing
    bracket too); a surname and the aunt it calls someone, the surname alone (孙[姨人]); a given name of two
    without the familiar 小 before it ([小]俊平); a name without the kin it is written to have
    (博索纳罗[之子]: no name of the training corpora ends so) or a title after it (乔·布林[博士])."""
    depth = 0
    for index in range(start, end):
        char = text[index]
        depth += char in "（("
        if char in _STOPS or char in "）)" and depth == 0:
            end = index
            break
        depth -= char in "）)"
    while start < end and not _name_char(text[start]):
        start += 1
    while end > start and not _name_char(text[end - 1]):
        end -= 1
    if _unclosed(text[start:end]) and text[end:end + 1] in ("）", ")"):
        end += 1  # (the bracket that closes a character written out: 何鸿（申音）)
    space = re.search(r"\s", text[start:end])
    if space and HAN.match(text[start + space.start() - 1]) and not PADDED_NAME.fullmatch(text, start, end):
        end = start + space.start()
    if end - start >= 2 and text[start] in SURNAMES and text[start + 1] in _AUNTS and text[start] != "阿":  # (阿姨)
        end = start + 1  # (孙姨[人]特别好: an aunt by her surname, as 丁姨 is annotated [丁]姨)
    if end - start == 3 and text[start] == "小" and text[start + 1] not in SURNAMES \
            and HAN_RUN.fullmatch(text, start, end) and "日本" not in text:
        start += 1  # ([小]俊平: a child's given name, annotated so 20 times in the corpora; not Japan's 小村武)
    if end - start >= 4 and text[end - 2] == "之" and text[end - 1] in _KIN_AFTER_ZHI:
        end -= 2
    titles = _TITLES_AFTER.get(text[end - 1:end], ())
    if (title := next((t for t in titles if text.startswith(t, end - len(t))), None)) and end - start - len(title) >= 2:
        end -= len(title)  # (乔·布|林博士: jieba's 林博士 a name)
    return start, end


# The kin a name is written to have with 之 (之子, 之女, 之妻).
_KIN_AFTER_ZHI = frozenset("子女妻夫父母兄弟")


def _by_last_character(words: set[str]) -> dict[str, tuple[str, ...]]:
    """``words`` by their last character, the longest first (what ends at a place is found at once)."""
    return {last: tuple(sorted((w for w in words if w[-1] == last), key=len, reverse=True))
            for last in {w[-1] for w in words}}


# Titles and forms of address of two characters or more, which end one of the corpora's names (居里夫人,
# so not 夫人): a title the tagger ran a name on into is no part of it.
_TITLES_AFTER = _by_last_character({t for t in (*TITLES, *ROLE_TITLES, *ADDRESS_AFTER) if len(t) >= 2} - {"夫人"})


# An aunt or an uncle's wife after her surname (孙姨, 王婶): no name of the training corpora has either as
# its second character.
_AUNTS = frozenset("姨婶")


def _unclosed(span: str) -> bool:
    """Does ``span`` open a bracket it does not close?"""
    return sum(c in "（(" for c in span) > sum(c in "）)" for c in span)


# A name of two characters padded to the width of three, as official lists write them (马  丽, 刘　洋).
PADDED_NAME = re.compile("[\u4e00-\u9fff](?: {1,3}|\u3000{1,2})[\u4e00-\u9fff]")


def unpadded(form: str) -> str:
    """A name as written in a list, without the padding inside it (马丽 of 马  丽)."""
    return re.sub(r"[ \u3000]", "", form) if PADDED_NAME.fullmatch(form) else form


_STOPS = frozenset("，。、；：！？」』”“《》,;:!?")
# Adverbs and conjunctions that begin a clause's predicate (则, 也, 却, 还…): none is a
# transliteration character, so none ends a foreign name written in Chinese.
_GLUED_ADVERBS = frozenset("则也却还都又就便皆均已")
# Of those, the ones that the corpora's names of two characters stand before 194 times and those of
# three end three times (李敬则认为, 祝源又); names of three stand before one 443 times and those of four
# end in one never: one glued to a name after a surname is no part of it. (均 ends eight names of
# three, 都 two: 刘广均, 杜侠都.)
_ADVERBS_NOT_FINAL = _GLUED_ADVERBS - frozenset("都皆均")
# Names of four: not 也, which ends Japanese given names (哲也, 拓也); but 正, 仍, 先, 再 and 亦, which
# end none of the corpora's names of four (names of three stand before them 259 times), though jieba
# runs one into a word with the name's last character (黎海|超正|和同事们).
_ADVERBS_NOT_FOURTH = _ADVERBS_NOT_FINAL - {"也"} | frozenset("正仍先再亦")
_NOT_LAST = GLUED_AFTER | _GLUED_ADVERBS | {a for a in ADVERBS if len(a) == 1} | set("先才再正")  # ends no name


def unglued(text: str, start: int, end: int, tagged: set[str]) -> tuple[int, int]:
    """A tagged span unglued for as long as what is left is shorter (梅西[本赛季]: 梅西本, then 梅西)."""
    while True:
        new_start, new_end = _unglued_once(text, start, end, tagged)
        if not start <= new_start <= new_end <= end or (new_start, new_end) == (start, end):
            return new_start, new_end
        start, end = new_start, new_end


def _country_before(form: str) -> int:
    """How long the country is that begins ``form`` when two characters or more follow it (0 when none)."""
    return next((size for size in range(len(form) - 2, 1, -1) if form[:size] in COUNTRIES), 0)


def _unglued_once(text: str, start: int, end: int, tagged: set[str]) -> tuple[int, int]:
    """A tagged span made a name as annotated news marks it: without 老 or 小 before a surname
    and 某 or a title after it (老[王], [黄]某, [董]医生); without a one-character word glued after the name
    (王民岗[谈], 王建平[时]常, 黑尔·毕什[站]) when what is left is still a name (three
    characters, or two tagged on their own elsewhere), a word glued after a name tagged alone
    elsewhere (陈杰宪[赛后]), or an adverb after a name that begins with no surname (川普[則]);
    and with the character a tagger cut off
    when it stands before an enumeration comma, the end of a sentence or 则, where no conjunction
    can (苏小[和]、曹林, 张本智[和]。, 井端弘[和]则坦言)."""
    form = text[start:end]
    if not form:  # nothing left once the dots and spaces at its edges went
        return start, end
    if len(form) >= 3 and spoke_when_meeting(text, end - 1):
        return start, end - 1  # 会见总统绍约姆[时]指出
    if (country := _country_before(form)) and "·" not in form and translit_share(form[country:]) == 1:
        return start + country, end  # [巴西]卡多佐总统: of the corpora's 37,625 names, none begins with a country
        # and two characters more (巴西尔, 韩国英: one more; and not a Chinese name, 韩国文[昨])
    if len(form) == 4 and form[0] in SURNAMES and form[:2] not in COMPOUND_SURNAMES and translit_share(form) < 1 \
            and HAN_RUN.fullmatch(form) and dictionary().tags([form[2:]]).get(form[2:], "")[:1] == "v":
        return start, end - 2  # 周浩[冲进]浓烟: of the corpora's names of four, none that begins with a surname
        # ends in a verb of jieba's
    if len(form) >= 4 and (after := _after_title_inside(form)):
        return end - after, end  # 卡塔尔埃米尔|塔米姆: of 37,625 annotated names, one holds a title before two characters more
    if len(form) >= 4 and 2 <= (inside := _title_begun_before(text, start)) <= len(form) - 2:
        return start + inside, end  # 拿督[斯里]安华: the end of a title written before the span
    if len(form) >= 3 and form[0] in _TITLE_LAST and (has_surname(form[1:]) or len(form) >= 4) and any(
            text.endswith(t, max(0, start + 1 - len(t)), start + 1) for t in _TITLES_OF_TWO_OR_MORE):
        # the last character of a title (长官) is no name's; and where the tagger took it for the first of
        # three, the one after is the third (官金龙|显 of 国防部长官金龙显无期徒刑), unless it ends the name or
        # begins a word
        if len(form) == 3 and HAN.match(text[end:end + 1]) and text[end] not in _NOT_LAST \
                and not dictionary().tags([text[end:end + 2], text[end:end + 3]]):
            return start + 1, end + 1
        return start + 1, end  # 国防部长官金龙显, 长官具润哲 (具, a Korean surname the table lacks)
    if len(form) in (2, 3) and has_surname(form) and text[end:end + 1] in _CONJUNCTIONS and _no_conjunction_after(text, end + 1):
        return start, end + 1  # 苏小[和]、曹林, 张本智[和]/早田希娜, 井端弘[和]则: no conjunction stands there
        # (则 and 却 follow a subject, not an 'and'; 也 or 还 may begin the next one's clause: 张伟和还在上学的弟弟)
    if len(form) >= 3 and has_surname(form) and form[-1] in _CONJUNCTIONS and _no_conjunction_after(text, end):
        return start, end  # (and so keeps it where the tagger took it: 张本智和，)
    if _conjunction_of_the_name(text, start, end) and _japanese_before(text, start):
        return start, end  # (a Japanese name made whole: 日本选手张本智和夺冠)
    if any(d in form for d in NAME_DOTS) and form[-1] in GLUED_AFTER \
            and not dictionary().tags([last := re.split(f"[{NAME_DOTS}]", form)[-1]]).get(last, "").startswith("nr"):
        return start, end - 1  # 黑尔·毕什[站]在乐池里 (not 苏布拉马尼亚姆·苏杰生, whose last part jieba knows)
    if len(form) == 2 and form[0] in "老小" and form[1] in SURNAMES \
            and not (form[0] == "小" and _given_more_than_surname(form[1])):  # (小平: see little_given_names)
        return start + 1, end
    if form[0] in SURNAMES and (form[1:] in ROLE_TITLES or form[1:] in ADDRESS_AFTER or form[1:] == "老" or (
            form[1:] == "公" and not dictionary().tags([form]).get(form, "").startswith("nr")) or (
            len(form) == 2 and text[start - 1:start] in ("老", "小") and form[1] in _NOT_LAST)):
        return start, start + 1  # [董]医生, [唐]太太, [杜]公 (not 关公, a name of jieba's), 老[赵]找, 小[胡]正埋头
    if len(form) >= 3 and form[-1] in _FOR_SOMEONE \
            and any(text.startswith(name, end) for name in tagged if len(name) >= 2):
        return start, end - 1  # 民警孙超[为]吴佳怡送去: 'for' the one named next (in the corpora ten such stand
        # between two names, and no name that ends so stands before another)
    if len(form) == 2 and form[0] in SURNAMES and form[1] in "前原" and text.startswith(ROLE_TITLES, end):
        return start, start + 1  # [蔡]前總統, [李]原主席: a surname and a former office (the corpora's 46 names of two
        # that end in 前 or 原 stand before no title)
    if len(form) == 2 and form[1] in _SURNAME_ONLY_AFTER and form[0] in SURNAMES and form not in KINSHIP:
        return start, end - 1  # 王[某], and as Taiwan's press writes one it names by surname, 張[女], 陳[男], 黃[嫌]
    if len(form) == 3 and form[0] in SURNAMES and form[1] in ADDRESS_SHORT and form[2] in _NOT_LAST:
        return start, end - 1  # 叶太[则]称, 王总[说]: a surname and its short form of address
    if len(form) == 3 and form[-1] in NEVER_NAME_FINAL and has_surname(form) and translit_share(form) < 1:
        return start, end - 1  # 陳勇[稱]: no name of three ends so
    if len(form) >= 3 and form[-1] in NEVER_NAME_FINAL and form[-1] not in TRANSLIT and translit_share(form[:-1]) == 1:
        return start, end - 1  # 埃泽[接]萨卡传中: nor does a transliteration
    if len(form) >= 3 and form[-1] in "均都皆" and HAN.match(text[end:end + 1]) \
            and (text[end] in "已未" or text[start - 1:start] in "、和与及") \
            and _listed_before(text, start) and not text.startswith((*ADDRESS_AFTER, *ROLE_TITLES), end):
        return start, end - 1  # A和B[均已]确认, 丁松、李菊[均]在: 'all'; of the corpora's names last in a list, one ends
        # in 均, 都 or 皆 before a word, and a title follows it (王运熙和李宝均先生); 25 stand before one
    if (len(form) == 3 and form[-1] in _ADVERBS_NOT_FINAL or len(form) == 4 and form[-1] in _ADVERBS_NOT_FOURTH) \
            and has_surname(form) and translit_share(form) < 1 and HAN.match(text[end:end + 1]):
        return start, end - 1  # 吴清[则]表示, 黃國昌[則]說
    if len(form) >= 3 and form[-1] in GLUED_AFTER and has_surname(form) and translit_share(form) < 1 \
            and not any(d in form for d in NAME_DOTS) and (len(form) >= 4 or form[:-1] in tagged
                 and not (form[-1] in NAME_FINAL_GLUE and _only_within(text, form[:-1], end - 1))) \
            and not married_name(text, start, end) and not _japanese_given_end(text, start, end):
        return start, end - 1
    # (a name of two tagged elsewhere; not a double surname alone: 欧阳修[说] beside 欧阳夫子, jieba's 修说)
    two_tagged = form[:2] in tagged and form[:2] not in COMPOUND_SURNAMES
    if len(form) == 3 and has_surname(form) and two_tagged and translit_share(form) < 1 \
            and not _only_within(text, form[:2], end - 1) \
            and (form[-1] in _NOT_LAST or _plain_word(text[end - 1:end + 1])):
        return start, end - 1  # 冯强[忍]住, 吴福[曾]介绍: a name tagged alone elsewhere, then a word
    if len(form) == 4 and form[:2] not in COMPOUND_SURNAMES and has_surname(form) and two_tagged \
            and HAN_RUN.fullmatch(form) and translit_share(form) < 1 and 0 <= text.find(form[:2]) < start \
            and text.count(form) == 1 and not _only_within(text, form[:2], end - 2):
        # 《杜甫[秋兴]八首集说》: a name of four with a single surname is rare, and this one, written once,
        # was written alone before (not a Japanese name, written whole before its family name alone:
        # 井口俊英……井口, or written whole again)
        return start, end - 2
    if len(form) == 3 and two_tagged and not _only_within(text, form[:2], end - 1) \
            and dictionary().tags([text[end - 1:end + 2], text[end - 1:end + 3]]):
        return start, end - 1  # 梅西[梅开二度]: a name tagged alone elsewhere, then a longer word
    if len(form) == 3 and has_surname(form) and translit_share(form) < 1 and two_tagged \
            and text.count(form) == 1 and text.count(form[:2]) - text.count(form) >= 2:
        return start, end - 1  # 余华[继]《文城》: a name written alone twice or more elsewhere, once with a character glued on
    if len(form) >= 4 and form[0] in _DYNASTIES and form[1] == "人" and has_surname(form[2:]):
        return start + 2, end  # [宋人]辛弃疾: a man of a dynasty (none of the corpora's names begins so, six follow it)
    if len(form) >= 3 and form[0] in _BEFORE_NAMES and form[1:] in tagged \
            and (len(form) in (3, 4) and has_surname(form[1:]) or translit_share(form[1:]) == 1):
        return start + 1, end  # [向]余华表示祝贺, [向]苏炳添颁发, [比]基里延科好: a preposition before a name tagged
        # alone elsewhere
    if len(form) >= 4 and form[0] in _BEFORE_NAMES and form[0] not in _BEGINS_TRANSLITERATIONS \
            and HAN_RUN.fullmatch(form[1:]) and translit_share(form[1:]) == 1:
        return start + 1, end  # 就[连]福格茨也, [连]弗洛伊德都说: no Chinese surname before a transliteration of three
    if form[0] in _BEGINS_NO_NAME:  # 书记[被查], [被]王小明打伤
        rest = form[1:]
        return (start + 1, end) if (len(rest) in (2, 3) and has_surname(rest) or len(rest) >= 2 and
                                    translit_share(rest) == 1) \
            and not dictionary().tags([rest]).get(rest, "").startswith("ns") else (start, start)  # (not [以]哈尔滨)
    if len(form) >= 4 and form[:-1] in tagged and translit_share(form[:-1]) == 1 \
            and not _only_within(text, form[:-1], end - 1):
        # (whatever the character, one of the tables too: 马雷斯卡[连]换三人; a name the tagger cut short,
        # 费尔南德|斯, is never written without its last character elsewhere)
        return start, end - 1  # 贝林厄姆[接]居勒尔直塞, 博索纳罗[于]: a transliteration tagged alone elsewhere, then a verb
    if len(form) >= 3 and any(e.start == 0 and e.end >= 4 for e in scan_dates(text[end - 1:end + 9])):
        return start, end - 1  # 賴清德[今（10）日]: a date of four characters or more begins at its last
    if len(form) >= 3 and form[-1] == "约" and re.match(r"[0-9０-９一二三四五六七八九十两半]", text[end:end + 1]):
        return start, end - 1  # 拉伊诺[约]10个百分点: about a number (the corpora's names ending in 约 are before none)
    if len(form) >= 4 and (said := min((form.find(v, 2) for v in "称说" if form.find(v, 2) > 0), default=0)):
        return start, start + said  # 乔治[称杜]氏是: a verb of speaking inside (of the corpora's names, 阿称 holds one)
    if len(form) >= 3 and form[-1] == "于" and any(e.start == 0 for e in scan_dates(text[end:end + 9])):
        return start, end - 1  # 斯塔默[于]次日: the preposition of a date right after it
    if len(form) == 4 and form[:2] not in COMPOUND_SURNAMES and has_surname(form) and HAN_RUN.fullmatch(form) \
            and any(e.start == 0 and e.end >= 2 for e in scan_dates(text[end - 1:end + 9])):
        return start, end - 1  # 金民锡[本周末]: a name of four with a single surname is rare, a date after one common
    if len(form) >= 3 and form[-1] in _GLUED_ADVERBS and (not has_surname(form) or translit_share(form[:-1]) == 1):
        return start, end - 1  # 川普[則]在社群媒體發文, 柯爾[則]稱讚: no foreign name ends in an adverb
    if len(form) >= 4 and has_surname(form) and HAN_RUN.fullmatch(form) \
            and not (married_name(text, start, end) and text.count(form) >= 2):  # (陈方安生……陈方安生于, 方敬文[生在]南京)
        if form[:3] in tagged and form[:2] not in COMPOUND_SURNAMES and form[0] in SURNAMES:
            return start, start + 3  # 魏哲家[餐敘]: no annotated name of four or more begins with another of three
        for size in (3, 2):  # 陈杰宪[赛后]说: a name tagged alone elsewhere, then a word
            if form[:size] in tagged and _plain_word(form[size:]):
                return start, start + size
        if len(form) == 5 and form[:2] not in COMPOUND_SURNAMES and _plain_word(form[3:]):
            return start, start + 3  # no Chinese name runs to five characters: a word is glued to it
    return start, end


def _listed_before(text: str, start: int) -> bool:
    """Is the name at ``start`` the last of a list its clause begins with (萨巴伦卡和高芙, 张明、李红)?"""
    clause = re.split("[，。；：！？\n]", text[max(0, start - 30):start])[-1]
    return "、" in clause or any(c in clause for c in _CONJUNCTIONS)


def _dated(word: str) -> bool:
    """Is ``word`` a date, or a date and a time of day (周二晚, 今天上午: jieba's dictionary tags the
    latter a name)?"""
    return is_date(word) or any(e.start == 0 and dictionary().tags([rest := word[e.end:]]).get(rest, "")[:1] == "t"
                                for e in scan_dates(word))


def _led_by_a_function_word(name: str) -> bool:
    """Does ``name`` begin with a conjunction or preposition and a word (运动员[和官员]参加,
    负责人[向美方]介绍), or with a verb of going (特使[来南亚]访问, 球员[回母队]参加)? Each is a
    surname too, but a rare one."""
    return name[:1] in _BEFORE_NAMES and _plain_word(name[1:]) or name[:1] in _GOING


# Chinese numerals, which begin 40 of the corpora's 37,625 names (三毛, 三塚博, 二阶堂进: nicknames and
# Japanese names) and, after a title or in a list, a count or a rank: 妻子[一人]身上, 第一、二、[三单打].
_NUMERALS = frozenset("一二三四五六七八九十两几")
_GOING = frozenset("来去回到")  # verbs of going, surnames too, before a place or body: 特使[来南亚]访问, 球员[回母队]参加
# Prepositions and conjunctions that stand right before a name (向X表示, 与X会谈, 被X发现, 连X也, 比X好), of
# the single-character function words of Chinese news.
_BEFORE_NAMES = frozenset("向对和与跟给被让把同为替由及将连比")
# Of those and the like, the ones that begin none of the corpora's 37,625 names.
_BEGINS_NO_NAME = frozenset("被把将对给叫使跟在除自离以据按沿往当但")  # (选手[除]孔、刘两人外, [离]埃塞)
# Of those, the ones that begin transliterations of the corpora (比尔, French 让 for Jean: 让·雷诺).
_BEGINS_TRANSLITERATIONS = frozenset("比让")
# The dynasties a writer of the past is given by (宋人, 唐人), as the press writes them before a name.
_DYNASTIES = frozenset("秦汉唐宋元明清晋隋")


def _no_conjunction_after(text: str, index: int) -> bool:
    """Could no conjunction end right before ``index``: a stop follows, 则 or 却 beginning no word,
    or a day of the month (李长和9日在日内瓦发言: no one is joined to a date)?"""
    return text[index:index + 1] in ("、", "，", ",", "/", "／", "。", "！", "？", "；", ";", "!", "?", "\n", "") \
        or text[index:index + 1] in "则却" and not dictionary().tags([text[index:index + 2]]) \
        or _DAY_AFTER.match(text, index) is not None


_DAY_AFTER = re.compile(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日")  # 12日, 9月7日


def _after_title_inside(form: str) -> int:
    """How many characters of ``form`` follow the last title of two or more inside it, when two or more do."""
    for index in range(len(form) - 3, -1, -1):
        if (title := _TITLE_AT.match(form, index)) and len(form) - title.end() >= 2:
            return len(form) - title.end()
    return 0


def inside_title(text: str, start: int, end: int) -> bool:
    """Is ``start:end`` the beginning of a title of three or more written there (拿督斯|里, jieba's
    made-up word 拿督斯 before Malaysia's 拿督斯里)?"""
    return any(text.startswith(title, start) and len(title) > end - start for title in _TITLES_OF_THREE_OR_MORE)


def _title_begun_before(text: str, start: int) -> int:
    """How many characters after ``start`` a title of three or more begun before it runs on
    (首相拿督[斯里]安华: jieba's 拿督斯|里安|华)."""
    for title in _TITLES_OF_THREE_OR_MORE:
        for back in range(1, len(title) - 1):
            if start >= back and text.startswith(title, start - back):
                return len(title) - back
    return 0


def completed(text: str, start: int, end: int, names: set[str]) -> tuple[int, int]:
    """A surname and one character run on over the next when the three are a name found
    elsewhere (刘东[生]长期, jieba's 刘东|生长|期, beside 刘东生常说), or when a title, a bracket or
    the end of a list item or line follows the three (罗涵[先]委员: of the names of three before a
    title in the training corpora, 1,093 end so, and of those of two, 8 stand a character before
    one, mostly 的; before a bracket, 谭权[书]（作…）, 1,196 and none; 康乐[书]、, _ITEM_ENDS); and
    only when the two are never written without it (not 高敏[托]记者转达……高敏说). So do three when
    the four are a name found elsewhere (张本智[和]开局, beside 张本智和，), and a transliteration
    over a character of the table before a conjunction or a stop (洛特[卡]和); and two over 之
    before a function word (裴静[之]把). Any runs on over a modal particle that Chinese follows (伊藤达[哉]禁区,
    谢觉[哉]同志; not a transliteration, which may hold one: 玛哈哇集拉隆功): of the corpora's names, four end in one
    (秋山生哉), and none stands before one so."""
    form = text[start:end]
    if _particle_inside(text, end) and translit_share(form) < 1 and _only_within(text, form, end):
        return start, end + 1
    if len(form) == 3 and has_surname(form) and text[start:end + 1] in names and _only_within(text, form, end):
        return start, end + 1  # 张本智[和]开局, beside 张本智和，: a name of four found elsewhere
    if len(form) >= 2 and translit_share(form) == 1 and text[end:end + 1] in TRANSLIT \
            and text[end] not in _NOT_LAST and text[end] not in _NAME_SUFFIXES \
            and text[end + 1:end + 2] in _TRANSLIT_ENDS and _only_within(text, form, end):
        return start, end + 1  # 洛特[卡]和: of 6,959 transliterated names, none stands a character before those
    if form in COMPOUND_SURNAMES and (given := _given_after_compound(text, end)):
        return start, end + len(given)  # 书法家欧阳[中石]的: of the corpora's names, 4 are a compound surname alone, 61 more
    if len(form) != 2 or not has_surname(form) or not _only_within(text, form, end):
        return start, end
    if text[start:end + 1] in names or HAN.match(text, end) and text[end] not in _BEFORE_TITLE and (
            text.startswith(ROLE_TITLES, end + 1) and not text.startswith(ROLE_TITLES, end) or text[end + 1:end + 2] in ("（", "(")
            or text[end] not in _NAME_SUFFIXES and text[end + 1:end + 2] in _ITEM_ENDS):
        return start, end + 1
    if text.startswith("之", end) and text[end + 1:end + 2] in GLUED_AFTER:
        return start, end + 1  # 裴静[之]把: of the corpora's names, 19 of three end so, one of two stands before it
    return start, end


# Characters that stand between a name and a title without being part of either (王明的秘书,
# 王明等委员, 王明任部长, 王明兼主任, 王明副市长, 王明老先生): function words, verbs of office, a
# title's rank and the age or size an address gives.
_BEFORE_TITLE = GLUED_AFTER | {"的", "任", "兼", "老", "小", "大"} | {p for p in TITLE_PREFIXES if len(p) == 1}
# What ends a list item or a line ("" the text): in the training corpora a name of three ends
# there 5,636 times, and a name of two never stands a character before it, but for one that makes
# a word of the name (梅西杯, 张家, 王老, 鲁迅奖, 毛体): those, and their kind, in _NAME_SUFFIXES.
# (Not the end of a clause: 李强[好]，)
_ITEM_ENDS = ("、", "）", ")", "等", "\n", "")
_TRANSLIT_ENDS = frozenset("和与及、，。")
_NAME_SUFFIXES = frozenset("杯奖牌案家派体式号路街村楼馆像墓碑祠堂传诗词画作摘题集语学老哥姐叔婶爷奶们俩氏真环")


def _given_after_compound(text: str, end: int) -> str:
    """The word jieba cuts right after a compound surname at ``end`` when it can be a given name: one or two
    Chinese characters, no word of its dictionary that names no one (欧阳|中石, a place to it; not 欧阳|表示)
    unless a verb of speaking follows it (局长欧阳|立新说, jieba's adverb: 4 of the corpora's names with a
    compound surname are so written, and no compound surname alone before a plain word and a verb of
    speaking), none a character that ends no name, and no title or form of address (欧阳先生)."""
    import jieba

    if text.startswith(ROLE_TITLES, end) or text.startswith(ADDRESS_AFTER, end):
        return ""
    given = next(iter(jieba.cut(text[end:end + 6], HMM=True)), "")
    if not 1 <= len(given) <= 2 or not HAN_RUN.fullmatch(given) or _NOT_LAST.intersection(given) \
            or _plain_word(given) and not speaks(text[end + len(given):end + len(given) + 16]):
        return ""
    return given


def _particle_inside(text: str, end: int) -> bool:
    """Is the character at ``end`` a modal particle of jieba's dictionary (哉, 呢, 吧) with Chinese
    after it that makes no word with it (not 呢子, 吧台)? No name of the corpora stands before one so."""
    particle = text[end:end + 1]
    return HAN.match(text, end + 1) is not None and dictionary().tags([particle]).get(particle) == "y" \
        and not dictionary().tags([text[end:end + 2]])


def _only_within(text: str, short: str, end: int) -> bool:
    """Is ``short`` (ending at ``end``) written nowhere in ``text`` but before the character
    that follows it there (刘东 only ever in 刘东生): then it is no name of its own."""
    return text.count(short) == text.count(text[end - len(short):end + 1])


HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def married_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a married woman's name as Hong Kong writes it, her husband's
    surname before her own (陈方安生, 范徐丽泰), whose last character may be one that glues to
    names elsewhere (生, as in 生于: not when 于 follows, unless she is named so without it as well:
    陈方安生……陈方安生于1月5日抵京)?"""
    form = text[start:end]
    return len(form) == 4 and form[0] in COMMON_SURNAMES and form[1] in SURNAMES \
        and not (form[-1] == "生" and text[end:end + 1] in ("于", "於")
                 and text.count(form) == text.count(form + "于") + text.count(form + "於"))


_TITLES_OF_TWO_OR_MORE = tuple(t for t in ROLE_TITLES if len(t) >= 2)
_TITLE_LAST = frozenset(t[-1] for t in _TITLES_OF_TWO_OR_MORE)
_TITLES_OF_THREE_OR_MORE = tuple(t for t in ROLE_TITLES if len(t) >= 3)
_TITLE_AT = re.compile("|".join(map(re.escape, _TITLES_OF_TWO_OR_MORE)))  # the longest first, as they are sorted


def _plain_word(chars: str) -> bool:
    """Is ``chars`` a word of jieba's dictionary that names no person or place and is no
    transliteration (赛后 is; 玉林 and 维奇 are not)?"""
    tag = dictionary().tags([word := to_simplified(chars)]).get(word, "")  # 赛後 is 赛后
    return bool(tag) and not tag.startswith(("nr", "ns")) and translit_share(word) < 1


# Each starts where a run of Chinese starts (the lookbehind keeps matching linear).
# Items set off by 、, each maybe with a note in brackets after it (全红婵（广东）、陈芋汐（上海）).
_LIST_ITEM = r"[\u4e00-\u9fff·]+(?:[（(][^（）()、\n]{1,8}[）)])?"
_LIST = re.compile(rf"(?<![\u4e00-\u9fff·]){_LIST_ITEM}(?:、{_LIST_ITEM})+")
_NOTE_AFTER = re.compile(r"[（(][^（）()]*[）)]\Z")
_LIST_END = re.compile(r"等|和|及|与|以及|[一二三四五六七八九十两几多]位|[一二三四五六七八九十两几]人")


# A news byline: the reporters after their role, before what they did (记者X、Y报道), the next
# reporter (新华社记者X、本报记者Y报道) or the end of the paragraph (。记者 X 通讯员 Y), or in brackets
# after a news agency's dateline (新华社长沙5月26日电（X、Y）, as Xinhua credits its stories).
_BYLINE = re.compile(r"(?:记者|通讯员|摄影|日电[（(])[ \u3000]?((?:[\u4e00-\u9fff]{2,3}[、 ])*[\u4e00-\u9fff]{2,3})"
                     r"(?=[ \u3000]?(?:报道|摄|整理|采写|撰稿|编译|）|\)|／|/|、[\u4e00-\u9fff]{0,5}?(?:记者|通讯员))|[ \u3000]*$)",
                     re.MULTILINE)
# A label that credits the text or its pictures (作者：X, 本文作者：X，系…, 文/X, 文丨X, 责任编辑：X、Y),
# as the press signs articles.
_CREDIT_LABEL = re.compile(r"(?:^|(?<=[\s（(|｜]))(?:本文)?(?:作者|撰文|执笔|口述|文|图|编辑|责任编辑|责编|校对|审核|审校|监制|统筹|策划|摄影|摄像|"
                           r"剪辑|翻译|译者)"
                           r"[ \u3000]?[：:/／|｜丨][ \u3000]?((?:[\u4e00-\u9fff]{2,3}[、 ])*[\u4e00-\u9fff]{2,3})"
                           r"(?=[，,。；;\s）)|｜]|$)", re.MULTILINE)
# A line that credits a poem or saying to its author, maybe with the dynasty (——（宋）陆游, ——鲁迅).
_CREDIT_LINE = re.compile(r"^[ \u3000]*(?:——|—|--)[ \u3000]*(?:[（(][\u4e00-\u9fff][）)])?[ \u3000]*"
                          r"([\u4e00-\u9fff]{2,4})[ \u3000]*$", re.MULTILINE)
# The dateline after the reporters, as Taiwan's Central News Agency writes it (【中央社记者X、Y台北12日电】).
_BYLINE_DATELINE = re.compile(r"记者((?:[\u4e00-\u9fff]{2,3}、)*)([\u4e00-\u9fff]{4,7}?)(?:\d{1,2}月)?\d{1,2}日电")


# A byline on a line of its own under the headline, as Chinese papers set it: who wrote the story
# and in what role (本报记者 黄立新, 本报通讯员 孙红梅 记者 方敏, 文/图 本报记者 王晨 实习生 李梦瑶).
_LINE = re.compile(r"^[^\n]{2,60}$", re.MULTILINE)
_BYLINE_TOKEN = re.compile(r"[^ \u3000、]+")
_BYLINE_ROLE = re.compile(r"(?:本报|新华社|人民日报|中新社|央视)?(?:特约|见习)?(?:记者|通讯员|实习生|摄影记者)")
_CREDIT_WORDS = ("文", "图", "文/图", "文／图", "文图")
_NAME_SIZED = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _byline_line(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the two or three characters after a role on a line that is a byline and
    nothing else: each of its words a role, a credit (文/图) or two or three characters."""
    for line in _LINE.finditer(text):
        tokens = list(_BYLINE_TOKEN.finditer(line.group()))
        roles = [bool(_BYLINE_ROLE.fullmatch(t.group())) for t in tokens]
        if not any(roles) or not all(role or t.group() in _CREDIT_WORDS or _NAME_SIZED.fullmatch(t.group())
                                     for t, role in zip(tokens, roles)):
            continue
        after_role = False
        for token, role in zip(tokens, roles):
            if not role and after_role and _NAME_SIZED.fullmatch(token.group()):
                yield line.start() + token.start(), line.start() + token.end()
            after_role = role or after_role and token.group() not in _CREDIT_WORDS


_SPACES = (" ", "\u3000")


def _name_shaped(item: str) -> bool:
    """Can a byline's item be a name: it begins with a surname or is no word of jieba's dictionary
    other than a name, and begins with no word of it (记者[采访和]报道, 记者 今天)?"""
    return (has_surname(item) or dictionary().tags([item]).get(item, "nr").startswith("nr")) \
        and not _plain_word(item[:2])


def bylines(text: str) -> list[tuple[int, int]]:
    """The names of a news byline (记者X报道, （记者X、Y）, 记者X摄, （记者 X 整理）, 【记者X／台北报导】)
    and of a label crediting the text (作者：X, 文丨X, 责编：X): two or three characters each, as
    Chinese names are, that begin with a surname or are no word of jieba's dictionary other than
    a name, and begin with no word of it (记者[采访和]报道, 文：明天见) nor make one with the label
    (摄影[家]拍摄); and of a line crediting a poem or saying to its
    author (——（宋）陆游: jieba's dictionary calls 陆游 a noun), no place or body of it."""
    found = []
    for match in (*_BYLINE.finditer(text), *_CREDIT_LABEL.finditer(text)):
        position = match.start(1)
        # (set apart by spaces, as a picture's credit is, a surname begins a name whatever word it
        # makes: 新华社记者 万象 摄)
        spaced = text[position - 1:position] in _SPACES and text[match.end(1):match.end(1) + 1] in _SPACES
        for item in re.split("[、 ]", match.group(1)):
            if (_name_shaped(item) or spaced and has_surname(item)) \
                    and not dictionary().tags([text[position - 2:position + 1]]):
                found.append((position, position + len(item)))
            position += len(item) + 1
    # (on a line of its own a byline's words are no prose: a surname then begins a name, whatever word it
    # begins, 本报记者 宋朝军, 记者 高原)
    found += [(start, end) for start, end in _byline_line(text)
              if _name_shaped(text[start:end]) or has_surname(text[start:end])]
    for match in _CREDIT_LINE.finditer(text):
        name = match.group(1)
        if has_surname(name) and dictionary().tags([name]).get(name, "nr")[:2] not in ("ns", "nt", "nz"):
            found.append(match.span(1))
    for match in _BYLINE_DATELINE.finditer(text):
        place_and_name = match.group(2)
        # The last name runs into the place: it ends where the place, a word of jieba's dictionary, begins.
        size = next((n for n in (3, 2) if len(place_and_name) - n >= 2
                     and dictionary().tags([place_and_name[n:]])), 0)
        items = [*match.group(1).split("、")[:-1], place_and_name[:size]] if size else []
        position = match.start(1)
        for item in items:
            if has_surname(item) and dictionary().tags([item]).get(item, "nr").startswith("nr"):
                found.append((position, position + len(item)))
            position += len(item) + 1
    return found


# An official notice of appointments: 任命X为, 免去X的……职务, 提名X为 (the wording of the
# notices of Chinese governments and legislatures, as the press quotes them).
_APPOINTED = re.compile(r"(?:任命|免去|提名|聘任|选举|推选|增补|决定)([\u4e00-\u9fff]{2,3}?)(?:同志)?"
                        r"(?=为|(?:同志)?的[^。；;\n]{2,30}?职务)")


_JAPANESE_APPOINTED = re.compile(r"(?:[，、；]?任命|[，、；])([\u4e00-\u9fff]{2,5}?)(?:为|出任|担任|接任)"
                                 r"[\u4e00-\u9fff]{0,6}?(?:大臣|官房长官|外相|防相|财相)")


def appointed(text: str) -> list[tuple[int, int]]:
    """The names of an official notice of appointments: 任命郑宏伟为省发展和改革委员会副主任,
    免去钱立新的省财政厅副厅长职务 (钱|立新, a noun and an adverb to jieba). Two or three
    characters that begin with a surname and are no word of jieba's dictionary but a name (not
    任命[程序]为); in an article that names 日本, a Japanese name (as :func:`_japanese_name` reads
    it) appointed to a minister's office (任命茂木敏充为外务大臣, 片山皋月出任财务大臣)."""
    found = []
    for match in _APPOINTED.finditer(text):
        name = match.group(1)
        if has_surname(name) and dictionary().tags([name]).get(name, "nr").startswith("nr"):
            found.append(match.span(1))
    if "日本" in text:  # 任命茂木敏充为外务大臣，小泉进次郎为防卫大臣: a Japanese cabinet, as Chinese news lists it
        for match in _JAPANESE_APPOINTED.finditer(text):
            if _japanese_name(text, match.start(1)) == match.span(1):
                found.append(match.span(1))
    return found


# A transliteration right after its country and 的 (or 人, 籍, 队的), ending where a list goes on or the clause
# ends: 法国的福塞和罗马尼亚的德拉格米尔, 负于丹麦的本特森，.
_OF_A_COUNTRY = re.compile("(?:" + "|".join(sorted(COUNTRIES, key=len, reverse=True)) + ")(?:的|人|籍|队的)("
                           + _TRANSLIT_CLASS + "{2,7})(?=[和与及、，。；])")


def of_a_country(text: str) -> list[tuple[int, int]]:
    """Transliterations named by their country (丹麦的本特森，, 印度尼西亚的努尔、科威特的塔基和) that jieba's
    dictionary has as no word or as a name, seldom counted. Of the training corpora's 44 such runs, 40 are annotated
    names (not 埃克森, 蒂罗尔, 保姆, 达马托法); the model, which has no feature for a country, passes many over."""
    return [match.span(1) for match in _OF_A_COUNTRY.finditer(text)
            if dictionary().tags([name := match.group(1)]).get(name, "nr").startswith("nr")
            and dictionary().frequency(name) < COMMON_AS_A_WORD]


_PAIRED_SHORT_FORMS = re.compile("|".join(PAIRED_SHORT_FORMS))


def short_forms(text: str) -> set[tuple[int, int]]:
    """The one-character names of words made of two people's short forms (马列主义, 汤尤杯); not in a dotted
    name (塞莱莱·马列莱高伊)."""
    matches = list(_PAIRED_SHORT_FORMS.finditer(text))
    if not matches:
        return set()
    dotted = {at for match in _DOTTED.finditer(text) for at in range(*match.span())}
    return {(at, at + 1) for match in matches if match.start() not in dotted for at in range(*match.span())}


def short_forms_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The two people of a word made of their short forms, each a name of one character, in place of whatever the
    spans made of them (a name of two, 孔孟; one of them alone)."""
    if not (pairs := short_forms(text)):
        return spans
    inside = {at for at, _end in pairs}
    return sorted({span for span in spans if inside.isdisjoint(range(*span))} | pairs)


def run_together(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a list written without stops that the model took as one (柯为湘贺定一, 何黄彪夏光辉): a span of
    five to nine Chinese characters that parts into names of two or three, each beginning with a surname (a compound
    one with two more), more likely so than as one name, by how often jieba's dictionary has each character begin its
    names and inside them. Of the training corpora's 233 such runs of names, 225 are parted right so and 3 wrongly; none
    of their 1,459 single names of five to nine characters is (田中真纪子, 伊丽莎白二世: a Japanese ending, a reign)."""
    parted = []
    for start, end in spans:
        form = text[start:end]
        best = None
        if 5 <= end - start <= 9 and HAN_RUN.fullmatch(form) and translit_share(form) < 0.6 \
                and not form.endswith(JAPANESE_ENDINGS) and not _REGNAL.search(form):
            best = max(_as_names(form), key=_likelihood, default=None)
        if best is None or _likelihood(best) <= _likelihood([form]):
            parted.append((start, end))
            continue
        for name in best:
            parted.append((start, start + len(name)))
            start += len(name)
    return parted


def across_words(text: str, start: int, end: int) -> bool:
    """Is the name of three at ``start`` two common words cut apart, its first character ending one with the character
    before it and the rest another (主张和平, 'to stand for peace', is no 张和平)? Words jieba's dictionary counts 300
    times or more and holds as no names: none of the corpora's 37,625 names is written so."""
    if end - start != 3 or start == 0:
        return False
    before, given = text[start - 1:start + 1], text[start + 1:end]
    tags = dictionary().tags([before, given])
    return all(dictionary().frequency(word) >= COMMON_AS_A_WORD and not tags.get(word, "nr").startswith("nr")
               for word in (before, given))


def little_given_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name of one the model found right after 小 taken whole with it where that character begins under 45 in 100 of
    the names of jieba's dictionary it is in: a given name (小平, 小门, 小宁), as MSRA's news annotates them, not a
    surname alone (小[王], 王 begins 81 in 100). Of MSRA's 64 such, 62 are read right so, against 45 as surnames."""
    return [(start - 1, end) if end - start == 1 and text[start - 1:start] == "小"
            and _given_more_than_surname(text[start]) else (start, end) for start, end in spans]


def _given_more_than_surname(char: str) -> bool:
    """Does ``char`` begin under 45 in 100 of the names of jieba's dictionary it is in (平, 门, 宁; not 王, 张)?"""
    return dictionary().begins_names(char) < 0.45


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


# Someone the text names by surname alone (一位姓戴的主任告诉笔者, 主人姓李，): the surname after 姓, before 的 or a
# stop. Of the training corpora's 20 such, 19 are annotated names; the other is a surname's own 姓 (摄制吕姓时).
_BY_SURNAME = re.compile("姓([" + "".join(sorted(c for c in SURNAMES if len(c) == 1)) + "])(?=[的，。；])")


def by_surname(text: str) -> list[tuple[int, int]]:
    """The surnames someone is named by alone, after 姓 (一位姓戴的主任, 主人姓李，); not of 百姓 (the people) nor after a
    surname, whose own 姓 it is (吕姓时), unless a numeral counts it as a measure word (一位姓戴: 位 is a surname too)."""
    found = []
    for match in _BY_SURNAME.finditer(text):
        before = text[max(0, match.start() - 2):match.start()]
        if not before.endswith("百") and not (before[-1:] in SURNAMES and before[:1] not in _COUNTING):
            found.append(match.span(1))
    return found


_COUNTING = frozenset("一两几这那每某")  # numerals and demonstratives before a measure word (一位, 这位)


# Who wins with a work, as the press of film, music and letters writes it at a clause's start or after 由
# (易烊千玺凭借《小小的我》获得最佳男主角奖, 张艺谋曾凭《活着》, 周冬雨凭借同一部影片获得最佳女主角奖,
# 最佳男主角由张译凭借《三大队》获得):
# the name, then an adverb or none, then the work in its brackets or a prize won with it.
_BY_THEIR_WORK = re.compile("(?:^|(?<=[。，；：！？\n\u3000 由]))([\u4e00-\u9fff]{2,6}?)(?:" + "|".join(
    sorted(ADVERBS, key=len, reverse=True)) + ")?凭借?(?:《|[^，。；！？\n]{1,20}?(?:获得|荣获|摘得|夺得|斩获)"
    "[^，。；！？\n]{0,12}?奖)", re.MULTILINE)


def by_their_work(text: str) -> list[tuple[int, int]]:
    """Who wins with a work at the start of a clause or after 由 (易烊千玺凭借《小小的我》获得, 周冬雨凭借同一
    部影片获得最佳女主角奖, 奖项由张译凭借《三大队》获得): two to four characters that begin with a surname or
    transliterate, a name of jieba's dictionary or no word of it (not 该片, 影片, 这部电影). jieba cuts such
    names anywhere (易|烊|千玺, 周|冬雨) and the tagger, with it, passes them over."""
    found = []
    for match in _BY_THEIR_WORK.finditer(text):
        name = match.group(1)
        if len(name) <= 4 and (has_surname(name) or translit_share(name) == 1) \
                and dictionary().tags([name]).get(name, "nr").startswith("nr") and not set(name) & _NOT_GIVEN:
            found.append(match.span(1))
    return found


_ONE_CHARACTER_SURNAMES = "".join(sorted(c for c in SURNAMES if len(c) == 1))  # for a pattern's [class]
# A relative or neighbour, then a surname and a form of address (老伴周阿姨, 邻居王大爷); or an old
# person, a villager or a resident, or someone's age, then a surname and an elder's or a neighbour's form
# of address (老人顾阿婆, 86岁的李大爷, but not 岁的[和记者]).
_ADDRESSED = re.compile("(?:" + "|".join(KINSHIP + ("邻居", "同事", "室友", "房东", "工友", "街坊"))
                        + ")([" + _ONE_CHARACTER_SURNAMES + "])(?="
                        + "|".join(a for a in ADDRESS_AFTER if len(a) > 1) + ")"
                        + "|(?:老人|村民|居民|市民|岁的)([" + _ONE_CHARACTER_SURNAMES + "])(?="
                        + "|".join(FAMILIAR_ADDRESS) + ")")


def addressed(text: str) -> list[tuple[int, int]]:
    """Surnames a relative or neighbour is called by, right after the word for them (老伴周阿姨,
    邻居王大爷, 老人顾阿婆): the person the form of address names, marked by the surname as annotated
    news marks 王大爷; not a preposition before someone's job (小花奶奶[向]记者称, 'to')."""
    return [span for m in _ADDRESSED.finditer(text) if text[(span := m.span(m.lastindex or 1))[0]] not in _BEFORE_NAMES
            or text.startswith(FAMILIAR_ADDRESS, span[1])]  # (but 老伴向阿姨: a neighbour's form of address)


def on_the_phone(text: str) -> list[tuple[int, int]]:
    """Whom someone calls, as diplomatic news writes it (与特朗普通电话, 同X通话): a name of jieba's dictionary
    between the partner's preposition and 通(电)话, which jieba cuts across (特朗|普通|电话), and so the tagger."""
    found = []
    for match in _PHONE_CALL.finditer(text):
        at = match.start()
        size = next((size for size in (4, 3, 2) if at - size >= 1 and text[at - size - 1] in _PARTNER
                     and dictionary().tags([text[at - size:at]]).get(text[at - size:at], "").startswith("nr")), None)
        if size is not None:
            found.append((at - size, at))
    return found


_PHONE_CALL = re.compile("通电话|通话")
_PARTNER = frozenset("与同和跟")


def pseudonyms(text: str) -> list[tuple[int, int]]:
    """Names the text says it made up (小雪（化名）, 张明（均为化名）): a familiar name of two (小, 阿
    or 老 and a character), a surname and one character, or a common surname and two, right before
    the bracket."""
    found = []
    for match in _PSEUDONYM.finditer(text):
        end = match.start()
        if end >= 3 and text[end - 3] in COMMON_SURNAMES and HAN_RUN.fullmatch(text, end - 3, end):
            found.append((end - 3, end))
        elif end >= 2 and (text[end - 2] in "小阿老" or text[end - 2] in SURNAMES) \
                and HAN_RUN.fullmatch(text, end - 2, end):
            found.append((end - 2, end))
    return found


# A bracket after a name that says it is not the person's own (（化名）, （均为化名）, （系化名）).
_PSEUDONYM = re.compile(r"[（(](?:均为|均係|系|為|为)?化名[）)]")


def introduced(text: str) -> list[tuple[int, int]]:
    """Whom the text introduces by name (他叫于长海，, 一位名叫李浩的市民, 妻子叫林爱茹。): a surname and one
    or two characters after 叫 or 名叫 said of someone, before a comma, a full stop, 是 or 的, however jieba
    cuts them (于|长海, a preposition and a place). Of the training corpora's 28 such, 27 are annotated
    names (the other a village, 地方名叫曾厝)."""
    return [match.span(1) for match in _INTRODUCED.finditer(text)]


_KIN = "|".join(sorted(KINSHIP, key=len, reverse=True))  # the words of kinship, the longest first (儿媳妇)
_INTRODUCED = re.compile("(?:他|她|我|名|就|" + _KIN + ")叫(?:做)?([" + "".join(sorted(SURNAMES))
                         + "][\u4e00-\u9fff]{1,2}?)(?=[，。,；、！？]|是|的)")


def speaker_or_kin(text: str) -> list[tuple[int, int]]:
    """Names jieba's dictionary has that are words too (高峰, a peak; 白雪, snow), which the model
    leaves: where the text names one as the speaker of a quotation just closed (”高峰说。) or as
    someone's relative (高峰的妻子). A surname and one or two characters, a name to the dictionary,
    beginning no word with the character before it, nor a word of kinship itself (孙女的爷爷: jieba's 孙女 is a
    name too); in the corpora, 31 of 32 such are names."""
    found = []
    for match in chain(_SPEAKER.finditer(text), _KIN_OF.finditer(text)):
        start, end = match.span(1)
        name = text[start:end]
        if name[0] in SURNAMES and name[1:] not in ROLE_TITLES and name[1:] not in ADDRESS_AFTER \
                and name not in KINSHIP \
                and dictionary().tags([name]).get(name, "").startswith("nr") \
                and not (start and dictionary().tags([text[start - 1:start + 1]])):
            found.append((start, end))
    return found


_SPEAKER = re.compile("[”」』]([\u4e00-\u9fff]{2,3}?)(?=(?:" + "|".join(SPEECH_VERBS) + ")[。，！：；])")
_KIN_OF = re.compile("(?=([\u4e00-\u9fff]{2,3})的(?:" + _KIN + "))")


def kin_named(text: str, spans: list[tuple[int, int]], bounds: set[int]) -> list[tuple[int, int]]:
    """Relatives named beside the word for them with the surname of someone the text names (简福才……
    父亲简阿海, 金正恩的女儿金主爱, 简新民的儿子简志明), which the model leaves where jieba reads the name
    as words (简|阿海, 金主|爱, 简|新民): the surname and the two characters after it, where jieba's
    words begin and end, the last no word of its own that names do not end with (赵增|和兄长); before
    的 and the word, else the surname and one (还有|石满的儿子); or two of one surname either side, where
    neither was found (石满的儿子石|银山). Of the training corpora's 32 such, with the surname of a name in
    the sentence or of the other, all are names (8 of them of the other's alone); and of the 17 more of two
    after the word that jieba made up as one (父亲饶锷是), 16 (the other, 李付|存, is of three). And a foreign name after
    the word, three or more characters of the transliteration tables (特朗普的女婿库什纳[在], jieba's 库什|纳在;
    儿子买买提江): 17 of the corpora's 17 such are names."""
    surnames = {text[start] for start, end in spans if end - start in (2, 3)}.intersection(SURNAMES)
    taken = {at for start, end in spans for at in range(start, end)}
    found = []
    for match in _KIN_BEFORE.finditer(text):
        if (run := _kin_transliterated(text, match.end(), bounds)) and not taken.intersection(range(*run)):
            found.append(run)
            continue
        owned = text[match.start() - 1:match.start()] == "的"
        # 父亲简阿海; 简新民的儿子, 还有|石满的儿子: a name of three, else of two, a word jieba made up before
        # what ends no name (父亲饶锷是; not 爸爸孙远和, 妻子侯御之: as often a name of three)
        after = [(match.end(), match.end() + 3)]
        if not dictionary().tags([text[match.end():match.end() + 2]]) \
                and text[match.end() + 2:match.end() + 3] not in _ENDS_NAMES_OF_THREE_TOO:
            after.append((match.end(), match.end() + 2))
        before = owned * [(match.start() - 4, match.start() - 1), (match.start() - 3, match.start() - 1)]
        # (or two of one surname either side: 石满的儿子石|银山, where neither was found)
        family = {text[match.end():match.end() + 1]} & {text[start] for start, _end in before if start >= 0}
        chosen = []
        for options in (after, before):
            for start, end in options:
                free = not taken.intersection(range(start, end)) \
                    or end - start == 3 and (start, start + 2) in spans and end - 1 not in taken
                if free and _kin_name(text, start, end, surnames | family, bounds):
                    chosen.append((start, end))  # (and over the model's name cut short: 孙子林宗|翰专程)
                    break
        if len(chosen) == 2 or not (family - surnames):
            found += chosen
    return found


def _kin_transliterated(text: str, start: int, bounds: set[int]) -> tuple[int, int] | None:
    """A foreign name of three or more characters of the transliteration tables at ``start``, ending
    where a jieba word does, or where the run does unless its last character begins a word there
    (库什纳[本月]); beginning with no place, body or other proper noun of three or more of jieba's dictionary
    (not 阿拉伯语; but 买买提, a noun to it)."""
    if (run := _FOREIGN_RUN.match(text, start)) is None:
        return None
    for end in range(run.end(), start + 2, -1):
        if end in bounds or end == run.end() and not dictionary().tags([text[end - 1:end + 1]]):
            tags = dictionary().tags([text[start:stop] for stop in range(start + 3, end + 1)]).values()
            return (start, end) if not _PROPER_NOUN_TAGS.intersection(tags) else None
    return None


def _kin_name(text: str, start: int, end: int, surnames: Container[str], bounds: set[int]) -> bool:
    """Is ``text[start:end]`` a relative's name by its shape: one of ``surnames`` (not 阿, which makes
    familiar names of one character more: 哥哥阿良|持桨), where jieba's words begin and end, ending
    in no word of its own that names do not end with (but 和 before an adverb: 父亲林家和很不理解)?"""
    name = text[max(start, 0):end]
    return name[:1] in surnames and name[0] != "阿" and start >= 0 and {start, end} <= bounds \
        and HAN_RUN.fullmatch(name) is not None and name[1] not in (name[0], "某") and name[-1] not in NEVER_NAME_FINAL \
        and not (end - 1 in bounds and _function_word(name[-1]) and not _ends_before_an_adverb(text, end))


def _ends_before_an_adverb(text: str, end: int) -> bool:
    """Does a character that ends names as often as it joins them (和, 生) end a name at ``end``, an
    adverb after it, where 'and' would join a noun (父亲林家和很不理解; not 父亲赵增和兄长)?"""
    after = text[end:end + 2]
    tags = dictionary().tags([after, after[:1]])
    return text[end - 1] in NAME_FINAL_GLUE and (tags.get(after) or tags.get(after[:1], ""))[:1] in ("d", "z")


_KIN_BEFORE = re.compile(_KIN)
_ENDS_NAMES_OF_THREE_TOO = NAME_FINAL_GLUE | {"之"}  # (after two: 爸爸孙远和, 妻子侯御之)
_PROPER_NOUN_TAGS = frozenset(("ns", "nt", "nz"))  # jieba's tags of places, bodies and other proper nouns
_FOREIGN_CLASS = "[" + "".join(sorted(_DOTTED_CHARS)) + "]"  # (of both tables: 买买提江)
_FOREIGN_RUN = re.compile(f"{_FOREIGN_CLASS}(?:{_FOREIGN_CLASS}|[{NAME_DOTS}](?={_FOREIGN_CLASS})){{2,}}")
_FUNCTION_WORD_TAGS = frozenset("pcdur")  # jieba's tags of prepositions, conjunctions, adverbs, particles and pronouns


def _function_word(word: str) -> bool:
    """Is ``word`` a preposition, conjunction, adverb, particle or pronoun to jieba's dictionary?"""
    return dictionary().tags([word]).get(word, "")[:1] in _FUNCTION_WORD_TAGS


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


def _withheld_past(text: str, start: int) -> int:
    """Where the withheld name of the surname at ``start`` (王某, 王某某) ends."""
    return start + (3 if text.startswith("某某", start + 1) else 2)


_WITHHELD_JOIN = re.compile("[、和与及同]")


def in_full(text: str, surnames: set[str]) -> list[str]:
    """Three characters written twice or more that begin with a surname the text uses alone (高师傅,
    申书记), and so may be that person's name in full where the model found none (高|凤林, 申|学风, whose
    surnames jieba takes for words): not the surname and a form of address or title (高师傅), no word of
    jieba's dictionary at the start (高度重视), nor what ends no name (高凤说). Of the development and test
    documents and two eighths of the training part read by models trained without them, one holds such
    a run the model left, and it is annotated as no one (庄希泉基金会)."""
    grams = Counter(text[at:at + 3] for surname in surnames for at, _end in literal_spans(text, surname)
                    if HAN_RUN.fullmatch(text, at, at + 3))
    return [gram for gram, count in grams.items() if count >= 2 and not gram[1:].startswith(ROLE_TITLES)
            and not gram[1:].startswith(ADDRESS_AFTER) and gram[2] not in NEVER_NAME_FINAL
            and not dictionary().tags([gram[:2]])]


def familiar(context: Context, named: Container[str]) -> list[tuple[int, int]]:
    """Surnames of someone called 小张 or 老王 after a title or calling (店员小张, 司机老王),
    before a verb of speaking (小张告诉记者), or of someone named in full (``named``: the
    surnames of the names found; 妻子周红梅……“老周比我还辛苦”): that person, marked by the surname
    as annotated news marks 老[王]. Not where 老 or 小 ends a word (从小, 古老), the surname
    begins one (小王子, 老高兴) or ends a longer one (居民小区), or both are a common word (王老师说: 老师),
    nor after 日本 and a title, where 小 begins a Japanese family name (东京都知事小池百合子)."""
    text = context.text
    found = []
    for match in _FAMILIAR.finditer(text):
        start, end = match.start(1), match.end(1)
        if dictionary().tags([text[start - 2:start], text[start:end + 1], text[start - 3:end], text[start - 2:end]]) \
                or not HAN.match(text[end:end + 1] or "x") and text[end:end + 1] not in "，。；：:、 " \
                or dictionary().frequency(text[start - 1:end]) >= _COMMON:
            continue  # (and not a common word of its own: 老师, 小时, 老板; jieba counts 老张 256 times, 老师 6,415)
        if JAPANESE_TITLED.search(text, max(0, start - 12), start - 1):
            continue  # (日本东京都知事小池百合子: 小 begins a Japanese family name)
        if text[start] in named or context.titles_before(start - 1) or speaks(text[end:end + 12]):
            found.append((start, end))
    return found


def literal_spans(text: str, literal: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Where ``literal`` stands in ``text[start:end]``, left to right, none overlapping (as
    ``re.finditer`` of it would give, without compiling a pattern for each literal)."""
    end = len(text) if end is None else end
    at = text.find(literal, start, end) if literal else -1
    while at >= 0:
        yield at, at + len(literal)
        at = text.find(literal, at + len(literal), end)


_FAMILIAR = re.compile("[老小]([" + _ONE_CHARACTER_SURNAMES + "])")
_COMMON = 1000  # how often jieba's dictionary counts a word that is no one's familiar name (老师; 老马 270)


def listed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names in an enumeration the tagger left out: where at least two items of a list set off
    by 、 are names it found, another item of a name's shape is one too (李四光、华罗庚、茅以升、
    竺可桢): a transliteration, or two or three characters that begin with a surname or that
    jieba's dictionary knows as a name or not at all. In a pair with one name (王元、汝信) the
    other must be a name to the dictionary or unknown to it: a surname alone would take 国务院."""
    lists = list(_LIST.finditer(text))
    if not lists:
        return []
    # (one named by a surname with the name withheld is that item whole: 谭某、麦某 are two found)
    withheld = {(start, _withheld_past(text, start)) for start, end in spans
                if end - start == 1 and text.startswith("某", end)}
    ends = {end: start for start, end in [*spans, *withheld]}
    begins = {start: end for start, end in spans}
    # An item that is a name tagged somewhere is one (雷佳音、易烊千玺, where only 雷佳音说 was)
    forms = {text[start:end] for start, end in spans if end - start >= 2}
    tagged = set(spans) | withheld
    for match in lists:
        for form in (f for f in forms if f in match.group()):
            tagged.update(literal_spans(text, form, match.start(), match.end()))
    firsts = {start: end for start, end in sorted(tagged, reverse=True)}  # (the shortest where two begin)
    found = []
    for match in lists:
        items, position = [], match.start()
        for index, item in enumerate(match.group().split("、")):
            start, end = position, position + len(item)
            position = end + 1
            end = start + len(_NOTE_AFTER.sub("", item))  # (the item without its note)
            if index == 0:  # the first item may follow other words: a tagged one, or one after a word that opens a list
                start = ends.get(end, -1) if ends.get(end, -1) >= start else _after_opener(text, start, end)
            elif position > match.end():  # the last item runs up to where the list ends, or its tagged name does
                stop = _LIST_END.search(text, start, end)
                end = stop.start() if stop else end
                end = min(end, firsts.get(start, end))  # (张译、[齐溪]获得; 张陆、[武飞]出舱, 武飞 found elsewhere)
            items.append((start, end))
        items = _first_clause(items, begins)
        named = sum(item in tagged for item in items)
        sizes = {end - start for start, end in items[:-1]}
        if named >= 2 and len(sizes) == 1 and items[-1] not in tagged:  # 景海鹏、朱杨柱、桂海潮|身体状态良好
            size = sizes.pop()
            cut = _cut_like(text, *items[-1], size)
            if cut == items[-1] and size in (2, 3):  # (or of the other size: 林诗栋、王曼昱、蒯曼|相继登场)
                cut = _cut_like(text, *items[-1], 5 - size)
            items[-1] = cut
        elif named >= 2 and sizes == {2, 3} and items[-1] not in tagged:  # (of both: 向鹏、黄友政|组成, as names of
            # three are most; not of two, 丁贵|明为: as a verb jieba's 明为 would follow 丁贵 as well)
            cut = _cut_like(text, *items[-1], 3)
            if _doing_after(text, cut[1]) and text[cut[1] - 1] not in GLUED_AFTER:  # (not 苏轼为|代表)
                items[-1] = cut
        elif named >= 2 and items[-1] not in tagged and 3 <= (run := _translit_run(text, *items[-1])) < 7 \
                and not _plain_word(text[items[-1][0]:items[-1][0] + run]):  # (not 马拉松|比赛)
            items[-1] = (items[-1][0], items[-1][0] + run)  # 罗马里奥、贝贝托、塔法雷尔|都是: a transliteration, whole
        elif named == 1 and len(items) == 2 and items[0] in tagged and items[-1][1] - items[-1][0] > 4 \
                and not any(items[-1][0] < start < items[-1][1] for start in firsts):  # (not 市人民|检察院检察长X)
            for size in dict.fromkeys((items[0][1] - items[0][0], 3, 2, 4)):  # 雷佳音、易烊千玺|共同获得
                cut = _cut_like(text, *items[-1], size)
                if cut != items[-1] and _doing_after(text, cut[1]) and not set(text[slice(*cut)]) & _NOT_GIVEN:
                    items[-1] = cut  # (but not 北京的|故宫, 塞尔|维亚共和国: what follows does nothing)
                    break
        pair = named == 1 and len(items) == 2
        # (one name found in a list a title opens: 日本前首相竹下登、海部俊树、村山富市, a title of each)
        titled_list = named == 1 and len(items) >= 3 and items[0] in tagged \
            and text.endswith(_TITLES_OF_TWO_OR_MORE, 0, items[0][0]) \
            and not any(_TITLE_AT.search(text, start, end) for start, end in items[1:])  # (not 书记X、省长Y、…)
        if named < 2 and not pair and not titled_list:
            continue
        forms = {(start, end): text[start:end] for start, end in items if (start, end) not in tagged}
        known = dictionary().tags([*forms.values(), *(f[h] for f in forms.values() if len(f) == 4 for h in _HALVES)])
        # (a list after 日本 and a title: Japanese names, of three to five characters, whatever jieba makes of them)
        japanese = titled_list and JAPANESE_TITLED.search(text, max(0, items[0][0] - 10), items[0][0]) is not None
        if len(forms) >= 2 and 2 * sum(not tag.startswith("nr") for tag in known.values()) > len(forms) \
                and not japanese:
            continue  # most items left are words (桔梗、防风、薄荷、甘草、麻黄): a list of things
        named_foreign = pair and translit_share(text[slice(*next(i for i in items if i in tagged))]) == 1
        taken, left = [], []
        for (start, end), form in forms.items():
            # (in a pair, a transliteration of three or more beside a transliterated name: 拜登、奥巴马等,
            # jieba's 奥巴马 a place)
            name_to_jieba = known.get(form, "nr").startswith("nr") \
                or named_foreign and len(form) >= 3 and translit_share(form) == 1
            if 2 <= len(form) <= 6 and "·" not in form and not is_date(form) and form[0] not in _NUMERALS \
                    and not form.endswith(_TITLES_OF_TWO_OR_MORE):
                named_so = (not pair or name_to_jieba) and (
                    translit_share(form) == 1 or len(form) <= 3 and (has_surname(form) or name_to_jieba)
                    or _four_names(form, known)
                    or japanese and len(form) <= 5 and HAN_RUN.fullmatch(form) and text[end:end + 1] in "，。、；等")
                (taken if named_so else left).append((start, end))
        if len(items) >= 4 and len(left) == 1 and len(taken) == len(forms) - 1 and left[0][1] - left[0][0] <= 3 \
                and left[0] in items[1:-1]:
            taken += left  # (the one item of a word among four or more names, inside the list where its edges are
            # sure: 洛则、达穷、才口布, jieba's verb 达穷; not the last, cut where names end: 张华和[有关]部门负责人)
        found += taken
    return found


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
    conjunction) begin at ``at``?"""
    return any(dictionary().tags([text[at:at + size]]).get(text[at:at + size], "")[:1] in _DOING for size in (2, 3))


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
        if begin > start and text[:begin].endswith(_LIST_OPENERS + _TITLES_OF_TWO_OR_MORE):
            # (an opener after the title is no part of the item: 获奖者[有]全红婵、)
            return begin + 1 if size > 2 and text[begin] in _LIST_OPENERS else begin
    if 2 <= end - start <= 4 and text[start - 1:start] in _CLAUSE_OPENS:
        if end - start >= 3 and text[start] in _PREPOSITIONS and has_surname(text[start + 1:end]):
            return start + 1  # (，[在]毛新宇、郝明莉的婚礼上)
        return start  # the clause opens with the list (执棒，|克里木、彭丽媛)
    return end


_CLAUSE_OPENS = frozenset("，,。；;：:！？\n")
# Prepositions that may open a clause before a list of names (在, 从, and those before a name) and are
# no surname of the table nor the start of a transliteration.
_PREPOSITIONS = (_BEFORE_NAMES | frozenset("在从")) - SURNAMES - _BEGINS_TRANSLITERATIONS


def _translit_run(text: str, start: int, end: int) -> int:
    """How many transliteration characters begin ``text[start:end]``."""
    run = start
    while run < end and text[run] in TRANSLIT:
        run += 1
    return run - start


def _cut_like(text: str, start: int, end: int, size: int) -> tuple[int, int]:
    """The last item of a list of names all ``size`` characters long, cut to that size when a
    word of jieba's dictionary follows there (桂海潮|身体) and none runs across the cut (not
    第四军|医大学: 军医 is a word; nor 中国队总|教练: 总教练 is); else as it is."""
    after = start + size
    if end - after >= 2 and dictionary().tags([text[after:after + 2], text[after:after + 3]]) \
            and not dictionary().tags([text[after - 1:after + 1], text[after - 1:after + 2]]):
        return start, after
    return start, end


_PLACE_LIST = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+(?:[、和及与][\u4e00-\u9fff]+)+")


def in_datelines(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Tagged names where a dateline names its city, between an agency and the day (路透社奥斯汀
    11月6日电, 中央社台北10日電), or in brackets that open a paragraph (（吉隆坡讯）, （吉隆坡29日讯）, as Singapore's
    and Malaysia's Chinese papers write it), and the city another dateline relays (北京6月11日电拉巴斯消息: of the
    corpora's 21 such, none names a person)."""
    places = {match.span(1) for pattern in (_DATELINE_PLACE, _RELAYED_PLACE) for match in pattern.finditer(text)}
    bracketed = [match.span(1) for match in _BRACKETED_DATELINE.finditer(text)]
    return {span for span in spans if span in places
            or any(start <= span[0] and span[1] <= end for start, end in bracketed)}


_DATELINE_PLACE = re.compile(r"社([\u4e00-\u9fff]{2,6})(?:\d{1,2}月)?\d{1,2}日[电電]")
_RELAYED_PLACE = re.compile(r"日[电電]([\u4e00-\u9fff]{2,6}?)消息")
_BRACKETED_DATELINE = re.compile(r"(?:^|\n)[ \u3000]*[（(]([\u4e00-\u9fff]{2,6}(?:\d{1,2}月)?(?:\d{1,2}日)?[讯訊电電])[）)]")


def in_a_state(text: str, start: int, end: int) -> bool:
    """Is a transliteration right after a state or province of jieba's dictionary a town of it
    (佐治亚州普莱恩斯, 加州帕洛阿尔托)? The press writes a person there after a title or a verb."""
    return text.endswith(("州", "省"), 0, start) and translit_share(text[start:end]) == 1 and any(
        dictionary().tags([word := text[start - size:start]]).get(word, "").startswith("ns") for size in (2, 3, 4))


def within_unknown(text: str, start: int, end: int, made_up: dict[int, int]) -> tuple[int, int]:
    """A span that ends a word of transliteration characters that jieba made up (普|莱恩斯 of its
    普莱恩斯; ``made_up`` maps each such word's end to its start) begins where that word does, when
    what it adds is one or two characters that stand before no name (not 让普京, 与博格巴)."""
    first = made_up.get(end, start)
    if start - 2 <= first < start and translit_share(text[first:end]) == 1 and not GLUED_AFTER.intersection(text[first:start]):
        return first, end
    return start, end


def among_places(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Tagged names that stand in a list of places (罗马、柏林和巴黎): at least two other items
    are places in jieba's dictionary and no other item is a tagged name; or every name of a list
    that ends as lists of places do (耶路撒冷、希伯伦和伯利恒等地, 托斯卡纳、马尔凯、利古里亚4个大区:
    of 368 such lists in the training corpora, none holds a name as an item)."""
    tagged, ordered = set(spans), sorted(spans)
    found: set[tuple[int, int]] = set()
    for match in _PLACE_LIST.finditer(text):
        items, position = [], match.start()
        for item in re.split("[、和及与]", match.group()):
            items.append((position, position + len(item)))
            position += len(item) + 1
        last = items[-1][0]
        tail = _PLACES_TAIL.search(text, last + 2, last + 20)
        if tail and tail.start() <= last + 8 and len(items := _after_the_clause(text, items)) >= 2 \
                and all(span == (last, tail.start()) for span in _inside(ordered, (last, tail.start()))) \
                and not _CLAUSE_WORDS.intersection(text[last:tail.start()]):
            # a whole item, or the first's end (not 张三、李四在北京等地, 张三和夫人到上海等地: no places)
            items[-1] = (last, tail.start())
            found.update(span for index, item in enumerate(items)
                         for span in _names_in(ordered, item, index, len(items))
                         if span in tagged and (span == item or index == 0))
            continue
        names = [item for index, item in enumerate(items) if _names_in(ordered, item, index, len(items))]
        if len(names) == 1 and names[0] in tagged and len(items) >= 3 and _places_beside(text, items, names[0]) >= 2:
            found.add(names[0])
    return found


def _after_the_clause(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list from where its clause's words end: the list begins after the last
    word of a clause in an item before the last (去年和今年陆续在|甘井子、旅顺口等8个区: 甘井子 is the first,
    not 去年; 张三、李四在|北京、上海等地: 北京 is)."""
    for index in range(len(items) - 2, -1, -1):
        start, end = items[index]
        cut = max(text.rfind(char, start, end) for char in _CLAUSE_WORDS)
        if cut >= 0:
            return [(cut + 1, end), *items[index + 1:]]
    return items


# How a list of places ends: 等地, or a count of them (等8个区, 4个大区).
# (and a kind of place after 等 and up to four characters of no clause, 龙羊峡、李家峡等大型水库, 甘露园、鲁谷等几个小区:
# of the corpora's 81 such lists, none holds a name)
_PLACES_TAIL = re.compile(f"等地(?![方位区市])|{PLACES_COUNTED}"
                          "|等[^及和与参加的在到，。、\n]{0,4}?(?:水库|湖泊|河流|江河|城市|城镇|小区|地区|港口|景区|岛屿|村庄|乡镇"
                          "|山区|流域|省份|省区|县市|口岸|机场|水域|海域|名山|山脉|区县|街道|社区)")
_CLAUSE_WORDS = frozenset("在到去赴从于的了是向对把被率访")  # what a place's name seldom holds and a clause does


def _names_in(ordered: list[tuple[int, int]], item: tuple[int, int], index: int, count: int) -> list[tuple[int, int]]:
    """The spans (``ordered`` by start) that make the ``index``-th of ``count`` items of a list a
    name's: one inside it, ending the first (书记巴音朝鲁、姜大明), beginning the last (孙金龙分别参加了北京),
    anywhere in another (友人秋山生哉先生). (Words before the first and after the last are the clause's:
    格拉夫已取消了在罗马、柏林和巴黎的比赛.)"""
    start, end = item
    inside = _inside(ordered, item)
    if index == 0:
        return [(s, e) for s, e in inside if e == end]
    return [(s, e) for s, e in inside if s == start] if index == count - 1 else inside


def _inside(ordered: list[tuple[int, int]], item: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans (``ordered`` by start) that lie within ``item``."""
    start, end = item
    return [(s, e) for s, e in ordered[bisect_left(ordered, (start,)):bisect_left(ordered, (end,))] if e <= end]


def _places_beside(text: str, items: list[tuple[int, int]], name: tuple[int, int]) -> int:
    """How many items of a list besides ``name`` are places in jieba's dictionary."""
    places = 0
    for index, (start, end) in enumerate(items):
        if (start, end) == name:
            continue
        if index == 0:  # the first item may follow other words, the last be followed by some
            forms = [text[s:end] for s in range(max(start, end - 4), end - 1)]
        else:
            forms = [text[start:e] for e in range(start + 2, min(end, start + 4) + 1)]
        places += any(tag.startswith("ns") for tag in dictionary().tags(forms).values())
    return places


def brands_listed(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Names in a list that ends with 等 and a word for companies, brands or shares (王老吉、张小泉、
    周黑鸭等老字号品牌, 周大福、老凤祥等黄金珠宝股), or that a share's rise or fall follows (王府井、
    百联股份涨停): brands named after someone, no one of the article, anywhere in it."""
    tagged = {text[start:end] for start, end in spans}
    found: set[str] = set()
    for match in _BRAND_LIST.finditer(text):
        found.update(item for item in re.split("[、和及与]", match.group(1)) if item in tagged)
    return found


# A list of names (two or more, a share's class letter after one: 张裕A) and what they are: the
# heads of the names of companies and brands, shares (黄金珠宝股, not 股东 or 股民) and market
# leaders; or what only a share does (百联股份涨停, 五粮液、泸州老窖涨超3%). Each name as short as
# it can be, so that the list ends at the first of these (周大生等个股跟涨: not 周大生等个股 and 跟涨).
_LISTED = r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,8}?[A-ZＡ-Ｚ]?(?:、[\u4e00-\u9fff]{2,8}?[A-ZＡ-Ｚ]?)+)"
_BRAND_LIST = re.compile(_LISTED + r"(?:等[\u4e00-\u9fff]{0,6}?(?:品牌|企业|公司|集团|机构|车企|厂商|商家|老字号|连锁店|餐厅|商标"
                         r"|股(?![东民])|龙头)(?![家人者们员主商])|(?:涨停|跌停|涨超|跌超|领涨|跟涨|大涨|大跌|股价))")


def by_their_sales(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Names whose sales, deliveries, revenue, profit, market value or shares' price follow them, alone or
    at the end of a list of such (比亚迪当月销量, 小鹏、蔚来和理想的交付量), or whose shares rise or
    fall by so much (比亚迪涨1.8%, 收跌2%, 涨停): companies and brands,
    which jieba's dictionary often calls names (比亚迪 nr, 特斯拉 nrt), wherever the text writes
    them (鴻海股價, where the tagger took 鴻海[今（14）日]). People have no sales of their own
    (周杰伦的专辑销量: the album's, after the 的)."""
    forms = {text[start:end] for start, end in spans}
    return {form for form in forms if any(_SOLD.match(text, end) for _start, end in literal_spans(text, form))}


_SOLD = re.compile("(?:[、和与及][\u4e00-\u9fff]{1,5}?){0,6}"  # (the rest of a list)
                   "(?:的|当月|当季|本月|上月|今年|去年|全年|同期|[0-9０-９一二三四五六七八九十]{1,2}月份?)?"
                   "(?:销量|销售额|交付量|出货量|营收|市值|股价|市场份额|财报"
                   "|营业收入|营业额|净利润|利润|毛利率|业绩|盈利|亏损|估值|增速|增长势头"  # (none after a name in the corpora)
                   "|(?:收|大|小幅)?[涨跌](?:停|(?:超|近|逾)?[0-9０-９]))")  # (比亚迪涨1.8%, 天普股份跌停)


def run_on_to_speech(context: Context, start: int, end: int) -> tuple[int, int]:
    """A name of a surname and one character that the tagger ended one character before a speech
    verb (魏哲|家表示) runs on to the verb, or to an adverb before it (金洪|一则表示: 一则 is a word,
    but 则 stands before verbs): no one's home or trade speaks. Not when that character ends no
    name (说, 在, an adverb: 肖强[先]说) or begins a word of the dictionary (王刚[家中]说). So
    does a transliteration over one more character that jieba's dictionary has as a verb alone,
    to a verb of speaking or an act (德罗|赞拿下), where it makes no word with the next (not
    特林布尔[后]表示, 叶圣陶[老]说)."""
    text = context.text
    if end - start == 2 and text[start] in SURNAMES and HAN.match(text[end:end + 1]) \
            and text[end] not in _NOT_LAST and context.speech_after(end + 1):
        words = [text[start:end + 1]] + ([] if text[end + 1] in _GLUED_ADVERBS else [text[end:end + 2]])
        if not dictionary().tags(words):
            return start, end + 1
    if end - start >= 2 and translit_share(text[start:end]) == 1 and text[end:end + 1] not in _NOT_GIVEN \
            and dictionary().tags([text[end:end + 1]]).get(text[end:end + 1], "")[:1] == "v" \
            and not any(c in NAME_DOTS for c in text[start:end]) and not dictionary().tags([text[end:end + 2]]) \
            and (context.speech_after(end + 1) or context.action_after(end + 1)):
        return start, end + 1
    return start, end


# Characters that end a clause's subject rather than a given name (郭冠[以]145公斤, 江[的]): a
# surname's given name runs over none of them.
_NOT_GIVEN = _NOT_LAST | frozenset("以的了着过之而从")
_ENDS_GIVEN_NAMES = frozenset("正才生胜和曾先")  # of those, each ends 18 or more of the corpora's names of three


def titled_surname(context: Context, start: int, end: int, tagged_starts: set[int]) -> tuple[int, int]:
    """A surname the tagger found alone right after a title (选手郭|冠以, 画家江|大海作品) or a word of
    kinship (父亲蒋|大海学养蜂) runs on
    over the one or two characters after it: a title names a person, and the press calls no
    one by a bare surname after one. Not before a withheld name, a form of address or a title
    (被告人[王]某, 记者[王]先生, 市长[张]说), nor when what follows begins with a surname's familiar
    endings (氏, 老, 公), nor into a name the tagger found right after it (主席叶|刘淑仪: a
    husband's surname before a married woman's name, joined whole later)."""
    text = context.text
    if end - start != 1 or text[start] not in SURNAMES or end in tagged_starts:
        return start, end
    if not context.titles_before(start) and not context.relation_before(start):
        return (start, end + 2) if _given_name_before_title(text, end) else (start, end)
    rest = text[end:end + 3]
    if rest.startswith(("某", *ADDRESS_AFTER, *TITLES)) or rest[:1] in "氏老公" \
            or re.search(f"[{NAME_DOTS}]{text[start]}(?![\u4e00-\u9fff])", text):
        return start, end  # (nor the family name of a dotted name, 亚历山大·王……创始人王担任: his, alone)
    if rest[:1] in ("和", "与") and HAN.match(rest[1:2]) and end + 1 not in tagged_starts \
            and (rest[1] not in _NOT_GIVEN or rest[1] in _ENDS_GIVEN_NAMES):
        return start, end + 2  # 副部长金|与正此前: no one stands after the 'and', so it is a given name's
    size = 0
    while size < 2 and HAN.match(rest[size:size + 1]) \
            and (rest[size] not in _NOT_GIVEN or size == 1 and rest[1] in _ENDS_TITLED_NAMES):
        size += 1
    return start, end + size


# Characters that, second after a surname written after a title, end its given name (市长蔡|战胜，以及): of the
# corpora's names after a title, 102 of three end in 生, 18 in 才 and 12 in 胜; none of two stands before one.
_ENDS_TITLED_NAMES = frozenset("生才胜")


def _given_name_before_title(text: str, end: int) -> bool:
    """Are the two characters after a surname ending at ``end`` its given name, as a title or form
    of address follows them (律师事务所朱|自强律师), or a comma or a verb of speaking where the surname opens
    a sentence (孙|大志，60年代毕业于; 刘|大国说: of the corpora's sentences that open so, 662 open with a name
    of three, one with a surname alone)? Not a title or address itself (胡教授, 周总理), nor after 老, 小 or 、
    (老于, 汤、尤杯赛)."""
    given, before = text[end:end + 2], text[end - 2:end - 1]
    if len(given) < 2 or not HAN_RUN.fullmatch(given) or set(given) & _NOT_GIVEN or before in ("老", "小", "、") \
            or text.startswith(("某", *ADDRESS_AFTER, *ROLE_TITLES, *KINSHIP), end):
        return False
    return text.startswith((*ADDRESS_AFTER, *ROLE_TITLES), end + 2) \
        or before in ("", "\n", "。", "！", "？") \
        and (text[end + 2:end + 3] in ("，", "：") or speaks(text[end + 2:end + 18]))


def tibetan_whole(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A Tibetan name of two or three of its common parts (扎西平措, 次仁央金) is one name, whatever the
    tagger made of it (扎西 alone, 措在, or nothing where jieba cut 扎|西平|措): what it found crossing
    the name gives way to it."""
    runs = [(start, end) for start, end in (match.span() for match in _TIBETAN_RUN.finditer(text))
            if not any(s <= start and end <= e for s, e in spans)]  # (not inside a longer name: 阿沛·阿旺晋美)
    if not runs:
        return spans
    kept = [(s, e) for s, e in spans if not any(s < end and start < e for start, end in runs)]
    return sorted({*kept, *runs})


_TIBETAN_RUN = re.compile("(?=[" + "".join(sorted({p[0] for p in TIBETAN_NAME_PARTS})) + "])(?:"  # (a set first: fast)
                          + "|".join(sorted(TIBETAN_NAME_PARTS)) + "){2,3}")


def joined_surnames(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A surname tagged alone right before a given name of two tagged apart (丁|薛祥, where 薛
    is a surname too) is one name of three: no one is named by a lone surname run into
    another's name. So is a common surname right before a name of three that jieba's
    dictionary knows as one or not at all: a married woman's name in Hong Kong, her husband's
    surname before her own (叶|刘淑仪, 陈|方安生), and so is one the tagger left out before such a name of three
    where a clause or 由 stands before it (召集人由叶|刘淑仪续任: of the corpora's names of three after a common
    surname after a stop or 由, none is a married name's part; 18 names of four are written so)."""
    starts = {start: end for start, end in spans}
    ends = {end for _start, end in spans}
    joined, skip = [], set()
    for start, end in spans:
        if (start, end) in skip:
            continue
        if end - start == 3 and start >= 1 and start not in ends and text[start - 1] in COMMON_SURNAMES \
                and text[start - 1] not in _BEFORE_NAMES \
                and text[start] in SURNAMES \
                and (start == 1 or text[start - 2] == "由" or not HAN.match(text[start - 2])) \
                and not dictionary().tags([text[start - 1:start + 1], text[start - 2:start]]) \
                and HAN_RUN.fullmatch(text, start, end):  # (not 由于|李雪梅)
            start -= 1
        after = starts.get(end)
        if end - start == 1 and text[start] in SURNAMES and after is not None and HAN_RUN.fullmatch(text[end:after]) \
                and (after - end == 2 and translit_share(text[end:after]) < 1
                     or after - end == 3 and text[start] in COMMON_SURNAMES and text[end] in SURNAMES
                     and dictionary().tags([text[end:after]]).get(text[end:after], "nr").startswith("nr")):
            joined.append((start, after))  # (not 法老王|彼比: a foreign name after a title; 叶|刘淑仪 is one)
            skip.add((end, after))
        else:
            joined.append((start, end))
    return joined


_PAIR = re.compile(r"([\u4e00-\u9fff]{2,5})[" + "".join(_CONJUNCTIONS) + r"]([\u4e00-\u9fff]{2,5})")


def pairs_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two Chinese names the tagger ran into one over the conjunction between them (航天员张陆和
    武飞), or two transliterations (保利尼和纳瓦罗): two spans. No one's name has a conjunction
    between two parts that each begin with a surname, nor between two parts that are all
    characters of the table of foreign names, of two or more each. So too two transliterations
    it ran together over a character no table has, where the text writes the first without it
    elsewhere (马莱莱[接]路易斯传球, beside 马莱莱再次破门: a pass from one player to another), and two
    dotted names (若昂·佩德罗[接]恩佐·费尔南德斯)."""
    apart, forms = [], {text[start:end] for start, end in spans}
    for start, end in spans:
        pair = _PAIR.fullmatch(text, start, end)
        if pair and (all(len(part) <= 3 and has_surname(part) for part in pair.groups())
                     or all(translit_share(part) == 1 for part in pair.groups())):
            apart.extend([pair.span(1), pair.span(2)])
        elif (at := _run_together(text, start, end, forms)) is not None \
                or (at := dotted_apart(text, start, end)) is not None:
            apart.extend([(start, at), (at + 1, end)])
        else:
            apart.append((start, end))
    return apart


_SLASHES = ("／", "/")


def doubles_partners(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The partner the tagger left out of a pair of doubles players written with a slash (陈甲亮／西吉特,
    金信英／金美香, 索戈尔／克里斯滕森, 郑思维/黄雅琼): a transliteration of two to six characters beside a
    transliterated name, or a Chinese name as long as the one beside it. Of the corpora's 91
    names beside another so, all are annotated; the other slashes credit a text or a picture (董友斌／文)."""
    found = []
    for start, end in spans:
        name = text[start:end]
        foreign = translit_share(name) == 1
        if text[end:end + 1] in _SLASHES:
            size = len(name)
            if foreign:  # (its run of the table's characters, and on to where a word glued after names begins)
                size = _translit_run(text, end + 1, end + 7)
                while size and size < 6 and HAN.match(text[end + 1 + size:end + 2 + size]) \
                        and text[end + 1 + size] not in _NOT_LAST and text[end + 1 + size] not in "后等的":
                    size += 1
            found.append((end + 1, end + 1 + size))
        if text[start - 1:start] in _SLASHES:
            size = len(name)
            if foreign:
                size = 0
                while size < 6 and text[start - 2 - size:start - 1 - size] in TRANSLIT:
                    size += 1
            found.append((start - 1 - size, start - 1))
    taken = {i for start, end in spans for i in range(start, end)}
    return [(start, end) for start, end in found
            if 2 <= end - start and 0 <= start and end <= len(text) and not taken.intersection(range(start, end))
            and HAN_RUN.fullmatch(text, start, end)
            and (translit_share(text[start:end]) >= 0.6 or has_surname(text[start:end]))]


def _run_together(text: str, start: int, end: int, forms: Container[str]) -> int | None:
    """Where a character of no table stands between two transliterations that make the span (the
    second, of two or more, may be a name of jieba's dictionary: 路易斯, 易 no character of the
    table), the first, of three or more (阿尔 begins many: 阿尔列西阿娜), or of two that the tagger
    found as a name of its own (萨卡[接]赖斯 beside 萨卡梅开二度), written elsewhere without it; else
    None; never right after a dot (里德·[怀]斯曼, beside 贾里德·艾萨克曼). (Of the corpora's 37,625 names, none is
    another name of two of its text, a character of no table and a transliteration.)"""
    for at in range(start + 2, end - 2):
        if at == start + 2 and text[start:at] not in forms:
            continue
        first, between, second = text[start:at], text[at], text[at + 1:end]
        if between not in TRANSLIT and HAN.match(between) and translit_share(first) == 1 \
                and first[-1] not in NAME_DOTS \
                and (translit_share(second) == 1 or dictionary().tags([second]).get(second, "").startswith("nr")) \
                and text.count(first) > text.count(first + between):
            return at
    return None


def alone_in_brackets(text: str, start: int, end: int) -> bool:
    """One character alone in brackets right before a name (——（宋）陆游, （汉）东方朔) is the
    name's dynasty or country. (A surname in brackets that ends a paragraph, （陶）, credits its
    writer.)"""
    return end - start == 1 and text[start - 1:start] in ("（", "(", "〔") and text[end:end + 1] in ("）", ")", "〕") \
        and bool(HAN.match(text[end + 1:end + 2]))


def named_craft(text: str, start: int, end: int) -> bool:
    """Is the span (or its start) the name of a ship, satellite or machine in quotes (“伽利略”号,
    “祖冲之三号”, “郑和”号 where the tagger took 郑), or of a brand (“张大妈”牌)? The corpora
    annotate such names as bodies or places, or not at all, but for one of 155. A span that begins
    with a middle initial is read from the name's start (“杰拉尔德·|R·福特”号)."""
    if text[start - 1:start] in NAME_DOTS and (opening := text.rfind("“", max(0, start - 10), start)) >= 0 \
            and HAN_RUN.fullmatch(text[opening + 1:start - 1]):
        start = opening + 1
    close = text.find("”", end, start + 12)
    return text[start - 1:start] == "“" and close >= 0 and (
        text.startswith(("号", "牌", "品牌", "商标"), close + 1) or text[start:close].endswith("号"))


def countries_paired(text: str, start: int, end: int) -> bool:
    """Is the span two or three countries by their short names before what passes between them
    (马美关税谈判, 中美关系)?"""
    return 2 <= end - start <= 3 and all(c in COUNTRY_SHORT for c in text[start:end]) \
        and text.startswith(BETWEEN_COUNTRIES, end)


def country_side(text: str, start: int, end: int) -> bool:
    """Does the span begin with a country's side as diplomatic news writes it (马方愿同中方深化合作:
    the Malaysian side, 马方, and its 愿)? None of the corpora's 37,625 names begins with one."""
    return end - start >= 2 and text[start] in COUNTRY_SHORT and text[start + 1] == "方"


def of_a_locality(text: str, start: int, end: int) -> bool:
    """Is the span one character that makes a word of locality with the next, jieba's ``s``
    (只见[江]上漂浮, 江边: the river's)? None of the corpora's names of one character does."""
    pair = text[start:start + 2]
    return end - start == 1 and dictionary().tags([pair]).get(pair, "") == "s"


def offices_of(context: Context, spans: list[tuple[int, int]]) -> set[str]:
    """Names that stand right before the titles of another name (卡塔尔首相兼外交大臣X), or
    before a company's or school's head and such titles (周大福集团主席X, 小鹏汽车董事长X,
    谷歌DeepMind首席执行官X): whose office it is, a country or a body, not a person, wherever the
    article writes it. Not so when the name before is a person for all that: the titles of a
    relation (马克龙夫人X), a title between (布什总统特使X: 总统 is his), titles listed
    (朱光亚院士、副主编X: 院士 is his), names each with its title after (江泽民总书记李鹏总理: 总书记 is
    江泽民's), bylines run together (记者A本报记者B), a date the tagger took for a name
    (若斯潘总理[周二晚]), a personal aide (司令长官张发奎秘书的左洪涛: 张发奎 has a secretary), a
    surname alone (蒋局长), or a name that holds a title itself, there or elsewhere (所长王天然全国人大常委会
    副委员长丁石孙: no country or body is so called)."""
    text = context.text
    titled = {text[start:end] for start, end in spans if context.title_chain(start)[0]}
    forms = {text[start:end] for start, end in spans if end - start > 1} - titled
    found = set()
    for start, end in spans:
        titles, chain_start = context.title_chain(start)
        if not titles or is_date(text[start:end]) \
                or any(t.endswith(_NOT_OFFICES) for t in titles) or titles[-1].endswith(_AIDES) \
                or any(joiner != "兼" and joiner in text[chain_start:start] for joiner in TITLE_JOINERS) \
                or context.titles_after(end):
            continue  # (江泽民总书记李鹏总理委托: names with their titles after, one after the other)
        if text.startswith(MEMORIALS, chain_start):
            continue  # (鲁迅纪念馆馆长X: a memorial's head, the memorial named after a person)
        head = next((h for h in _BODY_HEADS if text.endswith(h, 0, chain_start)), "")  # 周大福[集团]主席X
        if not head and (latin := _LATIN_UNIT.search(text, max(0, chain_start - 20), chain_start)):
            head = latin.group()  # 谷歌[DeepMind]首席执行官X: a unit of the company, named in Latin letters
        found.update(form for form in forms if text.endswith(form, 0, chain_start - len(head)))
    return found


# The heads of company and school names (not 政府: 布什政府国务卿X is Bush's secretary of state),
# and the words companies name themselves by (小鹏汽车董事长X, 小米科技CEO X, 宁德时代董事长X).
_BODY_HEADS = ("集团", "公司", "银行", "证券", "控股", "资本", "基金会", "大学", "学院", "俱乐部", "交易所",
               "汽车", "科技", "股份", "实业", "电器", "航空", "传媒", "时代", "董事会", "理事会")


_LATIN_UNIT = re.compile(r"[A-Za-z][A-Za-z0-9.&]*\Z")
_NOT_OFFICES = RELATION_TITLES + ("记者", "通讯员")
_AIDES = ("秘书", "助理")  # a person's, not an office's (a body's secretary is its 秘书长)


def place_after(text: str, start: int, end: int) -> bool:
    """Does a place or body's ending follow the name at ``start:end`` (普希金广场, 中山路, in
    quotes too: “田横”酒厂), a team's name (达拉斯独行侠队), a disease or phenomenon (霍奇金病, 拉尼娜现象) or a family's
    village (杨家堂村)? A one-character ending counts only when it does not begin a word of its
    own (路上, 站起: a phrase, a verb) or is the verb 站 with its complement (站在, 站着)."""
    if start > 0 and (text[start - 1], text[end:end + 1]) in _QUOTE_PAIRS:
        end += 1
    suffix = max((s for s in PLACE_AFTER + PLACE_PARTS if text.startswith(s, end)), key=len, default=None)  # (山区)
    if suffix == "站" and text[end + 1:end + 2] in _STAND_COMPLEMENTS:
        return False
    if (team := _TEAM.match(text, end)) and dictionary().tags([nickname := team.group(1)]).get(nickname, "")[:1] == "n":
        return True  # 达拉斯独行侠队: a team's city (a name's next words, 率队, 与印尼队, are no noun of one word)
    if _EPONYM.match(text, end):
        return True  # 霍奇金病、, 范可尼氏贫血, 拉尼娜现象: named after someone (not 舒同病重, 孙荣病故)
    if (trade := _TRADE_BODY.match(text, end)) \
            and dictionary().tags([trade.group(1)]).get(trade.group(1), "v") in _TRADE_TAGS:
        return True  # 塔奇咨询集团, 阿里云智能集团, 克劳斯顿有限公司: a company named for its trade (not 徐柏玉[谈及]公司)
    if end - start == 1 and _FAMILY_PLACE.match(text, end):
        return True  # 杨家堂村, 王家庄: a village named after a family (of the corpora's 235, none a person)
    if suffix is None:  # a word of jieba's dictionary with such an ending of two or more: 鲁迅|文学院
        words = dictionary().tags(text[end:end + size] for size in (3, 4))
        return any(word.endswith(_LONG_PLACE_AFTER) for word in words)
    return len(suffix) > 1 or not dictionary().tags([text[end:end + 2]])


_LONG_PLACE_AFTER = tuple(s for s in PLACE_AFTER if len(s) > 1)


def a_locality_too(text: str, form: str) -> bool:
    """Is ``form`` written somewhere as a village's, township's or county's name (黄杜村……黄杜的白茶:
    the tagger took the village for a person)? Of the corpora's names written again within their 20 sentences, only
    屈原 is so (屈原村), a name jieba's dictionary holds: not one it holds."""
    return len(form) >= 2 and not dictionary().tags([form]) and any(
        text.startswith(_LOCALITIES, end) and place_after(text, start, end) for start, end in literal_spans(text, form))


_LOCALITIES = ("村", "乡", "镇", "县")  # (not 市: 胡志明市; nor 区, a surname too: 马有礼区宗杰, a list run together)


def a_township_itself(text: str, form: str) -> bool:
    """Is ``form``, ending as a township's or village's name does, written right after a county's, city's or
    township's (雷山县方祥乡)? Of the words of three beginning with a surname that jieba makes up so in the
    corpora, 23 of 39 places are written so, none of the 5 names (朱良镇, in a list)."""
    return form[-1] in "乡镇村" and any(start and text[start - 1] in "县市区州乡镇" for start, _ in literal_spans(text, form))


def place_after_the_rest(text: str, start: int, end: int) -> bool:
    """Does a place or body's ending follow the dotted name at ``start:end`` after the rest of its
    last part, one or two characters the transliteration table lacks, which begin no word of jieba's
    dictionary (伯克希尔·哈|撒韦公司)?"""
    if dictionary().tags(text[end:end + size] for size in (2, 3, 4)):
        return False  # (约翰·史密斯[领导]公司)
    return any(HAN_RUN.fullmatch(rest := text[end:end + extra]) and len(rest) == extra
               and not GLUED_AFTER.intersection(rest) and place_after(text, start, end + extra) for extra in (1, 2))


_TEAM = re.compile("([\u4e00-\u9fff]{2,4}?)队(?![员长伍])")
# A company's trade or kind between its name and 集团 or 公司: of the corpora's names, none stands
# before a noun or adjective of jieba's dictionary there (咨询集团, 智能集团, 有限公司), three before a verb
# or no word (谈及公司, 在该公司).
_TRADE_BODY = re.compile("([\u4e00-\u9fff]{2})(?:有限|股份)?(?:集团|公司)")
_TRADE_TAGS = frozenset({"n", "nz", "vn", "a", "an"})
_FAMILY_PLACE = re.compile("家[\u4e00-\u9fff]?(?:村|庄|屯|寨|湾|坪|堡|沟|岭|营|铺|集|镇|巷)")
# A disease named after someone, as medicine writes it: with 氏, or a sickness that ends its item;
# or a phenomenon or effect named after someone or something (拉尼娜现象, 马太效应): the corpora
# annotate no name before 现象 and one of 39 before 效应; or a storm's name (“布拉斯”飓风: none before one).
_EPONYM = re.compile("氏(?:病|症|综合征|综合症|贫血)|(?:病|症|综合征|综合症)(?=[、，。；,;和与及或等的患\n])|现象|效应"
                     "|号?(?:飓风|台风|热带风暴|热带气旋)")


def birthplace(text: str, start: int) -> bool:
    """Is the name at ``start`` where someone was born or comes from, after the verb and maybe
    its province (出生于江苏吴江, 祖籍山东)? jieba's dictionary has many towns as names (吴江 nr)."""
    match = _BORN_IN.search(text, max(0, start - 10), start)
    if match is None:
        return False
    region = match.group(1)
    return not region or dictionary().tags([region]).get(region, "") == "ns"


_BORN_IN = re.compile(r"(?:出生于|生于|出生在|诞生于|祖籍|籍贯)([\u4e00-\u9fff]{0,4}?)\Z")
_STAND_COMPLEMENTS = tuple("在着到了出")  # 站在地头: he stands, no station


def is_place(form: str) -> bool:
    """唐古拉峰, 阿布穆萨岛: a transliteration with a place's generic term at its end (but 杜若原,
    a surname and a given name of two, is a person)."""
    return len(form) >= 3 and form[-1] in PLACE_ENDINGS and translit_share(form[:-1]) == 1 \
        and (len(form) > 3 or not has_surname(form))


# A surname (or two), 家 and a numeral: a family and a count of its generations or members (not
# 老张家一顿饭, 老张's family's meal).
_FAMILY_COUNT = re.compile("[\u4e00-\u9fff]{1,2}家[一二三四五六七八九十两几](?:代|口|兄弟|姐妹|姊妹|姐弟|兄妹)")


def family_counted(text: str, start: int, end: int) -> bool:
    """Is the span a family counted, or its surname before one (陈家三|代人, [赵]家三代人, 王家两兄弟)?"""
    match = _FAMILY_COUNT.match(text, start)
    return match is not None and end <= match.end() and end - start < 5


def is_outlet(form: str) -> bool:
    """路透社, 新京报: a news organisation the tagger took for a person."""
    return len(form) >= 3 and form[-1] in OUTLET_ENDINGS and not any(d in form for d in NAME_DOTS)


def is_language(form: str) -> bool:
    """阿拉伯语, 斯瓦希里语: a word of jieba's dictionary that ends in 语 is a language (none of the
    corpora's 37,625 names ends so)."""
    return len(form) >= 2 and form[-1] == "语" and bool(dictionary().tags([form]))


def is_date(form: str) -> bool:
    """周四, 周末: a weekday or other date that a surname happens to begin."""
    return any(e.start == 0 and e.end == len(form) for e in scan_dates(form))


def _name_char(char: str) -> bool:
    return bool(HAN.match(char)) or char.isalpha()


def list_start(text: str, start: int, starts: dict[int, int]) -> int:
    """Where the enumeration of names that ``start`` stands in begins: one title before a list
    (副总理丁薛祥、何立峰, 记者 周蔚 刘美子, 伤者王某、赵某, 副主席李秀兰（女）、赵明) is each name's. ``starts``
    maps the end of each name to its start."""
    seen = {start}
    while start > 0 and text[start - 1] in "、 \u3000" \
            and (previous := starts.get(_withheld_end(text, _before_note(text, start - 1)))) is not None \
            and previous not in seen:
        start = previous
        seen.add(start)
    return start


def _before_note(text: str, end: int) -> int:
    """Where a name ends before the note in brackets that ends at ``end`` (李秀兰[（女）]、赵明), or ``end``."""
    note = _NOTE_AFTER.search(text, max(0, end - _NOTE_REACH), end)
    return note.start() if note else end


_NOTE_REACH = 8  # a note's length with its brackets: （女）, （蒙古族）


def _withheld_end(text: str, end: int) -> int:
    """Where a name ends before the 某 that withholds it (伤者王[某]、赵某: 王 ends before 某)."""
    while end > 0 and text[end - 1] == "某":
        end -= 1
    return end


# Before a foreign name the press writes kinship as it writes titles (特朗普的女婿库什纳).
_KIN_ONLY = frozenset(KINSHIP) - frozenset(ROLE_TITLES)
_TITLES_AND_KIN = re.compile("|".join(re.escape(t) for t in sorted(
    {*(t for t in ROLE_TITLES if t not in WEAK_TITLES), *_KIN_ONLY}, key=len, reverse=True)))


# 日本 before a title, the title's holder a Japanese (日本导演是枝裕和, 日本著名投手山本由伸).
JAPANESE_TITLED = re.compile(r"(?:日[本籍]|东京)[\u4e00-\u9fff]{0,8}\Z")  # 日本首相, 日籍球星, 东京大学教授


# Endings of Japanese given names (一郎, 太郎, 惠子): of the training corpora's 63 names of five Chinese
# characters, the 13 that end so are all Japanese, and a name of five is Japanese only so ended (小泉进次郎).
JAPANESE_ENDINGS = ("郎", "子")


# Characters that end no name of three of the corpora nor any Japanese name of theirs (作 ends 池田大作).
_ENDS_NO_JAPANESE_NAME = NEVER_NAME_FINAL - {"作"}


def _japanese_name(text: str, start: int) -> tuple[int, int] | None:
    """A Japanese name of four, three or two characters at ``start`` (after 日本 and a title), or
    of five when its given name ends in 郎 or 子 (小泉进次郎, 玉木雄一郎, 小池百合子),
    the longest after which a word begins: one of jieba's dictionary (是枝裕和[凭借]), a particle
    or verb that ends no name (村上春树[的], 岸田文雄[说]), or no Chinese at all; never over a verb of
    speaking (木原稔[称]，: no Japanese name ends in one). jieba cuts
    such names anywhere (是|枝裕|和), as its dictionary has few of them. A name of four that ends
    in a conjunction (裕和, 和 as 'and') must be written so twice, or before 则 or a verb of
    speaking, where no 'and' stands (井端弘和[则]坦言): 石破茂[和]美国总统 is not one; nor is a
    name's last character one that begins a word with the next and ends no name (大村智[共同]). Else two
    words of two that jieba cuts, the second none of its dictionary (高市|早苗|涉台言论). None begins with
    一, as none of the corpora's Japanese names does (大臣[一职暂由]桥本首相兼任: the post)."""
    for size in (5, 4, 3, 2):
        name, rest = text[start:start + size], text[start + size:start + size + 3]
        if len(name) < size or size == 5 and name[-1] not in JAPANESE_ENDINGS or not HAN_RUN.fullmatch(name) \
                or name[0] == "一" or any(c in _PARTICLES for c in name) or size >= 3 and name[2] in _BEGINS_NO_GIVEN_NAME \
                or size >= 3 and name[-1] in _ENDS_NO_JAPANESE_NAME and _plain_word(name[-1] + rest[:1]) \
                or size >= 3 and speaks(text[start + size - 1:start + size + 11]) \
                or (size == 4 and name[-1] in _CONJUNCTIONS and text.count(name) < 2
                    and rest[:1] not in "则却" and not speaks(text[start + size:start + size + 12])):
            continue
        tags = dictionary().tags([name, name[:2], name[2:]])
        if tags.get(name[:2], "n")[:1] not in _NAMING_TAGS or size <= 4 and not tags.get(name, "nr").startswith("nr") \
                or size == 4 and (tags.get(name[2:], "")[:1] == "v" or dictionary().frequency(name[2:]) > _COMMON_WORD):
            return None  # 日本首相[首次]访俄, 大使[职务], 日本专家[连连]称赞, 日本企业家[大力支持], 日本主管[政府机关]: words
        if not HAN.match(rest[:1] or " ") or dictionary().tags([rest[:2], rest[:3]]) \
                or rest[0] in _NOT_GIVEN and (name[-1] in _ENDS_GIVEN_NAMES
                                              or dictionary().frequency(name[-1] + rest[0]) <= _COMMON_WORD) \
                or speaks(text[start + size:start + size + 12]):
            # (not before the second half of a common word, 山口茜战|胜, jieba's 战胜, unless the name's last
            # character ends many names: 林芳正|在, not 林芳|正在)
            return start, start + size
    import jieba

    words = list(jieba.cut(text[start:start + 10]))
    if len(words) >= 3 and len(words[0]) == len(words[1]) == 2 and HAN_RUN.fullmatch(words[0] + words[1]) \
            and not _PARTICLES.intersection(words[0] + words[1]) and not dictionary().tags([words[1]]) \
            and dictionary().tags([words[0]]).get(words[0], "n")[:1] in _NAMING_TAGS:
        return start, start + 4
    return None


def _japanese_before(text: str, start: int) -> bool:
    """Does 日本 or 日籍 stand in the few words before ``start`` (日本队方面，…，X)?"""
    before = text[max(0, start - _JAPANESE_REACH):start]
    return "日本" in before or "日籍" in before


_JAPANESE_REACH = 24


def _japanese_given_end(text: str, start: int, end: int) -> bool:
    """Does a name of four after 日本 end in a character that ends names as much as it is glued to
    them (生, 才, 胜, 和, 曾), a verb after it (日本队方面，…，富永启生得到15分: a Japanese given name)?"""
    after = text[end:end + 2]
    return end - start == 4 and text[end - 1] in NAME_FINAL_GLUE and _japanese_before(text, start) \
        and dictionary().tags([after]).get(after, "")[:1] == "v"


def _conjunction_of_the_name(text: str, start: int, end: int) -> bool:
    """Is the conjunction that ends a name of four its own (张本智和夺冠……张本智和开局): written so
    twice or more, and a verb after it here, where 'and' would join a noun (石破茂[和]美国总统)?"""
    form, after = text[start:end], text[end:end + 2]
    return len(form) == 4 and form[-1] in _CONJUNCTIONS and text.count(form) >= 2 \
        and dictionary().tags([after]).get(after, "")[:1] == "v"


def japanese_whole(text: str, start: int, end: int) -> tuple[int, int]:
    """A Japanese name the model cut short after 日本 and its 小, which begins Japanese family
    names (日本小[林觉]九段, 日本的小[林实]: no familiar 小 of a Chinese surname there), or after the 长 of
    长谷 (长|谷部茂利); or after
    日本 and a title, made whole as :func:`_japanese_name` reads it, when no Chinese follows
    (日本央行行长植田[和男]12月1日) or
    jieba cuts it as one word before the Chinese (茂木敏充|陪同) or a particle or a verb of speaking
    follows (茂木敏充|则, 赤泽亮正|表示, jieba's 赤泽亮|正|表示):
    not where a word may begin after it (茂木敏|充当天 or 茂木敏充|当天?), nor over a word
    (日本学者严正[指出]，); and where the model began it a character or two after the title and
    ends it there too (主教练中|田久美)."""
    if text[start - 1:start] == "小" and text.endswith(("日本", "日本的"), 0, start - 1) and 2 <= end - start <= 3:
        return start - 1, end
    if text[start - 1:start] == "长" and text[start] == "谷" and not text.endswith(_TITLES_OF_TWO_OR_MORE, 0, start):
        return start - 1, end  # 长|谷部茂利, 长|谷川: 长谷 begins Japanese family names (not 会长|谷口清太郎)
    if "日本" not in text[max(0, start - 24):start] and "日籍" not in text[max(0, start - 24):start] \
            and not after_japanese_office(text, start):
        return start, end  # (cheaply, before the titles are tried)
    found = start
    if text[start - 1:start] == "小" and text.endswith(_TITLES_OF_TWO_OR_MORE, 0, start - 1):
        start -= 1  # 知事小|池|百合子: the model read 小池 as a familiar form of a surname
    title = next((t for t in _TITLES_OF_TWO_OR_MORE if text.endswith(t, 0, start)), None)
    for left in (1, 2):  # 主教练中|田久美, 团长中村|时广: the model left the family name, or a part, to the title
        if title is None and not _BEFORE_NAMES.intersection(text[start - left:start]) \
                and (title := next((t for t in _TITLES_OF_TWO_OR_MORE if text.endswith(t, 0, start - left)), None)):
            start -= left  # (not over a word that stands before names: 日本棋手[和]徐奉洙)
    if title is None or not JAPANESE_TITLED.search(text, max(0, start - len(title) - 8), start - len(title)) \
            and not title.endswith(_JAPANESE_OFFICES):
        return found, end
    whole = _japanese_name(text, start)
    if whole is not None and start < found and whole[1] == end - 1 and text[end - 1] in _PARTICLES:
        end -= 1  # (and a particle it took: 中村|时广[则]表示)
    if whole is None or whole[1] < end or whole[1] == end and start == found \
            or whole[1] - end >= 2 and dictionary().tags([text[end:whole[1]]]):
        return found, end
    if whole[1] == end:
        return whole  # (where the model ends it too, whatever follows: 中田久美|赛后表示)
    if HAN.match(text, whole[1]) and text[whole[1]] not in _PARTICLES:
        # Chinese follows: whole only where jieba cuts it as one word (茂木敏充|陪同), or a particle
        # that begins no word of a name does (茂木敏充|则表示, jieba's 茂木敏|充则)
        import jieba

        return whole if next(iter(jieba.cut(text[start:whole[1] + 6])), "") == text[start:whole[1]] \
            or text[whole[1] - 1] == "郎" or whole[1] - whole[0] == 5 or _conjunction_of_the_name(text, *whole) \
            or speaks(text[whole[1]:whole[1] + 12]) else (found, end)
        # (郎 ends a given name, 小泉正次郎|表示, and a name of five: 小池百合子|表示)
    return whole


def vietnamese_whole(text: str, start: int, end: int) -> tuple[int, int]:
    """A Vietnamese woman's name the model cut to its family name before 氏 (Thị, the middle name of
    most: 武[氏映春]为代理国家主席), in a text about Vietnam; her given name is of two characters,
    or one before a character that ends no name (阮氏萍[说])."""
    if end - start != 1 or text[end:end + 1] != "氏" or "越南" not in text or not HAN_RUN.fullmatch(text[end + 1:end + 2]):
        return start, end
    two = HAN_RUN.fullmatch(text[end + 2:end + 3]) and text[end + 2] not in NEVER_NAME_FINAL
    return start, end + (3 if two else 2)


# The offices of Japan's cabinet as the mainland's press writes them, and its parties' secretary-general
# (干事长: each of the corpora's 7 is a Japanese party's): after 日本 anywhere before, a name after one
# is Japanese however far back the country was named (农林水产大臣小泉进次郎). Other
# countries have a 首相 too: after it, only a name read as a Japanese one is (首相高市早苗领导的).
_JAPANESE_OFFICES = ("大臣", "官房长官", "外相", "防相", "财相", "首相", "干事长")


def after_japanese_office(text: str, start: int) -> bool:
    """Does an office of Japan's cabinet end at ``start``, in a text that names Japan before it?"""
    return text.endswith(_JAPANESE_OFFICES, 0, start) and text.find("日本", 0, start) >= 0


def _japanese_made_up(text: str, match: re.Match[str], cut: list[str]) -> bool:
    """Is the word jieba cuts right after a title one of four it made up, read whole as a Japanese name,
    in a text that names Japan before it (教授中北浩尔也表示)? Of the corpora's 9 such, all are names."""
    return len(cut) > 1 and cut[0] == match.group() and len(cut[1]) == 4 and not dictionary().tags([cut[1]]) \
        and text.find("日本", 0, match.start()) >= 0 \
        and _japanese_name(text, match.end()) == (match.end(), match.end() + 4)


def japanese_in_office(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a Japanese name after an office of Japan's cabinet (首相高市早苗领导的), as
    :func:`_japanese_name` reads one (not 首相[今秋若能]成行)?"""
    return after_japanese_office(text, start) and _japanese_name(text, start) == (start, end)
_PARTICLES = frozenset("的了着过之在说对把被向从以于与及等将就都也还则却便均已亦为")  # in no Japanese name as Chinese writes it
# Adverbs that may stand in a family name (中曾根康弘) but begin no given name after one of two (首相桥本[曾]开过玩笑).
_BEGINS_NO_GIVEN_NAME = frozenset("曾又再")
# jieba's tags of the words a Japanese family name may be (大谷 n, 山本 ns, 村上 s, 安倍 nr): nouns
# and names, never a numeral, adverb or verb (首次, 连连, 访华).
_NAMING_TAGS = frozenset("nsz")


def _between_title_and_verb(text: str, start: int) -> tuple[int, int] | None:
    """A surname and one or two characters between a title and a verb of speaking or a person's
    act (分析师陆行之认为, whom jieba cuts 陆行|之; 厅长高新亭对记者说; 主席边国礼主持, jieba's
    边|国礼): a name, however jieba cuts it; not an adverb or particle after the surname
    (主任张[还]表示), nor a word that describes (董事长[高兴地]说)."""
    if text.startswith(TO_REPORTERS, start):
        return None  # 负责人向记者表示: to whom, no one's name
    for size in (3, 2):
        name = text[start:start + size]
        rest = text[start + size:start + size + 12]
        if len(name) < size or not HAN_RUN.fullmatch(name) or name[0] not in SURNAMES \
                or not (speaks(rest) or acts(rest)):
            continue
        if name[-1] in _DESCRIBING or set(name[1:]) & _NOT_LAST or _led_by_a_function_word(name) or _dated(name) \
                or _plain_word(name) and dictionary().frequency(name) > 5:
            return None  # (首相[官邸]对记者说: a word jieba counts more than at its least)
        tags = dictionary().tags([name, name[:2], name[1:]])
        if any(tags.get(part, "n")[:1] in _NOT_IN_NAMES + ("" if part == name[:2] != name else "d")
               for part in (name, name[:2], name[1:])):
            return None  # (高兴 an adjective, 我们 a pronoun, 连连 an adverb: no name; but 高新|亭)
        return start, start + size
    return None


_DESCRIBING = frozenset("的地得着了过")
_NOT_IN_NAMES = "avpcur"  # jieba's tags of adjectives, verbs, function words and pronouns


def _transliterated_after(text: str, start: int, clause_start: int, cut: list[str]) -> tuple[int, int] | None:
    """A run of three or more transliteration characters right after a title, up to the last
    place jieba ends a word inside it (主帅瓜迪奥拉赛后: jieba cuts 瓜|迪奥拉|赛后, 瓜 a noun of its
    dictionary): a foreign name however jieba cuts it, unless the run is a word of its own that
    names no one (a place, a noun)."""
    end = start
    while end < len(text) and end - start < 8 and text[end] in TRANSLIT:
        end += 1
    if end - start < 3:
        return None
    position, last = clause_start, start
    for word in cut:
        position += len(word)
        if position > end:
            break
        last = position
    run = text[start:last]
    if len(run) < 3 or run[-1] in PLACE_ENDINGS or not dictionary().tags([run]).get(run, "nr").startswith("nr"):
        return None
    return start, last


_CLAUSE_AFTER_TITLE = re.compile(r"[\u4e00-\u9fff]{1,16}")
# Words of many before a title (众多学者, 广大教师): of 173 such in the training corpora, no name follows one.
_MANY = ("众多", "许多", "诸多", "不少", "很多", "一些", "有些", "广大", "大批", "大量", "各位", "各级", "各国")


def _surname_apart(text: str, match: re.Match[str], cut: list[str]) -> tuple[int, int] | None:
    """A surname jieba cuts alone right after a word of kinship, and a given name of two it cuts
    as one word (父亲方|建国养了: 建国 a place to it), or as two characters of no word; not a word
    of its dictionary begun by the surname (女儿张开, jieba's one word), nor a preposition or conjunction
    before a word of it (奶奶[向澎湃]新闻称: 'to')."""
    if len(cut) < 3 or cut[0] != match.group() or len(cut[1]) != 1 or cut[1] not in COMMON_SURNAMES:
        return None
    given = cut[2] if len(cut[2]) == 2 else cut[2] + cut[3] if len(cut) > 3 and len(cut[2]) == len(cut[3]) == 1 else ""
    if not HAN_RUN.fullmatch(given) or _NOT_GIVEN.intersection(given) \
            or cut[1] in _BEFORE_NAMES and dictionary().tags([given]) \
            or dictionary().tags([name := cut[1] + given]).get(name, "nr")[:2] != "nr":
        return None
    return match.end(), match.end() + 3


def _given_name_apart(surname: str, given: str) -> bool:
    """Is ``given``, the word jieba cuts after a surname it cut alone after a title, a given name of two that
    its dictionary holds as a place's or a name (副教授严|河清研制, 记者刘|大国)? Of the 89 such after a title
    in the corpora, 87 are annotated names; not after a preposition, a conjunction or a verb of going, which
    are surnames too (主席[和|李鹏], 特使[来|南亚]), nor in a transliteration (韦尔特)."""
    return len(given) == 2 and HAN_RUN.fullmatch(given) is not None and surname not in _BEFORE_NAMES \
        and surname not in _GOING and surname not in _BEGINS_NO_NAME and translit_share(surname + given) < 1 \
        and dictionary().tags([given]).get(given, "")[:2] in ("ns", "nr") and not dictionary().tags([surname + given])


def _surname_and_rare(surname: str, after: list[str]) -> str:
    """A surname jieba cut alone after a title and the one or two characters after it that are
    no words of its own, only parts of words (傅|崐|萁: zg and g, characters too rare for it), as one name."""
    given = ""
    for char in after:
        if len(char) != 1 or not HAN.match(char) or char in _NOT_GIVEN \
                or dictionary().tags([char]).get(char, "g")[-1:] != "g":
            break
        given += char
    return surname + given


def _proper(word: str) -> bool:
    """Is a word jieba's dictionary tags nz (a proper noun of no other kind) a name after a title:
    a transliteration, a surname and two characters, or a word it counts seldom? Its nz words
    include plain ones it counts often (医生[闻讯]赶到, 371 times; 汇报 1,563, 宝座 528), beside
    names (阿代希安 2, 回良玉 6; 金正日 352)."""
    return translit_share(word) == 1 or len(word) == 3 and has_surname(word) \
        or dictionary().frequency(word) < _COMMON_PROPER_NOUN


_COMMON_PROPER_NOUN = 100


def titled(context: Context, covered: set[int]) -> list[tuple[int, int]]:
    """Words right after a title that the model left untagged (and a foreign name after a word of
    kinship: 女婿库什纳): two to four Chinese characters
    that jieba cuts as one word, a name or place in its dictionary, or no word of it but all
    transliteration characters (总统普京通电话) or of three characters at most (妻子昆凌), a run
    of transliteration characters however jieba cuts it (主帅瓜|迪奥拉), and two
    words of two where the second is none of the dictionary (球星大谷翔平). The title, any of
    the role titles (投手山本由伸), must be a whole word there too (董事会 holds no 董事)."""
    import jieba

    text = context.text
    found = []
    for match in _TITLES_AND_KIN.finditer(text):
        clause = _CLAUSE_AFTER_TITLE.match(text, match.start())
        longer = text[match.start():match.end() + 1]
        if clause is None or match.end() in covered or text.startswith(("兼", "暨"), match.end()) \
                or dictionary().tags([longer]) and not longer.endswith(ROLE_TITLES) \
                or text.endswith(_MANY, 0, match.start()) or text.startswith("队", match.end()):
            continue  # (大臣[兼]国家公安委员会委员长: another title follows; 领事[馆], 委员[会]: no title there;
            # 众多学者[智慧]: many hold it, and no one is named; 川崎前锋[队]: a team's name)
        if match.group() in _KIN_ONLY:  # (only a foreign name by its shape: 儿子小明 may be anyone's word)
            cut = list(jieba.cut(clause.group(), HMM=True))
            run = _transliterated_after(text, match.end(), match.start(), cut) or _surname_apart(text, match, cut)
            if run and not covered.intersection(range(*run)):
                found.append(run)
            continue
        if JAPANESE_TITLED.search(text, max(0, match.start() - 8), match.start()):
            name = _japanese_name(text, match.end() + text.startswith("的", match.end()))  # (日本投手的山本由伸)
            if name and not covered.intersection(range(*name)):
                found.append(name)
            continue  # (日本棋手[抗衡]: what is no Japanese name there is no name of jieba's either)
        if after_japanese_office(text, match.end()) and (name := _japanese_name(text, match.end())) \
                and name[1] - name[0] == 4:
            # (日本 anywhere before a Japanese office, a name of four: 财务大臣片山皋月此前表示, jieba's 片山|皋|月)
            if not covered.intersection(range(*name)):
                found.append(name)
            continue
        if bracketed := _between_title_and_verb(text, match.end()):
            if not covered.intersection(range(*bracketed)):
                found.append(bracketed)
            continue
        cut = list(jieba.cut(clause.group(), HMM=True))
        if _japanese_made_up(text, match, cut):  # (庆应义塾大学教授中北浩尔也表示, in an article on Japan)
            if not covered.intersection(range(match.end(), match.end() + 4)):
                found.append((match.end(), match.end() + 4))
            continue
        if run := _transliterated_after(text, match.end(), match.start(), cut):
            if not covered.intersection(range(*run)):
                found.append(run)
            continue
        position, words = match.start(), iter(cut)
        for word in words:
            position += len(word)
            if position >= match.end():
                break
        if position == match.end() + 1 and text[match.end()] in SURNAMES:  # (总召傅|崐|萁: the surname glued to the title)
            word, position = _surname_and_rare(text[match.end()], [next(words, ""), next(words, "")]), match.end()
            two = text[position + 1:position + 3]
            if len(word) == 1 and len(two) == 2 and HAN_RUN.fullmatch(two) and two[0] not in _NOT_GIVEN \
                    and two[1] not in NEVER_NAME_FINAL and dictionary().tags([two]).get(two, "nr").startswith("nr"):
                word += two  # (党首张|东赫则: a given name of two, a name of jieba's or no word of it)
            given = next(words, "")
        else:
            word, given = next(words, ""), next(words, "")
            if position == match.end() and len(word) == 1 and word in SURNAMES:
                word = word + given if _given_name_apart(word, given) \
                    else _surname_and_rare(word, [given, next(words, "")])
        if position != match.end() or not 2 <= len(word) <= 4:
            continue
        if len(word) == 3 and spoke_when_meeting(text, position + len(word) - 1) \
                and not dictionary().tags([word]):
            word = word[:-1]  # 会见大臣叙多|时表示
        tag = dictionary().tags([word]).get(word, "nr" if translit_share(word) == 1 or len(word) <= 3 else "")
        if len(word) == 2 and len(given) == 2 and HAN_RUN.fullmatch(given) \
                and not dictionary().tags([given, word + given]):
            # 球星大谷|翔平: a Japanese name, its given name no word of the dictionary; but a transliteration
            # run on over one character more before a word glued after it (领袖拉皮|德则批评, 主教练乌度|卡则表示:
            # 度 is no character of the table)
            glued = given[0] in TRANSLIT and given[1] in GLUED_AFTER
            word, tag = word + (given[0] if glued else given), "nr"
        elif len(word) == 2 and len(given) == 1 and HAN_RUN.fullmatch(given) and given not in SURNAMES \
                and given not in GLUED_AFTER and dictionary().tags([given]).get(given, "nr") in ("nr", "zg"):
            word, tag = word + given, "nr"  # 选手山口|茜, 长官木原|稔: a given name of one character
        if len(word) <= 3 and has_surname(word) and rare_word(word) \
                and (context.speech_after(position + len(word)) or context.verb_after(position + len(word))):
            tag = "nr"  # 歌手陶喆表示, 领袖舒默则批评; not 主席[来访]表示, 首相[官邸]对记者说 (a noun jieba counts
            # 135 times), 总理[曾多次]表示 (an adverb)
        if _led_by_a_function_word(word) or word[1:2] in _NOT_GIVEN and translit_share(word) < 1 or _dated(word) \
                or word[0] in _NUMERALS:
            continue  # 上将[今天上午]会见: a date and a time of day, which jieba's dictionary may tag as a name;
            # 夫人[曾以]母亲般的关怀: a particle or preposition second, in no name; 妻子[一人]身上: a number
        if (tag.startswith("nr") or tag == "nz" and _proper(word)
                or tag == "ns" and word[-1] not in PLACE_ENDINGS and word[-1] != "国"
                and dictionary().frequency(word) < _WELL_KNOWN_PLACE) \
                and not covered.intersection(range(position, position + len(word))):
            found.append((position, position + len(word)))
    return found


# How often jieba's dictionary counts a place for it to be no one's name after a title (作家|北京|紧急会议, counted
# 34,488 times; the foreign names it calls places are counted far less: 普京 171). Of the corpora's 51 such places
# right after a title, five are names, reporters' in bylines (记者江山报道), which the bylines find.
_WELL_KNOWN_PLACE = 1000
