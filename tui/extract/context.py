"""The words around a name in news prose and what they say of it: titles before and after it
(with their rank and the office or body they are of), speech and action verbs after it,
organisation words around it. ``Candidate`` tallies that evidence for one form found."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

from tui.extract.dictionary import FUNCTION_TAGS, LINKING_TAGS, RARE_WORD, dictionary
from tui.extract.lexicon import (
    ADVERBS,
    AIDES,
    ARMED_SERVICES,
    COUNTRIES,
    COUNTRY_SHORT,
    HONOURS_BEGIN,
    HONOURS_END,
    KINSHIP,
    MALAY_STYLES,
    MILITARY_RANKS,
    ORG_AFTER,
    ORG_BEFORE,
    ORG_HEADS,
    OWNED_KIN,
    PERSON_ACTIONS,
    PLACE_HEADS,
    PLACES_COUNTED,
    RELATION_TITLES,
    ROLE_TITLES,
    SEATS_OF_POWER,
    SPEECH_VERBS,
    SURNAMES,
    TITLE_JOINERS,
    TITLE_PREFIXES,
    TO_REPORTERS,
    TRANSLIT,
    WEAK_TITLES,
)
from tui.extract.shapes import HAN, HAN_RUN, SAID_IN, has_surname, translit_share


@dataclass
class Candidate:
    """A form found in the text: what found it, the evidence for it and the roles beside it."""

    form: str
    kind: str  # model (the tagger found it) | dotted | latin (by their shape) | titled (after a title)
    # | unknown (a surname and two characters jieba does not know, written twice or more)
    # | regnal (a monarch's name and number after a title) | party (right after one's party, 工联会麦美娟则要求)
    score: int = 0  # evidence from the words around a shape-found candidate
    roles: Counter[str] = field(default_factory=Counter)


class Context:
    """The words around a span of the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._chains: dict[int, tuple[list[str], int]] = {}  # a chain asked for again (by rule after rule)

    def titles_before(self, start: int) -> list[str]:
        """Titles right before ``start``: ``联合创始人兼总裁X`` gives both, ``前副总统X`` the whole
        rank, ``美国财政部长X`` the office with its title; ``的`` may stand between."""
        return self.title_chain(start)[0]

    def title_chain(self, start: int) -> tuple[list[str], int]:
        """The titles before ``start`` (as ``titles_before``) and where their chain begins."""
        if start not in self._chains:
            self._chains[start] = self._title_chain(start)
        found, chain_start = self._chains[start]
        return list(found), chain_start

    def _title_chain(self, start: int) -> tuple[list[str], int]:
        first = max(0, start - 32)
        if dateline := _DATELINE_END.match(self.text, first, start):
            first = dateline.end()  # (新华社北京12月1日电国务院副总理X: the office begins after the dateline)
        if (caption := self.text.rfind(_CAPTION, first, start)) >= 0:
            first = caption + len(_CAPTION)  # (会议结束图为针灸专家X: a picture's caption run on from a headline)
        window = self.text[first:start].rstrip(" \u3000|｜").rstrip(" \u3000")  # (界面新闻记者 | 刘诚)
        spaced = len(window) < start - first
        if window.endswith("的"):
            window = window[:-1]
        elif window.endswith(("：", ":")) and window[max(map(window.rfind, _LABEL_OPENS)) + 1:-1].strip() in _ROLE_SET \
                and _names_only(self.text, start):
            window = window[:-1]  # a title as a line's label: 责任编辑：王晓丽, 门将：王大雷……；后卫：张琳芃, and after
            # another credit on its line, 责编：王雪 审核：李明
            # (not a speaker's in an interview, 记者：南仁东先生对您影响最大的是什么？; also in brackets, （编辑：林克伦）)
        elif window.endswith(("：", ":")) and _names_only(self.text, start) \
                and (honour := window[max(map(window.rfind, "\n；;。（(")) + 1:-1].strip()).endswith(HONOURS_END) \
                and len(honour) <= _HONOUR_LABEL:
            return [honour], start - len(honour) - 1  # an honour as a list's label: 全国助人为乐模范：张桂梅（女）、王顺友
        elif (named := _HONOUR_NAMED.search(window)) and _names_only(self.text, start):
            return [named.group(1)], first + named.start()  # (获得“全国见义勇为模范”称号的有：刘兴旺（湖北省武汉市快递员）)
        portfolio = ""
        if (note := _PORTFOLIO_NOTE.search(window)) and window.endswith(ROLE_TITLES, 0, note.start()):
            portfolio, window = note.group(), window[:note.start()]  # (副校长（学术）X: what the deputy is for)
        introduced = window.endswith(_NAMED_AS)
        if introduced:
            window = window[:-2]  # (这名外卖小哥名叫X: the title of the one introduced, read as right before the name)
        found: list[str] = []
        chain_start = start
        if (honour := _QUOTED_HONOUR.search(window)) \
                and (honour.group(1).endswith(HONOURS_END) or honour.group(1).startswith(HONOURS_BEGIN)) \
                and (window.endswith(TITLE_JOINERS, 0, honour.start()) or window[honour.start() - 1:honour.start()]
                     in ("", *_CLAUSE_STOPS)):
            found.append(honour.group(1))  # (an honour in quotes before the name, “时代楷模”X, also after another
            window = window[:honour.start()]  # title: 社区书记、“时代楷模”X has both)
            chain_start = first + len(window)
            window = window[:len(window) - len(next((j for j in TITLE_JOINERS if window.endswith(j)), ""))]
        while True:
            title = next((window[-size:] for size in _ROLE_SIZES if window[-size:] in _ROLE_SET), None) \
                or _calling(window)
            if title is None or _begun_inside_a_word(window[:-len(title)], title, self.text[start:start + 2]):
                break
            window = window[: -len(title)]
            office = _office(window, title)  # 财政 + 部长, 行政院 + 长
            if title in AIDES and not window.endswith(TITLE_PREFIXES):
                # 总统 + 助理, 总经理 + 助理: an office holder's aide, or what one aids in (not its rank, read below:
                # 瑞典学院 + 常务 + 秘书)
                # (the whole office before, over a noun of jieba's with its end: 总经理助理, not its 经理助理)
                office = max(office, _holder_aided(window)) or _opening_fields(window, describing=True, titled=True)
            if not office and (size := _noun_with_the_ones_before(window, title)):  # 支队长, 系主任, 漫画家
                title, window = window[-size:] + title, window[:-size]
                office = _office(window, title)
            elif not office and title.endswith("学家") and (size := _discipline(window, title)):
                title, window = window[-size:] + title, window[:-size]  # (地球 + 化学家, 理论 + 物理学家: one discipline)
            elif not office and title in _TRADES and (size := _kind_of_trade(window)):
                title, window = window[-size:] + title, window[:-size]  # (货车 + 司机, 外卖 + 骑手, 乡村 + 医生)
            elif not office and (degree := next((d for d in _DEGREES if window.endswith(d)), "")):
                title, window = degree + title, window[:-len(degree)]  # (博士生 + 导师, 博士后 + 研究员: whose)
            elif not office and title in _EXPERTS and (size := _expert_in(window)):
                title, window = window[-size:] + title, window[:-size]  # (水稻育种 + 专家, 策略 + 分析师: in what)
                office = _office(window, title)  # (and where: 北京协和医院 + 心血管病专家)
            office += _joined_field(window[:len(window) - office]) if office else 0  # 住房和城乡 + 建设部
            if window.endswith("人民法院"):
                office += _court_level(window[:len(window) - office])  # 中级 + 人民法院
            if title in _PRIZE_HOLDERS:
                office = _prize(window)  # 诺贝尔生理学或医学奖 + 获得者
            office += _division(window[:len(window) - office]) if office else 0  # 河北省 + 人大常委会, 江苏省 + 体育局
            office += _city_of_a_short_body(window[:len(window) - office], window[len(window) - office:])  # 纽约 + 联储
            if office and (levelled := _division(window[:len(window) - office + 1])) > 1 \
                    and window[len(window) - office] in PLACE_LEVELS:
                office += levelled - 1  # (龙华镇 + 镇党委: the body's first character the place's level)
            if office and _FOUNDED_KINDS.search(window, len(window) - office) \
                    and (founded := next((f for f in _FOUNDED_BY if window.endswith(f, 0, len(window) - office)), "")):
                office += len(founded)  # (国立 + 台湾大学: who founded the school, as its name says)
            committee = window[len(window) - office:] if window[len(window) - office:] in _COMMITTEES_OF_A_BODY else ""
            office += _office(window[:len(window) - office], committee) if committee else 0  # 清华大学 + 党委
            office += _seat_of_a_head(window[:len(window) - office], window[len(window) - office:] + title)
            office += _seat_of_power(window[:len(window) - office])  # 白宫 + 国家经济委员会, 白宫 + 发言人
            office += _chamber_of_a_party(window[:len(window) - office], window[len(window) - office:])  # 参议院 + 多数党
            office += _numbered_or_affiliated(window, office)
            bare, title, window = title, window[len(window) - office:] + title, window[:len(window) - office]
            if not office and (acronym := _ACRONYM.search(window)) and _opens_a_field(window[:acronym.start()]):
                title, window = acronym.group() + title, window[:acronym.start()]  # (首席 + AI科学家, NBA + 球星)
            if (country := _word_ending(window, _a_country)) and window[:len(window) - country].endswith(_FORMER):
                title, window = window[-country:] + title, window[:-country]  # (原 + 中国原子能科学研究院院长: a
                # former office as written, with its country, not as the office now, 原 lost before the country)
            while prefix := next((p for p in TITLE_PREFIXES if window.endswith(p) and not (
                    len(window) > len(p) and window[-len(p) - 1] not in _BODY_KINDS
                    and dictionary().tags([window[-len(p) - 1:], *([window[-3:]] if p == "代" else [])])
                    and not window.endswith(_RANKS, 0, len(window) - len(p)))), None) \
                    or ((title.startswith("副") or title in _RANKED)
                        and next((r for r in _RANKS if window.endswith(r)), None)):
                title, window = prefix + title, window[: -len(prefix)]  # 前 + 副 + 总统, 第一 + 副 + 总理, not 时[代]
                # nor a generation's, 新生[代]; but after a body's kind, whatever jieba joins (某部 + 副 + 政委: its 部副)
            if committee and title.startswith(TITLE_PREFIXES) and (body := _office(window, committee)):
                title, window = window[-body:] + title, window[:-body]  # 北京大学 + 原 + 党委书记
            plain = _unprefixed(bare)  # (原 + 副部长 as 部长 too: 农业农村部原副部长)
            if not office and plain != title \
                    and (office := _office(window, plain) or (_holder_aided(window) if bare in AIDES else 0)
                         or _noun_with_the_ones_before(window, plain)):
                # 市委 + 副书记 as 市委书记; 科技部 + 副部长 as 科技部部长 (工业和信息化部 + 副部长 as 部长; 总统 + 首席助理)
                office += _joined_field(window[:len(window) - office])
                office += _numbered_or_affiliated(window, office)  # (中山大学附属第一医院 + 副院长)
                title, window = window[len(window) - office:] + title, window[:len(window) - office]
            if not office and (unread := _OFFICE_BETWEEN.search(window)) and _unread_office(unread.group()) \
                    and _holder_aided(window[:unread.start() - 1]):
                title, window = unread.group() + title, window[:unread.start()]  # (常务董事、终端BG + 董事长, an
                # office no rule reads, between two titles: the chain goes on)
            if not title.startswith(_FORMER) and (former := _FORMER_EMPLOYER.search(window)) \
                    and _former_body(former.group()):
                title, window = window[former.start():] + title, window[:former.start()]  # (前 + 谷歌 + CEO, 前 +
                # 特斯拉AI + 总监: a former office at a body no rule reads, written so, not as the office now)
            found.append(title)
            window = window[: -len(d)] if (d := next((d for d in _PRAISE if window.endswith(d)), "")) else window
            chain_start = first + len(window)
            if bare in MALAY_STYLES:
                continue  # (an honour's style after the office: 外交部长拿督斯里X has both)
            if (places := _PLACE_CHAIN.search(window)) and window.endswith("、", 0, places.start()):
                window = window[:places.start()]  # (全国人大代表、湖南省浏阳市沙市|镇党委书记: where the office is, then
                # another title before it)
            if (company := _LATIN_NAME_END.search(window)) and window.endswith(TITLE_JOINERS, 0, company.start()):
                window = window[:company.start()]  # (a company named in Latin, as the role shows none: 图灵奖得主、Meta|
                # 首席AI科学家 has both titles)
            elif (country := _word_ending(window, _a_country)) \
                    and window.endswith(TITLE_JOINERS, 0, len(window) - country):
                window = window[:len(window) - country]  # (and a country, whose the holder is: 诺贝尔文学奖得主、匈牙利|作家)
            if window[-1:] in PLACE_LEVELS and window.endswith(TITLE_JOINERS, 0, len(window) - 1):
                window = window[:-1]  # (副市长、市|公安局局长: the level alone, the place the title before names)
            joiner = next((j for j in TITLE_JOINERS if window.endswith(j)), None)
            if joiner is None or bare in RELATION_TITLES or bare in KINSHIP:
                break  # (a relative's title joins no office before it: 首相和夫人X is the wife, not the premier)
            if joiner in _JOINING_TWO and not bare.endswith("家"):
                break  # (党籍立委与民众党主席X: the members and the chairman)
            window = window[: -len(joiner)]
        if introduced and not window.endswith(_THIS_ONE):
            return [], start  # (not 他的同事名叫X, nor 店里的服务员名叫: only this one, or one so counted)
        if spaced and found and (_COMPLEMENT_VERBS.intersection(
                re.split(r"[，。；！？\n,;]", self.text[max(0, chain_start - 4):chain_start])[-1])
                or _verb_ending(self.text[max(0, chain_start - 6):chain_start])):
            return [], start  # a headline's clause ends at the space: 选举苏林为国家主席 范明政继续担任, 酒驾撞死外送员 林姓男子
        if portfolio and found:
            found[0] += portfolio
        return found, chain_start

    def relation_before(self, start: int) -> tuple[str, int] | None:
        """A word of kinship or marriage right before ``start`` (女儿王小雨, 周杰伦的妻子昆凌,
        发哥太太陈荟莲), and where the name of the one it relates to would end: before its 的, or
        right before the word."""
        if start == 0 or self.text[start - 1] not in _RELATIONS_LAST:
            return None  # (at once: most words are no kin)
        kin = next((k for k in RELATIONS if self.text.endswith(k, 0, start)), None)
        if kin is None:
            serving = next((c for c in _SERVING if self.text.endswith("的" + c, 0, start)), None)
            return (serving, start - len(serving) - 1) if serving else None
        before = start - len(kin)
        standing = next((w for w in _STANDING if self.text.endswith("的" + w, 0, before)), "")
        if standing and kin in RELATION_TITLES:  # (巴菲特的老搭档查理·芒格, 的长期搭档: an old one)
            kin, before = standing + kin, before - len(standing)
        if kin == "夫人" and self.text.endswith("第一", 0, before):
            kin, before = "第一夫人", before - 2  # (the head of state's wife, as a title: 第一夫人彭丽媛)
        if kin in KINSHIP and (counted := _COUNTED_KIN.search(self.text, max(0, before - 10), before)):
            return kin, counted.start()  # (宗庆后的三名非婚生子女宗继昌: his, however many and of what kind)
        return kin, before - 1 if self.text[before - 1:before] == "的" else before

    def relation_stated(self, end: int) -> tuple[int, str] | None:
        """A relation said of the name ending at ``end`` (X是村民杨小英的丈夫。, X系李某之夫。): where the name of the
        one it relates to would end, before its 的 or 之, and the word of kinship or marriage, closing the clause."""
        match = _STATED_RELATION.match(self.text, end) or _STATED_RELATION_OF.match(self.text, end)
        return (match.start(1), match.group(2)) if match else None

    def offices_stated(self, end: int) -> list[str]:
        """The titles said of the name ending at ``end`` as what one is or became, closing the clause (X是中国科学院院士、
        高能物理研究所所长。, X是一名乡村医生。, X也成了景区的一名讲解员。); not a relation, which :meth:`relation_stated` reads, nor a judgement
        (X是最强的球员)."""
        match = _STATED_OFFICE.match(self.text, end)
        if match is None:
            return []
        return [t for t in self.titles_before(match.end()) if t not in RELATION_TITLES and t not in KINSHIP]

    def offices_in_apposition(self, end: int) -> list[str]:
        """The titles of the clauses set off by commas right after the name ending at ``end`` that are each nothing
        but titles, as notes on a writer or one interviewed and obituaries write them (王坚，中国工程院院士，阿里云创始人，
        现任之江实验室主任。); not a clause that goes on past its title (王坚，北京大学教授李明说: 李明's)."""
        found: list[str] = []
        while self.text.startswith(("，", ","), end):
            stop = _APPOSITION_END.search(self.text, end + 1)
            clause_end = stop.start() if stop else len(self.text)
            if PARTICULARS.fullmatch(self.text, end + 1, clause_end) \
                    and not self.text[end + 1:clause_end].endswith(ROLE_TITLES):  # (not 阿里云创始人)
                end = clause_end  # (王坚，男，中国工程院院士: past one's particulars)
                continue
            lead = next((w for w in _APPOSITION_LEADS if self.text.startswith(w, end + 1)), "")
            titles, chain_start = self.title_chain(clause_end) if clause_end - end <= _APPOSITION else ([], -1)
            unread = self.text[end + 1 + len(lead):chain_start]
            if len(titles) == 1 and unread and _names_a_body(unread) and not _opens_with_a_name(unread):
                titles = [unread + titles[0]]  # (之江实验室 + 主任: a body jieba does not know; not 于佳饰演铁镜 +
                # 公主, another's deed, jieba's 饰演 a noun)
            elif not titles or unread:
                break
            found += [t.removeprefix(lead) for t in titles if t not in RELATION_TITLES and t not in KINSHIP]
            end = clause_end  # (现任 + 中央研究院院士: the office, not that it is held now, which a chain may read in)
        return found

    def titles_in_note(self, end: int) -> list[str]:
        """The titles that end the note in brackets right after the name ending at ``end``, what one is as lists of
        honours and appointments write it (王秀兰（女，河南省郑州市退休工人）, 张明（北京大学教授）); not a place in the
        picture (李春梅（右）)."""
        note = _NOTE_OF_WHAT_ONE_IS.match(self.text, end)
        if note is None or note.group()[1:].startswith(_NOT):
            return []  # (nor what one is not: 艾玛·沃森（非同名演员）)
        found, chain_start = self.title_chain(note.end() - 1)
        return [t for t in found if t not in RELATION_TITLES and t not in KINSHIP] if chain_start > end else []

    def titles_after(self, end: int) -> list[str]:
        """A title right after the name, as in 江泽民主席 or 王毅外长; not one that begins the
        name of a body (Moses & Singer律师事务所)."""
        after = self.text[end:end + 12]
        if (service := next((s for s in ARMED_SERVICES if after.startswith(s)), "")) \
                and (rank := next((r for r in MILITARY_RANKS if after.startswith(r, len(service))), "")):
            return [service + rank]  # (徐承华海军大校: a rank with its service, as after a title before the name)
        if after.startswith("前") and after.startswith(ROLE_TITLES, 1):
            return ["前" + title for title in self.titles_after(end + 1)]  # (蔡英文前總統, as Taiwan's press writes it)
        if not after.startswith(ROLE_TITLES):  # (at once, before looking for which)
            return []
        title = next(t for t in ROLE_TITLES if after.startswith(t))
        if after.startswith(_BODY_HEADS, len(title)) or any(after.startswith(meeting, len(title))
                                                             and dictionary().tags([title + meeting])
                                                             for meeting in ("会", "大会")):
            return []  # (特斯拉董事会: the board, a body of 董事; 股东大会, the meeting of 股东)
        if after[len(title):len(title) + 1] in _CLOSING_QUOTES \
                and _QUOTE_OPENED.search(self.text, max(0, end - 8), end):
            return []  # (“嘉庚学者”基金: a programme named after him, quoted whole, no office of his)
        if (office := _OFFICE_OF_A_TITLE.match(after, len(title))) and after.startswith(ROLE_TITLES, office.end()):
            return []  # (解除叶尔马克总统办公室主任职务: the head of the president's office, no president)
        return [title]

    def offices_held(self, start: int, end: int) -> list[str]:
        """The offices a name is appointed to, takes or leaves, as official news writes it:
        任命X为教育部副部长 (or 选举, 提名, 聘任, 推选, 增补), X出任/担任/当选/卸任公司董事长,
        免去(解除)X的国家统计局局长职务, and the next of a list of appointments (任命X为外务大臣，Y为防卫大臣),
        also to each name of a list set off by 、 (选举A、B（女）、C为副省长). The office is taken as
        written, up to the clause's end, when it ends with a title; two held together are two (改任副首相兼司法大臣)."""
        held_by = _HELD_BY.search(self.text, max(0, start - 14), start)
        if held_by is not None and _SERVES.match(self.text, end) \
                and (offices := [t for t in self.titles_before(held_by.start()) if t.endswith(ROLE_TITLES)]):
            return offices  # (外交部长由基民盟的瓦德富尔担任: the office told before 由)
        before = self.text[max(0, start - 2):start]
        if (listed := self._appointed_in_a_list(start, end)) is not None:
            before, end = listed
        elif heading := self._under_a_heading(start):
            before = heading  # (任命：\n李建华为省发展和改革委员会主任；)
        rest = _NOTE.sub("", self.text[end:end + _OFFICE_REACH], count=1)  # 刘海燕（女）为…
        if before.endswith((*_APPOINTING, *_REMOVING)):
            rest = rest.removeprefix("同志")  # (任命张立军同志为…, 免去刘海波同志的…职务)
        match = (_APPOINTED_AS.match(rest) if before.endswith(_APPOINTING) else
                 _REMOVED_FROM.match(rest) if before.endswith(_REMOVING) else
                 None if _SUCCEEDS.search(self.text, max(0, start - 16), start) else  # (A接替B出任首席运营官: A's)
                 _TAKES.match(rest) or _TOOK.match(rest) or self._listed_appointment(start) and _APPOINTED_AS.match(rest)
                 or None)
        if match is None:
            return []
        office = _THE_BODY.sub("", _THIS_BODY.sub("", _THIS_TERM.sub("", match.group(1))))  # (卸任公司董事长: the
        # story's company, unnamed)
        if _TAKES.search(office):
            return []  # (王怀远当选省人大常委会主任张国光当选省长: a headline of two, run together)
        ranks = _RANKS_AFTER.match(rest, match.end()) if office.endswith("委员") else None
        if ranks and all(rank in ROLE_TITLES for rank in ranks.group()[1:].split("、")):
            office = office[:-2] + ranks.group().split("、")[-1]  # (天津市委委员、常委、书记: its 书记)
        if not (office.endswith(ROLE_TITLES) or _calling(office)):
            return []
        held = office.split("兼")
        return held if all(part.endswith(ROLE_TITLES) for part in held) else [office]

    def _appointed_in_a_list(self, start: int, end: int) -> tuple[str, int] | None:
        """For a name among others set off by 、 before one office (选举A、B、C为副省长, 任命X为省长，
        A、B为副省长), the words before the list's first name and where its last name ends."""
        after = _NAMES_AFTER.match(self.text, end)
        clause = _NAMES_BEFORE.search(self.text, max(0, start - 60), start)
        if after is None and clause is None:
            return None
        first = clause.start() if clause else start
        for verb in (*_APPOINTING, *_REMOVING):  # (the list's first name may be taken to begin inside the verb: 任[命李卫东]、)
            at = self.text.rfind(verb, max(0, first - len(verb) + 1), start)
            if at >= 0 and _NAMES_BEFORE.fullmatch(self.text, at + len(verb), start):
                first = at + len(verb)
                break
        return self.text[max(0, first - 2):first], after.end() if after else end + self.text.startswith("等", end)

    def _under_a_heading(self, start: int) -> str | None:
        """The verb of appointment or removal that heads the lines of a notice the line beginning at ``start`` is one of
        (任命：\n李建华为省发展和改革委员会主任；\n王秀芳为省教育厅副厅长。), each line before it ending in a stop."""
        at = start - 1
        if at < 0 or self.text[at] != "\n":
            return None
        for _line in range(_HEADED_ITEMS):
            line_start = self.text.rfind("\n", 0, at) + 1
            line = self.text[line_start:at].strip()
            if heading := _HEADING.fullmatch(line):
                return heading.group(1)
            if not line.endswith(("；", ";", "。")) or line_start == 0:
                return None
            at = line_start - 1
        return None

    def opens_an_appointment(self, at: int) -> bool:
        """Does the name of one appointed begin at ``at``, after the verb or after another appointment of its
        sentence (任命X为外务大臣，[Y]为防卫大臣)?"""
        return self.text.endswith(_APPOINTING, 0, at) or self._listed_appointment(at)

    def _listed_appointment(self, start: int) -> bool:
        """Does the name at ``start`` follow another appointment of its sentence, after a comma
        (任命X为外务大臣，[Y]为防卫大臣)?"""
        if self.text[start - 1:start] not in ("，", "、", "；"):
            return False
        sentence = self.text[max(0, start - 80):start - 1]
        sentence = sentence[max(map(sentence.rfind, "。\n！？")) + 1:]
        return any(verb in sentence for verb in _APPOINTING) and "为" in sentence

    def _after(self, end: int) -> str:
        """What follows ``end``, from past a day and an adverb or two before the verb (X 29日表示, X当天也说,
        X早前已卸任, X于2021年10月就任)."""
        rest = self.text[end:end + 24].lstrip(" ")
        if when := _WHEN_SAID.match(rest):
            rest = rest[when.end():]
        return past_adverbs(rest)

    def speech_after(self, end: int) -> bool:
        """Does a verb of speaking follow, right after or after where it was said (X在声明中说,
        X在接受采访时表示, X在社交媒体上发文称, X在会后的记者会上说: any of its 后, 上 may close it; X受访时指出), or
        after to whom or on what (X就此表示, X对特检组的调查方式提出批评)?"""
        rest = self._after(end)
        rest = rest[len(next((w for w in _INTERVIEWED if rest.startswith(w)), "")):]
        return speaks(rest) or spoke_where(rest, 0) \
            or (posted := _POSTED_ON.match(rest)) is not None and speaks(rest[posted.end():]) \
            or rest.startswith(_TO_WHOM) and any(_SAID_TO.fullmatch(rest, 0, close) and speaks(rest[close:])
                                                 for close in range(2, 14))

    def scores_after(self, end: int) -> bool:
        """Do a player's points follow (库里全场砍下38分), or his shooting alone (爱德华兹全场16投9中。)?"""
        return _scores(self._after(end))

    def wins_after(self, end: int) -> bool:
        """Does a player's win over another follow (林诗栋战胜户上隼辅, 王曼昱以3比1击败)?"""
        return _BEATS.match(self._after(end)) is not None

    def where_said(self, start: int, end: int) -> bool:
        """Does the span close where something was said (在分析师[日上]表示: an Analyst Day's
        meeting, not someone after the title 分析师)?"""
        at = self.text.rfind("在", max(0, start - 10), start)
        return at >= 0 and SAID_IN.fullmatch(self.text, at, end) is not None and speaks(self.text[end:end + 16])

    def action_after(self, end: int) -> bool:
        return acts(self._after(end))

    def acts_where_after(self, end: int) -> bool:
        """Does an act follow where it was done (韩正在钓鱼台国宾馆会见, X在北京出席), as ``spoke_where`` finds
        where something was said?"""
        rest = self._after(end)
        return rest.startswith("在") and any(acts(rest[close:]) for close in range(2, 13)
                                            if _WHERE.fullmatch(rest, 1, close))

    def verb_after(self, end: int) -> bool:
        """Does a verb of two characters or more, a word of its own in jieba's dictionary, follow
        (傅崐萁则反驳, 巩俐登台时)?"""
        rest = self._after(end)
        words = dictionary().tags(rest[:size] for size in (4, 3, 2))
        word = max(words, key=len, default="")
        return words.get(word) == "v" and _whole_word(rest, word)

    def met_after(self, end: int) -> bool:
        """Did someone speak when meeting the span (会见瑞典国防大臣叙多时表示)?"""
        return spoke_when_meeting(self.text, end)

    def talks_after(self, end: int) -> bool:
        """Does the span hold talks or a call with someone (与俄罗斯总统X会谈, 同X通电话)?"""
        return self.text.startswith(_TALKS, end)

    def met_before(self, start: int) -> bool:
        """Does a verb of meeting someone open the span's clause (会见当时的英国首相希思)?"""
        clause = re.split(r"[，。；！？\n,;]", self.text[max(0, start - 30):start])[-1]
        return any(verb in clause for verb in _MEETING)

    def aide_or_kin_after(self, end: int) -> bool:
        """Is someone's aide or relative named by the span (总统蒲亭的发言人, 普京的女儿, 主帅里皮的助手)?"""
        return self.text.startswith("的", end) and self.text.startswith(_AIDES_OR_KIN, end + 1)

    def speech_in_clause(self, start: int, end: int) -> bool:
        """The name opens its clause and the clause reports speech (X在微博上表示), not another's
        whom a title brings in before the verb (宁德时代董事长曾毓群表示: the company's chairman speaks). A
        headline's space ends its clause as a comma does (X发布三季报 Y称)."""
        opens = start == 0 or self.text[start - 1] in "，。；！？\n,;：:“"
        clause = _CLAUSE_END.split(self.text[end:end + 30], maxsplit=1)[0]
        said = min((i for verb in SPEECH_VERBS if (i := clause.find(verb)) >= 0), default=-1)
        return opens and said >= 0 and _TITLE_THEN_NAME.search(clause, 0, said) is None

    def org_around(self, start: int, end: int) -> bool:
        """An organisation word right after (推特公司, 新京报, 特斯拉股东) or before (品牌X). A
        one-character suffix counts only when it does not begin a word of its own: 报 in 王芳报道
        is no paper."""
        after = self.text[end:end + 4].lstrip(" ")
        suffix = next((w for w in (*ORG_AFTER, *_OWNED_BY) if after.startswith(w)), None)
        if suffix is not None and len(suffix) == 1 and dictionary().tags([after[:2]]):
            suffix = None
        return suffix is not None or self.text[max(0, start - 3):start].endswith(ORG_BEFORE)

    def after_place_word(self, start: int, loosely: bool = False) -> bool:
        """Does a preposition of place or a verb of going stand right before ``start`` (在, 抵达)?
        ``loosely``, also the commoner words a city follows (去, 到, 首都: 首都布达佩斯). Either may
        stand before the name of a country or another place the span lies in, or both (前往埃及X, 在美国加州X: of the
        corpora's 211 spans of a name's shape, jieba's or the transliteration's, right after 在 and places of jieba's,
        2 are names)."""
        words = _AT_PLACE + _TO_A_PLACE if loosely else _AT_PLACE
        ends = {start}
        for _ in range(_PLACES_BETWEEN + 1):
            if any(self.text.endswith(words, 0, end) for end in ends):
                return True
            # (前往埃及沙姆沙伊赫: the country a place lies in, between; a place of jieba's dictionary)
            ends = {end - size for end in ends for size in (2, 3, 4) if dictionary().tags(
                [word := self.text[max(0, end - size):end]]).get(word, "").startswith("ns")}
        return False

    def place_or_team(self, start: int, end: int) -> bool:
        """Is the span written as a place (在X, 抵达X, 前往X; not 在X的…, 在X陪同下, 在X访问期间,
        where X is someone; 城市X, X等城镇, X两市, X等4个村庄, 位于X, X是位于…) or as a player's club (代表X出战,
        效力于X, 加盟德甲X)?"""
        text = self.text
        if text.endswith(_LIES, 0, start) or text.startswith(_LIES, end) or text.startswith(_LIES, end + 1) \
                and text[end] == "是" or text.startswith(_SUCH_PLACES, end) or _PLACES_COUNTED.match(text, end):
            return True
        if self.after_place_word(start):
            return not text.startswith(_PERSON_AFTER_AT, end)
        league = next((league for league in _LEAGUES if text.endswith(league, 0, start)), "")
        return text.endswith("代表", 0, start) and text.startswith(_TAKES_THE_FIELD, end) \
            or text.endswith(_JOINS_A_CLUB, 0, start - len(league)) \
            or text.endswith(_KIND_OF_PLACE, 0, start)

    def playing_at_home_or_away(self, start: int, end: int) -> bool:
        """Is the span a side playing a match at home or away (主场迎战X, X坐镇主场迎战…), or, a transliteration, one
        side of a score written between two with no verb, as headlines write a result (萨索洛3比1恩波利; a player's
        names are seldom so written, and the corpora write no one so)?"""
        return bool(_HOME_OR_AWAY.search(self.text, max(0, start - 16), start)
                    or _PLAYS_AT_HOME_OR_AWAY.match(self.text, end)
                    or translit_share(self.text[start:end]) >= 0.75
                    and (_SCORE_BETWEEN.match(self.text, end)
                         or _SCORE_BEFORE.search(self.text, max(0, start - 8), start)))

    def weigh(self, candidate: Candidate, start: int, end: int) -> None:
        titles = self.titles_before(start)
        if titles:
            candidate.score += 3
            candidate.roles.update(t for t in titles if t not in WEAK_TITLES)
        elif self.text.endswith(KINSHIP, 0, start) or self.text.endswith(KIN_OWNED, 0, start):
            # (特朗普的女婿库什纳: a relative is someone, as a title says; so is one's apprentice, 我的徒弟胡泊)
            candidate.score += 3
        elif offices := self.offices_held(start, end):  # (任命John Smith为首席执行官: an office, as a title says)
            candidate.score += 3
            candidate.roles.update(offices)
        if self.speech_after(end) or AGE_BEFORE.search(self.text, max(0, start - 8), start):
            candidate.score += 2  # (37岁的C罗: an age says a person as a speech verb does)
        elif self.action_after(end) or self.speech_in_clause(start, end) or self.aide_or_kin_after(end):
            candidate.score += 1  # (or one whose aide or relative is named: 全红婵的教练陈若琳)
        if self.org_around(start, end):
            candidate.score -= 3


