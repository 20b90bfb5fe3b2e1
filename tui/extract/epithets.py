"""A person's other names bound to the name they stand for: a nickname (绰号“邮差”的马龙), what
someone is praised or called as (被誉为“股神”的, 人们称她为“小燕子”), a familiar name (发哥, 华仔),
an epithet in quotes before the name (“国民老公”雷佳音) and a birth, pen or stage name (原名,
笔名, 艺名, in brackets or in the run of the sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import chain

from tui.extract.context import Context
from tui.extract.dictionary import RARE_WORD, dictionary
from tui.extract.foreign import INITIAL_NICKNAME
from tui.extract.forms import Group, Occurrences, bind, han_full_names, writes_the_story
from tui.extract.introduced import COURTESY_NAMES
from tui.extract.lexicon import (ADDRESS_AFTER, COMPOUND_SURNAMES, FAMILIAR_ADDRESS, HONOURS_BEGIN, HONOURS_END,
                                 KINSHIP, ROLE_TITLES, SOUTHERN_ELDERS, SPEECH_VERBS, SURNAMES)
from tui.extract.shapes import (HAN, HAN_RUN, LOWER, OPENING_QUOTES, UPPER, familiar_start, has_surname, literal_spans,
                                sentence_start)
from tui.traditional import to_simplified


EPITHET_REACH = 8  # characters between a nickname and its name: 的 and a title (的运动员)
# (网名, an online name: 黄某某（网名“薇娅”）; 化名, a false one: 使用化名“李秘书”)
_EPITHET = re.compile(r"(?:绰号|外号|人称|昵称|诨名|网名|化名为?|綽號|外號|人稱|暱稱|諢名|網名|化名為?)"
                      r"[ \u3000]*[“\"「『]([^”\"」』\n]{1,10})[”\"」』][ \u3000]*的?")
# What someone is praised or known as (被誉为“杂交水稻之父”的, 素有“股神”之称的): a description more
# than a name, which the text seldom uses for the person again.
_PRAISED_AS = re.compile(r"(?:被[^，。；,;\n“\"「『]{0,8}?(?:称为|稱為|誉为|譽為)|号称|號稱)"
                         r"[ \u3000]*[“\"「『]([^”\"」』\n]{1,10})[”\"」』][ \u3000]*的?"
                         r"|有[ \u3000]*[“\"「『]([^”\"」』\n]{1,10})[”\"」』][ \u3000]*(?:之称|之稱|美誉|美譽)的?")
# And after the name, as the subject of the passive, as short as a name: X被球迷亲切地称为“苏神”
# (not 被群众誉为“为民造福的好公仆”, 被称为“半个志愿者”: what one is, more than what one is called).
_PRAISED_AFTER = re.compile(r"被[^，。；,;\n“\"「『]{0,10}?(?:称为|稱為|誉为|譽為|称作|稱作|叫作|叫做)\s*[“\"「『]"
                            r"([\u4e00-\u9fff]{2,4})[”\"」』]")
# Or as the object of a verb of calling, as short as a name (网友称余承东为“余大嘴”).
_CALLS = ("称", "叫", "喊", "称呼", "稱", "稱呼")
_CALLED_AS_AFTER = re.compile(r"(?:为|為|作|做)\s*[“\"「『]([\u4e00-\u9fff]{2,4})[”\"」』]")
_LIST_JOINERS = frozenset("、和与及")
_CALLINGS = tuple(title for title in ROLE_TITLES if len(title) >= 2)  # (艺术家, 教育家, 科学家)
# An epithet in quotes right before a name (“国民老公”雷佳音, “股神”沃伦·巴菲特): two to six characters,
# none of them punctuation (not the end of a quotation: “谢谢！”王某说).
_QUOTED_BEFORE = re.compile(r"[“「]([^”」\s，。！？、,.!?：:；;]{2,6})[”」]")
# What someone is called (大家都叫他阿明, 人们称她为“小燕子”), two or three characters.
_RENAMED = re.compile(r"(?:改名|更名|改姓)(?:为|為|叫|成)?")  # one renamed, after the name one had
_CALLED = re.compile(r"(?:叫|称|喊|稱)(?:他|她)(?:为|作|做|為)?\s*[“\"「]?([\u4e00-\u9fff]{2,3}?)[”\"」]?(?=[，。；！？,;\n]|$)")
CALLED_REACH = 40  # characters back to the name that 他 or 她 stands for, within the paragraph
# Familiar names of the last character of the given name (发哥, 华仔, 芳姐), as Cantonese and
# mainland speech form them.
_FAMILIAR = ("哥", "姐", "仔")
_FAMILIAR_NAME = re.compile("[\u4e00-\u9fff](?:" + "|".join(_FAMILIAR) + ")")
_FAMILIAR_SURNAME = re.compile("[老小][" + "".join(sorted(s for s in SURNAMES if len(s) == 1)) + "]")  # 老黄, 小崔


def _addressed(form: str) -> bool:
    """Is ``form`` a surname and a form of address (林阿嬤, 王先生, 陈奶奶), no name of one's own?"""
    simplified = to_simplified(form)
    return simplified[:1] in SURNAMES and simplified[1:] in (*FAMILIAR_ADDRESS, *ADDRESS_AFTER, *SOUTHERN_ELDERS)


