"""Who "it", "the group", "both groups" and "the Madrid-based multinational" are: anaphors resolved to named parties,
with number agreement, across one paragraph break at most, and never to a place or, for "it", a person."""

import pytest

from pipeline.relations.coreference import Coreference
from pipeline.relations.extractor import RelationExtractor
from pipeline.relations.parses import parse_with_mentions
from test_relations import extracted, from_markup


def typed(rows) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(r["head_text"], r["kind"], r["tail_text"], r["head_via"], r["tail_via"]) for r in rows
            if r["kind"] != "co_occurs"}


@pytest.fixture(scope="module")
def extractor():
    return RelationExtractor()


def test_both_groups_missed_the_two_groups_named_as_subjects_before_them(extractor):
    rows = typed(extracted(extractor,
        "The [Segunda Marquetalia](GROUP) was founded in August 2019 by [Iván Márquez](ACTOR), who had been the chief "
        "negotiator of the [FARC](GROUP) in [Havana](PLACE). The [Estado Mayor Central](GROUP) ([EMC](GROUP)), commanded "
        "by [Néstor Gregorio Vera](ACTOR), grew out of fronts that rejected the 2016 accord. Both groups are splinters of "
        "the former [FARC-EP](GROUP)."))
    assert {(h, t) for h, k, t, via, _ in rows if k == "split_from" and via == "Both groups"} == {
        ("Segunda Marquetalia", "FARC-EP"), ("EMC", "FARC-EP")}


@pytest.mark.parametrize("text, heads", [
    ("[Hamas](GROUP) and [Fatah](GROUP) met in 2017. The movements later attacked [Israel](ACTOR).", {"Hamas", "Fatah"}),
    ("[UNICEF](GROUP), [FAO](GROUP) and [WFP](GROUP) sent teams to the south. The organisations are present in "
     "[Jérémie](PLACE).", {"UNICEF", "FAO", "WFP"}),
])
def test_a_plural_description_stands_for_the_nearest_coordinated_names(extractor, text, heads):
    rows = typed(extracted(extractor, text))
    assert {h for h, k, _, via, _ in rows if via and via.lower().startswith("the")} == heads


def test_a_numbered_description_stands_for_a_list_of_that_number_only(extractor):
    two = typed(extracted(extractor, "[Hamas](GROUP) and [Fatah](GROUP) met in [Cairo](PLACE) in 2017. [Egypt](ACTOR) "
                                     "later mediated between the two movements."))
    assert {(h, k, t) for h, k, t, _, _ in two if k == "mediates"} == {("Egypt", "mediates", "Hamas"),
                                                                      ("Egypt", "mediates", "Fatah")}
    three = typed(extracted(extractor, "[Hamas](GROUP) and [Fatah](GROUP) met in 2017. [Egypt](ACTOR) later condemned "
                                       "the three movements."))
    assert not [r for r in three if r[0] == "Egypt" and r[2] in ("Hamas", "Fatah")]


@pytest.mark.parametrize("text", [
    "The [FARC](GROUP) grew. The three groups attacked [Cali](PLACE).",  # one name for three
    "[Ansar Dine](GROUP) took [Kidal](PLACE). Both groups attacked [Konna](PLACE).",  # one group for two
    "[Telefónica](GROUP) shot ahead.\nThe 24 companies in the index are based in [Madrid](PLACE).",  # a count, no list
])
def test_a_plural_description_without_as_many_names_stands_for_none(extractor, text):
    assert not [r for r in typed(extracted(extractor, text)) if r[3] or r[4]]


def test_a_description_opening_a_paragraph_missed_the_company_of_the_sentence_before(extractor):
    rows = typed(extracted(extractor,
        "2. [Telefónica](GROUP) shot ahead of all other telecommunications companies.\nThe [Madrid](PLACE)-based "
        "multinational with operations across [Latin America](PLACE) and [Europe](PLACE) also made more improvements."))
    assert ("Telefónica", "located_in", "Madrid", "The Madrid-based multinational", None) in rows


def test_it_took_a_name_inside_a_phrase_for_the_subject_of_the_sentence_before(extractor):
    rows = typed(extracted(extractor,
        "The [Jamaat Tawhid wa’l-Jihad fi Garbi Afriqiya](GROUP) ([MUJWA](GROUP)) created in December 2011 after a split "
        "within [AQIM](GROUP), emerged when it claimed a kidnapping. It is allegedly guided by a Mauritanian, "
        "[Hamada Ould Muhammad Kheirou](ACTOR)."))
    assert {(h, t) for h, k, t, _, _ in rows if k == "leads"} == {("Hamada Ould Muhammad Kheirou", "MUJWA")}


@pytest.mark.parametrize("text", [
    "The report was published in [Geneva](PLACE). The organisation criticised [Russia](ACTOR).",  # no party before
    "[Goma](PLACE) was calm in May. It attacked [M23](GROUP).",  # a place is no antecedent
    "[Abubakar Shekau](ACTOR) spoke in [Kano](PLACE). It later attacked [Maiduguri](PLACE).",  # "it" is no person
    "[Boko Haram](GROUP) grew.\nIt was weak then.\nThe coalition attacked [Maiduguri](PLACE).",  # two paragraphs back
])
def test_no_antecedent_where_none_is_compatible(extractor, text):
    assert not [r for r in typed(extracted(extractor, text)) if r[3] or r[4]]


@pytest.mark.parametrize("text, head, tail", [
    ("[Abu Yasir Hassan](ACTOR), a Tanzanian cleric, was designated by the [United States](ACTOR) in March 2021 as "
     "the group's leader, but most analysts regard [Bonomade Machude Omar](ACTOR), a Mozambican from "
     "[Palma](PLACE), as its principal field commander until he was killed by the [Mozambique Defence Armed "
     "Forces](GROUP) in October 2023.", "Mozambique Defence Armed Forces", "Bonomade Machude Omar"),
    ("[Iván Márquez](ACTOR) was named head of the delegation, but observers regard [Jesús Santrich](ACTOR) as its "
     "real leader until he was arrested by the [Fiscalía](GROUP) in 2018.", "Fiscalía", "Jesús Santrich"),
    ("[Riek Machar](ACTOR) was sidelined in 2016, but [Salva Kiir](ACTOR) kept the army together until he was "
     "attacked by the [SPLA-IO](GROUP).", "SPLA-IO", "Salva Kiir"),
])
def test_he_took_the_first_clauses_subject_for_the_object_of_the_clause_it_depends_on(extractor, text, head, tail):
    """"he" in an adverbial clause ("until he was killed") stands for an argument of the clause it depends on,
    its subject first, else its object; not for the subject of an earlier clause of the sentence."""
    rows = typed(extracted(extractor, text))
    assert {(h, t) for h, k, t, _, via in rows if via == "he"} == {(head, tail)}


