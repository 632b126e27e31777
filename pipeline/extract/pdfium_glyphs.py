"""The PDFium backend (pypdfium2): the same Char glyphs and painted shapes as `pdf_glyphs`, for less than half its CPU.

`read_pdf(path)` returns what `pdf_glyphs.read_pdf` returns, built by the same `page_from_chars`, so every
rule downstream is written once. It reproduces pdfminer's numbers wherever PDFium's API allows:

* Page space: pdfminer ignores the CropBox, moves the MediaBox origin to (0, 0) and applies /Rotate; the
  same matrix is applied to PDFium's user-space positions. Only upright glyphs are kept, with pdfminer's
  test (a*d > 0 and b*c <= 0).
* x0 is the glyph origin, x1 = x0 + the advance. PDFium has no per-glyph advance call: the loose box (the
  advance box joined to the ink box) gives it where it reaches past the ink, else the font's width for the
  glyph. PDFium keeps widths in whole 1/1000 em, so x0/x1 can drift by hundredths of a point along a line.
* bottom/top as pdfminer: baseline + descent * size and that + size, the descent from the font descriptor,
  or from pdfminer's AFM metrics for the base-14 names it looks up there (whose names it reports too).
* The spaces and line breaks PDFium infers from gaps are dropped (the project computes its own word gaps);
  the blank text objects PDFium skips ("( ) Tj") are put back as space glyphs, as pdfminer reports them.
* PDFium's line-end hyphen mark (U+0002) becomes "-". A page with a code PDFium cannot map to Unicode
  (pdfminer may still map it, e.g. a ligature by its glyph name), or with invisible text PDFium skipped as
  inkless (an OCR layer's glyphless font), is read again by pdfminer.
* A glyph PDFium split into several characters (a "fi" ligature) becomes one Char split by `split_glyph`.
* /ActualText is removed from the loaded page's marked content (in memory) before the text is read: PDFium
  would put it in place of the glyphs, pdfminer reads the glyphs.
* Glyphs are put back in content-stream order (PDFium sorts a line's text objects by x), so ties in
  build_lines' (baseline, x0) sort fall as with pdfminer.
* Painted paths are walked through form XObjects and split into subpaths as pdfminer's paint_path does.

PDFium is not thread-safe: every call into it is made under one process-wide lock. It is C++: a crash kills
the process, which is why batch runs read documents in worker processes.
"""

from __future__ import annotations

import ctypes
import threading
from operator import itemgetter
from pathlib import Path

import pypdfium2  # noqa: F401  (importing pypdfium2 initialises the PDFium library)
from pypdfium2 import raw

from pipeline.core.errors import InputError
from pipeline.extract import pdf_glyphs
from pipeline.extract.page_model import Page
from pipeline.extract.pdf_glyphs import (
    Char,
    Shape,
    is_symbol_font,
    new_char,
    page_from_chars,
    shown_text,
    split_glyph,
)

_LOCK = threading.Lock()  # PDFium must never be entered from two threads at once, even for two documents

# pdfminer takes these fonts' metrics from its AFM table, whatever the font dictionary says: (name, descent).
_AFM = {
    **{name: (name, -0.194) for name in ("Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique")},
    **{name: (name, -0.207) for name in ("Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique")},
    **{name: (name, -0.217) for name in ("Times-Bold", "Times-BoldItalic", "Times-Italic", "Times-Roman")},
    "Symbol": ("Symbol", 0.0),
    "ZapfDingbats": ("ZapfDingbats", 0.0),
    "Arial": ("Helvetica", -0.207),
    "Arial,Italic": ("Helvetica-Oblique", -0.207),
    "Arial,Bold": ("Helvetica-Bold", -0.207),
    "Arial,BoldItalic": ("Helvetica-BoldOblique", -0.207),
    "CourierNew": ("Courier", -0.194),
    "CourierNew,Italic": ("Courier-Oblique", -0.194),
    "CourierNew,Bold": ("Courier-Bold", -0.194),
    "CourierNew,BoldItalic": ("Courier-BoldOblique", -0.194),
    "TimesNewRoman": ("Times-Roman", -0.217),
    "TimesNewRoman,Italic": ("Times-Italic", -0.217),
    "TimesNewRoman,Bold": ("Times-Bold", -0.217),
    "TimesNewRoman,BoldItalic": ("Times-BoldItalic", -0.217),
}
_CMAP_SUFFIXES = ("-Identity-H", "-Identity-V")  # a Type0 BaseFont is the descendant's name plus its CMap


