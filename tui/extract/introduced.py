"""People the text introduces by the words around them: kin (儿子禄峰), address (老王, 王师傅),
a speaker after a quotation, an appointment, a pseudonym, a surname told (姓王), a given name
after 小 (小平), a panda's name, a monk's dharma name (演觉法师)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable
from itertools import chain

from tui.extract.context import RELATIONS, Context, before_done, speaks, word_starts
from tui.extract.dictionary import COMMON_AS_A_WORD, RARE_PLACE, dictionary
from tui.extract.foreign import JAPANESE_OFFICE_TAKEN, JAPANESE_TITLED, japanese_name, names_japan
from tui.extract.gazetteer import known_places
from tui.extract.lexicon import (
    ADDRESS_AFTER,
    ADVERBS,
    CHILDREN,
    COMMON_SURNAMES,
    COUNTRIES,
    FAMILIAR_ADDRESS,
    GOALS_OF_EITHER,
    KINSHIP,
    NAME_DOTS,
    NAME_FINAL_GLUE,
    NEIGHBOURS,
    NEVER_NAME_FINAL,
    ORDINARY_PEOPLE,
    PLAYER_ACTIONS,
    ORG_HEADS,
    ROLE_TITLES,
    SPEECH_VERBS,
    SURNAMES,
    TOLD_BY_SURNAME,
)
from tui.extract.shapes import (BEFORE_NAMES, DOTTED_CHARS, HAN, HAN_RUN, NOT_GIVEN, NOT_LAST, TITLES_OF_TWO_OR_MORE,
                                TRANSLIT_CLASS, begins_with_any_surname, given_more_than_surname, has_surname,
                                literal_spans, translit_share)


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


# An official notice of appointments: 任命X为, 免去X的……职务, 提名X为 (the wording of the
# notices of Chinese governments and legislatures, as the press quotes them).
_APPOINTED = re.compile(r"(?:任命|免去|提名|聘任|选举|推选|增补|决定)([\u4e00-\u9fff]{2,3}?)(?:同志)?"
                        r"(?=为|(?:同志)?的[^。；;\n]{2,30}?职务)")


_JAPANESE_APPOINTED = re.compile(r"(?:[，、；]?任命|[，、；。！？]|^)([\u4e00-\u9fff]{2,5}?)"
                                 f"(?={JAPANESE_OFFICE_TAKEN.pattern})", re.MULTILINE)


def appointed(text: str) -> list[tuple[int, int]]:
    """The names of an official notice of appointments: 任命郑宏伟为省发展和改革委员会副主任,
    免去钱立新的省财政厅副厅长职务 (钱|立新, a noun and an adverb to jieba). Two or three
    characters that begin with a surname and are no word of jieba's dictionary but a name (not
    任命[程序]为); in an article that names 日本, a Japanese name (as :func:`japanese_name` reads
    it) appointed to a minister's office or taking up the premier's (任命茂木敏充为外务大臣, 片山皋月出任财务大臣,
    高市早苗就任日本首相后), named first in its clause."""
    found = []
    for match in _APPOINTED.finditer(text):
        name = match.group(1)
        if has_surname(name) and dictionary().tags([name]).get(name, "nr").startswith("nr"):
            found.append(match.span(1))
    if names_japan(text):  # 任命茂木敏充为外务大臣，小泉进次郎为防卫大臣: a Japanese cabinet, as Chinese news lists it
        for match in _JAPANESE_APPOINTED.finditer(text):
            if japanese_name(text, match.start(1)) == match.span(1):
                found.append(match.span(1))
    return found


_ONE_CHARACTER_SURNAMES = "".join(sorted(c for c in SURNAMES if len(c) == 1))  # for a pattern's [class]

# Someone the text names by surname alone (一位姓戴的主任告诉笔者, 主人姓李，): the surname after 姓, before 的 or a
# stop. Of the training corpora's 20 such, 19 are annotated names; the other is a surname's own 姓 (摄制吕姓时).
_BY_SURNAME = re.compile("姓([" + _ONE_CHARACTER_SURNAMES + f"])(?=[的，。；]|[（(][0-9０-９]{{1,3}}岁|{TOLD_BY_SURNAME})")
# (and as Hong Kong tells one: 一名姓黄男子, 姓李（45岁）男子)


def by_surname(text: str) -> list[tuple[int, int]]:
    """The surnames someone is named by alone, after 姓 (一位姓戴的主任, 主人姓李，, 一名姓黄男子); not of 百姓 (the people) nor after a
    surname, whose own 姓 it is (吕姓时), unless a numeral counts it as a measure word (一位姓戴: 位 is a surname too).
    And before 姓 and who it tells (20岁陈姓车手), and before 某某, the name withheld, where the surname makes no word
    with the character before it (同伙钱某某, jieba's 钱, 'money'; both of the corpora's surnames before 某某 are
    annotated names)."""
    found = []
    for match in _BY_SURNAME.finditer(text):
        before = text[max(0, match.start() - 2):match.start()]
        if not before.endswith("百") and not (before[-1:] in SURNAMES and before[:1] not in _COUNTING):
            found.append(match.span(1))
    for match in _SURNAME_TOLD.finditer(text):  # (not 一位姓孟的客服: 孟 is the one told, 位 a measure word)
        if text[match.start() - 1:match.start()] != "百" and text[match.end(1) + 2:match.end(1) + 3] != "的":
            found.append(match.span(1))
    for match in _WITHHELD_AFTER.finditer(text):
        if not match.start() or not dictionary().tags([text[match.start() - 1:match.end()]]):
            found.append(match.span())
    return found


# The surname before 姓 and who it tells, as the press of Taiwan and Hong Kong names one it does not name (20岁陈姓车手,
# 一名63岁林姓妇人; not 老百姓).
_SURNAME_TOLD = re.compile("([" + _ONE_CHARACTER_SURNAMES + "])姓(?=" + TOLD_BY_SURNAME + ")")
_WITHHELD_AFTER = re.compile("[" + _ONE_CHARACTER_SURNAMES + "](?=某某(?![人地处单]))")
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
                and dictionary().tags([name]).get(name, "nr").startswith("nr") and not set(name) & NOT_GIVEN:
            found.append(match.span(1))
    return found


def by_their_points(context: Context, bounds: set[int]) -> list[tuple[int, int]]:
    """Who scores at the start of a clause: a word of two that jieba made up, beginning with a surname, before
    a player's points or goals (付豪贡献了14分, jieba's 付豪; the tagger, seeing no cue, passes it over), or three
    that begin with one and hold no word of its dictionary (曾凡博), or that jieba made up whole (八村垒, and before a
    win too: 林诗栋战胜). The corpora hold no such word before points; a word no dictionary has is seldom anything but
    a name there."""
    text = context.text
    two = [(start, start + 2) for start in sorted(bounds)
           if text[start:start + 1] in SURNAMES and start + 2 in bounds and start + 1 not in bounds
           and text[start - 1:start] in _CLAUSE_OPENERS and HAN_RUN.fullmatch(text, start, start + 2)
           and not dictionary().tags([text[start:start + 2]]) and context.scores_after(start + 2)]
    # (three whose last character begins a word of jieba's with what follows: 曾|凡|博得|到26分)
    three = [(start, start + 3) for start in sorted(bounds)
             if text[start:start + 1] in SURNAMES and text[start - 1:start] in _CLAUSE_OPENERS
             and start + 3 not in bounds and start + 3 <= len(text) and HAN_RUN.fullmatch(text, start, start + 3)
             and text[start + 2] not in "队方"
             and not dictionary().tags([text[start:start + 2], text[start:start + 3], text[start + 1:start + 3]])
             and context.scores_after(start + 3)]
    # (or three jieba made up whole, whatever their first: 八村垒拿下14分, a Japanese player's; also before a win,
    # 林诗栋战胜户上隼辅)
    three += [(start, start + 3) for start in sorted(bounds)
              if text[start - 1:start] in _CLAUSE_OPENERS
              and start + 3 in bounds and not bounds.intersection((start + 1, start + 2))
              and HAN_RUN.fullmatch(text, start, start + 3) and text[start + 2] not in "队方"
              and not dictionary().tags([text[start:start + 2], text[start:start + 3], text[start + 1:start + 3]])
              and (context.scores_after(start + 3) or context.wins_after(start + 3))]
    return two + [span for span in three if not any(s == span[0] for s, _e in two)]


_CLAUSE_OPENERS = ("", "，", "。", "；", "\n", "：")  # what stands before a clause's subject (or the text's start)


def players_at_play(context: Context) -> list[tuple[int, int]]:
    """Who opens a clause with a player's act, maybe after the minute or half it came in (福登下半场扩大比分, 姆巴佩在第78分钟
    连入两球, 赖斯开出角球): a transliteration of two to six characters, its characters the table's (three in four of four
    or more: 维尼修斯), no word of jieba's dictionary but a foreign name, nor begun by a function word of it (由于|罗马里奥
    因伤), nor a place the corpora name, nor a side the text writes as one anywhere (阿森纳主场, 战胜切尔西, 湖人队,
    萨索洛3比1恩波利: a club acts as its players do). The tagger, trained on news that seldom told a match so, passes
    such names over."""
    text = context.text
    found = []
    for match in _AT_PLAY.finditer(text):
        name = match.group(1)
        share = translit_share(name)
        if (share == 1 or len(name) >= 4 and share >= 0.75) \
                and dictionary().tags([name]).get(name, "nr").startswith("nr") and name not in known_places() \
                and dictionary().tags([name[:2]]).get(name[:2], "n")[:1] not in _OPENS_A_CLAUSE \
                and not a_side(context, name) and _acts_on_the_pitch(text, match.end()):
            found.append(match.span(1))
    return found


# The minute, half or stage of a match an act came in, as the sports press writes it before the act (在第78分钟,
# 下半场, 补时阶段, 第78分钟和补时阶段, 易边再战后), and an adverb after it (也, 又, 再次).
_IN_THE_MATCH = re.compile(
    "(?:在|于)?(?:(?:比赛)?第\\d{1,3}分钟|上半场|下半场|易边再战后?|(?:伤停)?补时阶段|开场\\d{1,2}分钟后?|末节|首节|第[一二三四]节"
    "|加时赛)(?:和(?:(?:比赛)?第\\d{1,3}分钟|(?:伤停)?补时阶段))?[，,]?(?:也|又|再次|再度|随后|则)?")
_ON_THE_PITCH = (*PLAYER_ACTIONS, *GOALS_OF_EITHER)
_AT_PLAY = re.compile("(?:^|(?<=[。，；：！？\n]))([\u4e00-\u9fff]{2,6}?)(?=(?:" + _IN_THE_MATCH.pattern + ")?(?:"
                      + "|".join(sorted(_ON_THE_PITCH, key=len, reverse=True)) + "))", re.MULTILINE)
_OPENS_A_CLAUSE = "cpdru"  # jieba's conjunctions, prepositions, adverbs, pronouns and particles (由于|罗马里奥因伤)
# What a side is written before (阿森纳主场, 湖人队) or after (战胜切尔西, 迎战曼城), as well as where a match is played
# (see :meth:`Context.playing_at_home_or_away`).
_SIDE_BEFORE = ("队", "主场", "客场")
_SIDE_AFTER = ("战胜", "击败", "负于", "逆转", "对阵", "迎战", "力克", "不敌", "输给", "淘汰", "主场", "客场")


def a_side(context: Context, name: str) -> bool:
    """Does the text write ``name`` as a side anywhere?"""
    text = context.text
    return any(text.startswith(_SIDE_BEFORE, at + len(name)) or text.endswith(_SIDE_AFTER, 0, at)
               or context.playing_at_home_or_away(at, at + len(name))
               for at in (m.start() for m in re.finditer(re.escape(name), text)))


def _acts_on_the_pitch(text: str, end: int) -> bool:
    """Does a player's act follow ``end``, past the minute or half it came in?"""
    rest = _IN_THE_MATCH.match(text, end)
    return text.startswith(_ON_THE_PITCH, rest.end() if rest else end)