def test_the_government_took_a_foreign_state_named_in_passing(extractor):
    """"the government", "the authorities" stand for a state named as a subject, never for one named in a
    modifier ("talks in Tanzania, facilitated by Kenya and Norway"); with no such state they stay unresolved."""
    passing = typed(extracted(extractor,
        "In [Oromia](PLACE), the [Oromo Liberation Army](GROUP) has fought federal forces for six years. Two rounds "
        "of talks in [Tanzania](ACTOR), facilitated by [IGAD](GROUP), [Kenya](ACTOR) and [Norway](ACTOR), ended "
        "without agreement. In December 2024 the government signed a deal with [Sagni Negasa](ACTOR), a senior OLA "
        "commander."))
    assert not [r for r in passing if r[3] or r[4]]
    blamed = typed(extracted(extractor,
        "[Fano](GROUP) fighters held [Lalibela](PLACE) in August 2023 and roads around [Addis Ababa](ACTOR) were "
        "closed. The authorities blamed [Fano](GROUP) for the killing of [Girma Yeshitila](ACTOR)."))
    assert not [r for r in blamed if r[3] == "The authorities"]


@pytest.mark.parametrize("text, state", [
    ("[Colombia](ACTOR) reopened talks in 2022. Talks hosted by [Cuba](ACTOR) stalled. The government signed a deal "
     "with the [ELN](GROUP) in 2023.", "Colombia"),
    ("[Mali](ACTOR) expelled the French ambassador in 2022. The government then signed a deal with "
     "[Wagner](GROUP).", "Mali"),
])
def test_the_government_still_stands_for_the_state_named_as_a_subject(extractor, text, state):
    rows = typed(extracted(extractor, text))
    assert {h for h, k, _, via, _ in rows if via == "The government"} == {state}


@pytest.mark.parametrize("text, leader, group", [
    ("The campaign also froze a [Saudi](ACTOR)–[Houthi](GROUP) peace track.\nFrom Saada to the sea lanes\nThe movement "
     "grew out of a revivalist network formed in [Saada](PLACE) in the early 1990s. It was led in its first armed "
     "phase by [Hussein Badreddin al-Houthi](ACTOR).", "Hussein Badreddin al-Houthi", "Houthi"),
    ("The [Kachin Independence Army](GROUP) took [Bhamo](PLACE) in 2024.\nA war on two fronts\nThe movement grew out "
     "of student protests in 1961. It has been led since 2018 by [N'Ban La](ACTOR).", "N'Ban La",
     "Kachin Independence Army"),
])
def test_it_lost_the_movement_named_before_a_heading_and_carried_by_a_description(extractor, text, leader, group):
    """A heading line between two paragraphs names no antecedent, so the window reads across it; and "It" opening
    a sentence carries on a description that was the subject of the sentence before ("The movement … . It was
    led by X")."""
    rows = typed(extracted(extractor, text))
    assert {(h, t, via) for h, k, t, _, via in rows if k == "leads"} == {(leader, group, "It")}


@pytest.mark.parametrize("text", [
    "[Boko Haram](GROUP) grew.\nIt was weak then.\nThe coalition attacked [Maiduguri](PLACE).",  # a sentence, no heading
    "[Boko Haram](GROUP) grew in [Borno](PLACE).\nThe northeast, 2009 to 2015\nThe army of [Nigeria](ACTOR) "
    "retook [Maiduguri](PLACE). The report grew out of interviews. It was led by [Ahmed Salkida](ACTOR).",
])
def test_no_antecedent_across_a_sentence_or_from_a_subject_that_stands_for_nothing(extractor, text):
    assert not [r for r in typed(extracted(extractor, text)) if r[3] in ("It", "The coalition")]


@pytest.mark.parametrize("text, heads", [
    ("[Islamic State Khorasan Province](GROUP) is active. The group also targets [Pakistan](ACTOR), where it "
     "attacked a rally in [Bajaur](PLACE) in July 2023.", {"Islamic State Khorasan Province"}),
    ("[Wagner](GROUP) arrived in [Bangui](PLACE) in 2018. The group later deployed to [Mali](ACTOR), where it "
     "fought [JNIM](GROUP) near [Moura](PLACE).", {"Wagner"}),
])
def test_it_stood_for_the_place_its_relative_clause_describes(extractor, text, heads):
    """The subject of "where it attacked" or "a movement it fought" is never the noun the clause modifies."""
    rows = typed(extracted(extractor, text))
    assert {h for h, _, _, via, _ in rows if via == "it"} == heads


def test_a_possessive_in_a_relative_clause_may_still_stand_for_its_noun(extractor):
    rows = typed(extracted(extractor, "The [ELN](GROUP), which moved its units to [Arauca](PLACE), attacked "
                                      "[Saravena](PLACE)."))
    assert ("ELN", "attacks", "Saravena", None, None) in rows


@pytest.mark.parametrize("text, group", [
    ("The [Islamic State](GROUP) first claimed an attack in [Cabo Delgado](PLACE) in June 2019. [Abu Yasir "
     "Hassan](ACTOR), a Tanzanian cleric, was designated by the [United States](ACTOR) in March 2021 as the group’s "
     "leader, but most analysts regard [Bonomade Machude Omar](ACTOR) as its principal field commander.",
     "Islamic State"),
    ("[Al-Shabaab](GROUP) attacked [Mogadishu](PLACE) in 2022. [Ahmed Diriye](ACTOR), a Somali cleric, was listed "
     "by [Kenya](ACTOR) in 2014 as the group's emir, but most analysts regard [Mahad Karate](ACTOR) as its chief of "
     "intelligence.", "Al-Shabaab"),
])
def test_its_took_a_state_named_in_passing_for_the_group_the_paragraph_is_about(extractor, text, group):
    rows = typed(extracted(extractor, text))  # its field commander leads it; its chief of intelligence belongs to it
    assert {t for _, k, t, _, via in rows if k in ("leads", "member_of") and via == "its"} == {group}


def test_a_possessive_of_no_role_keeps_the_nearest_name(extractor):
    rows = typed(extracted(extractor, "[Mali](ACTOR) expelled the ambassador in 2022. Troops from [France](ACTOR) "
                                      "left [Gao](PLACE), and its bases in [Niger](PLACE) closed."))
    assert {h for h, _, _, via, _ in rows if via == "its"} == {"France"}


def test_it_still_stands_for_the_nearest_name_when_its_sentence_names_no_subject(extractor):
    """Only a possessive reaches past the nearest sentence for a subject: "fight ISKP because it challenges" is
    ISKP, not a state that was a subject two sentences before."""
    rows = typed(extracted(extractor,
        "[Islamabad](ACTOR) has pressed [Kabul](ACTOR) for years. The talks stalled. The [Taliban](GROUP) fight "
        "[ISKP](GROUP) because it challenges their rule."))
    assert not [r for r in rows if r[0] == "Islamabad" and r[3] == "it"]


@pytest.mark.parametrize("text, party", [
    ("President [Irfaan Ali](ACTOR) of [Guyana](ACTOR), who was sworn in for a second term on 7 September, told "
     "reporters on Monday that his government would not negotiate its borders with [Caracas](ACTOR).", "Guyana"),
    ("[Kenya](ACTOR)'s President [William Ruto](ACTOR) said his government would fund the [Haitian National "
     "Police](GROUP).", "Kenya"),
    ("President [Irfaan Ali](ACTOR) of [Guyana](PLACE) said that his government would not negotiate with "
     "[Caracas](ACTOR).", "Guyana"),
])
def test_his_government_took_the_person_for_the_state_whose_office_he_holds(extractor, text, party):
    """"his government" is the government of the state the person's title names in the same phrase."""
    rows = typed(extracted(extractor, text))
    assert {h for h, k, _, via, _ in rows if via == "his government"} == {party}


