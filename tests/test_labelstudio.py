"""Label Studio round trip: tasks with pre-annotations out, completed tasks in, re-run, and the edit is there."""

from __future__ import annotations

import copy
import json

import pytest
from corrections_support import clean_text, make_doc, run
from lxml import etree

from pipeline.core.annotated import read_document
from pipeline.corrections.store import load_corrections
from pipeline.formats.brat_conf import visual_conf
from pipeline.formats.exports import export_corpus
from pipeline.formats.labelstudio import CONFIG_NAME

AS_LOU = {"BRIEFS_ANNOTATOR": "lou"}


@pytest.fixture
def exported(tmp_path):
    out = tmp_path / "annotations"
    doc = make_doc(clean_text(repair_hyphens=False))
    run(out, doc)
    tasks = tmp_path / "tasks.json"
    assert export_corpus(out, "labelstudio", tasks) == 1
    return out, doc, tasks


def completed(task: dict, result: list[dict]) -> dict:
    """The task as Label Studio exports it once an annotator submitted `result`."""
    return {"id": 1} | task | {"annotations": [
        {"id": 3, "completed_by": 1, "was_cancelled": True, "result": []},
        {"id": 4, "completed_by": 1, "was_cancelled": False, "lead_time": 41.5, "result": result},
    ]}


def region(start, end, text, label, reference=None, ident="n3wR3g10n"):
    value = {"start": start, "end": end, "text": text}
    found = [{"id": ident, "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
              "value": value | {"labels": [label]}}]
    if reference:
        found.append({"id": ident, "from_name": "reference", "to_name": "text", "type": "textarea", "origin": "manual",
                      "value": value | {"text": [reference]}})
    return found


def test_export_holds_text_and_predictions_and_a_valid_config(exported, tmp_path):
    out, doc, tasks = exported
    [task] = json.loads(tasks.read_text(encoding="utf-8"))
    assert task["data"] == {"text": doc.text, "doc_id": "brief"}
    labels = [r for r in task["predictions"][0]["result"] if r["type"] == "labels"]
    written = read_document(out, "brief").mentions
    assert [(r["value"]["start"], r["value"]["end"], r["value"]["labels"], r["value"]["text"]) for r in labels] == [
        (m.start, m.end, [m.label], m.text) for m in written
    ]
    references = {r["id"]: r["value"]["text"][0] for r in task["predictions"][0]["result"] if r["type"] == "textarea"}
    assert references[labels[0]["id"]] in {f"BriefsKB:{written[0].entity_id}", f"TIMEX3:{written[0].value}"}
    config = etree.fromstring((tmp_path / CONFIG_NAME).read_bytes())
    assert [label.get("value") for label in config.iter("Label")] == ["ACTOR", "GROUP", "PLACE", "DATE"]
    brat_colours = dict(line.split("\tbgColor:") for line in visual_conf().splitlines() if "\tbgColor:#" in line)
    assert {label.get("value"): label.get("background") for label in config.iter("Label")} == brat_colours
    again = tmp_path / "again.json"
    export_corpus(out, "labelstudio", again)
    assert again.read_bytes() == tasks.read_bytes()


def test_a_completed_task_is_imported_and_survives_a_rerun(exported, tmp_path, cli):
    out, doc, tasks = exported
    [task] = json.loads(tasks.read_text(encoding="utf-8"))
    result = copy.deepcopy(task["predictions"][0]["result"])
    libya = next(r for r in result if r["value"]["text"] == "Libya")
    result = [r for r in result if r["id"] != libya["id"]]
    mali = next(r for r in result if r["value"]["text"] == "Mali" and r["type"] == "labels")
    mali["value"]["labels"] = ["ACTOR"]
    start = doc.text.index("SONATRACH")
    result += region(start, start + 9, "SONATRACH", "GROUP", "BriefsKB:sonatrach")
    done = tmp_path / "export-from-label-studio.json"
    done.write_text(json.dumps([completed(task, result)], indent=2), encoding="utf-8")

    output = cli("import", done, "--out", out, env=AS_LOU)

    assert output.exit_code == 0, output.output
    assert output.output == f"{done}: brief: 3 correction(s) recorded (add 1, delete 1, relabel 1)\n"
    assert {c.annotator for c in load_corrections(out, "brief")} == {"lou"}
    run(out, doc)
    after = {(m.start, m.end): m for m in read_document(out, "brief").mentions}
    assert (after[(start, start + 9)].label, after[(start, start + 9)].entity_id) == ("GROUP", "sonatrach")
    assert after[(mali["value"]["start"], mali["value"]["end"])].label == "ACTOR"
    assert (libya["value"]["start"], libya["value"]["end"]) not in after


def test_a_bad_task_file_is_rejected_whole_with_every_reason(exported, tmp_path, cli):
    out, doc, tasks = exported
    [task] = json.loads(tasks.read_text(encoding="utf-8"))
    result = copy.deepcopy(task["predictions"][0]["result"])
    result += region(10, 14, "XXXX", "PLACE", ident="q1")
    result += region(len(doc.text), len(doc.text) + 4, "", "PLACE", ident="q2")
    result += region(0, 5, doc.text[0:5], "PERSON", ident="q3")
    result += region(0, 5, doc.text[0:5], "GROUP", ident="q3")
    first = result[0]["value"]
    result += region(first["start"], first["end"] + 1, doc.text[first["start"]:first["end"] + 1], "GROUP", ident="q4")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([completed(task, result)], indent=2), encoding="utf-8")
    lines = bad.read_text(encoding="utf-8").splitlines()
    line_of = lambda ident, nth=0: [i for i, l in enumerate(lines, 1) if l.strip() == f'"id": "{ident}",'][nth]  # noqa: E731
    before = (out / "brief.ann").read_bytes()

    output = cli("import", bad, "--out", out, env=AS_LOU)

    assert output.exit_code == 1
    assert output.output.splitlines() == [
        f"{bad}: rejected, nothing applied",
        f"{bad}:{line_of('q1')}: q1: quoted text 'XXXX' differs from the text at 10-14 {doc.text[10:14]!r}",
        f"{bad}:{line_of('q2')}: q2: offsets {len(doc.text)} {len(doc.text) + 4} outside the text (length {len(doc.text)})",
        f"{bad}:{line_of('q3')}: q3: unknown label 'PERSON'",
        f"{bad}:{line_of('q3', 1)}: duplicate id q3",
        f"{bad}:{line_of('q4')}: span q4 overlaps {result[0]['id']}",
    ]
    assert (out / "brief.ann").read_bytes() == before
    assert load_corrections(out, "brief") == []


def test_a_task_for_another_text_or_broken_json_is_rejected(exported, tmp_path, cli):
    out, doc, tasks = exported
    [task] = json.loads(tasks.read_text(encoding="utf-8"))
    task["data"]["text"] = doc.text[:100]
    other = tmp_path / "other.json"
    other.write_text(json.dumps([completed(task, [])], indent=2), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('[\n {"data": {"text": "x",\n', encoding="utf-8")

    output = cli("import", other, broken, "--out", out, env=AS_LOU)

    assert output.exit_code == 1
    assert output.output.splitlines() == [
        f"{other}: rejected, nothing applied",
        f"{other}:3: text of 'brief' differs from {out / 'brief.txt'} at offset 100",
        f"{broken}: rejected, nothing applied",
        f"{broken}:3: not valid JSON: Expecting property name enclosed in double quotes",
    ]
