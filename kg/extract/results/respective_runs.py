"""A second list of values "respectively" that pairs with the datasets of the list before it.

"91.2 F1 on A and 88.7 F1 on B, beating the best earlier systems by 1.4 and 0.9 points, respectively": the second
list names no dataset of its own, and the nearest before it (B) is only its last member's. Its members go by
position to the datasets of the run of values right before it, one each (the order the sentence set up).
"""
from __future__ import annotations

import re

from kg.extract.results.binding import RESPECTIVELY, by_group
from kg.extract.results.values import Value

#: a list of the sentence's own, untyped, that "respectively" pairs values with: "95.4% and 93% on household and
#: adversarial objects, respectively", "112 and 9 FPS on a GPU and an edge device, respectively"
OWN_ITEMS = re.compile(r"\s*%?\s*(?:[A-Za-z][\w/-]*\s+){0,3}?(?:on|for|in|at|under|with)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?"
                       r"[\w-]+(?:\s*,\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)*\s*,?\s*and\s+(?:(?:the|a|an)\s+)?"
                       r"(?:[\w-]+\s+){0,3}?[\w-]+\s*,?\s*respectively\b", re.I)
#: a list of words of the clause's own before its values, after a determiner or a preposition (one word each, so
#: not two clauses: "of the images area and improve"): "the base and large versions of BERT score 89.5 and 90.1",
#: "compared with BERT, RoBERTa and XLNet, our model gains ..."
_OWN_LIST_BEFORE = re.compile(r"\b(?:the|our|their|its|both|with|to|than|of|for)\s+[A-Za-z][\w-]*(?:\s*,\s*[A-Za-z][\w-]*)*"
                              r"\s*,?\s+and\s+[A-Za-z][\w-]*\b(?!\s*,?\s*and\b)", re.I)
#: a metric's name less a generic noun: "F1 score" is "F1"
_GENERIC_TAIL = re.compile(r"\s+(?:scores?|metrics?|values?)$")


def own_list_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the words of a clause before its values, lists things of its own ("the base
    and large versions of BERT score"): "respectively" pairs those, not datasets named earlier."""
    return _OWN_LIST_BEFORE.search(text, start, end) is not None


def metrics_paired(text: str, members: list[Value], ents: list) -> bool:
    """Whether a list's members have metrics of different names ("by 1.2% and 2.5% in accuracy and F1,
    respectively", "in AP and AP50"): then "respectively" pairs the metrics, and no list of datasets. A name and
    the same with a generic noun ("F1" and "F1 score") are one metric."""
    names = {_GENERIC_TAIL.sub("", text[ents[v.metric][0]:ents[v.metric][1]].lower())
             for v in members if v.metric is not None}
    return len(names) > 1


def respective_runs(text: str, vals: list[Value], datasets: list, ents: list, s1: int) -> None:
    """Pair each "respectively" list that names no dataset with the datasets of the run before it, in place."""
    for members in by_group(vals).values():
        first, last = members[0], members[-1]
        resp = RESPECTIVELY.search(text, last.end, min(s1, last.end + 60))
        if len(members) < 2 or resp is None or ";" in text[last.end:resp.start()] \
                or OWN_ITEMS.match(text, last.end) or metrics_paired(text, members, ents) \
                or any(first.start <= c[0] < resp.start() for _, c in datasets):
            continue
        run = [v for v in vals if v.end <= first.start and not v.dropped][-len(members):]
        own = {v.dataset for v in run}
        if len(run) != len(members) or None in own or len(own) != len(run) or any(v.group == first.group for v in run) \
                or not {v.dataset for v in members} <= {None, run[-1].dataset} \
                or own_list_before(text, max(run[-1].end, ents[run[-1].dataset][1]), first.start):
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
