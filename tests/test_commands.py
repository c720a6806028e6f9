"""`kg eval` and `kg export` through the CLI, on sentences written for these tests."""
import json

from click.testing import CliRunner

from kg.cli import main

from test_build_state import write_records

PAPERS = [
    {"id": "e1", "title": "Sparse routing for image classification",
     "abstract": "We train ResNet-50 on ImageNet and report top-1 accuracy. Code: https://github.com/example/sparse"},
    {"id": "e2", "title": "Matching video objects",
     "abstract": "We evaluate on DAVIS with the J&F score, comparing with ResNet-50 backbones."},
]
GOLD = [
    {"id": "e1", "title": PAPERS[0]["title"], "repos": ["https://github.com/example/sparse"], "proposed": [],
     "entities": [{"type": "Method", "text": "ResNet-50"}, {"type": "Dataset", "text": "ImageNet"},
                  {"type": "Metric", "text": "top-1 accuracy"}, {"type": "Task", "text": "image classification"}]},
    {"id": "e2", "title": PAPERS[1]["title"], "repos": [], "proposed": [],
     "entities": [{"type": "Dataset", "text": "DAVIS"}, {"type": "Method", "text": "ResNet-50"}]},
]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_kg_eval(tmp_path):
    gold, papers = _jsonl(tmp_path / "gold.jsonl", GOLD), _jsonl(tmp_path / "papers.jsonl", PAPERS)
    res = CliRunner().invoke(main, ["eval", str(gold), str(papers), "--json"])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.stdout)
    assert figures["papers_missing_in_pred"] == 0
    assert figures["repos"]["tp"] == 1 and figures["repos"]["f1"] == 1.0
    assert figures["relaxed"]["Dataset"]["tp"] == 2 and figures["relaxed"]["ALL"]["gold"] == 6
    table = CliRunner().invoke(main, ["eval", str(gold), str(papers), "--show-errors", "5"])
    assert table.exit_code == 0 and "relaxed" in table.output
    bad = CliRunner().invoke(main, ["eval", str(tmp_path / "missing.jsonl"), str(papers)])
    assert bad.exit_code != 0 and bad.output.count("\n") == 1


def test_kg_export_every_format(tmp_path):
    out = tmp_path / "b"
    assert CliRunner().invoke(main, ["build", str(write_records(tmp_path / "a.jsonl", range(3))), "--out", str(out),
                                     "-q", "--no-html", "--no-store"]).exit_code == 0
    for fmt, target in (("json", "g.json"), ("graphml", "g.graphml"), ("csv", "csv"), ("neo4j-admin", "adm"),
                        ("parquet", "pq")):
        res = CliRunner().invoke(main, ["export", str(out), "--format", fmt, "-o", str(tmp_path / target)])
        assert res.exit_code == 0, (fmt, res.output)
        assert (tmp_path / target).exists()