def _familiar_given(called: str, name: str) -> bool:
    """Is ``called`` 阿 or 小 and a character of the given name ``name`` holds (阿杰 of 梁志杰, 小敏 of 陈晓敏), how
    friends and the street call one?"""
    return len(called) == 2 and called[0] in "阿小" and len(name) >= 2 and called[1] in name[1:]


def _called_by_given_name(text: str, starts: dict[int, tuple[int, Group]], ordered: list[int], at: int,
                          called: str) -> int | None:
    """Where the last person begins, in the paragraph before ``at``, whose Chinese name ``called`` is familiarly
    formed from (超哥 of 何超, 阿杰 of 梁志杰), whom a 他 or 她 called so stands for, whoever else the sentence names
    first (何超的同事罗文斌说，何超平时就热心助人，大家都叫他“超哥”: 何超); else, or where two people's names
    give it (张庆杨, 张开杨: 杨哥), None."""
    paragraph = text.rfind("\n", 0, at) + 1
    found = [start for start in ordered[bisect_left(ordered, paragraph):bisect_left(ordered, at)]
             if _familiar_of(called, text[start:start + starts[start][0]])]
    return found[-1] if found and all(starts[start][1] is starts[found[-1]][1] for start in found) else None


def _familiar_of(called: str, name: str) -> bool:
    """Is ``called`` formed from the given name of ``name``, a Chinese name of two or three, as friends call one:
    its last character and 哥, 姐 or 仔 (超哥 of 何超, 华仔), or as :func:`_familiar_given` reads it?"""
    return 2 <= len(name) <= 3 and has_surname(name) and HAN_RUN.fullmatch(name) is not None \
        and (len(called) == 2 and called[0] == name[-1] and called[1:] in _FAMILIAR or _familiar_given(called, name))


