"""Score a relation table against hand-written key relations (`<id>.relations.tsv`), measuring relations rather
than linking: each predicted row's head and tail are mapped, by span overlap on the aligned text, to the gold
mention there and take its gold id.

A gold relation is stated when a row of its document has the same head and tail ids (either way round for the
kinds the relation lexicon calls symmetric: agreement_with and negotiates_with), the same kind, the same polarity
(a negated row never counts as the plain relation, nor the reverse) and a sentence overlapping the gold evidence.
A typed row is right when it states a gold relation. The gold holds only the key relations, so precision is also
given for the typed rows whose sentence is the evidence of some gold relation."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.core.align import align
from pipeline.core.errors import InputError
from pipeline.core.mention import Mention
from pipeline.core.standoff import AnnFileError, parse_ann
from pipeline.evaluation.scores import held_out_ids
from pipeline.relations.lexicon import CO_OCCURS, load_lexicon
from pipeline.tagging.linker import LINKED_LABELS

GOLD_SUFFIX = ".relations.tsv"
GOLD_COLUMNS = ["head_id", "kind", "tail_id", "negated", "evidence"]


@dataclass(frozen=True)
class GoldRelation:
    head: str
    kind: str
    tail: str
    negated: bool
    evidence: str
    spans: tuple[tuple[int, int], ...]  # where the evidence occurs in the gold text


@dataclass(frozen=True)
class Statement:
    """A predicted row in gold terms: ids of the gold mentions under its head and tail, and its sentence on the
    gold text."""

    head: str | None
    kind: str
    tail: str | None
    negated: bool
    sentence: tuple[int, int]
    row: dict


@dataclass
class Tally:
    gold: int = 0
    stated: int = 0
    typed: int = 0
    right: int = 0
    typed_in_evidence: int = 0
    right_in_evidence: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.stated / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.typed if self.typed else 0.0

    @property
    def precision_in_evidence(self) -> float:
        return self.right_in_evidence / self.typed_in_evidence if self.typed_in_evidence else 0.0

    def as_json(self) -> dict:
        return {**vars(self), "recall": round(self.recall, 4), "precision": round(self.precision, 4),
                "precision_in_evidence": round(self.precision_in_evidence, 4)}


@dataclass
class DocumentScore:
    doc_id: str
    held_out: bool
    total: Tally = field(default_factory=Tally)
    kinds: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    missed: list[GoldRelation] = field(default_factory=list)
    wrong: list[Statement] = field(default_factory=list)


def read_gold(path: Path, text: str) -> list[GoldRelation]:
    """The gold relations of one document; every evidence must occur in its text."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != GOLD_COLUMNS:
            raise InputError(path, f"header must be {' '.join(GOLD_COLUMNS)}")
        relations = []
        for line, record in enumerate(reader, start=2):
            evidence = record["evidence"]
            spans, at = [], text.find(evidence)
            while at >= 0:
                spans.append((at, at + len(evidence)))
                at = text.find(evidence, at + 1)
            if not spans:
                raise InputError(f"{path}:{line}", "evidence is not in the text")
            relations.append(GoldRelation(record["head_id"], record["kind"], record["tail_id"],
                                          record["negated"].strip().lower() == "true", evidence, tuple(spans)))
    return relations


def read_standoff(folder: Path, doc_id: str) -> tuple[str, list[Mention]]:
    txt, ann = folder / f"{doc_id}.txt", folder / f"{doc_id}.ann"
    if not txt.is_file() or not ann.is_file():
        raise InputError(folder, f"no {doc_id}.txt and {doc_id}.ann")
    text = txt.read_text(encoding="utf-8")
    try:
        return text, parse_ann(ann.read_text(encoding="utf-8"), text, str(ann))
    except AnnFileError as err:
        raise InputError(ann, str(err).splitlines()[0]) from None


def predicted_rows(folder: Path, doc_id: str) -> list[dict]:
    """The document's rows from the corpus table (relations.parquet), else from its own part."""
    corpus, part = folder / "relations.parquet", folder / f"{doc_id}.relations.parquet"
    if corpus.is_file():
        frame = pd.read_parquet(corpus)
        frame = frame[frame["document"] == doc_id]
    elif part.is_file():
        frame = pd.read_parquet(part)
    else:
        raise InputError(folder, f"no relations.parquet or {doc_id}.relations.parquet (run `briefs run` first)")
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def gold_id_at(start: int, end: int, mentions: list[Mention]) -> str | None:
    """The id of the gold mention overlapping [start, end) most."""
    best, best_overlap = None, 0
    for m in mentions:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > best_overlap and m.label in LINKED_LABELS:
            best, best_overlap = m.entity_id, overlap
    return best


def statements(rows: list[dict], predicted_text: str, gold_text: str, gold_mentions: list[Mention]) -> list[Statement]:
    """Predicted rows in gold terms (ids of the overlapping gold mentions, sentence on the gold text)."""
    alignment = align(predicted_text, gold_text)

    def on_gold(start: int, end: int) -> tuple[int, int]:
        return alignment.starts[start], max(alignment.ends[end], alignment.starts[start])

    found = []
    for row in rows:
        ids = []
        for side in ("head", "tail"):
            start, end = on_gold(int(row[f"{side}_start"]), int(row[f"{side}_end"]))
            ids.append(gold_id_at(start, end, gold_mentions) or row[f"{side}_id"])
        sentence = on_gold(int(row["sentence_start"]), int(row["sentence_end"]))
        found.append(Statement(ids[0], row["kind"], ids[1], bool(row.get("negated")), sentence, row))
    return found


