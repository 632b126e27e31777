"""The corrections layer: edits to written .ann files are kept, re-applied, re-anchored, never lost."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace

import pytest
from corrections_support import clean_text, machine, make_doc, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.core.errors import InputError
from pipeline.core.mention import Mention
from pipeline.core.standoff import format_ann, parse_ann
from pipeline.corrections.anchoring import apply_corrections
from pipeline.corrections.diff import diff_mentions
from pipeline.corrections.digests import has_unrecorded_edits
from pipeline.corrections.store import corrections_path, load_corrections, machine_path


@pytest.fixture(autouse=True)
def annotator(monkeypatch):
    monkeypatch.setenv("BRIEFS_ANNOTATOR", "ana")


def read_ann(out, doc):
    return parse_ann((out / f"{doc.doc_id}.ann").read_text(encoding="utf-8"), doc.text)


def write_ann(out, doc, mentions):
    (out / f"{doc.doc_id}.ann").write_text(format_ann(mentions), encoding="utf-8")


def span_of(text, phrase, label, nth=0, **extra):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(start, start + len(phrase), label, phrase, source="human", **extra)


def human_edit(text, mentions):
    """One edit of each kind, as an annotator would make them in brat."""
    by_text = {m.text: m for m in mentions}
    mali, libya, tuaregs = by_text["Mali"], by_text["Libya"], by_text["Tuaregs"]
    kept = [m for m in mentions if m not in (mali, libya, tuaregs)]
    return kept + [
        replace(mali, label="ACTOR", source="human"),
        replace(tuaregs, entity_id="tuareg", source="human"),
        span_of(text, "Ama- dou Toumani Touré", "ACTOR"),
        span_of(text, "Adragh of Ifoghas", "PLACE", entity_id="adragh-of-ifoghas"),
    ]


def test_edits_to_the_written_ann_become_corrections_and_survive_reruns(tmp_path):
    doc = make_doc(clean_text(repair_hyphens=False))
    run(tmp_path, doc)
    edited = human_edit(doc.text, read_ann(tmp_path, doc))
    write_ann(tmp_path, doc, edited)
    assert has_unrecorded_edits(tmp_path, doc.doc_id)

    effective = run(tmp_path, doc)

    corrections = load_corrections(tmp_path, doc.doc_id)
    assert sorted(c.kind for c in corrections) == ["add", "add", "delete", "link", "relabel"]
    assert {c.annotator for c in corrections} == {"ana"}
    assert [(m.start, m.end, m.label, m.entity_id) for m in read_ann(tmp_path, doc)] == [
        (m.start, m.end, m.label, m.entity_id) for m in sorted(edited, key=lambda m: (m.start, m.end))
    ]
    assert effective == read_ann(tmp_path, doc)
    assert not has_unrecorded_edits(tmp_path, doc.doc_id)
    layer = corrections_path(tmp_path, doc.doc_id).read_bytes()
    run(tmp_path, doc)
    assert corrections_path(tmp_path, doc.doc_id).read_bytes() == layer


def test_outputs_stay_byte_identical_and_carry_no_time(tmp_path):
    doc = make_doc(clean_text(repair_hyphens=False))
    run(tmp_path, doc)
    write_ann(tmp_path, doc, human_edit(doc.text, read_ann(tmp_path, doc)))
    run(tmp_path, doc)
    names = [f"{doc.doc_id}.{suffix}" for suffix in ("txt", "ann", "json")]
    first = {name: (tmp_path / name).read_bytes() for name in names}
    run(tmp_path, doc)
    assert {name: (tmp_path / name).read_bytes() for name in names} == first
    times = {c.time for c in load_corrections(tmp_path, doc.doc_id)}
    assert all(t and t.encode() not in content for t in times for content in first.values())


def test_machine_changes_do_not_override_corrections(tmp_path):
    doc = make_doc(clean_text(repair_hyphens=False))
    run(tmp_path, doc)
    write_ann(tmp_path, doc, human_edit(doc.text, read_ann(tmp_path, doc)))
    run(tmp_path, doc)
    # a new tagger version finds different things: Touré as a PLACE, no Tuaregs at all
    wrong = span_of(doc.text, "Touré", "PLACE")
    newer = [m for m in machine(doc.text) if m.text != "Tuaregs"] + [replace(wrong, source="model")]

    result = run(tmp_path, doc, newer)

    keys = {(m.text, m.label, m.entity_id) for m in result}
    assert ("Ama- dou Toumani Touré", "ACTOR", None) in keys
    assert ("Touré", "PLACE", None) not in keys
    assert ("Tuaregs", "GROUP", "tuareg") in keys
    deleted = [c.before.span for c in load_corrections(tmp_path, doc.doc_id) if c.kind == "delete"]
    assert deleted and not set(deleted) & {m.span for m in result}
    relabelled = [c.after for c in load_corrections(tmp_path, doc.doc_id) if c.kind == "relabel"]
    assert relabelled[0].text == "Mali" and relabelled[0] in result


def test_corrections_follow_text_repaired_by_a_newer_pipeline(tmp_path):
    old = make_doc(clean_text(repair_hyphens=False))
    run(tmp_path, old)
    write_ann(tmp_path, old, human_edit(old.text, read_ann(tmp_path, old)))
    run(tmp_path, old)
    new = make_doc(clean_text(repair_hyphens=True))
    assert new.text != old.text

    result = run(tmp_path, new)

    keys = {(m.text, m.label, m.entity_id) for m in result}
    assert ("Amadou Toumani Touré", "ACTOR", None) in keys
    assert ("Adragh of Ifoghas", "PLACE", "adragh-of-ifoghas") in keys
    assert ("Tuaregs", "GROUP", "tuareg") in keys
    assert all(new.text[m.start:m.end] == m.text for m in result)
    record = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    assert record["metadata"]["corrections"]["unanchored"] == []


def test_a_correction_whose_text_is_gone_is_reported_and_kept(tmp_path, caplog):
    doc = make_doc(clean_text(repair_hyphens=False))
    run(tmp_path, doc)
    write_ann(tmp_path, doc, human_edit(doc.text, read_ann(tmp_path, doc)))
    run(tmp_path, doc)
    layer = corrections_path(tmp_path, doc.doc_id).read_bytes()
    shorter = make_doc(doc.text.replace("Adragh of Ifoghas", "Adrar des Ifoghas"))

    with caplog.at_level(logging.WARNING, logger="pipeline.corrections.layer"):
        result = run(tmp_path, shorter)

    line = next(i for i, c in enumerate(load_corrections(tmp_path, doc.doc_id), 1) if c.after and "Adragh" in c.after.text)
    reason = "text 'Adragh of Ifoghas' no longer in the document"
    assert caplog.messages == [f"{corrections_path(tmp_path, doc.doc_id)}:{line}: correction not applied: {reason}"]
    record = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    assert record["metadata"]["corrections"]["unanchored"] == [
        {"line": line, "kind": "add", "label": "PLACE", "text": "Adragh of Ifoghas", "reason": reason}
    ]
    assert corrections_path(tmp_path, doc.doc_id).read_bytes() == layer
    assert "Adrar des Ifoghas" not in {m.text for m in result}
    assert "Adragh of Ifoghas" in {m.text for m in run(tmp_path, doc)}


def test_an_ambiguous_place_is_not_guessed():
    text = "Then Mali.\n"
    first = Mention(5, 9, "PLACE", "Mali")
    [correction] = diff_mentions([first], [replace(first, label="ACTOR")], text, "ana", "t")
    changed = " Mali or Mali.\n"  # the old start (5) lies as near to one new place (1) as to the other (9)
    result, missed = apply_corrections(changed, [], [replace(correction, left="x", right="y")])
    assert result == []
    assert [m.reason for m in missed] == ["text 'Mali' found in 2 places with equally good context"]


def test_an_invalid_edit_is_rejected_whole_and_the_file_left_alone(tmp_path):
    doc = make_doc(clean_text(repair_hyphens=False))
    run(tmp_path, doc)
    ann = tmp_path / "brief.ann"
    text = doc.text
    broken = (
        f"T1\tPERSON 0 5\t{text[0:5]}\n"
        f"T2\tPLACE 0 5\tnotez\n"
        f"T3\tGROUP 6000 7000\tx\n"
        f"T4\tPLACE 6 20\t{text[6:20]}\n"
        f"T5\tPLACE 10 26\t{text[10:26]}\n"
        f"T4\tDATE 40 46\t{text[40:46]}\n"
    )
    ann.write_text(broken, encoding="utf-8")

    with pytest.raises(InputError) as caught:
        run(tmp_path, doc)

    assert str(caught.value).splitlines() == [
        f"{ann}: rejected, nothing applied",
        f"{ann}:1: T1: unknown label 'PERSON'",
        f"{ann}:2: T2: quoted text 'notez' differs from the text at 0-5 'notes'",
        f"{ann}:3: T3: offsets 6000 7000 outside the text (length {len(text)})",
        f"{ann}:5: span T5 overlaps T4",
        f"{ann}:6: duplicate id T4",
    ]
    assert ann.read_text(encoding="utf-8") == broken
    assert not corrections_path(tmp_path, doc.doc_id).exists()


def test_a_damaged_corrections_file_stops_the_run_and_is_kept(tmp_path):
    doc = make_doc(clean_text(repair_hyphens=False))
    run(tmp_path, doc)
    write_ann(tmp_path, doc, human_edit(doc.text, read_ann(tmp_path, doc)))
    run(tmp_path, doc)
    path = corrections_path(tmp_path, doc.doc_id)
    damaged = path.read_text(encoding="utf-8") + '{"kind": "add", "bef\n'
    path.write_text(damaged, encoding="utf-8")

    with pytest.raises(InputError) as caught:
        run(tmp_path, doc)

    assert str(caught.value).splitlines()[1].startswith(f"{path}:6: Unterminated string")
    assert path.read_text(encoding="utf-8") == damaged


def test_the_machine_layer_is_the_tagger_output(tmp_path):
    doc = make_doc(clean_text(repair_hyphens=False))
    run(tmp_path, doc)
    write_ann(tmp_path, doc, human_edit(doc.text, read_ann(tmp_path, doc)))
    run(tmp_path, doc)
    rows = [json.loads(line) for line in machine_path(tmp_path, "brief").read_text(encoding="utf-8").splitlines()]
    assert [Mention(**row) for row in rows] == machine(doc.text)


def test_an_edited_copy_of_the_ann_is_imported(tmp_path, cli):
    out = tmp_path / "annotations"
    doc = make_doc(clean_text(repair_hyphens=False))
    run(out, doc)
    copy = tmp_path / "copy" / "brief.ann"
    copy.parent.mkdir()
    edited = human_edit(doc.text, read_ann(out, doc))
    copy.write_text(format_ann(edited), encoding="utf-8")
    stray = tmp_path / "copy" / "nosuch.ann"
    stray.write_text("", encoding="utf-8")

    result = cli("import", copy, stray, "--out", out, "--annotator", "bo")

    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{copy}: brief: 5 correction(s) recorded (add 2, delete 1, link 1, relabel 1)",
        f"{stray}: rejected, nothing applied",
        f"{stray}:1: no document 'nosuch' in {out}; run `briefs run` on it first",
    ]
    assert {c.annotator for c in load_corrections(out, "brief")} == {"bo"}
    assert [(m.start, m.end, m.label, m.entity_id) for m in read_ann(out, doc)] == [
        (m.start, m.end, m.label, m.entity_id) for m in sorted(edited, key=lambda m: (m.start, m.end))
    ]


# --- property: random edit sequences and re-runs lose nothing -----------------------------------------------------

TEXT = clean_text(repair_hyphens=False)
WORDS = [m.span() for m in re.finditer(r"\b[A-Z][\w-]+", TEXT)]
LABELS = ("ACTOR", "GROUP", "PLACE", "DATE")


@st.composite
def edit(draw, current: list[Mention]) -> list[Mention]:
    """One annotator session: a few adds, deletes, relabels and relinks on the current .ann."""
    mentions = list(current)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["add", "delete", "relabel", "link"]))
        if action == "add":
            start, end = draw(st.sampled_from(WORDS))
            mentions = [m for m in mentions if not (m.start < end and start < m.end)]
            mentions.append(Mention(start, end, draw(st.sampled_from(LABELS)), TEXT[start:end], source="human"))
        elif mentions:
            target = draw(st.sampled_from(mentions))
            mentions.remove(target)
            if action == "relabel":
                label = draw(st.sampled_from(LABELS))  # brat keeps a date value on DATE spans only
                mentions.append(replace(target, label=label, value=target.value if label == "DATE" else None, source="human"))
            elif action == "link" and target.label != "DATE":
                mentions.append(replace(target, entity_id=draw(st.sampled_from(["x", "y", None])), source="human"))
    return mentions


def _key(m: Mention) -> tuple:
    return (m.start, m.end, m.label, m.entity_id, m.value)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_edits_and_reruns_lose_nothing(tmp_path_factory, data):
    out = tmp_path_factory.mktemp("run")
    doc = make_doc(TEXT)
    base = machine(TEXT)
    run(out, doc, base)
    kept: dict[tuple, Mention] = {}  # what annotators set and nobody changed since
    removed: set[tuple[int, int]] = set()  # spans annotators emptied
    layer = b""
    for _ in range(data.draw(st.integers(1, 4))):
        before = read_ann(out, doc)
        after = data.draw(edit(before))
        write_ann(out, doc, after)
        old = {_key(m) for m in before}
        for m in after:
            if _key(m) not in old:
                kept = {k: h for k, h in kept.items() if not (h.start < m.end and m.start < h.end)}
                kept[_key(m)] = m
                removed.discard(m.span)
        for m in before:
            if m.span not in {n.span for n in after}:
                kept = {k: h for k, h in kept.items() if h.span != m.span}
                removed.add(m.span)
        newer_machine = data.draw(st.lists(st.sampled_from(base), unique=True))
        result = {_key(m): m for m in run(out, doc, newer_machine)}
        assert set(kept) <= set(result)
        assert not removed & {m.span for m in result.values()}
        assert read_ann(out, doc) == sorted(result.values(), key=lambda m: (m.start, m.end, m.label))
        grown = corrections_path(out, doc.doc_id).read_bytes() if corrections_path(out, doc.doc_id).exists() else b""
        assert grown.startswith(layer)
        layer = grown


def _repaired_offset(offset: int) -> int:
    """Where an offset of the old text lands once every "x- y" line-break hyphen is joined (two characters each)."""
    return offset - 2 * sum(1 for hyphen in re.finditer(r"(?<=\w)- (?=\w)", TEXT) if hyphen.start() < offset)


WHOLE_WORDS = [m.span() for m in re.finditer(r"\b[A-Z]\w+\b(?!-)", TEXT)]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.tuples(st.sampled_from(WHOLE_WORDS), st.sampled_from(LABELS)), min_size=1, max_size=6))
def test_random_corrections_follow_a_repaired_text(tmp_path_factory, picks):
    out = tmp_path_factory.mktemp("repair")
    old = make_doc(TEXT)
    run(out, old, [])
    chosen: dict[tuple[int, int], Mention] = {}
    for (start, end), label in picks:
        chosen = {span: m for span, m in chosen.items() if not (span[0] < end and start < span[1])}
        chosen[start, end] = Mention(start, end, label, TEXT[start:end], source="human")
    write_ann(out, old, list(chosen.values()))
    run(out, old, [])
    new = make_doc(clean_text(repair_hyphens=True))

    result = {(m.start, m.end, m.label) for m in run(out, new, [])}

    expected = {(_repaired_offset(m.start), _repaired_offset(m.end), m.label) for m in chosen.values()}
    assert result == expected
    assert len(load_corrections(out, "brief")) == len(chosen)
