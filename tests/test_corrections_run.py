"""Real `briefs run` round trips on the shipped brief: edits in brat, INCEpTION and Label Studio all survive re-runs."""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from cassis import load_cas_from_xmi, load_typesystem

from pipeline.core.annotated import read_document
from pipeline.core.mention import Mention
from pipeline.core.standoff import format_ann
from pipeline.corrections.store import load_corrections
from pipeline.formats.xmi import MENTION_TYPE, TYPESYSTEM_NAME

BRIEF = Path(__file__).resolve().parent.parent / "corpus" / "cidob-notes-67-algeria-mali.pdf"
DOC = BRIEF.stem


AS_ANA = {"BRIEFS_ANNOTATOR": "ana"}


def succeeded(result):
    """The output of a `briefs` call that has to succeed."""
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def out(tmp_path, cli):
    folder = tmp_path / "annotations"
    succeeded(cli("run", BRIEF, "--out", folder, "--rules-only", env=AS_ANA))
    return folder


def spans(out):
    return {(m.start, m.end): m for m in read_document(out, DOC).mentions}


def test_an_edit_to_the_ann_survives_the_next_run(out, cli):
    document = read_document(out, DOC)
    first, second = document.mentions[:2]
    start = document.text.index("Taoudeni Basin")
    taken = [m for m in document.mentions if m.start < start + 14 and start < m.end]
    fixed = [m for m in document.mentions if m not in (first, second, *taken)] + [
        Mention(first.start, first.end, "ACTOR" if first.label != "ACTOR" else "GROUP", first.text, "someone"),
        Mention(start, start + 14, "PLACE", "Taoudeni Basin", "taoudeni-basin"),
    ]
    (out / f"{DOC}.ann").write_text(format_ann(fixed), encoding="utf-8")

    summary = succeeded(cli("run", BRIEF, "--out", out, "--rules-only", env=AS_ANA))

    assert "1 to process" in summary
    after = spans(out)
    assert (after[first.span].label, after[first.span].entity_id) == (fixed[-2].label, "someone")
    assert second.span not in after
    assert after[(start, start + 14)].entity_id == "taoudeni-basin"
    kinds = sorted(c.kind for c in load_corrections(out, DOC))
    assert kinds.count("delete") == 1 and kinds.count("relabel") == 1
    layer = (out / f"{DOC}.corrections.jsonl").read_bytes()
    assert "0 to process, 1 unchanged and skipped" in succeeded(cli("run", BRIEF, "--out", out, "--rules-only", env=AS_ANA))
    assert (out / f"{DOC}.corrections.jsonl").read_bytes() == layer
    assert "relabelled" in succeeded(cli("diff", out, env=AS_ANA))


def test_inception_and_label_studio_edits_survive_the_next_run(out, cli, tmp_path):
    bundle, tasks = tmp_path / "inception.zip", tmp_path / "tasks.json"
    succeeded(cli("export", "--format", "xmi", out, "-o", bundle, env=AS_ANA))
    succeeded(cli("export", "--format", "labelstudio", out, "-o", tasks, env=AS_ANA))

    with zipfile.ZipFile(bundle) as z:
        types = load_typesystem(z.read(TYPESYSTEM_NAME).decode("utf-8"))
        cas = load_cas_from_xmi(io.BytesIO(z.read(f"{DOC}.xmi")), typesystem=types)
    dropped = next(iter(cas.select(MENTION_TYPE)))
    cas.remove(dropped)
    (tmp_path / "inception").mkdir()
    (tmp_path / "inception" / TYPESYSTEM_NAME).write_text(types.to_xml(), encoding="utf-8")
    cas.to_xmi(tmp_path / "inception" / f"{DOC}.xmi")

    [task] = json.loads(tasks.read_text(encoding="utf-8"))
    result = [r for r in task["predictions"][0]["result"] if (r["value"]["start"], r["value"]["end"]) != (dropped.begin, dropped.end)]
    relabelled = next(r for r in result if r["type"] == "labels" and r["value"]["labels"] == ["DATE"])
    relabelled["value"]["labels"] = ["PLACE"]
    task["annotations"] = [{"id": 1, "completed_by": 1, "was_cancelled": False, "result": result}]
    (tmp_path / "done.json").write_text(json.dumps([task]), encoding="utf-8")

    succeeded(cli("import", tmp_path / "inception" / f"{DOC}.xmi", "--out", out, env=AS_ANA))
    succeeded(cli("import", tmp_path / "done.json", "--out", out, env=AS_ANA))
    succeeded(cli("run", BRIEF, "--out", out, "--rules-only", env=AS_ANA))

    after = spans(out)
    assert (dropped.begin, dropped.end) not in after
    span = (relabelled["value"]["start"], relabelled["value"]["end"])
    assert after[span].label == "PLACE" and after[span].source == "human"
    assert {c.kind for c in load_corrections(out, DOC)} == {"delete", "relabel"}


def test_after_an_import_the_manifest_and_the_next_summary_count_the_corrected_annotation(out, cli, tmp_path):
    """Regression: the run after `briefs import` skipped the document and printed the machine's counts."""
    tasks = tmp_path / "tasks.json"
    succeeded(cli("export", "--format", "labelstudio", out, "-o", tasks, env=AS_ANA))
    [task] = json.loads(tasks.read_text(encoding="utf-8"))
    dates = {r["id"] for r in task["predictions"][0]["result"] if r["type"] == "labels" and r["value"]["labels"] == ["DATE"]}
    task["annotations"] = [{"id": 1, "was_cancelled": False,
                            "result": [r for r in task["predictions"][0]["result"] if r["id"] not in dates]}]
    (tmp_path / "done.json").write_text(json.dumps([task]), encoding="utf-8")
    machine = pd.read_parquet(out / "manifest.parquet").iloc[0]

    succeeded(cli("import", tmp_path / "done.json", "--out", out, env=AS_ANA))

    row = pd.read_parquet(out / "manifest.parquet").iloc[0]
    assert machine["mentions_DATE"] == len(dates) > 0 and row["mentions_DATE"] == 0
    assert [row[f"mentions_{label}"] for label in ("ACTOR", "GROUP", "PLACE")] == [
        machine[f"mentions_{label}"] for label in ("ACTOR", "GROUP", "PLACE")]
    assert (row["status"], row["sha256"], row["seconds_total"]) == (machine["status"], machine["sha256"], machine["seconds_total"])
    summary = succeeded(cli("run", BRIEF, "--out", out, "--rules-only", env=AS_ANA))
    assert "0 to process, 1 unchanged and skipped" in summary
    counts = Counter(m.label for m in read_document(out, DOC).mentions)
    assert f"mentions: ACTOR {counts['ACTOR']}, GROUP {counts['GROUP']}, PLACE {counts['PLACE']}, DATE 0" in summary


def test_an_import_into_a_folder_without_a_manifest_still_records_the_corrections(out, cli, tmp_path):
    for name in ("manifest.csv", "manifest.parquet"):
        (out / name).unlink()
    edited = tmp_path / f"{DOC}.ann"
    lines = (out / f"{DOC}.ann").read_text(encoding="utf-8").splitlines(keepends=True)
    first = lines[0].split("\t")[0]
    edited.write_text("".join(l for l in lines if f" {first} " not in l and not l.startswith(first + "\t")), encoding="utf-8")
    assert "1 correction(s) recorded (delete 1)" in succeeded(cli("import", edited, "--out", out, env=AS_ANA))
    assert not (out / "manifest.parquet").exists()
