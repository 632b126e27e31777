"""Extraction on the development set of real PDFs, measured against pdfminer.six and poppler's pdftotext.

Usage: python benchmarks/bench_real.py [PDF-or-FOLDER ...] [--repeat N] [--examples N]
       (default folder: ../shared/real-pdfs beside the repository; needs `pdftotext`, Debian: poppler-utils)

Per file: pages; CPU seconds of `load_document` and of pdfminer.six `extract_text`, and their ratio; words
kept against pdftotext; junk tokens; ligatures and split words left; what the record says was removed.
Then the totals, and each target as met or missed. Nothing is cached between runs.

How words are compared (bags of tokens, so reading order does not matter):
- Both texts are NFKC-normalised and case-folded, then cut into tokens: runs of letters, runs of digits
  ("agenda1" is "agenda" + "1", so a note marker cut from a word costs only the marker).
- pdftotext's output is the reference, less what is not body text: page furniture (digits ignored, a line
  among the first or last three of its page that recurs so on another page, a lone number there, or a line
  found on half the pages or more, at least three, such as a rotated margin stamp, which we never read),
  the text of every entry of our record's `removals` (pull-quotes, boxes, title blocks, tables, figure
  labels: each taken out of the reference once), and the page text our record moved to its metadata
  (title, author, running header, masthead). A word split by a line-end hyphen in pdftotext's output counts
  as one word or two, whichever our text has, so the hyphen decision itself is neither credited nor blamed.
- Words kept: reference tokens matched by our tokens, with multiplicity, as a share of the reference.
  "aside%" says how much of pdftotext's body text our record's removals and metadata took out of the
  reference: a removal is trusted here, so a rule that removes too much shows there, not in "kept".
- Junk: our tokens that occur nowhere in pdftotext's output (furniture included), as a share of ours:
  words glued together or cut apart by a bad join.
- Ligatures: characters U+FB00–FB06 left in our text. Split words: two of our tokens with one space
  between whose concatenation is a pdftotext token, where pdftotext never has the two side by side, and
  that are not two ordinary words ("for the") unless they join into one or the first is capitalised and
  the second not ("Has sane").
Files OCR'd by us have no text layer for pdfminer or pdftotext to read: their time is shown, but they
count in neither the words nor the CPU ratio.
"""

from __future__ import annotations

import argparse
import gc
import re
import resource
import shutil
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pdfminer.high_level import extract_text

from pipeline.core.errors import InputError
from pipeline.extract.hyphenation import known_words
from pipeline.extract.ingest import load_document
from pipeline.extract.language import detect_language

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT.parent / "shared" / "real-pdfs"
KEPT_TARGET, JUNK_TARGET, CPU_TARGET = 0.97, 0.005, 1.1
TOKEN = re.compile(r"[^\W\d_]+|\d+")
LIGATURE = re.compile("[\ufb00-\ufb06]")
LINE_END_HYPHEN = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]\n\s*([^\W\d_]+)")
EDGE_LINES = 3  # lines at the top and at the bottom of a page where running heads and folios sit
METADATA_FROM_PAGES = ("title", "author", "running_header", "masthead")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def pdftotext(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8", errors="replace")


@dataclass
class Reference:
    """pdftotext's output of one file: the tokens to keep, and every token it has at all."""

    tokens: Counter
    known: set[str]
    pairs: set[tuple[str, str]]
    set_aside: int  # tokens taken out because our record removed them or moved them to its metadata


def reference(text: str, ours: Counter, set_aside: list[str]) -> Reference:
    """pdftotext's tokens less page furniture and what our record set aside; see the module docstring."""
    pages = [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")]
    edges, everywhere = _furniture(pages)
    body = "\n".join(line for page in pages for line in page if not _is_furniture(line, page, edges, everywhere))
    before = Counter(tokens(_resolve_hyphens(body, ours)))
    kept = before - Counter(token for passage in set_aside for token in tokens(passage))
    everything = tokens(_resolve_hyphens(text, ours)) + tokens(LINE_END_HYPHEN.sub(r"\1 \2", text))
    whole = tokens(text)
    return Reference(kept, set(everything), set(zip(whole, whole[1:])), before.total() - kept.total())


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.casefold().split()))


