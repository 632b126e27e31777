"""Footnotes and endnotes, found by where they stand, the type they are set in and how they are numbered.

A page's notes are the runs of lines at the foot of its columns set smaller than the body (below every line
of body type in their column), each run opening with a note label: a number ("12", "12.", "12)"), a raised
number, or a sign (* † ‡ §). A run without a label is a note only when it carries on the last note taken, which stops
mid-sentence, from the top of the notes of the next column or page. Notes set at body size are taken when their numbering says so: the run stands at the foot of its
column, apart from the text above, and its label is the next number of the document's notes, cited by a raised
marker on the page. After a heading "Notes" or "Endnotes", numbered runs at any size are notes too.
Small type that opens with no label (a chart's source line, a caption) stays in the text.
"""

from __future__ import annotations

import re

from pipeline.extract.page_model import Line
from pipeline.extract.text_patterns import FOOTNOTE_LABEL, ends_sentence

NOTE_SIZE = 0.95  # note type is at most this share of the body size
SIGN_LABEL = re.compile(r"^([*†‡§]{1,3})\s*(?=\S)")
NOTES_HEADING = re.compile(r"^\s*(?:end\s*)?notes\s*:?\s*$", re.I)
NUMBER_SPAN = 10  # a note number this far past the last one is more likely a figure than a note label


class NoteFinder:
    """Takes the note lines off each page in turn, keeping the numbering seen so far."""

    def __init__(self, body_size: float):
        self.body_size = body_size
        self.last = 0  # the highest note number taken so far
        self.open = False  # the last note taken stops mid-sentence: it may run on in the next column or page
        self.endnotes = False  # a "Notes" heading was passed: numbered runs are notes whatever their size
        self.cited: set[int] = set()  # numbers of the raised markers met so far

    def take(self, lines: list[Line]) -> tuple[list[Line], list[Line]]:
        """The page's note lines, and any "Notes" heading line they follow (lines in reading order)."""
        for line in lines:
            self.cited.update(raised_numbers(line))
        heading = next((ln for ln in lines if NOTES_HEADING.match(ln.text) and ln.size >= self.body_size), None)
        if heading is not None:
            self.endnotes = True
        after = lines[lines.index(heading) + 1 :] if heading is not None else lines
        if self.endnotes:
            candidates = after
        else:
            big = [ln for ln in lines if ln.size > NOTE_SIZE * self.body_size]
            candidates = [ln for ln in lines if ln.size <= NOTE_SIZE * self.body_size and not _above_any(ln, big)]
            candidates = candidates or self._foot_at_body_size(lines)
        notes: list[Line] = []
        for run in _runs(candidates):
            number = note_number(run[0])
            first_in_column = not any(ln.top < run[0].top and ln.x0 < run[0].x1 and run[0].x0 < ln.x1 for ln in candidates)
            if number is None and not (self.open and first_in_column):
                continue
            if number is not None and number > 0 and not self._plausible(number):
                continue
            for line in run:
                number = note_number(line)
                if number:
                    self.last = number if number == 1 else max(self.last, number)
            notes.extend(run)
            self.open = not ends_sentence(run[-1].text.rstrip())
        return notes, [heading] if heading is not None else []

    def _plausible(self, number: int) -> bool:
        """The next numbers of the document's notes, or 1 again (numbering that restarts on each page); the first
        note is 1, or any number a raised marker cites (a chapter's notes may start at 20)."""
        if self.last == 0:
            return number == 1 or number in self.cited
        return number == 1 or self.last < number <= self.last + NUMBER_SPAN

    def _foot_at_body_size(self, lines: list[Line]) -> list[Line]:
        """The last run of a page at body size, when it stands apart from the text above it, opens with the
        next note number, and that number is cited on the page by a raised marker."""
        runs = _runs(lines)
        if len(runs) < 2:
            return []
        last, before = runs[-1], runs[-2]
        expected = self.last + 1
        apart = last[0].top - before[-1].bottom >= 0.8 * last[0].size
        cited = any(_cites(line, expected) for run in runs[:-1] for line in run)
        return last if apart and note_number(last[0]) == expected and cited else []


def note_number(line: Line) -> int | None:
    """The number a note line opens with (0 for a sign such as "*"), or None when it opens with no label."""
    raised = 0
    while raised < len(line.glyphs) and line.glyphs[raised].raised and line.glyphs[raised].char.isdigit():
        raised += 1
    if raised:
        return int(line.text[:raised])
    label = FOOTNOTE_LABEL.match(line.text)
    if label:
        return int(label.group(1))
    return 0 if SIGN_LABEL.match(line.text) else None


def raised_numbers(line: Line) -> list[int]:
    """The numbers of the raised markers in a line, but for one that opens it (a note's own label)."""
    numbers, digits = [], ""
    for index, glyph in enumerate(line.glyphs + [None]):
        if glyph is not None and glyph.raised and glyph.char.isdigit():
            digits += glyph.char
            continue
        if digits and index > len(digits):
            numbers.append(int(digits))
        digits = ""
    return numbers


def _cites(line: Line, number: int) -> bool:
    """Whether the line carries a raised marker with this number."""
    return number in raised_numbers(line)


def _above_any(line: Line, big: list[Line]) -> bool:
    """Whether a line of body type stands below this line in its column."""
    return any(b.top > line.top and b.x0 < line.x1 and line.x0 < b.x1 for b in big)


def _runs(lines: list[Line]) -> list[list[Line]]:
    """Lines in reading order cut into runs of lines of one size and weight set one right below the other."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs:
            last = runs[-1][-1]
            below = 0 <= line.top - last.bottom <= 0.8 * max(line.size, last.size) or abs(line.top - last.top) < 1
            alike = abs(line.size - last.size) <= 0.5 and line.bold == last.bold
            if below and alike and line.x0 < last.x1 and last.x0 < line.x1:
                runs[-1].append(line)
                continue
        runs.append([line])
    return runs
