"""The hand-made gold standard: valid standoff, guideline-conform spans, and the same text the pipeline extracts."""

import re
from pathlib import Path

import pytest

from pipeline.core.standoff import parse_ann
from pipeline.extract.ingest import load_document

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "annotations" / "gold"
DOC_ID = "cidob-notes-67-algeria-mali"
PDF = ROOT / "corpus" / f"{DOC_ID}.pdf"
ENTITY_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
TIMEX_VALUE = re.compile(r"(\d{4}|\d{3}X|XX\d{2})(-(\d{2}|SP|SU|FA|WI)(-\d{2})?)?")


@pytest.fixture(scope="module")
def text():
    return (GOLD / f"{DOC_ID}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def mentions(text):
    return parse_ann((GOLD / f"{DOC_ID}.ann").read_text(encoding="utf-8"), text, f"{DOC_ID}.ann")


def test_gold_text_is_the_clean_text_extracted_from_the_shipped_pdf(text):
    assert load_document(PDF).text == text


def test_spans_quote_the_text_and_never_overlap(text, mentions):
    assert len(mentions) > 250
    for m in mentions:
        assert text[m.start : m.end] == m.text
    for before, after in zip(mentions, mentions[1:]):
        assert before.end <= after.start, (before, after)


def test_every_entity_mention_has_an_id_and_every_date_a_timex_value(mentions):
    for m in mentions:
        assert m.source == "human"
        if m.label == "DATE":
            assert m.entity_id is None and TIMEX_VALUE.fullmatch(m.value or ""), m
        else:
            assert m.value is None and ENTITY_ID.fullmatch(m.entity_id or ""), m


def test_spans_are_minimal_as_the_guidelines_require(mentions):
    for m in mentions:
        assert m.text == m.text.strip() and "\n" not in m.text, m
        assert not re.match(r"(?i)(the|a|an) ", m.text), m
        assert not re.search(r"(['’]s?|[.,;:()«»“”\"])$", m.text), m
        assert not re.match(r"(President|Minister|General) ", m.text), m


def test_gold_list_is_the_source_of_the_ann(mentions):
    rows = [
        line.split("\t")[:3]
        for line in (GOLD / f"{DOC_ID}.gold-list.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert rows == [[m.label, m.text, m.value or m.entity_id] for m in mentions]


def test_one_entity_keeps_one_id_across_its_variants(mentions):
    ids = {m.text: m.entity_id for m in mentions if m.entity_id}
    assert ids["Iyad ag Ghaly"] == ids["Iyad ag-Ghaly"] == "iyad-ag-ghaly"
    assert ids["Tuareg"] == ids["Tuaregs"] == ids["Touareg"] == "tuareg"
    assert ids["MUJWA"] == ids["Movement for Oneness and Jihad in West Africa"] == ids["Jamaat Tawhid wa’l-Jihad fi Garbi Afriqiya"]
    assert ids["Kaddafi"] == ids["Muammar Kaddafi"]
    labels_of_algeria = {m.label for m in mentions if m.entity_id == "algeria"}
    assert labels_of_algeria == {"ACTOR", "PLACE"}
    assert ids["northern Mali"] == ids["Northern Mali"] != ids["Mali"]
