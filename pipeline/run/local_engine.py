"""Documents in worker processes on this machine, each under the run's memory cap and time limit.

Every document runs in a worker, with `-j 1` too, so that no document can take the run down: one that
allocates past the cap fails with MemoryError inside its worker, one that runs past the time limit has its
worker stopped, and a worker that dies (a crash, the kernel's OOM killer) fails only the document it held.
Pebble's process pool replaces stopped and dead workers and carries on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from concurrent.futures import FIRST_COMPLETED, TimeoutError, wait
from pathlib import Path
from typing import Iterator

from pebble import ProcessExpired, ProcessPool
from pebble.common import process_exit

from pipeline.extract.pdf_backends import DEFAULT_PDF_BACKEND
from pipeline.run.batch import (
    Engine,
    PipelineOnDemand,
    failed_row,
    process_one,
    result_or_failure,
)
from pipeline.run.limits import Limits, limit_memory, timed_out, worker_died

IN_FLIGHT_PER_WORKER = 2  # documents handed to the pool per worker at most, so memory stays flat however many inputs

_pipeline: PipelineOnDemand | None = None


def _start_worker(model: str | None, memory: int | None, environment: dict) -> None:
    """Runs once in each new worker: the run's environment (a forkserver keeps the one it started with), a stop that
    takes the programs the worker started along, pdfminer's warnings about a file's internals silenced (each
    document's outcome is its one line), the memory cap, and a pipeline loaded only when a document first reaches
    tagging."""
    global _pipeline
    os.environ.clear()
    os.environ.update(environment)
    signal.signal(signal.SIGTERM, _stopped)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    import pyarrow  # its default allocator (mimalloc) reserves a gigabyte of address space up front

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    limit_memory(memory)
    _pipeline = PipelineOnDemand(model)


def _stopped(signum: int, frame) -> None:
    """SIGTERM from the pool, stopping a document past its time limit: first end the programs this worker started
    in sessions of their own (OCRmyPDF and the Tesseract and Ghostscript under it), which would otherwise run on
    unbounded, then exit as the pool's own handler does."""
    for child in _children():
        for kill in (os.killpg, os.kill):
            try:
                kill(child, signal.SIGKILL)
            except OSError:
                pass
    process_exit(signum)


def _children() -> list[int]:
    """The ids of this process's child processes, from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if parent == os.getpid():
            found.append(int(stat.parent.name))
    return found


def _process_in_worker(path: Path, out_dir: Path, any_language: bool, backend: str) -> dict:
    return process_one(path, out_dir, _pipeline.get, any_language, backend)


def local_engine(out_dir: Path, model: str | None, jobs: int, limits: Limits, any_language: bool = False,
                 backend: str = DEFAULT_PDF_BACKEND) -> Engine:
    """Documents in a pool of `jobs` worker processes (fewer when there are fewer documents), under `limits`;
    documents not in English are tagged only with `any_language`; PDFs are read with `backend`."""

    def run(paths: list[Path]) -> Iterator[dict]:
        if not paths:
            return iter(())
        return _pool_map(paths, out_dir, model, min(jobs, len(paths)), limits, any_language, backend)

    return run


def _pool_map(paths: list[Path], out_dir: Path, model: str | None, jobs: int, limits: Limits,
              any_language: bool, backend: str) -> Iterator[dict]:
    """Results as they finish, with at most IN_FLIGHT_PER_WORKER documents per worker handed out at a time.

    Workers are forked from a fork server that holds no pipeline, threads or open files of this process, so each
    starts small under its memory cap; on any exit, Ctrl-C included, the pool is stopped, and since every write
    is atomic a stopped worker leaves no half-written file.
    """
    pool = ProcessPool(
        max_workers=jobs,
        initializer=_start_worker,
        initargs=(model, limits.memory, dict(os.environ)),
        context=_fork_server(),
    )
    pending: dict = {}
    try:
        for path in paths:
            if len(pending) >= IN_FLIGHT_PER_WORKER * jobs:
                yield from _first_finished(pending, limits)
            pending[pool.schedule(_process_in_worker, (path, out_dir, any_language, backend), timeout=limits.timeout)] = path
        while pending:
            yield from _first_finished(pending, limits)
    finally:
        pool.stop()
        pool.join()


def _fork_server():
    """The forkserver start method, its server having imported this module (pdfminer, pandas, pyarrow and the
    pipeline up to the run) once, so a new or replacement worker starts without importing them again."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


def _first_finished(pending: dict, limits: Limits) -> Iterator[dict]:
    """The documents finished by now, in the order they were handed out."""
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    for future in [future for future in pending if future in done]:
        yield _collect(future, pending.pop(future), limits)


def _collect(future, path: Path, limits: Limits) -> dict:
    """A finished document's row, or its failure: the time limit passed, or its worker died under it."""
    error = future.exception()
    if isinstance(error, TimeoutError):
        return failed_row(path, timed_out(limits))
    if isinstance(error, ProcessExpired):
        return failed_row(path, worker_died(error.exitcode))
    return result_or_failure(future, path)
