"""Names and relations that briefs, sitreps and research notes of other regions write and the tool misread: a fort or
a stadium read as a body or a person ("summoned legislators to Kangla Fort"), a hospital or a school used as a
venue ("sequenced at the … Teaching Hospital in Lusaka", "housed at Petersfield High School"), a school named after
its city ("the Kyiv School of Economics (KSE)") cut to the city, a firm named after a legal form written before it
("PAO Sovcomflot") left out, the acronym of a kind of site ("cholera treatment centre (CTC)") read as a body, a
state at one end of a stretch whose other end is a district ("movement between Mangochi and Mozambique") read as a
party, and the authors of a reference in the Vancouver style ("Chisenga CC, Bosomprah S, et al.") read as a body.
Relations: a person "taken hostage by" a group (read as an attack, through a frame for places taken) and fire opened
on "residents of" a town. Each with a case where the rule must not fire."""

import pytest
from test_relations import assert_stated, extractor  # noqa: F401 (the fixture)
from test_tagger import assert_labelled, labels_by_name, statistical  # noqa: F401 (the fixture)


@pytest.mark.parametrize("text, names", [
    ("The council summoned Meitei legislators to Kangla Fort in January 2024.", {"Kangla Fort": "PLACE"}),
    ("MSF runs a treatment unit at the Heroes National Stadium in Lusaka.", {"Heroes National Stadium": "PLACE"}),
    ("Samples were sequenced at the Levy Mwanawasa University Teaching Hospital in Lusaka.",
     {"Levy Mwanawasa University Teaching Hospital": "PLACE"}),
    ("Families are still housed at Petersfield High School.", {"Petersfield High School": "PLACE"}),
    # a hospital given something is the institution, not the venue
    ("WHO supplied trauma kits to Herat Regional Hospital, which treated 500 patients.",
     {"Herat Regional Hospital": "GROUP"}),
])
def test_a_fort_or_a_stadium_is_a_place_and_a_hospital_or_a_school_at_a_locative_is_the_venue(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_a_school_named_after_its_city_is_one_body_and_the_city_alone_stays_a_place(statistical):
    found = labels_by_name(statistical, "The Kyiv School of Economics (KSE) puts the fleet at 600 vessels.")
    assert found.get("Kyiv School of Economics") == "GROUP" and found.get("KSE") == "GROUP" and "Kyiv" not in found
    assert labels_by_name(statistical, "A school in Kyiv was hit overnight.") == {"Kyiv": "PLACE"}


def test_a_firm_named_after_a_legal_form_written_before_it_is_a_body(statistical):
    found = labels_by_name(statistical, "The state-owned PAO Sovcomflot and its chief executive were listed.")
    assert found.get("PAO Sovcomflot") == "GROUP"
    # a form that closes a sentence takes no name from the next
    found = labels_by_name(statistical, "The firm was registered as an OOO. Moscow later banned it.")
    assert not any(name.startswith("OOO") and name != "OOO" for name in found) and "Moscow" in found


@pytest.mark.parametrize("text, absent, present", [
    ("MSF set up a 1,000-bed cholera treatment centre (CTC) in Lusaka. The CTC is full.", "CTC", {}),
    # a lower-case expansion with a body's head still defines the body's acronym
    ("The international support mission in Mali (MISMA) deployed in 2013. MISMA grew.", None, {"MISMA": "GROUP"}),
])
def test_the_acronym_of_a_kind_of_site_is_no_body(statistical, text, absent, present):
    assert absent not in assert_labelled(statistical, text, present)


@pytest.mark.parametrize("text, names", [
    ("Cross-border movement between Mangochi and Mozambique raises the risk of spread.",
     {"Mangochi": "PLACE", "Mozambique": "PLACE"}),
    # a party's talks, or a relation between a state and a region, keep the state a party
    ("Talks between Kabul and the TTP stalled in March.", {"Kabul": "ACTOR"}),
    ("Tensions between Mali and Kidal grew after the withdrawal.", {"Mali": "ACTOR", "Kidal": "PLACE"}),
])
def test_a_state_at_one_end_of_a_stretch_whose_other_end_is_a_district_is_a_place(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_the_authors_of_a_vancouver_style_reference_are_persons_and_firms_forms_are_no_initials(statistical):
    found = labels_by_name(statistical, "3. Chisenga CC, Bosomprah S, Mwaba J, et al. Cholera in Lusaka. "
                                        "Trop Med Int Health. 2023;28(4):301-309.")
    assert {name: found.get(name) for name in ("Chisenga", "Bosomprah", "Mwaba")} == dict.fromkeys(
        ("Chisenga", "Bosomprah", "Mwaba"), "ACTOR")
    found = labels_by_name(statistical, "Total SA, Eni SA and Repsol SA signed the concession in 2019.")
    assert found.get("Eni") != "ACTOR" and found.get("Repsol") != "ACTOR"


@pytest.mark.parametrize("sentence, rows", [
    ("[Phillip Mehrtens](ACTOR), a pilot, was taken hostage by [Egianus Kogoya](ACTOR) in [Nduga](PLACE).",
     {("Egianus Kogoya", "Phillip Mehrtens"): "kidnaps"}),
    # a place taken by a party is still attacked, and a person taken elsewhere is not
    ("[Goma](PLACE) was taken by the [M23](GROUP) in [January 2025](DATE).", {("M23", "Goma"): "attacks"}),
    ("[Alexei Navalny](ACTOR) was taken to a clinic in [Omsk](PLACE) by [Aeroflot](GROUP) staff.",
     {("Aeroflot", "Alexei Navalny"): None}),
])
def test_a_person_taken_hostage_by_a_party_is_kidnapped(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("Fighters of [JNIM](GROUP) opened fire on residents of [Barsalogho](PLACE) on [24 August 2024](DATE).",
     {("JNIM", "Barsalogho"): "attacks"}),
    ("[JNIM](GROUP) killed residents of [Barsalogho](PLACE).", {("JNIM", "Barsalogho"): "attacks"}),
    # feeding the residents strikes no place
    ("[WFP](GROUP) fed residents of [Barsalogho](PLACE).", {("WFP", "Barsalogho"): None}),
])
def test_an_attack_on_the_residents_of_a_town_strikes_the_town(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)
