"""Find the people in a Chinese news text and group every form of each one.

A character-level CRF trained on annotated news (``tagger.py``) proposes the names, reading
the text folded to simplified characters so that traditional text is tagged as well (offsets
are unchanged, and names are shown as written). Latin-script names and dotted
transliterations the model missed are found by their shape and kept on evidence from the words
around them (a title before, a speech verb after; 公司 or 股价 after counts against). The forms
of one person (full name, surname alone, 老王 and 小王, a nickname, a Latin gloss in brackets,
the same name in the other script) are then merged into one entry with its roles, taken from
titles before or after the name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING

from tui.dates import scan as scan_dates
from tui.extract.dictionary import dictionary
from tui.extract.lexicon import (
    ADDRESS_AFTER,
    ADDRESS_SHORT,
    ADVERBS,
    COMPOUND_SURNAMES,
    GLUED_AFTER,
    KINSHIP,
    LATIN_ORG_WORDS,
    NAME_DOTS,
    ORG_AFTER,
    ORG_BEFORE,
    OUTLET_ENDINGS,
    PLACE_AFTER,
    PERSON_ACTIONS,
    PLACE_ENDINGS,
    RELATION_TITLES,
    SPEECH_VERBS,
    SURNAMES,
    TITLE_JOINERS,
    TITLE_PREFIXES,
    ROLE_TITLES,
    TITLES,
    TRANSLIT,
    WEAK_TITLES,
)
from tui.extract.model import Person, latin_script
from tui.extract.tagger import tagger

if TYPE_CHECKING:
    from tui.extract import Progress
from tui.extract.phonetics import chinese_key, latin_key, sound_alike
from tui.traditional import to_simplified, traditional_folded

ACCEPT = 2
_QUOTE_PAIRS = {("“", "”"), ("「", "」"), ("『", "』"), ('"', '"')}  # a name in quotes: “田横”酒厂
CONJUNCTIONS = ("和", "与", "及", "同", "跟")  # 'and': none of them stands before an enumeration comma
_MARKED_AFTER = re.compile("某|" + "|".join(map(re.escape, TITLES)))  # what marks a surname alone: 王某, 王主任
# A name the model found is a company or brand instead when at least this many of its places
# read as one (推特公司, 特斯拉股价) and they outnumber the places that read as a person.
ORGANISATION_EVIDENCE = 2
_DOTTED = re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?:[{NAME_DOTS}][\u4e00-\u9fff]{{1,8}})+")
# Latin letters, accented ones too (António, Erdoğan): upper case, and lower case or either.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f"
_LATIN_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-'][{_UPPER}]?[{_LOWER}]+)?"
_LATIN_FULL = re.compile(rf"(?<![{_UPPER}{_LOWER}]){_LATIN_WORD}(?: {_LATIN_WORD}){{1,2}}(?![{_UPPER}{_LOWER}])")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Candidate:
    form: str
    kind: str  # model (the tagger found it) | dotted | latin (by their shape) | titled (after a title)
    score: int = 0  # evidence from the words around a shape-found candidate
    roles: Counter[str] = field(default_factory=Counter)


def _translit_share(text: str) -> float:
    chars = [c for c in text if c not in NAME_DOTS]
    return sum(c in TRANSLIT for c in chars) / len(chars) if chars else 0.0


def _has_surname(form: str) -> bool:
    return form[:2] in COMPOUND_SURNAMES or form[0] in SURNAMES


class _Context:
    """The words around a span of the text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def titles_before(self, start: int) -> list[str]:
        """Titles right before ``start``: ``联合创始人兼总裁X`` gives both, ``前副总统X`` the whole
        rank, ``美国财政部长X`` the office with its title; ``的`` may stand between."""
        return self.title_chain(start)[0]

    def title_chain(self, start: int) -> tuple[list[str], int]:
        """The titles before ``start`` (as ``titles_before``) and where their chain begins."""
        first = max(0, start - 24)
        window = self.text[first:start].rstrip(" \u3000")
        if window.endswith("的"):
            window = window[:-1]
        found: list[str] = []
        chain_start = start
        while True:
            title = next((window[-size:] for size in _ROLE_SIZES if window[-size:] in _ROLE_SET), None)
            if title is None:
                break
            window = window[: -len(title)]
            office = _office(window, title)  # 财政 + 部长, 行政院 + 长
            title, window = window[len(window) - office:] + title, window[:len(window) - office]
            while prefix := next((p for p in TITLE_PREFIXES if window.endswith(p) and not (
                    len(window) > len(p) and dictionary().tags([window[-len(p) - 1:]]))), None):
                title, window = prefix + title, window[: -len(prefix)]  # 前 + 副 + 总统, not 时[代]
            found.append(title)
            chain_start = first + len(window)
            joiner = next((j for j in TITLE_JOINERS if window.endswith(j)), None)
            if joiner is None:
                break
            window = window[: -len(joiner)]
        return found, chain_start

    def titles_after(self, end: int) -> list[str]:
        """A title right after the name, as in 江泽民主席 or 王毅外长."""
        after = self.text[end:end + 8]
        if not after.startswith(ROLE_TITLES):
            return []
        return [next(t for t in ROLE_TITLES if after.startswith(t))]

    def _after(self, end: int) -> str:
        rest = self.text[end:end + 16].lstrip(" ")
        for adverb in sorted(ADVERBS, key=len, reverse=True):
            if rest.startswith(adverb):
                return rest[len(adverb):]
        return rest

    def speech_after(self, end: int) -> bool:
        return self._after(end).startswith(SPEECH_VERBS)

    def action_after(self, end: int) -> bool:
        return self._after(end).startswith(PERSON_ACTIONS)

    def speech_in_clause(self, start: int, end: int) -> bool:
        """The name opens its clause and the clause reports speech (X在微博上表示)."""
        opens = start == 0 or self.text[start - 1] in "，。；！？\n,;：:“"
        clause = re.split(r"[，。；！？\n,;]", self.text[end:end + 30], maxsplit=1)[0]
        return opens and any(verb in clause for verb in SPEECH_VERBS)

    def org_around(self, start: int, end: int) -> bool:
        """An organisation word right after (推特公司, 新京报) or before (品牌X). A one-character
        suffix counts only when it does not begin a word of its own: 报 in 王芳报道 is no paper."""
        after = self.text[end:end + 4].lstrip(" ")
        suffix = next((w for w in ORG_AFTER if after.startswith(w)), None)
        if suffix is not None and len(suffix) == 1 and dictionary().tags([after[:2]]):
            suffix = None
        return suffix is not None or self.text[max(0, start - 3):start].endswith(ORG_BEFORE)

    def weigh(self, candidate: Candidate, start: int, end: int) -> None:
        titles = self.titles_before(start)
        if titles:
            candidate.score += 3
            candidate.roles.update(t for t in titles if t not in WEAK_TITLES)
        if self.speech_after(end):
            candidate.score += 2
        elif self.action_after(end) or self.speech_in_clause(start, end):
            candidate.score += 1
        if self.org_around(start, end):
            candidate.score -= 3


