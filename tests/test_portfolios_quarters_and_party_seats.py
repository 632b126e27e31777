"""Names and dates that sentences of other genres write and the tagger missed: a minister named after a portfolio
whose given name no list holds ("Minister of Trade Pahala Mansury"), a quarter named without its year ("during the
second quarter"), a party whose country's possessive gives its seat ("Thailand's Move Forward Party"), a titled person
addressing a body ("Statement by Ambassador X to the UN Security Council") and a reference entry opened by its
author, surname first ("Adebayo, Tunde (2019)."). Each with a case where it must not fire."""

import pytest
from test_names import nlp, rules  # noqa: F401 (the fixtures)
from test_tagger import labels_by_name as tagged

from pipeline.tagging import names
from pipeline.tagging.dates import find_dates


@pytest.mark.parametrize("text, person", [
    ("Minister of Trade Pahala Mansury met Mercosur negotiators in Montevideo.", "Pahala Mansury"),
    ("Minister of Finance Situmbeko Musokotwane presented the budget.", "Situmbeko Musokotwane"),
    ("Minister of Foreign Affairs Retno Marsudi flew to Brussels.", "Retno Marsudi"),
])
def test_a_name_after_a_ministers_portfolio_is_the_holder_whatever_his_given_name(nlp, rules, text, person):
    assert person in [text[c.start:c.end] for c in names.titled_names(nlp(text), rules)]


@pytest.mark.parametrize("text", [
    "Minister of Health Ghana Service reported new cases.",  # a body's head after the portfolio
    "Minister of Trade Relations said nothing.",  # one word, no name
])
def test_words_after_a_portfolio_that_are_no_name_are_no_person(nlp, rules, text):
    assert names.titled_names(nlp(text), rules) == []


def test_a_quarter_named_without_its_year_is_a_date_of_its_episode():
    found = find_dates("In 2025 the price of rice rose by 9 per cent in the second quarter.")
    assert [(d.text, d.value) for d in found] == [("2025", "2025"), ("second quarter", "XXXX")]


@pytest.mark.parametrize("text", [
    "A quarter of the population fled.",
    "The second quarter of the population lives in camps.",  # a fraction
    "They won the second quarter-final.",
])
def test_a_quarter_that_is_a_fraction_or_a_match_is_no_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, country", [
    ("Thailand's Move Forward Party was dissolved by the court in August 2024.", "Thailand"),
    ("Cambodia's Candlelight Party was barred from the election.", "Cambodia"),
])
def test_a_countrys_possessive_before_a_party_is_the_partys_seat(statistical_nlp, text, country):
    assert tagged(statistical_nlp, text)[country] == "PLACE"


def test_a_countrys_possessive_before_its_own_organ_still_acts(statistical_nlp):
    assert tagged(statistical_nlp, "Pakistan's National Security Committee met on Sunday.")["Pakistan"] == "ACTOR"


@pytest.mark.parametrize("text, person, body", [
    ("Statement by Ambassador Linda Thomas-Greenfield to the UN Security Council", "Linda Thomas-Greenfield",
     "UN Security Council"),
    ("Remarks by Foreign Minister Sergey Lavrov to the UN General Assembly", "Sergey Lavrov", "UN General Assembly"),
])
def test_a_titled_person_addressing_a_body_is_a_person_and_a_body(statistical_nlp, text, person, body):
    names = tagged(statistical_nlp, text)
    assert (names.get(person), names.get(body)) == ("ACTOR", "GROUP")


def test_a_bodys_name_that_goes_on_with_to_stays_whole(statistical_nlp):
    assert tagged(statistical_nlp, "The Permanent Mission of Kenya to the United Nations spoke.").get(
        "Permanent Mission of Kenya to the United Nations") == "GROUP"


@pytest.mark.parametrize("entry, author", [
    ("Adebayo, Tunde (2019). Oil and Conflict in the Niger Delta. Ibadan University Press.", "Adebayo, Tunde"),
    ("Ramírez, Carlos E. (2015). Cartel Violence. Journal of Conflict Studies 12.", "Ramírez, Carlos E."),
    ("Kabutaulaka, Tarcisius. 2021. Room to Choose. Canberra.", "Kabutaulaka, Tarcisius"),
])
def test_a_reference_entry_opened_by_its_author_names_a_person_whatever_the_given_name(statistical_nlp, entry, author):
    assert tagged(statistical_nlp, entry).get(author) == "ACTOR"


def test_countries_opening_a_line_before_a_year_are_no_author(statistical_nlp):
    names = tagged(statistical_nlp, "Kenya, Somalia (2019) were affected.")
    assert "Kenya, Somalia" not in names
