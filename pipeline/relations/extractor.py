"""Entity relations derived from the standoff (.txt + .ann), so corrected annotations give a corrected table.

Parse (`parses`), resolve anaphors (`coreference`), read relations off the parse (`grammar`) and off the words
(`surface`), mark their polarity (`modality`), date and write rows (`event_dates`, `rows`): one document at a time."""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc, Span

from pipeline.core.annotated import AnnotatedDocument
from pipeline.core.mention import Mention
from pipeline.relations.classifier import RelationClassifier, load_classifier, pair_features
from pipeline.relations.coreference import Coreference, antecedent_kind, known
from pipeline.relations.event_dates import DateResolver
from pipeline.relations.fingerprint import fingerprint
from pipeline.relations.grammar import PARTIES, Found, Grammar, name_head
from pipeline.relations.lexicon import Lexicon, load_lexicon
from pipeline.relations.modality import parsed_modality, phrase_cues, window_modality
from pipeline.relations.parses import SYNTAX_ATTRS, parse_with_mentions, syntax_record
from pipeline.relations.rows import (
    TARGETS,
    Party,
    mention_rows,
    path_predicate,
    related_sentences,
    relation_rows,
)
from pipeline.relations.surface import Surface
from pipeline.tagging.datelines import in_a_dateline
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.tagger import load_nlp, pipeline_info

log = logging.getLogger(__name__)

PLACE_RANKS = {"site": 0, "city": 1, "capital": 1, "country": 3, "region": 4, "continent": 5}  # knowledge-base kinds
CLASSIFIED = "classifier"  # the pattern of rows the learned fallback typed


def geography(relation: Found, doc: Doc, named) -> bool:
    """A place said to lie in a place: the two ends PLACE names."""
    return relation.kind == "located_in" and named(doc[relation.head]) == named(doc[relation.tail]) == "PLACE"


