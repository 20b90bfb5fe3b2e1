"""Dated happenings: timeline entries and body sentences that report something on a date.

Each event has an ISO date with a precision, a short summary, the people in it and the
places in the text that tell it. The same happening told in the timeline and again in the
body (same period, same kind of verb, a shared person or the same day) is one event.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from difflib import SequenceMatcher

from tui import dates
from tui.article import Article, Paragraph
from tui.extract.context import PARTICULARS, RELATIONS
from tui.extract.lexicon import (ADDRESS_AFTER, ADVERBS, EVENT_VERBS, KINDS_OF_NAMED_PLACES, KINSHIP, MEMORIALS,
                                 ORG_HEADS, RELATION_TITLES, ROLE_TITLES, SPEECH_VERBS)
from tui.extract.model import Event, Person
from tui.extract.shapes import HAN_RUN, HELPED_BY, PRONOUN_REACH, SPOKEN
from tui.traditional import to_simplified

SUMMARY_LENGTH = 48
# Kinds too common to identify a happening by themselves (everyone says and meets things).
GENERIC_KINDS = {"statement", "meeting", "life", "ceremony", "feat"}
_PRECISION_RANK = {p: i for i, p in enumerate(dates.PRECISIONS)}
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*[”’」』]?")
_CLAUSE = re.compile(r"[，,；;：:]")
_BOOK_TITLE = re.compile(r"《[^》]*》")  # a law's, book's or report's name: a year in it dates nothing told
# An age after a date (今年28岁) tells how old someone is, not when something happened.
_AGE = re.compile(r"\s*(?:刚满|已满|满|已经|已|才|仅|刚)?[\d０-９一二三四五六七八九十两]{1,4}\s*岁")
# (今年28岁, 今年刚满22岁, 今年已经68岁)
# What a quarter, half or month reports on (第三季度财报, 上半年业绩, 10月数据): its figures come out after it
# ends, so the period dates no happening (小米集团发布第三季度财报 was in November).
_REPORTED = re.compile(r"的?(?:财报|业绩|季报|半年报|月报|财务报告|经济数据|数据)")
# An organisation: a name with one of the heads of organisations, a team, ministry, bureau, commission,
# department, administration or task force (泰山队, 外交部, 国家统计局, 发改委, 公安厅, 海关总署, 特别检察组;
# not 排队 or 带队, where a verb before 队 makes a phrase, nor 全部, 干部, 重组, 格局, 一局, 委员, 餐厅, 部署,
# nor a longer word: 大部分, 新组建, 局势), or a capitalised Latin word (NBA, Google).
_ORGANISATION = re.compile("|".join(ORG_HEADS) + r"|[\u4e00-\u9fff]{2}(?:(?<![排站插归入组带领列跟离整编])队"
                           r"|(?<![全内外局干东西南北中腹胸头面背底顶俱])部(?![分位署件])"
                           r"|(?<![重改分编一二两三几这那每各])组(?![成合建装])"
                           r"|(?<![格布结大全开出僵赌饭棋时政骗残终败胜战平变危乱定困破入设做牌本该此首末"
                           r"一二两三四五六七八九十几这那每各])局(?![面势部限促])"
                           r"|(?<![主编常])委(?![员托屈婉曲实派任身])"
                           r"|(?<![餐大客门展歌舞音饭前后会业啡])厅(?![长堂])"
                           r"|(?<![部签公])署(?![名理长]))"
                           r"|(?<![A-Za-z])[A-Z][A-Za-z]+")  # (also right after Chinese: 2025-26赛季CBA常规赛)


# A relative or the holder of a title right before 当天 or 当晚, who did something that day (丈夫当晚参加聚会, 民警当天):
# the day told, as after a name.
_UNNAMED_SUBJECTS = (*KINSHIP, *ROLE_TITLES)
_TOLD_DAY = re.compile("当[天日晚夜]|次日|翌日|第二天|前一[天日]")  # the day told, the one after it, the one before
_EVENT_VERB_WORDS = frozenset(verb for verbs in EVENT_VERBS.values() for verb in verbs)
# A price, index or market right before 当日 (股价当日收跌, 国际油价当日, 沪指当日, 港股当天): what moved that day, not a
# happening (涨价当天, the day of a rise, is one).
_MARKET = re.compile(r"(?:(?<![涨降提调砍议定出减加评代身])价|[沪深恒道纳]指|指数|(?<![炒入控持参配])股|[股汇楼车]市"
                     r"|汇率|大盘)\Z")


def subject_ends(text: str, people: list[Person]) -> set[int]:
    """Where a mention of someone, an organisation, a place opening its clause or a market ends (王毅, 警方,
    英伟达公司, Meta, 美国, 股价): 当天 right after one is the day told, not a happening's (see
    :func:`tui.dates.scan`)."""
    ends = {end for person in people for _start, end in person.mentions}
    folded = to_simplified(text)
    return ends | {match.end() for match in _ORGANISATION.finditer(folded)} \
        | {day.start() for day in _TOLD_DAY.finditer(folded) if folded.endswith(_UNNAMED_SUBJECTS, 0, day.start())
           or _MARKET.search(folded, max(0, day.start() - 4), day.start())
           or _place_opening(folded, day.start())}


def _place_opening(folded: str, end: int) -> bool:
    """Does a place jieba knows open a clause right before ``end`` (美国当天宣布, 北京当天; not 抵达北京当天, a happening,
    nor 上市当日, a deed jieba also tags as a place)?"""
    for length in (4, 3, 2):
        start = end - length
        if start >= 0 and _a_place(folded[start:end]) and folded[start:end] not in _EVENT_VERB_WORDS:
            return start == 0 or folded[start - 1] in " \u3000)）" or dates.opens_clause(folded, start)
    return False


@dataclass
class _Draft:
    resolved: dates.ResolvedDate
    summary: str
    spans: list[tuple[int, int]]
    people: list[str]
    kinds: set[str]
    from_timeline: bool = False
    implied: list[str] = field(default_factory=list)  # whom 他, 她 or an answer's 我 stands for: shown, not matched on
    order: int = field(default=0)

    @property
    def period(self) -> tuple[date, date]:
        return _period(self.resolved)


def _period(resolved: dates.ResolvedDate) -> tuple[date, date]:
    first = resolved.first_day
    if resolved.precision == "day":
        return first, first
    if resolved.precision == "week":
        return first, first + timedelta(days=6)
    if resolved.precision == "month":
        return first, _month_end(first.year, first.month)
    if resolved.precision in ("season", "quarter", "half"):
        last_month = first.month + (5 if resolved.precision == "half" else 2)
        return first, _month_end(first.year + (last_month - 1) // 12, (last_month - 1) % 12 + 1)
    if resolved.precision == "decade":
        return first, date(first.year + 9, 12, 31)
    return first, date(first.year, 12, 31)


def _within(inner: tuple[date, date], outer: tuple[date, date]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _month_end(year: int, month: int) -> date:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


def _kinds(text: str) -> set[str]:
    text = _NO_VERB.sub("", to_simplified(text))  # the verbs are listed in simplified characters
    return {kind for kind, verbs in _KIND_VERBS.items() if verbs.search(text)}


_NO_VERB = re.compile("公开赛")  # a word that holds a verb of the lists and tells no happening: an open's 开赛


_KIND_VERBS = {kind: re.compile("|".join(map(re.escape, verbs))) for kind, verbs in EVENT_VERBS.items()}


def _bare_title(role: str) -> str | None:
    """The title a role ends with (首相 of 日本首相), if it is no one's relation (妻子)."""
    if not role.endswith(ROLE_TITLES):
        return None
    title = next(t for t in ROLE_TITLES if role.endswith(t))  # (the longest first)
    return title if title not in RELATION_TITLES and "的" not in role else None


