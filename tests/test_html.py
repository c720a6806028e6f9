"""The map page without a browser: offline, escaped, styled, filtered, truncated, laid out."""
import json
import math
import re

import networkx as nx
import pytest

from kg.errors import InputError, SinkError
from kg.graph import build_graph
from kg.sinks import html as html_sink
from kg.sinks import map_layout
from kg.sinks.html import (REL_STYLE, TYPE_STYLE, find_node, layout, most_connected, render_html, script_json,
                           select_subgraph, write_html)

from conftest_browser import XSS_METHOD, XSS_PAPER, XSS_PAPER_2, contract_graph
from helpers import small_linking


@pytest.fixture()
def graph():
    return contract_graph()


def _data(page):
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


def _nodes(page):
    return {n["id"]: n for n in _data(page)["nodes"]}


def test_page_is_self_contained(graph):
    page, stats = render_html(graph, view="graph")
    assert stats == {"nodes": 16, "edges": 21, "total_nodes": 16, "total_edges": 21, "available": 16,
                     "truncated": False, "focus": None, "view": "graph", "left_out": 0}
    # nothing is fetched: no external script, style sheet, image or font
    assert not re.search(r'<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["\']?(?:https?:)?//', page, re.I)
    assert not re.search(r'src="http|href="http', page)
    assert "@import" not in page and "url(http" not in page
    assert "<link" not in page.lower()
    assert all(" src=" not in tag for tag in re.findall(r"<script[^>]*>", page))
    # vis-network is inlined, with its licence header
    assert "@license" in page and "vis-network" in page and "new vis.Network(" in page
    data = _data(page)
    assert len(data["nodes"]) == 16 and len(data["edges"]) == 21
    assert {n["kgType"] for n in data["nodes"]} == {"Paper", "Method", "Dataset", "Metric", "Task", "Repository", "Result"}
    assert data["options"]["physics"]["enabled"] is False  # positions are precomputed
    assert all(math.isfinite(n["x"]) and math.isfinite(n["y"]) for n in data["nodes"])


def test_text_reaches_the_page_verbatim_and_inert(graph):
    page, _ = render_html(graph, view="graph", title='Map of <b>"things"</b> & co')
    # the only script blocks are the three the template writes: the hostile names cannot close one
    vis_js, _ = html_sink._vis_library()
    assert vis_js in page
    ours = page.replace(vis_js, "")
    assert ours.count("</script>") == 3 and len(re.findall(r"<script\b", ours)) == 3 and "<!--" not in ours
    for bad in ("<script>window.__kgXss", "<img src=x", "<!--<script>"):
        assert bad not in page
    assert "<title>Map of &lt;b&gt;&#34;things&#34;&lt;/b&gt; &amp; co</title>" in page
    nodes = _nodes(page)
    assert nodes["paper:p1"]["kgName"] == XSS_PAPER
    assert nodes["paper:p2"]["kgName"] == XSS_PAPER_2  # quotes and backslashes survive the round trip
    assert nodes["method:evil"]["kgName"] == XSS_METHOD
    assert "line\u2028sep \"q\" \\" in nodes["method:evil"]["kgAliases"]
    assert nodes["method:evil"]["kgEvidence"][0]["t"] == XSS_METHOD
    assert script_json({"a": "</script>&<!--\u2028"}) == '{"a":"\\u003c/script\\u003e\\u0026\\u003c!--\\u2028"}'
    assert json.loads(script_json({"a": "</script>&\u2028"})) == {"a": "</script>&\u2028"}


