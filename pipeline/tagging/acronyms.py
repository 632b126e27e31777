"""Acronym definitions ("Long Name (ACR)"): both forms are mentions of one entity, and so are later bare uses.

Only a definition by a name counts: an organisation's (a head word such as Movement, Army, Mission, Group, in any
case), a place's, or one the knowledge base knows. "gross domestic product (GDP)" or "Airplane Flight Manual (AFM)"
defines a common noun: its acronym is then never an organisation in that document."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span

from pipeline.core.mention import Mention
from pipeline.tagging.candidates import TIER_DEFINITION, TIER_RULE, Candidate
from pipeline.tagging.dates import MONTH_WORDS
from pipeline.tagging.doc_access import doc_text, doc_words, tokens_where
from pipeline.tagging.knowledge_base import Entity, KnowledgeBase, all_capitals, normalise_name, slugify

# a slash joins parts of a name, the first of two characters or more ("PPP/C", not "N/A"), and ends none
ACRONYM = re.compile(r"^(?=[A-Z0-9&/\-]*[A-Z][A-Z0-9&/\-]*[A-Z])[A-Z](?!/)[A-Za-z0-9&/\-]{1,11}(?<!/)$")
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})


def is_acronym(text: str) -> bool:
    """Two or more capitals, mostly capitals: "AQIM", "MUJWA", "FARC-EP", "PPP/C"."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(ACRONYM.match(text)) and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)


def in_capitals(text: str, start: int, end: int) -> bool:
    """The word at start..end stands in a run of words in capitals (a heading such as "2019 RDR INDEX"); a list
    ("RN1, RN2 and RN3", "UNICEF, FAO, WFP") is no heading, nor are two sentences, one ending and the next opening
    with an acronym ("attributed to ARSA. ARSA's leader")."""
    before = re.search(r"([^\W\d_]+)[^\w\n,;().!?]*$", text[max(0, start - 30):start])
    after = re.match(r"[^\w\n,;().!?]*([^\W\d_]+)", text[end:end + 30])
    return any(word is not None and len(word.group(1)) > 1 and word.group(1).isupper() for word in (before, after))


YEAR = re.compile(r"(?:1[89]|20)\d\d")
CODE_AFTER = re.compile(r"[-–‑](?:\d|\s*$)")


def opens_a_code(text: str, end: int) -> bool:
    """The acronym ending at `end` opens a document number ("Docket No. FAA–2020–0686", "NSDD-227"): a dash and a
    digit follow it, or a dash at the end of its line; "FAA-approved" is the organisation."""
    line_end = text.find("\n", end)
    return bool(CODE_AFTER.match(text[end:line_end if line_end >= 0 else len(text)]))


UNIT_OF_AN_AMOUNT = re.compile(r" (?:\d[\d.,]* (?:million|billion|trillion|bn|mn)\b|\d+/\d+(?:/\d+)?\b)")


def opens_an_amount(text: str, end: int) -> bool:
    """The letters ending at `end` stand before an amount or a reference number ("SDR 0.88 billion", "AI Index: MDE
    13/0412/2025"): a currency, a unit or a series, not a body; a share ("the BEP 24.2, Alternativa 8.0") or a date
    ("TNLA 6 Nov agreed") after a body's name is neither."""
    return bool(UNIT_OF_AN_AMOUNT.match(text, end))


def initials_cover(acronym: str, words: list[str], translated: bool = False, transliterated: bool = False) -> bool:
    """At least half of the acronym's letters start a word of the long form. Each part of a hyphenated word has its
    initial ("Jaish-e-Mohammed (JeM)"). An organisation's name given in translation (`translated`: "Ministry of
    Health (MSPP)") needs only its first letter to match, counted after the abbreviated name of the state it belongs
    to ("US Southern Command (SOUTHCOM)"); and an acronym of three letters or more that no known body bears
    (`transliterated`) may match none, coming from another script ("Main Directorate for Combating Organized Crime
    and Corruption (GUBOPiK)") - a known body's acronym after another name ("Regional Office (UNICEF)") defines
    nothing."""
    initials = [part[0].lower() for w in words for part in w.split("-") if part[:1].isalpha()]  # "Jaish-e-Mohammed (JeM)"
    letters = [ch.lower() for ch in acronym if ch.isalpha()]
    hits = sum(1 for ch in letters if ch in initials)
    owner = 1 if len(words) > 2 and words[0].isupper() and words[0].isalpha() and len(words[0]) <= 3 else 0
    if translated and len(initials) > owner and letters and (initials[owner] == letters[0] or (transliterated and len(letters) >= 3)):
        return True  # "(GUBOPiK)", "(GKNB)": an acronym transliterated from another script shares no letters
    return hits >= min(2, len(letters)) and hits * 2 >= len(letters)


