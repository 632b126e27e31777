"""Membership and opposition that sentences of parliaments, courts and alliances state and the grammar missed: parties
that blame each other, a figure in a party and a seat kept in an assembly, a member of a state's unnamed organ ("the
deputy speaker of Armenia's parliament"), a body said to have an organ ("the IAEA has a Board of Governors"), and one
who represents a body, a member admitted "as" one, and an application to join, which is no membership yet. Each
with a case where no row, or no such row, may come."""

import pytest
from test_relations import assert_stated, extracted, extractor  # noqa: F401 (the fixture)


@pytest.mark.parametrize("sentence", [
    "[Cyprus](ACTOR) and [Turkey](ACTOR) blamed each other for the delay.",
    "[Cyprus](ACTOR) and [Turkey](ACTOR) accused one another of stalling.",
])
def test_parties_that_blame_each_other_each_oppose_the_other(extractor, sentence):
    assert_stated(extractor, sentence, {("Cyprus", "Turkey"): "opposes", ("Turkey", "Cyprus"): "opposes"})


def test_parties_that_blame_a_third_do_not_oppose_each_other(extractor):
    assert_stated(extractor, "[Cyprus](ACTOR) and [Greece](ACTOR) blamed [Turkey](ACTOR) for the delay.",
                  {("Cyprus", "Turkey"): "opposes", ("Cyprus", "Greece"): None, ("Greece", "Cyprus"): None})


@pytest.mark.parametrize("sentence, member, body", [
    ("[Hun Sen](ACTOR) remains the dominant figure in the [Cambodian People's Party](GROUP).", "Hun Sen",
     "Cambodian People's Party"),
    ("[Nicolas Metzdorf](ACTOR), a deputy who kept his seat in the [National Assembly](GROUP) in July 2024, objected.",
     "Nicolas Metzdorf", "National Assembly"),
])
def test_a_figure_in_a_party_and_a_seat_kept_in_an_assembly_are_memberships(extractor, sentence, member, body):
    assert_stated(extractor, sentence, {(member, body): "member_of"})


@pytest.mark.parametrize("role", ["speaker", "deputy speaker"])
def test_a_role_in_a_states_unnamed_organ_makes_a_member_of_the_state_not_its_head(extractor, role):
    assert_stated(extractor, f"[Ruben Rubinyan](ACTOR), the {role} of [Armenia](ACTOR)’s parliament, said so.",
                  {("Ruben Rubinyan", "Armenia"): "member_of"})


def test_a_role_in_a_named_body_a_state_owns_is_in_that_body(extractor):
    sentence = "[Abbas Kamel](ACTOR), the chief of [Egypt](ACTOR)'s [General Intelligence Service](GROUP), met envoys."
    assert_stated(extractor, sentence, {("Abbas Kamel", "General Intelligence Service"): "leads",
                                        ("Abbas Kamel", "Egypt"): None})


@pytest.mark.parametrize("sentence, organ, body", [
    ("The [IAEA](GROUP) has a 35-member-state [Board of Governors](GROUP), which approves updates.",
     "Board of Governors", "IAEA"),
    ("[Hamas](GROUP) maintains an armed wing, the [Qassam Brigades](GROUP).", "Qassam Brigades", "Hamas"),
])
def test_a_body_said_to_have_an_organ_has_it_as_a_member(extractor, sentence, organ, body):
    assert_stated(extractor, sentence, {(organ, body): "member_of"})


@pytest.mark.parametrize("sentence, pair", [
    ("The [EU](GROUP) has not recognised the outcome, and neither has the [European Parliament](GROUP).",
     ("European Parliament", "EU")),  # "has" without a subject of its own
    ("[Iran](ACTOR) has ties with [Hezbollah](GROUP).", ("Hezbollah", "Iran")),  # no organ
])
def test_having_what_is_no_organ_of_ones_own_states_no_membership(extractor, sentence, pair):
    assert_stated(extractor, sentence, {pair: None})


@pytest.mark.parametrize("sentence, member, body", [
    ("The [Office of the Prosecutor](GROUP), represented by the Deputy Prosecutor [Mame Mandiaye Niang](ACTOR), "
     "appeared.", "Mame Mandiaye Niang", "Office of the Prosecutor"),
    ("The [Indian Navy](GROUP) is represented by units of the [Eastern Fleet](GROUP).", "Eastern Fleet", "Indian Navy"),
])
def test_one_who_represents_a_body_is_one_of_it(extractor, sentence, member, body):
    assert_stated(extractor, sentence, {(member, body): "member_of"})


def test_a_persons_representative_is_no_member_of_him(extractor):
    assert_stated(extractor, "[Nicholas Kaufman](ACTOR) represents [Rodrigo Duterte](ACTOR) before the court.",
                  {("Nicholas Kaufman", "Rodrigo Duterte"): None})


def test_being_joined_in_an_act_is_still_support(extractor):
    assert_stated(extractor, "[France](ACTOR) was joined by [Germany](ACTOR) in condemning the coup.",
                  {("Germany", "France"): "supports"})


def test_a_party_admitted_as_a_member_is_a_member_of_the_body_that_admits_it(extractor):
    assert_stated(extractor, "The [Shanghai Cooperation Organisation](GROUP) admitted [Iran](ACTOR) as a full member "
                             "in July 2023.", {("Iran", "Shanghai Cooperation Organisation"): "member_of"})


