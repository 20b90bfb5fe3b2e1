"""Search: exact, pinyin, person and fuzzy matches, ranked; nothing for unrelated queries."""

from __future__ import annotations

import json

import pytest

from tests.conftest import BUNDLED
from tui.article import Article, load, parse
from tui.extract import extract
from tui.search import SearchIndex, fold


@pytest.fixture(scope="module")
def bundled() -> tuple[Article, SearchIndex]:
    article = load(BUNDLED)
    return article, SearchIndex(article, extract(article).people)


def test_chinese_name_finds_every_occurrence(bundled: tuple[Article, SearchIndex]) -> None:
    article, index = bundled
    hits = index.search("奥特曼")
    assert [(h.start, h.end) for h in hits] == [
        (i, i + 3) for i in range(len(article.text)) if article.text.startswith("奥特曼", i)
    ]
    assert {h.kind for h in hits} == {"exact"}
    assert all(h.score == 100 for h in hits)


def test_case_and_full_width_do_not_matter(bundled: tuple[Article, SearchIndex]) -> None:
    _article, index = bundled
    assert len(index.search("OPENAI")) == len(index.search("openai")) == len(index.search("ｏｐｅｎａｉ")) > 40


def test_latin_name_with_a_typo_finds_the_name(bundled: tuple[Article, SearchIndex]) -> None:
    _article, index = bundled
    hits = index.search("Brockmen")
    assert hits and all(h.text.endswith("Brockman") for h in hits)
    assert hits[0].kind == "fuzzy" and 80 <= hits[0].score < 100


def test_chinese_name_with_one_character_wrong_or_missing(bundled: tuple[Article, SearchIndex]) -> None:
    _article, index = bundled
    for typo in ("奥持曼", "苏茨克佛", "苏茨弗"):
        texts = {h.text for h in index.search(typo)}
        assert texts & {"奥特曼", "苏茨克弗", "伊利亚·苏茨克弗"}, typo


def test_pinyin_finds_the_characters() -> None:
    article = parse("导语：北京市政府今天宣布，北京将举办活动。长沙也有活动。\n")
    index = SearchIndex(article)
    for query in ("beijing", "bei jing", "Běijīng", "bei3 jing1"):
        hits = index.search(query)
        assert [h.text for h in hits] == ["北京", "北京"], query
        assert {h.kind for h in hits} == {"pinyin"}
    assert [h.text for h in index.search("bjs")] == ["北京市"]
    assert [h.text for h in index.search("changsha")] == ["长沙"]  # any reading of 长 counts
    assert index.search("bj") == []  # two initials are too few to mean anything


def test_pinyin_of_a_name_finds_the_person(bundled: tuple[Article, SearchIndex]) -> None:
    _article, index = bundled
    hits = index.search("mulati")
    assert {h.text for h in hits} == {"米拉·穆拉提", "Mira Murati", "Murati"}


def test_latin_name_finds_the_chinese_form_of_the_same_person(bundled: tuple[Article, SearchIndex]) -> None:
    _article, index = bundled
    hits = index.search("Sutskever")
    kinds = {h.text: h.kind for h in hits}
    assert kinds["伊利亚·苏茨克弗"] == "person"
    assert kinds["Sutskever"] == "exact"
    ranks = [h.kind for h in hits]
    assert ranks == sorted(ranks, key=["exact", "person", "pinyin", "fuzzy"].index)
    # A Latin name the article never writes still finds the transliteration by its sound.
    assert {h.text for h in index.search("Altman")} == {"山姆·奥特曼", "奥特曼"}

def test_another_transliteration_of_a_name_finds_the_person() -> None:
    text = "美国总统马克龙说，会议很成功。\n\n首席执行官山姆·奥特曼（Sam Altman）称，公司将继续扩张。奥特曼说，很期待。\n"
    article = parse(text)
    index = SearchIndex(article, extract(article).people)
    # (as the mainland's press writes Altman: the sound of his Latin name and of the text's rendering of it)
    assert {h.text for h in index.search("阿尔特曼")} == {"山姆·奥特曼", "Sam Altman", "奥特曼"}
    # (but not another name of the table's characters that sounds only a little alike)
    assert index.search("麦克斯") == []


@pytest.mark.parametrize("query", ["香蕉共和国", "zebra", "quantum chromodynamics", "的的的的", "xyzzy", "  "])
def test_unrelated_query_finds_nothing(bundled: tuple[Article, SearchIndex], query: str) -> None:
    assert bundled[1].search(query) == []


