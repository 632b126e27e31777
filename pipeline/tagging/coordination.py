"""Reading coordinated words of a parse as the parser hangs them: every later item on the first."""

from __future__ import annotations

from spacy.tokens import Token


def first_conjunct(token: Token) -> Token:
    """The first item of the coordination a word stands in ("the Mai-Mai" in "the Nyatura and the Mai-Mai"; "the SAF"
    in "between the SAF and the RSF"), the word itself where it stands in none."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token
