"""Spans that name no one: a place, a country, a body, a craft, an outlet, a language, a disease
named after someone, a name in a list of places, or a brand or company (listed as brands, or with
its sales or shares after it)."""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.extract.dictionary import FUNCTION_TAGS, dictionary
from tui.extract.foreign import names_japan
from tui.extract.lexicon import (
    BETWEEN_COUNTRIES,
    COUNTRIES,
    COUNTRY_SHORT,
    GLUED_AFTER,
    NAME_DOTS,
    OUTLET_ENDINGS,
    PLACE_AFTER,
    PLACE_ENDINGS,
    PLACE_PARTS,
    PLACES_COUNTED,
    SURNAMES,
)
from tui.extract.shapes import HAN_RUN, OPENING_QUOTES, has_surname, literal_spans, translit_share


_QUOTE_PAIRS = {("“", "”"), ("「", "」"), ("『", "』"), ('"', '"')}  # a name in quotes: “田横”酒厂

_PLACE_LIST = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+(?:[、和及与][\u4e00-\u9fff]+)+")


def in_a_state(text: str, start: int, end: int) -> bool:
    """Is a transliteration right after a state or province of jieba's dictionary a town of it
    (佐治亚州普莱恩斯, 加州帕洛阿尔托)? The press writes a person there after a title or a verb. After
    a state transliterated itself, most of the town's characters being the table's will do (田纳西州孟菲斯:
    孟 is not); the corpora's five names after a 州 or 省 follow Chinese ones (苏州|陆子冈, 杭州|金海英)."""
    if not text.endswith(("州", "省"), 0, start):
        return False
    share = translit_share(text[start:end])
    states = [word for word, tag in dictionary().tags(text[start - size:start] for size in (2, 3, 4, 5, 6)).items()
              if tag.startswith("ns")]
    return bool(states) and (share == 1 or share >= 0.6 and any(
        len(state) >= 3 and translit_share(state[:-1]) >= 0.6 for state in states))


_DIVISIONS = frozenset("村镇乡县市省")  # the endings of China's divisions, which given names seldom end in (not 山, 江)


