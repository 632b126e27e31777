"""Score predicted mentions against a gold standard, so changes to the tagger are measured, not guessed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.core.align import align, map_mentions
from pipeline.core.errors import InputError
from pipeline.core.mention import LABELS, Mention
from pipeline.core.standoff import AnnFileError, parse_ann


@dataclass
class Counts:
    """Matches against the sizes of both sides; precision, recall and F1 follow."""

    matched: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, other: Counts) -> None:
        self.matched += other.matched
        self.gold += other.gold
        self.predicted += other.predicted

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    """Right answers among the cases that could be judged."""

    right: int = 0
    total: int = 0

    def add(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class Evaluation:
    """Everything measured over one document or a set of documents."""

    strict: dict[str, Counts] = field(default_factory=lambda: {label: Counts() for label in LABELS})
    partial: dict[str, Counts] = field(default_factory=lambda: {label: Counts() for label in LABELS})
    date_values: Ratio = field(default_factory=Ratio)
    links: Ratio = field(default_factory=Ratio)
    documents: list[dict] = field(default_factory=list)
    parts: dict[str, Evaluation] = field(default_factory=dict)  # per document, when a folder was scored
    held_out: frozenset[str] = frozenset()  # documents kept aside from rule design and training

    def add(self, other: Evaluation) -> None:
        for label in LABELS:
            self.strict[label].add(other.strict[label])
            self.partial[label].add(other.partial[label])
        self.date_values.add(other.date_values)
        self.links.add(other.links)
        self.documents += other.documents

    def overall(self, mode: str) -> Counts:
        """Micro average: counts summed over labels."""
        total = Counts()
        for counts in getattr(self, mode).values():
            total.add(counts)
        return total

    def subset(self, held_out: bool) -> Evaluation:
        """The documents kept aside (held_out=True) or the others, summed."""
        result = Evaluation()
        for doc_id, part in self.parts.items():
            if (doc_id in self.held_out) == held_out:
                result.add(part)
        return result


def score(gold: list[Mention], predicted: list[Mention]) -> Evaluation:
    """Strict and partial matches per label, date values and links over strict matches."""
    result = Evaluation()
    by_span = {(m.start, m.end, m.label): m for m in predicted}
    for label in LABELS:
        gold_of = [m for m in gold if m.label == label]
        predicted_of = [m for m in predicted if m.label == label]
        strict_pairs = [(g, by_span[g.start, g.end, label]) for g in gold_of if (g.start, g.end, label) in by_span]
        result.strict[label] = Counts(len(strict_pairs), len(gold_of), len(predicted_of))
        result.partial[label] = Counts(overlap_matches(gold_of, predicted_of), len(gold_of), len(predicted_of))
        for g, p in strict_pairs:
            if label == "DATE":
                result.date_values.add(Ratio(int(g.value is not None and g.value == p.value), 1))
            else:
                result.links.add(Ratio(int(g.entity_id is not None and g.entity_id == p.entity_id), 1))
    return result


def overlap_matches(gold: list[Mention], predicted: list[Mention]) -> int:
    """One-to-one matches of overlapping spans, greedy in text order (spans within a side never overlap)."""
    gold = sorted(gold, key=lambda m: m.start)
    predicted = sorted(predicted, key=lambda m: m.start)
    matches, j = 0, 0
    for g in gold:
        while j < len(predicted) and predicted[j].end <= g.start:
            j += 1
        if j < len(predicted) and predicted[j].start < g.end:
            matches += 1
            j += 1
    return matches


def evaluate_document(doc_id: str, gold_text: str, gold: list[Mention], pred_text: str, predicted: list[Mention]) -> Evaluation:
    """Align the predicted text onto the gold text when they differ, then score."""
    alignment = align(pred_text, gold_text)
    moved, lost = map_mentions(predicted, alignment, gold_text, pred_text)
    result = score(gold, moved)
    result.documents.append(
        {
            "id": doc_id,
            "gold_chars_differing": alignment.target_changed,
            "predicted_chars_differing": alignment.source_changed,
            "predicted_mentions_lost": len(lost),
        }
    )
    return result


def load_annotated(ann_path: Path) -> tuple[str, list[Mention]]:
    """The .ann and the .txt beside it, read with the pipeline's own parser."""
    text = _read(ann_path.with_suffix(".txt"))
    try:
        return text, parse_ann(_read(ann_path), text, str(ann_path))
    except AnnFileError as err:
        first = err.errors[0]
        more = f" (and {len(err.errors) - 1} more problems)" if len(err.errors) > 1 else ""
        raise InputError(f"{ann_path}:{first.line}", first.reason + more) from None


