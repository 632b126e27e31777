"""Annotations made in other tools read back and checked whole before any of them becomes a correction."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.core.mention import Mention
from pipeline.core.standoff import AnnFileError, parse_ann
from pipeline.corrections.validation import check_import, rejected
from pipeline.formats.labelstudio import read_tasks
from pipeline.formats.record import document_paths
from pipeline.formats.xmi import read_xmi, xmi_sources

FORMATS = "brat .ann, INCEpTION .xmi or .zip, Label Studio .json"


def read_annotations(path: Path, out_dir: Path) -> list[tuple[str, list[Mention]]]:
    """(document id, mentions) for each document in the file; any problem rejects the whole file."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".ann":
            return [_read_brat(path, out_dir)]
        if suffix in (".xmi", ".zip"):
            found = [read_xmi(*source) for source in xmi_sources(path)]
        elif suffix == ".json":
            found = read_tasks(path)
        else:
            raise InputError(path, f"unknown annotation format; expected {FORMATS}")
    except ValueError as error:
        raise rejected(path, [error.args]) from None
    if not found:
        raise rejected(path, [(1, "holds no annotated document (no .xmi inside, or no completed task)")])
    errors = []
    for doc_id, text, line, items in found:
        errors += _check_document(out_dir, doc_id, text, line, items)
    if errors:
        raise rejected(path, errors)
    return [(doc_id, [m for _, _, m in items]) for doc_id, _, _, items in found]


def _read_brat(path: Path, out_dir: Path) -> tuple[str, list[Mention]]:
    """A copy of an .ann file, checked against the stored text of the document it is named after."""
    stored = document_paths(out_dir, path.stem)["txt"]
    if not stored.exists():
        raise rejected(path, [(1, f"no document {path.stem!r} in {out_dir}; run `briefs run` on it first")])
    try:
        return path.stem, parse_ann(path.read_text(encoding="utf-8"), stored.read_text(encoding="utf-8"), str(path))
    except AnnFileError as error:
        raise rejected(path, [(e.line, e.reason) for e in error.errors]) from None


def _check_document(out_dir: Path, doc_id: str, text: str, line: int, items) -> list[tuple[int, str]]:
    stored = document_paths(out_dir, doc_id)["txt"]
    if not stored.exists():
        return [(line, f"no document {doc_id!r} in {out_dir}; run `briefs run` on it first")]
    expected = stored.read_text(encoding="utf-8")
    if text != expected:
        at = next((i for i, (a, b) in enumerate(zip(text, expected)) if a != b), min(len(text), len(expected)))
        return [(line, f"text of {doc_id!r} differs from {stored} at offset {at}")]
    return check_import(items, expected)
