"""Names and relations that mining, defence-industry and conflict briefs write and the tool misread: a firm closed
by a legal form that is also another abbreviation ("Tenke Fungurume Mining SA", "Nammo Lapua Oy"); a short name in
brackets that is no acronym ("Chemical of Africa SA (Chemaf)"); a Portuguese or French body's name with its own
head and "e" ("Centro para Democracia e Desenvolvimento (CDD)"); two bodies joined by "and" read as one; a state
that owns an act ("Kinshasa's suspension") or leaves its verb out ("but Uganda did not") read as a place; a citation
marker glued to a bracket ("(IOM).[3]"); the cells of a table flattened to lines read as mentions; a place named
before a site noun with an acronym between ("the Afungi LNG site"); the model's one place over a town and its
county. Relations: the place an attack with no named target strikes ("claimed the ambush that killed 11 soldiers in
Orakzai"), places listed before a unit noun ("on Kabul and Paktika province"), "the outskirts of" a town attacked,
a person "placed under house arrest in" a town, instructors "of" a body that arrive somewhere, worshippers killed
at a mosque in a town, a possessor the parser listed as a party ("the RSF and al-Hilu's SPLM-N"), "his arrest in"
a town, two persons with one plural title, one who describes unnamed people as members, "denied any role in" an
attack, a state or a one-word name listed beside organisations, an unknown name before "fighters", villages
listed "among them", a state's demonym read into a known body's name ("the Somali al-Shabaab"), "Jr." taken for
the head of the name before it, and the broker of a deal the clause's parties agree under ("Under a Qatar-brokered
deal, Kinshasa and the M23 agreed"). Each with a case where the rule must not fire."""

import pytest
from test_relations import assert_stated, extracted, extractor  # noqa: F401 (the fixture)
from conftest import ROOT
from test_tagger import assert_labelled, labels_by_name, make_document, statistical  # noqa: F401 (the fixture)

from pipeline.core.mention import Mention
from pipeline.tagging.document_places import split_guessed_pairs
from pipeline.tagging.furniture import furniture_lines, is_table_row
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.tagger import load_nlp, tag_document


def mentions(nlp, text: str) -> list[Mention]:
    return tag_document(nlp, make_document(text if text.endswith("\n") else text + "\n"))


