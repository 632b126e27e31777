"""Finding a correction again in a re-cleaned text, by its quote and the text either side, then applying it."""

from __future__ import annotations

from dataclasses import replace

from pipeline.core.align import Alignment, align
from pipeline.core.mention import Mention
from pipeline.corrections.diff import overlaps
from pipeline.corrections.model import (
    CONTEXT_SLACK,
    Correction,
    Unanchored,
    text_digest,
)


def _context_score(text: str, start: int, end: int, left: str, right: str) -> int:
    """How many context characters agree around [start, end): common suffix on the left plus prefix on the right."""
    score = 0
    for a, b in zip(reversed(left), reversed(text[max(0, start - len(left)):start])):
        if a != b:
            break
        score += 1
    for a, b in zip(right, text[end:end + len(right)]):
        if a != b:
            break
        score += 1
    return score



def _candidates(text: str, quote: str) -> list[tuple[int, int]]:
    found, at = [], text.find(quote)
    while at >= 0:
        found.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return found



def _loose_candidates(text: str, quote: str) -> list[tuple[int, int]]:
    """Places where the quote appears once all but letters and digits are ignored (a line-break hyphen repaired)."""
    keep = [i for i, c in enumerate(text) if c.isalnum()]
    squeezed = "".join(text[i] for i in keep)
    target = "".join(c for c in quote if c.isalnum())
    if not target:
        return []
    return [(keep[s], keep[e - 1] + 1) for s, e in _candidates(squeezed, target)]



def _moved(m: Mention | None, old_start: int, new_start: int, alignment: Alignment, text: str) -> Mention | None:
    if m is None:
        return None
    start = new_start + alignment.starts[m.start - old_start]
    end = new_start + alignment.ends[m.end - old_start]
    return replace(m, start=start, end=end, text=text[start:end])



def anchor_correction(correction: Correction, text: str, digest: str) -> Correction:
    """The correction moved onto `text`: as is on the same text, else at the nearest place with about the best context.

    Briefs repeat passages (pull-quotes), and a repaired hyphen may spoil the context of the right copy a little,
    so context scores within CONTEXT_SLACK of the best count as equal and nearness to the old offset decides.
    """
    if correction.text_sha256 == digest:
        return correction
    quote = correction.quote
    places = _candidates(text, quote) or _loose_candidates(text, quote)
    if not places:
        raise LookupError(f"text {quote!r} no longer in the document")
    scores = {place: _context_score(text, *place, correction.left, correction.right) for place in places}
    good = max(scores.values()) - CONTEXT_SLACK
    old_start = correction.anchor[0]
    ranked = sorted((abs(place[0] - old_start), place) for place, score in scores.items() if score >= good)
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        raise LookupError(f"text {quote!r} found in {len(places)} places with equally good context")
    start, end = ranked[0][1]
    alignment = align(quote, text[start:end])
    return replace(correction, before=_moved(correction.before, old_start, start, alignment, text),
                   after=_moved(correction.after, old_start, start, alignment, text))



def apply_corrections(text: str, machine: list[Mention], corrections: list[Correction]) -> tuple[list[Mention], list[Unanchored]]:
    """Machine output with every correction applied in order; a before span is removed, an after span replaces overlaps."""
    digest = text_digest(text)
    current = list(machine)
    missed = []
    for line, correction in enumerate(corrections, start=1):
        try:
            placed = anchor_correction(correction, text, digest)
        except LookupError as error:
            missed.append(Unanchored(line, correction, str(error)))
            continue
        if placed.before:
            current = [m for m in current if m.span != placed.before.span]
        if placed.after:
            current = [m for m in current if not overlaps(m, placed.after)] + [placed.after]
    return sorted(current, key=lambda m: (m.start, m.end, m.label)), missed
