"""Names that neither a list nor the model proposes but whose context shows them: "in Julie Meyotte", "the Rutshuru
territory", "the communes of Chansolme", "Gonaïves, Saint-Marc, and Mirebalais". Towns and quarters too small for
the gazetteer, and names the model passes over, are the main loss of recall on unseen documents. A capitalised run
that no candidate covers is proposed untyped only where such a cue stands next to it; `type_from_context` then types
it by the same cue or by the names listed with it, and drops it when nothing does.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.tagging.acronyms import YEAR, is_acronym
from pipeline.tagging.candidates import TIER_RULE, TIER_WEAK, Candidate
from pipeline.tagging.context_types import (
    UNTYPED,
    a_place_by_apposition,
    after_a_direction,
    after_a_unit_part_or_road,
    compass_part,
    known_place,
    names_a_thing_after,
    organisation_kind,
    role_apposition,
    role_phrase_before,
    town_and_region,
)
from pipeline.tagging.doc_access import char_bounds, doc_text, doc_words
from pipeline.tagging.model_spans import cited_work
from pipeline.tagging.names import MONTHS_AND_DAYS, looks_like_demonym, name_run

ORIGIN = "names:shown"
# an item of a list of names: "and"/"or" on one side, or commas on both ("Bassin Bleu, Chansolme, and others"); a
# comma alone is also an apposition ("a Mauritanian, Hamada Ould …")
COMMA_BEFORE = re.compile(r"[\w’'.)-],\s*$")
JOINED_BEFORE = re.compile(r"[\w’'.)-](?:(?:,\s*|\s)(?:and|or)\s+|/)$")  # "Tskhinvali region/South Ossetia": a slash pairs names too
COMMA_AFTER = re.compile(r",\s")
IN_A_PLACE_AFTER = re.compile(r", in (?:the )?")
JOINED_AFTER = re.compile(r",?\s+(?:and|or)\s+[A-Z\u00C0-\u00DE]")
# a heading line of capitalised words ("Communication and Community Awareness"); each word is taken whole (`*+`,
# connectors end at a word boundary), so a line of capitals that fails at its end is not re-split letter by letter,
# which took minutes on a line of five words ("PROJECT APPRAISAL DOCUMENT ON A GRANT OF US$190")
HEADING = re.compile(r"(?:[A-Z\u00C0-\u00DE][\w’'-]*+|(?:and|or|of|the|for|in|on|to)\b|&|,|\s)+")
# a code, a numbered part or a citation after the run: "Phase 4", "Figure 2", "Title I", "Smith (2019)", "Ofgem, 2015"
NOT_A_NAME_AFTER = re.compile(r"\s*(?:\d|[IVX]+\b|\(?(?:1[89]|20)\d\d\b|[’']s?\b)")
# lower-case nouns after a name that make it a place; "sector", "area" and "state" also follow topics and kinds
# ("the Health sector", "Member states"), so they are no cue here
NOT_PLACE_CUES = frozenset({"sector", "area", "areas", "zone", "axis", "state", "states", "refugee", "border", "borders", "pass", "port"})


@lru_cache(maxsize=4)
def _never(rules: tuple[frozenset[str], ...]) -> frozenset[str]:
    """Words that are in no name shown by context: never-names, non-organisation acronyms, titles and roles, heads of
    laws, documents, publications and events ("Industrial Strategy", "Humanitarian Settings" are neither), currencies
    ("in Euros"), months; each as it opens a capitalised word."""
    return frozenset(w.split()[0][:1].upper() + w.split()[0][1:] for words in rules for w in words) | MONTHS_AND_DAYS


NEVER_KEYS = ("never_names", "acronym_stoplist", "titles", "role_heads", "law_and_document_heads", "publication_heads", "event_heads",
              "currency_nouns")


def shown_names(doc: Doc, candidates: list[Candidate], rules: dict) -> list[Candidate]:
    """Untyped candidates for the capitalised runs outside every candidate that a locative preposition, a unit noun
    and "of", a lower-case place noun or a list of names stands next to."""
    words, text = doc_words(doc), doc_text(doc)
    never = _never(tuple(rules[k] for k in NEVER_KEYS))
    taken = sorted((c.start, c.end) for c in candidates)
    places = [(c.start, c.end) for c in candidates if known_place(c)]
    place_cues = rules["place_nouns"] | rules["unit_nouns"]
    # "in Emergency", "Land, Maritime and Air forces" are words; with a place head they name one: "White Sands Missile Range"
    common = rules.get("common_words", frozenset())
    # a function word opening a sentence is no part of the name after it ("The Spratly Islands are …", "At Sabina Shoal,")
    starts = [i for i, word in enumerate(words) if word[:1].isupper() and _name_word(word, never) and word.lower() not in STOP_WORDS]
    name_words = set(starts)
    found, done = [], 0
    for i in starts:
        if i < done or i - 1 in name_words:
            continue
        end = done = name_run(doc, i, rules["particles"])
        named_after = _named_after_a_place(doc, words, i, end, rules, common)
        end = named_after or end
        if end == i:
            continue
        # "Western Tigray": the compass adjective, a word never naming alone, opens the place's part
        first = i - 1 if i > 0 and (compass_part(words[i - 1:end], rules) or _opens_a_toponym(doc, words, i, end, never, place_cues)) else i
        start_char, end_char = char_bounds(doc, first, end)
        beside = _beside_a_known_place(places, text, (start_char, end_char), words[first:end], rules)
        body = _names_a_body(doc, words, i, end, rules)
        # "Puot Kang Chol, the minister of petroleum": a person's name before a role, over any part of it a list or the
        # model names ("Chol", a people)
        role = end - i >= 2 and role_apposition(doc[i:end], rules)
        holder = end - i >= 2 and role_phrase_before(doc[i:end], rules)  # "the Minister of Water Resources, X Y,"
        cued = beside or body or named_after or role or holder or first < i or named_feature(words[i:end], rules) \
            or _cue(doc, words, text, i, end, start_char, end_char, rules, place_cues)
        # "the Greater Moldova party", "the Heart of Moldova party": a body's name of several words may hold a place's
        over = role or body and end - i >= 2
        free = _only_inside(taken, start_char, end_char) if over else not _overlaps(taken, start_char, end_char)
        if cued and free and not _a_portfolio(doc, i, end, rules) \
                and _can_be_a_name(doc, i, end, rules, never, frozenset() if body or named_after else common,
                                   demonym_cannot_be=beside):
            found.append(Candidate(start_char, end_char, UNTYPED, "rule", ORIGIN, TIER_RULE if over else TIER_WEAK, -1))
    return found


PORTFOLIO_REACH = 6  # words from the title or the ministry to a later part of its remit


def _a_portfolio(doc: Doc, start: int, end: int, rules: dict) -> bool:
    """"the Minister of Energy and Water Resources of Tajikistan", "the Ministry of Mines and Energy": words of
    portfolios after the "of" or "for" of a title or a ministry, run on with "and", are its remit, not a body."""
    if not all(t.text in rules["portfolio_words"] or t.text in rules["portfolio_adjectives"] for t in doc[start:end]):
        return False
    holders = {w.lower() for w in rules["titles"] | rules["role_heads"]} | {"ministry", "ministries", "department", "secretariat"}
    for k in range(start - 1, max(-1, start - PORTFOLIO_REACH), -1):
        word = doc[k]
        if word.lower_ in ("of", "for") and k > 0 and doc[k - 1].lower_ in holders:
            return True
        if not (word.text in rules["portfolio_words"] or word.lower_ in ("and", "&", ",")):
            return False
    return False


def _named_after_a_place(doc: Doc, words: list[str], start: int, end: int, rules: dict, common: frozenset[str]) -> int | None:
    """"the Bougival agreement", "the 2019 Auki Communiqué", "the Cuciurgan power plant", "the Reko Diq project": a
    name between "the" (and a year) and the noun of an agreement, an event or a works, a lower-case word or two
    between them, is the place it is named after (guidelines, section 3: "the 2006 Algiers agreement"); the name's end,
    or None. Not a person's ("the Abraham Accords"); a name of several words none of which is an English word (not
    "the Good Friday Agreement", "the Jaffar Express attack")."""
    heads = rules["place_named_heads"]
    last = next((k for k in range(start + 1, end) if words[k].lower() in heads), end)  # "Argyle Declaration": the head
    # is capitalised inside the run
    if not names_a_thing_after(doc, last, heads) or _a_descriptive_title(doc, last):
        return None
    opened = start >= 1 and words[start - 1].lower() == "the" or (
        start >= 2 and YEAR.fullmatch(words[start - 1]) is not None and words[start - 2].lower() == "the")
    english = last - start > 1 and any(w.lower() in common for w in words[start:last])
    return last if opened and words[start] not in rules["given_names"] and not english else None


def _a_descriptive_title(doc: Doc, head: int) -> bool:
    """"the Comprehensive Agreement on the Bangsamoro", "the Political Agreement for Peace": a title-case head going on
    with a preposition and a name or "the" is a title that describes, its first word an English one; "the Biketawa
    Declaration of 2000" and "the Auki Communiqué in October" name a place."""
    return head + 2 < len(doc) and doc[head].text[:1].isupper() and doc[head + 1].pos_ == "ADP" and doc[head + 1].is_lower \
        and (doc[head + 2].text[:1].isupper() and doc[head + 2].text not in MONTHS_AND_DAYS or doc[head + 2].lower_ == "the")


