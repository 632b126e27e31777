"""Names and paragraphs that reports written outside the development set print and the tagger or cleaner misread: a
bracketed citation marker after a sentence's full stop ("Bangladesh.[3]"), which left the stop inside the name or cut
the date before it and kept a paragraph open into the heading after it; a company's legal form ("Co., Ltd.", "L.L.C.",
"DMCC", "OOO"), which makes the name a firm's and belongs to it; an administrative unit or metropolitan area named by a
known place ("Odesa Oblast", "Greater Odesa"), which the model takes for an organisation; a name holding an
acronym ("MoD KNDS Deutschland"), no person's, whose words no other name takes for a family name; reference entries
with several authors surname first ("Kovalenko, Iryna and Fischer, Jonas, Title"); a portfolio's word that opens a
title after a name ("Philippine Foreign Secretary X"), which the model ran the name up to; a state whose stance is
named ("Russia's emphasis on"), which takes part; a name set off after a country, which is no region of it ("the
Envoy for Sudan, Ramtane Lamamra, met"); a note's number printed after a full stop ("Tobruk.2"); and Russian given
names in their usual romanisations ("Yevgeny", "Dmitry"). Each with a case where the rule must not fire."""

import pytest
from test_tagger import labels_by_name, statistical  # noqa: F401 (the fixture)

from pipeline.extract.ingest import load_document
from pipeline.extract.text_patterns import ends_sentence
from pipeline.tagging.tagger import load_nlp


@pytest.mark.parametrize("text, words", [
    ("largely to Egypt and Bangladesh.[3] Table", ["Bangladesh", ".", "[", "3", "]", "Table"]),
    ("the gauge on 2 September.[1] Some", ["2", "September", ".", "[", "1", "]", "Some"]),
    # a note's number printed on the line after the stop
    ("the port of Tobruk.2 The", ["Tobruk", ".", "2", "The"]),
    ("Nusrat al-Islam wal-Muslimin (JNIM).5 Sudan", ["JNIM", ")", ".", "5", "Sudan"]),
    # an abbreviation keeps its last dot; a decimal stays one number
    ("the U.S.[3] The", ["the", "U.S.", "[", "3", "]", "The"]),
    ("in version 2.1 of", ["version", "2.1", "of"]),
])
def test_a_sentences_full_stop_before_a_citation_marker_is_a_token_of_its_own(text, words):
    assert [t.text for t in load_nlp(None).make_doc(text)][-len(words):] == words


def test_a_name_and_a_date_before_a_citation_marker_keep_their_words_and_leave_the_stop_out(statistical):
    found = labels_by_name(statistical, "Exports go largely to Egypt and Bangladesh.[3] The level peaked on 2 "
                                        "September.[1] Some 9,000 households fled.")
    assert found.get("Bangladesh") == "PLACE" and found.get("2 September") == "DATE"
    assert "Bangladesh." not in found and "2" not in found


@pytest.mark.parametrize("text, ends", [
    ("It controls little beyond the main towns.[2]", True),
    ("Exports fell.[5][6]", True),
    ("as reported in the survey[2]", False),  # a marker without a stop ends no sentence
])
def test_a_citation_marker_after_a_full_stop_ends_the_sentence(text, ends):
    assert ends_sentence(text) is ends


def test_a_paragraph_closed_by_a_citation_marker_is_not_run_into_the_heading_after_it(tmp_path):
    path = tmp_path / "analysis.txt"
    path.write_text(
        "Fano remains fragmented, and the regional administration controls little beyond the main towns.[2]\n\n"
        "II. Tigray after Pretoria\n\n"
        "The Tigray People's Liberation Front has broken in two, and its rival wings now govern different districts.\n",
        encoding="utf-8")
    doc = load_document(path)
    assert [doc.text[start:end].rstrip("\n") for start, end in doc.paragraphs][1] == "II. Tigray after Pretoria"


@pytest.mark.parametrize("text, firms", [
    ("The ERC added Al Noor Horizon General Trading L.L.C. and Tarsheed Electronics DMCC to the list.",
     ["Al Noor Horizon General Trading L.L.C.", "Tarsheed Electronics DMCC"]),
    ("Shenzhen Huarui Xinda Electronics Co., Ltd. is added because it shipped chips.",
     ["Shenzhen Huarui Xinda Electronics Co., Ltd."]),
    ("The company, also known as OOO Avtomatika-Servis, sold drone parts.", ["OOO Avtomatika-Servis"]),
    # a name no mention took, with the town that opens it
    ("The ERC determined to add Beijing Zhongke Tianyu Navigation Technology Co., Ltd. for supplying parts.",
     ["Beijing Zhongke Tianyu Navigation Technology Co., Ltd."]),
])
def test_a_name_with_a_legal_form_is_a_firm_and_the_form_belongs_to_it(statistical, text, firms):
    found = labels_by_name(statistical, text)
    assert {firm: found.get(firm) for firm in firms} == {firm: "GROUP" for firm in firms}
    assert not {"Ltd.", "Co."} & found.keys()


