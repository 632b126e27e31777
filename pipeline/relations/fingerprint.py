"""What decides a document's relation rows besides its standoff, as a short hash kept with the rows; known from the
pipeline's stamp alone, so kept rows can be checked without spaCy or a model."""

from __future__ import annotations

import hashlib
import json
from typing import Callable

from pipeline.relations.classifier import load_classifier
from pipeline.relations.lexicon import Lexicon, load_lexicon
from pipeline.tagging.stamp import code_hash


def fingerprint(info: dict, parsed: bool, lexicon: Lexicon, classifier: str | None) -> str:
    """Pipeline version, code and model (from `pipeline_info` or `pipeline_stamp`), whether it parses, the
    relation vocabulary and the learned classifier's digest: the rows are derived again whenever any of it changes."""
    identity = [info["version"], code_hash(), info["model"], parsed, lexicon.fingerprint, classifier]
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:16]


class DeferredExtractor:
    """A relation extractor whose pipeline is built only by the first `extract`.

    Its fingerprint is worked out beforehand from the pipeline's stamp and whether the model parses, so corpus
    tables whose documents' rows are all kept up to date are aggregated without importing spaCy or loading a model.
    """

    def __init__(self, stamp: dict, parsed: bool, build: Callable[[], object]):
        stored = load_classifier() if parsed else None
        self.fingerprint = fingerprint(stamp, parsed, load_lexicon(), stored.digest if stored else None)
        self.build = build

    def extract(self, document, parses: list[tuple[int, list[tuple]]] | None = None) -> tuple[list[dict], list[dict]]:
        return self.build().extract(document, parses)
