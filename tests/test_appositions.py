"""Relations an apposition states: "X, the capital of Y" (located_in), "X, the UN mission in the country" (a body
described as a part of another: member_of), "Y's army chief, X" (the head of an organ belongs to the state),
"X, the chief minister of Y" (a title of two words that heads a government), a list that goes on after a
name's apposition ("with A, B, the foreign minister, C, and D"), and the parts of a body or a state ("its exclave
of X", "the Border Guard Service of the FSB")."""

import pytest

from test_relations import extracted


def typed(rows) -> set[tuple[str, str, str]]:
    return {(r["head_text"], r["kind"], r["tail_text"]) for r in rows if r["kind"] != "co_occurs"}


@pytest.fixture(scope="module")
def extractor():
    from pipeline.relations.extractor import RelationExtractor
    return RelationExtractor()


@pytest.mark.parametrize("text, rows", [
    ("[Goma](PLACE), the capital of [North Kivu](PLACE), fell on 27 January 2025; [Bukavu](PLACE), the capital of "
     "[South Kivu](PLACE), followed on 16 February.", {("Goma", "located_in", "North Kivu"),
                                                        ("Bukavu", "located_in", "South Kivu")}),
    ("Shelling hit [Muzaffarabad](PLACE), the capital of [Azad Kashmir](PLACE), on 7 May.",
     {("Muzaffarabad", "located_in", "Azad Kashmir")}),
    ("[Bamako](PLACE), the capital of [Mali](PLACE), was calm; [Tessalit](PLACE), a town of [Kidal](PLACE), was not.",
     {("Bamako", "located_in", "Mali"), ("Tessalit", "located_in", "Kidal")}),
])
def test_a_place_described_as_the_capital_of_a_place_was_not_placed_in_it(extractor, text, rows):
    assert rows <= typed(extracted(extractor, text))


def test_a_capital_of_a_party_places_nothing(extractor):
    rows = typed(extracted(extractor, "[Kidal](PLACE), the capital of the [MNLA](GROUP) rebellion, fell in 2023."))
    assert not [r for r in rows if r[1] == "located_in" and r[2] == "MNLA"]


@pytest.mark.parametrize("text, rows", [
    ("The movement was defeated a year later by the [Forces armées de la République démocratique du Congo](GROUP) "
     "([FARDC](GROUP)) and the [Force Intervention Brigade](GROUP) of [MONUSCO](GROUP), the [UN](GROUP) mission in "
     "the country.", {("MONUSCO", "member_of", "UN")}),
    ("[MINUSMA](GROUP), the [UN](GROUP) mission in [Mali](PLACE), left in 2023.",
     {("MINUSMA", "member_of", "UN"), ("MINUSMA", "located_in", "Mali")}),
    ("[EUCAP Sahel](GROUP), a civilian mission of the [European Union](GROUP), trains police in [Niger](PLACE).",
     {("EUCAP Sahel", "member_of", "European Union")}),
])
def test_a_body_described_as_the_mission_of_another_was_no_member_of_it(extractor, text, rows):
    assert rows <= typed(extracted(extractor, text))


@pytest.mark.parametrize("text, wrong", [
    ("The movement was defeated a year later by the [Forces armées de la République démocratique du Congo](GROUP) "
     "([FARDC](GROUP)) and the [Force Intervention Brigade](GROUP) of [MONUSCO](GROUP), the [UN](GROUP) mission in "
     "the country.", ("Forces armées de la République démocratique du Congo", "member_of", "UN")),
    ("In April 2023 [Mohammed Al Jaber](ACTOR), the Saudi ambassador, travelled to [Sanaa](PLACE) with an Omani "
     "delegation, and in September a [Houthi](GROUP) delegation went to [Riyadh](PLACE).",
     ("Mohammed Al Jaber", "member_of", "Houthi")),
])
def test_a_mission_describes_the_name_before_its_comma_and_none_across_a_verb(extractor, text, wrong):
    assert wrong not in typed(extracted(extractor, text))


@pytest.mark.parametrize("text, row", [
    ("[Rubio](ACTOR) spoke with [Pakistan](ACTOR)'s army chief, Gen. [Asim Munir](ACTOR).",
     ("Asim Munir", "member_of", "Pakistan")),
    ("[Nigeria](ACTOR)'s police chief, [Kayode Egbetokun](ACTOR), visited [Maiduguri](PLACE).",
     ("Kayode Egbetokun", "member_of", "Nigeria")),
    ("He met [Pakistan](ACTOR)'s prime minister, [Shehbaz Sharif](ACTOR), in [Islamabad](PLACE).",
     ("Shehbaz Sharif", "leads", "Pakistan")),
    ("He met the military governor of [North Kivu](PLACE), Major General [Peter Cirimwami](ACTOR), in "
     "[Goma](PLACE).", ("Peter Cirimwami", "leads", "North Kivu")),
])
def test_an_army_chief_was_read_as_the_leader_of_the_state(extractor, text, row):
    """The head of an organ ("army chief", "police chief") belongs to the state; a prime minister or a governor
    still leads it."""
    rows = typed(extracted(extractor, text))
    assert row in rows
    assert {k for h, k, t in rows if (h, t) == (row[0], row[2])} == {row[1]}