# The fields of the prizes news names after someone (茅盾文学奖, 诺贝尔和平奖, 菲尔兹数学奖).
_PRIZED_FIELDS = ("文学", "物理学", "化学", "生理学或医学", "医学", "经济学", "和平", "数学", "音乐", "电影", "戏剧",
                  "美术", "新闻", "科学", "科技", "建筑")
# What is named after someone, a prize or cup as a memorial (邵逸夫奖, 尤伯杯, 宋庆龄基金会), also a prize of a field
# (茅盾文学奖, 诺贝尔物理学奖): no part in a happening.
_NAMED_AFTER_ONE = re.compile("(?:" + "|".join(_PRIZED_FIELDS) + ")?奖|杯|" + "|".join(MEMORIALS))
# 的 and a word of kinship or another relation after a name (琼瑶的丈夫, 杨振宁的学生), past a form of address after a surname and
# the relative's age: whose relative follows.
_RELATIVE_AFTER = re.compile("(?:" + "|".join(sorted(ADDRESS_AFTER, key=len, reverse=True)) + r")?(?:\d{1,3}岁)?的(?:"
                             + "|".join(RELATIONS) + ")")  # (黄[女士]78岁的父亲: a mention of a surname alone, and an age)
# A pronoun's own words said (他说, 她还表示, 他则认为): the speaker's again.
_SAYS_AGAIN = re.compile(f"[他她](?:{'|'.join(ADVERBS)})?(?:{'|'.join(SPEECH_VERBS)})")
_REPORTERS = ("记者", "通讯员", "实习生", "编辑")  # roles of those who write a story, not of those it tells of
_THIS_ONE = re.compile("这位|这名|该")  # 'this', before what describes someone and a title (这位澳大利亚籍主帅)
_DESCRIBED = 12  # characters: at most so many between 'this' and the title (51岁的澳大利亚籍: ten)


class _Mentions:
    """Who is mentioned between two offsets, by bisection over every mention."""

    def __init__(self, people: list[Person]) -> None:
        self._spans = sorted((s, e, p.name) for p in people for s, e in p.mentions)
        self._starts = [s for s, _e, _n in self._spans]
        self._by_end = sorted(self._spans, key=lambda span: span[1])
        self._ends = [e for _s, e, _n in self._by_end]
        # Those the story is of: not its reporters (（记者 李丽）……她接受了任务 is not the reporter).
        reporters = {p.name for p in people if any(to_simplified(r).endswith(_REPORTERS) for r in p.roles)}
        self._told = [span for span in self._spans if span[2] not in reporters]
        self._told_starts = [s for s, _e, _n in self._told]
        # A title only one person of the story holds names them alone (教宗将于30日前往: 良十四世).
        holders = {(title, p.name) for p in people if p.name not in reporters for role in p.roles
                   if (title := _bare_title(to_simplified(role)))}  # (日本首相: 首相)
        held = Counter(title for title, _name in holders)
        self._by_title = {title: name for title, name in holders if held[title] == 1}

    def within(self, start: int, end: int, text: str, apart: list[tuple[int, int]] | None = None) -> list[str]:
        """Whose mentions lie between two offsets of ``text``, in order, but for those inside the spans ``apart`` (a
        book's title: 《宰相刘罗锅》 names no one who took part) or before what is named after them (邵逸夫奖获奖名单揭晓:
        a prize's), and after the others one named only as whose relative follows (琼瑶的丈夫平鑫涛已于2019年去世: his
        death first, hers only by him)."""
        names: list[str] = []
        owners: list[str] = []
        spans = self._spans[bisect_left(self._starts, start):bisect_left(self._starts, end)]
        begun = {s for s, _e, _n in spans}
        for s, e, name in spans:
            if e <= end and not any(a <= s < b for a, b in apart or ()) and not _NAMED_AFTER_ONE.match(text, e):
                whose = (relative := _RELATIVE_AFTER.match(text, e)) is not None and relative.end() in begun
                (owners if whose else names).append(name)
        return list(dict.fromkeys(names + owners))

    def first_within(self, start: int, end: int) -> tuple[int, str] | None:
        """Where the first mention between two offsets begins, and whose it is."""
        at = bisect_left(self._starts, start)
        if at == len(self._spans) or self._spans[at][1] > end:
            return None
        return self._starts[at], self._spans[at][2]

    def titled(self, text: str, at: int) -> str | None:
        """Whom ``text`` names at ``at`` by a title alone (no name right after it) that only one
        person of the story holds, also after 'this' and what describes the holder (这位澳大利亚籍主帅)."""
        if this := _THIS_ONE.match(text, at):
            at = this.end()
        held = [(found, -len(role), name) for role, name in self._by_title.items()
                if (found := text.find(role, at, at + (_DESCRIBED + len(role) if this else len(role)))) >= 0
                and not _CLAUSE.search(text, at, found)]
        if not held:
            return None
        found, size, name = min(held)  # (the first title, and the longest there: 主教练, not its 教练)
        after = bisect_left(self._starts, found - size)
        if text.startswith("、", found - size):
            return None  # (one of a chain of what describes someone named after it: 作家、老舍之子舒乙)
        return None if after < len(self._starts) and self._starts[after] == found - size else name

    def written_ending(self, text: str, end: int) -> str | None:
        """The mention that ends at ``end`` as written, if one does."""
        at = bisect_left(self._ends, end)
        return text[self._by_end[at][0]:end] if at < len(self._ends) and self._ends[at] == end else None

    def labelling(self, text: str, at: int) -> str | None:
        """Whose name labels the paragraph that holds ``at``, an interview's answer (杜伟生：整整四十年。)."""
        paragraph = text.rfind("\n", 0, at) + 1
        found = bisect_left(self._starts, paragraph)
        if found == len(self._spans) or self._starts[found] != paragraph:
            return None
        return self._spans[found][2] if text.startswith(("：", ":"), self._spans[found][1]) else None

    def subject_before(self, text: str, start: int, reach: int) -> str | None:
        """Whom 他 or 她 at ``start`` stands for: the first person named in the last sentence
        before it that names someone, at most ``reach`` characters back (王华告诉同事们，他对
        未能留住李明感到失望。他离开了: 王华)."""
        at = bisect_left(self._told_starts, start)
        if not at or self._told_starts[at - 1] < start - reach:
            return None
        last = self._told_starts[at - 1]
        sentence = max(text.rfind(end, max(0, start - reach), last) for end in "。！？\n") + 1
        first = bisect_left(self._told_starts, max(sentence, start - reach))
        name = self._told[first][2]
        stop = min((at for at in (text.find(c, start) for c in "。！？\n") if at >= 0), default=len(text))
        if not _SAYS_AGAIN.search(text, start, stop):
            # (not one who spoke of someone the story is more of, where this one says nothing: 村支书马德福说，……是周老师
            # 带着乡亲们盖起了教室。……她仍然每周到学校上课, 周桂兰's)
            return self._spoken_of(text, first, at) or name
        return name

    def speaks_of_another(self, text: str, start: int, end: int) -> bool:
        """Does the first person named between two offsets speak of another, there, whom the story names more often
        (村党支部书记马德福说，上世纪80年代，是周老师带着乡亲们盖起了教室)?"""
        first = bisect_left(self._told_starts, start)
        return self._spoken_of(text, first, bisect_left(self._told_starts, end)) is not None

    def _spoken_of(self, text: str, first: int, stop: int) -> str | None:
        """Whom the one the ``first`` mention names speaks of right after, of the mentions up to ``stop``: the one the
        story names most often, if more often than the speaker; else None."""
        if first >= len(self._told) or not SPOKEN.match(text, self._told[first][1]):
            return None
        name = self._told[first][2]
        told = Counter(n for _s, _e, n in self._told)
        spoken_of = max((n for _s, _e, n in self._told[first + 1:stop] if n != name), key=told.__getitem__, default=name)
        return spoken_of if told[spoken_of] > told[name] else None

    def named_before(self, text: str, start: int, reach: int) -> list[str]:
        """Whom 他们 or 她们 at ``start`` stands for: all named in the last sentence before it that names someone, at
        most ``reach`` characters back."""
        at = bisect_left(self._told_starts, start)
        if not at or self._told_starts[at - 1] < start - reach:
            return []
        last = self._told_starts[at - 1]
        sentence = max(max(text.rfind(end, max(0, start - reach), last) for end in "。！？\n") + 1, start - reach)
        names: list[str] = []
        for _s, _e, name in self._told[bisect_left(self._told_starts, sentence):at]:
            if name not in names:
                names.append(name)
        return names


