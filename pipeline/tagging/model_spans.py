"""The statistical model's entities as weak candidates: repaired to minimal name spans, mapped onto the four labels.

The rules outrank every candidate made here; these fill the gaps the rules leave. A span is repaired before it is
mapped: titles ("General …"), determiners, possessives, citation markers ("[5]"), dates ("March the European
Council") and a currency before an amount ("… USD 416 million") come off its edges, it stops before "of" + a person,
"on" + a month or a line's end, the two ends of "between A and B" or "from A to B" are two names, and it widens over
the rest of the name the model cut ("Segunda" before "Marquetalia"). A phase of a classification scale ("Crisis (IPC
Phase 3)") names nothing. Names whose type the model cannot know (its NORP, FAC and WORK_OF_ART spans) stay
candidates, to be typed from their context later.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from spacy.tokens import Span

from pipeline.tagging import acronyms, names
from pipeline.tagging.candidates import TIER_WEAK, Candidate
from pipeline.tagging.compass_names import elided_before
from pipeline.tagging.dates import MONTH_WORDS, WEEKDAYS, find_dates
from pipeline.tagging.doc_access import doc_text
from pipeline.tagging.knowledge_base import KnowledgeBase, all_capitals

CITATION = re.compile(r"^\[\d+\]$")
YEAR = acronyms.YEAR
CASE_SWITCH = re.compile(r"[a-z][A-Z]")
ELIDED_ARTICLE = re.compile(r"[dlDL][’'][A-ZÀ-Ý]")


def model_candidates(ents, label_map: dict[str, str], origin: str, rules: dict, kb: KnowledgeBase) -> list[Candidate]:
    """One candidate per usable model entity (a DATE entity gives one per calendar expression inside it, read in its
    paragraph, so that the words around it decide as they do for the rules: "the tanker Unaizah May 1", "AD 2018–23–51")."""
    place_names = kb.place_names(("country", "region", "continent"))
    country_names = kb.place_names(("country",))
    found: list[Candidate] = []
    paragraph_dates = None
    for ent in ents:
        label = label_map.get(ent.label_)
        if label is None:
            continue
        if label == "DATE":
            paragraph_dates = find_dates(doc_text(ent.doc)) if paragraph_dates is None else paragraph_dates
            found += [Candidate(d.start, d.end, "DATE", "model", origin, TIER_WEAK, 0, value=d.value)
                      for d in paragraph_dates if ent.start_char <= d.start and d.end <= ent.end_char]
            continue
        repaired = repair_model_span(ent, rules, country_names if ent.label_ in ("ORG", "NORP") else frozenset())
        split = [split_joined_places(span, kb, ent.label_ in JOINED_PLACE_LABELS) for span in repaired]
        model_label, label = ("GPE", "PLACE") if ent.label_ == "ORG" and any(
            len(pieces) > 1 and _set_by_a_preposition(pieces[0]) for pieces in split) else (ent.label_, label)
        # "through Adré and Tiné": two places set by the preposition, not one body
        repaired = [piece for pieces in split for piece in pieces]
        if ent.label_ == "PERSON":
            repaired = [_after_a_titles_territory(span, country_names, rules) for span in repaired]
        for span in repaired:
            candidate = _candidate(span, model_label, label, origin, rules, kb, place_names, country_names)
            if candidate is not None:
                found.append(candidate)
    return found


JOINED_PLACE_LABELS = ("GPE", "LOC", "FAC", "WORK_OF_ART")
JOINERS = ("and", "\u2013", "\u2014")  # "and", an en dash or an em dash; a hyphen joins one name ("Pétion-Ville")
SETTING_PREPOSITIONS = frozenset({"in", "at", "on", "through", "near", "around", "into", "across", "towards", "toward"})
RANGE_OPENERS = {"and": "between", "to": "from"}  # "between A and B", "from A to B": two ends, whatever the label


def split_joined_places(span: Span, kb: KnowledgeBase, place_label: bool = True) -> list[Span]:
    """"Macomia and Ancuabe", "Palma–Afungi": two one-word place names the model took as one span are two names,
    unless the whole is a name the knowledge base knows ("Trinidad and Tobago", "Bosnia and Herzegovina"); so are
    the two ends of "between Adré and Farchana" and "from Adré to Ourang", under any label the model gave them, and
    two one-word names it took for one body where a preposition of place sets them ("the attacks on Mucojo and
    Quiterajo", "through Adré and Tiné")."""
    words = list(span)
    if len(words) > 3 and place_label and kb.lookup(span.text) is None:
        return _two_places_joined(span, kb)
    if len(words) != 3 or kb.lookup(span.text) is not None \
            or not all(w.text[:1].isupper() and w.is_alpha for w in (words[0], words[2])):
        return [span]
    opener = RANGE_OPENERS.get(words[1].text)
    ends = opener is not None and span.start > 0 and span.doc[span.start - 1].lower_ == opener
    if not ends and not ((place_label or _set_by_a_preposition(span)) and words[1].text in JOINERS):
        return [span]
    doc = span.doc
    return [doc[span.start:span.start + 1], doc[span.end - 1:span.end]]


def _set_by_a_preposition(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in SETTING_PREPOSITIONS


def _two_places_joined(span: Span, kb: KnowledgeBase) -> list[Span]:
    """"Colón and Gracias a Dios": names of several words joined by one "and", one of them a place the knowledge base
    knows, are two places."""
    joints = [k for k, w in enumerate(span) if w.text in JOINERS]
    if len(joints) != 1 or not 0 < joints[0] < len(span) - 1:
        return [span]
    left, right = span[:joints[0]], span[joints[0] + 1:]
    if not (left.text[:1].isupper() and right.text[:1].isupper()) or not any(
            (e := kb.lookup(side.text)) is not None and e.label == "PLACE" for side in (left, right)):
        return [span]
    return [left, right]


# initials are spaced or hyphenated ("C. A.", "J.-P."); "E.U." and "D.C." are abbreviations of names
INITIAL = re.compile(r"[A-Z]\.")  # a middle initial: "Lloyd J. Austin III"
INITIALS_OR_FILE = re.compile(r"[A-Z]\.(?:\s-?[A-Z]\.|-[A-Z]\.)+|\S+\.(?i:pdf|docx?|xlsx?|csv|html?|pptx?|txt|zip)")


def _candidate(span: Span, model_label: str, label: str, origin: str, rules: dict, kb: KnowledgeBase,
               place_names: frozenset[str], country_names: frozenset[str]) -> Candidate | None:
    """The candidate one repaired model span makes, or None when it names nothing the scheme annotates."""
    span = _place_in_a_name(span, kb, rules["event_words"])
    if label == "GROUP":
        span = _named_in_a_gathering(span, kb, rules["gathering_heads"])
        if span is None:
            return None
    span = acronyms.state_of_its_government(span, kb, rules["possessed_organs"])
    members = span
    span = _organisation_of_its_members(span, rules["member_nouns"])
    if len(span) > 1 and span[-1].text in rules["publication_heads"]:
        if not acronyms.is_acronym(span[0].text):
            return None  # "the Corporate Accountability Index": a publication's title
        span = span[:1]  # "RDR Index": the organisation inside the title
    if span[0].text in rules["ship_prefixes"]:
        return None  # "BRP Teresa Magbanua", "HMS Diamond": a ship
    if len(span.text.rstrip(".")) == 1:
        return None  # an initial ("Bouzarovski, S., & Petrova, S."), no name on its own
    if acronyms.is_acronym(span.text) and acronyms.opens_a_code(doc_text(span.doc), span.end_char):
        return None  # "Docket No. FAA–2020–0686": a document's number, whichever body the letters are
    entity = kb.lookup(span.text)
    if entity is None and acronyms.is_acronym(span.text) and acronyms.opens_an_amount(doc_text(span.doc), span.end_char):
        return None  # "SDR 6.1 billion": a currency or a series the knowledge base does not know as a body
    if entity is None and INITIALS_OR_FILE.fullmatch(span.text):
        return None  # initials ("Butler, C. A."), a file's name ("Update.pdf")
    if entity is None and label == "GROUP" and len(span) > 1 and names.a_class_named(span.doc, span.start, span.end):
        return None  # "listed it as a Foreign Terrorist Organization"
    if entity is None and (names_no_organisation(span, rules, a_people=model_label == "NORP") or whole_line(span) or (label == "GROUP" and topic_in_a_heading(span, rules))):
        return None
    if entity is None and (
        ((model_label == "NORP" or len(span) == 1) and is_demonym(span.text, place_names, rules["state_demonyms"], country_names))
        or (model_label == "NORP" and describes_a_thing(span, rules["community_nouns"] | rules["group_head_nouns"]))
        or (acronyms.is_acronym(span.text) and not organisational_acronym(span, rules, counts_it=span is members))
        or (label == "GROUP" and (two_letter_code(span) or counted(span)))
        or in_capitals_heading(span)
        or opens_a_quoted_title(span)
        or cited_work(span)
        or span[0].text in rules["event_heads"] or (span.start > 0 and span.doc[span.start - 1].text in rules["event_heads"])
        or (model_label in ("PERSON", "ORG") and a_word_opening_the_sentence(span, rules))
        or (model_label == "ORG" and a_documents_title(span, rules))
        or (len(span) == 1 and (names.a_plural_title(span.text, rules) or a_numbered_part(span, rules)))
    ):
        return None
    if entity is None and label == "ACTOR" and len(span) > 1 and span[0].text not in rules["given_names"] and is_demonym(
            span[0].text, place_names, rules["state_demonyms"], country_names):
        label = "GROUP"  # "Georgian Dream", "Ukrainian Railways": no person's name opens with a people's name
    if entity is None:
        label = _label_from_the_name(span, label, rules, kb)
    return Candidate(
        span.start_char, span.end_char, entity.label if entity else label, "model", origin, TIER_WEAK, 0,
        entity.id if entity else None, None, entity.kind if entity else "",
    )


def _label_from_the_name(span: Span, label: str, rules: dict, kb: KnowledgeBase) -> str:
    """What the name's own words say of it: a project named by the works it builds, or a name headed by a built
    work, is a site ("Dasu Hydropower Project", "Toktogul Reservoir"); one word ending in "bank" is a bank
    ("Belgazprombank"), not a person; a word joined to an ocean or a continent by a hyphen is a region ("Indo-Pacific",
    "Asia-Pacific", "Euro-Atlantic"); a unit or area named by a known place is a place; no person's name holds an
    acronym before its last word (a surname in capitals goes with a given name: "Jean-Pierre LACROIX", "LACROIX
    Jean-Pierre")."""
    words = span.text.split()
    last = words[-1].rsplit("-", 1)[-1] if len(words) == 1 and "-" in words[0] else ""
    if last[:1].isupper() and any(e is not None and e.label == "PLACE" and e.kind in ("region", "continent")
                                  for e in (kb.lookup(last), kb.lookup(f"{last} Ocean"))):
        return "PLACE"
    if label == "GROUP" and len(words) > 1 and (
            words[-1] == "Project" and words[-2] in rules["site_project_words"] or words[-1] in rules["facility_heads"]):
        return "PLACE"  # a built site, named by its works ("Trans Adriatic Pipeline", "Toktogul Reservoir")
    if len(words) > 1 and _a_known_places_unit(words, rules, kb):
        return "PLACE"
    if label == "ACTOR" and any(len(w) >= 3 and w.isalpha() and w.isupper() for w in words[:-1]) \
            and not any(w in rules["given_names"] for w in words):
        return "GROUP"  # "KNDS Deutschland", "MoD KNDS Deutschland": a name holding an acronym is a firm's or a body's
    word = words[0].lower()
    if label == "ACTOR" and len(words) == 1 and any(word.endswith(e) and len(word) > len(e) + 2 for e in rules["body_name_endings"]):
        return "GROUP"
    return label


def _a_known_places_unit(words: list[str], rules: dict, kb: KnowledgeBase) -> bool:
    """"Odesa Oblast", "Greater Odesa", "the Sharjah Free Zone": a unit, metropolitan area or zone named by a place
    the knowledge base knows is a place, whatever the model took it for; no body's name ("Odesa Regional Council")
    is one."""
    def place(name: str) -> bool:
        entity = kb.lookup(name)
        return entity is not None and entity.label == "PLACE"

    if any(w in rules["org_heads"] for w in words):
        return False
    return (words[-1] in rules["region_unit_heads"] and place(" ".join(words[:-1]))
            or words[0] in rules["metro_area_prefixes"] and place(" ".join(words[1:]))
            or words[-1] in rules["area_heads"] and place(words[0]))


def _after_a_titles_territory(span: Span, country_names: frozenset[str], rules: dict) -> Span:
    """"ambassador to Pakistan Jiang Zaidong", "President of Viet Nam To Lam": the country a title is held to or of,
    read by the model as the first words of the holder's name, is no part of it; nor is the portfolio a title is held
    for, before a given name ("Commissioner for Enlargement Marta Kos")."""
    doc = span.doc
    before = doc[span.start - 2:span.start] if span.start >= 2 else None
    if before is None or before[1].lower_ not in ("to", "of", "for") or not (
            before[0].text in rules["titles"] or before[0].text in rules["role_heads"] or before[0].lower_ in rules["role_nouns"]):
        return span
    for size in (3, 2, 1):
        if span.start + size < span.end and doc[span.start:span.start + size].text.lower() in country_names:
            return doc[span.start + size:span.end]
    given = next((k for k in range(span.start + 1, min(span.end - 1, span.start + 4))
                  if doc[k].text in rules["given_names"]), None)
    if given is not None and not any(t.text in rules["given_names"] for t in doc[span.start:given]):
        return doc[given:span.end]  # "Commissioner for Enlargement Marta Kos": the portfolio, then the name
    return span


def a_word_opening_the_sentence(span: Span, rules: dict) -> bool:
    """"Turnout was 52 per cent", "Gang leader Jimmy Chérizier threatened": a person or a body the model sees in one
    English word that opens the sentence and that its parser reads as a common noun is that noun, capitalised by its
    place (not a given name: "Grace said"; nor a proper noun: "Svalbard: the exposed flank", "Rice said")."""
    word = span[0]
    return len(span) == 1 and word.tag_ in ("NN", "NNS") and acronyms.opens_its_sentence(word) and word.text[1:].islower() \
        and word.lower_ in rules.get("common_words", frozenset()) and word.text not in rules["given_names"]


def a_numbered_part(span: Span, rules: dict) -> bool:
    """"under Articles I, III and IV", "Chapter VII", "Resolution 2719": an English noun before a number or a Roman
    numeral names a numbered part of a text, not a person or a body."""
    word, doc = span.text, span.doc
    following = doc[span.end] if span.end < len(doc) else None
    numbered = following is not None and (following.like_num or names.ROMAN_NUMERAL.fullmatch(following.text) is not None)
    forms = {word.lower(), word.lower().removesuffix("s")}
    return numbered and word[1:].islower() and bool(forms & rules.get("common_words", frozenset()))


def a_documents_title(span: Span, rules: dict) -> bool:
    """"the Agreement for Lasting Peace", "the Convention on Cluster Munitions": a name opened by the head of a law or
    a text and its remit is that text's title, which names no body ("the Programme for …" is a body's: its head is
    an organisation's too)."""
    return len(span) > 2 and span[0].text in rules["law_and_document_heads"] and span[0].text not in rules["org_heads"] \
        and span[1].lower_ in ("for", "on", "of", "between")


def two_letter_code(span: Span) -> bool:
    """Two capitals the knowledge base does not know and no definition gives ("Dyess AFB, TX", "Professor Gina
    Netto, PI"): a state's postal code, a role or a scanning artefact; the organisations written so are few and
    known ("UN", "EU", "AU")."""
    return len(span.text) == 2 and span.text.isalpha() and span.text.isupper()


def _organisation_of_its_members(span: Span, member_nouns: frozenset[str]) -> Span:
    """"the 26 EDA Member States", "EU Members", "NATO Allies": the members are states, the name before them is
    the organisation's, and that is the mention."""
    for noun in member_nouns:
        size = len(noun.split())
        if len(span) > size and span[-size:].text == noun:
            return span[:-size]
    return span


def counted(span: Span) -> bool:
    """"through 470 U-Reporters": a plural counted by a number (not a year, not a list's number "1.") is a number
    of people or things of a kind, not an organisation's name."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.like_num and not YEAR.fullmatch(before.text) and not before.text.endswith(".") \
        and span[-1].text.endswith("s") and not acronyms.is_acronym(span[-1].text.rstrip("s"))


def names_no_organisation(span: Span, rules: dict, a_people: bool = False) -> bool:
    """Spans the model takes for names that the scheme does not annotate: a law or a document division ("Digital
    Millennium Copyright Act", "CFR Part"), a policy or a product ("Anti-Shock Garment"), a person's title ("Humanitarian Coordinator", "Register of
    Copyrights"), a product or an amount (a number inside: "Boeing Model 737", "USD 329.1 M"), a code with a slash
    ("P/N"), a country's ISO code in a chart ("FRA"). A people's name (`a_people`, the model's nationalities, demonyms
    already set apart) describes the noun after it as its community's ("Alawite civilians", "Kanak workers")."""
    words = [t.text for t in span]
    if span.text in rules["member_nouns"] or words[-1] in rules["programme_heads"]:
        return True  # "Member States" (a plural class of states), "Foreign Military Financing" (a programme)
    if _a_laws_number_or_acronym(span, rules):
        return True
    if words[-1] in rules["role_heads"] or any(
            w in rules["law_and_document_heads"] or w in rules["publication_heads"] or w in rules["product_heads"] for w in words[1:]):
        return True
    if len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper():
        return True  # "FCC A": a device's letter
    if _a_numbered_division(span, rules["law_and_document_heads"]) or names.before_a_document_number(span.doc, span.end):
        return True
    if not a_people and not acronyms.is_acronym(span.text) and _modifies_a_thing(span, rules):
        return True  # "Peacekeeper missiles", "the ALT Disagree checklist": the name of a thing of that kind
    if _a_title_of_office(span, rules):
        return True
    if len(words) == 1 and not acronyms.is_acronym(words[0]) and span.end < len(span.doc) and span.doc[span.end].text in rules["titles"]:
        return True  # "Defense Secretary", "Interior Minister": the portfolio of a title
    if len(words) == 2 and words[0] in rules["role_heads"] and words[1] == "General":
        return True  # "Comptroller General", "Inspector General"
    if len(words) == 1 and words[0] in rules["org_heads"] and words[0] not in rules["chamber_heads"] and span.start > 0 \
            and span.doc[span.start - 1].lower_ == "the":
        return True  # "the Panel assesses", "the Commission proposed": a capitalised back-reference, no name (not "the
        # Senate", a chamber's name)
    if _in_a_title(span, rules) or _in_a_laws_name(span, rules) or _shared_plural_head(span, rules):
        return True
    if any(t.like_num or (any(ch.isdigit() for ch in t.text) and not acronyms.is_acronym(t.text)) for t in span) \
            and not acronyms.is_acronym(span.text) or any("/" in w for w in words):
        return True
    return len(span) == 1 and len(words[0]) == 3 and words[0].isupper() and pycountry.countries.get(alpha_3=words[0]) is not None


def _a_numbered_division(span: Span, division_heads: frozenset[str]) -> bool:
    """"Subtitle VII", "Subpart III", "Title 49": a division of a law or a document and its number, whether the model
    took the number in or left it after the span."""
    doc = span.doc
    numbers = [t.text for t in span[1:]] or ([doc[span.end].text] if span.end < len(doc) else [])
    return span[0].text in division_heads and bool(numbers) and all(names.PART_NUMBER.fullmatch(n) for n in numbers)


def _a_laws_number_or_acronym(span: Span, rules: dict) -> bool:
    """"P.L. 96-8", "H.R. 2670": initials before a number are a law's or a bill's number; "TRA" defined after "the
    Taiwan Relations Act", "NDAA" after "... Authorization Act": the short form of a law, not a name the scheme
    annotates (guidelines, section 1)."""
    text = span.text
    doc = span.doc
    if "." in text and text.replace(".", "").isalpha() and text.replace(".", "").isupper() and span.end < len(doc) \
            and doc[span.end].text[:1].isdigit():
        return True
    if not acronyms.is_acronym(text):
        return False
    defined = next((head for head, inner in _bracketed_after_a_name(doc) if re.match(rf"{re.escape(text)}\b", inner)), None)
    return defined in rules["law_and_document_heads"]


BRACKET_AFTER_A_NAME = re.compile(r"\b([A-Z][\w-]*) \((\S*)")


def _bracketed_after_a_name(doc) -> list[tuple[str, str]]:
    """(capitalised word, what opens the bracket after it) of each "Relations Act (TRA" in the text, in order; read
    once per Doc, not once per acronym."""
    found = doc.user_data.get("briefs_bracketed_after_a_name")
    if found is None:
        found = doc.user_data["briefs_bracketed_after_a_name"] = [
            (m.group(1), m.group(2)) for m in BRACKET_AFTER_A_NAME.finditer(doc_text(doc))]
    return found


def _a_title_of_office(span: Span, rules: dict) -> bool:
    """"Register of Copyrights", "Commissioner for Enlargement", "High Representative of the Union for Foreign
    Affairs": a role, after at most one capitalised word, then "of" or "for", is an office's title."""
    words = [t.text for t in span]
    first = 1 if len(words) > 3 and words[0][:1].isupper() and words[1] in rules["role_heads"] else 0
    return len(words) > first + 2 and words[first] in rules["role_heads"] and words[first + 1] in ("of", "for")


def _in_a_title(span: Span, rules: dict) -> bool:
    """"the Secretary of Defense", "the Minister of Foreign Affairs": what follows a role and "of" is the end of a
    title; the knowledge base's organisations ("Secretary-General of the United Nations") are looked up before."""
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ == "of" and (doc[k - 1].text in rules["role_heads"] or doc[k - 1].text in rules["titles"])


LIST_WORDS = ("and", "&", "et", "y", "or")


def _shared_plural_head(span: Span, rules: dict) -> bool:
    """"the Expert and Advisory Committees", "the Senate and House Committees": two bodies' names sharing one
    head in the plural are descriptions of both, no one name ("Forces", "Nations", heads of names in the plural,
    stay)."""
    head = span[-1].text
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    if not head.endswith("s") or head in rules["org_heads"] or singular not in rules["org_heads"]:
        return False
    doc = span.doc
    return any(doc[i].lower_ in LIST_WORDS and doc[i - 1].text[:1].isupper() for i in range(max(1, span.start - 1), span.end - 1))


def _in_a_laws_name(span: Span, rules: dict) -> bool:
    """"The Fairness in Musical Licensing Act", "the Code of Practice for Equitable Digital Services": a name the
    model cut from the capitalised run of a law's or a document's name is part of that name, not an organisation."""
    doc = span.doc

    def in_run(i: int) -> bool:
        word = doc[i].text
        return word[:1].isupper() or (word.islower() and word in rules["connectors"] and word not in LIST_WORDS)

    for step, limit in ((1, len(doc)), (-1, -1)):
        i = span.end if step == 1 else span.start - 1
        while i != limit and abs(i - span.start) < 9 and in_run(i):
            if doc[i].text in rules["law_and_document_heads"]:
                return True
            i += step
    return False


def whole_line(span: Span) -> bool:
    """A name that is all its line holds (numbers and punctuation aside) is a heading in title case ("Cash
    Assistance", "Integrity of Copyright Management Information"), not a mention the model may guess."""
    doc = span.doc
    return len(span) > 1 and all(t.is_punct or t.like_num or t.is_space for t in doc[:span.start]) \
        and all(t.is_punct or t.like_num or t.is_space for t in doc[span.end:])


HEADING_WORDS = 10


def topic_in_a_heading(span: Span, rules: dict) -> bool:
    """A line in title case without a sentence's end ("Shelter and Non-Food Items", "Explanation of Change to the
    Applicability", "Affiliated Groups") is a heading that names a topic: a name the model guesses in it is an
    organisation only with an organisation's head word, as an acronym ("UNFPA Response" keeps "UNFPA") or with an
    abbreviated company form ("Pilatus Aircraft Ltd.")."""
    doc = span.doc
    line = doc_text(doc).strip()
    if "\n" in line or line.endswith((".", "?", "!", ":", ";", ",")) or acronyms.is_acronym(span.text) or span.text.endswith("."):
        return False
    words = [t.text for t in doc if t.is_alpha and len(t.text) > 1]
    if not words or len(words) > HEADING_WORDS or not all(w[:1].isupper() or w in rules["connectors"] for w in words):
        return False
    return not any(t.text in rules["org_heads"] for t in span)


def _place_in_a_name(span: Span, kb: KnowledgeBase, event_words: frozenset[str]) -> Span:
    """A known place and an event or numeral ("Pittsburgh Summit", "Basel III") names a summit or an accord: the
    place inside is the mention (annotation scheme: place names inside the names of agreements and events)."""
    if len(span) > 1 and (names.ROMAN_NUMERAL.fullmatch(span[-1].text) or span[-1].text.capitalize() in event_words):
        place = kb.lookup(span[:-1].text)
        if place is not None and place.label == "PLACE":
            return span[:-1]
    return span


def _named_in_a_gathering(span: Span, kb: KnowledgeBase, heads: frozenset[str]) -> Span | None:
    """"the Munich Security Conference", "the Amazon Summit": a meeting is an event, which the scheme does not
    annotate, whatever body the model reads in it; the known place or body its name opens is the mention ("Munich",
    "ASEAN" in "the ASEAN Summit"). A body named a national conference ("the National Conference") is a party."""
    if len(span) < 2 or span[-1].text not in heads or kb.lookup(span.text) is not None \
            or any(t.text == "National" for t in span):
        return span
    for end in range(span.end - 1, span.start, -1):
        if kb.lookup(span.doc[span.start:end].text) is not None:
            return span.doc[span.start:end]
    return span[:1] if acronyms.is_acronym(span[0].text) else None


def organisational_acronym(span: Span, rules: dict, counts_it: bool = True) -> bool:
    """An acronym the model calls an organisation, where it reads as one: not a unit, currency, format or common
    noun ("MW", "USD", "PDF", "NGO"), not a modifier of a thing ("WASH kits", "SMS alerts"; "ELN units" and "UN
    agencies" are organisational), not after "via" or a number ("via SMS", "50 DPD1 units"), unless the number
    counts the members after it (`counts_it` False: "the 26 EDA Member States")."""
    doc = span.doc
    if span.text in rules["acronym_stoplist"] or span.text.rstrip("s") in rules["acronym_stoplist"]:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in ("via", "through") or (counts_it and before.like_num and not YEAR.fullmatch(before.text))):
        return False
    return not _modifies_a_thing(span, rules)


def _modifies_a_thing(span: Span, rules: dict) -> bool:
    """The name stands before a lower-case noun that is no organisation's part ("WASH kits", "SMS alerts"; but
    "ELN units", "UN agencies" are organisational)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.is_alpha and after.text.islower() and after.pos_ in ("NOUN", "PROPN") \
        and after.lower_ not in rules["group_head_nouns"] and after.lower_ not in rules["organisational_nouns"]


OPENING_QUOTES = ("“", '"', "‘", "«")
CLOSING_QUOTES = ("”", '"', "’", "»")


def opens_a_quoted_title(span: Span) -> bool:
    """“Do Working Men Rebel? Employment and Insurgency …”: a name guessed at the start of a quotation that goes
    on after it is the opening of a title, not a name (a quoted name, “Yussef ben Tachfin”, fills its quotes)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in OPENING_QUOTES:
        return False
    closing = next((i for i in range(span.end, min(len(doc), span.end + 60)) if doc[i].text in CLOSING_QUOTES), None)
    return closing is not None and closing > span.end


AFTER_A_YEAR = re.compile(r"\((?:1[89]|20)\d\d[a-z]?\)\.\s(?:(?!\.\s).)*$")  # "Baker, Andrew (2010). Restraining …"
AFTER_A_QUOTED_TITLE = re.compile(r"(?:,[”\"]|[”\"],)\s*$")  # "“France’s Burkini Debate …,” New York Times"
# "Energy Research & Social Science, 91, 102716", "The Lancet public health, 6(9), e628": a volume of one to three
# digits (a year is no volume: "(World Bank, 2020, p. 5)")
VOLUME_AFTER = re.compile(r"(?:\s+[a-z]+){0,2},\s+(?:Volume\s+|Vol\.\s*)?\d{1,3}(?:\(\d+\))?,")
IMPRINT_AFTER = re.compile(r"\s*\((?:[A-Z][\w.]*,?\s+){0,3}[A-Z][\w.]*:\s")  # "Understanding Terror Networks (Philadelphia: …"


def cited_work(span: Span) -> bool:
    """In a reference, the model's names that stand where a work is cited are titles and periodicals, not
    organisations: the title after an author's year ("(2010). Restraining Regulatory Capture?"), a periodical after a
    quoted title or before its volume, a book before its imprint ("(Portland, OR: Mercy Corps, 2015)")."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    before = text[line_start:span.start_char]
    return bool(AFTER_A_YEAR.search(before) or AFTER_A_QUOTED_TITLE.search(before)
                or VOLUME_AFTER.match(text, span.end_char) or IMPRINT_AFTER.match(text, span.end_char))


def in_capitals_heading(span: Span) -> bool:
    """A heading in capitals ("KEY FINDINGS", "PRIVACY: Most companies …") names no organisation: the span lies in
    a run of two or more capitalised words, or is a capitalised lead-in word before a colon opening its line."""
    doc = span.doc
    if not span.text.isupper():
        return False
    shouting = lambda i: 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text.isupper() and len(doc[i].text) > 1  # noqa: E731
    if shouting(span.start - 1) or shouting(span.end) or (len(span) > 1 and all(shouting(i) for i in range(span.start, span.end))):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.text == ":" and acronyms.opens_its_sentence(span[0])


def describes_a_thing(span: Span, community_nouns: frozenset[str]) -> bool:
    """"Harpoon coastal defense systems", "the Attari-Wagah border crossing", "the Metástasis case": a name the model
    calls a nationality, modifying a common noun that names no people ("Alawite civilians", "Kanak workers", "Amhara
    militias"), names the thing, not a community."""
    if acronyms.is_acronym(span.text):
        return False
    token = span.root
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "Mwani and Makua civilians"
    head = token.head
    return token.dep_ in ("amod", "compound", "nmod") and head.i > token.i and head.pos_ == "NOUN" and head.text.islower() \
        and head.lower_ not in community_nouns


def is_demonym(text: str, place_names: frozenset[str], state_demonyms: frozenset[str], country_names: frozenset[str]) -> bool:
    """"Congolese", "Rwandans", "Thai", "Tajiks": a state's or a region's demonym, read off the place's name or listed;
    any other name the model calls a nationality ("Mwani", "Alawite", "Fulani", "Kurds") is a community's, a GROUP as
    noun or adjective (guidelines, section 3)."""
    return text in state_demonyms or names.looks_like_demonym(text, place_names, country_names)


def repair_model_span(span: Span, rules: dict, country_names: frozenset[str] = frozenset()) -> list[Span]:
    """The minimal name spans in a model entity (see the module's docstring): none, one, or one per name when it
    ran over a comma, an opening bracket or an article between names ("Coteaux, Saint Jean du Sud", "Grand Sud (Sud",
    "the Pittsburgh Summit the G20")."""
    doc = span.doc
    start, end = _cut_at_inner_boundaries(span, rules)
    start, end = _widen_over_name(doc, start, end, rules)
    start = _after_an_elided_coordination(doc, start, end, rules.get("compass_names", ()))
    pieces, first = [], start
    for i in range(start, end):
        between_names = doc[i].text in (",", "(") or "\n" in doc[i].text or (
            doc[i].lower_ == "the" and i > first and doc[i - 1].lower_ not in rules["connectors"])  # a line's end
        # closes a name ("the government of Đuro Macut\nFigure 1")
        if between_names:
            pieces.append((first, i))
            first = i + 1
    pieces.append((first, end))
    return [trimmed for a, b in pieces if b > a and (trimmed := _trim(doc, a, b, rules, country_names)) is not None]


FINITE_VERB_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _a_firms_possessive(doc, i: int) -> bool:
    """"Moody's downgraded the bonds", "Standard & Poor's followed": an "'s" that no noun follows and a verb does
    closes the name of a firm named for its founder; a possessive ("Kenya's army") possesses the noun after it."""
    return doc[i].text in ("'s", "’s") and i + 1 < len(doc) and doc[i + 1].tag_ in FINITE_VERB_TAGS


def _after_an_elided_coordination(doc, start: int, end: int, compass: frozenset[str]) -> int:
    """"North and South Waziristan" as one model span: the name starts at its complete last part (`elided_before`)."""
    if end - start >= 4 and doc[start].text in compass and elided_before(doc, start + 1, compass):
        return start + 2
    return start


def _trim(doc, start: int, end: int, rules: dict, country_names: frozenset[str]) -> Span | None:
    """No title, determiner, possessive, punctuation, citation marker or lower-case word at the edges; no bare
    labels, verbs or demonym-led descriptions."""
    def edge_word(token, leading: bool) -> bool:
        lowercase = (token.text[:1].islower() if leading else token.text.islower()) and not (
            token.lower_ in (rules["strong_particles"] if leading else rules["particles"]))
        return token.is_punct or token.text.endswith("-") or token.text in ("'s", "’s") or lowercase or bool(CITATION.match(token.text))

    title_words = frozenset() if names.ends_a_body_or_place(doc[end - 1].text, rules) else _title_words(rules["titles"])
    english = rules.get("common_words", frozenset())
    while start < end and (edge_word(doc[start], True) or doc[start].lower_ in acronyms.DETERMINERS or doc[start].text in title_words
                           or ((doc[start].is_stop or doc[start].is_sent_start and doc[start].pos_ == "ADP")
                               and doc[start].pos_ in ("ADP", "DET", "SCONJ", "CCONJ")
                               and not _a_name_opening_function_word(doc, start, end))
                           or doc[start].is_sent_start and doc[start].pos_ == "ADV" and start + 1 < end
                           and doc[start].lower_ in english):
        start += 1  # "In the Certificate Limitations", "Inside El Fasher": a capitalised preposition opening the
        # sentence, stop word or not; "Meanwhile al-Sharaa met": an adverb opening it
    while end - start > 1 and doc[start].text in rules["acronym_stoplist"] \
            and not any({t.lower_, t.lemma_.lower()} & english for t in doc[start + 1:end]):
        start += 1  # "POB Doboj", "MP Jane Doe": a field's or a role's abbreviation opens no name ("AK Party", "AI Impacts" keep it)
    while end > start and (edge_word(doc[end - 1], False) and not _a_firms_possessive(doc, end - 1)
                           or (doc[end - 1].like_num and end - 2 >= start and doc[end - 2].text == "[")
                           or end - 1 > start and doc[end - 1].is_stop and doc[end - 1].pos_ in ("ADP", "SCONJ", "CCONJ")):
        end -= 1  # "Kabila[3]": the citation marker is not part of the name; nor is a preposition a title capitalises
        # ("Security in the Southwest Pacific After 2017")
    while end - 1 > start and doc[end - 1].text in rules["acronym_stoplist"] and end < len(doc) and doc[end].like_num:
        end -= 1  # "Ennedi Est USD 416 million": a currency or a unit before an amount is not part of the name
        # before it (not "the Mandalay PDF, which …", a body)
    while end > start and end < len(doc) and doc[end].text in _title_words(rules["titles"]) \
            and doc[end - 1].text in rules["portfolio_words"] | rules["portfolio_adjectives"]:
        end -= 1  # "Philippine Foreign Secretary X": a portfolio's word opens the title after the name, not the name
    end = min(end, names.name_suffix_end(doc, end)) if end > start + 1 else end  # "Marcos Jr.": the suffix stays outside
    if end == start:
        return None
    trimmed = doc[start:end]
    never = rules["never_names"]
    adjectives = all(t.pos_ == "ADJ" and not all_capitals(t.text) for t in trimmed)  # "USAID" is no adjective
    if trimmed.text in never or trimmed.text.isupper() and trimmed.text.title() in never or adjectives \
            or all(t.is_punct or t.text in never for t in trimmed):  # "CONCLUSION": a heading in capitals
        return None
    if trimmed[-1].text in WEEKDAYS:
        return None  # "after Friday prayers", "what became known as Bloody Friday": a day, not a party
    if len(trimmed) == 1 and trimmed[0].lower_ in rules["currency_nouns"]:
        return None  # "expressed in Euros": a currency, whatever the preposition says
    if end + 1 < len(doc) and doc[end].text == "(" and doc[end + 1].text in rules["phase_scales"]:
        return None  # "Crisis (IPC Phase 3) outcomes": a phase of a classification scale
    if len(trimmed) > 1 and names.looks_like_demonym(trimmed[0].text, country_names):
        return None
    if len(trimmed) == 1 and trimmed[0].pos_ in ("VERB", "AUX", "ADV", "ADP", "SCONJ") and acronyms.opens_its_sentence(trimmed[0]):
        return None  # "4. Require strong governance": a verb opening a sentence
    if any(len(CASE_SWITCH.findall(t.text)) >= 2 for t in trimmed):
        return None  # small capitals read as mixed case ("ProPosaLs"): layout, not a name
    return trimmed


def _a_name_opening_function_word(doc, start: int, end: int) -> bool:
    """"talks with To Lam", "the first visit by To Lam": a word that is a preposition in English but capitalised in
    mid-sentence after a lower-case word, before a capitalised one, opens a romanised name ("To", "Do", "Le")."""
    return (start + 1 < end and 0 < start and not doc[start].is_sent_start and doc[start].text.istitle()
            and doc[start - 1].is_alpha and doc[start - 1].text.islower() and doc[start + 1].text.istitle())


@lru_cache(maxsize=4)
def _title_words(titles: frozenset[str]) -> frozenset[str]:
    """Every word of the titles ("Prime" of "Prime Minister")."""
    return frozenset(word for title in titles for word in title.split())


def _cut_at_inner_boundaries(span: Span, rules: dict) -> tuple[int, int]:
    """Token bounds of the name in `span` when it runs on over a boundary: a date before the name ("March the
    European Council"), "of" + a person ("Council of Ban Ki-moon"), "on" + a month after it ("… on June") or a word of
    nearness ("… near Taplejung")."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(span.start, span.end):
        word = doc[i].text
        if (word in MONTH_WORDS or word in WEEKDAYS or doc[i].like_num) and i + 1 < span.end and doc[i + 1].lower_ == "the":
            start = i + 2
    for i in range(start + 1, end - 1):
        following = doc[i + 1].text
        if doc[i].lower_ == "on" and (following in MONTH_WORDS or following in WEEKDAYS):
            return start, i
        if doc[i].lower_ == "of" and (following in rules["given_names"] or following in rules["titles"]):
            return start, i
    near = next((i for i in range(start + 1, end) if doc[i].text in NEARBY), None)
    return (start, near) if near is not None else (start, end)  # "the Mechi Highway near Taplejung", as the model
    # may end it on "near": a name ends before the place it is near


NEARBY = ("near", "outside", "around", "beside", "alongside")  # lower-case words of nearness, inside no name


def _widen_over_name(doc, start: int, end: int, rules: dict) -> tuple[int, int]:
    """The model sometimes cuts a name ("Segunda [Marquetalia]", "[Iván] Márquez"): widen over capitalised words
    right next to the span, never over a sentence's first word, a title or a date word."""

    def name_word(i: int) -> bool:
        token = doc[i]
        text = token.text[2:] if ELIDED_ARTICLE.match(token.text) else token.text  # "Baie d’Orange"
        return (text[:1].isupper() and text.replace("’", "").replace("'", "").isalpha() and not token.is_sent_start
                and token.text not in rules["titles"] and token.text not in MONTH_WORDS and token.text not in WEEKDAYS
                and not token.text.isupper())

    while start > 0 and doc[start].is_alpha and name_word(start - 1) and doc[start - 1].whitespace_:
        start -= 1
    if start > 0 and INITIAL.fullmatch(doc[start].text) and doc[start - 1].text in rules["given_names"] and (
            doc[start - 1].whitespace_ and name_word(start - 1)):
        start -= 1  # "[J. Austin III]" after "Secretary of Defense Lloyd": a given name before the middle initial
    while end < len(doc) and doc[end - 1].is_alpha and name_word(end) and doc[end - 1].whitespace_:
        end += 1
    while end + 3 < len(doc) and _hyphenated_particle(doc, end) and name_word(end + 3):
        end += 4  # "[Croix]-des-Bossales": a hyphenated name is one name
    return start, end


def _hyphenated_particle(doc, i: int) -> bool:
    """Tokens i..i+2 are "-", a lower-case particle and "-", glued to the words around them ("-des-", "-au-")."""
    return doc[i].text == "-" and doc[i + 2].text == "-" and doc[i + 1].is_alpha and doc[i + 1].text.islower() \
        and not any(doc[k].whitespace_ for k in range(i - 1, i + 3))

