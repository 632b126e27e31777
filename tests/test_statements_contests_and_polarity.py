"""Relations that communiqués, election reports and court news state and the grammar misread: a body that welcomes or
condemns an event is no party to it ("the Council welcomed the accession of Finland to NATO"), the agent of an event
condemned ("the attack by Boko Haram"), a member expelled from a body, a contest won over a rival, a clause of
allegation, a denial by "neither … nor", the ground of an act that is itself denied, the venue of a meeting, the
territory of a post, the recipients of a thing given, a body left named as a noun and a supply. Each with a case where
no row, or no such row, may come."""

import pytest
from test_hosts_partners_and_refusals import rows_of
from test_relations import assert_stated, extracted, extractor  # noqa: F401 (the fixture)


def test_a_body_that_welcomes_an_accession_is_no_party_to_it(extractor):
    assert_stated(extractor, "The [Council](GROUP) welcomed the accession of [Finland](ACTOR) to [NATO](GROUP).",
                  {("Finland", "NATO"): "member_of", ("Council", "Finland"): None, ("Council", "NATO"): None})


def test_a_body_that_welcomes_a_facilitation_is_not_mediated(extractor):
    sentence = ("The [Security Council](GROUP) welcomed [Norway](ACTOR)'s facilitation of talks between the "
                "[Government of Colombia](ACTOR) and the [ELN](GROUP).")
    assert_stated(extractor, sentence, {("Norway", "ELN"): "mediates", ("Norway", "Security Council"): None})


def test_who_condemns_an_attack_opposes_its_agent(extractor):
    assert_stated(extractor, "The [Council](GROUP) condemned the attack by [Boko Haram](GROUP) on [Monguno](PLACE).",
                  {("Council", "Boko Haram"): "opposes", ("Boko Haram", "Monguno"): "attacks"})


def test_who_signs_an_accord_is_still_its_party(extractor):
    assert_stated(extractor, "[Kenya](ACTOR) signed an agreement with [Somalia](ACTOR).",
                  {("Kenya", "Somalia"): "agreement_with"})


@pytest.mark.parametrize("sentence, body, member", [
    ("[Jacob Zuma](ACTOR) was expelled from the [African National Congress](GROUP) in July 2024.",
     "African National Congress", "Jacob Zuma"),
    ("[Zuma](ACTOR) was suspended from the [ANC](GROUP).", "ANC", "Zuma"),
])
def test_a_body_a_member_was_expelled_from_opposes_him(extractor, sentence, body, member):
    assert_stated(extractor, sentence, {(body, member): "opposes"})


def test_a_state_one_was_expelled_from_is_a_place_left(extractor):
    assert_stated(extractor, "[Jacob Zuma](ACTOR) was expelled from [Kenya](ACTOR) in July 2024.",
                  {("Kenya", "Jacob Zuma"): None})


@pytest.mark.parametrize("sentence, pair", [
    ("[Rodrigo Paz](ACTOR) won the presidential run-off against [Jorge Quiroga](ACTOR).", ("Rodrigo Paz", "Jorge Quiroga")),
    ("The [Labour Party](GROUP) won a landslide victory over the [Conservatives](GROUP).",
     ("Labour Party", "Conservatives")),
])
def test_a_contest_won_over_a_rival_opposes_him(extractor, sentence, pair):
    assert_stated(extractor, sentence, {pair: "opposes"})


def test_a_contest_won_with_a_partys_support_is_support(extractor):
    assert_stated(extractor, "[William Ruto](ACTOR) won the election with the support of [Jubilee](GROUP).",
                  {("Jubilee", "William Ruto"): "supports", ("William Ruto", "Jubilee"): None})


def test_a_clause_of_allegation_is_hedged(extractor):
    rows = [r for r in extracted(extractor, "Prosecutors allege that [Ahmed Salah](ACTOR) financed "
                                                 "[Al-Shabaab](GROUP).") if r["kind"] == "supports"]
    assert [r["hedged"] for r in rows] == [True]


def test_a_clause_of_saying_is_not_hedged(extractor):
    rows = [r for r in extracted(extractor, "Officials said that [Iran](ACTOR) armed the [Houthis](GROUP).")
            if r["kind"] == "supports"]
    assert [r["hedged"] for r in rows] == [False]


def test_neither_nor_denies_each_subject(extractor):
    rows = rows_of(extractor, "Neither [Uganda](ACTOR) nor [Burundi](ACTOR) supports the [M23](GROUP).")
    assert rows == {("Uganda", "supports", "M23"): True, ("Burundi", "supports", "M23"): True}


