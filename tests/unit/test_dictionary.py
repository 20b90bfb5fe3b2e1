"""Reading jieba's dictionary without jieba.posseg gives the tags posseg would."""

from __future__ import annotations

import jieba.posseg as pseg

from tui.extract.dictionary import dictionary


def test_tags_match_posseg() -> None:
    known = dictionary()
    table = pseg.dt.word_tag_tab
    for word in ["公司", "安全", "于", "向", "高", "将", "宣布", "周恩来", "毛泽东", "首席"]:
        assert known.tag(word) == table[word], word
    assert all(known.tag(w) == t for w, t in list(table.items())[::997])


def test_unknown_words_have_no_tag() -> None:
    assert dictionary().tag("香蕉共和国") == "" and dictionary().tag("xyzzy") == ""
