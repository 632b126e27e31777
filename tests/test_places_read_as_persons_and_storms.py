"""Names that situation reports, sanctions notices and flood updates write and the tool misread: a table's row of a
town and its state ("Sittwe Rakhine") or of a town and its crop ("Diffa Rice") read as one person, whose words then
became that person all through the document; places listed before a plural river, lake, valley or township noun;
a storm named with its head ("Tropical Storm Nestor") taken for a body; a field's abbreviation ("POB Doboj")
opening a place's name; a news agency, a research institute or a publisher cited after a work's title
("…", Reuters, 1 January 2024) missed; a state whose name ends in a body's head ("the Russian Federation")
read on over "to" into a body's name; the dateline of a report run into its title ("… poorly monitored Luxembourg, 8
July 2025") and a state labelling its section's topic ("Kosovo: elections and the north") read as parties; a table whose rows the text runs together on one line, storms listed after their plural head
("Hurricanes Eta and Iota"), a state before "to" read into its addressee's name ("in South Sudan to the Human Rights
Council"), a town left by someone ("officials left Juba") read as a party; the first author of a reference entry named surname
first before co-authors named in full ("Ratha, Dilip, Sonia Plaza, and Eung Ju Kim. 2024."), and a name with the
particle "delos", "ter" or "zu" read as a place; a sanctions entry's address ("Banja Luka 78000, Bosnia and
Herzegovina;") and its person named surname first again later ("support for STANIC, Nenad"); a state or a region
printed in capitals in a heading ("MYANMAR: Floods and Conflict Displacement") missed; an address's town before its
district and postal code ("Washington, DC 20224") read as a party, and "Time" in a heading as a town; a body's generic head alone
("the Alliance", "the Summit", towns of those names elsewhere) read as a place, and "Heads of State and Government"
as a body; a fiscal year written with two digits ("FY25") missed; a body's numbered meeting read as a body ("the 53rd Pacific
Islands Forum Leaders Meeting in Nuku'alofa"). Relations: a body's youth league, member gang or militia named in apposition ("the
Imbonerakure, the youth league of the ruling CNDD-FDD"), and a village in a regency, a township or a woreda ("Lemban
Tongoa, a village in Sigi regency"). Each with a case where the rule must not fire."""

import pytest
from test_relations import assert_stated, extractor  # noqa: F401 (the fixture)
from test_tagger import assert_labelled, labels_by_name, make_document, statistical  # noqa: F401 (the fixture)

from pipeline.core.mention import Mention
from pipeline.tagging.document_places import persons_made_of_places
from pipeline.tagging.furniture import flattened_tables
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.tagger import tag_document


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.load()


def guessed_person(start: int, text: str, origin: str = "model:test") -> Mention:
    return Mention(start, start + len(text), "ACTOR", text, None, None, "model", origin)


def named_alone(start: int, text: str) -> Mention:
    return Mention(start, start + len(text), "PLACE", text, None, None, "rule", "gazetteer:test")


def test_a_guessed_person_made_of_a_town_and_its_state_is_those_places(kb):
    text = "Sittwe Rakhine 38,400. Camps near Sittwe"
    split = persons_made_of_places(text, [guessed_person(0, "Sittwe Rakhine"), named_alone(34, "Sittwe")], kb, frozenset(), frozenset())
    assert [(m.label, m.text, m.start) for m in split] == [("PLACE", "Sittwe", 0), ("PLACE", "Rakhine", 7), ("PLACE", "Sittwe", 34)]


def test_a_word_the_document_writes_in_lower_case_goes_with_the_place_and_is_no_mention(kb):
    text = "Diffa Rice 610. The price of rice in Diffa"
    split = persons_made_of_places(text, [guessed_person(0, "Diffa Rice"), named_alone(37, "Diffa")], kb, frozenset({"Rice"}),
                                   frozenset({"rice"}))
    assert [(m.label, m.text) for m in split] == [("PLACE", "Diffa"), ("PLACE", "Diffa")]


def test_a_name_of_towns_no_word_of_which_the_document_names_alone_stays_a_person(kb):
    found = persons_made_of_places("Ali Hassan spoke first.", [guessed_person(0, "Ali Hassan")], kb, frozenset(), frozenset())
    assert [(m.label, m.text) for m in found] == [("ACTOR", "Ali Hassan")]


