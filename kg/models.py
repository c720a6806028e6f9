"""Typed records passed between the stages, with their JSON round-trip.

read    -> :class:`Paper`
extract -> :class:`Extraction` (a paper with its :class:`Mention`, :class:`RepoMention`, :class:`Result`)
link    -> :class:`Entity` (one per real-world thing, with :class:`Evidence`) and :class:`Linked`
graph   -> a networkx graph whose nodes and edges carry these fields (see ``kg.graph``)
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, NamedTuple

from kg.vocab import EntityType

FIELDS = ("title", "abstract")
_FIELD_NAMES = {f: f for f in FIELDS}


def _shared_field_name(value: str | None) -> str:
    """A record's ``field``, as the one shared string object of that name (a large corpus has millions
    of spans: one string each would cost tens of megabytes)."""
    if not value:
        return "abstract"
    return _FIELD_NAMES.get(value, value)


def paper_id_from_title(title: str) -> str:
    """Deterministic paper id from a title: case, spacing and punctuation do not matter.

    >>> paper_id_from_title("Deep Residual Learning") == paper_id_from_title("deep  residual learning.")
    True
    """
    key = re.sub(r"\W+", "", title.lower())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper as read from an input: an id, a title and an abstract."""

    id: str
    title: str
    abstract: str
    url: str | None = None
    year: int | None = None
    source: str | None = None
    categories: tuple[str, ...] = ()
    #: the ids of the other arXiv versions of this paper that were read and merged into this record
    merged_versions: tuple[str, ...] = ()

    def text(self, which: str) -> str:
        """The text of a field: ``"title"`` or ``"abstract"``."""
        if which == "title":
            return self.title
        if which == "abstract":
            return self.abstract
        raise ValueError(f"unknown field {which!r}")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "title": self.title, "abstract": self.abstract}
        if self.url:
            out["url"] = self.url
        if self.year is not None:
            out["year"] = self.year
        if self.source:
            out["source"] = self.source
        if self.categories:
            out["categories"] = list(self.categories)
        if self.merged_versions:
            out["merged_versions"] = list(self.merged_versions)
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Paper":
        return cls(
            id=str(d["id"]),
            title=d.get("title") or "",
            abstract=d.get("abstract") or "",
            url=d.get("url") or None,
            year=int(d["year"]) if d.get("year") not in (None, "") else None,
            source=d.get("source") or None,
            categories=tuple(d.get("categories") or ()),
            merged_versions=tuple(d.get("merged_versions") or ()),
        )


class Mention(NamedTuple):
    """A typed span of a paper's title or abstract.

    ``canonical`` is the lexicon's name when the span matched one; ``aliases`` holds other names the
    text gives for the same thing (an acronym defined beside a long form); ``rule`` names the component
    or pattern that found it.

    A named tuple rather than a frozen dataclass: the extractor makes a dozen per abstract, and a tuple is
    built in about a third of the time (immutable and hashable all the same).
    """

    type: EntityType
    text: str
    start: int
    end: int
    field: str = "abstract"
    canonical: str | None = None
    aliases: tuple[str, ...] = ()
    rule: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type.value,
            "text": self.text,
            "canonical": self.canonical or self.text,
            "start": self.start,
            "end": self.end,
            "field": self.field,
            "aliases": list(self.aliases),
            "rule": self.rule,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Mention":
        canonical = d.get("canonical")
        return cls(
            type=EntityType(d["type"]),
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            field=_shared_field_name(d.get("field")),
            canonical=canonical if canonical and canonical != d["text"] else None,
            aliases=tuple(d.get("aliases") or ()),
            rule=d.get("rule") or "",
        )


@dataclass(frozen=True, slots=True)
class RepoMention:
    """A code / project URL found in a paper, repaired (``url``) and as written (``start``/``end``)."""

    url: str
    start: int
    end: int
    field: str = "abstract"

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "start": self.start, "end": self.end, "field": self.field}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "RepoMention":
        return cls(url=d["url"], start=int(d["start"]), end=int(d["end"]), field=_shared_field_name(d.get("field")))


@dataclass(frozen=True, slots=True)
class Result:
    """A numeric result stated in the text; parts the text does not give are ``None``.

    ``kind`` is ``"score"`` (an absolute figure), ``"delta"`` (an improvement or drop: "by 2.6%", "+2.7"),
    ``"ratio"`` ("8.4x smaller") or ``"size"`` (the model's size or compute, "2.5M parameters", "6.5
    GFLOPs": a property of the model reported beside its scores); ``baseline`` is the figure the text
    compares with ("from 73.8% to 82.3%" gives value "82.3%", baseline "73.8%"). Only scores belong in
    leaderboards.
    """

    value: str
    method: str | None = None
    dataset: str | None = None
    metric: str | None = None
    start: int = 0
    end: int = 0
    field: str = "abstract"
    kind: str = "score"
    baseline: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = {
            "method": self.method,
            "dataset": self.dataset,
            "metric": self.metric,
            "value": self.value,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "field": self.field,
        }
        if self.baseline is not None:
            out["baseline"] = self.baseline
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Result":
        kind = d.get("kind") or "score"
        return cls(
            value=str(d["value"]),
            method=d.get("method"),
            dataset=d.get("dataset"),
            metric=d.get("metric"),
            start=int(d.get("start") or 0),
            end=int(d.get("end") or 0),
            field=_shared_field_name(d.get("field")),
            kind=kind if kind in RESULT_KINDS else "score",
            baseline=None if d.get("baseline") is None else str(d["baseline"]),
        )


