"""File exports of a graph, each a sink (``stage`` -> ``commit``): node-link JSON, GraphML, CSV
(nodes.csv + edges.csv) and the CSV files of ``neo4j-admin database import``.

Every value goes through :mod:`kg.sinks.encode`: structured values (node and edge ``evidence``) are JSON
text in GraphML and in both CSV forms, edge evidence as ``[{"field", "start", "end"}]``.
"""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from kg.errors import InputError
from kg.graph.io import graph_to_json, write_node_link
from kg.graph.records import GraphRecords
from kg.sinks.base import Progress, StagedFiles, cannot_write, stage_written
from kg.sinks.encode import admin_cell, flat_value

FORMATS = ("json", "graphml", "csv", "neo4j-admin", "parquet")

#: neo4j-admin's default array delimiter; list items containing it are written with it replaced.
ADMIN_ARRAY_DELIM = ";"
_ADMIN_TYPES = {"STRING": "string", "INT64": "long", "DOUBLE": "double", "STRING[]": "string[]", "BOOLEAN": "boolean"}


def _open(path: Path, **kw: Any):
    try:
        return open(path, "w", encoding="utf-8", **kw)
    except OSError as exc:
        raise cannot_write(path, exc) from exc


def _write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> int:
    n = 0
    with _open(path, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for row in rows:
            w.writerow(row)
            n += 1
    return n


class JsonExport:
    """node-link JSON (``networkx.node_link_data(g, edges="edges")``). ``indent=None`` streams it
    compactly record by record (``graph.json`` of a build); an indent builds the document first."""

    name = "json"

    def __init__(self, path: str | os.PathLike, indent: int | None = 1) -> None:
        self.path, self.indent = Path(path), indent

    def stage(self, records: GraphRecords, progress: Progress = None) -> StagedFiles:
        def write(tmp: Path) -> None:
            with _open(tmp) as fh:
                if self.indent is None:
                    write_node_link(records.graph, fh)
                else:
                    json.dump(graph_to_json(records.graph), fh, ensure_ascii=False, indent=self.indent)
        return stage_written(self.path, write, records, progress)


class GraphmlExport:
    """GraphML: every attribute a scalar (structured values as JSON text)."""

    name = "graphml"

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)

    def stage(self, records: GraphRecords, progress: Progress = None) -> StagedFiles:
        g = records.graph
        h = nx.MultiDiGraph()
        h.graph.update({k: flat_value(v) for k, v in g.graph.items()})
        for n in records.nodes():
            h.add_node(n.id, type=n.label, **{k: flat_value(v) for k, v in n.props.items()})
        for e in records.edges():
            h.add_edge(e.src, e.dst, key=e.type, type=e.type, **{k: flat_value(v) for k, v in e.props.items()})

        def write(tmp: Path) -> None:
            buf = io.BytesIO()
            nx.write_graphml(h, buf, encoding="utf-8")
            tmp.write_bytes(buf.getvalue())
        return stage_written(self.path, write, records, progress)


class CsvExport:
    """``nodes.csv`` (id, type and every schema property) and ``edges.csv`` (source, target, type,
    count, evidence) in one folder."""

    name = "csv"

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)

    def stage(self, records: GraphRecords, progress: Progress = None) -> StagedFiles:
        schema = records.schema
        keys = list(dict.fromkeys(k for ns in schema.nodes.values() for k in ns.properties if k != ns.key))

        def write(tmp: Path) -> None:
            _write_csv(tmp / "nodes.csv", ["id", "type", *keys],
                       ([n.id, n.label, *(flat_value(n.props.get(k)) for k in keys)] for n in records.nodes()))
            _write_csv(tmp / "edges.csv", ["source", "target", "type", "count", "evidence"],
                       ([e.src, e.dst, e.type, e.props.get("count") or 1, flat_value(e.props.get("evidence"))]
                        for e in records.edges()))
        return stage_written(self.folder, write, records, progress, folder=True)


