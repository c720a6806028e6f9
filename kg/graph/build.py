"""Assemble the typed graph (a networkx MultiDiGraph) from the linker's output."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any, Callable, Collection, Iterable, TypeVar

import networkx as nx

import kg
from kg.extract.boundaries import named_split
from kg.graph.kept_names import NodeForms
from kg.graph.ids import node_id
from kg.metrics import MetricKnowledge, stated_direction
from kg.models import MAX_EVIDENCE, Entity, Evidence, Linked, Linking, Result, evidence_key
from kg.schema import Schema, load_schema
from kg.vocab import MENTION_REL, EntityType, RelType

T = TypeVar("T")

#: Evidence spans kept on one edge (the node's limit is :data:`kg.models.MAX_EVIDENCE`); ``count``
#: still counts all.
MAX_EDGE_EVIDENCE = 5

#: (not after "vs.", "cf.", "et al.", "e.g.", "i.e.": "(138.2 vs. 125.5 in CIDEr)" is one sentence)
_SENT_BOUNDARY = re.compile(r"(?<=[.!?])(?<!\bvs\.)(?<!\bcf\.)(?<!\bal\.)(?<!e\.g\.)(?<!i\.e\.)\s+(?=[A-Z0-9(\"'])")


def evidence_sentence(text: str, start: int, end: int, max_chars: int = 400) -> str:
    """The sentence of ``text`` around the span ``[start, end)`` (cut to ``max_chars``).

    >>> evidence_sentence("We use BERT. It works on GLUE. Done.", 21, 25)
    'It works on GLUE.'
    >>> evidence_sentence("We use BERT. It wins (82.1 vs. 75.3 F1). Done.", 22, 26)
    'It wins (82.1 vs. 75.3 F1).'
    """
    return sentence_at(text, start, end, max_chars)[0]


def sentence_at(text: str, start: int, end: int, max_chars: int = 400) -> tuple[str, int]:
    """The sentence :func:`evidence_sentence` gives for the span ``[start, end)`` and where the span starts in it
    (past the "…" of a cut sentence): a reader that marks the span marks it at its own place, not at an earlier copy
    of its words.

    >>> sentence_at("We use BERT. It works on GLUE and GLUE.", 34, 38)
    ('It works on GLUE and GLUE.', 21)
    >>> sent, at = sentence_at("Ab GLUE " + "x" * 500 + " GLUE y.", 509, 513, 100); (sent[at:at + 4], sent[:1], at)
    ('GLUE', '…', 51)
    """
    left, right = sentence_bounds(text, start, end)
    raw = text[left:right]
    sent = raw.strip()
    at = start - left - (len(raw) - len(raw.lstrip()))
    if len(sent) > max_chars:
        lo = max(0, start - left - max_chars // 2)
        sent = ("…" if lo else "") + sent[lo : lo + max_chars] + "…"
        at += (1 if lo else 0) - lo
    return sent, at


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence of ``text`` around the span ``[start, end)``."""
    left = 0
    for m in _SENT_BOUNDARY.finditer(text, 0, min(len(text), start + 1)):
        if m.end() > start:
            break
        left = m.end()
    m = _SENT_BOUNDARY.search(text, end)
    return left, (m.start() if m else len(text))


def _evidence_json(ev: Evidence, paper: str, fields: dict[str, Any] | None) -> dict[str, Any]:
    """An evidence item of a node: the span, its paper's node id and the sentence around it."""
    out = ev.to_json()
    out["paper"] = paper
    if fields is not None:
        out["sentence"] = evidence_sentence(fields.get(ev.field) or "", ev.start, ev.end)
    return out


def evidence_order(e: Evidence) -> tuple[int, str, str, int]:
    """The order of an entity's evidence items by clarity (:func:`kg.models.evidence_key`)."""
    return evidence_key(e.rank, e.paper, e.field, e.start)


