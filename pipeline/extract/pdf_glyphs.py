"""PDF → pages of lines, each glyph keeping its page and box, with our own line and column grouping.

pdfminer.six parses each page once without its layout analysis (LAParams=None): its text-box order
breaks widely spaced justified lines into pieces, so lines are built here from the glyphs by baseline,
and a wide gap only splits a line where a whitespace channel runs through neighbouring lines too.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import partial
from itertools import compress, count, groupby, repeat
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import NamedTuple

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTCurve, LTFigure, LTImage, LTRect
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdffont import PDFSimpleFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import apply_matrix_rect, decode_text

from pipeline.core.errors import InputError
from pipeline.extract.page_model import Glyph, Line, Page
from pipeline.extract.text_patterns import BULLETS, ENUMERATOR

WORD_GAP = 0.15  # a gap wider than this share of the font size separates words
TIGHT = 0.05  # a space glyph with a gap narrower than this share of the font size is not seen as a space
LEVEL = 0.05  # a baseline that climbs more than this per unit of advance (about 3 degrees) is rotated text
WIDE_GAP = 0.8  # a gap wider than this may be a column gutter
SUPERSCRIPT_RATIO = 0.85  # glyphs this much smaller than their neighbours may be superscripts
LIST_MARKERS = frozenset(BULLETS)
SYMBOL_FONT = re.compile(r"symbol|dingbat|wingding|webding", re.I)
MIXED_CASE = re.compile(r"[^\W\d_]*[a-zß-ÿ][A-ZÀ-Þ]")  # a capital after a small letter inside a word
MARKER_SIGNS = frozenset("0123456789*†‡§")  # small ones on the baseline are note markers too
WIN_ANSI_HYPHEN = 0xAD  # octal 255: a second code for the hyphen in WinAnsiEncoding (PDF 32000-1, annex D)
WIN_ANSI_UNUSED = frozenset({0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D})  # "unused codes ... map to the bullet" (annex D, note 5)
FAR = 1e7  # points (some 3.5 km): no page reaches this far from its origin


class Char(NamedTuple):
    """A glyph in page coordinates (origin top-left), before it is placed on a line."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    font: str


# Char and Glyph are made once per glyph of the PDF: tuple.__new__ skips the named tuples' Python-level __new__.
new_char = partial(tuple.__new__, Char)
new_glyph = partial(tuple.__new__, Glyph)


def read_pdf(path: Path, numbers: set[int] | None = None) -> tuple[list[Page], dict]:
    """Every page of the PDF as lines (or only the pages `numbers`, counted from 1), plus the document information
    dictionary; InputError on bad input.

    Whatever parsing and interpreting a damaged file raises, inside pdfminer or in the glyph collector that
    pdfminer feeds with the file's values, is reported as a damaged PDF. A MemoryError is left to the caller,
    which knows the memory limit the document ran under.
    """
    with open(path, "rb") as handle:
        try:
            document = PDFDocument(PDFParser(handle))
            info = _info(document)
            manager = PDFResourceManager(caching=True)
            device = GlyphCollector(manager)
            interpreter = PDFPageInterpreter(manager, device)
            parsed = []
            for number, pdf_page in enumerate(PDFPage.create_pages(document), start=1):
                if numbers is None or number in numbers:
                    interpreter.process_page(pdf_page)
                    parsed.append((number, device.get_result(), device.chars))
        except (PDFPasswordIncorrect, PDFEncryptionError) as error:
            cause = f"encrypted PDF that cannot be opened without a password ({error.__class__.__name__})"
            raise InputError(path, cause) from None
        except MemoryError:
            raise
        except Exception as error:  # a damaged file can make pdfminer raise anything
            raise InputError(path, damaged_cause(error)) from None
    return [_page(layout, chars, number) for number, layout, chars in parsed], info


