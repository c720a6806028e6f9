"""A query can never damage the embedded store, and a runaway query can be bounded and stopped:
read-only open, refused statements, stale WAL/shadow files, --limit, --timeout, Ctrl-C, one-line errors,
saved-query limits and parameter values. Backend differences are pinned in test_query_bolt.py."""
import contextlib
import os
import signal
import subprocess
import sys
import time

import ladybug
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError, SinkError
from kg.query import DEFAULT_LIMIT, ask, run_query, saved_info, saved_params
from kg.sinks.embedded import SIDECARS, check_read_only, store_path, write_store

from test_query import query_graph

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def many_methods_graph(n=70):
    """The query test graph plus ``n`` methods, so that products of nodes are slow and saved queries
    reach their LIMIT."""
    g = query_graph()
    for i in range(n):
        nid = f"method:m{i:03d}"
        g.add_node(nid, id=nid, type="Method", name=f"M{i:03d}", aliases=[f"M{i:03d}"], mention_count=1,
                   paper_count=1, papers=["paper:a1"], evidence=[])
        g.add_edge("paper:a1", nid, key="USES", type="USES", count=1, evidence=[])
    return g


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    d = tmp_path_factory.mktemp("big")
    write_store(many_methods_graph(), d)
    return d


def _files(d):
    return sorted(os.listdir(d))


def _slow(k=6):
    """A query that runs for minutes on the big store (about 7 s with k=5, over 20 s with k=6)."""
    nodes = ",".join(f"(n{i})" for i in range(k))
    where = " AND ".join(f"n{i}.id < n{i + 1}.id" for i in range(k - 1))
    return f"MATCH {nodes} WHERE {where} RETURN count(*) AS n"


@pytest.mark.parametrize("cypher", [
    "CHECKPOINT",
    "MATCH (n:Method) RETURN n.name AS x; CHECKPOINT",
    "COPY (MATCH (n:Method) RETURN n.name) TO '{out}/leak.csv'",
    "  copy (MATCH (n) RETURN n.id) TO '{out}/leak.csv'",
    "INSTALL json",
    "LOAD json",
    "LOAD EXTENSION json",
    "LOAD FROM '{out}/graph.json' RETURN *",
    "EXPORT DATABASE '{out}/exp'",
    "ATTACH '{out}/store.lbug' AS other (dbtype lbug)",
    "CALL checkpoint_threshold=1",
])
def test_statements_that_write_files_or_change_the_engine_are_refused(big, cypher):
    before = _files(big)
    with pytest.raises(SinkError, match="refused: .* not allowed"):
        run_query(cypher.format(out=big), db=big)
    assert _files(big) == before
    assert run_query("MATCH (m:Method) RETURN count(m) AS n", db=big)[1] == [[72]]


def test_ordinary_queries_leave_nothing_behind(big):
    before = _files(big)
    for q in ["MATCH (n) RETURN n.id AS copy ORDER BY copy LIMIT 1", "RETURN 'CHECKPOINT; COPY x' AS s",
              "MATCH (n:Method) WHERE n.name <> 'LOAD FROM' RETURN count(n) AS n", "CALL show_tables() RETURN *"]:
        run_query(q, db=big)
    assert _files(big) == before
    check_read_only("MATCH (n) WHERE n.load > 1 RETURN n.name AS copy, 'LOAD' AS x // INSTALL json")


def test_writes_are_refused_by_the_read_only_store(big):
    for q in ["MATCH (n:Method) SET n.name = 'x'", "MATCH (n) DETACH DELETE n", "CREATE (:Method {id: 'x'})"]:
        with pytest.raises(SinkError, match="read-only"):
            run_query(q, db=big)
    assert run_query("MATCH (n:Method) WHERE n.name = 'x' RETURN count(n) AS n", db=big)[1] == [[0]]


def _leave_recovery_pending(store):
    """What earlier kg versions let `kg query --db DIR CHECKPOINT` do: a WAL and a shadow file that make
    every later read-only open fail."""
    db = ladybug.Database(str(store), read_only=True)
    conn = ladybug.Connection(db)
    with pytest.raises(RuntimeError):
        conn.execute("CHECKPOINT")
    conn.close()
    db.close()
    assert all(store.with_name(store.name + ext).exists() for ext in SIDECARS)


def test_a_store_left_recovery_pending_opens_again(tmp_path):
    write_store(many_methods_graph(), tmp_path)
    store = store_path(tmp_path)
    _leave_recovery_pending(store)
    assert run_query("MATCH (m:Method) RETURN count(m) AS n", db=tmp_path)[1] == [[72]]
    assert not any(store.with_name(store.name + ext).exists() for ext in SIDECARS)


def test_a_rebuild_over_a_recovery_pending_store_is_read_correctly(tmp_path):
    """The old WAL and shadow files belong to the replaced store: they are dropped, never replayed into
    the new one."""
    write_store(many_methods_graph(), tmp_path)
    store = store_path(tmp_path)
    _leave_recovery_pending(store)
    time.sleep(0.01)
    write_store(many_methods_graph(10), tmp_path)
    assert run_query("MATCH (m:Method) RETURN count(m) AS n", db=tmp_path)[1] == [[12]]
    assert _files(tmp_path) == ["store.lbug"]


def test_limit_cuts_rows_and_says_so(big):
    ans = ask("MATCH (m:Method) RETURN m.id AS id ORDER BY id", db=big, limit=5)
    assert ans.cut and len(ans.rows) == 5 and ans.rows[0] == ["method:m000"]
    ans = ask("MATCH (m:Method) RETURN m.id AS id", db=big, limit=72)
    assert not ans.cut and len(ans.rows) == 72
    res = CliRunner().invoke(main, ["query", "--db", str(big), "MATCH (m:Method) RETURN m.id AS id", "--limit", "3"])
    assert res.exit_code == 0 and "(3 rows)" in res.stdout
    assert "showing the first 3 rows (--limit 3); the query has more" in res.stderr


