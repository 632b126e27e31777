"""Text that is not running text: tables of contents, table cells, chart and map labels, and big-number callouts.

Each is found by evidence of its own, never by what one document looks like:
- a **table of contents** is entries ending in page numbers, after dot leaders or on one right edge;
- a **table** is a run of rows whose cells are numbers, or of rows of three or more short cells aligned in columns;
- **figure text** is short lines standing over a drawing (a cluster of many drawn paths) or around it (axis
  labels, a legend), or a stack of numbers aligned one above the other (a chart's scale);
- a **callout** is a number set in large type with the short label lines beside it.
Lines of sentences are never taken, wherever they stand: a note under a chart stays in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.page_model import Line, Page, lines_bbox
from pipeline.extract.text_patterns import ENUMERATOR

NUMBER = re.compile(r"[-+−–(~<>≈]*[€$£¥]?\d[\d.,:/–-]*(?:%|‰|[kKmMbB]n?|bn|[xX×])?\)?[*†‡¹²³]*")
SENTENCE_END = re.compile(r"[.!?:;][”’\"')\]]*$")
WORD = re.compile(r"[^\W\d_]{2,}")
CAPTION = re.compile(r"(?:figure|fig\.|table|graph|chart|map|box|source|note)s?\b", re.I)
LEADER_ENTRY = re.compile(r"[^\W\d_][^.…]*(?:(?:\. ?){4,}|…+) ?\d{1,4} *$")  # "Introduction ..... 3"
PAGE_REF = re.compile(r"\d{1,4}")
CONTENTS_HEADING = re.compile(r"\s*(?:table of )?contents\s*$", re.I)
QUANTITY = re.compile(r"\d{2}|\d[.,]\d|[%‰€$£¥]|\b(?:million|billion|thousand|bn|mn|[MBK])\b", re.I)

PROSE_WORDS = 6  # a line of this many words is a line of sentences
GRID_WORDS = 4  # table cells are short: at most this many words in the median cell
HEAD_WORDS = 6  # column heads and headings inside a table are at most this many words a cell
MIN_ROWS = 3  # a table or an axis has at least this many rows
FIGURE_OBJECTS = 8  # drawn paths that make a chart or a map, not a frame around a box
BACKGROUND = 0.5  # a drawing over this share of the page is a background, not a figure
CELL = 8.0  # points: drawn objects this close join one drawing
GRID_CELLS = 150  # the grid laid over a page has at most this many cells a side
CALLOUT_SIZE = 1.2  # a callout's number is set at least this much larger than the body


@dataclass
class SetAside:
    """Lines taken out of the running text, and what they are: "contents", "table", "figure-text" or "callout"."""

    kind: str
    lines: list[Line]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return lines_bbox(self.lines)

    @property
    def text(self) -> str:
        return row_text(self.lines)


def row_text(lines: list[Line]) -> str:
    """Lines read row by row, each row left to right: how a table or a chart's labels are read."""
    return " ".join(" ".join(line.text.split()) for row in rows(lines) for line in row)


def set_aside(page: Page, lines: list[Line], body_size: float) -> tuple[list[Line], list[SetAside]]:
    """The page's running-text lines, and the groups of lines that are tables, figure text or callouts."""
    found: list[SetAside] = []
    taken: set[int] = set()

    def take(kind: str, group: list[Line]) -> None:
        group = [line for line in group if id(line) not in taken]
        if group:
            taken.update(id(line) for line in group)
            found.append(SetAside(kind, group))

    for group in _contents(lines):
        take("contents", group)
    for group in _tables([ln for ln in lines if id(ln) not in taken]):
        take("table", group)
    for group in _callouts([ln for ln in lines if id(ln) not in taken], body_size):
        take("callout", group)
    rest = [ln for ln in lines if id(ln) not in taken]
    for group in _figure_labels(page, rest, body_size) + _axes(rest):
        take("figure-text", group)
    return [line for line in lines if id(line) not in taken], found


