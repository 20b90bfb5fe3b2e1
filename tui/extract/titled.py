"""Names found by the title before them (总统普京, 部长石广生), and the offices a title names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate

from tui.dates import scan as scan_dates
from tui.extract.context import Context, acts, glued_before_zhe, speaks, spoke_when_meeting, word_starts
from tui.extract.dictionary import COMMON_AS_A_WORD, FUNCTION_TAGS, dictionary
from tui.extract.foreign import (JAPANESE_TITLED, after_japanese_office, japanese_man_of_five, japanese_name,
                                 names_japan, time_word_at)
from tui.extract.lexicon import (
    ADDRESS_AFTER,
    ADVERBS,
    AIDES,
    COMMON_SURNAMES,
    COUNTRIES,
    GLUED_AFTER,
    KINSHIP,
    MALAY_STYLES,
    MEMORIALS,
    NAME_DOTS,
    NEVER_NAME_FINAL,
    PLACE_ENDINGS,
    RELATION_TITLES,
    ROLE_TITLES,
    SENDING,
    SURNAMES,
    TITLE_JOINERS,
    TITLE_PREFIXES,
    TITLES,
    TO_REPORTERS,
    TRANSLIT,
    WEAK_TITLES,
    WHY_OR_WHAT_MEANT,
)
from tui.extract.shapes import (BEFORE_NAMES, BEGINS_NO_NAME, ENDS_GIVEN_NAMES, ENDS_NO_NAME, HAN, HAN_RUN, NOT_GIVEN,
                                NOT_LAST, NUMERALS, begins_with_any_surname, has_surname, is_date, plain_word,
                                rare_word, times_written, translit_share)
from tui.traditional import to_simplified


def surnamed_before_title(context: Context, bounds: set[int]) -> list[tuple[int, int]]:
    """Names of three that jieba cut into a surname its dictionary tags as a name and a word of two that is no
    verb nor place, right before a title (岳|万民|县长关于; not 连|台湾|领导人): of the corpora's 34 such, 33 are names.
    Nor the title's own rank (城市司|首席|统计师: a department's chief statistician)."""
    text = context.text
    return [(start, start + 3) for start in sorted(bounds)
            if text[start:start + 1] in SURNAMES and start + 1 in bounds and start + 3 in bounds
            and HAN_RUN.fullmatch(text, start + 1, start + 3) and context.titles_after(start + 3)
            and dictionary().tags([text[start]]).get(text[start]) == "nr"
            and not dictionary().tags([given := text[start + 1:start + 3]]).get(given, "").startswith(("v", "ns"))
            and given not in TITLE_PREFIXES]


def _dated(word: str) -> bool:
    """Is ``word`` a date, or a date and a time of day (周二晚, 今天上午: jieba's dictionary tags the
    latter a name)?"""
    return is_date(word) or any(e.start == 0 and dictionary().tags([rest := word[e.end:]]).get(rest, "")[:1] == "t"
                                for e in scan_dates(word))


def _led_by_a_function_word(name: str) -> bool:
    """Does ``name`` begin with a conjunction or preposition and a word (运动员[和官员]参加,
    负责人[向美方]介绍), with a verb of going (特使[来南亚]访问, 球员[回母队]参加, 企业家[随团]访问), or with 'after' or 'before' and a
    word, the time of holding the office (就任日本首相[后首次]与李在明会面)? Each is a surname too, but a rare one. Or
    with why or what was meant (主力中锋[因伤]缺阵, jieba's made-up word: no name of the corpora begins so)."""
    return (name[:1] in BEFORE_NAMES or name[:1] in _WHEN_IN_OFFICE) and plain_word(name[1:]) or name[:1] in _GOING \
        or name.startswith(WHY_OR_WHAT_MEANT)


_WHEN_IN_OFFICE = frozenset("后前")  # after or before holding it: 就任日本首相[后首次]
# Verbs of going or going along, surnames too, before a place or body: 特使[来南亚]访问, 球员[回母队]参加, 企业家[随团]访问
# (no name of the corpora begins with 随).
_GOING = frozenset("来去回到随")


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
            and (rest[1] not in NOT_GIVEN or rest[1] in ENDS_GIVEN_NAMES):
        return start, end + 2  # 副部长金|与正此前: no one stands after the 'and', so it is a given name's
    size = 0
    while size < 2 and HAN.match(rest[size:size + 1]) \
            and (rest[size] not in NOT_GIVEN or size == 1 and rest[1] in _ENDS_TITLED_NAMES
                 or size == 0 and rest[0] == "正" and text[start] not in BEFORE_NAMES
                 and (rest[:2] == "正在" or not dictionary().tags([rest[:2]]).get(rest[:2], "").startswith("t"))):
        size += 1
    return start, end + size


# Characters that, second after a surname written after a title, end its given name (市长蔡|战胜，以及): of the
# corpora's names after a title, 102 of three end in 生, 18 in 才 and 12 in 胜; none of two stands before one. And
# 正, an adverb too, begins one there (副主席袁|正中参加): of the corpora's 51 surnames after a title before 正, 48
# begin a name of three, two one of two, and none stands before 正 as an adverb but where the 'surname' is a
# conjunction (领导人[和]正在访印) or makes a word with it (严正指出); so also before 在, where jieba reads its time
# word 正在 (市长龚正|在调研), but not before its other time words of 正 (正月, 正午).
_ENDS_TITLED_NAMES = frozenset("生才胜")
_JOINING = ("和", "与", "及")  # conjunctions that join two names (not the 同 of CONJUNCTIONS, which ends 共同: 鲁宾共|同主持)


def three_before_a_stop(context: Context, start: int, end: int) -> tuple[int, int]:
    """A name of two the tagger found right after a title, before one character more and a stop, is a name of three
    (副市长蒋以|任，): of the corpora's surnames after a title with two characters and a stop after them, 886 begin a
    name of three, none one of two, unless the third ends subjects rather than given names or says something
    (市长王明[说]，). So too before a time word of jieba's dictionary, unless the third is a function word's (行政长官李家超上月,
    jieba's 李家|超上: of the corpora's surnames with two characters after them and so a time word, 474 begin a name of
    three, nine one of two, 李鹏首先), and before a conjunction (董事长蔡明|介与, jieba's 介与: of the corpora's names
    after a title, 185 of three stand before one, none of two before one character more and one)."""
    text = context.text
    if end - start == 2 and text[start] in SURNAMES and HAN.match(text[end:end + 1]) \
            and (text[end + 1:end + 2] in (*_STOPS, *_JOINING) or time_word_at(text[end + 1:end + 4])
                 and dictionary().tags([text[end]]).get(text[end], "")[:1] not in FUNCTION_TAGS) \
            and text[end] not in NOT_GIVEN and text[end] not in _SAYING and context.titles_before(start):
        return start, end + 1
    return start, end


def appointed_japanese_whole(context: Context, start: int, end: int) -> tuple[int, int]:
    """A Japanese name the tagger cut in a notice of appointments is all that stands between the verb or the comma
    and 为 (任命铃木俊|一为干事长，[有]村治子为总务会长: jieba's 一为 and 有), where that is a Japanese name of two to
    five as :func:`japanese_name` reads its beginning and 为 gives an office."""
    return _appointed_japanese(context, start, end) or (start, end)


def appointed_japanese(context: Context, start: int, end: int) -> bool:
    """Is the span such a name whole (有村治子为总务会长: its 有 is the name's, no verb glued on)?"""
    return _appointed_japanese(context, start, end) == (start, end)


def _appointed_japanese(context: Context, start: int, end: int) -> tuple[int, int] | None:
    text = context.text
    last = text.find("为", end, end + 3)
    if last < 0:
        return None
    first = next((at for at in range(start, max(0, start - 2) - 1, -1) if context.opens_an_appointment(at)), None)
    if first is None or not 2 <= last - first <= 5 or not HAN_RUN.fullmatch(text, first, last) \
            or not names_japan(text):
        return None
    office = re.match(r"[^，。；,;、\s（(]{2,20}?(?=[，。；,;、\s（(]|$)", text[last + 1:last + 24])
    if office is None or not office.group().endswith(ROLE_TITLES) or japanese_name(text, first) is None:
        return None
    return first, last


_ONE_CHARACTER_ADVERBS = frozenset(a for a in ADVERBS if len(a) == 1)  # (则, 也, 都, 还: glued after a name by jieba)
_STOPS = ("，", "、", "。", "；")
_SAYING = frozenset("说称道讲问答")  # verbs of saying of one character, which a stop may follow
_SAID = frozenset("说称")  # (not 道, which ends names: 王志道)
_AFTER_SAYING = frozenset("，,：:“「")


def _given_name_before_title(text: str, end: int) -> bool:
    """Are the two characters after a surname ending at ``end`` its given name, as a title or form
    of address follows them (律师事务所朱|自强律师), or a comma or a verb of speaking where the surname opens
    a sentence (孙|大志，60年代毕业于; 刘|大国说: of the corpora's sentences that open so, 662 open with a name
    of three, one with a surname alone) or follows a closing quote (提起“渠支书”黄|大发，: of the corpora's names
    right after one, 68 are of three, and none is a surname alone but before a title, an address or a word of
    kinship), or a verb of speaking anywhere where they tell no one how (代表李|欣然表示; see
    ``_says_how``)? Not a title or address itself (胡教授, 周总理), nor after 老, 小 or 、 (老于, 汤、尤杯赛)."""
    given, before = text[end:end + 2], text[end - 2:end - 1]
    if len(given) < 2 or not HAN_RUN.fullmatch(given) or set(given) & NOT_GIVEN or before in ("老", "小", "、") \
            or text.startswith(("某", *ADDRESS_AFTER, *ROLE_TITLES, *KINSHIP), end):
        return False
    return text.startswith((*ADDRESS_AFTER, *ROLE_TITLES), end + 2) \
        or before in ("", "\n", "。", "！", "？", "”", "」") \
        and (text[end + 2:end + 3] in ("，", "：") or speaks(text[end + 2:end + 18])) \
        or speaks(text[end + 2:end + 18]) and not _says_how(given)


def _says_how(word: str) -> bool:
    """Is ``word``, between a surname and a verb of speaking, how or who speaks rather than a given name: a pronoun,
    a preposition, a conjunction or an adverb jieba's dictionary counts often (袁[再次]提出, 常[本人]承认; not
    李|欣然表示, 顾|昂然说)? Of the training split's surnames jieba cut alone before a word of two and a verb of
    speaking, that no title, form of address or 老, 小 or 、 stands beside, 56 begin a name of three and two stand
    alone, one before each of those."""
    tag = dictionary().tags([word]).get(word, "")
    return tag[:1] in ("r", "p", "c", "u") or tag[:1] == "d" and dictionary().frequency(word) >= COMMON_AS_A_WORD


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
    副委员长丁石孙: no country or body is so called), nor before the titles of one's staff (普京发言人佩斯科夫,
    泽连斯基幕僚长叶尔马克, 特朗普顾问米勒: as modern news writes them; the corpora write none such after a name)."""
    text = context.text
    titled = {text[start:end] for start, end in spans if context.title_chain(start)[0]}
    forms = {text[start:end] for start, end in spans if end - start > 1} - titled
    found = set()
    for start, end in spans:
        titles, chain_start = context.title_chain(start)
        if not titles or is_date(text[start:end]) \
                or any(t.endswith(_NOT_OFFICES) for t in titles) or titles[-1].endswith((*AIDES, *_STAFF)) \
                or any(joiner != "兼" and joiner in text[chain_start:start] for joiner in TITLE_JOINERS) \
                or context.titles_after(end):
            continue  # (江泽民总书记李鹏总理委托: names with their titles after, one after the other)
        if text.startswith(MEMORIALS, chain_start):
            continue  # (鲁迅纪念馆馆长X: a memorial's head, the memorial named after a person)
        head = next((h for h in _BODY_HEADS if text.endswith(h, 0, chain_start)), "")  # 周大福[集团]主席X
        if not head and (latin := _LATIN_UNIT.search(text, max(0, chain_start - 20), chain_start)):
            head = latin.group()  # 谷歌[DeepMind]首席执行官X: a unit of the company, named in Latin letters
        found.update(form for form in forms if text.endswith(form, 0, chain_start - len(head))
                     or any(t.startswith(form) and (t[len(form):].startswith(_BODY_HEADS)
                                                    or _LATIN_OPENING.match(t, len(form))) for t in titles))
        # (or one the title itself opens with, the company read whole: 小鹏汽车董事长X, 谷歌DeepMind首席执行官X)
    return found


_STAFF = ("幕僚长", "发言人", "顾问")  # (a leader's chief of staff, spokesman and adviser, as aides are)


# The heads of company and school names (not 政府: 布什政府国务卿X is Bush's secretary of state),
# and the words companies name themselves by (小鹏汽车董事长X, 小米科技CEO X, 宁德时代董事长X).
_BODY_HEADS = ("集团", "公司", "银行", "证券", "控股", "资本", "基金会", "大学", "学院", "俱乐部", "交易所",
               "汽车", "科技", "股份", "实业", "电器", "航空", "传媒", "时代", "董事会", "理事会")


_LATIN_UNIT = re.compile(r"[A-Za-z][A-Za-z0-9.&]*\Z")
_LATIN_OPENING = re.compile(r"[A-Za-z]")
_NOT_OFFICES = RELATION_TITLES + ("记者", "通讯员")

# Before a foreign name the press writes kinship as it writes titles (特朗普的女婿库什纳).
_KIN_ONLY = frozenset((*KINSHIP, *RELATION_TITLES)) - frozenset(ROLE_TITLES)
_STYLED_NAME = 6  # characters: as long as a Malay name after a style may be (莫哈末哈山, 阿末扎希)
_COMMON_AFTER_A_NAME = 100  # how often jieba's dictionary counts a word that begins after the name (今日, 表示, 国会)


def _after_a_style(text: str, start: int) -> tuple[int, int] | None:
    """The name written after one of Malaysia's styles of honour (拿督斯里阿末扎希在国会外, 拿督斯里安华今日): two to six
    Chinese characters, up to a character glued after names, a common word of jieba's (今日, 表示) or what is no
    Chinese character."""
    run = HAN_RUN.match(text, start, start + _STYLED_NAME + 3)
    if run is None:
        return None
    end = next((at for at in range(start + 2, run.end()) if text[at] in GLUED_AFTER
                or any(dictionary().frequency(text[at:at + size]) >= _COMMON_AFTER_A_NAME for size in (2, 3))),
               run.end())
    return (start, end) if 2 <= end - start <= _STYLED_NAME else None
_TITLES_AND_KIN = re.compile("|".join(re.escape(t) for t in sorted(
    {*(t for t in ROLE_TITLES if t not in WEAK_TITLES), *_KIN_ONLY}, key=len, reverse=True)))


def _japanese_made_up(text: str, match: re.Match[str], cut: list[str]) -> bool:
    """Is the word jieba cuts right after a title one of four it made up, read whole as a Japanese name,
    in a text that names Japan before it (教授中北浩尔也表示)? Of the corpora's 9 such, all are names."""
    return len(cut) > 1 and cut[0] == match.group() and len(cut[1]) == 4 and not dictionary().tags([cut[1]]) \
        and text.find("日本", 0, match.start()) >= 0 \
        and japanese_name(text, match.end()) == (match.end(), match.end() + 4)


