"""Tables, chart and map labels, callouts and tables of contents taken out of the text and logged as removals.

Layouts covered: numeric tables with row labels (NATO, RDR score tables), grids of short cells (UNICEF contact
block, DIIS table in shaded cells), bar and line charts with axis labels and legends (EDA, NATO), big-number
callouts (UNFPA tiles), dot-leader tables of contents; and what must stay: a paragraph's short last line, a
numbered list, a box of sentences, a figure caption, a section number, an ellipsis in a sentence.
"""

from __future__ import annotations

import pytest
from pdf_factory import Sheet, write_pdf

from pipeline.extract.ingest import load_document

PARAGRAPH = [
    "The ministry publishes its spending figures every spring, and the",
    "opposition reads them closely for signs of a change of course in",
    "the defence budget of the country and of the other members of its",
    "alliance.",
]


def removals(doc, kind):
    return [r for r in doc.removals if r.kind == kind]


@pytest.fixture(scope="module")
def table_doc(tmp_path_factory):
    sheet = Sheet()
    top = sheet.lines(50, 80, PARAGRAPH)
    sheet.text(50, top + 10, "Country", "Helvetica-Bold", 8)
    for column, year in enumerate(("2013", "2014", "2015")):
        sheet.text(220 + 80 * column, top + 10, year, "Helvetica-Bold", 8)
    rows = [("Albania", "1,206", "1,342", "1,410"), ("Belgium", "4,298", "4,048", "3,960"), ("Bulgaria", "853", "905", "832")]
    for index, (country, *values) in enumerate(rows):
        y = top + 24 + 11 * index
        sheet.text(50, y, country, size=8)
        for column, value in enumerate(values):
            sheet.text(220 + 80 * column, y, value, size=8)
    top = sheet.lines(50, top + 80, ["The figures show a steady rise over the three years for most members."])
    sheet.lines(
        50,
        top + 10,
        ["1. First point of the list, which opens with a number.", "2. Second point of the list, set the same way."],
    )
    return load_document(write_pdf(tmp_path_factory.mktemp("table") / "table.pdf", [sheet]))


def test_numeric_table_cells_leave_the_text_for_a_logged_removal(table_doc):
    assert "Albania" not in table_doc.text and "1,342" not in table_doc.text and "2014" not in table_doc.text
    (table,) = removals(table_doc, "table")
    assert table.page == 1 and table.kept_offset is None
    assert table.text.startswith("Country 2013 2014 2015 Albania 1,206 1,342 1,410 Belgium")
    x0, top, x1, bottom = table.box
    assert x0 == pytest.approx(50, abs=1) and x1 > 380 and bottom > top


def test_short_paragraph_line_and_numbered_list_are_not_table_cells(table_doc):
    assert "the other members of its alliance.\n" in table_doc.text
    assert "1. First point of the list, which opens with a number." in table_doc.text
    assert "2. Second point of the list, set the same way." in table_doc.text
    assert "The figures show a steady rise over the three years for most members." in table_doc.text


def test_grid_of_short_cells_is_a_table(tmp_path):
    sheet = Sheet()
    top = sheet.lines(50, 80, PARAGRAPH[:3])
    cells = [
        ("Who to contact", "Ana Ruiz", "Ben Okoro", "Chen Wei"),
        ("for information:", "Representative", "Deputy", "Chief of Office"),
        ("", "Tel: 555 0101", "Tel: 555 0102", "Tel: 555 0103"),
        ("", "ana@example.org", "ben@example.org", "chen@example.org"),
    ]
    for index, row in enumerate(cells):
        for column, cell in enumerate(row):
            if cell:
                sheet.text(50 + 130 * column, top + 20 + 11 * index, cell, size=9)
    doc = load_document(write_pdf(tmp_path / "grid.pdf", [sheet]))
    assert "Representative" not in doc.text and "ben@example.org" not in doc.text
    (table,) = removals(doc, "table")
    assert "Ana Ruiz Ben Okoro Chen Wei" in table.text


def chart_sheet() -> Sheet:
    sheet = Sheet()
    top = sheet.lines(50, 80, PARAGRAPH[:3])
    sheet.text(50, top + 14, "Figure 1. Budget shares of the six members", "Helvetica-Bold", 9)
    base = top + 200
    for index, height in enumerate((60, 90, 120, 80, 140, 100)):
        sheet.fill(90 + 60 * index, base - height, 30, height, gray=0.4)
    for step in range(4):
        sheet.rule(80, base - 40 * step, 360)
        sheet.text(55, base - 40 * step + 3, f"{10 * step}%", size=7)
    for index, label in enumerate(("ALB", "BEL", "BGR", "CAN", "HRV", "CZE")):
        sheet.text(92 + 60 * index, base + 12, label, size=7)
    sheet.text(90, base + 26, "Share of the budget spent on equipment", size=7)
    sheet.lines(50, base + 60, ["The chart makes plain how far apart the members remain on spending."])
    return sheet


def test_chart_labels_axis_and_legend_leave_the_text_the_caption_stays(tmp_path):
    doc = load_document(write_pdf(tmp_path / "chart.pdf", [chart_sheet()]))
    for junk in ("ALB", "BGR", "30%", "Share of the budget spent on equipment"):
        assert junk not in doc.text
    assert "Figure 1. Budget shares of the six members" in doc.text
    assert "The chart makes plain how far apart the members remain on spending." in doc.text
    (figure,) = removals(doc, "figure-text")
    assert figure.page == 1 and "ALB BEL BGR CAN HRV CZE" in figure.text


