"""Corpus exports for other tools: spaCy DocBin for training, CoNLL BIO columns, JSONL with character offsets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import spacy
from spacy.tokens import Doc, DocBin

from pipeline.core import atomic
from pipeline.core.annotated import AnnotatedDocument, read_corpus
from pipeline.formats.brat_normdb import write_brat_normdb
from pipeline.formats.labelstudio import write_tasks
from pipeline.formats.xmi import write_xmi_zip
from pipeline.tagging.spacy_docs import mark_paragraphs, snap_mentions

DOC_SEPARATOR = "-DOCSTART-"


def tokenizer_pipeline():
    """Rule tokenizer and sentencizer only: exports must not depend on which statistical model is installed."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def entity_doc(nlp, document: AnnotatedDocument) -> Doc:
    """Tokenised, sentence-split Doc whose ents are the standoff mentions (kb_id: entity id, or TIMEX3 value for DATE)."""
    doc = mark_paragraphs(nlp(document.text))
    spans = []
    for mention, span in snap_mentions(doc, document.mentions):
        reference = mention.value if mention.label == "DATE" else mention.entity_id
        spans.append(doc.char_span(span.start_char, span.end_char, label=mention.label, kb_id=reference or ""))
    doc.ents = spans
    doc.user_data["doc_id"] = document.doc_id
    return doc


def write_spacy(documents: list[AnnotatedDocument], path: Path) -> None:
    """DocBin (.spacy) with entities and the document id in user data, ready for `spacy train`."""
    nlp = tokenizer_pipeline()
    docbin = DocBin(attrs=["ORTH", "SENT_START", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID"], store_user_data=True)
    for document in documents:
        docbin.add(entity_doc(nlp, document))
    atomic.write_bytes(Path(path), docbin.to_bytes())


def conll_lines(nlp, document: AnnotatedDocument) -> list[str]:
    """`-DOCSTART-<TAB>id`, then one `token start end tag` line per token, blank line after each sentence."""
    doc = entity_doc(nlp, document)
    lines = [f"{DOC_SEPARATOR}\t{document.doc_id}", ""]
    for sentence in doc.sents:
        rows = [
            f"{t.text}\t{t.idx}\t{t.idx + len(t)}\t{t.ent_iob_ + '-' + t.ent_type_ if t.ent_type_ else 'O'}"
            for t in sentence
            if not t.is_space
        ]
        if rows:
            lines += rows + [""]
    return lines


def write_conll(documents: list[AnnotatedDocument], path: Path) -> None:
    """CoNLL-style BIO columns for sequence-labelling tools."""
    nlp = tokenizer_pipeline()
    lines = [line for document in documents for line in conll_lines(nlp, document)]
    atomic.write_text(Path(path), "".join(line + "\n" for line in lines))


def jsonl_record(document: AnnotatedDocument) -> dict:
    """One document: id, text and [start, end, label, entity_id, value] per mention."""
    return {
        "id": document.doc_id,
        "text": document.text,
        "entities": [[m.start, m.end, m.label, m.entity_id, m.value] for m in document.mentions],
    }


def write_jsonl(documents: list[AnnotatedDocument], path: Path) -> None:
    """One JSON object per line, character offsets into the stored clean text."""
    lines = [json.dumps(jsonl_record(d), ensure_ascii=False) for d in documents]
    atomic.write_text(Path(path), "".join(line + "\n" for line in lines))


# Format name → writer(documents, path): the `export` command dispatches on this table.
EXPORTERS: dict[str, Callable[[list[AnnotatedDocument], Path], None]] = {
    "spacy": write_spacy,
    "conll": write_conll,
    "jsonl": write_jsonl,
    "xmi": write_xmi_zip,
    "labelstudio": write_tasks,
    "brat-normdb": write_brat_normdb,
}


def export_corpus(out_dir: Path, fmt: str, path: Path) -> int:
    """Write every annotated document of `out_dir` in format `fmt`; returns the number of documents."""
    if fmt not in EXPORTERS:
        raise ValueError(f"{fmt!r} is not one of {', '.join(sorted(EXPORTERS))}")
    documents = read_corpus(out_dir)
    EXPORTERS[fmt](documents, path)
    return len(documents)
