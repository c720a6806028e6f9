"""The default sink: an embedded, on-disk LadybugDB (Kùzu fork) store that answers Cypher with no server.

The store is a single file ``DIR/store.lbug`` derived from the graph: every build writes a fresh store
with bulk ``COPY ... FROM (LOAD FROM csv ...)`` into a temporary file and renames it into place, so
re-running never duplicates anything and an interrupted write leaves the previous store intact.
"""
from __future__ import annotations

import csv
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError, SinkError, env_number
from kg.graph.records import GraphRecords
from kg.memory import status_mb
from kg.schema import Schema, load_schema
from kg.sinks.base import Progress, cannot_write
from kg.sinks.encode import store_cell

STORE_FILE = "store.lbug"
#: Separator of list items inside one CSV cell (a control character the readers never keep).
LIST_SEP = "\x1f"
#: The bulk files' field separator and quote character: control characters taken out of every cell, so
#: no field ever needs quoting. The engine reads quoted fields (any text with a comma or a quote, in a
#: comma-separated file) about ten times slower than plain ones.
FIELD_SEP = "\x1e"
QUOTE_CHAR = "\x1d"

_CAST = {"STRING": "STRING", "INT64": "INT64", "DOUBLE": "DOUBLE", "STRING[]": "STRING[]", "BOOLEAN": "BOOLEAN"}


#: The most memory (MiB) the engine's page cache takes while kg writes a store (``KG_STORE_BUFFER_MB``
#: overrides it). The engine's own default is 80% of the machine. Writing the store of 100k abstracts
#: needs about 700 MB (a table's open node group is held until it is written); 256 MB fails there.
STORE_BUFFER_MB = 1024


def _buffer_pool_bytes() -> int:
    mb = env_number("KG_STORE_BUFFER_MB", STORE_BUFFER_MB, what="a whole number of MiB")
    return max(mb, 64) * 1024 * 1024


def preload() -> None:
    """Import the engine (see :func:`kg.sinks.html.preload` for why ``kg build`` does it first)."""
    _import_ladybug()


def _import_ladybug():
    try:
        import ladybug  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise SinkError("the embedded store needs the 'ladybug' package: pip install ladybug") from exc
    return ladybug


def store_path(out_dir: str | os.PathLike) -> Path:
    """The store file of a build directory (or the path itself when it names a store file), with
    symbolic links resolved: in a build folder ``store.lbug`` links into the current generation
    (``kg.outdir``), where the engine then keeps any file of its own beside the store."""
    p = Path(out_dir)
    p = p if p.suffix == ".lbug" else p / STORE_FILE
    return Path(os.path.realpath(p)) if p.is_symlink() else p


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


_BAD_CHARS = LIST_SEP + FIELD_SEP + QUOTE_CHAR + "\r\n"


def _cell(value: Any, typ: str) -> str:
    """A bulk-file cell (see :func:`kg.sinks.encode.store_cell`)."""
    return store_cell(value, typ, LIST_SEP, _BAD_CHARS)


def _clean(s: str) -> str:
    for ch in _BAD_CHARS:
        if ch in s:
            s = s.replace(ch, " ")
    return s


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
    return (f"LOAD WITH HEADERS ({cols}) FROM '{_quote_path(path)}' "
            f"(HEADER=true, DELIM='{FIELD_SEP}', QUOTE='{QUOTE_CHAR}', ESCAPE='{QUOTE_CHAR}')")


#: Most rows and characters in one bulk-load file: each ``COPY`` loads one file, so the engine's working
#: memory is bounded by these, not by the size of the graph (one COPY of 100k abstracts peaked near 1 GB).
CHUNK_ROWS = 20_000
CHUNK_CHARS = 8_000_000


