"""Entry point of the pipeline: any supported input file → CleanDocument, or a one-line InputError."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.document import CleanDocument
from pipeline.core.errors import InputError
from pipeline.extract.assemble import Assembler
from pipeline.extract.block_roles import assign_roles
from pipeline.extract.pdf_glyphs import read_pdf
from pipeline.extract.text_input import clean_text

SUFFIXES = (".pdf", ".txt")


def load_document(path: Path | str) -> CleanDocument:
    """Read a .pdf or .txt brief into its clean document; the document id is the file stem."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if not path.is_file():
        raise InputError(path, "not a file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(path, f"unsupported file type {path.suffix or '(none)'!r}; expected .pdf or .txt")
    if path.stat().st_size == 0:
        raise InputError(path, "empty file")
    if suffix == ".txt":
        return clean_text(_read_text(path), path.stem, str(path))
    with open(path, "rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF-"):
            raise InputError(path, "not a PDF (no %PDF- header)")
    pages, info = read_pdf(path)
    if not pages:
        raise InputError(path, "PDF has no pages")
    if not any(page.lines for page in pages):
        raise InputError(path, "no text layer (scanned?); OCR is not supported")
    roles = assign_roles(pages, info)
    document = Assembler(roles.blocks, roles.footnotes, roles.removed).build(path.stem, str(path), roles.metadata)
    if not document.text.strip():
        raise InputError(path, "no body text left after cleaning")
    return document


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "text file is not UTF-8") from None
    if not text.strip():
        raise InputError(path, "empty file")
    return text
