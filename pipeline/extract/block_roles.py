"""PDF pages → blocks with roles: running headers, page numbers, front matter and footnotes set aside.

The blocks, in reading order, go on to `assemble`, which makes the clean text of them."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.extract.figure_text import is_data, is_prose, set_aside
from pipeline.extract.footnotes import NoteFinder
from pipeline.extract.page_model import Block, Line, Page
from pipeline.extract.reading_order import reading_order
from pipeline.extract.running_heads import (
    MONTH_NAME,
    PAGE_NUMBER,
    YEAR,
    header_metadata,
    parse_date,
    without_folio,
)
from pipeline.extract.text_patterns import ENUMERATOR, LIST_MARKER, TERMINAL, URL_END

MARGIN = 0.1  # share of the page height at top and bottom where running headers and footers sit
ENUMERATED = re.compile(ENUMERATOR.pattern + r"\s", re.I)  # a line opening with "(a) " or "2. "
COVER_WORDS = 60  # a page with fewer words of sentences in body type, before the first that has them, is a cover


@dataclass
class Roles:
    """A parsed PDF sorted out: body blocks in reading order, footnote blocks, what the running heads said, and
    the blocks taken out of the text (tables, figure text, callouts), each block's `kind` saying which."""

    blocks: list[Block]
    footnotes: list[Block]
    metadata: dict
    removed: list[Block] = field(default_factory=list)


def assign_roles(pages: list[Page], info: dict) -> Roles:
    """Running heads and page numbers out (into metadata), tables and figure text set aside, front matter taken,
    footnotes set apart, blocks typed."""
    body_style = _body_style(pages)
    furniture, header = _furniture(pages)
    metadata = {"pages": len(pages)} | (header_metadata(header) if header else {})
    blocks: list[Block] = []
    footnotes: list[Block] = []
    removed: list[Block] = []
    finder = NoteFinder(body_style[1])
    first_text = _first_text_page(pages, body_style, furniture)
    covers: list[Line] = []
    for page in pages:
        lines, groups = set_aside(page, [ln for ln in page.lines if id(ln) not in furniture], body_style[1])
        removed.extend(Block(group.lines, kind=group.kind) for group in groups)
        lines, boxes = _sidebars(page, lines)
        lines = reading_order(lines) + [line for box in boxes for line in reading_order(box)]
        if page.number < first_text:
            removed.append(Block(lines, kind="cover"))
            covers.extend(lines)
            continue
        if page.number == first_text:
            lines, title_block = _take_front_matter(lines, body_style, metadata, bool(covers))
            if title_block:
                removed.append(Block(title_block, kind="title-block"))
        notes, heading = finder.take(lines)
        if notes:
            footnotes.append(Block(notes, kind="footnote"))
        in_notes = {id(n) for n in notes + heading}
        blocks.extend(_blocks([ln for ln in lines if id(ln) not in in_notes], page, body_style))
    candidates = [ln for ln in covers if not (_looks_like_names(ln.text) or _dateline(ln.text) or is_data(ln.text))]
    if "title" not in metadata and candidates:
        biggest = max(ln.size for ln in candidates)
        metadata["title"] = " ".join(" ".join(ln.text for ln in candidates if ln.size >= biggest - 0.5).split())
    for key in ("title", "author"):
        if key not in metadata and key in info:
            metadata[key] = info[key]
    if len(metadata.get("title", "").split()) >= 3:
        blocks = [block for block in blocks if not _titled_margin(block, metadata["title"], pages)]
    return Roles(blocks, footnotes, metadata, removed)


def _titled_margin(block: Block, title: str, pages: list[Page]) -> bool:
    """A line in the top or bottom margin that repeats the document's title: a running head printed on a page
    or two only (too few to be found by repeating)."""
    page = pages[block.page - 1]
    line = block.lines[0]
    in_margin = line.bottom < MARGIN * page.height or line.top > (1 - MARGIN) * page.height
    return len(block.lines) == 1 and in_margin and _squeezed(title) in _squeezed(line.text)


