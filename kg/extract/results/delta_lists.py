"""A change carried along its list (:func:`delta_lists`): a list goes on as it began ("improvements of: 4.3% on A, and
7.2% on B" are both deltas) and a noun of change after a list is said of every member ("24.73% and 13.93%
improvements"). Run on a sentence's values after :func:`.value_kinds.kinds`.
"""
from __future__ import annotations

import re

from kg.extract.results.changes import CHANGE_WORDS
from kg.extract.results.values import Value


#: a noun of change, then examples of it: "significant improvements, e.g. 5.1 mAP on A", "gains (i.e., 2.3%)"
CHANGE_EXAMPLE = re.compile(r"\b" + CHANGE_WORDS + r"\s*[,:(]?\s*(?:e\.\s?g\.|i\.\s?e\.|for (?:example|instance)),?\s*"
                             r"(?:up to\s+|about\s+|around\s+|over\s+|~\s*|∼\s*)?$", re.I)


_DELTA_LIST_GAP = re.compile(r"\s*%?\s*(?:\([^()]{1,40}\)\s*)?(?:(?:(?:absolute|relative|[\w@-]+)\s+){0,2}?(?:improvements?|gains?|increases?|"
                             r"reductions?|drops?|decreases?|boosts?)\s+|(?:[\w@-]+\s+){1,3}?(?=(?:on|in|for)\s))?(?:(?:on|in|for)\s+[^,;()]{1,40}?|(?:[\w@%-]+\s+){1,2}?(?=and))?\s*"
                             r"(?:,|,?\s*\band|/)\s*[~∼]?(?:up to\s+|about\s+|around\s+|nearly\s+)?|\s*%?\s*(?:to|-|–|−|~|∼)\s*|"
                             r"\s*%?\s*[A-Za-z][\w@-]{0,11},?\s+(?:and\s+)?")  # "by 13 mAP 25 MOTA and 6 mAP 3 MOTA"  # a list, or a range ("by 9% to 13%")


def delta_lists(text: str, vals: list[Value]) -> None:
    """A list goes on as it began: "improvements of: 4.3% on CIFAR-10, and 7.2% on SVHN" are both deltas; and
    a noun of change after a list is said of every member: "24.73% and 13.93% improvements", "9.8%/5.7% (AUC)
    and 24.4%/25.0% (EAO) relative improvements"."""
    alt: dict[int, Value] = {}  # "by 8% or 4 mAP": the same change in other units; the list goes on from "8%"
    vals = [v for v in vals if not v.mark]  # ("by 10% F 1 on A and 5.9% on B": the footnote-like "1" is no member)
    examples: set[int] = set()  # the members of a list of examples of a change ("gains, e.g. 1 on A ..., and 2 on B")
    for u, v in zip(vals, vals[1:]):
        if u.kind == "delta" and CHANGE_EXAMPLE.search(text, max(0, u.start - 60), u.start):
            examples.add(id(u))
        if u.kind == "delta" and v.kind == "score" and not v.dropped and re.fullmatch(r"\s*%?\s*or\s*", text[u.end:v.start]):
            v.kind, alt[id(v)] = "delta", u
            continue
        w = alt.get(id(u), u)
        if u.kind == "delta" and v.kind == "score" and not v.dropped and ("%" in w.text) == ("%" in v.text) \
                and (_DELTA_LIST_GAP.fullmatch(text, u.end, v.start) or _LIST_ON.fullmatch(text, u.end, v.start)
                     or id(u) in examples and _EXAMPLE_ON.fullmatch(text, u.end, v.start)
                     or _parallel_item(text, u, v)):
            v.kind = "delta"
            examples.update({id(v)} if id(u) in examples else ())
    chained: set[int] = set()  # the members a noun after the list made changes: the list goes back through them
    for u, v in reversed(list(zip(vals, vals[1:]))):
        if v.kind == "delta" and u.kind == "score" and not u.dropped and _listed_change(text, u, v, id(v) in chained) \
                and ("%" in u.text) == ("%" in v.text):
            u.kind = "delta"
            chained.add(id(u))


