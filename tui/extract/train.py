"""Train the person-name tagger from annotated news: ``python -m tui.extract.train FILE.bio...``

The corpora are character-per-line BIO files (``江<TAB>B-PER``, a blank line after each
sentence), such as the MSRA NER training set and People's Daily of January 1998. Only person
names are learned; places and organisations count as outside. The sentences are cut into
blocks of 20 (a stand-in for a short article): one block in ten is kept out as the
development split, one in ten as the test split, and the rest trains a linear-chain CRF
(CRFsuite, L-BFGS with L1 and L2 penalties). Everything is deterministic: the same files
give the same model, byte for byte. Precision, recall and F1 of exact name spans on both
held-out splits are printed at the end.

``--leave-out-eighth K`` (0 to 7) trains without every eighth block of the training split from
the K-th on, so that the rules can be scored on text neither the model nor anyone tuning them
has seen (``benchmarks/people.py --split eighth --eighth K --model FILE``). The places and bodies
the corpora name (:mod:`tui.extract.gazetteer`) are learned from the same sentences and written
beside the model (``person.places``).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

from tui.extract.features import sentence_features
from tui.extract.gazetteer import places_path, write_places
from tui.extract.lexicon import SURNAMES
from tui.extract.tagger import MODEL_PATH, NameTagger, tagged_words

BLOCK = 20  # sentences in one stand-in article
HELD_OUT = {0: "test", 5: "dev"}  # block number modulo 10 -> split
EIGHTHS = 8  # a training split's blocks in turn: one of them may be left out to score a model on
C1, C2 = 0.1, 0.01  # L1 keeps the model small; L2 keeps it smooth
ITERATIONS = 150
MIN_FEATURE_COUNT = 2  # features seen once are noise and bulk


@dataclass
class Sentence:
    text: str
    labels: list[str]  # B, I or O for each character

    def names(self) -> set[tuple[int, int]]:
        return spans_of(self.labels)


def spans_of(labels: Sequence[str]) -> set[tuple[int, int]]:
    """The (start, end) of every name in a B/I/O sequence."""
    spans, start = set(), None
    for index, label in enumerate([*labels, "O"]):
        if label != "I" and start is not None:
            spans.add((start, index))
            start = None
        if label == "B":
            start = index
    return spans


def read_bio(path: Path) -> list[Sentence]:
    """Sentences of a BIO file, with PER kept and every other type made O."""
    sentences, chars, labels = [], [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line:
            if chars:
                sentences.append(Sentence("".join(chars), labels))
                chars, labels = [], []
            continue
        char, tag = line.split("\t")
        chars.append(char)
        labels.append(tag[0] if tag.endswith("-PER") else "O")
    return sentences


def reconcile(sentences: list[Sentence], known: Counter[str]) -> int:
    """Bring People's Daily's conventions in line with MSRA's, which the model learns.

    People's Daily leaves a name untagged inside a term (邓小平 in 邓小平理论, 毛泽东 in
    毛泽东思想) where MSRA tags it: the untagged occurrences of well-attested names of three
    characters or more are tagged. People's Daily tags 老王 and 小王 whole where MSRA tags the
    surname alone (老[王]); so does 王某 become [王]某. Returns how many spans changed.
    """
    names = sorted((n for n, count in known.items() if len(n) >= 3 and count >= 5), key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, names))) if names else None
    changed = 0
    for sentence in sentences:
        for start, end in sentence.names():
            form = sentence.text[start:end]
            if len(form) == 2 and form[0] in "老小" and form[1] in SURNAMES:
                sentence.labels[start:end] = ["O", "B"]
                changed += 1
            elif len(form) == 2 and form[1] == "某" and form[0] in SURNAMES:
                sentence.labels[start:end] = ["B", "O"]
                changed += 1
        for match in pattern.finditer(sentence.text) if pattern else ():
            start, end = match.span()
            if all(label == "O" for label in sentence.labels[start:end]):
                sentence.labels[start:end] = ["B"] + ["I"] * (end - start - 1)
                changed += 1
    return changed


def split(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    parts: dict[str, list[Sentence]] = {"train": [], "dev": [], "test": []}
    for index, sentence in enumerate(sentences):
        parts[HELD_OUT.get(index // BLOCK % 10, "train")].append(sentence)
    return parts


def eighth(sentences: list[Sentence], which: int) -> tuple[list[Sentence], list[Sentence]]:
    """A training split without its ``which``-th eighth (every eighth block from the ``which``-th
    on), and that eighth."""
    blocks = [sentences[first:first + BLOCK] for first in range(0, len(sentences), BLOCK)]
    return ([s for index, block in enumerate(blocks) if index % EIGHTHS != which for s in block],
            [s for index, block in enumerate(blocks) if index % EIGHTHS == which for s in block])


def load_corpora(paths: Sequence[Path], left_out: int | None = None) -> dict[str, list[Sentence]]:
    """Every file read, reconciled to one convention and split; the splits of all files joined.
    With ``left_out``, that eighth of each training split is the part ``eighth``, not trained on."""
    corpora = {path: read_bio(path) for path in paths}
    known: Counter[str] = Counter()
    for sentences in corpora.values():
        for sentence in sentences:
            known.update(sentence.text[s:e] for s, e in sentence.names())
    joined: dict[str, list[Sentence]] = {"train": [], "dev": [], "test": [], "eighth": []}
    for path, sentences in corpora.items():
        added = reconcile(sentences, known)
        print(f"{path.name}: {len(sentences):,} sentences, {added:,} names brought to one convention", file=sys.stderr)
        parts = split(sentences)
        if left_out is not None:
            parts["train"], parts["eighth"] = eighth(parts["train"], left_out)
        for part, members in parts.items():
            joined[part].extend(members)
    return joined


def _features(texts: list[str]) -> list[list[list[str]]]:
    return [sentence_features(text, words) for text, words in zip(texts, tagged_words(texts))]


def featurise(sentences: list[Sentence], workers: int = 2) -> Iterator[list[list[str]]]:
    """Features of each sentence, in order (jieba runs in ``workers`` processes)."""
    texts = [s.text for s in sentences]
    chunks = [texts[i:i + 2000] for i in range(0, len(texts), 2000)]
    with Pool(workers) as pool:
        for chunk in pool.imap(_features, chunks):
            yield from chunk


def score(gold: Sequence[set[tuple[int, int]]], found: Sequence[set[tuple[int, int]]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of exact spans, summed over the sentences."""
    hits = sum(len(g & f) for g, f in zip(gold, found))
    predicted, expected = sum(map(len, found)), sum(map(len, gold))
    precision = hits / predicted if predicted else 0.0
    recall = hits / expected if expected else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if hits else 0.0


