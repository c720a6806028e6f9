"""Load-speed measurement against a Bolt server (``scripts/bench.py --bolt``), kept out of the sinks:
:func:`bench_load` loads a graph once per batch size and :func:`wipe_kg` deletes kg's labels between
runs, so both refuse or touch only kg's own labels."""
from __future__ import annotations

from typing import Any, Iterable

import networkx as nx

from kg.errors import SinkError
from kg.schema import Schema, load_schema
from kg.sinks.neo4j import (DEFAULT_BATCH_SIZE, _check_name, _driver, _neo_errors, _session_kw, _wrap,
                            load_graph_to_neo4j)


def _kg_node_count(session, schema: Schema) -> int:
    total = 0
    for label in schema.nodes:
        total += session.run(f"MATCH (n:{_check_name(label)}) RETURN count(n) AS n").single()["n"]
    return total


def wipe_kg(uri: str, user: str | None, password: str | None, database: str | None = None, chunk: int = 5000) -> int:
    """Delete every node with a kg label (and its relationships), ``chunk`` nodes per transaction.
    Returns the number of nodes deleted. Other labels are left alone."""
    schema = load_schema()
    drv = _driver(uri, user, password)
    deleted = 0
    try:
        with drv, drv.session(**_session_kw(database)) as s:
            for label in schema.nodes:
                q = f"MATCH (n:{_check_name(label)}) WITH n LIMIT $k DETACH DELETE n RETURN count(*) AS n"
                while True:
                    n = s.execute_write(lambda tx: tx.run(q, k=chunk).single()["n"])  # noqa: B023
                    deleted += n
                    if n < chunk:
                        break
    except (*_neo_errors(), OSError, ValueError) as exc:
        raise _wrap(exc, uri, database) from exc
    return deleted


def bench_load(
    g: nx.MultiDiGraph,
    uri: str,
    user: str | None,
    password: str | None,
    database: str | None = None,
    batch_sizes: Iterable[int] = (100, 250, 500, 1000, 2000, 5000),
    repeat: int = 1,
    warmup: bool = True,
) -> dict[str, Any]:
    """Rows (nodes + relationships) per second of a first load and of a reload (all rows matched),
    per batch size, best of ``repeat`` runs, after one unmeasured load when ``warmup`` (a server's JIT
    and caches would otherwise penalise whichever batch size comes first).

    The kg labels of the target database are deleted between runs and at the end, so the target must
    hold no kg nodes to start with (use a scratch database): :class:`SinkError` otherwise.

    Returns ``{"rows": n, "load_rows_per_s": {size: r/s}, "reload_rows_per_s": {size: r/s},
    "best_batch_size": size}``.
    """
    schema = load_schema()
    drv = _driver(uri, user, password)
    try:
        with drv, drv.session(**_session_kw(database)) as s:
            existing = _kg_node_count(s, schema)
    except (*_neo_errors(), OSError, ValueError) as exc:
        raise _wrap(exc, uri, database) from exc
    if existing:
        raise SinkError(f"bench_load wipes kg's labels between runs: {uri} already holds {existing} kg node(s); "
                        "use an empty database")
    load: dict[int, float] = {}
    reload: dict[int, float] = {}
    batch_sizes = list(batch_sizes)
    try:
        if warmup and batch_sizes:
            load_graph_to_neo4j(g, uri, user, password, database, batch_size=DEFAULT_BATCH_SIZE)
            wipe_kg(uri, user, password, database)
        for bs in batch_sizes:
            for _ in range(max(1, repeat)):
                first = load_graph_to_neo4j(g, uri, user, password, database, batch_size=bs)["summary"]
                again = load_graph_to_neo4j(g, uri, user, password, database, batch_size=bs)["summary"]
                load[bs] = max(load.get(bs, 0.0), first["rows_per_s"] or 0.0)
                reload[bs] = max(reload.get(bs, 0.0), again["rows_per_s"] or 0.0)
                wipe_kg(uri, user, password, database)
    finally:
        wipe_kg(uri, user, password, database)
    return {
        "rows": g.number_of_nodes() + g.number_of_edges(),
        "load_rows_per_s": load,
        "reload_rows_per_s": reload,
        "best_batch_size": max(load, key=load.get) if load else None,
    }
