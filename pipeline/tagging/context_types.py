"""The type of a name no list knows, from the words around it: "in Tibú" is a place, "Kibumba camp" too, "the
Nasa people" a community, "Gustavo Petro" a person, and a list passes one type along ("Cauca, Valle del Cauca
and Nariño"). The statistical model's guesses are only a starting point; the knowledge base and the rules'
own names (definitions, organisation names) are never retyped here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.tagging.acronyms import is_acronym
from pipeline.tagging.candidates import Candidate
from pipeline.tagging.coordination import first_conjunct
from pipeline.tagging.doc_access import doc_text, doc_words
from pipeline.tagging.name_kinds import (
    a_company_name,
    a_nationality_gloss,
    a_part_of_a_known_region,
    along_a_route,
    listed_after_a_locative,
)
from pipeline.tagging.state_roles import CASE_MARKS

UNTYPED = "NAME"  # a name whose type only its context can tell (the model's NORP, FAC, WORK_OF_ART spans)
LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)")
CONTEXT_ORIGIN = "+context:"
POSSESSIVE = re.compile(r"['’]s\b")
EDITOR_MARK = re.compile(r"\((?:ed|eds|éd|Hrsg)\.?\)")  # "in Jon Abbink (ed.), State and Society in the Horn of Africa"
# "the Golden Triangle", "the so-called Emerald Triangle": an article before a given name and a place head, which
# no person's name takes
ARTICLE_BEFORE = re.compile(r"\bthe\s+(?:so-called\s+)?$", re.IGNORECASE)
# what follows an author's surname in a citation: initials ("Hernandez, K., & Roberts"), "et al.", or a co-author
# and the year ("Hernandez and Roberts 2018"); an organisation cited as author ("BEIS, 2021") has none of these
CITED_AUTHOR = re.compile(r",\s+(?:[A-Z]\.\s*){1,3}(?=[,&(;]|and\b|$)|\s+et\s+al\b|\s+(?:and|&)\s+[A-Z][\w’'-]+,?\s+\(?(?:1[89]|20)\d\d\b")


# an apposition that says what kind of body the name is: "Ofgem, as the energy regulator", "Experian, a credit agency",
# "Los Lobos, the country’s largest gang"
KIND_APPOSITION = re.compile(r",\s+(?:as\s+)?(?:the|an?)\s+(?:(?!of\s)[a-z][\w’'-]*\s+){0,3}([a-z]+)(?=\s*[,;.)])")  # not "the owner of the network"


# "neighbouring Ulang", "nearby Kashkak": a modifier only a place takes
NEIGHBOURING = frozenset({"neighbouring", "neighboring", "nearby"})
# "Ngarbuh, in Donga-Mantung division": a comma, "in" or "near", and a named unit of administration or settlement
LOCATED_AFTER = re.compile(r",\s+(?:in|near)\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+)+([a-z]+)\b")

PERSON_SHAPES = ("names:particle", "names:given-name")
FULL_NAME = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+")
# "Croix-des-Bossales", "Port-au-Prince", "Saint-Jean-de-Luz": a name compounded with a lower-case particle between
# hyphens is a place's in French-, Creole- and Spanish-speaking regions, not a person's or an organisation's
PLACE_COMPOUND = re.compile(r"[A-Z][\w’']*-(?:de|des|du|d’|d'|la|le|les|au|aux|en|sur|sous|lès|del)-?[A-Z]")
# "Lanao del Sur", "Maguindanao del Norte", "Rio Grande do Sul": a name closed by a particle and a Romance compass
# word is a province's or a department's, not a body's; one opening with a plural ("Comuneros del Sur", people of the
# south) names a group
ROMANCE_COMPASS = re.compile(r"^[A-Z][\w’'-]*(?<!s)(?:\s[A-Z][\w’'-]*)*\s(?:del|de|do|da|du)\s(?:Norte|Sur|Sul|Nord|Sud|Este|Oeste|Est|Ouest|Centro)$")


def guessable(candidate: Candidate) -> bool:
    """A candidate whose type is a guess: the model's, an untyped name's, or a person shape's (particles, given names)."""
    return candidate.label == UNTYPED or (candidate.source == "model" and candidate.entity_id is None) \
        or candidate.origin in PERSON_SHAPES


def typed(candidate: Candidate, label: str, reason: str, end: int | None = None) -> Candidate:
    return replace(candidate, label=label, end=candidate.end if end is None else end, origin=f"{candidate.origin}{CONTEXT_ORIGIN}{reason}")


def type_from_context(doc: Doc, chosen: list[Candidate], rules: dict) -> list[Candidate]:
    """Each guessable candidate typed by its context, then lists typed as a whole; names left untyped are dropped."""
    result, text = [], doc_text(doc)
    for i, candidate in enumerate(chosen):
        if guessable(candidate):
            following = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
            if a_nationality_gloss(text, (candidate.start, candidate.end), chosen[i + 1] if i + 1 < len(chosen) else None,
                                   rules["given_names"]):
                candidate = typed(candidate, "ACTOR", "nationality-gloss")
            elif glossed_by_a_place(text, result + chosen[i:], i):
                candidate = typed(candidate, "PLACE", "beside-a-place")
            elif result and a_quoted_alias(text, result[-1], candidate):
                candidate = typed(candidate, "ACTOR", "quoted-alias")
            elif result and an_affiliation(text, result[-1], candidate):
                candidate = typed(candidate, "GROUP", "affiliation")
            else:
                candidate = retype(doc, candidate, rules, following)
        result.append(candidate)
    result = join_country_offices(text, pass_along_lists(text, result, rules.get("name_locatives", frozenset())))
    return [c for c in result if c.label != UNTYPED]


QUOTED_APPOSITION = re.compile(r",\s*[“\"‘']$")