def _is_furniture(line: str, page: list[str], edges: set[str], everywhere: set[str]) -> bool:
    key = _key(line)
    return key in everywhere or (key in edges and (line in page[:EDGE_LINES] or line in page[-EDGE_LINES:]))


def _furniture(pages: list[list[str]]) -> tuple[set[str], set[str]]:
    """Keys of furniture lines: those at a page edge that recur at an edge of another page, or lone numbers
    there; and those found on half the pages or more (at least three) wherever they sit, such as margin stamps."""
    at_edges, anywhere = Counter(), Counter()
    for page in pages:
        at_edges.update({_key(line) for line in page[:EDGE_LINES] + page[-EDGE_LINES:]})
        anywhere.update({_key(line) for line in page})
    edges = {key for key, count in at_edges.items() if count >= 2 or key == "#"}
    return edges, {key for key, count in anywhere.items() if count >= max(3, len(pages) / 2)}


def _resolve_hyphens(text: str, ours: Counter) -> str:
    """'be-\\ntween' as 'between' when our text has that word, else as two words."""
    def resolve(match: re.Match) -> str:
        left, right = match.groups()
        joined = left + right
        return joined if tokens(joined)[0] in ours else f"{left} {right}"

    return LINE_END_HYPHEN.sub(resolve, text)


