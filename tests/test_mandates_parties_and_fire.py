"""Relations that UN reports, election statements and conflict briefs state and the grammar missed:
- who renews or widens a body's mandate supports the body ("the Security Council extended the mandate of UNIFIL");
- a body that "brings together" parties has them as members;
- a person's party named after "whose party" or "his party" is the person's (a state's ruling party is not);
- a plural description set off after two names describes both ("Kadugli and Dilling, two towns in South Kordofan");
- firing "on" a target attacks it, tanks act for the force using them, and the place a site fired at lies in is
  attacked ("fired rockets at the army base at Meron");
- countermeasures against a party oppose it;
- a name whose first word the parser read as a preposition ("held talks with To Lam") is that preposition's object;
- a word for a body set off after a body named last describes that body, not the person the parser hung it on ("X,
  the alleged leader of Ansaru, a group that split from Boko Haram").
Each with a case where no row, or no such row, may come."""

import pytest
from test_relations import assert_stated, extractor  # noqa: F401 (the fixture)


@pytest.mark.parametrize("sentence, rows", [
    ("By its resolution 2790, the [Security Council](GROUP) extended the mandate of [UNIFIL](GROUP) until "
     "[31 December 2026](DATE).", {("Security Council", "UNIFIL"): "supports"}),
    ("[UNMISS](GROUP)'s mandate was extended by the [Security Council](GROUP) in [April 2025](DATE).",
     {("Security Council", "UNMISS"): "supports"}),
    # extending something else is no support of a body
    ("[Russia](ACTOR) extended its control over [Kherson](PLACE) and the [Wagner Group](GROUP)'s contracts.",
     {("Russia", "Wagner Group"): None}),
])
def test_who_renews_a_bodys_mandate_supports_it(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("The [Quad](GROUP), which brings together [Australia](ACTOR), [India](ACTOR), [Japan](ACTOR) and the "
     "[United States](ACTOR), has not met.", {("Australia", "Quad"): "member_of", ("United States", "Quad"): "member_of"}),
    # bringing without "together" lists no members
    ("The [Quad](GROUP) brings [India](ACTOR) closer to [Japan](ACTOR).", {("India", "Quad"): None}),
])
def test_a_body_that_brings_parties_together_has_them_as_members(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[Bernardo Arévalo](ACTOR), whose party, [Movimiento Semilla](GROUP), was suspended by a judge, won the run-off.",
     {("Bernardo Arévalo", "Movimiento Semilla"): "member_of"}),
    ("[Arévalo](ACTOR) said his party, [Movimiento Semilla](GROUP), would appeal.",
     {("Arévalo", "Movimiento Semilla"): "member_of"}),
    # a state's ruling party: no membership
    ("[Georgia](ACTOR), whose ruling party, [Georgian Dream](GROUP), won, applied to join the [EU](GROUP).",
     {("Georgia", "Georgian Dream"): None}),
])
def test_a_persons_party_named_after_whose_or_his_is_the_persons(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("Aid could not reach [Kadugli](PLACE) and [Dilling](PLACE), two towns in [South Kordofan](PLACE).",
     {("Kadugli", "South Kordofan"): "located_in", ("Dilling", "South Kordofan"): "located_in"}),
    ("[Skydio](GROUP) and [Anduril Industries](GROUP), two drone makers based in [California](PLACE), were "
     "sanctioned.", {("Skydio", "California"): "located_in", ("Anduril Industries", "California"): "located_in"}),
    # a singular description describes the one name before it
    ("[Skydio](GROUP) and [Anduril Industries](GROUP), a drone maker based in [California](PLACE), were sanctioned.",
     {("Skydio", "California"): None, ("Anduril Industries", "California"): "located_in"}),
])
def test_a_plural_description_after_two_names_describes_both(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[IDF](GROUP) tanks fired on [UNIFIL](GROUP) positions, wounding two peacekeepers.", {("IDF", "UNIFIL"): "attacks"}),
    ("[Hizbullah](GROUP) fired rockets at the army base at [Meron](PLACE).", {("Hizbullah", "Meron"): "attacks"}),
    ("[China](ACTOR)'s [Ministry of Foreign Affairs](GROUP) announced countermeasures against [Skydio](GROUP).",
     {("Ministry of Foreign Affairs", "Skydio"): "opposes"}),
    # tanks sold are no attacker's, and firing staff attacks nobody
    ("[Germany](ACTOR) sold tanks to [Poland](ACTOR).", {("Germany", "Poland"): "supports"}),
    ("[Meta](GROUP) fired staff in [Dublin](PLACE).", {("Meta", "Dublin"): None}),
])
def test_firing_on_a_target_or_at_a_site_in_a_place_attacks_it(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("President [Vladimir Putin](ACTOR) held talks with [To Lam](ACTOR) in [Hanoi](PLACE).",
     {("Vladimir Putin", "To Lam"): "negotiates_with"}),
    # a preposition before a name stays a preposition: the place a journey goes to
    ("[Vladimir Putin](ACTOR) flew to [Hanoi](PLACE) for talks.", {("Vladimir Putin", "Hanoi"): "located_in"}),
])
def test_a_name_whose_first_word_reads_as_a_preposition_is_the_prepositions_object(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("The [Department of State Services](GROUP) said it had arrested [Mahmud Usman](ACTOR), the alleged leader of "
     "[Ansaru](GROUP), a group that split from [Boko Haram](GROUP) in [2012](DATE).",
     {("Ansaru", "Boko Haram"): "split_from", ("Mahmud Usman", "Boko Haram"): None}),
    # a word for a person describes the person
    ("[Mahmud Usman](ACTOR), a militant who split from [Boko Haram](GROUP) in [2012](DATE), was arrested.",
     {("Mahmud Usman", "Boko Haram"): "split_from"}),
])
def test_a_word_for_a_body_set_off_after_a_body_describes_that_body(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)
