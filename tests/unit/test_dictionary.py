"""Reading jieba's dictionary without jieba.posseg gives the tags posseg would."""

from __future__ import annotations

import jieba.posseg as pseg

from tui.extract.dictionary import dictionary


def test_names_words_and_exact_tags_match_posseg() -> None:
    known = dictionary()
    table = pseg.dt.word_tag_tab
    sample = ["公司", "安全", "于", "向", "高", "将", "宣布", "周恩来", "毛泽东", "首席", "香蕉共和国"]
    for word in sample:
        tag = table.get(word)
        assert known.is_word(word) == (tag is not None), word
        assert known.is_name(word) == (tag is not None and tag.startswith("nr")), word
    assert known.tags(set(sample)) == {w: table[w] for w in sample if w in table}
    names = [w for w, t in table.items() if t.startswith("nr")]
    assert all(known.is_name(w) for w in names[::97])


def test_no_known_words_means_no_lookup() -> None:
    assert dictionary().tags({"香蕉共和国", "xyzzy"}) == {}
