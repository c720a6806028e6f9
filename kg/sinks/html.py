"""The interactive map: one self-contained HTML file (vis-network inlined, works offline).

pyvis builds the vis-network node and edge records (``pyvis.network.Network``); kg renders them with
its own template (``viz/map.html.j2``: legend, filters, search, evidence on hover) and inlines the
vis-network library that ships inside the pyvis package, so the page fetches nothing from the network.
Positions are precomputed (networkx spring layout) and physics is off, so big graphs render at once.
"""
from __future__ import annotations

import json
import math
import os
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError, SinkError
from kg.graph.io import atomic_write_text

#: colour, vis-network shape, legend swatch class per node type
TYPE_STYLE: dict[str, dict[str, str]] = {
    "Paper": {"color": "#9aa5b1", "shape": "dot", "legend": "dot"},
    "Method": {"color": "#3b82f6", "shape": "dot", "legend": "dot"},
    "Dataset": {"color": "#f59e0b", "shape": "square", "legend": "box"},
    "Metric": {"color": "#10b981", "shape": "triangle", "legend": "triangle"},
    "Task": {"color": "#a855f7", "shape": "diamond", "legend": "diamond"},
    "Repository": {"color": "#ef4444", "shape": "star", "legend": "star"},
    "Result": {"color": "#64748b", "shape": "dot", "legend": "dot"},
}
REL_STYLE: dict[str, dict[str, Any]] = {
    "PROPOSES": {"color": "#dc2626", "dashes": False, "width": 2.5},
    "USES": {"color": "#93c5fd", "dashes": False, "width": 1},
    "EVALUATES_ON": {"color": "#fcd34d", "dashes": False, "width": 1},
    "REPORTS": {"color": "#6ee7b7", "dashes": True, "width": 1},
    "ADDRESSES": {"color": "#d8b4fe", "dashes": False, "width": 1},
    "HAS_CODE": {"color": "#f87171", "dashes": True, "width": 1.5},
    "HAS_RESULT": {"color": "#94a3b8", "dashes": True, "width": 1},
    "OF_METHOD": {"color": "#94a3b8", "dashes": True, "width": 1},
    "ON_DATASET": {"color": "#94a3b8", "dashes": True, "width": 1},
    "MEASURED_BY": {"color": "#94a3b8", "dashes": True, "width": 1},
}


def _asset(name: str) -> str:
    here = Path(__file__).resolve().parent.parent
    for cand in (here / "viz" / name, here.parent / "viz" / name):
        if cand.is_file():
            return cand.read_text(encoding="utf-8")
    return (resources.files("kg") / "viz" / name).read_text(encoding="utf-8")


def _vis_library() -> tuple[str, str]:
    """vis-network's JS and CSS from the installed pyvis package (inlined into the page)."""
    import pyvis  # noqa: PLC0415

    base = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    found = sorted(base.glob("vis-*/vis-network.min.js"))
    if not found:
        raise SinkError(f"vis-network not found in the pyvis package ({base})")
    js = found[-1].read_text(encoding="utf-8")
    css_path = found[-1].with_name("vis-network.css")
    css = css_path.read_text(encoding="utf-8") if css_path.is_file() else ""
    return js, css


def find_node(g: nx.MultiDiGraph, name: str) -> str:
    """The node whose id, name or alias is ``name`` (case-insensitive); InputError with close matches."""
    if name in g:
        return name
    low = name.lower()
    hits = [n for n, d in g.nodes(data=True)
            if str(d.get("name", "")).lower() == low or low in (a.lower() for a in d.get("aliases") or [])]
    if hits:
        return max(hits, key=lambda n: (g.nodes[n].get("paper_count", 0), n))
    from rapidfuzz import process  # noqa: PLC0415

    choices = {n: str(d.get("name", "")) for n, d in g.nodes(data=True) if d.get("type") != "Paper"}
    close = [c[0] for c in process.extract(name, choices, limit=5, score_cutoff=60)]
    hint = f" (close: {', '.join(close)})" if close else ""
    raise InputError(f"no node named {name!r} in the graph{hint}")


def select_subgraph(g: nx.MultiDiGraph, *, focus: str | None = None, hops: int = 1, max_nodes: int | None = None,
                    min_papers: int = 1) -> tuple[nx.MultiDiGraph, str | None]:
    """The part of the graph the page shows, and a note saying what was left out (or None)."""
    notes = []
    h = g
    if focus:
        center = find_node(g, focus)
        keep = set(nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=hops))
        h = g.subgraph(keep)
        notes.append(f"Neighbourhood of {g.nodes[center].get('name', center)} ({hops} hop{'s' if hops != 1 else ''}).")
    if min_papers > 1:
        keep = {n for n, d in h.nodes(data=True)
                if d.get("type") in ("Paper", "Result") or d.get("paper_count", 0) >= min_papers}
        h = h.subgraph(keep)
    total = h.number_of_nodes()
    if max_nodes is not None and total > max_nodes:
        # keep the most connected nodes: entities by papers then degree; papers by degree
        def weight(n: str) -> tuple:
            return (h.degree(n), h.nodes[n].get("paper_count", 0), n)

        ranked = sorted(h.nodes, key=weight, reverse=True)
        keep = set(ranked[:max_nodes])
        h = h.subgraph(keep)
        notes.append(f"Showing the {max_nodes:,} most connected of {total:,} nodes (use kg viz --max-nodes or --focus to see more).")
    return h, " ".join(notes) or None