def _between_title_and_verb(text: str, start: int) -> tuple[int, int] | None:
    """A surname and one or two characters between a title and a verb of speaking or a person's
    act (分析师陆行之认为, whom jieba cuts 陆行|之; 农民常生强对记者说, jieba's 常生|强; 主席边国礼主持, jieba's
    边|国礼): a name, however jieba cuts it; not an adverb or particle after the surname
    (主任张[还]表示), nor a word that describes (董事长[高兴地]说)."""
    if text.startswith(TO_REPORTERS, start):
        return None  # 负责人向记者表示: to whom, no one's name
    for size in (3, 2):
        name = text[start:start + size]
        rest = text[start + size:start + size + 12]
        told = next((rest[len(to):] for to in TO_REPORTERS if rest.startswith(to)), rest)  # (农民常生强[对记者]说)
        if len(name) < size or not HAN_RUN.fullmatch(name) or name[0] not in SURNAMES \
                or not (speaks(told) or acts(rest)):
            continue
        if name[-1] in _DESCRIBING or name[-1] in NOT_LAST or set(name[1:-1]) & (NOT_LAST - ENDS_GIVEN_NAMES) \
                or _led_by_a_function_word(name) or _dated(name) \
                or plain_word(name) and dictionary().frequency(name) > 5 \
                or size == 3 and name[-1] in _WHEN_DONE and dictionary().tags([name[:2]]).get(name[:2], "nr")[:2] != "nr":
            return None  # (首相[官邸]对记者说: a word jieba counts more than at its least; 博士[毕业后]加入团队: when,
            # a word and 后, 前, 时 or 间, which end none of the corpora's names of three so begun)
        tags = dictionary().tags([name, name[:2], name[1:]])
        if any(tags.get(part, "n")[:1] in _NOT_IN_NAMES + ("" if part == name[:2] != name else "d")
               and not (part == name[1:] != name[1] and _rare_adjective(part, tags.get(part, "")))
               for part in (name, name[:2], name[1:])):
            return None  # (高兴 an adjective, 我们 a pronoun, 连连 an adverb: no name; but 高新|亭, and a given
            # name of two that is an adjective jieba counts at its least, as many are: 单|卓然; not 应|积极)
        return start, start + size
    return None


