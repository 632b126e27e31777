"""`briefs learn`: corrections become patterns, blocked names and aliases that the next run's tagger uses."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from pipeline.core.annotated import read_document
from pipeline.core.standoff import format_ann
from pipeline.run.process import Stages, process_document
from pipeline.tagging.knowledge_base import MODELS_DIR
from pipeline.tagging.tagger import load_nlp

# an en dash, which the tagger reads as joining two names (a hyphen would make one name): the annotator joins them
FIRST = "Niono–Izo fighters and the Kel Adagh met in Kidal in March 2012.\n"
SECOND = "The Kel Adagh and Niono–Izo split near Niono in 2013.\n"


@pytest.fixture
def models(tmp_path):
    """The project's rule data, linked into a folder the test may add learned/ to."""
    folder = tmp_path / "models"
    folder.mkdir()
    for path in MODELS_DIR.iterdir():
        if path.is_file():
            (folder / path.name).symlink_to(path)
    return folder


def corrected_run(tmp_path, nlp):
    """A real run on a brief, an annotator's fix to its .ann, and the re-run that records it."""
    source = tmp_path / "first.txt"
    source.write_text(FIRST, encoding="utf-8")
    out = tmp_path / "annotations"
    process_document(source, out, Stages.around(nlp))
    machine = read_document(out, "first").mentions
    by_text = {m.text: m for m in machine}
    fixed = [m for m in machine if m.text not in ("Niono", "Kel Adagh")] + [
        replace(by_text["Niono"], end=9, label="GROUP", text="Niono–Izo", entity_id="niono-izo"),
        replace(by_text["Kel Adagh"], entity_id="kel-adagh"),
    ]
    (out / "first.ann").write_text(format_ann(fixed), encoding="utf-8")
    process_document(source, out, Stages.around(nlp))
    return out


def mentions_of(out, doc_id):
    return {(m.text, m.label, m.entity_id) for m in read_document(out, doc_id).mentions}


def test_learned_entries_are_written_shown_and_used_by_the_next_run(tmp_path, models, cli):
    nlp = load_nlp(None, models)
    out = corrected_run(tmp_path, nlp)
    second = tmp_path / "second.txt"
    second.write_text(SECOND, encoding="utf-8")
    process_document(second, out, Stages.around(nlp))
    before = mentions_of(out, "second")
    assert ("Niono", "PLACE", "niono") in before and ("Kel Adagh", "GROUP", "ifoghas") in before

    result = cli("learn", out, "--models", models)

    learned = models / "learned"
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"{learned / 'patterns.jsonl'}: 2 new",
        "  + id=kel-adagh label=GROUP pattern=Kel Adagh",
        "  + id=niono-izo label=GROUP pattern=Niono–Izo",
        f"{learned / 'blocklist.jsonl'}: 1 new",
        "  + label=PLACE text=Niono",
        f"{learned / 'aliases.jsonl'}: 2 new",
        "  + alias=Kel Adagh entity_id=kel-adagh label=GROUP",
        "  + alias=Niono–Izo entity_id=niono-izo label=GROUP",
    ]
    assert [json.loads(line) for line in (learned / "blocklist.jsonl").read_text(encoding="utf-8").splitlines()] == [
        {"label": "PLACE", "text": "Niono"}
    ]

    process_document(second, out, Stages.around(load_nlp(None, models)))

    after = mentions_of(out, "second")
    assert {("Niono–Izo", "GROUP", "niono-izo"), ("Kel Adagh", "GROUP", "kel-adagh")} <= after
    assert not any(text == "Niono" for text, _, _ in after)
    assert ("2013", "DATE", None) in after


def test_learning_twice_adds_nothing_and_keeps_the_files(tmp_path, models, cli):
    out = corrected_run(tmp_path, load_nlp(None, models))
    cli("learn", out, "--models", models)
    files = {p.name: p.read_bytes() for p in (models / "learned").iterdir()}

    result = cli("learn", out, "--models", models)

    assert result.exit_code == 0
    assert [line for line in result.output.splitlines() if not line.startswith("  +")] == [
        f"{models / 'learned' / name}: 0 new" for name in ("patterns.jsonl", "blocklist.jsonl", "aliases.jsonl")
    ]
    assert {p.name: p.read_bytes() for p in (models / "learned").iterdir()} == files


def test_a_switch_between_state_and_place_teaches_nothing(tmp_path, models, cli):
    nlp = load_nlp(None, models)
    source = tmp_path / "doc.txt"
    source.write_text("Algeria questions the Kidal talks.\n", encoding="utf-8")
    out = tmp_path / "annotations"
    process_document(source, out, Stages.around(nlp))
    machine = read_document(out, "doc").mentions
    flipped = [replace(m, label="PLACE" if m.label == "ACTOR" else "ACTOR") if m.text == "Algeria" else m for m in machine]
    assert flipped != machine
    (out / "doc.ann").write_text(format_ann(flipped), encoding="utf-8")
    process_document(source, out, Stages.around(nlp))

    result = cli("learn", out, "--models", models)

    assert result.exit_code == 0
    assert "  +" not in result.output
