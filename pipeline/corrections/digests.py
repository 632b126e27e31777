"""Digests of the .ann and .json as last written, so a re-run sees at once whether a hand edit is waiting."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.core import atomic
from pipeline.core.standoff import format_ann
from pipeline.corrections.store import last_written
from pipeline.formats.record import document_paths


def written_path(out_dir: Path, doc_id: str) -> Path:
    """The digests of a document's .ann and .json as the tool wrote them (sha256sum format)."""
    return Path(out_dir) / f"{doc_id}.written.sha256"



def _digests(out_dir: Path, doc_id: str) -> str:
    paths = document_paths(out_dir, doc_id)
    lines = []
    for suffix in ("ann", "json"):
        with open(paths[suffix], "rb") as handle:
            lines.append(f"{hashlib.file_digest(handle, 'sha256').hexdigest()}  {paths[suffix].name}\n")
    return "".join(lines)



def record_written(out_dir: Path, doc_id: str) -> None:
    """Note the digests of the .ann and .json just written, so a re-run sees an untouched .ann without parsing."""
    atomic.write_text(written_path(out_dir, doc_id), _digests(out_dir, doc_id))



def has_unrecorded_edits(out_dir: Path, doc_id: str) -> bool:
    """Whether a document's .ann differs from what the tool last wrote, so a run must not skip it."""
    paths = document_paths(out_dir, doc_id)
    ann, noted = paths["ann"], written_path(out_dir, doc_id)
    untouched = ann.exists() and paths["json"].exists() and noted.exists()
    if untouched and noted.read_text(encoding="utf-8") == _digests(out_dir, doc_id):
        return False  # both files are byte for byte what the tool wrote together
    written = last_written(out_dir, doc_id)
    if written is None or not ann.exists():
        return False
    return ann.read_text(encoding="utf-8") != format_ann(written[1])
