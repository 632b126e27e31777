"""Administrative units named by a compass word ("the South and Grand'Anse departments") are places where their
context shows a unit, and then wherever the document uses them alone; a bare compass word ("the West", "the North")
is none. Sentences from the OCHA, UNICEF, UNFPA, FEWS NET and WFP documents on Haiti, the CSIS report and the
shipped brief."""

import pytest
from test_group_mentions import mentions

from pipeline.tagging.gazetteer import spelling_variants


def places(nlp, text):
    return [name for label, name in mentions(nlp, text) if label == "PLACE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # OCHA: a place noun after the names, and a list with a known department
        ("On 27 October, the Artibonite and North-West departments were placed under orange alert.", ["Artibonite", "North-West"]),
        # UNFPA: a list of departments
        ("Damage is reported mainly in the departments of South, Grand’Anse, South-East, Nippes, West, Artibonite, and "
         "North-West.", ["South", "Grand’Anse", "South-East", "Nippes", "West", "Artibonite", "North-West"]),
        # FEWS NET: a list
        ("Livelihoods are expected to deteriorate in the departments of Artibonite, Centre, and Ouest.", ["Artibonite", "Centre", "Ouest"]),
        # OCHA: a gloss in brackets after a place
        ("Road access remains cut in Baie d’Orange and Marigot (South-East), as well as Lascahobas (Centre).",
         ["Baie d’Orange", "Marigot", "South-East", "Lascahobas", "Centre"]),
    ],
)
def test_compass_names_of_units_are_places_in_their_context(statistical_nlp, text, expected):
    assert places(statistical_nlp, text) == expected


def test_a_unit_shown_once_is_that_unit_wherever_it_stands_alone(statistical_nlp):
    """OCHA: "the North" listed with Artibonite, then WFP's "in the North"; UNICEF: "In the South" after "the South
    department"."""
    text = ("WFP offices in the North and Artibonite remain on high alert.\n"
            "Prices fell with localized surpluses in the North late in December.\n"
            "Schools were damaged in the South department.\n"
            "In the South, 2,900 hygiene kits have been prepositioned.")
    assert places(statistical_nlp, text) == ["North", "Artibonite", "North", "South", "South"]


@pytest.mark.parametrize(
    "text",
    [
        # CSIS: the West as a culture, not a unit; also in a list of states
        "Some Muslims in the West reject assimilation, and the West is at war with Islam, they claim.",
        "Relations between Russia, China and the West have worsened.",
        # the shipped brief: a compass noun
        "Algeria wants to weaken the links between the countries in the North and to play them off each other.",
        # inside longer names, and a hyphenated compass pair
        "The North-South divide and the Global South were discussed in South Africa.",
    ],
)
def test_bare_compass_words_are_no_places(statistical_nlp, text):
    assert not {"North", "South", "West", "East"} & set(places(statistical_nlp, text))


def test_a_name_printed_with_an_opening_quote_after_a_space_is_matched(statistical_nlp):
    """OCHA prints "Grand ‘Anse"; UNICEF and UNFPA print "Grand’Anse"; an apostrophe with no space stays as it is."""
    assert "Grand ‘Anse" in spelling_variants("Grand’Anse")
    assert spelling_variants("Bogotá") == {"Bogotá", "Bogota"}
    assert places(statistical_nlp, "Some 3,000 people were sheltered in the South and Grand ‘Anse.") == ["South", "Grand ‘Anse"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a word naming a part of a state's territory joins the place as a compass adjective does (guidelines, section 3)
        ("Many of them were recent arrivals from metropolitan France.", "metropolitan France"),
        ("Exports from mainland China to the island fell.", "mainland China"),
        ("The vote in southern Algeria was delayed.", "southern Algeria"),
    ],
)
def test_a_part_of_a_states_territory_is_one_place_with_its_modifier(statistical_nlp, text, place):
    assert ("PLACE", place) in mentions(statistical_nlp, text)