class _ChunkedCSV:
    """CSV files of at most ``chunk_rows`` rows and ``chunk_chars`` characters of cells each
    (``<stem>.<n>.csv``), written as rows arrive."""

    def __init__(self, work: Path, stem: str, header: list[str], chunk_rows: int = CHUNK_ROWS,
                 chunk_chars: int = CHUNK_CHARS) -> None:
        self.work, self.stem, self.header = work, stem, header
        self.chunk_rows, self.chunk_chars = chunk_rows, chunk_chars
        self.files: list[Path] = []
        self.file_rows: list[int] = []
        self.rows = 0
        self._fh = None
        self._w = None
        self._in_chunk = 0
        self._chars = 0

    def write(self, row: list[str]) -> None:
        size = sum(map(len, row))
        if self._w is None or self._in_chunk >= self.chunk_rows or self._chars + size > self.chunk_chars:
            self._next()
        self._w.writerow(row)
        self.file_rows[-1] += 1
        self._in_chunk += 1
        self._chars += size
        self.rows += 1

    def _next(self) -> None:
        self.close()
        f = self.work / f"{self.stem}.{len(self.files)}.csv"
        self.files.append(f)
        self.file_rows.append(0)
        self._fh = open(f, "w", encoding="utf-8", newline="")
        # no field is ever quoted (see FIELD_SEP: 8 MB of Paper rows load in 0.81 s all quoted, 0.08 s
        # plain); empty and missing cells both become NULL there, which the projection turns back into
        # empty strings and lists
        self._w = csv.writer(self._fh, delimiter=FIELD_SEP, quotechar=QUOTE_CHAR, quoting=csv.QUOTE_MINIMAL,
                             lineterminator="\n")
        self._w.writerow(self.header)
        self._in_chunk = self._chars = 0

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = self._w = None

    def __getstate__(self) -> dict[str, Any]:
        """Closed, the file list travels to another process (:mod:`kg.sinks.store_loader`)."""
        self.close()
        return self.__dict__


def _quote_path(p: Path) -> str:
    return str(p).replace("\\", "/").replace("'", "\\'")


@contextmanager
def _engine_errors(target: Path) -> Iterator[None]:
    """The engine's errors and filesystem faults while making ``target``, as one-line sink errors."""
    try:
        yield
    except RuntimeError as exc:
        raise SinkError(f"embedded store: {exc}") from exc
    except OSError as exc:
        raise cannot_write(target, exc) from exc


