"""Typed graph records and their encoders: every sink writes evidence, on nodes and on edges, as JSON
with field/start/end, and each sink implements the same stage/commit protocol."""
import csv
import json

import pytest

from kg.errors import SinkError
from kg.graph import build_graph
from kg.graph.records import EdgeRecord, GraphRecords, NodeRecord
from kg.sinks.base import Sink, Staged
from kg.sinks.embedded import EmbeddedStore, run_cypher, write_store
from kg.sinks.exports import AdminExport, CsvExport, GraphmlExport, JsonExport, export_graph
from kg.sinks.page import HtmlMap

from helpers import ABSTRACT_A, small_linking


@pytest.fixture()
def graph():
    return build_graph(small_linking())


def _spans(g, src, dst, rel):
    return [{"field": f, "start": s, "end": e} for f, s, e in g.edges[src, dst, rel]["evidence"]]


def test_records_follow_the_schema(graph):
    recs = GraphRecords(graph)
    nodes = list(recs.nodes())
    edges = list(recs.edges())
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges() == recs.edge_count()
    assert all(isinstance(n, NodeRecord) for n in nodes) and all(isinstance(e, EdgeRecord) for e in edges)
    paper = next(n for n in nodes if n.id == "paper:a1")
    assert paper.label == "Paper" and "id" not in paper.props and "type" not in paper.props
    assert list(paper.props) == [k for k in recs.schema.nodes["Paper"].properties if k != "id"]
    uses = next(e for e in edges if e.type == "PROPOSES")
    assert uses.group == ("PROPOSES", "Paper", "Method")
    assert uses.props["evidence"] == _spans(graph, uses.src, uses.dst, "PROPOSES")
    with pytest.raises(Exception):  # frozen
        paper.label = "Method"


def test_records_refuse_what_the_schema_does_not_know(graph):
    graph.add_edge("method:sparsenet", "paper:a1", key="USES", type="USES")
    with pytest.raises(SinkError, match=r"\(Method\)-\[:USES\]->\(Paper\) is not in the schema"):
        list(GraphRecords(graph).edges())


def test_embedded_store_holds_edge_and_node_evidence_as_json(tmp_path, graph):
    write_store(graph, tmp_path)
    _, rows = run_cypher(tmp_path, "MATCH (p:Paper)-[r:USES]->(m:Method) RETURN p.id, m.id, r.evidence")
    assert rows
    for pid, mid, text in rows:
        spans = json.loads(text)
        assert spans == _spans(graph, pid, mid, "USES")
        assert all(set(x) == {"field", "start", "end"} for x in spans)
    _, rows = run_cypher(tmp_path, "MATCH (:Result)-[r:MEASURED_BY]->(:Metric) RETURN r.evidence")
    (span,) = json.loads(rows[0][0])
    assert ABSTRACT_A[span["start"]:span["end"]] == "80.1%"
    _, rows = run_cypher(tmp_path, "MATCH (m:Method {id: 'method:sparsenet'}) RETURN m.evidence")
    assert {"paper", "field", "start", "end", "text", "sentence"} <= set(json.loads(rows[0][0])[0])


def test_neo4j_admin_csv_holds_edge_evidence_as_json(tmp_path, graph):
    export_graph(graph, "neo4j-admin", tmp_path / "adm")
    rows = list(csv.DictReader(open(tmp_path / "adm" / "rels_USES.csv", encoding="utf-8")))
    assert rows
    for r in rows:
        assert json.loads(r["evidence:string"]) == _spans(graph, r[":START_ID"], r[":END_ID"], "USES")
    rows = list(csv.DictReader(open(tmp_path / "adm" / "nodes_Dataset.csv", encoding="utf-8")))
    assert json.loads(rows[0]["evidence:string"])[0]["field"] == "abstract"


def test_csv_and_graphml_hold_edge_evidence_as_json(tmp_path, graph):
    _, edges = export_graph(graph, "csv", tmp_path / "csv")
    for r in csv.DictReader(open(edges, encoding="utf-8")):
        assert json.loads(r["evidence"]) == _spans(graph, r["source"], r["target"], r["type"])
    import networkx as nx

    (gml,) = export_graph(graph, "graphml", tmp_path / "g.graphml")
    h = nx.read_graphml(gml)
    assert h.number_of_edges() == graph.number_of_edges()
    for s, t, d in h.edges(data=True):
        assert json.loads(d["evidence"]) == _spans(graph, s, t, d["type"])


def test_parquet_export(tmp_path, graph):
    pq = pytest.importorskip("pyarrow.parquet")
    files = export_graph(graph, "parquet", tmp_path / "pq")
    names = {f.name for f in files}
    assert {"nodes_Paper.parquet", "nodes_Method.parquet", "rels_USES.parquet"} <= names
    papers = pq.read_table(tmp_path / "pq" / "nodes_Paper.parquet").to_pylist()
    assert {p["id"] for p in papers} == {"paper:a1", "paper:b2"}
    b2 = next(p for p in papers if p["id"] == "paper:b2")
    assert b2["year"] is None and b2["papers"] == ["paper:b2"]
    uses = pq.read_table(tmp_path / "pq" / "rels_USES.parquet").to_pylist()
    for r in uses:
        assert json.loads(r["evidence"]) == _spans(graph, r["from"], r["to"], "USES")
    total = sum(pq.read_table(f).num_rows for f in files)
    assert total == graph.number_of_nodes() + graph.number_of_edges()


def test_every_sink_stages_then_commits(tmp_path, graph):
    recs = GraphRecords(graph)
    sinks = [JsonExport(tmp_path / "g.json"), GraphmlExport(tmp_path / "g.graphml"), CsvExport(tmp_path / "csv"),
             AdminExport(tmp_path / "adm"), HtmlMap(tmp_path / "g.html"), EmbeddedStore(tmp_path)]
    staged = []
    for sink in sinks:
        assert isinstance(sink, Sink)
        st = sink.stage(recs)
        assert isinstance(st, Staged)
        staged.append(st)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == []  # nothing visible yet
    for st in staged:
        st.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adm", "csv", "g.graphml", "g.html", "g.json", "store.lbug"]
    # abort leaves nothing behind
    for sink in sinks:
        sink.stage(recs).abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adm", "csv", "g.graphml", "g.html", "g.json", "store.lbug"]