# A relative or fellow after whose they are (他的女儿, 我的徒弟): a name after one is someone's (我的徒弟胡泊).
KIN_OWNED = tuple("的" + relation for relation in (*KINSHIP, *RELATION_TITLES))
AGE_BEFORE = re.compile(r"(\d{1,3}|[一二三四五六七八九十]{1,3})\s*[岁歲]的\Z")  # 37岁的, the age the group
# Talks and calls, as diplomatic news writes them after the one met (与X会谈, 同X通电话).
_TALKS = ("会谈", "会晤", "通话", "通电话", "通了电话", "通过电话", "举行会谈", "举行会晤")
# Verbs of meeting or calling on someone, as diplomatic and official news writes them.
_MEETING = ("会见", "会晤", "接见", "拜会", "拜访", "看望", "探望", "慰问", "宴请", "致电", "致函")
# Prepositions of place and verbs of going, and what follows 在 when someone, not somewhere,
# comes after it (在X的带领下, 在X陪同下, 在X任总统期间, 在X和Y之间). And 驻, stationed in (驻明斯克大使): none of the
# corpora's 37,625 names stands after it.
STATIONED = "驻"
_AT_PLACE = ("在", "赴", "抵达", "前往", "飞抵", "飞往", "来到", "途经", "离开", STATIONED)
# A kind of place right before a name of one (边陲城市赫罗诺夫), or a list of such after it (贾拉瓦等
# 城镇): of the 37,625 names the training corpora annotate, one is written so.
_KIND_OF_PLACE = ("城市", "首都", "首府", "小镇", "小城", "城镇", "港口", "边城", "古城", "重镇", "省会", "县城",
                  "城郊", "市郊", "郊区", "近郊", "军港", "港城")
