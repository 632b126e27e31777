"""Spans of names: lists of full names, titles of office, evidence codes and ships are no names of their own."""

import pytest
from test_tagger import make_document

from pipeline.tagging.tagger import load_nlp, tag_document


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("auto")


def found(nlp, text):
    return [(m.label, m.text) for m in tag_document(nlp, make_document(text))]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Talks resumed in Cairo, with Witkoff, Jared Kushner, Rashad and Ibrahim Kalin, the head of Turkish intelligence.",
         {"Jared Kushner", "Ibrahim Kalin"}),
        ("The delegation included Amina Yusuf, Grace Otieno and Peter Mwangi, who arrived from Nairobi.", {"Amina Yusuf", "Grace Otieno"}),
    ],
)
def test_surname_and_next_given_name_in_a_list_were_read_as_one_inverted_name(nlp, text, names):
    texts = {t for _, t in found(nlp, text)}
    assert names <= texts and not [t for t in texts if "," in t]


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("I thank Mr. Diagne and the Force Commander for their leadership.", "Force Commander"),
        ("The Mission Chief briefed the Council in New York on Monday.", "Mission Chief"),
        ("6. Mr Tomas Varga, Senior Fellow at the Central European Naval Institute, said shipping had recovered.", "Fellow"),
        ("Dr Aisha Bello, a Research Fellow at the Lagos Institute of Policy, disagreed.", "Fellow"),
    ],
)
def test_a_title_of_office_was_read_as_a_body_or_a_person(nlp, text, wrong):
    assert not [t for _, t in found(nlp, text) if t == wrong or t.endswith(" " + wrong)]


def test_office_of_the_president_stays_a_body(nlp):
    assert ("GROUP", "Office of the President") in found(nlp, "The Office of the President issued a statement.")


@pytest.mark.parametrize(
    "text, code",
    [
        ("Written evidence: Romanian Ministry of Foreign Affairs (BSS0001), 14 May 2025.", "BSS0001"),
        ("Submission by the Kenya Ports Authority (KPA0042) to the committee.", "KPA0042"),
    ],
)
def test_evidence_id_was_taken_for_the_bodys_acronym(nlp, text, code):
    assert code not in {t for _, t in found(nlp, text)}


@pytest.mark.parametrize(
    "text, ship",
    [
        ("Its flagship, the cruiser Moskva, was sunk in April 2022.", "Moskva"),
        ("The frigate Almirante Tamandaré docked in Lisbon.", "Almirante Tamandaré"),
        # after the prefix of a navy's or a merchant ship's name (guidelines, section 4: vessels are not annotated)
        ("The coast guard vessel BRP Teresa Magbanua was sent to the shoal.", "Teresa Magbanua"),
        ("Houthi drones struck the MV Galaxy Leader off Hodeidah.", "Galaxy Leader"),
    ],
)
def test_ship_named_after_its_class_noun_was_taken_for_a_place(nlp, text, ship):
    assert ship not in {t for _, t in found(nlp, text)}


def test_a_state_after_a_ship_noun_stays_the_state(nlp):
    assert "Ukraine" in {t for _, t in found(nlp, "The tanker Ukraine chartered sailed to Odesa.")}


@pytest.mark.parametrize(
    "text, body, topic",
    [
        ("The position of the United Nations on Varosha remains unchanged.", "United Nations", "United Nations on Varosha"),
        ("The stance of the African Union on Tigray has hardened.", "African Union", "African Union on Tigray"),
    ],
)
def test_known_organisation_absorbed_the_topic_after_on(nlp, text, body, topic):
    texts = {t for _, t in found(nlp, text)}
    assert body in texts and topic not in texts


def test_a_name_with_on_inside_stays_whole(nlp):
    assert ("GROUP", "United Nations Conference on Trade and Development") in found(
        nlp, "The United Nations Conference on Trade and Development met in Geneva.")


@pytest.mark.parametrize(
    "text, whole",
    [
        ("The talks at Crans-Montana, Switzerland, failed. On the Crans-Montana conference, see the report.", "Crans-Montana"),
        ("Road workers on the Trans-Papua highway were killed in December 2018.", "Trans-Papua"),
        ("Supplies moved along the Trans-Sahara highway from Algiers.", "Trans-Sahara"),
    ],
)
def test_hyphenated_name_was_cut_at_its_hyphen(nlp, text, whole):
    texts = [t for _, t in found(nlp, text)]
    assert whole in texts and not [t for t in texts if t != whole and t in whole.split("-")]


def test_two_names_joined_by_a_hyphen_stay_two(nlp):
    texts = {t for _, t in found(nlp, "The Russia-Ukraine war closed the Ethiopia-Eritrea border talks.")}
    assert {"Russia", "Ukraine"} <= texts and "Russia-Ukraine" not in texts
    texts = {t for _, t in found(nlp, "The US-Israeli plan and the Kenya-Somali talks stalled.")}
    assert "US-Israeli" not in texts and "Kenya-Somali" not in texts


@pytest.mark.parametrize(
    "text, person",
    [
        ("A dialogue of the kind that the late Father Neles Tebay and the Papua Peace Network proposed.", "Neles Tebay"),
        ("Sister Dorothy Stang was killed in Pará in 2005.", "Dorothy Stang"),
    ],
)
def test_religious_title_father_was_kept_in_the_persons_name(nlp, text, person):
    assert ("ACTOR", person) in found(nlp, text)


