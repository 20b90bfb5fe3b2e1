"""The date grammar: every form news uses, resolved against a reference date."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import BUNDLED, DATA
from tui.article import parse
from tui.dates import UNKNOWN_YEAR, date_line, infer_reference, meta_line, resolve, scan, yearless_reference
from tui.extract import extract

REF = date(2024, 9, 26)  # a Thursday


def _isos(text: str) -> list[str]:
    """The values of the expressions in ``text`` that resolve against ``REF``."""
    return [resolved.iso for e in scan(text) if (resolved := resolve(e, REF))]


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("2023年11月17日", "2023-11-17", "day"),
        ("2024年5月", "2024-05", "month"),
        ("2015年", "2015", "year"),
        ("5月17日", "2024-05-17", "day"),
        ("八月", "2024-08", "month"),
        ("十二月", "2023-12", "month"),
        ("今年春天", "2024-03", "season"),
        ("今冬", "2024-12", "season"),  # a season in a character after this, last or next year's
        ("去冬", "2023-12", "season"),
        ("明春", "2025-03", "season"),
        ("去年11月", "2023-11", "month"),
        ("上个月", "2024-08", "month"),
        ("本周", "2024-09-23", "week"),
        ("下周", "2024-09-30", "week"),
        ("周三", "2024-09-25", "day"),
        ("周四晚上", "2024-09-26", "day"),
        ("上周五", "2024-09-20", "day"),
        ("星期一", "2024-09-23", "day"),
        ("9年前", "2015", "year"),
        ("十年前的今天", "2014-09-26", "day"),  # that very day
        ("去年今日", "2023-09-26", "day"),  # (and so a year named by its word)
        ("去年的今天", "2023-09-26", "day"),
        ("2024年三季度末", "2024-09", "month"),  # a quarter's end: its last month
        ("今年一季度末", "2024-03", "month"),
        ("三天前", "2024-09-23", "day"),
        ("年底", "2024-12", "month"),
        ("去年年底", "2023-12", "month"),
        ("昨天", "2024-09-25", "day"),
        ("2019-09-24", "2019-09-24", "day"),
        ("２０１２年５月１８日", "2012-05-18", "day"),
        ("2023年秋季", "2023-09", "season"),
        ("本月初", "2024-09", "month"),
        ("下月中旬", "2024-10", "month"),
        ("上月底", "2024-08", "month"),
        ("7月底", "2024-07", "month"),
        ("今年6月下旬", "2024-06", "month"),
        ("2023年10月末", "2023-10", "month"),
        ("月底", "2024-09", "month"),
        ("1688年", "1688", "year"),
        ("公元759年", "0759", "year"),  # a year of the common era, of any number of digits
        ("公元1000年", "1000", "year"),
        ("后年底", "2026-12", "month"),  # the year after next
        ("后年3月", "2026-03", "month"),
        ("明（2027）年1月1日", "2027-01-01", "day"),  # the year in brackets, as Taiwan's press writes it
        ("去（2023）年", "2023", "year"),
        ("明年度", "2025", "year"),  # (the year as a budget's, 年度)
        ("115年度", "2026", "year"),  # a year of the Republic of China before 年度 or a month, as Taiwan writes them
        ("114年1月1日", "2025-01-01", "day"),
        ("明（115）年度", "2026", "year"),  # and so in brackets
    ],
)
def test_forms_resolve(text: str, iso: str, precision: str) -> None:
    exprs = scan(f"据报道，{text}，有消息称")
    assert len(exprs) == 1, exprs
    assert exprs[0].text == text
    resolved = resolve(exprs[0], REF)
    assert resolved is not None
    assert (resolved.iso, resolved.precision) == (iso, precision)


@pytest.mark.parametrize("text", ["三个月", "几个月", "1700人", "每月", "10年来", "有1500年历史", "历经1200年",
                                  "距今1500年前", "1300年左右", "每年3月", "每年10月1日",
                                  "几十年前", "数十年前", "两三年前", "三四十年前",  # (not 十年前, 23 years)
                                  "前日本首相", "有期徒刑15年6月", "刑期十五年六月",
                                  "此后年均", "最后年龄", "今后年内", "赛后年仅", "他（2025）年",
                                  "有115年历史", "服刑110年", "公元前221年"])
def test_non_dates_are_not_dates(text: str) -> None:
    assert [e.text for e in scan(f"过去{text}里")] == []


def test_spans_point_at_the_text() -> None:
    text = "他在2023年11月17日被罢免，去年11月回归，周四晚上发文。"
    for expr in scan(text):
        assert text[expr.start:expr.end] == expr.text


def test_so_long_before_a_happening_is_no_date_but_so_long_ago_is() -> None:
    from tui.extract.dictionary import dictionary

    def told(text: str) -> list[str | None]:
        return [r.iso if (r := resolve(e, REF)) else None for e in scan(text, words=dictionary().table)]

    assert told("预算案须于会计年度开始一个月前完成审议。") == [None]  # (the text does not date the happening)
    assert told("直到三年前，他还在工厂上班。回想十年前，这里还是荒地。他两年前来过。") == ["2021", "2014", "2022"]


def test_a_season_in_one_character_after_its_year_where_no_word_begins_there() -> None:
    told = [(e.text, r.iso if (r := resolve(e, REF)) else None)
            for e in scan("1983年春，她进了纺织厂。同年冬以来，厂里停工。2016年春节她回家，2022年冬奥会她做志愿者。")]
    assert told == [("1983年春", "1983-03"), ("同年冬", "1983-12"), ("2016年春节", "2016-02-08"), ("2022年", "2022")]


def test_the_ends_of_two_words_are_no_year() -> None:
    from tui.extract.dictionary import dictionary

    def told(text: str) -> list[str]:
        return [e.text for e in scan(text, words=dictionary().table)]

    assert told("新合同的税后年薪超过两亿欧元，投产后年产值可达五亿元。目前年轻人更爱国货。") == []
    assert told("预计后年完工，前年已经开工，后年年初通车。") == ["后年", "前年", "后年年初"]
    # and the year before the year before last, and the year after the year after next
    assert [resolve(e, REF).iso for e in scan("大前年开工，大后年完工。")] == ["2021", "2027"]


def test_relative_needs_a_reference() -> None:
    assert resolve(scan("周三")[0], None) is None
    assert resolve(scan("2015年")[0], None) is not None


def test_reference_is_latest_full_date_moved_by_later_weekdays(bundled_text: str) -> None:
    # The latest dated entry is Wednesday 2024-09-25; the body also speaks of 周四 that week.
    assert infer_reference(bundled_text) == date(2024, 9, 26)


def test_reference_uses_a_dateline_without_year() -> None:
    text = "2012年5月18日发起活动。\n四川新闻网北京７月３０日讯 今天举行。"
    assert infer_reference(text) == date(2012, 7, 30)


def test_a_year_just_after_the_latest_day_may_be_planned_for() -> None:
    text = "2025年12月10日，中央经济工作会议召开。会议部署2026年经济工作。今天闭幕。"
    assert infer_reference(text) == date(2025, 12, 10)


def test_reference_none_without_full_dates() -> None:
    assert infer_reference("周三他说了话。") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("他于2025年3月8日逝世。告别仪式将于3月14日举行。", date(2025, 3, 8)),  # not a day to come
        ("行政会议任期至2027年6月30日。", None),  # how long it lasts: no day looked back on
        ("展览于2024年3月1日至2024年5月31日举办。", date(2024, 5, 31)),  # the end of a range is
        ("望远镜于2021年12月25日发射，2022年7月公布首批图像。本周论文发表。", None),  # written after July 2022
        # (a 昨 or 今 with its day in brackets tells the day of writing: a day or two after the latest day told, else
        # one the text does not tell; Hong Kong's 昨（17日） too)
        ("法院2024年9月17日開庭。被告昨（17日）被判囚兩年。", date(2024, 9, 18)),
        # (nor the year a time up to the writing begins, in the sentence of the month and day: written after it)
        ("12月16日，小米汽车宣布，自2024年4月首款车型上市以来，累计交付量已突破40万辆。", None),
        ("被告去年在旺角非法禁錮前女友，昨（17日）被判囚兩年。案情指，2024年9月3日晚上，被告到事主住所。", None),
    ],
)
def test_the_reference_is_a_day_the_text_looks_back_on(text: str, day: date | None) -> None:
    assert infer_reference(text) == day


def test_date_lines() -> None:
    assert date_line("2024年9月25日") is not None
    assert date_line("2019-09-24 09:10") is not None
    assert date_line("2024年9月25日，他辞职") is None
    assert date_line("周三") is None
    assert date_line("09:10 2019-09-24") is not None
    assert date_line("今年3月5日") is None


_PIECES = ["2024年", "9月", "5日", "３月", "2019-09-24", "09:10", "今年", "上周一", "1996-97赛季", "春季",
           "年底", "号", "3", "十二月", "二十五日", "电", " ", "约", "份", "2024/1/2", "初", "昨天"]


@given(st.lists(st.sampled_from(_PIECES), max_size=4).map("".join))
def test_a_date_line_is_a_line_whose_one_date_is_all_of_it(line: str) -> None:
    """``date_line`` tries only the kinds of date a line can be; it says what the whole scanner
    would: one full or month-day date, and beside it at most a time of day."""
    stripped = line.strip()
    found = scan(stripped)
    rest = (stripped[:found[0].start] + stripped[found[0].end:]).strip() if found else ""
    expected = len(found) == 1 and found[0].kind in ("absolute", "month_day") \
        and not (found[0].kind == "month_day" and found[0].day is None) \
        and len(stripped) <= 24 and (not rest or re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", rest) is not None)
    got = date_line(line)
    assert (got is not None) == expected
    if got is not None:
        assert (got.start, got.end, got.kind) == (found[0].start, found[0].end, found[0].kind)


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("4日", "2024-09-04", "day"),
        ("28日", "2024-09-28", "day"),  # in the week after the reference day: this month's
        ("明年3月份", "2025-03", "month"),
        ("2005年年底", "2005-12", "month"),
        ("1996-97赛季", "1996", "year"),
        ("2025赛季", "2025", "year"),
        ("今天", "2024-09-26", "day"),
        ("明天", "2024-09-27", "day"),
    ],
)
def test_more_forms_resolve(text: str, iso: str, precision: str) -> None:
    test_forms_resolve(text, iso, precision)


@pytest.mark.parametrize("text", ["3号线", "5号楼"])
def test_numbers_with_hao_are_not_days(text: str) -> None:
    assert [e.text for e in scan(f"乘坐{text}前往")] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("新华社北京6月9日电 记者报道，2018年5月拟定的计划今天公布。", date(2018, 6, 9)),
        ("腾讯科技讯 11月27日消息，公司2016年第三季度的营收", date(2016, 11, 27)),
        ("标题\n2016-12-26 10:20\n正文说，2030年1月1日起施行。", date(2016, 12, 26)),
        ("标题\n2025-04-15 08:30\u3000来源：证券时报\n公司将于4月20日开会。", date(2025, 4, 15)),
        ("标题\n发布时间：2025年04月15日 来源：人民网\n公司将于4月20日开会。", date(2025, 4, 15)),
        # A dateline without its year:
        # after a day it tells of as past: the next year's
        ("本报首尔1月13日电 2024年12月3日，总统宣布紧急戒严。检方13日表示将继续调查。\n", date(2025, 1, 13)),
        ("新华社首尔11月28日电 法院认为，被告于2024年12月3日宣布紧急戒严。\n", date(2025, 11, 28)),  # days after
        # a day to come, a rule in force from a day, a target year: no evidence of the year looked back on
        ("新华社北京1月13日电 条例自2026年12月1日起施行。2025年12月28日，常委会通过了修订。\n", date(2026, 1, 13)),
        ("新华社北京1月13日电 新馆将于2026年10月1日开放。2025年12月28日，新馆封顶。\n", date(2026, 1, 13)),
        ("新华社北京3月5日电 报告说，到2035年基本实现现代化。2024年10月，经济增长5%。\n", date(2025, 3, 5)),
        # only what is to come: its year, or the year before when all of it ends before that day
        ("新华社北京1月13日电 新修订的条例自2026年3月1日起施行。\n", date(2026, 1, 13)),
        ("本报北京11月27日电 故宫博物院27日宣布，养心殿将于2026年上半年重新开放。\n", date(2025, 11, 27)),
        ("本报北京11月27日电 新馆将于2026年3月开放，二期2026年12月完工。\n", date(2026, 11, 27)),
        # (a holiday with its year, its clause telling it is to come, as one without)
        ("中国铁路12月7日消息，2026年元旦假期铁路运输将于12月31日启动，至2026年1月4日结束。\n", date(2025, 12, 7)),
        # but not how long something lasts, which tells nothing of when it was written
        ("新华社北京12月5日电 排协5日宣布，由赵勇出任主教练，任期至2028年奥运会。\n", None),
        # a year its sentence gives with the dateline's day, before it or after it
        ("新华社杭州9月14日电 2026年全国龙舟锦标赛14日在杭州闭幕。1998年，首届比赛在此举行。\n", date(2026, 9, 14)),
        ("新华社奥斯陆10月9日电 委员会9日宣布，将2026年和平奖授予一名记者。\n", date(2026, 10, 9)),
        ("新华社济南4月6日电 2025赛季中超联赛第四轮6日晚进行。\n", date(2025, 4, 6)),
        # the page's own date above the dateline, a day after it: the dateline's year
        ("来源：法治日报 2025-11-26\n本报北京11月25日讯 最高人民法院今天发布一批典型案例。\n", date(2025, 11, 25)),
        # (the page's line of date and source above date lines, whatever follows it)
        ("2025-12-08 来源：科技日报\n\n任务的主要节点：\n\n2024年4月\n探测器完成初样研制。\n\n2026年8月\n计划发射。\n",
         date(2025, 12, 8)),
        ("2024-11-15 来源：科技日报\n\n本报北京11月14日电 记者从中国科学院获悉，论文昨天发表。\n", date(2024, 11, 14)),
        ("2025年1月1日\n新华社北京12月31日电 国家主席今晚发表新年贺词。\n", date(2024, 12, 31)),
        # and under an editor's stamp of the day after (中央社's)
        ("（中央社記者台北10日電）總統昨天表示，將出席大會。\n（編輯：陳學林）1141211\n", date(2025, 12, 10)),
        # not a dispatch of weeks before the page's date, which is no day it was filed for that page
        ("2024-11-15\n\n新华社北京11月1日电 会议今天召开。\n", date(2024, 11, 15)),
        # a month before the dateline is no day after it
        ("新华社北京11月20日电 双方曾于2024年6月举行会谈。\n", date(2024, 11, 20)),
        # but the dateline's own month told with a year is of another year than the writing's
        ("新华社曼谷8月29日电 他于2024年8月出任总理。\n", None),
        # the year of an event its sentence says is held today (not a year to come after today)
        ("本报成都12月1日电 2025年世界乒乓球团体锦标赛今天进行男团半决赛。\n", date(2025, 12, 1)),
        # or today said to be of it (not a year it looks back on)
        ("本报北京1月14日讯（记者 陆娅楠）今天是2025年春运首日，全国铁路预计发送旅客1300万人次。\n", date(2025, 1, 14)),
        ("本报北京1月14日讯 今天，2024年度的奖项揭晓。\n", None),
        # or held the day before, straight after the event's name (not a champion's year of old)
        ("新华社长沙8月9日电 2026年世界羽毛球锦标赛8日晚在长沙落幕。\n", date(2026, 8, 9)),
        ("新华社长沙8月9日电 2026年亚洲杯羽毛球赛第二轮8日进行。\n", date(2026, 8, 9)),
        ("新华社长沙8月9日电 2024年奥运会冠军王小明8日在长沙夺冠。\n", None),
        # or the day first, then the year, the event's name and what became of it (not a champion of another year)
        ("新华社贵阳8月18日电 17日晚，2025年“村BA”全国总决赛在台盘村落下帷幕。\n", date(2025, 8, 18)),
        ("新华社长沙8月9日电 8日，2024年奥运会冠军王小明在长沙夺冠。\n", None),
        # a byline in brackets between the dateline's source and its day (not a later day it tells of)
        ("证券时报网讯（记者 张敏）10月28日晚间，公司发布2026年三季度报告。公司11月3日召开业绩说明会。\n",
         date(2026, 10, 28)),
    ],
)
def test_reference_from_a_dateline(text: str, day: date) -> None:
    assert infer_reference(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # without a dateline, a year its sentence gives with a month-day, as a dateline's
        ("10月29日晚，公司发布2025年第三季度财报。三季度，公司营收增长。\n", date(2025, 10, 29)),
        ("3月28日，公司发布2024年第四季度财报。\n", date(2025, 3, 28)),  # after the quarter: the next year
        ("电池厂发布2025年三季报\n\n证券时报网讯 10月20日晚间，公司发布三季度报告。\n", date(2025, 10, 20)),
        # a season across two years: its first year from July, its second before
        ("北京时间11月2日凌晨，2026-27赛季西甲第11轮比赛进行。\n", date(2026, 11, 2)),
        ("北京时间3月2日凌晨，2026-27赛季西甲第26轮比赛进行。\n", date(2027, 3, 2)),
        # the month and day first, then the year and the name of the event and what happened in it
        ("北京时间1月22日，2026年澳大利亚网球公开赛女单四分之一决赛中，郑钦文战胜高芙。\n", date(2026, 1, 22)),
        ("北京时间12月7日，2025年国际乒联混合团体世界杯在成都落幕。\n", date(2025, 12, 7)),  # (a cup's)
        ("北京时间1月13日，2025年澳大利亚网球公开赛女单首轮，郑钦文以1比2不敌对手。\n", date(2025, 1, 13)),
        ("1月22日，2024年奥运会冠军王小明在长沙夺冠。\n", None),
        ("北京时间10月14日凌晨，2026年世界杯欧洲区预选赛F组一场比赛中，葡萄牙队5比0大胜匈牙利队。\n", None),
        ("北京时间12月6日凌晨，2026年美加墨世界杯决赛阶段抽签仪式在美国华盛顿举行。\n", None),  # (nor its draw)
        # a year told in another sentence may be of another time
        ("自2021年1月上台以来，他多次批评平台。4月14日，他提出收购要约。\n", None),
    ],
)
def test_the_year_of_month_days_from_their_sentences(text: str, day: date | None) -> None:
    assert infer_reference(text) == day


def test_a_dated_sentence_at_the_top_is_no_dateline() -> None:
    assert infer_reference("标题\n2025年04月15日 我们去了北京。\n4月20日回来。") == date(2025, 4, 20)


def test_a_dateline_without_any_year_gives_no_reference() -> None:
    assert infer_reference("本报讯 11月27日消息，今天公司发布新品。") is None


@pytest.mark.parametrize(
    "text",
    [
        # a life's years, a project's start, last year's figures: history, not the year of writing
        "本报南京1月27日电 翻译家因病于1月27日逝世。她1919年生于天津，1946年毕业于中央大学。",
        "本报北京10月20日讯 这一项目从2012年提出构想，预计将于2030年前后开工。",
        "新华社北京3月5日电 2024年，经济增长5%。今天，代表们审议了报告。",
        # a month told, then a later year alone: written in that year or after it
        "本报北京12月1日电 1971年10月4日，团队获得了提取物。2015年，她获得诺贝尔奖。",
        "2017年9月15日，他因病逝世。2019年，一颗小行星以他命名。\n今天，人们怀念他。",
        # a year alone just after the latest day, opening a clause: told as past, written later
        "2018年7月27日，他在执勤时突发疾病去世。2019年，政委到岛上看望他的妻子。如今，岛上游客不断。",
        # the year of an event whose qualifiers the dateline's day is of: they are played before it
        "新华社里斯本11月16日电 2026年世界杯欧洲区预选赛16日进行了最后一轮比赛。",
        # nor next year's admissions, examinations or budget, planned the year before
        "本报北京12月4日讯 教育部4日召开2026年全国普通高校招生工作视频会议。",
        "新华社北京1月12日电 记者从今天召开的工作会议获悉，从现在到2030年的发展目标已经确定。",
    ],
)
def test_a_year_alone_gives_no_dateline_its_year(text: str) -> None:
    assert infer_reference(text) is None


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("总理将于11日宣布改革方案。", ["2024-10-11"]),  # to come: the 11th after the 26th
        ("比赛定于28日举行。", ["2024-09-28"]),
        ("母港将于11月17日开港。11月17日开港后，邮轮每周出发。", ["2024-11-17", "2024-11-17"]),
        # a later day of a month to come is to come; an earlier one need not be
        ("11月5日，四分之一决赛进行。半决赛将于11月6日进行，决赛11月8日举行，11月的门票已售罄。",
         ["2023-11-05", "2024-11-06", "2024-11-08", "2024-11"]),
        ("11月17日，他离开了公司。", ["2023-11-17"]),  # told as past: last year's
        ("11日，民警将他抓获。", ["2024-09-11"]),  # 将 alone marks the object, not the future
        # and a day up to a week back is this month's whatever 将 marks: the press writes one weeks ahead with its month
        ("指挥部24日晚将防台风应急响应提升至一级。", ["2024-09-24"]),
        # a holiday its clause tells of as to come, later in it
        ("元旦假期出游人数将继续增长。", ["2025-01-01"]),
        ("元旦当天民警将他抓获。", ["2024-01-01", "2024-01-01"]),  # (将 marking the object)
        # a bare weekday things start from: this week's, told on its Thursday (26 September 2024)
        ("本市周三起实施限行，周六起恢复。", ["2024-09-25", "2024-09-28"]),
        # a weekday whose clause says what it will bring (a forecast): the next one
        ("明天白天转晴，周六最低气温将降至零下10摄氏度。", ["2024-09-27", "2024-09-28"]),
        ("冷空气南下，周一清晨最低气温可能降到5摄氏度。", ["2024-09-30"]),  # (may: a forecast's too)
        # and a match or a visit it says is to come (周日晚, told on the Thursday before)
        ("周日晚，北京队将坐镇主场迎战上海队。", ["2024-09-29"]),
        # what is asked for is to come
        ("局长要求各校在元旦前落实取暖设施检修。", ["2025-01-01"]),
        ("确保春节期间供应充足。", ["2025-01-29"]),
    ],
)
def test_a_date_told_as_to_come_resolves_forward(text: str, isos: list[str]) -> None:
    assert _isos(text) == isos


def test_numbered_entrances_in_a_list_are_not_days() -> None:
    assert scan("1号、2号、3号入口处可通往大厅。") == []
    assert [e.text for e in scan("3号、4号晚上举行比赛。")] == ["3号", "4号"]


def test_numbered_things_in_a_range_are_not_days() -> None:
    assert scan("这批文物出自3号至8号祭祀坑。") == []
    assert [e.text for e in scan("展览3号至5号在市博物馆举行。")] == ["3号", "5号"]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("昨晚，他离开了公司。", ["2024-09-25"]),
        ("今晨6时，地震发生。", ["2024-09-26"]),
        ("前晚发生事故，明晚举行悼念。", ["2024-09-24", "2024-09-27"]),
        ("大前天", ["2024-09-23"]),
        # the day after tomorrow, where a clause or a preposition puts it (not 随后|天津, 之后|天气, 先天和后天)
        ("后天起，南方将降温。比赛将于大后天举行。", ["2024-09-28", "2024-09-29"]),
        ("赛后天津队表示满意。比赛之后天气转晴。先天和后天的因素都很重要。", []),
        ("展会9月26日至28日举行。", ["2024-09-26", "2024-09-28"]),  # not August's 28th
        # and a later day the sentence runs until (not 截至, what a figure stands at)
        ("高考将于6月7日至8日举行，部分省份延长至10日。", ["2025-06-07", "2025-06-08", "2025-06-10"]),
        # the end of a range is the first such day from its start on (not November of the year before)
        ("联赛9月24日至11月2日暂停。", ["2024-09-24", "2024-11-02"]),
        ("去年12月28日至1月3日", ["2023-12-28", "2024-01-03"]),
        ("去年9月1日至3日", ["2023-09-01", "2023-09-03"]),
        ("今年9月3日和5日", ["2024-09-03", "2024-09-05"]),
        ("1—8月份，利润增长。2022年1至10月，出口增长。", ["2024-01", "2024-08", "2022", "2022-01", "2022-10"]),
        ("５、６、７月份，销量回升。", ["2024-05", "2024-06", "2024-07"]),
        ("二〇二四年九月二十六日", ["2024-09-26"]),
    ],
)
def test_evenings_mornings_ranges_and_years_in_chinese_numerals(text: str, isos: list[str]) -> None:
    assert _isos(text) == isos


def test_months_told_in_december_in_a_range_or_counted_from_are_this_years() -> None:
    # the month that begins it is of the year its end is of: not next January, as a January alone may be
    assert [resolve(e, date(2024, 12, 4)).iso for e in scan("1至11月，全国出现12次寒潮。")] == ["2024-01", "2024-11"]
    assert [resolve(e, date(2024, 12, 4)).iso for e in scan("10、11、12月份")] == ["2024-10", "2024-11", "2024-12"]
    # and a January the story counts from is this year's, told in December (a January alone may be next)
    assert [resolve(e, date(2024, 12, 4)).iso for e in scan("1月以来，销量增长。1月至今")] == ["2024-01", "2024-01"]
    assert [resolve(e, date(2024, 12, 30)).iso for e in scan("1月，他将访华。")] == ["2025-01"]


def test_a_bare_day_long_after_the_reference_day_is_last_months() -> None:
    [told] = scan("28日，双方签署了协议。")
    assert resolve(told, date(2024, 10, 3)).iso == "2024-09-28"
    assert resolve(told, date(2024, 10, 22)).iso == "2024-10-28"  # (a week ahead: to come)



def test_a_holiday_said_to_draw_near_is_the_next_one_wherever_told_again() -> None:
    told = scan("春节临近，不少旅行社表示，春节期间的出境游产品已售罄。国庆前夕，景区客流增加。")
    assert [resolve(e, date(2026, 1, 3)).iso for e in told] == ["2026-02-17", "2026-02-17", "2026-10-01"]


def test_january_told_in_december_is_the_next_one() -> None:
    told = scan("元旦假期铁路运输从12月31日开始，1月3日结束。")
    assert [resolve(e, date(2025, 12, 30)).iso for e in told] == ["2026-01-01", "2025-12-31", "2026-01-03"]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("6月1日上午，他到达。当天下午，会议召开。次日，他离开。", ["2024-06-01", "2024-06-01", "2024-06-02"]),
        ("当天，公司宣布裁员。", ["2024-09-26"]),  # no date told before it: the article's own day
        ("2023年11月17日，董事会罢免了他。当晚，员工联名。", ["2023-11-17", "2023-11-17"]),
        ("6月3日晚，公司发布公告。截至当日收盘，股价下跌0.8%。", ["2024-06-03", "2024-06-03"]),  # (as of that day)
        # the same day (not 同日而语, nor 同日方, 'with Japan's side')
        ("6月3日，泽连斯基发表讲话。同日，普京签署命令。", ["2024-06-03", "2024-06-03"]),
        # the evening of the day after, told last
        ("1月14日，春运启动。次日，客流达到高峰。当晚，车站发送旅客20万人次。", ["2024-01-14", "2024-01-15", "2024-01-15"]),
        ("两者不可同日而语。中方愿同日方共同努力。", []),
        # what was done that day is of the day told done, not of one told to come; what will be, of that one
        ("9月20日，华为举行发布会。新机将于10月1日开售。当天，徐直军出席了发布会。", ["2024-09-20", "2024-10-01", "2024-09-20"]),
        ("9月20日，华为举行发布会。活动将于10月1日举行。当天，市民可免费参观。", ["2024-09-20", "2024-10-01", "2024-10-01"]),
        # (and what one said that day; a date from which something will be in force is one to come)
        ("特朗普9月20日宣布，自10月1日起，美国将对卡车征收关税。当天，墨西哥总统辛鲍姆表示，将与美方谈判。",
         ["2024-09-20", "2024-10-01", "2024-09-20"]),
    ],
)
def test_the_day_told_and_the_day_after_it(text: str, isos: list[str]) -> None:
    assert _isos(text) == isos


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        # so many days or weeks after the day told last, as 次日 is the one after it
        ("9月2日，警方抓获张某。三天后，张某被刑事拘留。两周后，检察机关决定批准逮捕。",
         ["2024-09-02", "2024-09-05", "2024-09-19"]),
        ("三天后，新的列车运行图将正式实施。", ["2024-09-29"]),  # no day told before it: from the article's own
        # (a day of another paragraph is no day it counts from; bound to a happening, no day told; a rough count and a
        # diva, no time at all)
        ("1月14日，春运启动。\n三天后，新的运行图将实施。他入狱三天后才告诉她。几天后，歌坛天后也发了微博。",
         ["2024-01-14", "2024-09-29"]),
    ],
)
def test_so_many_days_after_the_day_told(text: str, isos: list[str]) -> None:
    assert _isos(text) == isos


def test_that_day_and_that_year_are_the_ones_told_last() -> None:
    assert _isos("2019年3月5日，他第一次来到北京。那天下着大雨。") == ["2019-03-05", "2019-03-05"]
    assert _isos("9月2日，新规发布。这一天，股市大涨。6月10日那天，世界杯开幕。") == ["2024-09-02"] * 2 + ["2024-06-10"] * 2
    assert _isos("1998年，洪水来袭。那一年，他12岁。就在那一年，他来到北京。") == ["1998"] * 3
    # not a happening's (23岁那年, 到任的那天), nor a day the story never gave, nor 那|天津, 那|年轻人
    assert _isos("23岁那年，她结婚了。他到任的那天，部里开会。那天，我第一次见到他。那天津队赢了。那年轻人走了。") == []


def test_so_many_years_or_months_after_the_one_told_opening_a_clause() -> None:
    assert _isos("2015年，他创办公司。两年后，公司上市。") == ["2015", "2017"]
    assert _isos("9月2日，新规发布。三个月后，新规正式实施。") == ["2024-09-02", "2024-12"]
    assert _isos("他毕业两年后创办公司。两年后，公司上市。") == []  # (bound to a happening; no year told)
    text = "2024年6月3日，记者来到村里。十年前，他回乡创业。三年后，企业产值突破亿元。"  # (after so long ago)
    assert _isos(text) == ["2024-06-03", "2014", "2017"]
    # and that very day so many years on, which is when it was written (of a year told alone, no day)
    text = "2021年6月17日，翻译家许渊冲在北京逝世。四年后的今天，他的学生仍记得他朗诵的样子。"
    assert _isos(text) == ["2021-06-17", "2025-06-17"] and infer_reference(text) == date(2025, 6, 17)
    assert _isos("2021年，他离开了家乡。四年后的今天，他回来了。") == ["2021"]


def test_that_day_of_a_year_is_no_day() -> None:
    told = [e for e in scan("去年，公司成立。当天有雨。") if e.text == "当天"]
    assert len(told) == 1 and resolve(told[0], REF) is None


def test_a_day_of_last_or_next_month() -> None:
    assert [resolve(e, REF).iso for e in scan("被告于上月28日进入店铺，翌日被捕。下月5日开庭。")] == [
        "2024-08-28", "2024-08-29", "2024-10-05"]


def test_a_date_line_with_its_weekday_is_the_dateline() -> None:
    text = "男子涉嫌盗窃名表\n2025年4月15日 星期二\n被告今日提堂，案件押后至5月20日再讯。\n"
    assert infer_reference(text) == date(2025, 4, 15)


@pytest.mark.parametrize("text", ["已被依法处以行政拘留5日。", "展会为期3日。", "雨连续7日未停。"])
def test_a_number_of_days_is_no_day(text: str) -> None:
    assert scan(text) == []


def test_a_month_before_tian_in_chinese_numerals_is_a_name() -> None:
    assert [e.text for e in scan("五月天今年底举行演唱会，门票五月份开卖。")] == ["今年底", "五月份"]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("上周末，他们去了郊外。", ["2024-09-21"]),  # the Saturday of last week
        ("每周三开放参观。", []),  # every Wednesday is no day
        ("退休教师老周一边挑菜一边问价。小周一早就出门了。", []),  # one called 老周 or 小周 is no week
        # nor a name begun with the surname 周 (周天成), but Sunday before what follows a day
        ("同为羽球国手的周天成则留言。比赛将于周天下午举行。", ["2024-09-29"]),
        ("半年前，公司裁员。", ["2024-03"]),
        ("2023—2024年，营收翻倍。", ["2023", "2024"]),
    ],
)
def test_weekends_half_years_and_ranges_of_years(text: str, isos: list[str]) -> None:
    assert _isos(text) == isos


@pytest.mark.parametrize(("text", "iso"), [("台风于6日16时20分前后登陆。", "2024-09-06"),
                                           ("9月6日18点，会议开始。", "2024-09-06")])
def test_a_day_followed_by_its_hour_is_a_day(text: str, iso: str) -> None:
    assert [resolve(e, date(2024, 9, 6)).iso for e in scan(text)] == [iso]


def test_the_day_of_a_happening_stays_unresolved() -> None:
    exprs = scan("9月28日午饭后出了事。11月18日，记者前往学校。事发当天，她接到班主任电话。")
    told = [e for e in exprs if e.text == "当天"]
    assert len(told) == 1 and resolve(told[0], REF) is None  # not 11月18日: the day of 事发


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the happening told on a day before: its day
        ("9月18日上午，地铁3号线正式开通运营。市民称赞。开通当天，客流很大。", "2024-09-18"),
        ("当地时间9月17日，两国总统举行会晤。会晤前一天，双方通了电话。", "2024-09-16"),
        # told as to come on that day: not its day
        ("5月1日，公司宣布将于明年开通新线路。开通当天，票价减半。", None),
    ],
)
def test_the_day_of_a_happening_told_before_is_that_day(text: str, iso: str | None) -> None:
    told = [e for e in scan(text) if e.text in ("当天", "前一天")]
    resolved = resolve(told[0], REF)
    assert (resolved.iso if resolved else None) == iso


@pytest.mark.parametrize("text", ["6月1日，法院宣判。他当天表示将上诉。", "6月1日，法院宣判。警方当天发布通报。"])
def test_the_day_after_who_did_something_is_the_day_told(text: str) -> None:
    told = [e for e in scan(text) if e.text == "当天"]
    assert len(told) == 1 and resolve(told[0], REF).iso == "2024-06-01"


def test_the_day_told_passes_over_a_year_told_since() -> None:
    exprs = scan("公司18日举行大会。需求比去年预期的高。当天股价下跌。")
    told = next(e for e in exprs if e.text == "当天")
    assert resolve(told, REF).iso == "2024-09-18"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("2024年第四季度亏损。", [("2024-10", "quarter", "2024 Q4")]),
        ("明年一季度有望回升，今年上半年出口增长。", [("2025-01", "quarter", "2025 Q1"), ("2024-01", "half", "2024 上半年")]),
        ("公司三季度营收增长。", [("2024-07", "quarter", "2024 Q3")]),
        ("苹果2025年Q2营收创新高。", [("2025-04", "quarter", "2025 Q2")]),
        ("公司发布2025年三季报。", [("2025-07", "quarter", "2025 Q3")]),  # a quarter's report, as the markets call it
        ("下半年预计将回暖。", [("2024-07", "half", "2024 下半年")]),
        ("前三季度增长5%，已连续三季度回升。", []),  # a count of quarters is no quarter
        ("前11月销量突破400万辆。", []),  # nor one of months from the year's start
    ],
)
def test_quarters_and_halves_of_a_year(text: str, values: list[tuple[str, str, str]]) -> None:
    assert [(r.iso, r.precision, r.label()) for e in scan(text) if (r := resolve(e, REF))] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("上世纪80年代，他在北京读书。", [("上世纪80年代", "1980", "1980年代")]),
        ("20世纪90年代末，公司成立。", [("20世纪90年代末", "1990", "1990年代")]),
        ("1990年代，互联网兴起。八十年代初，他回国。", [("1990年代", "1990", "1990年代"), ("八十年代初", "1980", "1980年代")]),
        # (the last so numbered that ended by the writing, 2024)
        ("20年代末，农业萎缩。10年代以来，行业巨变。", [("20年代末", "1920", "1920年代"), ("10年代", "2010", "2010年代")]),
        ("六七十年代，生活艰苦。战争年代，他参了军。", []),  # two decades together, and an era
        # (and a century's first or last decade)
        ("上世纪末，他下海经商。本世纪初，公司上市。20世纪初叶，城市兴起。", [("上世纪末", "1990", "1990年代"),
                                                                     ("本世纪初", "2000", "2000年代"),
                                                                     ("20世纪初叶", "1900", "1900年代")]),
    ],
)
def test_decades_resolve_to_their_first_year(text: str, values: list[tuple[str, str, str]]) -> None:
    assert [(e.text, r.iso, r.label()) for e in scan(text) if (r := resolve(e, REF))] == values


def test_the_year_after_a_decade_is_unknown() -> None:
    exprs = scan("90年代末，公司成立。次年，公司上市。")
    assert [(e.text, resolved.iso if (resolved := resolve(e, REF)) else None) for e in exprs] \
        == [("90年代末", "1990"), ("次年", None)]
    # and a decade counted from the writing's century is none without it
    assert resolve(scan("上世纪80年代，他在北京读书。")[0], None) is None


def test_a_quarter_of_a_fiscal_year_is_no_quarter_of_the_calendar() -> None:
    # Alibaba's fiscal 2026 began in April 2025: its second quarter is no 2026-04, nor does the
    # dateline's day in the same sentence make the story one of 2026.
    text = "本报杭州11月25日电 阿里巴巴集团25日公布截至9月30日的2026财年第二季度业绩。"
    assert [(e.text, resolved.iso if (resolved := resolve(e, REF)) else None) for e in scan(text)
            if "财年" in e.text] == [("2026财年第二季度", "2026")]
    assert infer_reference(text) is None
    assert infer_reference("本报杭州11月25日电 公司25日公布2025年第三季度业绩。") == date(2025, 11, 25)


def test_a_quarter_later_in_the_year_than_the_article_was_last_years() -> None:
    assert [resolve(e, date(2025, 2, 10)).label() for e in scan("四季度的订单减少。")] == ["2024 Q4"]


@pytest.mark.parametrize(("text", "label"), [("市长表示，下半年要重点推进重大项目。", "2025 下半年"),
                                             ("下半年还要开工三个项目。", "2025 下半年"),
                                             ("下半年要求各地落实的政策见效。", "2024 下半年")])
def test_a_half_year_of_what_is_to_be_done_is_to_come(text: str, label: str) -> None:
    assert [resolve(e, date(2025, 3, 14)).label() for e in scan(text)] == [label]


@pytest.mark.parametrize(("text", "iso"), [("会议将于周五举行。", "2024-09-27"), ("品牌将在周末举办展销会。", "2024-09-28"),
                                           ("周五，会议举行。", "2024-09-20"), ("周二，球队将迎来客场比赛。", "2024-10-01")])
def test_a_weekday_told_as_to_come_is_the_next_one(text: str, iso: str) -> None:
    assert [resolve(e, REF).iso for e in scan(text)] == [iso]


def test_a_full_date_in_brackets_opening_the_text_is_the_dateline() -> None:
    text = "（2024年7月28日）巴黎奥运会射击项目决赛27日举行。\n据悉，8月4日，郑钦文在女子单打决赛中获胜。\n"
    assert infer_reference(text) == date(2024, 7, 28)
    assert infer_reference("会议纪要（2024年7月28日）\n会议于8月4日召开。\n") == date(2024, 8, 4)  # (closing a line)


def test_a_date_line_with_the_source_named_after_a_space_is_the_dateline() -> None:
    text = "特首率团访问中东\n2025年10月28日 星島日報\n行政長官昨日抵達利雅得，將於11月1日返港。\n"
    assert infer_reference(text) == date(2025, 10, 28)
    # (also with its reporter's credit after the source: a line of facts, which tells no event)
    text = "藍白聯手刪減預算\n2025-12-05 自由時報 記者 陳政宇／台北報導\n立法院今天三讀通過總預算案。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["立法院今天三讀通過總預算案"]
    # (and the paper's own reporters credited after the date, no source between)
    text = "老教师的一生\n2025年12月3日 本报记者 李明 通讯员 王芳\n退休教师周桂兰昨天走了。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["退休教师周桂兰昨天走了"]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("今年国庆期间，游客大增。", ["2024-10-01"]),
        ("2023年圣诞节，他回到家乡。", ["2023-12-25"]),
        ("元旦当天，新规实施。", ["2024-01-01", "2024-01-01"]),
        ("五一假期，全国出游2亿人次。", ["2024-05-01"]),
        ("2025年国庆中秋假期8天，出游8.88亿人次。", ["2025-10-01", "2025-10-06"]),  # two holidays of one year
        ("公司将于国庆节后上市。", ["2024-10-01"]),
        ("五一路上车很多，王国庆表示，第十一届比赛开幕。", []),  # a road, a name, a number
        ("2024年春节，他回到家乡。除夕夜，全家团圆。", ["2024-02-10", "2024-02-09"]),
        ("今年中秋假期，景区客流大增。", ["2024-09-17"]),
        ("端午节当天，龙舟赛举行。", ["2024-06-10", "2024-06-10"]),
        ("部门25日发布数据。除夕当天，景区客流增长。", ["2024-09-25", "2024-02-09", "2024-02-09"]),
        ("新品将于春节前上市。中秋月饼热销。", ["2025-01-29"]),  # to come: next year's; 月饼 is no holiday
        # and named in quotes, after its year too
        ("今年“双11”购物节将提前开启。“十一”黄金周期间，景区限流。", ["2024-11-11", "2024-10-01"]),
    ],
)
def test_holidays_on_fixed_days_and_of_the_chinese_calendar(text: str, isos: list[str]) -> None:
    assert _isos(text) == isos


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("上週三，會議召開。", ["2024-09-18"]),
        ("兩年前，公司成立。上個月，他離開。", ["2022", "2024-08"]),
        ("6月1日，法院宣判。他當天表示將上訴。", ["2024-06-01", "2024-06-01"]),
        ("中華民國113年國慶大會", ["2024"]),  # a year of the Republic of China
    ],
)
def test_expressions_in_traditional_characters(text: str, isos: list[str]) -> None:
    assert _isos(text) == isos


def test_a_page_line_with_labels_in_traditional_characters() -> None:
    assert meta_line("2025年4月15日 08:30 來源：聯合新聞網 編輯：王小明")


def test_a_page_line_labelled_with_when_it_went_up() -> None:
    assert meta_line("发布于：2025年11月29日 18:06")
    assert meta_line("发表于 2025-11-29 18:06:12")
    assert not meta_line("小米于2025年11月29日发布新机")


def test_a_dateline_with_the_day_alone_takes_the_month_of_the_text() -> None:
    assert infer_reference("【中央社記者台北10日電】總統2025年10月9日表示，將出席大會。\n") == date(2025, 10, 10)
    assert infer_reference("（中央社記者台北10日電）總統昨天表示，將出席大會。\n") is None  # no month anywhere
    # the editor's stamp that ends the story gives the day (the year counted from 1911)
    assert infer_reference("（中央社記者台北10日電）總統昨天表示，將出席大會。\n（編輯：陳學林）1141210\n") \
        == date(2025, 12, 10)


@pytest.mark.parametrize(("text", "isos"), [("公司28日将发布财报。", ["2024-09-28"]), ("会议周五将举行。", ["2024-09-27"]),
                                            ("他3日表示将辞职。", ["2024-09-03"]),  # 表示 between: said on the 3rd
                                            ("元宵节前后将降温。", ["2025-02-12"]),  # (and with 前后 between)
                                            ("结果周五前后将公布。", ["2024-09-27"])])
def test_jiang_right_after_a_date_tells_of_something_to_come(text: str, isos: list[str]) -> None:
    assert _isos(text) == isos


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("去年4月，法院罢免了他。同年6月，他在选举中获胜。", ["2023-04", "2023-06"]),
        ("1949年10月1日，新中国成立。次年，他回到北京。", ["1949-10-01", "1950"]),
        ("2019年3月，公司成立。同月25日上市。翌年春天，公司扩张。", ["2019-03", "2019-03-25", "2020-03"]),
        ("同年龄段的孩子和同年级的学生。", []),
        # the same year as the one told last, not as a month counted from the report's between
        ("2024年物理学奖得主将于下月访问清华。他的合作者同年获奖。", ["2024", "2024-10", "2024"]),
        ("2019年，公司成立。下月，公司将迁址。同年，公司上市。", ["2019", "2024-10", "2019"]),
        ("2022年3月，刘某报警。当月，陈某被抓获。", ["2022-03", "2022-03"]),
        ("当月的销量创了新高。", ["2024-09"]),  # no month told before: this month
        ("2024年3月5日，他出国。次月15日回国，翌月再次出访。", ["2024-03-05", "2024-04-15", "2024-05"]),  # the next
        ("每次月考都很难。本次月赛结束。", []),  # (a count of times, not the next month)
        # compared with the month before the one a figure is of, not before the report's
        ("8月份，制造业采购经理指数为49.2%，比上月上升0.2个百分点。", ["2024-08", "2024-07"]),
        ("8月份，食品价格由上月上涨转为下降。", ["2024-08", "2024-07"]),
        # a lunar feast told between is no month of its own (七夕 falls in August or July)
        ("8月份，受七夕带动，鲜花价格由上月下降转为上涨。", ["2024-08", "2024-08-10", "2024-07"]),
        ("上月，出口较上月增长3%。", ["2024-08", "2024-08"]),  # (no month told: the report's month before)
        ("2022年，全市生产总值比上年增长5.0%，税收比上年增长3%。", ["2022", "2021", "2021"]),
        ("2022年协议金额比2020年下降22%，实际投资比上年下降3%。", ["2022", "2020", "2021"]),
        ("工业增加值比上年同期增长6.2%。我们配上年画。", ["2023"]),
    ],
)
def test_the_year_or_month_told_last(text: str, isos: list[str]) -> None:
    assert _isos(text) == isos


# One or more phrases of every kind of expression the scanner knows.
_EVERY_KIND = ("2024-09-26 2024年9月26日 二〇二四年九月 民國113年 1996-97赛季 2023—2024年 去年4月 今年底 同年6月 次年 "
               "同月15日 春季 今冬 立冬以来 母亲节 年初 年内 今明两天 三季度 Q3 上半年 国庆节 五一假期 春节 除夕 3天前 半年前 三天后 两年后 那天 那一年 上月28日 本月 上周三 周末 "
               "星期二 礼拜天 下周 大前天 昨天 后天起 今晚 明天 当天 次日 翌日 隔天 11月27日 十月 4日 6日16时 月底 "
               "此前一天 今（29）日 上（11）月 农历八月十五 腊月二十三 十月初一 上世纪80年代 本世纪初")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("腊月二十三，北方过小年。", "2024-02-02"),  # the twelfth month of the Chinese year begun in 2023
        ("农历八月十五，家人团聚。", "2024-09-17"),
        ("十月初一是寒衣节。", "2023-11-13"),  # the latest such day before the reference
        ("正月十五闹元宵。", "2024-02-24"),
    ],
)
def test_a_day_of_the_chinese_calendar(text: str, iso: str) -> None:
    assert _isos(text) == [iso]
    assert scan("八月十五日，他来了。")[0].kind == "month_day"  # counted as the Gregorian calendar counts


def test_seasons_in_one_character_after_the_year_s() -> None:
    assert _isos("去冬今春，北方旱情严重；今冬首场降雪明天到来，明春开工。") == ["2023-12", "2024-03", "2024-12", "2024-09-27", "2025-03"]
    assert _isos("今年秋季开学。") == ["2024-09"]  # (the year's word written whole stays one expression)
    assert _isos("冬季是脑卒中的高发季节。冬季，老人要注意保暖。") == ["2024-12"]  # (not a season told of in general)
    assert _isos("冬去春来，他们带孩子去春游。") == []  # (去 'to go')
    text = "2025-12-04\n\n村民李今秋说，今冬来得早。"
    assert [(d.text, d.value) for d in extract(parse(text)).dates][1:] == [("今冬", "2025-12")]  # (not 李今秋's 今秋)


def test_a_weekday_that_ends_a_range_is_of_the_first_day_s_week() -> None:
    # (REF is a Thursday: Friday alone is the last one, but Wednesday to Friday is this week's)
    assert _isos("周三至周五，全市开展检查。") == ["2024-09-25", "2024-09-27"]
    assert _isos("上周五到周日，展会举行。") == ["2024-09-20", "2024-09-22"]
    assert _isos("周三和周五，他都来了。") == ["2024-09-25", "2024-09-20"]  # (a list, not a range: each the latest)


def test_two_days_from_today_and_within_this_year_or_month() -> None:
    assert _isos("今明两天有雨，明后天转晴。") == ["2024-09-26", "2024-09-27"]
    assert _isos("美联储年内可能再降息，新品月内上市。") == ["2024", "2024-09"]
    assert _isos("一年内、三个月内、今后若干年内、该年内、岁月内、年内外") == []  # (how long, a year told, words)


def test_this_winter_told_in_its_second_month_began_last_year() -> None:
    for text in ("今冬以来，气温偏低。", "今年冬天气温偏低。"):
        assert [resolve(e, date(2026, 1, 10)).iso for e in scan(text)] == ["2025-12"]
    assert [resolve(e, date(2026, 1, 10)).iso for e in scan("去冬以来，气温偏低。")] == ["2025-12"]
    assert [resolve(e, date(2026, 3, 10)).iso for e in scan("今冬将更冷。")] == ["2026-12"]


def test_solar_terms_by_the_year_s_own_day() -> None:
    assert _isos("今年立冬以来，气温偏高；冬至将至。") == ["2024", "2024-11-07", "2024-12-21"]
    assert _isos("冬至这天，他吃了饺子。") == ["2023-12-22"]  # (told as past: the latest one)
    assert _isos("2023年清明节假期，扫墓者众多。") == ["2023", "2023-04-05"]  # (the 5th that year, the 4th in 2024)
    assert _isos("清明前后，种瓜点豆。") == ["2024-04-04"]
    assert _isos("王立冬说，政治清明，《清明上河图》真美。") == []  # (a given name, a word, a painting)


def test_holidays_on_a_weekday_of_their_month() -> None:
    # (the second Sunday of May, the third of June, the fourth Thursday of November)
    assert _isos("母亲节当天，花店很忙；父亲节也一样。") == ["2024-05-12", "2024-05-12", "2024-06-16"]
    assert _isos("2025年感恩节，他回了家。") == ["2025", "2025-11-27"]


def test_the_first_days_of_the_chinese_new_year() -> None:
    assert _isos("大年初一，家家拜年。") == ["2024-02-10"]  # (not 年初, the year's first month)
    assert _isos("大年初三，走亲访友。") == ["2024-02-12"]


def test_every_kind_of_expression_begins_where_the_scanner_looks() -> None:
    from tui.dates.grammar import _ALTERNATIVES, FIRST_CHARS

    first = re.compile(f"[{FIRST_CHARS}]")
    texts = [_EVERY_KIND, BUNDLED.read_text(encoding="utf-8"), *(p.read_text(encoding="utf-8", errors="replace")
                                                                  for p in DATA.glob("*.txt"))]
    for alternative in _ALTERNATIVES:
        matches = [m.group() for text in texts for m in re.finditer(alternative, text) if m.group()]
        assert matches, alternative[:30]  # every kind has a phrase above
        assert all(first.match(m) for m in matches), alternative[:30]


def test_a_day_told_as_to_come_up_to_a_month_back_is_this_years() -> None:
    # Written on the 26th of September about a plan made before: not next year's.
    assert _isos("本市将于9月15日正式供暖，预计11月5日完成，将于8月1日起实施的新规") == ["2024-09-15", "2024-11-05", "2025-08-01"]


def test_the_part_of_a_month_needs_no_other_word_before_it() -> None:
    assert [e.text for e in scan("岁月底蕴深厚，正月底回家，截至月底，于月初")] == ["月底", "月初"]


def test_the_day_before_or_after_the_day_told() -> None:
    text = "新华社熊本11月16日电 决赛16日结束。此前一天的半决赛中，她负于对手。他当天抵达，第二天就离开了。"
    assert [(e.text, r.iso) for e in scan(text) if (r := resolve(e, date(2025, 11, 16)))] == [
        ("11月16日", "2025-11-16"), ("16日", "2025-11-16"), ("此前一天", "2025-11-15"), ("当天", "2025-11-16"),
        ("第二天", "2025-11-17")]


def test_a_day_in_brackets_after_today_or_yesterday() -> None:
    # 今（29）日 as Taiwan's press writes it: the 29th, this month.
    assert _isos("發言人今（29）日宣布，昨(28)日已通知，明（30）日出發") == ["2024-09-29", "2024-09-28", "2024-09-30"]
    assert _isos("被告昨（28日）被判囚兩年") == ["2024-09-28"]  # (Hong Kong's, the day and 日 in the brackets)
    # (and the day before yesterday, and last, this or next month so)
    assert _isos("柯文哲前（27）日曾出庭。檢方上（8）月完成偵查，本（9）月起訴，法官將於下（10）月宣判") == [
        "2024-09-27", "2024-08", "2024-09", "2024-10"]


def test_a_told_day_in_a_quotation_needs_a_day_told_in_it() -> None:
    text = "11月18日，她说：“眼睛里会出来那么多纸，第二天出，第三天又出。”“6月1日我们出发，当天就到了。”"
    assert [(e.text, r.iso if (r := resolve(e, date(2019, 11, 22))) else None) for e in scan(text)] == [
        ("11月18日", "2019-11-18"), ("第二天", None), ("6月1日", "2019-06-01"), ("当天", "2019-06-01")]


def _extracted(text: str, written: str) -> list[str | None]:
    """The dates the reader's extraction gives the expressions written ``written`` in ``text`` (当天, 次日)."""
    return [d.value for d in extract(parse(text)).dates if d.text == written]


