"""The report, its images and the displaCy pages are written from the standoff, deterministically."""

import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from pipeline.core.annotated import AnnotatedDocument, read_corpus
from pipeline.formats.displacy_page import render_page
from pipeline.formats.report import KIND_COLOURS, entity_relations, network_graph
from pipeline.relations.tables import build_tables, timex_date

STANDOFF = Path(__file__).parent / "data" / "standoff"
OUTPUTS = ("report.html", "network.svg", "timeline.svg", "sahel-sample.html")


class Marks(HTMLParser):
    """Collects the title of every displaCy <mark> and every link."""

    def __init__(self):
        super().__init__()
        self.titles, self.links = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark":
            self.titles.append(attrs.get("title"))
        if tag == "a":
            self.links.append(attrs.get("href"))


def parsed(html: str) -> Marks:
    marks = Marks()
    marks.feed(html)
    return marks


def test_report_command_writes_report_images_and_pages_byte_identically(standoff_corpus, cli):
    result = cli("report", standoff_corpus)
    assert result.exit_code == 0, result.output
    first = {name: (standoff_corpus / name).read_bytes() for name in OUTPUTS}
    assert cli("report", standoff_corpus).exit_code == 0
    assert first == {name: (standoff_corpus / name).read_bytes() for name in OUTPUTS}
    report = first["report.html"].decode("utf-8")
    assert "sahel-sample.html" in parsed(report).links
    assert 'id="ansar-eddine"' in report and 'id="relations-ansar-eddine"' in report and "negotiates_with" in report
    assert "<tr><td>DATE</td><td>4</td><td>4</td></tr>" in report and "<tr><td>GROUP</td><td>10</td><td>3</td></tr>" in report
    for image in ("network.svg", "timeline.svg"):
        root = ET.fromstring(first[image])
        assert root.tag.endswith("svg")
    network_text = first["network.svg"].decode("utf-8")
    assert "Iyad ag Ghaly" in network_text and "Kidal" not in network_text and "negotiates_with" in network_text
    assert "co_occurs" not in network_text
    assert "2012-12-21" not in network_text and "Bouteflika → Ansar eddine (negotiates_with)" in first["timeline.svg"].decode("utf-8")


def test_network_draws_typed_relations_of_actors_and_groups_and_co_occurrences_only_when_asked():
    tables = build_tables(STANDOFF)
    graph = network_graph(tables)
    labels = dict(zip(tables["entities"]["entity_id"], tables["entities"]["label"]))
    assert graph.number_of_edges() and all(labels[n] in ("ACTOR", "GROUP") for n in graph.nodes)
    assert {d["kind"] for _, _, d in graph.edges(data=True)} <= set(KIND_COLOURS) - {"co_occurs"}
    assert graph.edges["iyad-ag-ghaly", "ansar-eddine"]["kinds"] == {"founded": 1, "leads": 1}
    assert not graph.has_edge("ansar-eddine", "iyad-ag-ghaly")  # direction kept
    with_co = network_graph(tables, co_occurs=True)
    relations = tables["relations"]
    between = relations[(relations["head_id"] == "ansar-eddine") & (relations["tail_id"] == "mnla")]
    assert with_co.edges["ansar-eddine", "mnla"]["weight"] == len(between) > 0
    assert not graph.has_edge("ansar-eddine", "mnla")


def test_report_co_occurs_option_draws_co_occurrences(standoff_corpus, cli):
    assert cli("report", standoff_corpus, "--co-occurs").exit_code == 0
    assert "co_occurs" in (standoff_corpus / "network.svg").read_text(encoding="utf-8")


def test_entity_relations_list_typed_rows_with_their_evidence_and_negation_spelt_out():
    tables = build_tables(STANDOFF)
    relations = tables["relations"].copy()
    first = relations.index[relations["kind"] == "founded"][0]
    relations.loc[first, "negated"] = True
    page = entity_relations({**tables, "relations": relations})
    assert 'id="relations-iyad-ag-ghaly"' in page and "not founded" in page
    assert "had announced the establishment of a new jihadist group" in page
    assert "co_occurs" not in page


def test_displacy_page_hover_shows_entity_date_and_page():
    document = read_corpus(STANDOFF)[0]
    text = document.text
    record = {"id": document.doc_id, "source": "x.pdf", "metadata": {}, "paragraphs": [], "footnotes": [],
              "removals": [], "provenance": [[0, len(text), 3, 10.0, 20.0, list(range(len(text) + 1))]]}
    page = render_page(AnnotatedDocument(document.doc_id, text, document.mentions, record))
    titles = parsed(page).titles
    assert len(titles) == len(document.mentions)
    by_text = dict(zip([m.text for m in document.mentions], titles))
    assert by_text["21 December 2012"] == "date: 2012-12-21 · page: 3 · source: rule"
    assert by_text["Kidal"] == "entity: kidal · page: 3 · source: human"
    assert "<!DOCTYPE html>" in page or "<html" in page


def test_timex_values_become_the_first_day_they_cover():
    assert timex_date("2012-12-21") == date(2012, 12, 21)
    assert timex_date("2012-07") == date(2012, 7, 1)
    assert timex_date("2012-SP") == date(2012, 3, 1)
    assert timex_date("196X") == date(1960, 1, 1)
    assert timex_date("PRESENT_REF") is None
