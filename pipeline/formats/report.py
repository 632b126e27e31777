"""Corpus report: actor/group network, timeline of dated relations, entity counts and links to document pages."""

from __future__ import annotations

import html
import io
from collections import Counter
from pathlib import Path

import matplotlib
import networkx as nx
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from pipeline.core import atomic
from pipeline.core.annotated import AnnotatedDocument, read_corpus
from pipeline.core.mention import LABELS
from pipeline.formats.brat_conf import COLOURS
from pipeline.formats.displacy_page import write_page
from pipeline.relations.lexicon import CO_OCCURS
from pipeline.relations.tables import build_tables, timex_date

NETWORK_LABELS = ("ACTOR", "GROUP")
NETWORK_SIZE = 30
SVG_SETTINGS = {"svg.hashsalt": "briefs", "svg.fonttype": "none", "font.family": "DejaVu Sans", "font.size": 8}


def svg_bytes(figure) -> bytes:
    """SVG without date metadata and with fixed ids, so the same tables give byte-identical images."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return buffer.getvalue()


def short_names(relations: pd.DataFrame) -> dict[str, str]:
    """The shortest text each entity is mentioned by ("AQIM" rather than its long name), to keep drawings legible."""
    mentions = pd.concat([relations[["head_id", "head_text"]].set_axis(["id", "text"], axis=1),
                          relations[["tail_id", "tail_text"]].set_axis(["id", "text"], axis=1)]).dropna()
    return {i: min(group, key=lambda t: (len(t), t)) for i, group in mentions.groupby("id")["text"]}


KIND_COLOURS = {
    "leads": "#1f77b4", "member_of": "#aec7e8", "spokesperson_of": "#9edae5", "founded": "#17becf",
    "created_in": "#bcbd22", "located_in": "#c7c7c7", "agreement_with": "#2ca02c", "mediates": "#98df8a",
    "negotiates_with": "#8c564b", "supports": "#9467bd", "opposes": "#ff7f0e", "split_from": "#e377c2",
    "attacks": "#d62728", "kidnaps": "#7f0000", CO_OCCURS: "#dddddd",
}


def shown_relations(relations: pd.DataFrame, co_occurs: bool = False) -> pd.DataFrame:
    """The rows the report draws: typed rows that are not negated, plus co-occurrences only when asked for."""
    typed_rows = (relations["kind"] != CO_OCCURS) & ~relations["negated"].fillna(False).astype(bool)
    return relations[typed_rows | (relations["kind"] == CO_OCCURS) if co_occurs else typed_rows]


def network_graph(tables: dict[str, pd.DataFrame], co_occurs: bool = False) -> nx.DiGraph:
    """Actors and groups joined by relation rows, source → target; an edge's weight is its number of rows and its
    kind the most frequent of them (co_occurs rows only with `co_occurs`)."""
    labels = dict(zip(tables["entities"]["entity_id"], tables["entities"]["label"]))
    relations = tables["relations"]
    names = short_names(relations)
    graph = nx.DiGraph()
    for row in shown_relations(relations, co_occurs).itertuples():
        head = row.head_id if isinstance(row.head_id, str) else row.head_text
        tail = row.tail_id if isinstance(row.tail_id, str) else row.tail_text
        if labels.get(head) not in NETWORK_LABELS or labels.get(tail) not in NETWORK_LABELS or head == tail:
            continue
        for node in (head, tail):
            graph.add_node(node, name=names.get(node, node), label=labels[node])
        if not graph.has_edge(head, tail):
            graph.add_edge(head, tail, weight=0, kinds=Counter())
        edge = graph.edges[head, tail]
        edge["weight"] += 1
        edge["kinds"][row.kind] += 1
    for _, _, data in graph.edges(data=True):
        data["kind"] = min(data["kinds"], key=lambda kind: (-data["kinds"][kind], kind))
    return graph


def network_view(graph: nx.DiGraph, size: int = NETWORK_SIZE) -> nx.DiGraph:
    """The `size` best-connected nodes of the largest connected part, in sorted order, for a readable drawing."""
    if not graph.number_of_nodes():
        return nx.DiGraph()
    undirected = graph.to_undirected()
    largest = max(nx.connected_components(undirected), key=lambda part: (len(part), sorted(part)))
    degree = dict(graph.subgraph(largest).degree(weight="weight"))
    kept = sorted(sorted(degree, key=lambda n: (-degree[n], n))[:size])
    view = nx.DiGraph()
    view.add_nodes_from((n, graph.nodes[n]) for n in kept)
    view.add_edges_from(sorted((a, b, d) for a, b, d in graph.subgraph(kept).edges(data=True)))
    return view


def network_svg(graph: nx.DiGraph) -> bytes:
    with matplotlib.rc_context(SVG_SETTINGS):
        figure = Figure(figsize=(12, 10))
        axes = figure.subplots()
        axes.set_axis_off()
        ordered = network_view(graph)
        if ordered.number_of_nodes():
            layout = nx.spring_layout(ordered.to_undirected(), seed=7, weight="weight",
                                      k=2.5 / ordered.number_of_nodes() ** 0.5, iterations=200)
            edges = list(ordered.edges(data=True))
            widths = [0.8 + d["weight"] / 2 for _, _, d in edges]
            edge_colours = [KIND_COLOURS.get(d["kind"], "#888888") for _, _, d in edges]
            colours = [COLOURS[d["label"]] for _, d in ordered.nodes(data=True)]
            nx.draw_networkx_edges(ordered, layout, ax=axes, width=widths, edge_color=edge_colours, arrows=True,
                                   arrowsize=12, node_size=300)
            nx.draw_networkx_nodes(ordered, layout, ax=axes, node_color=colours, node_size=300, edgecolors="#333333")
            nx.draw_networkx_labels(ordered, layout, ax=axes, labels={n: d["name"] for n, d in ordered.nodes(data=True)})
            shown = sorted({d["kind"] for _, _, d in edges})
            axes.legend(handles=[Line2D([0], [0], color=KIND_COLOURS.get(k, "#888888"), lw=3, label=k) for k in shown],
                        loc="lower left", fontsize=7, frameon=False)
            axes.margins(0.2)
        axes.set_title(f"Actors and groups: the {ordered.number_of_nodes()} best connected "
                       "(arrow: source → target; colour: relation kind; width: rows)")
        return svg_bytes(figure)


def negation_read(relations: pd.DataFrame) -> list[str]:
    """The kind of each row as the report prints it: a negated row never reads as the plain relation."""
    return [f"not {k}" if n is True else k for k, n in zip(relations["kind"], relations["negated"].astype(object))]


def dated_relations(relations: pd.DataFrame) -> pd.DataFrame:
    """Typed (non co-occurrence) relation rows that carry a date, in time order; negated ones read "not <kind>"."""
    typed_rows = relations[(relations["kind"] != CO_OCCURS) & relations["date"].notna()].copy()
    typed_rows["kind"] = negation_read(typed_rows)
    typed_rows["when"] = [timex_date(v) for v in typed_rows["date"]]
    return typed_rows.dropna(subset=["when"]).sort_values(["when", "document", "sentence_start"], kind="stable")


def timeline_svg(dated: pd.DataFrame) -> bytes:
    with matplotlib.rc_context(SVG_SETTINGS):
        rows = [f"{h} → {t} ({k})" for h, t, k in zip(dated["head_text"], dated["tail_text"], dated["kind"])]
        figure = Figure(figsize=(10, max(2.0, 0.3 * len(rows) + 1)))
        axes = figure.subplots()
        colours = [KIND_COLOURS.get(k.removeprefix("not "), "#888888") for k in dated["kind"]]
        axes.scatter(list(dated["when"]), range(len(rows)), color=colours)
        axes.set_yticks(range(len(rows)), rows)
        axes.invert_yaxis()
        axes.set_xlabel("date (TIMEX3 value)")
        axes.set_title("Dated relations")
        return svg_bytes(figure)


def html_table(frame: pd.DataFrame, anchor: str | None = None) -> str:
    """A plain HTML table; rows get id=<anchor column> so brat and the pages can link to an entity."""
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for record in frame.itertuples(index=False):
        cells = "".join(f"<td>{'' if pd.isna(v) else html.escape(str(v))}</td>" for v in record)
        row_id = f' id="{html.escape(str(getattr(record, anchor)))}"' if anchor else ""
        body.append(f"<tr{row_id}>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def entity_relations(tables: dict[str, pd.DataFrame]) -> str:
    """For each entity with typed rows, its relations as sentences with their evidence (the entity's page)."""
    relations = tables["relations"][tables["relations"]["kind"] != CO_OCCURS]
    names = dict(zip(tables["entities"]["entity_id"], tables["entities"]["name"]))
    keyed = relations.assign(head_key=relations["head_id"].fillna(relations["head_text"]),
                             tail_key=relations["tail_id"].fillna(relations["tail_text"]))
    keyed["kind"] = negation_read(keyed)
    columns = ["head_text", "kind", "tail_text", "date", "place_text", "evidence", "hedged", "document"]
    sections = []
    for entity in sorted(set(keyed["head_key"]) | set(keyed["tail_key"])):
        rows = keyed[(keyed["head_key"] == entity) | (keyed["tail_key"] == entity)]
        title = html.escape(str(names.get(entity, entity)))
        sections.append(f'<h3 id="relations-{html.escape(entity)}">{title} '
                        f'<a href="#{html.escape(entity)}">({html.escape(entity)})</a></h3>'
                        + html_table(rows[columns]))
    return "".join(sections)


def label_counts(documents: list[AnnotatedDocument]) -> pd.DataFrame:
    """Mentions per label, and distinct entities (distinct normalised values for DATE), in scheme order."""
    rows = [(m.label, m.value if m.label == "DATE" else m.entity_id or m.text) for d in documents for m in d.mentions]
    frame = pd.DataFrame(rows, columns=["label", "key"])
    return pd.DataFrame([{"label": label, "mentions": int((frame["label"] == label).sum()),
                          "distinct": frame.loc[frame["label"] == label, "key"].nunique()} for label in LABELS])


def report_html(tables: dict[str, pd.DataFrame], documents: list[AnnotatedDocument], network: bytes,
                timeline: bytes, dated: pd.DataFrame) -> str:
    doc_ids = [d.doc_id for d in documents]
    links = "".join(f'<li><a href="{html.escape(d)}.html">{html.escape(d)}</a></li>' for d in doc_ids)
    timeline_rows = dated[["date", "head_text", "kind", "tail_text", "place_text", "document", "evidence"]]
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8"><title>Corpus report</title>',
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:90%}"
        "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}svg{max-width:100%;height:auto}</style>",
        "</head><body>", "<h1>Corpus report</h1>",
        "<h2>Documents</h2>", f"<ul>{links}</ul>",
        "<h2>Entity counts per label</h2>", html_table(label_counts(documents)),
        "<h2>Network of actors and groups</h2>", network.decode("utf-8").split("?>", 1)[-1],
        "<h2>Timeline of dated relations</h2>", timeline.decode("utf-8").split("?>", 1)[-1],
        html_table(timeline_rows),
        "<h2>Entities</h2>", html_table(tables["entities"], anchor="entity_id"),
        "<h2>Relations of each entity</h2>", entity_relations(tables),
        "</body></html>", "",
    ])


def write_report(out_dir: Path, co_occurs: bool = False) -> Path:
    """One displaCy page per document, network.svg, timeline.svg and report.html, from the relation tables as the
    standoff gives them now (computed in memory: the report never rewrites the tables themselves); the network draws
    typed rows, and co-occurrences too with `co_occurs`."""
    out_dir = Path(out_dir)
    tables = build_tables(out_dir)
    documents = read_corpus(out_dir)
    for document in documents:
        write_page(out_dir, document)
    dated = dated_relations(tables["relations"])
    network, timeline = network_svg(network_graph(tables, co_occurs)), timeline_svg(dated)
    atomic.write_bytes(out_dir / "network.svg", network)
    atomic.write_bytes(out_dir / "timeline.svg", timeline)
    path = out_dir / "report.html"
    atomic.write_text(path, report_html(tables, documents, network, timeline, dated))
    return path
