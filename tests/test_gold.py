"""The hand-made gold standard: every document's standoff is valid, quotes its text, follows the guidelines'
span rules and is built from its gold list; the shipped brief's gold text is the text the pipeline extracts."""

import re
from pathlib import Path

import pytest

from pipeline.core.standoff import parse_ann
from pipeline.evaluation.scores import held_out_ids
from pipeline.extract.ingest import load_document

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "annotations" / "gold"
SHIPPED = "cidob-notes-67-algeria-mali"
DOC_IDS = sorted(path.stem for path in GOLD.glob("*.ann"))
ENTITY_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
TIMEX_VALUE = re.compile(r"(\d{4}|\d{3}X|XX\d{2})(-(\d{2}|SP|SU|FA|WI)(-\d{2})?)?")
ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")  # "U.N.", "U.S.": the full stop belongs to the name


def read(doc_id: str, suffix: str) -> str:
    return (GOLD / f"{doc_id}{suffix}").read_text(encoding="utf-8")


def gold_mentions(doc_id: str):
    return parse_ann(read(doc_id, ".ann"), read(doc_id, ".txt"), f"{doc_id}.ann")


def test_the_set_holds_the_shipped_brief_and_twenty_held_out_documents():
    assert SHIPPED in DOC_IDS and len(DOC_IDS) >= 9
    held_out = held_out_ids(GOLD)
    assert len(held_out) == 20 and held_out < set(DOC_IDS) and SHIPPED not in held_out
    for doc_id in DOC_IDS:
        for suffix in (".txt", ".gold-list.tsv"):
            assert (GOLD / f"{doc_id}{suffix}").is_file(), doc_id + suffix


def test_shipped_gold_text_is_the_clean_text_extracted_from_the_shipped_pdf():
    assert load_document(ROOT / "corpus" / f"{SHIPPED}.pdf").text == read(SHIPPED, ".txt")


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_spans_quote_the_text_and_never_overlap(doc_id):
    text, mentions = read(doc_id, ".txt"), gold_mentions(doc_id)
    assert len(mentions) > 20
    for m in mentions:
        assert text[m.start:m.end] == m.text
    for before, after in zip(mentions, mentions[1:]):
        assert before.end <= after.start, (before, after)


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_every_entity_mention_has_an_id_and_every_date_a_timex_value(doc_id):
    for m in gold_mentions(doc_id):
        assert m.source == "human"
        if m.label == "DATE":
            assert m.entity_id is None and TIMEX_VALUE.fullmatch(m.value or ""), m
        else:
            assert m.value is None and ENTITY_ID.fullmatch(m.entity_id or ""), m


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_spans_are_minimal_as_the_guidelines_require(doc_id):
    for m in gold_mentions(doc_id):
        assert m.text == m.text.strip() and "\n" not in m.text, m
        assert not re.match(r"(?i)(the|a|an) ", m.text), m
        last_word = m.text.split()[-1]
        if not ABBREVIATION.fullmatch(last_word):
            assert not re.search(r"(['’]s?|[.,;:()«»“”\"])$", m.text), m
        if m.label == "ACTOR":  # titles stay outside a person's name ("General Directorate …" is an organisation)
            assert not re.match(r"(President|Minister|General|Colonel|Dr\.?|Mr\.?|Mrs\.?) ", m.text), m


def test_abbreviations_keep_their_full_stop_but_nothing_else_does():
    assert ABBREVIATION.fullmatch("U.N.") and ABBREVIATION.fullmatch("U.S.")
    assert not ABBREVIATION.fullmatch("Mali.") and not ABBREVIATION.fullmatch("AQIM.")


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_gold_list_is_the_source_of_the_ann(doc_id):
    rows = [line.split("\t")[:3] for line in read(doc_id, ".gold-list.tsv").splitlines() if line and not line.startswith("#")]
    assert rows == [[m.label, m.text, m.value or m.entity_id] for m in gold_mentions(doc_id)]


def test_one_entity_keeps_one_id_across_its_variants():
    ids = {m.text: m.entity_id for m in gold_mentions(SHIPPED) if m.entity_id}
    assert ids["Iyad ag Ghaly"] == ids["Iyad ag-Ghaly"] == "iyad-ag-ghaly"
    assert ids["Tuareg"] == ids["Tuaregs"] == ids["Touareg"] == "tuareg"
    assert ids["MUJWA"] == ids["Movement for Oneness and Jihad in West Africa"] == ids["Jamaat Tawhid wa’l-Jihad fi Garbi Afriqiya"]
    assert ids["Kaddafi"] == ids["Muammar Kaddafi"]
    labels_of_algeria = {m.label for m in gold_mentions(SHIPPED) if m.entity_id == "algeria"}
    assert labels_of_algeria == {"ACTOR", "PLACE"}
    assert ids["northern Mali"] == ids["Northern Mali"] != ids["Mali"]


def test_written_briefs_keep_their_sources_beside_the_gold():
    for doc_id in (d for d in DOC_IDS if d.startswith("brief-")):
        assert (GOLD / "sources" / f"{doc_id}.md").is_file() and (GOLD / "sources" / f"{doc_id}.pdf").is_file()
