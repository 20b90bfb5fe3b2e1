"""What names and the words around them look like: Chinese and Latin characters, the share of
transliteration characters, surnames, rare words, dates, and the small sets of function words
the rules of the other modules share."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from tui.dates import scan as scan_dates
from tui.extract.dictionary import dictionary
from tui.extract.lexicon import (
    ADVERBS,
    COMPOUND_SURNAMES,
    GLUED_AFTER,
    NAME_DOTS,
    ROLE_TITLES,
    SPEECH_VERBS,
    SURNAMES,
    TRANSLIT,
    TURKIC_TRANSLIT,
)
from tui.traditional import to_simplified


CONJUNCTIONS = ("和", "与", "及", "同", "跟")  # 'and': none of them stands before an enumeration comma

HYPHENS = "-‐－"  # between the parts of a given name (让-马克)
# A dotted name's parts: Chinese characters, none of them a particle or conjunction that runs
# one name into the next (马丁·路德·金[的]女儿伯尼斯·金).
_DOTTED_PART = r"(?:(?![的之和与及是在])[\u4e00-\u9fff]){1,8}"
DOTTED = re.compile(rf"{_DOTTED_PART}(?:[{NAME_DOTS}]{_DOTTED_PART})+")
# Latin letters, accented ones too (António, Erdoğan): upper case, and lower case or either.
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f"
# A surname may open with a particle before its capital (LeCun, McDonald, DiCaprio, O'Brien).
LATIN_WORD = rf"(?:Mac|Mc|Le|La|De|Di|Du|Da|Van|Von|O')?[{UPPER}][{LOWER}]+(?:[-'][{UPPER}]?[{LOWER}]+)?"
# The particles written in lower case inside a name, before a capital: Dutch, German, Romance and Arabic ones (Ursula
# von der Leyen, Virgil van Dijk, Lula da Silva, Mohammed bin Salman).
NAME_PARTICLES = r"(?:(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|la|le|bin|ibn|al|el)[ \u00a0])*"
LATIN_FULL = re.compile(rf"(?<![{UPPER}{LOWER}]){LATIN_WORD}(?: {NAME_PARTICLES}{LATIN_WORD}){{1,2}}(?![{UPPER}{LOWER}])")
# One Latin word alone, a name only by what stands before it (成员Jennie, 分析师Smith).
LATIN_ALONE = re.compile(rf"(?<![{UPPER}{LOWER}. ]){LATIN_WORD}(?![{UPPER}{LOWER} .])")
HAN = re.compile(r"[\u4e00-\u9fff]")


def translit_share(text: str, table: frozenset[str] = TRANSLIT) -> float:
    """The share of ``text``'s characters, dots and hyphens aside, that ``table`` holds, in either script (杜蘭特)."""
    chars = [c for c in to_simplified(text) if c not in NAME_DOTS and c not in HYPHENS]
    return sum(c in table for c in chars) / len(chars) if chars else 0.0


_FUNCTION_TAGS = "dmqpcurtf"  # jieba's tags of adverbs, numbers, measures, function words, pronouns, times, places


def rare_word(word: str) -> bool:
    """Is ``word`` one jieba's dictionary counts at its least (five times or fewer), of any kind
    but a noun's or a function word's? It has some names so, under other tags (陶喆 vn, 舒默 a,
    three times each; 牛犇 a time, t, where no date is read); not 工程师[周报制]值得推广 (a noun, twice)."""
    tag = dictionary().tags([word]).get(word, "n")
    return dictionary().frequency(word) <= 5 \
        and (tag[:1] not in _FUNCTION_TAGS + "n" or tag == "t" and not is_date(word))


def has_surname(form: str) -> bool:
    """Does ``form`` begin with a surname, in either script (葉劉淑儀 as 叶刘淑仪)?"""
    folded = to_simplified(form[:2])
    return folded in COMPOUND_SURNAMES or folded[:1] in SURNAMES


