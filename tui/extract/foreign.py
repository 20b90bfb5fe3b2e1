"""Foreign names made whole: dotted and hyphenated transliterations, initials, a regnal number or
Junior after a name, and Japanese, Vietnamese and Tibetan names, which jieba cuts anywhere; and
transliterations named by their country (丹麦的本特森)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Iterator
from itertools import accumulate

from tui.extract.context import Context, past_adverbs, speaks, word_starts
from tui.extract.dictionary import COMMON_AS_A_WORD, FUNCTION_TAGS, dictionary
from tui.extract.lexicon import (
    COMMON_SURNAMES,
    COUNTRIES,
    GLUED_AFTER,
    JAPANESE_FAMILY_NAMES,
    JAPANESE_MINISTERS,
    KINSHIP,
    MODAL_VERBS,
    MONGOLIAN_NAME_PARTS,
    NAME_DOTS,
    NEVER_NAME_FINAL,
    ORG_AFTER,
    PLACE_AFTER,
    PLACE_ENDINGS,
    ROLE_TITLES,
    TIBETAN_NAME_PARTS,
    TITLES,
    TRANSLIT,
    UYGHUR_NAME_PARTS,
    WHY_OR_WHAT_MEANT,
    YI_FAMILY_NAMES,
)
from tui.extract.shapes import (BEFORE_NAMES, CONJUNCTIONS, DAY_AFTER, DOTTED, DOTTED_CHARS, ENDS_GIVEN_NAMES, HAN,
                                HAN_RUN, HYPHENS, INITIALS, NAME_SUFFIXES, NOT_GIVEN, NOT_LAST, REGNAL,
                                TITLES_OF_TWO_OR_MORE, TRANSLIT_CLASS, plain_word, times_written, translit_share)


def known_name_whole(text: str, start: int, end: int) -> tuple[int, int]:
    """A transliteration the tagger cut short inside a foreign name of jieba's dictionary written on there, which
    the dictionary counts more often, runs on to it (诺贝|尔文学奖: 诺贝尔, 205 times, 诺贝 twice), unless what
    would run on begins a common word (科雷|马上). Of the corpora's transliterated names, two stand so before one
    or two more characters of the table."""
    name = text[start:end]
    if end - start < 2 or translit_share(name) < 1:
        return start, end
    for size in (2, 1):
        longer = text[start:end + size]
        if len(longer) == end - start + size and translit_share(longer) == 1 \
                and dictionary().tags([longer]).get(longer, "").startswith("nr") \
                and dictionary().frequency(longer) > dictionary().frequency(name) \
                and dictionary().frequency(text[end:end + 2]) < _COMMON_WORD:
            return start, end + size
    return start, end


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
    common word or a time word of jieba's dictionary running past them (蒙蒂[夫人], 哈西娜[提议],
    昌西·比卢普斯[赛前]: of the corpora's 1,006 dotted names, none holds the start of a time word; not 托合提|在,
    of jieba's rare 提在, nor inside a foreign name of it: 亚历山大|全场), and back to where they
    begin (热合|曼·依明). One character more, where the run of them ends before a Chinese character, is
    part of it (帕特里克·弗朗西斯[卡]并肩) unless it is a function word (安东尼·戴维斯[因]伤缺阵). A given name of
    two parts joined by a hyphen is whole (让-马克·艾罗), and so is a name of which the
    tagger found the second of two surnames (特伦特·亚历山大-|阿诺德|) or only a part after the
    dot, or a piece of one (奥斯卡·|皮亚斯特里, 亚历山大·科|斯塔斯)."""
    if start and text[start - 1] in HYPHENS:
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
        if start > 1 and text[start - 1] in HYPHENS:  # a given name of two parts (让-|马克·艾罗)
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
                inside = {i for part in range(max(start, 1), dotted_end) if text[part - 1] in NAME_DOTS + HYPHENS
                          for i in range(part + 1, _foreign_word_end(text, part))}  # (its parts' own words)
                stop = next((stop for stop in range(end, dotted_end) if any(
                    stop not in inside and dictionary().frequency(text[stop:stop + size]) >= _COMMON_WORD
                    or dictionary().table.get(text[stop:stop + size]) == "t"  # (a time word: 比卢普斯[赛前], also
                    # inside a name of jieba's: its 普京当 of 弗拉基米尔·普京|当天)
                    for size in (2, 3) if stop + size > dotted_end)), dotted_end)
                last_part = len(re.split(f"[{NAME_DOTS}]", text[start:end])[-1])
                # (a character of the foreign table where the run of them ends is the name's, as
                # 卡 is 帕特里克·弗朗西斯|卡's, 特 贝森|特's and 提 托合|提's, unless it is a function word
                # after a last part that is a name of jieba's dictionary, and no word of jieba's with
                # the next: 玛丽·约翰逊[因]伤, 马克·吐温[本]想. Of the corpora's dotted names, 407 end with a
                # character of the table that makes no word with the next, and 3 stand before one; of
                # those after a name of jieba's dictionary and a function word, 1 and 1)
                last = text[end - last_part:end]
                known = last_part >= 2 and dictionary().tags([last]).get(last, "").startswith("nr")
                return (start, end) if stop - end == 1 and stop == dotted_end and known \
                    and text[end] in TRANSLIT and HAN.match(text[end + 1:end + 2]) \
                    and _function_word(text[end]) and dictionary().frequency(text[end:end + 2]) <= 5 \
                    else (start, stop)  # (but 霍斯特·西伯|特１０日: no word begins)
    return start, end


