"""The learned fallback for pairs the grammar leaves untyped: its features, its training, where it may type a row
and where it must not, and the stored model's provenance."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.core.mention import Mention
from pipeline.evaluation.relations import GoldRelation
from pipeline.relations.classifier import (
    CLASSIFIER_FILE,
    NONE,
    RelationClassifier,
    fit,
    load_classifier,
)
from pipeline.relations.extractor import CLASSIFIED, RelationExtractor
from pipeline.relations.parses import parse_with_mentions
from pipeline.training.relations import DEFAULT_THRESHOLD, gold_class
from test_relations import from_markup

GOLD = Path(__file__).resolve().parents[1] / "annotations" / "gold"
SYMMETRIC = frozenset({"agreement_with", "negotiates_with"})


def toy_examples() -> list[tuple[list[str], str]]:
    """A verb between a person and a group says who leads; a verb between a group and a place says an attack; the
    same types with a neutral verb say nothing."""
    examples = []
    for n in range(20):
        examples.append((["types=PERSON|GROUP", "between=command", f"gap={n % 3}"], "leads>"))
        examples.append((["types=GROUP|PLACE", "between=raid", f"gap={n % 3}"], "attacks>"))
        examples.append((["types=GROUP|PERSON", "between=command", f"gap={n % 3}"], "leads<"))
        examples.append((["types=PERSON|GROUP", "between=visit", f"gap={n % 3}"], NONE))
        examples.append((["types=GROUP|PLACE", "between=visit", f"gap={n % 3}"], NONE))
    return examples


def test_fit_learns_kind_and_direction_and_leaves_the_neutral_pairs_untyped():
    model = fit(toy_examples(), threshold=0.5)
    leads = model.predict(["types=PERSON|GROUP", "between=command", "gap=1"])
    assert (leads.kind, leads.forward) == ("leads", True)
    led = model.predict(["types=GROUP|PERSON", "between=command", "gap=1"])
    assert (led.kind, led.forward) == ("leads", False)
    assert model.predict(["types=GROUP|PLACE", "between=raid", "gap=2"]).kind == "attacks"
    assert model.predict(["types=PERSON|GROUP", "between=visit", "gap=0"]) is None


def test_a_prediction_below_the_threshold_is_no_prediction():
    model = fit(toy_examples(), threshold=0.0)
    unsure = ["types=PERSON|GROUP", "between=command", "between=visit"]  # both cues: no class is sure
    guess = model.predict(unsure)
    assert guess is not None and guess.probability < 0.9
    assert replace(model, threshold=guess.probability + 0.01).predict(unsure) is None


def test_training_is_deterministic_and_round_trips_through_json():
    first, second = fit(toy_examples(), 0.5), fit(toy_examples(), 0.5)
    assert json.dumps(first.to_json(), sort_keys=True) == json.dumps(second.to_json(), sort_keys=True)
    again = RelationClassifier.from_json(json.loads(json.dumps(first.to_json())))
    features = ["types=GROUP|PLACE", "between=raid"]
    assert again.predict(features) == first.predict(features)


def test_gold_class_gives_the_direction_of_the_pair_and_none_outside_the_evidence():
    text = "Ali leads the Front. The Front met Ali."
    ali, front = Mention(0, 3, "ACTOR", "Ali", "ali"), Mention(14, 19, "GROUP", "Front", "front")
    gold = [GoldRelation("ali", "leads", "front", False, "Ali leads the Front.", ((0, 20),)),
            GoldRelation("front", "agreement_with", "ali", False, "Ali leads the Front.", ((0, 20),))]
    assert gold_class(ali, front, (0, 20), gold, SYMMETRIC) == "leads>"
    assert gold_class(front, ali, (0, 20), gold, SYMMETRIC) == "leads<"
    assert gold_class(ali, front, (0, 20), gold[1:], SYMMETRIC) == "agreement_with"  # either way round
    assert gold_class(ali, front, (21, len(text)), gold, SYMMETRIC) == NONE  # another sentence


@pytest.fixture(scope="module")
def grammar_only():
    return RelationExtractor(classifier=False)


def always(kind: str, forward: bool = True) -> RelationClassifier:
    """A classifier sure of one class for every pair."""
    name = kind + (">" if forward else "<")
    return RelationClassifier((NONE, name), {}, (0.0, 10.0), 0.5, "test")


def test_the_classifier_types_only_pairs_the_grammar_left_untyped(grammar_only):
    sentence = "[Ali Mahdi](ACTOR) spent the winter with [the Northern Front](GROUP) near [Gao](PLACE)."
    plain = grammar_only.extract(from_markup(sentence))[0]
    assert {r["kind"] for r in plain} == {"co_occurs"}
    learned = RelationExtractor(grammar_only.nlp, grammar_only.lexicon, grammar_only.kb, always("member_of"))
    rows = learned.extract(from_markup(sentence))[0]
    typed = {(r["head_text"], r["kind"], r["tail_text"]) for r in rows if r["pattern"] == CLASSIFIED}
    assert ("Ali Mahdi", "member_of", "the Northern Front") in typed
    stated = "[Ali Mahdi](ACTOR) leads [the Northern Front](GROUP)."
    kinds = {r["pattern"] for r in learned.extract(from_markup(stated))[0] if r["kind"] != "co_occurs"}
    assert CLASSIFIED not in kinds  # the grammar's row stands


def test_an_inadmissible_class_falls_back_to_co_occurs(grammar_only):
    """Nobody is a member of a person, and a place is not a place's member: the row stays co_occurs."""
    learned = RelationExtractor(grammar_only.nlp, grammar_only.lexicon, grammar_only.kb, always("member_of", False))
    rows = learned.extract(from_markup("[Ali Mahdi](ACTOR) spent the winter with [Omar Sy](ACTOR)."))[0]
    assert [r["kind"] for r in rows] == ["co_occurs"]