@pytest.mark.parametrize("text, person", [
    ("[Petro](ACTOR) declared a state of internal commotion. He also said that his government would not negotiate "
     "with the [ELN](GROUP).", "Petro"),  # no state tied to the person: the person's
    ("[Carlos Rojas](ACTOR), a lawyer in [Caracas](PLACE), said that his government would not negotiate with "
     "[Georgetown](ACTOR).", "Carlos Rojas"),  # a place of work is no office
])
def test_his_government_stays_the_person_without_an_office_named_with_him(extractor, text, person):
    rows = typed(extracted(extractor, text))
    assert {h for h, k, _, via, _ in rows if via == "his"} == {person}


@pytest.mark.parametrize("text, row", [
    ("[Saudi Arabia](ACTOR) intervened in [Yemen](PLACE) in 2015. The [Houthis](GROUP) later attacked the kingdom "
     "with drones.", ("Houthis", "attacks", "Saudi Arabia")),
    ("[Afghanistan](ACTOR) has been ruled by the Taliban since 2021. [Zabihullah Mujahid](ACTOR), the emirate's "
     "chief spokesman, met envoys in [Doha](PLACE).", ("Zabihullah Mujahid", "spokesperson_of", "Afghanistan")),
])
def test_the_kingdom_and_the_emirate_missed_the_state_named_as_a_subject(extractor, text, row):
    assert row in {(h, k, t) for h, k, t, _, _ in typed(extracted(extractor, text))}


def test_the_kingdom_stands_for_nothing_without_a_state_named_as_a_subject(extractor):
    rows = typed(extracted(extractor, "A truce took effect in 2022. The [Houthis](GROUP) then attacked the kingdom."))
    assert not [r for r in rows if r[4] == "the kingdom"]


def resolved(extractor, text: str, word: str) -> str | None:
    """The name the last `word` of a marked-up text stands for."""
    document = from_markup(text)
    doc, mentions = parse_with_mentions(extractor.nlp, document, None)
    coreference = Coreference(extractor.lexicon, extractor.kb, doc, mentions, document.text)
    found = coreference.resolve([t for t in doc if t.text == word][-1])
    return found.mention.text if found else None


@pytest.mark.parametrize("text, group", [
    ("[ISKP](GROUP) grew in 2015. It claimed the bombings in [Kerman](PLACE), in [Iran](ACTOR), in January 2024. In "
     "March its drones struck [Moscow](PLACE).", "ISKP"),
    ("[Al-Shabaab](GROUP) emerged in 2006. It has been fought by [Kenya](ACTOR) since 2011. In 2022 its car bombs "
     "struck [Mogadishu](PLACE).", "Al-Shabaab"),
])
def test_its_took_a_state_in_passing_for_the_group_a_pronoun_subject_carried(extractor, text, group):
    """A resolved pronoun subject of the sentence before outranks the names it mentions in passing, as a named
    subject would."""
    assert resolved(extractor, text, "its") == group


def test_a_singular_pronoun_does_not_carry_a_plural_subject(extractor):
    rows = typed(extracted(extractor,
        "The [Assembly](GROUP) met in May. Together with the agreement, they form the legal architecture that the "
        "[Assembly](GROUP) promised. The [United States](ACTOR) will not be part of it."))
    assert not [r for r in rows if r[4] == "it"]


@pytest.mark.parametrize("text, row", [
    ("In three weeks the [M23](GROUP) took the two provincial capitals. The movement was backed throughout by the "
     "[Rwanda Defence Force](GROUP), which experts estimated had 4,000 troops inside the country by mid-2024, a "
     "presence that [Kigali](ACTOR) has consistently denied.", ("Rwanda Defence Force", "supports", "M23")),
    ("The [Houthis](GROUP) took [Sanaa](PLACE) in 2014. The movement was armed for years by [Iran](ACTOR), which "
     "experts say had advisers in [Yemen](PLACE) by 2016, a role that Tehran has always denied.",
     ("Iran", "supports", "Houthis")),
])
def test_the_movement_stood_for_nothing_when_the_parser_hung_an_apposition_on_it_across_the_verb(extractor, text, row):
    """"The movement was backed by X, …, a presence that …": the apposition belongs to the clause's end, not to
    the description, which still stands for the movement named before."""
    assert row in {(h, k, t) for h, k, t, _, via in typed(extracted(extractor, text)) if via == "The movement"}


def test_a_description_in_apposition_to_a_name_still_names_its_party(extractor):
    rows = typed(extracted(extractor, "[Hamas](GROUP) met in [Cairo](PLACE). The group, [Islamic Jihad](GROUP), "
                                      "attacked [Sderot](PLACE)."))
    assert not [r for r in rows if r[3] == "The group"]


@pytest.mark.parametrize("text, row", [
    ("The [M23](GROUP) is not a new actor. It was founded in 2012 by former fighters of the [CNDP](GROUP), who "
     "mutinied from the army. The movement briefly held [Goma](PLACE) in November 2012. After a decade in camps in "
     "[Uganda](PLACE), the group resumed its insurgency and seized [Bunagana](PLACE).", ("M23", "attacks", "Bunagana")),
    ("The [Islamic State](GROUP) was founded in Iraq. It was joined by fighters of [al-Nusra](GROUP). The group then "
     "attacked the [Kurds](GROUP).", ("Islamic State", "attacks", "Kurds")),
])
def test_a_description_subject_took_a_name_in_passing_for_the_subject_a_pronoun_carried(extractor, text, row):
    """"It was founded by fighters of the CNDP …. The movement held Goma": a description that is a subject carries
    on what the pronoun subject of the sentence before stands for, as a pronoun does, not the group named in
    passing; the descriptions after it carry it on in turn."""
    rows = typed(extracted(extractor, text))
    assert row in {(h, k, t) for h, k, t, via, _ in rows if via}
    assert not [r for r in rows if r[3] and r[0] in ("CNDP", "al-Nusra")]


def test_a_description_subject_keeps_a_named_subject_of_the_sentence_before(extractor):
    rows = typed(extracted(extractor, "[Hamas](GROUP) won the 2006 elections. [Fatah](GROUP) was founded by "
                                      "[Yasser Arafat](ACTOR). The movement later attacked [Gaza](PLACE)."))
    assert {h for h, _, _, via, _ in rows if via == "The movement"} == {"Fatah"}


@pytest.mark.parametrize("text, row", [
    ("[Los Chapitos](GROUP) fought [La Mayiza](GROUP) in [Culiacán](PLACE). La Mayiza has formed an alliance with "
     "the [CJNG](GROUP), the rival network led by [Nemesio Oseguera Cervantes](ACTOR).",
     ("Nemesio Oseguera Cervantes", "leads", "CJNG")),
    ("The [ELN](GROUP) fought in [Arauca](PLACE). Its fronts clashed with the [EMC](GROUP), the dissident group led "
     "by [Néstor Gregorio Vera](ACTOR).", ("Néstor Gregorio Vera", "leads", "EMC")),
])
def test_a_description_in_apposition_took_a_name_before_the_one_it_describes(extractor, text, row):
    """"X formed an alliance with the CJNG, the rival network led by Y": the description describes the name just
    before its comma, whatever noun the parser hangs it on; it is not an anaphor for an earlier name, and the
    alliance it is hung on is not the network ("X founded the CJNG")."""
    rows = {(h, k, t) for h, k, t, _, _ in typed(extracted(extractor, text))}
    assert row in rows
    assert not [r for r in rows if r[1] in ("leads", "founded") and r[2] in ("La Mayiza", "Los Chapitos", "ELN")]


