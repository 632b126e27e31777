"""Blocks in reading order → the clean document: copies removed, paragraphs joined, footnotes last.

Shared by PDF and plain-text input: both arrive here as blocks of lines, so they are cleaned alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, count, groupby, repeat
from operator import attrgetter, is_, lt, sub

import numpy

from pipeline.core.document import CleanDocument, Footnote, LineRun, Provenance, Removal
from pipeline.extract.dedupe import find_copies, kept_offsets
from pipeline.extract.figure_text import row_text
from pipeline.extract.footnotes import NUMBER_SPAN, SIGN_LABEL
from pipeline.extract.hyphenation import (
    LINE_BREAK_HYPHENS,
    HyphenJudge,
    split_word_ends,
)
from pipeline.extract.page_model import Block, Glyph, Line
from pipeline.extract.text_patterns import (
    BULLETS,
    ENUMERATOR,
    FOOTNOTE_LABEL,
    LIST_MARKER,
    URL_END,
    ends_sentence,
)

LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
MARKER_CHARS = frozenset("0123456789*†‡§")
MARKER_JOINERS = frozenset(",-–")  # raised between raised digits, they join one marker citing several notes: "¹,³", "¹⁻³"
NOTE_RANGE = re.compile(r"(\d+)[-–](\d+)")
OPEN_ENDINGS = frozenset(
    "a an the of to in on at by for from with and or but nor as that which who whose whom its their his her our "
    "your this these those than into onto upon between among within without about".split()
)

# a note number glued to a word or to punctuation; after a number's point only before a new sentence: "19.5 million"
# is a decimal, "in 2019.5 The" a note (after a comma it stays a note: "in 2013,2 after", English briefs write
# decimals with a point)
GLUED_MARKER = re.compile(r"(?<=[^\W\d_]|[.,;:)”’\"»])(?<![A-Z])(?:(?<!\d\.)|(?=\d{1,3}\s+[A-Z“\"‘(]))"
                          r"(?!(?<=\d,)\d{3}(?!\d))"  # "2,002": a group of thousands, not note 2 glued to a comma
                          r"(?:\d{1,3}|[*†‡§]{1,3})(?=[\s.,;:)”’\"»]|$)")
SECTION_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.")  # the number of a section before its subsection's
LIST_ITEM = re.compile(r"\s*(?:[" + re.escape(BULLETS) + r"]|" + ENUMERATOR.pattern + r")\s", re.I)
NAME_BEFORE = re.compile(r"\b[A-Z][^\W\d_]*\s+[A-Z][^\W\d_]*[-‐]$")  # "Pheung Kya-": a capitalised word before
OPEN_LENGTH = 12  # words: an unpunctuated paragraph this long was cut, not a heading
NOTE_DIGITS = 4  # a note number has at most this many digits; a longer run of raised digits is no note label

Place = tuple  # (page, top, bottom) of a PDF line: one object shared by all the line's characters


@dataclass
class Rendered:
    """Text of a block or paragraph, one entry per character: its line's place and its glyph (for the
    horizontal extent), both None for characters with no place on a page, and a marker id (or None).

    Characters point at their line's place and at the glyphs they came from rather than each getting a
    box of its own: a document has millions of characters, and most lines are copied over whole.
    """

    chars: list[str] = field(default_factory=list)
    places: list[Place | None] = field(default_factory=list)
    glyphs: list[Glyph | None] = field(default_factory=list)
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

    def add(self, char: str, place: Place | None = None, glyph: Glyph | None = None, marker: int | None = None):
        if char.isspace():
            if not self.chars or self.chars[-1] == " ":
                return
            char = " "
        if char in LIGATURES:
            for i, piece in enumerate(LIGATURES[char]):
                self.chars.append(piece)
                self.places.append(place)
                self.glyphs.append(_slice(glyph, piece, i, len(LIGATURES[char])))
                self.markers.append(marker)
            return
        self.chars.append(char)
        self.places.append(place)
        self.glyphs.append(glyph)
        self.markers.append(marker)

    def strip(self) -> None:
        while self.chars and self.chars[-1] == " ":
            self.pop()

    def pop(self) -> None:
        self.chars.pop()
        self.places.pop()
        self.glyphs.pop()
        self.markers.pop()

    def extend(self, other: Rendered, judge: HyphenJudge) -> None:
        """Append another line or block, repairing a hyphen the break split a word with, and a word or a URL the
        break cut without one."""
        self.strip()
        if self.chars and other.chars:
            tail = self.tail(60)
            ends = split_word_ends(tail, other.head(60)) if self.chars[-1] in LINE_BREAK_HYPHENS else None
            if ends:
                if self.chars[-1] == "\u00ad" or judge.joins(*ends, name=bool(NAME_BEFORE.search(tail))):
                    self.pop()
            elif not (_glued_break(tail, other.chars[0]) or _unbroken(tail, other.head(60), judge)):
                self.add(" ")
        self.chars += other.chars
        self.places += other.places
        self.glyphs += other.glyphs
        self.markers += other.markers


def _glued_break(tail: str, following: str) -> bool:
    """A URL broken after a slash, a dot or another of its punctuation marks ("www.nytimes." / "com/2016"), or a
    number broken after a dash ("M–" / "30"), rejoins without a space; a URL closing a sentence before a
    capital does not."""
    end = tail[-2:]
    return (
        end.endswith("/")
        and not end.startswith(" ")
        or (end[-1:] in "–-‐" and end[:1].isalnum() and following.isdigit())
        or (bool(URL_END.search(tail)) and following.isalnum() and not (tail.endswith(".") and following.isupper()))
    )


def _unbroken(tail: str, head: str, judge: HyphenJudge) -> bool:
    """A word cut in two by a line break with no hyphen, that the document spells whole elsewhere."""
    left, right = re.search(r"(\w+)$", tail), re.match(r"\w+", head)
    return bool(left and right) and judge.unbroken(left.group(1), right.group(0))


def _slice(glyph: Glyph | None, piece: str, index: int, count: int) -> Glyph | None:
    """The share of a glyph that one letter of its expansion gets ("ﬁ" → "f", "i")."""
    if glyph is None:
        return glyph
    step = (glyph.x1 - glyph.x0) / count
    return Glyph(piece, glyph.x0 + index * step, glyph.x0 + (index + 1) * step, glyph.raised)


class Assembler:
    """Holds the document-wide evidence (hyphenation, marker numbering) while blocks are rendered."""

    def __init__(self, blocks: list[Block], footnote_blocks: list[Block], removed: list[Block] = ()):
        self.blocks = blocks
        self.footnote_blocks = footnote_blocks
        self.removed = list(removed)
        self.judge = HyphenJudge([line.text for block in blocks + footnote_blocks for line in block.lines])
        self.next_marker = 0

    def render_line(self, line: Line, first: bool) -> Rendered:
        """One line's characters, zero-width ones dropped and note markers numbered; a list bullet opening a
        block is left out."""
        glyphs, text = line.glyphs, line.text
        bullet = LIST_MARKER.match(text) if first else None
        if bullet:
            glyphs, text = glyphs[bullet.end() :], text[bullet.end() :]
        if _plain_line(glyphs, text):
            end = len(text.rstrip(" "))
            if not line.located:
                return Rendered(list(text[:end]), [None] * end, [None] * end, [None] * end)
            return Rendered(list(text[:end]), [(line.page, line.top, line.bottom)] * end, glyphs[:end], [None] * end)
        out = Rendered()
        marker = None
        last = max((i for i, g in enumerate(glyphs) if not g.char.isspace()), default=-1)
        place, add = (line.page, line.top, line.bottom) if line.located else None, out.add
        for index, glyph in enumerate(glyphs):
            char = glyph.char
            if unicodedata.category(char) == "Cf" and not (char == "\u00ad" and index == last):
                continue  # zero-width and soft-hyphen characters, but for a soft hyphen ending the line
            extent = glyph if place is not None else None
            joins = char in MARKER_JOINERS and marker is not None and _raised_digit(glyphs, index + 1)
            if glyph.raised and (char in MARKER_CHARS or joins):
                if marker is None:
                    self.next_marker += 1
                    marker = self.next_marker
                add(char, place, extent, marker)
            else:
                marker = None
                add(char, place, extent)
        out.strip()
        return out

    def render_block(self, block: Block) -> Rendered:
        """A block's lines joined into one text, each line break mended."""
        out = Rendered()
        for index, line in enumerate(block.lines):
            out.extend(self.render_line(line, index == 0), self.judge)
        return out

    def build(self, doc_id: str, source: str, metadata: dict) -> CleanDocument:
        rendered = [self.render_block(block) for block in self.blocks]
        plains = [r.plain for r in rendered]
        scores = [aside_score(self.blocks, plains, i) for i in range(len(rendered))]
        eligible = [score > 0 or not block.lines[0].located for score, block in zip(scores, self.blocks)]
        copies = find_copies(plains, scores, eligible)
        kept = [i for i in range(len(rendered)) if i not in copies]
        paragraphs = join_flow([(self.blocks[i], rendered[i]) for i in kept], self.judge)
        notes = self.render_footnotes()
        mark_glued_markers(paragraphs, [label for label, _ in notes], self.next_marker)
        text, spans, runs, refs = _concatenate(paragraphs, notes)
        footnotes = [
            Footnote(int(label) if label.isdigit() else 0, start, end, cited)
            for (label, _), (start, end), cited in zip(notes, spans[len(paragraphs) :], _citations(notes, refs))
        ]
        removed = sorted(copies)
        removals = [
            Removal(
                "summary-box" if self.blocks[i].boxed or {i - 1, i + 1} & copies else "pull-quote",
                plains[i],
                self.blocks[i].page if self.blocks[i].lines[0].located else None,
                _rounded(self.blocks[i].bbox) if self.blocks[i].lines[0].located else None,
                offset,
            )
            for i, offset in zip(removed, kept_offsets([plains[i] for i in removed], text))
        ] + [Removal(block.kind, row_text(block.lines), block.page, _rounded(block.bbox), None) for block in self.removed if block.lines]
        return CleanDocument(doc_id, source, text, spans, footnotes, removals, metadata, Provenance(runs))

    def render_footnotes(self) -> list[tuple[str, Rendered]]:
        """Footnote blocks split where a line opens with a higher number labelled like the first note (or 1
        again), or with a note sign (* † ‡ §, used afresh on each page); each note with its label ("12" or "*")."""
        notes: list[tuple[str, Rendered]] = []
        style = None
        last = 0
        for block in self.footnote_blocks:
            for line in block.lines:
                rendered = self.render_line(line, False)
                label, length, form = _footnote_label(line, rendered.text)
                rendered.markers = [None] * len(rendered.chars)
                numbered = label.isdigit() and (style is None or (form == style and (int(label) > last or label == "1")))
                if numbered or form == "sign":
                    notes.append((label, _drop_prefix(rendered, length)))
                    if numbered:
                        style, last = form, int(label)
                elif notes:
                    notes[-1][1].extend(rendered, self.judge)
        return notes