def a_quoted_alias(text: str, previous: Candidate, candidate: Candidate) -> bool:
    """"Nemesio Oseguera Cervantes, “El Mencho”,": a quoted name in apposition right after a person's full name is
    that person's nickname, a person too, whatever the model guessed."""
    return previous.label == "ACTOR" and " " in text[previous.start:previous.end] \
        and QUOTED_APPOSITION.search(text[previous.end:candidate.start]) is not None \
        and text[candidate.end:candidate.end + 1] in ("”", '"', "’", "'")


AFFILIATION = re.compile(r"\s+of\s+(?:the\s+)?$")


def an_affiliation(text: str, previous: Candidate, candidate: Candidate) -> bool:
    """"Phumtham Wechayachai of Pheu Thai", "Luisa González of the Revolución Ciudadana": an unknown name "of" which a
    person's full name is set is the body the person belongs to; a known place there is the person's origin
    (guidelines, section 3: "Khassim Diagne of Senegal"), and is no guess."""
    return previous.label == "ACTOR" and " " in text[previous.start:previous.end] \
        and AFFILIATION.fullmatch(text, previous.end, candidate.start) is not None


def a_country_office(text: str, organisation_end: int, country_start: int, country_end: int) -> bool:
    """An organisation's name ending at `organisation_end` right before a country's is the country office ("UNICEF
    Haiti"), unless the country starts a name of its own ("WFP Haiti Country Brief") or is a possessor."""
    return text[organisation_end:country_start] == " " and not re.match(r"[’']s?\b|\s+[A-Z]", text[country_end:country_end + 3])