@pytest.mark.parametrize("name, given", [
    ("Marco Rubio", {"Marco"}),  # a given name opens a person's name, though "Rubio" is a town
    ("Ararat Mirzoyan", set()),  # "Mirzoyan" names no place
    ("Diffa Rice", set()),  # "rice" is not a word this document writes in lower case
])
def test_a_persons_name_stays_a_person(kb, name, given):
    found = persons_made_of_places(name, [guessed_person(0, name)], kb, frozenset(given), frozenset())
    assert [(m.label, m.text) for m in found] == [("ACTOR", name)]


def test_a_person_a_rule_found_is_left_alone(kb):
    titled = Mention(0, 14, "ACTOR", "Sittwe Rakhine", None, None, "rule", "names:title")
    assert persons_made_of_places("Sittwe Rakhine", [titled], kb, frozenset(), frozenset()) == [titled]


def test_a_table_row_read_as_a_person_lends_no_surname_to_its_towns(statistical):
    text = ("Township Region Displaced Of whom flood-affected Homalin Sagaing 22,400 20,100; "
            "Sittwe Rakhine 38,400 2,100. Medical teams operate in Homalin. Camps near Sittwe face food shortages.\n")
    tags = [(m.label, m.text) for m in tag_document(statistical, make_document(text))]
    assert ("ACTOR", "Sittwe") not in tags and ("ACTOR", "Homalin") not in tags
    assert tags.count(("PLACE", "Sittwe")) == 2


def test_a_persons_surname_still_names_the_person(statistical):
    found = labels_by_name(statistical, "Prime Minister Hun Manet met the envoy. Later, Manet said the talks would go on.")
    assert found.get("Manet") == "ACTOR"


@pytest.mark.parametrize("text, names", [
    ("In Honduras, the Ulúa and Chamelecón rivers broke their banks.", {"Ulúa": "PLACE", "Chamelecón": "PLACE"}),
    ("Kale, Mawlaik and Homalin townships are the worst hit.", {"Kale": "PLACE", "Homalin": "PLACE"}),
    # a river's name alone is not its noun's list: a body before "river" traffic stays a body
    ("The Kenya Ports Authority said river traffic resumed.", {"Kenya Ports Authority": "GROUP"}),
])
def test_names_listed_before_a_plural_feature_or_township_noun_are_places(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, storm", [
    ("The remnants of Tropical Storm Nestor caused floods in Alta Verapaz.", "Tropical Storm Nestor"),
    ("Cyclone Freddy struck Malawi in March 2023.", "Cyclone Freddy"),
])
def test_a_storm_named_with_its_head_is_no_mention(statistical, text, storm):
    assert storm not in labels_by_name(statistical, text)


def test_an_operation_named_with_its_head_is_still_a_body(statistical):
    assert labels_by_name(statistical, "The Storm Corps attacked the town of Kupiansk.").get("Storm Corps") == "GROUP"


