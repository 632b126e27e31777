"""The relation table is derived from the standoff: patterns, dates, schema, and edits to the .ann."""

import re
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
import spacy
from spacy.strings import get_string_id

from pipeline.core.annotated import AnnotatedDocument, read_document
from pipeline.core.mention import Mention
from pipeline.relations.extractor import RelationExtractor
from pipeline.relations.parses import (
    COMPACT_ATTRS,
    merged_unparsed,
    parse_with_mentions,
    syntax_doc,
)
from pipeline.relations.pattern_file import load_patterns
from pipeline.relations.patterns import (
    build_matcher,
    pattern_matches,
    pattern_triggers,
    related_sentences,
    sentence_matches,
)
from pipeline.relations.tables import (
    ENTITIES_SCHEMA,
    PAIRS_SCHEMA,
    RELATIONS_ORDER,
    RELATIONS_SCHEMA,
    SOURCE_KEY,
    TABLES,
    build_tables,
    framed,
    in_order,
    part_path,
    typed,
    write_tables,
)
from pipeline.tagging.spacy_docs import snap_mentions

STANDOFF = Path(__file__).parent / "data" / "standoff"
SHIPPED_PDF = Path(__file__).parent.parent / "corpus" / "cidob-notes-67-algeria-mali.pdf"
MARKUP = re.compile(r"\[([^\]]+)\]\((ACTOR|GROUP|PLACE|DATE)\)")
REQUIRED_KINDS = {"leads", "member_of", "spokesperson_of", "founded", "created_in", "agreement_with",
                  "negotiates_with", "mediates", "supports", "opposes", "attacks", "kidnaps", "located_in"}


def from_markup(example: str) -> AnnotatedDocument:
    """`[name](LABEL)` markup → text and mentions, as a pattern's documented example is written."""
    text, mentions, position = "", [], 0
    for found in MARKUP.finditer(example):
        text += example[position:found.start()]
        start = len(text)
        text += found.group(1)
        mentions.append(Mention(start, len(text), found.group(2), found.group(1), found.group(1).lower()))
        position = found.end()
    return AnnotatedDocument("example", text + example[position:] + "\n", mentions)


@pytest.fixture(scope="module")
def extractor():
    return RelationExtractor()


@pytest.fixture(scope="module")
def tables(extractor):
    return build_tables(STANDOFF, extractor)


def rows_between(relations, head, tail):
    return relations[(relations["head_text"] == head) & (relations["tail_text"] == tail)]


def test_patterns_cover_the_kinds_and_each_matches_its_documented_example(extractor):
    patterns = load_patterns()
    assert REQUIRED_KINDS <= {p.kind for p in patterns}
    matcher = build_matcher(extractor.nlp, patterns)
    for pattern in patterns:
        document = from_markup(pattern.example)
        doc, mentions = parse_with_mentions(extractor.nlp, document)
        nodes = [n["RIGHT_ID"] for n in pattern.pattern]
        hits = [tokens for match_id, tokens in matcher(doc) if doc.vocab.strings[match_id] == pattern.id]
        assert any({tokens[nodes.index("head")], tokens[nodes.index("tail")]} <= set(mentions) for tokens in hits), \
            f"{pattern.id} does not match its example {pattern.example!r}"
    assert len({p.id for p in patterns}) == len(patterns)


def test_agreement_leadership_and_founding_are_found_with_their_dates(tables):
    relations = tables["relations"]
    agreement = rows_between(relations, "MNLA", "Ansar eddine")
    assert ("agreement_with", "2012-12-21", "footnote") in set(zip(agreement["kind"], agreement["date"], agreement["date_scope"]))
    iyad = rows_between(relations, "Iyad ag Ghaly", "Ansar eddine")
    assert {"founded", "leads"} <= set(iyad["kind"])
    assert set(iyad[iyad["kind"] == "founded"]["date"]) == {"2011-12-20"}
    mediation = rows_between(relations, "Algiers", "Ansar eddine")
    assert list(mediation["kind"]) == ["mediates"] and list(mediation["predicate"]) == ["sign"]


def test_a_match_extends_to_coordinated_entities(extractor):
    document = from_markup("The [MNLA](GROUP), supported by [Libya](ACTOR) and [Niger](ACTOR), took [Kidal](PLACE).")
    rows, _ = extractor.extract(document)
    kinds = {(r["head_text"], r["tail_text"]): r["kind"] for r in rows}
    assert kinds[("Libya", "MNLA")] == kinds[("Niger", "MNLA")] == "supports"
    assert kinds[("Libya", "Niger")] == "co_occurs"


def test_places_are_tails_dates_are_columns_and_other_pairs_co_occur(tables):
    relations = tables["relations"]
    assert set(relations["head_label"]) <= {"ACTOR", "GROUP"}
    assert "DATE" not in set(relations["tail_label"])
    kidal = relations[relations["tail_text"] == "Kidal"]
    assert set(kidal["kind"]) == {"co_occurs"} and set(kidal["date"]) == {"2012-12-21"}
    met = rows_between(relations, "Iyad ag Ghaly", "MNLA")
    assert list(met["place_text"]) == ["Kidal"] and list(met["predicate"]) == ["meet"]
    assert relations["parsed"].all()