_WHEN_DONE = frozenset("后前时间")  # (after, before, when: 毕业后, 退休前, 工作时, 任职期间)


def _rare_adjective(word: str, tag: str) -> bool:
    """Is ``word`` an adjective (not an adverb's, ``ad``) that jieba's dictionary counts under
    ``COMMON_AS_A_WORD`` times (卓然 35, 刚强 61; not 积极, 伟大)?"""
    return tag == "a" and dictionary().frequency(word) < COMMON_AS_A_WORD


_DESCRIBING = frozenset("的地得着了过")
_NOT_IN_NAMES = "avpcur"  # jieba's tags of adjectives, verbs, function words and pronouns


def _transliterated_after(text: str, start: int, clause_start: int, cut: list[str]) -> tuple[int, int] | None:
    """A run of three or more transliteration characters right after a title, up to the last
    place jieba ends a word inside it (主帅瓜迪奥拉赛后: jieba cuts 瓜|迪奥拉|赛后, 瓜 a noun of its
    dictionary): a foreign name however jieba cuts it, unless the run is a word of its own that
    names no one (a place, a noun); after a verb of sending or asking that jieba cuts alone (主教练[派]|阿隆索首发).
    Or a run of two that jieba cuts into two words of one, neither a word that stands before or after names."""
    if text[start:start + 1] in SENDING and start + 1 in accumulate(map(len, cut), initial=clause_start):
        start += 1
    end = start
    while end < len(text) and end - start < 8 and text[end] in TRANSLIT:
        end += 1
    if end - start == 2 and {start + 1, end} <= set(accumulate(map(len, cut), initial=clause_start)) \
            and not dictionary().tags([text[start:end]]) and not BEGINS_NO_NAME.intersection(text[start:end]) \
            and not GLUED_AFTER.intersection(text[start:end]):
        return start, end  # (主帅里|皮的助手: two characters of the table jieba cuts apart, no word of its own)
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
    before a word of it (奶奶[向澎湃]新闻称: 'to'), nor an adverb before a word of it that names no one (母亲[曾建议]:
    'once'), nor before a time word (父亲[于当日]凌晨逝世: 'on that day')."""
    if len(cut) < 3 or cut[0] != match.group() or len(cut[1]) != 1 or cut[1] not in COMMON_SURNAMES:
        return None
    given = cut[2] if len(cut[2]) == 2 else cut[2] + cut[3] if len(cut) > 3 and len(cut[2]) == len(cut[3]) == 1 else ""
    tags = dictionary().tags([cut[1], given])
    if not HAN_RUN.fullmatch(given) or NOT_GIVEN.intersection(given) \
            or cut[1] in BEFORE_NAMES and given in tags \
            or tags.get(cut[1], "")[:1] == "d" and tags.get(given, "nr")[:2] not in ("nr", "ns") \
            or dictionary().tags([given]).get(given, "")[:1] == "t" \
            or dictionary().tags([name := cut[1] + given]).get(name, "nr")[:2] != "nr":
        return None
    return match.end(), match.end() + 3


def _made_up_after_kin(match: re.Match[str], cut: list[str]) -> tuple[int, int] | None:
    """A word of two jieba made up right after a word of kinship or a relation, a common surname and a character that
    ends given names (我的徒弟胡泊现在: no word of its dictionary, as 女儿张开 is), as a name of two is written."""
    if len(cut) < 2 or cut[0] != match.group() or len(word := cut[1]) != 2 or not HAN_RUN.fullmatch(word) \
            or word[0] not in COMMON_SURNAMES or word[1] in NOT_GIVEN or word[1] in NEVER_NAME_FINAL \
            or dictionary().tags([word]):
        return None
    return match.end(), match.end() + 2


def given_name_apart(context: Context, start: int, end: int) -> bool:
    """Is the span a surname and a given name of two that jieba's dictionary holds as a place's or a name
    right after a title, where jieba begins a word with the surname (副教授严|河清; not 英国|王储|威廉, where
    国王 is no title), a name by that alone (see ``_given_name_apart``)?"""
    form, first = context.text[start:end], max(0, start - 10)
    return len(form) == 3 and _given_name_apart(form[0], form[1:], context.text[end:end + 4]) \
        and bool(context.titles_before(start)) and start - first in word_starts(context.text[first:end + 2])


def _given_name_apart(surname: str, given: str, after: str) -> bool:
    """Is ``given``, the word jieba cuts after a surname it cut alone after a title, a given name of two that
    its dictionary holds as a place's or a name (副教授严|河清研制, 记者刘|大国)? Of the 89 such after a title
    in the corpora, 87 are annotated names; not after a preposition, a conjunction or a verb of going, which
    are surnames too (主席[和|李鹏], 特使[来|南亚]), nor in a transliteration (韦尔特). Or a word of another kind
    where a stop, 等 or a verb of speaking follows (``after``: ``_common_given_name``)."""
    if len(given) != 2 or HAN_RUN.fullmatch(given) is None or surname in BEFORE_NAMES or surname in _GOING \
            or surname in BEGINS_NO_NAME or translit_share(surname + given) >= 1 or dictionary().tags([surname + given]):
        return False
    tag = dictionary().tags([given]).get(given, "")
    return tag[:2] in ("ns", "nr") or _common_given_name(surname, given, tag, after)


def _common_given_name(surname: str, given: str, tag: str, after: str) -> bool:
    """Is ``given``, of jieba's tag ``tag``, a given name of two though a common word (委员徐|社会等提出, 获得者文|春华，)
    where the name ends at a stop, 等 or a verb of speaking (``after``), the word no verb, title or form of address
    and no word of saying (not 会见记者[时|表示], 市民[文|起来]), the surname no adverb, preposition, conjunction, verb
    or pronoun to jieba (not 学者[都|认为])? Of the corpora's 29 such after a title, all are names."""
    return bool(tag) and tag[:1] != "v" and given not in ROLE_TITLES and given not in ADDRESS_AFTER \
        and given[-1] not in _SAYING and dictionary().tags([surname]).get(surname, "")[:1] not in _NO_SURNAME_TAGS \
        and (after[:1] in _STOPS or after.startswith("等") or speaks(after))


