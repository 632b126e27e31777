"""Places that no list knows, typed by a general signal: a lower-case site noun after the name ("the Adji Kossei
base"), a verb whose object is only ever a place ("the army shelled Geissan"), a numbered apposition after a list
("Kimbau and Lutete, two villages"), a feature head ("the Bolan Pass"), a unit noun after a sentence's first word
("Maungdaw township fell"), a numbered camp ("Camp 11"); and a person's name before a hyphened modifier ("the
Okonjo-Iweala-led WTO") stays a person's. Each is pinned on sentences of several regions, with sentences where it
must not fire."""

import pytest
from test_tagger import labels_by_name as tagged


@pytest.mark.parametrize("text, place", [
    ("The last troops left the Adji Kossei base in N'Djamena on 30 January 2025.", "Adji Kossei"),  # Chad
    ("Contractors are reported to protect the Afungi site near Palma.", "Afungi"),  # Mozambique
    ("Vietnam has expanded its Spratly outposts since 2021.", "Spratly"),  # South China Sea
    ("Soldiers manned the Kerem Shalom checkpoint.", "Kerem Shalom"),  # Gaza
])
def test_a_name_before_a_site_noun_the_model_guessed_a_body_or_a_person_is_a_place(statistical_nlp, text, place):
    assert tagged(statistical_nlp, text).get(place) == "PLACE"


def test_a_known_body_before_a_site_noun_stays_a_body(statistical_nlp):
    assert tagged(statistical_nlp, "Troops raided an al-Shabaab base near Jilib.").get("al-Shabaab") == "GROUP"


@pytest.mark.parametrize("text, places", [
    ("The army shelled Kurmuk, Yabus and Geissan.", ["Kurmuk", "Yabus", "Geissan"]),  # Sudan
    ("Gunmen stormed Kimbau and Lutete.", ["Kimbau", "Lutete"]),  # DRC
    ("Gunmen attacked Kimbau and Lutete, two villages in Masisi territory.", ["Kimbau", "Lutete", "Masisi"]),
])
def test_guessed_persons_shelled_stormed_or_called_villages_are_places(statistical_nlp, text, places):
    labels = tagged(statistical_nlp, text)
    assert [labels.get(p) for p in places] == ["PLACE"] * len(places)


@pytest.mark.parametrize("text, person", [
    ("Police arrested Abdel Wahid in Khartoum.", "Abdel Wahid"),  # persons are arrested, visited, sent
    ("The delegation visited Mohamed Bazoum in detention.", "Mohamed Bazoum"),
    ("Rebels besieged Abdullahi Yusuf's home.", "Abdullahi Yusuf"),  # the possessor of what is besieged
])
def test_a_person_after_a_verb_that_also_takes_persons_stays_a_person(statistical_nlp, text, person):
    assert tagged(statistical_nlp, text).get(person) == "ACTOR"


@pytest.mark.parametrize("text, place", [
    ("Fighters blew up the track in the Bolan Pass on 11 March.", "Bolan Pass"),  # Pakistan
    ("The convoy was stopped on the road to the Salang Pass.", "Salang Pass"),  # Afghanistan
])
def test_a_pass_or_forest_no_list_knows_is_named_by_its_head(statistical_nlp, text, place):
    assert tagged(statistical_nlp, text).get(place) == "PLACE"


def test_a_unit_noun_after_a_sentences_first_proper_noun_makes_it_a_place(statistical_nlp):
    assert tagged(statistical_nlp, "Maungdaw township fell in December 2024.").get("Maungdaw") == "PLACE"


@pytest.mark.parametrize("text", [
    "Recommendations Avoid road and rail travel after dark.",  # a verb opening an instruction
    "Refugee camps are full.",  # English words
    "Transit camps were set up.",
])
def test_a_sentences_first_word_before_a_unit_noun_is_no_place_unless_a_name(statistical_nlp, text):
    assert [label for label in tagged(statistical_nlp, text).values() if label == "PLACE"] == []


@pytest.mark.parametrize("text, camp", [
    ("Partners reported that a fire in Camp 11 on 7 June destroyed 112 shelters.", "Camp 11"),  # Bangladesh
    ("Families moved from Site 2 to the new camp.", "Site 2"),  # Thai border
])
def test_a_numbered_camp_is_a_place(statistical_nlp, text, camp):
    assert tagged(statistical_nlp, text).get(camp) == "PLACE"


@pytest.mark.parametrize("text", ["Camps 4, 9 and 26 were flooded.", "In Camp 4, 9 and 26 the water rose."])
def test_a_list_of_camp_numbers_names_no_place(statistical_nlp, text):
    assert not any(name.startswith("Camp") for name in tagged(statistical_nlp, text))


@pytest.mark.parametrize("text, person", [
    ("The Ngozi Okonjo-Iweala-led WTO published its forecast.", "Ngozi Okonjo-Iweala"),
    ("The Abiy Ahmed-era reforms stalled.", "Abiy Ahmed"),
])
def test_a_persons_name_before_a_hyphened_modifier_stays_a_person(statistical_nlp, text, person):
    assert tagged(statistical_nlp, text).get(person) == "ACTOR"


