"""ACTOR or PLACE for a country or capital: a state that acts is an ACTOR, a location is a PLACE."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.tagging.acronyms import MIXED_CASE, YEAR, is_acronym
from pipeline.tagging.coordination import first_conjunct
from pipeline.tagging.doc_access import doc_text, doc_words
from pipeline.tagging.knowledge_base import normalise_name
from pipeline.tagging.names import MONTHS_AND_DAYS as MONTHS
from pipeline.tagging.state_clauses import (
    before_its_organ,
    called_upon,
    lies_between,
    opens_an_object_clause,
    spends_time,
)

ACTOR, PLACE = "ACTOR", "PLACE"


def decide_role(span: Span, rules: dict, persons: frozenset[int] = frozenset()) -> tuple[str, str]:
    """The label and the rule that chose it; the dependency parse decides when there is one. `persons`: the indices
    of the tokens of the sentence's person names."""
    hyphen = hyphen_role(span, rules)
    if hyphen:
        return hyphen
    if locates_a_place(span):
        return PLACE, "roles:locates-a-place"
    if addressed(span):
        return ACTOR, "roles:addressee"
    if a_party_to_a_case(span):
        return ACTOR, "roles:case-party"
    if places_a_reference(span, rules.get("demonym_places", frozenset())):
        return PLACE, "roles:reference-place"
    if before_its_organ(span, rules):
        return ACTOR, "roles:organ-line"
    if in_a_guillemet_title(span):
        return PLACE, "roles:title-place"
    if names_a_document(span, rules):
        return PLACE, "roles:document-name"
    if span.start > 0 and span.doc[span.start - 1].lower_ in rules["spatial_modifiers"]:
        return PLACE, "roles:spatial-modifier"  # "downtown Port-au-Prince", "rural Mali"
    if span.doc.has_annotation("DEP"):
        if a_topic_before_a_colon(span):
            return PLACE, "roles:heading-topic"
        if a_heading_of_parties(span) and not a_heading_of_regions(span, rules):
            return ACTOR, "roles:heading-parties"
        return role_from_parse(span, rules, persons)
    return role_from_words(span, rules)


DASHES = ("-", "–")
LIST_OPENERS = ("–", "—", ":")  # the marks that open a list of a body's members after its name ("the Quad – A, B and C")
OFFICE_LIST_REACH = 8  # words before a listed or appositive name an office heading the list may stand in


def hyphen_role(span: Span, rules: dict) -> tuple[str, str] | None:
    """"Algeria-led", "Pakistan-administered", "Algeria-Mali relations": a state leading or ruling something, or
    party to a relation; the states of an agreement's name are places ("the United States–Mexico–Canada
    Agreement", as "the Algiers agreement")."""
    doc = span.doc
    end = span.end
    while end + 1 < len(doc) and doc[end].text in DASHES and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    if end == span.end:
        start = span.start
        while start >= 2 and doc[start - 1].text in DASHES and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
            start -= 2
        if start == span.start:
            return None
    last = doc[end - 1] if end > span.end else span[-1]
    following = doc[end] if end < len(doc) else None
    if last.lower_ in rules["agentive_participles"]:
        return ACTOR, "roles:hyphen-agent"
    if last.text[:1].isupper() and following is not None and following.text[:1].isupper() and _noun_in(following, rules["agreement_nouns"]):
        return PLACE, "roles:hyphen-agreement-name"
    if following is not None and following.lower_ in rules["relation_nouns"]:
        return ACTOR, "roles:hyphen-relation"
    return _a_pair_of_states(doc, start if end == span.end else span.start, end, rules)


def _a_pair_of_states(doc, start: int, end: int, rules: dict) -> tuple[str, str] | None:
    """"the China-US joint communiqués", "a China-Cambodia community": names joined by a hyphen before a common
    noun name the two states of a bilateral thing; "the Mexico-US border", "the Algeria-Mali frontier zone" stay
    places, and "one-China" joins no second name."""
    names = doc[start:end]
    if not all(t.pos_ == "PROPN" for t in names if t.text not in DASHES):
        return None
    i = end
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1
    while i + 1 < len(doc) and doc[i].pos_ == "NOUN" and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower:
        i += 1  # "the India-Bangladesh trade protocol": the head of the compound
    noun = doc[i] if i < len(doc) else None
    if noun is None or not noun.is_lower or noun.pos_ != "NOUN" or _noun_in(noun, rules["spatial_nouns"], rules["boundary_nouns"]):
        return None
    return ACTOR, "roles:hyphen-pair"


def locates_a_place(span: Span) -> bool:
    """"Tamanrasset (Algeria)", "Coventry, UK.", "Copenhagen, Denmark ·", the dateline "GEORGETOWN, Guyana —", an
    address's "Banja Luka 78000, Bosnia and Herzegovina;": a state named after a place, or after its postal code, to
    locate it; so is a town before its district's abbreviation and postal code ("Washington, DC 20224")."""
    words = doc_words(span.doc)
    start, end = span.start, span.end
    if start >= 2 and words[start - 1] == "(" and end < len(words) and words[end] == ")" and words[start - 2][:1].isupper():
        # "the People's Republic of China (PRC)", "the Government of Colombia (GoC)" define a short form, they locate nothing
        return not (is_acronym(span.text) or MIXED_CASE.fullmatch(span.text))
    closing = end == len(words) or words[end] in (".", ";", ")", "·", "|", "—", "–", "\n") or words[end].startswith("\n")
    postal_code = start >= 3 and _a_postal_code(words[start - 2]) and words[start - 3][:1].isupper()
    if start >= 2 and words[start - 1] == "," and (words[start - 2][:1].isupper() or postal_code) and closing:
        return True
    district = end + 2 < len(words) and words[end] == "," and _an_abbreviation(words[end + 1])
    return district and _a_postal_code(words[end + 2])  # an address's town: "Avenue, NW, Washington, DC 20224"


def _a_postal_code(word: str) -> bool:
    """"78000", "20224": a number of an address, not a year."""
    return word.isdigit() and 4 <= len(word) <= 6 and not YEAR.fullmatch(word)


ADDRESS_REACH = 12  # words of a list of addressees between "To" and the colon