def test_the_ground_of_an_act_denied_is_not_denied(extractor):
    rows = rows_of(extractor, "The [Treasury](GROUP) no longer sanctions [Ahmed Salah](ACTOR) for financing "
                              "[Al-Shabaab](GROUP).")
    assert rows == {("Treasury", "opposes", "Ahmed Salah"): True, ("Ahmed Salah", "supports", "Al-Shabaab"): False}


def test_talks_denied_are_denied(extractor):
    assert rows_of(extractor, "[Kenya](ACTOR) did not opt for talks with the [RSF](GROUP).") == {
        ("Kenya", "negotiates_with", "RSF"): True}


def test_the_venue_of_a_meeting_places_neither_party(extractor):
    assert_stated(extractor, "[Antony Blinken](ACTOR) met [Sergey Lavrov](ACTOR) in [Geneva](PLACE) in January.",
                  {("Antony Blinken", "Sergey Lavrov"): "negotiates_with", ("Sergey Lavrov", "Geneva"): None,
                   ("Antony Blinken", "Geneva"): None})



def test_one_who_defects_from_a_party_to_another_leaves_one_and_joins_the_other(extractor):
    sentence = ("In March 2023, Senator [Ana Pérez](ACTOR) defected from the [Liberal Party](GROUP) to the "
                "[National Renewal Party](GROUP).")
    assert_stated(extractor, sentence, {("Ana Pérez", "Liberal Party"): "split_from",
                                        ("Ana Pérez", "National Renewal Party"): "member_of"})


def test_one_who_defects_to_a_state_joins_no_body(extractor):
    assert_stated(extractor, "[Ana Pérez](ACTOR) defected to [Spain](ACTOR).", {("Ana Pérez", "Spain"): None})


@pytest.mark.parametrize("sentence, holder, place", [
    ("[Amina Sule](ACTOR), the [WHO](GROUP) Representative in [Mozambique](PLACE), said cases were falling.",
     "Amina Sule", "Mozambique"),
    ("[Xi Lin](ACTOR), the ambassador in [Manila](PLACE), met them.", "Xi Lin", "Manila"),
])
def test_the_territory_of_a_post_places_no_holder(extractor, sentence, holder, place):
    assert_stated(extractor, sentence, {(holder, place): None})


def test_a_commander_in_a_place_is_there(extractor):
    assert_stated(extractor, "[Ali Musa](ACTOR), a commander in [Tigray](PLACE), said so.",
                  {("Ali Musa", "Tigray"): "located_in"})


def test_the_recipients_of_what_is_given_give_nothing(extractor):
    assert_stated(extractor, "The [Nigerian Army](GROUP) provided escorts to [WFP](GROUP) convoys in [Borno](PLACE).",
                  {("Nigerian Army", "WFP"): "supports", ("WFP", "Nigerian Army"): None})


@pytest.mark.parametrize("sentence, pair", [
    ("The Council noted the withdrawal of [Mali](ACTOR) from the [G5 Sahel](GROUP).", ("Mali", "G5 Sahel")),
    ("[Niger](ACTOR)'s exit from [ECOWAS](GROUP) was announced in January.", ("Niger", "ECOWAS")),
    ("The split of [ISWAP](GROUP) from [Boko Haram](GROUP) came in 2016.", ("ISWAP", "Boko Haram")),
])
def test_a_body_left_named_as_a_noun_is_split_from(extractor, sentence, pair):
    assert_stated(extractor, sentence, {pair: "split_from"})


@pytest.mark.parametrize("sentence, pair", [
    ("The withdrawal of [France](ACTOR) from [Mali](ACTOR) ended in 2022.", ("France", "Mali")),  # from a state
    ("[IGAD](GROUP) should press for the withdrawal of the [EDF](GROUP) from [Tigray](PLACE).", ("EDF", "IGAD")),
])
def test_a_withdrawal_from_a_state_or_a_place_splits_from_no_body(extractor, sentence, pair):
    assert_stated(extractor, sentence, {pair: None})


def test_a_supply_by_one_state_to_another_is_support(extractor):
    assert_stated(extractor, "The supply of drones by [Iran](ACTOR) to [Russia](ACTOR) was condemned by the "
                             "[European Union](GROUP).", {("Iran", "Russia"): "supports"})