def _trim(text: str) -> str:
    """Strip edge punctuation (keeping quote marks that pair up) and the replacement characters a page's broken bytes
    left, and cap the length."""
    text = text.strip(" ，,、。；;：:的\ufffd—")
    for opening, closing in (("“", "”"), ("「", "」")):
        if text.startswith(opening) and closing not in text:
            text = text[1:]
        if text.endswith(closing) and opening not in text:
            text = text[:-1]
        if text.startswith(closing):
            text = text[1:]
    text = text.strip(" ，,、。；;：:—")
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1] + "…"


def _place_alone(sentence: str, start: int, end: int) -> bool:
    """Is ``sentence[start:end]`` a place alone, a setting (在崇明区港西镇，, 在浙江大学医学院附属第一医院，), with no verb of
    jieba's in it (not 在深圳辞职回乡，, a deed; nor, with no 在, 出生于安徽省颍上县，)?"""
    if _DONE_AT.search(sentence, start, end):
        return False  # (毕业于北京地质学院，: where one did something, which jieba's 毕业 and 就读于, nouns, hide)
    match = _PLACE_SETTING.fullmatch(sentence, start, end)
    if match is None:
        body = _BODY_SETTING.fullmatch(sentence, start, end) or _LOCATIVE_SETTING.fullmatch(sentence, start, end)
        # (在浙江大学医学院附属第一医院，: where, in a body's place; 南京市一辆65路公交车上，: on or in something)
        return body is not None and _no_verb(body.group(1))
    levels = _PLACE_LEVELS.findall(match.group(2))  # (甘肃省|定西市|岷县|麻子川镇|上沟村: places all, whatever jieba
    # makes of 镇上, a verb to it, after 在)
    return match.group(1) is not None and len(levels) >= 2 and "".join(levels) == match.group(2) \
        or _no_verb(match.group(2))


def _no_verb(words: str) -> bool:
    """Are ``words`` free of verbs, as jieba's dictionary tags them?"""
    from tui.extract.tagger import tagged_words

    return not any(tag.startswith("v") for _word, tag in tagged_words([words])[0])


def _a_place(word: str) -> bool:
    """Is ``word`` a place jieba's dictionary holds whole (厦门)?"""
    from tui.extract.dictionary import dictionary

    return dictionary().tags([word]).get(word) == "ns"


def _summary(sentence: str, written: str, date_start: int, date_end: int) -> str:
    """Of ``written``, the sentence as written, the clauses from the date to the first event verb, without the date
    words themselves, after the clause of who said it when a verb of saying ends that (王辉表示，今年将…)."""
    titled = {at for title in _TITLE_OF_A_WORK.finditer(sentence) for at in range(*title.span())}
    bounds = [0] + [m.end() for m in _CLAUSE.finditer(sentence) if m.start() not in titled] + [len(sentence)]
    clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    date_clause = next(i for i, (s, e) in enumerate(clauses) if s <= date_start < e or i == len(clauses) - 1)
    verb_clause = next((i for i in range(date_clause, len(clauses)) if _kinds(sentence[slice(*clauses[i])])), date_clause)
    start = clauses[date_clause][0]
    # (who says it, when the clause before says so: 司长王辉表示，今年将继续加强考试安全管理)
    speaker = clauses[date_clause - 1][0] if date_clause and sentence[:start].rstrip(" ，,").endswith(SPEECH_VERBS) \
        else None
    # The panel shows the date already: drop it when it opens the clause (在5月，… / 周三，… /
    # 6月2日晚，…).
    lead = sentence[start:date_start].strip()
    after = _past_the_date(sentence, date_end)
    told = sentence[after:clauses[date_clause][1]].strip(" ，,；;。")
    if (1 <= len(told) <= 2 or len(told) <= _HAPPENING_ALONE and _kinds(told)) and not lead and date_clause \
            and len(sentence[slice(*clauses[date_clause - 1])]) <= _TOLD_OF_CLAUSE:
        # (周文华，1948年生，: the date and a verb of one character or two after it say too little without the
        # subject the clause before names, or the two before: 周文华，男，1948年出生，; or what the clause before tells
        # of the subject: 梅葆玖是梅兰芳的儿子，2016年去世; nor does a happening of four alone: 南仁东生前被誉为“中国天眼之父”，
        # 2017年9月因病逝世)
        first = date_clause - (2 if date_clause >= 2
                               and len(sentence[slice(*clauses[date_clause - 2])]) <= _SUBJECT_CLAUSE else 1)
        while first and PARTICULARS.fullmatch(sentence[slice(*clauses[first])].strip(" ，,；;")) \
                and len(sentence[slice(*clauses[first - 1])]) <= _SUBJECT_CLAUSE:
            first -= 1  # (张建军，男，汉族，1978年5月生: back to the name, past one's particulars)
        start = clauses[first][0]
        label = max(sentence.rfind(c, start, date_start) for c in "：:")  # (人物档案：周文华，: after a label)
        start = label + 1 if label >= 0 else start
    elif len(lead) <= _SOURCE_NAME and (source := _TOLD_BY_SOURCE.match(sentence, after)) \
            and (not source.group(1) or _a_place(source.group(1))) \
            and sentence[source.end():].strip("。！？!? "):
        start = source.end()  # (智东西12月3日报道 英伟达……, 36氪 12月2日消息，: a source's dateline the lead-in lacked;
        # the place it was sent from a word of its own, not 农业农村部12月5日发布消息)
    elif lead in _AT and date_clause and speaker is None \
            and len(sentence[slice(*clauses[date_clause - 1])]) <= _CONTINUED_CLAUSE:
        start = clauses[date_clause - 1][0]  # (FAST由南仁东主持建设，于2016年9月25日落成启用: 'on' the date continues
        # what the clause before it says, whose subject it shares)
    elif (lead in ("", "在", "于", "从", "自", "到了") or (lead.endswith("时间") and len(lead) <= 6)) \
            and not _ATTRIBUTE.match(sentence, after) and not _HOLIDAY_BREAK.match(sentence, after):
        # (当地时间3月23日; not 1978年[出生的]张桂梅, nor a holiday naming its break: 元旦[假期]运输)
        start = after + (not lead and _IS.match(sentence, after) is not None)  # (12月11日是X诞辰纪念日: X诞辰纪念日)
    # A setting that opens what follows the date says where, not what (2024年12月，在新加坡举行的世界冠军赛中，丁立人…
    # 失去了头衔; 在电视台11月11日的报道中，有医护人员…): the happening is told after it.
    opening = start + len(sentence[start:]) - len(sentence[start:].lstrip(" ，,"))
    frame = next((i for i, (s, e) in enumerate(clauses) if s <= opening < e), None)
    setting = _SETTING_AFTER_ITS_DATE if lead in ("在", "于") and start == after else _SETTING  # (在2025年世锦赛决赛中，)
    if frame is not None and frame + 1 < len(clauses) and (setting.fullmatch(sentence, opening, clauses[frame][1])
                                                           or _place_alone(sentence, opening, clauses[frame][1])):
        start = clauses[frame + 1][0]
        verb_clause = next((i for i in range(frame + 1, len(clauses)) if _kinds(sentence[slice(*clauses[i])])),
                           frame + 1)
    last = verb_clause
    while last + 1 < len(clauses) and len(_trim(sentence[start:clauses[last][1]])) < 12 \
            and sentence[clauses[last][1] - 1] not in "；;":
        last += 1  # a clause holding little more than the date says too little alone (one a semicolon ends is whole)
    while last + 1 < len(clauses) and _trim(sentence[start:clauses[last][1]]).endswith(_TELLING):
        last += 1  # and one that ends in a verb of saying or making known says it after, more than a few words of it
        # (片山皋月11月28日表示，政府尊重央行的判断; 政府12月2日公布，遇难人数……; 何亚东……介绍，前10个月，……)
        while last + 1 < len(clauses) and len(_trim(sentence[slice(*clauses[last])])) < _TOLD_CLAUSE:
            last += 1
    return _trim(written[start if speaker is None else speaker:clauses[last][1]])


