"""A town's metropolitan area named with a prefix word ("Metro Manila", "Greater London", "Greater Cairo"): one
place, the area around the town, not the town itself."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name

TOWN_KINDS = frozenset({"city", "capital"})


def join_metro_areas(text: str, mentions: list[Mention], kb: KnowledgeBase, prefixes: frozenset[str]) -> list[Mention]:
    """A town (the knowledge base's kind) right after a capitalised area prefix (`prefixes`) takes the prefix in: one
    PLACE, linked as the whole is known; "the greater part of London" (lower case) stays the town."""
    if not prefixes:
        return mentions
    before = re.compile(rf"(?<![\w’'-])({'|'.join(map(re.escape, sorted(prefixes)))}) $")
    result = []
    for m in mentions:
        entity = kb.get(m.entity_id) if m.entity_id and m.label in ("PLACE", "ACTOR") else None
        prefix = before.search(text, max(0, m.start - 20), m.start) if entity is not None and entity.kind in TOWN_KINDS else None
        if prefix:
            name = text[prefix.start():m.end]
            m = replace(m, start=prefix.start(), text=name, label="PLACE", entity_id=link_name(name, kb), origin=f"{m.origin}+metro")
        result.append(m)
    return result
