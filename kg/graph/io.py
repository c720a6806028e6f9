"""graph.json (networkx node-link data) reading and writing, atomically."""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError
from kg.fileio import atomic_open

GRAPH_FILE = "graph.json"


def graph_to_json(g: nx.MultiDiGraph) -> dict[str, Any]:
    return nx.node_link_data(g, edges="edges")


def graph_from_json(data: dict[str, Any]) -> nx.MultiDiGraph:
    g = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    for n, d in g.nodes(data=True):  # node-link data stores the key as "id": keep it as an attribute too
        d["id"] = n
    for _, _, d in g.edges(data=True):  # edge spans are tuples in memory (see GraphBuilder.add_edge)
        ev = d.get("evidence")
        if isinstance(ev, list):
            d["evidence"] = tuple(tuple(x) if isinstance(x, list) else x for x in ev)
    return g


def write_node_link(g: nx.MultiDiGraph, fh) -> None:
    """node-link JSON (the layout of ``networkx.node_link_data(g, edges="edges")``), streamed record
    by record: no second copy of a large graph is built in memory."""
    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    fh.write('{"directed":true,"multigraph":true,"graph":')
    fh.write(dump(g.graph))
    fh.write(',"nodes":[')
    for i, (n, d) in enumerate(g.nodes(data=True)):
        fh.write(("," if i else "") + dump({**d, "id": n}))
    fh.write('],"edges":[')
    for i, (u, v, k, d) in enumerate(g.edges(keys=True, data=True)):
        fh.write(("," if i else "") + dump({**d, "source": u, "target": v, "key": k}))
    fh.write("]}")


def save_graph(g: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write ``graph.json`` (streamed, and atomically: an interrupted write leaves the old file)."""
    path = Path(path)
    with atomic_open(path) as fh:
        write_node_link(g, fh)
    return path


def resolve_graph_path(path: str | os.PathLike) -> Path:
    """A build directory or a graph.json file -> the graph.json path."""
    p = Path(path)
    if p.is_dir():
        p = p / GRAPH_FILE
    return p


def load_graph(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph written by :func:`save_graph` (a build directory or the file itself)."""
    p = resolve_graph_path(path)
    if not p.is_file():
        raise InputError(f"{p}: no graph here (run `kg build ... --out {p.parent}` first)")
    try:
        with open(p, encoding="utf-8") as fh:
            data = json.load(fh)
        if not isinstance(data, dict):
            raise InputError(f"{p}: not a kg graph (a JSON {type(data).__name__}, not an object)")
        return graph_from_json(data)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise InputError(f"{p}: not a valid graph.json ({exc})") from exc
    except (KeyError, TypeError, AttributeError, ValueError, nx.NetworkXError) as exc:
        raise InputError(f"{p}: not a kg graph ({exc})") from exc


def graph_stats(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts of nodes by type and edges by relationship type."""
    nodes = Counter(d.get("type", "?") for _, d in g.nodes(data=True))
    edges = Counter(k for _, _, k in g.edges(keys=True))
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "nodes_by_type": dict(sorted(nodes.items())),
        "edges_by_type": dict(sorted(edges.items())),
    }
