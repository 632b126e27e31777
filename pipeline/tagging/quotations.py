"""Where a name stands inside a quotation that is a title: the words of a cited work, not a mention."""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.tagging.doc_access import doc_text

OPENING_QUOTES = ("“", '"', "‘", "«")
CLOSING_QUOTES = ("”", '"', "’", "»")
REACH = 60  # tokens a quotation is looked for on either side of a name
TITLE_CASE_SHARE = 0.7  # of the quotation's words of four letters or more, at least this many capitalised
TITLE_WORDS = 4  # and at least this many words
CITED_YEAR = re.compile(r"[^\n]{0,80}?\b(?:1[89]|20)\d\d\b")  # a reference's year after the title, on its line


def opens_a_quoted_title(span: Span) -> bool:
    """“Do Working Men Rebel? Employment and Insurgency …”: a name guessed at the start of a quotation that goes
    on after it is the opening of a title, not a name (a quoted name, “Yussef ben Tachfin”, fills its quotes)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in OPENING_QUOTES:
        return False
    closing = _closing(span)
    return closing is not None and closing > span.end


def in_a_cited_title(span: Span) -> bool:
    """«Rido: Clan Feuding and Conflict Management in Mindanao», Makati City, 2007: a name inside a quotation in
    title case that a reference's year follows is words of a cited title. Quoted speech and slogans are not followed
    by a year ("Down with the Military Council"), nor is a name the text puts in quotes ("called “Viv Ansanm.”"), so
    the names they hold stay."""
    doc = span.doc
    opening = next((i for i in range(span.start - 1, max(-1, span.start - REACH), -1)
                    if doc[i].text in OPENING_QUOTES + CLOSING_QUOTES or "\n" in doc[i].text), None)
    closing = _closing(span)
    if opening is None or doc[opening].text not in OPENING_QUOTES or closing is None:
        return False
    words = [t.text for t in doc[opening + 1:closing] if t.is_alpha and len(t.text) >= 4]
    return len(words) >= TITLE_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words) \
        and CITED_YEAR.match(doc_text(doc), doc[closing].idx + 1) is not None


def _closing(span: Span) -> int | None:
    doc = span.doc
    return next((i for i in range(span.end, min(len(doc), span.end + REACH)) if doc[i].text in CLOSING_QUOTES), None)
