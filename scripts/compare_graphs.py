"""Compare two builds' graphs: node ids and attributes, edges (with keys and attributes), graph-level
attributes except the build time and the input paths. Exit 0 when equal.

    python scripts/compare_graphs.py OLD_DIR_OR_GRAPH_JSON NEW_DIR_OR_GRAPH_JSON
"""
from __future__ import annotations

import sys

from kg.graph import load_graph

IGNORED_GRAPH_ATTRS = ("built_at", "inputs")


def differences(a, b, show: int = 5) -> list[str]:
    out = []
    if set(a.nodes) != set(b.nodes):
        out.append(f"nodes: {len(set(a.nodes) - set(b.nodes))} only in the first, "
                   f"{len(set(b.nodes) - set(a.nodes))} only in the second")
    attrs = [n for n in a.nodes if n in b and a.nodes[n] != b.nodes[n]]
    if attrs:
        out.append(f"{len(attrs)} node(s) with different attributes, e.g. {attrs[:show]}")
    ea = {(u, v, k): d for u, v, k, d in a.edges(keys=True, data=True)}
    eb = {(u, v, k): d for u, v, k, d in b.edges(keys=True, data=True)}
    if set(ea) != set(eb):
        out.append(f"edges: {len(set(ea) - set(eb))} only in the first, {len(set(eb) - set(ea))} only in the second")
    diff = [e for e in ea if e in eb and ea[e] != eb[e]]
    if diff:
        out.append(f"{len(diff)} edge(s) with different attributes, e.g. {diff[:show]}")
    ga = {k: v for k, v in a.graph.items() if k not in IGNORED_GRAPH_ATTRS}
    gb = {k: v for k, v in b.graph.items() if k not in IGNORED_GRAPH_ATTRS}
    if ga != gb:
        out.append(f"graph attributes differ: {ga} != {gb}")
    return out


def main(argv: list[str]) -> int:
    a, b = load_graph(argv[0]), load_graph(argv[1])
    diffs = differences(a, b)
    for line in diffs:
        print(line)
    if not diffs:
        print(f"equal: {a.number_of_nodes()} nodes, {a.number_of_edges()} edges")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