def _mention(text, name, label="ACTOR", nth=0):
    from pipeline.core.mention import Mention
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), label, name, name.lower().replace(" ", "-"), None, "model", "model")


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("Egianus Kogoya leads the command. Egianus Kogoya said he had released him.", "Egianus Kogoya", "Kogoya"),
        ("Abiy Ahmed met the envoy. Later Abiy Ahmed told parliament the war was over.", "Abiy Ahmed", "Ahmed"),
    ],
)
def test_persons_name_cut_to_its_surname_though_written_in_full_elsewhere(text, full, short):
    from pipeline.tagging.full_names import names_completed_as_elsewhere
    cut = _mention(text, short, nth=1)
    widened = names_completed_as_elsewhere(text, [_mention(text, full), cut])
    assert [(m.text, m.entity_id, m.start) for m in widened][1] == (full, full.lower().replace(" ", "-"), text.rindex(full))


def test_a_surname_after_another_given_name_stays_as_it_is():
    from pipeline.tagging.full_names import names_completed_as_elsewhere
    text = "Egianus Kogoya leads the command. His father, Silas Kogoya, was a commander."
    short = _mention(text, "Kogoya", nth=1)
    assert names_completed_as_elsewhere(text, [_mention(text, "Egianus Kogoya"), short])[1] == short


@pytest.mark.parametrize(
    "text, body",
    [
        ("Since 2018 a majority stake has been held by the Indonesian state holding company, MIND ID, with Freeport keeping the rest.", "MIND ID"),
        ("On the other side are the Indonesian military, the TNI, and the national police, Polri, including its mobile brigade.", "Polri"),
        ("On the other side are the Indonesian military, the TNI, and the national police, Polri, including its mobile brigade.", "TNI"),
        ("Supplies were flown in by the state airline, Ethiopian, during the siege.", "Ethiopian"),
    ],
)
def test_body_named_in_apposition_after_its_kind_was_missed_or_typed_a_person(nlp, text, body):
    assert ("GROUP", body) in found(nlp, text)


def test_a_list_after_a_kind_noun_names_no_body(nlp):
    assert not [t for label, t in found(nlp, "Exports were handled by the company, Kenya, and Uganda.") if label == "GROUP"]


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("Ms Halyna Kovalenko, Director of the Odesa Centre for Maritime Studies, spoke. The Odesa Centre for Maritime Studies "
         "published data.", "Odesa Centre for Maritime Studies", "Odesa Centre"),
        ("Dr Wanjiru, Head of the Nairobi Institute for Security Studies, agreed with the Nairobi Institute for Security Studies "
         "report.", "Nairobi Institute for Security Studies", "Nairobi Institute"),
    ],
)
def test_body_cut_before_its_remit_though_written_in_full_elsewhere(text, full, short):
    from pipeline.tagging.full_names import bodies_completed_as_elsewhere
    cut = _mention(text, short, label="GROUP")
    whole = _mention(text, full, label="GROUP", nth=1)
    assert bodies_completed_as_elsewhere(text, [cut, whole])[0].text == full


def test_a_body_followed_by_another_name_stays_as_it_is():
    from pipeline.tagging.full_names import bodies_completed_as_elsewhere
    text = "The Odesa Centre for Maritime Studies and the Odesa Centre, a hotel, are different."
    cut = _mention(text, "Odesa Centre", label="GROUP", nth=1)
    assert bodies_completed_as_elsewhere(text, [_mention(text, "Odesa Centre for Maritime Studies", label="GROUP"), cut])[1] == cut


def test_a_body_before_a_longer_word_is_not_completed():
    from pipeline.tagging.full_names import bodies_completed_as_elsewhere
    text = "working with UN Country Teams on aid, then briefing the UN Country Team."
    un = _mention(text, "UN", label="GROUP")
    assert bodies_completed_as_elsewhere(text, [un, _mention(text, "UN Country Team", label="GROUP", nth=1)])[0] == un


@pytest.mark.parametrize(
    "text, body",
    [
        ("Their deaths set off mass protests in Tel Aviv and a general strike called by the Histadrut, the labour federation.", "Histadrut"),
        ("Talks with Cosatu, the trade union federation, failed in Johannesburg.", "Cosatu"),
    ],
)
def test_labour_federation_glossed_by_its_kind_was_typed_a_place(nlp, text, body):
    assert ("GROUP", body) in found(nlp, text)


@pytest.mark.parametrize(
    "text, name, label",
    [
        # a Mali brief, FEWS NET Haiti: an article elided before the last word of a French name
        ("The Mouvement pour le Salut de l'Azawad accused Wagner of killing civilians in Ménaka.",
         "Mouvement pour le Salut de l'Azawad", "GROUP"),
        ("The Haut Conseil pour l'Unité de l'Azawad joined the talks.", "Haut Conseil pour l'Unité de l'Azawad", "GROUP"),
        ("Pockets of households are observed in the communes of La Chapelle, Petite Rivière de l'Artibonite, Liancourt "
         "and Mirebalais.", "Petite Rivière de l'Artibonite", "PLACE"),
    ],
)
def test_a_french_name_was_cut_before_its_elided_article(nlp, text, name, label):
    assert (label, name) in found(nlp, text)


def test_a_lower_case_word_after_an_elided_article_opens_no_name(nlp):
    assert not [t for _, t in found(nlp, "He said l'argent was short and d'abord came the talks.") if "'" in t]


def test_a_town_and_a_given_name_in_a_list_of_districts_were_read_as_an_inverted_name(nlp):
    """Pakistan risk report: "Musakhel, Bela and other districts" is no reference entry "Surname, Given"."""
    texts = [t for _, t in found(nlp, "25–26 August 2024 / Musakhel, Bela and other districts / BLA / highway.")]
    assert not [t for t in texts if "," in t]
    assert ("ACTOR", "Højland, Martin") in found(nlp, "Højland, Martin & Vestergaard, Jakob (2010). Back to the future?")
