"""Saved queries and output formats on the embedded store (tests/test_neo4j.py runs the same on Bolt)."""
import csv
import io
import json
from decimal import Decimal

import pytest

from kg.errors import InputError, SinkError
from kg.graph import build_graph
from kg.graph.build import evidence_sentence
from kg.query import (format_table, list_saved, run_query, saved_info, saved_params, saved_query, to_csv,
                      to_json)
from kg.sinks.embedded import write_store

from helpers import ABSTRACT_A, small_linking

TITLE_A = "Sparse routing for segmentation <script>alert(1)</script>"
REPO = "https://github.com/example/sparsenet"
SENTENCE_A = evidence_sentence(ABSTRACT_A, ABSTRACT_A.index("80.1%"), ABSTRACT_A.index("80.1%") + 5)

#: (saved query, parameters, expected rows) on :func:`query_graph`, the same on every backend.
EXPECTED = [
    ("top-datasets-per-task", {}, [["semantic segmentation", "Cityscapes", 2], ["semantic segmentation", "ADE20K", 1]]),
    ("top-datasets-per-task", {"task": "SemSeg"}, [["semantic segmentation", "Cityscapes", 2],
                                                   ["semantic segmentation", "ADE20K", 1]]),
    ("top-datasets-per-task", {"task": "object detection"}, []),
    # SparseNet: a stated result on Cityscapes (paper a1); ResNet-50: used by both papers that evaluate on it
    ("methods-on-dataset", {"dataset": "cs"}, [["SparseNet", 1, 1], ["ResNet-50", 0, 2]]),
    ("methods-on-dataset", {"dataset": "ade20k"}, [["ResNet-50", 0, 1]]),
    ("metrics-for-task", {"task": "Semantic Segmentation"}, [["mIoU", 2]]),
    ("proposed-with-code", {}, [["SparseNet", REPO, TITLE_A, 2024]]),
    ("results-for-dataset", {"dataset": "CITYSCAPES"}, [["mIoU", "80.1%", "SparseNet", TITLE_A, 2024]]),
    ("co-used-datasets", {}, [["ADE20K", "Cityscapes", 1]]),
    ("leaderboard", {"dataset": "cs"}, [["mIoU", "", "SparseNet", "80.1%", 80.1, False, TITLE_A, 2024, SENTENCE_A]]),
    ("leaderboard", {"dataset": "Cityscapes", "metric": "MIOU", "task": "semseg"},
     [["mIoU", "", "SparseNet", "80.1%", 80.1, False, TITLE_A, 2024, SENTENCE_A]]),
    ("leaderboard", {"dataset": "Cityscapes", "metric": "FID"}, []),
    ("sota-timeline", {"dataset": "cityscapes"}, [["mIoU", "", 2024, "80.1%", 80.1, "SparseNet", TITLE_A]]),
    ("top-entities", {"type": "dataset"}, [["Cityscapes", "dataset:cityscapes", 2], ["ADE20K", "dataset:ade20k", 1]]),
    ("top-entities", {}, [["Cityscapes", "dataset:cityscapes", 2], ["ResNet-50", "method:resnet-50", 2],
                          ["mIoU", "metric:miou", 2], ["semantic segmentation", "task:semantic-segmentation", 2],
                          ["ADE20K", "dataset:ade20k", 1], ["SparseNet", "method:sparsenet", 1],
                          ["github.com/example/sparsenet", "repository:github.com-example-sparsenet", 1]]),
]


def query_graph():
    """The two-paper test graph, plus an alias on Cityscapes and the task and a second dataset (ADE20K,
    evaluated on by paper b2) so that every saved query has something to find."""
    g = build_graph(small_linking())
    g.nodes["dataset:cityscapes"]["aliases"] = ["Cityscapes", "CS"]
    g.nodes["task:semantic-segmentation"]["aliases"] = ["semseg"]
    g.add_node("dataset:ade20k", id="dataset:ade20k", type="Dataset", name="ADE20K", aliases=["ADE20K"],
               mention_count=1, paper_count=1, papers=["paper:b2"], evidence=[])
    g.add_edge("paper:b2", "dataset:ade20k", key="EVALUATES_ON", type="EVALUATES_ON", count=1, evidence=[])
    return g


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("store")
    write_store(query_graph(), d)
    return d


def run_saved(name, params, **where):
    return run_query(saved_query(name), params=saved_params(name, params), **where)


def test_saved_queries_are_documented():
    saved = list_saved()
    assert {"top-datasets-per-task", "methods-on-dataset", "proposed-with-code", "metrics-for-task",
            "co-used-datasets", "results-for-dataset"} <= {n for n, _, _ in saved}
    for name, desc, params in saved:
        info = saved_info(name)
        assert desc and len(desc) > 30 and info.cypher.lstrip().upper().startswith(("MATCH", "WITH"))
        assert "//" not in info.cypher  # comments are documentation, not sent
        for p in params:
            assert f"${p}" in info.cypher
    assert saved_info("results-for-dataset").required == ("dataset",)
    assert saved_info("top-datasets-per-task").required == ()