def addressed(span: Span) -> bool:
    """"To the United States:", "To the Government of Mali:", "To Kigali and Maputo:": a line opening "To" a state
    or a list of them and closing on a colon addresses recommendations to it."""
    words = doc_words(span.doc)

    def listed(word: str) -> bool:
        return word in (",", "and", "the", "The") or word[:1].isupper() and word != "To"

    lowest = max(span.start - ADDRESS_REACH, 0)
    start = next((k for k in range(span.start - 1, lowest - 1, -1) if not listed(words[k])), None)
    end = next((k for k in range(span.end, min(span.end + ADDRESS_REACH, len(words))) if not listed(words[k])), None)
    opening = start is not None and words[start] == "To" and (
        start == 0 or words[start - 1].startswith("\n") or words[start - 1] in (".", ":"))
    return opening and end is not None and words[end] == ":"


CASE_MARKS = frozenset({"v.", "v", "vs.", "vs"})


def names_a_document(span: Span, rules: dict) -> bool:
    """"the Taiwan Relations Act", "the Constitution of Georgia", "the laws of Kenya": a state inside the name of a law or
    a charter, or named as its jurisdiction, is the place the text belongs to; "Russia's law" or "a law Kenya passed"
    are left to the parse."""
    doc = span.doc
    end = span.end
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    if end > span.end and _a_law_or_document(doc[end - 1], rules):
        return True
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        before = span.start - 2 if doc[span.start - 2].lower_ not in ("the", "a") else span.start - 3
        return before >= 0 and _a_law_or_document(doc[before], rules)
    return False


def _a_law_or_document(word, rules: dict) -> bool:
    """The capitalised head of a law's or a document's name (models/names.json: "Act", "Charter", "Agreement"), or a
    lower-case noun of a state's body of law ("the laws of Kenya")."""
    return word.text in rules["law_and_document_heads"] or word.lower_ in rules["jurisdiction_nouns"]


def a_party_to_a_case(span: Span) -> bool:
    """"The Republic of the Philippines v. The People's Republic of China", "Nicaragua v. United States": each side
    of a legal case is a state acting."""
    words = doc_words(span.doc)
    start, end = span.start, span.end
    before = words[start - 2] if start >= 2 and words[start - 1] in ("The", "the") else words[start - 1] if start else ""
    return (end < len(words) and words[end] in CASE_MARKS) or before in CASE_MARKS


def places_a_reference(span: Span, countries: frozenset[str] = frozenset()) -> bool:
    """"(Manila: Ateneo Press, 2024)", "statement …, Manila, 21 July 2024;", "…”, Washington, DC, 27 June 2025.",
    "briefing, Bangkok/Brussels, 2025": a capital or a state between a reference's commas before its date (its
    state or district abbreviated between them, a second office's town before a slash), or before the colon of a
    publisher, is where it was published or issued; so is a dateline's place (before_a_full_date)."""
    doc, start, end = span.doc, span.start, span.end
    while start >= 2 and doc[start - 1].text == "/" and doc[start - 2].text[:1].isupper():
        start -= 2  # "Africa Briefing, Nairobi/Brussels, 2024": the places of a publisher with two offices
    if end + 1 >= len(doc):
        return False
    listed = start > 0 and doc[start - 1].text in (",", "and", "or", "&")  # the last of a list is a party
    return start > 0 and _a_reference_between_commas(doc, start, end) or not listed and before_a_full_date(doc, end, countries)


def _a_reference_between_commas(doc, start: int, end: int) -> bool:
    """The place of publication between a reference's commas or the colon of its publisher (places_a_reference)."""
    following = doc[end + 1]
    if doc[start - 1].text == "(" and doc[end].text == ":" and following.text[:1].isupper():
        return True
    if doc[end].text == "," and end + 3 < len(doc) and _an_abbreviation(following.text) and doc[end + 2].text == ",":
        end, following = end + 2, doc[end + 3]
    return doc[start - 1].text == "," and doc[end].text == "," and (following.like_num or following.text in MONTHS) \
        and (end + 2 < len(doc) and (doc[end + 2].like_num or doc[end + 2].text in MONTHS or doc[end + 2].text in ".;)"))


DATELINE_REACH = 3  # words of the state named between a town of a dateline and its date ("Addis Ababa, Ethiopia, 14 …")
DATELINE_MARKS = (",", "–", "—")  # what stands before a dateline's date ("Washington, DC – March 25, 2025:")


def before_a_full_date(doc, end: int, countries: frozenset[str]) -> bool:
    """"… poorly monitored Luxembourg, 8 July 2025", "Addis Ababa, Ethiopia, 14 February 2025", "Washington, DC – March
    25, 2025": a place right before a comma or a dash and a date with its month and year, its state (`countries`) or
    its district's abbreviation named between them or not, is the dateline of a
    statement or a report, where it was issued; a year alone is no such date ("Russia, 2022"), and the last state of
    a list is a party ("Joint statement of Malaysia, Thailand and Cambodia, Putrajaya, 28 July 2025")."""
    if end < len(doc) and doc[end].text == ",":
        state_end = next((k for k in range(end + 2, min(end + 2 + DATELINE_REACH, len(doc)))
                          if doc[k].text in DATELINE_MARKS and (normalise_name(doc[end + 1:k].text) in countries
                                                                or k == end + 2 and _an_abbreviation(doc[end + 1].text))), None)
        end = state_end if state_end is not None else end
    words = [t.text for t in doc[end + 1:end + 5]]
    if end >= len(doc) or doc[end].text not in DATELINE_MARKS or len(words) < 2:
        return False
    day_month_year = len(words) >= 3 and words[0].isdigit() and words[1] in MONTHS and YEAR.fullmatch(words[2])
    month_day_year = len(words) == 4 and words[0] in MONTHS and words[1].isdigit() and words[2] == "," and YEAR.fullmatch(words[3])
    return bool(day_month_year or month_day_year or words[0] in MONTHS and YEAR.fullmatch(words[1]))


def _an_abbreviation(word: str) -> bool:
    """"DC", "D.C.", "NY": a state's or a district's abbreviation after a town."""
    letters = word.replace(".", "")
    return 1 < len(letters) <= 3 and letters.isalpha() and letters.isupper()


def in_a_guillemet_title(span: Span) -> bool:
    """«The Taliban's Neighbourhood: Regional Diplomacy with Afghanistan»: a state inside a publication's title in
    guillemets is named as a place (guidelines, publication titles: "Mali" in «… the Case of Mali Crisis»); speech is
    quoted with other marks, where a state may act."""
    text, start, end = doc_text(span.doc), span.start_char, span.end_char
    closing, next_opening = text.find("»", end), text.find("«", end)
    return text.rfind("«", 0, start) > text.rfind("»", 0, start) and closing != -1 and (next_opening == -1 or closing < next_opening)