def _names_a_body(doc: Doc, words: list[str], start: int, end: int, rules: dict) -> bool:
    """"Pashinyan's Civil Contract party", "ahead of the Victory bloc": capitalised words between "the" or a possessive
    and a lower-case noun of a political or armed body name it, English words though they are; "a Kurdish party"
    names none, and "Tavush for the Homeland movement" is one name the run only ends."""
    before = words[start - 1].lower() if start > 0 else ""
    runs_on = start >= 3 and words[start - 2] in ("for", "of") and words[start - 3][:1].isupper()  # "Tavush for the
    # Homeland movement": the run ends a longer name
    # "the Zamfara-based Turji gang": a hyphened participle between the article and the name
    described = start >= 3 and words[start - 2] == "-" and (before in rules["leading_participles"] or before in rules["hyphened_descriptions"])
    glued = start > 0 and words[start - 1] in ("-", "–", "—") and not doc[start - 1].whitespace_  # "Niono–Izo"
    if end < len(words) and words[end] in rules["fighter_nouns"] and not doc[start].is_sent_start and not runs_on \
            and not glued:
        return True  # "Naparama fighters have clashed": a body's fighters, with no article; not the end of a
        # hyphenated name
    return end < len(words) and doc[end].is_lower and words[end] in rules["named_body_nouns"] \
        and not doc[start].is_sent_start and (before in ("the", "’s", "'s") or described) and not runs_on


