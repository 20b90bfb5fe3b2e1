"""The forms of one person gathered: where each form stands in the text, and the rules that
join a surname alone, a given name, a family name, a form of address, a Latin gloss or the other
script to the full name they stand for (nicknames and other names: :mod:`tui.extract.epithets`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate, product

from tui.dates import QUOTATION
from tui.extract.context import Context
from tui.extract.dictionary import RARE_WORD, dictionary
from tui.extract.foreign import (INITIAL_NICKNAME, JAPANESE_ENDINGS, JAPANESE_OFFICE_TAKEN, JAPANESE_TITLED,
                                 first_name_part, last_tibetan_part, names_japan)
from tui.extract.lexicon import (
    ADDRESS_AFTER,
    ADDRESS_SHORT,
    AUNTS,
    CHILDREN,
    COMPOUND_SURNAMES,
    KINDS_OF_NAMED_PLACES,
    KINSHIP,
    LATIN_ORG_WORDS,
    NAME_DOTS,
    NEIGHBOURS,
    ORDINARY_PEOPLE,
    RELATION_TITLES,
    ROYAL_TITLES,
    SOUTHERN_ELDERS,
    SURNAMES,
    TITLE_PREFIXES,
    TITLES,
)
from tui.extract.model import latin_script
from tui.extract.places import place_after
from tui.extract.phonetics import chinese_key, latin_key, sound_alike
from tui.extract.shapes import (HAN, HAN_RUN, INITIALS, LATIN_WORD, LOWER, NAME_PARTICLES, UPPER, familiar_start,
                                has_surname, literal_spans, translit_share)
from tui.extract.spans import married_name
from tui.pinyin import readings
from tui.traditional import to_simplified, traditional_folded


_INITIALS_FIRST = re.compile(INITIALS)  # J.K. of J.K.罗琳 and of J.K. Rowling
# What marks a surname alone: 王某, 王主任, and a title with its rank (蔡前總統, 王副市长).
_MARKED_AFTER = re.compile("某|(?:" + "|".join(map(re.escape, TITLE_PREFIXES)) + ")?(?:" + "|".join(map(re.escape, TITLES)) + ")")


def canonical(form: str) -> str:
    """One spelling for the dots of a transliterated name (· • ・ ‧ all become ·)."""
    return re.sub(f"[{NAME_DOTS}]", "·", form)


class Occurrences:
    """Where each of many forms stands in the text, found in one pass over it.

    Any middle dot matches any other; a Latin form must not touch other Latin letters, and a
    Latin word alone is no form where another capitalised word follows it (Gerber of the
    company Gerber Kawasaki is not Ross Gerber).
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
                if not (latin and (_latin_letter(text, index - 1) or _latin_letter(text, end)
                                   or " " not in form and _NAME_GOES_ON.match(text, end))):
                    self.spans[form].append((index, end))
                index = folded.find(form, index + 1)

    def of(self, form: str, outside: str | None = None) -> list[tuple[int, int]]:
        """Occurrences of ``form``, leaving out those inside an occurrence of ``outside``."""
        spans = self.spans.get(canonical(form), [])
        if outside:
            inside = {i for s, e in self.spans.get(canonical(outside), []) for i in range(s, e)}
            spans = [(s, e) for s, e in spans if s not in inside]
        return spans


_NAME_GOES_ON = re.compile(rf"[ \u00a0]+[{UPPER}]")


def _latin_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalpha() and latin_script(text[index])


def surname_part(form: str) -> str:
    """The family name a foreign name is called by: the last part (约翰·史密斯, John Smith, J.K.罗琳),
    the last of a surname of two (特伦特·亚历山大-阿诺德 is called 阿诺德)."""
    form = _INITIALS_FIRST.sub("", form)
    last = re.split(f"[{NAME_DOTS}]", form)[-1] if any(d in form for d in NAME_DOTS) else form.split()[-1]
    return re.split("[-‐－]", last)[-1] or last


def _parts_alike(han: str, latin: str) -> tuple[float, float | None]:
    """How well the transliteration ``han`` renders the Latin name ``latin``: its surname, and its given name where
    both write one (else None)."""
    han_parts = re.split(f"[{NAME_DOTS}]", han)
    latin_parts = latin.split()
    surname = sound_alike(han_parts[-1], latin_parts[-1])
    if len(han_parts) == 1 or len(latin_parts) == 1:
        return surname, None
    return surname, sound_alike(han_parts[0], latin_parts[0])


def same_across_scripts(han: str, latin: str) -> bool:
    """Is the transliteration ``han`` the Latin name ``latin``? Surnames must agree."""
    surname, given = _parts_alike(han, latin)
    if given is None:
        return surname >= 0.8 and len(re.split(f"[{NAME_DOTS}]", han)[-1]) >= 2
    return surname >= 0.75 and (surname + given) / 2 >= 0.72


def likeness_across_scripts(han: str, latin: str) -> float:
    """How well the transliteration ``han`` renders the Latin name ``latin``, given names too where both are written
    (丹妮拉·阿莫代伊 renders Daniela Amodei better than 达里奥·阿莫代伊 does): of siblings, whose is whose."""
    surname, given = _parts_alike(han, latin)
    return surname if given is None else (surname + given) / 2


def script_forms(forms: list[str]) -> tuple[str | None, str | None]:
    """A person's fullest transliterated Chinese form and fullest Latin form (either may be
    missing): what a person of another article is compared by across scripts."""
    han = [f for f in forms if not latin_script(f) and translit_share(f) >= 0.75]
    latin = [f for f in forms if latin_script(f) and f[:1].isupper()]
    return _fullest(han), _fullest(latin)


def _fullest(forms: list[str]) -> str | None:
    return max(forms, key=lambda f: (len(re.split(f"[{NAME_DOTS} ]", f)), len(f))) if forms else None


def sound_bucket(form: str) -> str:
    """The first sound of a form's surname, in either script: only forms that share it are
    compared across scripts."""
    surname = surname_part(form)
    return (latin_key(surname) if latin_script(form) else chinese_key(surname))[:1]