def _raised_digit(glyphs: list[Glyph], index: int) -> bool:
    return index < len(glyphs) and glyphs[index].raised and glyphs[index].char.isdecimal()


def _plain_line(glyphs: list[Glyph], text: str) -> bool:
    """A line that renders as its text unchanged, so it can be copied whole: the common case, worth a fast path.

    One character per glyph, none that rendering drops, expands or collapses, no leading or doubled space,
    and no raised glyph (a possible note marker).
    """
    return (
        len(text) == len(glyphs)
        and not text.startswith(" ")
        and "  " not in text
        and all(map(_kept_as_is, set(text)))
        and not any(map(_RAISED, glyphs))
    )


_RAISED = attrgetter("raised")


@lru_cache(maxsize=None)
def _kept_as_is(char: str) -> bool:
    """Whether Rendered.add keeps the character unchanged: no ligature, format character or other whitespace."""
    return char not in LIGATURES and unicodedata.category(char) != "Cf" and (char == " " or not char.isspace())


def _footnote_label(line: Line, text: str) -> tuple[str, int, str]:
    """The label a footnote line opens with ("12", or a sign such as "*"), the characters it takes, and its form.

    Forms: "raised" (a superscript number), "." or ")" after the number, " " for a bare number, "sign" for a note
    sign; no label gives ("", 0, "").
    """
    raised = 0
    while raised < len(line.glyphs) and line.glyphs[raised].raised and line.glyphs[raised].char.isdecimal():
        raised += 1
    if raised > NOTE_DIGITS:
        return "", 0, ""
    if raised:
        return text[:raised], raised + (text[raised : raised + 1] == " "), "raised"
    label = FOOTNOTE_LABEL.match(text)
    if label:
        return str(int(label.group(1))), label.end(), label.group(0)[len(label.group(1))]
    sign = SIGN_LABEL.match(text)
    if sign:
        return sign.group(1), sign.end(), "sign"
    return "", 0, ""