def read_pdf(path: Path) -> tuple[list[Page], dict]:
    """Every page of the PDF as lines, plus Title and Author; InputError on bad input, as pdf_glyphs.read_pdf."""
    path = Path(path)
    with _LOCK:
        document = raw.FPDF_LoadDocument((str(path) + "\x00").encode("utf-8"), None)
        if not document:
            raise InputError(path, _load_error(raw.FPDF_GetLastError()))
        try:
            info = _info(document)
            pages, doubtful = [], set()
            for index in range(raw.FPDF_GetPageCount(document)):
                page = raw.FPDF_LoadPage(document, index)
                if not page:
                    raise InputError(path, f"damaged PDF: PDFium cannot load page {index + 1}")
                try:
                    read, doubt = _page(page, index + 1)
                finally:
                    raw.FPDF_ClosePage(page)
                pages.append(read)
                if doubt:
                    doubtful.add(index + 1)
        finally:
            raw.FPDF_CloseDocument(document)
    return _reread(path, pages, doubtful), info


def _reread(path: Path, pages: list[Page], doubtful: set[int]) -> list[Page]:
    """The pages PDFium could not read in full read again by pdfminer (kept as they are if pdfminer fails)."""
    if not doubtful:
        return pages
    try:
        again = {page.number: page for page in pdf_glyphs.read_pdf(path, doubtful)[0]}
    except InputError:
        return pages
    return [again.get(page.number, page) for page in pages]


def _load_error(code: int) -> str:
    if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
        name = "FPDF_ERR_PASSWORD" if code == raw.FPDF_ERR_PASSWORD else "FPDF_ERR_SECURITY"
        return f"encrypted PDF that cannot be opened without a password ({name})"
    names = {raw.FPDF_ERR_FILE: "file not found or could not be opened", raw.FPDF_ERR_FORMAT: "not a PDF or corrupted"}
    return f"damaged PDF: PDFium: {names.get(code, f'error {code}')}"


def _info(document) -> dict:
    """Title and author from the document information dictionary, where present."""
    found = {}
    for key in ("Title", "Author"):
        name = (key + "\x00").encode("ascii")
        size = raw.FPDF_GetMetaText(document, name, None, 0)
        if size <= 2:
            continue
        buffer = ctypes.create_string_buffer(size)
        raw.FPDF_GetMetaText(document, name, buffer, size)
        value = buffer.raw[: size - 2].decode("utf-16-le", "replace")
        if value.strip():
            found[key.lower()] = " ".join(value.split())
    return found


def _page(page, number: int) -> tuple[Page, bool]:
    """The page, and whether PDFium may have lost text on it (then pdfminer reads it again).

    Two cases: a glyph whose code PDFium cannot map to Unicode (pdfminer may map it by its glyph name), and
    invisible text PDFium's text page skipped as inkless: an OCR layer's glyphless font has no ink, and what
    PDFium takes for a blank object may be words."""
    ctm, width, height = _page_matrix(page)
    walk = _Walk()
    handle = _key(page)
    walk.objects([_PageObject(handle, i) for i in range(_PageCount(handle))], ctm)
    chars, unmapped = _text_chars(page, ctm, height, walk)
    doubt = unmapped or any(raw.FPDFTextObj_GetTextRenderMode(obj) == _INVISIBLE for _, _, obj in walk.spaces)
    return page_from_chars(number, width, height, height, chars, walk.shapes), doubt


def _page_matrix(page) -> tuple[tuple, float, float]:
    """pdfminer's page matrix (MediaBox origin to (0, 0), /Rotate applied) and the page's width and height."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if raw.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
    else:
        x0, y0, x1, y1 = 0.0, 0.0, 612.0, 792.0  # pdfminer's default when the MediaBox is missing
    rotate = raw.FPDFPage_GetRotation(page) * 90
    if rotate == 90:
        ctm = (0.0, -1.0, 1.0, 0.0, -y0, x1)
    elif rotate == 180:
        ctm = (-1.0, 0.0, 0.0, -1.0, x1, y1)
    elif rotate == 270:
        ctm = (0.0, 1.0, -1.0, 0.0, y1, -x0)
    else:
        ctm = (1.0, 0.0, 0.0, 1.0, -x0, -y0)
    (ax, ay), (bx, by) = _apply(ctm, x0, y0), _apply(ctm, x1, y1)
    return ctm, abs(ax - bx), abs(ay - by)


def _apply(m, x, y):
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _mult(m1, m0):
    """m1 then m0, as pdfminer's mult_matrix(m1, m0)."""
    a1, b1, c1, d1, e1, f1 = m1
    a0, b0, c0, d0, e0, f0 = m0
    return (
        a0 * a1 + c0 * b1,
        b0 * a1 + d0 * b1,
        a0 * c1 + c0 * d1,
        b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0,
        b0 * e1 + d0 * f1 + f0,
    )


