"""Places and bodies the annotated corpora name, learned beside the name tagger (``python -m
tui.extract.train`` writes them next to the model; alone: ``python -m tui.extract.gazetteer FILE.bio...
[--leave-out-eighth K] --out FILE``).

A word of three characters or more that the corpora mark a place or an organisation twice or
more and never a person (苏黎世, 克拉斯诺亚尔斯克, 秦皇岛, 塔利班) is no one, whatever the tagger
reads in it: jieba's dictionary tags many such words as names, and a city that "holds a
meeting" acts as a person does. Shorter words are left out (阿里, 洛桑, 福特: names as often).
Only the training split is read, without the eighth left out, as the tagger is trained; the
list is written one word a line, sorted, so the same corpora give the same file byte for byte.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

MIN_LENGTH = 3  # characters: shorter words are people's names about as often
MIN_COUNT = 2  # marked a place or a body at least so often


def places_path(model: Path) -> Path:
    """Where the list learned with the model at ``model`` is written (person.crfsuite: person.places)."""
    return model.with_suffix(".places")


def _entities(path: Path) -> Iterator[list[tuple[str, str]]]:
    """The entities of each sentence of a BIO file, as (type, text)."""
    chars: list[str] = []
    found: list[tuple[str, str]] = []
    kind, start = "", -1
    for line in [*path.read_text(encoding="utf-8").split("\n"), ""]:
        if not line:
            if start >= 0:
                found.append((kind, "".join(chars[start:])))
            if chars:
                yield found
            chars, found, start = [], [], -1
            continue
        char, tag = line.split("\t")
        if start >= 0 and not tag.startswith("I-"):
            found.append((kind, "".join(chars[start:])))
            start = -1
        if tag.startswith("B-"):
            kind, start = tag[2:], len(chars)
        chars.append(char)


def learn(paths: Sequence[Path], left_out: int | None = None) -> list[str]:
    """The words of the training split of ``paths`` (without eighth ``left_out``) marked a place or
    an organisation ``MIN_COUNT`` times or more and never a person, ``MIN_LENGTH`` characters or more."""
    from tui.extract.train import Sentence, eighth, split  # (the corpora cut as the tagger's; not when only reading)

    places: Counter[str] = Counter()
    people: set[str] = set()
    for path in paths:
        entities = list(_entities(path))
        # (the splits are cut by sentence number, as the tagger's are: stand-ins that hold it keep the count)
        numbered = split([Sentence(str(index), []) for index in range(len(entities))])["train"]
        if left_out is not None:
            numbered = eighth(numbered, left_out)[0]
        for sentence in numbered:
            for kind, text in entities[int(sentence.text)]:
                if kind == "PER":
                    people.add(text)
                else:
                    places[text] += 1
    return sorted(word for word, count in places.items()
                  if count >= MIN_COUNT and len(word) >= MIN_LENGTH and word not in people)


_path = places_path(Path(__file__).with_name("person.crfsuite"))


def use_places(path: Path) -> None:
    """Read the list at ``path`` from now on (learned without the eighth a model is scored on)."""
    global _path
    _path = path
    known_places.cache_clear()


@cache
def known_places() -> frozenset[str]:
    """The shipped list (or the one chosen by :func:`use_places`)."""
    return frozenset(_path.read_text(encoding="utf-8").splitlines())


def main(argv: list[str] | None = None) -> None:
    from tui.extract.train import EIGHTHS

    parser = argparse.ArgumentParser(prog="python -m tui.extract.gazetteer", description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="BIO files (character TAB tag)")
    parser.add_argument("--out", type=Path, default=_path, help=f"list to write (default {_path})")
    parser.add_argument("--leave-out-eighth", type=int, choices=range(EIGHTHS), metavar="K",
                        help="learn without the K-th eighth of the training split (0 to 7), to score on it")
    args = parser.parse_args(argv)
    if args.leave_out_eighth is not None and args.out == _path:
        parser.error("--leave-out-eighth needs --out: the shipped list is learned from everything")
    write_places(args.corpora, args.out, args.leave_out_eighth)


def write_places(paths: Sequence[Path], out: Path, left_out: int | None = None) -> None:
    """Learn the list from ``paths`` and write it to ``out``."""
    words = learn(paths, left_out)
    out.write_text("".join(word + "\n" for word in words), encoding="utf-8")
    print(f"{len(words):,} places and bodies written to {out}")


if __name__ == "__main__":
    main()
