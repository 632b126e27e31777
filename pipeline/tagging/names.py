"""Name shapes: persons after titles or with name particles, aliases the text introduces, organisation names."""

from __future__ import annotations

import calendar
import os
import re
from collections import defaultdict
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span

from pipeline.tagging.acronyms import is_acronym, lower_end_of_a_capitalised_word, opens_its_sentence, opens_the_sentence_only
from pipeline.tagging.candidates import TIER_DEFINITION, TIER_RULE, Candidate
from pipeline.tagging.doc_access import char_bounds, doc_text, doc_words, tokens_where
from pipeline.tagging.knowledge_base import normalise_name

QUOTES_OPEN = "«“\"‘"
QUOTES_CLOSE = "»”\"’"


ELIDED_ARTICLE = re.compile(r"[lLdD]['’](?=[A-ZÀ-Þ])")  # "l'Azawad", "d’Ivoire": an article glued to a name


def _cap(token) -> bool:
    text = ELIDED_ARTICLE.sub("", token.text, count=1) if token.text[:1] in "lLdD" else token.text
    return text[:1].isupper() and any(ch.isalpha() for ch in text) and not token.is_punct and not any(ch in "$€£" for ch in text)


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
ROMAN_NUMERAL = re.compile(r"[IVX]+")
PART_HEADS = frozenset({"Section", "Division", "Unit"})  # heads that also number the parts of a document
FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
PART_NUMBER = re.compile(r"[IVX]+|[A-Z]|\d+[A-Za-z]?")
DAY_NAMES = frozenset(calendar.day_name)
MONTHS_AND_DAYS = frozenset(calendar.month_name[1:]) | DAY_NAMES


def _joined(doc: Doc, i: int) -> bool:
    """Token i is glued to token i-1 (no space between), as in "al-Kidali"."""
    return i > 0 and not doc[i - 1].whitespace_


def skip_capitalised_stop_words(doc: Doc, start: int, end: int, particles: frozenset[str]) -> int:
    """A sentence-initial "After", "In", "Inside" or "Later" (a preposition or an adverb, stop word or not) is not
    part of the name that follows it."""
    while start < end and (doc[start].is_stop or doc[start].is_sent_start and doc[start].pos_ in ("ADP", "ADV")) \
            and doc[start].lower_ not in particles:
        start += 1
    return start


def _in_name_run(doc: Doc, i: int, particles: frozenset[str]) -> bool:
    """Token i is a capitalised word, a particle before one (or before a hyphen, or a second particle and one: "von der
    Leyen"), or an in-word hyphen between a name's word or particle and one (not "mid-April", "pro-Russian")."""
    token = doc[i]
    return (
        (_cap(token) and not is_acronym(token.text))
        or (token.lower_ in particles and i + 1 < len(doc) and (_cap(doc[i + 1]) or doc[i + 1].text == "-" or (
            doc[i + 1].lower_ in particles and i + 2 < len(doc) and _cap(doc[i + 2]))))
        or (token.text == "-" and _joined(doc, i) and i + 1 < len(doc) and _joined(doc, i + 1) and _cap(doc[i + 1])
            and (_cap(doc[i - 1]) or doc[i - 1].lower_ in particles))
    )


def name_run(doc: Doc, start: int, particles: frozenset[str]) -> int:
    """End (exclusive) of the run of capitalised words, particles and in-word hyphens starting at `start`."""
    i = start
    while i < len(doc) and _in_name_run(doc, i, particles):
        i += 1
    return i


def run_around(doc: Doc, anchor: int, in_run: Callable[[int], bool]) -> tuple[int, int]:
    """(start, end) of the maximal stretch of tokens passing `in_run` that holds `anchor` (which passes it): the
    finders read only the runs around the words that can make a name, not every run of the paragraph."""
    start, end = anchor, anchor + 1
    while start > 0 and in_run(start - 1):
        start -= 1
    while start < anchor and start > 0 and doc[start - 1].text == "-" and _joined(doc, start):
        start += 1  # "mid-April al-Shabaab": the word after a compound's hyphen ends a word, it opens no name
    while end < len(doc) and in_run(end):
        end += 1
    return start, end


def _span_candidate(span: Span, label: str, origin: str, tier: int = TIER_RULE, priority: int = 0) -> Candidate:
    return Candidate(span.start_char, span.end_char, label, "rule", origin, tier, priority)


def collective_bodies(doc: Doc, rules: dict) -> list[Candidate]:
    """"the Troika of the United States, the United Kingdom and Norway", "the Quartet": a noun of number capitalised
    after "the" names a standing group of parties; the model misses it before a list of states."""
    return [_span_candidate(doc[i:i + 1], "GROUP", "names:collective-body")
            for i in tokens_where(doc, lambda word: word in rules["collective_body_names"])
            if i > 0 and doc[i - 1].lower_ == "the"]


def particle_names(doc: Doc, rules: dict) -> list[Candidate]:
    """Runs like "Iyad ag Ghaly", "ag Awissa", "Abdelkrim al-Targui": a strong particle before a capitalised word.
    Only the runs around a strong particle can qualify, so only those are read."""
    found, done = [], 0
    particles, strong = rules["particles"], rules["strong_particles"]
    for particle in tokens_where(doc, lambda word: word.lower() in strong):
        if particle < done or not _in_name_run(doc, particle, particles):
            continue
        i, end = run_around(doc, particle, lambda k: _in_name_run(doc, k, particles))
        first = skip_capitalised_stop_words(doc, i, end, particles)
        while first < particle - 1 and looks_like_demonym(doc[first].text, rules["country_names"]):
            first += 1  # "Egyptian President Abdel Fattah el-Sisi": the state's demonym, then the title
        first = _after_titles(doc, first, particle - 1, rules)
        if end > first:
            run = doc[first:end]
            words = [t for t in run if t.text != "-"]
            has_particle = any(t.lower_ in strong and k + 1 < len(words) for k, t in enumerate(words))
            # "Ansar Dine", "Asaib Ahl al-Haq", "the X and Y militias": a group's head word in the name, or a group's
            # noun after it, singular or plural
            after = doc[end].lower_ if end < len(doc) else ""
            starts_group = run[0].text in rules["group_name_heads"] or after in rules["group_nouns"] \
                or after.removesuffix("s") in rules["group_nouns"] \
                or run[0].text not in rules["given_names"] and any(t.text in rules["group_name_heads"] for t in words[1:])
            bare_article = len(words) == 2 and words[0].lower_ in rules["articles"]
            if has_particle and len(words) >= 2 and words[-1].text in rules["org_heads"]:
                found.append(_span_candidate(run, "GROUP", "names:organisation", priority=1))  # "Al-Azhar University"
            elif has_particle and len(words) >= 2 and (starts_group or not bare_article):
                label = "GROUP" if starts_group else "ACTOR"
                found.append(_span_candidate(run, label, "names:particle", priority=1))
        done = end
    return found


def heads_a_text_or_event(word: str, rules: dict) -> bool:
    """The last word of a text's or an event's name ("Roadmap", "Dialogue", "Agreement", "Summit")."""
    return word in rules["event_words"] or word in rules["law_and_document_heads"]


def ends_a_body_or_place(word: str, rules: dict) -> bool:
    """A body's, a place's, an event's or a document's head ("Department", "Area", "Dialogue", "Roadmap"): a name it
    ends is no person's, so a title word before it opens the name ("Special Tasks Department", "Special Geographic
    Area", "the Major National Dialogue")."""
    return word in rules["org_heads"] or word in rules["place_name_heads"] or word in rules["area_heads"] \
        or heads_a_text_or_event(word, rules)


def a_plural_title(word: str, rules: dict) -> bool:
    """"Representatives", "Envoys", "Rapporteurs": the plural of a title or a role names its holders, not one."""
    singular = word[:-1] if word.endswith("s") else ""
    return singular in rules["titles"] or singular in rules["role_heads"] or singular.lower() in rules["role_nouns"]