@pytest.mark.parametrize("text, row", [
    ("The [M23](GROUP) took [Goma](PLACE) in 2012.\nFighting displaced thousands around [Rutshuru](PLACE) in "
     "2013.\nIn 2021 the movement attacked [Bunagana](PLACE).", ("M23", "attacks", "Bunagana")),
    ("The [Sinaloa Cartel](GROUP) split in 2024.\nFighting displaced thousands around [Culiacán](PLACE).\nIn 2025 "
     "the cartel attacked [Navolato](PLACE).", ("Sinaloa Cartel", "attacks", "Navolato")),
    ("The [European Union Mission in Armenia](GROUP) ([EUMA](GROUP)), a civilian mission deployed in February "
     "2023, patrols the border. Its mandate was extended in January 2025. [Baku](ACTOR) has criticised the mission "
     "as a Western presence in the region.", ("Baku", "opposes", "EUMA")),
])
def test_a_description_of_a_kind_of_body_lost_its_name_beyond_the_paragraph(extractor, text, row):
    """"the movement", "the cartel", "the mission" name a kind of body the knowledge base records (an armed group,
    a peace operation): with no name in their paragraph they reach back through their section for one of that
    kind or whose name holds the word."""
    assert row in {(h, k, t) for h, k, t, hv, tv in typed(extracted(extractor, text)) if hv or tv}


@pytest.mark.parametrize("text", [
    "The [M23](GROUP) took [Goma](PLACE) in 2012.\nFighting displaced thousands around [Rutshuru](PLACE).\nLife "
    "after the war\nIn 2021 the movement attacked [Bunagana](PLACE).",  # a heading closes the section
    "[Hamas](GROUP) won the vote.\nFighting displaced thousands around [Rafah](PLACE).\nIn 2021 the party "
    "attacked [Sderot](PLACE).",  # "party" names no kind the knowledge base records
    "The [IMF](GROUP) sent a team to [Accra](PLACE). The mission met [Kwame Asante](ACTOR).",  # no mission named
])
def test_a_description_reaches_no_name_beyond_its_section_or_of_another_kind(extractor, text):
    assert not [r for r in typed(extracted(extractor, text)) if r[3] or r[4]]


@pytest.mark.parametrize("text, row", [
    ("In December 2023 [Corneille Nangaa](ACTOR) launched the [Alliance Fleuve Congo](GROUP) ([AFC](GROUP)) in "
     "[Nairobi](PLACE), with the [M23](GROUP) as its main component.", ("M23", "member_of", "AFC")),
    ("In 2017 [Iyad Ag Ghaly](ACTOR) founded [JNIM](GROUP) in [Mali](PLACE), with [Ansar Dine](GROUP) as its "
     "largest component.", ("Ansar Dine", "member_of", "JNIM")),
])
def test_its_in_an_as_phrase_took_the_name_the_phrase_describes(extractor, text, row):
    """"with X as its main component": the possessive of the "as" phrase is never the name it describes."""
    assert row in {(h, k, t) for h, k, t, _, _ in typed(extracted(extractor, text))}


@pytest.mark.parametrize("text, row", [
    ("[Tshisekedi](ACTOR) said that [Kagame](ACTOR) had lied and that he would not negotiate with the [M23](GROUP).",
     ("Tshisekedi", "negotiates_with", "M23")),
    ("[Petro](ACTOR) said that [Márquez](ACTOR) had left and that he would not negotiate with the [ELN](GROUP).",
     ("Petro", "negotiates_with", "ELN")),
    ("[Ali](ACTOR) met [Maduro](ACTOR) in [Kingstown](PLACE) in December 2023. Observers said that he would not "
     "negotiate with [Caracas](ACTOR).", ("Ali", "negotiates_with", "Caracas")),
])
def test_he_in_a_report_took_a_name_inside_the_report_for_the_speaker(extractor, text, row):
    """The subject pronoun of a reported clause, also of a second report coordinated with it ("said that X had lied
    and that he …"), stands for the speaker named as the subject of the verb of saying, never for a name inside the
    report; with no speaker named, the usual rule holds."""
    rows = typed(extracted(extractor, text))
    assert {(h, k, t) for h, k, t, via, _ in rows if via == "he"} == {row}


@pytest.mark.parametrize("text, row", [
    ("Brussels, 15 December 2025. The [Council of the European Union](GROUP) today approved conclusions, following "
     "a discussion in the [Foreign Affairs Council](GROUP).\n2. The Council condemns the [Georgian Dream](GROUP) "
     "government.", ("Council of the European Union", "opposes", "Georgian Dream", "The Council", None)),
    ("The [Peace and Security Council](GROUP) of the [African Union](GROUP) met on 18 December.\n3. The Council "
     "condemns [3R](GROUP) for the attacks.", ("Peace and Security Council", "opposes", "3R", "The Council", None)),
    ("The [UN Interim Force in Lebanon](GROUP) was set up in 1978. Its mandate was renewed in 2024.\nThe Force "
     "supported the [Lebanese Armed Forces](GROUP).",
     ("UN Interim Force in Lebanon", "supports", "Lebanese Armed Forces", "The Force", None)),
    ("The [Moro Islamic Liberation Front](GROUP) signed a peace deal in 2014. Fighting continued in [Sulu](PLACE). "
     "The Front later attacked the [Abu Sayyaf Group](GROUP).",
     ("Moro Islamic Liberation Front", "attacks", "Abu Sayyaf Group", "The Front", None)),
])
def test_the_council_stood_for_nothing_when_a_text_shortened_the_name_of_its_body(extractor, text, row):
    """Institutional statements shorten the name of their body to its capitalised head noun, beyond the paragraph."""
    assert row in typed(extracted(extractor, text))


def test_a_shortened_name_keeps_its_body_past_a_name_of_the_same_head_in_passing(extractor):
    text = ("The [Council of the European Union](GROUP) approved conclusions on [Georgia](ACTOR).\n1. The Council "
            "recalls its support. The [EU](GROUP) notes that the [Venice Commission of the Council of Europe](GROUP) "
            "considers the law incompatible.\n2. The Council condemns the [Ministry of Internal Affairs](GROUP).")
    assert ("Council of the European Union", "opposes", "Ministry of Internal Affairs", "The Council", None) in \
        typed(extracted(extractor, text))


def test_a_shortened_name_takes_the_nearest_body_of_its_head_in_the_paragraph(extractor):
    rows = typed(extracted(extractor, "The [Security Council](GROUP) met on Monday. The [European Council](GROUP) met "
                                      "on Tuesday. The Council condemned [Russia](ACTOR)."))
    assert {(h, via) for h, k, t, via, _ in rows if k == "opposes"} == {("European Council", "The Council")}


@pytest.mark.parametrize("text", [
    "The [Security Council](GROUP) and the [European Council](GROUP) met in [Brussels](PLACE).\nThe Council "
    "condemned [Russia](ACTOR).",  # two bodies of that head, equally salient
    "The [African Union](GROUP) met in [Addis Ababa](PLACE). The Commission condemned [Russia](ACTOR).",  # none named
    "The [NATO](GROUP) summit ended. The Atlantic Council criticised [Russia](ACTOR).",  # an untagged name
    "The [Security Council](GROUP) met. The Council on Foreign Relations criticised [Russia](ACTOR).",  # and another
])
def test_a_shortened_name_stands_for_nothing_without_one_body_of_its_head(extractor, text):
    assert not [r for r in typed(extracted(extractor, text)) if r[3] or r[4]]