def test_a_member_who_served_as_one_is_a_member_of_the_body_named(extractor):
    assert_stated(extractor, "[William Ruto](ACTOR) served as a member of the [ODM](GROUP).",
                  {("William Ruto", "ODM"): "member_of"})


@pytest.mark.parametrize("sentence", [
    "[Moldova](ACTOR) has applied to join the [European Union](GROUP).",
    "[Georgia](ACTOR) applied for membership of the [European Union](GROUP) in March 2022.",
])
def test_an_application_to_join_is_a_hedged_membership(extractor, sentence):
    rows = [r for r in extracted(extractor, sentence) if r["kind"] == "member_of"]
    assert [r["hedged"] for r in rows] == [True]


def test_a_membership_stated_is_not_hedged(extractor):
    rows = [r for r in extracted(extractor, "[Moldova](ACTOR) joined the [Energy Community](GROUP) in 2010.")
            if r["kind"] == "member_of"]
    assert [r["hedged"] for r in rows] == [False]


def test_a_front_that_unites_bodies_has_them_as_members(extractor):
    assert_stated(extractor, "The [FLNKS](GROUP), founded in 1984, unites the [UC](GROUP), the [PALIKA](GROUP) and "
                             "smaller parties.", {("UC", "FLNKS"): "member_of", ("PALIKA", "FLNKS"): "member_of"})


def test_what_unites_two_states_makes_neither_a_member(extractor):
    assert_stated(extractor, "The war united [Ukraine](ACTOR) and [Poland](ACTOR).",
                  {("Ukraine", "Poland"): None, ("Poland", "Ukraine"): None})


@pytest.mark.parametrize("sentence, member, body", [
    ("[Emmanuel Tjibaou](ACTOR) was elected to the [National Assembly](GROUP) in July 2024.", "Emmanuel Tjibaou",
     "National Assembly"),
    ("[Kenya](ACTOR) was elected to the [Security Council](GROUP) in June.", "Kenya", "Security Council"),
])
def test_one_elected_to_a_body_sits_in_it(extractor, sentence, member, body):
    assert_stated(extractor, sentence, {(member, body): "member_of"})


def test_its_after_an_unnamed_body_stands_for_that_body_not_the_name_before(extractor):
    sentence = ("The [Kuomintang](GROUP) controls the chamber, and its speaker, [Han Kuo-yu](ACTOR), is a [KMT](GROUP) "
                "veteran.")
    assert_stated(extractor, sentence, {("Han Kuo-yu", "KMT"): "member_of", ("Han Kuo-yu", "Kuomintang"): None})


def test_its_with_no_unnamed_body_between_stands_for_the_name(extractor):
    assert_stated(extractor, "The [Kuomintang](GROUP) won the election, and its leader, [Eric Chu](ACTOR), spoke.",
                  {("Eric Chu", "Kuomintang"): "leads"})


def test_a_role_subject_with_no_name_of_its_own_holds_no_second_role(extractor):
    assert_stated(extractor, "The chairman of [Hamas](GROUP) was a founder of the [Muslim Brotherhood](GROUP).",
                  {("Hamas", "Muslim Brotherhood"): None})


@pytest.mark.parametrize("title", ["vice president", "vice-president"])
def test_a_states_vice_president_is_one_of_its_officials_not_its_head(extractor, title):
    assert_stated(extractor, f"[Riek Machar](ACTOR), the {title} of [South Sudan](ACTOR), was arrested.",
                  {("Riek Machar", "South Sudan"): "member_of"})


def test_a_vice_chair_co_leads_the_body_he_chairs(extractor):
    assert_stated(extractor, "[Anna Lee](ACTOR), the vice chair of the [ANC](GROUP), spoke.", {("Anna Lee", "ANC"): "leads"})


def test_the_alliance_stands_for_no_ministry_named_before_it(extractor):
    sentence = ("The [US Treasury](GROUP) sanctioned two firms in May. The alliance, which includes [Burkina Faso](ACTOR), "
                "[Mali](ACTOR) and [Niger](ACTOR), was renamed.")
    assert_stated(extractor, sentence, {("Mali", "US Treasury"): None})


def test_the_alliance_stands_for_an_alliance_named_before_it(extractor):
    assert_stated(extractor, "[NATO](GROUP) met in [Brussels](PLACE). The alliance agreed to support [Ukraine](ACTOR).",
                  {("NATO", "Ukraine"): "supports"})


@pytest.mark.parametrize("sentence, pair, kind", [
    ("The Council welcomed the appointment of [Volker Perthes](ACTOR) as head of [UNITAMS](GROUP).",
     ("Volker Perthes", "UNITAMS"), "leads"),
    ("The [AU](GROUP) congratulates [Bassirou Diomaye Faye](ACTOR) on his election as President of [Senegal](ACTOR).",
     ("Bassirou Diomaye Faye", "Senegal"), "leads"),
    ("The election of [Kenya](ACTOR) as a member of the [Security Council](GROUP) came in June.",
     ("Kenya", "Security Council"), "member_of"),
])
def test_one_appointed_or_elected_as_a_role_holds_it(extractor, sentence, pair, kind):
    assert_stated(extractor, sentence, {pair: kind})


def test_a_role_said_of_a_noun_that_is_no_appointment_names_no_holder(extractor):
    assert_stated(extractor, "The Council questioned the report of [Volker Perthes](ACTOR) as head of [UNITAMS](GROUP).",
                  {("Volker Perthes", "UNITAMS"): None})