def among_places(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Tagged names that stand in a list of places (罗马、柏林和巴黎): at least two other items
    are places in jieba's dictionary and no other item is a tagged name; or every name of a list
    that ends as lists of places do (耶路撒冷、希伯伦和伯利恒等地, 托斯卡纳、马尔凯、利古里亚4个大区:
    of 368 such lists in the training corpora, none holds a name as an item), or whose items all end in one
    division's ending (康乐村、陈田村)."""
    tagged, ordered = set(spans), sorted(spans)
    found: set[tuple[int, int]] = set()
    for match in _PLACE_LIST.finditer(text):
        items, position = [], match.start()
        for item in re.split("[、和及与]", match.group()):
            items.append((position, position + len(item)))
            position += len(item) + 1
        last = items[-1][0]
        tail = _PLACES_TAIL.search(text, last + 2, last + 20) or _kind_ending(text, items, match.end())
        if tail and tail.start() <= last + 8 and len(items := _after_the_clause(text, items)) >= 2 \
                and all(span == (last, tail.start()) for span in _inside(ordered, (last, tail.start()))) \
                and not _CLAUSE_WORDS.intersection(text[last:tail.start()]):
            # a whole item, or the first's end (not 张三、李四在北京等地, 张三和夫人到上海等地: no places)
            items[-1] = (last, tail.start())
            found.update(span for index, item in enumerate(items)
                         for span in _names_in(ordered, item, index, len(items))
                         if span in tagged and (span == item or index == 0))
            continue
        # (every item ending in one division's ending, the last where a name found in it ends: 康乐村、陈田村等; of
        # the corpora's 47 items of lists ending in one place's ending, none is a name)
        ends = [end for _start, end in items[:-1]] \
            + [next((end for start, end in ordered if start == items[-1][0]), items[-1][1])]
        if len({text[end - 1] for end in ends}) == 1 and text[ends[0] - 1] in _DIVISIONS:
            found.update(span for span in ordered if span[1] in ends and span[1] - span[0] >= 3 and span in tagged)
            continue
        names = [item for index, item in enumerate(items) if _names_in(ordered, item, index, len(items))]
        if len(names) == 1 and names[0] in tagged and len(items) >= 3 and _places_beside(text, items, names[0]) >= 2:
            found.add(names[0])
    return found


def _after_the_clause(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list from where its clause's words end: the list begins after the last
    word of a clause in an item before the last (去年和今年陆续在|甘井子、旅顺口等8个区: 甘井子 is the first,
    not 去年; 张三、李四在|北京、上海等地: 北京 is)."""
    for index in range(len(items) - 2, -1, -1):
        start, end = items[index]
        cut = max(text.rfind(char, start, end) for char in _CLAUSE_WORDS)
        if cut >= 0:
            return [(cut + 1, end), *items[index + 1:]]
    return items


# How a list of places ends: 等地, or a count of them (等8个区, 4个大区).
# (and a kind of place after 等 and up to four characters of no clause, 龙羊峡、李家峡等大型水库, 甘露园、鲁谷等几个小区:
# of the corpora's 81 such lists, none holds a name; or a kind of venue, 云顶、万龙等滑雪场, 新世纪商厦、时代广场等大型商场,
# not before who works there, 等码头工人: of the corpora's 6 such lists, none holds a name)
_PLACES_TAIL = re.compile(f"等地(?![方位区市])|{PLACES_COUNTED}"
                          "|等[^及和与参加的在到，。、\n]{0,4}?(?:水库|湖泊|河流|江河|城市|城镇|小区|地区|港口|景区|岛屿|村庄|乡镇"
                          "|山区|流域|省份|省区|县市|口岸|机场|水域|海域|名山|山脉|区县|街道|社区"
                          "|(?:滑雪场|雪场|景点|公园|商场|场馆|体育场|车站|码头|园区|基地)(?![工员人师家长者主]))")
def _kind_ending(text: str, items: list[tuple[int, int]], end: int) -> re.Match[str] | None:
    """The kind of places that ends a list of short words and no more (鲁斯塔克和法扎巴德[山区]), as 等地 ends others:
    of the training corpora's 23 lists so ended, none holds a name as an item."""
    kind = _KIND_AFTER_LIST.search(text, items[-1][0] + 2, end)
    words = _after_the_clause(text, items)
    short = kind is not None and all(2 <= e - s <= 6 for s, e in [*words[:-1], (words[-1][0], kind.start())])
    return kind if kind and kind.end() == end and short else None


_KIND_AFTER_LIST = re.compile("(?:山区|地区|发射场|油田|矿区|林区|牧区|一带)")
_CLAUSE_WORDS = frozenset("在到去赴从于的了是向对把被率访")  # what a place's name seldom holds and a clause does


def _names_in(ordered: list[tuple[int, int]], item: tuple[int, int], index: int, count: int) -> list[tuple[int, int]]:
    """The spans (``ordered`` by start) that make the ``index``-th of ``count`` items of a list a
    name's: one inside it, ending the first (书记巴音朝鲁、姜大明), beginning the last (孙金龙分别参加了北京),
    anywhere in another (友人秋山生哉先生). (Words before the first and after the last are the clause's:
    格拉夫已取消了在罗马、柏林和巴黎的比赛.)"""
    start, end = item
    inside = _inside(ordered, item)
    if index == 0:
        return [(s, e) for s, e in inside if e == end]
    return [(s, e) for s, e in inside if s == start] if index == count - 1 else inside


def _inside(ordered: list[tuple[int, int]], item: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans (``ordered`` by start) that lie within ``item``."""
    start, end = item
    return [(s, e) for s, e in ordered[bisect_left(ordered, (start,)):bisect_left(ordered, (end,))] if e <= end]


def _places_beside(text: str, items: list[tuple[int, int]], name: tuple[int, int]) -> int:
    """How many items of a list besides ``name`` are places in jieba's dictionary."""
    places = 0
    for index, (start, end) in enumerate(items):
        if (start, end) == name:
            continue
        if index == 0:  # the first item may follow other words, the last be followed by some
            forms = [text[s:end] for s in range(max(start, end - 4), end - 1)]
        else:
            forms = [text[start:e] for e in range(start + 2, min(end, start + 4) + 1)]
        places += any(tag.startswith("ns") for tag in dictionary().tags(forms).values())
    return places


def named_craft(text: str, start: int, end: int) -> bool:
    """Is the span (or its start) the name of a ship, satellite or machine in quotes (“伽利略”号,
    “祖冲之三号”, “郑和”号 where the tagger took 郑, “哈勃”太空望远镜), or of a brand (“张大妈”牌)? The corpora
    annotate such names as bodies or places, or not at all, but for one of 155. A span that begins
    with a middle initial is read from the name's start (“杰拉尔德·|R·福特”号). Unquoted, one before 号
    and the kind of craft (郑和号训练舰, where the tagger took 郑: none of the corpora's names stands so).
    A storm's name too, quoted or not, right after the word for it (台风“杜苏芮”, 飓风海伦娜)."""
    if _CRAFT.match(text, end) or _after_a_storm(text, start):
        return True
    if text[start - 1:start] in NAME_DOTS and (opening := text.rfind("“", max(0, start - 10), start)) >= 0 \
            and HAN_RUN.fullmatch(text[opening + 1:start - 1]):
        start = opening + 1
    closing = _CLOSING.get(text[start - 1:start], "")
    close = text.find(closing, end, start + 12) if closing else -1
    return close >= 0 and (
        text.startswith(_CRAFT_AFTER_QUOTES, close + 1) or text[start:close].endswith("号"))


# What a quoted name is given to, right after the quotes: a craft, brand, telescope or probe (“哈勃”太空望远镜, “旅行者”
# 探测器: named after people or myths, and annotated in the corpora as no one's name).
_CRAFT_AFTER_QUOTES = ("号", "牌", "品牌", "商标", "望远镜", "太空望远镜", "空间望远镜", "探测器", "卫星", "飞船",
                       "空间站", "火箭", "巡视器", "月球车", "火星车")
_CLOSING = {"“": "”", "「": "」", "『": "』"}
_STORM = re.compile("(?:台风|飓风|热带风暴|气旋|热带低压)[“「\"]?\\Z")  # (as the weather services name them)


def _after_a_storm(text: str, start: int) -> bool:
    """Does the word for a storm stand right before ``start``, quoted or not (台风“杜苏芮”, 飓风海伦娜)?"""
    return _STORM.search(text, max(0, start - 6), start) is not None
_CRAFT = re.compile("[\u4e00-\u9fff]?号(?:训练舰|科考船|考察船|驱逐舰|护卫舰|巡洋舰|航母|航空母舰|飞船|卫星|探测器|列车"
                    "|潜水器|破冰船|货轮|邮轮|游轮|油轮|客轮|舰|船|轮|艇)")


def prizes(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Names of prizes (金鹰奖, “金鹰女神”): forms the text writes before 奖, a prize's name jieba's dictionary holds, where
    it holds the form itself as no person's name, and nowhere else but in quotes. Of the corpora's 13,451 names, three
    are so held, 图灵, 振华 and 和平; a prize named after someone is the person's, as annotated news marks it (诺贝尔奖,
    鲁班奖: jieba's names)."""
    found = set()
    for form in {text[start:end] for start, end in spans}:
        written = literal_spans(text, form)
        heads = [form[:size] for size in range(2, len(form))]  # (诺贝尔|和平奖: the person's, a name of jieba's first)
        if dictionary().tags([form + "奖", form]).keys() == {form + "奖"} \
                and not any(tag.startswith("nr") for tag in dictionary().tags(heads).values()) \
                and any(text.startswith("奖", end) for _start, end in written) \
                and all(text.startswith("奖", end) or text[start - 1:start] in OPENING_QUOTES for start, end in written):
            found.add(form)
    return found


def storms(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The names of the spans that the text writes anywhere right after the word for a storm (飓风“梅丽莎”……梅丽莎随后向
    古巴移动): a storm's, no one's, wherever written. Of the corpora's 33 such words, none stands before a name."""
    return {form for form in {text[start:end] for start, end in spans}
            if any(_after_a_storm(text, start) for start, _end in literal_spans(text, form))}


def countries_paired(text: str, start: int, end: int) -> bool:
    """Is the span two or three countries by their short names before what passes between them
    (马美关税谈判, 中美关系)?"""
    return 2 <= end - start <= 3 and all(c in COUNTRY_SHORT for c in text[start:end]) \
        and text.startswith(BETWEEN_COUNTRIES, end)


def country_side(text: str, start: int, end: int) -> bool:
    """Does the span begin with a country's side as diplomatic news writes it (马方愿同中方深化合作:
    the Malaysian side, 马方, and its 愿)? None of the corpora's 37,625 names begins with one. Or is it a
    country's army, where the text names the country and the army acts (韩国……韩军正密切关注, jieba's 韩军;
    not a byline, （韩军）, nor 马军 where no country begins with 马)? Of the corpora's two 韩军, one is such. Or the
    last of two countries' short names before 两国, 'the two countries' (印巴两国, 美、卢两国): no name of the corpora
    holds 两国."""
    return end - start >= 2 and text[start] in COUNTRY_SHORT and text[start + 1] == "方" \
        or end - start >= 3 and text.startswith("两国", start + 1) \
        or end - start == 2 and text[start] in COUNTRY_SHORT and text[start + 1] == "军" \
        and HAN_RUN.match(text, end) is not None and any(c[0] == text[start] and c in text for c in COUNTRIES)


def of_a_locality(text: str, start: int, end: int) -> bool:
    """Is the span one character that makes a word of locality with the next, jieba's ``s``
    (只见[江]上漂浮, 江边: the river's)? None of the corpora's names of one character does."""
    pair = text[start:start + 2]
    return end - start == 1 and dictionary().tags([pair]).get(pair, "") == "s"


def place_after(text: str, start: int, end: int) -> bool:
    """Does a place or body's ending follow the name at ``start:end`` (普希金广场, 中山路, in
    quotes too: “田横”酒厂), a team's name (达拉斯独行侠队), a disease, phenomenon or microbe (霍奇金病, 拉尼娜现象, 李斯特菌) or a family's
    village (杨家堂村)? A one-character ending counts only when it does not begin a word of its
    own (路上, 站起: a phrase, a verb) or is the verb 站 with its complement (站在, 站着)."""
    if start > 0 and (text[start - 1], text[end:end + 1]) in _QUOTE_PAIRS:
        end += 1
    suffix = max((s for s in _PLACE_ENDINGS if text.startswith(s, end)), key=len, default=None) \
        if text[end:end + 1] in _PLACE_ENDING_FIRST else None  # (山区; the first character at once: mostly none)
    if suffix == "站" and text[end + 1:end + 2] in _STAND_COMPLEMENTS:
        return False
    if suffix in _SCHOOLS and text.startswith("毕业", end + len(suffix)):
        return False  # 程丽娜大学毕业后, 金士尧中学毕业: the school one left, not one named after someone
    if (team := _TEAM.match(text, end)) and dictionary().tags([nickname := team.group(1)]).get(nickname, "")[:1] == "n":
        return True  # 达拉斯独行侠队: a team's city (a name's next words, 率队, 与印尼队, are no noun of one word)
    if _EPONYM.match(text, end):
        return True  # 霍奇金病、, 范可尼氏贫血, 拉尼娜现象: named after someone (not 舒同病重, 孙荣病故)
    if (trade := _TRADE_BODY.match(text, end)) and trade.group(1) not in _IN_OFFICE \
            and dictionary().tags([trade.group(1)]).get(trade.group(1), "v") in _TRADE_TAGS:
        return True  # 塔奇咨询集团, 阿里云智能集团, 克劳斯顿有限公司: a company named for its trade (not 徐柏玉[谈及]公司)
    if end - start == 1 and _FAMILY_PLACE.match(text, end):
        return True  # 杨家堂村, 王家庄: a village named after a family (of the corpora's 235, none a person)
    if before_an_office(text, start, end):
        return True
    if text.startswith("宫", end) and end - start >= 2 and translit_share(text[start:end]) == 1:
        return True  # 克里姆林宫表示, 维拉诺夫宫: a palace (none of the corpora's transliterated names stands before 宫)
    if suffix is None:  # a word of jieba's dictionary with such an ending of two or more: 鲁迅|文学院
        words = dictionary().tags(text[end:end + size] for size in (3, 4))
        return any(word.endswith(_LONG_PLACE_AFTER) for word in words)
    return len(suffix) > 1 or not dictionary().tags([text[end:end + 2]])


_LONG_PLACE_AFTER = tuple(s for s in PLACE_AFTER if len(s) > 1)
_PLACE_ENDINGS = PLACE_AFTER + PLACE_PARTS
_PLACE_ENDING_FIRST = frozenset(s[0] for s in _PLACE_ENDINGS)


def before_an_office(text: str, start: int, end: int) -> bool:
    """Does the name of two or more at ``start:end`` end a bureau's, department's or office's (国家林草局森林: not
    局长, 厅里, a title, a word; nor 王局, one called so, by a surname alone)? None of the corpora's names stands so,
    and where the model took the ending in, it read the body whole."""
    return end - start >= 2 and text[end:end + 1] in _OFFICES_ENDING and not dictionary().tags([text[end:end + 2]])


_OFFICES_ENDING = frozenset("局厅署")  # 林草局, 教育厅, 海关总署


def a_locality_too(text: str, form: str) -> bool:
    """Is ``form`` written somewhere as a village's, township's, county's or city's name (黄杜村……黄杜的白茶:
    the tagger took the village for a person)? Of the corpora's names written again within their 20 sentences, only
    屈原 is so (屈原村), a name jieba's dictionary holds: not one it holds."""
    city = dictionary().tags([form + "市"]).get(form + "市", "").startswith("ns")
    return len(form) >= 2 and not dictionary().tags([form]) and any(
        text.startswith(_LOCALITIES, end) and place_after(text, start, end) or city and text.startswith("市", end)
        for start, end in literal_spans(text, form))


# (not 市, 胡志明市, but for a city jieba's dictionary knows with it and not without, 高雄市; nor 区, a surname too:
# 马有礼区宗杰, a list run together)
_LOCALITIES = ("村", "乡", "镇", "县")


def a_township_itself(text: str, form: str) -> bool:
    """Is ``form``, ending as a township's or village's name does, written right after a county's, city's or
    township's (雷山县方祥乡)? Of the words of three beginning with a surname that jieba makes up so in the
    corpora, 23 of 39 places are written so, none of the 5 names (朱良镇, in a list)."""
    return form[-1] in "乡镇村" and any(start and text[start - 1] in "县市区州乡镇" for start, _ in literal_spans(text, form))


def place_after_the_rest(text: str, start: int, end: int) -> bool:
    """Does a place or body's ending follow the dotted name at ``start:end`` after the rest of its
    last part, one or two characters the transliteration table lacks, which begin no word of jieba's
    dictionary (伯克希尔·哈|撒韦公司)?"""
    if dictionary().tags(text[end:end + size] for size in (2, 3, 4)):
        return False  # (约翰·史密斯[领导]公司)
    return any(HAN_RUN.fullmatch(rest := text[end:end + extra]) and len(rest) == extra
               and not GLUED_AFTER.intersection(rest) and place_after(text, start, end + extra) for extra in (1, 2))


_SCHOOLS = frozenset({"大学", "中学", "小学"})
_TEAM = re.compile("([\u4e00-\u9fff]{2,4}?)队(?![员长伍])")
# A company's trade or kind between its name and 集团 or 公司: of the corpora's names, none stands
# before a noun or adjective of jieba's dictionary there (咨询集团, 智能集团, 有限公司), three before a verb
# or no word (谈及公司, 在该公司). Nor is an office held there a trade, though jieba's nouns (李明[现任]公司董事长).
_IN_OFFICE = frozenset({"现任", "历任", "原任", "前任", "新任", "曾任", "时任"})
_TRADE_BODY = re.compile("([\u4e00-\u9fff]{2})(?:有限|股份)?(?:集团|公司)")
_TRADE_TAGS = frozenset({"n", "nz", "vn", "a", "an"})
_FAMILY_PLACE = re.compile("家[\u4e00-\u9fff]?(?:村|庄|屯|寨|湾|坪|堡|沟|岭|营|铺|集|镇|巷)")
# A disease named after someone, as medicine writes it: with 氏, or a sickness that ends its item;
# or a phenomenon or effect named after someone or something (拉尼娜现象, 马太效应): the corpora
# annotate no name before 现象 and one of 39 before 效应; or a storm's name (“布拉斯”飓风: none before one); or a
# microbe's, as biology names them after who found them (鲍曼不动杆菌, 李斯特菌, 沙门氏菌: none before one).
_EPONYM = re.compile("氏(?:病|症|综合征|综合症|贫血)|(?:病|症|综合征|综合症)(?=[、，。；,;和与及或等的患\n])|现象|效应"
                     "|号?(?:飓风|台风|热带风暴|热带气旋)|[\u4e00-\u9fff]{0,4}?[杆球弧螺]菌|氏?菌")


def birthplace(text: str, start: int) -> bool:
    """Is the name at ``start`` where someone was born or comes from, after the verb and maybe
    its province (出生于江苏吴江, 祖籍山东)? jieba's dictionary has many towns as names (吴江 nr)."""
    match = _BORN_IN.search(text, max(0, start - 10), start)
    if match is None:
        return False
    region = match.group(1)
    return not region or dictionary().tags([region]).get(region, "") == "ns"


_BORN_IN = re.compile(r"(?:出生于|生于|出生在|诞生于|祖籍|籍贯)([\u4e00-\u9fff]{0,4}?)\Z")


def dateline_place(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the city of an agency's dateline (新华社贝鲁特６月２１日电, 本报斯德哥尔摩１月１８日电)?
    Of the corpora's 2,246 such datelines, one marks the city a person (贝鲁特, as it marks it nowhere else)."""
    return text.endswith(_AGENCIES, 0, start) and _DATELINE_DATE.match(text, end) is not None


_AGENCIES = ("新华社", "本报", "中新社", "中新网", "新华网", "人民网", "央视网", "国际在线")  # (and their sites')
_NUMBER = r"(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})"
_DATELINE_DATE = re.compile(rf"(?:{_NUMBER}月)?{_NUMBER}日(?:电|讯)")
_STAND_COMPLEMENTS = tuple("在着到了出")  # 站在地头: he stands, no station


def is_place(form: str) -> bool:
    """唐古拉峰, 阿布穆萨岛: a transliteration with a place's generic term at its end (but 杜若原,
    a surname and a given name of two, is a person), or a family's village or town (冯家镇)."""
    return len(form) >= 3 and form[-1] in PLACE_ENDINGS and translit_share(form[:-1]) == 1 \
        and (len(form) > 3 or not has_surname(form)) \
        or len(form) == 3 and form[1] == "家" and form[2] in _FAMILY_PLACES


def a_village(text: str, form: str) -> bool:
    """Is ``form`` a surname and 村, a village named for a family (余村关停了全部矿山), in a text that does not name
    Japan, whose family names end so (中村, 田村)? Of the corpora's names, the two of two characters that end in 村 are
    Japanese (荻村, 中村)."""
    return len(form) == 2 and form[1] == "村" and form[0] in SURNAMES and not names_japan(text)


# What a family's surname and 家 name (冯家镇, 王家庄, 李家村): of the training corpora's names, none is so written,
# where their text holds 153 such places.
_FAMILY_PLACES = frozenset("镇村庄屯寨湾坪沟堡营")


# A surname (or two), 家 and a numeral: a family and a count of its generations or members (not
# 老张家一顿饭, 老张's family's meal).
_FAMILY_COUNT = re.compile("[\u4e00-\u9fff]{1,2}家[一二三四五六七八九十两几](?:代|口|兄弟|姐妹|姊妹|姐弟|兄妹)")


def family_counted(text: str, start: int, end: int) -> bool:
    """Is the span a family counted, or its surname before one (陈家三|代人, [赵]家三代人, 王家两兄弟)?"""
    match = _FAMILY_COUNT.match(text, start)
    return match is not None and end <= match.end() and end - start < 5


def is_outlet(form: str) -> bool:
    """路透社, 新京报: a news organisation the tagger took for a person; or one by its short name, whose name with
    社 jieba's dictionary holds (彭博 of 彭博社, 塔斯 of 塔斯社: no name of the corpora is such a word's); or a
    country's press, its short name and 媒 (韩媒, 外媒: none of the corpora's 37,625 names ends in 媒)."""
    return len(form) >= 3 and form[-1] in OUTLET_ENDINGS and not any(d in form for d in NAME_DOTS) \
        or len(form) >= 2 and bool(dictionary().tags([form + "社"])) \
        or len(form) == 2 and form[1] == "媒"


def outlet_titled(text: str, start: int, end: int) -> bool:
    """Is the span the start of a paper's or a magazine's title in book-title marks (《马卡报》,
    《明镜周刊》), which the tagger takes a name of with or without its ending? Of the corpora's 315
    names right after 《, none is so ended."""
    close = text.find("》", end, end + 3)
    return text[start - 1:start] == "《" and close >= 0 and text[close - 1] in OUTLET_ENDINGS


def numbered_title(text: str, start: int, end: int) -> bool:
    """Does the span fill a work's title in book-title marks up to its number (《唐探1900》, 《哪吒2》: a sequel, a
    year), which names the work? The corpora annotate names that are a title (《花木兰》), none so numbered."""
    return text[start - 1:start] == "《" and _NUMBER_CLOSING_A_TITLE.match(text, end) is not None


_NUMBER_CLOSING_A_TITLE = re.compile(r"[0-9０-９]+》")


def after_a_trade(text: str, start: int) -> bool:
    """Does the span follow a word for a business by its trade (运营商沃达丰, 零售商沃尔玛, 出版商哈珀柯林斯) or for a
    brand (老字号全聚德), alone or in a list begun there (老字号全聚德、吴裕泰), whose name it is? Of the corpora's 203 words
    of three or more in 商, two stand before a name, after neither of these (房地产商, 进口商: a man of the trade); none
    of their names stands after 老字号 or 品牌."""
    return _AFTER_A_TRADE.search(text, max(0, start - 40), start) is not None


# A business named by what it does with goods (Chinese word formation's X商, a dealer in X): the press writes a
# company's name after one.
_TRADES = ("运营商", "供应商", "制造商", "零售商", "出版商", "开发商", "经销商", "承包商", "服务商", "代理商", "生产商",
           "发行商", "批发商", "销售商", "赞助商", "分销商", "提供商")
_AFTER_A_TRADE = re.compile("(?:" + "|".join((*_TRADES, "老字号", "品牌")) + r")(?:[\u4e00-\u9fff]{2,8}、)*\Z")


def is_language(form: str) -> bool:
    """阿拉伯语, 斯瓦希里语: a word of jieba's dictionary that ends in 语 is a language (none of the
    corpora's 37,625 names ends so)."""
    return len(form) >= 2 and form[-1] == "语" and bool(dictionary().tags([form]))


def is_contest(form: str) -> bool:
    """马拉松赛, 戴维斯杯: three characters or more ending in 赛 or 杯 are a race, match or cup (jieba's dictionary
    has 马拉松赛 as a name; none of the corpora's 37,625 names of three or more ends so)."""
    return len(form) >= 3 and form[-1] in "赛杯"


def an_event_counted(text: str, start: int, end: int) -> bool:
    """Is the span the head of a noun counted as events are, by 场, and ending its clause (一场漫长的马拉松。,
    这是一场马拉松，)? A person is counted by 位 or 名; of the corpora's names, none stands so."""
    return _COUNTED_AS_EVENTS.search(text, max(0, start - 12), start) is not None \
        and _CLAUSE_ENDS.match(text, end) is not None


_COUNTED_AS_EVENTS = re.compile(r"[一这那每两几]场[^，。；：:！？、“”《》\s\d]{0,8}\Z")
_CLAUSE_ENDS = re.compile(r"[，。；！？,;!?\n]|\Z")


def a_body_run_or_bought(text: str, start: int, _end: int) -> bool:
    """Does a verb of founding, heading, taking over or buying stand right before the span (執掌波克夏海瑟威, 收购X, 创办X)?
    What follows is a body: of the corpora's 423 such verbs, none stands before a name."""
    return text.endswith(_RUNS_OR_BUYS, 0, start)


_RUNS_OR_BUYS = ("执掌", "掌管", "接管", "掌舵", "创办", "创立", "收购", "并购", "入主")


def a_share_after(text: str, _start: int, end: int) -> bool:
    """Does a figure in per cent follow the span right after it (周涨0.37%, 指数日跌1.2%: what rose or fell)? Of the
    corpora's 37,625 names, none stands so."""
    return _PER_CENT.match(text, end) is not None


_PER_CENT = re.compile(r"[ ]?[+-]?[0-9０-９]+(?:[.．][0-9０-９]+)?[ ]?[%％]")


def a_school_counted(text: str, start: int, end: int) -> bool:
    """Is the span one character before a count of masters or worthies, a school named by its dynasty or place (宋四家,
    元四家, 唐四杰)? Of the corpora's names of one, 8 stand before a numeral, none before such a count (韩、孔二人:
    people counted)."""
    return end - start == 1 and _SCHOOL_COUNTED.match(text, end) is not None


_SCHOOL_COUNTED = re.compile("[二三四五六七八九十]大?(?:家|杰|贤|君子|才子)")


def a_flat_thing_counted(text: str, start: int, _end: int) -> bool:
    """Is the span's 张 the word that counts flat things, after 了, a number or a demonstrative and before a bed, a
    sheet, a photo, a ticket, a table, a face... (搬了张床睡在树下, 拍了张照, 两张票)? Of the training corpora's 51 such,
    none begins a name."""
    return text.startswith("张", start) and _COUNTS_FLAT_THINGS.match(text, max(0, start - 1)) is not None


# (the nouns Chinese grammars list as counted by 张: flat things, faces and mouths, beds and tables, bows)
_COUNTS_FLAT_THINGS = re.compile("[了一两几这那每数0-9０-９]张[床纸桌照票卡图表网脸嘴牌椅画报名支发罚单弓皮饼]")


def brands_listed(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Names in a list that ends with 等 and a word for companies, brands, shares or goods (王老吉、张小泉、
    周黑鸭等老字号品牌, 周大福、老凤祥等黄金珠宝股, 林肯、奔驰、卡迪拉克等豪华轿车: of the corpora's 29 lists of
    goods so ended, none holds a name), or that a share's rise or fall follows (王府井、
    百联股份涨停): brands named after someone, no one of the article, anywhere in it; and so is what the tagger found
    at the beginning of one before 等 (贵州茅台、[宁德]时代等权重股; not 张红超、[张红甫]兄弟身家大涨)."""
    tagged = {text[start:end] for start, end in spans}
    found: set[str] = set()
    for match in _BRAND_LIST.finditer(text):
        listed = text.startswith("等", match.end(1))
        found.update(form for item in re.split("[、和及与]", match.group(1)) for form in tagged
                     if item == form or listed and item.startswith(form))
    return found


# A list of names (two or more, a share's class letter after one: 张裕A) and what they are: the
# heads of the names of companies and brands, shares (黄金珠宝股, not 股东 or 股民) and market
# leaders; or what only a share does (百联股份涨停, 五粮液、泸州老窖涨超3%). Each name as short as
# it can be, so that the list ends at the first of these (周大生等个股跟涨: not 周大生等个股 and 跟涨).
_LISTED = r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,8}?[A-ZＡ-Ｚ]?(?:、[\u4e00-\u9fff]{2,8}?[A-ZＡ-Ｚ]?)+)"


_BRAND_LIST = re.compile(_LISTED + r"(?:等[\u4e00-\u9fff]{0,6}?(?:品牌|企业|公司|集团|机构|车企|厂商|商家|老字号|连锁店|餐厅|商标"
                         r"|股(?![东民])|龙头|轿车|汽车|车型|手机|产品|饮料|啤酒|香烟|电器|家电|电脑)(?![家人者们员主商])"
                         r"|(?:涨停|跌停|涨超|跌超|领涨|跟涨|大涨|大跌|股价))")


def kinds_counted(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Names alone or in a list counted as kinds, two or more, by 种, 类 or 款 (大熊猫、金丝猴、羚牛和朱鹮这四种珍稀动物):
    animals, plants or goods, no one, anywhere in the article. None of the corpora's 37,625 names stands so; people
    are counted by 位, 名 or 人."""
    return {text[start:end] for start, end in spans if _KINDS_COUNTED.match(text, end)}


# (the rest of the list, then the count)
_KINDS_COUNTED = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8}?)*(?:这|那|等|共)?(?:[两二三四五六七八九十几]|\d{1,3})(?:种|类|款)")


def games_and_sports(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Names written right before a contest, a league, its players or its association, maybe with a country's name
    between (斯诺克英国锦标赛, 世界斯诺克巡回赛, 高尔夫球员, 马拉松爱好者): sports and games, which jieba's dictionary
    calls names (斯诺克, 高尔夫, 马拉松 nr), wherever the text writes them. Of the corpora's 37,625 names, one stands
    so (哈桑二世巡回赛, a cup named after a king); a person is written after these words (选手丁俊晖)."""
    found = set()
    for form in {text[start:end] for start, end in spans}:
        for _start, end in literal_spans(text, form):
            match = _CONTEST.match(text, end)
            if match and (not match.group(1) or dictionary().tags([match.group(1)]).get(match.group(1), "") == "ns"):
                found.add(form)
                break
    return found


_CONTEST = re.compile("([\u4e00-\u9fff]{2,3}?)?(?:锦标赛|巡回赛|公开赛|大师赛|世锦赛|联赛|选手|球员|运动员|爱好者|协会|赛事)")


def by_their_sales(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Names whose sales, deliveries, revenue, profit, market value or shares' price follow them, alone or
    at the end of a list of such (比亚迪当月销量, 小鹏、蔚来和理想的交付量), or whose shares rise or
    fall by so much (比亚迪涨1.8%, 收跌2%, 涨停), or who publish their annual or quarterly report
    (比亚迪3月24日晚间发布2024年年报): companies and brands,
    which jieba's dictionary often calls names (比亚迪 nr, 特斯拉 nrt), wherever the text writes
    them (鴻海股價, where the tagger took 鴻海[今（14）日]). People have no sales of their own
    (周杰伦的专辑销量: the album's, after the 的)."""
    return _followed_anywhere(text, spans, _SOLD)


def named_as_a_company(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Names written right before 公司 or 集团 anywhere in the text (张小泉股份有限公司……张小泉剪刀): companies and brands,
    wherever written. None of the corpora's 37,625 names stands so. So too the first part of a dotted name so written
    (伯克希尔·哈撒韦公司……伯克希尔的投资风格: the company's short name, its last part no word glued after a name):
    the corpora's 21 such are organisations, none a person."""
    return _followed_anywhere(text, spans, _COMPANY) | _followed_anywhere(text, spans, _REST_OF_A_COMPANY)


def named_for_a_place(text: str, start: int, end: int) -> bool:
    """Does a body's name run on from the span, right after a country, within its clause (苏联[杜布纳]联合原子核研究所:
    the place the institute is named for)? Of the corpora's 37,625 names, none stands so."""
    return text.endswith(_COUNTRIES, 0, start) and _BODY_RUNS_ON.match(text, end) is not None


_COUNTRIES = tuple(COUNTRIES)
# (not over a 的, which says whose the body is: 美国张立的公司)
_BODY_RUNS_ON = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){0,8}?(?:大学|学院|研究所|研究院|研究中心|实验室|博物馆|医院|基金会|公司|集团)")


def in_a_company_word(text: str, end: int, bounds: set[int]) -> bool:
    """Does a name ending at ``end`` end inside a word of jieba's (``bounds``: where its words begin and end) that
    runs on, a character or two later, into 公司 or 集团 (原淘|天集团CEO: the company's name, 淘天)? Not over a
    function word or a verb glued to it (陈浩|在公司, 黄华平|等公司: of the corpora's 37,625 names, that one ends
    so)."""
    if end in bounds:
        return False
    word_end = next((at for at in (end + 1, end + 2) if at in bounds), None)
    rest = text[end:word_end]
    return word_end is not None and _COMPANY.match(text, word_end) is not None \
        and dictionary().tags([rest]).get(rest, "n")[:1] not in FUNCTION_TAGS | {"v"}


def _followed_anywhere(text: str, spans: list[tuple[int, int]], after: re.Pattern[str]) -> set[str]:
    """The forms of ``spans`` that ``after`` follows wherever in the text one of them is written."""
    forms = {text[start:end] for start, end in spans}
    return {form for form in forms if any(after.match(text, end) for _start, end in literal_spans(text, form))}


_COMPANY = re.compile("(?:股份)?(?:有限)?(?:责任)?公司|集团")
# (its last part, of no character glued after names, nor 'the', 'its': ·哈撒韦公司, not ·费雷斯科出任该集团, ·里德和美国
# 旅行者集团)
_REST_OF_A_COMPANY = re.compile(f"[{NAME_DOTS}](?:(?![{''.join(sorted(GLUED_AFTER))}出任该其的])[\u4e00-\u9fff]){{1,6}}"
                                f"(?:{_COMPANY.pattern})")
_SOLD = re.compile("(?:[、和与及][\u4e00-\u9fff]{1,5}?){0,6}"  # (the rest of a list)
                   "(?:的|当月|当季|本月|上月|今年|去年|全年|同期|[0-9０-９一二三四五六七八九十]{1,2}月份?)?"
                   "(?:线上|线下|网上|门店|海外|全球)?"  # (周大福线上销售额: where it sells)
                   "(?:销量|销售额|交付量|出货量|营收|市值|股价|市场份额|财报"
                   "|营业收入|营业额|净利润|利润|毛利率|业绩|盈利|亏损|估值|增速|增长势头"  # (none after a name in the corpora)
                   "|(?:收|大|小幅)?[涨跌](?:停|(?:超|近|逾)?[0-9０-９])"  # (比亚迪涨1.8%, 天普股份跌停)
                   # (比亚迪3月24日晚间发布2024年年报: none after a name in the corpora)
                   "|(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:晚间|早间|盘后|盘前)?(?:发布|公布|披露)了?"
                   "(?:[0-9０-９]{4}年)?(?:全年|年度|前三季度|上半年|第?[一二三四]季度)?(?:年报|财报|季报|半年报|年度报告|业绩))")