def titled_names(doc: Doc, rules: dict) -> list[Candidate]:
    """A person name after a title ("President Amadou Toumani Touré") or a role noun ("spokesman, Sanad ...")."""
    found = []
    for i in tokens_where(doc, lambda word: word in rules["titles"] or word.lower() in rules["role_nouns"]
                          or word in rules["role_heads"] or a_plural_title(word, rules)):
        token = doc[i]
        if i > 0 and doc[i - 1].text in rules["titles"]:
            continue  # "Special Envoy Martin Kobler": the first title already reads the name
        # "UNHCR Representative Ivo Freijsen", "AU Commission Chairperson Moussa Faki": an office before a given name
        # is a title, also after the words of the body it serves
        named = i + 1 < len(doc) and doc[i + 1].text in rules["given_names"]
        office = token.text in rules["titles"] or token.text in rules["role_heads"] and named or (
            token.text[:1].isupper() and a_plural_title(token.text, rules))  # "Foreign Ministers Ararat Mirzoyan and …"
        titled = office and (named or not _inside_a_name(doc, i, rules)) and (
            not _hyphenated(doc, i) or doc[i - 2:i + 1].text in rules["titles"])  # "Vice-President Sebutinde"
        role = token.lower_ in rules["role_nouns"] and token.text.islower()
        if not (titled or role):
            continue
        start = _after_compound_title(doc, token.i + 1)
        if role and start < len(doc) and doc[start].text == ",":
            start += 1
        while start < len(doc) and (_a_title_word(doc, start, rules) or _an_abbreviated_title(doc, start, rules)):
            start = _after_compound_title(doc, start + (1 if _a_title_word(doc, start, rules) else 2))  # "Special
            # Rapporteur Richard Bennett", "President Capt. Ibrahim Traoré": an office, then the name
        if titled:
            start = _after_a_titles_remit(doc, start, rules)
        end = name_suffix_end(doc, name_run(doc, start, rules["particles"]))
        words = end - start
        if end > start and before_a_document_number(doc, end):
            continue  # "Rev. Proc. 84-74": a revenue procedure's number, no reverend
        if end == start + 1 and end + 1 < len(doc) and doc[end].text == "-" and _joined(doc, end) \
                and _joined(doc, end + 1) and doc[end + 1].text[:1].islower():
            continue  # "Special Co-ordinator", "Special Co-chair": a word alone before a hyphen opens a common noun (not
            # "President Tsai Ing-wen", whose given name runs on)
        if words == 1 and (_a_title_word(doc, start, rules) or doc[start].lower_ in rules["role_nouns"]
                           or a_plural_title(doc[start].text, rules)):
            continue  # "the Special Representatives, Doval and Wang", "a Senior Researcher at SIPRI": an office, no name
        if any(t.text in rules["org_heads"] for t in doc[start:end]) or (end > start and ends_a_body_or_place(doc[end - 1].text, rules)):
            continue  # "Special Geographic Area", "Special Tasks Department": a place's or a body's head, no person
        if words >= (2 if role else 1) and words <= 6:
            found.append(_span_candidate(doc[start:end], "ACTOR", "names:title" if titled else "names:role"))
    return found


REMIT_WORDS = 6  # "of Foreign Affairs and International Cooperation": the longest remit read before a name
REMIT_JOINERS = frozenset({"and", "the", "for", "&"})


def _after_a_titles_remit(doc: Doc, i: int, rules: dict) -> int:
    """"President of the Republic Emmanuel Macron", "Minister of Foreign Affairs Sergey Lavrov": after a title and its
    remit ("of" and capitalised words), a given name followed by a capitalised word opens the holder's name, and so do
    two or three capitalised words after a portfolio's last word ("Minister of Trade Pahala Mansury"); `i` itself where
    no remit or no such name follows."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return i
    portfolio_end = None
    for k in range(i + 2, min(i + 2 + REMIT_WORDS, len(doc) - 1)):
        if not (_cap(doc[k]) or doc[k].lower_ in REMIT_JOINERS):
            break
        if doc[k].text in rules["given_names"] and _cap(doc[k + 1]) and _cap(doc[k - 1]):
            return k
        if doc[k - 1].text in rules["portfolio_words"]:
            portfolio_end = k
    if portfolio_end is not None and _a_bare_name_at(doc, portfolio_end, rules):
        return portfolio_end
    return i


BARE_NAME_WORDS = (2, 3)  # "Pahala Mansury", "Retno Lestari Marsudi": the words of a name read without a given name


def _a_bare_name_at(doc: Doc, k: int, rules: dict) -> bool:
    """Two or three capitalised words at `k`, then a word that is not capitalised, none of them a portfolio's, a
    body's or a place's head ("Minister of Health Ghana Service reported" has none)."""
    run = k
    while run < len(doc) and _cap(doc[run]) and run - k <= max(BARE_NAME_WORDS):
        run += 1
    words = doc[k:run]
    return run - k in BARE_NAME_WORDS and (run == len(doc) or not _cap(doc[run])) and not any(
        w.text in rules["portfolio_words"] or ends_a_body_or_place(w.text, rules) for w in words)


ABBREVIATION_LENGTH = 4  # "Proc", "Doc", "Rul": the abbreviations that designate documents by number
DOCUMENT_NUMBER = re.compile(r"\.?\s*\d{1,4}\s?[-–]\s?\d{1,6}\b")


def before_a_document_number(doc: Doc, end: int) -> bool:
    """A short abbreviated word before a number in two parts ("Proc. 84-74", "FR Doc. 2020–17221") designates a
    document, whatever the words before it; a name ending a sentence is longer than such abbreviations."""
    last = doc[end - 1]
    return end < len(doc) and doc[end].text == "." and last.text[:1].isupper() and len(last.text) <= ABBREVIATION_LENGTH \
        and DOCUMENT_NUMBER.match(doc_text(doc), last.idx + len(last.text)) is not None


def _after_compound_title(doc: Doc, i: int) -> int:
    """Past the hyphenated rest of a title ("Secretary-General", "Director-General", "Attorney-General"): the word
    after the hyphen belongs to the title, it is never the name."""
    while i + 1 < len(doc) and doc[i].text == "-" and _joined(doc, i) and _joined(doc, i + 1):
        i += 2
    return i


def _a_title_word(doc: Doc, i: int, rules: dict) -> bool:
    return doc[i].text in rules["titles"] or doc[i].text in rules["role_heads"]


def _an_abbreviated_title(doc: Doc, i: int, rules: dict) -> bool:
    """"Capt." read as a word and its stop: a title the lists write with the stop."""
    return i + 1 < len(doc) and doc[i + 1].text == "." and f"{doc[i].text}." in rules["titles"]


def _hyphenated(doc: Doc, i: int) -> bool:
    """A title word inside a hyphenated name is no title: "Prince" in "Port-au-Prince Metropolitan Area"."""
    return _joined(doc, i) and doc[i - 1].text == "-"


def _inside_a_name(doc: Doc, i: int, rules: dict) -> bool:
    """A title word inside a longer name ("Estado Mayor Central"): after a capitalised word that is neither a
    title, an acronym, a demonym or a country ("UN Secretary-General", "Malian President", "US President"), nor a
    word capitalised only because it opens the sentence, unless it is a given name ("Hassan Sheikh Mohamud visited")."""
    if i == 0:
        return False
    before = doc[i - 1]
    title_words = {word for title in rules["titles"] for word in title.split()}
    opening = before.is_sent_start and before.text not in rules["given_names"]
    return (_cap(before) and before.is_alpha and not opening and before.text not in title_words
            and not is_acronym(before.text) and not looks_like_demonym(before.text, rules["country_names"])
            and before.lower_ not in rules["country_names"])


def _quoted_after(text: str, offset: int) -> tuple[int, int] | None:
    """Character bounds of a quoted stretch starting at `offset` (after spaces), quotes excluded."""
    match = re.match(rf"\s*[{QUOTES_OPEN}]\s*([^{QUOTES_CLOSE}\n]{{1,80}}?)\s*[{QUOTES_CLOSE}]", text[offset:])
    if not match:
        return None
    inner_start = offset + match.start(1)
    inner = match.group(1)
    lead = re.match(r"(?i)(the|a|an)\s+", inner)
    if lead:
        inner_start += lead.end()
        inner = inner[lead.end():]
    return (inner_start, inner_start + len(inner.rstrip(" .,;")))


def _group_context(doc: Doc, token_index: int, group_nouns: frozenset[str]) -> bool:
    """Whether a noun like "group", "brigade" or "katiba" comes just before (the naming is then of a group)."""
    return any(t.lower_ in group_nouns for t in doc[max(0, token_index - 3):token_index])


@lru_cache(maxsize=8)
def _cue_regex(cues: frozenset[str]) -> re.Pattern:
    """The alias cues as one pattern, longest first, any run of spaces inside a cue matching any whitespace."""
    alternation = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])", flags=re.IGNORECASE)


def aliases(doc: Doc, rules: dict) -> list[Candidate]:
    """Names the text introduces ("a.k.a. «the man of Algiers»", "a brigade called “Yussef ben Tachfin”")."""
    found = []
    text = doc_text(doc)
    for match in _cue_regex(rules["alias_cues"]).finditer(text):
        cue = re.sub(r"\s+", " ", match.group().lower())
        first = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if first is None:
            continue
        grouped = _group_context(doc, first.start, rules["group_nouns"])
        if cue not in rules["person_alias_cues"] and not grouped:
            continue
        label = "GROUP" if grouped else "ACTOR"
        bounds = _quoted_after(text, match.end())
        tier = TIER_DEFINITION
        if bounds is None:
            tier = TIER_RULE
            after = doc.char_span(match.end(), len(text), alignment_mode="expand")
            start = after.start if after is not None else len(doc)
            while start < len(doc) and (doc[start].is_punct or doc[start].lower_ in ("the", "a", "an")):
                start += 1
            end = name_run(doc, start, rules["particles"])
            if end == start:
                continue
            bounds = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        head = text[bounds[0]:bounds[1]].split()[-1]
        if heads_a_text_or_event(head, rules) or head in DAY_NAMES:
            continue  # "the Joint Roadmap …, known as the Luanda Roadmap": another name of a text or an event; "what
            # became known as Bloody Friday": a day's
        if head in rules["org_heads"]:
            label = "GROUP"  # "police officers and hitmen known as the Davao Death Squad": the name's head is a body's
        found.append(Candidate(bounds[0], bounds[1], label, "rule", f"names:alias:{cue}", tier, 4))
    if any(quote in text for quote in QUOTES_OPEN):
        found += quoted_groups(doc, text, rules["group_nouns"])
    return found + [gloss for name in found if (gloss := translation_gloss(text, name))]


def quoted_groups(doc: Doc, text: str, group_nouns: frozenset[str]) -> list[Candidate]:
    """A quoted name right after a group noun ("a brigade “Yussef ben Tachfin”")."""
    found = []
    for token in doc:
        if token.lower_ in group_nouns and token.i + 1 < len(doc) and doc[token.i + 1].text[:1] in QUOTES_OPEN:
            bounds = _quoted_after(text, token.idx + len(token.text))
            if bounds and text[bounds[0]:bounds[0] + 1].isupper():
                found.append(Candidate(bounds[0], bounds[1], "GROUP", "rule", "names:quoted-group", TIER_DEFINITION, 1))
    return found


def translation_gloss(text: str, name: Candidate) -> Candidate | None:
    """A name's translation in brackets right after it ("“Al Mouakaoun bi Dam” (The Signatories with blood)")."""
    match = re.match(rf"[{QUOTES_CLOSE}]?\s*\((?:the\s+|The\s+)?([A-Z][^()\n]{{2,80}}?)\)", text[name.end:])
    if not match:
        return None
    start = name.end + match.start(1)
    return Candidate(start, start + len(match.group(1)), name.label, "rule", name.origin + "+gloss", name.tier, name.priority)


