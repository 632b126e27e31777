"""Annotated documents read back from annotations/ (.txt + .ann, .json when present), so every consumer sees corrections."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from pipeline.core.document import CleanDocument, Provenance
from pipeline.core.errors import InputError
from pipeline.core.mention import Mention
from pipeline.core.standoff import parse_ann

log = logging.getLogger(__name__)


@dataclass
class AnnotatedDocument:
    """One document's stored clean text and its current standoff mentions."""

    doc_id: str
    text: str
    mentions: list[Mention]
    record: dict = field(default_factory=dict)

    def provenance(self) -> Provenance:
        """Offset → page map from the JSON record; empty when the record is missing."""
        if not self.record.get("provenance"):
            return Provenance()
        return CleanDocument.from_json(self.record, self.text).provenance

    def footnote_refs(self) -> list[tuple[int, int, tuple[int, ...]]]:
        """(start, end, body offsets citing it) for each footnote, from the JSON record."""
        return [(f["start"], f["end"], tuple(f["refs"])) for f in self.record.get("footnotes", [])]


def read_document(out_dir: Path, doc_id: str) -> AnnotatedDocument:
    """Read <id>.txt and <id>.ann (and <id>.json when there); raises AnnFileError or InputError."""
    txt, ann, rec = (Path(out_dir) / f"{doc_id}.{suffix}" for suffix in ("txt", "ann", "json"))
    try:
        text = txt.read_text(encoding="utf-8")
        content = ann.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(exc.filename or txt, exc.strerror or str(exc)) from exc
    record = {}
    if rec.exists():
        try:
            record = json.loads(rec.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise InputError(rec, f"not valid JSON ({exc})") from exc
    return AnnotatedDocument(doc_id, text, parse_ann(content, text, str(ann)), record)


def as_read(content: bytes) -> str:
    """What Path.read_text(encoding="utf-8") gives for a file holding `content` (universal newlines)."""
    return content.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def written_document(out_dir: Path, doc_id: str, txt: bytes, ann: bytes, record: dict) -> AnnotatedDocument:
    """The AnnotatedDocument that read_document gives right after write_document wrote `txt`, `ann` (bytes) and
    `record` as <id>.txt, <id>.ann and <id>.json, built from them without reading the files back."""
    text = as_read(txt)
    path = Path(out_dir) / f"{doc_id}.ann"
    return AnnotatedDocument(doc_id, text, parse_ann(as_read(ann), text, str(path)), record)


def corpus_ids(out_dir: Path) -> list[str]:
    """Ids of the documents of the folder that have an .ann (to pair with their .txt), in id order."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InputError(out_dir, "no such annotations folder")
    ids = sorted(p.stem for p in out_dir.glob("*.ann"))
    for orphan in sorted(p.stem for p in out_dir.glob("*.txt")):
        if orphan not in ids:
            log.info("%s: no .ann beside %s.txt, skipped", out_dir, orphan)
    return ids


def iter_corpus(out_dir: Path) -> Iterator[AnnotatedDocument]:
    """Every document of the folder that has both .txt and .ann, in id order, read one at a time."""
    return (read_document(out_dir, doc_id) for doc_id in corpus_ids(out_dir))


def read_corpus(out_dir: Path) -> list[AnnotatedDocument]:
    """Every document of the folder at once, for consumers that need them side by side."""
    return list(iter_corpus(out_dir))
