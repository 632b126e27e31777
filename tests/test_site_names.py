"""Names of sites before their lower-case noun are places; states' adjectives, acronyms and known bodies are not."""

import pytest
from test_tagger import make_document

from pipeline.tagging.tagger import load_nlp, tag_document


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("auto")


def places(nlp, text):
    return [m.text for m in tag_document(nlp, make_document(text + "\n")) if m.label == "PLACE"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # Regression (facility, exclave and area names before a lower-case head missed): Central Asia, Belarus,
        # Solomon Islands; and other regions' sites
        ("The first round of fighting began in April 2021 at the Golovnoy water intake on the river.", "Golovnoy"),
        ("Skirmishes broke out along the border near the Vorukh exclave, a small enclave.", "Vorukh"),
        ("Detainees were held at the Akrestsina detention centre for weeks.", "Akrestsina"),
        ("Shops in the Point Cruz area were burned and looted.", "Point Cruz"),
        ("Herders were stopped at the Kakuma checkpoint in the north.", "Kakuma"),
        # Regression (a country name's first letters made "El", "San" a state's adjective): Sudan, the Americas
        ("Fighting spread to villages in the El Fasher area last year.", "El Fasher"),
        ("Migrants were turned back at the San Juan checkpoint in March.", "San Juan"),
        ("Guards were posted at the Al Tanf checkpoint near the border.", "Al Tanf"),  # Syria
        ("Families fled the Costa Verde area in May.", "Costa Verde"),
        # Regression (a name before a lower-case peninsula, valley, plateau, harbour or lagoon that no list knows was
        # missed): Mozambique, India, Lebanon, Chad, Côte d'Ivoire
        ("In March 2021 they attacked Palma, a few kilometres from the Afungi peninsula.", "Afungi"),
        ("The boat, which had sailed from the Kasimedu fishing harbour on 3 October, sank.", "Kasimedu"),
        ("Strikes hit several villages in the Bekaa valley overnight.", "Bekaa"),
        ("Rebels regrouped on the Ennedi plateau after the offensive.", "Ennedi"),
        ("Fishermen on the Ebrié lagoon lost their catch to the spill.", "Ebrié"),
    ],
)
def test_regression_a_name_before_a_site_noun_is_a_place(nlp, text, site):
    assert site in places(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Troops crossed the Kyrgyz border area near the Tajik checkpoint.", "Kyrgyz"),  # states' adjectives
        ("Troops crossed the Kyrgyz border area near the Tajik checkpoint.", "Tajik"),
        ("Aid reached the UN area in the south.", "UN"),  # an acronym
        ("He had escaped from the Regional prison in Guayaquil in January 2024.", "Regional"),  # an adjective (Ecuador)
        ("Supplies reached the Rohingya area of the camp.", "Rohingya"),  # a people the lists know
        ("Tensions rose again on the Korean peninsula in 2024.", "Korean"),  # states' adjectives before a feature
        ("Drought struck the Ethiopian plateau hardest.", "Ethiopian"),
    ],
)
def test_a_modifier_before_a_site_noun_names_no_place(nlp, text, word):
    assert word not in places(nlp, text)
