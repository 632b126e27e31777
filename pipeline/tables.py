"""Corpus tables (relations, entities, pairs) built from the standoff and written as CSV and Parquet."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from datetime import date
from pathlib import Path

import click
import pandas as pd

from . import atomic
from .annotated import read_corpus
from .brat import AnnFileError
from .errors import InputError
from .kb import KnowledgeBase
from .relations import RelationExtractor

log = logging.getLogger(__name__)

_SPAN = {"id": "string", "text": "string", "label": "string", "start": "Int64", "end": "Int64"}
RELATIONS_SCHEMA = {
    "document": "string", "sentence_start": "Int64", "sentence_end": "Int64",
    **{f"head_{k}": v for k, v in _SPAN.items()},
    **{f"tail_{k}": v for k, v in _SPAN.items()},
    "predicate": "string", "kind": "string", "pattern": "string", "parsed": "boolean",
    "date": "string", "date_scope": "string", "place_id": "string", "place_text": "string", "evidence": "string",
}
ENTITIES_SCHEMA = {
    "entity_id": "string", "label": "string", "labels": "string", "name": "string",
    "mentions": "Int64", "documents": "Int64", "first_date": "string", "last_date": "string",
}
PAIRS_SCHEMA = {
    "head_id": "string", "head_name": "string", "tail_id": "string", "tail_name": "string",
    "count": "Int64", "kinds": "string", "documents": "string", "first_date": "string", "last_date": "string",
}
TABLES = ("relations", "entities", "pairs")
TIMEX = re.compile(r"^(\d{4}|\d{3}X)(?:-(\d{2}|SP|SU|FA|AU|WI))?(?:-(\d{2}))?")
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}


def timex_date(value: str | None) -> date | None:
    """The first day a TIMEX3 value covers ("2012-SP" → 2012-03-01, "196X" → 1960-01-01); None if unreadable."""
    found = TIMEX.match(value or "")
    if not found:
        return None
    year, month, day = found.groups()
    month = int(month) if month and month.isdigit() else SEASON_MONTHS.get(month, 1)
    return date(int(year.replace("X", "0")), month, int(day or 1))


def date_range(values) -> tuple[str | None, str | None]:
    """Earliest and latest TIMEX3 values in time order (ties broken by the value's text)."""
    known = sorted({v for v in values if isinstance(v, str)}, key=lambda v: (timex_date(v) or date.max, v))
    return (known[0], known[-1]) if known else (None, None)


def typed(rows: list[dict], schema: dict[str, str], order: list[str]) -> pd.DataFrame:
    """Columns in schema order with their pandas dtypes, rows sorted for byte-identical output."""
    frame = pd.DataFrame(rows, columns=list(schema)).astype(schema)
    return frame.sort_values(order, kind="stable", na_position="first").reset_index(drop=True)


def joined(values) -> str:
    """Distinct values in one sorted `a|b` cell, so CSV and Parquet hold the same flat text."""
    return "|".join(sorted({v for v in values if isinstance(v, str)}))


def entity_table(mentions: pd.DataFrame, kb: KnowledgeBase) -> pd.DataFrame:
    """One row per canonical entity (unlinked mentions keyed by their text)."""
    rows = []
    for entity_id, group in mentions.groupby("entity_id", sort=True):
        entity = kb.get(entity_id)
        texts = Counter(group["text"])
        labels = Counter(group["label"])
        first, last = date_range(group["date"])
        rows.append({
            "entity_id": entity_id,
            "label": min(labels, key=lambda label: (-labels[label], label)),
            "labels": joined(labels),
            "name": entity.name if entity else min(texts, key=lambda t: (-texts[t], t)),
            "mentions": len(group),
            "documents": group["document"].nunique(),
            "first_date": first,
            "last_date": last,
        })
    return typed(rows, ENTITIES_SCHEMA, ["entity_id"])


def pair_table(relations: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Relation rows aggregated per (head, tail) entity pair."""
    keyed = relations.assign(head_key=relations["head_id"].fillna(relations["head_text"]),
                             tail_key=relations["tail_id"].fillna(relations["tail_text"]))
    rows = []
    for (head, tail), group in keyed.groupby(["head_key", "tail_key"], sort=True):
        first, last = date_range(group["date"])
        rows.append({
            "head_id": head, "head_name": names.get(head, head), "tail_id": tail, "tail_name": names.get(tail, tail),
            "count": len(group), "kinds": joined(group["kind"]), "documents": joined(group["document"]),
            "first_date": first, "last_date": last,
        })
    return typed(rows, PAIRS_SCHEMA, ["head_id", "tail_id"])


def build_tables(out_dir: Path, extractor: RelationExtractor | None = None) -> dict[str, pd.DataFrame]:
    """Relations, entities and pairs for every annotated document of `out_dir`."""
    extractor = extractor or RelationExtractor()
    relation_rows, mention_rows = [], []
    for document in read_corpus(out_dir):
        rows, dated = extractor.extract(document)
        relation_rows += rows
        mention_rows += dated
        log.info("%s: %d relation rows", document.doc_id, len(rows))
    relations = typed(relation_rows, RELATIONS_SCHEMA,
                      ["document", "sentence_start", "head_start", "tail_start", "kind"])
    mentions = pd.DataFrame(mention_rows, columns=["document", "entity_id", "label", "text", "start", "date"])
    mentions["entity_id"] = mentions["entity_id"].fillna(mentions["text"])
    entities = entity_table(mentions, KnowledgeBase.load())
    names = dict(zip(entities["entity_id"], entities["name"]))
    return {"relations": relations, "entities": entities, "pairs": pair_table(relations, names)}


def write_frame(frame: pd.DataFrame, base: Path) -> list[Path]:
    """<base>.csv and <base>.parquet, each written atomically."""
    csv_path, parquet_path = base.with_suffix(".csv"), base.with_suffix(".parquet")
    atomic.write_text(csv_path, frame.to_csv(index=False, lineterminator="\n"))
    buffer = io.BytesIO()
    frame.to_parquet(buffer, engine="pyarrow", index=False)
    atomic.write_bytes(parquet_path, buffer.getvalue())
    return [csv_path, parquet_path]


def write_tables(out_dir: Path, extractor: RelationExtractor | None = None) -> dict[str, pd.DataFrame]:
    """Build the corpus tables and write relations, entities and pairs (.csv + .parquet) into `out_dir`."""
    tables = build_tables(out_dir, extractor)
    for name in TABLES:
        write_frame(tables[name], Path(out_dir) / name)
    return tables


@click.command("relations")
@click.argument("directory", default="annotations", type=click.Path(file_okay=False, path_type=Path))
def relations_command(directory: Path) -> None:
    """Rebuild relations, entities and pairs tables (.csv + .parquet) from the standoff in DIRECTORY."""
    try:
        tables = write_tables(directory)
    except (InputError, AnnFileError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(", ".join(f"{name}: {len(tables[name])} rows" for name in TABLES) + f" → {directory}")