TOPIC_HEADING_WORDS = 12  # the most words of a heading that labels its section's topic before a colon


def a_topic_before_a_colon(span: Span) -> bool:
    """"Iran and Turkey: one wary, one pleased", "Tajikistan and Kyrgyzstan: a border settled", "Syria: coastal
    violence": names alone before the colon of a heading label its section's topic, places (guidelines: a heading made
    of a country's name); not "Russia's foothold: from Wagner to the Africa Corps" (a possessor) nor a sentence that
    runs on after its colon."""
    doc = span.doc
    colon = next((t.i for t in doc if t.text == ":"), None)
    if colon is None or span.end > colon or len([t for t in doc if not t.is_punct]) > TOPIC_HEADING_WORDS \
            or doc_text(doc).rstrip().endswith((".", "?", "!")):
        return False
    return all(t.pos_ == "PROPN" or t.lower_ in ("and", "the", "&") or t.text == "," for t in doc[:colon])


def a_heading_of_parties(span: Span) -> bool:
    """"Turkey and Iran", "Moscow, Brussels and the monitors": a heading that lists states with no verb and no
    preposition names the parties its section discusses; "Domestic politics in Yerevan and Baku" is a setting, and a
    heading of one name ("Mali") or of a state modifying a noun ("The Mali crisis") is left to the parse, and so is a
    state before the colon of its section's topic ("Kosovo: elections and the north")."""
    doc = span.doc
    words = [t for t in doc if not t.is_punct]
    labels_a_topic = span.end < len(doc) and doc[span.end].text == ":"
    return 0 < len(words) <= 6 and not labels_a_topic and any(t.lower_ == "and" for t in words) and not doc_text(doc).rstrip().endswith((".", ":", "?", "!")) \
        and not any(t.pos_ in ("VERB", "AUX", "ADP") for t in doc) and span.root.dep_ not in ("compound", "nmod", "amod", "poss") \
        and all(t.text[:1].isupper() or t.is_stop or t.pos_ == "NOUN" for t in words)


def a_heading_of_regions(span: Span, rules: dict) -> bool:
    """"Yemen and the Red Sea", "Gaza, Lebanon, Syria and Iraq", "Lake Chad and Libya": a heading that lists a region,
    a part of the world or a natural feature beside the states names the places its section covers, not parties."""
    doc = span.doc
    regions = rules.get("non_state_region_names", frozenset())
    spans = (doc[i:i + n] for n in (1, 2, 3) for i in range(len(doc) - n + 1))
    return any(t.text in rules["natural_feature_heads"] for t in doc) or any(
        s[0].text[:1].isupper() and normalise_name(s.text) in regions for s in spans)


def _members_set_off(root, rules: dict) -> bool:
    """The state is one of a list set off by a dash or a colon after a body's name: an acronym, a collective name
    ("the Quad", "the Troika") or a name whose head is an organisation's ("the Alliance")."""
    first = first_conjunct(root)
    body = first.head
    if first.dep_ != "appos" or body.i >= first.i or body.i + 1 >= len(body.doc) or body.doc[body.i + 1].text not in LIST_OPENERS:
        return False
    return is_acronym(body.text) or body.text in rules["collective_body_names"] or body.text in rules["org_heads"]


def _base(token):
    """Climb conjunctions (and appositions to names): "France" in "the African Union, France and the United States"."""
    while token.head is not token and (token.dep_ == "conj" or token.dep_ == "appos" and token.head.pos_ == "PROPN"):
        token = token.head
    return token


def role_from_parse(span: Span, rules: dict, persons: frozenset[int] = frozenset()) -> tuple[str, str]:
    """The state's syntactic role: PLACE where the setting is spatial (a locative preposition, a spatial or
    situation noun, a destination or origin, a described situation), ACTOR wherever it takes part."""
    root = span.root
    located = root.dep_ == "pobj" and root.head.lower_ in rules["spatial_prepositions"]
    if not located and any(child.dep_ == "relcl" and any(g.lower_ == "who" for g in child.children) for child in root.children):
        return ACTOR, "roles:parse-who"  # not "a pastor based in the United States who was named": the pastor was
    if not located and any(_owned_by_whose(c, rules) for c in root.children if c.dep_ == "relcl"):
        return ACTOR, "roles:parse-whose"  # "and to Angola, whose President chairs the process"; not "fled into Chad, whose…"
    relative = _relative_subject(root)
    if relative is not None and _subject_role(*relative, rules)[0] == ACTOR:
        return ACTOR, "roles:parse-which"  # "Nigeria, which hosts 90,000 refugees"; not "Goma, which fell to the M23"
    if _members_set_off(root, rules):
        return ACTOR, "roles:members-listed"  # "the Quad – the United States, Saudi Arabia, Egypt and the UAE – has
        # become": the states listed after a body's name are its members, whatever the body then does
    token = _base(root)
    head, dep = token.head, token.dep_
    subject_of = _subject_after_an_opening_phrase(root, token)
    if subject_of is not None:
        return _subject_role(subject_of, "nsubj", rules)  # "Within NORDEFCO, Finland and Sweden have agreed"
    if dep == "compound" and _relative_subject_read_as_compound(token):
        return _subject_role(head, "nsubj", rules)  # "Srpska Lista, which Belgrade backs,"
    if dep == "appos" and (head.lemma_ in rules["state_nouns"] or _noun_in(head, rules["role_predicate_nouns"])):
        return ACTOR, "roles:parse-named-state"  # "its troop contributors, Uganda, Kenya and Egypt, have not been paid"
    if any(_in_a_role(c, rules) for t in (root, token) for c in t.children if c.dep_ == "appos"):
        return ACTOR, "roles:parse-role-apposition"  # "Switzerland, the host state, pressed"
    if _counted_among(token, rules):
        return ACTOR, "roles:parse-counted-among"  # "11 abstentions, among them Poland, Italy and …"
    if dep == "appos" and _subject_of_next_verb(span):
        return ACTOR, "roles:parse-relative-subject"  # "the second lever Islamabad has pulled"
    if dep in ("nsubj", "nsubjpass", "csubj"):
        return _subject_role(head, dep, rules)
    if dep == "attr" and head.lemma_ in rules["copulas"] and any(
            c.dep_ == "nsubj" and _noun_in(c, rules["role_predicate_nouns"]) for c in head.children):
        return ACTOR, "roles:parse-role-named"  # "the largest importers were India, Saudi Arabia and Qatar"
    if opens_an_object_clause(token):
        return _subject_role(head, "nsubj", rules)  # "which Bucharest at first denied"
    if dep == "poss":
        return _possessor_role(head, rules)
    possessed = _possessed_noun(span)
    if possessed is not None:
        return _possessor_role(possessed, rules)  # the parser missed the possessive: "and Azerbaijan’s Gazakh district"
    if dep in ("compound", "nmod", "amod"):
        if head.lower_.endswith("ing") and head.dep_ == "pobj" and head.head.lower_ == "with" and not any(
                c.dep_ in ("det", "poss") for c in head.children):
            return ACTOR, "roles:parse-gerund-subject"  # "negotiated …, with Oman mediating": who mediates
        if _noun_in(head, rules["agreement_nouns"]):
            return PLACE, "roles:parse-agreement-name"  # "the Algiers agreement", "the Havana commitments"
        if _noun_in(head, rules["agentive_nouns"], rules["official_nouns"]):
            return ACTOR, "roles:parse-modifier-of-agent"  # "US officials", "US prosecutors", "the US secretary of state"
        return PLACE, "roles:parse-modifier"
    if dep in ("dobj", "dative", "oprd"):
        if dep == "dobj" and _taken_as_a_setting(root, head, rules):
            return PLACE, "roles:parse-setting"
        if dep == "dobj" and head.lemma_ in rules["control_verbs"] and not any(
                c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in head.children):
            return PLACE, "roles:parse-controlled"  # "the Houthis hold Sanaa", "the Taliban control Kabul"; not "hold
            # Moscow responsible", and a state one rules or governs is the polity ("has ruled Belarus since 1994")
        if dep == "dobj" and head.lemma_ in rules["motion_verbs"] and (head.lemma_ not in rules["stance_verbs"]
                                                                        or normalise_name(span.text) not in rules.get("demonym_places", ())):
            return PLACE, "roles:parse-destination"  # "officials left Juba": a town is left as a place, a state may be
            # left as a party ("Mali left ECOWAS", "the junta left Niger's alliance")
        return ACTOR, "roles:parse-object"
    if dep == "pobj":
        return _object_of_preposition_role(head, rules, persons)
    return PLACE, "roles:parse-default"


