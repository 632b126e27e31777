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


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # FEWS NET Haiti: the model's span ran over an opening bracket ("Grand Sud( Sud", "Grand Sud (Sud")
        ("Rains damaged crops across the Grand Sud( Sud, Sud-Est, Nippes, Grand'Anse).", ("PLACE", "Grand Sud"), "Grand Sud( Sud"),
        ("In the Grand Sud (Sud, Sud-Est, Grand'Anse, Nippes), prices rose.", ("PLACE", "Grand Sud"), "Grand Sud (Sud"),
        # a compass word glued by a hyphen is part of the region's name, not the department alone
        ("Gang violence is extending toward Lower-Artibonite and Centre.", ("PLACE", "Lower-Artibonite"), "Artibonite"),
    ],
)
def test_a_place_span_stops_at_a_bracket_and_takes_its_glued_compass_word(statistical_nlp, text, expected, absent):
    found = mentions(statistical_nlp, text)
    assert expected in found and not any(name == absent for _, name in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # FEWS NET Haiti: a capital after a unit noun and "of", or after "downtown", read as a party
        ("In the ZMPP, the communes of Port-au-Prince, Cité Soleil, and Cornillon are affected.", "Port-au-Prince"),
        ("The earthquake resulted in the complete devastation of downtown Port-au-Prince.", "Port-au-Prince"),
        # the shipped brief's region; another capital
        ("Shops closed in the municipalities of Kinshasa after the curfew.", "Kinshasa"),
        ("Clinics reopened in rural Mali last week.", "Mali"),
    ],
)
def test_a_capital_after_a_unit_noun_or_a_spatial_modifier_is_a_place(statistical_nlp, text, place):
    assert ("PLACE", place) in mentions(statistical_nlp, text)


def test_a_state_whose_request_is_made_still_acts(statistical_nlp):
    assert ("ACTOR", "Mali") in mentions(statistical_nlp, "The mission was deployed at the request of Mali.")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # FEWS NET Haiti (typed ACTOR and GROUP before); eastern Congo
        ("Poverty is deep in communes of the Nord-Ouest, such as Bassin Bleu, Chansolme, and others.", ["Bassin Bleu", "Chansolme"]),
        ("Fighting displaced people from districts including Masisi and Walikale.", ["Masisi", "Walikale"]),
    ],
)
def test_names_given_as_examples_of_units_are_places(statistical_nlp, text, places):
    found = mentions(statistical_nlp, text)
    assert all(("PLACE", p) in found for p in places)


def test_organisations_given_as_examples_stay_organisations(statistical_nlp):
    found = mentions(statistical_nlp, "Donors such as the Gates Foundation and the Rockefeller Group pledged funds.")
    assert ("GROUP", "Gates Foundation") in found and not any(label == "PLACE" for label, _ in found)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # FEWS NET Haiti: the national roads by code, introduced by "routes", "roads", "roadblocks on", then bare
        ("Gangs have imposed passage fees on main routes (RN1, RN2, RN3).\nViolence disrupts trade along RN1, RN2 and "
         "with the Dominican Republic.", ["RN1", "RN2", "RN3", "RN1", "RN2"]),
        ("Prices rose due to illegal roadblocks on RN2.", ["RN2"]),
        # a highway by its code (United States)
        ("Convoys used the highway I-95 and then Route 1.", ["I-95"]),
    ],
)
def test_a_road_code_a_road_word_introduces_is_a_place(statistical_nlp, text, codes):
    assert [name for label, name in mentions(statistical_nlp, text) if label == "PLACE" and name[:1] in "RI" and name[-1].isdigit()] == codes


def test_codes_without_a_road_word_are_no_places(statistical_nlp):
    text = "Households in livelihood zones HT01 and HT02 sold livestock.\nThe A320 and B737 fleets were grounded."
    assert not [name for label, name in mentions(statistical_nlp, text) if label == "PLACE"]


def test_a_town_named_like_a_heading_label_is_no_place(statistical_nlp):
    """FEWS NET Haiti: "Annex" (a town in geonames) opened five headings ("Annex 2: …"); a town before a number in
    running text stays a town."""
    text = "Annex 2: Analytical approach\nAnnex 3: Seasonal calendar\nGoma 2 is a district of the city."
    found = mentions(statistical_nlp, text)
    assert not any(name == "Annex" for _, name in found) and ("PLACE", "Goma") in found


def test_a_crop_opening_a_sentence_is_no_town(statistical_nlp):
    """FEWS NET Haiti: "Banana, sorghum, pigeon pea, maize …" gave the town Banana (DR Congo), though the outlook
    writes "bananas"; a town the text never writes in lower case stays a town."""
    text = "Banana, sorghum, pigeon pea and maize are grown there.\nPrices of bananas rose.\nGoma was shelled again."
    found = mentions(statistical_nlp, text)
    assert not any(name == "Banana" for _, name in found) and ("PLACE", "Goma") in found
