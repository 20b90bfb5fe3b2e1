"""The shipped name tagger: it loads, and it tags sentences written for this test."""

from __future__ import annotations

import pytest

from tui.extract.features import SPARSE_TEMPLATES, TRAINED_LISTS, lists_digest, sentence_features, split_titles
from tui.extract.tagger import MODEL_PATH, NameTagger, tagged_words, tagger

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


def test_names_it_doubted_are_given_apart_from_the_names_it_found() -> None:
    # (柏 is a rare surname: the best labelling reads no name, the marginals a fair chance of one)
    text = "一家茶叶公司的柏强告诉记者，今年订单增加了。"
    doubtful: list[tuple[int, int]] = []
    assert list(tagger().names(text, doubtful=doubtful)) == []
    assert [text[s:e] for s, e in doubtful] == ["柏强"]


def test_a_title_glued_to_a_name_in_jiebas_dictionary_is_cut_off() -> None:
    # 布什总统 and 光绪皇帝 are single words of jieba's dictionary; 副总统 is a title, left whole.
    assert split_titles(["从", "布什总统", "到", "光绪皇帝", "和", "副总统"]) == \
        ["从", "布什", "总统", "到", "光绪", "皇帝", "和", "副总统"]


def test_the_values_read_from_the_model_file_are_those_it_has_weights_for() -> None:
    model = tagger()
    weighted = {attribute for attribute, _label in model._tagger.info().state_features}  # the public API's dump
    read = {f"{template}={value}" for template, values in model.learned.items() for value in values}
    assert read == {a for a in weighted if a.split("=")[0] in SPARSE_TEMPLATES} and len(read) > 1000


def test_leaving_out_what_the_model_never_learned_changes_no_tag() -> None:
    model = tagger()
    texts = [sentence for sentence, _names in SENTENCES] + ["2月3日，司马南与欧阳娜娜、马克·扎克伯格同台。"]
    for text, words in zip(texts, tagged_words(texts)):
        every, learned = sentence_features(text, words), sentence_features(text, words, model.learned)
        assert sum(map(len, learned)) < sum(map(len, every)) * 0.9
        assert model.tag_features(learned) == model.tag_features(every)


def test_the_features_read_the_word_lists_the_shipped_model_was_trained_on() -> None:
    # A word list the features read, changed without training again, gives the model features it
    # never saw (an organisation word after a name where it learned none).
    assert lists_digest() == TRAINED_LISTS, "retrain: python -m tui.extract.train …, then update TRAINED_LISTS"