def mend_small_capitals(pages: list[Page]) -> None:
    """Lines in a font whose words come out in broken mixed case ("the faiLure of BaseL ii", "ConCLusion") set
    in capitals, as they are printed: a small-capitals font whose glyphs map some letters to lower case.

    A font is taken for one when, over the whole document, three of its distinct words of three letters or
    more, and a tenth of them at least, have a capital after a small letter: words such as "McDonald" or
    "WhatsApp" are far rarer than that in any font.
    """
    words: dict[str, set[str]] = {}
    for page in pages:
        for line in page.lines:
            words.setdefault(line.font, set()).update(re.findall(r"[^\W\d_]{3,}", line.text))
    broken = {
        font
        for font, found in words.items()
        if (mixed := sum(1 for w in found if MIXED_CASE.search(w))) >= 3 and mixed >= len(found) / 10
    }
    for page in pages:
        for line in page.lines:
            if line.font in broken:
                line.glyphs = [glyph._replace(char=glyph.char.upper()) for glyph in line.glyphs]
                line.__dict__.pop("text", None)  # the cached text is made again from the glyphs


def damaged_cause(error: BaseException) -> str:
    """The one line that tells a user what pdfminer met in a damaged file."""
    detail = " ".join(str(error).split())[:100]
    return f"damaged PDF: {error.__class__.__name__}" + (f": {detail}" if detail else "")


def _info(document: PDFDocument) -> dict:
    """Title and author from the PDF's information dictionary, where present."""
    found = {}
    for record in document.info:
        for key in ("Title", "Author"):
            value = resolve1(record.get(key))
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and value.strip():
                found[key.lower()] = " ".join(value.split())
    return found


class GlyphCollector(PDFPageAggregator):
    """pdfminer's page aggregator without layout analysis, keeping glyphs as light tuples in page order.

    Level, upright glyphs only: rotated text (margin stamps, vertical or slanted chart labels) is not running
    text. A slanted (sheared) glyph of an oblique font is kept: only its baseline must be level.
    pdfminer calls the device once per glyph; here a whole shown string is placed in one loop, and each
    font's glyph texts and widths are looked up once, since that loop runs for every character of the PDF.
    """

    def __init__(self, manager: PDFResourceManager):
        super().__init__(manager, laparams=None)
        self.chars: list[Char] = []
        self.top = 0.0
        self.fonts: dict[object, _FontGlyphs] = {}

    def begin_page(self, page, ctm) -> None:
        super().begin_page(page, ctm)
        self.chars = []
        self.top = self.cur_item.y1

    def render_string_horizontal(
        self, seq, matrix, pos, font, fontsize, scaling, charspace, wordspace, rise, dxscale, ncs, graphicstate
    ) -> tuple[float, float]:
        """pdfminer's horizontal text loop (PDFTextDevice) with each glyph's box computed inline."""
        x, y = pos
        a, b, c, d, e, f = matrix
        glyphs = self.fonts.get(font)
        if glyphs is None:
            glyphs = self.fonts[font] = _FontGlyphs(font, self.handle_undefined_char)
        upright = a * d * scaling > 0 and abs(b) <= LEVEL * abs(a)
        level = upright and b == 0 and c == 0  # all glyphs of the string share one vertical extent
        low = glyphs.descent * fontsize + rise
        high = low + fontsize
        top, chars, name, known = self.top, self.chars, glyphs.name, glyphs.known
        if level:
            yc, fy = y * c, x * b + y * d + f  # the glyph origin's terms, as translate_matrix puts them
            y0, y1 = d * low + fy, d * high + fy
            y0, y1 = (y0, y1) if y0 <= y1 else (y1, y0)
            glyph_top, glyph_bottom, baseline, size = top - y1, top - y0, top - fy, y1 - y0
        needcharspace = False
        for item in seq:
            if isinstance(item, (int, float)):
                x -= item * dxscale
                needcharspace = True
            elif isinstance(item, bytes):
                for cid in font.decode(item):
                    if needcharspace:
                        x += charspace
                    text, width = known.get(cid) or glyphs.add(cid)
                    advance = width * fontsize * scaling
                    if level:  # two corners span the box
                        x0 = x * a + yc + e
                        x1 = a * advance + x0
                        if not x0 <= x1:
                            x0, x1 = x1, x0
                        char = new_char((text, x0, x1, glyph_top, glyph_bottom, baseline, size, name))
                    elif upright:
                        ex, ey = x * a + y * c + e, x * b + y * d + f
                        x0, y0, x1, y1 = apply_matrix_rect((a, b, c, d, ex, ey), (0, low, advance, high))
                        char = new_char((text, x0, x1, top - y1, top - y0, top - ey, y1 - y0, name))
                    if upright:
                        if len(text) == 1:
                            chars.append(char)
                        else:
                            chars.extend(split_glyph(char))
                    x += advance
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
        return x, y

    def paint_path(self, gstate, stroke, fill, evenodd, path) -> None:
        """pdfminer's path painting, each shape also told whether its fill is a tint of an ink (a spot colour,
        where 1 is full ink, not white)."""
        before = len(self.cur_item._objs)
        super().paint_path(gstate, stroke, fill, evenodd, path)
        inked = getattr(gstate.ncs, "name", None) in ("Separation", "DeviceN")
        for item in self.cur_item._objs[before:]:
            item.tint = inked

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
        """Vertical writing only comes here: its glyphs are skipped, only the pen moves on."""
        return font.char_width(cid) * fontsize * scaling


