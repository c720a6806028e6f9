"""The interactive map: one self-contained HTML file (vis-network inlined, works offline).

How the page is made
--------------------
1. :func:`select_subgraph` picks what to show: the neighbourhood of one entity (``focus``/``hops``),
   entities seen in at least ``min_papers`` papers, and at most ``max_nodes`` nodes, taken best-first
   from the most connected node so that what is kept stays connected ("showing N of M nodes").
2. :func:`layout` computes positions in Python (a vectorised Fruchterman-Reingold on the graph's core,
   leaves placed around their one neighbour, components packed), so the browser draws the graph at
   once with physics off: no in-browser stabilisation, whatever the size.
3. pyvis (:class:`pyvis.network.Network`) builds the vis-network node and edge records; kg adds its
   own fields (``kg*``: type, paper count, aliases, evidence) and renders them with its own template,
   ``viz/map.html.j2`` (legend, filters, search, hover cards), rather than pyvis's: pyvis 0.3.2's
   template always loads Bootstrap from a CDN and shows ``title`` tooltips as HTML, where this page
   must work offline and show every name verbatim.
4. vis-network's JS and CSS are read from the copy that ships inside the pyvis package and inlined,
   licence header included (``viz/NOTICE.md``): the page fetches nothing.

All text reaches the page as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and
``&`` escaped, and the page inserts it with ``textContent``: a name like ``<script>`` is shown, never run.
"""
from __future__ import annotations

import heapq
import json
import math
import os
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError, SinkError
from kg.graph.io import atomic_write_text

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
}
_OTHER_REL = {"color": "#cbd5e1", "dashes": False, "width": 1}

#: Node types drawn at a fixed small size (one paper each): the size of the others grows with paper_count.
_FIXED_SIZE = {"Paper": 9.0, "Result": 7.0}
MIN_SIZE, MAX_SIZE = 8.0, 48.0
#: Layout: pixels per unit edge length; evidence sentences and aliases kept per node on the page.
EDGE_PX = 100.0
PAGE_EVIDENCE = 3
PAGE_ALIASES = 20
LABEL_CHARS = 40
ABSTRACT_CHARS = 320


# -- which nodes ------------------------------------------------------------------------------------
def preload() -> None:
    """Import what rendering a page needs. ``kg build`` calls this before it builds a large graph, so
    these modules' long-lived objects are not scattered through the graph's memory (which then could
    not be handed back to the system once the graph is freed)."""
    import jinja2  # noqa: F401, PLC0415
    import numpy  # noqa: F401, PLC0415
    import pyvis.network  # noqa: F401, PLC0415
    import scipy.spatial  # noqa: F401, PLC0415


def find_node(g: nx.MultiDiGraph, name: str) -> str:
    """The node whose id, name or alias is ``name`` (case-insensitive).

    Several matches: the one seen in most papers. None: :class:`~kg.errors.InputError` listing close names.
    """
    if name in g:
        return name
    low = name.strip().lower()
    hits = [n for n, d in g.nodes(data=True)
            if str(n).lower() == low or str(d.get("name", "")).lower() == low
            or any(str(a).lower() == low for a in d.get("aliases") or ())]
    if hits:
        return max(hits, key=lambda n: (int(g.nodes[n].get("paper_count") or 0), str(n)))
    from rapidfuzz import fuzz, process  # noqa: PLC0415

    choices = {n: str(d.get("name", "")) for n, d in g.nodes(data=True) if d.get("type") not in ("Paper", "Result")}
    close = [c[0] for c in process.extract(name, choices, scorer=fuzz.WRatio, limit=5, score_cutoff=70)]
    hint = f"; close: {', '.join(close)}" if close else ""
    raise InputError(f"no node named {name!r} in the graph{hint}")


def _rank(h: nx.MultiDiGraph, und: Any, n: str) -> tuple[int, int, str]:
    """Heap key of a node for max_nodes (smaller first): more distinct neighbours, then more papers."""
    return (-len(und[n]), -int(h.nodes[n].get("paper_count") or 0), str(n))


