"""Footnotes and endnotes found by place, size and numbering, and their markers cut from the body.

Layouts covered: small-type notes with raised labels (CSIS, InDesign; UNFPA, Google Docs), notes with "N." labels
(EDA), notes at nearly body size (the US Copyright Office summary, WordPerfect), notes at body size that only
their numbering gives away, a "Notes" section at the end, sign-labelled notes (* †), notes numbered afresh on
each page (PRIME), markers on the baseline glued to a word or to punctuation; and what must stay: a numbered list
at the foot of a page, a chart's source line in small type, numbers such as "G20" or "2015" in a sentence.
"""

from __future__ import annotations

import pytest
from pdf_factory import Sheet, write_pdf

from pipeline.extract.footnotes import NoteFinder, note_number
from pipeline.extract.ingest import load_document
from pipeline.extract.page_model import Glyph, Line

BODY = [
    "Talks between the two governments resumed in the spring, and the",
    "mediators reported steady progress on the questions of the border",
    "and of the return of the displaced families to their villages.",
]


def test_notes_at_body_size_are_found_by_their_numbering(tmp_path):
    sheet = Sheet()
    top = sheet.lines(50, 80, BODY[:2] + ["and of the return of the displaced families to their villages.^1"])
    sheet.lines(50, top + 8, ["The talks stalled again in the autumn over the ceasefire lines.^2"])
    sheet.lines(50, 740, ["1 Joint statement of the mediators, 12 May 2021.", "2 Press conference of the envoy, 3 October 2021."])
    doc = load_document(write_pdf(tmp_path / "body-size-notes.pdf", [sheet]))
    assert [(note.number, len(note.refs)) for note in doc.footnotes] == [(1, 1), (2, 1)]
    assert doc.text.endswith("1. Joint statement of the mediators, 12 May 2021.\n2. Press conference of the envoy, 3 October 2021.\n")
    assert "to their villages. The talks" in doc.text or "to their villages.\nThe talks" in doc.text


def test_numbered_list_at_the_foot_of_a_page_is_not_notes(tmp_path):
    sheet = Sheet()
    sheet.lines(50, 80, BODY + ["The mediators set out three steps for the coming year:"])
    sheet.lines(50, 720, ["1 Reopen the border crossings to trade.", "2 Return the displaced families home."])
    doc = load_document(write_pdf(tmp_path / "list.pdf", [sheet]))
    assert not doc.footnotes
    assert "1 Reopen the border crossings to trade." in doc.text


def test_small_source_line_without_a_label_stays_in_the_text(tmp_path):
    first, second = Sheet(), Sheet()
    first.lines(50, 80, BODY[:2] + ["and of the return of the displaced families to their villages.^1"])
    first.lines(50, 770, ["1 Joint statement of the mediators, 12 May 2021."], size=7, leading=9)
    second.lines(50, 80, ["The mediators met again in the summer to review the agreement."])
    second.lines(50, 700, ["Source: ministry of the interior, 2021."], size=7, leading=9)
    doc = load_document(write_pdf(tmp_path / "source.pdf", [first, second]))
    assert [note.number for note in doc.footnotes] == [1]
    assert "Source: ministry of the interior, 2021." in doc.text[: doc.footnotes[0].start]


def test_markers_on_the_baseline_after_words_and_punctuation_are_cut(tmp_path):
    sheet = Sheet()
    sheet.lines(
        50,
        80,
        [
            "The peacekeepers arrived in 1999 and have stayed ever since.1 The G20",
            "met in Goma,2 where the ammunition3 of the rebels was counted in 2015.",
        ],
    )
    sheet.lines(50, 760, ["1 First note.", "2 Second note.", "3 Third note."], size=7, leading=9)
    doc = load_document(write_pdf(tmp_path / "glued.pdf", [sheet]))
    assert "ever since. The G20 met in Goma, where the ammunition of the rebels was counted in 2015." in doc.text
    assert [(note.number, len(note.refs)) for note in doc.footnotes] == [(1, 1), (2, 1), (3, 1)]


def test_glued_number_that_is_no_note_stays(tmp_path):
    sheet = Sheet()
    sheet.lines(50, 80, ["The G20 met in 2015 and again in 2016; the A4 paper of the report was noted.1"])
    sheet.lines(50, 760, ["1 Only one note."], size=7, leading=9)
    doc = load_document(write_pdf(tmp_path / "numbers.pdf", [sheet]))
    assert "The G20 met in 2015 and again in 2016; the A4 paper of the report was noted." in doc.text


