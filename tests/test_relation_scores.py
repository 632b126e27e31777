"""`briefs evaluate --relations`: key relations against a relation table, by gold ids, kind, polarity and evidence."""

import io
import json
from dataclasses import replace

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.core.mention import Mention
from pipeline.core.standoff import format_ann
from pipeline.evaluation.relations import evaluate_relations, report_json
from pipeline.relations.lexicon import load_lexicon
from pipeline.relations.tables import RELATIONS_SCHEMA, framed

GOLD_TEXT = ("Boko Haram attacked Maiduguri in 2014.\n"
             "Kenya will never negotiate with al-Shabaab.\n"
             "Qatar held talks with Hamas.\n")
# a newer cleaning of the same text: one more word in the first line moves every later offset
PREDICTED_TEXT = GOLD_TEXT.replace("attacked Maiduguri", "attacked the town of Maiduguri")
GOLD_RELATIONS = ("head_id\tkind\ttail_id\tnegated\tevidence\n"
                  "boko-haram\tattacks\tmaiduguri\tfalse\tBoko Haram attacked Maiduguri\n"
                  "kenya\tnegotiates_with\tal-shabaab\ttrue\tKenya will never negotiate with al-Shabaab\n"
                  "qatar\tnegotiates_with\thamas\tfalse\tQatar held talks with Hamas\n")


def mentions_of(text: str, names: dict[str, tuple[str, str]]) -> list[Mention]:
    found = []
    for name, (label, entity_id) in names.items():
        start = text.index(name)
        found.append(Mention(start, start + len(name), label, name, entity_id, source="human"))
    return sorted(found, key=lambda m: m.start)


NAMES = {"Boko Haram": ("GROUP", "boko-haram"), "Maiduguri": ("PLACE", "maiduguri"), "Kenya": ("ACTOR", "kenya"),
         "al-Shabaab": ("GROUP", "al-shabaab"), "Qatar": ("ACTOR", "qatar"), "Hamas": ("GROUP", "hamas")}


def row(text: str, mentions: list[Mention], head: str, kind: str, tail: str, negated: bool = False,
        past: bool = False) -> dict:
    by_text = {m.text: m for m in mentions}
    h, t = by_text[head], by_text[tail]
    start = text.rfind("\n", 0, h.start) + 1
    end = text.index("\n", h.start)
    return {"head_text": head, "kind": kind, "tail_text": tail, "negated": negated, "hedged": False, "past": past,
            "evidence": text[start:end], "document": "d1", "sentence_start": start, "sentence_end": end,
            "head_id": "other-" + h.entity_id, "head_label": h.label, "head_start": h.start, "head_end": h.end,
            "tail_id": "other-" + t.entity_id, "tail_label": t.label, "tail_start": t.start, "tail_end": t.end,
            "parsed": True}


@pytest.fixture
def folders(tmp_path):
    gold, predicted = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    predicted.mkdir()
    (gold / "d1.txt").write_text(GOLD_TEXT, encoding="utf-8")
    (gold / "d1.ann").write_text(format_ann(mentions_of(GOLD_TEXT, NAMES)), encoding="utf-8")
    (gold / "d1.relations.tsv").write_text(GOLD_RELATIONS, encoding="utf-8")
    mentions = mentions_of(PREDICTED_TEXT, NAMES)
    (predicted / "d1.txt").write_text(PREDICTED_TEXT, encoding="utf-8")
    (predicted / "d1.ann").write_text(format_ann(mentions), encoding="utf-8")
    return gold, predicted, mentions


def store(predicted, rows):
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(framed(rows, RELATIONS_SCHEMA), preserve_index=False), buffer)
    (predicted / "relations.parquet").write_bytes(buffer.getvalue())


def test_rows_are_scored_by_gold_ids_under_their_spans_on_a_differently_cleaned_text(folders):
    gold, predicted, mentions = folders
    store(predicted, [row(PREDICTED_TEXT, mentions, "Boko Haram", "attacks", "Maiduguri"),
                      row(PREDICTED_TEXT, mentions, "Hamas", "negotiates_with", "Qatar"),  # symmetric: either way
                      row(PREDICTED_TEXT, mentions, "Kenya", "negotiates_with", "al-Shabaab"),  # not negated: wrong
                      row(PREDICTED_TEXT, mentions, "Kenya", "co_occurs", "al-Shabaab")])
    [score] = evaluate_relations(gold, predicted)
    assert (score.total.gold, score.total.stated, score.total.typed, score.total.right) == (3, 2, 3, 2)
    assert [(r.head, r.kind, r.negated) for r in score.missed] == [("kenya", "negotiates_with", True)]
    assert score.kinds["attacks"].stated == score.kinds["attacks"].gold == 1