def _listed_change(text: str, u: Value, v: Value, chained: bool) -> bool:
    """Whether ``u`` is a member of the list of changes ``v`` ends: glued to it and with a noun of change after
    the list ("24.73% and 13.93% improvements"); a unit word may stand between when the noun is plural ("3.3
    mAP and 1.6 mAP improvements"), and a singular noun counts after a plain pair ("1.6% and 1.34% absolute
    improvement")."""
    if LIST_GLUE.fullmatch(text, u.end, v.start):
        return chained or bool(_NOUN_AFTER_LIST.match(text, v.end) or _NOUN_AFTER_PAIR.match(text, v.end))
    unit = _UNIT_GLUE.fullmatch(text, u.end, v.start)
    return bool(unit) and (chained or bool(_NOUN_AFTER_UNIT.match(text, v.end, v.end + 40)))


#: between two values of one list: "82.1% and 83.6%", "2.1/4.3", "1.2, 3.4"
LIST_GLUE = re.compile(r"\s*%?\s*(?:\([\w@ -]{1,15}\)\s*)?(?:,|,?\s*and|/)\s*")  # (also "23.3%/8.8% (EAO) and 24.4%")
#: the rest of a list item and the glue to the next: "1.6% top-1 accuracy, 2.5% ...", "21.5% F 1 over all X, and 5.8%"
_ITEM_ON = (r"(?![^;()]*\b(?:while|whereas|but|which|we|our|it|its|achiev\w*|reach\w*|obtain\w*)\b)"
            r"[^;()%]{{0,{n}}}?(?:,\s*(?:and\s+)?|\s+and\s+)")
_LIST_ON = re.compile(_ITEM_ON.format(n=60), re.I)
#: the same, in a list of examples of a change, whose items may say more: "3.2 mAP on A in a first setting, and"
_EXAMPLE_ON = re.compile(_ITEM_ON.format(n=100), re.I)
#: the long rest of a list item whose next member repeats its measure: "... for small boxes with a lighter encoder
#: (X-50 vs X-101) and" (asides in parentheses may stand there; no clause of its own: no verb of a score, no subject)
_PARALLEL_ON = re.compile(r"(?![^;]*\b(?:while|whereas|but|which|that|we|our|it|its|they|their|is|are|was|were|has|have|"
                          r"had|achiev\w*|reach\w*|obtain\w*|yield\w*|gets?|attain\w*|record\w*)\b)"
                          r"[^;]{0,160}?(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
#: the measure written right after a figure: its first word ("% mean Average Precision" -> "mean")
_MEASURE_AFTER = re.compile(r"\s*%?\s*(?!(?:on|in|at|for|with|and|or|of|to|by|from|over|than|as|vs)\b)([A-Za-z][\w@-]*)")


def _parallel_item(text: str, u: Value, v: Value) -> bool:
    """``v`` is the next member of the list of changes ``u`` opens when both are written with the same measure
    and nothing but the rest of ``u``'s item stands between: "beats B by 0.5% mAP for small boxes with a lighter
    encoder (X-50 vs X-101) and 2.9% mAP for large ones" (not "... and reaches 45% mAP")."""
    a, b = _MEASURE_AFTER.match(text, u.end), _MEASURE_AFTER.match(text, v.end)
    return a is not None and b is not None and a.group(1).lower() == b.group(1).lower() \
        and _PARALLEL_ON.fullmatch(text, a.end(), v.start) is not None


#: a plural noun of change, maybe graded: "absolute improvements"
_CHANGE_NOUNS = r"(?:absolute\s+|relative\s+)?(?:improvements|gains|increases|reductions|drops|decreases|boosts)\b"
#: a noun of change right after a list's last value, maybe past the measure it changes: "24.73% and 13.93%
#: improvements", "12.1% and 5.7% relative error reductions"
_NOUN_AFTER_LIST = re.compile(r"\s*%?\s*(?:\([\w@ -]{1,15}\)\s*)?(?:(?:absolute|relative)\s+)?(?:[\w@-]+\s+){0,2}?"
                              + _CHANGE_NOUNS, re.I)
#: a singular noun of change after a plain pair: "1.6% and 1.34% absolute improvement"
_NOUN_AFTER_PAIR = re.compile(r"\s*%?\s*(?:absolute\s+|relative\s+)?(?:improvement|gain|increase|reduction|drop|decrease|"
                              r"boost)\b", re.I)
#: a unit word between two values of one list: "3.3 mAP and 1.6"
_UNIT_GLUE = re.compile(r"\s*%?\s*[A-Za-z][\w@-]{0,10}\s+and\s+")
#: the same unit word, then a plural noun of change: " mAP improvements"
_NOUN_AFTER_UNIT = re.compile(r"\s*%?\s*[A-Za-z][\w@-]{0,10}\s+" + _CHANGE_NOUNS, re.I)
