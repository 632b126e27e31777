"""Already-extracted text → the same clean document, by text-only means (no positions to go on)."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.core.document import CleanDocument
from pipeline.extract.assemble import Assembler
from pipeline.extract.dedupe import Corpus, said_in
from pipeline.extract.page_model import Block, Glyph, Line
from pipeline.extract.running_heads import PAGE_NUMBER, header_metadata, without_folio
from pipeline.extract.text_patterns import FOOTNOTE_LABEL, ends_sentence

TRAILING_BULLET = re.compile(r"\s*[–—−•▪◦‣●■□]\t\s*$")
LEADING_BULLET = re.compile(r"^\s*[–—−•▪◦‣●■□]\s+")
GLUED_MARKER = re.compile(r"(?<=[^\W\d_]|[.,;:)”’\"»])(?!(?<=\d,)\d{3}(?!\d))(\d{1,3})(?=[\s.,;:)”’\"»]|$)")
SENTENCE_GOES_ON = re.compile(r"\s*$|\s+[A-Z“\"'‘(\[]")  # what follows a marker glued to a sentence's last number


def _decimal_part(text: str, match: re.Match) -> bool:
    """The digits after a number's point or comma are its decimals ("3.1 per cent", "2,5 +4.0"), unless a new
    sentence follows (a marker after a year that ends one: "in 2024.1 The army")."""
    start = match.start()
    return start >= 2 and text[start - 1] in ".," and text[start - 2].isdigit() \
        and SENTENCE_GOES_ON.match(text, match.end()) is None


def clean_text(raw: str, doc_id: str, source: str) -> CleanDocument:
    """The clean document of a plain-text brief."""
    raw_lines = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").split("\n")
    furniture, header = _furniture(raw_lines)
    metadata = header_metadata(header) if header else {}
    kept = [line for i, line in enumerate(raw_lines) if i not in furniture]
    blocks = _blocks(kept, one_per_line=not _wrapped(kept))
    notes = _footnote_blocks(blocks)
    body = _split_insertions([block for block in blocks if block not in notes])
    return Assembler(body, notes).build(doc_id, source, metadata)


def _key(line: str) -> str:
    return " ".join(re.sub(r"\d+", "#", line.lower()).split())


def _furniture(lines: list[str]) -> tuple[set[int], str | None]:
    """Running headers, page numbers and a first-page header: short lines standing alone between blank lines.

    A header repeats verbatim but for its numbers (the page number, dropped from the header kept in the
    metadata when it varies); one printed only once is recognised by its place (the first line) and the
    page number 1 it ends with. Lines inside a paragraph are never taken.
    """
    alone = [
        i
        for i, line in enumerate(lines)
        if line.strip() and len(line.split()) <= 15 and _blank(lines, i - 1) and _blank(lines, i + 1)
    ]
    counts = Counter(_key(lines[i]) for i in alone)
    furniture = {
        i for i in alone if PAGE_NUMBER.match(lines[i]) or (counts[_key(lines[i])] >= 2 and "#" in _key(lines[i]))
    }
    repeated = [lines[i].split() for i in sorted(furniture) if not PAGE_NUMBER.match(lines[i])]
    if repeated:
        folios = {words[-1] for words in repeated}
        header = " ".join(repeated[0])
        return furniture, without_folio(header, repeated[0][-1]) if len(folios) > 1 else header
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first in alone and lines[first].split()[-1] == "1" and not ends_sentence(" ".join(lines[first].split()[:-1])):
        furniture.add(first)
        return furniture, without_folio(" ".join(lines[first].split()), "1")
    return furniture, None


def _blank(lines: list[str], index: int) -> bool:
    return index < 0 or index >= len(lines) or not lines[index].strip()


def _line(text: str) -> Line:
    return Line([Glyph(char, 0.0, 0.0) for char in text.strip()], 0, 0.0, 0.0, 0.0, 0.0, 0.0, "", located=False)


WRAP_WIDTH = 150  # hard-wrapped text breaks its lines well before this (typically at 60-100 characters)


def _wrapped(lines: list[str]) -> bool:
    """Whether the text is hard-wrapped (a paragraph over several lines) rather than one paragraph per line: in
    the second kind a tenth or more of the lines run past any wrapping width."""
    filled = [line for line in lines if line.strip()]
    return sum(len(line) > WRAP_WIDTH for line in filled) * 10 < len(filled)


def _blocks(lines: list[str], one_per_line: bool = False) -> list[Block]:
    """Blocks end at blank lines (and page breaks), at indented lines (a new page or box), at list items, and
    where a sentence ends and the next line goes on in lower case (inserted box text ends there); in unwrapped
    text (`one_per_line`) at every line."""
    blocks: list[Block] = []
    start_new = True
    for text in lines:
        if not text.strip():
            start_new = True
            continue
        bullet = TRAILING_BULLET.search(text) or LEADING_BULLET.match(text)
        if bullet:
            text = text[: bullet.start()] + text[bullet.end() :]
        inserted_end = bool(blocks) and _full_stop(blocks[-1].lines[-1].text) and text.lstrip()[:1].islower()
        if start_new or bullet or text[:1].isspace() or inserted_end:
            blocks.append(Block([], item=bool(bullet)))
        blocks[-1].lines.append(_line(text))
        start_new = one_per_line
    return [block for block in blocks if block.lines]


def _full_stop(text: str) -> bool:
    """A sentence ended by . ! ? (not a colon or semicolon, after which a lower-case line carries on)."""
    return ends_sentence(text) and text.rstrip(" ”’\"')]»")[-1:] in ".!?…"


def _split_insertions(blocks: list[Block]) -> list[Block]:
    """Cut a block where a repeated passage (box or quote text set without a blank line) begins or ends.

    The cut is made at a capitalised line when the part on one side of it occurs elsewhere, sentence by
    sentence, and the other part does not: the copy can then be dropped and nothing said once is lost.
    """
    corpus = Corpus([_joined(block.lines) for block in blocks])
    result: list[Block] = []
    for index, block in enumerate(blocks):
        others = corpus.stream({index})
        lines, k, item = block.lines, 1, block.item
        while k < len(lines):
            if lines[k].text[:1].isupper() and _mixed(_joined(lines[:k]), _joined(lines[k:]), others):
                result.append(Block(lines[:k], item=item))
                lines, k, item = lines[k:], 1, False
                continue
            k += 1
        result.append(Block(lines, item=item))
    return result


def _mixed(head: str, tail: str, others: list[str]) -> bool:
    """A copy running on after an unfinished sentence, or a copy followed by new text once its sentence ended."""
    if ends_sentence(head.rstrip()):
        return said_in(head, others) and not said_in(tail, others)
    return said_in(tail, others) and not said_in(head, others)


def _joined(lines: list[Line]) -> str:
    """Lines as one string without note markers, a line-end hyphen glued to the next line so words compare whole."""
    texts = ["".join(g.char for g in ln.glyphs if not g.raised) for ln in lines]
    return "".join(text + ("" if text.endswith(("-", "‐")) else " ") for text in texts)


def _footnote_blocks(blocks: list[Block]) -> list[Block]:
    """Blocks opening with "n. " whose number n is cited, in sequence, by a marker glued to a body word."""
    labelled = {}
    for block in blocks:
        label = FOOTNOTE_LABEL.match(block.lines[0].text)
        if label and label.group(0).rstrip().endswith("."):
            labelled.setdefault(int(label.group(1)), block)
    expected = 1
    found = []
    for block in blocks:
        if block in labelled.values():
            continue
        for line in block.lines:
            text = line.text
            for match in GLUED_MARKER.finditer(text):
                if int(match.group(1)) == expected and expected in labelled and not _decimal_part(text, match):
                    for i in range(match.start(), match.end()):
                        line.glyphs[i] = Glyph(text[i], 0.0, 0.0, raised=True)
                    found.append(labelled[expected])
                    expected += 1
    return found
