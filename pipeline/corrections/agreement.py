"""How far corrections moved the machine output, and how far two annotators agree on the same text."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

import pandas as pd
import spacy

from pipeline.core.errors import InputError
from pipeline.core.mention import LABELS, Mention
from pipeline.core.standoff import parse_ann
from pipeline.corrections.diff import diff_mentions
from pipeline.corrections.store import last_written, load_machine

OUTSIDE = "O"
NONE = "-"


# --- machine vs corrected ----------------------------------------------------------------------------------------


@dataclass
class CorrectionSummary:
    """Per-label counts, label confusions and the added and removed mentions of a folder."""

    counts: pd.DataFrame
    confusions: pd.DataFrame
    added: pd.DataFrame
    removed: pd.DataFrame


def compare_folder(out_dir: Path) -> CorrectionSummary:
    """Machine layer against the written (corrected) mentions for every document that has both."""
    rows = []
    for layer in sorted(Path(out_dir).glob("*.machine.jsonl")):
        doc_id = layer.name[: -len(".machine.jsonl")]
        written = last_written(out_dir, doc_id)
        if written is None:
            continue
        text, corrected = written
        machine = load_machine(out_dir, doc_id)
        for c in diff_mentions(machine, corrected, text, "", ""):
            rows.append({"doc": doc_id, "kind": c.kind, "machine": c.before, "corrected": c.after})
        rows += [{"doc": doc_id, "kind": "count-machine", "machine": m, "corrected": None} for m in machine]
        rows += [{"doc": doc_id, "kind": "count-corrected", "machine": None, "corrected": m} for m in corrected]
    return _summarise(pd.DataFrame(rows, columns=["doc", "kind", "machine", "corrected"]))


def _summarise(rows: pd.DataFrame) -> CorrectionSummary:
    label = lambda column: rows[column].map(lambda m: m.label if m is not None else NONE)  # noqa: E731
    rows = rows.assign(machine_label=label("machine"), corrected_label=label("corrected"))
    count = lambda kind, column: rows[rows.kind == kind][column].value_counts()  # noqa: E731
    counts = pd.DataFrame({
        "machine": count("count-machine", "machine_label"),
        "corrected": count("count-corrected", "corrected_label"),
        "added": count("add", "corrected_label"),
        "removed": count("delete", "machine_label"),
        "relabelled": count("relabel", "machine_label"),
        "respanned": count("span", "machine_label"),
        "relinked": count("link", "machine_label"),
    }).reindex(list(LABELS)).fillna(0).astype(int)
    changed = rows[rows.kind.isin(["relabel", "span"])]
    confusions = pd.crosstab(changed.machine_label, changed.corrected_label).rename_axis(
        index="machine", columns="corrected")
    listing = lambda kind, column: pd.DataFrame(  # noqa: E731
        [{"doc": r.doc, "start": getattr(r, column).start, "end": getattr(r, column).end,
          "label": getattr(r, column).label, "text": getattr(r, column).text} for r in rows[rows.kind == kind].itertuples()],
        columns=["doc", "start", "end", "label", "text"])
    return CorrectionSummary(counts, confusions, listing("add", "corrected"), listing("delete", "machine"))


# --- two annotators ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Agreement:
    """Mention-level precision/recall/F1 of B against A (exact span and label) and token-level Cohen's kappa."""

    matched: int
    only_a: int
    only_b: int
    per_label: dict[str, tuple[int, int, int]]
    tokens: int
    kappa: Fraction

    @property
    def f1(self) -> Fraction:
        total = 2 * self.matched + self.only_a + self.only_b
        return Fraction(2 * self.matched, total) if total else Fraction(1)


def read_pair(a: Path, b: Path) -> list[tuple[str, str, list[Mention], list[Mention]]]:
    """(name, text, mentions A, mentions B) for two .ann files or two folders paired by file name."""
    a, b = Path(a), Path(b)
    if a.is_dir() and b.is_dir():
        names = sorted({p.name for p in a.glob("*.ann")} & {p.name for p in b.glob("*.ann")})
        if not names:
            raise InputError(b, f"no .ann file in common with {a}")
        pairs = [(a / n, b / n) for n in names]
    else:
        pairs = [(a, b)]
    return [(left.stem, *_read_both(left, right)) for left, right in pairs]


def _read_both(a: Path, b: Path) -> tuple[str, list[Mention], list[Mention]]:
    texts = []
    for path in (a, b):
        txt = path.with_suffix(".txt")
        if not (path.is_file() and txt.is_file()):
            raise InputError(path, f"needs the .ann file and {txt.name} beside it")
        texts.append(txt.read_text(encoding="utf-8"))
    if texts[0] != texts[1]:
        raise InputError(b, f"annotates a different text from {a}")
    return texts[0], *(parse_ann(p.read_text(encoding="utf-8"), texts[0], str(p)) for p in (a, b))


def agreement(documents: list[tuple[str, str, list[Mention], list[Mention]]]) -> Agreement:
    """Exact-match mention counts and kappa over every token of every document, from one confusion table."""
    per_label = Counter()
    tokens_a, tokens_b = [], []
    for _, text, a, b in documents:
        keys_a = {(m.start, m.end, m.label) for m in a}
        keys_b = {(m.start, m.end, m.label) for m in b}
        for label in LABELS:
            per_label[label, "matched"] += sum(1 for k in keys_a & keys_b if k[2] == label)
            per_label[label, "only_a"] += sum(1 for k in keys_a - keys_b if k[2] == label)
            per_label[label, "only_b"] += sum(1 for k in keys_b - keys_a if k[2] == label)
        tokens_a += token_labels(text, a)
        tokens_b += token_labels(text, b)
    table = {label: tuple(per_label[label, key] for key in ("matched", "only_a", "only_b")) for label in LABELS}
    totals = [sum(row[i] for row in table.values()) for i in range(3)]
    return Agreement(*totals, table, len(tokens_a), cohen_kappa(tokens_a, tokens_b))


@lru_cache(maxsize=1)
def _tokenizer():
    return spacy.blank("en").tokenizer


def token_labels(text: str, mentions: list[Mention]) -> list[str]:
    """The label of the mention each non-space token starts in, else O."""
    starts = sorted(mentions, key=lambda m: m.start)
    labels, index = [], 0
    for token in _tokenizer()(text):
        if token.is_space:
            continue
        while index < len(starts) and starts[index].end <= token.idx:
            index += 1
        inside = index < len(starts) and starts[index].start <= token.idx
        labels.append(starts[index].label if inside else OUTSIDE)
    return labels


def cohen_kappa(a: list[str], b: list[str]) -> Fraction:
    """(p_o - p_e) / (1 - p_e) from the confusion table, as an exact fraction (1 when both use one label throughout)."""
    table = pd.crosstab(pd.Series(a, name="a"), pd.Series(b, name="b"))
    table = table.reindex(index=table.index.union(table.columns), columns=table.index.union(table.columns), fill_value=0)
    n = int(table.to_numpy().sum())
    if n == 0:
        return Fraction(1)
    observed = Fraction(int(sum(table.at[k, k] for k in table.index)), n)
    expected = sum(Fraction(int(table.loc[k].sum()) * int(table[k].sum()), n * n) for k in table.index)
    return Fraction(1) if expected == 1 else (observed - expected) / (1 - expected)
