"""Two forms of one name written side by side, or with and without a middle initial, take one id."""

import re

import pytest

from pipeline.core.mention import Mention
from pipeline.tagging.full_names import names_without_middle_initials
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name
from pipeline.tagging.slash_names import alternate_place_names


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.load()


def _places(text, names, kb):
    found = [Mention(m.start(), m.end(), "PLACE", name, link_name(name, kb)) for name in names
             for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return sorted(found, key=lambda m: m.start)


def test_a_places_other_name_after_a_slash_got_its_own_id(kb):
    """Cyprus report: "Near Deneia/Denya" gave `denya`, also where "Denya" came back alone; a Northern Irish text the
    same with "Derry/Londonderry"."""
    text = "Near Deneia/Denya, farmers were detained. Denya stayed calm."
    linked = alternate_place_names(text, _places(text, ["Deneia", "Denya"], kb), kb)
    assert [(m.text, m.entity_id) for m in linked] == [("Deneia", "deneia"), ("Denya", "deneia"), ("Denya", "deneia")]
    text = "Marches in Derry/Londonderry resumed."
    assert {m.entity_id for m in alternate_place_names(text, _places(text, ["Derry", "Londonderry"], kb), kb)} == {"derry"}


def test_two_known_places_or_a_locating_place_in_brackets_stay_apart(kb):
    """«Kyrgyzstan/Tajikistan» in a title and the dateline "NEW DELHI/ISLAMABAD" name two states; "Goma (North
    Kivu)" and "Kidal (northern Mali)" locate the town, they are no other name of it."""
    for text, names in (("Kyrgyzstan/Tajikistan: border deal", ["Kyrgyzstan", "Tajikistan"]),
                        ("Fighting near Goma (North Kivu) and Kidal (northern Mali) went on.", ["Goma", "North Kivu", "Kidal", "northern Mali"]),
                        # OCHA Haiti: a department after its town
                        ("Families fled to Lascahobas (Centre).", ["Lascahobas", "Centre"])):
        mentions = _places(text, names, kb)
        assert alternate_place_names(text, mentions, kb) == mentions


def test_a_name_with_a_middle_initial_was_another_person():
    """Gaza chronology: "President Donald J. Trump's Comprehensive Plan" in the sources gave `donald-j-trump` beside
    `donald-trump` in the text; without the plain form the initial stays ("George W. Bush" and "George H. W. Bush"
    are two people)."""
    mentions = [Mention(0, 12, "ACTOR", "Donald Trump", "donald-trump"), Mention(40, 55, "ACTOR", "Donald J. Trump", "donald-j-trump"),
                Mention(60, 74, "ACTOR", "George W. Bush", "george-w-bush"), Mention(80, 97, "ACTOR", "George H. W. Bush", "george-h-w-bush")]
    assert [m.entity_id for m in names_without_middle_initials(mentions)] == ["donald-trump", "donald-trump", "george-w-bush",
                                                                              "george-h-w-bush"]
