"""What kind of thing a name is, from the kind of word it is built on or stands beside: a compass word before a
region the knowledge base knows names a part or a unit of it, a company's trade word a company, and a name travelled
along or through ("along the Danube", "through the Bosphorus") is a waterway or a land route."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import normalise_name


def a_part_of_a_known_region(words: list[str], rules: dict) -> bool:
    """"Central Papua", "South Kordofan", "Upper Nile": a compass or position word before the name of a region or a
    country the knowledge base knows is a part or a unit of it, whether or not the name is also an English word."""
    return len(words) == 2 and words[0].lower() in rules["compass_modifiers"] and words[1][:1].isupper() \
        and normalise_name(words[1]) in rules.get("region_names", ()) and words[1] not in rules["org_heads"]


def along_a_route(doc, span, route_words) -> bool:
    """"along the Danube to Constanta", "warships through the Bosphorus": a one-word name with its article after a
    preposition of passage is the river, strait or road passed along, a place; an acronym ("through the UNDP") may
    be a channel of money, a body."""
    i = span.start - 1
    return len(span) == 1 and not span.text.isupper() and i >= 1 and doc[i].lower_ == "the" and doc[i - 1].lower_ in route_words


LAST_WORD = re.compile(r"(\w+)\s+$")
NEXT_WORD = re.compile(r"\s+(\w+)")
CLOSED = re.compile(r"\b(?:and|or)\s")


def listed_after_a_locative(text: str, span: tuple[int, int], item_end: int, locatives: frozenset[str]) -> bool:
    """"the displaced in Nduga, Intan Jaya and Maybrat": every item of a list closed by "and" or "or" (`span`: its
    first item's start, its last item's start) that a locative preposition opens is a place, also one shaped like a
    person's name; an item with a place of its own after it ("Daniel Fernandes in Georgetown and Ana Belén Rojas in
    Caracas") is a person listed after a place, and a name after a place and a comma alone is an apposition ("in
    Belarus, Nils Muižnieks, has")."""
    before = LAST_WORD.search(text, max(0, span[0] - 20), span[0])
    after = NEXT_WORD.match(text, item_end)
    return before is not None and before.group(1).lower() in locatives and CLOSED.search(text, span[0], span[1]) is not None \
        and not (after is not None and after.group(1).lower() in locatives)


REGION_NAMED = "+region-named"  # the origin mark of a community's name read as its region's
REGION_WORDS = frozenset({"region", "regional", "state", "province"})


def a_community_named_as_its_region(doc, span, rules: dict) -> bool:
    """"the fighting has moved to Amhara and Oromia", "a state of emergency in Amhara", "the Amhara region": a
    community's name before a word for a region, or right after a locative preposition or one of movement ("to") and
    not modifying a noun after it ("in Amhara areas", "to Tuareg leaders"), names the region the community gives its
    name to, a place (guidelines: a name both a region's and a community's)."""
    if span.end < len(doc) and doc[span.end].lower_ in REGION_WORDS:
        return True  # "the Amhara region", "Amhara regional forces", "Amhara State"
    if span.start == 0 or span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ in ("NOUN", "ADJ"):
        return False
    before = doc[span.start - 1]
    return before.lower_ in rules["name_locatives"] or before.lower_ in rules["motion_prepositions"]


def regions_the_text_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A community's name read as its region's ("fighting moved to Amhara") stays the community's unless the document
    itself names such a region ("the Amhara region", "the Amhara regional state", "the region of Amhara"): with
    hundreds of peoples known, "aid to Greek Cypriots" or "attacks on Hausa" name no region."""
    named = {m.text for m in mentions if REGION_NAMED in (m.origin or "")}
    regions = {name for name in named if re.search(rf"\b{re.escape(name)}\s+(?:[Rr]egion|[Rr]egional|State|[Pp]rovince)\b"
                                                  rf"|\b(?:[Rr]egion|[Ss]tate|[Pp]rovince) of {re.escape(name)}\b", text)}
    return [m if REGION_NAMED not in (m.origin or "") or m.text in regions
            else replace(m, label="GROUP", entity_id=m.entity_id.removesuffix("-region") if m.entity_id else m.entity_id,
                         origin=m.origin.replace(REGION_NAMED, ""))
            for m in mentions]


LABEL_BEFORE = re.compile(r"(?::|\b(?:Dr|Mr|Mrs|Ms|Prof)\.?)\s*$")


def a_nationality_gloss(text: str, name: tuple[int, int], gloss, given_names: frozenset[str]) -> bool:
    """"Head of Mission: Dr. Kamala Shrestha (Nepal). Legal Analyst: Aishath Shifa (Maldives)": a country in brackets
    after a name of two or more words that opens with a given name, or follows a list's role label, is the person's
    nationality, not the region of a town ("Marigot (South-East)"); the person is ACTOR, the country PLACE."""
    words = text[name[0]:name[1]].split()
    return gloss is not None and gloss.kind == "country" and re.fullmatch(r"\s*\(", text[name[1]:gloss.start]) is not None \
        and text[gloss.end:gloss.end + 1] == ")" and len(words) >= 2 and all(w[:1].isupper() for w in words) \
        and (words[0] in given_names or LABEL_BEFORE.search(text, max(0, name[0] - 40), name[0]) is not None)


def a_company_name(words: list[str], rules: dict) -> bool:
    """"Barrick Gold", "Rio Tinto Mining", "Anglo American Resources": a name closed by the word of a company's trade
    is a company, a GROUP; one that opens with a given name is a person's ("Dore Gold")."""
    return len(words) >= 2 and words[-1] in rules.get("company_heads", ()) and words[0] not in rules["given_names"] \
        and all(w[:1].isupper() for w in words)
