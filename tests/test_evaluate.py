"""Scoring, text alignment and the `briefs evaluate` command on small gold/prediction pairs with known counts."""

import json
from pathlib import Path

import pytest

from pipeline.core.align import (
    _by_context,
    _flattened,
    _moved_lines,
    _opcodes,
    align,
    map_mentions,
)
from pipeline.core.errors import InputError
from pipeline.core.mention import Mention
from pipeline.core.standoff import format_ann
from pipeline.evaluation.scores import (
    evaluate_document,
    evaluate_paths,
    load_annotated,
    score,
)

TEXT = (
    "In March 2012, Algeria condemned the military coup in Bamako.\n"
    "Iyad ag Ghaly announced Ansar eddine in northern Mali on 21 December 2012.\n"
)


def mention(text, surface, label, ref=None, occurrence=0):
    """A mention of the n-th occurrence of `surface`; `ref` is the id, or the value for DATE."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    if label == "DATE":
        return Mention(start, end, label, surface, value=ref, source="human")
    return Mention(start, end, label, surface, entity_id=ref, source="human")


GOLD = [
    mention(TEXT, "March 2012", "DATE", "2012-03"),
    mention(TEXT, "Algeria", "ACTOR", "algeria"),
    mention(TEXT, "Bamako", "PLACE", "bamako"),
    mention(TEXT, "Iyad ag Ghaly", "ACTOR", "iyad-ag-ghaly"),
    mention(TEXT, "Ansar eddine", "GROUP", "ansar-dine"),
    mention(TEXT, "northern Mali", "PLACE", "northern-mali"),
    mention(TEXT, "21 December 2012", "DATE", "2012-12-21"),
]

PREDICTED = [
    mention(TEXT, "March 2012", "DATE", "2012-03"),  # strict, value right
    mention(TEXT, "Algeria", "PLACE", "algeria"),  # wrong label: no match at all
    mention(TEXT, "Bamako", "PLACE", "bamako"),  # strict, link right
    mention(TEXT, "Iyad", "ACTOR", "auto-iyad"),  # partial only
    mention(TEXT, "Ansar eddine", "GROUP", "auto-ansar-eddine"),  # strict, link wrong
    mention(TEXT, "Mali", "PLACE", "mali"),  # partial only
    mention(TEXT, "21 December", "DATE", "2012-12-21"),  # partial only
    mention(TEXT, "coup", "GROUP", "coup"),  # spurious
]


def test_strict_and_partial_counts_per_label_and_overall():
    result = score(GOLD, PREDICTED)
    assert [(result.strict[l].matched, result.strict[l].gold, result.strict[l].predicted) for l in result.strict] == [
        (0, 2, 1),  # ACTOR
        (1, 1, 2),  # GROUP
        (1, 2, 3),  # PLACE
        (1, 2, 2),  # DATE
    ]
    assert [result.partial[l].matched for l in result.partial] == [1, 1, 2, 2]
    strict, partial = result.overall("strict"), result.overall("partial")
    assert (strict.matched, strict.gold, strict.predicted) == (3, 7, 8)
    assert strict.precision == pytest.approx(3 / 8)
    assert strict.recall == pytest.approx(3 / 7)
    assert strict.f1 == pytest.approx(2 * (3 / 8) * (3 / 7) / (3 / 8 + 3 / 7))
    assert (partial.precision, partial.recall) == (pytest.approx(6 / 8), pytest.approx(6 / 7))
    assert result.strict["ACTOR"].f1 == 0.0
    assert result.strict["DATE"].f1 == pytest.approx(0.5)


def test_date_values_and_links_are_judged_over_strict_matches_only():
    result = score(GOLD, PREDICTED)
    assert (result.date_values.right, result.date_values.total) == (1, 1)
    assert (result.links.right, result.links.total) == (1, 2)
    wrong_value = [m if m.label != "DATE" else Mention(m.start, m.end, "DATE", m.text, value="2012") for m in GOLD]
    assert score(GOLD, wrong_value).date_values.accuracy == 0.0


def test_a_perfect_prediction_scores_one_everywhere():
    result = score(GOLD, GOLD)
    assert result.overall("strict").f1 == result.overall("partial").f1 == 1.0
    assert result.date_values.accuracy == result.links.accuracy == 1.0


def test_one_predicted_span_overlapping_two_gold_spans_matches_only_one():
    text = "Al-Qaeda in the Islamic Maghreb (AQIM) spread."
    gold = [mention(text, "Al-Qaeda in the Islamic Maghreb", "GROUP", "aqim"), mention(text, "AQIM", "GROUP", "aqim")]
    predicted = [Mention(0, text.index(")") + 1, "GROUP", text[: text.index(")") + 1])]
    partial = score(gold, predicted).partial["GROUP"]
    assert (partial.matched, partial.precision, partial.recall) == (1, 1.0, 0.5)


def test_alignment_maps_offsets_across_a_changed_text():
    newer = TEXT.replace("In March 2012, ", "In March 2012 (spring), ").replace("announced", "had announced")
    alignment = align(newer, TEXT)
    assert (alignment.source_changed, alignment.target_changed) == (len(" (spring)") + len("had "), 0)
    shifted = [mention(newer, m.text, m.label, m.entity_id or m.value) for m in GOLD]
    moved, lost = map_mentions(shifted, alignment, TEXT)
    assert lost == []
    assert [(m.start, m.end, m.text) for m in moved] == [(m.start, m.end, m.text) for m in GOLD]


def test_mentions_of_deleted_text_are_lost_not_misplaced():
    older = TEXT.replace(" in Bamako", "")
    moved, lost = map_mentions([mention(TEXT, "Bamako", "PLACE", "bamako")], align(TEXT, older), older)
    assert moved == [] and [m.text for m in lost] == ["Bamako"]


def test_a_repeated_paragraph_left_in_the_prediction_is_dropped_and_the_body_copy_kept():
    pull_quote = TEXT.splitlines(keepends=True)[1]
    with_quote = pull_quote + TEXT
    predicted = [mention(with_quote, "Iyad ag Ghaly", "ACTOR", "iyad-ag-ghaly", occurrence=n) for n in (0, 1)]
    moved, lost = map_mentions(predicted, align(with_quote, TEXT), TEXT)
    assert [(m.start, m.text) for m in moved] == [(TEXT.index("Iyad"), "Iyad ag Ghaly")]
    assert len(lost) == 1


def test_a_list_broken_otherwise_by_a_new_cleaning_keeps_its_mentions():
    """UNICEF Haiti: a newer cleaning joined a list's lines and put the paragraph elsewhere, so the diff lost the
    mentions in it; each is found again by the words around it."""
    older = ("Water systems were repaired in Jérémie.\n"
             "A joint statement between UN agencies (UNICEF, FAO,\nPAHO, WFP) and MSPP was issued on feeding.\n")
    newer = ("A joint statement between UN agencies (UNICEF, FAO, PAHO, WFP) and MSPP was issued on feeding.\n"
             "Schools reopened.\nWater systems were repaired in Jérémie.\n")
    predicted = [mention(newer, surface, "GROUP") for surface in ("UNICEF", "PAHO", "MSPP")]
    moved, lost = map_mentions(predicted, align(newer, older), older, newer)
    assert lost == []
    assert [(m.start, m.text) for m in moved] == [(older.index(s), s) for s in ("UNICEF", "PAHO", "MSPP")]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the words around the mention stand twice in the target: no place is sure
        ("Convoys said aid reached Gao by road this week.\n",
         "Aid reached Gao by road this week, and again aid reached Gao by road this week.\n"),
        # too few words around it to tell (a one-word heading)
        ("Gao\n", "Mopti\nGao\n"),
        # its words are gone from the target
        ("Convoys said aid reached Gao by road this week.\n", "Nothing arrived.\n"),
    ],
)
def test_a_mention_is_not_placed_by_context_that_is_ambiguous_short_or_gone(source, target):
    assert _by_context(mention(source, "Gao", "PLACE"), source, *_flattened(target)) is None


def test_a_paragraph_moved_by_a_new_cleaning_keeps_its_mentions():
    """A note a newer cleaning moved to the end of the text used to be read as deleted, so the gold mentions in
    it counted as missed: it is found whole at its new place."""
    note = "Note: Ansar eddine was announced by Iyad ag Ghaly in Kidal.\n"
    older = TEXT.replace("\nIyad", "\n" + note + "Iyad")
    newer = TEXT + "Other line.\n" + note
    predicted = [mention(newer, surface, "ACTOR", None, occurrence=1) for surface in ("Iyad ag Ghaly",)]
    moved, lost = map_mentions(predicted, align(newer, older), older)
    assert lost == [] and [(m.start, m.text) for m in moved] == [(older.index(note) + note.index("Iyad"), "Iyad ag Ghaly")]
    assert align(newer, older).target_changed == 0


def moved_lines(source, target):
    """The moved lines `align` pairs, from the stretches its line diff leaves unmatched."""
    lines = _opcodes(source.splitlines(keepends=True), target.splitlines(keepends=True))
    return _moved_lines(source, target, [op[1:] for op in lines if op[0] != "equal"])


def test_only_a_line_found_once_on_each_side_is_taken_for_a_moved_one():
    note = "Note: Ansar eddine was announced by Iyad ag Ghaly in Kidal.\n"
    body = "In March 2012, Algeria condemned the military coup in Bamako.\n"
    assert moved_lines(body + note, note + body) != []
    twice = body + note + note
    assert all(twice[i1:i2] != note for i1, i2, _, _ in moved_lines(twice, note + body))  # which copy moved is unknown
    more = "Iyad ag Ghaly announced Ansar eddine in northern Mali on 21 December 2012.\n"
    assert moved_lines(body + more + "Mali\n", "Mali\n" + body + more) == []  # a short line may repeat by chance


def test_document_evaluation_reports_differing_characters():
    newer = TEXT.replace("coup", "coup d'état")
    predicted = [mention(newer, m.text, m.label, m.entity_id or m.value) for m in GOLD]
    result = evaluate_document("doc", TEXT, GOLD, newer, predicted)
    assert result.overall("strict").f1 == 1.0
    assert result.documents == [
        {"id": "doc", "gold_chars_differing": 0, "predicted_chars_differing": len(" d'état"), "predicted_mentions_lost": 0}
    ]


def test_the_gold_standard_scores_itself_perfectly_across_a_re_cleaning():
    gold_ann = Path(__file__).resolve().parent.parent / "annotations" / "gold" / "cidob-notes-67-algeria-mali.ann"
    text, gold = load_annotated(gold_ann)
    first_paragraph = text.splitlines(keepends=True)[0]
    recleaned = first_paragraph + text.replace("Sahara-Sahel", "Sahara- Sahel")
    on_recleaned, lost = map_mentions(gold, align(text, recleaned), recleaned)
    assert lost == [] and [m.text for m in on_recleaned] == [m.text for m in gold]
    result = evaluate_document(gold_ann.stem, text, gold, recleaned, on_recleaned)
    assert result.overall("strict").f1 == 1.0
    assert result.links.accuracy == result.date_values.accuracy == 1.0
    assert result.documents[0]["predicted_chars_differing"] == len(first_paragraph) + 1


def write_pair(folder, doc_id, text, mentions):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (folder / f"{doc_id}.ann").write_text(format_ann(mentions), encoding="utf-8")
    return folder / f"{doc_id}.ann"


def test_folders_are_matched_by_id_and_a_missing_prediction_counts_as_nothing_found(tmp_path):
    write_pair(tmp_path / "gold", "a", TEXT, GOLD)
    write_pair(tmp_path / "gold", "b", TEXT, GOLD)
    write_pair(tmp_path / "pred", "a", TEXT, PREDICTED)
    result = evaluate_paths(tmp_path / "gold", tmp_path / "pred")
    strict = result.overall("strict")
    assert (strict.matched, strict.gold, strict.predicted) == (3, 14, 8)
    assert {"id": "b", "missing_prediction": True} in result.documents


def test_invalid_ann_names_the_file_and_line_in_one_line(tmp_path):
    ann = write_pair(tmp_path, "doc", TEXT, GOLD)
    ann.write_text(ann.read_text().replace("\tBamako", "\tBamakko"), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_annotated(ann)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"{ann}:3: T3: quoted text 'Bamakko' differs")


def test_missing_text_beside_the_ann_is_an_input_error(tmp_path):
    ann = write_pair(tmp_path, "doc", TEXT, GOLD)
    (tmp_path / "doc.txt").unlink()
    with pytest.raises(InputError, match="doc.txt: no such file"):
        load_annotated(ann)


def test_cli_table_json_and_errors(cli, tmp_path):
    gold = write_pair(tmp_path / "gold", "doc", TEXT, GOLD)
    pred = write_pair(tmp_path / "pred", "doc", TEXT.replace("coup", "coup d'état"), [
        mention(TEXT.replace("coup", "coup d'état"), m.text, m.label, m.entity_id or m.value) for m in PREDICTED
    ])

    table = cli("evaluate", gold, pred)
    assert table.exit_code == 0, table.output
    overall = next(line for line in table.output.splitlines() if line.startswith("overall"))
    assert overall.split()[1:5] == ["7", "8", "3", "0.375"]
    assert "linking accuracy:    0.500 (1/2" in table.output
    assert "predicted characters); predicted offsets aligned" in table.output

    as_json = cli("evaluate", gold, pred, "--json")
    assert as_json.exit_code == 0
    figures = json.loads(as_json.output)
    assert figures["strict"]["overall"]["matched"] == 3
    assert figures["partial"]["PLACE"]["matched"] == 2
    assert figures["date_value_accuracy"] == {"right": 1, "total": 1, "accuracy": 1.0}

    not_ann = cli("evaluate", gold, pred.with_suffix(".txt"))
    assert not_ann.exit_code == 1
    assert not_ann.output == f"Error: {pred.with_suffix('.txt')}: expected a brat .ann file (with its .txt beside it) or a folder\n"

    missing = cli("evaluate", gold, tmp_path / "nowhere.ann")
    assert missing.exit_code == 1
    assert missing.output == f"Error: {tmp_path / 'nowhere.ann'}: no such file or folder\n"


def test_a_gold_folder_is_scored_per_document_and_its_held_out_documents_apart(cli, tmp_path):
    write_pair(tmp_path / "gold", "a", TEXT, GOLD)
    write_pair(tmp_path / "gold", "b", TEXT, GOLD)
    write_pair(tmp_path / "gold", "c", TEXT, GOLD)
    (tmp_path / "gold" / "held-out.txt").write_text("# kept aside\nb  # the check document\nnot-a-gold-document\n")
    write_pair(tmp_path / "pred", "a", TEXT, PREDICTED)
    write_pair(tmp_path / "pred", "b", TEXT, GOLD)
    write_pair(tmp_path / "pred", "c", TEXT, GOLD)
    result = evaluate_paths(tmp_path / "gold", tmp_path / "pred")
    assert result.held_out == {"b"}
    assert sorted(result.parts) == ["a", "b", "c"]
    assert result.parts["a"].overall("strict").matched == 3 and result.parts["b"].overall("strict").f1 == 1.0
    development, held_out = result.subset(held_out=False), result.subset(held_out=True)
    assert (development.overall("strict").matched, development.overall("strict").gold) == (3 + 7, 14)
    assert held_out.overall("strict").f1 == 1.0 and held_out.strict["ACTOR"].gold == 2

    figures = json.loads(cli("evaluate", tmp_path / "gold", tmp_path / "pred", "--json").output)
    assert figures["per_document"]["a"]["strict"]["ACTOR"]["f1"] == 0.0
    assert figures["per_document"]["b"]["held_out"] is True and figures["per_document"]["a"]["held_out"] is False
    assert figures["held_out"]["documents"] == ["b"] and figures["held_out"]["strict"]["overall"]["f1"] == 1.0
    assert figures["development"]["strict"]["overall"]["gold"] == 14

    table = cli("evaluate", tmp_path / "gold", tmp_path / "pred").output
    rows = {line.split()[0]: line.split() for line in table.splitlines() if line.split()[:1] in (["a"], ["b"], ["c"])}
    assert rows["a"][1] == "development" and rows["b"][1] == "held-out"
    assert rows["a"][2:4] == ["0.000", "(2)"]
    assert "held-out documents (1):" in table and "development documents (2):" in table

