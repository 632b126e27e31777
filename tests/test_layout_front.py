"""Covers, title blocks, datelines and running heads taken out of the text and kept in the record.

Layouts covered: a repository's cover sheet in other fonts (DIIS), designed covers and colophons (EDA, RDR), a
title page holding key findings in the document's type (PRIME, must stay), title blocks with a dateline (the
written briefs, DMCA, OCHA, UNICEF), running heads set below the top margin (FEWS NET, DMCA), page numbers beside
the text at mid-height (CSIS spreads) and a footer block of several lines (OCHA).
"""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Sheet, write_pdf

from pipeline.extract.ingest import load_document
from pipeline.tagging.tagger import load_nlp, tag_document

ROOT = Path(__file__).resolve().parents[1]
BODY = [
    "Talks between the two governments resumed in the spring, and the mediators reported",
    "steady progress on the questions of the border and of the return of the displaced",
    "families to their villages, which both sides had long put off to the final round.",
    "The agreement signed in the summer sets out a timetable for the return of the families.",
]


def kinds(doc, kind):
    return [r for r in doc.removals if r.kind == kind]


def test_cover_page_before_the_text_is_logged_not_read(tmp_path):
    cover, first = Sheet(), Sheet()
    cover.text(50, 300, "THE RIVER AND THE BORDER", "Helvetica-Bold", 30)
    cover.text(50, 340, "Download date: 05 April 2025", "Courier", 9)
    first.lines(50, 100, BODY * 3)
    doc = load_document(write_pdf(tmp_path / "cover.pdf", [cover, first]))
    assert doc.text.startswith("Talks between the two governments") and "Download date" not in doc.text
    (page,) = kinds(doc, "cover")
    assert page.page == 1 and "Download date: 05 April 2025" in page.text
    assert doc.metadata["title"] == "THE RIVER AND THE BORDER"


def test_first_page_with_text_is_no_cover(tmp_path):
    first, second = Sheet(), Sheet()
    first.text(50, 80, "The river and the border", "Helvetica-Bold", 22)
    first.lines(50, 120, BODY * 2)
    second.lines(50, 80, BODY)
    doc = load_document(write_pdf(tmp_path / "no-cover.pdf", [first, second]))
    assert not kinds(doc, "cover") and doc.text.startswith("Talks between the two governments")
    assert doc.metadata["title"] == "The river and the border"


def test_title_block_dateline_and_subtitle_go_to_the_record(tmp_path):
    sheet = Sheet()
    sheet.text(50, 80, "The river and the border", "Helvetica-Bold", 22)
    sheet.text(50, 104, "Jane Doe and John Roe", "Helvetica-Oblique", 11)
    sheet.text(50, 122, "Flash Update No. 3", "Helvetica", 11)
    sheet.text(50, 138, "Reporting period: 24 October – 24 November 2025", "Helvetica", 9)
    sheet.text(50, 190, "Highlights", "Helvetica-Bold", 14)
    sheet.lines(50, 210, BODY)
    doc = load_document(write_pdf(tmp_path / "title-block.pdf", [sheet]))
    assert doc.text.startswith("Highlights\nTalks between the two governments")
    assert doc.metadata["author"] == "Jane Doe and John Roe"
    assert doc.metadata["dateline"] == "Reporting period: 24 October – 24 November 2025"
    (block,) = kinds(doc, "title-block")
    assert block.text == "Flash Update No. 3 Reporting period: 24 October – 24 November 2025" and block.page == 1


def test_short_body_line_under_the_title_is_not_a_title_block(tmp_path):
    sheet = Sheet()
    sheet.text(50, 80, "The river and the border", "Helvetica-Bold", 22)
    sheet.lines(50, 140, BODY + ["May it hold."])
    doc = load_document(write_pdf(tmp_path / "short-line.pdf", [sheet]))
    assert doc.text.rstrip().endswith("May it hold.") and not kinds(doc, "title-block")


