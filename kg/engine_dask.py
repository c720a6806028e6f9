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


class LazyClient:
    """The Dask client of one build, connected (or its local cluster started) on first use, so one
    cluster serves extraction, linking and the graph, and an append with nothing new starts none."""

    def __init__(self, scheduler: str | None, workers: int, timeout: str = "20s") -> None:
        self.scheduler, self.workers, self.timeout = scheduler, workers, timeout
        self._cm: Any = None
        self._client: Any = None

    def get(self) -> Any:
        if self._client is None:
            cm = connect(self.scheduler, self.workers, self.timeout)
            self._client = cm.__enter__()
            self._cm = cm
        return self._client

    def __enter__(self) -> "LazyClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._cm is not None:
            cm, self._cm, self._client = self._cm, None, None
            cm.__exit__(*exc)


@contextmanager
def _client(client: Any, scheduler: str | None, workers: int, timeout: str) -> Iterator[Any]:
    """``client`` when given (the build's, maybe a :class:`LazyClient`), else a new connection."""
    if client is not None:
        yield client.get() if isinstance(client, LazyClient) else client
        return
    with connect(scheduler, workers, timeout) as c:
        yield c


def extract_on_dask(state: Any, papers: Iterable[Paper], out: Path, *, client: Any = None,
                    scheduler: str | None = None, workers: int = 2, batch_size: int = 64,
                    partition_size: int = PARTITION_SIZE, progress: Callable[[int], Any] | None = None,
                    timeout: str = "20s", **_: Any) -> dict[str, Any]:
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
    with _client(client, scheduler, workers, timeout) as client:
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


# -- linking and the graph, per partition ------------------------------------------------------------
#: Per-partition graph files of a Dask build (under the output folder; removed with the shards).
GRAPH_DIR = Path(".kg") / "graph"
#: Largest build (papers) whose ``graph.json`` and map the driver writes: both need the whole graph in
#: one process. Above it the build has the store (and any Neo4j load) only, and says so in its report.
GRAPH_JSON_MAX = 50_000


def write_records(files: Iterable[Path], path: Path, size: int,
                  skip: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Copy the build's extraction records (each paper once, in order, but those of ids in ``skip``: the
    earlier arXiv versions of a paper, :attr:`kg.build_state.BuildState.superseded`) to ``path`` (the
    generation's ``extractions.jsonl``) and cut them into partitions of ``size`` records:
    ``(byte offset, records)``. Only each record's id is parsed."""
    seen: set[str] = set(skip)
    ranges: list[tuple[int, int]] = []
    start = offset = n = 0
    with open(path, "wb") as out:
        for f in files:
            with open(f, "rb") as fh:
                for line in fh:
                    if not line.strip():
                        continue
                    pid = json.loads(line)["id"]
                    if pid in seen:
                        continue
                    seen.add(pid)
                    line = line if line.endswith(b"\n") else line + b"\n"
                    out.write(line)
                    offset += len(line)
                    n += 1
                    if n == size:
                        ranges.append((start, n))
                        start, n = offset, 0
    if n:
        ranges.append((start, n))
    return ranges


def read_range(path: str, offset: int, n: int) -> Iterator[Any]:
    """The ``n`` extraction records of ``path`` from byte ``offset`` (one partition)."""
    from kg.models import Extraction  # noqa: PLC0415

    with open(path, "rb") as fh:
        fh.seek(offset)
        for _ in range(n):
            line = fh.readline()
            if not line:
                return
            yield Extraction.from_json(json.loads(line))


def summarise_partition(path: str, offset: int, n: int) -> Any:
    """Run on a worker: the link summary of one partition (:mod:`kg.link.summary`)."""
    from kg.link import Resolver  # noqa: PLC0415

    return Resolver().summarise(read_range(path, offset, n))


def graph_partition(path: str, offset: int, n: int, table: Any, prefix: str) -> dict[str, Any]:
    """Run on a worker: link one partition with the corpus's table and write its graph files."""
    from kg.graph.partition import write_partition  # noqa: PLC0415

    t = time.perf_counter()
    out = write_partition(table, read_range(path, offset, n), prefix)
    out["seconds"] = time.perf_counter() - t
    return out


def _in_order(client: Any, calls: Iterable[tuple], n_workers: int) -> Iterator[Any]:
    """Submit ``(function, *args)`` calls, at most two per worker in flight; results in call order."""
    window: deque[Any] = deque()
    for fn, *args in calls:
        window.append(client.submit(fn, *args, pure=False))
        while len(window) > 2 * n_workers:
            yield window.popleft().result()
    while window:
        yield window.popleft().result()


def graph_on_dask(client: Any, files: list[Path], gen: Path, out: Path, *, partition_size: int = PARTITION_SIZE,
                  existing: dict | None = None, meta: dict[str, Any],
                  progress: Callable[[str, int], Any] | None = None,
                  skip: Iterable[str] = ()) -> tuple[Any, Any, dict[str, Any]]:
    """Link and build a Dask build's graph: summaries on the workers, merged and clustered here into
    the link table, which every worker gets once and applies to its partitions, writing their graph files.
    The records of the ids in ``skip`` (earlier arXiv versions of a paper the build holds) are left out.

    Returns the :class:`~kg.graph.partition.PartitionedRecords`, the linker's counts and what the engine did.
    """
    from kg.build_state import EXTRACTIONS_FILE  # noqa: PLC0415
    from kg.graph.partition import PartitionedRecords  # noqa: PLC0415
    from kg.link import Resolver  # noqa: PLC0415
    from kg.link.summary import LinkSummary  # noqa: PLC0415

    n_workers = max(1, len(client.scheduler_info()["workers"]))
    check_workers(client, gen)  # workers read the generation's records and write beside them
    t0 = time.perf_counter()
    records = str(gen / EXTRACTIONS_FILE)
    ranges = write_records(files, Path(records), partition_size, skip)
    meta = {**meta, "papers": sum(n for _, n in ranges)}
    info: dict[str, Any] = {"workers": n_workers, "graph_partitions": len(ranges),
                            "records_seconds": round(time.perf_counter() - t0, 3)}
    t = time.perf_counter()
    summary = LinkSummary()
    tick = progress("link", sum(n for _, n in ranges)) if progress else None
    for (_, n), part in zip(ranges, _in_order(client, ((summarise_partition, records, o, n) for o, n in ranges),
                                               n_workers)):
        summary.update(part)
        if tick:
            tick(n)
    table, stats = Resolver().cluster(summary, existing)
    del summary
    info["link_seconds"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    shared = client.scatter(table, broadcast=True, hash=False)
    table.node_eid, table.index_eid = {}, {}  # the workers have them; the driver merges entities only
    folder = out / GRAPH_DIR
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    prefixes = [str(folder / f"part-{i:06d}") for i in range(len(ranges))]
    tick = progress("graph", sum(n for _, n in ranges)) if progress else None
    calls = ((graph_partition, records, o, n, shared, p) for (o, n), p in zip(ranges, prefixes))
    for (_, n), _done in zip(ranges, _in_order(client, calls, n_workers)):
        if tick:
            tick(n)
    info["graph_seconds"] = round(time.perf_counter() - t, 3)
    del shared
    return PartitionedRecords(prefixes, table.entities, meta), stats, info


def discard_graph(out: Path) -> None:
    """The build is committed (or failed): the per-partition graph files go."""
    shutil.rmtree(out / GRAPH_DIR, ignore_errors=True)
