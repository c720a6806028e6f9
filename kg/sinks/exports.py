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

FORMATS = ("json", "graphml", "csv", "neo4j-admin")

#: neo4j-admin's default array delimiter; list items containing it are written with it replaced.
ADMIN_ARRAY_DELIM = ";"
_ADMIN_TYPES = {"STRING": "string", "INT64": "long", "DOUBLE": "double", "STRING[]": "string[]", "BOOLEAN": "boolean"}


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
    if fmt == "neo4j-admin":
        return export_neo4j_admin(g, out)
    raise InputError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")


def _admin_cell(value: Any, typ: str) -> Any:
    if value is None:
        return ""
    if typ == "STRING[]":
        items = value if isinstance(value, (list, tuple, set)) else [value]
        return ADMIN_ARRAY_DELIM.join(str(x).replace(ADMIN_ARRAY_DELIM, ",") for x in items)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def export_neo4j_admin(g: nx.MultiDiGraph, out: str | os.PathLike) -> list[Path]:
    """CSV files for ``neo4j-admin database import full`` (one nodes file per label, one relationships
    file per type) plus ``import.sh`` with the exact command. Types come from ``schemas/graph.json``."""
    from kg.schema import load_schema  # noqa: PLC0415

    schema = load_schema()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    args: list[str] = []
    for label, ns in schema.nodes.items():
        props = [k for k in ns.properties if k != ns.key]
        header = [f"{ns.key}:ID"] + [f"{k}:{_ADMIN_TYPES[ns.properties[k]]}" for k in props] + [":LABEL"]
        rows = [[n] + [_admin_cell(d.get(k), ns.properties[k]) for k in props] + [label]
                for n, d in g.nodes(data=True) if d.get("type") == label]
        if not rows:
            continue
        f = out / f"nodes_{label}.csv"
        atomic_write_text(f, _csv_text(header, rows))
        written.append(f)
        args.append(f"--nodes={label}={f.name}")
    for rel, rs in schema.relationships.items():
        props = list(rs.properties)
        header = [":START_ID", ":END_ID", ":TYPE"] + [f"{k}:{_ADMIN_TYPES[rs.properties[k]]}" for k in props]
        rows = [[s, t, k] + [_admin_cell(d.get(p), rs.properties[p]) for p in props]
                for s, t, k, d in g.edges(keys=True, data=True) if k == rel]
        if not rows:
            continue
        f = out / f"rels_{rel}.csv"
        atomic_write_text(f, _csv_text(header, rows))
        written.append(f)
        args.append(f"--relationships={rel}={f.name}")
    script = out / "import.sh"
    atomic_write_text(
        script,
        "#!/usr/bin/env sh\n# Run from this folder on a stopped Neo4j 5 (the target database must not exist yet).\n"
        "neo4j-admin database import full ${1:-neo4j} --overwrite-destination=false "
        f"--array-delimiter='{ADMIN_ARRAY_DELIM}' " + " ".join(args) + "\n",
    )
    written.append(script)
    return written
