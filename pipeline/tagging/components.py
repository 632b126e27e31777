"""spaCy components of the tagging stage: thin shells that call the plain rule functions.

Each factory's typed keyword defaults are its config schema, so a pipeline can be assembled from
models/config.cfg or extended by hand: `nlp.add_pipe("briefs_entity_rules_v1", config={...})`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.core.mention import Mention
from pipeline.tagging import acronyms, names
from pipeline.tagging.candidates import TIER_DEFINITION, TIER_WEAK, Candidate, choose
from pipeline.tagging.dates import find_dates, load_date_rules
from pipeline.tagging.doc_access import doc_text
from pipeline.tagging.gazetteer import build_matcher, gazetteer_candidates
from pipeline.tagging.knowledge_base import KB_PATH, KnowledgeBase
from pipeline.tagging.linker import LINKED_LABELS, link_name
from pipeline.tagging.rule_files import load_json, model_file
from pipeline.tagging.state_roles import decide_role

log = logging.getLogger(__name__)

for _name in ("briefs_candidates", "briefs_mentions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def add_candidates(doc: Doc, found: list[Candidate]) -> None:
    doc._.briefs_candidates = (doc._.briefs_candidates or []) + found


class GazetteerMatcher:
    """Names and aliases of the knowledge base (curated entities, countries, capitals, cities)."""

    def __init__(self, nlp: Language, kb_path: str):
        self.kb = KnowledgeBase.load(kb_path or KB_PATH)
        self.matcher = build_matcher(nlp.vocab, self.kb, nlp.tokenizer)

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, gazetteer_candidates(doc, self.matcher, self.kb))
        return doc


@Language.factory("briefs_gazetteer_v1", default_config={"kb_path": ""})
def make_gazetteer(nlp: Language, name: str, kb_path: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, kb_path)


class EntityRules:
    """Acronym definitions, aliases, name shapes and organisation names, from models/names.json."""

    def __init__(self, names_path: str, kb_path: str):
        self.kb = KnowledgeBase.load(kb_path or KB_PATH)
        self.rules = {**load_json(names_path or model_file("names.json")), "country_names": self.kb.place_names(("country",))}

    def __call__(self, doc: Doc) -> Doc:
        found = acronym_candidates(doc, self.rules, self.kb)
        for finder in (names.aliases, names.particle_names, names.titled_names, names.organisation_names, names.acronym_shapes):
            found += finder(doc, self.rules)
        add_candidates(doc, found)
        return doc


def acronym_candidates(doc: Doc, rules: dict, kb: KnowledgeBase) -> list[Candidate]:
    """Both forms of each definition, sharing the entity the knowledge base gives either of them."""
    found = []
    for long_form, short in acronyms.find_definitions(doc, rules["connectors"]):
        entity = kb.lookup(short.text) or kb.lookup(long_form.text)
        label = entity.label if entity else "GROUP"
        entity_id = entity.id if entity else kb.derived_id(short.text)
        kind = entity.kind if entity else ""
        for span, origin in ((long_form, "acronyms:long-form"), (short, "acronyms:definition")):
            found.append(Candidate(span.start_char, span.end_char, label, "rule", origin, TIER_DEFINITION, 3, entity_id, None, kind))
    return found


@Language.factory("briefs_entity_rules_v1", default_config={"names_path": "", "kb_path": ""})
def make_entity_rules(nlp: Language, name: str, names_path: str, kb_path: str) -> EntityRules:
    return EntityRules(names_path, kb_path)


class DateRules:
    """Explicit calendar expressions with TIMEX3 values, from models/dates.json."""

    def __init__(self, dates_path: str):
        self.rules = load_date_rules(dates_path or None)

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, [
            Candidate(d.start, d.end, "DATE", "rule", f"dates:{d.rule}", value=d.value, priority=2)
            for d in find_dates(doc_text(doc), self.rules)
        ])
        return doc


@Language.factory("briefs_dates_v1", default_config={"dates_path": ""})
def make_dates(nlp: Language, name: str, dates_path: str) -> DateRules:
    return DateRules(dates_path)


class ModelEntities:
    """The statistical model's entities mapped onto the four labels, as weak candidates the rules override."""

    def __init__(self, label_map: dict[str, str], model_name: str, names_path: str, kb_path: str):
        self.label_map = label_map
        self.origin = f"model:{model_name}" if model_name else "model"
        self.rules = load_json(names_path or model_file("names.json"))
        self.kb = KnowledgeBase.load(kb_path or KB_PATH)
        self.place_names = self.kb.place_names(("country", "region", "continent"))
        self.country_names = self.kb.place_names(("country",))

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for ent in doc.ents:
            label = self.label_map.get(ent.label_)
            span = trim_model_span(ent, self.rules, self.country_names if ent.label_ in ("ORG", "NORP") else frozenset())
            if label is None or span is None:
                continue
            if label == "DATE":
                found += [
                    Candidate(span.start_char + d.start, span.start_char + d.end, "DATE", "model", self.origin, TIER_WEAK, 0, value=d.value)
                    for d in find_dates(span.text)
                ]
                continue
            entity = self.kb.lookup(span.text)
            if ent.label_ == "NORP" and not (entity and entity.label == "GROUP"):
                continue
            if entity is None and len(span) == 1 and names.looks_like_demonym(span.text, self.place_names):
                continue
            found.append(Candidate(
                span.start_char, span.end_char, entity.label if entity else label, "model", self.origin, TIER_WEAK, 0,
                entity.id if entity else None, None, entity.kind if entity else "",
            ))
        add_candidates(doc, found)
        return doc


