"""Cited authors: surnames in reference lists and author-date citations are persons, whatever else the word names;
organisations cited as authors are organisations throughout the document."""

import subprocess
import sys

import pytest
from test_tagger import make_document, tagged

from pipeline.tagging.tagger import load_nlp, tag_document


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("auto")


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # PRIME (APA): second and later authors, initials of two letters, surnames that are English towns
        ("22. Poole, L., Ramasawmy, M., & Banerjee, A. (2021). Digital first during the COVID-19 pandemic.",
         ["Poole", "Ramasawmy", "Banerjee"]),
        ("23. Sovacool, B. K., & Dworkin, M. H. (2015). Energy justice: Conceptual insights.", ["Sovacool", "Dworkin"]),
        ("2. Bolton, P., & Stewart, I. (2024). Domestic energy prices.", ["Bolton", "Stewart"]),
        ("24. Toyama, K. (2015). Geek heresy: Rescuing social change from the cult of technology.", ["Toyama"]),
        # DIIS (APA, the publisher's citation line)
        ("Vestergaard, J., Lall, R., & Højland, M. (2010). Reforming global banking rules.", ["Vestergaard", "Lall", "Højland"]),
        # author-date citations in running text: pairs, lists, "et al."
        ("Energy prices rose after the Russian invasion of Ukraine (Bolton & Stewart, 2024).", ["Bolton", "Stewart"]),
        ("This limits access to essential digital tools (Hernandez and Roberts 2018).", ["Hernandez", "Roberts"]),
        ("Older adults, as suggested by Poole, Ramasawmy, and Banerjee (2021), could be excluded.", ["Poole", "Ramasawmy", "Banerjee"]),
        ("the public's interest and engagement with energy transition (Butler et al., 2013).", ["Butler"]),
        # Regression (single cited authors missed): one surname and the year, in brackets or before a bracketed year
        ("the deal was rushed (Wallis 2022; Kabutaulaka 2021).", ["Wallis", "Kabutaulaka"]),
        ("As Fraenkel (2023) argues, the deployment was rushed.", ["Fraenkel"]),
        ("Cattle raiding grew with small arms (Okonkwo 2019), as Mkutu (2008) shows for the Kerio Valley.", ["Okonkwo", "Mkutu"]),
    ],
)
def test_cited_authors_are_persons_each_by_surname(nlp, text, authors):
    """Second authors ("Dworkin", "Stewart") were missed, pairs joined into one organisation ("Bolton & Stewart") and
    surnames that are towns typed places ("Toyama", "Poole", "Bolton")."""
    assert [t for label, t in tagged(nlp, text) if label == "ACTOR"] == authors
    assert not [t for label, t in tagged(nlp, text) if label in ("GROUP", "PLACE") and t in " ".join(authors)]


@pytest.mark.parametrize(
    ("text", "not_authors"),
    [
        ("holy places in Spring and Summer 2012.", {"Spring", "Summer"}),  # CIDOB: seasons
        ("the lean season between April and May 2026.", {"April", "May"}),  # FEWS NET: months
        ("Additionally, Carley and Konisky (2020) highlight that racialised groups pay more.", {"Additionally"}),
        ("the private rented sector (Department for Levelling Up Housing & Communities, 2024).", {"Housing", "Communities"}),
        ("Attacks in Mali and Niger, 2019, rose, and a hearing took place in Washington, D.C. (2019).", {"Mali", "Niger", "Washington"}),
        ("Lall, Ranjit (2010). Reforming Global Banking Rules.", {"Lall", "Ranjit"}),  # DIIS: one span, given name written out
        # one word and a year: a titled document, a state, a month are no single authors
        ("The Strategy (2021) and the Plan (2020) were adopted (Kenya 2022; October 2023).", {"Strategy", "Plan", "Kenya", "October"}),
    ],
)
def test_citation_shapes_without_authors_give_no_surnames(nlp, text, not_authors):
    assert not {t for label, t in tagged(nlp, text) if label == "ACTOR"} & not_authors