@pytest.mark.parametrize("text, iso", [
    ("新华社华盛顿3月5日电 美国当天宣布对进口钢铝加征关税。", "2025-03-05"),  # a place opening its clause
    ("3月5日，公司发布年报。\n董事长说，明年会更好。\n公司股价当日收跌1.8%。", "2025-03-05"),  # a price
    ("3月5日，央行宣布降准。沪指当日收涨1%，国际油价当天也上涨。", "2025-03-05"),  # an index
    ("3月5日，公司递交了招股书。上市当日，股价有望翻倍。", None),  # a deed jieba tags as a place: its own day
    ("3月5日，他启程回国。抵达北京当天就病倒了。", None),  # a place that is where one arrived
    ("3月5日，油价上调。汽油涨价当天，车主排起长队。", None),  # a rise of a price: a happening
])
def test_a_place_or_a_market_before_that_day_did_something_on_the_day_told(text: str, iso: str | None) -> None:
    assert set(_extracted(text.replace("3月5日", "2025年3月5日", 1), "当天") + _extracted(
        text.replace("3月5日", "2025年3月5日", 1), "当日")) == {iso}


def _yearless(text: str) -> dict[str, str | None]:
    exprs = scan(text)
    assert infer_reference(text, exprs) is None
    ref = yearless_reference(text, exprs)
    return {e.text: (r.label() if (r := resolve(e, ref)) else None) for e in exprs}