@dataclass
class Group:
    forms: list[str]
    roles: Counter[str] = field(default_factory=Counter)
    not_shown: set[str] = field(default_factory=set)  # forms never the display name: 乔治布什, 绰号“飞鱼”
    epithets: set[str] = field(default_factory=set)  # “股神”雷佳音: an alias, not shown nor a mention
    known_as: str | None = None  # the name the article gives first, beside a birth name (金庸（原名查良镛）)

    @property
    def display(self) -> str:
        """The name the person is known by, else the fullest Chinese form, else the fullest Latin one."""
        if self.known_as in self.forms:
            return self.known_as
        han = [f for f in self.forms if not latin_script(f) and f not in self.not_shown | self.epithets]
        return _fullest(han or self.forms) or ""


def foreign_full(form: str) -> bool:
    """A foreign name of several parts: dotted (约翰·史密斯), Latin (John Smith) or with initials
    (J.K.罗琳)."""
    return any(d in form for d in NAME_DOTS) or (latin_script(form) and " " in form) \
        or bool(_INITIALS_FIRST.match(form) and HAN.search(form))


def han_full_names(group: Group) -> list[str]:
    """The group's Chinese names that begin with a surname (王小明, 欧阳娜娜; 谢华安 and 罗明 too, of characters
    that all transliterate, when jieba's dictionary has no such word: it has 汤姆斯, 罗伯特 and 罗斯)."""
    return [f for f in group.forms if 2 <= len(f) <= 4 and HAN.fullmatch(f[0]) and has_surname(f)
            and not any(d in f for d in NAME_DOTS) and (translit_share(f) < 1 or _chinese_by_surname(f))]


def _simplified_names(group: Group) -> frozenset[str]:
    """The group's Chinese names in simplified characters: the same person's, written in either script, before the
    scripts are joined."""
    return frozenset(to_simplified(name) for name in han_full_names(group))


def _chinese_by_surname(form: str) -> bool:
    return len(form) <= 3 and HAN_RUN.fullmatch(form) is not None and not dictionary().tags([to_simplified(form)])


def _by_surname(groups: list[Group], names: Callable[[Group], list[str]] = han_full_names) -> dict[str, list[Group]]:
    """The groups of each surname of their Chinese ``names``."""
    by_surname: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        for surname in dict.fromkeys(_surname(name) for name in names(group)):
            by_surname[surname].append(group)
    return by_surname


def _chinese_names(group: Group) -> list[str]:
    """The group's Chinese names as ``han_full_names`` has them, and any other of three
    characters that is no transliteration (the surname table lacks a few: 赖清德)."""
    return list(dict.fromkeys(han_full_names(group) + [f for f in group.forms if len(f) == 3
                                                        and HAN_RUN.fullmatch(f) and translit_share(f) < 1]))


# The roles of those who write or photograph the article, as its byline gives them.
_WRITERS = frozenset(("记者", "通讯员", "实习生", "实习记者", "特约记者", "见习记者", "摄影记者", "特派记者"))


def writes_the_story(group: Group) -> bool:
    """Is the group the article's writer, named by the byline only as such?"""
    return bool(group.roles) and set(group.roles) <= _WRITERS


def _with_its_title(owners: list[Group], group: Group) -> list[Group]:
    """Those of ``owners`` with a role that ends in one of ``group``'s titles (财政司司长 in 司长)."""
    return [owner for owner in owners if any(role.endswith(title) for role in owner.roles for title in group.roles)]


def join_short_forms(groups: list[Group], relatives: set[str], kin: dict[str, set[str]], clans: set[str],
                     strangers: set[str], apart: dict[str, set[str]]) -> None:
    """A surname alone (王, as in 王主席) or a given name alone (小明) found by the model joins
    the full names it can belong to: a surname may belong to several (its mentions then go to
    the one named last), unless its title is the role of one of them only (陈司长), a given name
    only to one; so may a surname with a short title (周董, 张导), which says less of whom it
    names than the title would. A surname only ever written
    after a word of kinship (``relatives``: 肖毅的弟弟肖某) is a relative, no one else's; nor is one
    the relative written after it (``kin``: 徐老伯的儿子徐建国); nor does one name the article's
    writer (通讯员李雯……小李辩称: a party to the story), unless as a writer (李记者); nor does one only ever written
    after a neighbour or an ordinary person's calling (``strangers``: 市长张伟……居民张女士, 朱之文……村民朱大爷) name one
    named in full: the story brings in someone new so; nor one written after a word of kinship, the full names written
    after others only (``apart``: 她的老伴老刘……孙女刘思思). A first
    character only ever written before 氏 (``clans``: 杜氏, 布氏, as the press shortens a foreign name)
    joins the one transliterated name that begins with it (杜伊森贝赫……杜氏表示)."""
    by_surname: dict[str, list[Group]] = defaultdict(list)
    by_given: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        for name in han_full_names(group):
            if len(name) == 2 and name[-1] in ADDRESS_SHORT | AUNTS:
                continue  # (周董 is how one addresses a 周, not a 周 of his own: 周总 joins 周建华 alone)
            surname = _surname(name)
            by_surname[surname].append(group)
            if len(name) - len(surname) == 2:
                by_given[name[len(surname):]].append(group)
    for group in list(groups):
        if len(group.forms) != 1:
            continue
        form = group.forms[0]
        if form in relatives:
            continue
        owners = [g for g in by_surname.get(form, []) if g is not group
                  and not any(written.startswith(to_simplified(name)) for name in han_full_names(g)
                              for written in kin.get(form, ()))
                  and not (writes_the_story(g) and not _WRITERS & set(group.roles))
                  and form not in strangers
                  and not any(to_simplified(name) in apart.get(form, ()) for name in han_full_names(g))]
        given = [g for g in by_given.get(form, []) if g is not group]
        if not owners and len(given) == 1:
            owners = given
        if not owners and form in clans:  # (a foreign name's: 周氏兄弟 of 周作人 is his family)
            owners = [g for g in groups if g is not group and any(
                len(f) >= 2 and f.startswith(form) and translit_share(f) == 1 for f in g.forms)]
            owners = owners if len(owners) == 1 else []
        if len(form) >= 2 and (form[-1] in ADDRESS_SHORT | AUNTS or "A" <= form[-1] <= "Z") and form[:-1] in by_surname:
            # (and a surname with a Latin letter, as the press nicknames a public figure: 柯P of 柯文哲)
            owners = [g for g in by_surname[form[:-1]] if g is not group and _addresses(form, g)]
            owners = owners[:1] if len({_simplified_names(g) for g in owners}) == 1 else []  # (周杰伦 and 周杰倫: one)
        if owners:
            targets = list({id(g): g for g in owners}.values())
            if len(targets) > 1 and len(titled := _with_its_title(targets, group)) == 1:
                targets = titled  # (陈司长, of 财政司司长陈茂波 and 议员陈恒镔)
            for target in targets:
                target.forms.append(form)
                if len(targets) == 1:  # (whose of two, its titles do not say: 退休教师老陈 is not his daughter's)
                    target.roles.update(r for r in group.roles if r not in KINSHIP and r not in RELATION_TITLES)
                    # (nor a bare word of kinship, whose relative the mention's own tells: 丈夫老周 is no official's)
            groups.remove(group)


