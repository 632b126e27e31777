"""One non-overlapping set of mentions out of every candidate: the best candidate wins each stretch, compass
words join places ("northern Mali"), names listed with places become places, and each country or capital is
told apart as ACTOR or PLACE (a territory of a state stays PLACE).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Span

from pipeline.tagging.candidates import Candidate, choose
from pipeline.tagging.context_types import PERSON_SHAPES, type_from_context
from pipeline.tagging.coordination import first_conjunct
from pipeline.tagging.doc_access import doc_text, tokens_where
from pipeline.tagging.ethnonym_names import yield_ethnonyms_to_longer_names
from pipeline.tagging.model_spans import is_demonym
from pipeline.tagging.name_kinds import REGION_NAMED, a_community_named_as_its_region
from pipeline.tagging.shown_names import shown_names
from pipeline.tagging.state_roles import decide_role
from pipeline.tagging.territories import a_territory_of_a_state

log = logging.getLogger(__name__)
PLACE_KINDS = ("country", "capital", "region", "continent", "city", "water")


def resolve_candidates(doc: Doc, candidates: list[Candidate], rules: dict) -> list[Candidate]:
    """The chosen candidates and the names their context shows, typed from their context, aligned with tokens, with compass words joined and state
    roles decided."""
    compass = rules["compass_modifiers"]
    places = rules.get("demonym_places", frozenset())
    demonym = partial(is_demonym, place_names=places, state_demonyms=rules["state_demonyms"], country_names=places)
    candidates = yield_ethnonyms_to_longer_names(doc, yield_to_person_names(doc, cut_before_their_leaders(doc, candidates), compass), demonym)
    chosen = type_from_context(doc, choose(candidates + shown_names(doc, candidates, rules)), rules)
    chosen = state_long_forms(doc, chosen, rules.get("state_forms", frozenset()))
    taken = {c.start for c in chosen}
    persons = person_tokens(doc, chosen)
    bodies = [(c.start, c.end) for c in chosen if c.label == "GROUP"]
    resolved = []
    for candidate in chosen:
        span = snap(doc, candidate)
        if span is None:
            continue
        candidate = candidate.moved(span.start_char, span.end_char)
        if candidate.kind == "country" and names_a_currency(doc, span, rules["currency_nouns"]):
            continue
        if candidate.label in ("PLACE", "ACTOR") and candidate.kind in PLACE_KINDS:
            span, candidate = with_feature_head(doc, span, candidate, rules)
            candidate = with_compass(doc, span, candidate, taken, compass)
        elif candidate.label in ("PLACE", "ACTOR") and candidate.source == "model" and after_compass_adjective(doc, span, compass):
            candidate = with_compass(doc, span, candidate, taken, compass)  # "northwestern Tigray": never a person
        if candidate.source == "model" and candidate.label == "ACTOR" and len(span) == 1 \
                and span.text not in rules["given_names"] and listed_with_bodies(span, bodies, rules["spatial_prepositions"]):
            candidate = replace(candidate, label="GROUP", origin=f"{candidate.origin}+listed-with-bodies")  # "the
            # Norwegian Refugee Council and Alight have distributed": a one-word name the model took for a person's
        if candidate.kind == "ethnic-group" and a_community_named_as_its_region(doc, span, rules):
            candidate = replace(candidate, label="PLACE", origin=f"{candidate.origin}{REGION_NAMED}", entity_id=f"{candidate.entity_id}-region", kind="region")
        if candidate.kind == "country" and a_territory_of_a_state(candidate.entity_id, rules["territory_ids"]):
            candidate = replace(candidate, label="PLACE", origin=f"{candidate.origin}+roles:territory")
        elif candidate.kind in ("country", "capital"):
            label, reason = decide_role(span, rules, persons)
            if label == "PLACE" and listed_with_bodies(span, bodies, rules["spatial_prepositions"]):
                label, reason = "ACTOR", "roles:listed-with-bodies"
            candidate = replace(candidate, label=label, origin=f"{candidate.origin}+{reason}")
        resolved.append(candidate)
    return ends_with_a_place(doc, resolved, rules)


def listed_with_bodies(span: Span, bodies: list[tuple[int, int]], spatial: frozenset[str]) -> bool:
    """"the gap falls to the European Union, Japan and the African Development Bank": a state listed beside
    organisations takes part as they do (guidelines: a state that takes part is an ACTOR), unless the list is a
    setting itself ("in Kenya, the camps of UNHCR and …"); a list has its "and" or "or"."""
    if not span.doc.has_annotation("DEP"):
        return False  # a list is read off the parse
    first = first_conjunct(span.root)
    if first.dep_ == "pobj" and first.head.lower_ in spatial:
        return False
    items = (first, *first.conjuncts)
    if not any(c.dep_ == "cc" for t in items for c in t.children):
        return False  # "the Constitutional Council, Yaoundé, 27 October 2025": a reference's parts, no list
    listed = [t for t in items if t.i not in range(span.start, span.end)]
    return any(start <= t.idx < end for t in listed for start, end in bodies)


def ends_with_a_place(doc: Doc, resolved: list[Candidate], rules: dict) -> list[Candidate]:
    """"cross-border movement between Mangochi and Mozambique": a state named with a town or a district as the two
    ends of "between" is, like it, an end of a stretch of ground, a place; "talks between Kabul and the TTP" and
    "tensions between Mali and Kidal" (a noun of a relation between parties) keep the party."""
    places = [c for c in resolved if c.label == "PLACE" and c.kind not in ("country", "capital")]
    relation = rules["agentive_nouns"] | rules["relation_nouns"] | rules["party_nouns"] | rules["agreement_nouns"]
    result = []
    for candidate in resolved:
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand") \
            if candidate.label == "ACTOR" and candidate.kind in ("country", "capital") else None
        first = span.root if span is not None else None
        while first is not None and first.dep_ == "conj":
            first = first.head
        between = first.head if first is not None and first.dep_ == "pobj" and first.head.lower_ == "between" else None
        if between is not None and between.head.lemma_.lower() not in relation and any(
                any(c.start <= end.idx < c.end for c in places) for end in (first, *first.conjuncts) if end not in span):
            candidate = replace(candidate, label="PLACE", origin=f"{candidate.origin}+roles:between-places")
        result.append(candidate)
    return result


def person_tokens(doc: Doc, chosen: list[Candidate]) -> frozenset[int]:
    """The indices of the tokens of the chosen person names (ACTOR, not a state), which a state after "of" may be the
    origin of."""
    spans = (doc.char_span(c.start, c.end, alignment_mode="expand") for c in chosen
             if c.label == "ACTOR" and c.kind not in PLACE_KINDS)
    return frozenset(t.i for span in spans if span is not None for t in span)


def state_long_forms(doc: Doc, chosen: list[Candidate], forms: frozenset[str]) -> list[Candidate]:
    """"the Republic of Rwanda", "the State of Qatar", "the Islamic Emirate of Afghanistan": a state's long form,
    with the capitalised words before its form word, is one name, the
    state's own where the name after "of" is a known country's (its id), else a state of its own; the form word
    alone is never a place (the town "Republic")."""
    result = list(chosen)
    for i in tokens_where(doc, forms.__contains__):
        k = i + 2 if i + 2 < len(doc) and doc[i + 2].lower_ == "the" else i + 1
        if not (k + 1 < len(doc) and doc[i + 1].lower_ == "of" and doc[k + 1].text[:1].isupper()):
            continue
        first = i
        while first > 0 and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper() and not doc[first - 1].is_stop:
            first -= 1  # "the Islamic Emirate of Afghanistan", "the Federal Republic of Nigeria"
        start = doc[first].idx
        if any(c.start < start < c.end or c.start == start and c.end > doc[k + 1].idx for c in result):
            continue  # inside a longer name ("Democratic Republic of the Congo") or known whole ("State of Qatar")
        inner = next((c for c in result if c.start == doc[k + 1].idx and c.label != "DATE"), None)
        if inner is None:
            end = k + 1
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            whole = Candidate(start, doc[end - 1].idx + len(doc[end - 1]), "ACTOR", "rule", "names:state-form", kind="country")
        elif inner.kind == "country":
            whole = replace(inner, start=start, origin=f"{inner.origin}+state-form")
        else:
            continue
        result = [c for c in result if not (c.start < whole.end and whole.start < c.end)] + [whole]
    return sorted(result, key=lambda c: (c.start, c.end))


def names_a_currency(doc: Doc, span: Span, currencies: frozenset[str]) -> bool:
    """"US dollars", "Australian dollars": the state's name is part of a currency's, which is no mention."""
    return span.end < len(doc) and doc[span.end].lower_ in currencies


def with_feature_head(doc: Doc, span: Span, candidate: Candidate, rules: dict) -> tuple[Span, Candidate]:
    """"Taiwan Strait", "South China Sea", "Goma Airport": a known place before a geographic or site head names
    another place, which keeps its head and is never the state's ACTOR, also inside a longer title ("The South
    China Sea Arbitration"); an organisation's head after it makes the whole some body's name ("Philippines Coast
    Guard", "Kenya Airport Authority"), which is left alone, as is a head closed by "of" and a name ("US Department of
    State", "Kenya Port of Mombasa"): the name goes on past the head."""
    end = span.end
    if end >= len(doc) or doc[end].text not in rules["place_name_heads"] or doc[end].is_sent_start or not doc[end - 1].whitespace_:
        return span, candidate
    if end + 1 < len(doc) and doc[end + 1].text in rules["org_heads"]:
        return span, candidate
    if end + 2 < len(doc) and doc[end + 1].lower_ == "of" and doc[end + 2].text[:1].isupper():
        return span, candidate
    longer = doc[span.start:end + 1]
    return longer, replace(candidate, end=longer.end_char, label="PLACE", origin=candidate.origin + "+feature-head",
                           entity_id=None, kind="feature")


