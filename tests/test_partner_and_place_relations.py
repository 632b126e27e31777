"""Relations a situation report states with partners named after "together with" or "alongside", places said to lie
in other places and place phrases narrowed to the places inside them ("…of Haiti, particularly in …"); sentences of
several publishers, with the cases where no row may come."""

import pytest
from test_relations import extracted, extractor, kinds_of  # noqa: F401 (the fixture)


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # UNFPA Caribbean: partners opening the sentence, the list ended by the parser on the subject
        ("Together with [C-TECH](GROUP) and the [University Hospital of West Indies](GROUP), [UNFPA](GROUP) supported "
         "an integrated service at the [Petersfield](PLACE) shelter.",
         [("UNFPA", "C-TECH"), ("UNFPA", "University Hospital of West Indies")]),
        ("Together with the [Bureau of Gender Affairs](GROUP); the [Ministry of Culture, Gender, Entertainment and "
         "Sport](GROUP); and [C-TECH](GROUP), [UNFPA](GROUP) visited two safe spaces for women and girls.",
         [("UNFPA", "Bureau of Gender Affairs"), ("UNFPA", "Ministry of Culture, Gender, Entertainment and Sport"),
          ("UNFPA", "C-TECH")]),
        # a NATO-style operation report
        ("[NATO](GROUP) troops fought alongside the [Afghan National Army](GROUP) in [Helmand](PLACE).",
         [("NATO", "Afghan National Army")]),
    ],
)
def test_a_partner_named_with_together_with_or_alongside_is_supported(extractor, sentence, pairs):
    kinds = kinds_of(extracted(extractor, sentence))
    assert all(kinds.get(pair) == "supports" for pair in pairs)
    assert ("Ministry of Culture, Gender, Entertainment and Sport", "Bureau of Gender Affairs") not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        # WFP Haiti: "alongside" a sum, no party
        "[WFP](GROUP) delivered food commodities alongside USD 1.35 million in emergency assistance in [Haiti](PLACE).",
        # CIDOB: "together with" unnamed counterparts
        "[Malian](GROUP) personnel were reportedly training together with military counterparts in [Kidal](PLACE).",
        # "with" alone is no partnership ("met with" is a meeting)
        "The report was written with [UNICEF](GROUP) data by [WFP](GROUP) staff.",
    ],
)
def test_no_partner_without_a_named_party_or_a_partnering_word(extractor, sentence):
    assert not any(r["kind"] == "supports" for r in extracted(extractor, sentence))


@pytest.mark.parametrize(
    ("sentence", "place", "larger"),
    [
        # UNFPA Caribbean: the quotation's attribution
        ("[Julia](ACTOR), who is pregnant with her first child, was at [Cornwall Hospital](PLACE) in [Jamaica](PLACE).",
         "Cornwall Hospital", "Jamaica"),
        # a Congo-style front line
        ("Fighting continued near [Goma](PLACE) in [North Kivu](PLACE).", "Goma", "North Kivu"),
    ],
)
def test_a_place_said_to_be_in_another_place_is_located_in_it(extractor, sentence, place, larger):
    assert kinds_of(extracted(extractor, sentence)).get((place, larger)) == "located_in"


def test_a_place_of_origin_is_not_located_in_where_the_clause_happens(extractor):
    # a refugee report: "in Algeria" is where the refugees are, not where Mali lies
    rows = extracted(extractor, "Refugees from [Mali](PLACE) in [Algeria](PLACE) have been registered.")
    assert ("Mali", "Algeria") not in kinds_of(rows)


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # UNFPA Caribbean
        ("Hurricane Melissa caused substantial human and material losses across multiple regions of [Haiti](PLACE), "
         "particularly in the departments of [South](PLACE), [Grand’Anse](PLACE), [Nippes](PLACE), and "
         "[Artibonite](PLACE).",
         [("South", "Haiti"), ("Grand’Anse", "Haiti"), ("Nippes", "Haiti"), ("Artibonite", "Haiti")]),
        # FEWS NET Haiti: the narrowing phrase on a noun
        ("Armed conflict in [Haiti](PLACE), particularly in [Port-au-Prince](PLACE), [Artibonite](PLACE), and "
         "[Centre](PLACE), has severe impacts on food security.",
         [("Port-au-Prince", "Haiti"), ("Artibonite", "Haiti"), ("Centre", "Haiti")]),
        # a Congo-style displacement report
        ("Fighting displaced thousands in eastern [Congo](PLACE), notably in [North Kivu](PLACE) and [Ituri](PLACE).",
         [("North Kivu", "Congo"), ("Ituri", "Congo")]),
    ],
)
def test_places_a_place_phrase_is_narrowed_to_lie_in_its_places(extractor, sentence, pairs):
    kinds = kinds_of(extracted(extractor, sentence))
    assert all(kinds.get(pair) == "located_in" for pair in pairs)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # WFP-style: a place added with "and", not narrowed
        ("[WFP](GROUP) delivered food in [Haiti](PLACE) and particularly in [Cuba](PLACE).", ("Cuba", "Haiti")),
        # OCHA-style: two places in one phrase, no narrowing adverb
        ("Rains fell in [Nippes](PLACE), in [Grand’Anse](PLACE) and in the [South](PLACE).", ("Grand’Anse", "Nippes")),
    ],
)
def test_places_added_to_a_place_phrase_do_not_lie_in_it(extractor, sentence, pair):
    assert pair not in kinds_of(extracted(extractor, sentence))


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        # an Egypt- and a Tajikistan-style sentence: a state's security service or committee is its organ
        ("The talks were run by [Egypt](ACTOR)’s [General Intelligence Service](GROUP).",
         ("General Intelligence Service", "member_of", "Egypt")),
        ("[Tajikistan](ACTOR)’s own [State Committee for National Security](GROUP) ran the inquiry.",
         ("State Committee for National Security", "member_of", "Tajikistan")),
        # an armed group a place possesses is no organ of it: it is there
        ("[Pakistan](PLACE)'s [Baloch Liberation Army](GROUP) attacked a train.",
         ("Baloch Liberation Army", "located_in", "Pakistan")),
    ],
)
def test_a_service_or_committee_a_state_owns_is_its_organ(extractor, sentence, row):
    rows = {(r["head_text"], r["kind"], r["tail_text"]) for r in extracted(extractor, sentence)}
    assert row in rows


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # Afghanistan brief, a Yemen brief, a Moldova briefing: the parser hangs the recipient on what is given
        ("[Islamabad](ACTOR) accuses [Kabul](ACTOR) of giving the [TTP](GROUP) sanctuary.", ("Kabul", "TTP")),
        ("[Iran](ACTOR) gave the [Houthis](GROUP) missiles and drones.", ("Iran", "Houthis")),
        ("The [EU](GROUP) gave [Moldova](ACTOR) gas subsidies.", ("EU", "Moldova")),
    ],
)
def test_the_recipient_of_a_giving_verb_parsed_as_a_modifier_of_the_gift_is_supported(extractor, sentence, pair):
    assert kinds_of(extracted(extractor, sentence)).get(pair) == "supports"


def test_a_party_whose_fighters_are_sent_is_not_the_recipient(extractor):
    # "fighters" stand for Wagner, which is sent, not given to
    kinds = kinds_of(extracted(extractor, "[Russia](ACTOR) sent [Wagner](GROUP) fighters to [Mali](PLACE)."))
    assert kinds.get(("Russia", "Wagner")) != "supports"