def add_short_names(text: str, context: Context, groups: list[Group]) -> None:
    """A part of a name used alone becomes a form of the only person with that part, when it is
    written apart from the full name as a person. The family name of a Japanese name (岸田 of
    岸田文雄, 安倍 of 安倍晋三: a name of four Chinese characters that begins with no Chinese
    double surname, or of five that ends as a Japanese given name does, 藤野 of 藤野严九郎; 石破 of 石破茂,
    小泉 of 小泉进次郎: of three or five, written as a Japanese's, or of three whose first two the tagger found alone in
    a story that names Japan),
    speaking, acting, with a title or naming a relative (岸田称, 安倍首相, 大谷说, 大谷的妻子; the full name written as a
    Japanese's, before any verb or 是, 要求高市撤回, 大谷是, or found by the tagger alone, 植田的表态), and no place to
    jieba's dictionary unless the full name is written as a Japanese's (井口 of 日本作家井口俊英); the given name of a
    Chinese name of three (小雨 of 王小雨) or of a dotted name (吐尔逊 of 吐尔逊·阿不都拉), speaking
    (小雨说), as family and friends call one, or before 同志, as the party's press calls its own (小平同志 of
    邓小平: the reading 小 and a surname gives way); and one of two that is no word of jieba's dictionary or a rare
    one (沐阳), written apart from the words around it, where no place names a body by it (“红婵今天发挥太稳了”; not
    小鹏汽车……小鹏将推出:
    of the corpora's given names so written, 86 of 102 are annotated names, most of the rest inside a word or a
    body's name, 惠珍联合医院)."""
    family_names: dict[str, list[Group]] = defaultdict(list)
    given_names: dict[str, list[Group]] = defaultdict(list)
    first_parts: set[str] = set()
    # (a name of three whose first two the tagger found alone in a story that names Japan: 前首相石破茂……石破于今年10月)
    found_alone = {group.forms[0] for group in groups if len(group.forms) == 1} if names_japan(context.text) else set()
    for group in groups:
        for name in group.forms:
            first = re.split(f"[{NAME_DOTS}]", name)[0]
            if first != name and len(first) >= 2 and HAN_RUN.fullmatch(first) and group not in given_names[first]:
                given_names[first].append(group)
            plain = to_simplified(name)  # (a name's shape read in simplified characters: 楊 is a surname)
            if not HAN_RUN.fullmatch(name) or translit_share(name) == 1:
                continue
            if first := first_name_part(name):  # (乌云 of 乌云其木格: no family name of a Tibetan's or Mongolian's)
                for part in (first, last_tibetan_part(name)):  # (and 卓玛 of 次仁卓玛)
                    if part and group not in given_names[part]:
                        given_names[part].append(group)
                        first_parts.add(part)
                continue
            if (len(name) == 4 and name[:2] not in COMPOUND_SURNAMES or len(name) == 5 and name[-1] in JAPANESE_ENDINGS
                    or len(name) in (3, 5) and _japanese(context, name)
                    or len(name) == 3 and name[:2] in found_alone) and group not in family_names[name[:2]]:
                family_names[name[:2]].append(group)
            if len(name) == 3 and plain[0] in SURNAMES and plain[:2] not in COMPOUND_SURNAMES \
                    and group not in given_names[name[1:]] and plain[1:] not in SOUTHERN_ELDERS:
                given_names[name[1:]].append(group)  # (not the 阿公 of 陈阿公: how one calls him, no name alone)
    known = dictionary().tags(to_simplified(family) for family in family_names)
    candidates = [(part, owners[0]) for part, owners in [*family_names.items(), *given_names.items()]
                  if len(owners) == 1 and part not in owners[0].forms  # (joined already: 安瓦尔 of 安瓦尔·易卜拉欣)
                  and not (part in family_names and known.get(to_simplified(part), "").startswith("ns")
                           and not any(_japanese(context, form) for form in owners[0].forms))]
    # (and the others' names that hold a part: 索南扎西 holds the 扎西 of 扎西平措, no use of it alone)
    holding = {part: [f for g in groups if g is not group for f in g.forms if part in f and len(f) > len(part)]
               for part, group in candidates}
    occurrences = Occurrences(text, {form for part, group in candidates for form in (part, *group.forms, *holding[part])})
    for part, group in candidates:
        alone = occurrences.of(part, outside=max((f for f in group.forms if part in f and len(f) > len(part)), key=len))
        held = {i for form in holding[part] for s, e in occurrences.of(form) for i in range(s, e)}
        alone = [(start, end) for start, end in alone if start not in held]
        names_a_body = any(context.org_around(start, end) or _names_a_body(context.text, end) for start, end in alone)
        if part in family_names and names_a_body:
            continue  # (a company of the family's name: 丰田汽车社长……丰田章男 is no 丰田 anywhere)
        alone_too = any(g is not group and g.forms[0] == part for g in groups)
        japanese = part in family_names and (any(_japanese(context, form) for form in group.forms)
                                             or alone_too and part in found_alone)
        unknown_given = part in given_names and len(part) == 2 and not names_a_body \
            and dictionary().frequency(to_simplified(part)) <= RARE_WORD  # (沐阳, jieba's nz counted 3 times)
        if any(context.speech_after(end) or (part in family_names and (
                context.action_after(end) or context.titles_after(end) or context.aide_or_kin_after(end)))
               or japanese and (context.verb_after(end) or context.text.startswith("是", end)
                                or _owning(context.text, end))
               or japanese and alone_too  # (植田和男……植田的表态: the tagger's own, with no verb after)
               or part in first_parts and (alone_too or context.titles_after(end))  # (乌云大夫随叫随到)
               or part in given_names and context.text.startswith("同志", end)
               or unknown_given and not place_after(context.text, start, end) and _apart_from_words(context.text, start, end)
               for start, end in alone):
            group.forms.append(part)
            for other in [g for g in groups if g is not group and g.forms[0] == part]:  # (the model found it alone)
                group.roles.update(other.roles)
                groups.remove(other)