def join_country_offices(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"UNICEF Haiti", "Plan Haiti": an organisation's name right before a country's is one GROUP, the country
    office (guidelines, section 9)."""
    result: list[Candidate] = []
    for candidate in candidates:
        previous = result[-1] if result else None
        if previous is not None and previous.label == "GROUP" and candidate.kind == "country" \
                and a_country_office(text, previous.end, candidate.start, candidate.end):
            result[-1] = replace(previous, end=candidate.end, entity_id=None, kind="", origin=f"{previous.origin}+country-office")
            continue
        result.append(candidate)
    return result


def retype(doc: Doc, candidate: Candidate, rules: dict, next_start: int) -> Candidate:
    """The first context that settles the type: a head noun (in or after the name), a kind of organisation before
    it or in an apposition, a given name opening it, a determiner before a person's name, a locative preposition."""
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return candidate
    words = [t.text for t in span]
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    model_or_untyped = candidate.source == "model" or candidate.label == UNTYPED
    if candidate.label == UNTYPED and names_a_thing_after(doc, span.end, rules["place_named_heads"]):
        return typed(candidate, "PLACE", "named-after")  # "the Bougival agreement", "the Cuciurgan power plant"
    if len(words) >= 2 and all(w[:1].isupper() and not is_acronym(w) for w in words if w != "-"):
        if role_apposition(span, rules) or role_before(span, rules) \
                or model_or_untyped and role_phrase_before(span, rules):
            return typed(candidate, "ACTOR", "role-apposition")
        if appointed_to_an_office(doc_text(doc), candidate.end, rules):
            return typed(candidate, "ACTOR", "appointed")
    if model_or_untyped and (PLACE_COMPOUND.search(span.text) or ROMANCE_COMPASS.search(span.text)
                             and not any(w in rules["org_heads"] for w in words)):
        return typed(candidate, "PLACE", "place-compound")
    self_named = named_itself(doc, span.start)
    if self_named:
        return typed(candidate, self_named, "self-name")  # "the Maute group, which called itself Dawlah Islamiyah"
    if model_or_untyped and led_by_a_person(doc, span, rules):
        return typed(candidate, "ACTOR", "led-by")  # "which has been led by Noureddine Taboubi since 2017"
    if a_place_by_apposition(doc_text(doc), candidate.end, rules["unit_nouns"]):
        return typed(candidate, "PLACE", "place-apposition")  # "Naib Rafi, a village of some 300 families"
    if listed_before_a_unit_noun(doc, span.end, rules["unit_nouns"]):
        return typed(candidate, "PLACE", "listed-units")  # "struck Gayan and Barmal districts"
    if len(words) > 1 and words[-1] in rules["place_name_heads"] and not (  # "Stuart Hall", "Ana Paola Hall", not "at
            # Sabina Shoal"
            len(words) <= 3 and all(w in rules["given_names"] for w in words[:-1]) and (before is None or before.lower_ not in rules["name_locatives"])
            and not ARTICLE_BEFORE.search(doc_text(doc), 0, candidate.start)) \
            and not an_office_of_words(words, rules):
        return typed(candidate, "PLACE", "place-name-head")
    if model_or_untyped and (compass_part(words, rules) or a_part_of_a_known_region(words, rules)):
        return typed(candidate, "PLACE", "compass-part")
    if model_or_untyped and along_a_route(doc, span, rules["route_words"]):
        return typed(candidate, "PLACE", "route")
    if opened_by_place_head(words, rules):
        return typed(candidate, "PLACE", "place-name-opener")
    if after is not None and after.text in rules["place_name_heads"] and after.idx + len(after.text) <= next_start \
            and not after.is_sent_start:
        return typed(candidate, "PLACE", "place-name-head", end=after.idx + len(after.text))
    if after is not None and after.text.islower() and after.lower_ in rules["place_nouns"]:
        return typed(candidate, "PLACE", "place-noun")
    of = span.start - 1 if span.start >= 3 and doc[span.start - 1].lower_ == "the" else span.start
    if after_a_unit_part_or_road(doc_words(doc), of, rules) and not any(w in rules["org_heads"] for w in words):
        return typed(candidate, "PLACE", "unit-noun-of")  # "the communes of Baie-de-Henne", "the outskirts of Kurmuk"
    if model_or_untyped and after_a_direction(doc_words(doc), span.start, rules):
        return typed(candidate, "PLACE", "direction-of")  # "north of Hodeidah", "40 km south-west of Goma"
    if model_or_untyped and _example_of_units(doc_text(doc), candidate.start, rules["unit_nouns"]):
        return typed(candidate, "PLACE", "unit-noun-example")
    if model_or_untyped and before is not None and before.lower_ in NEIGHBOURING:
        return typed(candidate, "PLACE", "neighbouring")  # "bombed Nasir and neighbouring Ulang": no person neighbours
    if model_or_untyped and words[0] not in rules["given_names"] and _set_in_a_unit(doc_text(doc), candidate.end, rules["unit_nouns"]):
        return typed(candidate, "PLACE", "set-in-a-unit")  # "remains Ngarbuh, in Donga-Mantung division"
    if not model_or_untyped:
        if candidate.label == "ACTOR" and before is not None and before.lower_ == "the" and not _modifies_a_noun(after):
            return typed(candidate, "GROUP", "determiner")  # not "the Hafiz Gul Bahadur group", named after its leader
        return _located(candidate, before, doc, rules) or candidate
    if (len(words) > 1 and any(w in rules["org_heads"] for w in words)) or (
            after is not None and after.text.islower() and after.lower_ in rules["group_head_nouns"]):
        return typed(candidate, "GROUP", "organisation-head")
    if a_company_name(words, rules):
        return typed(candidate, "GROUP", "company-head")  # "owned half by Barrick Gold", "Rio Tinto Mining"
    if len(words) > 1 and words[-1] in rules["party_name_endings"]:
        return typed(candidate, "GROUP", "party-name")  # "Renovación Popular", "Revolución Ciudadana"
    if organisation_kind(doc_words(doc), doc_text(doc), span.start, candidate.start, candidate.end, rules):
        return typed(candidate, "GROUP", "organisation-kind")
    if span.end + 1 < len(doc) and after.text in ("’s", "'s") and doc[span.end + 1].lower_ in rules["kin_nouns"]:
        return typed(candidate, "ACTOR", "kin")  # "El Chapo’s sons", "Zambada's son": only a person has kin
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based" \
            and not doc[span.end - 1].whitespace_:
        return typed(candidate, "PLACE", "based")  # "the Tabarre-based gang": where something is based
    if named_as_kin(span, rules["kin_nouns"]):
        return typed(candidate, "ACTOR", "kin-named")
    if a_leaders_following(span, rules):
        return typed(candidate, "ACTOR", "following")
    if doc.has_annotation("DEP") and (a_faction(span, rules["group_nouns"]) or commanded_or_loyal(span, rules)):
        return typed(candidate, "GROUP", "faction")
    if doc.has_annotation("DEP") and candidate.label == "PLACE" and candidate.source == "model" and a_party_by_its_verb(span, rules):
        return typed(candidate, "ACTOR", "party-verb")  # "Xi met Modi in Kazan": no place is met
    if doc.has_annotation("DEP") and candidate.label in ("GROUP", "ACTOR") and not is_acronym(span.text) \
            and taken_or_struck(span, rules, candidate.label):
        return typed(candidate, "PLACE", "taken-or-struck")
    if len(words) >= 2 and words[0] in rules["given_names"] and all(w[:1].isupper() or w in rules["particles"] for w in words):
        return typed(candidate, "ACTOR", "given-name")
    if len(words) == 1 and candidate.label == "GROUP" and words[0] in rules["given_names"]:
        # "Julia, who is pregnant with her first child": a person's first name; not "the killings at Karma"
        return _located(candidate, before, doc, rules) or typed(candidate, "ACTOR", "given-name")
    if CITED_AUTHOR.match(doc_text(doc), candidate.end) and not is_acronym(span.text):
        return typed(candidate, "ACTOR", "cited-author")
    if candidate.label == "ACTOR" and before is not None and before.lower_ == "the" and not _modifies_a_noun(after):
        return typed(candidate, "GROUP", "determiner")
    located = _located(candidate, before, doc, rules)
    if located is not None and not (candidate.label == "GROUP" and is_acronym(span.text)):
        return located
    return candidate


def names_a_thing_after(doc: Doc, i: int, heads: frozenset[str]) -> bool:
    """Token i, or one after a lower-case word or two, is the noun of a thing named after the name before it ("the
    Bougival agreement", "the Argyle Declaration", "the Cuciurgan power plant"), and heads its phrase."""
    for j in range(i, min(i + 3, len(doc))):
        if doc[j].lower_ in heads:
            return doc[j].dep_ != "compound"  # not "the Mi-35 attack helicopters": the noun modifies another
        if not (doc[j].is_lower and doc[j].is_alpha):
            return False
    return False


def a_leaders_following(span, rules: dict) -> bool:
    """A name of two or three capitalised words, no body's head among them, right after "of" and a noun of a
    leader's following ("the network of Dritan Hoxha", "a faction of Minni Minawi"): the person it follows
    (guidelines: a faction described by its leader's name annotates the name, ACTOR)."""
    doc, k = span.doc, span.start
    words = [t.text for t in span]
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(w in rules["org_heads"] for w in words) and k >= 2 and doc[k - 1].lower_ == "of"
            and doc[k - 2].lower_ in rules["following_nouns"])


def a_faction(span, group_nouns: frozenset[str]) -> bool:
    """"factions of the Nyatura and the Mai-Mai", "Los Chapitos, the faction led by …": a name whose parts or
    members are spoken of, or that an apposition calls a faction, a militia or a movement, is an armed group or a
    body, whatever the model guessed."""
    root = span.root
    if any(c.dep_ == "appos" and c.lemma_.lower() in group_nouns and c.i > span.end for c in root.children):
        return True
    base = first_conjunct(root)
    preposition = base.head
    named_bare = len(span) > 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "of"  # "the network of Dritan
    # Hoxha", "a faction of Minni Minawi": a full name with no article is the leader's, not a body's
    return base.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.lemma_.lower() in group_nouns \
        and preposition.head.i < span.start and not named_bare