def _drop_prefix(rendered: Rendered, count: int) -> Rendered:
    return Rendered(rendered.chars[count:], rendered.places[count:], rendered.glyphs[count:], rendered.markers[count:])


def _rounded(bbox: tuple) -> tuple:
    return tuple(round(v, 2) for v in bbox)


def aside_score(blocks: list[Block], plains: list[str], index: int) -> float:
    """How much a block looks set apart from the argument: boxed, styled unlike the body, or cutting a sentence."""
    block = blocks[index]
    score = 2.0 * block.boxed + 2.0 * block.framed + 2.0 * (block.kind == "aside")
    before = next((plains[j] for j in range(index - 1, -1, -1) if blocks[j].kind == "body"), None)
    if before and not ends_sentence(before):
        score += 1
    neighbours = [blocks[j] for j in (index - 1, index + 1) if 0 <= j < len(blocks)]
    score += 0.5 * sum(n.kind == block.kind != "body" for n in neighbours)
    return score


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
    held: list[Rendered] = []  # boxes beside the text, waiting for the paragraph they interrupt to end
    last_body = None
    after_heading = False
    for block, rendered in blocks:
        if block.boxed and block.kind != "body":
            held.append(rendered)
            continue
        joinable = block.kind == "body" and not block.item and last_body is not None
        if after_heading and not rendered.plain[:1].islower():
            joinable = False  # a heading between them: a new paragraph, unless it opens mid-sentence
        if joinable and continues(paragraphs[last_body].plain_end(), rendered.plain):
            paragraphs[last_body].extend(rendered, judge)
            after_heading = False
            continue
        if held and (last_body is None or _paragraph_ends(paragraphs[last_body].plain_end(), rendered.plain)):
            paragraphs += held
            held = []
        paragraphs.append(rendered)
        if block.kind == "body":
            last_body = len(paragraphs) - 1
        after_heading = block.kind == "heading" or after_heading and block.kind != "body"
    return [p for p in paragraphs + held if p.chars]