DEMONYM_SUFFIXES = ("an", "ian", "ese", "ish", "i", "ien", "ic", "ais", "ois", "n")


@lru_cache(maxsize=8)
def _by_first_letters(place_names: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Place names under their first four letters: a demonym shares at least those with its place."""
    index: dict[str, list[str]] = defaultdict(list)
    for place in place_names:
        index[place[:4]].append(place)
    return {prefix: tuple(places) for prefix, places in index.items()}


def looks_like_demonym(word: str, place_names: frozenset[str], lands: frozenset[str] | None = None) -> bool:
    """"Nigeriens", "Moroccan", "Malians": a country or region name plus a demonym ending; "Kyrgyz", "Tajiks",
    "Uzbek", "Afghans": the name of a "-stan" ("land of") place without that ending, among `lands` where given (the
    countries: "Kurds" and "Baloch" name the communities that Kurdistan and Balochistan, regions, are named after)."""
    word = word.lower().removesuffix("s")
    lands = place_names if lands is None else lands
    if len(word) >= 4 and (word + "stan" in lands or word + "istan" in lands):
        return True
    return any(_named_with_an_ending(word, place) for place in _by_first_letters(place_names).get(word[:4], ()))


def is_demonym_of(word: str, place: str) -> bool:
    """looks_like_demonym for one place ("Israeli" of "israel"): tested pairwise, without indexing a set per place."""
    word = word.lower().removesuffix("s")
    return len(word) >= 4 and place in (word + "stan", word + "istan") or _named_with_an_ending(word, place)


# what a place's name loses before its demonym's ending: nothing, a final vowel, or a Latin or Greek ending
# ("Italy" Italian, "Morocco" Moroccan, "Turkey" Turkish, "Belgium" Belgian, "Lebanon" Lebanese); never a syllable of the name
# itself ("Mwanza" gives no "Mwani", "Songwe" no "Songhai")
DROPPED_ENDINGS = frozenset({"", "a", "e", "i", "o", "u", "y", "ia", "ey", "um", "on"})


def _named_with_an_ending(word: str, place: str) -> bool:
    """The place's name, less one of its DROPPED_ENDINGS, plus a demonym ending of at most four letters."""
    common = len(os.path.commonprefix([word, place]))
    return common >= 4 and place[common:] in DROPPED_ENDINGS and word[common:].endswith(DEMONYM_SUFFIXES) and len(word) - common <= 4


ARTICLES = frozenset({"the", "la", "le", "les"})


POSSESSIVES = frozenset({"’s", "'s", "’", "'"})


ACCREDITED_HEADS = frozenset({"Mission", "Delegation", "Embassy", "Representation"})  # named with "to" the body


def _one_end_of_a_range(doc: Doc, start: int, head: int, end: int) -> tuple[int, int]:
    """"from Wagner to the Africa Corps", "moved from the Ministry of Defence to the Security Council": after
    "from", a "to" inside the run parts the two ends of a range; the run keeps the end its head is in."""
    k = start - 2 if start >= 2 and doc[start - 1].lower_ == "the" else start - 1
    if k < 0 or doc[k].lower_ != "from":
        return start, end
    to = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "to" and doc[k].is_lower), None)
    if to is None or to > head and doc[head].text in ACCREDITED_HEADS:
        return start, end  # "from the Permanent Mission of Mali to the United Nations": one name
    return (to + 2 if doc[to + 1].lower_ == "the" else to + 1, end) if to < head else (start, to)


def _in_capitalised_run(doc: Doc, i: int, connectors: frozenset[str], topics: frozenset[str] = frozenset(),
                        people: frozenset[str] = frozenset(), modifiers: frozenset[str] = frozenset()) -> bool:
    """Token i is a capitalised word, an in-word hyphen before one, or a lower-case connector before one or before
    another connector ("Centre for the Study"); an article only after another connector ("Committee of the Staff",
    not "the 1988 Accord the Committee"); "and" beside an acronym only where both sides are topics, not
    organisations (`topics`: "AI and SDGs Working Group"); or the possessive of a plural noun of people before a
    capitalised word ("Women’s Group", "Workers' Party"; not "Jamaica’s Ministry", whose owner is a name of its own)."""
    token = doc[i]
    if _cap(token) or lower_end_of_a_capitalised_word(doc, i, modifiers):
        return True
    if token.text in POSSESSIVES:
        return _joined(doc, i) and doc[i - 1].text in people and i + 1 < len(doc) and _cap(doc[i + 1])
    if token.text == "-":
        return _joined(doc, i) and i + 1 < len(doc) and (_cap(doc[i + 1]) or lower_end_of_a_capitalised_word(doc, i + 1, modifiers))
    if not ((token.text.islower() or not token.text.isalpha()) and token.lower_ in connectors):
        return False
    previous = doc[i - 1] if i > 0 else None
    if token.lower_ in ARTICLES and not (previous is not None and previous.text.islower() and previous.lower_ in connectors
                                         and previous.lower_ not in ("and", "&", "et", "y")):
        return False  # "the 1988 Accord the Committee"; "FAO and the Ministry" are two names
    if token.lower_ in ("and", "&", "et", "y") and ((previous is not None and _named_by_acronym(previous.text, topics))
                                                    or (i + 1 < len(doc) and _named_by_acronym(doc[i + 1].text, topics))):
        return False  # "FAO and the Ministry", "the AI Impacts Working Group and UNDP": two names
    j = i + 1
    while j < len(doc) and j - i < 3 and doc[j].text.islower() and doc[j].lower_ in connectors:
        j += 1
    return j < len(doc) and _cap(doc[j])


