"""What kind of thing a name is, from a general signal: a territory the country standard files under another state,
a country in brackets after a person's name, the head of a body's name, a plural article, a company's trade word,
an incident's noun after a place."""

import pytest
from test_tagger import make_document

from pipeline.tagging.tagger import load_nlp, tag_document
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.territories import a_territory_of_a_state, territory_ids


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("auto")


def labels_of(nlp, text, name):
    return [m.label for m in tag_document(nlp, make_document(text)) if m.text == name]


def test_territory_filed_under_another_state_is_no_state():
    kb = KnowledgeBase.load()
    territories = territory_ids(kb)

    def territory(name):
        return a_territory_of_a_state(kb.lookup(name).id, territories)

    assert territory("New Caledonia") and territory("Puerto Rico") and territory("Hong Kong") and territory("Guadeloupe")
    # a state, and a state the standard files as a province of another, are states
    assert not territory("France") and not territory("Taiwan") and not territory("Georgia") and not territory("Niger")


@pytest.mark.parametrize("text, name", [
    ("The accord offers New Caledonia a new status within the Republic.", "New Caledonia"),
    ("Washington pressed Puerto Rico to restructure its debt.", "Puerto Rico"),
])
def test_territory_typed_actor_as_a_state(nlp, text, name):
    assert set(labels_of(nlp, text, name)) == {"PLACE"}


def test_territory_rule_leaves_acting_states(nlp):
    assert labels_of(nlp, "The accord offers Armenia a new status, and Azerbaijan rejected it.", "Azerbaijan") == ["ACTOR"]


@pytest.mark.parametrize("text, names", [
    ("Head of Mission: Dr. Kamala Shrestha (Nepal). Legal Analyst: Aishath Shifa (Maldives). Media Analyst: Farah "
     "Naz Qureshi (Pakistan).", ["Kamala Shrestha", "Aishath Shifa", "Farah Naz Qureshi"]),
    ("The panel was chaired by Maria Fernanda Ochoa (Colombia) and Tendai Moyo (Zimbabwe).", ["Maria Fernanda Ochoa"]),
])
def test_person_glossed_by_a_country_typed_place(nlp, text, names):
    for name in names:
        assert labels_of(nlp, text, name) == ["ACTOR"], name


@pytest.mark.parametrize("text, name", [
    ("Flooding hit Puerto Escondido (Mexico) on Monday.", "Puerto Escondido"),
    ("Fighting reached Bunagana (Uganda) and Goma.", "Bunagana"),
])
def test_town_glossed_by_its_country_stays_no_person(nlp, text, name):
    assert "ACTOR" not in labels_of(nlp, text, name)


@pytest.mark.parametrize("text, name", [
    ("A group of police officers and hitmen known as the Davao Death Squad killed suspected dealers.", "Davao Death Squad"),
    ("Gunmen and former soldiers known as the Medellín Cartel controlled the trade.", "Medellín Cartel"),
])
def test_death_squad_named_by_an_alias_typed_actor(nlp, text, name):
    assert labels_of(nlp, text, name) == ["GROUP"]


def test_person_named_by_an_alias_stays_a_person(nlp):
    assert labels_of(nlp, "The cartel's leader, known as Rafael Caro Quintero, fled.", "Rafael Caro Quintero") == ["ACTOR"]


@pytest.mark.parametrize("text, name", [
    ("Sonia Backès, the president of the Southern Province and leader of Les Loyalistes, argued for partition.",
     "Les Loyalistes"),
    ("Éric Ciotti, who once led Les Républicains, joined the far right.", "Les Républicains"),
])
def test_party_with_a_french_plural_article_typed_actor(nlp, text, name):
    assert "ACTOR" not in labels_of(nlp, text, name)


def test_town_with_a_plural_article_stays_a_place(nlp):
    assert labels_of(nlp, "Aid reached Les Cayes on Monday.", "Les Cayes") == ["PLACE"]


@pytest.mark.parametrize("text, name", [
    ("The Reko Diq copper-gold project is owned half by Barrick Gold and half by federal state companies.", "Barrick Gold"),
    ("Zambia agreed terms with First Quantum Minerals and with Vedanta Resources.", "Vedanta Resources"),
])
def test_company_named_for_its_trade_typed_actor(nlp, text, name):
    assert labels_of(nlp, text, name) == ["GROUP"]


