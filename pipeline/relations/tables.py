"""Corpus tables (relations, entities, pairs) aggregated from per-document frames derived from the standoff."""

from __future__ import annotations

import hashlib
import io
import logging
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from pandas.api.types import pandas_dtype

from pipeline.core import atomic
from pipeline.core.annotated import corpus_ids, read_document, written_document
from pipeline.tagging.knowledge_base import KnowledgeBase

if TYPE_CHECKING:
    from pipeline.relations.extractor import RelationExtractor

log = logging.getLogger(__name__)

RELATIONS_SCHEMA = {  # a row reads as a sentence first (head, kind, tail, date, place, evidence), then the details
    "head_text": "string", "kind": "string", "tail_text": "string", "date": "string", "place_text": "string",
    "evidence": "string", "negated": "boolean", "hedged": "boolean", "past": "boolean",
    "head_via": "string", "tail_via": "string", "plover": "string", "cameo": "string",
    "document": "string", "sentence_start": "Int64", "sentence_end": "Int64",
    "head_id": "string", "head_label": "string", "head_start": "Int64", "head_end": "Int64",
    "tail_id": "string", "tail_label": "string", "tail_start": "Int64", "tail_end": "Int64",
    "predicate": "string", "pattern": "string", "parsed": "boolean", "date_scope": "string", "place_id": "string",
}
ENTITIES_SCHEMA = {
    "entity_id": "string", "label": "string", "labels": "string", "name": "string",
    "mentions": "Int64", "documents": "Int64", "first_date": "string", "last_date": "string",
}
PAIRS_SCHEMA = {
    "head_id": "string", "head_name": "string", "tail_id": "string", "tail_name": "string",
    "count": "Int64", "kinds": "string", "documents": "string", "first_date": "string", "last_date": "string",
}
MENTIONS_SCHEMA = {"document": "string", "entity_id": "string", "label": "string", "text": "string",
                   "start": "Int64", "date": "string"}
RELATIONS_ORDER = ["document", "sentence_start", "head_start", "tail_start", "kind", "negated"]
TABLES = ("relations", "entities", "pairs")
DOCUMENT_PARTS = {"relations": RELATIONS_SCHEMA, "mentions": MENTIONS_SCHEMA}
SOURCES = ("txt", "ann", "json")
SOURCE_KEY = b"briefs.source"
TIMEX = re.compile(r"^(\d{4}|\d{3}X)(?:-(\d{2}|SP|SU|FA|AU|WI))?(?:-(\d{2}))?")
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}
ROWS_PER_CHUNK = 20_000  # relation rows sorted and written together: one row group of relations.parquet


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


def framed(rows: list[dict], schema: dict[str, str]) -> pd.DataFrame:
    """Columns in schema order with their pandas dtypes, each built typed (a frame of objects cast afterwards costs
    three times as much, paid for every document)."""
    return pd.DataFrame({column: pd.array([row.get(column) for row in rows], dtype=dtype)
                         for column, dtype in schema.items()})


def as_typed(frame: pd.DataFrame, schema: dict[str, str]) -> pd.DataFrame:
    """The frame with the schema's dtypes; as it is when it has them already (one Arrow rebuilds from the tables
    this module makes does), since casting copies every column."""
    if frame.dtypes.to_dict() == {column: pandas_dtype(dtype) for column, dtype in schema.items()}:
        return frame
    return frame.astype(schema)