def _named_by_acronym(word: str, topics: frozenset[str]) -> bool:
    """An acronym that may name an organisation: not a topic, a unit or a common noun ("AI", "SDGs")."""
    return is_acronym(word) and word not in topics and word.removesuffix("s") not in topics


def _over_a_bracketed_topic(doc: Doc, start: int, in_run: Callable[[int], bool], topics: frozenset[str]) -> int:
    """"AI and Sustainable Development Goals (SDGs) Working Group": a topic spelled out with its acronym in brackets
    inside a body's name is part of the name; an organisation's acronym in brackets ends the name before it ("Food
    and Agriculture Organization (FAO) Country Office")."""
    while start >= 4 and doc[start - 1].text == ")" and doc[start - 3].text == "(" and is_acronym(doc[start - 2].text) \
            and not _named_by_acronym(doc[start - 2].text, topics) and _cap(doc[start - 4]):
        start, _ = run_around(doc, start - 4, in_run)
    return start


LEGISLATION_HEADS = frozenset({"Act", "Law", "Bill", "Code", "Ordinance", "Statute"})  # a body passes these, it is not
# named in them ("the Civil Society Act"); a decision or a communiqué is its author's ("the Steering Board Decision")


def organisation_names(doc: Doc, rules: dict) -> list[Candidate]:
    """Capitalised runs with an organisation head ("Popular National Army", "Committee of the ... Staff");
    a country's demonym and a head ("Algerian Army") is a description here, a region's ("European Council") a name
    (armed services named with their state are joined document-wide, armed_services).
    Only the runs around a head can qualify, so only those are read, each from its first capitalised word."""
    found, done = [], 0
    connectors, heads, documents = rules["connectors"], rules["org_heads"], rules["law_and_document_heads"]
    people, unit_heads, topics = rules["people_nouns"], rules["unit_heads"], rules["acronym_stoplist"]

    def in_run(k: int) -> bool:  # a capitalised "The" opens a name ("1. Peacekeeper The Department of Defense …")
        return doc[k].text != "The" and _in_capitalised_run(doc, k, connectors, topics, people, rules["name_compound_elements"])

    for head in tokens_where(doc, lambda word: word in heads or word in unit_heads):
        if head < done or not _cap(doc[head]) or (_hyphenated(doc, head) and doc[head - 2:head + 1].text not in heads):
            continue  # "Multi-Sector Needs Assessment", "anti-Government": a head joined to a prefix heads no body
            # ("Sub-Cluster" does)
        i, end = run_around(doc, head, in_run)
        i = _over_a_bracketed_topic(doc, i, in_run, topics)
        end = _before_parent_acronym(doc, head, end, topics)
        end = _before_a_place_it_is_in(doc, i, head, end, rules.get("organisation_names", frozenset()), rules["sited_heads"])
        if i > 0 and ORDINAL.fullmatch(doc[i - 1].text):
            i -= 1  # a numbered unit: "33rd Front", "6th Brigade"
        start = max(_after_a_persons_name(doc, i, head, rules), done)  # after a body cut out of a title
        end = _before_a_persons_name(doc, head, end, rules)
        if any(doc[k].text in rules["gathering_heads"] for k in range(head + 1, end)):
            # "the 53rd Pacific Islands Forum Leaders Meeting in Nuku'alofa": a meeting of the body is an event, which
            # is no mention, its number the meeting's (guidelines); the body is named in it
            end, start = head + 1, start + 1 if ORDINAL.fullmatch(doc[start].text) else start
        while start < head and not ORDINAL.fullmatch(doc[start].text) and (
                not _cap(doc[start]) or doc[start].lower_ in ("the", "a", "an") or opens_the_sentence_only(doc[start])):
            start += 1  # "According to the General Directorate …", "The Committee …"
        to = next((k for k in range(start + 1, head - 1) if doc[k].lower_ == "to"), None)
        if to is not None and normalise_name(doc[start:to].text) in rules["state_names"]:
            start = to + 2 if doc[to + 1].lower_ == "the" else to + 1  # "the Commission on Human Rights in South Sudan
            # to the Human Rights Council": the state is where the first body works, the second its addressee
        start, end = _one_end_of_a_range(doc, start, head, end)
        if start < head and opens_its_sentence(doc[start]) and doc[start].tag_ in ("NNS", "VBZ") and doc[start + 1].is_lower:
            start = next(k for k in range(start + 1, head + 1) if _cap(doc[k]))  # "8. Appeals to the European Union"
        start = _after_a_titled_person(doc, start, head, rules["titles"])
        start, end = _the_body_in_a_title(doc, start, end, heads, rules)
        start = _after_a_states_demonym(doc, start, head, rules)
        start = _after_an_opening_common_noun(doc, start, head)
        end = _before_a_date_word(doc, start, end)
        officer = _an_officers_title(doc, start, head, end, rules["role_heads"] - documents, connectors)  # not a
        # "Register", a document's head too
        if officer is not None and officer < head:
            done = end
            continue  # "UNIFIL Head of Mission Lieutenant General X": a title after the body's acronym, no body's name
        end = officer or end  # "the AU Commission Chairperson": the body before its officer's title
        end = next((k for k in range(head + 1, end) if doc[k].tag_ in FINITE_VERB_TAGS and doc[k].lower_ not in connectors), end)
        # "IMF Executive Board Approves US$3 Billion": a headline's finite verb after the body's name ends it
        # ("Levelling Up" is no such verb, nor a connector the tagger took for one: "Partido dos Trabalhadores")
        end = _over_a_listed_remit(doc, start, end)
        end = _before_a_joined_state(doc, head, end, rules["state_names"])
        if normalise_name(doc[start:head + 1].text) in rules["state_names"]:
            done = head + 1
            continue  # "flights from the Russian Federation to Egypt": a state's own name ends at its head, and is no body's
        end = next((k for k in range(head + 1, end - 1)
                    if doc[k].lower_ in ("and", "&") and (doc[k + 1].text in heads or k == head + 1)), end)
        # "Yayasan Bungong Jeumpa and Jaringan Damai Papua": a head opening the words after "and" opens a second name,
        # and so does "and" right after the head ("the State Defence Corporation and Nammo", "the Red Cross Society
        # and Médecins Sans Frontières"): a remit or a second part joins a name before its head, or after "of"
        end = _before_a_second_headed_name(doc, head, end, rules)
        first = _a_first_headed_name(doc, start, head, rules)
        if first is not None:  # "Grab Holdings and GoTo Group": the company before "and" is a name of its own
            found.append(_span_candidate(doc[start:first], "GROUP", "names:organisation"))
            start = first + 1
        while end > start and not _cap(doc[end - 1]):
            end -= 1  # "the AI Advisory Council and the AI Expert Committee": the "and" between two names is in neither
        if _two_names_joined(doc, start, end, heads):
            done = end
            continue
        if end - start > 1 and doc[end - 1].text in documents and doc[end - 2].text in heads \
                and end + 1 < len(doc) and doc[end].text == "(" and is_acronym(doc[end + 1].text):
            done = end
            continue  # "the Energy Company Obligation (ECO)": the acronym names the whole, an obligation
        while end - start > 1 and doc[end - 1].text in documents and doc[end - 2].text in heads:
            end -= 1  # "the Ministerial Steering Board Decision": the board decides, the decision is no name
        end = _before_a_modifying_place(doc, head, end, rules)
        end = _before_where_it_is(doc, head, end, rules["place_name_heads"])
        end = _after_a_sites_head(doc, head, end, rules["place_name_heads"])
        words = [t.text for t in doc[start:end] if _cap(t)]
        if len(words) > 2 and len(words) == end - start and words[-1] in rules["place_name_heads"] and words[-1] not in heads \
                and doc[head].text in heads:
            found.append(_span_candidate(doc[start:end], "PLACE", "names:site"))
            done = end
            continue  # "Ramstein Air Base", "Luke Air Force Range": a site named with its service, a place (guidelines);
            # not "Counter Terrorism Department" (a body's head too) or "the Law of the Sea" (a connector inside)
        if any(w in rules["publication_heads"] for w in words) or (words and words[-1] in rules["place_name_heads"] and doc[end - 2].lower_ != "of") \
                or (words and words[-1] in rules["product_heads"]) \
                or any(doc[k].text in documents and k + 1 < end and doc[k + 1].lower_ == "of" for k in _openings(doc, start, end)) \
                or any(doc[k].text in documents and doc[k + 1].lower_ == "on" for k in range(start, end - 1)) \
                or (end < len(doc) and doc[end].text in LEGISLATION_HEADS and doc[end - 1].text in heads) \
                or _whole_line(doc, start, end) or (words[0] in rules["role_heads"] and start + 1 < end and doc[start + 1].lower_ == "of") \
                or (doc[start].is_sent_start and doc[start].tag_ == "NNS" and start + 1 < end
                    and doc[start + 1].lower_ == "of") \
                or (end - start > 1 and doc[end - 1].text in rules["titles"] and _cap(doc[end - 2])):
            done = end
            continue  # a document ("Copyright Office Summary", "Code of Practice for Equitable Digital Services", "the
            # Beijing Declaration on Ending Division and Strengthening Palestinian National Unity"), a
            # law named after its aim ("the Venezuela Defense of Human Rights and Civil Society Act"), a
            # product ("Inter-Agency Emergency Health Kits"), a place ("Luke Air Force Range"), a heading, a title
            # ("Librarian of Congress", "the Force Commander"; "Office of the President" is a body), a plural opening
            # the sentence before "of" ("Gangs of the Viv Ansanm coalition": some of the coalition's gangs)
        if doc[head].text not in heads and not _opened_by_parent_acronym(doc, start, end, rules["acronym_stoplist"]):
            done = end
            continue  # "the Rapid Needs Assessment Team" is a kind of team, "the UN Country Team" the UN's own unit
        if any(w in heads or w in unit_heads for w in words):
            others = [w for w in words if w not in heads and w not in unit_heads and w not in rules["state_forms"]]  # "the State of Qatar"
            organ = any(w in rules["state_organ_heads"] for w in words)  # "Pakistan Army"; "Armenia Alliance" is a name
            company = doc[head].text in rules["demonym_company_heads"]  # "Ethiopian Airlines": the demonym is the name's
            state = not company and (len(others) == 1 and (looks_like_demonym(others[0], rules["country_names"])
                                           or organ and others[0].lower() in rules["country_names"])) \
                or organ and normalise_name(" ".join(words[:-1])) in rules["state_names"]  # "the U.S. Government": the state acts
            numbered = ORDINAL.fullmatch(doc[start].text) is not None
            if doc[head].text in PART_HEADS and head + 1 < len(doc) and PART_NUMBER.fullmatch(doc[head + 1].text):
                done = end
                continue  # "Section I: Panel Mandate", "Complete Section A": a numbered part of a document or a form
            if (others and not state) or (numbered and not others):
                if a_class_named(doc, start, end):
                    done = end
                    continue
                found.append(_span_candidate(doc[start:end], "GROUP", "names:organisation"))
            elif state and organ and _an_organ_of_a_state(doc, start, end, rules):
                found.append(_span_candidate(doc[start:start + 1], "GROUP", "names:organisation"))
        done = end
    return found