def _paragraph_ends(previous: str, following: str) -> bool:
    """Whether a box may be placed between two paragraphs: the first closes its sentence (not on a colon
    announcing a list) and the second is not the next item of a list."""
    return ends_sentence(previous.rstrip()) and not previous.rstrip().endswith(":") and not LIST_ITEM.match(following)


def mark_glued_markers(paragraphs: list[Rendered], labels: list[str], next_marker: int) -> None:
    """Note markers set on the baseline, glued to the word or the punctuation they follow ("ammunition1",
    "since.1", "Goma,22", "Congo*"), marked as markers when the notes say so.

    A number is a marker only when a note has it and it comes next in the order the notes are cited (one of
    the next three numbers after the last marker met, raised or glued); a sign only when a note opens with it.
    """
    numbers = {int(label) for label in labels if label.isdigit()}
    signs = {label for label in labels if not label.isdigit()}
    if not numbers and not signs:
        return
    last = 0
    for paragraph in paragraphs:
        text = paragraph.text
        for match in GLUED_MARKER.finditer(text):
            start, end = match.span()
            if SECTION_NUMBER.fullmatch(text[:start]):  # "1.1 A frozen conflict" numbers a section
                continue
            existing = paragraph.markers[start]
            if existing is not None:
                if match.group().isdigit():
                    last = max(last, int(match.group()))
                continue
            if any(marker is not None for marker in paragraph.markers[start:end]):
                continue
            label = match.group()
            if label.isdigit():
                number = int(label)
                if number not in numbers or not (last < number <= last + 3 or (last == 0 and number == min(numbers))):
                    continue
                last = number
            elif label not in signs:
                continue
            next_marker += 1
            paragraph.markers[start:end] = [next_marker] * (end - start)


