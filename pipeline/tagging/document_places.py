"""Places, persons and bodies the document shows by its own evidence. A name the statistical model guessed to be a
person, with no context of its own, is the place the document shows it to be elsewhere ("assistance to Tigray" where
the text also says "in Tigray" and "the region of Tigray"): a region or a town is never an ACTOR (annotation scheme),
and a document names one thing by one name; so is a group of islands named by its plural ("the Spratlys"), a unit's
name written once before its noun ("Nduga regency"), a building's name after a locative preposition (the venue), a
person's name a rule shows elsewhere, and a name the model guesses mostly one way.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from pipeline.core.mention import Mention
from pipeline.tagging.context_types import CONTEXT_ORIGIN, PERSON_SHAPES
from pipeline.tagging.knowledge_base import KnowledgeBase, slugify
from pipeline.tagging.linker import free, link_name, particle_ends, surnames_of_persons


def any_of(words) -> str:
    """The words as one regex alternation, in a fixed order."""
    return "|".join(sorted(map(re.escape, words)))


def _bare(m: Mention) -> bool:
    """The model's type with nothing to back it: no rule made the mention and none retyped it."""
    return m.source == "model" and "+" not in (m.origin or "")


def _bare_guess(m: Mention) -> bool:
    """A bare model type, or a person's shape alone ("Naib Rafi" opening with a given name)."""
    return _bare(m) or m.origin in PERSON_SHAPES


def places_shown_elsewhere(mentions: list[Mention], text: str, incident_nouns: frozenset[str]) -> list[Mention]:
    """Each bare model guess typed ACTOR whose very name the document types PLACE from its context elsewhere,
    and never ACTOR or GROUP, becomes that PLACE. A guessed body is left alone: a locative context also takes
    companies and offices ("at Boeing", "to Docket Operations"); but a guessed body right before the noun of an
    incident ("killed in Besham", then "the Besham attack"; "the Pahalgam massacre") is where it happened."""
    shown: dict[str, set[str]] = {}
    for m in mentions:
        if CONTEXT_ORIGIN in (m.origin or "") or not _bare_guess(m):
            shown.setdefault(m.text, set()).add(m.label)
    places = {text for text, labels in shown.items() if labels == {"PLACE"}}
    return [replace(m, label="PLACE", origin=f"{m.origin}+document-place")
            if (m.label == "ACTOR" or m.label == "GROUP" and _before_an_incident(text, m, incident_nouns)) and _bare_guess(m)
            and m.text in places else m for m in mentions]


NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _before_an_incident(text: str, m: Mention, incident_nouns: frozenset[str]) -> bool:
    following = NEXT_WORD.match(text, m.end)
    return following is not None and following.group(1) in incident_nouns


def words_naming_places(text: str, place_nouns: frozenset[str]) -> frozenset[str]:
    """Capitalised words the text writes before a lower-case place noun ("the Kashmir valley", "the Tavush region"),
    in lower case: the names of places, which are no person's surname."""
    if not place_nouns:
        return frozenset()
    return frozenset(m.group(1).lower() for m in re.finditer(rf"\b([A-Z][a-z’'-]+) (?:{any_of(place_nouns)})\b", text))


UNIT_OF_NAME = re.compile(r" of ([A-Z][a-z’'-]+)\b(?! [A-Z])")
WORD_BEFORE = re.compile(r"\b(\w+)$")


def units_named(text: str, place_nouns: frozenset[str], org_heads: frozenset[str]) -> frozenset[str]:
    """Capitalised words the text writes after a place noun and "of" ("the province of Sulu", "Province of Sulu v.
    Medialdea"), in lower case: the names of units, where a word before a noun may be an adjective ("Houthi
    areas"); "the Department of State" names a body."""
    units = {n for n in place_nouns if n.capitalize() not in org_heads}
    units |= {n.capitalize() for n in units}
    named = set()
    for match in UNIT_OF_NAME.finditer(text):  # the literal " of " first: one alternation of every unit noun is slow
        before = WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before and before.group(1) in units:
            named.add(match.group(1).lower())
    return frozenset(named)


