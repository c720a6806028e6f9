"""kg load and kg query against a real Bolt server: ArcadeDB started in-process by the suite (no Docker),
or the Neo4j named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (its kg labels are deleted by the tests:
use a scratch database). The tests without the ``bolt`` marker need no server."""
import importlib.util
import json
import threading

import pytest

from kg.errors import SinkError
from kg.graph import build_graph
from kg.query import list_saved, run_query, saved_params, saved_query
from kg.schema import load_schema
from kg.bench import bench_load, wipe_kg
from kg.sinks.neo4j import load_graph_to_neo4j, node_query, plan, rel_query, schema_statements

from helpers import small_linking
from test_query import EXPECTED, TITLE_A, query_graph

# the driver is imported by the tests that use it (not at collection, on every worker)
pytestmark = pytest.mark.skipif(importlib.util.find_spec("neo4j") is None, reason="needs the neo4j driver (pip install neo4j)")


@pytest.fixture(scope="module")
def server(bolt_srv):
    """The test process's Bolt server (conftest.py); each test wipes kg's labels before it loads."""
    return bolt_srv


def _q(srv, cypher, *, write=False, **params):
    return run_query(cypher, uri=srv.uri, user=srv.user, password=srv.password, database=srv.database,
                     params=params, write=write)


def _count(srv, q="MATCH (n) RETURN count(n) AS n"):
    return _q(srv, q)[1][0][0]


def _rels(srv):
    return _count(srv, "MATCH ()-[r]->() RETURN count(r) AS n")


def _load(srv, g, **kw):
    return load_graph_to_neo4j(g, srv.uri, srv.user, srv.password, srv.database, **kw)


def _wipe(srv):
    wipe_kg(srv.uri, srv.user, srv.password, srv.database)


# --------------------------------------------------------------------------- no server needed


def test_ddl_comes_from_the_schema():
    stmts = schema_statements(load_schema())
    assert "CREATE CONSTRAINT kg_method_id IF NOT EXISTS FOR (n:Method) REQUIRE n.id IS UNIQUE" in stmts
    assert "CREATE INDEX kg_paper_title IF NOT EXISTS FOR (n:Paper) ON (n.title)" in stmts
    assert sum(s.startswith("CREATE CONSTRAINT") for s in stmts) == len(load_schema().nodes)


def test_plan_types_values_for_a_store():
    g = build_graph(small_linking())
    nodes, rels = plan(g, load_schema())
    assert sum(map(len, nodes.values())) == g.number_of_nodes()
    assert sum(map(len, rels.values())) == g.number_of_edges()
    assert set(rels) >= {("PROPOSES", "Paper", "Method"), ("OF_METHOD", "Result", "Method")}
    b2 = next(r for r in nodes["Paper"] if r["id"] == "paper:b2")["props"]
    assert "year" not in b2 and "id" not in b2 and "type" not in b2  # None dropped; key and label not properties
    sn = next(r for r in nodes["Method"] if r["id"] == "method:sparsenet")["props"]
    assert sn["papers"] == ["paper:a1"] and isinstance(sn["evidence"], str)
    assert json.loads(sn["evidence"])[0]["text"] == "SparseNet"
    edge = rels[("PROPOSES", "Paper", "Method")][0]
    assert edge["from"] == "paper:a1" and edge["props"]["count"] == 2 and isinstance(edge["props"]["evidence"], str)


def test_plan_refuses_what_the_schema_does_not_know():
    g = build_graph(small_linking())
    g.add_node("x:1", type="Method) DETACH DELETE (n")
    with pytest.raises(SinkError, match="schema does not know"):
        plan(g, load_schema())
    g = build_graph(small_linking())
    g.add_edge("method:sparsenet", "paper:a1", key="USES", type="USES")
    with pytest.raises(SinkError, match=r"\(Method\)-\[:USES\]->\(Paper\) is not in the schema"):
        plan(g, load_schema())
    with pytest.raises(SinkError, match="not a schema name"):
        node_query("Method {id: 1}) DETACH DELETE n //")
    with pytest.raises(SinkError, match="not a schema name"):
        rel_query("USES]->() //", "Paper", "Method")


