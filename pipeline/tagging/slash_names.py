"""Double names joined by a slash ("Pyla/Pile", "Mia Milia/Haspolat", "Rizokarpaso/Dipkarpaz"): a place named in
two languages or by two communities. Each name is a mention of its own, the one read beside the place found: a place,
and the same entity unless the knowledge base knows the second as another ("Israel/Palestine")."""

from __future__ import annotations

import re

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
