"""Names the statistical model reads as organisations and the scheme does not: a meeting named by its place or
theme ("the Munich Security Conference", an event, not annotated, with its place inside), a built work named by its
head ("Toktogul Reservoir", "Trans Adriatic Pipeline", a site), and a firm named for its founder, whose "'s" the name
keeps when a verb follows ("Moody's downgraded"); a place the part-of-speech tagger reads as an adjective before a noun
("the Bihar election"), which no dictionary holds as one; and the acronym a built work or a route is defined with
("Trans Adriatic Pipeline (TAP)"); a sector of aid named alone ("the clusters for Health, Nutrition, Education") and
a section's heading in capitals ("CONCLUSION"), which are no bodies; a name the model runs on past "near" into the place
it is near; an alias the knowledge base knows as a group's ("also known as Daesh"). Each with a case where the rule
must not fire."""

import pytest
from test_tagger import labels_by_name, statistical, tagged  # noqa: F401 (the fixture)


@pytest.mark.parametrize("text, expected", [
    ("The minister spoke at the Munich Security Conference in February.", {"Munich": "PLACE"}),
    ("Leaders of ASEAN met at the ASEAN Summit in Vientiane.", {"ASEAN": "GROUP", "Vientiane": "PLACE"}),
])
def test_a_meeting_is_no_organisation_but_its_known_place_or_body_is_named(statistical, text, expected):
    found = labels_by_name(statistical, text)
    assert {name: label for name, label in found.items() if label != "DATE"} == expected


@pytest.mark.parametrize("text, name", [
    # a party named a national conference
    ("The Kashmir National Conference won the election.", "Kashmir National Conference"),
    # a body named for the conference it holds, the knowledge base knows
    ("The Conference on Disarmament met in Geneva.", "Conference on Disarmament"),
])
def test_a_body_named_as_a_conference_stays_a_body(statistical, text, name):
    assert labels_by_name(statistical, text).get(name) == "GROUP"


@pytest.mark.parametrize("text, site", [
    ("Water levels at the Toktogul Reservoir fell to a record low.", "Toktogul Reservoir"),
    ("Gas flows through the Trans Adriatic Pipeline rose in 2024.", "Trans Adriatic Pipeline"),
])
def test_a_built_work_named_by_its_head_is_a_place(statistical, text, site):
    assert labels_by_name(statistical, text).get(site) == "PLACE"


@pytest.mark.parametrize("text, firm", [
    ("Moody's downgraded the bonds in March.", "Moody's"),
    ("Moody’s has cut the rating of Sri Lanka.", "Moody’s"),
])
def test_a_firm_named_for_its_founder_keeps_its_possessive(statistical, text, firm):
    assert labels_by_name(statistical, text).get(firm) == "GROUP"


def test_a_possessive_before_a_noun_stays_outside_the_name(statistical):
    found = labels_by_name(statistical, "Kenya's army is bigger than Uganda's.")
    assert "Kenya" in found and "Kenya's" not in found


@pytest.mark.parametrize("text, place", [
    ("Voters in the Bihar election backed the alliance.", "Bihar"),
    ("The Punjab government announced relief.", "Punjab"),
])
def test_a_place_named_before_a_noun_is_a_place_whatever_the_tagger_calls_it(statistical, text, place):
    assert labels_by_name(statistical, text).get(place) == "PLACE"


def test_a_town_named_like_an_adjective_is_no_place_before_a_noun(statistical):
    assert "Liberal" not in labels_by_name(statistical, "The Liberal candidate won the seat.")


@pytest.mark.parametrize("text, long_form, acronym", [
    ("Gas flows through the Trans Adriatic Pipeline (TAP) rose, and TAP plans to expand.", "Trans Adriatic Pipeline", "TAP"),
    ("Shipping on the Northern Sea Route (NSR) doubled in 2024.", "Northern Sea Route", "NSR"),
])
def test_the_acronym_of_a_built_work_or_a_route_is_a_place(statistical, text, long_form, acronym):
    found = labels_by_name(statistical, text)
    assert (found.get(long_form), found.get(acronym)) == ("PLACE", "PLACE")


def test_the_acronym_of_a_common_noun_stays_no_name(statistical):
    assert "GDP" not in labels_by_name(statistical, "The gross domestic product (GDP) of Nepal grew, and GDP per head rose.")


@pytest.mark.parametrize("text", [
    "UNICEF has taken an active role in coordinating the clusters for WASH, Health, Nutrition, Education, Child "
    "Protection, and Social Protection.",
    "UNICEF supported case management, Gender Based Violence (GBV) risk mitigation and foster families.",
])
def test_a_sector_named_alone_is_no_organisation(statistical, text):
    assert set(labels_by_name(statistical, text)) == {"UNICEF"}


def test_a_sectors_cluster_named_as_a_body_is_one(statistical):
    found = labels_by_name(statistical, "The Ministry of Health and the Health Cluster met on Monday.")
    assert (found.get("Ministry of Health"), found.get("Health Cluster")) == ("GROUP", "GROUP")


def test_a_sections_heading_in_capitals_is_no_organisation(statistical):
    found = tagged(statistical, "Some text on Basel II.\nCONCLUSION\nThe BCBS still meets in private.")
    assert "CONCLUSION" not in [name for _, name in found] and ("GROUP", "BCBS") in found


def test_a_name_ends_before_the_place_it_is_near(statistical):
    found = labels_by_name(statistical, "The Mechi Highway near Taplejung was blocked.")
    assert (found.get("Mechi Highway"), found.get("Taplejung")) == ("PLACE", "PLACE")
    assert "Mechi Highway near Taplejung" not in found


def test_an_alias_the_knowledge_base_knows_as_a_group_is_a_group(statistical):
    found = labels_by_name(statistical, "The Islamic State, also known as Daesh, claimed the attack.")
    assert found.get("Daesh") == "GROUP"


def test_a_persons_alias_stays_a_person(statistical):
    found = labels_by_name(statistical, "Rodrigo Londoño, also known as Timochenko, signed the deal.")
    assert (found.get("Rodrigo Londoño"), found.get("Timochenko")) == ("ACTOR", "ACTOR")