def _concatenate(paragraphs: list[Rendered], notes: list[tuple[str, Rendered]]):
    """The final text with paragraph spans, provenance runs and the body offsets of footnote markers."""
    labels = {label for label, _ in notes}
    parts: list[str] = []
    places: list[Place | None] = []
    glyphs: list[Glyph | None] = []
    refs: dict[int, list[int]] = {}
    spans = []
    offset = 0
    last = 0  # the highest note number cited so far
    for paragraph in paragraphs:
        start = offset
        marker_text = _marker_texts(paragraph)
        cited: dict[int, tuple[str, ...]] = {}
        for marker, characters in marker_text.items():
            cited[marker] = cited_labels(characters, labels, last)
            last = max([last] + [int(label) for label in cited[marker] if label.isdecimal()])
        dropped = {m for m, marker_labels in cited.items() if marker_labels}
        text = paragraph.text
        if not dropped and "  " not in text:  # nothing to cut or collapse: the paragraph goes in whole
            parts.append(text)
            places += paragraph.places
            glyphs += paragraph.glyphs
            offset += len(paragraph.chars)
        else:
            seen = set()
            entries = zip(paragraph.chars, paragraph.places, paragraph.glyphs, paragraph.markers)
            for char, place, glyph, marker in entries:
                if marker in dropped:
                    if marker not in seen:
                        seen.add(marker)
                        for label in cited[marker]:
                            refs.setdefault(label, []).append(offset)
                    continue
                if char == " " and parts and parts[-1] == " ":
                    continue
                parts.append(char)
                places.append(place)
                glyphs.append(glyph)
                offset += 1
        spans.append((start, offset))
        parts.append("\n")
        places.append(None)
        glyphs.append(None)
        offset += 1
    for note_label, note in notes:
        label = f"{note_label}. " if note_label.isdigit() else f"{note_label} "
        start = offset
        parts.append(label)
        places += [None] * len(label)
        glyphs += [None] * len(label)
        parts += note.chars
        places += note.places
        glyphs += note.glyphs
        offset += len(label) + len(note.chars)
        spans.append((start, offset))
        parts.append("\n")
        places.append(None)
        glyphs.append(None)
        offset += 1
    return "".join(parts), spans, _runs(places, glyphs), refs


def _citations(notes: list[tuple[str, Rendered]], refs: dict[str, list[int]]) -> list[tuple[int, ...]]:
    """Each note's marker offsets. Where several notes share a label (numbering restarted on each page), the
    markers are shared out in order, one each, as long as there is one marker per note."""
    labels = [label for label, _ in notes]
    handed: dict[str, int] = {}
    cited = []
    for label in labels:
        offsets = refs.get(label, [])
        if labels.count(label) > 1 and len(offsets) == labels.count(label):
            index = handed.get(label, 0)
            handed[label] = index + 1
            cited.append((offsets[index],))
        else:
            cited.append(tuple(offsets))
    return cited


def _label(marker: str) -> str:
    """A marker's characters as a note label: numbers without leading zeros (a run of digits too long to number a
    note is left as it is, never read as a number)."""
    return str(int(marker)) if marker.isdecimal() and len(marker) <= NOTE_DIGITS else marker


def cited_labels(marker: str, labels: set[str], last: int = 0) -> tuple[str, ...]:
    """The labels of the notes a marker cites, or () when it cites none: its own label ("12" for note twelve),
    else a list or a range ("1,2", "1-3") or labels set side by side ("¹²" for notes 1 and 2 where there is no
    note 12). Every note cited must exist, and their numbers must rise."""
    cited: list[str] = []
    for item in marker.split(","):
        bounds = NOTE_RANGE.fullmatch(item)
        if _label(item) in labels:
            parts = [_label(item)]
        elif bounds:
            low, high = int(bounds.group(1)), int(bounds.group(2))
            parts = [str(number) for number in range(low, high + 1)] if low < high <= low + NUMBER_SPAN else []
        else:
            parts = _side_by_side(item, last) if item.isdecimal() else []
        if not parts:
            return ()
        cited += parts
    numbers = [int(label) for label in cited if label.isdecimal()]
    return tuple(cited) if set(cited) <= labels and all(a < b for a, b in zip(numbers, numbers[1:])) else ()