def by_their_number(text: str) -> list[tuple[int, int]]:
    """A player named after the number on his shirt: a transliteration of two to six characters right after it
    (巴西队１７号里贝斯接队友传球, 19号因扎吉传给): of the training corpora's 66 such after a number and 号, all are
    annotated names, and no run of two characters of the table after one is anything else (１５号[车厢], a carriage)."""
    return [match.span(1) for match in _SHIRT.finditer(text)]


_SHIRT = re.compile(r"[0-9０-９]{1,2}号(" + TRANSLIT_CLASS + "{2,6})(?!" + TRANSLIT_CLASS + ")")
# A relative or neighbour, then a surname and a form of address (老伴周阿姨, 邻居王大爷); or an old
# person, a villager or a resident, a customer, passenger, visitor, patient, parent or stallholder, or someone's
# age, then a surname and an elder's or a neighbour's form of address (老人顾阿婆, 顾客王阿姨, 86岁的李大爷, but not
# 岁的[和记者]).
_ADDRESSED = re.compile("(?:" + "|".join(KINSHIP + NEIGHBOURS)
                        + ")([" + _ONE_CHARACTER_SURNAMES + "])(?="
                        + "|".join(a for a in ADDRESS_AFTER if len(a) > 1) + ")"
                        + "|(?:" + "|".join(ORDINARY_PEOPLE + ("岁的",)) + ")([" + _ONE_CHARACTER_SURNAMES + "])(?="
                        + "|".join(FAMILIAR_ADDRESS) + ")")


