"""Names that open with a Spanish, Portuguese or French plural article ("Los Choneros", "Los Lobos", "Os Gémeos",
"Les Républicains"): the name of a gang, a party, a movement or a band, whose plural the model reads as a place or
a person; no person's name opens with a plural article, so the model's person is such a body in any sentence. Where the document
says what such a name is, in one of its sentences beside a noun of an organisation's kind ("gangs, among them Los
Choneros"; "Los Choneros takes its name ... where the gang emerged"), every use of the name is that body; a town
the knowledge base or the gazetteer knows ("Los Angeles", "Las Cruces") stays a place."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase

SENTENCE = re.compile(r"[^.!?\n]+")


def bodies_named_with_a_plural_article(text: str, mentions: list[Mention], kb: KnowledgeBase, articles: frozenset[str],
                                       kind_nouns: frozenset[str]) -> list[Mention]:
    """Each unknown name opening with a plural article that a sentence names beside an organisation's kind noun, or
    beside such a body ("Los Tiguerones ... and Los Chone Killers ... are its allies"), as a GROUP under one id."""
    names = {m.text for m in mentions if m.label != "DATE" and m.text.split(" ", 1)[0] in articles and " " in m.text
             and m.text.split(" ", 1)[1][:1].isupper() and kb.lookup(m.text) is None and not (m.origin or "").startswith("gazetteer")}
    sentences = [s.group() for s in SENTENCE.finditer(text) if any(name in s.group() for name in names)]
    named = [{name for name in names if name in sentence} for sentence in sentences]  # each sentence's names, taken once
    shown = set().union(*(held for sentence, held in zip(sentences, named)
                          if kind_nouns & {w.removesuffix("s") for w in re.findall(r"\b[a-z]+\b", sentence)}))
    shown |= set().union(*(held for held in named if len(held & shown) > 1 or held & shown and held - shown))
    shown |= {m.text for m in mentions if m.text in names and m.label == "ACTOR" and m.source == "model"}
    return [replace(m, label="GROUP", entity_id=kb.derived_id(m.text)) if m.text in shown else m for m in mentions]
