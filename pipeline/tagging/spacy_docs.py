"""spaCy Docs over stored clean text: paragraphs as sentence starts, and mentions snapped to whole tokens.

spaCy drops a span whose ends fall inside a token, so every consumer that turns standoff mentions into spans
goes through `snap_mentions`, which widens each to whole tokens and logs every snap and every clash.
"""

from __future__ import annotations

import logging

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.tokens import Doc

from pipeline.core.mention import Mention

log = logging.getLogger(__name__)


def mark_paragraphs(doc: Doc) -> Doc:
    """A paragraph (one line of clean text) always starts a sentence: every token after one holding a line break.
    Worked on the token arrays, since a Python loop over every token of every document is slow."""
    orths = doc.to_array(ORTH)
    breaks = [orth for orth in set(orths.tolist()) if "\n" in doc.vocab.strings[orth]]
    starts = doc.to_array(SENT_START)
    starts[1:][numpy.isin(orths[:-1], breaks)] = 1
    return doc.from_array([SENT_START], starts)


def snap_mentions(doc, mentions: list[Mention]) -> list[tuple[Mention, object]]:
    """Each mention with the token span that covers it (alignment 'expand'); snaps and clashes are logged."""
    snapped, taken = [], set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
        if span is None:
            log.warning("%s %d-%d %r: no token span, skipped", m.label, m.start, m.end, m.text)
            continue
        if (span.start_char, span.end_char) != (m.start, m.end):
            log.info("%s %d-%d %r snapped to tokens %d-%d %r", m.label, m.start, m.end, m.text,
                     span.start_char, span.end_char, span.text)
        tokens = set(range(span.start, span.end))
        if tokens & taken:
            log.warning("%s %d-%d %r shares a token with an earlier mention, skipped", m.label, m.start, m.end, m.text)
            continue
        taken |= tokens
        snapped.append((m, span))
    return snapped