def split_glyph(char: Char) -> list[Char]:
    """A glyph whose ToUnicode entry gives several characters ("fi" for a ligature) as one Char per character.

    The glyph's width is shared out evenly, so every character downstream keeps a box of its own.
    """
    step = (char.x1 - char.x0) / len(char.text)
    return [
        char._replace(text=letter, x0=char.x0 + index * step, x1=char.x0 + (index + 1) * step)
        for index, letter in enumerate(char.text)
    ]


def is_symbol_font(name: str) -> bool:
    return bool(SYMBOL_FONT.search(name))


def shown_text(text: str, symbol_font: bool) -> str:
    """A glyph's text as the page model takes it: blank ones as one space, and a sign from a symbol font as a
    bullet (such fonts are used for list bullets, and their codes often map to unrelated punctuation, "!")."""
    if symbol_font and len(text) == 1 and not text.isalnum() and text.strip():
        return "•"
    return text if text.strip() else " "


class _FontGlyphs:
    """One font's descent and name, and the text (`shown_text`) and width of each code met so far."""

    def __init__(self, font, undefined):
        self.font = font
        self.undefined = undefined
        self.descent = font.get_descent()
        self.name = font.fontname.split("+", 1)[-1]
        self.symbol = is_symbol_font(self.name)
        self.known: dict[int, tuple[str, float]] = {}

    def add(self, cid: int) -> tuple[str, float]:
        """Look a new code up in the font and remember it: pdfminer's lookups are too slow to repeat per glyph."""
        try:
            text = self.font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = "•" if self._win_ansi_bullet(cid) else self.undefined(self.font, cid)
        if cid == WIN_ANSI_HYPHEN and text == " " and isinstance(self.font, PDFSimpleFont) and not self.font.unicode_map:
            text = "\u00ad"  # the hyphen (Windows-1252's soft hyphen); pdfminer's WinAnsiEncoding table has a space
        glyph = self.known[cid] = (shown_text(text, self.symbol), self.font.char_width(cid))
        return glyph

    def _win_ansi_bullet(self, cid: int) -> bool:
        """A WinAnsi code the encoding leaves unused, which PDF readers show as a bullet (ReportLab writes "•" as
        code 127) and pdfminer reads as "(cid:127)"."""
        font = self.font
        return (cid in WIN_ANSI_UNUSED and isinstance(font, PDFSimpleFont) and not font.unicode_map
                and font.cid2unicode.get(0x95) == "•")


