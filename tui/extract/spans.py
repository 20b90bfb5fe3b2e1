"""The tagger's spans made names: trimmed and unglued from the words around them, run on to a
given name the model cut short or to a verb of speaking, a surname tagged alone joined to the given
name after it (丁|薛祥), and told apart from a title they sit in.

Offsets are into the text folded to simplified characters, which has the same offsets as the text.
"""

from __future__ import annotations

import re
from collections.abc import Container

from tui.dates import scan as scan_dates
from tui.extract.context import Context, acts, before_done, glued_before_zhe, speaks, spoke_when_meeting, spoke_where
from tui.extract.dictionary import COMMON_AS_A_WORD, FUNCTION_TAGS, LINKING_TAGS, dictionary
from tui.extract.foreign import JAPANESE_ENDINGS, conjunction_of_the_name, japanese_name, names_japan
from tui.extract.lexicon import (
    ADDRESS_AFTER,
    ADDRESS_SHORT,
    ARMED_SERVICES,
    AUNTS,
    BEGIN_WORDS_AFTER_NAMES,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    COUNTRIES,
    GLUED_AFTER,
    JAPANESE_FAMILY_NAMES,
    KINSHIP,
    MILITARY_RANKS,
    MODAL_VERBS,
    NAME_DOTS,
    NAME_FINAL_GLUE,
    NEVER_NAME_FINAL,
    ORDINARY_PEOPLE,
    ORG_HEADS,
    PERSON_ACTIONS,
    ROLE_TITLES,
    SEATS_OF_POWER,
    SENDING,
    SEXED,
    SPEECH_VERBS,
    SURNAMES,
    TITLES,
    TITLE_PREFIXES,
    TOLD_BY_SURNAME,
    TRANSLIT,
    WHY_OR_WHAT_MEANT,
)
from tui.extract.shapes import (BEFORE_NAMES, BEGINS_NO_NAME, BEGINS_TRANSLITERATIONS, CONJUNCTIONS, DAY_AFTER,
                                GLUED_ADVERBS, HAN, HAN_RUN, NAME_SUFFIXES, NOT_GIVEN, NOT_LAST, REGNAL, TITLE_AT,
                                TITLES_OF_TWO_OR_MORE, begins_with_any_surname, given_more_than_surname, has_surname,
                                literal_spans, plain_word, times_written, translit_share)


# After a surname, a person the text names by surname alone: 某 (王某), and in Taiwan's press a man, a
# woman, a wife, an old man or woman, a suspect (陳男, 張女, 林婦, 王翁, 李嬤, 黃嫌). None of the corpora's
# names of two that begin with a surname of the table ends so (织女 does, 织 no surname).
_SURNAME_ONLY_AFTER = SEXED | {"某"}
_FOR_SOMEONE = frozenset("为给替同跟")  # prepositions of whom something is done for or with (为X送去, 给X寄, 替X画, 同X)


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


def before_a_doubled_adverb(text: str, start: int, end: int) -> tuple[int, int]:
    """A name of three before its last character again, where the two make an adverb, is a name of two (李明天|天都来:
    李明, 天天; as 冯强渐渐感到, 鲁迅刚刚从): of the corpora's names of three, two stand before their last character
    again, and one so doubled makes such a word, 李福重重返."""
    form = text[start:end]
    if len(form) == 3 and text[end:end + 1] == form[2] \
            and dictionary().tags([text[end - 1:end + 1]]).get(text[end - 1:end + 1], "")[:1] in _DOUBLED_ADVERBS:
        return start, end - 1
    return start, end


def after_a_joined_name(text: str, start: int, end: int, name_ends: Container[int]) -> tuple[int, int]:
    """A name the tagger began with the 和, 与 or 及 that joins it to a name ending there is the name after it
    (林雨薇[和]田雨萌, jieba's 和田, a place): of the corpora's 383 such joiners between two names, none begins the second."""
    if text[start:start + 1] in _JOINERS and start in name_ends and end - start >= 3 and text[start + 1] in SURNAMES:
        return start + 1, end
    return start, end


def before_a_joined_name(text: str, start: int, end: int, name_starts: Container[int]) -> tuple[int, int]:
    """A surname and two characters the tagger ended with the 和, 与 or 及 that joins it to a name beginning there is
    the name of two before it (汪顺[和]季新杰分获, jieba's 顺和): of the corpora's names, 102 of two stand before such a
    joiner and a name, two of three end in one before a name; not where the three are written elsewhere before no name
    (陈金和配对)."""
    if end - start == 3 and text[end - 1] in _JOINERS and end in name_starts and has_surname(text[start:end]) \
            and all(other in name_starts for _start, other in literal_spans(text, text[start:end])):
        return start, end - 1
    return start, end