# Where a place lies (位于X的…, X是位于…, X地处…): of the 37,625 annotated names, one follows
# 位于 (戴高乐 of its airport) and none precedes either word.
_LIES = ("位于", "地处")
_SUCH_PLACES = (*("等" + kind for kind in ("城镇", "城市", "地区", "国家", "港口", "地", "县", "村", "乡镇")),
                "两市", "三市", "两地", "三地", "两省")  # (苏黎世、伯尔尼两市: the corpora annotate no name before one)
_PLACES_COUNTED = re.compile(PLACES_COUNTED)
_TO_A_PLACE = ("去", "到", *_KIND_OF_PLACE)
_PERSON_AFTER_AT = ("的", "之", "陪同", "主持", "带领", "率领", "领导", "指导", "任", "担任", "访问", "执政",
                    "等", "和", "与", "及", "看来", "身上", "身边", "面前", "眼中", "心中")
_TAKES_THE_FIELD = ("出战", "出场", "参赛", "征战")  # 代表X出战: X is a team
# A match at home or away (主场迎战X, X坐镇主场迎战…, 客场挑战X, 客场1比1战平X): only a team plays one. The
# corpora annotate the eleven sides so written as organisations, none as a person.
_HOME_OR_AWAY = re.compile(  # before the side: 主场迎战X, 客场1比1战平X, 主场以3比1战胜X
    r"(?:主场|客场)(?:以)?(?:\d{1,2}\s?[比:：]\s?\d{1,2})?"
    r"(?:迎战|挑战|对阵|战胜|击败|战平|逼平|负于|不敌|输给|力克|大胜|险胜|完胜|憾负|惜败)\Z")
_SCORE_BETWEEN = re.compile(r"\s?\d{1,2}\s?[比:：∶]\s?\d{1,2}\s?[\u4e00-\u9fff]")  # (after the side: 萨索洛3比1恩波利)
_SCORE_BEFORE = re.compile(r"[\u4e00-\u9fff]\s?\d{1,2}\s?[比:：∶]\s?\d{1,2}\s?\Z")  # (before it)
_PLAYS_AT_HOME_OR_AWAY = re.compile(  # after the side, when: X则在周日坐镇主场迎战…, X将于3日客场挑战…
    r"(?:则|也|还|将|又|随后)?(?:在|于)?(?:[本下上]?周[一二三四五六日末]|\d{1,2}日|今晚|明晚|当晚)?"
    r"(?:坐镇主场|(?:主场|客场)(?:迎战|挑战|对阵))")

_ROLE_SET = frozenset(ROLE_TITLES)
# What a deputy is for, in brackets between the title and the name, as Hong Kong's universities and government write it
# (副校长（学术）, 副局长（规划）); not where one stands in a picture (院长（左）).
_PORTFOLIO_NOTE = re.compile(r"[（(](?![左右中前后][一二三四五六七八九]?[）)])[\u4e00-\u9fff]{1,6}[）)]\Z")
_NOT = ("非", "并非", "不是", "不")
_APPOSITION_END = re.compile(r"[，。；！？\n,;（）()]")
_APPOSITION_LEADS = ("现任", "曾任", "系", "现为")  # (现任之江实验室主任: now; 曾任: once, an office held all the same)
# One's particulars as official notices and biographies list them between the name and the offices (张建军，男，汉族，
# 山东济南人，1978年5月生，中共党员，研究生学历，现任…): sex, age, nationality, native place, birth, party and schooling.
PARTICULARS = re.compile(r"[男女]|\d{1,3}岁|[\u4e00-\u9fff]{1,4}族|[\u4e00-\u9fff]{2,6}人|\d{4}年(?:\d{1,2}月)?(?:出)?生"
                         r"|中共(?:预备)?党员|群众|无党派人士|[\u4e00-\u9fff]{0,4}(?:学历|学位)")
_APPOSITION = 30  # characters, as long as a clause of titles in apposition runs


def _names_a_body(words: str) -> bool:
    """Could ``words`` be a body's name that no rule reads: up to eight characters of jieba's nouns and words it
    made up (之江|实验室, 阿里云), no verb nor word that describes?"""
    import jieba

    cut = list(jieba.cut(words))
    tags = dictionary().tags(cut)
    return len(words) <= 8 and HAN_RUN.fullmatch(words) is not None \
        and all(tags.get(word, "n")[:1] in ("n", "j") for word in cut)


def _opens_with_a_name(words: str) -> bool:
    """Does ``words`` open with what may be a Chinese name: a word of two or three that jieba makes up, a surname
    first (于佳|饰演)?"""
    import jieba

    first = next(iter(jieba.cut(words)), "")
    return 2 <= len(first) <= 3 and has_surname(first) and not dictionary().tags([first])


def _former_body(former: str) -> bool:
    """Is ``former``, 前 or 原 and what follows, a former office's mark and a body's name as :func:`_names_a_body`
    reads one, in Latin letters too and with a field's capitals after it (前谷歌, 前特斯拉AI, 前Meta); not a word of
    jieba's dictionary that begins with the mark (原告|张|某诉)?"""
    import jieba

    body = former[1:].rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if HAN.match(former, 1) else former[1:]
    first = next(iter(jieba.cut(former)))
    return not (len(first) > 1 and dictionary().tags([first])) \
        and (_LATIN_NAME.fullmatch(body) is not None or _names_a_body(body))


# 前 or 原 opening its clause or after another title, and a body's name: a former office's (。前谷歌CEO, 、原阿里云总裁).
_FORMER_EMPLOYER = re.compile(r"(?:^|(?<=[，。；：、\n\s（(“]))(?:前|原)(?:[\u4e00-\u9fff]{2,8}[A-Z]{0,3}|[A-Za-z][\w&.]{1,15})\Z")
_LATIN_NAME = re.compile(r"[A-Za-z][\w&.]{1,15}")
_NOTE_OF_WHAT_ONE_IS = re.compile(r"[（(][^（）()\n]{1,24}[）)]")  # （新疆维吾尔自治区喀什地区农民）: 24 characters
_FORMER = ("原", "前", "原任", "前任")  # before a country and its office: 原中国原子能科学研究院院长
# Joiners of two titles that mostly stand for two people: of the corpora's 22 annotated names after two titles so
# joined, two hold both, each a calling in 家 (歌剧表演艺术家和声乐教育家王昆); the others are two (副总参谋长钱树根中将和
# 波兰驻华大使X, 李鹏总理与美国副总统戈尔).
_JOINING_TWO = ("与", "和", "及")
_CLAUSE_END = re.compile(r"[，。；！？\n,;]|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_TITLE_THEN_NAME = re.compile(  # a title and the first character of a name after it (董事长曾毓群)
    f"(?:{'|'.join(sorted(ROLE_TITLES, key=len, reverse=True))})(?=[{''.join(sorted(SURNAMES | TRANSLIT))}])")
# before the one whose office another takes, also with what is said of that one (接替被宪法法院解职的佩通坦)
_SUCCEEDS = re.compile(r"(?:接替|接任|取代|替代)(?:[^，。；！？、\n,;]{1,12}的)?\Z")
_INTERVIEWED = ("受访时", "受访")  # when interviewed, as Taiwan's press writes it: X受訪時指出
_WHERE = re.compile(r"[^，。；！？、\n,;]+")  # where one does something, in the clause: 在[钓鱼台国宾馆]会见
_POSTED_ON = re.compile(r"在[^，。；！？、\n,;]{1,10}?(?=发文|发推)")  # where one posts: 在社群平台发文表示
# The day a name's words or acts are dated to, between them (X 29日表示, X周四说, X当天也说).
_WHEN_SAID = re.compile(r"(?:于|在)?(?:(?:今年|去年|明年|前年|[0-9０-９]{4}年)(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|[初底])?"
                        r"|(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日|[0-9０-９]{1,2}月|(?:周|星期)[一二三四五六日天]|[今昨]天|[今昨]日"
                        r"|本赛季|本季|本场|赛前|当日|日前)"
                        r"(?:上午|下午|中午|晚间|晚上|早上|凌晨|晚|早)?"
                        r"|(?:在|于)?(?:上半场|下半场)?第[0-9０-９]{1,3}分钟(?:时)?")  # (a match's minute: 维尼修斯第81分钟打入)
_TO_WHOM = ("对", "向", "就", "针对")  # to whom or on what one speaks: 对特检组的调查方式[提出]批评
_OFFICE_OF_A_TITLE = re.compile(r"[^\W\d和与及]{0,3}[室府厅部处局院办署司]")  # (总统|办公室, 总理|府: the holder's office)
_SAID_TO = re.compile(rf"(?:{'|'.join(_TO_WHOM)})[^，。；！？、\n,;]{{1,12}}")
_ADVERBS_LONGEST_FIRST = sorted(ADVERBS, key=len, reverse=True)
_CLOSING_QUOTES = ("”", "」", "』", "\"")
_QUOTE_OPENED = re.compile(r"[“「『\"][\u4e00-\u9fff·]{2,6}\Z")  # a name of two or more after an opening quote
# What official news writes around a name to give it an office (任命X为…, X出任…, 免去X的…职务).
_OFFICE_REACH = 24
_NOTE = re.compile(r"^[（(][^）)]{1,6}[）)]")  # a note in brackets after a name: （女）, （藏族）
# The names after or before one in a list set off by 、, each maybe with a note (（女）, （蒙古族）).
_NAMES_AFTER = re.compile(r"(?:[（(][^）)]{1,6}[）)])?(?:、[\u4e00-\u9fff]{2,4}?(?:[（(][^）)]{1,6}[）)])?)+"
                          r"(?<!分别)等?(?=为|的|当选|出任|担任)")  # (免去A、B的…职务; A、B、C当选为副主席; A、B等为副主席;
# not A、B分别担任)
_NAMES_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}(?:[（(][^）)]{1,6}[）)])?、)+\Z")
# the verbs of notices of appointment, before X为… (and of engaging one again or anew: 续聘X为主教练, 聘请X为顾问)
_APPOINTING = ("任命", "选举", "提名", "聘任", "推选", "增补", "续聘", "聘请", "委任")
_REMOVING = ("免去", "解除", "撤销")  # and of removal, before X的…职务
# An office told before the one who serves it (外交部长由瓦德富尔担任, 主席一职则由X出任).
_HELD_BY = re.compile(r"(?:一职|职务)?(?:则|将|仍|改|暂|也)?由(?:[\u4e00-\u9fff]{2,6}?的)?\Z")
_SERVES = re.compile(r"(?:同志)?(?:担任|出任|接任|兼任|继任)")
# (the first of two: 为副院长、审判委员会委员; before a note of its rank: 为外交部副部长（正部长级）)
_HEADING = re.compile("(?:决定)?(" + "|".join((*_APPOINTING, *_REMOVING)) + ")[：:]")  # (a notice's 任命：, 免去：)
_HEADED_ITEMS = 30  # lines: as many as a notice lists under one heading
_APPOINTED_AS = re.compile(r"为([^，。；,;、\s（(]{2,20}?)(?=[，。；,;、\s（(]|$)")
_REMOVED_FROM = re.compile(r"的([^，。；,;、\s]{2,20}?)职务")
_THE_BODY = re.compile(r"^(?:该|本|其)?(?:公司|集团)的?(?=.)")  # a body named by its kind alone (公司的董事长)
_PLACE_CHAIN = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?(?:省|市|县|区|州|镇|乡|村))+\Z")  # 湖南省浏阳市沙市, where one serves
_THIS_TERM = re.compile(r"^(?:本届|本次|本期|该届|此次)(?=.)")  # the term of a body the story is of (担任本届评委会委员)
_CAPTION = "图为"  # what opens a picture's caption: who is in it
# 'this' and a measure word before the body the story told of (任命为这所全国重点综合性大学校长): no part of its name.
_THIS_BODY = re.compile(r"^(?:这|那|该|此)(?:所|家|个|座|支)(?=.)")
# The ranks in one party committee listed after its 委员, the highest last (天津市委委员、常委、书记).
_RANKS_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{2,4})+(?=[，。；,;\s]|$)")
_TAKES = re.compile(r"(?:同志)?(?:于?(?:今年|去年|[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?)?"  # (于2020年3月)
                    r"(?:此前|曾|曾经|现|现任|已|不再|继续|仍|将|再次|正式)?(?:出任|担任|兼任|升任|改任|转任|接任|当选为|当选|被任命为|卸任|辞去|辞任)"
                    r"了?([^，。；,;、\s（(]{2,20}?)(?:一职|职务)?(?=[，。；,;、\s（(]|$)")
