"""Entry point of the pipeline: any supported input file → CleanDocument, or a one-line InputError."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.document import CleanDocument
from pipeline.core.errors import InputError
from pipeline.extract.assemble import Assembler
from pipeline.extract.block_roles import assign_roles
from pipeline.extract.language import detect_language
from pipeline.extract.ocr import read_scanned_pdf
from pipeline.extract.pdf_backends import DEFAULT_PDF_BACKEND, read_pdf_with
from pipeline.extract.pdf_glyphs import mend_small_capitals
from pipeline.extract.text_input import clean_text

SUFFIXES = (".pdf", ".txt")


def load_document(path: Path | str, backend: str = DEFAULT_PDF_BACKEND) -> CleanDocument:
    """Read a .pdf or .txt brief into its clean document; the document id is the file stem.

    A PDF is read with `backend` (pdfminer, pdfium or auto; the one that read it goes to `metadata.pdf_backend`);
    one without a text layer is OCR'd first (`metadata.ocr`); every document's language goes to
    `metadata.language`."""
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
    document = clean_text(_read_text(path), path.stem, str(path)) if suffix == ".txt" else _load_pdf(path, backend)
    language = detect_language(document.text)
    if language is not None:
        document.metadata["language"] = language
    return document


def _load_pdf(path: Path, backend: str) -> CleanDocument:
    with open(path, "rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF-"):
            raise InputError(path, "not a PDF (no %PDF- header)")
    pages, info, used = read_pdf_with(path, backend)
    if not pages:
        raise InputError(path, "PDF has no pages")
    mend_small_capitals(pages)
    ocr = None
    if not any(page.lines for page in pages):
        pages, info, ocr = read_scanned_pdf(path, len(pages))
        if not any(page.lines for page in pages):
            raise InputError(path, "no text layer, and OCR found no text")
    roles = assign_roles(pages, info)
    document = Assembler(roles.blocks, roles.footnotes, roles.removed).build(path.stem, str(path), roles.metadata)
    document.metadata["pdf_backend"] = used
    if ocr is not None:
        document.metadata["ocr"] = ocr
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
