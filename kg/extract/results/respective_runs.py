"""A second list of values "respectively" that pairs with the datasets of the list before it.

"91.2 F1 on A and 88.7 F1 on B, beating the best earlier systems by 1.4 and 0.9 points, respectively": the second
list names no dataset of its own, and the nearest before it (B) is only its last member's. Its members go by
position to the datasets of the run of values right before it, one each (the order the sentence set up).
"""
from __future__ import annotations

import re

from kg.extract.results.binding import RESPECTIVELY, by_group
from kg.extract.results.values import Value

#: a list of the sentence's own, untyped, between the values and "respectively": "... on a GPU and a CPU, respectively"
_OWN_ITEMS = re.compile(r"\s*%?\s*(?:[A-Za-z][\w/-]*\s+){0,3}?(?:on|for|in|at|under|with)\s", re.I)


def metrics_paired(text: str, members: list[Value], ents: list) -> bool:
    """Whether a list's members have metrics of different names ("by 1.2% and 2.5% in accuracy and F1,
    respectively"): then "respectively" pairs the metrics, and no list of datasets. One name inside the other
    ("F1" and "F1 score") is one metric."""
    names = {text[ents[v.metric][0]:ents[v.metric][1]].lower() for v in members if v.metric is not None}
    return any(a not in b and b not in a for a in names for b in names)


def respective_runs(text: str, vals: list[Value], datasets: list, ents: list, s1: int) -> None:
    """Pair each "respectively" list that names no dataset with the datasets of the run before it, in place."""
    for members in by_group(vals).values():
        first, last = members[0], members[-1]
        resp = RESPECTIVELY.search(text, last.end, min(s1, last.end + 60))
        if len(members) < 2 or resp is None or ";" in text[last.end:resp.start()] \
                or _OWN_ITEMS.match(text, last.end) or metrics_paired(text, members, ents) \
                or any(first.start <= c[0] < resp.start() for _, c in datasets):
            continue
        run = [v for v in vals if v.end <= first.start and not v.dropped][-len(members):]
        own = {v.dataset for v in run}
        if len(run) != len(members) or None in own or len(own) != len(run) or any(v.group == first.group for v in run) \
                or not {v.dataset for v in members} <= {None, run[-1].dataset}:
            continue
        for v, u in zip(members, run):
            v.dataset, v.listed = u.dataset, True


def respective_tail(members: list[Value], after: list[int], datasets: list) -> bool:
    """ "81.2% on A and 93.7% on B, and 78.4% and 60.9% on C and D, respectively": one list by its glue, whose
    leading members each have a dataset right after them and whose tail, as long as the datasets after the list and
    with none between its members, pairs with those by position. Whether it paired them (in place)."""
    n = len(after)
    if n < 2 or len(members) <= n:
        return False
    head, tail = members[:-n], members[-n:]
    if any(tail[0].start <= c[0] < tail[-1].end for _, c in datasets):
        return False
    own = [next((i for i, c in datasets if v.end <= c[0] < w.start), None) for v, w in zip(head, members[1:])]
    if None in own:
        return False
    for k, (v, i) in enumerate(zip(head + tail, own + after)):
        v.dataset, v.listed = i, k >= len(head)
    return True