def dotted_last_character(text: str, start: int, end: int) -> tuple[int, int]:
    """A dotted name runs on over one character the table of foreign names lacks (and up to two of the table
    after it that begin no word with what follows: 佩通坦·钦[那瓦]28日, 那 no name's last character; not
    奥马尔·哈桑[任埃]及), where what follows begins after a subject, a verb of speaking, an adverb, a day of
    the month or a time word, and the two make no word (阿努廷·参威拉[军]表示, 阿努廷·参威拉[军]12日宣布,
    佩通坦·钦[那瓦]此前, 普坦·威差亚[猜]将, and before 的 over it and one or two of the table, 佩通坦·钦[那瓦]的职务:
    Thai names write 猜, 军, 蓬 the table lacks; not 约翰·史密斯[说], nor a prize named after one, 迈克尔·乔丹[杯],
    nor when, 玛丽·鲁滨逊[后]表示, nor a modal verb, 罗·迪多纳[想]与). Of the corpora's dotted names, 16 end so, and one stands before
    such a character; one ends with a modal verb, four stand before one. So too one character, or one that ends no
    name and one or two of the table, before a verb of jieba's (里·厄普[顿]逃脱了, 拉吉夫·甘[地]遇刺身亡,
    佩通坦·钦[那瓦]违反宪法): 10 of the corpora's dotted names end so; the 9 that stand before such a character stand
    before 的 or 所 (X·Y[的]邀请)."""
    after = text[end:end + 1]
    if not any(c in NAME_DOTS for c in text[start:end]) or not HAN.match(after) or after in TRANSLIT \
            or after in NOT_LAST or after in NAME_SUFFIXES or after in _LOCATIVES or after in MODAL_VERBS \
            or dictionary().tags([text[end:end + 2]]):
        return start, end
    # the character, or it and one or two of the table after it, ending the name there (佩通坦·钦[那瓦]28日)
    for size in range(1 if after not in NEVER_NAME_FINAL else 2, 4):
        rest = text[end + size:end + size + 12]
        last = text[end + size - 1]
        if size > 1 and (last not in TRANSLIT or dictionary().tags([last + text[end + size:end + size + 1]])):
            break  # (nor over the first character of a word of jieba's: 奥马尔·哈桑任[埃]及驻华大使)
        if speaks(past_adverbs(rest)) or rest[:1] in NOT_LAST or DAY_AFTER.match(rest) or time_word_at(rest) \
                or size > 1 and rest[:1] in _OF_WHAT_FOLLOWS \
                or (size == 1 or after in NEVER_NAME_FINAL) and after not in _OF_WHAT_FOLLOWS and _verb_at(rest) \
                and not plain_word(text[end - 1:end + 1]):  # (not 布朗尼·詹姆斯本[场]替补登场: 本场 a word)
            return start, end + size
    return start, end


def time_word_at(text: str) -> bool:
    """Does a time word of two or three characters of jieba's dictionary begin ``text`` (此前, 近日, 昨天)?"""
    return any(dictionary().tags([text[:size]]).get(text[:size], "").startswith("t") for size in (3, 2))


def _verb_at(text: str) -> bool:
    """Does a verb of two or three characters of jieba's dictionary begin ``text`` (逃脱了, 遇刺身亡)?"""
    return any(dictionary().tags([text[:size]]).get(text[:size]) == "v" for size in (3, 2))


# Particles that make what follows a dotted name its own (X·Y[的]邀请, X·Y[所]希望的): no part of it.
_OF_WHAT_FOLLOWS = frozenset("的所")


def _function_word(character: str) -> bool:
    """Is ``character`` a common preposition, conjunction, pronoun, adverb or particle of jieba's
    dictionary by itself (因, 本, 于; not 卡, 特, 提, which end names more often than they begin words)?"""
    return dictionary().tags([character]).get(character) in FUNCTION_TAGS \
        and dictionary().frequency(character) >= _FUNCTION_FREQUENCY


# How often a function word is counted to be common (亦, 9,343 times, is not; 因, 29,186, is; 特, an adverb
# counted 7,898 times, ends 贝森特 and 戴格诺尔特).
_FUNCTION_FREQUENCY = 10_000