def _key(handle) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


class _Font:
    """One PDFium font of the page: pdfminer's name and descent for it, and glyph advances met so far."""

    __slots__ = ("advances", "descent", "handle", "height", "inks", "name", "symbol", "widths")

    def __init__(self, handle):
        self.handle = handle
        size = raw.FPDFFont_GetBaseFontName(handle, None, 0) if handle else 0
        buffer = ctypes.create_string_buffer(max(size, 1))
        if size:
            raw.FPDFFont_GetBaseFontName(handle, buffer, size)
        try:
            base = buffer.value.decode("utf-8")
        except UnicodeDecodeError:
            base = buffer.value.decode("latin-1")
        if base in _AFM:
            self.name, self.descent = _AFM[base]
        else:
            descent = ctypes.c_float()
            self.descent = descent.value if handle and raw.FPDFFont_GetDescent(handle, 1.0, descent) else 0.0
            if self.descent > 0:
                self.descent = -self.descent
            name = base.split("+", 1)[-1]
            for suffix in _CMAP_SUFFIXES:
                name = name.removesuffix(suffix)
            self.name = name or "unknown"
        self.symbol = is_symbol_font(self.name)
        ascent, descent = ctypes.c_float(), ctypes.c_float()
        ok = handle and raw.FPDFFont_GetAscent(handle, 1.0, ascent) and raw.FPDFFont_GetDescent(handle, 1.0, descent)
        self.height = (ascent.value - descent.value) if ok else 0.0  # PDFium's own ascent - descent, per point
        self.widths: dict[int, float] = {}
        self.advances: dict[tuple, dict[str, tuple[float, float]]] = {}  # (size, scale) -> text -> (advance, reach)
        self.inks: dict[int, float] = {}

    def width(self, unicode: int) -> float:
        """The advance of the glyph that maps to `unicode`, in text space units for a 1-point font."""
        found = self.widths.get(unicode)
        if found is None:
            width = ctypes.c_float()
            ok = self.handle and raw.FPDFFont_GetGlyphWidth(self.handle, unicode, 1.0, width)
            found = self.widths[unicode] = width.value if ok else 0.0
        return found

    def ink_width(self, unicode: int) -> float:
        """The outline width, in em, of the glyph that maps to `unicode` (-1.0 when PDFium has no outline)."""
        found = self.inks.get(unicode)
        if found is None:
            found = -1.0
            path = raw.FPDFFont_GetGlyphPath(self.handle, unicode, 1000.0) if self.handle else None
            if path:
                x, y = ctypes.c_float(), ctypes.c_float()
                xs = []
                for i in range(max(raw.FPDFGlyphPath_CountGlyphSegments(path), 0)):
                    segment = raw.FPDFGlyphPath_GetGlyphPathSegment(path, i)
                    if segment and raw.FPDFPathSegment_GetPoint(segment, x, y):
                        xs.append(x.value)
                if xs:
                    found = max(xs) - min(xs)  # asked at size 1000, the outline comes back in em (measured)
            self.inks[unicode] = found
        return found