def is_prose(line: Line) -> bool:
    """A line of sentences: enough words, some of them in small letters (a line of names or a heading in
    capitals has none or few), or a few words closed by sentence punctuation; words in capitals only (a column
    head, a label) do not count."""
    words = [word for word in WORD.findall(line.text) if not word.isupper()]
    small = sum(1 for word in words if word[0].islower())
    return len(words) >= PROSE_WORDS and small >= 2 or (len(words) >= 3 and bool(SENTENCE_END.search(line.text.rstrip())))


def _contents(lines: list[Line]) -> list[list[Line]]:
    """A table of contents: two entries or more ending in a page number after dot leaders ("Introduction .... 3"),
    or three or more rows of a title and a bare page number, the numbers on one right edge and growing down the
    rows; with the "Contents" heading above them."""
    leadered = [ln for ln in lines if (". ." in ln.text or ".." in ln.text or "…" in ln.text) and LEADER_ENTRY.search(ln.text)]
    found = [leadered] if len(leadered) >= 2 else []
    numbered = [
        row
        for row in rows(lines)
        if len(row) == 2 and PAGE_REF.fullmatch(row[1].text.strip()) and len(WORD.findall(row[0].text)) >= 2
    ]
    for first, last in _runs(numbered, [True] * len(numbered)):
        run = numbered[first : last + 1]
        edges = [row[-1].x1 for row in run]
        pages = [int(row[1].text) for row in run]
        if len(run) >= MIN_ROWS and max(edges) - min(edges) <= 2 and pages == sorted(pages):
            found.append([line for row in run for line in row])
    for group in found:
        top = min(ln.top for ln in group)
        group.extend(ln for ln in lines if CONTENTS_HEADING.match(ln.text) and 0 <= top - ln.bottom <= 4 * ln.size)
    return found


def is_sentence(line: Line) -> bool:
    """A line closed by sentence punctuation, or long enough to hold one (a legend line has neither)."""
    words = [word for word in WORD.findall(line.text) if not word.isupper()]
    return len(words) >= 3 and bool(SENTENCE_END.search(line.text.rstrip())) or len(words) >= 12


def is_data(text: str) -> bool:
    """A cell or label of figures: numbers (not list enumerators such as "1." or "(ii)") and signs, few words."""
    tokens = text.split()
    if not tokens or len(tokens) > 16 or ENUMERATOR.fullmatch(text.strip()):
        return False
    numbers = sum(1 for t in tokens if NUMBER.fullmatch(t) and not ENUMERATOR.fullmatch(t))
    signs = sum(1 for t in tokens if not any(c.isalnum() for c in t))
    return numbers >= 1 and numbers + signs >= 0.5 * len(tokens)


def rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped by the height they sit at (the cells of one table row), top to bottom, each left to right."""
    ordered = sorted(lines, key=lambda ln: (ln.top + ln.bottom) / 2)
    grouped: list[list[Line]] = []
    for line in ordered:
        middle = (line.top + line.bottom) / 2
        if grouped:
            last = grouped[-1][-1]
            if abs(middle - (last.top + last.bottom) / 2) <= 0.4 * min(line.size, last.size):
                grouped[-1].append(line)
                continue
        grouped.append([line])
    return [sorted(row, key=lambda ln: ln.x0) for row in grouped]


def _tables(lines: list[Line]) -> list[list[Line]]:
    """Runs of table rows: rows of numbers, or rows of three or more short cells on shared column edges.

    Runs parted only by a few short rows (a heading inside the table) are one table, and the short rows right
    above a table (its column heads, over one or several rows) belong to it.
    """
    page_rows = rows(lines)
    marks = [a or b for a, b in zip(map(_numeric_row, page_rows), _grid_rows(page_rows))]
    runs: list[list[int]] = []
    for first, last in _runs(page_rows, marks):
        if last - first + 1 < MIN_ROWS:
            continue
        between = page_rows[runs[-1][1] + 1 : first] if runs else None
        if between is not None and len(between) <= 3 and all(map(_header_like, between)):
            runs[-1][1] = last
        else:
            runs.append([first, last])
    tables = []
    for first, last in runs:
        cells = [line for row in page_rows[first : last + 1] for line in row]
        x0, x1 = min(ln.x0 for ln in cells), max(ln.x1 for ln in cells)
        inside = [ln for row in page_rows[first : last + 1] for ln in row if ln.x0 >= x0 - 2 and ln.x1 <= x1 + 2]
        while first and _heads(page_rows[first - 1], page_rows[first], x0, x1, lines):
            first -= 1
            inside = page_rows[first] + inside
        tables.append(inside)
    return tables


def _header_like(row: list[Line]) -> bool:
    """A row of column heads or of a heading inside a table: no sentences, only figures or a few words a cell."""
    return not any(is_prose(ln) for ln in row) and all(is_data(ln.text) or len(ln.text.split()) <= HEAD_WORDS for ln in row)


def _heads(row: list[Line], below: list[Line], x0: float, x1: float, lines: list[Line]) -> bool:
    """A header-like row over the table's columns, close above the row below it, that is not the last line of
    the paragraph above the table."""
    height = max(ln.bottom - ln.top for ln in below)
    gap = min(ln.top for ln in below) - max(ln.bottom for ln in row)
    over = any(ln.x0 < x1 and x0 < ln.x1 for ln in row)
    return _header_like(row) and over and gap <= 2 * height and not any(_ends_paragraph(ln, lines) for ln in row)


def _numeric_row(row: list[Line]) -> bool:
    """A row of figures: cells of figures beside, at most, short labels ("Microsoft  62", "Albania  1.52  1.56").

    One line holding several figures counts as a row of cells too ("2008 2009 2010").
    """
    data = [line for line in row if is_data(line.text)]
    labels = [line for line in row if line not in data]
    if not data:
        return False
    if len(row) == 1:
        return len(row[0].text.split()) >= 3
    return all(len(line.text.split()) <= GRID_WORDS and not is_prose(line) for line in labels) or 2 * len(data) > len(row)


def _grid_rows(page_rows: list[list[Line]]) -> list[bool]:
    """Rows of three or more short cells whose left edges line up with the cells of the rows around them."""
    wide = [len(row) >= 3 and not any(is_prose(ln) for ln in row) for row in page_rows]
    marks = [False] * len(page_rows)
    for first, last in _runs(page_rows, wide):
        if last - first + 1 < MIN_ROWS:
            continue
        cells = [line for row in page_rows[first : last + 1] for line in row]
        words = sorted(len(line.text.split()) for line in cells)
        if words[len(words) // 2] > GRID_WORDS:
            continue
        edges = [round(line.x0) for line in cells]
        shared = [line for line in cells if sum(1 for e in edges if abs(e - round(line.x0)) <= 3) >= MIN_ROWS]
        if len(shared) >= 0.75 * len(cells):
            marks[first : last + 1] = [True] * (last - first + 1)
    return marks


def _runs(page_rows: list[list[Line]], marks: list[bool]) -> list[tuple[int, int]]:
    """(first, last) indices of consecutive marked rows, a run broken by an unmarked row or a gap of more than
    three line heights."""
    runs: list[list[int]] = []
    previous = None
    for index, (row, marked) in enumerate(zip(page_rows, marks)):
        if not marked:
            previous = None
            continue
        top = min(ln.top for ln in row)
        height = max(ln.bottom - ln.top for ln in row)
        if previous is not None and top - previous <= 3 * height:
            runs[-1][1] = index
        else:
            runs.append([index, index])
        previous = max(ln.bottom for ln in row)
    return [(first, last) for first, last in runs]


def _callouts(lines: list[Line], body_size: float) -> list[list[Line]]:
    """A quantity in large type with one to five short lines right below it that say what it counts.

    A quantity has two digits or more, or a unit ("€214 billion", "82%", "1.86 million"): a large lone digit is a
    section number. The label lines are set no larger than the body and are not sentences; a number that heads
    a paragraph is no callout.
    """
    ordered = sorted(lines, key=lambda ln: ln.top)
    groups = []
    for line in ordered:
        if line.size < CALLOUT_SIZE * body_size or not is_data(line.text) or not QUANTITY.search(line.text):
            continue
        below, bottom = [], line.bottom
        for other in ordered:
            overlaps = other.x0 < line.x1 + line.size and line.x0 - line.size < other.x1
            if other is not line and overlaps and line.top < other.top and other.top - bottom <= 1.5 * other.size:
                below.append(other)
                bottom = other.bottom
        if 1 <= len(below) <= 5 and not any(is_prose(ln) or ln.size > 1.05 * body_size for ln in below):
            groups.append([line] + below)
    return groups


def _axes(lines: list[Line]) -> list[list[Line]]:
    """Three or more lines of figures stacked one above the other on a shared edge: the scale of a chart."""
    data = sorted((ln for ln in lines if is_data(ln.text) and len(ln.text.split()) <= 3), key=lambda ln: ln.top)
    groups: list[list[Line]] = []
    for line in data:
        for group in groups:
            last = group[-1]
            aligned = abs(last.x1 - line.x1) <= 3 or abs(last.x0 - line.x0) <= 3
            if aligned and 0 <= line.top - last.bottom <= 4 * line.size:
                group.append(line)
                break
        else:
            groups.append([line])
    return [group for group in groups if len(group) >= MIN_ROWS]


def figure_regions(page: Page) -> list[tuple[float, float, float, float]]:
    """Areas covered by a drawing: a cluster of many drawn paths that is not the page's background.

    Drawn objects join one cluster when they share a cell of a coarse grid laid over the page, or sit in
    neighbouring cells (a few points apart): a map of thousands of paths costs one pass over the cells they
    cover. Coordinates are clipped to the page and the grid has a bounded number of cells, whatever the PDF says.
    """
    items = [_clipped(g, page) for g in page.graphics if _part_of_figure(g, page)]
    if len(items) < FIGURE_OBJECTS:
        return []
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    cell = max(CELL, page.width / GRID_CELLS, page.height / GRID_CELLS)
    row = GRID_CELLS + 3  # cells are numbered x * row + y: one number a cell, neighbours at fixed steps
    owners: dict[int, int] = {}
    for index, (x0, top, x1, bottom) in enumerate(items):
        for cx in range(int(x0 // cell) + 1, int(x1 // cell) + 2):
            for cy in range(int(top // cell) + 1, int(bottom // cell) + 2):
                owner = owners.setdefault(cx * row + cy, index)
                if owner != index:
                    parent[find(index)] = find(owner)
    for key, index in owners.items():
        for step in (row, 1, row + 1, row - 1):
            neighbour = owners.get(key + step)
            if neighbour is not None and neighbour != index:
                parent[find(index)] = find(neighbour)
    clusters: dict[int, list[tuple]] = {}
    for index, box in enumerate(items):
        clusters.setdefault(find(index), []).append(box)
    boxes = [
        [(min(b[0] for b in found), min(b[1] for b in found), max(b[2] for b in found), max(b[3] for b in found)), len(found)]
        for found in clusters.values()
    ]
    regions = []
    for box, count in _aligned(boxes):
        area = (box[2] - box[0]) * (box[3] - box[1])
        if area >= 0.01 * page.width * page.height and count >= FIGURE_OBJECTS:
            regions.append(box)
    return regions


def _clipped(box: tuple, page: Page) -> tuple:
    x0, top, x1, bottom = box
    return max(x0, 0.0), max(top, 0.0), min(x1, page.width), min(bottom, page.height)


def _aligned(boxes: list[list]) -> list[list]:
    """Clusters sharing both left and right edges (gridlines of one chart, stacked) or both top and bottom edges
    (bars standing on one axis) joined, with their counts of drawn objects added."""
    merged: list[list] = []
    for box, count in sorted(boxes):
        for other in merged:
            a = other[0]
            stacked = abs(a[0] - box[0]) <= 2 and abs(a[2] - box[2]) <= 2
            side_by_side = abs(a[1] - box[1]) <= 2 and abs(a[3] - box[3]) <= 2
            if stacked or side_by_side:
                other[0] = (min(a[0], box[0]), min(a[1], box[1]), max(a[2], box[2]), max(a[3], box[3]))
                other[1] += count
                break
        else:
            merged.append([box, count])
    return merged


def _part_of_figure(box: tuple, page: Page) -> bool:
    """Not the page's background, not off the page, and not a frame or column rule running along most of it."""
    x0, top, x1, bottom = box
    width, height = x1 - x0, bottom - top
    if x1 < 0 or x0 > page.width or bottom < 0 or top > page.height:
        return False
    if width * height >= BACKGROUND * page.width * page.height:
        return False
    thin_and_long = (width <= 2 and height >= 0.85 * page.height) or (height <= 2 and width >= 0.85 * page.width)
    return not thin_and_long


