"""The date an article was written, found in its own text (a dateline, an editor's stamp, the year of its
month-days), and the lines that carry it rather than the story (``meta_line``)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from tui.dates.grammar import (CN_DIGIT, FULLWIDTH_DIGITS, NUMERAL, DateExpr, date_line, line_date_pattern, opens_clause,
                               parse_number, scan, sentence_span, valid_date)
from tui.dates.resolution import UNKNOWN_YEAR, add_months, this_year_s_month
from tui.traditional import to_simplified


_DATELINE_AFTER = re.compile(r"\s*(?:电|讯|消息)")
# (and the byline in brackets between: 本报讯（记者 王磊 通讯员 李晓东）11月29日凌晨)
_DATELINE_BEFORE = re.compile(r"(?:电|讯|消息)(?:[（(][^（()）\n]{1,30}[）)])?[\s:：]*$")
DATELINE_REACH = 200  # characters from the top where a dateline or a date line may stand


# A page's line of facts about the story: ``2025-04-15 08:30　来源：证券时报``,
# ``发布时间：2025年04月15日``, ``发布于：2025年11月29日 18:06``: a label may stand before the date; a weekday, a time,
# then labelled fields
# or the source's name alone after a space (``2025年4月15日 星期二``, ``2025年10月28日 星島日報``), after it, and its
# reporter's credit after that (``2025-12-05 自由時報 記者 陳政宇／台北報導``).
_META_LABELS = "来源|作者|编辑|责任编辑|责编|记者|稿源|出处|字号|发布|发布于|发表于|更新于|发布时间|发布日期|发表时间|更新时间|时间|日期|浏览"
_META_BEFORE = re.compile(rf"(?:{_META_LABELS})?\s*[:：]?\s*\Z")
_NOT_A_STOP = r"[^\s，。,；;！？!?“”\"]"
_META_AFTER = re.compile(rf"\s*(?:(?:星期|周|礼拜)[一二三四五六日天])?\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*"
                         rf"(?:(?:{_META_LABELS})\s*[:：].*|(?<=\s){_NOT_A_STOP}{{1,12}}"
                         rf"(?:\s+记者\s*{_NOT_A_STOP}{{2,16}})?\s*"  # (自由時報 記者 陳政宇／台北報導)
                         rf"|(?<=\s)(?:{_NOT_A_STOP}{{0,10}}(?:记者|通讯员|实习生)\s*{_NOT_A_STOP}{{2,16}}\s*){{1,3}})?\Z")
# (本报记者 李明 通讯员 王芳: the paper's reporters, credited)

_META_LONGEST = 80  # characters: a longer line is prose


def meta_line(line: str) -> bool:
    """Is ``line`` a page's line of facts about the story (its date, time, source), not prose?"""
    if len(line) > _META_LONGEST or "。" in line:
        return False  # (at once: most lines are prose)
    found = line_date_pattern().search(line.translate(FULLWIDTH_DIGITS))
    return found is not None and _meta_line(to_simplified(line), found.start(), found.end())  # 來源 is 来源


def _meta_line(line: str, start: int, end: int) -> bool:
    """Is ``line``, with a date at ``start:end``, a page's line of facts rather than prose?"""
    return len(line) <= _META_LONGEST and "。" not in line and bool(_META_BEFORE.fullmatch(line[:start].strip())) \
        and bool(_META_AFTER.match(line, end))


def dateline(text: str, exprs: list[DateExpr], told: list[DateExpr]) -> date | None:
    """The day a dateline or byline near the top gives: ``2016-12-26`` on a line of its own
    (or with its time and source) before the first sentence, ``新华社北京6月9日电``, ``腾讯科技讯 11月27日``.
    ``exprs`` are the text's dates, ``told`` those it looks back on (:func:`looked_back`), which
    give the year of a dateline without one (``None`` when there is none: never a guess)."""
    top = _top(text)
    expr = _dateline_expr(top, exprs)
    if expr is None:
        return None
    if expr.kind == "day":
        return _day_of_dateline(expr, told)  # 台北10日電
    assert expr.month is not None and expr.day is not None
    if expr.year is not None:
        return date(expr.year, expr.month, expr.day)
    return _after_anniversary(_year_of_dateline(top, expr.month, expr.day, exprs, told, expr.start), text, exprs,
                              expr.month, expr.day)


