"""Places inside places written the common ways (a bracket after a place, parts listed of a larger place, examples
after "such as"), a party's presence and control named by a noun, and memberships, leads and partners of the
situation-report register; sentences of several publishers and regions, with the cases where no row may come."""

import pytest
from test_relations import extracted, extractor, kinds_of  # noqa: F401 (the fixture)


def located(rows) -> set[tuple[str, str]]:
    return {(r["head_text"], r["tail_text"]) for r in rows if r["kind"] == "located_in"}


def test_a_bracket_after_the_last_item_of_a_list_glosses_that_item_only(extractor):
    # FEWS NET Haiti: Liancourt and Mirebalais are not in the Centre of "…, Lascahobas (Centre)"
    rows = located(extracted(extractor, "Pockets of households are observed in the communes of [La Chapelle](PLACE), "
                                        "[Liancourt](PLACE), [Mirebalais](PLACE), [Lascahobas](PLACE) ([Centre](PLACE))."))
    assert ("Lascahobas", "Centre") in rows
    assert not {("Liancourt", "Centre"), ("Mirebalais", "Centre"), ("La Chapelle", "Centre")} & rows


def test_a_bracket_glosses_the_items_since_an_earlier_gloss_of_the_same_list(extractor):
    # OCHA Haiti: the writer glosses the list group by group
    rows = located(extracted(extractor, "Road access remains cut in [Moron](PLACE) ([Grand ‘Anse](PLACE)), "
                                        "[Baie d’Orange](PLACE) and [Marigot](PLACE) ([South-East](PLACE))."))
    assert {("Moron", "Grand ‘Anse"), ("Baie d’Orange", "South-East"), ("Marigot", "South-East")} <= rows
    assert ("Moron", "South-East") not in rows


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # FEWS NET Haiti
        ("Conditions are worse in certain areas of [Artibonite](PLACE) (notably [Petite-Rivière](PLACE), "
         "[Verrettes](PLACE), and [L'Estère](PLACE)).",
         {("Petite-Rivière", "Artibonite"), ("Verrettes", "Artibonite"), ("L'Estère", "Artibonite")}),
        # a Sahel-style report
        ("Displacement rose in [Mopti](PLACE) (especially [Bandiagara](PLACE) and [Djenné](PLACE)).",
         {("Bandiagara", "Mopti"), ("Djenné", "Mopti")}),
    ],
)
def test_a_bracket_narrowed_by_notably_lists_the_parts_of_the_place(extractor, sentence, pairs):
    assert pairs <= located(extracted(extractor, sentence))


@pytest.mark.parametrize(
    ("sentence", "pairs", "absent"),
    [
        # FEWS NET Haiti: the opening phrase holds the list, a phrase after its last group holds that group
        ("In the [ZMPP](PLACE), the communes of [Port-au-Prince](PLACE), [Cité Soleil](PLACE), and [Cornillon](PLACE) "
         "and [Ganthier](PLACE) in [Croix-des-Bouquets](PLACE), are in Emergency.",
         {("Port-au-Prince", "ZMPP"), ("Cité Soleil", "ZMPP"), ("Cornillon", "Croix-des-Bouquets"),
          ("Ganthier", "Croix-des-Bouquets")},
         {("Port-au-Prince", "Croix-des-Bouquets"), ("Cité Soleil", "Croix-des-Bouquets")}),
        # a Congo-style displacement report
        ("Fighting displaced thousands in the territories of [Rutshuru](PLACE) and [Masisi](PLACE) in "
         "[North Kivu](PLACE).", {("Rutshuru", "North Kivu"), ("Masisi", "North Kivu")}, set()),
        # a Sahel-style report: the possessive names the whole
        ("[Mali](PLACE)'s regions of [Gao](PLACE) and [Kidal](PLACE) remain insecure.",
         {("Gao", "Mali"), ("Kidal", "Mali")}, set()),
        # a Colombia-style report
        ("In [Colombia](PLACE), the departments of [Cauca](PLACE) and [Arauca](PLACE) saw attacks.",
         {("Cauca", "Colombia"), ("Arauca", "Colombia")}, set()),
    ],
)
def test_places_listed_as_parts_lie_in_the_place_the_phrase_names(extractor, sentence, pairs, absent):
    rows = located(extracted(extractor, sentence))
    assert pairs <= rows and not absent & rows


