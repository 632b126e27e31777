"""Shared fixtures: paths to the shipped brief, its raw-text seed and the real-world PDFs kept for tests,
the `briefs` command line run in-process, and a writable copy of the small standoff corpus."""

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import main
from pipeline.extract import ingest
from pipeline.extract.pdf_backends import read_pdf_with

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
STANDOFF = DATA / "standoff"


@pytest.fixture(scope="session")
def statistical_nlp():
    """The tagging pipeline with the installed statistical model, loaded once for the tests that tag sentences."""
    from pipeline.tagging.tagger import load_nlp

    return load_nlp("auto")


@pytest.fixture(scope="session")
def shipped_pdf() -> Path:
    return ROOT / "corpus" / "cidob-notes-67-algeria-mali.pdf"


@pytest.fixture(scope="session")
def seed_txt() -> Path:
    return DATA / "seeds" / "000_74c715e76d7b7a42.txt"


@pytest.fixture(scope="session")
def scanned_pdf() -> Path:
    return DATA / "pdfs" / "irs_3115_1987_scanned_p1.pdf"


@pytest.fixture(scope="session")
def three_column_pdf() -> Path:
    return DATA / "pdfs" / "federal_register_2020_17221_p1-3.pdf"


REAL_PDFS = ROOT.parent / "shared" / "real-pdfs"


@pytest.fixture(scope="session")
def real_pdfs() -> Path:
    """The development set of real PDFs, kept beside the repository (never committed into it)."""
    if not REAL_PDFS.is_dir():
        pytest.skip(f"development PDFs not found at {REAL_PDFS}")
    return REAL_PDFS


@pytest.fixture(scope="module", params=["pdfminer", "pdfium"])
def pdf_backend(request) -> str:
    """Each PDF backend in turn, for the layout tests (a module's tests run under one, then the other)."""
    return request.param


@pytest.fixture
def loading_with_backend(pdf_backend, monkeypatch) -> str:
    """`load_document` reads every PDF of the test with `pdf_backend`, whatever backend it is asked for."""
    monkeypatch.setattr(ingest, "read_pdf_with", lambda path, backend: read_pdf_with(path, pdf_backend))
    return pdf_backend


@pytest.fixture(scope="module")
def read_pages(pdf_backend):
    """`pdf_glyphs.read_pdf`, or its PDFium twin, as `pdf_backend` says: (pages, info) of a PDF."""
    return lambda path: read_pdf_with(path, pdf_backend)[:2]


@pytest.fixture
def cli():
    """Invoke `briefs ARGS` in-process; the result carries exit code, output, stdout and stderr.

    Arguments are turned into strings (paths are fine); keyword arguments go to `CliRunner.invoke`
    unchanged, e.g. `env={"BRIEFS_ANNOTATOR": "ana"}` or `input=...`.
    """
    runner = CliRunner()
    return lambda *args, **kwargs: runner.invoke(main, [str(a) for a in args], **kwargs)


@pytest.fixture
def run(cli):
    """Invoke `briefs run ARGS` in-process, as `cli("run", ...)` does.

    Not to be confused with `corrections_support.run`, a plain function some test modules import under the same name.
    """
    return lambda *args, **kwargs: cli("run", *args, **kwargs)


@pytest.fixture
def standoff_corpus(tmp_path) -> Path:
    """A writable copy of tests/data/standoff (brat .txt/.ann/.json triples) in tmp_path/"annotations"."""
    folder = tmp_path / "annotations"
    shutil.copytree(STANDOFF, folder)
    return folder


def integration_wanted() -> bool:
    """Integration tests install and start real servers: always in CI, elsewhere only when asked for."""
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("BRIEFS_INTEGRATION") == "1"


def pytest_collection_modifyitems(config, items):
    if integration_wanted():
        return
    skip = pytest.mark.skip(reason="real Label Studio and brat: set BRIEFS_INTEGRATION=1 to run (CI runs them)")
    for item in items:
        if "integration" in item.keywords:
            item.add_marker(skip)
