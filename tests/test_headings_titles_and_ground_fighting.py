"""Shapes that a monthly conflict tracker, an arms-transfer fact sheet, a refugee update, a court's press release, an
Arctic commentary, a human rights dispatch and relation probes on the Horn of Africa and Myanmar write and the tool
misread: a common phrase in a title-case heading read as a body ("Killings by Security Forces"); the plural of a
title read as a person ("the Special Representatives", "Foreign Ministers A and B" losing A), a title read as a name
("a Senior Researcher"), a numbered part of a text read as a person ("Articles I and III"), a hyphenated title
passed over ("Vice-President Sebutinde"), a court's registrar kept in the name; a person after "At Kazan," read as a
place listed with it, a name in apposition after "the governor of" a place read as a second place, a hyphenated
name before "of the" a party read as the party's first words ("Lai Ching-te of the Democratic Progressive Party"), a
name after "secretary general," or "then prime minister" read as a body, after "the head of the mission," as
the mission, a person's surname listed with a body read as a body, a person after a rank of two titles read as
part of a body; "Program" unknown as a body's head; states that
chair, import or give read as places ("under Russia's chairmanship", "the largest importers were India and Qatar",
"donors, among them Sweden"); months abbreviated without a stop after "late" or "early" missed; "Lao PDR" unknown;
a vessel's class read as a place ("Virginia-class"). Relations: an address climbing from a town to a named district and its province read as the town's alone; a
body governing a place read as leading it; a state's largest firm read as its member; examples
of a group's factions read as nothing; a clan's elders backing a force read as no one's support; talks
that failed read as no talks; a body before a field noun read as no commander's, a nurse "employed by" a body as none of its staff; troop
contributors named
after "are" and a state as a supplier read as nothing; fighters rising against a group in a place not placed there.
Each with a case where the rule must not fire."""

import pytest
from test_relations import assert_stated, extracted, extractor  # noqa: F401 (the fixture)
from test_tagger import assert_labelled, statistical, tagged  # noqa: F401 (the fixture)