def test_an_opening_time_phrase_places_no_listed_parts(extractor):
    rows = extracted(extractor, "In [June 2012](DATE), the towns of [Gao](PLACE) and [Kidal](PLACE) fell.")
    assert not located(rows)


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Aid reached the [Sahel](PLACE), including [Mali](PLACE) and [Niger](PLACE).",
         {("Mali", "Sahel"), ("Niger", "Sahel")}),
        ("Gangs expanded into communes of the [Nord-Ouest](PLACE), such as [Bassin Bleu](PLACE) and "
         "[Chansolme](PLACE).", {("Bassin Bleu", "Nord-Ouest"), ("Chansolme", "Nord-Ouest")}),
    ],
)
def test_places_given_as_examples_of_a_place_lie_in_it(extractor, sentence, pairs):
    assert pairs <= located(extracted(extractor, sentence))


def test_the_parties_of_a_meeting_with_states_are_not_places_in_its_venue(extractor):
    rows = located(extracted(extractor, "The [UN](GROUP) met in [Geneva](PLACE) with the governments of [Mali](PLACE) "
                                        "and [Niger](PLACE)."))
    assert not {("Mali", "Geneva"), ("Niger", "Geneva")} & rows


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # FEWS NET Haiti: the owner of "presence" is where its verb's phrase says
        ("[Viv Ansanm](GROUP) is a coalition of gangs. In [2025](DATE), their presence has consolidated in the "
         "[Ouest](PLACE), [Artibonite](PLACE) ([Saint-Marc](PLACE), [Verrettes](PLACE)), [Centre](PLACE), and in "
         "communes of the [Nord-Ouest](PLACE), such as [Bassin Bleu](PLACE).",
         {("Viv Ansanm", "Ouest"), ("Viv Ansanm", "Artibonite"), ("Viv Ansanm", "Centre"),
          ("Viv Ansanm", "Saint-Marc"), ("Viv Ansanm", "Bassin Bleu")}),
        # a Sahel-style report
        ("The presence of [MINUSMA](GROUP) has grown in [Gao](PLACE) and [Timbuktu](PLACE).",
         {("MINUSMA", "Gao"), ("MINUSMA", "Timbuktu")}),
        # FEWS NET Haiti: control over a place is being there, not leading it
        ("[Viv Ansanm](GROUP) now agrees to exercise almost total control over the [ZMPP](PLACE) (90 percent).",
         {("Viv Ansanm", "ZMPP")}),
    ],
)
def test_a_party_whose_presence_or_control_is_named_is_in_the_place(extractor, sentence, pairs):
    rows = extracted(extractor, sentence)
    assert pairs <= located(rows)
    assert not any(r["kind"] == "leads" for r in rows)


@pytest.mark.parametrize(
    ("sentence", "pair", "kind"),
    [
        # UNFPA Caribbean: a role named by the phrase opening the sentence, after a heading
        ("Gender-based violence: As the lead agency for the [GBV Sub-Group](GROUP), [UNFPA](GROUP) coordinates closely "
         "with members.", ("UNFPA", "GBV Sub-Group"), "leads"),
        ("As a member of the [African Union](GROUP), [Senegal](PLACE) voted for the resolution.",
         ("Senegal", "African Union"), "member_of"),
        # UNFPA Caribbean: membership written as being engaged in a body
        ("[UNFPA](GROUP) is actively engaged in the [Health Technical Working Group](GROUP) led by the "
         "[World Health Organization](GROUP).", ("UNFPA", "Health Technical Working Group"), "member_of"),
        # a G20-style communiqué
        ("[Spain](PLACE) participates in the [Financial Stability Board](GROUP) as a permanent guest.",
         ("Spain", "Financial Stability Board"), "member_of"),
        # Oxford AIGI: assisting with a body's work
        ("[UNDP](GROUP) could assist with the [AI Accessibility Working Group](GROUP).",
         ("UNDP", "AI Accessibility Working Group"), "supports"),
        # UNFPA Caribbean: partners after "implementing partners", a participle read as a gerund
        ("In collaboration with implementing partners, [CDS](GROUP), and [FADHRIS](GROUP), [UNFPA](GROUP) "
         "distributed dignity kits.", ("UNFPA", "FADHRIS"), "supports"),
    ],
)
def test_roles_memberships_and_partners_of_the_situation_report_register(extractor, sentence, pair, kind):
    assert kinds_of(extracted(extractor, sentence)).get(pair) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "As expected by [UNICEF](GROUP), [WFP](GROUP) delivered food.",
        "[ECOWAS](GROUP) engaged in talks in [Abuja](PLACE).",
    ],
)
def test_no_role_or_membership_without_a_role_noun_or_a_body(extractor, sentence):
    assert not any(r["kind"] in ("leads", "member_of") for r in extracted(extractor, sentence))


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("[Brighton](PLACE), [UK](PLACE): [Institute of Development Studies](GROUP).",
         ("Institute of Development Studies", "Brighton")),
        ("[New York](PLACE): [Oxford University Press](GROUP).", ("Oxford University Press", "New York")),
    ],
)
def test_a_publishers_imprint_places_the_publisher(extractor, sentence, pair):
    assert pair in located(extracted(extractor, sentence))


