"""Places the document shows by its own evidence. A name the statistical model guessed to be a person, with no
context of its own, is the place the document shows it to be elsewhere ("assistance to Tigray" where the text also
says "in Tigray" and "the region of Tigray"): a region or a town is never an ACTOR (annotation scheme), and a
document names one thing by one name; so is a group of islands named by its plural ("the Spratlys").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import free

CONTEXT = "+context:"


def _bare_guess(m: Mention) -> bool:
    return m.source == "model" and "+" not in (m.origin or "")


def places_shown_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """Each bare model guess typed ACTOR whose very name the document types PLACE from its context elsewhere,
    and never ACTOR or GROUP, becomes that PLACE. A guessed body is left alone: a locative context also takes
    companies and offices ("at Boeing", "to Docket Operations")."""
    shown: dict[str, set[str]] = {}
    for m in mentions:
        if CONTEXT in (m.origin or "") or not _bare_guess(m):
            shown.setdefault(m.text, set()).add(m.label)
    places = {text for text, labels in shown.items() if labels == {"PLACE"}}
    return [replace(m, label="PLACE", origin=f"{m.origin}+document-place")
            if m.label == "ACTOR" and _bare_guess(m) and m.text in places else m for m in mentions]


def features_named_by_their_noun(text: str, mentions: list[Mention], feature_nouns: frozenset[str]) -> list[Mention]:
    """"the Cuyuní" where the document also writes "the Cuyuní river", "Torkham" beside "the Torkham crossing": a
    name the document types PLACE before a lower-case noun of a geographic feature or a crossing (a river, a pass,
    an airport) is that place wherever the model guessed it a body, and "the Cuyuní" wherever it stands alone.
    Administrative nouns are no evidence: "the Afar region" and "the Afar" (a people) share a name."""
    if not feature_nouns:
        return mentions
    nouns = "|".join(sorted(map(re.escape, feature_nouns)))
    shown = {m.text: m for m in mentions if m.label == "PLACE" and re.match(rf" (?:{nouns})\b", text[m.end:m.end + 20])}
    return _the_place_throughout(text, mentions, shown, lambda m: m.label in ("ACTOR", "GROUP") and m.source == "model",
                                 r"\b[Tt]he ({names})\b(?!\s?[A-Z]|-)", "feature-named")


# "NEW DELHI/ISLAMABAD (Meridian) — ", "GEORGETOWN, Guyana — ": a news report's dateline opens its line with the
# places written in capitals, perhaps the country, perhaps the agency in brackets, then a dash
DATELINE = re.compile(r"^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:/[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)*)"
                      r"(?:, [A-Z][\w .'’-]{1,40}?)?(?: \(([A-Z][\w .&’'-]{1,40})\))? [—–-] ", re.MULTILINE)


def dateline_places(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The places of a news report's dateline, written in capitals ("NEW DELHI/ISLAMABAD (Meridian) —"), are places
    linked as the knowledge base writes them ("New Delhi"), if it knows them all as places; the agency in brackets is an organisation, the one
    the document names in full elsewhere if it does ("Meridian Press Agency")."""
    added, relabelled = [], {}
    for line in DATELINE.finditer(text):
        names = line.group(1).split("/")
        places = [kb.lookup(name.title()) for name in names]
        if not all(p is not None and p.label == "PLACE" for p in places):
            continue  # a heading in capitals before a dash ("SUMMARY — ...") is no dateline
        offset = line.start(1)
        for name, place in zip(names, places):
            start = text.index(name, offset)
            offset = start + len(name)
            added.append(Mention(start, start + len(name), "PLACE", name, place.id, None, "rule", "names:dateline"))
        if line.group(2):
            agency = line.group(2)
            full = next((m for m in mentions if m.label == "GROUP" and m.text.startswith(agency + " ")), None)
            relabelled[line.start(2)] = (full.entity_id if full else kb.derived_id(agency))
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    kept = [replace(m, label="GROUP", entity_id=relabelled[m.start], origin=f"{m.origin}+dateline")
            if m.start in relabelled and m.end - m.start == len(m.text) else m for m in kept]
    return sorted(kept + added, key=lambda m: (m.start, m.end)) if added else kept


TOWN_KINDS = frozenset({"city"})


def features_linked_by_their_noun(text: str, mentions: list[Mention], kb: KnowledgeBase, nouns: frozenset[str]) -> list[Mention]:
    """"Rutshuru territory", "the Neelum valley", "Kavumu airport", "the Lugenda river": a name before the lower-case
    noun of a feature, a site or a district names that feature, not the town the name also belongs to: it links
    to the knowledge base's "<name> <noun>" if known, else to an id of its own; a country's, a region's or a
    capital's name keeps its entity ("Kabul airport", "the Tigray region")."""
    if not nouns:
        return mentions
    following = re.compile(rf" ({'|'.join(sorted(map(re.escape, nouns)))})\b")
    result = []
    for m in mentions:
        noun = following.match(text, m.end) if m.label == "PLACE" else None
        entity = kb.get(m.entity_id) if noun else None
        if noun and (entity is None or entity.kind in TOWN_KINDS):
            whole = f"{m.text} {noun.group(1)}"
            known = kb.lookup(whole)
            m = replace(m, entity_id=known.id if known else kb.derived_id(whole), origin=f"{m.origin}+feature-noun")
        result.append(m)
    return result


def island_groups(text: str, mentions: list[Mention], group_heads: frozenset[str]) -> list[Mention]:
    """"the Spratlys" where the document also writes "Spratly Islands", "the Solomons" beside "Solomon Islands": a
    group of islands, islets, shoals or reefs the document names with its head is the same place when named by its
    plural alone, whatever type was guessed for it; the document's own name is the evidence, not a list (hills and
    mountains are left out: "the Nuba" live in the Nuba Mountains)."""
    groups = {m.text.rsplit(" ", 1)[0] + "s": m for m in mentions
              if m.label == "PLACE" and m.text.count(" ") == 1 and m.text.rsplit(" ", 1)[1] in group_heads}
    return _the_place_throughout(text, mentions, groups, lambda m: m.label != "PLACE", r"\bthe ({names})\b",
                                 "island-group")


def _the_place_throughout(text: str, mentions: list[Mention], places: dict[str, Mention], retyped: Callable[[Mention], bool],
                          bare: str, tag: str) -> list[Mention]:
    """The mentions of a name in `places` that `retyped` accepts become that place (its label and id), and each free
    occurrence `bare` matches (its pattern holding `{names}`, group 1 the name) is added as one."""
    if not places:
        return mentions
    kept = [replace(m, label="PLACE", entity_id=places[m.text].entity_id, origin=f"{m.origin}+{tag}")
            if m.text in places and retyped(m) else m for m in mentions]
    taken = sorted((m.start, m.end) for m in kept)
    pattern = bare.format(names="|".join(map(re.escape, sorted(places))))
    added = [Mention(match.start(1), match.end(1), "PLACE", match.group(1), places[match.group(1)].entity_id, None, "rule",
                     f"names:{tag}")
             for match in re.finditer(pattern, text) if free(taken, match.start(1), match.end(1))]
    return sorted(kept + added, key=lambda m: (m.start, m.end))