def test_table_schemas_dtypes_order_and_round_trip(standoff_corpus, extractor):
    written = write_tables(standoff_corpus, extractor)
    for name, schema in zip(TABLES, (RELATIONS_SCHEMA, ENTITIES_SCHEMA, PAIRS_SCHEMA)):
        frame = written[name]
        assert list(frame.columns) == list(schema)
        assert {c: str(t) for c, t in frame.dtypes.items()} == schema
        pd.testing.assert_frame_equal(pd.read_parquet(standoff_corpus / f"{name}.parquet"), frame)
        pd.testing.assert_frame_equal(pd.read_csv(standoff_corpus / f"{name}.csv", dtype=schema, keep_default_na=False,
                                                  na_values=[""]), frame)
    entities = written["entities"].set_index("entity_id")
    assert entities.loc["ansar-eddine", "mentions"] == 5 and entities.loc["ansar-eddine", "first_date"] == "2011-12-20"
    assert entities.loc["algeria", "labels"] == "ACTOR"


def test_tables_are_byte_identical_across_runs(standoff_corpus, extractor):
    write_tables(standoff_corpus, extractor)
    first = {p.name: p.read_bytes() for p in standoff_corpus.glob("*.*") if p.suffix in (".csv", ".parquet")}
    write_tables(standoff_corpus, extractor)
    assert first == {p.name: p.read_bytes() for p in standoff_corpus.glob("*.*") if p.suffix in (".csv", ".parquet")}
    documents = len(list(standoff_corpus.glob("*.ann")))
    assert len(first) == 6 + 2 * documents


def test_rules_only_pipeline_gives_co_occurrences_only():
    relations = build_tables(STANDOFF, RelationExtractor(nlp=spacy.blank("en")))["relations"]
    assert len(relations) and set(relations["kind"]) == {"co_occurs"}
    assert not relations["parsed"].any() and relations["predicate"].isna().all()


def test_editing_the_ann_and_rerunning_relations_changes_the_table(standoff_corpus, cli):
    result = cli("relations", standoff_corpus)
    assert result.exit_code == 0, result.output
    before = pd.read_csv(standoff_corpus / "relations.csv")
    assert "mnla" in set(before[before["kind"] == "agreement_with"]["head_id"])
    ann = standoff_corpus / "sahel-sample.ann"
    footnote_mnla = [line.split("\t")[0] for line in ann.read_text().splitlines() if "\tGROUP 635 639\t" in line][0]
    ann.write_text(ann.read_text().replace(f"Reference {footnote_mnla} BriefsKB:mnla", f"Reference {footnote_mnla} BriefsKB:hcua"))
    assert cli("relations", standoff_corpus).exit_code == 0
    after = pd.read_csv(standoff_corpus / "relations.csv")
    assert set(after[after["kind"] == "agreement_with"]["head_id"]) == {"hcua", "tuareg"}
    assert len(after) == len(before)


def test_relations_command_reports_a_broken_ann_in_one_line(standoff_corpus, cli):
    (standoff_corpus / "sahel-sample.ann").write_text("T1\tPERSON 0 7\tAlgeria\n", encoding="utf-8")
    result = cli("relations", standoff_corpus)
    assert result.exit_code == 1
    assert "sahel-sample.ann:1: T1: unknown label 'PERSON'" in result.output and "Traceback" not in result.output


def kept_sources(folder: Path) -> dict[str, bytes]:
    """The source key stamped in each per-document relations file of `folder`."""
    return {p.name: pq.read_schema(p).metadata[SOURCE_KEY] for p in sorted(folder.glob("*.relations.parquet"))}


def test_kept_rows_are_reused_while_the_ann_is_unchanged_and_rederived_after_an_edit(standoff_corpus, extractor):
    for suffix in ("txt", "ann", "json"):
        shutil.copyfile(standoff_corpus / f"sahel-sample.{suffix}", standoff_corpus / f"sahel-copy.{suffix}")
    first = write_tables(standoff_corpus, extractor)
    kept = {p: p.stat().st_ino for p in standoff_corpus.glob("*.*.parquet")}
    keys = kept_sources(standoff_corpus)
    again = write_tables(standoff_corpus, extractor)
    assert {p: p.stat().st_ino for p in standoff_corpus.glob("*.*.parquet")} == kept
    for name in TABLES:
        pd.testing.assert_frame_equal(again[name], first[name])

    ann = standoff_corpus / "sahel-sample.ann"
    ann.write_text(ann.read_text().replace("BriefsKB:mnla", "BriefsKB:hcua"))
    edited = write_tables(standoff_corpus, extractor)
    changed = {name for name, key in kept_sources(standoff_corpus).items() if key != keys[name]}
    assert changed == {"sahel-sample.relations.parquet"}
    assert (part_path(standoff_corpus, "sahel-sample", "mentions").stat().st_ino
            != kept[part_path(standoff_corpus, "sahel-sample", "mentions")])
    edited_rows = edited["relations"][edited["relations"]["document"] == "sahel-sample"]
    assert "mnla" not in set(edited_rows["head_id"].dropna()) | set(edited_rows["tail_id"].dropna())
    assert "mnla" in set(edited["relations"]["head_id"].dropna())