def _is_name_word(token) -> bool:
    return (token.text[:1].isupper() or token.text[:1].isdigit()) and not _in_a_date(token)


def _in_a_date(token) -> bool:
    """A month beside a number, or a number beside a month: "On 27 February 2025 the Fiscalía General de la
    República (FGR)" - a date is no part of the name after it."""
    doc, i = token.doc, token.i
    neighbours = [doc[k] for k in (i - 1, i + 1) if 0 <= k < len(doc)]
    if token.text in MONTH_WORDS:
        return any(t.like_num for t in neighbours)
    return token.like_num and any(t.text in MONTH_WORDS for t in neighbours)


def _capitalised_run_before(doc: Doc, end: int, connectors: frozenset[str], possessors: frozenset[str] = frozenset(),
                            over_commas: bool = False, modifiers: frozenset[str] = frozenset()) -> int | None:
    """Start of the run of capitalised words (joined by connectors and hyphens) that ends at token `end`; a
    possessive of a people noun is inside a name ("Tigray People's Liberation Front"), and with `over_commas` so
    is a list of capitalised words ("Monitoring, Verification and Compliance Mission"), and a slash joins two
    parts of one name ("People's Progressive Party/Civic")."""
    start, i = None, end - 1
    while i >= 0:
        token = doc[i]
        if _is_name_word(token) and token.text not in ("(", ")"):
            start = i
        elif (token.text in ("'s", "’s") and start is not None and i > 0 and doc[i - 1].text in possessors
              and not doc[i - 1].whitespace_):
            pass
        elif over_commas and token.text == "," and start is not None and i > 0 and _is_name_word(doc[i - 1]) \
                and any(t.lower_ in ("and", "&") for t in doc[i + 1:end]):
            pass
        elif token.text in ("-", "/", "'", "’") or token.lower_.replace("’", "'") in connectors or _inside_a_hyphenated_name(doc, i) \
                or lower_end_of_a_capitalised_word(doc, i, modifiers) \
                or token.text == "–" and not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_:  # "United States–Mexico–Canada"
            if start is None:
                return None
            if token.lower_ in ("the", "a", "an") and i > 0 and doc[i - 1].lower_ in ("and", "or", "&"):
                break  # "FAO and the Ministry of Agriculture": two names, the definition is the second
        else:
            break
        if token.is_sent_start:
            break
        i -= 1
    return start


def _inside_a_hyphenated_name(doc: Doc, i: int) -> bool:
    """"au" in "Port-au-Prince", "des" in "Croix-des-Bouquets": a lower-case word glued between two hyphens."""
    return 0 < i < len(doc) - 1 and doc[i - 1].text == "-" and doc[i + 1].text == "-" and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_


def glued_modifier(word: str, compound_elements: frozenset[str]) -> bool:
    """"era" in "Trump-era", "style" in "Obama-style" (`compound_elements`), "led" in "Biden-led", "supporting" in
    "Modi-supporting": a lower-case word English glues to a name with a hyphen to make a modifier of it; it is no
    part of the name."""
    return word in compound_elements or word.endswith(("ed", "ing"))


def lower_end_of_a_capitalised_word(doc: Doc, i: int, compound_elements: frozenset[str] = frozenset()) -> bool:
    """"operation" in "Co-operation", "up" in "Follow-up": the lower-case end of a hyphenated word whose first part
    is capitalised is part of that word, and of the name it stands in; not a word that makes a modifier of a name
    (`glued_modifier`: "Trump-era", "Geneva-based") or an adjective or number ("Seventy-seventh")."""
    return (i >= 2 and doc[i].text.isalpha() and doc[i].text.islower() and doc[i - 1].text == "-"
            and doc[i].pos_ not in ("VERB", "ADJ", "NUM") and not doc[i].like_num and not glued_modifier(doc[i].text, compound_elements)
            and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].text[:1].isupper())


def _lowercase_phrase_before(doc: Doc, end: int, acronym: str) -> int | None:
    """A lowercase expansion ("international support mission in Mali (MISMA)"), bounded by a determiner."""
    limit = max(2 * len(acronym), len(acronym) + 5)
    for i in range(end - 1, max(-1, end - 1 - limit), -1):
        token = doc[i]
        if token.is_punct or token.is_sent_start and token.lower_ not in DETERMINERS:
            return i + 1 if token.is_punct else i
        if token.lower_ in DETERMINERS:
            return i + 1
    return None


SENTENCE_OPENERS = ("ADP", "SCONJ", "ADV", "VERB", "CCONJ", "DET", "PRON", "AUX", "PART")


