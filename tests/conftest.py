"""Shared fixtures: paths to the shipped brief, its raw-text seed and the real-world PDFs kept for tests."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


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
