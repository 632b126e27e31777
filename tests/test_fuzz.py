"""Seeded fuzzing through the batch code path: hundreds of damaged copies of the shipped brief, an uncompressed brief
built here and two small PDFs of the development set (when it is there), in one `briefs run -j 2` under the default
memory cap. Every mutant must end in output or in one line naming its file, never a traceback or a bug of our own
("unexpected ..."), and no process of the run may pass the cap.

Tesseract is kept off the run's PATH: a mutant that lost its text layer then fails at once with the line saying
what to install, instead of minutes of OCR on a damaged file (tests/test_ocr.py covers OCR).
BRIEFS_FUZZ_MUTANTS=2000 runs a larger set; BRIEFS_FUZZ_SEED picks another one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd
from conftest import REAL_PDFS
from pdf_mutations import readable_brief, write_mutants
from process_tree import run_watched

SHIPPED = Path(__file__).resolve().parent.parent / "corpus" / "cidob-notes-67-algeria-mali.pdf"
SMALL_DEVELOPMENT_PDFS = ("us-copyright-office_dmca-summary_1998.pdf", "diis_policy-brief_g20-global-banking-rules_2010.pdf")
MUTANTS = int(os.environ.get("BRIEFS_FUZZ_MUTANTS", "300"))
SEED = int(os.environ.get("BRIEFS_FUZZ_SEED", "20240611"))
CAP = 2 << 30


def test_damaged_pdfs_end_in_output_or_one_line_and_stay_under_the_memory_cap(tmp_path: Path):
    sources = [SHIPPED, readable_brief(tmp_path / "readable-brief.pdf")]
    sources += [REAL_PDFS / name for name in SMALL_DEVELOPMENT_PDFS if (REAL_PDFS / name).is_file()]
    mutants = write_mutants(sources, tmp_path / "mutants", MUTANTS, SEED)
    out = tmp_path / "out"
    command = [sys.executable, "-c", "from pipeline.cli.main import main; main()", "run", str(tmp_path / "mutants"),
               "--out", str(out), "-j", "2", "--rules-only", "--max-memory", "2GB", "--timeout", "120"]
    returncode, output, errors, memory = run_watched(command, tmp_path, {"PATH": str(Path(sys.executable).parent)})

    assert returncode in (0, 1), errors[-2000:]
    assert "Traceback" not in output + errors
    assert {role for role, _ in memory.peaks.values()} >= {"briefs run", "worker"}
    assert memory.largest < CAP
    manifest = pd.read_csv(out / "manifest.csv", dtype=str, keep_default_na=False)
    assert sorted(manifest["id"]) == sorted(path.stem for path in mutants)
    ok = manifest[manifest["status"] == "ok"]
    failed = manifest[manifest["status"] == "failed"]
    assert len(ok) + len(failed) == len(mutants) and len(ok) and len(failed)
    assert all((out / f"{doc}.txt").is_file() for doc in ok["id"])
    assert all(error and "\n" not in error and not error.startswith("unexpected") for error in failed["error"])
    listed = errors.split(f"failed ({len(failed)}):\n", 1)[1].splitlines()
    assert listed == sorted(f"{source}: {error}" for source, error in zip(failed["source"], failed["error"]))
    assert f"documents: {len(mutants)} ({len(ok)} processed, 0 skipped, {len(failed)} failed)" in output
