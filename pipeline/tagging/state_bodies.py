"""Bodies of a kind every state has ("Ministry of Foreign Affairs", "Supreme Court", "General Intelligence
Service") named with their state before them, and regions named with their unit noun: links that name the entity
meant, not the words shared by every state's body or by a region and its town."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import AUTO_PREFIX, Entity, KnowledgeBase, normalise_name
from pipeline.tagging.names import is_demonym_of, looks_like_demonym

ORIGIN = "+state-body"
STANDARD = "pycountry"  # the source of the standard's administrative regions (ISO 3166-2), not of world regions ("Central Africa")
# a state before a body: its possessive ("Egypt's", "Tajikistan's own"), its demonym ("the Russian"), or a citation's
# author ("Qatar, Ministry of Foreign Affairs")
POSSESSIVE = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})[’']s\s+(?:own\s+)?$")
DEMONYM = re.compile(r"(?:^|\b)(?:[Tt]he|[Aa]n?|[’']s|its)\s+([A-Z][a-z]+)\s+$")
CITED_STATE = re.compile(r"(?:^|\n)([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}),\s+$")


def _generic(name: str, heads: frozenset[str]) -> bool:
    """A name made of a state body's head and its remit, whatever the state ("Ministry of Foreign Affairs",
    "State Committee for National Security", "National Assembly", "Supreme Court"): a head before "of" or "for", or
    a head that ends it."""
    words = name.split()
    return len(words) > 1 and (words[-1] in heads or any(w in heads and after in ("of", "for") for w, after in zip(words, words[1:])))


def _demonym_state(word: str, kb: KnowledgeBase) -> Entity | None:
    """The country whose demonym `word` is ("Russian" Russia, "Egyptian" Egypt, "Kyrgyz" Kyrgyzstan)."""
    countries = kb.place_names(("country",))
    if not looks_like_demonym(word, countries):
        return None
    word_key = normalise_name(word)
    # the country whose whole name the demonym opens with, the longest first ("Nigerian" Nigeria, "Nigerien" Niger)
    named = sorted((c for c in countries if c[:4] == word_key[:4] and is_demonym_of(word, c)),
                   key=lambda c: (not word_key.startswith(c), -len(c), c))
    entity = kb.lookup(named[0]) if named else None
    return entity if entity is not None and entity.kind == "country" else None


def _state_before(text: str, m: Mention, kb: KnowledgeBase) -> Entity | None:
    before = text[max(0, m.start - 40):m.start]
    for pattern, read in ((POSSESSIVE, kb.lookup), (CITED_STATE, kb.lookup), (DEMONYM, lambda w: _demonym_state(w, kb))):
        match = pattern.search(before)
        entity = read(match.group(1)) if match else None
        if entity is not None and entity.kind == "country":
            return entity
    return None


def bodies_of_named_states(text: str, mentions: list[Mention], kb: KnowledgeBase, heads: frozenset[str]) -> list[Mention]:
    """"Egypt's General Intelligence Service", "the Russian Ministry of Defence", "Qatar, Ministry of Foreign
    Affairs": a body of a kind every state has, which the knowledge base does not know, named after its state's
    possessive, demonym or name takes the state in its id (guidelines: `national-guard-mexico`; an acronym the text
    defines stays the stem: `gknb-tajikistan`), as a body named with "of" and its state does
    (`split_parent_bodies`); its later mentions by the name alone follow where the document names the body with one
    state only."""
    own: dict[int, str] = {}
    states: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label == "GROUP" and m.entity_id and not kb.is_known(m.entity_id) and _generic(m.text, heads):
            state = _state_before(text, m, kb)
            if state is not None:
                own[i] = kb.derived_id(f"{m.entity_id.removeprefix(AUTO_PREFIX)} {state.name}")
                states.setdefault(m.entity_id, set()).add(own[i])
                first.setdefault(m.entity_id, i)
    single = {old: ids.pop() for old, ids in states.items() if len(ids) == 1}

    def qualified(i: int, m: Mention) -> str | None:
        if i in own:
            return own[i]
        follows = m.label == "GROUP" and m.entity_id in single and i > first[m.entity_id] and _generic(m.text, heads)
        return single[m.entity_id] if follows else None

    return [replace(m, entity_id=q, origin=f"{m.origin}{ORIGIN}") if (q := qualified(i, m)) else m for i, m in enumerate(mentions)]


def regions_named_with_their_unit(mentions: list[Mention], kb: KnowledgeBase, units: frozenset[str]) -> list[Mention]:
    """"Tulcea County": a place named with a unit noun the knowledge base's region lacks (the standard calls
    Romania's counties departments) is that administrative region, not a new entity; the town of the same name is
    not meant, nor a world region ("Central Africa Province" is an armed group's name)."""
    result = []
    for m in mentions:
        words = m.text.split()
        if m.label == "PLACE" and len(words) > 1 and words[-1] in units and not kb.is_known(m.entity_id):
            region = next((e for e in kb.bearers(" ".join(words[:-1])) if e.kind == "region" and e.source == STANDARD), None)
            m = replace(m, entity_id=region.id) if region else m
        result.append(m)
    return result