def evaluate(tagger: NameTagger, sentences: list[Sentence]) -> tuple[float, float, float]:
    found = [spans_of(tagger.tag_features(f)) for f in featurise(sentences)]
    return score([s.names() for s in sentences], found)


def train(paths: Sequence[Path], out: Path, iterations: int = ITERATIONS, left_out: int | None = None) -> None:
    import pycrfsuite

    started = time.perf_counter()
    parts = load_corpora(paths, left_out)
    if not parts["train"]:  # (CRFsuite would crash on nothing)
        raise SystemExit(f"too few sentences to train on: the first block of {BLOCK} is held out to test")
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence, features in zip(parts["train"], featurise(parts["train"])):
        trainer.append(features, sentence.labels)
    print(f"features of {len(parts['train']):,} sentences in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": iterations,
                        "feature.minfreq": MIN_FEATURE_COUNT, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    print(f"trained in {time.perf_counter() - started:.0f} s: {out} ({out.stat().st_size / 1e6:.1f} MB)",
          file=sys.stderr)
    write_places(paths, places_path(out), left_out)
    tagger = NameTagger(out)
    for part in ("dev", "test", "eighth")[:2 if left_out is None else 3]:
        precision, recall, f1 = evaluate(tagger, parts[part])
        print(f"{part}: {len(parts[part]):,} sentences, names P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tui.extract.train", description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="BIO files (character TAB tag)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help=f"model file to write (default {MODEL_PATH})")
    parser.add_argument("--iterations", type=int, default=ITERATIONS, help="L-BFGS iterations")
    parser.add_argument("--leave-out-eighth", type=int, choices=range(EIGHTHS), metavar="K",
                        help="train without the K-th eighth of the training split (0 to 7), to score on it")
    args = parser.parse_args(argv)
    if args.leave_out_eighth is not None and args.out == MODEL_PATH:
        parser.error("--leave-out-eighth needs --out: the shipped model is trained on everything")
    train(args.corpora, args.out, args.iterations, args.leave_out_eighth)


if __name__ == "__main__":
    main()
