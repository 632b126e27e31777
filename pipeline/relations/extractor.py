"""Entity relations derived from the standoff (.txt + .ann), so corrected annotations give a corrected table."""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    LEMMA,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.matcher import DependencyMatcher
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.core.annotated import AnnotatedDocument
from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import MODELS_DIR
from pipeline.tagging.spacy_docs import mark_paragraphs, snap_mentions
from pipeline.tagging.tagger import load_nlp, pipeline_info

log = logging.getLogger(__name__)

PATTERNS_FILE = MODELS_DIR / "relations.jsonl"
SYNTAX_COMPONENTS = ("tok2vec", "tagger", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer")
PARTIES, TARGETS = ("ACTOR", "GROUP"), ("ACTOR", "GROUP", "PLACE")
CO_OCCURS = "co_occurs"
SYNTAX_ATTRS = ("DEP", "POS", "TAG", "LEMMA")  # what a reused parse must carry
MATCHED_ATTRS = [LEMMA, POS, TAG, MORPH, DEP, HEAD, ENT_IOB, ENT_TYPE]  # what the patterns can see besides the text
COMPACT_ATTRS = [ORTH, SPACY, *MATCHED_ATTRS]  # what a Doc of some sentences is rebuilt from
ENT_OUTSIDE, ENT_BEGIN = 2, 3  # ENT_IOB's codes for O and B (outside an entity, first token of one)
PARAGRAPH_BATCH = 32  # the tagger's batch size: the same batches give the same parse
TRIGGER_ATTRS = ("LEMMA", "LOWER")  # the word forms a pattern's nodes may demand of a sentence


@dataclass(frozen=True)
class RelationPattern:
    """One DependencyMatcher pattern with nodes named `head`, `tail` and optionally `predicate`."""

    id: str
    kind: str
    example: str
    pattern: list[dict]


@dataclass(frozen=True)
class DateContext:
    """The normalised date that applies at a place in the text, and where it was found."""

    value: str | None
    scope: str | None


def load_patterns(path: Path = PATTERNS_FILE) -> list[RelationPattern]:
    """Patterns in file order; earlier patterns win when two give a pair different kinds."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [RelationPattern(**json.loads(line)) for line in lines if line.strip()]


def syntax_record(parsed: Doc) -> list[tuple]:
    """A paragraph's tokens and parse as plain values, which outlive the tagger's memory zone."""
    return [(t.text, t.whitespace_, t.head.i - t.i, t.dep_, t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in parsed]


def paragraph_spans(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-blank line: the paragraphs the tagger parses one by one."""
    spans, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((offset, line))
        offset += len(line) + 1
    return spans


def parse_paragraphs(nlp, text: str) -> list[tuple[int, list[tuple]]]:
    """(offset, syntax record) of each paragraph, parsed in the tagger's batches so the parse is the tagger's."""
    spans = paragraph_spans(text)
    docs = (nlp.make_doc(paragraph) for _, paragraph in spans)
    for name, component in nlp.pipeline:
        if name in SYNTAX_COMPONENTS:
            docs = component.pipe(docs, batch_size=PARAGRAPH_BATCH)
    return [(offset, syntax_record(doc)) for (offset, _), doc in zip(spans, docs)]


def covers_paragraphs(text: str, parses: list[tuple[int, list[tuple]]]) -> bool:
    """Whether handed-over parses are exactly the paragraphs of `text` (else they cannot stand in for a fresh parse)."""
    return [(offset, "".join(t[0] + t[1] for t in record)) for offset, record in parses] == paragraph_spans(text)


def assembled(vocab, text: str, parses: list[tuple[int, list[tuple]]]) -> Doc:
    """One parsed Doc of the whole text from its paragraphs' parses; each line break hangs on the token before it."""
    words, spaces, heads, deps, pos, tags, lemmas, morphs = ([] for _ in range(8))

    def add(word, space, head, dep, tag_pos, tag, lemma, morph):
        heads.append(len(words) + head)
        words.append(word)
        spaces.append(bool(space))
        deps.append(dep)
        pos.append(tag_pos)
        tags.append(tag)
        lemmas.append(lemma)
        morphs.append(morph)

    position = 0
    for offset, record in [*parses, (len(text), [])]:
        if offset > position:
            gap = text[position:offset]
            add(gap, "", -1 if words else 0, "dep" if words else "ROOT", "SPACE", "_SP", gap, "")
        for token in record:
            add(*token)
        position = offset + sum(len(t[0]) + len(t[1]) for t in record)
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               morphs=morphs)