# The polite forms of address after a surname (张女士, 王先生, 李小姐): of the corpora's 163 such surnames where jieba
# begins a word (not 一|位女士, 导游|小姐, 当时|先生) and no preposition or conjunction stands (她和先生), 162 are annotated
# names or in one; the other is 诸, 'all' (李广田诸先生), a demonstrative's as 这 and 那 are.
_POLITE_ADDRESS = ("女士", "先生", "小姐")


def addressed(text: str, bounds: Container[int]) -> list[tuple[int, int]]:
    """Surnames a relative or neighbour is called by, right after the word for them (老伴周阿姨,
    邻居王大爷, 老人顾阿婆): the person the form of address names, marked by the surname as annotated
    news marks 王大爷; not a preposition before someone's job (小花奶奶[向]记者称, 'to'). And any
    surname before an elder's, a neighbour's or a polite form of address where jieba begins a word with it
    (楼下的王阿姨, 家住高新区的张女士反映; not 由|于阿姨, 照|顾大哥, 大篷车|大嫂), or right after a title (失主张女士,
    车主张先生: jieba's 主张), not a preposition, a demonstrative (停在|那大嫂)
    or many so called (叔叔们): in the training corpora, 90 of the 92 so written are annotated names."""
    found = [span for m in _ADDRESSED.finditer(text) if text[(span := m.span(m.lastindex or 1))[0]] not in BEFORE_NAMES
             or text.startswith(FAMILIAR_ADDRESS, span[1])]  # (but 老伴向阿姨: a neighbour's form of address)
    return found + [m.span(1) for m in _SURNAME_ADDRESSED.finditer(text)
                    if (m.start(1) in bounds or text.endswith(TITLES_OF_TWO_OR_MORE, 0, m.start(1)))
                    and m.group(1) not in BEFORE_NAMES and m.span(1) not in found]


_SURNAME_ADDRESSED = re.compile("([" + _ONE_CHARACTER_SURNAMES.translate(str.maketrans("", "", "这那哪诸"))
                                + "])(?:" + "|".join(FAMILIAR_ADDRESS + _POLITE_ADDRESS) + ")(?!们)")