def _squeezed(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _sidebars(page: Page, lines: list[Line]) -> tuple[list[Line], list[list[Line]]]:
    """The lines of boxes set beside the text (a shaded or framed sidebar narrower than the page's text, with
    text beside it), apart from the rest: a box is read as a whole after the page's running text, so columns
    are found without it and no paragraph is cut by it."""
    if not lines:
        return lines, []
    width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    boxes: list[list[Line]] = []
    taken: set[int] = set()
    for x0, top, x1, bottom in sorted(page.boxes, key=lambda b: (b[1], b[0])):
        if x1 - x0 > 0.7 * width:
            continue
        inside = [
            ln
            for ln in lines
            if id(ln) not in taken and x0 - 1 <= ln.x0 and ln.x1 <= x1 + 1 and top - 1 <= ln.top and ln.bottom <= bottom + 1
        ]
        beside = [
            ln
            for ln in lines
            if (ln.x1 <= x0 or ln.x0 >= x1) and ln.top < bottom and top < ln.bottom and is_prose(ln)
        ]
        if len(inside) >= 2 and beside:
            boxes.append(inside)
            taken.update(id(ln) for ln in inside)
    return [ln for ln in lines if id(ln) not in taken], boxes


def _first_text_page(pages: list[Page], body_style: tuple[str, float], furniture: set[int]) -> int:
    """The number of the first page holding a paragraph's worth of sentences in body type; the pages before it
    are covers (a designed cover, a colophon, a repository's cover sheet), unless they hold a paragraph's worth
    of sentences in a type the document uses again later (a title page with key findings)."""

    def words(page: Page, keep) -> int:
        return sum(len(ln.text.split()) for ln in page.lines if id(ln) not in furniture and is_prose(ln) and keep(ln))

    first = next((page for page in pages if words(page, lambda ln: ln.style == body_style) >= COVER_WORDS), None)
    if first is None:
        return 1
    for page in pages[: first.number - 1]:
        later = {ln.font for other in pages[page.number :] for ln in other.lines}
        if words(page, lambda ln: ln.font in later) >= COVER_WORDS:
            return page.number
    return first.number


def _body_style(pages: list[Page]) -> tuple[str, float]:
    """The font and size most characters are set in, leaving out lines of figures (a document of tables may
    hold more digits than words)."""
    counts = Counter()
    for data_too in (False, True):
        for page in pages:
            for line in page.lines:
                if data_too or not is_data(line.text):
                    counts[line.style] += len(line.glyphs)
        if counts:
            break
    return counts.most_common(1)[0][0]


def _furniture(pages: list[Page]) -> tuple[set[int], str | None]:
    """Running headers, footers and page numbers: margin lines that repeat across pages or sit beside a page number,
    lines anywhere on the page repeated at the same place, page numbers counting up at one place, and the rest of
    a footer or header block one of these lines opens."""

    def in_margin(line: Line, page: Page) -> bool:
        return line.bottom < MARGIN * page.height or line.top > (1 - MARGIN) * page.height

    seen: dict[str, set[int]] = {}
    for page in pages:
        for line in page.lines:
            if in_margin(line, page):
                seen.setdefault(_furniture_key(line), set()).add(page.number)
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
            if _repeats(_furniture_key(line), repeated) or line in numbers or beside_number or numbered:
                furniture.add(id(line))
                if header is None and line not in numbers:
                    header = without_folio(line.text, str(page.number))
    for line in _repeated_in_place(pages, needed) + _page_numbers_in_place(pages):
        furniture.add(id(line))
    for page in pages:
        _whole_blocks(page, furniture)
    return furniture, header


def _furniture_key(line: Line) -> str:
    return re.sub(r"\s+", "", re.sub(r"\d+", "#", line.text.lower())).strip("#")


def _repeated_in_place(pages: list[Page], needed: int) -> list[Line]:
    """Short lines printed with the same words (numbers aside) at the same place on `needed` pages or more, wherever
    on the page: a running head set below the margin, a footer above it."""
    placed: dict[str, list[tuple[Line, int]]] = {}
    for page in pages:
        for line in page.lines:
            key = _furniture_key(line)
            if re.search(r"[^\W\d_]", key) and len(line.text.split()) <= 15:
                placed.setdefault(key, []).append((line, page.number))
    found = []
    for occurrences in placed.values():
        if len({number for _, number in occurrences}) < needed:
            continue
        for line, _ in occurrences:
            same_place = {
                n
                for other, n in occurrences
                if abs(other.top - line.top) <= 0.5 * line.size and abs(other.x0 - line.x0) <= 0.5 * line.size
            }
            if len(same_place) >= needed:
                found.append(line)
    return found


def _page_numbers_in_place(pages: list[Page]) -> list[Line]:
    """Lines holding only a number, at the same place on two pages or more, the number growing by one or two a
    page (two for a PDF page that shows a spread of two)."""
    numbers = [(line, page.number) for page in pages for line in page.lines if PAGE_NUMBER.match(line.text.strip())]
    found = []
    for line, number in numbers:
        value = int(re.search(r"\d+", line.text).group())
        for other, other_number in numbers:
            if other_number == number or abs(other.top - line.top) > 3 or abs(other.x1 - line.x1) > 6:
                continue
            step = (int(re.search(r"\d+", other.text).group()) - value) / (other_number - number)
            if step in (1, 2):
                found.append(line)
                break
    return found


def _whole_blocks(page: Page, furniture: set[int]) -> None:
    """Lines of the same type set right against a furniture line in the outer fifth of the page (the rest of a
    footer or of a header block) are furniture too."""
    outer = [ln for ln in page.lines if ln.bottom < 0.2 * page.height or ln.top > 0.8 * page.height]
    grown = True
    while grown:
        grown = False
        for line in outer:
            if id(line) in furniture:
                continue
            for other in outer:
                if id(other) in furniture and other.style == line.style and other.x0 < line.x1 and line.x0 < other.x1:
                    gap = max(line.top - other.bottom, other.top - line.bottom)
                    if gap <= 0.6 * line.size:
                        furniture.add(id(line))
                        grown = True
                        break


def _carries_page_number(text: str, number: int, at_top: bool) -> bool:
    """A short margin line ending with this page's number (or, at the top, starting with it): a running head."""
    words = text.split()
    if len(words) > 15 or len(words) < 2:
        return False
    ends = words[-1] == str(number) and not TERMINAL.search(" ".join(words[:-1]))
    return ends or (at_top and words[0] == str(number))


def _repeats(line_key: str, repeated: set[str]) -> bool:
    """The line is a repeated one, holds one whole (a stamp printed as one line here, two lines elsewhere), or is
    a piece of one (a running head printed as one line on most pages and as two pieces on some)."""
    return line_key in repeated or any(
        len(k) >= 8 and k in line_key or len(line_key) >= 8 and line_key in k for k in repeated
    )


def _take_front_matter(
    lines: list[Line], body_style: tuple[str, float], metadata: dict, after_cover: bool
) -> tuple[list, list]:
    """The title block above the body of the first page of text, out of the text: the title (the largest type)
    with the masthead above it and the author line below it to metadata, a dateline to metadata too; the rest
    of the block (subtitles, issue lines, photo credits) is returned apart, to be logged as removed.

    The block is what stands before the first line of sentences in type no larger than the body's, but for a
    heading right above it.
    After a cover, a lone line there, or one with sentences right below it, is the first section's heading,
    not a title.
    """
    first_body = next(
        (i for i, ln in enumerate(lines) if is_prose(ln) and ln.size <= 1.15 * body_style[1]), len(lines)
    )
    front = lines[:first_body]
    while front and first_body < len(lines) and _heads_body(front[-1], lines[first_body], body_style):
        if len(front) > 1 and front[-2].style == front[-1].style and front[-1].top - front[-2].bottom < front[-1].size:
            break  # the last line of a title set over several lines, not a heading of its own
        front = front[:-1]
    if not front or max(ln.size for ln in front) < (1.2 if len(front) > 1 else 1.3) * body_style[1]:
        return lines, []
    biggest = max(ln.size for ln in front)
    title = [ln for ln in front if ln.size >= biggest - 0.5]
    if after_cover and (len(front) == 1 or _heads_prose(title[-1], lines)):
        return lines, []
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
    in_paragraphs = {id(ln) for run in _line_runs(lines) if any(map(is_prose, run)) for ln in run}
    rest = [ln for ln in front if id(ln) not in taken | in_paragraphs and len(ln.text.split()) <= 15]
    dated = [ln for ln in rest if _dateline(ln.text)]
    if dated:
        line = min(dated, key=lambda ln: _dateline(ln.text))
        metadata["dateline"] = " ".join(line.text.split())
        if "date" not in metadata and parse_date(line.text):
            metadata["date"] = parse_date(line.text)
    taken.update(id(ln) for ln in rest)
    return [ln for ln in lines if id(ln) not in taken], rest


def _heads_prose(line: Line, lines: list[Line]) -> bool:
    """Whether a line of sentences follows right below the line (which is then a heading, not a title)."""
    return any(
        is_prose(other) and other.x0 < line.x1 and line.x0 < other.x1 and 0 <= other.top - line.bottom <= 2.5 * other.size
        for other in lines
    )


def _dateline(text: str) -> int:
    """1 for a short line naming a month ("March 2025", "Reporting Period: 24 October – 24 Nov 2025"), 2 for one
    that is little more than a year ("2010", "© UNICEF Haiti/2025"), 0 for anything else."""
    if len(text.split()) > 10:
        return 0
    if MONTH_NAME.search(text):
        return 1
    return 2 if YEAR.search(text) and len(text.split()) <= 2 else 0


def _line_runs(lines: list[Line]) -> list[list[Line]]:
    """Lines cut into runs of lines of one type set right below one another (a paragraph, a block)."""
    runs: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        for run in runs:
            last = run[-1]
            if last.style == line.style and 0 <= line.top - last.bottom <= 0.8 * line.size and abs(last.x0 - line.x0) <= 2:
                run.append(line)
                break
        else:
            runs.append([line])
    return runs


def _heads_body(line: Line, first: Line, body_style: tuple[str, float]) -> bool:
    """A heading right above the first line of the body: bold or larger type, close above it."""
    close = 0 <= first.top - line.bottom <= 2.5 * first.size
    return close and (line.bold or line.size > body_style[1] + 0.5) and not _dateline(line.text)


def _looks_like_names(text: str) -> bool:
    words = [w for w in re.split(r"[\s,]+", text.strip()) if w and w.lower() not in ("and", "&", "by")]
    return (
        1 < len(words) <= 8
        and all(w[:1].isupper() for w in words)
        and any(not w.isupper() for w in words)
        and not re.search(r"\d|[.:;!?]$", text)
    )


def _blocks(lines: list[Line], page: Page, body_style: tuple[str, float]) -> list[Block]:
    """Consecutive lines grouped into paragraph-sized blocks, each given its role."""
    blocks: list[Block] = []
    previous = None
    by_start = sorted((ln.x0, ln.x1, ln.size) for ln in lines)
    starts = [x0 for x0, _, _ in by_start]
    for line in lines:
        near = by_start[
            bisect.bisect_left(starts, line.x0 - 2 * line.size) : bisect.bisect_right(starts, line.x0 + 2 * line.size)
        ]
        column_right = max(x1 for _, x1, size in near if abs(size - line.size) <= 0.5)  # a heading spans wider
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
    """Whether `line` opens a new block rather than carrying on the block `previous` ends.

    A line closing a sentence ends a paragraph when the next line's first word would have fitted after it: the
    break was made on purpose, whether the text is justified or ragged. A change between bold and regular type
    opens a block unless the line before runs on to the column's edge in mid-sentence (or after a colon) and the
    line starts where the text of the line before does: at its edge, or after its list label (bold words inside
    a paragraph, a bold lead-in of a list item).
    """
    size = max(previous.size, line.size)
    left = min(ln.x0 for ln in block.lines)
    if _label(block.lines[0]):
        left = max(left, _text_start(block.lines[0]))  # a list item's lines hang after its label
    closed = bool(TERMINAL.search(previous.text)) and not URL_END.search(previous.text)
    mid_sentence = not closed or previous.text.rstrip().endswith(":")
    start = _text_start(previous)
    aligned = abs(line.x0 - start) <= 0.3 * size if start > previous.x0 else line.x0 <= start + 0.8 * size
    runs_on = previous.x1 >= right - 3 * size and mid_sentence and aligned
    return (
        boxed != block.boxed
        or abs(line.size - previous.size) > 0.5
        or (line.bold != previous.bold and not runs_on)
        or line.x0 >= previous.x1
        or line.x1 <= previous.x0
        or line.top < previous.top
        or line.top - previous.bottom > 0.75 * size
        or bool(LIST_MARKER.match(line.text))
        or (bool(ENUMERATED.match(line.text)) and previous.text.rstrip()[-1:] in ".:;")
        or (line.x0 > left + 0.8 * size and closed)
        or (closed and _first_word_fits(previous, line, right))
    )


def _label(line: Line):
    """The list bullet or number a line opens with, if any."""
    return LIST_MARKER.match(line.text) or ENUMERATED.match(line.text)


def _text_start(line: Line) -> float:
    """Where a line's text starts: after its list bullet or number, if it opens with one (the item's next lines
    hang there)."""
    label = _label(line)
    return line.glyphs[label.end()].x0 if label and label.end() < len(line.glyphs) else line.x0


def _first_word_fits(previous: Line, line: Line, right: float) -> bool:
    """Whether the first word of `line`, and a space, fit between the end of `previous` and the column's edge."""
    end = next((g.x0 for g in line.glyphs if g.char == " "), line.x1)
    return (end - line.x0) + 0.3 * line.size < right - previous.x1


def _kind(block: Block, body_style: tuple[str, float]) -> str:
    """Body, heading or aside. A paragraph of body-size type that is not a heading is body text even when set in
    bold for the most part (a lead-in, words stressed)."""
    style = Counter()
    for line in block.lines:
        style[line.style] += len(line.glyphs)
    main = style.most_common(1)[0][0]
    text = block.text
    heading = len(block.lines) <= 2 and len(text.split()) <= 20 and not TERMINAL.search(text.rstrip())
    heading = heading and (main[1] >= body_style[1] - 0.5 or any(ln.bold for ln in block.lines))  # not a small caption
    bold_body = main[1] == body_style[1] and any(ln.bold for ln in block.lines) and not heading
    if main == body_style or bold_body:
        return "aside" if block.boxed else "body"
    if heading:
        return "heading"
    return "aside"
