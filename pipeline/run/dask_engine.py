"""The same per-document work on a Dask distributed cluster, each worker loading the pipeline once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterator

from distributed import Client, WorkerPlugin, as_completed

from pipeline.extract.pdf_backends import DEFAULT_PDF_BACKEND
from pipeline.run.batch import (
    Engine,
    load_batch_pipeline,
    process_one,
    result_or_failure,
)


@lru_cache(maxsize=None)
def cached_pipeline(model: str | None):
    """The worker's pipeline for `model`, loaded on first use and kept for every later task and run."""
    return load_batch_pipeline(model)


class PipelineLoader(WorkerPlugin):
    """Loads the tagging pipeline as soon as a worker joins, so the first documents do not wait for it."""

    def __init__(self, model: str | None):
        self.model = model

    def setup(self, worker) -> None:
        cached_pipeline(self.model)


def process_on_worker(
    path: str, out_dir: str, model: str | None, any_language: bool = False, backend: str = DEFAULT_PDF_BACKEND
) -> dict:
    """Runs on a worker: one document with the worker's already-loaded pipeline."""
    return process_one(Path(path), Path(out_dir), cached_pipeline(model), any_language, backend)


def connect(scheduler: str) -> Client:
    """A client of the cluster at `scheduler`, or a ConnectionError saying which address failed."""
    try:
        return Client(scheduler, set_as_default=False, timeout="10s")
    except (OSError, ValueError) as error:
        raise ConnectionError(f"{scheduler}: cannot reach the Dask scheduler ({error})") from None


def dask_engine(
    scheduler: str, out_dir: Path, model: str | None, any_language: bool = False, backend: str = DEFAULT_PDF_BACKEND
) -> Engine:
    """Send documents to the cluster at `scheduler`; inputs and output folder must be on a filesystem every worker sees."""

    def run(paths: list[Path]) -> Iterator[dict]:
        if not paths:
            return
        with connect(scheduler) as client:
            client.register_plugin(PipelineLoader(model), name=f"briefs-pipeline-{model}")
            limit = 2 * max(sum(client.nthreads().values()), 1)
            finished, paths_of = as_completed(loop=client.loop), {}
            for path in paths:
                if finished.count() >= limit:
                    yield _collect(next(finished), paths_of)
                future = client.submit(process_on_worker, str(path.resolve()), str(Path(out_dir).resolve()), model,
                                       any_language, backend, pure=False)
                paths_of[future.key] = path
                finished.add(future)
            for future in finished:
                yield _collect(future, paths_of)

    return run


def _collect(future, paths_of: dict) -> dict:
    return result_or_failure(future, paths_of.pop(future.key))