def test_style_by_type_and_relationship(graph):
    page, _ = render_html(graph, view="graph")
    data = _data(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    # every type its own shape and colour, as the legend says
    assert len({s["shape"] for s in TYPE_STYLE.values()}) == len(TYPE_STYLE)
    assert len({s["color"] for s in TYPE_STYLE.values()}) == len(TYPE_STYLE)
    for n in data["nodes"]:
        assert (n["shape"], n["color"]) == (TYPE_STYLE[n["kgType"]]["shape"], TYPE_STYLE[n["kgType"]]["color"])
    assert data["style"]["types"] == TYPE_STYLE and data["meta"]["by_type"]["Method"] == 3
    # size grows with the number of papers
    assert nodes["method:resnet-50"]["size"] > nodes["dataset:cityscapes"]["size"] > nodes["dataset:kitti"]["size"]
    assert nodes["method:resnet-50"]["kgPapers"] == 3
    # edges: colour and dashes by relationship type
    for e in data["edges"]:
        assert e["color"]["color"] == REL_STYLE[e["kgRel"]]["color"]
        assert e.get("dashes", False) == REL_STYLE[e["kgRel"]]["dashes"]
    proposes = next(e for e in data["edges"] if e["kgRel"] == "PROPOSES")
    uses = next(e for e in data["edges"] if e["kgRel"] == "USES")
    assert (proposes["from"], proposes["to"]) == ("paper:p1", "method:sparsenet")
    assert proposes["width"] > uses["width"] and proposes["color"]["color"] != uses["color"]["color"]
    assert data["meta"]["by_rel"] == {"PROPOSES": 1, "USES": 4, "EVALUATES_ON": 4, "REPORTS": 4, "ADDRESSES": 3,
                                      "HAS_CODE": 1, "HAS_RESULT": 1, "OF_METHOD": 1, "ON_DATASET": 1, "MEASURED_BY": 1}


def test_hover_data_evidence_aliases_urls(graph):
    page, _ = render_html(graph, view="graph")
    data = _data(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    city = nodes["dataset:cityscapes"]
    assert city["kgType"] == "Dataset" and city["kgPapers"] == 2 and city["kgAliases"] == ["CityScapes"]
    assert [e["s"] for e in city["kgEvidence"]] == [
        "SparseNet reaches 80.1% mIoU on Cityscapes with a ResNet-50 backbone.",
        "We evaluate ResNet-50 on Cityscapes and ImageNet."]
    assert {e["t"] for e in city["kgEvidence"]} == {"Cityscapes"}
    assert data["papers"]["paper:p2"]["t"] == XSS_PAPER_2  # the paper each sentence comes from
    assert nodes["paper:p1"]["kgUrl"] == "https://example.org/p1" and nodes["paper:p1"]["kgYear"] == 2024
    assert nodes["paper:p1"]["kgAbstract"].startswith("We propose SparseNet")
    assert nodes["repository:github.com/example/sparsenet"]["kgUrl"] == "https://github.com/example/sparsenet"
    assert nodes["paper:p3"]["kgUrl"] == ""


def test_find_node_by_name_alias_or_id(graph):
    assert find_node(graph, "cityscapes") == "dataset:cityscapes"
    assert find_node(graph, "  RESNET50 ") == "method:resnet-50"
    assert find_node(graph, "Sparse-Net") == "method:sparsenet"
    assert find_node(graph, "dataset:kitti") == "dataset:kitti"
    with pytest.raises(InputError, match=r"no node named 'Cityscape'.*close: Cityscapes"):
        find_node(graph, "Cityscape")
    with pytest.raises(InputError, match=r"no node named 'zzzz' in the graph$"):
        find_node(graph, "zzzz")


def test_focus_writes_the_neighbourhood(graph, tmp_path):
    h, info = select_subgraph(graph, focus="KITTI", hops=1)
    assert set(h) == {"dataset:kitti", "paper:p3"}
    assert info["focus"] == "dataset:kitti" and info["notes"] == ["Neighbourhood of KITTI (1 hop)."]
    h, _ = select_subgraph(graph, focus="KITTI", hops=2)
    assert set(h) == {"dataset:kitti", "paper:p3", "method:resnet-50", "task:depth-estimation", "metric:rmse"}
    stats = write_html(graph, tmp_path / "kitti.html", focus="kitti", hops=2)
    assert stats["nodes"] == 5 and stats["focus"] == "dataset:kitti" and not stats["truncated"]
    page = (tmp_path / "kitti.html").read_text(encoding="utf-8")
    assert "<title>kg map: KITTI</title>" in page
    assert _data(page)["meta"]["focus"] == "dataset:kitti"
    with pytest.raises(InputError, match="close: KITTI"):
        write_html(graph, tmp_path / "x.html", focus="KITI")
    assert not (tmp_path / "x.html").exists()


def test_min_papers_keeps_papers_and_results(graph):
    h, info = select_subgraph(graph, min_papers=2)
    assert set(h) == {"paper:p1", "paper:p2", "paper:p3", "result:p1-0", "method:resnet-50", "dataset:cityscapes",
                      "metric:miou", "task:semantic-segmentation"}
    assert "at least 2 papers" in info["notes"][0]


def test_max_nodes_keeps_the_most_connected_part(graph, tmp_path):
    h, info = select_subgraph(graph, max_nodes=5)
    assert h.number_of_nodes() == 5 and info["truncated"] and info["available"] == 16
    assert "Showing 5 of 16 nodes" in info["notes"][-1]
    assert "method:resnet-50" in h  # the most connected node
    assert nx.is_connected(h.to_undirected())  # best-first: no node cut off from the rest
    # the focus node is always kept, even when others are better connected
    h, info = select_subgraph(graph, focus="ResNet-50", hops=2, max_nodes=3)
    assert "method:resnet-50" in h and h.number_of_nodes() == 3 and nx.is_connected(h.to_undirected())
    stats = write_html(graph, tmp_path / "m.html", max_nodes=4, view="graph")
    assert stats["truncated"] and stats["nodes"] == 4 and stats["available"] == 16
    page = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert "Showing 4 of 16 nodes" in page and len(_data(page)["nodes"]) == 4


def test_most_connected_moves_to_another_component_when_one_is_used_up():
    g = nx.MultiDiGraph()
    g.add_edges_from([("a", "b"), ("a", "c"), ("a", "d"), ("x", "y"), ("x", "z")])
    assert most_connected(g, 4) == {"a", "b", "c", "d"}
    assert most_connected(g, 5) == {"a", "b", "c", "d", "x"}
    assert most_connected(g, 100) == set(g)


def _mean_edge_and_pair_distance(h, pos):
    import itertools

    edge = [math.dist(pos[a], pos[b]) for a, b in h.edges()]
    pair = [math.dist(pos[a], pos[b]) for a, b in itertools.combinations(h, 2)]
    return sum(edge) / len(edge), sum(pair) / len(pair)


def test_layout_is_deterministic_and_spreads_nodes(graph):
    pos = layout(graph)
    assert pos == layout(graph)
    assert set(pos) == set(graph)
    assert len(set(pos.values())) == len(pos)  # no two nodes on top of each other
    edge, pair = _mean_edge_and_pair_distance(graph, pos)
    assert edge < pair  # neighbours are drawn closer than nodes in general


def test_layout_of_bigger_graphs_and_the_sparse_path(monkeypatch):
    g = nx.MultiDiGraph(nx.barabasi_albert_graph(400, 2, seed=1))
    g.add_edges_from([(1000 + i, 2000 + i) for i in range(20)])  # small components are packed beside
    pos = layout(g)
    assert len(pos) == g.number_of_nodes() and all(math.isfinite(c) for p in pos.values() for c in p)
    edge, pair = _mean_edge_and_pair_distance(g.subgraph(range(400)), pos)
    assert edge < 0.6 * pair
    monkeypatch.setattr(map_layout, "DENSE_MAX", 50)  # the near-pairs path used for very big cores
    pos = layout(g)
    assert len(pos) == g.number_of_nodes() and all(math.isfinite(c) for p in pos.values() for c in p)
    edge, pair = _mean_edge_and_pair_distance(g.subgraph(range(400)), pos)
    assert edge < 0.6 * pair


def test_graph_built_by_the_pipeline_stage(tmp_path):
    g = build_graph(small_linking())
    stats = write_html(g, tmp_path / "map.html", view="graph")
    assert stats["nodes"] == g.number_of_nodes() and stats["edges"] == g.number_of_edges()
    data = _data((tmp_path / "map.html").read_text(encoding="utf-8"))
    city = next(n for n in data["nodes"] if n["id"] == "dataset:cityscapes")
    assert city["kgPapers"] == 2 and "Cityscapes" in city["kgEvidence"][0]["s"]


def test_empty_graph_and_unwritable_path(tmp_path):
    stats = write_html(nx.MultiDiGraph(), tmp_path / "empty.html")
    assert stats["nodes"] == 0 and _data((tmp_path / "empty.html").read_text())["nodes"] == []
    (tmp_path / "adir").mkdir()
    with pytest.raises(SinkError, match="cannot write the map"):
        write_html(contract_graph(), tmp_path / "adir")


# -- the overview and the side panel -------------------------------------------------------------------
def test_overview_is_entities_joined_by_co_use(graph):
    page, stats = render_html(graph)
    assert stats["view"] == "overview" and not stats["truncated"]
    data = _data(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert {n["kgType"] for n in nodes.values()} == {"Method", "Dataset", "Metric", "Task", "Repository"}
    co = {frozenset((e["from"], e["to"])): e["kgCount"] for e in data["edges"]}
    assert all(e["kgRel"] == "CO_USED" for e in data["edges"])
    # papers p1 and p2 both use Cityscapes and mIoU; only p3 uses KITTI and RMSE
    assert co[frozenset(("dataset:cityscapes", "metric:miou"))] == 2
    assert co[frozenset(("dataset:kitti", "metric:rmse"))] == 1
    assert frozenset(("dataset:kitti", "dataset:imagenet")) not in co
    assert nodes["method:resnet-50"]["size"] > nodes["dataset:cityscapes"]["size"] > nodes["dataset:kitti"]["size"]
    # every node has a community; the KITTI paper's entities are one group, apart from the others
    comm = {n: rec["kgComm"] for n, rec in nodes.items()}
    assert comm["dataset:kitti"] == comm["metric:rmse"] == comm["task:depth-estimation"] != comm["dataset:cityscapes"]
    assert data["meta"]["communities"] and data["meta"]["communities"][0]["color"] == nodes[
        next(n for n, c in comm.items() if c == 0)]["color"]
    assert page == render_html(graph)[0]  # the same graph gives the same page, layout included


def test_overview_keeps_the_most_used_and_says_how_many_are_left_out(graph):
    page, stats = render_html(graph, max_nodes=3)
    assert stats["nodes"] == 3 and stats["left_out"] == 9 and stats["available"] == 12
    ids = {n["id"] for n in _data(page)["nodes"]}
    assert ids == {"method:resnet-50", "dataset:cityscapes", "metric:miou"}  # 3, 2 and 2 papers
    assert "Showing the 3 most used of 12 entities; 9 left out" in page
    _, stats = render_html(graph, min_papers=2)
    assert stats["nodes"] == 4
    page, stats = render_html(graph, types=["Dataset"])
    assert {n["kgType"] for n in _data(page)["nodes"]} == {"Dataset"} and stats["nodes"] == 3
    assert _data(page)["meta"]["min_papers"] == 1 and _data(render_html(graph, min_papers=2)[0])["meta"]["min_papers"] == 2
    with pytest.raises(InputError, match="unknown map view"):
        render_html(graph, view="papers")


def test_backbone_keeps_each_entitys_strongest_links():
    import numpy as np
    from scipy import sparse

    from kg.sinks.map_overview import backbone

    # entity 0 is used with everything (a hub); 1-2 and 3-4 are pairs that always go together
    counts = np.array([10, 3, 3, 3, 3])
    pairs = sparse.coo_matrix((np.array([3, 3, 3, 3, 3, 3, 1]), (np.array([0, 0, 0, 0, 1, 3, 1]),
                                                                  np.array([1, 2, 3, 4, 2, 4, 3]))), shape=(5, 5))
    kept = {(a, b) for a, b, _ in backbone(counts, pairs, k=1)}
    assert kept == {(1, 2), (3, 4), (0, 1)}  # the pairs; the hub keeps its best link only


def test_panel_data_papers_links_code_years(graph):
    data = _data(render_html(graph)[0])
    nodes = {n["id"]: n for n in data["nodes"]}
    city = nodes["dataset:cityscapes"]
    assert city["kgPaperIds"] == ["paper:p1", "paper:p2"]  # the one with code first, then the newest
    assert city["kgYears"] == [[2023, 1], [2024, 1]]
    assert city["kgRepos"] == [["https://github.com/example/sparsenet", 1]]
    p1 = data["papers"]["paper:p1"]
    assert p1["t"] == XSS_PAPER and p1["u"] == "https://example.org/p1" and p1["y"] == 2024
    assert p1["r"] == ["https://github.com/example/sparsenet"]
    order = [n["id"] for n in data["nodes"]]  # a paper's entities: their positions in the node list
    assert {order[i] for i in p1["e"]} == {"method:sparsenet", "method:resnet-50", "dataset:cityscapes", "metric:miou",
                                           "task:semantic-segmentation", "repository:github.com/example/sparsenet"}
    assert data["papers"]["paper:p2"]["u"] == ""  # a javascript: url is no link
    assert data["meta"]["years"] == [2023, 2024]


@pytest.mark.parametrize(("pid", "attrs", "link", "year"), [
    ("paper:1704.03549v4", {}, "https://arxiv.org/abs/1704.03549v4", 2017),
    ("paper:2101.00001", {"year": 2020}, "https://arxiv.org/abs/2101.00001", 2020),
    ("paper:cs/0112017", {}, "https://arxiv.org/abs/cs/0112017", 2001),
    ("paper:x1", {"source": "arXiv:1905.11946"}, "https://arxiv.org/abs/1905.11946", None),
    ("paper:10.1145/3292500.3330701", {}, "https://doi.org/10.1145/3292500.3330701", None),
    ("paper:W123", {"url": "https://openalex.org/W123", "year": 2019}, "https://openalex.org/W123", 2019),
    ("paper:x2", {"url": "javascript:alert(1)"}, "", None),
    ("paper:1299.12345", {}, "", None),  # month 99: not an arXiv id
    ("paper:seed-17", {"source": "seeds/017.txt"}, "", None),
])
def test_paper_links_from_url_arxiv_id_or_doi(pid, attrs, link, year):
    from kg.sinks.map_panel import paper_link, paper_year

    assert paper_link(pid, attrs) == link
    assert paper_year(pid, attrs) == year


def test_leaderboard_scores_only_best_first(graph):
    from kg.sinks.map_panel import leaderboards

    g = graph.copy()

    def result(rid, method, value, number, **extra):
        g.add_node(rid, id=rid, type="Result", name=rid, value=value, number=number, method=method, dataset="Cityscapes",
                   metric="mIoU", paper="paper:p2", **extra)
        g.add_edge(rid, "dataset:cityscapes", key="ON_DATASET", type="ON_DATASET")

    result("result:a", "A", "70.2%", 70.2)
    result("result:b", "B", "+3.1", 3.1, kind="delta")  # an improvement, not a score: left out
    result("result:c", "C", "x2", 2.0, kind="ratio")
    result("result:d", "D", "85.0%", 85.0, kind="score", higher_is_better=True)
    result("result:e", "E", "n/a", None)
    board = leaderboards(g, {"dataset:cityscapes"})["dataset:cityscapes"]
    assert [r["m"] for r in board] == ["D", "SparseNet", "A", "E"]  # 80.1 is the contract graph's own result
    g.nodes["result:d"]["higher_is_better"] = False
    g.nodes["result:a"]["higher_is_better"] = False
    for rid in ("result:p1-0",):
        g.nodes[rid]["higher_is_better"] = False
    assert [r["m"] for r in leaderboards(g, {"dataset:cityscapes"})["dataset:cityscapes"]] == ["A", "SparseNet", "D", "E"]
    page = render_html(g)[0]
    assert [r["m"] for r in _nodes(page)["dataset:cityscapes"]["kgBoard"]] == ["A", "SparseNet", "D", "E"]


def test_evidence_sentences_once_each(graph):
    g = graph.copy()
    ev = g.nodes["dataset:cityscapes"]["evidence"]
    g.nodes["dataset:cityscapes"]["evidence"] = [ev[0], dict(ev[0]), ev[1]]  # one sentence twice
    city = _nodes(render_html(g)[0])["dataset:cityscapes"]
    assert [e["s"] for e in city["kgEvidence"]] == [ev[0]["sentence"], ev[1]["sentence"]]


def test_kg_viz_options_reach_the_page(graph, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.graph.io import save_graph

    save_graph(graph, tmp_path / "graph.json")
    runner = CliRunner()
    out = tmp_path / "m.html"
    res = runner.invoke(main, ["viz", str(tmp_path), "-o", str(out), "--min-papers", "2", "--type", "dataset",
                               "--type", "Metric"])
    assert res.exit_code == 0, res.output
    data = _data(out.read_text(encoding="utf-8"))
    assert data["meta"]["min_papers"] == 2 and data["meta"]["view"] == "overview"  # the slider starts at 2
    assert {n["id"] for n in data["nodes"]} == {"dataset:cityscapes", "metric:miou"}
    res = runner.invoke(main, ["viz", str(tmp_path), "-o", str(out), "--papers", "--max-nodes", "5"])
    assert res.exit_code == 0 and "11 left out" in res.output
    assert len(_data(out.read_text(encoding="utf-8"))["nodes"]) == 5
    res = runner.invoke(main, ["viz", str(tmp_path), "-o", str(out), "--focus", "KITTI", "--hops", "2"])
    assert res.exit_code == 0 and {n["kgType"] for n in _data(out.read_text(encoding="utf-8"))["nodes"]} >= {"Paper"}
    res = runner.invoke(main, ["viz", str(tmp_path), "-o", str(out), "--focus", "Cityscape"])
    assert res.exit_code != 0 and "close: Cityscapes" in res.output


def test_a_dataset_card_keeps_each_split_on_a_board_of_its_own(graph):
    """Figures on two named splits of one dataset are two boards: each ranked apart, the split on every row
    (a paper's figure on the harder split is not ranked below another's on the easier one)."""
    from kg.sinks.map_panel import leaderboards

    g = graph.copy()
    for rid, method, value, split in [("result:s1", "A", "2.0%", "val-easy"), ("result:s2", "B", "1.5%", "val-easy"),
                                      ("result:s3", "A", "4.0%", "val-hard"), ("result:s4", "B", "4.5%", "val-hard")]:
        g.add_node(rid, id=rid, type="Result", name=rid, value=value, number=float(value[:-1]), method=method,
                   dataset=f"Cityscapes {split}", split=split, metric="error rate", paper="paper:p2",
                   kind="score", higher_is_better=False)
        g.add_edge(rid, "dataset:cityscapes", key="ON_DATASET", type="ON_DATASET")
    board = [(r["k"], r["s"], r["m"]) for r in leaderboards(g, {"dataset:cityscapes"})["dataset:cityscapes"]
             if r["k"] == "error rate"]
    assert board == [("error rate", "val-easy", "B"), ("error rate", "val-easy", "A"),
                     ("error rate", "val-hard", "A"), ("error rate", "val-hard", "B")]
    page = render_html(g)[0]
    assert [r["s"] for r in _nodes(page)["dataset:cityscapes"]["kgBoard"] if r["k"] == "error rate"] == \
        ["val-easy", "val-easy", "val-hard", "val-hard"]
