"""The trained person-name tagger: a linear-chain CRF over characters (see ``train.py``).

The model ships in the package and is loaded once per process, in the extraction helper,
never on the reader's UI thread. ``NameTagger.names`` finds the name spans of a text line by
line, so memory stays in proportion to the longest line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

from tui.extract.dictionary import dictionary
from tui.extract.features import Word, sentence_features, words_of

MODEL_PATH = Path(__file__).with_name("person.crfsuite")
_LINE = re.compile(r"[^\n]+")
MAX_SEQUENCE = 2000  # characters tagged at once: a longer line is tagged in pieces at punctuation
_BREAK = re.compile(r"[。！？；!?;]")


def words(text: str) -> list[Word]:
    """jieba's words of ``text`` (with its HMM for unknown words) and their dictionary tags."""
    import jieba

    known = dictionary()
    return words_of(text, jieba.cut, known.tag)


class NameTagger:
    """A loaded model; ``tag`` labels characters B (a name begins), I (it goes on) or O."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tag_features(self, features: list[list[str]]) -> list[str]:
        return self._tagger.tag(features) if features else []

    def names(self, text: str, progress: Callable[[float], None] | None = None) -> Iterator[tuple[int, int]]:
        """The (start, end) of every name the model finds in ``text``; ``progress`` is told
        the share of the text done, line by line."""
        for line in _LINE.finditer(text):
            if progress is not None:
                progress(line.start() / len(text))
            for start, piece in _pieces(line.group(), line.start()):
                labels = self.tag_features(sentence_features(piece, words(piece)))
                begin = None
                for index, label in enumerate([*labels, "O"]):
                    if label != "I" and begin is not None:
                        yield start + begin, start + index
                        begin = None
                    if label == "B" or (label == "I" and begin is None):
                        begin = index


def _pieces(line: str, offset: int) -> Iterator[tuple[int, str]]:
    """``line`` whole, or cut after sentence punctuation into pieces of at most about
    ``MAX_SEQUENCE`` characters (a hard cut only where a piece has no punctuation)."""
    start = 0
    while len(line) - start > MAX_SEQUENCE:
        window = line[start:start + MAX_SEQUENCE]
        ends = [m.end() for m in _BREAK.finditer(window)]
        cut = start + (ends[-1] if ends else MAX_SEQUENCE)
        yield offset + start, line[start:cut]
        start = cut
    if start < len(line):
        yield offset + start, line[start:]


@cache
def tagger() -> NameTagger:
    return NameTagger()
