"""Acronym definitions yield the long form and the acronym, one entity, and later bare uses."""

import pytest
import spacy

from pipeline.core.mention import Mention
from pipeline.tagging.acronyms import find_definitions, initials_cover, is_acronym
from pipeline.tagging.rule_files import load_json, model_file
from pipeline.tagging.tagger import add_bare_acronyms


@pytest.fixture(scope="module")
def tokenizer():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def connectors():
    return load_json(model_file("names.json"))["connectors"]


@pytest.mark.parametrize(
    ("text", "long_form", "acronym"),
    [
        ("uncommitted to the fight against Al-Qaeda in the Islamic Maghreb (AQIM).", "Al-Qaeda in the Islamic Maghreb", "AQIM"),
        ("carried out by the Movement for Oneness and Jihad in West Africa (MUJWA).", "Movement for Oneness and Jihad in West Africa", "MUJWA"),
        ("the Algerian intelligence service, the Département du Renseignement et de la Sécurité (DRS), allegedly",
         "Département du Renseignement et de la Sécurité", "DRS"),
        ("Yet the Algeria-led Committee of the Operational Joint General Staff (CEMOC) has been created",
         "Committee of the Operational Joint General Staff", "CEMOC"),
        ("3. The Jamaat Tawhid wa’l-Jihad fi Garbi Afriqiya (MUJWA) created in December 2011",
         "Jamaat Tawhid wa’l-Jihad fi Garbi Afriqiya", "MUJWA"),
        ("the deployment of the international support mission in Mali under African leadership (MISMA) in charge",
         "international support mission in Mali under African leadership", "MISMA"),
        ("a peace agreement with the Revolutionary Armed Forces of Colombia (FARC) in Bogotá",
         "Revolutionary Armed Forces of Colombia", "FARC"),
        ("the WHO (World Health Organization) said", "World Health Organization", "WHO"),
    ],
)
def test_definitions(tokenizer, connectors, text, long_form, acronym):
    pairs = find_definitions(tokenizer(text), connectors)
    assert [(l.text, a.text) for l, a in pairs] == [(long_form, acronym)]


def test_parenthesised_places_and_words_are_not_definitions(tokenizer, connectors):
    text = "The distance between Tinzawatin (Mali) and Algiers (in fact, no-borders) is long."
    assert find_definitions(tokenizer(text), connectors) == []


def test_acronym_shape():
    assert is_acronym("MUJWA") and is_acronym("FARC-EP") and not is_acronym("Mali") and not is_acronym("A")
    assert initials_cover("MNLA", "National Movement of the Liberation of Azawad".split())
    assert not initials_cover("XYZ", "Popular National Army".split())


def test_bare_uses_join_the_definition():
    text = "The Zeta Liberation Front (ZLF) grew. Later the ZLF split, and ZLF-led cells spread."
    at = text.index("ZLF")
    definition = Mention(at, at + 3, "GROUP", "ZLF", "zlf", origin="acronyms:definition")
    long_form = Mention(4, 25, "GROUP", "Zeta Liberation Front", "zlf", origin="acronyms:long-form")
    result = add_bare_acronyms(text, [long_form, definition])
    bare = sorted((m.start, m.text, m.entity_id) for m in result if m.origin == "acronyms:bare-use")
    assert bare == [(text.index("ZLF split"), "ZLF", "zlf"), (text.index("ZLF-led"), "ZLF", "zlf")]
