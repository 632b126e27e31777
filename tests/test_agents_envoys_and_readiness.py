"""Relations that news wires and reports of other regions state and the grammar missed or misread: the agent of an
act named by the passive that performs it ("the kidnapping of X was carried out by Y") or by "responsible for", the
victim who survives or suffers an attack, violence that a clause answers ("sanctioned X over the killing of Y"), a
mediator written before a hyphen ("the Malaysia-brokered ceasefire between A and B"), an envoy's host state, a deputy
of a leading office, a report that is denied, an act only offered, a case brought against a party, a "Z-based"
description in apposition, a state's tribunal, an office left ("the ousted prime minister of Y") and a holder the
parser hangs on the state ("The president of Chad, X, …") and one sent somewhere, not who sends him ("Mexico
extradited X to the United States"). Each with a case where no row, or no such row, may come."""

import pytest
from test_relations import assert_stated, extracted, extractor  # noqa: F401 (the fixture)


def flags(extractor, sentence: str, pair: tuple[str, str]) -> tuple[str, bool, bool]:
    row = next(r for r in extracted(extractor, sentence) if (r["head_text"], r["tail_text"]) == pair)
    return row["kind"], bool(row["negated"]), bool(row["hedged"])


@pytest.mark.parametrize("sentence, rows", [
    ("The kidnapping of [Juan Carlos Guzmán](ACTOR) was carried out by the [Gulf Clan](GROUP).",
     {("Gulf Clan", "Juan Carlos Guzmán"): "kidnaps"}),
    ("The attack on [Puerto Jordán](PLACE) was perpetrated by the [ELN](GROUP).", {("ELN", "Puerto Jordán"): "attacks"}),
    ("The [ELN](GROUP) was responsible for the abduction of [Juan Carlos Guzmán](ACTOR).",
     {("ELN", "Juan Carlos Guzmán"): "kidnaps"}),
    # a passive of judging names no agent of the act
    ("The attack on [Goma](PLACE) was condemned by [Kenya](ACTOR).", {("Kenya", "Goma"): None}),
    ("[Kenya](ACTOR) is responsible for the security of [Somalia](ACTOR).", {("Kenya", "Somalia"): None}),
])
def test_the_agent_of_an_act_performed_or_answered_for_did_it(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence", [
    "[Luis Arce](ACTOR) survived an attack by [Juan José Zúñiga](ACTOR).",
    "[Luis Arce](ACTOR) suffered an attack by [Juan José Zúñiga](ACTOR).",
    "[Luis Arce](ACTOR) faced a failed coup by general [Juan José Zúñiga](ACTOR).",
])
def test_who_survives_or_suffers_an_attack_is_attacked_by_its_agent(extractor, sentence):
    assert_stated(extractor, sentence, {("Juan José Zúñiga", "Luis Arce"): "attacks",
                                        ("Luis Arce", "Juan José Zúñiga"): "opposes" if "faced" in sentence else None})


@pytest.mark.parametrize("sentence, rows", [
    ("[Washington](ACTOR) imposed sanctions on [Moscow](ACTOR) over the killing of [Alexei Navalny](ACTOR).",
     {("Washington", "Moscow"): "opposes", ("Washington", "Alexei Navalny"): None}),
    ("[Mexico](ACTOR) protested after the arrest of [Ismael Zambada](ACTOR).", {("Mexico", "Ismael Zambada"): None}),
    # talks before the clause's act may be its subject's own
    ("After talks with [Russia](ACTOR), the [United States](ACTOR) announced a truce.",
     {("United States", "Russia"): "negotiates_with"}),
    # the subject's own act in an ordinary phrase stays its own
    ("[Kenya](ACTOR) suffered heavy losses in its attack on [Kismayo](PLACE).", {("Kenya", "Kismayo"): "attacks"}),
])
def test_violence_a_clause_answers_is_not_its_subjects_act(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, mediator, parties", [
    ("The [Malaysia](ACTOR)-brokered ceasefire between [Thailand](ACTOR) and [Cambodia](ACTOR) held.", "Malaysia",
     ("Thailand", "Cambodia")),
    ("The [EU](GROUP)-facilitated dialogue between [Belgrade](ACTOR) and [Pristina](ACTOR) stalled.", "EU",
     ("Belgrade", "Pristina")),
])
def test_a_mediator_before_a_hyphen_mediates_for_each_party(extractor, sentence, mediator, parties):
    assert_stated(extractor, sentence, {(mediator, party): "mediates" for party in parties})


