"""Names the document itself types: a storm's or an operation's name is that event wherever it stands alone; a
state after "south of" is a location; a hyphenated town ("Croix-des-Bouquets") is one place, not its first word.
Sentences from the OCHA, UNICEF, UNFPA and FEWS NET documents on Haiti and from the shipped brief."""

import pytest
from test_group_mentions import mentions


@pytest.mark.parametrize(
    "text",
    [
        # OCHA; UNFPA
        "Hurricane Melissa made landfall on Tuesday.\nThe National Oceanic and Atmospheric Administration has upgraded "
        "Melissa to a Category 5 hurricane.",
        "Tropical Storm Melissa is moving north.\nMelissa claimed 43 lives in Haiti.",
        # OCHA, where the storm is never called "Hurricane Melissa"
        "The National Oceanic and Atmospheric Administration (NOAA) has now classified Melissa as a Category 5 "
        "hurricane.\nAs of the morning of 27 October, Melissa was located south of Jamaica.",
    ],
)
def test_a_storms_name_is_no_person(statistical_nlp, text):
    assert not any(name == "Melissa" for _, name in mentions(statistical_nlp, text))


def test_a_person_sharing_a_storms_given_name_stays_a_person(statistical_nlp):
    text = "Hurricane Melissa made landfall.\nThe spokesperson Melissa Fleming visited the shelters."
    assert ("ACTOR", "Melissa Fleming") in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "state", "label"),
    [
        # OCHA; the shipped brief's "north of Mali"; negative: a state that acts
        ("As of the morning of 27 October, the storm was located south of Jamaica, moving gradually northward.", "Jamaica", "PLACE"),
        ("Refugees fled to camps north of Mali after the fighting.", "Mali", "PLACE"),
        ("Algeria pressed the armed groups to negotiate.", "Algeria", "ACTOR"),
    ],
)
def test_a_state_after_a_compass_word_and_of_is_a_location(statistical_nlp, text, state, label):
    assert (label, state) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # UNICEF; FEWS NET
        ("Medicines were pre-positioned in North-West and West (Croix-des-Bouquets and Léogâne) to ensure treatment.",
         "Croix-des-Bouquets"),
        ("Gangs extended their control over Croix-des-Bouquets and the surrounding communes.", "Croix-des-Bouquets"),
        ("Fishing boats returned to Port-de-Paix after the storm.", "Port-de-Paix"),
    ],
)
def test_a_hyphenated_town_is_one_place(statistical_nlp, text, town):
    assert ("PLACE", town) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # FEWS NET (a list after "the communes of"); the Congo-like "the city of" and "the province of"
        ("Households in Emergency are observed in the communes of Baie-de-Henne, Bombardopolis, La Tortue, and Jean-Rabel.",
         ["Baie-de-Henne", "Bombardopolis", "La Tortue", "Jean-Rabel"]),
        ("The conflict spread to the city of Kiwanja and the province of Ituri.", ["Kiwanja", "Ituri"]),
    ],
)
def test_a_name_after_a_unit_noun_and_of_is_a_place(statistical_nlp, text, expected):
    assert [name for label, name in mentions(statistical_nlp, text) if label == "PLACE"] == expected


def test_an_organisation_after_a_unit_noun_and_of_stays(statistical_nlp):
    """The shipped brief's "the Ministry of Foreign Affairs of Mali" style: an organisation head keeps its name."""
    found = mentions(statistical_nlp, "The city of Goma hosts the Regional Office of the United Nations Development Programme.")
    assert not any(label == "PLACE" and "Office" in name for label, name in found)


def test_two_names_joined_by_and_are_two_places(statistical_nlp):
    """FEWS NET: "toward Centre and Artibonite", where "Centre" is also an organisation head."""
    found = mentions(statistical_nlp, "Gangs are expected to extend their grip toward Centre and Artibonite, causing violence.")
    assert found == [("PLACE", "Centre"), ("PLACE", "Artibonite")]