def best_first(items: list[tuple[tuple[int, str, str, int], T]], sentence: Callable[[T], str] | None = None) -> list[T]:
    """The items of a node's evidence, best first: ``(key, item)`` pairs with keys of
    :func:`kg.models.evidence_key`, the clearest :data:`MAX_EVIDENCE` of them; each paper's clearest item
    comes before any paper's second, and a run-on sentence cut at its length limit (a table or body text set
    into the abstract: "Center Map (Ours) OCHMR (Ours) ROMP 3DPW-PC, 23.6 AP on ...") waits as a second item
    does; a sentence (``sentence(item)``) already shown, by another version of the paper or around another
    mention, comes after all new ones (a node shows different papers and sentences first); ties in key order.

    >>> best_first([((-5, "p1", "abstract", 9), "a"), ((-5, "p1", "abstract", 1), "b"), ((-3, "p2", "title", 0), "c")])
    ['b', 'c', 'a']
    >>> best_first([((-5, "p1", "abstract", 0), "s"), ((-5, "p2", "abstract", 0), "s"), ((-1, "p3", "title", 0), "t")],
    ...            sentence=str)
    ['s', 't', 's']
    """
    kept = sorted(items, key=lambda x: x[0])[:MAX_EVIDENCE]
    papers: dict[str, int] = {}
    said: dict[str, int] = {}
    ordered = []
    for key, item in kept:
        text = sentence(item) if sentence is not None else ""
        # this item's place: a sentence said before last, then a paper's later items and run-ons
        place = (said.get(text, 0) if text else 0, papers.get(key[1], 0) + text.endswith("…"))
        papers[key[1]] = papers.get(key[1], 0) + 1
        if text:
            said[text] = said.get(text, 0) + 1
        ordered.append((place, key, item))
    ordered.sort(key=lambda x: x[:2])
    return [x[2] for x in ordered]


def _sentence(item: dict[str, Any]) -> str:
    return item.get("sentence") or ""


def entity_node_attrs(ent: Entity, papers: list[str], evidence: list[dict[str, Any]],
                      linked_name: str | None = None) -> dict[str, Any]:
    """The attributes of an entity node: ``papers`` its sorted paper node ids, ``evidence`` its items
    (the clearest :data:`MAX_EVIDENCE`, in :func:`best_first` order, with their sentences). ``linked_name``: the
    linker's name of a node its kept papers rename (:meth:`kg.graph.kept_names.NodeForms.named`), kept as the
    ``linked_name`` attribute when it differs: ``kg build --append`` links by it
    (:func:`kg.build_state.existing_entities`), so the papers unlinked from the node stay unlinked."""
    attrs: dict[str, Any] = {
        "id": ent.id,
        "type": ent.type.value,
        "name": ent.name,
        "aliases": sorted(a for a in ent.aliases if a != ent.name),
        "mention_count": max(ent.mention_count, 1),
        "paper_count": len(papers),
        "papers": papers,
        "evidence": evidence,
    }
    if linked_name is not None and linked_name != ent.name:
        attrs["linked_name"] = linked_name
    if ent.type_votes:  # why the entity has its type (kg.link.types): {type: {kind of evidence: votes}}
        attrs["type_votes"] = ent.type_votes
    if ent.type is EntityType.REPOSITORY:
        url = ent.name if "://" in ent.name else f"https://{ent.name}"
        attrs["url"] = url
        attrs["host"] = re.sub(r"^https?://(www\.)?", "", url).split("/", 1)[0].lower()
    return attrs