def within_epithets(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The surnames alone that lie inside a nickname or what someone is called, in its quotes (被村民们称为“[沙]博士”的
    年轻人): a part of the epithet, no one of its own; but not the surname of a name found elsewhere (饲养员姜哲远……
    被网友称为“[姜]爷爷”: his), and not a name in full, of someone famous one is likened to (被称为“百色的徐虎”: the
    corpora mark him). And any name inside a netizen's online name, shorter than it (网友“[小王]同学”)."""
    quotes = [match.span(group) for match in chain(_EPITHET.finditer(text), _PRAISED_AS.finditer(text))
              for group in range(1, (match.re.groups or 0) + 1) if match.group(group)]
    longer = {text[start:end] for start, end in spans}
    handles = [match.span(1) for match in _HANDLE.finditer(text)]
    return {(start, end) for start, end in spans
            if (end - start == 1 or text[start:end] in COMPOUND_SURNAMES)
            and any(qs <= start and end <= qe and end - start < qe - qs for qs, qe in quotes)
            and not any(len(form) > end - start and form.startswith(text[start:end]) for form in longer)
            or any(qs <= start and end <= qe and end - familiar_start(text, start) < qe - qs for qs, qe in handles)}


# An online name in quotes after who wrote it (网友“小王同学”评论, 博主“阿勒泰的风”, 读者“书虫小王”留言): a name inside it,
# shorter than it, is a part of the handle, no one of the story's.
_HANDLE = re.compile(r"(?:网友|网民|博主|用户|账号|读者|粉丝|網友|網民|用戶|帳號|讀者|粉絲)[ \u3000]*[“\"「『]([^”\"」』\n]{1,16})[”\"」』]")


_NOTE_BEFORE = re.compile(r"[（(][^（()）\n]{1,12}[）)]\Z")  # (a note on whom the name is of: （男，35岁）)


def _set_off(text: str, end: int, ends: dict[int, tuple[str, Group]]) -> Group | None:
    """The person whose name ends at ``end``: a name, not a surname alone, unless the surname
    stands for someone unnamed (郑某某（网名“小鹿”）); also before a note in brackets (陈某（男，35岁），绰号“阿强”)."""
    if note := _NOTE_BEFORE.search(text, max(0, end - 16), end):
        end = note.start()
    surname_end = end
    while text[surname_end - 1:surname_end] == "某":
        surname_end -= 1
    form, group = ends.get(surname_end, ("", None))
    return group if len(form) >= 2 or form and surname_end < end else None


def _familiar_names_written(text: str, folded: str) -> dict[str, set[str]]:
    """Every familiar name of the text (发哥, 华仔), in one pass, with the characters written before it;
    not where its last character begins a longer word of jieba's dictionary (日本和[哥斯达黎加]: no 和哥 of
    李长和), nor where the two end one (美国和[墨西哥]: no 西哥 of 梅西), read in ``folded`` (``text`` in simplified
    characters)."""
    written: dict[str, set[str]] = {}
    for match in _FAMILIAR_NAME.finditer(text):
        end = match.end()
        if not dictionary().tags([folded[end - 1:end - 1 + size] for size in range(2, 6)]
                                 + [folded[end - size:end] for size in range(3, 6) if end >= size]):
            written.setdefault(match.group(), set()).add(text[match.start() - 1:match.start()])
    return written


# A person's other names as the press gives them: a birth, real, pen or stage name, a monk's lay or dharma name.
_OTHER_NAMES = "原名|本名|真名|笔名|艺名|又名|筆名|藝名|俗名|法名|法號|法号"
_OTHER_NAME_BEFORE = re.compile(rf"(?:{_OTHER_NAMES})\s*([\u4e00-\u9fff·]{{2,8}}?)\s*的")
_QUOTED_NAME = re.compile(_QUOTED_BEFORE.pattern + r"\Z")  # the same right before a birth name: “小杨哥”（本名…）
_LATIN_WORD = rf"[{UPPER}][{UPPER}{LOWER}]{{1,11}}"
_STAGE_NAME = re.compile(rf"(?<![{UPPER}{LOWER}]){_LATIN_WORD}(?:[- ]{_LATIN_WORD})?\Z")  # IU, G-Dragon, Lisa, Rosé
_NAME_IN_BRACKETS = re.compile(r"[（(]([\u4e00-\u9fff]{2,4}|[A-Z][\u4e00-\u9fff]{1,3}"  # (陳信宏), (C罗),
                               r"|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3})[）)]")  # (布鲁诺·费尔南德斯)
_INITIALLED_END = re.compile(INITIAL_NICKNAME.pattern + r"\Z")  # B费（布鲁诺·费尔南德斯）
_FAMILIAR_END = re.compile(r"[小阿大][A-Za-z\u4e00-\u9fff]\Z")  # 小S（徐熙娣）, 阿信
# A Chinese name alone in brackets after a word a title names (导演饺子（杨宇）): the birth name, as if labelled so.
_BARE_NAME_AFTER = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
_OTHER_NAME_AFTER = re.compile(rf"[（(](?:{_OTHER_NAMES})\s*[:：]?\s*"
                               rf"([\u4e00-\u9fff·]{{2,8}}|[A-Za-z][A-Za-z .'-]{{1,40}})[）)，,]")
# The same in the run of the sentence: 草婴原名盛峻峰 (the name before, as the article knows the
# person, also in quotes: “东北雨姐”本名梁某; 释永信俗名刘应成), 熊耀华，笔名古龙 (the name after); each other name a whole
# run of two to four characters.
_BIRTH_NAME = re.compile("原名|本名|真名|俗名|大名叫|大名是|学名叫")  # (大名, the formal name, against 小名: 二柱子大名叫刘建柱)
_KNOWN_BEFORE = re.compile(rf"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{2,12}})[”」』]?[，,]?\s*(?:{_BIRTH_NAME.pattern})[:：]?\s*")
# The same after a stage name in Latin letters, one to three words each capitalised (Lisa本名拉丽莎·马诺班).
_LATIN_KNOWN_BEFORE = re.compile(rf"(?<![A-Za-z])([A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})[，,]?\s*(?:{_BIRTH_NAME.pattern})[:：]?\s*")
_NAMED_AFTER = re.compile(rf"[，,]?\s*(?:{_OTHER_NAMES})[:：]?\s*"
                          r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3})"
                          r"(?![\u4e00-\u9fff·])")  # (Lisa本名拉丽莎·马诺班: a dotted name too)
_NOT_NAMES = tuple("这那该此其他她它我你本")  # 这位老人原名…: a pronoun or demonstrative, no name
# An English name glossed in brackets as someone's (Pony（马化腾的英文名）, as the press explains a name that company
# insiders use).
_ENGLISH_NAME_OF = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+(?: [A-Z][a-z]+)?)[（(]([\u4e00-\u9fff·]{2,8}?)的?英文名字?[）)]")


