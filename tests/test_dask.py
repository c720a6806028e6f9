"""``kg build --engine dask`` on a real Dask cluster (2 worker processes, 1 thread each, reached by address
and shared by the module): the graph is the single-process build's, node for node and edge for edge, on the
seeds and on real arXiv abstracts; an interrupted or killed build resumes from its finished shards. Then the
LocalCluster kg starts itself, and the engine's errors."""
from __future__ import annotations

import gzip
import importlib.util
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.engine_dask import GRAPH_DIR, SHARD_DIR
from kg.graph import load_graph
from kg.pipeline import build

from conftest import SHARED, needs_shared
from helpers import same_build as _same, store_dump

REPO = Path(__file__).resolve().parent.parent

# distributed is imported by the cluster fixture and the engine (not at collection, on every worker)
pytestmark = [pytest.mark.slow, pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                                                   reason="--engine dask needs dask[distributed] (pip install 'kg[dask]')")]

# The arXiv comparison runs on a seeded random sample of the 7.4k abstracts (real text, every part of the
# Dask path: extraction records in, linking and the graph on the workers, several partitions); set
# KG_DASK_ARXIV=all to compare all of them (7 partitions of 1,000; a few minutes more).
ARXIV_SAMPLE, ARXIV_SEED, ARXIV_PARTITION = 600, 16, 100


@pytest.fixture(scope="module")
def cluster(dask_cluster):
    """The module's local cluster (conftest.py)."""
    return dask_cluster


@pytest.fixture(scope="module")
def single(seed_build) -> Path:
    """The single-process build of the seeds (graph and store), shared with other tests: read only."""
    return seed_build