class _Walk:
    """Page objects in content order: path objects become shapes, text objects get their order."""

    def __init__(self):
        self.shapes: list[Shape] = []
        self.order: dict[int, int] = {}  # text object -> its place in the content stream
        self.spaces: list[tuple[int, tuple, object]] = []  # (order, matrix, typed object) of blank text objects
        self._m = raw.FS_MATRIX()
        self._rect = [ctypes.c_float() for _ in range(4)]
        self._prect = [ctypes.byref(value) for value in self._rect]

    def objects(self, objects, outer) -> None:
        """Walk page objects given as plain addresses (ints), the objects of form XObjects within."""
        m = self._m
        pm = ctypes.byref(m)
        for obj in objects:
            if not obj:
                continue
            kind = _ObjType(obj)
            if kind == _TEXT_OBJECT:
                self._text(obj, outer)
            elif kind == _PATH_OBJECT:
                self._path(obj, outer)
            elif kind == _FORM_OBJECT and _ObjMatrix(obj, pm):
                inner = _mult((m.a, m.b, m.c, m.d, m.e, m.f), outer)
                self.objects([_FormObject(obj, i) for i in range(max(_FormCount(obj), 0))], inner)

    def _text(self, obj: int, outer) -> None:
        order = self.order[obj] = len(self.order)
        if _CountMarks(obj) > 0:
            typed = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
            for i in range(raw.FPDFPageObj_CountMarks(typed)):
                mark = raw.FPDFPageObj_GetMark(typed, i)
                if mark and raw.FPDFPageObjMark_GetParamValueType(mark, b"ActualText\x00") != raw.FPDF_OBJECT_UNKNOWN:
                    # dropped (in memory only) before the text page is made, so PDFium reads the glyphs
                    raw.FPDFPageObjMark_RemoveParam(typed, mark, b"ActualText\x00")
        left, bottom, right, top = self._rect
        if _ObjBounds(obj, *self._prect) and abs(right.value - left.value) >= 0.01:
            return
        # PDFium's text page skips this object (narrower than 0.01 pt: only blank glyphs); pdfminer sees a space.
        m = self._m
        if _ObjMatrix(obj, ctypes.byref(m)):
            typed = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
            self.spaces.append((order, _mult((m.a, m.b, m.c, m.d, m.e, m.f), outer), typed))

    def _path(self, obj: int, outer) -> None:
        fillmode, stroke = ctypes.c_int(), ctypes.c_int()
        if not _DrawMode(obj, ctypes.byref(fillmode), ctypes.byref(stroke)):
            return
        fill, stroke = fillmode.value != raw.FPDF_FILLMODE_NONE, bool(stroke.value)
        m = self._m
        if not (fill or stroke) or not _ObjMatrix(obj, ctypes.byref(m)):
            return
        matrix = _mult((m.a, m.b, m.c, m.d, m.e, m.f), outer)
        white = None
        if fill:
            r, g, b, a = (ctypes.c_uint() for _ in range(4))
            if _FillColor(obj, *map(ctypes.byref, (r, g, b, a))):
                white = all(v.value >= 0.99 * 255 for v in (r, g, b))  # PDFium gives the colour as RGB 0-255 only
        for points, straight in _subpaths(obj, matrix):
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            outlined = stroke and not fill and straight and _is_rect(points)
            self.shapes.append(Shape(min(xs), min(ys), max(xs), max(ys), outlined, fill, white))


def _subpaths(handle: int, matrix):
    """Each subpath's on-curve points in page space, and whether it has straight segments only.

    As pdfminer's paint_path: a subpath is painted on its own, a Bezier segment counts by its end point
    only, a closed subpath ends on its start point, and a lone move-to is dropped.
    """
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    px, py = ctypes.byref(x), ctypes.byref(y)
    subpaths, points, straight, curve = [], None, True, 0
    for i in range(max(_CountSegments(handle), 0)):
        segment = _GetPathSegment(handle, i)
        kind = _SegmentType(segment)
        if kind == _BEZIERTO and points is not None:
            straight = False
            curve += 1
            if curve % 3:
                continue  # a control point
        _SegmentPoint(segment, px, py)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == _MOVETO or points is None:
            if points and len(points) > 1:
                subpaths.append((points, straight))
            points, straight, curve = [point], True, 0
            continue
        points.append(point)
        if _SegmentClose(segment) and point != points[0]:
            points.append(points[0])
    if points and len(points) > 1:
        subpaths.append((points, straight))
    return subpaths


def _is_rect(points) -> bool:
    """pdfminer's LTRect test: four straight sides, axis-aligned, closed."""
    if len(points) != 5:
        return False
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), (x4, y4) = points

    def same(u, v):
        return abs(u - v) < 1e-3

    closed = same(x4, x0) and same(y4, y0)
    square = (same(x0, x1) and same(y1, y2) and same(x2, x3) and same(y3, y0)) or (
        same(y0, y1) and same(x1, x2) and same(y2, y3) and same(x3, x0)
    )
    return closed and square


def _fast(name: str, restype, *argtypes):
    """A raw PDFium function again, with plain pointer (int) arguments and results: pypdfium2's typed
    pointers cost a conversion per call, and these run several times per character."""
    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_P, _I, _D, _F = ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_float)
