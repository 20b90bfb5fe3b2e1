"""Training the name tagger: a BIO corpus in, the same model out every time."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tui.extract.tagger import NameTagger
from tui.extract.train import read_bio, reconcile, spans_of, train

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
