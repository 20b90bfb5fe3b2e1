"""Property tests: for any text (control characters and markup-like brackets included) the
parser, the extractor and the search return without raising, and every span they give lies
inside the text and points at what it claims."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tui.article import parse
from tui.extract import extract
from tui.layout import ArticleLayout
from tui.search import SearchIndex
from tui.textio import normalise

# News-like pieces mixed with anything at all.
PIECES = st.sampled_from(
    ["首席执行官", "张伟", "表示", "，", "。", "\n", "山姆·奥特曼", "Greg Brockman", "2024年5月14日",
     "周三", "去年11月", "[bold]", "[/]", "[@click=app.quit]", "\x1b[31m", "\x1b]0;t\x07", "\x00",
     "“", "”", "（WSJ）", "01 标题", "21224起", " ", "\r\n", "·", "•"]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join).map(normalise)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_parser_spans_point_at_their_text(text: str) -> None:
    article = parse(text)
    for section in article.sections:
        assert 0 <= section.start <= section.end <= len(text)
        for paragraph in section.paragraphs:
            assert text[paragraph.start:paragraph.end] == paragraph.text
        for entry in section.entries:
            assert text[entry.date_span.start:entry.date_span.end] == entry.date_text
    layout = ArticleLayout(article, 30)
    for line in layout.all_lines():
        for run in line.runs:
            if run.start >= 0:  # a heading split over two lines is shown on one
                assert text[run.start:run.end].replace("\n", " ") == run.text


@FAST
@given(TEXT)
@example("···")  # a run of dots the tagger marks as a name: nothing left of it once trimmed
@example("张三原名约翰·史密斯，他说。")  # a dotted run cut at the word for a birth name, one side without a dot
@example("王于渐办公室导师、·网志中王于渐学生约翰网志中与运动）任命在史密斯")  # a name found again at the text's end
@example("部长官儿子约翰")  # a word of kinship and a name of two at the text's end
def test_extraction_spans_point_at_their_text(text: str) -> None:
    extraction = extract(parse(text))
    for person in extraction.people:
        for start, end in person.mentions:
            assert 0 <= start < end <= len(text)
            assert text[start:end].replace("•", "·") in [f.replace("•", "·") for f in person.forms]
    for event in extraction.events:
        for start, end in event.spans:
            assert 0 <= start < end <= len(text)
    for note in extraction.dates:
        assert 0 <= note.start < note.end <= len(text)


@FAST
@given(TEXT, st.one_of(PIECES, st.text(max_size=6)))
def test_search_hits_point_at_their_text(text: str, query: str) -> None:
    article = parse(text)
    for hit in SearchIndex(article).search(query):
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start:hit.end] == hit.text
        assert hit.kind in ("exact", "person", "pinyin", "fuzzy")
