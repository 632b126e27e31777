"""Relations that unseen briefs state and the grammar missed or misread: a state the knowledge base does not know,
named as one ("the self-declared Republic of Artsakh"), led like any other; a manner phrase with "without" ("backs
Baku without reservation"), which denies nothing; a party praised; an opposed statement's author; a coup against a
leader; a church's head, who leads the church but not the see it is named after. Each with a case where no row, or no
such row, may come."""

import pytest
from test_relations import assert_stated, extracted, extractor  # noqa: F401 (the fixture)

from pipeline.core.mention import Mention
from pipeline.relations.coreference import antecedent_kind


@pytest.mark.parametrize("name, kind", [
    ("Republic of Artsakh", "state"),
    ("Federal Government of Somalia", "state"),
    ("Kurdistan Regional Government", "state"),
    ("Islamic Emirate of Afghanistan", "state"),
    # a person whose title holds a state's word is still a person
    ("Secretary of State Marco Rubio", "person"),
    ("Head of State Ibrahim Traoré", "person"),
    ("Samvel Shahramanyan", "person"),
])
def test_an_unknown_actor_named_as_a_state_is_a_state(extractor, name, kind):
    mention = Mention(0, len(name), "ACTOR", name, name.lower())
    assert antecedent_kind(mention, extractor.kb, extractor.lexicon) == kind


def test_the_president_of_a_state_unknown_to_the_knowledge_base_leads_it(extractor):
    assert_stated(extractor, "[Samvel Shahramanyan](ACTOR), the last president of the self-declared "
                             "[Republic of Artsakh](ACTOR), signed the decree.",
                  {("Samvel Shahramanyan", "Republic of Artsakh"): "leads"})


def test_no_one_leads_a_person(extractor):
    assert_stated(extractor, "[Ana Lopes](ACTOR), the president of [Rui Costa](ACTOR)'s foundation, said so.",
                  {("Ana Lopes", "Rui Costa"): None})


@pytest.mark.parametrize("sentence, pair, kind", [
    ("[Ankara](ACTOR) backs [Baku](ACTOR) without reservation.", ("Ankara", "Baku"), "supports"),
    ("[Kenya](ACTOR) negotiated with [Somalia](ACTOR) without success.", ("Kenya", "Somalia"), "negotiates_with"),
    ("[Kenya](ACTOR) signed the deal with [Somalia](ACTOR) without [Ethiopia](ACTOR).", ("Kenya", "Somalia"),
     "agreement_with"),
])
def test_what_is_done_without_something_is_still_done(extractor, sentence, pair, kind):
    row = next(r for r in extracted(extractor, sentence) if (r["head_text"], r["tail_text"]) == pair)
    assert (row["kind"], row["negated"]) == (kind, False)


def test_an_act_done_without_a_party_is_denied_with_it(extractor):
    row = next(r for r in extracted(extractor, "[Ankara](ACTOR) acted without consulting [Baku](ACTOR).")
               if r["kind"] != "co_occurs")
    assert (row["head_text"], row["tail_text"], row["negated"]) == ("Ankara", "Baku", True)


@pytest.mark.parametrize("sentence, rows", [
    ("[Blinken](ACTOR) praised [Ruto](ACTOR) for his leadership.", {("Blinken", "Ruto"): "supports"}),
    ("The [Council](GROUP) commended [MINUSCA](GROUP) for its support.", {("Council", "MINUSCA"): "supports"}),
    ("[Sharif](ACTOR) praised President [Trump](ACTOR) and Prime Minister [Starmer](ACTOR).",
     {("Sharif", "Trump"): "supports", ("Sharif", "Starmer"): "supports"}),
    # an event praised holds no party
    ("[Blinken](ACTOR) praised the ceasefire between [Israel](ACTOR) and [Hamas](GROUP).",
     {("Blinken", "Israel"): None, ("Blinken", "Hamas"): None, ("Israel", "Hamas"): "agreement_with"}),
    ("The [Council](GROUP) welcomed the accession of [Finland](ACTOR) to [NATO](GROUP).",
     {("Council", "Finland"): None, ("Finland", "NATO"): "member_of"}),
])
def test_a_party_praised_is_supported(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, pair", [
    ("The [Council](GROUP) deplores the announcement made by Prime Minister [Kobakhidze](ACTOR).",
     ("Council", "Kobakhidze")),
    ("The [Council](GROUP) condemned the remarks by [Kobakhidze](ACTOR) about the opposition.",
     ("Council", "Kobakhidze")),
    ("The [Council](GROUP) rejected the claims by [Russia](ACTOR).", ("Council", "Russia")),
])
def test_who_rejects_what_a_party_said_opposes_it(extractor, sentence, pair):
    assert_stated(extractor, sentence, {pair: "opposes"})


@pytest.mark.parametrize("sentence", [
    "The [Council](GROUP) welcomed the report by [Amnesty International](GROUP).",
    "The [Council](GROUP) noted the decision by [Amnesty International](GROUP).",
])
def test_who_notes_or_welcomes_what_a_party_said_opposes_no_one(extractor, sentence):
    assert_stated(extractor, sentence, {("Council", "Amnesty International"): None})


def test_a_coup_against_a_leader_attacks_him(extractor):
    assert_stated(extractor, "The [Malaita Eagle Force](GROUP) staged a coup against Prime Minister "
                             "[Bartholomew Ulufa'alu](ACTOR) in June 2000.",
                  {("Malaita Eagle Force", "Bartholomew Ulufa'alu"): "attacks"})


def test_a_plot_between_two_states_makes_them_no_enemies(extractor):
    assert_stated(extractor, "Algeria saw the consulate as a plot between [Mali](ACTOR) and [Libya](ACTOR).",
                  {("Mali", "Libya"): None, ("Libya", "Mali"): None})


@pytest.mark.parametrize("sentence, pair", [
    ("[Bagrat Galstanyan](ACTOR), the archbishop of the [Tavush diocese](GROUP), led the protests.",
     ("Bagrat Galstanyan", "Tavush diocese")),
    ("[Tawadros II](ACTOR), the patriarch of the [Coptic Orthodox Church](GROUP), met the president.",
     ("Tawadros II", "Coptic Orthodox Church")),
])
def test_a_churchs_head_leads_it(extractor, sentence, pair):
    assert_stated(extractor, sentence, {pair: "leads"})


@pytest.mark.parametrize("sentence, pair", [
    ("Bishop [Rolando Álvarez](ACTOR) of [Matagalpa](PLACE) was expelled.", ("Rolando Álvarez", "Matagalpa")),
    ("[Christian Tumi](ACTOR), the retired Archbishop of [Douala](PLACE), was seized.", ("Christian Tumi", "Douala")),
])
def test_a_churchs_see_is_no_territory_its_holder_leads(extractor, sentence, pair):
    assert_stated(extractor, sentence, {pair: None})


def test_a_bishop_visiting_a_church_leads_nothing(extractor):
    assert_stated(extractor, "[Bagrat Galstanyan](ACTOR) visited the [Tavush diocese](GROUP) with a bishop.",
                  {("Bagrat Galstanyan", "Tavush diocese"): None})
