"""Events: timeline entries and dated body sentences, merged when told twice, in date order."""

from __future__ import annotations

import json

import pytest

from tests.conftest import BUNDLED, DATA
from tui.article import Article, load, parse
from tui.dates import PRECISIONS
from tui.extract import Extraction, extract
from tui.extract.events import _PRECISION_RANK
from tui.traditional import to_simplified


def _event_dates(text: str) -> list[str]:
    """The dates of the events extracted from ``text``, in the order the reader lists them."""
    return [e.date for e in extract(parse(text)).events]


@pytest.fixture(scope="module")
def bundled() -> tuple[Article, Extraction]:
    article = load(BUNDLED)
    return article, extract(article)


def test_published_is_inferred(bundled: tuple[Article, Extraction]) -> None:
    assert bundled[1].published == "2024-09-26"


def test_every_timeline_entry_is_an_event_with_its_day_and_people(bundled: tuple[Article, Extraction]) -> None:
    article, extraction = bundled
    timeline = next(s for s in article.sections if s.kind == "timeline")
    expected_people = {
        "2023-11-17": {"山姆·奥特曼"},
        "2023-11-21": {"山姆·奥特曼"},
        "2024-05-14": {"伊利亚·苏茨克弗", "雅恩·莱克"},
        "2024-08-05": {"Greg Brockman", "John Schulman"},
        "2024-09-25": {"米拉·穆拉提"},
    }
    for entry in timeline.entries:
        event = next(e for e in extraction.events
                     if any(s <= entry.span.start < t for s, t in e.spans))
        assert event.date == entry.date and event.precision == "day"
        assert expected_people[entry.date] <= set(event.people)


def test_told_twice_is_one_event(bundled: tuple[Article, Extraction]) -> None:
    article, extraction = bundled
    text = article.text
    may = next(e for e in extraction.events if e.date == "2024-05-14")
    body = text.index("5月,Sutskever辞职")
    assert any(s <= body < t for s, t in may.spans) and len(may.spans) >= 2
    murati = next(e for e in extraction.events if e.date == "2024-09-25" and "米拉·穆拉提" in e.people)
    wednesday = text.index("周三,OpenAI的首席技术官")
    assert any(s <= wednesday < t for s, t in murati.spans)


def test_relative_dates_in_the_body_resolve(bundled: tuple[Article, Extraction]) -> None:
    article, extraction = bundled
    notes = {article.text[n.start:n.end] + "@" + str(n.start): n.label for n in extraction.dates}
    by_word: dict[str, set[str]] = {}
    for key, label in notes.items():
        by_word.setdefault(key.split("@")[0], set()).add(label)
    assert by_word["周三"] == {"2024-09-25"}
    assert by_word["周四"] == {"2024-09-26"}
    assert by_word["去年11月"] == {"2023-11"}
    assert by_word["上个月"] == {"2024-08"}
    assert by_word["9年前"] == {"2015"}
    assert by_word["今年春天"] == {"2024 春"}


def test_body_events_have_dates_summaries_and_spans(bundled: tuple[Article, Extraction]) -> None:
    article, extraction = bundled
    leike = next(e for e in extraction.events if e.date == "2024-05-17")
    assert "雅恩·莱克" in leike.people and "Leike" in leike.summary
    fireside = next(e for e in extraction.events if e.date == "2024-09-26" and "否认" in e.summary)  # (炉边谈话's)
    letter = next(e for e in extraction.events if e.date == "2024-09-26" and "信" in e.summary)
    assert fireside is not letter  # two happenings on one day stay two
    for event in extraction.events:
        assert event.summary and len(event.summary) <= 48
        for start, end in event.spans:
            assert 0 <= start < end <= len(article.text)


def test_events_in_date_order_vague_after_precise(bundled: tuple[Article, Extraction]) -> None:
    from tui.dates import ResolvedDate
    from tui.extract.events import _period

    keys = []
    for event in bundled[1].events:
        assert event.precision in PRECISIONS
        first = event.date + "-01" * (2 - event.date.count("-"))
        from datetime import date

        resolved = ResolvedDate(event.date, event.precision, date.fromisoformat(first))
        keys.append((_period(resolved)[1], _PRECISION_RANK[event.precision]))
    assert keys == sorted(keys)
    years = [e for e in bundled[1].events if e.precision == "year" and e.date == "2024"]
    last_2024_day = max(i for i, e in enumerate(bundled[1].events) if e.date.startswith("2024-"))
    assert all(bundled[1].events.index(e) > last_2024_day for e in years)


def test_other_dates_and_people() -> None:
    text = (
        "导语，2021年3月1日发布。\n"
        "大事记\n2019年6月\n公司由张伟创办。\n2020年1月5日\n张伟辞职，李娜出任首席执行官。\n"
        "变动\n去年6月，张伟宣布离开公司。上周三，李娜表示公司将上市。\n"
    )
    extraction = extract(parse(text))
    assert extraction.published == "2021-03-01"
    dates = [(e.date, e.precision) for e in extraction.events]
    assert ("2019-06", "month") in dates and ("2020-01-05", "day") in dates
    assert ("2021-02-24", "day") in dates  # 上周三 from Monday 2021-03-01
    last_june = next(e for e in extraction.events if e.date == "2020-06")
    assert last_june.people == ["张伟"]


