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
#: between two metrics of the list
_GLUE = re.compile(r"\s*(?:/|&|,|,?\s*and)\s*", re.I)
#: between the list and the first value: a few words, no figure, parenthesis or clause break
_GAP = re.compile(r"[^\d;:()\[\]]{0,60}")


def respective_chain(text: str, members: list[Value], metrics: list) -> list[int]:
    """The metrics (entity indices) a list of values pairs with by position, or []: as many distinct metrics as
    values, joined by list glue, the last of them a few words before the first value, "respectively" right after
    the last value."""
    n = len(members)
    if n < 2 or not _RESP_NEXT.match(text, members[-1].end):
        return []
    chain = [(i, c) for i, c in metrics if c[1] <= members[0].start][-n:]
    if len(chain) != n or not _GAP.fullmatch(text, chain[-1][1][1], members[0].start) \
            or any(not _GLUE.fullmatch(text, a[1], b[0]) for (_, a), (_, b) in zip(chain, chain[1:])) \
            or len({text[c[0]:c[1]].lower() for _, c in chain}) != n:
        return []
    return [i for i, _ in chain]