_LOCATIVES = frozenset("后前中里上下内外间")  # after a name, when or where: 玛丽·鲁滨逊后表示


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
    people), unless a title names the one before the hyphen (能源大臣阿卜杜勒-|阿齐兹: of the corpora's 27 names found
    either side of a hyphen, 21 are one name; the six two, each a law's, plan's or fund's name, 叶利钦—桥本计划, after
    no title). A name before a hyphen and anything else is a brand's (梅赛德斯-奔驰, 梅赛德斯-AMG):
    no one (an empty span)."""
    name = text[start:end]
    if end - start < 2 or translit_share(name) < 1 and dictionary().tags([name]).get(name) != "nrt":
        return start, end  # (its characters, or a foreign name of jieba's dictionary: 阿卜杜勒, whose 卜 the table lacks)
    if text[end:end + 1] in HYPHENS and (end + 1 not in tagged_starts or text.endswith(ROLE_TITLES, 0, start)):
        stop = end + 1
        while stop < len(text) and text[stop] in TRANSLIT:
            stop += 1
        stop = max(stop, _foreign_word_end(text, end + 1))
        if stop - end > 2 and not plain_word(text[end + 1:stop]):
            return start, stop
        if HAN.match(text, end + 1) or text[end + 1:end + 2].isascii() and text[end + 1:end + 2].isalpha():
            return start, start
    if start and text[start - 1] in HYPHENS and start - 1 not in tagged_ends:  # (亚历山大-|阿诺德)
        begin = start - 1
        while begin and text[begin - 1] in TRANSLIT:
            begin -= 1
        words = dictionary().tags(text[start - 1 - size:start - 1] for size in (2, 3, 4) if start - 1 >= size)
        begin = min([begin, *(start - 1 - len(w) for w, tag in words.items() if tag.startswith(("nr", "ns")))])
        if start - begin > 2 and not plain_word(text[begin:start - 1]) \
                or start - begin == 2 and text.endswith(TITLES, 0, begin):  # (not 中美-; 部长本-|格维尔)
            return begin, end
    return start, end


_INITIALS_BEFORE = re.compile(INITIALS + r"\Z")

_INITIALLED = re.compile(INITIALS + " ?" + TRANSLIT_CLASS + "{2,}")


# A capital and a transliteration character of the name: how the sports press calls players by
# initial (C罗 for Cristiano Ronaldo, B费 for Bruno Fernandes); found only with evidence around it.
INITIAL_NICKNAME = re.compile("(?<![A-Za-z])[A-Z]" + TRANSLIT_CLASS)


def junior(text: str, start: int, end: int) -> tuple[int, int]:
    """A transliterated name the tagger found after a title or a word of kinship and 小 runs back over it: the press's
    name for a son of the same name (总统小马科斯, 长子小唐纳德·特朗普); so does a dotted one after 小 where a clause
    begins (。小唐纳德·特朗普的未婚妻). Not over 老 (老艾伦, the father of 艾伦, is 艾伦 to annotated news)."""
    if start >= 1 and text[start - 1] == "小" and end - start >= 2 and translit_share(text[start:end]) == 1 \
            and (text.endswith(ROLE_TITLES, 0, start - 1) or text.endswith(KINSHIP, 0, start - 1)
                 or any(dot in text[start:end] for dot in NAME_DOTS) and not HAN.match(text, start - 2)):
        return start - 1, end
    return start, end


def with_initials(text: str, start: int, end: int) -> tuple[int, int]:
    """A Chinese name after Latin initials (J.K.罗琳) runs over them."""
    initials = _INITIALS_BEFORE.search(text, max(0, start - 9), start)
    return (initials.start(), end) if initials and HAN.match(text, start) else (start, end)


def with_regnal_number(text: str, start: int, end: int) -> tuple[int, int]:
    """A monarch's or pope's name runs over its number (查尔斯[三世], 伊丽莎白[二世], as the MSRA
    corpus marks them), not over a century or generations (四世同堂), and over a dotted name after it
    (卡尔十六世·古斯塔夫)."""
    number = REGNAL.match(text, end)
    if not number or end <= start:
        return start, end
    rest = _DOTTED_REST.match(text, number.end())
    return start, rest.end() if rest else number.end()


_DOTTED_REST = re.compile(f"[{NAME_DOTS}]{TRANSLIT_CLASS}{{2,}}")


def regnal_names(text: str) -> list[tuple[int, int]]:
    """A monarch's or pope's name with its number after a title (教皇利奥十四世, 女王伊丽莎白二世):
    the fewest characters, one to six, between the title and the number (教宗良十四世)."""
    found = []
    for number in REGNAL.finditer(text):
        at = number.start()
        size = next((size for size in range(1, 7) if HAN_RUN.fullmatch(text, at - size, at)
                     and text.endswith(ROLE_TITLES, 0, at - size)), None)
        if size is not None and not GLUED_AFTER.intersection(text[at - size:at]) \
                and not any(dictionary().tags([text[at - size - len(t):at - size + 1]])
                            for t in ROLE_TITLES if text.endswith(t, 0, at - size)):
            found.append((at - size, number.end()))  # (not 总统府为良十四世: 总统府 is a word)
    return found


def dotted_spans(text: str) -> list[tuple[int, int]]:
    """Transliterated names with a middle dot, trimmed to their transliteration characters; a
    first or last part may be a foreign name of jieba's dictionary (亚历山大), and the last a
    common Chinese family name ending the name (马克·陈, 亚历山大·王)."""
    spans = []
    for begin, end in _dotted_runs(text):
        first_dot = next(i for i in range(begin, end) if text[i] in NAME_DOTS)
        last_dot = max(i for i in range(begin, end) if text[i] in NAME_DOTS)
        start = first_dot
        while start > begin and text[start - 1] in DOTTED_CHARS:
            start -= 1
        # A first part may be a word of jieba's dictionary that names a person or place (亚历山大·王),
        # with characters of the table at its end (亚历|克斯·萨拉托西斯), or begin with one that ends inside
        # the characters of the table (击败|亚历克|西斯·勒布伦: 历 is none of them).
        word_start = min([_foreign_word_start(text, first_dot, begin)]
                         + [at for end in range(start + 1, min(start + 3, first_dot))
                            if (at := _foreign_word_start(text, end, begin)) < start and text[at] in DOTTED_CHARS])
        # (not a Chinese name before it: 沙特王国|瑞穆·穆罕默德·费萨尔, jieba's 王国瑞)
        while start >= 2 and text[start - 1] in HYPHENS and text[start - 2] in DOTTED_CHARS:  # 让-马克·艾罗
            start -= 1
            while start > 0 and text[start - 1] in DOTTED_CHARS:
                start -= 1
        for split in range(start, first_dot):  # a title glued to the name: 总理奥拉夫·…
            if any(text.endswith(t, 0, split) for t in TITLES):
                start = split
        stop = last_dot + 1
        while stop < end and text[stop] in DOTTED_CHARS:
            stop += 1
        # A last part may be a word of jieba's dictionary with a character rare in names
        # (亚历山大), and then a second surname after a hyphen (亚历山大-阿诺德).
        word_end = max(stop, _foreign_word_end(text, last_dot + 1))
        if word_end == last_dot + 1 and text[word_end:word_end + 1] in COMMON_SURNAMES \
                and (not HAN.match(text, word_end + 1) or speaks(text[word_end + 1:word_end + 13])):
            word_end += 1  # a family name of Chinese descent (马克·陈, 亚历山大·王说), the name ending with it
        full_stop = word_end
        while full_stop + 1 < len(text) and text[full_stop] in HYPHENS and text[full_stop + 1] in DOTTED_CHARS:
            full_stop += 1
            part = full_stop
            while full_stop < len(text) and text[full_stop] in DOTTED_CHARS:
                full_stop += 1
            full_stop = max(full_stop, _foreign_word_end(text, part))  # (劳合-乔治: 治 is no character of the table)
        if (cut := next((at for at in range(last_dot + 2, full_stop) if text.startswith(WHY_OR_WHAT_MEANT, at)),
                        None)) is not None:
            full_stop = cut  # (阿里·汗[本想]参加: 本 is a character of the table)
            stop, word_end = min(stop, full_stop), min(word_end, full_stop)
        if (idiom := _word_run_into(text, last_dot + 1, full_stop)) is not None:
            full_stop = idiom  # (罗纳尔多[梅]开二度: 梅 is a character of the table)
            stop, word_end = min(stop, full_stop), min(word_end, full_stop)
        last_part = text[last_dot + 1:full_stop]
        if len(last_part) >= 3 and last_part[-1] in GLUED_AFTER \
                and not dictionary().tags([last_part]).get(last_part, "").startswith("nr"):
            # 赛斯·戈尔茨坦[则]表示, 比尔·盖茨[则]说: 则, 再 and 于 are characters of the table too. One of the
            # corpora's dotted names ends so (阿西·赛德克已, a slip); six of their dotted runs end so and are no name.
            full_stop -= 1
            stop, word_end = min(stop, full_stop), min(word_end, full_stop)
        rest = text[start:stop] + text[word_end:full_stop]  # what no dictionary word or surname accounts for
        if min(start, word_start) < first_dot and full_stop > last_dot + 1 \
                and (translit_share(rest, DOTTED_CHARS) >= 0.75 or not rest.strip(NAME_DOTS)):
            spans.append((min(start, word_start), full_stop))
    # Latin initials before a transliteration (J.D.万斯, J. D. 万斯) make a name's shape too.
    spans += [match.span() for match in _INITIALLED.finditer(text)]
    return sorted(spans)


def _dotted_runs(text: str) -> Iterator[tuple[int, int]]:
    """Runs of dotted parts, cut where two names run together (:func:`dotted_apart`), or over the word that gives a
    name's other, a birth or pen name (南希·基辛格[原名]南希·马金尼斯)."""
    for match in DOTTED.finditer(text):
        pieces, begin, end = [], *match.span()
        while (other := _ANOTHER_NAME.search(text, begin, end)) is not None:
            pieces.append((begin, other.start()))
            begin = other.end()
        for begin, end in [*pieces, (begin, end)]:
            if not any(text[at] in NAME_DOTS for at in range(begin, end)):
                continue  # (a name without a dot on one side of the word: 张三原名约翰·史密斯)
            while (cut := dotted_apart(text, begin, end)) is not None:
                yield begin, cut
                begin = cut + 1
            yield begin, end