class RelationExtractor:
    """Parses each document once and returns its relation rows and dated mentions."""

    def __init__(self, nlp=None, lexicon: Lexicon | None = None, kb: KnowledgeBase | None = None,
                 classifier: RelationClassifier | None | bool = True):
        self.nlp = nlp if nlp is not None else load_nlp()  # the tagging pipeline: same tokenizer and parser
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.kb = kb if kb is not None else KnowledgeBase.load()
        self.parsed = "parser" in self.nlp.pipe_names
        if not self.parsed:
            log.warning("no dependency parser in the pipeline: relations from appositions and nominal patterns only")
        if classifier is True:  # the stored one; False or None: the grammar's rows alone
            classifier = load_classifier()
        self.classifier = classifier if self.parsed and classifier else None
        self.fingerprint = fingerprint(pipeline_info(self.nlp), self.parsed, self.lexicon,
                                       self.classifier.digest if self.classifier else None)

    def collector(self, parses: list):
        """An `on_parsed` hook for the tagger that keeps each fully parsed paragraph in `parses`; None when unparsed."""
        if not self.parsed:
            return None

        def keep(offset: int, parsed: Doc) -> None:
            if all(parsed.has_annotation(attr) for attr in SYNTAX_ATTRS):
                parses.append((offset, syntax_record(parsed)))

        return keep

    def extract(self, document: AnnotatedDocument, parses: list[tuple[int, list[tuple]]] | None = None,
                typer=None) -> tuple[list[dict], list[dict]]:
        """(relation rows, dated mentions) of one document, reusing the tagger's paragraph parses when given.
        `typer(sentence, token, token, mentions)` is asked about each pair the grammar leaves untyped (by default
        the classifier, when there is one); a Found it returns types the pair's row."""
        doc, named = parse_with_mentions(self.nlp, document, parses)
        mentions = {i: m for i, m in named.items() if not (m.label == "PLACE" and in_a_dateline(document.text, m.start))}
        coref = Coreference(self.lexicon, self.kb, doc, mentions, document.text) if self.parsed else None
        sentences = related_sentences(doc, mentions, coref.compatible if coref else None)
        found = {sentence.start: self.relations(doc, sentence, mentions, coref) for sentence in sentences}
        dates = DateResolver(doc, mentions, document)

        def parties(i: int) -> list[Party]:
            if i in mentions:
                m = mentions[i]
                return [Party(m, None, self.acts(m), self.is_person(m))] if m.label in TARGETS else []
            resolved = coref.resolve(doc[i]) if coref else None
            return [Party(m, resolved.via, True, self.is_person(m)) for m in resolved.mentions] if resolved else []

        rows = relation_rows(doc, mentions, document.doc_id, document.text, dates, found, self.parsed, sentences,
                             self.lexicon, parties, typer or (self.classified if self.classifier else None))
        return rows, mention_rows(named, document.doc_id, dates)

    def acts(self, mention: Mention) -> bool:
        """An ACTOR or GROUP, or a PLACE the knowledge base knows as a state: "Bogotá and the ELN signed" names
        two parties whatever label the capital got."""
        if mention.label in PARTIES:
            return True
        entity = self.kb.get(mention.entity_id) if mention.entity_id else None
        return mention.label == "PLACE" and entity is not None and entity.is_state

    def is_person(self, mention: Mention) -> bool:
        return mention.label == "ACTOR" and antecedent_kind(mention, self.kb, self.lexicon) == "person"

    def party_class(self, mention: Mention) -> str:
        """The coarse type the classifier's features see: a state (as coreference knows one), a person (any other
        ACTOR), a GROUP or a PLACE."""
        entity = known(mention, self.kb)
        if entity is not None and entity.is_state:
            return "STATE"
        return "PERSON" if mention.label == "ACTOR" else mention.label

    def pair_features(self, a, b, mentions: dict[int, Mention]) -> list[str]:
        """The classifier's features of two mention tokens, `a` before `b`."""
        return pair_features(a, b, self.party_class(mentions[a.i]), self.party_class(mentions[b.i]), self.word_kinds)

    def word_kinds(self, lemma: str) -> set[str]:
        """The relation kinds the lexicon gives a word, as a verb, an event noun or a role noun."""
        frames = (*self.lexicon.verbs.get(lemma, ()), *self.lexicon.nouns.get(lemma, ()))
        role = self.lexicon.roles.get(lemma)
        return {f.kind for f in frames} | ({role} if role else set())

    def classified(self, sentence: Span, a, b, mentions: dict[int, Mention]) -> Found | None:
        """The learned fallback's relation between two mention tokens the grammar left untyped (`a` before `b`),
        with the polarity of the words around them; None when it is not confident."""
        prediction = self.classifier.predict(self.pair_features(a, b, mentions))
        if prediction is None:
            return None
        head, tail = (a, b) if prediction.forward else (b, a)
        negated, hedged = window_modality(sentence, a.i, b.i, self.lexicon)
        predicate = path_predicate(a, b)
        return Found(head.i, tail.i, prediction.kind, CLASSIFIED, predicate.i if predicate is not None else None,
                     negated, hedged)

    def captivity(self, doc: Doc, relation: Found, mentions: dict[int, Mention], coref) -> str:
        """Detaining people is abduction when a non-state armed group does it, coercion (opposes) when a state or its
        organs do; the knowledge base's kind of the agent tells them apart. Seizing a person, or a body's staff, is
        abduction by any named group but a state's body or a peace operation."""
        lemma = doc[relation.trigger].lemma_.lower()
        captive = mentions.get(relation.tail)
        seized = relation.kind == "attacks" and lemma in self.lexicon.seizing and captive is not None \
            and (self.is_person(captive) or any(c.dep_ == "dobj" and c.lower_ in self.lexicon.people_seized
                                                for c in doc[relation.trigger].children))
        if not seized and (relation.kind != "opposes" or lemma not in self.lexicon.captivity):
            return relation.kind
        agent = mentions.get(relation.head)
        if agent is None and coref is not None:
            resolved = coref.resolve(doc[relation.head])
            agent = resolved.mention if resolved else None
        entity = self.kb.get(agent.entity_id) if agent is not None and agent.entity_id else None
        if seized:
            lawful = entity.is_state or entity.kind in self.lexicon.lawful_kinds if entity is not None else \
                agent is not None and name_head(agent.text, self.lexicon.name_prepositions) in self.lexicon.lawful_heads
            return "kidnaps" if agent is not None and agent.label == "GROUP" and not lawful else relation.kind
        return "kidnaps" if entity is not None and entity.kind in self.lexicon.captor_kinds else relation.kind

    def relations(self, doc: Doc, sentence: Span, mentions: dict[int, Mention], coref) -> list[Found]:
        """The sentence's stated relations with their polarity: from the parse when there is one, then from the
        word sequence."""

        def named(token) -> str | None:
            m = mentions.get(token.i)
            return m.label if m is not None and m.label in TARGETS else None

        def label(token) -> str | None:
            if token.i in mentions:
                return named(token)
            resolved = coref.resolve(token)
            return resolved.mention.label if resolved else None

        found = []
        if self.parsed:
            relations = Grammar(self.lexicon, label).sentence(sentence)
            cues = phrase_cues(sentence, self.lexicon) if relations else (set(), set())
            for relation in relations:
                negated, hedged = parsed_modality(doc[relation.trigger], cues, self.lexicon)
                if geography(relation, doc, named) and relation.rule != "role" and doc[relation.trigger].pos_ not in (
                        "VERB", "AUX"):
                    negated = hedged = False  # "suspended its project in Mozambique's Cabo Delgado province": a
                    # place within a place named in passing is no clause's claim ("Kosovo is not part of Serbia" is)
                kind = self.captivity(doc, relation, mentions, coref)
                contrary = self.lexicon.contraries.get(doc[relation.trigger].lemma_.lower()) if negated else None
                if contrary is not None:  # "refused to recognise X": opposition, not a denied support
                    kind, negated = contrary, False
                found.append(replace(relation, kind=kind, negated=negated, hedged=hedged))
        def rank(token) -> int | None:
            m = mentions.get(token.i)
            entity = self.kb.get(m.entity_id) if m is not None and m.entity_id else None
            return PLACE_RANKS.get(entity.kind) if entity is not None else None

        for relation in Surface(self.lexicon, named, rank, label if self.parsed else named).sentence(sentence):
            first, last = sorted((relation.head, relation.tail))
            negated, hedged = (False, False) if geography(relation, doc, named) else window_modality(
                sentence, first, last, self.lexicon)
            found.append(replace(relation, negated=negated, hedged=hedged))
        return found
