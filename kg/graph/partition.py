"""The graph written per partition, and read back as one record stream (``kg build --engine dask``).

A worker links one partition's records with the corpus's :class:`~kg.link.summary.LinkTable` and
builds their part of the graph with the single-process :class:`~kg.graph.build.GraphBuilder`. Every
edge starts at a Paper or Result of the partition, so each partition writes, under a ``prefix``:

- ``prefix.nodes.jsonl``: its Paper and Result nodes (the graph attributes, one JSON object a line);
- ``prefix.edges.jsonl``: its edges, ``[from, to, type, from label, to label, attributes]``;
- ``prefix.entities.jsonl``: its share of each entity node it points at, sorted by id, as
  ``id<TAB>{"name", "aliases", "mentions", "papers", "evidence"}`` (the first ``MAX_EVIDENCE`` items
  seen in the partition, with their sentences).

:class:`PartitionedRecords` reads the files as :class:`~kg.graph.records.GraphRecords` does a graph:
partition by partition, and the entity nodes by a k-way merge of the sorted entity files (partitions in
input order), so no process holds the whole graph; the driver holds the table's entities only. An
entity node's attributes are computed from its shares exactly as the single-process build computes
them from all its mentions (:func:`~kg.graph.build.entity_node_attrs`).
"""
from __future__ import annotations

import heapq
import json
import os
from collections import Counter
from functools import cached_property
from itertools import groupby
from pathlib import Path
from typing import Any, Iterable, Iterator

import networkx as nx

from kg.errors import SinkError
from kg.graph.build import GraphBuilder, _evidence_json, entity_node_attrs
from kg.graph.ids import type_of
from kg.graph.records import EdgeRecord, NodeRecord, edge_record, node_record
from kg.link.summary import LinkTable
from kg.models import MAX_EVIDENCE, Entity, Extraction
from kg.schema import Schema, load_schema
from kg.vocab import EntityType

#: The labels whose nodes belong to one paper, hence to one partition.
PAPER_LABELS = frozenset({EntityType.PAPER.value, EntityType.RESULT.value})

_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class _PartEntities(dict):
    """A partition's own records of the entities its mentions link to (created from the table on first
    use); ``get`` falls back on the table, so the graph builder finds every entity's type."""

    def __init__(self, table: dict[str, Entity]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, eid: str) -> Entity:
        e = self.table[eid]
        mine = self[eid] = Entity(e.id, e.type, e.name)
        return mine

    def get(self, eid: str, default: Any = None) -> Any:
        got = dict.get(self, eid)
        return got if got is not None else self.table.get(eid, default)


def write_partition(table: LinkTable, extractions: Iterable[Extraction], prefix: str,
                    schema: Schema | None = None) -> dict[str, Any]:
    """Link and build one partition, write its three files (each under a temporary name, then renamed);
    returns its counts: ``papers``, ``nodes`` and ``edges`` by label / type."""
    from kg.link import Resolver  # noqa: PLC0415

    apply = Resolver().applier()
    acc = _PartEntities(table.entities)
    b = GraphBuilder(acc, schema)
    papers = 0
    for ex in extractions:
        b.add_linked(apply(table, ex, acc))
        papers += 1
    g = b.g
    nodes: Counter = Counter()
    edges: Counter = Counter()
    with _atomic(prefix + ".nodes.jsonl") as fh:
        for _, d in g.nodes(data=True):
            if d["type"] in PAPER_LABELS:
                fh.write(_dump(d) + "\n")
                nodes[d["type"]] += 1
    with _atomic(prefix + ".edges.jsonl") as fh:
        for u, v, k, d in g.edges(keys=True, data=True):
            fh.write(_dump([u, v, k, g.nodes[u]["type"], g.nodes[v]["type"], d]) + "\n")
            edges[k] += 1
    with _atomic(prefix + ".entities.jsonl") as fh:
        for eid in sorted(n for n, d in g.nodes(data=True) if d["type"] not in PAPER_LABELS):
            fh.write(eid + "\t" + _dump(_share(b, dict.get(acc, eid))) + "\n")
    return {"papers": papers, "nodes": dict(nodes), "edges": dict(edges)}


def _share(b: GraphBuilder, ent: Entity | None) -> dict[str, Any]:
    """One partition's share of an entity node (None: the partition only names it in a result or proposal)."""
    if ent is None:
        return {"name": None, "aliases": [], "mentions": 0, "papers": [], "evidence": []}
    pn = b._paper_node
    return {"name": ent.name, "aliases": sorted(ent.aliases), "mentions": ent.mentions,
            "papers": sorted(pn(p) for p in ent.papers),
            "evidence": [[e.paper, e.field, e.start, _evidence_json(e, pn(e.paper), b._texts(e.paper))]
                         for e in ent.evidence]}


class _atomic:
    """A text file written under ``path.<pid>.tmp`` and renamed to ``path`` when the block completes."""

    def __init__(self, path: str) -> None:
        self.path, self.tmp = path, f"{path}.{os.getpid()}.tmp"

    def __enter__(self):
        self.fh = open(self.tmp, "w", encoding="utf-8")
        return self.fh

    def __exit__(self, exc_type: Any, *rest: Any) -> None:
        self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)


