"""Relations that situation reports, statements and briefs state across a sentence or through a description, and
the grammar missed or misread:
- an attack told before and then condemned or welcomed with no doer of its own ("Kabul condemned the strikes") is
  directed at the one who attacked;
- the partners a body works through or alongside, listed after a possessive or a participle ("through its partners,
  including X", "working alongside local partners such as X"), are the names listed, not the body the possessive
  stands for, whatever label the body got;
- a leading title with a remit, after the body that names it ("the White House coordinator for the Indo-Pacific",
  "the UN aid chief"), makes its holder the body's member, not its head;
- one agreement signed with several parties binds each pair of them;
- a body the parser takes for an adjective names the office after it ("the Greek Cypriot leader, X").
Each with a case where no row, or no such row, may come."""

import pytest
from test_relations import assert_stated, extractor  # noqa: F401 (the fixture)


@pytest.mark.parametrize("text, rows", [
    ("[Pakistan](ACTOR) struck targets in [Khost](PLACE) on [24 December 2024](DATE). [Kabul](ACTOR) condemned the "
     "strikes.", {("Kabul", "Pakistan"): "opposes"}),
    ("In December the [Israeli Air Force](GROUP) carried out several hundred strikes on army depots. "
     "[Damascus](ACTOR) condemned the raids but has not retaliated.", {("Damascus", "Israeli Air Force"): "opposes"}),
    ("[Israel](ACTOR) struck a compound in [Doha](PLACE) on [9 September 2025](DATE). [Qatar](ACTOR) condemned the "
     "attack as a violation of its sovereignty.", {("Qatar", "Israel"): "opposes"}),
    # no attack told before: nobody to oppose
    ("[Israel](ACTOR) and [Qatar](ACTOR) held talks in [Doha](PLACE). [Egypt](ACTOR) condemned the attack.",
     {("Egypt", "Israel"): None, ("Egypt", "Qatar"): None}),
    # the attack condemned names its own doer, which is no one told before
    ("[Israel](ACTOR) struck a compound in [Doha](PLACE). [Qatar](ACTOR) condemned the attack by [Hamas](GROUP) on "
     "a border post.", {("Qatar", "Israel"): None}),
    # an attack noun that no verb of judging takes is a new event, not the one told before
    ("[Israel](ACTOR) struck a compound in [Doha](PLACE). [Qatar](ACTOR) reported the attack.",
     {("Qatar", "Israel"): None}),
])
def test_an_attack_condemned_after_it_was_told_is_directed_at_its_doer(extractor, text, rows):
    assert_stated(extractor, text, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[WFP](GROUP) reached 1.02 million refugees with e-vouchers through its partners, including [BRAC](GROUP) and "
     "[World Vision](GROUP).", {("WFP", "BRAC"): "supports", ("WFP", "World Vision"): "supports"}),
    ("[UNFPA](GROUP) runs women-friendly spaces through its implementing partners such as [Mukti](GROUP).",
     {("UNFPA", "Mukti"): "supports"}),
    ("[WFP](GROUP) reached 1.2 million people, working alongside local partners such as the [Sudanese Red Crescent "
     "Society](GROUP).", {("WFP", "Sudanese Red Crescent Society"): "supports"}),
    # a place passed through is no partner
    ("[UNICEF](GROUP) delivered water through its partners in [Teknaf](PLACE).", {("UNICEF", "Teknaf"): "located_in"}),
])
def test_the_partners_listed_after_a_possessive_are_the_ones_supported(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("[Kurt Campbell](ACTOR), the [White House](GROUP) coordinator for the Indo-Pacific, visited [Honiara](PLACE).",
     {("Kurt Campbell", "White House"): "member_of"}),
    ("[Filippo Grandi](ACTOR), the [UN](GROUP) High Commissioner for Refugees, visited [Adré](PLACE).",
     {("Filippo Grandi", "UN"): "member_of"}),
    ("[Tom Fletcher](ACTOR), the [UN](GROUP) aid chief, visited [Gaza](PLACE).", {("Tom Fletcher", "UN"): "member_of"}),
    # a leading title without a remit leads the body
    ("[Hemedti](ACTOR), the [RSF](GROUP) commander, met [Museveni](ACTOR).", {("Hemedti", "RSF"): "leads"}),
    ("The [Greek Cypriot](GROUP) leader, [Nikos Christodoulides](ACTOR), met the envoy.",
     {("Nikos Christodoulides", "Greek Cypriot"): "leads"}),
    # a people named as an adjective before "member" is no body one belongs to
    ("Few regional states joined it openly; [Bahrain](ACTOR) was the only [Arab](GROUP) member.",
     {("Bahrain", "Arab"): None}),
    # the body named in a "for" phrase is spoken for, not a remit within another
    ("[Mohammed Abdulsalam](ACTOR), the spokesman for the [Houthis](GROUP), spoke.",
     {("Mohammed Abdulsalam", "Houthis"): "spokesperson_of"}),
])
def test_a_leading_title_with_a_remit_belongs_to_the_body_named_before_it(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)


@pytest.mark.parametrize("sentence, rows", [
    ("In July 2024 [Uzbekistan](ACTOR) signed a framework agreement with [Afghanistan](ACTOR) and [Pakistan](ACTOR) "
     "on the railway.", {("Uzbekistan", "Afghanistan"): "agreement_with", ("Uzbekistan", "Pakistan"): "agreement_with",
                         ("Afghanistan", "Pakistan"): "agreement_with"}),
    # agreements, one with each: the two signed none with each other
    ("[Uzbekistan](ACTOR) signed agreements with [Afghanistan](ACTOR) and [Pakistan](ACTOR) on trade.",
     {("Uzbekistan", "Afghanistan"): "agreement_with", ("Afghanistan", "Pakistan"): None}),
])
def test_one_agreement_signed_with_several_parties_binds_each_pair(extractor, sentence, rows):
    assert_stated(extractor, sentence, rows)