def _owning(text: str, end: int) -> bool:
    """Does what is someone's follow ``end``, 的 and more Chinese, 的 no word of jieba's dictionary with the next
    character (批评高市的发言, 石破的辞职: not 的确, 的士)?"""
    return text.startswith("的", end) and HAN.match(text, end + 1) is not None \
        and not dictionary().tags([text[end:end + 2]])


def _names_a_body(text: str, end: int) -> bool:
    """Do the words from ``end`` end a body's name (惠珍|联合医院, 本昌|文化传播中心), a place of work named after someone,
    with no word of place or act between (小芳在医院 is someone)? Not the government one leads (高市政府, 石破内阁)."""
    return _BODY_NAMED.match(text, end) is not None and not text.startswith(_LED, end)


_LED = ("政府", "内阁", "政权", "当局", "办公室")  # (as the press names a government or an office by its head: 拜登政府)


_BODY_NAMED = re.compile(r"[^\W\d在到去从向给为回进出是的和与了着过也都还就上下里]{0,5}?(?:"
                         + "|".join(KINDS_OF_NAMED_PLACES)
                         + ")")  # (the bodies, and the places and bodies named after a person, of two characters or more)


def _apart_from_words(text: str, start: int, end: int) -> bool:
    """Does no word of jieba's dictionary cross either edge of ``text[start:end]`` (not 国平 of 全国|平均, 事会 of
    监事会, 传友 of 传|友情)? One across the end does not count where a verb, adverb or preposition of it begins
    there, as after a subject (思雨|带着大家, not 思|雨带|着), or where jieba cuts the text at both edges
    (展乐|天赋很好, though 乐天 is a word of its dictionary)."""
    before = [text[a:b] for a in range(max(0, start - 3), start) for b in range(start + 1, end + 1)]
    after = [text[a:b] for a in range(start, end) for b in range(end + 1, min(len(text), end + 3) + 1)]
    if dictionary().tags(before):
        return False
    return not dictionary().tags(after) or _doing_first(text[end:end + 6]) or _cut_at_both_edges(text, start, end)


def _cut_at_both_edges(text: str, start: int, end: int) -> bool:
    """Does jieba cut ``text`` around ``text[start:end]``, eight characters on either side, at its start and its end?"""
    import jieba

    at = max(0, start - 8)
    cuts = set(accumulate(len(word) for word in jieba.cut(text[at:end + 8])))
    return start - at in cuts | {0} and end - at in cuts


def _doing_first(rest: str) -> bool:
    """Is the first word jieba cuts of ``rest`` a verb, an adverb or a preposition (带|着大家)?"""
    import jieba

    first = next(iter(jieba.cut(rest)), "")
    return dictionary().tags([first]).get(first, "")[:1] in ("v", "d", "p")


def _japanese(context: Context, name: str) -> bool:
    """Is ``name`` written after 日本 or 日籍 and a title (日本首相石破茂), or taking up an office of Japan's cabinet
    (高市早苗就任日本首相)?"""
    folded = to_simplified(name)
    return any(JAPANESE_TITLED.search(context.text, max(0, start - 10), start)
               or JAPANESE_OFFICE_TAKEN.match(context.text, end) for start, end in literal_spans(context.text, folded))


def join_first_names(groups: list[Group]) -> None:
    """A foreign given name used alone (奥斯汀 in a story about 奥斯汀·里夫斯) joins the one
    person whose dotted name begins with it; shared by two, it joins the one of them whose
    title it has and the other has not (穆罕默德王储, of 王储兼首相穆罕默德·本·萨勒曼 beside
    首相穆罕默德·本·阿卜杜勒拉赫曼), and else stays apart; a royal's, with the title, joins no
    commoner (凯特王妃 is not 凯特·布兰切特)."""
    by_first: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        for form in group.forms:
            if any(d in form for d in NAME_DOTS):
                first = re.split(f"[{NAME_DOTS}]", form)[0]
                if group not in by_first[first]:
                    by_first[first].append(group)
    for group in list(groups):
        owners = [o for o in by_first.get(group.forms[0], []) if o is not group]
        if len(owners) > 1:
            owners = _with_its_title(owners, group)
        if _royal(group):
            owners = [o for o in owners if _royal(o)]
        if len(group.forms) == 1 and len(owners) == 1:
            owners[0].forms.append(group.forms[0])
            owners[0].roles.update(group.roles)
            groups.remove(group)


def join_familiar_given(groups: list[Group]) -> None:
    """小 and the first character of a given name of two, found alone (小英 of 蔡英文), joins the one person named in
    full whose given name begins with it, where the two are called by one title (小英總統, 前總統蔡英文): how the press
    calls a public figure fondly; not where no title says it is the same one, a child's name as often (小英)."""
    for group in list(groups):
        if len(group.forms) != 1 or len(form := group.forms[0]) != 2 or form[0] != "小":
            continue
        owners = [o for o in groups if o is not group and any(
            len(name) == 3 and to_simplified(name[1]) == to_simplified(form[1]) for name in han_full_names(o))]
        if len(owners) == 1 and _called_alike(group, owners[0]):
            owners[0].forms.append(form)
            groups.remove(group)


def _called_alike(group: Group, other: Group) -> bool:
    """Do the two hold a title alike, one ending as the other (總統, 前總統)?"""
    return any(to_simplified(a).endswith(to_simplified(b)) or to_simplified(b).endswith(to_simplified(a))
               for a in group.roles for b in other.roles)


