"""The sink protocol: ``stage(records) -> Staged``, then ``Staged.commit()`` (or ``abort()``).

``stage`` does everything that needs the graph (it reads :class:`~kg.graph.records.GraphRecords`) and
writes nothing where a reader could see it; ``commit`` makes the result visible in one step (a rename,
a store file renamed into place, a server transaction per batch) and needs the graph no more, so a big
build frees the graph between the two (docs/ARCHITECTURE.md, "Memory in kg build"). ``abort`` removes
whatever was staged. A new sink is one class in one new module (``kg/sinks/parquet.py`` is the example).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Protocol, runtime_checkable

from kg.errors import SinkError, os_error_text
from kg.graph.records import GraphRecords

#: Advanced with a number of items done (tqdm's ``update`` fits); may be None.
Progress = Callable[[int], Any] | None


@runtime_checkable
class Staged(Protocol):
    """Output written aside, waiting to be made visible."""

    def commit(self) -> dict[str, Any]:
        """Make the output visible; returns what was written (paths, counts)."""

    def abort(self) -> None:
        """Remove what was staged (safe to call twice, and after ``commit``)."""


@runtime_checkable
class Sink(Protocol):
    """Where a graph goes. ``name`` labels its progress and its entry in the build report."""

    name: str

    def stage(self, records: GraphRecords, progress: Progress = None) -> Staged:
        """Write what needs the graph aside; nothing is visible before :meth:`Staged.commit`."""


def cannot_write(path: Path, exc: OSError) -> SinkError:
    """The one-line message of a filesystem fault while writing ``path``."""
    return SinkError(f"{path}: cannot write ({os_error_text(exc)})")


def stage_written(target: Path, write: Callable[[Path], Any], records: GraphRecords, progress: Progress = None,
                  *, folder: bool = False) -> "StagedFiles":
    """Stage ``target`` (a file, or a folder with ``folder``) by calling ``write(temporary path)``: a fault
    while writing removes what was written and is one line (:func:`cannot_write`); ``progress`` counts
    every record once it is written."""
    st = StagedFiles()
    tmp = st.reserve(target, folder=folder)
    try:
        write(tmp)
    except OSError as exc:
        st.abort()
        raise cannot_write(target, exc) from exc
    except BaseException:
        st.abort()
        raise
    if progress:
        progress(len(records))
    return st


class StagedFiles:
    """Files written under temporary names beside their targets, renamed into place by :meth:`commit`.

    ``reserve(target)`` returns the temporary path to write ``target`` to. A folder target (csv and
    neo4j-admin exports) is staged as a temporary folder: renamed into place when the target does not
    exist yet, else its files replace the folder's files one by one.

    Examples
    --------
    >>> d = Path(tempfile.mkdtemp())
    >>> st = StagedFiles()
    >>> _ = st.reserve(d / "a.txt").write_text("new")
    >>> (d / "a.txt").exists()
    False
    >>> st.commit()["files"] == [str(d / "a.txt")] and (d / "a.txt").read_text() == "new"
    True
    >>> shutil.rmtree(d)
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []  # (temporary, target)

    def reserve(self, target: Path, folder: bool = False) -> Path:
        target = Path(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if folder:
                tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
            else:
                fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
                os.close(fd)
                tmp = Path(name)
        except OSError as exc:
            raise cannot_write(target, exc) from exc
        self._pending.append((tmp, target))
        return tmp

    def commit(self) -> dict[str, Any]:
        done = []
        try:
            for tmp, target in self._pending:
                if tmp.is_dir():
                    done += _move_folder(tmp, target)
                else:
                    os.chmod(tmp, 0o644)
                    os.replace(tmp, target)
                    done.append(str(target))
        except OSError as exc:
            self.abort()
            raise cannot_write(target, exc) from exc
        self._pending = []
        return {"files": done}

    def abort(self) -> None:
        for tmp, _ in self._pending:
            if tmp.is_dir():
                shutil.rmtree(tmp, ignore_errors=True)
            else:
                tmp.unlink(missing_ok=True)
        self._pending = []


def _move_folder(tmp: Path, target: Path) -> list[str]:
    # nodes files first, then relationships, then the rest (import.sh)
    names = sorted((p.name for p in tmp.iterdir()),
                   key=lambda n: (0 if n.startswith("nodes") else 1 if n.startswith(("edges", "rels")) else 2, n))
    if not target.exists():
        os.chmod(tmp, 0o755)
        os.replace(tmp, target)
    else:
        if not target.is_dir():
            raise SinkError(f"{target}: exists and is not a folder")
        for name in names:
            os.replace(tmp / name, target / name)
        tmp.rmdir()
    return [str(target / n) for n in names]
