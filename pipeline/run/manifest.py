"""The run manifest: one typed row per document, so a re-run knows what it may skip and users see what happened."""

from __future__ import annotations

import io
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.core import atomic
from pipeline.core.annotated import read_document
from pipeline.core.mention import LABELS
from pipeline.run.process import STAGES

CSV_NAME = "manifest.csv"
PARQUET_NAME = "manifest.parquet"

_KINDS = {"str": (pd.StringDtype(), pa.string()), "int": (pd.Int64Dtype(), pa.int64()), "float": ("float64", pa.float64()),
          "bool": (pd.BooleanDtype(), pa.bool_())}
_COLUMN_KINDS = (
    [("id", "str"), ("source", "str"), ("sha256", "str"), ("pipeline_version", "str"), ("code_hash", "str"), ("model", "str")]
    + [("config_hash", "str"), ("pdf_backend", "str")]
    + [("status", "str"), ("error", "str"), ("pages", "int"), ("words", "int"), ("language", "str"), ("tagged", "bool"), ("read_by", "str")]
    + [(f"mentions_{label}", "int") for label in LABELS]
    + [(f"seconds_{stage}", "float") for stage in (*STAGES, "total")]
)
COLUMNS = [name for name, _ in _COLUMN_KINDS]
DTYPES = {name: _KINDS[kind][0] for name, kind in _COLUMN_KINDS}
SCHEMA = pa.schema([(name, _KINDS[kind][1]) for name, kind in _COLUMN_KINDS])


def to_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows in id order with the manifest's columns and dtypes, whatever order they finished in."""
    frame = pd.DataFrame(rows, columns=COLUMNS).astype(DTYPES)
    return frame.sort_values("id", kind="stable").reset_index(drop=True)


def write_manifest(out_dir: Path, rows: list[dict]) -> None:
    """Write manifest.csv and manifest.parquet atomically (Parquet first: it is the one a re-run reads)."""
    frame = to_frame(rows)
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(frame, schema=SCHEMA, preserve_index=False), buffer)
    atomic.write_bytes(Path(out_dir) / PARQUET_NAME, buffer.getvalue())
    atomic.write_text(Path(out_dir) / CSV_NAME, frame.to_csv(index=False, lineterminator="\n"))


def read_manifest(out_dir: Path) -> dict[str, dict]:
    """The previous run's rows by document id; empty when there is none or it cannot be read."""
    path = Path(out_dir) / PARQUET_NAME
    try:
        frame = pq.read_table(path, schema=SCHEMA).to_pandas().astype(DTYPES)
    except (OSError, pa.ArrowException):
        return {}
    return {row["id"]: row for row in frame.to_dict("records")}


def record_effective_counts(out_dir: Path, doc_id: str) -> bool:
    """Set a document's mention counts in the manifest to those of its effective .ann (after an import), so a
    re-run that skips it reports the corrected annotation; False when the manifest has no usable row for it."""
    rows = read_manifest(out_dir)
    row = rows.get(doc_id)
    if row is None or row["status"] == "failed":
        return False
    labels = Counter(m.label for m in read_document(out_dir, doc_id).mentions)
    row.update({f"mentions_{label}": labels[label] for label in LABELS})
    write_manifest(out_dir, list(rows.values()))
    return True


class ManifestWriter:
    """Collects rows as documents finish and snapshots them at most every `interval` s, so a killed run keeps its progress."""

    def __init__(self, out_dir: Path, interval: float = 1.0):
        self.out_dir = Path(out_dir)
        self.interval = interval
        self.rows: dict[str, dict] = {}
        self._written_at = time.monotonic()

    def add(self, row: dict) -> None:
        self.rows[row["id"]] = row
        if time.monotonic() - self._written_at >= self.interval:
            self.flush()

    def flush(self) -> None:
        write_manifest(self.out_dir, list(self.rows.values()))
        self._written_at = time.monotonic()
