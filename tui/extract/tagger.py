"""The trained person-name tagger: a linear-chain CRF over characters (see ``train.py``).

The model ships in the package and is loaded once per process, in the extraction helper,
never on the reader's UI thread. ``NameTagger.names`` finds the name spans of a text a batch
of lines at a time, so memory stays in proportion to a batch, not to the text.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Iterator
from functools import cache
from itertools import accumulate
from pathlib import Path

from tui.extract.dictionary import COMMON_AS_A_WORD, FUNCTION_TAGS, dictionary
from tui.extract.features import SPARSE_TEMPLATES, Learned, Word, sentence_features, split_titles, words_of
from tui.extract.lexicon import COUNTRIES, COUNTRY_SHORT, ROYAL_TITLES, SENDING, SURNAMES, TRANSLIT

MODEL_PATH = Path(__file__).with_name("person.crfsuite")
_LINE = re.compile(r"[^\n]+")
BATCH = 200_000  # characters cut by jieba and tagged in one go
MAX_SEQUENCE = 2000  # characters tagged at once: a longer line is tagged in pieces at punctuation
_BREAK = re.compile(r"[。！？；!?;]")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』\"]?")
_NAME_LABELS = re.compile("[BI]I*")
# The chance of a character being in a name, by the model's marginals, above which a run it labelled O is still
# weighed as a name: from a quarter, where a title, a verb of speaking or a name it is paired with says so, the
# eighth of the training split held out from a model trained without it gained three names and no false one (the
# same from 0.15 to 0.25, one name fewer at 0.3).
DOUBTFUL = 0.25
_BEGINNERS = frozenset(s[0] for s in SURNAMES) | TRANSLIT  # what a doubtful name may begin with


def tagged_words(texts: list[str]) -> list[list[Word]]:
    """jieba's words of each text (with its HMM for unknown words) and their dictionary tags."""
    import jieba

    jieba.setLogLevel(60)  # its start-up chatter is no news for the user
    table = dictionary().table
    return [words_of(split_titles(list(jieba.cut(text))), table) for text in texts]


