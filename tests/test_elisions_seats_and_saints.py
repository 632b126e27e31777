"""Spans of places beside other names: a part elided in a coordination, an organisation before its seat, a list of
continents read as a surname and a given name, a state named after a saint as texts abbreviate it."""

import pytest
from test_group_mentions import mentions


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Afghanistan-Pakistan brief; Sudan and Korea in general usage
        ("Attacks have risen in Bannu and the districts of North and South Waziristan, and have spread into Balochistan.",
         ("PLACE", "South Waziristan"), ("PLACE", "North")),
        ("Fighting resumed in East and West Darfur in May.", ("PLACE", "West Darfur"), ("PLACE", "East")),
        ("Talks between South Sudan and North Korea were reported.", ("ACTOR", "South Sudan"), ("ACTOR", "Sudan")),
    ],
)
def test_north_and_south_waziristan_annotates_only_the_complete_name(statistical_nlp, text, expected, absent):
    """"North and South Waziristan" came out one PLACE; the elided "North" is no name of its own (annotation notes)."""
    found = mentions(statistical_nlp, text)
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    ("text", "organisation", "seat"),
    [
        # WHO pandemic agreement brief; a Latin American bank
        ("The Pandemic Fund, created in 2022 and hosted by the World Bank in Washington, has awarded grants.",
         "World Bank", "Washington"),
        ("The loan was approved by the Inter-American Development Bank in Washington last year.",
         "Inter-American Development Bank", "Washington"),
    ],
)
def test_world_bank_in_washington_is_an_organisation_and_its_seat(statistical_nlp, text, organisation, seat):
    """"World Bank in Washington" came out one GROUP: a known organisation's full name ends before "in" + a place."""
    found = mentions(statistical_nlp, text)
    assert ("GROUP", organisation) in found and ("PLACE", seat) in found


def test_a_mission_named_by_its_place_keeps_the_place(statistical_nlp):
    """No known organisation before "in": the place is part of the name ("… Verification Mission in Colombia")."""
    found = mentions(statistical_nlp, "The United Nations Verification Mission in Colombia reported on the talks.")
    assert ("GROUP", "United Nations Verification Mission in Colombia") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # WHO pandemic agreement brief; a Pacific sentence; a reference list keeps its inverted names
        ("It was joined by the Group for Equity, a coalition of states from Africa, Asia and Latin America.",
         [("PLACE", "Africa"), ("PLACE", "Asia")]),
        ("Delegates from Oceania, Asia and Europe attended.", [("PLACE", "Asia"), ("PLACE", "Europe")]),
    ],
)
def test_africa_asia_are_two_continents_not_an_inverted_name(statistical_nlp, text, expected):
    """"Africa, Asia" came out one ACTOR, read as "Surname, Given-name" because "Asia" is a given name."""
    found = mentions(statistical_nlp, text)
    assert all(e in found for e in expected) and not any("," in name for _, name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Essequibo report; Caribbean usage
        ("Ali and Maduro met at Argyle International Airport in St Vincent and the Grenadines.", "St Vincent and the Grenadines"),
        ("Banana exports from St. Lucia fell after the storm.", "St. Lucia"),
        ("Tourism in St Kitts and Nevis recovered.", "St Kitts and Nevis"),
    ],
)
def test_st_vincent_and_the_grenadines_is_one_state(statistical_nlp, text, name):
    """"St Vincent and the Grenadines" came out "St Vincent" (the model) and "Grenadines" (a region): the geographic
    packages spell "Saint"."""
    assert ("PLACE", name) in mentions(statistical_nlp, text)


def test_a_saint_who_is_no_state_is_not_abbreviated(statistical_nlp):
    """Only states: "St John" is no place found by the gazetteer."""
    assert not any(name == "St John" and label == "PLACE" for label, name in mentions(statistical_nlp, "St John wrote the gospel."))
