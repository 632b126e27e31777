"""Armed services named with their state, ranks read alone, bodies named inside an appointment or after a ship, and
exercise names: sentences in the styles of a defence ministry's release, a South China Sea brief, a Sahel brief and
news from other regions, with the cases where each rule must not fire."""

import pytest
from test_group_mentions import mentions


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # a defence ministry's release: a demonym, a state's acronym, a state's full name, "Royal" and a demonym
        ("The Indian Army contingent comprised 600 soldiers.", "Indian Army"),
        ("The US Army contingent of a similar strength arrived in Rajasthan.", "US Army"),
        ("The exercise brings together the Indian Navy and the United States Navy in the Bay of Bengal.", "United States Navy"),
        ("The frigate of the Royal Australian Navy sailed from Sydney.", "Royal Australian Navy"),
        # other regions: a brief on the South China Sea, on West Africa, on the Gulf of Guinea
        ("The Philippine Navy escorted the resupply mission to Second Thomas Shoal.", "Philippine Navy"),
        ("The Nigerian Air Force struck camps in Zamfara State last week.", "Nigerian Air Force"),
        ("The Ghana Navy seized a trawler off Takoradi.", "Ghana Navy"),
        # a state's service is its own body, not the state acting (guidelines: "US Navy", "China Coast Guard")
        ("The Pakistan Army shelled the Line of Control.", "Pakistan Army"),
    ],
)
def test_a_states_armed_service_is_one_group_not_the_state(statistical_nlp, text, service):
    """pressrelease-defence-ministry-exercise: "Indian Army", "US Army" ("US" ACTOR), "United States Navy"
    ("United States" ACTOR), "Royal Australian Navy" (PLACE) missed or cut to the state on arrival."""
    found = mentions(statistical_nlp, text)
    assert ("GROUP", service) in found
    assert not any(label != "GROUP" and other in service for label, other in found)


@pytest.mark.parametrize(
    "text",
    [
        # a description: the lower-case service, a numbered lower-case unit of it (the shipped brief), the demonym alone
        "Tamanrasset is the home of the Algerian Army’s 6th division.",
        "The Malian army withdrew from the town.",
        "The Indian contingent was drawn from a battalion.",
    ],
)
def test_a_described_service_stays_unannotated(statistical_nlp, text):
    assert not any("Army" in other or "army" in other for _, other in mentions(statistical_nlp, text))


def test_a_body_named_with_its_service_after_of_is_two_mentions(statistical_nlp):
    """pressrelease-defence-ministry-exercise: "Eastern Naval Command of the Indian Navy" was one GROUP."""
    found = mentions(statistical_nlp, "The harbour phase is hosted by the Eastern Naval Command of the Indian Navy.")
    assert ("GROUP", "Indian Navy") in found and ("GROUP", "Eastern Naval Command") in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The exercise was witnessed by Lieutenant General Manjinder Singh, General Officer Commanding-in-Chief of the "
         "South Western Command.", "Manjinder Singh"),
        ("The drill was observed by Major General Brandon Tegtmeier, Commanding General of the 11th Airborne Division.",
         "Brandon Tegtmeier"),
        ("General Upendra Dwivedi, the Chief of the Army Staff, reviewed the troops.", "Upendra Dwivedi"),
        ("Inspector General Donny Michael praised the crew.", "Donny Michael"),
    ],
)
def test_ranks_alone_are_no_person(statistical_nlp, text, person):
    """pressrelease-defence-ministry-exercise: "General" x5, "Commanding", "Commanding General" were ACTOR."""
    found = mentions(statistical_nlp, text)
    assert ("ACTOR", person) in found
    assert not any(other in ("General", "Commanding", "Commanding General", "Inspector General") for _, other in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Vice Admiral Rajesh Pendharkar, Flag Officer Commanding-in-Chief of the Eastern Naval Command, opened it.",
         "Eastern Naval Command"),
        ("Rear Admiral Rajesh Dhankhar, the Flag Officer Commanding Eastern Fleet, led the ships.", "Eastern Fleet"),
        ("The US Navy has deployed the destroyer USS Dewey of the Seventh Fleet.", "Seventh Fleet"),
    ],
)
def test_a_body_named_inside_an_appointment_or_after_a_ship_is_its_own_mention(statistical_nlp, text, body):
    """pressrelease-defence-ministry-exercise: the command and the fleets were lost in the rank or the ship's name."""
    found = mentions(statistical_nlp, text)
    assert ("GROUP", body) in found
    assert not any("Officer" in other or "USS" in other for _, other in found)