_ANOTHER_NAME = re.compile("原名|本名|真名|又名|艺名|笔名|俗名|曾用名|藝名|筆名")


def _word_run_into(text: str, start: int, end: int) -> int | None:
    """Where a word of jieba's dictionary of three characters or more begins inside the last part of a dotted name,
    ``start:end``, past its second character, and ends after it, holding a character no table holds: the name ends
    there, run on into the word (克里斯蒂亚诺·罗纳尔多[梅开二度], jieba's idiom); else None."""
    import jieba

    at = start
    for word in jieba.cut(text[start:end + 4], HMM=False):  # (words of its dictionary: not one it made up, 加马尔时)
        if start + 2 <= at < end < at + len(word) and len(word) >= 3 \
                and any(c not in DOTTED_CHARS for c in word):
            return at
        at += len(word)
        if at >= end:
            return None
    return None


def dotted_apart(text: str, start: int, end: int) -> int | None:
    """Where two dotted names run together over a verb or preposition inside ``start:end``
    (若昂·佩德罗[接]恩佐·费尔南德斯直塞破门): one character no table holds between two or more of
    the table's on each side, inside a part between dots, that jieba's dictionary has as a verb, preposition,
    conjunction or adverb, or a pass (传); else None. None of the corpora's dotted names holds such a part
    (维克多·许会·罗哈斯, 诺罗敦·莫尼列·西哈努克 hold one of the table before it), but a name's own character the
    tables lack does (弗拉基米尔·罗斯[季]斯拉沃维奇·梅金斯基, 季 a noun)."""
    dots = [i for i in range(start, end) if text[i] in NAME_DOTS]
    return next((i for left, right in zip(dots, dots[1:]) for i in range(left + 3, right - 2)
                 if text[i] not in DOTTED_CHARS and _between_players(text[i])
                 and all(c in DOTTED_CHARS for c in text[left + 1:i] + text[i + 1:right])), None)


def _between_players(char: str) -> bool:
    """Can ``char`` stand between two players' names, as what one does to the other (接, 传, 与)?"""
    return char == "传" or dictionary().tags([char]).get(char, "")[:1] in ("v", "p", "c", "d")


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


