"""The run manifest: typed columns in a stable order, CSV and Parquet agreeing, rows in id order."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline.run.manifest import (
    COLUMNS,
    SCHEMA,
    ManifestWriter,
    read_manifest,
    write_manifest,
)

OK_ROW = {
    "id": "b", "source": "in/b.pdf", "sha256": "0" * 64, "pipeline_version": "0.1.0", "model": "none", "config_hash": "abc",
    "status": "ok", "pages": 3, "words": 900, "mentions_ACTOR": 4, "mentions_GROUP": 5, "mentions_PLACE": 6,
    "mentions_DATE": 7, "seconds_extract": 0.5, "seconds_tag": 0.25, "seconds_write": 0.01, "seconds_total": 0.76,
}
FAILED_ROW = {"id": "a", "source": "in/a.pdf", "sha256": "1" * 64, "pipeline_version": "0.1.0", "model": "none", "config_hash": "abc",
              "status": "failed", "error": "not a PDF"}


def test_columns_and_types_are_fixed(tmp_path: Path):
    write_manifest(tmp_path, [OK_ROW, FAILED_ROW])
    table = pq.read_table(tmp_path / "manifest.parquet")
    assert table.schema.names == COLUMNS
    assert [str(field.type) for field in table.schema] == [str(field.type) for field in SCHEMA]
    assert str(table.schema.field("pages").type) == "int64"
    assert str(table.schema.field("seconds_tag").type) == "double"
    assert str(table.schema.field("error").type) == "string"


def test_csv_and_parquet_hold_the_same_rows_in_id_order(tmp_path: Path):
    write_manifest(tmp_path, [OK_ROW, FAILED_ROW])
    csv = pd.read_csv(tmp_path / "manifest.csv", dtype=str, keep_default_na=False)
    assert list(csv.columns) == COLUMNS
    assert list(csv["id"]) == ["a", "b"]
    assert csv.loc[0, "pages"] == "" and csv.loc[1, "pages"] == "3" and csv.loc[0, "error"] == "not a PDF"
    rows = read_manifest(tmp_path)
    assert rows["b"]["words"] == 900 and rows["b"]["status"] == "ok"
    assert pd.isna(rows["a"]["pages"]) and rows["a"]["error"] == "not a PDF"


def test_writer_snapshots_at_most_once_per_interval_and_on_flush(tmp_path: Path):
    writer = ManifestWriter(tmp_path, interval=3600)
    writer.add(OK_ROW)
    assert not (tmp_path / "manifest.parquet").exists()
    writer.flush()
    assert set(read_manifest(tmp_path)) == {"b"}
    eager = ManifestWriter(tmp_path, interval=0)
    eager.add(FAILED_ROW)
    assert set(read_manifest(tmp_path)) == {"a"}


def test_unreadable_manifest_means_no_previous_run(tmp_path: Path):
    (tmp_path / "manifest.parquet").write_bytes(b"not parquet")
    assert read_manifest(tmp_path) == {}
    assert read_manifest(tmp_path / "absent") == {}