@pytest.mark.parametrize("text, row", [
    ("[Omar Abdullah](ACTOR), the chief minister of [Jammu and Kashmir](PLACE), condemned the attack.",
     ("Omar Abdullah", "leads", "Jammu and Kashmir")),
    ("[Maryam Nawaz](ACTOR), the chief minister of [Punjab](PLACE), visited [Lahore](PLACE).",
     ("Maryam Nawaz", "leads", "Punjab")),
    ("[John Swinney](ACTOR), the first minister of [Scotland](PLACE), spoke.", ("John Swinney", "leads", "Scotland")),
    ("[Ali Hassan](ACTOR), the chief adviser of the [SNP](GROUP), resigned.", ("Ali Hassan", "member_of", "SNP")),
    ("[Ali Hassan](ACTOR), the chief spokesman of the [SNP](GROUP), resigned.",
     ("Ali Hassan", "spokesperson_of", "SNP")),
    ("[Saleh al-Arouri](ACTOR), the deputy leader of [Hamas](GROUP), met [Hassan Nasrallah](ACTOR).",
     ("Saleh al-Arouri", "member_of", "Hamas")),
    ("[Abdelrahim Dagalo](ACTOR), the deputy commander of the [RSF](GROUP), was sanctioned.",
     ("Abdelrahim Dagalo", "member_of", "RSF")),
])
def test_a_chief_minister_was_no_head_of_the_government(extractor, text, row):
    """"chief minister" and "first minister" head a state's or province's government; "chief" alone does not make
    an adviser or a spokesman a leader, and a deputy leader or commander is a member, not the head."""
    rows = typed(extracted(extractor, text))
    assert row in rows
    assert {k for h, k, t in rows if (h, t) == (row[0], row[2])} == {row[1]}


@pytest.mark.parametrize("text, talked", [
    ("[Rubio](ACTOR) said he had spoken over two days with [Modi](ACTOR), [Sharif](ACTOR), the Indian foreign "
     "minister, [S. Jaishankar](ACTOR), and [Pakistan](ACTOR)'s army chief, Gen. [Asim Munir](ACTOR).",
     {"Modi", "Sharif", "S. Jaishankar", "Asim Munir"}),
    ("[Lavrov](ACTOR) spoke with [Erdogan](ACTOR), [Pezeshkian](ACTOR), the Iranian president, and "
     "[Aliyev](ACTOR).", {"Erdogan", "Pezeshkian", "Aliyev"}),
])
def test_a_list_lost_the_names_after_an_apposition(extractor, text, talked):
    """The parser hangs the rest of a list on a name's apposition ("Sharif, the Indian foreign minister, S.
    Jaishankar, and …"): its conjuncts go on the list."""
    rows = typed(extracted(extractor, text))
    speaker = "Rubio" if "Rubio" in text else "Lavrov"
    assert {t for h, k, t in rows if h == speaker and k == "negotiates_with"} == talked


def test_a_list_inside_an_apposition_adds_no_party(extractor):
    rows = typed(extracted(extractor, "[Lavrov](ACTOR) spoke with [Erdogan](ACTOR), the leader of the "
                                      "[AKP](GROUP) and its founder."))
    assert {t for h, k, t in rows if h == "Lavrov"} == {"Erdogan"}


@pytest.mark.parametrize("text, rows", [
    ("[Azerbaijan](ACTOR) has long demanded a corridor across [Syunik](PLACE), the southern Armenian province that "
     "separates it from its exclave of [Nakhchivan](PLACE).", {("Nakhchivan", "located_in", "Azerbaijan")}),
    ("[Russia](ACTOR) moved missiles to its exclave of [Kaliningrad](PLACE) in 2018.",
     {("Kaliningrad", "located_in", "Russia")}),
    ("[Mali](ACTOR) lost control of its regions of [Kidal](PLACE) and [Gao](PLACE).",
     {("Kidal", "located_in", "Mali"), ("Gao", "located_in", "Mali")}),
])
def test_a_place_of_a_state_named_as_a_party_was_placed_nowhere(extractor, text, rows):
    """"its exclave of X": the state holds the place, whatever label it got as the party that holds it."""
    assert rows <= typed(extracted(extractor, text))


