"""Bodies every state has, named with their state before them, and regions named with a unit noun the standard
does not give them: their ids name the entity meant."""

import re

import pytest

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name
from pipeline.tagging.rule_files import load_json, model_file
from pipeline.tagging.state_bodies import bodies_of_named_states, regions_named_with_their_unit


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.load()


@pytest.fixture(scope="module")
def names():
    return load_json(model_file("names.json"))


def _mentions(text, kb, names, label="GROUP"):
    found = []
    for name in names:
        for match in re.finditer(re.escape(name), text):
            found.append(Mention(match.start(), match.end(), label, name, link_name(name, kb)))
    return sorted(found, key=lambda m: m.start)


def _ids(text, bodies, kb, names):
    mentions = bodies_of_named_states(text, _mentions(text, kb, bodies), kb, names["generic_state_body_heads"])
    return [(m.text, m.entity_id) for m in mentions]


def test_a_national_body_after_its_states_possessive_lost_the_state(kb, names):
    """Gaza chronology: "the chief of Egypt's General Intelligence Service" gave `general-intelligence-service`, an
    id every state's service would share; a Kyrgyzstan brief writes "Tajikistan's own State Committee"."""
    text = "Abbas Kamel, the chief of Egypt's General Intelligence Service, met Burns in Paris."
    assert _ids(text, ["General Intelligence Service"], kb, names) == [
        ("General Intelligence Service", "general-intelligence-service-egypt")]
    text = "The State Committee for National Security of Kyrgyzstan met Tajikistan's own State Committee for National Security."
    assert _ids(text, ["State Committee for National Security"], kb, names) == [
        ("State Committee for National Security", "state-committee-for-national-security"),
        ("State Committee for National Security", "state-committee-for-national-security-tajikistan")]


def test_a_national_body_known_by_its_acronym_keeps_it_as_the_stem(kb):
    """Kyrgyzstan brief: the State Committee for National Security defined as "GKNB", then "Tajikistan's own State
    Committee for National Security": guidelines give `gknb-tajikistan` (as `kgb-belarus`)."""
    text = "Tajikistan's own State Committee for National Security signed it."
    start = text.index("State")
    mentions = [Mention(start, start + 37, "GROUP", "State Committee for National Security", "gknb")]
    heads = load_json(model_file("names.json"))["generic_state_body_heads"]
    assert [m.entity_id for m in bodies_of_named_states(text, mentions, kb, heads)] == ["gknb-tajikistan"]


def test_a_national_body_after_its_states_demonym_or_in_a_citation_lost_the_state(kb, names):
    """Black Sea committee report: "the Russian Ministry of Defence" (the demonym outside the span, as guidelines
    say), then "the Ministry of Defence" alone; Gaza chronology's sources: "Qatar, Ministry of Foreign Affairs,
    statement"; a Kenyan brief: "the Kenyan Supreme Court"."""
    text = "The Russian Ministry of Defence denied it. The Ministry of Defence later said the ship sank."
    assert _ids(text, ["Ministry of Defence"], kb, names) == [("Ministry of Defence", "ministry-of-defence-russia")] * 2
    text = "Qatar, Ministry of Foreign Affairs, statement on the ceasefire agreement in Gaza, Doha, 15 January 2025."
    assert _ids(text, ["Ministry of Foreign Affairs"], kb, names) == [
        ("Ministry of Foreign Affairs", "ministry-of-foreign-affairs-qatar")]
    text = "The Kenyan Supreme Court annulled the vote."
    assert _ids(text, ["Supreme Court"], kb, names) == [("Supreme Court", "supreme-court-kenya")]


def test_a_body_of_no_state_kind_or_of_two_states_keeps_its_id(kb, names):
    """An armed group's or a company's name after a state's possessive is its own ("Russia's Wagner Group"); a
    bare "Ministry of Defence" in a text naming two states' ministries is neither's; a body named without its
    state keeps its name's id."""
    assert _ids("Russia's Wagner Group left Mali.", ["Wagner Group"], kb, names) == [("Wagner Group", "wagner-group")]
    text = "The Russian Ministry of Defence and the Ukrainian Ministry of Defence disagreed; the Ministry of Defence in Kyiv spoke."
    assert [i for _, i in _ids(text, ["Ministry of Defence"], kb, names)] == [
        "ministry-of-defence-russia", "ministry-of-defence-ukraine", "ministry-of-defence"]
    assert _ids("The National Assembly voted.", ["National Assembly"], kb, names) == [("National Assembly", "national-assembly")]


def test_a_county_the_standard_calls_a_department_got_a_new_id(kb, names):
    """Black Sea committee report: "Tulcea County" got `tulcea-county`, not the county the knowledge base has under
    ISO 3166-2's word (`tulcea-ro`, "Tulcea Department"); the same for "Cluj County". The town "Tulcea" stays the
    town, and a world region's name before "Province" (an armed group's "Central Africa Province", which the knowledge
    base knows as the Islamic State's province, an alias of its designation) is no region."""
    text = "Drones fell in Tulcea County and in Cluj County, not in Tulcea itself; the Central Africa Province struck."
    mentions = _mentions(text, kb, ["Tulcea County", "Cluj County", "Tulcea itself", "Central Africa Province"], "PLACE")
    mentions = [m for m in mentions if m.text != "Tulcea itself"] + [Mention(text.index("Tulcea itself"), text.index("Tulcea itself") + 6, "PLACE", "Tulcea", "tulcea")]
    linked = regions_named_with_their_unit(sorted(mentions, key=lambda m: m.start), kb, names["region_unit_heads"])
    assert [(m.text, m.entity_id) for m in linked] == [("Tulcea County", "tulcea-ro"), ("Cluj County", "cluj"),
                                                       ("Tulcea", "tulcea"), ("Central Africa Province", "adf")]


def test_new_york_as_a_venue_was_the_state(kb):
    """Cyprus report: "held in New York on 16 and 17 July"; citations "S/2024/92, New York, 29 January 2024": the
    city, not the state, which keeps its own name."""
    assert link_name("New York", kb) == "new-york-city"
    assert link_name("New York State", kb) == "new-york"
    assert link_name("State Department", kb) == link_name("US Department of State", kb) == "united-states-department-of-state"
