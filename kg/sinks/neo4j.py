"""Load a built graph into Neo4j (or any Bolt server speaking Neo4j 5 Cypher) with the official driver.

- Constraints and indexes come from ``schemas/graph.json``: one uniqueness constraint per label on its
  key (``CREATE CONSTRAINT ... IF NOT EXISTS FOR (n:Label) REQUIRE n.id IS UNIQUE``), one index per
  indexed property. ArcadeDB's Bolt server (which the test suite starts in-process) accepts the same
  Neo4j 5 statements and backs them with its own unique indexes, so no server-specific DDL is needed.
- Nodes: ``UNWIND $rows AS row MERGE (n:Label {id: row.id}) SET n += row.props``, one batch per
  transaction; relationships: one group per (type, from label, to label), both ends ``MATCH``ed by id,
  then ``MERGE``. Values travel as parameters only; labels and types are spliced into the text, so they
  must be names of the schema (checked against a strict pattern as well).
- Idempotent: MERGE on the deterministic ids, with uniqueness constraints so concurrent loads cannot
  duplicate a node. A relationship has no such constraint: two loads racing on one pair can both create
  it (seen on ArcadeDB's Bolt server), so each load ends every relationship group by deleting all but one
  relationship per (from, type, to) and reports how many it removed (``deduplicated``). A second load
  reports 0 created.
- Each batch is its own transaction run through ``execute_write``, which retries transient failures
  (deadlocks, leader switches, a dropped connection); a load that stops half-way is completed by running
  it again.
- Property values follow the schema: list properties are lists of strings, ``evidence`` (a list of
  spans) becomes a JSON string, ``None`` values are dropped.
"""
from __future__ import annotations

import re
import time
from collections import defaultdict
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit

import networkx as nx

from kg.errors import SinkError
from kg.graph.records import GraphRecords
from kg.schema import Schema
from kg.sinks.encode import bolt_props

#: Rows per transaction. Measured with :func:`bench_load` on the seed corpus graph (3,013 nodes +
#: 5,105 relationships, ArcadeDB 26.10 in-process, 2 shared cores): see docs/neo4j.md. 1000 is at
#: the plateau on that server, and is the batch size Neo4j's own loading guides suggest.
DEFAULT_BATCH_SIZE = 1000

#: URI schemes the driver speaks Bolt with (``http(s)://`` is the driver's preview Query API: refused).
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

_NAME = re.compile(r"^[A-Z][A-Za-z_]*$")


# --------------------------------------------------------------------------- connection and errors


def _driver(uri: str, user: str | None, password: str | None):
    try:
        from neo4j import GraphDatabase  # noqa: PLC0415
    except ImportError as exc:
        raise SinkError("Neo4j support needs the 'neo4j' driver: pip install 'kg[neo4j]'") from exc
    if not uri:
        raise SinkError("no Neo4j URI: give --uri bolt://host:7687 or set NEO4J_URI")
    scheme = urlsplit(uri).scheme.lower() if "://" in uri else ""
    if scheme not in BOLT_SCHEMES:
        raise SinkError(f"bad Neo4j URI {uri!r}: use bolt://host:7687 or neo4j://host:7687 (or +s / +ssc)")
    try:
        return GraphDatabase.driver(uri, auth=(user or "neo4j", password or ""), connection_timeout=10)
    except ValueError as exc:  # includes the driver's ConfigurationError
        raise SinkError(f"bad Neo4j URI {uri!r}: {exc}") from exc


def _first_line(text: str) -> str:
    text = (text or "").strip()
    return text.splitlines()[0] if text else ""


def translate_error(exc: Exception, uri: str, database: str | None) -> SinkError:
    """One clear line for the errors users meet: unreachable, wrong password, unknown database, bad Cypher."""
    from neo4j import exceptions as ne  # noqa: PLC0415

    if isinstance(exc, ne.AuthError):
        return SinkError(f"Neo4j at {uri} refused the user name or password")
    if isinstance(exc, ne.ServiceUnavailable):
        return SinkError(f"cannot reach a Neo4j server at {uri} (is it running? `docker compose up -d`)")
    code = getattr(exc, "code", "") or ""
    msg = getattr(exc, "message", None) or str(exc)
    low = msg.lower()
    if "DatabaseNotFound" in code or "database does not exist" in low or (
        database and "database" in low and ("not found" in low or "not exist" in low)
    ):
        return SinkError(f"Neo4j at {uri} has no database {database!r}")
    if "Syntax" in code or "SyntaxError" in type(exc).__name__:
        return SinkError(f"Cypher syntax error: {_first_line(msg) or exc}")
    return SinkError(f"Neo4j error: {_first_line(msg) or type(exc).__name__}")


