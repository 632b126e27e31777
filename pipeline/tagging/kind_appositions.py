"""A body named in apposition after the noun of its kind ("the Indonesian state holding company, MIND ID, with",
"the national police, Polri, including", "the Indonesian military, the TNI, and"): the name between commas is that
body, whatever its shape (an acronym, a word, a name in capitals), which no other rule would take for a name."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name

ORIGIN = "names:kind-apposition"
ROLE_HOLDER = "context:role-apposition"  # the origin of a name its context shows to hold a role (`context_types`)
# a lower-case word, a comma, then up to three capitalised words set off by a comma or a sentence's end
# "of" and a determiner or a word before the kind noun: the noun is an "of" phrase's, not the apposition's head
OF_BEFORE = re.compile(r"\bof\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w-]+\s+)?$")
APPOSITION = re.compile(r"\b([a-z][\w-]*), (the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})(?=(, (?!and |or ))|, |\. |; )")


def bodies_after_their_kind(text: str, mentions: list[Mention], kb: KnowledgeBase, kind_nouns: frozenset[str]) -> list[Mention]:
    """Each name of up to three capitalised words set off by commas right after a lower-case kind noun, as a GROUP,
    where nothing covers it (or the model alone typed it otherwise) and the knowledge base knows it as nothing else;
    "the company, Kenya, and Uganda" (a bare name, then "and": a list) gives none, nor a kind noun after "of" ("the
    head of the mission, X"), nor one that ends a role's phrase whose holder the name is ("a spokesperson for China's
    foreign ministry, Lin Jian")."""
    if not kind_nouns:
        return mentions
    at = {(m.start, m.end): k for k, m in enumerate(mentions)}
    result = list(mentions)
    for match in APPOSITION.finditer(text):
        if match.group(1).rsplit("-", 1)[-1] not in kind_nouns and match.group(1) not in kind_nouns:
            continue
        if OF_BEFORE.search(text, max(0, match.start(1) - 30), match.start(1)):
            continue  # "the head of the mission, Hassan Sheikh Ali,": the apposition is the head's, not the kind's
        start, end = match.span(3)
        name = match.group(3)
        known = kb.lookup(name)
        if (known is not None and known.label != "GROUP") or not (match.group(2) or match.group(4)):
            continue  # "the company, Kenya, and Uganda": a list
        k = at.get((start, end))
        if k is not None and ROLE_HOLDER in (mentions[k].origin or ""):
            continue  # "A spokesperson for China's foreign ministry, Lin Jian, said": the role's holder, not the kind's name
        if k is not None and mentions[k].source == "model":
            result[k] = replace(mentions[k], label="GROUP", origin=f"{mentions[k].origin}+{ORIGIN}")
        elif k is None and not any(m.start < end and start < m.end for m in mentions):
            result.append(Mention(start, end, "GROUP", name, link_name(name, kb), None, "rule", ORIGIN))
    return sorted(result, key=lambda m: (m.start, m.end))
