"""Cleaning on PDFs built here: exact clean text for one, two and three columns with boxes, quotes and notes."""

from __future__ import annotations

import pytest
from pdf_factory import Sheet, running_header, write_pdf

from pipeline.extract.ingest import load_document

pytestmark = pytest.mark.usefixtures("loading_with_backend")  # the layout rules must hold whichever backend reads the PDF


def one_column(tmp_path):
    first = Sheet()
    running_header(first, 1)
    first.text(50, 90, "Rivers and Borders", "Helvetica-Bold", 24)
    first.text(50, 115, "Jane Doe", "Helvetica-Oblique", 11)
    top = first.lines(
        50,
        160,
        [
            "Cooperation in the region has long depended on trust be-",
            "tween the two capitals, which share an intercon-",
            "nected border and a common concern about North-",
            "South relations and the stance of Al-",
            "Qaeda in the wider area^1. The government acts vis-",
            "à-vis its neighbours with care, and its post-",
            "colonial army, as",
        ],
    )
    first.fill(45, top - 6, 500, 50)
    first.lines(
        55,
        top + 10,
        ["The government acts vis-à-vis its neighbours with care,", "and its post-colonial army."],
        "Helvetica-Bold",
        11,
    )
    first.lines(50, top + 62, ["it always did, keeps to its barracks."])
    second = Sheet()
    running_header(second, 2)
    second.lines(50, 90, ["A second paragraph begins on the next page and ends", "here."])
    second.lines(50, 780, ["1. The distance between the two capitals is large."], size=7, leading=9)
    return write_pdf(tmp_path / "one-column.pdf", [first, second], title="Rivers and Borders")


def two_columns(tmp_path):
    first = Sheet()
    running_header(first, 1)
    top = first.lines(
        50,
        90,
        [
            "The river basin has shaped the economy of",
            "the region for centuries, and farmers still",
            "depend on its seasonal floods. Water rights",
            "are negotiated between villages every year.",
        ],
    )
    first.lines(50, top + 8, ["Upstream dams now threaten this balance,"])
    first.text(50, top + 22, "because they hold back the floods", word_space=9)
    first.lines(50, top + 36, ["that the farmers have relied on for gen-", "erations and"])
    first.fill(300, 80, 245, 70)
    first.lines(
        310,
        95,
        [
            "Upstream dams now threaten this balance,",
            "because they hold back the floods that",
            "the farmers have relied on for generations.",
        ],
        "Helvetica-Bold",
        10,
    )
    second = Sheet()
    running_header(second, 2)
    top = second.lines(50, 90, ["they leave the plains dry in spring."])
    second.lines(50, top + 8, ["Negotiations over the dams began in 2019."])
    second.lines(310, 90, ["The second column holds the last paragraph", "of the brief, which closes the argument."])
    return write_pdf(tmp_path / "two-columns.pdf", [first, second])


def three_columns(tmp_path):
    page = Sheet()
    running_header(page, 1)
    page.lines(
        50,
        90,
        [
            "Trade across the desert has",
            "grown quickly since 2015, and",
            "new roads link the oases to",
            "the coast^1. Smugglers use the",
            "same roads, which worries the",
        ],
        size=9,
        leading=12,
    )
    page.lines(220, 90, ["governments of the region and"], size=9, leading=12)
    page.rule(220, 104, 150)
    page.lines(
        220,
        122,
        ["Smugglers use", "the same roads,", "which worries the", "governments of", "the region."],
        "Helvetica-Oblique",
        13,
        16,
    )
    page.rule(220, 200, 150)
    top = page.lines(220, 216, ["their partners abroad."], size=9, leading=12)
    page.lines(220, top + 6, ["A joint patrol was agreed in", "March 2020 but never started."], size=9, leading=12)
    page.lines(390, 90, ["Observers expect the patrol to", "start once funding is secured."], size=9, leading=12)
    page.lines(50, 790, ["1. The coastal road opened in 2018 after years of delay."], size=7, leading=9)
    return write_pdf(tmp_path / "three-columns.pdf", [page])


def two_columns_with_quote_across(tmp_path):
    page = Sheet()
    running_header(page, 1)
    page.lines(
        50,
        90,
        [
            "The first column opens the argument and",
            "explains how the region came to rely on",
            "its rivers for trade, for farming and for",
            "the movement of people between the",
        ],
    )
    page.rule(50, 152, 490)
    page.lines(
        50,
        172,
        ["Rivers have carried trade, farming and people", "across the region for centuries."],
        "Helvetica-Oblique",
        16,
        20,
    )
    page.rule(50, 206, 490)
    page.lines(50, 230, ["towns along the banks. Each town kept", "its own rules for the water."])
    page.lines(
        310,
        90,
        [
            "Rivers have carried trade, farming and",
            "people across the region for centuries.",
            "Today the dams change what the rivers",
        ],
    )
    page.lines(310, 230, ["can carry, and the towns must adapt", "to a new and uncertain future."])
    page.rect(45, 280, 500, 40)
    page.lines(55, 296, ["A boxed note that says something said nowhere else in the brief."])
    return write_pdf(tmp_path / "quote-across.pdf", [page])