def whole_of_name_parts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A Tibetan, Uyghur or Mongolian name of two or three of its common parts (扎西平措, 次仁央金, 迪丽热巴,
    额尔敦毕力格) is one name, whatever the tagger made of it (扎西 alone, 措在, 迪丽, 额尔敦, or nothing where jieba cut
    扎|西平|措): what it found crossing the name gives way to it."""
    runs = [(start, end) for start, end in name_parts_runs(text)
            if not any(s <= start and end <= e for s, e in spans)]  # (not inside a longer name: 阿沛·阿旺晋美)
    if not runs:
        return spans
    kept = [(s, e) for s, e in spans if not any(s < end and start < e for start, end in runs)]
    return sorted({*kept, *runs})


def name_parts_runs(text: str) -> set[tuple[int, int]]:
    """Where ``text`` writes two or three of the common parts of Tibetan, Uyghur or Mongolian names in a row (索南才让)."""
    return {match.span() for run in _NAME_PARTS_RUNS for match in run.finditer(text)}


def one_name_part_after_title(context: Context) -> list[tuple[int, int]]:
    """One of the common parts of Tibetan, Uyghur or Mongolian names alone right after a title or a word of kinship
    (女儿其其格大学毕业, 乡长洛桑说, 丈夫苏和), where no other part or a dot goes on with it and a word or words begin
    after it (not 乌兰|木伦, 阿旺甘丹): of the corpora's 33 such after a title, 14 are a name and 19 lie inside a longer one,
    none of them so ended."""
    text = context.text
    runs = name_parts_runs(text)
    found = []
    for match in _ONE_NAME_PART.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in runs) or text[end:end + 1] in NAME_DOTS \
                or text[start - 1:start] in NAME_DOTS \
                or not (context.titles_before(start) or context.relation_before(start)):
            continue
        first = max(0, start - 6)
        if not HAN.match(text, end) or context.speech_after(end) or end - first in word_starts(text[first:end + 4]):
            found.append((start, end))
    return found


def first_name_part(name: str) -> str:
    """The first of the common parts that make ``name`` a Tibetan, Uyghur or Mongolian name (乌云 of 乌云其木格), by which
    family and friends call one, else ''."""
    if not any(run.fullmatch(name) for run in _NAME_PARTS_RUNS):
        return ""
    return max((part for parts in (TIBETAN_NAME_PARTS, UYGHUR_NAME_PARTS, MONGOLIAN_NAME_PARTS) for part in parts
                if name.startswith(part) and len(part) < len(name)), key=len, default="")


def last_tibetan_part(name: str) -> str:
    """The last of the common parts that make ``name`` a Tibetan name (卓玛 of 次仁卓玛): Tibetans are called by
    either, as no part is a family name, and the press calls one by the last as often as by the first, else ''."""
    if not _NAME_PARTS_RUNS[0].fullmatch(name):
        return ""
    return max((part for part in TIBETAN_NAME_PARTS if name.endswith(part) and len(part) < len(name)),
               key=len, default="")


def _parts_run(parts: frozenset[str]) -> re.Pattern[str]:
    """Two or three of ``parts`` in a row, the longest first (买买提 before 买提)."""
    return re.compile("(?=[" + "".join(sorted({p[0] for p in parts})) + "])(?:"  # (a set first: fast)
                      + "|".join(sorted(parts, key=lambda p: (-len(p), p))) + "){2,3}")


_NAME_PARTS_RUNS = (_parts_run(TIBETAN_NAME_PARTS), _parts_run(UYGHUR_NAME_PARTS), _parts_run(MONGOLIAN_NAME_PARTS))
NAME_PARTS = TIBETAN_NAME_PARTS | UYGHUR_NAME_PARTS | MONGOLIAN_NAME_PARTS
_ONE_NAME_PART = re.compile("|".join(sorted(NAME_PARTS, key=lambda p: (-len(p), p))))

# 日本 before a title, the title's holder a Japanese (日本导演是枝裕和, 日本著名投手山本由伸); not across 在 or a verb of
# meeting, after which the title is another's (日本首相在会见记者[时表示]).
JAPANESE_TITLED = re.compile(r"(?:日[本籍]|东京)(?:(?!在|会见|接受)[\u4e00-\u9fff]){0,8}\Z")  # 日本首相, 东京大学教授
# Taking up an office of Japan's cabinet, after the name (为外务大臣, 出任财务大臣, 就任日本首相): a Japanese.
JAPANESE_OFFICE_TAKEN = re.compile(r"(?:为|出任|担任|接任|就任)[\u4e00-\u9fff]{0,6}?(?:"
                                   + "|".join(("大臣", "官房长官", *JAPANESE_MINISTERS, "首相")) + ")")


# Endings of Japanese given names (一郎, 太郎, 惠子): of the training corpora's 63 names of five Chinese
# characters, the 13 that end so are all Japanese, and a name of five is Japanese only so ended (小泉进次郎).
JAPANESE_ENDINGS = ("郎", "子")


# Characters that end no name of three of the corpora nor any Japanese name of theirs (作 ends 池田大作).
_ENDS_NO_JAPANESE_NAME = NEVER_NAME_FINAL - {"作"}


def names_japan(text: str) -> bool:
    """Does ``text`` name Japan or someone of Japanese nationality (日本, 日籍), where Japanese names are to be read?"""
    return "日本" in text or "日籍" in text


def japanese_name(text: str, start: int) -> tuple[int, int] | None:
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
    一, as none of the corpora's Japanese names does (大臣[一职暂由]桥本首相兼任: the post), and none holds the
    country's name (党首[由日本前]首相担任)."""
    for size in (5, 4, 3, 2):
        name, rest = text[start:start + size], text[start + size:start + size + 3]
        if len(name) < size or size == 5 and name[-1] not in JAPANESE_ENDINGS or not HAN_RUN.fullmatch(name) \
                or name[0] == "一" or "日本" in name \
                or IN_NO_JAPANESE_NAME.intersection(name[:-1] if _given_name_of_zhi(name, rest) else name) \
                or size >= 3 and name[2] in _BEGINS_NO_GIVEN_NAME \
                or size >= 3 and name[-1] in _ENDS_NO_JAPANESE_NAME and plain_word(name[-1] + rest[:1]) \
                or size >= 3 and _common_verb(name[-1] + rest[:1]) and name[-1] not in ENDS_GIVEN_NAMES \
                or size >= 3 and speaks(text[start + size - 1:start + size + 11]) \
                or (size == 4 and name[-1] in CONJUNCTIONS and times_written(text, name) < 2
                    and rest[:1] not in "则却/／" and not speaks(text[start + size:start + size + 12])
                    and not _predicate_after(text, start + size)):
            continue
        tags = dictionary().tags([name, name[:2], name[2:]])
        if tags.get(name[:2], "n")[:1] not in _NAMING_TAGS \
                or size <= 4 and not tags.get(name, "nr").startswith("nr") and not _placed_by_jieba(name, tags) \
                or size == 4 and (tags.get(name[2:], "")[:1] == "v" or dictionary().frequency(name[2:]) > _COMMON_WORD
                                  or _common_as_a_family_name(name[:2])):
            return None  # 日本首相[首次]访俄, 大使[职务], 日本专家[连连]称赞, 日本企业家[大力支持], 日本主管[政府机关],
            # 日本新首相的[外交首秀]: words
        if not HAN.match(rest[:1] or " ") or dictionary().tags([rest[:2], rest[:3]]) \
                or rest[0] in NOT_GIVEN and (name[-1] in ENDS_GIVEN_NAMES
                                              or dictionary().frequency(name[-1] + rest[0]) <= _COMMON_WORD) \
                or speaks(text[start + size:start + size + 12]) or _placed_by_jieba(name, tags):
            # (not before the second half of a common word, 山口茜战|胜, jieba's 战胜, unless the name's last
            # character ends many names: 林芳正|在, not 林芳|正在; a word of jieba's ends where it does)
            return start, start + size
    import jieba

    words = list(jieba.cut(text[start:start + 10]))
    if len(words) >= 3 and len(words[0]) == len(words[1]) == 2 and HAN_RUN.fullmatch(words[0] + words[1]) \
            and not IN_NO_JAPANESE_NAME.intersection(words[0] + words[1]) and not dictionary().tags([words[1]]) \
            and dictionary().tags([words[0]]).get(words[0], "n")[:1] in _NAMING_TAGS \
            and not _common_as_a_family_name(words[0]):
        return start, start + 4
    return None


def _common_as_a_family_name(word: str) -> bool:
    """Is ``word`` counted too often by jieba's dictionary to begin a Japanese name of four, unless one of Japan's
    common family names (外交, 4,781 times; of the corpora's Japanese names of four, the one whose first word is
    counted most, 中山雅史, 1,117)?"""
    return dictionary().frequency(word) > _COMMON_FIRST_WORD and word not in JAPANESE_FAMILY_NAMES


_COMMON_FIRST_WORD = 2000


def _placed_by_jieba(name: str, tags: dict[str, str]) -> bool:
    """Is ``name`` a Japanese name of four that jieba's dictionary holds as a place: one of its table's family names
    and an ending of no place (中田英寿, 池田大作, 松井石根, 高桥克典; not 中山公园, 和田地区, 大石桥市)? Of its 'places' of
    four so begun, ten are such names, the rest end as places or streets do."""
    return len(name) == 4 and tags.get(name) == "ns" and name[:2] in JAPANESE_FAMILY_NAMES \
        and name[-1] not in PLACE_ENDINGS and name[-1] not in _PLACE_WORD_ENDINGS


