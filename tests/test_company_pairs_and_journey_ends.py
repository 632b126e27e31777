"""Spans and types that economic and humanitarian texts write and the tagger misread: two companies joined by "and"
("Grab Holdings and GoTo Group"), a state body whose acronym abbreviates its country too ("the Election Commission of
Sri Lanka (ECSL)"), both ends of a journey that has an object ("relocated refugees from Kutupalong to Bhasan Char"),
the abbreviation of a kind of document ("an MoU"), two parties joined by "to" ("from the Liberal Party to the National
Renewal Party"), a de facto state that acts ("Somaliland") and a sentence's opening place before its subject ("In the
Grand Sud, UNICEF supplied"). Each with a case where the rule must not fire."""

import subprocess
import sys

import pytest
from conftest import ROOT
from test_tagger import labels_by_name as tagged


@pytest.mark.parametrize("text, first, second", [
    ("Grab Holdings and GoTo Group resumed merger talks in 2024.", "Grab Holdings", "GoTo Group"),
    ("Ayala Corporation and San Miguel Corporation bid for the airport.", "Ayala Corporation", "San Miguel Corporation"),
    ("In March 2023 Ana Pérez defected from the Liberal Party to the National Renewal Party.", "Liberal Party",
     "National Renewal Party"),  # a party left for another
    ("He moved from the Orange Democratic Movement to the Jubilee Party in 2016.", "Orange Democratic Movement",
     "Jubilee Party"),
])
def test_two_bodies_joined_by_and_or_to_are_two_names(statistical_nlp, text, first, second):
    names = tagged(statistical_nlp, text)
    assert (names.get(first), names.get(second)) == ("GROUP", "GROUP")


@pytest.mark.parametrize("text, name", [
    ("The Peace and Security Council met on Friday.", "Peace and Security Council"),
    ("The Ministry of Trade and Industry issued the permits.", "Ministry of Trade and Industry"),
])
def test_a_name_with_and_but_one_head_stays_whole(statistical_nlp, text, name):
    assert tagged(statistical_nlp, text).get(name) == "GROUP"


def test_a_bodys_acronym_that_abbreviates_its_country_keeps_the_country_in_its_name(statistical_nlp):
    names = tagged(statistical_nlp, "The Election Commission of Sri Lanka (ECSL) published the results.")
    assert names.get("Election Commission of Sri Lanka") == "GROUP" and "Sri Lanka" not in names


def test_a_bodys_acronym_without_its_country_leaves_the_country_a_mention_of_its_own(statistical_nlp):
    names = tagged(statistical_nlp, "The Ministry of Internal Affairs of Georgia (MIA) arrested him.")
    assert (names.get("Ministry of Internal Affairs"), names.get("Georgia")) == ("GROUP", "ACTOR")


def test_both_ends_of_a_journey_with_an_object_are_places(statistical_nlp):
    names = tagged(statistical_nlp, "UNHCR relocated 3,100 refugees from Kutupalong to Bhasan Char on 4 March.")
    assert (names.get("Kutupalong"), names.get("Bhasan Char")) == ("PLACE", "PLACE")


def test_a_recipient_of_a_thing_sent_is_no_journeys_end(statistical_nlp):
    assert tagged(statistical_nlp, "The council sent a letter to Kutupalong.").get("Kutupalong") != "PLACE"


def test_the_abbreviation_of_a_kind_of_document_is_no_name(statistical_nlp):
    names = tagged(statistical_nlp, "The Forum Secretariat and the AIIB signed an MoU in Suva on Tuesday.")
    assert "MoU" not in names and names.get("Suva") == "PLACE"


def test_a_missions_name_goes_on_with_to(statistical_nlp):
    assert tagged(statistical_nlp, "The US Mission to the African Union spoke.").get(
        "US Mission to the African Union") == "GROUP"


@pytest.mark.parametrize("text, state", [
    ("Ethiopia signed a memorandum of understanding with Somaliland in January 2024.", "Somaliland"),
    ("Transnistria declared itself a separate republic in September 1990.", "Transnistria"),
])
def test_a_de_facto_state_that_acts_is_an_actor(statistical_nlp, text, state):
    assert tagged(statistical_nlp, text)[state] == "ACTOR"


def test_a_de_facto_state_as_a_setting_stays_a_place(statistical_nlp):
    assert tagged(statistical_nlp, "Russian troops remain in Transnistria.")["Transnistria"] == "PLACE"


def test_a_sentences_opening_place_is_no_item_of_a_list_with_its_subject(statistical_nlp):
    names = tagged(statistical_nlp, "Nutrition In the Grand Sud, UNICEF supplied 176 health facilities.")
    assert (names.get("Grand Sud"), names.get("UNICEF")) == ("PLACE", "GROUP")


def test_an_opening_list_of_places_stays_a_list(statistical_nlp):
    names = tagged(statistical_nlp, "In Gao, Kidal and Timbuktu, the army patrolled.")
    assert {names.get(town) for town in ("Gao", "Kidal", "Timbuktu")} == {"PLACE"}


def test_the_journey_rule_reads_no_parse_when_there_is_none_regression_rules_only_segfault():
    """Without a statistical model the tokens have no parse; reading a preposition's verb's children there crashed
    the worker (signal 11) on a paragraph of a development document. Run in a child process, so a crash fails the
    test and not the suite."""
    paragraph = next(p for p in (ROOT / "annotations" / "gold" / "insight-congress-taiwan-arms-sales.txt").read_text(
        encoding="utf-8").split("\n") if p.startswith("The United States has sold defense articles"))
    code = ("import sys; sys.path.insert(0, 'tests'); from test_tagger import make_document; "
            "from pipeline.tagging.tagger import load_nlp, tag_document; "
            "print(len(tag_document(load_nlp(None), make_document(sys.stdin.read()))))")
    done = subprocess.run([sys.executable, "-c", code], input=paragraph + "\n", text=True, capture_output=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-500:]
    assert int(done.stdout.split()[-1]) > 5