# 任 alone right after the name, 'took the office of' (周恩来任政务院总理, 陈敏尔同志任天津市委书记, 贝耶曾任马里外长); of the
# corpora's names so followed by an office that ends with a title at its clause's end, all but those run on over
# another verb (里根任总统期间出任…顾问, which :data:`_TAKES` finds inside) hold it or held it.
_TOOK = re.compile(r"(?:同志)?(?:此前|曾|曾经|现|已)?任([^，。；,;、\s（(]{2,20}?)(?:一职|职务)?(?=[，。；,;、\s（(]|$)")
# What a company has that no person has (特斯拉股东, 公司监事会), and a meeting named after its
# place (沙姆沙伊赫峰会, 达沃斯论坛): beside the tagger's cues after a name (which its features read
# as it was trained on them, and so stay as they are).
_OWNED_BY = ("股东", "监事会", "子公司", "峰会", "论坛")
# Bodies named by a calling (律师事务所, 作家协会, 工程师学会) and teams named by one (萨克拉门托国王队): a
# title before one is the body's.
_BODY_HEADS = ("事务所", "协会", "学会", "联合会", "公会", "工会", "委员会", "公司", "集团", "研究所", "研究院", "队")
# The suffixes that make a noun a calling (预报员, 理发师, 志愿者, 舵手, 环卫工, 铜匠, 果农, 老兵; of three
# characters or more: 翻译家, 外交官, not 国家 or 长官's 官) and the shortest such noun for each:
# Chinese word formation, which makes more such words than any list holds.
_WORKERS = ("工人", "军人")
_MASTERED = ("师", "员")  # a master or a member of a craft, after the verb of the work (修复师, 咨询师)
_CALLING_SUFFIXES = {"员": 2, "师": 2, "者": 2, "手": 2, "工": 2, "匠": 2, "农": 2, "兵": 2, "家": 3, "官": 3}


def _calling(window: str) -> str | None:
    """The noun of a calling that ends ``window`` (the longest of four characters at most),
    by its suffix and jieba's dictionary; or a worker or serviceman by his trade or standing, four characters that
    end in 工人 or 军人, a noun or set phrase to jieba (环卫工人, 建筑工人, 退伍军人, 退役军人: not 工人 alone, any worker)."""
    if window.endswith(_WORKERS) and dictionary().tags([window[-4:]]).get(window[-4:]) in ("n", "l"):
        return window[-4:]
    shortest = _CALLING_SUFFIXES.get(window[-1:])
    if shortest is None:
        return None
    nouns = dictionary().tags(window[-size:] for size in range(4, shortest - 1, -1) if size <= len(window))
    return next((word for word in sorted(nouns, key=len, reverse=True) if nouns[word] == "n"), None) \
        or (window[-2:] if window.endswith("农") and _grown(window[-2:-1], nouns.get(window[-2:])) else None) \
        or (window[-3:] if window.endswith(_MASTERED) and len(window) >= 3 and _a_craft(window[:-1]) else None)


def _a_craft(window: str) -> bool:
    """Does ``window`` end in a verb of two characters that jieba cuts as a word there, the work a master of it does
    (修复 of 修复师, 咨询 of 咨询师, 调解 of 调解员, which its dictionary lacks whole)?"""
    verb, tail = window[-2:], window[-8:]
    return dictionary().tags([verb]).get(verb, "") in ("v", "vn") and len(tail) - 2 in word_starts(tail)


def _kind_of_trade(window: str) -> int:
    """How many characters end ``window`` in the word jieba cuts last there, of two or three, that says what kind of
    driver, rider, doctor or teacher one is (货车, 出租车, 网约车, 外卖, 乡村: a noun or verb of its dictionary, or no word
    of it); not a place, a name, a body, a title, a time, nor a word that describes (著名, 年轻)."""
    import jieba

    words = list(jieba.cut(window[-6:])) if window else [""]
    word = words[-1]
    tag = dictionary().tags([word]).get(word)
    if tag == "v" and _done_by(words[:-1]):
        return 0  # (a verb whose subject or adverb stands before it is what one did to the holder: 他回忆老师X,
        # 王元曾撰文回忆老师X, 王元感谢老师X; not 美团外卖骑手, 医院值班医生, 被害人之一、退休教师)
    return len(word) if 2 <= len(word) <= 3 and HAN_RUN.fullmatch(word) and tag in (None, "n", "nz", "vn", "v") \
        and word not in _ROLE_SET and not word.endswith(ORG_HEADS) and word not in _PRAISE else 0


def _verb_ending(words: str) -> bool:
    """Does a verb of two or more of jieba's dictionary end ``words`` (酒驾|撞死): the title after it is its object?"""
    import jieba

    last = list(jieba.cut(words))[-1] if words else ""
    return len(last) >= 2 and dictionary().tags([last]).get(last, "") == "v"


def _done_by(words: list[str]) -> bool:
    """Do the last two words of jieba's before a verb, within its clause, hold a pronoun, a name, an adverb or a
    verb (他, 王元曾撰文, jieba's dictionary lacking 王元), that a deed follows rather than a kind of calling? Not
    after 的, which makes the word a kind (在这里打工的|外卖骑手)."""
    if words[-1:] == ["的"]:
        return False
    clause = []
    for word in reversed(words[-2:]):
        if not HAN_RUN.fullmatch(word):
            break
        clause.append(word)
    tags = dictionary().tags(clause)
    return any(tags.get(w, "").startswith(_DOERS) or w not in tags and 2 <= len(w) <= 3 and has_surname(w)
               for w in clause)


_DOERS = ("r", "nr", "d", "v")  # jieba's tags of a pronoun, a name, an adverb or a verb: what stands before a deed
# Callings the press names with their kind before them (货车司机, 外卖骑手, 乡村医生, 小学教师).
_TRADES = frozenset({"司机", "骑手", "医生", "教师", "老师", "护士", "厨师"})
_EXPERTS = ("专家", "分析师")


def _expert_in(window: str) -> int:
    """How many characters end ``window`` in what an expert's field is, as :func:`_what_a_centre_does` reads it, a noun
    first (心血管病 + 专家, 水稻|育种 + 专家; not a verb alone, 采访 + 专家: whom one interviewed)."""
    import jieba

    size = _what_a_centre_does(window)
    first = next(iter(jieba.cut(window[-size:])), "") if size else ""
    return size if _a_field(first) else 0


def _grown(crop: str, tag: str | None) -> bool:
    """Is ``crop``, before 农 'farmer', what one grows or raises, a noun of one character of jieba's dictionary (豆农,
    棉农, which jieba lacks or has as a proper noun), the two no word but a noun (not 务农, 'to farm'; ``tag``)?"""
    return dictionary().tags([crop]).get(crop) == "n" and tag in (None, "n", "nz")


# Words of praise or standing the press puts before a title (著名翻译家, 资深记者): no part of
# the role, and no end of a chain of titles (教授、著名翻译家X has both).
_PRAISE = ("著名", "知名", "资深", "杰出", "优秀", "青年", "年轻")
# How many relatives, and of what kind, between 的 and the word of kinship (宗庆后的三名非婚生子女, 他的两个儿子).
_COUNTED_KIN = re.compile(r"的(?:[一二两三四五六七八九十]|\d{1,2})[名个位对][\u4e00-\u9fff]{0,3}?\Z")
# How long or close a partnership is, between 的 and the title (巴菲特的老搭档, 的长期搭档, 的多年搭档), or of which
# school (的大学同学, 的高中同学).
_STANDING = ("老", "长期", "多年", "昔日", "亲密", "大学", "高中", "初中", "中学", "小学")
# Relations that say whose (女儿, 妻子), also as written with 其, 'his' (其子: whose, the one named before it), and
# with 之, the literary 'of' (王天乐之子, after the name).
RELATIONS = tuple(sorted({*KINSHIP, *RELATION_TITLES, *OWNED_KIN}, key=len, reverse=True))
# Callings held for one person, whose they are when written after that one's name and 的 (普京的发言人佩斯科夫,
# 特朗普的顾问米勒); before a name alone, titles (外交部发言人毛宁).
_SERVING = ("发言人", "助手", "顾问", "保镖")
_RELATIONS_LAST = frozenset(word[-1] for word in (*RELATIONS, *_SERVING))
_AIDES_OR_KIN = (*ROLE_TITLES, *KINSHIP, *_SERVING)
# (after an adverb of what holds now or too, 已经是, 也是, not of what was, 曾是; not 是否, 'whether', nor what is said of
# one with 的: 大谷是最强的球员; and what one became, 成了, 成为)
_STATED_OFFICE = re.compile(r"(?:也|还|都|已经|已|现在|目前|如今|现|仍|仍然)?(?:是(?!否)|成了|成为)"
                            r"(?:[^，。；！？\n的]{1,12}的(?=一名|一位)|[^，。；！？\n的]{1,12}?(?:村|镇|乡|县|市|省|州|公司|集团"
                            r"|大学|学院|医院|学校|中学|小学|银行|协会|委员会)的)?[^，。；！？\n的]{1,30}?(?=[，。；！？\n])")
# (and where one is from before the count: 是山东济南的一名退休工人; or the place or body whose office it is:
# 是西沟村的老支书，, not a judgement: 是最好的球员)
_STATED_RELATION = re.compile(r"是[^，。；！？\n]{1,16}?(的)(" + "|".join(RELATIONS) + r")(?=[，。；！？\n])")
# (or as judgments write it, with 系 and the relation after 之: 王某，男，系李某之夫。)
_STATED_RELATION_OF = re.compile(r"某{0,2}(?:[，,][^，。；！？\n]{1,20}?){0,4}?[，,]?系[^，。；！？\n]{1,16}?()某{0,2}(之[夫妻子女父母])"
                                 r"(?=[，。；！？\n])")  # (past one's particulars: 王某，男，1983年11月出生，系)
_ROLE_SIZES = sorted({len(t) for t in ROLE_TITLES}, reverse=True)  # the longest title that fits wins


def _names_only(text: str, start: int) -> bool:
    """Does the line from ``start`` begin with a name alone, as a label's does (王大雷、颜骏凌；, 张建华，男，
    …), its first item as short as a name, not a sentence (王建国先生对您影响最大的是什么？)?"""
    first = _LABELLED_ITEM_END.search(text, start, start + _LABELLED_ITEM + 1)
    return first is not None or len(text) - start <= _LABELLED_ITEM


_LABELLED_ITEM_END = re.compile(r"[、，,；;。（）()\s]")


_LABELLED_ITEM = 8  # as long as a name may be (王大雷, 阿卜杜勒·拉希德)
_HONOUR_LABEL = 12  # as long as an honour's name may be (全国助人为乐模范, 全国三八红旗手标兵)
# An honour's name in quotes before the list of its holders: 获得“全国助人为乐模范”称号的有：, 荣获“时代楷模”称号的是：
_HONOUR_NAMED = re.compile(r"[“「]([^“”「」]{2,%d})[”」](?:荣誉)?称号(?:的)?(?:有|是|为)[：:]\Z" % _HONOUR_LABEL)


def acts(rest: str) -> bool:
    """Does ``rest`` open with a person's act as a word of its own (主持会议, 出席; not 毕业生), or
    with a player's points (砍下41分, 贡献27分) or shooting (16投9中。)?"""
    act = next((a for a in PERSON_ACTIONS if rest.startswith(a)), None)
    return act is not None and _whole_word(rest, act) or _scores(rest) or _RECEIVES_A_PASS.match(rest) is not None \
        or _ON_THE_WING.match(rest) is not None or _HURT.match(rest) is not None


# A player's run or cross down a wing, as football reports write it (福登左路突破后传中, 萨卡右路下底传中): in the
# corpora, four of the six so written follow a name, the others a team (法国队右路传中) or no one.
_ON_THE_WING = re.compile(r"(?:左路|右路|中路|边路)(?:突破|传中|下底|内切|带球|推进|斜传|横传)")
# Hurt, as sports reports tell why one is out (格林因背伤缺席, 因为腰伤, 因膝盖有伤): of the corpora's such right after a
# name, all eight are names; not harm or casualties (因伤害, 因伤亡).
_HURT = re.compile(r"因(?:为)?[\u4e00-\u9fff]{0,3}?伤(?![害亡人])")
# A player taking a team-mate's pass, as football reports write it (姆巴佩接贝林厄姆直塞破门, 接队友的传中头球破门).
_RECEIVES_A_PASS = re.compile(r"接(?:队友)?[\u4e00-\u9fff·]{0,8}?的?(?:传球|直塞|传中|横传|妙传|长传|挑传|回传|斜传|助攻)")


# A win over another player, as the sports pages tell it, the score before it or not.
_BEATS = re.compile(r"(?:以[0-9０-９]{1,2}比[0-9０-９]{1,2})?(?:击败|战胜|力克|险胜|完胜|横扫|逆转|淘汰)")


def _scores(rest: str) -> bool:
    return bool(_POINTS.match(rest) or _SHOOTING.match(rest))


# A player's points or goals, as the sports press counts them (全场砍下41分, 贡献27分9次助攻, 打进一球, 打进个人第900个进球,
# 拿下全场最高的38分): a side's score is told as a result (以118比116), not so.
_POINTS = re.compile(r"(?:全场|本场|此役)?(?:(?:投篮|三分球|三分|罚球)?\d{1,2}投\d{1,2}中，?)?"  # (三分球12投7中拿下38分)
                     r"(?:(?:砍下|拿下|拿到|贡献|得到|轰下|攻下|斩获|独得|狂砍|砍得)了?"
                     r"(?:(?:全场|全队|本场|个人|赛季|生涯|职业生涯)(?:最高|最多|新高)的)?\d{1,2}分"
                     r"|(?:打进|打入|攻入|攻进|踢进|射进)了?(?:(?:个人|本赛季|赛季|职业生涯)?第\d{1,4}|[一二两三四五]|\d)个?(?:进)?球"
                     r"|(?:打进|打入|攻入|攻进|踢进|射进)了?(?:制胜球|扳平球|追平球|绝杀球|世界波)"  # (打入制胜球)
                     r"|有?进球入账"  # (奥利塞也有进球入账)
                     r"|(?:贡献|送出|完成)了?(?:一传一射|一射一传|一球一助|帽子戏法)"  # (a goal and an assist: 福登贡献一传一射)
                     r"|(?:投中|命中|投进)了?(?:[一二两三四五]|\d{1,2})个(?:三分球|三分|球|罚球)"  # (投中一个三分球)
                     r"|(?:抢下|摘下|抓下|拿下|得到|贡献|送出|送上)了?\d{1,2}[个次](?:篮板|助攻|抢断|盖帽)"  # (送出10次助攻)
                     r"|\d{1,2}分\d{1,2}(?:个|次)?(?:篮板|助攻|抢断|盖帽)"  # (a line of figures: 付豪14分10篮板)
                     r"|(?:拿下|砍下|贡献|得到|交出|打出|轰下|收获|斩获)了?(?:个人|(?:本|生涯|职业生涯)?赛季)?"
                     r"(?:第\d{1,3}次|第[一二三四五六七八九十]{1,3}次)?(?:三双|两双|大号两双))")  # (约基奇拿下三双)


