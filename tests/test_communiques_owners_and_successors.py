"""Names and relations that communiqués, panel reports, press releases and election statements write and the tool
misread: a two-part acronym ("(EU EOM)") left undefined; a body's capitalised back-reference ("the Panel assesses")
read as a name, though the gold leaves it unannotated; the verb of a numbered operative paragraph ("1. Commends the
Somali National Army (SNA)") or a note's number ("2 Institute for Security Studies (ISS)") read into the name after
it; "the Federal Government of Somalia (FGS)" kept as a body, though a state's government is the state; a person
named with two given names before a place's head ("Ana Paola Hall"); a party to a case or a book's editor read as a
place after "In" ("in Jon Abbink (ed.)"); a possessive kept on a hyphenated name ("Al-Shabaab’s"); a note's number
after a year's semicolon ("March 2025;2") cutting the date; "Member of the European Parliament" read as a body. Relations: "Hezbollah's secretary-general, X"
(parsed apart at the hyphen), "the PUK led by X" (a participle the parser hung on the main verb), "X succeeded Y at
the head of Z", owners of firms, intrusions into networks, the sites of a named party's bombardment, "the New
Generation of businessman X", a body "formed under the leadership of X", and a tie one party asserts of two others
("a group it links to the SVR"). Each with a case where the rule must not fire."""

import pytest
from test_relations import assert_stated, extractor  # noqa: F401 (the fixture)
from test_tagger import assert_labelled, labels_by_name, statistical  # noqa: F401 (the fixture)

from pipeline.tagging.tagger import load_nlp


def test_a_two_part_acronym_is_defined_and_used_again(statistical):
    found = labels_by_name(statistical, "The European Union Election Observation Mission (EU EOM) deployed 118 "
                                        "observers. The EU EOM will stay until the count ends.")
    assert found.get("EU EOM") == "GROUP" and found.get("European Union Election Observation Mission") == "GROUP"
    # two letters in brackets are no acronym
    assert "A B" not in labels_by_name(statistical, "Tests were run on two sites (A B) in 2024.")


@pytest.mark.parametrize("text, absent, present", [
    ("The Panel assesses that most attacks were planned in Yemen.", "Panel", {}),
    ("In the view of the Commission, the plan is sound.", "Commission", {}),
    # a chamber's word alone is its name
    ("The bill was not taken up by the Senate in 2000.", None, {"Senate": "GROUP"}),
])
def test_a_bodys_capitalised_back_reference_is_no_name_but_a_chambers_is(statistical, text, absent, present):
    assert absent not in assert_labelled(statistical, text, present)


@pytest.mark.parametrize("text, names, absent", [
    ("1. Commends the Somali National Army (SNA) for its sacrifices.", {"Somali National Army": "GROUP"},
     "Commends the Somali National Army"),
    ("8. Appeals to the European Union and Qatar to provide funding.", {"European Union": "GROUP"},
     "Appeals to the European Union"),
    ("2 Institute for Security Studies (ISS), “Can AUSSOM avoid the funding trap?”, Pretoria, 2025.",
     {"Institute for Security Studies": "GROUP"}, "2 Institute for Security Studies"),
    # a name that opens its sentence keeps its first word
    ("Human Rights Watch (HRW) documented the killings.", {"Human Rights Watch": "GROUP"}, "Rights Watch"),
])
def test_an_operative_paragraphs_verb_or_a_notes_number_is_no_part_of_the_name_after_it(statistical, text, names, absent):
    assert absent not in assert_labelled(statistical, text, names)


def test_a_states_government_with_a_form_before_it_is_the_state_and_so_is_its_acronym(statistical):
    found = labels_by_name(statistical, "Troops deployed at the request of the Federal Government of Somalia (FGS). "
                                        "Tensions between the FGS and Jubaland grew.")
    assert found.get("Somalia") == "ACTOR" and found.get("FGS") == "ACTOR"
    assert "Federal Government of Somalia" not in found
    # the government of a place that is no known state stays a body
    found = labels_by_name(statistical, "The Interim Government of Ambazonia (IGA) was proclaimed in 2017.")
    assert found.get("Interim Government of Ambazonia") == "GROUP"