@pytest.mark.parametrize("uri,msg", [
    ("http://127.0.0.1:7474", "bad Neo4j URI"),
    ("localhost:7687", "bad Neo4j URI"),
    ("bolt://127.0.0.1:notaport", "bad Neo4j URI"),
    ("bolt://127.0.0.1:1", "cannot reach a Neo4j server at bolt://127.0.0.1:1"),
])
def test_bad_or_unreachable_uri_is_one_line(uri, msg):
    with pytest.raises(SinkError, match=msg) as err:
        run_query("RETURN 1", uri=uri, user="neo4j", password="x")
    assert "\n" not in str(err.value)
    with pytest.raises(SinkError, match=msg):
        load_graph_to_neo4j(build_graph(small_linking()), uri, "neo4j", "x")


def test_load_needs_a_uri():
    with pytest.raises(SinkError, match="no Neo4j URI"):
        load_graph_to_neo4j(build_graph(small_linking()), "", "neo4j", "x")
    with pytest.raises(SinkError, match="batch size"):
        load_graph_to_neo4j(build_graph(small_linking()), "bolt://127.0.0.1:1", "neo4j", "x", batch_size=0)


# --------------------------------------------------------------------------- against the server


@pytest.mark.bolt
def test_load_is_idempotent_and_keeps_values(server):
    _wipe(server)
    g = build_graph(small_linking())
    first = _load(server, g)
    s = first["summary"]
    assert (s["nodes_created"], s["relationships_created"]) == (g.number_of_nodes(), g.number_of_edges())
    assert first["nodes"]["Method"] == {"created": 2, "matched": 0}
    assert first["relationships"]["Paper-USES->Method"] == {"created": 2, "matched": 0}
    second = _load(server, g, batch_size=1)["summary"]
    assert (second["nodes_created"], second["relationships_created"]) == (0, 0)
    assert (second["nodes_matched"], second["relationships_matched"]) == (g.number_of_nodes(), g.number_of_edges())
    assert second["batches"] == g.number_of_nodes() + g.number_of_edges() > first["summary"]["batches"]
    assert _count(server) == g.number_of_nodes() and _rels(server) == g.number_of_edges()
    # values verbatim: strings with quotes and markup, ints, lists of strings, evidence as JSON, None dropped
    _, rows = _q(server, "MATCH (p:Paper) RETURN p.id AS id, p.title AS t, p.year AS y ORDER BY id")
    assert rows == [["paper:a1", TITLE_A, 2024], ["paper:b2", 'A "quoted" study of backbones', None]]
    _, rows = _q(server, "MATCH (m:Method {id: $id}) RETURN m.papers AS p, m.evidence AS e, m.mention_count AS c",
                 id="method:sparsenet")
    assert rows[0][0] == ["paper:a1"] and json.loads(rows[0][1])[0]["text"] == "SparseNet" and rows[0][2] == 2
    _, rows = _q(server, "MATCH (:Paper)-[r:PROPOSES]->(m:Method) RETURN r.count AS c, m AS m")
    assert rows[0][0] == 2 and rows[0][1]["_LABEL"] == "Method" and rows[0][1]["name"] == "SparseNet"
    _, rows = _q(server, "MATCH (r:Result) RETURN r.number AS n, r.value AS v")
    assert rows == [[80.1, "80.1%"]]
    _check_evidence_read_back(server, g)