_ROLE_SET = frozenset(ROLE_TITLES)
_ROLE_SIZES = sorted({len(t) for t in ROLE_TITLES}, reverse=True)  # the longest title that fits wins


def _office(window: str, title: str) -> int:
    """How many characters before ``title`` name the office it is of: as one noun of jieba's
    dictionary (财政部长, 行政院长, 市委书记, 工会主席), two to four, the most that make one and
    name an office (the dictionary's 局局长 and 著名作家 are no offices: 交通局局长 has the role
    局长); or a body jieba's dictionary knows (中国人民银行行长, 国务院总理), up to eight."""
    compounds = {window[-size:] + title: size for size in range(2, min(len(window), 4) + 1)}
    nouns = {word for word, tag in dictionary().tags(compounds).items() if tag == "n"}
    offices = dictionary().tags(word[:compounds[word]] for word in nouns)
    bodies = dictionary().tags(window[-size:] for size in range(2, min(len(window), 8) + 1))
    return max([compounds[word] for word in nouns if offices.get(word[:compounds[word]], "") not in _NO_OFFICE]
               + [len(body) for body, tag in bodies.items() if tag == "nt" and not window[:-len(body)].endswith(
                   ("和", "与", "及"))], default=0)  # not 人力资源和[社会保障部]部长: the body's name runs on


_NO_OFFICE = ("a", "ad", "an", "d", "r", "m", "q")  # what describes, not names, an office: 著名, 本报


def _whole_dotted(text: str, start: int, end: int, dotted: list[tuple[int, int]]) -> tuple[int, int]:
    """A dotted name the tagger cut short (安东尼·布|林肯周二) runs on over its transliteration
    characters, as ``dotted`` (from :func:`_dotted_spans`) has them, up to one that begins a
    word of jieba's dictionary running past them (蒙蒂[夫人], 哈西娜[提议]). One character more
    after a last part of two or more is no part of it (安东尼·戴维斯[因]伤缺阵)."""
    if any(c in NAME_DOTS for c in text[start:end]):
        for dotted_start, dotted_end in dotted:
            if dotted_start <= start < end < dotted_end:
                stop = next((stop for stop in range(end, dotted_end) if dictionary().tags(
                    text[stop:stop + size] for size in (2, 3) if stop + size > dotted_end)), dotted_end)
                last_part = len(re.split(f"[{NAME_DOTS}]", text[start:end])[-1])
                return (start, end) if stop - end == 1 and last_part >= 2 else (start, stop)
    return start, end