def _opens_a_toponym(doc: Doc, words: list[str], i: int, end: int, never: frozenset[str], place_cues: frozenset[str]) -> bool:
    """"the Islam Qala crossing", "the Muslim Bagh district": a word that never names alone ("Islam", "Muslim") opens
    a place's name between the article and a lower-case place noun."""
    return (i >= 2 and words[i - 2].lower() == "the" and words[i - 1] in never and words[i - 1].isalpha()
            and end < len(words) and doc[end].is_lower and words[end] in place_cues)


def _beside_a_known_place(places: list[tuple[int, int]], text: str, run: tuple[int, int], words: list[str], rules: dict) -> bool:
    """A town before its known region or a region after its known town (`town_and_region`), or before ", in" and
    its known region ("villages around Tibú, in Norte de Santander"); not a body's name ("Chatham House, London"),
    nor a person's ("Ruto, in Nairobi,")."""
    if any(w in rules["org_heads"] for w in words):
        return False
    if any(town_and_region(text, place, run) or town_and_region(text, run, place) for place in places):
        return True
    sited = IN_A_PLACE_AFTER.match(text, run[1])
    return sited is not None and words[0] not in rules["given_names"] and any(start == sited.end() for start, _ in places)


def named_feature(run: list[str], rules: dict) -> bool:
    """"Second Thomas Shoal", "the Cal Miskaad Mountains", "Lugenda River": a run ending in the head of a natural
    feature names that feature by itself (administrative and built heads also end titles: "Member State",
    "Knowledge Base"); not a person's name the model passed over ("Fiona Hill": a given name and the head), not a body ("Lake Chad Basin
    Commission" holds an organisation's head)."""
    return len(run) > 1 and run[-1] in rules["natural_feature_heads"] and not (len(run) == 2 and run[0] in rules["given_names"]) \
        and not any(w in rules["org_heads"] for w in run)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Some candidate (in `taken`, sorted) overlaps start..end."""
    k = bisect_left(taken, (end,))
    return any(e > start for _, e in taken[:k])


def _only_inside(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Every candidate overlapping start..end lies inside it (a part of the name that a longer candidate may cover;
    a candidate of a higher tier still wins the choice)."""
    k = bisect_left(taken, (end,))
    return all(start <= s and e <= end for s, e in taken[:k] if e > start)


