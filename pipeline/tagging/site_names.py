"""Names of sites before their lower-case noun: "the Vorukh exclave", "the Golovnoy water intake", "the Akrestsina
detention centre", "the Point Cruz area". The noun is outside the span (guidelines, section 2: a lower-case generic
head stays outside), and the capitalised words before it name the place, whatever the lists know of them."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.tagging.acronyms import is_acronym
from pipeline.tagging.candidates import TIER_RULE, Candidate
from pipeline.tagging.doc_access import char_bounds, doc_text, doc_words, tokens_where
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.names import looks_like_demonym

ORIGIN = "names:site"
SITE_NUMBER = re.compile(r"\d{1,3}[A-Z]?")
# a list of numbers after the head: "Camp 4, 9 and 26" has no one name to span
MORE_NUMBERS = re.compile(r"\s*(?:,|and|&)\s*\d")


def site_names(doc: Doc, rules: dict, kb: KnowledgeBase) -> list[Candidate]:
    """After "the", one to three capitalised proper nouns (not the sentence's first, an acronym, a state's adjective such as "Tajik", a name the
    knowledge base knows as no place, or a word never a name) before a site noun of models/names.json, with at most
    one lower-case or acronym modifier of that noun between ("water intake", "LNG site"), as PLACE."""
    found = []
    for noun in tokens_where(doc, lambda word: word in rules["site_nouns"]):
        end = noun
        if end > 0 and (doc[end - 1].text.islower() or is_acronym(doc[end - 1].text)) and doc[end - 1].dep_ in ("compound", "amod"):
            end -= 1  # "water" in "the Golovnoy water intake", "LNG" in "the Afungi LNG site", "deep" in "the Konkola deep mine"
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1
        if start == end or start == 0 or doc[start - 1].lower_ != "the" or doc[start].is_sent_start \
                or any(t.pos_ != "PROPN" for t in doc[start:end]):
            continue  # "the Regional prison": an adjective in title case names nothing
        words = [t.text for t in doc[start:end]]
        name = " ".join(words)
        entity = kb.lookup(name)
        if (any(is_acronym(w) or w in rules["never_names"] or looks_like_demonym(w, rules["country_names"]) for w in words)
                or (entity is not None and entity.label != "PLACE")):
            continue
        found.append(Candidate(*char_bounds(doc, start, end), "PLACE", "rule", ORIGIN, TIER_RULE, 0))
    return found


def numbered_sites(doc: Doc, rules: dict) -> list[Candidate]:
    """"Camp 11", "Site 2": a singular capitalised head of models/names.json `numbered_site_heads` and its number name
    a site, a PLACE (guidelines: numbered camps); not a list of numbers after it."""
    found, text = [], doc_text(doc)
    for i in tokens_where(doc, lambda word: word in rules["numbered_site_heads"]):
        if i + 1 >= len(doc) or not SITE_NUMBER.fullmatch(doc[i + 1].text):
            continue
        start, end = char_bounds(doc, i, i + 2)
        if MORE_NUMBERS.match(text, end) is None:
            found.append(Candidate(start, end, "PLACE", "rule", ORIGIN, TIER_RULE, 0))
    return found


def abbreviated_sites(doc: Doc, rules: dict) -> list[Candidate]:
    """"Andrews AFB", "Minot AFB": one or two capitalised words before a place's head abbreviated in capitals name a
    site, the abbreviation inside the span (guidelines: "Andrews AFB"); not a sentence's first word alone unless the
    parser calls it a proper noun ("The AFB" names nothing)."""
    found = []
    for head in tokens_where(doc, lambda word: word in rules["place_name_heads"] and word.isupper()):
        start = head
        while start > 0 and head - start < 2 and _a_name_word(doc[start - 1].text):
            start -= 1
        if start < head and not (head - start == 1 and doc[start].is_sent_start and doc[start].pos_ != "PROPN"):
            found.append(Candidate(*char_bounds(doc, start, head + 1), "PLACE", "rule", ORIGIN, TIER_RULE, 0))
    return found


def opened_sites(doc: Doc, rules: dict) -> list[Candidate]:
    """"Fort Hood", "Ft. Hood", "Mount Elgon": a site's or a feature's head before one to three capitalised words names
    a place, the head inside the span (guidelines: "Fort Hood", "Ft. Hood"); not where an organisation's or a
    document's head follows ("Camp David Accords", "Lake Chad Basin Commission")."""
    found, words = [], doc_words(doc)
    stops = rules["org_heads"] | rules["law_and_document_heads"]
    for opener in tokens_where(doc, lambda word: word in rules["place_name_openers"] or word in ABBREVIATED_OPENERS):
        start = opener + (2 if words[opener] in ABBREVIATED_OPENERS else 1)
        if start > opener + 1 and (start > len(doc) or words[opener + 1] != "."):
            continue  # "Ft" without its full stop is no abbreviation
        end, named = start, 0
        while end < len(doc) and named < SITE_NAME_WORDS and _a_name_word(words[end]):
            end, named = end + 1, named + 1
            if end + 1 < len(doc) and words[end] == "-" and not doc[end - 1].whitespace_ and words[end + 1][:1].isupper():
                end += 2  # "Camp Abubakar As-Siddique"
        if end > start and not any(w in stops for w in words[start:end + 1]):  # its words and the one after
            found.append(Candidate(*char_bounds(doc, opener, end), "PLACE", "rule", ORIGIN, TIER_RULE, 0))
    return found


def _a_name_word(word: str) -> bool:
    """A capitalised word of letters that is no acronym: a word of a site's name."""
    return word[:1].isupper() and word.isalpha() and not is_acronym(word)


ABBREVIATED_OPENERS = frozenset({"Ft"})  # "Ft. Hood": the tokenizer splits the full stop off
SITE_NAME_WORDS = 3  # "Camp Melchor Dela Cruz": the longest name read after a site's head

