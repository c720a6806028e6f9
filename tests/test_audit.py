"""kg audit: the four lists on a hand-made graph, the command's text and JSON, and its errors."""
from __future__ import annotations

import json

import networkx as nx
from click.testing import CliRunner

from kg.audit import (audit, bad_repositories, duplicates, inside_word_spans, junk_nodes, shared_names,
                      variant_key)
from kg.cli import main
from kg.graph.io import save_graph

TEXT = ("We train on nuScenes and report results. The new method is simple and the results are strong. "
        "Scenes of streets are hard, and the results show it. We report results on large scale data. "
        + "A large scale study needs a large scale budget. " * 3)


def _entity(g, nid, etype, name, papers=1, evidence=()):
    g.add_node(nid, id=nid, type=etype, name=name, aliases=[], paper_count=papers, mention_count=papers,
               papers=["paper:p"], evidence=list(evidence))


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("paper:p", id="paper:p", type="Paper", name="P", title="P", abstract=TEXT)
    i = TEXT.index("Scenes of")
    _entity(g, "dataset:scenes", "Dataset", "Scenes", 3,
            [{"paper": "paper:p", "field": "abstract", "start": i, "end": i + 6, "text": "Scenes", "sentence": ""}])
    _entity(g, "dataset:webfoo", "Dataset", "WebFoo", 9)
    _entity(g, "method:webfoo", "Method", "WebFoo", 2)
    _entity(g, "method:categories-including", "Method", "categories including", 4)
    _entity(g, "metric:significant-gain", "Metric", "significant gain", 5)
    _entity(g, "dataset:large-scale", "Dataset", "large scale", 2)
    _entity(g, "method:intro", "Method", "INTRODUCTION", 2,
            [{"paper": "paper:p", "field": "abstract", "start": 0, "end": 2, "text": "We",
              "sentence": "DEEP LEARNING FOR EVERYTHING: INTRODUCTION"}])
    _entity(g, "method:gan", "Method", "Generative Adversarial Net", 7)
    _entity(g, "method:gan-2", "Method", "generative adversarial networks", 40)
    _entity(g, "method:psnr", "Metric", "PSNR", 30)
    _entity(g, "metric:psnr-long", "Metric", "peak signal noise ratio", 3)
    _entity(g, "metric:psnr", "Metric", "PSNR", 30)
    _entity(g, "method:resnet", "Method", "ResNet", 30)
    _entity(g, "method:resnext", "Method", "ResNeXt", 30)
    for nid, url in [("repository:github.com", "https://github.com"), ("repository:github.com/owner", "https://github.com/owner"),
                     ("repository:github.com/a/b", "https://github.com/a/b"), ("repository:github.com/a/c-", "https://github.com/a/c-")]:
        g.add_node(nid, id=nid, type="Repository", name=url, url=url, host="github.com")
        g.add_edge("paper:p", nid, key="HAS_CODE", type="HAS_CODE")
    return g


def test_shared_names_and_duplicates():
    g = small_graph()
    assert [r["name"] for r in shared_names(g)] == ["webfoo"]
    dups = {(d["how"], tuple(d["ids"])) for d in duplicates(g)}
    assert ("normalised", ("method:gan", "method:gan-2")) in dups
    assert ("acronym", ("metric:psnr", "metric:psnr-long")) in dups
    assert not any("method:resnext" in ids for _, ids in dups)  # coined names are not spelling variants
    assert variant_key("Non-Maximal Suppression") == variant_key("non-maximum suppression")


def test_junk_signals():
    g = small_graph()
    reasons = {j["id"]: j["reasons"] for j in junk_nodes(g)}
    assert "inside-word" not in reasons.get("dataset:scenes", [])  # "Scenes of streets" is a whole word here
    assert reasons["method:categories-including"] == ["function-word-edge"]
    assert reasons["metric:significant-gain"] == ["evaluative"]
    assert reasons["method:intro"] == ["headline"]
    assert "ordinary-english" in reasons["dataset:large-scale"]
    assert "dataset:webfoo" not in reasons and "method:gan-2" not in reasons
    # the same node cut out of "nuScenes": inside a word
    i = TEXT.index("nuScenes") + 2
    g.nodes["dataset:scenes"]["evidence"] = [{"paper": "paper:p", "field": "abstract", "start": i, "end": i + 6}]
    assert "inside-word" in {j["id"]: j["reasons"] for j in junk_nodes(g)}["dataset:scenes"]


def test_bad_repositories():
    bad = {r["url"]: r["why"] for r in bad_repositories(small_graph())}
    assert bad == {"https://github.com": "bare-host", "https://github.com/owner": "owner-only",
                   "https://github.com/a/c-": "cut-short"}


