"""The grammar of dates in Chinese news: ``scan`` finds date expressions (absolute like
``2023年11月17日``, relative like ``去年11月``, ``周四晚上``, ``9年前``, ``年底``) without knowing when the
article was written."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date

from tui.traditional import to_simplified


SEASON_MONTH = {"春": 3, "夏": 6, "秋": 9, "冬": 12}

_PART_MONTH = {"初": 1, "年中": 6, "底": 12, "末": 12}

_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}
_YEAR_WORD = {"大前年": -3, "前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1, "后年": 2, "大后年": 3}
_TOLD_YEAR_WORD = {"同年": 0, "当年": 0, "那年": 0, "那一年": 0, "这一年": 0, "次年": 1, "翌年": 1, "第二年": 1,
                   "前一年": -1, "上年": -1}
_MONTH_WORD = {"上个月": -1, "上月": -1, "本月": 0, "这个月": 0, "当月": 0, "次月": 1, "翌月": 1, "下个月": 1, "下月": 1}
_TOLD_MONTH_WORDS = ("当月", "次月", "翌月")  # of the month told last (2024年3月……次月: April), not of the writing
_WEEK_WORD = {"上周": -1, "上星期": -1, "本周": 0, "这周": 0, "这个星期": 0, "下周": 1, "下星期": 1}
_DAY_WORD = {"大前天": -3, "前天": -2, "前日": -2, "前晚": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "昨早": -1,
             "昨晨": -1, "今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0, "今夜": 0, "明天": 1, "明日": 1,
             "明晚": 1, "明早": 1, "明晨": 1, "昨午": -1, "今午": 0, "明午": 1}  # (昨午, 今午: noon, as Hong Kong writes it)
# What 明 ends words after, 'clear' or 'bright' (表明, 探明, 证明, 光明…), but not 说 ('says tomorrow' as often as 说明).
_ENDS_WORDS_OF_MING = "表探证声查阐发光聪鲜透简标指开照文分英高精清黎失注载"
_UNIT_DAYS = {"年": 365, "个月": 30, "周": 7, "天": 1}

FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# Words after which a number of 日 is how long, not which day (拘留5日, 为期3日).
_DURATION_BEFORE = ("拘留", "为期", "為期", "长达", "長達", "历时", "歷時", "连续", "連續", "持续", "持續", "延长", "延長",
                    "停留", "隔离", "隔離", "共计", "共計")
_TIME_OF_DAY = r"(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|深夜|早|晚)?"
# 后年, the year after next, not the end of another word before 年 (此后|年均, 最后|年龄, 今后|年内,
# 赛后|年仅: the first characters of jieba's commonest words that end in 后)
_YEAR_PREFIX = r"(?P<yw>大前年|大后年|(?<![目提之以眼])前年(?![龄轻纪级代])|去年|(?<![如迄现当古])今年|(?<![日基资根])本年|明年|(?<![之以此然最其随而往落背先今前日赛战午会事产])后年(?![龄纪代轻级均度份间内来仅]))"
# Holidays on fixed days of the calendar (国庆节, 元旦, 双十一), and of the Chinese calendar
# (春节, 中秋节: their lunar month and day, and the days from it: 除夕 is the eve of 春节). The
# short names only before 节, 假期, 期间… (五一假期, 十一黄金周, 中秋假期; not 五一路, 王国庆, 中秋月饼).
_HOLIDAYS = {"元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "三八": (3, 8), "植树节": (3, 12),
             "愚人节": (4, 1), "劳动节": (5, 1), "五一": (5, 1), "儿童节": (6, 1), "六一": (6, 1),
             "建党节": (7, 1), "七一": (7, 1), "建军节": (8, 1), "八一": (8, 1), "教师节": (9, 10),
             "国庆节": (10, 1), "国庆": (10, 1), "十一": (10, 1), "万圣节": (10, 31), "双十一": (11, 11),
             "双11": (11, 11), "平安夜": (12, 24), "圣诞节": (12, 25), "圣诞": (12, 25)}
_LUNAR_HOLIDAYS = {"春节": (1, 1, 0), "除夕": (1, 1, -1), "元宵节": (1, 15, 0), "端午节": (5, 5, 0), "端午": (5, 5, 0),
                   "七夕": (7, 7, 0), "中秋节": (8, 15, 0), "中秋": (8, 15, 0), "重阳节": (9, 9, 0)}
# The solar terms news dates things by (清明, a public holiday; 冬至, a festival; 立冬, winter's start to weather news):
# the month each falls in and the constant C of the formula for its day in 2001–2099, ⌊Y × 0.2422 + C⌋ − ⌊L ÷ 4⌋ (Y the
# year's last two digits; L is Y, or Y − 1 for a term of January or February).
SOLAR_TERMS = {"立春": (2, 3.87), "春分": (3, 20.646), "清明": (4, 4.81), "立夏": (5, 5.52), "夏至": (6, 21.37),
               "立秋": (8, 7.5), "秋分": (9, 23.042), "立冬": (11, 7.438), "冬至": (12, 21.94)}
# Holidays on a weekday of their month: the month, the weekday (Monday 0) and which of them in the month.
WEEKDAY_HOLIDAYS = {"母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4)}
_SHORT_HOLIDAYS = ("三八", "五一", "六一", "七一", "八一", "十一", "国庆", "圣诞", "端午", "中秋")
_HOLIDAY_AFTER = "节|假期|小长假|长假|黄金周|期间|当天|前夕|档|双节"
# A holiday's gala, which names a show held on its eve or about it, not the day (2026年春节联欢晚会, 中秋晚会).
_HOLIDAY_SHOWS = "联欢晚会|联欢会|晚会"
_HOLIDAY = ("(?P<{0}>" + "|".join(sorted({*_HOLIDAYS, *_LUNAR_HOLIDAYS} - set(_SHORT_HOLIDAYS), key=len, reverse=True))
            + "|(?:" + "|".join(_SHORT_HOLIDAYS) + ")(?=[”\"」]?(?:" + _HOLIDAY_AFTER + ")"  # (“十一”黄金周)
            # (two together: 国庆中秋假期)
            + "|(?:" + "|".join(_SHORT_HOLIDAYS) + ")(?:" + _HOLIDAY_AFTER + ")))(?!" + _HOLIDAY_SHOWS + ")")
_QUOTED = "[“\"「]?"  # a holiday's name in quotes after its year (今年“双11”购物节)
# A quarter (第三季度, 三季度, Q3; its end, 三季度末; its report, 三季报) or half (上半年) of a year; {0} names the
# groups of one use.
_QUARTER = r"(?:第?(?P<{0}n>[一二三四1-4])季(?:度(?P<{0}e>末|底)?|报)|(?<![A-Za-z])Q(?P<{0}l>[1-4])(?![\dA-Za-z])|(?P<{0}h>[上下])半年)"

_EARLY_YEAR = r"(?<![有近约达过今逾历经长])1[0-8]\d\d(?=\s?年(?![多来前间代]|之久|历史|的历史|左右|以上|以来|时间))"
# A part of a month, still the month's (10月底, 本月初, 下月中旬).
_MONTH_PART = "(?:初|上旬|中旬|下旬|底|末)"

# What a season names a kind of, not a time (冬季运动, 夏季奥运会, 冬季项目, 夏季风, 秋季攻势, 春夏季时装),
# as the sports, weather and fashion pages write them.
_SEASONAL_KINDS = "运动|奥运|奥林匹克|项目|风|攻势|时装|两项|达沃斯"
# A season of a year told: its word (2024年秋季, 去年春天), or its character alone where the clause ends or a word of
# time follows it (1957年春，; 同年冬以来), not where it begins a word (2020年春节, 2022年冬奥会, 2025年春晚); {0}
# names the group.
_SEASON = r"(?P<{0}>[春夏秋冬])(?:[天季]|(?=[，,。；;、）)]|以来|起|时|的))"

_LUNAR_MONTH = "十[一二]|[一二三四五六七八九十]"
_LUNAR_DAY = "初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?|[一二三四五六七八九]"
_LUNAR_MONTH_NAME = {"正": 1, "冬": 11, "腊": 12}
NUMERAL = re.compile("[0-9０-９〇零一二三四五六七八九十两]")  # every full or month-day date has one
# Each kind of expression, in the order the scanner tries them at one position.
_ALTERNATIVES = (
    # A decade (1990年代, 20世纪90年代末, 上世纪80年代, 八十年代初), of the century told, absolute or counted from the
    # writing's (上世纪, 本世纪), or none (80年代: the last so numbered that ended by the writing); not one of two written
    # together (六七十年代), nor the 年代 of an era (战争年代).
    r"(?P<decade>(?:(?P<dca>(?:19|20)[0-9]0)|(?:(?P<dcc>19|20|二十|十九)世纪|(?P<dcw>上个?|本)世纪)?"
    r"(?<![\d一二三四五六七八九十])(?P<dcd>[1-9]0|[一二三四五六七八九]十))年代(?:初期?|中期?|末期?|前期|后期)?)",
    # The start or end of a century, its first or last decade (本世纪初, 上世纪末, 20世纪初叶).
    r"(?P<cpart>(?:(?P<cpc>20|二十|21|二十一)世纪|(?P<cpw>上个?|本)世纪)(?P<cpp>初|末)[期叶]?)",
    r"(?P<iso>(?<!\d)(?P<iy>(?:19|20)\d\d)[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})(?!\d))",
    # A season or fiscal year (2025赛季), across two years dated by its first (1996-97赛季); a
    # fiscal year with its quarter or half (2026财年第二季度), which is no quarter of the calendar.
    r"(?P<span>(?<!\d)(?P<sy>(?:19|20)\d\d)(?:\s?[-－—–~～/至到]\s?(?:(?:19|20)?\d\d))?年?"
    r"(?:赛季|(?P<fiscal>财政年度|会计年度|财年)(?:" + _QUARTER.format("fq") + ")?|年度|学年|球季))",
    # The first year of a range of years (2023—2024年), the second being a year of its own.
    r"(?P<yfrom>(?<!\d)(?P<yf>(?:19|20)\d\d)(?=\s?[-－—–~～至到]\s?(?:19|20)\d\d\s?年))",
    # A year of the Republic of China, as Taiwan counts them, is 1911 on (民國114年 is 2025; and without 民國
    # before a month or 年度, 114年1月, 115年度, as no count of years is written).
    # A year before 1900 only where it cannot be a number of years (1688年, not 有1500年历史).
    # A year of any number of digits after 公元, the common era (公元759年; not 公元前221年, before it).
    # A year in brackets after 今, 去 or 明, as Taiwan's press writes it (明（2027）年1月1日).
    r"(?P<ymd>(?P<ybr>[今去明]\s?[（(](?=(?:(?:19|20)\d\d|1[01]\d)[）)]))?"
    r"(?:公元)?(?<![\d〇零一二三四五六七八九])(?P<y>(?<=公元)(?P<ad>[1-9]\d{0,3})|(?:19|20)\d\d|" + _EARLY_YEAR
    + r"|[一二][〇零一二三四五六七八九]{3}|民[国國]\d{1,3}"
    r"|1[01]\d(?=[）)]?\s?年(?:度|\s?\d{1,2}\s?月)))"
    r"(?(ybr)[）)])\s?年(?!代)度?"
    r"(?:\s?(?P<m>" + _NUM + r")\s?月"
    r"(?:份|\s?(?P<d>" + _NUM + r")\s?[日号]|" + _MONTH_PART + r")?)?"
    r"(?:" + _SEASON.format("yseason") + r"|年?(?P<ypart>[初底末]|年中)|" + _QUARTER.format("yq")
    + "|" + _QUOTED + _HOLIDAY.format("yh") + ")?)",
    r"(?P<rel>" + _YEAR_PREFIX + r"(?:度(?![\d一二三四五六七八九十]))?(?:(?P<rm>" + _NUM + r")月(?:份|(?P<rd>" + _NUM
    + r")[日号]|" + _MONTH_PART + r")?|" + _SEASON.format("rseason") + r"|年?(?P<rpart>[初底末]|年中)|" + _QUARTER.format("rq")
    + "|" + _QUOTED + _HOLIDAY.format("rh") + ")?)",
    # The year or month told last, or the next (同年6月, 次年, 当年10月, 同月15日), or the one
    # before it a figure is compared with (2024年……比上年增长; not 上年纪, 配上年画): see ``anchor``.
    r"(?P<tyear>(?P<tyw>(?:(?<!如)同年|(?<![这此一二三四五六七八九十两几每本上下首该多\d])次年|翌年|第二年|(?<!提)前一年"
    # (and 那年, 这一年, opening a clause or after 在, 从 or 就在: not 23岁那年, a happening's, nor 那年头, 那年轻人)
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[在从]))(?:那一?年|这一年)(?![头轻多]))"
    r"(?![龄级纪代会])|当年(?=" + _NUM + r"月)"
    r"|(?<=[比较与同])上年(?![纪画]))(?:(?P<tm>" + _NUM + r")月(?:份|(?P<td>"
    + _NUM + r")[日号])?|" + _SEASON.format("tseason") + r"|年?(?P<tpart>[初底末]|年中))?)",
    r"(?P<tmonth>同月(?P<tmd>" + _NUM + r")[日号])",
    # A solar term where a clause or a preposition puts it (立冬以来, 今年冬至, 清明节; not a given name, 王立冬, nor
    # 清明 of 政治清明 or 《清明上河图》, but before its holiday's words, 清明假期).
    r"(?P<term>(?:(?<![\u4e00-\u9fff])|(?<=[于在至到从自过入是的年后前和与、今]))(?P<tn>立春|春分|立夏|夏至|立秋|秋分|立冬|冬至"
    r"|清明(?=节|" + _HOLIDAY_AFTER + r"|前后|时节|祭扫))节?)",
    r"(?P<weekday_holiday>" + "|".join(WEEKDAY_HOLIDAYS) + ")",
    r"(?P<bare_season>(?<![今去明本前年])(?P<bs>[春夏秋冬])季(?![度是为為]|" + _SEASONAL_KINDS + "))",  # (not a season told
    # of in general: 冬季是脑卒中的高发季节; nor one a kind of thing is named for, 冬季运动管理中心, 夏季奥运会)
    # A season of this, last or next year in one character each, as news heads it (今冬首场降雪, 今春以来, 去冬今春,
    # 明春开工); not a season's word (今春天, 明秋季: the year's word then comes first, 今年秋季), nor 去 'to go'
    # (冬去春来, 去春游).
    r"(?P<short_season>(?P<ssw>[今明]|(?<![春夏秋冬])去(?![春秋]游|冬泳))(?P<sss>[春夏秋冬])(?![天季]))",
    r"(?P<bare_part>(?<![\d今去明本前后年大青少成老童晚幼壮每])年(?P<bp>[初底末])(?![级一二三四五六七八九十]))",  # (not 大年初一)
    # The part of the month told (月底前, 截至月初): this month's, where no word or number before
    # makes it another's (岁月, 正月, 10月底).
    r"(?P<bare_mpart>(?:(?<![\u4e00-\u9fff\d])|(?<=[于在到至]))月(?P<bmp>初|底|末)(?![级]))",
    # A quarter or half of a year with no year (三季度, Q3, 上半年): not a count of them (前三季度, 连续两季度).
    r"(?P<bare_quarter>(?<![\d今去明本前年续过近])" + _QUARTER.format("bq") + ")",
    r"(?P<bare_holiday>" + _HOLIDAY.format("bh") + ")(?!(?<=节)目)",  # (not 迎春|节目)
    # A day of the Chinese calendar: after 农历, of its first, eleventh or twelfth month by name, or
    # counted as only it counts days (农历八月十五, 正月十五, 腊月二十三, 十月初一, 大年初一; not 八月十五日).
    r"(?P<lunar_md>(?:农历|阴历)(?P<lm1>" + _LUNAR_MONTH + ")月(?P<ld1>" + _LUNAR_DAY + ")|(?P<lm2>正|冬|腊)月(?P<ld2>"
    + _LUNAR_DAY + ")|(?P<lm3>" + _LUNAR_MONTH + ")月(?P<ld3>初[一二三四五六七八九十]|廿[一二三四五六七八九])"
    r"|大年(?P<ld4>初[一二三四五六七八九十]))"
    r"(?![一二三四五六七八九十日号])",
    # So long ago (9年前, 二十年前, 半个月前); not a count told roughly (几十年前, 两三年前, 三四十年前).
    r"(?P<ago>(?P<n>(?<!\d)\d{1,3}|(?<![〇零一二三四五六七八九十两几数])(?:[一二三四五六七八九两]?十[一二三四五六七八九]?"
    r"|[一二三四五六七八九两])|半)(?P<unit>年|个月|周|天)(?:前|之前)(?P<today>(?<=年前)的今天|(?<=年前)的今日)?)",
    # So many days or weeks after the day told last (11月28日……三天后, 两周后): see ``anchor``, as 次日; not a count told
    # roughly (几天后, 两三天后), nor a diva (歌坛天后).
    r"(?P<later>(?P<ln>(?<!\d)\d{1,3}|(?<![〇零一二三四五六七八九十两几数第])(?:[一二三四五六七八九两]?十[一二三四五六七八九]?"
    r"|[一二三四五六七八九两]))(?P<lu>天|周|个星期)(?:后|之后|以后))",
    # And so many years or months after the year or date told last, opening a clause (2015年，他创办公司。两年后，公司上市),
    # as 次年 and 次月 are, also that very day so many years on (2021年6月17日……四年后的今天); not bound to a happening
    # (毕业两年后).
    r"(?P<later_ym>(?<![\u4e00-\u9fff\d])(?P<lyn>\d{1,3}|(?:[一二三四五六七八九两]?十[一二三四五六七八九]?"
    r"|[一二三四五六七八九两]))(?P<lyu>年|个月)(?:后|之后|以后)(?P<ltoday>(?<=年后)的今[天日])?)",
    # (not 登上|月球, 基本|月租, 初次|月经; but 上月|经济, 上个月|经营)
    r"(?P<mword>(?:上个月|(?<!登)上月|(?<![基资日根])本月|这个月|当月|(?<![\d一二三四五六七八九十每本这该此首单多初])[次翌]月"
    r"|下个月|下月)(?!球|经(?![济营过历销理费])))(?:(?P<mwd>" + _NUM + r")[日号]|" + _MONTH_PART + ")?",
    # A weekday (周三, 上周末); not every one (每周三).
    # (not 一周|一直, 一周|天气, 日本|周边, 资本|周转, 一下|周围, 一下|周总理, nor one called so, 老周|一边, 小周|一早)
    # (nor a name begun with the surname 周, 周天成: 周天, 'Sunday', only before what follows a day)
    r"(?P<wkday>(?<!每)(?:(?P<wq>上|下|本|这)|(?<![一隔老小]))(?:周|星期|礼拜)(?P<wd>[一二三四五六日天末])(?!(?<=天)气)"
    r"(?!(?<=周天)(?![上下晚早中凌傍夜的在起前后将是举开到至和与及或也都就])[\u4e00-\u9fff])"
    + _TIME_OF_DAY + ")",
    r"(?P<week>(?<![日资基根一留])(?:上周|上星期|本周|这周|这个星期|下周|下星期))(?![一二三四五六日天末边围转到全密折])",
    # Within this year or month (力争年内完成, 月内上市); not within so many (一年内, 三个月内, 若干年内), nor a year or
    # month told (该年内, 当月内, 财年内), nor a word (年内外, 月内容).
    r"(?P<within>(?<![\d〇零一二三四五六七八九十百千两几半多个数今本明去同当该前后近岁日整全每上下这干周元学财历])"
    r"(?P<wu>[年月])内(?![外容部]))",
    # Two days or years from today's or tomorrow's, as weather news counts them (今明两天, 明后天, 今明两年): the first.
    r"(?P<two>(?P<tw>今明|明后)两?(?P<tu>[天日年]))",
    # (not 前|日本首相, 表明|日本, nor the 今 of 'now': 如今|日本, 当今|天体, 迄今|天文, 时至今日, each written so in the
    # corpora, nor a paper, 光明日报, 27 times there; but 而今天, 'and today', six times; nor the end of a word of 前 or
    # 明, 目前|日平均, 此前|天文, 探明|天然气, 表明|早在, though 从前天晚上 and 他说明天 are days)
    r"(?P<dword>(?<![如迄现当古])(?<!时至)(?!(?<=光)明日报)(?!(?<=[目此提之以眼])前)(?!(?<=[" + _ENDS_WORDS_OF_MING
    + "])明)(?:" + "|".join(sorted(_DAY_WORD, key=len, reverse=True))
    + "))(?!(?<=[前明]日)本)",
    # The day after tomorrow, where a clause or a preposition puts it (后天起, 将于后天, 明天或大后天; not 随后|天津,
    # 之后|天气, nor the 后天 of what is acquired, 先天和后天, 后天性).
    r"(?P<after_tomorrow>(?:(?<![\u4e00-\u9fff])|(?<=[于在到至从自将和与或及、]))(?<!先天和)(?P<atw>大后天|后天)(?![气津然空文下性堂形培习努因]))",
    # The day just told (6月1日上午……当天下午), the one after it (次日) or before (此前一天): see ``anchor``.
    # (not 不可同日而语, 同日方: with Japan's side; nor 每|当天黑, 合同|日前, 趋同|日益, 这次|日本, 提前一天, a count)
    r"(?P<told>(?<!每)(?:当天|当日|当晚|当夜)|(?<![合趋如相共大])同日(?![方本韩美元企资军籍媒相产系货而益])|同一天"
    r"|(?:那一?天|这一天)(?![津气然文空])"  # (that day, as 当天; not 那|天津)
    r"|(?<![这此一二三四五六七八九十两几每本上下首该多\d])次日|翌日|隔天|第二天|(?<!提)(?:此)?前一[天日])",
    # Today, yesterday, the day before or tomorrow with its day in brackets, as Taiwan's press writes them (今（29）日,
    # 前（3）日) and Hong Kong's (昨（17日）), and last, this or next month so (上（11）月, 下（1）月).
    r"(?P<dword_day>(?P<dwd>[今昨明前])\s?[（(](?P<dwdd>\d{1,2})(?:[）)]\s?日|日[）)]))",
    r"(?P<dword_month>(?P<dwm>[上本下])\s?[（(](?P<dwmm>\d{1,2})[）)]\s?月)",
    # (not the months counted from the year's start, 前11月, the first eleven; but 此前10月, earlier, in October)
    r"(?P<md>(?<![\d个几数多])(?<!每年)(?<!(?<![此之目以提日天])前)(?P<mm>" + _NUM + r")\s?月(?:份|\s?(?P<md_d>" + _NUM
    + r")\s?[日号]|" + _MONTH_PART + r")?(?![份]?[初中底末]?\d(?!\d?[时点]))(?<![一二三四五六七八九十]月(?=天)))",  # not the band 五月天
    # A bare day of the month (4日); 号 only where it cannot be a number (3号线), in a list
    # too (3号、4号晚上, not 1号、2号入口), and in a range so ended (3号至5号在, not 3号至8号祭祀坑).
    # An hour may follow (6日16时), a day count may not (拘留5日, 30日内).
    r"(?P<dayonly>(?<![\d月.])" + "".join(f"(?<!{word})" for word in _DURATION_BEFORE)
    + r"(?P<do>\d{1,2})(?:日|号(?=(?:、\d{1,2}号)*[，,讯晚上下早凌傍在起至到前后])"
    r"(?![至到]\d{1,2}号[^，,。；、讯晚上下早凌傍在起前后\s]))(?![内本])(?!\d(?!\d?[时点])))",
)
# The kinds a line holding nothing but a date can be: the reader parses every article with this
# smaller pattern before its first frame, and compiles the whole scanner only when it scans.
_LINE_KINDS = ("iso", "span", "ymd", "md")


# Every character an expression can begin with (numerals, 今/去/明…, 上/下/周/星期, 同/次/当,
# seasons, holidays, Q, 民): the scanner passes every other position at once, ten times
# faster than trying each kind there. A new kind of expression adds its first characters here
# (the tests match each kind on its own against it).
FIRST_CHARS = ("那0-9〇零一二三四五六七八九十两半前去今本明同次翌第当隔春夏秋冬年上下这周星礼大昨后立清母父感"
               "公元情妇植愚劳儿建教国万双平圣除端中重Q民月此农阴正腊冬")


@functools.cache
def _scanner() -> re.Pattern[str]:
    return re.compile(f"(?=[{FIRST_CHARS}])(?:{'|'.join(_ALTERNATIVES)})")


@functools.cache
def line_date_pattern() -> re.Pattern[str]:
    return re.compile("|".join(a for a in _ALTERNATIVES if a[4:a.index(">")] in _LINE_KINDS))


def parse_number(token: str) -> int:
    """Arabic or Chinese numerals up to 99 (十二, 二十五, 三十一)."""
    if token.isdigit():
        return int(token)
    if "十" in token:
        tens, _, units = token.partition("十")
        return (CN_DIGIT.get(tens, 1) if tens else 1) * 10 + (CN_DIGIT.get(units, 0) if units else 0)
    return CN_DIGIT.get(token, 0) if len(token) == 1 else int("".join(str(CN_DIGIT[c]) for c in token))


@dataclass(frozen=True)
class DateExpr:
    """One date expression as written, before it is tied to a calendar."""

    start: int
    end: int
    text: str
    kind: str  # absolute | year_offset | month_offset | week_offset | weekday | day_offset | ago | month_day | day
    # | told_day | bound_day (事发当天, 开始一个月前: of a happening, never resolved) | quarter (三季度, with no year)
    # | lunar (春节, with no year) | told_year (同年6月, 次年) | told_month (同月15日)
    # | absolute_decade (1990年代: ``year`` its first) | decade (80年代, 上世纪80年代: ``offset`` the decade's number in
    # its century, ``century`` which)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: int | None = None  # the first month of the season
    quarter: int | None = None  # the first month of the quarter (1, 4, 7, 10) or half (1, 7)
    half: bool = False  # ``quarter`` is the first month of a half year
    lunar: tuple[int, int, int] | None = None  # a holiday's lunar month and day, and days from it
    yearly: str | None = None  # a day reckoned anew each year (a solar term, 清明; 母亲节), of kind lunar too
    offset: int = 0  # years, months, weeks or days, depending on ``kind``
    weekday: int | None = None
    century: int | None = None  # of a decade, the writing's century counted from (上世纪 -1, 本世纪 0; None: untold)
    future: bool = False  # its clause tells of something to come (将于11日宣布)
    # (told as to come only by the clause after a numbered month, 2月，新政将正式实施: the next such month when that is
    # within half a year, else the one before, as a month is read without it)
    soon: bool = False
    same_day: bool = False  # of so many years ago or after, this very day (十年前的今天, 四年后的今天)
    this_week: bool = False  # a bare weekday things start from (周三起实施): this week's, past or to come
    past: bool = False  # what is told since then (1月以来, 1月至今): past for certain, whatever the month
    anchor: DateExpr | None = None  # for 当天, 次日, 同年, 同月: the date told last before it
    fiscal: bool = False  # a company's or state's fiscal year (2026财年), which may begin in any month
    year_named: int | None = None  # of a month and day, the year that opens its clause: theirs when no other is told

    @property
    def relative(self) -> bool:
        return self.kind != "absolute"


def valid_date(y: int, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        try:
            date(y, m or 1, d)
        except ValueError:
            return False
    return True


def _quarter(g: defaultdict[str, str | None], name: str) -> dict[str, int | bool]:
    """The quarter or half year the groups ``name``… of the quarter pattern matched, if any."""
    if g[name + "h"]:
        return {"quarter": 1 if g[name + "h"] == "上" else 7, "half": True}
    number = g[name + "n"] or g[name + "l"]
    if number and g[name + "e"]:  # 三季度末: the quarter's last month
        return {"month": 3 * parse_number(number)}
    return {"quarter": 3 * parse_number(number) - 2} if number else {}


def _month_day_season(g: defaultdict[str, str | None], month: str, day: str, season: str, part: str,
                      holiday: str = "") -> tuple[int | None, int | None, int | None]:
    """The month, day and season that the named groups of one kind of date matched; a part of the
    year (年底) or a holiday (春节) names the month itself."""
    m = parse_number(g[month]) if g[month] else None
    d = parse_number(g[day]) if g[day] else None
    if g[part]:
        m = _PART_MONTH[g[part]]
    if holiday and g[holiday]:
        m, d = _HOLIDAYS.get(g[holiday], (None, None))
    return m, d, SEASON_MONTH[g[season]] if g[season] else None


def _expr(match: re.Match[str], base: int) -> DateExpr | None:
    g = defaultdict(lambda: None, match.groupdict())  # the line pattern has fewer groups
    start, end = match.start() + base, match.end() + base
    text = match.group()
    if g["decade"]:
        if g["dca"]:
            return DateExpr(start, end, text, "absolute_decade", int(g["dca"]))
        decade = parse_number(g["dcd"])
        if g["dcc"]:
            return DateExpr(start, end, text, "absolute_decade", (19 if g["dcc"] in ("20", "二十") else 18) * 100 + decade)
        return DateExpr(start, end, text, "decade", offset=decade,
                        century=None if g["dcw"] is None else -1 if g["dcw"].startswith("上") else 0)
    if g["cpart"]:
        decade = 0 if g["cpp"] == "初" else 90
        if g["cpc"]:
            return DateExpr(start, end, text, "absolute_decade", (19 if g["cpc"] in ("20", "二十") else 20) * 100 + decade)
        return DateExpr(start, end, text, "decade", offset=decade, century=-1 if g["cpw"].startswith("上") else 0)
    if g["iso"]:
        y, m, d = int(g["iy"]), int(g["im"]), int(g["id"])
        return DateExpr(start, end, text, "absolute", y, m, d) if valid_date(y, m, d) else None
    if g["span"]:
        return DateExpr(start, end, text, "absolute", int(g["sy"]), fiscal=bool(g["fiscal"]))
    if g["yfrom"]:
        return DateExpr(start, end, text, "absolute", int(g["yf"]))
    if g["ymd"]:
        y = int(g["ad"]) if g["ad"] else int(g["y"].lstrip("民国國")) + 1911 if g["y"][0] == "民" or len(g["y"]) == 3 \
            else parse_number(g["y"])  # (公元759, 2024, 二〇二四, 民國113 or 113)
        m, d, season = _month_day_season(g, "m", "d", "yseason", "ypart", "yh")
        if not valid_date(y, m, d):
            return None
        return replace(DateExpr(start, end, text, "absolute", y, m, d, season, lunar=_LUNAR_HOLIDAYS.get(g["yh"] or "")),
                       **_quarter(g, "yq"))
    if g["rel"]:
        m, d, season = _month_day_season(g, "rm", "rd", "rseason", "rpart", "rh")
        if not valid_date(2000, m, d if m else None):
            return None
        return replace(DateExpr(start, end, text, "year_offset", None, m, d, season, offset=_YEAR_WORD[g["yw"]],
                                lunar=_LUNAR_HOLIDAYS.get(g["rh"] or "")), **_quarter(g, "rq"))
    if g["tyear"]:
        m, d, season = _month_day_season(g, "tm", "td", "tseason", "tpart")
        if not valid_date(2000, m, d if m else None):
            return None
        return DateExpr(start, end, text, "told_year", None, m, d, season, offset=_TOLD_YEAR_WORD[g["tyw"]])
    if g["tmonth"]:
        d = parse_number(g["tmd"])
        return DateExpr(start, end, text, "told_month", day=d) if 1 <= d <= 31 else None
    if g["bare_season"]:
        return DateExpr(start, end, text, "year_offset", season=SEASON_MONTH[g["bs"]])
    if g["term"]:
        return DateExpr(start, end, text, "lunar", yearly=g["tn"])
    if g["weekday_holiday"]:
        return DateExpr(start, end, text, "lunar", yearly=g["weekday_holiday"])
    if g["short_season"]:
        return DateExpr(start, end, text, "year_offset", season=SEASON_MONTH[g["sss"]], offset=_YEAR_WORD[g["ssw"] + "年"])
    if g["bare_mpart"]:
        return DateExpr(start, end, text, "month_offset")
    if g["bare_part"]:
        return DateExpr(start, end, text, "year_offset", month=_PART_MONTH[g["bp"]])
    if g["bare_holiday"]:
        if g["bh"] in _LUNAR_HOLIDAYS:
            return DateExpr(start, end, text, "lunar", lunar=_LUNAR_HOLIDAYS[g["bh"]])
        m, d = _HOLIDAYS[g["bh"]]
        return DateExpr(start, end, text, "month_day", None, m, d)
    if g["lunar_md"]:
        month, day = next(((g[f"lm{i}"], g[f"ld{i}"]) for i in (1, 2, 3) if g[f"lm{i}"]), ("正", g["ld4"]))
        return DateExpr(start, end, text, "lunar", lunar=(_LUNAR_MONTH_NAME.get(month) or parse_number(month),
                                                          parse_number(day.replace("初", "").replace("廿", "二十")), 0))
    if g["bare_quarter"]:
        told = _quarter(g, "bq")
        return DateExpr(start, end, text, "month_day" if "month" in told else "quarter", **told)
    if g["ago"]:
        if g["n"] == "半":  # 半年前, 半个月前: in days, as the months and days before are
            return DateExpr(start, end, text, "ago", offset=(182 if g["unit"] == "年" else _UNIT_DAYS[g["unit"]] // 2))
        n = parse_number(g["n"]) if g["n"] != "两" else 2
        return DateExpr(start, end, text, "ago", offset=n * _UNIT_DAYS[g["unit"]] if g["unit"] != "年" else n,
                        month=None if g["unit"] != "年" else 0, same_day=bool(g["today"]))
    if g["later"]:
        n = parse_number(g["ln"]) if g["ln"] != "两" else 2
        return DateExpr(start, end, text, "told_day", offset=n * (1 if g["lu"] == "天" else 7))
    if g["later_ym"]:
        n = parse_number(g["lyn"]) if g["lyn"] != "两" else 2
        return DateExpr(start, end, text, "told_year" if g["lyu"] == "年" else "told_month", offset=n,
                        same_day=bool(g["ltoday"]))
    if g["mword"]:
        d = parse_number(g["mwd"]) if g["mwd"] else None
        if not valid_date(2000, 1, d):
            return None
        if g["mword"] in _TOLD_MONTH_WORDS:  # the month told last (2024年3月……当月), or the next, if any: see ``anchor``
            return DateExpr(start, end, text, "told_month", day=d, offset=_MONTH_WORD[g["mword"]])
        return DateExpr(start, end, text, "month_offset", day=d, offset=_MONTH_WORD[g["mword"]])
    if g["wkday"]:
        offset = {"上": -1, "下": 1}.get(g["wq"] or "", 0)
        return DateExpr(start, end, text, "weekday", offset=offset, weekday=_WEEKDAY[g["wd"]],
                        month=None if g["wq"] else -1)
    if g["week"]:
        return DateExpr(start, end, text, "week_offset", offset=_WEEK_WORD[g["week"]])
    if g["two"]:
        offset = 0 if g["tw"] == "今明" else 1
        if g["tu"] == "年":
            return DateExpr(start, end, text, "year_offset", offset=offset)
        return DateExpr(start, end, text, "day_offset", offset=offset)
    if g["within"]:
        return DateExpr(start, end, text, "year_offset" if g["wu"] == "年" else "month_offset")
    if g["dword"]:
        return DateExpr(start, end, text, "day_offset", offset=_DAY_WORD[g["dword"]])
    if g["after_tomorrow"]:
        return DateExpr(start, end, text, "day_offset", offset=3 if g["atw"] == "大后天" else 2)
    if g["told"]:
        return DateExpr(start, end, text, "told_day",
                        offset=0 if g["told"][0] in "当同那这" else -1 if "前" in g["told"] else 1)
    if g["dword_day"]:
        d = int(g["dwdd"])
        return DateExpr(start, end, text, "day", day=d, future=g["dwd"] == "明") if 1 <= d <= 31 else None
    if g["dword_month"]:
        m = int(g["dwmm"])
        return DateExpr(start, end, text, "month_day", None, m, future=g["dwm"] == "下") if 1 <= m <= 12 else None
    if g["md"]:
        m = parse_number(g["mm"])
        d = parse_number(g["md_d"]) if g["md_d"] else None
        return DateExpr(start, end, text, "month_day", None, m, d) if valid_date(2000, m, d) else None
    if g["dayonly"]:
        d = int(g["do"])
        return DateExpr(start, end, text, "day", day=d) if 1 <= d <= 31 else None
    return None


def scan(text: str, subjects: Collection[int] = (), words: Mapping[str, str] | None = None) -> list[DateExpr]:
    """Every date expression in ``text``, in order, with spans into ``text``; ``subjects``,
    the offsets where the name of someone ends (the people found), tell 他当天 from 事发当天;
    ``words``, a dictionary's words and their tags (jieba's), tell 明日 from 光明日报."""
    folded = to_simplified(text).translate(FULLWIDTH_DIGITS)  # 當天 and 上週三 read as 当天 and 上周三
    titles = [m.span() for m in _BOOK_TITLE.finditer(folded)]
    found = []
    for match in _scanner().finditer(folded):
        expr = _expr(match, 0)
        if expr is not None and not NUMERAL.search(expr.text) and (
                any(s < expr.start and expr.end < e for s, e in titles)
                or words is not None and _inside_name(folded, expr.start, expr.end, words)):
            continue  # a word of a name or title: 光明日报, 明日之星, 《今日说法》
        if expr is not None and expr.season is not None and len(expr.text) == 2 \
                and _QUOTED_TERM.match(folded, expr.start - 1) and not folded.startswith(("”", "」"), expr.end):
            continue  # a term a season opens, quoted (“春季行情”, 「春季行情」, 'the spring rally'): no time
        if expr is not None and expr.kind == "month_day" and expr.day is None \
                and _YEARS_COUNTED.search(folded, max(0, expr.start - 4), expr.start):
            continue  # months after a count of years: how long, not when (有期徒刑15年6月)
        if expr is not None and expr.kind == "year_offset" and words is not None \
                and _across_words(folded, expr.start, words):
            continue  # 税后|年薪, 目前|年轻人: two words, no year
        if expr is not None and expr.kind == "ago" and words is not None \
                and words.get(folded[expr.start - 2:expr.start], "")[:1] == "v" \
                and folded[expr.start - 2:expr.start] not in _TAKE_A_TIME:
            expr = replace(expr, kind="bound_day")  # 会计年度开始一个月前: before a happening, which the text may not date
        if expr is not None:
            clause = _CLAUSE_START.search(folded, max(0, expr.start - 16), expr.start)
            numbered = bool(NUMERAL.search(expr.text)) and expr.kind == "month_day" and expr.month is not None
            stated = _FUTURE.search(folded, clause.start() if clause else expr.start, expr.start) \
                or _FUTURE_NEXT.match(folded, expr.end)
            later = (not NUMERAL.search(expr.text) or _holiday_of_a_year(expr.text) or expr.kind in ("weekday", "lunar")
                     or numbered) \
                and _later_in_clause(folded, (past := expr.end + len(_BEFORE_OR_AFTER.match(folded, expr.end).group()))
                                     + folded.startswith(("，", ","), past), words, subject_only=numbered)
            future = stated or later
            # (周三，他们将迎来; 春节前，有关部门将出台; 正月十五前，全市将举办; 春节前，各地将开展; 2月，新政将正式实施)
            found.append(DateExpr(**{**expr.__dict__, "text": text[expr.start:expr.end],
                                      "future": bool(future) or expr.future,
                                      "soon": numbered and bool(later) and not stated and not expr.future,
                                      "this_week": expr.kind == "weekday" and folded.startswith("起", expr.end),
                                      "past": bool(_SINCE.match(folded, expr.end))}))
    # A day of a month told once as to come is to come throughout, and so are every later day of
    # that month and the month itself (将于11月17日开港 … 11月17日开港, 18日, 11月启航); not an
    # earlier day (9月5日晚进行的四分之一决赛……半决赛将于9月6日进行).
    coming: dict[int, int] = {}
    for e in found:
        if e.kind == "month_day" and e.future and not e.soon and e.month is not None and e.day is not None:
            coming[e.month] = min(e.day, coming.get(e.month, e.day))
    found = [replace(e, future=True) if e.kind == "month_day" and e.month in coming
             and (e.day is None or e.day >= coming[e.month]) else e for e in found]
    # So is a holiday of no year, after it was told once as to come (春节临近……春节期间的机票).
    feasts_coming: set[tuple[tuple[int, int, int] | None, str | None]] = set()
    for index, e in enumerate(found):
        if e.kind == "lunar" and (e.lunar, e.yearly) in feasts_coming:
            found[index] = replace(e, future=True)
        elif e.kind == "lunar" and e.future:
            feasts_coming.add((e.lunar, e.yearly))
    # And so is the next day of another month, of no year, in the same sentence (将于1月14日开始，2月22日结束;
    # 将于11月1日开工，2月28日完工).
    for index in range(1, len(found)):
        previous, expr = found[index - 1], found[index]
        if previous.kind == expr.kind == "month_day" and previous.future and not previous.soon \
                and previous.day is not None \
                and expr.day is not None and expr.month is not None and expr.month != previous.month \
                and not _SENTENCE_END.search(folded, previous.end, expr.start):
            found[index] = replace(expr, future=True)
    # A weekday with its month and day restated in brackets right after it is that day (周三（12月10日）, not the last
    # Wednesday).
    for index in range(1, len(found)):
        previous, expr = found[index - 1], found[index]
        if previous.kind == "weekday" and expr.kind in ("month_day", "absolute") and expr.day is not None \
                and folded[previous.end:expr.start] in ("（", "(") and folded[expr.end:expr.end + 1] in ("）", ")"):
            found[index - 1] = replace(expr, start=previous.start, end=previous.end, text=previous.text)
    # A bare day that ends a range or list from a full date (9月26日至28日) is in that date's month.
    for index in range(1, len(found)):
        previous, expr = found[index - 1], found[index]
        if expr.kind == "day" and previous.month is not None and previous.day is not None \
                and _RANGE_JOIN.fullmatch(folded, previous.end, expr.start):
            found[index] = replace(expr, kind=previous.kind, year=previous.year, month=previous.month,
                                   offset=previous.offset, future=previous.future)
    # So is a later bare day the sentence runs until (6月7日至8日举行，部分省份延长至10日; not 截至, what a figure stands at).
    for index in range(1, len(found)):
        previous, expr = found[index - 1], found[index]
        if expr.kind == "day" and expr.day is not None and previous.month is not None and previous.day is not None \
                and expr.day > previous.day and folded.endswith(("至", "到"), 0, expr.start) \
                and not folded.endswith("截至", 0, expr.start) \
                and not _SENTENCE_END.search(folded, previous.end, expr.start):
            found[index] = replace(expr, kind=previous.kind, year=previous.year, month=previous.month,
                                   offset=previous.offset, future=previous.future)
    # A year alone that opens the clause a month and day are in, with no 的 between, names what they are of
    # (2025年全国两会将于3月4日和5日开幕; but 2026年全国硕士研究生招生考试初试将于12月20日举行, in December 2025): their
    # year when the text tells no other.
    # So too a later month and day of the sentence, past a comma, after one with that year (2026年春运将于2月2日开始，
    # 3月13日结束).
    for index in range(1, len(found)):
        previous, expr = found[index - 1], found[index]
        if expr.kind == "month_day" and expr.month is not None \
                and (not _CLAUSE_OR_DE.search(folded, previous.end, expr.start)
                     and (previous.kind == "absolute" and previous.month is None and previous.season is None
                          and previous.year is not None and opens_clause(folded, previous.start)
                          and not compared_with(folded, previous) or previous.year_named is not None)
                     or previous.year_named is not None and previous.month is not None
                     and (expr.month, expr.day or 0) >= (previous.month, previous.day or 0)
                     and not _SENTENCE_END.search(folded, previous.end, expr.start)):
            found[index] = replace(expr, year_named=previous.year_named or previous.year)
    # A month and day of no year that ends a range from another is the first such from it on (11月24日至12月2日,
    # told in October: not last December; 12月28日至1月3日, the next January).
    for index in range(1, len(found)):
        previous, expr = found[index - 1], found[index]
        if previous.kind == expr.kind == "month_day" and previous.month is not None and expr.month is not None \
                and _RANGE_TO.fullmatch(folded, previous.end, expr.start):
            step = int((expr.month, expr.day or 0) < (previous.month, previous.day or 0))
            found[index] = replace(expr, kind="told_year", offset=step, anchor=previous)
    # A month's number that begins a range to a month of no day (1—10月, 1至10月份) is that month,
    # and both are of the year written right before the range (2024年1—10月, 去年1至11月). Each
    # month so found may begin the list in turn (10、11、12月份).
    index = len(found) - 1
    while index >= 0:
        expr = found[index]
        if expr.month is not None and expr.day is None and expr.season is None \
                and (expr.kind in ("month_day", "absolute") or expr.kind == "told_year" and expr.anchor is not None) \
                and (begun := _MONTH_RANGE_START.search(folded, max(0, expr.start - 6), expr.start)) \
                and valid_date(2000, month := parse_number(begun.group(1)), None) and month < expr.month:
            year = found[index - 1] if index else None
            if year is not None and year.end == begun.start(1) and year.month is None and year.season is None \
                    and year.kind in ("absolute", "year_offset"):
                expr = found[index] = replace(expr, kind=year.kind, year=year.year, offset=year.offset)
            first = replace(expr, start=begun.start(1), end=begun.end(1), text=text[begun.start(1):begun.end(1)], month=month)
            if expr.kind == "month_day":  # of the year the range's end is of (1至11月, told in December: not next January)
                first = replace(first, kind="told_year", offset=0, anchor=expr)
            found.insert(index, first)
            continue
        index -= 1
    # A holiday right after another told with its year is of that year too (2025年国庆中秋假期).
    for index in range(1, len(found)):
        previous, expr = found[index - 1], found[index]
        if previous.end == expr.start and previous.kind in ("absolute", "year_offset") \
                and expr.kind in ("lunar", "month_day") and not NUMERAL.search(expr.text):
            found[index] = replace(expr, kind=previous.kind, year=previous.year, offset=previous.offset)
    # This day of another year, named by its year and 今天 or 今日 (去年今日, 去年的今天): that day of that year, as
    # 十年前的今天 is.
    for index in range(len(found) - 1, 0, -1):
        previous, expr = found[index - 1], found[index]
        if previous.kind == "year_offset" and previous.month is None and previous.season is None \
                and previous.lunar is None and expr.kind == "day_offset" and expr.offset == 0 \
                and expr.text in ("今天", "今日") and folded[previous.end:expr.start] in ("", "的"):
            found[index - 1] = replace(previous, kind="ago", month=0, offset=-previous.offset, same_day=True,
                                       end=expr.end, text=text[previous.start:expr.end])
            del found[index]
    # A month and day with no year, right after a date with its year and month in the same
    # sentence, is of that year (明年1月14日开始，至2月22日结束; 2023年3月……5月10日), or of the
    # next when a range runs back to an earlier month (2024年12月28日至1月3日). A year alone
    # tells no timeline (成立于2015年的公司，11月20日宣布: this year's), unless it sets the time of its
    # sentence, a clause of its own (十年前的2015年，北京首场雪出现在11月6日: 2015's).
    for index in range(1, len(found)):
        previous, expr = found[index - 1], found[index]
        if expr.kind == "month_day" and expr.month is not None and previous.kind == "absolute" \
                and previous.month is None and previous.season is None and previous.year is not None \
                and folded.startswith(("，", ","), previous.end) and not compared_with(folded, previous) \
                and not _SENTENCE_END.search(folded, previous.end, expr.start):
            found[index] = replace(expr, kind="absolute", year=previous.year)
            continue
        if expr.kind == "month_day" and expr.month is not None and previous.kind in ("absolute", "year_offset") \
                and previous.month is not None and previous.season is None \
                and not _SENTENCE_END.search(folded, previous.end, expr.start):
            later = expr.month >= previous.month
            if later or _RANGE_JOIN.fullmatch(folded, previous.end, expr.start):
                step = 0 if later else 1
                if later and _leads_to_holiday(previous, expr):
                    step = -1  # 2026年元旦假期将于12月31日启动: a holiday's break may begin the year before
                found[index] = replace(expr, kind=previous.kind, year=previous.year + step if previous.year else None,
                                       offset=previous.offset + step if previous.kind == "year_offset" else 0)
    # A weekday in brackets right after a day is that day's (2月14日（星期六）上班: not the Saturday nearest the reference),
    # and so one right after it or a space after it, as a page's date line writes it (2025年12月3日 星期三).
    for index in range(1, len(found)):
        previous, expr = found[index - 1], found[index]
        between = folded[previous.end:expr.start]
        if expr.kind == "weekday" and previous.day is not None \
                and (between in ("（", "(") and folded[expr.end:expr.end + 1] in ("）", ")")
                     or between.strip(" \u3000") == ""):
            found[index] = replace(previous, start=expr.start, end=expr.end, text=expr.text)
    # 当天 and 次日 opening a clause, right after a date (元旦当天), or after who did something
    # (他当天表示, 警方当天, a name), count from the day told last before them, passing over years
    # and months told since (18日……去年预期……当天); from the reference date when nothing is told
    # before them; no day at all when only a year or month is (去年……当天). Bound to a happening
    # (事发当天, 吃饭当天), they are that happening's day, which the text may not give: they stay
    # unresolved.
    # 同年 counts from the year told last before it, 同月 and 当月 from the date told last.
    # Inside a quotation, they count from a day the quotation tells; the speaker's 第二天 is
    # seldom the day after the one the report told last.
    # A new paragraph's 当天 after a paragraph that went on to a happening of a year or month alone is the story's own
    # day, not the day told before it (2020年11月25日，马拉多纳……去世。1986年，他率领……\n……当天前往墓地: the anniversary's).
    # A new paragraph's 当天 passes over a past day told as what someone held or said (法院认为，
    # 尹锡悦在2024年12月3日宣布戒严。\n李在明当天未评论: the day of the ruling, told before), and one that
    # tells what was done passes over a day told as to come (11月25日晚，华为举行发布会……将于12月1日开售。
    # 当天，徐直军出席了发布会: the 25th; but 将于12月1日举行。当天，市民可免费参观: the 1st).
    quotes = [m.span() for m in QUOTATION.finditer(folded)]
    quote_starts = [start for start, _end in quotes]
    last = last_day = plain_day = past_day = last_year = None
    period = None  # the date told last that is not what a figure is compared with
    for index, expr in enumerate(found):
        if expr.kind == "told_day":
            before = folded[expr.start - 1:expr.start]
            opens = not _HAN_CHAR.match(before) or before in _OPENS_TOLD_DAY or expr.start in subjects \
                or (last is not None and last.end == expr.start)  # 元旦当天, 7月1日当天: the day just named
            adjacent = last if last is not None and last.end == expr.start else None
            anchor = adjacent or last_day or last
            if anchor is last_day and last_day is not plain_day and plain_day is not None and not expr.offset \
                    and "\n" in folded[last_day.end:expr.start]:
                anchor = plain_day
            if anchor is last_day and last is not None and last is not last_day and last.day is None \
                    and "\n" in folded[last.end:expr.start] and opens_clause(folded, last.start) \
                    and folded.startswith(("，", ","), last.end):
                anchor = None  # (a paragraph told since of a year's happening, 1986年，他率领……: the story's own day)
            if anchor is not None and anchor is not adjacent and anchor.future and past_day is not None \
                    and (_DONE.search(folded, expr.end, _end_of_sentence(folded, expr.end))
                         or _SAID_THEN.match(folded, expr.end)):
                anchor = past_day  # (and one who spoke that day: ……自11月1日起……。辛鲍姆当天表示, the 6th)
            if expr.text.endswith("后") and anchor is not None and "\n" in folded[anchor.end:expr.start]:
                anchor = None  # (三天后 counts from a day its paragraph tells, else from the story's own)
            if expr.text[0] in "那这" and anchor is None:
                opens = False  # (那天 with no day told before it: a day the story does not give, never its own)
            quote = quotes[at - 1] if (at := bisect_left(quote_starts, expr.start)) else None  # the last opened before
            if quote is not None and expr.start < quote[1] and (anchor is None or anchor.start < quote[0]):
                opens = False
            if not opens and (told := _told_before(folded, expr.start, found[:index])) is not None:
                found[index] = replace(expr, anchor=told)  # 12月28日……正式开通运营。……开通当天
                continue
            found[index] = replace(expr, anchor=anchor) if opens else replace(expr, kind="bound_day")
            if opens and anchor is not None and expr.offset > 0 and not folded.startswith("的", expr.end):
                last = last_day = found[index]  # 1月14日……次日……当晚: the evening of the day after (not of 此前一天的半决赛;
                # nor of the day before, a look back: 12月1日……父亲前一天出门……妻子次日赶到, the 2nd)
            continue
        compared = compared_with(folded, expr)
        if expr.kind == "told_year" and compared:  # 2024年……比上年 (and again 比上年): 2023, or last year
            expr = found[index] = replace(expr, anchor=period) if period is not None else replace(expr, kind="year_offset")
        elif expr.kind in ("told_year", "told_month") and expr.anchor is None:
            told = last_year if expr.kind == "told_year" and last_year is not None else last
            expr = found[index] = replace(expr, anchor=told) if told is not None or expr.day is not None \
                or expr.kind == "told_year" else replace(expr, kind="month_offset", offset=expr.offset)
            # (当月 with no month told before: this month, 次月 the next; 同年 with no year told, none)
        elif expr.kind == "month_offset" and expr.day is None and period is not None and period.month is not None \
                and (compared or folded[expr.start - 1:expr.start] in _CHANGED_FROM) \
                and not _SENTENCE_END.search(folded, period.end, expr.start):
            expr = found[index] = replace(expr, kind="told_month", anchor=period)  # 11月份……比上月, 由上月: October
        last = expr
        if expr.kind in _TELLS_YEAR or expr.kind == "ago" and expr.month == 0:
            last_year = expr  # 同年 is the year told last (2024年……下月……同年: 2024, not next month's; 十年前……三年后)
        if not compared and expr.lunar is None and expr.yearly is None:  # (比1996年下降……比上年下降: the figures are of the year
            period = expr  # after 1996; 10月份……国庆中秋假期……由上月: a lunar feast's month is not told)
        if expr.day is not None or expr.lunar is not None or expr.yearly is not None \
                or expr.kind in ("day_offset", "weekday"):
            last_day = expr
            if expr.future or not _REPORTED.search(folded, sentence_span(folded, expr)[0], expr.start) \
                    and not _SINCE_CLAUSE.match(folded, expr.end):
                plain_day = expr
            if not expr.future:
                past_day = expr
    # A weekday of no week that ends a range from another weekday (周三至周五, 本周三到周五) is of the first one's
    # week, so many days on from it (alone, 周五 is the latest Friday, which may be a week before the first day).
    for index in range(1, len(found)):
        previous, expr = found[index - 1], found[index]
        if previous.kind == expr.kind == "weekday" and expr.month == -1 and previous.weekday is not None \
                and expr.weekday is not None and _RANGE_TO.fullmatch(folded, previous.end, expr.start):
            found[index] = replace(expr, kind="told_day", anchor=previous, month=None,
                                   offset=(expr.weekday - previous.weekday) % 7)
    return found


_RANGE_TO = re.compile(r"\s*(?:至|到|-|－|—|–|~|～)\s*")

# Verbs of two characters whose object may be a time (直到三年前, 回想十年前): so long ago, not before them.
_TAKE_A_TIME = frozenset("直到 截至 截止 不到 回到 来到 回想 想起 记得 追溯 回顾 相比 早于 晚于 始于 定格".split())
# the kinds of expression that give a year, or a decade, from which 次年 tells none (90年代末……次年)
_TELLS_YEAR = frozenset({"absolute", "year_offset", "told_year", "absolute_decade", "decade"})
_COMPARED_WITH = ("比", "较", "与", "同")  # before the year or month a figure is compared with


def compared_with(text: str, expr: DateExpr) -> bool:
    """Is ``expr`` the year or month a figure is compared with (比上年增长, 与今年相比, 與去年相比), not when anything
    happened?"""
    return to_simplified(text[expr.start - 1:expr.start]) in _COMPARED_WITH


_CHANGED_FROM = ("由", "从")  # before the month a figure changed from (11月份，价格由上月上涨转为下降)
# A clause that tells since when what follows holds (陈忠实2016年4月29日因病去世后，她一直住在……): its day is when the
# state told began, no day the story goes on from.
_SINCE_CLAUSE = re.compile(r"[^，,。；;！？!?\n]{0,20}?(?:以后|之后|后|以来)[，,]")
# (and what a court or prosecutor found of the past: 法院认定，, 审理查明，, 公诉机关指控，, 经查，)
_REPORTED = re.compile(r"(?:认为|表示|指出|称|说|介绍|显示|认定|查明|指控|经查)[，,：:]")
_BOOK_TITLE = re.compile("《[^《》\n]{1,30}》")
_QUOTED_TERM = re.compile("“[^“”\n，。！？；：,.!?;:]{2,8}”|「[^「」\n，。！？；：,.!?;:]{2,8}」")  # a short term in
# quotes (“春季行情”, 「春季行情」), no quoted sentence
_NAME_TAGS = ("nz", "nt", "ns")  # jieba's tags of names of things, bodies and places


def opens_clause(folded: str, start: int) -> bool:
    """Does a clause, sentence or line of ``folded`` begin at ``start``, spaces aside (a date before which nothing of
    its clause is told)?"""
    return folded[max(0, start - 8):start].rstrip(" \u3000")[-1:] in _CLAUSE_MARKS  # ("" too: the text's start)


_CLAUSE_MARKS = "，,；;。！？!?：:\n"
_CLAUSE_OR_DE = re.compile("[，,；;。！？!?：:\n的]")


def _leads_to_holiday(holiday: DateExpr, expr: DateExpr) -> bool:
    """Is ``holiday`` a holiday named with its year (2026年元旦: no month written), and ``expr`` a
    day of the fortnight before it in the year before (12月31日), where its break begins?"""
    if holiday.day is None or holiday.year is None or "月" in holiday.text or expr.day is None \
            or not valid_date(holiday.year - 1, expr.month, expr.day):
        return False
    before = date(holiday.year, holiday.month, holiday.day) - date(holiday.year - 1, expr.month, expr.day)
    return 0 < before.days <= 14


# What may follow a year's word as a part of that year (后年年初), not a word of its own that begins with 年.
_YEAR_PARTS = frozenset({"年初", "年底", "年末", "年中", "年内", "年前", "年后", "年间", "年度"})


def _across_words(folded: str, start: int, words: Mapping[str, str]) -> bool:
    """Is the 前年 or 后年 at ``start`` the ends of two words of the dictionary (税后|年薪, 此后|年均,
    目前|年轻人) rather than a year? Both halves must be words: 预计后年完工 is a year."""
    year_word = folded[start:start + 2]
    after = folded[start + 1:start + 3]
    return start > 0 and year_word in ("前年", "后年") and folded[start - 1:start + 1] in words and after in words \
        and after not in _YEAR_PARTS


def _inside_name(folded: str, start: int, end: int, words: Mapping[str, str]) -> bool:
    """Is ``folded[start:end]`` part of a longer word that ``words`` tags as a name (光明日报 nz,
    明日帝国 ns), or of any longer word of it that a byline's 记者 follows, a paper's name whatever jieba tags it
    (南方周末记者, jieba's 南方周末 a person's name)?"""
    return any((tag := words.get(folded[a:b], "")).startswith(_NAME_TAGS) or tag and folded.startswith("记者", b)
               for a in range(max(0, start - 4), start + 1) for b in range(end, min(len(folded), end + 4) + 1)
               if (a, b) != (start, end))


def _told_before(folded: str, start: int, before: list[DateExpr]) -> DateExpr | None:
    """The day of the happening that 当天 or 次日 right after a verb is bound to (开通当天), when
    an earlier sentence tells that verb on a day it gives (12月28日……正式开通运营): the last
    such date before the verb there."""
    verb = folded[start - 2:start]
    told = folded.rfind(verb, 0, start - 2) if len(verb) == 2 and _HAN_CHAR.match(verb) else -1
    if told < 0:
        return None
    opening = max(folded.rfind(c, 0, told) for c in "。！？!?\n") + 1
    days = [e for e in before if opening <= e.start < told and e.day is not None and e.kind != "bound_day"]
    if not days or days[-1].future or _FUTURE.search(folded, days[-1].end, told):
        return None  # (12月1日，公司宣布将于明年开通新线路: not the day of the opening)
    return days[-1]


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
QUOTATION = re.compile(r"“[^”]*”|「[^」]*」")  # a quotation, in either script's marks
# Before 当天: an adverb or preposition (于当天, 也当天, 截至当日收盘), a pronoun (他当天, 他们当天) or a
# party (警方当天, 双方当天), none of them a happening.
_OPENS_TOLD_DAY = "于在也就即并还同又均至他她它们方"


_RANGE_JOIN = re.compile(r"\s*(?:至|到|-|－|—|–|~|～|、|和|及)\s*")
_MONTH_RANGE_START = re.compile(r"(?<![\d０-９.．月日])(" + _NUM + ")" + _RANGE_JOIN.pattern + r"\Z")  # 1—|10月


# Words before a date, in its clause, that tell of something to come (将于11日宣布, 预计10月), and
# those that ask for it (要求各校在元旦前落实, 力争, 确保): the markers of the future in Chinese news
# prose. 将 alone is not one (民警将他抓获).
_SINCE = re.compile(r"(?:份)?(?:至今|以来|到现在|迄今)")  # after a time the story counts from: past for certain
_FUTURE = re.compile("将于|将在|将会|将要|即将|预计|计划|拟于|定于|有望|届时|要求|力争|争取|确保")
_CLAUSE_START = re.compile(r"[^，。；！？,;!?\n]*\Z")

# 将 right after the date (5月1日起将实施, 周五将举行, 元宵节前后将降温, or after 起 and who, 自11月1日起，美国将) tells
# of something to come as well, as does
# 要, what is to be done then (下半年要重点推进, 周五还要开会; not 要求, a demand made then), and a time said to
# draw near (春节临近, 春节将至, 国庆前夕).
_FUTURE_NEXT = re.compile(r"(?:起|前后|前|后|晚|上午|下午|晚上)?(?:将|即将|(?:还|也|就)?要(?!求))"
                          r"|(?:假期|长假)?(?:临近|将至|渐近|前夕)"
                          r"|起[，,][^，。；！？,;!?\n]{0,8}?将(?![他她其之])")  # (自11月1日起，美国将对…征收)
_BEFORE_OR_AFTER = re.compile("(?:前后|前夕|前|后|期间)?")  # (what follows a holiday's name and is still its time)


def _holiday_of_a_year(text: str) -> bool:
    """Is ``text`` a holiday after its year (2026年元旦), whose clause tells as of one without a year whether it is to
    come (2026年元旦假期铁路运输将于12月31日启动)?"""
    year = _YEAR_FIRST.match(text)
    return year is not None and year.end() < len(text) and not NUMERAL.search(text, year.end())


_YEAR_FIRST = re.compile(r"[0-9０-９〇零一二三四五六七八九十]{2,4}年")


# A holiday its clause tells of as to come (元旦假期出游人数将继续增长), or a weekday a match or visit is to come on
# (周日晚，北京队将坐镇主场): it is the next one.
# (将 alone may mark an object: 元旦当天民警将他抓获)
def _later_in_clause(folded: str, at: int, words: Mapping[str, str] | None, subject_only: bool = False) -> bool:
    """Does the clause at ``at`` tell of something to come: a word that says so (将举行, 预计, 有望, a forecast's 可能),
    or 将 before any verb of jieba's dictionary, also past an adverb of two (各地将开展, 将全面开展: 'will', where before a
    noun it is 把, 将张某刺伤)? With ``subject_only`` (a numbered month, 2月，新政将正式实施), only where no verb stands
    before the 'will': 3月，他表示将辞职 tells when it was said."""
    if subject_only:
        will = _WILL.match(folded, at)
        if will is None or words is None or any(words.get(folded[first:first + 2], "")[:1] == "v"
                                                for first in range(at, will.end() - 2)):
            return False
    if _FUTURE_LATER_IN_CLAUSE.match(folded, at):
        return True
    will = _WILL.match(folded, at)
    if will is None or words is None:
        return False
    verb = will.end() + 2 * (words.get(folded[will.end():will.end() + 2], "") in ("d", "ad"))
    return any(words.get(folded[verb:verb + size], "")[:1] == "v" and not folded.startswith("的", verb + size)
               for size in (2, 3))  # (not a verb before 的, what the object is: 民警将追回的2.8万元交还, 把)


_WILL = re.compile(r"[^，。；！？,;!?\n]{0,12}?将(?![他她其之])")
_FUTURE_LATER_IN_CLAUSE = re.compile(r"[^，。；！？,;!?\n]{0,12}?(?:将(?:会|要|于|在|继续|有|迎来|达到|超过|再|进一步"
                                     r"|降至|升至|降到|升到|出现|举行|举办|开始|进入|启动|推出|开通|实施"
                                     r"|坐镇|迎战|对阵|出战|前往|抵达|出席|访问|亮相|登场|开幕|闭幕|召开|出台)|预计|有望"
                                     r"|可能(?![已是曾]))")  # (a forecast's may: 周三清晨最低温可能降到12度)


def date_line(line: str) -> DateExpr | None:
    """The date if ``line`` is nothing but one absolute or month-day date (a timeline marker)."""
    stripped = line.strip()
    if not stripped or len(stripped) > 24 or not NUMERAL.search(stripped):
        return None
    match = line_date_pattern().search(stripped.translate(FULLWIDTH_DIGITS))
    expr = _expr(match, 0) if match else None
    if expr is None or (expr.kind == "month_day" and expr.day is None):
        return None
    # A time of day may stand beside the date (``2019-09-24 09:10``).
    rest = (stripped[:expr.start] + stripped[expr.end:]).strip()
    if rest and not re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", rest):
        return None
    return DateExpr(**{**expr.__dict__, "text": stripped[expr.start:expr.end]})


# A count of years right before a month's number (15年6月, 十五年六月), not a year: a length of time.
_YEARS_COUNTED = re.compile(r"(?<![0-9])[0-9]{1,2}年\Z|(?<![一二三四五六七八九十〇零两])[一二三四五六七八九十两]{1,3}年\Z")


def sentence_span(text: str, expr: DateExpr) -> tuple[int, int]:
    """Where the sentence of ``expr`` begins and ends."""
    start = max(text.rfind(c, 0, expr.start) for c in "。！？!?\n") + 1
    end = _SENTENCE_END.search(text, expr.end)
    return start, end.start() if end else len(text)


_SENTENCE_END = re.compile("[。！？!?\n]")
# The particle of a deed done (出席了发布会, 发言了), not the 了 of 为了, 除了, 了解 or 不了.
_DONE = re.compile("(?<![为除不])了(?![解却结])")
# What someone said that day, in the clause 当天 opens (当天表示, 当天，墨西哥总统辛鲍姆表示).
_SAID_THEN = re.compile(r"[，,]?[^，。；！？,;!?\n“”]{0,14}?(?:表示|说(?![明服])|称(?![为号])|指出|宣布|强调|回应|透露)")


def _end_of_sentence(folded: str, start: int) -> int:
    """Where the sentence that goes on at ``start`` ends."""
    end = _SENTENCE_END.search(folded, start)
    return end.start() if end else len(folded)