class GraphBuilder:
    """Adds papers, entities and relationships to one MultiDiGraph, checking them against the schema.

    Papers come one at a time (:meth:`add_linked`); an entity's node is created when a paper first
    points at it and gets its attributes in :meth:`finish`, once every paper has been seen (its
    evidence, papers and counts are complete only then).

    ``unlinked`` holds ``(raw paper id, entity id)`` pairs, filled as the papers come
    (:attr:`kg.graph.weak_evidence.WeakEvidence.unlinked`): a paper whose every mention of an entity is no evidence
    of it gets no edge to it and is not among its papers, its mentions not counted nor shown.
    """

    def __init__(self, entities: dict[str, Entity], schema: Schema | None = None,
                 unlinked: Collection[tuple[str, str]] = ()) -> None:
        self.schema = schema or load_schema()
        self.g = nx.MultiDiGraph()
        self.entities = entities
        self.unlinked = unlinked
        self._cut: dict[str, set[str]] = {}  # entity id -> the raw ids of the papers not linked to it
        self._cut_mentions: Counter = Counter()  # entity id -> its mentions in those papers
        self._pids: dict[str, str] = {}  # raw paper id -> its node id (one string object, shared)
        # the forms each node's linked and unlinked papers write (its name, its aliases), for every node although only
        # a node with an unlinked paper uses them (NodeForms.named): a paper is unlinked only as it comes (``unlinked``
        # fills while the papers stream), after the node's earlier linked papers have gone by, and in a Dask
        # partition by a paper of another partition, so no node's forms can be left out up front. Their cost is
        # about that of the aliases the entities hold already: on arXiv (6,929 papers) 15,676 nodes, 27k form
        # counts, ~7 MB, no change in a build's peak RSS (~500 MB with or without them)
        self.forms = NodeForms()

    # -- nodes -------------------------------------------------------------------------------------
    def add_paper(self, linked: Linked) -> str:
        p = linked.extraction.paper
        pid = self._pids[p.id] = node_id(EntityType.PAPER, p.id)
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
            aliases=list(p.merged_versions),  # the ids of its other arXiv versions
            mention_count=1,
            paper_count=1,
            papers=[pid],
            evidence=[],
        )
        return pid

    def _texts(self, raw: str) -> dict[str, Any] | None:
        pid = self._pids.get(raw)
        return self.g.nodes[pid] if pid is not None else None

    def _paper_node(self, raw: str) -> str:
        return self._pids.get(raw) or node_id(EntityType.PAPER, raw)

    def _has_entity(self, eid: str | None) -> bool:
        """True when ``eid`` is a node (created now, attributes to come, for a known entity)."""
        if not eid:
            return False
        if eid in self.g:
            return True
        ent = self.entities.get(eid)
        if ent is None:
            return False
        self.g.add_node(eid, id=eid, type=ent.type.value)
        return True

    def _unlink(self, raw: str, eid: str) -> None:
        """A mention of ``eid`` in paper ``raw``, which is not linked to it: no paper, mention or evidence of it. The
        paper's evidence items are dropped now, before the next paper's come (:meth:`kg.models.Entity.forget`), so the
        entity keeps the clearest items of its linked papers in one process and in every partition alike."""
        cut = self._cut.setdefault(eid, set())
        if raw not in cut:
            cut.add(raw)
            ent = self.entities.get(eid)
            if ent is not None:
                ent.forget(raw)
        self._cut_mentions[eid] += 1

    def linked_entity(self, ent: Entity) -> Entity:
        """``ent`` without the papers not linked to it (``unlinked``): their evidence (dropped as they come when the
        papers are linked one at a time), papers and mentions."""
        cut = self._cut.get(ent.id)
        if not cut:
            return ent
        return replace(ent, evidence=[e for e in ent.evidence if e.paper not in cut], papers=ent.papers - cut,
                       mentions=ent.mentions - self._cut_mentions[ent.id])

    def entity_attrs(self, ent: Entity) -> dict[str, Any]:
        linked = self.linked_entity(ent)
        ent = self.forms.named(linked)
        items = [(evidence_order(e), _evidence_json(e, self._paper_node(e.paper), self._texts(e.paper)))
                 for e in ent.evidence]
        return entity_node_attrs(ent, sorted(self._paper_node(p) for p in ent.papers), best_first(items, _sentence),
                                 linked.name)

    # -- edges -------------------------------------------------------------------------------------
    def add_edge(self, src: str, dst: str, rel: RelType, ev: Evidence | None = None) -> None:
        s_type = self.g.nodes[src]["type"]
        d_type = self.g.nodes[dst]["type"]
        if not self.schema.rel_pair_ok(rel.value, s_type, d_type):
            raise ValueError(f"schema does not allow ({s_type})-[:{rel.value}]->({d_type})")
        data = self.g.get_edge_data(src, dst, key=rel.value)
        if data is not None:
            data["count"] += 1
        else:
            self.g.add_edge(src, dst, key=rel.value, type=rel.value, count=1, evidence=())
            data = self.g.get_edge_data(src, dst, key=rel.value)
        if ev is not None and len(data["evidence"]) < MAX_EDGE_EVIDENCE:
            # compact spans (field, start, end) (the paper is the edge's source; nodes keep the sentences);
            # tuples, not lists: a big corpus has millions of edges (JSON writes them as lists all the same)
            data["evidence"] += ((ev.field, ev.start, ev.end),)

    def add_result(self, pid: str, n: int, res: Result, ids: tuple[str | None, str | None, str | None]) -> None:
        paper_raw = pid.split(":", 1)[1]
        rid = f"result:{paper_raw}-{n}"
        parts = [x for x in (res.method, res.metric, res.dataset) if x]
        name = f"{res.value} " + " / ".join(parts) if parts else res.value
        fields = self.g.nodes[pid]
        text = fields.get(res.field) or ""
        ev = Evidence(paper_raw, res.field, res.start, res.end, text[res.start : res.end]) if res.end > res.start else None
        metrics = MetricKnowledge.load()
        self.g.add_node(
            rid,
            id=rid,
            type=EntityType.RESULT.value,
            name=name.strip(),
            value=res.value,
            number=metrics.number(res.value, res.metric, res.kind),
            kind=res.kind,
            baseline=res.baseline,
            higher_is_better=self._direction(res, ids[2], text),
            sentence=evidence_sentence(text, res.start, res.end) if ev else "",
            method=res.method or "",
            dataset=res.dataset or "",
            split=named_split(res.dataset),
            metric=res.metric or "",
            paper=pid,
            aliases=[],
            mention_count=1,
            paper_count=1,
            papers=[pid],
            evidence=[_evidence_json(ev, pid, fields)] if ev else [],
        )
        self.add_edge(pid, rid, RelType.HAS_RESULT, ev)
        for target, rel in zip(ids, (RelType.OF_METHOD, RelType.ON_DATASET, RelType.MEASURED_BY)):
            if self._has_entity(target):
                self.add_edge(rid, target, rel, ev)

    def _direction(self, res: Result, metric_id: str | None, text: str = "") -> bool | None:
        """Whether higher is better for a result: by the Metric node it is measured by, when kg knows that
        metric (leaderboards group by the node: "top-1 and top-5 errors of 29.5% and 10.4%" gives "top-1"
        whose node is top-1 error, lower-better), else by the metric as the text writes it, else (a score)
        by what its sentence in ``text`` says (:func:`kg.metrics.stated_direction`: "a new record on A (0.95)")."""
        metrics = MetricKnowledge.load()
        ent = self.entities.get(metric_id) if metric_id else None
        if ent is not None:
            known = metrics.higher_is_better(ent.name, res.value)
            if known is not None:
                return known
        known = metrics.higher_is_better(res.metric, res.value)
        if known is not None or res.kind != "score" or res.end <= res.start or not text:
            return known
        left, right = sentence_bounds(text, res.start, res.end)
        return stated_direction(text[left:res.start], text[res.end:right], res.metric, res.value, res.baseline)

    # -- one paper ---------------------------------------------------------------------------------
    def add_linked(self, lk: Linked) -> str:
        """A paper node with its relationships (``PROPOSES`` for a mention of an entity the paper
        proposes, else its type's relationship; ``HAS_CODE``; a ``Result`` node per stated result)."""
        pid = self.add_paper(lk)
        ex = lk.extraction
        raw = ex.paper.id
        proposed = set(lk.proposed_ids)
        for m, w, eid in zip(ex.mentions, lk.whole or ex.mentions, lk.mention_ids):
            if not self._has_entity(eid):
                continue
            self.forms.add(eid, w, (raw, eid) not in self.unlinked)  # w: the mention as linked
            if (raw, eid) in self.unlinked:
                self._unlink(raw, eid)
                continue
            ev = Evidence(raw, m.field, m.start, m.end, m.text)
            etype = EntityType(self.g.nodes[eid]["type"])
            rel = MENTION_REL[etype]
            if eid in proposed and self.schema.rel_pair_ok(RelType.PROPOSES.value, "Paper", etype.value):
                rel = RelType.PROPOSES
            self.add_edge(pid, eid, rel, ev)
        for r, eid in zip(ex.repos, lk.repo_ids):
            if self._has_entity(eid):
                self.add_edge(pid, eid, RelType.HAS_CODE, Evidence(raw, r.field, r.start, r.end, r.url))
        # a proposed entity the paper never mentions by span (rare) still gets its edge
        for eid in lk.proposed_ids:
            if self._has_entity(eid) and not self.g.has_edge(pid, eid, key=RelType.PROPOSES.value):
                etype = self.g.nodes[eid]["type"]
                if self.schema.rel_pair_ok(RelType.PROPOSES.value, "Paper", etype):
                    self.add_edge(pid, eid, RelType.PROPOSES)
        for n, (res, ids) in enumerate(zip(ex.results, lk.result_ids or [(None, None, None)] * len(ex.results))):
            self.add_result(pid, n, res, ids)
        return pid

    def finish(self, inputs: list[str] | None = None) -> nx.MultiDiGraph:
        """Give every entity node its attributes; returns the graph."""
        for eid, ent in self.entities.items():
            if eid in self.g:
                self.g.nodes[eid].update(self.entity_attrs(ent))
        self.g.graph.update(
            kg_version=kg.__version__,
            papers=len(self._pids),
            built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            inputs=list(inputs or []),
        )
        return self.g


