"""Named communities the text itself defines: "the Turkish Cypriot community", "the Afro-Colombian communities". A
name of two or more capitalised words before "community" names the people, a GROUP, in every mention, as noun or
adjective, singular or plural (guidelines, ethnic groups versus demonyms), although each word alone is a demonym
no rule annotates."""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from pipeline.core.mention import Mention, overlap_test
from pipeline.tagging.knowledge_base import slugify

ORIGIN = "names:community"
WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
DEFINED = re.compile(rf"\b({WORD}(?: {WORD})+) communit(?:y|ies)\b")


def named_communities(text: str, mentions: list[Mention], never: frozenset[str], openers: frozenset[str]) -> list[Mention]:
    """Each name the text writes before "community"/"communities" (`openers`, a sentence's opening article, left out), none of
    whose words is a name already found (a place's people, "the Tel Aviv community") or a word that is never a
    name ("the Muslim community"), is a GROUP wherever it stands, in the singular or the plural, unless a longer
    mention holds it ("Greek Cypriot National Guard")."""
    found = overlap_test((m.start, m.end) for m in mentions)

    names = set()
    for match in DEFINED.finditer(text):
        words = match.group(1).split(" ")
        start = match.start(1)
        while words and words[0] in openers:
            start += len(words.pop(0)) + 1
        if len(words) < 2 or any(w in never for w in words) or found(start, start + len(" ".join(words))):
            continue
        names.add(" ".join(words))
    if not names:
        return mentions
    added = []
    for name in sorted(names):
        entity = slugify(name if name.endswith("s") else name + "s")
        for match in re.finditer(rf"\b{re.escape(name)}s?\b", text):
            i = bisect_left(added, match.end(), key=lambda m: m.start)  # added mentions never overlap: their ends rise too
            if not (found(match.start(), match.end()) or i > 0 and added[i - 1].end > match.start()):
                insort(added, Mention(match.start(), match.end(), "GROUP", match.group(), entity, None, "rule", ORIGIN), key=lambda m: m.start)
    return sorted(mentions + added, key=lambda m: (m.start, m.end))