def _familiar_before(text: str, end: int) -> re.Match[str] | None:
    """A familiar name of 小, 阿 or 大 and a letter or a character ending at ``end`` (小S（徐熙娣）), where it begins a
    word: after no letter or character, or after a role or a word of kinship (艺人大S（徐熙媛）, 妹妹小S)."""
    match = _FAMILIAR_END.search(text, 0, end)
    if match is None or not re.match(r"[\u4e00-\u9fffA-Za-z]", text[match.start() - 1:match.start()]) \
            or text.endswith((*_CALLINGS, *KINSHIP), 0, match.start()):
        return match
    return None


def _a_body_elsewhere(folded: str, word: str) -> bool:
    """Is ``word`` written somewhere in ``folded`` right before a role, as a company's or body's name is
    (台积电创办人, 台积电董事长)?"""
    return any(folded.startswith(_CALLINGS, end) for _start, end in literal_spans(folded, word))


def _as_owned(name: str, owners: dict[str, Group]) -> str:
    """The form of ``name`` a person's forms hold: itself, or the surname of a name withheld (梁某某: 梁), else ''."""
    withheld = name.partition("某")[0] if "某" in name[1:3] else ""
    return name if name in owners else withheld if withheld in owners else ""


def add_epithets(text: str, folded: str, groups: list[Group]) -> None:
    """A nickname or another name bound to a name becomes one of that person's forms: before
    the name, it binds the first name within a few characters after it, on the same clause
    (绰号“邮差”的马龙, 人称“飞鱼”的运动员林某, 笔名古龙的熊耀华, 有「AI教父」之稱的辛頓; given
    to 他 or 她, the person the pronoun stands for), or after it (苏炳添被球迷称为“苏神”), or in
    quotes right before it (“国民老公”雷佳音); in brackets after the name, that
    name (金庸（原名查良镛）), as in the run of a sentence (草婴原名盛峻峰 is known as 草婴; 熊耀华，
    笔名古龙), and so a person's name alone in brackets (阿信（陳信宏）), who is known
    by the one of the two the article writes more often (里奥（梅西）……梅西); and an English name glossed as the
    English name of someone named (Pony（马化腾的英文名）)."""
    occurrences = Occurrences(text, {f for g in groups for f in g.forms})
    owners = {f: g for g in groups for f in g.forms}
    starts: dict[int, tuple[int, Group]] = {}  # the longest form written at each place, and its person
    ends: dict[int, tuple[str, Group]] = {}
    for group in groups:
        for form in group.forms:
            for start, end in occurrences.of(form):
                if len(form) > starts.get(start, (0, group))[0]:
                    starts[start] = (len(form), group)
                if len(form) > len(ends.get(end, ("", group))[0]):
                    ends[end] = (form, group)
    for match in chain(_EPITHET.finditer(text), _OTHER_NAME_BEFORE.finditer(text), _PRAISED_AS.finditer(text)):
        epithet = next(g for g in match.groups() if g)
        # the first name after it, before its clause ends or names someone else
        after = next((start for start in range(match.end(), min(match.end() + EPITHET_REACH, len(text)))
                      if start in starts or text[start] in "，。；！？,;\n、与和及"), None)
        if after in starts:
            group = bind(groups, starts[after][1], epithet)
            if match.re is _EPITHET:  # a nickname, never the name shown (飞鱼 is 林志远)
                group.not_shown.add(epithet)
            elif match.re is _PRAISED_AS and not _unquoted(text, epithet):
                group.epithets.add(epithet)  # (but 霉霉 written again without quotes is a name she goes by)
        elif match.re is _EPITHET and text[match.start() - 1:match.start()] in ("，", ",", "（", "(") \
                and (named := _set_off(text, match.start() - 1, ends)):
            # no name after it: the name it is set off from (陈永明，绰号“眼镜”，)
            bind(groups, named, epithet).not_shown.add(epithet)
    for match in _QUOTED_BEFORE.finditer(text):
        size, group = starts.get(match.end(), (0, None))
        after = folded[match.end() + size:]  # (read in simplified characters: 說)
        plain = to_simplified(match.group(1))
        if group is not None and not after.startswith(SPEECH_VERBS) and after[:1] not in _LIST_JOINERS | {"式"} \
                and match.group(1) not in group.forms and not _verb(match.group(1)) \
                and not plain.endswith((*_CALLINGS, *HONOURS_END)) and not plain.startswith(HONOURS_BEGIN) \
                and not _a_body_elsewhere(folded, plain):
            # (a nickname already, 绰号“浓眉”: one still; a verb in quotes is no epithet: “走进”苏轼的书房; nor an
            # honour that ends in a calling, “人民艺术家”秦怡, or is one the state gives many, “中国好人”王顺友;
            # nor one of the kind the name stands for, before 式, 'of the kind of': “稻田守望者”黄大发式的新一代;
            # nor a company's name, written elsewhere before an office: 「台積電」張忠謀……台積電創辦人張忠謀)
            group = bind(groups, group, match.group(1))  # (not “四大天王”李昌镐、曹薰铉: the list's)
            group.epithets.add(match.group(1))
    for match in chain(_KNOWN_BEFORE.finditer(text), _LATIN_KNOWN_BEFORE.finditer(text)):
        # (or a name found ending the run: 利奥十四世原名罗伯特·…; or a stage name in Latin letters: Lisa本名拉丽莎·马诺班)
        if match.end() in starts and (match.re is _LATIN_KNOWN_BEFORE and (known_as := match.group(1))
                                      or (known_as := _known_name(match.group(1)) or ends.get(match.end(1), ("",))[0]
                                          or _a_person_elsewhere(folded, match.start(1), match.group(1)))):
            group = bind(groups, starts[match.end()][1], known_as)
            called, birth = text[match.end(1) - 2:match.end(1)], text[match.end():match.end() + starts[match.end()][0]]
            if not _FAMILIAR_SURNAME.fullmatch(called) and not _familiar_given(called, birth) \
                    and not _addressed(known_as):
                # (老丁本名丁志远 is 丁志远, whom the street calls 老丁: no name of his own to show; so too 阿杰本名梁志杰,
                # and one called by surname and a form of address, 林阿嬤本名林秀鳳)
                group.known_as = known_as
    for end in sorted(ends):  # 陈奶奶名叫陈淑华: someone called by surname and a form of address, then named (so too
        # where the tagger took the two for one name: 曾师傅名叫曾祥林)
        form, group = ends[end]
        address = next((a for a in (*FAMILIAR_ADDRESS, *ADDRESS_AFTER) if folded.startswith(a, end)), "")
        after = end + len(address) + (text[end + len(address):end + len(address) + 1] in ("”", "」"))  # (“老马”名叫)
        surname = form if len(form) == 1 else form[0] if to_simplified(form[1:]) in (*FAMILIAR_ADDRESS, *ADDRESS_AFTER) \
            else ""
        if surname and (address or len(form) > 1 or text[end - 2:end - 1] in ("老", "小")) \
                and (match := _NAMED_SO.match(text, after)) and match.end() in starts \
                and (named := starts[match.end()][1]) is not group and text[match.end()] == surname:
            if len(group.forms) > 1 and form in group.forms:  # (the surname alone was another's of the name: 儿子马小龙,
                group.forms.remove(form)  # not the one called 老马)
            bind(groups, named, form)
    for end in sorted(ends):
        if (match := _NAMED_AFTER.match(text, end)) and ("·" in match.group(1) or _known_name(match.group(1))):
            group = bind(groups, ends[end][1], match.group(1))
            if _BIRTH_NAME.search(match.group()) and not _FAMILIAR_SURNAME.fullmatch(text[end - 2:end]) \
                    and not _familiar_given(text[end - 2:end], match.group(1)) and not _addressed(ends[end][0]):
                group.known_as = group.known_as or ends[end][0]  # (鲁迅原名周树人: known as 鲁迅, as 草婴 of 草婴原名盛峻峰;
                # not one called by surname and a form of address, 林阿嬤本名林秀鳳, whose name is shown)
        elif (match := _PRAISED_AFTER.match(text, end)) or (match := _CALLED_AS_AFTER.match(text, end)) \
                and text.endswith(_CALLS, 0, end - len(ends[end][0])):  # 称X为“Y”
            _call(text, groups, ends[end][1], match.group(1))
    for match in _PRAISED_AFTER.finditer(text):  # (a later clause of the sentence its subject opens: 朱之文是……村民，
        # 2011年一夜成名，被网友称为“大衣哥”)
        if (subject := _sentence_subject(text, match.start(), starts)) is not None:
            _call(text, groups, subject, match.group(1))
    for end in sorted(ends):  # 郑板桥，名燮，字克柔: his given and courtesy names are his
        if match := COURTESY_NAMES.match(text, end):
            group = bind(groups, ends[end][1], match.group(1))
            bind(groups, group, match.group(2))
    for match in _OTHER_NAME_AFTER.finditer(text):
        if match.start() in ends:
            known_as, group = ends[match.start()]
            group = bind(groups, group, match.group(1))
            group.known_as = known_as
        elif (owner := _as_owned(match.group(1), owners)) and (known_as := _titled_before(text, folded, match.start())
                                           or (stage := _STAGE_NAME.search(text, 0, match.start())) and stage.group()
                                           or (quoted := _QUOTED_NAME.search(text, 0, match.start())) and quoted[1]):
            # (导演饺子（本名杨宇）: a pen name may be a word, which the tagger leaves; the birth
            # name in brackets and the title before tell it is a name; so does a stage name in
            # Latin letters, Lisa（本名拉丽莎·马诺班）, or one in quotes, “小杨哥”（本名张庆杨）,
            # with what was found inside it: 杨哥)
            group = owners[owner]
            for inside in [f for f in owners if len(f) >= 2 and f in known_as and f != known_as]:
                group = bind(groups, group, inside)
            group = bind(groups, group, known_as)
            group.known_as = known_as
    for match in _BARE_NAME_AFTER.finditer(text):  # 导演饺子（杨宇）: the birth name in brackets, unlabelled
        if match.group(1) in owners and has_surname(match.group(1)) \
                and (known_as := _titled_before(text, folded, match.start())) and known_as not in owners:
            group = bind(groups, owners[match.group(1)], known_as)
            group.known_as = known_as
    for match in _ENGLISH_NAME_OF.finditer(text):  # Pony（马化腾的英文名）: the English name of someone named
        if (group := next((g for g in groups if match.group(2) in g.forms), None)) is not None:
            bind(groups, group, match.group(1))
    ordered = sorted(starts)
    for match in _CALLED.finditer(text):  # 张明……工友们都叫他阿明: he is whom the sentence is of
        called = match.group(1)  # a name, not a word (叫他“老板”), nor 老[张], which is 张
        by_surname = called[0] if called[0] in SURNAMES and called[1:] in ADDRESS_AFTER else ""  # (叫她“王阿姨”)
        start = _called_by_given_name(text, starts, ordered, match.start(), called)
        if start is None:
            start = _pronoun_for(text, starts, ordered, match.start(), by_surname)
        if start is not None \
                and dictionary().tags([called]).get(called, "nr").startswith("nr") \
                and not (len(called) == 2 and called[0] in "老小" and called[1] in SURNAMES):
            bind(groups, starts[start][1], called).not_shown.add(called)  # (王进……都叫他“王大胆”: shown as 王进)
    for match in _RENAMED.finditer(text):
        # (the one named last in its clause, 王明说，张华后来改名为张伟; else the one its sentence is of, 陈国强被送给
        # 邻县一户人家抚养，改名为刘国强)
        clause = max(text.rfind(c, 0, match.start()) for c in "，,；;。！？\n") + 1
        start = max((at for at in ordered[bisect_left(ordered, clause):bisect_left(ordered, match.start())]
                     if at + starts[at][0] <= match.start()), default=None)
        if start is None:
            start = _pronoun_for(text, starts, ordered, match.start())
        if match.end() in starts and start is not None and starts[start][1] is not starts[match.end()][1]:
            new_name = text[match.end():match.end() + starts[match.end()][0]]
            source, old_name = starts[start][1], text[start:start + starts[start][0]]
            if len(old_name) == 1 and new_name[0] != old_name and han_full_names(source) and len(source.forms) > 1:
                # (one called by surname, renamed with another, 张女士……改名为李秀云, is the new name's alone, not
                # the one of the old surname named in full, 张建国, her father)
                source.forms.remove(old_name)
                bind(groups, starts[match.end()][1], old_name)
            else:
                bind(groups, source, new_name)
    for match in chain(_EPITHET.finditer(text), _PRAISED_AS.finditer(text)):  # 张明……被称为“飞鱼”的他
        epithet = next(g for g in match.groups() if g)
        surname = epithet[1] if _FAMILIAR_SURNAME.fullmatch(epithet) else ""
        if text.startswith(("他", "她"), match.end()) \
                and (start := _pronoun_for(text, starts, ordered, match.start(), surname)) is not None:
            group = starts[start][1]
            group = bind(groups, group, epithet)
            (group.not_shown if match.re is _EPITHET else group.epithets).add(epithet)
    written = _familiar_names_written(text, folded)
    # (of one person only: 张庆杨 and his brother 张开杨 are both 杨哥 to someone)
    givers = Counter(last for group in groups for last in {name[-1] for name in han_full_names(group)})
    for group in list(groups):  # 周润发……发哥, 刘德华……华仔: the given name's last character, familiar
        for name in [n for n in han_full_names(group) if givers[n[-1]] == 1]:  # and doubled, 孙颖莎……莎莎,
            for familiar in (name[-1] + suffix for suffix in _FAMILIAR):  # found as a name of its own
                # (not only inside the whole given name and its ending: 李建国……建国哥 has no 国哥)
                if familiar not in group.forms and written.get(familiar, set()) - {name[-2]}:
                    group = bind(groups, group, familiar)
            pet = name[-1] * 2
            if pet != name[-2:] and any(pet in other.forms for other in groups if other is not group):
                group = bind(groups, group, pet)
    found = {form for group in groups for form in group.forms}
    for match in _NAME_IN_BRACKETS.finditer(text):  # 阿信（陳信宏）: a person's name in brackets after another,
        other = match.group(1)  # or a nickname with a Latin initial, found or not (克里斯蒂亚诺·罗纳尔多（C罗）)
        if match.start() in ends and (other in found or not HAN.match(other)
                                      or _chinese_name_of_latin(ends[match.start()][0], other)) \
                and other not in ends[match.start()][1].forms:
            known_as, group = ends[match.start()]  # (Richard Wong（王于渐）: a Chinese name, found or not, of one
            # named in Latin letters, as Hong Kong's press writes both)
        elif (called := _surname_addressed(text, match.start(), ends)) and called[1] == other[0] \
                and len(other) in (2, 3) and has_surname(other) and other not in called[2].forms:
            known_as, group = called[0], called[2]  # 王师傅（王建设）, 张女士（张丽）: the full name of one so called
        elif match.start() not in ends and other in found and (
                stage := _STAGE_NAME.search(text, 0, match.start()) or _INITIALLED_END.search(text, 0, match.start())
                or _familiar_before(folded, match.start())):  # (the role before read in simplified characters)
            known_as, group = text[stage.start():stage.end()], next(g for g in groups if other in g.forms)
            group = bind(groups, group, known_as)  # IU（李知恩）: a stage name in Latin letters before the name in brackets
            # (or a player's initial and character, B费（布鲁诺·费尔南德斯）, or a familiar name, 小S（徐熙娣）)
        else:
            continue
        group = bind(groups, group, other)
        group.known_as = max((known_as, other), key=lambda form: len(
            occurrences.of(form) if form in found else list(literal_spans(text, form))))