_SHOOTING = re.compile(r"(?:全场|本场|此役)?(?:投篮|三分球|三分|罚球)?\d{1,2}投\d{1,2}中(?=[，。；])")  # (全场16投9中。)


# What a player does to a club, right before its name or its league's (效力于X, 加盟德甲X, 转会至X).
_JOINS_A_CLUB = ("效力于", "加盟", "转会至", "转会到", "转投")
# The leagues the Chinese press names before a club, by their short names (德甲萨尔布吕肯, 英超曼城).
_LEAGUES = ("英超", "英冠", "西甲", "德甲", "意甲", "法甲", "葡超", "荷甲", "中超", "中甲", "日职", "韩职", "美职联", "沙特联",
            "NBA", "CBA", "WNBA", "WCBA")


def spoke_where(text: str, at: int) -> bool:
    """Is the character at ``at`` the 在 of where someone said something (主席李安[在]致辞中说)? Of the
    corpora's names, 275 stand before such a 在 and three end in 在, none before one."""
    return any(SAID_IN.fullmatch(text, at, close) and speaks(text[close:close + 12]) for close in range(at + 3, at + 13))


def spoke_when_meeting(text: str, at: int) -> bool:
    """Is the character at ``at`` the 时 of someone speaking when meeting the one named before it
    (会见来访的总统X时表示)? Of the corpora's 1,605 names of three characters or more before a verb
    of speaking, none ends in 时."""
    return text.startswith("时", at) and speaks(text[at + 1:at + 17])


def glued_before_zhe(text: str, end: int) -> bool:
    """Does the particle 着 of a verb's going on follow ``end``, no word of jieba's with the next character (孙杰举|着
    国旗; not 着重), or 著 as traditional characters write it, before more Chinese (昆凌帶|著孩子; not 金庸著《…》,
    陈著的, 'written by')? Then the character before it is that verb: of the corpora's 37,625 names none stands
    before it (one before 着重)."""
    return text[end:end + 1] in ("着", "著") and not dictionary().tags([text[end:end + 2]]) \
        and (text[end] == "着" or HAN.match(text, end + 1) is not None and text[end + 1] != "的")


def before_done(text: str, end: int) -> bool:
    """Does the particle of a deed done follow ``end``, no word of jieba's with the character after (丈夫王刚开|了一家店,
    医生周颖冲|了过去; not 李鹏了解到)? Its verb ends there: of the corpora's 37,625 names, one stands before it (孙权了。)."""
    return text.startswith("了", end) and not dictionary().tags([text[end:end + 2]])


def past_adverbs(rest: str) -> str:
    """``rest`` past the adverb or two it opens with (也说, 当天也说, 甚至认为)."""
    for _ in range(2):
        if not rest.startswith(ADVERBS) \
                or not (adverb := next((a for a in _ADVERBS_LONGEST_FIRST if rest.startswith(a)), "")) \
                or len(adverb) == 1 and dictionary().tags([rest[:2]]).get(rest[:2]) == "v":
            break  # (not the 就 of 就任 nor the 还 of 还击: the verb itself)
        rest = rest[len(adverb):]
    return rest


def speaks(rest: str) -> bool:
    """Does ``rest`` open with a verb of speaking, to reporters or not (表示, 对记者说)?"""
    if rest.startswith(TO_REPORTERS):
        rest = rest[len(next(t for t in TO_REPORTERS if rest.startswith(t))):]
    verb = next((v for v in SPEECH_VERBS if rest.startswith(v)), None) if rest.startswith(SPEECH_VERBS) else None
    return verb is not None and _whole_word(rest, verb)  # (not 称为, 说明)


def _whole_word(rest: str, word: str) -> bool:
    """Is ``word``, which ``rest`` opens with, a word of its own there: no longer word of jieba's
    dictionary begins with it and the character after (出席 of 出席会议, not 毕业 of 毕业生)?"""
    return not dictionary().tags([rest[:len(word) + 1]])


def _noun_with_the_ones_before(window: str, title: str) -> int:
    """How many characters that end ``window`` make one noun of jieba's dictionary with ``title``: its
    last (支队长, 系主任, 漫画家: not 队长, 主任, 画家), or, where that ends a noun of three, the noun's
    (实验室主任, 办公室主任: not 室主任); none when that character is a rank (副 of 研究所副所长, read as one
    below), ends a word of two before the title (名 of 著名作家), is the body's kind the title begins with
    (局 of 文广旅局局长: the dictionary's 局局长 names no office) or the title holds a prize."""
    if not window or title in _PRIZE_HOLDERS or window[-1] in TITLE_PREFIXES or window[-1] == title[0]:
        return 0
    tags = dictionary().tags([word := window[-1] + title, window[-2:], window[-3:]])
    if tags.get(word) != "n":
        return 0
    if len(window) >= 3 and tags.get(window[-3:]) == "n":
        return 3  # (办公室 of 办公室主任, though the dictionary has 公室 too)
    return 0 if len(window) >= 2 and window[-2:] in tags and window[-2] not in _ONE_CHARACTER_PREFIXES else 1
    # (but 总 of 副总队长, jieba's 副总 'deputy manager': a rank before the noun)


_ONE_CHARACTER_PREFIXES = tuple(p for p in TITLE_PREFIXES if len(p) == 1)


def _begun_inside_a_word(window: str, title: str, after: str) -> bool:
    """Is the title's first character a locative that ends a word of place or time with the character before it,
    as jieba cuts them (跳入水中|将小杰救起, 在会上|将: no lieutenant or full general, 中将, 上将, there; but
    空军|中将王强)? So too where 在 opens the frame the locative closes (在报告|中将特斯拉目标价上调: jieba's 中将).
    (jieba's cuts of titles in general are no guide: 第|一副|总统, 国|会议|长.) Or a measure word's end (898公里|长的:
    a length, no ward's head, 里长)?"""
    if window and title and dictionary().tags([window[-1] + title[0]]).get(window[-1] + title[0], "") == "q":
        return True
    if title[:1] in LOCATIVE_ENDS and _FRAME_OPENED.search(window):
        return True
    if not window or title[0] not in LOCATIVE_ENDS \
            or dictionary().tags([window[-1] + title[0]]).get(window[-1] + title[0], "")[:1] not in ("s", "f", "t"):
        return False
    import jieba

    head = window[-4:]
    ends = list(accumulate(len(word) for word in jieba.cut(head + title + after, HMM=False)))
    return next(end for end in ends if end > len(head)) < len(head) + len(title) and len(head) not in ends


# What follows 、 and a title, before another, up to eight characters and no function word: the second's office.
_OFFICE_BETWEEN = re.compile(r"(?<=、)(?:(?![的是在了和与及为兼])[\u4e00-\u9fffA-Za-z]){2,8}\Z")


def _unread_office(words: str) -> bool:
    """Are ``words``, between two titles, the second's office as no rule reads it (终端BG, 峰会大陆方面, 前终审法院): some
    Chinese, no praise (著名), title (董事长兼) or company in Latin alone (Meta), and no country or place alone
    (匈牙利作家, 沙特王子: whose, not what office)?"""
    return HAN.search(words) is not None and not words.startswith(_PRAISE) and not _holder_aided(words) \
        and not any(head in words for head in _HEADS) and not _a_country(words, dictionary().tags([words]).get(words, ""))


# The students a supervisor or fellow is of, by degree, written right before the title (博士生导师, 博士后研究员), as
# university biographies write them: one title, not two.
_DEGREES = ("博士生", "硕士生", "研究生", "博士后")
_HEADS = ("长", "主任", "书记", "主席")  # how the titles of heads end or are: in a title, not in an office's name
_QUOTED_HONOUR = re.compile(r"[“「]([\u4e00-\u9fff]{2,8})[”」]\Z")  # (“时代楷模”, right before the name)
_LATIN_NAME_END = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]+\Z")  # (Meta, OpenAI, X: a company's name)
# A field or league by its capitals, written before a title (AI科学家, NBA球星, IT经理): part of it.
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,4}\Z")


def _opens_a_field(window: str) -> bool:
    """May a field's or league's capitals begin right after ``window``: after no Chinese, a title's rank or a place
    (首席|AI科学家, 美国|NASA宇航员), not inside a unit's name (终端BG董事长: the unit's chairman)?"""
    return not window or not HAN.match(window[-1]) or window.endswith(TITLE_PREFIXES) \
        or bool(_word_ending(window, _a_place))


_DATELINE_END = re.compile(r"(?s).*[\d〇一二三四五六七八九十]日[电電讯訊]")  # (the last dateline's end, where a story
# begins: 12月1日电, 六日电)
_FRAME_OPENED = re.compile(r"在[^\W\d的在]{1,6}\Z")  # (在 and the noun of a frame, 在报告, its locative to come)
LOCATIVE_ENDS = frozenset("上中下内外里")  # (水中, 会上, 手里: where or when, as Chinese grammars call them 方位词)


def _holder_aided(window: str) -> int:
    """How many characters end ``window`` in the title of an office holder an aide serves (总统 of 总统助理)."""
    return next((size for size in _ROLE_SIZES if window[-size:] in _ROLE_SET), 0)


def _unprefixed(title: str) -> str:
    """``title`` without the prefix it begins with, when the rest is a title too (副部长: 部长)."""
    prefix = next((p for p in TITLE_PREFIXES if title.startswith(p) and title[len(p):] in _ROLE_SET), "")
    return title[len(prefix):]


def _office(window: str, title: str) -> int:
    """How many characters before ``title`` name the office it is of: as one noun of jieba's
    dictionary (财政部长, 行政院长, 市委书记, 工会主席), two to four, the most that make one and
    name an office (the dictionary's 局局长 and 著名作家 are no offices: 交通局局长 has the role
    局长); or a body jieba's dictionary knows (中国人民银行行长, 国务院总理; a word of it that
    ends as a body does: 立法会主席, 故宫博物院院长), up to twelve (美国联邦储备委员会理事), that does not begin
    inside a word (its 民医院 of 人民医院 does)."""
    compounds = {window[-size:] + title: size for size in range(2, min(len(window), 4) + 1)}
    nouns = {word for word, tag in dictionary().tags(compounds).items() if tag == "n"}
    offices = dictionary().tags(word[:compounds[word]] for word in nouns)
    tails = (window[-size:] for size in range(2, min(len(window), 12) + 1))
    bodies = [body for body, tag in dictionary().tags(tails).items()
              if tag == "nt" or tag == "j" and not window[-len(body) - 1:-len(body)].isdigit()
              or tag == "ns" and len(body) == 2 and body[-1] in _ALLIANCE_ENDS
              or (tag != "n" or body.endswith("党") or len(body) >= 5 or window[-len(body) - 1:-len(body)] in _OPENING)
              and len(body) > 2 and body.endswith(_BODY_ENDINGS)]
    # (a body's short name, 美联储, 证监会, 北大, 妇联, j, or an alliance's or league's that jieba holds a place, 北约, 阿盟,
    # but not a dateline's 日电 of 28日电记者; 故宫博物院 ns; not a common noun, a body's kind, 委员会, 研究院, but a party
    # of three characters or more, 保守党, and a noun of five or more, a body's whole name, 国际原子能机构, 环境保护局:
    # each of the dictionary's 57 such is one, or one of three or four that opens its clause, the body's whole name,
    # 行政院发言人), not beginning inside a word (民医院 of 人民医院), unless jieba begins one there (外交部 of
    # 韩国|外交部, though 国外 is a word)
    inside = dictionary().tags(window[-len(body) - 1:-len(body) + 1] for body in bodies if len(body) < len(window))
    starts = word_starts(window[-13:]) if inside else set()
    # A body named for what it does, of a word and the title's first character (房屋局 of 房屋局局长,
    # 政务司 of 政务司司长), that jieba's dictionary lacks; or of two characters no word of it, the
    # second of two fields joined by 及 or 和 (库务局 of 财经事务及库务局局长).
    word = window[-3:-1]
    words = dictionary().tags(window[-size - 1:-1] for size in (3, 2) if len(window) > size) \
        if window[-1:] == title[:1] else {}  # (信息化 of 工业和信息化部部长)
    named_size = max(map(len, words), default=0)
    named = words.get(window[-named_size - 1:-1], "") if named_size else ""
    if named and (at := len(window[-9:]) - named_size - 1) >= 0 \
            and word_starts(window[-9:]).intersection(range(at + 1, at + named_size)):
        named = ""  # (not a word across two of jieba's: 博学 of 考古|文博|学院院长)
    joined = window[-1:] == title[:1] and title[:1] in _BODY_KINDS and not named \
        and bool(re.fullmatch("[\u4e00-\u9fff]{2}", word)) and window[-4:-3] in ("和", "及") \
        and bool(_joined_field(window[:-3]))
    # Or a body jieba knows whose last character begins the title (警察厅 of 警察厅长, 国家安全部 of
    # 国家安全部长), the longest, but not over the country it is of (美国财政部长 has the role 财政部长).
    kinds = {window[-size:] + title[:1]: size for size in (2, 3, 4, 5, 6)
             if title[:1] in _BODY_KINDS and len(window) >= size}
    tags = dictionary().tags([*kinds, *(window[-size:-2] for size in kinds.values() if size > 2)])
    field = max((size for kind, size in kinds.items() if tags.get(kind, "")[:1] == "n"
                 and not tags.get(window[-size:-2], "").startswith("ns")), default=0)
    # Or the armed service of a rank or command (海军 + 大校, 陆军 + 参谋长).
    service = next((s for s in ARMED_SERVICES if window.endswith(s)), "") \
        if title in MILITARY_RANKS or title in _SERVICE_COMMANDS else ""
    # Or a place and a body's kind jieba has no word for together (香港 + 交易所 of 香港交易所行政总裁).
    head = max((h for h in ORG_HEADS if window.endswith(h)), key=len, default="") \
        or next((short for short in _SHORT_HEADS if window.endswith(short)), "")
    # (总商会, not 商会; a commission or an office by its short ending, 发展改革委, 老龄办)
    before = {window[-len(head) - size:-len(head)]: size for size in (2, 3, 4)
              if head and len(window) >= len(head) + size}
    place = max((before[w] for w, tag in dictionary().tags(before).items()
                 if (tag in ("ns", "nt", "nz", "j") or tag in ("nr", "nrt") and head in _COMPANIES)  # (阿里巴巴集团,
                 # 比亚迪公司: a company named after someone)
                 and len(window) - len(head) - before[w] in word_starts(window)), default=0)  # (not 阿里[巴巴]集团)
    named_before = window[:len(window) - len(head)]
    place = max(place, _nouns_before(named_before), _company_or_team_opening(named_before)
                if any(stop in named_before for stop in _CLAUSE_STOPS) else 0) if head in _NAMED_HEADS else place
    # (or made up, opening the clause, as far as the window shows one: ，易居研究院; not 国科 of a window cut in 中国科学院)
    place = max(place, _made_up_after_a_country(window[:len(window) - len(head)]) if head in _COMPANIES else 0)
    # Or a school's department or a centre, named for what it does (计算机 + 系, 教育 + 学部, 国家呼吸医学 + 中心).
    department = next((d for d in _DEPARTMENTS if window.endswith(d)), "")
    named_for = max(_nouns_before(window[:-len(department)]), _what_a_centre_does(window[:-len(department)])
                    if department == "中心" else 0) if department else 0
    # Or the fields a committee or association is named for, as :func:`_opening_fields` reads them (国家|监察|委员会,
    # 市|卫生|健康|委员会, 国家发展和改革委员会 with its fields joined).
    if head in _FIELD_HEADS:
        place = max(place, _opening_fields(window[:-len(head)], describing=True), _joined_field(window[:-len(head)]))
    # Or the place a head of a city, province or state runs (上海 + 市长, 台北 + 市长, 加州 + 州长), or
    # a hospital's department before its head (急诊科 + 主任, 心内科 + 护士长).
    ruled = max(_word_ending(window, _a_place), _place_of_level(window, title[0]), _place_and_level(window),
                _transliterated_place_and_level(window), _named_village(window)) if title in PLACE_HEADS else 0
    ward = _ward(window) if title in _WARD_HEADS else 0
    portfolio = _portfolio(window, done=title == "大臣") if title in _PORTFOLIO_TITLES else 0  # (not 垂询 + 部长)
    # (and a party's by what it stands for, before the 党 of its representative: 国民|民主 + 党代表)
    party = max(_opening_fields(window, describing=True), _party_opening(window + "党") - 1) if title == "党代表" else 0
    # (or a party's whole name of three to five that opens its clause: 共同民主 + 党代表, its leader)
    # (and a Korean ministry's by its fields, before the 部 of its minister: 统一 + 部长官, 产业|通商|资源 + 部长官)
    fields = _opening_fields(window[:-1], describing=True) if title == "长官" and window.endswith("部") else 0
    ministry = fields + 1 if fields else 0
    return max([compounds[word] + _general_office_fields(window, compounds[word]) for word in nouns
                if offices.get(word[:compounds[word]], "") not in _NO_OFFICE
                # (not a body's kind before a calling, which says where one works: jieba's 事务所律师 of
                # 某律师事务所律师 has the role 律师; but 工会主席 is an office)
                and not (word[:compounds[word]] in _BODY_HEADS and title[-1] in _CALLING_SUFFIXES)
                and not _unnamed_company(window, compounds[word])]
               + [len(body) for body in bodies if window[-len(body) - 1:-len(body) + 1] not in inside
                  or len(window[-13:]) - len(body) in starts]
               + ([_fields_before(window, named_size + 1)]
                  if named[:1] in ("n", "v") and named not in _NO_OFFICE
                  or named in _DESCRIBING and title[:1] in _BODY_KINDS else [])
               + ([3] if joined else [])
               + [field] + ([len(head) + place] if place else [])
               + ([len(service)] if service else []) + [ruled, ward, portfolio, party, ministry]
               + ([len(department) + named_for] if named_for else [])
               + [_board(window)] + [_news_outlet(window, title)]
               + [len(craft.group()) for craft in [_CRAFT.search(window)] if craft]
               + [len(theatre.group()) for theatre in [_THEATRE_COMMAND.search(window)] if theatre]
               + [_unit_named(window, title)]
               + [_party_opening(window), _short_name_of_a_body(window), _chamber_opening(window)]
               + [_stationed_in(window) if title in _ENVOYS else 0] + [_team_of_a_place(window)]
               + [len(_COMMUNITY) if window.endswith(_COMMUNITY) and title in _COMMUNITY_HEADS else 0]
               + [_company_or_team_opening(window) if title in _CORPORATE_TITLES or title in _COACHES else 0]
               + [_glossed_company(window) if title in _CORPORATE_TITLES else 0]
               + [_company_in_latin(window) if title in _CORPORATE_TITLES else 0]
               + [_named_after_someone(window)], default=0)