def test_a_shortened_name_carries_on_to_the_possessive_of_its_clause(extractor):
    text = ("The [Council of the European Union](GROUP) approved conclusions. The [EU](GROUP) notes the elections.\n"
            "13. The Council will revert to the matter at its meeting in spring.")
    assert resolved(extractor, text, "its") == "Council of the European Union"


@pytest.mark.parametrize("text, word, name", [
    ("The [Moro Islamic Liberation Front](GROUP) signed a deal in 2014. The [Abu Sayyaf Group](GROUP) rejected it, "
     "and in 2015 [Murad Ebrahim](ACTOR) became chairman of the front.", "front", "Moro Islamic Liberation Front"),
    ("The [Movement for Socialism](GROUP) won in 2020. The [Civic Community](GROUP) alliance lost seats, and "
     "[Luis Arce](ACTOR) became leader of the movement.", "movement", "Movement for Socialism"),
])
def test_the_front_took_the_nearest_group_for_the_front_named_before(extractor, text, word, name):
    """A description whose noun is the head of a name in its reach stands for that name, before nearer others."""
    assert resolved(extractor, text, word) == name


def test_a_description_stands_for_nothing_between_two_names_of_its_head_in_one_sentence(extractor):
    text = ("Fighting went on in [Sulu](PLACE) and [Basilan](PLACE), where the [Moro National Liberation Front](GROUP) "
            "and the [Moro Islamic Liberation Front](GROUP) held camps. Talks with the front resumed.")
    assert resolved(extractor, text, "front") is None


@pytest.mark.parametrize("text, row", [
    ("In [Quetta](PLACE), the leader of the [Baloch Yakjehti Committee](GROUP) remained in detention; Chief Minister "
     "[Sarfraz Bugti](ACTOR) accused the movement of shielding militants.",
     ("Sarfraz Bugti", "opposes", "Baloch Yakjehti Committee", None, "the movement")),
    ("The [M23](GROUP) took [Goma](PLACE) in January. [Félix Tshisekedi](ACTOR) accused the movement of recruiting "
     "children.", ("Félix Tshisekedi", "opposes", "M23", None, "the movement")),
])
def test_the_movement_stood_for_nothing_when_the_parser_hung_the_charge_on_it(extractor, text, row):
    assert row in typed(extracted(extractor, text))


def test_the_movement_of_a_named_party_is_still_no_anaphor(extractor):
    text = "The [M23](GROUP) took [Goma](PLACE). [Rwanda](ACTOR) backed the movement of [Twirwaneho](GROUP) fighters."
    assert not [r for r in typed(extracted(extractor, text)) if r[4] == "the movement"]


@pytest.mark.parametrize("text, heads", [
    ("[Hamas](GROUP) and [Fatah](GROUP) met in [Cairo](PLACE) in 2017. They later attacked [Israel](ACTOR).",
     {"Hamas", "Fatah"}),
    ("[Beijing](ACTOR) announced sanctions on US defense firms, among them [Lockheed Martin](GROUP) and "
     "[Raytheon](GROUP). In February 2023, the [Ministry of Commerce](GROUP) opposed their bids.",
     {"Lockheed Martin", "Raytheon"}),
])
def test_their_took_one_name_for_the_names_coordinated_before_it(extractor, text, heads):
    rows = typed(extracted(extractor, text))
    assert {n for h, k, t, hv, tv in rows for n, via in ((h, hv), (t, tv)) if via in ("They", "their")} == heads


def test_them_after_a_plural_noun_is_not_the_names_coordinated_before(extractor):
    text = ("[Mzia Amaglobeli](ACTOR) founded the [Batumelebi](GROUP) and [Netgazeti](GROUP) outlets. Sentences were "
            "handed down to opposition leaders, among them [Nika Melia](ACTOR).")
    assert resolved(extractor, text, "them") != "Batumelebi"


@pytest.mark.parametrize("text, row", [
    ("The representative of [Pakistan](ACTOR) said his country supported a strong [UNIFIL](GROUP).",
     ("Pakistan", "supports", "UNIFIL", "his country", None)),
    ("[Kenya](ACTOR)'s envoy said her country supported [AMISOM](GROUP).",
     ("Kenya", "supports", "AMISOM", "her country", None)),
])
def test_his_country_took_nothing_for_the_state_of_an_unnamed_delegate(extractor, text, row):
    assert row in typed(extracted(extractor, text))


def test_his_country_of_a_delegate_of_no_state_stands_for_no_state(extractor):
    rows = typed(extracted(extractor, "The representative of [UNICEF](GROUP) said his country supported "
                                      "[UNIFIL](GROUP)."))
    assert not [r for r in rows if r[3] == "his country"]


def test_the_council_stood_for_nothing_when_the_document_reported_on_another_council(extractor):
    """Beyond its reach, a shortened name stands for the first body of that head the document names as a subject:
    what the statement is about, not a council it reports on."""
    text = ("The [Security Council](GROUP) heard today that the army had deployed.\nIn August, the [Council of "
            "Ministers](GROUP) tasked the army with a plan.\nThe troops were praised. A delegate called on the Council "
            "to act.")
    assert resolved(extractor, text, "Council") == "Security Council"


@pytest.mark.parametrize("text, name", [
    ("The [Moro Islamic Liberation Front](GROUP) was founded by [Hashim Salamat](ACTOR), who broke away from the "
     "[Moro National Liberation Front](GROUP). The [Moro National Liberation Front](GROUP) went on to sign the 1996 "
     "agreement. In 2003 [Murad Ebrahim](ACTOR) became chairman of the front.", "Moro Islamic Liberation Front"),
    ("The [Polisario Front](GROUP) was formed in 1973, years before the [Socialist Forces Front](GROUP) split. The "
     "[Socialist Forces Front](GROUP) later boycotted elections. In 2016 [Brahim Ghali](ACTOR) became leader of "
     "the front.", "Polisario Front"),
])
def test_the_front_took_a_front_named_in_passing_for_the_front_the_paragraph_is_about(extractor, text, name):
    assert resolved(extractor, text, "front") == name


def test_the_front_lost_the_front_named_before_its_paragraph(extractor):
    text = ("The [Moro Islamic Liberation Front](GROUP) signed a deal in 2014.\nThe region was inaugurated in 2019.\n"
            "[Congress](GROUP) extended the transition in 2022. The front accepted the change.")
    assert resolved(extractor, text, "front") == "Moro Islamic Liberation Front"


@pytest.mark.parametrize("text, name", [
    ("The [Moro Islamic Liberation Front](GROUP) was founded in 1977. The [Moro National Liberation Front](GROUP) "
     "signed a deal in 1996. After 2003 the leadership of the front passed to [Murad Ebrahim](ACTOR), its long-time "
     "military chief.", "Moro Islamic Liberation Front"),
    ("The [Polisario Front](GROUP) was formed in 1973. The [Socialist Forces Front](GROUP) boycotted the polls. In "
     "2016 the leadership of the front passed to [Brahim Ghali](ACTOR), its defence minister.", "Polisario Front"),
])
def test_its_took_the_subject_of_an_earlier_sentence_for_the_description_just_before_it(extractor, text, name):
    assert resolved(extractor, text, "its") == name


