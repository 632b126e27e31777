"""Human corrections kept as their own layer over the machine output, so that no re-run ever loses one.

The steps of a run: capture hand edits of the written .ann, then apply every correction to the new machine
output.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from pipeline.core import atomic
from pipeline.core.document import CleanDocument
from pipeline.core.mention import Mention
from pipeline.core.standoff import AnnFileError, parse_ann
from pipeline.corrections.anchoring import apply_corrections
from pipeline.corrections.diff import diff_mentions
from pipeline.corrections.digests import record_written
from pipeline.corrections.model import Correction, annotator_name, now
from pipeline.corrections.store import (
    append_corrections,
    corrections_path,
    jsonl_text,
    last_written,
    load_corrections,
    load_machine,
    locked,
    machine_path,
    record_mentions,
)
from pipeline.corrections.validation import rejected

log = logging.getLogger(__name__)
from pipeline.formats.record import document_paths, write_document


def capture_edits(out_dir: Path, doc_id: str, annotator: str, time: str) -> list[Correction]:
    """Record edits made straight to a written .ann as corrections; an .ann with any error is rejected whole."""
    paths = document_paths(out_dir, doc_id)
    written = last_written(out_dir, doc_id)
    if written is None or not paths["ann"].exists():
        return []
    text, mentions = written
    try:
        edited = parse_ann(paths["ann"].read_text(encoding="utf-8"), text, str(paths["ann"]))
    except AnnFileError as error:
        raise rejected(paths["ann"], [(e.line, e.reason) for e in error.errors]) from None
    new = diff_mentions(mentions, edited, text, annotator, time)
    append_corrections(out_dir, doc_id, new)
    return new



def effective_mentions(out_dir: Path, doc: CleanDocument, machine: list[Mention]) -> list[Mention]:
    """Machine output with the layer applied; unanchored corrections are logged and listed in doc.metadata."""
    corrections = load_corrections(out_dir, doc.doc_id)
    if not corrections:
        doc.metadata.pop("corrections", None)
        return sorted(machine, key=lambda m: (m.start, m.end, m.label))
    mentions, missed = apply_corrections(doc.text, machine, corrections)
    for item in missed:
        log.warning("%s:%d: correction not applied: %s", corrections_path(out_dir, doc.doc_id), item.line, item.reason)
    doc.metadata["corrections"] = {
        "file": corrections_path(out_dir, doc.doc_id).name,
        "count": len(corrections),
        "unanchored": [item.to_json() for item in missed],
    }
    return mentions



def reconcile(out_dir: Path, doc: CleanDocument, machine: list[Mention]) -> list[Mention]:
    """Between tagging and writing: keep edits made to the last output, store the machine layer, apply corrections."""
    with locked(out_dir):
        capture_edits(out_dir, doc.doc_id, annotator_name(), now())
        atomic.write_text(machine_path(out_dir, doc.doc_id), jsonl_text([m.to_json() for m in machine]))
        return effective_mentions(out_dir, doc, machine)



def record_annotation(out_dir: Path, doc_id: str, mentions: list[Mention], annotator: str) -> list[Correction]:
    """Take a whole annotation made in another tool: store its differences as corrections and rewrite the outputs."""
    paths = document_paths(out_dir, doc_id)
    with locked(out_dir):
        time = now()
        capture_edits(out_dir, doc_id, annotator, time)
        record = json.loads(paths["json"].read_text(encoding="utf-8"))
        doc = CleanDocument.from_json(record, paths["txt"].read_text(encoding="utf-8"))
        machine = load_machine(out_dir, doc_id) if machine_path(out_dir, doc_id).exists() else record_mentions(record)
        current = effective_mentions(out_dir, doc, machine)
        new = diff_mentions(current, mentions, doc.text, annotator, time)
        append_corrections(out_dir, doc_id, new)
        write_document(out_dir, doc, effective_mentions(out_dir, doc, machine), record["pipeline"])
        record_written(out_dir, doc_id)
    return new
