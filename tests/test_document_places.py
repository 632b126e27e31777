"""The document-wide step that types a model's bare guess as the place the document shows its name to be."""

from pipeline.core.mention import Mention
import pytest
from test_group_mentions import mentions as tagged
from test_tagger import make_document

from pipeline.tagging.document_places import features_named_by_their_noun, island_groups, places_shown_elsewhere
from pipeline.tagging.rule_files import load_json, model_file
from pipeline.tagging.tagger import tag_document

MODEL = "model:en_core_web_sm"
INCIDENT_NOUNS = frozenset(load_json(model_file("names.json"))["incident_nouns"])


def _shown(mentions):
    """places_shown_elsewhere over a text of blanks: no guess stands before an incident's noun."""
    return places_shown_elsewhere(mentions, " " * (max(m.end for m in mentions) + 1), INCIDENT_NOUNS)


def test_a_bare_guess_becomes_the_place_shown_by_context():
    mentions = [Mention(0, 6, "PLACE", "Tigray", None, None, "model", f"{MODEL}+context:locative"),
                Mention(40, 46, "ACTOR", "Tigray", None, None, "model", MODEL)]
    assert [m.label for m in _shown(mentions)] == ["PLACE", "PLACE"]


def test_a_name_also_shown_acting_is_left_alone():
    """"Kigali's soldiers" (ACTOR by the parse) and "in Kigali": the bare guess is not settled by the document."""
    mentions = [Mention(0, 6, "PLACE", "Kigali", None, None, "rule", "gazetteer:kb+roles:parse-location"),
                Mention(10, 16, "ACTOR", "Kigali", None, None, "rule", "gazetteer:kb+roles:parse-possessor"),
                Mention(40, 46, "ACTOR", "Kigali", None, None, "model", MODEL)]
    assert [m.label for m in _shown(mentions)] == ["PLACE", "ACTOR", "ACTOR"]


def test_a_guess_typed_by_its_own_context_is_left_alone():
    mentions = [Mention(0, 5, "PLACE", "Chapo", None, None, "model", f"{MODEL}+context:locative"),
                Mention(40, 45, "ACTOR", "Chapo", None, None, "model", f"{MODEL}+context:given-name")]
    assert [m.label for m in _shown(mentions)] == ["PLACE", "ACTOR"]


def test_a_guessed_body_is_left_alone():
    """Federal Register: "submit comments to Docket Operations" reads as a place, the office stays a body."""
    mentions = [Mention(0, 17, "PLACE", "Docket Operations", None, None, "model", f"{MODEL}+context:locative"),
                Mention(40, 57, "GROUP", "Docket Operations", None, None, "model", MODEL)]
    assert [m.label for m in _shown(mentions)] == ["PLACE", "GROUP"]


@pytest.mark.parametrize(
    ("text", "plural", "count"),
    [
        # South China Sea usage; general usage in the Pacific and the Bay of Bengal
        ("China has built airstrips on the Spratlys. The Spratly Islands are also claimed by Vietnam, which holds more "
         "of the Spratlys than anyone.", "Spratlys", 2),
        ("Logging on the Solomon Islands has slowed; the Solomons now export less timber.", "Solomons", 1),
    ],
)
def test_the_spratlys_beside_spratly_islands_is_that_place(statistical_nlp, text, plural, count):
    """"the Spratlys" was a GROUP (the model's guess after "the") where the document also names the Spratly Islands."""
    assert tagged(statistical_nlp, text).count(("PLACE", plural)) == count


def test_a_plural_without_the_documents_island_name_is_left_alone():
    """No "Paracel Islands" in the text, and "Nuba Mountains" names no island group: no evidence, no change."""
    text = "the Paracels and the Nubas of the Nuba Mountains"
    mentions = [Mention(4, 12, "GROUP", "Paracels", None, None, "model", MODEL),
                Mention(21, 26, "GROUP", "Nubas", None, None, "model", MODEL),
                Mention(34, 48, "PLACE", "Nuba Mountains", None, None, "rule", "names:shown")]
    assert island_groups(text, mentions, frozenset({"Islands", "Shoals"})) == mentions


FEATURES = frozenset({"river", "crossing", "pass"})


def _named(text, guesses):
    """Mentions for each (label, name, occurrence) in text: the first a PLACE before its feature noun."""
    mentions = []
    for label, name, nth, source in guesses:
        start = [i for i in range(len(text)) if text.startswith(name, i)][nth]
        mentions.append(Mention(start, start + len(name), label, name, name.lower(), None, source, MODEL if source == "model" else "names:shown"))
    return features_named_by_their_noun(text, mentions, FEATURES)