@pytest.mark.parametrize("text, names", [
    ("The CNE, composed of its president, Ana Paola Hall, and two councillors, was divided.",
     {"Ana Paola Hall": "ACTOR"}),
    ("Dozens were detained, among them the human rights defender Daouda Diallo, in December 2023.",
     {"Daouda Diallo": "ACTOR"}),
    ("In Khadija Ismayilova v. Azerbaijan, the Court found a violation.",
     {"Khadija Ismayilova": "ACTOR", "Azerbaijan": "ACTOR"}),
    ("See T. Tibebu, “Amhara Nationalism”, in Jon Abbink (ed.), State and Society in the Horn of Africa, 2023.",
     {"Jon Abbink": "ACTOR"}),
    ("Commanders such as Zemene Kassie in Gojjam and Mesafint Tesfu in Gondar have kept their units.",
     {"Zemene Kassie": "ACTOR", "Mesafint Tesfu": "ACTOR", "Gondar": "PLACE"}),
    # a hall named after a person is still a place after a locative, and a town after "In" still a place
    ("The talks were held at Carnegie Hall.", {"Carnegie Hall": "PLACE"}),
    ("In Khost, the strikes continued.", {"Khost": "PLACE"}),
])
def test_persons_with_given_names_and_parties_to_a_case_are_persons(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_a_hyphenated_name_leaves_its_possessive_out(statistical):
    found = labels_by_name(statistical, "Hiraal Institute, “Al-Shabaab’s Military Machine”, Mogadishu, 2018.")
    assert found.get("Al-Shabaab") == "GROUP" and "Al-Shabaab’s" not in found


@pytest.mark.parametrize("text, words", [
    ("before the end of March 2025;2 9.", ["2025", ";", "2", "9", "."]),
    # a semicolon after a number that is no year stays with the number's own rules
    ("sections 12;3 and 4", ["12;3", "and", "4"]),
])
def test_a_notes_number_after_a_years_semicolon_is_a_token_of_its_own(text, words):
    assert [t.text for t in load_nlp(None).make_doc(text)][-len(words):] == words


def test_a_member_of_a_body_names_the_body_and_an_observers_title_stays_out(statistical):
    found = labels_by_name(statistical, "The mission is led by Chief Observer Teresa Mendes, Member of the European "
                                        "Parliament.")
    assert found.get("Teresa Mendes") == "ACTOR" and found.get("European Parliament") == "GROUP"
    assert not any(name.startswith(("Observer", "Member")) for name in found)


@pytest.mark.parametrize("sentence, rows", [
    ("An Israeli strike killed [Hezbollah](GROUP)'s secretary-general, [Hassan Nasrallah](ACTOR).",
     {("Hassan Nasrallah", "Hezbollah"): "leads"}),
    ("The [KDP](GROUP) won 39 seats, well ahead of the [Patriotic Union of Kurdistan](GROUP) led by "
     "[Bafel Talabani](ACTOR).",
     {("Bafel Talabani", "Patriotic Union of Kurdistan"): "leads", ("Bafel Talabani", "KDP"): None}),
    ("[Naim Qassem](ACTOR), who succeeded [Nasrallah](ACTOR) at the head of [Hezbollah](GROUP), rejected the plan.",
     {("Naim Qassem", "Hezbollah"): "leads", ("Nasrallah", "Hezbollah"): "leads"}),
    # meeting someone at the head office of a body is no succession
    ("[Naim Qassem](ACTOR) met [Hassan Nasrallah](ACTOR) at the head office of [Hezbollah](GROUP).",
     {("Hassan Nasrallah", "Hezbollah"): None}),
])
def test_heads_named_across_a_hyphen_a_stray_participle_or_a_succession(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[MBDA](GROUP), owned jointly by [Airbus](GROUP) and [Leonardo](GROUP), tripled production.",
     {("Airbus", "MBDA"): "leads", ("Leonardo", "MBDA"): "leads"}),
    ("[Gazprom](GROUP) owns [Moldovagaz](GROUP) through a subsidiary.", {("Gazprom", "Moldovagaz"): "leads"}),
    # owners of things a place names are no party ("all known U.S. owners and operators")
    ("The [FAA](GROUP) sent the directive to all known [U.S.](ACTOR) owners and operators of the aircraft.",
     {("FAA", "U.S."): None}),
    ("[Midnight Blizzard](GROUP) breached [Microsoft](GROUP) in [January 2024](DATE).",
     {("Midnight Blizzard", "Microsoft"): "attacks"}),
    ("[Volt Typhoon](GROUP) has penetrated water utilities in [Guam](PLACE).", {("Volt Typhoon", "Guam"): "attacks"}),
    # owning land places no one, and breaching an agreement strikes no party
    ("The [Haqqani](GROUP) family owns land in [Khost](PLACE).", {("Haqqani", "Khost"): None}),
    ("[Russia](ACTOR) breached the ceasefire agreement with [Ukraine](ACTOR).", {("Russia", "Ukraine"): "agreement_with"}),
])
def test_owners_lead_what_they_own_and_intrusions_attack(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[Marco Valbuena](ACTOR) condemned the [Armed Forces of the Philippines](GROUP)' aerial bombardment of upland "
     "villages in [Kalinga](PLACE).",
     {("Armed Forces of the Philippines", "Kalinga"): "attacks", ("Marco Valbuena", "Kalinga"): None}),
    ("[Australia](ACTOR) announced a package of support for the [RSIPF](GROUP).", {("Australia", "RSIPF"): "supports"}),
    ("Drones struck the [Saky](PLACE) airfield in [western Crimea](PLACE).", {("Saky", "western Crimea"): "located_in"}),
    ("Fighting reached [Ambeli](PLACE) in [Bijapur](PLACE) district.", {("Ambeli", "Bijapur"): "located_in"}),
    # who documents a strike on a site is no party to it
    ("[Human Rights Watch](GROUP) documented a drone strike on a busy market in [Finote Selam](PLACE).",
     {("Human Rights Watch", "Finote Selam"): None}),
    # the districts of a place named after another preposition are no place the first one lies in
    ("Attacks rose in [Khyber Pakhtunkhwa](PLACE), especially in the districts of [South Waziristan](PLACE).",
     {("Khyber Pakhtunkhwa", "South Waziristan"): None}),
])
def test_sites_struck_and_places_within_places(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("The [New Generation](GROUP) of businessman [Shaswar Abdulwahid](ACTOR) took fifteen seats.",
     {("Shaswar Abdulwahid", "New Generation"): "leads"}),
    ("The [Coalition of Patriots for Change](GROUP), formed in [December 2020](DATE) under the leadership of former "
     "president [François Bozizé](ACTOR), attacked [Bangui](PLACE).",
     {("François Bozizé", "Coalition of Patriots for Change"): "leads"}),
    ("The [Kaniyat](GROUP), a militia linked to [Haftar](ACTOR), controlled the town.", {("Kaniyat", "Haftar"): "supports"}),
    # who links a party to another only says so: the one linked is tied, not the speaker
    ("[Microsoft](GROUP) said that [Midnight Blizzard](GROUP), a group it links to [Russia](ACTOR)'s "
     "[Foreign Intelligence Service](GROUP), had breached its accounts.",
     {("Microsoft", "Foreign Intelligence Service"): None}),
])
def test_leaders_named_after_a_description_and_ties_asserted_by_another(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)
