"""``kg build --engine dask`` on a real Dask cluster (2 worker processes, 1 thread each): the graph is the
single-process build's, node for node and edge for edge, and an interrupted or killed build resumes from
its finished shards."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="--engine dask needs dask[distributed] (pip install 'kg[dask]')")

from kg.engine_dask import GRAPH_DIR, SHARD_DIR  # noqa: E402
from kg.graph import load_graph  # noqa: E402
from kg.pipeline import build  # noqa: E402

from helpers import same_build as _same, store_dump  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster(dask_cluster):
    """The module's local cluster (conftest.py)."""
    return dask_cluster


@pytest.fixture(scope="module")
def single(seed_build) -> Path:
    """The single-process build of the seeds (graph and store), shared with other tests: read only."""
    return seed_build


def test_dask_build_equals_single_process(seed_files, single, cluster, tmp_path):
    report = build(seed_files, tmp_path, html=False, store=True,
                   dask={"scheduler": cluster, "workers": 2, "partition_size": 100})
    _same(single, tmp_path)
    nodes, rels = store_dump(single)
    assert store_dump(tmp_path) == (nodes, rels) and len(nodes) > 2500 and len(rels) > 4500
    eng = report.engine
    assert eng["workers"] == 2 and eng["partitions"] == 6 and eng["resumed"] == 0
    assert eng["graph_partitions"] == 6 and report.graph == json.loads((single / "build_report.json").read_text())["graph"]
    assert not (tmp_path / SHARD_DIR).exists() and not (tmp_path / GRAPH_DIR).exists()  # committed: gone
    assert len([k for k in eng["peak_rss_mb"] if k.startswith("worker")]) == 2


def test_a_graph_too_big_for_one_process_goes_to_the_store_only(seed_files, single, cluster, tmp_path):
    """Above ``graph_max`` papers no process holds the graph: no graph.json, no map, the same store."""
    out = tmp_path / "out"
    report = build(seed_files, out, html=True, store=True,
                   dask={"scheduler": cluster, "workers": 2, "partition_size": 100, "graph_max": 500},
                   exports=[("neo4j-admin", tmp_path / "admin"), ("parquet", tmp_path / "pq")])
    assert not (out / "graph.json").exists() and not (out / "graph.html").exists()
    assert report.graph["skipped"].startswith("json, html not written: 517 papers is more than 500")
    assert store_dump(out) == store_dump(single)
    assert (out / "extractions.jsonl").read_bytes() == (single / "extractions.jsonl").read_bytes()
    # the exports, streamed from the partitions, hold the single-process graph's rows
    from kg.sinks.exports import export_graph  # noqa: PLC0415

    g = load_graph(single)
    export_graph(g, "neo4j-admin", tmp_path / "admin1")
    export_graph(g, "parquet", tmp_path / "pq1")
    names = sorted(p.name for p in (tmp_path / "admin1").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "admin").iterdir()) and "nodes_Paper.csv" in names
    for name in names:
        a, b = ((d / name).read_text().splitlines() for d in (tmp_path / "admin1", tmp_path / "admin"))
        assert a[:1] == b[:1] and sorted(a) == sorted(b), name
    assert sorted(report.exports["neo4j-admin"]) == sorted(str(tmp_path / "admin" / n) for n in names)
    import pyarrow.parquet as pq  # noqa: PLC0415

    for f in (tmp_path / "pq1").iterdir():
        a, b = (pq.read_table(d / f.name) for d in (tmp_path / "pq1", tmp_path / "pq"))
        assert a.schema == b.schema
        rows = [sorted(map(repr, t.to_pylist())) for t in (a, b)]
        assert rows[0] == rows[1], f.name


def test_interrupted_build_resumes_from_its_shards(seed_files, single, cluster, tmp_path):
    dask = {"scheduler": cluster, "workers": 2, "partition_size": 50}
    done = []

    def progress(label, total):
        def tick(n):
            done.append(n)
            if len(done) == 3:
                raise KeyboardInterrupt
        return tick if label == "extract" else None

    with pytest.raises(KeyboardInterrupt):
        build(seed_files, tmp_path, html=False, store=False, dask=dask, progress=progress)
    assert not (tmp_path / "graph.json").exists()
    finished = list((tmp_path / SHARD_DIR).glob("part-*.jsonl"))
    assert len(finished) >= 3
    report = build(seed_files, tmp_path, html=False, store=False, dask=dask)
    assert report.engine["resumed"] >= 3 and report.engine["partitions"] == 11
    assert report.papers_total == 517
    _same(single, tmp_path)


def test_killed_driver_resumes(seed_files, single, cluster, tmp_path):
    """SIGKILL the ``kg build`` process once shards exist; the rerun takes them and builds the same graph."""
    cmd = [sys.executable, "-m", "kg", "build", *map(str, seed_files), "--out", str(tmp_path), "-q", "--no-html",
           "--no-store", "--engine", "dask", "--scheduler", cluster, "--partition-size", "40"]
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shards = tmp_path / SHARD_DIR
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and len(list(shards.glob("part-*.jsonl"))) < 2:
        time.sleep(0.05)
    assert proc.poll() is None, "the build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (tmp_path / "graph.json").exists()
    report = build(seed_files, tmp_path, html=False, store=False,
                   dask={"scheduler": cluster, "workers": 2, "partition_size": 40})
    assert report.engine["resumed"] >= 2
    _same(single, tmp_path)


def test_a_worker_that_cannot_see_the_output_folder_is_refused(cluster, tmp_path):
    from distributed import Client  # noqa: PLC0415

    from kg.engine_dask import check_workers  # noqa: PLC0415
    from kg.errors import InputError  # noqa: PLC0415

    with Client(cluster) as client:
        check_workers(client, tmp_path)  # the same machine: seen
        with pytest.raises(InputError, match="cannot see .*: --out must be on a file system shared"):
            check_workers(client, tmp_path / "not-there")