def trim_model_span(span: Span, rules: dict, country_names: frozenset[str] = frozenset()) -> Span | None:
    """Minimal spans: no determiner, possessive, punctuation or lowercase words at the edges; no bare labels."""
    doc = span.doc
    start, end = span.start, span.end

    def edge_word(token) -> bool:
        return token.is_punct or token.text.endswith("-") or token.text in ("'s", "’s") or (token.text.islower() and token.lower_ not in rules["particles"])

    while start < end and (edge_word(doc[start]) or doc[start].lower_ in acronyms.DETERMINERS):
        start += 1
    while end > start and edge_word(doc[end - 1]):
        end -= 1
    if end == start:
        return None
    trimmed = doc[start:end]
    if trimmed.text in rules["not_names"] or all(t.pos_ == "ADJ" for t in trimmed) or _is_compass_phrase(trimmed, rules):
        return None
    if len(trimmed) > 1 and names.looks_like_demonym(trimmed[0].text, country_names):
        return None
    return trimmed


def _is_compass_phrase(span: Span, rules: dict) -> bool:
    """"North-South", "the North": compass words alone are not places."""
    return all(t.is_punct or t.text in rules["not_names"] for t in span)


@Language.factory(
    "briefs_model_entities_v1",
    default_config={
        "label_map": {"PERSON": "ACTOR", "ORG": "GROUP", "NORP": "GROUP", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "DATE": "DATE"},
        "model_name": "",
        "names_path": "",
        "kb_path": "",
    },
)
def make_model_entities(nlp: Language, name: str, label_map: dict[str, str], model_name: str, names_path: str, kb_path: str) -> ModelEntities:
    return ModelEntities(label_map, model_name, names_path, kb_path)


class Resolver:
    """One non-overlapping set of mentions: compass modifiers joined to places, states told apart as ACTOR or PLACE."""

    def __init__(self, roles_path: str):
        self.rules = load_json(roles_path or model_file("roles.json"))

    def __call__(self, doc: Doc) -> Doc:
        chosen = choose(yield_to_person_names(doc, doc._.briefs_candidates or [], self.rules["compass_modifiers"]))
        chosen = places_by_coordination(doc_text(doc), chosen)
        taken = {c.start for c in chosen}
        resolved = []
        for candidate in chosen:
            span = snap(doc, candidate)
            if span is None:
                continue
            candidate = candidate.moved(span.start_char, span.end_char)
            if candidate.label in ("PLACE", "ACTOR") and candidate.kind in ("country", "capital", "region", "continent", "city"):
                candidate = self.with_compass(doc, span, candidate, taken)
            if candidate.kind in ("country", "capital"):
                label, reason = decide_role(span, self.rules)
                candidate = replace(candidate, label=label, origin=f"{candidate.origin}+{reason}")
            resolved.append(candidate)
        doc._.briefs_candidates = resolved
        return doc

    def with_compass(self, doc: Doc, span: Span, candidate: Candidate, taken: set[int]) -> Candidate:
        """"northern Mali" is one PLACE, an entity of its own."""
        if span.start == 0:
            return candidate
        before = doc[span.start - 1]
        if before.lower_ not in self.rules["compass_modifiers"] or before.idx in taken:
            return candidate
        return replace(candidate, start=before.idx, label="PLACE", origin=candidate.origin + "+compass", entity_id=None, kind="region-part")


LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def places_by_coordination(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A name the model took for a person or group, listed with places ("Benghazi, Misrata and Zuwara"), is a place."""
    result = list(chosen)
    for _ in range(2):
        for i, c in enumerate(result):
            if c.source != "model" or c.label not in ("ACTOR", "GROUP") or c.entity_id:
                continue
            neighbours = [n for n in (result[i - 1] if i else None, result[i + 1] if i + 1 < len(result) else None)
                          if n is not None and n.label == "PLACE"
                          and LIST_GLUE.fullmatch(text[min(n.end, c.end):max(n.start, c.start)])]
            if neighbours:
                result[i] = replace(c, label="PLACE", origin=c.origin + "+listed-with-places")
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


@Language.factory("briefs_resolver_v1", default_config={"roles_path": ""})
def make_resolver(nlp: Language, name: str, roles_path: str) -> Resolver:
    return Resolver(roles_path)


class Linker:
    """Entity ids for ACTOR, GROUP and PLACE mentions; writes doc.ents and the mention list."""

    def __init__(self, kb_path: str):
        self.kb = KnowledgeBase.load(kb_path or KB_PATH)

    def __call__(self, doc: Doc) -> Doc:
        mentions, spans = [], []
        full_text = doc_text(doc)
        for c in doc._.briefs_candidates or []:
            text = full_text[c.start:c.end]
            entity_id = (c.entity_id or link_name(text, self.kb)) if c.label in LINKED_LABELS else None
            mentions.append(Mention(c.start, c.end, c.label, text, entity_id, c.value, c.source, c.origin))
            span = doc.char_span(c.start, c.end, label=c.label, kb_id=entity_id or "")
            if span is not None:
                spans.append(span)
        doc.ents = spans
        doc._.briefs_mentions = mentions
        return doc


@Language.factory("briefs_linker_v1", default_config={"kb_path": ""})
def make_linker(nlp: Language, name: str, kb_path: str) -> Linker:
    return Linker(kb_path)
