import csv
import json

import networkx as nx
import pytest

from kg.errors import InputError, SinkError
from kg.graph import build_graph
from kg.sinks.embedded import ddl, run_cypher, store_path, write_store
from kg.sinks.exports import export_graph
from kg.schema import load_schema

from helpers import small_linking


@pytest.fixture()
def graph():
    return build_graph(small_linking())


def test_ddl_comes_from_schema():
    stmts = ddl(load_schema())
    assert any(s.startswith("CREATE NODE TABLE Method(") and "PRIMARY KEY(id)" in s for s in stmts)
    assert any("CREATE REL TABLE PROPOSES(FROM Paper TO Method, FROM Paper TO Dataset" in s for s in stmts)


def test_embedded_store_round_trip_and_rewrite(tmp_path, graph):
    counts = write_store(graph, tmp_path)
    assert counts == {"nodes": graph.number_of_nodes(), "relationships": graph.number_of_edges()}
    cols, rows = run_cypher(tmp_path, "MATCH (p:Paper) RETURN p.id, p.title ORDER BY p.id")
    assert [r[0] for r in rows] == ["paper:a1", "paper:b2"]
    assert rows[0][1] == "Sparse routing for segmentation <script>alert(1)</script>"
    assert rows[1][1] == 'A "quoted" study of backbones'
    _, rows = run_cypher(tmp_path, "MATCH (d:Dataset {name: $n})<-[:EVALUATES_ON]-(p:Paper) RETURN count(p)", {"n": "Cityscapes"})
    assert rows == [[2]]
    _, rows = run_cypher(tmp_path, "MATCH (m:Method {id: 'method:sparsenet'}) RETURN m.aliases, m.papers, m.evidence")
    aliases, papers, evidence = rows[0]
    assert papers == ["paper:a1"] and isinstance(aliases, list)
    assert json.loads(evidence)[0]["text"] == "SparseNet"
    _, rows = run_cypher(tmp_path, "MATCH (r:Result)-[:ON_DATASET]->(d:Dataset) RETURN r.value, r.number, d.name")
    assert rows == [["80.1%", 80.1, "Cityscapes"]]
    # a re-run replaces the store: no duplicated nodes
    write_store(graph, tmp_path)
    _, rows = run_cypher(tmp_path, "MATCH (n) RETURN count(n)")
    assert rows == [[graph.number_of_nodes()]]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kg-store-")]


def test_embedded_errors(tmp_path, graph):
    with pytest.raises(InputError, match="no embedded store"):
        run_cypher(tmp_path, "MATCH (n) RETURN n")
    write_store(graph, tmp_path)
    with pytest.raises(SinkError, match="Cypher syntax error"):
        run_cypher(tmp_path, "MATCH (n RETURN n")
    assert store_path(tmp_path).name == "store.lbug"


def test_exports(tmp_path, graph):
    (gml,) = export_graph(graph, "graphml", tmp_path / "g.graphml")
    h = nx.read_graphml(gml)
    assert h.number_of_nodes() == graph.number_of_nodes() and h.number_of_edges() == graph.number_of_edges()
    assert json.loads(h.nodes["method:sparsenet"]["papers"]) == ["paper:a1"]
    nodes, edges = export_graph(graph, "csv", tmp_path / "csv")
    rows = list(csv.DictReader(open(nodes, encoding="utf-8")))
    assert len(rows) == graph.number_of_nodes()
    assert {r["type"] for r in csv.DictReader(open(edges, encoding="utf-8"))} >= {"PROPOSES", "USES", "HAS_CODE"}
    (js,) = export_graph(graph, "json", tmp_path / "g.json")
    assert len(json.loads(js.read_text())["nodes"]) == graph.number_of_nodes()
    with pytest.raises(InputError, match="unknown export format"):
        export_graph(graph, "xml", tmp_path / "x")


def test_neo4j_admin_export(tmp_path, graph):
    files = export_graph(graph, "neo4j-admin", tmp_path / "adm")
    names = {f.name for f in files}
    assert {"nodes_Paper.csv", "nodes_Method.csv", "rels_PROPOSES.csv", "import.sh"} <= names
    rows = list(csv.reader(open(tmp_path / "adm" / "nodes_Method.csv", encoding="utf-8")))
    assert rows[0][0] == "id:ID" and rows[0][-1] == ":LABEL" and "aliases:string[]" in rows[0]
    assert len(rows) - 1 == sum(1 for _, d in graph.nodes(data=True) if d["type"] == "Method")
    papers_col = rows[0].index("papers:string[]")
    assert any(r[papers_col] == "paper:a1;paper:b2" for r in rows[1:])
    all_ids = set()
    for f in files:
        if f.name.startswith("nodes_"):
            all_ids |= {r[0] for r in list(csv.reader(open(f, encoding="utf-8")))[1:]}
    assert len(all_ids) == graph.number_of_nodes()
    nrels = sum(len(list(csv.reader(open(f, encoding="utf-8")))) - 1 for f in files if f.name.startswith("rels_"))
    assert nrels == graph.number_of_edges()
    script = (tmp_path / "adm" / "import.sh").read_text()
    assert "neo4j-admin database import full" in script and "--relationships=PROPOSES=rels_PROPOSES.csv" in script


AWKWARD = ["  leading and trailing  ", 'say "hi", then stop', "back\\slash \\n not a newline", "a,b;c|d",
           "[1, 2]", "{\"a\": 1}", "NULL", "null", "", "tab\there", "'single'", "\u00e9\u2013\u4e2d", '"', "#x", " ", "\\"]


def test_embedded_store_keeps_awkward_text_verbatim(tmp_path, graph):
    """Cells are quoted only where the CSV needs it: text with spaces at the ends, quotes, backslashes,
    separators, JSON-looking or NULL-looking strings and empty names comes back exactly as written."""
    g = graph.copy()
    for i, text in enumerate(AWKWARD):
        g.add_node(f"method:awkward-{i}", id=f"method:awkward-{i}", type="Method", name=text,
                   aliases=[text, "x"] if text else [], papers=["paper:a1"], mention_count=i, paper_count=1)
    write_store(g, tmp_path)
    _, rows = run_cypher(tmp_path, "MATCH (m:Method) WHERE m.id STARTS WITH 'method:awkward-' "
                                   "RETURN m.id, m.name, m.aliases, m.mention_count")
    got = {r[0]: r[1:] for r in rows}
    for i, text in enumerate(AWKWARD):
        name, aliases, count = got[f"method:awkward-{i}"]
        assert name == text, (i, name)
        assert count == i
        assert aliases == ([text, "x"] if text else []), (i, aliases)
