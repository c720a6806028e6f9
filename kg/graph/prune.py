"""Corpus-level entity-hood: nodes whose only evidence, over the whole corpus, is one weak guess.

A Method is "an established technique term that a researcher could look up" (GUIDELINES.md). One paper
writing a lower-case phrase that ends in a technique word ("visual feature attention", "separation
module", "redundant computation") is no such evidence: on the arXiv build about half of these phrases are
descriptions of a component, not names. A phrase becomes a node when the corpus gives more: a second
paper, a name shape (a capital inside, a digit), an acronym defined for it, the paper proposing it, a
stated result, a lexicon entry or any rule other than the technique-phrase guess.

The records are streamed: :class:`WeakEvidence` reads each linked paper as the graph is built, and
:func:`prune` removes the nodes it found weak once all papers are in.

>>> from kg.models import Extraction, Linked, Mention, Paper
>>> from kg.vocab import EntityType as T
>>> a = Extraction(Paper("a", "", "a separation module and BERT"),
...                (Mention(T.METHOD, "separation module", 2, 19, rule="head"), Mention(T.METHOD, "BERT", 24, 28)))
>>> w = WeakEvidence()
>>> w.add(Linked(a, ("method:separation-module", "method:bert")))
>>> sorted(w.weak_ids())
['method:separation-module']
"""
from __future__ import annotations

import re

import networkx as nx

from kg.models import Linked, Mention
from kg.vocab import EntityType

#: Types whose weak single-paper nodes are dropped, and the rules that only guess at them.
WEAK_RULES: dict[EntityType, frozenset[str]] = {EntityType.METHOD: frozenset({"head"})}
_NAME_SHAPE = re.compile(r"[A-Z0-9]")


def weak_mention(m: Mention) -> bool:
    """Whether a mention is only a guess: a technique-phrase rule's lower-case words, no alias.

    >>> weak_mention(Mention(EntityType.METHOD, "relation module", 0, 15, rule="head"))
    True
    >>> weak_mention(Mention(EntityType.METHOD, "Relation Module", 0, 15, rule="head"))
    False
    """
    rules = WEAK_RULES.get(m.type)
    return bool(rules) and m.rule in rules and not m.aliases and not _NAME_SHAPE.search(m.text)


class WeakEvidence:
    """Per entity id: the first paper it was seen in, whether a second paper has it, whether any mention
    is strong. Fed one :class:`~kg.models.Linked` paper at a time."""

    def __init__(self) -> None:
        self._paper: dict[str, str] = {}
        self._strong: set[str] = set()

    def add(self, lk: Linked) -> None:
        """Take one linked paper's mentions, proposals and results into account."""
        pid = lk.extraction.paper.id
        self._strong.update(lk.proposed_ids)
        for ids in lk.result_ids:
            self._strong.update(i for i in ids if i)
        for m, eid in zip(lk.extraction.mentions, lk.mention_ids):
            if not eid or eid in self._strong:
                continue
            first = self._paper.setdefault(eid, pid)
            if first != pid or not weak_mention(m):
                self._strong.add(eid)

    def state(self, eid: str) -> tuple[bool, bool]:
        """``(seen, strong)`` of one id: a mention of it was seen, and the evidence is more than a guess
        (what a Dask partition reports, so the driver can tell weak ids from all partitions' states:
        weak when seen in one partition only, and strong in none)."""
        return eid in self._paper, eid in self._strong

    def weak_ids(self) -> set[str]:
        """The ids seen in one paper only, with weak mentions only."""
        return {eid for eid in self._paper if eid not in self._strong}


def prune(g: nx.MultiDiGraph, ids: set[str]) -> int:
    """Remove the entity nodes ``ids`` (and their edges) from ``g``; returns how many were there."""
    present = [i for i in ids if i in g]
    g.remove_nodes_from(present)
    return len(present)