def test_extract_json_has_people_events_and_published(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["--extract"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["article"]["published"] == "2024-09-26"
    text = BUNDLED.read_text(encoding="utf-8")
    person = next(p for p in document["people"] if p["name"] == "米拉·穆拉提")
    assert {"Mira Murati", "Murati"} <= set(person["aliases"])
    for start, end in person["mentions"]:
        assert text[start:end] in {"米拉·穆拉提", "Mira Murati", "Murati"}
    event = document["events"][0]
    assert set(event) == {"date", "precision", "summary", "people", "spans"}


def test_corpus_gbk_events() -> None:
    extraction = extract(load(DATA / "05_sichuan_cuiyongyuan.gbk.txt"))
    assert extraction.published == "2012-07-30"
    dinner = next(e for e in extraction.events if "崔永元" in e.people and "宴请" in e.summary)
    assert dinner.date == "2012-07-30"


def test_a_dateline_and_byline_are_no_part_of_an_event() -> None:
    text = ("新华社上海5月10日电（记者 郭明）中超联赛第十二轮10日晚在上海进行，主队以3比1逆转，"
            "郑铮赛后表示满意。\n本报讯 记者刘晓燕 2025年3月17日，歌手林俊杰发行了新专辑。\n")
    extraction = extract(parse(text))
    summaries = {e.date: e for e in extraction.events}
    assert "新华社" not in summaries["2025-05-10"].summary and "郭明" not in summaries["2025-05-10"].people
    assert summaries["2025-05-10"].summary.startswith("中超联赛")
    assert summaries["2025-03-17"].summary.startswith("歌手林俊杰")
    assert "刘晓燕" not in summaries["2025-03-17"].people
    text = "2025年11月18日\n腾讯科技讯 11月18日消息，OpenAI当地时间周二发布了新模型。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["OpenAI当地时间周二发布了新模型"]
    # a byline's name and the sentence after a space: the sentence is whole
    text = "来源：法治日报 2025-11-26\n本报北京11月25日讯 记者张晨 最高人民法院今天发布一批典型案例。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["最高人民法院今天发布一批典型案例"]
    # the report another agency filed, relayed: its day is the report's
    text = "2025年12月3日\n据法新社巴黎12月2日报道，法国总理贝鲁2日向总统马克龙递交辞呈。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["法国总理贝鲁2日向总统马克龙递交辞呈"]
    text = "据中国作家协会12月6日消息，著名作家王明远因病医治无效，于12月5日在北京逝世，享年91岁。\n"  # (its news)
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [("--12-05", "著名作家王明远因病医治无效，于12月5日在北京逝世")]
    text = "2025年9月26日\n美联社华盛顿9月25日报道，美国总统拜登25日在白宫会见越南国家主席苏林。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["美国总统拜登25日在白宫会见越南国家主席苏林"]
    # (and after the dateline of the agency that relays it: the day of what was done, not of the report)
    text = "新华社平壤12月3日电 据朝中社3日报道，朝鲜领导人金正恩2日视察了一座新建的工厂。\n"
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [("--12-02", "朝鲜领导人金正恩2日视察了一座新建的工厂")]
    # a source's own dateline, its date and maybe where it was sent from, then 报道 or 消息
    text = "星闻网12月4日厦门消息 第五届青少年棒球交流赛4日在厦门开幕，双方球员互赠礼物。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["第五届青少年棒球交流赛4日在厦门开幕"]
    text = "智汇网 12月2日报道，深度学习先驱杰弗里·辛顿与约书亚·本吉奥联名发表公开信。\n"
    assert extract(parse(text)).events[0].summary.startswith("深度学习先驱")
    # (but a body's news it gave out is what it did: 农业农村部12月5日发布消息)
    text = "农业农村部12月5日发布消息：今年粮食总产量再创新高。\n"
    assert extract(parse(text)).events[0].summary.startswith("农业农村部")


def test_a_setting_after_the_date_gives_way_to_what_happened_there() -> None:
    text = "2025年6月3日\n2024年12月，在上海举行的全国围棋锦标赛中，李明以2比1击败了卫冕冠军。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["李明以2比1击败了卫冕冠军"]
    text = "2025年6月3日\n在新华社6月1日的报道中，张华说明了现场情况。\n"  # (also one the date is in)
    assert [e.summary for e in extract(parse(text)).events] == ["张华说明了现场情况"]
    text = "2025年6月3日\n在2024年全国田径锦标赛男子百米决赛中，李明以10秒05夺冠。\n"  # (one the date opens, after 在)
    assert [e.summary for e in extract(parse(text)).events] == ["李明以10秒05夺冠"]
    text = "2025年6月3日\n12月2日上午，在寿光市的一座蔬菜大棚里，菜农王明正忙着采摘西红柿。\n"  # (里, 'in')
    assert [e.summary for e in extract(parse(text)).events] == ["菜农王明正忙着采摘西红柿"]
    text = "2025年12月3日\n12月2日，在崇明区港西镇，村民沈阿婆在新修的水泥路上走了一个来回。\n"  # (a place alone)
    assert [e.summary for e in extract(parse(text)).events] == ["村民沈阿婆在新修的水泥路上走了一个来回"]
    # (a chain of places, whatever jieba makes of 镇上)
    text = "2025年12月3日\n12月1日，在甘肃省定西市岷县麻子川镇上沟村，村民包桂香坐上了公交车。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["村民包桂香坐上了公交车"]
    # (a body's or a public building's place: a hospital, a police station)
    text = "2025年12月3日\n12月2日，在浙江大学医学院附属第一医院，24岁的陈思远拉着父亲的手说。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["24岁的陈思远拉着父亲的手说"]
    text = "2025年12月3日\n12月2日，在江北区观音桥派出所，市民黄女士握着民警的手连声道谢。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["市民黄女士握着民警的手连声道谢"]
    text = "2025年12月3日\n11月30日下午，吉林省长春市南湖公园，一名女子不慎落入冰窟。\n"  # (also with no 在)
    assert [e.summary for e in extract(parse(text)).events] == ["一名女子不慎落入冰窟"]
    # (and what it is on or in, with no 在: a bus, a shop)
    text = "2025年12月3日\n12月2日上午，南京市一辆65路公交车上，一名七旬老人突然晕倒。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["一名七旬老人突然晕倒"]
    text = "2025年12月3日\n2019年，在深圳辞职回乡，龙成飞承包了荒山。\n"  # (not a deed that ends in a place's word)
    assert [e.summary for e in extract(parse(text)).events] == ["在深圳辞职回乡，龙成飞承包了荒山"]
    # (not a deed: 在车站借充电宝时)
    text = "2025年6月3日\n张华说，今年3月在车站借充电宝时，手机没电了。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["张华说，今年3月在车站借充电宝时，手机没电了"]


def test_a_part_of_the_day_after_the_date_does_not_open_the_summary() -> None:
    extraction = extract(parse("2025年6月3日\n6月2日晚，民警在番禺区将张某某抓获。\n"))
    assert extraction.events[0].summary.startswith("民警在番禺区")
    extraction = extract(parse("2025年12月3日\n12月2日一早，收购商赵卫东就来到了果园。\n"))  # (一早, first thing)
    assert extraction.events[0].summary.startswith("收购商")


def test_later_that_day_is_part_of_the_date_not_of_the_summary() -> None:
    text = "2025年11月18日\n美国总统18日会见王储。当天晚些时候，白宫举行晚宴款待王储一行。\n"
    summaries = [e.summary for e in extract(parse(text)).events]
    assert "白宫举行晚宴款待王储一行" in summaries
    assert not any(s.startswith("些") for s in summaries)


def test_what_an_organisation_does_on_a_date_is_an_event() -> None:
    text = "2025年5月11日\n下一轮，上海海港队将于5月17日客场挑战北京国安队。市政府在6月1日起实行新规。\n"
    extraction = extract(parse(text))
    assert {e.date for e in extraction.events} == {"2025-05-17", "2025-06-01"}


def test_what_a_legislature_does_is_an_event_and_a_year_in_a_title_dates_nothing() -> None:
    text = ("2025年11月27日\n立法會昨日以大比數三讀通過《2024年稅務（修訂）條例草案》。\n"
            "該報告題為《2019年行業發展簡報》。\n")
    extraction = extract(parse(text))
    assert [(e.date, e.summary) for e in extraction.events] == [
        ("2025-11-26", "立法會昨日以大比數三讀通過《2024年稅務（修訂）條例草案》")]


def test_a_year_that_names_an_examination_does_not_date_it() -> None:
    text = "新华社北京2025年12月1日电\n2026年全国硕士研究生招生考试初试将于12月20日至21日举行，教育部有关负责人介绍。\n"
    assert _event_dates(text) == ["2025-12-20"]
    # nor the year a budget is of, passed in the year before
    text = "2025年12月19日\n115年度中央政府總預算案今天在立法院三讀通過。\n"
    assert _event_dates(text) == ["2025-12-19"]
    # nor the fiscal year a policy address is of, given in the year before: the day told, or none where it is unknown
    text = "2025年11月13日\n行政長官岑浩輝昨日在立法會發表二〇二六年財政年度施政報告。\n"
    assert _event_dates(text) == ["2025-11-12"]
    assert _event_dates("行政長官岑浩輝昨日在立法會發表二〇二六年財政年度施政報告。\n") == []


def test_events_in_traditional_characters_by_their_verbs_and_organisations() -> None:
    text = ("2024年11月25日\n【記者林文彥／東京報導】冠軍戰24日晚間在東京舉行，中華隊以4比0擊敗日本隊。\n"
            "該公司23日宣布辭職的消息。\n")
    extraction = extract(parse(text))
    assert {e.date: e.summary for e in extraction.events} == {
        "2024-11-24": "冠軍戰24日晚間在東京舉行", "2024-11-23": "該公司23日宣布辭職的消息"}


def test_a_summary_opens_on_no_punctuation() -> None:
    extraction = extract(parse("2019年12月10日\n铁路公司表示，9日、10日两天全国铁路仅能保证两成运力。\n"))
    assert [e.summary for e in extraction.events] == ["铁路公司表示，9日、10日两天全国铁路仅能保证两成运力"]


def test_an_age_this_year_is_no_event() -> None:
    extraction = extract(parse("2025年7月12日\n外卖小哥名叫李建新，今年28岁，来自安徽阜阳。\n"))
    assert extraction.events == []
    extraction = extract(parse("2025年7月12日\n队员达瓦是他的徒弟，今年刚满22岁。老罗今年已经68岁了。\n"))
    assert extraction.events == []  # (nor one just or already reached)


def test_the_page_line_of_date_and_source_is_no_event() -> None:
    extraction = extract(parse("标题\n\n2025年3月2日 来源：IT之家\n\n特斯拉CEO Elon Musk周六在X上表示，xAI将开源。\n"))
    assert [e.date for e in extraction.events] == ["2025-03-01"]


def test_local_time_before_a_date_does_not_open_the_summary() -> None:
    extraction = extract(parse("2023年3月24日\n当地时间3月23日，首席执行官周受资出席听证会。\n"))
    assert extraction.events[0].summary.startswith("首席执行官周受资")


def test_a_clock_time_after_the_date_does_not_open_the_summary() -> None:
    extraction = extract(parse("2024年9月30日\n1949年10月1日下午3时，成立典礼在天安门广场隆重举行，主席宣告成立。\n"))
    assert extraction.events[0].summary.startswith("成立典礼")


def _that_days(text: str) -> list[str | None]:
    """What each 当天 of ``text`` resolves to."""
    return [note.value for note in extract(parse(text)).dates if note.text == "当天"]


def test_the_day_after_a_name_is_the_day_told() -> None:
    text = "2025年6月14日\n球队13日宣布签下后卫林志远。前锋高明杰当天在社交媒体上留言欢迎。\n"
    assert _that_days(text) == ["2025-06-13"]


@pytest.mark.parametrize("who", ["丈夫", "民警"])
def test_the_day_after_a_relative_or_a_title_is_the_day_told(who: str) -> None:
    text = f"2025年6月14日\n6月12日晚，一辆轿车撞上护栏，驾驶员被带走。{who}当天在现场。\n"
    assert _that_days(text) == ["2025-06-12"]


def test_a_date_told_later_in_the_clause_within_the_first_dates_the_event() -> None:
    text = "2025年5月20日\n今年的文学奖颁奖典礼将于8月在绍兴举行。进入2024年之后，融资趋缓，2024年3月公司宣布上市。\n"
    # 2024年3月 opens a clause of its own: another happening, not a closer date of 2024年's.
    assert {e.date for e in extract(parse(text)).events} == {"2025-08", "2024", "2024-03"}


def test_each_clause_that_opens_with_a_date_tells_its_own_happening() -> None:
    text = ("2021年6月18日\n著名翻译家许渊冲先生，于2021年6月17日在北京逝世。1944年，他考入清华大学外国文学研究所，"
            "1948年赴巴黎大学留学；1983年起任教于北京大学。2010年至2014年间，他多次获得翻译协会颁发的奖项，"
            "他说“1990年，我开始翻译”。\n")
    events = {e.date: e for e in extract(parse(text)).events}
    assert sorted(events) == ["1944", "1948", "1983", "2010", "2021-06-17"]
    assert events["1948"].summary == "赴巴黎大学留学"
    assert events["1948"].people == ["许渊冲"]  # the clause goes on about whom the sentence is of
    assert events["2021-06-17"].people == ["许渊冲"]  # the first date told keeps the clause before it


def test_a_clause_about_a_company_is_not_its_hires() -> None:
    text = "2025年5月20日\n2020年，公司聘请张伟担任总经理，2021年公司在上海上市。\n"
    events = {e.date: e for e in extract(parse(text)).events}
    assert events["2020"].people == ["张伟"] and events["2021"].people == []


def test_contests_ceremonies_laws_and_feats_are_events() -> None:
    text = ("2025年4月26日\n第十五届电影节25日晚在怀柔闭幕。联赛第十二轮24日晚进行，主队以3比1逆转客队。\n"
            "北京时间23日22时55分，经过约6.5小时的出舱活动，航天员陈冬、王杰密切协同，圆满完成出舱任务。\n")
    events = {e.date: e for e in extract(parse(text)).events}
    assert set(events) == {"2025-04-25", "2025-04-24", "2025-04-23"}
    assert "逆转" in events["2025-04-24"].summary and "完成" in events["2025-04-23"].summary
    # (a contest's start and a list's or prize's announcement too)
    text = ("2025年12月5日\n12月4日，巡回赛总决赛在杭州开赛。12月3日，年度十大新闻揭晓。比赛12月2日落下帷幕。"
            "12月1日，城市马拉松鸣枪开跑。\n")
    assert _event_dates(text) == ["2025-12-01", "2025-12-02", "2025-12-03", "2025-12-04"]
    text = "2025年10月11日\n武汉网球公开赛10日进行八强赛，中国选手李娜以2比1逆转对手。\n"  # (an open's 开赛 is none)
    assert "逆转" in extract(parse(text)).events[0].summary


def test_words_that_bound_the_date_do_not_open_the_summary() -> None:
    extraction = extract(parse("2025年11月9日\n6月起，新规在全市实施，市长王建国表示欢迎。\n"))
    assert extraction.events[0].summary.startswith("新规")
    # but a verb that begins with 前 stays whole (前往, not 前|往)
    text = "2024年7月26日\n内塔尼亚胡25日在白宫与拜登会面，次日前往佛罗里达州会见特朗普。\n"
    assert [e.summary[:4] for e in extract(parse(text)).events][-1] == "前往佛罗"


def test_a_range_of_dates_does_not_open_the_summary() -> None:
    extraction = extract(parse("2025年1月9日\n2023年3月至2024年8月间，被告人刘某某冒充军官骗取财物。\n"))
    assert extraction.events[0].summary.startswith("被告人刘某某")


def test_the_end_of_a_term_dates_no_happening() -> None:
    # a contract or a term of office runs until then: the signing is not in 2028
    extraction = extract(parse("2025年11月3日\n球星王磊与俱乐部续约至2028年。2023年7月，他加盟球队。\n"))
    assert [e.date for e in extraction.events] == ["2023-07"]


def test_the_day_after_an_organisation_is_the_day_told() -> None:
    text = "2025年6月3日\n法院1日作出一审判决。被告的律师团队当天表示将上诉，涉事公司当天发布声明。\n"
    assert _that_days(text) == ["2025-06-01", "2025-06-01"]


@pytest.mark.parametrize("text", ["6月1日，法院开庭。特别检察组当天要求判处死刑。", "6月1日，法院宣判。外交部当天回应。"])
def test_the_day_after_a_ministry_or_task_force_is_the_day_told(text: str) -> None:
    assert _that_days("2024年6月3日\n" + text + "\n") == ["2024-06-01"]


def test_a_dated_sentence_about_he_or_she_is_an_event() -> None:
    text = "2025年9月1日\n2003年，她从师范学校毕业后回到家乡任教。次年他也回到了山里。2010年，其他地方也下了雨。\n"
    assert _event_dates(text) == ["2003", "2004"]


def test_he_or_she_is_whom_the_sentence_names_before_it() -> None:
    text = ("2025年2月21日\n外交部长王毅同美国国务卿鲁比奥通电话。鲁比奥表示，美方愿保持沟通。\n\n"
            "2月20日，美国总统特朗普接受采访时称，他期待访问中国。\n")
    events = {e.date: e.people for e in extract(parse(text)).events}
    assert events["2025-02-20"] == ["特朗普"]  # not 鲁比奥, named last before



def test_a_decade_dates_an_event() -> None:
    text = "2025年12月3日\n上世纪80年代，周桂兰在村小任教。90年代末，她调到县城。次年，她入了党。\n"
    events = [(e.date, e.label, e.people) for e in extract(parse(text)).events]
    assert events == [("1980", "1980年代", ["周桂兰"]), ("1990", "1990年代", ["周桂兰"])]  # (次年: of no year told)


def test_he_or_she_after_one_who_spoke_of_another_is_the_one_spoken_of() -> None:
    # (the teacher the story is of, not the village secretary who spoke of her; but the one who spoke, speaking again)
    text = ("2025年12月3日\n退休教师周桂兰走了。周桂兰1962年来到村小任教。村党支部书记马德福说，上世纪80年代，"
            "是周老师带着乡亲们盖起了教室。1998年退休后，她仍然每周到学校上两节课。周桂兰一生未离开村小。\n")
    events = {e.date: e.people for e in extract(parse(text)).events}
    assert events["1998"] == ["周桂兰"]
    text = text.replace("1998年退休后，她仍然每周到学校上两节课", "2024年，他还表示，学校要扩建")
    events = {e.date: e.people for e in extract(parse(text)).events}
    assert events["2024"] == ["马德福"]


def test_a_date_told_after_a_verb_of_saying_is_summed_up_with_who_said_it() -> None:
    text = "2025年11月29日\n教育部司长王辉表示，今年将继续加强考试安全管理。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["教育部司长王辉表示，今年将继续加强考试安全管理"]


def test_a_date_told_only_in_a_quotation_is_summed_up_with_who_said_it() -> None:
    text = "2025年12月5日\n赛后，王明说：“今天打得很艰苦。”\n"
    assert [e.summary for e in extract(parse(text)).events] == ["赛后，王明说：“今天打得很艰苦。”"]


def test_a_year_that_names_a_contest_tells_no_happening_of_its_own() -> None:
    text = "标题\n\n2025年10月15日\n北京时间10月15日凌晨，2026年世界杯预选赛继续进行，葡萄牙队战胜匈牙利队。\n"
    assert _event_dates(text) == ["2025-10-15"]
    text = "2025年12月5日\n12月3日，2025年度“中国好人榜”揭晓。\n"  # (nor a ranking's year)
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [("2025-12-03", "2025年度“中国好人榜”揭晓")]
    # nor when the sentence tells its own time, though the text cannot say which day that is (no month)
    text = "韓江首度訪台\n\n（中央社記者邱祖胤台北1日電）2024年諾貝爾文學獎得主韓江今天在台北出席座談會。\n"
    assert extract(parse(text)).events == []
    # and the bracket that closes such a dateline opens no summary
    text = "立法院三讀\n\n2025年11月28日\n（中央社記者王明台北28日電）行政院長卓榮泰今天宣布辭職。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["行政院長卓榮泰今天宣布辭職"]


def test_the_quarter_or_month_a_report_is_of_dates_no_happening() -> None:
    # the figures of a quarter come out after it ends: the headline tells no day
    text = ("小米集团发布第三季度财报 营收同比增长\n\n2025年11月18日\n"
            "11月18日，小米集团公布第三季度业绩。国家统计局10月数据显示，社会消费品零售总额增长。\n")
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [("2025-11-18", "小米集团公布第三季度业绩")]


def test_he_or_she_is_never_the_stories_reporter() -> None:
    text = "标题\n\n本报北京2025年12月1日电 （记者 李丽）研究员近日表示，研究远未结束。\n\n1969年，她接受了研究任务。\n"
    assert [(e.date, e.people) for e in extract(parse(text)).events] == [("1969", [])]


def test_i_in_an_interview_s_answer_is_whose_name_labels_it() -> None:
    text = ("专访\n\n记者：您从事古籍修复多少年了？\n\n杜伟生：整整四十年。我1975年进入北京图书馆，跟着师傅肖振棠学手艺。\n"
            "\n记者：我国的古籍有多少？\n\n杜伟生：很多。\n")
    assert [(e.date, e.people) for e in extract(parse(text)).events] == [("1975", ["杜伟生", "肖振棠"])]


def test_a_same_period_or_first_months_after_the_date_are_the_dates() -> None:
    text = ("2025-11-30 09:15\n今年前10个月，全国铁路累计发送旅客37.5亿人次。去年同期，该公司曾召回约3万辆汽车。"
            "本月初以来，铁路公司共加开旅客列车1200余列。今年前三季度，该公司营收下降。\n")
    assert sorted(e.summary for e in extract(parse(text)).events) == [
        "全国铁路累计发送旅客37.5亿人次", "该公司曾召回约3万辆汽车", "该公司营收下降", "铁路公司共加开旅客列车1200余列"]


def test_a_date_after_a_verb_of_saying_is_what_was_said_not_another_happening() -> None:
    text = "2019年11月22日\n11月12日，禹州市教体局发布通报称，9月28日午饭后，三名学生在教室里玩闹。\n"
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [
        ("2019-11-12", "禹州市教体局发布通报称，9月28日午饭后")]
    # (or of making known: what the figures showed)
    text = "物价\n\n市统计局12月10日发布数据显示，11月份居民消费价格同比上涨0.7%。\n"
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [
        ("--12-10", "市统计局12月10日发布数据显示，11月份居民消费价格同比上涨0.7%")]


def test_he_or_she_of_an_event_is_the_first_person_of_the_last_sentence_naming_someone() -> None:
    text = ("2024年9月26日\n另一位联合创始人John Schulman告诉同事们，他对未能吸引Sutskever回归感到失望。\n"
            "在八月，他离开了去Anthropic。\n许渊冲1921年出生于江西南昌。1938年，她考入西南联合大学，师从闻一多等名师。\n")
    people = {e.date: e.people for e in extract(parse(text)).events}
    assert people["2024-08"] == ["John Schulman"] and people["1938"] == ["许渊冲", "闻一多"]
    # and the summary names whom its opening 他 or 她 stands for
    summaries = {e.date: e.summary for e in extract(parse(text)).events}
    assert summaries["2024-08"] == "John Schulman离开了去Anthropic" and summaries["1938"].startswith("许渊冲考入")


def test_a_date_that_describes_what_follows_stays_in_the_summary() -> None:
    text = "2025年9月1日\n1978年出生的张桂梅是土生土长的山里人。2003年，张桂梅回到家乡任教。\n"
    assert sorted(e.summary for e in extract(parse(text)).events) == ["1978年出生的张桂梅是土生土长的山里人", "张桂梅回到家乡任教"]
    # and so does a holiday that names its break
    text = "2025年12月20日\n元旦假期，北京地铁新线将开通运营。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["元旦假期，北京地铁新线将开通运营"]


def test_a_date_with_a_bare_verb_after_it_keeps_the_subject_named_before() -> None:
    text = "人物档案：周文华，1948年生，湖北省宜昌市夷陵区退休教师。\n原告：张建华，男，1975年3月12日出生，汉族。\n"
    summaries = sorted(e.summary for e in extract(parse(text)).events)
    assert summaries == ["周文华，1948年生，湖北省宜昌市夷陵区退休教师", "张建华，男，1975年3月12日出生"]
    # (or what the clause before tells of the subject, a longer one)
    text = "2025年12月4日\n梅葆玖是梅兰芳的儿子，2016年去世。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["梅葆玖是梅兰芳的儿子，2016年去世"]
    # (and a happening of four characters with no one in it: 因病逝世)
    text = "2025年12月4日\n南仁东生前被誉为“中国天眼之父”，2017年9月因病逝世。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["南仁东生前被誉为“中国天眼之父”，2017年9月因病逝世"]


def test_the_subject_a_clause_of_its_own_names_before_the_date_opens_the_summary() -> None:
    text = "2025年12月4日\n著名京剧表演艺术家、梅葆玖的弟子李胜素，12月3日在北京举办纪念演出。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["李胜素在北京举办纪念演出"]
    # (also past how an obituary addresses the one named)
    text = "新华社北京8月5日电 著名物理学家李政道先生，因病于2024年8月4日在美国旧金山逝世，享年98岁。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["李政道因病于2024年8月4日在美国旧金山逝世"]
    # (and one named before, in the sentence, of a later clause that opens with its date and names no one)
    text = "2025年12月3日\n周桂兰1943年出生在贵州遵义，1962年从师范学校毕业后，主动申请来到村小任教。\n"
    summaries = {e.date: e.summary for e in extract(parse(text)).events}
    assert summaries["1962"] == "周桂兰从师范学校毕业后，主动申请来到村小任教"
    # (and a day that is the subject tells what it is, not that it is)
    text = "2025年12月10日\n12月11日是钱学森诞辰114周年纪念日。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["钱学森诞辰114周年纪念日"]
    # (but not before a clause that names its own subject)
    text = "据了解，王海的妻子是前游泳运动员刘丹，两人于2023年结婚。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["两人于2023年结婚"]


def test_a_date_after_yu_opening_its_clause_goes_on_with_the_clause_before() -> None:
    text = "据悉，这座射电望远镜由天文学家周明远主持建设，于2016年9月25日落成启用。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["这座射电望远镜由天文学家周明远主持建设，于2016年9月25日落成启用"]
    text = "王明远的妻子李芳是一位翻译家，已于2005年去世。\n"  # (also after an adverb)
    assert [e.summary for e in extract(parse(text)).events] == ["王明远的妻子李芳是一位翻译家，已于2005年去世"]


def test_a_wire_story_without_its_year_has_a_timeline_of_its_days() -> None:
    text = ("外长通电话\n\n新华社北京2月21日电 2月21日，外交部长王毅应约同美国国务卿鲁比奥通电话。\n\n"
            "此前一天，美国总统特朗普在白宫接受采访时称，他期待访问中国。\n")
    extraction = extract(parse(text))
    assert extraction.published is None  # no year: never a guess
    assert [(e.date, e.label) for e in extraction.events] == [("--02-20", "2月20日"), ("--02-21", "2月21日")]
    assert "特朗普" in extraction.events[0].people and "王毅" in extraction.events[1].people
    notes = {n.text: (n.value, n.yearless, n.label) for n in extraction.dates}
    assert notes["此前一天"] == (None, "--02-20", "2月20日")


def test_a_clause_that_names_no_one_is_of_whom_the_sentence_before_was() -> None:
    text = ("2025年11月28日\n公开资料显示，张建军，男，1963年5月出生。2021年1月任副省长，2024年3月退休。\n"
            "许渊冲1921年出生于南昌。1938年，他考入西南联合大学，师从钱锺书、闻一多等名师。1944年考入清华大学。\n")
    events = {e.date: e for e in extract(parse(text)).events}
    assert events["2021-01"].people == ["张建军"] and events["2024-03"].people == ["张建军"]
    assert events["1944"].people == ["许渊冲"]
    # (and one that goes on with whom it was done with: his, and theirs)
    text = "2025年11月28日\n周立新1971年出生于广东汕头，1998年与吴海、林青共同创办公司。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["1998"] == ["周立新", "吴海", "林青"]
    # (past where, also in a later clause of a sentence whose subject it is: his meeting, and the president's)
    text = "2025年12月5日\n阿根廷总统米莱12月2日抵达华盛顿，次日在白宫与美国总统马丁举行会晤。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["2025-12-03"] == ["米莱", "马丁"]
    # (but a clause of when the next one happened is of whom that names first: his return, not his captain's)
    text = ("2025年12月1日\n他的连长杨根思后来被追授特级英雄称号。1955年回国后，孙景坤转业到地方工作。\n")
    assert {e.date: e.people for e in extract(parse(text)).events}["1955"] == ["孙景坤"]


def test_a_clause_opening_with_a_range_of_years_is_of_whom_the_sentence_before_was() -> None:
    text = ("2025年12月4日\n吴建平1946年出生于成都，1968年毕业于南京大学物理系。"
            "1998年至2008年任南京大学校长，2009年起任东海大学校长。\n")
    events = {e.date: e.people for e in extract(parse(text)).events}
    assert events["1998"] == ["吴建平"] and events["2009"] == ["吴建平"]


def test_one_a_prize_is_named_after_takes_no_part_in_its_happening() -> None:
    text = "数学\n\n2025年12月5日\n2025年邵逸夫奖获奖名单近日揭晓，数学家张益唐获奖。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["2025"] == ["张益唐"]


def test_one_named_only_as_whose_relative_follows_comes_after_the_relative() -> None:
    text = "作家\n\n2025年12月5日\n著名作家林芳12月4日在家中去世。林芳的丈夫张涛已于2019年去世。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["2019"] == ["张涛", "林芳"]
    # (also past a form of address after a surname and the relative's age)
    text = "老人\n\n2025年12月5日\n11月29日，黄女士78岁的父亲黄老伯外出散步后未归。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["2025-11-29"] == ["黄老伯", "黄女士"]


def test_a_name_in_a_book_s_title_takes_no_part_in_a_happening() -> None:
    text = "演员\n\n2025年12月6日\n李宝华1946年出生于江苏徐州，代表作有《宰相刘罗锅》等。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["1946"] == ["李宝华"]


def test_a_clause_that_names_no_one_after_no_one_named_is_no_event() -> None:
    assert extract(parse("2025年11月28日\n2021年1月任副省长。\n")).events == []


def test_a_later_clause_is_of_whom_its_sentence_is_and_of_no_one_when_that_is_no_one() -> None:
    text = ("2025年12月29日\n负责人朱文忠介绍，铁路部门将加开列车。春运将于1月26日开始，2月25日结束。\n"
            "李政道1926年11月出生于上海，1946年赴美留学。\n")
    events = {e.date: e for e in extract(parse(text)).events}
    assert events["1946"].people == ["李政道"]
    assert all(e.people == [] for date, e in events.items() if date.endswith("02-25"))
    # (nor is one named in a clause that tells the source among those whose happening it is)
    text = "2025年12月1日\n据法院法官谢蓉介绍，张某与被告王某经人介绍相识，2020年10月登记结婚。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["2020-10"] == ["张某", "王某"]
    # (whom the sentence is of past a clause that tells the source: the actor, not the studio named for him)
    text = ("据游本昌工作室12月2日发布的讣告，著名表演艺术家游本昌因病医治无效，于2026年12月1日在上海逝世，享年93岁。\n")
    assert {e.date: e.people for e in extract(parse(text)).events}["2026-12-01"] == ["游本昌"]


def test_a_title_only_one_person_holds_names_them_as_the_subject() -> None:
    text = ("2025年11月26日\n日本首相高市早苗26日在国会与在野党党首辩论，美国总统特朗普和法国总统马克龙通了电话。"
            "按照日程，首相将于28日出席峰会，并与巴西总统卢拉会面。总统将于29日出访。\n")
    events = {e.date: e for e in extract(parse(text)).events}
    assert events["2025-11-28"].people[0] == "高市早苗"
    assert all(not e.people for date, e in events.items() if date == "2025-11-29")  # 总统: three hold it


def test_a_clause_with_no_subject_of_its_own_is_of_the_sentences_though_it_names_others() -> None:
    text = "2025年8月3日\n程开甲1918年8月3日出生于江苏，1946年赴英国爱丁堡大学留学，师从物理学家玻恩。\n"
    events = {e.date: e for e in extract(parse(text)).events}
    assert events["1946"].people == ["程开甲", "玻恩"]
    said = ("2025年11月24日\n经济学家杨德龙表示，市场有望上行。中信证券首席策略师秦培景认为，"
            "12月中旬召开的中央经济工作会议值得关注。\n")
    assert [e.people for e in extract(parse(said)).events if e.date == "2025-12"] == [["秦培景"]]


def test_she_after_her_age_and_a_wire_credit_without_a_day() -> None:
    text = ("2025年10月2日\n据新华社电 英国动物学家珍·古道尔10月1日在美国去世。\n"
            "1960年，年仅26岁的她在古生物学家路易斯·利基的支持下前往贡贝。\n")
    events = {e.date: e for e in extract(parse(text)).events}
    assert events["2025-10-01"].summary.startswith("英国动物学家")
    assert events["1960"].people[0] == "珍·古道尔"


def test_the_same_date_again_in_brackets_does_not_open_the_summary() -> None:
    extraction = extract(parse("2025年12月1日\n另据了解，上周五（11月28日），国务院常务会议研究部署了扩大消费的举措。\n"))
    assert [(e.date, e.summary[:4]) for e in extraction.events] == [("2025-11-28", "国务院常")]


def test_a_date_said_to_draw_near_does_not_open_the_summary() -> None:
    extraction = extract(parse("2026年1月3日\n春节临近，多家旅行社表示，春节期间的出境游产品已基本售罄。\n"))
    assert [(e.date, e.summary[:5]) for e in extraction.events] == [("2026-02-17", "多家旅行社")]


def test_no_date_is_read_inside_a_name() -> None:
    text = "控方由副检控专员周天行代表。周天行表示，将研究判词。\n"
    found = extract(parse(text))
    assert "周天行" in {p.name for p in found.people}
    assert not any(d.text == "周天" for d in found.dates)


def test_a_league_s_season_opening_a_clause_is_no_date_of_its_own() -> None:
    text = "北京时间11月2日凌晨，2026-27赛季西甲第11轮一场焦点战在伯纳乌球场进行，皇家马德里2比1战胜巴塞罗那。\n"
    assert [(e.date, e.precision) for e in extract(parse(text)).events] == [("2026-11-02", "day")]


def test_a_match_played_or_drawn_is_an_event() -> None:
    text = ("英超第14轮：阿森纳主场2比0击败布伦特福德\n\n"
            "北京时间12月4日凌晨，2025-26赛季英超第14轮一场焦点战在酋长球场展开争夺。主帅阿尔特塔表示满意。\n")
    events = extract(parse(text)).events
    assert [(e.date, e.summary) for e in events] == [("2025-12-04", "2025-26赛季英超第14轮一场焦点战在酋长球场展开争夺")]


def test_a_date_inside_any_name_is_no_date_however_the_names_nest() -> None:
    from tui.dates import scan
    from tui.extract import _outside

    exprs = scan("甲乙周一丙丁")  # 周一 at 2..4
    assert _outside(exprs, [(0, 5), (1, 2)]) == []  # inside the earlier, longer name, past the later one's end
    assert _outside(exprs, [(0, 2), (4, 6)]) == exprs


def test_a_lead_that_retells_its_headline_on_the_same_day_is_one_event() -> None:
    text = ("碼頭昨午發生工業意外 一名工人重傷\n\n"
            "【本報訊】葵涌碼頭昨午（11月28日）發生工業意外，一名工人被吊臂擊中頭部。\n")
    events = extract(parse(text)).events
    assert [(e.date, len(e.spans)) for e in events] == [("--11-28", 2)]
    # but two happenings of that day told in other words stay two
    text = "【本報訊】葵涌碼頭昨午（11月28日）發生工業意外。同日，勞工處宣布加強巡查各區地盤。\n"
    assert len(extract(parse(text)).events) == 2


def test_a_bureau_commission_or_department_acting_on_a_day_is_an_event() -> None:
    text = ("2025年11月28日 来源：中国新闻网\n\n"
            "国家统计局28日公布的数据显示，1至10月份，全国规模以上工业企业实现利润总额5.95万亿元。\n")
    events = extract(parse(text)).events
    assert ("2025-11-28", "国家统计局28日公布的数据显示，1至10月份，全国规模以上工业企业实现利润总额5.95万亿元") \
        in [(e.date, e.summary) for e in events]


def test_a_year_a_thing_is_compared_with_dates_nothing() -> None:
    text = "2025年12月3日 来源：新京报\n\n市教委有关负责人介绍，与今年相比，明年中考科目设置和分值保持不变。\n"
    assert _event_dates(text) == ["2026"]
    traditional = "2025年12月3日 來源：新京報\n\n市教委有關負責人介紹，與今年相比，明年中考科目設置和分值保持不變。\n"
    assert [e.date for e in extract(parse(traditional)).events] == ["2026"]


def test_a_quotation_alone_dates_no_event() -> None:
    text = ("北京时间12月7日凌晨，西甲联赛第15轮展开争夺，皇家马德里客场3比1击败毕尔巴鄂竞技。\n"
            "赛后，皇马主帅阿隆索表示，球队展现出了很强的韧性。“基利安今天状态非常好，他是最好的前锋之一。”\n")
    assert [e.summary for e in extract(parse(text)).events] == ["西甲联赛第15轮展开争夺"]


def test_an_organisation_in_latin_capitals_right_after_chinese_makes_an_event() -> None:
    text = "2025年12月1日\n北京时间11月30日晚，2025-2026赛季CBA常规赛第12轮继续进行。\n"
    assert _event_dates(text) == ["2025-11-30"]


def test_ones_office_acting_that_day_makes_an_event() -> None:
    text = ("新华社开罗12月4日电 各方代表4日在开罗举行会谈。\n"
            "以色列总理内塔尼亚胡办公室当天发表声明称，以方代表团将于下周再次赴开罗。\n")
    found = extract(parse(text))
    assert "内塔尼亚胡" in {p.name for p in found.people}
    assert ["--12-04", "--12-04"] == [e.date for e in found.events]


def test_a_life_told_clause_by_clause_has_an_event_for_a_degree_won() -> None:
    text = "杨振宁1922年出生于安徽合肥。1945年赴美国芝加哥大学留学，1948年获博士学位。\n"
    events = {e.date: e for e in extract(parse(text)).events}
    assert events["1948"].summary == "获博士学位" and events["1948"].people == ["杨振宁"]


def test_he_is_whom_the_sentence_right_before_was_of_though_it_named_another() -> None:
    text = ("杨振宁1922年出生于安徽合肥。1945年赴美国芝加哥大学留学，师从物理学家费米，1948年获博士学位。"
            "1957年，他与李政道因共同提出宇称不守恒理论，获得诺贝尔物理学奖。\n")
    events = {e.date: e for e in extract(parse(text)).events}
    assert events["1957"].people[0] == "杨振宁"


def test_a_dated_clause_with_no_one_named_before_a_name_it_studied_under_is_of_the_sentences() -> None:
    text = ("2025年7月28日\n少林寺管理处发布公告，由释印乐法师担任住持。释印乐现任河南省佛教协会会长。"
            "他1969年出生于河南省固始县，1988年在少林寺出家，师从释行正。\n")
    events = {e.date: e.people for e in extract(parse(text)).events}
    assert events["1988"] == ["释印乐", "释行正"]  # (not 释行正's, whom he studied under)


def test_the_first_month_of_a_range_in_a_year_is_no_more_precise_date_of_it() -> None:
    text = "2025年12月5日\n据局长赵立新介绍，今年1至11月，全市日均生活垃圾清运量为2.1万吨。\n"
    assert _event_dates(text) == ["2025"]
    # (but a month alone within the year is: 今年的颁奖典礼将于8月举行)
    text = "2025年3月5日\n主席张明宣布，今年的颁奖典礼将于8月举行。\n"
    assert _event_dates(text) == ["2025-08"]
    # and a range from January with no year before it, a year's figures to date, dates nothing that happened
    text = ("2025年12月15日\n国家统计局新闻发言人付凌晖15日表示，11月份国民经济运行总体平稳。"
            "付凌晖说，1至11月份，全国固定资产投资同比下降。\n")
    assert _event_dates(text) == ["2025-12-15"]
    # (but a stretch of months someone spent, each written a month, is a happening: 1月至3月，王明在北京集训)
    assert len(_event_dates("2025年6月15日\n今年1月至3月，王明在北京集训。\n")) == 1


def test_a_life_s_account_goes_on_in_the_next_paragraph_past_a_clause_that_tells_no_event() -> None:
    text = ("人物简介\n\n王建国，男，1968年3月生，山东青岛人，1990年7月参加工作。\n\n"
            "1990年7月至2005年6月，在青岛市建设局工作；2012年3月任青岛市副市长；2023年1月起任山东省副省长。\n")
    events = {e.date: e.people for e in extract(parse(text)).events}
    assert events["2012-03"] == ["王建国"] and events["2023-01"] == ["王建国"]
    # but not past a clause that names someone the reader did not find (于是之1927年生于天津: his, not 濮存昕's)
    text = ("今年11月25日，北京人艺举办纪念活动，濮存昕等演员登台朗诵。\n\n"
            "于是之1927年生于天津，1951年进入北京人艺，在《茶馆》中饰演王利发一角。\n")
    assert "濮存昕" not in {p for e in extract(parse(text)).events if e.date == "1951" for p in e.people}


def test_a_year_right_before_a_name_in_quotes_names_it_and_dates_nothing() -> None:
    text = "村超落幕\n\n12月1日，2025年“村超”总冠军球队在县城举行庆祝活动。\n"
    assert _event_dates(text) == ["--12-01"]


def test_what_two_said_of_one_month_are_two_events() -> None:
    text = ("央行降息\n\n据新华社10月29日电 央行29日宣布降息。\n\n"
            "行长张明在会后的新闻发布会上说，12月再次降息“并非板上钉钉”。\n\n"
            "财政部长李强此前透露，接替张明的行长人选有望在12月20日前公布。\n")
    events = {e.date: e.people for e in extract(parse(text)).events}
    assert events["--12"] == ["张明"] and events["--12-20"] == ["李强", "张明"]


def test_this_year_s_days_are_told_apart_where_the_year_is_unknown() -> None:
    text = "新主席上任\n\n张明今年10月18日在选举中胜出，11月1日正式就任。李强昨（2日）证实此事。\n"
    assert _event_dates(text) == ["--10-18", "--11-01", "--11-02"]
    # (and of one year with the month-days the text tells, however far apart: 今年4月24日 and 11月14日)
    text = "飞船返回\n\n11月14日，飞船返回舱成功着陆，航天员陈明身体良好。他于今年4月24日进入空间站。\n"
    assert _event_dates(text) == ["--04-24", "--11-14"]
    # (and in a text that tells no day at all)
    assert _event_dates("篮球妈妈\n\n2016年，张秀兰第一次摸篮球。今年7月，她带队参加了比赛。\n") == ["2016", "--07"]


def test_an_outbreak_is_a_happening() -> None:
    assert _event_dates("疫情回顾\n\n2020年1月，新冠疫情暴发。\n") == ["2020-01"]


def test_they_are_all_the_sentence_before_named() -> None:
    text = "守岛夫妻\n\n岛上住着一对夫妻——陈海明和林小红。2010年起，他们就在这座岛上看守灯塔。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["2010"] == ["陈海明", "林小红"]
    # and 两人 the two where that sentence names two, not one
    text = "洋媳妇\n\n克莱尔2016年到大理旅游时认识了杨志强。2018年，两人在村里举办了婚礼。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["2018"] == ["克莱尔", "杨志强"]
    text = "事故\n\n2019年，司机张某驾车撞上护栏。2020年，两人在事故中受伤。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}.get("2020", []) == []
    # (nor is 他们 the one person a sentence named: a team, there)
    text = "篮球\n\n2015年，主帅王建军表示球队会更好。2016年，他们夺得了联赛冠军。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}.get("2016", []) == []


def test_a_pronoun_in_a_quotation_the_sentence_does_not_close_stands_for_no_one() -> None:
    text = ("农民工救人\n\n活动由学者王振华在5月18日发起。"
            "7月25日，活动负责人发文表示，“当获救者凑钱感谢时，他们拒收了！他们才是真正的脊梁。”\n")
    assert {e.date: e.people for e in extract(parse(text)).events}["--07-25"] == []


def test_years_counted_from_a_year_not_told_are_no_date() -> None:
    # (a month-day of no year, or this year's month where the text tells no year, then years after it)
    assert _event_dates("回乡\n\n3月5日，张明来到北京。5年后，他回到家乡。\n") == ["--03-05"]
    assert _event_dates("回乡\n\n今年3月，张明来到北京。次年，他回到家乡。\n") == ["--03"]
    assert _event_dates("回乡\n\n今年3月，张明来到北京。同年6月，他回到家乡。\n") == ["--03", "--06"]


def test_one_named_in_the_help_a_deed_had_is_not_its_doer() -> None:
    text = "网红奶奶\n\n王淑兰今年70岁。2022年，在孙女张小欣的帮助下，她开通了短视频账号。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["2022"] == ["王淑兰", "张小欣"]


def test_a_crime_and_a_suspect_caught_are_happenings() -> None:
    text = "博物馆失窃\n\n10月19日上午，四名窃贼进入博物馆，在约7分钟内盗走8件珠宝。11月初，又有两名嫌疑人落网。\n"
    assert _event_dates(text) == ["--10-19", "--11"]


def test_a_fire_or_a_collapse_is_a_happening() -> None:
    text = "小区火灾\n\n11月26日下午，小区多座大厦外墙的棚架起火。12月1日，一座旧桥坍塌。\n"
    assert _event_dates(text) == ["--11-26", "--12-01"]


def test_what_befell_or_was_done_by_someone_unnamed_is_a_happening() -> None:
    text = ("高架桥上\n\n3月2日下午，在城东高架桥上，一名女子翻过护栏，站在桥边。"
            "3月4日，一位老人在公园晨练。3月6日，一名骑手的一天从凌晨开始。\n")
    assert _event_dates(text) == ["--03-02", "--03-04"]


def test_a_place_alone_before_the_happening_is_its_setting_also_without_at() -> None:
    text = "江边救人\n\n5月3日下午，河北省保定市莲池区府河边，一名男孩不慎落水。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["一名男孩不慎落水"]
    text = "方丈\n\n据报道，释明远本名张明，1970年出生于河南省登封市，1990年到寺里出家。\n"
    assert [e.summary for e in extract(parse(text)).events][0] == "张明出生于河南省登封市"


def test_a_park_or_a_museum_opening_is_a_happening() -> None:
    text = "冰雪乐园\n\n第五届冰雪乐园12月17日开园。新建的博物馆于12月28日开馆。\n"
    assert _event_dates(text) == ["--12-17", "--12-28"]


def test_an_age_does_not_part_a_sentence_from_its_subject() -> None:
    text = "返乡\n\n今年32岁的韦晓燕是土生土长的田阳人，2015年从大学毕业后考取了公务员。\n"
    assert {e.date: e.people for e in extract(parse(text)).events} == {"2015": ["韦晓燕"]}


def test_a_summary_goes_on_to_what_was_said_or_made_known() -> None:
    text = ("央行\n\n财务大臣片山明子11月28日表示，政府尊重央行的判断。"
            "发言人何明12月1日介绍，前10个月，全国零售总额增长4%。\n")
    assert [e.summary for e in extract(parse(text)).events] == [
        "财务大臣片山明子11月28日表示，政府尊重央行的判断", "发言人何明12月1日介绍，前10个月，全国零售总额增长4%"]
    # (and what a reporter learned)
    text = "科技日报合肥12月9日电 记者9日从中国科学技术大学获悉，该校研究团队成功构建了量子计算原型机。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["记者9日从中国科学技术大学获悉，该校研究团队成功构建了量子计算原型机"]


def test_what_is_made_public_is_a_happening() -> None:
    text = "名单揭晓\n\n12月5日，市科协公布了年度优秀科技工作者名单。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["市科协公布了年度优秀科技工作者名单"]


def test_joining_the_army_is_a_happening_of_a_life() -> None:
    text = "老兵\n\n周长安1932年出生，1950年参军，1951年赴朝作战。\n"
    assert _event_dates(text) == ["1932", "1950", "1951"]


def test_this_holder_of_a_title_only_one_person_holds_is_that_person() -> None:
    text = ("女足\n\n中国女足主帅米利西奇12月2日表示，目标是进入八强。"
            "这位澳大利亚籍主帅今年2月上任。\n")
    assert {e.date: e.people for e in extract(parse(text)).events}["--02"] == ["米利西奇"]
    text = text.replace("这位澳大利亚籍主帅", "这位51岁的澳大利亚籍主帅")  # (its age too)
    assert {e.date: e.people for e in extract(parse(text)).events}["--02"] == ["米利西奇"]


def test_a_story_that_is_a_timeline_has_an_event_for_each_mark() -> None:
    text = "风波大事记\n\n2023年11月17日\n董事会宣布解除奥特曼的职务。\n\n11月21日\nOpenAI宣布奥特曼重新担任首席执行官。\n"
    assert _event_dates(text) == ["2023-11-17", "2023-11-21"]
    # (and one inside a story's text, after the prose that brings it in: one entry under each date line)
    text = ("探月任务时间线\n\n2025-12-08 来源：科技日报\n\n探测器进入发射准备阶段。以下为任务的主要节点：\n\n2024年4月\n"
            "探测器完成初样研制。\n\n2026年8月\n计划发射，着陆月球南极。\n\n中心主任刘明表示，任务将首次探测永久阴影区。\n")
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [
        ("2024-04", "探测器完成初样研制"), ("2026-08", "计划发射，着陆月球南极")]
    # (but not a page's date above its story, before any prose)
    assert _event_dates("2025-12-08\n\n标题\n\n2024年4月\n探测器完成初样研制。\n") == []


def test_going_on_sale_and_starting_up_are_launches() -> None:
    text = "2025-12-06\n\n春运\n\n春运期间火车票将于1月3日起开售。新系统已于11月20日启动。\n"
    assert _event_dates(text) == ["2025-11-20", "2026-01-03"]


def test_a_date_before_a_verb_alone_that_ends_what_the_clause_before_began_is_of_one_happening() -> None:
    text = "2025-12-06\n\n春运\n\n国铁集团表示，2026年春运将于2月2日开始，3月13日结束，共40天。\n"
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [
        ("2026-02-02", "国铁集团表示，2026年春运将于2月2日开始，3月13日结束")]


def test_a_clause_opening_with_its_date_and_a_call_up_or_transfer_is_of_whom_the_account_was() -> None:
    text = ("2025年12月3日\n\n任正非1944年10月出生于贵州。1963年，他考入重庆建筑工程学院。"
            "1974年应征入伍，成为一名基建工程兵。1983年转业到深圳。\n")
    events = {e.date: e for e in extract(parse(text)).events}
    assert events["1974"].people == ["任正非"] and events["1983"].people == ["任正非"]


def test_being_trapped_is_a_happening() -> None:
    text = "电梯\n\n本报讯 12月1日下午，上海一小区电梯突发故障，一对母子被困。\n"
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [("--12-01", "上海一小区电梯突发故障，一对母子被困")]


def test_a_closing_down_is_a_happening() -> None:
    text = "矿山\n\n“以前村里靠开矿，灰尘大。”老村长回忆说。2005年，全部矿山关停，村里开始发展乡村旅游。\n"
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [("2005", "全部矿山关停，村里开始发展乡村旅游")]


def test_a_title_in_a_chain_of_what_describes_someone_named_is_not_its_only_holder_s() -> None:
    text = ("舒乙\n\n据中国现代文学馆消息，作家、老舍之子舒乙12月3日在北京逝世，享年91岁。"
            "作家冯骥才说，舒乙为保护北京老城付出了大量心血。\n")
    events = extract(parse(text)).events
    assert "冯骥才" not in events[0].people and "舒乙" in events[0].people


def test_taking_up_a_work_after_the_date_is_of_whom_the_account_was() -> None:
    text = "舒乙\n\n舒乙1935年出生于青岛，1978年开始从事老舍研究，曾任中国现代文学馆馆长。\n"
    assert {e.date: e.people for e in extract(parse(text)).events}["1978"][0] == "舒乙"


def test_someone_unnamed_of_a_told_age_is_a_person_whose_lot_is_a_happening() -> None:
    text = ("公交\n\n12月2日早上7点多，在郑州市一辆公交车上，一名60多岁的老人突然晕倒。"
            "司机赵红军立即停车，拨打急救电话。\n")
    assert [(e.date, e.summary) for e in extract(parse(text)).events][:1] == [("--12-02", "一名60多岁的老人突然晕倒")]


def test_a_verb_with_its_at_before_a_school_is_what_happened_not_where() -> None:
    text = "地质学家\n\n刘明1931年出生于天津，1956年毕业于北京地质学院，长期从事沉积学研究。\n"
    assert {e.date: e.summary for e in extract(parse(text)).events}["1956"].startswith("毕业于北京地质学院")


def test_before_a_year_says_more_of_the_date_and_a_semicolon_closes_what_happened() -> None:
    text = "村民\n\n2017年以前，她家还是村里的贫困户；如今，她在民宿当厨师。\n"
    assert [(e.date, e.summary) for e in extract(parse(text)).events] == [("2017", "她家还是村里的贫困户")]


def test_one_a_field_s_prize_is_named_after_has_no_part_in_a_happening() -> None:
    text = "悼念\n\n2025年11月20日\n\n茅盾文学奖得主陈忠实的夫人王翠英于11月18日在西安病逝，享年82岁。\n"
    assert [e.people for e in extract(parse(text)).events] == [["王翠英", "陈忠实"]]


def test_a_summary_begins_with_no_replacement_character_a_page_s_broken_bytes_left() -> None:
    text = "邮轮母港\n\n2019年8月13日\n\n\ufffd\ufffd\ufffd南沙公司11月发布新船。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["南沙公司11月发布新船"]


def test_a_flood_that_washes_away_a_bridge_and_a_listing_are_happenings() -> None:
    text = ("1976年夏天，一场山洪冲垮了下游的石桥，北涧桥却安然无恙。\n"
            "2008年，北涧桥被列入全国重点文物保护单位。\n")
    assert sorted(e.summary for e in extract(parse(text)).events) == ["一场山洪冲垮了下游的石桥", "北涧桥被列入全国重点文物保护单位"]


def test_a_later_clause_with_its_own_subject_before_its_date_is_another_happening() -> None:
    text = ("2018年，李明华回国加入国家天文台，接过了天眼的接力棒——天眼的主要发起者南仁东已于2017年9月因病去世。\n"
            "陈建国12月1日表示，他支持美联储在12月的会议上再次降息。\n")
    events = {e.date: e.summary for e in extract(parse(text)).events}
    assert events["2017-09"] == "天眼的主要发起者南仁东已于2017年9月因病去世"
    assert events["2018"].startswith("李明华回国加入国家天文台") and "南仁东" not in events["2018"]
    assert not any(date.endswith("-12") for date in events)  # (a verb's 在: what he backs, no happening of its own)


def test_a_birth_after_ones_particulars_is_summed_up_from_the_name() -> None:
    text = "市管干部任前公示\n\n张建军，男，汉族，1978年5月生，中共党员，现任市教育局副局长。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["张建军，男，汉族，1978年5月生"]


def test_this_one_by_the_measure_word_for_people_is_the_one_told_of_before() -> None:
    text = ("2025年6月3日\n在广东佛山，提起“剪纸姐姐”，很多人都会想到黄小琪。"
            "这位1995年出生的姑娘，从小跟着外婆梁秀英学剪纸。\n")
    events = {e.date: e for e in extract(parse(text)).events}
    assert events["1995"].people[0] == "黄小琪"


def test_a_place_in_a_place_is_a_setting_the_happening_follows() -> None:
    text = "2025年12月7日\n“妈妈，我回来了！”12月6日，在河南省周口市的一处村庄，47岁的李建民跪在82岁的母亲面前，泣不成声。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["47岁的李建民跪在82岁的母亲面前"]


def test_a_colon_inside_the_title_of_a_work_ends_no_clause_of_the_summary() -> None:
    text = "中新网上海12月11日电（记者 王笈）导演詹姆斯·卡梅隆11日携新片《阿凡达：火与烬》主创团队来到上海，与观众见面。\n"
    assert [e.summary for e in extract(parse(text)).events] == ["导演詹姆斯·卡梅隆11日携新片《阿凡达：火与烬》主创团队来到上海"]


def test_an_article_in_traditional_characters_dates_itself_as_its_simplified_twin() -> None:
    # (the year of a dateline's month-day from the event the sentence names, read in simplified characters: 頒獎典禮)
    traditional = extract(parse("12月6日，2025賽季中超頒獎典禮在上海舉行。武磊榮膺賽季最佳球員。\n"))
    simplified = extract(parse("12月6日，2025赛季中超颁奖典礼在上海举行。武磊荣膺赛季最佳球员。\n"))
    assert traditional.published == simplified.published == "2025-12-06"
    # (also where the event's name holds a term in corner quotes, as in curly ones)
    text = "上觀新聞訊 12月6日晚，2025年度上海市「最美退役軍人」發佈儀式舉行。老兵曹福林獲評。\n"
    assert extract(parse(text)).published == "2025-12-06"


def test_an_article_in_traditional_characters_tells_its_events_as_its_simplified_twin() -> None:
    # (its lead words, verbs of saying and sources read in simplified characters; its summaries shown as written)
    texts = ["2025年12月8日\n北京時間12月8日凌晨，英超第16輪，利物浦主場3比1擊敗熱刺。\n",
             "2025年12月5日\n衛生署發言人林志明12月4日在記者會上說，流感疫苗接種人數已超過300萬。\n",
             "法院查明，2012年至2023年間，趙某某利用擔任某區區長等職務上的便利，收受財物。\n",
             "2025年12月7日\n12月6日上午，在廣州市天河區體育西路上，一名八旬老人突然摔倒在地。\n",
             "陳文博1945年赴美國留學，師從物理學家費米。1957年，他與王振華共同獲得諾貝爾物理學獎。\n"]
    for text in texts:
        traditional = [(e.date, to_simplified(e.summary), [to_simplified(p) for p in e.people])
                       for e in extract(parse(text)).events]
        simplified = [(e.date, e.summary, e.people) for e in extract(parse(to_simplified(text))).events]
        assert traditional == simplified and traditional
    assert [e.summary for e in extract(parse(texts[0])).events] == ["英超第16輪，利物浦主場3比1擊敗熱刺"]