def after_compass_adjective(doc: Doc, span: Span, compass: frozenset[str]) -> bool:
    """A compass adjective in lower case before the name ("northwestern", "south-eastern", "central"), which a
    person's or an organisation's name never follows; the bare "north" or "west" is left out, as it is also an adverb."""
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.is_lower and (before.text.endswith("ern") or before.lower_ in compass and before.pos_ == "ADJ")


def with_compass(doc: Doc, span: Span, candidate: Candidate, taken: set[int], compass: frozenset[str]) -> Candidate:
    """"northern Mali" is one PLACE, an entity of its own; so is a region named by a compass word glued to a place
    by a hyphen ("Lower-Artibonite", "North-Kivu" as some print it), never the place alone."""
    if span.start == 0:
        return candidate
    before = doc[span.start - 1]
    if before.text == "-" and span.start >= 2 and not doc[span.start - 2].whitespace_ and not before.whitespace_ \
            and doc[span.start - 2].text[:1].isupper():
        before = doc[span.start - 2]
    if before.lower_ not in compass or before.idx in taken:
        return candidate
    return replace(candidate, start=before.idx, label="PLACE", origin=candidate.origin + "+compass", entity_id=None, kind="region-part")


OF_BEFORE = re.compile(r"\s+of\s+$")


def cut_before_their_leaders(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"the Libyan National Army of Khalifa Haftar", "the Rapid Support Forces of Mohamed Hamdan Dagalo": a body's name
    does not run on over "of" into a person's name that ends it (a name the model or a given name shows); the body
    and the person who leads it are two mentions (guidelines, section 2). A head alone before "of" is no name of its
    own ("the University of Michael Okpara")."""
    persons = [c for c in candidates if c.label == "ACTOR" and c.kind not in PLACE_KINDS
               and (c.source == "model" and c.entity_id is None or c.origin in PERSON_SHAPES)]
    if not persons:
        return candidates
    text = doc_text(doc)
    result = []
    for candidate in candidates:
        if candidate.label == "GROUP":
            leader = next(filter(None, (OF_BEFORE.search(text, candidate.start, p.start) for p in persons
                                        if candidate.start < p.start and p.end == candidate.end)), None)
            if leader is not None and " " in text[candidate.start:leader.start()]:  # a head alone is no name
                log.debug("cut %r before its leader", text[candidate.start:candidate.end])
                candidate = replace(candidate, end=leader.start(), origin=f"{candidate.origin}+before-leader")
        result.append(candidate)
    return result


def yield_to_person_names(doc: Doc, candidates: list[Candidate], compass: frozenset[str]) -> list[Candidate]:
    """A place name inside a longer person name the model found ("George Washington") is part of that name,
    unless the rest is a compass word ("Northern Mali")."""
    persons = [c for c in candidates if c.source == "model" and c.label == "ACTOR" and c.entity_id is None]
    rules = [c for c in candidates if c.source == "rule"]
    text = doc_text(doc)
    dropped = set()
    for person in persons:
        inside = [r for r in rules if r.overlaps(person)]
        if len(inside) == 1 and inside[0].kind in ("country", "capital", "city") and person.start <= inside[0].start \
                and inside[0].end <= person.end and (inside[0].start, inside[0].end) != (person.start, person.end) \
                and not any(w.lower() in compass for w in text[person.start:person.end].split()):
            dropped.add(inside[0])
    return [c for c in candidates if c not in dropped]


def snap(doc: Doc, candidate: Candidate) -> Span | None:
    """Align a character span with tokens, logging every change the alignment makes."""
    span = doc.char_span(candidate.start, candidate.end)
    if span is not None:
        return span
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="contract")
    if span is None or not span.text.strip():
        log.info("snap: dropped %r (%s) at %d-%d: no whole token inside", doc.text[candidate.start:candidate.end], candidate.origin, candidate.start, candidate.end)
        return None
    log.info("snap: %r -> %r (%s)", doc.text[candidate.start:candidate.end], span.text, candidate.origin)
    return span
