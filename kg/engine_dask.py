"""``kg build --engine dask``: extraction on a Dask cluster, in shards that survive an interruption.

The driver reads the inputs (the readers merge duplicates, the build state drops papers it already
holds), cuts the paper stream into partitions of ``partition_size`` papers and sends each to the
cluster. A worker extracts its partition with the spaCy pipeline of its process (built once per
worker process, :func:`_pipeline`) and writes the records as JSON lines to
``DIR/.kg/shards/part-<key>.jsonl``: first to a temporary name, then renamed into place, so a shard
that exists is complete. ``<key>`` is a hash of the partition's paper ids, so a rerun over the same
inputs finds the shards it finished before and sends only the others.

The shards are then appended, in input order, to the build's extraction checkpoint, and the build goes
on exactly as the single-process one (linking, graph, sinks: :mod:`kg.pipeline`), so the graph is the
same by construction. The shards are removed once the build is committed.

Workers write into ``DIR``: on a real cluster ``DIR`` must be on a file system every worker and the
driver see (NFS, Lustre, a shared volume); see ``docs/scaling.md``.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import resource
import shutil
import sys
import time
from collections import deque
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from kg.errors import InputError
from kg.models import Paper

#: Shards of a Dask build, under the output folder's metadata folder (kept until the build is committed).
SHARD_DIR = Path(".kg") / "shards"
#: Papers per partition (one task, one shard).
PARTITION_SIZE = 1000

_NLP: dict[int, Any] = {}


def _pipeline() -> Any:
    """The spaCy pipeline of this worker process, built on first use (keyed by pid: never shared across a fork)."""
    pid = os.getpid()
    if pid not in _NLP:
        from kg.extract import build_nlp  # noqa: PLC0415

        _NLP.clear()
        _NLP[pid] = build_nlp()
    return _NLP[pid]


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux reports ``ru_maxrss`` in KB)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kb / (1 << 20 if sys.platform == "darwin" else 1 << 10), 1)


def extract_partition(rows: list[dict[str, Any]], path: str, batch_size: int) -> dict[str, Any]:
    """Run on a worker: extract one partition and write its shard (temporary name, then renamed into place)."""
    from kg.extract import extract_papers  # noqa: PLC0415

    t = time.perf_counter()
    nlp = _pipeline()
    tmp = f"{path}.{os.getpid()}.tmp"
    n = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        for ex in extract_papers((Paper.from_json(r) for r in rows), nlp=nlp, batch_size=batch_size):
            fh.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
            n += 1
    os.replace(tmp, path)
    return {"papers": n, "seconds": time.perf_counter() - t, "pid": os.getpid()}


def shard_name(papers: list[Paper]) -> str:
    """The shard file of a partition: a hash of its paper ids in order (the same papers, the same shard)."""
    h = hashlib.sha1()
    for p in papers:
        h.update(p.id.encode("utf-8") + b"\n")
    return f"part-{h.hexdigest()[:20]}.jsonl"


def _partitions(papers: Iterable[Paper], size: int) -> Iterator[list[Paper]]:
    it = iter(papers)
    while part := list(islice(it, size)):
        yield part


@contextmanager
def connect(scheduler: str | None, workers: int, timeout: str = "20s") -> Iterator[Any]:
    """A Dask client: on the scheduler at ``scheduler`` (given up after ``timeout``), else on a local
    cluster of ``workers`` processes with one thread each (closed on exit)."""
    try:
        from distributed import Client, LocalCluster  # noqa: PLC0415
    except ImportError as exc:
        raise InputError("--engine dask needs Dask: pip install 'kg[dask]'") from exc
    if scheduler:
        try:
            client = Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.WARNING) as cluster, Client(cluster) as client:
        yield client


def check_workers(client: Any, shards: Path) -> None:
    """Refuse a cluster whose workers run another kg or cannot see the output folder (a clear message
    now rather than a worker's traceback later)."""
    import kg  # noqa: PLC0415

    def probe(path: str) -> tuple[str | None, bool]:  # a closure: sent by value, runs without kg installed
        try:
            import kg as worker_kg  # noqa: PLC0415
            version = worker_kg.__version__
        except ImportError:
            version = None
        return version, os.path.isdir(path)

    for addr, (version, sees) in client.run(probe, str(shards)).items():
        if version != kg.__version__:
            raise InputError(f"Dask worker {addr} has kg {version or 'not installed'}, this is kg {kg.__version__}: "
                             "install the same kg on every worker")
        if not sees:
            raise InputError(f"Dask worker {addr} cannot see {shards}: --out must be on a file system shared "
                             "by the workers and this machine")


def cluster_peaks(client: Any) -> dict[str, float]:
    """Peak resident memory (MB) of every worker process and of the scheduler, as they report it."""
    peaks = {f"worker {addr}": mb for addr, mb in client.run(peak_rss_mb).items()}
    sched = client.run_on_scheduler(peak_rss_mb)
    same = client.run_on_scheduler(os.getpid) == os.getpid()
    peaks["scheduler" + (" (in the driver process)" if same else "")] = sched
    return peaks


def extract_on_dask(state: Any, papers: Iterable[Paper], out: Path, *, scheduler: str | None = None,
                    workers: int = 2, batch_size: int = 64, partition_size: int = PARTITION_SIZE,
                    progress: Callable[[int], Any] | None = None, timeout: str = "20s") -> dict[str, Any]:
    """Extract ``papers`` on a Dask cluster into the build state ``state`` (a :class:`kg.build_state.BuildState`
    opened with ``with state:``), reusing the finished shards of an interrupted run.

    Returns what the engine did: partitions sent and resumed, workers, seconds to connect (or start the
    local cluster) and to extract, the peak memory of each worker process and of the scheduler.
    """
    shards = out / SHARD_DIR
    shards.mkdir(parents=True, exist_ok=True)
    for tmp in shards.glob("*.tmp"):  # a worker killed mid-shard
        tmp.unlink(missing_ok=True)
    info: dict[str, Any] = {"engine": "dask", "scheduler": scheduler or "local", "partitions": 0, "resumed": 0}
    papers = iter(papers)
    first = next(papers, None)
    if first is None:  # nothing new to extract: no cluster to start
        return info
    papers = chain([first], papers)
    t0 = time.perf_counter()
    with connect(scheduler, workers, timeout) as client:
        n_workers = max(1, len(client.scheduler_info()["workers"]))
        info["workers"] = n_workers
        check_workers(client, shards)
        info["connect_seconds"] = round(time.perf_counter() - t0, 3)
        t1 = time.perf_counter()
        window: deque[tuple[Path, Any, int]] = deque()
        for part in _partitions(papers, partition_size):
            path = shards / shard_name(part)
            info["partitions"] += 1
            if path.is_file():
                info["resumed"] += 1
                fut = None
            else:
                fut = client.submit(extract_partition, [p.to_json() for p in part], str(path), batch_size,
                                    pure=False)
            window.append((path, fut, len(part)))
            while len(window) > 2 * n_workers:  # bounded: the driver holds a few partitions at a time
                _fold(state, *window.popleft(), progress, info)
        while window:
            _fold(state, *window.popleft(), progress, info)
        info["extract_seconds"] = round(time.perf_counter() - t1, 3)  # the first partition builds each pipeline
        info["peak_rss_mb"] = cluster_peaks(client)
    return info


def _fold(state: Any, path: Path, fut: Any, n: int, progress: Callable[[int], Any] | None,
          info: dict[str, Any]) -> None:
    """Wait for one partition's shard, then append its records to the checkpoint (partitions in input order).
    ``info["worker_seconds"]`` adds up the time workers spent extracting."""
    if fut is not None:
        done = fut.result()
        info["worker_seconds"] = round(info.get("worker_seconds", 0.0) + done["seconds"], 3)
    state.add_file(path)
    if progress:
        progress(n)


def discard_shards(out: Path) -> None:
    """The build is committed: its records are in ``extractions.jsonl``, the shards go."""
    shutil.rmtree(out / SHARD_DIR, ignore_errors=True)
