"""Words per second of the tagging stage, with and without the statistical model, through nlp.pipe: by the wall
clock, and by the process's CPU time (the best of the repeats), which other work on a shared machine disturbs less.

    python benchmarks/bench_tagging.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.extract.ingest import load_document
from pipeline.tagging.tagger import load_nlp, pipeline_info, tag_document

BRIEF = Path(__file__).resolve().parent.parent / "corpus" / "cidob-notes-67-algeria-mali.pdf"


def words_per_second(nlp, doc, repeat: int) -> tuple[float, float, int]:
    """Tag the document `repeat` times (after one warm-up run): words per second over all runs by the wall clock,
    and in the fastest run by CPU time."""
    tag_document(nlp, doc)
    words = len(doc.text.split())
    started, fastest = time.perf_counter(), float("inf")
    for _ in range(repeat):
        cpu = time.process_time()
        mentions = tag_document(nlp, doc)
        fastest = min(fastest, time.process_time() - cpu)
    return words * repeat / (time.perf_counter() - started), words / fastest, len(mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("pdf", nargs="?", type=Path, default=BRIEF)
    args = parser.parse_args()
    doc = load_document(args.pdf)
    print(f"document: {args.pdf.name}, {len(doc.text.split())} words, {len(doc.paragraphs)} paragraphs, x{args.repeat}")
    for model in ("auto", None):
        started = time.perf_counter()
        nlp = load_nlp(model)
        loaded = time.perf_counter() - started
        rate, cpu_rate, count = words_per_second(nlp, doc, args.repeat)
        info = pipeline_info(nlp)
        print(f"{info['mode']:<12} {info['model'] or '-':<30} load {loaded:5.1f} s  {rate:8.0f} words/s  "
              f"{cpu_rate:8.0f} words/CPU-s  {count} mentions")


if __name__ == "__main__":
    main()
