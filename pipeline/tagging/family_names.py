"""A person's full name the model read as an organisation, told by the family name the document gives a person, and
a family named by its family name ("the Déby family")."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name

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


def families_named(text: str, mentions: list[Mention], kb: KnowledgeBase, family_nouns: frozenset[str]) -> list[Mention]:
    """"the Déby family has kept power", "the Ampatuan clan": a capitalised name before a family noun names the family,
    a GROUP, where the document names a person who bears it or read it as one ("Déby" ACTOR becomes the family); the
    family noun stays outside the span."""
    if not family_nouns:
        return mentions
    nouns = "|".join(sorted(map(re.escape, family_nouns)))
    bearers = {word for m in mentions if m.label == "ACTOR" for word in re.split(r"[\s-]", m.text)}  # "al-Assad": "Assad"
    at = {(m.start, m.end): k for k, m in enumerate(mentions)}
    result, added = list(mentions), []
    for match in re.finditer(rf"\b[Tt]he ([A-Z][\w’'-]+) (?:{nouns})\b", text):
        span = match.span(1)
        if span in at and result[at[span]].label == "ACTOR":
            result[at[span]] = replace(result[at[span]], label="GROUP", origin=f"{result[at[span]].origin}+family")
        elif span not in at and match.group(1) in bearers and not any(m.start < span[1] and span[0] < m.end for m in mentions):
            added.append(Mention(span[0], span[1], "GROUP", match.group(1), link_name(f"{match.group(1)} family", kb), None, "rule", "names:family"))
    return sorted(result + added, key=lambda m: (m.start, m.end))
