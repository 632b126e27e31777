"""One document through every stage: extract → clean → tag → link → standoff."""

from __future__ import annotations

from pathlib import Path

from .ingest import load_document
from .output import write_document


def process_document(path: Path, out_dir: Path, nlp=None) -> dict:
    """Run one input end to end and write its files; returns counts for the run summary."""
    doc = load_document(Path(path))
    mentions = None
    run_info = {"version": _version(), "mode": "extract-only"}
    if nlp is not None:
        from .tagger import pipeline_info, tag_document

        mentions = tag_document(nlp, doc)
        run_info = pipeline_info(nlp)
    write_document(Path(out_dir), doc, mentions, run_info)
    return {"id": doc.doc_id, "mentions": len(mentions or [])}


def _version() -> str:
    from . import __version__

    return __version__