_TITLE_OF_A_WORK = re.compile("《[^《》\n]*》")  # (a colon or comma inside ends no clause: 新片《阿凡达：火与烬》)
_AT = ("于", "已于", "曾于", "又于", "也于", "先后于")  # 'on' the date, maybe after an adverb (已于2005年去世)
_IS = re.compile("是(?!否)")  # after a date that is the subject: what the day is (not 是否, 'whether')
_OWN_SUBJECTS = ("两人", "二人", "他们", "她们", "双方", "夫妻", "夫妇")  # the subject of the clause they open
_RESPECTFUL = ("先生", "女士", "同志", "老先生")  # how an obituary or a report addresses the one named before them
_SUBJECT_CLAUSE = 8  # characters, with its comma: a clause that names the subject alone (周文华，)
_TOLD_OF_CLAUSE = 24  # characters, with its comma: a clause that tells who the subject is (梅葆玖是梅兰芳的儿子，)
_HAPPENING_ALONE = 4  # characters: a happening told with no one in it (因病逝世, 登记结婚)
# Verbs whose clause ends before what they tell, also what a reporter learned (记者9日从中国科大获悉，……).
_TELLING = (*SPEECH_VERBS, "宣布", "公布", "发布", "声明", "显示", "获悉", "了解到", "得知")
_TOLD_CLAUSE = 7  # characters: a clause of fewer after such a verb tells too little of what was told (1至10月份，)
_CONTINUED_CLAUSE = 30  # characters, with its comma: a clause whose deed one opening with 于 and a date goes on with
_SETTING = re.compile(r"\s*(?:在|于)[^，,；;：:]{1,40}?(?:中|上|里|内|期间|之际)[，,]")  # (not 在车站借充电宝时: a deed)
# (在港西镇，; or with no 在 and by what, 湖南省株洲市天元区湘江边，; or a place in it, 在河南省周口市的一处村庄，)
_PLACE_SETTING = re.compile(r"\s*(在|于)?([^，,；;：:的]{1,20}?(?:省|市|县|区|镇|乡|村|街道|社区))"
                            r"(?:[^，,；;：:的]{0,3}?(?:边|畔|旁|附近|一带|境内)|的一[处个座家所片条间][^，,；;：:的]{1,6})?[，,]")
# Where a happening is set, in a body's place or a public building's (在X医院，, 在X派出所，, 在X体育馆，), also with no
# 在 (吉林省长春市南湖公园，).
_BODY_SETTING = re.compile(r"\s*在?([^，,；;：:的]{2,24}?(?:" + "|".join(KINDS_OF_NAMED_PLACES) + r"))[，,]")
# What a source of news writes after its date, and maybe a place, before its report (12月3日报道 , 12月4日厦门消息 ,
# 12月2日消息，): with a space or a stop after it, never a verb's object.
_TOLD_BY_SOURCE = re.compile(r"([\u4e00-\u9fff]{0,4}?)(?:报道|报导|消息|讯|电)(?:[\s，,：:]+)")
_SOURCE_NAME = 12  # as long as a source's name may be before its date (中国台湾网, 21世纪经济报道)
_DONE_AT = re.compile(r"[\u4e00-\u9fff]于")  # a verb's 'at' (毕业于, 就读于, 任职于), after what one did there
# Where a happening is set, with no 在, by what it is on or in (南京市一辆65路公交车上，, 一家超市里，).
_LOCATIVE_SETTING = re.compile(r"\s*([^，,；;：:的]{2,24}?)(?:上|里|内|中)[，,]")
_PLACE_LEVELS = re.compile(r"[^，,；;：:的]{1,5}?(?:省|市|县|区|镇|乡|村|街道|社区)")  # one place of a chain, to its level
_SETTING_AFTER_ITS_DATE = re.compile(r"\s*[^，,；;：:]{1,40}?(?:中|上|里|内|期间|之际)[，,]")  # (the 在 before the date)
_DRAWING_NEAR = re.compile(r"(?:假期|长假)?(?:临近|将至|渐近|来临)[，,]")
# What may open a paragraph of a news report before its first sentence, each part optional: a
# dateline (新华社上海5月10日电, 据新华社电, 本报讯, 【本報訊】, 腾讯科技讯 11月18日消息) or the report it
# relays (据法新社巴黎12月2日报道, 美联社华盛顿9月25日报道, 据中国作协12月6日消息), or both (新华社平壤12月3日电 据朝中社3日报道), a
# byline in brackets (（记者 陈明 通讯员 李华）, 【記者林宏翰／東京報導】) or not (记者刘晓燕; 记者 张晨 王伟, but not 记者张晨 最高人|民法院: a name
# after a space is whole). Its dates are the report's, its names the reporters'.
_LEAD_IN = re.compile(
    r"\s*(?:[【\[]?[^，。,；;\n]{0,30}?(?:(?:\d{1,2}日|社)电(?![视脑话影子器力])|讯(?=[\s（(【】\]：:\d]|记者))"
    r"[】\]）)]?\s*(?:\d{1,2}月\d{1,2}日(?:消息|讯)[，,：:]?\s*)?(?:据[^，。,；;\n]{0,30}?(?:报道|报导|消息)[，,：:]\s*)?"
    r"|据[^，。,；;\n]{0,30}?(?:报道|报导|消息)[，,：:]\s*|[^，。,；;\n]{0,20}?社[^，。,；;\n]{0,12}?\d{1,2}日(?:报道|报导)[，,：:]\s*)?"
    r"(?:[（(【][^）)】\n]{0,40}[）)】]\s*)?"
    r"(?:(?:记者|通讯员|特约记者|实习生)\s*[\u4e00-\u9fff]{2,3}"
    r"(?:[、 ][\u4e00-\u9fff]{2,3}(?:(?![\u4e00-\u9fff])|(?=报道|报导|摄)))*\s*)*")
# He or she opening a clause, or right after its date (次年他考入); not 其他, 吉他; and 'this' with the measure word
# for people opening a clause, before what describes one (这位1995年出生的姑娘). They stand for someone named up to
# ``PRONOUN_REACH`` characters before.
_PRONOUN_SUBJECT = re.compile(r"(?:^|[，,；;：:\s年月日天号]|岁的)[他她]"  # (年仅26岁的她: she, her age before)
                              r"|(?:^|[，,；;：:\s])(?:这位|这名)")
