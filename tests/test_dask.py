"""`briefs run --engine dask` against a loopback LocalCluster: same files as a local run, failures still one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from pipeline.run.dask_engine import cached_pipeline

SHIPPED = Path(__file__).resolve().parent.parent / "corpus" / "cidob-notes-67-algeria-mali.pdf"


@pytest.fixture(scope="module")
def scheduler():
    """A one-worker cluster in this process, listening on loopback only."""
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copyfile(SHIPPED, folder / SHIPPED.name)
    (folder / "note.txt").write_text("Algeria mediated between Mali and the MNLA in January 2013.\n", encoding="utf-8")
    (folder / "mali.txt").write_text("ECOWAS met in Bamako on 11 January 2013.\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nbroken")
    return folder


def outputs(out_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out_dir.iterdir()) if not p.name.startswith("manifest.")}


def test_dask_run_writes_what_a_local_run_writes(run, scheduler: str, corpus: Path, tmp_path: Path):
    assert scheduler.startswith("tcp://127.0.0.1:")
    on_cluster = run(corpus, "--out", tmp_path / "dask", "--engine", "dask", "--scheduler", scheduler, "--rules-only")
    local = run(corpus, "--out", tmp_path / "local", "--rules-only")
    assert on_cluster.exit_code == local.exit_code == 1
    assert on_cluster.stderr.splitlines()[-1].startswith(f"{corpus / 'broken.pdf'}: ")
    assert "documents: 4 (3 processed, 0 skipped, 1 failed)" in on_cluster.stdout
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")

    again = run(corpus, "--out", tmp_path / "dask", "--engine", "dask", "--scheduler", scheduler, "--rules-only")
    assert "documents: 4 (0 processed, 3 skipped, 1 failed)" in again.stdout, again.output


def test_each_worker_loads_the_pipeline_once_across_documents_and_runs(run, scheduler: str, corpus: Path, tmp_path: Path):
    run(corpus, "--out", tmp_path / "first", "--engine", "dask", "--scheduler", scheduler, "--rules-only")
    run(corpus, "--out", tmp_path / "second", "--engine", "dask", "--scheduler", scheduler, "--rules-only")
    with Client(scheduler, set_as_default=False) as client:
        (info,) = client.run(lambda: cached_pipeline.cache_info()).values()
    hits, misses, _, models_loaded = info
    assert misses == models_loaded  # each model loaded once, never again
    assert hits >= 2 * 4  # every task of both runs reused it
