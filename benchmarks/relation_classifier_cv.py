"""What the relation classifier adds on documents it was not trained on: k-fold cross-validation over the
development gold (held-out documents are never read). Each fold's classifier is trained on the other folds' gold
and applied to the fold's documents as the pipeline tagged them (PREDICTED, the output of `briefs run` over the
gold's PDFs); the relation scores are then pooled over the folds, for each threshold and without the classifier.

    python benchmarks/relation_classifier_cv.py PREDICTED [--folds 5] [--thresholds 0.5,0.6,0.7]

Documents go to folds by their place in id order (the i-th to fold i mod k), so the split is the same every run.
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import replace
from pathlib import Path

import pandas as pd

from pipeline.core.annotated import read_document
from pipeline.evaluation.relations import (
    GOLD_SUFFIX,
    Tally,
    read_gold,
    read_standoff,
    score_document,
    statements,
)
from pipeline.relations.classifier import fit
from pipeline.relations.extractor import CLASSIFIED, RelationExtractor
from pipeline.relations.parses import all_paragraphs
from pipeline.training.relations import document_examples, training_ids

GOLD = Path(__file__).resolve().parent.parent / "annotations" / "gold"


def scored(extractor: RelationExtractor, predicted: Path, doc_id: str, parses) -> tuple[Tally, int]:
    """The relation tally of one document's rows from `extractor`, and how many rows the classifier typed."""
    document = read_document(predicted, doc_id)
    rows, _ = extractor.extract(document, parses)
    gold_text, gold_mentions = read_standoff(GOLD, doc_id)
    found = statements(rows, document.text, gold_text, gold_mentions)
    score = score_document(doc_id, read_gold(GOLD / f"{doc_id}{GOLD_SUFFIX}", gold_text), found, False)
    return score.total, sum(row["pattern"] == CLASSIFIED for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predicted", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    ids = [i for i in training_ids(GOLD) if (args.predicted / f"{i}.ann").is_file()]
    base = RelationExtractor(classifier=False)
    examples = {doc_id: document_examples(base, GOLD, doc_id) for doc_id in ids}
    parses = {doc_id: all_paragraphs(base.nlp, read_document(args.predicted, doc_id).text, []) for doc_id in ids}
    arms = ["grammar alone", *(f"threshold {t}" for t in thresholds)]
    pooled = {arm: Tally() for arm in arms}
    typed_by_model = dict.fromkeys(arms, 0)
    for fold in range(args.folds):
        test = ids[fold::args.folds]
        model = fit([e for doc_id in ids if doc_id not in test for e in examples[doc_id]], thresholds[0])
        extractors = {"grammar alone": base}
        for t in thresholds:
            extractors[f"threshold {t}"] = RelationExtractor(base.nlp, base.lexicon, base.kb, replace(model, threshold=t))
        for doc_id in test:
            for arm, extractor in extractors.items():
                tally, typed = scored(extractor, args.predicted, doc_id, parses[doc_id])
                pooled[arm].add(tally)
                typed_by_model[arm] += typed
        print(f"fold {fold + 1}/{args.folds}: {len(test)} documents", flush=True)
    table = pd.DataFrame([{
        "arm": arm, "stated": t.stated, "gold": t.gold, "recall": round(t.recall, 3),
        "right": t.right, "typed": t.typed, "precision": round(t.precision, 3),
        "precision in evidence": round(t.precision_in_evidence, 3), "typed by the classifier": typed_by_model[arm],
    } for arm, t in pooled.items()])
    print(f"{len(ids)} development documents, {args.folds} folds, pooled")
    print(table.to_string(index=False))


if __name__ == "__main__":
    main()
