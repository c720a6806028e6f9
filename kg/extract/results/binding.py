"""Lists of values and what metric and dataset binding share (step 2 of :mod:`kg.extract.results`).

:func:`number_lists` numbers the lists values form ("58.7/58.9", "94.4% on A and 97.8% on B");
:func:`bind_asides` gives a change in a parenthesis its score's dataset. Shared with
:mod:`.metric_binding` and :mod:`.data_binding`: :func:`past_aside` (the text after a value, past a
parenthesis with a figure of its own), ``by_group`` (a list's members), ``tuples`` (a list's items),
``masked``, ``ON_D``, ``RESPECTIVELY`` and ``ASIDE_OPEN``. Works on entity indices; the clause and
"has a value" regexes (``CLAUSE``, ``HAS_VALUE``) are shared with :mod:`.method` and :mod:`.data_binding`.
"""
from __future__ import annotations

import re

from kg.vocab import EntityType as T
from kg.extract.results.values import FROM, Value


_LIST_GAP = re.compile(r"^(?:\s|[,;/:()=]|%|\band\b|\bor\b|\bon\b|\bin\b|\bfor\b|\bthe\b|\brespectively\b|\bD\b|\bM\b|"
                       r"\b(?:dev|test|val|validation|minival)(?:-\w+)?\b|\b(?:sets?|splits?|subsets?)\b|"
                       r"(?-i:[A-Z][\w-]*)(?=\s*:))*$", re.I)
#: a metric's dataset between it and its value, "on D" or "of D" ("the F1 score of FooQA 2.0 to 92.2")
ON_D = re.compile(r"\s*(?:on|in|for|of)\s+(?:the\s+)?D(?:\s*(?:,|and|/|,\s*and)\s*D)*\s*(?:datasets?\s+|benchmarks?\s+)?(?=\S)",
                  re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
CLAUSE = re.compile(r"[;]|,\s*(?:while|whereas|but|which)\b")
HAS_VALUE = re.compile(r"\d(?:[.,]\d+)?\s?(?:%|x\b|×|points?\b)")


def number_lists(text: str, vals: list[Value], ents: list, metrics: tuple) -> None:
    """Number the lists values form (``group``): runs of one kind whose gaps hold only list glue, datasets
    and metrics ("87.5% top-1 accuracy on A, 99.4% on B"). "respectively" closes a list: the value after it
    starts the next ("84.6% and 80.2% on A and B, respectively, and 70.1% on C")."""
    g = 0
    for k, v in enumerate(vals):
        u, a, b = _list_prev(text, vals, k)
        if k and v.start - u.end <= 90 and b >= a and _LIST_GAP.match(masked(text, a, b, ents, metrics)) \
                and not RESPECTIVELY.search(text, a, b) \
                and u.dropped == v.dropped and u.kind == v.kind \
                and (("%" in u.text) == ("%" in v.text) or (text[u.end:v.start] == "/" and "%" in v.text)):  # "72.3/75.3%"
            v.group = u.group
        else:
            g += 1
            v.group = g


def bind_asides(text: str, vals: list[Value]) -> None:
    """A change in a parenthesis right after a score is about that score's dataset: "93.7% (4.1% gain) on A"."""
    for u, v in zip(vals, vals[1:]):
        if v.kind != "score" and u.kind == "score" and u.end < v.start < past_aside(text, u.end):
            v.dataset = u.dataset if u.dataset is not None else v.dataset


def _list_prev(text: str, vals: list[Value], k: int) -> tuple[Value, int, int]:
    """The value a list would go on from before ``vals[k]``, and the gap between them: the one before,
    else past the baseline of "from A to B on X and from C to D" or an aside "49.4 (+1.0), 60.2 (+0.6)"."""
    v, u = vals[k], vals[k - 1]
    if k > 1 and v.base is u:  # B and D
        m = FROM.search(text, vals[k - 2].end, u.start)
        return vals[k - 2], vals[k - 2].end, m.start() if m else u.start
    if k > 1 and (vals[k - 2].kind != u.kind or ASIDE_OPEN.fullmatch(text, vals[k - 2].end, u.start)) \
            and u.end <= past_aside(text, vals[k - 2].end) <= v.start:  # (or "94.6% (95.6% for ensemble) and 77.0%")
        return vals[k - 2], past_aside(text, vals[k - 2].end), v.start
    return u, u.end, v.start


def masked(text: str, a: int, b: int, ents: list, metrics: tuple = ()) -> str:
    """``text[a:b]`` with each dataset written as "D" and each of ``metrics`` (spans) as "M" (other
    entities stay, so they break a list)."""
    out, pos = [], a
    marks = sorted([(c[0], c[1], " D ") for c in ents if c[2] is T.DATASET] + [(x, y, " M ") for x, y in metrics])
    for x, y, mark in marks:
        if x >= a and y <= b and x >= pos:
            out.append(text[pos:x])
            out.append(mark)
            pos = y
    out.append(text[pos:b])
    return "".join(out)


_ASIDE = re.compile(r"\s*\((?=[^()]*\d)[^()]{0,60}\)")


def past_aside(text: str, end: int) -> int:
    """Where the text after a value goes on, past a parenthesis with a figure of its own ("(+5.1% increase)")."""
    m = _ASIDE.match(text, end)
    return m.end() if m else end


def by_group(vals: list[Value]) -> dict[int, list[Value]]:
    out: dict[int, list[Value]] = {}
    for v in vals:
        out.setdefault(v.group, []).append(v)
    return out


#: a value in a parenthesis right after another: "94.6% (95.6% for ensemble)", "0.705 (0.431)"
ASIDE_OPEN = re.compile(r"\s*%?\s*\(\s*")


def tuples(text: str, members: list[Value]) -> list[list[Value]]:
    """A list's members in its items: a "/" joins the values of one item, anything else starts the next
    ("85.1% mAP / 87.2% rank1, 82.4% mAP / 84.9% rank1": two items of two values)."""
    out = [[members[0]]]
    for u, v in zip(members, members[1:]):
        if "/" in text[u.end:v.start]:
            out[-1].append(v)
        else:
            out.append([v])
    return out