@pytest.mark.parametrize("text, ends", [
    ("Both should reopen the Aranyaprathet–Poipet gate for trade.", ["Aranyaprathet", "Poipet"]),  # Thailand-Cambodia
    ("The Kidal-Tessalit axis remains closed.", ["Kidal", "Tessalit"]),  # Mali
    ("The Mosul-Dohuk road was cut.", ["Mosul", "Dohuk"]),  # Iraq
    ("Convoys use the Port Sudan–Kassala highway.", ["Port Sudan", "Kassala"]),  # Sudan
])
def test_the_ends_of_a_route_named_by_them_are_two_places(statistical_nlp, text, ends):
    labels = tagged(statistical_nlp, text)
    assert [labels.get(end) for end in ends] == ["PLACE", "PLACE"]


@pytest.mark.parametrize("text, name", [
    ("Workers on the Trans-Papua highway were killed.", "Papua"),  # a prefix of one road's name
    ("The Sino-Russian border is long.", "Sino"),  # a combining form
    ("Fighters attacked the Hamas-Fatah line.", "Fatah"),  # bodies, not places
])
def test_a_prefix_a_demonym_or_a_body_before_a_route_noun_is_no_route_end(statistical_nlp, text, name):
    assert tagged(statistical_nlp, text).get(name) != "PLACE"


def test_route_ends_cuts_a_name_read_across_the_dash_and_keeps_other_mentions():
    from pipeline.core.mention import Mention
    from pipeline.tagging.knowledge_base import KnowledgeBase
    from pipeline.tagging.route_ends import route_ends

    text = "UNHCR said the Mosul-Dohuk road was cut."
    whole = Mention(14, 25, "PLACE", "Mosul-Dohuk", "mosul-dohuk", None, "rule", "names:hyphenated-whole")
    other = Mention(0, 5, "GROUP", "UNHCR", "unhcr", None, "rule", "gazetteer:curated")
    found = route_ends(text, [other, whole], KnowledgeBase.load(), frozenset({"road"}), frozenset(), frozenset({"Trans"}))
    assert [(m.text, m.label) for m in found] == [("UNHCR", "GROUP"), ("Mosul", "PLACE"), ("Dohuk", "PLACE")]
    unknown = "UNHCR said the Attari-Wagah road was cut."  # neither end a known place: nothing to anchor the pair
    assert route_ends(unknown, [other], KnowledgeBase.load(), frozenset({"road"}), frozenset(), frozenset()) == [other]


@pytest.mark.parametrize("text, person", [
    ("Xi met Modi in Kazan.", "Modi"),  # no place is met
])
def test_a_name_the_model_guessed_a_place_as_the_object_of_meeting_is_a_person(statistical_nlp, text, person):
    assert tagged(statistical_nlp, text).get(person) == "ACTOR"


def test_a_guessed_place_after_a_verb_of_capture_stays_a_place(statistical_nlp):
    assert tagged(statistical_nlp, "The army retook Kalehe.").get("Kalehe") == "PLACE"


@pytest.mark.parametrize("text, person, body", [
    # Moldova briefing; AU and UN usage: a body's office before a given name is a title, the person after it a person
    ("In early February 2025 Commission President Ursula von der Leyen announced a package.", "Ursula von der Leyen", None),
    ("AU Commission Chairperson Moussa Faki Mahamat spoke.", "Moussa Faki Mahamat", "AU Commission"),
    ("UNHCR Representative Ivo Freijsen visited the camp.", "Ivo Freijsen", "UNHCR"),
    ("The Ministry of Health Director Maria Lopez spoke.", "Maria Lopez", "Ministry of Health"),
])
def test_a_title_after_a_bodys_words_was_read_as_part_of_the_body(statistical_nlp, text, person, body):
    labels = tagged(statistical_nlp, text)
    assert labels.get(person) == "ACTOR"
    assert [name for name, label in labels.items() if label == "GROUP"] == ([body] if body else [])


def test_a_title_inside_a_bodys_name_with_no_given_name_after_it_stays_in_the_name(statistical_nlp):
    assert tagged(statistical_nlp, "The Estado Mayor Central split.").get("Estado Mayor Central") == "GROUP"


@pytest.mark.parametrize("text, place", [
    ("Fighting reached the outskirts of Kurmuk on Tuesday.", "Kurmuk"),  # Sudan
    ("Residents of Geissan fled to the hills.", "Geissan"),
    ("Refugees reached the edge of Yabus.", "Yabus"),
    ("The road to Kimbau was blocked.", "Kimbau"),  # DRC
    ("Displaced families settled in Kimbau, which borders Lutete.", "Lutete"),
])
def test_a_name_after_a_part_of_a_settlement_a_road_or_bordering_is_a_place(statistical_nlp, text, place):
    assert tagged(statistical_nlp, text).get(place) == "PLACE"


@pytest.mark.parametrize("text, name, label", [
    ("The heart of the SPLM-IO leadership was arrested.", "SPLM-IO", "GROUP"),  # a known body stays one
    ("The road to peace runs through Doha.", "Doha", "PLACE"),
])
def test_a_known_body_after_a_part_noun_stays_a_body(statistical_nlp, text, name, label):
    assert tagged(statistical_nlp, text).get(name) == label
