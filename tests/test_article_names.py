"""Names opening with a Spanish or Portuguese plural article are bodies where the text says so; known towns stay places."""

import pytest
from test_tagger import make_document

from pipeline.tagging.tagger import load_nlp, tag_document


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("auto")


def labels_of(nlp, text, name):
    return {m.label for m in tag_document(nlp, make_document(text)) if m.text == name}


@pytest.mark.parametrize(
    "text, name",
    [
        # Ecuador's gangs, listed after the noun, and one listed beside a body only
        ("The decree designated 22 gangs, among them Los Choneros, Los Lobos and Los Tiguerones, as terrorist "
         "organisations. Los Lobos controls the mines.", "Los Lobos"),
        ("The decree designated 22 gangs, among them Los Choneros and Los Lobos. Los Tiguerones, based in Esmeraldas, "
         "and Los Choneros are allies.", "Los Tiguerones"),
        # Colombia and Mexico in other words
        ("Los Urabeños, a drug cartel, fought the army near Cúcuta for a decade. Los Urabeños later split.", "Los Urabeños"),
        ("The attack was blamed on Los Zetas. The cartel denied it, and Los Zetas threatened journalists.", "Los Zetas"),
    ],
)
def test_spanish_article_gang_names_were_typed_places_or_persons(nlp, text, name):
    assert labels_of(nlp, text, name) == {"GROUP"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The delegation flew from Los Angeles to Las Cruces, where the group met local officials.", "Los Angeles"),
        ("The delegation flew from Los Angeles to Las Cruces, where the group met local officials.", "Las Cruces"),
    ],
)
def test_known_towns_with_a_plural_article_stay_places(nlp, text, name):
    assert "GROUP" not in labels_of(nlp, text, name)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Türkiye closed the Turkish Straits to warships in 2022. Transit through the Straits is governed by the Montreux "
         "Convention, and the Convention limits tonnage.", "Straits"),
        ("Israel and Hamas agreed to a truce in the Gaza Strip. Aid entered the north of the Strip on Sunday.", "Strip"),
        ("The Strait of Hormuz carries a fifth of the oil trade; ships crossing the Strait were boarded.", "Strait"),
    ],
)
def test_generic_heads_said_alone_were_taken_for_names(nlp, text, word):
    found = [m for m in tag_document(nlp, make_document(text)) if m.text in (word, "Convention")]
    assert not found
