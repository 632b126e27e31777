"""Raised note markers that cite several notes at once ("¹²", "¹,²", "¹⁻³"), cut from the body with a reference
to each note; and raised digits that cite no note (an exponent, a unit) or one note with a two-digit number."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_factory import Sheet, write_pdf

from pipeline.extract.assemble import cited_labels
from pipeline.extract.ingest import load_document

EITHER_BACKEND = pytest.mark.usefixtures("loading_with_backend")  # the layout rules must hold whichever backend reads
GOLD_SOURCES = Path(__file__).resolve().parent.parent / "annotations" / "gold" / "sources"

BODY = [
    "Talks between the two governments resumed in the spring, and the",
    "mediators reported steady progress on the questions of the border",
    "and of the return of the displaced families to their villages.",
]
NOTES = [
    "1 Joint statement of the mediators, 12 May 2021.",
    "2 Press conference of the envoy, 3 October 2021.",
    "3 Report of the observation mission, 20 December 2021.",
    "4 Resolution of the regional parliament, 13 February 2022.",
]


def _load(tmp_path, name: str, body: list[str], notes: list[str]):
    sheet = Sheet()
    sheet.lines(50, 80, body)
    sheet.lines(50, 800 - 9 * len(notes), notes, size=7, leading=9)
    return load_document(write_pdf(tmp_path / f"{name}.pdf", [sheet]))


def _body(doc) -> str:
    return doc.text[: doc.footnotes[0].start] if doc.footnotes else doc.text


@EITHER_BACKEND
@pytest.mark.parametrize(
    "closing, kept",
    [
        ("held amid an opposition boycott.^12 The", "held amid an opposition boycott. The"),  # side by side
        ("held amid an opposition boycott.^1,2 The", "held amid an opposition boycott. The"),  # a list
        ("held amid an opposition “boycott”^1-2 The", "held amid an opposition “boycott” The"),  # a range, after a quote
        ("held amid an opposition boycott (of the vote)^12 and", "held amid an opposition boycott (of the vote) and"),
    ],
)
def test_adjacent_raised_markers_were_glued_into_the_text_as_a_number(tmp_path, closing, kept):
    """Regression: "boycott.¹²", two markers for notes 1 and 2, came out as "boycott.12": the raised run was read
    as one marker, note 12, which no note has, so it stayed in the text."""
    doc = _load(tmp_path, "pair", BODY + [f"The local elections were {closing} mission left."], NOTES[:2])
    assert f"The local elections were {kept} mission left." in _body(doc)
    first, second = doc.footnotes
    assert first.refs == second.refs and len(first.refs) == 1
    assert doc.text[first.refs[0] - 1] in ".”)"


@EITHER_BACKEND
def test_a_range_of_raised_markers_cites_every_note_in_it(tmp_path):
    doc = _load(tmp_path, "range", BODY[:2] + ["and of the return of the displaced families home.^1-3 Then came"], NOTES[:3])
    assert "families home. Then came" in _body(doc)
    assert [len(note.refs) for note in doc.footnotes] == [1, 1, 1]


@EITHER_BACKEND
def test_raised_twelve_is_note_twelve_when_the_notes_reach_twelve(tmp_path):
    body = [
        "Talks went on in the capital for weeks,^1 then^2 in^3 the^4 north^5 and^6 the^7 south^8 of^9 the",
        "country,^10 and the mission^11 left the country.^12 It came back in the spring to the capital.",
    ] + BODY
    notes = [f"{number} Statement {number}." for number in range(1, 13)]
    doc = _load(tmp_path, "twelve", body, notes)
    assert "left the country. It came back" in _body(doc)
    assert [len(note.refs) for note in doc.footnotes] == [1] * 12
    assert doc.text[doc.footnotes[11].refs[0] - 8 : doc.footnotes[11].refs[0]] == "country."


@EITHER_BACKEND
def test_exponents_and_numbers_after_a_point_stay(tmp_path):
    """Raised digits that continue no note numbering are kept as the code always kept them ("m²", "10²³"), and a
    number after a full stop on the baseline is no pair of markers ("in 2019.12 states")."""
    body = BODY[:2] + [
        "and of the return of the families.^1 The camps cover 400 m^2 and hold",
        "10^23 tents; in 2019.12 states sent aid. The talks went on.^4",
    ]
    doc = _load(tmp_path, "exponents", body, NOTES)
    text = _body(doc)
    assert "hold 1023 tents; in 2019.12 states sent aid." in text
    assert "400 m" in text and "the families. The camps" in text


@pytest.mark.parametrize(
    "marker, labels, last, cited",
    [
        ("12", {"1", "2"}, 0, ("1", "2")),
        ("12", {"1", "2", "12"}, 0, ("12",)),  # note twelve, not notes 1 and 2
        ("123", {"1", "2", "3"}, 0, ("1", "2", "3")),
        ("1011", {"10", "11"}, 9, ("10", "11")),
        ("1,3", {"1", "2", "3"}, 0, ("1", "3")),
        ("4-6", {"4", "5", "6"}, 3, ("4", "5", "6")),
        ("23", {"1", "2", "3"}, 5, ()),  # an exponent: 2 and 3 do not carry on from note 5
        ("21", {"1", "2"}, 0, ()),  # numbers that fall
        ("1,5", {"1", "2"}, 0, ()),  # a note that does not exist
        ("3-1", {"1", "2", "3"}, 0, ()),
    ],
)
def test_cited_labels(marker, labels, last, cited):
    assert cited_labels(marker, labels, last) == cited


def test_council_conclusions_cite_two_notes_with_one_raised_pair():
    """Regression: the Council's conclusions on Georgia end "amid an opposition boycott.¹²" (notes 1 and 2)."""
    doc = load_document(GOLD_SOURCES / "statement-eu-council-georgia.pdf")
    assert "amid an opposition boycott.\n" in doc.text
    assert "boycott.12" not in doc.text
    first, second = doc.footnotes
    assert first.refs == second.refs == (doc.text.index("amid an opposition boycott.") + len("amid an opposition boycott."),)


def test_real_two_digit_markers_cite_one_note_each(real_pdfs):
    """The Federal Register's raised markers 10 to 15 are notes ten to fifteen, never notes 1 and 0, 1 and 1..."""
    doc = load_document(real_pdfs / "federal_register_2020_17221.pdf")
    assert [note.number for note in doc.footnotes] == list(range(1, 16))
    assert all(len(note.refs) == 1 for note in doc.footnotes)
    assert len({note.refs[0] for note in doc.footnotes}) == 15
    twelve = doc.footnotes[11].refs[0]
    assert doc.text[:twelve].rstrip().endswith("would also limit") and doc.text[twelve:].startswith("the magnitude")
