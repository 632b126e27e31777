"""Titles and honorifics kept outside person names, whichever step read the name."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name


@lru_cache(maxsize=4)
def _leading_titles(titles: frozenset[str], modifiers: frozenset[str] = frozenset()) -> re.Pattern:
    """Titles opening a name, each also in the plural before a list of names ("Senators Jim Risch and …"), the first
    after a word that qualifies a post ("Interim President", "Acting Minister")."""
    words = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len, reverse=True))
    qualified = rf"(?:(?:{'|'.join(map(re.escape, sorted(modifiers)))})\s+)?" if modifiers else ""
    return re.compile(rf"{qualified}(?:(?:{words})(?:(?<=[a-z])s)?\s+)+(?=[A-Z][^\W\d_])")


def drop_titles(mentions: list[Mention], kb: KnowledgeBase, titles: frozenset[str], heads: frozenset[str] = frozenset(),
                bodies: frozenset[str] = frozenset(), modifiers: frozenset[str] = frozenset()) -> list[Mention]:
    """"Sheikh Tamim bin Hamad Al Thani", "Prime Minister Mher Grigoryan", "Supreme Leader Ali Khamenei", "Major
    General Peter Cirimwami": the titles that open a person's name are no part of it (annotation guidelines), the
    name links as written without them; a name the model typed otherwise is a person when two or more capitalised
    words follow the title, none an organisation's or a place's head (`heads`: "General Assembly", "President
    Hotel Group" are no persons, nor is a name ending in such a head that the model took for a person, "Special
    Geographic Area"); a name the knowledge base knows with its title is kept whole. A body called by its
    head word before its officer's title ("House Speaker Kevin McCarthy", "Commission President Ursula von der Leyen";
    `bodies`) is a GROUP mention of its own beside the person."""
    if not titles:
        return mentions
    leading = _leading_titles(titles, modifiers)
    result = []
    for m in mentions:
        body = m.text.split(" ", 1)[0] if m.label != "DATE" and m.text.split(" ", 1)[0] in bodies else ""
        skip = len(body) + 1 if body else 0
        match = leading.match(m.text, skip) if m.label != "DATE" else None
        rest = m.text[match.end():] if match else ""
        words = rest.split()
        person = (m.label == "ACTOR" and not (words and words[-1] in heads)  # "Special Geographic Area": a title word opens a place's name
                  or m.source == "model" and len(words) >= 2 and not any(w in heads for w in words))
        if match and person and kb.lookup(m.text) is None:
            if body:
                result.append(replace(m, end=m.start + len(body), text=body, label="GROUP", entity_id=link_name(body, kb), origin=f"{m.origin}+body"))
            entity_id = m.entity_id if kb.is_known(m.entity_id) and not body else link_name(rest, kb)
            m = replace(m, start=m.start + match.end(), text=rest, label="ACTOR", entity_id=entity_id, origin=f"{m.origin}+untitled")
        result.append(m)
    return result


def drop_post_nominals(mentions: list[Mention], kb: KnowledgeBase, post_nominals: frozenset[str]) -> list[Mention]:
    """"Karim A. A. Khan KC", "Jane Doe, OBE": letters for a rank at the bar or an order written after a person's
    name are no part of it (annotation guidelines); a name the knowledge base knows whole is kept."""
    result = []
    for m in mentions:
        words = m.text.split()
        if m.label == "ACTOR" and len(words) > 2 and words[-1] in post_nominals and kb.lookup(m.text) is None:
            name = m.text[:m.text.rindex(words[-1])].rstrip(", \n")
            m = replace(m, end=m.start + len(name), text=name, entity_id=link_name(name, kb), origin=f"{m.origin}+post-nominal")
        result.append(m)
    return result