DESIGNATING = ("designat", "declar", "label", "brand", "classif")


def a_class_named(doc: Doc, start: int, end: int) -> bool:
    """"listed it as a Foreign Terrorist Organization", "designated the group a Specially Designated Global
    Terrorist": an indefinite article after "as" or a verb of designating introduces a designation, not one
    organisation ("an AI Advisory Council composed of …", a proposed body, stays, and so does a name modifying a
    noun, "designated a Popular Defence Forces commander")."""
    after = doc[end] if end < len(doc) else None
    if start < 2 or doc[start - 1].lower_ not in ("a", "an") or (
            after is not None and after.text.islower() and after.is_alpha and not after.is_stop):
        return False
    return doc[start - 2].lower_ == "as" or any(t.lower_.startswith(DESIGNATING) for t in doc[max(0, start - 6):start - 1])


# ", Energy and Industrial Strategy", ", Gender, Entertainment and Sport": capitalised words (no acronyms) listed with
# commas and closed by "and", then no other capitalised word
REMIT = re.compile(r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)+,?\s+(?:and|&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?![\w-]|\s+[A-Z])")


def _candidates(doc: Doc) -> list[Candidate]:
    """What the components before this one proposed (the gazetteer's known places among them)."""
    return (doc._.briefs_candidates if Doc.has_extension("briefs_candidates") else None) or []


def _over_a_listed_remit(doc: Doc, start: int, end: int) -> int:
    """"Department for Business, Energy and Industrial Strategy", "Ministry of Culture, Gender, Entertainment and
    Sport": a body's remit listed after "of" or "for" is part of its name, unless a listed word is a known place
    ("University of Warwick, Coventry and London")."""
    if end >= len(doc) or doc[end].text != "," or not any(doc[k].lower_ in ("of", "for") for k in range(start, end)):
        return end
    text = doc_text(doc)
    end_char = char_bounds(doc, start, end)[1]
    remit = REMIT.match(text, end_char)
    if remit is None or any(c.label == "PLACE" and c.start < remit.end() and end_char < c.end for c in _candidates(doc)):
        return end
    span = doc.char_span(end_char, remit.end(), alignment_mode="expand")
    return span.end if span is not None else end


def _after_an_opening_common_noun(doc: Doc, start: int, head: int) -> int:
    """"Soldiers of the Southern African Development Community": a common noun capitalised because it opens the
    sentence, before "of", names members or parts of the body, which is named after the "of" (and its article)."""
    if start + 2 < head and doc[start].is_sent_start and doc[start].pos_ == "NOUN" and doc[start].tag_ == "NNS" \
            and doc[start + 1].lower_ == "of":
        start += 2
        while start < head and doc[start].lower_ in ("the", "a", "an"):
            start += 1
    return start


def _a_persons_name(doc: Doc, start: int, end: int, rules: dict) -> bool:
    """doc[start:end] reads as a person's name: a given name first, or two or more capitalised words none of which
    heads a body, a place or an office, names a state's form, a people or a demonym ("Isnilon Hapilon", "Jawhar Ben
    Mbarek", "Lai Ching-te"), none a plural ("Friends", "Sisters")."""
    words = [t for t in doc[start:end] if t.text != "-"]  # "Lai Ching-te": a hyphen joins the parts of a given name

    def a_name_word(t) -> bool:
        after_a_hyphen = t.i > start and doc[t.i - 1].text == "-" and _joined(doc, t.i)
        return t.is_alpha and (after_a_hyphen or _cap(t) and not is_acronym(t.text))

    if not words or not all(a_name_word(t) for t in words):
        return False
    if words[0].text in rules["given_names"]:
        return True
    shapes = rules["org_heads"] | rules["unit_heads"] | rules["state_forms"] | rules["titles"] | rules["role_heads"] | rules["place_name_heads"]
    return len(words) >= 2 and not any(
        t.text in shapes or t.text in rules["people_nouns"] or t.text.endswith("s")
        or looks_like_demonym(t.text, rules["country_names"]) or t.lower_ in rules["country_names"] for t in words)


def _after_a_persons_name(doc: Doc, start: int, head: int, rules: dict) -> int:
    """"Isnilon Hapilon of the Abu Sayyaf Group", "Jawhar Ben Mbarek of the National Salvation Front": a person's
    name before "of the" is the member, not the first words of the body's name, which starts after it ("Nika Melia
    and Nika Gvaramia of the Coalition for Change": the last person named before the head). Titles may precede the
    name ("Prime Minister Milojko Spajić of the Europe Now Movement"), and a titled name or one opened by a given name
    needs no article after "of" ("Prof. Anwar Hossain of Dhaka University")."""
    opened, found = start, start
    for k in range(start, head - 1):
        if doc[k].lower_ in ("and", "&"):
            opened = k + 1
        elif doc[k].lower_ == "of":
            name = _after_titles(doc, opened, k, rules)
            body_after = doc[k + 1].lower_ == "the" or name > opened or doc[name].text in rules["given_names"]
            if body_after and name < k and _a_persons_name(doc, name, k, rules):
                found = opened = k + 1
    return found


def _after_titles(doc: Doc, start: int, end: int, rules: dict) -> int:
    """The first word after the titles that open doc[start:end] ("Prime Minister", "Prof.", "Deputy Minister")."""
    titles = rules["titles"] | rules["role_heads"]
    k = start
    while k < end:
        size = next((n for n in (3, 2, 1) if k + n <= end and doc[k:k + n].text in titles), 0)
        if not size:
            return k
        k += size
    return k


