"""Shapes that an African Union communiqué, a displacement update, a conflict digest, a flood appeal and a relation
probe on coastal West Africa write and the tool misread: a capitalised English noun opening the sentence read as a
person ("Turnout was 52 per cent"), a treaty's title read as a body ("the Agreement for Lasting Peace") or, before a
lower-case noun and a name with an accent, as a foreign body's name ("Gang leader Jimmy Chérizier"); an association
named with its country ("the Confederation of Indigenous Nationalities of Ecuador") split as a body of the state; an
acronym in its own language's word order ("FADM") not taken to cover the country; names listed before a plural unit
noun ("upazilas") and a name before "the capital of" missed; a world region opened by a given name ("Asia Pacific")
read as a person; two one-word places set by a preposition read as one body ("the attacks on Mucojo and Quiterajo");
states after "in particular" read as places; a group named after "militias known as" read as a person; a named
operation that deploys troops dropped as an event; a state's agency named with the state read as one name; a town
before ", in" and its region missed. Relations: places listed before ", in" and their region read as the last alone;
a people's communities "from" a place not placed there; a body's media arm read as its member; a group's name parsed
as an adjective before "fighters" lost; tension between states read as nothing; attacks resumed in a place read as
presence there; states listed before "joined them" made members of each other. Each with a case where the rule must
not fire."""

import pytest
from test_relations import assert_stated, extractor  # noqa: F401 (the fixture)
from test_tagger import assert_labelled, statistical, tagged  # noqa: F401 (the fixture)


@pytest.mark.parametrize("text, names", [
    ("Gang leader Jimmy Chérizier threatened the police.", {"Jimmy Chérizier": "ACTOR", "Gang leader Jimmy Chérizier": None}),
    # a name in a language that capitalises only its first word still shows it by a lower-case word with an accent
    ("The Agence nationale de sécurité arrested him.", {"Agence nationale de sécurité": "GROUP"}),
    ("Moldovan voters turned out. Turnout was 52.2 per cent, the CEC said.", {"Turnout": None, "CEC": "GROUP"}),
    ("It discussed the implementation of the Agreement for Lasting Peace through a Permanent Cessation of Hostilities.",
     {"Agreement for Lasting Peace": None}),
    # a body whose head is no text's keeps its name
    ("The Alliance for Peace and Democracy held a rally in Lomé.", {"Alliance for Peace and Democracy": "GROUP"}),
    # a proper noun opening the sentence stays a name, an English word though it is
    ("Condoleezza Rice arrived on Monday. Rice said the talks had failed.", {"Rice": "ACTOR"}),
])
def test_a_capitalised_noun_opening_the_sentence_is_no_name(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Protests spread after the Confederation of Indigenous Nationalities of Ecuador (CONAIE) called a strike.",
     {"Confederation of Indigenous Nationalities of Ecuador": "GROUP", "Ecuador": None}),
    ("Rwandan troops patrol with the Armed Forces for the Defence of Mozambique (FADM) in Palma.",
     {"Armed Forces for the Defence of Mozambique": "GROUP", "Mozambique": None}),
    # a body of the state named with it is two mentions, an agency too
    ("The Ministry of Internal Affairs of Georgia said so.", {"Ministry of Internal Affairs": "GROUP", "Georgia": "ACTOR"}),
    ("Gunmen abducted two officials of the Customs Administration of Benin.",
     {"Customs Administration": "GROUP", "Benin": "ACTOR"}),
])
def test_associations_and_foreign_acronyms_keep_their_country(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Volunteers evacuated people from Parshuram and Fulgazi upazilas in Feni district.",
     {"Parshuram": "PLACE", "Fulgazi": "PLACE"}),
    ("Fighting reached Oskemen, the capital of the province, in May.", {"Oskemen": "PLACE"}),
    # a world region opened by a given name is the region; a given name before a surname is still a person
    ("Bangladesh, Asia Pacific | Floods 2024", {"Asia Pacific": "PLACE"}),
    ("Maria Santos met officials in Manila.", {"Maria Santos": "ACTOR"}),
    ("Evo Morales addressed growers from Lauca Ñ, in the Chapare region.", {"Lauca Ñ": "PLACE"}),
    # a person set in a place keeps his name
    ("William Ruto, in Nairobi, said so. Ruto, in Nairobi, said so again.", {"Ruto": "ACTOR"}),
    ("Displacement rose after the attacks on Mucojo and Quiterajo.", {"Mucojo": "PLACE", "Quiterajo": "PLACE",
                                                                      "Mucojo and Quiterajo": None}),
    # a bank in apposition is no place, and a firm named with "and" after a verb stays whole
    ("Goldman, a bank in New York, lost money.", {"Goldman": "GROUP"}),
    ("He joined Procter and Gamble in 2001.", {"Procter": None, "Gamble": None}),
])
def test_places_shown_by_unit_nouns_appositions_and_prepositions(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("The Council welcomes the support of IGAD Member States, in particular Kenya and Djibouti, to the process.",
     {"Kenya": "ACTOR", "Djibouti": "ACTOR"}),
    ("The guarantors, in particular Norway and Cuba, have kept channels open.", {"Norway": "ACTOR", "Cuba": "ACTOR"}),
    # examples of places are places
    ("Floods hit several regions, in particular Sindh and Punjab.", {"Sindh": "PLACE", "Punjab": "PLACE"}),
    ("Clashes between the army and Amhara militias known as Fano have continued.", {"Fano": "GROUP"}),
    ("Operation Mirador now deploys about 3,000 troops in Alibori.", {"Operation Mirador": "GROUP"}),
    # an operation that names a campaign, or one a party fights under, is an event
    ("Uganda fights the ADF in Ituri under Operation Shujaa and has extended its deployment.",
     {"Operation Shujaa": None}),
    ("The United States bombed Iraq during Operation Desert Fox in 1998.", {"Operation Desert Fox": None,
                                                                           "Desert Fox": None}),
])
def test_examples_of_parties_aliases_of_groups_and_operations_as_forces(statistical, text, names):
    assert_labelled(statistical, text, names)