class Shape(NamedTuple):
    """A painted path in PDF space (origin bottom-left), as either backend reports it, for the box and rule tests."""

    x0: float
    y0: float
    x1: float
    y1: float
    outlined_rect: bool  # an axis-aligned rectangle stroked and not filled
    filled: bool
    white: bool | None  # the fill colour is white; None when the backend gives no colour


def page_from_chars(number: int, width: float, height: float, top: float, chars: list[Char], shapes,
                    images=()) -> Page:
    """The page model from a backend's glyphs, painted shapes and image boxes (PDF space; `top`: the page's top
    edge there).

    Both backends end here, so lines, boxes, rules and graphics follow one set of rules whichever read the PDF."""
    boxes, rules, graphics = [], [], []
    for shape in shapes:
        graphics.append((shape.x0, top - shape.y1, shape.x1, top - shape.y0))
        if shape.y1 - shape.y0 <= 3 and shape.x1 - shape.x0 >= 30:
            rules.append((shape.x0, top - (shape.y0 + shape.y1) / 2, shape.x1))
        elif _is_box(shape):
            boxes.append((shape.x0, top - shape.y1, shape.x1, top - shape.y0))
    graphics += [(x0, top - y1, x1, top - y0) for x0, y0, x1, y1 in images]
    lines = [line for line in build_lines(placed(chars), number) if _within_reach(line)]
    return Page(number, width, height, lines, boxes, rules, graphics)


def _page(layout, chars: list[Char], number: int) -> Page:
    leaves = list(_leaves(layout))
    shapes = [_shape(item) for item in leaves if isinstance(item, LTCurve)]
    images = [(item.x0, item.y0, item.x1, item.y1) for item in leaves if isinstance(item, LTImage)]
    return page_from_chars(number, layout.width, layout.height, layout.y1, chars, shapes, images)


def _within_reach(line: Line) -> bool:
    """Whether a line lies no further than FAR from the page origin and is set in type no larger: a damaged
    file's text matrix or font size can send text any distance, where arithmetic on it would overflow."""
    return all(-FAR <= value <= FAR for value in (line.x0, line.top, line.x1, line.bottom, line.size))


_PLACE = itemgetter(1, 2, 3, 4, 5, 6)  # x0, x1, top, bottom, baseline, size


def placed(chars: list[Char]) -> list[Char]:
    """The glyphs with a finite place and size: a damaged file can set a matrix or font size that puts a glyph at
    infinity or nowhere (NaN). Checked once per page through the sum of every coordinate, glyph by glyph only when
    that sum is not finite."""
    if math.isfinite(sum(map(sum, map(_PLACE, chars)))):
        return chars
    return [char for char in chars if all(map(math.isfinite, _PLACE(char)))]


def _leaves(container):
    for item in container:
        if isinstance(item, LTFigure):
            yield from _leaves(item)
        else:
            yield item


def _shape(item: LTCurve) -> Shape:
    color = item.non_stroking_color
    values = color if isinstance(color, (tuple, list)) else (color,)
    values = [v for v in values if isinstance(v, (int, float))]
    if not values:
        white = None
    elif getattr(item, "tint", False):  # a tint of a separation colour: 0 is no ink
        white = all(v == 0 for v in values)
    else:
        white = all(v == 0 for v in values) if len(values) == 4 else all(v >= 0.99 for v in values)
    outlined = isinstance(item, LTRect) and item.stroke and not item.fill
    return Shape(item.x0, item.y0, item.x1, item.y1, outlined, bool(item.fill), white)


def _is_box(shape: Shape) -> bool:
    """An area big enough to hold text, shaded in a colour other than white or outlined: a box or sidebar."""
    if shape.x1 - shape.x0 < 40 or shape.y1 - shape.y0 < 20:
        return False
    if shape.outlined_rect:
        return True
    return shape.filled and shape.white is False


