"""Names that the reading cut short or padded: a Roman numeral that closes a body's name, a prosecutor's title and a
barrister's or an order's post-nominal letters around a person's name, and a body "of" its state read as two
mentions. Sentences in the styles of a court's press release, an observation mission's statement and news of other
regions, with the cases where each rule must not fire."""

import pytest
from test_group_mentions import mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a court's press release, and a UN body's working groups
        ("On 7 March, Pre-Trial Chamber I issued a warrant of arrest for the former president.", "Pre-Trial Chamber I"),
        ("The judges of Trial Chamber II delivered the verdict in The Hague.", "Trial Chamber II"),
        ("The Pre-Trial Chamber I judges met in The Hague.", "Pre-Trial Chamber I"),
    ],
)
def test_a_roman_numeral_closing_a_bodys_name_belongs_to_it(statistical_nlp, text, name):
    found = mentions(statistical_nlp, text)
    assert ("GROUP", name) in found
    assert ("GROUP", name.rsplit(" ", 1)[0]) not in found


def test_a_place_before_a_roman_numeral_stays_a_place(statistical_nlp):
    """"Basel III" names a set of rules after the town: the numeral closes no body's name (guidelines: the town is
    the place, the regulation is not annotated)."""
    found = mentions(statistical_nlp, "Basel III tightened capital rules for banks in Switzerland.")
    assert ("PLACE", "Basel") in found and not any(text.endswith("III") for _, text in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Prosecutor Karim A. A. Khan KC applied for the warrant.", "Karim A. A. Khan"),
        ("Deputy Prosecutor Mame Mandiaye Niang spoke to the press.", "Mame Mandiaye Niang"),
        ("The inquiry was chaired by Sir William Gage QC in London.", "William Gage"),
    ],
)
def test_a_title_and_post_nominals_are_left_in_a_person_span(statistical_nlp, text, person):
    found = mentions(statistical_nlp, text)
    assert ("ACTOR", person) in found
    assert not any(person in other and other != person for _, other in found)


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        ("The Supreme Court of the Philippines ruled on the petition.", "Supreme Court", "Philippines"),
        ("Results were announced by the Election Commission of Sri Lanka on Sunday.", "Election Commission", "Sri Lanka"),
        ("The National Assembly of Pakistan passed the amendment.", "National Assembly", "Pakistan"),
    ],
)
def test_a_body_every_state_has_named_with_of_and_its_state_is_two_mentions(statistical_nlp, text, body, state):
    found = mentions(statistical_nlp, text)
    assert ("GROUP", body) in found and ("ACTOR", state) in found


def test_a_forces_name_with_of_and_its_state_stays_one_name(statistical_nlp):
    """"the Armed Forces of the Philippines" is the name of the forces, no body every state has named with its state."""
    found = mentions(statistical_nlp, "The Armed Forces of the Philippines deployed troops to Marawi.")
    assert ("GROUP", "Armed Forces of the Philippines") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a parliamentary committee's report and a brief on Mozambique: the state is part of these official names
        ("The Security Service of Ukraine detained two agents.", "Security Service of Ukraine"),
        ("The Islamic Council of Mozambique condemned the attacks.", "Islamic Council of Mozambique"),
    ],
)
def test_a_service_or_council_named_with_its_state_stays_one_name(statistical_nlp, text, name):
    assert ("GROUP", name) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Attacks were claimed by the Baloch Republican Guards in Dera Bugti.", "Baloch Republican Guards", "GROUP"),
        ("The movement, led by Mahrang Baloch, campaigns against enforced disappearances.", "Mahrang Baloch", "ACTOR"),
    ],
)
def test_an_ethnonym_opening_or_closing_a_longer_name_was_tagged_alone(statistical_nlp, text, name, label):
    found = mentions(statistical_nlp, text)
    assert (label, name) in found and ("GROUP", "Baloch") not in found


def test_an_ethnonym_outside_a_name_stays_the_community(statistical_nlp):
    assert ("GROUP", "Baloch") in mentions(statistical_nlp, "Pashtun and Baloch workers went on strike in Quetta.")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a court's press release (a title before the name), and a name with two particles
        ('Senator Ronald "Bato" dela Rosa led the campaign in Davao.', 'Ronald "Bato" dela Rosa'),
        ("Johannes 'Hans' van der Berg spoke in Pretoria.", "Johannes 'Hans' van der Berg"),
    ],
)
def test_a_nicknamed_person_whose_surname_opens_with_particles_was_split(statistical_nlp, text, person):
    found = mentions(statistical_nlp, text)
    assert ("ACTOR", person) in found
    assert not any(other != person and other in person for _, other in found)


@pytest.mark.parametrize(
    ("text", "area", "town"),
    [
        ("Killings took place in several barangays of Metro Manila and other regions.", "Metro Manila", "Manila"),
        ("Flooding hit Greater London overnight.", "Greater London", "London"),
    ],
)
def test_a_metropolitan_area_was_cut_to_its_town(statistical_nlp, text, area, town):
    found = mentions(statistical_nlp, text)
    assert ("PLACE", area) in found and not any(other == town for _, other in found)