def persons_named_after_places(mentions: list[Mention], place_words: frozenset[str], unit_words: frozenset[str] = frozenset()) -> list[Mention]:
    """A name that only its given-name shape made a person, ending in a word the text shows to name a place, is a
    place ("in Punjab and Azad Kashmir" beside "the Kashmir valley"); so is a one-word guess of the model that the
    text shows to be a province or a region (`unit_words`: "Sulu voted no" beside "the province of Sulu")."""
    return [replace(m, label="PLACE", origin=f"{m.origin}+place-word") if m.label in ("ACTOR", "GROUP") and (
            m.origin == "names:given-name" and m.text.split()[-1].lower() in place_words
            or _bare_guess(m) and " " not in m.text and m.text.lower() in unit_words) else m for m in mentions]


def features_named_by_their_noun(text: str, mentions: list[Mention], feature_nouns: frozenset[str]) -> list[Mention]:
    """"the Cuyuní" where the document also writes "the Cuyuní river", "Torkham" beside "the Torkham crossing": a
    name the document types PLACE before a lower-case noun of a geographic feature or a crossing (a river, a pass,
    an airport) is that place wherever the model guessed it a body, and "the Cuyuní" wherever it stands alone.
    Administrative nouns are no evidence: "the Afar region" and "the Afar" (a people) share a name."""
    if not feature_nouns:
        return mentions
    noun_after = re.compile(rf" (?:{any_of(feature_nouns)})\b")
    shown = {m.text: m for m in mentions if m.label == "PLACE" and noun_after.match(text, m.end, m.end + 20)}
    return _the_place_throughout(text, mentions, shown, lambda m: m.label in ("ACTOR", "GROUP") and m.source == "model",
                                 r"\b[Tt]he ({names})\b(?!\s?[A-Z]|-)", "feature-named")


TOWN_KINDS = frozenset({"city"})


def features_linked_by_their_noun(text: str, mentions: list[Mention], kb: KnowledgeBase, nouns: frozenset[str]) -> list[Mention]:
    """"Rutshuru territory", "the Neelum valley", "Kavumu airport", "the Lugenda river": a name before the lower-case
    noun of a feature, a site or a district names that feature, not the town the name also belongs to: it links
    to the knowledge base's "<name> <noun>" if known, else to an id of its own; a country's, a region's or a
    capital's name keeps its entity ("Kabul airport", "the Tigray region")."""
    if not nouns:
        return mentions
    following = re.compile(rf" ({any_of(nouns)})\b")
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


def paired_places(text: str, mentions: list[Mention], compass: frozenset[str], unit_nouns: frozenset[str]) -> list[Mention]:
    """"the Kivus", "the two Kivus" and "the Kivu provinces" where the document names "North Kivu" and "South Kivu"
    (so "the Carolinas", "the Sudans"): the plural of a name that two or more places of the document share after
    different compass words names those places together, whatever type was guessed for it; the document's own names
    are the evidence, not a list."""
    shared: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "PLACE" and len(words) == 2 and words[0].lower() in compass and words[1].isalpha():
            shared.setdefault(words[1], set()).add(words[0].lower())
    names = sorted(name for name, sides in shared.items() if len(sides) > 1)
    if not names:
        return mentions
    together = {name: Mention(0, 0, "PLACE", name, slugify(name), None, "rule", "") for name in names}
    plurals = {f"{name}s": together[name] for name in names}
    mentions = _the_place_throughout(text, mentions, plurals, lambda m: m.label != "PLACE",
                                     r"\b[Tt]he (?:two |three |four )?({names})\b", "paired-places")
    units = any_of(u for u in unit_nouns if u.endswith("s"))
    return _the_place_throughout(text, mentions, together, lambda m: False, rf"\b[Tt]he ({{names}}) (?:{units})\b", "paired-places")


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


PAIRED = re.compile(r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*) and ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)")
PLACED_IN = re.compile(r"([A-Z][\w’'-]*) in ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)")  # "Kiviõli in Ida-Viru County"


