"""Batch runs: find the inputs, skip what is already done, stream documents through worker processes, sum it up."""

from __future__ import annotations

import gc
import glob
import hashlib
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from pipeline.core.errors import InputError
from pipeline.core.mention import LABELS
from pipeline.core.standoff import AnnFileError
from pipeline.corrections.digests import has_unrecorded_edits
from pipeline.extract.ingest import SUFFIXES
from pipeline.extract.pdf_backends import DEFAULT_PDF_BACKEND
from pipeline.formats.record import document_paths
from pipeline.relations.fingerprint import DeferredExtractor
from pipeline.relations.tables import TABLES, write_tables
from pipeline.run.limits import out_of_memory
from pipeline.run.manifest import ManifestWriter, read_manifest
from pipeline.run.process import (
    STAGES,
    Stages,
    StagesSource,
    process_document,
    should_tag,
)
from pipeline.tagging.stamp import code_hash, model_pipes, pick_model, pipeline_stamp

PACKAGE_CORPUS = Path(__file__).resolve().parent.parent / "corpus"

Engine = Callable[[list[Path]], Iterator[dict]]


def default_corpus() -> Path | None:
    """The corpus/ folder of the current directory, else the one shipped next to the package."""
    for candidate in (Path("corpus"), PACKAGE_CORPUS):
        if candidate.is_dir():
            return candidate
    return None


def discover_inputs(arguments: Iterable[str], out_dir: Path) -> tuple[list[Path], list[str]]:
    """Expand files, folders and globs into sorted, de-duplicated inputs; arguments that name nothing become error lines."""
    found: dict[Path, Path] = {}
    errors = []
    out_dir = Path(out_dir).resolve()
    for argument in arguments:
        matches = _expand(argument, out_dir)
        if not matches:
            errors.append(_unmatched(argument))
        for path in matches:
            found.setdefault(path.resolve(), path)
    return sorted(found.values(), key=lambda p: (p.stem, str(p))), errors


def _expand(argument: str, out_dir: Path) -> list[Path]:
    path = Path(argument)
    if path.is_dir():
        return sorted(
            p for p in path.rglob("*")
            if p.suffix.lower() in SUFFIXES and p.is_file() and out_dir not in p.resolve().parents
        )
    if path.exists() or not glob.has_magic(argument):
        return [path] if path.exists() else []
    return sorted(p for p in map(Path, glob.glob(argument, recursive=True)) if p.is_file())


def _unmatched(argument: str) -> str:
    path = Path(argument)
    if path.is_dir():
        return str(InputError(path, "folder holds no .pdf or .txt files"))
    if glob.has_magic(argument) and not path.exists():
        return str(InputError(path, "pattern matches no files"))
    return str(InputError(path, "no such file or folder"))


def split_collisions(inputs: list[Path]) -> tuple[list[Path], list[str]]:
    """Inputs whose ids (file stems) are unique, and one error line per id that several inputs share."""
    by_id: dict[str, list[Path]] = defaultdict(list)
    for path in inputs:
        by_id[path.stem].append(path)
    unique = [paths[0] for paths in by_id.values() if len(paths) == 1]
    errors = [
        f"{paths[0]}: same document id {doc_id!r} as " + ", ".join(map(str, paths[1:])) + "; rename one of them"
        for doc_id, paths in by_id.items()
        if len(paths) > 1
    ]
    return unique, errors


def file_sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def describe_mode(info: dict) -> str:
    """One line saying which kind of tagging this run does."""
    if info.get("model"):
        return f"mode: statistical model {info['model']} + rules"
    return "mode: rules only (no statistical model)"


def process_one(
    path: Path, out_dir: Path, stages: StagesSource, any_language: bool = False, backend: str = DEFAULT_PDF_BACKEND
) -> dict:
    """One document, with any failure caught and turned into the one line the user sees."""
    try:
        counts = process_document(Path(path), Path(out_dir), stages, any_language, backend)
    except InputError as error:
        return failed_row(path, error.cause if error.path == Path(path) else str(error))  # name an output file at fault
    except MemoryError:
        return failed_row(path, out_of_memory())
    except Exception as error:  # one broken document must not stop the batch
        return failed_row(path, f"unexpected {type(error).__name__}: {error}")
    timings = counts["timings"]
    return {
        "id": Path(path).stem,
        "source": str(path),
        "status": "ok",
        "pages": counts["pages"],
        "words": counts["words"],
        "language": counts["language"],
        "tagged": counts["tagged"],
        "read_by": counts["read_by"],
        **{f"mentions_{label}": counts["mentions"][label] for label in LABELS},
        **{f"seconds_{stage}": round(timings[stage], 4) for stage in STAGES},
        "seconds_total": round(sum(timings.values()), 4),
    }