def in_order(frame: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    """Rows sorted (stably, so ties keep document order) for byte-identical output."""
    return frame.sort_values(order, kind="stable", na_position="first").reset_index(drop=True)


def typed(rows: list[dict], schema: dict[str, str], order: list[str]) -> pd.DataFrame:
    """Columns in schema order with their pandas dtypes, rows sorted for byte-identical output: as in_order sorts
    them (missing values first), but sorted as rows, which is far cheaper for the few hundred of one document."""
    return framed(sorted(rows, key=lambda row: tuple((row.get(c) is not None, row.get(c)) for c in order)), schema)


def joined(values) -> str:
    """Distinct values in one sorted `a|b` cell, so CSV and Parquet hold the same flat text."""
    return "|".join(sorted({v for v in values if isinstance(v, str)}))


@dataclass
class Tally:
    """What the corpus tables keep of the rows of one key (an entity's mentions, a pair's relation rows) across
    documents: their number, the positions of the documents they are in (four bytes each), how often each value
    of some columns occurs, and their earliest and latest date."""
    rows: int = 0
    documents: array = field(default_factory=lambda: array("I"))
    values: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    dates: tuple[str | None, str | None] = (None, None)


def tally_rows(tallies: dict, keys: list, columns: dict[str, list], counted: tuple[str, ...], position: int) -> None:
    """Add the rows of the document at `position` to the tallies of their keys, counting the values of the
    `counted` columns; rows without a key are left out (as a groupby leaves out missing keys)."""
    dated = defaultdict(list)
    for i, key in enumerate(keys):
        if key is None:
            continue
        tally = tallies.setdefault(key, Tally())
        tally.rows += 1
        if not tally.documents or tally.documents[-1] != position:
            tally.documents.append(position)
        for name in counted:
            tally.values[name][columns[name][i]] += 1
        if columns["date"][i] is not None:
            dated[key].append(columns["date"][i])
    for key, dates in dated.items():
        tallies[key].dates = date_range([*tallies[key].dates, *dates])


def plain(table: pa.Table, names: tuple[str, ...]) -> dict[str, list]:
    """Some columns of an Arrow table as Python lists (None for missing values)."""
    return {name: table.column(name).to_pylist() for name in names}


def either(first: list, second: list) -> list:
    """Each first value, or the second where it is missing: an unlinked mention is keyed by its text."""
    return [a if a is not None else b for a, b in zip(first, second)]


class CorpusTally:
    """Entities and pairs gathered one document at a time from its relation rows and dated mentions."""

    def __init__(self):
        self.documents: list[str] = []
        self.entities: dict[str, Tally] = {}
        self.pairs: dict[tuple[str, str], Tally] = {}

    def add(self, doc_id: str, parts: dict[str, pa.Table]) -> None:
        position = len(self.documents)
        self.documents.append(doc_id)
        mentions = plain(parts["mentions"], ("entity_id", "label", "text", "date"))
        keys = either(mentions["entity_id"], mentions["text"])
        tally_rows(self.entities, keys, mentions, ("text", "label"), position)
        relations = plain(parts["relations"], ("head_id", "head_text", "tail_id", "tail_text", "kind", "date"))
        heads = either(relations["head_id"], relations["head_text"])
        tails = either(relations["tail_id"], relations["tail_text"])
        keys = [(h, t) if h is not None and t is not None else None for h, t in zip(heads, tails)]
        tally_rows(self.pairs, keys, relations, ("kind",), position)

    def entity_table(self, kb: KnowledgeBase) -> pd.DataFrame:
        """One row per canonical entity (unlinked mentions keyed by their text)."""
        rows = []
        for entity_id, tally in self.entities.items():
            entity = kb.get(entity_id)
            texts, labels = tally.values["text"], tally.values["label"]
            rows.append({
                "entity_id": entity_id,
                "label": min(labels, key=lambda label: (-labels[label], label)),
                "labels": joined(labels),
                "name": entity.name if entity else min(texts, key=lambda t: (-texts[t], t)),
                "mentions": tally.rows,
                "documents": len(tally.documents),
                "first_date": tally.dates[0],
                "last_date": tally.dates[1],
            })
        return typed(rows, ENTITIES_SCHEMA, ["entity_id"])

    def pair_row(self, head: str, tail: str, names: dict[str, str]) -> dict:
        tally = self.pairs[head, tail]
        return {
            "head_id": head, "head_name": names.get(head, head), "tail_id": tail, "tail_name": names.get(tail, tail),
            "count": tally.rows, "kinds": joined(tally.values["kind"]),
            "documents": joined(self.documents[i] for i in tally.documents),
            "first_date": tally.dates[0], "last_date": tally.dates[1],
        }

    def pair_chunks(self, names: dict[str, str]) -> Iterator[pd.DataFrame]:
        """Relation rows aggregated per (head, tail) entity pair, in the table's order, a frame each time the pairs
        taken name ROWS_PER_CHUNK documents in all (a pair's document list can be as long as the corpus), at least
        one frame."""
        rows, size = [], 0
        for head, tail in sorted(self.pairs):
            rows.append(self.pair_row(head, tail, names))
            size += len(self.pairs[head, tail].documents)
            if size >= ROWS_PER_CHUNK:
                yield typed(rows, PAIRS_SCHEMA, ["head_id", "tail_id"])
                rows, size = [], 0
        if rows or not self.pairs:
            yield typed(rows, PAIRS_SCHEMA, ["head_id", "tail_id"])

    def chunks(self, kb: KnowledgeBase) -> Iterator[tuple[str, Iterator[pd.DataFrame]]]:
        """The entities and pairs tables by name, each as frames to join or write one after another."""
        entities = self.entity_table(kb)
        yield "entities", iter([entities])
        yield "pairs", self.pair_chunks(dict(zip(entities["entity_id"], entities["name"])))


def part_path(out_dir: Path, doc_id: str, part: str) -> Path:
    """Where a document's own relation rows (or dated mentions) are kept: <id>.relations.parquet, <id>.mentions.parquet."""
    return Path(out_dir) / f"{doc_id}.{part}.parquet"


def source_key(out_dir: Path, doc_id: str, extractor: RelationExtractor,
               contents: dict[str, bytes] | None = None) -> str:
    """Hash of the .txt, .ann and .json a document's rows are derived from and of what derives them
    (`contents`: those files' bytes by suffix, when already at hand)."""
    digest = hashlib.sha256(extractor.fingerprint.encode())
    for suffix in SOURCES:
        if contents is not None:
            content = contents[suffix]
        else:
            path = Path(out_dir) / f"{doc_id}.{suffix}"
            content = path.read_bytes() if path.is_file() else b""
        digest.update(f"{suffix}:{len(content)}:".encode() + content)
    return digest.hexdigest()


def stored_parts(out_dir: Path, doc_id: str, key: str) -> dict[str, pa.Table] | None:
    """The document's kept tables when they were derived from exactly the files `key` hashes, else None."""
    try:
        tables = {part: pq.read_table(part_path(out_dir, doc_id, part)) for part in DOCUMENT_PARTS}
    except (OSError, pa.ArrowException):
        return None
    if any((table.schema.metadata or {}).get(SOURCE_KEY) != key.encode() for table in tables.values()):
        return None
    return tables


def stamped(frame: pd.DataFrame, key: str) -> pa.Table:
    """A document's frame as an Arrow table carrying the source key it was derived under."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    return table.replace_schema_metadata({**(table.schema.metadata or {}), SOURCE_KEY: key.encode()})


def store_parts(out_dir: Path, doc_id: str, parts: dict[str, pa.Table]) -> None:
    """Each table as Parquet, written atomically."""
    for part, table in parts.items():
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        atomic.write_bytes(part_path(out_dir, doc_id, part), buffer.getvalue(), durable=False)


def document_parts(out_dir: Path, doc_id: str, extractor: RelationExtractor, parses: list | None = None,
                   store: bool = True, written: dict | None = None) -> dict[str, pa.Table]:
    """A document's relation rows and dated mentions as Arrow tables: the kept ones while its standoff is unchanged,
    else derived afresh from its .txt + .ann (reusing the tagger's paragraph `parses` when given) and, with `store`,
    kept. `written` is what write_document just wrote (and returned): the same standoff, without reading it back."""
    if written is not None and all(suffix in written for suffix in SOURCES):
        key = source_key(out_dir, doc_id, extractor, written)
    else:
        written, key = None, source_key(out_dir, doc_id, extractor)
    parts = stored_parts(out_dir, doc_id, key)
    if parts is not None:
        return parts
    if written is not None:
        document = written_document(out_dir, doc_id, written["txt"], written["ann"], written["record"])
    else:
        document = read_document(out_dir, doc_id)
    rows, dated = extractor.extract(document, parses)
    frames = {"relations": typed(rows, RELATIONS_SCHEMA, RELATIONS_ORDER), "mentions": framed(dated, MENTIONS_SCHEMA)}
    parts = {part: stamped(frame, key) for part, frame in frames.items()}
    if store:
        store_parts(out_dir, doc_id, parts)
    return parts


def concatenated(tables: list[pa.Table], schema: dict[str, str]) -> pd.DataFrame:
    """The documents' tables one after another as one typed frame (an empty one when there are none); joined as
    Arrow tables, since turning each into a frame first costs more than everything else the corpus tables do."""
    if not tables:
        return framed([], schema)
    return as_typed(pa.concat_tables(tables, promote_options="permissive").to_pandas(), schema)


def relation_chunks(out_dir: Path, extractor: RelationExtractor | None, store: bool,
                    tally: CorpusTally) -> Iterator[pd.DataFrame]:
    """Every document's relation rows in the table's order, a few documents at a time (at least one frame, empty
    for an empty folder), while `tally` gathers their entities and pairs. Documents come in id order and the
    document is the first sort key, so each frame sorted alone is in the place the whole table sorted at once
    would put it; with `store`, documents whose kept frames are missing or stale get them written."""
    if extractor is None:
        from pipeline.relations.extractor import (
            RelationExtractor,  # spaCy is slow to import; only a rebuild needs it
        )

        extractor = RelationExtractor()
    pending, rows, chunks = [], 0, 0
    for doc_id in corpus_ids(out_dir):
        parts = document_parts(out_dir, doc_id, extractor, store=store)
        tally.add(doc_id, parts)
        pending.append(parts["relations"])
        rows += parts["relations"].num_rows
        log.info("%s: %d relation rows", doc_id, parts["relations"].num_rows)
        if rows >= ROWS_PER_CHUNK:
            yield in_order(concatenated(pending, RELATIONS_SCHEMA), RELATIONS_ORDER)
            pending, rows, chunks = [], 0, chunks + 1
    if rows or not chunks:
        yield in_order(concatenated(pending, RELATIONS_SCHEMA), RELATIONS_ORDER)


def corpus_chunks(out_dir: Path, extractor: RelationExtractor | None,
                  store: bool) -> Iterator[tuple[str, Iterator[pd.DataFrame]]]:
    """Relations, entities and pairs by name, each as frames to join or write one after another; the relations'
    frames must all be taken before the next table is asked for, since entities and pairs are tallied from them."""
    tally = CorpusTally()
    yield "relations", relation_chunks(out_dir, extractor, store, tally)
    yield from tally.chunks(KnowledgeBase.load())


def build_tables(out_dir: Path, extractor: RelationExtractor | None = None,
                 store: bool = False) -> dict[str, pd.DataFrame]:
    """Relations, entities and pairs for every annotated document of `out_dir` as whole frames (for reading one
    corpus; write_tables writes them without holding them); with `store`, documents whose kept frames are missing
    or stale get them written."""
    return {name: pd.concat(list(chunks), ignore_index=True)
            for name, chunks in corpus_chunks(out_dir, extractor, store)}


def write_chunks(chunks: Iterator[pd.DataFrame], base: Path) -> int:
    """<base>.csv and <base>.parquet written one frame at a time (the header once, a Parquet row group per frame),
    each renamed into place once complete; returns the row count. `chunks` yields at least one frame."""
    rows = 0
    with ExitStack() as stack:
        csv = stack.enter_context(atomic.replacing(base.with_suffix(".csv")))
        parquet = stack.enter_context(atomic.replacing(base.with_suffix(".parquet")))
        writer = None
        for chunk in chunks:
            csv.write(atomic.text_bytes(chunk.to_csv(index=False, header=writer is None, lineterminator="\n")))
            table = pa.Table.from_pandas(chunk, preserve_index=False)
            if writer is None:
                writer = stack.enter_context(pq.ParquetWriter(parquet, table.schema))
            writer.write_table(table)
            rows += len(chunk)
    return rows


def write_tables(out_dir: Path, extractor: RelationExtractor | None = None) -> dict[str, int]:
    """Bring every document's kept frames up to date, then write relations, entities and pairs (.csv + .parquet)
    in memory bounded per document whatever the corpus size: the relations streamed, entities and pairs from
    per-key tallies. Returns each table's row count."""
    tables = corpus_chunks(out_dir, extractor, store=True)
    return {name: write_chunks(chunks, Path(out_dir) / name) for name, chunks in tables}
