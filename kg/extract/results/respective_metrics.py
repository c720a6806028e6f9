"""Metrics listed before the values that "respectively" pairs with them, across the words between.

"the precision and recall of our tagger were 92.5% and 95.1%, respectively", "accuracy and MF1 increased by 2.5% and
4.9%, respectively": the system or the verb between the list and the values parts them, so no chain of metrics
right before the first value (:func:`.metric_binding._metric_chain`) finds them, and each value took the nearest.
"""
from __future__ import annotations

import re

from kg.extract.results.values import Value

#: "respectively" right after the last value (nothing else between: "... on A and B, respectively" pairs datasets)
_RESP_NEXT = re.compile(r"\s*%?p?\s*(?:points?\s*)?,?\s*respectively\b", re.I)
#: between two metrics of a chain: "AP/AR", "precision & recall", "BLEU, METEOR and ROUGE"
GLUE = re.compile(r"\s*(?:/|&|,|,?\s*and)\s*", re.I)
#: between the list and the first value: a few words, no figure (a name's digits aside: "on CoNLL-2003 were"),
#: parenthesis or clause break
_GAP = re.compile(r"(?:[^\d;:()\[\]]|(?<=[A-Za-z\-])\d+)*")
_GAP_MAX = 60


def chain_before(text: str, pos: int, metrics: list, first_gap: re.Pattern) -> list[int]:
    """The metrics (entity indices, in text order) joined by :data:`GLUE` whose last ends before ``pos`` with
    ``first_gap`` between them and ``pos``."""
    chain: list[int] = []
    for i, c in reversed(metrics):
        if c[1] > pos:
            continue
        if (first_gap if not chain else GLUE).fullmatch(text[c[1]:pos]):
            chain.insert(0, i)
            pos = c[0]
        else:
            break
    return chain


def respective_chain(text: str, members: list[Value], metrics: list) -> list[int]:
    """The metrics (entity indices) a list of values pairs with by position, or []: as many distinct metrics as
    values, joined by list glue, the last of them a few words before the first value, "respectively" right after
    the last value."""
    n = len(members)
    if n < 2 or not _RESP_NEXT.match(text, members[-1].end):
        return []
    chain = chain_before(text, members[0].start, metrics, _GAP)
    spans = {i: c for i, c in metrics}
    if len(chain) != n or members[0].start - spans[chain[-1]][1] > _GAP_MAX \
            or len({text[spans[i][0]:spans[i][1]].lower() for i in chain}) != n:
        return []
    return chain
