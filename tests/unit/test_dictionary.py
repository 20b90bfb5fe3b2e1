"""Reading jieba's dictionary without jieba.posseg gives the tags posseg would."""

from __future__ import annotations

import jieba.posseg as pseg

from tui.extract.dictionary import dictionary, tags_of


def test_tags_match_posseg() -> None:
    table = pseg.dt.word_tag_tab
    sample = ["公司", "安全", "于", "向", "高", "将", "宣布", "周恩来", "毛泽东", "首席", *list(table)[::997]]
    assert dictionary().tags(sample) == {w: table[w] for w in sample}


def test_unknown_words_have_no_tag() -> None:
    assert dictionary().tags(["香蕉共和国", "xyzzy", " "]) == {}


def test_a_surname_begins_most_names_it_is_in_and_a_given_name_few() -> None:
    share = dictionary().begins_names
    assert share("张") > 0.9 and share("王") > 0.7  # surnames
    assert share("平") < 0.45 and share("文") < 0.45  # given names' characters (邓小平, 李文)
    assert share("\u3400") == 0.5  # a character in no name of the dictionary: no evidence either way


def test_a_dictionary_file_is_read_by_position_or_where_a_line_lacks_its_tag_by_pattern() -> None:
    assert tags_of("张三 12 nr\n公司 9 n\n") == {"张三": "nr", "公司": "n"}
    assert tags_of("张三 12 nr\n香蕉 3\n公司 9 n") == {"张三": "nr", "公司": "n"}  # (a line with no tag: none)
