"""What relation extraction adds to a run: each document run end to end (extract, tag, standoff, relation rows) with
the real relation extractor and with one that derives no rows, in one process, best of N; the difference is the
cost of the relations (keeping the tagger's parses, coreference, grammar, surface patterns, rows and their tables).

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
    with_relations = Stages(nlp, RelationExtractor(nlp))
    without = Stages(nlp, NoRelations(nlp))
    run_seconds(paths[:1], with_relations, 1)  # warm-up: models, knowledge base, lexicon
    base = run_seconds(paths, without, args.repeat)
    full = run_seconds(paths, with_relations, args.repeat)
    added = (full - base) / base
    print(f"run without relations: {base:.2f} s CPU")
    print(f"run with relations:    {full:.2f} s CPU")
    print(f"relation extraction adds {full - base:.2f} s = {added:.1%} of the run "
          f"(target ≤ {TARGET:.0%}: {'met' if added <= TARGET else 'missed'})")


if __name__ == "__main__":
    main()
