"""Bodies named in other languages and by their kind: a Portuguese connector the tagger took for a verb ("Partido dos
Trabalhadores"), a Swahili party's head ("Chama Cha Mapinduzi"), the adjective that closes Spanish party names
("Renovación Popular"), a group's head word inside an Arabic name ("Asaib Ahl al-Haq"), a gang or a cartel named
before its noun, also after a hyphened description ("the Zamfara-based Turji gang"). Each with a case where it must
not fire."""

import pytest
from test_tagger import labels_by_name as tagged
from test_tagger import make_document

from pipeline.tagging.tagger import tag_document


@pytest.mark.parametrize("text, body", [
    ("The vote split the Partido dos Trabalhadores.", "Partido dos Trabalhadores"),  # Brazil
    ("The Chama Cha Mapinduzi won 98 percent of the seats.", "Chama Cha Mapinduzi"),  # Tanzania
    ("Fuerza Popular and Renovación Popular blocked the motion.", "Renovación Popular"),  # Peru
    ("The Kataib Hezbollah and Asaib Ahl al-Haq militias fired rockets.", "Asaib Ahl al-Haq"),  # Iraq
    ("Asaib Ahl al-Haq fired rockets at the base.", "Asaib Ahl al-Haq"),
    ("Gunmen from the Zamfara-based Turji gang attacked Shinkafi.", "Turji"),  # Nigeria
    ("The Choneros gang split after Fito's escape.", "Choneros"),  # Ecuador
])
def test_a_body_named_in_another_language_or_by_its_kind_was_missed_or_mistyped(statistical_nlp, text, body):
    assert tagged(statistical_nlp, text).get(body) == "GROUP"


@pytest.mark.parametrize("text, name, label", [
    ("Abu Bakr al-Baghdadi died in 2019.", "Abu Bakr al-Baghdadi", "ACTOR"),  # a person's particles
    ("IMF Executive Board Approves US$3 Billion for Egypt.", "IMF Executive Board", "GROUP"),  # a headline's verb
])
def test_a_persons_particles_and_a_headlines_verb_stay_as_they_were(statistical_nlp, text, name, label):
    assert tagged(statistical_nlp, text).get(name) == label


def test_a_plaza_named_popular_is_no_party(statistical_nlp):
    assert tagged(statistical_nlp, "The Plaza Popular was full.").get("Plaza Popular") != "GROUP"


@pytest.mark.parametrize("text, body, place", [
    ("The dam is being built by China Gezhouba Group on the Indus River.", "China Gezhouba Group", "Indus River"),
    ("The Joint Task Force in the Niger Delta struck a camp.", "Joint Task Force", "Niger Delta"),
])
def test_a_body_named_before_the_river_it_works_on_was_read_as_a_place(statistical_nlp, text, body, place):
    labels = tagged(statistical_nlp, text)
    assert (labels.get(body), labels.get(place)) == ("GROUP", "PLACE")


def test_a_conference_on_the_law_of_the_sea_is_no_body_before_a_place(statistical_nlp):
    assert "Sea" not in tagged(statistical_nlp, "The Conference on the Law of the Sea opened in 1973.")


@pytest.mark.parametrize("text, name", [
    ("Ethiopian Airlines resumed flights to Mekelle.", "Ethiopian Airlines"),  # Ethiopia
    ("Turkish Airlines cancelled the route to Kabul.", "Turkish Airlines"),
])
def test_a_company_named_with_its_states_demonym_was_read_as_the_state(statistical_nlp, text, name):
    assert tagged(statistical_nlp, text).get(name) == "GROUP"


def test_a_states_army_described_by_its_demonym_keeps_its_armed_service_reading(statistical_nlp):
    found = [(m.text, m.label, m.origin) for m in tag_document(statistical_nlp, make_document("The Algerian Army sealed the border."))]
    assert found == [("Algerian Army", "GROUP", "names:armed-service")]