def most_connected(h: nx.MultiDiGraph, max_nodes: int, start: str | None = None) -> set[str]:
    """``max_nodes`` nodes of ``h`` taken best-first: from ``start`` (or the node with most neighbours),
    always the best-ranked node adjacent to those already kept; a new start only when none is left.
    What is kept is the most connected part, and it stays connected (no stray nodes cut from theirs).
    A node's rank never changes, so each is ranked once and queued at most once (a hub's neighbours
    are not queued again for every kept node next to them).
    """
    und = h.to_undirected(as_view=True)
    rank: dict[str, tuple[int, int, str]] = {}

    def rank_of(n: str) -> tuple[int, int, str]:
        k = rank.get(n)
        if k is None:
            k = rank[n] = _rank(h, und, n)
        return k

    kept: set[str] = set()
    queued: set[str] = set()
    order = iter(sorted(h, key=rank_of))
    heap: list[tuple[tuple[int, int, str], str]] = []
    if start is not None and start in h:
        heap.append((rank_of(start), start))
        queued.add(start)
    while len(kept) < max_nodes:
        if not heap:
            nxt = next((n for n in order if n not in kept), None)
            if nxt is None:
                break
            heap.append((rank_of(nxt), nxt))
            queued.add(nxt)
        _, n = heapq.heappop(heap)
        if n in kept:
            continue
        kept.add(n)
        for m in und[n]:
            if m not in kept and m not in queued:
                queued.add(m)
                heapq.heappush(heap, (rank_of(m), m))
    return kept


def select_subgraph(g: nx.MultiDiGraph, *, focus: str | None = None, hops: int = 1, max_nodes: int | None = None,
                    min_papers: int = 1) -> tuple[nx.MultiDiGraph, dict[str, Any]]:
    """The part of ``g`` the page shows, and what was done: ``{focus, focus_name, hops, min_papers,
    available, truncated, notes}`` (``available``: nodes left before ``max_nodes`` cut)."""
    info: dict[str, Any] = {"focus": None, "focus_name": None, "hops": hops, "min_papers": min_papers,
                            "available": g.number_of_nodes(), "truncated": False, "notes": []}
    if max_nodes is not None and max_nodes < 1:
        raise InputError(f"max_nodes must be at least 1 (got {max_nodes})")
    h = g
    center = None
    if focus:
        if hops < 0:
            raise InputError(f"hops must be 0 or more (got {hops})")
        center = find_node(g, focus)
        keep = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=hops)
        h = g.subgraph(keep)
        info.update(focus=center, focus_name=str(g.nodes[center].get("name") or center))
        info["notes"].append(f"Neighbourhood of {info['focus_name']} ({hops} hop{'' if hops == 1 else 's'}).")
    if min_papers > 1:
        keep = {n for n, d in h.nodes(data=True)
                if n == center or d.get("type") in _FIXED_SIZE or int(d.get("paper_count") or 0) >= min_papers}
        h = h.subgraph(keep)
        info["notes"].append(f"Entities seen in at least {min_papers} papers.")
    info["available"] = total = h.number_of_nodes()
    if max_nodes is not None and total > max_nodes:
        h = h.subgraph(most_connected(h, max_nodes, start=center))
        info["truncated"] = True
        info["notes"].append(f"Showing {h.number_of_nodes():,} of {total:,} nodes: the most connected part "
                             "(kg viz --max-nodes N or --focus NAME to see others).")
    return h, info


# -- where ------------------------------------------------------------------------------------------
#: Above this many core nodes the repulsion of the spring layout is only computed between near nodes.
DENSE_MAX = 1200
#: Pull of every node towards the centre, relative to its mass (keeps stragglers in, the map round).
GRAVITY = 0.06


