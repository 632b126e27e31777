"""Carry mention offsets from one version of a clean text to another, so annotations survive a re-cleaning."""

from __future__ import annotations

from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from pipeline.core.mention import Mention


@dataclass(frozen=True)
class Alignment:
    """Offset maps from a source text onto a target text, and how much the two differ."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    source_changed: int
    target_changed: int

    @property
    def identical(self) -> bool:
        return self.source_changed == 0 and self.target_changed == 0


def align(source: str, target: str) -> Alignment:
    """Paragraph-level diff first, then characters within changed paragraphs: fast, and repeats stay in place."""
    starts = list(range(len(source) + 1))
    ends = list(range(len(source) + 1))
    changed = [0, 0]
    if source != target:
        for tag, i1, i2, j1, j2 in _opcodes(source.splitlines(keepends=True), target.splitlines(keepends=True)):
            if tag == "equal":
                _map_equal(starts, ends, i1, i2, j1)
                continue
            for ctag, a1, a2, b1, b2 in SequenceMatcher(None, source[i1:i2], target[j1:j2], autojunk=False).get_opcodes():
                if ctag == "equal":
                    _map_equal(starts, ends, i1 + a1, i1 + a2, j1 + b1)
                else:
                    _map_changed(starts, ends, i1 + a1, i1 + a2, j1 + b1, j1 + b2, changed)
    return Alignment(tuple(starts), tuple(ends), changed[0], changed[1])


def _opcodes(source_lines: list[str], target_lines: list[str]):
    """Line opcodes with line numbers turned into character offsets."""
    source_at = _line_offsets(source_lines)
    target_at = _line_offsets(target_lines)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, source_lines, target_lines, autojunk=False).get_opcodes():
        yield tag, source_at[i1], source_at[i2], target_at[j1], target_at[j2]


def _line_offsets(lines: list[str]) -> list[int]:
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    return offsets


def _map_equal(starts: list[int], ends: list[int], i1: int, i2: int, j1: int) -> None:
    for k in range(i1, i2 + 1):
        starts[k] = ends[k] = j1 + (k - i1)


def _map_changed(starts: list[int], ends: list[int], i1: int, i2: int, j1: int, j2: int, changed: list[int]) -> None:
    """A changed stretch: starts inside it go to the counterpart's start, ends to its end."""
    changed[0] += i2 - i1
    changed[1] += j2 - j1
    for k in range(i1, i2):
        starts[k] = j1
    for k in range(i1 + 1, i2 + 1):
        ends[k] = j2


def map_mentions(mentions: list[Mention], alignment: Alignment, target: str) -> tuple[list[Mention], list[Mention]]:
    """Mentions moved onto the target text, and those whose text no longer exists there."""
    moved, lost = [], []
    for m in mentions:
        start, end = alignment.starts[m.start], alignment.ends[m.end]
        if start < end:
            moved.append(replace(m, start=start, end=end, text=target[start:end]))
        else:
            lost.append(m)
    return moved, lost
