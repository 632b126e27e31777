"""Plain-text input cleaned by text-only means: headers, broken lines, boxes, quotes, footnotes."""

from __future__ import annotations

import re

from pipeline.extract.ingest import load_document

RAW = """
Policy Notes 12 . MARCH 2021 1

Cooperation in the region has long depended on trust be-
tween the two capitals, which share an intercon-

nected border. Governments are forced to

 Water rights are negotiated between villages every year and
upstream dams now threaten this fragile balance.
 deal with each other in the dry season^, as they

always have1.

1. The distance between the two capitals is large.

Water rights are negotiated between villages every year and upstream dams now threaten this
fragile balance, because the dams hold back the floods.

Water rights are negotiated between villages every
year and upstream dams now threaten this fragile balance.

Policy Notes 12 . MARCH 2021 2

Who benefits?

Questions remain:

Will the talks succeed before −\t
the rains?
Will the dams be opened −\t
in time?
""".replace("^", "")


def test_text_input_is_cleaned_exactly(tmp_path):
    path = tmp_path / "notes-12.txt"
    path.write_text(RAW, encoding="utf-8")
    doc = load_document(path)
    assert doc.doc_id == "notes-12"
    assert doc.text == (
        "Cooperation in the region has long depended on trust between the two capitals, which share an "
        "interconnected border. Governments are forced to deal with each other in the dry season, as they always "
        "have.\n"
        "Water rights are negotiated between villages every year and upstream dams now threaten this fragile "
        "balance, because the dams hold back the floods.\n"
        "Who benefits?\n"
        "Questions remain:\n"
        "Will the talks succeed before the rains?\n"
        "Will the dams be opened in time?\n"
        "1. The distance between the two capitals is large.\n"
    )
    assert [(r.kind, r.page, r.box) for r in doc.removals] == [("pull-quote", None, None)] * 2
    (note,) = doc.footnotes
    assert doc.text[: note.refs[0]].endswith("always have")
    assert doc.metadata.pop("language")["code"] == "en"
    assert doc.metadata == {
        "running_header": "Policy Notes 12 . MARCH 2021",
        "date": "2021-03",
        "series": "Policy Notes",
        "number": "12",
    }


def test_header_printed_once_on_the_first_line_is_dropped(tmp_path):
    path = tmp_path / "once.txt"
    path.write_text("Briefing Series 4 . MAY 2020 1\n\nA single paragraph of body text ends here.\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.text == "A single paragraph of body text ends here.\n"
    assert doc.metadata["number"] == "4"


def test_seed_variants_come_out_the_same(tmp_path, seed_txt):
    """Without the indents that mark boxes and page starts, with CRLF ends or form feeds: the same clean text."""
    raw = seed_txt.read_text(encoding="utf-8")
    expected = load_document(seed_txt).text
    variants = {
        "unindented.txt": re.sub(r"\n +", "\n", raw),
        "crlf.txt": raw.replace("\n", "\r\n"),
        "pages.txt": re.sub(r"\n(?= [a-z])", "\n\f", raw),
        "headers.txt": re.sub(r"\n(?= [a-z])", "\n\nnotes internacionals CIDOB 67 . JANUARY  2013 9\n\n", raw),
    }
    for name, content in variants.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8", newline="")
        assert load_document(path).text == expected, name


def test_ligatures_soft_hyphens_and_zero_width_characters(tmp_path):
    path = tmp_path / "glyphs.txt"
    path.write_text("The ﬁrst ﬂoods in\u200b the del\u00adta were inter\u00ad\nnational news.\n", encoding="utf-8")
    assert load_document(path).text == "The first floods in the delta were international news.\n"


def test_text_with_one_paragraph_per_line_is_not_run_into_one_paragraph(tmp_path):
    """An unwrapped text file (each paragraph on one long line, no blank lines between) keeps its paragraphs:
    it used to come out as a single paragraph, which the tagger then read as one 10,000-character block."""
    lines = [
        "HIGHLIGHTS",
        "The National Oceanic and Atmospheric Administration has classified the storm as a Category 5 hurricane, "
        "and the authorities of the southern departments have opened shelters for families living near the coast.",
        "Humanitarian partners have pre-positioned supplies in the warehouses of the capital and of two provinces, "
        "while the roads to the west remain cut by landslides and the bridges over the river are being inspected.",
        "Cash Assistance",
        "The programme has already provided anticipatory cash transfers to 4,000 households in the areas where the "
        "storm is expected to make landfall, and it will extend them as soon as the first assessments are known.",
    ]
    path = tmp_path / "update.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = load_document(path)
    assert [doc.text[start:end].rstrip("\n") for start, end in doc.paragraphs] == lines


def test_hard_wrapped_text_still_joins_its_lines(tmp_path, seed_txt):
    """The negative case: lines wrapped at a width (the seed brief, a short note) are joined into paragraphs."""
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "Cooperation in the region has long depended on trust between\nthe two capitals, which share a border.\n",
        encoding="utf-8",
    )
    assert load_document(path).text == (
        "Cooperation in the region has long depended on trust between the two capitals, which share a border.\n"
    )
    seed = load_document(seed_txt)
    assert len(seed.paragraphs) < seed_txt.read_text(encoding="utf-8").count("\n") / 2