def _spring(n: int, u: Any, v: Any, mass: Any, seed: int, iterations: int) -> Any:
    """Fruchterman-Reingold in the plane for ``n`` nodes and edges ``u[i]-v[i]`` (unit edge length),
    repulsion weighted by ``mass`` (a node with a cloud of leaves around it keeps more room).

    Up to :data:`DENSE_MAX` nodes every pair repels (vectorised, O(n^2) per iteration). Above, the
    best-connected :data:`DENSE_MAX` nodes are laid out so first, the others start beside their placed
    neighbours, and a few rounds with repulsion between near pairs only (a k-d tree) settle them.
    """
    import numpy as np  # noqa: PLC0415

    if n == 1:
        return np.zeros((1, 2))
    rng = np.random.default_rng(seed)
    if n <= DENSE_MAX:
        side = math.sqrt(float(mass.sum()))
        pos = ((rng.random((n, 2)) - 0.5) * side).astype(np.float32)
        return _fr_rounds(pos, u, v, mass.astype(np.float32), iterations, side / 8.0, dense=True)
    deg = np.bincount(u, minlength=n) + np.bincount(v, minlength=n)
    top = np.argsort(-deg, kind="stable")[:DENSE_MAX]
    inside = np.zeros(n, dtype=bool)
    inside[top] = True
    remap = -np.ones(n, dtype=np.intp)
    remap[top] = np.arange(len(top))
    both = inside[u] & inside[v]
    pos = np.zeros((n, 2), dtype=np.float32)
    # the skeleton's layout, stretched to the area all n nodes will need
    spread = math.sqrt(float(mass.sum()) / float(mass[top].sum()))
    pos[top] = _spring(len(top), remap[u[both]], remap[v[both]], mass[top], seed, iterations) * spread
    # the others: at the mean of their placed neighbours, layer by layer (breadth first from the top)
    placed = inside.copy()
    while not placed.all():
        src = np.concatenate([u, v])
        dst = np.concatenate([v, u])
        ok = placed[src] & ~placed[dst]
        if not ok.any():  # a node with no path to the top (cannot happen in one component): anywhere
            rest = ~placed
            pos[rest] = (rng.random((int(rest.sum()), 2)) - 0.5) * math.sqrt(n)
            break
        cnt = np.bincount(dst[ok], minlength=n)
        new = cnt > 0
        for axis in (0, 1):
            pos[new, axis] = np.bincount(dst[ok], pos[src[ok], axis], minlength=n)[new] / cnt[new]
        pos[new] += (rng.random((int(new.sum()), 2)).astype(np.float32) - 0.5)
        placed |= new
    return _fr_rounds(pos, u, v, mass.astype(np.float32), max(iterations // 3, 10), 1.0, dense=False)


def _fr_rounds(pos: Any, u: Any, v: Any, mass: Any, iterations: int, temp: float, *, dense: bool) -> Any:
    """``iterations`` Fruchterman-Reingold steps from ``pos``, the step length cooling from ``temp`` to 0."""
    import numpy as np  # noqa: PLC0415

    n = len(pos)
    cool = temp / (iterations + 1)
    mm = np.outer(mass, mass) if dense else None
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        if dense:
            dx = np.subtract.outer(x, x)
            dy = np.subtract.outer(y, y)
            rep = dx * dx
            rep += dy * dy
            np.maximum(rep, 1e-3, out=rep)
            np.divide(mm, rep, out=rep)
            force = np.stack([(dx * rep).sum(1), (dy * rep).sum(1)], axis=1)
        else:  # near pairs only (within 2 edge lengths): enough to keep neighbours apart
            from scipy.spatial import cKDTree  # noqa: PLC0415

            pairs = cKDTree(pos).query_pairs(2.0, output_type="ndarray")
            a, b = pairs[:, 0], pairs[:, 1]
            delta = pos[a] - pos[b]
            d2 = np.maximum((delta * delta).sum(1), 1e-3)
            push = delta * (mass[a] * mass[b] / d2)[:, None]
            force = np.zeros_like(pos)
            for axis in (0, 1):
                force[:, axis] = np.bincount(a, push[:, axis], n) - np.bincount(b, push[:, axis], n)
        delta = pos[u] - pos[v]
        pull = delta * np.sqrt((delta * delta).sum(1))[:, None]
        for axis in (0, 1):
            force[:, axis] -= np.bincount(u, pull[:, axis], n) - np.bincount(v, pull[:, axis], n)
        force -= GRAVITY * mass[:, None] * pos  # loosely connected parts stay near
        length = np.sqrt((force * force).sum(1))[:, None]
        np.maximum(length, 1e-9, out=length)
        pos += force / length * np.minimum(length, temp)
        temp -= cool
    return pos - pos.mean(0)


_GOLDEN = math.pi * (3.0 - math.sqrt(5.0))


def _cloud(count: int, phase: float, inner: float = 0.6) -> list[tuple[float, float]]:
    """Offsets of ``count`` leaves around their node, from ``inner`` out: a sunflower spiral (even
    spacing, no overlaps)."""
    return [((inner + 0.3 * math.sqrt(j)) * math.cos(phase + j * _GOLDEN),
             (inner + 0.3 * math.sqrt(j)) * math.sin(phase + j * _GOLDEN)) for j in range(count)]


def layout(h: nx.MultiDiGraph, *, seed: int = 7, iterations: int = 80, edge_px: float = EDGE_PX,
           sizes: dict[str, float] | None = None) -> dict[str, tuple[float, float]]:
    """Positions in pixels for every node of ``h`` (``sizes``: drawn radius in pixels, default 10).

    Leaves (one neighbour, itself with more) are set aside and drawn as a spiral around that neighbour;
    each connected component of the rest (the core) gets a spring layout (:func:`_spring`); the
    components are packed in rows, the biggest first. On the seed corpus (3,000 nodes, a 1,100-node
    core) this takes about a second, where networkx's spring_layout takes 10-20.
    """
    import numpy as np  # noqa: PLC0415

    simple = nx.Graph()
    simple.add_nodes_from(h)
    simple.add_edges_from((a, b) for a, b in h.edges() if a != b)
    deg = dict(simple.degree())
    leaves: dict[str, list[str]] = {}
    leafset: set[str] = set()
    for n in sorted(simple, key=str):
        if deg[n] == 1:
            (p,) = simple[n]
            if deg[p] > 1:
                leaves.setdefault(p, []).append(n)
                leafset.add(n)
    core = simple.subgraph(n for n in simple if n not in leafset)
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(core)), key=lambda c: (-len(c), c[0]))

    placed: list[tuple[dict[str, tuple[float, float]], float, float, float, float]] = []
    for comp in comps:
        idx = {n: i for i, n in enumerate(comp)}
        mass = np.array([1.0 + 0.6 * len(leaves.get(n, ())) for n in comp])
        if len(comp) == 1:
            xy = np.zeros((1, 2))
        else:
            edges = [(idx[a], idx[b]) for a, b in core.subgraph(comp).edges()]
            u = np.array([e[0] for e in edges], dtype=np.intp)
            v = np.array([e[1] for e in edges], dtype=np.intp)
            xy = _spring(len(comp), u, v, mass, seed, iterations if len(comp) > 2 else 10)
        pos: dict[str, tuple[float, float]] = {}
        for n, i in idx.items():
            x, y = float(xy[i, 0]), float(xy[i, 1])
            pos[n] = (x, y)
            kids = leaves.get(n, ())
            phase = math.atan2(y, x) if (x or y) else 0.0
            inner = max(0.6, ((sizes or {}).get(n, 10.0) + 25.0) / edge_px)  # leaves clear of a big node
            for kid, (dx, dy) in zip(kids, _cloud(len(kids), phase, inner)):
                pos[kid] = (x + dx, y + dy)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        pad = 0.6
        placed.append((pos, min(xs) - pad, max(xs) + pad, min(ys) - pad, max(ys) + pad))

    # pack: the biggest component on top, the others in rows under it (as wide as the biggest)
    out: dict[str, tuple[float, float]] = {}
    if not placed:
        return out
    width = max(placed[0][2] - placed[0][1], 12.0)
    cursor_x, cursor_y, row_h = 0.0, 0.0, 0.0
    for i, (pos, x0, x1, y0, y1) in enumerate(placed):
        w, hgt = x1 - x0, y1 - y0
        if i == 0:
            ox, oy = -x0, -y0
            cursor_y = hgt + 1.0
        else:
            if cursor_x > 0 and cursor_x + w > width:
                cursor_x, cursor_y, row_h = 0.0, cursor_y + row_h, 0.0
            ox, oy = cursor_x - x0, cursor_y - y0
            cursor_x += w
            row_h = max(row_h, hgt)
        for n, (x, y) in pos.items():
            out[n] = (round((x + ox) * edge_px, 1), round((y + oy) * edge_px, 1))
    return out


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
    import pyvis  # noqa: PLC0415

    base = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
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


