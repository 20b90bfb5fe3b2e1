"""The shipped name tagger: it loads, and it tags sentences written for this test."""

from __future__ import annotations

import pytest

from tui.extract.features import split_titles
from tui.extract.tagger import MODEL_PATH, NameTagger, tagger

SENTENCES = [
    ("记者张晓燕报道，市长李建国昨天考察了新建的图书馆。", {"张晓燕", "李建国"}),
    ("国务委员兼外长王建平会见了来访的巴基斯坦总理谢里夫。", {"王建平", "谢里夫"}),
    ("据悉，欧阳明远与妻子陈静在杭州经营一家茶馆。", {"欧阳明远", "陈静"}),
    ("阿根廷球星梅西在比赛结束后接受了采访。", {"梅西"}),
    ("这家公司今年的营业收入增长了百分之二十。", set()),
]


def test_the_shipped_model_is_small_and_loads_once() -> None:
    assert MODEL_PATH.is_file() and MODEL_PATH.stat().st_size < 20_000_000
    assert tagger() is tagger()


@pytest.mark.parametrize(("sentence", "names"), SENTENCES)
def test_it_tags_sentences_it_never_saw(sentence: str, names: set[str]) -> None:
    found = {sentence[s:e] for s, e in NameTagger().names(sentence)}
    assert found == names


def test_offsets_hold_across_lines_and_long_lines() -> None:
    text = "第一行没有人名。\n" + "一" * 3000 + "。市长李建国说。\n最后，王建平表示同意。"
    found = [text[s:e] for s, e in tagger().names(text)]
    assert found == ["李建国", "王建平"]


def test_a_title_glued_to_a_name_in_jiebas_dictionary_is_cut_off() -> None:
    # 布什总统 and 光绪皇帝 are single words of jieba's dictionary; 副总统 is a title, left whole.
    assert split_titles(["从", "布什总统", "到", "光绪皇帝", "和", "副总统"]) == \
        ["从", "布什", "总统", "到", "光绪", "皇帝", "和", "副总统"]
