"""The interactive map: one self-contained HTML file (vis-network inlined, works offline).

How the page is made
--------------------
1. What to show. By default an overview of the field (:mod:`kg.sinks.map_overview`): the most used
   entities, joined by how many papers use them together, coloured by Louvain community; papers are
   listed in the side panel. With ``focus`` (or ``view="graph"``) the graph itself
   (:mod:`kg.sinks.map_select`): a neighbourhood, papers and results as nodes.
2. What the side panel needs (:mod:`kg.sinks.map_panel`): each node's papers with links (input URL,
   arXiv id or DOI), their code, years, and a dataset's leaderboard.
3. Where (:mod:`kg.sinks.map_layout`): positions computed in Python, seeded, so the browser draws
   the graph at once with physics off (a button turns it on).
4. pyvis (:class:`pyvis.network.Network`) builds the vis-network node and edge records; kg adds its
   own fields (``kg*``) and renders them with its own template, ``viz/map.html.j2`` (legend, filters,
   search, labels placed by importance so they never pile up, the side panel), rather than pyvis's:
   pyvis 0.3.2's template loads Bootstrap from a CDN and shows ``title`` tooltips as HTML, where this
   page must work offline and show every name verbatim.
5. vis-network's JS and CSS are read from the copy that ships inside the pyvis package and inlined,
   licence header included (``viz/NOTICE.md``): the page fetches nothing.

All text reaches the page as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and
``&`` escaped, and the page inserts it with ``textContent``: a name like ``<script>`` is shown, never run.

:func:`prepare_map` runs while the graph is in memory and returns a :class:`MapData` that does not
refer to it; :func:`write_map` lays it out and writes the page after the graph is freed.
"""
from __future__ import annotations

import json
import math
import os
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError, SinkError, os_error_text
from kg.fileio import atomic_write_text
from kg.sinks.map_layout import EDGE_PX, layout
from kg.sinks.map_overview import ENTITY_TYPES, auto_min_papers, overview_graph
from kg.sinks.map_panel import leaderboards, node_panel, paper_link, paper_record, paper_year
from kg.sinks.map_select import FIXED_TYPES, find_node, most_connected, select_subgraph

__all__ = ["TYPE_STYLE", "REL_STYLE", "MapData", "prepare_map", "render_map", "render_html", "write_map",
           "write_html", "find_node", "most_connected", "select_subgraph", "layout", "script_json", "preload"]

#: Colour and vis-network shape per node type (every type has its own shape: readable without colour).
TYPE_STYLE: dict[str, dict[str, str]] = {
    "Paper": {"color": "#94a3b8", "shape": "hexagon"},
    "Method": {"color": "#2563eb", "shape": "dot"},
    "Dataset": {"color": "#f59e0b", "shape": "square"},
    "Metric": {"color": "#059669", "shape": "triangle"},
    "Task": {"color": "#9333ea", "shape": "diamond"},
    "Repository": {"color": "#dc2626", "shape": "star"},
    "Result": {"color": "#0d9488", "shape": "triangleDown"},
}
_OTHER_TYPE = {"color": "#64748b", "shape": "dot"}

#: Colour, dash pattern (False = solid) and width per relationship type.
REL_STYLE: dict[str, dict[str, Any]] = {
    "PROPOSES": {"color": "#dc2626", "dashes": False, "width": 2.5},
    "USES": {"color": "#93c5fd", "dashes": False, "width": 1},
    "EVALUATES_ON": {"color": "#fbbf24", "dashes": False, "width": 1},
    "REPORTS": {"color": "#34d399", "dashes": [6, 4], "width": 1},
    "ADDRESSES": {"color": "#c4b5fd", "dashes": False, "width": 1},
    "HAS_CODE": {"color": "#f87171", "dashes": [2, 3], "width": 1.5},
    "HAS_RESULT": {"color": "#5eead4", "dashes": [6, 4], "width": 1},
    "OF_METHOD": {"color": "#93c5fd", "dashes": [2, 3], "width": 1},
    "ON_DATASET": {"color": "#fbbf24", "dashes": [2, 3], "width": 1},
    "MEASURED_BY": {"color": "#34d399", "dashes": [2, 3], "width": 1},
    "CO_USED": {"color": "#b8c2cf", "dashes": False, "width": 1},
}
_OTHER_REL = {"color": "#cbd5e1", "dashes": False, "width": 1}