def test_a_name_of_its_kind_between_a_description_and_its_keeps_the_pronoun_from_the_description(extractor):
    document = from_markup("The [Moro Islamic Liberation Front](GROUP) was founded in 1977. In 2000 the front fought "
                           "the [Abu Sayyaf Group](GROUP) and its leaders.")
    doc, mentions = parse_with_mentions(extractor.nlp, document, None)
    coreference = Coreference(extractor.lexicon, extractor.kb, doc, mentions, document.text)
    its = [t for t in doc if t.text == "its"][-1]
    assert coreference.resolve([t for t in doc if t.text == "front"][-1]) is not None
    assert coreference.described_before(its, coreference.reading(its)) == ()


@pytest.mark.parametrize("text, row", [
    ("The [Lebanese Armed Forces](GROUP) deployed south of the river.\nMr. Lacroix said that [UNIFIL](GROUP), which "
     "was set up in 1978, had supported the Lebanese army in some 300 operations.",
     ("UNIFIL", "supports", "Lebanese Armed Forces", None, "the Lebanese army")),
    ("The [Malian Armed Forces](GROUP) retook [Kidal](PLACE) in 2023.\n[Wagner Group](GROUP) fighters, who arrived "
     "in 2021, trained the Malian army.", ("Wagner Group", "supports", "Malian Armed Forces", None, "the Malian army")),
])
def test_the_lebanese_army_took_the_body_named_nearer_for_the_army_its_adjective_names(extractor, text, row):
    rows = typed(extracted(extractor, text))
    assert not [r for r in rows if r[4] and r[4].startswith("the") and r[2] != row[2]]
    assert row in rows


def test_the_sudanese_army_stands_for_nothing_when_no_name_holds_its_adjective(extractor):
    rows = typed(extracted(extractor, "The [Rapid Support Forces](GROUP) took [El Fasher](PLACE). The [UN](GROUP) "
                                      "said the Sudanese army attacked [Omdurman](PLACE)."))
    assert not [r for r in rows if r[3] == "the Sudanese army"]


@pytest.mark.parametrize("text", [
    "The representative of [Pakistan](ACTOR) said his country supported [UNIFIL](GROUP) until the end of its "
    "mandate.",  # a name between the carried subject and the pronoun
    "The [Lebanese Armed Forces](GROUP) deployed in the south.\nMr. Lacroix said that [UNIFIL](GROUP) had supported "
    "the Lebanese army in 300 operations, and that its peacekeepers had found rockets.",  # a description as object
])
def test_its_took_a_resolved_subject_or_object_for_the_body_named_between_them(extractor, text):
    assert resolved(extractor, text, "its") == "UNIFIL"


@pytest.mark.parametrize("text, names", [
    ("18. Urges the [CAR](ACTOR) and [Chad](ACTOR) to convene the joint commission on security along their common "
     "border.", ("CAR", "Chad")),
    ("Officials said an attack by [LeT](GROUP) or [JeM](GROUP), they said, could follow.", None),
])
def test_their_of_coordinated_states_and_of_alternatives(extractor, text, names):
    document = from_markup(text)
    doc, mentions = parse_with_mentions(extractor.nlp, document, None)
    coreference = Coreference(extractor.lexicon, extractor.kb, doc, mentions, document.text)
    pronoun = [t for t in doc if t.lower_ in ("their", "they")][-1]
    found = coreference.resolve(pronoun)
    assert (tuple(m.text for m in found.mentions) if found and len(found.mentions) > 1 else None) == names


@pytest.mark.parametrize("text, wrong", [
    ("[JNIM](GROUP) and [ISGS](GROUP) attacked the army in [Tillabéri](PLACE).", ("JNIM", "attacks", "ISGS")),
    ("[Boko Haram](GROUP) grew. [ISWAP](GROUP) later split from the group.", ("ISWAP", "split_from", "ISWAP")),
])
def test_an_object_description_stood_for_a_subject_of_its_own_clause(extractor, text, wrong):
    rows = {(h, k, t) for h, k, t, _, _ in typed(extracted(extractor, text))}
    assert wrong not in rows


def test_an_object_description_still_stands_for_a_name_outside_its_clause(extractor):
    rows = typed(extracted(extractor, "[Boko Haram](GROUP) grew. [ISWAP](GROUP) later split from the group."))
    assert ("ISWAP", "split_from", "Boko Haram") in {(h, k, t) for h, k, t, _, _ in rows}
@pytest.mark.parametrize("text, row", [
    ("[Los Choneros](GROUP) takes its name from [Chone](PLACE). It was led by [Jorge Luis Zambrano](ACTOR) until he "
     "was killed in [Manta](PLACE) in December 2020.", ("Jorge Luis Zambrano", "leads", "Los Choneros")),
    ("The [Lord's Resistance Army](GROUP) emerged in northern [Uganda](PLACE) in 1987. It was commanded by [Joseph "
     "Kony](ACTOR) until he fled to [Darfur](PLACE).", ("Joseph Kony", "leads", "Lord's Resistance Army")),
])
def test_it_before_an_until_clause_was_taken_for_the_it_of_a_postponed_subject(extractor, text, row):
    assert row in {r[:3] for r in typed(extracted(extractor, text))}


def test_it_before_a_postponed_subject_is_still_no_anaphor(extractor):
    assert resolved(extractor, "[Hamas](GROUP) met in [Cairo](PLACE). It is vital for [Egypt](ACTOR) to mediate.",
                    "It") is None


@pytest.mark.parametrize("text", [
    "[APPR](GROUP): Why Nduga?\n[Kaisiepo-Lindqvist](GROUP): The terrain shelters fighters.\n[APPR](GROUP): Who leads "
    "there?\n[Kaisiepo-Lindqvist](GROUP): [Egianus Kogoya](ACTOR) leads a command there. The group has deep roots in "
    "[Nduga](PLACE).",
    "[Al Jazeera](GROUP): What comes next?\n[Spokesperson](GROUP): Talks resume soon.\n[Al Jazeera](GROUP): Where?\n"
    "[Spokesperson](GROUP): We met the delegation. The organisation is based in [Doha](PLACE).",
])
def test_a_speakers_label_was_taken_for_what_the_group_stands_for(extractor, text):
    assert not [r for r in typed(extracted(extractor, text)) if r[3] or r[4]]


@pytest.mark.parametrize("text, word, name", [
    ("[JNIM](GROUP): founded in 2017.\nThe group has since expanded into [Benin](PLACE).", "group", "JNIM"),
    ("Key actors\n[Wagner Group](GROUP): deployed in 2021. The group trained the army of [Mali](ACTOR).", "group",
     "Wagner Group"),
])
def test_a_name_before_a_colon_outside_a_transcript_was_dropped_as_a_speakers_label(extractor, text, word, name):
    assert resolved(extractor, text, word) == name


def test_a_name_opening_a_line_without_a_colon_is_still_an_antecedent(extractor):
    assert resolved(extractor, "[Hamas](GROUP) rejected the plan.\nThe group also attacked [Israel](ACTOR).",
                    "group") == "Hamas"


