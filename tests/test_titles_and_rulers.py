"""Offices said before a name through "of" ("President of Viet Nam To Lam") and parties said to act "under" a
person ("Mali under Keïta"): sentences of several regions, with the cases where no row may come."""

import pytest

from pipeline.relations.extractor import RelationExtractor
from test_relations import assert_stated, extracted, kinds_of


@pytest.fixture(scope="module")
def extractor():
    return RelationExtractor()


@pytest.mark.parametrize("sentence, rows", [
    ("The talks were attended by the President of [Viet Nam](PLACE) [To Lam](ACTOR).",
     {("To Lam", "Viet Nam"): "leads"}),
    ("On Monday, Prime Minister of [India](PLACE) [Narendra Modi](ACTOR) met [Xi Jinping](ACTOR).",
     {("Narendra Modi", "India"): "leads"}),
    ("The Secretary-General of [the United Nations](GROUP) [António Guterres](ACTOR) welcomed the deal.",
     {("António Guterres", "the United Nations"): "leads"}),
    ("Foreign Minister of [Peru](PLACE) [Elmer Schialer](ACTOR) spoke first.",
     {("Elmer Schialer", "Peru"): "member_of"}),
    ("The leader of [Hamas](GROUP) [Ismail Haniyeh](ACTOR) was killed in [Tehran](PLACE).",
     {("Ismail Haniyeh", "Hamas"): "leads"}),
])
def test_a_title_of_a_party_right_before_a_name_gives_the_office(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    # a state after "of" is no title's holder, and no title stands before it
    ("The ally of [Russia](ACTOR) [Belarus](ACTOR) hosted the talks.", {("Belarus", "Russia"): None}),
    ("In support of [Mali](ACTOR) [Algeria](ACTOR) closed the border.", {("Algeria", "Mali"): None}),
    # a state is no one's president, even with a title before it
    ("The President of [Kenya](PLACE) [Somalia](ACTOR) and Ethiopia met.", {("Somalia", "Kenya"): None}),
])
def test_no_office_without_a_title_or_without_a_person(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[The Archdiocese of Bamenda](GROUP), under Archbishop [Andrew Nkea Fuanya](ACTOR), called for talks.",
     {("Andrew Nkea Fuanya", "The Archdiocese of Bamenda"): "leads"}),
    ("[Mali](ACTOR) under [Ibrahim Boubacar Keïta](ACTOR) signed the accord.",
     {("Ibrahim Boubacar Keïta", "Mali"): "leads"}),
    ("[The BIFF](GROUP) broke away from [the MILF](GROUP) in 2010 under [Ameril Umbra Kato](ACTOR).",
     {("Ameril Umbra Kato", "The BIFF"): "leads", ("The BIFF", "the MILF"): "split_from"}),
    ("Under [Sisi](ACTOR), [Egypt](ACTOR) jailed thousands of opponents.", {("Sisi", "Egypt"): "leads"}),
])
def test_a_party_acting_under_a_person_is_led_by_that_person(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    # done to the party, not by it: a passive verb
    ("[The opposition party](GROUP) was banned in 2017 under President [Paul Kagame](ACTOR).",
     {("Paul Kagame", "The opposition party"): None}),
    # a state "under" whom a place is: no leader
    ("[Crimea](PLACE) has been under [Russia](ACTOR) since 2014.", {("Russia", "Crimea"): None}),
    ("[The UPDF](GROUP) fought under [Uganda](ACTOR)'s flag.", {("Uganda", "The UPDF"): None}),
    # a phrase before the subject frames a time of rule: it leads a state, not a movement
    ("Under [Jair Bolsonaro](ACTOR), [the MST](GROUP) lost ground.", {("Jair Bolsonaro", "the MST"): None}),
])
def test_no_leader_under_a_passive_verb_or_a_state(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    # an AU communiqué, an election observation statement: a named armed group or party "of" its leader
    ("The agreement was signed by the [Union for Peace in the Central African Republic](GROUP) ([UPC](GROUP)) of "
     "[Ali Darassa](ACTOR) in April.", {("Ali Darassa", "Union for Peace in the Central African Republic"): "leads"}),
    ("The [SJB](GROUP) was backed by the [Sri Lanka Muslim Congress](GROUP) of [Rauff Hakeem](ACTOR).",
     {("Rauff Hakeem", "Sri Lanka Muslim Congress"): "leads"}),
    ("Fighters joined the [Libyan National Army](GROUP) of [Khalifa Haftar](ACTOR) in 2019.",
     {("Khalifa Haftar", "Libyan National Army"): "leads"}),
])
def test_a_named_body_of_a_person_is_led_by_that_person(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    # a state after "of" leads no body: the body is the state's own organ or bank
    ("The [Central Bank](GROUP) of [Jordan](ACTOR) raised its rates.", {("Jordan", "Central Bank"): None}),
    # a person "of" a body belongs to it; the body "of" the person is not said
    ("[Kristina Conti](ACTOR) of the [National Union of Peoples' Lawyers](GROUP) spoke.",
     {("Kristina Conti", "National Union of Peoples' Lawyers"): "member_of"}),
])
def test_no_leader_of_a_body_named_of_a_state_or_a_member(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # Taiwan research note; an AU communiqué-style sentence; a party congress report
        ("[Cheng Li-wun](ACTOR), elected [KMT](GROUP) chair in October 2025, visited [Beijing](PLACE).", ("Cheng Li-wun", "KMT")),
        ("[Duma Boko](ACTOR), elected [UDC](GROUP) leader in 2010, won the presidency.", ("Duma Boko", "UDC")),
    ],
)
def test_a_person_elected_to_a_role_in_a_participle_after_a_comma_holds_it(extractor, sentence, pair):
    assert kinds_of(extracted(extractor, sentence)).get(pair) == "leads"


def test_a_body_that_elects_a_chair_does_not_lead_itself_through_it(extractor):
    # no comma before the verb: the subject elects, and holds no role
    kinds = kinds_of(extracted(extractor, "[Kenya](ACTOR) elected a new chair of the [EAC](GROUP) in May."))
    assert kinds.get(("Kenya", "EAC")) != "leads"
