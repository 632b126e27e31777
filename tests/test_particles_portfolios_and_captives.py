"""Shapes that probes on Central Asia, Kosovo, Ukraine, Iran, Egypt, Venezuela and Sudan write and the tool misread: a
surname with its particles said alone read as its last word or a body ("von der Leyen", "Von der Leyen said"); an
adverb opening a sentence read into the name after it ("Meanwhile al-Sharaa met"); a holder named after a role's
whole phrase read as a place ("the Special Rapporteur on … Iran, Mai Sato,"); the words of a minister's portfolio
read as a body ("Minister of Energy and Water Resources"); a currency or a reference number before an amount read as
a body ("SDR 6.1 billion", "MDE 13/0412/2025"); a day read as a person ("Bloody Friday"); a law read as a body ("the
… Civil Society Act"); a state's police read as the state; names before plural "crossings" read as bodies; a state's
caution read as a place. Relations: a person held or arrested in a place, named in a participle or with the place
hung on the agent, read as nowhere; the chair of meetings between two parties read as nothing; a ruler "under the
rule of" whom a state is read as nothing; the members of a body listed after a dash read as nothing; a body's
volunteers seized read as an attack on it; a phrasal verb of holding out read as nothing; a place named before
"neighborhood" or "basin" read as nowhere; a regional director or the leader of a body's observers read as its head;
the donors an agency thanks read as nothing; missiles launched towards a place read as nothing;
the parties of "months of war between" them read as nothing; "helped found" read as "find".
Headings: states before the colon of a topic, or listed with a sea or a region, read as parties; an organ of a body
the knowledge base lacks read as one name with it; a power plant read as a body; a base "on" an island read as one
name with the island; an officer's title after a body's name read as part of it. Each with a case where the rule
must not fire."""

import pytest
from test_relations import assert_stated, extractor  # noqa: F401 (the fixture)
from test_tagger import assert_labelled, statistical  # noqa: F401 (the fixture)