def _glossed_company(window: str) -> int:
    """How many characters end ``window`` in a company the words that open its clause name with its Latin name in
    brackets after, as Taiwan's press writes one (輝達（Nvidia）執行長: 輝達（Nvidia）), else 0."""
    gloss = _LATIN_GLOSS_END.search(window)
    size = _company_or_team_opening(window[:gloss.start()]) if gloss else 0
    return size + len(gloss.group()) if gloss and size else 0


def _named_after_someone(window: str) -> int:
    """The size of a library, memorial hall, museum or foundation named after someone, a name of jieba's and the
    body's kind, ending ``window`` (钱学森 + 图书馆 of 钱学森图书馆馆长: had been 图书馆馆长), else 0."""
    kind = next((k for k in _NAMED_AFTER_SOMEONE if window.endswith(k)), "")
    named = _word_ending(window[:-len(kind)], lambda word, tag: tag == "nr" and len(word) <= 3) if kind else 0
    return named + len(kind) if named else 0


_NAMED_AFTER_SOMEONE = ("图书馆", "纪念馆", "博物馆", "基金会", "研究会")


def _company_in_latin(window: str) -> int:
    """How many characters end ``window`` in a company's Latin name that opens its clause, as the words before a
    company head's title do (OpenAI of OpenAI首席执行官, Google), also after its Chinese name, a unit of it (谷歌DeepMind),
    else 0."""
    latin = _LATIN_COMPANY_END.search(window)
    if latin is None:
        return 0
    before = window[:latin.start()]
    if not _words_before_the_company(before):
        return len(latin.group())
    size = _company_or_team_opening(before)
    return len(latin.group()) + size if size else 0


_LATIN_COMPANY_END = re.compile(r"(?<![A-Za-z0-9.&])[A-Z][A-Za-z0-9.&]{1,15}\Z")  # (OpenAI, Google, DeepMind)
_LATIN_GLOSS_END = re.compile(r"[（(][A-Za-z][A-Za-z0-9 .&-]{0,30}[）)]\Z")  # (（Nvidia）, right before the title)


# The titles of a company's heads, before which the words that open the clause name the company (台积电董事长).
_CORPORATE_TITLES = frozenset({"董事长", "副董事长", "总裁", "副总裁", "首席执行官", "CEO", "创始人", "联合创始人", "创办人", "总经理",
                               "副总经理", "董事会主席", "执行董事", "首席财务官", "首席技术官", "首席运营官",
                               "执行长", "营运长", "财务长", "技术长", "行政总裁",  # (as Taiwan's and Hong Kong's press name them)
                               "会长"})  # (and a Korean or Japanese group's chairman: 三星电子会长)


# The titles of a team's coaches, before which the words that open the clause name the team, as a company's head's
# name the company (湖人主帅, 国乒男队主教练).
_COACHES = frozenset({"主帅", "主教练", "教练", "助理教练", "领队"})
# What stands before the company in its clause: a verb of meeting, whom one meets with, what opens a list, or the verb
# of holding the office (他会见了|台积电董事长X, 与|台积电董事长, 出席会议的有|台积电董事长, 曾任|台积电董事长); or
# another company's head before 和 or 及 (联发科董事长蔡明介和|鸿海董事长; not 联邦快递中国及|太平洋区副总裁, two regions
# of one).
_BEFORE_THE_COMPANY = re.compile(r".*(?:会见|会晤|接见|拜会|拜访|采访|会谈|通话)了?|.*(?:与|同|跟|的有|包括)"
                                 r"|.*(?:曾任|曾经担任|曾担任|担任|出任|就任)")
_ANOTHER_HEAD_BEFORE = re.compile(r".*(?:" + "|".join(_CORPORATE_TITLES) + r").*(?:和|及)")


def _unit_named(window: str, title: str) -> int:
    """How many characters end ``window`` in a unit whose kind its head's title repeats, and the word before the kind
    that names it, two to four characters, a place, a noun or a word jieba made up (白云 + 大队 of 白云大队大队长,
    特勤中队中队长, 海淀支队支队长); else 0."""
    kind = title[:-1]
    if len(title) < 3 or not title.endswith("长") or not window.endswith(kind):
        return 0
    import jieba

    name = next(reversed(list(jieba.cut(window[-len(kind) - 8:-len(kind)]))), "") if len(window) > len(kind) else ""
    tag = dictionary().tags([name]).get(name, "n")
    return len(kind) + len(name) if 2 <= len(name) <= 4 and HAN_RUN.fullmatch(name) and tag[:1] == "n" \
        and name not in _ROLE_SET else 0


def _words_before_the_company(window: str) -> str:
    """The words that end ``window`` in its clause, past a verb of meeting, what opens a list or another company's head
    (:data:`_BEFORE_THE_COMPANY`): where a company's name before a head's title may begin."""
    opening = window[max(map(window.rfind, _CLAUSE_STOPS)) + 1:]
    if before := _BEFORE_THE_COMPANY.match(opening) or _ANOTHER_HEAD_BEFORE.match(opening):
        opening = opening[before.end():]
    return opening


def _company_or_team_opening(window: str) -> int:
    """How many characters end ``window`` in the words that open its clause, two to six Chinese characters, before a
    company head's or a coach's title and the name: the company or team, which jieba's dictionary may lack or cut into
    common words (台积电 of 台积电董事长魏哲家, 宁德时代 of 宁德时代董事长曾毓群, 湖人主帅); not what describes the
    holder, a tenure (现任), a rank (前, 副, 轮值), praise (著名), 'this' (该), another title (董事长兼), a company's
    or team's kind alone (公司, 球队), nor a word first or last that is no noun (会上) but a rare one or a bound
    morpheme, a piece of a name jieba does not know (英|伟达, its adjective counted twice; 奇|安信); else 0."""
    import jieba

    opening = _words_before_the_company(window)
    if not 2 <= len(opening) <= 6 or not HAN_RUN.fullmatch(opening):
        return 0
    words = list(jieba.cut(opening))
    if words[0] in _TENURE or opening.startswith((*TITLE_PREFIXES, *_PRAISE)) \
            or opening.endswith(TITLE_JOINERS) or words[-1] in TITLE_PREFIXES \
            or any(word in _ROLE_SET for word in words) \
            or any(dictionary().tags([word]).get(word, "n")[:1] not in ("n", "j") and not _morpheme(word)
                   and dictionary().frequency(word) > RARE_WORD for word in (words[0], words[-1])) \
            or dictionary().tags([opening]).get(opening, "n")[:1] != "n" or opening in ORG_HEADS:
        return 0
    return len(opening)


def _morpheme(word: str) -> bool:
    """Is ``word`` one character jieba tags a bound morpheme (奇 'ag' of 奇|安信): no word alone, so a piece of a name
    it does not know?"""
    return len(word) == 1 and dictionary().tags([word]).get(word, "").endswith("g")


# The committees of the party, the youth league and the trade union that a school, hospital or company has, named
# after it (清华大学党委书记, 协和医院纪委书记, 华为公司工会主席), as the constitutions of the three set them up.
_COMMITTEES_OF_A_BODY = frozenset({"党委", "党组", "纪委", "团委", "党支部", "党总支", "工会"})
# A theatre command of the People's Liberation Army, by its direction (东部战区新闻发言人, 南部战区司令员), as the armed
# forces have been organised since 2016.
_THEATRE_COMMAND = re.compile(r"[东南西北中]部战区\Z")
# A spacecraft's or rocket's name, as China numbers its series (嫦娥七号, 神舟二十号, 长征五号), whose chief designer,
# commander or crew the press names with it (嫦娥七号总设计师, 神舟二十号航天员); not an ordinal's (第一号).
_CRAFT = re.compile(r"(?:(?!第)[\u4e00-\u9fff]){2}[一二三四五六七八九十]{1,3}号\Z")


# A city's community, the unit below a street office, and the heads of its party committee and its office (社区书记,
# 社区党委书记, 社区主任), as the Organic Law of Urban Residents' Committees and the press name them.
_COMMUNITY = "社区"
_COMMUNITY_HEADS = ("书记", "副书记", "党委书记", "党支部书记", "党总支书记", "主任", "副主任", "党委", "党支部", "党总支")


def _stationed_in(window: str) -> int:
    """How many characters end ``window`` in where an envoy is stationed, 驻 and a place or a country's short name
    (驻美国 of 驻美国大使, 驻美 of 驻美大使, 驻香港 of 驻香港总领事), else 0."""
    at = window.rfind(STATIONED, max(0, len(window) - 7))
    place = window[at + 1:] if at >= 0 else ""
    if place and (_word_ending(window, _a_place) == len(place) or len(place) <= 2 and COUNTRY_SHORT.issuperset(place)):
        return len(place) + 1
    return 0


def _chamber_opening(window: str) -> int:
    """How many characters end ``window`` in the name of a country's legislature alone, opening its clause or after
    another title (、国会 of 越南政府总理范明政、国会主席陈青敏, ，议会 of 议会议长; with the country before it, jieba's place
    makes the office: 韩国国会议长), else 0."""
    chamber = next((c for c in _CHAMBERS if window.endswith(c)), "")
    before = window[:len(window) - len(chamber)]
    return len(chamber) if chamber and (not before or before[-1] in _CLAUSE_STOPS) else 0


_CHAMBERS = ("参议院", "众议院", "国会", "议会")


def _short_name_of_a_body(window: str) -> int:
    """How many characters end ``window`` in a body's short name, after a place, its level or the start of a clause:
    two characters and the body's kind (文旅局 of 甘孜州文旅局局长, 卫健委 of 市卫健委主任, 三防办 of 省三防办主任), or one
    and an association's or a federation's (排协 of 中国排协主席); else 0."""
    for size, kinds in ((3, _SHORT_BODY_KINDS), (2, _SHORT_ASSOCIATIONS)):
        body, before = window[-size:], window[:-size]
        place = dictionary().tags([body]).get(body, "").startswith("ns")  # (jieba has many, 足协 j, 排协 v, 文明办 nr;
        # but not the place 苏联)
        if len(window) >= size and body[-1] in kinds and re.fullmatch("[\u4e00-\u9fff]+", body) \
                and not _IN_SENTENCES.search(body) and not place \
                and dictionary().tags([body[0]]).get(body[0], "")[:1] not in LINKING_TAGS \
                and (not before or before[-1] in PLACE_LEVELS or before[-1] in _CLAUSE_STOPS
                     or _word_ending(before, _a_place)):  # (and no preposition first: 由|军委主席)
            return size
    return 0


_SHORT_ASSOCIATIONS = ("协", "联")  # (排协, 篮协, 侨联: an association or federation by its field)


def _party_opening(window: str) -> int:
    """How many characters end ``window`` in a party's name of three to five characters, with its central committee
    or caucus, that opens its clause or follows another title (、致公党中央 of 全国政协副主席、致公党中央主席, ，共同民主党 of
    共同民主党党首, which jieba's dictionary lacks); not over a country (印度国大党领袖 has 国大党领袖) or a chamber
    (参议院少数党领袖: 少数党领袖); else 0."""
    import jieba

    party = _PARTY_OPENING.search(window)
    if party is None:
        return _party_after_its_country(window)
    first = next(iter(jieba.cut(party.group(1))), "")
    tag = dictionary().tags([first]).get(first, "")
    if tag[:1] in ("p", "v") and len(party.group()) - len(first) >= 3:
        return len(party.group()) - len(first)  # (not the preposition or verb before it: 针对|国民党主席)
    return _party_after_its_country(window) if tag.startswith("ns") else len(party.group())


def _party_after_its_country(window: str) -> int:
    """How many characters end ``window`` in a party's name of three to five characters right after its country's (韩国|
    共同民主党 of 韩国共同民主党党首, 日本|自由民主党), the longest, without the country, as a minister's role has none
    (美国财政部长: 财政部长); else 0."""
    if not window.endswith("党"):
        return 0
    return next((size + 1 for size in (4, 3, 2) if len(window) > size + 2
                 and _PARTY_NAME.fullmatch(window, len(window) - size - 1, len(window) - 1)
                 and _word_ending(window[:-size - 1], _a_country)), 0)


_ALLIANCE_ENDS = ("约", "盟")  # a treaty's, a league's: how a short name of two ends (北约, 华约, 阿盟, 南盟, 台盟)
_PARTY_CHARACTER = r"(?![是的这那一了在与及为其该本我你他她它])[\u4e00-\u9fff]"  # (no function word, pronoun or 'one': not 这是一党)
_PARTY_NAME = re.compile(f"(?:{_PARTY_CHARACTER})+")
# (with its central committee, or its caucus in a legislature, as Taiwan's press writes it: 国民党团总召)
_PARTY_OPENING = re.compile(rf"(?:^|(?<=[、，。；：:\n（(]))((?:{_PARTY_CHARACTER}){{2,4}})党(?:中央|团)?\Z")


# The commands of an armed service, written after it (陆军参谋长, 空军司令员, 海军作战部长).
_SERVICE_COMMANDS = frozenset({"参谋长", "司令", "司令员", "总司令", "政委", "作战部长"})