def _neo_errors() -> tuple[type[BaseException], ...]:
    from neo4j import exceptions as ne  # noqa: PLC0415

    return (ne.Neo4jError, ne.DriverError)


def _wrap(exc: BaseException, uri: str, database: str | None) -> SinkError:
    if isinstance(exc, _neo_errors()):
        return translate_error(exc, uri, database)  # type: ignore[arg-type]
    if isinstance(exc, ValueError):  # e.g. a port that is not a number, found at connect time
        return SinkError(f"bad Neo4j URI {uri!r}: {exc}")
    return SinkError(f"cannot reach a Neo4j server at {uri}: {exc}")


def _session_kw(database: str | None) -> dict[str, str]:
    return {"database": database} if database else {}


# --------------------------------------------------------------------------- what to write


def _check_name(name: str) -> str:
    if not isinstance(name, str) or not _NAME.match(name):
        raise SinkError(f"refusing label or type {name!r}: not a schema name")
    return name


def schema_statements(schema: Schema) -> list[str]:
    """Uniqueness constraints on every label's key and indexes on the schema's indexed properties."""
    out = []
    for label, ns in schema.nodes.items():
        _check_name(label)
        key = _check_prop(ns.key)
        out.append(
            f"CREATE CONSTRAINT kg_{label.lower()}_{key} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"
        )
        for prop in ns.indexes:
            if prop != ns.key:
                prop = _check_prop(prop)
                out.append(f"CREATE INDEX kg_{label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})")
    return out


def _check_prop(name: str) -> str:
    if not re.match(r"^[a-z][a-z0-9_]*$", name):
        raise SinkError(f"refusing property name {name!r}: not a schema name")
    return name


def plan(g: nx.MultiDiGraph | GraphRecords, schema: Schema | None = None
         ) -> tuple[dict[str, list[dict]], dict[tuple[str, str, str], list[dict]]]:
    """Rows to write: nodes by label, relationships by (type, from label, to label), each row
    ``{"id"|"from","to", "props"}`` with its properties encoded by :func:`kg.sinks.encode.bolt_props`.

    Raises :class:`SinkError` for a node type or relationship the schema does not know.
    """
    records = g if isinstance(g, GraphRecords) else GraphRecords(g, schema)
    schema = records.schema
    nodes: dict[str, list[dict]] = defaultdict(list)
    for n in records.nodes():
        nodes[n.label].append({"id": n.id, "props": bolt_props(n.props, schema.nodes[n.label].properties)})
    rels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for e in records.edges():
        props = bolt_props(e.props, schema.relationships[e.type].properties)
        rels[e.group].append({"from": e.src, "to": e.dst, "props": props})
    return nodes, rels


def node_query(label: str) -> str:
    _check_name(label)
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props"


def rel_query(rel: str, a: str, b: str) -> str:
    for x in (rel, a, b):
        _check_name(x)
    return (
        f"UNWIND $rows AS row MATCH (s:{a} {{id: row.from}}) MATCH (t:{b} {{id: row.to}}) "
        f"MERGE (s)-[r:{rel}]->(t) SET r += row.props RETURN count(*) AS n"
    )


def dedupe_query(rel: str, a: str, b: str) -> str:
    """Delete all but one relationship of a type between the same two nodes: two loads racing on one pair can
    both find it missing and both create it (seen on ArcadeDB's Bolt server), so each load ends by repairing
    its groups (one relationship per (from, type, to) is what ``MERGE`` means here)."""
    for x in (rel, a, b):
        _check_name(x)
    return (
        f"MATCH (s:{a})-[r:{rel}]->(t:{b}) WITH s, t, collect(r) AS rs WHERE size(rs) > 1 "
        f"UNWIND rs[1..] AS extra DELETE extra RETURN count(*) AS n"
    )


def _dedupe(tx, query: str) -> int:
    rec = tx.run(query).single()
    return int(rec["n"]) if rec else 0