def _before_a_persons_name(doc: Doc, head: int, end: int, rules: dict) -> int:
    """"… of the National Salvation Front and Nika Melia": a person named after the body's head and "and" is no
    part of the body's name; nor is a title and a given name after the head ("Commission President Ursula von der
    Leyen": the body's title for its president), nor a rank of two titles and the name after it."""
    for k in range(head + 1, end - 1):
        if doc[k].lower_ in ("and", "&") and (doc[k + 1].text in rules["given_names"] or doc[k + 1].text in rules["titles"]):
            return k
        if (doc[k].text in rules["titles"] or doc[k].text in rules["role_heads"]) and (
                doc[k + 1].text in rules["given_names"] or doc[k + 1].text in rules["titles"] and k + 2 < end):
            return k  # "UNIFIL Head of Mission Lieutenant General Aroldo Lázaro": a rank of two titles names a person
    return end


def _an_organ_of_a_state(doc: Doc, start: int, end: int, rules: dict) -> bool:
    """"the Parliament of Georgia", "the Army of Ukraine": an organ named with its state after "of" is the organ's
    own mention beside the state (guidelines, section 8); "the Government of Mali" names the state alone."""
    return (end - start >= 3 and doc[start + 1].lower_ == "of" and doc[start].text in rules["state_organ_heads"]
            and doc[start].text not in rules["possessed_organs"])


def _the_body_in_a_title(doc: Doc, start: int, end: int, heads: frozenset[str], rules: dict) -> tuple[int, int]:
    """"General Secretary of the CPC Central Committee and President Xi Jinping", "Chairman of the NPC Standing
    Committee Zhao Leji", "Special Representative of the Chinese Government on Eurasian Affairs Li Hui": title words
    and "of" open a run whose body is the name after them, up to its head; the title, its remit and its holder stay
    outside (guidelines, section 2), the later titles and names are read on their own."""
    titles = rules["titles"] | rules["role_heads"]
    first_head = next((h for h in range(start, end) if doc[h].text in heads), end)
    joints = [k + 1 for k in range(start, first_head - 1) if doc[k].lower_ in ("and", "&") and doc[k + 1].text in titles]
    start = joints[-1] if joints else start  # "António Guterres and Chairman of the African Union Commission …"
    k = start
    while k < end and (doc[k].text in titles or doc[k].text == "-" and k > start and doc[k + 1].text in titles):
        k += 1  # "Secretary-General"
    if k == start or k + 1 >= end or doc[k].lower_ != "of":
        return start, end
    k += 1
    while k < end and (doc[k].lower_ == "the" or not _cap(doc[k])):
        k += 1
    first_head = next((h for h in range(k, end) if doc[h].text in heads), None)
    if first_head is None:
        return start, end
    body_end = first_head + 1
    while body_end < end and (doc[body_end].text in heads or doc[body_end].lower_ == "of" and body_end + 2 < end
                              and (_cap(doc[body_end + 1]) or all(doc[h].text in heads for h in range(k, body_end)))
                              and any(doc[h].text in heads for h in range(body_end + 1, end))):
        # "Economic Community of West African States Commission" is one name, and so is "Office of the Central Foreign
        # Affairs Commission" (a head alone names nothing); otherwise "of the" opens a parent's name
        body_end = next(h for h in range(body_end + 1, end) if doc[h].text in heads) + 1 if doc[body_end].lower_ == "of" else body_end + 1
    return k, body_end


def _after_a_titled_person(doc: Doc, start: int, head: int, titles: frozenset[str]) -> int:
    """"former President Robert Kocharyan and Electric Networks of Armenia", "Statement by Ambassador Linda
    Thomas-Greenfield to the UN Security Council": a run opened by a title holds a person first, and the body's name
    starts after the "and" or the "to" before its head (and its article)."""
    if doc[start].text not in titles and not (start + 1 < head and doc[start + 1].text in titles):
        return start  # (a title of two words: "Foreign Minister Sergey Lavrov to the UN General Assembly")
    joints = [k for k in range(start, head) if doc[k].lower_ in ("and", "&", "to")]
    if not joints:
        return start
    return joints[-1] + (2 if doc[joints[-1] + 1].lower_ == "the" and joints[-1] + 2 <= head else 1)


def _before_a_date_word(doc: Doc, start: int, end: int) -> int:
    """A month or weekday ends an organisation's name: "Copyright Office Summary December 1998"."""
    for k in range(start + 1, end):
        if doc[k].text in MONTHS_AND_DAYS:
            return k
    return end


def _headed(word: str, rules: dict) -> bool:
    return word in rules["org_heads"] or word in rules["company_heads"]


def _before_a_second_headed_name(doc: Doc, head: int, end: int, rules: dict) -> int:
    """"Ayala Corporation and San Miguel Corporation": after a head and "and", two or more capitalised words that
    end in a head of their own are a second name, so the first ends at "and" ("the Peace and Security Council" and
    "the Ministry of Trade and Industry" have no head before "and"); so do they after a party's head and "to" or
    "from" ("the Liberal Party to the National Renewal Party"; not "the US Mission to the African Union")."""
    k = head + 1
    if k < end and doc[k].lower_ in ("and", "&") and end - k > 2 and _headed(doc[end - 1].text, rules) \
            and all(_cap(t) for t in doc[k + 1:end]):
        return k
    if k < end and doc[k].lower_ in ("to", "from") and doc[head].text in rules["party_heads"]:
        rest = k + 2 if k + 1 < end and doc[k + 1].lower_ == "the" else k + 1
        if end - rest >= 2 and _headed(doc[end - 1].text, rules) and all(_cap(t) for t in doc[rest:end]):
            return k  # "the Liberal Party to the National Renewal Party": a party's name never goes on with "to"
    return end


def _a_first_headed_name(doc: Doc, start: int, head: int, rules: dict) -> int | None:
    """The "and" that ends a first name before the head's own ("Grab Holdings and GoTo Group": a company's head, then
    "and", then two or more capitalised words; "Amnesty International and Initiative pour la Bonne Gouvernance": a
    known organisation's whole name), or None."""
    known = rules.get("organisation_names", frozenset())
    for k in range(start + 1, head):
        if doc[k].lower_ in ("and", "&") and all(_cap(t) for t in doc[start:k]) and _cap(doc[k + 1]) and (
                k >= start + 2 and k < head - 1 and _headed(doc[k - 1].text, rules) and all(_cap(t) for t in doc[k + 1:head + 1])
                or normalise_name(doc[start:k].text) in known):
            return k
    return None


def _two_names_joined(doc: Doc, start: int, end: int, heads: frozenset[str]) -> bool:
    """"Artibonite and Centre", "Centre and Artibonite": a head word stands alone after the last "and" or before the
    first, so two names are listed."""
    joints = [k for k in range(start, end) if doc[k].lower_ in ("and", "&")]
    return bool(joints) and ((end - joints[-1] == 2 and doc[end - 1].text in heads)
                             or (joints[0] - start == 1 and doc[start].text in heads))


def _before_parent_acronym(doc: Doc, head: int, end: int, common: frozenset[str]) -> int:
    """"the 33rd Front of the EMC in Catatumbo": a unit's name stops before "of" + its parent's acronym, not before
    an acronym that names no organisation ("Centre for the Governance of AI")."""
    for k in range(head + 1, end):
        if doc[k].lower_ == "of" and any(is_acronym(t.text) and t.text not in common for t in doc[k + 1:k + 3]):
            return k
    return end


def _an_officers_title(doc: Doc, start: int, head: int, end: int, role_heads: frozenset[str],
                       connectors: frozenset[str]) -> int | None:
    """Where an officer's title starts inside a run of capitalised words that opens with a body's name and no
    connector: a title with its "of" before the head ("UNIFIL Head of Mission"), or one closing the run after it
    ("AU Commission Chairperson"); "UN Observer Mission" and "Office of the Special Envoy" are bodies' names."""
    for k in range(start + 1, end):
        if any(t.text in connectors for t in doc[start:k]):
            return None
        if doc[k].text in role_heads and (k < head and doc[k + 1].lower_ == "of" or k > head and k == end - 1):
            return k
    return None


def _before_a_modifying_place(doc: Doc, head: int, end: int, rules: dict) -> int:
    """"the Joint Forces of the Darfur armed movements": a place's name after the body's "of the" that lower-case
    words go on from modifies them, no part of the body's name, which ends before "of"."""
    if end >= len(doc) or end - 3 <= head or not doc[end].is_lower or doc[end].pos_ not in ("ADJ", "NOUN") \
            or doc[end - 2].lower_ != "the" or doc[end - 3].lower_ != "of":
        return end
    place = normalise_name(doc[end - 1].text)
    return end - 3 if place in rules.get("region_names", frozenset()) | rules.get("country_names", frozenset()) else end