def _dotted_spans(text: str) -> list[tuple[int, int]]:
    """Transliterated names with a middle dot, trimmed to their transliteration characters."""
    spans = []
    for match in _DOTTED.finditer(text):
        begin, end = match.span()
        first_dot = next(i for i in range(begin, end) if text[i] in NAME_DOTS)
        last_dot = max(i for i in range(begin, end) if text[i] in NAME_DOTS)
        start = first_dot
        while start > begin and text[start - 1] in TRANSLIT:
            start -= 1
        for split in range(start, first_dot):  # a title glued to the name: 总理奥拉夫·…
            if any(text.endswith(t, 0, split) for t in TITLES):
                start = split
        stop = last_dot + 1
        while stop < end and text[stop] in TRANSLIT:
            stop += 1
        if start < first_dot and stop > last_dot + 1:
            form = text[start:stop]
            if _translit_share(form) >= 0.75:
                spans.append((start, stop))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A tagged span without spaces or punctuation at its edges (the dots inside stay), and a
    Chinese name without what follows a space after it (记者段彦超 图: 图 credits the photos)."""
    while start < end and not _name_char(text[start]):
        start += 1
    while end > start and not _name_char(text[end - 1]):
        end -= 1
    space = re.search(r"\s", text[start:end])
    if space and _HAN.match(text[start + space.start() - 1]):
        end = start + space.start()
    return start, end


# Adverbs and conjunctions that begin a clause's predicate (则, 也, 却, 还…): none is a
# transliteration character, so none ends a foreign name written in Chinese.
_GLUED_ADVERBS = frozenset("则也却还都又就便皆均已")


def _unglued(text: str, start: int, end: int, tagged: set[str]) -> tuple[int, int]:
    """A tagged span made a name as annotated news marks it: without 老 or 小 before a surname
    and 某 or a title after it (老[王], [黄]某, [董]医生); without a one-character word glued after the name
    (王民岗[谈], 王建平[时]常, 黑尔·毕什[站]) when what is left is still a name (three
    characters, or two tagged on their own elsewhere), a word glued after a name tagged alone
    elsewhere (陈杰宪[赛后]), or an adverb after a name that begins with no surname (川普[則]);
    and with the character a tagger cut off
    when it stands before an enumeration comma, where no conjunction can (苏小[和]、曹林)."""
    form = text[start:end]
    if not form:  # nothing left once the dots and spaces at its edges went
        return start, end
    if len(form) == 2 and _has_surname(form) and text[end:end + 1] in CONJUNCTIONS \
            and text[end + 1:end + 2] in ("、", "，", ","):
        return start, end + 1  # 苏小[和]、曹林: no conjunction stands before a comma, so it is the name's
    if any(d in form for d in NAME_DOTS) and form[-1] in GLUED_AFTER:
        return start, end - 1  # 黑尔·毕什[站]在乐池里
    if len(form) == 2 and form[0] in "老小" and form[1] in SURNAMES:
        return start + 1, end
    if form[0] in SURNAMES and (form[1:] in TITLES or form[1:] in ("公", "老") or (
            len(form) == 2 and text[start - 1:start] in ("老", "小") and form[1] in GLUED_AFTER)):
        return start, start + 1  # [董]医生, [杜]公, 老[赵]找
    if len(form) == 2 and form[1] == "某" and form[0] in SURNAMES:
        return start, end - 1
    if len(form) >= 3 and form[-1] in GLUED_AFTER and _has_surname(form) and _translit_share(form) < 1 \
            and (len(form) >= 4 or form[:-1] in tagged):
        return start, end - 1
    if len(form) >= 3 and form[-1] in _GLUED_ADVERBS and not _has_surname(form):
        return start, end - 1  # 川普[則]在社群媒體發文: no foreign name ends in an adverb
    if len(form) >= 4 and _has_surname(form) and _HAN_RUN.fullmatch(form):
        for size in (3, 2):  # 陈杰宪[赛后]说: a name tagged alone elsewhere, then a word
            if form[:size] in tagged and _plain_word(form[size:]):
                return start, start + size
        if len(form) == 5 and form[:2] not in COMPOUND_SURNAMES and _plain_word(form[3:]):
            return start, start + 3  # no Chinese name runs to five characters: a word is glued to it
    return start, end


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _plain_word(chars: str) -> bool:
    """Is ``chars`` a word of jieba's dictionary that names no person or place and is no
    transliteration (赛后 is; 玉林 and 维奇 are not)?"""
    tag = dictionary().tags([word := to_simplified(chars)]).get(word, "")  # 赛後 is 赛后
    return bool(tag) and not tag.startswith(("nr", "ns")) and _translit_share(word) < 1


# Each starts where a run of Chinese starts (the lookbehind keeps matching linear).
_LIST = re.compile(r"(?<![\u4e00-\u9fff·])[\u4e00-\u9fff·]+(?:、[\u4e00-\u9fff·]+)+")
_LIST_END = re.compile(r"等|和|及|与|以及|[一二三四五六七八九十两几多]位|[一二三四五六七八九十两几]人")


_BYLINE = re.compile(r"(?:记者|通讯员|摄影)((?:[\u4e00-\u9fff]{2,3}[、 ])*[\u4e00-\u9fff]{2,3})(?=报道|摄|）|\))")


def _bylines(text: str) -> list[tuple[int, int]]:
    """The names of a news byline: 记者X报道, （记者X、Y）, 记者X摄: two or three characters
    each, as Chinese names are, that begin with a surname or are no word of jieba's dictionary
    other than a name."""
    found = []
    for match in _BYLINE.finditer(text):
        position = match.start(1)
        for item in re.split("[、 ]", match.group(1)):
            known = dictionary().tags([item]).get(item, "nr")
            if _has_surname(item) or known.startswith("nr"):
                found.append((position, position + len(item)))
            position += len(item) + 1
    return found


def _listed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names in an enumeration the tagger left out: where at least two items of a list set off
    by 、 are names it found, another item of a name's shape is one too (李四光、华罗庚、茅以升、
    竺可桢): a transliteration, or two or three characters that begin with a surname or that
    jieba's dictionary knows as a name or not at all. In a pair with one name (王元、汝信) the
    other must be a name to the dictionary or unknown to it: a surname alone would take 国务院."""
    tagged = set(spans)
    ends = {end: start for start, end in spans}
    found = []
    for match in _LIST.finditer(text):
        items, position = [], match.start()
        for index, item in enumerate(match.group().split("、")):
            start, end = position, position + len(item)
            position = end + 1
            if index == 0:  # the first item may follow other words: only a tagged one is known
                start = ends.get(end, end) if ends.get(end, -1) >= start else end
            elif position > match.end():  # the last item runs up to where the list ends
                stop = _LIST_END.search(text, start, end)
                end = stop.start() if stop else end
            items.append((start, end))
        named = sum(item in tagged for item in items)
        sizes = {end - start for start, end in items[:-1]}
        if named >= 2 and len(sizes) == 1 and items[-1] not in tagged:  # 景海鹏、朱杨柱、桂海潮|身体状态良好
            items[-1] = _cut_like(text, *items[-1], sizes.pop())
        pair = named == 1 and len(items) == 2
        if named < 2 and not pair:
            continue
        forms = {(start, end): text[start:end] for start, end in items if (start, end) not in tagged}
        known = dictionary().tags(forms.values())
        if len(forms) >= 2 and 2 * sum(not tag.startswith("nr") for tag in known.values()) > len(forms):
            continue  # most items left are words (桔梗、防风、薄荷、甘草、麻黄): a list of things
        for (start, end), form in forms.items():
            name_to_jieba = known.get(form, "nr").startswith("nr")
            if 2 <= len(form) <= 6 and "·" not in form and not _is_date(form) and (not pair or name_to_jieba) and (
                    _translit_share(form) == 1 or len(form) <= 3 and (_has_surname(form) or name_to_jieba)):
                found.append((start, end))
    return found


def _cut_like(text: str, start: int, end: int, size: int) -> tuple[int, int]:
    """The last item of a list of names all ``size`` characters long, cut to that size when a
    word of jieba's dictionary follows there (桂海潮|身体) and none runs across the cut (not
    第四军|医大学: 军医 is a word); else as it is."""
    after = start + size
    if end - after >= 2 and dictionary().tags([text[after:after + 2], text[after:after + 3]]) \
            and not dictionary().tags([text[after - 1:after + 1]]):
        return start, after
    return start, end


_PLACE_LIST = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+(?:[、和及与][\u4e00-\u9fff]+)+")