def _batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _write_nodes(tx, query: str, rows: list[dict]) -> tuple[int, int]:
    """One node batch: (created, written) from the server's update counters."""
    counters = tx.run(query, rows=rows).consume().counters
    return counters.nodes_created, len(rows)


def _write_rels(tx, query: str, rows: list[dict]) -> tuple[int, int]:
    """One relationship batch: (created, written); rows whose ends are missing are not written."""
    res = tx.run(query, rows=rows)
    rec = res.single()
    counters = res.consume().counters
    return counters.relationships_created, int(rec["n"]) if rec else 0


# --------------------------------------------------------------------------- load


def load_graph_to_neo4j(
    g: nx.MultiDiGraph,
    uri: str,
    user: str | None = "neo4j",
    password: str | None = None,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], Any] | None = None,
) -> dict[str, Any]:
    """Write ``g`` (a built graph, see docs/ARCHITECTURE.md) to a Bolt server (:class:`Neo4jSink`).

    Parameters
    ----------
    g : the graph; every node's ``type`` and every edge's key must be in ``schemas/graph.json``.
    uri, user, password, database : where to write (``database=None``: the server's default).
    batch_size : rows per transaction.
    progress : called with the number of rows after each batch.

    Returns
    -------
    ``{"nodes": {label: {"created", "matched"}}, "relationships": {"From-TYPE->To": {"created",
    "matched"[, "missing"]}}, "summary": {totals, "seconds", "rows_per_s", "batches"}}``. ``matched``
    counts rows that already existed (MERGE found them); ``missing`` counts relationships whose ends
    were not found (only when something deletes nodes during the load).

    Example
    -------
    >>> load_graph_to_neo4j(g, "bolt://localhost:7687", "neo4j", "kgpassword")["summary"]  # doctest: +SKIP
    {'nodes_created': 3013, 'nodes_matched': 0, 'relationships_created': 5105, ...}
    """
    sink = Neo4jSink(uri, user, password, database, batch_size=batch_size)
    return sink.stage(GraphRecords(g), progress).commit()


