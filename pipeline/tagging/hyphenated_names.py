"""Romanised given names written with a hyphen ("Tsai Ing-wen", "Kim Jong-un", "Moon Jae-in", "Cho Jung-tai"):
the tokenizer cuts at the hyphen and the name rules stop at the lower-case syllable after it, so a person's name
would lose half its given name."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.acronyms import glued_modifier
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name

# the lower-case syllable glued to the name by a hyphen, not followed by another hyphen or letter
SYLLABLE = re.compile(r"-([a-z]{1,6})(?![\w-])")


def join_hyphenated_given_names(text: str, mentions: list[Mention], kb: KnowledgeBase, compound_elements: frozenset[str]) -> list[Mention]:
    """A person's name of two or more words whose last word, a short capitalised syllable, is glued by a hyphen to a
    lower-case syllable takes that syllable: the two halves are one given name (East Asian names romanised with a
    hyphen). The words English glues to a name to make an adjective ("Trump-era", "Obama-style", "Biden-led":
    `glued_modifier`) are no syllables, and a one-word name ("Xi-led") is left alone."""
    covered = {m.start for m in mentions}
    result = []
    for m in mentions:
        words = m.text.split()
        match = SYLLABLE.match(text, m.end) if m.label == "ACTOR" and len(words) >= 2 else None
        if (match and words[-1][:1].isupper() and words[-1].isalpha() and len(words[-1]) <= 6
                and not glued_modifier(match.group(1), compound_elements)
                and m.end + 1 not in covered):
            name = text[m.start:match.end()]
            m = replace(m, end=match.end(), text=name, entity_id=link_name(name, kb) if not kb.is_known(m.entity_id) else m.entity_id)
        result.append(m)
    return result