@pytest.mark.parametrize("text, word, name", [
    ("On one side you have the [West Papua National Liberation Army](GROUP), the [TPNPB](GROUP), which presents "
     "itself as the armed wing of the [Free Papua Movement](GROUP).", "itself", "TPNPB"),
    ("[APPR](GROUP) said that [Hayat Tahrir al-Sham](GROUP) had distanced itself from [al-Qaeda](GROUP).", "itself",
     "Hayat Tahrir al-Sham"),  # its own clause's subject, not the speaker's
])
def test_itself_took_a_name_outside_its_own_clause(extractor, text, word, name):
    assert resolved(extractor, text, word) == name


@pytest.mark.parametrize("text, row", [
    ("[Los Lobos](GROUP), which broke away from [Los Choneros](GROUP), is now the largest gang. It is led by [Wilmer "
     "Chavarría Barre](ACTOR). [Los Tiguerones](GROUP) and [Los Chone Killers](GROUP) are its allies.",
     ("Los Tiguerones", "supports", "Los Lobos")),
    ("The [United States](ACTOR) and the [United Kingdom](ACTOR) sanctioned the [Prince Group](GROUP) and its "
     "chairman, [Chen Zhi](ACTOR), in October.", ("Chen Zhi", "leads", "Prince Group")),
])
def test_its_took_a_name_of_its_own_clause_that_it_cannot_stand_for(extractor, text, row):
    rows = {r[:3] for r in typed(extracted(extractor, text))}
    assert row in rows
    assert not [r for r in rows if r[0] == r[2]]


@pytest.mark.parametrize("text, word, name", [
    ("[Los Choneros](GROUP) and [Los Lobos](GROUP) fought for control of its wings.", "its", None),  # not one of two
    ("In February the rebels took [Bukavu](PLACE), where the [FARDC](GROUP) and its allies withdrew.", "its", "FARDC"),
    ("On 6 August [Hamas](GROUP) named [Yahya Sinwar](ACTOR), its leader in [Gaza](PLACE).", "its", "Hamas"),
])
def test_its_of_coordinated_subjects_and_of_its_own_subject(extractor, text, word, name):
    assert resolved(extractor, text, word) == name


@pytest.mark.parametrize("text, heads", [
    ("[Washington](ACTOR) sanctioned [Los Choneros](GROUP) in February 2024 and [Los Lobos](GROUP) in June 2024, and "
     "in September 2025 the [State Department](GROUP) designated both gangs as terrorist organisations.",
     {"Los Choneros", "Los Lobos"}),
    ("[Ethiopia](ACTOR) and [Eritrea](ACTOR) met in May. [Kenya](ACTOR) listed [al-Shabaab](GROUP) in March and "
     "[ISIS-Somalia](GROUP) in May, and the [AU](GROUP) condemned both groups in June.",
     {"al-Shabaab", "ISIS-Somalia"}),
])
def test_both_gangs_took_a_list_before_for_the_two_names_of_their_own_sentence(extractor, text, heads):
    rows = typed(extracted(extractor, text))
    assert {t for _, _, t, _, via in rows if via and via.startswith("both")} == heads


def test_his_fighters_took_a_relative_named_in_passing_for_the_commander(extractor):
    rows = typed(extracted(extractor,
        "[Egianus Kogoya](ACTOR) leads the [Ndugama](GROUP) command in [Nduga](PLACE). His father, "
        "[Silas Kogoya](ACTOR), was a guerrilla commander before him, and the group has deep roots in the villages. "
        "On 7 February 2023 his fighters seized [Phillip Mehrtens](ACTOR), a pilot."))
    assert {h for h, _, t, via, _ in rows if t == "Phillip Mehrtens" and via == "his"} == {"Egianus Kogoya"}


def test_he_after_a_relative_named_as_subject_is_still_that_relative(extractor):
    assert resolved(extractor, "[Egianus Kogoya](ACTOR) leads a command. His father, [Silas Kogoya](ACTOR), was a "
                               "commander. He was killed in 2005.", "He") == "Silas Kogoya"


@pytest.mark.parametrize("text, word, name", [
    ("The case of [Arbel Yehud](ACTOR), a hostage held by the [Palestinian Islamic Jihad](GROUP), delayed the "
     "return. The group, whose secretary-general is [Ziyad al-Nakhalah](ACTOR), released her in [Khan Younis](PLACE).",
     "her", "Arbel Yehud"),
    ("[Egianus Kogoya](ACTOR) leads a command. His father, [Silas Kogoya](ACTOR), was a commander before him.", "him",
     "Egianus Kogoya"),
    ("In 2025 [Salva Kiir](ACTOR) dismissed [Riek Machar](ACTOR) and charged him with treason.", "him", "Riek Machar"),
    ("[Xi Jinping](ACTOR) will hold talks with [To Lam](ACTOR), and [Li Qiang](ACTOR) will meet with him.", "him",
     "To Lam"),
])
def test_an_object_pronoun_took_its_own_clauses_subject(extractor, text, word, name):
    assert resolved(extractor, text, word) == name


@pytest.mark.parametrize("text, rows", [
    ("5. The [Black Sea Fleet](GROUP) has suffered heavy losses.\n6. [HUR](GROUP) attacked the ports. The fleet "
     "responded by moving its ships to [Novorossiysk](PLACE). The fleet commander, Admiral [Viktor Sokolov](ACTOR), "
     "was reported killed.", {("Black Sea Fleet", "located_in", "Novorossiysk"),
                              ("Viktor Sokolov", "leads", "Black Sea Fleet")}),
    ("The [Pacific Fleet](GROUP) held drills near [Japan](ACTOR). The fleet commander, Admiral [Viktor Liina](ACTOR), "
     "watched.", {("Viktor Liina", "leads", "Pacific Fleet")}),
])
def test_the_fleet_took_nothing_for_the_fleet_named_before(extractor, text, rows):
    assert rows <= {r[:3] for r in typed(extracted(extractor, text))}


def test_the_fleet_stands_for_no_body_without_fleet_in_its_name(extractor):
    rows = typed(extracted(extractor, "[HUR](GROUP) and the [SBU](GROUP) struck ports. The fleet responded by moving "
                                      "to [Novorossiysk](PLACE)."))
    assert not [r for r in rows if r[3] or r[4]]


@pytest.mark.parametrize("text, name", [
    ("[Israel](ACTOR) rejected the offer.\n[Hamas](GROUP) sent a delegation to [Cairo](PLACE). The Israeli government "
     "said the text was far from its requirements.", "Israel"),  # the state its adjective names, not a nearer party
    ("[Mali](ACTOR) and [Ansar Dine](GROUP) met. The same month the Algerian government sent a convoy to "
     "[Kidal](PLACE).", None),  # a demonym of a state the text does not name
    ("We appreciate [China](ACTOR)'s efforts, and the Pakistani government agreed.", None),
])
def test_the_israeli_government_took_the_subject_state_for_the_state_its_adjective_names(extractor, text, name):
    assert resolved(extractor, text, "government") == name


@pytest.mark.parametrize("text, name", [
    ("The [UN Security Council](GROUP) urged [Russia](ACTOR) to withdraw its troops from [Georgia](PLACE).", "Russia"),
    ("[Ankara](ACTOR) closed the straits. It has equally prevented [Ukraine](ACTOR) from receiving warships from its "
     "partners.", "Ukraine"),
    ("[Mali](ACTOR) forced [MINUSMA](GROUP) to close its bases in [Kidal](PLACE).", "MINUSMA"),
    ("[Kenya](ACTOR) met [Somalia](ACTOR) and decided to withdraw its troops from [Kismayo](PLACE).", "Kenya"),
])
def test_its_in_a_clause_an_object_does_took_the_subject_that_made_it_do_so(extractor, text, name):
    assert resolved(extractor, text, "its") == name


