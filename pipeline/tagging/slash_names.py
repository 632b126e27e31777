"""Double names joined by a slash ("Pyla/Pile", "Mia Milia/Haspolat", "Rizokarpaso/Dipkarpaz"): a place named in
two languages or by two communities. Each name is a mention of its own, the one read beside the place found: a place,
and the same entity unless the knowledge base knows the second as another ("Israel/Palestine"); two places found on
either side of the slash take one id."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase

AFTER = re.compile(r"/([A-Z][a-z’'-]+(?:-[A-Z][a-z]+)*)\b(?!/)")
BEFORE = re.compile(r"(?<![\w/])([A-Z][a-z’'-]+(?:-[A-Z][a-z]+)*)/$")


def other_names_of_slashed_places(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The name on the other side of a slash glued to a place found, where nothing covers it; words in lower case or
    capitals on either side ("and/or", "OSCE/ODIHR") are left to other rules, and so are communities ("White
    British/Scottish": an adjective)."""
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for m in mentions:
        if m.label != "PLACE" or not m.text[:1].isupper() or m.text.isupper():
            continue
        after = AFTER.match(text, m.end)
        before = BEFORE.search(text[max(0, m.start - 40):m.start])
        spans = ([after.span(1)] if after else []) + ([(m.start - len(before.group(0)), m.start - 1)] if before else [])
        for start, end in spans:
            if any(s < end and start < e for s, e in taken):
                continue
            name = text[start:end]
            known = kb.lookup(name)
            entity_id = known.id if known is not None else m.entity_id
            added.append(Mention(start, end, m.label, name, entity_id, None, "rule", "names:slashed"))
            taken.append((start, end))
    return sorted(mentions + added, key=lambda x: (x.start, x.end))


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