def test_running_head_below_the_margin_and_page_number_at_mid_height(tmp_path):
    sheets = []
    for number in range(1, 6):
        sheet = Sheet()
        sheet.text(50, 90, "Food Security Outlook", "Helvetica-Bold", 10)
        sheet.text(480, 90, "October 2025 - May 2026", "Helvetica", 10)
        sheet.text(20, 420, str(13 + number), "Helvetica", 9)
        sheet.lines(60, 130, BODY)
        sheets.append(sheet)
    doc = load_document(write_pdf(tmp_path / "heads.pdf", sheets))
    assert "Food Security Outlook" not in doc.text and "October 2025 - May 2026" not in doc.text
    assert not any(line.strip().isdigit() for line in doc.text.splitlines())


def test_written_brief_dateline_leaves_line_one_for_the_metadata():
    doc = load_document(ROOT / "annotations" / "gold" / "sources" / "brief-colombia-peace-eln.pdf")
    assert doc.text.startswith("When Gustavo Petro took office on 7 August 2022")
    assert doc.metadata["dateline"] == "March 2025" and doc.metadata["date"] == "2025-03"
    assert [(r.page, r.text) for r in kinds(doc, "title-block")] == [(1, "March 2025")]


def test_real_repository_cover_sheet_is_logged(real_pdfs):
    doc = load_document(real_pdfs / "diis_policy-brief_g20-global-banking-rules_2010.pdf")
    assert doc.text.startswith("At the September 2009 Pittsburgh Summit the leaders of the G20")
    (cover,) = kinds(doc, "cover")
    assert cover.page == 1 and cover.text.startswith("Download date")
    assert doc.metadata["title"] == "Reforming Global Banking Rules − how the G20 Can Save the Global Economy"


def test_real_title_page_with_key_findings_is_read(real_pdfs):
    doc = load_document(real_pdfs / "prime_energy-digitalisation-policy-briefing_2024.pdf")
    assert "Digitalisation is central to affordable, secure and decarbonised supply of energy" in doc.text
    assert not kinds(doc, "cover")


def test_real_running_heads_footers_and_mid_height_page_numbers(real_pdfs):
    fews = load_document(real_pdfs / "fewsnet_haiti-food-security-outlook_2025.pdf")
    assert "October 2025 - May 2026\n" not in fews.text and "Food Security Outlook October 2025" not in fews.text
    dmca = load_document(real_pdfs / "us-copyright-office_dmca-summary_1998.pdf")
    assert "Copyright Office Summary December 1998 Page" not in dmca.text
    assert "The Digital Millennium Copyright Act of 1998\n" not in dmca.text
    ocha = load_document(real_pdfs / "ocha_haiti-flash-update-3_2025.pdf")
    assert "We advocate for effective and principled humanitarian action" not in ocha.text
    assert ocha.metadata["dateline"] == "FLASH UPDATE N0.3 – as of 28 October 2025"
    rdr = load_document(real_pdfs / "rdr-newamerica_corporate-accountability-index-summary_2019.pdf")
    assert "RANKING DIGITAL RIGHTS | 2019 RDR CORPORATE ACCOUNTABILITY INDEX" not in rdr.text
    assert "MAY 2019" not in rdr.text and "@RANKINGRIGHTS" not in rdr.text
    csis = load_document(real_pdfs / "csis_countering-violent-extremism_defining-the-problem_2016.pdf")
    assert not any(line.strip().isdigit() for line in csis.text.splitlines())


def test_dateline_year_still_dates_the_year_less_dates_after_it(real_pdfs):
    """Regression: with the dateline out of the text, "Since October 22" lost its year."""
    doc = load_document(real_pdfs / "unicef_haiti-flash-update-3_2025.pdf")
    assert "Reporting Period" not in doc.text and doc.metadata["date"].startswith("2025")
    dates = {m.text: m.value for m in tag_document(load_nlp(None), doc) if m.label == "DATE"}
    assert dates["October 22"] == "2025-10-22"
