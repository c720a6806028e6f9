"""kg eval: our scorer agrees with the shared scorer on the dev set."""
import importlib.util

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import normalise, run_eval, score

from conftest import SHARED, needs_shared


def test_normalise():
    assert normalise("The Cityscapes dataset") == "cityscapes"
    assert normalise("Mask R-CNN") == "mask r cnn"


def test_scores_match_the_shared_scorer(dev_papers, tmp_path):
    gold = SHARED / "eval" / "dev_gold.jsonl"
    scorer = SHARED / "eval" / "score.py"
    if not scorer.is_file():
        pytest.skip(needs_shared(scorer))
    spec = importlib.util.spec_from_file_location("shared_score", scorer)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    table, ours = run_eval(gold, [dev_papers])
    out = tmp_path / "dev.jsonl"
    res = CliRunner().invoke(main, ["extract", str(dev_papers), "-o", str(out), "-q"])
    assert res.exit_code == 0
    theirs, _ = mod.score(mod.load(str(gold)), mod.load(str(out)))
    assert ours == theirs
    assert ours["papers_missing_in_pred"] == 0 and "relaxed" in table
    # the extractor is far from empty on the dev set (quality figures are tracked in the issue notes)
    assert ours["relaxed"]["ALL"]["f1"] > 0.5 and ours["repos"]["f1"] > 0.9


def test_score_edge_cases():
    gold = [{"id": "a", "title": "T", "entities": [{"type": "Method", "text": "Vision Transformer", "aliases": ["ViT"]}],
             "repos": ["https://github.com/x/y"], "proposed": ["ViT"]}]
    pred = [{"id": "a", "entities": [{"type": "Method", "text": "ViT"}, {"type": "Method", "text": "ViT"}],
             "repos": ["github.com/x/y/"], "proposed": []}]
    r, _ = score(gold, pred)
    assert r["strict"]["Method"]["tp"] == 1 and r["strict"]["Method"]["pred"] == 1
    assert r["repos"]["tp"] == 1 and r["proposed_relaxed"]["r"] == 0.0
