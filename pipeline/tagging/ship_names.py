"""A ship's name after the noun of its class ("the cruiser Moskva", "the tanker Sea Star"): the scheme has no label
for a vessel, and the town or region the gazetteer finds under that name is not meant; a state's name there ("the
tanker Ukraine chartered") is the state."""

from __future__ import annotations

import re

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase


CLASS_AFTER = re.compile(r"[-‑–]class\b")


def drop_ships_named(text: str, mentions: list[Mention], kb: KnowledgeBase, ship_nouns: frozenset[str],
                     ship_prefixes: frozenset[str]) -> list[Mention]:
    """Mentions right after a ship's class noun or the prefix of a navy's or a merchant ship's name ("the vessel BRP
    Teresa Magbanua", "USS Dewey"), other than states, and the names of a class of vessels or weapons
    ("Virginia-class submarines", "Kilo-class boats")."""
    if not ship_nouns and not ship_prefixes:
        return mentions
    before = re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, ship_nouns | ship_prefixes)))}) $")

    def ship(m: Mention) -> bool:
        entity = kb.get(m.entity_id) if m.entity_id else None
        return m.label != "DATE" and (entity is None or entity.kind != "country") and (
            before.search(text, max(0, m.start - 20), m.start) is not None or CLASS_AFTER.match(text, m.end) is not None)

    return [m for m in mentions if not ship(m)]