def test_an_acronym_that_is_also_a_legal_form_stays_the_body_it_names(statistical):
    found = labels_by_name(statistical, "The Presidential Leadership Council (PLC) met in Aden; the PLC said so.")
    assert found.get("PLC") == "GROUP"


@pytest.mark.parametrize("text, place", [
    ("Russian strikes on Odesa Oblast intensified in spring.", "Odesa Oblast"),
    ("Ships leave Greater Odesa every day.", "Greater Odesa"),
    ("Strikes hit Kharkiv Oblast overnight.", "Kharkiv Oblast"),
])
def test_a_unit_or_metropolitan_area_named_by_a_known_place_is_a_place(statistical, text, place):
    assert labels_by_name(statistical, text).get(place) == "PLACE"


def test_a_body_named_by_a_known_place_stays_a_body(statistical):
    assert labels_by_name(statistical, "The Odesa Regional Council met on Monday.").get("Odesa Regional Council") == "GROUP"


def test_a_name_holding_an_acronym_is_no_persons(statistical):
    found = labels_by_name(statistical, "Boxer vehicles are built by ARTEC, a joint venture of Rheinmetall and KNDS "
                                        "Deutschland.\nLeopard 2A8 LT MoD KNDS Deutschland 950 FY2024 0 of 44")
    assert found.get("KNDS Deutschland") == "GROUP" and found.get("MoD KNDS Deutschland") != "ACTOR"
    # two initials are a person's ("JD Vance")
    assert labels_by_name(statistical, "JD Vance said so.").get("JD Vance") == "ACTOR"


@pytest.mark.parametrize("text, authors", [
    ("4. Kovalenko, Iryna and Fischer, Jonas, War Risk and Grain, Policy Note 7, May 2025.",
     ["Kovalenko, Iryna", "Fischer, Jonas"]),
    ("3. Adler, Gustavo, Nicolás Magud and Alejandro Werner. 2023. Terms-of-Trade Cycles.",
     ["Adler, Gustavo", "Nicolás Magud", "Alejandro Werner"]),
    ("Zeitoun, Mark, and Jeroen Warner. 2006. Hydro-hegemony. Water Policy 8 (5): 435–460.",
     ["Zeitoun, Mark", "Jeroen Warner"]),
])
def test_several_authors_of_a_reference_entry_surname_first(statistical, text, authors):
    found = labels_by_name(statistical, text)
    assert {a: found.get(a) for a in authors} == {a: "ACTOR" for a in authors}


def test_a_list_of_countries_is_no_reference_entry(statistical):
    found = labels_by_name(statistical, "Delegations from Jordan, Georgia, Armenia and Egypt attended.")
    assert "Jordan, Georgia" not in found and found.get("Georgia") == "ACTOR"


def test_a_portfolios_word_before_a_title_is_no_part_of_a_name(statistical):
    found = labels_by_name(statistical, "Marco Rubio told Philippine Foreign Secretary Enrique Manalo that the treaty "
                                        "applies.\nCongress may expand Foreign Military Financing.")
    assert found.get("Enrique Manalo") == "ACTOR" and "Philippine Foreign" not in found and "Foreign" not in found
    # a name that ends in such a word before no title
    assert labels_by_name(statistical, "The Ministry of Foreign Affairs said so.").get("Ministry of Foreign Affairs") == "GROUP"


@pytest.mark.parametrize("text, state, label", [
    ("China echoed Russia's emphasis on national ownership.", "Russia", "ACTOR"),
    ("Kenya's call for a ceasefire went unheeded.", "Kenya", "ACTOR"),
    # a state's land or its people are no stance
    ("Russia's north is cold.", "Russia", "PLACE"),
])
def test_a_state_whose_stance_is_named_takes_part(statistical, text, state, label):
    assert labels_by_name(statistical, text).get(state) == label


def test_a_name_set_off_after_a_country_is_no_region_of_it(statistical):
    found = labels_by_name(statistical, "On 14 April, the Secretary-General's Personal Envoy for Sudan, Ramtane "
                                        "Lamamra, met the general in Port Sudan.")
    assert found.get("Ramtane Lamamra") != "PLACE"
    # a town and its region stay places
    found = labels_by_name(statistical, "The navy uses Naval Base Camilo Osias in Santa Ana, Cagayan, which faces "
                                        "Taiwan. Clashes erupted in Beledweyne, Hiraan, on Monday.")
    assert found.get("Cagayan") == "PLACE" and found.get("Hiraan") == "PLACE"


@pytest.mark.parametrize("text, person", [
    ("The campaign has survived the death of Yevgeny Prigozhin.", "Yevgeny Prigozhin"),
    ("The group was founded by Dmitry Utkin in 2014.", "Dmitry Utkin"),
])
def test_russian_given_names_open_a_persons_name(statistical, text, person):
    assert labels_by_name(statistical, text).get(person) == "ACTOR"


def test_a_town_named_like_a_given_name_stays_a_town(statistical):
    assert labels_by_name(statistical, "Refugees reached Vladimir and Yaroslavl on Monday.").get("Vladimir") == "PLACE"
