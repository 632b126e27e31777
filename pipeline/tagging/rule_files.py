"""The human-editable rule files in models/, loaded once per version and shared by the components."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pipeline.core.paths import MODELS_DIR, file_version


def load_json(path: str) -> dict:
    """A rule file as a dict, with word lists turned into frozensets for fast membership tests; a list given as
    word classes (`{"class": [words], ...}`) becomes one set of all their words."""
    return _load_json(file_version(path))


@lru_cache(maxsize=16)
def _load_json(version: tuple[str, int, int]) -> dict:
    with open(Path(version[0]), encoding="utf-8") as handle:
        data = json.load(handle)
    return {k: _words(v) for k, v in data.items() if not k.startswith("_")}


def _words(value):
    if isinstance(value, list):
        return frozenset(value)
    if isinstance(value, dict) and all(isinstance(v, list) or k.startswith("_") for k, v in value.items()):
        return frozenset(word for k, words in value.items() if not k.startswith("_") for word in words)
    return value


def load_words(path: str) -> frozenset[str]:
    """A word list, one word a line (`#` lines are comments)."""
    return _load_words(file_version(path))


@lru_cache(maxsize=4)
def _load_words(version: tuple[str, int, int]) -> frozenset[str]:
    with open(Path(version[0]), encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


def model_file(name: str) -> str:
    return str(MODELS_DIR / name)