#: what a :class:`Result` may be
RESULT_KINDS = ("score", "delta", "ratio", "size")


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractor found in one paper. ``to_json`` is the line format of ``kg extract``
    (the format ``shared/eval/score.py`` reads, plus the abstract and spans so it can be re-read)."""

    paper: Paper
    mentions: tuple[Mention, ...] = ()
    repos: tuple[RepoMention, ...] = ()
    proposed: tuple[str, ...] = ()
    results: tuple[Result, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = self.paper.to_json()
        out["entities"] = [m.to_json() for m in self.mentions]
        out["repos"] = _unique(r.url for r in self.repos)
        out["repo_spans"] = [r.to_json() for r in self.repos]
        out["proposed"] = list(self.proposed)
        out["results"] = [r.to_json() for r in self.results]
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Extraction":
        paper = Paper.from_json(d)
        spans = d.get("repo_spans")
        if spans is None:  # a plain score.py-style line: URLs without spans
            spans = [{"url": u, "start": 0, "end": 0} for u in d.get("repos") or []]
        return cls(
            paper=paper,
            mentions=tuple(Mention.from_json(m) for m in d.get("entities") or ()),
            repos=tuple(RepoMention.from_json(r) for r in spans),
            proposed=tuple(d.get("proposed") or ()),
            results=tuple(Result.from_json(r) for r in d.get("results") or ()),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a linked entity was seen: a character span of one paper's title or abstract; ``rank`` is how
    clearly the span shows the entity (:func:`kg.link.clarity.clarity`; higher first, not written out)."""

    paper: str
    field: str
    start: int
    end: int
    text: str
    rank: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"paper": self.paper, "field": self.field, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Evidence":
        return cls(d["paper"], d["field"], int(d["start"]), int(d["end"]), d["text"])


#: Evidence spans an entity keeps (the clearest ones: :func:`evidence_key`) and its graph node shows (with
#: their sentences); ``mention_count`` counts all.
MAX_EVIDENCE = 20


def evidence_key(rank: int, paper: str, field: str, start: int) -> tuple[int, str, str, int]:
    """The order an entity keeps its evidence in: clearest first (``rank`` highest), then by raw paper id,
    field and start (a total order whatever the input order, so every engine keeps the same items)."""
    return -rank, paper, field, start


@dataclass(slots=True)
class Entity:
    """One real-world thing after linking: a canonical name, every surface form, and its evidence
    (the :data:`MAX_EVIDENCE` clearest spans, and the items of the paper last given until another paper's come:
    memory stays bounded however often a name is mentioned)."""

    id: str
    type: EntityType
    name: str
    aliases: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    papers: set[str] = field(default_factory=set)
    mentions: int = 0
    #: the votes that gave the entity its type, ``{type: {kind: count}}`` (see :mod:`kg.link.types`)
    type_votes: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def mention_count(self) -> int:
        return max(self.mentions, len(self.evidence))

    def add(self, surface: str, ev: Evidence | None) -> None:
        """Record one more mention of this entity."""
        if surface:
            self.aliases.add(surface)
        if ev is not None:
            self.mentions += 1
            self._keep(ev)
            self.papers.add(ev.paper)

    def _keep(self, ev: Evidence) -> None:
        """Keep ``ev`` while it may be among the :data:`MAX_EVIDENCE` clearest (:func:`evidence_key`): the items of
        the paper last given are all kept until another paper's come (then the clearest :data:`MAX_EVIDENCE` stay),
        so that a paper's items :meth:`forget` drops leave no gap that another paper's items would have filled."""
        kept = self.evidence
        if len(kept) > MAX_EVIDENCE and kept[-1].paper != ev.paper:
            kept.sort(key=_ev_key)
            del kept[MAX_EVIDENCE:]
        kept.append(ev)

    def forget(self, paper: str) -> None:
        """Drop the evidence items of ``paper`` (a paper the graph does not link to this entity): done before
        the next paper's items come, the entity keeps the clearest items of its other papers."""
        self.evidence = [e for e in self.evidence if e.paper != paper]


def _ev_key(e: Evidence) -> tuple[int, str, str, int]:
    return evidence_key(e.rank, e.paper, e.field, e.start)


@dataclass(frozen=True, slots=True)
class Linked:
    """One paper after linking: each mention's entity id (same order as ``extraction.mentions``),
    each repo's entity id (same order as ``extraction.repos``), the ids of the entities the paper
    proposes, and each result's (method, dataset, metric) entity ids (None where not given or not linked)."""

    extraction: Extraction
    mention_ids: tuple[str, ...]
    repo_ids: tuple[str, ...] = ()
    proposed_ids: tuple[str, ...] = ()
    result_ids: tuple[tuple[str | None, str | None, str | None], ...] = ()
    #: The mentions as linked, where linking grew a span (:func:`kg.link.tokens.whole_mentions`: "outer
    #: transformer block" of a lexicon "transformer"); empty when they are ``extraction.mentions``.
    whole: tuple = ()


@dataclass(slots=True)
class Linking:
    """The linker's output: every entity by node id, and one :class:`Linked` per paper (input order)."""

    entities: dict[str, Entity]
    papers: list[Linked]


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for x in items:
        seen.setdefault(x, None)
    return list(seen)