def _check_evidence_read_back(server, g):
    """Node and edge evidence come back from the server as JSON text: nodes with their sentence,
    edges as {field, start, end} spans into the source paper (never a Python tuple repr)."""
    _, rows = _q(server, "MATCH (p:Paper {id: 'paper:a1'})-[r:USES]->(m:Method) RETURN m.id AS m, r.evidence AS e")
    assert rows
    for mid, text in rows:
        spans = json.loads(text)
        want = [{"field": f, "start": s, "end": e} for f, s, e in g.edges["paper:a1", mid, "USES"]["evidence"]]
        assert spans == want
        assert all(g.nodes["paper:a1"]["abstract"][x["start"]:x["end"]] == g.nodes[mid]["name"] for x in spans)
    _, rows = _q(server, "MATCH (:Result)-[r:ON_DATASET]->(:Dataset) RETURN r.evidence AS e")
    assert json.loads(rows[0][0])[0]["field"] == "abstract"
    _, rows = _q(server, "MATCH (d:Dataset {id: 'dataset:cityscapes'}) RETURN d.evidence AS e")
    items = json.loads(rows[0][0])
    assert {"paper", "field", "start", "end", "text", "sentence"} <= set(items[0])


@pytest.mark.bolt
def test_constraints_exist_and_hold(server):
    _wipe(server)
    _load(server, build_graph(small_linking()))
    with pytest.raises(SinkError):
        _q(server, "CREATE (m:Method {id: 'method:sparsenet'})", write=True)
    assert _count(server, "MATCH (m:Method {id: 'method:sparsenet'}) RETURN count(m) AS n") == 1


@pytest.mark.bolt
def test_interrupted_load_resumes_without_duplicates(server):
    _wipe(server)
    g = build_graph(small_linking())

    class Stop(Exception):
        pass

    done = []

    def stop_after_3(n):
        done.append(n)
        if len(done) == 3:
            raise Stop

    with pytest.raises(Stop):
        _load(server, g, batch_size=2, progress=stop_after_3)
    assert 0 < _count(server) < g.number_of_nodes()  # three committed batches, no more
    assert _count(server) == sum(done)
    again = _load(server, g, batch_size=2)["summary"]
    assert again["nodes_matched"] == sum(done) and again["nodes_created"] == g.number_of_nodes() - sum(done)
    assert _count(server) == g.number_of_nodes() and _rels(server) == g.number_of_edges()


@pytest.mark.bolt
def test_relationships_whose_ends_vanished_are_reported(server):
    _wipe(server)
    g = build_graph(small_linking())
    seen = []

    def delete_a_node_after_the_nodes(n):
        seen.append(n)
        if sum(seen) == g.number_of_nodes():  # node phase over, relationships next
            _q(server, "MATCH (r:Repository) DETACH DELETE r", write=True)

    res = _load(server, g, progress=delete_a_node_after_the_nodes)
    assert res["relationships"]["Paper-HAS_CODE->Repository"] == {"created": 0, "matched": 0, "missing": 1}
    assert res["summary"]["relationships_missing"] == 1


@pytest.mark.bolt
@pytest.mark.parametrize("name,params,rows", EXPECTED, ids=[f"{n}{sorted(p.values())}" for n, p, _ in EXPECTED])
def test_saved_queries_answer_on_bolt(server, loaded_query_graph, name, params, rows):
    cols, got = _q(server, saved_query(name), **saved_params(name, params))
    assert got == rows
    if rows:  # ArcadeDB sends no column names with an empty result
        assert cols == run_query(saved_query(name), db=loaded_query_graph, params=saved_params(name, params))[0]


@pytest.fixture(scope="module")
def query_store(tmp_path_factory):
    """query_graph() in an embedded store (returned: its folder)."""
    from kg.sinks.embedded import write_store

    d = tmp_path_factory.mktemp("qstore")
    write_store(query_graph(), d)
    return d


@pytest.fixture
def loaded_query_graph(server, query_store):
    """query_graph() in the Bolt server (reloaded only when another test left something else there)."""
    g = query_graph()
    marker = "MATCH (d:Dataset {id: 'dataset:ade20k'})<-[:EVALUATES_ON]-(:Paper) RETURN count(d) AS n"
    if _count(server) != g.number_of_nodes() or _count(server, marker) != 1:
        _wipe(server)
        _load(server, g)
    return query_store