_NO_SURNAME_TAGS = FUNCTION_TAGS | {"v"}  # and jieba's verbs (no surname of the table is a particle to it)


# What jieba glues after a name and that ends few: of the corpora's 37,625 names, 3 or fewer end in each of these,
# 8 or more in each of the rest (352 in 生, 75 才, 37 胜, 32 同, 28 和, 18 让, 17 曾, 12 为, 8 时, 8 均).
_GLUED_NOT_FINAL = GLUED_AFTER - frozenset("生才胜同和让曾为时均")


def _glued_given_name(surname: str, word: str) -> bool:
    """Is ``word``, the word of two jieba cuts after a surname it cut alone after a title, a given name of one
    and a character glued after it (国家副主席韩|正在钓鱼台会见, jieba's 正在; 总经理李|明说)? The surname no adverb,
    adjective, preposition, conjunction, verb or pronoun to jieba (not 学者[都|认为], 裁判[全|坐在]). Of the
    corpora's 8 such after a title, 6 are names of two, one of three (记者潘帝都报道) and one no name (王储访问)."""
    return len(word) == 2 and word[1] in _GLUED_NOT_FINAL and (word[0] not in NOT_GIVEN or word[0] in ENDS_GIVEN_NAMES) \
        and HAN_RUN.fullmatch(word) is not None \
        and surname not in BEFORE_NAMES and surname not in _GOING and surname not in BEGINS_NO_NAME \
        and dictionary().tags([surname]).get(surname, "")[:1] not in _NO_SURNAME_TAGS | {"a"}