def _after_anniversary(found: date | None, text: str, exprs: list[DateExpr], month: int, day: int) -> date | None:
    """``found``, the day of a dateline or of the latest month-day, in the year of an anniversary
    the text marks (:func:`anniversary_year`) when that is later: a text that looks back on
    1917 and 2008 but marks a birth 108 years on is of 2025."""
    year = anniversary_year(text, exprs) or _anniversary_of_the_day(text, exprs, month, day)
    if year and (found is None or found.year < year) and valid_date(year, month, day):
        return date(year, month, day)
    return found


def _top(text: str) -> str:
    """The top of ``text``, where a dateline may stand, in simplified characters (台北10日電)."""
    return to_simplified(text[:DATELINE_REACH * 4])


def _dateline_expr(text: str, exprs: list[DateExpr]) -> DateExpr | None:
    """The date of ``exprs`` that is the dateline or byline of ``text`` (folded to simplified)."""
    for expr in exprs:
        if expr.start > DATELINE_REACH:
            break
        if expr.kind == "day" and _DATELINE_AFTER.match(text, expr.end):
            return expr
        if expr.month is None or expr.day is None or expr.kind not in ("absolute", "month_day"):
            continue
        line_start = text.rfind("\n", 0, expr.start) + 1
        line_end = text.find("\n", expr.end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        at, to = expr.start - line_start, expr.end - line_start
        # (before the body; a date alone on its line, no timeline's first mark; and the page's line of date and
        # source, whatever follows it: 2025-12-08 来源：科技日报 over 2024年4月……)
        alone = date_line(line) is not None or _bracketed_at_start(line, at, to) and expr.year is not None
        heading = (alone and not _timeline_after(text, line_end) or _meta_line(line, at, to) and line[to:].strip()) \
            and "。" not in text[:line_start]
        if heading or _DATELINE_AFTER.match(text, expr.end) or _DATELINE_BEFORE.search(text, line_start, expr.start):
            return expr
    return None


def _timeline_end(text: str) -> date | None:
    """For a story that is a timeline (date lines, two or more, the first with its year), its last mark's day, each
    month and day in the year of the mark before it (2023年11月17日 …… 11月21日 …… 2024年3月8日: the 8th of March)."""
    lines = text.split("\n")
    marks = [(i, expr) for i, line in enumerate(lines) if (expr := date_line(line)) is not None]
    if len(marks) < 2 or marks[0][1].year is None or any("。" in line for line in lines[:marks[0][0]]):
        return None  # (nor a timeline after the story, whose dateline is the story's)
    marks = [expr for _i, expr in marks]
    year, days = marks[0].year, []
    for mark in marks:
        year = mark.year or year
        if mark.month and mark.day and valid_date(year, mark.month, mark.day):
            days.append(date(year, mark.month, mark.day))
    return max(days, default=None)


def _timeline_after(text: str, line_end: int) -> bool:
    """Does another date line follow the one ending at ``line_end``: a timeline's first mark, no dateline?"""
    return line_end >= 0 and any(date_line(line) for line in text[line_end:].split("\n"))


def _bracketed_at_start(line: str, start: int, end: int) -> bool:
    """Is the date at ``start:end`` of ``line`` in brackets that open the line (（2024年7月28日）巴黎奥运会……)?"""
    return line[:start] in ("（", "(") and line[end:end + 1] in ("）", ")")


_YEARLESS_SPAN = 3  # months: how far apart a text's month-days may be to be read as of one year


def yearless_reference(text: str, exprs: list[DateExpr]) -> date | None:
    """For a text with no reference date (:func:`infer_reference` gave none): its month and day,
    in :data:`UNKNOWN_YEAR`, when the text gives them without the year. They are the dateline's
    (新华社北京2月21日电), else the latest month and day the text looks back on, when all it gives
    lie within a few months (12月28日 and 1月3日 are in two years, which of them later unknown; not those told as this
    year's, 今年4月24日);
    a day named in brackets after 昨日 or 今日 (昨日（11月27日）) tells the day of writing itself."""
    expr = _dateline_expr(_top(text), exprs)
    if expr is not None:
        if expr.kind != "month_day" or expr.month is None or expr.day is None \
                or not valid_date(UNKNOWN_YEAR, expr.month, expr.day):
            return None
        return date(UNKNOWN_YEAR, expr.month, expr.day)
    month_days = [e for e in exprs if (e.kind == "month_day" or this_year_s_month(e)) and e.month and e.day
                  and NUMERAL.search(e.text)
                  and valid_date(UNKNOWN_YEAR, e.month, e.day) and not e.future]  # (not a holiday by name: 元旦假期将……;
    # nor a day to come, which may be the next year's: 将于2月26日公布; and this year's, 今年4月24日, are of one year whatever
    # their months)
    months = [e.month or 0 for e in month_days if e.kind == "month_day"]
    if not month_days or months and max(months) - min(months) > _YEARLESS_SPAN:
        return None
    glosses = {after.start: before.offset for before, after in zip(exprs, exprs[1:])
               if before.kind == "day_offset" and text[before.end:after.start] in ("（", "(")}
    return max(date(UNKNOWN_YEAR, e.month or 0, e.day or 0) - timedelta(days=glosses.get(e.start, 0))
               for e in month_days)


# After a date: it is when something comes into force (自2026年3月1日起施行), to come as a rule.
_IN_FORCE_FROM = re.compile(r"起(?:施行|实施|生效|执行)")
# Before a date: it is how long something lasts (任期至2027年6月30日, 到2035年), to come; not 截至, as of.
_UNTIL = re.compile(r"(?<![截止])(?:到|至|直到)\Z")
_TARGET_AFTER = re.compile(r"(?:年底)?前")  # after a year alone: a target (2030年前)

_DATELINE_LAG = timedelta(days=31)  # how far a dateline may fall before a month it tells of as past


def looked_back(text: str, exprs: list[DateExpr]) -> list[DateExpr]:
    """The dates of ``exprs`` given in full (with their year) that the text looks back on: not
    what it tells as to come (将于…, 自…起施行), not how long something lasts (任期至…, 到2035年;
    but the end of a range of dates, 2023年3月至2024年8月, is looked back on), nor a target
    (2030年前), nor a fiscal year (2026财年), which may end in a later calendar year than it is written in. A
    text is written after them."""
    folded = to_simplified(text)
    ends = {e.end for e in exprs}
    return [e for e in exprs if e.kind == "absolute" and e.year and not e.future and not e.fiscal
            and not _IN_FORCE_FROM.match(folded, e.end)
            and not _lasting_until(folded, e, ends)
            and not (e.month is None and _TARGET_AFTER.match(folded, e.end))]


def _lasting_until(folded: str, expr: DateExpr, ends: set[int]) -> bool:
    """Is ``expr`` the end of how long something lasts (任期至2028年), not of a range of dates told
    (2023年3月至2024年8月: ``ends`` holds where the text's dates end)?"""
    until = _UNTIL.search(folded, max(0, expr.start - 2), expr.start)
    return until is not None and until.start() not in ends


def _year_of_dateline(text: str, month: int, day: int, exprs: list[DateExpr],
                      told: list[DateExpr], told_from: int = 0) -> date | None:
    """A dateline without a year (新华社北京1月13日电) is in the latest year the text looks back
    on (``told``, from :func:`looked_back`), or if none, the latest it gives at all; and a year
    later when that puts it before a day the text tells of, or more than a month before the start
    of a month or quarter (本报首尔1月13日电 after 2024年12月3日 is 2025-01-13, and so is 11月28日). Only dates with their month or
    quarter count, a year its sentence gives with the dateline's day (2025年WTT总决赛14日在
    香港结束), or a league's season across two years (2025-26赛季: the first year from July, the
    second before): a year alone is as often history (1919年生于天津, 从2012年提出) or last year's
    figures (2024年经济增长5%) as the year of writing, but a later one says the writing is later
    still. ``None`` when the text gives no such date: never a guess."""
    def evidence(e: DateExpr) -> bool:
        return bool(e.year and not e.fiscal
                    and (e.month or e.quarter or _with_day(text, e, day, exprs) or _across_years(e)))

    latest_told = max((e.year for e in told if e.year), default=0)
    told = [replace(e, year=e.year + 1) if _across_years(e) and e.year and month < _SECOND_HALF else e
            for e in told if evidence(e)]
    if not told:  # only what is to come: its year, as the nearest evidence there is, or the year
        ends = {e.end for e in exprs}  # (not how long something lasts: 任期至2028年 tells nothing of when)
        to_come = [e for e in exprs if e.kind == "absolute" and evidence(e)  # before, if all of it ends
                   and not _lasting_until(text, e, ends)]
        year = max((e.year for e in to_come if e.year), default=0)  # before that day (将于2026年上半年开放)
        if year and valid_date(year, month, day) and all(
                _last_day(e) < date(year, month, day) for e in to_come if e.year == year):
            year -= 1
        return date(year, month, day) if year and valid_date(year, month, day) else None
    year = max(e.year for e in told if e.year)
    if year < latest_told:  # (1971年10月4日 …… 2015年获奖: written in 2015 or later, the year unknown)
        return None
    if any(e.year == year and e.month == month and not e.day for e in told):
        return None  # (8月29日电 …… 2024年8月出任总理: of the year it is written in, a month its own needs no year)
    if not valid_date(year, month, day):
        return None
    # The first day of each period told in that year (a month's 1st, a quarter's first month's),
    # which may begin a little after the day of writing; a day told as past may not (but the page's
    # own date before its dateline may: 来源：法治日报 2025-11-26 … 本报北京11月25日讯).
    firsts = [date(year, e.month or e.quarter or 1, 1) - _DATELINE_LAG for e in told
              if e.year == year and not (e.month and e.day) and valid_date(year, e.month or e.quarter or 1, 1)]
    days = [date(year, e.month, e.day) for e in told
            if e.year == year and e.month and e.day and valid_date(year, e.month, e.day) and e.start >= told_from]
    if max(firsts + days, default=date.min) > date(year, month, day) and valid_date(year + 1, month, day):
        year += 1
    return date(year, month, day)


_SECOND_HALF = 7  # the month a season across two years is in its first year from
# A league's or school's season across two years (2025-26赛季, 2024/25学年), which begins in the
# second half of its first year; not a fiscal year, which begins in any month (印度1998-99财政年度
# in April, America's in October).
_ACROSS_YEARS = re.compile(r"\d{2}\s?[-－—–~～/至到]\s?\d{2}年?(?:赛季|球季|学年)")


def _across_years(expr: DateExpr) -> bool:
    """Is ``expr`` a season across two years (2025-26赛季)?"""
    return expr.kind == "absolute" and expr.month is None and bool(_ACROSS_YEARS.search(to_simplified(expr.text)))


# An anniversary a text marks (诞辰108周年, 建校一百周年) and what a sentence says to give the year
# it counts from (1917年11月22日生于沈阳, 1925年创办): the number of years and the year make the year
# of writing, when the text gives one such year and no later one.
_ANNIVERSARY = re.compile(r"(诞辰|诞生|出生|逝世|去世|牺牲|成立|建校|建院|建厂|建馆|建市|建县|创刊|创建|创立|创办|开馆|通车|落成)"
                          r"\s*(\d{1,3}|[一二三四五六七八九十百零两]{1,6})\s*周年")
_COUNTED_FROM = {
    "birth": ("生于", "出生", "诞生", "生人", "生在"),
    "death": ("逝世", "去世", "病逝", "牺牲", "辞世", "遇难"),
    "founding": ("成立", "建校", "建院", "建厂", "建馆", "建市", "建县", "创刊", "创建", "创立", "创办", "始建", "建于",
                 "开馆", "通车", "落成"),
}
_KIND_OF_ANNIVERSARY = {"诞辰": "birth", "诞生": "birth", "出生": "birth", "逝世": "death", "去世": "death",
                        "牺牲": "death"}


def _years_counted(token: str) -> int | None:
    """The number of an anniversary: 108, 一百零八, 七十六, 一百 (``None`` if no such number)."""
    if token.isdigit():
        return int(token)
    hundreds, _, rest = token.rpartition("百")
    if "百" in token:
        value = (CN_DIGIT.get(hundreds, 0) if hundreds else 1) * 100
        rest = rest.lstrip("零")
    else:
        value, rest = 0, token
    if rest and not all(c in CN_DIGIT or c == "十" for c in rest):
        return None
    return value + (parse_number(rest) if rest else 0)


def anniversary_year(text: str, exprs: list[DateExpr]) -> int | None:
    """The year of an anniversary ``text`` marks (纪念刘东生诞辰108周年 … 刘东生1917年11月22日生于
    辽宁沈阳: 2025), from the one year its sentences give for the birth, death or founding it
    counts from; ``None`` without such an anniversary, or with years that disagree."""
    folded = to_simplified(text)
    years = set()
    for match in _ANNIVERSARY.finditer(folded):
        count = _years_counted(match.group(2))
        kind = _KIND_OF_ANNIVERSARY.get(match.group(1), "founding")
        if not count:
            continue
        for e in exprs:
            if e.kind == "absolute" and e.year and not e.future:
                start, stop = _clause(folded, e)
                if _DATE_ALONE.fullmatch(folded, e.end, stop) and (after := _CLAUSE_END.search(folded, stop + 1)):
                    stop = after.start()  # (a date in a clause of its own: the next one's, 2017年9月15日，…因病逝世)
                if any(verb in folded[start:stop] for verb in _COUNTED_FROM[kind]) \
                        and not _ANNIVERSARY.search(folded, start, stop):
                    years.add(e.year + count)
    return years.pop() if len(years) == 1 else None


_DATE_ALONE = re.compile("(?:晚|晚间|上午|下午|中午|凌晨|早上)?")  # what may follow a date in a clause of its own


# An anniversary of anything (百团大战胜利85周年, 建交50周年), counted from the day it falls on.
_ANY_ANNIVERSARY = re.compile(r"(?<!\d)(\d{1,3}|[一二三四五六七八九十百零两]{1,6})\s*周年")


def _anniversary_of_the_day(text: str, exprs: list[DateExpr], month: int, day: int) -> int | None:
    """The year of an anniversary ``text`` marks on the day of its dateline: a commemoration is written up on the
    day, and a full date of that month and day the text looks back on is what it counts from (本报太原8月20日电 ……
    纪念百团大战胜利85周年 …… 1940年8月20日: 2025). ``None`` unless one count and one such year agree."""
    counts = {count for match in _ANY_ANNIVERSARY.finditer(to_simplified(text))
              if (count := _years_counted(match.group(1)))}
    years = {e.year for e in exprs if e.kind == "absolute" and e.year and e.month == month and e.day == day
             and not e.future}
    return years.pop() + counts.pop() if len(counts) == 1 and len(years) == 1 else None


def _years_on_to_the_day(exprs: list[DateExpr]) -> list[date]:
    """The days so many years on from a full date that the text calls today (2021年6月17日……四年后的今天: written
    on 2025-06-17)."""
    return [date(y, e.anchor.month, e.anchor.day) for e in exprs
            if e.kind == "told_year" and e.same_day and e.anchor is not None and e.anchor.kind == "absolute"
            and e.anchor.year and e.anchor.month and e.anchor.day
            and valid_date(y := e.anchor.year + e.offset, e.anchor.month, e.anchor.day)]


def _lead_expr(exprs: list[DateExpr]) -> DateExpr | None:
    """The month and day a story opens on: its first date, near the top, a month-day told as
    past, before any date with its year."""
    first = next((e for e in exprs if e.kind not in ("weekday",)), None)
    if first is None or first.start > DATELINE_REACH or first.kind != "month_day" or first.future \
            or not NUMERAL.search(first.text):
        return None
    return first


def _last_day(expr: DateExpr) -> date:
    """The last day of the period a full date names (a day, month, quarter, half or year)."""
    assert expr.year is not None
    if expr.month and expr.day:
        return date(expr.year, expr.month, expr.day)
    last_month = expr.month or (expr.quarter + (5 if expr.half else 2) if expr.quarter else 12)
    y, m = add_months(expr.year, last_month, 1)
    return date(y, m, 1) - timedelta(days=1)


def _year_of_month_days(text: str, exprs: list[DateExpr], told: list[DateExpr]) -> date | None:
    """For a text with month-days but no full date: the latest of them (:func:`yearless_reference`)
    in the year a dateline would be in, from the years the sentences of its month-days give
    with a month or quarter (11月18日，公司召开2025年第三季度业绩说明会), not one a time up to the writing begins
    (自2024年4月上市以来): a year told elsewhere is as likely of another time (2021年1月上台以来……4月14日)."""
    day = yearless_reference(text, exprs)
    if day is None:
        return None
    spans = [sentence_span(text, e) for e in exprs if e.kind == "month_day" and e.day and not e.future]
    within = [e for e in exprs if any(start <= e.start < stop for start, stop in spans) and not _since(text, e)]
    return _after_anniversary(_year_of_dateline(text, day.month, day.day, within, [e for e in told if e in within]),
                              text, exprs, day.month, day.day)


def _since(text: str, expr: DateExpr) -> bool:
    """Does ``expr`` begin a time that runs up to the writing, 以来 closing its clause (12月16日，小米汽车宣布，自2024年
    4月首款车型上市以来: written after it, in a year it does not tell)?"""
    return "以来" in text[expr.end:_clause(text, expr)[1]]


def _clause(text: str, expr: DateExpr) -> tuple[int, int]:
    """Where the clause of ``expr`` begins and ends (1917年11月22日生于沈阳，2008年3月6日逝世: two)."""
    start = max(text.rfind(c, 0, expr.start) for c in "，,；;。！？!?\n") + 1
    end = _CLAUSE_END.search(text, expr.end)
    return start, end.start() if end else len(text)


_CLAUSE_END = re.compile("[，,；;。！？!?\n]")


def _with_day(text: str, expr: DateExpr, day: int, exprs: list[DateExpr]) -> bool:
    """Whether the sentence of ``expr`` also gives the bare day ``day`` (将2025年诺贝尔物理学奖
    ……7日宣布), or the day before straight after an event's name (2025年世界女排联赛总决赛17日晚,
    under a dateline of the 18th, or before the year and the event's name, 17日晚，2025年“村BA”总决赛), or
    today after the year (2025年世乒赛今天进行) or said to be of it (今天是2025年春运首日), or the month and day first,
    then the year and the event's name and what became of it or in it (1月22日，2026年澳网女单四分之一决赛中，): the
    year and the day of one happening, told apart. Not the year
    of an event whose qualifiers or draw the day is of (2026年世界杯欧洲区预选赛16日进行: played the year before), nor one of
    admissions, an examination or a budget, planned the year before (教育部4日召开2026年全国普通高校招生工作视频会议)."""
    if expr.start >= len(text) or _PLANNED_BEFORE.match(text, expr.end):  # (past the top that was read)
        return False
    start, stop = sentence_span(text, expr)
    return any((e.kind == "day" and (e.day == day or e.day == day - 1 and (
                    _EVENT.fullmatch(text, expr.end, e.start)
                    or _DAY_FIRST.fullmatch(text, e.end, expr.start) and _EVENT_HELD.match(text, expr.end)))
                or e.kind == "month_day" and e.day == day and _DAY_FIRST.fullmatch(text, e.end, expr.start)
                and (held := _EVENT_HELD.match(text, expr.end)) is not None  # (1月22日，2026年澳网女单四分之一决赛中，)
                and not _QUALIFIERS.search(text, expr.end, held.end())
                or e.kind == "day_offset" and e.offset == 0 and (expr.end <= e.start
                                                                 or text[e.end:expr.start] in ("是", "为", "為")))
               and start <= e.start < stop and not _QUALIFIERS.search(text, expr.end, e.start) for e in exprs)


_QUALIFIERS = re.compile("预选赛|资格赛|外围赛|选拔赛|抽签")  # (and the draw: 2026年世界杯决赛阶段抽签仪式, held in 2025)
# The name of an event, straight after its year and before its day (2025年世界女排联赛总决赛17日晚):
# the day before a dateline is the wire's own yesterday, of the event of that year.
_EVENT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9“”「」（）()]{2,20}?(?:赛|杯|会|节|展|典礼|仪式|论坛|第[一二三四五六七八九十\d]{1,3}[轮站])")
# The day first, then the year and the event's name and what became of it that day (17日晚，2025年“村BA”总决赛在
# 台盘村落下帷幕, or the round of it then played, 13日，2025年澳网女单首轮，; not 8日，2024年奥运会冠军王小明夺冠, a
# champion of another year).
# What a year names that is planned and prepared the year before: admissions, examinations, a budget or fiscal year.
_PLANNED_BEFORE = re.compile(r"[^，。；！？\n]{0,10}?(?:招生|高考|中考|研考|考试|预算|财年|财政年度)")
_DAY_FIRST = re.compile(r"(?:晚|晚间|上午|下午|中午|凌晨)?[，,]?")
_EVENT_HELD = re.compile(_EVENT.pattern + r"[^，。；！？]{0,16}?(?:落幕|闭幕|开幕|结束|举行|进行|开赛|收官|揭幕|帷幕|中[，,]"
                         r"|(?:首轮|次轮|轮|决赛)[，,])")  # (or the round played: 2025年澳网女单首轮，)


