"""Render the synthetic gold briefs (`<id>.md` beside this file) to PDF in a think-tank brief layout.

Run from the repository root: `python annotations/gold/sources/render_briefs.py`.

Layout (A4): a running header with the series name and issue number on every page, the page number in the
footer, a title block (title, author, date) on page 1, justified two-column body text with bold section
headings, one shaded pull-quote box that repeats a body sentence, and numbered footnotes in smaller type at the
foot of the page on which their superscript marker falls.

The drawing helpers (`Sheet`, `write_pdf`, "^n" superscripts) come from `tests/pdf_factory.py`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tests"))
from pdf_factory import Sheet, write_pdf  # noqa: E402

HERE = Path(__file__).resolve().parent
DOC_IDS = [
    "brief-colombia-peace-eln",
    "brief-myanmar-resistance",
    "brief-sudan-war",
    "brief-mozambique-cabo-delgado",
    "brief-yemen-red-sea",
    "brief-ethiopia-after-pretoria",
    "brief-south-china-sea",
    "brief-somalia-al-shabaab",
    "brief-libya-divided-state",
    "brief-afghanistan-pakistan",
    "brief-who-pandemic-agreement",
    "news-venezuela-guyana-essequibo",
    "brief-sahel-states-alliance",
    "brief-drc-m23-great-lakes",
    "news-india-pakistan-kashmir-strikes",
    "brief-mexico-cartels-security",
    "brief-armenia-azerbaijan-peace",
    "news-nigeria-northwest-banditry",
    "brief-iraq-popular-mobilization",
    "brief-kosovo-serbia-dialogue",
    "communique-au-psc-central-african-republic",
    "sitrep-bangladesh-rohingya-response",
    "brief-south-sudan-crisis",
    "brief-syria-transition",
    "briefing-moldova-transnistria-energy",
    "unsc-press-lebanon-unifil",
    "brief-thailand-cambodia-border",
    "brief-cameroon-anglophone-crisis",
    "statement-eu-council-georgia",
    "sitrep-afghanistan-herat-earthquake",
    "digest-conflict-tracker-monthly",
    "insight-congress-taiwan-arms-sales",
    "brief-philippines-bangsamoro-transition",
    "communique-ecowas-guinea-bissau",
    "news-korea-russia-troops",
    "brief-western-sahara-autonomy",
    "paper-solomon-islands-security",
    "brief-kyrgyzstan-tajikistan-border",
    "report-rights-belarus-political-prisoners",
    "transcript-mfa-press-conference",
    "news-peru-protests-boluarte",
    "brief-chad-transition",
    "pressrelease-defence-ministry-exercise",
    "interview-papua-conflict",
    "report-sg-cyprus-unficyp",
    "explainer-ecuador-gang-crisis",
    "timeline-gaza-ceasefire-talks",
    "report-parliament-committee-black-sea",
    "pressrelease-icc-duterte-warrant",
    "statement-eom-sri-lanka-election",
    "commentary-new-caledonia-unrest",
    "riskreport-pakistan-balochistan",
    "report-ngo-darien-migration",
    "analysis-nepal-genz-protests",
    "brief-tanzania-election-crackdown",
]

PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT = 56.0, 56.0
TEXT_W = PAGE_W - LEFT - RIGHT
GUTTER = 20.0
COL_W = (TEXT_W - GUTTER) / 2
TOP = 74.0  # first baseline of the body on pages 2+
BOTTOM = 772.0  # lowest baseline of anything in the text area (footnotes included)

BODY_FONT, BODY_SIZE, BODY_LEAD = "Helvetica", 9.5, 13.0
HEAD_FONT, HEAD_SIZE, HEAD_LEAD = "Helvetica-Bold", 10.5, 14.0
NOTE_FONT, NOTE_SIZE, NOTE_LEAD = "Helvetica", 7.5, 9.5
QUOTE_FONT, QUOTE_SIZE, QUOTE_LEAD, QUOTE_PAD = "Helvetica-BoldOblique", 11.5, 15.0, 9.0
PARA_GAP, HEAD_GAP = 5.0, 9.0

MARKER = re.compile(r"\[\^(\d+)\]")


# ---------------------------------------------------------------------------------------------- source parsing


@dataclass
class Brief:
    doc_id: str
    meta: dict
    blocks: list[tuple[str, str]]  # ("heading" | "para", text with "^n" markers)
    notes: dict[int, str]


def read_brief(doc_id: str) -> Brief:
    text = (HERE / f"{doc_id}.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = {}
    for line in front.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    blocks, notes = [], {}
    for chunk in body.strip().split("\n\n"):
        for line in chunk.strip().splitlines():
            found = re.match(r"\[\^(\d+)\]:\s*(.*)", line)
            if found:
                notes[int(found.group(1))] = found.group(2)
        if chunk.lstrip().startswith("[^"):
            continue
        chunk = " ".join(chunk.split())
        if chunk.startswith("## "):
            blocks.append(("heading", chunk[3:]))
        else:
            blocks.append(("para", MARKER.sub(r"^\1", chunk)))
    return Brief(doc_id, meta, blocks, notes)


# ---------------------------------------------------------------------------------------------- line breaking


def width(text: str, font: str, size: float) -> float:
    """Width of a run with "^n" superscripts set at 0.6 of the size (as pdf_factory draws them)."""
    total = 0.0
    for piece in re.split(r"(\^\d+)", text):
        if piece.startswith("^"):
            total += stringWidth(piece[1:], font, round(size * 0.6, 1))
        elif piece:
            total += stringWidth(piece, font, size)
    return total


def wrap(text: str, font: str, size: float, measure: float) -> list[str]:
    """Greedy line breaking; a word too long for the rest of a line may break after one of its own hyphens."""
    lines, current = [], ""
    words = text.split(" ")
    i = 0
    while i < len(words):
        word = words[i]
        trial = f"{current} {word}" if current else word
        if width(trial, font, size) <= measure:
            current = trial
            i += 1
            continue
        parts = re.split(r"(?<=[A-Za-z]-)(?=[A-Za-z])", word)
        if current and len(parts) > 1:
            head = ""
            for k in range(len(parts) - 1, 0, -1):
                candidate = "".join(parts[:k])
                if width(f"{current} {candidate}", font, size) <= measure:
                    head = candidate
                    break
            if head:
                lines.append(f"{current} {head}")
                words[i] = word[len(head):]
                current = ""
                continue
        if not current:  # a single word wider than the measure: set it anyway
            lines.append(word)
            i += 1
            continue
        lines.append(current)
        current = ""
    if current:
        lines.append(current)
    return lines


# ---------------------------------------------------------------------------------------------- flowing the body


@dataclass
class Element:
    kind: str  # heading | para | quote
    lines: list[str]

    @property
    def style(self) -> tuple[str, float, float]:
        return {
            "heading": (HEAD_FONT, HEAD_SIZE, HEAD_LEAD),
            "para": (BODY_FONT, BODY_SIZE, BODY_LEAD),
            "quote": (QUOTE_FONT, QUOTE_SIZE, QUOTE_LEAD),
        }[self.kind]

    @property
    def gap(self) -> float:
        return {"heading": HEAD_GAP, "para": PARA_GAP, "quote": 10.0}[self.kind]

    def quote_height(self) -> float:
        return len(self.lines) * QUOTE_LEAD + 2 * QUOTE_PAD


def elements_of(brief: Brief) -> list[Element]:
    out: list[Element] = []
    after = int(brief.meta.get("pullquote_after", "0"))
    paras = 0
    for kind, text in brief.blocks:
        font, size, _ = Element(kind, []).style
        out.append(Element(kind, wrap(text, font, size, COL_W)))
        if kind == "para":
            paras += 1
            if paras == after and brief.meta.get("pullquote"):
                quote = f"“{brief.meta['pullquote']}”"
                out.append(Element("quote", wrap(quote, QUOTE_FONT, QUOTE_SIZE, COL_W - 2 * QUOTE_PAD)))
    return out


def flow_page(elements: list[Element], pos: tuple[int, int], first_top: float, bottom: float):
    """Place lines into the two columns from `pos`; returns (placements, next pos, footnote numbers)."""
    placed = []  # (kind, x, baseline, text, justify) or ("quote", x, top, element)
    ei, li = pos
    for column in range(2):
        x = LEFT + column * (COL_W + GUTTER)
        y = first_top  # baseline of the next line
        at_top = True
        while ei < len(elements):
            element = elements[ei]
            font, size, lead = element.style
            if element.kind == "quote":
                top = y - BODY_SIZE + (0 if at_top else element.gap)
                if top + element.quote_height() > bottom + 2:
                    break
                placed.append(("quote", x, top, element))
                y = top + element.quote_height() + element.gap + BODY_SIZE
                at_top = False
                ei, li = ei + 1, 0
                continue
            if li == 0 and not at_top:
                y += element.gap
            if element.kind == "heading" and y + lead + 2 * BODY_LEAD > bottom:
                break  # keep a heading with the first lines of its section
            if element.kind == "para" and li == 0 and len(element.lines) > 1 and y + lead > bottom:
                break  # no single first line at the foot of a column
            if y > bottom:
                break
            last = li == len(element.lines) - 1
            placed.append(("line", x, y, element.lines[li], element.kind == "para" and not last, font, size))
            y += lead
            at_top = False
            li += 1
            if li == len(element.lines):
                ei, li = ei + 1, 0
        if ei >= len(elements):
            break
    notes = []
    for item in placed:
        if item[0] == "line":
            notes.extend(int(n) for n in re.findall(r"\^(\d+)", item[3]))
    return placed, (ei, li), notes


def note_lines(brief: Brief, numbers: list[int]) -> list[str]:
    lines = []
    for n in numbers:
        lines.extend(wrap(f"{n}. {brief.notes[n]}", NOTE_FONT, NOTE_SIZE, TEXT_W))
    return lines


def draw_line(sheet: Sheet, x: float, baseline: float, text: str, justify: bool, font: str, size: float) -> None:
    spaces = text.count(" ")
    extra = 0.0
    if justify and spaces:
        extra = (COL_W - width(text, font, size)) / spaces  # every line but a paragraph's last is set full
    sheet.text(x, baseline, text, font, size, word_space=extra)


def render(brief: Brief) -> Path:
    meta = brief.meta
    header = f"{meta['series']} {meta['issue']} | {meta['date'].upper()}"
    elements = elements_of(brief)
    sheets: list[Sheet] = []
    pos = (0, 0)
    page = 0
    while pos[0] < len(elements):
        page += 1
        sheet = Sheet()
        sheet.text(LEFT, 40, header, "Helvetica-Oblique", 8)
        sheet.rule(LEFT, 46, TEXT_W)
        first_top = TOP
        if page == 1:
            top = 92.0
            for line in wrap(meta["title"], "Helvetica-Bold", 19, TEXT_W):
                sheet.text(LEFT, top, line, "Helvetica-Bold", 19)
                top += 23
            top += 6
            sheet.text(LEFT, top, meta["author"], "Helvetica", 10.5)
            top += 14
            sheet.text(LEFT, top, meta["date"], "Helvetica-Oblique", 9)
            top += 10
            sheet.rule(LEFT, top, TEXT_W)
            first_top = top + 22
        reserved_for: list[int] = []
        for _ in range(6):  # footnotes of the page shorten both columns: settle the space they need
            lines = note_lines(brief, reserved_for)
            reserve = (len(lines) * NOTE_LEAD + 12) if lines else 0.0
            placed, next_pos, notes = flow_page(elements, pos, first_top, BOTTOM - reserve)
            if sorted(set(notes)) == reserved_for:
                break
            reserved_for = sorted(set(notes) | set(reserved_for))
        for item in placed:
            if item[0] == "quote":
                _, x, top, element = item
                sheet.fill(x, top, COL_W, element.quote_height(), gray=0.9)
                baseline = top + QUOTE_PAD + QUOTE_SIZE
                for line in element.lines:
                    sheet.text(x + QUOTE_PAD, baseline, line, QUOTE_FONT, QUOTE_SIZE)
                    baseline += QUOTE_LEAD
            else:
                _, x, y, text, justify, font, size = item
                draw_line(sheet, x, y, text, justify, font, size)
        lines = note_lines(brief, sorted(set(notes)))
        if lines:
            y = BOTTOM - (len(lines) - 1) * NOTE_LEAD
            sheet.rule(LEFT, y - NOTE_SIZE - 5, 70)
            for line in lines:
                sheet.text(LEFT, y, line, NOTE_FONT, NOTE_SIZE)
                y += NOTE_LEAD
        sheet.text(PAGE_W / 2 - 3, 808, str(page), "Helvetica", 8)
        sheets.append(sheet)
        if next_pos == pos:
            raise SystemExit(f"{brief.doc_id}: nothing fits on page {page}")
        pos = next_pos
    out = HERE / f"{brief.doc_id}.pdf"
    write_pdf(out, sheets, title=meta["title"], author=meta["author"])
    return out


def main(ids: list[str]) -> None:
    for doc_id in ids or DOC_IDS:
        path = render(read_brief(doc_id))
        print(f"{doc_id}: {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
