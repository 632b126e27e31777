"""Date recognition and TIMEX3 normalisation on expressions from the shipped brief and beyond."""

import pytest

from pipeline.tagging.dates import anchor_years, find_dates


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("signed with Ansar eddine on 21 December 2012 under", "21 December 2012", "2012-12-21"),
        ("However, on December 20, 2011, five days before", "December 20, 2011", "2011-12-20"),
        ("Fearing a coup in late December 2010, President", "late December 2010", "2010-12"),
        ("the conflict at the end of 2011, when", "end of 2011", "2011"),
        ("In spring 2012 Algeria showed", "spring 2012", "2012-SP"),
        ("holy places in Spring and Summer 2012.", "Spring and Summer 2012", "2012"),
        ("food goes back to the 60s (the prices", "60s", "196X"),
        ("a resolution in the 1990s", "1990s", "199X"),
        ("take over the presidency in 2014.", "2014", "2014"),
        ("the March 2012 coup in Bamako", "March 2012", "2012-03"),
        ("the abduction on April 5, 2012 of six", "April 5, 2012", "2012-04-05"),
        ("a mission deployed in mid-2013", "mid-2013", "2013"),
        ("talks resumed in early 2017", "early 2017", "2017"),
        ("attacks grew in the early 2000s across", "early 2000s", "200X"),
        ("the convoy left in mid-December for Gao", "mid-December", "XXXX-12"),
    ],
)
def test_normalised_values(text, span, value):
    found = find_dates(text)
    assert [(d.text, d.value) for d in found] == [(span, value)]
    assert text[found[0].start:found[0].end] == span


@pytest.mark.parametrize(
    "text",
    [
        "for an initial period of one year the deployment",
        "after decades of diplomatic decline",
        "in the months, if not years, to come",
        "five days before a Malian Tuareg",
        "The distance between Tinzawatin and Algiers is 2,400 km",
        "more than 500 Touareg rebels surrendered",
        "It may be that Mali will march on.",
        "a distance of 2400 km",
        "Security Council Resolution 2085 authorised the mission",
        "the Algerian Army’s 6th division",
    ],
)
def test_durations_quantities_and_vague_time_are_not_dates(text):
    assert find_dates(text) == []


def test_month_without_year_needs_a_cue_and_gets_the_preceding_year():
    text = "In March 2012, Algeria condemned the coup, then the kidnapping in April and the elections held on 10 May."
    found = find_dates(text)
    assert [d.text for d in found] == ["March 2012", "April", "10 May"]
    assert anchor_years([d.value for d in found]) == ["2012-03", "2012-04", "2012-05-10"]


def test_year_less_date_without_context_keeps_unknown_year():
    assert anchor_years(["XXXX-05-10", "2013", "XXXX-01"]) == ["XXXX-05-10", "2013", "2013-01"]