def syntax_doc(nlp, text: str, parses: list[tuple[int, list[tuple]]] | None = None) -> Doc:
    """The text parsed paragraph by paragraph as the tagger parses it (its own parses reused when they are handed
    over), or tokenised and sentence-split when the pipeline has no parser."""
    if "parser" in nlp.pipe_names:
        if parses is None or not covers_paragraphs(text, parses):
            parses = parse_paragraphs(nlp, text)
        return assembled(nlp.vocab, text, parses)
    doc = mark_paragraphs(nlp.make_doc(text))
    for name, component in nlp.pipeline:
        if name in SYNTAX_COMPONENTS:
            doc = component(doc)
    if "senter" not in nlp.pipe_names:
        doc = Sentencizer()(doc)
    return doc


def parse_with_mentions(nlp, document: AnnotatedDocument,
                        parses: list[tuple[int, list[tuple]]] | None = None) -> tuple[Doc, dict[int, Mention]]:
    """Parse, then make each mention one token (so patterns see names as units); token index → mention."""
    doc = syntax_doc(nlp, document.text, parses)
    snapped = snap_mentions(doc, document.mentions)
    merged_at = merged_positions([(span.start, span.end) for _, span in snapped])
    if "parser" not in nlp.pipe_names:
        doc = merged_unparsed(doc, document.text, [span for _, span in snapped])
    else:
        doc.ents = [span for _, span in snapped]
        with doc.retokenize() as retokenizer:
            for _, span in snapped:
                retokenizer.merge(span)
    return doc, {position: m for position, (m, _) in zip(merged_at, snapped)}


def merged_unparsed(doc: Doc, text: str, spans: list[Span]) -> Doc:
    """An unparsed Doc of `text` with each of these (non-overlapping) spans made one entity token, built afresh:
    the tokens, sentence starts and entities the retokenizer gives (all that co-occurrence rows read), in a
    fraction of its time. A merged token starts a sentence as its first token did."""
    columns = doc.to_array([ORTH, SPACY, SENT_START])
    keep = numpy.ones(len(doc), dtype=bool)
    for span in spans:
        keep[span.start + 1:span.end] = False
    kept = columns[keep]
    words = [doc.vocab.strings[orth] for orth in kept[:, 0].tolist()]
    spaces = kept[:, 1].astype(bool)
    labels = numpy.zeros((len(words), 2), dtype=numpy.uint64)  # ENT_IOB, ENT_TYPE
    labels[:, 0] = ENT_OUTSIDE
    for position, span in zip(merged_positions([(span.start, span.end) for span in spans]), spans):
        words[position] = text[span.start_char:span.end_char]
        spaces[position] = columns[span.end - 1, 1]
        labels[position] = (ENT_BEGIN, span.label)
    merged = Doc(doc.vocab, words=words, spaces=spaces.tolist())
    return merged.from_array([SENT_START, ENT_IOB, ENT_TYPE], numpy.column_stack([kept[:, 2], labels]))


def merged_positions(spans: list[tuple[int, int]]) -> list[int]:
    """The token index each of these non-overlapping (start, end) token spans has once every one is merged."""
    removed, at = 0, {}
    for start, end in sorted(spans):
        at[start] = start - removed
        removed += end - start - 1
    return [at[start] for start, _ in spans]


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