def _chinese_name_of_latin(form: str, other: str) -> bool:
    """Is ``other`` a Chinese name of two or three, written in brackets after ``form``, a name of two words or more in
    Latin letters?"""
    return " " in form and not HAN.search(form) and len(other) in (2, 3) and has_surname(other)


def _surname_addressed(text: str, at: int, ends: dict[int, tuple[str, Group]]) -> tuple[str, str, Group] | None:
    """One called by a surname and a form of address right before ``at`` (王师傅), as the form so written, the
    surname and the person."""
    for address in ADDRESS_AFTER:
        if text.endswith(address, 0, at) and (form := ends.get(at - len(address))) and len(form[0]) == 1:
            return form[0] + address, form[0], form[1]
    return None


def _addressed_by_name(called: str, group: Group) -> bool:
    """Is ``called`` one of the person's names and a form of address (鲁迅先生, 王老师): the
    name said politely, no other name?"""
    return any(called.startswith(form) and called[len(form):] in ADDRESS_AFTER for form in group.forms)


# The words that give someone's name (陈奶奶名叫陈淑华; not 叫 alone, also 'to call on': 陈奶奶叫孙子吃饭).
_NAMED_SO = re.compile("名叫|名字叫|全名叫|大名叫")


def _known_name(run: str) -> str | None:
    """The name at the end of ``run`` (all of it, or what follows a title in it: 翻译家草婴), when
    it reads as one: no pronoun, no word of jieba's dictionary other than a name, no surname with
    a form of address (王大娘 is the model's to find, as 王; but a nickname may end in one: 东北雨姐)."""
    plain = to_simplified(run)  # (read in simplified characters, returned as written)
    sizes = [size for size in (3, 2) if plain[:-size].endswith(ROLE_TITLES)] or ([len(run)] if len(run) <= 4 else [])
    for size in sizes:
        name = plain[-size:]
        tag = dictionary().tags([name]).get(name, "nr")
        addressed = any(name.endswith(a) and len(name) - len(a) <= 2 for a in ADDRESS_AFTER) and has_surname(name)
        if not name.startswith(_NOT_NAMES) and not addressed and tag.startswith("nr"):
            return run[-size:]
    return None


