"""Batch throughput of `briefs run` per PDF backend and tagging mode, against plain pdfminer.six extract_text.

The corpus: `--count` synthetic briefs from make_corpus.py plus the real PDFs of `--real` (the development set
beside the repository, linked in, never copied into it). For each backend and mode, one run prints: pages per
second end to end at -j 2, the ratio of its wall time to extract_text's over the same files (one process),
the speed-up of -j 2 over -j 1 (both on the first `--speedup-docs` files, so the -j 1 run stays short), a
warm re-run against the cold one, peak memory per process, and the time 10,000 six-page briefs would take at
the -j 2 page rate. Targets: <=0.3x extract_text rules-only, <=0.8x with the statistical model, -j 2 >=1.7x
faster than -j 1 on two cores, warm re-run <5% of cold, <=600 MiB per worker, 10,000 briefs in under an hour.

    python benchmarks/bench_batch.py [--count 1000] [--real DIR] [--modes rules-only,model]
                                     [--backends pdfminer,pdfium] [--speedup-docs 100] [--work DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from make_corpus import build_corpus
from pdfminer.high_level import extract_text
from pdfminer.pdfpage import PDFPage

ROOT = Path(__file__).resolve().parents[1]
REAL_PDFS = ROOT.parent / "shared" / "real-pdfs"
MODES = {"rules-only": ["--rules-only"], "model": []}
RATIO_TARGETS = {"rules-only": 0.3, "model": 0.8}  # -j 2 wall time end to end, as a multiple of extract_text's
WORKER_TARGET_MIB = 600
MiB = 1024 * 1024
PROJECTED_PAGES = 10_000 * 6  # the archive the projection is for: ten thousand six-page briefs


def baseline(pdfs: list[Path]) -> tuple[float, int]:
    """Seconds for pdfminer's extract_text over every file in one process, and the total page count."""
    started = time.perf_counter()
    for pdf in pdfs:
        extract_text(str(pdf))
    seconds = time.perf_counter() - started
    pages = 0
    for pdf in pdfs:
        with open(pdf, "rb") as handle:
            pages += sum(1 for _ in PDFPage.get_pages(handle))
    return seconds, pages


def timed_run(corpus: Path, out: Path, jobs: int, flags: list[str]) -> dict:
    """One `briefs run` in a child process: wall seconds, its summary lines, and peak RSS per process (MiB)."""
    command = [sys.executable, "-c", "from pipeline.cli.main import main; main()", "run", str(corpus),
               "--out", str(out), "-j", str(jobs), *flags]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peaks: dict[int, int] = {}
    watched = psutil.Process(child.pid)
    while child.poll() is None:
        try:
            for process in [watched, *watched.children(recursive=True)]:
                peaks[process.pid] = max(peaks.get(process.pid, 0), process.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    output = child.stdout.read()
    if child.returncode not in (0, 1):
        raise SystemExit(f"briefs run failed ({child.returncode}):\n{output}")
    main_peak = peaks.pop(child.pid, 0)
    return {
        "seconds": seconds,
        "output": output,
        "main_mib": main_peak / MiB,
        "worker_mib": max(peaks.values(), default=0) / MiB,
    }


def linked(files: list[Path], folder: Path) -> Path:
    """A folder of symbolic links to `files` (a subset of the corpus to run on its own)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in files:
        link = folder / path.name
        if not link.exists():
            link.symlink_to(path.resolve())
    return folder


def bench_mode(name: str, backend: str, corpus: Path, subset: Path, work: Path, extract_seconds: float,
               documents: int, pages: int) -> None:
    flags = [*MODES[name], "--pdf-backend", backend]
    two = timed_run(corpus, work / f"{backend}-{name}-all", 2, flags)
    warm = timed_run(corpus, work / f"{backend}-{name}-all", 2, flags)
    small_one = timed_run(subset, work / f"{backend}-{name}-subset-j1", 1, flags)
    small_two = timed_run(subset, work / f"{backend}-{name}-subset-j2", 2, flags)
    seconds = two["seconds"]
    ratio = seconds / extract_seconds
    target = RATIO_TARGETS[name]
    print(f"\n[{backend}, {name}] {two['output'].splitlines()[0]}")
    print(f"  -j 2 cold: {seconds:6.1f} s  {documents / seconds:5.2f} docs/s  {pages / seconds:6.2f} pages/s  "
          f"{ratio:4.2f}x extract_text (target <= {target}x: {'met' if ratio <= target else 'missed'})")
    speed_up = small_one["seconds"] / small_two["seconds"]
    print(f"  -j 2 speed-up over -j 1 on {subset.name}: {small_one['seconds']:.1f} s / {small_two['seconds']:.1f} s = "
          f"{speed_up:.2f}x (target >= 1.7x: {'met' if speed_up >= 1.7 else 'missed'})")
    hours = PROJECTED_PAGES / pages * seconds / 3600
    print(f"  projected for 10,000 six-page briefs at -j 2: {hours:.2f} h (target < 1 h: {'met' if hours < 1 else 'missed'})")
    share = 100 * warm["seconds"] / seconds
    print(f"  warm re-run (-j 2): {warm['seconds']:.2f} s = {share:.1f}% of cold (target < 5%: {'met' if share < 5 else 'missed'})")
    worker = max(two["worker_mib"], small_one["worker_mib"])
    print(f"  peak RSS: largest worker {worker:.0f} MiB (target <= {WORKER_TARGET_MIB} MiB: "
          f"{'met' if worker <= WORKER_TARGET_MIB else 'missed'}); main process {two['main_mib']:.0f} MiB at -j 2")
    print("  summary of the -j 2 cold run:")
    for line in two["output"].splitlines()[1:]:
        print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="synthetic briefs to build")
    parser.add_argument("--real", type=Path, default=REAL_PDFS, help="folder of real PDFs to add (none if missing)")
    parser.add_argument("--modes", default="rules-only,model")
    parser.add_argument("--backends", default="pdfminer,pdfium", help="PDF backends to compare (--pdf-backend values)")
    parser.add_argument("--speedup-docs", type=int, default=100, help="files run at -j 1 and -j 2 for the speed-up")
    parser.add_argument("--work", type=Path, help="folder for the corpus and outputs (default: a temporary one, removed)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-batch-"))
    corpus = work / "corpus"
    build_corpus(corpus, count=args.count)
    real = sorted(args.real.glob("*.pdf")) if args.real.is_dir() else []
    linked(real, corpus)
    pdfs = sorted(corpus.glob("*.pdf"))
    subset = linked(pdfs[:: max(len(pdfs) // args.speedup_docs, 1)][: args.speedup_docs], work / "subset")
    extract_seconds, pages = baseline(pdfs)
    print(f"corpus: {len(pdfs)} PDFs ({len(real)} real), {pages} pages in {corpus}; "
          f"{psutil.cpu_count()} CPUs (shared with other load)")
    print(f"pdfminer.six extract_text, one process: {extract_seconds:.1f} s "
          f"({len(pdfs) / extract_seconds:.2f} docs/s, {pages / extract_seconds:.2f} pages/s)")
    for backend in args.backends.split(","):
        for name in args.modes.split(","):
            for stale in work.glob(f"{backend}-{name}-*"):
                shutil.rmtree(stale)
            bench_mode(name, backend, corpus, subset, work, extract_seconds, len(pdfs), pages)
    if args.work is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