def test_the_cuyuni_and_torkham_beside_their_river_and_crossing_are_those_places():
    """Essequibo report, Afghanistan brief: "the Cuyuní" and "Torkham" came out GROUP (the model's guess) or were
    missed where the document also writes "the Cuyuní river" and "the Torkham crossing"."""
    text = ("A patrol on the Cuyuní river was attacked. Troops were sent to the Cuyuní. On the side of the Cuyuní, "
            "miners stayed. Returnees came through the Torkham crossing. Torkham itself has become a barometer.")
    found = _named(text, [("PLACE", "Cuyuní", 0, "rule"), ("GROUP", "Cuyuní", 1, "model"),
                          ("PLACE", "Torkham", 0, "rule"), ("GROUP", "Torkham", 1, "model")])
    assert [(m.label, m.text) for m in found] == [("PLACE", "Cuyuní")] * 3 + [("PLACE", "Torkham")] * 2


def test_a_people_beside_its_region_and_a_name_opening_another_are_left_alone():
    """An administrative noun is no evidence ("the Afar region", "the Afar" a people); "the Salang Tunnel" is another
    name; a name the rules typed stays as typed."""
    text = "In the Afar region, the Afar herd camels. The Salang pass is shut; the Salang Tunnel is open."
    found = _named(text, [("PLACE", "Afar", 0, "rule"), ("GROUP", "Afar", 1, "model"), ("PLACE", "Salang", 0, "rule")])
    assert [(m.label, m.text) for m in found] == [("PLACE", "Afar"), ("GROUP", "Afar"), ("PLACE", "Salang")]


def test_a_word_the_text_writes_before_a_place_noun_is_no_surname(statistical_nlp):
    """India-Pakistan wire report: "Azad Kashmir" took a person's shape from the given name "Azad", and every lone
    "Kashmir" became that person; "the Kashmir valley" shows the word names a place. A surname the text never
    writes before a place noun is still the person's (Colombia: "Petro" after "Gustavo Petro")."""
    text = ("Indian strikes hit nine sites in Punjab and Azad Kashmir. The group emerged in the Kashmir valley in 2019. "
            "Any hint of mediation on Kashmir reopens the question.")
    found = set(tagged(statistical_nlp, text))
    assert ("PLACE", "Azad Kashmir") in found and ("ACTOR", "Kashmir") not in found
    assert ("ACTOR", "Petro") in set(tagged(statistical_nlp, "Gustavo Petro met the ELN. The Petro government fell. Petro said so."))


def test_the_plural_of_a_name_two_places_share_after_compass_words_is_those_places(statistical_nlp):
    """DRC brief: "the two provincial capitals of the Kivus" was missed and "in the Kivus" typed a body, beside "North
    Kivu" and "South Kivu"; "the Kivu provinces" names them too (so "the Carolinas" beside North and South Carolina).
    A plural without the paired names, or one paired name alone, is left as it is."""
    text = ("It took the two provincial capitals of the Kivus. Goma, the capital of North Kivu, fell, then Bukavu, the capital "
            "of South Kivu. Who governs the towns in the Kivus? Without that, the Kivu provinces risk a frozen conflict.")
    found = tagged(statistical_nlp, text)
    assert found.count(("PLACE", "Kivus")) == 2 and ("PLACE", "Kivu") in found
    text = "Storms battered the Carolinas. Rain fell on North Carolina and South Carolina."
    assert ("PLACE", "Carolinas") in tagged(statistical_nlp, text)
    alone = tag_document(statistical_nlp, make_document("Lake Kivu is calm. North Kivu is big. Few visit the Kivus.\n"))
    assert not any("paired-places" in m.origin for m in alone)


