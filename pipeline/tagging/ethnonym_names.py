"""Ethnonyms at the edge of a longer name ("Mahrang Baloch", "Baloch Republican Guards", "Kurdish Democratic Union
Party"): a community's name that opens an organisation's name or closes a person's is part of that name, never a
mention of the community on its own."""

from __future__ import annotations

from pipeline.tagging.candidates import Candidate
from pipeline.tagging.doc_access import doc_text

COMMUNITY_KINDS = frozenset({"ethnic-group"})


def _capitalised(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def yield_ethnonyms_to_longer_names(doc, candidates: list[Candidate]) -> list[Candidate]:
    """Drops a known community's name (the knowledge base's kind) that a longer name the model read, all in
    capitalised words, opens or closes: the person (ACTOR) the name closes or the organisation (GROUP) it opens
    wins; "the Baloch people", "Baloch and Pashtun workers" (no longer capitalised name) keep the community."""
    text = doc_text(doc)
    names = [c for c in candidates if c.source == "model" and c.label in ("ACTOR", "GROUP") and _capitalised(text[c.start:c.end])]
    dropped = set()
    for community in (c for c in candidates if c.kind in COMMUNITY_KINDS):
        for name in names:
            opens = name.start == community.start and name.end > community.end and name.label == "GROUP"
            closes = name.end == community.end and name.start < community.start and name.label == "ACTOR"
            if opens or closes:
                dropped.add(community)
    return [c for c in candidates if c not in dropped]
