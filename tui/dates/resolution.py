"""A date expression resolved to an ISO date with its precision, once the article's reference date
is known."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tui.dates.grammar import SEASON_MONTH, SOLAR_TERMS, WEEKDAY_HOLIDAYS, DateExpr, valid_date


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """The year and month ``delta`` months from ``month`` of ``year``."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


UNKNOWN_YEAR = 9996
"""Stands for the year of a text that gives its month and day but not its year: a leap year (so
29 February is a day), after every real one (so such days come last in a timeline)."""

PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade")

SEASON_NAME = {3: "春", 6: "夏", 9: "秋", 12: "冬"}

_HALF_NAME = {1: "上半年", 7: "下半年"}


@dataclass(frozen=True)
class ResolvedDate:
    iso: str
    precision: str
    first_day: date  # for ordering

    def label(self) -> str:
        return label(self.iso, self.precision)

    @property
    def yearless(self) -> bool:
        """Of a year the text does not give (``--MM-DD``, ``--MM``)."""
        return self.iso.startswith("--")


def label(iso: str, precision: str) -> str:
    """How the reader shows a date: ``2024-05``, ``2024 春``, ``2024-09-23 起一周``; one of a
    year the text does not give as written, ``2月21日``, ``2月``."""
    if iso.startswith("--"):
        month, _, day = iso[2:].partition("-")
        return f"{int(month)}月{int(day)}日" if day else f"{int(month)}月"
    if precision == "season":
        year, _, month = iso.partition("-")
        return f"{year} {SEASON_NAME.get(int(month or 0), '')}".strip()
    if precision in ("quarter", "half"):
        year, _, month = iso.partition("-")
        first = int(month or 1)
        return f"{year} {_HALF_NAME.get(first, '')}" if precision == "half" else f"{year} Q{(first + 2) // 3}"
    if precision == "week":
        return f"{iso} 起一周"
    if precision == "decade":
        return f"{iso}年代"
    return iso


def resolve(expr: DateExpr, ref: date | None) -> ResolvedDate | None:
    """Tie ``expr`` to the calendar; relative expressions need the reference date ``ref``.

    With a reference in :data:`UNKNOWN_YEAR` (:func:`yearless_reference`), what needs the year
    (今年, 周三, 春节, 三季度, 次年) is ``None`` and the rest a day or month of that unknown year:
    ``--MM-DD`` or ``--MM``, ISO 8601's forms without the year."""
    if expr.year_named is not None and (ref is None or ref.year == UNKNOWN_YEAR):
        return _in_year(expr.year_named, expr)  # (2025年全国两会将于3月4日开幕, in a text that tells no date of its own)
    if ref is None and this_year_s_month(expr):
        ref = date(UNKNOWN_YEAR, 12, 31)  # (今年7月 in a text that tells no day at all: a month of the year of writing)
    if ref is not None and ref.year == UNKNOWN_YEAR and expr.kind not in _YEARLESS_KINDS \
            and not this_year_s_month(expr):
        return None
    # (and whatever the reference, a date counted from one of the unknown year is of it too: 今年3月……同年6月)
    resolved = _resolve(expr, ref)
    if resolved is None or resolved.first_day.year < UNKNOWN_YEAR - 1000:  # from a date with its year
        return resolved
    if resolved.first_day.year < UNKNOWN_YEAR - 1 or resolved.precision not in ("day", "month"):
        return None  # a year or more from a year not given (两年前, 900天前): no month and day of it
    return ResolvedDate("--" + resolved.iso[5:], resolved.precision, resolved.first_day)


# What can be told without the year: a date given with its own, and days and months counted
# from another (not 今年, a weekday, a holiday of the lunar calendar or a quarter).
_YEARLESS_KINDS = frozenset({"absolute", "absolute_decade", "month_day", "day", "day_offset", "told_day", "told_month",
                             "told_year", "month_offset", "ago"})


def this_year_s_month(expr: DateExpr) -> bool:
    """Is ``expr`` a month (and day) of this year (今年10月18日, and 11月1日 after it in its sentence), in the year of
    writing however little the text tells of it: a month and day of that year, when the year is unknown? Not a part
    of the year (年初, 岁末年初, 年底) nor a holiday (今年“双十一”), of no month told."""
    return expr.kind == "year_offset" and expr.offset == 0 and expr.month is not None and "月" in expr.text \
        and expr.season is None and expr.quarter is None and not expr.fiscal


