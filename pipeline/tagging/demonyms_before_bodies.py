"""A demonym the model read into a known body's name ("the Somali al-Shabaab", "the Afghan Taliban"): the demonym
stays outside the span, and the body is the one the knowledge base knows (guidelines: "a demonym stays unannotated
also beside the name"); a name the knowledge base knows whole ("Syrian Democratic Forces") keeps its demonym."""

from __future__ import annotations

from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.model_spans import is_demonym


def bodies_without_their_demonym(mentions: list[Mention], kb: KnowledgeBase, country_names: frozenset[str],
                                 state_demonyms: frozenset[str]) -> list[Mention]:
    """Each body's mention that opens with a state's demonym (read off `country_names`, or listed) before a body the
    knowledge base knows, and that the knowledge base does not know whole, cut to the body's name and linked to it."""
    cut = []
    for m in mentions:
        demonym, _, rest = m.text.partition(" ")
        body = kb.lookup(rest) if rest and m.label == "GROUP" else None
        if body is None or body.label != "GROUP" or kb.lookup(m.text) is not None \
                or not is_demonym(demonym, country_names, state_demonyms, country_names):
            cut.append(m)
            continue
        start = m.start + len(demonym) + 1
        cut.append(replace(m, start=start, text=rest, entity_id=body.id, origin=f"{m.origin}+demonym-cut"))
    return cut
