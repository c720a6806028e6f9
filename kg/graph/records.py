"""Typed node and relationship records: the one value a built graph crosses into every sink as.

The networkx graph stays the in-memory form (linking and the map work on it); the sinks read it through
:class:`GraphRecords`, which streams one :class:`NodeRecord` / :class:`EdgeRecord` at a time (never a
second copy of a big graph) with the properties that ``schemas/graph.json`` declares, checked against it
and in their typed form: nested values (node and edge ``evidence``) as lists of dicts, so that each sink's
encoder (``kg.sinks.encode``) turns them into JSON the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Mapping

import networkx as nx

from kg.errors import SinkError
from kg.schema import Schema, load_schema

#: The keys of one edge evidence item (a compact span in the edge's source paper).
EDGE_EVIDENCE_KEYS = ("field", "start", "end")


@dataclass(frozen=True)
class NodeRecord:
    """One node: its key, its label and its schema properties (``None`` for a missing value).

    ``props`` holds every property the schema lists for ``label`` except the key, in schema order.
    """

    id: str
    label: str
    props: Mapping[str, Any]


@dataclass(frozen=True)
class EdgeRecord:
    """One relationship: its ends (ids and labels), its type and its schema properties."""

    src: str
    dst: str
    type: str
    src_label: str
    dst_label: str
    props: Mapping[str, Any]

    @property
    def group(self) -> tuple[str, str, str]:
        """``(type, from label, to label)``: the unit a store loads relationships by."""
        return self.type, self.src_label, self.dst_label


def edge_evidence(spans: Any) -> list[dict[str, Any]]:
    """Edge evidence spans (tuples in memory, lists in graph.json) as ``{field, start, end}`` dicts.

    >>> edge_evidence((("abstract", 886, 911),))
    [{'field': 'abstract', 'start': 886, 'end': 911}]
    >>> edge_evidence([{"field": "title", "start": 0, "end": 4}])
    [{'field': 'title', 'start': 0, 'end': 4}]
    """
    out = []
    for item in spans or ():
        if isinstance(item, (tuple, list)):
            f, s, e = item
            out.append({"field": f, "start": int(s), "end": int(e)})
        else:
            out.append({k: item[k] for k in EDGE_EVIDENCE_KEYS})
    return out


def node_record(schema: Schema, n: Any, d: Mapping[str, Any]) -> NodeRecord:
    """The record of one node given its graph attributes (``type`` is its label)."""
    label = d.get("type")
    ns = schema.nodes.get(label)
    if ns is None:
        raise SinkError(f"node {n!r} has type {label!r}, which the schema does not know")
    return NodeRecord(str(n), label, {k: d.get(k) for k in ns.properties if k != ns.key})


def edge_record(schema: Schema, s: Any, t: Any, k: str, a: str, b: str, d: Mapping[str, Any]) -> EdgeRecord:
    """The record of one relationship ``s -[k]-> t`` between labels ``a`` and ``b`` (checked by the caller)."""
    props = {p: d.get(p) for p in schema.relationships[k].properties}
    if "evidence" in props:
        props["evidence"] = edge_evidence(props["evidence"])
    return EdgeRecord(str(s), str(t), k, a, b, props)


class GraphRecords:
    """A built graph read as typed records, checked against the schema.

    Parameters
    ----------
    g : the graph (``kg.graph.build_graph``); every node's ``type`` must be a schema label and every
        edge a relationship the schema allows between its ends' labels, else :class:`SinkError`.
    schema : defaults to the schema shipped with kg.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("paper:a", type="Paper", name="A", year=None)
    >>> g.add_node("method:x", type="Method", name="X")
    >>> _ = g.add_edge("paper:a", "method:x", key="USES", type="USES", count=1, evidence=(("title", 0, 1),))
    >>> recs = GraphRecords(g)
    >>> [n.id for n in recs.nodes()], next(recs.edges()).props["evidence"]
    (['paper:a', 'method:x'], [{'field': 'title', 'start': 0, 'end': 1}])
    """

    def __init__(self, g: nx.MultiDiGraph, schema: Schema | None = None) -> None:
        self.graph = g
        self.schema = schema or load_schema()

    @property
    def meta(self) -> dict[str, Any]:
        """The graph-level attributes (``kg_version``, ``papers``, ``built_at``, ``inputs``)."""
        return dict(self.graph.graph)

    def __len__(self) -> int:
        return self.graph.number_of_nodes() + self.graph.number_of_edges()

    def node_count(self) -> int:
        return self.graph.number_of_nodes()

    def edge_count(self) -> int:
        return self.graph.number_of_edges()

    def labels(self) -> list[str]:
        return list(self.schema.nodes)

    def nodes(self) -> Iterator[NodeRecord]:
        """Every node, in graph order."""
        for n, d in self.graph.nodes(data=True):
            yield node_record(self.schema, n, d)

    def edges(self) -> Iterator[EdgeRecord]:
        """Every relationship, in graph order; ``evidence`` as ``{field, start, end}`` dicts."""
        g = self.graph
        node = g.nodes
        allowed: set[tuple[str, str, str]] = set()  # groups checked against the schema
        for s, t, k, d in g.edges(keys=True, data=True):
            a, b = node[s].get("type"), node[t].get("type")
            if (k, a, b) not in allowed:
                if not self.schema.rel_pair_ok(k, a, b):
                    raise SinkError(f"relationship ({a})-[:{k}]->({b}) is not in the schema")
                allowed.add((k, a, b))
            yield edge_record(self.schema, s, t, k, a, b, d)