def _a_person_elsewhere(folded: str, at: int, run: str) -> str | None:
    """``run``, two to four characters opening their clause before a birth name at ``at``, where the text (``folded``,
    in simplified characters) writes it elsewhere as someone's: after a title, or opening a clause that reports speech
    (饺子本名杨宇, where 导演饺子 or 饺子在接受采访时说: a pen name may be a word of jieba's, which the tagger leaves)."""
    plain = to_simplified(run)
    tag = dictionary().tags([plain]).get(plain, "")[:2]
    if not 2 <= len(run) <= 4 or plain.startswith(_NOT_NAMES) or tag in ("ns", "nt", "r", "m") \
            or tag == "t" and dictionary().frequency(plain) > RARE_WORD:  # (a time word, not 牛犇, counted thrice)
        return None
    context = Context(folded)
    return run if any(start != at and (folded[:start].endswith(ROLE_TITLES) or context.speech_in_clause(start, end))
                      for start, end in literal_spans(folded, plain)) else None


def _titled_before(text: str, folded: str, at: int) -> str | None:
    """The two to four characters of ``text`` right before ``at`` that follow a title (作家|莫言, 导演|饺子, read in
    ``folded``, the text in simplified characters), when they start with no pronoun or demonstrative."""
    for size in (2, 3, 4):
        name = text[max(0, at - size):at]
        if len(name) == size and HAN_RUN.fullmatch(name) and folded[:at - size].endswith(ROLE_TITLES) \
                and not folded[at - size:at].startswith(_NOT_NAMES):
            return name
    return None


