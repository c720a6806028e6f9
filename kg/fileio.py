"""Atomic file writes, with no heavy imports: the pipeline's report, the map page, graph.json and the pattern
cache are all written next to their target and renamed over it, so an interrupted write leaves the old file."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_open(path: Path):
    """A text file handle whose content replaces ``path`` only when the block completes: an interrupted
    write leaves the old file (written next to it, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_open`)."""
    with atomic_open(Path(path)) as fh:
        fh.write(text)
