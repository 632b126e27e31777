"""Geographic features and sites named with a head noun are places and keep their head: a known state before a
feature head ("Taiwan Strait", "South China Sea", "Mozambique Channel" is no state), a feature head after a name
("Scarborough Shoal", "Huangyan Dao"), a site or Arabic toponym head before it ("Camp …", "Ras Isa", "Bab el-Mandeb").
Sentences from the South China Sea and Red Sea briefs and sentences of other regions in the same shapes."""

import pytest
from test_group_mentions import mentions

from pipeline.tagging.components import name_rules
from pipeline.tagging.context_types import town_and_region
from pipeline.tagging.shown_names import named_feature


@pytest.mark.parametrize(
    ("text", "place", "part"),
    [
        # South China Sea brief; general usage elsewhere
        ("China has expanded its presence in the South China Sea since 2012.", "South China Sea", "South China"),
        ("Chinese carriers sailed through the Taiwan Strait in April.", "Taiwan Strait", "Taiwan"),
        ("Tankers leaving the Persian Gulf now avoid the Red Sea.", "Red Sea", None),
        ("The navy moved two frigates into the Black Sea after Turkey closed the straits.", "Black Sea", None),
    ],
)
def test_a_place_before_a_feature_head_keeps_the_head(statistical_nlp, text, place, part):
    found = mentions(statistical_nlp, text)
    assert ("PLACE", place) in found
    assert part is None or all(name != part for _, name in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Philippine Coast Guard deployed a cutter to Escoda Shoal in April.", "Escoda Shoal"),
        ("China calls the feature Huangyan Dao and claims it as its own.", "Huangyan Dao"),
        ("Fishermen returned to Panganiban Reef after the storm.", "Panganiban Reef"),
        ("The Maldives reported flooding on Laamu Atoll.", "Laamu Atoll"),
    ],
)
def test_shoals_reefs_and_islands_named_by_their_head_are_places(statistical_nlp, text, place):
    assert ("PLACE", place) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # South China Sea brief; Red Sea brief; general usage in East Africa and the Maghreb
        ("Troops were flown back to Camp Melchor Dela Cruz in Gamu.", "Camp Melchor Dela Cruz"),
        ("A US campaign included a strike on the Ras Isa fuel terminal.", "Ras Isa"),
        ("Ships passing the Bab el-Mandeb were attacked again.", "Bab el-Mandeb"),
        ("Fighting spread to the slopes of Mount Elgon last year.", "Mount Elgon"),
    ],
)
def test_a_site_or_toponym_head_before_a_name_makes_a_place(statistical_nlp, text, place):
    assert ("PLACE", place) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Lake Chad Basin Commission met in N'Djamena.", "Lake Chad Basin Commission"),
        ("The Philippines Coast Guard escorted the convoy.", None),
    ],
)
def test_an_organisation_named_after_a_feature_is_no_place(statistical_nlp, text, group):
    found = mentions(statistical_nlp, text)
    assert not any(label == "PLACE" and name in ("Lake Chad Basin Commission", "Philippines Coast") for label, name in found)
    assert group is None or ("GROUP", group) in found


def test_a_capitalised_word_after_the_head_continues_another_name(statistical_nlp):
    """A capitalised word after the head continues another name: "Kenya Airport Authority" is no airport."""
    found = mentions(statistical_nlp, "The Kenya Airport Authority closed the runway.")
    assert ("PLACE", "Kenya Airport") not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Red Sea brief; general usage on the Horn of Africa and the Black Sea
        ("The Houthis still hold the port of Hodeidah.", "Hodeidah"),
        ("Exports resumed through the port of Berbera last year.", "Berbera"),
        ("Grain left the port of Odesa under the deal.", "Odesa"),
    ],
)
def test_a_name_after_the_port_of_is_a_place(statistical_nlp, text, place):
    assert ("PLACE", place) in mentions(statistical_nlp, text)


def test_an_authority_after_the_port_of_stays_an_organisation(statistical_nlp):
    found = mentions(statistical_nlp, "The head of the Port of Djibouti Authority resigned.")
    assert ("PLACE", "Djibouti Authority") not in found


@pytest.mark.parametrize(
    ("text", "place", "guess"),
    [
        # Ethiopia brief; general usage in the Sahel and the Great Lakes
        ("Displaced people still live in camps elsewhere in northwestern Tigray.", "northwestern Tigray", "Tigray"),
        ("Fighting spread across northeastern Ituri last year.", "northeastern Ituri", "Ituri"),
    ],
)
def test_a_lower_case_compass_adjective_joins_the_place(statistical_nlp, text, place, guess):
    found = mentions(statistical_nlp, text)
    assert ("PLACE", place) in found
    assert ("ACTOR", guess) not in found


def test_a_bare_guess_yields_to_the_place_shown_elsewhere_in_the_document(statistical_nlp):
    """Ethiopia brief: "assistance to Tigray" where the text also says "in Tigray"; a region is never an ACTOR."""
    text = "Fighting resumed in Tigray in 2020. USAID paused its food assistance to Tigray in early May 2023."
    assert [label for label, name in mentions(statistical_nlp, text) if name == "Tigray"] == ["PLACE", "PLACE"]