def test_rotated_chart_labels_are_not_text(tmp_path):
    sheet = chart_sheet()
    for index, label in enumerate(("Albania", "Belgium", "Bulgaria")):
        sheet.rotated(95 + 60 * index, 560, label, 45)
    doc = load_document(write_pdf(tmp_path / "rotated.pdf", [sheet]))
    letters = [line for line in doc.text.splitlines() if len(line.strip()) == 1]
    assert not letters and "Albania" not in str(doc.removals)


def test_box_of_sentences_on_a_shaded_background_keeps_its_text(tmp_path):
    sheet = Sheet()
    top = sheet.lines(50, 80, PARAGRAPH[:3])
    sheet.fill(45, top + 4, 500, 50)
    sheet.text(55, top + 20, "Key point", "Helvetica-Bold", 10)
    sheet.text(55, top + 36, "The budget grew faster than the economy for the third year running.")
    doc = load_document(write_pdf(tmp_path / "box.pdf", [sheet]))
    assert "Key point" in doc.text
    assert "The budget grew faster than the economy for the third year running." in doc.text
    assert not doc.removals


def test_big_number_with_its_label_is_a_callout_a_section_number_is_not(tmp_path):
    sheet = Sheet()
    top = sheet.lines(50, 80, PARAGRAPH[:3])
    sheet.text(420, top + 40, "82%", "Helvetica-Bold", 24)
    sheet.lines(420, top + 56, ["of investments went to", "new equipment"], size=9, leading=11)
    sheet.text(50, top + 40, "2", "Helvetica-Bold", 24)
    sheet.text(70, top + 40, "The blind spot of the sector", "Helvetica-Bold", 14)
    sheet.lines(50, top + 60, ["Data on the communities concerned is not collected by anyone."])
    doc = load_document(write_pdf(tmp_path / "callout.pdf", [sheet]))
    (callout,) = removals(doc, "callout")
    assert callout.text == "82% of investments went to new equipment"
    assert "82%" not in doc.text and "new equipment" not in doc.text
    assert "The blind spot of the sector" in doc.text


def test_table_of_contents_with_dot_leaders_is_set_aside_an_ellipsis_is_not(tmp_path):
    sheet = Sheet()
    sheet.text(50, 80, "Contents", "Helvetica-Bold", 14)
    for index, (title, page) in enumerate((("Introduction", 3), ("The river basin", 5), ("Recommendations", 9))):
        sheet.text(50, 110 + 14 * index, f"{title} {'.' * (60 - 2 * len(title))} {page}")
    sheet.lines(50, 200, PARAGRAPH[:3] + ["He waited... and then 3 more came."])
    doc = load_document(write_pdf(tmp_path / "contents.pdf", [sheet]))
    (contents,) = removals(doc, "contents")
    assert contents.text.startswith("Contents Introduction") and contents.text.endswith("9")
    assert "Introduction" not in doc.text and "Contents" not in doc.text
    assert "He waited... and then 3 more came." in doc.text


def test_real_score_table_and_chart_labels_leave_the_text(real_pdfs):
    doc = load_document(real_pdfs / "rdr-newamerica_corporate-accountability-index-summary_2019.pdf")
    assert "Mail.Ru" not in doc.text and "COMPANY SCORE" not in doc.text
    assert "e e o e N ft e u a" not in doc.text and "16.19" not in doc.text
    assert "Microsoft 62 Google 61" in " ".join(r.text for r in removals(doc, "table"))
    assert "Microsoft ranked first, mainly due to strong governance" in doc.text


def test_real_wide_tables_of_figures_leave_no_actor_bait(real_pdfs):
    doc = load_document(real_pdfs / "nato_defence-expenditures-communique_2016.pdf")
    assert "Leks" not in doc.text and "Leva" not in doc.text and "Albania Belgium" not in doc.text
    tables = removals(doc, "table")
    assert len(tables) >= 8 and {r.page for r in tables} >= {4, 5, 6, 7, 8}
    assert "NATO collects defence expenditures from Allies on a regular basis" in doc.text
    one_token = [line for line in doc.text.splitlines() if len(line.split()) == 1]
    assert len(one_token) <= 3


def test_real_chart_axes_and_callouts_leave_the_text(real_pdfs):
    doc = load_document(real_pdfs / "eda_defence-data-2020-2021_2022.pdf")
    assert "€ 290 Bn" not in doc.text and "MS 26" not in doc.text
    assert "Figure 1. Total defence expenditure and 2% of GDP guideline (constant 2021 prices)" in doc.text
    assert {r.kind for r in doc.removals} >= {"table", "figure-text", "cover"}


def test_real_contact_block_grid_is_a_table(real_pdfs):
    doc = load_document(real_pdfs / "unicef_haiti-flash-update-3_2025.pdf")
    assert "Deputy Representative" not in doc.text and "Tel: +509" not in doc.text
    (table,) = removals(doc, "table")
    assert table.page == 2 and "Geetanjali Narayan" in table.text
