"""Load a built graph into Neo4j (or any Bolt server speaking Neo4j 5 Cypher) with the official driver.

- Constraints and indexes come from ``schemas/graph.json`` (``CREATE CONSTRAINT ... IF NOT EXISTS``).
- Nodes: ``UNWIND $rows AS row MERGE (n:Label {id: row.id}) SET n += row.props``, one batch per
  transaction; relationships: per (type, from label, to label), ``MATCH`` both ends by id, ``MERGE``.
- Idempotent: loading twice creates nothing the second time (MERGE on the deterministic ids, with
  uniqueness constraints so concurrent loads cannot duplicate either).
- Each batch is its own transaction run through ``execute_write`` (the driver retries transient
  failures), so a load that stops half-way is completed by running it again.
- Labels and relationship types are never taken from data: they must be names of the schema.
"""
from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from typing import Any, Callable, Iterable, Iterator

import networkx as nx

from kg.errors import SinkError
from kg.schema import Schema, load_schema

#: Rows per transaction; chosen with ``bench_load`` (see scripts/bench.py --bolt).
DEFAULT_BATCH_SIZE = 1000
_NAME = re.compile(r"^[A-Z][A-Za-z_]*$")


def _driver(uri: str, user: str | None, password: str | None):
    try:
        from neo4j import GraphDatabase  # noqa: PLC0415
    except ImportError as exc:
        raise SinkError("Neo4j support needs the 'neo4j' driver: pip install 'kg[neo4j]'") from exc
    if not uri:
        raise SinkError("no Neo4j URI: give --uri bolt://host:7687 or set NEO4J_URI")
    try:
        return GraphDatabase.driver(uri, auth=(user or "neo4j", password or ""), connection_timeout=10)
    except ValueError as exc:
        raise SinkError(f"bad Neo4j URI {uri!r}: {exc}") from exc


def translate_error(exc: Exception, uri: str, database: str | None) -> SinkError:
    """One clear line for the errors users meet: unreachable, wrong password, unknown database, bad Cypher."""
    from neo4j import exceptions as ne  # noqa: PLC0415

    if isinstance(exc, ne.AuthError):
        return SinkError(f"Neo4j at {uri} refused the user name or password")
    if isinstance(exc, ne.ServiceUnavailable):
        return SinkError(f"cannot reach a Neo4j server at {uri} (is it running? `docker compose up -d`)")
    code = getattr(exc, "code", "") or ""
    msg = getattr(exc, "message", None) or str(exc)
    if "DatabaseNotFound" in code or "database does not exist" in msg.lower() or (
        database and "database" in msg.lower() and ("not found" in msg.lower() or "not exist" in msg.lower())
    ):
        return SinkError(f"Neo4j at {uri} has no database {database!r}")
    if "Syntax" in code or "SyntaxError" in type(exc).__name__:
        return SinkError(f"Cypher syntax error: {msg.splitlines()[0] if msg else exc}")
    first = msg.strip().splitlines()[0] if msg.strip() else type(exc).__name__
    return SinkError(f"Neo4j error: {first}")


def _neo_errors():
    from neo4j import exceptions as ne  # noqa: PLC0415

    return (ne.Neo4jError, ne.DriverError)


def schema_statements(schema: Schema) -> list[str]:
    """Uniqueness constraints on every label's key and indexes on the schema's indexed properties."""
    out = []
    for label, ns in schema.nodes.items():
        _check_name(label)
        out.append(
            f"CREATE CONSTRAINT kg_{label.lower()}_{ns.key} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{ns.key} IS UNIQUE"
        )
        for prop in ns.indexes:
            if prop != ns.key:
                out.append(f"CREATE INDEX kg_{label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})")
    return out


def _check_name(name: str) -> str:
    if not _NAME.match(name):
        raise SinkError(f"refusing label or type {name!r}: not a schema name")
    return name


def _props(data: dict[str, Any], allowed: dict[str, str], key: str | None = None) -> dict[str, Any]:
    out = {}
    for k, typ in allowed.items():
        if k == key:
            continue
        v = data.get(k)
        if v is None:
            continue
        if typ == "STRING[]":
            v = [str(x) for x in (v if isinstance(v, (list, tuple, set)) else [v])]
        elif isinstance(v, (list, dict)):
            v = json.dumps(v, ensure_ascii=False)
        out[k] = v
    return out


def _batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def plan(g: nx.MultiDiGraph, schema: Schema) -> tuple[dict[str, list[dict]], dict[tuple[str, str, str], list[dict]]]:
    """Rows to write: nodes by label, relationships by (type, from label, to label)."""
    nodes: dict[str, list[dict]] = defaultdict(list)
    for n, d in g.nodes(data=True):
        label = d.get("type")
        if label not in schema.nodes:
            raise SinkError(f"node {n!r} has type {label!r}, which the schema does not know")
        ns = schema.nodes[label]
        nodes[label].append({"id": n, "props": _props(d, ns.properties, ns.key)})
    rels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for s, t, k, d in g.edges(keys=True, data=True):
        a, b = g.nodes[s].get("type"), g.nodes[t].get("type")
        if not schema.rel_pair_ok(k, a, b):
            raise SinkError(f"relationship ({a})-[:{k}]->({b}) is not in the schema")
        rels[(k, a, b)].append({"from": s, "to": t, "props": _props(d, schema.relationships[k].properties)})
    return nodes, rels