_PLACE_WORD_ENDINGS = frozenset("路园道区陵街")  # (a street, a park, an avenue, a district, a tomb: 中山北路, 中山陵园)


def _given_name_of_zhi(name: str, rest: str) -> bool:
    """Does a name of four end in a given name of 之 (小林鹰之, 园田博之: Japanese given names end so, as 之 ends
    none otherwise), where it makes no word with what follows (not 之后, 之间)?"""
    return len(name) == 4 and name[-1] == "之" and not dictionary().tags([name[-1] + rest[:1]])


_CLAUSE_END = re.compile(r"[，。；！？、：\n,;!?:]")
_PEOPLE_NOUN_ENDS = ("员", "团", "者", "们")  # (陪同[人员], 访华[团], 参赛[者]: people a verb describes)
_PREDICATE_TAGS = ("v", "vd", "p", "d")  # what opens a predicate and no noun: a verb, a preposition, an adverb


def _predicate_after(text: str, at: int) -> bool:
    """Does the clause at ``at`` open with a verb, a preposition or an adverb of jieba's dictionary and describe no
    one (张本美和[不]敌韩国名将, 张本智和[击败]对手, 是枝裕和[凭借]新片)? Then the 和 before it ends a name: 'and' joins
    a noun, or a clause that describes one (石破茂和[出席]会议的代表, 石破茂和[陪同]人员). Of the corpora's names
    followed by the conjunction, 4 in 100 have such a word after it; of their names that end in 和, one in four."""
    import jieba

    clause = _CLAUSE_END.split(text[at:at + 24], maxsplit=1)[0]
    words = list(jieba.cut(clause))
    return len(words) >= 2 and dictionary().tags([words[0]]).get(words[0], "") in _PREDICATE_TAGS \
        and "的" not in clause and not words[1].endswith(_PEOPLE_NOUN_ENDS)


def _common_verb(word: str) -> bool:
    """Is ``word`` a verb jieba's dictionary counts as common (举行, 战胜): a name before it ends before its first
    character (木原稔|举行会谈), unless that character ends many given names."""
    return dictionary().tags([word]).get(word, "")[:1] == "v" and dictionary().frequency(word) > _COMMON_WORD


def conjunction_of_the_name(text: str, start: int, end: int) -> bool:
    """Is the conjunction that ends a name of four its own (张本智和夺冠……张本智和开局): written so
    twice or more, and a verb after it here, where 'and' would join a noun (石破茂[和]美国总统), or once, before a
    predicate (:func:`_predicate_after`: 张本美和不敌)?"""
    form, after = text[start:end], text[end:end + 2]
    return len(form) == 4 and form[-1] in CONJUNCTIONS and (
        times_written(text, form) >= 2 and dictionary().tags([after]).get(after, "")[:1] == "v"
        or _predicate_after(text, end))


