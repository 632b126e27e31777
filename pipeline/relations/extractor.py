"""Entity relations derived from the standoff (.txt + .ann), so corrected annotations give a corrected table.

Parse (`parses`), match (`patterns`), date (`event_dates`), write rows (`rows`): one document at a time."""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from pipeline.core.annotated import AnnotatedDocument
from pipeline.relations.event_dates import DateResolver
from pipeline.relations.fingerprint import fingerprint
from pipeline.relations.parses import SYNTAX_ATTRS, parse_with_mentions, syntax_record
from pipeline.relations.pattern_file import RelationPattern, load_patterns
from pipeline.relations.patterns import (
    build_matcher,
    matched_pairs,
    pattern_matches,
    pattern_triggers,
    related_sentences,
)
from pipeline.relations.rows import mention_rows, relation_rows
from pipeline.tagging.tagger import load_nlp, pipeline_info

log = logging.getLogger(__name__)



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
        self.fingerprint = fingerprint(pipeline_info(self.nlp), self.parsed, self.patterns)

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