def test_a_person_holds_no_place(extractor):
    rows = typed(extracted(extractor, "[Pashinyan](ACTOR) visited his home district of [Tavush](PLACE)."))
    assert not [r for r in rows if r[1] == "located_in" and r[0] == "Tavush"]


@pytest.mark.parametrize("text, row", [
    ("Under the 2020 statement, the [Border Guard Service](GROUP) of the [FSB](GROUP) was to control transit.",
     ("Border Guard Service", "member_of", "FSB")),
    ("The [Civil Protection Service](GROUP) of the [Ministry of Interior](GROUP) sent teams to [Jérémie](PLACE).",
     ("Civil Protection Service", "member_of", "Ministry of Interior")),
])
def test_a_service_of_a_body_was_not_its_member(extractor, text, row):
    assert row in typed(extracted(extractor, text))


@pytest.mark.parametrize("text, rows", [
    ("A declaration of principles was signed in [Washington](PLACE) on 25 April 2025 by the foreign ministers of the "
     "two countries, [Thérèse Kayikwamba Wagner](ACTOR) of the [DRC](ACTOR) and [Olivier Nduhungirehe](ACTOR) of "
     "[Rwanda](ACTOR).", {("Thérèse Kayikwamba Wagner", "agreement_with", "Olivier Nduhungirehe")}),
    ("On 8 August 2025 the foreign ministers of [Armenia](ACTOR) and [Azerbaijan](ACTOR), [Ararat Mirzoyan](ACTOR) "
     "and [Jeyhun Bayramov](ACTOR), initialled a 17-article treaty at the [White House](PLACE).",
     {("Ararat Mirzoyan", "agreement_with", "Jeyhun Bayramov"), ("Ararat Mirzoyan", "member_of", "Armenia"),
      ("Jeyhun Bayramov", "member_of", "Azerbaijan")}),
])
def test_the_names_of_the_ministers_were_lost_or_crossed_with_their_states(extractor, text, rows):
    """"the foreign ministers of A and B, X and Y": the names after the phrase's comma are the ministers, whatever the
    parser hangs them on (a noun across the verb, or the ministers as a list), each of its own state in turn."""
    found = typed(extracted(extractor, text))
    assert rows <= found
    assert not {("Ararat Mirzoyan", "member_of", "Azerbaijan"), ("Jeyhun Bayramov", "member_of", "Armenia")} & found


def test_a_list_of_places_after_a_plural_noun_is_no_apposition(extractor):
    rows = typed(extracted(extractor, "Families sought refuge in schools, while healthcare services in [Sud](PLACE), "
                                      "[Grand’Anse](PLACE), and [Petit-Goâve](PLACE) were disrupted."))
    assert not [r for r in rows if r[1] == "located_in" and r[2] == "Sud"]


@pytest.mark.parametrize("text, row", [
    ("India struck [Markaz Subhan Allah](PLACE) in [Bahawalpur](PLACE), the headquarters of "
     "[Jaish-e-Mohammed](GROUP), on 7 May.", ("Jaish-e-Mohammed", "located_in", "Markaz Subhan Allah")),
    ("Coalition aircraft struck [Raqqa](PLACE), the headquarters of the [Islamic State](GROUP), in 2017.",
     ("Islamic State", "located_in", "Raqqa")),
])
def test_a_place_described_as_the_headquarters_of_a_party_placed_nothing(extractor, text, row):
    assert row in typed(extracted(extractor, text))


@pytest.mark.parametrize("text, row", [
    ("After rebels captured [Minova](PLACE), on the shore of [Lake Kivu](PLACE), on 21 January, the military governor "
     "of [North Kivu](PLACE), Major General [Peter Cirimwami](ACTOR), was killed near [Sake](PLACE) on 24 January.",
     ("Peter Cirimwami", "leads", "North Kivu")),
    ("The talks were opened by the governor of [Kandahar](PLACE), [Mullah Shirin](ACTOR), in [Kabul](PLACE).",
     ("Mullah Shirin", "leads", "Kandahar")),
])
def test_the_governor_lost_the_name_the_parser_hung_on_the_province(extractor, text, row):
    """"the governor of X, Y": no person stands in apposition to a place, so the name the parser hangs on X holds
    the role."""
    assert row in typed(extracted(extractor, text))


def test_a_place_described_as_the_part_of_a_place_lies_in_it(extractor):
    rows = typed(extracted(extractor, "[Azad Kashmir](PLACE), the part of [Kashmir](PLACE) administered by "
                                      "[Islamabad](ACTOR), was struck."))
    assert ("Azad Kashmir", "located_in", "Kashmir") in rows
