"""What relation extraction adds to a statistical run: each document run end to end (extract, tag, standoff,
relation rows) with the real relation extractor and with one that derives no rows, in one process. The two arms
alternate document by document and swap order on every pass (without, with; then with, without), so load from
other processes falls on both alike; each document's time is the least of its passes, after a warm-up pass (the
first pass over new words fills the vocabulary). The difference is the cost of the relations (keeping the tagger's
parses, coreference, grammar, surface patterns, rows and their tables); the CPU time spent inside the extractor
itself is measured too, since on a busy machine the difference of two runs is noisy.

    python benchmarks/bench_relations.py [PDF|TXT|DIR ...] [--repeat 3] [--rules-only]

Default inputs: the shipped brief and the development PDFs beside the repository, less the held-out documents and
those without a text layer (their OCR would dilute the share). Target: at most 15% of a statistical run's time.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import tempfile
import time
from pathlib import Path

from pipeline.evaluation.scores import held_out_ids
from pipeline.relations.extractor import RelationExtractor
from pipeline.run.process import Stages, process_document
from pipeline.tagging.tagger import load_nlp, pipeline_info

ROOT = Path(__file__).resolve().parent.parent
BRIEF = ROOT / "corpus" / "cidob-notes-67-algeria-mali.pdf"
REAL_PDFS = ROOT.parent / "shared" / "real-pdfs"
GOLD = ROOT / "annotations" / "gold"
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


def default_inputs() -> list[Path]:
    """The shipped brief and the development PDFs that are not held out."""
    held_out = held_out_ids(GOLD)
    real = sorted(REAL_PDFS.glob("*.pdf")) if REAL_PDFS.is_dir() else []
    return [BRIEF, *(path for path in real if path.stem not in held_out)]


def run_once(path: Path, out: Path, stages: Stages) -> tuple[float, float, dict]:
    """CPU seconds of running one input, those spent inside the relation extractor, and the run's summary. A full
    collection first, so that a collection of the whole heap (a tenth of a second with the model loaded) falls due
    in a run by what that run allocates, not by what the runs before it did."""
    gc.collect()
    TimedRelations.seconds = 0.0
    started = time.process_time()
    summary = process_document(path, out, stages)
    return time.process_time() - started, TimedRelations.seconds, summary


def read_by_ocr(out: Path, doc_id: str) -> bool:
    record = json.loads((out / f"{doc_id}.json").read_text(encoding="utf-8"))
    return "ocr" in record.get("metadata", {})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rules-only", action="store_true")
    args = parser.parse_args()
    paths = inputs(args.paths) if args.paths else default_inputs()
    nlp = load_nlp(None if args.rules_only else "auto")
    info = pipeline_info(nlp)
    arms = {"without": Stages(nlp, NoRelations(nlp)), "with": Stages(nlp, TimedRelations(nlp))}
    least = {path: {"without": float("inf"), "with": float("inf"), "inside": float("inf")} for path in paths}
    pages = {}
    with tempfile.TemporaryDirectory() as warm:  # models, knowledge base, lexicon, vocabulary
        for path in list(paths):
            try:
                summary = run_once(path, Path(warm), arms["with"])[2]
            except Exception as err:  # a broken development file is skipped, as a batch run would
                print(f"  skipped {path.name}: {err}")
                paths.remove(path)
                continue
            pages[path] = summary["pages"]
            if not args.paths and read_by_ocr(Path(warm), summary["id"]):
                paths.remove(path)
    load = os.getloadavg()[0]
    print(f"{len(paths)} inputs ({sum(pages[p] for p in paths)} pages), mode {info['mode']} ({info.get('model')}), "
          f"least of {args.repeat} interleaved passes; load average {load:.1f} at the start")
    for number in range(args.repeat):
        order = ("without", "with") if number % 2 == 0 else ("with", "without")
        for path in paths:
            for arm in order:
                with tempfile.TemporaryDirectory() as out:
                    seconds, inside, _ = run_once(path, Path(out), arms[arm])
                least[path][arm] = min(least[path][arm], seconds)
                if arm == "with":
                    least[path]["inside"] = min(least[path]["inside"], inside)
    print(f"{'input':44} {'pages':>5} {'without':>8} {'with':>8} {'inside':>8} {'share':>6}")
    for path in paths:
        times = least[path]
        print(f"{path.name[:44]:44} {pages[path]:5d} {times['without']:8.2f} {times['with']:8.2f} "
              f"{times['inside']:8.2f} {times['inside'] / times['without']:6.1%}")
    base, full, inside = (sum(least[path][arm] for path in paths) for arm in ("without", "with", "inside"))
    print(f"run without relations: {base:.2f} s CPU")
    print(f"run with relations:    {full:.2f} s CPU, of which {inside:.2f} s inside the relation extractor")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    for name, added in (("difference of the runs", (full - base) / base), ("time inside the extractor", inside / base)):
        print(f"relation extraction adds {added:.1%} of the run by the {name} "
              f"(target ≤ {TARGET:.0%}: {'met' if added <= TARGET else 'missed'})")


if __name__ == "__main__":
    main()