def test_a_past_row_is_scored_as_its_kind_not_as_a_negation(folders):
    gold, predicted, mentions = folders
    store(predicted, [row(PREDICTED_TEXT, mentions, "Boko Haram", "attacks", "Maiduguri", past=True),
                      row(PREDICTED_TEXT, mentions, "Kenya", "negotiates_with", "al-Shabaab", past=True)])
    [score] = evaluate_relations(gold, predicted)
    assert (score.total.stated, score.total.right, score.total.typed) == (1, 1, 2)


def test_a_right_pair_in_another_sentence_or_of_another_kind_is_not_stated(folders):
    gold, predicted, mentions = folders
    wrong_kind = row(PREDICTED_TEXT, mentions, "Boko Haram", "opposes", "Maiduguri")
    elsewhere = dict(row(PREDICTED_TEXT, mentions, "Qatar", "negotiates_with", "Hamas"), sentence_start=0,
                     sentence_end=10)
    store(predicted, [wrong_kind, elsewhere])
    [score] = evaluate_relations(gold, predicted)
    assert score.total.stated == 0 and score.total.right == 0 and score.total.typed == 2


def test_evaluate_relations_command_reports_held_out_documents_apart(folders, cli):
    gold, predicted, mentions = folders
    store(predicted, [row(PREDICTED_TEXT, mentions, "Kenya", "negotiates_with", "al-Shabaab", negated=True)])
    result = cli("evaluate", "--relations", gold, predicted, "--held-out", "d1", "--json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert "development" not in figures
    assert figures["held_out"]["total"]["stated"] == 1 and figures["held_out"]["total"]["recall"] == pytest.approx(1 / 3, abs=1e-3)
    text = cli("evaluate", "--relations", gold, predicted, "--details")
    assert "== development documents ==" in text.output and "missed in d1: boko-haram attacks maiduguri" in text.output


def test_the_gold_folders_held_out_list_keeps_its_documents_apart_without_flags(folders):
    gold, predicted, mentions = folders
    store(predicted, [])
    [score] = evaluate_relations(gold, predicted)
    assert not score.held_out
    (gold / "held-out.txt").write_text("# kept aside\nd1\n", encoding="utf-8")
    [score] = evaluate_relations(gold, predicted)
    assert score.held_out


def test_gold_evidence_missing_from_the_text_is_a_one_line_error(folders, cli):
    gold, predicted, mentions = folders
    store(predicted, [])
    (gold / "d1.relations.tsv").write_text(GOLD_RELATIONS + "qatar\tsupports\thamas\tfalse\tnot in the text\n",
                                           encoding="utf-8")
    result = cli("evaluate", "--relations", gold, predicted)
    assert result.exit_code == 1
    assert "d1.relations.tsv:5: evidence is not in the text" in result.output and "Traceback" not in result.output


def test_report_json_has_per_kind_figures(folders):
    gold, predicted, mentions = folders
    store(predicted, [row(PREDICTED_TEXT, mentions, "Boko Haram", "attacks", "Maiduguri")])
    figures = report_json(evaluate_relations(gold, predicted))["development"]
    assert figures["kinds"]["attacks"]["precision"] == 1.0 and figures["total"]["recall"] == pytest.approx(1 / 3, abs=1e-3)


def test_the_scorer_takes_the_symmetric_kinds_from_the_relation_lexicon(folders, monkeypatch):
    gold, predicted, mentions = folders
    store(predicted, [row(PREDICTED_TEXT, mentions, "Hamas", "negotiates_with", "Qatar")])
    [score] = evaluate_relations(gold, predicted)
    assert score.total.stated == 1
    lexicon = load_lexicon()
    monkeypatch.setattr("pipeline.evaluation.relations.load_lexicon",
                        lambda: replace(lexicon, symmetric_kinds=frozenset({"agreement_with"})))
    [score] = evaluate_relations(gold, predicted)
    assert score.total.stated == 0