def _read(path: Path) -> str:
    if not path.is_file():
        raise InputError(path, "no such file")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise InputError(path, f"not UTF-8 text ({err.reason} at byte {err.start})") from None


HELD_OUT_LIST = "held-out.txt"


def held_out_ids(gold_dir: Path) -> frozenset[str]:
    """The ids listed in the gold folder's held-out.txt (one per line, `#` comments): documents kept aside
    from rule design and training, scored and reported apart."""
    listing = Path(gold_dir) / HELD_OUT_LIST
    if not listing.is_file():
        return frozenset()
    lines = (line.split("#", 1)[0].strip() for line in _read(listing).splitlines())
    return frozenset(line for line in lines if line)


def evaluate_paths(gold: Path, predicted: Path) -> Evaluation:
    """Two .ann files, or two folders of .txt+.ann pairs matched by document id (scored per document too)."""
    gold, predicted = Path(gold), Path(predicted)
    for path in (gold, predicted):
        if not path.exists():
            raise InputError(path, "no such file or folder")
    if gold.is_dir() != predicted.is_dir():
        raise InputError(predicted, "give two .ann files or two folders")
    for path in (gold, predicted):
        if not path.is_dir() and path.suffix != ".ann":
            raise InputError(path, "expected a brat .ann file (with its .txt beside it) or a folder")
    pairs = _pairs(gold, predicted) if gold.is_dir() else [(gold.stem, gold, predicted)]
    result = Evaluation()
    for doc_id, gold_ann, pred_ann in pairs:
        gold_text, gold_mentions = load_annotated(gold_ann)
        if pred_ann is None:
            part = score(gold_mentions, [])
            part.documents.append({"id": doc_id, "missing_prediction": True})
        else:
            part = evaluate_document(doc_id, gold_text, gold_mentions, *load_annotated(pred_ann))
        result.add(part)
        result.parts[doc_id] = part
    if gold.is_dir():
        result.held_out = held_out_ids(gold) & set(result.parts)
    return result


def _pairs(gold_dir: Path, pred_dir: Path) -> list[tuple[str, Path, Path | None]]:
    """Every gold document with its prediction, or None when the prediction is missing."""
    gold_anns = sorted(gold_dir.glob("*.ann"))
    if not gold_anns:
        raise InputError(gold_dir, "no .ann files")
    pairs = []
    for ann in gold_anns:
        pred = pred_dir / ann.name
        pairs.append((ann.stem, ann, pred if pred.is_file() else None))
    if all(pred is None for _, _, pred in pairs):
        raise InputError(pred_dir, f"no .ann file matches a gold document of {gold_dir}")
    return pairs


def report_table(result: Evaluation) -> pd.DataFrame:
    """One row per label and one for the micro average; strict and partial scores side by side."""
    rows = {}
    for label in (*LABELS, "overall"):
        row = {}
        for mode in ("strict", "partial"):
            counts = result.overall(mode) if label == "overall" else getattr(result, mode)[label]
            if mode == "strict":
                row |= {"gold": counts.gold, "predicted": counts.predicted}
            row |= {
                f"{mode} matched": counts.matched,
                f"{mode} P": counts.precision,
                f"{mode} R": counts.recall,
                f"{mode} F1": counts.f1,
            }
        rows[label] = row
    return pd.DataFrame.from_dict(rows, orient="index")