@pytest.mark.parametrize("text, names", [
    ("2. STANIC, Nenad, Banja Luka; DOB 02 Nov 1979; POB Doboj, Bosnia and Herzegovina.",
     {"Doboj": "PLACE", "POB Doboj": None, "DOB": None}),
    # an abbreviation before English words keeps its place in a body's name
    ("We recommend four groups: AI Capabilities and Risks, AI Impacts, AI Accessibility, and AI and SDGs.",
     {"AI Capabilities and Risks": "GROUP", "Capabilities and Risks": None}),
])
def test_a_fields_abbreviation_opens_no_name(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("sentence, rows", [
    ("The [Imbonerakure](GROUP), the youth league of the ruling [CNDD-FDD](GROUP), beat opponents.",
     {("Imbonerakure", "CNDD-FDD"): "member_of"}),
    ("[Kraze Baryè](GROUP), a member gang of [Viv Ansanm](GROUP), attacked [Kenscoff](PLACE).",
     {("Kraze Baryè", "Viv Ansanm"): "member_of"}),
    # a league one body leads over others is no part of theirs
    ("[Saudi Arabia](ACTOR) leads the [Arab League](GROUP), which includes [Egypt](ACTOR).", {("Egypt", "Saudi Arabia"): None}),
])
def test_a_league_a_gang_or_a_militia_of_a_body_is_its_member(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("The attack hit [Lemban Tongoa](PLACE), a village in [Sigi](PLACE) regency, in November.",
     {("Lemban Tongoa", "Sigi"): "located_in"}),
    ("Troops shelled [Hpakant](PLACE), a town in [Kachin](PLACE) township, on Sunday.", {("Hpakant", "Kachin"): "located_in"}),
    # two places in one list lie in neither
    ("Floods hit [Kale](PLACE) and [Homalin](PLACE) townships.", {("Kale", "Homalin"): None, ("Homalin", "Kale"): None}),
])
def test_a_place_in_a_regency_or_a_township_lies_in_it(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("text, names", [
    ('[3] "Ethiopia signs pact to use Somaliland’s Red Sea port", Reuters, 1 January 2024.', {"Reuters": "GROUP"}),
    ('4. "Armenia after the Washington summit", Chatham House, London, 20 August 2025.', {"Chatham House": "GROUP"}),
    ("Oxford: Oxford University Press, 2019.", {"Oxford University Press": "GROUP", "Oxford": "PLACE"}),
    # a publisher named after a district or a surname is left out of the list: the district stays a place
    ("The institute moved from Bloomsbury to Brookings, South Dakota, in 2019.", {"Bloomsbury": "PLACE"}),
])
def test_news_agencies_research_institutes_and_publishers_are_bodies(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Flights from the Russian Federation to Egypt resumed in 2023.",
     {"Russian Federation to Egypt": None, "Russian Federation": "PLACE", "Egypt": "PLACE"}),
    # a body named after the state keeps it
    ("The Armed Forces of the Russian Federation struck the port.", {"Armed Forces of the Russian Federation": "GROUP"}),
])
def test_a_states_name_ending_in_a_bodys_head_names_no_body(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Ammunition support to Ukraine: deliveries lag and supply chains are poorly monitored Luxembourg, 8 July 2025 "
     "Executive summary I Since 2023 the EU has acted.", {"Luxembourg": "PLACE"}),
    ("Communiqué on the operations of AUSSOM Addis Ababa, Ethiopia, 14 February 2025 PSC/PR/COMM.1260",
     {"Addis Ababa": "PLACE", "Ethiopia": "PLACE"}),
    ("Pakistan faces climate risks. Washington, DC – March 25, 2025: An IMF team reached agreement.", {"Washington": "PLACE"}),
    ("Islamabad, March 25, 2025 - The government agreed.", {"Islamabad": "PLACE"}),
    # a party listed before the reference's place stays a party, and a year alone makes no dateline
    ("Joint statement of Malaysia, Thailand and Cambodia, Putrajaya, 28 July 2025.", {"Cambodia": "ACTOR", "Putrajaya": "PLACE"}),
    ("An assistance measure under the European Peace Facility in support of Rwanda, Brussels, 1 December 2022.",
     {"Rwanda": "ACTOR", "Brussels": "PLACE"}),
])
def test_a_datelines_place_is_where_the_text_was_issued(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_a_state_labelling_its_sections_topic_is_a_place_and_a_heading_of_states_lists_parties(statistical):
    text = "Kosovo: elections and the north\n\nBosnia and Herzegovina: the Dodik verdict\n\nTurkey and Iran\n"
    tags = [(m.label, m.text) for m in tag_document(statistical, make_document(text))]
    assert ("PLACE", "Kosovo") in tags and ("PLACE", "Bosnia and Herzegovina") in tags
    assert ("ACTOR", "Turkey") in tags and ("ACTOR", "Iran") in tags


def test_a_tables_rows_run_together_on_one_line_are_furniture():
    text = ("Military strength as at 31 May 2025 Country Staff officers Contingent troops Total Rwanda 42 2,701 2,743 "
            "India 38 2,351 2,389 Republic of Korea 9 273 282 Others (41 countries) 120")
    (start, end), = flattened_tables(text)
    assert text[start:end].startswith("Total Rwanda") and text[start:end].endswith("Korea 9 273 282")


@pytest.mark.parametrize("text", [
    "Kenya 1,200 3.4% and Uganda 900 2.1% grew in 2024.",  # two rows in a sentence are its figures
    "UNMISS reported Rwanda 42 2,701 and India 38 2,351, then Nepal 30 1,727 in May.",  # punctuation breaks the run
])
def test_figures_in_a_sentence_are_no_table(text):
    assert flattened_tables(text) == []


def test_names_in_a_table_run_together_are_no_mentions_and_the_sentence_before_keeps_its_own(statistical):
    found = labels_by_name(statistical, "UNMISS thanked the troop-contributing countries. Total Rwanda 42 2,701 2,743 "
                                        "India 38 2,351 2,389 Nepal 30 1,727 1,757 Ghana 18 712 730")
    assert found.get("UNMISS") == "GROUP" and not {"Rwanda", "India", "Nepal", "Ghana"} & set(found)


@pytest.mark.parametrize("text, names", [
    ("Hurricanes Eta and Iota, which struck Honduras in 2020, destroyed crops.",
     {"Hurricanes Eta": None, "Iota": None, "Honduras": "PLACE"}),
    ("See the report of the Commission on Human Rights in South Sudan to the Human Rights Council, March 2025.",
     {"South Sudan to the Human Rights Council": None, "Human Rights Council": "GROUP"}),
    # a body's own name that holds a state and "to" stays whole
    ("The Permanent Mission of Ethiopia to the United Nations issued a note.",
     {"Permanent Mission of Ethiopia to the United Nations": "GROUP"}),
    ("Several SPLM-IO officials nonetheless left Juba, and on 30 March the party suspended talks.", {"Juba": "PLACE"}),
])
def test_storms_listed_states_before_an_addressee_and_towns_left(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_a_reference_entrys_first_author_before_co_authors_in_full_is_a_person(statistical):
    text = ('References\n\nRatha, Dilip, Sonia Plaza, and Eung Ju Kim. 2024. "Remittances Slowed in 2023." Washington, '
            'DC: World Bank.\n\nKenya, Uganda, South Sudan and Ethiopia signed the pact.\n')
    tags = [(m.label, m.text) for m in tag_document(statistical, make_document(text))]
    assert ("ACTOR", "Ratha, Dilip") in tags
    assert not any(label == "ACTOR" and text.startswith("Kenya,") for label, text in tags)  # a list of states is no entry


@pytest.mark.parametrize("text, names", [
    ("The killing of Kian delos Santos, a 17-year-old student, in August 2017 caused outrage.",
     {"Kian delos Santos": "ACTOR", "Santos": None}),
    ("Gerard ter Horst met the mayor of Groningen.", {"Gerard ter Horst": "ACTOR"}),
])
def test_names_with_the_particles_delos_ter_and_zu_are_persons(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_the_states_of_a_sanctions_entry_locate_its_address_birth_and_nationality(statistical):
    text = ('1. KOVACEVIC, Dragan (Cyrillic: КОВАЧЕВИЋ, Драган) (a.k.a. "GAGI"), Bulevar vojvode Mišića 17, Banja Luka '
            "78000, Bosnia and Herzegovina; DOB 17 Mar 1971; POB Prijedor, Bosnia and Herzegovina; nationality Bosnia and "
            "Herzegovina; Gender Male.")
    tags = [(m.label, m.text) for m in tag_document(statistical, make_document(text + "\n"))]
    assert tags.count(("PLACE", "Bosnia and Herzegovina")) == 3 and ("GROUP", "DOB") not in tags


def test_a_year_before_a_comma_is_no_postal_code(statistical):
    assert labels_by_name(statistical, "By 2024, Kenya; by 2025, Uganda had signed.").get("Kenya") != "PLACE"


def test_a_person_named_surname_first_is_that_person_where_the_text_names_him_so_again(statistical):
    text = ("Individuals\n\n2. STANIC, Nenad, Trg Krajine 3, Banja Luka; DOB 02 Nov 1979.\n\nDesignated for having "
            "provided support for STANIC, Nenad. Legal Authorities follow.\n")
    tags = [(m.label, m.text) for m in tag_document(statistical, make_document(text))]
    assert tags.count(("ACTOR", "STANIC, Nenad")) == 2 and ("GROUP", "STANIC") not in tags


def test_a_state_or_a_region_in_capitals_in_a_heading_is_a_place(statistical):
    text = ("MYANMAR: Floods and Conflict Displacement in Sagaing\n\nSILENCING DISSENT IN CENTRAL AMERICA\n\n"
            "NIGER Food Security Outlook February 2025\n\nIBAR TRANSPORT DOO RASKA was designated.\n")
    tags = [(m.label, m.text) for m in tag_document(statistical, make_document(text))]
    assert {("PLACE", "MYANMAR"), ("PLACE", "CENTRAL AMERICA"), ("PLACE", "NIGER")} <= set(tags)
    assert ("PLACE", "RASKA") not in tags  # a town in a firm's registered name is no heading's place


def test_a_generic_head_alone_and_heads_of_state_are_no_mentions(statistical):
    found = labels_by_name(statistical, "Finland joined the Alliance in April 2023, ahead of the Summit in Washington, where "
                                        "Heads of State and Government met.")
    assert not {"Alliance", "Summit", "Heads of State and Government"} & set(found) and found.get("Washington") == "PLACE"
    # the body named in full stays a body
    found = labels_by_name(statistical, "The North Atlantic Alliance and the Alliance of Sahel States met in Vilnius.")
    assert found.get("North Atlantic Alliance") == "GROUP" and found.get("Alliance of Sahel States") == "GROUP"


def test_a_fiscal_year_of_two_digits_is_a_date_of_its_century(statistical):
    dates = {m.text: m.value for m in tag_document(statistical, make_document("The FY26 budget follows FY25, as in FY99; the FY25/26 "
                                                                            "plan and FY-25 are other shapes.\n"))
             if m.label == "DATE"}
    assert dates == {"FY26": "2026", "FY25": "2025", "FY99": "1999"}


def test_a_bodys_meeting_is_an_event_and_the_body_named_in_it_a_body(statistical):
    found = assert_labelled(statistical, "Australia announced A$100 million at the 53rd Pacific Islands Forum Leaders Meeting "
                                         "in Nuku'alofa in August 2024.", {"Pacific Islands Forum": "GROUP"})
    assert not any("Meeting" in name for name in found)
    # a numbered unit keeps its number
    assert labels_by_name(statistical, "The 33rd Front attacked the town.").get("33rd Front") == "GROUP"


@pytest.mark.parametrize("sentence, rows", [
    ("The [RED-Tabara](GROUP) rebels blamed for the attack on [Vugizo](PLACE) keep bases in [South Kivu](PLACE).",
     {("RED-Tabara", "Vugizo"): "attacks", ("RED-Tabara", "South Kivu"): "located_in"}),
    ("[Al-Shabaab](GROUP), which was blamed for the bombing in [Mogadishu](PLACE), denied it.",
     {("Al-Shabaab", "Mogadishu"): "attacks"}),
    # the places that locate a site struck in the same clause are no place of the attacker
    ("The [ISGS](GROUP) attacked a mosque in [Fambita](PLACE), near [Kokorou](PLACE).",
     {("ISGS", "Fambita"): "attacks", ("ISGS", "Kokorou"): None}),
])
def test_a_party_blamed_in_a_participle_or_a_relative_clause_did_the_attack(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


def test_a_town_before_its_districts_abbreviation_and_postal_code_is_an_addresss_place(statistical):
    found = labels_by_name(statistical, "Taxpayers should file Form 3115 with the Commissioner, 1111 Constitution Avenue, NW, "
                                        "Washington, DC 20224, or by mail.")
    assert found.get("Washington") == "PLACE"
    # a capital that acts, with no address after it, keeps acting
    assert labels_by_name(statistical, "Washington said on 3 May that talks with Moscow would go on.").get("Washington") == "ACTOR"


def test_a_headings_common_word_that_a_town_also_bears_is_no_place(statistical):
    text = "Time and Place for Filing\n\nApplicants must file this form within 180 days in Washington.\n"
    tags = [(m.label, m.text) for m in tag_document(statistical, make_document(text))]
    assert ("PLACE", "Time") not in tags and ("PLACE", "Washington") in tags
