"""Loading a staged embedded store in child processes.

The engine's memory while it loads a large store then adds to nothing else: the building process keeps
only what it held before, and each child's memory goes back to the system when it ends. The engine keeps
more than its page cache (``KG_STORE_BUFFER_MB``): loading the store of 1M synthetic abstracts in one
process grew to 2.3 GB with a 1 GB cache, and kept growing with each ``COPY``. So a child hands over
once it is above :data:`LOADER_MB` after a ``COPY``: it closes the store, and a fresh child opens it
and goes on with the next bulk file.

:func:`load_in_child` runs :meth:`kg.sinks.embedded.StagedStore.load_part` in ``spawn`` children (never
``fork``: the parent may hold threads, a Dask client among them). Each reports every loaded bulk file's
rows back for the progress line, then its counts, where it stopped and its own peak resident memory.
A child dies with its parent (Linux), so a killed build leaves no process writing a store behind it.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import sys
from typing import Any

from kg.errors import KGError, SinkError, env_number
from kg.memory import status_mb

#: Stores of at least this many rows (nodes + relationships) are loaded in a child process
#: (``KG_STORE_CHILD_ROWS`` overrides it; 0 loads every store in a child).
CHILD_ROWS = 1_000_000


#: A loading child hands over to a fresh one once it is above this many MiB (``KG_STORE_LOADER_MB``).
#: The engine keeps more than its page cache: in one process, loading the store of 1M synthetic abstracts
#: grew past 2.2 GB with a 1 GB cache.
LOADER_MB = 1400


def loader_mb() -> float:
    return env_number("KG_STORE_LOADER_MB", LOADER_MB, float, "a number of MiB", SinkError)


def child_rows() -> int:
    return env_number("KG_STORE_CHILD_ROWS", CHILD_ROWS, int, "a whole number of rows", SinkError)


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
    peak = status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _child(staged: Any, conn: Any, parent: int, start: int, stop_above_mb: float) -> None:
    """One child's life: load from copy ``start`` on, sending ``("rows", n)`` per bulk file, then
    ``("end", counts, next copy or None, peak MiB)``, or ``("error", exception)``."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent hears Ctrl-C and ends this process itself
    staged.progress = lambda n: conn.send(("rows", n))
    counts = {"nodes": 0, "relationships": 0}
    try:
        nxt = staged.load_part(start, counts, stop_above_mb)
        if nxt is None:
            staged.finish()
    except KGError as exc:
        conn.send(("error", exc))
    except Exception as exc:  # noqa: BLE001 - anything else still reaches the parent as one line
        conn.send(("error", SinkError(f"embedded store: {type(exc).__name__}: {exc}")))
    else:
        conn.send(("end", counts, nxt, _peak_rss_mb()))
    finally:
        conn.close()


def _run_child(ctx: Any, staged: Any, start: int, stop_above_mb: float, progress: Any) -> tuple:
    """Start one child at copy ``start`` and relay its progress; returns its ``("end", ...)`` message.
    A child that ended well is given time to close the store; any other way out ends it at once."""
    ours, theirs = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(staged, theirs, os.getpid(), start, stop_above_mb),
                       name="kg-store-loader", daemon=True)
    proc.start()
    theirs.close()
    msg: tuple = ()
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
                return msg
    finally:
        if msg[:1] == ("end",):
            proc.join(timeout=30)  # it has sent its last word (the store is closed) and is exiting
        if proc.is_alive():
            proc.terminate()
            proc.join()
        ours.close()


def load_in_child(staged: Any, stop_above_mb: float | None = None) -> dict[str, Any]:
    """:meth:`StagedStore.load` in child processes; returns its counts plus ``loader_peak_rss_mb`` (the
    largest child's) and ``loader_processes``. A child goes on until a ``COPY`` leaves it above
    ``stop_above_mb`` (:func:`loader_mb`), then closes the store, and the next child opens it and goes
    on. A child that ends without a word (killed, out of memory) is one line: :class:`SinkError`."""
    ctx = multiprocessing.get_context("spawn")
    limit = loader_mb() if stop_above_mb is None else stop_above_mb
    progress, staged.progress = staged.progress, None
    counts, peak, n, start = {"nodes": 0, "relationships": 0}, 0.0, 0, 0
    try:
        while start is not None:
            _, part, start, rss = _run_child(ctx, staged, start, limit, progress)
            counts = {k: counts[k] + part[k] for k in counts}
            peak, n = max(peak, rss), n + 1
    finally:
        staged.discard()
    return {**counts, "loader_peak_rss_mb": round(peak, 1), "loader_processes": n}