def test_a_decimal_is_no_note_marker_after_its_point(tmp_path):
    """Regression: "19.5 million" lost its 5 (read as the glued marker of note 5, after a full stop; here "19.1" before note 1); a note glued
    to a year that ends a sentence is still cut."""
    sheet = Sheet()
    sheet.lines(50, 80, ["Aid reached 19.1 million people and 2.5 per cent of the budget.1 It grew in 2019.2 Then",
                         "it fell to 3.4 million in 2020.3 The agency left."])
    sheet.lines(50, 760, ["1 First note.", "2 Second note.", "3 Third note."], size=7, leading=9)
    doc = load_document(write_pdf(tmp_path / "decimal.pdf", [sheet]))
    assert "Aid reached 19.1 million people and 2.5 per cent of the budget. It grew in 2019. Then it fell to 3.4 " \
           "million in 2020. The agency left." in doc.text
    assert [(note.number, len(note.refs)) for note in doc.footnotes] == [(1, 1), (2, 1), (3, 1)]


def test_a_group_of_thousands_is_no_note_marker_after_its_comma(tmp_path):
    """Regression: "the 2,002 persons" lost "002" (read as the glued marker of note 2, after a comma); a note glued
    to a word after a comma is still cut."""
    sheet = Sheet()
    sheet.lines(50, 80, ["Aid reached 1,500 families in Goma,1 and 2,002 persons in the camps of 2,500 people.2 It",
                         "grew in 2019.3 Then it fell."])
    sheet.lines(50, 760, ["1 First note.", "2 Second note.", "3 Third note."], size=7, leading=9)
    doc = load_document(write_pdf(tmp_path / "thousands.pdf", [sheet]))
    assert "Aid reached 1,500 families in Goma, and 2,002 persons in the camps of 2,500 people. It grew in 2019. " \
           "Then it fell." in doc.text
    assert [(note.number, len(note.refs)) for note in doc.footnotes] == [(1, 1), (2, 1), (3, 1)]


def test_sign_markers_are_cut_when_a_note_opens_with_the_sign(tmp_path):
    sheet = Sheet()
    sheet.lines(50, 80, ["The mission in the Congo* has used drones since 2013.", "It flies them from Goma."])
    sheet.lines(50, 760, ["* The Democratic Republic of the Congo."], size=7, leading=9)
    doc = load_document(write_pdf(tmp_path / "sign.pdf", [sheet]))
    assert "The mission in the Congo has used drones since 2013." in doc.text
    (note,) = doc.footnotes
    assert note.number == 0 and len(note.refs) == 1
    assert doc.text[note.start : note.end] == "* The Democratic Republic of the Congo."


def test_endnotes_after_a_notes_heading(tmp_path):
    first, second = Sheet(), Sheet()
    first.lines(50, 80, BODY[:2] + ["and of the return of the displaced families to their villages.^1"])
    first.lines(50, 130, ["The next round was set for the summer.^2"])
    second.text(50, 80, "Notes", "Helvetica-Bold", 12)
    second.lines(50, 100, ["1 Joint statement of the mediators, 12 May 2021.", "2 Press conference of the envoy."])
    doc = load_document(write_pdf(tmp_path / "endnotes.pdf", [first, second]))
    assert [note.number for note in doc.footnotes] == [1, 2]
    assert "Notes" not in doc.text[: doc.footnotes[0].start]


def _line(text: str, raised: int = 0) -> Line:
    glyphs = [Glyph(char, 10.0 * i, 10.0 * i + 5, i < raised) for i, char in enumerate(text)]
    return Line(glyphs, 1, 0.0, 700.0, 400.0, 708.0, 7.0, "Helvetica")


@pytest.mark.parametrize(
    "text, raised, number",
    [("12 Source of the figures.", 0, 12), ("12. Source.", 0, 12), ("3) Source.", 0, 3), ("4Pub. L. No. 105", 1, 4),
     ("* The Congo.", 0, 0), ("† A second sign.", 0, 0), ("Source: ministry.", 0, None), ("G20 summit.", 0, None)],
)
def test_note_labels(text, raised, number):
    assert note_number(_line(text, raised)) == number


def test_first_note_must_be_one_or_cited():
    finder = NoteFinder(10.0)
    assert finder.take([_line("163 out of 191 countries")]) == ([], [])
    body = Line([Glyph(c, i, i + 1, c == "7" and i > 5) for i, c in enumerate("a word7 here")], 1, 0, 100, 200, 110, 10.0, "Helvetica")
    note = _line("7 Cited note.")
    assert finder.take([body, note]) == ([note], [])