def test_a_heading_before_a_colon_is_no_imprint(extractor):
    assert not located(extracted(extractor, "[Haiti](PLACE): [WFP](GROUP) scales up."))


def test_a_name_left_untagged_in_a_bracket_list_does_not_hide_the_places_around_it(extractor):
    # FEWS NET Haiti: "Petite-Rivière-de-l'Artibonite" untagged among the communes of the Artibonite
    rows = located(extracted(extractor, "Their presence has consolidated in [Artibonite](PLACE) ([Saint-Marc](PLACE), "
                                        "Petite-Rivière-de-l'Artibonite, [Verrettes](PLACE), [Liancourt](PLACE))."))
    assert {("Saint-Marc", "Artibonite"), ("Verrettes", "Artibonite"), ("Liancourt", "Artibonite")} <= rows


def test_a_party_present_in_a_place_is_in_the_places_its_bracket_lists_however_parsed(extractor):
    # FEWS NET Haiti: the untagged name in the bracket breaks the parser's list
    rows = located(extracted(extractor, "[Viv Ansanm](GROUP) is a coalition. In [2025](DATE), their presence has "
                                        "consolidated in the [Ouest](PLACE), [Artibonite](PLACE) ([Saint-Marc](PLACE), "
                                        "Petite-Rivière-de-l'Artibonite, [Verrettes](PLACE), [L'Estère](PLACE), "
                                        "[Liancourt](PLACE)), [Centre](PLACE)."))
    assert {("Viv Ansanm", "Verrettes"), ("Viv Ansanm", "L'Estère"), ("Viv Ansanm", "Liancourt")} <= rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting spread in [Mali](PLACE) ([Gao](PLACE), 2012).",  # a bracket of a place and a year
        "Fighting spread in [Mali](PLACE) (Operation Serval, [Gao](PLACE)).",  # one place beside an untagged name
    ],
)
def test_a_bracket_that_is_no_list_of_places_glosses_nothing(extractor, sentence):
    assert ("Gao", "Mali") not in located(extracted(extractor, sentence))


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # UNFPA Caribbean
        ("[UNFPA](GROUP) is engaged in the health and shelter coordination structures alongside other [UN](GROUP) "
         "agencies.", ("UNFPA", "UN")),
        # an alliance communiqué
        ("[Poland](ACTOR) trained alongside other [NATO](GROUP) allies.", ("Poland", "NATO")),
    ],
)
def test_acting_alongside_other_members_of_a_body_is_membership(extractor, sentence, pair):
    assert kinds_of(extracted(extractor, sentence)).get(pair) == "member_of"


def test_acting_alongside_other_unnamed_bodies_is_no_membership(extractor):
    rows = extracted(extractor, "[WFP](GROUP) works alongside other agencies in [Haiti](PLACE).")
    assert not any(r["kind"] == "member_of" for r in rows)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # a Cameroon-style brief: a setting with no name, said to be around a town
        ("The [ADF](GROUP) operates in the bush around [Bamenda](PLACE).", ("ADF", "Bamenda")),
        # a Philippines-style brief: hills near a lake
        ("[Dawlah Islamiyah](GROUP) keeps a few dozen fighters in the hills near [Lake Lanao](PLACE).",
         ("Dawlah Islamiyah", "Lake Lanao")),
        # a situation report: stocks in warehouses in a town
        ("[WFP](GROUP) stored the food in warehouses in [Jérémie](PLACE).", ("WFP", "Jérémie")),
    ],
)
def test_a_party_acting_in_an_unnamed_setting_is_in_the_place_the_setting_lies_in(extractor, sentence, pair):
    assert pair in located(extracted(extractor, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # investing is done from afar, as funding is
        "[China](ACTOR) has invested in a copper deposit in [Logar](PLACE).",
        # a setting around a place is no presence of the party that only speaks of it
        "[UNHCR](GROUP) said in a statement in [Geneva](PLACE) that the camps near [Goma](PLACE) were full.",
    ],
)
def test_no_presence_from_afar_or_in_what_is_said(extractor, sentence):
    rows = located(extracted(extractor, sentence))
    assert not {pair for pair in rows if pair[0] in ("China", "UNHCR")}