def failed_row(path: Path, cause: str) -> dict:
    """The row of a document that could not be processed, its cause squeezed onto one line."""
    return {"id": Path(path).stem, "source": str(path), "status": "failed", "error": " ".join(cause.split())}


def result_or_failure(future, path: Path) -> dict:
    """A finished document's row, or a failed row when its worker died or the task never ran."""
    try:
        return future.result()
    except Exception as error:
        return failed_row(path, f"worker failed: {type(error).__name__}: {error}")


def load_batch_pipeline(model: str | None):
    """The tagging pipeline for a long run: loaded once, then frozen out of the garbage collector's reach.

    Its vocabulary, matchers and knowledge base are hundreds of thousands of objects that live as long as
    the process; left in the collector, every collection of a document's short-lived glyphs walks them all.
    """
    from pipeline.tagging.tagger import (
        load_nlp,  # spaCy is slow to import, and a run with nothing to do never needs it
    )

    stages = Stages.around(load_nlp(model))
    gc.freeze()
    return stages


class PipelineOnDemand:
    """A run's Stages, built by the first call of `get`: a process whose documents all fail before tagging (or a run
    whose tables are up to date) never imports spaCy or loads the model."""

    def __init__(self, model: str | None):
        self.model = model
        self.stages: Stages | None = None

    def get(self) -> Stages:
        if self.stages is None:
            self.stages = load_batch_pipeline(self.model)
        return self.stages

    def table_extractor(self):
        """The relation extractor as the corpus tables use it: the model is loaded only if some document's rows must
        be derived afresh (its standoff was edited), never to check that the kept rows are up to date."""
        parsed = "parser" in model_pipes(pick_model(self.model))
        return DeferredExtractor(pipeline_stamp(self.model), parsed, lambda: self.get().relations)


@contextmanager
def batch_pipeline(model: str | None) -> Iterator[PipelineOnDemand]:
    """The pipeline of one run in this process, loaded on demand and unfrozen once the run is over (if it was
    loaded), so that a process that goes on (a test session, a notebook) can still free it."""
    pipeline = PipelineOnDemand(model)
    try:
        yield pipeline
    finally:
        if pipeline.stages is not None:
            gc.unfreeze()


@dataclass
class RunPlan:
    """What a run will do: documents to process and rows carried over for documents already done."""

    todo: list[Path]
    skipped: list[dict]
    stamps: dict[str, dict]


def plan_run(
    inputs: list[Path], out_dir: Path, info: dict, any_language: bool = False, backend: str = DEFAULT_PDF_BACKEND
) -> RunPlan:
    """Skip a document when its input, pipeline version and code, model, rule configuration and PDF backend are unchanged,
    its outputs exist, and it was tagged or not as `any_language` now decides for its language."""
    previous = read_manifest(out_dir)
    stamp = {"pipeline_version": info["version"], "code_hash": code_hash(), "model": info.get("model") or "none",
             "config_hash": info["config_hash"], "pdf_backend": backend}
    todo, skipped, stamps = [], [], {}
    for path in inputs:
        doc_id = path.stem
        stamps[doc_id] = stamp | {"sha256": file_sha256(path), "source": str(path)}
        before = previous.get(doc_id)
        if before is not None and _still_valid(before, stamps[doc_id], out_dir, any_language):
            skipped.append(before | stamps[doc_id] | {"status": "skipped"} | _zero_timings())
        else:
            todo.append(path)
    return RunPlan(todo, skipped, stamps)


STAMP_KEYS = ("sha256", "pipeline_version", "code_hash", "model", "config_hash", "pdf_backend")


def _still_valid(before: dict, stamp: dict, out_dir: Path, any_language: bool) -> bool:
    if before["status"] not in ("ok", "skipped"):
        return False
    if any(before[key] != stamp[key] for key in STAMP_KEYS):
        return False
    tagged = before.get("tagged")
    if pd.isna(tagged) or bool(tagged) != should_tag(row_language(before), any_language):
        return False  # a manifest from before languages were recorded, or the other --language choice
    wanted = {suffix: path for suffix, path in document_paths(out_dir, before["id"]).items()
              if suffix != "ann" or before["tagged"]}
    try:
        return all(path.is_file() for path in wanted.values()) and not has_unrecorded_edits(out_dir, before["id"])
    except InputError:
        return False  # an unreadable record: processing the document again reports it, as that document's failure


