"""What relation extraction adds to a run: each document run end to end (extract, tag, standoff, relation rows) with
the real relation extractor and with one that derives no rows, in one process, best of N after a warm-up pass (the
first pass over new words fills the vocabulary); the difference is the cost of the relations (keeping the tagger's
parses, coreference, grammar, surface patterns, rows and their tables). The CPU time spent inside the extractor
itself is measured too, since on a busy machine the difference of two runs is noisy.

    python benchmarks/bench_relations.py [PDF|TXT|DIR ...] [--repeat 3] [--rules-only]

Target: at most 15% of a statistical run's time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from pipeline.relations.extractor import RelationExtractor
from pipeline.run.process import Stages, process_document
from pipeline.tagging.tagger import load_nlp, pipeline_info

BRIEF = Path(__file__).resolve().parent.parent / "corpus" / "cidob-notes-67-algeria-mali.pdf"
TARGET = 0.15


class TimedRelations(RelationExtractor):
    """The real extractor, adding up the CPU time of keeping parses and deriving rows."""

    seconds = 0.0

    def collector(self, parses: list):
        keep = super().collector(parses)
        if keep is None:
            return None

        def timed(offset, parsed):
            started = time.process_time()
            keep(offset, parsed)
            TimedRelations.seconds += time.process_time() - started

        return timed

    def extract(self, document, parses=None):
        started = time.process_time()
        try:
            return super().extract(document, parses)
        finally:
            TimedRelations.seconds += time.process_time() - started


class NoRelations(RelationExtractor):
    """Derives no rows and keeps no parses: the run without relation extraction."""

    def collector(self, parses: list):
        return None

    def extract(self, document, parses=None):
        return [], []


def inputs(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        found += sorted(p for p in path.rglob("*") if p.suffix in (".pdf", ".txt")) if path.is_dir() else [path]
    return found


def run_seconds(paths: list[Path], stages: Stages, repeat: int) -> float:
    """Best of `repeat` CPU seconds for running every input into a fresh folder."""
    best = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as out:
            started = time.process_time()
            for path in paths:
                try:
                    process_document(path, Path(out), stages)
                except Exception as err:  # a broken development file is skipped, as a batch run would
                    print(f"  skipped {path.name}: {err}")
            best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[BRIEF])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rules-only", action="store_true")
    args = parser.parse_args()
    paths = inputs(args.paths)
    nlp = load_nlp(None if args.rules_only else "auto")
    info = pipeline_info(nlp)
    print(f"{len(paths)} inputs, mode {info['mode']} ({info.get('model')}), best of {args.repeat}")
    with_relations = Stages(nlp, TimedRelations(nlp))
    without = Stages(nlp, NoRelations(nlp))
    run_seconds(paths, with_relations, 1)  # warm-up: models, knowledge base, lexicon, vocabulary
    base, full, inside = float("inf"), float("inf"), float("inf")
    for _ in range(args.repeat):  # interleaved, so both see the same machine
        base = min(base, run_seconds(paths, without, 1))
        TimedRelations.seconds = 0.0
        full = min(full, run_seconds(paths, with_relations, 1))
        inside = min(inside, TimedRelations.seconds)
    print(f"run without relations: {base:.2f} s CPU")
    print(f"run with relations:    {full:.2f} s CPU, of which {inside:.2f} s inside the relation extractor")
    for name, added in (("difference of the runs", (full - base) / base), ("time inside the extractor", inside / base)):
        print(f"relation extraction adds {added:.1%} of the run by the {name} "
              f"(target ≤ {TARGET:.0%}: {'met' if added <= TARGET else 'missed'})")


if __name__ == "__main__":
    main()
