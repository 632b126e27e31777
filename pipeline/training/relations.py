"""`briefs train-relations`: the relation classifier trained on the development gold's key relations.

Every pair of named mentions of a gold sentence that the grammar leaves untyped (at least one of them a party) is an
example: its class is the kind and direction of the gold relation whose evidence is that sentence, or "none". The gold's own mentions are read, so
training does not depend on the tagger. Held-out documents are never trained on."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pipeline.core.annotated import read_document
from pipeline.core.atomic import write_bytes
from pipeline.core.errors import InputError
from pipeline.core.mention import Mention
from pipeline.evaluation.relations import GOLD_SUFFIX, GoldRelation, overlaps, read_gold
from pipeline.evaluation.scores import held_out_ids
from pipeline.relations.classifier import BACKWARD, FORWARD, NONE, RelationClassifier, fit

DEFAULT_THRESHOLD = 0.7  # where cross-validation over the development documents kept precision (benchmarks/)


def gold_class(first: Mention, second: Mention, sentence: tuple[int, int], gold: list[GoldRelation],
               symmetric: frozenset[str]) -> str:
    """The class of a pair (`first` before `second`) in a sentence: the kind of the gold relation between them
    whose evidence the sentence is, with its direction; "none" when there is none."""
    for relation in gold:
        if not overlaps(sentence, relation.spans):
            continue
        pair = (relation.head, relation.tail)
        if pair == (first.entity_id, second.entity_id):
            return relation.kind if relation.kind in symmetric else relation.kind + FORWARD
        if pair == (second.entity_id, first.entity_id):
            return relation.kind if relation.kind in symmetric else relation.kind + BACKWARD
    return NONE


def document_examples(extractor, gold_dir: Path, doc_id: str) -> list[tuple[list[str], str]]:
    """(features, class) of every pair of one gold document, read with its gold mentions, that the grammar leaves
    untyped: the pairs the classifier will be asked about."""
    document = read_document(gold_dir, doc_id)
    gold = read_gold(gold_dir / f"{doc_id}{GOLD_SUFFIX}", document.text)
    examples = []

    def record(sentence, a, b, mentions) -> None:
        label = gold_class(mentions[a.i], mentions[b.i], (sentence.start_char, sentence.end_char), gold,
                           extractor.lexicon.symmetric_kinds)
        examples.append((extractor.pair_features(a, b, mentions), label))

    extractor.extract(document, typer=record)
    return examples


def training_ids(gold_dir: Path, exclude: tuple[str, ...] = ()) -> list[str]:
    """The gold documents with key relations that are neither held out nor excluded, in id order."""
    kept_aside = held_out_ids(gold_dir) | set(exclude)
    ids = sorted(p.name[:-len(GOLD_SUFFIX)] for p in gold_dir.glob(f"*{GOLD_SUFFIX}"))
    ids = [i for i in ids if i not in kept_aside]
    if not ids:
        raise InputError(gold_dir, f"no {GOLD_SUFFIX} files outside the held-out and excluded documents")
    return ids


def train_relations(gold_dir: Path, out: Path, exclude: tuple[str, ...] = (),
                    threshold: float = DEFAULT_THRESHOLD, extractor=None) -> tuple[RelationClassifier, list[str], int]:
    """Train on the development gold and write the classifier to `out` (atomically); (classifier, documents,
    examples)."""
    from pipeline.relations.extractor import RelationExtractor

    extractor = extractor or RelationExtractor(classifier=False)
    if not extractor.parsed:
        raise InputError(gold_dir, "training the relation classifier needs a model with a dependency parser")
    ids = training_ids(Path(gold_dir), exclude)
    examples = [example for doc_id in ids for example in document_examples(extractor, Path(gold_dir), doc_id)]
    classifier = replace(fit(examples, threshold), documents=tuple(ids))
    write_bytes(Path(out), json.dumps(classifier.to_json(), sort_keys=True, separators=(",", ":")).encode() + b"\n")
    return classifier, ids, len(examples)
