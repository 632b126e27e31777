"""Names of institutions the paragraph rules read in pieces, and their links: hyphenated titles, a state's name before
an organisation's acronym, a university system's campus, acronyms of a class of bodies, acronyms whose slug a known
place bears, long names repeated after their acronym, bodies named without their state or parent. Sentences from
several publishers, with the cases where each rule must not fire."""

import pytest
from test_tagger import make_document

from pipeline.tagging.tagger import tag_document


def tagged(nlp, text):
    return [m for m in tag_document(nlp, make_document(text)) if m.label != "DATE"]


def mentions(nlp, text):
    return [(m.label, m.text) for m in tagged(nlp, text)]


def links(nlp, text):
    return {m.text: m.entity_id for m in tagged(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Oxford AIGI: the title alone, once with its organisation
        ("The zero draft suggests the Secretary-General appoint two chairs.", []),
        ("We propose that the UN Secretary-General put together a slate of proposed nominees.", [("GROUP", "UN")]),
        # a UN flash update's style, and a military title with a hyphen
        ("Secretary-General Guterres called for an immediate ceasefire.", [("ACTOR", "Guterres")]),
        ("Lieutenant-General Amadou Diallo took command of the operation.", [("ACTOR", "Amadou Diallo")]),
    ],
)
def test_the_second_half_of_a_hyphenated_title_is_no_person(statistical_nlp, text, expected):
    assert mentions(statistical_nlp, text) == expected


def test_a_states_name_before_an_organisations_acronym_is_part_of_its_name(statistical_nlp):
    """Oxford AIGI: "UK AISI", the acronym an organisation elsewhere in the text; the same state alone stays a place."""
    text = ("We suggest a co-chair tied to the AISI, which has run evaluations. The UK AISI, for example, has "
            "significant experience. Experts met in the UK last year.")
    found = mentions(statistical_nlp, text)
    assert ("GROUP", "UK AISI") in found
    assert ("PLACE", "UK") in found and found.count(("PLACE", "UK")) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Africa CDC coordinated the response with the WHO, and the CDC sent experts to Kinshasa.", "Africa CDC"),
        ("The National Health Service (NHS) faces shortages, and the UK NHS has cut waiting lists.", "UK NHS"),
    ],
)
def test_a_continents_or_states_name_before_an_organisations_acronym_is_part_of_its_name(statistical_nlp, text, name):
    """The acronym an organisation elsewhere in the text (tagged, or defined by its name)."""
    found = mentions(statistical_nlp, text)
    assert ("GROUP", name) in found
    assert not any(label in ("PLACE", "ACTOR") and name.startswith(other) for label, other in found)


def test_a_units_compass_name_before_an_organisations_acronym_is_part_of_its_name(statistical_nlp):
    """OCHA Haiti: "South COUD", the South department's emergency operations centre; "South" alone stays the unit."""
    text = ("The Artibonite Departmental Emergency Operations Centre (COUD) was activated on 28 October. The South and "
            "Grand’Anse departments were placed under red alert. Between 26 and 27 October, the South COUD held its "
            "first meetings.")
    found = mentions(statistical_nlp, text)
    assert ("GROUP", "South COUD") in found and ("PLACE", "South") in found


@pytest.mark.parametrize(
    "text",
    [
        "The EU AI Act applies from next year.",  # an acronym inside a longer name
        "US GDP grew faster than expected.",  # a measure, never an organisation
        "Prices in the UK rose as exports to the US fell.",
    ],
)
def test_a_states_name_before_other_capitals_stays_apart(statistical_nlp, text):
    assert not any(" " in name and label == "GROUP" for label, name in mentions(statistical_nlp, text))


def test_a_university_systems_campus_is_one_name(statistical_nlp):
    """Oxford AIGI affiliation footnote."""
    found = mentions(statistical_nlp, "1. Oxford Martin School AI Governance Initiative; University of California, Santa Barbara.")
    assert ("GROUP", "University of California, Santa Barbara") in found
    assert not any(name == "Santa Barbara" for _, name in found)


@pytest.mark.parametrize(
    ("text", "university", "place"),
    [
        # DIIS: a university named after its town, then the town
        ("Warwick Commission, University of Warwick, Coventry, UK.", "University of Warwick", "Coventry"),
        # a university followed by its country
        ("She studied at the University of Nairobi, Kenya, before joining the ministry.", "University of Nairobi", "Kenya"),
    ],
)
def test_a_university_followed_by_a_town_or_a_country_is_no_campus(statistical_nlp, text, university, place):
    found = mentions(statistical_nlp, text)
    assert ("GROUP", university) in found
    assert any(name == place for _, name in found)


