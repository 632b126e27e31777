"""A person's country after "of" is where the person comes from (PLACE), unless the text names an office of that
state the person holds (ACTOR): guidelines, section 3. Sentences of several regions, with the offices that keep the
state a party."""

import pytest

from test_types_of_states_places_and_bodies import labels


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # origins: no title, or a form of address
        ("The talks were co-chaired by Precious Matsoso of South Africa, first with Roland Driece of the Netherlands.",
         {("Netherlands", "PLACE")}, {("Netherlands", "ACTOR")}),
        ("The panel was chaired by Ellen Johnson Sirleaf of Liberia and met in Geneva.",
         {("Liberia", "PLACE")}, {("Liberia", "ACTOR")}),
        ("Mr. Fernando Carrillo of Colombia presented the report to the committee.",
         {("Colombia", "PLACE")}, {("Colombia", "ACTOR")}),
        # offices held for the state: a title before the name, or the office heading the list the names are set in
        ("President Irfaan Ali of Guyana met Prime Minister Keir Starmer of the United Kingdom in London.",
         {("Guyana", "ACTOR"), ("United Kingdom", "ACTOR")}, {("Guyana", "PLACE")}),
        ("The declaration was signed by the foreign ministers of the two countries, Thérèse Kayikwamba Wagner of the "
         "DRC and Olivier Nduhungirehe of Rwanda.",
         {("DRC", "ACTOR"), ("Rwanda", "ACTOR")}, {("DRC", "PLACE"), ("Rwanda", "PLACE")}),
        # a body's name before "of" is no person: its state stays as the other rules say
        ("The Central Bank of Nigeria raised its policy rate.", set(), {("Nigeria", "PLACE")}),
    ],
)
def test_a_persons_country_after_of_is_their_origin_unless_an_office_is_named(statistical_nlp, text, present, absent):
    found = labels(statistical_nlp, text)
    assert present <= found
    assert not absent & found