def split_words(text: str, ref: Reference, dictionary: frozenset[str]) -> list[str]:
    """Our adjacent token pairs that pdftotext has as one word; see the module docstring."""
    found = []
    matches = list(re.finditer(r"[^\W\d_]+", text))
    for left, right in zip(matches, matches[1:]):
        if text[left.end():right.start()] != " ":
            continue
        a, b = left.group().casefold(), right.group().casefold()
        joined = a + b
        if joined not in ref.known or (a, b) in ref.pairs:
            continue
        ordinary = a in dictionary and b in dictionary and joined not in dictionary
        if not ordinary or (left.group()[0].isupper() and right.group()[0].islower()):
            found.append(f"{left.group()} {right.group()}")
    return found


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (OCR runs in a child process)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(function, path: Path, repeat: int):
    """The result of the last call and the least CPU time of `repeat` calls."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        started = cpu_seconds()
        result = function(path)
        best = min(best, cpu_seconds() - started)
    return result, best


@dataclass
class FileResult:
    name: str
    pages: int = 0
    pdfminer: float = 0.0
    ours: float = 0.0
    ocr: bool = False
    reference: int = 0
    set_aside: int = 0
    kept: int = 0
    our_tokens: int = 0
    junk: int = 0
    ligatures: int = 0
    splits: list[str] = field(default_factory=list)
    removed: Counter = field(default_factory=Counter)
    lost_examples: list[str] = field(default_factory=list)
    junk_examples: list[str] = field(default_factory=list)
    error: str = ""


def measure(path: Path, repeat: int, dictionary: frozenset[str]) -> FileResult:
    result = FileResult(path.name)
    try:
        doc, result.ours = timed(load_document, path, repeat)
    except InputError as error:
        result.error = error.cause
        return result
    _, result.pdfminer = timed(extract_text, path, repeat)
    result.pages = doc.metadata.get("pages", 0)
    result.ocr = "ocr" in doc.metadata
    result.removed = Counter(removal.kind for removal in doc.removals)
    result.ligatures = len(LIGATURE.findall(doc.text))
    if result.ocr:
        return result
    ours = Counter(tokens(doc.text))
    set_aside = [removal.text for removal in doc.removals]
    set_aside += [doc.metadata[key] for key in METADATA_FROM_PAGES if isinstance(doc.metadata.get(key), str)]
    ref = reference(pdftotext(path), ours, set_aside)
    result.reference, result.set_aside = ref.tokens.total(), ref.set_aside
    result.kept = sum((ref.tokens & ours).values())
    result.our_tokens = sum(ours.values())
    junk = Counter({token: count for token, count in ours.items() if token not in ref.known})
    result.junk = sum(junk.values())
    result.splits = split_words(unicodedata.normalize("NFKC", doc.text), ref, dictionary)
    result.lost_examples = [token for token, _ in (ref.tokens - ours).most_common(12)]
    result.junk_examples = [token for token, _ in junk.most_common(12)]
    return result


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.2f}" if whole else "     –"


def row(result: FileResult) -> str:
    if result.error:
        return f"{result.name[:44]:44} FAILED: {result.error}"
    ratio = f"{result.ours / result.pdfminer:5.2f}" if result.pdfminer and not result.ocr else "    –"
    removed = ", ".join(f"{kind} {count}" for kind, count in sorted(result.removed.items())) or "–"
    kept = "   OCR" if result.ocr else share(result.kept, result.reference)
    aside = share(result.set_aside, result.reference + result.set_aside)
    return (f"{result.name[:44]:44} {result.pages:3} {result.pdfminer:7.2f} {result.ours:7.2f} {ratio} "
            f"{kept} {share(result.junk, result.our_tokens)} {result.ligatures:4} {len(result.splits):5} {aside}  "
            f"{removed}")


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_SET])
    parser.add_argument("--repeat", type=int, default=1, help="time each file N times and keep the least (default 1)")
    parser.add_argument("--examples", type=int, default=0, help="also print N lost and junk tokens per file")
    arguments = parser.parse_args()
    if shutil.which("pdftotext") is None:
        sys.exit("pdftotext not found: install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils)")
    files = sorted(p for a in arguments.paths for p in (a.glob("*.pdf") if a.is_dir() else [a]))
    if not files:
        sys.exit(f"no PDFs in {', '.join(map(str, arguments.paths))}")
    dictionary = known_words()
    detect_language("a few words to load the language model before any timing " * 3)
    print(f"{'file':44} {'pp':>3} {'pdfmin':>7} {'ours':>7} {'ratio':>5} {'kept%':>6} {'junk%':>6} {'lig':>4} "
          f"{'split':>5} {'aside%':>6}  removed")
    results = []
    for path in files:
        result = measure(path, max(arguments.repeat, 1), dictionary)
        results.append(result)
        print(row(result), flush=True)
        if arguments.examples and not result.error and not result.ocr:
            print(f"    lost: {' '.join(result.lost_examples[:arguments.examples])}")
            print(f"    junk: {' '.join(result.junk_examples[:arguments.examples])}")
            print(f"    split: {' | '.join(result.splits[:arguments.examples])}")
    summarise(results)


def summarise(results: list[FileResult]) -> None:
    done = [r for r in results if not r.error]
    text = [r for r in done if not r.ocr]
    total = FileResult(f"total ({len(done)} of {len(results)} files)", pages=sum(r.pages for r in done))
    total.pdfminer, total.ours = sum(r.pdfminer for r in text), sum(r.ours for r in text)
    for name in ("reference", "set_aside", "kept", "our_tokens", "junk", "ligatures"):
        setattr(total, name, sum(getattr(r, name) for r in done))
    total.splits = [s for r in done for s in r.splits]
    total.removed = sum((r.removed for r in done), Counter())
    print(row(total))
    for r in done:
        if r.ocr:
            print(f"OCR: {r.name}: {r.pages} pages in {r.ours:.1f} s CPU (OCRmyPDF + Tesseract + reading)")
    kept = total.kept / total.reference if total.reference else 0.0
    junk = total.junk / total.our_tokens if total.our_tokens else 1.0
    cpu = total.ours / total.pdfminer if total.pdfminer else float("inf")
    print(f"target every file processed: {len(done)} of {len(results)}: {verdict(len(done) == len(results))}")
    print(f"target words kept >= {KEPT_TARGET:.0%}: {kept:.2%}: {verdict(kept >= KEPT_TARGET)}")
    print(f"target junk tokens <= {JUNK_TARGET:.1%}: {junk:.2%}: {verdict(junk <= JUNK_TARGET)}")
    print(f"target extraction CPU <= {CPU_TARGET}x extract_text (text PDFs): {cpu:.2f}x: {verdict(cpu <= CPU_TARGET)}")


if __name__ == "__main__":
    main()
