"""Each document's language in its metadata; briefs not in English extracted but not tagged unless asked."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest
from pdf_factory import Sheet, write_pdf
from reportlab.pdfbase.pdfmetrics import registerFont
from reportlab.pdfbase.ttfonts import TTFont

from pipeline.extract.ingest import load_document
from pipeline.extract.language import detect_language

ARABIC_SCRIPT_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian: fonts-dejavu-core
FRENCH = [
    "La crise malienne a profondément modifié les équilibres régionaux au Sahel. L’Algérie, qui partage",
    "une longue frontière avec le Mali, craint que le conflit ne s’étende à son territoire et que les",
    "groupes armés ne trouvent refuge dans le sud du pays. Les autorités ont renforcé la surveillance",
    "des frontières et multiplié les contacts avec les mouvements touareg depuis le début de l’année.",
]
PERSIAN = [
    "بحران در منطقه ساحل تأثیر زیادی بر امنیت کشورهای همسایه داشته است.",
    "دولت الجزایر نگران گسترش درگیری به خاک خود است و گروه‌های مسلح",
    "در جنوب این کشور پناه می‌گیرند. سازمان ملل متحد از همه طرف‌ها خواست",
    "که به گفت‌وگو بازگردند و از خشونت علیه غیرنظامیان پرهیز کنند.",
]
ARABIC = ("أثرت الأزمة في مالي بشكل عميق على التوازنات الإقليمية في منطقة الساحل. وتخشى الجزائر التي تتقاسم "
          "حدودا طويلة مع مالي من امتداد النزاع إلى أراضيها، ومن لجوء الجماعات المسلحة إلى جنوب البلاد.")
ENGLISH = [
    "Algeria has long mediated between Bamako and the Tuareg movements of northern Mali. In January 2013",
    "the Front de libération nationale government allowed French aircraft to cross its airspace, while the",
    "Mouvement national de libération de l’Azawad and Ansar Dine fought over Kidal, Gao and Tombouctou.",
]


def brief(path: Path, lines: list[str], font: str = "Helvetica") -> Path:
    sheet = Sheet()
    sheet.lines(60, 100, lines, font=font)
    return write_pdf(path, [sheet])


@pytest.fixture(scope="module")
def arabic_script_font() -> str:
    if not ARABIC_SCRIPT_FONT.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{ARABIC_SCRIPT_FONT} missing: .ci/run installs fonts-dejavu-core")
        pytest.skip(f"no font with Arabic script at {ARABIC_SCRIPT_FONT} (Debian/Ubuntu: fonts-dejavu-core)")
    registerFont(TTFont("DejaVuSans", str(ARABIC_SCRIPT_FONT)))
    return "DejaVuSans"


@pytest.fixture
def mixed_corpus(tmp_path, arabic_script_font) -> Path:
    """An English brief, a French one and a Persian one."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    brief(folder / "sahel-en.pdf", ENGLISH)
    brief(folder / "sahel-fr.pdf", FRENCH)
    brief(folder / "sahel-fa.pdf", PERSIAN, arabic_script_font)
    return folder


def test_french_brief_is_detected_as_french(tmp_path):
    doc = load_document(brief(tmp_path / "fr.pdf", FRENCH))
    assert doc.metadata["language"]["code"] == "fr" and doc.metadata["language"]["confidence"] > 0.9
    assert "frontière avec le Mali" in doc.text


def test_persian_brief_in_arabic_script_is_detected_as_persian(tmp_path, arabic_script_font):
    doc = load_document(brief(tmp_path / "fa.pdf", PERSIAN, arabic_script_font))
    assert doc.metadata["language"]["code"] == "fa"
    assert "سازمان ملل متحد" in doc.text  # read in logical order


def test_arabic_text_input_is_detected_as_arabic(tmp_path):
    path = tmp_path / "ar.txt"
    path.write_text(ARABIC + "\n", encoding="utf-8")
    assert load_document(path).metadata["language"]["code"] == "ar"