def test_a_host_before_a_hyphen_of_no_talks_mediates_nothing(extractor):
    assert_stated(extractor, "The [Qatar](ACTOR)-hosted World Cup drew [FIFA](GROUP) praise.",
                  {("Qatar", "FIFA"): None})


@pytest.mark.parametrize("sentence, rows", [
    ("The ambassador of [India](ACTOR) to [Nepal](PLACE), [Naveen Srivastava](ACTOR), met officials.",
     {("Naveen Srivastava", "India"): "member_of", ("Naveen Srivastava", "Nepal"): None}),
    ("[China](ACTOR)'s ambassador to the [United Nations](GROUP), [Fu Cong](ACTOR), spoke.",
     {("Fu Cong", "China"): "member_of", ("Fu Cong", "United Nations"): None}),
    # a body a person is named to is his: only a post's "to" names where it is held
    ("[Ana Lopes](ACTOR) was elected to the [National Assembly](GROUP).", {("Ana Lopes", "National Assembly"): "member_of"}),
])
def test_an_envoys_host_is_no_body_he_belongs_to(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, pair, kind", [
    ("[Canada](ACTOR)'s deputy prime minister [Chrystia Freeland](ACTOR) resigned.", ("Chrystia Freeland", "Canada"),
     "member_of"),
    ("[Chrystia Freeland](ACTOR), the deputy leader of the [Liberal Party](GROUP), resigned.",
     ("Chrystia Freeland", "Liberal Party"), "member_of"),
    ("[Justin Trudeau](ACTOR), the prime minister of [Canada](ACTOR), resigned.", ("Justin Trudeau", "Canada"), "leads"),
])
def test_a_deputy_of_a_leading_office_is_a_member(extractor, sentence, pair, kind):
    assert_stated(extractor, sentence, {pair: kind})


@pytest.mark.parametrize("sentence, pair, polarity", [
    ("[Rwanda](ACTOR) dismissed accusations that it backs the [M23](GROUP).", ("Rwanda", "M23"), (True, True)),
    ("[Fiji](ACTOR) denied reports that it had armed the [BRA](GROUP).", ("Fiji", "BRA"), (True, True)),
    # a report repeated is hedged, not denied
    ("[Rwanda](ACTOR) repeated accusations that [Congo](ACTOR) backs the [FDLR](GROUP).", ("Congo", "FDLR"),
     (False, True)),
])
def test_a_denied_report_negates_what_it_reports(extractor, sentence, pair, polarity):
    assert flags(extractor, sentence, pair) == ("supports", *polarity)


@pytest.mark.parametrize("sentence, pair, hedged", [
    ("[Lula](ACTOR) said he was willing to mediate between [Russia](ACTOR) and [Ukraine](ACTOR).", ("Lula", "Russia"),
     True),
    ("[Qatar](ACTOR) offered to host talks between [Israel](ACTOR) and [Hamas](GROUP).", ("Qatar", "Israel"), True),
    ("[Qatar](ACTOR) is ready to mediate between [Israel](ACTOR) and [Hamas](GROUP).", ("Qatar", "Hamas"), True),
    # a thing offered is given; readiness outside the relation's clause hedges nothing
    ("[Qatar](ACTOR) offered [Hamas](GROUP) support.", ("Qatar", "Hamas"), False),
    ("[Qatar](ACTOR) mediated between [Israel](ACTOR) and [Hamas](GROUP), ready for a deal.", ("Qatar", "Israel"), False),
])
def test_an_act_only_offered_is_hedged(extractor, sentence, pair, hedged):
    assert flags(extractor, sentence, pair)[2] is hedged