def on_the_phone(text: str) -> list[tuple[int, int]]:
    """Whom someone calls, as diplomatic news writes it (与特朗普通电话, 同X通话, 通了电话, 通过电话): a name of
    jieba's dictionary between the partner's preposition and 通(电)话, which jieba cuts across (特朗|普通|电话), and so
    the tagger; or a run of transliteration characters there, up to five, no country nor place of jieba's (与斯塔默通电话,
    jieba's 斯塔|默|通电话: the tagger had ended it at 斯塔), also after the partner's title (与英国首相斯塔默通电话)."""
    found = []
    for match in _PHONE_CALL.finditer(text):
        at = match.start()
        size = next((size for size in (5, 4, 3, 2) if at - size >= 1 and (text[at - size - 1] in _PARTNER
                                                                      or text.endswith(ROLE_TITLES, 0, at - size))
                     and _called(text[at - size:at])), None)
        if size is not None:
            found.append((at - size, at))
    return found


def _called(words: str) -> bool:
    """Are ``words`` a name of jieba's dictionary or a transliteration, no country nor place of it?"""
    tag = dictionary().tags([words]).get(words, "")
    return tag.startswith("nr") or tag != "ns" and translit_share(words) == 1 and words not in COUNTRIES


_PHONE_CALL = re.compile("通[了过]?电话|通话")
_PARTNER = frozenset("与同和跟")


def interviewed(text: str) -> list[tuple[int, int]]:
    """Who answers in an interview set out as question and answer, whose name labels the answers (记者：……
    洪家光：1998年，我从技校毕业……): in a text where a line opens with the questioner's label, every line
    that opens with a surname (of the table, or one jieba's dictionary holds alone: 洪) and one to three characters
    more before a colon, no word of jieba's dictionary but a name (not 答：, 主持人：) or a place labelling two answers or
    more (钟南山, a mountain to jieba); and that name wherever written
    (the headline's “大国工匠”洪家光：).
    jieba often cuts such names apart (洪家|光), and so the tagger misses them."""
    if not _QUESTIONER.search(text):
        return []
    opened = Counter(match.group(1) for match in _LABEL.finditer(text))
    labels = {label for label, lines in opened.items() if begins_with_any_surname(label)
              and ((tag := dictionary().tags([label]).get(label, "nr")).startswith("nr") or tag == "ns" and lines >= 2)}
    # (or a place to jieba that labels two answers or more: 钟南山：……钟南山：, jieba's 钟南山 a mountain)
    return [span for label in labels for span in literal_spans(text, label)]


_QUESTIONER = re.compile(r"^(?:本报)?(?:记者|问|主持人)[：:]", re.MULTILINE)
_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,4})[：:]", re.MULTILINE)


def pseudonyms(text: str) -> list[tuple[int, int]]:
    """Names the text says it made up (小雪（化名）, 张明（均为化名）, 朵朵（化名）): a familiar name of two (小, 阿
    or 老 and a character, or one character twice), a surname and one character, or a common surname and two, right
    before the bracket."""
    found = []
    for match in _PSEUDONYM.finditer(text):
        end = match.start()
        if end >= 3 and text[end - 3] in COMMON_SURNAMES and HAN_RUN.fullmatch(text, end - 3, end):
            found.append((end - 3, end))
        elif end >= 2 and (text[end - 2] in "小阿老" or text[end - 2] in SURNAMES or text[end - 2] == text[end - 1]) \
                and HAN_RUN.fullmatch(text, end - 2, end):
            found.append((end - 2, end))
    return found


def children_called(text: str) -> list[tuple[int, int]]:
    """A child's pet name, a character said twice after a word for a child or a child's kinship (14岁男孩乐乐, 女儿朵朵),
    where the text writes it again: of the corpora's such pairs after one, the names are nouns, adjectives or none of
    jieba's dictionary (苗苗, 淘淘), the others its adverbs, times, pronouns, verbs and numerals (孩子默默, 孩子们早早,
    个个), which count and time tell apart."""
    found = []
    for match in _CHILD_CALLED.finditer(text):
        name = match.group(1)
        if text.count(name) >= 2 and dictionary().tags([name]).get(name, "n")[:1] not in _NO_PET_NAME:
            found.append(match.span(1))
    return found


_CHILD_CALLED = re.compile("(?:男孩|女孩|男童|女童|患儿|宝宝|小朋友|" + "|".join(sorted(CHILDREN, key=len, reverse=True))
                           + r")(([\u4e00-\u9fff])\2)(?![地们])")  # (not 默默地, 孩子们)
_NO_PET_NAME = frozenset("dtrvmcpu")  # jieba's adverbs, times, pronouns, verbs, numerals and function words


# A monk's dharma name of two before the title Chinese Buddhism gives him (演觉法师, 学诚法师, 虚云禅师, 心保和尚); not a
# count or a word of the dictionary (一位法师, 寺院法师, 著名禅师, 当过几年和尚).
MONK_TITLES = ("法师", "禅师", "和尚")
_MONK = re.compile(r"([\u4e00-\u9fff]{2})(" + "|".join(MONK_TITLES) + ")")
_NO_DHARMA_NAME = frozenset("这那该每各几一二三四五六七八九十两诸众多位名些个")