class DateResolver:
    """Date of a place in the text: a DATE of its sentence, else the last before it in the paragraph,
    else (in a footnote) the date where the footnote is cited."""

    def __init__(self, doc: Doc, mentions: dict[int, Mention], document: AnnotatedDocument):
        self.doc = doc
        self.text = document.text
        self.dates = sorted((m.start, m.end, m.value) for m in mentions.values() if m.label == "DATE" and m.value)
        self.date_starts = [d[0] for d in self.dates]
        self.footnotes = document.footnote_refs()
        self.token_starts = doc.to_array(IDX).tolist()
        sentences = list(doc.sents)
        self.sentence_starts = [s.start for s in sentences]
        self.sentence_chars = [(s.start_char, s.end_char) for s in sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """(start, end) character offsets of the sentence of the token starting at or before `offset`."""
        token = max(bisect.bisect_right(self.token_starts, offset) - 1, 0)
        return self.sentence_chars[bisect.bisect_right(self.sentence_starts, token) - 1]

    def dates_within(self, low: int, high: int) -> list[tuple]:
        """The dates lying within [low, high], in order."""
        found = []
        for k in range(bisect.bisect_left(self.date_starts, low), len(self.dates)):
            d = self.dates[k]
            if d[0] > high:
                break
            if d[1] <= high:
                found.append(d)
        return found

    def at(self, start: int, end: int, via_footnote: bool = True) -> DateContext:
        sentence_start, sentence_end = self.sentence_at(start)
        inside = self.dates_within(sentence_start, sentence_end)
        if inside:
            nearest = min(inside, key=lambda d: (max(d[0] - end, start - d[1], 0), d[0]))
            return DateContext(nearest[2], "sentence")
        paragraph_start = self.text.rfind("\n", 0, sentence_start) + 1
        before = self.dates_within(paragraph_start, sentence_start)
        if before:
            return DateContext(before[-1][2], "paragraph")
        for fn_start, fn_end, refs in self.footnotes if via_footnote else ():
            if fn_start <= start < fn_end and refs:
                cited = self.at(refs[0], refs[0], via_footnote=False)
                return DateContext(cited.value, "footnote" if cited.value else None)
        return DateContext(None, None)


def relation_rows(doc: Doc, mentions: dict[int, Mention], document: AnnotatedDocument, dates: DateResolver,
                  found: dict, parsed: bool, sentences=None) -> list[dict]:
    """One row per related pair of mentions in each sentence (`sentences`: those that may hold one, when known) of
    `doc`, the parse of `document`."""
    rows = []
    for sentence in doc.sents if sentences is None else sentences:
        here = [(doc[i], mentions[i]) for i in range(sentence.start, sentence.end) if i in mentions]
        parties = [(t, m) for t, m in here if m.label in TARGETS]
        evidence = None
        for x, (a, ma) in enumerate(parties):
            for b, mb in parties[x + 1:]:
                pair = oriented(a, ma, b, mb, found, parsed)
                if pair is not None:
                    evidence = evidence or sentence_evidence(document.text, sentence)
                    rows.append(row(document.doc_id, evidence, pair, here, dates, parsed))
    return rows


def sentence_evidence(text: str, sentence) -> tuple[int, str]:
    """(offset, text) of the sentence without its surrounding whitespace, sliced from the text its Doc was built
    from: what Span.text gives, without joining the sentence's tokens one by one."""
    quoted = text[sentence.start_char:sentence.end_char]
    evidence = quoted.strip()
    return sentence.start_char + len(quoted) - len(quoted.lstrip()), evidence


def oriented(a, ma, b, mb, found: dict, parsed: bool):
    """(head, head mention, tail, tail mention, pattern, predicate) for a pair that may relate, else None."""
    if ma.label not in PARTIES and mb.label not in PARTIES:
        return None
    if ma.entity_id and ma.entity_id == mb.entity_id:
        return None
    directions = [(found[(h.i, t.i)], h, mh, t, mt) for h, mh, t, mt in ((a, ma, b, mb), (b, mb, a, ma))
                  if (h.i, t.i) in found and mh.label in PARTIES]
    if directions:
        (_, pattern, predicate), head, mh, tail, mt = min(directions, key=lambda d: d[0][0])
        return head, mh, tail, mt, pattern, predicate or path_predicate(head, tail)
    if ma.label not in PARTIES:
        a, ma, b, mb = b, mb, a, ma
    return a, ma, b, mb, None, path_predicate(a, b) if parsed else None


def row(doc_id, sentence_evidence: tuple[int, str], pair, here, dates: DateResolver, parsed: bool) -> dict:
    """A table row: both mentions, the kind and predicate, the date and place in force, the evidence sentence."""
    head, mh, tail, mt, pattern, predicate = pair
    date = dates.at(min(mh.start, mt.start), max(mh.end, mt.end))
    place = next((m for t, m in here if m.label == "PLACE" and m is not mh and m is not mt), None)
    start, evidence = sentence_evidence
    return {
        "document": doc_id,
        "sentence_start": start,
        "sentence_end": start + len(evidence),
        "head_id": mh.entity_id, "head_text": mh.text, "head_label": mh.label,
        "head_start": mh.start, "head_end": mh.end,
        "tail_id": mt.entity_id, "tail_text": mt.text, "tail_label": mt.label,
        "tail_start": mt.start, "tail_end": mt.end,
        "predicate": predicate.lemma_ if predicate is not None else None,
        "kind": pattern.kind if pattern else CO_OCCURS,
        "pattern": pattern.id if pattern else None,
        "parsed": parsed,
        "date": date.value, "date_scope": date.scope,
        "place_id": place.entity_id if place else None, "place_text": place.text if place else None,
        "evidence": evidence,
    }


def mention_rows(mentions: dict[int, Mention], doc_id: str, dates: DateResolver) -> list[dict]:
    """Every ACTOR/GROUP/PLACE mention with the date in force where it occurs, for the entity table."""
    return [
        {"document": doc_id, "entity_id": m.entity_id, "label": m.label, "text": m.text,
         "start": m.start, "date": dates.at(m.start, m.end).value}
        for _, m in sorted(mentions.items()) if m.label in TARGETS
    ]


class RelationExtractor:
    """Parses each document once and returns its relation rows and dated mentions."""

    def __init__(self, nlp=None, patterns: list[RelationPattern] | None = None):
        self.nlp = nlp if nlp is not None else load_nlp()  # the tagging pipeline: same tokenizer and parser
        self.patterns = patterns if patterns is not None else load_patterns()
        self.parsed = "parser" in self.nlp.pipe_names
        self.matchers = {p.id: build_matcher(self.nlp, [p]) for p in self.patterns} if self.parsed else {}
        self.triggers = [pattern_triggers(pattern) for pattern in self.patterns]
        if not self.parsed:
            log.warning("no dependency parser in the pipeline: relation rows are co-occurrences only")
        info = pipeline_info(self.nlp)
        identity = [info["version"], info["model"], self.parsed, [asdict(p) for p in self.patterns]]
        self.fingerprint = hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:16]

    def collector(self, parses: list):
        """An `on_parsed` hook for the tagger that keeps each fully parsed paragraph in `parses`; None when unparsed."""
        if not self.parsed:
            return None

        def keep(offset: int, parsed: Doc) -> None:
            if all(parsed.has_annotation(attr) for attr in SYNTAX_ATTRS):
                parses.append((offset, syntax_record(parsed)))

        return keep

    def extract(self, document: AnnotatedDocument,
                parses: list[tuple[int, list[tuple]]] | None = None) -> tuple[list[dict], list[dict]]:
        """(relation rows, dated mentions) of one document, reusing the tagger's paragraph parses when given."""
        doc, mentions = parse_with_mentions(self.nlp, document, parses)
        sentences = related_sentences(doc, mentions)
        found = {}
        if self.parsed:
            matches = pattern_matches(doc, sentences, self.patterns, self.matchers, self.triggers)
            found = matched_pairs(doc, matches, self.patterns)
        dates = DateResolver(doc, mentions, document)
        return (relation_rows(doc, mentions, document, dates, found, self.parsed, sentences),
                mention_rows(mentions, document.doc_id, dates))
