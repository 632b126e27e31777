"""Builders for test PDFs drawn line by line with reportlab, so every break and position is known.

Coordinates are in points from the top-left corner. In drawn text, "^12" sets "12" as a superscript,
and "^1,2" or "^1-3" the digits with the comma or the dash between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

registerFont(TTFont("Vera", "Vera.ttf"))  # ships with reportlab; has the ﬁ and ﬂ ligature glyphs

A4 = (595.0, 842.0)
BODY = ("Helvetica", 10.0)
LEADING = 14.0


@dataclass
class Sheet:
    """One page as a list of drawing operations, replayed by `write_pdf`."""

    ops: list[tuple] = field(default_factory=list)

    def text(
        self, x: float, top: float, text: str, font: str = BODY[0], size: float = BODY[1], word_space: float = 0.0
    ) -> None:
        """One line of text whose baseline sits `top` points below the top edge."""
        self.ops.append(("text", x, top, text, font, size, word_space))

    def lines(
        self,
        x: float,
        top: float,
        lines: list[str],
        font: str = BODY[0],
        size: float = BODY[1],
        leading: float = LEADING,
    ) -> float:
        """Consecutive lines; returns the baseline position after the last one."""
        for line in lines:
            self.text(x, top, line, font, size)
            top += leading
        return top

    def typed(
        self, x: float, top: float, text: str, font: str = BODY[0], size: float = BODY[1], char_space: float = 0.0,
        word_space: float = 0.0,
    ) -> None:
        """One line shown as a single string, space glyphs and all, with extra space after every character
        (`char_space`) or every space (`word_space`, which may be negative)."""
        self.ops.append(("typed", x, top, text, font, size, char_space, word_space))

    def rotated(self, x: float, top: float, text: str, angle: float, size: float = 8.0) -> None:
        """A label turned `angle` degrees about its start, as chart axes set them."""
        self.ops.append(("rotated", x, top, text, angle, size))

    def fill(self, x: float, top: float, width: float, height: float, gray: float = 0.88) -> None:
        """A grey background rectangle, drawn under any text."""
        self.ops.insert(0, ("fill", x, top, width, height, gray))

    def rule(self, x: float, top: float, width: float) -> None:
        self.ops.append(("rule", x, top, width))

    def rect(self, x: float, top: float, width: float, height: float) -> None:
        """An outlined, unfilled box."""
        self.ops.append(("rect", x, top, width, height))


def write_pdf(
    path: Path,
    sheets: list[Sheet],
    *,
    title: str | None = None,
    author: str | None = None,
    password: str | None = None,
    compress: bool = True,
) -> Path:
    """Draw the sheets into a PDF at `path` (encrypted when a password is given; page streams left readable when
    not `compress`ed, so that every coordinate is a number in the file)."""
    encrypt = StandardEncryption(password, ownerPassword=password + "-owner") if password else None
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1, pageCompression=int(compress))
    if title:
        pdf.setTitle(title)
    if author:
        pdf.setAuthor(author)
    height = A4[1]
    for sheet in sheets:
        for op in sheet.ops:
            kind = op[0]
            if kind == "fill":
                _, x, top, width, box_height, gray = op
                pdf.setFillGray(gray)
                pdf.rect(x, height - top - box_height, width, box_height, stroke=0, fill=1)
                pdf.setFillGray(0)
            elif kind == "rect":
                _, x, top, width, box_height = op
                pdf.rect(x, height - top - box_height, width, box_height, stroke=1, fill=0)
            elif kind == "rule":
                _, x, top, width = op
                pdf.line(x, height - top, x + width, height - top)
            elif kind == "typed":
                _, x, top, text, font, size, char_space, word_space = op
                pdf.saveState()  # character and word spacing are graphics state: kept for this line only
                shown = pdf.beginText(x, height - top)
                shown.setFont(font, size)
                shown.setCharSpace(char_space)
                shown.setWordSpace(word_space)
                shown.textOut(text)
                pdf.drawText(shown)
                pdf.restoreState()
            elif kind == "rotated":
                _, x, top, text, angle, size = op
                pdf.saveState()
                pdf.translate(x, height - top)
                pdf.rotate(angle)
                pdf.setFont(BODY[0], size)
                pdf.drawString(0, 0, text)
                pdf.restoreState()
            else:
                _, x, top, text, font, size, word_space = op
                _draw_line(pdf, x, height - top, text, font, size, word_space)
        pdf.showPage()
    pdf.save()
    return Path(path)


def _draw_line(
    pdf: canvas.Canvas, x: float, baseline: float, text: str, font: str, size: float, word_space: float
) -> None:
    """Draw a line, raising "^digits" (with any "," or "-" between digits) as superscripts at 0.6 of the size."""
    for piece in re.split(r"(\^\d+(?:[,\-–]\d+)*)", text):
        if not piece:
            continue
        if piece.startswith("^"):
            small = round(size * 0.6, 1)
            pdf.setFont(font, small)
            pdf.drawString(x, baseline + size * 0.4, piece[1:])
            x += stringWidth(piece[1:], font, small)
            continue
        words = piece.split(" ")
        pdf.setFont(font, size)
        for index, word in enumerate(words):
            if word:
                pdf.drawString(x, baseline, word)
                x += stringWidth(word, font, size)
            if index < len(words) - 1:
                x += stringWidth(" ", font, size) + word_space


def running_header(sheet: Sheet, number: int, text: str = "Policy Notes 12 | MARCH 2021") -> None:
    """A header line and a page number at the top, as briefs print them."""
    sheet.text(50, 40, text, "Helvetica-Oblique", 8)
    sheet.text(530, 40, str(number), "Helvetica-Bold", 8)
