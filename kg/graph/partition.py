"""The graph written per partition, and read back as one record stream (``kg build --engine dask``).

A worker links one partition's records with the corpus's :class:`~kg.link.summary.LinkTable` and
builds their part of the graph with the single-process :class:`~kg.graph.build.GraphBuilder`. Every
edge starts at a Paper or Result of the partition, so each partition writes, under a ``prefix``:

- ``prefix.nodes.jsonl``: its Paper and Result nodes (the graph attributes, one JSON object a line);
- ``prefix.edges.jsonl``: its edges, ``[from, to, type, from label, to label, attributes]``;
- ``prefix.entities.jsonl``: its share of each entity node it points at, sorted by id, as
  ``id<TAB>flags<TAB>{"name", "aliases", "mentions", "papers", "evidence"}`` (the ``MAX_EVIDENCE``
  clearest items of the partition and its last paper's, ``[rank, paper, field, start, item]``, with their sentences; ``flags`` is three digits, the entity's
  :meth:`~kg.graph.weak_evidence.WeakEvidence.state` in the partition: mentioned, more than a weak guess, seen in
  capitals of typesetting).

:class:`PartitionedRecords` reads the files as :class:`~kg.graph.records.GraphRecords` does a graph:
partition by partition, and the entity nodes by a k-way merge of the sorted entity files (partitions in
input order), so no process holds the whole graph; the driver holds the table's entities only. An
entity node's attributes are computed from its shares exactly as the single-process build computes
them from all its mentions (:func:`~kg.graph.build.entity_node_attrs`). The nodes the single-process
build prunes (:mod:`kg.graph.weak_evidence`: mentioned in one paper only, by weak guesses only) are left out
with their edges: mentioned in one partition only (so in one paper: a partition that saw two papers
calls it strong) and strong in none.
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
from kg.graph.build import GraphBuilder, _evidence_json, _sentence, best_first, entity_node_attrs
from kg.graph.common_proposals import common_proposals
from kg.graph.ids import type_of
from kg.graph.kept_names import NodeForms
from kg.graph.not_entities import not_entity_ids
from kg.graph.weak_evidence import WeakEvidence, weak_from_states
from kg.graph.records import EdgeRecord, NodeRecord, edge_record, node_record
from kg.link.summary import LinkTable
from kg.models import Entity, Extraction, evidence_key
from kg.schema import Schema, load_schema
from kg.vocab import MENTION_REL, EntityType, RelType

_PROPOSES = RelType.PROPOSES.value

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
    weak = WeakEvidence(table.entities)
    b = GraphBuilder(acc, schema, weak.unlinked)
    papers = 0
    for ex in extractions:
        lk = apply(table, ex, acc)
        weak.add(lk)
        b.add_linked(lk)
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
            flags = "".join("1" if f else "0" for f in weak.state(eid))
            fh.write(eid + "\t" + flags + "\t" + _dump(_share(b, dict.get(acc, eid))) + "\n")
    return {"papers": papers, "nodes": dict(nodes), "edges": dict(edges)}


def _share(b: GraphBuilder, ent: Entity | None) -> dict[str, Any]:
    """One partition's share of an entity node (None: the partition only names it in a result or proposal)."""
    if ent is None:
        return {"name": None, "aliases": [], "mentions": 0, "papers": [], "evidence": []}
    # its linked and unlinked papers' forms (NodeForms.named, once merged), whether or not the node has an unlinked
    # paper: another partition may unlink one (GraphBuilder.forms). On arXiv all shares' forms are 1.2 MB of JSON,
    # 56 kB of them for the 904 nodes with an unlinked paper
    forms = b.forms.share(ent.id)
    ent = b.linked_entity(ent)
    pn = b._paper_node
    return {"name": ent.name, "aliases": sorted(ent.aliases), "mentions": ent.mentions, "forms": forms,
            "papers": sorted(pn(p) for p in ent.papers),
            "evidence": [[e.rank, e.paper, e.field, e.start, _evidence_json(e, pn(e.paper), b._texts(e.paper))]
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
    forms = NodeForms()
    for s in shares:
        ent.aliases.update(s["aliases"])
        ent.mentions += s["mentions"]
        if "forms" in s:
            forms.merge(eid, s["forms"])
    linked, ent = ent.name, forms.named(ent)
    papers = list(heapq.merge(*(s["papers"] for s in shares)))
    # the clearest of all shares' clearest, in the order one process shows them
    evidence = best_first([(evidence_key(*e[:4]), e[4]) for s in shares for e in s["evidence"]], _sentence)
    return entity_node_attrs(ent, papers, evidence, linked)


def _entity_lines(path: Path, part: int) -> Iterator[tuple[str, int, str, str]]:
    """``(id, partition, flags, share)`` of each line of a partition's entity file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            eid, flags, share = line.rstrip("\n").split("\t", 2)
            yield eid, part, flags, share


def _weak(flags: list[str]) -> bool:
    """An entity the single-process build prunes (:func:`kg.graph.weak_evidence.weak_from_states` of the flags)."""
    return weak_from_states([tuple(c == "1" for c in f) for f in flags])


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
        self._weak: set[str] | None = None
        self._common: set[tuple[str, str]] | None = None

    @property
    def meta(self) -> dict[str, Any]:
        return dict(self._meta)

    def labels(self) -> list[str]:
        return list(self.schema.nodes)

    def _merged(self) -> Iterator[tuple[str, list[tuple[str, int, str, str]]]]:
        """Each entity id with its partitions' lines (partitions in input order), by id."""
        streams = [_entity_lines(Path(p + ".entities.jsonl"), i) for i, p in enumerate(self.prefixes)]
        for eid, group in groupby(heapq.merge(*streams, key=lambda x: (x[0], x[1])), key=lambda x: x[0]):
            yield eid, list(group)

    def weak_ids(self) -> set[str]:
        """The entity ids the build leaves out (:mod:`kg.graph.prune`), from the shares' flags."""
        if self._weak is None:
            self._weak = {eid for eid, lines in self._merged() if _weak([x[2] for x in lines])} \
                | not_entity_ids(self.entities)  # names of no thing of their type ("LiDAR", "detection"): left out
        return self._weak

    def entity_nodes(self) -> Iterator[dict[str, Any]]:
        """The attributes of every entity node, by id: a k-way merge of the partitions' sorted shares."""
        weak = self.weak_ids()
        for eid, lines in self._merged():
            if eid not in weak:
                yield entity_attrs(eid, [json.loads(x[3]) for x in lines], self.entities)

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

    def _kept_edge_lines(self) -> Iterator[list]:
        """Every edge line parsed, without the edges of the left-out entities."""
        weak = self.weak_ids()
        for line in self._lines(".edges.jsonl"):
            e = json.loads(line)
            if e[0] not in weak and e[1] not in weak:
                yield e

    def common_proposals(self) -> set[tuple[str, str]]:
        """The (paper, entity) proposals the build turns into mentions
        (:mod:`kg.graph.common_proposals`), from the edge files and the paper nodes."""
        if self._common is None:
            props = [(e[0], e[1], e[5].get("evidence")) for e in self._kept_edge_lines() if e[2] == _PROPOSES]

            def papers():
                for line in self._lines(".nodes.jsonl"):
                    d = json.loads(line)
                    if d.get("type") == EntityType.PAPER.value:
                        yield d["id"], d

            self._common = common_proposals(props, papers)
        return self._common

    def _edge_lines(self) -> Iterator[list]:
        """The graph's edge lines: :meth:`_kept_edge_lines`, a common proposal as its type's mention."""
        common = self.common_proposals()
        for e in self._kept_edge_lines():
            if e[2] == _PROPOSES and (e[0], e[1]) in common:
                e[2] = MENTION_REL[type_of(e[1])].value
                e[5]["type"] = e[2]
            yield e

    def edges(self) -> Iterator[EdgeRecord]:
        allowed: set[tuple[str, str, str]] = set()
        for u, v, k, a, b, d in self._edge_lines():
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
            weak = self.weak_ids()
            for eid, _ in self._merged():
                if eid not in weak:
                    nodes[type_of(eid).value] += 1
            edges: Counter = Counter(e[2] for e in self._edge_lines())
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
                "nodes_by_type": dict(sorted(c["nodes"].items())), "edges_by_type": dict(sorted(c["edges"].items())),
                "weak_nodes_dropped": len(self.weak_ids()), "common_proposals_demoted": len(self.common_proposals())}

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The whole graph in memory (for graph.json and the map of a build small enough to hold)."""
        g = nx.MultiDiGraph()
        for line in self._lines(".nodes.jsonl"):
            d = json.loads(line)
            g.add_node(d["id"], **d)
        for d in self.entity_nodes():
            g.add_node(d["id"], **d)
        for u, v, k, _, _, d in self._edge_lines():
            d["evidence"] = tuple(tuple(x) for x in d.get("evidence") or ())
            g.add_edge(u, v, key=k, **d)
        g.graph.update(self._meta)
        return g

