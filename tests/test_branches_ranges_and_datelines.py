"""Shapes that relation probes on Myanmar, the Horn of Africa, Yemen, Libya, Colombia and Mozambique write and the
tool misread: a branch of the Islamic State named by its place read as the state ("ISIS-Somalia", "the Islamic
State's Somalia Province"); a city a group holds read as a party; states one depends on, under whose command one
sails, who mediates "with Oman mediating" or to whom recommendations go ("To Kigali and Maputo:") read as places; a
dateline in capitals with an accent missed ("BOGOTÁ"); an issue's number read as the first day of a range
("Update No. 14 – 15 November 2025"); ranks kept in soldiers' names ("Corporal Yeison Arrieta");
a list of surnames read as a reference entry ("Dbeibah, Haftar, Saleh and Takala"); a person named by age or as
kin read as a body or a place; the two ends of a range read as one body ("from Wagner to the Africa Corps"); an
operation announced as a coalition missed. Relations: a dateline's town read as a party to the news; names listed
after the agent of a participle read as what was formed; founders of an alliance read as neither founders nor
members; a past holder of a shared rank read as the body's head; an alliance of named parties read as nothing; "it"
after "joined" read as a state; a town held by a body read as its holder, a body controlled by another read as
nothing; "present in", "active across" after a noun read as nothing; "rules from" a town
a place used "as a rear base",
talks "hosted by" a state, a place glued to "-based", a plural title before a list of names "of" states, a body
"entrenched in" a place states "among its troop contributors", a force "made up of troops from" states, a state's fleet fighters "on" an
island and states locked in a dispute read as nothing, and a militia's people read as the one created where it was. Each with a case where the rule must not fire."""

import pytest
from test_relations import assert_stated, extracted, extractor  # noqa: F401 (the fixture)
from test_tagger import assert_labelled, labels_by_name, statistical  # noqa: F401 (the fixture)


