"""Training examples for the model's entity recogniser: annotated paragraphs, labelled with the model's own labels.

The recogniser keeps its labels (PERSON, ORG, GPE, LOC, NORP, FAC, DATE, …), so a trained model is a drop-in
replacement of the installed one. ACTOR becomes PERSON (GPE for a state), GROUP becomes ORG (NORP for a
community), PLACE becomes GPE (LOC for a region the knowledge base curates, FAC for a site), DATE stays DATE.
The gold annotates only four kinds of names: what the untrained model finds of the other kinds (CARDINAL,
MONEY, LAW, …) is kept where it overlaps no annotation, so fine-tuning does not unlearn them.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.core.mention import Mention
from pipeline.core.standoff import parse_ann
from pipeline.tagging.knowledge_base import KnowledgeBase

ANNOTATED_MODEL_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "DATE"})


def model_label(mention: Mention, kb: KnowledgeBase) -> str:
    """The recogniser's label for one annotated mention."""
    entity = kb.get(mention.entity_id) if mention.entity_id else None
    kind = entity.kind if entity else ""
    if mention.label == "ACTOR":
        return "GPE" if kind in ("country", "capital") else "PERSON"
    if mention.label == "GROUP":
        return "NORP" if kind == "ethnic-group" else "ORG"
    if mention.label == "PLACE":
        if entity is not None and entity.source == "curated" and kind == "region":
            return "LOC"
        return "FAC" if kind == "site" else "GPE"
    return mention.label


def annotated_documents(folder: Path, ids: list[str]) -> list[tuple[str, str, list[Mention]]]:
    """(id, text, mentions) of each listed document: its `<id>.txt` and `<id>.ann` in `folder`."""
    documents = []
    for doc_id in ids:
        text = (folder / f"{doc_id}.txt").read_text(encoding="utf-8")
        mentions = parse_ann((folder / f"{doc_id}.ann").read_text(encoding="utf-8"), text, f"{doc_id}.ann")
        documents.append((doc_id, text, mentions))
    return documents


def paragraph_examples(nlp: Language, text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Doc]:
    """One Doc per non-empty line of `text`, its entities the annotated mentions plus the model's other kinds."""
    docs = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for offset, line in lines:
        doc = nlp(line)
        gold = [
            doc.char_span(m.start - offset, m.end - offset, label=model_label(m, kb), alignment_mode="contract")
            for m in mentions if offset <= m.start and m.end <= offset + len(line)
        ]
        gold = [span for span in gold if span is not None]
        kept = [Span(doc, e.start, e.end, label=e.label_) for e in doc.ents
                if e.label_ not in ANNOTATED_MODEL_LABELS and not any(e.start < g.end and g.start < e.end for g in gold)]
        doc.ents = filter_spans(gold + kept)
        docs.append(doc)
    return docs