def _call(text: str, groups: list[Group], group: Group, called: str) -> None:
    """``group`` is called ``called`` (苏神), unless that is a form of address, a title or a word of kinship (“师傅”) or
    the name and one (“鲁迅先生”); an epithet too when the text writes it only in quotes."""
    if to_simplified(called) in (*ADDRESS_AFTER, *ROLE_TITLES, *KINSHIP) or _addressed_by_name(called, group):
        return
    group = bind(groups, group, called)
    if not _unquoted(text, called):
        group.epithets.add(called)


def _sentence_subject(text: str, at: int, starts: dict[int, tuple[int, Group]]) -> Group | None:
    """Whom a clause at ``at`` that opens a later clause of its sentence with no subject of its own is of: the person
    whose name opens the sentence, maybe after a title (歌手朱之文), where no one else is named before ``at``, else
    None."""
    if text[at - 1:at] not in ("，", ","):
        return None
    sentence = sentence_start(text, at)
    named = sorted((start, other) for start, (size, other) in starts.items()
                   if sentence <= start < at and size >= 2)  # (a surname alone is read everywhere: 朱 of 朱楼村)
    lead = text[sentence:named[0][0]].lstrip(" \u3000“「") if named else "，"
    if lead and not (HAN_RUN.fullmatch(lead) and to_simplified(lead).endswith(ROLE_TITLES)):
        return None
    return named[0][1] if all(other is named[0][1] for _start, other in named) else None


