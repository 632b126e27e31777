"""Names made of capitalised words joined by hyphens ("Crans-Montana", "Trans-Papua", "Freeport-McMoRan"): the
gazetteer or the model finds a known word inside ("Montana", "Papua", "Freeport") and the name is cut at the
hyphen. A compound whose parts are not all names of their own is one name; "Russia-Ukraine" and "Asia-Pacific",
every part a name, join two, and "US-Israeli" and "Sino-US" (a people's combining form) are a name and a demonym."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.core.mention import Mention, overlap_test
from pipeline.tagging.branch_names import a_branch
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.names import looks_like_demonym

COMPOUND = re.compile(r"(?<![\w-])[A-Z][\w’']*(?:-[A-Z][\w’']*)+(?![\w-])")
ORIGIN = "names:hyphenated-whole"


def whole_hyphenated_names(text: str, mentions: list[Mention], kb: KnowledgeBase, country_names: frozenset[str],
                           combining_forms: frozenset[str]) -> list[Mention]:
    """Mentions inside a hyphenated compound replaced by one mention of the whole: typed and linked like the whole
    where the document names it elsewhere, else as its pieces agree."""
    named = sorted((m for m in mentions if m.label != "DATE"), key=lambda m: (m.start, m.end))
    starts = [m.start for m in named]
    runs_across = overlap_test((m.start, m.end) for m in named)
    wholes = {m.text: m for m in named if "-" in m.text}
    drop, added = set(), []
    for match in COMPOUND.finditer(text):
        start, end = match.span()
        end -= 2 if match.group().endswith(("’s", "'s")) else 0  # "Al-Shabaab’s Military Machine": no possessive
        inside = [m for m in named[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]
        if not inside or any(m.start == start and m.end == end for m in inside) or runs_across(start, start) or runs_across(end, end):
            continue
        name = text[start:end]
        parts = name.split("-")
        if a_branch(parts, kb):
            drop.update(id(m) for m in inside)
            added.append(Mention(start, end, "GROUP", name, kb.derived_id(name), None, "rule", ORIGIN))
            continue
        if all(kb.lookup(part) is not None for part in parts) or any(
                looks_like_demonym(part, country_names) or part in combining_forms for part in parts):
            continue
        whole = wholes.get(name)
        labels = {m.label for m in inside}
        if whole is None and len(labels) != 1:
            continue
        label = whole.label if whole else labels.pop()
        entity_id = whole.entity_id if whole else kb.derived_id(name)
        drop.update(id(m) for m in inside)
        added.append(Mention(start, end, label, name, entity_id, None, "rule", ORIGIN))
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + added, key=lambda m: (m.start, m.end))