def _seat_of_a_head(window: str, office: str) -> int:
    """How many more characters before an office (the title's own, where it has none) name the
    head of state or government whose seat it is: 总统 + 办公室 of 总统办公室主任, 总统府 of
    总统府发言人, 首相官邸 of 首相官邸发言人, 总统室 of 总统室发言人 (the aide serves that office, not as its head)."""
    seat = "" if office.startswith(_SEATS) else next((s for s in _SEATS if window.endswith(s)), None)
    if seat is None:
        return len(_KOREAN_SEAT) if window.endswith(_KOREAN_SEAT) else 0
    head = next((h for h in _SEATED_HEADS if window[:len(window) - len(seat)].endswith(h)), "")
    return len(head) + len(seat) if head else 0


_SEATS = ("办公室", "官邸", "府", "办")
_KOREAN_SEAT = "总统室"  # (South Korea's presidential office, as it is written since 2022; not 国王室 of 英国王室成员)
_SEATED_HEADS = ("总统", "首相", "总理", "行政长官", "特首", "国王", *PLACE_HEADS)


def _seat_of_power(window: str) -> int:
    """How many characters end ``window`` in a building the press names a government by, with the office in it when
    one follows (白宫 of 白宫发言人 and 白宫国家经济委员会主任, 白宫办公厅 of 白宫办公厅主任)."""
    office = next((o for o in _OFFICES_IN_A_SEAT if window.endswith(o)), "")
    seat = next((s for s in SEATS_OF_POWER if window.endswith(s, 0, len(window) - len(office))), "")
    return len(seat) + len(office) if seat else 0


_OFFICES_IN_A_SEAT = ("办公厅", "办公室")


def _chamber_of_a_party(window: str, office: str) -> int:
    """How many characters end ``window`` in a legislature's chamber a party's office (``office``) is of, as news of
    Congress writes a floor leader's (参议院 of 参议院多数党领袖, 众议院 of 众议院少数党领袖, 参议院民主党领袖), else 0."""
    return next((len(c) for c in _CHAMBERS if window.endswith(c)), 0) if office.endswith("党") else 0


def _unnamed_company(window: str, size: int) -> bool:
    """Is the office of ``size`` ending ``window`` a company or group that nothing names, opening its clause or after
    该 or 本 ([公司]执行副总裁, 该[公司]总经理: jieba's nouns 公司总裁, 公司总经理; not 华为公司总裁)?"""
    before = window[-size - 1:-size]
    return window[-size:] in ("公司", "集团") and (not re.match(r"[\u4e00-\u9fff]", before or " ") or before in "该本")


def _news_outlet(window: str, title: str) -> int:
    """How many characters end ``window`` in the name of a news outlet that ends in 新闻 and opens a byline, at the
    start of its line or bracket, before a reporter's title (澎湃新闻记者, （红星新闻记者 X）: not jieba's noun 新闻记者
    alone), three to eight, none a word of a sentence's (他是一名资深新闻记者) or of praise; else 0."""
    if title not in _REPORTERS or not window.endswith("新闻"):
        return 0
    run = _OUTLET_RUN.search(window)
    return len(run.group()) if run and not _IN_SENTENCES.search(run.group()) and not run.group().startswith(_PRAISE) \
        else 0


_REPORTERS = ("记者", "首席记者", "特约记者", "见习记者", "通讯员")
_ENVOYS = ("大使", "总领事", "领事", "公使", "参赞", "代表", "首席代表", *_REPORTERS)  # (驻华代表, and 驻京记者)
_OUTLET_RUN = re.compile(r"(?:^|(?<=[\n（(【\[]))[\u4e00-\u9fff]{3,8}\Z")
_IN_SENTENCES = re.compile("[他她我你是的了在名位个]")  # (pronouns, 是, particles, counters: a sentence's, no outlet's)


# A company's or body's boards, whose officers the press names with them (董事会主席, 董事会秘书, 监事会主席), an
# award's jury or an event's organising and executive committees (评委会主席, 组委会负责人, 执委会主席), and a national
# side by its sport, which jieba has as common nouns (女排主教练, 女足队长).
_BOARDS = ("董事会", "监事会", "理事会", "评委会", "组委会", "执委会",
           "女排", "男排", "女足", "男足", "女篮", "男篮")
_COMPANY_BOARDS = ("董事会", "监事会")  # (a company's, named with it)


def _board(window: str) -> int:
    """How many characters end ``window`` in a board (:data:`_BOARDS`), with the company a company's board is of where
    the words that open its clause name one, as before a company head's title (特斯拉 + 董事会 of 特斯拉董事会主席,
    jieba's 特斯拉 a name; 小米集团 + 董事会秘书; not 公司董事会主席), else 0."""
    board = next((b for b in _BOARDS if window.endswith(b)), "")
    company = _company_or_team_opening(window[:-len(board)]) if board in _COMPANY_BOARDS else 0
    return len(board) + company if board else 0


def _team_of_a_place(window: str) -> int:
    """How many characters end ``window`` in a side named for its place, a place of jieba's dictionary and 队 (泰州 +
    队 of 泰州队主教练, where jieba holds no 泰州队 as it holds 广东队), else 0."""
    if not window.endswith("队"):
        return 0
    place = _word_ending(window[:-1], _a_place)
    return place + 1 if place else 0


def _numbered_or_affiliated(window: str, office: int) -> int:
    """How many characters more before the office ending ``window`` (of ``office`` characters) its body's number
    and the body or place it is of name (第一 + 医院, 自然资源部 + 第一海洋研究所, 杭州 + 第二中学), and the school it is
    affiliated to (复旦大学 + 附属中山医院, 中山大学 + 附属 + 第一医院), else 0."""
    more = 0
    if office and (ordinal := _ORDINAL_END.search(window, 0, len(window) - office)):
        more = ordinal.end() - ordinal.start()
        more += _word_ending(window[:len(window) - office - more], lambda word, tag: tag == "nt" or _a_place(word, tag))
    office += more
    affiliated = len(_AFFILIATED) * window.endswith(_AFFILIATED, 0, len(window) - office) if office else 0
    if office and (affiliated or window.startswith(_AFFILIATED, len(window) - office)) \
            and (school := _school_of(window[:len(window) - office - affiliated])):
        more += affiliated + school
    elif office and window.endswith(_PARTS_OF_A_SCHOOL) and (school := _school_of(window[:len(window) - office])):
        more += school  # (浙江大学 + 机械工程学院: the university its college is of)
    return more


def _made_up_after_a_country(window: str) -> int:
    """How many characters end ``window`` in a country jieba's dictionary holds and two or three characters after it
    that it holds no word of, a company's name (中国 + 商飞 of 中国商飞公司董事长), else 0."""
    for size in (2, 3):
        name, before = window[-size:], window[:-size]
        if len(window) > size and HAN_RUN.fullmatch(name) and not dictionary().tags([name]) \
                and (country := _word_ending(before, _a_country)) and before[-country:] in _COUNTRIES_AND_CHINA:
            return size + country
    return 0


_COMPANIES = ("公司", "集团")
# Who founded a school, hospital or library, as its name may say (国立台湾大学, 私立辅仁大学, 市立图书馆).
_FOUNDED_BY = ("国立", "私立", "市立", "省立", "县立", "公立")
_FOUNDED_KINDS = re.compile("大学|学院|中学|小学|高中|医院|图书馆|博物馆|美术馆")
_COUNTRIES_AND_CHINA = COUNTRIES | {"中国"}


def _nouns_before(window: str, field: Callable[[str], bool] | None = None, longest: int = 6) -> int:
    """How many characters of the nouns jieba reads at the end of ``window``, two to six (南方|科技 of 南方科技大学,
    中国|科学技术 of 中国科学技术大学): the name of a body before its head, where jieba's dictionary lacks the
    whole. A word that is no noun, a place or a direction (南方) ends them (在|北京|大学, 该|医院), and so do a
    name (the chain must end where a name does) and a character alone (a place's level, 市|中级人民法院). Two fields
    joined by 和, 与, 及 or 暨 are one name, with the field before the joiner (海洋与地球 of 海洋与地球学院, 经济与管理 of
    经济与管理学院), or none where that is no noun of jieba's (not half of it: 探月与航天工程中心, jieba's made-up 探月). An
    attributive goes on after a noun (清华大学|高等 of 清华大学高等研究院), not first (一家|大型|医院). ``field`` and
    ``longest`` read other words so, up to another length (:func:`_what_a_centre_does`)."""
    import jieba

    field = field or _a_field
    size = 0
    words = list(jieba.cut(window[-12:]))
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if word in ("和", "与", "及", "暨"):
            joined = words[at - 1] if at and size >= 2 else ""
            return size + 1 + len(joined) if field(joined) and joined not in _ROLE_SET \
                and not joined.endswith(ORG_HEADS) and len(window) - size - 1 - len(joined) in word_starts(window) \
                else 0
        if word in _TENURE or size + len(word) > longest or not field(word) and not (
                _graded(word) and at and field(words[at - 1])):
            break
        size += len(word)
    return size if size >= 2 else 0


def _graded(word: str) -> bool:
    """Is ``word`` an attributive of two characters or more of jieba's dictionary (高等 of 清华大学高等研究院: 'b')? Inside
    a body's name, after a noun, it is part of the name; first, it only describes one (大型医院)."""
    return len(word) >= 2 and dictionary().tags([word]).get(word) == "b"


def _what_a_centre_does(window: str) -> int:
    """How many characters of the words jieba reads at the end of ``window`` name what a centre does, two to eight,
    where the press names one by a deed or a short form jieba makes up (非遗|保护 of 非遗保护中心, 器官移植 of 器官移植中心,
    疾控 of 疾控中心): nouns, verbs and set phrases of its dictionary, and words of two or more it lacks, as
    :func:`_nouns_before` reads a body's fields, two joined whole or none (探月与航天工程中心); not a place, a name, a
    body, a function word or a character alone (景德镇市|非遗保护中心: the city is the division's, read after;
    附属医院|器官移植中心)."""
    return _nouns_before(window, _a_deed, longest=8)


def _a_deed(word: str) -> bool:
    """Is ``word`` two or more Chinese characters that may name what a centre does (see :func:`_what_a_centre_does`)?"""
    tag = dictionary().tags([word]).get(word, "")
    return len(word) >= 2 and bool(HAN_RUN.fullmatch(word)) and not word.endswith(_BODY_ENDINGS) \
        and not (tag and (tag[:1] not in "nvlj" or tag[:2] in ("nr", "ns", "nt"))) \
        and not (not tag and word[0] in TITLE_JOINERS)  # (not 兼市 of 副主任兼|市|教育…中心: jieba's made-up word)


def _a_field(word: str) -> bool:
    """Is ``word`` a noun of two or more Chinese characters (not a name) that may name what a body does, also one
    jieba has as a set phrase (生命科学 of 生命科学学院)?"""
    tag = dictionary().tags([word]).get(word, "")
    return bool(HAN_RUN.fullmatch(word)) and len(word) >= 2 and (tag[:1] == "n" and tag[:2] != "nr"
                                                                 or tag in ("j", "f", "vn", "l"))


# When one holds an office, which jieba's dictionary has as nouns: the holder's, not the body's name (现任|复旦大学教授,
# 时任|南方科技大学校长; but 前任 and 原任 say one holds it no more, as 前 and 原 do, and stay).
_TENURE = frozenset("现任 时任 历任 新任 继任 后任 初任".split())
# The heads of bodies a name always goes before, as a school's or a hospital's does (南方科技大学, 禹州市人民医院;
# a company may be named by its trade alone, 游戏公司).
_NAMED_HEADS = ("大学", "学院", "医学院", "医院", "研究院", "研究所")
# A school's departments and a centre, named for what they do before them (计算机系, 教育学部, 呼吸医学中心).
_DEPARTMENTS = ("系", "学部", "中心")
# The heads of bodies named for the fields they look after (监察委员会, 卫生健康委员会, 发展改革委, 作家协会, 妇女联合会).
_FIELD_HEADS = ("委员会", "委", "办", "协会", "学会", "联合会")
_SHORT_HEADS = ("委", "办")  # the short endings of a commission's and an office's names (发展改革委, 老龄办)
_SHORT_BODY_KINDS = ("局", "厅", *_SHORT_HEADS)  # (文旅局, 卫健委, 三防办: a bureau, commission or office by its fields)


# Verbs whose complement a title is, right before it or its body (选为主席, 出任总统, 是部长, 为国会主席):
# it is the subject's, not a name's after it.
_COMPLEMENT_VERBS = frozenset("为任是")
# the heads, doctors and nurses of a hospital's department
_WARD_HEADS = ("主任", "护士长", "主任医师", "副主任医师", "医师", "医生", "护士")
_PORTFOLIO_TITLES = ("大臣", "部长")  # a cabinet minister's, after the portfolio: 防卫大臣, 经济产业大臣, 内政大臣, and
# as Singapore's and Malaysia's press name theirs, 人力部长, 国家发展部长
_LEVELS = frozenset("省市县州都府道区")  # a place's level after its name, which jieba may not know with it (福岛|县)


def _a_place(_word: str, tag: str) -> bool:
    return tag == "ns"


def _discipline(window: str, title: str) -> int:
    """How many characters end ``window`` in a noun of jieba's that makes one word of its dictionary with the science of
    ``title``, a scholar's calling in 学家 (地球 + 化学, 理论 + 物理, 水文 + 地质: 地球化学家; not 证券 of
    证券首席经济学家, nor a word that merely describes, 著名)."""
    science = title[:-2] if title.endswith("学家") and len(title) > 3 else title[:-1]  # (物理 of 物理学家; 化学 of 化学家)
    return _word_ending(window, lambda word, tag: tag == "n" and bool(dictionary().tags([word + science])))


def _portfolio(window: str, done: bool = True) -> int:
    """How many characters end ``window`` in a minister's portfolio: one or two words of jieba's
    dictionary, of two characters or more, that name fields or, with ``done``, what is done (日本|防卫 + 大臣, a
    verb to jieba; 经济|产业 + 大臣), right after a place (日本, 瑞典, 沙特), a rank (原|内政 + 大臣), a function word
    (击败了|农林水产 + 大臣) or where a clause or the text begins (，财务 + 大臣); else 0 (not 会见 + 大臣: the title
    alone)."""
    import jieba

    whole = 0
    for count, word in enumerate(reversed(list(jieba.cut(window[-11:])))):
        if count == 2 or len(word) < 2 \
                or dictionary().tags([word]).get(word, "") not in (*_FIELD_TAGS, *(("v",) if done else ())) \
                or word in _ROLE_SET or word in _MEETING:
            break
        whole += len(word)
    before = window[:len(window) - whole]
    return whole if whole and (not before or before.endswith(_CLAUSE_STOPS) or before.endswith(TITLE_PREFIXES)
                               or _word_ending(before, _a_country) or _function_word_ending(before)) else 0


def _function_word_ending(window: str) -> bool:
    """Does ``window`` end in a function word of one character, a particle, conjunction or preposition (击败了|农林水产
    + 大臣, 和|防卫 + 大臣)?"""
    last = window[-1:]
    return bool(last) and dictionary().tags([last]).get(last, "")[:1] in FUNCTION_TAGS


def _a_country(word: str, tag: str) -> bool:
    """A place, or a transliteration jieba's dictionary has as a name (沙特 nr): countries before ministers."""
    return tag == "ns" or tag.startswith("nr") and TRANSLIT.issuperset(word)


def _ward(window: str) -> int:
    """The size of a hospital's department ending ``window``: a noun of jieba's dictionary that ends
    in 科 (急诊科, 心内科), or 科 after a word of what it treats that jieba has no such noun for
    (感染|科, 呼吸|科, 神经|内科: jieba's 神经内科 is a name to it, 呼吸科 a person's), or 外科 after such words
    (心血管外科, 神经外科)."""
    noun = _word_ending(window, lambda word, tag: tag == "n" and word.endswith("科"))
    kind = next((k for k in ("内科", "外科", "科") if window.endswith(k)), "")
    field = _word_ending(window[:-len(kind)], lambda word, tag: len(word) >= 2 and tag in (*_FIELD_TAGS, "v")) \
        if kind else 0
    for _ in range(2):  # (and the words of what it treats before that: 小儿|神经|外科)
        rest = window[:-len(kind) - field]
        more = _word_ending(rest, lambda word, tag: tag in _FIELD_TAGS
                            and not word.endswith(ORG_HEADS)) if field else 0  # (not the hospital: 医院|神经外科)
        if field and not more and (verb := _word_ending(rest, lambda word, tag: tag == "v")) \
                and rest[:-verb].endswith(ORG_HEADS):
            more = verb  # (a verb of what it treats right after the hospital: 第一医院|感染|疾病科; not 担任|感染科)
        field += more
    return max(noun, field + len(kind) if field else 0)