def begins_with_any_surname(form: str) -> bool:
    """Does ``form`` begin with a surname of the table or one jieba's dictionary holds alone as a name (赖, 洪:
    surnames the table the tagger was trained with lacks), in either script (賴)?"""
    first = to_simplified(form[:1])
    return has_surname(form) or dictionary().tags([first]).get(first) == "nr"


# Latin initials before a Chinese name (J.K.罗琳, J·D·万斯): part of the name.
INITIALS = r"(?<![A-Za-z])(?:[A-Z] ?[.．·•・‧] ?){1,3}"

# The characters of the table of foreign names as a class of a pattern.
TRANSLIT_CLASS = "[" + "".join(sorted(TRANSLIT)) + "]"

# A monarch's or pope's number after the name (三世), not a century or generations (四世同堂).
REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪紀界代同])")

# The characters of foreign names, of either table (买买提江).
DOTTED_CHARS = TRANSLIT | TURKIC_TRANSLIT

# Adverbs and conjunctions that begin a clause's predicate (则, 也, 却, 还…): none is a
# transliteration character, so none ends a foreign name written in Chinese.
GLUED_ADVERBS = frozenset("则也却还都又就便皆均已")

# With someone's help, support, lead or company, as the deed's setting before its doer (在孙女张可欣的帮助下，她……):
# whoever it names is not who did what the sentence tells.
HELPED_BY = re.compile(r"在[^，。；,;]{1,20}?(?:帮助|支持|带领|陪同|鼓励|指导|协助|资助)下[，,]")
SAID_IN = re.compile(r"在[^，。；！？、\n,;]{1,10}?[中上时里后]")  # where something was said: 在声明中, 在记者会上, 在会议后
# One's words told right after one's name, by a verb of speaking and a comma or colon (马德福说，, 李福林说：), also past
# where they were said (陈彦在唁电中说，).
SPOKEN = re.compile(f"(?:{SAID_IN.pattern})?(?:{'|'.join(SPEECH_VERBS)})[，,：:]")

NOT_LAST = GLUED_AFTER | GLUED_ADVERBS | {a for a in ADVERBS if len(a) == 1} | set("先才再正")  # ends no name

# Chinese numerals, which begin 40 of the corpora's 37,625 names (三毛, 三塚博, 二阶堂进: nicknames and
# Japanese names) and, after a title or in a list, a count or a rank: 妻子[一人]身上, 第一、二、[三单打].
NUMERALS = frozenset("一二三四五六七八九十两几")

# Prepositions and conjunctions that stand right before a name (向X表示, 与X会谈, 被X发现, 连X也, 比X好), of
# the single-character function words of Chinese news.
BEFORE_NAMES = frozenset("向对和与跟给被让把同为替由及将连比")
# Of those and the like, and of the verbs of saying of one character, the ones that begin none of the corpora's
# 37,625 names.
BEGINS_NO_NAME = frozenset("被把将对给叫使跟在除自离以据按沿往当但问说称讲答"  # (选手[除]孔、刘两人外, 记者[问]拉埃)
                           # and the function words and verbs of jieba's dictionary, no surname nor character of
                           # the tables, that stand before names of two or three four times or more and begin none
                           # ([找]贞雅谈话, 会[见]王明; not those that begin Japanese family names, 立花, 望月, 入江, nor
                           # foreign ones, 赞丹沙塔尔)
                           "的了统是与举到为有用着像而念表授请演助见及届握打起括亲可受究得求办找识待犯予援看读告环领导述去借系督定然要靠获替示践伴认挥监映编听击访送斗诉随调设刚做绕接仅")
# Of those, the ones that begin transliterations of the corpora (比尔, French 让 for Jean: 让·雷诺).
BEGINS_TRANSLITERATIONS = frozenset("比让")