def _surname_and_rare(surname: str, after: list[str]) -> str:
    """A surname jieba cut alone after a title and the one or two characters after it that are
    no words of its own, only parts of words (傅|崐|萁: zg and g, characters too rare for it), as one name."""
    given = ""
    for char in after:
        if len(char) != 1 or not HAN.match(char) or char in NOT_GIVEN \
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


def _foreign_noun(word: str) -> bool:
    """Is a word jieba's dictionary tags a common noun a name after a title all the same: a transliteration it
    counts seldom (宇航员[黑格], 外长[利维] 48 times; not 教授[基金], 3,114)? Of the corpora's 26 such right after a
    title, 20 are names and 6 the first part of a longer foreign one (经济学家[基姆]·舍恩), none anything else."""
    return translit_share(word) == 1 and dictionary().frequency(word) < _COMMON_PROPER_NOUN


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """Is the title at ``start`` inside a word of jieba's dictionary that begins before it and ends after it (毛主席纪念堂,
    a place)?"""
    return bool(dictionary().tags(text[begin:stop] for begin in range(max(0, start - 3), start)
                                  for stop in range(end + 1, min(len(text), end + 4) + 1)))


def _across_words(text: str, start: int) -> bool:
    """Does the title at ``start`` begin inside a word of jieba's dictionary, with another title after that word
    (英国|王储: the 国王 of 英|国王|储 is none)?"""
    return start >= 1 and text.startswith(ROLE_TITLES, start + 1) \
        and bool(dictionary().tags([text[start - 1:start + 1]]))


