"""Administrative units named by a compass word: "the South and Grand'Anse departments", "Lascahobas (Centre)",
"across Grand'Anse, South, Nippes, South-East and West". A bare compass word is no place (guidelines: "the North"),
so such a word is proposed untyped and becomes a PLACE only where its context shows a unit (a place noun after it,
a locative preposition before it, a list of places, a gloss in brackets); once shown, it names that unit wherever
the document uses it alone ("in the South").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.core.mention import Mention
from pipeline.tagging.candidates import TIER_WEAK, Candidate
from pipeline.tagging.context_types import UNTYPED
from pipeline.tagging.doc_access import doc_text
from pipeline.tagging.gazetteer import inside_longer_name
from pipeline.tagging.linker import free

COMPASS_KIND = "compass"
ORIGIN = "names:compass"
CAPITALISED_WORD_BEFORE = re.compile(r"(^|.)\s*\b[A-Z][\w’']*[ \t]+$")
CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+[A-Z]")


@lru_cache(maxsize=4)
def compass_pattern(words: frozenset[str]) -> re.Pattern:
    """The compass names as whole words, longest first ("South-East" before "South"), never inside a hyphenated
    word ("North-South relations")."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def compass_candidates(doc: Doc, rules: dict) -> list[Candidate]:
    """Each compass name standing alone (not inside a longer name: "South Sudan", "Global South"), untyped."""
    found = []
    for match in compass_pattern(rules["compass_names"]).finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or inside_longer_name(doc, span.start, span.end, rules["place_name_heads"]) \
                or elided_before(doc, span.end, rules["compass_names"]):
            continue
        found.append(Candidate(match.start(), match.end(), UNTYPED, "rule", ORIGIN, TIER_WEAK, 0, kind=COMPASS_KIND))
    return found


def elided_before(doc: Doc, conjunction: int, words: frozenset[str]) -> bool:
    """The compass word before token `conjunction` is the first of two parts sharing one name ("North" in "North and
    South Waziristan", "East and West Darfur"): no name of its own, only the complete last one is (annotation
    scheme)."""
    k = conjunction
    return k + 2 < len(doc) and doc[k].lower_ in ("and", "or", "&") and doc[k + 1].text in words \
        and doc[k + 2].text[:1].isupper() and not doc[k + 2].is_sent_start


def add_unit_names(text: str, mentions: list[Mention], words: frozenset[str]) -> list[Mention]:
    """A compass name the document has shown to be a unit's (a PLACE found by `compass_candidates`) is that unit
    wherever it stands alone in the document, linked like it."""
    units = {m.text: m for m in mentions if m.label == "PLACE" and (m.origin or "").startswith(ORIGIN)}
    if not units:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    added = []
    for match in compass_pattern(words).finditer(text):
        unit = units.get(match.group())
        if unit is None or not free(taken, match.start(), match.end()) or _in_a_longer_name(text, match.start(), match.end()):
            continue
        added.append(Mention(match.start(), match.end(), "PLACE", match.group(), unit.entity_id, None, "rule", f"{ORIGIN}+document"))
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _in_a_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised word right before (not opening its sentence) or after: "Global South", "South Africa"."""
    line_start = text.rfind("\n", 0, start) + 1
    before = CAPITALISED_WORD_BEFORE.search(text[max(line_start, start - 40):start])
    opens_a_sentence = before is not None and before.group(1) in ("", ".", "!", "?", ":", ";")
    return (before is not None and not opens_a_sentence) or CAPITALISED_WORD_AFTER.match(text, end) is not None