def test_rows_of_the_classifier_keep_the_polarity_of_their_words(grammar_only):
    learned = RelationExtractor(grammar_only.nlp, grammar_only.lexicon, grammar_only.kb, always("supports"))
    rows = learned.extract(from_markup("[Chad](ACTOR) never spent a winter near [the Northern Front](GROUP)."))[0]
    assert [(r["kind"], r["negated"]) for r in rows if r["pattern"] == CLASSIFIED] == [("supports", True)]


def test_features_read_the_words_and_the_types_not_the_names(grammar_only):
    from pipeline.relations.classifier import pair_features

    document = from_markup("[Ali Mahdi](ACTOR) commanded [the Northern Front](GROUP) in [Gao](PLACE).")
    doc, mentions = parse_with_mentions(grammar_only.nlp, document)
    ali, front = sorted(mentions)[:2]
    features = pair_features(doc[ali], doc[front], "PERSON", "GROUP")
    assert "types=PERSON|GROUP" in features
    assert any(f.startswith("path=command") or f == "between=command" for f in features)
    assert not any("mahdi" in f.lower() or "northern" in f.lower() for f in features)


def test_without_a_parser_there_is_no_classifier():
    from pipeline.tagging.tagger import load_nlp

    assert RelationExtractor(load_nlp(None)).classifier is None


def test_without_a_classifier_file_the_grammar_rows_stand_alone(tmp_path):
    assert load_classifier(tmp_path) is None


def test_train_relations_writes_a_classifier_the_pipeline_reads(cli, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for doc_id in ("brief-colombia-peace-eln", "brief-yemen-red-sea"):
        for suffix in (".txt", ".ann", ".relations.tsv"):
            (gold / f"{doc_id}{suffix}").write_bytes((GOLD / f"{doc_id}{suffix}").read_bytes())
    out = tmp_path / "models" / CLASSIFIER_FILE
    out.parent.mkdir()
    result = cli("train-relations", "--gold", gold, "--out", out, "--exclude", "brief-yemen-red-sea")
    assert result.exit_code == 0, result.output
    assert "on 1 documents" in result.output
    stored = load_classifier(out.parent)
    assert stored.documents == ("brief-colombia-peace-eln",) and NONE in stored.classes
    assert stored.threshold == DEFAULT_THRESHOLD


def test_train_relations_on_a_folder_without_key_relations_fails_in_one_line(cli, tmp_path):
    result = cli("train-relations", "--gold", tmp_path, "--out", tmp_path / CLASSIFIER_FILE)
    assert result.exit_code == 1
    assert str(tmp_path) in result.output and "relations.tsv" in result.output
    assert not (tmp_path / CLASSIFIER_FILE).exists()