def test_a_given_name_shape_is_a_bare_guess_the_document_settles():
    """Herat situation report: "Naib Rafi, a village of some 300 families" then "trucking water to Naib Rafi": the second
    mention, a person by its given-name shape only, is the village."""
    mentions = [Mention(0, 9, "PLACE", "Naib Rafi", None, None, "rule", "names:given-name+context:place-apposition"),
                Mention(40, 49, "ACTOR", "Naib Rafi", None, None, "rule", "names:given-name")]
    assert [m.label for m in _shown(mentions)] == ["PLACE", "PLACE"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Naib Rafi, a village of some 300 families in Zinda Jan, was completely flattened.", "Naib Rafi"),
        ("Fighters overran Kamsari, a small town near the border, on Monday.", "Kamsari"),
        ("The Paktika earthquake struck Gayan and Barmal districts.", "Gayan"),
        ("Floods hit Ntoroko, Kasese and Bundibugyo districts in May.", "Ntoroko"),
    ],
)
def test_villages_were_typed_actor(statistical_nlp, text, name):
    """Herat situation report: "Naib Rafi" (a village, by its apposition) and "Gayan" (listed before "districts") were
    persons; unknown names the text makes villages or districts are places."""
    found = tagged(statistical_nlp, text)
    assert ("PLACE", name) in found and ("ACTOR", name) not in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Amina Yusuf, a member of the council, resigned.", "Amina Yusuf", "ACTOR"),
        ("Juan Ortega, the mayor of the town, resigned.", "Juan Ortega", "ACTOR"),
        ("Maria Lopez and Ana Ruiz visited the flooded districts.", "Maria Lopez", "ACTOR"),
    ],
)
def test_a_person_with_an_apposition_or_a_list_stays_a_person(statistical_nlp, text, name, label):
    assert (label, name) in tagged(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Bangsamoro brief: a province the model took for a state acting, shown by "the province of Sulu"
        ("Sulu voted no in the plebiscite. The case was brought by the province of Sulu in 2019.", "Sulu"),
        ("Kwale lost its seat. The governor of the county of Kwale resigned after the county of Kwale voted.", "Kwale"),
    ],
)
def test_a_province_was_typed_actor(statistical_nlp, text, name):
    found = tagged(statistical_nlp, text)
    assert ("PLACE", name) in found and ("ACTOR", name) not in found


def test_a_group_named_before_a_place_noun_stays_a_group(statistical_nlp):
    """Yemen brief: "a Houthi offensive", "areas under Houthi control" beside "Houthi areas": a word before a place
    noun may be an adjective; only "the province of X" shows a unit."""
    text = "Marib held out against a Houthi offensive. Houthi areas are poor. Houthi attacks stopped."
    assert ("PLACE", "Houthi") not in tagged(statistical_nlp, text)


def test_the_department_of_state_names_no_unit():
    from pipeline.tagging.document_places import units_named

    words = units_named("the Department of State approves; the province of Sulu; Province of Cotabato v. Mendoza; Houthi areas",
                        frozenset({"province", "department", "areas"}), frozenset({"Department"}))
    assert words == frozenset({"sulu", "cotabato"})


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Clan feuds run through Lanao del Sur and Maguindanao del Norte.", "Lanao del Sur", "PLACE"),
        ("Clan feuds run through Lanao del Sur and Maguindanao del Norte.", "Maguindanao del Norte", "PLACE"),
        ("Farmers in Rio Grande do Sul lost their crops.", "Rio Grande do Sul", "PLACE"),
        ("The Banco del Sur lent money to Bolivia.", "Banco del Sur", "GROUP"),
        # Colombia brief: a group whose name opens with a plural noun of people
        ("The government negotiated separately with Comuneros del Sur, a front in Nariño.", "Comuneros del Sur", "GROUP"),
    ],
)
def test_spanish_del_place_names_were_read_as_organisations(statistical_nlp, text, name, label):
    """Bangsamoro brief: "Lanao del Sur", "Maguindanao del Sur" were GROUP; a name closed by a particle and a Romance
    compass word is a province's, unless an organisation's head names a body."""
    assert (label, name) in tagged(statistical_nlp, text)


def test_regression_two_coordinated_persons_merged_into_one_group():
    """"as Japarov and Rahmon were in Samarkand" (Kyrgyzstan-Tajikistan): the
    model's one name over two surnames of persons named in full is the two persons; a pair the document names no
    one by stays as the model read it ("Marks and Spencer")."""
    from pipeline.tagging.document_places import split_guessed_pairs
    from pipeline.tagging.knowledge_base import KnowledgeBase

    kb = KnowledgeBase.load()
    named = [Mention(0, 13, "ACTOR", "Sadyr Japarov", "sadyr-japarov", None, "model", MODEL),
             Mention(20, 34, "ACTOR", "Emomali Rahmon", "emomali-rahmon", None, "model", MODEL),
             Mention(40, 58, "GROUP", "Japarov and Rahmon", "japarov-and-rahmon", None, "model", MODEL),
             Mention(60, 77, "GROUP", "Marks and Spencer", "marks-and-spencer", None, "model", MODEL)]
    split = split_guessed_pairs(named, kb)
    assert [(m.label, m.text, m.entity_id) for m in split[2:]] == [
        ("ACTOR", "Japarov", "sadyr-japarov"), ("ACTOR", "Rahmon", "emomali-rahmon"), ("GROUP", "Marks and Spencer", "marks-and-spencer")]
    assert [(m.start, m.end) for m in split[2:4]] == [(40, 47), (52, 58)]
