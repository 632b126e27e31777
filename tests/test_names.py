"""Name shapes: particles inside, titles outside, aliases the text introduces, organisation names."""

import pytest
import spacy

from pipeline.tagging import names
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.rule_files import load_json, model_file


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def rules():
    return {**load_json(model_file("names.json")), "country_names": KnowledgeBase.load().place_names(("country",))}


def found(finder, nlp, rules, text):
    doc = nlp(text)
    return [(c.label, text[c.start:c.end]) for c in finder(doc, rules)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is led by El Kairouani Abu Abdelhamid al-Kidali, a local member.",
         [("ACTOR", "El Kairouani Abu Abdelhamid al-Kidali")]),
        ("Amada ag Bibi and ag Awissa, the right-hand man of Iyad ag-Ghaly.",
         [("ACTOR", "Amada ag Bibi"), ("ACTOR", "ag Awissa"), ("ACTOR", "Iyad ag-Ghaly")]),
        ("After Iyad ag-Ghaly announced it, Oumar Ould Hamaha spoke.", [("ACTOR", "Iyad ag-Ghaly"), ("ACTOR", "Oumar Ould Hamaha")]),
        ("a local Tuareg member of al-Ansar brigade", [("GROUP", "al-Ansar")]),
        ("The Sharia law and Western forces", []),
    ],
)
def test_particle_names(nlp, rules, text, expected):
    assert found(names.particle_names, nlp, rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In late December 2010, President Amadou Toumani Touré replaced officers.", [("ACTOR", "Amadou Toumani Touré")]),
        ("Foreign Minister Ramtane Lamamra met Prime Minister Moussa Mara.", [("ACTOR", "Ramtane Lamamra"), ("ACTOR", "Moussa Mara")]),
        ("close to Ansar eddine spokesman, Sanad Ould Bouamama.", [("ACTOR", "Sanad Ould Bouamama")]),
        ("the Committee of the Operational Joint General Staff and the General Assembly", []),
        ("was appointed Minister of Foreign Affairs in April 2011", []),
    ],
)
def test_titles_stay_outside(nlp, rules, text, expected):
    assert found(names.titled_names, nlp, rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("led by Amada ag Bibi (a.k.a «the man of Algiers») and others", [("ACTOR", "man of Algiers")]),
        ("Hamada Ould Muhammad Kheirou (a.k.a. Abu Qumqum).", [("ACTOR", "Abu Qumqum")]),
        ("the creation of a 6th brigade called “Yussef ben Tachfin”, made up", [("GROUP", "Yussef ben Tachfin")]),
        ("set-up his own katiba “Al Mouakaoun bi Dam” (The Signatories with blood).",
         [("GROUP", "Al Mouakaoun bi Dam"), ("GROUP", "Signatories with blood")]),
        ("a commander dubbed The Butcher led them", [("ACTOR", "Butcher")]),
        ("what is called Sharia law", []),
    ],
)
def test_aliases(nlp, rules, text, expected):
    assert found(names.aliases, nlp, rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("why the Popular National Army has not crossed", [("GROUP", "Popular National Army")]),
        ("The Economic Community of West African States met.", [("GROUP", "Economic Community of West African States")]),
        ("the Algerian Army’s 6th division", []),
        ("a Libyan Consulate in Kidal", []),
        ("The European Council met in Brussels.", [("GROUP", "European Council")]),
    ],
)
def test_organisation_names(nlp, rules, text, expected):
    assert found(names.organisation_names, nlp, rules, text) == expected


def test_demonyms_are_recognised_from_place_names():
    places = frozenset({"niger", "morocco", "mali", "algeria"})
    assert all(names.looks_like_demonym(w, places) for w in ("Nigeriens", "Moroccan", "Malians", "Algerian"))
    assert not any(names.looks_like_demonym(w, places) for w in ("Malik", "Nigeria", "Algiers"))
