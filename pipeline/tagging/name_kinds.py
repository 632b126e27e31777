"""What kind of thing a guessed name is, from the kind of word it is built on: a building at a locative preposition
is the venue, a compass word before a region the knowledge base knows names a part or a unit of it, and a kind of
organisation set in apposition before the name ("the national police, Polri") says it is a body; a name travelled
along or through ("along the Danube", "through the Bosphorus") is a waterway or a land route."""

from __future__ import annotations

from pipeline.tagging.knowledge_base import normalise_name


def a_venue(doc, span, rules: dict) -> bool:
    """"a plan presented at the White House", "met inside Government House": a building's name after a locative
    preposition (through "the") is the venue, a place; "the White House said" stands for the institution it houses."""
    if len(span) < 2 or span[-1].text not in rules.get("building_heads", ()):
        return False
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in rules["name_locatives"]


def a_part_of_a_known_region(words: list[str], rules: dict) -> bool:
    """"Central Papua", "South Kordofan", "Upper Nile": a compass or position word before the name of a region or a
    country the knowledge base knows is a part or a unit of it, whether or not the name is also an English word."""
    return len(words) == 2 and words[0].lower() in rules["compass_modifiers"] and words[1][:1].isupper() \
        and normalise_name(words[1]) in rules.get("region_names", ()) and words[1] not in rules["org_heads"]


def kind_in_apposition_before(words: list[str], start: int, kinds: frozenset[str]) -> bool:
    """"the national police, Polri,", "the regulator, Ofgem": a kind of organisation, a comma, then the name."""
    return start >= 2 and words[start - 1] == "," and words[start - 2] in kinds


ROUTE_WORDS = frozenset({"along", "through", "via", "upstream", "downstream"})


def along_a_route(doc, span) -> bool:
    """"along the Danube to Constanta", "warships through the Bosphorus": a one-word name with its article after a
    preposition of passage is the river, strait or road passed along, a place; an acronym ("through the UNDP") may
    be a channel of money, a body."""
    i = span.start - 1
    return len(span) == 1 and not span.text.isupper() and i >= 1 and doc[i].lower_ == "the" and doc[i - 1].lower_ in ROUTE_WORDS
