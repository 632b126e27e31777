"""`briefs train`: fine-tune the installed model's entity recogniser on the development gold and the corrections
layer with spaCy's own training loop (`spacy.cli.train`), every other component frozen, into models/trained.

The held-out gold documents are never trained on. Training is seeded, so the same data gives the same model.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from pipeline.core.errors import InputError
from pipeline.core.paths import MODELS_DIR
from pipeline.evaluation.scores import held_out_ids
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.stamp import AUTO_MODELS, TRAINED_FOLDER, model_meta, pick_model
from pipeline.training.examples import annotated_documents, paragraph_examples

log = logging.getLogger(__name__)
TRAINED_DIR = MODELS_DIR / TRAINED_FOLDER
TRAINED_NAME = "briefs_trained"
DEV_EVERY = 5  # every fifth paragraph goes to spaCy's dev set, which picks the best epoch


def training_documents(gold: Path, annotations: Path | None, exclude: tuple[str, ...] = ()) -> tuple[list, list[str]]:
    """(id, text, mentions) of every development gold document and every corrected document, and their ids;
    `exclude` leaves documents out too, so a model can be scored on documents it has not seen."""
    gold = Path(gold)
    if not gold.is_dir() or not any(gold.glob("*.ann")):
        raise InputError(gold, "no gold .ann files")
    unknown = sorted(set(exclude) - {p.stem for p in gold.glob("*.ann")})
    if unknown:
        raise InputError(gold, f"no gold document {', '.join(unknown)} to leave out")
    held_out = held_out_ids(gold) | set(exclude)
    ids = sorted(p.stem for p in gold.glob("*.ann") if p.stem not in held_out)
    documents = annotated_documents(gold, ids)
    if annotations is not None and Path(annotations).is_dir():
        corrected = sorted(p.name.removesuffix(".corrections.jsonl") for p in Path(annotations).glob("*.corrections.jsonl"))
        corrected = [d for d in corrected if d not in held_out and d not in ids and (Path(annotations) / f"{d}.ann").is_file()]
        documents += annotated_documents(Path(annotations), corrected)
        ids += corrected
    return documents, ids


def write_corpora(base: str, documents: list, folder: Path) -> tuple[Path, Path, int]:
    """train.spacy and dev.spacy in `folder`; returns their paths and the number of annotated entities."""
    nlp = spacy.load(base)
    kb = KnowledgeBase.load()
    train, dev, entities = DocBin(store_user_data=False), DocBin(store_user_data=False), 0
    for _, text, mentions in documents:
        for i, doc in enumerate(paragraph_examples(nlp, text, mentions, kb)):
            (dev if i % DEV_EVERY == DEV_EVERY - 1 else train).add(doc)
            entities += len(doc.ents)
    paths = folder / "train.spacy", folder / "dev.spacy"
    train.to_disk(paths[0])
    dev.to_disk(paths[1])
    return paths[0], paths[1], entities


def training_config(base: str, train_path: Path, dev_path: Path, max_epochs: int, seed: int) -> spacy.util.Config:
    """The base model's own config, every component sourced from it and all but the recogniser frozen."""
    nlp = spacy.load(base)
    config = nlp.config.copy()
    for name in nlp.pipe_names:
        config["components"][name] = {"source": base}
    config["paths"]["train"], config["paths"]["dev"] = str(train_path), str(dev_path)
    config["corpora"] = {
        "train": {"@readers": "spacy.Corpus.v1", "path": "${paths.train}", "max_length": 0},
        "dev": {"@readers": "spacy.Corpus.v1", "path": "${paths.dev}", "max_length": 0},
    }
    training = config["training"]
    training.update({"seed": seed, "max_epochs": max_epochs, "max_steps": 0, "patience": 0, "eval_frequency": 50,
                     "frozen_components": [p for p in nlp.pipe_names if p != "ner"], "annotating_components": [],
                     "dev_corpus": "corpora.dev", "train_corpus": "corpora.train"})
    weights = {key: None for key in training.get("score_weights", {})}  # the frozen components' scores do not move
    training["score_weights"] = weights | {"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None}
    training["optimizer"]["learn_rate"] = 0.0002
    config["initialize"]["vectors"] = None
    config["initialize"]["init_tok2vec"] = None
    config["initialize"]["lookups"] = None  # the sourced components need no lookup tables (spacy-lookups-data)
    config["nlp"]["vectors"] = {"@vectors": "spacy.Vectors.v1"}
    return config


def train(gold: Path, annotations: Path | None = None, out: Path = TRAINED_DIR, base: str | None = None,
          max_epochs: int = 8, seed: int = 0, exclude: tuple[str, ...] = ()) -> dict:
    """Train and save the model in `out`; returns what went in (documents, paragraphs, entities) and the path."""
    base = base or pick_model_for_training()
    documents, ids = training_documents(gold, annotations, exclude)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        train_path, dev_path, entities = write_corpora(base, documents, scratch)
        config = training_config(base, train_path, dev_path, max_epochs, seed)
        config_path = scratch / "config.cfg"
        config.to_disk(config_path)
        from spacy.cli.train import train as spacy_train  # spaCy's own training loop

        spacy_train(config_path, scratch / "output", use_gpu=-1)
        best = spacy.load(scratch / "output" / "model-best")
        best.meta["name"] = TRAINED_NAME
        best.meta["version"] = model_meta(base).get("version", "0.0.0")
        best.meta["description"] = f"{base} with its entity recogniser fine-tuned on {', '.join(ids)}"
        best.config["paths"].update({"train": "train.spacy", "dev": "dev.spacy"})  # not the scratch folder's name
        best.meta.get("performance", {}).pop("speed", None)  # a timing of this machine, not of the model
        out = Path(out)
        if out.exists():
            shutil.rmtree(out)
        best.to_disk(out)
    return {"base": base, "documents": ids, "entities": entities, "out": str(out)}


def pick_model_for_training() -> str:
    """The installed model the tagger would use by default (never an earlier trained one)."""
    for name in AUTO_MODELS:
        try:
            return pick_model(name)
        except OSError:
            continue
    raise InputError("model", "no statistical model installed to train from")