def _school_of(window: str) -> int:
    """How many characters end ``window`` in the name of the school a hospital or school affiliated to it belongs to
    (复旦大学 + 附属中山医院, 上海交通大学医学院 + 附属瑞金医院): a school of jieba's dictionary, with its 医学院; else 0."""
    medical = len(_MEDICAL_SCHOOL) if window.endswith(_MEDICAL_SCHOOL) else 0
    school = _word_ending(window[:len(window) - medical],
                          lambda word, tag: tag == "nt" and word.endswith(("大学", "学院")))
    return school + medical if school else 0


_MEDICAL_SCHOOL = "医学院"
_PARTS_OF_A_SCHOOL = ("学院", "系", "学部", "研究院", "研究所")  # a university's colleges, departments and institutes
_AFFILIATED = "附属"  # (a hospital or school of a university's: 复旦大学附属中山医院)
_ORDINAL_END = re.compile(r"第[一二三四五六七八九十0-9]{1,3}\Z")  # (a body's number before its name: 第一医院)


def _place_and_level(window: str) -> int:
    """The size of a place of jieba's dictionary and its level ending ``window`` (福岛 + 县; not
    该 + 市)."""
    place = _word_ending(window[:-1], _a_place) if window[-1:] in _LEVELS else 0
    return place + 1 if place else 0


def _transliterated_place_and_level(window: str) -> int:
    """The size of a transliterated place and its level ending ``window``, a place jieba's dictionary holds a name or
    lacks, in its words (哈尔科夫 + 州 of 哈尔科夫州州长, 顿涅茨克 + 州, 米|科拉|伊夫 + 州; not the country before it,
    乌克兰|哈尔科夫州: had been 科夫州, 州长 alone, 伊夫州)."""
    if window[-1:] not in _LEVELS:
        return 0
    name = window[:-1][-_TRANSLITERATED_PLACE:]
    ends = sorted(word_starts(name) | {len(name)})
    words = [name[start:end] for start, end in zip(ends, ends[1:])]
    tags = dictionary().tags(words)
    size = 0
    for word in reversed(words):  # (a transliterated name of jieba's, 顿涅茨克 nrt, or of the table's characters)
        if not (tags.get(word, "") in ("nr", "nrt") or translit_share(word) == 1) or word in _COUNTRIES_AND_CHINA:
            break
        size += len(word)
    return size + 1 if size >= 2 else 0


_TRANSLITERATED_PLACE = 12  # (第聂伯罗彼得罗夫斯克 of 第聂伯罗彼得罗夫斯克州州长)


def _word_ending(window: str, fits: Callable[[str, str], bool]) -> int:
    """The size of the longest word of jieba's dictionary, of two to six characters, that ends
    ``window``, begins where jieba begins a word there (not 阿里[巴巴]) and ``fits`` (word, tag):
    加利福尼亚 of 加利福尼亚州长, not its 福尼亚."""
    sizes = {window[-size:]: size for size in range(2, 7) if len(window) >= size}
    fitting = [sizes[word] for word, tag in dictionary().tags(sizes).items() if fits(word, tag)]
    starts = word_starts(window) if fitting else set()
    return max((size for size in fitting if len(window) - size in starts), default=0)


def _division(window: str) -> int:
    """The size of a division of China's, a place of jieba's dictionary that ends in its level, ending ``window``
    where jieba begins a word (河北省 of 河北省人大常委会主任, 江苏省 of 江苏省体育局局长; not a country, whose
    ministers the press names without it: 美国财政部长)."""
    size = _word_ending(window, _a_place) or _levelled_word(window)
    if not size and window[-1:] in PLACE_LEVELS:  # (a place of jieba's and its level, which it cuts apart: 西江|镇)
        size = _word_ending(window[:-1], lambda word, tag: tag == "ns" and word not in COUNTRIES)
        size += 1 if size else 0
    before = window[-2:-1]
    if not size and window[-1:] in _UNNAMED_LEVELS and (before in ("该", "的") or not HAN.match(before or " ")
                                                        or dictionary().tags([before]).get(before) == "p"):
        return 1  # (the village the story is of, unnamed: 村 of 村党支部书记, 该村党支部书记, 29岁的村党支部书记, 在村党支部书记)
    if not size and window[-1:] in _UNNAMED_LEVELS and (named := _named_village(window[:-1])):
        return named + 1
    return size if size and window[-1] in PLACE_LEVELS else 0


def _named_village(window: str) -> int:
    """How many characters end ``window`` in the name of a village or township jieba's dictionary lacks or has as a
    place, two or three, opening its clause or right after the place it lies in (台盘 of 台盘村党支部书记, 十八洞 of
    十八洞村, 台江县|台盘村; not a verb's object, 找到村党支部书记, nor a pronoun's, 我们村, nor words that do no naming,
    他在村党支部书记), else 0."""
    import jieba

    for size in (3, 2):
        name, before = window[-size:], window[-size - 1:-size]
        if len(name) == size and HAN_RUN.fullmatch(name) and (not HAN.match(before or " ") or before in PLACE_LEVELS) \
                and dictionary().tags([name]).get(name, "ns").startswith("ns") \
                and not any(tag[:1] in _FUNCTION_WORDS for tag in dictionary().tags(jieba.cut(name)).values()):
            return size
    return 0


_FUNCTION_WORDS = ("r", "p", "c", "u", "d")  # (a pronoun, a preposition, a particle…: 他在 of 他在村党支部书记X, 的一名
# of 是瑶族自治县的一名副乡长, are no village)


def _city_of_a_short_body(window: str, body: str) -> int:
    """The size of a place of jieba's dictionary, no country, ending ``window`` before a body's short name (纽约 and
    堪萨斯城 of 纽约联储主席, 堪萨斯城联储主席: a central bank's branches are named by their city; not 美国 of
    美国证交会主席, as a country's ministers are named without it)."""
    if not body or dictionary().tags([body]).get(body) != "j":
        return 0
    return _word_ending(window, lambda word, tag: tag == "ns" and word not in COUNTRIES)


def _levelled_word(window: str) -> int:
    """How many characters end ``window`` in a word of jieba's of three or more that ends in a place's level, though
    the dictionary lacks it as a place (武侯区 of 成都市|武侯区人民法院): the nearest, as of a place it does know."""
    import jieba

    word = list(jieba.cut(window[-8:]))[-1] if window else ""
    return len(word) if len(word) >= 3 and word[-1] in PLACE_LEVELS and HAN_RUN.fullmatch(word) else 0


_UNNAMED_LEVELS = ("村", "镇", "乡")


def _place_of_level(window: str, level: str) -> int:
    """The size of the place ending ``window`` that is a place of jieba's dictionary with the
    ``level`` of the head's title after it (台中 + 市长 and 高雄 + 市长: 台中市, 高雄市), where
    jieba begins a word."""
    size = next((size for size in (3, 2) if len(window) >= size
                 and dictionary().tags([window[-size:] + level]).get(window[-size:] + level) == "ns"), 0)
    return size if size and len(window) - size in word_starts(window + level) else 0


def _general_office_fields(window: str, size: int) -> int:
    """The fields before a general office of jieba's, its ``size`` characters ending ``window``
    (总局 of 国家金融监督管理|总局局长, one noun to jieba), as :func:`_opening_fields` reads them."""
    return _opening_fields(window[:-size]) if window[-size:].startswith("总") and window[-1:] in _BODY_KINDS else 0


def _fields_before(window: str, size: int) -> int:
    """The ``size`` characters that end ``window`` and name a body for what it does (农村局),
    with all the fields jieba cuts before its kind (农业农村局, 文化广电旅游局, 自然资源厅) when
    a place's level stands right before them (县农业农村局) or they open the clause (，应急管理部):
    else ``size``."""
    whole = 1 + _opening_fields(window[:-1], describing=True)  # the body's kind (局, 厅) and its fields
    return whole if whole > size else size


def _opening_fields(window: str, describing: bool = False, titled: bool = False) -> int:
    """How many characters end ``window`` in fields jieba cuts as nouns of its dictionary, when a
    place's level, the start of a clause or a list or a country stands before them (县|农业农村, ，|财经事务,
    包括|行政法务, 日本|立宪民主):
    else 0; ``describing``, also as words that describe (县|卫生|健康局: before a body's kind, what it looks after);
    ``titled``, also after a title or a word that joins one (国务卿兼|国家安全事务, 总统|国家安全事务: an aide's).
    (Not 会见农业农村: a verb of meeting is no field, though jieba's dictionary calls 会见 a noun.)"""
    import jieba

    whole = 0
    tags = (*_FIELD_TAGS, "nz", *(_DESCRIBING if describing else ()))
    for word in reversed(list(jieba.cut(window[-11:]))):
        if len(word) < 2 or dictionary().tags([word]).get(word, "") not in tags or word in _ROLE_SET \
                or word in _MEETING:
            break
        whole += len(word)
    before = window[-whole - 1:-whole] if whole else ""
    return whole if before in PLACE_LEVELS or before in _CLAUSE_STOPS or whole and whole == len(window) \
        or whole and (_word_ending(window[:-whole], _a_country) or window[:-whole].endswith(SEATS_OF_POWER)) \
        or whole and titled and (before in TITLE_JOINERS or window[:-whole].endswith(ROLE_TITLES)) \
        or whole and window[:-whole].endswith(_OPENS_A_LIST) else 0  # (or the text itself begins there, or a list)


_OPENS_A_LIST = ("包括", "的有", "分别是", "分别为")  # (包括行政|法务 + 司司长: a list's first item opens a clause)


_NAMED_AS = ("名叫", "叫做")  # 'is called', after whom a sentence introduces (这名外卖小哥名叫彭清林)
_THIS_ONE = ("这名", "这位", "这个", "该名", "一名", "一位", "那名", "那位")  # 'this', 'a', before one introduced so
# The ordinal rank of a deputy among deputies (第一副总理, 第一副理事长), whose 一副 jieba reads as 'a pair'.
_RANKS = ("第一", "第二", "第三")
# A title ranked without 副: a party committee's first secretary, as parties and the villages' resident secretaries
# name it (省委第一书记, 社会党第一书记, 驻村第一书记).
_RANKED = ("书记",)
_LABEL_OPENS = "\n；;。（( \u3000"  # what stands before a title that labels a line or a credit on it
_CLAUSE_STOPS = tuple("，。；：、\n,;:")  # (应急管理部部长 opening its clause: a ministry's whole name)


PLACE_LEVELS = ("省", "市", "县", "区", "州", "镇", "乡", "旗", "盟")  # the levels of China's divisions


def word_starts(text: str) -> set[int]:
    """Where jieba's words of ``text`` begin."""
    import jieba

    starts, position = set(), 0
    for word in jieba.cut(text):
        starts.add(position)
        position += len(word)
    return starts


_PRIZE_HOLDERS = ("得主", "获得者", "获奖者")
_PRIZE = re.compile(r"(?:[0-9０-９]{2,4})?[\u4e00-\u9fff]{1,14}(?:奖|奖章|勋章)\Z")  # (with its year: 2024年…奖)
_BEFORE_PRIZE = re.compile(r".*[是为的和与及在获据由被对向给把从]")  # what ends the words before a prize's name
# (根据诺贝尔文学奖得主…: 'according to', no part of it)


def _prize(window: str) -> int:
    """How many characters before a prize's holder (``window`` ends there) name the prize
    (诺贝尔生理学或医学奖 of 诺贝尔生理学或医学奖获得者, 茅盾文学奖 of 茅盾文学奖得主; not 他是 of
    他是诺贝尔奖得主): 0 if none."""
    match = _PRIZE.search(window)
    if match is None:
        return 0
    prize = match.group()
    prize = prize[cut.end():] if (cut := _BEFORE_PRIZE.match(prize[:-1])) else prize
    return len(prize) - _before_a_named_prize(prize)


def _before_a_named_prize(prize: str) -> int:
    """How many characters of ``prize`` stand before a prize jieba's dictionary names (缅怀 of 缅怀诺贝尔物理学奖, the
    verb of a clause the holder ends; jieba calls some verbs places, 缅怀): 0 if it names none, or only a year or
    an edition stands before it (2024年诺贝尔文学奖, 第十届茅盾文学奖)."""
    import jieba

    position, table = 0, dictionary().table
    for word in jieba.cut(prize):
        if len(word) > 2 and word.endswith("奖") and table.get(word) == "nz":
            return 0 if _EDITION.fullmatch(prize[:position]) else position
        position += len(word)
    return 0


_EDITION = re.compile(r"(?:[0-9０-９]{2,4}年度?)?(?:第[0-9０-９一二三四五六七八九十百]+届)?")  # before a prize's name


def _court_level(window: str) -> int:
    """How many characters before a people's court's name (``window`` ends there) give its level:
    2 for 中级 or 高级 (市中级人民法院院长 has the role 中级人民法院院长, 中级人民法院法官), else 0."""
    return 2 if window.endswith(("中级", "高级")) else 0


def _joined_field(window: str) -> int:
    """How many characters before an office's name (``window`` ends there) name the fields it
    joins with 和, 及 or 与 (人力资源和 of 人力资源和社会保障部, 住房和城乡 of 住房和城乡建设部, 环境及 of
    环境及生态局, 国际关系与 of 国际关系与合作部): a noun of jieba's dictionary that names no body or title, the
    joiner, and up to four characters (0 if none)."""
    for middle in range(5):
        before = window[:len(window) - middle]
        if not before.endswith(("和", "及", "与")) or not all("\u4e00" <= c <= "\u9fff" for c in window[len(before):]):
            continue
        words = [before[-size - 1:-1] for size in (4, 3, 2) if len(before) > size]
        tags = dictionary().tags(words)
        field = next((w for w in words if w in tags), None)
        opening = _opening_fields(before[:-1], describing=True) if field else 0
        if field and (tags[field] in _FIELD_TAGS or tags[field] == "an" or tags[field] == "nz" and opening > len(field)) \
                and field not in _ROLE_SET and not field.endswith(ORG_HEADS):
            # (not a body joined to another: 刘双江团队与英国牛津大学教授X, the team and the professor; but a field
            # jieba calls an adjectival noun, 安全 of 国家安全与国防委员会, or a proper noun after another field,
            # 广电 of 文化广电和旅游局)
            # (and the fields before it, opening the clause: 财经|事务 of 财经事务及库务局, 国家|安全 after a country)
            return middle + 1 + max(len(field), opening)
    return 0


_FIELD_TAGS = ("n", "vn", "l", "j")  # 人力资源, 教育, 交通运输: a field of work, not a body (外交部 nt)
_DESCRIBING = ("a", "an")  # 健康, 卫生: what a body is named for before its kind (卫生健康局), no office elsewhere (著名)
_BODY_KINDS = frozenset("厅局部院处署司")  # the first character of a title that names its body's kind (厅长)
_PLACES_BETWEEN = 2  # places of jieba's between a preposition of place and a span (在美国|加州|X)
_OPENING = ("", *_CLAUSE_STOPS)  # what stands before the words that open a clause (or the text)
_BODY_ENDINGS = (*ORG_HEADS, "院", "馆", "党", "部", "局", "厅", "署", "台", "团")  # the last word of a body's name
_NO_OFFICE = ("a", "ad", "an", "d", "r", "m", "q")  # what describes, not names, an office: 著名, 本报