def _titles_and_kin(text: str) -> Iterator[re.Match[str]]:
    """The titles and words of kinship of ``text`` in order, a title across words of jieba's followed by the one that
    begins inside it (英|国王|储: then 王储)."""
    at = 0
    while match := _TITLES_AND_KIN.search(text, at):
        yield match
        at = match.start() + 1 if _across_words(text, match.start()) else match.end()


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
    for match in _titles_and_kin(text):
        clause = _CLAUSE_AFTER_TITLE.match(text, match.start())
        longer = text[match.start():match.end() + 1]
        if clause is None or match.end() in covered or text.startswith(("兼", "暨"), match.end()) \
                or dictionary().tags([longer]) and not longer.endswith(ROLE_TITLES) \
                or text.endswith(_MANY, 0, match.start()) or text.startswith("队", match.end()) \
                or _inside_a_word(text, match.start(), match.end()) or _across_words(text, match.start()):
            continue  # (大臣[兼]国家公安委员会委员长: another title follows; 领事[馆], 委员[会]: no title there;
            # 众多学者[智慧]: many hold it, and no one is named; 川崎前锋[队]: a team's name; 毛主席纪念堂: a word)
        if match.group() in _KIN_ONLY:  # (only a foreign name by its shape: 儿子小明 may be anyone's word)
            cut = list(jieba.cut(clause.group(), HMM=True))
            run = _transliterated_after(text, match.end(), match.start(), cut) or _surname_apart(text, match, cut) \
                or _made_up_after_kin(match, cut)
            if run and not covered.intersection(range(*run)):
                found.append(run)
            continue
        if JAPANESE_TITLED.search(text, max(0, match.start() - 8), match.start()):
            name = japanese_name(text, match.end() + text.startswith("的", match.end()))  # (日本投手的山本由伸)
            if name and not covered.intersection(range(*name)) and not _led_by_a_function_word(text[slice(*name)]):
                found.append(name)
            continue  # (日本棋手[抗衡]: what is no Japanese name there is no name of jieba's either)
        if after_japanese_office(text, match.end()) and ((name := japanese_name(text, match.end()))
                                                         and name[1] - name[0] == 4
                                                         or (name := japanese_man_of_five(text, match.end()))):
            # (日本 anywhere before a Japanese office, a name of four: 财务大臣片山皋月此前表示, jieba's 片山|皋|月; or
            # of five ending in 郎: 农林水产大臣小泉进次郎可能参加, jieba's 小泉|进|次郎)
            if not covered.intersection(range(*name)):
                found.append(name)
            continue
        if match.group() in MALAY_STYLES and (styled := _after_a_style(text, match.end())):
            if not covered.intersection(range(*styled)):
                found.append(styled)  # (副首相拿督斯里阿末扎希在: jieba's 阿末|扎|希在, a Malay name's characters the
            continue  # table lacks)
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
        position, words, glued_on = match.start(), iter(cut), False
        for word in words:
            position += len(word)
            if position >= match.end():
                break
        if position == match.end() + 1 and text[match.end()] in SURNAMES:  # (总召傅|崐|萁: the surname glued to the title)
            word, position = _surname_and_rare(text[match.end()], [next(words, ""), next(words, "")]), match.end()
            two = text[position + 1:position + 3]
            if len(word) == 1 and len(two) == 2 and HAN_RUN.fullmatch(two) and two[0] not in NOT_GIVEN \
                    and two[1] not in NEVER_NAME_FINAL and dictionary().tags([two]).get(two, "nr").startswith("nr"):
                word += two  # (党首张|东赫则: a given name of two, a name of jieba's or no word of it)
            given = next(words, "")
        else:
            word, given = next(words, ""), next(words, "")
            if position == match.end() and len(word) == 1 and word in SURNAMES:
                if _given_name_apart(word, given, text[position + 3:position + 7]):
                    word += given
                elif glued_on := _glued_given_name(word, given):
                    word += given[0]
                else:
                    word = _surname_and_rare(word, [given, next(words, "")])
            elif position == match.end() and len(word) == 1 and HAN_RUN.fullmatch(word) and word not in GLUED_AFTER \
                    and word not in NOT_GIVEN and len(given) >= 2 and dictionary().tags([given]).get(given) == "nrt":
                word, given = word + given, next(words, "")  # (前总理朔|尔茨: a transliteration's first character
                # the table lacks, before the rest, which jieba holds a transliterated name)
        if position != match.end() \
                or not (2 <= len(word) <= 4 or len(word) == 5 and japanese_of_the_dictionary(text, word)):
            continue  # (but a Japanese name of five jieba's dictionary holds: 干事长鸠山由纪夫)
        if len(word) == 3 and not dictionary().tags([word]) \
                and (spoke_when_meeting(text, position + 2) or glued_before_zhe(text, position + 3)
                     or word[-1] in _SAID and text[position + 3:position + 4] in _AFTER_SAYING):
            word = word[:-1]  # 会见大臣叙多|时表示, 妻子昆凌|带着孩子, 代表丹农|称，(of the corpora's six words jieba
            # made up of a title's next two characters and 称 or 说, all six begin with a name: 韦勒称, 辛哈说)
        tag = dictionary().tags([word]).get(word, "nr" if translit_share(word) == 1 or len(word) <= 3 else "")
        glued = given[1:2] in GLUED_AFTER and given[:1] in TRANSLIT
        if len(word) == 2 and len(given) == 2 and HAN_RUN.fullmatch(given) and (glued or given[1] not in NOT_GIVEN) \
                and not dictionary().tags([given, word + given]):
            # 球星大谷|翔平: a Japanese name, its given name no word of the dictionary and ending in no particle (not
            # 理事米兰|投了); but a transliteration run on over one character more before a word glued after it
            # (领袖拉皮|德则批评, 主教练乌度|卡则表示: 度 is no character of the table)
            word, tag = word + (given[0] if glued else given), "nr"
        elif len(word) == 2 and len(given) == 1 and HAN_RUN.fullmatch(given) and given not in SURNAMES \
                and given not in GLUED_AFTER and (dictionary().tags([given]).get(given, "nr") in ("nr", "zg")
                                                  or word[-1] in TRANSLIT and given in TRANSLIT
                                                  and not dictionary().tags([word])):
            # 选手山口|茜, 长官木原|稔: a given name of one character; and a Burmese name's last syllable, a run of the
            # table's characters after a word jieba made up (领导人敏昂|莱表示)
            word, tag = word + given, "nr"
        elif len(word) == 2 and word[0] in SURNAMES and len(given) == 1 and HAN_RUN.fullmatch(given) \
                and given not in GLUED_AFTER and given not in NOT_GIVEN and given not in _SAYING and given != "地" \
                and dictionary().tags([word]).get(word, "n")[:1] not in ("a", "v", "d") \
                and not dictionary().tags([word + given]) \
                and (context.speech_after(position + 3) or times_written(text, word + given) >= 3):
            word, tag = word + given, "nr"  # (教授严家|炎曾说: a given name jieba ran into a noun, before what one said;
            # of the corpora's surnames after a title with two characters and a verb of saying after them, 275 begin
            # a name of three, ten one of two, before a word glued on, 时, 都, 等, 也; or one the story writes three
            # times or more: 副处长周一|鸣接任, jieba's weekday 周一)
        if len(word) == 4 and begins_with_any_surname(word) \
                and word[-1] in _ONE_CHARACTER_ADVERBS and not dictionary().tags([word]) and HAN_RUN.fullmatch(word) \
                and (context.speech_after(position + 3) or context.verb_after(position + 3)):
            word, tag = word[:3], "nr"  # (立委赖士葆|则认为: jieba's 赖士葆则, a name and the adverb glued after it; 赖, a
            # surname jieba's dictionary holds alone, which the table the tagger was trained with lacks; of the
            # corpora's names after a title with four characters after them and an adverb of one fourth, none is of four)
        if len(word) <= 3 and has_surname(word) and rare_word(word) \
                and (context.speech_after(position + len(word)) or context.verb_after(position + len(word))):
            tag = "nr"  # 歌手陶喆表示, 领袖舒默则批评; not 主席[来访]表示, 首相[官邸]对记者说 (a noun jieba counts
            # 135 times), 总理[曾多次]表示 (an adverb)
        if _led_by_a_function_word(word) or word[1:2] in NOT_GIVEN and translit_share(word) < 1 and not glued_on \
                or _dated(word) \
                or word[0] in NUMERALS or not dictionary().tags([word]) and word[-1] in ENDS_NO_NAME:
            continue  # 上将[今天上午]会见: a date and a time of day, which jieba's dictionary may tag as a name;
            # 夫人[曾以]母亲般的关怀: a particle or preposition second, in no name; 妻子[一人]身上: a number;
            # 航天员[单次]飞行: a word jieba made up that no name ends so
        if (tag.startswith("nr") or tag == "nz" and _proper(word) or tag == "n" and _foreign_noun(word)
                or tag == "ns" and word[-1] not in PLACE_ENDINGS and word[-1] != "国"
                and dictionary().frequency(word) < _WELL_KNOWN_PLACE) \
                and not covered.intersection(range(position, position + len(word))):
            found.append((position, position + len(word)))
    return found