def test_person_with_a_trade_word_surname_stays_a_person(nlp):
    assert "GROUP" not in labels_of(nlp, "The envoy, Dore Gold, met the minister in Cairo.", "Dore Gold")


@pytest.mark.parametrize("text, name", [
    ("A suicide bomber struck a convoy in Besham in March. The Besham attack killed five engineers.", "Besham"),
    ("Gunmen opened fire on tourists in Pahalgam. After the Pahalgam massacre, India closed the border.", "Pahalgam"),
])
def test_place_before_an_incident_noun_typed_group(nlp, text, name):
    assert set(labels_of(nlp, text, name)) == {"PLACE"}


def test_group_before_an_incident_noun_stays_a_group(nlp):
    assert "PLACE" not in labels_of(nlp, "Hamas fighters crossed into Israel. The Hamas attack killed hundreds.", "Hamas")


def test_company_guessed_a_person_once_typed_actor_and_person_guessed_a_body_once():
    from pipeline.core.mention import Mention
    from pipeline.tagging.document_places import bodies_guessed_mostly

    def guess(start, label, text="Lockheed Martin", origin="model:m"):
        return Mention(start=start, end=start + len(text), text=text, label=label, source="model", origin=origin)

    mentions = [guess(0, "ACTOR"), guess(100, "GROUP"), guess(200, "GROUP")]
    assert [m.label for m in bodies_guessed_mostly(mentions)] == ["GROUP", "GROUP", "GROUP"]
    kiir = [guess(0, "GROUP", "Kiir"), guess(50, "ACTOR", "Kiir"), guess(90, "ACTOR", "Kiir")]
    assert [m.label for m in bodies_guessed_mostly(kiir)] == ["ACTOR", "ACTOR", "ACTOR"]
    # a tie, or a person a rule names, stays as guessed
    tie = [guess(0, "ACTOR", "Jorge Ramos"), guess(100, "GROUP", "Jorge Ramos")]
    assert [m.label for m in bodies_guessed_mostly(tie)] == ["ACTOR", "GROUP"]
    ruled = mentions + [Mention(start=300, end=315, text="Lockheed Martin", label="ACTOR", source="rule", origin="names:given-name")]
    assert [m.label for m in bodies_guessed_mostly(ruled)][0] == "ACTOR"


@pytest.mark.parametrize("text, name", [
    # South China Sea: a consultation procedure between two states, with its acronym
    (("At the ninth meeting of the Bilateral Consultation Mechanism (BCM) on the South China Sea, held in Manila, the "
      "BCM agreed on little."), "BCM"),
    # WHO pandemic agreement: an access system set up by a treaty
    ("Article 12 creates a Pathogen Access and Benefit-Sharing System (PABS) under which manufacturers share vaccines.",
     "PABS"),
    # Georgia: monitoring procedures at crossing points
    ("It welcomes the Incident Prevention and Response Mechanisms in Ergneti and Gali.",
     "Incident Prevention and Response Mechanisms"),
    # a UK energy brief: a support scheme and a register (guidelines: schemes and registers are not organisations)
    ("Households on the Energy Company Obligation Scheme (ECOS) and the Priority Services Register get help.", "ECOS"),
    ("Bangladesh invoked the Monroe Doctrine and the Five Principles of Peaceful Coexistence.", "Monroe Doctrine"),
])
def test_procedures_systems_schemes_and_doctrines_are_no_bodies(nlp, text, name):
    # guidelines §"Laws, acts": a procedure, a doctrine or a principle, schemes and registers are not annotated
    assert labels_of(nlp, text, name) == []


@pytest.mark.parametrize("text, name", [
    ("The Federal Reserve System raised its policy rate in March.", "Federal Reserve System"),
    ("The European System of Central Banks sets the rules for the Bank of Greece.", "European System of Central Banks"),
])
def test_bodies_whose_name_ends_in_a_procedural_word_stay_bodies(nlp, text, name):
    assert labels_of(nlp, text, name) == ["GROUP"]
