"""Corpus report: actor/group network, timeline of dated relations, entity counts and links to document pages."""

from __future__ import annotations

import html
import io
from pathlib import Path

import matplotlib
import networkx as nx
import pandas as pd
from matplotlib.figure import Figure

from pipeline.core import atomic
from pipeline.core.annotated import AnnotatedDocument, read_corpus
from pipeline.core.mention import LABELS
from pipeline.formats.brat_conf import COLOURS
from pipeline.formats.displacy_page import write_page
from pipeline.relations.rows import CO_OCCURS
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


def network_graph(tables: dict[str, pd.DataFrame]) -> nx.Graph:
    """Actors and groups joined by relation rows, edge weight = number of rows in either direction."""
    labels = dict(zip(tables["entities"]["entity_id"], tables["entities"]["label"]))
    names = short_names(tables["relations"])
    graph = nx.Graph()
    for row in tables["pairs"].itertuples():
        if labels.get(row.head_id) in NETWORK_LABELS and labels.get(row.tail_id) in NETWORK_LABELS:
            for node in (row.head_id, row.tail_id):
                graph.add_node(node, name=names.get(node, node), label=labels[node])
            weight = graph.edges[row.head_id, row.tail_id]["weight"] if graph.has_edge(row.head_id, row.tail_id) else 0
            graph.add_edge(row.head_id, row.tail_id, weight=weight + int(row.count))
    return graph


def network_view(graph: nx.Graph, size: int = NETWORK_SIZE) -> nx.Graph:
    """The `size` best-connected nodes of the largest connected part, in sorted order, for a readable drawing."""
    if not graph.number_of_nodes():
        return nx.Graph()
    largest = graph.subgraph(max(nx.connected_components(graph), key=lambda part: (len(part), sorted(part))))
    degree = dict(largest.degree(weight="weight"))
    kept = sorted(sorted(degree, key=lambda n: (-degree[n], n))[:size])
    view = nx.Graph()
    view.add_nodes_from((n, graph.nodes[n]) for n in kept)
    view.add_edges_from(sorted((a, b, d) for a, b, d in largest.subgraph(kept).edges(data=True)))
    return view


def network_svg(graph: nx.Graph) -> bytes:
    with matplotlib.rc_context(SVG_SETTINGS):
        figure = Figure(figsize=(12, 10))
        axes = figure.subplots()
        axes.set_axis_off()
        ordered = network_view(graph)
        if ordered.number_of_nodes():
            layout = nx.spring_layout(ordered, seed=7, weight="weight", k=2.5 / ordered.number_of_nodes() ** 0.5,
                                      iterations=200)
            widths = [0.5 + d["weight"] / 2 for _, _, d in ordered.edges(data=True)]
            colours = [COLOURS[d["label"]] for _, d in ordered.nodes(data=True)]
            nx.draw_networkx_edges(ordered, layout, ax=axes, width=widths, edge_color="#888888")
            nx.draw_networkx_nodes(ordered, layout, ax=axes, node_color=colours, node_size=300, edgecolors="#333333")
            nx.draw_networkx_labels(ordered, layout, ax=axes, labels={n: d["name"] for n, d in ordered.nodes(data=True)})
            axes.margins(0.2)
        axes.set_title(f"Actors and groups: the {ordered.number_of_nodes()} best connected (edge width: relation rows)")
        return svg_bytes(figure)


def dated_relations(relations: pd.DataFrame) -> pd.DataFrame:
    """Typed (non co-occurrence) relation rows that carry a date, in time order."""
    typed_rows = relations[(relations["kind"] != CO_OCCURS) & relations["date"].notna()].copy()
    typed_rows["when"] = [timex_date(v) for v in typed_rows["date"]]
    return typed_rows.dropna(subset=["when"]).sort_values(["when", "document", "sentence_start"], kind="stable")


def timeline_svg(dated: pd.DataFrame) -> bytes:
    with matplotlib.rc_context(SVG_SETTINGS):
        rows = [f"{h} → {t} ({k})" for h, t, k in zip(dated["head_text"], dated["tail_text"], dated["kind"])]
        figure = Figure(figsize=(10, max(2.0, 0.3 * len(rows) + 1)))
        axes = figure.subplots()
        axes.scatter(list(dated["when"]), range(len(rows)), color="#1f77b4")
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
    timeline_rows = dated[["date", "head_text", "kind", "tail_text", "document", "evidence"]]
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
        "</body></html>", "",
    ])


def write_report(out_dir: Path) -> Path:
    """One displaCy page per document, network.svg, timeline.svg and report.html, from the relation tables as the
    standoff gives them now (computed in memory: the report never rewrites the tables themselves)."""
    out_dir = Path(out_dir)
    tables = build_tables(out_dir)
    documents = read_corpus(out_dir)
    for document in documents:
        write_page(out_dir, document)
    dated = dated_relations(tables["relations"])
    network, timeline = network_svg(network_graph(tables)), timeline_svg(dated)
    atomic.write_bytes(out_dir / "network.svg", network)
    atomic.write_bytes(out_dir / "timeline.svg", timeline)
    path = out_dir / "report.html"
    atomic.write_text(path, report_html(tables, documents, network, timeline, dated))
    return path
