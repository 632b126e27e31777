"""Ethnonyms at the edge of a longer name ("Mahrang Baloch", "Baloch Republican Guards", "Kurdish Democratic Union
Party"): a community's name that opens an organisation's name or closes a person's is part of that name, never a
mention of the community on its own."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.tagging.candidates import Candidate
from pipeline.tagging.doc_access import doc_text

COMMUNITY_KINDS = frozenset({"ethnic-group"})
TITLED_PERSON = "names:title"


def _capitalised(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def yield_ethnonyms_to_longer_names(doc, candidates: list[Candidate], demonym: Callable[[str], bool]) -> list[Candidate]:
    """Drops a known community's name (the knowledge base's kind) that a longer name the model read, all in
    capitalised words, opens or closes: the person (ACTOR) the name closes or the organisation (GROUP) it opens
    wins; "the Baloch people", "Baloch and Pashtun workers" (no longer capitalised name) keep the community. A
    community's name after a person's title ("Mr. Tatar") is a surname; one after a state's demonym ("a Malian
    Tuareg", `demonym`) stays the community's."""
    text = doc_text(doc)
    names = [c for c in candidates if c.source == "model" and c.label in ("ACTOR", "GROUP") and _capitalised(text[c.start:c.end])]
    titled = {(c.start, c.end) for c in candidates if c.origin == TITLED_PERSON}
    dropped = set()
    for community in (c for c in candidates if c.kind in COMMUNITY_KINDS):
        if (community.start, community.end) in titled:
            dropped.add(community)  # "Mr. Tatar", "President Kanak": a title before the name makes it a person's
        for name in names:
            opens = name.start == community.start and name.end > community.end and name.label == "GROUP"
            closes = name.end == community.end and name.start < community.start and name.label == "ACTOR" \
                and not all(demonym(w) for w in text[name.start:community.start].split())  # "a Malian Tuareg" is a Tuareg
            if opens or closes:
                dropped.add(community)
    return [c for c in candidates if c not in dropped]
