"""Checks of a linking's targets (used by ``scripts/link_report.py`` and the tests).

- :func:`duplicate_groups`: entities of one type that are still the same name up to case,
  hyphenation/spacing or a plural, or where one's name is an acronym another's paper defines;
- :func:`version_merges`: entities whose surface forms carry different version/size numbers.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from kg.link.normalize import norm_name
from kg.models import Entity
from kg.vocab import EntityType

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def loose_key(name: str) -> str:
    """A name with case, hyphens, spacing and a plural removed.

    >>> loose_key("Graph-Neural Networks") == loose_key("graph neural network")
    True
    """
    return norm_name(name).replace(" ", "")


def name_numbers(name: str) -> frozenset[str]:
    """The numbers written in a name ("2.0" and "2" are one version).

    >>> sorted(name_numbers("Llama-2 7B")), sorted(name_numbers("GPT-2.0"))
    (['2', '7'], ['2'])
    """
    return frozenset(re.sub(r"\.0+$", "", n) for n in _NUMBER.findall(name))


def duplicate_groups(entities: Iterable[Entity], exempt: Iterable[tuple[str, str]] = ()) -> list[tuple[str, ...]]:
    """Groups of entity ids of one type sharing a :func:`loose_key` of their names or aliases.

    ``exempt`` holds ``(type, surface)`` pairs that may be shared: acronyms a corpus defines in
    different ways (each paper's own definition keeps the acronym as an alias).
    """
    skip = {(t, loose_key(s)) for t, s in exempt}
    by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in entities:
        if e.type is EntityType.REPOSITORY:
            continue
        for k in {loose_key(e.name)} | {loose_key(a) for a in e.aliases}:
            if (e.type.value, k) not in skip:
                by_key[(e.type.value, k)].add(e.id)
    return sorted({tuple(sorted(v)) for v in by_key.values() if len(v) > 1})


def version_merges(entities: Iterable[Entity]) -> list[Entity]:
    """Entities whose name and aliases carry more than one set of numbers ("ResNet-50", "ResNet-101").

    A two-digit year is its four-digit year when the entity writes that one too ("CoNLL03" is
    "CoNLL-2003", "WMT'14" is "WMT 2014").
    """
    out = []
    for e in entities:
        if e.type is EntityType.REPOSITORY:
            continue
        sets = {name_numbers(a) for a in e.aliases | {e.name}}
        sets.discard(frozenset())
        years = {n for ns in sets for n in ns if len(n) == 4 and n[:2] in ("19", "20")}
        sets = {frozenset(_year(n, years) for n in ns) for ns in sets}
        if len(sets) > 1:
            out.append(e)
    return out


def _year(n: str, years: set[str]) -> str:
    if len(n) == 2 and n.isdigit():
        for y in years:
            if y.endswith(n):
                return y
    return n
