"""Parquet export (``kg export --format parquet``; needs ``pip install 'kg[parquet]'``): one file per
node label (``nodes_<Label>.parquet``, a column per schema property, typed by the schema) and one per
relationship type (``rels_<TYPE>.parquet``: ``from``, ``to``, ``from_label``, ``to_label``, then the
schema's relationship properties). Lists stay lists of strings; ``evidence`` is JSON text, as in every
other sink (:mod:`kg.sinks.encode`). One pass over the records, written in row groups of
:data:`ROW_GROUP` rows: memory holds a group per file, never a whole label."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kg.errors import SinkError
from kg.graph.records import GraphRecords
from kg.sinks.base import Progress, StagedFiles, stage_written
from kg.sinks.encode import columnar_value


def _arrow():
    try:
        import pyarrow  # noqa: PLC0415
        import pyarrow.parquet  # noqa: F401, PLC0415
    except ImportError as exc:
        raise SinkError("the Parquet export needs pyarrow: pip install 'kg[parquet]'") from exc
    return pyarrow


def _arrow_type(pa: Any, typ: str) -> Any:
    return {"INT64": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
            "STRING[]": pa.list_(pa.string())}.get(typ, pa.string())


class ParquetExport:
    """A folder of Parquet files, written aside and renamed into place on commit."""

    name = "parquet"

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)

    def stage(self, records: GraphRecords, progress: Progress = None) -> StagedFiles:
        pa = _arrow()

        def write(tmp: Path) -> None:
            schema = records.schema
            with _Tables(pa, tmp) as out:
                for n in records.nodes():
                    ns = schema.nodes[n.label]
                    out.add(f"nodes_{n.label}.parquet", ns.properties, {ns.key: n.id, **n.props})
                for e in records.edges():
                    types = {"from": "STRING", "to": "STRING", "from_label": "STRING", "to_label": "STRING",
                             **schema.relationships[e.type].properties}
                    out.add(f"rels_{e.type}.parquet", types,
                            {"from": e.src, "to": e.dst, "from_label": e.src_label, "to_label": e.dst_label, **e.props})
        return stage_written(self.folder, write, records, progress, folder=True)


#: Rows of one Parquet row group: a file is written group by group, so memory holds one group per file.
ROW_GROUP = 50_000


class _Tables:
    """Parquet files written one row group at a time (a file is created with its first row)."""

    def __init__(self, pa: Any, folder: Path, group: int = ROW_GROUP) -> None:
        self.pa, self.folder, self.group = pa, folder, group
        self._files: dict[str, tuple[Any, dict[str, str], list[dict[str, Any]]]] = {}

    def add(self, name: str, types: dict[str, str], row: dict[str, Any]) -> None:
        f = self._files.get(name)
        if f is None:
            import pyarrow.parquet as pq  # noqa: PLC0415

            schema = self.pa.schema([(k, _arrow_type(self.pa, t)) for k, t in types.items()])
            f = self._files[name] = (pq.ParquetWriter(self.folder / name, schema), dict(types), [])
        f[2].append(row)
        if len(f[2]) >= self.group:
            self._flush(*f)

    def _flush(self, writer: Any, types: dict[str, str], rows: list[dict[str, Any]]) -> None:
        if rows:
            cols = {k: [columnar_value(r.get(k), t) for r in rows] for k, t in types.items()}
            writer.write_table(self.pa.table(cols, schema=writer.schema))
            rows.clear()

    def __enter__(self) -> "_Tables":
        return self

    def __exit__(self, exc_type: Any, *rest: Any) -> None:
        for f in self._files.values():
            if exc_type is None:
                self._flush(*f)
            f[0].close()
