"""The date of a relation: the DATE of its sentence nearest the pair, else the paragraph's last earlier one,
else (in a footnote) the date where the footnote is cited."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.attrs import (
    IDX,
)
from spacy.tokens import Doc

from pipeline.core.annotated import AnnotatedDocument
from pipeline.core.mention import Mention


@dataclass(frozen=True)
class DateContext:
    """The normalised date that applies at a place in the text, and where it was found."""

    value: str | None
    scope: str | None



class DateResolver:
    """Date of a place in the text: a DATE of its sentence, else the last before it in the paragraph,
    else (in a footnote) the date where the footnote is cited."""

    def __init__(self, doc: Doc, mentions: dict[int, Mention], document: AnnotatedDocument):
        self.doc = doc
        self.text = document.text
        self.dates = sorted((m.start, m.end, m.value) for m in mentions.values() if m.label == "DATE" and m.value)
        self.date_starts = [d[0] for d in self.dates]
        self.footnotes = document.footnote_refs()
        self.token_starts = doc.to_array(IDX).tolist()
        sentences = list(doc.sents)
        self.sentence_starts = [s.start for s in sentences]
        self.sentence_chars = [(s.start_char, s.end_char) for s in sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """(start, end) character offsets of the sentence of the token starting at or before `offset`."""
        token = max(bisect.bisect_right(self.token_starts, offset) - 1, 0)
        return self.sentence_chars[bisect.bisect_right(self.sentence_starts, token) - 1]

    def dates_within(self, low: int, high: int) -> list[tuple]:
        """The dates lying within [low, high], in order."""
        found = []
        for k in range(bisect.bisect_left(self.date_starts, low), len(self.dates)):
            d = self.dates[k]
            if d[0] > high:
                break
            if d[1] <= high:
                found.append(d)
        return found

    def at(self, start: int, end: int, via_footnote: bool = True) -> DateContext:
        sentence_start, sentence_end = self.sentence_at(start)
        inside = self.dates_within(sentence_start, sentence_end)
        if inside:
            nearest = min(inside, key=lambda d: (max(d[0] - end, start - d[1], 0), d[0]))
            return DateContext(nearest[2], "sentence")
        paragraph_start = self.text.rfind("\n", 0, sentence_start) + 1
        before = self.dates_within(paragraph_start, sentence_start)
        if before:
            return DateContext(before[-1][2], "paragraph")
        for fn_start, fn_end, refs in self.footnotes if via_footnote else ():
            if fn_start <= start < fn_end and refs:
                cited = self.at(refs[0], refs[0], via_footnote=False)
                return DateContext(cited.value, "footnote" if cited.value else None)
        return DateContext(None, None)