def test_kept_rows_follow_a_change_of_extractor(standoff_corpus, extractor):
    write_tables(standoff_corpus, extractor)
    unparsed = write_tables(standoff_corpus, RelationExtractor(nlp=spacy.blank("en")))["relations"]
    assert len(unparsed) and not unparsed["parsed"].any()
    assert pd.read_parquet(part_path(standoff_corpus, "sahel-sample", "relations"))["parsed"].sum() == 0


def test_shipped_brief_holds_the_agreement_and_iyad_ag_ghaly_tie(tmp_path, extractor):
    from pipeline.run.process import Stages, process_document

    process_document(SHIPPED_PDF, tmp_path, Stages(extractor.nlp, extractor))
    assert part_path(tmp_path, SHIPPED_PDF.stem, "relations").is_file()
    relations = build_tables(tmp_path, extractor)["relations"]
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    for suffix in ("txt", "ann", "json"):
        shutil.copyfile(tmp_path / f"{SHIPPED_PDF.stem}.{suffix}", fresh / f"{SHIPPED_PDF.stem}.{suffix}")
    pd.testing.assert_frame_equal(build_tables(fresh, extractor)["relations"], relations)
    assert not list(fresh.glob("*.parquet"))
    ids = set(zip(relations["head_id"], relations["tail_id"], relations["kind"], relations["date"]))
    agreement = {(h, t) for h, t, k, d in ids if k == "agreement_with" and d == "2012-12-21"}
    assert any("mnla" in (h + t) and "ansar" in (h + t) for h, t in agreement)
    assert any("iyad" in h and "ansar" in t for h, t, k, _ in ids if k == "leads")


def test_each_pattern_matched_only_where_its_words_are_finds_what_one_matcher_finds(extractor):
    """Matching a pattern only in the sentences holding its words loses no match of one matcher run over them all."""
    document = read_document(STANDOFF, "sahel-sample")
    doc, mentions = parse_with_mentions(extractor.nlp, document)
    sentences = related_sentences(doc, mentions)
    columns = doc.to_array(COMPACT_ATTRS)
    combined = sentence_matches(build_matcher(extractor.nlp, extractor.patterns), doc, sentences, columns)
    split = pattern_matches(doc, sentences, extractor.patterns, extractor.matchers, extractor.triggers)
    assert combined and sorted((m, tuple(t)) for m, t in split) == sorted((m, tuple(t)) for m, t in combined)


def test_a_pattern_demands_its_lemmas_lower_case_words_and_expressions():
    spokesperson = next(p for p in load_patterns() if p.id == "spokesperson-role-compound")
    needs = pattern_triggers(spokesperson)
    assert needs and all(column in (0, 1) for column, _ in needs)
    assert any(isinstance(allowed, re.Pattern) and allowed.search("spokeswoman") for _, allowed in needs)
    leads = next(p for p in load_patterns() if p.id == "leads-verb")
    assert [(column, allowed) for column, allowed in pattern_triggers(leads)] == \
        [(0, frozenset(get_string_id(w) for w in ["lead", "head", "command", "direct", "run", "chair"]))]


def test_an_unparsed_doc_is_merged_as_the_retokenizer_merges_it():
    nlp = spacy.blank("en")
    document = read_document(STANDOFF, "sahel-sample")
    doc = syntax_doc(nlp, document.text)
    spans = [span for _, span in snap_mentions(doc, document.mentions)]
    merged = merged_unparsed(doc, document.text, spans)
    doc.ents = spans
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    attrs = ["ORTH", "SPACY", "IDX", "SENT_START", "ENT_IOB", "ENT_TYPE"]
    assert len(merged) < len(syntax_doc(nlp, document.text))
    assert (merged.to_array(attrs) == doc.to_array(attrs)).all()
    assert [s.start for s in merged.sents] == [s.start for s in doc.sents]


def test_rows_sorted_as_rows_are_sorted_as_the_frame_sorts_them(extractor):
    rows, _ = extractor.extract(read_document(STANDOFF, "sahel-sample"))
    rows = rows[::-1] + [dict(rows[0], sentence_start=None, kind="a")]
    pd.testing.assert_frame_equal(typed(rows, RELATIONS_SCHEMA, RELATIONS_ORDER),
                                  in_order(framed(rows, RELATIONS_SCHEMA), RELATIONS_ORDER))
