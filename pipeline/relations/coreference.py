"""Light coreference: "the group", "the movement", "it", "he", "its" → the nearest earlier compatible named ACTOR or
GROUP mention of the same paragraph (models/coreference.json says which words and which kinds of antecedent).

No maintained coreference library works offline with spaCy 3.8 (coreferee needs spaCy < 3.6, the experimental
spaCy coreference model and the transformer resolvers download weights), so the rule is kept small and as data."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pipeline.core.mention import Mention
from pipeline.relations.lexicon import Lexicon
from pipeline.tagging.knowledge_base import KnowledgeBase

PARTY_LABELS = ("ACTOR", "GROUP")
PLURAL_TAGS = ("NNS", "NNPS")


@dataclass(frozen=True)
class Resolved:
    """What an anaphor stands for, and the words that said it."""

    mention: Mention
    via: str


def antecedent_kind(mention: Mention, kb: KnowledgeBase) -> str:
    """GROUP, or for an ACTOR: "state" when the knowledge base knows it as a country or capital, else "person"."""
    if mention.label == "GROUP":
        return "GROUP"
    entity = kb.get(mention.entity_id) if mention.entity_id else None
    entity = entity or kb.lookup(mention.text)
    return "state" if entity is not None and entity.is_state else "person"


class Coreference:
    """Resolves the anaphors of one parsed document against its named mentions."""

    def __init__(self, lexicon: Lexicon, kb: KnowledgeBase, doc: Doc, mentions: dict[int, Mention], text: str):
        self.lexicon = lexicon
        self.doc = doc
        self.text = text
        parties = sorted((m.start, i, m) for i, m in mentions.items() if m.label in PARTY_LABELS)
        self.starts = [start for start, _, _ in parties]
        self.parties = [(m, antecedent_kind(m, kb), plural(doc[i], m, kb)) for _, i, m in parties]
        self.cache: dict[int, Resolved | None] = {}

    def compatible(self, token: Token) -> frozenset[str] | None:
        """The antecedent kinds an anaphoric token accepts; None when the token is not an anaphor."""
        lower = token.lower_
        if token.pos_ == "PRON" and lower in self.lexicon.pronouns:
            if lower == "it" and _pleonastic(token):
                return None
            return self.lexicon.pronouns[lower]
        if token.pos_ != "NOUN" or lower not in self.lexicon.descriptions:
            return None  # the word as written: "the groups" (plural) names no single group
        children = list(token.children)
        if not any(c.dep_ == "det" and c.lower_ in self.lexicon.determiners for c in children):
            return None
        if any(c.dep_ in ("poss", "nummod", "appos") or (c.dep_ == "prep" and c.lower_ == "of")
               for c in children):
            return None
        return self.lexicon.descriptions[lower]

    def resolve(self, token: Token) -> Resolved | None:
        """The named mention an anaphoric token stands for, or None."""
        if token.i in self.cache:
            return self.cache[token.i]
        found = None
        accepted = self.compatible(token)
        if accepted:
            paragraph_start = self.text.rfind("\n", 0, token.idx) + 1
            first = bisect.bisect_left(self.starts, paragraph_start)
            last = bisect.bisect_left(self.starts, token.doc[self.phrase_start(token)].idx)  # not inside the phrase
            singular = token.lower_ in self.lexicon.singular or (token.pos_ == "NOUN" and token.tag_ not in PLURAL_TAGS)
            for mention, kind, plural in reversed(self.parties[first:last]):
                if kind in accepted and not (singular and plural):
                    found = Resolved(mention, self.phrase(token))
                    break
        self.cache[token.i] = found
        return found

    def phrase(self, token: Token) -> str:
        """The anaphor as written: the pronoun, or the description from its determiner ("the Tuareg movement")."""
        return self.doc[self.phrase_start(token):token.i + 1].text

    def phrase_start(self, token: Token) -> int:
        return token.i if token.pos_ == "PRON" else min([token.i, *(c.i for c in token.lefts)])


def plural(token: Token, mention: Mention, kb: KnowledgeBase) -> bool:
    """A plural name: tagged so, or a people named in the plural ("Tuaregs")."""
    entity = (kb.get(mention.entity_id) if mention.entity_id else None) or kb.lookup(mention.text)
    return token.tag_ in PLURAL_TAGS or (
        entity is not None and entity.kind == "ethnic-group" and mention.text.endswith("s"))


def _pleonastic(token: Token) -> bool:
    """'It is out of the question for X to …', 'it seems that …': an 'it' whose clause holds a postponed subject."""
    head = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("ccomp", "xcomp", "advcl", "csubj") and c.i > token.i for c in head.children)
