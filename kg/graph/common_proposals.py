"""Corpus-level proposals: a lower-case phrase many other papers use is no paper's contribution.

A paper that "proposes an end-to-end network", "a consistency loss" or "to use a convolutional network"
is found by the phrase after its proposal verb (:mod:`kg.extract.context.objects`). When the paper writes
a new name ("TokenPool", "MAMNet") the phrase is its contribution; when it writes a lower-case phrase that
many OTHER abstracts of the corpus use without proposing it, the phrase is a common thing the paper builds
on or describes ("network structure", "feature selection", "representation learning"), not what it
contributes. Only the corpus shows which is which: "token pooling" written by two papers that both propose
it is a contribution, "objective function" in forty papers and proposed by seven is not.

So once all papers are in, :func:`demote_common_proposals` turns a ``PROPOSES`` edge into the type's mention
relationship (``USES``, ``EVALUATES_ON``; the mention and its evidence stay) when

- every mention of the entity in the proposing paper is lower case, without digits (a name's shape, as in
  "wav2vec", keeps its edge; so does any capitalised name), and
- at least :data:`MIN_OTHER_PAPERS` other papers write the phrase (in their title or abstract, as words:
  hyphens and a plural ``-s`` do not count) without proposing the entity, and the proposing papers are at
  most :data:`MAX_PROPOSING_SHARE` of all papers that write it, and
- one of those other papers is older than the proposing paper (by ``year``): the first paper to write a
  phrase others then take up may well have coined it ("We present a residual learning framework", 2015).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for i in range(4):
...     _ = g.add_node(f"paper:{i}", type="Paper", title="", year=2020 - i, abstract="We train a consistency loss here.")
>>> _ = g.add_node("method:consistency-loss", type="Method", name="consistency loss")
>>> _ = g.add_edge("paper:0", "method:consistency-loss", key="PROPOSES", type="PROPOSES", count=1,
...                evidence=(("abstract", 11, 27),))
>>> demote_common_proposals(g)
1
>>> sorted(k for _, _, k in g.edges(keys=True))
['USES']
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Callable, Iterable

import networkx as nx

from kg.vocab import MENTION_REL, EntityType, RelType

#: Papers that must write the phrase without proposing it, and the largest share of the papers writing it
#: that may propose it, for a lower-case proposal to be a common thing (chosen on the arXiv build:
#: see ``docs/ARCHITECTURE.md``).
MIN_OTHER_PAPERS = 3
MAX_PROPOSING_SHARE = 0.5
#: The longest phrase (in words) looked up in the corpus's text.
MAX_PHRASE_WORDS = 8
#: The text fields of a paper node searched for the phrase.
TEXT_FIELDS = ("title", "abstract")

_LOWER_PHRASE = re.compile(r"[a-z][a-z' -]*")
_WORD = re.compile(r"[a-z]+")
_PROPOSES = RelType.PROPOSES.value


def lower_phrase(text: str) -> bool:
    """Whether ``text`` is a lower-case phrase of words (no capital, no digit: no name's shape).

    >>> lower_phrase("end-to-end network"), lower_phrase("wav2vec"), lower_phrase("TokenPool")
    (True, False, False)
    """
    return bool(_LOWER_PHRASE.fullmatch(text.strip()))


def phrase_key(text: str) -> tuple[str, ...]:
    """The words of a phrase, lower case, hyphens as spaces, a plural ``-s`` off its last word.

    >>> phrase_key("Multi-task architectures")
    ('multi', 'task', 'architecture')
    """
    words = _WORD.findall(text.lower())
    return tuple(words[:-1]) + (singular(words[-1]),) if words else ()


def singular(word: str) -> str:
    """A plural ``-s`` off a word ("losses" -> "loss", "bodies" -> "body"; "focus", "loss" stay).

    >>> [singular(w) for w in ("losses", "networks", "bodies", "patches", "focus", "loss")]
    ['loss', 'network', 'body', 'patch', 'focus', 'loss']
    """
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]


#: A proposal: (paper node id, entity node id, the edge's evidence spans ``(field, start, end)``).
Proposal = tuple[str, str, Iterable[Iterable]]
#: The paper nodes of a graph, as (id, attributes); called twice.
Papers = Callable[[], Iterable[tuple[str, dict[str, Any]]]]


def _candidates(proposals: list[Proposal], papers: Papers) -> dict[tuple[str, str], set[tuple[str, ...]]]:
    """(paper, entity) -> the phrase keys of a lower-case proposal (every mention in the paper lower case)."""
    wanted: dict[str, list[tuple[str, list]]] = defaultdict(list)
    for pid, eid, ev in proposals:
        wanted[pid].append((eid, [tuple(x) for x in ev or ()]))
    out: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for pid, paper in papers():
        for eid, spans in wanted.get(pid, ()):
            texts = [(paper.get(f) or "")[s:e] for f, s, e in spans]
            keys = {phrase_key(t) for t in texts}
            if texts and all(lower_phrase(t) for t in texts):
                out[(pid, eid)] = {k for k in keys if 0 < len(k) <= MAX_PHRASE_WORDS}
    return out


def phrase_papers(papers: Iterable[tuple[str, dict[str, Any]]], keys: Iterable[tuple[str, ...]]
                  ) -> tuple[dict[tuple[str, ...], set[str]], dict[str, int | None]]:
    """For each phrase key, the papers whose text writes it (as whole words, by :func:`phrase_key`); and
    the year of every paper."""
    wanted = set(keys)
    sizes = sorted({len(k) for k in wanted})
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    years: dict[str, int | None] = {}
    for pid, attrs in papers:
        years[pid] = attrs.get("year")
        for field in TEXT_FIELDS if wanted else ():
            words = _WORD.findall((attrs.get(field) or "").lower())
            bare = [singular(w) for w in words]
            for n in sizes:
                for i in range(len(words) - n + 1):
                    gram = tuple(words[i : i + n - 1]) + (bare[i + n - 1],)
                    if gram in wanted:
                        found[gram].add(pid)
    return found, years


def common_proposals(proposals: list[Proposal], papers: Papers, *, min_others: int = MIN_OTHER_PAPERS,
                     max_share: float = MAX_PROPOSING_SHARE) -> set[tuple[str, str]]:
    """The (paper, entity) proposals that are common things (module docstring), from every proposal of the
    graph and its paper nodes (streamed twice: the Dask engine's partitions are never all in memory)."""
    cands = _candidates(proposals, papers)
    found, years = phrase_papers(papers(), {k for keys in cands.values() for k in keys})
    proposing: dict[str, set[str]] = defaultdict(set)
    for pid, eid, _ in proposals:
        proposing[eid].add(pid)
    out = set()
    for (pid, eid), keys in cands.items():
        writing = set().union(*(found.get(k, set()) for k in keys)) | proposing[eid]
        others = writing - proposing[eid]
        year = years.get(pid)
        if len(others) >= min_others and len(proposing[eid]) <= max_share * len(writing) and \
                year and any((years.get(o) or year) < year for o in others):
            out.add((pid, eid))
    return out


def _demote(g: nx.MultiDiGraph, pid: str, eid: str) -> None:
    """Turn the ``PROPOSES`` edge ``pid -> eid`` into the entity type's mention relationship."""
    data = g.get_edge_data(pid, eid, key=_PROPOSES)
    rel = MENTION_REL[EntityType(g.nodes[eid]["type"])].value
    g.remove_edge(pid, eid, key=_PROPOSES)
    old = g.get_edge_data(pid, eid, key=rel)
    if old is None:
        g.add_edge(pid, eid, key=rel, **{**data, "type": rel})
    else:
        old["count"] += data["count"]
        old["evidence"] = tuple(old["evidence"]) + tuple(data["evidence"])


def demote_common_proposals(g: nx.MultiDiGraph, *, min_others: int = MIN_OTHER_PAPERS,
                            max_share: float = MAX_PROPOSING_SHARE) -> int:
    """Turn lower-case proposals of phrases many other papers use into mentions (module docstring);
    returns how many ``PROPOSES`` edges were turned."""
    proposals = [(u, v, d.get("evidence")) for u, v, k, d in g.edges(keys=True, data=True) if k == _PROPOSES]

    def papers():
        return ((n, d) for n, d in g.nodes(data=True) if d.get("type") == EntityType.PAPER.value)

    pairs = common_proposals(proposals, papers, min_others=min_others, max_share=max_share)
    for pid, eid in pairs:
        _demote(g, pid, eid)
    return len(pairs)
