"""PDF pages → blocks with roles: running headers, page numbers, front matter and footnotes set aside.

The blocks, in reading order, go on to `assemble`, which makes the clean text of them."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from pipeline.extract.page_model import Block, Line, Page
from pipeline.extract.reading_order import reading_order
from pipeline.extract.running_heads import PAGE_NUMBER, header_metadata, without_folio
from pipeline.extract.text_patterns import FOOTNOTE_LABEL, LIST_MARKER, TERMINAL

MARGIN = 0.1  # share of the page height at top and bottom where running headers and footers sit
SMALL = 0.92  # footnote type is at most this share of the body size


@dataclass
class Roles:
    """A parsed PDF sorted out: body blocks in reading order, footnote blocks, and what the running heads said."""

    blocks: list[Block]
    footnotes: list[Block]
    metadata: dict


def assign_roles(pages: list[Page], info: dict) -> Roles:
    """Running heads and page numbers out (into metadata), front matter taken, footnotes set apart, blocks typed."""
    body_style = _body_style(pages)
    furniture, header = _furniture(pages)
    metadata = {"pages": len(pages)} | (header_metadata(header) if header else {})
    blocks: list[Block] = []
    footnotes: list[Block] = []
    for page in pages:
        lines = reading_order([ln for ln in page.lines if id(ln) not in furniture])
        if page.number == 1:
            lines = _take_front_matter(lines, body_style, metadata)
        notes = _footnote_lines(lines, body_style[1], bool(footnotes))
        if notes:
            footnotes.append(Block(notes, kind="footnote"))
        in_notes = {id(n) for n in notes}
        blocks.extend(_blocks([ln for ln in lines if id(ln) not in in_notes], page, body_style))
    for key in ("title", "author"):
        if key not in metadata and key in info:
            metadata[key] = info[key]
    return Roles(blocks, footnotes, metadata)


def _body_style(pages: list[Page]) -> tuple[str, float]:
    counts = Counter()
    for page in pages:
        for line in page.lines:
            counts[line.style] += len(line.glyphs)
    return counts.most_common(1)[0][0]


def _furniture(pages: list[Page]) -> tuple[set[int], str | None]:
    """Running headers, footers and page numbers: margin lines that repeat across pages or sit beside a page number."""

    def key(line: Line) -> str:
        return re.sub(r"\s+", "", re.sub(r"\d+", "#", line.text.lower())).strip("#")

    def in_margin(line: Line, page: Page) -> bool:
        return line.bottom < MARGIN * page.height or line.top > (1 - MARGIN) * page.height

    seen: dict[str, set[int]] = {}
    for page in pages:
        for line in page.lines:
            if in_margin(line, page):
                seen.setdefault(key(line), set()).add(page.number)
    needed = 2 if len(pages) <= 4 else max(2, round(0.4 * len(pages)))
    repeated = {k for k, found in seen.items() if len(found) >= needed}
    furniture: set[int] = set()
    header = None
    for page in pages:
        margin = [line for line in page.lines if in_margin(line, page)]
        numbers = [line for line in margin if PAGE_NUMBER.match(line.text.strip())]
        for line in margin:
            beside_number = any(abs(line.bottom - n.bottom) < 0.5 * line.size for n in numbers)
            numbered = _carries_page_number(line.text, page.number, line.top < MARGIN * page.height)
            if _repeats(key(line), repeated) or line in numbers or beside_number or numbered:
                furniture.add(id(line))
                if header is None and line not in numbers:
                    header = without_folio(line.text, str(page.number))
    return furniture, header


def _carries_page_number(text: str, number: int, at_top: bool) -> bool:
    """A short margin line ending with this page's number (or, at the top, starting with it): a running head."""
    words = text.split()
    if len(words) > 15 or len(words) < 2:
        return False
    ends = words[-1] == str(number) and not TERMINAL.search(" ".join(words[:-1]))
    return ends or (at_top and words[0] == str(number))


def _repeats(line_key: str, repeated: set[str]) -> bool:
    """The line is a repeated one, or holds one whole (a stamp printed as one line here, two lines elsewhere)."""
    return line_key in repeated or any(len(k) >= 8 and k in line_key for k in repeated)


