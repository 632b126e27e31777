"""Line and column building from glyphs: whole justified lines, superscripts, gutters, reading order."""

from __future__ import annotations

import pytest
from pdf_factory import A4, Sheet, write_pdf
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar
from reportlab.pdfgen import canvas

from pipeline.extract.reading_order import find_gutters, reading_order


@pytest.fixture(scope="module")
def shipped_pages(shipped_pdf, read_pages):
    pages, info = read_pages(shipped_pdf)
    return pages


def test_widely_spaced_justified_line_stays_one_line(shipped_pages):
    texts = [line.text for line in shipped_pages[0].lines]
    assert "neighbors, replicating the traditional asymmetry" in texts


def test_superscript_marker_is_raised_on_its_line(shipped_pages):
    (line,) = [ln for ln in shipped_pages[0].lines if ln.text.startswith("captured by foreign actors")]
    assert line.text == "captured by foreign actors with their own agenda1."
    assert [g.char for g in line.glyphs if g.raised] == ["1"]


def test_box_background_and_rules_are_found(shipped_pages):
    (box,) = shipped_pages[0].boxes
    assert box[0] > 290 and box[2] > 540
    quote_top = next(
        ln.top for ln in shipped_pages[1].lines if ln.text.startswith("Algeria believes Mali to be the “weak link")
    )
    assert any(x0 > 290 and quote_top - 30 < y < quote_top for x0, y, x1 in shipped_pages[1].rules)


def test_two_columns_are_read_one_after_the_other(shipped_pages):
    ordered = [line.text for line in reading_order(shipped_pages[1].lines)]
    left_end = ordered.index("Mali to be the “weak link of the chain” and uncommit-")
    right_start = ordered.index("Sahel governments also suspect that Algeria is seeking")
    assert ordered.index("different countries. One of these territories at the") < left_end < right_start


def test_three_columns_and_a_full_width_footnote(tmp_path, read_pages):
    sheet = Sheet()
    for column, x in enumerate((50, 220, 390)):
        sheet.lines(x, 100, [f"column {column} line {row} of text here" for row in range(4)], size=9, leading=12)
    sheet.lines(
        50, 780, ["1. A footnote that runs across the full width of the page, under all three columns."], size=7
    )
    pages, _ = read_pages(write_pdf(tmp_path / "three.pdf", [sheet]))
    assert len(find_gutters(pages[0].lines)) == 2
    ordered = [line.text for line in reading_order(pages[0].lines)]
    expected = [f"column {c} line {r} of text here" for c in range(3) for r in range(4)]
    assert ordered[:12] == expected and ordered[12].startswith("1. A footnote")


def test_wide_word_spacing_is_not_a_gutter(tmp_path, read_pages):
    sheet = Sheet()
    sheet.lines(
        50, 100, ["A first line of ordinary text that fills the column", "and a second line that does the same."]
    )
    sheet.text(50, 128, "spread out words here", word_space=14)
    sheet.lines(50, 142, ["and a closing line of ordinary text in the column."])
    pages, _ = read_pages(write_pdf(tmp_path / "spaced.pdf", [sheet]))
    assert [line.text for line in pages[0].lines][2] == "spread out words here"


def test_list_marker_stays_on_its_line(tmp_path, read_pages):
    sheet = Sheet()
    for row in range(4):
        sheet.text(50, 100 + 28 * row, "–")
        sheet.lines(62, 100 + 28 * row, [f"item {row} begins on this line", "and carries on here"])
    pages, _ = read_pages(write_pdf(tmp_path / "list.pdf", [sheet]))
    assert [ln.text for ln in reading_order(pages[0].lines)][:2] == [
        "– item 0 begins on this line",
        "and carries on here",
    ]


def test_title_and_author_come_from_the_info_dictionary(tmp_path, read_pages):
    sheet = Sheet()
    sheet.lines(50, 100, ["Some text."])
    _, info = read_pages(write_pdf(tmp_path / "info.pdf", [sheet], title="A Title", author="An Author"))
    assert info == {"title": "A Title", "author": "An Author"}


def test_narrow_justified_quote_with_aligned_gaps_stays_whole(tmp_path, read_pages):
    sheet = Sheet()
    sheet.lines(
        50,
        100,
        [
            "Body text runs on above the quote here,",
            "filling the column from side to side,",
            "as justified body text always does.",
        ],
    )
    for row, words in enumerate([("Policy", "and", "borders"), ("matter", "more", "than"), ("ever", "they", "did.")]):
        for x, word in zip((50, 120, 190), words):
            sheet.text(x, 150 + 16 * row, word, "Helvetica-Oblique", 13)
    sheet.lines(
        50,
        210,
        [
            "Body text runs on below the quote too,",
            "filling the column from side to side,",
            "as justified body text always does.",
        ],
    )
    pages, _ = read_pages(write_pdf(tmp_path / "quote.pdf", [sheet]))
    texts = [line.text for line in pages[0].lines]
    assert {"Policy and borders", "matter more than", "ever they did."} <= set(texts)


def _pdfminer_glyphs(path, digits: int) -> dict[tuple[str, float, float], tuple[float, float]]:
    """pdfminer's own boxes of the upright glyphs: (text, x0, x1) → (top, bottom) from the top edge."""

    def walk(item):
        if isinstance(item, LTChar):
            yield item
        elif hasattr(item, "__iter__"):
            for child in item:
                yield from walk(child)

    glyphs = {}
    for page in extract_pages(path):
        for char in walk(page):
            if char.upright and char.get_text().strip():
                key = (char.get_text(), round(char.x0, digits), round(char.x1, digits))
                glyphs[key] = (page.y1 - char.y1, page.y1 - char.y0)
    return glyphs


def test_glyph_boxes_match_pdfminer_for_level_and_tilted_text_and_skip_vertical_text(tmp_path, read_pages, pdf_backend):
    path = tmp_path / "tilted.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 700, "Level words")
    pdf.saveState()
    pdf.translate(50, 600)
    pdf.rotate(2)
    pdf.drawString(0, 0, "Tilt")
    pdf.restoreState()
    pdf.saveState()
    pdf.translate(20, 400)
    pdf.rotate(90)
    pdf.drawString(0, 0, "Stamp")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    pages, _ = read_pages(path)
    assert [line.text for line in pages[0].lines] == ["Level words", "Tilt"]
    # PDFium computes in single precision: its boxes agree to the hundredth of a point that records keep.
    digits, tolerance = (6, 1e-6) if pdf_backend == "pdfminer" else (2, 0.01)
    theirs = _pdfminer_glyphs(path, digits)
    ours = []
    for line in pages[0].lines:
        keys = [(g.char, round(g.x0, digits), round(g.x1, digits)) for g in line.glyphs if g.char != " "]
        assert line.top == pytest.approx(min(theirs[key][0] for key in keys), abs=tolerance)
        assert line.bottom == pytest.approx(max(theirs[key][1] for key in keys), abs=tolerance)
        ours.extend(keys)
    assert sorted(ours) == sorted(theirs)
