"""The relation patterns as written in models/relations.jsonl, read without spaCy: what decides a document's relation
rows can be known before any pipeline is built."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.core.paths import MODELS_DIR

PATTERNS_FILE = MODELS_DIR / "relations.jsonl"


@dataclass(frozen=True)
class RelationPattern:
    """One DependencyMatcher pattern with nodes named `head`, `tail` and optionally `predicate`."""

    id: str
    kind: str
    example: str
    pattern: list[dict]


def load_patterns(path: Path = PATTERNS_FILE) -> list[RelationPattern]:
    """Patterns in file order; earlier patterns win when two give a pair different kinds."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [RelationPattern(**json.loads(line)) for line in lines if line.strip()]