def _unquoted(text: str, words: str) -> bool:
    """Is ``words`` written somewhere without quotes around it?"""
    return any(text[start - 1:start] not in OPENING_QUOTES for start, _end in literal_spans(text, words))


def _pronoun_for(text: str, starts: dict[int, tuple[int, Group]], ordered: list[int], at: int,
                 surname: str = "") -> int | None:
    """Where the person begins whom a 他 or 她 at ``at`` stands for: the first person of its
    sentence who is not another's possessor (叶静虎的妻子王能娣……叫她“王阿姨”: 王能娣) nor the byline's reporter
    (【記者林美伶／彰化報導】……里長吳清水，鄉親都叫他「阿水」: 吳清水), else the first so of
    the last sentence before it in the paragraph that names someone, within ``CALLED_REACH``
    (克莱尔·杜邦和丈夫杨志强经营着一家民宿。村里人都叫她“克莱尔”: 克莱尔·杜邦); of those, one of ``surname`` when
    the pronoun is called by it (黄仁勋与雷军、杨元庆会面。被称为“老黄”的他), in all the paragraph, and no one
    of another (马占林……师从陈和声的徒弟……都叫他“马师傅”: 马占林)."""
    reach = max(0, at - CALLED_REACH) if not surname else text.rfind("\n", 0, at) + 1
    named = [start for start in ordered[bisect_left(ordered, reach):bisect_left(ordered, at)] if "\n" not in text[start:at]]
    named = [start for start in named if text.startswith(surname, start) and not writes_the_story(starts[start][1])]
    if not named:
        return None
    sentence = max(text.rfind(end, reach, at) for end in "。！？\n") + 1
    if named[-1] < sentence:  # (none in its own: the last sentence that names someone)
        sentence = max(text.rfind(end, reach, named[-1]) for end in "。！？\n") + 1
    in_sentence = [start for start in named if start >= sentence]
    in_sentence = [start for start in in_sentence if not text.startswith("的", start + starts[start][0])] or in_sentence
    return min(in_sentence)


def _verb(word: str) -> bool:
    """Is ``word`` a verb of jieba's dictionary (走进, 致敬)?"""
    simplified = to_simplified(word)
    return dictionary().tags([simplified]).get(simplified, "").startswith("v")