def test_the_chief_of_a_staff_names_no_body(statistical_nlp):
    """"Chief of the Army Staff", "Chief of the Defence Staff": the appointment, no organisation."""
    for text in ("General Upendra Dwivedi, the Chief of the Army Staff, spoke.", "Admiral Tony Radakin, Chief of the Defence Staff, spoke."):
        assert not any("Staff" in other or other == "Army" for _, other in mentions(statistical_nlp, text))


def test_a_ship_prefix_is_no_organisation(statistical_nlp):
    """pressrelease-defence-ministry-exercise: "HMAS" of "HMAS Stuart" was GROUP; a South China Sea brief's "BRP"."""
    for text in ("Australia is represented by HMAS Stuart and a P-8A aircraft.",
                 "The Philippine Navy sent BRP Sierra Madre supplies."):
        assert not any(other in ("HMAS", "BRP") for _, other in mentions(statistical_nlp, text))


def test_an_exercise_named_after_exercise_is_no_person(statistical_nlp):
    """pressrelease-defence-ministry-exercise: "Yudh Abhyas" ACTOR x3; "Exercise Cobra Gold" in a Thai brief's style."""
    text = ("Exercise Yudh Abhyas concluded in Rajasthan. Yudh Abhyas was held for the 20th time.\n"
            "Exercise Cobra Gold opened in Chonburi; Cobra Gold draws troops from 30 countries.")
    found = [other for _, other in mentions(statistical_nlp, text)]
    assert not any("Yudh" in other or "Cobra" in other for other in found)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        # pressrelease-defence-ministry-exercise: "RAN" missed after "Royal Australian Navy (RAN)"
        ("The exercise brings together the Royal Australian Navy (RAN) and others. The RAN sent a frigate.", "RAN"),
        # a Gulf of Guinea brief's style
        ("The Nigerian Navy (NN) arrested the crew. The NN handed them to the police.", "NN"),
    ],
)
def test_a_services_bracketed_acronym_names_it_wherever_used(statistical_nlp, text, acronym):
    assert mentions(statistical_nlp, text).count(("GROUP", acronym)) == 2


@pytest.mark.parametrize(
    ("text", "designation"),
    [
        # pressrelease-defence-ministry-exercise: "1st Battalion, 5th Infantry Regiment" split in two on arrival
        ("The US Army contingent was led by the 1st Battalion, 5th Infantry Regiment of the 11th Airborne Division.",
         "1st Battalion, 5th Infantry Regiment"),
        ("Troops of the 2nd Squadron, 2nd Cavalry Regiment crossed into Lithuania.", "2nd Squadron, 2nd Cavalry Regiment"),
    ],
)
def test_a_numbered_sub_unit_and_its_parent_are_one_designation(statistical_nlp, text, designation):
    found = mentions(statistical_nlp, text)
    assert ("GROUP", designation) in found
    assert not any(other in designation and other != designation for _, other in found)


def test_two_numbered_brigades_in_a_list_stay_apart(statistical_nlp):
    found = mentions(statistical_nlp, "The 6th Brigade, 7th Brigade and 8th Brigade took part in the offensive.")
    assert not any("," in other for _, other in found)


def test_a_commands_alias_is_a_body_not_a_person(statistical_nlp):
    """pressrelease-defence-ministry-exercise: "the Sapta Shakti Command" after "known as" was ACTOR."""
    text = ("The exercise was overseen by the South Western Command, known as the Sapta Shakti Command, which is based "
            "in Jaipur.")
    labels = {label for label, other in mentions(statistical_nlp, text) if other == "Sapta Shakti Command"}
    assert labels == {"GROUP"}


def test_a_person_named_after_an_alias_cue_stays_a_person(statistical_nlp):
    """"Ahmad al-Sharaa, known as Abu Mohammed al-Jolani": an alias without an organ's head stays ACTOR."""
    found = mentions(statistical_nlp, "Ahmad al-Sharaa, known as Abu Mohammed al-Jolani, led the offensive.")
    assert any(label == "ACTOR" and "Jolani" in other for label, other in found)