def test_a_dateline_without_its_year_still_tells_the_days_apart() -> None:
    text = "新华社兰州12月19日电 12月18日23时59分，积石山县发生地震。截至19日下午，救援仍在进行。" \
           "昨天，专家赶到。预计明天最低气温将降至零下15度，今年最冷。周三将有大风。上月曾有余震。"
    assert _yearless(text) == {"12月19日": "12月19日", "12月18日": "12月18日", "19日": "12月19日", "昨天": "12月18日",
                               "明天": "12月20日", "今年": None, "周三": None, "上月": "11月"}


def test_days_of_a_year_not_given_are_iso_without_the_year_and_next_year_wraps() -> None:
    exprs = scan("新华社北京12月31日电 明天起施行。")
    ref = yearless_reference("新华社北京12月31日电 明天起施行。", exprs)
    assert ref == date(UNKNOWN_YEAR, 12, 31)
    tomorrow = resolve(exprs[1], ref)
    assert tomorrow is not None and tomorrow.iso == "--01-01" and tomorrow.first_day > ref


def test_no_year_is_made_up_from_a_year_not_given() -> None:
    text = "新华社北京2月21日电 他两年前来过，900天前也来过，300天前又来了。"
    assert _yearless(text) == {"2月21日": "2月21日", "两年前": None, "900天前": None, "300天前": "4月"}