class AdminExport:
    """CSV files for ``neo4j-admin database import full`` (one nodes file per label, one relationships
    file per type, types from ``schemas/graph.json``) plus ``import.sh`` with the exact command."""

    name = "neo4j-admin"

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)

    def stage(self, records: GraphRecords, progress: Progress = None) -> StagedFiles:
        def write(tmp: Path) -> None:
            args = self._nodes(records, tmp) + self._rels(records, tmp)
            with _open(tmp / "import.sh") as fh:
                fh.write("#!/usr/bin/env sh\n# Run from this folder on a stopped Neo4j 5 (the target database "
                         "must not exist yet).\nneo4j-admin database import full ${1:-neo4j} "
                         f"--overwrite-destination=false --array-delimiter='{ADMIN_ARRAY_DELIM}' "
                         + " ".join(args) + "\n")
        return stage_written(self.folder, write, records, progress, folder=True)

    @staticmethod
    def _nodes(records: GraphRecords, folder: Path) -> list[str]:
        """One pass over the nodes, a file per label (memory stays bounded: rows are written as they come)."""
        schema = records.schema
        files = _CsvFiles(folder)
        with files:
            for n in records.nodes():
                ns = schema.nodes[n.label]
                props = [k for k in ns.properties if k != ns.key]
                w = files.get(f"nodes_{n.label}.csv", lambda: [f"{ns.key}:ID"] + [  # noqa: B023
                    f"{k}:{_ADMIN_TYPES[ns.properties[k]]}" for k in props] + [":LABEL"])  # noqa: B023
                w.writerow([n.id] + [admin_cell(n.props.get(k), ns.properties[k], ADMIN_ARRAY_DELIM) for k in props]
                           + [n.label])
        return [f"--nodes={label}=nodes_{label}.csv" for label in schema.nodes if f"nodes_{label}.csv" in files]

    @staticmethod
    def _rels(records: GraphRecords, folder: Path) -> list[str]:
        """One pass over the relationships, a file per type."""
        schema = records.schema
        files = _CsvFiles(folder)
        with files:
            for e in records.edges():
                rs = schema.relationships[e.type]
                w = files.get(f"rels_{e.type}.csv", lambda: [":START_ID", ":END_ID", ":TYPE"] + [  # noqa: B023
                    f"{k}:{_ADMIN_TYPES[rs.properties[k]]}" for k in rs.properties])  # noqa: B023
                w.writerow([e.src, e.dst, e.type] + [admin_cell(e.props.get(p), rs.properties[p], ADMIN_ARRAY_DELIM)
                                                     for p in rs.properties])
        return [f"--relationships={rel}=rels_{rel}.csv" for rel in schema.relationships if f"rels_{rel}.csv" in files]


class _CsvFiles:
    """CSV writers by file name in one folder, each opened (with its header) on its first row."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._open: dict[str, tuple[Any, Any]] = {}

    def __contains__(self, name: str) -> bool:
        return name in self._open

    def get(self, name: str, header: Any) -> Any:
        got = self._open.get(name)
        if got is None:
            fh = _open(self.folder / name, newline="")
            w = csv.writer(fh)
            w.writerow(header())
            got = self._open[name] = (fh, w)
        return got[1]

    def __enter__(self) -> "_CsvFiles":
        return self

    def __exit__(self, *exc: Any) -> None:
        for fh, _ in self._open.values():
            fh.close()


def export_sink(fmt: str, out: str | os.PathLike):
    """The sink of an export format (see :data:`FORMATS`)."""
    if fmt == "json":
        return JsonExport(out)
    if fmt == "graphml":
        return GraphmlExport(out)
    if fmt == "csv":
        return CsvExport(out)
    if fmt == "neo4j-admin":
        return AdminExport(out)
    if fmt == "parquet":
        from kg.sinks.parquet import ParquetExport  # noqa: PLC0415

        return ParquetExport(out)
    raise InputError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")


def export_graph(g: nx.MultiDiGraph, fmt: str, out: str | os.PathLike) -> list[Path]:
    """Write ``g`` in ``fmt`` to ``out`` (a file for json and graphml, a folder for the others)."""
    sink = export_sink(fmt, out)
    staged = sink.stage(GraphRecords(g))
    return [Path(p) for p in staged.commit()["files"]]
