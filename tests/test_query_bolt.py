"""`kg query --uri` on a real Bolt server: read sessions unless --write, --limit, one-line errors, and the
differences between backends that kg/query.py's header and the README state (pinned here on both)."""
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import ask, run_query

from test_neo4j import _load, _wipe, server  # noqa: F401  (the module-scoped Bolt server fixture)
from test_query import query_graph

pytestmark = pytest.mark.bolt


@pytest.fixture(scope="module")
def loaded(server, tmp_path_factory):  # noqa: F811
    from kg.sinks.embedded import write_store

    _wipe(server)
    g = query_graph()
    _load(server, g)
    d = tmp_path_factory.mktemp("emb")
    write_store(g, d)
    yield server, d
    _wipe(server)


def _neo(srv, cypher, **kw):
    return ask(cypher, uri=srv.uri, user=srv.user, password=srv.password, database=srv.database, **kw)


def _cli(srv, *args):
    return CliRunner().invoke(main, ["query", "--uri", srv.uri, "--user", srv.user, "--password", srv.password,
                                     "--database", srv.database or "neo4j", *args])


def test_query_uri_uses_a_read_session_unless_write(loaded):
    srv, _ = loaded
    res = _cli(srv, "MATCH (n:Dataset) DETACH DELETE n")
    assert res.exit_code == 2 and res.output == "Error: DETACH writes: kg query runs it on Neo4j only with --write\n"
    assert _neo(srv, "MATCH (n:Dataset) RETURN count(n) AS n").rows == [[2]]
    res = _cli(srv, "--write", "MATCH (n:Dataset {id: 'dataset:ade20k'}) SET n.note = 'x' RETURN n.id AS id")
    assert res.exit_code == 0, res.output
    assert _neo(srv, "MATCH (n:Dataset {id: 'dataset:ade20k'}) RETURN n.note AS note").rows == [["x"]]


def test_sessions_are_read_sessions_unless_write(monkeypatch):
    """ArcadeDB ignores the access mode (hence kg's own check above); Neo4j enforces it."""
    import neo4j

    import kg.sinks.neo4j as kn

    modes = []

    class Session:
        def __init__(self, **kw):
            modes.append(kw["default_access_mode"])

        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def run(self, query, params):
            assert isinstance(query, neo4j.Query) and query.timeout == 2.5
            return FakeResult()

    class FakeResult(list):
        def keys(self):
            return ["x"]

        def consume(self):
            return None

    class Driver:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def session(self, **kw):
            return Session(**kw)

    monkeypatch.setattr(kn, "_driver", lambda *a: Driver())
    kn.run_cypher("bolt://x:1", "RETURN 1 AS x", timeout=2.5)
    kn.run_cypher("bolt://x:1", "RETURN 1 AS x", timeout=2.5, write=True)
    assert modes == [neo4j.READ_ACCESS, neo4j.WRITE_ACCESS]


def test_limit_on_bolt(loaded):
    srv, _ = loaded
    ans = _neo(srv, "UNWIND range(1, 5000) AS i RETURN i", limit=10)
    assert ans.cut and ans.rows == [[i] for i in range(1, 11)]
    res = _cli(srv, "UNWIND range(1, 5000) AS i RETURN i AS i", "--limit", "3")
    assert res.exit_code == 0 and "(3 rows)" in res.stdout and "--limit 3" in res.stderr


def test_syntax_error_on_bolt_is_one_line(loaded):
    srv, _ = loaded
    res = _cli(srv, "MATCH (n RETURN n")
    assert res.exit_code == 1 and res.output.count("\n") == 1 and "Error: " in res.output, res.output


def test_backend_differences_stated_in_the_notes(loaded):
    """kg/query.py's header says: ``substring`` counts from 1 on the embedded store and from 0 on Neo4j;
    the embedded store has no ``type(r)`` (``label(r)`` there) and its ``labels(n)`` is a string."""
    srv, emb = loaded
    assert run_query("RETURN substring('abcdef', 1, 2) AS s", db=emb)[1] == [["ab"]]
    assert _neo(srv, "RETURN substring('abcdef', 1, 2) AS s").rows == [["bc"]]
    rel = "MATCH (:Paper {id: 'paper:a1'})-[r]->(:Repository) RETURN FN(r) AS t"
    assert _neo(srv, rel.replace("FN", "type")).rows == [["HAS_CODE"]]
    with pytest.raises(Exception, match="TYPE does not exist"):
        run_query(rel.replace("FN", "type"), db=emb)
    assert run_query(rel.replace("FN", "label"), db=emb)[1] == [["HAS_CODE"]]
    labels = "MATCH (n:Repository) RETURN labels(n) AS l"
    assert run_query(labels, db=emb)[1] == [["Repository"]]  # a string there, a list on Neo4j
    assert _neo(srv, labels).rows == [[["Repository"]]]


def test_the_library_asks_in_a_read_session_unless_told_to_write(loaded):
    from kg.errors import InputError

    srv, _ = loaded
    with pytest.raises(InputError, match="DETACH writes"):
        _neo(srv, "MATCH (n:Dataset) DETACH DELETE n")
    with pytest.raises(InputError, match="SET writes"):
        run_query("MATCH (n:Dataset) SET n.note = 'y' RETURN n.id", uri=srv.uri, user=srv.user,
                  password=srv.password, database=srv.database)
    assert _neo(srv, "MATCH (n:Dataset) RETURN count(n) AS n").rows == [[2]]
    assert _neo(srv, "MATCH (n:Dataset {id: 'dataset:ade20k'}) SET n.flag = 1 RETURN n.flag AS f", write=True).rows == [[1]]
