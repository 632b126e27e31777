"""A state's or a province's postal abbreviation after a place name ("Andrews AFB, MD", "Washington, DC 20590",
"Seal Beach, CA 90740") names that state: a PLACE (guidelines, section 10), linked to it. The postal abbreviations
of the United States and Canada are their ISO 3166-2 codes, so pycountry gives the states."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from spacy.tokens import Doc

from pipeline.tagging.candidates import TIER_DEFINITION, Candidate
from pipeline.tagging.doc_access import doc_text
from pipeline.tagging.knowledge_base import KnowledgeBase

ORIGIN = "postal-code"
POSTAL_COUNTRIES = ("US", "CA")
# ", MD" after a word, then a ZIP code, a punctuation mark, the line's end, "and" or "or"
AFTER_A_NAME = re.compile(r"(?<=[\w.)’']), ([A-Z]{2})(?=\s+\d{5}(?:-\d{4})?\b|[,.;:)]|[ \t]*$|\s+(?:and|or)\b)", re.MULTILINE)
NAME_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*$")
ZIP_CODE = re.compile(r"\s+\d{5}\b")
# codes that are also a degree or a title after a person's name ("Jane Kim, MD"), a compass quarter of an address
# ("Constitution Avenue, NE") or a word in capitals: only after a known place or an abbreviation in capitals
# ("Andrews AFB, MD"), or before a ZIP code
AMBIGUOUS = frozenset({"MD", "MA", "PA", "DO", "NE", "IN", "OR", "ME", "OK", "HI", "ID"})


@lru_cache(maxsize=1)
def postal_states() -> dict[str, str]:
    """Postal abbreviation → the state's name as the knowledge base's alias writes it ("Maryland State")."""
    return {s.code.split("-")[1]: f"{s.name} {s.type}" for country in POSTAL_COUNTRIES
            for s in pycountry.subdivisions.get(country_code=country)}


def postal_state_candidates(doc: Doc, kb: KnowledgeBase, places: list[Candidate]) -> list[Candidate]:
    """Each postal abbreviation of a state after a capitalised name as a PLACE; `places`: the paragraph's known
    places, which vouch for an ambiguous code after them."""
    text = doc_text(doc)
    states = postal_states()
    place_before = {c.end: kb.get(c.entity_id) if c.entity_id else None for c in places if c.label == "PLACE"}
    found = []
    for match in AFTER_A_NAME.finditer(text):
        code = match.group(1)
        name = NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        place = place_before.get(match.start())
        if code not in states or name is None or (place is not None and place.country not in ("", *POSTAL_COUNTRIES)):
            continue  # "Berlin, DE", "Tunis, TN": a foreign town's country code
        vouched = match.start() in place_before or name.group().isupper() or ZIP_CODE.match(text, match.end()) is not None
        if code in AMBIGUOUS and not vouched:
            continue
        entity = kb.lookup(states[code])
        found.append(Candidate(match.start(1), match.end(1), "PLACE", "rule", ORIGIN, TIER_DEFINITION, 3,
                               entity.id if entity else None, None, "region"))
    return found
