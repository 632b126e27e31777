"""Relations of strikes and gatherings that wires state and the grammar missed or misread: a site struck, named as
a modifier of what was hit ("struck the Fordow enrichment site"), arms that act for the party using them ("US bombers
struck Y") but not for their maker when given ("supplied US missiles to Ukraine"), a "Y-backed" description in
apposition ("Kataib Hezbollah, an Iran-backed militia"), the body whose summit it is, which convenes the talks held
there and is no side of them, the leader of an unnamed force ("soldiers led by X"), a body in its seat led by its head,
a joining whose participle says what it did, a past form the lemmatiser misreads ("fined") and a part named after
its owner's possessive ("the Sinaloa Cartel's Los Chapitos faction"), a site described as a base in a place, and a
place within a place named in passing, which no clause around it denies. Each with a case where no row, or no such
row, may come."""

import pytest
from test_relations import assert_stated, extracted, extractor  # noqa: F401 (the fixture)


@pytest.mark.parametrize("sentence, rows", [
    ("The [US](ACTOR) struck the [Fordow](PLACE) enrichment site on 22 June 2025.", {("US", "Fordow"): "attacks"}),
    ("[Israel](ACTOR) struck the [Natanz](PLACE) facility.", {("Israel", "Natanz"): "attacks"}),
    # a sea named before the ship struck is where, not what
    ("The [Houthis](GROUP) struck a [Red Sea](PLACE) tanker.", {("Houthis", "Red Sea"): None}),
])
def test_a_site_named_before_what_was_struck_is_attacked(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[US](ACTOR) B-2 bombers struck the [Fordow](PLACE) enrichment site.", {("US", "Fordow"): "attacks"}),
    ("[Kyiv](PLACE) was hit by [Russia](ACTOR)'s drones.", {("Russia", "Kyiv"): "attacks"}),
    # arms given are no party to the gift
    ("[Germany](ACTOR) supplied [US](ACTOR) missiles to [Ukraine](ACTOR).",
     {("Germany", "Ukraine"): "supports", ("Germany", "US"): None}),
])
def test_arms_act_for_the_party_that_uses_them(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[Kataib Hezbollah](GROUP), an [Iran](ACTOR)-backed militia, was blamed for the attack.",
     {("Iran", "Kataib Hezbollah"): "supports"}),
    # a description of another party, not in apposition
    ("[Foxconn](GROUP) bought an [Iran](ACTOR)-backed rival.", {("Iran", "Foxconn"): None}),
])
def test_a_backed_description_in_apposition_names_its_backer(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[Narendra Modi](ACTOR) met [Xi Jinping](ACTOR) on the sidelines of the [Shanghai Cooperation Organisation](GROUP) "
     "summit.", {("Narendra Modi", "Xi Jinping"): "negotiates_with", ("Shanghai Cooperation Organisation", "Narendra Modi"):
                 None}),
    ("[Xi Jinping](ACTOR) held talks with [Joe Biden](ACTOR) on the sidelines of the [APEC](GROUP) summit.",
     {("APEC", "Xi Jinping"): None, ("Xi Jinping", "Joe Biden"): "negotiates_with"}),
    # a summit of two named sides is theirs
    ("The [Trump](ACTOR)-[Kim](ACTOR) summit failed to produce a deal.", {("Trump", "Kim"): "negotiates_with"}),
])
def test_the_body_whose_summit_it_is_is_no_side_of_the_talks_held_there(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("Soldiers led by Colonel [Mamady Doumbouya](ACTOR) overthrew President [Alpha Condé](ACTOR).",
     {("Mamady Doumbouya", "Alpha Condé"): "opposes"}),
    ("Troops led by [Khalifa Haftar](ACTOR) attacked [Tripoli](PLACE).", {("Khalifa Haftar", "Tripoli"): "attacks"}),
    # a force only trained by a party is not its own
    ("Soldiers trained by [Russia](ACTOR) attacked [Moura](PLACE).", {("Russia", "Moura"): None}),
])
def test_who_leads_a_force_of_no_named_party_acts_through_it(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


def test_a_body_in_its_seat_is_what_its_head_leads(extractor):
    assert_stated(extractor, "The [Government of National Unity](GROUP) in [Tripoli](PLACE), headed by [Abdul Hamid "
                             "Dbeibah](ACTOR), is recognised by the [UN](GROUP).",
                  {("Abdul Hamid Dbeibah", "Government of National Unity"): "leads",
                   ("Abdul Hamid Dbeibah", "Tripoli"): None})


@pytest.mark.parametrize("sentence, member, kind", [
    ("[Finland](ACTOR) and [Sweden](ACTOR) joined [NATO](GROUP) in 2023 and 2024 respectively, ending decades of "
     "military non-alignment.", "Finland", "member_of"),
    # joining a party to do something with it is cooperation
    ("[Chad](ACTOR) joined [NATO](GROUP) to assess the damage.", "Chad", "supports"),
])
def test_what_a_joining_did_is_no_purpose_of_it(extractor, sentence, member, kind):
    assert_stated(extractor, sentence, {(member, "NATO"): kind})


@pytest.mark.parametrize("sentence", [
    "The [European Commission](GROUP) fined [Apple](GROUP) 500 million euros in April 2025.",
    "The [European Commission](GROUP) fined [Apple](GROUP) for breaching the rules.",
])
def test_a_party_fined_is_opposed_whatever_the_lemmatiser_reads(extractor, sentence):
    assert_stated(extractor, sentence, {("European Commission", "Apple"): "opposes"})


@pytest.mark.parametrize("sentence, rows", [
    ("The [Sinaloa Cartel](GROUP)'s [Los Chapitos](GROUP) faction has been at war with [La Mayiza](GROUP).",
     {("Los Chapitos", "Sinaloa Cartel"): "member_of"}),
    ("[Hamas](GROUP)'s [Qassam](GROUP) brigade fired rockets.", {("Qassam", "Hamas"): "member_of"}),
    # a party named before an unnamed part is no part of it
    ("The [Sinaloa Cartel](GROUP)'s faction fought [La Mayiza](GROUP).", {("La Mayiza", "Sinaloa Cartel"): None}),
])
def test_a_part_named_after_its_owners_possessive_is_a_member(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[Camp Lemonnier](PLACE), the US base in [Djibouti](PLACE), expanded.", {("Camp Lemonnier", "Djibouti"): "located_in"}),
    # a base of a party in a place places the party, not another place
    ("[France](ACTOR) kept its base in [Chad](PLACE).", {("France", "Chad"): "located_in"}),
])
def test_a_site_described_as_a_base_lies_where_the_description_says(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, pair, negated", [
    ("[TotalEnergies](GROUP) suspended its project on the [Afungi](PLACE) peninsula in [Mozambique](PLACE)'s "
     "[Cabo Delgado](PLACE) province.", ("Cabo Delgado", "Mozambique"), False),
    # a place denied to lie in another is denied
    ("[Kosovo](PLACE) is not part of [Serbia](PLACE).", ("Kosovo", "Serbia"), True),
])
def test_a_place_within_a_place_named_in_passing_takes_no_clauses_polarity(extractor, sentence, pair, negated):
    row = next(r for r in extracted(extractor, sentence) if (r["head_text"], r["tail_text"]) == pair)
    assert (row["kind"], bool(row["negated"])) == ("located_in", negated)