def _subject_after_an_opening_phrase(name, base):
    """The verb whose subject the parser hung on the noun of the sentence's opening phrase ("Within NORDEFCO, Finland
    and Sweden have agreed", "On Sudan, the UK and the US seek"): a name listed after that noun and its comma, where
    the verb has no subject of its own; None otherwise."""
    if name.i == base.i or base.dep_ != "pobj" or not base.head.is_sent_start:
        return None
    verb = base.head.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    doc = name.doc
    after = max([base.i] + [c.right_edge.i for c in base.children if c.dep_ not in ("conj", "appos", "cc", "punct")]) + 1
    first = next((t for t in doc[after:name.i + 1] if t.dep_ in ("conj", "appos") and t.head == base), None)
    return verb if first is not None and after < len(doc) and doc[after].text == "," else None


def _relative_subject_read_as_compound(name) -> bool:
    """"which Belgrade backs", "which Japan administers": a name between a relative pronoun, parsed as the verb's
    object, and that verb is its subject, though the parser took it for a compound of a noun."""
    doc = name.doc
    return name.i > 0 and doc[name.i - 1].lower_ in ("which", "that", "whom") and doc[name.i - 1].head == name.head \
        and doc[name.i - 1].dep_ == "dobj" and name.head.i == name.i + 1 and name.head.tag_ in ("VBZ", "VBD", "VBP", "NNS")


def _taken_as_a_setting(name, verb, rules: dict) -> bool:
    """"offered Tashkent as a venue", "chose Nairobi as the base": the object taken as a site is a place."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and _noun_in(g, rules["setting_nouns"]) for g in c.children)
               for t in (name, verb) for c in t.children)


def _noun_in(token, *word_sets: frozenset[str]) -> bool:
    """The word, as written or by its lemma, is in one of the sets."""
    return any(token.lower_ in words or token.lemma_.lower() in words for words in word_sets)


def _in_a_role(noun, rules: dict) -> bool:
    """"the host state", "a guarantor", "a party to the talks": an apposition naming a part the state plays."""
    return any(_noun_in(n, rules["role_predicate_nouns"]) for n in [noun] + [c for c in noun.children if c.dep_ == "compound"])


COUNTED_REACH = 6  # words back from "among them" the noun of those counted is looked for


def _counted_among(token, rules: dict) -> bool:
    """"11 abstentions, among them Poland", "the donors of flexible funding, among them Sweden": a list after "among
    them" names those counted, here states voting or taking a part, the noun of the phrase before the comma."""
    doc, i = token.doc, token.i
    if i < 3 or doc[i - 1].lower_ != "them" or doc[i - 2].lower_ not in ("among", "amongst") or not doc[i - 3].is_punct:
        return False
    for k in range(i - 4, max(-1, i - 4 - COUNTED_REACH), -1):
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct:
            return False
        if _noun_in(doc[k], rules["vote_nouns"], rules["role_predicate_nouns"]):
            return True
    return False


def _owned_by_whose(clause, rules: dict) -> bool:
    """"whose President", "whose government", "whose troops": a relative clause giving the state a leader, an
    official or a force (not "whose north", "whose population")."""
    return any(g.dep_ == "poss" and g.lower_ == "whose" and _noun_in(n, rules["agentive_nouns"], rules["official_nouns"])
               for n in clause.subtree for g in n.children)


def _relative_subject(root):
    """The verb of a relative clause on the state whose subject is "which" or "that", and that subject's relation:
    the state is the subject of that verb."""
    for clause in root.children:
        if clause.dep_ == "relcl" and clause.i > root.i:
            for pronoun in clause.children:
                if pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.lower_ in ("which", "that"):
                    return clause, pronoun.dep_
    return None