def with_japanese_family_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A name of three or four the model began at the second character of one of Japan's common family names begins at
    its first ([大]谷翔平在社交媒体上, [小]泉进次郎在记者会上: of the corpora's names, 58 of four and 40 of five begin with
    one, none of three or four after its first character)."""
    if end - start in (3, 4) and start >= 1 and text[start - 1:start + 1] in JAPANESE_FAMILY_NAMES:
        return start - 1, end
    return start, end


def japanese_whole(text: str, start: int, end: int) -> tuple[int, int]:
    """A Japanese name the model cut short after 日本 and its 小, which begins Japanese family
    names (日本小[林觉]九段, 日本的小[林实]: no familiar 小 of a Chinese surname there), or after the 长 of
    长谷 (长|谷部茂利); or after
    日本 and a title, made whole as :func:`japanese_name` reads it, when no Chinese follows
    (日本央行行长植田[和男]12月1日) or
    jieba cuts it as one word before the Chinese (茂木敏充|陪同) or a particle or a verb of speaking
    follows (茂木敏充|则, 赤泽亮正|表示, jieba's 赤泽亮|正|表示):
    not where a word may begin after it (茂木敏|充当天 or 茂木敏充|当天?), nor over a word
    (日本学者严正[指出]，); and where the model began it a character or two after the title and
    ends it there too (主教练中|田久美)."""
    if text[start - 1:start] == "小" and text.endswith(("日本", "日本的"), 0, start - 1) and 2 <= end - start <= 3:
        return start - 1, end
    if text[start - 1:start] == "长" and text[start] == "谷" and not text.endswith(TITLES_OF_TWO_OR_MORE, 0, start):
        return start - 1, end  # 长|谷部茂利, 长|谷川: 长谷 begins Japanese family names (not 会长|谷口清太郎)
    if "日本" not in text[max(0, start - 24):start] and "日籍" not in text[max(0, start - 24):start] \
            and not after_japanese_office(text, start):
        return start, end  # (cheaply, before the titles are tried)
    found = start
    if text[start - 1:start] == "小" and text.endswith(TITLES_OF_TWO_OR_MORE, 0, start - 1):
        start -= 1  # 知事小|池|百合子: the model read 小池 as a familiar form of a surname
    title = next((t for t in TITLES_OF_TWO_OR_MORE if text.endswith(t, 0, start)), None)
    for left in (1, 2):  # 主教练中|田久美, 团长中村|时广: the model left the family name, or a part, to the title
        if title is None and not BEFORE_NAMES.intersection(text[start - left:start]) \
                and (title := next((t for t in TITLES_OF_TWO_OR_MORE if text.endswith(t, 0, start - left)), None)):
            start -= left  # (not over a word that stands before names: 日本棋手[和]徐奉洙)
    if title is None or not JAPANESE_TITLED.search(text, max(0, start - len(title) - 8), start - len(title)) \
            and not title.endswith(_JAPANESE_OFFICES):
        return found, end
    whole = japanese_name(text, start)
    if whole is not None and start < found and whole[1] == end - 1 and text[end - 1] in IN_NO_JAPANESE_NAME:
        end -= 1  # (and a particle it took: 中村|时广[则]表示)
    if whole is None or whole[1] < end or whole[1] == end and start == found \
            or whole[1] - end >= 2 and dictionary().tags([text[end:whole[1]]]).get(text[end:whole[1]], "n")[:1] \
            not in _NAMING_TAGS:  # (not over a verb: 日本学者严正[指出]; but 万波|中正, a proper noun's characters)
        return found, end
    if whole[1] == end:
        return whole  # (where the model ends it too, whatever follows: 中田久美|赛后表示)
    if HAN.match(text, whole[1]) and text[whole[1]] not in IN_NO_JAPANESE_NAME:
        # Chinese follows: whole only where jieba cuts it as one word (茂木敏充|陪同) or ends a word at
        # its end (万波|中正|分别; not 茂木敏|充当|天), or a particle that begins no word of a name does
        # (茂木敏充|则表示, jieba's 茂木敏|充则)
        import jieba

        words = list(jieba.cut(text[start:whole[1] + 6]))
        if text[whole[1] - 1] in CONJUNCTIONS and not conjunction_of_the_name(text, *whole):
            return found, end  # (an 'and' ends it only as that allows: 岩屋毅[和]韩国外交部长官, jieba's 岩屋|毅和)
        return whole if words[0] == text[start:whole[1]] or whole[1] - start in accumulate(map(len, words)) \
            or text[whole[1] - 1] == "郎" or whole[1] - whole[0] == 5 or conjunction_of_the_name(text, *whole) \
            or speaks(text[whole[1]:whole[1] + 12]) else (found, end)
        # (郎 ends a given name, 小泉正次郎|表示, and a name of five: 小池百合子|表示)
    if HAN.match(text, whole[1]) and dictionary().tags([text[whole[1] - 1:whole[1] + 1]]):
        return found, end  # (a particle that makes a word with the character before it: 丸佳浩|正在)
    return whole


def yi_whole(text: str, start: int, end: int, bounds: Container[int]) -> tuple[int, int]:
    """A Yi name of four the model cut after its family name or a character later (吉克|石布商量, 沙马拉|则说,
    阿西阿|呷回到), made whole as :func:`yi_name` reads it."""
    return (start, start + 4) if 2 <= end - start <= 3 and yi_name(text, start, start + 4, bounds) else (start, end)


def yi_name(text: str, start: int, end: int, bounds: Container[int]) -> bool:
    """Is ``text[start:end]`` a Yi name, in a text that names the Yi (彝族, 彝家, 凉山): a common Yi family name of two
    and two Chinese characters more, ending where one of jieba's words ends (``bounds``)? Its last character is no
    word glued on (沙马拉[则]: 则 ends Yi given names)."""
    return end - start == 4 and text[start:start + 2] in YI_FAMILY_NAMES and end in bounds \
        and HAN_RUN.fullmatch(text, start + 2, end) is not None and _NAMES_THE_YI.search(text) is not None


_NAMES_THE_YI = re.compile("彝|凉山")


def vietnamese_whole(text: str, start: int, end: int) -> tuple[int, int]:
    """A Vietnamese woman's name the model cut to its family name before 氏 (Thị, the middle name of
    most: 武[氏映春]为代理国家主席), in a text about Vietnam; her given name is of two characters,
    or one before a character that ends no name (阮氏萍[说])."""
    if end - start != 1 or text[end:end + 1] != "氏" or "越南" not in text or not HAN_RUN.fullmatch(text[end + 1:end + 2]):
        return start, end
    two = HAN_RUN.fullmatch(text[end + 2:end + 3]) and text[end + 2] not in NEVER_NAME_FINAL
    return start, end + (3 if two else 2)


# The offices of Japan's cabinet as the mainland's press writes them, its parties' secretary-general and
# leader (干事长, 党首: each of the corpora's 7 and 8 before a name is a Japanese party's) and its prefectures'
# governor (知事): after 日本 anywhere before, a name after one is Japanese however far back the country was
# named (农林水产大臣小泉进次郎). Other countries have a 首相 too: after it, only a name read as a Japanese
# one is (首相高市早苗领导的).
_JAPANESE_OFFICES = ("大臣", "官房长官", *JAPANESE_MINISTERS, "首相", "干事长", "党首", "知事")


def after_japanese_office(text: str, start: int) -> bool:
    """Does an office of Japan's cabinet end at ``start``, in a text that names Japan before it?"""
    return text.endswith(_JAPANESE_OFFICES, 0, start) and text.find("日本", 0, start) >= 0