def build_lines(chars: list[Char], page: int) -> list[Line]:
    """Group glyphs into lines: same baseline, superscripts attached, split only at real gutters."""
    bands = _bands(chars)
    _attach_superscripts(bands)
    pieces = [_pieces(band) for band in bands]
    layout = _BandLayout([band.baseline for band in bands], [[_extent(p) for p in ps] for ps in pieces])
    lines = []
    for index, band_pieces in enumerate(pieces):
        for group in _merge_pieces(band_pieces, index, layout):
            lines.append(_line(group, page))
    return lines


class _BandLayout(NamedTuple):
    """Where each band sits and the horizontal extents of its pieces, for the gutter test."""

    baselines: list[float]
    extents: list[list[tuple[float, float]]]


class _Band(list):
    """Glyphs on one baseline across the whole page width."""

    def __init__(self, baseline: float, size: float):
        super().__init__()
        self.baseline = baseline
        self.size = size

    def add(self, char: Char) -> None:
        """Add a glyph; the band's size is that of its largest visible glyph."""
        self.append(char)
        if char.text != " " and char.size > self.size:
            self.size = char.size

    def take(self, chars: list[Char]) -> None:
        """Add a run of glyphs at once, as `add` would one by one."""
        self.extend(chars)
        size = max(map(_SIZE, compress(chars, _shown(chars))), default=self.size)
        if size > self.size:
            self.size = size


_TEXT, _BASELINE, _X0, _X1 = attrgetter("text"), attrgetter("baseline"), attrgetter("x0"), attrgetter("x1")
_SIZE = attrgetter("size")
_BY_BASELINE = attrgetter("baseline", "x0")


def _bands(chars: list[Char]) -> list[_Band]:
    """Glyphs grouped by baseline; a run of glyphs on the baseline of the band just made joins it whole."""
    bands: list[_Band] = []
    for baseline, run in groupby(sorted(chars, key=_BY_BASELINE), key=_BASELINE):
        run = list(run)
        index = 0
        while index < len(run) and not (bands and bands[-1].baseline == baseline):
            _place(run[index], bands)
            index += 1
        if index < len(run):
            bands[-1].take(run[index:])
    for band in bands:
        band.sort(key=_X0)
    return bands


def _place(char: Char, bands: list[_Band]) -> None:
    """Add a glyph to the last band when their baselines are close for its size, else start a band with it."""
    if char.text == " " and not bands:
        return
    if bands and abs(char.baseline - bands[-1].baseline) <= 0.15 * min(bands[-1].size, char.size):
        bands[-1].add(char)
    elif char.text != " ":
        band = _Band(char.baseline, char.size)
        band.append(char)
        bands.append(band)


def _attach_superscripts(bands: list[_Band]) -> None:
    """Move short runs of small glyphs set at or above a larger line's baseline, touching one of its words, onto it."""
    for index, small in enumerate(bands):
        for host in bands[max(index - 2, 0) : index] + bands[index + 1 : index + 3]:
            if not host.baseline - host.size < small.baseline <= host.baseline + 0.2 * host.size:
                continue
            starts = [c.x0 for c in host]
            moved = []
            for run in _pieces(small):
                if len([c for c in run if c.text != " "]) > 4:
                    continue
                first, last = run[0], run[-1]
                at = bisect.bisect_left(starts, first.x0)
                before = next((host[i] for i in range(at - 1, -1, -1) if host[i].text != " "), None)
                after = next((host[i] for i in range(at, len(host)) if host[i].text != " "), None)
                near = [glyph for glyph in (before, after) if glyph is not None]
                if any(
                    first.size <= SUPERSCRIPT_RATIO * n.size
                    and min(abs(first.x0 - n.x1), abs(n.x0 - last.x1)) <= 0.5 * n.size
                    for n in near
                ):
                    moved.extend(run)
            if moved:
                small[:] = [c for c in small if c not in moved]
                host.extend(moved)
                host.sort(key=lambda c: c.x0)
    bands[:] = [band for band in bands if any(c.text != " " for c in band)]