def _among_places(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Tagged names that stand in a list of places (罗马、柏林和巴黎): at least two other items
    are places in jieba's dictionary and no other item is a tagged name."""
    tagged = set(spans)
    found: set[tuple[int, int]] = set()
    for match in _PLACE_LIST.finditer(text):
        items, position = [], match.start()
        for item in re.split("[、和及与]", match.group()):
            items.append((position, position + len(item)))
            position += len(item) + 1
        names = [item for item in items if item in tagged]
        if len(names) != 1 or len(items) < 3:
            continue
        places = 0
        for index, (start, end) in enumerate(items):
            if (start, end) == names[0]:
                continue
            if index == 0:  # the first item may follow other words, the last be followed by some
                forms = [text[s:end] for s in range(max(start, end - 4), end - 1)]
            else:
                forms = [text[start:e] for e in range(start + 2, min(end, start + 4) + 1)]
            places += any(tag.startswith("ns") for tag in dictionary().tags(forms).values())
        if places >= 2:
            found.add(names[0])
    return found


def _joined_surnames(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A surname tagged alone right before a given name of two tagged apart (丁|薛祥, where 薛
    is a surname too) is one name of three: no one is named by a lone surname run into
    another's name."""
    starts = {start: end for start, end in spans}
    joined, skip = [], set()
    for start, end in spans:
        if (start, end) in skip:
            continue
        after = starts.get(end)
        if end - start == 1 and text[start] in SURNAMES and after is not None and after - end == 2 \
                and _HAN_RUN.fullmatch(text[end:after]) and _translit_share(text[end:after]) < 1:
            joined.append((start, after))  # (not 法老王|彼比: a foreign name after a title)
            skip.add((end, after))
        else:
            joined.append((start, end))
    return joined


def _alone_in_brackets(text: str, start: int, end: int) -> bool:
    """One character alone in brackets right before a name (——（宋）陆游, （汉）东方朔) is the
    name's dynasty or country. (A surname in brackets that ends a paragraph, （陶）, credits its
    writer.)"""
    return end - start == 1 and text[start - 1:start] in ("（", "(", "〔") and text[end:end + 1] in ("）", ")", "〕") \
        and bool(_HAN.match(text[end + 1:end + 2]))


def _offices_of(context: _Context, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Names that stand right before the titles of another name (卡塔尔首相兼外交大臣X): whose
    office it is, a country or a body, not a person. Not so when the name before is a person
    for all that: the titles of a relation (马克龙夫人X), a title between (布什总统特使X: 总统
    is his), titles listed (朱光亚院士、副主编X: 院士 is his), bylines run together
    (记者A本报记者B), or a surname alone (蒋局长)."""
    ends = {end: (start, end) for start, end in spans if end - start > 1}
    found = set()
    for start, _end in spans:
        titles, chain_start = context.title_chain(start)
        if titles and chain_start in ends and not any(t.endswith(_NOT_OFFICES) for t in titles) \
                and all(joiner == "兼" for joiner in TITLE_JOINERS if joiner in context.text[chain_start:start]):
            found.add(ends[chain_start])
    return found


_NOT_OFFICES = RELATION_TITLES + ("记者", "通讯员")


def _place_after(text: str, start: int, end: int) -> bool:
    """Does a place or body's ending follow the name at ``start:end`` (普希金广场, 中山路, in
    quotes too: “田横”酒厂)? A one-character ending counts only when it does not begin a word of
    its own (站在, 路上: a verb, a phrase)."""
    if start > 0 and (text[start - 1], text[end:end + 1]) in _QUOTE_PAIRS:
        end += 1
    suffix = next((s for s in PLACE_AFTER if text.startswith(s, end)), None)
    return suffix is not None and (len(suffix) > 1 or not dictionary().tags([text[end:end + 2]]))


def _is_place(form: str) -> bool:
    """唐古拉峰, 阿布穆萨岛: a transliteration with a place's generic term at its end (but 杜若原,
    a surname and a given name of two, is a person)."""
    return len(form) >= 3 and form[-1] in PLACE_ENDINGS and _translit_share(form[:-1]) == 1 \
        and (len(form) > 3 or not _has_surname(form))


def _is_outlet(form: str) -> bool:
    """路透社, 新京报: a news organisation the tagger took for a person."""
    return len(form) >= 3 and form[-1] in OUTLET_ENDINGS and not any(d in form for d in NAME_DOTS)


def _is_date(form: str) -> bool:
    """周四, 周末: a weekday or other date that a surname happens to begin."""
    return any(e.start == 0 and e.end == len(form) for e in scan_dates(form))


def _name_char(char: str) -> bool:
    return bool(_HAN.match(char)) or char.isalpha()


def _candidates(text: str, folded: str, progress: Progress
                ) -> tuple[dict[str, Candidate], dict[str, list[tuple[int, int]]]]:
    """Names the model finds in ``folded`` (``text`` in simplified characters, same offsets), and
    shapes it missed; forms are taken as ``text`` writes them."""
    context = _Context(folded)  # titles and verbs are matched in simplified characters
    found: dict[str, Candidate] = {}
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    seen: set[tuple[int, int]] = set()  # a span is one form's place once

    def add(form: str, kind: str, start: int, end: int) -> None:
        candidate = found.setdefault(form, Candidate(form, kind))
        if (start, end) in seen:
            return
        seen.add((start, end))
        places[form].append((start, end))
        if kind == "model":
            titles = context.titles_before(_list_start(folded, start, starts)) + [
                t for t in context.titles_after(end) if t not in RELATION_TITLES]
            candidate.roles.update(t for t in titles if t not in WEAK_TITLES)
        else:
            context.weigh(candidate, start, end)

    covered: set[int] = set()  # characters inside the model's names: shapes found there are not names
    # The shape of what the model found is judged in simplified characters, the same offsets.
    dotted = _dotted_spans(text)
    spans = [_whole_dotted(folded, *_trimmed(folded, start, end), dotted)
             for start, end in tagger().names(folded, progress)]
    spans = _joined_surnames(folded, spans)
    spans += sorted(set(_bylines(folded)).difference(spans))
    spans += _listed(folded, spans)
    bodies = {folded[s:e] for s, e in _offices_of(context, spans)}  # 卡塔尔首相X: 卡塔尔 is no one, anywhere
    places_only = _among_places(folded, spans)
    spans = [span for span in spans if span not in places_only and folded[slice(*span)] not in bodies
             and not _alone_in_brackets(folded, *span)]
    tagged_forms = {folded[s:e] for s, e in spans}
    starts = {end: start for start, end in spans}
    for start, end in spans:
        tagged_end = end
        start, end = _unglued(folded, start, end, tagged_forms)
        name = folded[start:end]
        # A character the model took into the name (黑尔·毕什[站]在) was no place's ending to it.
        if start < end and _HAN.search(name) and not _is_date(name) and not _is_place(name) and not _is_outlet(name) \
                and (context.titles_after(end) or end < tagged_end or not _place_after(folded, start, end)):
            add(canonical(text[start:end]), "model", start, end)
            covered.update(range(start, end))
    for start, end in dotted:
        if covered.intersection(range(start, end)) or _place_after(folded, start, end):
            continue
        form = canonical(text[start:end])
        add(form, "dotted", start, end)
        if len(places[form]) == 1:
            found[form].score += 2  # the shape itself is evidence
    for start, end in _titled(folded, covered):  # 总统普京: a name jieba's dictionary calls a place
        add(text[start:end], "titled", start, end)
    for match in _LATIN_FULL.finditer(text):
        words = match.group().split()
        if not any(w.lower() in LATIN_ORG_WORDS for w in words) and not covered.intersection(range(*match.span())):
            add(match.group(), "latin", *match.span())
    return found, places


def _list_start(text: str, start: int, starts: dict[int, int]) -> int:
    """Where the enumeration of names that ``start`` stands in begins: one title before a list
    (副总理丁薛祥、何立峰) is each name's. ``starts`` maps the end of each name to its start."""
    seen = {start}
    while start > 0 and text[start - 1] == "、" and (previous := starts.get(start - 1)) is not None \
            and previous not in seen:
        start = previous
        seen.add(start)
    return start


_STRONG_TITLES = re.compile("|".join(re.escape(t) for t in TITLES if t not in WEAK_TITLES))


def _titled(text: str, covered: set[int]) -> list[tuple[int, int]]:
    """Words right after a title that the model left untagged: two to four Chinese characters
    that jieba cuts as one word, a name or place in its dictionary, or no word of it but all
    transliteration characters (总统普京通电话) or of three characters at most (妻子昆凌). The
    title must be a whole word there too (董事会 holds no 董事)."""
    import jieba

    found = []
    for match in _STRONG_TITLES.finditer(text):
        clause = re.match(r"[\u4e00-\u9fff]{1,16}", text[match.start():])
        if clause is None or match.end() in covered:
            continue
        position, words = match.start(), iter(jieba.cut(clause.group(), HMM=True))
        for word in words:
            position += len(word)
            if position >= match.end():
                break
        word = next(words, "")
        if position != match.end() or not 2 <= len(word) <= 4:
            continue
        tag = dictionary().tags([word]).get(word, "nr" if _translit_share(word) == 1 or len(word) <= 3 else "")
        if (tag.startswith(("nr", "nz")) or tag == "ns" and word[-1] not in PLACE_ENDINGS and word[-1] != "国") \
                and not covered.intersection(range(position, position + len(word))):
            found.append((position, position + len(word)))
    return found


def canonical(form: str) -> str:
    """One spelling for the dots of a transliterated name (· • ・ ‧ all become ·)."""
    return re.sub(f"[{NAME_DOTS}]", "·", form)


class _Occurrences:
    """Where each of many forms stands in the text, found in one pass over it.

    Any middle dot matches any other; a Latin form must not touch other Latin letters.
    """

    def __init__(self, text: str, forms: set[str]) -> None:
        self.text = text
        folded = canonical(text)
        self.spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for form in {canonical(f) for f in forms if f}:
            latin = latin_script(form)
            index = folded.find(form)
            while index >= 0:
                end = index + len(form)
                if not (latin and (_latin_letter(text, index - 1) or _latin_letter(text, end))):
                    self.spans[form].append((index, end))
                index = folded.find(form, index + 1)

    def of(self, form: str, outside: str | None = None) -> list[tuple[int, int]]:
        """Occurrences of ``form``, leaving out those inside an occurrence of ``outside``."""
        spans = self.spans.get(canonical(form), [])
        if outside:
            inside = {i for s, e in self.spans.get(canonical(outside), []) for i in range(s, e)}
            spans = [(s, e) for s, e in spans if s not in inside]
        return spans


def _latin_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalpha() and latin_script(text[index])


def _surname_part(form: str) -> str:
    return re.split(f"[{NAME_DOTS}]", form)[-1] if any(d in form for d in NAME_DOTS) else form.split()[-1]


def same_across_scripts(han: str, latin: str) -> bool:
    """Is the transliteration ``han`` the Latin name ``latin``? Surnames must agree."""
    han_parts = re.split(f"[{NAME_DOTS}]", han)
    latin_parts = latin.split()
    surname = sound_alike(han_parts[-1], latin_parts[-1])
    if len(han_parts) == 1 or len(latin_parts) == 1:
        return surname >= 0.8 and len(han_parts[-1]) >= 2
    given = sound_alike(han_parts[0], latin_parts[0])
    return surname >= 0.75 and (surname + given) / 2 >= 0.72


def script_forms(forms: list[str]) -> tuple[str | None, str | None]:
    """A person's fullest transliterated Chinese form and fullest Latin form (either may be
    missing): what a person of another article is compared by across scripts."""
    han = [f for f in forms if not latin_script(f) and _translit_share(f) >= 0.75]
    latin = [f for f in forms if latin_script(f) and f[:1].isupper()]
    return _fullest(han), _fullest(latin)


def _fullest(forms: list[str]) -> str | None:
    return max(forms, key=lambda f: (len(re.split(f"[{NAME_DOTS} ]", f)), len(f))) if forms else None


def sound_bucket(form: str) -> str:
    """The first sound of a form's surname, in either script: only forms that share it are
    compared across scripts."""
    surname = _surname_part(form)
    return (latin_key(surname) if latin_script(form) else chinese_key(surname))[:1]


@dataclass
class _Group:
    forms: list[str]
    roles: Counter[str] = field(default_factory=Counter)
    run_together: set[str] = field(default_factory=set)  # 乔治布什: a form, never the display name
    known_as: str | None = None  # the name the article gives first, beside a birth name (金庸（原名查良镛）)

    @property
    def display(self) -> str:
        """The name the person is known by, else the fullest Chinese form, else the fullest Latin one."""
        if self.known_as in self.forms:
            return self.known_as
        han = [f for f in self.forms if not latin_script(f) and f not in self.run_together]
        return _fullest(han or self.forms) or ""


def find_people(text: str, progress: Progress | None = None) -> list[Person]:
    """Every person named in ``text``, each with all their forms and mentions."""
    report = progress or (lambda _done: None)
    folded = traditional_folded(text)
    found, places = _candidates(text, folded, lambda done: report(0.9 * done))
    forms = set(found)
    for candidate in found.values():
        if _foreign_full(candidate.form):
            forms.add(_surname_part(candidate.form))
            forms.add(re.sub(f"[{NAME_DOTS}]", "", candidate.form))
    occurrences = _Occurrences(text, forms)
    # A surname used alone counts as evidence for the full name it belongs to.
    context = _Context(folded)
    for candidate in [c for c in found.values() if c.kind == "titled"]:
        # A title alone is not enough (毛主席纪念堂): one of its mentions must speak or act.
        mentions = occurrences.of(candidate.form)
        if any(context.speech_after(end) or context.action_after(end) for _start, end in mentions):
            for start, end in mentions:
                if (start, end) not in places[candidate.form]:
                    context.weigh(candidate, start, end)
        else:
            candidate.score = 0
    for candidate in [c for c in found.values() if c.kind in ("dotted", "latin")]:
        surname = _surname_part(candidate.form)
        alone = found.get(surname)
        if alone is not None:
            candidate.score += ACCEPT if alone.kind == "model" else max(alone.score, 0)
        elif candidate.kind == "latin":
            probe = Candidate(surname, "latin")
            for start, end in occurrences.of(surname, outside=candidate.form):
                context.weigh(probe, start, end)
            candidate.score += max(probe.score, 0)
            candidate.roles.update(probe.roles)
    for start, latin in _glosses(text):  # 路易斯·巴森尼斯（Louis Basenese）: the gloss is a name
        if latin in found and any(end == start for form, c in found.items() if c.kind == "model"
                                  for _s, end in places[form]):
            found[latin].score = max(found[latin].score, ACCEPT)
    accepted = {f: c for f, c in found.items() if f not in ROLE_TITLES and (c.score >= ACCEPT or (
        c.kind == "model" and _model_person(context, places[f] if len(f) == 1 else occurrences.of(f))))}

    groups: list[_Group] = []
    owner: dict[str, _Group] = {}
    for candidate in sorted(accepted.values(), key=lambda c: -len(re.split(f"[{NAME_DOTS} ]", c.form))):
        form = candidate.form
        if form in owner:
            owner[form].roles.update(candidate.roles)
            continue
        group = _Group([form], Counter(candidate.roles))
        groups.append(group)
        owner[form] = group
        if _foreign_full(form):
            parts = [_surname_part(form)]
            if not latin_script(form):
                parts.append(re.sub(f"[{NAME_DOTS}]", "", form))  # 马克扎克伯格, written without the dot
            for part in parts:  # a surname may be shared: it then belongs to each owner
                if part != form and occurrences.of(part, outside=form):
                    group.forms.append(part)
                    owner.setdefault(part, group)
    # Parts of a name the model found on their own (史密斯 of 约翰·史密斯) join the full name.
    for form, candidate in accepted.items():
        group = owner[form]
        if len(group.forms) == 1 and candidate.kind == "model":
            for other in groups:
                if other is not group and form in other.forms:
                    other.roles.update(group.roles)
                    groups.remove(group)
                    owner[form] = other
                    break
    _join_short_forms(groups, relatives={f for f in accepted if len(f) == 1 and places[f] and all(
        _after_kin(folded, start) for start, _end in places[f])})
    _join_first_names(groups)
    _add_family_names(text, context, groups)
    _join_undotted(groups)
    _merge_scripts(groups)
    _join_latin_surnames(text, groups)
    _merge_glosses(text, groups)
    _add_nicknames(text, folded, groups, places)
    _add_epithets(text, groups)
    every_form = {f for group in groups for f in group.forms}
    people = _with_mentions(text, groups, _Occurrences(text, every_form), places)
    _name_by_title(text, people)
    if folded != text:  # roles were read in simplified characters: show them as the text writes them
        for person in people:
            person.roles = [text[i:i + len(r)] if (i := folded.find(r)) >= 0 else r for r in person.roles]
    return people


def _name_by_title(text: str, people: list[Person]) -> None:
    """A person the article names only by surname and title (付小姐, 王老师), as 老王 or 小王, or
    with the name withheld (张某某, 李某) is shown so, not as a lone surname; the surname stays a
    form, and the mentions stay on it."""
    for person in people:
        if len(person.name) != 1:
            continue
        # 小花奶奶 is 小花's grandmother: after 老X or 小X, a title names someone else.
        familiar = Counter(text[start - 1] for start, _end in person.mentions if text[start - 1:start] in ("老", "小"))
        titles = Counter(title for start, end in person.mentions if text[start - 1:start] not in ("老", "小")
                         and (title := next((t for t in _WITHHELD + ADDRESS_AFTER + TITLES if text.startswith(t, end)),
                                            None)))
        if titles or familiar:
            person.aliases = [person.name, *person.aliases]
            if familiar:
                person.name = familiar.most_common(1)[0][0] + person.name
            else:
                person.name += titles.most_common(1)[0][0]


_WITHHELD = ("某某", "某")  # how the press writes a name it withholds: 张某某, 李某


def _model_person(context: _Context, written: list[tuple[int, int]]) -> bool:
    """Is a name the model found a person of this article? Not when, of all the places it is
    written, more read as a company or brand (推特公司, 特斯拉股价, 推特CEO) than as a person (a
    title or a speech verb by it), at least ``ORGANISATION_EVIDENCE`` of them."""
    as_organisation = as_person = 0
    for start, end in written:
        if context.org_around(start, end):
            as_organisation += 1
        elif context.titles_before(start) or context.titles_after(end) or context.speech_after(end):
            as_person += 1
    return not (as_organisation >= ORGANISATION_EVIDENCE and as_organisation > as_person)


def _foreign_full(form: str) -> bool:
    """A foreign name of several parts: dotted (约翰·史密斯) or Latin (John Smith)."""
    return any(d in form for d in NAME_DOTS) or (latin_script(form) and " " in form)


def _han_full_names(group: _Group) -> list[str]:
    """The group's Chinese names that begin with a surname (王小明, 欧阳娜娜)."""
    return [f for f in group.forms if 2 <= len(f) <= 4 and _HAN.fullmatch(f[0]) and _has_surname(f)
            and _translit_share(f) < 1 and not any(d in f for d in NAME_DOTS)]


def _join_short_forms(groups: list[_Group], relatives: set[str]) -> None:
    """A surname alone (王, as in 王主席) or a given name alone (小明) found by the model joins
    the full names it can belong to: a surname may belong to several (its mentions then go to
    the one named last), a given name only to one; so may a surname with a short title (周董,
    张导), which says less of whom it names than the title would. A surname only ever written
    after a word of kinship (``relatives``: 肖毅的弟弟肖某) is a relative, no one else's."""
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    by_given: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for name in _han_full_names(group):
            surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[0]
            by_surname[surname].append(group)
            if len(name) - len(surname) == 2:
                by_given[name[len(surname):]].append(group)
    for group in list(groups):
        if len(group.forms) != 1:
            continue
        form = group.forms[0]
        if form in relatives:
            continue
        owners = [g for g in by_surname.get(form, []) if g is not group]
        given = [g for g in by_given.get(form, []) if g is not group]
        if not owners and len(given) == 1:
            owners = given
        if len(form) >= 2 and form[-1] in ADDRESS_SHORT and form[:-1] in by_surname:
            owners = [g for g in by_surname[form[:-1]] if g is not group]
            owners = owners if len(owners) == 1 else []
        if owners:
            for other in dict.fromkeys(map(id, owners)):
                target = next(g for g in owners if id(g) == other)
                target.forms.append(form)
                target.roles.update(group.roles)
            groups.remove(group)


def _add_family_names(text: str, context: _Context, groups: list[_Group]) -> None:
    """A family name of two characters used alone (岸田 of 岸田文雄, 安倍 of 安倍晋三): a name of
    four Chinese characters that begins with no Chinese double surname is a Japanese one, and
    its first two characters the family name, which an article may use alone. It becomes a form
    of the only such person when it is written apart from the full name as a person (speaking,
    acting or with a title: 岸田称, 安倍首相) and jieba's dictionary has it as a name (安倍) or has
    it not and it begins with no Chinese surname (岸田)."""
    by_family: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for name in group.forms:
            if len(name) == 4 and _HAN_RUN.fullmatch(name) and name[:2] not in COMPOUND_SURNAMES \
                    and _translit_share(name) < 1 and group not in by_family[name[:2]]:
                by_family[name[:2]].append(group)
    known = dictionary().tags(to_simplified(family) for family in by_family)
    for family, owners in by_family.items():
        tag = known.get(to_simplified(family)) or ("nr" if to_simplified(family[0]) not in SURNAMES else "")
        if len(owners) != 1 or not tag.startswith("nr"):
            continue
        full = [f for f in owners[0].forms if f.startswith(family)]
        alone = _Occurrences(text, {family, *full}).of(family, outside=max(full, key=len))
        if any(context.speech_after(end) or context.action_after(end) or context.titles_after(end)
               for _start, end in alone):
            owners[0].forms.append(family)


def _join_first_names(groups: list[_Group]) -> None:
    """A foreign given name used alone (奥斯汀 in a story about 奥斯汀·里夫斯) joins the one
    person whose dotted name begins with it; shared by two, it stays apart."""
    by_first: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for form in group.forms:
            if any(d in form for d in NAME_DOTS):
                first = re.split(f"[{NAME_DOTS}]", form)[0]
                if group not in by_first[first]:
                    by_first[first].append(group)
    for group in list(groups):
        if len(group.forms) == 1 and len(owners := by_first.get(group.forms[0], [])) == 1 \
                and owners[0] is not group:
            owners[0].forms.append(group.forms[0])
            owners[0].roles.update(group.roles)
            groups.remove(group)


EPITHET_REACH = 8  # characters between a nickname and its name: 的 and a title (的运动员)


def _join_undotted(groups: list[_Group]) -> None:
    """A transliterated full name written without its dot (乔治布什) joins the person whose
    surname it ends with (布什), when exactly one does."""
    surnames: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for form in group.forms:
            if len(form) >= 2 and _translit_share(form) == 1 and not any(d in form for d in NAME_DOTS):
                surnames[form].append(group)
    for group in list(groups):
        if len(group.forms) != 1 or len(group.forms[0]) < 4 or _translit_share(group.forms[0]) < 1:
            continue
        form = group.forms[0]
        owners = {id(g): g for size in range(2, len(form) - 1) for g in surnames.get(form[-size:], [])
                  if g is not group}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            owner.forms.append(form)
            owner.run_together.add(form)
            owner.roles.update(group.roles)
            groups.remove(group)


_GLOSS = re.compile(rf"\s*[（(]\s*([{_UPPER}][{_UPPER}{_LOWER}.'\-]*(?:[ \u00a0][{_UPPER}][{_UPPER}{_LOWER}.'\-]*){{0,3}})\s*[)）]")
_EPITHET = re.compile(r"(?:绰号|外号|人称|昵称|诨名|綽號|暱稱)\s*[“\"「『]([^”\"」』\n]{1,10})[”\"」』]\s*的?")
# A person's other names as the press gives them: a birth, real, pen or stage name.
_OTHER_NAMES = "原名|本名|真名|笔名|艺名|又名|筆名|藝名"
_OTHER_NAME_BEFORE = re.compile(rf"(?:{_OTHER_NAMES})\s*([\u4e00-\u9fff·]{{2,8}}?)\s*的")
_OTHER_NAME_AFTER = re.compile(rf"[（(](?:{_OTHER_NAMES})\s*[:：]?\s*([\u4e00-\u9fff·]{{2,8}}|[A-Za-z][A-Za-z .'-]{{1,40}})[）)，,]")


def _glosses(text: str) -> list[tuple[int, str]]:
    """Latin names in brackets, each with the offset of the text right before its bracket."""
    found = []
    for match in re.finditer(r"[（(]", text):
        gloss = _GLOSS.match(text, match.start())
        if gloss:
            start = match.start()
            while start > 0 and text[start - 1] == " ":
                start -= 1
            found.append((start, gloss.group(1).replace("\u00a0", " ")))
    return found


def _merge_glosses(text: str, groups: list[_Group]) -> None:
    """``路易斯·巴森尼斯（Louis Basenese）``, ``艾侯(Jean-Marc Ayrault)``: one person."""
    ends: dict[int, _Group] = {}
    occurrences = _Occurrences(text, {f for g in groups for f in g.forms if not latin_script(f)})
    for group in groups:
        for form in group.forms:
            if not latin_script(form):
                ends.update((end, group) for _s, end in occurrences.of(form))
    for start, latin in _glosses(text):
        group = ends.get(start)
        if group is None or latin in group.forms:
            continue
        other = next((g for g in groups if latin in g.forms), None)
        if other is not None and other is not group:
            group.forms.extend(f for f in other.forms if f not in group.forms)
            group.roles.update(other.roles)
            groups.remove(other)
        elif other is None:
            group.forms.append(latin)


def _add_epithets(text: str, groups: list[_Group]) -> None:
    """A nickname or another name bound to a name becomes one of that person's forms: before
    the name, it binds the first name within a few characters after it, on the same clause
    (绰号“邮差”的马龙, 人称“飞鱼”的运动员林某, 笔名古龙的熊耀华); in brackets after the name, that
    name (金庸（原名查良镛）)."""
    occurrences = _Occurrences(text, {f for g in groups for f in g.forms})
    starts: dict[int, tuple[int, _Group]] = {}  # the longest form written at each place, and its person
    ends: dict[int, tuple[str, _Group]] = {}
    for group in groups:
        for form in group.forms:
            for start, end in occurrences.of(form):
                if len(form) > starts.get(start, (0, group))[0]:
                    starts[start] = (len(form), group)
                ends[end] = (form, group)
    for match in chain(_EPITHET.finditer(text), _OTHER_NAME_BEFORE.finditer(text)):
        for start in range(match.end(), min(match.end() + EPITHET_REACH, len(text))):
            if text[start] in "，。；！？,;\n、与和及":  # the clause ends, or names someone else
                break
            if start in starts:
                _bind(groups, starts[start][1], match.group(1))
                break
    for match in _OTHER_NAME_AFTER.finditer(text):
        if match.start() in ends:
            known_as, group = ends[match.start()]
            _bind(groups, group, match.group(1))
            group.known_as = known_as


def _bind(groups: list[_Group], group: _Group, other_name: str) -> None:
    """``other_name`` is one of ``group``'s forms; taken for a person of its own (绰号“老布”的布林肯,
    查良镛 beside 金庸), that person is this one."""
    for other in [g for g in groups if g is not group and other_name in g.forms]:
        groups.remove(other)
        group.roles.update(other.roles)
        group.forms.extend(f for f in other.forms if f not in group.forms)
    if other_name not in group.forms:
        group.forms.append(other_name)


def _merge_scripts(groups: list[_Group]) -> None:
    """One person written in Chinese and in Latin letters becomes one group.

    Only names whose surnames begin with the same sound are compared at all.
    """
    latin_by_sound: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        if all(latin_script(f) for f in group.forms):
            latin_by_sound[latin_key(max(group.forms, key=len).split()[-1])[:1]].append(group)
    merged: set[int] = set()
    for han_group in groups:
        han_names = [f for f in han_group.forms if not latin_script(f) and _translit_share(f) >= 0.75]
        if not han_names:
            continue
        best = max(han_names, key=len)
        for latin_group in latin_by_sound.get(chinese_key(_surname_part(best))[:1], []):
            if id(latin_group) in merged:
                continue
            latin = max(latin_group.forms, key=len)
            shared_role = bool(set(han_group.roles) & set(latin_group.roles))
            if same_across_scripts(best, latin) or (
                shared_role and same_across_scripts(_surname_part(best), latin.split()[-1])
            ):
                han_group.forms.extend(latin_group.forms)
                han_group.roles.update(latin_group.roles)
                merged.add(id(latin_group))
    groups[:] = [g for g in groups if id(g) not in merged]


def _join_latin_surnames(text: str, groups: list[_Group]) -> None:
    """A Latin surname written alone (``Smith`` beside 约翰·史密斯, with no ``John Smith`` in
    the text) is a form of the one person whose transliterated surname it sounds like. A word
    next to another capitalised word belongs to a longer name (or title) and is left alone."""
    by_sound: dict[str, list[tuple[str, _Group]]] = defaultdict(list)  # surnames by their first sound
    for group in groups:
        for surname in {_surname_part(f) for f in group.forms if not latin_script(f) and _translit_share(f) >= 0.75}:
            by_sound[chinese_key(surname)[:1]].append((surname, group))
    taken = {w for g in groups for f in g.forms if latin_script(f) for w in f.split()}
    for word in {m.group() for m in re.finditer(_LATIN_WORD, text)} - taken:  # each word once: a text may hold many
        owners = {id(g): g for surname, g in by_sound.get(latin_key(word)[:1], ())
                  if same_across_scripts(surname, word)}
        if len(owners) == 1 and _stands_alone(text, word):
            next(iter(owners.values())).forms.append(word)


def _stands_alone(text: str, word: str) -> bool:
    """Is ``word`` written somewhere with no capitalised word or other letter right beside it?"""
    for match in re.finditer(rf"(?<![{_UPPER}{_LOWER}]){re.escape(word)}(?![{_UPPER}{_LOWER}])", text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 32), match.start())
        after = _WORD_AFTER.match(text, match.end())
        if not (before and before.group(1)[0].isupper() or after and after.group(1)[0].isupper()):
            return True
    return False