def _touch(a: tuple, b: tuple, slack: float) -> bool:
    return a[0] - slack <= b[2] and b[0] - slack <= a[2] and a[1] - slack <= b[3] and b[1] - slack <= a[3]


def _figure_labels(page: Page, lines: list[Line], body_size: float) -> list[list[Line]]:
    """Short lines over a drawing or just around it (axis labels, legends, row labels), one group per drawing.

    A drawing whose area holds more than a few lines of sentences is a box of text, and nothing is taken from it;
    around it, a short line is a label unless it belongs to the text: the last line of a paragraph, or a heading
    with sentences right below it.
    """
    groups = []
    for region in _merged(figure_regions(page), 2 * body_size):
        inside = [ln for ln in lines if _within(ln, region, 0, 0)]
        if sum(1 for ln in inside if is_prose(ln)) > 0.3 * max(len(inside), 1):
            continue
        labels: list[Line] = []
        area = region
        for _ in range(3):  # labels found widen the area: a legend below the axis labels below the drawing
            around = [ln for ln in lines if _within(ln, area, 4 * body_size, 3 * body_size)]
            labels = [ln for ln in around if _is_label(ln, lines, _within(ln, region, 0, 0), body_size)]
            area = _union(region, labels)
        if labels:
            groups.append(labels)
    return groups


