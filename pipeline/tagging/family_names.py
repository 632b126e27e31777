"""A person's full name the model read as an organisation, told by the family name the document gives a person."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase

NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def persons_sharing_a_family_name(mentions: list[Mention], kb: KnowledgeBase, heads: frozenset[str]) -> list[Mention]:
    """"Mahamat Idriss Déby" beside "Idriss Déby Itno", "Keiko Fujimori" beside "Alberto Fujimori": a name of two to
    four capitalised words the model guessed as an organisation, ending in the family name of a person the document
    names in full, is a relative's full name, an ACTOR (a full person name is never GROUP); a body named after a
    person keeps its head ("Haftar Forces", "Clinton Foundation") and a name the knowledge base knows is kept."""
    groups = {m.text for m in mentions if m.label == "GROUP"}  # "Perú Libre" read both ways names no family
    persons = [m for m in mentions if m.label == "ACTOR" and " " in m.text and m.text not in groups
               and (kb.get(m.entity_id) is None or kb.get(m.entity_id).label == "ACTOR" and not kb.get(m.entity_id).is_state)]
    families = {word for m in persons for word in m.text.split() if len(word) >= 3 and word[:1].isupper()}

    def relative(m: Mention) -> bool:
        words = m.text.split()
        return (m.label == "GROUP" and m.source == "model" and not kb.is_known(m.entity_id) and 2 <= len(words) <= 4
                and all(NAME_WORD.fullmatch(w) and w[:1].isupper() and w not in heads for w in words) and words[-1] in families)

    return [replace(m, label="ACTOR", origin=f"{m.origin}+family-name") if relative(m) else m for m in mentions]
