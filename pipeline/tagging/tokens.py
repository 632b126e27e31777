"""Tokenizer additions: citation markers ("Kabila[3]", "June 2004.[5][6]") are tokens of their own, so that neither
a name nor a date takes the marker inside its span or loses the word it is glued to."""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

# "[" before a marker's number (the tokenizer has already cut the last "]" off as a suffix), "]" between two
# markers, and a sentence's full stop before one
CITATION_INFIXES = (r"(?<=[\w.,;:)\]])\[(?=\d{1,3}(?:\]|$))", r"(?<=\d)\](?=\[)", r"(?<=\d)\.(?=\[\d)")


def split_citation_markers(nlp: Language) -> Language:
    """Add the citation-marker splits to the tokenizer's infixes (the language's own infixes are kept)."""
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(CITATION_INFIXES)).finditer
    return nlp
