"""Names a situation report of a UN agency lost, checked as classes on sentences of several publishers: a unit
named after its parent's acronym, a plural noun of people's possessive inside a name, a body's name run on over "in"
and the place it is in, a state after a sum and "for", a town the knowledge base writes as one word, a town before
"shelter", a state naming a currency; each with the cases where the rule must not fire."""

import pytest
from test_group_mentions import mentions

from pipeline.tagging.knowledge_base import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # UNFPA Caribbean
        ("A GBViE Specialist from the UNFPA Global Emergency Response Team was deployed to Jamaica.",
         "UNFPA Global Emergency Response Team"),
        ("UNFPA participated in joint assessments with the UN Country Team and is engaged in the shelter cluster.",
         "UN Country Team"),
        # a UNICEF-style sentence on the Haiti response
        ("The UNICEF Emergency Nutrition Team reached families displaced from Jérémie.", "UNICEF Emergency Nutrition Team"),
    ],
)
def test_a_unit_named_after_its_parents_acronym_is_not_cut_to_the_acronym(statistical_nlp, text, name):
    assert ("GROUP", name) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # UNFPA Caribbean: a class of teams (plural)
        ("UNFPA is working closely with UN Country Teams and Humanitarian Coordinators.", "UN Country Teams"),
        # UNICEF Haiti: the same without a parent
        ("An Emergency Medical Team was deployed to the South department.", "Emergency Medical Team"),
    ],
)
def test_a_team_without_its_parents_acronym_or_in_the_plural_is_no_name(statistical_nlp, text, not_a_name):
    assert not any(name == not_a_name for _, name in mentions(statistical_nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # UNFPA Caribbean: the curly apostrophe of a plural noun of people inside the name
        ("The sessions were held with the Treasure Beach Women’s Group, HIV clinics and shelters.",
         "Treasure Beach Women’s Group"),
        # a party and an army named by their members
        ("The Kurdistan Workers' Party declared a ceasefire.", "Kurdistan Workers' Party"),
        ("In 1949 the People’s Liberation Army entered the city.", "People’s Liberation Army"),
    ],
)
def test_a_name_is_not_cut_at_the_possessive_of_its_people_noun(statistical_nlp, text, name):
    assert ("GROUP", name) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # UNFPA Caribbean: a state's possessive stays outside its ministry's name
        ("Jamaica’s Ministry of Health and Wellness assessed the damage.", "Jamaica’s Ministry of Health and Wellness"),
        # PRIME: a code of practice opened after the possessive is a document, not a body
        ("The Minoritised Ethnic People’s Code of Practice for Equitable Digital Services was published.",
         "Minoritised Ethnic People’s Code of Practice for Equitable Digital Services"),
    ],
)
def test_a_possessive_of_a_name_or_before_a_document_joins_no_name(statistical_nlp, text, not_a_name):
    assert not any(name == not_a_name for _, name in mentions(statistical_nlp, text))


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        # UNFPA Caribbean (a footnote's source)
        ("Data from the Office of Disaster Preparedness and Emergency Management in Jamaica.",
         "Office of Disaster Preparedness and Emergency Management", "Jamaica"),
        # a ministry named with its remit, then its country
        ("The Ministry of Public Health in Cuba reported on the damage.", "Ministry of Public Health", "Cuba"),
    ],
)
def test_a_body_named_with_its_remit_stops_before_in_and_its_place(statistical_nlp, text, group, place):
    found = mentions(statistical_nlp, text)
    assert ("GROUP", group) in found and ("PLACE", place) in found


def test_a_mission_named_by_its_place_keeps_in_and_the_place(statistical_nlp):
    # Colombia brief: the head right before "in" is named by the place
    text = "The United Nations Verification Mission in Colombia monitors the agreement."
    assert ("GROUP", "United Nations Verification Mission in Colombia") in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # UNFPA Caribbean: the appeal's sums for each country
        ("UNFPA requires US$7 million for Jamaica, US$1.37 million for Haiti and US$1.56 million for Cuba.",
         ["Jamaica", "Haiti", "Cuba"]),
        # an EU-style pledge
        ("The EU pledged €50 million for Mali in 2013.", ["Mali"]),
    ],
)
def test_a_state_after_a_sum_and_for_is_the_setting_funded(statistical_nlp, text, states):
    found = mentions(statistical_nlp, text)
    assert all(("PLACE", state) in found for state in states)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a state that acts on the sum, and support for a party
        ("The World Bank approved $250 million for Ukraine to repair its power grid.", "Ukraine"),
        ("The United States provided strong support for Ukraine in the negotiations.", "Ukraine"),
    ],
)
def test_a_state_that_acts_or_is_supported_after_for_stays_an_actor(statistical_nlp, text, state):
    assert ("ACTOR", state) in mentions(statistical_nlp, text)


def test_a_name_written_with_a_hyphen_or_a_space_finds_the_one_word_name_of_the_knowledge_base():
    kb = KnowledgeBase.load()
    assert kb.lookup("Pétion-Ville").id == kb.lookup("Petion Ville").id == "petionville"


def test_a_run_together_name_two_entities_share_answers_neither():
    kb = KnowledgeBase.from_records([
        {"id": "newport-wales", "label": "PLACE", "name": "Newport"},
        {"id": "newport-rhode-island", "label": "PLACE", "name": "Newport"},
    ])
    assert kb.lookup("New Port") is None
    assert kb.lookup("Newport").id == "newport-wales"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # UNFPA Caribbean: a session venue in Haiti, as the PDF writes it
        ("Sessions were held at Marie César - Pétion-Ville and Gâté.", "Pétion-Ville"),
        # FEWS NET-style list of communes
        ("Displaced families moved to Pétion-Ville and Croix-des-Bouquets.", "Pétion-Ville"),
    ],
)
def test_a_hyphenated_town_the_knowledge_base_writes_as_one_word_is_found(statistical_nlp, text, name):
    assert ("PLACE", name) in mentions(statistical_nlp, text)


def test_a_hyphenated_adjective_is_no_run_together_place(statistical_nlp):
    # DIIS-style: compounds of demonyms read as nothing the knowledge base knows
    found = mentions(statistical_nlp, "The Anglo-American view prevailed over the Franco-German proposal.")
    assert not any(label == "PLACE" for label, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # UNFPA Caribbean
        ("UNFPA supported an integrated SRH/GBV service provision at the Petersfield shelter.", "Petersfield"),
        # a Congo-style camp for the displaced
        ("Hundreds of families arrived at the Kibumba shelter after the fighting.", "Kibumba"),
    ],
)
def test_a_name_before_shelter_is_a_place(statistical_nlp, text, name):
    assert ("PLACE", name) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # UNFPA Caribbean
        "The response is projected to cost tens of millions of US dollars.",
        # NATO communiqué: a chart's title
        "Defence expenditures (million US dollars)",
    ],
)
def test_a_state_naming_a_currency_is_no_mention(statistical_nlp, text):
    assert not any(name == "US" for _, name in mentions(statistical_nlp, text))


def test_a_state_before_a_sum_in_its_currency_is_still_tagged(statistical_nlp):
    # the same currency after a state that acts
    assert ("ACTOR", "US") in mentions(statistical_nlp, "The US pledged 5 million dollars to Haiti.")
