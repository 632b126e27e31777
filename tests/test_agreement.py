"""`briefs diff` (machine vs corrected) and `briefs agreement` (two annotators on the same text)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from fractions import Fraction

from corrections_support import clean_text, machine, make_doc, run

from pipeline.core.mention import Mention
from pipeline.core.standoff import format_ann
from pipeline.corrections.agreement import cohen_kappa, compare_folder, token_labels


def edited(text, mentions):
    """A second opinion: Mali as a state, one Libya struck out, the Adragh of Ifoghas added."""
    start = text.index("Adragh of Ifoghas")
    libya = next(m for m in mentions if m.text == "Libya")
    return [replace(m, label="ACTOR") if m.text == "Mali" else m for m in mentions if m is not libya] + [
        Mention(start, start + 17, "PLACE", "Adragh of Ifoghas", "adragh-of-ifoghas", source="human")
    ]


def two_annotators(tmp_path):
    doc = make_doc(clean_text(repair_hyphens=False))
    a, b = machine(doc.text), edited(doc.text, machine(doc.text))
    for name, mentions in (("a", a), ("b", b)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "brief.txt").write_text(doc.text, encoding="utf-8")
        (tmp_path / name / "brief.ann").write_text(format_ann(mentions), encoding="utf-8")
    return doc, a, b


def test_kappa_matches_the_textbook_table():
    first = ["yes"] * 25 + ["no"] * 25
    second = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(first, second) == Fraction(2, 5)
    assert cohen_kappa(first, first) == 1


def test_agreement_reports_mention_f1_and_token_kappa(tmp_path, cli):
    doc, a, b = two_annotators(tmp_path)
    malis = sum(1 for m in a if m.text == "Mali")
    matched = len(a) - malis - 1

    result = cli("agreement", tmp_path / "a" / "brief.ann", tmp_path / "b" / "brief.ann")

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == (f"mentions: {matched} matched, {malis + 1} only in {tmp_path / 'a' / 'brief.ann'}, "
                        f"{malis + 1} only in {tmp_path / 'b' / 'brief.ann'}")
    assert f"mention F1: {2 * matched / (2 * matched + 2 * malis + 2):.4f}" in lines
    tokens_a, tokens_b = token_labels(doc.text, a), token_labels(doc.text, b)
    changed = sum(x != y for x, y in zip(tokens_a, tokens_b))
    assert changed == malis + 1 + 3  # each Mali, the struck Libya, the three words of the added place
    assert lines[-1] == f"token kappa: {float(cohen_kappa(tokens_a, tokens_b)):.4f} over {len(tokens_a)} tokens"
    assert 0 < cohen_kappa(tokens_a, tokens_b) < 1


def test_agreement_pairs_folders_and_refuses_different_texts(tmp_path, cli):
    two_annotators(tmp_path)
    assert cli("agreement", tmp_path / "a", tmp_path / "b").exit_code == 0
    (tmp_path / "b" / "brief.txt").write_text("Another text.\n", encoding="utf-8")
    (tmp_path / "b" / "brief.ann").write_text("", encoding="utf-8")

    result = cli("agreement", tmp_path / "a", tmp_path / "b")

    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'b' / 'brief.ann'}: annotates a different text from {tmp_path / 'a' / 'brief.ann'}\n"


def test_diff_shows_what_corrections_changed(tmp_path, cli):
    doc = make_doc(clean_text(repair_hyphens=False))
    out = tmp_path / "annotations"
    run(out, doc)
    (out / "brief.ann").write_text(format_ann(edited(doc.text, machine(doc.text))), encoding="utf-8")
    run(out, doc)
    malis = sum(1 for m in machine(doc.text) if m.text == "Mali")

    summary = compare_folder(out)
    result = cli("diff", out)

    machine_counts = Counter(m.label for m in machine(doc.text))
    assert summary.counts.loc["PLACE"].to_dict() == {
        "machine": machine_counts["PLACE"], "corrected": machine_counts["PLACE"] - malis - 1 + 1,
        "added": 1, "removed": 1, "relabelled": malis, "respanned": 0, "relinked": 0,
    }
    assert summary.confusions.loc["PLACE", "ACTOR"] == malis
    assert summary.added[["label", "text"]].values.tolist() == [["PLACE", "Adragh of Ifoghas"]]
    assert summary.removed[["label", "text"]].values.tolist() == [["PLACE", "Libya"]]
    assert result.exit_code == 0
    assert "added (1):" in result.output and "removed (1):" in result.output
    assert "Adragh of Ifoghas" in result.output


def test_diff_of_an_uncorrected_folder_is_all_zero(tmp_path, cli):
    doc = make_doc(clean_text(repair_hyphens=False))
    run(tmp_path, doc)
    summary = compare_folder(tmp_path)
    assert summary.counts[["added", "removed", "relabelled", "respanned", "relinked"]].to_numpy().sum() == 0
    assert (summary.counts["machine"] == summary.counts["corrected"]).all()
    assert summary.confusions.empty


def test_diff_of_a_damaged_record_is_one_line_naming_the_file(tmp_path, cli):
    doc = make_doc(clean_text(repair_hyphens=False))
    run(tmp_path, doc)
    (tmp_path / "brief.json").write_text("{truncated", encoding="utf-8")
    result = cli("diff", tmp_path)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {tmp_path / 'brief.json'}: not valid JSON "
                                                  "(Expecting property name enclosed in double quotes: line 1 column 2 (char 1)); "
                                                  "cannot tell what was edited"]
    assert "Traceback" not in result.output