#: Colours of the biggest communities on the overview (the others: COMMUNITY_OTHER).
COMMUNITY_COLOURS = ["#2563eb", "#ea580c", "#16a34a", "#dc2626", "#9333ea", "#0891b2", "#ca8a04", "#db2777",
                     "#4d7c0f", "#7c3aed", "#0f766e", "#b45309"]
COMMUNITY_OTHER = "#94a3b8"

#: Node types drawn at a fixed small size (one paper each): the size of the others grows with paper_count.
_FIXED_SIZE = {"Paper": 9.0, "Result": 7.0}
MIN_SIZE, MAX_SIZE = 6.0, 44.0
OVERVIEW_SIZE = (5.0, 30.0)
#: Evidence sentences and aliases kept per node on the page; characters of a label and an abstract.
PAGE_EVIDENCE = 3
PAGE_ALIASES = 20
LABEL_CHARS = 40
ABSTRACT_CHARS = 320
VIEWS = ("overview", "graph")
#: The overview's spring layout computes every pair's repulsion up to this many nodes (see map_layout).
OVERVIEW_DENSE_MAX = 2000
#: ... and pulls every node to the centre this hard (no stragglers: the first view fits them all).
OVERVIEW_GRAVITY = 0.2


def preload() -> None:
    """Import what rendering a page needs. ``kg build`` calls this before it builds a large graph, so
    these modules' long-lived objects are not scattered through the graph's memory (which then could
    not be handed back to the system once the graph is freed)."""
    import jinja2  # noqa: F401, PLC0415
    import numpy  # noqa: F401, PLC0415
    import scipy.sparse  # noqa: F401, PLC0415
    import scipy.spatial  # noqa: F401, PLC0415

    _network_class()


class _NoNotebook:
    """Stands in for ``IPython.display.IFrame`` in pyvis: kg never shows a page in a notebook."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise SinkError("pyvis was imported by kg without IPython: it cannot show a page in a notebook")


def _network_class() -> type:
    """pyvis's ``Network`` class, imported without IPython when IPython is not loaded yet.

    ``pyvis.network`` imports ``IPython.display.IFrame`` at its top, only for showing a page in a notebook,
    which kg never does; importing IPython costs 0.3-0.9 s per process. So while pyvis is first imported, two
    placeholder modules stand in for ``IPython`` and ``IPython.display``; they are taken out of
    ``sys.modules`` right after, so a later ``import IPython`` loads the real one. Inside IPython (a notebook,
    where it is loaded already) pyvis is imported as usual.
    """
    import sys  # noqa: PLC0415
    import types  # noqa: PLC0415

    if "pyvis.network" in sys.modules or "IPython" in sys.modules:
        from pyvis.network import Network  # noqa: PLC0415

        return Network
    package, display = types.ModuleType("IPython"), types.ModuleType("IPython.display")
    display.IFrame = _NoNotebook  # type: ignore[attr-defined]
    package.display = display  # type: ignore[attr-defined]
    sys.modules["IPython"], sys.modules["IPython.display"] = package, display
    try:
        from pyvis.network import Network  # noqa: PLC0415
    except ImportError:  # a pyvis that needs more of IPython than IFrame: import it with the real one
        for name in [m for m in sys.modules if m == "pyvis" or m.startswith("pyvis.")]:
            del sys.modules[name]
        Network = None
    finally:
        for name, mod in (("IPython", package), ("IPython.display", display)):
            if sys.modules.get(name) is mod:
                del sys.modules[name]
    if Network is None:
        from pyvis.network import Network  # noqa: PLC0415
    return Network


# -- the page ---------------------------------------------------------------------------------------
def _asset(name: str) -> str:
    """A file of ``viz/`` (the source tree's, or the installed package's ``kg/viz``)."""
    here = Path(__file__).resolve().parent.parent
    for cand in (here / "viz" / name, here.parent / "viz" / name):
        if cand.is_file():
            return cand.read_text(encoding="utf-8")
    return (resources.files("kg") / "viz" / name).read_text(encoding="utf-8")


def _vis_library() -> tuple[str, str]:
    """vis-network's JS and CSS from the installed pyvis package (inlined into the page)."""
    from importlib.util import find_spec  # noqa: PLC0415  (the package's folder, without importing it)

    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise SinkError("the pyvis package is not installed (pip install pyvis)")
    base = Path(list(spec.submodule_search_locations)[0]).resolve() / "templates" / "lib"
    found = sorted(base.glob("vis-*/vis-network.min.js"))
    if not found:
        raise SinkError(f"vis-network not found in the pyvis package ({base})")
    js = found[-1].read_text(encoding="utf-8")
    css_path = found[-1].with_name("vis-network.css")
    css = css_path.read_text(encoding="utf-8") if css_path.is_file() else ""
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - would end the inline block
        raise SinkError(f"{found[-1]} cannot be inlined (it contains a closing tag)")
    return js, css


