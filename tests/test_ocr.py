"""Scanned PDFs read through OCRmyPDF + Tesseract: words recognised, boxes on the scanned ink, marked as OCR,
the same text every time, and one line saying what to install where Tesseract is missing."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2
import pytest
from pdf_factory import Sheet, write_pdf

import pipeline.extract.ocr as ocr
from pipeline.core.errors import InputError
from pipeline.extract.ingest import load_document

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and os.environ.get("CI") != "true",
    reason="Tesseract is not installed here (Debian/Ubuntu: apt-get install tesseract-ocr); CI installs it",
)
INSTALL_LINE = "scanned PDF needs OCR: install Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr)"


@pytest.fixture(scope="module")
def scanned_doc(scanned_pdf):
    return load_document(scanned_pdf)


def ink_share(pdf: Path, page: int, box) -> float:
    """The share of dark pixels of the rendered scan inside a box given in PDF points (origin top-left)."""
    image = pypdfium2.PdfDocument(str(pdf))[page - 1].render(scale=2).to_pil().convert("L")
    region = image.crop((box.x0 * 2, box.top * 2, box.x1 * 2, box.bottom * 2))
    levels = region.histogram()
    return sum(levels[:128]) / sum(levels)


@needs_tesseract
def test_scanned_page_words_are_recognised_and_marked_as_ocr(scanned_doc):
    for phrase in ("Application for Change in Accounting Method", "Paperwork Reduction Act Notice",
                   "General Instructions", "Internal Revenue"):
        assert phrase in scanned_doc.text
    assert len(scanned_doc.text.split()) > 1000
    record = scanned_doc.metadata["ocr"]
    assert record["engine"].startswith("tesseract ") and int(record["ocrmypdf"].split(".")[0]) >= 17
    assert record["language"] == "eng" and record["pages"] == [1]
    assert scanned_doc.metadata["language"]["code"] == "en"


@needs_tesseract
def test_ocr_boxes_lie_on_the_scanned_words(scanned_doc, scanned_pdf):
    tops = []
    for phrase in ("Paperwork Reduction Act Notice", "General Instructions"):
        start = scanned_doc.text.index(phrase)
        (box,) = scanned_doc.provenance.boxes(start, start + len(phrase))
        assert box.page == 1 and 0 <= box.x0 < box.x1 <= 544 and 0 <= box.top < box.bottom <= 738
        assert ink_share(scanned_pdf, 1, box) > 0.25  # bold headings: a third of the box is ink, the gaps around under a tenth
        tops.append(box.top)
    assert tops == sorted(tops)  # the notice is printed above the general instructions


@needs_tesseract
def test_ocr_gives_the_same_record_every_time(scanned_doc, scanned_pdf):
    again = load_document(scanned_pdf)
    assert again.text == scanned_doc.text and again.to_json() == scanned_doc.to_json()


@needs_tesseract
def test_two_page_scan_keeps_each_page_with_its_words(real_pdfs):
    doc = load_document(real_pdfs / "irs_instructions_3115_1987_scanned.pdf")
    assert doc.metadata["ocr"]["pages"] == [1, 2]
    start = doc.text.index("Paperwork Reduction Act Notice")
    assert doc.provenance.page_of(start, start + 9) == 1
    start = doc.text.index("Regulations section 1.458")
    assert doc.provenance.page_of(start, start + 11) == 2
    assert {run.page for run in doc.provenance.runs} == {1, 2}


@needs_tesseract
def test_blank_pages_give_no_text_even_after_ocr(tmp_path):
    path = write_pdf(tmp_path / "blank.pdf", [Sheet()])
    with pytest.raises(InputError) as raised:
        load_document(path)
    assert str(raised.value) == f"{path}: no text layer, and OCR found no text"


def test_missing_tesseract_names_the_file_and_the_package(scanned_pdf, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH without tesseract
    with pytest.raises(InputError) as raised:
        load_document(scanned_pdf)
    assert str(raised.value) == f"{scanned_pdf}: {INSTALL_LINE}"


def test_missing_tesseract_fails_only_that_document_in_a_run(run, scanned_pdf, seed_txt, monkeypatch, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(scanned_pdf, inputs)
    shutil.copy(seed_txt, inputs)
    monkeypatch.setenv("PATH", str(tmp_path))
    result = run(inputs, "--out", tmp_path / "out", "--rules-only")
    assert result.exit_code == 1
    assert f"{inputs / scanned_pdf.name}: {INSTALL_LINE}" in result.stderr.splitlines()
    assert "1 processed" in result.stdout


def fake_tesseract(folder: Path, languages: str) -> None:
    """A `tesseract` that reports a version and the given language data, and recognises nothing."""
    script = folder / "tesseract"
    script.write_text(f"#!/bin/sh\n[ \"$1\" = --list-langs ] && printf 'List of available languages:\\n{languages}\\n'"
                      " && exit 0\necho 'tesseract 5.3.0'\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


def test_missing_english_data_says_which_package(scanned_pdf, monkeypatch, tmp_path):
    fake_tesseract(tmp_path, "osd")
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(InputError) as raised:
        load_document(scanned_pdf)
    assert str(raised.value) == (f"{scanned_pdf}: scanned PDF needs OCR: install Tesseract's English data "
                                 "(Debian/Ubuntu: apt-get install tesseract-ocr-eng)")


def test_ocr_past_its_time_limit_is_stopped_and_leaves_no_files(scanned_pdf, monkeypatch, tmp_path):
    fake_tesseract(tmp_path, "eng\\nosd")
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(ocr, "START_SECONDS", 0.2)  # less than OCRmyPDF needs to start
    monkeypatch.setattr(ocr, "PAGE_SECONDS", 0)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with pytest.raises(InputError, match=r"OCR took longer than 0\.2 s; stopped$"):
        load_document(scanned_pdf)
    assert list(scratch.iterdir()) == []


def test_long_scans_are_refused_before_ocr(scanned_pdf, monkeypatch, tmp_path):
    fake_tesseract(tmp_path, "eng")
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(ocr, "MAX_PAGES", 0)
    with pytest.raises(InputError, match="scanned PDF of 1 pages; OCR is limited to 0 pages"):
        load_document(scanned_pdf)


@needs_tesseract
def test_a_scan_read_first_leaves_the_next_pdfs_text_as_it_was(scanned_pdf, real_pdfs):
    """Importing OCRmyPDF patched pdfminer.six for the whole process (a simple font without ToUnicode or Encoding
    lost its mapping), so a worker that had read a scan read the next PDFs otherwise: the DMCA summary's bullets
    vanished. Output may never depend on what a worker read before."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from pipeline.extract.ingest import load_document\n"
        "if sys.argv[1] == 'after-scan':\n"
        "    load_document(Path(sys.argv[2]))\n"
        "from pipeline.extract.pdf_backends import read_pdf_with\n"
        "pages = read_pdf_with(Path(sys.argv[3]), 'pdfminer')[0]\n"
        "print('\\n'.join(line.text for line in pages[0].lines))\n"
    )
    dmca = real_pdfs / "us-copyright-office_dmca-summary_1998.pdf"
    texts = [
        subprocess.run([sys.executable, "-c", script, order, str(scanned_pdf), str(dmca)], capture_output=True,
                       text=True, check=True).stdout
        for order in ("alone", "after-scan")
    ]
    assert "• Title" in texts[0]
    assert texts[1] == texts[0]