def entity_attrs(eid: str, shares: list[dict[str, Any]], table: dict[str, Entity]) -> dict[str, Any]:
    """An entity node's attributes from its partitions' shares (in input order) and the table's entity."""
    base = table.get(eid)
    if base is None:  # a repository: named by the first URL seen (or an earlier build)
        name = next(s["name"] for s in shares if s["name"] is not None)
        ent = Entity(eid, type_of(eid), name)
    else:
        ent = Entity(eid, base.type, base.name, set(base.aliases), type_votes=base.type_votes)
    for s in shares:
        ent.aliases.update(s["aliases"])
        ent.mentions += s["mentions"]
    papers = list(heapq.merge(*(s["papers"] for s in shares)))
    evidence = [e for s in shares for e in s["evidence"]][:MAX_EVIDENCE]  # the first seen, as one process keeps
    evidence.sort(key=lambda e: (e[0], e[1], e[2]))
    return entity_node_attrs(ent, papers, [e[3] for e in evidence])


def _entity_lines(path: Path, part: int) -> Iterator[tuple[str, int, str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            eid, _, share = line.rstrip("\n").partition("\t")
            yield eid, part, share


class PartitionedRecords:
    """A graph written per partition (:func:`write_partition`) read as typed records, with the
    interface of :class:`~kg.graph.records.GraphRecords` (what every sink reads).

    Parameters
    ----------
    prefixes : the partitions' file prefixes, in input order
    entities : the link table's entities (names, aliases, type votes)
    meta : the graph-level attributes (``kg_version``, ``papers``, ``built_at``, ``inputs``)
    """

    def __init__(self, prefixes: list[str], entities: dict[str, Entity], meta: dict[str, Any],
                 schema: Schema | None = None) -> None:
        self.prefixes = prefixes
        self.entities = entities
        self.schema = schema or load_schema()
        self._meta = meta
        self._counts: dict[str, Counter] | None = None

    @property
    def meta(self) -> dict[str, Any]:
        return dict(self._meta)

    def labels(self) -> list[str]:
        return list(self.schema.nodes)

    def entity_nodes(self) -> Iterator[dict[str, Any]]:
        """The attributes of every entity node, by id: a k-way merge of the partitions' sorted shares."""
        streams = [_entity_lines(Path(p + ".entities.jsonl"), i) for i, p in enumerate(self.prefixes)]
        merged = heapq.merge(*streams, key=lambda x: (x[0], x[1]))
        for eid, group in groupby(merged, key=lambda x: x[0]):
            yield entity_attrs(eid, [json.loads(s) for _, _, s in group], self.entities)

    def _lines(self, suffix: str) -> Iterator[str]:
        for p in self.prefixes:
            with open(p + suffix, encoding="utf-8") as fh:
                yield from fh

    def nodes(self) -> Iterator[NodeRecord]:
        """Papers and results partition by partition, then the entity nodes."""
        for line in self._lines(".nodes.jsonl"):
            d = json.loads(line)
            yield node_record(self.schema, d["id"], d)
        for d in self.entity_nodes():
            yield node_record(self.schema, d["id"], d)

    def edges(self) -> Iterator[EdgeRecord]:
        allowed: set[tuple[str, str, str]] = set()
        for line in self._lines(".edges.jsonl"):
            u, v, k, a, b, d = json.loads(line)
            if (k, a, b) not in allowed:
                if not self.schema.rel_pair_ok(k, a, b):
                    raise SinkError(f"relationship ({a})-[:{k}]->({b}) is not in the schema")
                allowed.add((k, a, b))
            yield edge_record(self.schema, u, v, k, a, b, d)

    def counts(self) -> dict[str, Counter]:
        """Nodes by label and edges by type (reads the entity files' ids and the edge files once)."""
        if self._counts is None:
            nodes: Counter = Counter()
            for line in self._lines(".nodes.jsonl"):
                nodes[json.loads(line)["type"]] += 1
            streams = [_entity_lines(Path(p + ".entities.jsonl"), i) for i, p in enumerate(self.prefixes)]
            for eid, _ in groupby(heapq.merge(*streams, key=lambda x: (x[0], x[1])), key=lambda x: x[0]):
                nodes[type_of(eid).value] += 1
            edges: Counter = Counter(json.loads(line)[2] for line in self._lines(".edges.jsonl"))
            self._counts = {"nodes": nodes, "edges": edges}
        return self._counts

    def node_count(self) -> int:
        return sum(self.counts()["nodes"].values())

    def edge_count(self) -> int:
        return sum(self.counts()["edges"].values())

    def __len__(self) -> int:
        return self.node_count() + self.edge_count()

    def stats(self) -> dict[str, Any]:
        """What :func:`kg.graph.graph_stats` says of the single-process graph."""
        c = self.counts()
        return {"nodes": self.node_count(), "edges": self.edge_count(),
                "nodes_by_type": dict(sorted(c["nodes"].items())), "edges_by_type": dict(sorted(c["edges"].items()))}

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The whole graph in memory (for graph.json and the map of a build small enough to hold)."""
        g = nx.MultiDiGraph()
        for line in self._lines(".nodes.jsonl"):
            d = json.loads(line)
            g.add_node(d["id"], **d)
        for d in self.entity_nodes():
            g.add_node(d["id"], **d)
        for line in self._lines(".edges.jsonl"):
            u, v, k, _, _, d = json.loads(line)
            d["evidence"] = tuple(tuple(x) for x in d.get("evidence") or ())
            g.add_edge(u, v, key=k, **d)
        g.graph.update(self._meta)
        return g