class StagedStore:
    """The bulk files of a store, written from a graph by :func:`stage_store`; :meth:`load` makes the
    store from them. Between the two the graph is no longer needed: a large build drops it first, so
    the engine's memory and the graph's are never both held."""

    def __init__(self, target: Path, work: Path, schema: Schema) -> None:
        self.target, self.work, self.schema = target, work, schema
        self.nodes: dict[str, _ChunkedCSV] = {
            label: _ChunkedCSV(work, f"node_{label}", list(ns.properties)) for label, ns in schema.nodes.items()
        }
        self.rels: dict[tuple[str, str, str], _ChunkedCSV] = {}
        self.progress: Progress = None  # advanced by the rows of each bulk file loaded

    def _write(self, records: GraphRecords, progress: Progress = None) -> None:
        """One pass over the nodes and one over the edges: files per label and per (type, from-label, to-label)."""
        schema = self.schema
        self.progress = progress
        cell, bad = store_cell, _BAD_CHARS
        for n in records.nodes():
            ns = schema.nodes[n.label]
            props = n.props
            self.nodes[n.label].write([_clean(n.id) if k == ns.key else cell(props.get(k), typ, LIST_SEP, bad)
                                       for k, typ in ns.properties.items()])
        for e in records.edges():
            out = self.rels.get(e.group)
            if out is None:
                header = ["from", "to", *schema.relationships[e.type].properties]
                out = self.rels[e.group] = _ChunkedCSV(self.work, f"rel_{e.type}_{e.src_label}_{e.dst_label}", header)
            props = schema.relationships[e.type].properties
            out.write([_clean(e.src), _clean(e.dst), *[cell(e.props.get(k), typ, LIST_SEP, bad) for k, typ in props.items()]])
        self._close()

    def _close(self) -> None:
        for out in (*self.nodes.values(), *self.rels.values()):
            out.close()

    def rows(self) -> int:
        """The staged nodes and relationships."""
        return sum(out.rows for out in (*self.nodes.values(), *self.rels.values()))

    def commit(self) -> dict[str, Any]:
        """The sink protocol's commit: :meth:`load`, reported as ``{"files": [...], "nodes", "relationships"}``.
        A store of :func:`~kg.sinks.store_loader.child_rows` rows or more is loaded in a child process
        (:func:`~kg.sinks.store_loader.load_in_child`), which adds ``loader_peak_rss_mb``."""
        from kg.sinks.store_loader import child_rows, load_in_child  # noqa: PLC0415

        counts = load_in_child(self) if self.rows() >= child_rows() else self.load()
        return {"files": [str(self.target)], **counts}

    def abort(self) -> None:
        self.discard()

    def load(self) -> dict[str, int]:
        """Create the store: the schema's DDL, then one ``COPY`` per bulk file, into a temporary file
        renamed to ``store.lbug`` at the end. Returns counts of nodes and relationships."""
        counts = {"nodes": 0, "relationships": 0}
        try:
            self.load_part(0, counts)
            self.finish()
        finally:
            self.discard()
        return counts

    def copies(self) -> list[tuple[str, str, Path, int]]:
        """Every ``COPY`` of the load in order, nodes first: ``(statement, "nodes" or "relationships",
        bulk file, rows)``."""
        out = []
        for label, csvs in self.nodes.items():
            proj = _projection(self.schema.nodes[label].properties)
            out += [(f"COPY {label} FROM ({_load_from(f, csvs.header)} RETURN {proj})", "nodes", f, n)
                    for f, n in zip(csvs.files, csvs.file_rows)]
        for (rel, a, b), csvs in sorted(self.rels.items()):
            props = self.schema.relationships[rel].properties
            proj = ", ".join(["`from`", "`to`", _projection(props)]) if props else "`from`, `to`"
            out += [(f"COPY {rel} FROM ({_load_from(f, csvs.header)} RETURN {proj}) (from='{a}', to='{b}')",
                     "relationships", f, n) for f, n in zip(csvs.files, csvs.file_rows)]
        return out

    def load_part(self, start: int, counts: dict[str, int], stop_above_mb: float | None = None) -> int | None:
        """Open the store being made (its DDL first when ``start`` is 0) and run :meth:`copies` from
        ``start``, adding to ``counts``; each bulk file goes once loaded. With ``stop_above_mb``, stop
        after the first ``COPY`` that leaves this process's resident memory above it and return the next
        index (:mod:`kg.sinks.store_loader` goes on in a fresh process); None when all are done."""
        lb = _import_ladybug()
        todo = self.copies()
        with _engine_errors(self.target):
            db = lb.Database(str(self.work / STORE_FILE), buffer_pool_size=_buffer_pool_bytes())
            conn = lb.Connection(db)
            try:
                if start == 0:
                    for stmt in ddl(self.schema):
                        conn.execute(stmt)
                for i in range(start, len(todo)):
                    stmt, kind, f, rows = todo[i]
                    conn.execute(stmt)
                    f.unlink()
                    counts[kind] += rows
                    if self.progress:
                        self.progress(rows)
                    if stop_above_mb is not None and i + 1 < len(todo) and (status_mb() or 0.0) > stop_above_mb:
                        return i + 1
                return None
            finally:
                conn.close()
                db.close()

    def finish(self) -> None:
        """Rename the loaded store over ``store.lbug``."""
        with _engine_errors(self.target):
            os.replace(self.work / STORE_FILE, self.target)
            for extra in self.work.glob(STORE_FILE + ".*"):  # e.g. a WAL left beside the file
                extra.unlink()

    def discard(self) -> None:
        """Remove the bulk files (after :meth:`load`, or instead of it; files left open by a failed
        :meth:`_write` are closed first)."""
        self._close()
        shutil.rmtree(self.work, ignore_errors=True)


class EmbeddedStore:
    """The embedded store as a sink: ``stage`` writes the bulk files, ``commit`` loads them into a new
    store file renamed over ``DIR/store.lbug``."""

    name = "store"

    def __init__(self, out_dir: str | os.PathLike, schema: Schema | None = None) -> None:
        self.out_dir, self.schema = out_dir, schema

    def stage(self, records: GraphRecords, progress: Progress = None) -> StagedStore:
        schema = self.schema or records.schema
        target = store_path(self.out_dir)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            work = Path(tempfile.mkdtemp(prefix=".kg-store-", dir=target.parent))
        except OSError as exc:
            raise cannot_write(target, exc) from exc
        staged = StagedStore(target, work, schema)
        try:
            staged._write(records, progress)
        except OSError as exc:
            staged.discard()
            raise cannot_write(target, exc) from exc
        except BaseException:
            staged.discard()
            raise
        return staged