def _size(d: dict[str, Any], max_papers: int) -> float:
    t = d.get("type")
    if t in _FIXED_SIZE:
        return _FIXED_SIZE[t]
    pc = max(int(d.get("paper_count") or 1), 1)
    frac = math.sqrt((pc - 1) / (max_papers - 1)) if max_papers > 1 else 0.0
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * frac, 1)


def _max_papers(g: nx.MultiDiGraph) -> int:
    return max([int(d.get("paper_count") or 1) for _, d in g.nodes(data=True) if d.get("type") not in _FIXED_SIZE] or [1])


def _cited(h: nx.MultiDiGraph) -> set[str]:
    """The papers the evidence shown on the page cites."""
    return {str(ev.get("paper") or "") for _, d in h.nodes(data=True)
            for ev in (d.get("evidence") or [])[:PAGE_EVIDENCE] if isinstance(ev, dict)}


def _records(h: nx.MultiDiGraph, pos: dict[str, tuple[float, float]], sizes: dict[str, float]
             ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network node and edge records, built with pyvis."""
    from pyvis.network import Network  # noqa: PLC0415

    net = Network(directed=True)
    # on a big map, names of big nodes get a bigger font: they stay readable when zoomed out
    scale_font = h.number_of_nodes() > 300
    for n, d in h.nodes(data=True):
        t = str(d.get("type") or "")
        style = TYPE_STYLE.get(t, _OTHER_TYPE)
        name = str(d.get("name") or n)
        x, y = pos.get(n, (0.0, 0.0))
        evidence = []
        for ev in (d.get("evidence") or [])[:PAGE_EVIDENCE]:
            if not isinstance(ev, dict):
                continue
            evidence.append({"s": str(ev.get("sentence") or ev.get("text") or ""), "t": str(ev.get("text") or ""),
                             "p": str(ev.get("paper") or "")})
        extra: dict[str, Any] = {}
        if t == "Paper":
            extra = {"kgYear": d.get("year"), "kgSource": str(d.get("source") or ""),
                     "kgAbstract": _short(d.get("abstract") or "", ABSTRACT_CHARS)}
        size = sizes[n]
        net.add_node(
            str(n), label=_short(name, LABEL_CHARS), shape=style["shape"], color=style["color"],
            size=size, x=x, y=y, font={"size": max(13, round(size * 1.3)) if scale_font else 14},
            kgName=name, kgType=t, kgPapers=int(d.get("paper_count") or 0),
            kgMentions=int(d.get("mention_count") or 0),
            kgAliases=sorted({str(a) for a in d.get("aliases") or () if str(a) != name})[:PAGE_ALIASES],
            kgUrl=str(d.get("url") or ""), kgEvidence=evidence, **extra,
        )
    for a, b, key, d in h.edges(keys=True, data=True):
        rel = str(d.get("type") or key)
        style = REL_STYLE.get(rel, _OTHER_REL)
        net.add_edge(str(a), str(b), color={"color": style["color"], "highlight": style["color"], "hover": style["color"],
                                             "opacity": 0.75}, dashes=style["dashes"], width=style["width"],
                     arrows="to", kgRel=rel, kgCount=int(d.get("count") or 1))
    return net.nodes, net.edges


@dataclass
class MapData:
    """What the page needs of a graph (see :func:`prepare_map`), without the graph itself."""

    h: nx.MultiDiGraph  # the part shown: a graph of its own
    info: dict[str, Any]  # from select_subgraph
    max_papers: int  # of the whole graph: sizes are on its scale, the same on every page of it
    n_papers: int
    total_nodes: int
    total_edges: int
    papers: dict[str, list[str]]  # the cited papers' [title, url]


def prepare_map(g: nx.MultiDiGraph, *, max_nodes: int | None = 1500, focus: str | None = None, hops: int = 1,
                min_papers: int = 1) -> MapData:
    """Select what the page shows (see :func:`write_html` for the parameters). The result does not
    refer to ``g``, so a large graph can be freed before the page is laid out and written."""
    sub, info = select_subgraph(g, focus=focus, hops=hops, max_nodes=max_nodes, min_papers=min_papers)
    n_papers = g.graph.get("papers")
    if not isinstance(n_papers, int):
        n_papers = sum(1 for _, d in g.nodes(data=True) if d.get("type") == "Paper")
    h = sub.copy()  # a graph of its own (attribute dicts copied), not a view of g
    papers = {p: [_short(g.nodes[p].get("title") or g.nodes[p].get("name") or p, 160), str(g.nodes[p].get("url") or "")]
              for p in sorted(_cited(h)) if p in g}
    return MapData(h, info, _max_papers(g), n_papers, g.number_of_nodes(), g.number_of_edges(), papers)


def render_html(g: nx.MultiDiGraph, *, max_nodes: int | None = 1500, focus: str | None = None, hops: int = 1,
                min_papers: int = 1, title: str | None = None) -> tuple[str, dict[str, Any]]:
    """The page as a string, and its stats (see :func:`write_html`)."""
    return render_map(prepare_map(g, max_nodes=max_nodes, focus=focus, hops=hops, min_papers=min_papers), title=title)


def render_map(m: MapData, *, title: str | None = None) -> tuple[str, dict[str, Any]]:
    """The page of a :class:`MapData` as a string, and its stats (see :func:`write_html`)."""
    h, info = m.h, m.info
    sizes = {n: _size(d, m.max_papers) for n, d in h.nodes(data=True)}
    pos = layout(h, sizes=sizes)
    nodes, edges = _records(h, pos, sizes)
    papers = m.papers
    page_title = title or (f"kg map: {info['focus_name']}" if info["focus_name"] else "kg map")
    meta = {
        "title": page_title, "papers": m.n_papers,
        "shown_nodes": h.number_of_nodes(), "shown_edges": h.number_of_edges(),
        "total_nodes": m.total_nodes, "total_edges": m.total_edges,
        "available": info["available"], "truncated": info["truncated"], "notes": info["notes"],
        "focus": info["focus"],
        "by_type": dict(Counter(str(d.get("type")) for _, d in h.nodes(data=True))),
        "by_rel": dict(Counter(str(d.get("type") or k) for _, _, k, d in h.edges(keys=True, data=True))),
        "max_papers": max([int(d.get("paper_count") or 1) for _, d in h.nodes(data=True)
                           if d.get("type") not in _FIXED_SIZE] or [1]),
    }
    big = h.number_of_nodes() > 800
    options = {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big, "tooltipDelay": 150,
                        "multiselect": False},
        "nodes": {"borderWidth": 1, "font": {"size": 13, "face": "system-ui, sans-serif", "strokeWidth": 3,
                                             "strokeColor": "#ffffff"}},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.35}},
                  "selectionWidth": 2, "hoverWidth": 0.5},
    }
    data = {"nodes": nodes, "edges": edges, "papers": papers, "meta": meta, "options": options,
            "style": {"types": TYPE_STYLE, "rels": REL_STYLE}}
    js, css = _vis_library()
    from jinja2 import Environment  # noqa: PLC0415
    from markupsafe import Markup  # noqa: PLC0415

    env = Environment(autoescape=True, keep_trailing_newline=True)
    page = env.from_string(_asset("map.html.j2")).render(
        title=page_title, data_json=Markup(script_json(data)), vis_js=Markup(js), vis_css=Markup(css),
    )
    stats = {"nodes": h.number_of_nodes(), "edges": h.number_of_edges(),
             "total_nodes": m.total_nodes, "total_edges": m.total_edges,
             "available": info["available"], "truncated": info["truncated"], "focus": info["focus"]}
    return page, stats


def write_html(g: nx.MultiDiGraph, path: str | os.PathLike, *, max_nodes: int | None = 1500, focus: str | None = None,
               hops: int = 1, min_papers: int = 1, title: str | None = None) -> dict[str, Any]:
    """Write the interactive map of ``g`` to ``path`` (one offline HTML file, written atomically).

    Parameters
    ----------
    max_nodes : keep at most this many nodes, the most connected part (None: all)
    focus, hops : only the nodes within ``hops`` relationships of the node named ``focus`` (name, alias
        or id, case-insensitive; an unknown name raises InputError listing close names)
    min_papers : leave out entities seen in fewer papers (papers and results always stay)
    title : the page title (default "kg map", or "kg map: <focus>")

    Returns
    -------
    ``{"nodes", "edges"}`` written, ``{"total_nodes", "total_edges"}`` of ``g``, ``available`` (nodes
    left by focus/min_papers before the ``max_nodes`` cut), ``truncated`` and the ``focus`` node id.

    Examples
    --------
    >>> from kg.graph import load_graph                                  # doctest: +SKIP
    >>> write_html(load_graph("out"), "map.html", focus="Cityscapes")    # doctest: +SKIP
    {'nodes': 41, 'edges': 77, ..., 'truncated': False, 'focus': 'dataset:cityscapes'}
    """
    return write_map(prepare_map(g, max_nodes=max_nodes, focus=focus, hops=hops, min_papers=min_papers), path, title=title)


def write_map(m: MapData, path: str | os.PathLike, *, title: str | None = None) -> dict[str, Any]:
    """Write the page of a :class:`MapData` (see :func:`write_html`)."""
    page, stats = render_map(m, title=title)
    try:
        atomic_write_text(Path(path), page)
    except OSError as exc:
        raise SinkError(f"{path}: cannot write the map ({exc.strerror or exc})") from exc
    return stats