def report_json(result: Evaluation) -> dict:
    """The same figures as the table, plus accuracies and per-document alignment, for machines."""

    def counts_record(counts: Counts) -> dict:
        return {
            "matched": counts.matched,
            "gold": counts.gold,
            "predicted": counts.predicted,
            "precision": counts.precision,
            "recall": counts.recall,
            "f1": counts.f1,
        }

    def figures(evaluation: Evaluation) -> dict:
        return {
            mode: {label: counts_record(getattr(evaluation, mode)[label]) for label in LABELS}
            | {"overall": counts_record(evaluation.overall(mode))}
            for mode in ("strict", "partial")
        } | {
            "date_value_accuracy": ratio_record(evaluation.date_values),
            "linking_accuracy": ratio_record(evaluation.links),
        }

    def ratio_record(ratio: Ratio) -> dict:
        return {"right": ratio.right, "total": ratio.total, "accuracy": ratio.accuracy}

    report = figures(result) | {"documents": result.documents}
    if result.parts:
        report["per_document"] = {doc_id: figures(part) | {"held_out": doc_id in result.held_out} for doc_id, part in result.parts.items()}
        report["development"] = figures(result.subset(held_out=False))
        report["held_out"] = figures(result.subset(held_out=True)) | {"documents": sorted(result.held_out)}
    return report


def document_table(result: Evaluation) -> pd.DataFrame:
    """One row per document: strict F1 per label (gold count in brackets), strict and partial F1 overall."""
    rows = {}
    missing = {doc["id"] for doc in result.documents if doc.get("missing_prediction")}
    for doc_id, part in result.parts.items():
        row = {"set": ("held-out" if doc_id in result.held_out else "development") + (", no prediction" if doc_id in missing else "")}
        for label in LABELS:
            counts = part.strict[label]
            row[label] = f"{counts.f1:.3f} ({counts.gold})" if counts.gold or counts.predicted else "-"
        row |= {"strict F1": f"{part.overall('strict').f1:.3f}", "partial F1": f"{part.overall('partial').f1:.3f}"}
        rows[doc_id] = row
    return pd.DataFrame.from_dict(rows, orient="index")


def report_text(result: Evaluation) -> str:
    """A table for people, then accuracies and text differences; for a folder, each document and the
    development and held-out documents apart."""
    lines = [report_table(result).to_string(float_format=lambda x: f"{x:.3f}"), ""]
    dates, links = result.date_values, result.links
    lines.append(f"date value accuracy: {dates.accuracy:.3f} ({dates.right}/{dates.total} strictly matched DATE mentions)")
    lines.append(f"linking accuracy:    {links.accuracy:.3f} ({links.right}/{links.total} strictly matched ACTOR/GROUP/PLACE mentions)")
    for doc in result.documents:
        if doc.get("missing_prediction"):
            lines.append(f"{doc['id']}: no prediction, counted as nothing found")
        elif doc["gold_chars_differing"] or doc["predicted_chars_differing"]:
            lines.append(
                f"{doc['id']}: texts differ ({doc['gold_chars_differing']} gold and {doc['predicted_chars_differing']} "
                f"predicted characters); predicted offsets aligned, {doc['predicted_mentions_lost']} mentions lost"
            )
    if len(result.parts) > 1:
        lines += ["", "per document (strict F1 per label, gold mentions in brackets):", document_table(result).to_string()]
        for name, held_out in (("development", False), ("held-out", True)):
            subset = result.subset(held_out)
            ids = [doc_id for doc_id in result.parts if (doc_id in result.held_out) == held_out]
            if ids:
                lines += ["", f"{name} documents ({len(ids)}):", report_table(subset).to_string(float_format=lambda x: f"{x:.3f}")]
    return "\n".join(lines)
