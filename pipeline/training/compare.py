"""Scores of a trained model against the model it was trained from on documents it was not trained on (the
held-out ones, or those left out of training), on the gold texts as stored."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.core.document import CleanDocument
from pipeline.evaluation.scores import Evaluation, held_out_ids, load_annotated, score
from pipeline.tagging.tagger import load_nlp, tag_document


def gold_document(doc_id: str, text: str) -> CleanDocument:
    """A gold text as the tagger reads a cleaned document: one paragraph per line."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return CleanDocument(doc_id, doc_id, text, lines)


def unseen_scores(gold: Path, models: dict[str, str], ids: tuple[str, ...] = ()) -> dict[str, dict[str, Evaluation]]:
    """{model label: {document id: evaluation}} over the gold documents `ids`, by default the held-out ones."""
    gold = Path(gold)
    documents = {doc_id: load_annotated(gold / f"{doc_id}.ann") for doc_id in sorted(ids or held_out_ids(gold))}
    results = {}
    for label, model in models.items():
        nlp = load_nlp(model)
        results[label] = {doc_id: score(mentions, tag_document(nlp, gold_document(doc_id, text)))
                          for doc_id, (text, mentions) in documents.items()}
    return results


def comparison_table(results: dict[str, dict[str, Evaluation]]) -> str:
    """Strict F1 per document and label, one block per model."""
    lines = []
    for label, per_document in results.items():
        total = Evaluation()
        for part in per_document.values():
            total.add(part)
        lines.append(f"{label}:")
        for doc_id, part in [*per_document.items(), ("all", total)]:
            labels = "  ".join(f"{name} {counts.f1:.3f}" for name, counts in part.strict.items())
            lines.append(f"  {doc_id:<40} strict F1 {part.overall('strict').f1:.3f}  ({labels})")
    return "\n".join(lines)
