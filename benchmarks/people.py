"""People found against annotated news, and how fast, next to jieba's own name tags.

Run: python benchmarks/people.py [../shared/ner/*.bio] [--split dev|test]
  or: python benchmarks/people.py --split eighth --eighth K --model FILE
The held-out split of the training corpora (``tui.extract.train``: one block of 20 sentences
in ten for each), or an eighth of the training split with a model trained without it
(``python -m tui.extract.train --leave-out-eighth K --out FILE``), is cut into documents of
20 sentences. On each, the reader's full extraction
(``find_people``) is scored three ways: exact name spans (mentions), distinct names per
document (also for each corpus apart, against the gold brought to one convention and against the corpus's
own annotation, which a public test set of it keeps), and the model alone on single sentences. The baseline,
measured in the same run, is jieba.posseg with every ``nr``/``nrt``/``nrfg`` word taken as a
name; throughput is characters a second through each, and through the whole extraction
(people, dates and events) as ``--extract`` runs it, the three timed document by document in
turn, so that a machine slowed for a while slows all three alike.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.article import parse  # noqa: E402
from tui.extract import extract  # noqa: E402
from tui.extract.features import sentence_features  # noqa: E402
from tui.extract.gazetteer import places_path, use_places  # noqa: E402
from tui.extract.people import find_people  # noqa: E402
from tui.extract.tagger import tagged_words, tagger, use_model  # noqa: E402
from tui.extract.train import (  # noqa: E402
    BLOCK, EIGHTHS, Sentence, eighth, load_corpora, read_bio, score, spans_of, split)

DEFAULT_CORPORA = sorted((Path(__file__).resolve().parents[2] / "shared" / "ner").glob("*.bio"))


def documents(sentences: list[Sentence]) -> list[tuple[str, set[tuple[int, int]]]]:
    """Blocks of ``BLOCK`` sentences as one text (a sentence a line) with their gold spans."""
    docs = []
    for first in range(0, len(sentences), BLOCK):
        text, gold = "", set()
        for sentence in sentences[first:first + BLOCK]:
            gold.update((len(text) + s, len(text) + e) for s, e in sentence.names())
            text += sentence.text + "\n"
        docs.append((text, gold))
    return docs


def jieba_names(text: str) -> set[tuple[int, int]]:
    import jieba.posseg

    spans, position = set(), 0
    for pair in jieba.posseg.cut(text):
        if pair.flag.startswith("nr"):
            spans.add((position, position + len(pair.word)))
        position += len(pair.word)
    return spans


def reader_names(text: str) -> set[tuple[int, int]]:
    return {span for person in find_people(text) for span in person.mentions}


def _line(label: str, gold: list, found: list, texts: list[str]) -> str:
    precision, recall, f1 = score(gold, found)
    names_p, names_r, names_f1 = score([{t[s:e] for s, e in g} for g, t in zip(gold, texts)],
                                       [{t[s:e] for s, e in f} for f, t in zip(found, texts)])
    return (f"{label:<28} mentions P {precision:.3f} R {recall:.3f} F1 {f1:.3f}   "
            f"names per document P {names_p:.3f} R {names_r:.3f} F1 {names_f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--split", choices=("dev", "test", "eighth"), default="dev")
    parser.add_argument("--eighth", type=int, choices=range(EIGHTHS), metavar="K",
                        help="with --split eighth: which eighth of the training split (0 to 7)")
    parser.add_argument("--model", type=Path, help="a model trained without that eighth, instead of the shipped one")
    args = parser.parse_args()
    if not args.corpora:  # (the default is the training corpora beside the project: ../shared/ner/*.bio)
        parser.error("no annotated corpora found: name the .bio files, e.g. path/to/ner/*.bio")
    if (args.split == "eighth") != (args.eighth is not None and args.model is not None):
        parser.error("--split eighth goes with --eighth K and --model FILE, trained without that eighth")
    if args.model is not None:
        if not places_path(args.model).exists():
            parser.error(f"no {places_path(args.model)} beside the model: python -m tui.extract.gazetteer CORPORA "
                         f"--leave-out-eighth {args.eighth} --out {places_path(args.model)}")
        use_model(args.model)
        use_places(places_path(args.model))
    sentences = load_corpora(args.corpora, args.eighth)[args.split]
    # Each corpus's documents apart (its sentences follow the previous corpus's in the split).
    bounds, first = [], 0
    as_annotated = []  # each corpus's gold as the corpus writes it, before its conventions are brought to one
    for path in args.corpora:
        parts = split(read_bio(path))
        own = parts[args.split] if args.split != "eighth" else eighth(parts["train"], args.eighth)[1]
        last = first + len(own)
        bounds.append((path.stem, first, last))
        as_annotated.append(documents(own))
        first = last
    by_corpus = [(name, documents(sentences[first:last])) for name, first, last in bounds]
    docs = [doc for _name, corpus_docs in by_corpus for doc in corpus_docs]
    texts = [text for text, _gold in docs]
    gold = [g for _text, g in docs]
    characters = sum(map(len, texts))
    jieba_names("预热")  # jieba's dictionary and tables load outside the timing
    tagger().names("预热")
    find_people("预热")
    methods: dict[str, Callable[[str], object]] = {
        "jieba.posseg nr (baseline)": jieba_names, "openai-reader": reader_names,
        "full extraction": lambda text: extract(parse(text)),  # people, dates and events, as --extract does
    }
    labels = list(methods)
    results: dict[str, list] = {label: [] for label in labels}
    seconds = dict.fromkeys(labels, 0.0)
    for index, text in enumerate(texts):  # each first in turn
        for label in labels[index % 3:] + labels[:index % 3]:
            started = time.perf_counter()
            results[label].append(methods[label](text))
            seconds[label] += time.perf_counter() - started
    baseline = seconds[labels[0]]  # the ratios: how many times as fast as jieba.posseg, in this same run
    for label in labels[:2]:
        print(_line(label, gold, results[label], texts)
              + f"   {characters / seconds[label] / 1000:.0f} k chars/s  {baseline / seconds[label]:.2f}x")
    print(f"{'full extraction':<28} {'':<86}   {characters / seconds['full extraction'] / 1000:.0f} k chars/s  "
          f"{baseline / seconds['full extraction']:.2f}x")
    start = 0
    for (name, corpus_docs), own in zip(by_corpus, as_annotated):  # the reader on each corpus
        end = start + len(corpus_docs)
        print(_line(f"  {name}", gold[start:end], results["openai-reader"][start:end], texts[start:end]))
        print(_line("    as annotated", [g for _text, g in own], results["openai-reader"][start:end], texts[start:end]))
        start = end
    model = tagger()
    texts = [s.text for s in sentences]
    found = [spans_of(model.tag_features(sentence_features(text, words)))
             for text, words in zip(texts, tagged_words(texts))]
    print(_line("model alone, per sentence", [s.names() for s in sentences], found, [s.text for s in sentences]))
    print(f"{args.split} split: {len(docs)} documents of {BLOCK} sentences, {characters:,} characters, "
          f"{sum(map(len, gold)):,} gold names")


if __name__ == "__main__":
    main()