def _node_query(label: str) -> str:
    _check_name(label)
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props"


def _rel_query(rel: str, a: str, b: str) -> str:
    for x in (rel, a, b):
        _check_name(x)
    return (
        f"UNWIND $rows AS row MATCH (s:{a} {{id: row.from}}) MATCH (t:{b} {{id: row.to}}) "
        f"MERGE (s)-[r:{rel}]->(t) SET r += row.props"
    )


def _write_batch(tx, query: str, rows: list[dict]) -> tuple[int, int]:
    """Run one batch; returns (created, rows) from the server's update counters."""
    counters = tx.run(query, rows=rows).consume().counters
    return counters.nodes_created + counters.relationships_created, len(rows)


def load_graph_to_neo4j(
    g: nx.MultiDiGraph,
    uri: str,
    user: str | None = "neo4j",
    password: str | None = None,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], Any] | None = None,
    fail_after_batches: int | None = None,
) -> dict[str, Any]:
    """Write ``g`` to a Bolt server; returns a summary of what was created and what already existed.

    ``fail_after_batches`` stops with an error after that many batches (used by tests to simulate an
    interrupted load).
    """
    schema = load_schema()
    nodes, rels = plan(g, schema)
    summary: dict[str, Any] = {"nodes": {}, "relationships": {}}
    drv = _driver(uri, user, password)
    batches_done = 0
    t0 = time.perf_counter()
    try:
        with drv:
            drv.verify_connectivity()
            kw = {"database": database} if database else {}
            with drv.session(**kw) as session:
                for stmt in schema_statements(schema):
                    session.run(stmt).consume()
                for phase, groups in (("nodes", nodes), ("relationships", rels)):
                    for key in sorted(groups):
                        rows = groups[key]
                        query = _node_query(key) if phase == "nodes" else _rel_query(*key)
                        name = key if phase == "nodes" else f"{key[1]}-{key[0]}->{key[2]}"
                        created = total = 0
                        for batch in _batches(rows, batch_size):
                            if fail_after_batches is not None and batches_done >= fail_after_batches:
                                raise SinkError(f"load interrupted after {batches_done} batches (simulated)")
                            c, n = session.execute_write(_write_batch, query, batch)
                            created += c
                            total += n
                            batches_done += 1
                            if progress:
                                progress(len(batch))
                        summary[phase][name] = {"created": created, "matched": total - created}
    except SinkError:
        raise
    except _neo_errors() as exc:
        raise translate_error(exc, uri, database) from exc
    except OSError as exc:
        raise SinkError(f"cannot reach a Neo4j server at {uri}: {exc}") from exc
    secs = time.perf_counter() - t0
    tot_nodes = sum(v["created"] + v["matched"] for v in summary["nodes"].values())
    tot_rels = sum(v["created"] + v["matched"] for v in summary["relationships"].values())
    summary["summary"] = {
        "nodes_created": sum(v["created"] for v in summary["nodes"].values()),
        "nodes_matched": sum(v["matched"] for v in summary["nodes"].values()),
        "relationships_created": sum(v["created"] for v in summary["relationships"].values()),
        "relationships_matched": sum(v["matched"] for v in summary["relationships"].values()),
        "seconds": round(secs, 3),
        "rows_per_s": round((tot_nodes + tot_rels) / secs, 1) if secs else None,
        "batches": batches_done,
    }
    return summary


def run_cypher(uri: str, cypher: str, params: dict[str, Any] | None = None, user: str | None = "neo4j",
               password: str | None = None, database: str | None = None) -> tuple[list[str], list[list[Any]]]:
    """Run one read query on a Bolt server; returns ``(columns, rows)``."""
    drv = _driver(uri, user, password)
    try:
        with drv:
            kw = {"database": database} if database else {}
            with drv.session(**kw) as session:
                res = session.run(cypher, params or {})
                cols = list(res.keys())
                rows = [list(r.values()) for r in res]
                return cols, rows
    except _neo_errors() as exc:
        raise translate_error(exc, uri, database) from exc
    except OSError as exc:
        raise SinkError(f"cannot reach a Neo4j server at {uri}: {exc}") from exc


def bench_load(g: nx.MultiDiGraph, uri: str, user: str | None, password: str | None, database: str | None = None,
               batch_sizes: Iterable[int] = (100, 500, 1000, 5000)) -> dict[str, Any]:
    """Rows (nodes + relationships) per second of a first load, per batch size (the database is wiped
    of kg's labels between runs)."""
    out = {}
    schema = load_schema()
    for bs in batch_sizes:
        drv = _driver(uri, user, password)
        with drv, drv.session(**({"database": database} if database else {})) as s:
            for label in schema.nodes:
                s.run(f"MATCH (n:{_check_name(label)}) DETACH DELETE n").consume()
        res = load_graph_to_neo4j(g, uri, user, password, database, batch_size=bs)
        out[str(bs)] = res["summary"]["rows_per_s"]
    return out