def test_a_date_with_its_year_keeps_it_beside_a_yearless_reference() -> None:
    text = "新华社北京2月21日电 2016年上映的影片票房创纪录。此前一天，双方通了电话。"
    assert _yearless(text) == {"2月21日": "2月21日", "2016年": "2016", "此前一天": "2月20日"}


def test_a_papers_name_before_a_bylines_reporter_holds_no_date() -> None:
    # (whatever jieba tags it: 南方周末, a name to its dictionary)
    text = "南方周末记者 柴会群\n\n2025年12月3日，他说周末再来。上周末记者走访了当地。\n"
    assert [d.text for d in extract(parse(text)).dates] == ["2025年12月3日", "周末", "上周末"]


def test_without_a_dateline_the_latest_month_day_of_a_few_months_is_the_reference() -> None:
    assert _yearless("3月18日，公司举行发布会。2月9日，样品下线。18日当天，股价上涨。")["18日"] == "3月18日"
    # a day in brackets after 昨日 tells the day of writing
    assert _yearless("【本报专讯】行政长官昨日（11月27日）到场视察。今日将公布名单。") == {
        "昨日": "11月27日", "11月27日": "11月27日", "今日": "11月28日"}
    # 前日 as Hong Kong's press writes 前天
    assert _yearless("【本報訊】大埔屋苑前日（11月26日）發生火警。特首昨日到場視察。")["昨日"] == "11月27日"
    # and 昨午, 今午 (noon), as it writes them too; not the 今 of 'now' (如今|天气, 当今|天下)
    assert _yearless("【星島日報報道】葵涌碼頭昨午（11月28日）發生意外。勞工處今午派員調查。") == {
        "昨午": "11月28日", "11月28日": "11月28日", "今午": "11月29日"}
    assert _yearless("【本报讯】如今天气转冷，当今天下太平。昨日（11月28日）气温骤降。") == {
        "昨日": "11月28日", "11月28日": "11月28日"}
    # nor a paper's name, nor 明 or 前 ending a word before 日本, nor 'to this day' (时至今日); but 截至今日, 'as of today'
    assert _yearless("【本报讯】光明日报昨日（11月28日）报道，迹象表明日本将加息。时至今日，截至今日仍未公布。") == {
        "昨日": "11月28日", "11月28日": "11月28日", "今日": "11月29日"}
    # a day to come may be the next year's: it does not spread the days told over two years
    assert _yearless("【本报专讯】立法会昨日（11月26日）通过条例。预算案将于2月26日公布。")["昨日"] == "11月26日"
    # a holiday by name is no month and day the text tells of (元旦, the next one)
    assert _yearless("10月9日，部里发布数据。10月5日车流达到峰值。他预计，元旦假期出游人数将增长。")["10月5日"] == "10月5日"
    # December and January: two years, which of them later the text does not tell
    text = "12月28日，公司举行发布会。1月3日，样品下线。"
    assert yearless_reference(text, scan(text)) is None


