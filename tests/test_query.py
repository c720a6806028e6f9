"""Saved queries and output formats on the embedded store."""
import csv
import io
import json

import pytest

from kg.errors import InputError, SinkError
from kg.graph import build_graph
from kg.query import format_table, list_saved, run_query, saved_params, saved_query, to_csv, to_json
from kg.sinks.embedded import write_store

from helpers import small_linking


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("store")
    write_store(build_graph(small_linking()), d)
    return d


def test_saved_queries_are_documented():
    saved = list_saved()
    assert {"top-datasets-per-task", "methods-on-dataset", "proposed-with-code", "metrics-for-task",
            "co-used-datasets", "results-for-dataset"} <= {n for n, _, _ in saved}
    assert all(desc for _, desc, _ in saved)


def test_saved_queries_answer(store):
    def run(name, **p):
        return run_query(saved_query(name), db=store, params=saved_params(name, p))

    assert run("methods-on-dataset", dataset="cityscapes")[1] == [["ResNet-50", 2], ["SparseNet", 1]]
    assert run("metrics-for-task", task="Semantic Segmentation")[1] == [["mIoU", 2]]
    assert run("top-datasets-per-task")[1] == [["semantic segmentation", "Cityscapes", 2]]
    cols, rows = run("proposed-with-code")
    assert rows[0][:2] == ["SparseNet", "https://github.com/example/sparsenet"]
    assert run("results-for-dataset", dataset="Cityscapes")[1][0][:3] == ["mIoU", "80.1%", "SparseNet"]
    with pytest.raises(InputError, match="needs --param dataset"):
        saved_params("results-for-dataset", {})
    with pytest.raises(InputError, match="no saved query"):
        saved_query("nope")


def test_formats(store):
    cols, rows = run_query("MATCH (p:Paper) RETURN p.id AS id, p.title AS title ORDER BY id", db=store)
    table = format_table(cols, rows)
    assert table.splitlines()[0].startswith("id") and table.endswith("(2 rows)")
    assert json.loads(to_json(cols, rows))[1]["title"] == 'A "quoted" study of backbones'
    assert list(csv.reader(io.StringIO(to_csv(cols, rows))))[2][1] == 'A "quoted" study of backbones'


def test_parameters_are_not_code(store):
    evil = "x' OR 1=1 //"
    assert run_query("MATCH (d:Dataset) WHERE d.name = $n RETURN d.name", db=store, params={"n": evil})[1] == []
    with pytest.raises(SinkError, match="query failed"):
        run_query("MATCH (n RETURN n", db=store)