def split_guessed_pairs(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"Torkham and Spin Boldak", "Kandahar and Helmand": the model's one place over two names joined by "and" is
    two places (guidelines: "X and Y" are two mentions), unless the knowledge base knows the whole as one name
    ("Trinidad and Tobago", "Bosnia and Herzegovina"); so is its one place over a town and the area it lies in
    ("Kiviõli in Ida-Viru County"). The model's one name over two surnames of persons the
    document names in full ("Japarov and Rahmon" after "Sadyr Japarov" and "Emomali Rahmon") is those two persons."""
    surnames = surnames_of_persons(mentions, kb)
    result = []
    for m in mentions:
        pair = (PAIRED.fullmatch(m.text) or (PLACED_IN.fullmatch(m.text) if m.label == "PLACE" else None)) \
            if m.source == "model" and m.label in ("PLACE", "ACTOR", "GROUP") else None
        persons = pair is not None and pair.group(1) in surnames and pair.group(2) in surnames
        if pair is None or kb.lookup(m.text) is not None or not (persons or m.label == "PLACE"):
            result.append(m)
            continue
        for k in (1, 2):
            name = pair.group(k)
            entity = kb.lookup(name)
            entity_id = surnames[name] if persons else entity.id if entity else kb.derived_id(name)
            result.append(replace(m, start=m.start + pair.start(k), end=m.start + pair.end(k), text=name, label="ACTOR" if persons else m.label,
                                  entity_id=entity_id, origin=f"{m.origin}+pair"))
    return result


def units_shown_by_their_noun(text: str, mentions: list[Mention], unit_nouns: frozenset[str]) -> list[Mention]:
    """"Nduga regency" once, then "figures from Nduga", "the people of Nduga": a name the document writes before the
    lower-case noun of an administrative unit is that unit's, a place, wherever the model alone guessed it a body or a
    person; a name the knowledge base or a rule types keeps its type (a region's community, "Amhara militias")."""
    if not unit_nouns:
        return mentions
    nouns = "|".join(sorted(map(re.escape, unit_nouns)))
    units = set(re.findall(rf"\b([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*) (?:{nouns})\b", text))
    return [replace(m, label="PLACE", origin=f"{m.origin}+unit-shown")
            if m.label in ("GROUP", "ACTOR") and _bare(m) and m.text in units else m
            for m in mentions]


LISTED = "+context:listed"  # the type a list passed along to a model's guess
PERSON_RULES = ("names:alias", "names:given-name", "names:particle", "names:title", "names:surname")


def persons_named_elsewhere(mentions: list[Mention], particles: frozenset[str]) -> list[Mention]:
    """"Jorge Luis Zambrano, alias Rasquiña", then "Rasquiña's death"; "Ruth Kaisiepo-Lindqvist", then the interview's
    "Kaisiepo-Lindqvist:" labels: a name that a person's name rule (an alias, a given name, a name particle, a title,
    a named person's surname) shows to be a person's, or such a person's surname, is that person wherever the model
    alone guessed it a body or a place, or a list passed a body's type to it ("signed by al-Sharaa and SDF commander
    Mazloum Abdi"); one sense per document."""
    named = [m for m in mentions if m.label == "ACTOR" and m.source == "rule" and (m.origin or "").startswith(PERSON_RULES)]
    persons = {m.text.split()[-1]: m.entity_id for m in named if " " in m.text} | {m.text: m.entity_id for m in named} \
        | {surname[:1].upper() + surname[1:]: m.entity_id for m in named for surname in _capitalised_ends(m.text, particles)}
    return [replace(m, label="ACTOR", entity_id=persons[m.text], origin=f"{m.origin}+person-elsewhere")
            if m.label in ("GROUP", "PLACE") and (_bare(m) or m.source == "model" and m.origin.endswith(LISTED))
            and m.text in persons else m
            for m in mentions]


def _capitalised_ends(name: str, particles: frozenset[str]) -> list[str]:
    """The ends of a person's name from each lower-case particle on ("von der Leyen", "der Leyen" of "Ursula von der
    Leyen"), which open a sentence capitalised ("Von der Leyen said")."""
    words = name.split()
    return [" ".join(words[k:]) for k in particle_ends(words, particles)]


def venues(text: str, mentions: list[Mention], building_heads: frozenset[str], locatives: frozenset[str]) -> list[Mention]:
    """"a plan presented at the White House", "gathered outside Parliament House": a building's name after a locative
    preposition (through "the") is the venue, a place; "the White House said" stands for the institution it houses
    and stays a body (guidelines, section 9)."""
    if not building_heads or not locatives:
        return mentions
    before = re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, locatives)))})\s+(?:the\s+)?$", re.IGNORECASE)
    return [replace(m, label="PLACE", origin=f"{m.origin}+venue")
            if m.label in ("GROUP", "ACTOR") and " " in m.text and m.text.rsplit(" ", 1)[1] in building_heads
            and before.search(text, max(0, m.start - 20), m.start) else m
            for m in mentions]