def _take_front_matter(lines: list[Line], body_style: tuple[str, float], metadata: dict) -> list[Line]:
    """Title (the largest type above the body), the masthead above it and the author line below it go to metadata."""
    first_body = next((i for i, ln in enumerate(lines) if ln.style == body_style), len(lines))
    front = lines[:first_body]
    if not front or max(ln.size for ln in front) < 1.3 * body_style[1]:
        return lines
    biggest = max(ln.size for ln in front)
    title = [ln for ln in front if ln.size == biggest]
    metadata["title"] = " ".join(" ".join(ln.text for ln in title).split())
    taken = {id(ln) for ln in title}
    masthead = [ln for ln in front if ln.bottom <= title[0].top and id(ln) not in taken]
    if masthead:
        metadata["masthead"] = " ".join(" ".join(ln.text for ln in masthead).split())
        metadata.update(
            {
                k: v
                for k, v in header_metadata(metadata["masthead"]).items()
                if k not in metadata and k != "running_header"
            }
        )
        taken.update(id(ln) for ln in masthead)
    after = [ln for ln in front if ln.top >= title[-1].bottom and id(ln) not in taken]
    if after and _looks_like_names(after[0].text):
        metadata["author"] = " ".join(after[0].text.split())
        taken.add(id(after[0]))
    return [ln for ln in lines if id(ln) not in taken]


def _looks_like_names(text: str) -> bool:
    words = [w for w in re.split(r"[\s,]+", text.strip()) if w and w.lower() not in ("and", "&", "by")]
    return 1 < len(words) <= 8 and all(w[:1].isupper() for w in words) and not re.search(r"\d|[.:;!?]$", text)


def _footnote_lines(lines: list[Line], body_size: float, continuing: bool) -> list[Line]:
    """Small-type lines below all body-size text in their column, starting with a footnote number."""
    big = [ln for ln in lines if ln.size > SMALL * body_size]
    zone = [
        ln
        for ln in lines
        if ln.size <= SMALL * body_size and not any(b.top > ln.top and b.x0 < ln.x1 and ln.x0 < b.x1 for b in big)
    ]
    if not zone:
        return []
    first = zone[0]
    labelled = FOOTNOTE_LABEL.match(first.text) or (first.glyphs and first.glyphs[0].raised)
    return zone if labelled or continuing else []


def _blocks(lines: list[Line], page: Page, body_style: tuple[str, float]) -> list[Block]:
    """Consecutive lines grouped into paragraph-sized blocks, each given its role."""
    blocks: list[Block] = []
    previous = None
    by_start = sorted((ln.x0, ln.x1) for ln in lines)
    starts = [x0 for x0, _ in by_start]
    ends = [x1 for _, x1 in by_start]
    for line in lines:
        near = slice(
            bisect.bisect_left(starts, line.x0 - 2 * line.size), bisect.bisect_right(starts, line.x0 + 2 * line.size)
        )
        column_right = max(ends[near])
        boxed = any(
            b[0] - 1 <= line.x0 and line.x1 <= b[2] + 1 and b[1] - 1 <= line.top and line.bottom <= b[3] + 1
            for b in page.boxes
        )
        if previous is None or _starts_block(previous, line, blocks[-1], boxed, column_right):
            blocks.append(Block([line], boxed=boxed))
        else:
            blocks[-1].lines.append(line)
        previous = line
    for block in blocks:
        block.kind = _kind(block, body_style)
        block.framed = _framed(block, page)
        block.item = bool(LIST_MARKER.match(block.lines[0].text))
    return blocks


def _framed(block: Block, page: Page) -> bool:
    """Set between two horizontal rules, as pull-quotes often are."""
    x0, top, x1, bottom = block.bbox
    reach = 2 * max(line.size for line in block.lines)

    def near(y_from: float, y_to: float) -> bool:
        return any(y_from <= y <= y_to and r0 < x1 and x0 < r1 for r0, y, r1 in page.rules)

    return near(top - reach, top) and near(bottom, bottom + reach)


def _starts_block(previous: Line, line: Line, block: Block, boxed: bool, right: float) -> bool:
    size = max(previous.size, line.size)
    left = min(ln.x0 for ln in block.lines)
    return (
        boxed != block.boxed
        or abs(line.size - previous.size) > 0.5
        or _is_bold(line) != _is_bold(previous)
        or line.x0 >= previous.x1
        or line.x1 <= previous.x0
        or line.top < previous.top
        or line.top - previous.bottom > 0.75 * size
        or bool(LIST_MARKER.match(line.text))
        or (line.x0 > left + 0.8 * size and bool(TERMINAL.search(previous.text)))
        or (previous.x1 < right - 3 * size and bool(TERMINAL.search(previous.text)))
    )


def _is_bold(line: Line) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold", line.font, re.I))


def _kind(block: Block, body_style: tuple[str, float]) -> str:
    style = Counter()
    for line in block.lines:
        style[line.style] += len(line.glyphs)
    if style.most_common(1)[0][0] == body_style:
        return "aside" if block.boxed else "body"
    text = block.text
    if len(block.lines) <= 2 and len(text.split()) <= 20 and not TERMINAL.search(text.rstrip()):
        return "heading"
    return "aside"