def _before_where_it_is(doc: Doc, head: int, end: int, place_heads: frozenset[str]) -> int:
    """"built by China Gezhouba Group on the Indus River": a place named after the body's head and a locative
    preposition is where the body is, no part of its name ("the Conference on the Law of the Sea" keeps its "of")."""
    if end - head < 3 or doc[end - 1].text not in place_heads:
        return end
    k = head + 1
    if doc[k].lower_ in ("on", "in", "at", "near") and not any(t.lower_ == "of" for t in doc[k + 1:end]):
        return k
    return end


def _after_a_sites_head(doc: Doc, head: int, end: int, place_heads: frozenset[str]) -> int:
    """"Minot Air Force Base in North Dakota", "Kadena Air Base on Okinawa": a place's head after the body's head,
    before a locative preposition, ends the name, a site's (guidelines: bases are places), and the place after it is
    where the site is."""
    for k in range(head + 1, end - 1):
        if doc[k].text in place_heads and doc[k + 1].lower_ in ("in", "at", "near", "outside", "on"):
            return k + 1
    return end


def _openings(doc: Doc, start: int, end: int) -> list[int]:
    """Where a name's words start: its first word, and the word after a possessive inside it ("People’s Code of
    Practice" opens with "Code")."""
    return [start] + [k + 1 for k in range(start, end - 1) if doc[k].text in POSSESSIVES]


def _opened_by_parent_acronym(doc: Doc, start: int, end: int, common: frozenset[str]) -> bool:
    """"UNFPA Global Emergency Response Team", "UN Country Team": a unit named by capitalised words after its parent
    organisation's acronym, with no connector between."""
    return is_acronym(doc[start].text) and doc[start].text not in common and all(_cap(t) for t in doc[start + 1:end])


def _after_a_states_demonym(doc: Doc, start: int, head: int, rules: dict) -> int:
    """"the Cambodian Ministry of National Defence", "the Nigerian Ministry of Health": a country's demonym before a
    state organ named by its remit says whose organ it is, the name starts at the organ ("Russian Academy of
    Sciences" keeps its word: an academy is no state organ)."""
    if head == start + 1 and doc[head].text in rules["state_organ_heads"] and head + 1 < len(doc) \
            and doc[head + 1].lower_ == "of" and looks_like_demonym(doc[start].text, rules["country_names"]):
        return head
    return start


def _before_a_joined_state(doc: Doc, head: int, end: int, states: frozenset[str]) -> int:
    """"figures from the Thai Ministry of Public Health and Cambodia", "The European Union and France should", "The
    Kurdistan Regional Government and Baghdad reached": a state or a capital joined by "and" to a body's remit or
    head is a second party, the name stops before "and"; a name of two states keeps both ("Joint Boundary Commission
    of Cambodia and Thailand")."""
    if end - head < 3:
        return end
    capitals = {c.start for c in _candidates(doc) if c.kind == "capital" and c.end == doc[end - 1].idx + len(doc[end - 1].text)}
    for k in range(head + 1, end - 1):
        if doc[k].lower_ == "and" and (normalise_name(doc[k + 1:end].text) in states or doc[k + 1].idx in capitals) \
                and normalise_name(doc[k - 1].text) not in states:
            return k
    return end


def _before_a_place_it_is_in(doc: Doc, start: int, head: int, end: int, known: frozenset[str], sited: frozenset[str]) -> int:
    """"Office of Disaster Preparedness and Emergency Management in Jamaica": a name that goes on after its head with
    a remit ("of …") stops before "in" and a known place, which says where the body is, and so does a known
    organisation's full name ("the World Bank in Washington", "the Wagner Group in the Haute-Kotto"), or a head of a
    body that is only sited in a place ("the Kosovo Police in Banjska": `sited_heads`), or "on" after one, whatever
    follows ("the position of the United Nations on Varosha"); a head right before "in" is otherwise named by the
    place ("United Nations Verification Mission in Colombia"), and "Women in Development" goes on (no place
    follows)."""
    starts = {c.start for c in _candidates(doc) if c.label == "PLACE"}
    while start < head and not doc[start].text[:1].isupper():
        start += 1  # the run may open with the words before the name ("attributed to the Wagner Group")
    remit = False
    for k in range(head + 1, end - 1):
        remit = remit or doc[k].lower_ in ("of", "for", "on")
        place = k + 2 if doc[k + 1].lower_ == "the" and k + 2 < end else k + 1  # "in the Haute-Kotto"
        known_name = normalise_name(doc[start:k].text) in known
        if (remit or known_name or doc[k - 1].text in sited) and doc[k].lower_ == "in" and doc[place].idx in starts \
                or known_name and doc[k].lower_ == "on":
            return k
    return end


def given_name_persons(doc: Doc, rules: dict) -> list[Candidate]:
    """A run of capitalised words opened by a given name ("Gustavo Petro", "Pablo Beltrán", "Alexander Díaz
    Mendoza") is a person, whatever the model guesses; not when the run holds an organisation or place head
    ("George Washington University", "Victoria Falls") or the given name is not its first word ("Saint Jean du Sud")."""
    found, done = [], 0
    particles, given = rules["particles"], rules["given_names"]
    heads = rules["org_heads"] | rules["place_name_heads"] | rules["law_and_document_heads"]
    for anchor in given_name_tokens(doc, given):
        if anchor < done or doc[anchor].text in rules["titles"]:
            continue  # "Commodore Jay Tarriela": a title that is also a given name opens no name
        start, end = run_around(doc, anchor, lambda k: _in_name_run(doc, k, particles))
        done = end
        end = name_suffix_end(doc, end)
        start = skip_capitalised_stop_words(doc, start, end, particles)
        while start < anchor and doc[start].text in rules["titles"]:
            start += 1
        if start < anchor and start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in rules["titles"]:
            start = anchor  # "Secretary of State Antony Blinken": the rest of a title
        words = [t.text for t in doc[start:end] if t.text != "-"]
        if start != anchor or len(words) < 2 or len(words) > 5 or any(w in heads or w in rules["never_names"] for w in words):
            continue
        if words[1].isupper() or words[-1].lower() in particles or any(looks_like_demonym(w, rules["country_names"]) for w in words):
            continue
        if normalise_name(doc[start:end].text) in rules.get("region_names", frozenset()):
            continue  # "Asia Pacific": a region the knowledge base knows, opened by a given name
        if _whole_line(doc, start, end):
            continue  # a heading ("Cash Assistance") or a contact line
        if start > 0 and doc[start - 1].text in rules["ship_prefixes"]:
            continue  # "BRP Teresa Magbanua", "USS Carl Vinson": a ship named after a person
        found.append(_span_candidate(doc[start:end], "ACTOR", "names:given-name"))
    return found


GENERATION_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr."})
REGNAL_NUMBER = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")


def name_suffix_end(doc: Doc, end: int) -> int:
    """End of a person's name after its run of capitalised words: a Roman numeral that tells bearers of one name
    apart belongs to it ("Benigno Aquino III", "Elizabeth II"); "Jr." and "Sr." stay outside, like a title
    ("Ferdinand Marcos Jr.", annotation guidelines, section 1)."""
    while end > 1 and (doc[end - 1].text in GENERATION_SUFFIXES or (doc[end - 1].text == "." and doc[end - 2].text in GENERATION_SUFFIXES)):
        end -= 1
    if end < len(doc) and doc[end - 1].whitespace_ and REGNAL_NUMBER.fullmatch(doc[end].text) and doc[end].text != "I":
        end += 1
    return end


def given_name_tokens(doc: Doc, given: frozenset[str]) -> list[int]:
    """The tokens that are given names, found once per paragraph for the two finders that start from them."""
    found = doc.user_data.get("briefs_given_names")
    if found is None:
        found = doc.user_data["briefs_given_names"] = tokens_where(doc, given.__contains__)
    return found


CITED_AFTER = frozenset({"(", "&", ";", "and", "et"})
CITED_YEAR = re.compile(r"(?:1[89]|20)\d\d[a-h]?")