def opens_its_sentence(token) -> bool:
    """Only list numbers and punctuation stand before the token in its sentence ("8. Commends …", "2. GOVERNANCE:")."""
    doc, k = token.doc, token.i
    while k > 0 and not doc[k].is_sent_start:
        k -= 1
        if not (doc[k].like_num or doc[k].is_punct or doc[k].tag_ == "LS"):
            return False
    return True


def opens_the_sentence_only(token) -> bool:
    """A capitalised word that is capitalised only because it opens the sentence ("Unlike", "According", the verb of
    an operative paragraph: "1. Commends"), or a note's number that opens it ("2 Institute for …"); a word in
    capitals is a name ("US Southern Command", though "us" is a pronoun)."""
    return opens_its_sentence(token) and not all_capitals(token.text) and (
        token.is_stop or token.pos_ in SENTENCE_OPENERS or token.text.isdigit())


# "BSS0001", "WQ0123": letters and a serial number of three digits or more, a document's or an item's code ("G20", "M23")
EVIDENCE_CODE = re.compile(r"[A-Z]{1,5}\d{3,}")
# "JeM", "LeT", "HuM": initials of a hyphenated name, its linking particle in lower case (in brackets only)
MIXED_CASE = re.compile(r"[A-Z][a-z]?[A-Z][a-z]?[A-Z]?")


def find_definitions(doc: Doc, connectors: frozenset[str], org_heads: frozenset[str] = frozenset(),
                     known_body: Callable[[str], bool] = lambda name: False,
                     possessors: frozenset[str] = frozenset(), modifiers: frozenset[str] = frozenset()) -> list[tuple[Span, Span]]:
    """(long form, acronym) pairs for "Long Name (ACR)", "ACR (Long Name)" and "Long Name, the ACR,"; a long form with an organisation's
    head word, or a body's name `known_body` knows ("Reporters Without Borders (RSF)"), may be a translation, its
    initials matching the acronym's only in part."""
    pairs = []
    for open_ in (doc[i] for i in tokens_where(doc, "(".__eq__)):
        glossed = open_.i + 2 < len(doc) and doc[open_.i + 2].text in (",", ";")  # "(TRA, Public Law 96-8)", whose
        # bracket the tokenizer may glue to the number it closes ("8)")
        close = next((t.i for t in doc[open_.i + 1:open_.i + (20 if glossed else 8)]
                      if t.text == ")" or glossed and t.text.endswith(")")), None)
        if close is None or close == open_.i + 1:
            continue
        inner = doc[open_.i + 1:close]
        comma = next((t.i for t in inner if t.text in (",", ";")), None)
        after = doc[comma + 1] if comma is not None and comma + 1 < close else None
        cited = after is not None and (after.like_num or is_acronym(after.text) and "." not in after.text)
        if comma is not None and comma > inner.start and not cited and is_acronym(doc[inner.start:comma].text.replace(" ", "")):
            inner = doc[inner.start:comma]  # "Taiwan Relations Act (TRA, Public Law 96-8)": the acronym before the
            # comma; not an author cited with a year ("innovation (BEIS, 2021)") nor the first of a list ("main routes
            # (RN1, RN2, RN3)")
        if EVIDENCE_CODE.fullmatch(inner.text):
            continue  # "Ministry of Foreign Affairs (BSS0001)": the number of a piece of evidence the body gave, no acronym
        if (is_acronym(inner.text.replace(" ", "")) or MIXED_CASE.fullmatch(inner.text)) and (
                " " not in inner.text or len(inner) == 2 and all(is_acronym(t.text) for t in inner)):  # "(EU EOM)"
            start = _capitalised_run_before(doc, open_.i, connectors, possessors, modifiers=modifiers)
            listed = _capitalised_run_before(doc, open_.i, connectors, possessors, over_commas=True, modifiers=modifiers)
            if listed is not None and listed != start and _opens_with(doc[listed:open_.i], inner.text, connectors) \
                    and (start is None or not _opens_with(doc[start:open_.i], inner.text, connectors)):
                start = listed  # "AU Monitoring, Verification and Compliance Mission (AU-MVCM)": the list opens the name
            run = doc[start:open_.i] if start is not None else None
            words = [t.text for t in run] if run is not None else []
            unknown = not known_body(inner.text)  # a known body's acronym after another name defines nothing
            if run is None or not initials_cover(inner.text, words, any(w in org_heads for w in words) or known_body(run.text), unknown):
                start = _lowercase_phrase_before(doc, open_.i, inner.text)
            if start is not None and start < open_.i:
                long_form = _trim_connectors(doc[start:open_.i], connectors)
                long_form = _after_an_opening_word(long_form, inner.text, connectors)
                long_form = _after_a_first_name(long_form, inner.text, connectors, org_heads)
                long_form = _after_a_destination(long_form, inner.text, connectors)
                words = [t.text for t in long_form] if long_form is not None else []
                translated = long_form is not None and (any(w in org_heads for w in words) or known_body(long_form.text))
                if long_form is not None and initials_cover(inner.text, words, translated, unknown):
                    pairs.append((long_form, inner))
        elif is_short_name(inner.text) and not _written_in_lower_case(inner.text, doc):
            start = _capitalised_run_before(doc, open_.i, connectors, possessors, modifiers=modifiers)
            long_form = _trim_connectors(doc[start:open_.i], connectors) if start is not None else None
            if long_form is not None and len(long_form) > 1 and abbreviates(inner.text, long_form.text):
                pairs.append((long_form, inner))
        elif open_.i > 0 and is_acronym(doc[open_.i - 1].text):
            long_form = _trim_connectors(inner, connectors)
            if long_form is not None and len(long_form) > 1 and not any(t.like_num for t in long_form) \
                    and initials_cover(doc[open_.i - 1].text, [t.text for t in long_form]):  # "the ZMPP (90 percent)" is no definition
                pairs.append((long_form, doc[open_.i - 1:open_.i]))
    return pairs + _appositions(doc, connectors, possessors, modifiers)


