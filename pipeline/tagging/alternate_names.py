"""Two forms of one name: a place's other name written beside it ("Deneia/Denya", "Varosha (Maras)") and a
person's name with or without a middle initial ("Donald J. Trump", "Donald Trump") take one id."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase

MIDDLE_INITIALS = re.compile(r"^(\S+)\s+(?:[A-Z]\.\s+)+(\S+(?:\s\S+)?)$")
CAPITALISED = re.compile(r"^[A-Z][^\s]*(?:[\s-][A-Z][^\s]*)*$")


def _second_name(text: str, first: Mention, second: Mention) -> str | None:
    """"/" or "(" where the second place is another name of the first: a slash pair, or a name in brackets
    made of capitalised words only ("Varosha (Maras)", not "Kidal (northern Mali)")."""
    between = text[first.end:second.start]
    if between == "/":
        return "slash"
    if between == " (" and text[second.end:second.end + 1] == ")" and CAPITALISED.match(second.text):
        return "bracket"
    return None


def alternate_place_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"Deneia/Denya", "Pyla/Pile", "Varosha (Maras)": two names of one place paired with a slash or the second in
    brackets are one place (guidelines: "Derry/Londonderry"), the knowledge base's where it knows one of them, the
    first's otherwise, also where the document uses the other name alone after a slash pair. Two places the knowledge
    base knows apart ("Kyrgyzstan/Tajikistan", "NEW DELHI/ISLAMABAD") are two; a place in brackets that is known, that
    the document names elsewhere on its own, or whose name holds the first's is no other name: it locates the first
    ("Goma (North Kivu)", "Lascahobas (Centre)" beside "the Centre department") or is named after it ("the Black Sea
    (MCM Black Sea)")."""
    joined: dict[str, str] = {}
    places = [m for m in mentions if m.label == "PLACE" and m.entity_id]
    uses: dict[str, int] = {}
    for m in places:
        uses[m.entity_id] = uses.get(m.entity_id, 0) + 1
    for first, second in zip(places, places[1:]):
        pair = _second_name(text, first, second)
        known = kb.is_known(first.entity_id), kb.is_known(second.entity_id)
        if pair is None or all(known) or first.entity_id == second.entity_id:
            continue
        if pair == "bracket" and (known[1] or uses[second.entity_id] > 1 or first.text in second.text):
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