def test_an_anniversary_and_the_year_it_counts_from_give_the_year_of_writing() -> None:
    birth = ("新华社北京11月20日电 研究所20日举行纪念会，纪念地质学家周怀远诞辰108周年。\n"
             "周怀远1917年11月22日生于辽宁沈阳，2008年3月6日在北京逝世。\n")
    assert infer_reference(birth) == date(2025, 11, 20)
    death = ("本报杭州4月2日电 各界人士今天集会，纪念诗人林秋白逝世五十周年。\n"
             "林秋白1910年生于杭州，1975年在北京病逝。\n")
    assert infer_reference(death) == date(2025, 4, 2)
    founding = "新华社南京5月20日电 东南中学今天庆祝建校一百二十周年。学校1905年创办，1952年迁至现址。\n"
    assert infer_reference(founding) == date(2025, 5, 20)


def test_an_anniversary_on_the_day_of_the_dateline_counts_from_that_day() -> None:
    # (a victory, a treaty: no birth, death or founding, but the day of the dateline is the day it counts from)
    battle = ("本报西安9月3日电 纪念青石岭战役胜利80周年大会3日举行。\n"
              "1945年9月3日，守军在青石岭击退敌军三个师的进攻。\n")
    assert infer_reference(battle) == date(2025, 9, 3)