NAME_ARTICLES = frozenset({"The", "La", "Le", "Les", "L'", "El", "Los", "Las", "Al"})


def is_short_name(text: str) -> bool:
    """One capitalised word of four letters or more in mixed case, no acronym: "Gécamines", "KSrelief", "Chemaf"."""
    return len(text) >= 4 and text.isalpha() and text[0].isupper() and not is_acronym(text) and text not in MONTH_WORDS


def _written_in_lower_case(word: str, doc: Doc) -> bool:
    """"(Rural)" where the text also writes "rural": a word of the language, a category, no short name."""
    return re.search(rf"\b{re.escape(word.lower())}\b", doc_text(doc)) is not None


def abbreviates(short: str, long: str) -> bool:
    """The short name's letters stand in the long name in order, from its first letter on, an opening article aside
    ("Gécamines" in "La Générale des Carrières et des Mines", "Chemaf" in "Chemical of Africa SA"); the long name is
    more than the short one."""
    first, _, rest = long.partition(" ")
    long = rest if first in NAME_ARTICLES and rest else long
    letters, short = iter(long.lower()), short.lower()
    return long.lower() != short and long[:1].lower() == short[:1] and all(ch in letters for ch in short)


def _appositions(doc: Doc, connectors: frozenset[str], possessors: frozenset[str], modifiers: frozenset[str]) -> list[tuple[Span, Span]]:
    """"the West Papua National Liberation Army, the TPNPB, which ...", "the Papuan People's Assembly, the MRP,
    objected": an acronym set between commas after a name whose initials it bears defines it as brackets do; a
    list ("Uganda, the DRC and ...") gives no name of two words or more whose initials the next item bears."""
    pairs = []
    for comma in (doc[i] for i in tokens_where(doc, ",".__eq__)):
        k = comma.i + 1 + (comma.i + 1 < len(doc) and doc[comma.i + 1].lower_ == "the")
        if k + 1 >= len(doc) or not is_acronym(doc[k].text) or doc[k + 1].text not in (",", ".", ";", ")", "—"):
            continue
        start = _capitalised_run_before(doc, comma.i, connectors, possessors, modifiers=modifiers)
        long_form = _trim_connectors(doc[start:comma.i], connectors) if start is not None else None
        if long_form is not None and len(long_form) > 1 and initials_cover(doc[k].text, [t.text for t in long_form]):
            pairs.append((long_form, doc[k:k + 1]))
    return pairs


def _after_an_opening_word(long_form: Span | None, acronym: str, connectors: frozenset[str]) -> Span | None:
    """"Traffic on the Northern Sea Route (NSR)", "Support for the Democratic Forces for the Liberation of Rwanda
    (FDLR)": a sentence's capitalised first word whose initial the acronym does not open with, followed by lower-case
    words, is no part of the name, which starts at the next capitalised word."""
    if long_form is None or len(long_form) < 3 or not opens_its_sentence(long_form[0]) or not long_form[1].is_lower \
            or _opens_with(long_form, acronym, connectors):
        return long_form
    first = next((t.i for t in long_form[1:] if not t.is_lower), None)
    return _trim_connectors(long_form.doc[first:long_form.end], connectors) if first is not None else long_form