def stage_store(g: nx.MultiDiGraph, out_dir: str | os.PathLike, schema: Schema | None = None) -> StagedStore:
    """Write the bulk files of ``DIR/store.lbug`` from the graph (see :class:`StagedStore`)."""
    schema = schema or load_schema()
    return EmbeddedStore(out_dir, schema).stage(GraphRecords(g, schema))


def write_store(g: nx.MultiDiGraph, out_dir: str | os.PathLike, schema: Schema | None = None) -> dict[str, int]:
    """Write the graph to ``DIR/store.lbug`` with bulk COPY; returns counts of nodes and relationships."""
    return stage_store(g, out_dir, schema).load()


#: Statements a query may not run on a build's store, even one opened read-only: ``CHECKPOINT`` leaves a
#: WAL and a shadow file that block every later read-only open ("recovery pending"), ``COPY ... TO`` and
#: ``EXPORT`` write files, ``INSTALL``/``LOAD`` fetch or load extensions (``LOAD FROM`` reads any file),
#: ``ATTACH``/``USE``/``IMPORT`` open other databases, ``CALL name = value`` changes engine settings.
_REFUSED = re.compile(
    r"(?:^|;)\s*(?:(CHECKPOINT|COPY|EXPORT|IMPORT|INSTALL|LOAD|ATTACH|DETACH\s+DATABASE|USE)(?!\w)|(CALL)\s+\w+\s*=)"
    r"|(?<![.\w$])(LOAD)\s+(?:WITH|FROM)\b", re.I)
#: Quoted text and comments, blanked out before looking for refused statements.
_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
#: Files the engine keeps beside ``store.lbug`` while a write or a checkpoint is in progress.
SIDECARS = (".wal", ".shadow")


def check_read_only(cypher: str) -> None:
    """Raise :class:`SinkError` for a statement that would write a file, change the engine or touch
    another database (see ``_REFUSED``); the engine's read-only mode refuses the other writes itself.

    >>> check_read_only("MATCH (n) WHERE n.load > 1 RETURN n.name AS copy, 'LOAD' AS x")
    >>> check_read_only("MATCH (n) RETURN n; CHECKPOINT")
    Traceback (most recent call last):
    ...
    kg.errors.SinkError: refused: CHECKPOINT is not allowed in a query on the embedded store (it is opened read-only)
    """
    m = _REFUSED.search(blank_literals(cypher))
    if m:
        word = " ".join((m.group(1) or m.group(2) or m.group(3)).split()).upper()
        word = "CALL ... =" if word.startswith("CALL") else word
        raise SinkError(f"refused: {word} is not allowed in a query on the embedded store (it is opened read-only)")


def blank_literals(cypher: str) -> str:
    """``cypher`` with its quoted strings, quoted names and comments blanked (to look for keywords)."""
    return _LITERALS.sub(" ", cypher)


def settle(path: Path) -> None:
    """Clear what an earlier session left beside ``store.lbug`` so that it opens read-only again.

    WAL or shadow files older than the store belong to an earlier store that a build replaced: they are
    removed (replaying them would write old pages into the new store). Newer ones are a checkpoint that
    did not finish (earlier kg versions let a read-only ``CHECKPOINT`` through): opening the store
    read-write once completes the recovery the engine asks for.
    """
    cars = [c for c in (path.with_name(path.name + ext) for ext in SIDECARS) if c.exists()]
    if not cars:
        return
    if all(c.stat().st_mtime_ns < path.stat().st_mtime_ns for c in cars):
        for c in cars:
            c.unlink()
        return
    lb = _import_ladybug()
    try:
        lb.Database(str(path)).close()
    except RuntimeError as exc:
        raise SinkError(f"{path}: an unfinished write left the store unreadable ({_one_line(exc)}); "
                        "rebuild it with kg build") from exc


def _one_line(exc: BaseException) -> str:
    """The engine's message on one line ("Parser exception: ..." without the caret drawing)."""
    lines = [x.strip() for x in str(exc).strip().splitlines() if x.strip()]
    return lines[0] if lines else type(exc).__name__