def _day_of_dateline(expr: DateExpr, told: list[DateExpr]) -> date | None:
    """A dateline with the day alone (中央社台北10日電) is on or after the latest full date the
    text looks back on: that date's month, or the next when the day is earlier (``None``
    without one)."""
    full = [date(e.year, e.month, e.day) for e in told if e.year and e.month and e.day and valid_date(e.year, e.month, e.day)]
    if not full or expr.day is None:
        return None
    latest = max(full)
    y, m = (latest.year, latest.month) if expr.day >= latest.day else add_months(latest.year, latest.month, 1)
    return date(y, m, expr.day) if valid_date(y, m, expr.day) else None


def _dispatched(top: str, exprs: list[DateExpr], published: date) -> date | None:
    """The day a dispatch near the top was filed (本报北京11月14日电, 台北10日電), when it is one of the
    few days before ``published``: the day its 今天 and 昨天 count from, a newspaper printing it the
    day after (a page's date 2024-11-15 above it)."""
    for expr in exprs:
        if expr.start > DATELINE_REACH:
            break
        if expr.kind not in ("day", "month_day") or expr.day is None or not _DATELINE_AFTER.match(top, expr.end):
            continue
        year, month = published.year, expr.month or published.month
        if not expr.month and expr.day > published.day:
            year, month = add_months(year, month, -1)  # (the 30th, filed before a page of the 1st)
        if valid_date(year, month, expr.day) and date(year, month, expr.day) > published:
            year -= 1  # (12月31日电, printed on 1 January)
        filed = date(year, month, expr.day) if valid_date(year, month, expr.day) else None
        if filed is not None and 0 <= (published - filed).days <= _PRINTED_WITHIN:
            return filed
    return None