def monks(text: str) -> list[tuple[int, int]]:
    """The dharma names before 法师, 禅师 or 和尚 where jieba begins a word and has no verb or adjective of its
    dictionary, nor a noun it counts 300 times or more (会长演觉法师表示, 学诚法师; not 寺院法师, 一位法师, 著名禅师), and
    cuts the title as a word (鉴真和尚; not 连日奔波和|尚未, 人群和|尚无), with the dharma surname before them
    (释印乐法师), and then the text's other monks of that surname (师从释行正). Of the corpora's 16 runs of two before
    和尚, the four names are so found (鉴真), and one of the twelve others (我们惯用|和尚|不熟悉, as jieba cuts it)."""
    found = []
    for match in _MONK.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if _NO_DHARMA_NAME.intersection(name) or not dictionary().tags([name]).get(name, "n").startswith("n") \
                or dictionary().frequency(name) >= COMMON_AS_A_WORD:
            continue  # (jieba's dictionary holds some such names as nouns it counts thrice: 学诚, 虚云, 圣严; not 高僧)
        first = max(0, start - 6)
        if {start - first, match.end() - first} <= word_starts(text[first:match.end() + 2] + "。"):
            # (with the surname 释 all monks may take, where it ends no word of jieba's dictionary: 由释印乐法师, not 解释)
            found.append((start - 1, end) if text[start - 1:start] == _DHARMA_SURNAME
                         and not dictionary().tags([text[max(0, start - 2):start]]) else (start, end))
    if any(text.startswith(_DHARMA_SURNAME, start) for start, _end in found):  # (师从释行正: another monk so named)
        found += [(start, start + 3) for start in _dharma_surnamed(text) if (start, start + 3) not in found]
    return found


_DHARMA_SURNAME = "释"  # (of Shakyamuni, 释迦牟尼: the surname Chinese monks take, 释永信)


def _dharma_surnamed(text: str) -> list[int]:
    """Where 释 and two characters stand that make no word of jieba's dictionary with it or the character before
    (师从释行正; not 释放, 释然, 解释, 注释): a monk's name, where the text names another monk so."""
    return [match.start() for match in _DHARMA_NAMED.finditer(text)
            if not _NO_DHARMA_NAME.intersection(match.group(1))
            and not dictionary().tags([text[max(0, match.start() - 1):match.start() + 1], text[match.start():match.end() - 1],
                                       match.group()])]


_DHARMA_NAMED = re.compile(_DHARMA_SURNAME + r"([\u4e00-\u9fff]{2})")


def courtesy_named(text: str) -> list[tuple[int, int]]:
    """Who opens a sentence with a courtesy name, after a comma or not, as accounts of the classical past introduce
    someone (苏轼，字子瞻，号东坡居士; 苏轼字子瞻，; 唐岩，名维松，字少颖): a surname and one or two characters; and the given and courtesy
    names so written, which annotated news marks as names too (唐岩，名[维松]，字[少颖]; 郑板桥，名[燮]，字[克柔]). The
    training corpora hold one such, all three marked."""
    found = [match.span(1) for match in _COURTESY_NAMED.finditer(text) if has_surname(match.group(1))]
    return found + [match.span(at) for match in COURTESY_NAMES.finditer(text) for at in (1, 2)]


_COURTESY_NAMED = re.compile(r"(?:^|(?<=[。！？\n]))[ \u3000]*([\u4e00-\u9fff]{2,3})[，,]?(?:名[\u4e00-\u9fff]{1,2}[，,])?"
                             r"字[\u4e00-\u9fff]{1,2}(?=[，,。、；）)]|号)")
# A given name and a courtesy name, one after the other (，名燮，字克柔，): written so of no one else.
COURTESY_NAMES = re.compile(r"[，,]名([\u4e00-\u9fff]{1,2})[，,]字([\u4e00-\u9fff]{1,2})(?=[，,。、；）)]|号)")


# A bracket after a name that says it is not the person's own (（化名）, （均为化名）, （系化名）).
_PSEUDONYM = re.compile(r"[（(](?:均为|均係|系|為|为)?化名[）)]")


def introduced(text: str) -> list[tuple[int, int]]:
    """Whom the text introduces by name (他叫于长海，, 一位名叫李浩的市民, 妻子叫林爱茹。): a surname and one
    or two characters after 叫 or 名叫 said of someone, before a comma, a full stop, 是 or 的, however jieba
    cuts them (于|长海, a preposition and a place). Of the training corpora's 28 such, 27 are annotated
    names (the other a village, 地方名叫曾厝). The surname may be one the table lacks that jieba's
    dictionary has as a name alone (名叫蒯大伟: 蒯 ``nr``)."""
    return [match.span(1) for match in _INTRODUCED.finditer(text)
            if (first := text[match.start(1)]) in SURNAMES or dictionary().tags([first]).get(first) == "nr"]


_KIN = "|".join(sorted(KINSHIP, key=len, reverse=True))  # the words of kinship, the longest first (儿媳妇)
_INTRODUCED = re.compile("(?:他|她|我|名|就|" + _KIN + ")叫(?:做)?([\u4e00-\u9fff]{2,3}?)(?=[，。,；、！？]|是|的)")


def speaker_or_kin(text: str) -> list[tuple[int, int]]:
    """Names jieba's dictionary has that are words too (高峰, a peak; 白雪, snow), which the model
    leaves: where the text names one as the speaker of a quotation just closed (”高峰说。) or as
    someone's relative (高峰的妻子). A surname and one or two characters, a name to the dictionary,
    beginning no word with the character before it, nor a word of kinship itself (孙女的爷爷: jieba's 孙女 is a
    name too) or a form of address (周师傅的儿子: jieba's 师傅 too); in the corpora, 31 of 32 such are names."""
    found = []
    for match in chain(_SPEAKER.finditer(text), _KIN_OF.finditer(text)):
        start, end = match.span(1)
        name = text[start:end]
        if name[0] in SURNAMES and name[1:] not in ROLE_TITLES and name[1:] not in ADDRESS_AFTER \
                and name not in KINSHIP and name not in ADDRESS_AFTER \
                and dictionary().tags([name]).get(name, "").startswith("nr") \
                and not (start and dictionary().tags([text[start - 1:start + 1]])):
            found.append((start, end))
    return found