def _subject_of_next_verb(span: Span) -> bool:
    """"the second lever Islamabad has pulled": a name the parser hung on a noun before it, followed by an
    auxiliary and a participle other than "been", is the subject of the relative clause it opens."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    aux, verb = doc[span.end], doc[span.end + 1]
    return aux.pos_ == "AUX" and aux.dep_ == "aux" and verb.pos_ == "VERB" and verb.lower_ != "been"


def _subject_role(head, dep: str, rules: dict) -> tuple[str, str]:
    """Subject of a verb: it acts, unless the verb only describes it ("is in transition", "was struck")."""
    if head.lemma_ in rules["copulas"] or dep == "nsubjpass":
        task = _infinitive_after(head) or _task_of_the_state_named(head, rules)
        if task is not None:
            return _subject_role(task, "nsubj", rules)  # "Kenya was forced to withdraw", "is unlikely to accept"
    if head.lemma_ == "have" and any(c.dep_ == "dobj" and _noun_in(c, rules["holding_nouns"]) for c in head.children):
        return ACTOR, "roles:parse-holds-a-right"  # "Israel has the right to defend itself", "Lebanon had a historic chance"
    if head.lemma_ == "have" and any(c.dep_ == "dobj" and _noun_in(c, rules["agentive_nouns"], rules["official_nouns"])
                                     for c in head.children):
        return ACTOR, "roles:parse-has-officials"  # "Peru has had seven presidents"; not "Haiti has high food prices"
    if _elided(head):
        return ACTOR, "roles:parse-elided-verb"  # "Estonia has requested loans; Denmark has not", "but Uganda did not"
    if head.lemma_ in rules["copulas"]:
        if any(c.dep_ == "acomp" and c.lower_ in rules["stance_adjectives"] or _conduct_compared(c, rules) for c in head.children):
            return ACTOR, "roles:parse-stance-adjective"  # "Algeria is unwilling", "Uzbekistan has been the most pragmatic"
        if head.dep_ in ("ccomp", "xcomp") and head.head.lemma_ in rules["stance_verbs"]:
            return ACTOR, "roles:parse-judged"
        if any(c.dep_ == "attr" and (_noun_in(c, rules["role_predicate_nouns"]) or _part_of_a_pact(c, rules)) for c in head.children) \
                or _ranked_as_a_role(head, rules):
            return ACTOR, "roles:parse-role-predicate"  # "Eritrea is again a spoiler", "Bahrain was the only member",
            # "remained among the largest importers"
        if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and _noun_in(g, rules["engagement_nouns"]) for g in c.children) for c in head.children):
            return ACTOR, "roles:parse-engaged"  # "Manila was not in the business of", "Sudan is at war with", "in talks with"
        return PLACE, "roles:parse-copula-subject"
    if dep == "nsubjpass" and head.lemma_ not in rules["stance_verbs"]:
        return PLACE, "roles:parse-passive-subject"
    if head.lemma_ in rules["ranking_verbs"] and not _ranked_as_a_role(head, rules):
        return PLACE, "roles:parse-ranked"  # "X ranks 150th of 190 countries": its situation is scored
    if spends_time(head, rules):
        return PLACE, "roles:parse-spends-time"
    return ACTOR, "roles:parse-subject"


ELIDING = ("have", "do", "will", "would", "can", "could", "may", "might", "must", "shall", "should")
ELLIPSIS_REACH = 30  # words back an elided verb's antecedent is looked for (it may close the sentence before)
COMPLEMENTS = ("dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "prep", "agent", "dative", "advcl")


def _elided(verb) -> bool:
    """An auxiliary or "do" standing for a verb the clause leaves out ("Denmark and Sweden have not", "but Uganda
    did not", "Germany may too"): it takes no object or complement after it (the parser may hang the clause before
    on it), and repeats an action told before it."""
    return verb.lemma_.lower() in ELIDING and verb.dep_ in ("ROOT", "conj") and not any(
        c.dep_ in COMPLEMENTS and c.i > verb.i for c in verb.children) and any(
        t.pos_ == "VERB" and t.lemma_.lower() not in ELIDING for t in verb.doc[max(0, verb.i - ELLIPSIS_REACH):verb.i])


def _infinitive_after(verb):
    """The verb of the infinitive that says what the subject of a copula or a passive is to do: "expected to veto",
    "forced to withdraw", "unlikely to accept" (over the adjective); "likely to remain" gives a copula again."""
    for complement in (c for c in verb.children if c.dep_ in ("xcomp", "acomp")):
        if complement.dep_ == "acomp":
            return next((g for g in complement.children if g.dep_ == "xcomp" and g.pos_ in ("VERB", "AUX")
                         and any(a.lower_ == "to" for a in g.children)), None)
        if complement.pos_ in ("VERB", "AUX") and any(a.lower_ == "to" for a in complement.children):
            return complement
    return None


def _task_of_the_state_named(copula, rules: dict):
    """"Fiji was the first country to ratify it": the verb of the infinitive on a predicate noun of a state, what
    the subject did (not "Chad is the country most affected", which describes it)."""
    for noun in (c for c in copula.children if c.dep_ == "attr" and c.lemma_ in rules["state_nouns"]):
        return next((g for g in noun.children if g.dep_ in ("acl", "relcl") and g.pos_ == "VERB"
                     and any(a.lower_ == "to" for a in g.children)), None)
    return None


def _ranked_as_a_role(verb, rules: dict) -> bool:
    """"ranks as the largest donor", "ranked first among spenders": ranked for what the state does."""
    return any(_noun_in(g, rules["role_predicate_nouns"]) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "among")
               for g in c.children if g.dep_ == "pobj")


def _conduct_compared(predicate, rules: dict) -> bool:
    """"the most pragmatic:", "more assertive than", "the most active of": a state compared by its conduct, the adjective standing alone
    (not "the most hostile environment"); the parser may hang it on a noun after a colon."""
    adjectives = [predicate] + [c for c in predicate.subtree if c.dep_ == "amod"]
    return any(a.lower_ in rules["stance_adjectives"] and any(c.lower_ in ("most", "more", "least", "less") for c in a.children)
               and (a.i + 1 == len(a.doc) or a.doc[a.i + 1].is_punct or a.doc[a.i + 1].lower_ in ("than", "of")) for a in adjectives)


def _part_of_a_pact(predicate, rules: dict) -> bool:
    """"will not be part of it", "is part of the agreement": a state in a pact or a body, not a region in a region."""
    if predicate.lower_ != "part":
        return False
    objects = [g for c in predicate.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(g.pos_ == "PRON" or _noun_in(g, rules["agreement_nouns"]) for g in objects)


def _possessed_noun(span: Span):
    """The noun a state's possessive marker owns where the parser hung the state elsewhere ("between Tavush province
    and Azerbaijan’s Gazakh district" parsed as a list of three): the first common noun after the marker, over the
    names and adjectives before it."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].text not in ("'s", "’s"):
        return None
    for token in doc[i + 1:i + 5]:
        if token.pos_ == "NOUN":
            return token
        if token.pos_ not in ("PROPN", "ADJ", "NUM") and token.text != "-":
            return None
    return None