def test_an_anniversary_after_every_day_told_leaves_the_day_of_writing_unknown() -> None:
    text = "纪念地质学家周怀远诞辰108周年座谈会举行。周怀远1917年11月22日生于辽宁沈阳，2008年3月6日在北京逝世。\n"
    assert infer_reference(text) is None
    # (also where the day of the death is a clause of its own before it)
    text = "天文学家林远志逝世八周年\n\n2017年9月15日，天文台首席科学家林远志因病逝世，享年72岁。\n"
    assert infer_reference(text) is None


def test_an_anniversary_after_every_day_told_is_of_the_day_the_story_opens_on() -> None:
    text = ("创始人林国栋逝世一周年 员工自发悼念\n\n2月25日，是食品集团创始人林国栋逝世一周年的日子。\n"
            "2024年2月25日，林国栋因病在杭州逝世，享年79岁。\n")
    assert infer_reference(text) == date(2025, 2, 25)
    # (and of an anniversary of anything counted from the day the story opens on)
    text = "12月17日是航母山东舰入列五周年。\n2019年12月17日，山东舰在三亚交付海军。\n"
    assert infer_reference(text) == date(2024, 12, 17)


def test_the_day_a_story_opens_on_is_read_as_a_dateline_is() -> None:
    text = ("据韩联社报道，首尔中央地方法院11月28日对前总统作出一审判决。\n"
            "法院认为，他在2024年12月3日宣布紧急戒严，违反了宪法。\n")
    assert infer_reference(text) == date(2025, 11, 28)
    later = "据报道，法院12月28日作出判决。\n法院认为，他在2024年12月3日宣布紧急戒严。\n"
    assert infer_reference(later) == date(2024, 12, 28)


