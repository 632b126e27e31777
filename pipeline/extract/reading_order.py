"""Reading order of a page's lines: columns found from where text is absent, full-width lines as separators."""

from __future__ import annotations

from itertools import accumulate, chain, repeat
from operator import sub
from typing import NamedTuple

from pipeline.extract.page_model import Line

MIN_COLUMN_LINES = 2  # a column must hold at least this many lines' worth of text beside a gutter
NEAR_STRIPS = 6  # points: strips of thin text closer than this are one gutter

MAX_PAGE = 14_400  # points: the largest page side the PDF specification allows (200 inches)


def reading_order(lines: list[Line]) -> list[Line]:
    """Lines top to bottom within each column, columns left to right, between full-width lines.

    A full-width block of several lines with column text above and below it on both sides (a pull-quote
    set across the columns) floats: it does not cut the columns and is read after them.
    """
    if len(lines) < 2:
        return list(lines)
    gutters = find_gutters(lines)
    if not gutters:
        return sorted(lines, key=lambda line: (line.top, line.x0))
    spanning = sorted((ln for ln in lines if _crosses(ln, gutters)), key=lambda ln: ln.top)
    floating = _floating(spanning, [ln for ln in lines if not _crosses(ln, gutters)], gutters)
    in_columns = [ln for ln in lines if not _crosses(ln, gutters) and id(ln) not in floating]
    separators = [ln for ln in spanning if id(ln) not in floating]
    columns: list[list[list[Line]]] = [[[] for _ in range(len(gutters) + 1)] for _ in range(len(separators) + 1)]
    for line in in_columns:
        band = sum(1 for s in separators if s.top <= line.top)
        column = sum(1 for g in gutters if (line.x0 + line.x1) / 2 > g[1])
        columns[band][column].append(line)
    ordered: list[Line] = []
    for band, cells in enumerate(columns):
        if band:
            ordered.append(separators[band - 1])
        for cell in cells:
            ordered.extend(reading_order(cell) if len(cell) < len(lines) else sorted(cell, key=lambda ln: ln.top))
    return ordered + sorted((ln for ln in lines if id(ln) in floating), key=lambda ln: ln.top)


def _floating(spanning: list[Line], in_columns: list[Line], gutters: list[tuple[float, float]]) -> set[int]:
    """Ids of full-width runs of alike lines with column text above and below on both sides.

    A run takes along the alike lines just above or below it that stay inside one column (a short last line).
    """
    runs: list[list[Line]] = []
    for line in sorted(spanning + [ln for ln in in_columns if _touches_alike(ln, spanning)], key=lambda ln: ln.top):
        last = runs[-1][-1] if runs else None
        if last and line.style == last.style and line.top - last.bottom < 1.5 * line.size:
            runs[-1].append(line)
        else:
            runs.append([line])
    floating: set[int] = set()
    for run in runs:
        if len(run) >= 2 and _surrounded(run, in_columns, gutters):
            floating.update(id(ln) for ln in run)
    return floating


def _surrounded(run: list[Line], in_columns: list[Line], gutters: list[tuple[float, float]]) -> bool:
    """Whether column text lies above and below the run on both sides of every gutter it crosses."""
    top, bottom = run[0].top, run[-1].bottom
    x0, x1 = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    crossed = [g for g in gutters if x0 <= g[0] and g[1] <= x1]
    members = {id(ln) for ln in run}
    others = [ln for ln in in_columns if id(ln) not in members]
    above = [ln for ln in others if ln.bottom <= top]
    below = [ln for ln in others if ln.top >= bottom]
    return bool(crossed) and all(
        any(ln.x1 <= g[0] for ln in side) and any(ln.x0 >= g[1] for ln in side)
        for g in crossed
        for side in (above, below)
    )


def _touches_alike(line: Line, spanning: list[Line]) -> bool:
    return any(
        s.style == line.style and min(abs(line.top - s.bottom), abs(s.top - line.bottom)) < 0.5 * s.size
        for s in spanning
    )


class Gutter(NamedTuple):
    """The emptiest stretch of a strip between columns (left, right), and the whole strip where text thins out."""

    left: float
    right: float
    strip_left: float
    strip_right: float


def find_gutters(lines: list[Line]) -> list[Gutter]:
    """Vertical strips with much less text than the columns on both sides of them.

    The cover is one value per point of width, so only lines within the largest page the PDF specification
    allows are measured: a damaged file can put a line at any coordinate, and must not size the list.
    """
    lines = [ln for ln in lines if -MAX_PAGE <= ln.x0 <= ln.x1 <= MAX_PAGE]
    if not lines:
        return []
    left_edge = int(min(ln.x0 for ln in lines))
    width = int(max(ln.x1 for ln in lines)) - left_edge + 2
    cover = _cover(lines, left_edge, width)
    unit = sorted(ln.bottom - ln.top for ln in lines)[len(lines) // 2] * MIN_COLUMN_LINES
    best_left = _running_max(cover)
    best_right = _running_max(cover[::-1])[::-1]
    gutters: list[tuple[float, float]] = []
    start = None
    for x, value in enumerate(cover + [float("inf")]):
        dip = (
            x < width and min(best_left[x], best_right[x]) >= unit and value <= 0.35 * min(best_left[x], best_right[x])
        )
        if dip and start is None:
            start = x
        elif not dip and start is not None:
            gutter = Gutter(*_core(cover, start, x, left_edge), start + left_edge, x - 1 + left_edge)
            if gutters and gutter.strip_left - gutters[-1].strip_right <= NEAR_STRIPS:
                gutter = _joined(gutters.pop(), gutter)
            gutters.append(gutter)
            start = None
    return gutters


def _joined(left: Gutter, right: Gutter) -> Gutter:
    """Two strips a few points apart are one gutter that a few line ends reach into: the wider core, both strips."""
    core = max((left, right), key=lambda g: g.right - g.left)
    return Gutter(core.left, core.right, left.strip_left, right.strip_right)


def _cover(lines: list[Line], left_edge: int, width: int) -> list[float]:
    """The summed height of the lines over each point of the width.

    Heights are added line by line over the stretches between line ends rather than point by point:
    every point of a stretch gets the same sum, added in the same order.
    """
    cuts = sorted({0, width} | {int(ln.x0) - left_edge for ln in lines} | {int(ln.x1) - left_edge + 1 for ln in lines})
    at = {x: i for i, x in enumerate(cuts)}
    sums = [0.0] * (len(cuts) - 1)
    for line in lines:
        height = line.bottom - line.top
        start, end = at[int(line.x0) - left_edge], at[int(line.x1) - left_edge + 1]
        sums[start:end] = [value + height for value in sums[start:end]]
    return list(chain.from_iterable(map(repeat, sums, map(sub, cuts[1:], cuts))))


def _core(cover: list[float], start: int, end: int, left_edge: int) -> tuple[float, float]:
    """The emptiest stretch of a dip: ragged line ends thin a dip out well before the true gutter."""
    floor = min(cover[start:end])
    core = [x for x in range(start, end) if cover[x] <= floor + 1.0]
    return core[0] + left_edge, core[-1] + left_edge


def _running_max(values: list[float]) -> list[float]:
    return list(accumulate(values, max, initial=0.0))[1:]


def _crosses(line: Line, gutters: list[Gutter]) -> bool:
    """A line over the whole strip of a gutter; a column's line that only reaches into the strip (a ragged line
    end, a long line of another band of columns) does not cross it."""
    return any(line.x0 <= g.strip_left and g.strip_right <= line.x1 for g in gutters)