def test_english_brief_full_of_french_names_stays_english(tmp_path):
    doc = load_document(brief(tmp_path / "en.pdf", ENGLISH))
    assert doc.metadata["language"]["code"] == "en" and doc.metadata["language"]["confidence"] > 0.9


def test_shipped_brief_is_english(shipped_pdf):
    assert load_document(shipped_pdf).metadata["language"]["code"] == "en"


def test_short_or_unsure_text_records_no_language():
    assert detect_language("Mali, 2013. Kidal.") is None
    assert detect_language("Ganda Izo fighters and the Kel Adagh met in Kidal in March 2012.") is None  # names
    assert detect_language("Kidal Gao Tombouctou Ménaka Tessalit Aguelhok Anéfis Ber Léré Bourem Ansongo Tinzaouatene "
                           "Tamanrasset Djanet Bordj Badji Mokhtar Timiaouine Ouargla Illizi") is None


def test_no_development_pdf_is_taken_for_another_language(real_pdfs):
    """Every text PDF of the development set (the scanned one is checked after OCR in test_ocr)."""
    found = {}
    for path in sorted(real_pdfs.glob("*.pdf")):
        if "scanned" not in path.stem:
            found[path.stem] = load_document(path).metadata["language"]["code"]
    assert len(found) >= 15 and set(found.values()) == {"en"}, found


def manifest(out: Path) -> dict[str, dict]:
    frame = pd.read_parquet(out / "manifest.parquet")
    return {row["id"]: row for row in frame.to_dict("records")}


def test_run_extracts_but_does_not_tag_briefs_not_in_english(run, mixed_corpus, tmp_path):
    out = tmp_path / "out"
    result = run(mixed_corpus, "--out", out, "--rules-only")
    assert result.exit_code == 0, result.output
    assert ("not tagged: 2 extracted only, not in English (fa 1, fr 1); "
            "the rules are English: --language any tags them anyway") in result.stdout.splitlines()
    rows = manifest(out)
    assert {doc_id: (row["language"], row["tagged"]) for doc_id, row in rows.items()} == {
        "sahel-en": ("en", True), "sahel-fa": ("fa", False), "sahel-fr": ("fr", False)}
    assert (out / "sahel-fr.txt").read_text(encoding="utf-8").startswith("La crise malienne")
    assert not (out / "sahel-fr.ann").exists() and (out / "sahel-en.ann").exists()
    record = json.loads((out / "sahel-fr.json").read_text(encoding="utf-8"))
    assert record["pipeline"]["mode"] == "extract-only" and "mentions" not in record
    assert record["metadata"]["language"]["code"] == "fr"


def test_language_any_tags_them_and_a_rerun_follows_the_choice(run, mixed_corpus, tmp_path):
    out = tmp_path / "out"
    run(mixed_corpus, "--out", out, "--rules-only")
    tagged = run(mixed_corpus, "--out", out, "--rules-only", "--language", "any")
    assert "documents: 2 to process, 1 unchanged and skipped" in tagged.stdout
    assert "not tagged" not in tagged.stdout
    assert all(row["tagged"] for row in manifest(out).values())
    assert (out / "sahel-fr.ann").exists()
    again = run(mixed_corpus, "--out", out, "--rules-only", "--language", "any")
    assert "documents: 0 to process, 3 unchanged and skipped" in again.stdout
    back = run(mixed_corpus, "--out", out, "--rules-only")
    assert "documents: 2 to process, 1 unchanged and skipped" in back.stdout
    assert not manifest(out)["sahel-fr"]["tagged"]


def test_manifest_written_before_languages_were_recorded_makes_a_rerun_process_again(run, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    brief(corpus / "sahel-en.pdf", ENGLISH)
    out = tmp_path / "out"
    run(corpus, "--out", out, "--rules-only")
    older = pd.read_parquet(out / "manifest.parquet").drop(columns=["language", "tagged"])
    older.to_parquet(out / "manifest.parquet")
    result = run(corpus, "--out", out, "--rules-only")
    assert result.exit_code == 0 and "documents: 1 to process, 0 unchanged and skipped" in result.stdout
    assert manifest(out)["sahel-en"]["tagged"]