def test_exercises_around_a_state_do_not_place_the_party_in_it(extractor):
    rows = located(extracted(extractor, "The [PLA](GROUP) has staged larger exercises around [Taiwan](PLACE)."))
    assert ("PLA", "Taiwan") not in rows


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # a person described by an occupation "from" or "at" a body, or as its veteran
        ("[Ana Ruiz](ACTOR), a researcher from [Oxford University](GROUP), said the plan would fail.",
         ("Ana Ruiz", "Oxford University")),
        ("[José Jerí Oré](ACTOR), a lawyer from [Somos Perú](GROUP), was sworn in.", ("José Jerí Oré", "Somos Perú")),
        ("Its speaker, [Han Kuo-yu](ACTOR), is a [KMT](GROUP) veteran.", ("Han Kuo-yu", "KMT")),
    ],
)
def test_an_occupation_from_or_of_a_body_is_membership(extractor, sentence, pair):
    assert pair in {(r["head_text"], r["tail_text"]) for r in extracted(extractor, sentence) if r["kind"] == "member_of"}


def test_a_refugee_from_a_state_is_no_member_of_it(extractor):
    rows = extracted(extractor, "[Ana Ruiz](ACTOR), a refugee from [Syria](PLACE), said the camp was full.")
    assert not [r for r in rows if r["kind"] == "member_of"]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # an Iraq-style brief, a West Africa brief, a Somalia brief: troops the subject has, placed by a participle
        ("[Turkey](ACTOR) has troops stationed in northern [Iraq](PLACE).", ("Turkey", "Iraq")),
        ("[France](ACTOR) maintains a contingent based in [Abidjan](PLACE).", ("France", "Abidjan")),
        ("[Ethiopia](ACTOR) keeps soldiers deployed in [Gedo](PLACE) outside the mission.", ("Ethiopia", "Gedo")),
        # an Ethiopia brief, a Sahel brief: a body's mission or monitors in a place place the body
        ("The [AU](GROUP) mission in [Mekelle](PLACE) has little access.", ("AU", "Mekelle")),
        ("The [UN](GROUP) mission in [Mali](PLACE) will close by December.", ("UN", "Mali")),
        # a Sahel brief: a swathe of a place is the place
        ("[JNIM](GROUP) operates across swathes of central [Mali](PLACE).", ("JNIM", "Mali")),
    ],
)
def test_troops_a_party_has_where_a_participle_places_them_place_the_party(extractor, sentence, pair):
    assert pair in located(extracted(extractor, sentence))


def test_a_party_having_officials_who_act_elsewhere_is_not_placed_by_their_act(extractor):
    # the holder stands for the troops it has, not for a place its officials only visited
    rows = located(extracted(extractor, "[Kenya](ACTOR) has envoys who visited [Juba](PLACE) in May."))
    assert ("Kenya", "Juba") not in rows


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # a Sudan brief, a Rohingya sitrep: fighting between two sides in a place places both
        ("Clashes between the [SAF](GROUP) and the [RSF](GROUP) in [El Fasher](PLACE) killed dozens.",
         {("SAF", "El Fasher"), ("RSF", "El Fasher")}),
        ("Refugees fled fighting between the [Arakan Army](GROUP) and the [Tatmadaw](GROUP) in [Maungdaw](PLACE).",
         {("Arakan Army", "Maungdaw"), ("Tatmadaw", "Maungdaw")}),
    ],
)
def test_both_sides_of_a_fight_between_them_are_where_it_is(extractor, sentence, pairs):
    assert pairs <= located(extracted(extractor, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between [Kenya](ACTOR) and the [RSF](GROUP) in [Nairobi](PLACE) ended without a deal.",
        "An agreement between [Armenia](ACTOR) and [Azerbaijan](ACTOR) in [Washington](PLACE) was initialled.",
    ],
)
def test_the_venue_of_talks_or_an_agreement_between_two_parties_places_neither(extractor, sentence):
    assert not located(extracted(extractor, sentence))