def _royal(group: Group) -> bool:
    return any(role.endswith(ROYAL_TITLES) for role in group.roles)


def join_undotted(groups: list[Group]) -> None:
    """A transliterated full name written without its dot (乔治布什) joins the person whose
    surname it ends with (布什), when exactly one does."""
    surnames: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        for form in group.forms:
            if len(form) >= 2 and translit_share(form) == 1 and not any(d in form for d in NAME_DOTS):
                surnames[form].append(group)
    for group in list(groups):
        form = group.forms[0]
        if len(group.forms) != 1 or len(form) < 4 or translit_share(form) < 1 or any(d in form for d in NAME_DOTS):
            continue  # (a dotted name has its surname already, unless that is a relative's: 博索纳罗的儿子X·博索纳罗)
        owners = {id(g): g for size in range(2, len(form) - 1) for g in surnames.get(form[-size:], [])
                  if g is not group}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            owner.forms.append(form)
            owner.not_shown.add(form)
            owner.roles.update(group.roles)
            groups.remove(group)


def join_clipped(groups: list[Group]) -> None:
    """A transliteration's first two characters, written alone and no word of jieba's dictionary,
    are the one person's whose transliterated name of four or more begins so (德约 of 德约科维奇, as
    the sports press clips it); not a word (马克 of 马克龙 is a name of its own)."""
    for group in list(groups):
        form = group.forms[0]
        if len(group.forms) != 1 or len(form) != 2 or translit_share(form) < 1 or dictionary().tags([form]):
            continue
        owners = {id(g): g for g in groups if g is not group and any(
            len(f) >= 4 and translit_share(f) == 1 and not any(d in f for d in NAME_DOTS) and f.startswith(form)
            for f in g.forms)}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            owner.forms.append(form)
            owner.roles.update(group.roles)
            groups.remove(group)


def join_familiar_foreign(text: str, groups: list[Group]) -> None:
    """老 and a foreign family name's first character, written so alone, is the one person's whose dotted name's last
    part begins with it (老詹 of 勒布朗·詹姆斯, as fans call him), where no Chinese name begins with it."""
    for group in list(groups):
        form = group.forms[0]
        if len(group.forms) != 1 or len(form) != 1 or "老" + form not in text \
                or any(g is not group and any(f.startswith(form) for f in han_full_names(g)) for g in groups):
            continue
        owners = [g for g in groups if g is not group and any(
            any(d in f for d in NAME_DOTS) and re.split(f"[{NAME_DOTS}]", f)[-1].startswith(form) for f in g.forms)]
        if len(owners) == 1:
            owners[0].forms.append(form)
            owners[0].roles.update(group.roles)
            groups.remove(group)


def join_written_scripts(text: str, groups: list[Group]) -> None:
    """A name written in simplified characters and in traditional ones (郑丽文 in a headline, 鄭麗文 in
    the text) is one person's, shown as the text writes it more often."""
    first: dict[str, Group] = {}
    for group in list(groups):
        owner = first.setdefault(to_simplified(group.forms[0]), group)
        if owner is not group and len(group.forms[0]) >= 2:
            more = text.count(group.forms[0]) > text.count(owner.forms[0])
            others = [form for form in group.forms if form not in owner.forms]
            at = 0 if more else len(owner.forms)
            owner.forms[at:at] = others
            owner.roles.update(group.roles)
            groups.remove(group)


_GLOSS_WORD = rf"[{UPPER}][{UPPER}{LOWER}.'\-]*"
_GLOSS = re.compile(rf"\s*[（(]\s*({_GLOSS_WORD}(?:[ \u00a0]{NAME_PARTICLES}{_GLOSS_WORD}){{0,3}})\s*[)）]")


def glosses(text: str) -> list[tuple[int, str]]:
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


def glossed_transliterations(text: str) -> list[tuple[int, int]]:
    """Transliterations right before a gloss of a person's Latin name of two words or more, whose family name they
    sound alike, whatever the tagger made of them (理事米兰（Stephen Miran）: jieba's place, Milan): the whole run of the
    table's characters and dots before the bracket, of two characters or more, where jieba begins a word; never a
    company's name, nor a dotted name's last part alone (nor 内卢 of 里约热内卢)."""
    found = []
    for start, latin in glosses(text):
        if len(latin.split()) < 2 or names_a_company(latin):
            continue
        begin = start
        while begin > 0 and (translit_share(text[begin - 1]) == 1 or text[begin - 1] in NAME_DOTS):
            begin -= 1
        if start - begin >= 2 and (begin == 0 or text[begin - 1] not in NAME_DOTS) \
                and same_across_scripts(text[begin:start], latin) and _cut_at_both_edges(text, begin, start):
            found.append((begin, start))
    return found


def names_a_company(latin: str) -> bool:
    """Does a Latin name hold a word that makes it a company's, a fund's or an institution's (Munger Capital)?"""
    return not LATIN_ORG_WORDS.isdisjoint(word.lower() for word in latin.split())


def merge_glosses(text: str, groups: list[Group]) -> None:
    """``路易斯·巴森尼斯（Louis Basenese）``, ``艾侯(Jean-Marc Ayrault)``: one person. The gloss is
    of the longest name before it: a surname two people share (布莱恩特 of 科比·布莱恩特 and his
    widow 瓦妮莎·布莱恩特) is no more the one's than the other's."""
    ends: dict[int, tuple[int, Group]] = {}  # where a name ends: the longest one's length, its group
    occurrences = Occurrences(text, {f for g in groups for f in g.forms if not latin_script(f)})
    for group in groups:
        for form in group.forms:
            if not latin_script(form):
                for start, end in occurrences.of(form):
                    if end - start > ends.get(end, (0, group))[0]:
                        ends[end] = (end - start, group)
    for start, latin in glosses(text):
        group = ends[start][1] if start in ends else None
        if group is None or latin in group.forms:
            continue
        other = next((g for g in groups if latin in g.forms), None)
        if other is not None and other is not group:
            group.forms.extend(f for f in other.forms if f not in group.forms)
            group.roles.update(other.roles)
            groups.remove(other)
        elif other is None and not names_a_company(latin):
            group.forms.append(latin)


