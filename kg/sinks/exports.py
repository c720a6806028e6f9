"""File exports of a graph: node-link JSON, GraphML and CSV (nodes.csv + edges.csv)."""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError
from kg.graph.io import atomic_write_text, graph_to_json

FORMATS = ("json", "graphml", "csv")


def _flat(value: Any) -> Any:
    """GraphML and CSV hold scalars only: lists and dicts become JSON text, None an empty string."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, dict)):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return value


def flat_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` whose attributes are all scalars (for GraphML)."""
    h = nx.MultiDiGraph()
    h.graph.update({k: _flat(v) for k, v in g.graph.items()})
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: _flat(v) for k, v in d.items()})
    for s, t, k, d in g.edges(keys=True, data=True):
        h.add_edge(s, t, key=k, **{a: _flat(v) for a, v in d.items()})
    return h


def _csv_text(header: list[str], rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def export_graph(g: nx.MultiDiGraph, fmt: str, out: str | os.PathLike) -> list[Path]:
    """Write ``g`` in ``fmt`` (json, graphml, csv) to ``out`` (a file, or a folder for csv)."""
    out = Path(out)
    if fmt == "json":
        atomic_write_text(out, json.dumps(graph_to_json(g), ensure_ascii=False, indent=1))
        return [out]
    if fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(flat_graph(g), buf, encoding="utf-8")
        atomic_write_text(out, buf.getvalue().decode("utf-8"))
        return [out]
    if fmt == "csv":
        out.mkdir(parents=True, exist_ok=True)
        keys: list[str] = []
        for _, d in g.nodes(data=True):
            for k in d:
                if k not in keys:
                    keys.append(k)
        nodes = [[_flat(d.get(k)) for k in keys] for _, d in g.nodes(data=True)]
        ekeys = ["source", "target", "type", "count", "evidence"]
        edges = [[s, t, k, d.get("count", 1), _flat(d.get("evidence"))] for s, t, k, d in g.edges(keys=True, data=True)]
        atomic_write_text(out / "nodes.csv", _csv_text(keys, nodes))
        atomic_write_text(out / "edges.csv", _csv_text(ekeys, edges))
        return [out / "nodes.csv", out / "edges.csv"]
    raise InputError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