def test_a_new_paragraphs_that_day_after_a_paragraph_gone_on_to_a_years_happening_is_the_storys_own() -> None:
    text = ("新华社布宜诺斯艾利斯11月25日电 11月25日是马拉多纳去世五周年纪念日。\n"
            "2020年11月25日，马拉多纳因病去世。1986年，他率领阿根廷队夺得世界杯冠军。\n"
            "马拉多纳的女儿达尔玛当天前往墓地祭奠。\n")
    assert _extracted(text, "当天") == ["2025-11-25"]
    # (but the day told last where no such paragraph came between)
    told = text.replace("1986年，他率领阿根廷队夺得世界杯冠军。", "")
    assert _extracted(told, "当天") == ["2020-11-25"]


def test_a_new_paragraphs_that_day_passes_over_a_day_told_as_what_someone_held() -> None:
    text = ("据韩联社报道，首尔中央地方法院11月28日对前总统尹锡悦作出一审判决。\n"
            "法院认为，尹锡悦在2024年12月3日宣布紧急戒严，违反了宪法。\n"
            "韩国总统李在明当天未发表评论。\n")
    assert _extracted(text, "当天") == ["2025-11-28"]
    # (or found by a court: 认定, 查明, a prosecutor's 指控)
    found = text.replace("法院认为，尹锡悦在", "法院认定，尹锡悦于")
    assert _extracted(found, "当天") == ["2025-11-28"]
    # but the day after a day so found is the day after it: 次日 tells of what followed that day
    text = ("据法院12月3日消息，被告人蒋某某被判处有期徒刑十年。\n法院经审理查明，2024年10月5日晚，蒋某某酒后驾车撞人。\n"
            "事故发生后，蒋某某弃车逃逸，次日凌晨被警方抓获。\n")
    assert _extracted(text, "次日") == ["2024-10-06"]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("春运将于明年1月14日开始，至2月22日结束。", ["2025-01-14", "2025-02-22"]),  # not February of 2024
        ("2023年3月，他被捕；5月10日，法院开庭。", ["2023-03", "2023-05-10"]),
        ("2022年12月28日至1月3日举行。", ["2022-12-28", "2023-01-03"]),
        ("去年3月5日起实施，至6月底", ["2023-03-05", "2023-06"]),
        # a year alone tells no timeline; another sentence starts afresh
        ("这家成立于2015年的公司，8月20日宣布上市。", ["2015", "2024-08-20"]),
        ("2023年3月，他被捕。5月10日，法院开庭。", ["2023-03", "2024-05-10"]),
        # but a year alone that sets its sentence's time does (the first snow of ten years before)
        ("十年前的2015年，北京首场雪出现在11月6日。", ["2014", "2015", "2015-11-06"]),
        # a holiday's break may begin in the days before it, the year before
        ("2025年元旦假期将于12月30日启动，至2025年1月2日结束。", ["2025-01-01", "2024-12-30", "2025-01-02"]),
        ("2024年国庆假期10月1日开始，10月8日结束。", ["2024-10-01", "2024-10-01", "2024-10-08"]),
    ],
)
def test_a_month_and_day_after_a_date_of_its_sentence_take_its_year(text: str, isos: list[str]) -> None:
    assert _isos(text) == isos


def test_a_later_months_day_of_a_sentence_telling_of_days_to_come_is_to_come() -> None:
    # (REF is in September: January and February would otherwise be this year's, past)
    assert _isos("春运将于明年1月14日开始，2月22日结束。") == ["2025-01-14", "2025-02-22"]
    assert _isos("工程将于11月1日开工，2月28日完工。") == ["2024-11-01", "2025-02-28"]
    # not in the next sentence
    assert _isos("工程将于11月1日开工。2月28日，工程完成招标。") == ["2024-11-01", "2024-02-28"]