ROUTE_OUT = frozenset({"from", "into", "across", "through"})


def commanded_or_loyal(span, rules: dict) -> bool:
    """"La Mayiza, which is loyal to Zambada and reportedly commanded by his son": a name whose relative clause with
    "which" says whom it is loyal to or who commands, leads or backs it is a body, not a person (who takes "who")."""
    for clause in span.root.children:
        if clause.dep_ != "relcl" or not any(c.lower_ == "which" for c in clause.children):
            continue
        predicates = [clause] + [c for c in clause.children if c.dep_ in ("conj", "acomp")]
        if any(p.lower_ in rules["allegiance_adjectives"] or p.lower_ in rules["agentive_participles"] and any(c.dep_ == "agent" for c in p.children)
               for p in predicates):
            return True
    return False


def taken_or_struck(span, rules: dict, label: str = "GROUP") -> bool:
    """"rebels captured Minova", "India struck Balakot", "the contingent withdrew from Karabakh": the object of a verb
    of capture, strike or motion, or where such a verb leads from, into or across, is a place, though the model
    guessed a body (the state rules read the same verbs: `motion_verbs`), and so is a guessed body taken, struck,
    held or controlled by another in the passive (`control_verbs`); not "to", where messages go too. A guessed
    person is a place only as the object of a verb that takes nothing else ("the army shelled Geissan":
    `place_object_verbs`), since persons are visited, sent and captured too."""
    base = first_conjunct(span.root)
    verb = base.head.head if base.dep_ == "pobj" and base.head.lower_ in ROUTE_OUT else base.head if base.dep_ == "dobj" else None
    passive = label == "GROUP" and verb is None
    if passive:  # "El Dheer and Masagawa were held by the SNA", "Kufra, held by the LAAF"
        verb = _passive_verb(base)
    if verb is None or verb.lemma_ in rules["stance_verbs"]:
        return False
    return verb.lemma_ in rules["place_object_verbs"] or label == "GROUP" and verb.lemma_ in rules["motion_verbs"] \
        or passive and verb.lemma_ in rules["control_verbs"]


def _passive_verb(name):
    """The verb a name is the passive subject of, or the participle with its agent that describes it."""
    if name.dep_ == "nsubjpass":
        return name.head
    return next((c for c in name.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and any(a.dep_ == "agent" for a in c.children)), None)


def after_a_unit_part_or_road(words: list[str], i: int, rules: dict) -> bool:
    """Word i follows a unit noun or a part of a settlement and "of" ("the communes of", "residents of", "the
    outskirts of"), or a road and "to" or "from" ("the road to Kimbau"): it names a place."""
    if i < 2:
        return False
    noun, link = words[i - 2].lower(), words[i - 1].lower()
    return link == "of" and (noun in rules["unit_nouns"] or noun in rules["place_part_nouns"]) \
        or link in ("to", "from") and noun in rules["road_nouns"]


def a_party_by_its_verb(span, rules: dict) -> bool:
    """The subject of a verb of saying or meeting, or the object of one of meeting, accusing or appointing
    (`party_subject_verbs`, `party_object_verbs`): only a person or a body says, is met or is appointed."""
    base = first_conjunct(span.root)
    return base.dep_ == "nsubj" and base.head.lemma_ in rules["party_subject_verbs"] \
        or base.dep_ == "dobj" and base.head.lemma_ in rules["party_object_verbs"]


def an_office_of_words(words: list[str], rules: dict) -> bool:
    """"the State Department", "the Home Department", "the Tamil Nadu Fisheries Department": a head that names both a
    unit and a body ("Department"), after English words only or after the English word of a field that follows the
    place it serves, is a body's name; a place's takes a name of its own ("the Nord-Ouest Department", "the Centre
    Department")."""
    common = rules.get("common_words", frozenset())
    if words[-1] not in rules["org_heads"] or not common or len(words) < 2 or words[-2] in rules["compass_names"]:
        return False
    field = words[-2].lower()
    english = field in common or field.removesuffix("s") in common or field.endswith("ies") and field[:-3] + "y" in common
    return english or all(w.lower() in common for w in words[:-1])


def after_a_direction(words: list[str], start: int, rules: dict) -> bool:
    """"north of Hodeidah", "south-west of Goma", "south of the Litani": a direction and "of" place what follows
    them, with or without an article (a river or a region named with one)."""
    if start >= 1 and words[start - 1].lower() == "the":
        start -= 1
    return start >= 2 and words[start - 1] == "of" and words[start - 2] in rules["directions"]


def compass_part(words: list[str], rules: dict) -> bool:
    """"Western Tigray", "Northern Rakhine", "Eastern Ghouta", "South Ossetia", "North Waziristan": a capitalised
    compass adjective or noun before a name that is no English word is that part of the place, whatever the model
    guessed; not "Western Union", "Northern Alliance", "Southern Transitional Council", "North Atlantic" (English
    words, an organisation's head)."""
    common = rules.get("common_words", frozenset())
    compass = words[0].endswith("ern") and words[0].lower() in rules["compass_modifiers"] or words[0].lower() in rules["directions"]
    return len(words) == 2 and compass and words[0][:1].isupper() \
        and words[1][:1].isupper() and words[1].lower() not in common and words[1] not in rules["org_heads"]


