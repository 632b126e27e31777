"""A standalone displaCy page per document, so a reader sees every mention, its entity, date value and page."""

from __future__ import annotations

import html
import re
from pathlib import Path

from spacy import displacy

from pipeline.core import atomic
from pipeline.core.annotated import AnnotatedDocument
from pipeline.core.mention import LABELS
from pipeline.formats.brat_conf import COLOURS

MARK = re.compile(r'<mark class="entity"')


def hover_text(mention, page: int | None) -> str:
    """What the mouse shows over a mention: entity id or date value, and the PDF page."""
    parts = [f"entity: {mention.entity_id}" if mention.entity_id else None,
             f"date: {mention.value}" if mention.value else None,
             f"page: {page}" if page is not None else None,
             f"source: {mention.source}"]
    return " · ".join(p for p in parts if p)


def render_page(document: AnnotatedDocument) -> str:
    """displaCy 'ent' page (manual data) with a title attribute added to each mark."""
    provenance = document.provenance()
    mentions = sorted(document.mentions, key=lambda m: (m.start, m.end))
    data = {
        "text": document.text,
        "title": document.doc_id,
        "ents": [
            {"start": m.start, "end": m.end, "label": m.label, "kb_id": m.entity_id or m.value or "",
             "kb_url": f"report.html#{m.entity_id}" if m.entity_id else "#"}
            for m in mentions
        ],
    }
    page = displacy.render(data, style="ent", manual=True, page=True, jupyter=False,
                           options={"ents": list(LABELS), "colors": COLOURS})
    titles = iter(hover_text(m, provenance.page_of(m.start, m.end)) for m in mentions)
    return MARK.sub(lambda _: f'<mark class="entity" title="{html.escape(next(titles))}"', page)


def write_page(out_dir: Path, document: AnnotatedDocument) -> Path:
    """annotations/<id>.html."""
    path = Path(out_dir) / f"{document.doc_id}.html"
    atomic.write_text(path, render_page(document))
    return path
