"""Per-document output files: clean text, JSON record and brat standoff, written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.core import atomic
from pipeline.core.document import CleanDocument
from pipeline.core.mention import Mention
from pipeline.core.standoff import format_ann


def document_paths(out_dir: Path, doc_id: str) -> dict[str, Path]:
    return {suffix: Path(out_dir) / f"{doc_id}.{suffix}" for suffix in ("txt", "json", "ann")}


def mention_record(doc: CleanDocument, mention: Mention) -> dict:
    """A mention with the page and boxes it came from, for the JSON record."""
    boxes = doc.provenance.boxes(mention.start, mention.end)
    return mention.to_json() | {
        "page": boxes[0].page if boxes else None,
        "boxes": [[b.page, b.x0, b.top, b.x1, b.bottom] for b in boxes],
    }


def write_document(out_dir: Path, doc: CleanDocument, mentions: list[Mention] | None, run_info: dict) -> dict:
    """Write .txt, .json and (when tagged) .ann; the text goes last so a present .txt means a finished set.
    Returns the bytes written by suffix ("ann" only when tagged) and the JSON record as "record", so what derives
    from the standoff can use it without reading it back."""
    paths = document_paths(out_dir, doc.doc_id)
    record = {"pipeline": run_info} | doc.to_json()
    written = {}
    if mentions is not None:
        ordered = sorted(mentions, key=lambda m: (m.start, m.end, m.label))
        record["mentions"] = [mention_record(doc, m) for m in ordered]
        written["ann"] = atomic.text_bytes(format_ann(ordered))
        atomic.write_bytes(paths["ann"], written["ann"])
    # compact, because json's fast C encoder only writes the compact form; `python -m json.tool` pretty-prints it
    written["json"] = atomic.text_bytes(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    atomic.write_bytes(paths["json"], written["json"])
    written["txt"] = atomic.text_bytes(doc.text)
    atomic.write_bytes(paths["txt"], written["txt"])
    written["record"] = record
    return written
