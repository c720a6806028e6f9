"""The acronyms a paper spells out as a thing of no type of ours ("region of interest (ROI)", "inertial measurement
unit (IMU)"): the extractor drops them in that paper (:func:`kg.extract.acronym_sources.names_no_entity`), and a
``thing`` vote per such paper lets the graph drop the same letters where another paper writes them bare and a
name's shape alone made them a Method ("pooled features of each RoI", "a few IMUs on the limbs":
:func:`kg.graph.method_kinds.defined_thing`).
"""
from __future__ import annotations

from typing import Iterable

from kg.link.expansions import node_key
from kg.link.types import TypeVotes
from kg.vocab import EntityType


def thing_votes(written: Iterable[tuple[str, tuple[str, ...]]], votes: TypeVotes) -> None:
    """One Method ``thing`` vote for each acronym of one paper's ``written`` definitions (acronym word, long form
    words: :func:`kg.link.expansions.written_acronyms`) whose long form names no entity; weightless, so it types
    nothing, only tells how the corpus spells the letters out.

    >>> v = TypeVotes()
    >>> thing_votes([("qmu", ("quokka", "measurement", "unit")), ("qgu", ("quokka", "gated", "unit"))], v)
    >>> v.votes
    {'qmu': {(<EntityType.METHOD: 'Method'>, 'thing'): 1}}
    """
    from kg.extract.acronym_sources import names_no_entity  # noqa: PLC0415 (it imports kg.link, which imports this)

    for a, long in sorted(written):
        if names_no_entity(" ".join(long), ""):
            votes.add(node_key((a,)), EntityType.METHOD, "thing", None)
