"""`briefs run`: the click shell over batch discovery, planning, engines and the summary."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from tqdm import tqdm

from pipeline.extract.pdf_backends import DEFAULT_PDF_BACKEND, PDF_BACKENDS
from pipeline.formats.brat_conf import write_brat_conf
from pipeline.run.batch import (
    Summary,
    batch_pipeline,
    default_corpus,
    describe_mode,
    discover_inputs,
    plan_run,
    refresh_tables,
    run_batch,
    split_collisions,
)
from pipeline.run.limits import DEFAULT_MEMORY, DEFAULT_TIMEOUT, Limits, parse_size
from pipeline.run.local_engine import local_engine
from pipeline.tagging.stamp import pipeline_stamp


@click.command("run")
@click.argument("paths", nargs=-1)
@click.option("--out", "out_dir", default="annotations", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the per-document files and the run manifest.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(min=1),
              help="Documents processed in parallel worker processes.")
@click.option("--model", default="auto", show_default=True, help="spaCy model package, or 'auto' for the best one installed.")
@click.option("--rules-only", is_flag=True, help="Tag with the project's rules alone, without a statistical model.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run in local worker processes or on a Dask distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://HOST:PORT) for --engine dask.")
@click.option("--language", type=click.Choice(["en", "any"]), default="en", show_default=True,
              help="Tag only documents detected as English (the rules are English), or documents in any language.")
@click.option("--pdf-backend", type=click.Choice(PDF_BACKENDS), default=DEFAULT_PDF_BACKEND, show_default=True,
              help="Read PDFs with pdfminer.six (the reference), PDFium (faster), or auto (PDFium, pdfminer for "
                   "files PDFium cannot open).")
@click.option("--max-memory", "memory", default=DEFAULT_MEMORY, show_default=True, envvar="BRIEFS_MAX_MEMORY",
              metavar="SIZE", callback=lambda ctx, param, value: _size(value),
              help="Memory (address space) each worker process may use, e.g. 2GB or 512MB; 0 for no cap. "
                   "A document that needs more fails alone. [env BRIEFS_MAX_MEMORY]")
@click.option("--timeout", default=DEFAULT_TIMEOUT, show_default=True, envvar="BRIEFS_TIMEOUT",
              type=click.FloatRange(min=0), metavar="SECONDS",
              help="Seconds one document may take; 0 for no limit. [env BRIEFS_TIMEOUT]")
def run_command(paths, out_dir, jobs, model, rules_only, engine, scheduler, language, pdf_backend, memory, timeout):
    """Process PDF and .txt briefs (files, folders or globs; default: the corpus/ folder) into OUT.

    Documents whose input and pipeline are unchanged since the last run are skipped, so an
    interrupted run resumes where it stopped. Each document runs in a worker process under the
    memory cap and time limit (local engine). Exit status 1 when any document failed.
    """
    if rules_only and model != "auto":
        raise click.UsageError("--rules-only and --model exclude each other")
    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler tcp://HOST:PORT")
    if not paths:
        corpus = default_corpus()
        if corpus is None:
            raise click.UsageError("no PATH given and no corpus/ folder found")
        paths = (str(corpus),)
    model = None if rules_only else model
    any_language = language == "any"

    inputs, errors = discover_inputs(paths, out_dir)
    inputs, collisions = split_collisions(inputs)
    errors += collisions
    try:
        info = pipeline_stamp(model)
    except OSError as error:
        raise click.BadParameter(str(error), param_hint="--model") from None
    click.echo(describe_mode(info))
    plan = plan_run(inputs, out_dir, info, any_language, pdf_backend)
    click.echo(f"documents: {len(plan.todo)} to process, {len(plan.skipped)} unchanged and skipped")
    with batch_pipeline(model) as pipeline:  # loaded here only to derive the rows of a hand-edited document again
        if engine == "dask":
            from pipeline.run.dask_engine import (
                dask_engine,  # distributed is slow to import; only cluster runs pay for it
            )

            runner = dask_engine(scheduler, out_dir, model, any_language, pdf_backend)
        else:
            runner = local_engine(out_dir, model, jobs, Limits(memory, timeout or None), any_language, pdf_backend)

        started = time.perf_counter()
        summary = _run_with_progress(plan, out_dir, runner)
        tables_started = time.perf_counter()
        table_errors = refresh_tables(out_dir, pipeline.table_extractor, changed=summary.processed > 0)
    write_brat_conf(out_dir)  # so the output folder opens in brat as it is
    summary.seconds["relation tables"] = time.perf_counter() - tables_started
    for line in summary.lines(time.perf_counter() - started):
        click.echo(line)
    failures = errors + sorted(summary.failures) + table_errors  # documents by path, whatever order workers took
    if failures:
        click.echo(f"failed ({len(failures)}):", err=True)
        for line in failures:
            click.echo(line, err=True)
        sys.exit(1)


def _size(value: str) -> int | None:
    try:
        return parse_size(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--max-memory") from None


def _run_with_progress(plan, out_dir: Path, runner) -> Summary:
    """The batch under a progress bar (documents per second, time left); Ctrl-C exits 130 with resumable state."""
    finished = 0
    with tqdm(total=len(plan.todo), unit="doc", disable=None, file=sys.stderr) as bar:

        def advance(row: dict) -> None:
            nonlocal finished
            finished += 1
            bar.update()

        try:
            return run_batch(plan, out_dir, runner, on_row=advance)
        except ConnectionError as error:
            raise click.ClickException(str(error)) from None
        except KeyboardInterrupt:
            bar.close()
            click.echo(f"interrupted after {finished} of {len(plan.todo)} documents; "
                       "run the same command again to resume", err=True)
            sys.exit(130)