def _after_a_destination(long_form: Span | None, acronym: str, connectors: frozenset[str]) -> Span | None:
    """"Sudan took the UAE to the International Court of Justice (ICJ)": the name after "to (the)" whose capitalised
    words give the acronym's letters in order is the long form, the name before it another party; "the Permanent
    Mission of Mali to the United Nations" keeps its whole name where the acronym abbreviates the whole."""
    if long_form is None:
        return None
    for t in long_form[1:-1]:
        if t.lower_ == "to":
            rest = _trim_connectors(long_form.doc[t.i + 1:long_form.end], connectors)
            initials = "".join(w.text[0] for w in rest if w.text[:1].isupper()) if rest is not None else ""
            if initials.lower() == acronym.lower():
                return rest
    return long_form


def _after_a_first_name(long_form: Span | None, acronym: str, connectors: frozenset[str], heads: frozenset[str]) -> Span | None:
    """"the Armenian Red Cross Society and Médecins Sans Frontières (MSF)", "UNICEF and Médecins Sans Frontières
    (MSF)": where the whole run does not open with the acronym's first letter, and "and" follows an organisation's
    head (`heads`) or an acronym, the words after it that open with that letter and bear the initials are the name,
    the run before "and" another one ("Food and Agriculture Organization (FAO)", "Office of the Refugee Relief and
    Repatriation Commissioner (RRRC)" stay whole)."""
    if long_form is None or _opens_with(long_form, acronym, connectors):
        return long_form
    joins = [t.i for t in long_form[1:-1] if t.lower_ in ("and", "&")
             and (t.doc[t.i - 1].text in heads or is_acronym(t.doc[t.i - 1].text))]
    rest = _trim_connectors(long_form.doc[joins[-1] + 1:long_form.end], connectors) if joins else None
    if rest is not None and _opens_with(rest, acronym, connectors) and initials_cover(acronym, [t.text for t in rest]):
        return rest
    return long_form


def _opens_with(run: Span, acronym: str, connectors: frozenset[str]) -> bool:
    """The name in `run` (its opening article aside) starts with the acronym's first letter."""
    name = _trim_connectors(run, connectors)
    return name is not None and name.text[:1].lower() == acronym[:1].lower()


SPACED_ORIGIN = "acronyms:spaced-name"
STATE_GOVERNMENT = "acronyms:state-government"  # the acronym of a state's government names the state
DATELINE = re.compile(r"[A-Z][A-Z .'-]+,[^\n]{0,40}? [—–-] ")  # "GEORGETOWN, Guyana — ", a news report's dateline
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CITING = frozenset({"source", "sources", "by"})


def spaced_names(doc: Doc, rules: dict, kb: KnowledgeBase) -> list[Candidate]:
    """An organisation's name written in capitals, as two or more words ("FEWS NET", "ACT NOW") or one of four
    letters or more that no definition introduced ("before COVAX could"), where it acts or is cited: the subject of a verb, a possessor ("FEWS NET’s analysis"), or after "Source:", "by" or "according
    to". A line in capitals is a heading, not a name; words the knowledge base knows each on their own ("UN
    OCHA") or that are units or common nouns ("USD", "GDP") are not joined into one."""
    words, text = doc_words(doc), doc_text(doc)
    capital = [len(w) > 1 and w.isalpha() and w.isupper() for w in words]
    found, i = [], 0
    while i < len(words):
        end = i
        while end < len(words) and capital[end] and (end == i or doc[end - 1].whitespace_ == " "):
            end += 1
        if end - i < 2 and not (end - i == 1 and len(words[i]) >= 4):
            i = max(end, i + 1)
            continue
        span, i = doc[i:end], end
        line = text[text.rfind("\n", 0, span.start_char) + 1:(text + "\n").find("\n", span.end_char)]
        if not re.search(r"[a-z]", line) or any(kb.lookup(w) or w in rules["acronym_stoplist"] for w in words[span.start:end]):
            continue
        if len(span) == 1 and (f"({span.text})" in text or DATELINE.match(line)
                               or span.start > 0 and doc[span.start - 1].lower_ in DETERMINERS):
            continue  # one word: an acronym defined follows its definition, as does one after an article ("the ZMPP",
            # an area defined pages before); "GEORGETOWN, Guyana —" is a dateline
        before = [w.lower() for w in words[max(0, span.start - 2):span.start] if w != ":"]
        after = words[end].lower() if end < len(words) else None
        if span[-1].dep_ in SUBJECTS or after in ("’s", "'s") or (before and before[-1] in CITING) or before == ["according", "to"]:
            entity = kb.lookup(span.text)
            found.append(_span_candidate(span, entity.id if entity else kb.derived_id(span.text)))
    return found


def _span_candidate(span: Span, entity_id: str) -> Candidate:
    return Candidate(span.start_char, span.end_char, "GROUP", "rule", SPACED_ORIGIN, TIER_RULE, 2, entity_id)