def test_an_acronym_the_text_puts_in_the_plural_names_a_class(statistical_nlp):
    """Oxford AIGI: "the AISI network" beside "AISIs" (as "NGOs"), while "UK AISI" names one institute."""
    text = ("We suggest a co-chair tied to the AISI network. The UK AISI could engage on behalf of the broader "
            "AISI community and the broader network of AISIs.")
    found = mentions(statistical_nlp, text)
    assert ("GROUP", "AISI") not in found
    assert ("GROUP", "UK AISI") in found


def test_a_plural_acronym_the_text_defines_by_a_name_stays_an_organisation(statistical_nlp):
    """OCHA Haiti: one departmental emergency operations centre defined by its name, "the four COUDs" beside it."""
    text = ("The Artibonite Departmental Emergency Operations Centre (COUD) was activated on 28 October. Brigadiers "
            "supported the four departmental COUDs. The COUD met on Sunday.")
    found = mentions(statistical_nlp, text)
    assert found.count(("GROUP", "COUD")) == 2


def test_an_acronym_is_not_linked_to_a_town_that_bears_its_letters(statistical_nlp):
    """Oxford AIGI: the knowledge base's "itu" is the Brazilian town Itu."""
    found = links(statistical_nlp, "For example, the International Telecommunication Union (ITU) might assist, given the ITU’s experience.")
    assert found["ITU"] == found["International Telecommunication Union"] == "international-telecommunication-union"


def test_an_acronym_keeps_its_own_slug_where_no_entity_bears_it(statistical_nlp):
    """Federal Register: the department keeps the acronym's entity, also beside the name with its state."""
    found = links(statistical_nlp, "AGENCY: Federal Aviation Administration (FAA), Department of Transportation (DOT).\n"
                                   "Mail: U.S. Department of Transportation, Docket Operations, Washington, DC 20590.")
    assert found["Department of Transportation"] == found["DOT"] == "dot"


def test_a_long_name_repeated_after_its_acronym_is_the_same_entity(statistical_nlp):
    """Oxford AIGI: the IPCC's name paragraphs after "(IPCC)"."""
    text = ("This approach differs from scientific panels like the Intergovernmental Panel on Climate Change (IPCC).\n"
            "Other panels, such as the Intergovernmental Panel on Climate Change, rely on consensus.\n")
    named = [m for m in tagged(statistical_nlp, text) if m.text in ("IPCC", "Intergovernmental Panel on Climate Change")]
    assert len(named) == 3 and len({m.entity_id for m in named}) == 1


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        # Oxford AIGI: the organ named before "UN General Assembly"
        ("Members are elected by the General Assembly. We recommend elections by the UN General Assembly.",
         "General Assembly", "UN General Assembly"),
        # US Copyright Office
        ("Title I requires the U.S. Copyright Office to perform two studies. Claims must be registered with the "
         "Copyright Office.", "Copyright Office", "U.S. Copyright Office"),
    ],
)
def test_a_body_named_without_its_state_or_parent_is_linked_to_it(statistical_nlp, text, name, full):
    found = links(statistical_nlp, text)
    assert found[name] == found[full]


def test_a_short_name_two_bodies_could_own_stays_unlinked(statistical_nlp):
    """Two states' copyright offices: "the Copyright Office" is neither's."""
    found = links(statistical_nlp, "The U.S. Copyright Office and the UK Copyright Office disagree. The Copyright "
                                    "Office of Kenya was not consulted.")
    assert found.get("Copyright Office") not in (found.get("U.S. Copyright Office"), found.get("UK Copyright Office"))


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # Oxford AIGI
        ("The AI Expert Committee will assign members of the Expert and Advisory Committees to each working group.",
         "Advisory Committees"),
        # a legislature's committees
        ("The bill was sent to the Senate and House Committees on Appropriations.", "House Committees"),
    ],
)
def test_two_bodies_sharing_a_plural_head_are_no_name(statistical_nlp, text, not_a_name):
    assert not any(not_a_name in name for _, name in mentions(statistical_nlp, text))


def test_a_name_whose_head_is_plural_stays_a_name(statistical_nlp):
    """Heads that names take in the plural ("Forces") are not two bodies' shared head."""
    found = mentions(statistical_nlp, "The Allied Democratic Forces and the Armed Forces of the Democratic Republic "
                                      "of the Congo clashed.")
    assert ("GROUP", "Allied Democratic Forces") in found


