"""Where the map's nodes go: positions computed in Python before the page opens (seeded, so the same
graph always gives the same picture), so the browser draws at once with physics off."""
from __future__ import annotations

import math
from typing import Any

import networkx as nx

#: Pixels per unit edge length.
EDGE_PX = 100.0
#: Above this many core nodes the repulsion of the spring layout is only computed between near nodes.
DENSE_MAX = 1200
#: Pull of every node towards the centre, relative to its mass (keeps stragglers in, the map round).
GRAVITY = 0.06
#: How many times harder the nodes of one group (community) pull together than other neighbours.
GROUP_PULL = 3


def _spring(n: int, u: Any, v: Any, mass: Any, seed: int, iterations: int, dense_max: int | None = None,
            gravity: float = GRAVITY) -> Any:
    """Fruchterman-Reingold in the plane for ``n`` nodes and edges ``u[i]-v[i]`` (unit edge length),
    repulsion weighted by ``mass`` (a node with a cloud of leaves around it keeps more room).

    Up to :data:`DENSE_MAX` nodes every pair repels (vectorised, O(n^2) per iteration). Above, the
    best-connected :data:`DENSE_MAX` nodes are laid out so first, the others start beside their placed
    neighbours, and a few rounds with repulsion between near pairs only (a k-d tree) settle them.
    """
    import numpy as np  # noqa: PLC0415

    if n == 1:
        return np.zeros((1, 2))
    dense_max = dense_max or DENSE_MAX
    rng = np.random.default_rng(seed)
    if n <= dense_max:
        side = math.sqrt(float(mass.sum()))
        pos = ((rng.random((n, 2)) - 0.5) * side).astype(np.float32)
        return _fr_rounds(pos, u, v, mass.astype(np.float32), iterations, side / 8.0, dense=True, gravity=gravity)
    deg = np.bincount(u, minlength=n) + np.bincount(v, minlength=n)
    top = np.argsort(-deg, kind="stable")[:dense_max]
    inside = np.zeros(n, dtype=bool)
    inside[top] = True
    remap = -np.ones(n, dtype=np.intp)
    remap[top] = np.arange(len(top))
    both = inside[u] & inside[v]
    pos = np.zeros((n, 2), dtype=np.float32)
    # the skeleton's layout, stretched to the area all n nodes will need
    spread = math.sqrt(float(mass.sum()) / float(mass[top].sum()))
    pos[top] = _spring(len(top), remap[u[both]], remap[v[both]], mass[top], seed, iterations, dense_max,
                       gravity) * spread
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
    return _fr_rounds(pos, u, v, mass.astype(np.float32), max(iterations // 3, 10), 1.0, dense=False, gravity=gravity)


def _fr_rounds(pos: Any, u: Any, v: Any, mass: Any, iterations: int, temp: float, *, dense: bool,
               gravity: float = GRAVITY) -> Any:
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
        force -= gravity * mass[:, None] * pos  # loosely connected parts stay near
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
           sizes: dict[str, float] | None = None, groups: dict[str, int] | None = None,
           dense_max: int | None = None, gravity: float = GRAVITY) -> dict[str, tuple[float, float]]:
    """Positions in pixels for every node of ``h`` (``sizes``: drawn radius in pixels, default 10).
    Nodes of one of ``groups`` (communities) pull together :data:`GROUP_PULL` times harder, so each
    group gets a region of its own; ``dense_max`` and ``gravity`` override :data:`DENSE_MAX` and
    :data:`GRAVITY`.

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
            if groups:
                edges += [(idx[a], idx[b]) for a, b in core.subgraph(comp).edges()
                          if groups.get(a) is not None and groups.get(a) == groups.get(b)] * (GROUP_PULL - 1)
            u = np.array([e[0] for e in edges], dtype=np.intp)
            v = np.array([e[1] for e in edges], dtype=np.intp)
            xy = _spring(len(comp), u, v, mass, seed, iterations if len(comp) > 2 else 10, dense_max, gravity)
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

    return _pack(placed, edge_px)


def _pack(placed: list[tuple[dict[str, tuple[float, float]], float, float, float, float]],
          edge_px: float) -> dict[str, tuple[float, float]]:
    """Pixel positions of laid-out components ``(positions, x0, x1, y0, y1)``, the biggest first:
    the biggest on top, the others in rows under it (as wide as the biggest)."""
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