def _trim_connectors(span: Span, connectors: frozenset[str]) -> Span | None:
    """No leading determiner, year ("the 1996 World Intellectual Property Organization (WIPO) treaties") or trailing
    connector inside a long form."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in DETERMINERS or (doc[start].text.islower() and doc[start].lower_ in connectors)
                           or doc[start].is_punct or opens_the_sentence_only(doc[start]) or YEAR.fullmatch(doc[start].text)):
        start += 1
    while end > start and ((doc[end - 1].text.islower() and doc[end - 1].lower_ in connectors) or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def definition_candidates(doc: Doc, rules: dict, kb: KnowledgeBase) -> tuple[list[Candidate], dict[str, str | None]]:
    """Both forms of each definition by a name, sharing the entity the knowledge base gives either of them; and
    the acronyms defined by anything else, a common-noun phrase in any case ("gross domestic product (GDP)",
    "Airplane Flight Manual (AFM)", "Member States (MS)"), each with its long form where no head word decided it
    (a name without an English head, "Banque de la République d'Haïti (BRH)", is settled by `settle_common`)
    and None where a law's or a publication's head did."""
    found, common = [], {}

    def known_body(name: str) -> bool:
        entity = kb.lookup(name)
        return entity is not None and entity.label == "GROUP"

    for long_form, short in find_definitions(doc, rules["connectors"], rules["org_heads"], known_body,
                                        frozenset(rules["people_nouns"]), rules["name_compound_elements"]):
        long_form = _after_a_title(long_form, short.text, rules)
        state = state_of_its_government(long_form, kb, rules["possessed_organs"])
        if state is not long_form:  # "the Government of the Philippines (GPH)": the short form is the state acting
            found.append(Candidate(short.start_char, short.end_char, "ACTOR", "rule", STATE_GOVERNMENT, TIER_DEFINITION, 3,
                                   kb.lookup(state.text).id, None, "country"))
            continue
        entity = kb.lookup(long_form.text) or _named_alike(kb.lookup(short.text), long_form.text)
        label = entity.label if entity else named_by(long_form, rules) or _area_of_a_place(long_form, rules, kb) \
            or _after_a_kind_noun(long_form, short, rules) or _after_an_office(long_form, rules)
        if label is None and long_form[-1].text in rules["legal_forms"] | rules["ambiguous_legal_forms"]:
            label = "GROUP"  # "Chemical of Africa SA (Chemaf)": a firm's name
        if label != "GROUP" and is_short_name(short.text):
            continue  # a short name is a body's ("Chemaf", "KSrelief"); one no head decides ("Rural Water Programme
            # (Rural)") says nothing of acronyms
        if label is None:
            undecided = None if long_form[-1].text in rules["law_and_document_heads"] | rules["publication_heads"] | rules["programme_heads"] \
                else long_form.text
            common |= {short.text: undecided, short.text.removesuffix("s"): undecided}  # "AMOCs" and "AMOC"
            continue
        entity_id = entity.id if entity else _derived_id(short.text, long_form.text, kb)
        kind = entity.kind if entity else ""
        for span, origin in ((long_form, "acronyms:long-form"), (short, "acronyms:definition")):
            found.append(Candidate(span.start_char, span.end_char, label, "rule", origin, TIER_DEFINITION, 3, entity_id, None, kind))
    return found, common


GOVERNMENT = "Government"


def state_of_its_government(span: Span, kb: KnowledgeBase, possessed: frozenset[str]) -> Span:
    """"the U.S. Government", "the Government of Haiti", "the Federal Government of Somalia": a state's government
    is the state acting (guidelines: the state is the ACTOR, "government" stays outside), so the state's name is the
    mention; `possessed`: the organs so named ("Government", "Federal Government", "Authorities")."""
    words = [t.text for t in span]
    of = words.index("of") if "of" in words[1:-1] else None
    if len(span) > 1 and words[-1] == GOVERNMENT:
        state = span[:-1]
    elif of is not None and " ".join(words[:of]) in possessed:
        state = span[of + 2:] if span[of + 1].lower_ == "the" else span[of + 1:]
    else:
        return span
    entity = kb.lookup(state.text) if len(state) else None
    return state if entity is not None and entity.kind == "country" else span


def _after_a_kind_noun(long_form: Span, short: Span, rules: dict) -> str | None:
    """GROUP for a name without an English head that the text calls an organisation just before it, right after its
    acronym or in an apposition after it: "the state oil company, Petróleos de Venezuela (PDVSA)", "a new party, We
    Invest in Nationhood (WIN)", "the Multinational Security Support (MSS) mission", "the Field Coordination Cell for
    Action (CCAT), a network that"."""
    doc, k = long_form.doc, long_form.start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].lower_ in rules["organisation_kind_nouns"]:
        return "GROUP"
    noun = doc[short.end + 1] if short.end + 1 < len(doc) and doc[short.end].text == ")" else None
    if noun is not None and noun.is_lower and noun.lower_ in rules["organisation_kind_nouns"]:
        return "GROUP"  # "the Kenya-led Multinational Security Support (MSS) mission": the noun after the acronym
    after = doc[short.end:short.end + 7]
    if len(after) < 4 or after[0].text != ")" or after[1].text != "," or after[2].lower_ not in ("a", "an", "the"):
        return None
    kind = next((t for t in after[3:] if t.pos_ != "ADJ" and not t.is_punct), None)
    return "GROUP" if kind is not None and kind.lower_ in rules["organisation_kind_nouns"] else None