def test_greater_in_lower_case_leaves_the_town_alone(statistical_nlp):
    assert ("PLACE", "Lagos") in mentions(statistical_nlp, "The greater part of Lagos was spared by the floods.")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a court's press release, and a regional body's spokesman
        ("Kristina Conti of the National Union of Peoples' Lawyers (NUPL) is an assistant counsel.", "Kristina Conti",
         "National Union of Peoples' Lawyers"),
        ("Pedro Ramos of the Association of Southeast Asian Nations (ASEAN) spoke in Jakarta.", "Pedro Ramos",
         "Association of Southeast Asian Nations"),
    ],
)
def test_a_person_of_an_organisation_before_its_acronym_was_one_long_form(statistical_nlp, text, person, body):
    found = mentions(statistical_nlp, text)
    assert ("ACTOR", person) in found and ("GROUP", body) in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Armed Forces of the Democratic Republic of the Congo (FARDC) advanced on Goma.",
         "Armed Forces of the Democratic Republic of the Congo"),
        # a refugee sitrep and a rights report: a bare head before the "of" is one name with what follows
        ("UNHCR and the Office of the Refugee Relief and Repatriation Commissioner (RRRC) continued the relocation.",
         "Office of the Refugee Relief and Repatriation Commissioner"),
        ("The Office of the United Nations High Commissioner for Human Rights (OHCHR) documented the killings.",
         "Office of the United Nations High Commissioner for Human Rights"),
        # a name the knowledge base knows whole
        ("The Council of the European Union adopted a fifth package of sanctions.", "Council of the European Union"),
    ],
)
def test_a_body_named_before_its_acronym_stays_one_long_form(statistical_nlp, text, name):
    assert ("GROUP", name) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        # Ethiopia, DRC briefs: the plural noun that opens the sentence names members or units of the body
        ("Units of the Eritrean Defence Forces (EDF) have stayed in border districts since November 2022.",
         "Eritrean Defence Forces", "Units"),
        ("Soldiers of the Southern African Development Community (SADC) mission were also killed near Sake.",
         "Southern African Development Community", "Soldiers"),
    ],
)
def test_members_named_before_a_defined_body_ran_into_its_long_form(statistical_nlp, text, body, members):
    found = mentions(statistical_nlp, text)
    assert ("GROUP", body) in found and not any(members in name for _, name in found)


def test_a_sentence_opening_plural_that_is_the_bodys_own_first_word_stays(statistical_nlp):
    """The name after "of" does not open with the acronym's letter, so the plural is the name's own first word."""
    found = mentions(statistical_nlp, "Veterans of Foreign Wars (VFW) lobbied Congress on the bill.")
    assert ("GROUP", "Veterans of Foreign Wars") in found and ("GROUP", "VFW") in found


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # an AU communiqué, a UN press release, a rights briefing (guidelines, section 10: a named organ "of" its parent)
        ("The Peace and Security Council of the African Union (AU), at its meeting, decided to renew the mandate.",
         ["Peace and Security Council", "African Union", "AU"]),
        ("The Security Council of the United Nations met in New York on Friday.", ["Security Council", "United Nations"]),
        ("The Human Rights Council of the United Nations renewed the mandate of the fact-finding mission.",
         ["Human Rights Council", "United Nations"]),
    ],
)
def test_a_named_organ_of_a_known_organisation_is_two_mentions(statistical_nlp, text, parts):
    found = mentions(statistical_nlp, text)
    assert all(("GROUP", part) in found for part in parts)
    assert not any(" of the " in name for _, name in found)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("He remains in the custody of the Court at its Detention Centre in Scheveningen.", "Detention Centre"),
        ("The party said that their Central Committee in Kathmandu would meet again.", "Central Committee"),
    ],
)
def test_a_capitalised_description_after_a_possessive_is_no_name(statistical_nlp, text, description):
    assert not any(other == description for _, other in mentions(statistical_nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The arrest was made by the PNP and its Criminal Investigation and Detection Group (CIDG).",
         "Criminal Investigation and Detection Group"),
        ("On 16 March, the group attacked a Frontier Corps convoy near Turbat.", "Frontier Corps"),
        # a brief on a treaty and a timeline of talks: an indefinite article before a body's first mention
        ("The details were left to an Intergovernmental Working Group that first met in July.", "Intergovernmental Working Group"),
        ("Gaza would pass to a transitional administration under a Board of Peace, with a role for the UN.", "Board of Peace"),
    ],
)
def test_a_name_after_an_article_or_a_possessive_with_its_acronym_or_before_a_noun_stays(statistical_nlp, text, name):
    assert ("GROUP", name) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    "line",
    [
        "For further information, contact the Public Affairs Unit of the ICC in The Hague.",
        "For further information: Farida Akter, Information Officer, Cox's Bazar",
        "Media contact: Jane Mwangi, UNDP Nairobi",
    ],
)
def test_a_press_release_contact_line_held_names(statistical_nlp, line):
    found = mentions(statistical_nlp, "The Chamber will rule next month.\n" + line + "\nThe Court of Appeal in Nairobi met.")
    assert ("PLACE", "Nairobi") in found
    assert not any(other in line for _, other in found if other != "Nairobi")