@contextmanager
def connect(out_dir: str | os.PathLike, read_only: bool = True):
    """A connection to the store of a build directory (read-only unless asked; see :func:`settle`).

    The engine's memory (page cache and query results) is capped as when writing (``KG_STORE_BUFFER_MB``):
    a runaway query fails with a message instead of taking the machine's memory."""
    lb = _import_ladybug()
    path = store_path(out_dir)
    if not path.is_file():
        raise InputError(f"{path}: no embedded store here (run `kg build ... --out {path.parent}` first)")
    settle(path)
    try:
        db = lb.Database(str(path), read_only=read_only, buffer_pool_size=_buffer_pool_bytes())
    except RuntimeError as exc:
        raise SinkError(f"{path}: cannot open the embedded store ({_one_line(exc)})") from exc
    conn = lb.Connection(db)
    try:
        yield conn
    finally:
        conn.close()
        db.close()


def run_cypher(out_dir: str | os.PathLike, cypher: str, params: dict[str, Any] | None = None, *,
               limit: int | None = None, timeout: float | None = None) -> tuple[list[str], list[list[Any]]]:
    """Run one Cypher statement on the embedded store, opened read-only; returns ``(columns, rows)``.

    Parameters
    ----------
    limit : fetch at most ``limit + 1`` rows (one more than asked, so a caller can tell that rows were cut)
    timeout : seconds; the engine stops the query (and fetching stops) after that long

    A syntax or binder error raises :class:`SinkError` with the engine's first line; a statement that
    would write (see :func:`check_read_only`) is refused before the store is opened.
    """
    check_read_only(cypher)
    with connect(out_dir) as conn:
        if timeout:
            conn.set_query_timeout(max(1, int(timeout * 1000)))
        return _interruptible(conn, lambda: _fetch(conn, cypher, params, limit, timeout))


def _fetch(conn: Any, cypher: str, params: dict[str, Any] | None, limit: int | None,
           timeout: float | None) -> tuple[list[str], list[list[Any]]]:
    """Run and read one statement (results are computed as they are read, so both may take long)."""
    deadline = time.monotonic() + timeout if timeout else None
    try:
        res = conn.execute(cypher, params or {})
        if isinstance(res, list):  # several statements: keep the last result
            res = res[-1]
        cols = res.get_column_names()
        rows = []
        while res.has_next() and (limit is None or len(rows) <= limit):
            rows.append(res.get_next())
            if deadline is not None and time.monotonic() > deadline:
                raise SinkError(f"query stopped after its --timeout of {timeout:g} s")
    except RuntimeError as exc:
        raise _query_error(exc, timeout) from exc
    return cols, rows


def _interruptible(conn: Any, work: Any) -> Any:
    """``work()`` in a thread while this one waits in Python, so Ctrl-C is always seen at once (a signal
    that lands while the engine starts a query could otherwise wait for the query's end); on Ctrl-C the
    engine's query is interrupted and KeyboardInterrupt goes on to the caller."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["out"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            box["exc"] = exc

    t = threading.Thread(target=run, name="kg-query", daemon=True)
    t.start()
    try:
        while t.is_alive():
            t.join(0.1)
    except KeyboardInterrupt:
        conn.interrupt()
        t.join(5)
        raise
    if "exc" in box:
        raise box["exc"]
    return box["out"]


def _query_error(exc: RuntimeError, timeout: float | None) -> SinkError:
    if timeout and "interrupted" in str(exc).lower():
        return SinkError(f"query stopped after its --timeout of {timeout:g} s")
    line = _one_line(exc)
    if "buffer pool is full" in line:
        mb = _buffer_pool_bytes() // (1024 * 1024)
        return SinkError(f"the query needs more than the store's {mb} MB of memory (KG_STORE_BUFFER_MB): "
                         "add a LIMIT or a narrower MATCH, or raise KG_STORE_BUFFER_MB")
    if line.startswith("Parser exception:"):
        return SinkError(f"Cypher syntax error: {line.split(':', 1)[1].strip()}")
    missing = re.search(r"Cannot find property (\w+)", line)
    if missing and any(missing.group(1) in n.properties for n in load_schema().nodes.values()):
        return SinkError(f"query failed: {line} (kg's schema has it; this store, written by an earlier kg, lacks it: "
                         "rebuild it with kg build or kg load)")
    return SinkError(f"query failed: {line}")
