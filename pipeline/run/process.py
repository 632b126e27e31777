"""One document through every stage: extract → clean → tag → link → standoff → relation rows."""

from __future__ import annotations

import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Union

from pipeline.core.mention import LABELS
from pipeline.corrections.digests import record_written
from pipeline.corrections.layer import reconcile
from pipeline.extract.ingest import load_document
from pipeline.extract.pdf_backends import DEFAULT_PDF_BACKEND
from pipeline.formats.record import write_document

STAGES = ("extract", "tag", "write")  # "write" covers the standoff files and the document's relation rows
RULES_LANGUAGE = "en"  # the tagging rules and lexicons are English


@dataclass(frozen=True)
class Stages:
    """What every document of a run shares: the tagging pipeline and the relation extractor built on it.

    Held by whoever runs the documents (a batch, a worker, a test), so both live exactly as long as the run.
    """

    nlp: object
    relations: object

    @classmethod
    def around(cls, nlp) -> Stages:
        from pipeline.relations.extractor import (
            RelationExtractor,  # spaCy is slow to import
        )

        return cls(nlp, RelationExtractor(nlp))


StagesSource = Union[Stages, Callable[[], Stages], None]  # the stages, a function that builds them, or none


def resolve_stages(stages: StagesSource) -> Stages | None:
    """The stages themselves, building them if `stages` is the function that does."""
    return stages() if callable(stages) else stages


def should_tag(language: str | None, any_language: bool) -> bool:
    """Whether a document in `language` (None: too little text to tell) is tagged with the English rules."""
    return any_language or language in (None, RULES_LANGUAGE)


def process_document(
    path: Path, out_dir: Path, stages: StagesSource = None, any_language: bool = False, backend: str = DEFAULT_PDF_BACKEND
) -> dict:
    """Run one input end to end and write its files; returns counts and stage timings for the run summary.

    Without `stages`, or when the document is not in English and `any_language` is off, the document is only
    extracted and its clean text and record written. Given a function that builds the stages, it is called only
    once the document has been read and is to be tagged, so an unreadable input never loads the model."""
    timings = dict.fromkeys(STAGES, 0.0)
    with _timed(timings, "extract"):
        doc = load_document(Path(path), backend)
    language = (doc.metadata.get("language") or {}).get("code")
    tagged = stages is not None and should_tag(language, any_language)
    mentions = None
    if tagged:
        stages = resolve_stages(stages)
        from pipeline.tagging.tagger import tag_document

        parses = []
        with _timed(timings, "tag"):
            mentions = tag_document(stages.nlp, doc, on_parsed=stages.relations.collector(parses))
        mentions = reconcile(Path(out_dir), doc, mentions)
    with _timed(timings, "write"):
        written = write_document(Path(out_dir), doc, mentions, run_info(stages.nlp if tagged else None))
        if mentions is not None:
            from pipeline.relations.tables import document_parts

            record_written(Path(out_dir), doc.doc_id)
            document_parts(Path(out_dir), doc.doc_id, stages.relations, parses, written=written)
    labels = Counter(m.label for m in mentions or [])
    return {
        "id": doc.doc_id,
        "pages": _page_count(doc),
        "words": len(doc.text.split()),
        "mentions": {label: labels[label] for label in LABELS},
        "language": language,
        "tagged": tagged,
        "read_by": doc.metadata.get("pdf_backend"),
        "timings": timings,
    }


def run_info(nlp) -> dict:
    """What produced the outputs, recorded in each JSON file and hashed to decide what a re-run may skip."""
    if nlp is None:
        return {"version": _version(), "mode": "extract-only"}
    from pipeline.tagging.tagger import pipeline_info

    return pipeline_info(nlp)


@contextmanager
def _timed(timings: dict, stage: str):
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] += time.perf_counter() - started


def _page_count(doc) -> int:
    """Pages the ingester reports, else the last page the text came from (0 for plain-text inputs)."""
    pages = doc.metadata.get("pages")
    if isinstance(pages, int):
        return pages
    return max((run.page for run in doc.provenance.runs), default=0)


def _version() -> str:
    from pipeline import __version__

    return __version__