@pytest.mark.parametrize("text, names", [
    ("Killings and Abuses by Security Forces and Colectivos\n\nSecurity forces killed 24 people in Caracas.",
     {"Security Forces": None}),
    # a body's name the text never writes in lower case stays a name in a heading
    ("Attacks by the Rapid Support Forces\n\nThe Rapid Support Forces took the town.", {"Rapid Support Forces": "GROUP"}),
])
def test_a_common_phrase_in_a_title_case_heading_is_no_body(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("At Kazan, the leaders agreed that the Special Representatives, Doval and Wang, would meet.",
     {"Representatives": None, "Special Representatives": None, "Doval": "ACTOR"}),
    ("Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov met in Abu Dhabi.",
     {"Ararat Mirzoyan": "ACTOR", "Jeyhun Bayramov": "ACTOR"}),
    ("Dr Lena Marlow is a Senior Researcher at SIPRI.", {"Lena Marlow": "ACTOR", "Researcher": None}),
    ("Myanmar has breached its obligations under Articles I, III, IV and V of the Convention.", {"Articles": None}),
    ("Vice-President Sebutinde read the order. Registrar Gautier closed the sitting.",
     {"Sebutinde": "ACTOR", "Gautier": "ACTOR", "Registrar Gautier": None}),
    # a plural title before no name names nobody, and a hyphen inside a place's name opens no title
    ("EU Foreign Ministers met on Monday.", {"Ministers": None, "Foreign Ministers": None}),
    ("Gangs control the Port-au-Prince Metropolitan Area.", {"Prince Metropolitan Area": None}),
])
def test_titles_in_the_plural_hyphenated_or_alone(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("At Kazan, Modi and Xi agreed that the border talks would resume.", {"Kazan": "PLACE", "Xi": "ACTOR"}),
    ("The governor of Kano State, Abba Yusuf, said so.", {"Kano State": "PLACE", "Abba Yusuf": "ACTOR"}),
    ("Lai Ching-te of the Democratic Progressive Party won.",
     {"Lai Ching-te": "ACTOR", "Democratic Progressive Party": "GROUP"}),
    ("The CSTO's secretary general, Imangali Tasmagambetov, said Yerevan was still a member.",
     {"Imangali Tasmagambetov": "ACTOR"}),
    ("Police arrested the director of the investigative outlet Abzas Media in Baku.", {"Abzas Media": "GROUP"}),
    ("The deal was the work of Manasseh Sogavare, then prime minister of Solomon Islands.",
     {"Manasseh Sogavare": "ACTOR"}),
    ("Ahmed al-Sharaa spoke in Damascus. The deal, signed by al-Sharaa and SDF commander Mazloum Abdi, held.",
     {"al-Sharaa": "ACTOR", "SDF": "GROUP"}),
    ("UNIFIL Head of Mission Lieutenant General Aroldo Lázaro said the LAF needed support.",
     {"Aroldo Lázaro": "ACTOR", "UNIFIL Head of Mission Lieutenant General Aroldo Lázaro": None}),
    ("Tavola is a fellow in the Lowy Institute's Pacific Islands Program.", {"Pacific Islands Program": "GROUP"}),
    ("The STC clashed with al-Qaeda in the Arabian Peninsula in Abyan.", {"al-Qaeda in the Arabian Peninsula": "GROUP"}),
    # a council's name keeps the words after its head
    ("The Supreme Council of the Armed Forces met.", {"Supreme Council of the Armed Forces": "GROUP"}),
    # a name after the head of a body set off by commas is the head's, a person's; a body after its kind is a body
    ("The head of the mission, Hassan Sheikh Ali, spoke.", {"Hassan Sheikh Ali": "ACTOR"}),
    ("The Indonesian state holding company, MIND ID, signed.", {"MIND ID": "GROUP"}),
    # a list that an opening phrase closes with a comma goes on; a town and its region after a comma stay places,
    # and a body's head before "of the" keeps the whole name
    ("The Anti-Corruption Agency of the Republic said so.", {"Anti-Corruption Agency of the Republic": "GROUP"}),
    ("In Gao, Kidal and Timbuktu, the army patrolled.", {"Gao": "PLACE", "Kidal": "PLACE", "Timbuktu": "PLACE"}),
    ("Naval Base Camilo Osias in Santa Ana, Cagayan, faces Taiwan.", {"Santa Ana": "PLACE", "Cagayan": "PLACE"}),
])
def test_names_after_an_opening_place_or_a_place_in_a_title_are_no_list(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Seven of its members refused to meet under Russia's chairmanship.", {"Russia": "ACTOR"}),
    ("Armenia has not left the alliance, and Russia's military base in Gyumri remains.", {"Russia": "ACTOR"}),
    ("The five largest importers were India, Saudi Arabia and Qatar.",
     {"India": "ACTOR", "Saudi Arabia": "ACTOR", "Qatar": "ACTOR"}),
    ("UNHCR thanks the donors of flexible funding, among them Sweden, Norway and Denmark.",
     {"Sweden": "ACTOR", "Norway": "ACTOR", "Denmark": "ACTOR"}),
    # places named after "were" or "among them" with no role are places
    ("The worst-hit areas were Gaza and Rafah.", {"Gaza": "PLACE", "Rafah": "PLACE"}),
    ("The convoy visited several towns, among them Goma and Bukavu.", {"Goma": "PLACE", "Bukavu": "PLACE"}),
    ("Russia's Arctic coast froze early.", {"Russia": "PLACE"}),
])
def test_states_in_a_role_named_by_a_noun(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Kenya late Oct said its police would stay.", {"late Oct": "DATE", "Oct": None}),
    ("US forces since early Sept have struck boats; talks resumed in mid-Nov and stalled.",
     {"early Sept": "DATE", "mid-Nov": "DATE"}),
    ("Vientiane, Lao PDR, 9 October 2024", {"Lao PDR": "PLACE"}),
    ("Australia's imports included Virginia-class submarine components.", {"Virginia": None}),
    # an abbreviated month alone without a modifier is no date; a place before another hyphened word stays
    ("Mar Sarkis spoke at the synod.", {"Mar": None}),
    ("Virginia-based firms won the contract.", {"Virginia": "PLACE"}),
])
def test_abbreviated_months_known_states_and_vessel_classes(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("sentence, rows", [
    ("The attack took place near [Besham](PLACE), [Shangla](PLACE) district, [Khyber Pakhtunkhwa](PLACE).",
     {("Besham", "Shangla"): "located_in", ("Shangla", "Khyber Pakhtunkhwa"): "located_in"}),
    # a unit's noun closing a list's item makes no address
    ("Fighting spread to [Masisi](PLACE), [Rutshuru](PLACE) territory, and [Goma](PLACE).",
     {("Masisi", "Rutshuru"): None, ("Rutshuru", "Goma"): None}),
    ("[Rheinmetall](GROUP), [Germany](PLACE)'s largest arms producer, announced a plant.",
     {("Rheinmetall", "Germany"): "located_in"}),
    # a firm the state owns is led by it
    ("[Petronas](GROUP), [Malaysia](ACTOR)'s state oil company, signed.",
     {("Malaysia", "Petronas"): "leads", ("Petronas", "Malaysia"): None}),
    ("Fighters included factions of the [Syrian National Army](GROUP) such as the [Hamza Division](GROUP) and the "
     "[Sultan Murad Brigade](GROUP).", {("Hamza Division", "Syrian National Army"): "member_of",
                                        ("Sultan Murad Brigade", "Syrian National Army"): "member_of"}),
    # examples of what a group attacked are no members of it
    ("Fighters of the [RSF](GROUP) attacked towns such as [El Fasher](PLACE).", {("El Fasher", "RSF"): None}),
    ("Factions of the [SNA](GROUP) that fought groups including the [SDF](GROUP) withdrew.", {("SDF", "SNA"): None}),
    ("Elders of the [Ali Saleebaan](GROUP) clan have backed the [Puntland Security Force](GROUP).",
     {("Ali Saleebaan", "Puntland Security Force"): "supports"}),
    # elders who only meet a force do not back it
    ("Elders of the [Ali Saleebaan](GROUP) clan met the [Puntland Security Force](GROUP).",
     {("Ali Saleebaan", "Puntland Security Force"): "negotiates_with"}),
    ("[HTS](GROUP) has governed [Idlib](PLACE) since 2017.", {("HTS", "Idlib"): "located_in"}),
    # a person leads the place he governs
    ("[Abba Yusuf](ACTOR) governs [Kano](PLACE).", {("Abba Yusuf", "Kano"): "leads"}),
    ("[Ibrahim Adam Surur](ACTOR), an [RSF](GROUP) field commander, was killed.",
     {("Ibrahim Adam Surur", "RSF"): "member_of"}),
    # a commander named after a region is no member of it
    ("[Ibrahim Adam Surur](ACTOR), a [Darfur](PLACE) field commander, was killed.",
     {("Ibrahim Adam Surur", "Darfur"): None}),
    ("[Marie-Claude Dorval](ACTOR), a nurse employed by [Catholic Relief Services](GROUP), was freed.",
     {("Marie-Claude Dorval", "Catholic Relief Services"): "member_of"}),
    # one praised by a body is not its employee
    ("[Anna Kovacs](ACTOR), a nurse at the clinic, was praised by [MSF](GROUP).", {("Anna Kovacs", "MSF"): None}),
    ("[Lai Ching-te](ACTOR) of the [Democratic Progressive Party](GROUP) won.",
     {("Lai Ching-te", "Democratic Progressive Party"): "member_of"}),
    ("[AUSSOM](GROUP) began in January. Its troop contributors are [Ethiopia](ACTOR), [Kenya](ACTOR) and "
     "[Djibouti](ACTOR).", {("Kenya", "AUSSOM"): "member_of", ("Djibouti", "AUSSOM"): "member_of"}),
    ("[Russia](ACTOR) is the main arms supplier of [Myanmar](ACTOR).", {("Russia", "Myanmar"): "supports"}),
    ("[Ma'awisley](GROUP) fighters rose against [Al-Shabaab](GROUP) in [Hiraan](PLACE).",
     {("Ma'awisley", "Al-Shabaab"): "opposes", ("Ma'awisley", "Hiraan"): "located_in"}),
    # one who condemns a group is not where the group is
    ("[Kenya](ACTOR) condemned [Al-Shabaab](GROUP) in [Somalia](PLACE).", {("Kenya", "Somalia"): None}),
])
def test_governed_places_ministers_of_regions_contributors_and_risings(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


def test_talks_that_failed_were_held_and_a_failure_to_agree_denies_the_agreement(extractor):
    rows = extracted(extractor, "Talks between [Hassan Sheikh](ACTOR) and [Ahmed Madobe](ACTOR), hosted by [Kenya](ACTOR) "
                                "in [Nairobi](PLACE), failed. [Hassan Sheikh](ACTOR) failed to agree with "
                                "[Ahmed Madobe](ACTOR).")
    negated = {(r["kind"], r["negated"]) for r in rows if (r["head_text"], r["tail_text"]) == ("Hassan Sheikh", "Ahmed Madobe")}
    assert ("negotiates_with", False) in negated and ("agreement_with", True) in negated
    assert ("negotiates_with", True) not in negated