@pytest.mark.parametrize("text", [
    "On 11 January 2024 [Türkiye](ACTOR), [Romania](ACTOR) and [Bulgaria](ACTOR) signed a memorandum establishing the "
    "[MCM Black Sea](GROUP), which began operations on 1 July 2024; their defence ministers, [Yasar Guler](ACTOR) and "
    "[Angel Tilvar](ACTOR), attended the signing.",
    "[Mali](ACTOR), [Niger](ACTOR) and [Burkina Faso](ACTOR) founded the [Alliance of Sahel States](GROUP), which "
    "holds summits; their presidents, [Assimi Goïta](ACTOR) and [Abdourahamane Tiani](ACTOR), met in [Niamey](PLACE).",
])
def test_their_after_a_plural_noun_took_the_body_named_between(extractor, text):
    assert not [r for r in typed(extracted(extractor, text)) if r[4] == "their"]


@pytest.mark.parametrize("text, name", [
    ("A group known as the [Davao Death Squad](GROUP) killed suspected dealers in [Davao City](PLACE) while Mr "
     "[Duterte](ACTOR) was its mayor.", "Davao City"),
    ("Violence returned to [Medellín](PLACE) after the [Oficina de Envigado](GROUP) split, and [Federico "
     "Gutiérrez](ACTOR), its mayor, asked for troops.", "Medellín"),
    ("Floods hit [Mombasa](PLACE) in May. Its governor, [Abdulswamad Nassir](ACTOR), declared an emergency.",
     "Mombasa"),
    ("The [Central Bank of Kenya](GROUP) raised rates. Its governor, [Kamau Thugge](ACTOR), spoke in "
     "[Nairobi](PLACE).", "Central Bank of Kenya"),  # a bank has a governor too: the nearest is right
    ("The [Davao Death Squad](GROUP) operated for years. Its mayor, [Sara Duterte](ACTOR), denied it.", None),
    ("[Gagauzia](PLACE), an autonomous region with its capital at [Comrat](PLACE), voted against the [PAS](GROUP). Its "
     "governor, [Evghenia Gutul](ACTOR), was elected in 2023.", "Gagauzia"),  # the subject, not a nearer name
])
def test_its_mayor_took_the_squad_for_the_city_it_governs(extractor, text, name):
    """A place's role ("its mayor", "its governor") stands for the nearest name of a kind that has one: a place, or
    for a governor a body too; a mayor is no body's."""
    assert resolved(extractor, text, "Its" if "Its" in text else "its") == name


@pytest.mark.parametrize("text, name", [
    ("The [FLNKS](GROUP) itself did not emerge intact. The front, founded in 1984, unites the [UC](GROUP) and "
     "smaller parties.", "FLNKS"),
    ("The [MNLA](GROUP) took [Kidal](PLACE) in 2012. The movement, founded in 2011, unites Tuareg fighters.", "MNLA"),
])
def test_the_front_missed_an_acronym_the_tagger_read_as_a_plural(extractor, text, name):
    """An acronym ending in S is one body, not a plural a singular description cannot stand for."""
    assert resolved(extractor, text, text.split(". The ")[1].split(",")[0]) == name


@pytest.mark.parametrize("text, name", [
    ("The Field Coordination Cell for Action, a network that was created by the [Union Calédonienne](GROUP), was "
     "described by [Gérald Darmanin](ACTOR) as a group. Its leader, [Christian Tein](ACTOR), was arrested.", None),
    ("The Popular Defence Forces, a militia that was armed by [Khartoum](ACTOR), were accused by [Human Rights "
     "Watch](GROUP) of abuses. Its commander, [Ali Kushayb](ACTOR), was arrested.", None),
    ("The [Field Coordination Cell for Action](GROUP), a network that was created by the [Union Calédonienne](GROUP), "
     "was described by [Gérald Darmanin](ACTOR) as a group. Its leader, [Christian Tein](ACTOR), was arrested.",
     "Field Coordination Cell for Action"),  # named, the subject is what the role is of
])
def test_its_leader_took_a_name_in_passing_for_the_body_an_untagged_subject_names(extractor, text, name):
    assert resolved(extractor, text, "Its") == name


@pytest.mark.parametrize("text, name", [
    ("The [Melanesian Spearhead Group](GROUP), of which the [FLNKS](GROUP) has been a member since the 1980s, "
     "expressed its support for the Kanak people.", "Melanesian Spearhead Group"),
    ("The [African Union](GROUP), which [Morocco](ACTOR) rejoined in 2017, renewed its mandate in [Addis "
     "Ababa](PLACE).", "African Union"),
    ("The [ECOWAS](GROUP) summit opened in [Abuja](PLACE), where [Niger](ACTOR) confirmed its withdrawal.",
     "Niger"),  # the pronoun inside the relative clause: its own subject
    ("The [United States](ACTOR) has sold arms to [Taiwan](ACTOR) without diplomatic relations since January 1, 1979, "
     "when [Washington](ACTOR) recognized the [PRC](ACTOR) and ended its defense treaty with the [Republic of "
     "China](ACTOR).", "Washington"),  # a clause of a date, not of a name
])
def test_its_in_a_main_clause_took_the_subject_of_a_relative_clause(extractor, text, name):
    assert resolved(extractor, text, "its") == name


@pytest.mark.parametrize("text, name", [
    ("The [Election Observation Mission of the South Asia Electoral Observation Network](GROUP) presents its "
     "findings.\nBackground\nThe [National People's Power](GROUP) won.\nObservation\nThe mission deployed 86 observers "
     "from [Jaffna](PLACE) to [Hambantota](PLACE).", "Election Observation Mission of the South Asia Electoral "
     "Observation Network"),
    ("The [EU Monitoring Mission](GROUP) patrolled the line. The [UN Mission in Kosovo](GROUP) left.\nFindings\nThe "
     "[NPP](GROUP) won.\nObservation\nThe mission deployed observers in [Jaffna](PLACE).", None),  # two missions
])
def test_the_mission_stood_for_nothing_beyond_its_section(extractor, text, name):
    """With no mission in its section, "the mission" is the one mission the document names before it, or none."""
    assert resolved(extractor, text, "mission") == name


@pytest.mark.parametrize("text, name", [
    ("The [Union Calédonienne](GROUP) met the [Front de libération nationale kanak et socialiste](GROUP) in "
     "[Nouméa](PLACE) in 2023. The front rejected the deal.", "Front de libération nationale kanak et socialiste"),
    ("The [Union Calédonienne](GROUP) met the [Mouvement du 23 mars](GROUP) in [Goma](PLACE) in 2023. The front "
     "rejected the deal.", "Union Calédonienne"),  # no front named: the subject, as before
])
def test_the_front_missed_a_french_name_whose_head_comes_before_de(extractor, text, name):
    """A French or Spanish name's head noun is the word before its first preposition ("Front de libération …"), as
    an English one's is ("Council of the European Union")."""
    assert resolved(extractor, text, "front") == name