def _resolve(expr: DateExpr, ref: date | None) -> ResolvedDate | None:
    if expr.kind == "absolute":
        return _in_year(expr.year or 0, expr)
    if expr.kind == "absolute_decade":
        return _decade(expr.year or 0)
    if expr.kind in ("told_year", "told_month"):  # 同年6月, 同月15日: from the date told before
        told = resolve(expr.anchor, ref) if expr.anchor is not None else None
        if told is None or (expr.kind == "told_month" and told.precision not in ("day", "month")) \
                or told.precision == "decade" \
                or expr.kind == "told_year" and expr.offset and told.yearless:
            return None  # (nor years counted from a year not told: 今年3月……5年后)
        if expr.kind == "told_year" and expr.same_day:  # (2021年6月17日……四年后的今天; of a year told alone, none)
            y, first = told.first_day.year + expr.offset, told.first_day
            return _day(date(y, first.month, first.day)) \
                if told.precision == "day" and valid_date(y, first.month, first.day) else None
        if expr.kind == "told_year":
            return _in_year(told.first_day.year + expr.offset, expr)
        y, m = add_months(told.first_day.year, told.first_day.month, expr.offset)
        if expr.day is None:  # 当月, or the month before one told (11月份……比上月)
            return _month(y, m)
        return _day(date(y, m, expr.day)) if valid_date(y, m, expr.day) else None
    if ref is None:
        return None
    if expr.kind == "decade":  # (上世纪80年代 of the century before the writing's; 80年代, the last so numbered that
        # ended by then: told in 2024, 20年代 is the 1920s, 10年代 the 2010s)
        if expr.century is not None:
            return _decade((ref.year // 100 + expr.century) * 100 + expr.offset)
        first = ref.year // 100 * 100 + expr.offset
        return _decade(first if first + 10 <= ref.year else first - 100)
    if expr.kind == "year_offset":
        # (this winter, told in January or February, began last December: 今冬以来 of 2026-01-10 is 2025-12)
        this_winter = expr.offset == 0 and expr.season == SEASON_MONTH["冬"] and ref.month < SEASON_MONTH["春"]
        return _in_year(ref.year + expr.offset - this_winter, expr)
    if expr.kind == "ago":
        if expr.month == 0:  # N years ago
            y = ref.year - expr.offset
            if expr.same_day:  # (十年前的今天; 29 February, in a year without one, is none)
                return _day(date(y, ref.month, ref.day)) if valid_date(y, ref.month, ref.day) else None
            return ResolvedDate(f"{y:04d}", "year", date(y, 1, 1))
        then = ref - timedelta(days=expr.offset)
        if expr.offset >= 28:
            return _month(then.year, then.month)
        return _day(then)
    if expr.kind == "month_offset":
        y, m = add_months(ref.year, ref.month, expr.offset)
        if expr.day is None:
            return _month(y, m)
        return _day(date(y, m, expr.day)) if valid_date(y, m, expr.day) else None
    if expr.kind == "week_offset":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=expr.offset)
        return ResolvedDate(monday.isoformat(), "week", monday)
    if expr.kind == "weekday":
        assert expr.weekday is not None
        if expr.month == -1:  # a bare weekday: the latest such day up to the reference date,
            if expr.this_week:  # (周三起实施: of this week, told on its Monday or its Friday)
                return _day(ref - timedelta(days=ref.weekday() - expr.weekday))
            if expr.future:  # or the next one from it when told as to come (将在周末举办)
                return _day(ref + timedelta(days=(expr.weekday - ref.weekday()) % 7))
            return _day(ref - timedelta(days=(ref.weekday() - expr.weekday) % 7))
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=expr.offset)
        return _day(monday + timedelta(days=expr.weekday))
    if expr.kind == "day_offset":
        return _day(ref + timedelta(days=expr.offset))
    if expr.kind == "told_day":
        told = resolve(expr.anchor, ref) if expr.anchor is not None else _day(ref)
        if told is None or told.precision != "day":
            return None
        return _day(told.first_day + timedelta(days=expr.offset))
    if expr.kind == "lunar":  # as a month alone: the latest such, or the next when told as to come
        this = _in_year(ref.year, expr)
        if this is None:
            return None
        if expr.future:
            return _in_year(ref.year + 1, expr) if this.first_day < ref else this
        return _in_year(ref.year - 1, expr) if this.first_day > ref + timedelta(days=31) else this
    if expr.kind == "quarter":  # as a month alone: the latest such, or the next when told as to come
        assert expr.quarter is not None
        if expr.future:
            return _in_year(ref.year + (expr.quarter + (5 if expr.half else 2) < ref.month), expr)
        return _in_year(ref.year - (expr.quarter > ref.month + 1), expr)
    if expr.kind == "month_day":
        assert expr.month is not None
        told = date(ref.year, expr.month, expr.day) if expr.day and valid_date(ref.year, expr.month, expr.day) \
            else date(ref.year + expr.month // 12, expr.month % 12 + 1, 1) - timedelta(days=1)
        ahead = expr.future and told < ref - timedelta(days=31)  # (next year's)
        if expr.future and not (expr.soon and ahead and (expr.month - ref.month) % 12 > _HALF_A_YEAR):
            # the first such month or day from a month before the reference date on (将于11月15日供暖, told on the 30th
            # of a plan made before, is this year's; 2月，新政将正式实施, told in December, next year's, but not told
            # in March)
            y = ref.year + ahead
        else:  # news tells of the past: a month later than the reference month (with a month's grace) was last year
            y = ref.year - 1 if expr.month > ref.month + 1 else ref.year
            if (ref.month, expr.month) == (12, 1) and not expr.past:  # (and the grace runs over the year's end: 元旦,
                # told on 30 December; not 1月以来)
                y = ref.year + 1
        if expr.day is not None:
            return _day(date(y, expr.month, expr.day)) if valid_date(y, expr.month, expr.day) else None
        return _month(y, expr.month)
    if expr.kind == "day":
        assert expr.day is not None
        if expr.future:  # (but a day up to a week back is this month's, its 将 the literary 把: 4日晚将应急响应
            # 提升至一级, told on the 5th; the press writes a day weeks ahead with its month)
            y, m = (ref.year, ref.month) if expr.day >= ref.day - _DAYS_AHEAD else add_months(ref.year, ref.month, 1)
        else:  # a day after the reference day was last month's, but for the week after it: the press
            # writes a day of this month without its month (23日至25日，沿海将出现暴雨, told on the 22nd)
            y, m = (ref.year, ref.month) if expr.day <= ref.day + _DAYS_AHEAD else add_months(ref.year, ref.month, -1)
        return _day(date(y, m, expr.day)) if valid_date(y, m, expr.day) else None
    return None


_HALF_A_YEAR = 6  # months: how far ahead a month told as to come by its clause alone may be (2月，新政将正式实施)


def _in_year(y: int, expr: DateExpr) -> ResolvedDate | None:
    """The day, season, month or whole year that ``expr`` names within year ``y`` (``None`` for
    a holiday of the Chinese calendar outside the years its tables cover)."""
    if expr.yearly is not None:
        return _yearly_day(y, expr.yearly)
    if expr.lunar is not None:
        return _lunar_day(y, *expr.lunar)
    if expr.month is not None and expr.day is not None and valid_date(y, expr.month, expr.day):
        return _day(date(y, expr.month, expr.day))
    if expr.season is not None:
        return ResolvedDate(f"{y:04d}-{expr.season:02d}", "season", date(y, expr.season, 1))
    if expr.quarter is not None:
        return ResolvedDate(f"{y:04d}-{expr.quarter:02d}", "half" if expr.half else "quarter", date(y, expr.quarter, 1))
    if expr.month is not None:
        return _month(y, expr.month)
    return ResolvedDate(f"{y:04d}", "year", date(y, 1, 1))


def _lunar_day(y: int, month: int, day: int, offset: int) -> ResolvedDate | None:
    """The day of the lunar ``month`` and ``day`` in the Chinese year that begins in ``y``."""
    from lunardate import LunarDate

    try:
        return _day(LunarDate(y, month, day).to_solar_date() + timedelta(days=offset))
    except ValueError:  # a year the tables do not cover
        return None


def _yearly_day(y: int, name: str) -> ResolvedDate | None:
    """The day in ``y`` of a solar term (``None`` outside 2001–2099, where its formula holds) or of a holiday on a
    weekday of its month."""
    if name in WEEKDAY_HOLIDAYS:
        month, weekday, nth = WEEKDAY_HOLIDAYS[name]
        first = date(y, month, 1)
        return _day(first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1)))
    if not 2001 <= y <= 2099:
        return None
    month, constant = SOLAR_TERMS[name]
    years = y % 100
    return _day(date(y, month, int(years * 0.2422 + constant) - (years - (month <= 2)) // 4))


def _day(d: date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), "day", d)


def _decade(first: int) -> ResolvedDate:
    return ResolvedDate(f"{first:04d}", "decade", date(first, 1, 1))


def _month(y: int, m: int) -> ResolvedDate:
    return ResolvedDate(f"{y:04d}-{m:02d}", "month", date(y, m, 1))


_DAYS_AHEAD = 7  # how far after the reference day a bare day may be of the same month