def _can_be_a_name(doc: Doc, start: int, end: int, rules: dict, never: frozenset[str], common: frozenset[str],
                   demonym_cannot_be: bool = False) -> bool:
    """Tokens start..end-1 can be a name: no word that never names, no acronym or abbreviation, not English words only
    (unless a place head ends them), no demonym or adjective (`_an_adjective`); not part of a longer word, a heading line, a code, a
    citation or a cited work. A word closing a town-and-region item is no demonym ("Puerto Princesa, Palawan," is
    no Palauan)."""
    words, text = doc_words(doc)[start:end], doc_text(doc)
    start_char, end_char = char_bounds(doc, start, end)
    if any(w in never or is_acronym(w) or w.endswith(".") for w in words) or NOT_A_NAME_AFTER.match(text, end_char):
        return False
    if len(words) == 1 and not demonym_cannot_be and looks_like_demonym(words[0], rules.get("demonym_places", frozenset())):
        return False
    if words[-1] not in rules["place_name_heads"] and all(w.lower() in common for w in words if w[:1].isupper()):
        return False
    return not (_in_a_word(text, start_char, end_char) or _in_a_heading(text, start_char) or _an_adjective(doc, end, words[-1], rules, common)
                or cited_work(doc[start:end]))


def _an_adjective(doc: Doc, end: int, last: str, rules: dict, common: frozenset[str]) -> bool:
    """The run ends in an adjective; not a name the tagger reads as one before a unit's noun ("struck Gayan and Barmal
    districts"), unless it is an English word ("Federal districts")."""
    if doc[end - 1].pos_ != "ADJ":
        return False
    return not (end < len(doc) and doc[end].lower_ in rules["unit_nouns"] and doc[end].is_lower and last.lower() not in common)


def _in_a_word(text: str, start: int, end: int) -> bool:
    """The run is part of a longer word: "Croix-des-[Bossales]", "[Education Can]not"."""
    return (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-")) or (
        end < len(text) and (text[end].isalnum() or text[end] == "-"))


def _name_word(word: str, never: frozenset[str]) -> bool:
    """A capitalised word with a lower-case letter (no acronym) that may open a name."""
    return len(word) > 1 and word[:1].isupper() and any(ch.islower() for ch in word) and word not in never


def _cue(doc: Doc, words: list[str], text: str, start: int, end: int, start_char: int, end_char: int, rules: dict,
         place_cues: frozenset[str]) -> bool:
    """A locative preposition before the run, a unit noun or a direction and "of", a lower-case place noun or an
    apposition headed by one after it, a kind of organisation (`organisation_kind`), or a list."""
    before = words[start - 1].lower() if start > 0 else ""
    after = words[end] if end < len(words) else ""
    if organisation_kind(words, text, start, start_char, end_char, rules):
        return True
    if before in rules["name_locatives"]:  # not before a noun it modifies: "at Minuteman facilities"
        return not (after.islower() and after not in place_cues and doc[end].pos_ == "NOUN")
    if after_a_unit_part_or_road(words, start, rules) or after_a_direction(words, start, rules) \
            or a_place_by_apposition(text, end_char, rules["unit_nouns"]):
        return True  # "the outskirts of Kurmuk", "north of Hodeidah", "Marawi, the capital of Lanao del Sur"
    if after.islower() and after in place_cues and after not in NOT_PLACE_CUES:
        # "Maungdaw township fell": a sentence's first word too if a proper noun ("Avoid road travel" is a verb)
        return not doc[start].is_sent_start or doc[start].pos_ == "PROPN"
    if doc[start].is_sent_start:
        return False
    before_text = text[max(0, start_char - 8):start_char]
    joined = JOINED_BEFORE.search(before_text) is not None or JOINED_AFTER.match(text, end_char) is not None
    return joined or (COMMA_BEFORE.search(before_text) is not None and COMMA_AFTER.match(text, end_char) is not None)


def _in_a_heading(text: str, start: int) -> bool:
    """The run's line is all capitalised words and connectors: a heading, not a sentence."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    return HEADING.fullmatch(text, line_start, len(text) if line_end < 0 else line_end) is not None
