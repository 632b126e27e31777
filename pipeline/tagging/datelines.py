"""A news report's dateline: the places written in capitals before its dash and the agency in brackets
("NEW DELHI/ISLAMABAD (Reuters) —", "GEORGETOWN, Guyana —", "QUITO, 20 November 2025 (Austral) -"). The knowledge base matches names as they are written,
so a place in capitals is found here, by the dateline's shape, not by the lists."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.core.mention import Mention
from pipeline.tagging.candidates import TIER_DEFINITION, Candidate
from pipeline.tagging.doc_access import doc_text
from pipeline.tagging.knowledge_base import KnowledgeBase

ORIGIN = "names:dateline"
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())  # "BOGOTÁ", "ŁÓDŹ"
PLACE_IN_CAPITALS = rf"[{CAPITALS}][{CAPITALS}.'’-]*(?: [{CAPITALS}][{CAPITALS}.'’-]*)*"
# places in capitals joined by slashes, then a state or country, the date or both after commas ("QUITO, 20 November
# 2025 (Austral) -", "GOMA, Congo, Jan 27 (AP) —"), an optional agency in brackets, a dash (a hyphen between spaces in
# plain typesetting)
DATELINE = re.compile(rf"({PLACE_IN_CAPITALS}(?:/{PLACE_IN_CAPITALS})*)((?:, [A-Z0-9][\w .'’-]*?){{1,2}})?(?: \(([A-Z][\w &.'’-]*)\))? [—–-] ")


def dateline_candidates(doc: Doc, kb: KnowledgeBase) -> list[Candidate]:
    """Each place of a paragraph's opening dateline as a PLACE (linked where the knowledge base knows it written in
    title case), and the agency in brackets as a GROUP; nothing where the paragraph opens otherwise, where a word
    in capitals is a known body ("NATO — the alliance at 75"), or where no part is a known place and neither a
    state nor an agency follows ("WARNING — …")."""
    match = DATELINE.match(doc_text(doc))
    if match is None:
        return []
    parts = match.group(1).split("/")
    entities = [kb.lookup(part.title()) for part in parts]
    if any(e is not None and e.label != "PLACE" for e in entities) or not (any(entities) or match.group(2) or match.group(3)):
        return []
    found, at = [], match.start(1)
    for part, entity in zip(parts, entities):
        found.append(Candidate(at, at + len(part), "PLACE", "rule", ORIGIN, TIER_DEFINITION, 3, entity.id if entity else None))
        at += len(part) + 1
    if match.group(3):
        found.append(Candidate(match.start(3), match.end(3), "GROUP", "rule", ORIGIN, TIER_DEFINITION, 3))
    return found


def in_a_dateline(text: str, start: int) -> bool:
    """Whether the place starting at `start` is one of its line's dateline ("NAIROBI, 16 June 2025 — Al-Shabaab
    fighters overran …"): where the report was filed, no party to what it reports."""
    match = DATELINE.match(text, text.rfind("\n", 0, start) + 1)
    return match is not None and start < match.end(1)


def agencies_named_in_full(mentions: list[Mention]) -> list[Mention]:
    """A dateline's agency ("(Meridian)") is the organisation the document names in full elsewhere ("the Meridian
    Press Agency"): the one GROUP whose name opens with the agency's word."""
    result = []
    for m in mentions:
        if m.origin == ORIGIN and m.label == "GROUP":
            full = {o.entity_id for o in mentions if o.label == "GROUP" and o.text.startswith(m.text + " ")}
            if len(full) == 1:
                m = replace(m, entity_id=full.pop())
        result.append(m)
    return result