def _pieces(band: _Band) -> list[list[Char]]:
    """Split a band at every gap wide enough to be a gutter; later merged back unless it is one.

    A glyph printed again over the same glyph (a fake bold or a shadow) is kept once.
    """
    pieces: list[list[Char]] = []
    last_x1 = None
    last = None
    for char in band:
        if char.text == " ":
            if pieces:
                pieces[-1].append(char)
            continue
        if last is not None and char.text == last.text and char.x0 - last.x0 < 0.5 * (last.x1 - last.x0):
            continue
        last = char
        if last_x1 is None or char.x0 - last_x1 > WIDE_GAP * band.size:
            pieces.append([])
            last_x1 = char.x1
        pieces[-1].append(char)
        if char.x1 > last_x1:
            last_x1 = char.x1
    for piece in pieces:
        while piece and piece[-1].text == " ":
            piece.pop()
    return [p for p in pieces if p]


def _shown(chars: list[Char]) -> list[bool]:
    """Which glyphs are not spaces (computed without a Python loop: it runs over every glyph)."""
    return list(map(" ".__ne__, map(_TEXT, chars)))


def _extent(piece: list[Char]) -> tuple[float, float]:
    return piece[0].x0, max(c.x1 for c in piece)


def _merge_pieces(band_pieces: list[list[Char]], index: int, layout: _BandLayout) -> list[list[Char]]:
    """Join neighbouring pieces of one band unless the gap between them is a gutter or follows a list marker."""
    groups = [list(band_pieces[0])] if band_pieces else []
    extents = layout.extents[index]
    for k, right in enumerate(band_pieces[1:], start=1):
        marker = _is_list_label(groups[-1], right)
        size = max(c.size for c in band_pieces[k - 1])
        if not marker and _is_gutter(extents[k - 1], extents[k], index, layout, size):
            groups.append(list(right))
        else:
            groups[-1].extend(right)
    return groups


def _is_list_label(piece: list[Char], item: list[Char]) -> bool:
    """A bullet ("•") standing before the item it labels; an enumerator ("2.", "(iv)", "b)") or a bare number
    before words (the number of an endnote set in a column of its own) within four ems of its item."""
    label = "".join(c.text for c in piece).strip()
    if len(label) == 1 and label in LIST_MARKERS:
        return True
    if item[0].x0 - max(c.x1 for c in piece) > 4 * max(c.size for c in piece):
        return False
    if len(piece) <= 6 and ENUMERATOR.fullmatch(label):
        return True
    opens_words = next((c.text for c in item if c.text != " "), "")[:1]
    return label.isdigit() and len(label) <= 3 and (opens_words.isalpha() or opens_words in "“‘\"'(")


def _is_gutter(left, right, index: int, layout: _BandLayout, size: float) -> bool:
    """A gap is a gutter when a channel as wide as a wide gap runs through it across the lines around it.

    The channel must cross two more lines, or four when text closes it both above and below: a channel
    shut in on both ends after a few lines is the wide spacing of a narrow justified passage (a pull-quote).
    Only lines with text between the left piece's start and the right piece's end count, so a line of
    another column or a box beside this one neither proves nor breaks the channel.
    """
    reached, closed = 0, 0
    for step in (-1, 1):
        low, high = left[1], right[0]
        j, last = index + step, layout.baselines[index]
        while 0 <= j < len(layout.extents) and abs(layout.baselines[j] - last) < 4 * size:
            near = [e for e in layout.extents[j] if e[1] > left[0] and e[0] < right[1]]
            j += step
            if not near:
                continue
            last = layout.baselines[j - step]
            low, high = _free_span(low, high, near)
            if high - low < WIDE_GAP * size:
                closed += 1
                break
            reached += 1
            if reached >= 4:
                return True
    return reached >= (4 if closed == 2 else 2)


