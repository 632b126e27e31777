"""The document as one parsed spaCy Doc: the tagger's paragraph parses reused where they cover the text,
rebuilt from token arrays, with each mention merged into one token."""

from __future__ import annotations

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from pipeline.core.annotated import AnnotatedDocument
from pipeline.core.mention import Mention
from pipeline.tagging.spacy_docs import mark_paragraphs, snap_mentions

SYNTAX_COMPONENTS = ("tok2vec", "tagger", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer")

SYNTAX_ATTRS = ("DEP", "POS", "TAG", "LEMMA")  # what a reused parse must carry

MATCHED_ATTRS = [LEMMA, POS, TAG, MORPH, DEP, HEAD, ENT_IOB, ENT_TYPE]  # what the patterns can see besides the text

ENT_OUTSIDE, ENT_BEGIN = 2, 3  # ENT_IOB's codes for O and B (outside an entity, first token of one)

CLAUSE_HEADS = ("ROOT", "conj", "relcl", "advcl")  # where a verb the tagger called a noun heads its own clause

PARAGRAPH_BATCH = 32  # the tagger's batch size: the same batches give the same parse



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



def parse_paragraphs(nlp, spans: list[tuple[int, str]]) -> list[tuple[int, list[tuple]]]:
    """(offset, syntax record) of each of these paragraphs, parsed in the tagger's batches so the parse is the
    tagger's."""
    docs = (nlp.make_doc(paragraph) for _, paragraph in spans)
    for name, component in nlp.pipeline:
        if name in SYNTAX_COMPONENTS:
            docs = component.pipe(docs, batch_size=PARAGRAPH_BATCH)
    return [(offset, syntax_record(doc)) for (offset, _), doc in zip(spans, docs)]



def all_paragraphs(nlp, text: str, parses: list[tuple[int, list[tuple]]]) -> list[tuple[int, list[tuple]]]:
    """A parse of every paragraph of `text`: the handed-over one where it is exactly that paragraph, a fresh one for
    the rest (the lines the tagger leaves out, such as contact lines), so no paragraph is parsed twice."""
    given = {offset: record for offset, record in parses}
    kept, missing = [], []
    for offset, paragraph in paragraph_spans(text):
        record = given.get(offset)
        if record is not None and "".join(t[0] + t[1] for t in record) == paragraph:
            kept.append((offset, record))
        else:
            missing.append((offset, paragraph))
    return sorted(kept + parse_paragraphs(nlp, missing), key=lambda parse: parse[0]) if missing else kept



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
        return predicates_tagged_as_nouns(assembled(nlp.vocab, text, all_paragraphs(nlp, text, parses or [])))
    doc = mark_paragraphs(nlp.make_doc(text))
    for name, component in nlp.pipeline:
        if name in SYNTAX_COMPONENTS:
            doc = component(doc)
    if "senter" not in nlp.pipe_names:
        doc = Sentencizer()(doc)
    return doc



def predicates_tagged_as_nouns(doc: Doc) -> Doc:
    """"Jabhat al-Nusra split from the Islamic State": a word the tagger called a noun but the parser gave a
    subject at the head of a clause is the clause's verb (a noun takes no subject; a copula's noun hangs on the
    copula), so it is tagged a verb, and the grammar reads its clause. A small clause's noun keeps its tag ("made
    Indonesia an associate member")."""
    for token in doc:
        if token.pos_ == "NOUN" and token.dep_ in CLAUSE_HEADS and any(child.dep_ == "nsubj" for child in token.children):
            token.pos_, token.tag_ = "VERB", "VBD" if token.tag_ == "NN" else "VBZ"
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
        names_read_as_prepositions(doc, merged_at)
        names = set(merged_at)
        possessors_read_as_conjuncts(doc, names)
        agents_read_as_conjuncts(doc)
        suffixes_read_as_heads(doc, names)
    return doc, {position: m for position, (m, _) in zip(merged_at, snapped)}


GENERATIONS = ("Jr", "Sr", "II", "III", "IV")  # a suffix written after a person's name


def suffixes_read_as_heads(doc: Doc, positions: set[int]) -> None:
    """"Ferdinand Marcos Jr., the president of the Philippines, said": a generation's suffix the parser made the head
    of the name before it hands its place, and its apposition, to the name."""
    for position in positions:
        name = doc[position]
        suffix = doc[position + 1] if position + 1 < len(doc) else None
        if suffix is None or suffix.text.rstrip(".") not in GENERATIONS or name.head != suffix or suffix.head == suffix:
            continue
        name.head, name.dep_ = suffix.head, suffix.dep_
        for child in [c for c in suffix.children if c != name]:
            child.head = name
        suffix.head, suffix.dep_ = name, "npadvmod"


def possessors_read_as_conjuncts(doc: Doc, positions: set[int]) -> None:
    """"the RSF and Abdelaziz al-Hilu's SPLM-N signed": a name with a possessive marker that the parser made a
    conjunct, leaving the name it owns hung on the same head, is that name's possessor; the name owned takes its
    place in the list."""
    for position in positions:
        owner = doc[position]
        owned = doc[position + 2] if position + 2 < len(doc) else None
        if owner.dep_ != "conj" or owned is None or owned.i not in positions or doc[position + 1].dep_ != "case" \
                or owned.head != owner.head or owned.dep_ in ("conj", "appos"):
            continue
        owned.head, owned.dep_ = owner.head, "conj"
        owner.head, owner.dep_ = owned, "poss"


LIST_GAPS = ((",",), ("and",), ("or",))  # what stands between two members of one list


def agents_read_as_conjuncts(doc: Doc) -> None:
    """"The Three Brotherhood Alliance, formed in 2019 by the MNDAA, the TNLA and the AA, has taken …": names listed
    after the agent of a clause that qualifies a noun, which the parser hung on that noun or on the clause's verb as
    their conjuncts, are the agent's conjuncts (only a comma or a conjunction between them). A comma and a
    conjunction close the clause and add to the noun ("the SNA, backed by Turkey, and the Danab brigade attacked"),
    as does a name after an agent that has its own conjunct ("the Bloc, formed by A and B, X's party, and Our
    Party")."""
    for by in doc:
        verb = by.head
        agent = next((c for c in by.children if c.dep_ == "pobj"), None)
        if by.dep_ != "agent" or agent is None or verb.dep_ not in ("acl", "relcl") or verb.i > agent.i:
            continue
        if any(c.dep_ == "conj" for c in agent.children):
            continue  # "formed by A and B, X's party, and Y": the agents' own list is closed
        listed = next((c for t in (verb.head, verb) for c in t.children  # or of the participle itself
                       if c.dep_ == "conj" and c.i > agent.i and c.pos_ in ("NOUN", "PROPN")), None)
        gap = tuple(t.text for t in doc[agent.right_edge.i + 1:listed.left_edge.i]) if listed is not None else None
        if gap in LIST_GAPS:
            listed.head = agent


def names_read_as_prepositions(doc: Doc, positions: list[int]) -> None:
    """"held talks with To Lam", "a visit by Do Hung": a name whose first word the parser read as a preposition
    keeps that word's place once merged (a preposition hung on the one before it); it is a name, the object of
    that preposition."""
    for position in positions:
        token = doc[position]
        if token.pos_ == "ADP":
            token.pos_, token.tag_ = "PROPN", "NNP"
            if token.dep_ == "prep" and token.head.pos_ == "ADP":
                token.dep_ = "pobj"



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