_JOINERS = ("和", "与", "及")
_DOUBLED_ADVERBS = ("d", "t", "a", "z")  # jieba's tags of a doubled adverb, time word or adjective (渐渐, 天天, 高高, 悄悄)


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
    (博索纳罗[之子]: no name of the training corpora ends so) or a title after it (乔·布林[博士]), nor the building
    before it that the press names a government by ([白宫]尼克松总统), nor the first characters of a body's head it
    ran into (诺贝尔[基金]会); a Chinese name of
    four without the preposition, conjunction or particle glued after three (刘纪原[据]); nor with the 第 of an
    ordinal after it (马尔穆什[第]88分钟), nor with a time word after it (川普[近月])."""
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
        padded = PADDED_NAME.match(text, start, end)  # (a name padded, then a space and what follows: 李 静　图/)
        end = padded.end() if padded and text[padded.end()].isspace() else start + space.start()
    if end - start >= 2 and text[start] in SURNAMES and text[start + 1] in AUNTS and text[start] != "阿":  # (阿姨)
        end = start + 2  # (孙姨[人]特别好: an aunt by her surname, whose mention is the surname, as the panel marks it)
    if end - start == 3 and text[start] == "小" and text[start + 1] not in SURNAMES \
            and HAN_RUN.fullmatch(text, start, end) and not names_japan(text):
        start += 1  # ([小]俊平: a child's given name, annotated so 20 times in the corpora; not Japan's 小村武)
    if end - start >= 4 and text[end - 2] == "之" and text[end - 1] in _KIN_AFTER_ZHI:
        end -= 2
    if (seat := next((s for s in SEATS_OF_POWER if text.startswith(s, start)), "")) and end - start - len(seat) >= 2:
        start += len(seat)  # (当时[白宫]尼克松总统: the building the press names a government by, no name's part)
    if (begun := _head_begun(text, end)) and end - start - begun >= 2:
        end -= begun  # (诺贝尔[基金]会执行主任: a body's head begun inside the span; of the corpora's names, none ends so)
    titles = _TITLES_AFTER.get(text[end - 1:end], ())
    if (title := next((t for t in titles if text.startswith(t, end - len(t))), None)) and end - start - len(title) >= 2:
        end -= len(title)  # (乔·布|林博士: jieba's 林博士 a name)
    if end - start == 4 and text[start] in SURNAMES and text[start:start + 2] not in COMPOUND_SURNAMES \
            and HAN_RUN.fullmatch(text, start, end) and translit_share(text[start:end]) < 1 \
            and dictionary().tags([text[end - 1]]).get(text[end - 1], "n")[:1] in LINKING_TAGS \
            and text[end - 2:end] not in dictionary().tags([text[end - 2:end]]):
        end -= 1  # (总经理刘纪原[据]报道: of the corpora's 204 Chinese names of four, none ends in a function word;
        # a word of two there is another rule's, 赵实[欣然])
    if end - start >= 3 and text[end - 1] == "一" and _TOGETHER.match(text, end):
        end -= 1  # (女儿张梅[一]起来了: 一起, 'together', jieba's 一|起来; of the corpora's names, 19 stand before 一起,
        # 一道, 一块 or 一齐, none ends in its 一; but 陆定一同志)
    if end - start >= 3 and text[end - 1] == "第" and _NUMERAL.match(text, end):
        end -= 1  # (马尔穆什[第]88分钟: 第 before a number begins an ordinal; 22 of the corpora's names stand before
        # one, none ends in it, though five end in 第 elsewhere, 法拉第)
    if end - start >= 4 and not any(dot in text[start:end] for dot in NAME_DOTS) and text[end - 1] != "世" \
            and dictionary().tags([text[end - 2:end]]).get(text[end - 2:end], "").startswith("t") \
            and not dictionary().tags([text[end - 3:end]]):  # (本赛季 is a word of its own, another rule's)
        end -= 2  # (川普[近月]多次: jieba's 川普近|月; of the corpora's names of four or more, four end in a time word of
        # its dictionary: a regnal number, 亨利八世, a dotted name's 东汉, and Japan's 山本未来)
    return start, end


_NUMERAL = re.compile("[0-9０-９一二两三四五六七八九十百]")
_TOGETHER = re.compile("[起道块齐]|同(?!志)")  # after 一: 'together' (一起, 一同), not 同志 after a name ending in 一


_ON_THE_PHONE = re.compile("[了过]?电话")  # (after the 通 of 通电话, spoke on the phone)


# The kin a name is written to have with 之 (之子, 之女, 之妻).
_KIN_AFTER_ZHI = frozenset("子女妻夫父母兄弟")


def _by_last_character(words: set[str]) -> dict[str, tuple[str, ...]]:
    """``words`` by their last character, the longest first (what ends at a place is found at once)."""
    return {last: tuple(sorted((w for w in words if w[-1] == last), key=len, reverse=True))
            for last in {w[-1] for w in words}}


# Titles and forms of address of two characters or more, which end one of the corpora's names (居里夫人,
# so not 夫人): a title the tagger ran a name on into is no part of it.
_TITLES_AFTER = _by_last_character({t for t in (*TITLES, *ROLE_TITLES, *ADDRESS_AFTER) if len(t) >= 2} - {"夫人"})


def _unclosed(span: str) -> bool:
    """Does ``span`` open a bracket it does not close?"""
    return sum(c in "（(" for c in span) > sum(c in "）)" for c in span)


# A name of two characters padded to the width of three, as official lists write them (马  丽, 刘　洋).
PADDED_NAME = re.compile("[\u4e00-\u9fff](?: {1,3}|\u3000{1,2})[\u4e00-\u9fff]")


def unpadded(form: str) -> str:
    """A name as written in a list, without the padding inside it (马丽 of 马  丽)."""
    return re.sub(r"[ \u3000]", "", form) if PADDED_NAME.fullmatch(form) else form


_STOPS = frozenset("，。、；：！？」』”“《》,;:!?")

# Of those, the ones that the corpora's names of two characters stand before 194 times and those of
# three end three times (李敬则认为, 祝源又); names of three stand before one 443 times and those of four
# end in one never: one glued to a name after a surname is no part of it. (均 ends eight names of
# three, 都 two: 刘广均, 杜侠都.)
_ADVERBS_NOT_FINAL = GLUED_ADVERBS - frozenset("都皆均")
# The words glued to names that end none: of the corpora's names all of whose characters but the last
# transliterate, one ends in one of these (戴瑞同), and 774 stand before one (在, 等, 为, 同, 时, 及, 则).
_GLUED_NOT_FINAL = GLUED_AFTER - NAME_FINAL_GLUE
_ACTS_OF_TWO = tuple(verb for verb in (*PERSON_ACTIONS, *SPEECH_VERBS) if len(verb) >= 2)
_RANKS = tuple(MILITARY_RANKS)
_KIN_OF_TWO = tuple(sorted((k for k in KINSHIP if len(k) >= 2), key=len, reverse=True))
_COUNTED = ("二人", "两人", "三人", "俩")  # 'the two', 'the three' after the names of a list
# What one did that something went through them (经X介绍, 经X同志批准), a form of address or title between.
_THROUGH = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:亲自|亲手)?(?:介绍|引荐|推荐|批准|审定|同意|签字|请求|协调|牵线)")
_SAYS_ONE = ("说", "道", "称")  # the verbs of saying of one character that follow a name

# Names of four: not 也, which ends Japanese given names (哲也, 拓也); but 正, 仍, 先, 再 and 亦, which
# end none of the corpora's names of four (names of three stand before them 259 times), though jieba
# runs one into a word with the name's last character (黎海|超正|和同事们).
_ADVERBS_NOT_FOURTH = _ADVERBS_NOT_FINAL - {"也"} | frozenset("正仍先再亦")


def unglued(text: str, start: int, end: int, tagged: set[str]) -> tuple[int, int]:
    """A tagged span unglued for as long as what is left is shorter (梅西[本赛季]: 梅西本, then 梅西)."""
    while True:
        new_start, new_end = _unglued_once(text, start, end, tagged)
        if not start <= new_start <= new_end <= end or (new_start, new_end) == (start, end):
            return new_start, new_end
        start, end = new_start, new_end


def _last_parts(tagged: set[str]) -> set[str]:
    """The last parts, of two characters or more, of the dotted names in ``tagged`` (斯塔默 of 基尔·斯塔默)."""
    return {last for form in tagged if any(d in form for d in NAME_DOTS)
            and len(last := re.split(f"[{NAME_DOTS}]", form)[-1]) >= 2}


def _a_word_begun_inside(text: str, start: int, end: int) -> bool:
    """Do the span's first two characters make a word of jieba's dictionary, no name, or begin with no surname nor
    transliteration, and its last begin a run of three the text writes twice more elsewhere, not after them
    (提振|英伟达 beside 英伟达首席执行官, 英伟达向中国出口: a name the dictionary lacks, of a company, and a verb before it)?"""
    head, run = text[start:end - 1], text[end - 1:end + 2]
    if not HAN_RUN.fullmatch(run) or len(run) < 3 \
            or dictionary().tags([head]).get(head, "nr").startswith("nr") \
            and (head[0] in SURNAMES or translit_share(head) == 1):
        return False
    return sum(1 for at in literal_spans(text, run) if text[at[0] - 2:at[0]] != head) >= 2


def _country_before(form: str) -> int:
    """How long the country is that begins ``form`` when two characters or more follow it (0 when none)."""
    return next((size for size in range(len(form) - 2, 1, -1) if form[:size] in COUNTRIES), 0)


_RECEIVES = "接"  # (takes a pass: 接传中, 接直塞)
_AT_OR_FROM = "在从"
_GIVEN_NOT_GLUED = frozenset("生胜")  # what ends given names and glues after one only as a word's start (生于, 胜过)
_FAMILIAR_ELDERS = ("哥", "姐")  # elder brother, elder sister: after a given name, how a younger one calls a friend
_NUMERAL_AFTER = re.compile("[0-9０-９一二三四五六七八九十两]")
_LONG_TITLES = tuple(title for title in ROLE_TITLES if len(title) >= 3)  # (副总统: 蕭[副]總統)


def _unglued_once(text: str, start: int, end: int, tagged: set[str]) -> tuple[int, int]:
    """A tagged span made a name as annotated news marks it: without 老 or 小 before a surname
    and 某 or a title after it (老[王], [黄]某, [董]医生), or the 通 of a phone call (纳诺[通]了电话); without the
    end of a word glued before a transliteration tagged alone elsewhere (感[谢]普罗迪), or a verb of sending or
    asking ([派]萨默斯出访); without a one-character word glued after the name
    (王民岗[谈], 王建平[时]常, 黑尔·毕什[站]) when what is left is still a name (three
    characters, or two tagged on their own elsewhere), a word glued after a name tagged alone
    elsewhere (陈杰宪[赛后]), or an adverb after a name that begins with no surname (川普[則]);
    and with the character a tagger cut off
    when it stands before an enumeration comma, the end of a sentence or 则, where no conjunction
    can (苏小[和]、曹林, 张本智[和]。, 井端弘[和]则坦言)."""
    form = text[start:end]
    if not form:  # nothing left once the dots and spaces at its edges went
        return start, end
    if len(form) >= 3 and form[-1] == "云" and translit_share(form[:-1]) == 1 \
            and dictionary().tags([form[:-1]]).get(form[:-1], "") in ("nrt", "nz", "nt"):
        return start, start  # [阿里云]宣布降价: a company's cloud, no one (of the corpora's 205 names of three or more
        # that end in 云, none is a foreign name, a brand or a body of jieba's before it; jieba's 阿里 is a foreign name)
    if len(form) >= 5 and text[end:end + 1] == "奖" and plain_word(form[-2:]) and translit_share(form[:-2]) == 1 \
            and translit_share(form[-2:]) < 1:
        return start, end - 2  # 诺贝尔[和平]奖: the field of a prize named after someone (of the corpora's 23 names
        # before 奖, one ends in a plain word of jieba's, 水上泷太郎, no transliteration before it)
    if 0 < (at := form.find(_RECEIVES)) < len(form) - 1:
        # C罗[接]若昂·菲利克斯传中: the verb of one who takes another's pass, which none of the corpora's 37,625
        # names holds, between two: the dotted one is the passer's, else the first the receiver's
        dotted_after = any(d in form[at:] for d in NAME_DOTS)
        return (start + at + 1, end) if dotted_after else (start, start + at)
    if form.startswith(_ONCE_OR_THEN):
        return start, start  # [曾任光]明日报副总编辑: 'once served as', whose 曾 and 时 are surnames too (of the corpora's 191
        # 曾任, 时任 and 曾经, none is in a name)
    if len(form) >= 2 and form[0] in SURNAMES and form[1] == "姓":
        return start, start + 1  # [王]姓男子: someone told by surname alone (and shown so, 王姓男子)
    if text[start - 1:start] == "姓" and _TOLD_AFTER_SURNAME.fullmatch(form):
        return start, start  # 王姓[老翁]说: who one told by surname is (an 'old man' jieba holds a name, 老|翁)
    if len(form) >= 2 and form[-1] in "昨今明" and text[end:end + 1] in ("（", "(") \
            and _DAY_IN_BRACKETS.match(text, end + 1):
        return start, end - 1 if len(form) >= 3 else start  # 昆凌[昨]（4日）, [將於明]（6）日: the day, as Taiwan's
        # press writes it after 'yesterday', 'today' or 'tomorrow' (and no one of a character left)
    if len(form) >= 3 and form[-1] == "通" and _ON_THE_PHONE.match(text, end):
        return start, end - 1  # 与纳诺[通]了电话: of the corpora's names, six stand before such a 通, none ends in it
    if len(form) >= 3 and form[-1] == "合" and dictionary().tags([text[end - 1:end + 1]]):
        return start, end - 1  # 与她的顾问贝亚特·鲍曼[合]著: 'together', of a deed done with someone (合著, 合作, 合影); of the
        # corpora's names, 14 stand before such a 合, none of the five that end in 合 does
    if len(form) >= 3 and form[0] in SENDING and translit_share(form[1:]) == 1:
        return start + 1, end  # 此次[派]萨默斯出访: a verb of sending or asking glued before a transliteration
    if len(form) >= 4 and form[1:] in tagged and translit_share(form) == 1 and dictionary().tags([text[start - 1:start + 1]]):
        return start + 1, end  # 感[谢]普罗迪: the end of a word glued before a name tagged alone elsewhere (of the
        # corpora's transliterations of four or more so written, none is a name written alone too)
    if len(form) >= 3 and form[0] in SURNAMES and form[1] in SEXED \
            and (form[0] + "姓" in text or "姓" + form[0] in text):
        return start, start + 1  # 林姓男子……[林]男則依行賄罪: the short form of one so told, and nothing glued after it
    if len(form) >= 2 and text.startswith(_LONG_TITLES, end - 1):
        return start, end - 1  # 蕭[副]總統: the last character begins a title of three or more (of the corpora's
        # names, one so ends, 和平新[党]代表)
    if form.endswith(_CREDITS) and not HAN.match(text[end:end + 1]):
        # （受访者[供图]）: who gave the picture, no one's name; nor a word of jieba's before it that names none
        # (（片方供图）, the film's makers)
        giver = form[:-2]
        tag = dictionary().tags([giver]).get(giver)
        named = tag.startswith("nr") if tag else len(giver) >= 2 and (has_surname(giver) or translit_share(giver) == 1)
        return (start, end - 2) if named else (start, start)
    if len(form) >= 3 and (spoke_when_meeting(text, end - 1) or spoke_where(text, end - 1)):
        return start, end - 1  # 会见总统绍约姆[时]指出, 主席李安[在]致辞中说
    if len(form) == 3 and has_surname(form) and translit_share(form) < 1 and before_done(text, end):
        return start, end - 1  # 医生周颖[冲]了过去: the verb of a deed done, jieba's 周颖冲 (of the corpora's names, one
        # stands before the particle of one, 孙权了。, and none of three)
    if len(form) == 3 and form[-1] in _FAMILIAR_ELDERS and any(len(t) == 3 and t[1:] == form[:2] for t in tagged):
        return start, end - 1  # 输给楚钦[哥]: the given name of one named whole elsewhere (王楚钦), and how a younger
        # team-mate calls him
    if len(form) == 3 and form[-1] in _AT_OR_FROM and has_surname(form) and translit_share(form) < 1 \
            and (_next_word_tag(text, end)[:1] in ("v", "s") or _next_word_tag(text, end) == "ns"):
        return start, end - 1  # 志愿者张晓[在]交谈, [在]北京工作, [从]北京赶来: 'at' or 'from', before a verb or a place; of
        # the corpora's names, 1,228 stand before 在 and 142 before 从; of three, one ends in 在, 刘山在, written thrice,
        # before 和 and a stop, and one in 从, 黄关从, in a list
    if len(form) >= 3 and form[-1] == "以" and _NUMERAL_AFTER.match(text, end):
        return start, end - 1  # 王振[以]2米28的成绩卫冕: 'with' a result; of the corpora's names, 73 stand before 以 and a
        # number, none ends in it there (张俊以 does elsewhere)
    if len(form) == 3 and form[0] in SURNAMES and form[-1] == "则" and _NUMERAL_AFTER.match(text, end):
        return start, end - 1  # 陈梦[则]0:3不敌: 'while', before a score; of the corpora's names, 20 of two stand before
        # 则, one of three ends in it (李敬则认为)
    if len(form) >= 3 and form[-1] == "地" and plain_word(form[:-1]) and (
            speaks(text[end:end + 12]) or dictionary().tags([text[end:end + 2]]).get(text[end:end + 2], "")[:1] == "v"):
        return start, start  # 董事长[高兴地]说: how one speaks or acts, no one (of the corpora's names that end in 地,
        # 甘地, 苗地, 夏光地, none is a plain word and 地 before a verb)
    if len(form) == 3 and _a_word_begun_inside(text, start, end):
        return start, start  # 将显著提振[英]伟达在华业绩……英伟达首席执行官: a word's end and another's beginning, no one
    if nationality := next((size + 1 for size in range(2, len(form))
                            if form[:size] in COUNTRIES and form[size] == "人"), 0):
        return start + nationality, end  # [波兰人]安杰依, 主教练[波兰人]: a nationality, with which none of the corpora's
        # names begins
    if (country := _country_before(form)) and "·" not in form and translit_share(form[country:]) == 1:
        return start + country, end  # [巴西]卡多佐总统: of the corpora's 37,625 names, none begins with a country
        # and two characters more (巴西尔, 韩国英: one more; and not a Chinese name, 韩国文[昨])
    if len(form) == 4 and form[0] in SURNAMES and form[:2] not in COMPOUND_SURNAMES and translit_share(form) < 1 \
            and HAN_RUN.fullmatch(form) and dictionary().tags([form[2:]]).get(form[2:], "")[:1] in ("v", "d"):
        return start, end - 2  # 周浩[冲进]浓烟, 赵实[欣然]参加: of the corpora's names of four, none that begins with a surname
        # ends in a verb of jieba's
    if len(form) == 4 and form[0] in SURNAMES and form[:2] not in COMPOUND_SURNAMES and translit_share(form) < 1 \
            and HAN_RUN.fullmatch(form) and text[end:end + 1] in _SAYS_ONE and not names_japan(text) \
            and form[2:] in (known := dictionary().tags([form[2:], form])) and form not in known \
            and not known[form[2:]].startswith("nr"):
        return start, end - 2  # 院长汪忠[评价]说, jieba's 评价 a noun: of the corpora's names of four that begin with a surname,
        # two end in a word of jieba's before 说, both Japanese (武村正义说, 高野纪元说), and one is a word itself (苏格拉底);
        # not where that word is a name to jieba (局长阿余拉哈说, a Yi name, jieba's 拉哈)
    if len(form) >= 4 and (after := _after_title_inside(form)):
        return end - after, end  # 卡塔尔埃米尔|塔米姆: of 37,625 annotated names, one holds a title before two characters more
    if len(form) >= 4 and 2 <= (inside := _title_begun_before(text, start)) <= len(form) - 2:
        return start + inside, end  # 拿督[斯里]安华: the end of a title written before the span
    if len(form) >= 3 and form[0] in _TITLE_LAST and (has_surname(form[1:]) or len(form) >= 4) and any(
            text.endswith(t, max(0, start + 1 - len(t)), start + 1) for t in TITLES_OF_TWO_OR_MORE):
        # the last character of a title (长官) is no name's; and where the tagger took it for the first of
        # three, the one after is the third (官金龙|显 of 国防部长官金龙显无期徒刑), unless it ends the name or
        # begins a word
        if len(form) == 3 and HAN.match(text[end:end + 1]) and text[end] not in NOT_LAST \
                and not dictionary().tags([text[end:end + 2], text[end:end + 3]]):
            return start + 1, end + 1
        return start + 1, end  # 国防部长官金龙显, 长官具润哲 (具, a Korean surname the table lacks)
    if len(form) == 3 and form[0] in SURNAMES and form[-1] == "一" and translit_share(form) < 1 \
            and dictionary().tags([text[end - 1:end + 1]]).get(text[end - 1:end + 1], "")[:1] in ("d", "v", "p") \
            and not dictionary().tags([form]) and _only_within(text, form, end):
        return start, end - 1  # 张丽[一]早就出门了: 一 begins an adverb or verb (一早, 一直, 一同); of the corpora's names, 12
        # of two stand before one, and one of three ends in its 一, a name of jieba's (陆定一同志)
    if len(form) == 3 and form[0] in SURNAMES and form[-1] in _ADVERBS_OF_ONE and translit_share(form) < 1 \
            and not dictionary().tags([form]) and _only_within(text, form, end) and not text.startswith(_REPORTS, end):
        return start, end - 1  # 妻子张丽[都]在外地: of the corpora's names, 613 stand before such an adverb, and four of
        # three end in one (two in 都, one in 也, one in 又; none in 还 or 就)
    if len(form) in (2, 3) and has_surname(form) and text[end:end + 1] in CONJUNCTIONS and _no_conjunction_after(text, end + 1):
        return start, end + 1  # 苏小[和]、曹林, 张本智[和]/早田希娜, 井端弘[和]则: no conjunction stands there
        # (则 and 却 follow a subject, not an 'and'; 也 or 还 may begin the next one's clause: 张伟和还在上学的弟弟)
    if len(form) >= 3 and has_surname(form) and form[-1] in CONJUNCTIONS and _no_conjunction_after(text, end):
        return start, end  # (and so keeps it where the tagger took it: 张本智和，)
    if conjunction_of_the_name(text, start, end) and _japanese_before(text, start):
        return start, end  # (a Japanese name made whole: 日本选手张本智和夺冠)
    if any(d in form for d in NAME_DOTS) and form[-1] in GLUED_AFTER \
            and not dictionary().tags([last := re.split(f"[{NAME_DOTS}]", form)[-1]]).get(last, "").startswith("nr"):
        return start, end - 1  # 黑尔·毕什[站]在乐池里 (not 苏布拉马尼亚姆·苏杰生, whose last part jieba knows)
    if any(d in form for d in NAME_DOTS) and form[-2] not in NAME_DOTS and form[:-1] in tagged \
            and not _only_within(text, form[:-1], end - 1) and plain_word(text[end - 1:end + 1]):
        return start, end - 1  # 萨比赫·汗[出]生于印度 beside 萨比赫·汗接任: a dotted name tagged alone elsewhere, then a
        # word begun with its last character (of the corpora's 1,006 dotted names, none without its last is a name too
        # where that character and the next make a word of jieba's)
    if (cut := next((at for at in range(start + 2, end) if text.startswith(WHY_OR_WHAT_MEANT, at)), None)) is not None:
        return start, cut  # 阿里·汗[因伤]退出, 贾·邓詹[本想]参加: 'for an injury', 'had meant to', which none of the
        # corpora's names holds (and 11 stand before)
    if form[-1] == "因" and len(last := re.split(f"[{NAME_DOTS}]", form)[-1]) >= (3 if last != form else 4) \
            and (dictionary().tags([text[end:end + 2]]).get(text[end:end + 2]) == "v"
                 or not _only_within(text, last[:-1], end - 1) or _FOR_WHAT.match(text, end)) \
            and not speaks(text[end:end + 12]) and not dictionary().tags([last]).get(last, "").startswith("nr"):
        return start, end - 1  # 阿卜杜拉·马蒙[因]配合调查: 'because of' a deed; of the corpora's names, 11 stand before 因 and
        # a verb of jieba's, two end in it there, 施泰因指出 (a verb of speaking) and 侯赛因决定 (a name of jieba's);
        # undotted, one of four or more (叶尔马克[因]反腐调查辞职): none of the corpora's names is; and before any word
        # where the text writes the name without it (雅伊尔·博索纳罗[因]策划政变罪……博索纳罗开始服刑: jieba's 策划, a noun),
        # or what it was for and the prize or penalty it brought (奥马尔·亚吉[因]金属有机框架研究获奖: none of the corpora's
        # names in 因 stands so)
    if any(d in form for d in NAME_DOTS) and form[-1] in MODAL_VERBS and len(re.split(f"[{NAME_DOTS}]", form)[-1]) >= 2:
        return start, end - 1  # 塔兹姆·坎[要]稍微幸运一些: none of the corpora's dotted names ends in a modal verb but a
        # slip, 皮埃罗·法西诺会以 (the table holds none of them)
    if any(d in form for d in NAME_DOTS) and len(last := re.split(f"[{NAME_DOTS}]", form)[-1]) >= 3 \
            and dictionary().tags([last[:-1]]).get(last[:-1], "").startswith("nr") \
            and (plain_word(text[end - 1:end + 1]) or bool(dictionary().tags([text[end - 1:end + 2]]))) \
            and not dictionary().tags([last]).get(last, "").startswith("nr") and not _only_within(text, last[:-1], end - 1):
        return start, end - 1  # 布朗尼·詹姆斯[本]场, [本赛季]: a last part of jieba's names the text writes without the
        # character, then a word of its dictionary of two or three, whatever its tag (本赛季 is a name to it; not
        # 尼尔·弗斯特|等人, jieba's 特等, with 弗斯 nowhere else)
    if len(form) == 2 and form[0] in "老小" and form[1] in SURNAMES \
            and not (form[0] == "小" and given_more_than_surname(form[1])):  # (小平: see little_given_names)
        return start + 1, end
    if len(form) == 3 and text[start - 1:start] == "老" and form[0] in SURNAMES and translit_share(form) < 1 \
            and not dictionary().tags([text[start - 2:start]]):
        return start, start + 1  # 老[陈]都会亲自泡茶, jieba's 陈都会: of the corpora's names right after 老, 61 are a
        # surname alone, one of three follows 老 only as the end of a word (孤老|陈独秀)
    if form[0] in SURNAMES and (form[1:] in ROLE_TITLES or form[1:] in ADDRESS_AFTER or form[1:] in _COUNTED
                                or form[1:] == "老" or (
            form[1:] == "公" and not dictionary().tags([form]).get(form, "").startswith("nr")) or (
            len(form) == 2 and text[start - 1:start] in ("老", "小") and form[1] in NOT_LAST)):
        return start, start + 1  # [董]医生, [唐]太太, [杜]公 (not 关公, a name of jieba's), 老[赵]找, 小[胡]正埋头,
        # 陈、[刘]二人 (of the corpora's names, nine stand before 二人, 两人, 三人 or 俩, none ends in one)
    if len(form) >= 4 and form[0] in SURNAMES and (title := next((t for t in TITLES if form.startswith(t, 1)), None)) \
            and len(form) - 1 - len(title) <= 1 and not HAN.match(text[end:end + 1] or " "):
        return start, start + 1  # “[李]校长好！”: a surname and a title, then a greeting, as the tagger ran it on
    if len(form) >= 3 and form[-1] in _FOR_SOMEONE \
            and any(text.startswith(name, end) for name in tagged if len(name) >= 2):
        return start, end - 1  # 民警孙超[为]吴佳怡送去, 张伟[同]李娜: 'for' or 'with' the one named next (in the
        # corpora ten stand so with 为 and nine with 同 between two names, and no name that ends so before another)
    if len(form) == 2 and form[0] in SURNAMES and form[1] in "前原" and text.startswith(ROLE_TITLES, end):
        return start, start + 1  # [蔡]前總統, [李]原主席: a surname and a former office (the corpora's 46 names of two
        # that end in 前 or 原 stand before no title)
    if len(form) >= 3 and form.endswith(_KIN_OF_TWO) and (kin := next(k for k in _KIN_OF_TWO if form.endswith(k))):
        # 祖父、[曾祖父]: a word of kinship is no one's name, and none of the corpora's names of three or more ends in
        # one; what stands before it, if a name, is the relative's (张伟[父亲])
        return (start, end - len(kin)) if len(form) - len(kin) >= 2 else (start, start)
    if (service := next((s for s in ARMED_SERVICES if form.endswith(s) and len(form) - len(s) >= 2), None)) \
            and text.startswith(_RANKS, end):
        return start, end - len(service)  # 司令巴克[海军]少将: the service is the rank's, as the press writes it
    if len(form) >= 2 and form[-1] == "副" and has_surname(form) and text.startswith(ROLE_TITLES, end):
        return start, end - 1  # 秦[副]军长: a deputy's rank, which ends none of the corpora's names (111 stand before 副
        # and a title)
    if len(form) == 2 and form[1] in _SURNAME_ONLY_AFTER and form[0] in SURNAMES and form not in KINSHIP:
        return start, end - 1  # 王[某], and as Taiwan's press writes one it names by surname, 張[女], 陳[男], 黃[嫌]
    if len(form) == 3 and form[0] in SURNAMES and form[1] in ADDRESS_SHORT and form[2] in NOT_LAST \
            and not (form[2] in _GIVEN_NOT_GLUED and not dictionary().tags([text[end - 1:end + 1]])):
        return start, end - 1  # 叶太[则]称, 王总[说]: a surname and its short form of address (not 李太生说, a name
        # of three whose last character begins no word with what follows, as in 生于)
    if len(form) == 3 and (form[-1] in NEVER_NAME_FINAL or form[-1] in BEGIN_WORDS_AFTER_NAMES and HAN.match(text, end)
                           and not _whole_elsewhere(text, form, end) and text[end] not in GLUED_AFTER) \
            and has_surname(form) and translit_share(form) < 1 \
            and not (form[:2] in JAPANESE_FAMILY_NAMES and text[end:end + 1] in "和与及、"
                     and _japanese_before(text, start)):
        return start, end - 1  # 陳勇[稱], 张琦[倾]其深情: no name of three ends so (but 记者鄭景議／; and 郭建设用了十年
        # where 郭建设说 is written too, and 王建设是一名, before what follows names, where no word goes on; nor a
        # Japanese family name and a given name of one before the next of a list, 日本央行审议委员高田创和田村直树)
    if len(form) == 4 and (form[-1] in NEVER_NAME_FINAL or form[-1] in BEGIN_WORDS_AFTER_NAMES) \
            and has_surname(form) and translit_share(form) < 1 \
            and (form[-1] != "作" or not names_japan(text)):
        return start, end - 1  # 蔡恒茂[作]胃切除手术, 梁谷音[饰]潘金莲: nor of four, but for a Japanese one of 作 in an
        # article that names 日本 (池田大作, the only one of the corpora's so)
    if len(form) in (2, 3) and has_surname(form) and translit_share(form) < 1 and glued_before_zhe(text, end):
        # 孙杰[举]着国旗, 老王[举]着; a surname alone left with no 老 or 小 is no one's name (昆[凌帶]著: 昆凌's end)
        return (start, end - 1) if len(form) == 3 or text[start - 1:start] in ("老", "小") else (start, start)
    if len(form) == 3 and has_surname(form) and translit_share(form) < 1 and text.startswith(_ACTS_OF_TWO, end - 1):
        return start, end - 1  # 祁宏[射]失了一个点球, jieba's 祁宏射失: none of the corpora's Chinese names ends with
        # the first character of an act or a verb of speaking written after it
    if len(form) >= 3 and (form[-1] in NEVER_NAME_FINAL or form[-1] in _GLUED_NOT_FINAL) and form[-1] not in TRANSLIT \
            and translit_share(form[:-1]) == 1:
        return start, end - 1  # 埃泽[接]萨卡传中, 欧尔班[则]重申: nor does a transliteration
    if len(form) >= 3 and form[-1] in "均都皆" and HAN.match(text[end:end + 1]) \
            and (text[end] in "已未" or text[start - 1:start] in "、和与及") \
            and _listed_before(text, start) and not text.startswith((*ADDRESS_AFTER, *ROLE_TITLES), end) \
            and not (text[end] == "等" and dictionary().tags([text[end:end + 2]]).get(text[end:end + 2], "")[:1] != "v"):
        return start, end - 1  # A和B[均已]确认, 丁松、李菊[均]在: 'all'; of the corpora's names last in a list, one ends
        # in 均, 都 or 皆 before a word, and a title follows it (王运熙和李宝均先生); 25 stand before one (but
        # before 等, 'and others', where no verb of waiting begins, a name's own: 周秉德、周尔均等应邀出席)
    if (len(form) == 3 and form[-1] in _ADVERBS_NOT_FINAL or len(form) == 4 and form[-1] in _ADVERBS_NOT_FOURTH) \
            and has_surname(form) and translit_share(form) < 1 and HAN.match(text[end:end + 1]) \
            and not (len(form) == 4 and _japanese_before(text, start)
                     and not dictionary().tags([text[end - 1:end + 1]])):
        return start, end - 1  # 吴清[则]表示, 黃國昌[則]說 (but after 日本, a given name's end: 万波中正|分别, not 正在)
    if len(form) >= 3 and form[-1] in GLUED_AFTER and has_surname(form) and translit_share(form) < 1 \
            and not any(d in form for d in NAME_DOTS) and (len(form) >= 4 or form[:-1] in tagged
                 and not (form[-1] in NAME_FINAL_GLUE and _only_within(text, form[:-1], end - 1))) \
            and not married_name(text, start, end) and not _japanese_given_end(text, start, end):
        return start, end - 1
    # (a name of two tagged elsewhere; not a double surname alone: 欧阳修[说] beside 欧阳夫子, jieba's 修说)
    two_tagged = form[:2] in tagged and form[:2] not in COMPOUND_SURNAMES
    if len(form) == 3 and has_surname(form) and two_tagged and translit_share(form) < 1 \
            and not _only_within(text, form[:2], end - 1) \
            and (form[-1] in NOT_LAST or plain_word(text[end - 1:end + 1])):
        return start, end - 1  # 冯强[忍]住, 吴福[曾]介绍: a name tagged alone elsewhere, then a word
    if len(form) == 4 and form[:2] not in COMPOUND_SURNAMES and has_surname(form) and two_tagged \
            and HAN_RUN.fullmatch(form) and translit_share(form) < 1 and 0 <= text.find(form[:2]) < start \
            and times_written(text, form) == 1 and not _only_within(text, form[:2], end - 2):
        # 《杜甫[秋兴]八首集说》: a name of four with a single surname is rare, and this one, written once,
        # was written alone before (not a Japanese name, written whole before its family name alone:
        # 井口俊英……井口, or written whole again)
        return start, end - 2
    if len(form) == 3 and two_tagged and not _only_within(text, form[:2], end - 1) \
            and dictionary().tags([text[end - 1:end + 2], text[end - 1:end + 3]]):
        return start, end - 1  # 梅西[梅开二度]: a name tagged alone elsewhere, then a longer word
    if len(form) >= 3 and translit_share(form[:-1]) == 1 and len(text[end - 1:end + 3]) == 4 \
            and dictionary().tags([text[end - 1:end + 3]]):
        return start, end - 1  # 奥斯卡[梅开二度]: a transliteration's last character begins a word of four of jieba's
        # (an idiom) with what follows; none of the corpora's transliterated names of three or more ends so
    if len(form) == 3 and has_surname(form) and translit_share(form) < 1 and two_tagged \
            and times_written(text, form) == 1 and times_written(text, form[:2]) - times_written(text, form) >= 2:
        return start, end - 1  # 余华[继]《文城》: a name written alone twice or more elsewhere, once with a character glued on
    if len(form) >= 4 and form[0] in _DYNASTIES and form[1] == "人" and has_surname(form[2:]):
        return start + 2, end  # [宋人]辛弃疾: a man of a dynasty (none of the corpora's names begins so, six follow it)
    if len(form) >= 3 and form[0] in BEFORE_NAMES and form[1:] in tagged \
            and (len(form) in (3, 4) and has_surname(form[1:]) or translit_share(form[1:]) == 1):
        return start + 1, end  # [向]余华表示祝贺, [向]苏炳添颁发, [比]基里延科好: a preposition before a name tagged
        # alone elsewhere
    if len(form) >= 4 and form[0] in BEFORE_NAMES and form[0] not in BEGINS_TRANSLITERATIONS \
            and HAN_RUN.fullmatch(form[1:]) and translit_share(form[1:]) == 1:
        return start + 1, end  # 就[连]福格茨也, [连]弗洛伊德都说: no Chinese surname before a transliteration of three
    if form[0] == "经" and len(form) in (3, 4) and HAN_RUN.fullmatch(form) and _THROUGH.match(text, end):
        return start + 1, end  # [经]启功先生引荐, [经]寇健明介绍: 'through', before one who introduced or approved (18
        # of the corpora's names stand after such a 经; the one that begins with it, 经叔平, is never so followed)
    if form[0] in BEGINS_NO_NAME:  # 书记[被查], [被]王小明打伤
        rest = form[1:]
        return (start + 1, end) if (len(rest) in (2, 3) and has_surname(rest) or len(rest) >= 2 and
                                    translit_share(rest) == 1) \
            and not dictionary().tags([rest]).get(rest, "").startswith("ns") else (start, start)  # (not [以]哈尔滨)
    if len(form) >= 4 and not any(d in form for d in NAME_DOTS) and (size := next(
            (size for size in range(len(form) - 1, 1, -1) if form[:size] in _last_parts(tagged)
             and dictionary().tags([form[size:] if len(form) - size >= 2 else text[end - 1:end + 1]])
             and translit_share(form[size:]) < 1), 0)):
        return start, start + size  # 维斯塔潘[本赛季] after 马克斯·维斯塔潘: a dotted name's last part, then a word of
        # jieba's dictionary (which has 本赛季 as a name), or one character that begins one with the next (阿德托昆博[独]得)
    if len(form) >= 4 and form[:-1] in tagged and translit_share(form[:-1]) == 1 \
            and not _only_within(text, form[:-1], end - 1):
        # (whatever the character, one of the tables too: 马雷斯卡[连]换三人; a name the tagger cut short,
        # 费尔南德|斯, is never written without its last character elsewhere)
        return start, end - 1  # 贝林厄姆[接]居勒尔直塞, 博索纳罗[于]: a transliteration tagged alone elsewhere, then a verb
    if len(form) == 3 and form[:-1] in tagged and translit_share(form[:-1]) == 1 \
            and not _only_within(text, form[:-1], end - 1) and dictionary().tags([form[-1]]).get(form[-1], "")[:1] == "v" \
            and not dictionary().tags([text[end - 1:end + 1], text[end - 1:end + 2]]):
        return start, end - 1  # 梅西[让]整个联赛: a transliteration of two tagged alone elsewhere, then a verb that
        # makes no word with what follows
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
    if len(form) >= 3 and form[-1] in GLUED_ADVERBS and (not has_surname(form) or translit_share(form[:-1]) == 1):
        return start, end - 1  # 川普[則]在社群媒體發文, 柯爾[則]稱讚: no foreign name ends in an adverb
    if len(form) >= 4 and has_surname(form) and HAN_RUN.fullmatch(form) \
            and not (married_name(text, start, end) and times_written(text, form) >= 2):  # (陈方安生……陈方安生于, 方敬文[生在]南京)
        if form[:3] in tagged and form[:2] not in COMPOUND_SURNAMES and form[0] in SURNAMES:
            return start, start + 3  # 魏哲家[餐敘]: no annotated name of four or more begins with another of three
        for size in (3, 2):  # 陈杰宪[赛后]说: a name tagged alone elsewhere, then a word (not a compound surname
            # tagged alone: 司马光明……司马女士)
            if form[:size] in tagged and plain_word(form[size:]) and form[:size] not in COMPOUND_SURNAMES:
                return start, start + size
        if len(form) == 5 and form[:2] not in COMPOUND_SURNAMES and plain_word(form[3:]) \
                and not (form[-1] in JAPANESE_ENDINGS and japanese_name(text, start) == (start, end)) \
                and not REGNAL.fullmatch(form[3:]):
            return start, start + 3  # no Chinese name runs to five characters: a word is glued to it (but a
            # Japanese one ending in 郎 or 子 does: 谷野作太郎, 太郎 a word of jieba's; and a monarch's number ends a
            # foreign name that begins with a surname's character: 国王费利佩六世)
    return start, end


# What a credit says its giver did, ending it (（受访者供图）, （新华社发 X 供图）, 本报记者 X 制图): jieba makes
# up words of them, and the tagger reads a surname in 供 or 配.
_CREDITS = ("供图", "供稿", "制图", "绘图", "配图", "供片")


def _listed_before(text: str, start: int) -> bool:
    """Is the name at ``start`` the last of a list its clause begins with (萨巴伦卡和高芙, 张明、李红)?"""
    clause = re.split("[，。；：！？\n]", text[max(0, start - 30):start])[-1]
    return "、" in clause or any(c in clause for c in CONJUNCTIONS)


# The dynasties a writer of the past is given by (宋人, 唐人), as the press writes them before a name.
_DYNASTIES = frozenset("秦汉唐宋元明清晋隋")


def _no_conjunction_after(text: str, index: int) -> bool:
    """Could no conjunction end right before ``index``: a stop follows, 则 or 却 beginning no word,
    or a day of the month (李长和9日在日内瓦发言: no one is joined to a date), or another conjunction or 是
    beginning no word (张本美和与早田希娜, 张本智和和张本美和, 张本美和是: not 和与会代表)?"""
    return text[index:index + 1] in ("、", "，", ",", "/", "／", "。", "！", "？", "；", ";", "!", "?", "\n", "") \
        or text[index:index + 1] in ("则", "却", *CONJUNCTIONS, "是") and not dictionary().tags([text[index:index + 2]]) \
        or DAY_AFTER.match(text, index) is not None


def _after_title_inside(form: str) -> int:
    """How many characters of ``form`` follow the last title of two or more inside it, when two or more do."""
    for index in range(len(form) - 3, -1, -1):
        if (title := TITLE_AT.match(form, index)) and len(form) - title.end() >= 2:
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


_TOLD_AFTER_SURNAME = re.compile(TOLD_BY_SURNAME)
_ONCE_OR_THEN = ("曾任", "时任", "曾经")  # 'once served as', 'then serving as', 'once', which begin no name
_DAY_IN_BRACKETS = re.compile(r"[0-9０-９]{1,2}[日)）]")  # (after the bracket: 昨（4日）, 今（5）日)


def _rare_han(char: str) -> bool:
    """Is ``char`` a Chinese character jieba's dictionary holds nowhere, of the common block or of the rare ones
    beyond it (U+3400 on, U+20000 on: 錤 simplified, 𫓹)?"""
    return "\u3400" <= char <= "\u4dbf" or char >= "\U00020000" and char <= "\U0003134f" \
        or HAN.match(char) is not None and not dictionary().frequency(char)


def completed(text: str, start: int, end: int, names: set[str], bounds: Container[int]) -> tuple[int, int]:
    """A surname and one character run on over the next when the three are a name found
    elsewhere (刘东[生]长期, jieba's 刘东|生长|期, beside 刘东生常说), or when a title, a bracket or
    the end of a list item or line follows the three (罗涵[先]委员, also before a noun of jieba's that ends in a title,
    杨子[进]支队长: of the names of three before a
    title in the training corpora, 1,093 end so, and of those of two, 8 stand a character before
    one, mostly 的, and two where the character and the title's first make a verb jieba cuts as one, 张谦[率]领队伍,
    against none of three; before a bracket, 谭权[书]（作…）, 1,196 and none, but not one that holds a day of the month,
    as Taiwan's press writes it after 昨 or 今, 王明[昨]（4日）; 康乐[书]、, _ITEM_ENDS); and
    only when the two are never written without it (not 高敏[托]记者转达……高敏说). So do three when
    the four are a name found elsewhere (张本智[和]开局, beside 张本智和，), and a transliteration
    over a character of the table before a conjunction, 等 or a stop (洛特[卡]和, 贝森[特]等); and two over 之
    before a function word (裴静[之]把). Any runs on over a modal particle that Chinese follows (伊藤达[哉]禁区,
    谢觉[哉]同志; not a transliteration, which may hold one: 玛哈哇集拉隆功): of the corpora's names, four end in one
    (秋山生哉), and none stands before one so. And two over a character jieba glued to the 以 of a result before a
    number (葛曼[棋]以11秒12夺冠): of the corpora's names, 31 of three stand before 以 and a number, and four of two a
    character before it, each an adverb, a pronoun or 是 (董炯虽以１５∶１, 王蕾各以４分), which jieba's dictionary
    tags so."""
    form = text[start:end]
    if end >= len(text):
        return start, end  # (nothing to run on over at the text's end)
    if _particle_inside(text, end) and translit_share(form) < 1 and _only_within(text, form, end):
        return start, end + 1
    if len(form) == 3 and has_surname(form) and text[start:end + 1] in names and _only_within(text, form, end):
        return start, end + 1  # 张本智[和]开局, beside 张本智和，: a name of four found elsewhere
    if len(form) == 2 and has_surname(form) and _rare_han(text[end]) and _only_within(text, form, end):
        return start, end + 1  # 郭明[錤]预测: a character jieba's dictionary holds nowhere, a rare one of the name's
    if len(form) >= 2 and translit_share(form) == 1 and text[end:end + 1] in TRANSLIT \
            and text[end] not in NOT_LAST and text[end] not in NAME_SUFFIXES \
            and text[end + 1:end + 2] in _TRANSLIT_ENDS and _only_within(text, form, end):
        return start, end + 1  # 洛特[卡]和: of 6,959 transliterated names, none stands a character before those
    if form in COMPOUND_SURNAMES and form not in KINSHIP and (given := _given_after_compound(text, end)):
        return start, end + len(given)  # 书法家欧阳[中石]的 (not a word of kinship, 陈嘉庚的长孙陈立人): of the corpora's
        # names, 4 are a compound surname alone, 61 more
    if len(form) != 2 or not begins_with_any_surname(form) or not _only_within(text, form, end):
        return start, end
    if text[start:end + 1] in names or HAN.match(text, end) and text[end] not in _BEFORE_TITLE and (
            (text.startswith(ROLE_TITLES, end + 1) or _titled_noun(text, end + 1)) and not text.startswith(ROLE_TITLES, end)
            and (end + 1 in bounds or not _verb_into_title(text, end))
            or text[end + 1:end + 2] in ("（", "(") and not _DAY_IN_BRACKETS.match(text, end + 2)
            or text[end] not in NAME_SUFFIXES and text[end + 1:end + 2] in _ITEM_ENDS):
        return start, end + 1
    if text[end:end + 1] in _ONCE_OR_ALL and text.startswith(ROLE_TITLES, end + 1):
        return start, end + 1  # (洪绂[曾]教授, 李宝[均]先生: no title follows 'once' or 'all' in a sentence; of the corpora's
        # names, one of three ends in each before a title, none of two stands before either and one; not 王明曾任教授)
    if text.startswith("之", end) and text[end + 1:end + 2] in GLUED_AFTER:
        return start, end + 1  # 裴静[之]把: of the corpora's names, 19 of three end so, one of two stands before it
    if text.startswith("以", end + 1) and _A_NUMBER.match(text, end + 2) and end + 1 not in bounds \
            and HAN.match(text, end) and text[end] not in GLUED_AFTER \
            and dictionary().tags([text[end]]).get(text[end], "n")[:1] not in _ADVERB_TAGS:
        return start, end + 1  # (葛曼[棋]以11秒12夺冠, jieba's 棋以; not 杨影[又]以, 董炯[虽]以, 王蕾[各]以)
    return start, end


def _head_begun(text: str, end: int) -> int:
    """How many characters before ``end`` begin a body's head of three or more that goes on after it (基金|会, 委员|会,
    研究|所), two or more; else 0."""
    return next((size for head in _LONG_HEADS for size in range(2, len(head))
                 if text.endswith(head[:size], 0, end) and text.startswith(head[size:], end)), 0)


_LONG_HEADS = tuple(head for head in ORG_HEADS if len(head) >= 3)
_ONCE_OR_ALL = frozenset("曾均")  # adverbs glued after names elsewhere (王明曾任, 二人均为)
_A_NUMBER = re.compile("[0-9０-９一二三四五六七八九十两]")  # a result's figure after 以
_ADVERB_TAGS = FUNCTION_TAGS | {"z"}  # and jieba's states (虽: zg)


def _titled_noun(text: str, at: int) -> bool:
    """Does a noun of jieba's of three that ends in a title begin at ``at`` (支队长, 大队长: no titles of the table)?"""
    word = text[at:at + 3]
    return word.endswith(ROLE_TITLES) and dictionary().tags([word]).get(word) == "n"


def _verb_into_title(text: str, end: int) -> bool:
    """Do the character at ``end`` and the first of the title after it make a verb of jieba's dictionary (带领 of
    队长高峰带领队员)?"""
    pair = text[end:end + 2]
    return dictionary().tags([pair]).get(pair, "").startswith("v")


# Characters that stand between a name and a title without being part of either (王明的秘书,
# 王明等委员, 王明任部长, 王明兼主任, 王明副市长, 王明老先生): function words, verbs of office, a
# title's rank and the age or size an address gives.
_BEFORE_TITLE = GLUED_AFTER | {"的", "任", "兼", "老", "小", "大"} | {p for p in TITLE_PREFIXES if len(p) == 1}
# What ends a list item or a line ("" the text): in the training corpora a name of three ends
# there 5,636 times, and a name of two never stands a character before it, but for one that makes
# a word of the name (梅西杯, 张家, 王老, 鲁迅奖, 毛体): those, and their kind, in NAME_SUFFIXES.
# (Not the end of a clause: 李强[好]，)
_ITEM_ENDS = ("、", "）", ")", "等", "\n", "")
_TRANSLIT_ENDS = frozenset("和与及等、，。：；！？")


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
    if not 1 <= len(given) <= 2 or not HAN_RUN.fullmatch(given) or NOT_LAST.intersection(given) \
            or plain_word(given) and not speaks(text[end + len(given):end + len(given) + 16]):
        return ""
    return given


def _particle_inside(text: str, end: int) -> bool:
    """Is the character at ``end`` a modal particle of jieba's dictionary (哉, 呢, 吧) with Chinese
    after it that makes no word with it (not 呢子, 吧台)? No name of the corpora stands before one so."""
    particle = text[end:end + 1]
    return HAN.match(text, end + 1) is not None and dictionary().tags([particle]).get(particle) == "y" \
        and not dictionary().tags([text[end:end + 2]])


_ADVERBS_OF_ONE = frozenset("都也还又就")  # 'all', 'also', 'still', 'again', 'then': a subject's adverbs
_REPORTS = ("报道", "摄")  # what follows a reporter's name in a byline (记者潘帝都报道), where no adverb stands


def _whole_elsewhere(text: str, form: str, end: int) -> bool:
    """Is ``form`` (ending at ``end``) written elsewhere in ``text`` before a character that makes no word of jieba's
    with its last, or before none (郭建设说, beside 郭建设用了: its 设 is the name's, not 设宴's)?"""
    return any(other != end and not (HAN.match(text, other) and dictionary().tags([text[other - 1:other + 1]]))
               for _start, other in literal_spans(text, form))


# What a deed was for, and what it brought, after 因 (因金属有机框架研究获奖, 因涉嫌受贿被捕).
_FOR_WHAT = re.compile(r"[^，。；！？、,;\n]{2,20}?(?:获奖|获颁|而获|被捕|被判|被诉|入狱|下台|辞职|受罚|受到)")


def _next_word_tag(text: str, end: int) -> str:
    """jieba's tag of the longest word of its dictionary, of two to four characters, that begins at ``end``, or ''."""
    words = [text[end:end + size] for size in (4, 3, 2) if len(text) >= end + size]
    tags = dictionary().tags(words)
    return next((tags[word] for word in words if word in tags), "")


def _only_within(text: str, short: str, end: int) -> bool:
    """Is ``short`` (ending at ``end``) written nowhere in ``text`` but before the character
    that follows it there (刘东 only ever in 刘东生): then it is no name of its own."""
    return times_written(text, short) == times_written(text, text[end - len(short):end + 1])


def married_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a married woman's name as Hong Kong writes it, her husband's
    surname before her own (陈方安生, 范徐丽泰), whose last character may be one that glues to
    names elsewhere (生, as in 生于: not when 于 follows, unless she is named so without it as well:
    陈方安生……陈方安生于1月5日抵京), but not 曾 or 和, which end men's names: of the corpora's eight married
    names none ends so, and 82 of their names of three so shaped stand before one of the two (陶华碧[曾]说过), nor in
    a word that joins two names (王楚钦[同]孙颖莎搭档)?"""
    form = text[start:end]
    return len(form) == 4 and form[0] in COMMON_SURNAMES and form[1] in SURNAMES and form[-1] not in "曾和同与及跟" \
        and not (form[-1] == "生" and text[end:end + 1] in ("于", "於")
                 and times_written(text, form) == times_written(text, form + "于") + times_written(text, form + "於"))


_TITLE_LAST = frozenset(t[-1] for t in TITLES_OF_TWO_OR_MORE)
_TITLES_OF_THREE_OR_MORE = tuple(t for t in ROLE_TITLES if len(t) >= 3)


def across_words(text: str, start: int, end: int) -> bool:
    """Is the name of three at ``start`` two common words cut apart, its first character ending one with the character
    before it and the rest another (主张和平, 'to stand for peace', is no 张和平)? Words jieba's dictionary counts 300
    times or more and holds as no names: none of the corpora's 37,625 names is written so. Not after a word of kinship
    or a title, whose last character is its own (父亲王建国: no 亲王, 'prince', and 建国)."""
    if end - start != 3 or start == 0 or text.endswith(KINSHIP, 0, start) or text.endswith(ROLE_TITLES, 0, start):
        return False
    before, given = text[start - 1:start + 1], text[start + 1:end]
    tags = dictionary().tags([before, given])
    return all(dictionary().frequency(word) >= COMMON_AS_A_WORD and not tags.get(word, "nr").startswith("nr")
               for word in (before, given))


def within_unknown(text: str, start: int, end: int, made_up: dict[int, int]) -> tuple[int, int]:
    """A span that ends a word of transliteration characters that jieba made up (普|莱恩斯 of its
    普莱恩斯; ``made_up`` maps each such word's end to its start) begins where that word does, when
    what it adds is one or two characters that stand before no name (not 让普京, 与博格巴)."""
    first = made_up.get(end, start)
    if start - 2 <= first < start and translit_share(text[first:end]) == 1 and not GLUED_AFTER.intersection(text[first:start]):
        return first, end
    return start, end


def transliterations_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two names the tagger found side by side, each of two or more characters, four in five of them together of the
    transliteration table, the first beginning with no surname and ending in nothing glued on (:func:`unglued`),
    are one (议长布思|罗伊德女士; not 埃泽[接]|萨卡): of the training corpora's names so written side by side, eight
    pairs are so but for the surname, each beginning with one (马克思|恩格斯, 莫亚|桑切斯, 欧安利|罗立文), and none
    otherwise."""
    tagged = {text[start:end] for start, end in spans}
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        first = joined[-1][0] if joined else start
        if joined and joined[-1][1] == start and end - start >= 2 and start - first >= 2 and text[first] not in SURNAMES \
                and translit_share(text[first:end]) >= 0.8 and not any(d in text[first:end] for d in NAME_DOTS) \
                and unglued(text, first, start, tagged) == (first, start):
            joined[-1] = (first, end)
        else:
            joined.append((start, end))
    return joined


def surname_after_a_calling(text: str, start: int, end: int) -> tuple[int, int]:
    """Three characters the tagger found that end in a surname and begin with none, before a given name of jieba's
    dictionary (渔嫂郭|春兰: a calling glued to the surname), are the surname and that given name (郭春兰). Of the
    corpora's names of three that end in a surname, none that begins with no surname and is no transliteration stands
    before such a word."""
    given = text[end:end + 2]
    if end - start == 3 and text[start] not in SURNAMES and text[end - 1] in SURNAMES and translit_share(
            text[start:end]) < 1 and dictionary().tags([given]).get(given, "").startswith("nr"):
        return end - 1, end + 2
    return start, end


def surname_cut_before(text: str, start: int, end: int, bounds: set[int]) -> tuple[int, int]:
    """A name of two the tagger found that begins with a surname, after a surname jieba cut alone where a clause or
    a list begins (中国组合黄雨婷/盛|李豪夺得, ，陈|明亮带着), runs back over it: the two are a name of three. Of the
    training corpora's such places where a name of two or three is annotated, 152 are three, two two, both a famous
    name of jieba's dictionary after a dynasty or a word (唐|杜甫, 文|关公); so none after a dynasty before a name of
    its dictionary (明|徐渭), nor before a name it counts often. Not after a preposition or a conjunction
    (，和|李明, 向|王芳), nor after a surname that is a verb too but in a list (，[祝]赵增老人健康; 组合黄雨婷/[盛]李豪)."""
    before, first = text[start - 1:start], text[start:start + 1]
    two = text[start:end]
    if end - start != 2 or before not in SURNAMES or first not in SURNAMES or start - 1 not in bounds \
            or start not in bounds or HAN.match(text[start - 2:start - 1]) \
            or before in BEFORE_NAMES or before in BEGINS_NO_NAME \
            or dictionary().tags([before]).get(before, "") == "v" and text[start - 2:start - 1] not in _LIST_MARKS \
            or dictionary().tags([two]).get(two, "").startswith("nr") \
            and (dictionary().frequency(two) >= COMMON_AS_A_WORD or before in _DYNASTIES):
        return start, end
    return start - 1, end


_LIST_MARKS = ("、", "/", "／")  # after which no verb begins a clause (李鹏[祝]赵增老人健康 is one's wish)


def transliteration_cut_after_title(context: Context, start: int, end: int, bounds: Container[int]) -> tuple[int, int]:
    """A transliteration the tagger began one character after a title or a word of kinship, where that character is of
    the table and jieba cuts it alone (女婿库|许纳（Jared Kushner）, jieba's 库|许纳), runs back over it: a title names a
    person, whose name begins right after it."""
    at = start - 1
    if end - start < 2 or at < 1 or translit_share(context.text[start:end]) < 1 \
            or context.text[at] not in TRANSLIT or at not in bounds or start not in bounds \
            or not (context.titles_before(at) or context.relation_before(at)):
        return start, end
    return at, end


def surname_before_speech(context: Context, start: int, end: int, bounds: Container[int]) -> tuple[int, int]:
    """A surname alone the tagger found, cut by jieba from a word of two of its dictionary before a verb of speaking, is
    a name of three (刘|大国|说, 王|西安|说, 蒋|建平|表示): of the corpora's 55 such, all are, once the surname is no
    character glued after names (时 of 会见X时说) nor a function word or verb to jieba (向, 当), and the word no form of
    address, title, body's kind, ordinary person's calling, plural (文|人们|称), adjective, verb, number or function word
    (栾|老人说, 瓦克斯金|公司说, 南|军方|称, 时|郑重|表示); nor a surname inside a dotted name (大卫·史|东汉)."""
    text = context.text
    word = text[end:end + 2]
    if end - start == 1 and text[start] in SURNAMES and text[start] not in GLUED_AFTER \
            and dictionary().tags([text[start]]).get(text[start], "n")[:1] not in _NOT_GIVEN_TAGS \
            and text[start - 1:start] not in NAME_DOTS \
            and end in bounds and end + 1 not in bounds and end + 2 in bounds and HAN_RUN.fullmatch(word) \
            and not word.endswith("们") and word not in ADDRESS_AFTER and word not in ROLE_TITLES and word not in ORG_HEADS \
            and word not in ORDINARY_PEOPLE and dictionary().tags([word]).get(word, "")[:1] not in _NOT_GIVEN_TAGS \
            and speaks(text[end + 2:end + 14]):
        return start, end + 2
    return start, end


# (a verb, a number, an adjective or a function word is no surname alone nor given name)
_NOT_GIVEN_TAGS = tuple(FUNCTION_TAGS) + ("v", "m", "q", "a")


def run_on_to_speech(context: Context, start: int, end: int) -> tuple[int, int]:
    """A name of a surname and one character that the tagger ended one character before a speech
    verb (魏哲|家表示) runs on to the verb, or to an adverb before it (金洪|一则表示: 一则 is a word,
    but 则 stands before verbs), or right to an act (韦世|豪右路传中, jieba's 豪右 a word; not a verb's first character,
    郑斌[开]出任意球, jieba's 开出): no one's home or trade speaks or acts. Not when that character ends no
    name (说, 在, an adverb: 肖强[先]说), but 为 or 和 right before the verb ('for' needs what it is for, 'and' what it
    joins: 王好|为回忆说, 卜显|和认为; of the corpora's names, one of three ends in 为 so, none of two stands so) nor
    when it begins a word of the dictionary (王刚[家中]说). Nor before 则 or 却 where it makes no word with either (卓荣|泰则坐镇),
    for those follow a subject. So does a transliteration over one more character that jieba's
    dictionary has as a verb alone, to a verb of speaking or an act (德罗|赞拿下), where it makes no
    word with the next (not
    特林布尔[后]表示, 叶圣陶[老]说). And a name of two that ends a list runs on over a character
    jieba makes one word of with the 等 after it (周秉德、周尔|均等应邀出席, 王建|平等人): of the corpora's
    names last in a list, 12 of three end so (7 in 平), and none of two stands before such a word."""
    text = context.text
    if end - start == 2 and (text[start] in SURNAMES or context.titles_before(start)) and HAN.match(text[end:end + 1]) \
            and (text[end] not in NOT_LAST or text[end] in "为和" and speaks(text[end + 1:end + 13])) \
            and context.speech_after(end + 1):
        glued = speaks(text[end + 1:end + 13]) \
            and not dictionary().tags([text[end:end + 2]]).get(text[end:end + 2], "").startswith("v")
        # (崔智|宇称: jieba's noun 宇称, glued to the verb; not 罗斯[劝说], a verb of its own)
        words = [text[start:end + 1]] + ([] if text[end + 1] in GLUED_ADVERBS or glued else [text[end:end + 2]])
        if not dictionary().tags(words):
            return start, end + 1
    if end - start == 2 and text[start] in SURNAMES and HAN.match(text[end:end + 1]) and text[end] not in NOT_LAST \
            and acts(text[end + 1:end + 13]) and not dictionary().tags([text[start:end + 1]]) \
            and not dictionary().tags([text[end:end + 2]]).get(text[end:end + 2], "").startswith("v"):
        return start, end + 1
    if end - start == 2 and text[start] in SURNAMES and HAN.match(text[end:end + 1]) and text[end] not in NOT_LAST \
            and text[end + 1:end + 2] in "则却" and HAN.match(text[end + 2:end + 3]) \
            and not dictionary().tags([text[start:end + 1], text[end:end + 2]]):
        return start, end + 1
    if end - start >= 2 and translit_share(text[start:end]) == 1 and text[end:end + 1] not in NOT_GIVEN \
            and dictionary().tags([text[end:end + 1]]).get(text[end:end + 1], "")[:1] == "v" \
            and not any(c in NAME_DOTS for c in text[start:end]) and not dictionary().tags([text[end:end + 2]]) \
            and (context.speech_after(end + 1) or context.action_after(end + 1)):
        return start, end + 1
    if end - start == 2 and text[start - 1:start] == "、" and text[start] in SURNAMES and text[end + 1:end + 2] == "等" \
            and HAN.match(text[end]) and dictionary().tags([text[end:end + 2]]):
        return start, end + 1  # 周秉德、周尔|均等: the last name of a list before 等, 'and others' (see below)
    return start, end


def over_jun(text: str, start: int, end: int) -> tuple[int, int]:
    """A surname and one character the tagger ended before 君 that makes no word of jieba's with what follows runs on
    over it (市议员林亮|君质疑: of the corpora's 37,625 names, 36 of three end in 君 and none of two stands before it)."""
    if end - start == 2 and text[start] in SURNAMES and text[end:end + 1] == "君" \
            and not dictionary().tags([text[end:end + 2], text[end:end + 3]]):
        return start, end + 1
    return start, end


def over_a_split_adverb(text: str, start: int, end: int) -> tuple[int, int]:
    """A transliteration the tagger ended one character short, where jieba cut that character into a function word
    with the first of an adverb of time or sequence after it (贝森|特此|前透露: jieba's 特此, 'hereby', where 此前,
    'before', follows the name), runs on over it."""
    if end - start >= 2 and translit_share(text[start:end]) == 1 and text[end:end + 1] in TRANSLIT \
            and dictionary().tags([text[end:end + 2]]).get(text[end:end + 2], "")[:1] in FUNCTION_TAGS \
            and dictionary().tags([text[end + 1:end + 3]]).get(text[end + 1:end + 3], "")[:1] in ("t", "c", "r"):
        return start, end + 1
    return start, end


def run_on_where_always_written(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A transliteration the tagger found that the text writes twice or more, each time with one more
    character after it, a verb of jieba's alone that follows no name as a word of its own (not 说, 在) and
    makes no word with the name nor with the character after it (考文|垂11月27日抵达……考文|垂是: 垂, which the
    table of transliteration characters lacks; not 诺贝尔[奖], 爱因斯坦[环], nouns), runs on over it: the text
    never names the person without it."""
    out = []
    for start, end in spans:
        form = text[start:end]
        if end - start >= 2 and translit_share(form) == 1:
            ends = [e for _s, e in literal_spans(text, form)]
            after = {text[e:e + 2] for e in ends}
            nexts = {pair[:1] for pair in after}
            if len(ends) >= 2 and len(nexts) == 1 and HAN.match(next_char := nexts.pop()) \
                    and next_char not in NOT_GIVEN and dictionary().tags([next_char]).get(next_char) == "v" \
                    and not dictionary().tags([*after, form + next_char]) and any(_subject_of(text, e + 1) for e in ends):
                end += 1
        out.append((start, end))
    return out


def run_back_where_always_written(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, each begun where :func:`begun_before` reads the text always writes its form (each form read once)."""
    begun: dict[str, bool] = {}
    out = []
    for start, end in spans:
        form = text[start:end]
        if form not in begun:
            begun[form] = begun_before(text, form)
        out.append((start - 1, end) if begun[form] else (start, end))
    return out


def begun_before(text: str, form: str) -> bool:
    """Does the text write ``form`` twice or more, each time after the same character, one place of which opens a
    clause or follows 的, and does that character make the name whole: a transliteration's character jieba cut off
    as a word of its own (总司令扎|卢日内……扎|卢日内说, jieba's verb 扎), or the first of a family name of two that jieba
    holds as a word with the name's first (的水原|一平……。水原|一平: Japanese names are so written, Chinese names of
    three seldom after the same word)? Not a character that stands before names, glued after them or a function
    word (让普京, 与博格巴), nor where a title ends at the name or at its first character (主|帅里皮: 主帅)."""
    places = list(literal_spans(text, form))
    before = {text[at - 1:at] for at, _end in places}
    if len(places) < 2 or len(before) != 1:
        return False
    char = before.pop()
    if not HAN.match(char) or char in GLUED_AFTER or char in BEFORE_NAMES or char in BEGINS_NO_NAME \
            or dictionary().tags([char]).get(char, "")[:1] in FUNCTION_TAGS \
            or any(text.endswith(TITLES_OF_TWO_OR_MORE, 0, at) or text.endswith(TITLES_OF_TWO_OR_MORE, 0, at + 1)
                   for at, _end in places) \
            or not any(not HAN.match(text[at - 2:at - 1]) or text[at - 2] == "的" for at, _end in places):
        return False
    transliterated = char in TRANSLIT and translit_share(char + form) >= 0.75
    family = len(form) == 3 and dictionary().tags([char + form[0]]).get(char + form[0], "")[:1] == "n"
    return transliterated or family


def _subject_of(text: str, end: int) -> bool:
    """Does what follows ``end`` tell what a subject is or does: 是, a day (11月27日抵达) or a verb of two
    characters or more of jieba's?"""
    rest = text[end:end + 8]
    return rest.startswith("是") or DAY_AFTER.match(rest) is not None \
        or any(dictionary().tags([rest[:size]]).get(rest[:size], "")[:1] == "v" for size in (2, 3, 4))


def alone_in_brackets(text: str, start: int, end: int) -> bool:
    """One character alone in brackets right before a name (——（宋）陆游, （汉）东方朔) is the
    name's dynasty or country. (A surname in brackets that ends a paragraph, （陶）, credits its
    writer.)"""
    return end - start == 1 and text[start - 1:start] in ("（", "(", "〔") and text[end:end + 1] in ("）", ")", "〕") \
        and bool(HAN.match(text[end + 1:end + 2]))


def labels_only(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Spans that open a line before a colon, a headline's label (马拉松：X打破纪录, jieba's 马拉松 a name), whose
    form the text writes elsewhere in no span: where it stands in a sentence, no one is read there (无锡马拉松比赛)."""
    return {(start, end) for start, end in spans
            if text[start - 1:start] in ("", "\n") and text[end:end + 1] in ("：", ":")
            and (others := [o for o in literal_spans(text, text[start:end]) if o != (start, end)])
            and not any(a < o_end and o_start < b for o_start, o_end in others for a, b in spans)}


def _name_char(char: str) -> bool:
    return bool(HAN.match(char)) or char.isalpha()


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


def joined_surnames(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A surname tagged alone right before a given name of two tagged apart (丁|薛祥, where 薛
    is a surname too; 王|金金, doubled) is one name of three: no one is named by a lone surname run into
    another's name. So is a common surname right before a name of three that jieba's
    dictionary knows as one or not at all: a married woman's name in Hong Kong, her husband's
    surname before her own (叶|刘淑仪, 陈|方安生), and so is one the tagger left out before such a name of three
    where a clause, 由, 的 or 、 stands before it (召集人由叶|刘淑仪续任, 新民党的叶|刘淑仪: of the corpora's names of three
    after a common surname after a stop or 由, none is a married name's part, 18 names of four are written so; after
    的 or 、, none and 21)."""
    starts = {start: end for start, end in spans}
    ends = {end for _start, end in spans}
    joined, skip = [], set()
    for start, end in spans:
        if (start, end) in skip:
            continue
        if end - start == 3 and start >= 1 and start not in ends and text[start - 1] in COMMON_SURNAMES \
                and text[start - 1] not in BEFORE_NAMES \
                and text[start] in SURNAMES \
                and (start == 1 or text[start - 2] in "由的、" or not HAN.match(text[start - 2])) \
                and not dictionary().tags([text[start - 1:start + 1], text[start - 2:start]]) \
                and HAN_RUN.fullmatch(text, start, end):  # (not 由于|李雪梅)
            start -= 1
        after = starts.get(end)
        if end - start == 1 and text[start] in SURNAMES and after is not None and HAN_RUN.fullmatch(text[end:after]) \
                and (after - end == 2 and (translit_share(text[end:after]) < 1 or text[end] == text[end + 1])
                     or after - end == 3 and text[start] in COMMON_SURNAMES and text[end] in SURNAMES
                     and dictionary().tags([text[end:after]]).get(text[end:after], "nr").startswith("nr")):
            joined.append((start, after))  # (not 法老王|彼比: a foreign name after a title, though 王|金金, doubled, is
            # one; 叶|刘淑仪 is one)
            skip.add((end, after))
        else:
            joined.append((start, end))
    return joined
