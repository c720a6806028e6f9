"""The overview map: the field, not the papers.

Nodes are entities (methods, datasets, metrics, tasks, repositories), the most used ones when there
are too many; two entities are joined when papers use them together. Every entity keeps only its
strongest few links (a backbone: the hub-to-everything links that make a hairball are dropped), and
networkx's Louvain method on that backbone gives the colour groups (communities).
"""
from __future__ import annotations

import math
from typing import Any

import networkx as nx

from kg.errors import InputError
from kg.sinks.map_panel import entity_papers

ENTITY_TYPES = ("Method", "Dataset", "Metric", "Task", "Repository")
#: Each entity keeps its links to the BACKBONE_K entities it is most associated with (cosine of their
#: paper sets); a link stays when either end keeps it.
BACKBONE_K = 4
#: Communities that get a colour of their own (the biggest); the others are grey.
COLOURED_COMMUNITIES = 12
LOUVAIN_SEED = 7
#: The overview leaves out entities of one paper when at least this many entities have two or more.
AUTO_FLOOR = 100


def auto_min_papers(g: nx.MultiDiGraph, types: tuple[str, ...] = ENTITY_TYPES) -> int:
    """The overview's default paper-count floor: 2 when :data:`AUTO_FLOOR` entities reach it, else 1."""
    n = sum(1 for _, d in g.nodes(data=True) if d.get("type") in types and int(d.get("paper_count") or 0) >= 2)
    return 2 if n >= AUTO_FLOOR else 1


def top_entities(g: nx.MultiDiGraph, *, max_nodes: int | None, min_papers: int = 1,
                 types: tuple[str, ...] = ENTITY_TYPES) -> tuple[list[str], int]:
    """The entities of the overview, the most used first, and how many passed ``min_papers`` and ``types``."""
    ents = [n for n, d in g.nodes(data=True)
            if d.get("type") in types and int(d.get("paper_count") or 0) >= min_papers]
    ents.sort(key=lambda n: (-int(g.nodes[n].get("paper_count") or 0), str(n)))
    available = len(ents)
    if max_nodes is not None:
        ents = ents[:max_nodes]
    return ents, available


def co_use(g: nx.MultiDiGraph, ents: list[str]) -> tuple[Any, Any]:
    """Papers per entity (array) and the number of papers each pair of ``ents`` shares (a scipy sparse
    upper-triangular matrix), from the paper x entity incidence matrix M as M^T M."""
    import numpy as np  # noqa: PLC0415
    from scipy import sparse  # noqa: PLC0415

    pidx: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for j, n in enumerate(ents):
        for p in entity_papers(g, n):
            rows.append(pidx.setdefault(p, len(pidx)))
            cols.append(j)
    m = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(pidx), len(ents)))
    m.data[:] = 1  # duplicates were summed: a paper listed twice counts once
    both = (m.T @ m).tocoo()
    counts = np.asarray(m.sum(axis=0)).ravel()
    upper = both.row < both.col
    return counts, sparse.coo_matrix((both.data[upper], (both.row[upper], both.col[upper])), shape=both.shape)


def backbone(counts: Any, pairs: Any, k: int = BACKBONE_K) -> list[tuple[int, int, int]]:
    """The links ``(i, j, papers together)`` each entity keeps: its ``k`` strongest by cosine
    (together / sqrt(papers_i * papers_j)), ties by more papers together."""
    import numpy as np  # noqa: PLC0415

    i, j, c = pairs.row, pairs.col, pairs.data
    if len(c) == 0:
        return []
    cos = c / np.sqrt(np.maximum(counts[i] * counts[j], 1))
    # every link once from each end; sorted by (end, -cosine, -count), the first k of every end stay
    ends = np.concatenate([i, j])
    link = np.concatenate([np.arange(len(c)), np.arange(len(c))])
    order = np.lexsort((link, -c[link], -cos[link], ends))
    e = ends[order]
    rank = np.arange(len(e)) - np.searchsorted(e, e, side="left")
    keep = np.zeros(len(c), dtype=bool)
    keep[link[order[rank < k]]] = True
    return [(int(a), int(b), int(n)) for a, b, n in zip(i[keep], j[keep], c[keep])]


def communities(h: nx.Graph, seed: int = LOUVAIN_SEED) -> dict[str, int]:
    """Community number per node (0 = the biggest by papers), from Louvain on the weighted backbone."""
    if h.number_of_edges() == 0:
        return {n: i for i, n in enumerate(sorted(h, key=str))}
    groups = nx.community.louvain_communities(h, weight="weight", seed=seed)
    size = {i: sum(int(h.nodes[n].get("paper_count") or 0) for n in grp) for i, grp in enumerate(groups)}
    order = sorted(range(len(groups)), key=lambda i: (-size[i], min(map(str, groups[i]))))
    return {n: rank for rank, i in enumerate(order) for n in groups[i]}


_KEEP = ("id", "type", "name", "aliases", "paper_count", "mention_count", "url", "evidence")


def overview_graph(g: nx.MultiDiGraph, *, max_nodes: int | None = 1500, min_papers: int = 1,
                   types: tuple[str, ...] = ENTITY_TYPES) -> tuple[nx.MultiDiGraph, dict[str, Any]]:
    """The overview of ``g`` (see the module docstring) as a graph of its own with ``CO_USED`` edges
    (``count``: papers together) and a ``community`` per node, and what was done (as
    :func:`~kg.sinks.map_select.select_subgraph` tells it)."""
    if max_nodes is not None and max_nodes < 1:
        raise InputError(f"max_nodes must be at least 1 (got {max_nodes})")
    ents, available = top_entities(g, max_nodes=max_nodes, min_papers=min_papers, types=types)
    h = nx.MultiDiGraph()
    for n in ents:
        d = g.nodes[n]
        h.add_node(n, **{k: d[k] for k in _KEEP if k in d})
    notes = ["Overview: methods, datasets, metrics, tasks and repositories, sized by papers and joined when "
             "papers use them together; click one for its papers. Colours are communities."]
    if min_papers > 1:
        notes.append(f"Entities seen in at least {min_papers} papers (kg viz --min-papers 1 shows all).")
    if len(ents) < available:
        notes.append(f"Showing the {len(ents):,} most used of {available:,} entities; {available - len(ents):,} "
                     "left out (kg viz --max-nodes N, --min-papers N or --focus NAME to see others).")
    if ents:
        counts, pairs = co_use(g, ents)
        und = nx.Graph()
        und.add_nodes_from((n, {"paper_count": int(counts[j])}) for j, n in enumerate(ents))
        for a, b, c in backbone(counts, pairs):
            h.add_edge(ents[a], ents[b], key="CO_USED", type="CO_USED", count=c)
            und.add_edge(ents[a], ents[b], weight=c / math.sqrt(max(counts[a] * counts[b], 1)))
        for n, c in communities(und).items():
            h.nodes[n]["community"] = c
    info = {"focus": None, "focus_name": None, "hops": 0, "min_papers": min_papers, "available": available,
            "truncated": len(ents) < available, "left_out": available - len(ents), "notes": notes,
            "view": "overview"}
    return h, info