_PRINTED_WITHIN = 3  # days: how long after a dispatch was filed a page may print it


# The editor's credit and the day of publication that end a story of Taiwan's Central News
# Agency, the year counted from 1911 ((编辑：林兴盟)1141128 is 2025-11-28).
_EDITORS_STAMP = re.compile(r"[（(]\s*[编編][辑輯][：:][^）)\n]{1,30}[）)]\s*(1\d\d)(\d\d)(\d\d)\s*\Z")


def _editors_stamp(text: str) -> date | None:
    """The day of publication an editor's stamp ends ``text`` with (``None`` without one)."""
    match = _EDITORS_STAMP.search(text[-80:])
    if match is None:
        return None
    year, month, day = int(match.group(1)) + 1911, int(match.group(2)), int(match.group(3))
    return date(year, month, day) if valid_date(year, month, day) else None


def _days_written(exprs: list[DateExpr]) -> set[int]:
    """The days of the month a 今, 昨 or 前 with its day in brackets says the text was written on (今（16）日: the 16th,
    昨（17日）: the 18th)."""
    return {e.day + _BACK[e.text[0]] for e in exprs
            if e.kind == "day" and e.day and e.text[:1] in _BACK and e.text[1:].lstrip()[:1] in ("（", "(")}


_BACK = {"今": 0, "昨": 1, "前": 2}  # days back from the day of writing
_DAYS_TO_WRITE = 2  # (a story written up to two days after the latest day it tells of, as news is)


