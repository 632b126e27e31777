"""Cheap reads of a paragraph Doc for the rules: spaCy rebuilds Doc.text from every token on each access, and
building a Python Token per position (doc[i]) dominates rule time, although most tokens start nothing a rule seeks.
What is read is kept in the Doc's user data (plain strings and numbers: no reference back to the Doc), which holds
as long as nothing retokenizes the Doc; no component of the tagging pipeline does."""

from __future__ import annotations

from typing import Callable

from spacy.attrs import IDX
from spacy.tokens import Doc


def _kept(doc: Doc, key: str, read: Callable[[Doc], object]):
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = read(doc)
    return value


def doc_text(doc: Doc) -> str:
    """`doc.text`, read once."""
    return _kept(doc, "briefs_text", lambda d: d.text)


def doc_words(doc: Doc) -> list[str]:
    """The text of each token, read once (iterating a Doc is cheap; indexing it is not)."""
    return _kept(doc, "briefs_words", lambda d: [token.text for token in d])


def tokens_where(doc: Doc, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose text passes `keep`, so that only those become Token objects."""
    return [i for i, word in enumerate(doc_words(doc)) if keep(word)]


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of the tokens start..end-1 (non-empty): `doc[start:end]`'s start_char and end_char, without the Span."""
    starts = _kept(doc, "briefs_token_starts", lambda d: d.to_array(IDX).tolist())
    return starts[start], starts[end - 1] + len(doc_words(doc)[end - 1])
