"""Exports open in the tools' own readers and give back exactly the standoff mentions."""

import json
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from pipeline.core.annotated import AnnotatedDocument, read_corpus
from pipeline.core.mention import Mention
from pipeline.formats.exports import DOC_SEPARATOR, entity_doc, tokenizer_pipeline

STANDOFF = Path(__file__).parent / "data" / "standoff"


def expected():
    return {d.doc_id: [(m.start, m.end, m.label) for m in d.mentions] for d in read_corpus(STANDOFF)}


def test_docbin_round_trips_entities_ids_and_dates(standoff_corpus, cli, tmp_path):
    out = tmp_path / "train.spacy"
    result = cli("export", "--format", "spacy", standoff_corpus, "-o", out)
    assert result.exit_code == 0, result.output
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("en").vocab))
    assert {d.user_data["doc_id"]: [(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs} == expected()
    mentions = {(m.start, m.label): m for d in read_corpus(STANDOFF) for m in d.mentions}
    for doc in docs:
        for ent in doc.ents:
            mention = mentions[(ent.start_char, ent.label_)]
            assert ent.kb_id_ == (mention.value if mention.label == "DATE" else mention.entity_id)


def test_conll_columns_rebuild_the_mentions(standoff_corpus, cli, tmp_path):
    out = tmp_path / "train.conll"
    assert cli("export", "--format", "conll", standoff_corpus, "-o", out).exit_code == 0
    lines = out.read_text(encoding="utf-8").split("\n")
    found, doc_id = {}, None
    for line in lines:
        if line.startswith(DOC_SEPARATOR):
            doc_id = line.split("\t")[1]
            found[doc_id] = []
            continue
        if not line:
            continue
        token, start, end, tag = line.split("\t")
        text = (standoff_corpus / f"{doc_id}.txt").read_text(encoding="utf-8")
        assert text[int(start):int(end)] == token
        if tag.startswith("B-"):
            found[doc_id].append([int(start), int(end), tag[2:]])
        elif tag.startswith("I-"):
            assert found[doc_id][-1][2] == tag[2:]
            found[doc_id][-1][1] = int(end)
    assert {k: [tuple(v) for v in spans] for k, spans in found.items()} == expected()
    assert "" in lines[2:-1], "sentences are separated by blank lines"


def test_jsonl_has_one_document_per_line_with_offsets(standoff_corpus, cli, tmp_path):
    out = tmp_path / "docs.jsonl"
    assert cli("export", "--format", "jsonl", standoff_corpus, "-o", out).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == sorted(expected())
    for record in records:
        assert [tuple(e[:3]) for e in record["entities"]] == expected()[record["id"]]
        assert all(record["text"][s:e] for s, e, *_ in record["entities"])
        dates = [e for e in record["entities"] if e[2] == "DATE"]
        assert dates and all(e[4] for e in dates) and all(e[3] is None for e in dates)


def test_mentions_inside_a_token_snap_to_the_whole_token_and_are_logged(caplog):
    document = AnnotatedDocument("snap", "The Tuaregs of Kidal.\n", [Mention(4, 10, "GROUP", "Tuareg", "tuareg")])
    with caplog.at_level("INFO", logger="pipeline.tagging.spacy_docs"):
        doc = entity_doc(tokenizer_pipeline(), document)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [(4, 11, "GROUP")]
    assert "snapped to tokens 4-11 'Tuaregs'" in caplog.text


def test_export_is_byte_identical_across_runs(standoff_corpus, cli, tmp_path):
    for fmt in ("spacy", "conll", "jsonl"):
        first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        cli("export", "--format", fmt, standoff_corpus, "-o", first)
        cli("export", "--format", fmt, standoff_corpus, "-o", second)
        assert first.read_bytes() == second.read_bytes()


def test_export_errors_are_one_line_and_name_the_file(standoff_corpus, cli, tmp_path):
    ann = standoff_corpus / "sahel-sample.ann"
    ann.write_text(ann.read_text(encoding="utf-8").replace("ACTOR 0 7", "ACTOR 0 9", 1), encoding="utf-8")
    result = cli("export", "--format", "jsonl", standoff_corpus, "-o", tmp_path / "x.jsonl")
    assert result.exit_code == 1
    assert f"{ann}:1:" in result.output and "Traceback" not in result.output
    unknown = cli("export", "--format", "nope", standoff_corpus, "-o", tmp_path / "x")
    assert unknown.exit_code != 0 and "nope" in unknown.output
