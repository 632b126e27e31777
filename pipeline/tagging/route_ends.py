"""The two ends of a route named by them: "the Aranyaprathet–Poipet gate", "the Attari-Wagah border crossing", "the
Mosul-Dohuk road". A dash between two capitalised names before a noun of a road, a line, a border or a crossing joins
two places, the route's ends; where one end is a place the knowledge base knows, the other, which no list may know
("Poipet"), is a place too, and a name read across the dash ("Attari-Wagah") is cut into its two ends."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.core.mention import Mention
from pipeline.tagging.document_places import any_of
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name
from pipeline.tagging.names import looks_like_demonym

ORIGIN = "names:route-ends"
END = r"[A-Z\u00C0-\u00DE][\w’']+(?: [A-Z\u00C0-\u00DE][\w’']+)?"
# two names joined by a dash or a hyphen, then the route's noun, a lower-case word (as "border") before it
ROUTE = rf"(?<![\w’'-])({END})[–—-]({END})(?![\w’'-])(?=\s+(?:[a-z]+\s+)?(?:{{nouns}})\b)"


def route_ends(text: str, mentions: list[Mention], kb: KnowledgeBase, route_nouns: frozenset[str],
               country_names: frozenset[str], prefixes: frozenset[str]) -> list[Mention]:
    """Both ends of each route named by its ends, as PLACE mentions replacing what was read across them; only where
    one end is a known place and neither is a demonym ("the Sino-Russian border" joins no places), a known body or a
    prefix of one route's name ("the Trans-Papua highway")."""
    found = []
    for match in re.finditer(ROUTE.format(nouns=any_of(route_nouns)), text):
        ends = [_without_a_function_word(match.start(k), match.end(k), match.group(k)) for k in (1, 2)]
        known = [kb.lookup(name) for _, _, name in ends]
        if not any(e is not None and e.label == "PLACE" for e in known) \
                or any(e is not None and e.label != "PLACE" for e in known) \
                or any(looks_like_demonym(name, country_names) or name in prefixes for _, _, name in ends):
            continue
        found += [Mention(start, end, "PLACE", name, link_name(name, kb), None, "rule", ORIGIN) for start, end, name in ends]
    if not found:
        return mentions
    spans = [(m.start, m.end) for m in found]
    kept = [m for m in mentions if not any(m.start < end and start < m.end for start, end in spans)]
    return sorted(kept + found, key=lambda m: (m.start, m.end))


def _without_a_function_word(start: int, end: int, name: str) -> tuple[int, int, str]:
    """An end of two words opened by a capitalised function word is the second alone ("The Kidal-Tessalit axis")."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in STOP_WORDS:
        return start + len(first) + 1, end, rest
    return start, end, name