def test_a_person_never_shown_as_a_place_stays_a_person(statistical_nlp):
    text = "Kumsa Diriba met the envoy in Nairobi. Kumsa Diriba later returned to the forest."
    assert ("PLACE", "Kumsa Diriba") not in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "places", "whole"),
    [
        # Mozambique brief; general usage in the Great Lakes
        ("Insurgents attacked Macomia and Ancuabe in 2022.", ["Macomia", "Ancuabe"], "Macomia and Ancuabe"),
        ("Convoys on the Palma–Afungi road were ambushed.", ["Palma", "Afungi"], "Palma–Afungi"),
        ("Trucks on the Goma–Bukavu road were stopped.", ["Goma", "Bukavu"], "Goma–Bukavu"),
    ],
)
def test_two_places_joined_in_one_model_span_are_split(statistical_nlp, text, places, whole):
    found = mentions(statistical_nlp, text)
    assert all(("PLACE", place) in found for place in places)
    assert all(name != whole for _, name in found)


def test_a_known_name_with_and_is_not_split(statistical_nlp):
    found = mentions(statistical_nlp, "Trinidad and Tobago and Bosnia and Herzegovina voted for the resolution.")
    assert [name for _, name in found] == ["Trinidad and Tobago", "Bosnia and Herzegovina"]


def test_a_hyphenated_town_stays_one_name(statistical_nlp):
    assert ("PLACE", "Pétion-Ville") in mentions(statistical_nlp, "Gangs attacked Pétion-Ville on Monday.")


def test_a_feature_inside_a_longer_title_keeps_its_head(statistical_nlp):
    """South China Sea brief: "The South China Sea Arbitration" in a footnote; "Taiwan Strait Crisis" elsewhere."""
    found = mentions(statistical_nlp, "See PCA Case No. 2013-19, The South China Sea Arbitration, 12 July 2016.")
    assert ("PLACE", "South China Sea") in found
    found = mentions(statistical_nlp, "The 1996 Taiwan Strait Crisis ended when two carriers arrived.")
    assert ("PLACE", "Taiwan Strait") in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # South China Sea brief; general usage in the Horn, southern Africa and the Gulf of Guinea
        ("The Philippine Navy deliberately grounded the ship on Second Thomas Shoal in 1999.", "Second Thomas Shoal"),
        ("Fighters retreated into the Cal Miskaad Mountains after the raid.", "Cal Miskaad Mountains"),
        ("The Spratly Islands are also claimed by Vietnam.", "Spratly Islands"),
        ("At Sabina Shoal, coast guard vessels rammed a cutter.", "Sabina Shoal"),
        ("Pirates were last seen near Bioko Island.", "Bioko Island"),
    ],
)
def test_second_thomas_shoal_no_list_knows_is_named_by_its_feature_head(statistical_nlp, text, place):
    """A capitalised run ending in a natural feature's head was lost when neither a list nor the model proposed it;
    a sentence's opening function word stays outside ("The", "At")."""
    assert ("PLACE", place) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("run", "feature"),
    [
        (["Second", "Thomas", "Shoal"], True),
        (["Cal", "Miskaad", "Mountains"], True),
        (["Fiona", "Hill"], False),  # a person's name the model passed over
        (["Lake", "Chad", "Basin", "Commission"], False),  # a body
        (["Member", "State"], False),  # an administrative head also ends English titles
        (["Knowledge", "Base"], False),
    ],
)
def test_a_person_a_body_or_an_english_title_ending_in_a_head_is_no_feature(run, feature):
    assert named_feature(run, name_rules("", "")) is feature


@pytest.mark.parametrize(
    ("text", "first", "second", "expected"),
    [
        ("in Puerto Princesa, Palawan, Marcos told", "Puerto Princesa", "Palawan", True),
        ("a camp in Gamu, Isabela.", "Gamu", "Isabela", True),
        ("In Nairobi, Ruto, who had hosted the talks", "Nairobi", "Ruto", False),  # a sentence's opening place
        ("factions in Gojjam, Gondar, Wollo and Shewa", "Gojjam", "Gondar", False),  # a list goes on
        ("speakers included Kenyatta, Ruto, and Obasanjo", "Ruto", "Obasanjo", False),  # not joined by a comma alone
        ("speakers included Kenyatta, Ruto, Obasanjo.", "Ruto", "Obasanjo", False),  # the next item of a list
        ("in Goma, Bukavu said", "Goma", "Bukavu", False),  # no item ends after the second name
        ("Branch, 901 Locust, Kansas City, Missouri 64106.", "Locust", "Kansas City", False),  # a street after its number
    ],
)
def test_town_and_region_only_where_the_pair_closes_its_item(text, first, second, expected):
    start = text.index(first)
    other = text.index(second, start + len(first))
    assert town_and_region(text, (start, start + len(first)), (other, other + len(second))) is expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Ethiopia brief; general usage in Syria and Myanmar
        ("The first is Western Tigray, the fertile strip along the Sudanese border.", "Western Tigray"),
        ("Aid has been blocked in parts of Western Tigray by the local administration.", "Western Tigray"),
        ("Regime forces besieged Eastern Ghouta for five years.", "Eastern Ghouta"),
        # Red Sea brief; general usage in the Sahel
        ("A strike on the Ras Isa fuel terminal, north of Hodeidah, killed 80 people.", "Hodeidah"),
        ("The convoy was ambushed 40 km south-west of Menaka.", "Menaka"),
    ],
)
def test_western_tigray_and_north_of_hodeidah_are_places(statistical_nlp, text, place):
    """A compass adjective opening a name and a direction with "of" before it make a place; "Western Tigray" was a
    GROUP or nothing, "north of Hodeidah" nothing."""
    assert ("PLACE", place) in mentions(statistical_nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Western Union office in Goma closed.", "Western Union"),
        ("The Northern Alliance took Kabul in 2001.", "Northern Alliance"),
    ],
)
def test_a_body_named_with_a_compass_adjective_is_no_place(statistical_nlp, text, name):
    assert ("PLACE", name) not in mentions(statistical_nlp, text)