def build_graph_stream(entities: dict[str, Entity], papers: Iterable[Linked], *, inputs: list[str] | None = None,
                       schema: Schema | None = None, unlinked: Collection[tuple[str, str]] = ()) -> nx.MultiDiGraph:
    """The typed graph of linked papers given one at a time (``kg build`` streams them from
    :meth:`kg.link.resolver.LinkPlan.linked`, so the records are never all in memory). ``entities`` is
    complete (evidence, papers, counts) only once ``papers`` is exhausted, and is read only then; so is
    ``unlinked`` (:class:`GraphBuilder`) for each paper once it is given."""
    b = GraphBuilder(entities, schema, unlinked)
    for lk in papers:
        b.add_linked(lk)
    return b.finish(inputs)


def build_graph(linking: Linking, *, inputs: list[str] | None = None, schema: Schema | None = None,
                unlinked: Collection[tuple[str, str]] = ()) -> nx.MultiDiGraph:
    """The typed graph of a linking: Paper nodes, entity nodes, and the schema's relationships.

    A mention of an entity the paper proposes becomes ``PROPOSES`` (Methods and Datasets); other
    mentions become the type's relationship (``USES``, ``EVALUATES_ON``, ``REPORTS``, ``ADDRESSES``);
    repositories ``HAS_CODE``; each stated result a ``Result`` node; no edge for the ``unlinked``
    ``(paper, entity)`` pairs (:class:`GraphBuilder`). A linking made over all papers at once holds each entity's
    clearest evidence over all of them, the ``unlinked`` papers' too, whose items are then dropped: a node may show
    fewer than :data:`~kg.models.MAX_EVIDENCE`; ``kg build`` streams papers, and drops them as it goes.
    """
    return build_graph_stream(linking.entities, linking.papers, inputs=inputs, schema=schema, unlinked=unlinked)
