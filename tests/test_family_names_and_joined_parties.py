"""A relative's full name the model read as an organisation, and a state joined by "and" right after a body's
name: sentences in the styles of a Chad brief, a Peru news report and briefs of other regions, with the cases where
each rule must not fire."""

import pytest
from test_group_mentions import mentions


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        # brief-chad-transition: "Mahamat Idriss Déby" GROUP x4 on arrival
        ("President Idriss Déby Itno was killed in April 2021. A military council, chaired by his son Mahamat Idriss "
         "Déby, took power. Mahamat Idriss Déby appointed him prime minister.", "Mahamat Idriss Déby"),
        # news-peru-protests-boluarte: "Keiko Fujimori" GROUP
        ("Former president Alberto Fujimori died in 2024. His daughter Keiko Fujimori leads Fuerza Popular, and "
         "Keiko Fujimori remains the party's candidate.", "Keiko Fujimori"),
    ],
)
def test_a_relatives_full_name_is_a_person_not_a_group(statistical_nlp, text, relative):
    found = mentions(statistical_nlp, text)
    assert ("ACTOR", relative) in found and ("GROUP", relative) not in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body named after a person keeps its head (a foundation, a militia's forces)
        ("Bill Clinton spoke in Harlem. The Clinton Foundation funds clinics in Rwanda.", "Clinton Foundation"),
        # a party whose name the text also writes as a person's is no family name (news-peru-protests-boluarte)
        ("Perú Libre won the 2021 election. Its leader Vladimir Cerrón left Perú Libre in 2023.", "Perú Libre"),
    ],
)
def test_a_body_named_after_a_person_stays_a_group(statistical_nlp, text, body):
    assert ("ACTOR", body) not in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        # brief-chad-transition: "The European Union and France" one GROUP on arrival
        ("The European Union and France should keep their humanitarian funding.", "European Union", "France"),
        # other regions: the African Union and a state, a regional bloc and a state
        ("The African Union and Ethiopia agreed on a roadmap.", "African Union", "Ethiopia"),
    ],
)
def test_a_state_joined_by_and_after_a_bodys_name_is_a_second_party(statistical_nlp, text, body, state):
    found = mentions(statistical_nlp, text)
    assert ("GROUP", body) in found and any(other == state for _, other in found)
    assert not any(" and " in other for _, other in found)


def test_a_name_of_two_states_stays_whole(statistical_nlp):
    """"Joint Boundary Commission of Cambodia and Thailand": both states belong to the body's name."""
    found = mentions(statistical_nlp, "The Joint Boundary Commission of Cambodia and Thailand met in Siem Reap.")
    assert ("GROUP", "Joint Boundary Commission of Cambodia and Thailand") in found


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # brief-chad-transition: "Déby" of "the Déby family" missed; a Syria brief's "the Assad family"
        ("President Idriss Déby Itno ruled for thirty years, and the Déby family has kept power.", "Déby"),
        ("Bashar al-Assad fled to Moscow, ending the rule of the Assad family.", "Assad"),
    ],
)
def test_a_family_named_by_its_family_name_is_a_group(statistical_nlp, text, family):
    labels = {label for label, other in mentions(statistical_nlp, text) if other == family}
    assert labels == {"GROUP"}


def test_a_family_noun_after_a_place_names_no_family(statistical_nlp):
    """"the Sahel family of nations": no person of the text bears the name, the place stays a place."""
    found = mentions(statistical_nlp, "Niger joined what its leaders call the Sahel family of nations.")
    assert ("GROUP", "Sahel") not in found