_GetUnicode = _fast("FPDFText_GetUnicode", ctypes.c_uint, _P, _I)
_GetTextObject = _fast("FPDFText_GetTextObject", _P, _P, _I)
_GetCharOrigin = _fast("FPDFText_GetCharOrigin", _I, _P, _I, _D, _D)
_GetLooseCharBox = _fast("FPDFText_GetLooseCharBox", _I, _P, _I, ctypes.POINTER(raw.FS_RECTF))
_GetCharBox = _fast("FPDFText_GetCharBox", _I, _P, _I, _D, _D, _D, _D)
_IsGenerated = _fast("FPDFText_IsGenerated", _I, _P, _I)
_IsHyphen = _fast("FPDFText_IsHyphen", _I, _P, _I)
_HasUnicodeMapError = _fast("FPDFText_HasUnicodeMapError", _I, _P, _I)
_GetMatrix = _fast("FPDFText_GetMatrix", _I, _P, _I, ctypes.POINTER(raw.FS_MATRIX))
_GetFontSize = _fast("FPDFText_GetFontSize", ctypes.c_double, _P, _I)
_GetFont = _fast("FPDFTextObj_GetFont", _P, _P)
_GetText = _fast("FPDFText_GetText", _I, _P, _I, _I, _P)
_CountSegments = _fast("FPDFPath_CountSegments", _I, _P)
_GetPathSegment = _fast("FPDFPath_GetPathSegment", _P, _P, _I)
_SegmentType = _fast("FPDFPathSegment_GetType", _I, _P)
_SegmentPoint = _fast("FPDFPathSegment_GetPoint", _I, _P, _F, _F)
_SegmentClose = _fast("FPDFPathSegment_GetClose", _I, _P)
_MOVETO, _BEZIERTO = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
_PageCount = _fast("FPDFPage_CountObjects", _I, _P)
_PageObject = _fast("FPDFPage_GetObject", _P, _P, _I)
_FormCount = _fast("FPDFFormObj_CountObjects", _I, _P)
_FormObject = _fast("FPDFFormObj_GetObject", _P, _P, ctypes.c_ulong)
_ObjType = _fast("FPDFPageObj_GetType", _I, _P)
_ObjMatrix = _fast("FPDFPageObj_GetMatrix", _I, _P, _P)
_ObjBounds = _fast("FPDFPageObj_GetBounds", _I, _P, _P, _P, _P, _P)
_CountMarks = _fast("FPDFPageObj_CountMarks", _I, _P)
_DrawMode = _fast("FPDFPath_GetDrawMode", _I, _P, _P, _P)
_FillColor = _fast("FPDFPageObj_GetFillColor", _I, _P, _P, _P, _P, _P)
_INVISIBLE = raw.FPDF_TEXTRENDERMODE_INVISIBLE
_TEXT_OBJECT, _PATH_OBJECT, _FORM_OBJECT = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM

_TEXTS: dict[int, str] = {}  # code point -> the Char text pdfminer would give (blank ones become " ")


def _text_of(u: int) -> str:
    text = _TEXTS.get(u)
    if text is None:
        text = chr(u)
        text = _TEXTS[u] = text if text.strip() else " "
    return text


def _text_chars(page, ctm, H, walk: _Walk) -> tuple[list[Char], bool]:
    """The page's glyphs in content order, and whether one had no Unicode mapping."""
    textpage = raw.FPDFText_LoadPage(page)
    if not textpage:
        return [], False
    try:
        fonts: dict[int, _Font] = {}
        reader = _Reader(ctypes.cast(textpage, ctypes.c_void_p).value, ctm, H, walk, fonts)
        placed = reader.read()
        placed += _spaces(walk, H, fonts)
    finally:
        raw.FPDFText_ClosePage(textpage)
    placed.sort(key=_CONTENT_ORDER)
    return [char for _, char in placed], reader.unmapped


_CONTENT_ORDER = itemgetter(0)