_SPEAKER = re.compile("[”」』]([\u4e00-\u9fff]{2,3}?)(?=(?:" + "|".join(SPEECH_VERBS) + ")[。，！：；])")
_KIN_OF = re.compile("(?=([\u4e00-\u9fff]{2,3})的(?:" + _KIN + "))")


def kin_named(text: str, spans: list[tuple[int, int]], bounds: set[int]) -> list[tuple[int, int]]:
    """Relatives named beside the word for them with the surname of someone the text names (简福才……父亲简阿海,
    金正恩的女儿金主爱, 简新民的儿子简志明; by surname and address too, 甄老汉的孙子甄宇航), which the model leaves where jieba reads
    the name as words (简|阿海, 金主|爱, 简|新民): the surname and the two characters after it, where jieba's words
    begin and end, the last no word of its own that names do not end with (赵增|和兄长); before 的 and the word,
    else the surname and one (还有|石满的儿子); or two of one surname either side, where neither was found
    (石满的儿子石|银山). Of the training corpora's 32 such, with the surname of a name in the sentence or of the
    other, all are names (8 of them of the other's alone); and of the 17 more of two after the word that
    jieba made up as one (父亲饶锷是), 16 (the other, 李付|存, is of three). And a foreign name after the word,
    three or more characters of the transliteration tables (特朗普的女婿库什纳[在], jieba's 库什|纳在; 儿子买买提江): 17 of the
    corpora's 17 such are names."""
    surnames = {text[start] for start, end in spans if 1 <= end - start <= 3}.intersection(SURNAMES)
    taken = {at for start, end in spans for at in range(start, end)}
    found = []
    for match in _KIN_BEFORE.finditer(text):
        if (run := _kin_transliterated(text, match.end(), bounds) or _kin_named_as_a_place(text, match.end(), bounds)) \
                and not taken.intersection(range(*run)):
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
                if end > len(text):
                    continue  # (no name of that size before the text ends: 儿子约翰 at its end)
                free = not taken.intersection(range(start, end)) \
                    or end - start == 3 and (start, start + 2) in spans and end - 1 not in taken \
                    and (text[end - 1] not in NOT_LAST or _ends_before_an_adverb(text, end))  # (not 儿子陈浩[在]公司)
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


def family_kin(text: str, names: Iterable[tuple[int, int]], bounds: set[int]) -> list[tuple[int, int]]:
    """Relatives named right after a word of kinship by the family name of two of a name of four found, and one or
    two characters more (大坂直美的母亲大坂环, 姐姐大坂真理: a Japanese family's), where jieba's words end and in no
    character that ends no name (not 欧阳健|说)."""
    families = {text[start:start + 2] for start, end in names if end - start == 4 and HAN_RUN.fullmatch(text, start, end)}
    found = []
    for match in _KIN_BEFORE.finditer(text) if families else ():
        start = match.end()
        if text[start:start + 2] not in families or start not in bounds:
            continue
        end = next((end for end in (start + 4, start + 3) if end in bounds and HAN_RUN.fullmatch(text, start, end)
                    and text[end - 1] not in NEVER_NAME_FINAL and not before_done(text, end)
                    and not (end - 1 in bounds and _function_word(text[end - 1]))), None)  # (not 大坂环[在])
        if end is not None:
            found.append((start, end))
    return found


def transliterated_before_kin(text: str, covered: Container[int]) -> list[tuple[int, int]]:
    """A transliteration of three or more right before a word of kinship, where the model found the relative it names
    right after (特朗普女婿库什纳, the model doubting the first): of the corpora's 6 runs of three or more of the table's
    characters so before a word of kinship, 4 are names whole, one holds one (马来西亚西德克兄弟), one is a brand's
    mascot (肯德基爷爷); the one before a relative's name is a name (马恩华妻子胡花蕊)."""
    found = []
    for match in _RUN_BEFORE_KIN.finditer(text):
        if match.end() in covered and match.start() not in covered and match.start(1) not in covered:
            found.append(match.span(1))
    return found


# (the longest run of the table's characters, with none before it, and the word of kinship after it)
_RUN_BEFORE_KIN = re.compile(f"(?<!{TRANSLIT_CLASS})({TRANSLIT_CLASS}{{3,}})(?:{_KIN})")


def owner_opening_a_clause(text: str, covered: Container[int]) -> list[tuple[int, int]]:
    """A surname and two characters that open a clause before 的 and a word of kinship or another relation (盛婷婷的大学
    同学、上海姑娘陈思琪), none of the two a title, a form of address or a word jieba's dictionary holds as a function
    word: of the corpora's 25 such openings, 22 are names, the other three a pronoun's or a place's (但他们的母亲,
    蒲团上的学生, 盖因我的祖父), which the function words leave out; the rule so takes 21, all names."""
    found = []
    for match in _OWNER_OPENING.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if any(at in covered for at in range(start, end)):
            continue
        tags = dictionary().tags([name[1:], name[2]])
        if name[0] in SURNAMES and name[1:] not in _NOT_GIVEN_PAIRS and "某" not in name \
                and not any(tags.get(word, "")[:1] in _NO_GIVEN_TAGS for word in (name[1:], name[2])):
            found.append((start, end))
    return found