DAY_AFTER = re.compile(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日")  # 12日, 9月7日

# Characters that make a word of the name right before them (梅西杯, 张家, 王老, 鲁迅奖, 毛体), and their kind.
NAME_SUFFIXES = frozenset("杯奖牌案家派体式号路街村楼馆像墓碑祠堂传诗词画作摘题集语学老哥姐叔婶爷奶们俩氏真环")

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")

# The titles of two characters or more, and where one stands in a text (the longest first, as they are sorted).
TITLES_OF_TWO_OR_MORE = tuple(t for t in ROLE_TITLES if len(t) >= 2)
TITLE_AT = re.compile("|".join(map(re.escape, TITLES_OF_TWO_OR_MORE)))


def plain_word(chars: str) -> bool:
    """Is ``chars`` a word of jieba's dictionary that names no person or place and is no
    transliteration (赛后 is; 玉林 and 维奇 are not)?"""
    tag = dictionary().tags([word := to_simplified(chars)]).get(word, "")  # 赛後 is 赛后
    return bool(tag) and not tag.startswith(("nr", "ns")) and translit_share(word) < 1


def given_more_than_surname(char: str) -> bool:
    """Does ``char`` begin under 45 in 100 of the names of jieba's dictionary it is in (平, 门, 宁; not 王, 张)?"""
    return dictionary().begins_names(char) < 0.45


@lru_cache(maxsize=4096)
def times_written(text: str, literal: str) -> int:
    """How often ``literal`` stands in ``text``, as ``str.count`` says, remembered: the steps ask it of each name
    the tagger found, and a long text holds thousands (a text's hash is kept on it, so looking up is cheap)."""
    return text.count(literal)


def sentence_start(text: str, at: int) -> int:
    """Where the sentence that holds ``at`` begins: past the last stop or line break before it."""
    return max(text.rfind(stop, 0, at) for stop in _SENTENCE_STOPS) + 1


_SENTENCE_STOPS = "。！？\n"
OPENING_QUOTES = frozenset("“\"「『‘")  # what opens a quotation or a name set in quotes


def literal_spans(text: str, literal: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Where ``literal`` stands in ``text[start:end]``, left to right, none overlapping (as
    ``re.finditer`` of it would give, without compiling a pattern for each literal)."""
    end = len(text) if end is None else end
    at = text.find(literal, start, end) if literal else -1
    while at >= 0:
        yield at, at + len(literal)
        at = text.find(literal, at + len(literal), end)


# Characters that end a clause's subject rather than a given name (郭冠[以]145公斤, 江[的]): a
# surname's given name runs over none of them.
NOT_GIVEN = NOT_LAST | frozenset("以的了着过之而从")
# Characters common in the training corpora (a thousand times or more in their 4 M characters) that end none of
# their 37,625 names, most common first: a word jieba made up that ends in one is no name (航天员[单次]飞行).
ENDS_NO_NAME = frozenset(
    "的是不上这出个对到们他产动下现者分就自场报与说过化员区制面电事而小队将外两种十次设各企题入系着所还最"
    "位术使些界改技组并导由领此去性解议结际持交赛管共但局省近取据认把调无办物手更看受职步观指质形规没式被"
    "商只话数创首件几接气价专样别给投究支级条变很示服族县转协推争做反织回识视势节每证该困再感极整续她打片"
    "色率走必它谈副校亿带具完或供线策访防象责命境引况仅快剧批始港告消型户失住医划贫么演习足值越段类致较获"
    "息切护核验往厂断讯速讲负案落亲包未八版届养险警贸款灾股装即油俄便排字态突注货层送预减病你须份销检半尽"
    "按紧围算随促监配终画却破试充除晚降愿执限察料且食馆像奖网票读站写担待早挥令止击抓请眼救离仍旅苦独状"
)
ENDS_GIVEN_NAMES = frozenset("正才生胜和曾先")  # of those, each ends 18 or more of the corpora's names of three


def is_date(form: str) -> bool:
    """周四, 周末: a weekday or other date that a surname happens to begin."""
    return any(e.start == 0 and e.end == len(form) for e in scan_dates(form))


# How far before a 他 or 她 the one it stands for may be named, in characters (韩志忠说……他的儿子).
PRONOUN_REACH = 120


def familiar_start(text: str, start: int) -> int:
    """Where a mention of a surname alone begins as written: before its 老 or 小 (弟弟小[王], whose
    relation is before the 小; 老[杨]的孙子, of 老杨)."""
    return start - 1 if text[start - 1:start] in ("老", "小") else start