def add_familiar_titles(text: str, folded: str, groups: list[Group]) -> None:
    """A surname with a short form of address (雷总, 周董, 张导) written where nothing glues to it
    (雷总的, 雷总说, 雷总。, 张导合作; not 王总是, 李总理, 王总经理, nor the end of a word: 中南局) is a
    form of the only person of that surname, a full Chinese name: workplaces and the press call
    the boss so; and an elder's (钱老) of the only one of that surname not named as someone's child
    (钱学森……钱学森的儿子钱永刚……钱老 is the father)."""
    by_surname = _by_surname(groups)
    for surname, owners in by_surname.items():
        if len(surname) != 1:
            continue
        elders = [g for g in owners if not named_as_child(folded, g)] if len(owners) > 1 else owners
        # (read in simplified characters, the form as written: 王導 is 王导)
        for match in re.finditer(re.escape(to_simplified(surname)) + f"[{''.join(sorted(ADDRESS_SHORT))}]", folded):
            start = match.start()
            form = text[start:match.end()]
            whose = owners if len(owners) == 1 else elders if form[1] == "老" else []
            if len(whose) != 1:
                continue
            after = folded[match.end():match.end() + 1]
            title = folded[start + 1:match.end() + 2]  # 总是, 总经理, 导合作: a word of the title and what follows?
            loose = not HAN.match(after or " ") or after in _LOOSE_AFTER or (
                form[1] not in _ADVERB_TITLES and not dictionary().tags([title[:2], title]))
            if form not in whose[0].forms and loose \
                    and not (start and dictionary().tags([folded[start - 1:start + 1]])) \
                    and _addresses(form, whose[0]):  # not 中南局
                whose[0].forms.append(form)


def named_as_child(folded: str, group: Group) -> bool:
    """Is one of the group's Chinese names written right after a word for a child (儿子钱永刚, 其子李某)?"""
    return _named_after(folded, group, _CHILDREN)


def named_as_kin(folded: str, group: Group) -> bool:
    """Is one of the group's Chinese names written right after a word of kinship (父亲王守义, 妻子王仕花)?"""
    return _named_after(folded, group, _KIN)


def _named_after(folded: str, group: Group, words: tuple[str, ...]) -> bool:
    return any(folded.endswith(words, 0, start) for name in han_full_names(group)
               for start, _end in literal_spans(folded, traditional_folded(name)))


_CHILDREN = tuple(CHILDREN)
_KIN = tuple(KINSHIP)


def add_juniors(text: str, groups: list[Group]) -> None:
    """A dotted name that begins with 小, as the press writes a junior (小唐纳德·特朗普, Donald Trump Jr.), is called
    by 小 and its family name too (小特朗普), not the father's name it shares."""
    for group in groups:
        for name in list(group.forms):
            parts = re.split(f"[{NAME_DOTS}]", name)
            junior = "小" + parts[-1]
            if len(parts) > 1 and name.startswith("小") and junior not in group.forms and junior in text:
                group.forms.append(junior)


def add_lettered(text: str, groups: list[Group]) -> None:
    """A surname with a Latin capital after it, as the press nicknames a public figure (柯P, of 柯文哲), written apart
    from other Latin letters and digits, is a form of the only person of that surname, a full Chinese name; not a
    capital that a class of shares or a grade is named by (上周A股: 周明远's no 周A)."""
    for surname, owners in _by_surname(groups).items():
        if len(owners) != 1:
            continue
        for match in re.finditer(f"(?<![A-Za-z0-9]){re.escape(surname)}[A-Z](?![A-Za-z0-9{_LETTERED_TERMS}])", text):
            if match.group() not in owners[0].forms:
                owners[0].forms.append(match.group())


_LETTERED_TERMS = "股级类型轮"  # what a capital names before them: A股, A级, B类, O型, A轮 (a round of funding)


def _addresses(form: str, group: Group) -> bool:
    """Can a surname and a short form of address (雷总, 葉太) stand for the person ``group``?
    Mrs (太) only a married woman, whose name as Hong Kong writes it has her husband's surname
    first (葉太 is 葉劉淑儀; 陳太 is not 陳國基)."""
    return form[-1] != "太" or any(married_name(to_simplified(f), 0, len(f)) for f in group.forms)


_LOOSE_AFTER = frozenset("的说称讲表在也还就和与对曾已又都")  # words that begin after a name, gluing to no title
_ADVERB_TITLES = frozenset("老太")  # adverbs too (老看, 太忙): only before a word that begins after a name


def bind(groups: list[Group], group: Group, other_name: str) -> Group:
    """``other_name`` is one of ``group``'s forms; taken for a person of its own (绰号“老布”的布林肯,
    查良镛 beside 金庸), that person is this one. A ``group`` bound into another since it was
    looked up (李梦秋原名李淑芬 binds each name to the other) is looked for in that one, and
    returned: what is said of the person after is said of the group that holds the name now."""
    if not any(g is group for g in groups):
        group = next(g for g in groups if group.forms[0] in g.forms)
    for other in [g for g in groups if g is not group and other_name in g.forms]:
        groups.remove(other)
        group.roles.update(other.roles)
        group.known_as = group.known_as or other.known_as
        group.not_shown |= other.not_shown
        group.epithets |= other.epithets
        group.forms.extend(f for f in other.forms if f not in group.forms)
    if other_name not in group.forms:
        group.forms.append(other_name)
    return group