def test_a_date_word_inside_a_name_or_title_is_no_date() -> None:
    text = ("少年数学营开营\n\n2025年11月29日 10:32 来源：光明日报\n\n"
            "“明日之星”数学营今天开营，营员们将观看《今日说法》特别节目。明天，营员们将参观清华大学。\n")
    notes = extract(parse(text)).dates
    assert [(d.text, d.value) for d in notes] == [("2025年11月29日", "2025-11-29"), ("今天", "2025-11-29"),
                                                  ("明天", "2025-11-30")]
    # (nor a term a season opens, quoted: 'the spring rally'; but a season in quoted speech is one)
    text = "2025年12月5日\n\n分析人士认为，明年一季度A股有望迎来“春季行情”。今年春季，他来了。\n"
    assert [d.text for d in extract(parse(text)).dates] == ["2025年12月5日", "明年一季度", "今年春季"]
    text = "2025年12月5日\n\n分析人士認為，明年一季度A股有望迎來「春季行情」。\n"  # (in corner quotes too)
    assert [d.text for d in extract(parse(text)).dates] == ["2025年12月5日", "明年一季度"]


def test_no_time_inside_the_words_around_it() -> None:
    # each read wrongly before (日本|周边, 一周|天气, 登上|月球, 初次|月经, 目前|年龄, 青年|初某, 迎春|节目, 合同|日前,
    # 趋同|日益, 这次|日本, 每当|夜深, 提前一天, 目前|日平均, 此前|天文, 探明|天然气, 本次|年会)
    text = ("日本周边事态，未来一周天气，登上月球，初次月经，目前年龄，青年初某，迎春节目，合同日前签字，趋同日益严重，"
            "这次日本之行，每当夜深人静，提前一天撤离，目前日平均，此前天文学家，探明天然气，本次年会。")
    assert [e.text for e in scan(text)] == []
    # but the days, weeks and months themselves (从前天晚上, 他说明天, 截至今天, 上周, 本月, 次日)
    text = "从前天晚上到今天，他说明天再谈。上周的会议本月结束，次日公布。"
    assert [e.text for e in scan(text)] == ["前天", "今天", "明天", "上周", "本月", "次日"]
    # and a month before the economy it tells of (上月|经济, 上个月|经营; not 上月经期)
    text = "他说，上月经济运行平稳，上个月经营收入增长。上月经期不调。"
    assert [e.text for e in scan(text)] == ["上月", "上个月"]


def test_a_year_opening_the_clause_of_a_month_and_day_is_theirs_where_the_text_tells_no_date() -> None:
    text = "会议通知\n\n2025年全国两会将于3月4日和5日分别开幕。代表们将于3月3日报到。\n"
    notes = {note.text: note.value for note in extract(parse(text)).dates}
    assert notes["3月4日"] == "2025-03-04" and notes["5日"] == "2025-03-05"
    assert notes["3月3日"] is None  # (a sentence of its own: its year is not told)
    # (but a later month and day of the same sentence, past a comma, is of that year: not one earlier in the year)
    notes = {note.text: note.value for note in extract(parse("春运\n\n2026年春运将于2月2日开始，3月13日结束。\n")).dates}
    assert notes["3月13日"] == "2026-03-13"
    assert resolve(scan("2026年春运将于2月2日开始，1月13日报名。")[2], None) is None
    # not past a 的 (2015年成立的公司: the year the company was founded) nor with the text's own date
    assert resolve(scan("2015年成立的公司11月20日宣布上市。")[1], None) is None
    exam = scan("2026年全国硕士研究生招生考试初试将于12月20日举行。")[1]
    assert resolve(exam, None).iso == "2026-12-20" and resolve(exam, date(2025, 12, 1)).iso == "2025-12-20"


def test_a_weekday_in_brackets_after_a_day_is_that_days() -> None:
    assert [resolve(e, REF).iso for e in scan("2024年3月4日（星期一）开学，3月11日(周一)正式上课。")] == [
        "2024-03-04", "2024-03-04", "2024-03-11", "2024-03-11"]


def test_a_month_looked_back_on_later_in_the_year_than_the_latest_day_leaves_the_day_of_writing_unknown() -> None:
    text = "望远镜于2016年9月25日落成启用，2020年1月11日通过国家验收。截至11月底，它已发现脉冲星1000余颗。\n"
    assert infer_reference(text) is None
    # (a month to come says nothing of it: 2020年1月11日通过验收，将于11月底升级)
    assert infer_reference("望远镜2020年1月11日通过国家验收，将于11月底升级。\n") == date(2020, 1, 11)


def test_a_timeline_story_is_written_on_or_after_its_last_mark() -> None:
    text = "风波大事记\n\n2023年11月17日\n董事会解除了他的职务。\n\n11月21日\n他重新担任首席执行官。\n\n2024年3月8日\n他重返董事会。\n"
    assert infer_reference(text) == date(2024, 3, 8)
    # (a timeline after the story is not the story's date: its dateline is)
    text = "新华社北京2025年12月5日电 会议今天召开。\n\n大事记\n\n2023年11月17日\n董事会解除了他的职务。\n\n11月21日\n他回来了。\n"
    assert infer_reference(text) == date(2025, 12, 5)


def test_a_season_that_names_a_kind_of_thing_is_no_time() -> None:
    text = "国家体育总局冬季运动管理中心主任在现场观看了比赛。他说，莫斯科申办夏季奥运会。冬季项目是强项。"
    assert _isos(text) == []
    assert _isos("冬季，老人要注意保暖。") == ["2024-12"]  # (the season itself still is)


def test_a_holiday_s_gala_is_no_day_of_the_holiday() -> None:
    assert _isos("2026年春节联欢晚会将如期举行。中秋晚会也在筹备中。") == ["2026"]
    assert _isos("今年春节，他回家过年。") == ["2024-02-10"]  # (the holiday itself still is)


def test_the_day_before_or_after_right_after_a_relative_is_told_from_the_day_before_it() -> None:
    text = "老人走失\n\n2025年12月1日上午，叶先生报警称，父亲前一天下午出门后一直未归。妻子次日赶到派出所。\n"
    assert _extracted(text, "前一天") == ["2025-11-30"] and _extracted(text, "次日") == ["2025-12-02"]


def test_a_weekday_a_space_sets_after_a_day_is_that_day_s() -> None:
    text = "2025年12月3日 星期三 来源：经济日报\n\n本报北京12月2日讯（记者 熊丽）商务部发言人何亚东2日表示，网上零售额增长。\n"
    assert _extracted(text, "星期三") == ["2025-12-03"]


def test_a_new_paragraphs_that_day_passes_over_a_day_a_clause_tells_since_when() -> None:
    text = ("2025年11月20日 来源：光明网\n\n作家陈忠实的夫人王翠英于11月18日在西安病逝，享年82岁。\n\n"
            "陈忠实2016年4月29日因病去世后，她一直住在西安的家中。\n\n陕西省作协主席贾平凹当天前往吊唁。\n")
    assert _extracted(text, "当天") == ["2025-11-18"]


def test_a_holiday_before_a_comma_and_what_is_to_be_done_is_the_next_one() -> None:
    text = "2025-12-04 08:00 来源：经济参考报\n\n国庆中秋假期期间，全国国内出游8.88亿人次。春节前，有关部门将出台促消费新政。\n"
    assert _extracted(text, "春节") == ["2026-02-17"] and _extracted(text, "国庆") == ["2025-10-01"]
    # (a day of the lunar calendar too, though written with a numeral)
    text = "2025年12月10日\n\n今年元宵节，灯会吸引游客50万人次。农历正月十五前，全市将举办新一届元宵灯会。\n"
    assert _extracted(text, "正月十五") == ["2026-03-03"] and _extracted(text, "今年元宵节") == ["2025-02-12"]


def test_jiang_before_any_verb_tells_of_what_is_to_come() -> None:
    assert _extracted("2025年12月7日\n\n春节前，各地将开展安全生产大检查。\n", "春节") == ["2026-02-17"]
    assert _extracted("2025年12月7日\n\n春节前，各地将正式实施新规。\n", "春节") == ["2026-02-17"]  # (past an adverb)
    assert _extracted("2025年12月7日\n\n春节前，警方将张某抓获。\n", "春节") == ["2025-01-29"]  # (将 as 把)
    # (and so of a numbered month where no verb stands before the 将: not what was said then)
    text = "2025年12月7日\n\n2月，新政将正式实施。3月，他表示将辞去职务。\n"
    assert _extracted(text, "2月") == ["2026-02"] and _extracted(text, "3月") == ["2025-03"]
    # (but a month more than half a year ahead is the one before: told in April, this February, and so the days after)
    text = "2025年4月7日\n\n2月3日，新规将正式施行。2月10日，他去了北京。\n"
    assert _extracted(text, "2月3日") == ["2025-02-03"] and _extracted(text, "2月10日") == ["2025-02-10"]
    # (nor before a verb and 的, what the 将, 把, takes: 将追回的2.8万元交还)
    text = "2025年12月31日\n\n11月28日，民警将追回的2.8万元交还王女士。\n"
    assert _extracted(text, "11月28日") == ["2025-11-28"]


def test_a_weekday_with_its_date_restated_in_brackets_is_that_day() -> None:
    text = "2025年12月7日\n\n周三（12月10日），国家统计局还将公布工业数据。\n"
    assert _extracted(text, "周三") == ["2025-12-10"]
