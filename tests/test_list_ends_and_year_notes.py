"""Names that situation reports and briefs print in lists, tables and notes, and the tagger misread: the two ends of
a road or a move ("between Adré and Farchana", "from Adré to Ourang"), which the model took for one name, and the
states a built line joins ("the power cable between Finland and Estonia"), which were read as parties; a currency
code before an amount after a name in a flattened table ("Ennedi Est USD 416 million"); a note's number printed after
a year's stop ("in December 2023.2 President …"), which cut the date; a list of places after a preposition ("the
provinces of Ouaddaï, Sila, Wadi Fira and …"), which read as a reference entry's author, surname first, while a
note's first author, surname first, was missed ("3. Bieber, Florian, The Rise of …"); the portfolio of a title run
into the holder's name ("Commissioner for Enlargement Marta Kos"); and a phase of a food-security scale read as a
body ("Crisis (IPC Phase 3) outcomes"). Each with a case where the rule must not fire."""

import pytest
from test_tagger import assert_labelled, labels_by_name, statistical  # noqa: F401 (the fixture)

from pipeline.tagging.tagger import load_nlp


@pytest.mark.parametrize("text, names", [
    ("Heavy rains cut the road between Adré and Farchana for four days.", {"Adré": "PLACE", "Farchana": "PLACE"}),
    ("Some 4,870 households were relocated from Adré to Ourang and Alacha.",
     {"Adré": "PLACE", "Ourang": "PLACE", "Alacha": "PLACE"}),
    # one name that holds "and" stays one
    ("Relations with Trinidad and Tobago improved.", {"Trinidad and Tobago": "ACTOR"}),
])
def test_the_two_ends_of_a_road_or_a_move_are_two_names(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_a_currency_code_before_an_amount_is_not_part_of_the_name_before_it(statistical):
    found = labels_by_name(statistical, "The appeal lists Ennedi Est USD 416 million as unmet.")
    assert found.get("Ennedi Est") == "PLACE" and not any("USD" in name for name in found)
    # a body's name that ends in such a word keeps it where no amount follows
    found = labels_by_name(statistical, "Most resistance units operate under the Mandalay PDF, which was trained by "
                                        "the KIA.")
    assert found.get("Mandalay PDF") == "GROUP"


@pytest.mark.parametrize("text, words", [
    ("approved in December 2023.2 President", ["December", "2023", ".", "2", "President"]),
    ("refused since 2021.12 Banja", ["2021", ".", "12", "Banja"]),
    # a decimal that is no year keeps its point, and a year ending a sentence keeps its stop apart as before
    ("grew by 1.5 per cent in 2023.", ["1.5", "per", "cent", "in", "2023", "."]),
])
def test_a_notes_number_after_a_years_full_stop_is_a_token_of_its_own(text, words):
    assert [t.text for t in load_nlp(None).make_doc(text)][-len(words):] == words


def test_a_date_before_a_notes_number_keeps_its_year(statistical):
    found = labels_by_name(statistical, "The World Bank approved USD 350 million in December 2023.2 President "
                                        "Emomali Rahmon welcomed it.")
    assert found.get("December 2023") == "DATE" and "December" not in found


@pytest.mark.parametrize("text, names", [
    ("Some 22 camps lie in the provinces of Ouaddaï, Sila, Wadi Fira and Ennedi Est.",
     {"Ouaddaï": "PLACE", "Sila": "PLACE", "Ouaddaï, Sila": None}),
    # a reference entry's authors, surname first, are still persons
    ("3. Kovalenko, Iryna and Fischer, Jonas, War Risk at Sea, London, 2024.",
     {"Kovalenko, Iryna": "ACTOR", "Fischer, Jonas": "ACTOR"}),
])
def test_a_list_of_places_after_a_preposition_is_no_reference_entry(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Sarajevo, November 2024.\n3. Bieber, Florian, The Rise of Authoritarianism in the Western Balkans, Cham, 2020.",
     {"Bieber, Florian": "ACTOR", "Florian": None}),
    # a list of states opening a sentence names no author
    ("Kenya, Chad, and Niger sent troops.", {"Kenya": "ACTOR", "Chad": "ACTOR", "Kenya, Chad": None}),
])
def test_a_notes_first_author_surname_first_is_a_person(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("In March 2025 Commissioner for Enlargement Marta Kos told the European Parliament that progress was slow.",
     {"Marta Kos": "ACTOR", "Enlargement Marta Kos": None}),
    # the country a title is held of is still cut, and a name without a given name keeps its words
    ("The ambassador to Pakistan Jiang Zaidong arrived.", {"Pakistan": "PLACE", "Jiang Zaidong": "ACTOR"}),
])
def test_the_portfolio_a_title_is_held_for_is_no_part_of_the_holders_name(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Conflict and high staple prices sustain Crisis (IPC Phase 3) outcomes in Tillabéri and Diffa.",
     {"Crisis": None, "Tillabéri": "PLACE", "Diffa": "PLACE"}),
    ("Emergency (CH Phase 4) outcomes are likely in Ménaka.", {"Emergency": None, "Ménaka": "PLACE"}),
    # a body whose acronym follows its name in brackets is still a body
    ("The International Crisis Group (ICG) said the talks had stalled.", {"International Crisis Group": "GROUP"}),
])
def test_a_phase_of_a_classification_scale_is_no_name(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("The Estlink 2 power cable between Finland and Estonia was damaged on 25 December 2024.",
     {"Finland": "PLACE", "Estonia": "PLACE"}),
    ("The dispute over the road between Kyrgyzstan and Tajikistan escalated.",
     {"Kyrgyzstan": "PLACE", "Tajikistan": "PLACE"}),
    # talks between two states are theirs: the states act
    ("Talks between Finland and Estonia resumed in March.", {"Finland": "ACTOR", "Estonia": "ACTOR"}),
])
def test_the_states_a_built_line_joins_are_places(statistical, text, names):
    assert_labelled(statistical, text, names)
