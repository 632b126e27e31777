"""The tagging stage: a spaCy pipeline assembled from models/config.cfg, run over a document's paragraphs."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from pipeline import __version__
from pipeline.core.document import CleanDocument
from pipeline.core.mention import Mention
from pipeline.tagging import (
    sentence_ner,  # noqa: F401  (registers the factories)
    tokens,  # noqa: F401  (registers the tokenizer)
)
from pipeline.tagging.acronyms import EVIDENCE_CODE, SPACED_ORIGIN, STATE_GOVERNMENT, in_capitals, is_acronym, is_short_name, opens_a_code, settle_common, whole_word
from pipeline.tagging.article_names import bodies_named_with_a_plural_article
from pipeline.tagging.armed_services import (
    bodies_in_appointments,
    drop_ranks,
    join_unit_designations,
    national_services,
    operations_as_forces,
    services_read_as_persons,
)
from pipeline.tagging.branch_names import provinces_of_bodies
from pipeline.tagging.cited_authors import join_cited_names
from pipeline.tagging.compass_names import add_unit_names
from pipeline.tagging.communities import named_communities
from pipeline.tagging.components import add_common_words
from pipeline.tagging.datelines import agencies_named_in_full
from pipeline.tagging.dates import DateMatch, anchored_values, load_date_rules
from pipeline.tagging.document_places import (
    bodies_guessed_mostly,
    features_linked_by_their_noun,
    features_named_by_their_noun,
    island_groups,
    paired_places,
    split_guessed_pairs,
    persons_made_of_places,
    persons_named_after_places,
    persons_named_elsewhere,
    places_shown_elsewhere,
    units_named,
    units_shown_by_their_noun,
    venues,
    words_naming_places,
)
from pipeline.tagging.family_names import families_named, persons_sharing_a_family_name
from pipeline.tagging.furniture import E_MAIL, WEB_ADDRESS, furniture_lines, is_furniture_line
from pipeline.tagging.gazetteer import is_weak
from pipeline.tagging.full_names import bodies_completed_as_elsewhere, names_completed_as_elsewhere, names_without_middle_initials
from pipeline.tagging.hyphenated_compounds import whole_hyphenated_names
from pipeline.tagging.route_ends import route_ends
from pipeline.tagging.hyphenated_names import join_hyphenated_given_names
from pipeline.tagging.institution_names import (
    drop_class_acronyms,
    governments_named_by_their_leader,
    join_acronym_country_offices,
    join_campuses,
    join_place_prefixes,
    join_regional_offices,
    join_slashed_designations,
    split_parent_bodies,
)
from pipeline.tagging.kind_appositions import bodies_after_their_kind
from pipeline.tagging.knowledge_base import MODELS_DIR, KnowledgeBase
from pipeline.tagging.nicknames import join_nicknames
from pipeline.tagging.demonyms_before_bodies import bodies_without_their_demonym
from pipeline.tagging.described_bodies import drop_described_bodies
from pipeline.tagging.metro_areas import join_metro_areas
from pipeline.tagging.name_kinds import regions_the_text_names
from pipeline.tagging.firm_names import join_legal_forms
from pipeline.tagging.numbered_names import join_closing_numerals
from pipeline.tagging.state_bodies import bodies_of_named_states, regions_named_with_their_unit
from pipeline.tagging.titles import drop_post_nominals, drop_titles
from pipeline.tagging.shown_names import ORIGIN as SHOWN_ORIGIN
from pipeline.tagging.road_codes import ORIGIN as ROAD_ORIGIN
from pipeline.tagging.linker import (
    add_bare_surnames,
    add_organisation_modifiers,
    bodies_shown_by_context,
    common_words,
    join_aliases,
    lower_case_words,
    organisations_shown_elsewhere,
    persons_over_places,
    siblings_named_in_full,
    towns_named_like_organisations,
    unify_short_forms,
)
from pipeline.tagging.ship_names import drop_ships_named
from pipeline.tagging.slash_names import alternate_place_names, other_names_of_slashed_places
from pipeline.tagging.speaker_labels import record_speakers, speaker_labels
from pipeline.tagging.stamp import (
    CONFIG_NAME,
    describe_pipeline,
    model_label,
    model_pipes,
    pick_model,
)

log = logging.getLogger(__name__)
MODEL_ENTITIES_PIPE = "briefs_model_entities_v1"
SENTENCE_NER_PIPE = "briefs_sentence_ner_v1"
MODEL_PIPES = (SENTENCE_NER_PIPE, MODEL_ENTITIES_PIPE)  # what rules-only mode leaves out
LINKER_PIPE = "briefs_linker_v1"
ENTITY_RULES_PIPE = "briefs_entity_rules_v1"


def load_nlp(model: str | None = "auto", models_dir: Path | str | None = None) -> Language:
    """The tagging pipeline; `model=None` gives rules only, "auto" the first installed English model."""
    models_dir = Path(models_dir or MODELS_DIR).resolve()
    config = spacy.util.load_config(models_dir / CONFIG_NAME, overrides={"paths.models": str(models_dir)}, interpolate=False)
    name = pick_model(model)
    if name is None:
        config["nlp"]["pipeline"] = [p for p in config["nlp"]["pipeline"] if p not in MODEL_PIPES]
        for pipe in MODEL_PIPES:
            del config["components"][pipe]
        log.warning("tagger: no statistical model, running rules-only (no parse, no model entities)")
    else:
        active = model_pipes(name)
        recogniser = config["components"][SENTENCE_NER_PIPE]["source_pipe"]
        config["nlp"]["pipeline"] = active + list(config["nlp"]["pipeline"])
        config["nlp"]["disabled"] = [recogniser]  # run sentence by sentence, by SENTENCE_NER_PIPE
        for pipe in active:
            config["components"][pipe] = {"source": name}
        config["components"][MODEL_ENTITIES_PIPE]["model_name"] = model_label(name).split()[0]
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.meta["briefs"] = describe_pipeline(name, models_dir)
    log.info("tagger: %s", nlp.meta["briefs"])
    return nlp


def pipeline_info(nlp: Language) -> dict:
    """What produced the annotations, for every output record."""
    info = nlp.meta.get("briefs") or {"mode": "statistical" if "ner" in nlp.pipe_names else "rules-only", "model": None, "config_hash": None}
    return {"version": __version__, **info}


def tag_document(nlp: Language, doc: CleanDocument, on_parsed=None) -> list[Mention]:
    """Tag each paragraph (batched), shift offsets into the full text, then apply document-wide links;
    `on_parsed(offset, parsed)` sees each paragraph's Doc while it is still valid, so later stages need not re-parse."""
    texts, offsets = [], []
    for start, end in doc.paragraphs:
        chunk = doc.text[start:end]
        stripped = chunk.rstrip("\n")
        if stripped.strip() and not all(map(is_furniture_line, filter(str.strip, stripped.split("\n")))):
            texts.append(stripped)
            offsets.append(start)
    mentions: list[Mention] = []
    common_acronyms: dict[str, str | None] = {}
    with nlp.memory_zone():
        for offset, parsed in zip(offsets, nlp.pipe(texts, batch_size=32)):
            if on_parsed is not None:
                on_parsed(offset, parsed)
            for m in parsed._.briefs_mentions or []:
                mentions.append(replace(m, start=m.start + offset, end=m.end + offset))
            common_acronyms |= parsed._.briefs_common_acronyms or {}
    year = str(doc.metadata.get("date", ""))[:4]
    kb = nlp.get_pipe(LINKER_PIPE).kb
    rules = nlp.get_pipe(ENTITY_RULES_PIPE).rules if ENTITY_RULES_PIPE in nlp.pipe_names else {}
    if rules:
        add_common_words(rules, nlp)  # a leader's name before "government" is no English word
    return finish_document(doc.text, mentions, kb, common_acronyms, year if year.isdigit() else None, rules)