def opened_by_place_head(words: list[str], rules: dict) -> bool:
    """"Camp Melchor Dela Cruz", "Mount Elgon", "Ras Isa", "Bab el-Mandeb": a geographic or site head before the
    name (English, and the Arabic toponym heads for cape, gate, mountain, valley) makes a place, unless an
    organisation's or a document's head follows ("Lake Chad Basin Commission", "Camp David Accords")."""
    return len(words) > 1 and words[0] in rules["place_name_openers"] \
        and not any(w in rules["org_heads"] or w in rules["law_and_document_heads"] for w in words)


# "was appointed Minister of Foreign Affairs", "has been named as the envoy", "was elected president of"
APPOINTED = re.compile(r"\s+(?:was|is|has\s+been|had\s+been)\s+(?:appointed|named|elected|nominated)\s+(?:as\s+)?"
                       r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([\w-]+)")


def appointed_to_an_office(text: str, end: int, rules: dict) -> bool:
    """The name is said to be appointed, named or elected to an office a person holds ("Souleymou Boubeye Maïga was
    appointed Minister of Foreign Affairs"); a body may be named a lead agency or a partner, which is no title."""
    match = APPOINTED.match(text, end)
    if match is None:
        return False
    office = match.group(1)
    return office in rules["titles"] or office.lower() in rules["role_nouns"]


APPOSITION_OPENERS = frozenset({"the", "a", "an", "’s", "'s", "former", "its", "his", "her", "their", "then", "now",
                                "currently", "formerly"})  # "Manasseh Sogavare, then prime minister of …"
ADJECTIVE_TITLES = frozenset({"major", "senior", "special", "deputy", "general", "chief", "vice", "sir", "dame", "lord", "lady"})


# "Naib Rafi, a village of some 300 families", "Gao, the largest town in the north": an apposition naming a unit of
# settlement or administration, an article or a number ("Kimbau and Lutete, two villages in Masisi") and at most two
# modifiers before it
UNIT_APPOSITION = re.compile(r",\s+(?:a|an|the|both|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\b(?=\s+(?:of|in|on|near|where|that|which|with)\b|\s*[,;.)])")


# unit nouns that also head an apposition on a body or a state ("Goldman, a bank in New York", "Qatar, a state that …")
NOT_PLACES_IN_APPOSITION = frozenset({"bank", "banks", "division", "divisions", "base", "bases", "state", "states"})


def a_place_by_apposition(text: str, end: int, unit_nouns: frozenset[str]) -> bool:
    """"Naib Rafi, a village of some 300 families", "Marawi, the capital of Lanao del Sur": a name that ends at `end`
    before an apposition whose head is a unit of settlement or administration (`unit_nouns`) is a place, whatever
    else the name could be."""
    match = UNIT_APPOSITION.match(text, end)
    return match is not None and match.group(1) in unit_nouns and match.group(1) not in NOT_PLACES_IN_APPOSITION


OTHERS_OF_A_KIND = frozenset({"other", "several", "nearby", "neighbouring", "neighboring", "surrounding", "adjacent"})


def listed_before_a_unit_noun(doc: Doc, end: int, unit_nouns: frozenset[str]) -> bool:
    """"Gayan and Barmal districts", "Basilan, Sulu and Tawi-Tawi provinces", "Musakhel, Bela and other districts": a
    name listed before the plural noun of a unit that every name of the list is one of."""
    i, names = end, 0
    while i + 1 < len(doc) and doc[i].text in (",", "and", "or") and doc[i + 1].text[:1].isupper():
        i += 1
        while i < len(doc) and (doc[i].text[:1].isupper() or doc[i].text == "-"):
            i += 1
        names += 1
    if i + 2 < len(doc) and doc[i].text in ("and", "or") and doc[i + 1].lower_ in OTHERS_OF_A_KIND:
        i, names = i + 2, names + 1  # "… and other districts": the list's names are of the kind named after them
    return names > 0 and i < len(doc) and doc[i].text.islower() and doc[i].text.endswith("s") and doc[i].text in unit_nouns


SELF_NAMING_VERBS = frozenset({"call", "calls", "called", "calling", "style", "styles", "styled", "name", "names", "named",
                               "rename", "renames", "renamed", "rebrand", "rebrands", "rebranded"})


def named_itself(doc: Doc, start: int) -> str | None:
    """"which called itself Dawlah Islamiyah", "styled himself Emir": the name a body gives itself is a body's, the one
    a person gives himself or herself a person's."""
    if start < 2 or doc[start - 2].lower_ not in SELF_NAMING_VERBS:
        return None
    return {"itself": "GROUP", "themselves": "GROUP", "himself": "ACTOR", "herself": "ACTOR"}.get(doc[start - 1].lower_)


def led_by_a_person(doc: Doc, span, rules: dict) -> bool:
    """"led by Noureddine Taboubi", "founded by Hashim Salamat": two or more capitalised words, no acronym and no
    organisation's head, after a participle of leading and "by"."""
    words = [t.text for t in span]
    return span.start >= 2 and doc[span.start - 1].lower_ == "by" and doc[span.start - 2].lower_ in rules["leading_participles"] \
        and len(words) >= 2 and all(w[:1].isupper() and not is_acronym(w) for w in words) \
        and not any(w in rules["org_heads"] or w in rules["group_name_heads"] for w in words)


def role_words(rules: dict) -> frozenset[str]:
    """Role nouns ("chief", "deputy" among them), and one-word titles less those that are also adjectives ("senior"),
    in lower case."""
    return frozenset(rules["role_nouns"]) | ({t.lower() for t in rules["titles"] if " " not in t} - ADJECTIVE_TITLES)


KIN_OWNERS = frozenset({"his", "her", "their", "another", "a", "the", "’s", "'s"})


def named_as_kin(span, kin_nouns: frozenset[str]) -> bool:
    """"his nephew Tareq Saleh", "another son, Khaled Haftar": a name right after a kin noun that a possessive or a
    determiner opens is a person's."""
    doc, i = span.doc, span.start
    if i >= 1 and doc[i - 1].text == ",":
        i -= 1
    return i >= 2 and doc[i - 1].lower_ in kin_nouns and doc[i - 2].lower_ in KIN_OWNERS


def role_before(span, rules: dict) -> bool:
    """A name set off by a comma right after a role or a title written in lower case is a person's ("the CSTO's
    secretary general, Imangali Tasmagambetov, said", "its spokesman, Khaing Thukha, denied"); not after a name
    ("the President, Kenya and Uganda")."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].text != ",":
        return False
    words = [t for t in doc[max(0, i - 3):i - 1] if t.is_lower]  # "secretary general": the role may lead
    return bool(words) and words[-1].i == i - 2 and any(t.lower_ in role_words(rules) for t in words)


ROLE_PHRASE_REACH = 16  # tokens from a role's head to the comma before its holder's name
ROLE_PHRASE_WORDS = ("ADP", "DET", "PROPN", "NOUN", "ADJ", "PART", "CCONJ")


def role_phrase_before(span, rules: dict) -> bool:
    """A name set off by commas after a role's whole phrase is its holder's ("the UN Special Rapporteur on the
    situation of human rights in the Islamic Republic of Iran, Mai Sato, asking her", "the head of the delegation of
    the European Union, Jean Dupont, said"): between the role's head and the comma stand only the words of a noun
    phrase, and the name closes the apposition; not a list ("the envoy for the Horn, Upper Nile, Kenya and Uganda")."""
    doc, i, end = span.doc, span.start, span.end
    if i < 3 or doc[i - 1].text != "," or end >= len(doc) or doc[end].text not in (",", ".", ";"):
        return False
    if doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
        return False  # the name is one of a list
    roles = role_words(rules) | {w.lower() for w in rules["role_heads"]}
    for k in range(i - 2, max(0, i - ROLE_PHRASE_REACH) - 1, -1):  # a full stop ends the phrase (punctuation)
        token = doc[k]
        if token.lower_ in roles and token.pos_ in ("NOUN", "PROPN"):
            return k < i - 2  # a role right before the comma is `role_before`'s ("its spokesman, X")
        if token.pos_ not in ROLE_PHRASE_WORDS or token.is_punct:
            return False
    return False


def role_apposition(span, rules: dict) -> bool:
    """The name is followed by an apposition headed by a role or a title, the mark of a person ("Olusegun Obasanjo,
    the AU High Representative for …", "Huang Xilian, China’s ambassador in Manila", "Kumsa Diriba, a senior OLA
    commander", "Yonas Tesfay, a 24-year-old from Eritrea"); the head comes before any preposition ("Khartoum, the
    seat of the president" is no person)."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    first = doc[i + 1]
    if not (first.lower_ in APPOSITION_OPENERS or doc[i + 2].text in ("’s", "'s")):
        return False
    roles = role_words(rules)
    for token in doc[i + 1:i + 10]:
        if token.is_punct and token.text not in ("’s", "'s", "-") or token.pos_ in ("ADP", "VERB", "AUX") \
                or token.is_stop and token.lower_ not in APPOSITION_OPENERS:
            return False
        if token.lower_ in roles or token.lower_ == "old" and doc[token.i - 2].lower_ == "year" and (
                token.i + 1 == len(doc) or doc[token.i + 1].pos_ not in ("NOUN", "PROPN")):
            return True  # a role, or an age ("Yonas Tesfay, a 24-year-old from Eritrea")
    return False


NAME_ITEM = r"[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)*"
EXAMPLES_OF_UNITS = re.compile(
    rf"\b([a-z]+)(?:\s+(?:of|in)\s+(?:the\s+)?{NAME_ITEM})?,?\s+(?:such\s+as|including|namely|among\s+them|notably)\s+"
    rf"(?:{NAME_ITEM}(?:,\s+|,?\s+and\s+))*$")


def _set_in_a_unit(text: str, end: int, unit_nouns: frozenset[str]) -> bool:
    """"Ngarbuh, in Donga-Mantung division", "Kashkak, near Zindajan district": the name is set, after a comma, in a
    named unit of administration or settlement, which only a place is; not "Ali, in Kabul, said"."""
    match = LOCATED_AFTER.match(text, end)
    return match is not None and match.group(1) in unit_nouns


def _example_of_units(text: str, start: int, unit_nouns: frozenset[str]) -> bool:
    """"communes of the Nord-Ouest, such as Bassin Bleu, Chansolme, and others", "districts including Masisi", "four
    villages, among them Baganis Ayrum and Ghizilhajili": the names listed as examples of a unit noun are places."""
    match = EXAMPLES_OF_UNITS.search(text, max(0, start - 150), start)
    return match is not None and match.group(1) in unit_nouns


def organisation_kind(words: list[str], text: str, start: int, start_char: int, end_char: int, rules: dict) -> bool:
    """A lower-case noun of a kind of organisation right before the name ("women's organization FADHRIS", "the
    regulator Ofgem") or in an apposition after it ("Ofgem, as the energy regulator,"); not for English words
    ("the network Operators")."""
    kinds = rules["organisation_kind_nouns"]
    if not (start > 0 and words[start - 1] in kinds):
        apposition = KIND_APPOSITION.match(text, end_char)
        if apposition is None or apposition.group(1) not in kinds:
            return False
    common = rules.get("common_words", frozenset())
    return not all(w in common or w[:-1] in common for w in re.findall(r"[^\W\d_]+", text[start_char:end_char].lower()))


def _modifies_a_noun(after) -> bool:
    """"the Assad regime", "the Petro government", "the Okonjo-Iweala-led WTO": a person's name before a common noun
    or a hyphened modifier stays a person's."""
    if after is not None and after.text == "-" and not after.whitespace_ and after.i > 0 and not after.doc[after.i - 1].whitespace_:
        return True
    return after is not None and after.is_alpha and after.text.islower() and (
        after.pos_ == "NOUN" or (not after.pos_ and not after.is_stop))  # without a tagger: any word but a function word


def _gone_to(preposition, rules: dict) -> bool:
    """"fled to Tinzaouaten", "returned from Kidal": the end or start of a journey told by a verb of motion with no
    object (with one, "to" may name a recipient: "sent a message to X"), or with both its ends ("relocated 3,100
    refugees from Kutupalong to Bhasan Char")."""
    verb = preposition.head
    if not (preposition.lower_ in ("to", "from", "towards", "toward") and preposition.dep_ == "prep"
            and verb.pos_ == "VERB" and verb.lemma_ in rules.get("motion_verbs", ())):
        return False  # (and no parse to read: a document tagged without a statistical model)
    ends = {c.lower_ for c in verb.children if c.dep_ == "prep"} | {
        c.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for c in p.children if c.dep_ == "prep"}
    return not any(c.dep_ in ("dobj", "dative") for c in verb.children) or {"from", "to"} <= ends


def _located(candidate: Candidate, before, doc: Doc, rules: dict) -> Candidate | None:
    """"in Tibú", "across Nariño", "fled to Tinzaouaten": a name right after a locative preposition, or after the
    preposition of a journey, is a place (not before a possessive: "in Petro's government", nor a party to a case:
    "in Khadija Ismayilova v. Azerbaijan", nor a book's editor: "in Jon Abbink (ed.), State and Society")."""
    if before is None or before.lower_ not in rules["name_locatives"] and not _gone_to(before, rules):
        return None
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.text in ("'s", "’s", "'", "’") or after.lower_ in CASE_MARKS or EDITOR_MARK.match(
            doc_text(doc), after.idx)):
        return None
    return typed(candidate, "PLACE", "locative")


# what may follow a town and its region: the end of a clause item or of the sentence
ITEM_END = re.compile(r"\s*(?:[,.;:)]|$)")
# a list's next item ("Kenyatta, Ruto"), a sentence's opening adverbial ("In Nairobi, Ruto, who …"), or a street
# after its number in an address ("901 Locust, Kansas City")
LISTED_BEFORE = re.compile(r"(?:,|\band|\bor|&|\d)\s*$|(?:^|[.!?:]\s+)(?:[A-Z][a-z]*\s+)?$")
CAPITAL = "A-Z\u00C0-\u00DE"
LIST_ITEM = rf"[{CAPITAL}][\w’'-]*(?:\s+(?:[a-z]{{1,3}}\s+)?[{CAPITAL}][\w’'-]*)*"
# the rest of a list after an item: "…, Wollo and Shewa", ", and Naval Base Camilo Osias"
LIST_GOES_ON = re.compile(rf"(?:,\s*{LIST_ITEM})*,?\s+(?:and|or|&)\s+[{CAPITAL}]")
KNOWN_PLACE_KINDS = ("country", "capital", "region", "city")


def town_and_region(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """"in Puerto Princesa, Palawan, Marcos told", "a camp in Gamu, Isabela.": two names joined by a comma alone,
    the second closing the item, are a place and the larger place it lies in; not items of a list ("Kenyatta, Ruto
    and Obasanjo", "Gojjam, Gondar, Wollo and Shewa"), nor a sentence's opening place before its subject ("In
    Nairobi, Ruto, who …"), nor a street after its number ("901 Locust, Kansas City")."""
    return text[first[1]:second[0]] == ", " and ITEM_END.match(text, second[1]) is not None \
        and LIST_GOES_ON.match(text, second[1]) is None and LISTED_BEFORE.search(text[max(0, first[0] - 12):first[0]]) is None


def known_place(candidate: Candidate) -> bool:
    return not guessable(candidate) and (candidate.label == "PLACE" or candidate.kind in KNOWN_PLACE_KINDS)


COMPASS_GLOSS = re.compile(r"\s*\((?:North|South|East|West|Centre|Central|Upper|Lower)(?:[- ]\w+)?\)")


def glossed_by_a_place(text: str, chosen: list[Candidate], i: int) -> bool:
    """"Marigot (South-East)", "Moron (Grand'Anse)": a name glossed by a place in brackets is a place; and so is
    the name in brackets after a place ("Lascahobas (Centre)"); an untyped name beside a known place as town and
    region (`town_and_region`) is one too."""
    candidate = chosen[i]
    if COMPASS_GLOSS.match(text, candidate.end):
        return True
    after = chosen[i + 1] if i + 1 < len(chosen) else None
    before = chosen[i - 1] if i > 0 else None
    span = (candidate.start, candidate.end)
    if candidate.label == UNTYPED and (
            (after is not None and known_place(after) and town_and_region(text, span, (after.start, after.end)))
            or (before is not None and known_place(before) and before.kind != "country"
                and town_and_region(text, (before.start, before.end), span))):
        return True  # not after a country, which is no town ("the Envoy for Sudan, Ramtane Lamamra, met")
    if after is not None and after.label == "PLACE" and not guessable(after) and re.fullmatch(r"\s*\(", text[candidate.end:after.start]) \
            and text[after.end:after.end + 1] == ")":
        return True
    return before is not None and before.label == "PLACE" and re.fullmatch(r"\s*\(", text[before.end:candidate.start]) is not None \
        and text[candidate.end:candidate.end + 1] == ")"


def pass_along_lists(text: str, candidates: list[Candidate], locatives: frozenset[str] = frozenset()) -> list[Candidate]:
    """In a list of names ("Cauca, Valle del Cauca and Nariño"), the guessed items take the type the known items
    share; states count as places here (whether a state acts is decided later, for each), but a compass name
    listed with states is no unit ("Russia, China and the West"). A person's full name keeps its type ("Daniel
    Fernandes in Georgetown and Ana Belén Rojas in Caracas"; "Jean-Rabel", a town, is one word), and so does a full
    name guessed a person beside countries, which act as persons do ("the foreign ministers of Armenia and Azerbaijan,
    Ararat Mirzoyan and Jeyhun Bayramov"), unless a locative opens a list of places ("in Nduga, Intan Jaya and Maybrat")."""
    result = list(candidates)
    for first, last in _lists(text, result):
        opening = result[first].start
        if last == first + 1 and text[result[first].end:result[last].start].strip() == "," and (
                result[first].kind == "country" or OF_BEFORE.search(text, max(0, opening - 12), opening) is not None):
            continue  # a country or a place after "of", a comma and a name: an apposition, no list (a country is no
            # town before its region: "the Envoy for Sudan, Ramtane Lamamra, met", "the governor of Kano State, Abba
            # Yusuf, said"; but "in Santa Ana, Cagayan" is a town and its region)
        loose = {k for k in range(first, last + 1) if _open(result[k]) or _a_first_name_alone(result[k], text)}
        items = [result[k] for k in range(first, last + 1) if k not in loose]
        known = {("PLACE" if c.kind in ("country", "capital") else c.label) for c in items}
        if len(known) != 1:
            continue
        label = known.pop()
        states = any(c.kind in ("country", "capital") for c in items)
        countries = any(c.kind == "country" for c in items)  # not capitals: "Port-au-Prince, Espas Lwazi Timoun"
        for k in range(first, last + 1):
            name = text[result[k].start:result[k].end]
            person = result[k].origin in PERSON_SHAPES and (  # "chaired by Mahmoud Ali Youssouf, and IGAD"
                label == "GROUP" or " " in name) or countries and result[k].label == "ACTOR" and FULL_NAME.fullmatch(name) is not None
            places = label == "PLACE" and listed_after_a_locative(text, (result[first].start, result[last].start), result[k].end, locatives)
            person = person and not places
            if k in loose and result[k].label != label and not (states and result[k].kind == "compass") and not person:
                result[k] = typed(result[k], label, "listed")
    return result


def _open(candidate: Candidate) -> bool:
    """A guessed type that no context confirmed."""
    return guessable(candidate) and CONTEXT_ORIGIN not in (candidate.origin or "")


def _a_first_name_alone(candidate: Candidate, text: str) -> bool:
    """A guessed word typed a person only because it is a first name: weaker than its list ("towards Kornoi and Tine")."""
    return guessable(candidate) and (candidate.origin or "").endswith(f"{CONTEXT_ORIGIN}given-name") \
        and " " not in text[candidate.start:candidate.end]


def _closes_a_town(text: str, candidates: list[Candidate], i: int) -> bool:
    """Candidate i is the region of a town before it ("in Puerto Princesa, Palawan, Marcos told"): the item ends there."""
    return i > 0 and known_place(candidates[i - 1]) and town_and_region(text, (candidates[i - 1].start, candidates[i - 1].end), (candidates[i].start, candidates[i].end))


# a place after "of" ("the governor of Kano State, Abba Yusuf"): the comma after it opens an apposition
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
# the rest of a list's last capitalised item, then the comma closing the phrase the list opens
LIST_CLOSED_BY_A_COMMA = re.compile(r"[\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*,")
# a sentence's opening place phrase ("In the Grand Sud, UNICEF supplied …", after a heading word: "Nutrition In the …")
OPENING_PLACE = re.compile(r"(?:^|[.!?:]\s+|\n)(?:[A-Z][a-z]+\s+)?(?:In|At|Across|Throughout|Within|Inside|Near|Around)"
                           r"\s+(?:the\s+)?$")


def _closes_an_opening_place(text: str, candidates: list[Candidate], i: int) -> bool:
    """The comma between candidates i-1 and i closes a sentence's opening place phrase, the subject following ("In
    the Grand Sud, UNICEF supplied", "At Kazan, Modi and Xi agreed"), not a list's item ("In Gao, Kidal and Timbuktu,
    the army …" goes on, its phrase closed by a comma after the last item)."""
    first, second = candidates[i - 1], candidates[i]
    if text[first.end:second.start].strip() != "," or OPENING_PLACE.search(
            text[max(0, first.start - 40):first.start]) is None:
        return False
    goes_on = LIST_GOES_ON.match(text, second.end)
    return goes_on is None or LIST_CLOSED_BY_A_COMMA.match(text, goes_on.end()) is None


def _lists(text: str, candidates: list[Candidate]) -> list[tuple[int, int]]:
    """(first, last) indices of runs of candidates joined by commas, "and" and "or", up to a town's region; a list
    closed by "and" or "or" ends there, and a comma after it opens an apposition ("the foreign ministers of Armenia
    and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov")."""
    runs, start, closed = [], 0, False
    for i in range(1, len(candidates) + 1):
        glue = text[candidates[i - 1].end:candidates[i].start] if i < len(candidates) else ""
        joined = i < len(candidates) and "DATE" not in (candidates[i - 1].label, candidates[i].label) \
            and LIST_GLUE.fullmatch(glue) and not _closes_a_town(text, candidates, i - 1) \
            and not _closes_an_opening_place(text, candidates, i) \
            and not POSSESSIVE.match(text, candidates[i].end) and not (closed and glue.strip() == ",")  # "with Hess and China's CNOOC"
        if not joined:
            if i - 1 > start:
                runs.append((start, i - 1))
            start, closed = i, False
        else:
            closed = closed or bool(re.search(r"\b(?:and|or)\b|&", glue))
    return runs
