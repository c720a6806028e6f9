"""Assemble the typed graph (a networkx MultiDiGraph) from the linker's output."""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

import networkx as nx

import kg
from kg.graph.ids import node_id
from kg.models import Entity, Evidence, Linked, Linking, Result
from kg.schema import Schema, load_schema
from kg.vocab import MENTION_REL, EntityType, RelType

#: Evidence items kept on one node (with their sentences) or edge (spans only); ``mention_count`` /
#: ``count`` still count all.
MAX_EVIDENCE = 20
MAX_EDGE_EVIDENCE = 5

_SENT_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])")


def evidence_sentence(text: str, start: int, end: int, max_chars: int = 400) -> str:
    """The sentence of ``text`` around the span ``[start, end)`` (cut to ``max_chars``).

    >>> evidence_sentence("We use BERT. It works on GLUE. Done.", 21, 25)
    'It works on GLUE.'
    """
    left = 0
    for m in _SENT_BOUNDARY.finditer(text, 0, min(len(text), start + 1)):
        if m.end() > start:
            break
        left = m.end()
    m = _SENT_BOUNDARY.search(text, end)
    right = m.start() if m else len(text)
    sent = text[left:right].strip()
    if len(sent) > max_chars:
        lo = max(0, start - left - max_chars // 2)
        sent = ("…" if lo else "") + sent[lo : lo + max_chars] + "…"
    return sent


def _evidence_json(ev: Evidence, texts: dict[str, dict[str, str]]) -> dict[str, Any]:
    out = ev.to_json()
    out["paper"] = node_id(EntityType.PAPER, ev.paper)
    fields = texts.get(ev.paper)
    if fields is not None:
        out["sentence"] = evidence_sentence(fields.get(ev.field, ""), ev.start, ev.end)
    return out


def _number(value: str) -> float | None:
    m = re.search(r"[-+]?\d+(?:[.,]\d+)?", value or "")
    if not m:
        return None
    try:
        return float(m.group(0).replace(",", "."))
    except ValueError:  # pragma: no cover
        return None


class GraphBuilder:
    """Adds papers, entities and relationships to one MultiDiGraph, checking them against the schema."""

    def __init__(self, schema: Schema | None = None) -> None:
        self.schema = schema or load_schema()
        self.g = nx.MultiDiGraph()
        self._texts: dict[str, dict[str, str]] = {}

    # -- nodes -------------------------------------------------------------------------------------
    def add_paper(self, linked: Linked) -> str:
        p = linked.extraction.paper
        pid = node_id(EntityType.PAPER, p.id)
        self._texts[p.id] = {"title": p.title, "abstract": p.abstract}
        self.g.add_node(
            pid,
            id=pid,
            type=EntityType.PAPER.value,
            name=p.title,
            title=p.title,
            abstract=p.abstract,
            url=p.url or "",
            year=p.year,
            source=p.source or "",
            aliases=[],
            mention_count=1,
            paper_count=1,
            papers=[pid],
            evidence=[],
        )
        return pid

    def add_entity(self, ent: Entity) -> None:
        evidence = sorted(ent.evidence, key=lambda e: (e.paper, e.field, e.start))
        attrs: dict[str, Any] = {
            "id": ent.id,
            "type": ent.type.value,
            "name": ent.name,
            "aliases": sorted(a for a in ent.aliases if a != ent.name),
            "mention_count": max(ent.mention_count, 1),
            "paper_count": len(ent.papers),
            "papers": sorted(node_id(EntityType.PAPER, p) for p in ent.papers),
            "evidence": [_evidence_json(e, self._texts) for e in evidence[:MAX_EVIDENCE]],
        }
        if ent.type is EntityType.REPOSITORY:
            url = ent.name if "://" in ent.name else f"https://{ent.name}"
            attrs["url"] = url
            attrs["host"] = re.sub(r"^https?://(www\.)?", "", url).split("/", 1)[0].lower()
        self.g.add_node(ent.id, **attrs)

    # -- edges -------------------------------------------------------------------------------------
    def add_edge(self, src: str, dst: str, rel: RelType, ev: Evidence | None = None) -> None:
        s_type = self.g.nodes[src]["type"]
        d_type = self.g.nodes[dst]["type"]
        if not self.schema.rel_pair_ok(rel.value, s_type, d_type):
            raise ValueError(f"schema does not allow ({s_type})-[:{rel.value}]->({d_type})")
        if self.g.has_edge(src, dst, key=rel.value):
            data = self.g.edges[src, dst, rel.value]
            data["count"] += 1
        else:
            self.g.add_edge(src, dst, key=rel.value, type=rel.value, count=1, evidence=[])
            data = self.g.edges[src, dst, rel.value]
        if ev is not None and len(data["evidence"]) < MAX_EDGE_EVIDENCE:
            # compact spans [field, start, end] (the paper is the edge's source; nodes keep the sentences)
            data["evidence"].append([ev.field, ev.start, ev.end])

    def add_result(self, pid: str, n: int, res: Result, ids: tuple[str | None, str | None, str | None]) -> None:
        paper_raw = pid.split(":", 1)[1]
        rid = f"result:{paper_raw}-{n}"
        parts = [x for x in (res.method, res.metric, res.dataset) if x]
        name = f"{res.value} " + " / ".join(parts) if parts else res.value
        text = self._texts.get(paper_raw, {}).get(res.field, "")
        ev = Evidence(paper_raw, res.field, res.start, res.end, text[res.start : res.end]) if res.end > res.start else None
        self.g.add_node(
            rid,
            id=rid,
            type=EntityType.RESULT.value,
            name=name.strip(),
            value=res.value,
            number=_number(res.value),
            method=res.method or "",
            dataset=res.dataset or "",
            metric=res.metric or "",
            paper=pid,
            aliases=[],
            mention_count=1,
            paper_count=1,
            papers=[pid],
            evidence=[_evidence_json(ev, self._texts)] if ev else [],
        )
        self.add_edge(pid, rid, RelType.HAS_RESULT, ev)
        for target, rel in zip(ids, (RelType.OF_METHOD, RelType.ON_DATASET, RelType.MEASURED_BY)):
            if target and target in self.g:
                self.add_edge(rid, target, rel, ev)


def build_graph(linking: Linking, *, inputs: list[str] | None = None, schema: Schema | None = None) -> nx.MultiDiGraph:
    """The typed graph of a linking: Paper nodes, entity nodes, and the schema's relationships.

    A mention of an entity the paper proposes becomes ``PROPOSES`` (Methods and Datasets); other
    mentions become the type's relationship (``USES``, ``EVALUATES_ON``, ``REPORTS``, ``ADDRESSES``);
    repositories ``HAS_CODE``; each stated result a ``Result`` node.
    """
    b = GraphBuilder(schema)
    paper_ids = [b.add_paper(lk) for lk in linking.papers]
    for ent in linking.entities.values():
        if ent.papers or ent.evidence:
            b.add_entity(ent)
    for pid, lk in zip(paper_ids, linking.papers):
        ex = lk.extraction
        raw = ex.paper.id
        proposed = set(lk.proposed_ids)
        for m, eid in zip(ex.mentions, lk.mention_ids):
            if not eid or eid not in b.g:
                continue
            ev = Evidence(raw, m.field, m.start, m.end, m.text)
            etype = EntityType(b.g.nodes[eid]["type"])
            rel = MENTION_REL[etype]
            if eid in proposed and b.schema.rel_pair_ok(RelType.PROPOSES.value, "Paper", etype.value):
                rel = RelType.PROPOSES
            b.add_edge(pid, eid, rel, ev)
        for r, eid in zip(ex.repos, lk.repo_ids):
            if eid and eid in b.g:
                b.add_edge(pid, eid, RelType.HAS_CODE, Evidence(raw, r.field, r.start, r.end, r.url))
        # a proposed entity the paper never mentions by span (rare) still gets its edge
        for eid in proposed:
            if eid in b.g and not b.g.has_edge(pid, eid, key=RelType.PROPOSES.value):
                etype = b.g.nodes[eid]["type"]
                if b.schema.rel_pair_ok(RelType.PROPOSES.value, "Paper", etype):
                    b.add_edge(pid, eid, RelType.PROPOSES)
        for n, (res, ids) in enumerate(zip(ex.results, lk.result_ids or [(None, None, None)] * len(ex.results))):
            b.add_result(pid, n, res, ids)
    b.g.graph.update(
        kg_version=kg.__version__,
        papers=len(paper_ids),
        built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        inputs=list(inputs or []),
    )
    return b.g