def finish_document(
    text: str, mentions: list[Mention], kb: KnowledgeBase, common_acronyms: dict[str, str | None] | None = None, year: str | None = None,
    rules: dict | None = None,
) -> list[Mention]:
    """The steps that need the whole document, not one sentence: a name's type, id or full form shown in one place
    settles its other mentions (one sense per document), and dates take their years from the document's own. Each
    step reads what the steps before it settled, so their order matters where a comment says so."""
    rules = rules or {}

    def words(*keys: str) -> frozenset[str]:
        """The words of the named classes of models/names.json (none without its rules)."""
        return frozenset().union(*(rules.get(k, ()) for k in keys))

    mentions = drop_common_word_phrases(text, mentions, kb)  # first: a long form made of common words defines no organisation
    mentions = regions_the_text_names(text, mentions)
    mentions, common = settle_common(text, mentions, common_acronyms or {}, kb)
    mentions = [m for m in mentions if not ((m.text in common or whole_word(text, m) in common) and not kb.is_known(m.entity_id))]
    mentions = drop_event_names(text, drop_storms(text, mentions, words("storm_heads")), words("event_heads"), kb)
    mentions = drop_spelled_out_acronyms(text, mentions, kb)
    mentions = join_nicknames(text, mentions, kb, words(*NAME_HEADS), words("particles"))  # before the titles: "Senator Ronald “Bato” dela Rosa"
    mentions = drop_common_phrases_in_headings(text, drop_words_in_headings(text, mentions), kb)
    mentions = drop_titles(mentions, kb, words("titles", "compound_titles", "ambiguous_titles"),
                           words("org_heads", "place_name_heads", "area_heads"), words("body_short_names"),
                           words("title_modifiers"))
    mentions = drop_post_nominals(mentions, kb, words("post_nominals"))
    mentions = join_hyphenated_given_names(text, mentions, kb, words("name_compound_elements"))
    mentions = link_unqualified_names(drop_back_references(text, mentions, kb), kb)
    mentions = add_organisation_modifiers(text, add_bare_acronyms(text, mentions), kb, words("particles"))
    mentions = towns_named_like_organisations(text, mentions, kb, words("group_head_nouns"))
    speakers = record_speakers(text, sorted(mentions, key=lambda m: (m.start, m.end)), kb)
    mentions = join_cited_names(text, speaker_labels(text, speakers, kb), kb)
    place_words = words_naming_places(text, words("place_nouns"))
    mentions = persons_named_after_places(mentions, place_words, units_named(text, words("place_nouns"), words("org_heads")))
    common = common_words(text, words("org_heads")) | place_words
    mentions = persons_made_of_places(text, mentions, kb, words("given_names"), common)  # before a name lends its words
    mentions = unify_short_forms(bodies_shown_by_context(organisations_shown_elsewhere(mentions)), kb, common, guessed,
                                 words("particles"))  # join_cited_names keeps them in text order
    mentions = add_bare_surnames(text, mentions, kb, common)
    mentions = siblings_named_in_full(text, mentions, kb, words("sibling_nouns"))
    mentions = governments_named_by_their_leader(text, mentions, kb, words("leader_named_organs"), words("common_words"))
    mentions = add_unit_names(text, mentions, rules["compass_names"]) if rules.get("compass_names") else mentions
    mentions = join_campuses(text, join_place_prefixes(text, mentions, kb), kb)
    ranks = words("titles", "compound_titles", "rank_words")
    mentions = drop_ranks(operations_as_forces(text, national_services(text, mentions, kb, words("armed_service_heads")), kb), kb, ranks)
    mentions = bodies_in_appointments(text, mentions, kb, ranks, words("org_heads"), words("ship_prefixes"))
    mentions = join_unit_designations(text, mentions, kb, words("sub_unit_heads"))
    mentions = services_read_as_persons(mentions, kb, words("state_organ_heads", "armed_service_heads") - words("leader_named_organs"))
    mentions = join_slashed_designations(text, split_parent_bodies(mentions, kb, words("state_forms"), words("possessed_organs"),
                                                                       words("constitutional_body_heads", "state_agency_heads"), words("org_heads"),
                                                                       words("association_heads"), words("armed_service_heads")), kb)
    mentions = bodies_of_named_states(text, regions_named_with_their_unit(mentions, kb, words("region_unit_heads")), kb, words("generic_state_body_heads"))
    mentions = join_closing_numerals(text, join_regional_offices(text, join_acronym_country_offices(text, mentions, kb)), kb, words("numbered_unit_heads"))
    mentions = join_legal_forms(text, mentions, kb, words("legal_forms"), words("legal_prefixes"), words("ambiguous_legal_forms"),
                                words("org_heads"))
    mentions = bodies_without_their_demonym(drop_described_bodies(text, mentions, kb), kb, words("country_names"),
                                            words("state_demonyms"))
    mentions = drop_class_acronyms(text, mentions, kb)
    furniture = furniture_lines(text)
    mentions = [m for m in mentions if not any(s <= m.start < e for s, e in furniture)]
    mentions = persons_over_places(places_shown_elsewhere(agencies_named_in_full(join_aliases(mentions, kb)), text, words("incident_nouns")), kb)
    mentions = names_without_middle_initials(alternate_place_names(text, mentions, kb))
    mentions = persons_sharing_a_family_name(mentions, kb, words(*NAME_HEADS, "place_name_heads", "state_organ_heads", "leader_named_organs"))
    mentions = families_named(text, mentions, kb, words("family_nouns"))
    mentions = island_groups(text, split_guessed_pairs(mentions, kb), words("island_group_heads"))
    mentions = paired_places(text, join_metro_areas(text, mentions, kb, words("metro_area_prefixes")), words("directions"), words("unit_nouns"))
    mentions = features_linked_by_their_noun(text, mentions, kb, words("entity_feature_nouns"))
    mentions = features_named_by_their_noun(text, mentions, words("feature_nouns"))
    mentions = bodies_named_with_a_plural_article(text, mentions, kb, words("plural_articles"), words("organisation_kind_nouns"))
    mentions = bodies_after_their_kind(text, mentions, kb, words("organisation_kind_nouns") | {w.lower() for w in words("state_organ_heads")})
    mentions = bodies_completed_as_elsewhere(text, names_completed_as_elsewhere(text, mentions, words("particles")))
    mentions = other_names_of_slashed_places(text, whole_hyphenated_names(text, mentions, kb, words("country_names"), words("combining_forms")), kb)
    mentions = provinces_of_bodies(text, mentions, kb)
    mentions = route_ends(text, mentions, kb, words("road_nouns", "route_end_nouns"), words("country_names"),
                          words("route_name_prefixes"))
    mentions = drop_ships_named(text, mentions, kb, words("ship_nouns"), words("ship_prefixes"))
    mentions = persons_named_elsewhere(units_shown_by_their_noun(text, named_communities(text, mentions, words("never_names"), words("community_openers")),
                                                                 words("administrative_unit_nouns")), words("particles"))
    mentions = bodies_guessed_mostly(mentions)
    mentions = venues(text, mentions, words("building_heads"), words("name_locatives"))
    dates = [m for m in mentions if m.label == "DATE"]
    found = [DateMatch(m.start, m.end, m.text, m.value, m.origin.removeprefix("dates:")) for m in dates]
    values = dict(zip((m.start for m in dates), anchored_values(text, found, year, load_date_rules())))
    return [replace(m, value=values[m.start]) if m.label == "DATE" else m for m in mentions]


