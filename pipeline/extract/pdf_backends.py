"""Which library reads a PDF's glyphs: pdfminer.six (the reference, default), PDFium, or `auto`.

`auto` reads with PDFium (less than half pdfminer's CPU) wherever pypdfium2 imports, and falls back to pdfminer
for a file PDFium refuses to open (PDFium is the more lenient of the two, so the fallback is rare): every file
either backend can read is read. Both backends fill the same page model, so nothing downstream depends on
the choice beyond the few words listed by benchmarks/bench_backends.py.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.extract import pdf_glyphs
from pipeline.extract.page_model import Page

PDF_BACKENDS = ("pdfminer", "pdfium", "auto")
DEFAULT_PDF_BACKEND = "pdfminer"


def read_pdf_with(path: Path, backend: str = DEFAULT_PDF_BACKEND) -> tuple[list[Page], dict, str]:
    """The PDF's pages and information dictionary, and the name of the backend that read them."""
    if backend not in PDF_BACKENDS:
        raise ValueError(f"unknown PDF backend {backend!r}; expected one of {', '.join(PDF_BACKENDS)}")
    if backend == "pdfminer":
        return (*pdf_glyphs.read_pdf(path), "pdfminer")
    if backend == "pdfium":
        from pipeline.extract import pdfium_glyphs

        return (*pdfium_glyphs.read_pdf(path), "pdfium")
    try:
        from pipeline.extract import pdfium_glyphs
    except ImportError:
        return (*pdf_glyphs.read_pdf(path), "pdfminer")
    try:
        return (*pdfium_glyphs.read_pdf(path), "pdfium")
    except InputError:
        return (*pdf_glyphs.read_pdf(path), "pdfminer")
