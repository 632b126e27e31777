"""INCEpTION round trip: export UIMA CAS XMI, edit it with cassis, import it, re-run, and the edit is there."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from cassis import load_cas_from_xmi, load_typesystem
from corrections_support import clean_text, make_doc, run

from pipeline.core.annotated import read_document
from pipeline.corrections.store import load_corrections
from pipeline.formats.exports import export_corpus
from pipeline.formats.xmi import MENTION_TYPE, TYPESYSTEM_NAME

AS_INES = {"BRIEFS_ANNOTATOR": "ines"}


@pytest.fixture
def exported(tmp_path):
    """A run over the brief excerpt, exported as INCEpTION's zip bundle."""
    out = tmp_path / "annotations"
    doc = make_doc(clean_text(repair_hyphens=False))
    run(out, doc)
    bundle = tmp_path / "inception.zip"
    assert export_corpus(out, "xmi", bundle) == 1
    return out, doc, bundle


def open_cas(bundle):
    with zipfile.ZipFile(bundle) as z:
        types = load_typesystem(z.read(TYPESYSTEM_NAME).decode("utf-8"))
        return load_cas_from_xmi(io.BytesIO(z.read("brief.xmi")), typesystem=types), types


def save_inception_style(folder, cas, types):
    """What INCEpTION's XMI export gives: <doc>.xmi with TypeSystem.xml beside it."""
    folder.mkdir()
    (folder / TYPESYSTEM_NAME).write_text(types.to_xml(), encoding="utf-8")
    cas.to_xmi(folder / "brief.xmi", pretty_print=True)
    return folder / "brief.xmi"


def test_export_is_deterministic_and_carries_text_labels_and_links(exported, tmp_path):
    out, doc, bundle = exported
    again = tmp_path / "again.zip"
    export_corpus(out, "xmi", again)
    assert again.read_bytes() == bundle.read_bytes()
    cas, _ = open_cas(bundle)
    assert cas.sofa_string == doc.text
    written = read_document(out, "brief").mentions
    assert [(a.begin, a.end, a.label, a.entityId, a.value, a.get_covered_text()) for a in cas.select(MENTION_TYPE)] == [
        (m.start, m.end, m.label, m.entity_id, m.value, m.text) for m in written
    ]


def test_an_edit_made_with_cassis_is_imported_and_survives_a_rerun(exported, tmp_path, cli):
    out, doc, bundle = exported
    cas, types = open_cas(bundle)
    annotations = list(cas.select(MENTION_TYPE))
    libya = next(a for a in annotations if a.get_covered_text() == "Libya")
    mali = next(a for a in annotations if a.get_covered_text() == "Mali")
    cas.remove(libya)
    mali.label = "ACTOR"
    start = doc.text.index("SONATRACH")
    cas.add(types.get_type(MENTION_TYPE)(begin=start, end=start + 9, label="GROUP", entityId="sonatrach"))
    edited = save_inception_style(tmp_path / "from-inception", cas, types)

    result = cli("import", edited, "--out", out, env=AS_INES)

    assert result.exit_code == 0, result.output
    assert result.output == f"{edited}: brief: 3 correction(s) recorded (add 1, delete 1, relabel 1)\n"
    assert {c.annotator for c in load_corrections(out, "brief")} == {"ines"}
    run(out, doc)
    after = {(m.start, m.end): m for m in read_document(out, "brief").mentions}
    assert after[(start, start + 9)].label == "GROUP" and after[(start, start + 9)].entity_id == "sonatrach"
    assert after[(mali.begin, mali.end)].label == "ACTOR"
    assert (libya.begin, libya.end) not in after


def test_a_bad_xmi_is_rejected_whole_with_every_reason(exported, tmp_path, cli):
    out, doc, bundle = exported
    cas, types = open_cas(bundle)
    mention = types.get_type(MENTION_TYPE)
    first, second = list(cas.select(MENTION_TYPE))[:2]
    first.label = "PERSON"
    cas.add(mention(begin=second.begin, end=second.end + 3, label="PLACE"))
    edited = save_inception_style(tmp_path / "bad", cas, types)
    content = edited.read_text(encoding="utf-8")
    line_of = lambda fs: content[: content.index(f'xmi:id="{fs.xmiID}"')].count("\n") + 1  # noqa: E731
    overlap = next(a for a in cas.select(MENTION_TYPE) if a.end == second.end + 3)
    before = (out / "brief.ann").read_bytes()

    result = cli("import", edited, "--out", out, env=AS_INES)

    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{edited}: rejected, nothing applied",
        f"{edited}:{line_of(first)}: xmi:id {first.xmiID}: unknown label 'PERSON'",
        f"{edited}:{line_of(overlap)}: span xmi:id {overlap.xmiID} overlaps xmi:id {second.xmiID}",
    ]
    assert (out / "brief.ann").read_bytes() == before
    assert load_corrections(out, "brief") == []


def test_an_xmi_of_another_text_or_broken_xml_is_rejected(exported, tmp_path, cli):
    out, doc, bundle = exported
    cas, types = open_cas(bundle)
    cas.sofa_string = doc.text.replace("Tuaregs", "Touaregs")
    changed = save_inception_style(tmp_path / "changed", cas, types)
    sofa_line = next(i for i, line in enumerate(changed.read_text(encoding="utf-8").splitlines(), 1) if "sofaString" in line)
    broken = tmp_path / "broken.xmi"
    broken.write_text(changed.read_text(encoding="utf-8")[:500], encoding="utf-8")

    result = cli("import", changed, broken, "--out", out, env=AS_INES)

    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:2] == [
        f"{changed}: rejected, nothing applied",
        f"{changed}:{sofa_line}: text of 'brief' differs from {out / 'brief.txt'} at offset {doc.text.index('Tuaregs') + 1}",
    ]
    assert lines[2] == f"{broken}: rejected, nothing applied"
    assert re.fullmatch(rf"{re.escape(str(broken))}:\d+: not well-formed XML: .+", lines[3])
    assert len(lines) == 4