def word_processor(tmp_path):
    page = Sheet()
    page.lines(
        60,
        100,
        ["The ﬁrst ﬂoods reached the delta early this year^1, and the", "harvest was lost in many villages."],
        "Vera",
        11,
        15,
    )
    page.text(60, 770, "^1 The ﬂood gauges were read daily.", "Vera", 10)
    return write_pdf(tmp_path / "word-processor.pdf", [page])


def test_ligatures_and_raised_footnote_labels(tmp_path):
    doc = load_document(word_processor(tmp_path))
    assert doc.text == (
        "The first floods reached the delta early this year, and the harvest was lost in many villages.\n"
        "1. The flood gauges were read daily.\n"
    )
    assert doc.footnotes[0].refs == (len("The first floods reached the delta early this year"),)


def test_one_column_text_is_exact(tmp_path):
    doc = load_document(one_column(tmp_path))
    assert doc.text == (
        "Cooperation in the region has long depended on trust between the two capitals, which share an "
        "interconnected border and a common concern about North-South relations and the stance of Al-Qaeda in "
        "the wider area. The government acts vis-à-vis its neighbours with care, and its post-colonial army, as "
        "it always did, keeps to its barracks.\n"
        "A second paragraph begins on the next page and ends here.\n"
        "1. The distance between the two capitals is large.\n"
    )


def test_one_column_metadata_footnote_and_box(tmp_path):
    doc = load_document(one_column(tmp_path))
    assert doc.metadata["title"] == "Rivers and Borders"
    assert doc.metadata["author"] == "Jane Doe"
    assert doc.metadata["series"] == "Policy Notes"
    assert doc.metadata["number"] == "12"
    assert doc.metadata["date"] == "2021-03"
    (note,) = doc.footnotes
    assert (note.number, doc.text[note.start : note.end]) == (1, "1. The distance between the two capitals is large.")
    assert [doc.text[ref - 4 : ref + 1] for ref in note.refs] == ["area."]
    (removal,) = doc.removals
    assert removal.kind == "summary-box"
    assert removal.page == 1
    assert doc.text[removal.kept_offset :].startswith("The government acts vis-à-vis")


def test_two_columns_text_is_exact(tmp_path):
    doc = load_document(two_columns(tmp_path))
    assert doc.text == (
        "The river basin has shaped the economy of the region for centuries, and farmers still depend on its "
        "seasonal floods. Water rights are negotiated between villages every year.\n"
        "Upstream dams now threaten this balance, because they hold back the floods that the farmers have relied "
        "on for generations and they leave the plains dry in spring.\n"
        "Negotiations over the dams began in 2019.\n"
        "The second column holds the last paragraph of the brief, which closes the argument.\n"
    )
    assert [(r.kind, r.page) for r in doc.removals] == [("summary-box", 1)]


def test_three_columns_text_is_exact(tmp_path):
    doc = load_document(three_columns(tmp_path))
    assert doc.text == (
        "Trade across the desert has grown quickly since 2015, and new roads link the oases to the coast. "
        "Smugglers use the same roads, which worries the governments of the region and their partners abroad.\n"
        "A joint patrol was agreed in March 2020 but never started.\n"
        "Observers expect the patrol to start once funding is secured.\n"
        "1. The coastal road opened in 2018 after years of delay.\n"
    )
    (removal,) = doc.removals
    assert removal.kind == "pull-quote"
    assert removal.text == "Smugglers use the same roads, which worries the governments of the region."


def test_pull_quote_across_two_columns_is_read_after_them(tmp_path):
    doc = load_document(two_columns_with_quote_across(tmp_path))
    assert doc.text == (
        "The first column opens the argument and explains how the region came to rely on its rivers for trade, "
        "for farming and for the movement of people between the towns along the banks. Each town kept its own "
        "rules for the water.\n"
        "Rivers have carried trade, farming and people across the region for centuries. Today the dams change "
        "what the rivers can carry, and the towns must adapt to a new and uncertain future.\n"
        "A boxed note that says something said nowhere else in the brief.\n"
    )
    assert [(r.kind, r.text) for r in doc.removals] == [
        ("pull-quote", "Rivers have carried trade, farming and people across the region for centuries.")
    ]


@pytest.mark.parametrize(
    "build", [one_column, two_columns, three_columns, two_columns_with_quote_across, word_processor]
)
def test_every_character_with_a_box_maps_back_to_its_page(tmp_path, build):
    doc = load_document(build(tmp_path))
    located = [i for i, char in enumerate(doc.text) if char not in " \n" and doc.provenance.box_at(i) is not None]
    letters = [i for i, char in enumerate(doc.text) if char.isalpha()]
    assert not set(letters) - set(located)
    for i in located:
        box = doc.provenance.box_at(i)
        assert box.x0 <= box.x1 and box.top < box.bottom and box.page >= 1