def _after_an_office(long_form: Span, rules: dict) -> str | None:
    """GROUP for the remit an officer's title names, which is the body's name: "the secretary of Security and Citizen
    Protection (SSPC)", "the Minister of Mines and Energy (MME)"."""
    doc, k = long_form.doc, long_form.start - 1
    if k < 1 or doc[k].lower_ != "of":
        return None
    office = doc[k - 1].text
    return "GROUP" if office in rules["titles"] or office.lower() in rules["role_nouns"] or office.capitalize() in rules["titles"] else None


def _after_a_title(long_form: Span, acronym: str, rules: dict) -> Span:
    """"the Chief of Staff of the Armed Forces of the Philippines (AFP)": a long form opened by a title is the title
    of an office in the body the acronym names; the name starts after the "of" from which it opens with the
    acronym's first letter. So does a long form that opens with another letter, a person's name and the body
    they belong to ("Kristina Conti of the National Union of Peoples' Lawyers (NUPL)"); "the Armed Forces of the
    Democratic Republic of the Congo (FARDC)" stays whole, no "of" in it opening a name with the acronym's letter,
    and so does a body before the "of" ("the Office of the Refugee Relief and Repatriation Commissioner (RRRC)").
    A plural noun opening the sentence before "of" names members or parts of the body ("Soldiers of the Southern
    African Development Community (SADC)"), which the name after it is."""
    if len(long_form) > 2 and long_form[0].is_sent_start and long_form[0].tag_ == "NNS" and long_form[1].lower_ == "of":
        rest = _trim_connectors(long_form[2:], rules["connectors"])
        if rest is not None and (_opens_with(rest, acronym, rules["connectors"]) or rest[0].text in rules["org_heads"]):
            return rest  # "Units of the Eritrean Defence Forces (EDF)": members or parts named by the plural noun
            # that opens the sentence, capitalised only there; also before a name whose acronym is no initials but
            # which its head opens ("Members of the Partido Libertad y Refundación (LIBRE)")
    titled = long_form[0].text in rules["titles"]
    if not titled and _opens_with(long_form, acronym, rules["connectors"]):
        return long_form
    for k, token in enumerate(long_form[:-1]):
        if token.lower_ == "of" and not titled and any(t.text in rules["org_heads"] for t in long_form[:k]):
            break  # "the Peace and Security Council of the African Union (AU)": a body of its parent, one long form
        if token.lower_ == "of":
            rest = _trim_connectors(long_form[k + 1:], rules["connectors"])
            if rest is not None and _opens_with(rest, acronym, rules["connectors"]):
                return rest
    return long_form


def _named_alike(entity: Entity | None, long_form: str) -> Entity | None:
    """The entity an acronym names in the knowledge base, if the text's long form shares a word with one of its names
    ("Mission de l'Organisation des Nations Unies … (MONUSCO)"); another body that bears the same acronym
    ("Nuclear Regulatory Commission (NRC)", "Reporters Without Borders (RSF)") is not that entity."""
    if entity is None:
        return None
    own = _content_words(long_form)
    return entity if any(own & _content_words(form) for form in entity.surface_forms()) else None


def _content_words(name: str) -> set[str]:
    return {w for w in normalise_name(name).split() if len(w) > 3}


def _derived_id(acronym: str, long_form: str, kb: KnowledgeBase) -> str:
    """The acronym's slug, or the long name's where a known entity already bears the acronym's ("ITU", the
    International Telecommunication Union, is not the Brazilian town Itu)."""
    entity_id = kb.derived_id(acronym)
    return entity_id if entity_id == slugify(acronym) else kb.derived_id(long_form)


HYPHENATED_PREFIX = re.compile(r"(?:[A-Za-z0-9]+-)+$")


def whole_word(text: str, mention: Mention) -> str:
    """The hyphenated word a mention ends, which the tokenizer split at its hyphens ("ARCSS" of "R-ARCSS")."""
    prefix = HYPHENATED_PREFIX.search(text, max(0, mention.start - 24), mention.start)
    return text[prefix.start():mention.end] if prefix else mention.text