def _hyphened_ends(token) -> list:
    """"vice-president", "co-chair": the word a hyphen glues after `token`, which the parser may leave as a stray
    object or apposition of the first part, names what the compound is."""
    doc, i = token.doc, token.i
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
            and doc[i + 2].is_alpha:
        i += 2
    return [doc[i]] if i > token.i else []


def _possessor_role(head, rules: dict) -> tuple[str, str]:
    """"Algeria's diplomacy", "Russia's invasion", "Mexico's lawsuit", "Armenia's estrangement from Russia",
    "Armenia's process of accession" act, and so does a state owning a body it names ("Pakistan's National
    Security Committee"); "Mali's north", "Mali's growing instability", "Mali's Tuareg" locate or describe."""
    nouns = [head] + [c for c in head.children if c.dep_ == "compound"] + _hyphened_ends(head)
    acts = nouns + [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    agentive = (rules["agentive_nouns"], rules["party_nouns"], rules["territory_nouns"], rules["relation_nouns"], rules["official_nouns"])
    if any(_noun_in(n, *agentive) for n in nouns) or any(_noun_in(n, rules["act_nouns"]) for n in acts if n.pos_ != "PROPN"):
        return ACTOR, "roles:parse-possessor"
    if head.pos_ == "PROPN" and head.text in rules["seated_body_heads"]:
        return PLACE, "roles:parse-seat-of-body"  # "Thailand's Move Forward Party": a party's country is its seat
    if head.pos_ == "PROPN" and head.text in rules.get("org_heads", ()):
        return ACTOR, "roles:parse-possessor-of-body"
    named = [t.lower_ for t in head.doc[head.left_edge.i:head.i + 1] if t.dep_ in ("amod", "compound") or t == head]
    if head.tag_ == "NN" and any(named[-len(body.split()):] == body.split() for body in rules["possessed_body_nouns"]):
        return ACTOR, "roles:parse-possessor-of-body"  # "Haiti's transitional council", "Nigeria's central bank"
    return PLACE, "roles:parse-possessor-of-thing"


def _object_of_preposition_role(preposition, rules: dict, persons: frozenset[int] = frozenset()) -> tuple[str, str]:
    """"in Mali", "across Mali", "a visit to Mali", "refugees from Mali" are settings; "talks with Mali", "the
    request of Mali", "ties to Mali", "by Mali", "between Bogotá and the ELN" make the state a party; "the invasion
    of Ukraine", "the occupation of Kuwait" name the territory."""
    word = preposition.lower_
    first = first_conjunct(preposition)
    governor = _nearest_conjunct(first.head, preposition.i)
    nouns = [governor] + [c for c in governor.children if c.dep_ == "dobj"] if governor.pos_ == "VERB" else [governor]
    governs_party = any(_noun_in(n, rules["agentive_nouns"], rules["relation_nouns"], rules["party_nouns"])
                        for n in nouns)  # "ties to Algeria", "strengthened its ties to Algeria"
    spatial_noun = (governor.pos_ in ("NOUN", "PROPN") or (governor.pos_ in ("ADV", "ADJ") and word == "of")) \
        and _noun_in(governor, rules["spatial_nouns"])  # "the north of Mali", "located south of Jamaica", "roads west of Goma"
    exemplified = _exemplified(preposition, governor)
    if exemplified is not None:
        return role_from_parse(exemplified.doc[exemplified.i:exemplified.i + 1], rules, persons)[0], "roles:parse-example"
    if word in rules["agent_prepositions"]:
        return ACTOR, "roles:parse-agent"
    if called_upon(preposition, rules):
        return ACTOR, "roles:parse-called-upon"
    if word in rules["between_words"] and lies_between(governor, rules):
        return PLACE, "roles:parse-lies-between"
    if word == "between" and _noun_in(governor, rules["infrastructure_nouns"]):
        return PLACE, "roles:parse-infrastructure"  # "the power cable between Finland and Estonia": what it joins
    if word in ("with", "between") and preposition.i > 0 and preposition.doc[preposition.i - 1].lower_ in rules["boundary_nouns"] \
            and preposition.head.pos_ != "VERB":
        return PLACE, "roles:parse-boundary"  # "the opening of its border with Armenia"; not "negotiate its borders with Caracas"
    if word in ("for", "on") and _noun_in(governor, rules["remit_nouns"]):
        return PLACE, "roles:parse-remit"  # "the Special Envoy for Yemen": the state is the envoy's remit
    if word == "for" and any(_an_amount(n) for n in nouns[1:]):
        return PLACE, "roles:parse-amount-for"  # "allocated US$2 million for Haiti": the response in the state is funded
    if word in ("for", "on") and _noun_in(governor, rules["scope_nouns"]):
        return PLACE, "roles:parse-scope"  # "the appeal for Sudan", "the outlook for Somalia": the plan's or text's scope
    if word == "for" and (governor.lower_ in rules["destination_words"] or governor.lemma_ in rules["motion_verbs"]):
        return PLACE, "roles:parse-destination"  # "a ship bound for Israel", "forced to leave for Lithuania"
    if word == "from" and governor.pos_ == "VERB" and governor.lemma_ in rules["source_verbs"] \
            and any(_noun_in(n, rules["party_nouns"]) for n in nouns[1:]):
        return ACTOR, "roles:parse-source"  # "obtained the loan from China", the lender; not "bought electricity from
        # Romania" nor "drones it had bought from Turkey", a product's origin (guidelines)
    before = preposition.doc[preposition.i - 1] if preposition.i else preposition
    if word in rules["route_prepositions"] and (governor.lower_ in rules["stance_adjectives"] or before.lower_ in rules["stance_adjectives"]):
        return ACTOR, "roles:parse-stance-towards"  # "more conciliatory towards Canberra", "hostile to Rwanda", "seen as
        # weak and dependent on Manila" (the parser may hang the preposition on the verb before the adjective)
    if word in rules["between_words"] and _a_transport_link(governor, rules):
        return PLACE, "roles:parse-transport-link"  # "air links between Bishkek and Dushanbe"
    if word == "of" and governor.i in persons and _no_office_before(governor, persons, rules):
        return PLACE, "roles:parse-persons-origin"  # "Khassim Diagne of Senegal"; not "President Irfaan Ali of Guyana"
    if word == "of" and _a_seat(governor, preposition, rules):
        return PLACE, "roles:parse-seat"  # "Memorial of Russia": the country where a named body sits
    if word == "of" and _a_body_acting_for_the_state(governor, rules):
        return ACTOR, "roles:parse-organ-of-state"  # "the State Committee for National Security (GKNB) of Kyrgyzstan"
    if word == "of" and (governor.lower_ in rules["portion_nouns"] or governor.like_num):
        return PLACE, "roles:parse-portion"  # "controls 85 percent of Port-au-Prince", "most of Darfur", "half of Sudan"
    if word == "of" and _noun_in(governor, rules["territory_nouns"]) and not any(
            c.dep_ == "poss" and c.pos_ != "PRON" for c in governor.children):
        return PLACE, "roles:parse-territory"  # "the invasion of Ukraine": the territory an act is done to; "Russia's
        # invasion of Ukraine" names the invader, a party to a relation between states (guidelines, section 10; "its
        # invasion" names none)
    if word == "for" and _an_amount(governor):
        return PLACE, "roles:parse-amount-for"  # "US$7 million for Jamaica": the response in the state is funded
    if word == "over" and _noun_in(governor, rules["influence_nouns"]):
        return ACTOR, "roles:parse-influence"  # "little leverage over Juba", "Moscow's sway over Minsk"
    if word in ("to", "on") and governor.lemma_ in rules["attribution_verbs"]:
        return ACTOR, "roles:parse-doer"  # "schemes they attributed to the Russian Federation", "blamed on Kigali"
    if word in rules["spatial_prepositions"]:
        return PLACE, "roles:parse-location"
    if word in ("to", "on") and (governor.lemma_ in rules["recipient_verbs"] or governor.lower_ in rules["recipient_adjectives"]):
        return ACTOR, "roles:parse-recipient"  # "ceded to Russia", "urged on Taipei", "make available to Taiwan"
    if word == "to" and governor.lemma_ in rules["motion_verbs"] and not any(_noun_in(n, rules["message_nouns"]) for n in nouns[1:]):
        return PLACE, "roles:parse-destination"  # "brought special envoys to Qatar"; not "sent a message to Qatar"
    if word == "from" and governor.pos_ == "VERB" and governor.lemma_ in rules["motion_verbs"]:
        return PLACE, "roles:parse-route"  # "withdrew its troops from Somalia": where they leave, whoever's they are
    if word in rules["route_prepositions"]:
        return (ACTOR, "roles:parse-party") if governs_party and not spatial_noun else (PLACE, "roles:parse-route")
    if spatial_noun and not governs_party:
        return PLACE, "roles:parse-location"  # "the border between Mali and Algeria", "the north of Mali"
    return ACTOR, "roles:parse-party" if word not in rules["between_words"] else "roles:parse-between"


def _no_office_before(name, persons: frozenset[int], rules: dict) -> bool:
    """No title that is an office stands before a person's name: a state after its "of" is where the person comes
    from ("Khassim Diagne of Senegal", "Roland Driece of the Netherlands": PLACE), not the state whose office the person
    holds ("President Irfaan Ali of Guyana", "the foreign minister X of Peru": ACTOR); a form of address is no office
    ("Mr Diagne of Senegal"). The office may also head the phrase the name is set in apposition to ("the foreign
    ministers of the two countries, X of the DRC and Y of Rwanda"). Guidelines, section 3."""
    first = name  # the list's first name ("X of the DRC and Y of Rwanda")
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = first.i
    while start - 1 in persons:
        start -= 1
    before = 2
    if first.dep_ in ("conj", "appos"):  # set in a list or an apposition: the phrase it describes comes before
        before = OFFICE_LIST_REACH  # (the parser may hang it on another noun)
    offices = {t.lower() for t in rules["titles"]} - {h.lower() for h in rules["honorifics"]}
    words = name.doc[max(name.sent.start, start - before):name.i + 1]
    return not any(t.lower_ in offices or t.lemma_.lower() in offices for t in words)


def _a_transport_link(noun, rules: dict) -> bool:
    """"air links", "rail connections", "ferry services": a link of transport, which joins places."""
    return _noun_in(noun, rules["connection_nouns"]) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in rules["transport_modifiers"] for c in noun.children)