_OWNER_OPENING = re.compile(r"(?:^|(?<=[，。；！？、\n“「]))([\u4e00-\u9fff]{3})的(?:大学|高中|老)?(?:"
                            + "|".join(RELATIONS) + ")")
_NOT_GIVEN_PAIRS = frozenset((*ADDRESS_AFTER, *FAMILIAR_ADDRESS, *ROLE_TITLES))  # (孔书记的女儿, 袁老太的儿女)
_NO_GIVEN_TAGS = frozenset("pcdurf")  # jieba's function words and locatives (他们, 我, 上)


def _kin_named_as_a_place(text: str, start: int, bounds: set[int]) -> tuple[int, int] | None:
    """A word of two or three at ``start``, right after a word of kinship, that begins with a surname and that
    jieba's dictionary holds as a place it counts seldom, before a verb, a preposition or an adverb (母亲曾黎在一旁,
    jieba's 曾黎 a place counted four times; not 父亲[黄山]人), or of one character a preposition or an adverb,
    not a verb that may end the name (儿子华汉|生回忆): of the corpora's words jieba tags a place right after a word
    of kinship, both are names."""
    if start not in bounds:
        return None
    for end in (start + 3, start + 2):
        word, after = text[start:end], text[end:end + 2]
        tags = dictionary().tags([word, after, after[:1]])
        if end in bounds and word[0] in SURNAMES and tags.get(word, "").startswith("ns") \
                and dictionary().frequency(word) < RARE_PLACE \
                and (tags.get(after, "")[:1] in ("v", "p", "d") or tags.get(after[:1], "")[:1] in ("p", "d")):
            return start, end
    return None


def _kin_name(text: str, start: int, end: int, surnames: Container[str], bounds: set[int]) -> bool:
    """Is ``text[start:end]`` a relative's name by its shape: one of ``surnames`` (not 阿, which makes
    familiar names of one character more: 哥哥阿良|持桨), where jieba's words begin and end (or a word it
    made up of the last and 说 or 称, or the first of a word of its dictionary: 父亲全文|茂说, 全文|茂一|早就),
    ending in no word of its own that names do not end with (but 和 before an adverb: 父亲林家和很不理解)?"""
    name = text[max(start, 0):end]
    ends = end in bounds or end + 1 in bounds and not dictionary().tags([text[end - 1:end + 1]]) \
        and (text[end:end + 1] in _SAYS or bool(dictionary().tags([text[end:end + 2]])))
    return name[:1] in surnames and name[0] != "阿" and start >= 0 and start in bounds and ends \
        and HAN_RUN.fullmatch(name) is not None and name[1] not in (name[0], "某") and name[-1] not in NEVER_NAME_FINAL \
        and not (end - 1 in bounds and _function_word(name[-1]) and not _ends_before_an_adverb(text, end)) \
        and not before_done(text, end)


def _ends_before_an_adverb(text: str, end: int) -> bool:
    """Does a character that ends names as often as it joins them (和, 生) end a name at ``end``, an
    adverb after it, where 'and' would join a noun (父亲林家和很不理解; not 父亲赵增和兄长)?"""
    after = text[end:end + 2]
    tags = dictionary().tags([after, after[:1]])
    return text[end - 1] in NAME_FINAL_GLUE and (tags.get(after) or tags.get(after[:1], ""))[:1] in ("d", "z")


_KIN_BEFORE = re.compile(_KIN)
_SAYS = ("说", "称")  # the verbs of speaking of one character that jieba glues to a name's last
_ENDS_NAMES_OF_THREE_TOO = NAME_FINAL_GLUE | {"之"}  # (after two: 爸爸孙远和, 妻子侯御之)
_PROPER_NOUN_TAGS = frozenset(("ns", "nt", "nz"))  # jieba's tags of places, bodies and other proper nouns
_FOREIGN_CLASS = "[" + "".join(sorted(DOTTED_CHARS)) + "]"  # (of both tables: 买买提江)
_FOREIGN_RUN = re.compile(f"{_FOREIGN_CLASS}(?:{_FOREIGN_CLASS}|[{NAME_DOTS}](?={_FOREIGN_CLASS})){{2,}}")
_FUNCTION_WORD_TAGS = frozenset("pcdur")  # jieba's tags of prepositions, conjunctions, adverbs, particles and pronouns


def _function_word(word: str) -> bool:
    """Is ``word`` a preposition, conjunction, adverb, particle or pronoun to jieba's dictionary?"""
    return dictionary().tags([word]).get(word, "")[:1] in _FUNCTION_WORD_TAGS


def in_full(text: str, surnames: set[str]) -> list[str]:
    """Three characters written twice or more that begin with a surname the text uses alone (高师傅,
    申书记), and so may be that person's name in full where the model found none (高|凤林, 申|学风, whose
    surnames jieba takes for words): not the surname and a form of address or title (高师傅), no word of
    jieba's dictionary at the start (高度重视), nor what ends no name (高凤说). Of the development and test
    documents and two eighths of the training part read by models trained without them, one holds such
    a run the model left, and it is annotated as no one (庄希泉基金会)."""
    grams = Counter(text[at:at + 3] for surname in surnames for at, _end in literal_spans(text, surname)
                    if at + 3 <= len(text) and HAN_RUN.fullmatch(text, at, at + 3))
    return [gram for gram, count in grams.items() if count >= 2 and _name_of_three(gram)]