def settle_common(text: str, mentions: list[Mention], common: dict[str, str | None], kb: KnowledgeBase) -> tuple[list[Mention], set[str]]:
    """The acronyms a document defines by a common noun, less those it also defines by a name ("U.S. Department
    of Agriculture (USDA)" beside "rice stocks (USDA)") and those whose long form, which no head word decided, is
    an organisation's name once tagged ("Armed Conflict Location and Event Data (ACLED)"): such an acronym is
    that organisation, both forms linked to the acronym's id, and its definition is kept as one. A known body that
    bears the acronym is not the one the document defines by another name ("Islamic Emirate of Afghanistan (IEA)"
    is no International Energy Agency): its mentions drop."""
    named = {m.text for m in mentions if m.origin == "acronyms:definition"}
    known = {a: (kb.lookup(a), long) for a, long in common.items() if long and a not in named}
    others = {a: entity.id for a, (entity, long) in known.items() if entity is not None and _named_alike(entity, long) is None}
    mentions = [m for m in mentions if m.text not in others or others[m.text] != m.entity_id]
    organisations = {m.text for m in mentions if m.label == "GROUP"}
    revived = {a: long for a, long in common.items() if long in organisations and a not in named}
    added, longs = [], {}
    for acronym, long in sorted(revived.items()):
        for match in re.finditer(rf"{re.escape(long)}\s*\(({re.escape(acronym)})\)", text):
            longs[match.start(), match.start() + len(long)] = kb.derived_id(acronym)
            added.append(Mention(match.start(1), match.end(1), "GROUP", acronym, kb.derived_id(acronym), None, "rule", "acronyms:definition"))
    kept = [replace(m, entity_id=longs[m.span]) if m.span in longs and m.label == "GROUP" else m for m in mentions]
    taken = {m.span for m in kept}
    return kept + [m for m in added if m.span not in taken], set(common) - named - set(revived)


def _area_of_a_place(long_form: Span, rules: dict, kb: KnowledgeBase) -> str | None:
    """PLACE for an area named after a place the knowledge base knows ("Port-au-Prince Metropolitan Area (ZMPP)",
    "Goma Economic Zone"); an area named after nothing is a category ("Focus Area (FA)")."""
    if long_form[-1].text not in rules["area_heads"]:
        return None
    words = re.findall(r"[^\W\d_][\w’'-]*", long_form[:-1].text)
    places = (kb.lookup(w) for w in words if w[:1].isupper())
    return "PLACE" if any(e is not None and e.label == "PLACE" for e in places) else None


TITLE_PREPOSITIONS = frozenset({"on", "of", "for", "to", "against", "between", "concerning", "regarding"})


def named_by(long_form: Span, rules: dict) -> str | None:
    """GROUP for an organisation's name (a head word in any case: "Army", "mission"), PLACE for a place's or a built
    work's ("Province", "Region", "Pipeline", also before "in" or "of" and its place), None for anything else
    ("Gender-Based Violence", "gross domestic product")."""
    words = [t.text for t in long_form]
    opening = next((k for k, w in enumerate(words) if k and w in TITLE_PREPOSITIONS), len(words))
    if any(w in rules["law_and_document_heads"] or w in rules["publication_heads"] or w in rules["product_heads"]
           or w in rules["programme_heads"] for w in (words[-1], words[opening - 1])):
        return None  # "Energy Company Obligation", "Digital Millennium Copyright Act", "Priority Services Register",
        # "Minimum Initial Services Package"; the head before the title's first preposition: "United Nations
        # Convention on the Law of the Sea", "Revitalised Agreement on the Resolution of the Conflict"
    if any(w in rules["org_heads"] or w in rules["group_name_heads"] for w in words):
        return "GROUP"
    for k, word in enumerate(words):  # a lower-case head, unless it only modifies a noun ("network operators") or
        # names a kind of site ("cholera treatment centre (CTC)")
        following = words[k + 1] if k + 1 < len(words) else None
        if word.islower() and word.capitalize() in rules["org_heads"] and word not in rules["site_nouns"] and (
                following is None or not following.isalpha() or following in rules["connectors"]):
            return "GROUP"
    if words[-1] in rules["place_name_heads"] or words[-1] in rules["facility_heads"]:
        return "PLACE"  # "Trans Adriatic Pipeline (TAP)": a built work is a site
    if any(w[:1].isupper() and w.lower() in rules["unit_nouns"] and w not in rules["state_forms"] and nxt in ("in", "of")
           for w, nxt in zip(words, words[1:])):
        return "PLACE"  # an administrative unit named with its place: "Autonomous Region in Muslim Mindanao", "Kurdistan Region of Iraq"
    return None