def guessed(m: Mention) -> bool:
    """A name only the model or its context proposed."""
    return m.source == "model" or (m.origin or "").startswith(SHOWN_ORIGIN)


SHOUTED_WORD_LENGTH = 5  # "NATO", "OCHA", "UNDP" have four letters; a word of five or more the text also writes
# in lower case is shouted


def drop_common_word_phrases(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """A name the model guessed or its context showed that is made of words the document itself writes in lower case ("Panel",
    "Confidential Business Information", "Benchmark Share"; "Banana" beside "bananas") is a capitalised common phrase,
    not a name, even where a town of the geographic packages bears it. A word in capitals is an acronym unless the
    document writes it in lower case too and it is longer than most acronyms: then it is a shouted word, a label
    on a display or a form ("IAS DISAGREE" beside "the sensors disagree")."""
    if not any(guessed(m) for m in mentions):
        return mentions
    lower = lower_case_words(text)

    def common(m: Mention) -> bool:
        if not guessed(m) or (kb.is_known(m.entity_id) and not is_weak(kb.get(m.entity_id))) or acronym_only(m.text) or any(
                f"+context:{reason}" in (m.origin or "") for reason in ("given-name", "place-name-head", "organisation-head")):
            return False
        words = re.findall(r"[^\W\d_]+", m.text)
        plural = {words[0].lower() + "s"} if len(words) == 1 else set()  # "Banana" beside "bananas"
        return bool(words) and all(w.lower() in lower or plural & lower for w in words if w.lower() not in FUNCTION_WORDS)

    def acronym_only(name: str) -> bool:
        return is_acronym(name) and not (len(name) >= SHOUTED_WORD_LENGTH and name.isalpha() and name.lower() in lower)

    return [m for m in mentions if not common(m)]


def drop_words_in_headings(text: str, mentions: list[Mention]) -> list[Mention]:
    """"WHO WE ARE", "HEALTH CARE", "WHAT CAN BE DONE": in a heading in capitals, a known body's acronym that spells
    a word the document writes in lower case ("who", "care") is that word ("UN" and "NATO" are no words, nor is
    "www.nato.int")."""
    lower = lower_case_words(WEB_ADDRESS.sub(" ", E_MAIL.sub(" ", text)))
    return [m for m in mentions if not (m.label == "GROUP" and (m.origin or "").startswith("gazetteer") and m.text.isalpha()
                                        and m.text.isupper() and m.text.lower() in lower and in_capitals(text, m.start, m.end))]


TITLE_CASE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
HEADING_LENGTH = 15  # words: a title-case line longer than this is a sentence, not a heading
SHORT_CONNECTOR = 3  # "by", "and", "the", "for": lower-case words a title-case heading keeps


def drop_common_phrases_in_headings(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"Killings and Abuses by Security Forces and Colectivos": in a heading written in title case, a body's name the
    knowledge base does not know and that the document also writes in lower case ("security forces", "Security forces
    killed") is that common phrase, capitalised by the heading's style ("Rapid Support Forces" is never written so)."""
    def in_a_title_case_heading(m: Mention) -> bool:
        start, end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
        line = text[start:len(text) if end < 0 else end].strip()
        words = TITLE_CASE_WORD.findall(line)
        return 0 < len(words) <= HEADING_LENGTH and not line.endswith((".", ":", ";", "?", "!")) and all(
            w[0].isupper() for w in words if len(w) > SHORT_CONNECTOR)

    def written_in_lower_case(m: Mention) -> bool:  # its first word may open a sentence ("Security forces killed")
        lower = m.text.lower()
        written = rf"(?<![\w-])[{re.escape(lower[0].upper() + lower[0])}]{re.escape(lower[1:])}(?![\w-])"
        return any(found.group() != m.text for found in re.finditer(written, text))

    # the heading test first: the lower-case search runs over the whole text
    return [m for m in mentions if not (m.label == "GROUP" and not kb.is_known(m.entity_id) and m.text != m.text.lower()
                                        and in_a_title_case_heading(m) and written_in_lower_case(m))]


def drop_event_names(text: str, mentions: list[Mention], event_heads: frozenset[str], kb: KnowledgeBase) -> list[Mention]:
    """"Melissa" after "Hurricane Melissa" or in "upgraded Melissa to a Category 5 hurricane", "Serval" after
    "Operation Serval", "Poseidon Archer" after "Operation Poseidon Archer": the name of a storm or an operation the document gives is that event wherever it stands
    alone, not a person or a place (the scheme has no label for it); a name the knowledge base knows is kept, except
    right after the event's head ("Exercise Aman", where Aman is also a town)."""
    if not event_heads:
        return mentions
    heads = "|".join(re.escape(h) for h in sorted(event_heads, key=len, reverse=True))
    nouns = "|".join(sorted({re.escape(h.lower()) for h in event_heads}))
    after_heads = list(re.finditer(rf"\b(?:{heads})\s+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)*)", text))
    named = [found.group(1) for found in after_heads]
    events = {name.split()[0] for name in named} | set(named)  # "Operation Poseidon Archer": "Poseidon Archer" too
    events |= set(re.findall(rf"\b([A-Z][\w’'-]+)\s+(?:as|to|into)\s+an?\s+(?:[\w-]+\s+){{0,3}}(?:{nouns})\b", text))
    spans = [found.span(1) for found in after_heads]  # "Exercise Aman": right after its head, a known town's name too

    def the_event(m: Mention) -> bool:
        return m.text in events and (not kb.is_known(m.entity_id) or any(s <= m.start and m.end <= e for s, e in spans))

    return [m for m in mentions if m.label == "DATE" or not the_event(m)]


def drop_storms(text: str, mentions: list[Mention], storm_heads: frozenset[str]) -> list[Mention]:
    """"Tropical Storm Nestor", "Hurricane Melissa", "Cyclone Freddy", "Hurricanes Eta and Iota": a storm named with
    its head, or listed after its plural, is a weather event, which the scheme does not label, whatever the model
    guessed it; an operation keeps its name ("Operation Barkhane" is a force)."""
    if not storm_heads:
        return mentions
    heads = tuple(f"{head}{plural} " for head in sorted(storm_heads) for plural in ("", "s"))
    plurals = "|".join(f"{re.escape(head)}s" for head in sorted(storm_heads))
    listed = [(found.start(1), found.end()) for found in re.finditer(rf"\b(?:{plurals}) ([A-Z][\w-]+(?:(?:,| and|, and) [A-Z][\w-]+)+)", text)]
    return [m for m in mentions if m.label == "DATE" or not (m.text.startswith(heads) or any(s <= m.start and m.end <= e for s, e in listed))]


def drop_spelled_out_acronyms(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"CVE" in a text that also writes "countering violent extremism": an acronym the document spells out in lower
    case names a field or a thing, not an organisation, although no bracketed definition ties the two; the
    knowledge base's acronyms and those defined by a proper name are kept."""
    defined = {m.text for m in mentions if m.origin == "acronyms:definition"}
    candidates = {m.text for m in mentions if m.label == "GROUP" and 3 <= len(m.text) <= 5 and m.text.isalpha() and m.text.isupper()
                  and m.text not in defined and not kb.is_known(m.entity_id)}
    common = {a for a in candidates if any(
        not STOP_WORDS & set(phrase.group().replace("-", " ").split())
        for phrase in re.finditer(r"\b" + r"[ -]+".join(f"{ch.lower()}[a-z]{{3,}}" for ch in a) + r"\b", text))}
    return [m for m in mentions if m.text not in common]


NAME_HEADS = ("org_heads", "place_name_heads", "law_and_document_heads", "publication_heads", "event_words", "product_heads")
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "a", "an", "&"})
CODE = re.compile(r"([A-Z]+)(\d+)")
MODIFIES_A_PLURAL = re.compile(r" [a-z]{3,}s\b")


# "the Assembly", "the Seventy-seventh Assembly", "the 79th Assembly": the article, perhaps with a session's ordinal
ORDINAL = r"(?:[A-Z][a-z]+-)?(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|hundredth)"
ARTICLE_BEFORE = re.compile(rf"\b[Tt]he (?:{ORDINAL} |\d+(?:st|nd|rd|th) )?$")


def drop_back_references(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"the Advisory Council" after "the AI Advisory Council", "the Committee" after "the Basel Committee", "the
    Seventy-seventh Assembly" (a session) after "the World Health Assembly", "Advisory
    Council members" (no article before a plural it modifies): the end
    of a longer name said before is a description of that organisation, not a name (guidelines, section 9), unless
    what was left off is the state or the organisation the body belongs to; and
    "RN1, RN2 and RN3", "BSS0001" are codes, not organisations."""
    names = [m for m in mentions if m.label == "GROUP"]
    codes = {m.text for m in names if m.source == "model" and ((c := CODE.fullmatch(m.text))
             and re.search(rf"\b{c.group(1)}(?!{c.group(2)}\b)\d+\b", text) or EVIDENCE_CODE.fullmatch(m.text))}

    def back_reference(m: Mention) -> bool:
        if m.label != "GROUP" or kb.is_known(m.entity_id) or is_acronym(m.text) or (
                not ARTICLE_BEFORE.search(text[max(0, m.start - 40):m.start]) and not MODIFIES_A_PLURAL.match(text, m.end)):
            return False
        return any(n.start < m.start and n.text.endswith(" " + m.text) and not _qualified(n.text[:-len(m.text)], kb) for n in names)

    return [m for m in mentions if not back_reference(m) and not (m.label == "GROUP" and m.text in codes)]


def link_unqualified_names(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"General Assembly" beside "UN General Assembly", "the Copyright Office" beside "the U.S. Copyright Office": a
    body's name said without the state or the organisation it belongs to is the body the document names with it,
    where it names one such body (a name the text defines by an acronym keeps the acronym's entity)."""
    owners: dict[str, set[str]] = {}
    for n in mentions:
        words = n.text.split(" ") if n.label == "GROUP" else []
        for k in range(1, len(words) - 1):
            if _qualified(" ".join(words[:k]), kb):
                owners.setdefault(" ".join(words[k:]), set()).add(n.entity_id)
    return [replace(m, entity_id=next(iter(owners[m.text]))) if m.label == "GROUP" and len(owners.get(m.text, ())) == 1
            and not kb.is_known(m.entity_id) and not (m.origin or "").startswith("acronyms:") else m for m in mentions]


def _qualified(qualifier: str, kb: KnowledgeBase) -> bool:
    """"the Copyright Office" after "the U.S. Copyright Office", "the General Assembly" after "the UN General
    Assembly": without the state or the organisation it belongs to, the name is still the body's own name."""
    entity = kb.lookup(qualifier.strip())
    return entity is not None and (entity.kind == "country" or entity.label == "GROUP")


def _shorter_inside(mentions: list[Mention], start: int, end: int) -> list[int] | None:
    """Indexes of the mentions inside start..end, all shorter than it; None when one overlaps it otherwise."""
    overlapping = [k for k, m in enumerate(mentions) if m.start < end and start < m.end]
    if any(not (start <= mentions[k].start and mentions[k].end <= end and mentions[k].end - mentions[k].start < end - start)
           for k in overlapping):
        return None
    return overlapping


def _a_state_in_its_role(mention: Mention, definition: Mention) -> bool:
    """"the Democratic Republic of the Congo (DRC)", then "the DRC to neutralise": a state's acronym is ACTOR or PLACE
    by each use's own role, not by its definition's."""
    return mention.label in ("ACTOR", "PLACE") and definition.label in ("ACTOR", "PLACE") and mention.entity_id == definition.entity_id


def add_bare_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """An acronym the text defines, or that is an organisation somewhere in it (as a name in capitals that acts,
    "FEWS NET assesses"), and a road's code a road word introduced once ("RN2") are mentions wherever they appear
    (headings in capitals and document numbers aside), linked like its definition; the long name an acronym was
    defined by is linked so wherever it is repeated ("Intergovernmental Panel on Climate Change" paragraphs after
    "… (IPCC)")."""
    confirmed = {m.text: m for m in mentions if m.label == "GROUP" and m.source == "model" and is_acronym(m.text)}
    shown = (SPACED_ORIGIN, ROAD_ORIGIN)
    defined = confirmed | {m.text: m for m in mentions if m.origin in shown or is_acronym(m.text) and (
        m.origin == "acronyms:definition" or m.origin.startswith(STATE_GOVERNMENT))  # "the Government of the
        # Philippines (GPH)", then "the GPH withdrew": the state
        or is_short_name(m.text) and m.origin == "acronyms:definition"}  # "Chemical of Africa SA (Chemaf)"
    added, covered = [], set()
    for acronym, definition in sorted(defined.items()):
        for match in re.finditer(rf"(?<![\w@./]){re.escape(acronym)}(?![\w@]|\.\w)", text):
            inside = _shorter_inside(mentions, match.start(), match.end())
            if inside is None or in_capitals(text, match.start(), match.end()) or opens_a_code(text, match.end()):
                continue
            covered.update(inside)  # "AU" of "AU-MVCM": the defined compound is the name
            added.append(Mention(match.start(), match.end(), definition.label, acronym, definition.entity_id, None, "rule", "acronyms:bare-use"))
    mentions = [m for k, m in enumerate(mentions) if k not in covered]
    long_forms: dict[str, Mention] = {}
    for m in mentions:
        if m.origin == "acronyms:long-form":
            long_forms.setdefault(m.text, m)
    relinked = [
        m if m.text in defined and _a_state_in_its_role(m, defined[m.text])
        else replace(m, label=defined[m.text].label, entity_id=defined[m.text].entity_id) if m.text in defined and m.origin != "acronyms:definition"
        else replace(m, entity_id=long_forms[m.text].entity_id) if m.text in long_forms and m.label == long_forms[m.text].label
        else m
        for m in mentions
    ]
    return relinked + added
