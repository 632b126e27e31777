"""A labelled span of the clean text, the unit every stage after tagging exchanges."""

from __future__ import annotations

from dataclasses import dataclass

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