def merge_scripts(groups: list[Group]) -> None:
    """One person written in Chinese and in Latin letters becomes one group.

    Only names whose surnames begin with the same sound are compared at all.
    """
    latin_by_sound: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        if all(latin_script(f) for f in group.forms):
            latin_by_sound[latin_key(max(group.forms, key=len).split()[-1])[:1]].append(group)
    merged: set[int] = set()
    # (each Latin name to the Chinese one that renders it best, where two of a surname might: Dario and Daniela Amodei)
    chosen: dict[int, tuple[float, Group, Group]] = {}
    for han_group in groups:
        han_names = [f for f in han_group.forms if not latin_script(f) and translit_share(f) >= 0.75]
        if not han_names:
            continue
        best = max(han_names, key=len)
        for latin_group in latin_by_sound.get(chinese_key(surname_part(best))[:1], []):
            latin = max(latin_group.forms, key=len)
            shared_role = bool(set(han_group.roles) & set(latin_group.roles))
            if (same_across_scripts(best, latin) or (
                shared_role and same_across_scripts(surname_part(best), latin.split()[-1])
            )) and (likeness := likeness_across_scripts(best, latin)) > chosen.get(id(latin_group), (-1.0,))[0]:
                chosen[id(latin_group)] = (likeness, han_group, latin_group)
    for _likeness, han_group, latin_group in chosen.values():
        han_group.forms.extend(latin_group.forms)
        han_group.roles.update(latin_group.roles)
        merged.add(id(latin_group))
    # A Chinese name and a Latin one of a given name and the pinyin of its surname (黄仁勋 and
    # Jensen Huang), when no one else of the article has that surname.
    by_surname = _by_surname(groups)
    for latin_group in [group for members in latin_by_sound.values() for group in members if id(group) not in merged]:
        words = max(latin_group.forms, key=len).split()
        owners = [g for surname, members in by_surname.items() if len(words) == 2
                  and words[-1].lower() in _readings_of(surname) for g in members]
        if len(owners) == 1:
            owners[0].forms.extend(latin_group.forms)
            owners[0].roles.update(latin_group.roles)
            merged.add(id(latin_group))
    groups[:] = [g for g in groups if id(g) not in merged]


def _surname(name: str) -> str:
    return name[:2] if to_simplified(name[:2]) in COMPOUND_SURNAMES else name[0]


def _readings_of(surname: str) -> set[str]:
    """How a Chinese surname is written in pinyin (曾: zeng, ceng; 欧阳: ouyang)."""
    return {"".join(parts) for parts in product(*(readings(c) for c in surname))}


def join_initialled(groups: list[Group]) -> None:
    """A player the sports press calls by an initial and a character (C罗, B费) is the one person
    with a dotted name whose last part begins with that character and whose first part begins
    with that letter, as its Latin gloss writes it (克里斯蒂亚诺·罗纳尔多（Cristiano Ronaldo）) or
    else as it sounds (克里斯蒂亚诺: k, as C is heard)."""
    for group in [g for g in groups if len(g.forms) == 1 and INITIAL_NICKNAME.fullmatch(g.forms[0])]:
        letter, character = group.forms[0]
        owners = [other for other in groups if other is not group and any(
            _initialled_as(other, form, letter) for form in other.forms
            if foreign_full(form) and not latin_script(form) and surname_part(form).startswith(character))]
        if len(owners) == 1:
            bind(groups, owners[0], group.forms[0])


def _initialled_as(group: Group, form: str, letter: str) -> bool:
    """Does the dotted ``form`` of ``group`` begin with ``letter``, by its Latin gloss or its sound?"""
    latin = [f for f in group.forms if latin_script(f) and " " in f]
    if latin:
        return any(f[0].upper() == letter for f in latin)
    return chinese_key(re.split(f"[{NAME_DOTS}]", form)[0])[:1] == latin_key(letter)[:1]


def join_latin_surnames(text: str, groups: list[Group]) -> None:
    """A Latin surname written alone (``Smith`` beside 约翰·史密斯, with no ``John Smith`` in
    the text) is a form of the one person whose transliterated surname it sounds like. A word
    next to another capitalised word belongs to a longer name (or title) and is left alone."""
    by_sound: dict[str, list[tuple[str, Group]]] = defaultdict(list)  # surnames by their first sound
    for group in groups:
        for surname in {surname_part(f) for f in group.forms if not latin_script(f) and translit_share(f) >= 0.75}:
            by_sound[chinese_key(surname)[:1]].append((surname, group))
    taken = {w for g in groups for f in g.forms if latin_script(f) for w in f.split()}
    for word in {m.group() for m in re.finditer(LATIN_WORD, text)} - taken:  # each word once: a text may hold many
        owners = {id(g): g for surname, g in by_sound.get(latin_key(word)[:1], ())
                  if same_across_scripts(surname, word)}
        if len(owners) == 1 and _stands_alone(text, word):
            next(iter(owners.values())).forms.append(word)


def join_latin_given_names(text: str, groups: list[Group]) -> None:
    """A Latin given name written alone (称赞Jensen的远见, as those who know him call him) is a form of the one person
    whose Latin name begins with it (黄仁勋（Jensen Huang）); not one two people's names begin with."""
    owners: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        for given in {f.split()[0] for f in group.forms if latin_script(f) and " " in f}:
            owners[given].append(group)
    for given, [group] in [(given, found) for given, found in owners.items() if len(found) == 1]:
        if given not in group.forms and _stands_alone(text, given):
            group.forms.append(given)


def join_transliterated_given_names(text: str, groups: list[Group]) -> None:
    """A transliterated given name written alone in someone's words (“史蒂芬今晚的手感太好了”, as a coach calls his
    player) is a form of the one person whose Latin name begins with a given name it renders (柯瑞（Stephen Curry）),
    as the same name written in Latin letters is; not one that two people's Latin names render, nor one the story
    itself tells of (杜兰特拿下32分 beside 格林（Draymond Green）: a surname)."""
    quotations = [match.span() for match in QUOTATION.finditer(text)]
    for group in list(groups):
        form = group.forms[0]
        plain = to_simplified(form)
        if len(group.forms) != 1 or not 2 <= len(form) <= 4 or latin_script(form) or translit_share(form) < 1 \
                or not all(any(opened < start < closed for opened, closed in quotations)
                           for start, _end in literal_spans(text, form)):
            continue
        owners = [g for g in groups if g is not group and any(
            latin_script(f) and " " in f and sound_alike(plain, f.split()[0]) >= _GIVEN_ALIKE for f in g.forms)]
        if len(owners) == 1:
            owners[0].forms.append(form)
            owners[0].not_shown.add(form)  # (the surname the text writes is the name shown: 柯瑞)
            owners[0].roles.update(group.roles)
            groups.remove(group)


