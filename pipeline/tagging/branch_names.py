"""Branches of a body named by their place: "ISIS-Somalia", "the Islamic State's Somalia Province". The gazetteer
finds the place inside and calls it a place; the branch is a body of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase

POSSESSIVE_BETWEEN = re.compile(r"[’']s $")  # the possessive between a body and its province


def a_branch(parts: list[str], kb: KnowledgeBase) -> bool:
    """"ISIS-Somalia", "ISIL-Yemen": the acronym of a body that names its branches by place, then a place (the
    parts of a hyphenated name)."""
    if len(parts) != 2:
        return False
    body, place = kb.lookup(parts[0]), kb.lookup(parts[1])
    return body is not None and body.id in kb.branching_bodies() and place is not None and place.label == "PLACE"


def provinces_of_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"the Islamic State's Somalia Province": a province a body (a GROUP) owns is its branch, a GROUP; a state's
    province ("China's Yunnan Province") stays a place."""
    owners = {m.end: m for m in mentions if m.label == "GROUP"}
    result = []
    for m in mentions:
        owner = owners.get(m.start - 3)
        if m.label == "PLACE" and m.text.endswith(" Province") and owner is not None \
                and POSSESSIVE_BETWEEN.fullmatch(text[owner.end:m.start]):
            m = replace(m, label="GROUP", entity_id=kb.derived_id(m.text), origin=f"{m.origin}+branch")
        result.append(m)
    return result
