"""Memory housekeeping of ``kg build`` (docs/ARCHITECTURE.md, "Memory in kg build")."""
from __future__ import annotations


def preload_sinks(*, html: bool, store: bool) -> None:
    """Import the sinks' heavy modules before the graph is built (see :func:`kg.sinks.html.preload`):
    modules imported later would land in memory above the graph and keep it from being returned."""
    if html:
        from kg.sinks.html import preload  # noqa: PLC0415

        preload()
    if store:
        from kg.sinks.embedded import preload  # noqa: PLC0415

        preload()


def release_memory() -> None:
    """Collect garbage and hand freed heap back to the system (glibc keeps it otherwise), so the
    embedded store's engine does not add its memory on top of a graph that is gone."""
    import gc  # noqa: PLC0415

    gc.collect()
    try:
        import ctypes  # noqa: PLC0415

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def status_mb(field: str = "VmRSS") -> float | None:
    """A memory line of ``/proc/self/status`` in MiB (``VmRSS`` now, ``VmHWM`` the peak since ``exec``);
    None where there is no such file (not Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None
