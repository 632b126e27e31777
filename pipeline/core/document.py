"""The clean document every later stage reads: text, structure, provenance and removals."""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class CharBox:
    """Where a stretch of clean text sits in the PDF (points, origin top-left, pages from 1)."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class LineRun:
    """One stretch of clean text copied from one PDF line; `edges` holds end - start + 1 x positions."""

    start: int
    end: int
    page: int
    top: float
    bottom: float
    edges: tuple[float, ...]


@dataclass
class Provenance:
    """Maps clean-text offsets back to page and box; characters the cleaner inserted have none."""

    runs: list[LineRun] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.runs.sort(key=lambda run: run.start)
        self._starts = [run.start for run in self.runs]

    def _run_at(self, offset: int) -> LineRun | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and self.runs[index].start <= offset < self.runs[index].end:
            return self.runs[index]
        return None

    def box_at(self, offset: int) -> CharBox | None:
        """The box of the character at `offset`."""
        run = self._run_at(offset)
        if run is None:
            return None
        i = offset - run.start
        return CharBox(run.page, run.edges[i], run.top, run.edges[i + 1], run.bottom)

    def boxes(self, start: int, end: int) -> list[CharBox]:
        """One box per PDF line that the span [start, end) covers, in text order."""
        result = []
        index = max(bisect.bisect_right(self._starts, start) - 1, 0)
        for run in self.runs[index:]:
            if run.start >= end:
                break
            lo, hi = max(start, run.start), min(end, run.end)
            if lo < hi:
                result.append(
                    CharBox(run.page, run.edges[lo - run.start], run.top, run.edges[hi - run.start], run.bottom)
                )
        return result

    def page_of(self, start: int, end: int) -> int | None:
        """The page where a span begins, or None for text without a PDF behind it."""
        found = self.boxes(start, end)
        return found[0].page if found else None

    def to_json(self) -> list[list]:
        return [[r.start, r.end, r.page, r.top, r.bottom, list(r.edges)] for r in self.runs]

    @classmethod
    def from_json(cls, rows: list[list]) -> Provenance:
        return cls([LineRun(s, e, p, t, b, tuple(x)) for s, e, p, t, b, x in rows])


@dataclass(frozen=True)
class Footnote:
    """A footnote kept once after the body; `refs` are the body offsets its marker was cut from."""

    number: int
    start: int
    end: int
    refs: tuple[int, ...] = ()


@dataclass(frozen=True)
class Removal:
    """A repeated copy (pull-quote, summary box) taken out, logged so nothing goes silently."""

    kind: str
    text: str
    page: int | None
    box: tuple[float, float, float, float] | None
    kept_offset: int | None


@dataclass
class CleanDocument:
    """Clean text (one paragraph per line, body then footnotes) with everything needed to trace it."""

    doc_id: str
    source: str
    text: str
    paragraphs: list[tuple[int, int]]
    footnotes: list[Footnote] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    provenance: Provenance = field(default_factory=Provenance)

    def to_json(self) -> dict:
        return {
            "id": self.doc_id,
            "source": self.source,
            "metadata": self.metadata,
            "paragraphs": [list(p) for p in self.paragraphs],
            "footnotes": [asdict(f) | {"refs": list(f.refs)} for f in self.footnotes],
            "removals": [asdict(r) | {"box": list(r.box) if r.box else None} for r in self.removals],
            "provenance": self.provenance.to_json(),
        }

    @classmethod
    def from_json(cls, record: dict, text: str) -> CleanDocument:
        return cls(
            doc_id=record["id"],
            source=record["source"],
            text=text,
            paragraphs=[tuple(p) for p in record["paragraphs"]],
            footnotes=[Footnote(f["number"], f["start"], f["end"], tuple(f["refs"])) for f in record["footnotes"]],
            removals=[
                Removal(r["kind"], r["text"], r["page"], tuple(r["box"]) if r["box"] else None, r["kept_offset"])
                for r in record["removals"]
            ],
            metadata=record["metadata"],
            provenance=Provenance.from_json(record["provenance"]),
        )
