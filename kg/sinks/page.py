"""The interactive map as a sink: a wrapper around :func:`kg.sinks.html.prepare_map` (``stage``: picks
the part of the graph the page shows) and :func:`kg.sinks.html.write_map` (``commit``: lays it out and
writes the page atomically). The staged part is kept pickled, as one block: objects shared with the
graph would pin the graph's memory after the build frees it."""
from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

from kg.graph.records import GraphRecords
from kg.sinks.base import Progress


class HtmlMap:
    """``graph.html``: at most ``max_nodes`` nodes, the most connected part of the graph."""

    name = "html"

    def __init__(self, path: str | os.PathLike, max_nodes: int | None = 1500) -> None:
        self.path, self.max_nodes = Path(path), max_nodes

    def stage(self, records: GraphRecords, progress: Progress = None) -> "StagedMap":
        from kg.sinks.html import prepare_map  # noqa: PLC0415

        return StagedMap(self.path, pickle.dumps(prepare_map(records.graph, max_nodes=self.max_nodes)), progress)


class StagedMap:
    """The selected part of the graph, waiting to be laid out and written."""

    def __init__(self, path: Path, page: bytes, progress: Progress) -> None:
        self.path, self._page, self.progress = path, page, progress

    def commit(self) -> dict[str, Any]:
        from kg.sinks.html import write_map  # noqa: PLC0415

        stats = write_map(pickle.loads(self._page), self.path)
        self._page = b""
        if self.progress:
            self.progress(1)
        return {"files": [str(self.path)], **stats}

    def abort(self) -> None:
        self._page = b""
