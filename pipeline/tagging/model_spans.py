"""The statistical model's entities as weak candidates: trimmed to minimal spans, mapped onto the four labels.

The rules outrank every candidate made here; these fill the gaps the rules leave.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.tagging import acronyms, names
from pipeline.tagging.candidates import TIER_WEAK, Candidate
from pipeline.tagging.dates import find_dates
from pipeline.tagging.knowledge_base import KnowledgeBase


def model_candidates(ents, label_map: dict[str, str], origin: str, rules: dict, kb: KnowledgeBase) -> list[Candidate]:
    """One candidate per usable model entity (a DATE entity gives one per calendar expression inside it)."""
    place_names = kb.place_names(("country", "region", "continent"))
    country_names = kb.place_names(("country",))
    found = []
    for ent in ents:
        label = label_map.get(ent.label_)
        span = trim_model_span(ent, rules, country_names if ent.label_ in ("ORG", "NORP") else frozenset())
        if label is None or span is None:
            continue
        if label == "DATE":
            found += [
                Candidate(span.start_char + d.start, span.start_char + d.end, "DATE", "model", origin, TIER_WEAK, 0, value=d.value)
                for d in find_dates(span.text)
            ]
            continue
        entity = kb.lookup(span.text)
        if ent.label_ == "NORP" and not (entity and entity.label == "GROUP"):
            continue
        if entity is None and len(span) == 1 and names.looks_like_demonym(span.text, place_names):
            continue
        found.append(Candidate(
            span.start_char, span.end_char, entity.label if entity else label, "model", origin, TIER_WEAK, 0,
            entity.id if entity else None, None, entity.kind if entity else "",
        ))
    return found


def trim_model_span(span: Span, rules: dict, country_names: frozenset[str] = frozenset()) -> Span | None:
    """Minimal spans: no determiner, possessive, punctuation or lowercase words at the edges; no bare labels."""
    doc = span.doc
    start, end = span.start, span.end

    def edge_word(token) -> bool:
        return token.is_punct or token.text.endswith("-") or token.text in ("'s", "’s") or (token.text.islower() and token.lower_ not in rules["particles"])

    while start < end and (edge_word(doc[start]) or doc[start].lower_ in acronyms.DETERMINERS):
        start += 1
    while end > start and edge_word(doc[end - 1]):
        end -= 1
    if end == start:
        return None
    trimmed = doc[start:end]
    if trimmed.text in rules["not_names"] or all(t.pos_ == "ADJ" for t in trimmed) or _is_compass_phrase(trimmed, rules):
        return None
    if len(trimmed) > 1 and names.looks_like_demonym(trimmed[0].text, country_names):
        return None
    return trimmed


def _is_compass_phrase(span: Span, rules: dict) -> bool:
    """"North-South", "the North": compass words alone are not places."""
    return all(t.is_punct or t.text in rules["not_names"] for t in span)