def japanese_of_the_dictionary(text: str, form: str) -> bool:
    """Is ``form`` a Japanese name of four or five that jieba's dictionary holds as a name (前首相安倍晋三的,
    干事长鸠山由纪夫), in an article that names Japan? In the corpora's sentences on Japan, 11 of 12 such of four after a
    title are names, leaving out a reign's (伊丽莎白二世); the dictionary's names of five are also of sayings and things
    (瑞雪兆丰年, 计算机屏幕), which no title precedes in a story of Japan."""
    simplified = to_simplified(form)
    return len(form) in (4, 5) and HAN_RUN.fullmatch(form) is not None and names_japan(text) \
        and dictionary().tags([simplified]).get(simplified) == "nr" and not simplified.endswith("世")


def after_nationality(text: str) -> list[tuple[int, int]]:
    """A foreign name by its shape after one's nationality (加拿大人德沙特兰负责), however jieba cuts it."""
    import jieba

    found = []
    for match in _NATIONALITY.finditer(text):
        clause = _CLAUSE_AFTER_TITLE.match(text, match.start())
        if run := _transliterated_after(text, match.end(), match.start(), list(jieba.cut(clause.group(), HMM=True))):
            found.append(run)
    return found


# One's nationality (加拿大人, 波兰人): in the corpora, all 6 runs of three or more characters of the table of
# foreign names after one are names.
_NATIONALITY = re.compile("(?:" + "|".join(sorted(COUNTRIES, key=len, reverse=True)) + ")人")