class NameTagger:
    """A loaded model; ``tag`` labels characters B (a name begins), I (it goes on) or O."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self.learned = learned_values(path.read_bytes())

    def tag_features(self, features: list[list[str]]) -> list[str]:
        return self._tagger.tag(features) if features else []

    def names(self, text: str, progress: Callable[[float], None] | None = None,
              unknown: list[tuple[int, int]] | None = None,
              foreign: list[tuple[int, int]] | None = None,
              bounds: set[int] | None = None,
              doubtful: list[tuple[int, int]] | None = None) -> Iterator[tuple[int, int]]:
        """The (start, end) of every name the model finds in ``text``, tagged sentence by sentence in
        batches of about ``BATCH`` characters (memory stays in proportion to a batch);
        ``progress`` is told the share of the text done. ``unknown``, when given, receives the
        words of three characters that begin with a surname and that jieba's dictionary lacks
        (全红婵): names by their shape, for the article to weigh where the model found none;
        ``bounds`` the offsets where jieba's words begin and end; ``doubtful`` the names the model
        passed over though it gave them a fair chance (:meth:`_doubtful`), for the article to weigh too."""
        for batch in _batches(text):
            if progress is not None:
                progress(batch[0][0] / len(text))
            for (start, piece), words in zip(batch, tagged_words([piece for _start, piece in batch])):
                if unknown is not None:
                    unknown.extend(_unknown_names(start, words))
                if foreign is not None:
                    foreign.extend(_foreign_names(start, words))
                if bounds is not None:
                    bounds.update(accumulate((len(word) for word, _tag in words), initial=start))
                labels = "".join(self.tag_features(sentence_features(piece, words, self.learned)))
                for name in _NAME_LABELS.finditer(labels):  # (a name begins at B, or at an I after O)
                    yield start + name.start(), start + name.end()
                if doubtful is not None:
                    doubtful.extend((start + first, start + last) for first, last in self._doubtful(piece, labels))

    def _doubtful(self, piece: str, labels: str) -> Iterator[tuple[int, int]]:
        """Runs of two to four Chinese characters of the sentence just tagged that the model labelled O, each of which
        it gives a chance of ``DOUBTFUL`` or more of being in a name, the first of beginning one (一家茶叶公司的[柏强]告诉
        记者: a quarter to a half, where the best labelling reads none)."""
        marginal = self._tagger.marginal

        def inside(at: int) -> bool:  # (a name's character, of some chance, that begins none)
            return labels[at] == "O" and "\u4e00" <= piece[at] <= "\u9fff" and marginal("B", at) < DOUBTFUL / 2 \
                and marginal("B", at) + marginal("I", at) >= DOUBTFUL

        at = 0
        while at < len(piece) - 1:
            # (only where a surname or a character of the table may begin one: the article weighs no other)
            if labels[at] != "O" or piece[at] not in _BEGINNERS or marginal("B", at) < DOUBTFUL / 2 \
                    or marginal("B", at) + marginal("I", at) < DOUBTFUL:
                at += 1
                continue
            end = at + 1
            while end < len(piece) and end - at <= 4 and inside(end):
                end += 1
            if 2 <= end - at <= 4:
                yield at, end
            at = end


_ATTRIBUTE = re.compile(("(" + "|".join(map(re.escape, SPARSE_TEMPLATES)) + ")=([^\0]*)\0").encode())


def learned_values(model: bytes) -> Learned:
    """The values of the sparse templates that a CRFsuite model file has weights for.

    The file keeps its attributes in a CQDB string table, each key after its length (a 32-bit
    little-endian count, the closing NUL included) and NUL-terminated; a key of a sparse
    template is read where that length stands right before it. (``Tagger.info`` gives the same
    from the public API, a hundred times slower: it parses the whole model's text dump.)"""
    learned: dict[str, set[str]] = {template: set() for template in SPARSE_TEMPLATES}
    for match in _ATTRIBUTE.finditer(model):
        start = match.start()
        if start >= 4 and struct.unpack_from("<I", model, start - 4)[0] == match.end() - start:
            learned[match.group(1).decode()].add(match.group(2).decode("utf-8"))
    return {template: frozenset(values) for template, values in learned.items()}


def _unknown_names(start: int, words: list[Word]) -> Iterator[tuple[int, int]]:
    """Words of three characters jieba made up that begin with a surname (全红婵), or of two and a character that is
    only ever part of a word (韦东|奕); a surname and a doubled character jieba cut apart, which its dictionary has as
    no word (屠|呦|呦): a given name of a doubled character is common, a word so rare (not before 的 or 地, where a
    colour's doubled ending is: 黄澄澄的); a word it made up of transliteration characters but one inside (东契奇; not
    多西[发], [当]多西), or of two alone between other words (多库贡献); and a foreign name jieba cut into words of
    transliteration characters, one a name of its dictionary (姆巴|佩; also its last character glued to a verb,
    姆巴|佩罚, or a first one the table lacks alone before it, 朔|尔茨), not beginning with a function word of one
    (因|米莱, 'because of') nor with a verb of sending or asking (派|阿隆索)."""
    position = start
    run: list[Word] = []  # the words of transliteration characters just passed
    for index, (word, tag) in enumerate(words):
        if TRANSLIT.issuperset(word) and (run or len(word) > 1 or tag[:1] not in FUNCTION_TAGS and word not in SENDING):
            if not run and index and len(lead := words[index - 1][0]) == 1 and words[index - 1][1] in _LEADING_TAGS \
                    and len(word) >= 2 and tag.startswith("nr") and "\u4e00" <= lead <= "\u9fff":
                run.append(words[index - 1])  # 朔|尔茨: a first character the table lacks, a name of jieba's after it
            run.append((word, tag))
        elif run:
            if len(run) >= 2:
                yield from _transliterated(position, run)
            elif tag == "new" and len(word) == 2 and word[0] in TRANSLIT and run[0][1].startswith("nr"):
                yield from _transliterated(position + 1, [*run, (word[0], tag)])  # 姆巴|佩罚: its last glued to a verb
            elif run[0][1] == "new" and len(run[0][0]) == 2 and not COUNTRY_SHORT.issuperset(run[0][0]):
                yield position - 2, position  # (多库 alone: of the corpora's such words, a third are names, 布赫, 恩佐;
                # not two countries by their short names, 俄法两国)
            run = []
        if tag == "new" and len(word) == 3 and word[0] in SURNAMES:
            yield position, position + 3
        elif tag == "new" and len(word) == 2 and word[0] in SURNAMES and index + 1 < len(words) \
                and len(words[index + 1][0]) == 1 and words[index + 1][1] in _PARTS_ONLY:
            yield position, position + 3  # (韦东|奕: a character only ever part of a word after it)
        elif tag == "new" and but_one_transliterated(word):
            yield position, position + len(word)  # (东契奇: a foreign name with a character the table lacks inside)
        elif len(word) == 1 and word in SURNAMES and index + 2 < len(words) \
                and words[index + 1][0] == words[index + 2][0]:
            first = words[index + 1][0]
            after = words[index + 3][0] if index + 3 < len(words) else ""
            if len(first) == 1 and first != word and "\u4e00" <= first <= "\u9fff" \
                    and after not in ("的", "地") and not dictionary().tags([first * 2]):
                yield position, position + 3
        position += len(word)
    yield from _transliterated(position, run)


# jieba's tags of a character that is only ever part of a word (奕 zg, 妫 g): after a surname and one more it made
# up a word of (韦东|奕), of the corpora's 70 such, 38 end names of three, 5 of two, 27 are no names.
_PARTS_ONLY = frozenset(("zg", "g"))
_LEADING_TAGS = frozenset(("j", "ng", "nr"))  # jieba's tags of a character alone that may begin a transliteration
# jieba's tags of a function word, which begins no transliteration alone (曾|因|米莱, 'because of': a preposition)


def _foreign_names(start: int, words: list[Word]) -> Iterator[tuple[int, int]]:
    """Words of two or more transliteration characters that jieba's dictionary has as a
    person's name (伦纳德 nr, 格林 nr), or of three or more as a place's (萨博尼斯 ns), or as another proper
    noun (欧文 nz), and its
    names of two or more before a royal title, whatever their characters (威廉|王子: the table
    lacks 廉; but no common word with none of them, jieba's 体操 of 体操王子, 'the prince of gymnastics'), and its rarer
    places of two that a transliteration character begins, no country (普京): foreign names, for the article to weigh
    where the model found none."""
    position = start
    for index, (word, tag) in enumerate(words):
        named = tag in ("nr", "nrt") and len(word) >= 2
        if (named or tag == "ns" and len(word) >= 3 or tag == "nz" and len(word) >= 2) and TRANSLIT.issuperset(word) \
                or named and index + 1 < len(words) and words[index + 1][0] in ROYAL_TITLES \
                and not dictionary().tags([word + words[index + 1][0]]) \
                and not (TRANSLIT.isdisjoint(word) and dictionary().frequency(word) >= COMMON_AS_A_WORD) \
                or tag == "ns" and len(word) == 2 \
                and word[0] in TRANSLIT and word not in COUNTRIES and dictionary().frequency(word) < COMMON_AS_A_WORD:
            # (not a tale's: 白雪公主; 普京, jieba's place, counted 171 times; not 台湾, counted 8,683, nor 两国)
            yield position, position + len(word)
        position += len(word)


def but_one_transliterated(word: str) -> bool:
    """Is ``word``, of three Chinese characters or more, of transliteration characters but one
    inside (东契奇: the table lacks 契)?"""
    return len(word) >= 3 and TRANSLIT.issuperset(word[0] + word[-1]) and sum(c not in TRANSLIT for c in word) == 1 \
        and all("\u4e00" <= c <= "\u9fff" for c in word)


def _transliterated(end: int, run: list[Word]) -> Iterator[tuple[int, int]]:
    """The words of ``run``, ending at ``end``, as one name: two or more, of three to six
    characters in all, one of them a name of jieba's dictionary (姆巴 ``nrt`` of 姆巴|佩)."""
    size = sum(len(word) for word, _tag in run)
    if len(run) >= 2 and 3 <= size <= 6 and any(tag.startswith("nr") for _word, tag in run) and not _two_words(run):
        yield end - size, end


def _two_words(run: list[Word]) -> bool:
    """Are the words of ``run`` each a name of two characters or more to jieba's tags, and one of them
    a common word (查明|梅丽莎, 克隆|多利, 伊拉克|萨达姆)? Two words, then: of the corpora's 151 such runs of
    transliteration characters, 18 hold a common word, and of those 13 are no name nor part of one,
    four part of one (卢布|里克) and one a name (多恩|布什)."""
    return all(len(word) >= 2 and tag.startswith("nr") for word, tag in run) \
        and any(dictionary().frequency(word) >= COMMON_AS_A_WORD for word, _tag in run)


def _batches(text: str) -> Iterator[list[tuple[int, str]]]:
    """The text's lines (long ones in pieces), grouped into batches of about ``BATCH`` characters."""
    batch: list[tuple[int, str]] = []
    size = 0
    for line in _LINE.finditer(text):
        for start, piece in _pieces(line.group(), line.start()):
            batch.append((start, piece))
            size += len(piece)
            if size >= BATCH:
                yield batch
                batch, size = [], 0
    if batch:
        yield batch


def _pieces(line: str, offset: int) -> Iterator[tuple[int, str]]:
    """``line`` cut into its sentences, as the model was trained on sentences (the characters after
    a full stop are the next sentence's, where in training there were none), each of them whole or cut
    after other punctuation into pieces of at most about ``MAX_SEQUENCE`` characters (a hard cut only
    where a piece has no punctuation)."""
    start = 0
    for end in (match.end() for match in _SENTENCE_END.finditer(line)):
        if end < len(line):
            yield from _short_pieces(line[start:end], offset + start)
            start = end
    yield from _short_pieces(line[start:], offset + start)


def _short_pieces(line: str, offset: int) -> Iterator[tuple[int, str]]:
    """``line`` whole, or in pieces of at most about ``MAX_SEQUENCE`` characters."""
    start = 0
    while len(line) - start > MAX_SEQUENCE:
        window = line[start:start + MAX_SEQUENCE]
        ends = [m.end() for m in _BREAK.finditer(window)]
        cut = start + (ends[-1] if ends else MAX_SEQUENCE)
        yield offset + start, line[start:cut]
        start = cut
    if start < len(line):
        yield offset + start, line[start:]


_model_path = MODEL_PATH


def use_model(path: Path) -> None:
    """Tag with the model at ``path`` from now on instead of the shipped one (to score a model
    trained without part of the corpora on that part)."""
    global _model_path
    _model_path = path
    tagger.cache_clear()


@cache
def tagger() -> NameTagger:
    return NameTagger(_model_path)