# 我 opening a clause, its subject (not 我国, 我们, 我校: a country, a group, a school).
_FIRST_PERSON = re.compile(r"(?:^|[，,；;：:\s])我(?![们国军省市县区校院所厂队方])")
_THE_TWO = re.compile(r"(?:^|[，,；;：:\s年月日天号])(?:两人|二人)")  # 'the two' opening a clause
_UNCLOSED = re.compile(r"[“「][^”」]*\Z")  # a quotation that runs past the end of the sentence
# Someone the text does not name opening a clause, counted as one person (一名女子突然翻过护栏,
# 一位老人, 一男子, 一名60多岁的老人): a person too, whose deed or lot is an event; not one whose something the
# clause is of (一名快递员的“双十一”, a headline).
_SOMEONE = re.compile(r"(?:^|[，,；;：:])\s*一(?:[名位]|(?=[男女]))(?:\d{1,3}多?岁的)?(?![\u4e00-\u9fff]{1,4}的)[\u4e00-\u9fff]")
# The same date again in brackets right after it (上周五（11月28日）, 今天（12月1日）).
_RESTATED_DATE = re.compile(r"[（(][\d０-９一二三四五六七八九十〇年月日号]{2,12}[）)]")
# A date that describes what follows (1978年出生的张桂梅, 去年新建的大楼) stays in the summary.
_ATTRIBUTE = re.compile(r"[\u4e00-\u9fff]{1,3}的")
# And so does a holiday before the words for its break or season (元旦假期, 国庆黄金周, 春节档).
_HOLIDAY_BREAK = re.compile("小?长?假|黄金周|档期|档")
_RANGE_TO = re.compile(r"\s*(?:至|到|-|－|—|–|~|～)\s*")  # between the ends of a range of dates (not of a list)
_PART_OF_DAY = re.compile(r"[ ]*(?:(?:晚些|早些|稍晚|稍早)(?:时候)?|上午|下午|中午|晚上|晚间|傍晚|凌晨|清晨|早上|早晨|一早|一大早|深夜|夜间|夜里|晚|早|夜)?"
                          r"(?:\d{1,2}[时点](?:\d{1,2}分)?(?:许|左右|多)?)?"  # 下午3时, 早上7点多
                          # 年底前, 6月起, 去年同期, 今年前10个月, 今年前三季度: still the date's
                          # (not the 前 of 前往 nor the 后 of 后来: 次日前往佛罗里达州)
                          r"(?:以来|以后|以前|之前|之后|期间|前后|同期|前[\d一二三四五六七八九十两]{1,3}个?(?:月|季度)"
                          r"|前(?![往来去进])|后(?![来续])|起|间)?")


def _timeline_drafts(article: Article, text: str, people: _Mentions, ref: date | None) -> list[_Draft]:
    """The timeline's entries, read in ``text``, the article's text in simplified characters."""
    drafts = []
    for section in article.sections:
        if section.kind != "timeline":
            continue
        for entry in section.entries:
            if draft := _entry_draft(entry.date_text, entry.date_span.start, entry.text, entry.span.end, text, people,
                                     ref):
                drafts.append(draft)
    return drafts


def _entry_draft(date_text: str, start: int, entry: str, end: int, text: str, people: _Mentions,
                 ref: date | None) -> _Draft | None:
    """The event a date line and the entry under it tell (``text[start:end]``), summed up by the entry's first
    sentence; None when the date does not resolve."""
    expr = dates.date_line(date_text)
    resolved = dates.resolve(expr, ref) if expr else None
    if resolved is None:
        return None
    first_sentence = _SENTENCE.match(entry)
    summary = _trim(first_sentence.group() if first_sentence else entry)
    return _Draft(resolved, summary, [(start, end)], people.within(start, end, text), _kinds(entry), True)


def _marked_entries(paragraphs: list[Paragraph]) -> set[int]:
    """Where the date lines of a timeline inside a section stand, each with one paragraph under it, after the prose
    that brings them in (以下为任务的主要节点：\n2024年4月\n嫦娥七号探测器完成初样研制。\n2025年9月\n……): two or
    more, none right after another; not a page's date above its story, before any prose."""
    marks = [i for i, paragraph in enumerate(paragraphs) if dates.date_line(paragraph.text)]
    if len(marks) < 2 or marks[-1] + 1 == len(paragraphs) or any(b - a < 2 for a, b in zip(marks, marks[1:])):
        return set()
    prose = any(paragraph.text.endswith(_PROSE_ENDS) for paragraph in paragraphs[:marks[0]])
    return set(marks) if prose else set()


_PROSE_ENDS = ("。", "：", ":", "！", "？")


def _body_drafts(article: Article, text: str, people: _Mentions, ref: date | None,
                 exprs: list[dates.DateExpr]) -> list[_Draft]:
    """The body's dated sentences, read in ``text``, the article's text in simplified characters (the verbs, titles
    and words that set a scene are listed so), their summaries cut from the text as written."""
    drafts = []
    by_start = sorted(exprs, key=lambda e: e.start)
    starts = [e.start for e in by_start]
    account: list[str] = []  # whom the last paragraph's last event was of
    for section in article.sections:
        if section.kind in ("timeline", "appendix"):
            continue
        marked = _marked_entries(section.paragraphs)
        for index, paragraph in enumerate(section.paragraphs):
            read = text[paragraph.start:paragraph.end]
            if index in marked:  # (a date line and the paragraph under it: one entry, as a timeline's)
                entry = section.paragraphs[index + 1]
                if draft := _entry_draft(paragraph.text, paragraph.start, entry.text, entry.end, text, people, ref):
                    drafts.append(draft)
                continue
            if index - 1 in marked or dates.meta_line(read):  # 2025年3月2日 来源：IT之家: the page's, no happening
                continue
            opening = _LEAD_IN.match(read).end()
            # whom the last sentence with an event was of: at first, where no one is named close before, whom the
            # paragraph before told events of (王建国，男，1968年3月生……\n2012年3月任青岛市副市长: a life's account)
            previous = account if people.subject_before(text, paragraph.start + opening, PRONOUN_REACH) is None \
                else []
            just_before: list[str] = []  # whom the sentence right before was of, if it had an event
            for match in _SENTENCE.finditer(read, opening):
                subject: list[str] = []  # whom the sentence is of, so far: its later clauses' too
                elided = True  # whether every clause of the sentence so far opened with its date and told no event
                for start, end in _told_apart(text, paragraph.start + match.start(),
                                              paragraph.start + match.end(), by_start, starts):
                    # (a later clause is of the sentence's subject, if any; after clauses that opened with their date
                    # and told none, of whom the sentence before was: 1990年7月至2005年6月，在青岛市建设局工作；
                    # 2005年6月任……副主任; but not after 于是之1927年生于天津, of someone it names)
                    carried = previous if elided else subject or None
                    draft = _draft(text, article.text, people, ref, by_start, starts, start, end, carried, just_before)
                    elided = elided and draft is None and _opens_with_a_date(text, start, by_start, starts)
                    if draft:
                        if not draft.people and not draft.implied:
                            draft.implied = subject  # 他1944年考入清华，[他]1948年赴巴黎留学
                            if len(subject) == 1 and subject[0] not in draft.summary \
                                    and _opens_with_a_date(text, start, by_start, starts):
                                draft.summary = _trim(subject[0] + draft.summary)  # (周桂兰1943年出生在贵州遵义，1962年
                                # 从师范学校毕业后: 周桂兰从师范学校毕业后, whose the clause tells)
                        subject = draft.implied or _opening_subject(text, people, start, end, by_start, starts)
                        drafts.append(draft)
                previous = subject or previous
                just_before = subject
            account = previous
    return drafts


def _opening_subject(text: str, people: _Mentions, start: int, end: int, by_start: list[dates.DateExpr],
                     starts: list[int]) -> list[str]:
    """Whom ``text[start:end]`` is of: the person named first, when nothing but dates, an
    attribute (今年67岁的), a title or what tells the source stands before them (支志明1957年生于香港,
    1944年，王华考入, 中国选手李明, 公开资料显示，张建军，男，1963年5月出生; not 公司聘请王华,
    where someone else acts on them), past a clause that tells the source (据X发布的讣告，)."""
    start = _past_the_source(text, start, end)  # (据游本昌工作室……发布的讣告，著名表演艺术家游本昌……逝世: not whom)
    first = people.first_within(start, end)
    if first is None:
        return []
    at, name = first
    if people.speaks_of_another(text, start, end):
        return []  # (村党支部书记马德福说，上世纪80年代，是周老师……: of whom the speaker speaks, as ``subject_before`` finds)
    lead = text[start:at]
    for expr in by_start[bisect_left(starts, start):bisect_left(starts, at)]:
        lead = lead.replace(expr.text, "")
    lead = lead.strip(" ，,、：:")
    return [name] if not lead or lead.endswith(("的", "显示", *ROLE_TITLES, *SPEECH_VERBS)) else []