def _layout(h: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    if h.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(h.to_undirected(as_view=True))
    n = simple.number_of_nodes()
    k = 1.6 / math.sqrt(max(n, 1))
    pos = nx.spring_layout(simple, k=k, iterations=60 if n < 800 else 35, seed=7)
    scale = 90 * math.sqrt(max(n, 1))
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in pos.items()}


def _pyvis_records(h: nx.MultiDiGraph, pos: dict[str, tuple[float, float]]) -> tuple[list[dict], list[dict]]:
    """vis-network records built with pyvis (node/edge option names are pyvis's)."""
    from pyvis.network import Network  # noqa: PLC0415

    net = Network(directed=True, cdn_resources="in_line")
    max_papers = max([d.get("paper_count", 1) for _, d in h.nodes(data=True)] or [1])
    for n, d in h.nodes(data=True):
        t = d.get("type", "Method")
        style = TYPE_STYLE.get(t, TYPE_STYLE["Method"])
        pc = int(d.get("paper_count") or 1)
        size = 8 if t in ("Paper", "Result") else 10 + 30 * math.sqrt(pc / max_papers)
        x, y = pos.get(n, (0.0, 0.0))
        url = d.get("url") or ""
        net.add_node(
            n, label=str(d.get("name") or n)[:80], shape=style["shape"], color=style["color"], size=size, x=x, y=y,
            kgType=t, kgPapers=pc, kgMentions=int(d.get("mention_count") or 0),
            kgAliases=[str(a) for a in (d.get("aliases") or [])][:30], kgUrl=str(url),
            kgEvidence=[{"sentence": e.get("sentence", ""), "text": e.get("text", "")} for e in (d.get("evidence") or [])[:3]],
        )
    for s, t, key, d in h.edges(keys=True, data=True):
        style = REL_STYLE.get(key, {"color": "#cbd5e1", "dashes": False, "width": 1})
        net.add_edge(s, t, title=key, color=style["color"], dashes=style["dashes"], width=style["width"],
                     arrows="to", kgRel=key)
    return net.nodes, net.edges


def render_html(g: nx.MultiDiGraph, *, max_nodes: int | None = 1500, focus: str | None = None, hops: int = 1,
                min_papers: int = 1, title: str | None = None) -> tuple[str, dict[str, Any]]:
    """The page as a string, and stats: nodes/edges written, total, whether truncated."""
    h, note = select_subgraph(g, focus=focus, hops=hops, max_nodes=max_nodes, min_papers=min_papers)
    pos = _layout(h)
    nodes, edges = _pyvis_records(h, pos)
    by_type = Counter(d.get("type") for _, d in h.nodes(data=True))
    by_rel = Counter(k for _, _, k in h.edges(keys=True))
    meta = {
        "papers": sum(1 for _, d in g.nodes(data=True) if d.get("type") == "Paper"),
        "shown_nodes": h.number_of_nodes(), "shown_edges": h.number_of_edges(),
        "total_nodes": g.number_of_nodes(), "note": note,
        "by_type": dict(by_type), "by_rel": dict(by_rel),
        "max_papers": max([d.get("paper_count", 1) for _, d in h.nodes(data=True) if d.get("type") != "Paper"] or [1]),
    }
    options = {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True, "navigationButtons": False},
        "nodes": {"font": {"size": 12, "face": "system-ui"}, "borderWidth": 1},
        "edges": {"smooth": False, "arrows": {"to": {"scaleFactor": 0.4}}},
    }
    data = {"nodes": nodes, "edges": edges, "meta": meta, "options": options,
            "style": {"types": TYPE_STYLE, "rels": REL_STYLE}}
    data_json = json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")
    js, css = _vis_library()
    from jinja2 import Template  # noqa: PLC0415

    page = Template(_asset("map.html.j2"), autoescape=False).render(
        title=_escape(title or "kg knowledge graph"), data_json=data_json, vis_js=js, vis_css=css,
    )
    stats = {"nodes": h.number_of_nodes(), "edges": h.number_of_edges(), "total_nodes": g.number_of_nodes(),
             "truncated": bool(note and "most connected" in note)}
    return page, stats


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_html(g: nx.MultiDiGraph, path: str | os.PathLike, *, max_nodes: int | None = 1500, focus: str | None = None,
               hops: int = 1, min_papers: int = 1, title: str | None = None) -> dict[str, Any]:
    """Write the map to ``path`` (atomically); returns the stats of :func:`render_html`."""
    page, stats = render_html(g, max_nodes=max_nodes, focus=focus, hops=hops, min_papers=min_papers, title=title)
    atomic_write_text(Path(path), page)
    return stats