_WORD_BEFORE = re.compile(rf"([{_UPPER}{_LOWER}]+)[ .-]*\Z")
_WORD_AFTER = re.compile(rf"[ .-]*([{_UPPER}{_LOWER}]+)")


def _add_nicknames(text: str, folded: str, groups: list[_Group], tagged: dict[str, list[tuple[int, int]]]) -> None:
    """``小崔``, ``老崔``, ``崔某`` and a surname before a title (``崔主任``, ``蔡總統``) stand for
    the only person of that surname: the surname in them becomes a mention of that person (as
    annotated news marks it: 老[崔], [蔡]总统)."""
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for name in _han_full_names(group):
            owners = by_surname[name[0]]
            if group not in owners:
                owners.append(group)
    for surname, owners in by_surname.items():
        if len(owners) != 1:
            continue
        simplified = traditional_folded(surname)
        addressed = {(m.start(), m.end()) for m in re.finditer(re.escape(simplified), folded)
                     if folded[m.start() - 1:m.start()] in ("老", "小") or _MARKED_AFTER.match(folded, m.end())}
        places = set(tagged.get(surname, [])) | {(s, e) for s, e in addressed if not _ends_word(folded, s)}
        places = {(s, e) for s, e in places if not _inside_longer_name(text, s, owners[0]) and not _after_kin(folded, s)}
        if places:
            tagged[surname] = sorted(places)
            if surname not in owners[0].forms:
                owners[0].forms.append(surname)


