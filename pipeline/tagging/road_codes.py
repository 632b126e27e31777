"""Roads named by their code ("RN1", "N2", "A1", "I-95"): a code is a PLACE only where a road word introduces it
or the list it stands in ("the main national roads (RN1, RN2, and RN3)", "roadblocks on RN2"); elsewhere codes
are identifiers (livelihood zones "HT01", models "A320", series "Basel III")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.tagging.candidates import TIER_RULE, Candidate
from pipeline.tagging.doc_access import doc_text

ORIGIN = "roads:code"
CODE = r"[A-Z]{1,3}-?\d{1,3}(?![\w-])"


@lru_cache(maxsize=4)
def _pattern(road_nouns: frozenset[str]) -> re.Pattern:
    """A road word, at most two words (or an opening bracket) before a list of codes."""
    words = "|".join(sorted(road_nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b(?:\s+[a-z]+){{0,2}}?\s*\(?\s*({CODE}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+){CODE})*)")


def road_codes(doc: Doc, rules: dict) -> list[Candidate]:
    """Each code of a list a road word introduces."""
    text = doc_text(doc)
    found = []
    for match in _pattern(rules["road_nouns"]).finditer(text):
        for code in re.finditer(CODE, match.group(1)):
            start = match.start(1) + code.start()
            found.append(Candidate(start, start + len(code.group()), "PLACE", "rule", ORIGIN, TIER_RULE, 3, None, None, "road"))
    return found