def test_every_saved_query_is_tested():
    assert {n for n, _, _ in list_saved()} == {name for name, _, _ in EXPECTED}


@pytest.mark.parametrize("name,params,rows", EXPECTED, ids=[f"{n}{sorted(p.values())}" for n, p, _ in EXPECTED])
def test_saved_queries_answer_on_embedded_store(store, name, params, rows):
    assert run_saved(name, params, db=store)[1] == rows


def test_saved_query_parameters():
    assert saved_params("top-datasets-per-task", {}) == {"task": ""}
    assert saved_params("results-for-dataset", {"dataset": 2012}) == {"dataset": "2012"}  # `-p dataset=2012`
    with pytest.raises(InputError, match="needs --param dataset"):
        saved_params("results-for-dataset", {})
    with pytest.raises(InputError, match="takes no parameter task"):
        saved_params("results-for-dataset", {"dataset": "x", "task": "y"})
    with pytest.raises(InputError, match="no saved query 'nope'.*co-used-datasets"):
        saved_query("nope")


def test_formats(store):
    cols, rows = run_query("MATCH (p:Paper) RETURN p.id AS id, p.title AS title, p.year AS year ORDER BY id", db=store)
    table = format_table(cols, rows)
    lines = table.splitlines()
    assert lines[0].split() == ["id", "title", "year"] and table.endswith("(2 rows)")
    assert lines[2].startswith("paper:a1") and "2024" in lines[2]
    b2_title = 'A "quoted" study of backbones'
    assert json.loads(to_json(cols, rows)) == [{"id": "paper:a1", "title": TITLE_A, "year": 2024},
                                               {"id": "paper:b2", "title": b2_title, "year": None}]
    assert list(csv.reader(io.StringIO(to_csv(cols, rows)))) == [
        ["id", "title", "year"], ["paper:a1", TITLE_A, "2024"], ["paper:b2", 'A "quoted" study of backbones', ""]]
    assert format_table(["x"], []).endswith("(0 rows)")
    cut = format_table(["t"], [["y" * 100]], max_width=10).splitlines()[2]
    assert cut == "y" * 9 + "…"


def test_values_are_plain_python(store):
    cols, rows = run_query("MATCH (d:Dataset) RETURN sum(d.paper_count) AS s, collect(d.name) AS names", db=store)
    assert rows[0][0] == 3 and not isinstance(rows[0][0], Decimal)
    assert sorted(rows[0][1]) == ["ADE20K", "Cityscapes"]
    _, rows = run_query("MATCH (m:Method {id: 'method:sparsenet'}) RETURN m", db=store)
    node = rows[0][0]
    assert node["_LABEL"] == "Method" and node["name"] == "SparseNet"
    assert json.loads(to_json(["m"], rows))[0]["m"]["id"] == "method:sparsenet"


def test_parameters_are_not_code(store):
    evil = "x' OR 1=1 //"
    assert run_query("MATCH (d:Dataset) WHERE d.name = $n RETURN d.name", db=store, params={"n": evil})[1] == []
    assert run_saved("results-for-dataset", {"dataset": "' OR 1=1 RETURN 1 //"}, db=store)[1] == []
    with pytest.raises(SinkError, match="Cypher syntax error"):
        run_query("MATCH (n RETURN n", db=store)



def test_a_property_the_schema_has_but_an_old_store_lacks_says_rebuild():
    # a store written by an earlier kg has no column for a property a later schema added: the message says so
    from kg.sinks.embedded import _query_error
    err = _query_error(RuntimeError("Binder exception: Cannot find property split for r."), None)
    assert "earlier kg" in str(err) and "rebuild" in str(err)
    err = _query_error(RuntimeError("Binder exception: Cannot find property zorb for m."), None)
    assert "earlier kg" not in str(err) and "zorb" in str(err)  # a user's own typo is not blamed on the store

def test_needs_a_store_or_a_uri(tmp_path):
    with pytest.raises(InputError, match="--db"):
        run_query("RETURN 1")
    with pytest.raises(InputError, match="no embedded store"):
        run_query("RETURN 1", db=tmp_path)


def test_neo4j_docs_match_the_code():
    """docs/neo4j.md lists every saved query, and every `kg ...` option it shows exists."""
    import shlex
    from pathlib import Path

    from kg.cli import main

    doc = (Path(__file__).resolve().parent.parent / "docs" / "neo4j.md").read_text(encoding="utf-8")
    for name, _, _ in list_saved():
        assert f"`{name}`" in doc, name
    shown = 0
    for line in doc.splitlines():
        if not line.startswith("kg "):
            continue
        words = shlex.split(line.split(" #")[0])
        cmd = main.commands[words[1]]
        opts = {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)}
        for w in words[2:]:
            if w.startswith("-"):
                assert w.split("=")[0] in opts, f"{line}: kg {words[1]} has no option {w}"
                shown += 1
    assert shown >= 8
