"""Shapes that displacement updates, research briefings, audit reports, communiqués and appraisal documents write and
the tool misread: a reference entry of several authors each named surname first ("Flint, Julie and de Waal, Alex
(2008).") read as places; a range of days across two months ("28 November–5 December 2024") whose dash the tokenizer
kept inside one word, so each date lost a side; a month in capitals ("SINCE APRIL 2023"); a fiscal year written with
a capital or in the plural, or a part of one ("Fiscal Year 2024", "Fiscal Years 2022", "the first quarter of
FY2025"); a given name before a middle initial cut from the person ("Lloyd J. Austin III"); a body whose name opens
with a people's name read as a person ("Georgian Dream"); "Vol" of a journal read as a body; two places the model
joined over "and" ("Colón and Gracias a Dios"); the year of a document symbol ("PSC/PR/COMM.1256 (2025)") read as
a date, and the ends of "FY23–FY27" missed. Relations: a place that
lies or sits in another; a site's name before its town ("the Jinnah International Airport, Karachi"); a town, its
district and province in a row ("near Besham, Shangla district, KP"); a person a body names as its own ("the
Democratic Progressive Party's Lai Ching-te"). Each with a case where the rule must not
fire."""

import pytest
from test_relations import assert_stated, extractor  # noqa: F401 (the fixture)
from test_tagger import assert_labelled, rules_only, statistical, tagged  # noqa: F401 (the fixtures)

from pipeline.tagging.dates import find_dates


