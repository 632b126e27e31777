"""Peak memory of writing the corpus tables (relations, entities, pairs) for N and for `--factor` x N documents.

The documents: `--briefs` synthetic briefs from make_corpus.py run once rules-only, then repeated under new ids
(their .txt, .ann, .json and kept rows copied, the kept rows' document column renamed) up to N (`--count`) and
factor x N, so that a large corpus costs copies, not runs.
Each folder's tables are written in a fresh process, as a rules-only `briefs run` writes them after its
documents; it prints that process's peak RSS before and after writing. Target: the same peak for both sizes
(memory bounded per document, whatever the corpus size).

    python benchmarks/bench_tables.py [--briefs 60] [--count 250] [--factor 4] [--work DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from make_corpus import build_corpus

PARTS = ("relations", "mentions")
SOURCES = ("txt", "ann", "json")
CHILD = """
import resource, sys, time
from pipeline.relations.tables import write_tables
from pipeline.run.batch import PipelineOnDemand
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
counts = write_tables(sys.argv[1], PipelineOnDemand(None).table_extractor())
seconds = time.perf_counter() - started
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
rows = counts["relations"] if isinstance(counts["relations"], int) else len(counts["relations"])
print(f"{rows} {before / 1024:.0f} {after / 1024:.0f} {seconds:.1f}")
"""


def annotated(work: Path, count: int) -> Path:
    """`count` synthetic briefs run rules-only into work/base (kept between runs of this script)."""
    base = work / "base"
    if not (base / "relations.parquet").is_file():
        pdfs = build_corpus(work / "pdfs", count=count, shipped_copies=0)
        subprocess.run([sys.executable, "-c", "from pipeline.cli.main import main; main()", "run", *map(str, pdfs),
                        "--out", str(base), "--rules-only", "-j", "2"], check=True, stdout=subprocess.DEVNULL)
    return base


def renamed(table: pa.Table, doc_id: str) -> pa.Table:
    """The kept rows as if derived for `doc_id`: only the document column changes; the source key stays valid."""
    index = table.schema.get_field_index("document")
    column = pa.array([doc_id] * table.num_rows, type=table.schema.field(index).type)
    return table.set_column(index, table.schema.field(index), column)


def repeated(base: Path, folder: Path, total: int) -> Path:
    """A folder of `total` documents: the base documents over and over, copy k of `doc` named `doc-k`."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ids = sorted(p.stem for p in base.glob("*.ann"))
    for number in range(total):
        source, copy = ids[number % len(ids)], f"{ids[number % len(ids)]}-{number // len(ids):03d}"
        for suffix in SOURCES:
            shutil.copyfile(base / f"{source}.{suffix}", folder / f"{copy}.{suffix}")
        for part in PARTS:
            pq.write_table(renamed(pq.read_table(base / f"{source}.{part}.parquet"), copy),
                           folder / f"{copy}.{part}.parquet")
    return folder


def measure(folder: Path) -> tuple[int, float, float, float]:
    """Relation rows, peak RSS (MiB) before and after writing the tables, and seconds, in a fresh process."""
    output = subprocess.run([sys.executable, "-c", CHILD, str(folder)], check=True, capture_output=True, text=True)
    rows, before, after, seconds = output.stdout.split()
    return int(rows), float(before), float(after), float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=60, help="synthetic briefs run once, then repeated")
    parser.add_argument("--count", type=int, default=250, help="documents N of the smaller folder")
    parser.add_argument("--factor", type=int, default=4, help="the larger folder holds factor x N documents")
    parser.add_argument("--work", type=Path, default=None, help="working folder (default: a temporary one)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-tables-"))
    base = annotated(work, args.briefs)
    print(f"{'documents':>9} {'relation rows':>13} {'RSS before MiB':>14} {'peak RSS MiB':>12} {'seconds':>7}")
    for total in (args.count, args.factor * args.count):
        rows, before, after, seconds = measure(repeated(base, work / f"docs-{total}", total))
        print(f"{total:>9} {rows:>13} {before:>14.0f} {after:>12.0f} {seconds:>7.1f}")


if __name__ == "__main__":
    main()
