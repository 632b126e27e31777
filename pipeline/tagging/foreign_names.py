"""Names of bodies written in a language that capitalises only a name's first word ("Agence nationale de
renseignements", "Brigade de veille et de défense patriotique", "Assemblée nationale"): the capitalised-run finders
stop after their head, so the name is read from the parse."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.tagging.candidates import TIER_RULE, Candidate
from pipeline.tagging.doc_access import tokens_where

NAME_WORD_POS = ("NOUN", "ADJ", "PROPN", "X")  # the words of such a name: nouns and adjectives, never a verb
LATIN_IN_ENGLISH = ("facto", "jure", "novo", "minimis", "rigueur")  # "the Council de facto controls": English usage


def lowercase_body_names(doc: Doc, rules: dict) -> list[Candidate]:
    """A capitalised head of a body followed by nouns, adjectives and the language's linking words (`foreign_name_links`:
    "de", "la", "pour", "y", "del" …), up to the first English function word, verb or punctuation; only
    where a linking word, or the head or a lower-case word with a letter outside English's alphabet, shows the
    language ("the Brigade commanders" is English, and so is "Gang leader Jimmy Chérizier", whose accent is in a
    name after it), and only with a parse to tell a verb from a noun."""
    if not doc.has_annotation("TAG"):
        return []
    heads, links = rules["org_heads"], rules["foreign_name_links"]
    found = []
    for head in tokens_where(doc, lambda word: word in heads):
        end = head + 1
        while end < len(doc) and not (end + 1 < len(doc) and doc[end + 1].lower_ in LATIN_IN_ENGLISH) and (
                doc[end].lower_ in links and doc[end].text.islower()
                or doc[end].is_alpha and doc[end].pos_ in NAME_WORD_POS and not doc[end].is_stop):
            end += 1
        while end > head + 1 and doc[end - 1].lower_ in links:
            end -= 1  # "de la" before an English word ends no name
        words = doc[head + 1:end]
        telling = (doc[head], *(t for t in words if t.text.islower()))  # not a name after them: "Jimmy Chérizier"
        if len(words) and (any(t.lower_ in links for t in words)
                           or words[0].text.islower() and not all(t.text.isascii() for t in telling)):
            end_char = words[-1].idx + len(words[-1].text)
            found.append(Candidate(doc[head].idx, end_char, "GROUP", "rule", "names:organisation", TIER_RULE))
    return found