# How often jieba's dictionary counts a place for it to be no one's name after a title (作家|北京|紧急会议, counted
# 34,488 times; the foreign names it calls places are counted far less: 普京 171). Of the corpora's 51 such places
# right after a title, five are names, reporters' in bylines (记者江山报道), which the bylines find.
_WELL_KNOWN_PLACE = 1000


def after_a_party(context: Context, bounds: set[int]) -> list[tuple[int, int]]:
    """A Chinese name right after the party or union one belongs to, as Hong Kong's and Taiwan's press name their
    politicians: of two or three before a verb of speaking or another, past an adverb (工聯會麥美娟則要求, 自由黨田北辰質疑,
    民建联梁熙则要求), or before a title (民建联陈勇议员); a surname that is no preposition, conjunction, adverb or verb and
    one or two characters, the whole and its first two no word of jieba's dictionary (not 中国共产党[成功地]召开,
    安理会[成员未]就), a given name of two none or a name of it, right after a word of it that names a party or a
    federation (its tag nt or j, ending in 党, 会 or 联; not 共产党[和政府]), where jieba's words begin and end
    (``bounds``). The corpora, of mainland papers, write none so."""
    text, found = context.text, []
    for start in sorted(bounds):
        if start < 2 or text[start - 1] not in _PARTY_ENDINGS or text[start:start + 1] not in SURNAMES \
                or text[start] in BEFORE_NAMES or text[start] in BEGINS_NO_NAME \
                or dictionary().tags([text[start]]).get(text[start], "")[:1] in _NO_SURNAME_TAGS:
            continue
        parties = [text[begin:start] for begin in range(max(0, start - 5), start - 1) if begin in bounds]
        if not any(tag[:2] in ("nt", "j") for tag in dictionary().tags(parties).values()):
            continue
        for end in (start + 3, start + 2):
            name = text[start:end]
            if end not in bounds or len(name) < end - start or not HAN_RUN.fullmatch(name) \
                    or NOT_GIVEN.intersection(name[1:]) or dictionary().tags([name, name[:2]]) \
                    or len(name) == 3 and dictionary().tags([name[1:]]).get(name[1:], "nr")[:2] not in ("nr", "ns", "nz"):
                continue
            if context.speech_after(end) or context.verb_after(end) or context.titles_after(end):  # (past 则)
                found.append((start, end))
                break
    return found


_PARTY_ENDINGS = frozenset("党会联")  # (民建联, 工联会, 国民党: as parties and federations end)