def inverted_names(doc: Doc, rules: dict) -> list[Candidate]:
    """Reference-list names, surname first: "Lall, Ranjit (2010)", "Højland, Martin & Vestergaard, Jakob", "Wallis,
    Joanne. 2022."; not "Musakhel, Bela and other districts" (no second name after "and"), nor
    "states from Africa, Asia and Latin America" (a continent is no surname, though "Asia" is a given name), nor "Jared
    Kushner, Rashad and Ibrahim Kalin" (a list of persons named in full)."""
    found = []
    words = doc_words(doc)
    for i in given_name_tokens(doc, rules["given_names"]):
        if i < 2 or words[i - 1] != "," or i + 1 >= len(words) or not (
                words[i + 1] in CITED_AFTER
                or words[i + 1] == "." and i + 2 < len(words) and CITED_YEAR.fullmatch(words[i + 2])
                or words[i + 1] == "," and (_among_authors(doc, i, rules["given_names"]) or _opens_a_note(doc, i - 2))):
            continue  # "Batley, James. 2019.": the author-date reference entry of the Chicago style
        if words[i + 1] in ("&", "and", "et") and not (i + 2 < len(doc) and _cap(doc[i + 2])):
            continue  # "Musakhel, Bela and other districts": a list of places goes on, no second author
        surname = doc[i - 2]
        if i >= 3 and doc[i - 3].text in rules["given_names"]:
            continue  # "with Witkoff, Jared Kushner, Rashad and Ibrahim Kalin": the surname ends a full name of a list
        if i >= 3 and (doc[i - 3].is_alpha and doc[i - 3].text.islower() and doc[i - 3].lower_ not in ("and", "by")
                       or words[i - 3] == "," and not _opens_a_note(doc, i - 2)):
            continue  # "the provinces of Ouaddaï, Sila, Wadi Fira and Ennedi Est", "has met Dbeibah, Haftar, Saleh and
            # Takala": a list in a sentence, no entry
        if _cap(surname) and surname.is_alpha and not surname.is_stop and surname.pos_ != "ADV" \
                and not _a_region_of_the_world(surname.lower_, rules):  # "Additionally, Carley and Konisky (2020)":
            # a sentence adverb, no surname
            found.append(_span_candidate(doc[i - 2:i + 1], "ACTOR", "names:inverted"))
    found += _inverted_coauthors(doc, rules)
    return found + _entries_opened_by_a_name(doc, rules, {c.start for c in found})


def _among_authors(doc: Doc, i: int, given_names: frozenset[str]) -> bool:
    """An inverted name whose given name (token i) a comma closes is one of several authors: the last, after "and"
    and another inverted name ("Kovalenko, Iryna and Fischer, Jonas, War Risk"), or the first, before a co-author
    named in full ("Adler, Gustavo, Nicolás Magud and …", "Zeitoun, Mark, and Jeroen Warner")."""
    after_another = i >= 5 and doc[i - 3].lower_ in ("and", "&") and doc[i - 5].text == "," \
        and doc[i - 4].text in given_names
    k = i + 3 if i + 2 < len(doc) and doc[i + 2].lower_ in ("and", "&") else i + 2  # "Laruelle, Marlene, and Sébastien
    return after_another or k + 1 < len(doc) and doc[k].text in given_names and _cap(doc[k + 1])  # Peyrouse"


NOTE_OPENING = re.compile(r"\s*(?:\d{1,3}[.)]|\[\d{1,3}\])?\s*")  # what may stand before a note's first word


def _opens_a_note(doc: Doc, surname: int) -> bool:
    """A surname that opens a line of notes or references, alone or after the note's number ("3. Bieber, Florian,
    The Rise of …"): an author named surname first, whatever follows the given name."""
    text, start = doc.text, doc[surname].idx
    line = text.rfind("\n", 0, start) + 1
    return NOTE_OPENING.fullmatch(text[line:start]) is not None


def _a_region_of_the_world(word: str, rules: dict) -> bool:
    """A country's or a continent's name in lower case, which no surname or given name of a reference entry is."""
    return word in rules["country_names"] or word in rules.get("world_part_names", ())


REFERENCE_ENTRY = re.compile(r"([A-ZÀ-Þ][\w’'-]+), ([A-ZÀ-Þ][\w’'-]+(?: [A-Z]\.)?)(?= \((?:1[89]|20)\d\d[a-h]?\)|\. (?:1[89]|20)\d\d"
                             r"|, (?:[A-ZÀ-Þ][\w’'-]+ )+[A-ZÀ-Þ][\w’'-]+,? (?:and|&) )")  # or co-authors named in full


# several authors of a reference entry, each surname first, before the year or the quoted title: "Flint, Julie and
# de Waal, Alex (2008).", "Kabamba, Jean-Pierre and Mutombo, Aline (2024).", "Kakachia, K. and Lebanidze, B., 'Title'"
INVERTED_AUTHOR = (r"(?:(?<![\w-])(?!and )[a-z]{1,3} )?[A-ZÀ-Þ][\w’'-]+, (?:[A-ZÀ-Þ][\w’'-]+(?: [A-Z]\.)?|[A-Z]\.(?: ?[A-Z]\.)*)"
                   r"(?<!\.\.)")
AUTHOR_IN_A_LIST = re.compile(INVERTED_AUTHOR)
INITIAL_ONLY = re.compile(r", [A-Z]\.")
AUTHOR_LIST = re.compile(rf"(?m)^[ \t]*(?:\d{{1,3}}[.)]?|\[\d{{1,3}}\])?[ \t]*({INVERTED_AUTHOR}(?:,? (?:and|&) {INVERTED_AUTHOR})+)"
                         r"(?=,? \((?:1[89]|20)\d\d[a-h]?\)|\.? (?:1[89]|20)\d\d\b|, ['‘\"“])")


def _inverted_coauthors(doc: Doc, rules: dict) -> list[Candidate]:
    """Each author of an entry that opens a line with two or more authors, each surname first: a lower-case particle
    opens a surname only if the rules know it ("de Waal"); not where a country or a continent is a word ("Kenya,
    Uganda and Rwanda, Burundi (2019)"), nor a region is the given name ("Flint, Michigan and Toledo, Ohio
    (2019)")."""
    text, found = doc_text(doc), []
    for entry in AUTHOR_LIST.finditer(text):
        authors = list(AUTHOR_IN_A_LIST.finditer(entry.group(1)))
        words = [w.lower() for a in authors for w in re.findall(r"[^\W\d_][\w’'-]*", a.group())]
        if any(_a_region_of_the_world(w, rules) for w in words) or any(
                a.group()[:1].islower() and a.group().split()[0] not in rules["particles"]
                or a.group().split(", ")[1].lower() in rules["region_names"] for a in authors):
            continue
        for author in authors:  # with initials only, the surname alone (guidelines: "Smith" in "Smith, J. A.")
            end = author.start() + author.group().index(",") if INITIAL_ONLY.search(author.group()) else author.end()
            span = doc.char_span(entry.start(1) + author.start(), entry.start(1) + end)
            if span is not None:
                found.append(_span_candidate(span, "ACTOR", "names:inverted"))
    return found


def _entries_opened_by_a_name(doc: Doc, rules: dict, taken: set[int]) -> list[Candidate]:
    """A reference entry that opens a line with its author, surname first, and the year or co-authors named in full
    ("Adebayo, Tunde (2019).", "Ramírez, Carlos E. (2015)", "Wallis, Joanne. 2022.", "Ratha, Dilip, Sonia Plaza, and
    Eung Ju Kim. 2024."): the author is a person whatever the given name; not where
    a country or a continent is either word ("Kenya, Somalia (2019)", "Paris, France (2019)")."""
    text, found = doc_text(doc), []
    for entry in REFERENCE_ENTRY.finditer(text):
        opens_a_line = entry.start() == 0 or text[entry.start() - 1] == "\n"
        words = (entry.group(1).lower(), entry.group(2).split()[0].lower())
        if not opens_a_line or entry.start() in taken or any(_a_region_of_the_world(w, rules) for w in words):
            continue  # "Paris, France (2019)": a place and its country
        span = doc.char_span(entry.start(), entry.end())
        if span is not None:
            found.append(_span_candidate(span, "ACTOR", "names:inverted"))
    return found


def _whole_line(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end-1 (punctuation aside) are all the paragraph holds, or all a numbered section heading
    holds after its bare number ("6 Issues for Parliament"; a list item's "1." or "2)" is no section number)."""
    if start >= 1 and doc[start - 1].like_num and doc[start - 1].text.isdigit():
        start -= 1
    return all(t.is_punct or t.is_space for t in doc[:start]) and all(t.is_punct or t.is_space for t in doc[end:])