def bodies_guessed_mostly(mentions: list[Mention]) -> list[Mention]:
    """"Lockheed Martin rolled out the first aircraft", then "firms such as Lockheed Martin" twice; "Kiir" a person
    three times and a body once: where the model alone guesses one name a body more often than a person, or a person
    more often than a body, and no rule or context says either, every bare guess of it takes the majority's type;
    one sense per document."""
    ruled: set[str] = set()
    guesses: dict[tuple[str, str], int] = {}
    for m in mentions:
        if m.label not in ("ACTOR", "GROUP"):
            continue
        if _bare(m):
            guesses[m.text, m.label] = guesses.get((m.text, m.label), 0) + 1
        else:
            ruled.add(m.text)
    other = {"ACTOR": "GROUP", "GROUP": "ACTOR"}
    majority = {text: label for (text, label), n in guesses.items()
                if text not in ruled and n > guesses.get((text, other[label]), 0) > 0}
    return [replace(m, label=majority[m.text], origin=f"{m.origin}+guessed-mostly")
            if _bare(m) and majority.get(m.text, m.label) != m.label else m for m in mentions]


WORD = re.compile(r"[^\s,;:()]+")


def persons_made_of_places(text: str, mentions: list[Mention], kb: KnowledgeBase, given_names: frozenset[str],
                           common: frozenset[str]) -> list[Mention]:
    """"Sittwe Rakhine", "Mawlaik Sagaing", "Diffa Rice": a table's row of a town and its state, or of a town and its
    crop, that the model read as one person's name. A name the model guessed a person's, opening with no given name,
    whose every word names a place (the knowledge base's, or one the document types PLACE alone) or is a word the
    document writes in lower case (`common`), is its places, each a mention of its own: such a name would otherwise
    lend a surname to every "Sittwe" of the document. One of the words must be a place the document names alone: the
    knowledge base's towns also bear persons' names ("Ali Hassan"). A given name opens a person's name unless the
    document types the word PLACE alone ("Kale Sagaing" beside "in Kale")."""
    places = {m.text for m in mentions if m.label == "PLACE" and " " not in m.text}

    def a_place(word: str) -> bool:
        entity = kb.lookup(word)
        return word in places or entity is not None and entity.label == "PLACE"

    result = []
    for m in mentions:
        words = list(WORD.finditer(m.text))
        if m.label != "ACTOR" or not _bare_guess(m) or len(words) < 2 or words[0].group() in given_names and words[0].group() not in places \
                or not all(a_place(w.group()) or w.group().lower() in common for w in words) \
                or not any(w.group() in places for w in words):
            result.append(m)
            continue
        result += [replace(m, start=m.start + w.start(), end=m.start + w.end(), text=w.group(), label="PLACE",
                           entity_id=link_name(w.group(), kb), origin=f"{m.origin}+places-read-as-a-person")
                   for w in words if a_place(w.group())]
    return result