class Neo4jSink:
    """Neo4j (or any Bolt server) as a sink: ``stage`` encodes the rows (the graph is no longer needed
    then), ``commit`` writes them, one transaction per batch (see the module's notes)."""

    name = "neo4j"

    def __init__(self, uri: str, user: str | None = "neo4j", password: str | None = None,
                 database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        if batch_size < 1:
            raise SinkError("batch size must be at least 1")
        self.uri, self.user, self.password, self.database = uri, user, password, database
        self.batch_size = batch_size

    def check(self) -> None:
        """Fail now, with one line, when the server cannot be reached, refuses the login or has no such
        database (one trivial query in it)."""
        run_cypher(self.uri, "RETURN 1 AS ok", user=self.user, password=self.password, database=self.database)

    def stage(self, records: GraphRecords, progress: Callable[[int], Any] | None = None) -> "StagedRows":
        nodes, rels = plan(records)
        return StagedRows(self, records.schema, nodes, rels, progress)


class StagedRows:
    """The encoded rows of one load, waiting for :meth:`commit`."""

    def __init__(self, sink: Neo4jSink, schema: Schema, nodes: dict[str, list[dict]],
                 rels: dict[tuple[str, str, str], list[dict]], progress: Callable[[int], Any] | None) -> None:
        self.sink, self.schema, self.nodes, self.rels, self.progress = sink, schema, nodes, rels, progress

    def abort(self) -> None:
        self.nodes, self.rels = {}, {}

    def commit(self) -> dict[str, Any]:
        sink = self.sink
        summary: dict[str, Any] = {"nodes": {}, "relationships": {}}
        n_rows = sum(map(len, self.nodes.values())) + sum(map(len, self.rels.values()))
        drv = _driver(sink.uri, sink.user, sink.password)
        t0 = time.perf_counter()
        try:
            with drv:
                drv.verify_connectivity()
                with drv.session(**_session_kw(sink.database)) as session:
                    for stmt in schema_statements(self.schema):
                        session.run(stmt).consume()
                    batches = self._write(session, summary)
        except SinkError:
            raise
        except (*_neo_errors(), OSError, ValueError) as exc:
            raise _wrap(exc, sink.uri, sink.database) from exc
        summary["summary"] = _totals(summary, time.perf_counter() - t0, n_rows, batches, sink.batch_size)
        self.abort()
        return summary

    def _write(self, session: Any, summary: dict[str, Any]) -> int:
        """Every batch of nodes, then of relationships; returns the number of batches."""
        batches = 0
        groups = [(label, node_query(label), _write_nodes, rows) for label, rows in sorted(self.nodes.items())]
        groups += [(key, rel_query(*key), _write_rels, rows) for key, rows in sorted(self.rels.items())]
        for key, query, write, rows in groups:
            created = written = 0
            for batch in _batches(rows, self.sink.batch_size):
                c, n = session.execute_write(write, query, batch)
                created, written, batches = created + c, written + n, batches + 1
                if self.progress:
                    self.progress(len(batch))
            entry = {"created": created, "matched": written - created}
            if isinstance(key, str):
                summary["nodes"][key] = entry
                continue
            if written < len(rows):
                entry["missing"] = len(rows) - written
            extra = session.execute_write(_dedupe, dedupe_query(*key))
            if extra:
                entry["deduplicated"] = extra  # a concurrent load's doubles, removed
            summary["relationships"][f"{key[1]}-{key[0]}->{key[2]}"] = entry
        return batches


def _totals(summary: dict[str, Any], secs: float, n_rows: int, batches: int, batch_size: int) -> dict[str, Any]:
    nodes, rels = summary["nodes"].values(), summary["relationships"].values()
    return {
        "nodes_created": sum(v["created"] for v in nodes),
        "nodes_matched": sum(v["matched"] for v in nodes),
        "relationships_created": sum(v["created"] for v in rels),
        "relationships_matched": sum(v["matched"] for v in rels),
        "relationships_missing": sum(v.get("missing", 0) for v in rels),
        "seconds": round(secs, 3),
        "rows_per_s": round(n_rows / secs, 1) if secs else None,
        "batches": batches,
        "batch_size": batch_size,
    }


# --------------------------------------------------------------------------- query


def _plain(v: Any) -> Any:
    """Driver values as plain Python, shaped like the embedded store's (``_LABEL`` + properties)."""
    from neo4j.graph import Node, Path, Relationship  # noqa: PLC0415

    if isinstance(v, Node):
        return {"_ID": v.element_id, "_LABEL": ":".join(sorted(v.labels)), **dict(v.items())}
    if isinstance(v, Relationship):
        return {
            "_ID": v.element_id,
            "_LABEL": v.type,
            "_SRC": v.start_node.element_id if v.start_node is not None else None,
            "_DST": v.end_node.element_id if v.end_node is not None else None,
            **dict(v.items()),
        }
    if isinstance(v, Path):
        return {"_NODES": [_plain(n) for n in v.nodes], "_RELS": [_plain(r) for r in v.relationships]}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v


def run_cypher(uri: str, cypher: str, params: dict[str, Any] | None = None, user: str | None = "neo4j",
               password: str | None = None, database: str | None = None, *, write: bool = False,
               limit: int | None = None, timeout: float | None = None) -> tuple[list[str], list[list[Any]]]:
    """Run one Cypher statement on a Bolt server (auto-commit); returns ``(columns, rows)``.

    The session is a read session unless ``write``: Neo4j refuses ``CREATE``/``SET``/``DELETE`` there.
    At most ``limit + 1`` rows are fetched (one more than asked, so a caller can tell that rows were
    cut; the rest are discarded on the server). ``timeout`` (seconds) is sent as the transaction's
    timeout: the server stops the query after that long.
    Nodes, relationships and paths come back as dicts (``_LABEL`` and the properties), like the
    embedded store's. Note: ArcadeDB sends no column names with an empty result.
    """
    import neo4j  # noqa: PLC0415

    drv = _driver(uri, user, password)
    mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
    try:
        with drv:
            with drv.session(default_access_mode=mode, **_session_kw(database)) as session:
                res = session.run(neo4j.Query(cypher, timeout=timeout), params or {})
                rows = []
                for rec in res:
                    rows.append([_plain(v) for v in rec.values()])
                    if limit is not None and len(rows) > limit:
                        break
                keys = list(res.keys())
                res.consume()
                return keys, rows
    except (*_neo_errors(), OSError, ValueError) as exc:
        raise _wrap(exc, uri, database) from exc
