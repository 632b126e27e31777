"""Blocks in reading order → the clean document: copies removed, paragraphs joined, footnotes last.

Shared by PDF and plain-text input: both arrive here as blocks of lines, so they are cleaned alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import is_

from .dedupe import find_copies, kept_offsets
from .document import CleanDocument, Footnote, LineRun, Provenance, Removal
from .hyphenation import LINE_BREAK_HYPHENS, HyphenJudge, split_word_ends
from .layout import Block, Line

LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
MARKER_CHARS = frozenset("0123456789*†‡§")
LIST_MARKER = re.compile(r"^[–—−•▪◦‣●■□·*-]\s+")
FOOTNOTE_LABEL = re.compile(r"^(\d{1,3})(?:[.)]\s*|\s+)(?=\S)")
TERMINAL = re.compile(r"[.!?:;…][”’\"')\]»]*$")
ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:etc|vs|cf|al|approx|incl|no|vol|pp?)\.)$", re.I)
OPEN_ENDINGS = frozenset(
    "a an the of to in on at by for from with and or but nor as that which who whose whom its their his her our "
    "your this these those than into onto upon between among within without about".split()
)

OPEN_LENGTH = 12  # words: an unpunctuated paragraph this long was cut, not a heading

Box = tuple  # (page, top, bottom, x0, x1)


@dataclass
class Rendered:
    """Text of a block or paragraph, one entry per character: box (or None) and marker id (or None)."""

    chars: list[str] = field(default_factory=list)
    boxes: list[Box | None] = field(default_factory=list)
    markers: list[int | None] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.chars)

    @property
    def plain(self) -> str:
        """The text without note markers, as a reader sees the sentence."""
        return "".join(compress(self.chars, map(is_, self.markers, repeat(None))))

    def head(self, count: int) -> str:
        """The first characters of the text, without joining all of it (every entry holds at least one)."""
        return "".join(self.chars[:count])[:count]

    def tail(self, count: int) -> str:
        """The last characters of the text, without joining all of it: paragraphs grow line by line."""
        return "".join(self.chars[-count:])[-count:]

    def plain_end(self, count: int = 200) -> str:
        """The last characters of the plain text: enough to judge how a paragraph ends."""
        return "".join(compress(self.chars[-count:], map(is_, self.markers[-count:], repeat(None))))

    def add(self, char: str, box: Box | None = None, marker: int | None = None) -> None:
        if char.isspace():
            if not self.chars or self.chars[-1] == " ":
                return
            char = " "
        if char in LIGATURES:
            for i, piece in enumerate(LIGATURES[char]):
                self.chars.append(piece)
                self.boxes.append(_slice(box, i, len(LIGATURES[char])))
                self.markers.append(marker)
            return
        self.chars.append(char)
        self.boxes.append(box)
        self.markers.append(marker)

    def strip(self) -> None:
        while self.chars and self.chars[-1] == " ":
            self.pop()

    def pop(self) -> None:
        self.chars.pop()
        self.boxes.pop()
        self.markers.pop()

    def extend(self, other: Rendered, judge: HyphenJudge) -> None:
        """Append another line or block, repairing a hyphen the break split a word with."""
        self.strip()
        if self.chars and other.chars:
            ends = split_word_ends(self.tail(60), other.head(60))
            if ends and self.chars[-1] in LINE_BREAK_HYPHENS:
                if self.chars[-1] == "\u00ad" or judge.joins(*ends):
                    self.pop()
            elif not _glued_break(self.tail(2), other.chars[0]):
                self.add(" ")
        self.chars += other.chars
        self.boxes += other.boxes
        self.markers += other.markers


def _glued_break(end: str, following: str) -> bool:
    """A URL broken after a slash, or a number broken after a dash ("M–" / "30"), rejoins without a space."""
    return (
        end.endswith("/")
        and not end.startswith(" ")
        or (end[-1:] in "–-‐" and end[:1].isalnum() and following.isdigit())
    )


def _slice(box: Box | None, index: int, count: int) -> Box | None:
    """The share of a glyph's box that one letter of its expansion gets ("ﬁ" → "f", "i")."""
    if box is None:
        return box
    page, top, bottom, x0, x1 = box
    step = (x1 - x0) / count
    return page, top, bottom, x0 + index * step, x0 + (index + 1) * step