def _after_kin(text: str, start: int) -> bool:
    """Does a word of kinship stand right before ``start`` (弟弟[肖]某, 其子[王]某)? Then a surname
    there names a relative of someone, not that someone."""
    return text[max(0, start - 2):start].endswith(KINSHIP)


def _ends_word(text: str, index: int) -> bool:
    """Does the character at ``index`` end a word of jieba's dictionary (斯 of 俄罗斯总统)?"""
    return bool(dictionary().tags(text[max(0, index - size):index + 1] for size in (1, 2, 3) if index >= size))


def _inside_longer_name(text: str, start: int, group: _Group) -> bool:
    """Does one of the group's full names begin at ``start`` (崔永元 is no 崔 before a title)?"""
    return any(text.startswith(form, start) for form in group.forms if len(form) > 1)


def _with_mentions(text: str, groups: list[_Group], occurrences: _Occurrences,
                   tagged: dict[str, list[tuple[int, int]]]) -> list[Person]:
    """Every mention of every group: each occurrence of its forms, except that a form of one
    character (a surname alone) counts only where the model found it as a name."""
    taken: set[int] = set()
    claims: list[tuple[int, int, str, list[_Group]]] = []
    by_form: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for form in group.forms:
            by_form[form].append(group)
    for form in sorted(by_form, key=len, reverse=True):
        for start, end in tagged.get(form, []) if len(form) == 1 else occurrences.of(form):
            if any(i in taken for i in range(start, end)):
                continue
            if len(form) == 2 and not latin_script(form) and start > 0 and text[start - 1] in TRANSLIT \
                    and _translit_share(form) == 1 and text[start - 1] not in NAME_DOTS \
                    and (start, end) not in tagged.get(form, ()):
                continue  # 罗斯 inside 安德罗斯 is not 罗斯 (but 总理科尔, where the model found it, is 科尔)
            taken.update(range(start, end))
            claims.append((start, end, form, by_form[form]))
    mentions: dict[int, list[tuple[int, int]]] = defaultdict(list)
    last_seen: dict[int, int] = {}
    for start, end, _form, owners in sorted(claims):
        if len(owners) == 1:
            chosen = owners[0]
        else:  # a surname shared by two people belongs to the one named last
            chosen = max(owners, key=lambda g: last_seen.get(id(g), -1))
        mentions[id(chosen)].append((start, end))
        last_seen[id(chosen)] = start
    people = []
    for group in groups:
        spans = sorted(mentions.get(id(group), []))
        if not spans:
            continue
        display = group.display
        aliases = [f for f in group.forms if f != display]
        roles = [role for role, _ in group.roles.most_common()]
        people.append(Person(display, aliases, roles, spans))
    people.sort(key=lambda p: (-len(p.mentions), p.mentions[0][0]))
    return people
