"""Parquet export (``kg export --format parquet``; needs ``pip install 'kg[parquet]'``): one file per
node label (``nodes_<Label>.parquet``, a column per schema property, typed by the schema) and one per
relationship type (``rels_<TYPE>.parquet``: ``from``, ``to``, ``from_label``, ``to_label``, then the
schema's relationship properties). Lists stay lists of strings; ``evidence`` is JSON text, as in every
other sink (:mod:`kg.sinks.encode`)."""
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
            for label, ns in records.schema.nodes.items():
                types = dict(ns.properties)
                rows = [{ns.key: n.id, **n.props} for n in records.nodes() if n.label == label]
                self._write(pa, tmp / f"nodes_{label}.parquet", types, rows)
            for rel, rs in records.schema.relationships.items():
                types = {"from": "STRING", "to": "STRING", "from_label": "STRING", "to_label": "STRING",
                         **rs.properties}
                rows = [{"from": e.src, "to": e.dst, "from_label": e.src_label, "to_label": e.dst_label, **e.props}
                        for e in records.edges() if e.type == rel]
                self._write(pa, tmp / f"rels_{rel}.parquet", types, rows)
        return stage_written(self.folder, write, records, progress, folder=True)

    @staticmethod
    def _write(pa: Any, path: Path, types: dict[str, str], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        schema = pa.schema([(k, _arrow_type(pa, t)) for k, t in types.items()])
        cols = {k: [columnar_value(r.get(k), t) for r in rows] for k, t in types.items()}
        import pyarrow.parquet as pq  # noqa: PLC0415

        pq.write_table(pa.table(cols, schema=schema), path)