@pytest.mark.parametrize("text, names", [
    ("KCC operates the mine; Kamoto Copper Company SA (KCC) is majority-owned.", {"Kamoto Copper Company SA": "GROUP"}),
    ("The Estonian Centre for Defence Investment and Nammo Lapua Oy signed contracts.", {"Nammo Lapua Oy": "GROUP"}),
    # a town, a state's abbreviation after a comma and an official's are no firm's legal form
    ("He flew from Cape Town SA to Johannesburg, SA, where the Deputy AG spoke.",
     {"Johannesburg": "PLACE", "Deputy AG": None, "Johannesburg, SA": None}),
])
def test_an_ambiguous_legal_form_closes_a_firms_name_of_two_words_or_more(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_a_short_name_in_brackets_after_a_firms_name_is_its_name_wherever_it_stands(statistical):
    found = labels_by_name(statistical, "Chemaf, the owner, lost the Mutoshi concession of Chemical of Africa SA "
                                        "(Chemaf) in 2020. Chemaf later defaulted.")
    assert found.get("Chemical of Africa SA") == "GROUP" and found.get("Chemaf") == "GROUP"
    tags = [(m.label, m.text) for m in mentions(statistical, "Saudi Arabia pledged US$20 million through the King Salman "
                                                             "Humanitarian Aid and Relief Centre (KSrelief). KSrelief also funds schools.")]
    assert tags.count(("GROUP", "KSrelief")) == 2


@pytest.mark.parametrize("text", [
    "The Rural Water Supply Programme (Rural) serves rural districts.",
    "Figures for the Northern Province (Northern) cover the northern highlands.",
])
def test_a_word_the_text_also_writes_in_lower_case_is_no_short_name(statistical, text):
    word = text.split("(")[1].split(")")[0]
    assert word not in labels_by_name(statistical, text)


@pytest.mark.parametrize("text, names", [
    ("Policy Brief No. 7 | Centro para Democracia e Desenvolvimento (CDD), Maputo | 18 March 2025",
     {"Centro para Democracia e Desenvolvimento": "GROUP", "CDD": "GROUP"}),
    ("Traders sell to depots of the Coopérative Minière pour le Développement de Kasulo (COMIDEKA).",
     {"Coopérative Minière pour le Développement de Kasulo": "GROUP", "COMIDEKA": "GROUP"}),
    ("The Sociedad Nacional de Minería met the Forças Armadas de Defesa de Moçambique (FADM).",
     {"Sociedad Nacional de Minería": "GROUP", "Forças Armadas de Defesa de Moçambique": "GROUP"}),
])
def test_romance_bodies_are_named_whole_by_their_own_head(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("In Latvia the State Defence Corporation and Nammo signed a memorandum.",
     {"State Defence Corporation": "GROUP", "State Defence Corporation and Nammo": None}),
    ("The Armenian Red Cross Society and Médecins Sans Frontières (MSF) ran health points.",
     {"Médecins Sans Frontières": "GROUP", "MSF": "GROUP",
      "Armenian Red Cross Society and Médecins Sans Frontières": None}),
    # "and" before the head, or after "of", is inside one name
    ("The Food and Agriculture Organization (FAO) and the Ministry of Health and Sanitation met.",
     {"Food and Agriculture Organization": "GROUP", "Ministry of Health and Sanitation": "GROUP"}),
    ("UNHCR and the Office of the Refugee Relief and Repatriation Commissioner (RRRC) registered arrivals.",
     {"Office of the Refugee Relief and Repatriation Commissioner": "GROUP", "RRRC": "GROUP"}),
])
def test_and_right_after_a_bodys_head_opens_a_second_name(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Kinshasa's suspension of cobalt exports lifted prices, and Zambia's target of three million tonnes looks distant.",
     {"Kinshasa": "ACTOR", "Zambia": "ACTOR"}),
    ("Kenya signed the deal, but Uganda did not.", {"Kenya": "ACTOR", "Uganda": "ACTOR"}),
    ("Estonia and Latvia have requested SAFE loans; Denmark and Sweden have not.", {"Denmark": "ACTOR", "Sweden": "ACTOR"}),
    # a state's parts and numbers are where things are, and "has too" after "has" repeats no act
    ("Mali's north remains unstable, and Nigeria's population keeps growing.", {"Mali": "PLACE", "Nigeria": "PLACE"}),
    ("Haiti has high food prices, and Jamaica has too.", {"Haiti": "PLACE", "Jamaica": "PLACE"}),
])
def test_a_state_owning_an_act_or_leaving_its_verb_out_acts(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, words", [
    ("the Organization for Migration (IOM).[3] Table", ["(", "IOM", ")", ".", "[", "3", "]", "Table"]),
    ("the “Plan”.[4] See", ["“", "Plan", "”", ".", "[", "4", "]", "See"]),
    # a bracket with no marker after it stays as the language splits it
    ("(IOM). Table", ["(", "IOM", ")", ".", "Table"]),
])
def test_a_bracket_or_quote_before_a_citation_marker_is_a_token_of_its_own(text, words):
    assert [t.text for t in load_nlp(None).make_doc(text)][-len(words):] == words


TABLE = """Table 1. Incidents and displacement in Cabo Delgado, 2024
District Incidents New displacement
Macomia 74 38,900
Chiúre 41 103,400
Mocímboa da Praia 36 12,150
Source: IOM, 2024.
Attacks in Macomia rose by 40 per cent in 2024.
"""