def speaking_in_full(context: Context) -> list[str]:
    """Three characters so shaped (:func:`in_full`) written twice or more, beginning with a surname, where the
    text uses none alone but one of them speaks (石述柱说: jieba's made-up 石述 and 柱, which the model left),
    none of its words beginning at the first or second character (not 向|大家致以, 但|同时承认), unless the first is
    a name to jieba alone, ending no word wherever written, and the rest no body (雍|严格告诉笔者: of the corpora's
    such names of a surname jieba calls a name and a word, written twice or more and once before a verb of speaking,
    14 of 15 are names, the other 瓦克斯|金|公司说; not 跨世|纪|发展提出), nor where its surname ends a title (主[帅]里皮)."""
    text = context.text
    grams = Counter(match.group(1) for match in _THREE_FROM_A_SURNAME.finditer(text))
    return [gram for gram, count in grams.items() if count >= 2 and _name_of_three(gram)
            and not dictionary().tags([gram])
            and (not dictionary().tags([gram[1:]])  # (no word after the surname either: 向|大家, 但|同时)
                 or dictionary().tags([gram[0]]).get(gram[0], "").startswith("nr") and gram[1:] not in ORG_HEADS
                 and not dictionary().tags(text[start - 1:start + 1] for start, _end in literal_spans(text, gram)))
            and any(context.speech_after(end) for _start, end in literal_spans(text, gram))
            and not any(text.endswith(TITLES_OF_TWO_OR_MORE, 0, start + 1) for start, _end in literal_spans(text, gram))]


def _name_of_three(gram: str) -> bool:
    """Can ``gram`` be a surname's full name: not the surname and a form of address or title (高师傅), no word of
    jieba's dictionary at the start (高度重视), nor what ends no name (高凤说)?"""
    return not gram[1:].startswith(ROLE_TITLES) and not gram[1:].startswith(ADDRESS_AFTER) \
        and gram[2] not in NEVER_NAME_FINAL and not dictionary().tags([gram[:2]])


_THREE_FROM_A_SURNAME = re.compile("(?=([" + _ONE_CHARACTER_SURNAMES + "][\u4e00-\u9fff]{2}))")


def familiar(context: Context, named: Container[str]) -> list[tuple[int, int]]:
    """Surnames of someone called 小张 or 老王 after a title, calling or word of kinship (店员小张, 司机老王, 老伴老周),
    before a verb of speaking (小张告诉记者), or of someone named in full (``named``: the
    surnames of the names found; 妻子周红梅……“老周比我还辛苦”): that person, marked by the surname
    as annotated news marks 老[王]. Not where 老 or 小 ends a word (从小, 古老), the surname
    begins one (小王子, 老高兴) or ends a longer one (居民小区), or both are a common word (王老师说: 老师),
    nor after 日本 and a title, where 小 begins a Japanese family name (东京都知事小池百合子)."""
    text = context.text
    found = []
    for match in _FAMILIAR.finditer(text):
        start, end = match.start(1), match.end(1)
        if dictionary().tags([text[start - 2:start], text[start - 3:end], text[start - 2:end]]) \
                or _begins_a_word(text, start, end) \
                or not HAN.match(text[end:end + 1] or "x") and text[end:end + 1] not in "，。；：:、 " \
                or dictionary().frequency(text[start - 1:end]) >= _COMMON or text[start - 2:start - 1] == "姓" \
                or dictionary().tags([text[start - 1:end]]).get(text[start - 1:end], "")[:1] in ("v", "a", "p", "c"):
            continue  # (and not a common word of its own: 老师, 小时, 老板; jieba counts 老张 256 times, 老师 6,415; nor a
            # verb, adjective or function word of its dictionary, 妻子小于丈夫三岁, 'less than'; nor
            # the old man one told by surname is, 李姓老翁说)
        if JAPANESE_TITLED.search(text, max(0, start - 12), start - 1):
            continue  # (日本东京都知事小池百合子: 小 begins a Japanese family name)
        if text[start] in named or context.titles_before(start - 1) or text.endswith(KINSHIP, 0, start - 1) \
                or speaks(text[end:end + 12]):  # (她的老伴老周在一旁: a word of kinship, as a title)
            found.append((start, end))
    return found


def _begins_a_word(text: str, start: int, end: int) -> bool:
    """Does the surname begin a word of jieba's dictionary (小王子, 老高兴) that no word after it takes its last
    character from (老周|一边, not 周一: jieba cuts so too)?"""
    return bool(dictionary().tags([text[start:end + 1]])) \
        and not (dictionary().tags([text[end:end + 2]]) and not dictionary().tags([text[start:end + 2]]))


_FAMILIAR = re.compile("[老小]([" + _ONE_CHARACTER_SURNAMES + "])")
_COMMON = 1000  # how often jieba's dictionary counts a word that is no one's familiar name (老师; 老马 270)


def little_given_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name of one the model found right after 小 taken whole with it where that character begins under 45 in 100 of
    the names of jieba's dictionary it is in: a given name (小平, 小门, 小宁), as MSRA's news annotates them, not a
    surname alone (小[王], 王 begins 81 in 100). Of MSRA's 64 such, 62 are read right so, against 45 as surnames."""
    return [(start - 1, end) if end - start == 1 and text[start - 1:start] == "小"
            and given_more_than_surname(text[start]) else (start, end) for start, end in spans]