def _free_span(low: float, high: float, extents: list[tuple[float, float]]) -> tuple[float, float]:
    """The widest part of (low, high) that none of these extents covers."""
    spans = [(low, high)]
    for x0, x1 in extents:
        spans = [part for a, b in spans for part in ((a, min(b, x0)), (max(a, x1), b)) if part[1] > part[0]]
    return max(spans, key=lambda s: s[1] - s[0], default=(low, low))


def _line(chars: list[Char], page: int) -> Line:
    """Glyphs left to right with one space wherever the PDF had a space glyph or a word-sized gap."""
    shown = _shown(chars)
    positions = list(compress(count(), shown))
    visible = list(compress(chars, shown))
    texts, x0s, x1s, _, _, _, sizes, _ = zip(*visible)
    size = max(sizes)
    superscript_size = SUPERSCRIPT_RATIO * size
    if min(sizes) > superscript_size:  # no small glyph, so no superscript either
        body, marked = visible, set()
    else:
        body = [c for c in visible if c.size > superscript_size] or visible
        marked = _markers(visible, size, max(c.baseline for c in body))
    raised = [id(c) in marked for c in visible] if marked else repeat(False)
    made = list(map(new_glyph, zip(texts, x0s, x1s, raised)))
    spaced = [after - before > 1 for before, after in zip(positions, positions[1:])]  # a space glyph between them
    breaks = _word_breaks([x0 - x1 for x1, x0 in zip(x1s, x0s[1:])], spaced, size)
    glyphs: list[Glyph] = []
    done = 0
    for k in compress(count(1), breaks):
        left, right = x1s[k - 1], x0s[k]
        glyphs += made[done:k]
        glyphs.append(new_glyph((" ", left, left if left > right else right, False)))
        done = k
    glyphs += made[done:]
    _, _, _, tops, bottoms, _, sizes, fonts = zip(*body)
    return Line(
        glyphs,
        page,
        min(x0s),
        min(tops),
        max(x1s),
        max(bottoms),
        max(sizes),
        fonts[0] if fonts.count(fonts[0]) == len(fonts) else _main_font(body),
    )


def _word_breaks(gaps: list[float], spaced: list[bool], size: float) -> list[bool]:
    """Where a space goes between two visible glyphs, from the gaps between them and the space glyphs printed.

    A space glyph counts where the eye sees a gap (not one printed with no width inside a word: "S hare").
    A gap without one counts when as wide as a word space; in a line set with wide letter spacing
    ("M O N U S C O"), as wide as a word space beyond the spacing of its letters.
    """
    word_gap = WORD_GAP * size
    unspaced = sorted(gap for gap, space in zip(gaps, spaced) if not space)
    if len(unspaced) >= 4 and unspaced[len(unspaced) // 2] > 0.5 * word_gap:
        word_gap += unspaced[len(unspaced) // 2]
    seen = TIGHT * size
    return [gap > word_gap or (space and gap > seen) for gap, space in zip(gaps, spaced)]


def _main_font(body: list[Char]) -> str:
    """The font most characters are set in; ties go to the font met first."""
    letters: dict[str, int] = {}
    for char in body:
        letters[char.font] = letters.get(char.font, 0) + len(char.text)
    return max(letters, key=letters.get)


def _markers(visible: list[Char], size: float, baseline: float) -> set[int]:
    """Ids of superscript glyphs: small and raised, or small note signs set right after a full-size word."""
    small = [c.size <= SUPERSCRIPT_RATIO * size for c in visible]
    marked: set[int] = set()
    for i, char in enumerate(visible):
        if small[i] and char.baseline < baseline - 0.15 * size:
            marked.add(id(char))
    i = 0
    while i < len(visible):
        j = i
        while j < len(visible) and small[j] and visible[j].text in MARKER_SIGNS:
            j += 1
        after_word = j > i > 0 and not small[i - 1] and visible[i - 1].x1 >= visible[i].x0 - 0.5 * size
        if after_word and (j == len(visible) or not visible[j].text.isalnum() or not small[j]):
            marked.update(id(c) for c in visible[i:j])
        i = j if j > i else i + 1
    return marked
