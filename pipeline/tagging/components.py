"""spaCy components of the tagging stage: thin shells that call the plain rule functions.

Each factory's typed keyword defaults are its config schema, so a pipeline can be assembled from
models/config.cfg or extended by hand: `nlp.add_pipe("briefs_entity_rules_v1", config={...})`.
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.tagging import acronyms, names
from pipeline.tagging.candidates import Candidate
from pipeline.tagging.cited_authors import cited_authors
from pipeline.tagging.compass_names import compass_candidates
from pipeline.tagging.context_types import UNTYPED
from pipeline.tagging.datelines import dateline_candidates
from pipeline.tagging.dates import find_dates, load_date_rules
from pipeline.tagging.doc_access import doc_text
from pipeline.tagging.foreign_names import lowercase_body_names
from pipeline.tagging.gazetteer import build_matcher, gazetteer_candidates
from pipeline.tagging.knowledge_base import KB_PATH, KnowledgeBase
from pipeline.tagging.linker import link_candidates
from pipeline.tagging.model_spans import model_candidates
from pipeline.tagging.postal_codes import postal_state_candidates
from pipeline.tagging.resolve import resolve_candidates
from pipeline.tagging.road_codes import road_codes
from pipeline.tagging.rule_files import load_json, load_words, model_file
from pipeline.tagging.site_names import abbreviated_sites, numbered_sites, opened_sites, site_names
from pipeline.tagging.territories import territory_ids

log = logging.getLogger(__name__)

for _name in ("briefs_candidates", "briefs_mentions", "briefs_common_acronyms"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def add_candidates(doc: Doc, found: list[Candidate]) -> None:
    doc._.briefs_candidates = (doc._.briefs_candidates or []) + found


class GazetteerMatcher:
    """Names and aliases of the knowledge base (curated entities, countries, capitals, cities)."""

    def __init__(self, nlp: Language, kb_path: str, names_path: str):
        self.nlp = nlp
        self.adjectives: frozenset[str] | None = None  # the lemmatizer's tables are loaded after the components are built
        self.kb = KnowledgeBase.load(kb_path or KB_PATH)
        self.matcher = build_matcher(nlp.vocab, self.kb, nlp.tokenizer)
        rules = load_json(names_path or model_file("names.json"))
        self.place_heads = rules["place_name_heads"] | rules["event_words"]
        self.locatives = rules["name_locatives"]

    def __call__(self, doc: Doc) -> Doc:
        if self.adjectives is None:
            self.adjectives = english_words(self.nlp, ("adj",))
        known = gazetteer_candidates(doc, self.matcher, self.kb, self.place_heads, self.locatives, self.adjectives)
        add_candidates(doc, known + dateline_candidates(doc, self.kb) + postal_state_candidates(doc, self.kb, known))
        return doc


@Language.factory("briefs_gazetteer_v1", default_config={"kb_path": "", "names_path": ""})
def make_gazetteer(nlp: Language, name: str, kb_path: str, names_path: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, kb_path, names_path)


# Bodies whose known name can be followed by where they act ("the Wagner Group in the Haute-Kotto"); a peace
# operation is named by its place ("United Nations Interim Force in Lebanon").
ORGANISATION_KINDS = ("organisation", "company", "armed-group", "state-body", "party")


class EntityRules:
    """Acronym definitions, aliases, name shapes and organisation names, from models/names.json."""

    def __init__(self, names_path: str, kb_path: str, given_names_path: str):
        self.kb = KnowledgeBase.load(kb_path or KB_PATH)
        self.rules = {**name_rules(names_path, given_names_path), "country_names": self.kb.place_names(("country",)),
                      "state_names": self.kb.state_names(), "world_part_names": self.kb.place_names(("continent",)),
                      "region_names": self.kb.place_names(("region",)),
                      "organisation_names": self.kb.place_names(ORGANISATION_KINDS)}

    def __call__(self, doc: Doc) -> Doc:
        found, common = acronyms.definition_candidates(doc, self.rules, self.kb)
        found += acronyms.spaced_names(doc, self.rules, self.kb)
        for finder in (names.aliases, names.collective_bodies, names.particle_names, names.titled_names, names.organisation_names, names.given_name_persons,
                       names.inverted_names, compass_candidates, road_codes, lowercase_body_names):
            found += finder(doc, self.rules)
        found += numbered_sites(doc, self.rules) + abbreviated_sites(doc, self.rules) + opened_sites(doc, self.rules)
        add_candidates(doc, found + cited_authors(doc, self.rules, self.kb) + site_names(doc, self.rules, self.kb))
        doc._.briefs_common_acronyms = common
        return doc


def name_rules(names_path: str, given_names_path: str) -> dict:
    """models/names.json with the given names of models/given_names.txt."""
    return {**load_json(names_path or model_file("names.json")), "given_names": load_words(given_names_path or model_file("given_names.txt"))}


@Language.factory("briefs_entity_rules_v1", default_config={"names_path": "", "kb_path": "", "given_names_path": ""})
def make_entity_rules(nlp: Language, name: str, names_path: str, kb_path: str, given_names_path: str) -> EntityRules:
    return EntityRules(names_path, kb_path, given_names_path)


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

    def __init__(self, nlp: Language, label_map: dict[str, str], model_name: str, names_path: str, kb_path: str, given_names_path: str):
        self.nlp = nlp
        self.label_map = label_map
        self.origin = f"model:{model_name}" if model_name else "model"
        self.rules = name_rules(names_path, given_names_path)
        self.kb = KnowledgeBase.load(kb_path or KB_PATH)

    def __call__(self, doc: Doc) -> Doc:
        add_common_words(self.rules, self.nlp)
        add_candidates(doc, model_candidates(doc.ents, self.label_map, self.origin, self.rules, self.kb))
        return doc




@Language.factory(
    "briefs_model_entities_v1",
    default_config={
        "label_map": {"PERSON": "ACTOR", "ORG": "GROUP", "NORP": "GROUP", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
                      "WORK_OF_ART": UNTYPED, "DATE": "DATE"},
        "model_name": "",
        "names_path": "",
        "kb_path": "",
        "given_names_path": "",
    },
)
def make_model_entities(nlp: Language, name: str, label_map: dict[str, str], model_name: str, names_path: str, kb_path: str,
                        given_names_path: str) -> ModelEntities:
    return ModelEntities(nlp, label_map, model_name, names_path, kb_path, given_names_path)


class Resolver:
    """One non-overlapping set of mentions: names typed from their context, compass modifiers joined to places,
    states told apart as ACTOR or PLACE."""

    def __init__(self, nlp: Language, roles_path: str, names_path: str, given_names_path: str):
        self.nlp = nlp
        self.rules = {**name_rules(names_path, given_names_path), **load_json(roles_path or model_file("roles.json")),
                      "demonym_places": KnowledgeBase.load(KB_PATH).place_names(("country", "continent")),
                      "region_names": KnowledgeBase.load(KB_PATH).place_names(("country", "region")),
                      "non_state_region_names": KnowledgeBase.load(KB_PATH).place_names(("region", "continent")),
                      "territory_ids": territory_ids(KnowledgeBase.load(KB_PATH))}

    def __call__(self, doc: Doc) -> Doc:
        add_common_words(self.rules, self.nlp)
        doc._.briefs_candidates = resolve_candidates(doc, doc._.briefs_candidates or [], self.rules)
        return doc


def add_common_words(rules: dict, nlp: Language) -> None:
    """The English words (english_words) under "common_words", once: the lemmatizer's tables are loaded after the
    components are built."""
    if "common_words" not in rules:
        rules["common_words"] = english_words(nlp)


def english_words(nlp: Language, classes: tuple[str, ...] = ("noun", "adj")) -> frozenset[str]:
    """The English nouns and adjectives (or the word `classes` asked for) the model's lemmatizer knows (WordNet's),
    in lower case: "Emergency", "Maritime", "Figure" are words, "Mirebalais" and "Kitshanga" are not. Empty without a
    lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    tables = nlp.get_pipe("lemmatizer").lookups
    if not tables.has_table("lemma_index"):
        return frozenset()
    index = tables.get_table("lemma_index")
    return frozenset(word for pos in classes if pos in index for word in index[pos])





@Language.factory("briefs_resolver_v1", default_config={"roles_path": "", "names_path": "", "given_names_path": ""})
def make_resolver(nlp: Language, name: str, roles_path: str, names_path: str, given_names_path: str) -> Resolver:
    return Resolver(nlp, roles_path, names_path, given_names_path)


class Linker:
    """Entity ids for ACTOR, GROUP and PLACE mentions; writes doc.ents and the mention list."""

    def __init__(self, kb_path: str):
        self.kb = KnowledgeBase.load(kb_path or KB_PATH)

    def __call__(self, doc: Doc) -> Doc:
        mentions = link_candidates(doc_text(doc), doc._.briefs_candidates or [], self.kb)
        spans = (doc.char_span(m.start, m.end, label=m.label, kb_id=m.entity_id or "") for m in mentions)
        doc.ents = [span for span in spans if span is not None]
        doc._.briefs_mentions = mentions
        return doc


@Language.factory("briefs_linker_v1", default_config={"kb_path": ""})
def make_linker(nlp: Language, name: str, kb_path: str) -> Linker:
    return Linker(kb_path)