def test_the_rows_of_a_flattened_table_are_furniture_and_its_caption_and_prose_are_text(statistical):
    rows = [TABLE[start:end] for start, end in furniture_lines(TABLE)]
    assert rows == ["Macomia 74 38,900", "Chiúre 41 103,400", "Mocímboa da Praia 36 12,150"]
    places = [m for m in mentions(statistical, TABLE) if m.label == "PLACE"]
    assert [m.text for m in places] == ["Cabo Delgado", "Macomia"] and places[-1].start > TABLE.index("Attacks")


@pytest.mark.parametrize("line, row", [
    ("Country 2023 2024 2025 (est.)", True),
    ("Kenya 1,200 3.4%", True),
    # a sentence, a label with one figure and a long line of words are no rows
    ("Attacks rose by 12 40 per cent.", False),
    ("Total 151", False),
    ("Funding received by the cluster partners in the region so far 12 40", False),
])
def test_a_table_row_is_a_short_label_and_two_figures_or_more(line, row):
    assert is_table_row(line) is row


@pytest.mark.parametrize("text, names", [
    ("A decision on lifting force majeure at the Afungi LNG site will shape donor plans.", {"Afungi": "PLACE"}),
    ("KCC operates the Kamoto mine near Kolwezi.", {"Kamoto": "PLACE"}),
    # a body the knowledge base knows keeps its label before a site noun
    ("Protesters gathered at the UNICEF site.", {"UNICEF": "GROUP"}),
])
def test_a_name_before_a_site_noun_is_a_place(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_the_models_one_place_over_a_town_and_its_county_is_two_places():
    text = "Kiviõli in Ida-Viru County; Autonomous Region in Muslim Mindanao"
    guessed = [Mention(0, 26, "PLACE", text[0:26], None, None, "model", "model:test"),
               Mention(28, 64, "PLACE", text[28:64], None, None, "model", "model:test")]
    split = split_guessed_pairs(guessed, KnowledgeBase.load())
    assert [m.text for m in split] == ["Kiviõli", "Ida-Viru County", "Autonomous Region in Muslim Mindanao"]


@pytest.mark.parametrize("sentence, rows", [
    ("The [TTP](GROUP) claimed the ambush that killed 11 soldiers in [Orakzai](PLACE) district on "
     "[8 October 2025](DATE).", {("TTP", "Orakzai"): "attacks"}),
    ("[Jeeyand Baloch](ACTOR) said the [Majeed Brigade](GROUP) had carried out the bombing in [Karachi](PLACE) that "
     "killed two engineers.", {("Majeed Brigade", "Karachi"): "attacks"}),
    ("[Jamaat-ul-Ahrar](GROUP) was blamed by police for the bombing of a mosque in [Peshawar](PLACE).",
     {("Jamaat-ul-Ahrar", "Peshawar"): "attacks"}),
    # the victim of a strike does not attack where he died, and a named target leaves the place a setting
    ("[Hizbullah](GROUP) fired rockets at [Meron](PLACE) after the killing of its commander, [Fuad Shukr](ACTOR), "
     "who died in an Israeli strike in [Beirut](PLACE).", {("Fuad Shukr", "Beirut"): "located_in"}),
    ("[ISKP](GROUP) killed [Khalil Haqqani](ACTOR), the minister for refugees, in a suicide bombing in "
     "[Kabul](PLACE).", {("ISKP", "Khalil Haqqani"): "attacks", ("ISKP", "Kabul"): "located_in"}),
])
def test_the_place_an_attack_with_no_named_target_strikes_is_attacked(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[Pakistan](ACTOR) carried out air strikes on [Kabul](PLACE) and [Paktika](PLACE) province.",
     {("Pakistan", "Kabul"): "attacks", ("Pakistan", "Paktika"): "attacks"}),
    ("The [M23](GROUP) attacked the outskirts of [Goma](PLACE) in [January 2025](DATE).", {("M23", "Goma"): "attacks"}),
    ("[Riek Machar](ACTOR), the leader of the [SPLM-IO](GROUP), was placed under house arrest in [Juba](PLACE).",
     {("Riek Machar", "Juba"): "located_in"}),
    ("Some 100 Russian instructors of the [Africa Corps](GROUP) arrived in [Niamey](PLACE) in [April 2024](DATE).",
     {("Africa Corps", "Niamey"): "located_in"}),
    # sanctions place no one, and an unnamed place's outskirts name no party
    ("[Lobaye Invest](GROUP) was placed under sanctions by the [European Union](GROUP) in [Brussels](PLACE).",
     {("Lobaye Invest", "Brussels"): None}),
])
def test_units_listed_outskirts_house_arrest_and_instructors_reach_their_names(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("Gunmen from the [Islamic State Sahel Province](GROUP) killed at least 44 worshippers at a mosque in "
     "[Fambita](PLACE), near [Kokorou](PLACE) in the [Tillabéri](PLACE) region, on [21 March 2025](DATE).",
     {("Islamic State Sahel Province", "Fambita"): "attacks", ("Islamic State Sahel Province", "Kokorou"): None,
      ("Islamic State Sahel Province", "Tillabéri"): None}),
    # a named victim is the one attacked, the place only where
    ("The [ADF](GROUP) killed two soldiers of the [FARDC](GROUP) in [Beni](PLACE).",
     {("ADF", "FARDC"): "attacks", ("ADF", "Beni"): None}),
])
def test_killing_people_at_a_site_in_a_place_attacks_the_place_and_places_no_attacker(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("Meeting in [Nairobi](PLACE) in [February 2025](DATE), the [RSF](GROUP) and [Abdelaziz al-Hilu](ACTOR)'s "
     "[SPLM-N](GROUP) signed a charter founding the [Tasis](GROUP) coalition.",
     {("RSF", "SPLM-N"): "agreement_with", ("RSF", "Abdelaziz al-Hilu"): None,
      ("Abdelaziz al-Hilu", "SPLM-N"): "leads"}),
    ("[Sisiku Julius Ayuk Tabe](ACTOR), who led the [Interim Government of Ambazonia](GROUP) until his arrest in "
     "[Abuja](PLACE), is serving a life sentence.", {("Sisiku Julius Ayuk Tabe", "Abuja"): "located_in"}),
    # the capture of a town places no one in it
    ("The capture of [Goma](PLACE) in [January 2025](DATE) shocked [Kinshasa](ACTOR).", {("Kinshasa", "Goma"): None}),
    ("The [Tbilisi City Court](GROUP) sentenced [Nika Melia](ACTOR) and [Nika Gvaramia](ACTOR), leaders of the "
     "[Coalition for Change](GROUP), to eight months in prison.",
     {("Nika Melia", "Coalition for Change"): "leads", ("Nika Gvaramia", "Coalition for Change"): "leads"}),
    # one who describes unnamed people as members of a group is none of them; one described by name is
    ("A strike killed eleven people whom [Trump](ACTOR) described as members of the [Tren de Aragua](GROUP).",
     {("Trump", "Tren de Aragua"): None}),
    ("[Trump](ACTOR) described [Maduro](ACTOR) as the leader of the [Cartel de los Soles](GROUP).",
     {("Maduro", "Cartel de los Soles"): "leads", ("Trump", "Cartel de los Soles"): None}),
])
def test_possessors_listed_arrests_plural_appositions_and_descriptions_reach_the_right_party(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, negated", [
    ("[Los Lobos](GROUP) have denied any role in the assassination of [Fernando Villavicencio](ACTOR).", True),
    ("[Los Lobos](GROUP) denied involvement in the killing of [Fernando Villavicencio](ACTOR).", True),
    # a role played is no denial
    ("[Los Lobos](GROUP) played a role in the killing of [Fernando Villavicencio](ACTOR).", False),
])
def test_denying_a_role_in_an_event_denies_the_event(extractor, sentence, negated):
    rows = [r for r in extracted(extractor, sentence) if r["kind"] == "attacks"]
    assert [r["negated"] for r in rows] == [negated]


