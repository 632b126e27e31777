"""Reading order and paragraphs across layouts: sidebars, bold lead-ins, ragged-right text, list labels, gutters.

Layouts covered: a shaded box beside the text (DIIS policy recommendations, FEWS NET map captions), bold words
inside paragraphs (UNICEF, FEWS NET), ragged-right text with short sentence-final lines, hanging list labels
"(i)" and "19." set apart from their items (DIIS, PRIME, RDR), bands of columns whose gutters differ (PRIME); and
what must stay apart: a heading in bold, the end of a justified paragraph.
"""

from __future__ import annotations

from pdf_factory import Sheet, write_pdf

from pipeline.extract.ingest import load_document


def test_bold_words_inside_a_paragraph_do_not_cut_it(tmp_path):
    sheet = Sheet()
    sheet.text(50, 80, "In the South, 2,900 hygiene kits have been prepositioned to support approximately", "Helvetica-Bold", 10)
    sheet.text(50, 94, "14,500 people. So far, 1,100 kits have already been distributed to the civil defence,")
    sheet.text(50, 108, "and a further 1,000 kits are planned for delivery next week in the South.")
    sheet.text(50, 140, "Health", "Helvetica-Bold", 10)
    sheet.text(50, 156, "Medical supplies have been pre-positioned for rapid deployment.")
    doc = load_document(write_pdf(tmp_path / "bold.pdf", [sheet]))
    assert doc.text.startswith(
        "In the South, 2,900 hygiene kits have been prepositioned to support approximately 14,500 people. So far,"
    )
    assert "in the South.\nHealth\nMedical supplies" in doc.text


def test_ragged_right_paragraph_stays_whole_where_the_next_word_would_not_fit(tmp_path):
    sheet = Sheet()
    sheet.lines(
        50,
        80,
        [
            "The mediators met the two delegations in the capital on a cold",
            "morning in March and reported progress on the talks.",
            "Nevertheless, the question of the border remained open after the",
            "talks, and the families waited for news. It was a long wait.",
            "It ended in June.",
        ],
    )
    doc = load_document(write_pdf(tmp_path / "ragged.pdf", [sheet]))
    assert doc.text == (
        "The mediators met the two delegations in the capital on a cold morning in March and reported progress on "
        "the talks. Nevertheless, the question of the border remained open after the talks, and the families waited "
        "for news. It was a long wait.\nIt ended in June.\n"
    )


def test_box_beside_the_text_is_read_after_the_paragraph_it_interrupts(tmp_path):
    first, second = Sheet(), Sheet()
    first.lines(
        50,
        90,
        [
            "The river basin has shaped the economy of",
            "the region for centuries, and the farmers",
            "still depend on its seasonal floods, which",
            "the new dams upstream now hold back for",
        ],
    )
    first.fill(300, 80, 245, 80)
    first.lines(310, 95, ["Recommendations", "Open the dams in spring.", "Share the water data."], "Helvetica-Bold", 10)
    second.lines(50, 90, ["months at a time. The farmers ask for two things:"])
    second.lines(50, 104, ["(a) water in the spring;", "(b) data on the dams."])
    second.lines(50, 140, ["A second paragraph closes the brief."])
    doc = load_document(write_pdf(tmp_path / "sidebar.pdf", [first, second]))
    assert doc.text.splitlines() == [
        "The river basin has shaped the economy of the region for centuries, and the farmers still depend on its "
        "seasonal floods, which the new dams upstream now hold back for months at a time. The farmers ask for two "
        "things:",
        "(a) water in the spring;",
        "(b) data on the dams.",
        "Recommendations Open the dams in spring. Share the water data.",
        "A second paragraph closes the brief.",
    ]


def test_hanging_list_labels_stay_with_their_items(tmp_path):
    sheet = Sheet()
    sheet.lines(50, 80, ["There are four key elements to the latest proposals:"])
    for index, (label, item) in enumerate((("(i)", "a leverage ratio;"), ("(ii)", "capital buffers."))):
        sheet.text(50, 100 + 14 * index, label)
        sheet.text(80, 100 + 14 * index, item)
    for index, (label, item) in enumerate((("19.", "Ofgem (2015). Regional differences."), ("20.", "Ofgem (2016). Letter."))):
        sheet.text(50, 140 + 14 * index, label)
        sheet.text(80, 140 + 14 * index, item)
    doc = load_document(write_pdf(tmp_path / "labels.pdf", [sheet]))
    for line in ("(i) a leverage ratio;", "(ii) capital buffers.", "19. Ofgem (2015). Regional differences."):
        assert line in doc.text


def test_real_columns_interleaved_around_a_table_read_in_order(real_pdfs):
    doc = load_document(real_pdfs / "diis_policy-brief_g20-global-banking-rules_2010.pdf")
    assert (
        "It is therefore essential that the G20, as it meets in Toronto this week, heeds the lessons of Basel II’s "
        "failure. By adopting the kinds of institutional reform proposed in this brief can we put ourselves in a "
        "position to create rules that serve the interests of society as a whole" in doc.text
    )
    assert "heeds the over the content" not in doc.text and "institheir" not in doc.text
    assert doc.text.index("(iv) Minimum liquidity standard") < doc.text.index("POLICY RECOMMENDATIONS")
    assert doc.text.index("There are four key elements to the latest proposals:") < doc.text.index("(i) International")


def test_real_bands_of_columns_with_different_gutters(real_pdfs):
    doc = load_document(real_pdfs / "prime_energy-digitalisation-policy-briefing_2024.pdf")
    assert (
        "There are two key data-related issues concerning minority ethnic communities in the digitalisation of the "
        "energy sector: a lack of data on the potential discrimination they face" in doc.text
    )


def test_real_bold_lead_ins_of_numbered_items_stay_with_their_text(real_pdfs):
    doc = load_document(real_pdfs / "rdr-newamerica_corporate-accountability-index-summary_2019.pdf")
    assert "1. Go beyond legal compliance: Regulations alone are not always enough" in doc.text
    assert "3. Get serious about oversight and due diligence: Board oversight" in doc.text


def test_real_paragraphs_with_bold_lines_and_a_map_beside_them(real_pdfs):
    unicef = load_document(real_pdfs / "unicef_haiti-flash-update-3_2025.pdf")
    assert "So far, 1,100 kits have already been distributed to the DGPC in Grand’Anse" in unicef.text
    assert "strategic support to cholera alert verification, deployment of mobile health teams" in unicef.text
    fews = load_document(real_pdfs / "fewsnet_haiti-food-security-outlook_2025.pdf")
    assert (
        "Insecurity has deteriorated in the Port-au-Prince metropolitan area and is extending toward "
        "Lower-Artibonite and Centre." in fews.text
    )
