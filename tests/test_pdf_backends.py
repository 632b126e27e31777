"""The PDFium backend beside pdfminer.six: the same text and annotations, one-line errors, the choice recorded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from pdf_factory import Sheet, write_pdf

from pipeline.core.errors import InputError
from pipeline.extract.ingest import load_document
from pipeline.extract import pdf_glyphs
from pipeline.extract.pdf_backends import read_pdf_with
from pipeline.extract.pdf_glyphs import shown_text

BOTH = ("pdfminer", "pdfium")


@pytest.fixture(scope="module")
def shipped_runs(shipped_pdf, tmp_path_factory) -> dict[str, Path]:
    """The shipped brief through `briefs run` once per backend (statistical model, as the committed outputs)."""
    from click.testing import CliRunner

    from pipeline.cli.main import main

    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copyfile(shipped_pdf, corpus / shipped_pdf.name)
    outs = {}
    for backend in BOTH:
        out = tmp_path_factory.mktemp(backend)
        result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(out), "--pdf-backend", backend])
        assert result.exit_code == 0, result.output
        outs[backend] = out
    return outs


def test_shipped_brief_gives_the_same_clean_text_and_annotations_with_both_backends(shipped_runs, shipped_pdf):
    stem = shipped_pdf.stem
    miner, pdfium = shipped_runs["pdfminer"], shipped_runs["pdfium"]
    for suffix in (".txt", ".ann", ".machine.jsonl"):
        assert (pdfium / f"{stem}{suffix}").read_bytes() == (miner / f"{stem}{suffix}").read_bytes(), suffix
    committed = Path(__file__).resolve().parents[1] / "annotations"
    assert (pdfium / f"{stem}.txt").read_bytes() == (committed / f"{stem}.txt").read_bytes()
    assert (pdfium / f"{stem}.ann").read_bytes() == (committed / f"{stem}.ann").read_bytes()


def test_shipped_brief_records_differ_only_in_the_backend_and_hundredths_of_a_point(shipped_runs, shipped_pdf):
    records = {b: json.loads((out / f"{shipped_pdf.stem}.json").read_text()) for b, out in shipped_runs.items()}
    assert records["pdfminer"]["metadata"].pop("pdf_backend") == "pdfminer"
    assert records["pdfium"]["metadata"].pop("pdf_backend") == "pdfium"
    miner, pdfium = _numbers(records["pdfminer"]), _numbers(records["pdfium"])
    assert len(miner) == len(pdfium) and _strings(records["pdfminer"]) == _strings(records["pdfium"])
    # Glyph positions: PDFium keeps widths in whole 1/1000 em, so they drift by hundredths of a point along a line.
    assert max(abs(a - b) for a, b in zip(miner, pdfium)) <= 0.25
    assert miner != pdfium  # the boxes do come from PDFium, not from a second pdfminer pass


def _numbers(value) -> list[float]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [n for item in items for n in _numbers(item)]


def _strings(value) -> list:
    if isinstance(value, dict):
        return [(k, _strings(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_strings(v) for v in value]
    return value if isinstance(value, (str, bool)) or value is None else 0


def test_manifest_names_the_backend_and_a_switch_reprocesses(shipped_runs, shipped_pdf, run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(shipped_runs["pdfminer"], out)
    row = pd.read_csv(out / "manifest.csv").iloc[0]
    assert (row["pdf_backend"], row["read_by"]) == ("pdfminer", "pdfminer")
    source = row["source"]
    assert "1 unchanged and skipped" in run(source, "--out", out, "--pdf-backend", "pdfminer").output
    switched = run(source, "--out", out, "--pdf-backend", "auto")
    assert "1 to process" in switched.output
    row = pd.read_csv(out / "manifest.csv").iloc[0]
    assert (row["pdf_backend"], row["read_by"]) == ("auto", "pdfium")
    assert json.loads((out / f"{shipped_pdf.stem}.json").read_text())["metadata"]["pdf_backend"] == "pdfium"


def _damaged(tmp_path: Path, shipped_pdf: Path) -> dict[str, Path]:
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(shipped_pdf.read_bytes()[:40000])
    noise = tmp_path / "noise.pdf"
    noise.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    return {"truncated": truncated, "noise": noise}


@pytest.mark.parametrize("backend", BOTH)
def test_damaged_pdf_gives_one_line_cause_with_either_backend(tmp_path, shipped_pdf, backend):
    for path in _damaged(tmp_path, shipped_pdf).values():
        with pytest.raises(InputError) as raised:
            load_document(path, backend)
        message = str(raised.value)
        assert message.startswith(f"{path}: damaged PDF: ") and "\n" not in message


def test_encrypted_pdf_names_the_cause_under_pdfium(tmp_path):
    sheet = Sheet()
    sheet.lines(50, 100, ["A paragraph that nobody may read without the password."])
    path = write_pdf(tmp_path / "locked.pdf", [sheet], password="secret")
    with pytest.raises(InputError, match="encrypted PDF that cannot be opened without a password"):
        load_document(path, "pdfium")


def test_auto_reads_with_pdfium_and_falls_back_to_pdfminer_where_pdfium_refuses(tmp_path, shipped_pdf):
    assert read_pdf_with(shipped_pdf, "auto")[2] == "pdfium"
    truncated = _damaged(tmp_path, shipped_pdf)["truncated"]
    with pytest.raises(InputError, match="PSEOF"):  # pdfminer's cause: PDFium refused, pdfminer was tried
        read_pdf_with(truncated, "auto")


def test_unknown_backend_is_refused(shipped_pdf):
    with pytest.raises(ValueError, match="unknown PDF backend 'mupdf'"):
        read_pdf_with(shipped_pdf, "mupdf")


@pytest.mark.parametrize("backend", BOTH)
def test_bullet_from_a_symbol_font_without_a_unicode_map_reads_as_a_bullet(real_pdfs, backend):
    """WordPerfect's typographic-symbols font carries no ToUnicode map: PDFium reported the bullet's code, "!"."""
    pages, _, _ = read_pdf_with(real_pdfs / "us-copyright-office_dmca-summary_1998.pdf", backend)
    titles = [line.text for line in pages[0].lines if "Title" in line.text]
    assert titles and all(text.startswith("• Title") for text in titles)
    assert not any(line.text.startswith("!") for page in pages for line in page.lines)


def test_sign_from_a_symbol_font_is_a_bullet_but_a_letter_or_another_font_keeps_its_text():
    assert shown_text("!", True) == "•"
    assert shown_text("!", False) == "!"
    assert shown_text("a", True) == "a"
    assert shown_text("\xa0", False) == " "


@pytest.mark.parametrize("backend", BOTH)
def test_win_ansi_hyphen_code_ending_a_line_joins_the_word(real_pdfs, backend):
    """An OCR layer's line-end hyphens set as WinAnsi code 0xAD: pdfminer's table made it a space ("pre scribed")."""
    text = load_document(real_pdfs / "whitehouse_nsdd-252-icbm-modernization_1986.pdf", backend).text
    for word in ("prescribed", "implemented", "installations"):
        assert word in text
    assert "pre scribed" not in text and "imple mented" not in text



@pytest.mark.parametrize("backend", BOTH)
def test_bullet_in_an_unused_win_ansi_code_is_a_list_bullet_not_a_cid(tmp_path, backend):
    """ReportLab writes "•" as WinAnsi code 127, which the encoding leaves unused and readers show as a bullet:
    pdfminer gave "(cid:127)", which stayed in the text as a word. A letter of the same font keeps its text."""
    sheet = Sheet()
    sheet.lines(50, 80, ["The mission recommends that the authorities:", "• publish results by polling station;",
                         "• review the campaign finance rules."])
    text = load_document(write_pdf(tmp_path / "bullets.pdf", [sheet]), backend).text
    assert "cid:" not in text
    assert "publish results by polling station;" in text and "review the campaign finance rules." in text


@pytest.mark.parametrize(
    "name",
    [
        "rdr-newamerica_corporate-accountability-index-summary_2019.pdf",  # ligatures without a Unicode mapping
        "whitehouse_nsdd-252-icbm-modernization_1986.pdf",  # an OCR layer's invisible glyphless text
    ],
)
def test_pages_where_pdfium_loses_text_are_read_again_by_pdfminer(real_pdfs, name):
    """PDFium gave U+FFFD for ligatures pdfminer maps by glyph name, and skipped inkless OCR words as blanks."""
    path = real_pdfs / name
    assert load_document(path, "pdfium").text == load_document(path, "pdfminer").text


def test_pdfium_reads_a_file_it_maps_in_full_without_pdfminer(real_pdfs, monkeypatch):
    def refuse(*args):
        raise AssertionError("pdfminer was asked to read again a page PDFium read in full")

    monkeypatch.setattr(pdf_glyphs, "read_pdf", refuse)
    pages, _, backend = read_pdf_with(real_pdfs / "diis_policy-brief_g20-global-banking-rules_2010.pdf", "pdfium")
    assert backend == "pdfium" and any(page.lines for page in pages)