def test_one_mention_showing_an_operation_a_force_settles_the_others(statistical):
    found = tagged(statistical, "JNIM attacked a post of Operation Mirador at Porga. Operation Mirador now deploys "
                                "about 3,000 troops.")
    assert found.count(("GROUP", "Operation Mirador")) == 2


@pytest.mark.parametrize("sentence, rows", [
    ("[JNIM](GROUP) claimed the raid. Its media arm, [az-Zallaqa](GROUP), released a video.",
     {("az-Zallaqa", "JNIM"): "spokesperson_of"}),
    # an armed wing is a member
    ("[Hamas](GROUP) fought on. Its armed wing, the [Qassam Brigades](GROUP), fired rockets.",
     {("Qassam Brigades", "Hamas"): "member_of"}),
    ("[Fano](GROUP) fighters seized parts of [Gondar](PLACE) and entered [Bahir Dar](PLACE).",
     {("Fano", "Bahir Dar"): "located_in"}),
    # one reaches a deal, not a place
    ("The [AU](GROUP) reached a deal with [Ethiopia](ACTOR).", {("AU", "Ethiopia"): "agreement_with"}),
    ("The [Council](GROUP) noted the tension between [Ethiopia](ACTOR) and [Eritrea](ACTOR).",
     {("Ethiopia", "Eritrea"): "opposes", ("Eritrea", "Ethiopia"): "opposes"}),
    ("Its fighters entered villages around [Tibú](PLACE) and [Teorama](PLACE), in [Norte de Santander](PLACE).",
     {("Tibú", "Norte de Santander"): "located_in", ("Teorama", "Norte de Santander"): "located_in"}),
    # a bare comma after a list may add an item, and a list of names that are not all places glosses nothing
    ("The region comprises [Basilan](PLACE) and [Tawi-Tawi](PLACE), [Cotabato City](PLACE), its seat.",
     {("Basilan", "Cotabato City"): None, ("Tawi-Tawi", "Cotabato City"): None}),
    ("Talks with the [ELN](GROUP) and [Teorama](PLACE), in [Norte de Santander](PLACE), stalled.",
     {("ELN", "Norte de Santander"): None}),
    ("[Aymara](GROUP) and [Quechua](GROUP) communities from [Puno](PLACE) marched on [Lima](PLACE).",
     {("Aymara", "Puno"): "located_in", ("Quechua", "Puno"): "located_in", ("Aymara", "Lima"): None}),
    # families named by no people are no people's
    ("[WFP](GROUP) fed families from [Zamzam](PLACE).", {("WFP", "Zamzam"): None}),
    ("The [ELN](GROUP) resumed attacks in [Cauca](PLACE).", {("ELN", "Cauca"): "attacks"}),
    # talks resumed in a place are no attack on it
    ("The [ELN](GROUP) resumed talks in [Havana](PLACE).", {("ELN", "Havana"): None}),
    # the subjects of "joined them" are no members of each other, though the parser hangs the list as an apposition
    ("[Cuba](ACTOR) and [Norway](ACTOR) were guarantors. [Mexico](ACTOR), [Brazil](ACTOR) and [Chile](ACTOR) joined "
     "them later.", {("Mexico", "Brazil"): None, ("Chile", "Brazil"): None}),
])
def test_media_arms_and_groups_parsed_as_adjectives(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)