def _a_seat(name, preposition, rules: dict) -> bool:
    """"Memorial of Russia", "the University of Ghana": a body named before "of" one state, none of whose words makes
    it the state's own organ, a group of states or a pact ("the Government of Mali", "the Ministry of Health of Kyrgyzstan", "the
    Joint Declaration of Armenia and Azerbaijan" stay acts of the state); "Roland Driece of the Netherlands" is a
    person from the state (a name of several words), and "the Troika of the United States, the United Kingdom and
    Norway" has states as members; an acronym tells nothing of what the body is ("the FAA of the United States")."""
    compounds = [c for c in name.children if c.dep_ in ("compound", "amod")]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.text.isupper() or any(c.pos_ == "PROPN" for c in compounds):
        return False
    if any(g.dep_ == "pobj" and any(c.dep_ == "conj" for c in g.children) for g in preposition.children):
        return False
    return not any(_noun_in(w, rules["agentive_nouns"], rules["official_nouns"], rules["state_body_heads"],
                             rules["state_group_nouns"], rules["agreement_nouns"])
                   for w in _name_words(name))


def _a_body_acting_for_the_state(name, rules: dict) -> bool:
    """"the State Committee for National Security (GKNB) of Kyrgyzstan", "the Ministry of Health of Kyrgyzstan": a
    name holding a state organ's head before "of" the state, which acts through it (guidelines, section 9), or a
    group's the state is a member of ("the Troika of the United States, the United Kingdom and Norway")."""
    return name.pos_ == "PROPN" and name.text[:1].isupper() and any(
        _noun_in(w, rules["state_body_heads"], rules["state_group_nouns"]) for w in _name_words(name))


def _name_words(name) -> list:
    """The words of the name a proper noun ends, up to its head ("the Ministry of Health of Kyrgyzstan" from "Health")."""
    words = [name] + [c for c in name.children if c.dep_ in ("compound", "amod")]
    while name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.pos_ == "PROPN":
        name = name.head.head
        words += [name] + [c for c in name.children if c.dep_ in ("compound", "amod")]
    return words


