"""The page model the cleaner works on: glyphs grouped into lines, lines into blocks, blocks into pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import NamedTuple


class Glyph(NamedTuple):
    """One character and its horizontal extent on its line; `raised` marks superscript characters.

    A named tuple: a document holds one per character, so it must be cheap to make.
    """

    char: str
    x0: float
    x1: float
    raised: bool = False


_CHAR = itemgetter(0)
BOLD = re.compile(r"bold|black|heavy|semibold", re.I)


@dataclass
class Line:
    """A run of glyphs sharing a baseline within one column; `located` is False for plain-text input."""

    glyphs: list[Glyph]
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str
    located: bool = True

    @cached_property
    def text(self) -> str:
        """The line's characters (computed once: glyphs only ever change their `raised` mark afterwards)."""
        return "".join(map(_CHAR, self.glyphs))

    @property
    def bold(self) -> bool:
        """Set in a bold (or heavier) font, as headings and lead-ins are."""
        return bool(BOLD.search(self.font))

    @property
    def style(self) -> tuple[str, float]:
        """Font and rounded size: what tells body text from quotes, boxes and headings."""
        return self.font, round(self.size * 2) / 2


@dataclass
class Block:
    """Consecutive lines read as one unit (a paragraph or part of one); `kind` says what role it plays."""

    lines: list[Line]
    kind: str = "body"
    boxed: bool = False
    framed: bool = False
    item: bool = False  # opens a list item, so it never continues the paragraph before it

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (
            min(line.x0 for line in self.lines),
            min(line.top for line in self.lines),
            max(line.x1 for line in self.lines),
            max(line.bottom for line in self.lines),
        )

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass
class Page:
    """One page: its lines, the shaded or outlined areas that mark boxes, horizontal rules (x0, y, x1), and the
    boxes of everything drawn (paths and images), which charts, maps and tables are made of."""

    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)
    graphics: list[tuple[float, float, float, float]] = field(default_factory=list)
