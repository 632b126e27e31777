"""Words made whole: small capitals, spaces the eye cannot see, letter spacing, glyphs printed twice, URLs and
words cut at a line end, hyphens in names, bullets drawn from symbol fonts.

Layouts covered: small-capital headings whose font maps letters to the wrong case (DIIS), a zero-width space glyph
inside a word (EDA captions), letter-spaced capitals, fake bold printed twice, URLs broken after a dot (CSIS
notes), a word cut at a justified line end with no hyphen (DIIS), names hyphenated at a line end, WordPerfect
bullets (US Copyright Office); and what must stay: "WhatsApp", a URL closing a sentence, "in to", a name cut by
hyphenation that is no compound.
"""

from __future__ import annotations

from pdf_factory import Sheet, write_pdf
from reportlab.pdfbase.pdfmetrics import stringWidth

from pipeline.extract.hyphenation import HyphenJudge
from pipeline.extract.ingest import load_document
from pipeline.extract.page_model import Glyph, Line, Page
from pipeline.extract.pdf_glyphs import mend_small_capitals


def _line(text: str, font: str) -> Line:
    return Line([Glyph(c, float(i), i + 1.0) for i, c in enumerate(text)], 1, 0, 0, 100, 10, 10, font)


def test_small_capital_font_with_broken_case_is_set_in_capitals_other_fonts_keep_theirs():
    broken = [_line("the faiLure of BaseL ii", "GillSans-Bold"), _line("ConCLusion", "GillSans-Bold")]
    broken += [_line("suggesteD reaDings", "GillSans-Bold"), _line("market risk", "GillSans-Bold")]
    body = [_line("They talk on WhatsApp and eat at McDonald's every day of the week.", "Garamond")]
    mend_small_capitals([Page(1, 595, 842, broken + body)])
    assert [line.text for line in broken] == ["THE FAILURE OF BASEL II", "CONCLUSION", "SUGGESTED READINGS", "MARKET RISK"]
    assert body[0].text == "They talk on WhatsApp and eat at McDonald's every day of the week."


def test_glyphs_the_eye_reads_as_one_word(tmp_path):
    sheet = Sheet()
    start = 50 + stringWidth("Figure 8. ", "Helvetica", 10)
    sheet.text(50, 80, "Figure 8.")
    sheet.typed(start, 80, "S ", word_space=-stringWidth(" ", "Helvetica", 10))  # a space glyph of no width
    sheet.text(start + stringWidth("S", "Helvetica", 10), 80, "hare of defence investment")
    sheet.typed(50, 110, "MONUSCO AND THE DRONES", "Helvetica-Bold", 10, char_space=3)
    sheet.text(50, 140, "CENTRAL PROVINCE", "Helvetica-Bold", 10)
    sheet.text(50.4, 140, "CENTRAL PROVINCE", "Helvetica-Bold", 10)
    sheet.lines(50, 170, ["The mission has flown its drones over the province since 2013."])
    doc = load_document(write_pdf(tmp_path / "glyphs.pdf", [sheet]))
    lines = doc.text.splitlines()
    assert "Figure 8. Share of defence investment" in lines
    assert "MONUSCO AND THE DRONES" in lines and "CENTRAL PROVINCE" in lines


def test_urls_and_words_cut_at_a_line_end(tmp_path):
    sheet = Sheet()
    sheet.lines(
        50,
        80,
        [
            "The international banking system is the subject of international",
            "talks. Reform of the inter",
            "national banking rules was reported at http://www.nytimes.",
            "com/2016/09/01/world.html and at https://www.example.org/.",
            "The talks went on in the capital, and the delegates put it in",
            "to the plan, which they put into effect and then into law.",
        ],
    )
    doc = load_document(write_pdf(tmp_path / "cut.pdf", [sheet]))
    assert "Reform of the international banking rules" in doc.text
    assert "http://www.nytimes.com/2016/09/01/world.html and" in doc.text
    assert "https://www.example.org/. The talks went on in the capital" in doc.text
    assert "put it in to the plan" in doc.text


def test_hyphen_kept_in_a_name_dropped_where_the_break_cut_a_name(tmp_path):
    sheet = Sheet()
    sheet.lines(
        50,
        80,
        [
            "The ceasefire was signed by the Kokang leader Pheung Kya-",
            "shin and witnessed by the researcher Katrine Thom-",
            "asen of the foundation, who had drafted it.",
        ],
    )
    doc = load_document(write_pdf(tmp_path / "names.pdf", [sheet]))
    assert "leader Pheung Kya-shin and witnessed by the researcher Katrine Thomasen of the foundation" in doc.text


def test_hyphen_judge_on_names_and_on_words():
    judge = HyphenJudge(["a text with no other spelling of these words"])
    assert not judge.joins("Kya", "shin", name=True)
    assert judge.joins("Thom", "asen", name=True)
    assert judge.joins("Kya", "shin", name=False)
    assert judge.joins("inter", "national", name=True)
    assert not judge.joins("well", "resourced")
    judge = HyphenJudge(["spelled Kyashin here and Kyashin there"])
    assert judge.joins("Kya", "shin", name=True)


def test_unbroken_word_needs_the_document_to_spell_it_whole_twice():
    judge = HyphenJudge(["international talks", "international law", "and then in", "into the plan"])
    assert judge.unbroken("inter", "national")
    assert not judge.unbroken("in", "to")
    assert not judge.unbroken("Char", "gui")


def test_real_words_made_whole(real_pdfs):
    diis = load_document(real_pdfs / "diis_policy-brief_g20-global-banking-rules_2010.pdf")
    assert "THE FAILURE OF BASEL II" in diis.text and "CONCLUSION" in diis.text and "faiLure" not in diis.text
    assert "fundamental reform of the international banking system" in diis.text
    assert "expertise from well-resourced financial institutions" in diis.text
    eda = load_document(real_pdfs / "eda_defence-data-2020-2021_2022.pdf")
    assert "Figure 8. Share of defence investment" in eda.text and "S hare" not in eda.text
    csis = load_document(real_pdfs / "csis_countering-violent-extremism_defining-the-problem_2016.pdf")
    assert "http://www.nytimes.com/2016/09/01/world/europe/" in csis.text
    ocha = load_document(real_pdfs / "ocha_haiti-flash-update-3_2025.pdf")
    assert "WhatsApp" in ocha.text


def test_real_bullets_from_a_symbol_font(real_pdfs):
    doc = load_document(real_pdfs / "us-copyright-office_dmca-summary_1998.pdf")
    assert not any(line.startswith("!") for line in doc.text.splitlines())
    assert (
        "Title I, the “WIPO Copyright and Performances and Phonograms Treaties Implementation Act of 1998,” "
        "implements the WIPO treaties." in doc.text.splitlines()
    )