def test_audit_command(tmp_path):
    save_graph(small_graph(), tmp_path / "graph.json")
    r = CliRunner().invoke(main, ["audit", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert "names shared across types: 1" in r.output and "https://github.com (bare-host, 1 papers)" in r.output
    r = CliRunner().invoke(main, ["audit", str(tmp_path), "--json"])
    data = json.loads(r.output)
    assert data["shared_names"] == 1 and data["bad_repositories"] == 3
    assert data == json.loads(json.dumps(audit(small_graph())))
    r = CliRunner().invoke(main, ["audit", str(tmp_path / "nothing")])
    assert r.exit_code != 0 and r.output.startswith("Error: ") and len(r.output.strip().splitlines()) == 1


def test_a_project_site_is_no_bare_host():
    g = nx.MultiDiGraph()
    for url in ("https://my-method.github.io", "https://gitlab.com", "https://project.example.org"):
        g.add_node(f"repository:{url}", type="Repository", url=url, name=url)
    assert {r["url"] for r in bad_repositories(g)} == {"https://gitlab.com"}


def test_duplicates_by_head_modifier_and_acronym_letters():
    g = nx.MultiDiGraph()
    for nid, etype, name in [("metric:qparams", "Metric", "quokka parameters"),
                             ("metric:trainable-qparams", "Metric", "Trainable Quokka Parameters"),
                             ("metric:top-3", "Metric", "top-3"), ("metric:top-3-accuracy", "Metric", "top-3 accuracy"),
                             ("metric:top-3-error", "Metric", "top-3 error"),
                             ("method:wombat-supervised", "Method", "wombat-supervised"),
                             ("method:wombat-supervised-learning", "Method", "wombat-supervised learning"),
                             ("metric:mqp", "Metric", "mQP"), ("metric:mean-qp", "Metric", "Mean QP"),
                             ("method:lstq", "Method", "LSTQ"), ("method:long-short-term-quokka", "Method", "long short-term quokka"),
                             ("method:semi-wombat", "Method", "semi-supervised wombat"),
                             ("method:self-wombat", "Method", "self-supervised wombat")]:
        _entity(g, nid, etype, name)
    dups = {(d["how"], tuple(d["ids"])) for d in duplicates(g)}
    assert ("head", ("metric:qparams", "metric:trainable-qparams")) in dups
    assert ("head", ("metric:top-3", "metric:top-3-accuracy")) in dups
    assert ("head", ("method:wombat-supervised", "method:wombat-supervised-learning")) in dups
    assert ("acronym", ("metric:mean-qp", "metric:mqp")) in dups
    assert ("acronym", ("method:long-short-term-quokka", "method:lstq")) in dups
    # two heads of one bare name are two things; one prefix changed is another method
    assert not any(set(ids) == {"metric:top-3-accuracy", "metric:top-3-error"} for _, ids in dups)
    assert not any("method:semi-wombat" in ids for _, ids in dups)


def test_a_name_cut_from_a_hyphenated_compound_counts_inside_a_word():
    text = "We adapt the Wave-U-Net to music, beside a pre-trained U-Net and a Multi-Task U-Net."
    g = nx.MultiDiGraph()
    g.add_node("paper:q", id="paper:q", type="Paper", name="Q", title="Q", abstract=text)
    spans = {"cut": text.index("U-Net"), "pre": text.index("trained U-Net") + 8, "multi": text.rindex("U-Net")}
    for key, i in spans.items():
        _entity(g, f"method:{key}", "Method", "U-Net", 1,
                [{"paper": "paper:q", "field": "abstract", "start": i, "end": i + 5}])
    reasons = {j["id"]: j["reasons"] for j in junk_nodes(g)}
    assert "inside-word" in reasons["method:cut"]
    assert "inside-word" not in reasons.get("method:pre", []) + reasons.get("method:multi", [])
    assert inside_word_spans(g) == 1


def test_a_name_before_an_adjective_a_lost_hyphen_glued_to_it_ends_at_a_word_edge():
    text = "Unlike QuokkaNet pipelines, QuokkaNetbased detectors run fast, but a Quokkanetwork is no name."
    g = nx.MultiDiGraph()
    g.add_node("paper:g", id="paper:g", type="Paper", name="G", title="G", abstract=text)
    glued, cut = text.index("QuokkaNetbased"), text.index("Quokkanetwork")
    _entity(g, "method:quokkanet", "Method", "QuokkaNet", 1,
            [{"paper": "paper:g", "field": "abstract", "start": glued, "end": glued + 9}])
    _entity(g, "method:quokka", "Method", "Quokka", 1,
            [{"paper": "paper:g", "field": "abstract", "start": cut, "end": cut + 6}])
    assert inside_word_spans(g) == 1
    reasons = {j["id"]: j["reasons"] for j in junk_nodes(g)}
    assert "inside-word" not in reasons.get("method:quokkanet", [])
    assert "inside-word" in reasons["method:quokka"]