def row_language(row: dict) -> str | None:
    """The language a manifest row records; None when the document had too little text to tell."""
    language = row.get("language")
    return None if language is None or pd.isna(language) else language


def _zero_timings() -> dict:
    return {f"seconds_{stage}": 0.0 for stage in (*STAGES, "total")}


@dataclass
class Summary:
    """Totals of a run, added to one document at a time so nothing but counts is kept."""

    processed: int = 0
    skipped: int = 0
    pages: int = 0
    words: int = 0
    mentions: dict = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    seconds: dict = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    failures: list[str] = field(default_factory=list)
    untagged: Counter = field(default_factory=Counter)  # documents extracted but not tagged, by language

    def add(self, row: dict) -> None:
        if row["status"] == "failed":
            self.failures.append(f"{row['source']}: {row['error']}")
            return
        if row["status"] == "skipped":
            self.skipped += 1
        else:
            self.processed += 1
        self.pages += int(row["pages"])
        self.words += int(row["words"])
        if not row.get("tagged", True) and not should_tag(row_language(row), any_language=False):
            self.untagged[row_language(row)] += 1
        for label in LABELS:
            self.mentions[label] += int(row[f"mentions_{label}"])
        for stage in STAGES:
            self.seconds[stage] += float(row[f"seconds_{stage}"])

    @property
    def documents(self) -> int:
        return self.processed + self.skipped + len(self.failures)

    def lines(self, wall_seconds: float) -> list[str]:
        """The end-of-run report, one fact per line."""
        rate = self.processed / wall_seconds if wall_seconds > 0 else 0.0
        return [
            f"documents: {self.documents} ({self.processed} processed, {self.skipped} skipped, {len(self.failures)} failed)",
            f"pages: {self.pages}, words: {self.words}",
            "mentions: " + ", ".join(f"{label} {count}" for label, count in self.mentions.items()),
            *self._untagged_lines(),
            "time per stage (all workers): " + ", ".join(f"{stage} {s:.1f} s" for stage, s in self.seconds.items()),
            f"wall time: {wall_seconds:.1f} s ({rate:.2f} documents/s)",
        ]


    def _untagged_lines(self) -> list[str]:
        if not self.untagged:
            return []
        languages = ", ".join(f"{code} {count}" for code, count in sorted(self.untagged.items()))
        return [f"not tagged: {self.untagged.total()} extracted only, not in English ({languages}); "
                "the rules are English: --language any tags them anyway"]


def remove_stale_temporaries(out_dir: Path) -> None:
    """Delete the temporary files of writes a killed run never finished (atomic writes name them `.<name>.*.tmp`)."""
    for path in Path(out_dir).glob(".*.tmp"):
        path.unlink(missing_ok=True)


def run_batch(plan: RunPlan, out_dir: Path, engine: Engine, on_row: Callable[[dict], None] = lambda row: None) -> Summary:
    """Process the plan's documents through `engine`, recording each in the manifest as it finishes."""
    remove_stale_temporaries(out_dir)
    manifest = ManifestWriter(out_dir)
    summary = Summary()
    for row in plan.skipped:
        manifest.rows[row["id"]] = row
        summary.add(row)
    try:
        for result in engine(plan.todo):
            row = result | plan.stamps[result["id"]]
            manifest.add(row)
            summary.add(row)
            on_row(row)
    finally:
        manifest.flush()
    return summary


def tables_present(out_dir: Path) -> bool:
    """Whether every corpus table exists: if not, even a run with nothing new to tag must build them."""
    return all((Path(out_dir) / f"{name}.parquet").is_file() for name in TABLES)


def refresh_tables(out_dir: Path, extractor: Callable[[], object], changed: bool) -> list[str]:
    """Re-aggregate the corpus relation tables from the per-document frames when a document changed or they are
    missing; returns error lines. `extractor` gives the relation extractor, asked for only when tables are rebuilt."""
    if tables_present(out_dir) and not changed:
        return []
    try:
        write_tables(out_dir, extractor())
    except (InputError, AnnFileError) as error:
        return str(error).splitlines()
    return []
