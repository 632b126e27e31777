"""load_document on the shipped brief, its raw-text seed, a real three-column PDF and broken inputs."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from pdf_factory import Sheet, write_pdf
from pdfminer.high_level import extract_text

from pipeline.core.document import CleanDocument
from pipeline.core.errors import InputError
from pipeline.extract.dedupe import words
from pipeline.extract.ingest import load_document

INTERRUPTED = [
    # cut by the page 1 footnote, the summary box and the page break
    "This is why they are forced to cooperate with itinerant communities that find themselves in "
    "“nationalized” territories of different countries.",
    # a justified line whose wide spaces scramble pdfminer's default reading order
    "At the periphery of national territories, crisis areas have long solidified struggles for influence between "
    "North African states to their respective Southern African states or to their neighbors, replicating the "
    "traditional asymmetry embedded in North-South relations.",
    # cut by a column break and the hyphen "cri-/sis"
    "under the auspices of Algiers who considered it to be a milestone on the road to the political settlement of "
    "Mali crisis. But, previous to the current French intervention",
    # cut by the page 5/6 break inside a list item
    "Will the Algerian strategy of dividing radical groups be able to prevent the worsening of an already fragile "
    "humanitarian situation",
]
MARKED_WORDS = {
    1: "agenda",
    2: "Mali",
    3: "al-Sharia",
    4: "Ghaly",
    5: "crisis",
    6: "gangs",
    7: "positions",
    8: "Faso.”",
}


@pytest.fixture(scope="module")
def pdf_doc(shipped_pdf, pdf_backend) -> CleanDocument:
    return load_document(shipped_pdf, pdf_backend)


@pytest.fixture(scope="module")
def seed_doc(seed_txt) -> CleanDocument:
    return load_document(seed_txt)


@pytest.fixture(params=["pdf", "seed"])
def doc(request, pdf_doc, seed_doc) -> CleanDocument:
    return pdf_doc if request.param == "pdf" else seed_doc


def test_no_passage_of_eight_words_occurs_twice(doc):
    tokens = words(doc.text)
    windows = Counter(tuple(tokens[i : i + 8]) for i in range(len(tokens) - 7))
    assert [w for w, n in windows.items() if n > 1] == []


def test_every_sentence_occurs_exactly_once(doc):
    sentences = [
        s for line in doc.text.splitlines() for s in re.split(r"(?<=[.?!])\s+(?=[A-Z“])", line) if len(s.split()) >= 8
    ]
    assert len(sentences) > 100
    assert [s for s in sentences if doc.text.count(s) != 1] == []


def test_interrupted_sentences_read_continuously(doc):
    for sentence in INTERRUPTED:
        assert doc.text.count(sentence) == 1, sentence


def test_running_header_page_numbers_and_markers_are_gone(doc):
    assert "internacionals" not in doc.text and "CIDOB" not in doc.text
    assert not re.search(r"^\d+$", doc.text, re.M)
    assert not re.search(r"[^\W\d_][”.)]?[1-8](?=[\s.,)”])", doc.text.split("\n1. ")[0])


def test_footnotes_are_numbered_lines_after_the_body_linked_to_their_markers(doc):
    assert [f.number for f in doc.footnotes] == list(range(1, 9))
    tail = doc.text.splitlines()[-8:]
    assert [line.split(".")[0] for line in tail] == [str(n) for n in range(1, 9)]
    assert tail[0] == (
        "1. The distance between Tinzawatin (Mali) and Algiers is 2,400 km, while it is 520 km between Tinzawatin "
        "and Tamanrasset (Algeria)."
    )
    for note in doc.footnotes:
        assert doc.text[note.start : note.end] == tail[note.number - 1]
        (ref,) = note.refs
        assert doc.text[:ref].endswith(MARKED_WORDS[note.number])


def test_summary_box_and_pull_quotes_are_logged_with_the_kept_copy(doc):
    kinds = Counter(r.kind for r in doc.removals)
    assert kinds == {"summary-box": 5, "pull-quote": 4}
    for removal in doc.removals:
        kept = doc.text[removal.kept_offset :]
        assert words(kept)[:6] == words(removal.text)[:6]


def test_metadata_comes_from_the_running_header(doc):
    assert doc.metadata["series"] == "notes internacionals CIDOB"
    assert doc.metadata["number"] == "67"
    assert doc.metadata["date"] == "2013-01"


def test_pdf_metadata_title_author_and_removal_pages(pdf_doc):
    assert pdf_doc.metadata["title"] == "Algeria’s role in the Malian crisis"
    assert pdf_doc.metadata["author"] == "Laurence Aïda Ammour"
    assert pdf_doc.metadata["pages"] == 6
    assert "Laurence Aïda Ammour\n" not in pdf_doc.text and not pdf_doc.text.startswith("Algeria’s role")
    assert sorted({r.page for r in pdf_doc.removals if r.kind == "summary-box"}) == [1]
    assert sorted(r.page for r in pdf_doc.removals if r.kind == "pull-quote") == [2, 3, 4, 5]


def test_provenance_points_at_the_page_and_place(pdf_doc):
    text = pdf_doc.text
    assert pdf_doc.provenance.page_of(text.index("different countries"), text.index("different countries") + 9) == 2
    note = pdf_doc.footnotes[0]
    box = pdf_doc.provenance.box_at(note.start + len("1. The "))
    assert box.page == 1 and box.top > 700 and box.x0 < 300
    start = text.index("asymmetry")
    boxes = pdf_doc.provenance.boxes(start, start + len("asymmetry"))
    assert len(boxes) == 1 and boxes[0].page == 1 and boxes[0].x1 < 295


def test_pdf_covers_what_pdfminer_extracts(shipped_pdf, pdf_doc):
    reference = words(extract_text(shipped_pdf).replace("-\n", ""))
    ours = set(zip(*(words(pdf_doc.text)[i:] for i in range(3))))
    theirs = set(zip(*(reference[i:] for i in range(3))))
    assert len(theirs & ours) / len(theirs) > 0.95


def test_seed_text_comes_out_as_the_pdf_text(pdf_doc, seed_doc):
    assert seed_doc.text == pdf_doc.text
    assert [(f.number, f.start, f.end, f.refs) for f in seed_doc.footnotes] == [
        (f.number, f.start, f.end, f.refs) for f in pdf_doc.footnotes
    ]
    assert seed_doc.provenance.runs == []


def test_output_is_deterministic_and_round_trips(shipped_pdf, pdf_doc, pdf_backend):
    again = load_document(shipped_pdf, pdf_backend)
    assert json.dumps(again.to_json()) == json.dumps(pdf_doc.to_json())
    restored = CleanDocument.from_json(json.loads(json.dumps(pdf_doc.to_json())), pdf_doc.text)
    assert restored.provenance.box_at(100) == pdf_doc.provenance.box_at(100)
    assert pdf_doc.doc_id == "cidob-notes-67-algeria-mali"


def test_paragraphs_are_the_lines_of_the_text(doc):
    lines = doc.text.split("\n")[:-1]
    assert [doc.text[s:e] for s, e in doc.paragraphs] == lines
    assert doc.text.endswith("\n") and "\n\n" not in doc.text


def test_real_three_column_pdf_reads_in_column_order(three_column_pdf):
    doc = load_document(three_column_pdf)
    text = doc.text
    for sentence in [
        "The FAA proposes to supersede Airworthiness Directive (AD) 2018–23–51, which applies to all The Boeing "
        "Company Model 737–8 and 737–9 (737 MAX) airplanes.",
        "Investigation of the accident has been completed by the Indonesian authorities",
        "The FAA invites you to participate in this rulemaking by submitting written comments, data, or views "
        "about this proposal.",
    ]:
        assert text.count(sentence) == 1, sentence
    assert "VerDate" not in text and "Federal Register/Vol. 85" not in text
    assert (
        text.index("Comments Invited")
        < text.index("Confidential Business Information (CBI)\n")
        < text.index("Background")
    )
    assert len(doc.footnotes) >= 1 and doc.footnotes[0].number == 1


def _broken(tmp_path, name: str, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    "make, cause",
    [
        (lambda tmp, pdf: tmp / "missing.pdf", "no such file"),
        (lambda tmp, pdf: tmp, "not a file"),
        (lambda tmp, pdf: _broken(tmp, "brief.docx", b"PK\x03\x04"), "unsupported file type '.docx'"),
        (lambda tmp, pdf: _broken(tmp, "empty.pdf", b""), "empty file"),
        (lambda tmp, pdf: _broken(tmp, "empty.txt", b""), "empty file"),
        (lambda tmp, pdf: _broken(tmp, "blank.txt", b" \n\n"), "empty file"),
        (lambda tmp, pdf: _broken(tmp, "latin1.txt", "Caf\xe9 cr\xe8me".encode("latin-1")), "text file is not UTF-8"),
        (lambda tmp, pdf: _broken(tmp, "notes.pdf", b"Just some notes, not a PDF."), "not a PDF (no %PDF- header)"),
        (lambda tmp, pdf: _broken(tmp, "cut.pdf", pdf.read_bytes()[:40000]), "damaged PDF: PSEOF"),
        (
            lambda tmp, pdf: _broken(tmp, "noise.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 20),
            "damaged PDF: ",
        ),
    ],
)
def test_bad_input_gives_one_line_cause(tmp_path, shipped_pdf, make, cause):
    path = make(tmp_path, shipped_pdf)
    with pytest.raises(InputError) as raised:
        load_document(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ") and cause in message and "\n" not in message


def test_encrypted_pdf(tmp_path):
    sheet = Sheet()
    sheet.lines(50, 100, ["A paragraph that nobody may read without the password."])
    path = write_pdf(tmp_path / "locked.pdf", [sheet], password="secret")
    with pytest.raises(InputError, match="encrypted PDF that cannot be opened without a password"):
        load_document(path)


