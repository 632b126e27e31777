"""Candidate mentions that rules and the model propose before one non-overlapping set is chosen."""

from __future__ import annotations

from dataclasses import dataclass, replace

# Tiers: explicit in-text definitions beat other rules, which beat weak evidence (big city lists, the model).
TIER_DEFINITION = 2
TIER_RULE = 1
TIER_WEAK = 0


@dataclass(frozen=True)
class Candidate:
    """A proposed mention in paragraph-local character offsets."""

    start: int
    end: int
    label: str
    source: str
    origin: str
    tier: int = TIER_RULE
    priority: int = 0
    entity_id: str | None = None
    value: str | None = None
    kind: str = ""

    def moved(self, start: int, end: int) -> Candidate:
        """This candidate over other characters; itself when they are the same, since most do not move and replace() is slow."""
        return self if (start, end) == (self.start, self.end) else replace(self, start=start, end=end)

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def choose(candidates: list[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping set: higher tier first, then longer, then higher priority, then earlier."""
    ranked = sorted(candidates, key=lambda c: (-c.tier, -(c.end - c.start), -c.priority, c.start, c.label, c.origin))
    kept: list[Candidate] = []
    for candidate in ranked:
        if candidate.end > candidate.start and not any(candidate.overlaps(k) for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, c.end))
