"""Which part of a graph the map shows: a focus neighbourhood, a paper-count floor, a node budget."""
from __future__ import annotations

import heapq
from typing import Any

import networkx as nx

from kg.errors import InputError

#: Node types drawn at a fixed small size (one paper each): never hidden by the paper-count floor.
FIXED_TYPES = ("Paper", "Result")


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
                if n == center or d.get("type") in FIXED_TYPES or int(d.get("paper_count") or 0) >= min_papers}
        h = h.subgraph(keep)
        info["notes"].append(f"Entities seen in at least {min_papers} papers.")
    info["available"] = total = h.number_of_nodes()
    if max_nodes is not None and total > max_nodes:
        h = h.subgraph(most_connected(h, max_nodes, start=center))
        info["truncated"] = True
        info["notes"].append(f"Showing {h.number_of_nodes():,} of {total:,} nodes: the most connected part "
                             "(kg viz --max-nodes N or --focus NAME to see others).")
    return h, info

