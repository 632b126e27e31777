"""Build a varied synthetic corpus of policy briefs (deterministic from a seed) to benchmark batch runs on.

Each brief gets 1-3 columns, a running header and page numbers, several pages, footnotes at the
foot of the page, and sometimes a boxed summary and a pull-quote repeating body text.

    python benchmarks/make_corpus.py OUT_DIR [--count 200] [--seed 7] [--shipped-copies 4]
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

SHIPPED = Path(__file__).resolve().parent.parent / "corpus" / "cidob-notes-67-algeria-mali.pdf"
ACTORS = ["Abdelaziz Bouteflika", "Iyad ag Ghaly", "Mokhtar Belmokhtar", "Amadou Toumani Touré", "Ibrahim Boubacar Keïta",
          "Muammar Kaddafi", "Abu Zeid", "Dioncounda Traoré", "Amadou Sanogo", "Romano Prodi"]
GROUPS = ["ECOWAS", "the African Union", "AQIM", "Ansar Dine", "the MNLA", "MUJAO", "the UN Security Council",
          "the Tuareg", "SONATRACH", "the European Union"]
PLACES = ["Kidal", "Gao", "Timbuktu", "Bamako", "Algiers", "northern Mali", "the Sahel", "Tamanrasset", "Niamey",
          "Nouakchott", "In Amenas", "the Sahara"]
STATES = ["Algeria", "Mali", "Niger", "Libya", "Mauritania", "France", "Morocco"]
DATES = ["January 2012", "March 22, 2012", "April 2012", "11 January 2013", "June 1990", "2006", "October 2012",
         "the summer of 2011", "December 20, 2012", "1963"]
VERBS = ["met", "criticised", "negotiated with", "supported", "warned", "received", "accused", "mediated between"]
TEMPLATES = [
    "{actor} {verb} {group} in {place} in {date}.",
    "{state} has long considered {place} part of its security perimeter, as {actor} stated in {date}.",
    "According to {group}, the situation in {place} deteriorated after {date}.",
    "The talks held in {place} brought together {group} and envoys of {state}.",
    "Since {date}, {group} has controlled much of {place}, while {state} hesitated to intervene.",
    "Observers in {place} expected {actor} to seek the backing of {group} before {date}.",
    "Cross-border trade between {state} and {place} has shaped local politics for decades.",
    "{state} and {state2} disagreed on the role of {group}, notably after the events of {date}.",
]
SERIES = ["notes internacionals", "Policy Brief", "Sahel Analysis", "Security Notes", "Regional Outlook"]
FONT_SIZES = {1: 10.5, 2: 9.5, 3: 8.5}


def sentence(rng: random.Random) -> str:
    states = rng.sample(STATES, 2)
    return rng.choice(TEMPLATES).format(
        actor=rng.choice(ACTORS), verb=rng.choice(VERBS), group=rng.choice(GROUPS), place=rng.choice(PLACES),
        date=rng.choice(DATES), state=states[0], state2=states[1],
    )


def paragraph_text(rng: random.Random) -> str:
    text = " ".join(sentence(rng) for _ in range(rng.randint(3, 7)))
    return text[0].upper() + text[1:]


class BriefTemplate(BaseDocTemplate):
    """Collects the footnotes of each page's paragraphs and prints them at its foot with the running header."""

    def __init__(self, path: Path, columns: int, header: str, **kwargs):
        super().__init__(str(path), pagesize=A4, **kwargs)
        self.header = header
        self.page_notes: list[tuple[int, str]] = []
        width, height = A4
        gap, margin, foot = 14, 50, 110
        column_width = (width - 2 * margin - gap * (columns - 1)) / columns
        frames = [
            Frame(margin + i * (column_width + gap), foot, column_width, height - margin - foot - 20, id=f"c{i}")
            for i in range(columns)
        ]
        self.addPageTemplates([PageTemplate("body", frames, onPage=self.draw_header, onPageEnd=self.draw_notes)])

    def afterFlowable(self, flowable) -> None:
        self.page_notes.extend(getattr(flowable, "notes", ()))

    def draw_header(self, canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(50, A4[1] - 35, self.header)
        canvas.drawRightString(A4[0] - 50, 30, str(doc.page))

    def draw_notes(self, canvas, doc) -> None:
        canvas.setFont("Helvetica", 7)
        y = 100
        for number, text in self.page_notes[:6]:
            canvas.drawString(50, y, f"{number}. {text}"[:150])
            y -= 10
        self.page_notes = self.page_notes[6:]


def build_brief(path: Path, seed: int) -> None:
    """One brief whose layout and text depend only on `seed`."""
    rng = random.Random(seed)
    columns = rng.choice([1, 2, 2, 3])
    size = FONT_SIZES[columns]
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=size, leading=size * 1.25, spaceAfter=size * 0.6)
    heading = ParagraphStyle("heading", parent=body, fontName="Helvetica-Bold", fontSize=size + 2, spaceBefore=size)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=size + 8, leading=size + 12)
    quote = ParagraphStyle("quote", parent=body, fontName="Times-Italic", fontSize=size + 3, leading=size * 1.6,
                           leftIndent=8, rightIndent=8)
    header = f"{rng.choice(SERIES)} {rng.randint(10, 120)} . {rng.choice(DATES).upper()}"
    doc = BriefTemplate(path, columns, header, title=f"Brief {seed}", author="Synthetic", invariant=1)
    story = [Paragraph(f"{rng.choice(STATES)} and the crisis in {rng.choice(PLACES)}", title), Spacer(1, size)]
    note_number = 0
    for section in range(rng.randint(3, 7)):
        story.append(Paragraph(f"{section + 1}. {sentence(rng).rstrip('.')}", heading))
        for _ in range(rng.randint(3, 7)):
            text = paragraph_text(rng)
            para = Paragraph(text, body)
            para.notes = []
            if rng.random() < 0.35:
                note_number += 1
                para = Paragraph(f"{text}<super>{note_number}</super>", body)
                para.notes = [(note_number, sentence(rng))]
            story.append(para)
            if rng.random() < 0.12:
                story.append(Paragraph(f"«{text.split('. ')[0]}»", quote))
        if rng.random() < 0.3:
            box = Table([[Paragraph(paragraph_text(rng), body)]])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, "black"), ("BACKGROUND", (0, 0), (-1, -1), "#eeeeee")]))
            story.append(box)
    doc.build(story)


def build_corpus(out_dir: Path, count: int = 200, seed: int = 7, shipped_copies: int = 4) -> list[Path]:
    """`count` synthetic briefs plus copies of the shipped brief; files already there are kept, so building again is cheap."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = out_dir / f"synthetic-{number:04d}.pdf"
        if not path.exists():
            build_brief(path, seed * 100_000 + number)
        paths.append(path)
    for number in range(shipped_copies):
        path = out_dir / f"shipped-copy-{number}.pdf"
        shutil.copyfile(SHIPPED, path)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shipped-copies", type=int, default=4)
    args = parser.parse_args()
    paths = build_corpus(args.out_dir, args.count, args.seed, args.shipped_copies)
    print(f"{len(paths)} briefs in {args.out_dir}")


if __name__ == "__main__":
    main()
