"""The human-editable rule files in models/, loaded once per version and shared by the components."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pipeline.core.paths import MODELS_DIR, file_version


def load_json(path: str) -> dict:
    """A rule file as a dict, with word lists turned into frozensets for fast membership tests."""
    return _load_json(file_version(path))


@lru_cache(maxsize=16)
def _load_json(version: tuple[str, int, int]) -> dict:
    with open(Path(version[0]), encoding="utf-8") as handle:
        data = json.load(handle)
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in data.items() if not k.startswith("_")}


def model_file(name: str) -> str:
    return str(MODELS_DIR / name)
