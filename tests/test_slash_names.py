"""A place named twice across a slash: both names are mentions of the one place."""

import pytest
from test_tagger import make_document

from pipeline.tagging.tagger import load_nlp, tag_document


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("auto")


def found(nlp, text):
    return {m.text: (m.label, m.entity_id) for m in tag_document(nlp, make_document(text))}


@pytest.mark.parametrize(
    "text, first, second",
    [
        # Cyprus's villages by their Greek and Turkish names, Kosovo's by its Serbian and Albanian ones
        ("Tensions persisted in the buffer zone, including at Pyla/Pile and near the crossing.", "Pyla", "Pile"),
        ("Greek Cypriots and Maronites living in the north, in Rizokarpaso/Dipkarpaz, reported restrictions.", "Rizokarpaso", "Dipkarpaz"),
        ("Police in Mitrovica/Mitrovicë closed the bridge.", "Mitrovica", "Mitrovicë"),
    ],
)
def test_slash_double_name_lost_its_second_name(nlp, text, first, second):
    names = found(nlp, text)
    assert names[first][0] == "PLACE" and names.get(second) == names[first]


def test_words_and_acronyms_across_a_slash_are_no_second_name(nlp):
    names = found(nlp, "The OSCE/ODIHR mission and/or observers from Kenya/Tanzania borders watched the vote.")
    assert "ODIHR" not in names and "or" not in names


def test_a_community_across_a_slash_is_no_second_place(nlp):
    names = found(nlp, "Tenants from minority ethnic communities compared to White British/Scottish individuals.")
    assert "Scottish" not in names
