"""Relation rows and dated-mention rows: what the relation table says of each pair of mentions in a sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.core.annotated import AnnotatedDocument
from pipeline.core.mention import Mention
from pipeline.relations.event_dates import DateResolver
from pipeline.relations.patterns import PARTIES, TARGETS, path_predicate

CO_OCCURS = "co_occurs"



def relation_rows(doc: Doc, mentions: dict[int, Mention], document: AnnotatedDocument, dates: DateResolver,
                  found: dict, parsed: bool, sentences=None) -> list[dict]:
    """One row per related pair of mentions in each sentence (`sentences`: those that may hold one, when known) of
    `doc`, the parse of `document`."""
    rows = []
    for sentence in doc.sents if sentences is None else sentences:
        here = [(doc[i], mentions[i]) for i in range(sentence.start, sentence.end) if i in mentions]
        parties = [(t, m) for t, m in here if m.label in TARGETS]
        evidence = None
        for x, (a, ma) in enumerate(parties):
            for b, mb in parties[x + 1:]:
                pair = oriented(a, ma, b, mb, found, parsed)
                if pair is not None:
                    evidence = evidence or sentence_evidence(document.text, sentence)
                    rows.append(row(document.doc_id, evidence, pair, here, dates, parsed))
    return rows



def sentence_evidence(text: str, sentence) -> tuple[int, str]:
    """(offset, text) of the sentence without its surrounding whitespace, sliced from the text its Doc was built
    from: what Span.text gives, without joining the sentence's tokens one by one."""
    quoted = text[sentence.start_char:sentence.end_char]
    evidence = quoted.strip()
    return sentence.start_char + len(quoted) - len(quoted.lstrip()), evidence



def oriented(a, ma, b, mb, found: dict, parsed: bool):
    """(head, head mention, tail, tail mention, pattern, predicate) for a pair that may relate, else None."""
    if ma.label not in PARTIES and mb.label not in PARTIES:
        return None
    if ma.entity_id and ma.entity_id == mb.entity_id:
        return None
    directions = [(found[(h.i, t.i)], h, mh, t, mt) for h, mh, t, mt in ((a, ma, b, mb), (b, mb, a, ma))
                  if (h.i, t.i) in found and mh.label in PARTIES]
    if directions:
        (_, pattern, predicate), head, mh, tail, mt = min(directions, key=lambda d: d[0][0])
        return head, mh, tail, mt, pattern, predicate or path_predicate(head, tail)
    if ma.label not in PARTIES:
        a, ma, b, mb = b, mb, a, ma
    return a, ma, b, mb, None, path_predicate(a, b) if parsed else None



def row(doc_id, sentence_evidence: tuple[int, str], pair, here, dates: DateResolver, parsed: bool) -> dict:
    """A table row: both mentions, the kind and predicate, the date and place in force, the evidence sentence."""
    head, mh, tail, mt, pattern, predicate = pair
    date = dates.at(min(mh.start, mt.start), max(mh.end, mt.end))
    place = next((m for t, m in here if m.label == "PLACE" and m is not mh and m is not mt), None)
    start, evidence = sentence_evidence
    return {
        "document": doc_id,
        "sentence_start": start,
        "sentence_end": start + len(evidence),
        "head_id": mh.entity_id, "head_text": mh.text, "head_label": mh.label,
        "head_start": mh.start, "head_end": mh.end,
        "tail_id": mt.entity_id, "tail_text": mt.text, "tail_label": mt.label,
        "tail_start": mt.start, "tail_end": mt.end,
        "predicate": predicate.lemma_ if predicate is not None else None,
        "kind": pattern.kind if pattern else CO_OCCURS,
        "pattern": pattern.id if pattern else None,
        "parsed": parsed,
        "date": date.value, "date_scope": date.scope,
        "place_id": place.entity_id if place else None, "place_text": place.text if place else None,
        "evidence": evidence,
    }



def mention_rows(mentions: dict[int, Mention], doc_id: str, dates: DateResolver) -> list[dict]:
    """Every ACTOR/GROUP/PLACE mention with the date in force where it occurs, for the entity table."""
    return [
        {"document": doc_id, "entity_id": m.entity_id, "label": m.label, "text": m.text,
         "start": m.start, "date": dates.at(m.start, m.end).value}
        for _, m in sorted(mentions.items()) if m.label in TARGETS
    ]