def _codes(tp: int, count: int) -> list[int]:
    """Every character's Unicode value, read in one call (FPDFText_GetText) instead of one call each.

    The text comes as UTF-16, one unit per character, except that a character beyond the BMP takes two
    units (the page is then read character by character) and PDFium's line-end hyphen mark reads 0xFFFE
    (asked again one by one: FPDFText_GetUnicode gives the mark, 0x02)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = _GetText(tp, 0, count, buffer) if count else 1
    codes = buffer[:count]
    if written != count + 1 or (codes and max(codes) >= 0xD800 and any(0xD800 <= u < 0xE000 for u in codes)):
        return [_GetUnicode(tp, i) for i in range(count)]
    if 0xFFFE in codes:
        codes = [_GetUnicode(tp, i) if u == 0xFFFE else u for i, u in enumerate(codes)]
    return codes


def _font(fonts: dict, handle) -> _Font:
    key = handle if isinstance(handle, int) or handle is None else _key(handle)
    font = fonts.get(key)
    if font is None:
        font = fonts[key] = _Font(ctypes.cast(key, raw.FPDF_FONT) if key else None)
    return font


class _Reader:
    """The text page's characters as (content order, Char): upright ones, generated ones dropped."""

    def __init__(self, tp: int, ctm, H: float, walk: _Walk, fonts: dict):
        self.tp, self.ctm, self.H, self.walk, self.fonts = tp, ctm, H, walk, fonts
        self.placed: list[tuple[int, Char]] = []
        self.objects: dict[int, tuple] = {}
        self.unmapped = False  # a glyph had no Unicode mapping
        self.m = raw.FS_MATRIX()
        self.loose = raw.FS_RECTF()
        self.box = [ctypes.c_double() for _ in range(4)]

    def _object(self, obj: int, i: int) -> tuple:
        """(page matrix, font size, font, upright, content order, user-space matrix, level, advances known at its
        size and scale, symbol font) of a text object."""
        m = self.m
        _GetMatrix(self.tp, i, m)
        M = _mult((m.a, m.b, m.c, m.d, 0.0, 0.0), self.ctm)
        size = _GetFontSize(self.tp, i)
        font = _font(self.fonts, _GetFont(obj) if obj else None)
        upright = M[0] * M[3] > 0 and M[1] * M[2] <= 0
        level = upright and M[1] == 0 and M[2] == 0
        walk = self.walk
        advances = font.advances.setdefault((size, M[0]), {})  # text -> (advance, reach) at this size and scale
        order = walk.order.get(obj, len(walk.order))
        data = (M, size, font, upright, order, (m.a, m.b, m.c, m.d), level, advances, font.symbol)
        self.objects[obj] = data
        return data

    def read(self) -> list[tuple[int, Char]]:
        tp, objects, placed, H = self.tp, self.objects, self.placed, self.H
        pa, pb, pc, pd, pe, pf = self.ctm
        ox, oy = ctypes.c_double(), ctypes.c_double()
        pox, poy = ctypes.pointer(ox), ctypes.pointer(oy)
        loose = self.loose
        ploose = ctypes.pointer(loose)
        texts = _TEXTS
        GetTextObject, GetCharOrigin, GetLooseCharBox = _GetTextObject, _GetCharOrigin, _GetLooseCharBox
        append = placed.append
        # The glyph just placed: its object, origin, first index, data, texts and how many entries of `placed` it made.
        g_obj = g_x = g_y = g_first = g_data = g_texts = None
        g_made = 0
        line = None  # (data, Y, (top, bottom, baseline, size, font name)): computed once per line of a text object
        self.count = raw.FPDFText_CountChars(ctypes.cast(tp, raw.FPDF_TEXTPAGE))
        codes = _codes(tp, self.count)
        for i in range(self.count):
            u = codes[i]
            if u <= 0x20 or u >= 0xFFFE or 0x7F <= u < 0xA0:
                if (u == 0x20 or u == 0x0D or u == 0x0A) and _IsGenerated(tp, i) == 1:
                    continue
                if u == 0x02 and _IsHyphen(tp, i) == 1:
                    u = 0x2D  # PDFium's mark for a hyphen ending a line; the glyph's own code is lost
                elif u == 0 or u == 0xFFFE:
                    continue
                elif u != 0x20 and u < 0x10000 and _HasUnicodeMapError(tp, i) == 1:
                    u = 0xFFFD  # a code PDFium could not map to Unicode (it then reports the char code itself)
                    self.unmapped = True
            obj = GetTextObject(tp, i) or 0
            data = objects.get(obj) or self._object(obj, i)
            if not data[3]:
                continue
            GetCharOrigin(tp, i, pox, poy)
            gx, gy = ox.value, oy.value
            text = texts.get(u) or _text_of(u)
            if data[8]:
                text = shown_text(text, True)
            if g_obj == obj and g_x == gx and g_y == gy and self._same_box(g_first, i):
                # Another character of the glyph just placed ("fi" from one ToUnicode entry, or a
                # ligature PDFium decomposed): place the glyph again as one Char split evenly.
                del placed[len(placed) - g_made :]
                g_texts = g_texts + [text]
                before = len(placed)
                self._emit(g_data, g_first, g_texts, gx, gy)
                g_made = len(placed) - before
                continue
            g_obj, g_x, g_y, g_first, g_data, g_texts, g_made = obj, gx, gy, i, data, [text], 1
            if not data[6]:  # rotated: the general case
                before = len(placed)
                self._emit(data, i, g_texts, gx, gy)
                g_made = len(placed) - before
                continue
            # The common case, inline: level text.
            a = data[0][0]
            X = pa * gx + pc * gy + pe
            Y = pb * gx + pd * gy + pf
            if line is None or line[0] is not data or line[1] != Y:
                M, size, font = data[0], data[1], data[2]
                d = M[3]
                low = font.descent * size
                y0, y1 = d * low + Y, d * (low + size) + Y
                if y0 > y1:
                    y0, y1 = y1, y0
                line = (data, Y, (H - y1, H - y0, H - Y, y1 - y0, font.name))
            GetLooseCharBox(tp, i, ploose)
            lx0 = pa * loose.left + pc * loose.bottom + pe
            lx1 = pa * loose.right + pc * loose.top + pe
            if a > 0:
                reach = (lx0 if lx0 > lx1 else lx1) - X
            else:
                reach = (lx0 if lx0 < lx1 else lx1) - X
            known = data[7].get(text)
            if known is not None and -1e-3 < known[1] - reach < 1e-3:
                x1 = X + known[0]
            else:
                x1 = X + self._advance(i, X, a, data[2], text, data[1], reach, lx0, lx1)
            if X <= x1:
                append((data[4], new_char((text, X, x1) + line[2])))
            else:
                append((data[4], new_char((text, x1, X) + line[2])))
        return placed

    def _same_box(self, first: int, index: int) -> bool:
        """Whether two characters at one origin have one loose box: pieces of one glyph, not a zero-width
        glyph (an undefined space, say) followed by the next one."""
        loose = self.loose
        _GetLooseCharBox(self.tp, first, ctypes.byref(loose))
        before = (loose.left, loose.bottom, loose.right, loose.top)
        _GetLooseCharBox(self.tp, index, ctypes.byref(loose))
        return before == (loose.left, loose.bottom, loose.right, loose.top)

    def _advance(
        self, index: int, X: float, a: float, font: _Font, text: str, size: float, reach: float, lx0: float, lx1: float
    ) -> float:
        """The glyph's advance along x in page space, for level text (signed as `a`); `reach` is how far
        its loose box goes from the origin, lx0..lx1 that box's x extent.

        PDFium's loose box is the advance box joined to the ink box: where it reaches past the ink, it ends
        where the advance ends. Where the ink reaches the loose box's edge (an overhanging italic "f", a
        capital K), the advance is at most `reach`. Then the font's width for the glyph's Unicode value
        (FPDFFont_GetGlyphWidth maps it back to a char code) is taken if the glyph it maps back to has an
        outline as wide as this glyph's ink: a small capital and a lower-case letter may share one Unicode
        value, and only one of them comes back. Otherwise the advance ends where the ink ends, or where the
        next glyph of the text object starts if that comes first.
        The result is kept for the font, text, size and scale, and reused for a glyph whose loose box
        reaches exactly as far.
        """
        pa, _, pc, _, pe, _ = self.ctm
        sign = 1.0 if a > 0 else -1.0
        left, right, bottom, top = self.box
        _GetCharBox(self.tp, index, left, right, bottom, top)
        ink = (pa * left.value + pc * bottom.value + pe, pa * right.value + pc * top.value + pe)
        ink_end = max(ink) if a > 0 else min(ink)
        loose_end = max(lx0, lx1) if a > 0 else min(lx0, lx1)
        if (loose_end - ink_end) * sign > 0.01:
            advance = reach  # the advance box sticks out of the ink: its end is exact
        else:
            width = font.width(ord(text)) * size * a
            ink_width = abs(ink[1] - ink[0]) / abs(a * size) if a * size else 0.0
            if 0 < width * sign <= reach * sign + 0.01 and abs(font.ink_width(ord(text)) - ink_width) < 0.03:
                advance = width  # the glyph the Unicode value maps back to has this glyph's ink: the same glyph
            else:
                advance = reach
                following = self._next_origin(index)
                if following is not None:
                    gap = (pa * following[0] + pc * following[1] + pe) - X
                    if 0 < gap * sign < reach * sign:
                        advance = gap  # no better bound than where the next glyph starts
        font.advances.setdefault((size, a), {})[text] = (advance, reach)
        return advance

    def _next_origin(self, index: int):
        """The origin of the next character when it belongs to the same text object and line, else None."""
        if index + 1 >= self.count:
            return None
        tp = self.tp
        if _GetTextObject(tp, index + 1) != _GetTextObject(tp, index):
            return None
        x, y, here_x, here_y = (ctypes.c_double() for _ in range(4))
        _GetCharOrigin(tp, index, here_x, here_y)
        _GetCharOrigin(tp, index + 1, x, y)
        if y.value != here_y.value or _GetUnicode(tp, index + 1) in (0x20, 0x0D, 0x0A) and _IsGenerated(tp, index + 1) == 1:
            return None
        return x.value, y.value

    def _emit(self, data, index, texts, gx, gy) -> None:
        """One glyph (possibly several characters), the general case, as pdfminer's Char(s)."""
        M, size, font, _, seq, user, level = data[:7]
        tp, ctm, H = self.tp, self.ctm, self.H
        a, b, c, d = M[0], M[1], M[2], M[3]
        X, Y = _apply(ctm, gx, gy)
        text = "".join(texts)
        low = font.descent * size
        high = low + size
        if len(texts) > 1 and level:
            # A multi-character glyph (ligature): the loose box (ink joined to advance) gives the advance.
            loose = self.loose
            _GetLooseCharBox(tp, index, ctypes.byref(loose))
            lx = sorted((_apply(ctm, loose.left, loose.bottom)[0], _apply(ctm, loose.right, loose.top)[0]))
            advance = ((lx[1] if a > 0 else lx[0]) - X) / a
        elif level:
            loose = self.loose
            _GetLooseCharBox(tp, index, ctypes.byref(loose))
            lx0, lx1 = _apply(ctm, loose.left, loose.bottom)[0], _apply(ctm, loose.right, loose.top)[0]
            reach = (max(lx0, lx1) if a > 0 else min(lx0, lx1)) - X
            advance = self._advance(index, X, a, font, text, size, reach, lx0, lx1) / a
        else:
            advance = _slanted_advance(tp, index, user, font, ord(texts[0]), size, self.loose)
        corners = [
            (a * px + c * py + X, b * px + d * py + Y) for px, py in ((0, low), (advance, low), (0, high), (advance, high))
        ]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        char = new_char((text, min(xs), max(xs), H - max(ys), H - min(ys), H - Y, max(ys) - min(ys), font.name))
        if len(text) == 1:
            self.placed.append((seq, char))
        else:
            self.placed.extend((seq, part) for part in split_glyph(char))


