"""Damaged copies of PDFs for fuzzing: bytes flipped, ranges cut or duplicated, files truncated, cross-reference
tables and numbers corrupted. Every mutant comes from one seeded random generator, so a failing one can be made again
from its seed and index alone."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Iterator

KINDS = ("flip", "cut", "duplicate", "truncate", "xref", "number")
NUMBER = re.compile(rb"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
XREF_ENTRY = re.compile(rb"\d{10} \d{5} [nf]")
STARTXREF = re.compile(rb"startxref\s+(\d+)")
EXTREMES = (b"0", b"-1", b"1000000000", b"-1000000000", b"99999999999999999999", b"0.000001",
            b"340282366920938463463374607431768211456", b"2147483648", b"65536")


def mutate(data: bytes, rng: random.Random, kind: str) -> bytes:
    """One damaged copy of `data`, damaged the `kind` way."""
    size = len(data)
    if kind == "flip":
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(size)] ^= rng.randint(1, 255)
        return bytes(damaged)
    if kind == "cut":
        start = rng.randrange(size)
        return data[:start] + data[start + rng.randint(1, max(1, size // 10)):]
    if kind == "duplicate":
        start = rng.randrange(size)
        piece = data[start:start + rng.randint(1, max(1, size // 10))]
        at = rng.randrange(size)
        return data[:at] + piece * rng.randint(1, 3) + data[at:]
    if kind == "truncate":
        return data[:rng.randint(16, size - 1)]
    if kind == "xref":
        return _damage_xref(data, rng)
    if kind == "number":
        return _replace_numbers(data, rng)
    raise ValueError(f"unknown mutation {kind!r}")


def _damage_xref(data: bytes, rng: random.Random) -> bytes:
    """Offsets in the cross-reference table or the startxref pointer set wrong (flips where there is no table)."""
    entries = list(XREF_ENTRY.finditer(data))
    pointer = STARTXREF.search(data, max(0, len(data) - 2048))
    if not entries and not pointer:
        return mutate(data, rng, "flip")
    damaged = bytearray(data)
    if pointer and (not entries or rng.random() < 0.3):
        digits = pointer.start(1), pointer.end(1)
        value = str(rng.choice([0, rng.randrange(len(data)), len(data) * 10])).encode()
        return bytes(damaged[:digits[0]]) + value + bytes(damaged[digits[1]:])
    for match in rng.sample(entries, min(len(entries), rng.randint(1, 8))):
        offset = f"{rng.randrange(len(data) * 2):010d}".encode()[-10:]
        damaged[match.start():match.start() + 10] = offset
    return bytes(damaged)


def _replace_numbers(data: bytes, rng: random.Random) -> bytes:
    """Numbers in the readable parts of the file (sizes, counts, coordinates, lengths) set to extremes."""
    numbers = list(NUMBER.finditer(data))
    if not numbers:
        return mutate(data, rng, "flip")
    chosen = sorted(rng.sample(numbers, min(len(numbers), rng.randint(1, 6))), key=lambda m: m.start())
    pieces, last = [], 0
    for match in chosen:
        pieces += [data[last:match.start()], rng.choice(EXTREMES)]
        last = match.end()
    return b"".join(pieces) + data[last:]


def mutants(sources: list[Path], count: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """`count` damaged PDFs named `<index>-<kind>-<source stem>`, the sources and kinds taken in turn."""
    rng = random.Random(seed)
    originals = [(path.stem, path.read_bytes()) for path in sources]
    for index in range(count):
        stem, data = originals[index % len(originals)]
        kind = KINDS[(index // len(originals)) % len(KINDS)]
        yield f"{index:04d}-{kind}-{stem}", mutate(data, rng, kind)


def write_mutants(sources: list[Path], folder: Path, count: int, seed: int) -> list[Path]:
    """Write `mutants(...)` into `folder` as .pdf files; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in mutants(sources, count, seed):
        path = folder / f"{name}.pdf"
        path.write_bytes(data)
        paths.append(path)
    return paths


def readable_brief(path: Path) -> Path:
    """A two-page, two-column brief with a running header, a shaded box, a superscript note marker and its
    footnote, written without stream compression so that mutations reach its coordinates, sizes and text."""
    from pdf_factory import Sheet, running_header, write_pdf

    column = [
        "The river basin has shaped the economy of",
        "the region for centuries, and farmers still",
        "depend on its seasonal floods^1. Water rights",
        "are negotiated between villages every year.",
    ]
    sheets = []
    for number in (1, 2):
        sheet = Sheet()
        running_header(sheet, number)
        sheet.lines(50, 90, column * 3)
        sheet.fill(300, 80, 245, 70)
        sheet.lines(310, 95, ["Upstream dams now threaten this balance,", "because they hold back the floods."],
                    "Helvetica-Bold", 10)
        sheet.lines(310, 200, column[::-1] * 3)
        sheet.lines(50, 780, ["1. Floods come twice a year in the lower basin."], size=7, leading=9)
        sheets.append(sheet)
    return write_pdf(path, sheets, title="Rivers and Borders", compress=False)
