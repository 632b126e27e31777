"""A name cut short in one place though the document writes it in full elsewhere: a person's name cut to its
surname ("Egianus Kogoya said ..." read as "Kogoya"), a body's cut before its remit ("Director of the Odesa Centre for
Maritime Studies" read as "Odesa Centre"). Where the words right before a person's mention, or right after a body's,
complete a full name the document gives elsewhere, the mention is that full name, linked as it is there. A person's
name with a middle initial ("Donald J. Trump") is the person the document also names without it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.linker import particle_ends

MIDDLE_INITIALS = re.compile(r"^(\S+)\s+(?:[A-Z]\.\s+)+(\S+(?:\s\S+)?)$")


def names_completed_as_elsewhere(text: str, mentions: list[Mention],
                                 particles: frozenset[str] = frozenset()) -> list[Mention]:
    """Each person's mention whose preceding words, with it, spell another person's mention, widened to it where no
    other mention ends in those words; or spell the end of that name from a lower-case particle on ("Ursula von der
    Leyen", then "later, von der Leyen proposed": the surname keeps its particles)."""
    return _completed_as_elsewhere(text, mentions, "ACTOR", before=True, particles=particles)


def bodies_completed_as_elsewhere(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each body's mention whose following words, with it, spell another body's mention, widened to it where no
    other mention starts in those words ("UN" before "Country Teams" is no "UN Country Team")."""
    return _completed_as_elsewhere(text, mentions, "GROUP", before=False)


def _completed_as_elsewhere(text: str, mentions: list[Mention], label: str, before: bool,
                            particles: frozenset[str] = frozenset()) -> list[Mention]:
    """Each `label` mention widened to the longest other `label` mention its neighbouring words (`before` it or
    after it) spell with it, or to the end of one from a lower-case name particle on, where no other mention's edge
    falls inside those words."""
    longer: dict[str, list[tuple[str, str | None]]] = {}
    for m in mentions:
        words = m.text.split(" ") if m.label == label else []
        for k in range(1, len(words)):
            longer.setdefault(" ".join(words[k:] if before else words[:k]), []).append((m.text, m.entity_id))
            if before:
                longer[" ".join(words[k:])] += [(" ".join(words[j:]), m.entity_id) for j in particle_ends(words, particles) if j < k]
    edges = sorted(m.end if before else m.start for m in mentions)
    result = []
    for m in mentions:
        full, entity_id = max(((n, e) for n, e in longer.get(m.text, ()) if m.label == label and _spelled(text, m, n, before)),
                              key=lambda found: len(found[0]), default=(None, None))
        extra = len(full) - len(m.text) if full is not None else 0
        if full is None or _edge_within(edges, m, extra, before):
            result.append(m)
        elif before:
            result.append(replace(m, start=m.start - extra, text=full, entity_id=entity_id))
        else:
            result.append(replace(m, end=m.end + extra, text=full, entity_id=entity_id))
    return result


def _spelled(text: str, m: Mention, full: str, before: bool) -> bool:
    """Whether the words before `m` (or after it, up to a word's end) spell `full` with it."""
    extra = len(full) - len(m.text)
    if before:
        return m.start >= extra and text[m.start - extra:m.start] == full[:extra]
    return text.startswith(full, m.start) and not text[m.start + len(full):m.start + len(full) + 1].isalnum()


def _edge_within(edges: list[int], m: Mention, extra: int, before: bool) -> bool:
    """Whether another mention ends within the `extra` characters before `m` (`before`), or starts within those after it."""
    if before:
        i = bisect_right(edges, m.start - extra)
        return i < len(edges) and edges[i] <= m.start
    i = bisect_left(edges, m.end)
    return i < len(edges) and edges[i] < m.end + extra


def names_without_middle_initials(mentions: list[Mention]) -> list[Mention]:
    """"President Donald J. Trump's Comprehensive Plan" in a source list after "Donald Trump" in the text: a
    person's name with a middle initial is the person the document also names without it. Without that plain
    form the initial stays, telling apart "George W. Bush" and "George H. W. Bush"."""
    plain = {m.text: m.entity_id for m in mentions if m.label == "ACTOR" and m.entity_id}
    result = []
    for m in mentions:
        match = MIDDLE_INITIALS.match(m.text) if m.label == "ACTOR" else None
        bare = f"{match.group(1)} {match.group(2)}" if match else None
        result.append(replace(m, entity_id=plain[bare]) if bare in plain else m)
    return result
