"""Relation patterns from models/relations.jsonl matched on the parse, each only in sentences holding its words."""

from __future__ import annotations

import bisect
import re

from spacy.matcher import DependencyMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from pipeline.core.mention import Mention
from pipeline.relations.parses import COMPACT_ATTRS, MATCHED_ATTRS
from pipeline.relations.pattern_file import RelationPattern

PARTIES, TARGETS = ("ACTOR", "GROUP"), ("ACTOR", "GROUP", "PLACE")

TRIGGER_ATTRS = ("LEMMA", "LOWER")  # the word forms a pattern's nodes may demand of a sentence



def build_matcher(nlp, patterns: list[RelationPattern]) -> DependencyMatcher:
    """One matcher for these patterns."""
    matcher = DependencyMatcher(nlp.vocab)
    for pattern in patterns:
        matcher.add(pattern.id, [pattern.pattern])
    return matcher



def related_sentences(doc: Doc, mentions: dict[int, Mention]) -> list:
    """The sentences holding a pair relation_rows may relate (two ACTOR/GROUP/PLACE mentions, one an ACTOR/GROUP):
    the only ones whose matches can be used."""
    positions = sorted(i for i, m in mentions.items() if m.label in TARGETS)
    found = []
    for sentence in doc.sents:
        first = bisect.bisect_left(positions, sentence.start)
        inside = positions[first:bisect.bisect_left(positions, sentence.end, first)]
        if len(inside) >= 2 and any(mentions[i].label in PARTIES for i in inside):
            found.append(sentence)
    return found



def pattern_triggers(pattern: RelationPattern) -> list[tuple[int, frozenset[int] | re.Pattern]]:
    """The words a sentence must hold for the pattern to match there: one (TRIGGER_ATTRS column, allowed string ids
    or regular expression) per plain value, IN list or REGEX of its nodes' lemmas and lower-case forms (nodes with
    an operator demand nothing here)."""
    needs = []
    for node in pattern.pattern:
        attrs = node["RIGHT_ATTRS"]
        for column, attr in enumerate(TRIGGER_ATTRS):
            value = attrs.get(attr)
            if "OP" in attrs or value is None:
                continue
            if isinstance(value, str):
                needs.append((column, frozenset([get_string_id(value)])))
            elif isinstance(value, dict) and list(value) == ["IN"]:
                needs.append((column, frozenset(get_string_id(v) for v in value["IN"])))
            elif isinstance(value, dict) and list(value) == ["REGEX"]:
                needs.append((column, re.compile(value["REGEX"])))
    return needs



def pattern_matches(doc: Doc, sentences, patterns: list[RelationPattern], matchers: dict[str, DependencyMatcher],
                    triggers: list[list[tuple[int, frozenset[int] | re.Pattern]]]) -> list[tuple[int, list[int]]]:
    """Every pattern's matches within these sentences, each pattern matched (by its own matcher) only in those holding
    its words (see pattern_triggers): a match needs a token for every node within one sentence, and matching is by
    far the dearest step, so most sentences are never given to most patterns. A regular expression stands for the
    document's words it finds (with re.search, as the matcher does)."""
    columns = doc.to_array(list(TRIGGER_ATTRS))
    words = [set(columns[:, column].tolist()) for column in range(len(TRIGGER_ATTRS))]
    present = [[set(columns[s.start:s.end, column].tolist()) for column in range(len(TRIGGER_ATTRS))]
               for s in sentences]
    compact_columns = doc.to_array(COMPACT_ATTRS)
    matches = []
    for pattern, needs in zip(patterns, triggers):
        wanted = [(column, allowed if isinstance(allowed, frozenset)
                   else {word for word in words[column] if allowed.search(doc.vocab.strings[word])})
                  for column, allowed in needs]
        chosen = [s for s, held in zip(sentences, present)
                  if all(not allowed.isdisjoint(held[column]) for column, allowed in wanted)]
        matches += sentence_matches(matchers[pattern.id], doc, chosen, compact_columns)
    return matches



def sentence_matches(matcher: DependencyMatcher, doc: Doc, sentences, columns) -> list[tuple[int, list[int]]]:
    """The matcher's matches within these sentences, token indices into `doc`, from one pass over a Doc of just their
    tokens and parse (`columns`: doc.to_array(COMPACT_ATTRS)). Patterns only follow dependency arcs, which stay
    within a sentence, so these are exactly the whole doc's matches that fall in these sentences."""
    positions = [i for sentence in sentences for i in range(sentence.start, sentence.end)]
    if not positions:
        return []
    picked = columns[positions]
    words = [doc.vocab.strings[orth] for orth in picked[:, 0].tolist()]
    compact = Doc(doc.vocab, words=words, spaces=picked[:, 1].astype(bool).tolist())
    compact.from_array(MATCHED_ATTRS, picked[:, 2:])
    return [(match_id, [positions[i] for i in token_ids]) for match_id, token_ids in matcher(compact)]



def matched_pairs(doc: Doc, matches: list[tuple[int, list[int]]], patterns: list[RelationPattern]) -> dict:
    """(head token, tail token) → (pattern rank, pattern, predicate token or None) from the patterns' `matches`;
    the first pattern in file order wins, and a match extends to the entities coordinated with its head or tail
    ("supported by X, Y and Z")."""
    order = {p.id: i for i, p in enumerate(patterns)}
    by_id = {p.id: p for p in patterns}
    direct = []
    for match_id, token_ids in sorted(matches, key=lambda m: (order[doc.vocab.strings[m[0]]], m[1])):
        pattern = by_id[doc.vocab.strings[match_id]]
        nodes = {node["RIGHT_ID"]: doc[i] for node, i in zip(pattern.pattern, token_ids)}
        direct.append((nodes["head"], nodes["tail"], (order[pattern.id], pattern, nodes.get("predicate"))))
    found = {}
    for head, tail, value in direct:
        found.setdefault((head.i, tail.i), value)
    for head, tail, value in direct:
        for h in (head, *head.conjuncts):
            for t in (tail, *tail.conjuncts):
                if h.ent_type_ and t.ent_type_:
                    found.setdefault((h.i, t.i), value)
    return {pair: value for pair, value in found.items() if pair[0] != pair[1]}



def path_predicate(a: Token, b: Token) -> Token | None:
    """The verb on the dependency path between two tokens nearest their common ancestor."""
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return None
    path = [common, *reversed(up_a[1:up_a.index(common)]), *reversed(up_b[1:up_b.index(common)])]
    return next((t for t in path if t.pos_ == "VERB" and t not in (a, b)), None)
