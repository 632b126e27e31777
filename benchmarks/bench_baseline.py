"""The tagger against the plain statistical model it wraps, on the gold documents' own texts.

Each gold text is tagged three ways: by the full pipeline (statistical), by its rules alone, and by the plain
model with its entity labels mapped onto the scheme (PERSON → ACTOR; ORG, NORP → GROUP; GPE, LOC, FAC → PLACE;
DATE → DATE; the rest dropped). All three are scored by `briefs evaluate`'s own scorer, per document, with the
held-out documents summed apart. Strict F1 counts exact spans and labels; "names, partial" is overlap over the
three name labels with labels ignored, the measure at which a plain model is closest.

    python benchmarks/bench_baseline.py [--gold annotations/gold] [--model en_core_web_sm]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy

from pipeline.core.align import align, map_mentions
from pipeline.core.mention import Mention
from pipeline.evaluation.scores import (
    Counts,
    Evaluation,
    held_out_ids,
    load_annotated,
    overlap_matches,
    score,
)
from pipeline.extract.ingest import load_document
from pipeline.tagging.tagger import load_nlp, pick_model, tag_document

GOLD = Path(__file__).resolve().parent.parent / "annotations" / "gold"
MODEL_LABELS = {"PERSON": "ACTOR", "ORG": "GROUP", "NORP": "GROUP", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
                "DATE": "DATE"}
NAME_LABELS = ("ACTOR", "GROUP", "PLACE")


def plain_model_mentions(nlp, text: str) -> list[Mention]:
    """The model's entities on the whole text, one paragraph (line) at a time as the pipeline reads it."""
    mentions, offset = [], 0
    for line in text.split("\n"):
        for ent in nlp(line).ents if line.strip() else ():
            if ent.label_ in MODEL_LABELS:
                mentions.append(Mention(offset + ent.start_char, offset + ent.end_char, MODEL_LABELS[ent.label_], ent.text))
        offset += len(line) + 1
    return mentions


def names_partial(gold: list[Mention], predicted: list[Mention]) -> Counts:
    """Overlapping name spans, one to one, whatever their name label."""
    gold = [m for m in gold if m.label in NAME_LABELS]
    predicted = [m for m in predicted if m.label in NAME_LABELS]
    return Counts(overlap_matches(gold, predicted), len(gold), len(predicted))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--model", default="auto", help="the statistical model (default: the first installed)")
    args = parser.parse_args()
    name = pick_model(args.model)
    if name is None:
        raise SystemExit("bench_baseline: no statistical model installed; the baseline needs one")
    taggers = {"pipeline": load_nlp(name), "rules-only": load_nlp(None)}
    plain = spacy.load(name, exclude=["lemmatizer"])
    held_out = held_out_ids(args.gold)
    systems = (*taggers, f"plain {name}")
    totals = {(s, kept): (Evaluation(), Counts()) for s in systems for kept in (False, True)}
    print(f"{'document':<62} " + "  ".join(f"{s:>30}" for s in systems))
    print("(each cell: strict F1 / names, partial F1)")
    for ann in sorted(args.gold.glob("*.ann")):
        text, gold = load_annotated(ann)
        document = load_document(ann.with_suffix(".txt"))
        predictions = {s: (document.text, tag_document(nlp, document)) for s, nlp in taggers.items()}
        predictions[f"plain {name}"] = (text, plain_model_mentions(plain, text))
        cells = []
        for system, (pred_text, predicted) in predictions.items():
            aligned, _ = map_mentions(predicted, align(pred_text, text), text, pred_text)
            result, partial = score(gold, aligned), names_partial(gold, aligned)
            evaluation, names = totals[system, ann.stem in held_out]
            evaluation.add(result)
            names.add(partial)
            cells.append(f"{result.overall('strict').f1:.3f} / {partial.f1:.3f}")
        marker = " (held out)" if ann.stem in held_out else ""
        print(f"{ann.stem[:50] + marker:<62} " + "  ".join(f"{c:>30}" for c in cells))
    for kept, title in ((False, "development"), (True, "held out")):
        cells = [f"{totals[s, kept][0].overall('strict').f1:.3f} / {totals[s, kept][1].f1:.3f}" for s in systems]
        print(f"{title + ', all':<62} " + "  ".join(f"{c:>30}" for c in cells))
        per_label = ["  ".join(f"{label[:1]} {totals[s, kept][0].strict[label].f1:.2f}" for label in totals[s, kept][0].strict)
                     for s in systems]
        print(f"{'  per label (strict F1)':<62} " + "  ".join(f"{c:>30}" for c in per_label))


if __name__ == "__main__":
    main()
