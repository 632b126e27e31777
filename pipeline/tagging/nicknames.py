"""Nicknames in quotes inside a person's name: one person, whose nickname and surname name them alone too."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name

WORD = r"(?!The |A |An )[A-ZÀ-Þ][a-zß-ÿ][\w’'-]*"  # a name's word, not one in capitals ("THE ‘BLIND SPOT’ OF ...")
POSSESSIVE = re.compile(r"[’']s$")  # "the Taliban's 'Peace' Plan": an owner, no given name


def nicknamed(particles: frozenset[str]) -> re.Pattern[str]:
    """A name with a nickname in quotes: "Ismael “El Mayo” Zambada", "Joaquín 'El Chapo' Guzmán", "Abu Mohammed “the
    Engineer” al-Jolani", 'Ronald "Bato" dela Rosa', "Johannes 'Hans' van der Berg": one or two of `particles` may open
    the surname."""
    alternation = "|".join(sorted({p.rstrip("-") for p in particles}, key=lambda p: (-len(p), p)))
    opening = rf"(?:(?:{alternation})[- ]){{0,2}}" if alternation else ""
    return re.compile(rf"(?<![\w’'-])((?:{WORD} ){{0,2}}{WORD}) [“\"‘']([^”\"’'\n]{{2,30}})[”\"’'] ({opening}{WORD}(?: {WORD}){{0,2}})")


def join_nicknames(text: str, mentions: list[Mention], kb: KnowledgeBase, heads: frozenset[str], particles: frozenset[str]) -> list[Mention]:
    """"Ismael “El Mayo” Zambada" is one person (ACTOR), linked as "Ismael Zambada"; the nickname alone ("El Mayo",
    "El Chapo’s sons") names that person wherever the document uses it, whatever type was guessed for it. A run
    holding an organisation's, a place's or a document's head (`heads`: "the “Peace” Committee Hall") is no person's
    name; `particles` (models/names.json) may open the surname."""
    people: dict[str, str] = {}
    added: list[Mention] = []
    for match in nicknamed(particles).finditer(text):
        given, nickname, surname = match.groups()
        words = f"{given} {surname}".replace("-", " ").split()
        if any(w in heads for w in words) or not nickname[:1].isupper() or len(nickname.split()) > 4 or POSSESSIVE.search(given):
            continue
        entity_id = link_name(f"{given} {surname}", kb)
        people[nickname] = entity_id
        added.append(Mention(match.start(), match.end(), "ACTOR", match.group(), entity_id, None, "rule", "names:nickname"))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    result = [replace(m, label="ACTOR", entity_id=people[m.text], origin=f"{m.origin}+nickname")
              if m.text in people and not kb.is_known(m.entity_id) else m for m in kept]
    return sorted(result + added, key=lambda m: (m.start, m.end))
