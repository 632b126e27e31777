"""Values a damaged PDF controls (coordinates, sizes, digit runs) never size an allocation or crash our own code,
and whatever pdfminer raises on a damaged file is reported as a damaged PDF."""

from __future__ import annotations

import math

import pytest
from pdf_factory import Sheet, write_pdf

from pipeline.core.errors import InputError
from pipeline.extract.assemble import _footnote_label, _label
from pipeline.extract.ingest import load_document
from pipeline.extract.page_model import Glyph, Line
from pipeline.extract.pdf_glyphs import Char, placed
from pipeline.extract.reading_order import find_gutters, reading_order


def line(x0: float, top: float, x1: float, text: str = "words") -> Line:
    glyphs = [Glyph(char, x0, x1) for char in text]
    return Line(glyphs, 1, x0, top, x1, top + 10, 10.0, "Body")


def two_columns() -> list[Line]:
    return [line(x0, 100 + 14 * row, x1) for row in range(20) for x0, x1 in ((50, 280), (310, 540))]


def test_a_line_far_off_the_page_does_not_size_the_column_search():
    """A damaged text matrix put one line at x = 1e15: the gutter search once allocated a list that wide."""
    lines = two_columns()
    far = line(1e15, 300, 1e15 + 200)
    assert [(g.left, g.right) for g in find_gutters(lines)] == [(281, 309)]
    assert find_gutters(lines + [far]) == find_gutters(lines)
    ordered = reading_order(lines + [far])
    assert ordered[:20] == [ln for ln in lines if ln.x0 == 50] and far in ordered


def test_a_line_far_left_of_the_columns_leaves_the_gutter_where_it_was():
    lines = two_columns()
    assert find_gutters(lines + [line(-1e12, 300, -1e12 + 100)]) == find_gutters(lines)


def char(x0: float, size: float = 10.0) -> Char:
    return Char("a", x0, x0 + 5, 100.0, 110.0, 108.0, size, "Body")


def test_glyphs_at_infinity_or_nowhere_are_dropped_before_lines_are_built():
    good = [char(50), char(56)]
    assert placed(good) is good
    assert placed([char(50), char(math.inf), char(56), char(math.nan), char(60, size=-math.inf)]) == good


def test_a_run_of_thousands_of_raised_digits_is_no_note_number():
    """int() refuses strings of more than 4300 digits; a damaged file can raise any number of digits."""
    digits = [Glyph("7", 50 + i, 51 + i, raised=True) for i in range(5000)]
    note = Line(digits + [Glyph(" ", 0, 0), Glyph("A", 0, 0)], 1, 50, 700, 600, 708, 7.0, "Body")
    assert _footnote_label(note, note.text) == ("", 0, "")
    assert _label("7" * 5000) == "7" * 5000 and _label("012") == "12" and _label("†") == "†"


def test_a_raised_superscript_two_opening_a_note_line_is_no_note_number():
    """"²" is a digit to str.isdigit but not to int()."""
    note = Line([Glyph("²", 50, 53, raised=True), Glyph("A", 54, 60)], 1, 50, 700, 60, 708, 7.0, "Body")
    assert _footnote_label(note, note.text) == ("", 0, "")
    plain = Line([Glyph("2", 50, 53, raised=True), Glyph("A", 54, 60)], 1, 50, 700, 60, 708, 7.0, "Body")
    assert _footnote_label(plain, plain.text) == ("2", 1, "raised")


@pytest.fixture
def readable_pdf(tmp_path):
    sheet = Sheet()
    sheet.lines(50, 100, ["Policy notes on the river basin and its floods.", "Water rights are negotiated."])
    return write_pdf(tmp_path / "readable.pdf", [sheet], compress=False)


def test_an_invalid_octal_escape_is_a_damaged_pdf_not_an_unexpected_assertion(readable_pdf):
    """pdfminer asserts on a string escape such as \\641 (above 255) instead of raising its own syntax error."""
    data = readable_pdf.read_bytes()
    assert load_document(readable_pdf).text.startswith("Policy notes")
    readable_pdf.write_bytes(data.replace(b"(Policy)", b"(\\641cy)", 1))
    with pytest.raises(InputError) as raised:
        load_document(readable_pdf)
    assert str(raised.value) == f"{readable_pdf}: damaged PDF: AssertionError: Invalid octal b'641' (417)"


def test_type_set_too_large_for_arithmetic_is_left_out(readable_pdf):
    """A font size of 10^308 is a finite float, but twice it is not: the line's style once overflowed."""
    data = readable_pdf.read_bytes()
    assert data.count(b"/F1 10 Tf") == 2  # one per line
    readable_pdf.write_bytes(data.replace(b"/F1 10 Tf", b"/F1 1" + b"0" * 308 + b" Tf", 1))
    assert load_document(readable_pdf).text == "Water rights are negotiated.\n"


def test_text_that_repeats_everywhere_is_checked_for_copies_within_a_budget(monkeypatch):
    """Glyphs without a Unicode mapping read as "(cid:0)(cid:21)...": nearly every block then looks like a copy, and
    comparing each with the rest of the document took minutes. Only the most set-apart candidates are compared."""
    import pipeline.extract.dedupe as dedupe

    texts = [f"(cid:0)(cid:{n % 7})(cid:0)(cid:3) (cid:0)(cid:21)(cid:0)(cid:4) (cid:0)(cid:9)" for n in range(3000)]
    words = sum(len(dedupe.words(text)) for text in texts)
    compared = []
    real = dedupe.containment
    monkeypatch.setattr(dedupe, "containment", lambda own, stream: compared.append(1) or real(own, stream))
    removed = dedupe.find_copies(texts, [float(n % 3) for n in range(3000)], [True] * 3000)
    limit = dedupe.COMPARISON_BUDGET // words
    assert 0 < len(removed) <= limit < 3000 and len(compared) <= 2 * limit
    assert all(n % 3 == 2 for n in removed)  # the most set-apart went first


def test_a_blank_page_before_the_text_is_no_empty_cover(tmp_path):
    """Found by the fuzz test: a first page with no text (blank, or its content lost to damage) came before the
    first page of text, was taken for a cover, and its empty block failed the document with an IndexError."""
    text = Sheet()
    text.lines(50, 100, [
        "The river basin has shaped the economy of the region for centuries, and farmers still depend on",
        "its seasonal floods. Water rights are negotiated between villages every year, and the councils",
        "that settle them meet in spring. Upstream dams now threaten this balance, because they hold back",
        "the floods that the farmers have relied on for generations, and leave the plains dry in summer.",
    ])
    document = load_document(write_pdf(tmp_path / "blank-first.pdf", [Sheet(), text]))
    assert document.text.startswith("The river basin") and all(removal.text for removal in document.removals)
