"""Shared set-up for the corrections tests: a real brief excerpt, a rule "machine" and the run step process.py does."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.core.document import CleanDocument
from pipeline.core.mention import Mention
from pipeline.corrections.layer import reconcile
from pipeline.formats.record import write_document

EXCERPT = Path(__file__).parent / "data" / "corrections" / "brief-excerpt.txt"
RUN_INFO = {"version": "test", "mode": "rules"}
NAMES = {"Algeria": "ACTOR", "Mali": "PLACE", "Libya": "PLACE", "Sahel": "PLACE", "Tuaregs": "GROUP",
         "Maghreb": "PLACE", "Tinzawatin": "PLACE", "Algiers": "PLACE", "Tamanrasset": "PLACE", "2013": "DATE"}


def clean_text(repair_hyphens: bool) -> str:
    """The excerpt as one paragraph per line; the newer 'pipeline version' also joins words split by a line-end hyphen."""
    blocks = [" ".join(block.split()) for block in EXCERPT.read_text(encoding="utf-8").split("\n\n")]
    text = "".join(block + "\n" for block in blocks if block)
    return re.sub(r"(\w)- (\w)", r"\1\2", text) if repair_hyphens else text


def make_doc(text: str, doc_id: str = "brief") -> CleanDocument:
    starts = [m.start() for m in re.finditer(r"^", text, re.M)][:-1]
    return CleanDocument(doc_id, "brief.pdf", text, [(s, text.index("\n", s)) for s in starts])


def machine(text: str) -> list[Mention]:
    """A deterministic stand-in tagger: every whole-word occurrence of a few names, with ids."""
    found = []
    for name, label in NAMES.items():
        for match in re.finditer(rf"\b{name}\b", text):
            extra = {"value": name} if label == "DATE" else {"entity_id": name.lower()}
            found.append(Mention(match.start(), match.end(), label, name, source="rule", **extra))
    return found


def run(out: Path, doc: CleanDocument, mentions: list[Mention] | None = None) -> list[Mention]:
    """What process_document does between tagging and writing."""
    effective = reconcile(out, doc, machine(doc.text) if mentions is None else mentions)
    write_document(out, doc, effective, RUN_INFO)
    return effective
