"""The two PDF backends side by side on the development set: speed, and how far their clean texts agree.

Usage: python benchmarks/bench_backends.py [PDF-or-FOLDER ...] [--repeat N] [--diff N]
       (default folder: ../shared/real-pdfs beside the repository)

Per file: pages; CPU seconds of reading the glyphs with pdfminer.six (`pdf_glyphs.read_pdf`) and with
PDFium (`pdfium_glyphs.read_pdf`), their ratio, and pdfminer.six's own `extract_text`; then the word
agreement of the two clean texts (`load_document` with each backend): words matched in order (difflib over
the word sequences) as a share of the longer text, against the 99.5% target; and each difference, sorted
into a kind that names its cause (see CAUSES). Files without a text layer (OCR'd scans) are timed only.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import time
from collections import Counter
from pathlib import Path

from pdfminer.high_level import extract_text

from pipeline.core.errors import InputError
from pipeline.extract import pdf_glyphs, pdfium_glyphs
from pipeline.extract.ingest import load_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT.parent / "shared" / "real-pdfs"
AGREEMENT_TARGET = 0.995
CAUSES = {
    "unmapped": "a glyph without a Unicode mapping: PDFium gives U+FFFD where pdfminer maps it by glyph name",
    "spacing": "the same letters split into words differently (a glyph advance or soft hyphen read differently)",
    "order": "the same words in another order (lines whose positions differ by hundredths of a point sort apart)",
    "case": "the same word in another case",
    "doubled": "overprinted (fake bold) glyphs kept twice by one backend",
    "insert": "words only PDFium's text has",
    "delete": "words only pdfminer's text has",
    "other": "a different word",
}


def cpu(function, *args, repeat: int = 1):
    """The least CPU time of `repeat` calls, and the last result (an InputError is a result too)."""
    best, result = None, None
    for _ in range(repeat):
        started = time.process_time()
        try:
            result = function(*args)
        except InputError as error:
            result = error
        spent = time.process_time() - started
        best = spent if best is None else min(best, spent)
    return best, result


def clean_text(path: Path, backend: str) -> str | InputError:
    try:
        return load_document(path, backend).text
    except InputError as error:
        return error


def agreement(ours: str, theirs: str) -> tuple[float, list[tuple[str, str, str]]]:
    """Share of words matched in order, and the differing stretches as (tag, pdfminer words, PDFium words)."""
    left, right = ours.split(), theirs.split()
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    differences = [
        (tag, " ".join(left[i1:i2]), " ".join(right[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
    return matched / max(len(left), len(right), 1), differences


def kind(differences: list, tag: str, left: str, right: str) -> str:
    """The kind of one difference (a key of CAUSES)."""
    a, b = left.replace(" ", ""), right.replace(" ", "")
    if tag in ("insert", "delete"):
        moved = left or right
        elsewhere = [r if tag == "delete" else lft for t, lft, r in differences if t != tag]
        return "order" if any(moved in other for other in elsewhere) else tag
    if "\ufffd" in b:
        return "unmapped"
    if a == b:
        return "spacing"
    if a.lower() == b.lower():
        return "case"
    if sorted(left.split()) == sorted(right.split()):
        return "order"
    if len(a) != len(b) and any(ch * 2 in max(a, b, key=len) for ch in set(min(a, b, key=len))):
        return "doubled"
    return "other"


def pdf_files(arguments: list[Path]) -> list[Path]:
    found = []
    for argument in arguments or [DEFAULT_SET]:
        found += sorted(argument.glob("*.pdf")) if argument.is_dir() else [argument]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="time each reader this many times and keep the least")
    parser.add_argument("--diff", type=int, default=3, help="differences listed per file")
    args = parser.parse_args()
    files = pdf_files(args.paths)
    if not files:
        sys.exit(f"no PDF files found (default folder: {DEFAULT_SET})")
    print(f"{'file':52} {'pages':>5} {'pdfminer s':>10} {'pdfium s':>9} {'ratio':>6} {'extract_text s':>14} "
          f"{'words':>6} {'agree %':>9}  differences by kind")
    totals = Counter()
    kinds_total: Counter = Counter()
    missed = []
    for path in files:
        t_miner, miner = cpu(pdf_glyphs.read_pdf, path, repeat=args.repeat)
        t_pdfium, pdfium = cpu(pdfium_glyphs.read_pdf, path, repeat=args.repeat)
        t_plain, _ = cpu(extract_text, str(path), repeat=args.repeat)
        read = next((r for r in (miner, pdfium) if isinstance(r, tuple)), None)
        pages = len(read[0]) if read else 0
        listed = []
        if read is None:
            words, agree, summary = "-", "both fail", ""
        elif not any(page.lines for page in read[0]):
            words, agree, summary = "-", "no text", "(no text layer: OCR, not compared)"
        else:
            text_miner, text_pdfium = clean_text(path, "pdfminer"), clean_text(path, "pdfium")
            if isinstance(text_miner, InputError) or isinstance(text_pdfium, InputError):
                words, agree, summary = "-", "ONE FAILS", f"{text_miner!s:.60} | {text_pdfium!s:.60}"
                missed.append(path.name)
            else:
                score, differences = agreement(text_miner, text_pdfium)
                kinds = Counter(kind(differences, *d) for d in differences)
                kinds_total.update(kinds)
                words = len(text_miner.split())
                agree = "identical" if text_miner == text_pdfium else f"{100 * score:.2f}"
                summary = " ".join(f"{k}:{n}" for k, n in sorted(kinds.items()))
                listed = [(kind(differences, *d), *d) for d in differences[: args.diff]]
                if score < AGREEMENT_TARGET:
                    missed.append(path.name)
        totals.update(pages=pages, miner=t_miner, pdfium=t_pdfium, plain=t_plain)
        ratio = f"{t_miner / t_pdfium:5.1f}x" if t_pdfium else "-"
        print(f"{path.name[:52]:52} {pages:5} {t_miner:10.2f} {t_pdfium:9.2f} {ratio:>6} {t_plain:14.2f} "
              f"{words:>6} {agree:>9}  {summary}")
        for name, _, left, right in listed:
            print(f"    {name:9} pdfminer: {left[:100]!r}\n    {'':9} PDFium:   {right[:100]!r}")
    print(f"{'TOTAL':52} {totals['pages']:5} {totals['miner']:10.2f} {totals['pdfium']:9.2f} "
          f"{totals['miner'] / totals['pdfium']:5.1f}x {totals['plain']:14.2f}")
    print(f"PDFium pages/s (CPU): {totals['pages'] / totals['pdfium']:.1f}; pdfminer glyph reader: "
          f"{totals['pages'] / totals['miner']:.1f}; extract_text: {totals['pages'] / totals['plain']:.1f}")
    print(f"PDFium reader vs extract_text: {totals['plain'] / totals['pdfium']:.1f}x faster (target 10x: "
          f"{'met' if totals['plain'] >= 10 * totals['pdfium'] else 'missed'})")
    print(f"word agreement >= {100 * AGREEMENT_TARGET:.1f}% on every file: "
          + ("met" if not missed else f"missed on {len(missed)}: {', '.join(missed)}"))
    print("differences by kind, all files:")
    for name, count in kinds_total.most_common():
        print(f"  {name:9} {count:3}  {CAUSES[name]}")


if __name__ == "__main__":
    main()
