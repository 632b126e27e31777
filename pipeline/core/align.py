"""Carry mention offsets from one version of a clean text to another, so annotations survive a re-cleaning."""

from __future__ import annotations

import re
from collections import Counter
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


MOVED_LINE = 40  # a shorter line (a heading, a figure label) may repeat by chance; a longer one is a moved passage
CONTEXT = 30  # characters each side (cut to whole words) that must stand around a mention found again by its context
MIN_CONTEXT = 12  # fewer characters of context than this could match by chance


def align(source: str, target: str) -> Alignment:
    """Paragraph-level diff first, then characters within changed paragraphs: fast, and repeats stay in place.
    A paragraph that a new cleaning moved whole (a note placed elsewhere, a box taken out of the flow) is found at
    its new place, where a diff would read it as deleted here and inserted there."""
    starts = list(range(len(source) + 1))
    ends = list(range(len(source) + 1))
    changed = [0, 0]
    if source != target:
        lines = list(_opcodes(source.splitlines(keepends=True), target.splitlines(keepends=True)))
        moved = _moved_lines(source, target, [op[1:] for op in lines if op[0] != "equal"])
        masked_source = _masked(source, [(i1, i2) for i1, i2, _, _ in moved], "\x00")
        masked_target = _masked(target, [(j1, j2) for _, _, j1, j2 in moved], "\x01")
        for tag, i1, i2, j1, j2 in lines:
            if tag == "equal":
                _map_equal(starts, ends, i1, i2, j1)
            else:
                _map_characters(starts, ends, i1, i2, j1, j2, masked_source, masked_target, changed)
        for i1, i2, j1, j2 in moved:
            changed[0] -= i2 - i1
            changed[1] -= j2 - j1
            _map_characters(starts, ends, i1, i2, j1, j2, source, target, changed)
    return Alignment(tuple(starts), tuple(ends), changed[0], changed[1])


def _map_characters(starts, ends, i1: int, i2: int, j1: int, j2: int, source: str, target: str, changed: list[int]) -> None:
    for tag, a1, a2, b1, b2 in SequenceMatcher(None, source[i1:i2], target[j1:j2], autojunk=False).get_opcodes():
        if tag == "equal":
            _map_equal(starts, ends, i1 + a1, i1 + a2, j1 + b1)
        else:
            _map_changed(starts, ends, i1 + a1, i1 + a2, j1 + b1, j1 + b2, changed)


def _moved_lines(source: str, target: str, unmatched: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """(source start, end, target start, end) of each line of the stretches a line diff left `unmatched` that is
    found once in them on each side: the same paragraph at another place. (A paragraph broken otherwise is left to
    the diff.)"""
    in_source = _long_lines(source, [(i1, i2) for i1, i2, _, _ in unmatched])
    in_target = _long_lines(target, [(j1, j2) for _, _, j1, j2 in unmatched])
    source_counts = Counter(line for _, line in in_source)
    target_counts = Counter(line for _, line in in_target)
    target_at = {line: at for at, line in in_target}
    return [
        (at, at + len(line), target_at[line], target_at[line] + len(line))
        for at, line in in_source
        if source_counts[line] == 1 and target_counts[line] == 1
    ]


def _long_lines(text: str, stretches: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, line) of the lines longer than MOVED_LINE in the given stretches of whole lines."""
    found = []
    for start, end in stretches:
        for line in text[start:end].splitlines(keepends=True):
            if len(line) > MOVED_LINE:
                found.append((start, line))
            start += len(line)
    return found


def _masked(text: str, spans: list[tuple[int, int]], mask: str) -> str:
    """The text with the given spans blanked out (a different character on each side, so they match nothing)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = mask * (end - start)
    return "".join(chars)


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


def map_mentions(mentions: list[Mention], alignment: Alignment, target: str, source: str | None = None) -> tuple[list[Mention], list[Mention]]:
    """Mentions moved onto the target text, and those whose text no longer exists there. Given the source text, a
    mention the diff could not place (a paragraph a newer cleaning broke, joined or moved in pieces) is looked for by
    its words and the words around it, whitespace aside: where they stand once in the target, at a place no other
    mention holds, it is there."""
    moved, lost = [], []
    for m in mentions:
        start, end = alignment.starts[m.start], alignment.ends[m.end]
        if start < end:
            moved.append(replace(m, start=start, end=end, text=target[start:end]))
        else:
            lost.append(m)
    if source is None or not lost:
        return moved, lost
    flat_target, positions = _flattened(target)
    taken = [(m.start, m.end) for m in moved]
    still_lost = []
    for m in lost:
        span = _by_context(m, source, flat_target, positions)
        if span is None or any(s < span[1] and span[0] < e for s, e in taken):
            still_lost.append(m)
            continue
        moved.append(replace(m, start=span[0], end=span[1], text=target[span[0]:span[1]]))
        taken.append(span)
    return sorted(moved, key=lambda m: (m.start, m.end)), still_lost


def _flattened(text: str) -> tuple[str, list[int]]:
    """The text with every run of whitespace made one space, and the offset in the text of each character kept."""
    chars, positions = [], []
    for match in re.finditer(r"\s+|\S+", text):
        if match.group()[0].isspace():
            chars.append(" ")
            positions.append(match.start())
        else:
            chars.append(match.group())
            positions.extend(range(match.start(), match.end()))
    return "".join(chars), positions


def _by_context(m: Mention, source: str, flat_target: str, positions: list[int]) -> tuple[int, int] | None:
    """The target span of a mention found once, with its context, in the flattened target."""
    left = _flattened(source[max(0, m.start - CONTEXT):m.start])[0]
    right = _flattened(source[m.end:m.end + CONTEXT])[0]
    left = left[left.find(" ") + 1:] if m.start > CONTEXT and " " in left else left  # whole words only
    right = right[:right.rfind(" ")] if m.end + CONTEXT < len(source) and " " in right.strip() else right
    if len((left + right).replace(" ", "")) < MIN_CONTEXT:
        return None
    surface = _flattened(source[m.start:m.end])[0]
    needle = left + surface + right
    at = flat_target.find(needle)
    if at < 0 or flat_target.find(needle, at + 1) >= 0:
        return None
    start = at + len(left)
    return positions[start], positions[start + len(surface) - 1] + 1