def test_an_organisation_cited_as_author_is_that_organisation_throughout(nlp):
    """"Ofgem" was missed eight times in a UK briefing: a reference-list author without initials is an organisation,
    and the word is then that organisation wherever the document uses it; a person's surname stays a person."""
    text = ("Ofgem, as the energy regulator, protects consumers (Ofgem 2015), while access stays low (Toyama, 2015).\n"
            "The meter number is provided to Ofgem. Smart meters are in 63% of homes (DESNZ, 2024a).\n"
            "REFERENCES\n"
            "10. DESNZ. (2024a). Annual Fuel Poverty Statistics in England.\n"
            "19. Ofgem. (2015). Regional differences in network charges.\n"
            "24. Toyama, K. (2015). Geek heresy. 17. National Grid. (2024). Future Energy Scenarios.\n")
    found = [(m.label, m.text, m.entity_id) for m in tag_document(nlp, make_document(text)) if m.label != "DATE"]
    assert ("GROUP", "National Grid", "national-grid") in found
    assert [f for f in found if f[1] == "Ofgem"] == [("GROUP", "Ofgem", "ofgem")] * 4
    assert [f for f in found if f[1] == "DESNZ"] == [("GROUP", "DESNZ", "desnz")] * 2
    assert [f for f in found if f[1] == "Toyama"] == [("ACTOR", "Toyama", "k-toyama")] * 2


def test_a_town_named_like_a_cited_author_stays_a_place_outside_citations(nlp):
    text = ("Housing costs in Bolton rose, as Bolton and Stewart (2024) show.\n"
            "2. Bolton, P., & Stewart, I. (2024). Domestic energy prices.\n")
    found = [(m.label, m.text) for m in tag_document(nlp, make_document(text)) if m.text == "Bolton"]
    assert found == [("PLACE", "Bolton"), ("ACTOR", "Bolton"), ("ACTOR", "Bolton")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("63% of all meters in Great Britain are smart (DESNZ, 2024b), there are no datasets.", ["2024"]),
        ("10. DESNZ. (2024a). Annual Fuel Poverty Statistics in England, 2024 (2023 data).", ["2024", "2024", "2023"]),
        ("as Smith (2019a, 2019b) argue", ["2019", "2019"]),
    ],
)
def test_a_cited_year_with_a_letter_is_a_date_without_the_letter(nlp, text, dates):
    """The tokenizer kept "2024a" whole, so the year found in it could not become a mention."""
    assert [t for label, t in tagged(nlp, text) if label == "DATE"] == dates


@pytest.mark.parametrize(
    ("text", "not_names"),
    [
        ("5. Butler, C. A., Parkhill, K. A., & Pidgeon, N. (2013). Transforming the UK Energy System.", {"C. A.", "K. A."}),
        ("The report is available here: https://www.ofgem.gov.uk/2022-23%20SECV%20Panel%20Report%20 Update.pdf This research draws on interviews.",
         {"Update.pdf"}),
    ],
)
def test_initials_and_file_names_are_no_names(nlp, text, not_names):
    """The model took the initials of a second author ("C. A.") and a file's name ("Update.pdf") for persons."""
    assert not {t for _, t in tagged(nlp, text)} & not_names


def test_abbreviated_names_with_full_stops_stay(nlp):
    assert ("PLACE", "U.S.") in tagged(nlp, "Officials in the U.S. and in Brazil agreed.") or \
        ("ACTOR", "U.S.") in tagged(nlp, "Officials in the U.S. and in Brazil agreed.")


ALLIES = ("Albania, Belgium, Bulgaria, Canada, Croatia, Czechia, Denmark, Estonia, France, Germany, Greece, Hungary, "
          "Iceland, Italy, Latvia, Lithuania, Luxembourg, Montenegro, Netherlands, Norway, Poland (figures for 2024e).")


def test_a_long_list_of_capitalised_names_with_no_year_after_it_is_refused_at_once():
    """The surname pattern once read a word as two runs around a lower-case letter, and a list of twenty states with
    a bracket after it took minutes to refuse (a communiqué's list of allies held its document)."""
    check = ("from pipeline.tagging.cited_authors import NAMED_LIST; import sys; "
             f"sys.exit(0 if NAMED_LIST.search({ALLIES!r}) is None else 3)")
    done = subprocess.run([sys.executable, "-c", check], timeout=60, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()[-500:]


def test_the_states_of_such_a_list_stay_places(nlp):
    assert [label for label, _ in tagged(nlp, "Allies " + ALLIES)] == ["PLACE"] * 21 + ["DATE"]
