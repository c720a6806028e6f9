"""Loading a staged embedded store in a child process.

The engine's memory while it loads a large store (its page cache, capped by ``KG_STORE_BUFFER_MB``, plus
its primary-key indexes, which it keeps outside that cap) then adds to nothing else: the building
process keeps only what it held before, and the child's memory is returned to the system when it ends.
A build of 1M abstracts on Dask held 780 MB before loading its store and 2.3 GB while loading it in
the same process.

:func:`load_in_child` runs :meth:`kg.sinks.embedded.StagedStore.load` in a ``spawn`` child (never
``fork``: the parent may hold threads, a Dask client among them). The child reports each loaded bulk
file's rows back for the progress line, then its counts and its own peak resident memory. It dies with
its parent (Linux), so a killed build leaves no process writing a store behind it.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import sys
from typing import Any

from kg.errors import KGError, SinkError

#: Stores of at least this many rows (nodes + relationships) are loaded in a child process
#: (``KG_STORE_CHILD_ROWS`` overrides it; 0 loads every store in a child).
CHILD_ROWS = 1_000_000


def child_rows() -> int:
    raw = os.environ.get("KG_STORE_CHILD_ROWS", "").strip()
    try:
        return int(raw) if raw else CHILD_ROWS
    except ValueError:
        raise SinkError(f"KG_STORE_CHILD_ROWS must be a whole number of rows, got {raw!r}") from None


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent ends (``PR_SET_PDEATHSIG``), then check the parent
    did not end before the request took effect."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # noqa: PLC0415

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no prctl in this libc
        return
    if os.getppid() != parent:
        os._exit(1)


def _peak_rss_mb() -> float:
    """This process's peak resident memory: ``VmHWM`` (Linux), which starts afresh at ``exec``, unlike
    ``ru_maxrss``, which keeps the forked parent's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _child(staged: Any, conn: Any, parent: int) -> None:
    """The child's whole life: load, sending ``("rows", n)`` per bulk file, then ``("done", counts, rss_mb)``
    or ``("error", exception)``."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent hears Ctrl-C and ends this process itself
    staged.progress = lambda n: conn.send(("rows", n))
    try:
        counts = staged.load()
    except KGError as exc:
        conn.send(("error", exc))
    except Exception as exc:  # noqa: BLE001 - anything else still reaches the parent as one line
        conn.send(("error", SinkError(f"embedded store: {type(exc).__name__}: {exc}")))
    else:
        conn.send(("done", counts, _peak_rss_mb()))
    finally:
        conn.close()


def load_in_child(staged: Any) -> dict[str, Any]:
    """:meth:`StagedStore.load` in a child process; returns its counts plus ``loader_peak_rss_mb``.
    A child that ends without a word (killed, out of memory) is one line: :class:`SinkError`."""
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe(duplex=False)
    progress, staged.progress = staged.progress, None
    proc = ctx.Process(target=_child, args=(staged, theirs, os.getpid()), name="kg-store-loader", daemon=True)
    proc.start()
    theirs.close()
    try:
        while True:
            try:
                msg = ours.recv()
            except EOFError:
                proc.join()
                raise SinkError(f"embedded store: the loading process ended with code {proc.exitcode} "
                                "before the store was written") from None
            if msg[0] == "rows":
                if progress:
                    progress(msg[1])
            elif msg[0] == "error":
                raise msg[1]
            else:
                return {**msg[1], "loader_peak_rss_mb": round(msg[2], 1)}
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join()
        ours.close()
        staged.discard()
