"""kg load and kg query against a real Bolt server (ArcadeDB in-process, or NEO4J_URI)."""
import json

import pytest

from kg.errors import SinkError
from kg.graph import build_graph
from kg.pipeline import build
from kg.query import list_saved, run_query, saved_params, saved_query
from kg.sinks.neo4j import load_graph_to_neo4j, schema_statements
from kg.schema import load_schema

from helpers import small_linking

pytestmark = pytest.mark.bolt

PARAMS = {"task": "semantic segmentation", "dataset": "Cityscapes", "type": "Dataset"}


@pytest.fixture(scope="module")
def server():
    pytest.importorskip("neo4j")
    from bolt_server import bolt_server

    try:
        with bolt_server() as srv:
            yield srv
    except ImportError as exc:  # pragma: no cover - arcadedb-embedded missing
        pytest.skip(f"no Bolt server: {exc}")


def _wipe(srv):
    for label in load_schema().nodes:
        run_query(f"MATCH (n:{label}) DETACH DELETE n", uri=srv.uri, user=srv.user, password=srv.password, database=srv.database)


def _count(srv, q="MATCH (n) RETURN count(n)"):
    return run_query(q, uri=srv.uri, user=srv.user, password=srv.password, database=srv.database)[1][0][0]


def _load(srv, g, **kw):
    return load_graph_to_neo4j(g, srv.uri, srv.user, srv.password, srv.database, **kw)


def test_constraints_come_from_schema():
    stmts = schema_statements(load_schema())
    assert "CREATE CONSTRAINT kg_method_id IF NOT EXISTS FOR (n:Method) REQUIRE n.id IS UNIQUE" in stmts


def test_load_is_idempotent_and_keeps_values_verbatim(server):
    _wipe(server)
    g = build_graph(small_linking())
    first = _load(server, g)["summary"]
    assert first["nodes_created"] == g.number_of_nodes() and first["relationships_created"] == g.number_of_edges()
    second = _load(server, g)["summary"]
    assert second["nodes_created"] == 0 and second["relationships_created"] == 0
    assert second["nodes_matched"] == g.number_of_nodes()
    assert _count(server) == g.number_of_nodes()
    assert _count(server, "MATCH ()-[r]->() RETURN count(r)") == g.number_of_edges()
    cols, rows = run_query("MATCH (p:Paper {id: $id}) RETURN p.title, p.year", params={"id": "paper:a1"},
                           uri=server.uri, user=server.user, password=server.password, database=server.database)
    assert rows == [["Sparse routing for segmentation <script>alert(1)</script>", 2024]]
    _, rows = run_query("MATCH (m:Method {id: 'method:sparsenet'}) RETURN m.papers, m.evidence",
                        uri=server.uri, user=server.user, password=server.password, database=server.database)
    assert rows[0][0] == ["paper:a1"] and json.loads(rows[0][1])[0]["text"] == "SparseNet"


def test_interrupted_load_resumes_without_duplicates(server):
    _wipe(server)
    g = build_graph(small_linking())
    with pytest.raises(SinkError, match="interrupted"):
        _load(server, g, batch_size=2, fail_after_batches=3)
    partial = _count(server)
    assert 0 < partial < g.number_of_nodes()
    _load(server, g, batch_size=2)
    assert _count(server) == g.number_of_nodes()
    assert _count(server, "MATCH ()-[r]->() RETURN count(r)") == g.number_of_edges()


def test_saved_queries_agree_on_both_backends(server, tmp_path, seed_files):
    out = tmp_path / "b"
    build(seed_files[:1], out, html=False)
    from kg.graph import load_graph

    g = load_graph(out)
    _wipe(server)
    _load(server, g)
    names = [n for n, _, _ in list_saved()]
    assert len(names) >= 6
    for name in names:
        q = saved_query(name)
        p = saved_params(name, {k: v for k, v in PARAMS.items() if k in dict((n, ps) for n, _, ps in list_saved())[name]})
        cols_e, rows_e = run_query(q, db=out, params=p)
        cols_n, rows_n = run_query(q, uri=server.uri, user=server.user, password=server.password,
                                   database=server.database, params=p)
        assert cols_e == cols_n, name
        # the same multiset of rows (ties may be ordered differently at the LIMIT boundary)
        key = lambda r: json.dumps(r, sort_keys=True, default=str)  # noqa: E731
        if len(rows_e) < 50:
            assert sorted(map(key, rows_e)) == sorted(map(key, rows_n)), name
        else:
            assert len(rows_e) == len(rows_n), name


def test_clear_errors(server):
    with pytest.raises(SinkError, match="refused the user name or password"):
        run_query("RETURN 1", uri=server.uri, user=server.user, password="wrong-password", database=server.database)
    with pytest.raises(SinkError, match="cannot reach"):
        run_query("RETURN 1", uri="bolt://127.0.0.1:1", user="neo4j", password="x")
    if server.kind == "arcadedb":
        with pytest.raises(SinkError, match="no database 'nope'"):
            run_query("RETURN 1", uri=server.uri, user=server.user, password=server.password, database="nope")
    with pytest.raises(SinkError):
        run_query("MATCH (n RETURN n", uri=server.uri, user=server.user, password=server.password, database=server.database)


def test_concurrent_loads_do_not_duplicate(server):
    import threading

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
    assert _count(server) == g.number_of_nodes()
    assert _count(server, "MATCH ()-[r]->() RETURN count(r)") == g.number_of_edges()