def script_json(obj: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` at all
    (they only occur in strings, and become ``\\u003c`` etc., which JSON.parse reads back verbatim).

    >>> script_json({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _short(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"



# -- what each node carries ---------------------------------------------------------------------------
def _size(d: dict[str, Any], max_papers: int, *, log: bool = False) -> float:
    """Drawn radius: by paper count, on the square-root scale (the graph view) or the log scale (the
    overview, where a few hubs have hundreds of times the papers of most)."""
    t = d.get("type")
    if t in _FIXED_SIZE:
        return _FIXED_SIZE[t]
    pc = max(int(d.get("paper_count") or 1), 1)
    if max_papers <= 1:
        frac = 0.0
    elif log:
        return round(OVERVIEW_SIZE[0] + (OVERVIEW_SIZE[1] - OVERVIEW_SIZE[0]) * math.log(pc) / math.log(max_papers), 1)
    else:
        frac = math.sqrt((pc - 1) / (max_papers - 1))
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * frac, 1)


def _max_papers(g: nx.MultiDiGraph) -> int:
    return max([int(d.get("paper_count") or 1) for _, d in g.nodes(data=True) if d.get("type") not in _FIXED_SIZE] or [1])


def _evidence(d: dict[str, Any]) -> list[dict[str, str]]:
    """Up to :data:`PAGE_EVIDENCE` evidence sentences, each sentence of a paper once."""
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for ev in d.get("evidence") or ():
        if len(out) == PAGE_EVIDENCE:
            break
        if isinstance(ev, dict):
            rec = {"s": str(ev.get("sentence") or ev.get("text") or ""), "t": str(ev.get("text") or ""),
                   "p": str(ev.get("paper") or "")}
            if (rec["s"], rec["p"]) not in seen:
                seen.add((rec["s"], rec["p"]))
                out.append(rec)
    return out


def _community_colour(c: Any) -> str:
    return COMMUNITY_COLOURS[c] if isinstance(c, int) and 0 <= c < len(COMMUNITY_COLOURS) else COMMUNITY_OTHER


def _node_fields(n: str, d: dict[str, Any], panel: dict[str, Any]) -> dict[str, Any]:
    """The ``kg*`` fields of one node record (what the hover card, the labels and the panel show)."""
    t = str(d.get("type") or "")
    name = str(d.get("name") or n)
    fields: dict[str, Any] = {
        "kgName": name, "kgType": t, "kgPapers": int(d.get("paper_count") or 0),
        "kgMentions": int(d.get("mention_count") or 0),
        "kgAliases": sorted({str(a) for a in d.get("aliases") or () if str(a) != name})[:PAGE_ALIASES],
        "kgUrl": str(d.get("url") or ""), "kgEvidence": _evidence(d), "kgLabel": _short(name, LABEL_CHARS),
    }
    if t == "Paper":
        fields.update(kgYear=paper_year(n, d), kgSource=str(d.get("source") or ""), kgUrl=paper_link(n, d),
                      kgAbstract=_short(d.get("abstract") or "", ABSTRACT_CHARS))
    if "community" in d:
        fields["kgComm"] = int(d["community"])
    fields.update(panel)
    return fields


def _records(h: nx.MultiDiGraph, pos: dict[str, tuple[float, float]], sizes: dict[str, float],
             panel: dict[str, dict[str, Any]], view: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network node and edge records, built with pyvis. Nodes carry no vis label: the page draws
    the labels itself, by importance, where they do not collide."""
    net = _network_class()(directed=True)  # (undirected, pyvis looks for a duplicate edge among all edges: slow)
    for n, d in h.nodes(data=True):
        style = TYPE_STYLE.get(str(d.get("type") or ""), _OTHER_TYPE)
        colour = _community_colour(d.get("community")) if view == "overview" else style["color"]
        x, y = pos.get(n, (0.0, 0.0))
        net.add_node(str(n), label=" ", shape=style["shape"], color=colour, size=sizes[n], x=x, y=y,
                     kgTypeColor=style["color"], kgCommColor=_community_colour(d.get("community")),
                     **_node_fields(n, d, panel.get(n, {})))
    for rec in net.nodes:
        rec.pop("label", None)
        rec.pop("font", None)
    for rec in net.edges:
        if view == "overview":
            rec.pop("arrows", None)
    comm = nx.get_node_attributes(h, "community")
    for a, b, key, d in h.edges(keys=True, data=True):
        rel = str(d.get("type") or key)
        count = int(d.get("count") or 1)
        style = REL_STYLE.get(rel, _OTHER_REL)
        colour, width, opacity = style["color"], style["width"], 0.75
        if rel == "CO_USED":
            same = comm.get(a) is not None and comm.get(a) == comm.get(b)
            colour = _community_colour(comm.get(a)) if same else style["color"]
            width, opacity = round(0.5 + 0.7 * math.log2(count + 1), 2), (0.35 if same else 0.5)
        extra: dict[str, Any] = {}
        if style["dashes"]:
            extra["dashes"] = style["dashes"]
        net.add_edge(str(a), str(b), color={"color": colour, "opacity": opacity}, width=width,
                     kgRel=rel, kgCount=count, **extra)
    return net.nodes, net.edges


# -- what the page needs, without the graph -------------------------------------------------------------
@dataclass
class MapData:
    """What the page needs of a graph (see :func:`prepare_map`), without the graph itself."""

    h: nx.MultiDiGraph  # the part shown: a graph of its own
    info: dict[str, Any]  # from select_subgraph / overview_graph
    max_papers: int  # of the whole graph: sizes are on its scale, the same on every page of it
    n_papers: int
    total_nodes: int
    total_edges: int
    papers: dict[str, dict[str, Any]]  # the papers the page lists: title, link, year, repositories, entities
    panel: dict[str, dict[str, Any]] = field(default_factory=dict)  # per node: its papers, years, code, board
    min_papers: int = 1


def _panel_data(g: nx.MultiDiGraph, h: nx.MultiDiGraph) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Panel fields per node of ``h`` and the records of every paper the page lists or cites."""
    years: dict[str, int | None] = {}
    code: dict[str, list[str]] = {}
    panel: dict[str, dict[str, Any]] = {}
    listed: set[str] = set()
    for n, d in h.nodes(data=True):
        t = d.get("type")
        if t == "Paper":
            listed.add(n)
        elif t != "Result" and n in g:
            panel[n], papers = node_panel(g, n, years, code)
            listed.update(papers)
        listed.update(ev["p"] for ev in _evidence(d))
    boards = leaderboards(g, {n for n, d in h.nodes(data=True) if d.get("type") == "Dataset"})
    for ds, rows in boards.items():
        panel.setdefault(ds, {})["kgBoard"] = rows
        listed.update(r["p"] for r in rows)
    shown = set(h)
    papers = {p: paper_record(g, p, shown, code) for p in sorted(listed) if p in g and g.nodes[p].get("type") == "Paper"}
    return panel, papers


def prepare_map(g: nx.MultiDiGraph, *, max_nodes: int | None = 1500, focus: str | None = None, hops: int = 1,
                min_papers: int | None = None, view: str | None = None,
                types: tuple[str, ...] | list[str] | None = None) -> MapData:
    """Select what the page shows and gather its side panel's data (see :func:`write_html` for the
    parameters). The result does not refer to ``g``, so a large graph can be freed before the page is
    laid out and written."""
    view = view or ("graph" if focus else "overview")
    if view not in VIEWS:
        raise InputError(f"unknown map view {view!r} (choose from {', '.join(VIEWS)})")
    if min_papers is not None and min_papers < 1:
        raise InputError(f"min_papers must be at least 1 (got {min_papers})")
    if view == "overview" and not focus:
        types = tuple(types) if types else ENTITY_TYPES
        min_papers = min_papers or auto_min_papers(g, types)
        h, info = overview_graph(g, max_nodes=max_nodes, min_papers=min_papers, types=types)
    else:
        min_papers = min_papers or 1
        sub, info = select_subgraph(g, focus=focus, hops=hops, max_nodes=max_nodes, min_papers=min_papers)
        if types:
            sub = sub.subgraph(n for n, d in sub.nodes(data=True)
                               if n == info["focus"] or d.get("type") in types or d.get("type") in FIXED_TYPES)
        h = sub.copy()  # a graph of its own (attribute dicts copied), not a view of g
        info.update(view="graph", left_out=info["available"] - h.number_of_nodes())
    n_papers = g.graph.get("papers")
    if not isinstance(n_papers, int):
        n_papers = sum(1 for _, d in g.nodes(data=True) if d.get("type") == "Paper")
    panel, papers = _panel_data(g, h)
    return MapData(h, info, _max_papers(g), n_papers, g.number_of_nodes(), g.number_of_edges(), papers, panel,
                   min_papers)


# -- the page -----------------------------------------------------------------------------------------
def _communities(h: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The coloured communities: colour, size and the names of their most used members."""
    members: dict[int, list[tuple[int, str]]] = {}
    for n, d in h.nodes(data=True):
        c = d.get("community")
        if isinstance(c, int) and c < len(COMMUNITY_COLOURS):
            members.setdefault(c, []).append((-int(d.get("paper_count") or 0), str(d.get("name") or n)))
    return [{"id": c, "color": COMMUNITY_COLOURS[c], "size": len(ms),
             "label": ", ".join(name for _, name in sorted(ms)[:3])} for c, ms in sorted(members.items())]


def _meta(m: MapData, page_title: str) -> dict[str, Any]:
    h, info = m.h, m.info
    years = [y for rec in m.papers.values() if (y := rec.get("y"))]
    years += [y for fields in m.panel.values() for y, _ in fields.get("kgYears", ())]
    return {
        "title": page_title, "papers": m.n_papers, "view": info.get("view", "graph"),
        "shown_nodes": h.number_of_nodes(), "shown_edges": h.number_of_edges(),
        "total_nodes": m.total_nodes, "total_edges": m.total_edges,
        "available": info["available"], "truncated": info["truncated"], "left_out": info.get("left_out", 0),
        "notes": info["notes"], "focus": info["focus"], "min_papers": m.min_papers,
        "years": [min(years), max(years)] if years else None,
        "by_type": dict(Counter(str(d.get("type")) for _, d in h.nodes(data=True))),
        "by_rel": dict(Counter(str(d.get("type") or k) for _, _, k, d in h.edges(keys=True, data=True))),
        "max_papers": max([int(d.get("paper_count") or 1) for _, d in h.nodes(data=True)
                           if d.get("type") not in _FIXED_SIZE] or [1]),
        "communities": _communities(h),
    }


def _options(n_nodes: int, view: str) -> dict[str, Any]:
    big = n_nodes > 800
    return {
        "physics": {"enabled": False, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 80, "avoidOverlap": 0.4},
                    "stabilization": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big, "tooltipDelay": 150,
                        "multiselect": False},
        "nodes": {"borderWidth": 1, "borderWidthSelected": 3},
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 0.5,
                  "arrows": {"to": {"enabled": view != "overview", "scaleFactor": 0.35}}},
    }


def render_map(m: MapData, *, title: str | None = None) -> tuple[str, dict[str, Any]]:
    """The page of a :class:`MapData` as a string, and its stats (see :func:`write_html`)."""
    h, info = m.h, m.info
    view = info.get("view", "graph")
    sizes = {n: _size(d, m.max_papers, log=view == "overview") for n, d in h.nodes(data=True)}
    if view == "overview":  # communities get regions of their own; every pair repels (a truer picture)
        pos = layout(h, sizes=sizes, edge_px=EDGE_PX * 1.3, groups=nx.get_node_attributes(h, "community"),
                     dense_max=OVERVIEW_DENSE_MAX, gravity=OVERVIEW_GRAVITY)
    else:
        pos = layout(h, sizes=sizes)
    nodes, edges = _records(h, pos, sizes, m.panel, view)
    page_title = title or (f"kg map: {info['focus_name']}" if info["focus_name"] else "kg map")
    # a paper's entities as positions in the node list: short, on a page that may list 30,000 papers
    index = {rec["id"]: i for i, rec in enumerate(nodes)}
    papers = {p: {**rec, "e": [index[e] for e in rec["e"] if e in index]} if "e" in rec else rec
              for p, rec in m.papers.items()}
    data = {"nodes": nodes, "edges": edges, "papers": papers, "meta": _meta(m, page_title),
            "options": _options(h.number_of_nodes(), view), "style": {"types": TYPE_STYLE, "rels": REL_STYLE}}
    js, css = _vis_library()
    from jinja2 import Environment  # noqa: PLC0415
    from markupsafe import Markup  # noqa: PLC0415

    env = Environment(autoescape=True, keep_trailing_newline=True)
    page = env.from_string(_asset("map.html.j2")).render(
        title=page_title, data_json=Markup(script_json(data)), vis_js=Markup(js), vis_css=Markup(css),
    )
    stats = {"nodes": h.number_of_nodes(), "edges": h.number_of_edges(),
             "total_nodes": m.total_nodes, "total_edges": m.total_edges,
             "available": info["available"], "truncated": info["truncated"], "focus": info["focus"],
             "view": view, "left_out": info.get("left_out", 0)}
    return page, stats


def render_html(g: nx.MultiDiGraph, *, title: str | None = None, **options: Any) -> tuple[str, dict[str, Any]]:
    """The page as a string, and its stats (see :func:`write_html` for the options)."""
    return render_map(prepare_map(g, **options), title=title)


def write_html(g: nx.MultiDiGraph, path: str | os.PathLike, *, max_nodes: int | None = 1500, focus: str | None = None,
               hops: int = 1, min_papers: int | None = None, title: str | None = None, view: str | None = None,
               types: tuple[str, ...] | list[str] | None = None) -> dict[str, Any]:
    """Write the interactive map of ``g`` to ``path`` (one offline HTML file, written atomically).

    Parameters
    ----------
    max_nodes : keep at most this many nodes (None: all): on the overview the most used entities, on
        the graph view the most connected part
    focus, hops : only the nodes within ``hops`` relationships of the node named ``focus`` (name, alias
        or id, case-insensitive; an unknown name raises InputError listing close names); papers and
        results are nodes of such a map
    min_papers : leave out entities seen in fewer papers (papers and results always stay); the page's
        paper-count filter starts there. None: 1, except on the overview of a graph with at least
        :data:`~kg.sinks.map_overview.AUTO_FLOOR` entities seen in two papers or more, where 2 (an
        entity of one paper says little about a field)
    view : "overview" (the default without ``focus``: entities joined by co-use, papers in the side
        panel) or "graph" (papers, results and relationships as nodes and edges)
    types : only these entity types (e.g. ``("Method", "Dataset")``)
    title : the page title (default "kg map", or "kg map: <focus>")

    Returns
    -------
    ``{"nodes", "edges"}`` written, ``{"total_nodes", "total_edges"}`` of ``g``, ``available`` (nodes
    left by focus/min_papers/types before the ``max_nodes`` cut), ``truncated``, ``left_out``, the
    ``focus`` node id and the ``view``.

    Examples
    --------
    >>> from kg.graph import load_graph                                  # doctest: +SKIP
    >>> write_html(load_graph("out"), "map.html", focus="Cityscapes")    # doctest: +SKIP
    {'nodes': 41, 'edges': 77, ..., 'truncated': False, 'focus': 'dataset:cityscapes', 'view': 'graph'}
    """
    m = prepare_map(g, max_nodes=max_nodes, focus=focus, hops=hops, min_papers=min_papers, view=view, types=types)
    return write_map(m, path, title=title)


def write_map(m: MapData, path: str | os.PathLike, *, title: str | None = None) -> dict[str, Any]:
    """Write the page of a :class:`MapData` (see :func:`write_html`)."""
    page, stats = render_map(m, title=title)
    try:
        atomic_write_text(Path(path), page)
    except OSError as exc:
        raise SinkError(f"{path}: cannot write the map ({os_error_text(exc)})") from exc
    return stats
