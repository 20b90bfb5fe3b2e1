"""Bylines and credit lines (记者 张三, 文/李四), and the places of datelines (新华社北京1月1日电)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.extract.dictionary import dictionary
from tui.extract.shapes import has_surname, plain_word


# A news byline: the reporters after their role, before what they did (记者X、Y报道), the next
# reporter (新华社记者X、本报记者Y报道, 通讯员X 记者Y) or the end of the paragraph (。记者 X 通讯员 Y), or in brackets
# after a news agency's dateline (新华社长沙5月26日电（X、Y）, as Xinhua credits its stories).
_BYLINE = re.compile(r"(?:记者|通讯员|摄影|日电[（(])[ \u3000]?((?:[\u4e00-\u9fff]{2,3}[、 ])*[\u4e00-\u9fff]{2,3})"
                     r"(?=[ \u3000]?(?:报道|摄|整理|采写|撰稿|编译|）|\)|／|/|、[\u4e00-\u9fff]{0,5}?(?:记者|通讯员))|[ \u3000]*$"
                     r"|[ \u3000]+(?:记者|通讯员))",
                     re.MULTILINE)
# A label that credits the text or its pictures (作者：X, 本文作者：X，系…, 文/X, 文丨X, 责任编辑：X、Y),
# as the press signs articles.
_CREDIT_LABEL = re.compile(r"(?:^|(?<=[\s（(|｜]))(?:本文)?(?:作者|撰文|执笔|口述|文|图|编辑|责任编辑|责编|校对|审核|审校|监制|统筹|策划|摄影|摄像|"
                           r"剪辑|翻译|译者)"
                           r"[ \u3000]?[：:/／|｜丨][ \u3000]?((?:[\u4e00-\u9fff]{2,3}[、 ])*[\u4e00-\u9fff]{2,3})"
                           r"(?=[，,。；;\s）)|｜]|$)", re.MULTILINE)
# A line that credits a poem or saying to its author, maybe with the dynasty (——（宋）陆游, ——鲁迅).
_CREDIT_LINE = re.compile(r"^[ \u3000]*(?:——|—|--)[ \u3000]*(?:[（(][\u4e00-\u9fff][）)])?[ \u3000]*"
                          r"([\u4e00-\u9fff]{2,4})[ \u3000]*$", re.MULTILINE)
# The dateline after the reporters, as Taiwan's Central News Agency writes it (【中央社记者X、Y台北12日电】).
_BYLINE_DATELINE = re.compile(r"记者((?:[\u4e00-\u9fff]{2,3}、)*)([\u4e00-\u9fff]{4,7}?)(?:\d{1,2}月)?\d{1,2}日电")


# A byline on a line of its own under the headline, as Chinese papers set it: who wrote the story
# and in what role (本报记者 黄立新, 本报通讯员 孙红梅 记者 方敏, 文/图 本报记者 王晨 实习生 李梦瑶).
_LINE = re.compile(r"^[^\n]{2,60}$", re.MULTILINE)
# (a name padded to three, 李 静, is one word; a credit's slash sets words apart, 文/本报记者)
_BYLINE_TOKEN = re.compile(r"(?<![^ \u3000、/／])[\u4e00-\u9fff](?: {1,3}|\u3000{1,2})[\u4e00-\u9fff](?![^ \u3000、/／])"
                           r"|[^ \u3000、/／]+")
_BYLINE_ROLE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:特约|见习|首席)?(?:记者|通讯员|实习生|摄影记者|编辑)")
_CREDIT_WORDS = ("文", "图", "文/图", "文／图", "文图")
_NAME_SIZED = re.compile(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")
_BYLINE_WORD = re.compile(r"[\u4e00-\u9fff]+")
# A byline that opens a paragraph, set apart by spaces from the story it runs into, as city papers set it
# (本报讯 记者 陈静 通讯员 高明 因醉酒驾驶……, 记者 段彦超 廖艳; 来源：……): roles and the names after them.
_OPENING_BYLINE = re.compile(r"^[ \u3000]*(?:\S{0,10}讯[ \u3000]+)?((?:[\u4e00-\u9fff]{0,6}?(?:特约|见习|首席)?"
                             r"(?:记者|通讯员|实习生)(?:[ \u3000]+[\u4e00-\u9fff]{2,3}[;；]?)+[ \u3000]+)+)(?=\S)",
                             re.MULTILINE)


def is_byline_line(line: str) -> bool:
    """Is ``line`` a byline and nothing else (解放军报记者 欧阳浩 特约记者 覃文峰, 文 | 赵小川  图 | 孙明)?"""
    return _byline_words(line) is not None or bool(line.strip()) and not _CREDIT_LABEL.sub("", line).strip(" \u3000|｜丨")


def _byline_words(line: str) -> list[tuple[re.Match[str], bool]] | None:
    """The words of ``line``, each with whether it is a role (解放军报记者, 特约记者), when the line is a
    byline and nothing else: each word a role, a credit (文/图) or two or three characters, one a role."""
    words = [(token, bool(_BYLINE_ROLE.fullmatch(token.group()))) for token in _BYLINE_TOKEN.finditer(line)]
    if any(role for _token, role in words) and all(
            role or token.group() in _CREDIT_WORDS or _NAME_SIZED.fullmatch(token.group()) for token, role in words):
        return words
    return None


def _byline_line(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the two or three characters after a role on a line that is a byline and
    nothing else."""
    for line in _LINE.finditer(text):
        after_role = False
        for token, role in _byline_words(line.group()) or []:
            if not role and after_role and _NAME_SIZED.fullmatch(token.group()):
                yield line.start() + token.start(), line.start() + token.end()
            after_role = role or after_role and token.group() not in _CREDIT_WORDS