def _slanted_advance(tp, index, user, font, unicode, size, loose) -> float:
    """The advance of a rotated glyph, in text space units times the font size.

    PDFium's loose box is the page-axis bounding box of the glyph's advance box (advance x (descent..ascent)
    in text space, through the glyph matrix) joined to its ink box: its width |a|w + |c|h and height
    |b|w + |d|h each give w, too large where the ink sticks out, so the smaller one is kept.
    """
    a, b, c, d = (abs(v) for v in user)
    _GetLooseCharBox(tp, index, ctypes.byref(loose))
    h = font.height * size
    estimates = []
    if a > 1e-6:
        estimates.append((abs(loose.right - loose.left) - c * h) / a)
    if b > 1e-6:
        estimates.append((abs(loose.top - loose.bottom) - d * h) / b)
    reach = max(min(estimates), 0.0) if estimates else 0.0
    width = font.width(unicode) * size
    return width if 0 < width <= reach + 0.01 * size else reach


def _spaces(walk: _Walk, H, fonts: dict) -> list[tuple[int, Char]]:
    """A space Char for each blank text object PDFium's text page skipped."""
    placed = []
    size = ctypes.c_float()
    for seq, matrix, obj in walk.spaces:
        if not raw.FPDFTextObj_GetFontSize(obj, size):
            continue
        a, b, c, d, X, Y = matrix
        if not (a * d > 0 and b * c <= 0):
            continue
        font = _font(fonts, raw.FPDFTextObj_GetFont(obj))
        fs = size.value
        low = font.descent * fs
        high = low + fs
        advance = font.width(0x20) * fs
        corners = [
            (a * px + c * py + X, b * px + d * py + Y) for px, py in ((0, low), (advance, low), (0, high), (advance, high))
        ]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        placed.append((seq, new_char((" ", min(xs), max(xs), H - max(ys), H - min(ys), H - Y, max(ys) - min(ys), font.name))))
    return placed