@pytest.mark.bolt
def test_saved_queries_agree_on_a_real_build(server, tmp_path, seed_files):
    from kg.graph import load_graph
    from kg.pipeline import build

    out = tmp_path / "b"
    build(seed_files[:1], out, html=False)
    g = load_graph(out)
    _wipe(server)
    summary = _load(server, g)["summary"]
    assert summary["nodes_created"] == g.number_of_nodes()
    params = {"task": "semantic segmentation", "dataset": "Cityscapes", "type": "Dataset"}
    for name, _, names in list_saved():
        p = saved_params(name, {k: v for k, v in params.items() if k in names})
        emb = run_query(saved_query(name), db=out, params=p)
        bolt = _q(server, saved_query(name), **p)
        assert bolt[1] == emb[1], name  # the ORDER BY of every saved query is total: same rows, same order
        if emb[1]:
            assert bolt[0] == emb[0], name


@pytest.mark.bolt
def test_clear_errors(server):
    with pytest.raises(SinkError, match="refused the user name or password"):
        run_query("RETURN 1", uri=server.uri, user=server.user, password="wrong-password", database=server.database)
    with pytest.raises(SinkError, match="refused the user name or password"):
        load_graph_to_neo4j(build_graph(small_linking()), server.uri, server.user, "wrong-password", server.database)
    with pytest.raises(SinkError, match="has no database 'nope'"):
        run_query("RETURN 1", uri=server.uri, user=server.user, password=server.password, database="nope")
    with pytest.raises(SinkError, match="has no database 'nope'"):
        load_graph_to_neo4j(build_graph(small_linking()), server.uri, server.user, server.password, "nope")
    with pytest.raises(SinkError) as err:
        _q(server, "MATCH (n RETURN n")
    assert "\n" not in str(err.value)


@pytest.mark.bolt
def test_concurrent_loads_do_not_duplicate(server):
    _wipe(server)
    g = build_graph(small_linking())
    _load(server, g)  # constraints exist from here on
    _wipe(server)
    errors = []

    def run():
        try:
            _load(server, g, batch_size=3)
        except SinkError as exc:  # a lost race on a unique constraint is reported, never duplicated
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    _load(server, g)  # completes whatever a failed racer left
    assert _count(server) == g.number_of_nodes() and _rels(server) == g.number_of_edges()


@pytest.mark.bolt
def test_a_load_removes_a_relationship_a_racing_load_doubled(server):
    # two loads racing on one pair can both find its relationship missing and both create it (seen on this
    # server); a load ends by keeping one relationship per (from, type, to), as MERGE means here
    _wipe(server)
    g = build_graph(small_linking())
    _load(server, g)
    src, dst, rel = next((u, v, k) for u, v, k in g.edges(keys=True))
    a, b = g.nodes[src]["type"], g.nodes[dst]["type"]
    _q(server, f"MATCH (s:{a} {{id: $s}}), (t:{b} {{id: $t}}) CREATE (s)-[:{rel}]->(t)", write=True, s=src, t=dst)
    assert _rels(server) == g.number_of_edges() + 1
    report = _load(server, g)
    assert _rels(server) == g.number_of_edges()
    assert report["relationships"][f"{a}-{rel}->{b}"]["deduplicated"] == 1
    assert "deduplicated" not in str(_load(server, g)["relationships"])  # nothing left to repair


@pytest.mark.bolt
def test_bench_load_measures_and_cleans_up(server):
    _wipe(server)
    g = build_graph(small_linking())
    res = bench_load(g, server.uri, server.user, server.password, server.database, batch_sizes=(2, 50))
    assert res["rows"] == g.number_of_nodes() + g.number_of_edges()
    assert set(res["load_rows_per_s"]) == {2, 50} and all(v > 0 for v in res["reload_rows_per_s"].values())
    assert res["best_batch_size"] in (2, 50)
    assert _count(server) == 0  # it leaves no kg nodes behind
    _load(server, g)
    with pytest.raises(SinkError, match="already holds 9 kg node"):  # and never wipes data it did not write
        bench_load(g, server.uri, server.user, server.password, server.database, batch_sizes=(50,))
    assert _count(server) == g.number_of_nodes()


