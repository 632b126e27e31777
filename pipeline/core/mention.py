"""A labelled span of the clean text, the unit every stage after tagging exchanges."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

LABELS = ("ACTOR", "GROUP", "PLACE", "DATE")
SOURCES = ("rule", "model", "human")


@dataclass(frozen=True)
class Mention:
    """Offsets are Unicode code points into the stored clean text, end-exclusive."""

    start: int
    end: int
    label: str
    text: str
    entity_id: str | None = None
    value: str | None = None
    source: str = "rule"
    origin: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_json(self) -> dict:
        """The fields by name in declaration order, as `Mention(**record)` reads them back; a plain copy, because
        dataclasses.asdict deep-copies every value and every mention of a run passes through here."""
        return dict(vars(self))


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether some span of the set overlaps start..end (with start == end, runs across that position): of the spans
    starting before `end`, the farthest reaching passes `start`; a bisection per question, not a scan of the set."""
    ordered = sorted(spans)
    starts, reach = [s for s, _ in ordered], list(accumulate((e for _, e in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end)
        return i > 0 and reach[i - 1] > start

    return overlaps