def test_the_end_of_a_longer_name_modifying_a_plural_is_a_back_reference(statistical_nlp):
    """Oxford AIGI: "Advisory Council members" after "the AI Advisory Council", no article before it."""
    text = "The AI Advisory Council will be elected. We recommend that Advisory Council members not write the report."
    assert ("GROUP", "Advisory Council") not in mentions(statistical_nlp, text)


def test_a_body_named_without_its_state_modifying_a_plural_stays_named(statistical_nlp):
    """US Copyright Office: the office's own name before "officials"."""
    text = "Title I requires the U.S. Copyright Office to report. Copyright Office officials will testify."
    assert ("GROUP", "Copyright Office") in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Oxford AIGI: a heading naming a mandate, not a body
        ("Section I: Panel Mandate", []),
        # a body's name in a numbered heading stays
        ("2. AI Advisory Council", [("GROUP", "AI Advisory Council")]),
    ],
)
def test_a_bodys_mandate_is_no_organisation(statistical_nlp, text, expected):
    assert mentions(statistical_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Oxford AIGI: topics written as acronyms in a working group's name, once spelled out with the acronym
        ("The AI and Sustainable Development Goals (SDGs) Working Group could engage with governments.",
         "AI and Sustainable Development Goals (SDGs) Working Group"),
        ("The ITU might be well-placed to assist with the AI and SDGs Working Group.", "AI and SDGs Working Group"),
        # a humanitarian cluster named after its sectors
        ("The WASH and Shelter Cluster met in Jérémie on Monday.", "WASH and Shelter Cluster"),
    ],
)
def test_a_bodys_name_holds_the_topics_it_lists_as_acronyms(statistical_nlp, text, name):
    assert ("GROUP", name) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Oxford AIGI: "and" before an organisation's acronym joins two names
        ("The AI Impacts Working Group and UNDP will cooperate.", [("GROUP", "AI Impacts Working Group"), ("GROUP", "UNDP")]),
        # an organisation's acronym in brackets ends its name
        ("The Food and Agriculture Organization (FAO) Country Office supported the survey.",
         [("GROUP", "Food and Agriculture Organization"), ("GROUP", "FAO"), ("GROUP", "Country Office")]),
    ],
)
def test_an_organisations_acronym_still_separates_two_names(statistical_nlp, text, expected):
    assert mentions(statistical_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cameroon brief, Armenia brief, China transcript, Guyana report, research affiliations; other regions
        ("The Archdiocese of Bamenda, under its archbishop, has called for talks.\n",
         [("GROUP", "Archdiocese of Bamenda")]),
        ("Comments went to the Airworthiness Products Section of the agency.\n", [("GROUP", "Airworthiness Products Section")]),
        ("A question came from the Associated Press of Pakistan.\n", [("GROUP", "Associated Press of Pakistan")]),
        ("The Cabinet of Ministers of Guyana issued a statement.\n", [("GROUP", "Cabinet of Ministers"), ("ACTOR", "Guyana")]),
        ("Annotated translation, East Asia Desk, Meridian Institute for Diplomatic Studies.\n",
         [("GROUP", "East Asia Desk"), ("GROUP", "Meridian Institute for Diplomatic Studies")]),
        # a numbered part of a document is no body
        ("Section I: Panel Mandate. The panel meets twice a year.\n", []),
        ("Complete Section A of the form before signing it.\n", []),
    ],
)
def test_dioceses_press_agencies_sections_cabinets_and_desks_are_bodies(statistical_nlp, text, expected):
    """The place inside these names won ("Bamenda", "Pakistan", "East Asia"): their heads were not organisation
    heads. A section numbered by a letter or a numeral is a part of a document or a form."""
    assert mentions(statistical_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        # election statement's reference list; other publishers' headlines in title case
        ("1. IMF, “IMF Executive Board Approves US$3 Billion Under the New Arrangement”, press release, 2023.\n",
         "IMF Executive Board", "IMF Executive Board Approves"),
        ("2. “World Bank Board Approves New Financing for Haiti”, press release, 2024.\n", "World Bank Board", "World Bank Board Approves"),
    ],
)
def test_a_headlines_verb_after_a_bodys_name_is_no_part_of_it(statistical_nlp, text, name, not_name):
    found = {t for _, t in mentions(statistical_nlp, text)}
    assert name in found and not_name not in found