def _exemplified(preposition, governor):
    """The noun whose part the names after the preposition play as its examples, or None: the noun "including",
    "like" or "such as" hangs on ("in countries such as Chad": places; "donors such as Norway": parties), or the one
    right before the comma of "in particular" ("the guarantors, in particular Norway and Cuba")."""
    word, doc, before = preposition.lower_, preposition.doc, preposition.i - 1
    if word in ("including", "like") or word == "as" and before >= 0 and doc[before].lower_ == "such":
        return governor if governor.pos_ == "NOUN" else None
    if word == "in" and before >= 1 and doc[before].text == "," and preposition.i + 1 < len(doc) \
            and doc[preposition.i + 1].lower_ == "particular":
        noun = doc[before - 1]
        return noun if noun.pos_ in ("NOUN", "PROPN") else None
    return None


def _nearest_conjunct(governor, before: int):
    """"the sovereignty and territorial integrity of Georgia": a phrase after coordinated nouns is read with the
    nearest of them, which the parser leaves on the first."""
    later = [c for c in governor.children if c.dep_ == "conj" and governor.i < c.i < before and c.pos_ == governor.pos_]
    return later[-1] if later else governor


def _an_amount(token) -> bool:
    """A sum or count: "US$7 million", "€2bn", "1,200"."""
    return token.like_num or any(ch in "$€£¥" for ch in token.text) or any(
        c.like_num or c.text in ("$", "€", "£", "¥") for c in token.children if c.dep_ in ("nummod", "quantmod", "compound", "nmod"))


def _stem_in(word: str, verbs: frozenset[str]) -> bool:
    """A rough verb match without a tagger: "believes", "included", "urging"."""
    for suffix in ("", "s", "es", "d", "ed", "ing"):
        if word.endswith(suffix) and word[: len(word) - len(suffix)] in verbs:
            return True
    return word.endswith("ing") and word[:-3] + "e" in verbs


def _listed_after(words: list[str], start: int, cues: frozenset[str]) -> bool:
    """"supported by the African Union, France and the United States": later items of a list after "by"."""
    i = start - 1
    while i >= 0 and (words[i][:1].isupper() or words[i].lower() in (",", "and", "the", "or")):
        i -= 1
    return i >= 0 and i < start - 1 and words[i].lower() in cues and any(words[k].lower() in (",", "and") for k in range(i + 1, start))


def _after_coordination(words: list[str], end: int) -> int | None:
    """The first word after a list of names ("Egypt and the United Arab Emirates supported"): the likely verb."""
    i = end
    while i + 1 < len(words) and words[i].lower() in ("and", ",", "or") and (words[i + 1][:1].isupper() or words[i + 1].lower() == "the"):
        i += 1
        while i < len(words) and (words[i].lower() == "the" or words[i][:1].isupper()):
            i += 1
    return i if i < len(words) else None


def _after_copula(words: list[str], rules: dict) -> tuple[str, str]:
    """"is seeking", "is thought to": a state acting or judged; "is in", "has been divided": a situation."""
    following = words[0] if words else ""
    if following.endswith("ing") or _stem_in(following, rules["stance_verbs"]) or following in rules["stance_participles"]:
        return ACTOR, "roles:words-subject"
    return PLACE, "roles:words-copula-subject"


def _governor_before(words: list[str], start: int) -> tuple[str, str] | None:
    """The preposition before a name (through "X and") and the noun before that preposition."""
    i = start - 1
    while i >= 0 and (words[i].lower() in ("the", "and", ",") or words[i][:1].isupper()):
        i -= 1
    if i < 1:
        return None
    j = i - 1
    while j >= 0 and words[j].lower() in ("the", "a", "an"):
        j -= 1
    return (words[i].lower(), words[j].lower()) if j >= 0 else None


def role_from_words(span: Span, rules: dict) -> tuple[str, str]:
    """Fallback without a parser: neighbouring words only (token texts, lower-cased as spaCy's `lower_` is)."""
    words, start, end = doc_words(span.doc), span.start, span.end
    before = [w.lower() for w in words[max(0, start - 3):start] if w.lower() not in ("the", "a", "an")]
    after = words[end:end + 4]
    prev = before[-1] if before else ""
    if prev in rules["agent_prepositions"] or _listed_after(words, start, rules["agent_prepositions"]):
        return ACTOR, "roles:words-agent"
    governor = _governor_before(words, start)
    if governor and governor[0] in rules["between_words"] and (governor[1] in rules["relation_nouns"] or governor[1] in rules["agentive_nouns"]):
        return ACTOR, "roles:words-between"
    if governor and governor[0] == "of" and governor[1] in rules["agentive_nouns"]:
        return ACTOR, "roles:words-party"
    if any(w.lower() == "who" for w in words[end:end + 2]):
        return ACTOR, "roles:words-who"
    if prev in rules["auxiliaries"] or prev == "for" and end < len(words) and words[end].lower() == "to":
        return ACTOR, "roles:words-subject-of-clause"
    if prev in rules["spatial_prepositions"] or prev in rules["route_prepositions"]:
        return PLACE, "roles:words-location"
    if prev and _stem_in(prev, rules["stance_verbs"]):
        return ACTOR, "roles:words-object-of-stance"
    if after and after[0] in ("'s", "’s", "’", "'"):
        if any(w.lower() in rules["agentive_nouns"] for w in after[1:4]):
            return ACTOR, "roles:words-possessor"
        return PLACE, "roles:words-possessor-of-thing"
    if after:
        if after[0].lower() in rules["agentive_nouns"]:
            return ACTOR, "roles:words-modifier-of-agent"
        verb = _after_coordination(words, end)
        if verb is not None and words[verb].islower() and words[verb].lower() in rules["irregular_verbs"]:
            return ACTOR, "roles:words-subject"
        after = words[verb:verb + 3] if verb is not None else after
        lowered = [w.lower() for w in after]
        if lowered[:2] in (["has", "been"], ["had", "been"], ["have", "been"]) or lowered[0] in rules["copula_forms"]:
            return _after_copula(lowered[2:] if lowered[1:2] == ["been"] else lowered[1:], rules)
        word = lowered[0]
        if after[0].islower() and (word in rules["auxiliaries"] or word.endswith("ed") or (
            word.endswith("s") and not word.endswith(("ss", "is", "us")) and word not in rules["relation_nouns"]
        )):
            return ACTOR, "roles:words-subject"
    return PLACE, "roles:words-default"
