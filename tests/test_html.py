"""The map page: offline, escaped, filters and truncation."""
import json
import re

import pytest

from kg.errors import InputError
from kg.graph import build_graph
from kg.sinks.html import find_node, render_html, select_subgraph, write_html

from helpers import small_linking


@pytest.fixture()
def graph():
    return build_graph(small_linking())


def _data(page):
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def test_page_is_self_contained(graph):
    page, stats = render_html(graph)
    assert stats["nodes"] == graph.number_of_nodes() and not stats["truncated"]
    assert not re.search(r'<(?:script|link)[^>]*(?:src|href)="(?:https?:)?//', page)
    assert "vis-network" in page and "new vis.Network" in page
    data = _data(page)
    assert len(data["nodes"]) == graph.number_of_nodes() and len(data["edges"]) == graph.number_of_edges()
    types = {n["kgType"] for n in data["nodes"]}
    assert {"Paper", "Method", "Dataset", "Metric", "Task", "Repository"} <= types
    assert all("x" in n and "y" in n for n in data["nodes"])  # precomputed layout
    ev = next(n for n in data["nodes"] if n["id"] == "dataset:cityscapes")["kgEvidence"][0]
    assert "Cityscapes" in ev["sentence"]


def test_names_are_escaped(graph):
    page, _ = render_html(graph)
    assert "<script>alert(1)</script>" not in page  # only inside JSON, with </ escaped
    data = _data(page)
    assert any(n["label"] == "Sparse routing for segmentation <script>alert(1)</script>" for n in data["nodes"])


def test_focus_and_max_nodes(graph, tmp_path):
    h, note = select_subgraph(graph, focus="cityscapes", hops=1)
    assert "dataset:cityscapes" in h and "paper:a1" in h and "method:sparsenet" not in h
    assert "Neighbourhood of Cityscapes" in note
    h, note = select_subgraph(graph, max_nodes=4)
    assert h.number_of_nodes() == 4 and "4 most connected of" in note
    stats = write_html(graph, tmp_path / "m.html", max_nodes=4)
    assert stats["truncated"] and "most connected" in (tmp_path / "m.html").read_text()
    with pytest.raises(InputError, match="no node named"):
        find_node(graph, "Cityscape")