@pytest.mark.parametrize("text, names", [
    ("After 2027, the gap falls to the European Union, Japan and the African Development Bank.", {"Japan": "ACTOR"}),
    ("The Norwegian Refugee Council (NRC) and Alight have distributed 3,500 kits in Tawila.", {"Alight": "GROUP"}),
    ("The mission rests on short-term financing and on Maputo's own budget.", {"Maputo": "ACTOR"}),
    # a list that is a setting, a reference's parts, and a person's surname after the full name stay as they were
    ("Refugees arrived in Kenya, Uganda and the camps run by UNHCR.", {"Kenya": "PLACE", "Uganda": "PLACE"}),
    ("See the proclamation of the Constitutional Council, Yaoundé, 27 October 2025.", {"Yaoundé": "PLACE"}),
    ("Filippo Grandi visited the camps. Later UNHCR and Grandi appealed for funds.", {"Grandi": "ACTOR"}),
])
def test_a_name_listed_beside_organisations_takes_part_as_they_do(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("In Ancuabe and Meluco, Naparama fighters have clashed with insurgents since 2024.", {"Naparama": "GROUP"}),
    ("Armenia agreed to return four abandoned villages, among them Baganis Ayrum and Ghizilhajili.",
     {"Baganis Ayrum": "PLACE", "Ghizilhajili": "PLACE"}),
    # a demonym before fighters and a sentence's first word name no body
    ("Sudanese fighters crossed the border in May.", {"Sudanese": None}),
    ("Many fighters crossed; Several militants returned.", {"Several": None}),
])
def test_an_unknown_name_before_fighters_is_a_body_and_names_among_listed_villages_are_places(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("It has no link to the Somali al-Shabaab.", {"al-Shabaab": "GROUP", "Somali al-Shabaab": None}),
    # a name the knowledge base knows whole keeps its demonym, and a community's name is no state's demonym
    ("The Syrian Democratic Forces met the Kurdish Democratic Union Party.",
     {"Syrian Democratic Forces": "GROUP", "Kurdish Democratic Union Party": "GROUP"}),
])
def test_a_states_demonym_before_a_known_body_stays_outside_its_name(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("sentence, rows", [
    ("Addressing the summit, [Ferdinand Marcos](ACTOR) Jr., the president of the [Philippines](ACTOR), accused "
     "[China](ACTOR) of unlawful manoeuvres.",
     {("Ferdinand Marcos", "Philippines"): "leads", ("Ferdinand Marcos", "China"): "opposes"}),
    ("[Martin Luther King](ACTOR) Jr., a member of the [SCLC](GROUP), spoke.", {("Martin Luther King", "SCLC"): "member_of"}),
    # a name with no suffix is read as before
    ("[Enrique Manalo](ACTOR), the foreign secretary of the [Philippines](ACTOR), spoke.",
     {("Enrique Manalo", "Philippines"): "member_of"}),
])
def test_a_generations_suffix_hands_the_names_place_and_apposition_to_the_name(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("Under a [Qatar](ACTOR)-brokered deal, [Kinshasa](ACTOR) and the [M23](GROUP) agreed to a ceasefire.",
     {("Qatar", "Kinshasa"): "mediates", ("Qatar", "M23"): "mediates"}),
    # an event hosted is no talks, and a deal named with no parties mediates none
    ("The [Qatar](ACTOR)-hosted World Cup drew praise from [FIFA](GROUP).", {("Qatar", "FIFA"): None}),
])
def test_the_broker_of_a_deal_a_clause_is_under_mediates_for_its_subjects(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)



def test_rules_only_mode_reads_no_list_off_a_parse_it_does_not_have(run, tmp_path):
    # the list rule once read conjuncts off this unparsed document, which killed the worker (signal 11)
    text = ROOT / "annotations" / "gold" / "insight-congress-taiwan-arms-sales.txt"
    result = run(text, "--out", tmp_path, "--rules-only", "-j", "1")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "insight-congress-taiwan-arms-sales.ann").read_text(encoding="utf-8").count("\tGROUP ") > 20
