"""Time load_document against plain pdfminer.six extract_text on the same PDFs and print the ratio.

Usage: python benchmarks/bench_extract.py [PDF-or-FOLDER ...]   (defaults: the shipped brief and the test PDFs)

A folder stands for the PDFs in it: one line each, then a line with the folder's summed times and ratio.
Times are CPU seconds of this process, so other jobs on a shared machine inflate neither side.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pdfminer.high_level import extract_text

from pipeline.extract.ingest import load_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = [
    ROOT / "corpus" / "cidob-notes-67-algeria-mali.pdf",
    ROOT / "tests" / "data" / "pdfs" / "federal_register_2020_17221_p1-3.pdf",
]
REPEATS = 5


def seconds(function, path: Path) -> float:
    started = time.process_time()
    function(path)
    return time.process_time() - started


def best_pair(path: Path) -> tuple[float, float]:
    """Fastest of several alternating runs of each, so a busy shared machine disturbs the ratio less."""
    load_document(path)  # warm the word list and imports once
    runs = [(seconds(extract_text, path), seconds(load_document, path)) for _ in range(REPEATS)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def report(label: str, theirs: float, ours: float) -> None:
    print(f"{label[:48]:48} {theirs:10.3f} {ours:8.3f} {ours / theirs:6.2f}")


def timed_set(paths: list[Path]) -> tuple[float, float]:
    """Each file's line, and the summed (pdfminer, ours) seconds of the set."""
    total_theirs = total_ours = 0.0
    for path in paths:
        theirs, ours = best_pair(path)
        total_theirs, total_ours = total_theirs + theirs, total_ours + ours
        report(path.name, theirs, ours)
    return total_theirs, total_ours


def main(arguments: list[Path]) -> None:
    print(f"{'file':48} {'pdfminer s':>10} {'ours s':>8} {'ratio':>6}")
    total_theirs = total_ours = 0.0
    for argument in arguments:
        pdfs = sorted(argument.glob("*.pdf")) if argument.is_dir() else [argument]
        theirs, ours = timed_set(pdfs)
        if argument.is_dir() and pdfs:
            report(f"folder {argument.name} ({len(pdfs)} PDFs)", theirs, ours)
        total_theirs, total_ours = total_theirs + theirs, total_ours + ours
    if not total_theirs:
        sys.exit("no PDFs to time")
    report("total", total_theirs, total_ours)


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or DEFAULTS)