@pytest.mark.parametrize("text, names", [
    ("ISIS-Somalia, the Islamic State's Somalia Province, was founded in October 2015.",
     {"ISIS-Somalia": "GROUP", "Somalia Province": "GROUP", "Islamic State": "GROUP"}),
    ("ISIL-Yemen claimed the attack.", {"ISIL-Yemen": "GROUP"}),
    # an armed group that names no branches by place, and a state's province
    ("The PKK-Turkey talks stalled.", {"PKK-Turkey": None, "PKK": "GROUP", "Turkey": "ACTOR"}),
    ("Pakistan's Punjab Province flooded.", {"Punjab Province": "PLACE"}),
])
def test_branches_of_a_body_named_by_their_place(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("The Houthis still hold Sanaa and most of the north-west.", {"Sanaa": "PLACE"}),
    ("Kyiv holds Moscow responsible for the strike.", {"Moscow": "ACTOR"}),
    # a state one rules is the polity
    ("Lukashenka, who has ruled Belarus since 1994, was declared the winner.", {"Belarus": "ACTOR"}),
    ("The council depends on Saudi Arabia.", {"Saudi Arabia": "ACTOR"}),
    ("The economy depends on remittances from Saudi Arabia.", {"Saudi Arabia": "PLACE"}),
    ("France declined to place its ships under US command.", {"US": "ACTOR"}),
    ("The commitments were negotiated between Saudi Arabia and the Houthis, with Oman mediating.", {"Oman": "ACTOR"}),
    ("Ethiopia gained access with the Djibouti railway.", {"Djibouti": "PLACE"}),
    ("Turkey's drones and advisers repelled the offensive.", {"Turkey": "ACTOR"}),
    ("Recommendations\n\nTo Kigali and Maputo: publish the terms of the bilateral agreement.",
     {"Kigali": "ACTOR", "Maputo": "ACTOR"}),
    ("Recommendations\n\nTo Kigali and Maputo, the road is long.", {"Kigali": "PLACE", "Maputo": "PLACE"}),
])
def test_cities_held_and_states_relied_on_commanding_mediating_or_addressed(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("BOGOTÁ, 14 October 2025 — The ELN kidnapped two soldiers, Corporal Yeison Arrieta and Private Duván Ortiz, "
     "near Saravena.", {"BOGOTÁ": "PLACE", "Yeison Arrieta": "ACTOR", "Corporal Yeison Arrieta": None,
                        "Duván Ortiz": "ACTOR", "Private Duván Ortiz": None}),
    ("The Private Sector Foundation met.", {"Private Sector Foundation": "GROUP"}),
    ("Tetteh has met Dbeibah, Haftar, Saleh and Takala; the roadmap stalled.", {"Haftar, Saleh": None}),
    ("Yonas Tesfay, a 24-year-old from Eritrea, told us he was kidnapped.", {"Yonas Tesfay": "ACTOR"}),
    ("They killed their former ally; his nephew Tareq Saleh escaped to the coast.", {"Tareq Saleh": "ACTOR"}),
    ("Kraze Baryè, the Tabarre-based gang, joined the coalition.", {"Tabarre": "PLACE"}),
    ("Haiti Security Update No. 14 – 15 November 2025", {"15 November 2025": "DATE", "14 – 15 November 2025": None}),
    # a range of days is one date
    ("Reporting period: 1 – 15 September 2025", {"1 – 15 September 2025": "DATE"}),
    ("Haftar's sons, who run Benghazi, met.", {"Benghazi": "PLACE"}),
    ("2. Russia's foothold: from Wagner to the Africa Corps", {"Wagner": "GROUP", "Africa Corps": "GROUP",
                                                               "Wagner to the Africa Corps": None}),
    ("He moved from the Ministry of Defence to the National Security Council.",
     {"Ministry of Defence": "GROUP", "National Security Council": "GROUP"}),
    # a mission is named with the body it is accredited to
    ("A letter from the Permanent Mission of Mali to the United Nations arrived.",
     {"Permanent Mission of Mali to the United Nations": "GROUP"}),
    ("El Dheer and Masagawa were still held by the Somali National Army.", {"El Dheer": "PLACE", "Masagawa": "PLACE"}),
    ("Kufra itself, held by the Libyan Arab Armed Forces, is calm.", {"Kufra": "PLACE"}),
    ("Washington announced Operation Prosperity Guardian on 18 December 2023 as a defensive coalition.",
     {"Operation Prosperity Guardian": "GROUP"}),
    # an operation launched as a campaign of strikes is an event
    ("India launched Operation Sindoor on 7 May as a campaign of strikes.", {"Operation Sindoor": None}),
])
def test_datelines_ranks_lists_ages_kin_ranges_and_operations(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("sentence, rows", [
    ("[NAIROBI](PLACE), 16 June 2025 — [Al-Shabaab](GROUP) fighters overran [Moqokori](PLACE), a town in "
     "[Hiraan](PLACE).", {("Al-Shabaab", "Moqokori"): "attacks", ("NAIROBI", "Moqokori"): None,
                          ("NAIROBI", "Al-Shabaab"): None}),
    ("The [Three Brotherhood Alliance](GROUP), formed in 2019 by the [MNDAA](GROUP), the [TNLA](GROUP) and the "
     "[Arakan Army](GROUP), has taken towns in [Shan State](PLACE).",
     {("Arakan Army", "Three Brotherhood Alliance"): "member_of", ("MNDAA", "TNLA"): None}),
    # a comma and "and" close the participle: the name after them is the noun's partner, not an agent
    ("The [SNA](GROUP), backed by [Turkey](ACTOR), and the [Danab](GROUP) brigade attacked.",
     {("Turkey", "SNA"): "supports", ("Turkey", "Danab"): None}),
    # bodies that form an alliance now are its members, not its founders
    ("The [MNDAA](GROUP), the [TNLA](GROUP) and the [Arakan Army](GROUP), which together form the "
     "[Three Brotherhood Alliance](GROUP), attacked.", {("TNLA", "Three Brotherhood Alliance"): "member_of"}),
    ("[Abdulraof Macacua](ACTOR), a former [MILF](GROUP) commander, was appointed.",
     {("Abdulraof Macacua", "MILF"): "member_of"}),
    ("[Roza Otunbayeva](ACTOR), a former president of [Kyrgyzstan](ACTOR), spoke.",
     {("Roza Otunbayeva", "Kyrgyzstan"): "leads"}),
    ("The [Patriotic Bloc](GROUP), an alliance of the [Party of Socialists](GROUP) and the [Party of Communists](GROUP), "
     "won.", {("Party of Socialists", "Patriotic Bloc"): "member_of", ("Party of Communists", "Patriotic Bloc"): "member_of"}),
    # a named bloc "of" a person is no alliance of members
    ("The [Patriotic Bloc](GROUP) ran; the [Alternativa](GROUP) bloc of mayor [Ion Ceban](ACTOR) ran too.",
     {("Ion Ceban", "Patriotic Bloc"): None}),
    ("[Washington](ACTOR) announced [Operation Prosperity Guardian](GROUP) in December. The [United Kingdom](ACTOR) "
     "and [Greece](ACTOR) joined it.", {("Greece", "Operation Prosperity Guardian"): "member_of",
                                        ("Greece", "Washington"): None}),
    ("The [ICRC](GROUP), present in [Arauca](PLACE) since the 1990s, warned of displacement.",
     {("ICRC", "Arauca"): "located_in"}),
    ("The [Clan del Golfo](GROUP) has 9,000 members active in [Antioquia](PLACE) and [Chocó](PLACE).",
     {("Clan del Golfo", "Chocó"): "located_in"}),
    # an adjective after a noun that places nothing
    ("A ceasefire favourable to [Russia](ACTOR) was signed by [Ukraine](ACTOR).", {("Ukraine", "Russia"): None}),
    ("Field Marshal [Khalifa Haftar](ACTOR), the commander of the [LAAF](GROUP), rules from [Benghazi](PLACE).",
     {("Khalifa Haftar", "Benghazi"): "located_in"}),
    # one who returns from a town is no longer there
    ("[Khalifa Haftar](ACTOR) returned from [Benghazi](PLACE).", {("Khalifa Haftar", "Benghazi"): None}),
    ("The [ELN](GROUP) has long used [Apure](PLACE) and [Zulia](PLACE) as a rear base.",
     {("ELN", "Apure"): "located_in", ("ELN", "Zulia"): "located_in"}),
    # a base for talks is no one's base
    ("The [UN](GROUP) used [Goma](PLACE) as a base for its talks.", {("UN", "Goma"): None}),
    ("Talks between [Bogotá](ACTOR) and the [ELN](GROUP) resumed in [Doha](PLACE) in September, hosted by "
     "[Qatar](ACTOR).", {("Qatar", "Bogotá"): "mediates", ("Qatar", "ELN"): "mediates"}),
    # a host of what is no talks mediates nothing
    ("Flights between [Bogotá](ACTOR) and [Caracas](ACTOR) resumed in May, hosted by [Avianca](GROUP).",
     {("Avianca", "Bogotá"): None}),
    ("[Kraze Baryè](GROUP), the [Tabarre](PLACE)-based gang, joined.", {("Kraze Baryè", "Tabarre"): "located_in"}),
    ("The [Nairobi](PLACE)-based [Kenya Human Rights Commission](GROUP) spoke.",
     {("Kenya Human Rights Commission", "Nairobi"): "located_in"}),
    # a place a thing is based on
    ("The [Kenya Human Rights Commission](GROUP) spoke of a [Nairobi](PLACE) based plan.",
     {("Kenya Human Rights Commission", "Nairobi"): None}),
    ("The [EPG](GROUP), former prime ministers [Bruce Golding](ACTOR) of [Jamaica](ACTOR), [Perry Christie](ACTOR) "
     "of the [Bahamas](ACTOR) and [Kenny Anthony](ACTOR) of [Saint Lucia](ACTOR), arrived.",
     {("Bruce Golding", "Jamaica"): "leads", ("Kenny Anthony", "Saint Lucia"): "leads"}),
    ("The envoys, foreign ministers [Ararat Mirzoyan](ACTOR) of [Armenia](ACTOR) and [Jeyhun Bayramov](ACTOR) of "
     "[Azerbaijan](ACTOR), met.", {("Ararat Mirzoyan", "Armenia"): "member_of"}),
    ("[Return, Reclamation and Rehabilitation](GROUP) ([3R](GROUP)), a [Fulani](GROUP) militia created in "
     "[Koui](PLACE), is led by [Sembé Bobbo](ACTOR).",
     {("Return, Reclamation and Rehabilitation", "Koui"): "created_in", ("Fulani", "Koui"): None}),
    ("The [FPRC](GROUP), led by [Noureddine Adam](ACTOR), remains entrenched in [Bria](PLACE) and [Ndélé](PLACE).",
     {("FPRC", "Bria"): "located_in", ("FPRC", "Ndélé"): "located_in"}),
    # an adjective of interest places no one
    ("[Kenya](ACTOR) was interested in [Somalia](PLACE).", {("Kenya", "Somalia"): None}),
    ("[MINUSCA](GROUP) has 14,000 troops. [Rwanda](ACTOR), [Zambia](ACTOR) and [Pakistan](ACTOR) are among its main "
     "troop contributors.", {("Rwanda", "MINUSCA"): "member_of", ("Pakistan", "MINUSCA"): "member_of"}),
    # states among the poorest countries of a continent belong to nothing
    ("[Kenya](ACTOR) and [Uganda](ACTOR) are among the poorest countries in [Africa](PLACE).",
     {("Kenya", "Africa"): None}),
    ("The [MNJTF](GROUP) has been made up of troops from [Cameroon](ACTOR), [Chad](ACTOR) and [Nigeria](ACTOR).",
     {("Chad", "MNJTF"): "member_of", ("Nigeria", "MNJTF"): "member_of"}),
    # troops sent from a state to a force that is no body's make-up
    ("The [MNJTF](GROUP) has made up for losses with troops from [Chad](ACTOR).", {("Chad", "MNJTF"): None}),
    ("[Russia](ACTOR)'s [Northern Fleet](GROUP) sailed.", {("Northern Fleet", "Russia"): "member_of"}),
    # an armed group a state is said to have is no organ of it
    ("[Pakistan](ACTOR)'s [Baloch Liberation Army](GROUP) struck.", {("Baloch Liberation Army", "Pakistan"): None}),
    ("[Abu Sayyaf](GROUP) fighters on [Sulu](PLACE) and [Basilan](PLACE) surrendered.",
     {("Abu Sayyaf", "Sulu"): "located_in", ("Abu Sayyaf", "Basilan"): "located_in"}),
    # a report on a place places its author nowhere
    ("The [UN](GROUP) report on [Haiti](PLACE) was published.", {("UN", "Haiti"): None}),
    ("[Egypt](ACTOR), which has been locked in a dispute with [Ethiopia](ACTOR) over the Nile dam, protested.",
     {("Egypt", "Ethiopia"): "opposes"}),
    # a dispute someone else has with a state
    ("[Egypt](ACTOR) noted the dispute of farmers with the ministry in [Ethiopia](PLACE).", {("Egypt", "Ethiopia"): None}),
    ("[Kufra](PLACE), held by the [LAAF](GROUP), is calm.", {("LAAF", "Kufra"): "located_in", ("Kufra", "LAAF"): None}),
    ("The [Africa Corps](GROUP), a force controlled by [Russia](ACTOR)'s [Ministry of Defence](GROUP), grew.",
     {("Ministry of Defence", "Africa Corps"): "leads"}),
    ("The [Kuomintang](GROUP), which controls the [Legislative Yuan](GROUP), blocked the budget.",
     {("Kuomintang", "Legislative Yuan"): "leads"}),
    # a body that holds a place is there, and one that holds another body's staff does not lead it
    ("The [Houthis](GROUP) still hold [Sanaa](PLACE).", {("Houthis", "Sanaa"): "located_in"}),
    ("The [Houthis](GROUP) hold staff of the [WFP](GROUP).", {("Houthis", "WFP"): None}),
])
def test_datelines_agents_founders_ranks_alliances_joined_bodies_and_seats(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


def test_founders_of_an_alliance_named_in_a_participle_are_its_founders_and_members(extractor):
    rows = extracted(extractor, "The [Three Brotherhood Alliance](GROUP), formed in 2019 by the [MNDAA](GROUP), the "
                                "[TNLA](GROUP) and the [Arakan Army](GROUP), grew.")
    kinds = {(r["head_text"], r["kind"]) for r in rows if r["tail_text"] == "Three Brotherhood Alliance"}
    assert {(body, kind) for body in ("MNDAA", "TNLA", "Arakan Army") for kind in ("founded", "member_of")} <= kinds


def test_founders_of_an_alliance_that_are_states_are_its_founders_only(extractor):
    rows = extracted(extractor, "[Mali](ACTOR), [Burkina Faso](ACTOR) and [Niger](ACTOR) founded the "
                                "[Alliance of Sahel States](GROUP) in September 2023.")
    kinds = {(r["head_text"], r["kind"]) for r in rows if r["tail_text"] == "Alliance of Sahel States"}
    assert ("Niger", "founded") in kinds and ("Niger", "member_of") not in kinds


def test_an_age_before_a_noun_makes_no_person(statistical):
    assert labels_by_name(statistical, "Ngarbuh, a 300-year-old village, burned.").get("Ngarbuh") != "ACTOR"


def test_a_dispute_settled_is_no_opposition(extractor):
    rows = extracted(extractor, "[Egypt](ACTOR) settled the border dispute with [Sudan](ACTOR).")
    kinds = {r["kind"] for r in rows if (r["head_text"], r["tail_text"]) == ("Egypt", "Sudan")}
    assert "agreement_with" in kinds and "opposes" not in kinds
