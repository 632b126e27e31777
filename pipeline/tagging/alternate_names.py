"""Two forms of one name: a place's other name written beside it ("Deneia/Denya") and a
person's name with or without a middle initial ("Donald J. Trump", "Donald Trump") take one id."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase

MIDDLE_INITIALS = re.compile(r"^(\S+)\s+(?:[A-Z]\.\s+)+(\S+(?:\s\S+)?)$")


def alternate_place_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"Deneia/Denya", "Pyla/Pile": two names of one place paired with a slash are one place (guidelines:
    "Derry/Londonderry"), the knowledge base's where it knows one of them, the first's otherwise, also where the
    document uses the other name alone. Two places the knowledge base knows apart ("Kyrgyzstan/Tajikistan", "NEW
    DELHI/ISLAMABAD") are two. A place in brackets after another is left apart: it mostly locates the first
    ("Lascahobas (Centre)", "Goma (North Kivu)"), which nothing in the words tells from another name of it
    ("Varosha (Maras)")."""
    joined: dict[str, str] = {}
    places = [m for m in mentions if m.label == "PLACE" and m.entity_id]
    for first, second in zip(places, places[1:]):
        known = kb.is_known(first.entity_id), kb.is_known(second.entity_id)
        if text[first.end:second.start] != "/" or all(known) or first.entity_id == second.entity_id:
            continue
        kept, other = (second, first) if known[1] else (first, second)
        joined[other.entity_id] = joined.get(kept.entity_id, kept.entity_id)
    return [replace(m, entity_id=joined[m.entity_id]) if m.label == "PLACE" and m.entity_id in joined else m for m in mentions]


def names_without_middle_initials(mentions: list[Mention]) -> list[Mention]:
    """"President Donald J. Trump's Comprehensive Plan" in a source list after "Donald Trump" in the text: a
    person's name with a middle initial is the person the document also names without it. Without that plain
    form the initial stays, telling apart "George W. Bush" and "George H. W. Bush"."""
    plain = {m.text: m.entity_id for m in mentions if m.label == "ACTOR" and m.entity_id}
    result = []
    for m in mentions:
        match = MIDDLE_INITIALS.match(m.text) if m.label == "ACTOR" else None
        bare = f"{match.group(1)} {match.group(2)}" if match else None
        result.append(replace(m, entity_id=plain[bare]) if bare in plain else m)
    return result