_GIVEN_ALIKE = 0.75  # (史蒂芬 renders Stephen 0.80, 约翰 John 0.80; Steve 0.68, Draymond 0.39)


def _stands_alone(text: str, word: str) -> bool:
    """Is ``word`` written somewhere with no capitalised word or other letter right beside it?"""
    for match in re.finditer(rf"(?<![{UPPER}{LOWER}]){re.escape(word)}(?![{UPPER}{LOWER}])", text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 32), match.start())
        after = _WORD_AFTER.match(text, match.end())
        if not (before and before.group(1)[0].isupper() or after and after.group(1)[0].isupper()):
            return True
    return False


_WORD_BEFORE = re.compile(rf"([{UPPER}{LOWER}]+)[ .-]*\Z")
_WORD_AFTER = re.compile(rf"[ .-]*([{UPPER}{LOWER}]+)")


def add_nicknames(text: str, folded: str, groups: list[Group], tagged: dict[str, list[tuple[int, int]]]) -> None:
    """``小崔``, ``老崔``, ``崔某`` and a surname before a title (``崔主任``, ``蔡總統``) stand for
    the only person of that surname, but for the article's writer: the surname in them becomes a
    mention of that person (as annotated news marks it: 老[崔], [蔡]总统); not before a word of kinship, which no one
    is called by (她和丈夫 beside 和建华: none of the corpora's names of one stands before 妻子 or 丈夫)."""
    for surname, owners in _by_surname(groups, _chinese_names).items():
        if len(owners) != 1 or writes_the_story(owners[0]):
            continue
        simplified = traditional_folded(surname)
        addressed = {(start, end) for start, end in literal_spans(folded, simplified)
                     if folded[start - 1:start] in ("老", "小")
                     or (marked := _MARKED_AFTER.match(folded, end)) and marked.group() not in KINSHIP}
        places = set(tagged.get(surname, [])) | {(s, e) for s, e in addressed if not _ends_word(folded, s)}
        strangers = strangers_among(folded, places)  # (市长张伟……居民[张]女士)
        if not owners[0].roles:  # (of one with no title, only those his own sentence tells of: 村民陈大富说，……“邻居老[陈]家
            # 的房子……”; but 邻居老王 first, then 王建国, may be he)
            named = [start for form in owners[0].forms if len(form) > 1 for start, _end in tagged.get(form, [])]
            strangers = {(s, e) for s, e in strangers if any(told_by(folded, at, s) for at in named)}
        child = named_as_child(folded, owners[0])  # (老X is no one's child: 丈夫老周……女儿周婷婷 are two)
        places = {(s, e) for s, e in places if not _inside_longer_name(text, s, owners[0])
                  and not after_kin(folded, familiar_start(folded, s)) and (s, e) not in strangers
                  and not (child and folded[s - 1:s] == "老")}
        if places:
            tagged[surname] = sorted(places)
            if surname not in owners[0].forms:
                owners[0].forms.append(surname)


def told_by(text: str, named: int, start: int) -> bool:
    """Is ``start`` in the sentence of the one named at ``named`` before it, or in a quotation that sentence opens?"""
    between = text[named:start]
    opened = between.rfind("“")
    told = between[:opened] if opened > between.rfind("”") else between  # (what the quotation says is its own)
    return named < start and not re.search("[。！？!?\n]", re.sub("“[^”]*”", "", told))


def strangers_among(text: str, places: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The places of a surname that name someone a neighbour's or an ordinary person's calling brought in (居民[张]女士,
    邻居老[王]), and those with the form of address so brought in (邻居李婆婆……“李婆婆一个人住”): the story brings in
    someone new so, not the official it named."""
    introduced = {(start, end) for start, end in places if _BROUGHT_IN.search(text, max(0, start - 16), start)}
    addresses = {address for _start, end in introduced if (address := address_after(text, end))}
    if any(_told_by_surname(text, start, end) for start, end in places):
        # (a surname told so brings in one unnamed, whom it names and every form of address of it after:
        # 一名姓陳老婦……死者陳婆婆, not the councillor 陳國偉)
        return {(start, end) for start, end in places if _told_by_surname(text, start, end)
                or address_after(text, end) or text[start - 1:start] in ("老", "小")}
    return introduced | {(start, end) for start, end in places if address_after(text, end) in addresses}


# (also one of them, and of an age: 受害人之一、78岁的陈婆婆)
_BROUGHT_IN = re.compile("(?:" + "|".join((*NEIGHBOURS, *ORDINARY_PEOPLE)) + r")(?:之一)?[、，,]?(?:[0-9０-９]{1,3}岁的)?[老小]?\Z")


def _told_by_surname(text: str, start: int, end: int) -> bool:
    """Is the surname at ``start`` told after 姓 or before it (姓陳老婦, 林姓男子)?"""
    return text[start - 1:start] == "姓" or text.startswith("姓", end)


def address_after(text: str, end: int) -> str:
    """The form of address right after ``end`` (李[婆婆]), else ''."""
    return next((address for address in _ADDRESSES_LONGEST_FIRST if text.startswith(address, end)), "")


_ADDRESSES_LONGEST_FIRST = sorted(ADDRESS_AFTER, key=len, reverse=True)


def after_kin(text: str, start: int) -> bool:
    """Does a word of kinship stand right before ``start`` (弟弟[肖]某, 其子[王]某)? Then a surname
    there names a relative of someone, not that someone."""
    return text[max(0, start - 2):start].endswith(KINSHIP)


def kin_before(text: str, start: int) -> str:
    """The word of kinship right before ``start`` (妻子[林]女士), else ''."""
    return next((k for k in KINSHIP if text.endswith(k, 0, start)), "")


def _ends_word(text: str, index: int) -> bool:
    """Does the character at ``index`` end a word of jieba's dictionary (斯 of 俄罗斯总统)?"""
    return bool(dictionary().tags(text[max(0, index - size):index + 1] for size in (1, 2, 3) if index >= size))


def _inside_longer_name(text: str, start: int, group: Group) -> bool:
    """Does one of the group's full names begin at ``start`` (崔永元 is no 崔 before a title)?"""
    return any(text.startswith(form, start) for form in group.forms if len(form) > 1)
