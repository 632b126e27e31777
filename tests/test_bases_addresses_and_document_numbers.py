"""What government documents write about their sites and their own papers: military bases named with their service
or an abbreviated head ("Minot Air Force Base", "Andrews AFB"), a state's postal code after a place ("Seal Beach, CA
90740", "Andrews AFB, MD"; guidelines, section 10), an agency's branch, and a document's number after an
abbreviation ("Rev. Proc. 84-74", "FR Doc. 2020–17221"), which names no reverend. Each with a case where the rule
must not fire."""

import pytest
from test_tagger import labels_by_name as tagged
from test_tagger import make_document

from pipeline.tagging.tagger import tag_document


def mentions(nlp, text):
    return {(m.text, m.label, m.entity_id) for m in tag_document(nlp, make_document(text + "\n"))}


@pytest.mark.parametrize("text, site", [
    ("The missiles will be based at Minot Air Force Base in North Dakota.", "Minot Air Force Base"),
    ("The Ramstein Air Base in Germany hosts the command.", "Ramstein Air Base"),
    ("Tests were run at the Luke Air Force Range.", "Luke Air Force Range"),
    ("Andrews AFB hosted the meeting.", "Andrews AFB"),
    ("The wing moved from Andrews AFB to Warren AFB.", "Warren AFB"),
])
def test_a_military_base_named_with_its_service_or_an_abbreviated_head_is_a_place(statistical_nlp, text, site):
    assert tagged(statistical_nlp, text).get(site) == "PLACE"


@pytest.mark.parametrize("text, body", [
    ("The Counter Terrorism Department arrested three men.", "Counter Terrorism Department"),  # a body's head too
    ("The Joint Task Force in the Niger Delta struck a camp.", "Joint Task Force"),
    ("The Army Corps of Engineers built the dam.", "Army Corps of Engineers"),
])
def test_a_body_named_with_a_service_stays_a_body(statistical_nlp, text, body):
    assert tagged(statistical_nlp, text).get(body) == "GROUP"


@pytest.mark.parametrize("text, code, state", [
    ("Send comments to 1200 New Jersey Avenue SE, Washington, DC 20590.", "DC", "district-of-columbia"),
    ("Boeing Commercial Airplanes, 2600 Westminster Blvd., Seal Beach, CA 90740.", "CA", "california"),
    ("Andrews AFB, MD, 12 June 1986.", "MD", "maryland-us"),  # a code that is also a degree, after a base
    ("Deployment sites include Warren AFB, WY and Minot AFB, ND.", "ND", "north-dakota"),
])
def test_a_states_postal_code_after_a_place_is_the_state(statistical_nlp, text, code, state):
    assert (code, "PLACE", state) in mentions(statistical_nlp, text)


@pytest.mark.parametrize("text, code", [
    ("The meeting in Berlin, DE, was short.", "DE"),  # a foreign town's country code
    ("The office moved to Tunis, TN.", "TN"),
    ("The panel heard Paul Roe, PA, on Monday.", "PA"),  # a title after a person's name
    ("The office is at 1111 Constitution Avenue, NE, on the corner.", "NE"),  # a quarter of an address
])
def test_a_two_letter_code_that_is_no_us_state_there_is_not_read_as_one(statistical_nlp, text, code):
    found = tag_document(statistical_nlp, make_document(text + "\n"))
    assert not any(m.text == code and m.origin == "postal-code" for m in found)


def test_an_agencys_branch_is_a_body(statistical_nlp):
    text = "Contact the Operational Safety Branch, FAA, for details; the executive branch rejected the bill."
    assert tagged(statistical_nlp, text) == {"Operational Safety Branch": "GROUP", "FAA": "GROUP"}


@pytest.mark.parametrize("text", [
    "See section 5.03 of Rev. Proc. 84-74 for the rules.",
    "[FR Doc. 2020–17221 Filed 8–5–20; 8:45 am]",
])
def test_an_abbreviation_before_a_documents_number_names_no_one(statistical_nlp, text):
    assert not any(label == "ACTOR" for label in tagged(statistical_nlp, text).values())


def test_a_name_ending_a_sentence_before_a_range_stays_a_name(statistical_nlp):
    assert tagged(statistical_nlp, "The report was written by Gen. Smith. 12-14 soldiers died.").get("Smith") == "ACTOR"


@pytest.mark.parametrize("text, site", [
    ("The brigade returned to Ft. Hood in Texas.", "Ft. Hood"),
    ("Troops trained at Fort Bragg and Fort Bliss last year.", "Fort Bliss"),
    ("Among the six acknowledged camps, Camp Abubakar As-Siddique is behind schedule.", "Camp Abubakar As-Siddique"),
    ("Fighting near Mount Elgon displaced families.", "Mount Elgon"),
])
def test_a_site_opened_by_its_head_is_a_place_with_the_head_inside(statistical_nlp, text, site):
    assert tagged(statistical_nlp, text).get(site) == "PLACE"


@pytest.mark.parametrize("text", [
    "The Camp David Accords were signed in 1978.",  # a document named after a site
    "Operation Sindoor and Exercise Aman 2025 were discussed.",  # an exercise named like a town
    "HNoMS Fridtjof Nansen and HMS Albion sailed north.",  # ships
])
def test_a_document_an_exercise_or_a_ship_named_like_a_place_or_a_person_names_none(statistical_nlp, text):
    assert not any(label in ("PLACE", "ACTOR") for label in tagged(statistical_nlp, text).values())


def test_a_town_named_like_an_exercise_elsewhere_stays_a_place(statistical_nlp):
    labels = tagged(statistical_nlp, "Exercise Aman 2025 ended in March. Refugees fled from Aman to the coast.")
    assert labels.get("Aman") == "PLACE"
