"""Batch throughput of `briefs run` on a corpus of varied briefs, against plain pdfminer.six extract_text.

Prints, per PDF backend and tagging mode: documents and pages per second end to end, the ratio to
extract_text over the same files, the speed-up of -j 2 over -j 1, a warm re-run against the cold one,
peak memory per process, and the time 10,000 six-page briefs would take at the -j 2 page rate.
Targets: <=1.5x extract_text rules-only, <=2.5x with the statistical model, -j 2 >=1.7x faster than
-j 1 on two cores, warm re-run <5% of cold, <1 GiB per worker.

    python benchmarks/bench_batch.py [CORPUS_DIR] [--count 200] [--modes rules-only,model]
                                     [--backends pdfminer,pdfium] [--work DIR]
"""

from __future__ import annotations

import argparse
import re
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

MODES = {"rules-only": ["--rules-only"], "model": []}
RATIO_TARGETS = {"rules-only": 1.5, "model": 2.5}  # end to end, as a multiple of extract_text's time
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
        "tables": float(re.search(r"relation tables ([\d.]+) s", output).group(1)),
    }


def bench_mode(
    name: str, backend: str, corpus: Path, work: Path, extract_seconds: float, documents: int, pages: int
) -> None:
    flags = [*MODES[name], "--pdf-backend", backend]
    one = timed_run(corpus, work / f"{backend}-{name}-j1", 1, flags)
    two = timed_run(corpus, work / f"{backend}-{name}-j2", 2, flags)
    warm = timed_run(corpus, work / f"{backend}-{name}-j2", 2, flags)
    print(f"\n[{backend}, {name}] {one['output'].splitlines()[0]}")
    for label, result in (("-j 1 cold", one), ("-j 2 cold", two)):
        s = result["seconds"]
        print(f"  {label}: {s:6.1f} s  {documents / s:5.2f} docs/s  {pages / s:6.2f} pages/s  "
              f"{s / extract_seconds:4.2f}x extract_text (relation tables {result['tables']:.1f} s of it)")
    target = RATIO_TARGETS[name]
    for label, result in (("-j 1", one), ("-j 2", two)):
        ratio = result["seconds"] / extract_seconds
        print(f"  target <= {target}x extract_text at {label}: {'met' if ratio <= target else 'missed'} ({ratio:.2f}x)")
    speed_up = one["seconds"] / two["seconds"]
    print(f"  -j 2 speed-up over -j 1: {speed_up:.2f}x (target >= 1.7x: {'met' if speed_up >= 1.7 else 'missed'})")
    hours = PROJECTED_PAGES / pages * two["seconds"] / 3600
    print(f"  projected for 10,000 six-page briefs at -j 2: {hours:.2f} h (target < 1 h: {'met' if hours < 1 else 'missed'})")
    share = 100 * warm["seconds"] / two["seconds"]
    print(f"  warm re-run (-j 2): {warm['seconds']:.2f} s = {share:.1f}% of cold (target < 5%: {'met' if share < 5 else 'missed'})")
    print(f"  peak RSS: main process {one['main_mib']:.0f} MiB at -j 1; "
          f"main {two['main_mib']:.0f} MiB + largest worker {two['worker_mib']:.0f} MiB at -j 2 "
          f"(target < 1024 MiB per process: {'met' if max(one['main_mib'], two['worker_mib']) < 1024 else 'missed'})")
    print("  summary of the -j 2 cold run:")
    for line in two["output"].splitlines()[1:]:
        print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, help="folder of briefs (default: build a synthetic one)")
    parser.add_argument("--count", type=int, default=200, help="synthetic briefs to build when no corpus is given")
    parser.add_argument("--modes", default="rules-only,model")
    parser.add_argument("--backends", default="pdfminer,pdfium", help="PDF backends to compare (--pdf-backend values)")
    parser.add_argument("--work", type=Path, help="folder for outputs (default: a temporary one, removed at the end)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-batch-"))
    corpus = args.corpus or work / "corpus"
    if args.corpus is None:
        build_corpus(corpus, count=args.count)
    pdfs = sorted(corpus.glob("*.pdf"))
    extract_seconds, pages = baseline(pdfs)
    print(f"corpus: {len(pdfs)} PDFs, {pages} pages in {corpus}; {psutil.cpu_count()} CPUs (shared with other load)")
    print(f"pdfminer.six extract_text, one process: {extract_seconds:.1f} s "
          f"({len(pdfs) / extract_seconds:.2f} docs/s, {pages / extract_seconds:.2f} pages/s)")
    for backend in args.backends.split(","):
        for name in args.modes.split(","):
            for stale in work.glob(f"{backend}-{name}-j*"):
                shutil.rmtree(stale)
            bench_mode(name, backend, corpus, work, extract_seconds, len(pdfs), pages)
    if args.work is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
