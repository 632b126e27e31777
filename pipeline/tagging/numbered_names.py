"""Roman numerals that close a body's name ("Pre-Trial Chamber I", "Trial Chamber II", "Working Group III"): the
numeral tells the body from its siblings, so it belongs to the name."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name

NUMERAL_AFTER = re.compile(r" (X{0,3}(?:IX|IV|V?I{0,3}))(?![\w’'-])")


def join_closing_numerals(text: str, mentions: list[Mention], kb: KnowledgeBase, unit_heads: frozenset[str]) -> list[Mention]:
    """An organisation's name followed by a Roman numeral takes it in; the single "I", which is also the pronoun
    ("the Committee I chaired"), only after the head of a numbered unit (`unit_heads`: "Chamber", "Section"), and
    never where another mention begins at the numeral."""
    starts = {m.start for m in mentions}
    result = []
    for m in mentions:
        match = NUMERAL_AFTER.match(text, m.end) if m.label == "GROUP" else None
        numeral = match.group(1) if match else ""
        if numeral and (numeral != "I" or m.text.split()[-1] in unit_heads) and match.start(1) not in starts:
            name = text[m.start:match.end()]
            m = replace(m, end=match.end(), text=name, entity_id=link_name(name, kb), origin=f"{m.origin}+numeral")
        result.append(m)
    return result
