"""The default sink: an embedded, on-disk LadybugDB (Kùzu fork) store that answers Cypher with no server.

The store is a single file ``DIR/store.lbug`` derived from the graph: every build writes a fresh store
with bulk ``COPY ... FROM (LOAD FROM csv ...)`` into a temporary file and renames it into place, so
re-running never duplicates anything and an interrupted write leaves the previous store intact.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import networkx as nx

from kg.errors import InputError, SinkError
from kg.schema import Schema, load_schema

STORE_FILE = "store.lbug"
#: Separator of list items inside one CSV cell (a control character the readers never keep).
LIST_SEP = "\x1f"

_CAST = {"STRING": "STRING", "INT64": "INT64", "DOUBLE": "DOUBLE", "STRING[]": "STRING[]", "BOOLEAN": "BOOLEAN"}


def _import_ladybug():
    try:
        import ladybug  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise SinkError("the embedded store needs the 'ladybug' package: pip install ladybug") from exc
    return ladybug


def store_path(out_dir: str | os.PathLike) -> Path:
    """The store file of a build directory (or the path itself when it names a store file)."""
    p = Path(out_dir)
    return p if p.suffix == ".lbug" else p / STORE_FILE


def ddl(schema: Schema) -> list[str]:
    """``CREATE NODE TABLE`` / ``CREATE REL TABLE`` statements generated from the schema."""
    stmts = []
    for label, ns in schema.nodes.items():
        cols = ", ".join(f"{name} {_CAST[typ]}" for name, typ in ns.properties.items())
        stmts.append(f"CREATE NODE TABLE {label}({cols}, PRIMARY KEY({ns.key}))")
    for rel, rs in schema.relationships.items():
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rs.pairs)
        props = "".join(f", {name} {_CAST[typ]}" for name, typ in rs.properties.items())
        stmts.append(f"CREATE REL TABLE {rel}({pairs}{props})")
    return stmts


def _cell(value: Any, typ: str) -> str:
    if value is None:
        return ""
    if typ == "STRING[]":
        items = value if isinstance(value, (list, tuple, set)) else [value]
        return LIST_SEP.join(_clean(str(x)) for x in items if str(x))
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return _clean(str(value))


def _clean(s: str) -> str:
    return s.replace(LIST_SEP, " ").replace("\r", " ").replace("\n", " ")


def _projection(props: dict[str, str]) -> str:
    """The RETURN list that turns CSV text cells into typed columns (lists split, numbers cast)."""
    out = []
    for raw, typ in props.items():
        name = f"`{raw}`"
        if typ == "STRING[]":
            out.append(
                f"CASE WHEN {name} IS NULL OR {name} = '' THEN CAST([] AS STRING[]) "
                f"ELSE string_split({name}, '{LIST_SEP}') END"
            )
        elif typ == "STRING":
            out.append(f"CASE WHEN {name} IS NULL THEN '' ELSE {name} END")
        else:
            out.append(f"CAST(nullif({name}, '') AS {typ})")
    return ", ".join(out)


def _load_from(path: Path, columns: list[str]) -> str:
    """``LOAD WITH HEADERS (...) FROM`` with every column read as text (no type sniffing: a JSON cell
    must not be parsed as a struct), cast by :func:`_projection`."""
    cols = ", ".join(f"`{c}` STRING" for c in columns)
    return f"LOAD WITH HEADERS ({cols}) FROM '{_quote_path(path)}' (HEADER=true)"


def _write_csv(path: Path, header: list[str], rows: Iterator[list[str]]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL)
        w.writerow(header)
        for row in rows:
            w.writerow(row)
            n += 1
    return n


def _quote_path(p: Path) -> str:
    return str(p).replace("\\", "/").replace("'", "\\'")


def write_store(g: nx.MultiDiGraph, out_dir: str | os.PathLike, schema: Schema | None = None) -> dict[str, int]:
    """Write the graph to ``DIR/store.lbug`` with bulk COPY; returns counts of nodes and relationships."""
    lb = _import_ladybug()
    schema = schema or load_schema()
    target = store_path(out_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".kg-store-", dir=target.parent))
    tmp_db = work / STORE_FILE
    counts = {"nodes": 0, "relationships": 0}
    try:
        db = lb.Database(str(tmp_db))
        conn = lb.Connection(db)
        for stmt in ddl(schema):
            conn.execute(stmt)
        by_label: dict[str, list[dict]] = {label: [] for label in schema.nodes}
        for _, data in g.nodes(data=True):
            label = data.get("type")
            if label in by_label:
                by_label[label].append(data)
        for label, items in by_label.items():
            if not items:
                continue
            props = schema.nodes[label].properties
            header = list(props)
            f = work / f"node_{label}.csv"
            n = _write_csv(f, header, ([_cell(d.get(k), props[k]) for k in header] for d in items))
            conn.execute(
                f"COPY {label} FROM ({_load_from(f, header)} RETURN {_projection(props)})"
            )
            counts["nodes"] += n
        # relationships, one file per (type, from-label, to-label)
        groups: dict[tuple[str, str, str], list[tuple[str, str, dict]]] = {}
        for src, dst, key, data in g.edges(keys=True, data=True):
            pair = (key, g.nodes[src].get("type"), g.nodes[dst].get("type"))
            if not schema.rel_pair_ok(*pair):
                raise SinkError(f"graph edge ({pair[1]})-[:{pair[0]}]->({pair[2]}) is not in the schema")
            groups.setdefault(pair, []).append((src, dst, data))
        for (rel, a, b), items in sorted(groups.items()):
            props = schema.relationships[rel].properties
            header = ["from", "to", *props]
            f = work / f"rel_{rel}_{a}_{b}.csv"
            n = _write_csv(
                f, header, ([s, d, *(_cell(data.get(k), props[k]) for k in props)] for s, d, data in items)
            )
            proj = ", ".join(["`from`", "`to`", _projection(props)]) if props else "`from`, `to`"
            conn.execute(
                f"COPY {rel} FROM ({_load_from(f, header)} RETURN {proj}) (from='{a}', to='{b}')"
            )
            counts["relationships"] += n
        conn.close()
        db.close()
        os.replace(tmp_db, target)
        for extra in work.glob(STORE_FILE + ".*"):  # e.g. a WAL left beside the file
            extra.unlink()
    except RuntimeError as exc:
        raise SinkError(f"embedded store: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return counts


@contextmanager
def connect(out_dir: str | os.PathLike, read_only: bool = True):
    """A connection to the store of a build directory."""
    lb = _import_ladybug()
    path = store_path(out_dir)
    if not path.is_file():
        raise InputError(f"{path}: no embedded store here (run `kg build ... --out {path.parent}` first)")
    try:
        db = lb.Database(str(path), read_only=read_only)
    except RuntimeError as exc:
        raise SinkError(f"{path}: cannot open the embedded store ({exc})") from exc
    conn = lb.Connection(db)
    try:
        yield conn
    finally:
        conn.close()
        db.close()


def run_cypher(out_dir: str | os.PathLike, cypher: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
    """Run one Cypher statement on the embedded store; returns ``(columns, rows)``.

    A syntax or binder error raises :class:`SinkError` with the engine's message.
    """
    with connect(out_dir) as conn:
        try:
            res = conn.execute(cypher, params or {})
        except RuntimeError as exc:
            raise SinkError(f"query failed: {exc}") from exc
        if isinstance(res, list):  # several statements: keep the last result
            res = res[-1]
        cols = res.get_column_names()
        rows = []
        while res.has_next():
            rows.append(res.get_next())
        return cols, rows