class Assembler:
    """Holds the document-wide evidence (hyphenation, marker numbering) while blocks are rendered."""

    def __init__(self, blocks: list[Block], footnote_blocks: list[Block]):
        self.blocks = blocks
        self.footnote_blocks = footnote_blocks
        self.judge = HyphenJudge([line.text for block in blocks + footnote_blocks for line in block.lines])
        self.next_marker = 0

    def render_line(self, line: Line, first: bool) -> Rendered:
        out = Rendered()
        marker = None
        glyphs = line.glyphs
        if first and LIST_MARKER.match(line.text):
            glyphs = glyphs[LIST_MARKER.match(line.text).end() :]
        last = max((i for i, g in enumerate(glyphs) if not g.char.isspace()), default=-1)
        page, top, bottom, located, add = line.page, line.top, line.bottom, line.located, out.add
        for index, (char, x0, x1, raised) in enumerate(glyphs):
            if unicodedata.category(char) == "Cf" and not (char == "\u00ad" and index == last):
                continue  # zero-width and soft-hyphen characters, but for a soft hyphen ending the line
            box = (page, top, bottom, x0, x1) if located else None
            if raised and char in MARKER_CHARS:
                if marker is None:
                    self.next_marker += 1
                    marker = self.next_marker
                add(char, box, marker)
            else:
                marker = None
                add(char, box)
        out.strip()
        return out

    def render_block(self, block: Block) -> Rendered:
        out = Rendered()
        for index, line in enumerate(block.lines):
            out.extend(self.render_line(line, index == 0), self.judge)
        return out

    def build(self, doc_id: str, source: str, metadata: dict) -> CleanDocument:
        rendered = [self.render_block(block) for block in self.blocks]
        scores = [aside_score(self.blocks, rendered, i) for i in range(len(rendered))]
        eligible = [score > 0 or not block.lines[0].located for score, block in zip(scores, self.blocks)]
        copies = find_copies([r.plain for r in rendered], scores, eligible)
        kept = [i for i in range(len(rendered)) if i not in copies]
        paragraphs = join_flow([(self.blocks[i], rendered[i]) for i in kept], self.judge)
        notes = self.render_footnotes()
        text, spans, runs, refs = _concatenate(paragraphs, notes)
        footnotes = [
            Footnote(number, start, end, tuple(refs.get(number, ())))
            for (number, _), (start, end) in zip(notes, spans[len(paragraphs) :])
        ]
        removed = sorted(copies)
        removals = [
            Removal(
                "summary-box" if self.blocks[i].boxed or {i - 1, i + 1} & copies else "pull-quote",
                rendered[i].plain,
                self.blocks[i].page if self.blocks[i].lines[0].located else None,
                _rounded(self.blocks[i].bbox) if self.blocks[i].lines[0].located else None,
                offset,
            )
            for i, offset in zip(removed, kept_offsets([rendered[i].plain for i in removed], text))
        ]
        return CleanDocument(doc_id, source, text, spans, footnotes, removals, metadata, Provenance(runs))

    def render_footnotes(self) -> list[tuple[int, Rendered]]:
        """Footnote blocks split where a line opens with a higher number, labelled like the first note."""
        notes: list[tuple[int, Rendered]] = []
        style = None
        for block in self.footnote_blocks:
            for line in block.lines:
                rendered = self.render_line(line, False)
                number, length, form = _footnote_label(line, rendered.text)
                rendered.markers = [None] * len(rendered.chars)
                if number is not None and (not notes or (form == style and number > notes[-1][0])):
                    notes.append((number, _drop_prefix(rendered, length)))
                    style = form
                elif notes:
                    notes[-1][1].extend(rendered, self.judge)
        return notes


def _footnote_label(line: Line, text: str) -> tuple[int | None, int, str]:
    """The number a footnote line opens with, the characters its label takes, and the label's form.

    Forms: "raised" (a superscript number), "." or ")" after the number, or " " for a bare number.
    """
    raised = 0
    while raised < len(line.glyphs) and line.glyphs[raised].raised and line.glyphs[raised].char.isdigit():
        raised += 1
    if raised:
        return int(text[:raised]), raised + (text[raised : raised + 1] == " "), "raised"
    label = FOOTNOTE_LABEL.match(text)
    if not label:
        return None, 0, ""
    return int(label.group(1)), label.end(), label.group(0)[len(label.group(1))]


def _drop_prefix(rendered: Rendered, count: int) -> Rendered:
    return Rendered(rendered.chars[count:], rendered.boxes[count:], rendered.markers[count:])


def _rounded(bbox: tuple) -> tuple:
    return tuple(round(v, 2) for v in bbox)


def aside_score(blocks: list[Block], rendered: list[Rendered], index: int) -> float:
    """How much a block looks set apart from the argument: boxed, styled unlike the body, or cutting a sentence."""
    block = blocks[index]
    score = 2.0 * block.boxed + 2.0 * block.framed + 2.0 * (block.kind == "aside")
    before = (
        next((r for b, r in zip(blocks[index - 1 :: -1], rendered[index - 1 :: -1]) if b.kind == "body"), None)
        if index
        else None
    )
    if before is not None and before.plain and not ends_sentence(before.plain):
        score += 1
    neighbours = [blocks[j] for j in (index - 1, index + 1) if 0 <= j < len(blocks)]
    score += 0.5 * sum(n.kind == block.kind != "body" for n in neighbours)
    return score


