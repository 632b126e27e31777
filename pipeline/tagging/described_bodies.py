"""Capitalised common nouns after a possessive ("its Detention Centre", "their Central Committee"): a description of
a body, capitalised in an institution's house style, not its name. An indefinite article introduces real names too
("an Intergovernmental Working Group that first met in July", "under a Board of Peace"), so it decides nothing."""

from __future__ import annotations

import re

from pipeline.core.mention import Mention
from pipeline.tagging.acronyms import is_acronym
from pipeline.tagging.knowledge_base import KnowledgeBase

DESCRIBING = re.compile(r"(?<![\w’'-])(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur) $")
# what may follow a noun phrase's head: a function word, punctuation, the end; any other lower-case word makes the
# name a modifier ("a Frontier Corps convoy"), and an acronym in brackets defines a name ("its Criminal
# Investigation and Detection Group (CIDG)")
HEAD_ENDS = re.compile(r"(?:\s+(?:in|of|and|or|to|at|for|on|with|by|from|that|which|who|is|was|has|had|were|are)\b|\s*[.,;:)]|\s*$)")


def drop_described_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Drops an organisation's name the knowledge base does not know that stands right after a possessive
    determiner: a proper name takes none ("its Detention Centre in Scheveningen"); known bodies ("its Hezbollah
    allies"), acronyms, a name modifying a noun after it ("their Frontier Corps convoy"), a name its acronym follows
    and persons stay."""
    return [m for m in mentions if not (
        m.label == "GROUP" and not kb.is_known(m.entity_id) and not is_acronym(m.text)
        and DESCRIBING.search(text, max(0, m.start - 6), m.start) and HEAD_ENDS.match(text, m.end))]
