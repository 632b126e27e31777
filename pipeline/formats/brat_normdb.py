"""The knowledge base as brat's normalisation data, so annotators look up and pick entity ids inside brat.

The file is the input of brat's `tools/norm_db_init.py`, one entity a line:
`ID<TAB>name:Name:NAME<TAB>name:Alias:ALIAS...<TAB>attr:Label:LABEL<TAB>info:Kind:KIND<TAB>info:Wikidata:QID`.
brat searches the `name` and `attr` fields and shows the rest when a linked mention is hovered.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from pipeline.core import atomic
from pipeline.core.annotated import AnnotatedDocument
from pipeline.tagging.knowledge_base import KnowledgeBase

NOT_IN_KB = "not in the knowledge base (named in the corpus)"


def _field(kind: str, label: str, value: str) -> str | None:
    value = " ".join(value.split())  # a tab or line break would end the field or the entry
    return f"{kind}:{label}:{value}" if value else None


def _entry(entity_id: str, names: list[str], label: str, infos: list[tuple[str, str]]) -> str:
    unique = list(dict.fromkeys(" ".join(n.split()) for n in names if n.strip()))
    fields = [_field("name", "Name", unique[0]), *(_field("name", "Alias", n) for n in unique[1:]),
              _field("attr", "Label", label), *(_field("info", key, value) for key, value in infos)]
    return "\t".join([entity_id, *(f for f in fields if f)])


def normdb_lines(kb: KnowledgeBase, documents: list[AnnotatedDocument]) -> list[str]:
    """Every knowledge-base entity, then every id the corpus links that the knowledge base lacks, sorted by id."""
    entries = {
        e.id: _entry(e.id, list(e.surface_forms()), e.label, [("Kind", e.kind), ("Wikidata", e.wikidata or "")])
        for e in kb
    }
    texts: dict[str, Counter] = defaultdict(Counter)
    labels: dict[str, Counter] = defaultdict(Counter)
    for document in documents:
        for m in document.mentions:
            if m.entity_id and m.entity_id not in entries:
                texts[m.entity_id][m.text] += 1
                labels[m.entity_id][m.label] += 1
    for entity_id, counts in texts.items():
        names = [text for text, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
        label = sorted(labels[entity_id].items(), key=lambda item: (-item[1], item[0]))[0][0]
        entries[entity_id] = _entry(entity_id, names, label, [("Kind", NOT_IN_KB)])
    return [entries[entity_id] for entity_id in sorted(entries)]


def write_brat_normdb(documents: list[AnnotatedDocument], path: Path) -> None:
    """brat's normalisation list for the knowledge base and the corpus; its file stem becomes the database name."""
    atomic.write_text(Path(path), "".join(line + "\n" for line in normdb_lines(KnowledgeBase.load(), documents)))
