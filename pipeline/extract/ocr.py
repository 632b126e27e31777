"""Scanned PDFs: OCRmyPDF and Tesseract write a copy with a hidden text layer, read then like any other PDF.

Reading the OCR'd copy through `pdf_glyphs.read_pdf` gives recognised words the same page and boxes as any
other text (OCRmyPDF keeps every page's size). OCR runs in a child process with one thread (so the same
scan gives the same text), within a page limit and a time limit, in a temporary folder removed afterwards
whatever happens.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.extract.page_model import Page
from pipeline.extract.pdf_glyphs import read_pdf

MAX_PAGES = 50  # a longer scan is refused rather than left to run for hours
PAGE_SECONDS = 120  # Tesseract's limit per page; a page that takes longer comes back without text
START_SECONDS = 60  # on top of the pages' time: starting OCRmyPDF, rasterising, writing the copy
LANGUAGE = "eng"  # Tesseract's English data: the pipeline's rules are English
NEEDS = "scanned PDF needs OCR: install "
INSTALL_TESSERACT = NEEDS + "Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr)"
INSTALL_ENGLISH = NEEDS + "Tesseract's English data (Debian/Ubuntu: apt-get install tesseract-ocr-eng)"


def read_scanned_pdf(path: Path, page_count: int) -> tuple[list[Page], dict, dict]:
    """OCR a PDF that has no text layer, then read the copy: its pages, its information dictionary, and what to
    record under `metadata.ocr` (engine, OCRmyPDF version, language, pages OCR'd). InputError names `path` and
    the cause."""
    engine = tesseract_version(path)
    wrapper = ocrmypdf_version(path)
    if page_count > MAX_PAGES:
        raise InputError(path, f"scanned PDF of {page_count} pages; OCR is limited to {MAX_PAGES} pages")
    with tempfile.TemporaryDirectory(prefix="briefs-ocr-") as work:
        copy = Path(work) / "ocr.pdf"
        _ocrmypdf(path, copy, Path(work), START_SECONDS + PAGE_SECONDS * page_count)
        try:
            pages, info = read_pdf(copy)
        except InputError as error:
            raise InputError(path, f"OCR output unreadable: {error.cause}") from None
    record = {"engine": engine, "ocrmypdf": wrapper, "language": LANGUAGE, "pages": [page.number for page in pages]}
    return pages, info, record


def tesseract_version(path: Path) -> str:
    """'tesseract 5.3.0', or the InputError for `path` that says what to install."""
    if shutil.which("tesseract") is None:
        raise InputError(path, INSTALL_TESSERACT)
    try:
        version = _output(["tesseract", "--version"]).splitlines()[0].strip()
        languages = _output(["tesseract", "--list-langs"]).split()
    except (OSError, subprocess.SubprocessError, IndexError):
        raise InputError(path, INSTALL_TESSERACT) from None
    if LANGUAGE not in languages:
        raise InputError(path, INSTALL_ENGLISH)
    return version


def ocrmypdf_version(path: Path) -> str:
    """OCRmyPDF's version, or the InputError for `path` that says what to install (it comes with the package)."""
    try:  # from the installed metadata: importing OCRmyPDF patches pdfminer.six, which every later PDF would feel
        return metadata.version("ocrmypdf")
    except metadata.PackageNotFoundError:
        raise InputError(path, NEEDS + "OCRmyPDF (pip install ocrmypdf)") from None


def _output(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=True)
    return done.stdout or done.stderr  # older Tesseracts print their version on stderr


def _ocrmypdf(source: Path, target: Path, work: Path, timeout: float) -> None:
    """Run OCRmyPDF on every page (the old text layer, if any, is dropped); killed with all it started on timeout."""
    command = [
        sys.executable, "-m", "ocrmypdf", "--quiet", "--force-ocr", "--jobs", "1", "--language", LANGUAGE,
        "--output-type", "pdf", "--rasterizer", "pypdfium", "--optimize", "0",
        "--tesseract-timeout", str(PAGE_SECONDS), str(source), str(target),
    ]
    # one thread and our own temporary folder: same text every time, and nothing left behind if it is killed
    environment = os.environ | {"OMP_THREAD_LIMIT": "1", "TMPDIR": str(work)}
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=environment,
        start_new_session=True,
    )
    try:
        _, errors = process.communicate(timeout=timeout)
    except BaseException as stopped:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        if isinstance(stopped, subprocess.TimeoutExpired):
            raise InputError(source, f"OCR took longer than {timeout:g} s; stopped") from None
        raise
    if process.returncode != 0 or not target.is_file():
        lines = [line.strip() for line in errors.splitlines() if line.strip()]
        raise InputError(source, f"OCR failed: {lines[-1] if lines else f'OCRmyPDF exit status {process.returncode}'}")