def ends_sentence(text: str) -> bool:
    """Closing punctuation that is not the dot of an abbreviation ("i.e.", "etc.")."""
    return bool(TERMINAL.search(text)) and not ABBREVIATION.search(text)


def is_open(text: str) -> bool:
    """A paragraph that stops mid-sentence: a dangling hyphen, comma or function word, or a long one unpunctuated.

    Short unpunctuated lines are headings and stay closed.
    """
    text = text.rstrip()
    if not text:
        return False
    if text[-1] in LINE_BREAK_HYPHENS or text[-1] == ",":
        return True
    if ends_sentence(text):
        return False
    last = re.findall(r"\w+", text[-30:])
    return bool(last) and (last[-1].lower() in OPEN_ENDINGS or len(text.split()) >= OPEN_LENGTH)


def continues(previous: str, following: str) -> bool:
    """Whether `following` carries on the sentence that `previous` left unfinished."""
    if not previous or not following:
        return False
    if previous.rstrip()[-1] in LINE_BREAK_HYPHENS and following[:1].isalpha():
        return True
    if previous.rstrip()[-1] in ":;" and following[:1].islower():
        return True
    if ends_sentence(previous.rstrip()):
        return False
    return following[:1].islower() or is_open(previous)


def join_flow(blocks: list[tuple[Block, Rendered]], judge: HyphenJudge) -> list[Rendered]:
    """Blocks to paragraphs: body text cut by a page, column, box or footnote is joined back up."""
    paragraphs: list[Rendered] = []
    last_body = None
    for block, rendered in blocks:
        joinable = block.kind == "body" and not block.item and last_body is not None
        if joinable and continues(paragraphs[last_body].plain_end(), rendered.plain):
            paragraphs[last_body].extend(rendered, judge)
            continue
        paragraphs.append(rendered)
        if block.kind == "body":
            last_body = len(paragraphs) - 1
    return [p for p in paragraphs if p.chars]


def _concatenate(paragraphs: list[Rendered], notes: list[tuple[int, Rendered]]):
    """The final text with paragraph spans, provenance runs and the body offsets of footnote markers."""
    numbers = {number for number, _ in notes}
    parts: list[str] = []
    boxes: list[Box | None] = []
    refs: dict[int, list[int]] = {}
    spans = []
    offset = 0
    for paragraph in paragraphs:
        start = offset
        marker_text: dict[int, str] = {}
        for char, marker in zip(paragraph.chars, paragraph.markers):
            if marker is not None:
                marker_text[marker] = marker_text.get(marker, "") + char
        dropped = {m for m, digits in marker_text.items() if digits.isdigit() and int(digits) in numbers}
        seen = set()
        for char, box, marker in zip(paragraph.chars, paragraph.boxes, paragraph.markers):
            if marker in dropped:
                if marker not in seen:
                    seen.add(marker)
                    refs.setdefault(int(marker_text[marker]), []).append(offset)
                continue
            if char == " " and parts and parts[-1] == " ":
                continue
            parts.append(char)
            boxes.append(box)
            offset += 1
        spans.append((start, offset))
        parts.append("\n")
        boxes.append(None)
        offset += 1
    for number, note in notes:
        label = f"{number}. "
        start = offset
        parts.append(label)
        boxes.extend([None] * len(label))
        parts.extend(note.chars)
        boxes.extend(note.boxes)
        offset += len(label) + len(note.chars)
        spans.append((start, offset))
        parts.append("\n")
        boxes.append(None)
        offset += 1
    text = "".join(parts)
    return text, spans, _runs(boxes), refs


def _runs(boxes: list[Box | None]) -> list[LineRun]:
    """Consecutive characters from one PDF line become one provenance run."""
    runs: list[LineRun] = []
    start, count = 0, len(boxes)
    while start < count:
        if boxes[start] is None:
            start += 1
            continue
        page, top, bottom, edge, _ = boxes[start]
        edges = [edge]
        end = start + 1
        while end < count:
            box = boxes[end]
            if box is None or box[0] != page or box[1] != top or box[2] != bottom or box[3] < edge - 0.01:
                break
            if box[3] > edge:
                edge = box[3]
            edges.append(edge)
            end += 1
        edges.append(max(boxes[end - 1][4], edge))
        runs.append(LineRun(start, end, page, round(top, 2), round(bottom, 2), tuple(map(round, edges, repeat(2)))))
        start = end
    return runs
