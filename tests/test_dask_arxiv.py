"""``kg build --engine dask`` on real arXiv abstracts (Dask equals one process), with the LocalCluster kg
starts itself, and its errors. The seed corpus on a cluster reached by address: tests/test_dask.py."""
from __future__ import annotations

import gzip
import os
import random
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="--engine dask needs dask[distributed] (pip install 'kg[dask]')")

from kg.pipeline import build  # noqa: E402

from conftest import SHARED, needs_shared  # noqa: E402
from helpers import same_build as _same, store_dump  # noqa: E402

pytestmark = pytest.mark.slow

# The arXiv comparison runs on a seeded random sample of the 7.4k abstracts (real text, every part of the
# Dask path: extraction records in, linking and the graph on the workers, several partitions); set
# KG_DASK_ARXIV=all to compare all of them (7 partitions of 1,000; about a minute more).
ARXIV_SAMPLE, ARXIV_SEED = 1500, 16


def arxiv_sample(src: Path, out: Path) -> tuple[Path, int]:
    """``src`` itself (KG_DASK_ARXIV=all), or a file of ARXIV_SAMPLE of its lines drawn with a fixed seed,
    in file order; and the partition size that cuts it into several partitions."""
    if os.environ.get("KG_DASK_ARXIV") == "all":
        return src, 1000
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    keep = sorted(random.Random(ARXIV_SEED).sample(range(len(lines)), ARXIV_SAMPLE))
    out.write_text("".join(lines[i] for i in keep), encoding="utf-8")
    return out, 250


def test_arxiv_abstracts_link_and_graph_on_dask_as_in_one_process(dask_cluster, tmp_path):
    """Real arXiv abstracts of ../shared/data/sota_nfdi4ds (a seeded sample of 1,500, or all 7.4k with
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
                   dask={"scheduler": dask_cluster, "workers": 2, "partition_size": size})
    assert report.engine["graph_partitions"] == -(-one.papers_total // size) > 1
    _same(tmp_path / "one", tmp_path / "dask")
    assert store_dump(tmp_path / "one") == store_dump(tmp_path / "dask")


def test_local_cluster_on_the_example_corpus(tmp_path):
    """Without --scheduler, kg starts (and stops) its own LocalCluster."""
    build(None, tmp_path / "one", html=False, store=False)
    report = build(None, tmp_path / "dask", html=False, store=False,
                   dask={"scheduler": None, "workers": 2, "partition_size": 3})
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
