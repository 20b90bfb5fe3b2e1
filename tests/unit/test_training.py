"""Training the name tagger: a BIO corpus in, the same model out every time."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tui.extract.gazetteer import known_places, learn, places_path
from tui.extract.people import find_people
from tui.extract.tagger import MODEL_PATH, NameTagger, tagger, use_model
from tui.extract.train import BLOCK, load_corpora, main, read_bio, reconcile, spans_of, train

SENTENCES = [
    ("市长李建国昨天表示，新馆将于明年开放。", ["李建国"]),
    ("记者王晓红报道，张志强和陈静出席了会议。", ["王晓红", "张志强", "陈静"]),
    ("老王说，今年的收成不错。", ["王"]),
    ("学习邓小平理论是一项长期任务。", []),
    ("邓小平同志的讲话鼓舞人心。", ["邓小平"]),
    ("总经理刘海涛透露，公司将扩大生产。", ["刘海涛"]),
]


def _write_bio(path: Path, copies: int = 8) -> None:
    lines = []
    for _copy in range(copies):
        for text, names in SENTENCES:
            labels = ["O"] * len(text)
            for name in names:
                start = text.index(name)
                labels[start:start + len(name)] = ["B-PER"] + ["I-PER"] * (len(name) - 1)
            lines += [f"{c}\t{t}" for c, t in zip(text, labels)] + [""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_reading_keeps_people_and_reconciling_brings_one_convention(tmp_path: Path) -> None:
    _write_bio(tmp_path / "a.bio", copies=5)
    sentences = read_bio(tmp_path / "a.bio")
    assert len(sentences) == 5 * len(SENTENCES)
    old_wang = sentences[2]
    old_wang.labels[0:2] = ["B", "I"]  # 老王 tagged whole, as People's Daily does
    changed = reconcile(sentences, Counter({"邓小平": 5}))
    assert spans_of(old_wang.labels) == {(1, 2)}  # 老[王], as MSRA does
    assert spans_of(sentences[3].labels) == {(2, 5)}  # 邓小平 inside 邓小平理论 tagged too
    assert changed >= 6


def test_training_is_deterministic_and_the_model_tags(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.bio"
    _write_bio(corpus)
    train([corpus], tmp_path / "one.crfsuite", iterations=30)
    train([corpus], tmp_path / "two.crfsuite", iterations=30)
    assert (tmp_path / "one.crfsuite").read_bytes() == (tmp_path / "two.crfsuite").read_bytes()
    text = "总经理刘海涛透露，公司将扩大生产。"
    assert [text[s:e] for s, e in NameTagger(tmp_path / "one.crfsuite").names(text)] == ["刘海涛"]


def test_an_eighth_of_the_training_split_is_left_out_to_score_a_model_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.bio"
    _write_bio(corpus, copies=200)  # 60 blocks of 20 sentences: 48 train, 6 in each eighth
    whole = load_corpora([corpus])
    parts = load_corpora([corpus], left_out=3)
    assert len(parts["eighth"]) == 6 * BLOCK and len(parts["train"]) == len(whole["train"]) - 6 * BLOCK
    assert parts["dev"] == whole["dev"] and parts["test"] == whole["test"] and whole["eighth"] == []
    with pytest.raises(SystemExit):  # the shipped model is never trained without a part
        main([str(corpus), "--leave-out-eighth", "3"])


def test_a_model_trained_apart_can_be_used_in_place_of_the_shipped_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.bio"
    _write_bio(corpus)
    train([corpus], tmp_path / "apart.crfsuite", iterations=30)
    try:
        use_model(tmp_path / "apart.crfsuite")
        assert tagger().learned != NameTagger().learned
    finally:
        use_model(MODEL_PATH)
    assert tagger().learned == NameTagger().learned


def test_a_corpus_too_small_to_train_on_is_told_not_crashed_on(tmp_path: Path) -> None:
    _write_bio(tmp_path / "tiny.bio", copies=1)
    with pytest.raises(SystemExit, match="too few sentences"):
        train([tmp_path / "tiny.bio"], tmp_path / "tiny.crfsuite")


PLACES = [
    ("代表团抵达苏黎世。", [("苏黎世", "LOC")]),
    ("会议在洛桑举行。", [("洛桑", "LOC")]),  # (two characters: names as often)
    ("联合国秘书长致辞。", [("联合国", "ORG")]),
    ("华盛顿发表声明。", [("华盛顿", "LOC")]),
    ("总统华盛顿曾说。", [("华盛顿", "PER")]),  # (once a person: never in the list)
    ("他去过一次日内瓦。", [("日内瓦", "LOC")]),
]


def _write_places(path: Path, copies: int) -> None:
    lines = []
    for copy in range(copies):
        for text, entities in PLACES if copy == 0 else PLACES[:5]:  # (日内瓦 only in the first copy: the test split)
            labels = ["O"] * len(text)
            for word, kind in entities:
                start = text.index(word)
                labels[start:start + len(word)] = [f"B-{kind}"] + [f"I-{kind}"] * (len(word) - 1)
            lines += [f"{c}\t{t}" for c, t in zip(text, labels)] + [""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_places_and_bodies_of_the_training_split_are_learned_beside_the_model(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.bio"
    _write_places(corpus, copies=40)
    assert learn([corpus]) == ["联合国", "苏黎世"]  # (sorted, one a line)
    _write_bio(tmp_path / "people.bio")
    train([tmp_path / "people.bio", corpus], tmp_path / "apart.crfsuite", iterations=30)
    assert places_path(tmp_path / "apart.crfsuite").read_text(encoding="utf-8") == "联合国\n苏黎世\n"


def test_the_shipped_places_load_and_name_no_one() -> None:
    assert {"苏黎世", "秦皇岛", "塔利班"} <= known_places() and "华盛顿" in known_places()
    assert "塔利班" not in {p.name for p in find_people("塔利班发表声明称，将与政府举行谈判。\n")}
    # but a person so named after a title is one
    assert "华盛顿" in {p.name for p in find_people("美国第一任总统华盛顿曾说，团结就是力量。\n")}
