"""Damaged PDFs through one batch run: does every document end in output or one line, and does memory stay capped?

Makes N mutated copies (bytes flipped, ranges cut or duplicated, truncated, cross-reference table or numbers
damaged; see tests/pdf_mutations.py) of the shipped brief, two small PDFs of the development set (when it is
there) and an uncompressed brief built with reportlab, runs `briefs run -j 2 --rules-only` on them, and prints:
documents ok and failed by cause, tracebacks in the output (target 0), whether the run was killed, every
mutant accounted for in the manifest, and the peak RSS of every process of the run, workers and the programs
they start for OCR included (target: under 2 GB each). With Tesseract installed, mutants that lost their
text layer are OCR'd, as in any run; --without-ocr keeps it off the run's PATH.

    python benchmarks/fuzz_batch.py [--count 200] [--seed 1] [--jobs 2] [--max-memory 2GB] [--timeout 300]
                                    [--work DIR] [--without-ocr] [SOURCE.pdf ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from pdf_mutations import readable_brief, write_mutants  # noqa: E402  (test helpers, shared with the fuzz test)
from process_tree import run_watched  # noqa: E402

from pipeline.run.limits import parse_size  # noqa: E402

DEVELOPMENT_SET = ROOT.parent / "shared" / "real-pdfs"
SMALL_DEVELOPMENT_PDFS = ("us-copyright-office_dmca-summary_1998.pdf", "diis_policy-brief_g20-global-banking-rules_2010.pdf")
MiB = 1024 * 1024


def default_sources(work: Path) -> list[Path]:
    sources = [ROOT / "corpus" / "cidob-notes-67-algeria-mali.pdf"]
    sources += [DEVELOPMENT_SET / name for name in SMALL_DEVELOPMENT_PDFS if (DEVELOPMENT_SET / name).is_file()]
    return sources + [readable_brief(work / "readable-brief.pdf")]


def cause_of(error: str) -> str:
    """A failure's kind: the exception for damaged PDFs and bugs, the message without its detail otherwise."""
    if error.startswith(("damaged PDF: ", "unexpected ")):
        return error.split(":")[0] if error.startswith("unexpected") else ": ".join(error.split(": ")[:2])
    return error.split(" (")[0] if not error.startswith("worker died") else error


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--max-memory", default="2GB")
    parser.add_argument("--timeout", default="300")
    parser.add_argument("--work", type=Path, help="keep the mutants and outputs here (default: a temporary folder)")
    parser.add_argument("--without-ocr", action="store_true", help="keep Tesseract off the run's PATH")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        sources = args.sources or default_sources(work)
        mutants = write_mutants(sources, work / "mutants", args.count, args.seed)
        print(f"mutants: {len(mutants)} (seed {args.seed}) of " + ", ".join(p.name for p in sources))
        return report(run(work, args), mutants, work / "out", parse_size(args.max_memory))


def run(work: Path, args) -> dict:
    command = [sys.executable, "-c", "from pipeline.cli.main import main; main()", "run", str(work / "mutants"),
               "--out", str(work / "out"), "-j", str(args.jobs), "--rules-only",
               "--max-memory", args.max_memory, "--timeout", args.timeout]
    started = time.perf_counter()
    environment = {"PATH": str(Path(sys.executable).parent)} if args.without_ocr else None
    exit_status, stdout, stderr, memory = run_watched(command, work, environment)
    return {"exit": exit_status, "seconds": time.perf_counter() - started, "output": stdout + stderr,
            "peaks": memory.peaks}


def report(result: dict, mutants: list[Path], out: Path, cap: int | None) -> int:
    exit_status, output = result["exit"], result["output"]
    killed = exit_status < 0  # ended by a signal: the OOM killer's, say
    manifest = pd.read_csv(out / "manifest.csv", dtype=str, keep_default_na=False) if (out / "manifest.csv").exists() else None
    rows = {} if manifest is None else dict(zip(manifest["id"], zip(manifest["status"], manifest["error"])))
    ok = [doc for doc, (status, _) in rows.items() if status == "ok"]
    failures = Counter(cause_of(error) for status, error in rows.values() if status == "failed")
    missing = [p.stem for p in mutants if p.stem not in rows]
    without_output = [doc for doc in ok if not (out / f"{doc}.txt").is_file()]
    tracebacks = output.count("Traceback")
    print(f"run: exit status {exit_status}, {'KILLED' if killed else 'not killed'}, {result['seconds']:.1f} s wall")
    print(f"documents: {len(rows)} in the manifest, {len(ok)} ok, {sum(failures.values())} failed")
    for cause, count in failures.most_common():
        print(f"  {count:4d}  {cause}")
    print(f"tracebacks in the output: {tracebacks} (target 0)")
    print(f"mutants without a manifest row: {len(missing)}; ok documents without a .txt: {len(without_output)}")
    peak = max((rss for _, rss in result["peaks"].values()), default=0)
    by_role: dict[str, list[int]] = {}
    for role, rss in result["peaks"].values():
        by_role.setdefault(role, []).append(rss)
    print(f"peak RSS (VmHWM) of every process of the run ({len(result['peaks'])} processes), largest by role:")
    for role, peaks in sorted(by_role.items(), key=lambda item: -max(item[1])):
        print(f"  {role:16s} {len(peaks):4d} process(es), largest {max(peaks) / MiB:7.1f} MiB")
    under = cap is None or peak < cap
    print(f"every process under the {cap / MiB:.0f} MiB cap: {'yes' if under else 'NO'}" if cap else "no memory cap")
    healthy = not killed and tracebacks == 0 and not missing and not without_output and under
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