_SPACES = (" ", "\u3000")


def _name_shaped(item: str) -> bool:
    """Can a byline's item be a name: it begins with a surname or is no word of jieba's dictionary
    other than a name, and begins with no word of it (记者[采访和]报道, 记者 今天)?"""
    return (has_surname(item) or dictionary().tags([item]).get(item, "nr").startswith("nr")) \
        and not plain_word(item[:2])


def bylines(text: str) -> list[tuple[int, int]]:
    """The names of a news byline (记者X报道, （记者X、Y）, 记者X摄, （记者 X 整理）, 【记者X／台北报导】)
    and of a label crediting the text (作者：X, 文丨X, 责编：X): two or three characters each, as
    Chinese names are, that begin with a surname or are no word of jieba's dictionary other than
    a name, and begin with no word of it (记者[采访和]报道, 文：明天见) nor make one with the label
    (摄影[家]拍摄); and of a line crediting a poem or saying to its
    author (——（宋）陆游: jieba's dictionary calls 陆游 a noun), no place or body of it."""
    found = []
    for match in (*_BYLINE.finditer(text), *_CREDIT_LABEL.finditer(text)):
        position = match.start(1)
        # (set apart by spaces, as a picture's credit is, a surname begins a name whatever word it
        # makes: 新华社记者 万象 摄)
        spaced = text[position - 1:position] in _SPACES and text[match.end(1):match.end(1) + 1] in _SPACES
        for item in re.split("[、 ]", match.group(1)):
            if (_name_shaped(item) or spaced and has_surname(item)) \
                    and not dictionary().tags([text[position - 2:position + 1]]):
                found.append((position, position + len(item)))
            position += len(item) + 1
    # (on a line of its own a byline's words are no prose: a surname then begins a name, whatever word it
    # begins, 本报记者 宋朝军, 记者 高原)
    found += [(start, end) for start, end in _byline_line(text)
              if _name_shaped(text[start:end]) or has_surname(text[start:end])]
    for match in _OPENING_BYLINE.finditer(text):
        found += [(match.start(1) + word.start(), match.start(1) + word.end())
                  for word in _BYLINE_WORD.finditer(match.group(1))
                  if _NAME_SIZED.fullmatch(word.group()) and not _BYLINE_ROLE.fullmatch(word.group())
                  and (_name_shaped(word.group()) or has_surname(word.group()))]
    for match in _CREDIT_LINE.finditer(text):
        name = match.group(1)
        if has_surname(name) and dictionary().tags([name]).get(name, "nr")[:2] not in ("ns", "nt", "nz"):
            found.append(match.span(1))
    for match in _BYLINE_DATELINE.finditer(text):
        place_and_name = match.group(2)
        # The last name runs into the place: it ends where the place, a word of jieba's dictionary, begins.
        size = next((n for n in (3, 2) if len(place_and_name) - n >= 2
                     and dictionary().tags([place_and_name[n:]])), 0)
        items = [*match.group(1).split("、")[:-1], place_and_name[:size]] if size else []
        position = match.start(1)
        for item in items:
            if has_surname(item) and dictionary().tags([item]).get(item, "nr").startswith("nr"):
                found.append((position, position + len(item)))
            position += len(item) + 1
    return found


def in_datelines(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Tagged names where a dateline names its city, between an agency and the day (路透社奥斯汀
    11月6日电, 中央社台北10日電), or in brackets that open a paragraph (（吉隆坡讯）, （吉隆坡29日讯）, as Singapore's
    and Malaysia's Chinese papers write it), after a reporter's name and a slash (（記者黃佳琳／高雄報導）), and the city
    another dateline relays (北京6月11日电拉巴斯消息: of the corpora's 21 such, none names a person)."""
    places = {match.span(1) for pattern in (_DATELINE_PLACE, _RELAYED_PLACE) for match in pattern.finditer(text)}
    bracketed = [match.span(1) for match in _BRACKETED_DATELINE.finditer(text)] \
        + [(match.start(1), match.end()) for match in _REPORTED_FROM.finditer(text)]  # (a doubles pair to the lists)
    return {span for span in spans if span in places
            or any(start <= span[0] and span[1] <= end for start, end in bracketed)}


_DATELINE_PLACE = re.compile(r"社([\u4e00-\u9fff]{2,6})(?:\d{1,2}月)?\d{1,2}日[电電]")
_RELAYED_PLACE = re.compile(r"日[电電]([\u4e00-\u9fff]{2,6}?)消息")
# Where the reporter filed from, after the names and a slash, as Taiwan's papers write it (（記者黃佳琳／高雄報導）).
_REPORTED_FROM = re.compile(r"记者[^／/\n）)】]{2,16}[／/]([\u4e00-\u9fff]{2,4}?)(?:综合)?报[导道]")
_BRACKETED_DATELINE = re.compile(r"(?:^|\n)[ \u3000]*[（(]([\u4e00-\u9fff]{2,6}(?:\d{1,2}月)?(?:\d{1,2}日)?[讯訊电電])[）)]")
