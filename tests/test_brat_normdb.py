"""The knowledge base as brat's normalisation list: the format brat's tools/norm_db_init.py reads, every entity
of the knowledge base and every id the corpus links that it lacks, the same bytes on every export."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.annotated import AnnotatedDocument
from pipeline.core.mention import Mention
from pipeline.formats.brat_conf import kb_database
from pipeline.formats.brat_normdb import NOT_IN_KB, normdb_lines
from pipeline.tagging.knowledge_base import KnowledgeBase

TYPES = {"name", "attr", "info"}
TEXT = "Ansar Dine met the Tuareg elders of the Adrar; the Adrar elders and the Tuaregs of Kidal in 2012.\n"


def parse(lines: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """norm_db_init's reading: ID<TAB>TYPE:LABEL:STRING triples, TYPE one of name/attr/info; every entry named."""
    entries = {}
    for line in lines:
        assert "\n" not in line
        entity_id, *fields = line.split("\t")
        triples = [tuple(f.split(":", 2)) for f in fields]
        assert entity_id and entity_id not in entries
        assert all(len(t) == 3 and t[0] in TYPES and t[1] and t[2] == t[2].strip() for t in triples), line
        assert triples[0][:2] == ("name", "Name")
        entries[entity_id] = triples
    return entries


def find(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def mention(word, label, entity_id, nth=0, value=None):
    return Mention(*find(TEXT, word, nth), label, word, entity_id, value)


KB = KnowledgeBase.from_records([
    {"id": "tuareg", "label": "GROUP", "name": "Tuareg", "aliases": ["Tuaregs", "Touareg"], "kind": "ethnic-group",
     "wikidata": "Q179264"},
    {"id": "kidal", "label": "PLACE", "name": "Kidal", "aliases": [], "kind": "city"},
])
CORPUS = [AnnotatedDocument("d1", TEXT, [
    mention("Ansar Dine", "GROUP", "ansar-dine"), mention("Tuareg", "GROUP", "tuareg"),
    mention("Adrar", "PLACE", "adrar"), mention("Adrar", "GROUP", "adrar", 1), mention("Adrar", "PLACE", "adrar", 1),
    mention("Kidal", "PLACE", "kidal"), mention("2012", "DATE", None, value="2012"),
])]


def test_each_entity_is_one_entry_with_names_label_kind_and_wikidata():
    entries = parse(normdb_lines(KB, []))
    assert entries["tuareg"] == [("name", "Name", "Tuareg"), ("name", "Alias", "Tuaregs"), ("name", "Alias", "Touareg"),
                                 ("attr", "Label", "GROUP"), ("info", "Kind", "ethnic-group"), ("info", "Wikidata", "Q179264")]
    assert entries["kidal"] == [("name", "Name", "Kidal"), ("attr", "Label", "PLACE"), ("info", "Kind", "city")]


def test_ids_the_corpus_links_but_the_kb_lacks_are_added_named_by_their_mentions():
    entries = parse(normdb_lines(KB, CORPUS))
    assert list(entries) == sorted(entries) == ["adrar", "ansar-dine", "kidal", "tuareg"]
    assert entries["adrar"] == [("name", "Name", "Adrar"), ("attr", "Label", "PLACE"), ("info", "Kind", NOT_IN_KB)]
    assert entries["ansar-dine"][0] == ("name", "Name", "Ansar Dine")
    assert "2012" not in entries  # dates are TIMEX3 values, not entities


def test_a_name_with_a_tab_or_line_break_cannot_break_its_entry():
    kb = KnowledgeBase.from_records([{"id": "x", "label": "GROUP", "name": "Front\tde\nlibération", "aliases": ["  "]}])
    assert parse(normdb_lines(kb, []))["x"] == [("name", "Name", "Front de libération"), ("attr", "Label", "GROUP")]


def test_the_shipped_kb_exports_the_same_bytes_twice_and_names_the_database_in_tools_conf(standoff_corpus, cli, tmp_path):
    first, second = tmp_path / "a" / "BriefsKB.txt", tmp_path / "b" / "BriefsKB.txt"
    for path in (first, second):
        path.parent.mkdir()
        result = cli("export", "--format", "brat-normdb", standoff_corpus, "-o", path)
        assert result.exit_code == 0, result.output
    assert first.read_bytes() == second.read_bytes()
    entries = parse(first.read_text(encoding="utf-8").splitlines())
    assert len(entries) >= len(KnowledgeBase.load())
    assert ("name", "Name", "Algeria") in entries["algeria"]
    assert kb_database(standoff_corpus) == "BriefsKB"
    assert result.output.splitlines()[-1] == f"{Path(standoff_corpus) / 'tools.conf'}: BriefsKB is the BriefsKB database brat looks up"