@pytest.mark.parametrize("text, names", [
    ("5. Flint, Julie and de Waal, Alex (2008). Darfur: A New History of a Long War. London: Zed Books.",
     {"Flint, Julie": "ACTOR", "de Waal, Alex": "ACTOR", "Flint": None, "Julie": None, "Waal": None}),
    ("3 Kabamba, Jean-Pierre and Mutombo, Aline (2024). Armed Governance in Rubaya. Goma: Pole Institute.",
     {"Kabamba, Jean-Pierre": "ACTOR", "Mutombo, Aline": "ACTOR", "Jean-Pierre": None}),
    # with initials only, the surname alone (guidelines: "Smith" in "Smith, J. A., & Jones, B.")
    ("5 Kakachia, K. and Lebanidze, B., 'Protracted Transition', Journal of Democracy, Vol. 36(1), 2025.",
     {"Kakachia": "ACTOR", "Lebanidze": "ACTOR", "Kakachia, K.": None, "Vol": None}),
    # given names the lists do not hold, before a quoted title
    ('3. Mukhtarova, Dinara and Pak, Viktor, "Toktogul\'s Winter Problem", Central Asian Survey, vol. 42.',
     {"Mukhtarova, Dinara": "ACTOR", "Pak, Viktor": "ACTOR", "Dinara": None}),
    # towns and their states, countries: no authors
    ("Flint, Michigan and Toledo, Ohio (2019). Water crises compared.", {"Flint, Michigan": None, "Toledo, Ohio": None}),
    ("Kenya, Uganda and Rwanda, Burundi (2019). Regional data.", {"Kenya": "PLACE", "Rwanda, Burundi": None}),
])
def test_each_author_of_an_entry_named_surname_first_is_a_person(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_a_range_of_days_across_two_months_is_two_dates_each_whole(rules_only):
    found = tagged(rules_only, "Treatment of persons detained during the protests of 28 November–5 December 2024, Tbilisi.")
    assert [m for m in found if m[0] == "DATE"] == [("DATE", "28 November"), ("DATE", "5 December 2024")]


def test_a_dash_between_a_code_and_its_number_still_makes_no_date(rules_only):
    found = tagged(rules_only, "Docket No. FAA–2020–0686 was opened in May 2021.")
    assert [m for m in found if m[0] == "DATE"] == [("DATE", "May 2021")]


@pytest.mark.parametrize("text, dates", [
    ("MAIN DISPLACEMENT WAVES SINCE APRIL 2023", [("APRIL 2023", "2023-04")]),
    ("the first quarter of FY2025", [("first quarter of FY2025", "2025")]),
    ("as of First Quarter, Fiscal Year 2024, GAO-24-106764", [("Fiscal Year 2024", "2024")]),
    ("Table 1: Assistance by Authority, Fiscal Years 2022–2025", [("Fiscal Years 2022", "2022"), ("2025", "2025")]),
    ("costs over FY23–FY27", [("FY23", "2023"), ("FY27", "2027")]),
    # a month in capitals with no day or year beside it is a heading's word, not a date
    ("APRIL AND MAY: SUMMARY OF EVENTS", []),
    # the year of a document symbol is part of the number (guidelines); an author's year is a date
    ("recalling Communiqué PSC/PR/COMM.1256 (2025) and resolution S/RES/2719 (2023)", []),
    ("as Smith (2019) argues in the AU/UN (2020) report", [("2019", "2019"), ("2020", "2020")]),
])
def test_months_in_capitals_and_fiscal_years_as_reports_print_them(text, dates):
    assert [(d.text, d.value) for d in find_dates(text)] == dates


@pytest.mark.parametrize("text, names", [
    ("In April 2022, then-Secretary of Defense Lloyd J. Austin III convened the contact group at Ramstein Air Base.",
     {"Lloyd J. Austin III": "ACTOR", "J. Austin III": None}),
    # a title's last word before the initial is no given name
    ("The Secretary of Defense, J. Austin III, convened the contact group.", {"J. Austin III": "ACTOR"}),
])
def test_a_given_name_before_a_middle_initial_belongs_to_the_person(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Flooding affected the departments of Colón and Gracias a Dios in Honduras.",
     {"Colón": "PLACE", "Gracias a Dios": "PLACE", "Colón and Gracias a Dios": None}),
    # a state the knowledge base knows by a name holding "and" stays whole
    ("Trinidad and Tobago signed the treaty.", {"Trinidad and Tobago": "ACTOR", "Tobago": None}),
])
def test_two_places_the_model_joined_over_and_are_two(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Georgian Dream won the elections of October 2024.", {"Georgian Dream": "GROUP"}),
    # a given name that looks like a people's name stays a person's
    ("Cameron Hudson and Francis Deng met Kenyan President William Ruto.",
     {"Cameron Hudson": "ACTOR", "Francis Deng": "ACTOR", "William Ruto": "ACTOR"}),
])
def test_a_name_opening_with_a_peoples_name_is_no_person(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("sentence, rows", [
    ("[Nduga](PLACE) now lies in [Highland Papua](PLACE), a new province.", {("Nduga", "Highland Papua"): "located_in"}),
    ("[Mapenduma](PLACE) sits in [Nduga](PLACE), in the highlands.", {("Mapenduma", "Nduga"): "located_in"}),
    ("The responsibility lies with [Kenya](ACTOR) and the [African Union](GROUP).",
     {("Kenya", "African Union"): None}),
    ("The attack hit the [Jinnah International Airport](PLACE), [Karachi](PLACE), on [6 October 2024](DATE).",
     {("Jinnah International Airport", "Karachi"): "located_in"}),
    ("Engineers were killed near [Besham](PLACE), [Shangla district](PLACE), [KP](PLACE), in [March 2024](DATE).",
     {("Besham", "Shangla district"): "located_in", ("Shangla district", "KP"): "located_in"}),
    # lists of departments named alike, in capitals, are no chain
    ("Land was abandoned in the departments of [Artibonite](PLACE), [Centre](PLACE), and [Ouest](PLACE).",
     {("Artibonite", "Centre"): None, ("Centre", "Ouest"): None}),
    ("The COUDs in [Nippes](PLACE), [South](PLACE), [South-East](PLACE) and [Grand’Anse](PLACE) were activated.",
     {("Nippes", "South"): None, ("South", "South-East"): None}),
    ("Aid reached [Kenya](PLACE), [Uganda](PLACE), [Tanzania](PLACE) and [Rwanda](PLACE).",
     {("Kenya", "Uganda"): None, ("Uganda", "Tanzania"): None}),
])
def test_a_place_lying_in_a_place_and_a_sites_town(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("The [Democratic Progressive Party](GROUP)'s [Lai Ching-te](ACTOR) won the presidency in [January 2024](DATE).",
     {("Lai Ching-te", "Democratic Progressive Party"): "member_of"}),
    ("[NATO](GROUP)'s [Türkiye](ACTOR) blocked the decision.", {("Türkiye", "NATO"): "member_of"}),
    # a person's movement is the one he leads; a state's group is no member of it
    ("[Nur Misuari](ACTOR)'s [MNLF](GROUP) rejected the deal.", {("Nur Misuari", "MNLF"): "leads"}),
    ("[Nigeria](ACTOR)'s [Boko Haram](GROUP) attacked [Maiduguri](PLACE).", {("Boko Haram", "Nigeria"): None}),
])
def test_a_person_or_a_state_a_body_names_as_its_own_is_its_member(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)