def test_real_notes_of_four_producers(real_pdfs):
    eda = load_document(real_pdfs / "eda_defence-data-2020-2021_2022.pdf")
    assert [(n.number, len(n.refs)) for n in eda.footnotes] == [(k, 1) for k in range(1, 7)]
    assert "4. The data for the United States, Russia and China is taken from the IISS Military Balance" in eda.text
    dmca = load_document(real_pdfs / "us-copyright-office_dmca-summary_1998.pdf")
    assert [n.number for n in dmca.footnotes] == [1, 2, 3]
    assert "(DMCA) was signed into law" in dmca.text and "1Pub." not in dmca.text
    unfpa = load_document(real_pdfs / "unfpa_hurricane-melissa-regional-sitrep_2025.pdf")
    assert unfpa.text[unfpa.footnotes[0].start :].startswith("1. ECHO. Emergency Response Coordination Centre.")
    csis = load_document(real_pdfs / "csis_countering-violent-extremism_defining-the-problem_2016.pdf")
    note_26 = next(n for n in csis.footnotes if n.number == 26)
    assert "Source:" not in csis.text[note_26.start : note_26.end]


def test_real_notes_numbered_afresh_on_each_page(real_pdfs):
    doc = load_document(real_pdfs / "prime_energy-digitalisation-policy-briefing_2024.pdf")
    numbers = [n.number for n in doc.footnotes]
    assert numbers.count(1) >= 2 and all(len(n.refs) == 1 for n in doc.footnotes)


def test_endnotes_numbered_in_a_column_of_their_own(tmp_path):
    body, notes = Sheet(), Sheet()
    body.lines(50, 80, ["The peacekeepers have stayed ever since.1 The drones arrived in 2013,2 after a long debate."])
    notes.text(40, 60, "ENDNOTES", "Helvetica-Bold", 20)
    for index, entry in enumerate(("Security Council resolution 1925 (2010).", "Interview with the author, Goma.")):
        notes.text(40, 100 + 16 * index, str(index + 1), size=9)
        notes.text(56, 100 + 16 * index, entry, size=9)
    doc = load_document(write_pdf(tmp_path / "endnote-column.pdf", [body, notes]))
    assert doc.text.startswith("The peacekeepers have stayed ever since. The drones arrived in 2013, after a long debate.")
    assert [(n.number, len(n.refs)) for n in doc.footnotes] == [(1, 1), (2, 1)]
    assert doc.text.endswith("1. Security Council resolution 1925 (2010).\n2. Interview with the author, Goma.\n")


def test_sign_notes_used_afresh_on_each_page(tmp_path):
    sheets = []
    for word in ("Congo", "Kivu"):
        sheet = Sheet()
        sheet.lines(50, 80, [f"The mission in the {word}* has flown drones since 2013, and will again."])
        sheet.lines(50, 760, [f"* A note on the {word}."], size=7, leading=9)
        sheets.append(sheet)
    doc = load_document(write_pdf(tmp_path / "signs.pdf", sheets))
    assert [(n.number, len(n.refs)) for n in doc.footnotes] == [(0, 1), (0, 1)]
    assert "Congo has flown" in doc.text and "Kivu has flown" in doc.text
    assert doc.text.endswith("* A note on the Congo.\n* A note on the Kivu.\n")


def test_a_subsection_number_is_no_note_marker(tmp_path):
    """Regression: the headings "1.1 A frozen conflict" and "1.2 Gas and power" of a parliamentary briefing came out as
    "1. A frozen conflict" (the second number read as the glued marker of note 1 or 2); a marker glued to a year that
    ends a sentence is still cut."""
    sheet = Sheet()
    sheet.lines(50, 80, ["1.1 A frozen conflict"])
    sheet.lines(50, 110, ["The region declared itself a republic in 1990.1 Talks followed."])
    sheet.lines(50, 140, ["1.2 Gas and power"])
    sheet.lines(50, 170, ["Gas flowed through the pipeline until 2025.2 Then it stopped."])
    sheet.lines(50, 760, ["1 First note.", "2 Second note."], size=7, leading=9)
    doc = load_document(write_pdf(tmp_path / "sections.pdf", [sheet]))
    assert "1.1 A frozen conflict" in doc.text and "1.2 Gas and power" in doc.text
    assert "in 1990. Talks followed." in doc.text and "until 2025. Then it stopped." in doc.text
    assert [(note.number, len(note.refs)) for note in doc.footnotes] == [(1, 1), (2, 1)]
