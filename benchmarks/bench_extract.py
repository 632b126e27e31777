"""Time load_document against plain pdfminer.six extract_text on the same PDFs and print the ratio.

Usage: python benchmarks/bench_extract.py [PDF ...]   (defaults: the shipped brief and the test PDFs)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pdfminer.high_level import extract_text

from pipeline.ingest import load_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = [
    ROOT / "corpus" / "cidob-notes-67-algeria-mali.pdf",
    ROOT / "tests" / "data" / "pdfs" / "federal_register_2020_17221_p1-3.pdf",
]
REPEATS = 5


def seconds(function, path: Path) -> float:
    started = time.perf_counter()
    function(path)
    return time.perf_counter() - started


def best_pair(path: Path) -> tuple[float, float]:
    """Fastest of several alternating runs of each, so a busy shared machine disturbs the ratio less."""
    load_document(path)  # warm the word list and imports once
    runs = [(seconds(extract_text, path), seconds(load_document, path)) for _ in range(REPEATS)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def main(paths: list[Path]) -> None:
    total_ours = total_theirs = 0.0
    print(f"{'file':48} {'pdfminer s':>10} {'ours s':>8} {'ratio':>6}")
    for path in paths:
        theirs, ours = best_pair(path)
        total_ours, total_theirs = total_ours + ours, total_theirs + theirs
        print(f"{path.name[:48]:48} {theirs:10.3f} {ours:8.3f} {ours / theirs:6.2f}")
    print(f"{'total':48} {total_theirs:10.3f} {total_ours:8.3f} {total_ours / total_theirs:6.2f}")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or DEFAULTS)