@pytest.mark.parametrize("sentence, rows", [
    ("[Guyana](ACTOR) filed a case against [Venezuela](ACTOR) at the [ICJ](GROUP).",
     {("Guyana", "Venezuela"): "opposes", ("Guyana", "ICJ"): None}),
    ("[Gambia](ACTOR) brought a case against [Myanmar](ACTOR) in 2019.", {("Gambia", "Myanmar"): "opposes"}),
    ("[Prosecutors](GROUP) brought charges against [Imran Khan](ACTOR).", {("Prosecutors", "Imran Khan"): "opposes"}),
    ("The [Supreme Court](GROUP) disqualified [Nawaz Sharif](ACTOR) from office in 2017.",
     {("Supreme Court", "Nawaz Sharif"): "opposes"}),
    # the case of a person names its subject; a case reported on is no one's against the reporter
    ("The case of [Navalny](ACTOR) drew [EU](GROUP) criticism.", {("EU", "Navalny"): None}),
    ("The law would require [DSCA](GROUP) to report on each delayed [Taiwan](ACTOR) case.", {("Taiwan", "DSCA"): None}),
])
def test_a_case_brought_against_a_party_opposes_it(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[Foxconn](GROUP), the [Taiwan](PLACE)-based manufacturer, opened a plant.", {("Foxconn", "Taiwan"): "located_in"}),
    ("[Grab](GROUP), a [Singapore](PLACE)-headquartered firm, expanded.", {("Grab", "Singapore"): "located_in"}),
    # a rival so described is another firm
    ("[Foxconn](GROUP) bought a [Taiwan](PLACE)-based rival.", {("Foxconn", "Taiwan"): None}),
])
def test_a_based_description_in_apposition_places_its_name(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


def test_a_states_tribunal_is_its_organ(extractor):
    assert_stated(extractor, "[Poland](ACTOR)'s [Constitutional Tribunal](GROUP) ruled.",
                  {("Constitutional Tribunal", "Poland"): "member_of"})


@pytest.mark.parametrize("sentence, pair, past", [
    ("[Sheikh Hasina](ACTOR), the ousted prime minister of [Bangladesh](ACTOR), lives in [Delhi](PLACE).",
     ("Sheikh Hasina", "Bangladesh"), True),
    ("[Rishi Sunak](ACTOR) resigned as leader of the [Conservative Party](GROUP) in 2024.",
     ("Rishi Sunak", "Conservative Party"), True),
    ("[Rishi Sunak](ACTOR) stepped down as leader of the [Conservative Party](GROUP).",
     ("Rishi Sunak", "Conservative Party"), True),
    # serving as leader, or being named leader, ends nothing
    ("[Rishi Sunak](ACTOR) served as leader of the [Conservative Party](GROUP).", ("Rishi Sunak", "Conservative Party"),
     False),
    ("[Rishi Sunak](ACTOR), the leader of the [Conservative Party](GROUP), spoke.", ("Rishi Sunak", "Conservative Party"),
     False),
])
def test_an_office_left_is_a_past_one(extractor, sentence, pair, past):
    row = next(r for r in extracted(extractor, sentence) if (r["head_text"], r["tail_text"]) == pair)
    assert (row["kind"], bool(row["past"])) == ("leads", past)


@pytest.mark.parametrize("sentence, rows", [
    ("The president of [Chad](ACTOR), [Idriss Deby](ACTOR), was buried.", {("Idriss Deby", "Chad"): "leads"}),
    # a person's apposition after a person's role makes no body of the person
    ("The lawyer of [Imran Khan](ACTOR), [Salman Safdar](ACTOR), was arrested.", {("Salman Safdar", "Imran Khan"): None}),
])
def test_the_holder_the_parser_hangs_on_the_state_holds_its_office(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[José Adolfo Macías](ACTOR) was extradited to the [United States](PLACE) in July 2025.",
     {("José Adolfo Macías", "United States"): "located_in"}),
    ("[Mexico](ACTOR) extradited [Ovidio Guzmán](ACTOR) to the [United States](PLACE).",
     {("Ovidio Guzmán", "United States"): "located_in", ("Mexico", "United States"): None}),
    # a party's own troops sent somewhere are the party there
    ("[Kenya](ACTOR) airlifted troops to [Somalia](PLACE).", {("Kenya", "Somalia"): "located_in"}),
    ("[Sheikh Hasina](ACTOR) fled to [India](PLACE) in August 2024.", {("Sheikh Hasina", "India"): "located_in"}),
    # where one fled from is left
    ("[Sheikh Hasina](ACTOR) fled from [Dhaka](PLACE).", {("Sheikh Hasina", "Dhaka"): None}),
])
def test_who_is_sent_somewhere_is_there_not_who_sends_him(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)