def infer_reference(text: str, exprs: list[DateExpr] | None = None) -> date | None:
    """When was this written? The day an editor's stamp at the end gives (CNA's (编辑：X)1141128);
    else the dateline's day when there is one; else the latest day the text reports, moved on by
    the weekdays it names.

    Only dates the text looks back on count (:func:`looked_back`: not 将于…, 任期至…).
    Month-day dates count in the year of the latest full date (a dateline such as
    ``7月30日讯`` rarely repeats the year). A bare weekday later in the same week than that
    day means the text was written on or after it. A text with no full date has no reference
    (unless the sentence of a month-day gives its year: :func:`_year_of_month_days`), nor one
    that looks back on a month after its latest full date, or a year after the next
    (2021年12月25日发射，2022年7月公布: written some day after July 2022, which the text does not tell).
    """
    exprs = scan(text) if exprs is None else exprs
    if (last := _timeline_end(text)) is not None:
        return last
    told = looked_back(text, exprs)
    published = _editors_stamp(text) or dateline(text, exprs, told)
    if published is not None:
        return _dispatched(_top(text), exprs, published) or published
    full = [date(e.year, e.month, e.day) for e in told if e.month and e.day and valid_date(e.year, e.month, e.day)]
    if not full:
        return _year_of_month_days(text, exprs, told)
    latest = max([*full, *_years_on_to_the_day(exprs)])
    lead = _lead_expr(exprs)
    year = anniversary_year(text, exprs) or (lead is not None and lead.month and lead.day
                                             and _anniversary_of_the_day(text, exprs, lead.month, lead.day)) or 0
    if year > latest.year:
        # (纪念X诞辰108周年 … 1917年11月22日生: written in 2025, on the day the story opens on, when it does, 2月25日，
        # 是宗庆后逝世一周年的日子……2024年2月25日，宗庆后因病在杭州逝世, also of an anniversary of anything counted from
        # that day, 12月17日是山东舰入列五周年……2019年12月17日; else on a day the text does not tell)
        return date(year, lead.month, lead.day) if lead is not None and lead.month and lead.day \
            and valid_date(year, lead.month, lead.day) else None
    if lead is not None and lead.month and lead.day:
        # The day the story opens on, with no year, is read as a dateline is: a year later when
        # it would fall before a day told as past (法院11月28日作出判决……2024年12月3日宣布戒严: 2025).
        day = _year_of_dateline(to_simplified(text), lead.month, lead.day, exprs, told)
        if day is not None and day > latest:
            latest = day
    folded = to_simplified(text)

    def a_clause_of_its_own(e: DateExpr) -> bool:  # (2019年，他到岛上看望: told as a happening of that year)
        return opens_clause(folded, e.start) and folded.startswith(("，", ","), e.end)

    # (a year alone just after it may be one planned for: 部署2026年经济工作; not one that opens a clause)
    if any((e.year, e.month) > (latest.year, latest.month) if e.month else e.year > latest.year + 1
           or e.year > latest.year and a_clause_of_its_own(e) for e in told if not e.day):
        return None
    # (nor a month without its year looked back on later in the year than that day: 2020年1月11日通过验收……截至11月底,
    # written at the end of some November, not in January)
    if any(e.kind == "month_day" and e.day is None and e.month and e.month > latest.month and not e.future
           for e in exprs):
        return None
    for e in exprs:
        if e.kind == "month_day" and e.day is not None and e.month is not None and not e.future:
            if valid_date(latest.year, e.month, e.day):
                latest = max(latest, date(latest.year, e.month, e.day))
    if written := _days_written(exprs):
        # (the day of the month a 今 or 昨 with its day in brackets tells it was written on, 昨（17日）: the 18th, a day or
        # two after the latest day told, else a day the text does not tell; not 2024年9月3日 of a case heard a year on)
        near = [date(latest.year, latest.month, d) for d in written
                if latest.day <= d <= latest.day + _DAYS_TO_WRITE and valid_date(latest.year, latest.month, d)]
        if not near:
            return None
        latest = max(near)
    ahead = [(e.weekday - latest.weekday()) for e in exprs
             if e.kind == "weekday" and e.month == -1 and e.weekday is not None]
    ahead = [a for a in ahead if 0 < a < 7]
    return latest + timedelta(days=max(ahead)) if ahead else latest
