"""The model's entity recogniser, run only on the sentences where it could add a mention.

It is the costliest part of the statistical model, yet its entities are weak candidates: a rule candidate
outranks any model entity overlapping it (a weak one, any entity of its own length or shorter), and a model
entity made only of adjectives, numbers or lowercase words is dropped. So a sentence needs the recogniser only
where some other word stands outside every rule candidate.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from pipeline.tagging.knowledge_base import all_capitals

NAME_TAGS = ("PROPN", "X")  # what a sentence's capitalised opening word must be read as to start a name


def needs_recogniser(sentence: Span, covered: set[int]) -> bool:
    """A capitalised word outside the rule candidates, other than an adjective ("Algerian"), a number (dates
    are the rules' own) or a sentence's opening word that the tagger reads as a common word ("According"). A word
    in capitals is no adjective, whatever the tagger says ("the dismantling of USAID by …", tagged ADJ)."""
    for token in sentence:
        if token.is_lower or token.is_punct or token.is_space or token.like_num or token.idx in covered:
            continue
        if token.pos_ == "ADJ" and not all_capitals(token.text) or token.i == sentence.start and token.pos_ not in NAME_TAGS:
            continue
        return True
    return False


def covered_starts(doc: Doc) -> set[int]:
    """Character offsets of the tokens inside rule candidates."""
    starts = set()
    for candidate in doc._.briefs_candidates or []:
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        starts.update(token.idx for token in span or ())
    return starts


def uncovered_sentences(doc: Doc) -> list[Span]:
    covered = covered_starts(doc)
    return [sentence for sentence in doc.sents if needs_recogniser(sentence, covered)]


class SentenceRecogniser:
    """Sets doc.ents from the model's recogniser, run on the sentences that need it, each as a Doc of its own."""

    def __init__(self, nlp: Language, source_pipe: str, batch_size: int):
        self.nlp = nlp
        self.source_pipe = source_pipe
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        recogniser = self.nlp.get_pipe(self.source_pipe)
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            sentences = [(doc, sentence) for doc in batch for sentence in uncovered_sentences(doc)]
            pieces = [Doc(doc.vocab, words=[t.text for t in s], spaces=[bool(t.whitespace_) for t in s]) for doc, s in sentences]
            found: dict[int, list[Span]] = {}
            for (doc, sentence), piece in zip(sentences, recogniser.pipe(pieces, batch_size=len(pieces) or 1)):
                found.setdefault(id(doc), []).extend(
                    Span(doc, sentence.start + ent.start, sentence.start + ent.end, label=ent.label) for ent in piece.ents
                )
            for doc in batch:
                doc.ents = found.get(id(doc), [])
                yield doc


@Language.factory("briefs_sentence_ner_v1", default_config={"source_pipe": "ner", "batch_size": 32})
def make_sentence_recogniser(nlp: Language, name: str, source_pipe: str, batch_size: int) -> SentenceRecogniser:
    return SentenceRecogniser(nlp, source_pipe, batch_size)
