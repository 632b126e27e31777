"""A learned fallback for pairs the grammar leaves untyped: a multinomial logistic regression over the dependency
path and the words between two named mentions of a sentence, trained on the development gold's key relations
(`briefs train-relations`, stored as models/relation_classifier.json).

The grammar states what its lexicon knows; the gold of fifty documents from many publishers holds ways of saying a
relation that no frame lists ("X's forces pushed into Y", "Y, where X operates"). The model types a co-occurring
pair only when it is confident, and the row says so (pattern "classifier")."""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy

from pipeline.core.paths import MODELS_DIR

if TYPE_CHECKING:  # the stored classifier is checked without importing spaCy (`fingerprint`)
    from spacy.tokens import Token

CLASSIFIER_FILE = "relation_classifier.json"
NONE = "none"  # the class of pairs that state no key relation
FORWARD, BACKWARD = ">", "<"  # the first mention of the pair is the head, or the tail
MAX_BETWEEN = 12  # words between the two mentions read one by one; farther pairs are "far"
MAX_PATH = 6  # dependency paths longer than this are only "long"


def pair_features(a: Token, b: Token, class_a: str, class_b: str, kinds_of=lambda lemma: ()) -> list[str]:
    """Features of a pair of merged mention tokens, `a` before `b`, each with its party class: their types, the
    dependency path between them, the words between and around them, and the relation kinds the lexicon gives
    those words (`kinds_of(lemma)`), which carry to words the gold never used. Only words are read, never names."""
    types = f"{class_a}|{class_b}"
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    features = [f"types={types}", f"dep_a={a.dep_}", f"dep_b={b.dep_}", f"deps={a.dep_}|{b.dep_}",
                f"head_a={word(a.head)}", f"head_b={word(b.head)}"]
    if common is not None:
        rising = up_a[1:up_a.index(common)]
        falling = list(reversed(up_b[1:up_b.index(common)]))
        inner = [*rising, *([common] if common not in (a, b) else []), *falling]
        for t in inner:
            features += [f"path={word(t)}", f"path|types={word(t)}|{types}"]
            features += [f"path_kind={kind}|{types}" for kind in kinds_of(t.lemma_.lower())]
        steps = [f"{t.dep_}^" for t in [a, *rising]] + [f"v{t.dep_}" for t in [*falling, b]]
        features.append(f"steps={'/'.join(steps)}" if len(steps) <= MAX_PATH else "steps=long")
        features.append(f"top={word(common)}|{common.pos_}")
    between = [t for t in a.doc[a.i + 1:b.i] if not t.is_punct and not t.is_space]
    if len(between) <= MAX_BETWEEN:
        features += [f"between={word(t)}" for t in between]
        features += [f"between_kind={kind}|{types}" for t in between for kind in kinds_of(t.lemma_.lower())]
        features.append(f"gap={len(between)}")
    else:
        features.append("gap=far")
    features.append(f"before={word(a.doc[a.i - 1]) if a.i > 0 else '<s>'}")
    features.append(f"after={word(b.doc[b.i + 1]) if b.i + 1 < len(b.doc) else '</s>'}")
    return sorted(set(features))


def word(token: Token) -> str:
    """A token as a feature sees it: its lemma, or its entity type where it is a (merged) named mention."""
    return f"<{token.ent_type_}>" if token.ent_type_ else token.lemma_.lower()


@dataclass(frozen=True)
class Prediction:
    kind: str
    forward: bool  # the pair's first mention is the head
    probability: float


@dataclass(frozen=True)
class RelationClassifier:
    classes: tuple[str, ...]  # "none", "<kind>" for symmetric kinds, "<kind>>" and "<kind><" for the others
    weights: dict[str, tuple[float, ...]]  # feature → one weight per class
    bias: tuple[float, ...]
    threshold: float  # the least probability at which a pair is typed
    digest: str
    documents: tuple[str, ...] = ()  # the gold documents it was trained on

    def predict(self, features: list[str]) -> Prediction | None:
        """The most probable kind and direction of the pair, or None when it is "none" or below the threshold."""
        scores = list(self.bias)
        for feature in features:
            for c, w in enumerate(self.weights.get(feature, ())):
                scores[c] += w
        top = max(scores)
        total = sum(math.exp(s - top) for s in scores)
        best = scores.index(top)
        probability = 1.0 / total
        name = self.classes[best]
        if name == NONE or probability < self.threshold:
            return None
        kind, forward = (name[:-1], name[-1] == FORWARD) if name[-1] in (FORWARD, BACKWARD) else (name, True)
        return Prediction(kind, forward, round(probability, 4))

    def to_json(self) -> dict:
        return {"classes": list(self.classes), "threshold": self.threshold, "bias": list(self.bias),
                "documents": list(self.documents), "weights": {f: list(w) for f, w in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict, digest: str = "") -> RelationClassifier:
        return cls(tuple(data["classes"]), {f: tuple(w) for f, w in data["weights"].items()}, tuple(data["bias"]),
                   float(data["threshold"]), digest, tuple(data.get("documents", ())))


@lru_cache(maxsize=4)
def load_classifier(models_dir: Path = MODELS_DIR) -> RelationClassifier | None:
    """The stored classifier, or None when the models folder has none (the grammar's rows alone)."""
    path = Path(models_dir) / CLASSIFIER_FILE
    if not path.is_file():
        return None
    content = path.read_bytes()
    return RelationClassifier.from_json(json.loads(content), hashlib.sha256(content).hexdigest()[:16])


def fit(examples: list[tuple[list[str], str]], threshold: float, min_count: int = 2, l2: float = 1e-4,
        epochs: int = 300, rate: float = 0.1) -> RelationClassifier:
    """Train on (features, class) examples by full-batch gradient descent with Adam on the mean log-loss plus an
    L2 penalty; features seen fewer than `min_count` times are dropped. Same examples, same weights."""
    counts: dict[str, int] = {}
    for features, _ in examples:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocabulary)}
    classes = sorted({label for _, label in examples} | {NONE})
    rows = [[index[f] for f in features if f in index] for features, _ in examples]
    flat = numpy.array([i for row in rows for i in row], dtype=numpy.int64)
    owner = numpy.array([r for r, row in enumerate(rows) for _ in row], dtype=numpy.int64)
    gold = numpy.array([classes.index(label) for _, label in examples])
    n, k = len(examples), len(classes)
    weights, bias = numpy.zeros((len(vocabulary), k)), numpy.zeros(k)
    moments = [numpy.zeros_like(weights), numpy.zeros_like(weights), numpy.zeros(k), numpy.zeros(k)]
    for step in range(1, epochs + 1):
        scores = numpy.tile(bias, (n, 1))
        numpy.add.at(scores, owner, weights[flat])
        scores -= scores.max(axis=1, keepdims=True)
        probabilities = numpy.exp(scores)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        probabilities[numpy.arange(n), gold] -= 1.0
        probabilities /= n
        grad_w = numpy.zeros_like(weights)
        numpy.add.at(grad_w, flat, probabilities[owner])
        grad_w += l2 * weights
        for param, grad, m, v in ((weights, grad_w, moments[0], moments[1]),
                                  (bias, probabilities.sum(axis=0), moments[2], moments[3])):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= rate * (m / (1 - 0.9 ** step)) / (numpy.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    kept = {f: tuple(round(float(w), 4) for w in weights[i]) for f, i in index.items()
            if numpy.abs(weights[i]).max() >= 1e-3}
    return RelationClassifier(tuple(classes), kept, tuple(round(float(b), 4) for b in bias), threshold, "")