def _is_label(line: Line, lines: list[Line], over_drawing: bool, body_size: float) -> bool:
    """Over the drawing, any line but one of sentences; beside it, a line no larger than the body that is not a
    caption, not a sentence, not a line of a paragraph and not a heading."""
    if over_drawing:
        return not is_prose(line)
    return line.size <= body_size + 0.5 and not (
        is_sentence(line) or CAPTION.match(line.text) or _in_paragraph(line, lines) or _heads_prose(line, lines)
    )


def _union(region: tuple, lines: list[Line]) -> tuple:
    return (
        min([region[0]] + [ln.x0 for ln in lines]),
        min([region[1]] + [ln.top for ln in lines]),
        max([region[2]] + [ln.x1 for ln in lines]),
        max([region[3]] + [ln.bottom for ln in lines]),
    )


def _within(line: Line, region: tuple, across: float, down: float) -> bool:
    x0, top, x1, bottom = region
    return line.x0 >= x0 - across - 2 and line.x1 <= x1 + across + 2 and line.top >= top - down - 2 and (
        line.bottom <= bottom + down + 2
    )


def _merged(regions: list[tuple], gap: float) -> list[tuple]:
    """Regions closer than `gap` to one another joined into one (the bars and the axis of one chart)."""
    merged = list(regions)
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                if _touch(merged[i], merged[j], gap):
                    a, b = merged[i], merged.pop(j)
                    merged[i] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                    changed = True
                    break
            if changed:
                break
    return merged


def _ends_paragraph(line: Line, lines: list[Line]) -> bool:
    """The short last line of a paragraph: a line of sentences right above it, starting at the same edge."""
    return any(
        is_prose(other) and abs(other.x0 - line.x0) <= 2 and 0 <= line.top - other.bottom <= 0.8 * line.size
        for other in lines
    )


def _in_paragraph(line: Line, lines: list[Line]) -> bool:
    """A line set right below or right above a line of sentences of its size: one of the lines of a paragraph."""
    return any(
        is_prose(other)
        and other is not line
        and abs(other.size - line.size) <= 0.5
        and other.x0 < line.x1
        and line.x0 < other.x1
        and 0 <= max(line.top - other.bottom, other.top - line.bottom) <= 0.8 * line.size
        for other in lines
    )


def _heads_prose(line: Line, lines: list[Line]) -> bool:
    """A heading: a sentence right below it, overlapping it."""
    return any(
        is_sentence(other) and other.x0 < line.x1 and line.x0 < other.x1 and 0 <= other.top - line.bottom <= 1.5 * line.size
        for other in lines
    )