def test_hits_carry_section_and_marked_snippet(bundled: tuple[Article, SearchIndex]) -> None:
    article, index = bundled
    hit = index.search("穆拉提")[0]
    assert hit.section == "导语"
    assert "【穆拉提】" in hit.snippet and "\n" not in hit.snippet
    assert article.text[hit.snippet_start:hit.snippet_end].replace("穆拉提", "【穆拉提】") in hit.snippet
    part3 = index.search("高层戏剧")[0]
    assert part3.section == "03 高层戏剧"


def test_fold_keeps_offsets() -> None:
    text = "ＡＢＣ·İstanbul•Ⅻ"
    assert len(fold(text)) == len(text)


def test_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["--search", "Murati"]) == 0
    results = json.loads(capsys.readouterr().out)
    text = BUNDLED.read_text(encoding="utf-8")
    assert results[0]["kind"] == "exact"
    assert set(results[0]) == {"start", "end", "text", "kind", "score", "section", "snippet"}
    for result in results:
        assert text[result["start"]:result["end"]] == result["text"]
    assert "米拉·穆拉提" in {r["text"] for r in results}
    assert main(["--search", "香蕉共和国"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_traditional_and_simplified_match_each_other() -> None:
    article = parse("导语：台湾时间周三，执行长张伟表示，後来的发展很好。\n")
    index = SearchIndex(article)
    assert [h.text for h in index.search("臺灣")] == ["台湾"]
    assert [h.text for h in index.search("張偉")] == ["张伟"]
    assert [h.text for h in index.search("后来")] == ["後来"]


def test_shipped_traditional_table_is_opencc_s(tmp_path, monkeypatch) -> None:
    import tui.traditional as traditional

    shipped = traditional.TABLE.read_text(encoding="utf-8")
    monkeypatch.setattr(traditional, "TABLE", tmp_path / "t2s.txt")
    traditional.write_table()
    assert (tmp_path / "t2s.txt").read_text(encoding="utf-8") == shipped
    assert traditional.to_simplified("蔡英文總統說，劉曉波在臺灣") == "蔡英文总统说，刘晓波在台湾"


def test_the_start_of_a_name_finds_the_person_like_the_whole_name(bundled: tuple[Article, SearchIndex]) -> None:
    article, index = bundled
    whole = {(h.start, h.end) for h in index.search("苏茨克弗")}
    start = index.search("苏茨克")
    assert any(article.text[h.start:h.end] == "Ilya Sutskever" for h in start)  # the person, in Latin too
    assert len(start) == len(whole)


def test_exact_matches_come_before_the_rest(bundled: tuple[Article, SearchIndex]) -> None:
    _article, index = bundled
    kinds = [h.kind for h in index.search("Murati")]
    assert "exact" in kinds and "person" in kinds
    assert kinds == sorted(kinds, key=lambda k: k != "exact")


def test_snippets_never_cut_a_latin_word() -> None:
    text = "导语\n" + "Representatives of the company said that 奥特曼 would stay on as chief executive officer.\n"
    for hit in SearchIndex(parse(text)).search("奥特曼"):
        before = text[hit.snippet_start - 1:hit.snippet_start + 1]
        after = text[hit.snippet_end - 1:hit.snippet_end + 1]
        assert not (before.isascii() and before.isalpha() and len(before) == 2)
        assert not (after.isascii() and after.isalpha() and len(after) == 2)


def test_snippets_never_cut_an_accented_latin_word() -> None:
    for word in ("Guterres", "António", "Erdoğan", "Müller", "Piñera"):
        text = "导语\n" + " ".join([word] * 20) + " 奥特曼 " + " ".join([word] * 20) + "\n"
        for hit in SearchIndex(parse(text)).search("奥特曼"):
            for cut in (hit.snippet_start, hit.snippet_end):
                assert not (text[cut - 1].isalpha() and text[cut].isalpha()), (word, hit.snippet)


def test_a_hit_across_a_line_break_holds_the_text_as_written() -> None:
    text = "第一段最后一句。\n第二段第一句。\n"
    hits = SearchIndex(parse(text)).search("一句。\n第二")
    assert hits and all(text[h.start:h.end] == h.text for h in hits)
    assert all("\n" not in h.snippet for h in hits)  # (the snippet stays one line)


def test_a_long_run_of_letters_is_no_query_of_initials() -> None:
    # one letter a character up to a dozen (zgrmyh: 中国人民银行); no one types the initials of thirteen
    article = parse("导语：中国人民银行今天宣布降准。中国人民银行副行长出席发布会并回答记者提问。\n")
    index = SearchIndex(article)
    assert [h.text for h in index.search("zgrmyh")] == ["中国人民银行", "中国人民银行"]
    assert index.search("zgrmyhfhzcxfb") == []  # 中国人民银行副行长出席发布: thirteen
