"""Types that were wrong on arrival on new documents, each pinned on sentences of several regions (the states' roles
are in test_roles.py): regions named by a compass word and a known region; bodies shown
by a kind in apposition or a broadcaster's, an airline's or a federation's head; persons by a trafficker's
apposition; prisons, channels, rivers passed along and a building at a locative as places; a dateline with its
date; communities the text names before "community", and a community's name standing for its region."""

import pytest

from test_tagger import make_document

from pipeline.tagging.tagger import tag_document


def labels(nlp, text):
    return {(m.text, m.label) for m in tag_document(nlp, make_document(text + "\n")) if m.label != "DATE"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # provinces named by a compass or position word and a known region are places, never persons, nor is the region
        ("In June 2022 the DPR passed laws creating Central Papua, Highland Papua and South Papua, and in November 2022 it added "
         "Southwest Papua, carved out of West Papua province. Jokowi visited Papua more often than any president before him.",
         {("Central Papua", "PLACE"), ("South Papua", "PLACE"), ("Southwest Papua", "PLACE"), ("Papua", "PLACE")},
         {("Papua", "ACTOR"), ("Central Papua", "ACTOR")}),
        # a unit with a lower-case "regency" head
        ("Egianus Kogoya leads the group in Nduga regency. He was flown to Timika, in Mimika regency.",
         {("Nduga", "PLACE"), ("Mimika", "PLACE")}, set()),
        # bodies: a kind in apposition before the name, a federation after it, an airline's and a broadcaster's head
        ("Phillip Mehrtens, a New Zealand pilot flying for Susi Air, was seized. The national police, Polri, said nothing.",
         {("Susi Air", "GROUP"), ("Polri", "GROUP"), ("Phillip Mehrtens", "ACTOR")}, {("Susi Air", "ACTOR")}),
        ("Their deaths set off mass protests in Tel Aviv and a general strike called by the Histadrut, the labour federation.",
         {("Histadrut", "GROUP")}, {("Histadrut", "PLACE")}),
        ("On 9 January, masked gunmen stormed the studios of TC Televisión in Guayaquil during a live broadcast.",
         {("TC Televisión", "GROUP")}, {("TC Televisión", "ACTOR")}),
        # a full name with a trafficker's apposition is a person
        ("Dritan Rexhepi, an Albanian trafficker arrested in Istanbul in 2023, reportedly ran one such network from prison.",
         {("Dritan Rexhepi", "ACTOR")}, {("Dritan Rexhepi", "GROUP")}),
        # prisons and channels are sites; a river or a strait passed along or through is a place, an acronym a channel of money
        ("In September 2021, at least 119 inmates were killed in a riot at the Litoral Penitentiary in Guayaquil.",
         {("Litoral Penitentiary", "PLACE")}, {("Litoral Penitentiary", "GROUP")}),
        ("Goods moved by rail, road and river, through Poland and along the Danube to Constanta. Türkiye controls the passage of "
         "warships through the Bosphorus. Bottlenecks at the Sulina Channel eased only in 2024.",
         {("Danube", "PLACE"), ("Bosphorus", "PLACE"), ("Sulina Channel", "PLACE")}, {("Danube", "GROUP"), ("Bosphorus", "GROUP")}),
        # a building at a locative is the venue; standing for its institution it stays a body
        ("29 September 2025 Trump presented a 20-point plan at the White House alongside Netanyahu.",
         {("White House", "PLACE")}, {("White House", "GROUP")}),
        ("The White House said the plan was final, and Downing Street agreed.", set(), {("White House", "PLACE")}),
        ("In 2021 protesters, many of them from Malaita, gathered outside Parliament House in Honiara.",
         {("Parliament House", "PLACE")}, {("Parliament House", "GROUP")}),
        # a dateline with its date and a plain hyphen: the capital is a place, the agency a body
        ("QUITO, 20 November 2025 (Austral) - Ecuador, once one of the safest countries in South America, has spent the past two "
         "years under a state of emergency.", {("QUITO", "PLACE"), ("Austral", "GROUP"), ("Ecuador", "PLACE")}, {("QUITO", "GROUP")}),
        # a list a locative opens is one of places, also an item shaped like a person's name; an apposition is no list
        ("Dialogue began with the displaced in Nduga, Intan Jaya and Maybrat.", {("Intan Jaya", "PLACE")}, {("Intan Jaya", "ACTOR")}),
        ("Floods hit families in Cotabato, Maria Aurora and Lanao.", {("Maria Aurora", "PLACE")}, {("Maria Aurora", "ACTOR")}),
        ("The UN Special Rapporteur on the situation of human rights in Belarus, Nils Muižnieks, has never been allowed to visit.",
         {("Nils Muižnieks", "ACTOR")}, {("Nils Muižnieks", "PLACE")}),
        # a name written before an administrative unit's noun is the unit wherever the model alone guessed a body
        ("Egianus Kogoya leads the group in Nduga regency. The release was brokered by church leaders and local figures from "
         "Nduga, and the people of Nduga now fear the army.", {("Nduga", "PLACE")}, {("Nduga", "GROUP")}),
        # an alias a name rule gives a person is that person in every mention
        ("It was led by Jorge Luis Zambrano, alias \"Rasquiña\", until he was killed in Manta in December 2020.\n"
         "Rasquiña's death split the gang's alliances.", {("Rasquiña", "ACTOR")}, {("Rasquiña", "GROUP")}),
        ("Ismael Zambada, alias \"El Mayo\", built the cartel.\nEl Mayo's arrest split the organisation.", {("El Mayo", "ACTOR")},
         {("El Mayo", "GROUP"), ("El Mayo", "PLACE")}),
        ("Dr Ruth Kaisiepo-Lindqvist spoke to the Review in Canberra.\nAPPR: Who is fighting whom?\n"
         "Kaisiepo-Lindqvist: On one side you have the army.", {("Kaisiepo-Lindqvist", "ACTOR")}, {("Kaisiepo-Lindqvist", "GROUP")}),
        ("Dr Amina Okonkwo-Bello spoke to the Journal in Abuja.\nJournal: What changed?\nOkonkwo-Bello: Less than many expected.",
         {("Okonkwo-Bello", "ACTOR")}, {("Okonkwo-Bello", "GROUP")}),
        # a community's name after a locative or "to" is the region it names, where the document names such a region;
        # before a noun or after "among the" the people
        ("The Amhara region was spared until 2023. Peace has not spread: the fighting has moved to Amhara and Oromia.",
         {("Amhara", "PLACE")}, {("Amhara", "GROUP")}),
        ("The Council of Ministers declared a state of emergency in Amhara on 4 August 2023. The Amhara regional state "
         "objected.", {("Amhara", "PLACE")}, set()),
        ("Humanitarian assistance was delivered to Greek Cypriots living in the north.", {("Greek Cypriots", "GROUP")},
         {("Greek Cypriots", "PLACE")}),
        ("Bandits have displaced thousands of farmers; the governor sent relief to Hausa and Fulani villagers.",
         {("Hausa", "GROUP")}, {("Hausa", "PLACE")}),
        ("Tensions grew in Tuareg areas and among the Tuareg of Kidal.", {("Tuareg", "GROUP")}, {("Tuareg", "PLACE")}),
        ("He spoke to Hausa leaders and to the Fulani in Kano.", {("Hausa", "GROUP"), ("Fulani", "GROUP")},
         {("Hausa", "PLACE"), ("Fulani", "PLACE")}),
        # a community the text names before "community", in every mention; a religious label or a place's people is none
        ("The period was marked by a change of leadership in the Turkish Cypriot community. Turkish Cypriot security forces "
         "maintained checkpoints, and Turkish Cypriots voted in October.",
         {("Turkish Cypriot", "GROUP"), ("Turkish Cypriots", "GROUP")}, set()),
        ("The Muslim community and the Tel Aviv community marked the day.", {("Tel Aviv", "PLACE")},
         {("Muslim", "GROUP"), ("Tel Aviv", "GROUP")}),
        # a state's demonym before a people's name leaves the people (guidelines, section 4: "a Malian Tuareg")
        ("The interview was given by a Malian Tuareg who had fought in the previous rebellion.", {("Tuareg", "GROUP")},
         {("Malian Tuareg", "ACTOR")}),
        # a group named after its leader's full name: the name is the person (guidelines, section 9); "the" before a
        # person's name alone makes no organisation of it either way
        ("Attacks by the Hafiz Gul Bahadur group rose sharply in the district.", {("Hafiz Gul Bahadur", "ACTOR")},
         {("Hafiz Gul Bahadur", "GROUP")}),
        # a newspaper cited as a source is a title, not annotated (guidelines, section 9)
        ("The study was quoted in the Financial Times last week.", set(), {("Financial Times", "GROUP")}),
        ("Casualty figures follow reporting by The Express Tribune and the Jamaica Observer.", set(),
         {("Express Tribune", "GROUP"), ("Jamaica Observer", "GROUP")}),
        # a designation list and a classification scale are no organisations (guidelines, section 9)
        ("The firm was placed on the Unreliable Entity List in 2023.", set(), {("Unreliable Entity List", "GROUP")}),
        ("Two districts are in Phase 3 on the Hazard Severity Scale, the monitors said.", set(),
         {("Hazard Severity Scale", "GROUP")}),
        # religious communities and sects are religious labels (guidelines, section 10)
        ("Gunmen targeted the Ahmadiyya in Punjab, and many Ahmadis fled to Rabwah.", {("Punjab", "PLACE")},
         {("Ahmadiyya", "GROUP"), ("Ahmadis", "GROUP")}),
        ("Aid reached Greek Cypriots and Maronites living in the north, and Copts in Minya.", {("Greek Cypriots", "GROUP")},
         {("Maronites", "GROUP"), ("Copts", "GROUP")}),
    ],
)
def test_types_wrong_on_arrival(statistical_nlp, text, present, absent):
    found = labels(statistical_nlp, text)
    assert present <= found
    assert not absent & found