def test_default_limit_is_stated_when_it_cuts(big):
    res = CliRunner().invoke(main, ["query", "--db", str(big), "UNWIND range(1, 5000) AS i RETURN i", "--csv"])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == DEFAULT_LIMIT + 1
    assert f"the default --limit of {DEFAULT_LIMIT}" in res.stderr
    res = CliRunner().invoke(main, ["query", "--db", str(big), "UNWIND range(1, 5) AS i RETURN i"])
    assert res.exit_code == 0 and res.stderr == ""


def test_saved_query_that_stops_at_its_limit_says_so(big):
    assert saved_info("top-entities").limit == 50
    res = CliRunner().invoke(main, ["query", "--db", str(big), "--saved", "top-entities", "-p", "type=method"])
    assert res.exit_code == 0 and "(50 rows)" in res.stdout
    assert "stops at 50 rows" in res.stderr
    res = CliRunner().invoke(main, ["query", "--db", str(big), "--saved", "top-entities", "-p", "type=dataset"])
    assert res.exit_code == 0 and "stops at" not in res.stderr


def test_a_bad_parameter_value_is_a_clear_error(big):
    with pytest.raises(InputError, match="type='Foo' is not one of method, dataset"):
        saved_params("top-entities", {"type": "Foo"})
    assert saved_params("top-entities", {"type": "DataSet"}) == {"type": "DataSet"}
    res = CliRunner().invoke(main, ["query", "--db", str(big), "--saved", "top-entities", "-p", "type=Foo"])
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "not one of" in res.output


def test_syntax_errors_are_one_line(big):
    res = CliRunner().invoke(main, ["query", "--db", str(big), "MATCH (n RETURN n"])
    assert res.exit_code == 1 and res.output.count("\n") == 1
    assert res.output.startswith("Error: Cypher syntax error: Invalid input")
    res = CliRunner().invoke(main, ["query", "--db", str(big), "MATCH (n:Nope) RETURN n"])
    assert res.exit_code == 1 and res.output.count("\n") == 1 and "Nope" in res.output


def test_timeout_stops_a_runaway_query(big):
    t = time.monotonic()
    with pytest.raises(SinkError, match="--timeout of 0.5 s"):
        run_query(_slow(), db=big, timeout=0.5)
    assert time.monotonic() - t < 10
    res = CliRunner().invoke(main, ["query", "--db", str(big), _slow(), "--timeout", "0.5"])
    assert res.exit_code == 1 and res.output == "Error: query stopped after its --timeout of 0.5 s\n"


def test_write_is_for_neo4j_only(big):
    res = CliRunner().invoke(main, ["query", "--db", str(big), "RETURN 1 AS x", "--write"])
    assert res.exit_code == 2 and "--write applies to Neo4j" in res.output


def _default_sigint():
    """A child that answers Ctrl-C as from a terminal: pytest-xdist's workers ignore SIGINT, and an
    ignored signal stays ignored in the programs they start."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_until_open(proc, d, timeout: float = 30.0) -> None:
    """Wait until the process has a file of folder ``d`` open (Linux ``/proc``; elsewhere 4 s)."""
    if not os.path.isdir(f"/proc/{proc.pid}/fd"):
        time.sleep(4)
        return
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        for fd in os.listdir(f"/proc/{proc.pid}/fd"):
            with contextlib.suppress(OSError):
                if os.readlink(f"/proc/{proc.pid}/fd/{fd}").startswith(str(d) + os.sep):
                    return
        time.sleep(0.05)


@pytest.mark.slow
def test_ctrl_c_stops_a_query(big):
    """SIGINT during a long query: the process ends promptly, one line, exit 130, store untouched."""
    before = _files(big)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", "--db", str(big), _slow()], cwd=REPO,
                            env={**os.environ, "PYTHONPATH": REPO}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_default_sigint)
    _wait_until_open(proc, big)
    time.sleep(0.5)  # into the query, which runs for minutes
    assert proc.poll() is None, proc.communicate()
    t = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert time.monotonic() - t < 10
    assert proc.returncode == 130 and "Traceback" not in err and err.count("\n") == 1, err
    assert _files(big) == before


def test_a_query_that_needs_too_much_memory_is_one_line(big, monkeypatch):
    """The engine's memory is capped for queries as for writes (KG_STORE_BUFFER_MB): a cross product
    fails with a message instead of growing until the machine swaps."""
    monkeypatch.setenv("KG_STORE_BUFFER_MB", "64")
    q = "MATCH (a),(b),(c),(d),(e),(f) RETURN a.id AS a, b.id AS b, c.id AS c, d.id AS d, e.id AS e, f.id AS f"
    with pytest.raises(SinkError, match="needs more than the store's 64 MB of memory"):
        run_query(q, db=big, limit=10)


def test_ctrl_c_interrupts_the_engine_from_the_waiting_thread():
    """The query runs in a thread while the main thread waits in Python: SIGINT is seen at once, the
    engine is told to stop (``interrupt``), and KeyboardInterrupt reaches the caller."""
    import threading

    from kg.sinks.embedded import _interruptible

    stop = threading.Event()

    class Conn:  # stands for an engine query that ends only when interrupted
        def interrupt(self):
            stop.set()

    old = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal (xdist ignores SIGINT)
    try:
        threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
        t = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            _interruptible(Conn(), lambda: stop.wait(60))
    finally:
        signal.signal(signal.SIGINT, old)
    assert stop.is_set() and time.monotonic() - t < 5
    assert _interruptible(Conn(), lambda: 7) == 7