@pytest.mark.parametrize("text, names", [
    ("Commission President Ursula von der Leyen spoke in Brussels. Later, von der Leyen proposed a loan. "
     "Von der Leyen said so.", {"von der Leyen": "ACTOR", "Von der Leyen": "ACTOR", "Leyen": None}),
    # "of" after a title is no particle: the state keeps its own mention
    ("The President of Armenia met the Prime Minister of Armenia, and Armenia agreed.",
     {"Armenia": "ACTOR", "of Armenia": None}),
    ("Ahmed al-Sharaa arrived on Monday. Meanwhile al-Sharaa met the envoy.",
     {"al-Sharaa": "ACTOR", "Meanwhile al-Sharaa": None}),
    ("They wrote to the UN Special Rapporteur on the situation of human rights in the Islamic Republic of Iran, "
     "Mai Sato, asking her to raise the cases.", {"Mai Sato": "ACTOR"}),
    ("Kazakhstan's Minister of Water Resources and Irrigation, Nurzhan Nurzhigitov, agreed.",
     {"Nurzhan Nurzhigitov": "ACTOR", "Water Resources": None}),
    ("A spokesperson for China’s foreign ministry, Lin Jian, said on October 22 that Beijing would respond.",
     {"Lin Jian": "ACTOR"}),
    # a body named after the noun of its kind
    ("The Indonesian state holding company, MIND ID, with partners, said so.", {"MIND ID": "GROUP"}),
    # places listed after a role's phrase are a list, not its holder
    ("The envoy for the Horn of Africa, Upper Nile, Blue Nile and Kordofan travelled.",
     {"Upper Nile": "PLACE", "Blue Nile": "PLACE"}),
    ("The Minister of Energy and Water Resources of Tajikistan, Daler Juma, told lenders.", {"Water Resources": None}),
    # a body named with the words of a portfolio and its own head
    ("Shares of Water Resources Group rose.", {"Water Resources Group": "GROUP"}),
    ("Executive Directors welcomed the SDR 6.1 billion loan. See AI Index: MDE 13/0412/2025.",
     {"SDR": None, "MDE": None}),
    # a party's share of the vote and a date after a body's name
    ("In the vote the BEP 24.2, Alternativa 8.0. TNLA 6 Nov agreed.", {"TNLA": "GROUP", "6 Nov": "DATE"}),
    ("Forces opened fire after Friday prayers in what became known as Bloody Friday, for enmity against God.",
     {"Friday": None, "Bloody Friday": None, "God": None}),
    # a group known by a month's name
    ("A group known as Black September attacked.", {"Black September": "GROUP"}),
    ("The Venezuela Defense of Human Rights and Civil Society Act of 2014 applies.",
     {"Venezuela Defense of Human Rights and Civil Society": None}),
    # a decision is its author's
    ("The Ministerial Steering Board Decision came.", {"Ministerial Steering Board": "GROUP"}),
    ("Armed men ambushed a patrol of the Kosovo Police near Banjska.", {"Kosovo Police": "GROUP", "Kosovo": None}),
    ("Troops came from Ukraine and the United Kingdom. Police officers were provided by Ireland.",
     {"United Kingdom": "PLACE", "United Kingdom. Police": None}),
    ("Both should keep the Jarinje and Brnjak crossings open.", {"Jarinje": "PLACE", "Brnjak": "PLACE"}),
    ("Hungary, or Belgium's caution, may run down the clock.", {"Belgium": "ACTOR"}),
])
def test_particles_roles_portfolios_amounts_days_laws_police_crossings(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("text, names", [
    ("Iran and Turkey: one wary, one pleased\n\nTehran reacted coolly.", {"Iran": "PLACE", "Turkey": "PLACE"}),
    # a possessor before the colon acts; a heading that lists states alone names the parties of its section
    ("Russia's foothold: from Wagner to the Africa Corps\n\nMoscow sent troops.", {"Russia": "ACTOR"}),
    ("Turkey and Iran\n\nAnkara backs Baku.", {"Turkey": "ACTOR", "Iran": "ACTOR"}),
    ("Yemen and the Red Sea\n\nIn Yemen, the Houthis fired missiles.", {"Yemen": "PLACE", "Red Sea": "PLACE"}),
    ("Gaza, Lebanon, Syria and Iraq\n\nTalks went on.", {"Lebanon": "PLACE", "Syria": "PLACE"}),
    ("On August 22, the Electoral Chamber of the Supreme Tribunal of Justice ratified it.",
     {"Electoral Chamber": "GROUP", "Supreme Tribunal of Justice": "GROUP"}),
    ("Ukraine's Main Intelligence Directorate of the Ministry of Defence of Ukraine said.",
     {"Main Intelligence Directorate": "GROUP", "Ministry of Defence": "GROUP"}),
    # one name, with a state or a known body after its "of"
    ("The Armed Forces of the Philippines said. The International Committee of the Red Cross helped.",
     {"Armed Forces of the Philippines": "GROUP", "International Committee of the Red Cross": "GROUP"}),
    ("Tajikistan has staked its future on the Rogun Hydropower Plant on the Vakhsh river.",
     {"Rogun Hydropower Plant": "PLACE"}),
    ("It includes Kadena Air Base on Okinawa. The Senate Committee on Foreign Relations met.",
     {"Kadena Air Base": "PLACE", "Okinawa": "PLACE", "Senate Committee on Foreign Relations": "GROUP"}),
    ("UNIFIL Head of Mission Lieutenant General Aroldo Lázaro said so. The AU Commission Chairperson spoke.",
     {"UNIFIL": "GROUP", "UNIFIL Head of Mission": None, "AU Commission": "GROUP"}),
    # a document's head is no officer's title
    ("Ofgem’s Priority Services Register (PSR) recognises them.", {"Priority Services": None}),
    ("Sudan took the UAE to the International Court of Justice (ICJ) in March 2025.",
     {"UAE": "ACTOR", "International Court of Justice": "GROUP", "UAE to the International Court of Justice": None}),
    # an acronym that abbreviates the whole name, destination included
    ("The Permanent Mission of Mali to the United Nations (PMMUN) wrote.",
     {"Permanent Mission of Mali to the United Nations": "GROUP"}),
    ("Since 2025 the Quad – the United States, Saudi Arabia and Egypt – has become the main diplomatic format.",
     {"United States": "ACTOR", "Egypt": "ACTOR"}),
    ("The SAF and the Joint Forces of the Darfur armed movements held out.",
     {"Joint Forces": "GROUP", "Darfur": "PLACE", "Joint Forces of the Darfur": None}),
    # a body named after a place with "of the"
    ("The Bank of the South lent money.", {"Bank of the South": "GROUP"}),
])
def test_topic_headings_organs_of_bodies_plants_bases_and_officers(statistical, text, names):
    assert_labelled(statistical, text, names)


@pytest.mark.parametrize("sentence, rows", [
    ("[Rezgar Sharifi](ACTOR), a 34-year-old activist held in [Evin prison](PLACE) in [Tehran](PLACE), faces "
     "execution.", {("Rezgar Sharifi", "Evin prison"): "located_in"}),
    ("[Rezgar Sharifi](ACTOR) was arrested by agents of the [Islamic Revolutionary Guard Corps](GROUP) in "
     "[Sanandaj](PLACE) in 2023.", {("Rezgar Sharifi", "Sanandaj"): "located_in"}),
    # a participle on a thing places no party
    ("Weapons held in [Kidal](PLACE) were seized by the [MNLA](GROUP).", {("MNLA", "Kidal"): None}),
    ("The EU Special Representative, [Miroslav Lajčák](ACTOR), chaired the meetings between President "
     "[Aleksandar Vučić](ACTOR) and Prime Minister [Albin Kurti](ACTOR).",
     {("Miroslav Lajčák", "Aleksandar Vučić"): "mediates", ("Miroslav Lajčák", "Albin Kurti"): "mediates"}),
    # chairing a body is leading it
    ("[Ruto](ACTOR) chairs the [EAC](GROUP).", {("Ruto", "EAC"): "leads"}),
    ("[Venezuela](ACTOR), which remains under the authoritarian rule of [Nicolás Maduro](ACTOR), faces sanctions.",
     {("Nicolás Maduro", "Venezuela"): "leads"}),
    ("[Wagner](GROUP) fighters under the command of [Prigozhin](ACTOR) advanced.", {("Prigozhin", "Wagner"): "leads"}),
    # a rule in a passive clause is done to the subject, not by it
    ("The [Umma Party](GROUP) was banned under the rule of [Bashir](ACTOR).", {("Bashir", "Umma Party"): None}),
    ("Pressure came from the [Quad](GROUP) – the [United States](ACTOR), [Saudi Arabia](ACTOR), [Egypt](ACTOR) and "
     "the [United Arab Emirates](ACTOR).", {("Egypt", "Quad"): "member_of", ("United States", "Quad"): "member_of"}),
    # one party set off by a dash is a comparison, not a list of members
    ("The [EU](GROUP) – unlike [China](ACTOR) – acted.", {("China", "EU"): None}),
    ("[RSF](GROUP) fighters seized three volunteers of the [Sudanese Red Crescent Society](GROUP) near [Bara](PLACE).",
     {("RSF", "Sudanese Red Crescent Society"): "kidnaps"}),
    # a place seized is attacked
    ("The [RSF](GROUP) seized the [El Fasher](PLACE) airport.", {("RSF", "El Fasher"): "attacks"}),
    ("The [SAF](GROUP) and the [Joint Forces](GROUP) held out inside [El Fasher](PLACE) for months.",
     {("Joint Forces", "El Fasher"): "located_in"}),
    ("[La Piedrita](GROUP), a colectivo based in the [23 de Enero](PLACE) neighborhood, attacked.",
     {("La Piedrita", "23 de Enero"): "located_in"}),
    ("[Kuwaya](PLACE), in the [Yarmouk](PLACE) basin, resisted.", {("Kuwaya", "Yarmouk"): "located_in"}),
    ("[Juanita Goebertus](ACTOR), [Americas](PLACE) director at [Human Rights Watch](GROUP), said.",
     {("Juanita Goebertus", "Human Rights Watch"): "member_of"}),
    ("[Tomas Ekberg](ACTOR), leader of the [OSCE](GROUP) short-term observers, said.",
     {("Tomas Ekberg", "OSCE"): "member_of"}),
    # the body's head, its own leadership organ and a title of command
    ("[Juanita Goebertus](ACTOR), the director of [Human Rights Watch](GROUP), said.",
     {("Juanita Goebertus", "Human Rights Watch"): "leads"}),
    ("[Mahmoud Ali](ACTOR), the [Chisinau](PLACE) mayor, said.", {("Mahmoud Ali", "Chisinau"): "leads"}),
    ("Major General [Brandon Tegtmeier](ACTOR), Commanding General of the [11th Airborne Division](GROUP), watched.",
     {("Brandon Tegtmeier", "11th Airborne Division"): "leads"}),
    ("[UNHCR](GROUP) is grateful to the donors that have contributed to the operation in [Chad](PLACE) this year, in "
     "particular the [United States](ACTOR), the [European Union](GROUP) and [Japan](ACTOR).",
     {("United States", "UNHCR"): "supports", ("Japan", "UNHCR"): "supports", ("Chad", "UNHCR"): None}),
    ("[UNHCR](GROUP) thanks [Sweden](ACTOR) and [Norway](ACTOR) for their support.",
     {("Sweden", "UNHCR"): "supports", ("Norway", "UNHCR"): "supports"}),
    # thanks for a mediation are no support
    ("[Kenya](ACTOR) thanked [Qatar](ACTOR) for its mediation.", {("Qatar", "Kenya"): None}),
    ("The [Houthis](GROUP) launched ballistic missiles towards [Ben Gurion Airport](PLACE).",
     {("Houthis", "Ben Gurion Airport"): "attacks"}),
    # a campaign launched towards an aim attacks no one
    ("[Kenya](ACTOR) launched a campaign towards peace with [Somalia](ACTOR).", {("Kenya", "Somalia"): None}),
    ("The ceasefire ended fourteen months of war between [Israel](ACTOR) and [Hezbollah](GROUP).",
     {("Israel", "Hezbollah"): "opposes", ("Hezbollah", "Israel"): "opposes"}),
    ("The [IRGC](GROUP) helped found [Hezbollah](GROUP) in the [Bekaa Valley](PLACE) in 1982.",
     {("IRGC", "Hezbollah"): "founded", ("Hezbollah", "Bekaa Valley"): "created_in"}),
    # "found" as the past of "find"
    ("The [ICC](GROUP) found [Duterte](ACTOR) responsible.", {("ICC", "Duterte"): None}),
    # a span of time hung on no event noun
    ("Fourteen months of talks with [Israel](ACTOR) passed before [Hezbollah](GROUP) spoke.",
     {("Israel", "Hezbollah"): None}),
])
def test_confined_chaired_ruled_listed_seized_and_holding_out(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)
