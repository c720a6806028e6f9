"""A candidate span of a doc's text (:class:`Candidate`) and the rule priorities that settle overlaps between them.

Every candidate source (:mod:`kg.extract.sources`) returns Candidate spans, character offsets into the text it was
given; where two overlap, the higher priority wins, then the longer span (:mod:`kg.extract.findings`).
"""
from __future__ import annotations

from typing import NamedTuple

from kg.vocab import EntityType as T


# rule priorities: higher wins an overlap; then the longer span
PRI_ACRONYM_LONG = 90
PRI_LEXICON_LONG = 80
PRI_PROPOSED = 75
PRI_CONTEXT = 70
PRI_LEXICON = 60
PRI_NAME = 50
PRI_HEAD = 30


class Candidate(NamedTuple):
    """A typed span of the text found by one rule. A named tuple, not a dataclass: a doc makes dozens of
    them and a tuple is built about three times faster than a frozen dataclass."""

    start: int
    end: int
    type: T
    priority: int
    rule: str
    canonical: str | None = None