@pytest.mark.bolt
def test_build_with_neo4j_uri_loads_the_build(server, tmp_path):
    """`kg build ... --neo4j-uri`: the build's outputs and the same graph in the server, in one go."""
    from click.testing import CliRunner

    from kg.cli import main
    from kg.graph import load_graph

    _wipe(server)
    out = tmp_path / "ex"
    args = ["build", "--out", str(out), "-q", "--neo4j-uri", server.uri, "--user", server.user,
            "--password", server.password or ""]
    if server.database:
        args += ["--database", server.database]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    g = load_graph(out)
    assert (out / "store.lbug").is_file() and (out / "graph.html").is_file()
    assert _count(server) == g.number_of_nodes() and _rels(server) == g.number_of_edges()
    report = json.loads((out / "build_report.json").read_text())
    assert report["neo4j"]["summary"]["nodes_created"] == g.number_of_nodes()
    _wipe(server)


def test_build_checks_the_neo4j_server_before_any_work(tmp_path):
    from kg.pipeline import build

    out = tmp_path / "never"
    with pytest.raises(SinkError, match="cannot reach a Neo4j server at bolt://127.0.0.1:1"):
        build(None, out, neo4j={"uri": "bolt://127.0.0.1:1", "user": "neo4j", "password": "x"})
    assert not out.exists()


@pytest.mark.bolt
def test_kg_load_command(server, tmp_path):
    """`kg load DIR`: a build folder (its outputs are links into the current generation) into the server,
    twice without duplicates; evidence on nodes and edges arrives as JSON."""
    from click.testing import CliRunner

    from kg.cli import main
    from kg.graph import load_graph
    from kg.pipeline import build

    from test_build_state import write_records

    _wipe(server)
    out = tmp_path / "b"
    build([write_records(tmp_path / "a.jsonl", range(8))], out, html=False, store=False)
    g = load_graph(out)
    args = ["load", str(out), "--uri", server.uri, "--user", server.user, "--password", server.password or "", "-q"]
    if server.database:
        args += ["--database", server.database]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    s = json.loads(first.stdout)["summary"]
    assert (s["nodes_created"], s["relationships_created"]) == (g.number_of_nodes(), g.number_of_edges())
    again = json.loads(CliRunner().invoke(main, args + ["--batch-size", "3"]).stdout)["summary"]
    assert (again["nodes_created"], again["nodes_matched"]) == (0, g.number_of_nodes())
    assert _count(server) == g.number_of_nodes() and _rels(server) == g.number_of_edges()
    _, rows = _q(server, "MATCH (p:Paper {id: 'paper:p3'})-[r:PROPOSES]->(m:Method) RETURN r.evidence AS e, p.abstract AS a")
    (span,) = json.loads(rows[0][0])
    assert rows[0][1][span["start"]:span["end"]] == "Net3" and span["field"] == "abstract"
    missing = CliRunner().invoke(main, ["load", str(tmp_path / "none"), "--uri", server.uri, "--password", "x"])
    assert missing.exit_code != 0 and "no graph here" in missing.output and missing.output.count("\n") == 1
    _wipe(server)


@pytest.mark.bolt
def test_build_reports_progress_of_the_neo4j_stage(server, tmp_path):
    from kg.pipeline import build

    from test_build_state import write_records

    _wipe(server)
    calls = {}

    def factory(label, total):
        calls[label] = [total, 0]

        def advance(n):
            calls[label][1] += n
        return advance

    neo = {"uri": server.uri, "user": server.user, "password": server.password, "database": server.database}
    r = build([write_records(tmp_path / "a.jsonl", range(4))], tmp_path / "o", html=False, store=False,
              neo4j=neo, progress=factory)
    rows = r.graph["nodes"] + r.graph["edges"]
    assert calls["neo4j"] == [rows, rows] and r.neo4j["summary"]["nodes_created"] == r.graph["nodes"]
    assert json.loads((tmp_path / "o" / "build_report.json").read_text())["neo4j"] == r.neo4j
    _wipe(server)