def overlaps(span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def states(statement: Statement, gold: GoldRelation) -> bool:
    if statement.kind != gold.kind or statement.negated != gold.negated:
        return False
    pairs = {(statement.head, statement.tail)}
    if gold.kind in load_lexicon().symmetric_kinds:
        pairs.add((statement.tail, statement.head))
    return (gold.head, gold.tail) in pairs and overlaps(statement.sentence, gold.spans)


def score_document(doc_id: str, gold: list[GoldRelation], predicted: list[Statement], held_out: bool) -> DocumentScore:
    score = DocumentScore(doc_id, held_out)
    typed = [s for s in predicted if s.kind != CO_OCCURS]
    for relation in gold:
        tally = score.kinds[relation.kind]
        tally.gold += 1
        if any(states(s, relation) for s in typed):
            tally.stated += 1
        else:
            score.missed.append(relation)
    evidence = tuple(span for relation in gold for span in relation.spans)
    for statement in typed:
        tally = score.kinds[statement.kind]
        right = any(states(statement, relation) for relation in gold)
        in_evidence = overlaps(statement.sentence, evidence)
        tally.typed += 1
        tally.right += right
        tally.typed_in_evidence += in_evidence
        tally.right_in_evidence += right and in_evidence
        if not right and in_evidence:
            score.wrong.append(statement)
    for tally in score.kinds.values():
        score.total.add(tally)
    return score


def evaluate_relations(gold: Path, predicted: Path, held_out: tuple[str, ...] = ()) -> list[DocumentScore]:
    """Scores of every document with gold relations in `gold` (a folder, or one `<id>.relations.tsv`) that the
    `predicted` folder holds; held out are the documents `held_out` names and those of the gold folder's list."""
    gold, predicted = Path(gold), Path(predicted)
    if gold.is_file() and gold.name.endswith(GOLD_SUFFIX):
        files = [gold]
    elif gold.is_dir():
        files = sorted(gold.glob(f"*{GOLD_SUFFIX}"))
    else:
        raise InputError(gold, f"not a folder or a {GOLD_SUFFIX} file")
    if not predicted.is_dir():
        raise InputError(predicted, "not a folder")
    scores = []
    for path in files:
        doc_id = path.name[:-len(GOLD_SUFFIX)]
        if not (predicted / f"{doc_id}.ann").is_file():
            continue
        gold_text, gold_mentions = read_standoff(path.parent, doc_id)
        predicted_text, _ = read_standoff(predicted, doc_id)
        found = statements(predicted_rows(predicted, doc_id), predicted_text, gold_text, gold_mentions)
        kept_aside = doc_id in held_out or doc_id in held_out_ids(path.parent)
        scores.append(score_document(doc_id, read_gold(path, gold_text), found, kept_aside))
    if not scores:
        raise InputError(predicted, f"holds none of the documents with gold relations in {gold}")
    return scores


def totals(scores: list[DocumentScore]) -> tuple[Tally, dict[str, Tally]]:
    total, kinds = Tally(), defaultdict(Tally)
    for score in scores:
        total.add(score.total)
        for kind, tally in score.kinds.items():
            kinds[kind].add(tally)
    return total, dict(sorted(kinds.items()))


def _line(name: str, tally: Tally) -> str:
    return (f"{name:<62} {tally.stated:>4}/{tally.gold:<4} {tally.recall:>6.1%}   "
            f"{tally.right:>4}/{tally.typed:<4} {tally.precision:>6.1%}   "
            f"{tally.right_in_evidence:>4}/{tally.typed_in_evidence:<4} {tally.precision_in_evidence:>6.1%}")


def report_text(scores: list[DocumentScore], details: bool = False) -> str:
    header = f"{'':<62} {'stated/gold':>16}   {'right/typed rows':>16}   {'in evidence sentences':>21}"
    lines = []
    for group, members in (("development", [s for s in scores if not s.held_out]),
                           ("held-out", [s for s in scores if s.held_out])):
        if not members:
            continue
        lines += [f"== {group} documents ==", header]
        lines += [_line(s.doc_id, s.total) for s in members]
        total, kinds = totals(members)
        lines.append(_line(f"all {group}", total))
        lines += [_line(f"  {kind}", tally) for kind, tally in kinds.items()]
        lines.append("")
        if details:
            for s in members:
                lines += [f"missed in {s.doc_id}: {r.head} {r.kind} {r.tail}{' (negated)' if r.negated else ''}"
                          f" | {r.evidence[:100]}" for r in s.missed]
                lines += [f"wrong in {s.doc_id}: {w.head} {w.kind} {w.tail}{' (negated)' if w.negated else ''}"
                          f" [{w.row.get('pattern')}] | {str(w.row.get('evidence'))[:100]}" for w in s.wrong]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def report_json(scores: list[DocumentScore]) -> dict:
    result = {}
    for group, held in (("development", False), ("held_out", True)):
        members = [s for s in scores if s.held_out == held]
        if members:
            total, kinds = totals(members)
            result[group] = {
                "documents": {s.doc_id: {"total": s.total.as_json(),
                                         "kinds": {k: t.as_json() for k, t in sorted(s.kinds.items())}}
                              for s in members},
                "total": total.as_json(),
                "kinds": {k: t.as_json() for k, t in kinds.items()},
            }
    return result