def _past_the_source(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` goes on past the clauses that open it by telling the source of what follows
    (据游本昌工作室12月2日发布的讣告，), else ``start``."""
    while (source := _ACCORDING_TO.match(text, start)) and (comma := _CLAUSE_COMMA.search(text, source.end(), end)):
        start = comma.end()
    return start


_ACCORDING_TO = re.compile(r"\s*(?:据|根据)")  # a clause that tells the source of what follows
_CLAUSE_COMMA = re.compile("[，,]")


def _told_apart(text: str, start: int, end: int, by_start: list[dates.DateExpr],
                starts: list[int]) -> list[tuple[int, int]]:
    """A sentence cut before each clause that opens with another date, outside quotes:
    1944年考入清华，1948年赴巴黎留学 tells two happenings. A date inside a clause (2023年至
    2024年, 9日、10日两天) stays with the one before it, and so does the first date told
    (许渊冲先生，于2021年6月17日逝世), and one before a verb alone that ends a step the clause before began
    (春运将于2月2日开始，3月13日结束), and a year that names a contest or meeting (北京时间10月
    15日凌晨，2026年世界杯预选赛继续进行) or a league's season (北京时间11月30日凌晨，2025-26赛季英超
    第13轮……进行)."""
    quoted = [m.span() for m in dates.QUOTATION.finditer(text, start, end)]
    opened = [qs for qs, _qe in quoted]
    cuts, dated = [start], False
    for expr in by_start[bisect_left(starts, start):bisect_left(starts, end)]:
        if (at := bisect_right(opened, expr.start)) and expr.start < quoted[at - 1][1] or _AGE.match(text, expr.end):
            continue  # inside the quotation opened last before it, or the year of an age (今年32岁的韦柳燕是……，2015年)
        lead = text[max(start, expr.start - 8):expr.start].rstrip(" ")  # (its end: a long sentence stays linear)
        lead = lead[:-1] if lead.endswith(("在", "于")) else lead
        # (not after a verb of saying: 教体局通报称，9月28日…… tells what the report said)
        if dated and lead.endswith(_CLAUSE_ENDS) and not lead[:-1].endswith(_TELLING) \
                and not (_a_year_alone(expr) and (_NAMED_FOR_YEAR.match(text, expr.end)
                                                 or expr.text.endswith(("赛季", "賽季", "球季")))) \
                and not (_BARE_VERB_AFTER.match(text, expr.end)
                         and text[cuts[-1]:expr.start].rstrip(" ，,；;").endswith(_BEGUN)):
            cuts.append(expr.start)
        elif dated and (subject := _SUBJECT_AT_ITS_DATE.search(text, cuts[-1], expr.start)) \
                and not text[cuts[-1]:subject.start()].rstrip("，,；;—").endswith(_TELLING) \
                and not _ACCORDING_TO.match(text, cuts[-1]) and not _a_year_alone(expr) \
                and _no_verb(subject.group()):
            cuts.append(subject.start())  # (…接过了接力棒——发起者南仁东已于2017年9月因病去世: its own subject and date;
            # not after the source, 据X消息，, nor before a year alone, 将在2026赛季, nor a verb's 在, 他支持美联储在12月)
        dated = True
    return list(zip(cuts, [*cuts[1:], end]))


# A later clause whose subject comes before its date, joined by 于 or 在 and maybe an adverb (，他于1948年赴巴黎,
# ——南仁东已于2017年9月去世): from the clause's start.
_SUBJECT_AT_ITS_DATE = re.compile(r"(?<=[，,；;—])[^，,；;。！？—“”]{1,16}?(?:已|曾|也|则|又|还|便|就|都)?(?:于|在)\Z")


_CLAUSE_ENDS = ("，", ",", "；", ";")
# A verb of one or two characters alone after a date, which says too little without the clause before it that
# began what it ends (春运将于2月2日开始，3月13日结束，: the second step of one happening; not 1932年出生，1950年参军,
# two, nor 2021年1月任副省长，2024年3月退休).
_BARE_VERB_AFTER = re.compile(r"[\u4e00-\u9fff]{1,2}(?=[，,；;。！？]|$)")
_BEGUN = ("开始", "开幕", "开工", "开展", "启动", "开赛", "开放")
# What a year alone names rather than dates (2026年世界杯欧洲区预选赛, 2025年WTT总决赛, 2026年全国
# 硕士研究生招生考试, 115年度中央政府總預算案, 2025年度“中国好人榜”, 2025年“村超”总冠军): a contest, meeting, show, prize,
# ranking or examination of that year, or anything named in quotes right after it, which may be held in another, or the
# budget, fiscal year or policy address of that year, passed or given in the one before (二〇二六年財政年度施政報告).
_NAMED_FOR_YEAR = re.compile(r"[“「][^“”「」]{1,10}[”」]"
                             r"|[^\s，。；！？、,;]{0,12}?(?:赛|杯|运动会|大会|峰会|论坛|博览会|展|节|奖|榜|考试|高考|中考|招生|预算"
                             r"|财政年度|财年|施政报告)")


def _a_year_alone(expr: dates.DateExpr) -> bool:
    """Does ``expr`` tell a year and nothing within it (2026年, 今年, 同年; not 昨日, whose month is none either)?"""
    return expr.kind in ("absolute", "year_offset", "told_year") and expr.month is None and expr.season is None \
        and expr.quarter is None


def _draft(text: str, written: str, people: _Mentions, ref: date | None, by_start: list[dates.DateExpr],
           starts: list[int], start: int, end: int, previous: list[str] | None,
           just_before: list[str]) -> _Draft | None:
    """The event ``text[start:end]`` tells (its summary cut from ``written``), if it is dated and tells something; a
    clause that names no one is of ``previous``: whom the sentence before was of, if anyone, or for a
    later clause, whom its sentence is of (``None`` when that is no one); a 他 or 她 that opens it,
    of ``just_before``, whom the sentence right before was of, if it told an event."""
    sentence = text[start:end]
    quoted = [(m.start() + start, m.end() + start) for m in dates.QUOTATION.finditer(sentence)]
    titles = [(m.start() + start, m.end() + start) for m in _BOOK_TITLE.finditer(sentence)]
    within = by_start[bisect_left(starts, start):bisect_left(starts, end)]
    ends = {e.end for e in within}
    to_date = _years_to_date(text, within)
    inside = [e for e in within if e.end <= end and not _AGE.match(text, e.end) and e.start not in to_date
              and not any(ts <= e.start < te for ts, te in titles)  # (《2025年税务条例》 names a law)
              and not _term_end(text, e, ends)
              and not dates.compared_with(text, e)]  # (与今年相比: when nothing happened)
    outside = [e for e in inside if not any(qs <= e.start < qe for qs, qe in quoted)]
    dated = outside or inside
    naming = [e for e in dated if _a_year_alone(e) and _NAMED_FOR_YEAR.match(text, e.end)]
    told = [(e, r) for e in dated if (r := dates.resolve(e, ref)) is not None]
    # (2026年…招生考试将于12月20日举行; and a year that names a contest dates the sentence only when it
    # tells no other time, resolved or not: 2024年諾貝爾文學獎得主……今天 is of an unknown today)
    told = [(e, r) for e, r in told if e not in naming] or (told if len(naming) == len(dated) else [])
    told = [(e, r) for e, r in told
            if r.precision in ("day", "week", "year") or not _REPORTED.match(text, e.end)]
    if not told:
        return None
    chosen, resolved = told[0]
    # A date told later in the same clause that lies within the first is the more precise
    # (今年的颁奖典礼将于8月举行); not one that begins a range, a stretch of it (今年1至11月: the year's).
    for expr, later in told[1:]:
        if _CLAUSE.search(text, chosen.end, expr.start) or _begins_a_range(text, expr, inside):
            break
        if _PRECISION_RANK[later.precision] < _PRECISION_RANK[resolved.precision] \
                and _within(_period(later), _period(resolved)):
            resolved = later
    bare = dates.QUOTATION.sub("", sentence)  # what the sentence says, not what it quotes
    if not outside and not HAN_RUN.search(bare):
        return None  # (a quotation alone, “基利安今天状态非常好。”: what was said of the day, by someone told apart)
    kinds = _kinds(bare) if outside else _kinds(sentence)
    # Something happened, by its verb, or to or by someone or something the sentence names,
    # or someone it calls he or she (2003年，她从师范学校毕业), whom ``subject_before`` finds.
    named = people.within(start, end, text, titles)
    if (told_from := _past_the_source(text, start, end)) > start \
            and (told := people.within(told_from, end, text, titles)):
        named = told  # (据法官谢蓉介绍，张某与王某……2020年10月登记结婚: theirs, not the source's)
    date_at = chosen.start - start
    clause_at = max(sentence.rfind(c, 0, date_at) for c in "，,；;：:") + 1  # where the date's clause begins
    first_clause = clause_at == 0
    clause_at += len(sentence[clause_at:]) - len(sentence[clause_at:].lstrip())
    if (holder := people.titled(text, start + clause_at)) and holder not in named:
        named = [holder, *named]  # 按照行程，教宗将于30日前往黎巴嫩，并与总统奥恩会面: the pope's
    # What the sentence says outside what it quotes, offsets kept (a quotation it opens but does not close, cut at its
    # ！ or ？, is one too): where a 他, 她 or 两人 of its own stands.
    unquoted = _UNCLOSED.sub(lambda m: " " * len(m.group()),
                             dates.QUOTATION.sub(lambda m: " " * len(m.group()), sentence))
    pronoun = _PRONOUN_SUBJECT.search(unquoted)
    if pronoun and holder and pronoun.group()[-1] in "位名":
        pronoun = None  # (这位澳大利亚籍主帅: the one who holds the title)
    told_end = chosen.end  # the deed and the summary open after the whole range (1998年至2008年任校长)
    for expr in inside[inside.index(chosen) + 1:]:
        if not _RANGE_TO.fullmatch(text, told_end, expr.start):
            break
        told_end = expr.end
    # (a clause after another names its own subject: 秦培景认为，12月中旬召开的会议 is no one's deed)
    opens = not named or first_clause or _with_others(sentence, told_end - start)  # (but 次日在白宫与特朗普会晤: with him)
    unnamed = (previous[:1] or [people.subject_before(text, start, PRONOUN_REACH)])[0] \
        if previous is not None and not pronoun and opens \
        and not _named_after_its_time(sentence, told_end - start, people.first_within(start, end), start) \
        and (_unnamed_subject(sentence, sentence[clause_at:date_at], told_end - start)
             or first_clause and _named_only_as_objects(sentence, sentence[clause_at:date_at], told_end - start,
                                                        people.first_within(start, end), start)) \
        else None
    if not kinds and not named and not _ORGANISATION.search(bare) and not pronoun and not unnamed \
            and not _SOMEONE.search(bare):
        return None
    # 他 stands for someone named before, unless the sentence names someone before it
    # (此前一天，美国总统特朗普……称，他期待访问中国: 特朗普).
    first = people.first_within(start, end)
    # (and the one the sentence right before was of, though it named someone else: 1945年赴美国留学，师从物理学家
    # 费米。1957年，他与李政道…… is of whom the account was, not of 费米)
    if first and pronoun and (helped := HELPED_BY.search(sentence, 0, pronoun.end())) \
            and helped.start() <= first[0] - start < helped.end():
        first = None  # (not one named in what sets the deed: 在孙女张可欣的帮助下，她开通了账号 is hers)
    implied = [before] if pronoun and not (first and first[0] < start + pronoun.start()) \
        and (before := just_before[0] if just_before else people.subject_before(text, start, PRONOUN_REACH)) \
        else []
    if implied and text.startswith("们", start + pronoun.end()):
        # (他们 or 她们: all the last sentence that named someone named, 夫妻——陈海军和林小燕。2010年起，他们就在岛上;
        # no one where it named one alone: ……杨鸣则表示。本赛季……，他们将于12月2日, a team)
        implied = them if len(them := people.named_before(text, start, PRONOUN_REACH)) >= 2 else []
    if not implied and not named and _THE_TWO.search(unquoted) \
            and len(two := people.named_before(text, start, PRONOUN_REACH)) == 2:
        implied = two  # (两人 opening a clause: the two the last sentence naming someone named, 克莱尔……认识了杨志强。
        # 2018年，两人在村里举办了婚礼; not two unnamed, 事故中，两人受伤, after a sentence naming one)
    if unnamed:
        implied = [unnamed]  # 张建军，男，1963年5月出生。2021年1月任副省长 (and 1946年赴英国留学，师从玻恩): his
    if not implied and _FIRST_PERSON.search(unquoted) and (answering := people.labelling(text, start)):
        implied = [answering]  # (杜伟生：……我1975年进入北京图书馆: the one who answers)
    # (a date told only in what is quoted: who said it, and the words, 赛后，王明说：“今天打得很艰苦。”)
    summary = _summary(sentence, written[start:end], chosen.start - start, told_end - start) if outside \
        else _trim(written[start:end])
    # (and the subject a clause of its own names before the date's, which the summary leaves out: 梅葆玖的弟子李胜素，
    # 12月3日在北京举办纪念演出 is 李胜素在北京举办纪念演出)
    subject_end = start + len(sentence[:clause_at].rstrip(" ，,"))
    subject_end -= len(next((a for a in _RESPECTFUL if text.endswith(a, 0, subject_end)), ""))
    if outside and clause_at and (subject := people.written_ending(written, subject_end)) \
            and len(subject) >= 2 and subject not in summary and not to_simplified(summary).startswith(_OWN_SUBJECTS):
        # (a name, not a surname alone: 刘[女士]; nor before a clause that names its own subject, 汪顺的妻子是董洁，
        # 两人于2023年结婚)
        summary = _trim(subject + summary)  # (also past how the name is addressed: 李政道先生，因病于……逝世)
    elif len(implied) == 1 and summary[:1] in ("他", "她") and summary[1:2] != "们" and pronoun \
            and start + pronoun.start() + 1 >= start + clause_at:
        summary = implied[0] + summary[1:]  # (the one its 他 or 她 stands for: 2022年，他因病离世 is 刘德胜因病离世)
    # What someone said of a time is no saying at that time: its kinds are those of what was said
    # (鲍威尔在新闻发布会上说，12月再次降息…… and 贝森特此前透露，……有望在圣诞节前公布: no one statement).
    reported = sentence[:clause_at].rstrip(" ，,：:").endswith(SPEECH_VERBS)
    return _Draft(resolved, summary, [(start, end)], named, _kinds(sentence[clause_at:] if reported else sentence),
                  implied=implied)


def _opens_with_a_date(text: str, start: int, by_start: list[dates.DateExpr], starts: list[int]) -> bool:
    """Does a date expression begin the clause at ``start``, spaces aside?"""
    at = start + len(text[start:start + 8]) - len(text[start:start + 8].lstrip())
    index = bisect_left(starts, at)
    return index < len(starts) and by_start[index].start == at


def _begins_a_range(text: str, expr: dates.DateExpr, exprs: list[dates.DateExpr]) -> bool:
    """Is ``expr`` the first end of a range of ``exprs`` (1至11月, 2023年3月至2024年8月)?"""
    at = exprs.index(expr) if expr in exprs else -1
    return 0 <= at < len(exprs) - 1 and _RANGE_TO.fullmatch(text, expr.end, exprs[at + 1].start) is not None


def _years_to_date(text: str, exprs: list[dates.DateExpr]) -> set[int]:
    """Where the ends of each range of months from January of ``exprs`` begin, written as statistics write them, the
    first a number alone (1至11月份, 1—10月): a year's figures to date, which date no happening (the year before them
    still does: 今年1至11月; but not 1月至3月，他在北京集训, a stretch of time someone spent)."""
    return {e.start for first, last in zip(exprs, exprs[1:]) if first.month == 1 and first.day is None
            and "月" not in first.text
            and first.season is None and last.month is not None and last.day is None
            and _RANGE_TO.fullmatch(text, first.end, last.start) for e in (first, last)}


# What follows a date that opens a clause with no one named, so that the clause is of whom the
# text told of last (the elided subject of a life's account): a verb of the events' lists, or
# 任 (took the office of), 被 (was), 赴 (went to), 获 (won, was awarded), 回国 or 归国 (came home), 定居 (settled),
# 应征 (was called up), 转业 (left the army for civilian work), 调入 (was transferred to), 进入 (entered), 前往 or 来到
# (went to, came to), 开始从事 or 从事 (took up: 1978年开始从事老舍研究).
_UNNAMED_ACTS = tuple(sorted(_EVENT_VERB_WORDS
                             | {"任", "被", "赴", "获", "回国", "归国", "定居", "应征", "转业", "调入", "进入", "前往", "来到",
                                "开始从事", "从事"}, key=len, reverse=True))


def _term_end(text: str, expr: dates.DateExpr, ends: set[int]) -> bool:
    """Is ``expr`` where a term ends (续约至2028年, 任期至2027年6月), which dates no happening? Not the end of a range
    of dates (2023年至2024年), nor what a figure stands at (截至)."""
    return text.endswith("至", 0, expr.start) and not text.endswith("截至", 0, expr.start) and expr.start - 1 not in ends


def _past_the_date(sentence: str, date_end: int) -> int:
    """Where the words that only say more of the date ending at ``date_end`` end: a part of the day,
    the date again in brackets (上周五（11月28日）), its drawing near (春节临近，)."""
    after = date_end + len(_PART_OF_DAY.match(sentence, date_end).group())
    after += len(restated.group()) if (restated := _RESTATED_DATE.match(sentence, after)) else 0
    return after + (len(near.group()) if (near := _DRAWING_NEAR.match(sentence, after)) else 0)


def _unnamed_subject(sentence: str, lead: str, date_end: int) -> bool:
    """Does the clause open with the date (``lead``, what stands before it in the clause) and go
    straight on with what someone did (2021年1月任副省长，2024年3月退休), or with whom (1998年与张志东等共同创办腾讯)?"""
    after = _past_the_date(sentence, date_end)
    return lead.strip() in ("", "在", "于") and (sentence.startswith(_UNNAMED_ACTS, after)
                                                 or _with_others(sentence, date_end))


def _with_others(sentence: str, date_end: int) -> bool:
    """Does what follows the date ending at ``date_end`` tell with whom something was done, past where (1998年与张志东等
    共同创办, 次日在白宫与美国总统特朗普举行会晤): of one the clause does not name?"""
    after = _past_the_date(sentence, date_end)
    after = where.end() if (where := _WHERE_WITH.match(sentence, after)) else after
    return sentence.startswith(_WITH_SOMEONE, after)


_WHERE_WITH = re.compile(r"在[^，,；;：:与同跟]{1,12}?(?=[与同跟])")  # (在白宫与: where, before with whom)


def _named_after_its_time(sentence: str, date_end: int, first: tuple[int, str] | None, start: int) -> bool:
    """Does the date open a clause of when (1955年回国后，) and the next clause open with the name of who did it
    (孙景坤转业到地方工作: his return too, not that of whom the sentence before was)?"""
    after = _past_the_date(sentence, date_end)
    clause_end = min((i for c in "，," if (i := sentence.find(c, after)) >= 0), default=len(sentence))
    return first is not None and sentence[:clause_end].endswith(_WHEN_ENDS) \
        and not sentence[clause_end + 1:first[0] - start].strip()


_WHEN_ENDS = ("后", "时", "前", "期间")  # a clause that tells when the next one happened


_WITH_SOMEONE = ("与", "同", "跟")  # 'with', opening what one did with others


def _named_only_as_objects(sentence: str, lead: str, date_end: int, first: tuple[int, str] | None, start: int) -> bool:
    """Does the date open a clause that tells what was done with no one named, nor a body (not 同日，, 2024年，公司宣布),
    and the first name come in a later clause, not opening it (1988年在少林寺出家，师从释行正: whom he studied under, not
    who did it)?"""
    after = _past_the_date(sentence, date_end)
    clause_end = min((i for c in "，,；;" if (i := sentence.find(c, after)) >= 0), default=len(sentence))
    return lead.strip() in ("", "在", "于") and clause_end - after >= 2 \
        and not _ORGANISATION.search(sentence[after:clause_end]) \
        and first is not None and first[0] - start > clause_end and sentence[first[0] - start - 1] not in "，,；;：:"


def _same_happening(a: _Draft, b: _Draft) -> bool:
    """Two accounts of one happening: overlapping periods, a shared kind, and a shared person
    (or, without names, the very same day); or the very same day told in the same words, as a
    lead retells its headline (葵涌貨櫃碼頭昨午發生工業意外, headline and lead)."""
    same_day = a.resolved.precision == b.resolved.precision == "day" and a.resolved.iso == b.resolved.iso
    if same_day and _told_alike(a.summary, b.summary):
        return True
    shared = a.kinds & b.kinds
    if not shared:
        return False
    (a_first, a_last), (b_first, b_last) = a.period, b.period
    if a_first > b_last or b_first > a_last:
        return False
    if set(a.people) & set(b.people):
        return True
    return same_day and bool(shared - GENERIC_KINDS)


def _told_alike(one: str, other: str) -> bool:
    """Do two summaries share ``_ALIKE`` Chinese characters or more, in runs of three or more (碼頭昨午……發生工業意外,
    with the day in brackets between in one of them)?"""
    blocks = SequenceMatcher(None, one, other, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks
               if block.size >= 3 and HAN_RUN.fullmatch(one, block.a, block.a + block.size)) >= _ALIKE


_ALIKE = 8  # characters: a clause's worth, more than a name and a date share


def find_events(article: Article, people: list[Person], ref: date | None,
                exprs: list[dates.DateExpr]) -> list[Event]:
    mentions = _Mentions(people)
    text = to_simplified(article.text)
    drafts = _timeline_drafts(article, text, mentions, ref)
    # A twin shares a person or the very day: index drafts by both, so that each new draft
    # is compared with a handful, not with every event found so far.
    index: dict[str, list[_Draft]] = {}

    def keys(draft: _Draft) -> list[str]:
        day = [f"day {draft.resolved.iso}"] if draft.resolved.precision == "day" else []
        return [f"person {name}" for name in draft.people] + day

    order: dict[int, int] = {}

    def remember(draft: _Draft) -> None:
        order.setdefault(id(draft), len(order))
        for key in keys(draft):
            index.setdefault(key, []).append(draft)

    for draft in drafts:
        remember(draft)
    for draft in _body_drafts(article, text, mentions, ref, exprs):
        near = {id(d): d for key in keys(draft) for d in index.get(key, [])}
        twin = next((d for d in sorted(near.values(), key=lambda d: order[id(d)]) if _same_happening(d, draft)), None)
        if twin is None:
            drafts.append(draft)
            remember(draft)
            continue
        twin.spans.extend(draft.spans)
        twin.people.extend(p for p in draft.people if p not in twin.people)
        remember(twin)
        twin.kinds |= draft.kinds
        if draft.resolved.precision == "day" and twin.resolved.precision != "day":
            twin.resolved = draft.resolved  # keep the most precise date told
    drafts.sort(key=lambda d: (d.period[1], _PRECISION_RANK[d.resolved.precision], min(s for s, _ in d.spans)))
    return [
        Event(d.resolved.iso, d.resolved.precision, d.summary, [*d.implied, *(p for p in d.people if p not in d.implied)],
              sorted(d.spans), d.resolved.label())
        for d in drafts
    ]