def japanese_in_office(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a Japanese name after an office of Japan's cabinet (首相高市早苗领导的), as
    :func:`japanese_name` reads one (not 首相[今秋若能]成行)?"""
    return after_japanese_office(text, start) and japanese_name(text, start) == (start, end)


# In no Japanese name as Chinese writes it: particles, prepositions, adverbs, a negation, degrees and pronouns.
IN_NO_JAPANESE_NAME = frozenset("的了着过之在说对把被向从以于与及等将就都也还则却便均已亦为不没很最这他她它我你")
# Adverbs that may stand in a family name (中曾根康弘) but begin no given name after one of two (首相桥本[曾]开过玩笑).
_BEGINS_NO_GIVEN_NAME = frozenset("曾又再")
# jieba's tags of the words a Japanese family name may be (大谷 n, 山本 ns, 村上 s, 安倍 nr): nouns
# and names, never a numeral, adverb or verb (首次, 连连, 访华).
_NAMING_TAGS = frozenset("nsz")


# A transliteration right after its country and 的 (or 人, 籍, 队的), ending where a list goes on or the clause
# ends: 法国的福塞和罗马尼亚的德拉格米尔, 负于丹麦的本特森，.
_OF_A_COUNTRY = re.compile("(?:" + "|".join(sorted(COUNTRIES, key=len, reverse=True)) + ")(?:的|人|籍|队的)("
                           + TRANSLIT_CLASS + "{2,7})(?=[和与及、，。；])")


def of_a_country(text: str) -> list[tuple[int, int]]:
    """Transliterations named by their country (丹麦的本特森，, 印度尼西亚的努尔、科威特的塔基和) that jieba's
    dictionary has as no word or as a name, seldom counted. Of the training corpora's 44 such runs, 40 are annotated
    names (not 埃克森, 蒂罗尔, 保姆, 达马托法); the model, which has no feature for a country, passes many over."""
    return [match.span(1) for match in _OF_A_COUNTRY.finditer(text)
            if dictionary().tags([name := match.group(1)]).get(name, "nr").startswith("nr")
            and dictionary().frequency(name) < COMMON_AS_A_WORD]


_CLAUSE_START = re.compile(r"(?:^|(?<=[，。；：！？]))[\u4e00-\u9fff]{5}", re.M)


def japanese_of_five(text: str) -> list[tuple[int, int]]:
    """In an article that names Japan, a Japanese name of five opening a clause, its given name ending in 郎 but
    not in a common word of jieba's (新郎, 女郎) (，小泉进次郎在首轮投票中, jieba's 小泉|进|次郎): the model, seeing
    no title, passes it over. Of the training corpora's 63 names of five, the 13 that end in 郎 or 子 are all
    Japanese (not 子 here: clauses open with a word that ends in a noun of 子 too, 刚放下担子, 气魄和步子)."""
    if not names_japan(text):
        return []
    return [whole for match in _CLAUSE_START.finditer(text) if (whole := japanese_man_of_five(text, match.start()))]


# A Japanese pair of doubles players as sports news writes it, after 日本 and the word for a pair or a player:
# 日本组合吉村真晴/大藤沙月, 日本选手张本智和/早田希娜.
_JAPANESE_PAIR_BEFORE = re.compile(r"(?:日本|日籍)[\u4e00-\u9fff]{0,6}?(?:组合|选手|搭档|名将|好手|球员)")


def japanese_pairs(text: str) -> list[tuple[int, int]]:
    """Both names of a Japanese pair of doubles players, each as :func:`japanese_name` reads one, parted by a slash
    after 日本 and the word for a pair (日本组合吉村真晴/大藤沙月, which jieba cuts 吉村|真|晴 and 大藤沙|月: the model,
    which has seen few Japanese names and no pair of them, passes both over)."""
    pairs = []
    for match in _JAPANESE_PAIR_BEFORE.finditer(text):
        first = japanese_name(text, match.end())
        if first is not None and text[first[1]:first[1] + 1] in ("/", "／") \
                and (second := japanese_name(text, first[1] + 1)) is not None:
            pairs += [first, second]
    return pairs


_JAPANESE_FAMILY_NAME = re.compile("|".join(sorted(JAPANESE_FAMILY_NAMES, key=len, reverse=True)))
# What ends no Japanese given name after a family name: a place's or a body's ending (增田町, 福井县), and a locative
# or adverb of one character (一座小山[上], 中村[仅]落后).
_ENDS_NO_JAPANESE_GIVEN_NAME = frozenset("县市区町村镇岛") | _LOCATIVES | frozenset("仅只也都还又已")


def japanese_by_family_name(text: str, bounds: set[int]) -> list[tuple[int, int]]:
    """In a text that names Japan, the Japanese names that begin with one of its common family names, as
    :func:`japanese_name` reads them, with a given name after it that jieba's words (``bounds``, where they begin
    and end) leave whole (:func:`_japanese_given_name`). Of the 60 such runs in the training corpora's texts about
    Japan, 57 are annotated names; the tagger, which has seen few Japanese names, passes some over
    (片山皋月出任财务相) or cuts them short (小[林宏之])."""
    if not names_japan(text):
        return []
    ordered = sorted(bounds)
    found = []
    for match in _JAPANESE_FAMILY_NAME.finditer(text):
        whole = japanese_name(text, match.start())
        if whole is not None and whole[1] > match.end() \
                and _japanese_given_name(text, match.end(), whole, bounds, ordered):
            found.append(whole)
    return found


def _japanese_given_name(text: str, at: int, whole: tuple[int, int], bounds: set[int], ordered: list[int]) -> bool:
    """Is ``text[at:whole[1]]`` the given name of the Japanese name ``whole``, whose family name ends at ``at``: the
    name begins and ends where jieba's words do (``bounds``, and ``ordered`` the same in order; not 日[本田]径, 小林实[伤]脑筋) and no word of
    jieba's but a name runs from its family name over (大西洋, 中山大学, 高山滑雪); its given name no word of jieba's
    dictionary but a name (上田[破例]拥抱), unless a rare one between a title and a verb of speaking
    (代表吉村[洋文]表示), or one character that is no verb, adverb or function word and no common word (中村[稔]; not
    上田[持]独身, 丰田[人]), or any, where jieba's dictionary holds the whole as a place (:func:`_placed_by_jieba`);
    not ending in 'and' (索尼、本田[和]丰田), nor before a place's or a body's ending (本田[公司])."""
    start, end = whole
    given, after = text[at:end], text[end:end + 4]
    begins = start == 0 or start in bounds or not HAN.match(text, start - 1)
    after_start = bisect_right(ordered, start)
    word_end = ordered[after_start] if after_start < len(ordered) else len(text)  # (of the word jieba begins there)
    across = at < word_end != end \
        and not dictionary().tags([text[start:word_end]]).get(text[start:word_end], "").startswith("nr")
    if not begins or end not in bounds or across \
            or given[-1] in CONJUNCTIONS or given[-1] in _ENDS_NO_JAPANESE_GIVEN_NAME \
            or after.startswith(PLACE_AFTER) or after.startswith(ORG_AFTER):
        return False
    if _placed_by_jieba(whole_name := text[start:end], dictionary().tags([whole_name])):
        return True  # (吉田松阴, a place to jieba's dictionary, whose 松阴 is one too)
    tag = dictionary().tags([given]).get(given, "")
    if len(given) == 1:
        return tag[:1] not in _NO_GIVEN_CHARACTER_TAGS and dictionary().frequency(given) <= _COMMON_GIVEN_CHARACTER
    return not tag or tag.startswith("nr") or dictionary().frequency(given) < _COMMON_WORD and (
        text.endswith(TITLES_OF_TWO_OR_MORE, 0, start) or speaks(text[end:end + 12]))


# jieba's tags of what is no Japanese given name of one character: verbs, adverbs, prepositions, conjunctions,
# particles and pronouns; nor is a character of more uses than that of 实 (小林实), 5,000 in jieba's counts.
_NO_GIVEN_CHARACTER_TAGS = frozenset("vdpcur")
_COMMON_GIVEN_CHARACTER = 5000


def japanese_man_of_five(text: str, start: int) -> tuple[int, int] | None:
    """The Japanese name of five at ``start`` whose given name ends in 郎 and in no common word of jieba's (小泉进次郎;
    not 新郎), as :func:`japanese_name` reads one."""
    whole = japanese_name(text, start)
    if whole is None or whole[1] - whole[0] != 5 or text[whole[1] - 1] != "郎" \
            or dictionary().frequency(text[whole[1] - 2:whole[1]]) >= COMMON_AS_A_WORD:
        return None
    return whole