@pytest.fixture(scope="module")
def part(seed_build, seed_files, seed_extractions, tmp_path_factory) -> tuple[list[Path], Path]:
    """The first two seed files (300 papers) and a single-process build of them, made from the seed build's
    extraction records of those papers (the papers read from two files are the ones read from five, checked
    here; the records are the single process's records of them: the test below checks that on all five)."""
    from kg.read import read_papers  # noqa: PLC0415

    files = seed_files[:2]
    lines = (seed_build / "extractions.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    by_id = {ex.paper.id: (ex, line) for ex, line in zip(seed_extractions, lines, strict=True)}
    papers = read_papers(files)
    assert len(papers) == 300 and all(by_id[p.id][0].paper == p for p in papers)
    d = tmp_path_factory.mktemp("part")
    (d / "records.jsonl").write_text("".join(by_id[p.id][1] for p in papers), encoding="utf-8")
    build([d / "records.jsonl"], d / "single", html=False, store=False)
    return files, d / "single"


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


def test_a_graph_too_big_for_one_process_goes_to_the_store_only(single, cluster, tmp_path):
    """Above ``graph_max`` papers no process holds the graph: no graph.json, no map, the same store. (The
    input is the single build's extraction records: extraction on the workers is the test above.)"""
    out = tmp_path / "out"
    records = tmp_path / "records.jsonl"
    records.write_bytes((single / "extractions.jsonl").read_bytes())
    report = build([records], out, html=True, store=True,
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


def test_interrupted_build_resumes_from_its_shards(part, cluster, tmp_path):
    files, single = part
    dask = {"scheduler": cluster, "workers": 2, "partition_size": 25}
    done = []

    def progress(label, total):
        def tick(n):
            done.append(n)
            if len(done) == 3:
                raise KeyboardInterrupt
        return tick if label == "extract" else None

    with pytest.raises(KeyboardInterrupt):
        build(files, tmp_path, html=False, store=False, dask=dask, progress=progress)
    assert not (tmp_path / "graph.json").exists()
    finished = list((tmp_path / SHARD_DIR).glob("part-*.jsonl"))
    assert len(finished) >= 3
    report = build(files, tmp_path, html=False, store=False, dask=dask)
    assert report.engine["resumed"] >= 3 and report.engine["partitions"] == 12
    assert report.papers_total == 300
    _same(single, tmp_path)


def test_killed_driver_resumes(part, cluster, tmp_path):
    """SIGKILL the ``kg build`` process once shards exist; the rerun takes them and builds the same graph."""
    files, single = part
    cmd = [sys.executable, "-m", "kg", "build", *map(str, files), "--out", str(tmp_path), "-q", "--no-html",
           "--no-store", "--engine", "dask", "--scheduler", cluster, "--partition-size", "25"]
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
    report = build(files, tmp_path, html=False, store=False,
                   dask={"scheduler": cluster, "workers": 2, "partition_size": 25})
    assert report.engine["resumed"] >= 2
    _same(single, tmp_path)


def arxiv_sample(src: Path, out: Path) -> tuple[Path, int]:
    """``src`` itself (KG_DASK_ARXIV=all), or a file of ARXIV_SAMPLE of its lines drawn with a fixed seed,
    in file order; and the partition size that cuts it into several partitions."""
    if os.environ.get("KG_DASK_ARXIV") == "all":
        return src, 1000
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    keep = sorted(random.Random(ARXIV_SEED).sample(range(len(lines)), ARXIV_SAMPLE))
    out.write_text("".join(lines[i] for i in keep), encoding="utf-8")
    return out, ARXIV_PARTITION


def test_arxiv_abstracts_link_and_graph_on_dask_as_in_one_process(cluster, tmp_path):
    """Real arXiv abstracts of ../shared/data/sota_nfdi4ds (a seeded sample of 600, or all 7.4k with
    KG_DASK_ARXIV=all), extracted once, then linked and built both ways (the Dask build takes the
    extraction records as input: linking and the graph run on the workers, 6 or 7 partitions): the same
    graph and the same store."""
    src = SHARED / "data" / "sota_nfdi4ds" / "papers.jsonl.gz"
    if not src.is_file():
        pytest.skip(needs_shared(src))
    papers, size = arxiv_sample(src, tmp_path / "sample.jsonl")
    one = build([papers], tmp_path / "one", html=False, store=True)
    assert one.papers_total >= 0.9 * ARXIV_SAMPLE  # real abstracts (a few are duplicates or too short)
    records = tmp_path / "records.jsonl"
    records.write_bytes((tmp_path / "one" / "extractions.jsonl").read_bytes())
    report = build([records], tmp_path / "dask", html=False, store=True,
                   dask={"scheduler": cluster, "workers": 2, "partition_size": size})
    assert report.engine["graph_partitions"] == -(-one.papers_total // size) > 1
    assert report.engine["scheduler"] == cluster and report.engine["workers"] == 2  # said even with no extraction
    _same(tmp_path / "one", tmp_path / "dask")
    assert store_dump(tmp_path / "one") == store_dump(tmp_path / "dask")


def test_a_worker_that_cannot_see_the_output_folder_is_refused(cluster, tmp_path):
    from distributed import Client  # noqa: PLC0415

    from kg.engine_dask import check_workers  # noqa: PLC0415
    from kg.errors import InputError  # noqa: PLC0415

    with Client(cluster) as client:
        check_workers(client, tmp_path)  # the same machine: seen
        with pytest.raises(InputError, match="cannot see .*: --out must be on a file system shared"):
            check_workers(client, tmp_path / "not-there")


def test_local_cluster_on_the_example_corpus(tmp_path):
    """Without --scheduler, kg starts (and stops) its own LocalCluster. It is given the example corpus's
    extraction records: its workers link and build the graph without loading spaCy (extraction on the
    workers is tested above; the code is the same whoever started the cluster)."""
    build(None, tmp_path / "one", html=False, store=False)
    records = tmp_path / "records.jsonl"
    records.write_bytes((tmp_path / "one" / "extractions.jsonl").read_bytes())
    report = build([records], tmp_path / "dask", html=False, store=False,
                   dask={"scheduler": None, "workers": 2, "partition_size": 3})
    # a cluster of kg's own: its scheduler runs in this process, beside the two workers it started
    peaks = report.engine["peak_rss_mb"]
    assert "scheduler (in the driver process)" in peaks and sum(k.startswith("worker") for k in peaks) == 2
    assert report.engine["graph_partitions"] > 1
    assert report.engine["scheduler"] == "local" and report.engine["workers"] == 2
    _same(tmp_path / "one", tmp_path / "dask")


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    from click.testing import CliRunner  # noqa: PLC0415

    from kg.cli import main  # noqa: PLC0415
    from kg.errors import InputError  # noqa: PLC0415

    with pytest.raises(InputError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        build(None, tmp_path / "o", html=False, store=False,
              dask={"scheduler": "tcp://127.0.0.1:9", "workers": 2, "timeout": "1s"})
    assert not (tmp_path / "o").exists()  # checked before the output folder is made
    res = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "p"), "-q", "--scheduler", "tcp://x:1"])
    assert res.exit_code != 0 and "--scheduler needs --engine dask" in res.output


def test_append_of_nothing_new_starts_no_cluster(tmp_path):
    from kg.pipeline import example_corpus  # noqa: PLC0415

    build(None, tmp_path, html=False, store=False)
    report = build([example_corpus()], tmp_path, html=False, store=False, append=True,
                   dask={"scheduler": None, "workers": 2})
    assert report.papers_new == 0 and report.engine["partitions"] == 0
    assert "workers" not in report.engine and "connect_seconds" not in report.engine  # no cluster started