def _side_by_side(digits: str, last: int) -> list[str]:
    """A run of digits read as the numbers of consecutive notes printed with nothing between them ("123" as 1, 2
    and 3), the first of them the next note to cite (or note 1, where numbering starts afresh on each page): an
    exponent ("10²³") seldom carries the numbering on."""
    for width in range(1, len(digits)):
        parts, number, rest = [], int(digits[:width]), digits
        while rest.startswith(str(number)):
            parts.append(str(number))
            rest, number = rest[len(parts[-1]) :], number + 1
        if not rest and len(parts) > 1 and int(parts[0]) in (1, last + 1):
            return parts
    return []


def _marker_texts(paragraph: Rendered) -> dict[int, str]:
    """The characters of each note marker in a paragraph."""
    marker_text: dict[int, str] = {}
    if paragraph.markers.count(None) < len(paragraph.markers):
        for char, marker in zip(paragraph.chars, paragraph.markers):
            if marker is not None:
                marker_text[marker] = marker_text.get(marker, "") + char
    return marker_text


def _runs(places: list[Place | None], glyphs: list[Glyph | None]) -> list[LineRun]:
    """Consecutive characters from one PDF line become one provenance run."""
    spans: list[tuple[int, int, Place]] = []
    edges: list[float] = []
    start = 0
    for place, same in groupby(places):
        end = start + len(list(same))
        if place is not None:
            _line_runs(start, place, glyphs[start:end], spans, edges)
        start = end
    rounded = hundredths(edges)
    runs, first = [], 0
    for start, end, (page, top, bottom) in spans:
        last = first + end - start + 1
        runs.append(LineRun(start, end, page, round(top, 2), round(bottom, 2), tuple(rounded[first:last])))
        first = last
    return runs


def _line_runs(start: int, place: Place, glyphs: list[Glyph], spans: list, edges: list) -> None:
    """Split one line's characters into runs, a new run wherever the text steps back left of the edge reached.

    Each run goes to `spans` as (start, end, place) and its end - start + 1 edges to `edges`.
    """
    x0s = [glyph.x0 for glyph in glyphs]  # (a zero may be -0.0, which the running maximum does not keep)
    while x0s:
        if 0.0 not in x0s and sorted(x0s) == x0s:  # left to right, as nearly always: the starts are the edges
            end = len(x0s)
            edges += x0s
        else:
            running = list(accumulate(x0s, max))  # each character's left edge: the rightmost start met so far
            steps_back = compress(count(1), map(lt, x0s[1:], map(sub, running, repeat(0.01))))
            end = next(steps_back, len(x0s))
            edges += running[:end]
        edges.append(max(glyphs[end - 1].x1, edges[-1]))
        spans.append((start, start + end, place))
        start, x0s, glyphs = start + end, x0s[end:], glyphs[end:]


def hundredths(values: list[float]) -> list[float]:
    """round(value, 2) of every value, exactly, in one vectorised pass: round() with digits is slow per call.

    Scaled by 100 and rounded to an integer, a value lands on the same hundredth unless the scaled value is
    a tie (exactly .5, maybe only after the product's own rounding), zero (whose sign round() keeps) or too
    large or not finite: those few are rounded by round() itself, as are all when some are integers.
    """
    if set(map(type, values)) - {float}:
        return [round(value, 2) for value in values]
    with numpy.errstate(over="ignore", invalid="ignore"):  # the values concerned are left to round()
        scaled = numpy.array(values, dtype=float) * 100.0
        result = numpy.rint(scaled) / 100.0
        plain = (numpy.abs(scaled) < 1e15) & (scaled % 1.0 != 0.5) & (result != 0.0)
    rounded = result.tolist()
    for index in numpy.flatnonzero(~plain).tolist():
        rounded[index] = round(values[index], 2)
    return rounded
