"""Stated results: each number an abstract reports, bound to its metric, dataset and method, with its kind.

Plain functions over character offsets; :func:`results` is what the entity finder calls. Per sentence:

1. values: the numbers (:func:`kg.extract.rules.numbers`, units such as "mm", "times", "-fold" added),
   not inside a name, not a citation ("[44]") or a year;
2. lists: values joined by "/", ",", ";", "and", "or" (with only datasets and prepositions between
   them) share what one member finds ("58.7/58.9 box AP", "94.4% on A and 97.8% on B");
3. kind: ``ratio`` ("2.5x", "3 times"), ``delta`` ("by 2.6%", "+2.7", "7.7 points", "50% fewer"),
   else ``score``; "from A to B" is the score B with baseline A; values after "compared to", "versus",
   "than" are other methods' figures: the baseline of the value before them, never results of their own;
4. metric: a unit that is a metric ("101 FPS"), else the nearest one right after ("80.4% mIoU"), else
   right before ("mIoU of 80.4", "FID (A: 3.6; B: 4.1)"), else the list's; a list of metrics
   ("rank1/mAP 91.0%/83.3%") pairs with a list of as many values by position;
5. dataset: "V on D" right after, else the nearest before in the value's own stretch ("D: V",
   "D accuracy to V"), else the list's, else n values paired with the sentence's n datasets
   ("on A and B ... 63.6% and 64.0%"), else the first after in the clause, else the nearest before;
6. method: the nearest before in the clause (not one the value is compared with), else the paper's own
   proposal when the sentence says "our"/"we" or names it, else the sentence's first method.

A value needs a metric, or (when it is a percentage or a decimal) a dataset right beside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import rules
from kg.metrics import MetricKnowledge, norm_metric
from kg.models import Result
from kg.vocab import EntityType as T

_EXTRA_VALUE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:\s?(?:\+-|±|\+/-)\s?\d+(?:\.\d+)?%?|"
                          r"(?:times)?(?:-{1,2}|–)\d+(?:\.\d+)?times|times\b)")
_UNIT = re.compile(r"\s?(?:mm|cm|GB|MB|times|-fold|fold|billion|million)\b", re.I)
_CITATION = re.compile(r"\[[\d,\s–-]*$")
_RATIO = re.compile(r"(?:x|×|times|fold)$", re.I)
_RATIO_AFTER = re.compile(r"\s*(?:times|-?fold)\b", re.I)
_DELTA_BEFORE = re.compile(r"(?:\bby|\bmargins? of|\b(?:improvements?|gains?|boosts?|increases?|reductions?|drops?|"
                           r"decreases?|degradations?|losses) of)\s*(?:an average of\s+|about\s+|around\s+|only\s+|over\s+|~)?"
                           r"(?:up to\s+)?$", re.I)
_DELTA_AFTER = re.compile(r"\s*(?:%|\))?\s*(?:absolute\s+|relative\s+|\w+\s+)?(?:improvements?|gains?|increases?|boosts?|"
                          r"reductions?|drops?|decreases?|higher|lower|better|worse|more|less|fewer|faster|slower|"
                          r"smaller|larger|points?|pp|margin)\b", re.I)
_POINTS = re.compile(r"(?:points?|pp)$", re.I)
_FROM_TO = re.compile(r"^\s*(?:%\s*)?(?:to|->|→)\s*$", re.I)
_FROM = re.compile(r"\bfrom\s*$", re.I)
_RANGE = re.compile(r"\brang\w*\s+from\s*$|\bbetween\s*$", re.I)
_OTHERS = re.compile(r"(?:\bcompared (?:to|with)|\bversus|\bvs\.?|\bthan|\bover)\s*(?:the\s+)?$", re.I)
_LIST_GAP = re.compile(r"^(?:\s|[,;/:()=]|%|\band\b|\bor\b|\bon\b|\bin\b|\bfor\b|\bthe\b|\brespectively\b|\bD\b|"
                       r"(?-i:[A-Z][\w-]*)(?=\s*:))*$", re.I)
_METRIC_AFTER = re.compile(r"(?:\s|%|\)|\bin terms of\b|\bthe\b|\bin\b|\bof\b|\bscore\b|\bon average\b)*"
                           r"(?:(?-i:[a-z][a-z0-9-]{0,9})\s+(?:in\s+|of\s+)?){0,2}", re.I)
_METRIC_BEFORE = re.compile(r"\s*(?:scores?\s+)?(?:\(\s*)?(?:of|by|at|:|=|is|was|reaches|reached|to|from|"
                            r"(?:improves?|increases?|decreases?|drops?|rises?|goes|went|falls?) (?:from|to)|"
                            r"achieves?|gets?)?\s*(?:an average of|averaged|average)?\s*(?:up to\s+|about\s+|around\s+|~|\(\s*)?$", re.I)
_ON_DATASET = re.compile(r"^\s*%?\)?\s*(?:\S+\s+){0,3}?(?:on|in|for|over|at|of)\s+(?:the\s+)?$", re.I)
_BEFORE_DATASET = re.compile(r"^\s*(?:[:=(]|\(\s*\w+\s*[:=]?)?\s*$")
_DATASET_THEN_VALUE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:[:=(]|of|to|is|was|reaches|reached)\s*(?:\(\s*)?", re.I)
#: between two datasets of one list: glue, and names kg did not type ("MS MARCO, TREC-DL and FooQA")
_DLIST_GAP = re.compile(r"(?:-[\w.]+)?[\s,/&]*(?:(?:and|or)\s+)?(?:[A-Z][\w.-]*[\s,]+(?:(?:and|or)\s+)?)*")
_CLAUSE = re.compile(r"[;]|,\s*(?:while|whereas|but|which)\b")
_COMPARE = re.compile(r"\b(?:outperform\w*|than|over|compared|versus|vs\.?|surpass\w*|beat\w*|exceed\w*)\b", re.I)
_WE_OURS = re.compile(r"\b(?:our|we|proposed|it|this (?:model|method|approach|framework|network|system))\b", re.I)


@dataclass
class _Value:
    start: int
    end: int
    text: str
    kind: str = "score"
    baseline: str | None = None
    dropped: bool = False
    group: int = -1
    metric: int | None = None
    dataset: int | None = None
    base: "_Value | None" = None  # the "from A to B" value A of B


def values(text: str, s0: int, s1: int, spans: list[tuple[int, int]]) -> list[_Value]:
    """The sentence's candidate values: numbers outside names and citations, with their units.

    >>> [v.text for v in values("It gets 26mm and 1.42 times [12] on X-50.", 0, 41, [(34, 38)])]
    ['26mm', '1.42 times']
    """
    found = [(m.start(), m.end(), m.group(0)) for m in _EXTRA_VALUE.finditer(text, s0, s1)]
    for n in rules.numbers(text, s0, s1):  # "98+-2%", "6--10times": forms the general scanner cuts short
        if not any(a <= n[0] < b or n[0] <= a < n[1] for a, b, _ in found):
            found.append(n)
    found.sort()
    out = []
    for vs, ve, v in found:
        if any(a <= vs < b for a, b in spans) or _CITATION.search(text, max(s0, vs - 12), vs):
            continue
        if text[ve:ve + 1] == "]":
            continue
        m = _UNIT.match(text, ve, s1)
        if m and not v[-1:].isalpha():
            ve, v = m.end(), text[vs:m.end()]
        out.append(_Value(vs, ve, v))
    return out


def _kinds(text: str, vals: list[_Value], s0: int) -> None:
    """Kind, baseline and "someone else's figure" for each value, in place."""
    for k, v in enumerate(vals):
        before = text[max(s0, v.start - 40):v.start]
        if _RATIO.search(v.text) or _RATIO_AFTER.match(text, v.end):
            v.kind = "ratio"
        elif v.text[:1] in "+" or _POINTS.search(v.text) or _DELTA_BEFORE.search(before) \
                or _DELTA_AFTER.match(text, v.end):
            v.kind = "delta"
        if k and _FROM_TO.match(text[vals[k - 1].end:v.start]) and _FROM.search(text, max(s0, vals[k - 1].start - 12),
                                                                                  vals[k - 1].start) \
                and not _RANGE.search(text, max(s0, vals[k - 1].start - 25), vals[k - 1].start):
            vals[k - 1].dropped = True  # "from A to B": B is the score, A its baseline
            v.baseline = vals[k - 1].text
            v.base = vals[k - 1]
            v.kind = "score" if v.kind == "delta" and not v.text.startswith("+") else v.kind
        if _OTHERS.search(before[-25:]) and k and not vals[k - 1].dropped:
            v.dropped = True
            if vals[k - 1].baseline is None:
                vals[k - 1].baseline = v.text


def _groups(text: str, vals: list[_Value], ents: list, s1: int) -> None:
    """Number the lists values form (``group``): runs whose gaps hold only list glue and datasets."""
    g = 0
    for k, v in enumerate(vals):
        if k and _LIST_GAP.match(_masked(text, vals[k - 1].end, v.start, ents)) and v.start - vals[k - 1].end <= 60 \
                and vals[k - 1].dropped == v.dropped:
            v.group = vals[k - 1].group
        else:
            g += 1
            v.group = g


def _masked(text: str, a: int, b: int, ents: list) -> str:
    """``text[a:b]`` with each dataset written as "D" (other entities stay, so they break a list)."""
    out, pos = [], a
    for c in ents:
        if c[0] >= a and c[1] <= b and c[2] is T.DATASET:
            out.append(text[pos:c[0]])
            out.append(" D ")
            pos = c[1]
    out.append(text[pos:b])
    return "".join(out)


def _bind_metrics(text: str, vals: list[_Value], metrics: list, ents: list) -> None:
    """Each value's metric (entity index), in place: unit, right after, right before, metric lists, the list's."""
    for v in vals:
        v.metric = _own_metric(text, v, metrics, ents)
        if v.metric is None and v.base is not None:
            v.metric = v.base.metric  # "mIoU from 73.8% to 82.3%"
        if v.metric is None and v.kind != "score":  # "Evaluated on NDCG@10, we outperform BM25 by 44%"
            v.metric = next((i for i, c in reversed(metrics) if c[1] <= v.start and ";" not in text[c[1]:v.start]), None)
    for members in _by_group(vals).values():
        if len(members) < 2:
            continue
        chain = _metric_chain(text, members[0], metrics)
        if len(chain) == len(members):  # "rank1/mAP/mINP 91.0%/83.3%/68.8%"
            for v, i in zip(members, chain):
                v.metric = i
            continue
        for v in members:
            if v.metric is None:
                near = min((u for u in members if u.metric is not None), default=None,
                           key=lambda u: abs(u.start - v.start))
                v.metric = near.metric if near else None


def _own_metric(text: str, v: _Value, metrics: list, ents: list) -> int | None:
    for i, c in metrics:
        if v.start < c[0] and c[1] <= v.end:
            return i  # "101 FPS"
    best, dist = None, 41
    for i, c in metrics:
        d = c[0] - v.end
        if 0 <= d < dist and _METRIC_AFTER.fullmatch(text, v.end, c[0]) and not any(ch.isdigit() for ch in text[v.end:c[0]]):
            best, dist = i, d
    if best is not None:
        return best
    dist = 31
    for i, c in metrics:
        d = v.start - c[1]
        if 0 <= d < dist and (_METRIC_BEFORE.fullmatch(text, c[1], v.start)
                              or re.fullmatch(r"\s*\(\s*D\s*[:=]?\s*", _masked(text, c[1], v.start, ents))):
            best, dist = i, d
    return best


def _metric_chain(text: str, first: _Value, metrics: list) -> list[int]:
    """Metrics joined by "/" (or commas) that end right before ``first``, in text order."""
    chain: list[int] = []
    pos = first.start
    for i, c in reversed(metrics):
        if c[1] > pos:
            continue
        gap = text[c[1]:pos]
        if (not chain and _METRIC_BEFORE.fullmatch(gap)) or (chain and re.fullmatch(r"\s*(?:/|,|and|&)\s*", gap)):
            chain.insert(0, i)
            pos = c[0]
        else:
            break
    return chain


def _by_group(vals: list[_Value]) -> dict[int, list[_Value]]:
    out: dict[int, list[_Value]] = {}
    for v in vals:
        out.setdefault(v.group, []).append(v)
    return out


def _right_dataset(text: str, v: _Value, datasets: list, ents: list, limit: int) -> int | None:
    """ "V on D" (a few words such as a metric may sit between): the dataset, if any."""
    for i, c in datasets:
        if c[0] >= v.end and c[0] - v.end <= 45 and c[0] <= limit:
            gap = text[v.end:c[0]]
            if not any(ch.isdigit() for ch in gap) and _ON_DATASET.match(gap):
                return i
            return None
    return None


def _left_dataset(text: str, v: _Value, datasets: list, floor: int) -> int | None:
    """The nearest dataset before ``v`` after ``floor`` (the previous value, a ";" or the sentence start);
    when it ends a list of datasets ("On A, B and C, X reaches 39.2"), the list's first."""
    before = [(i, c) for i, c in datasets if floor <= c[0] and c[1] <= v.start]
    if not before:
        return None
    k = len(before) - 1
    while k and _DLIST_GAP.fullmatch(text, before[k - 1][1][1], before[k][1][0]):
        k -= 1
    return before[k][0]


def _dataset_list(text: str, datasets: list, a: int, b: int) -> list[int]:
    """The datasets in ``text[a:b]`` when they form one list ("A, B and C", "A/B"), else []."""
    inside = [(i, c) for i, c in datasets if a <= c[0] and c[1] <= b]
    for (_, x), (_, y) in zip(inside, inside[1:]):
        if not _DLIST_GAP.fullmatch(text, x[1], y[0]):
            return []
    return [i for i, _ in inside]


def _bind_datasets(text: str, vals: list[_Value], datasets: list, ents: list, s0: int, s1: int) -> None:
    """Each value's dataset (entity index), in place, in the order the module docstring gives."""
    for members in _by_group(vals).values():
        last, first = members[-1], members[0]
        clause_end = _clause_end(text, last.end, s1)
        after = _dataset_list(text, datasets, last.end, clause_end)
        if len(members) > 1 and len(after) == len(members) and _ON_DATASET.match(text[last.end:ents[after[0]][0]]):
            for v, i in zip(members, after):
                v.dataset = i
            continue
        for v in members:
            v.dataset = _right_dataset(text, v, datasets, ents, clause_end)
        if len(members) > 1 and all(v.dataset is None for v in members):
            floor = _floor(text, vals, first, s0)
            before = _dataset_list(text, datasets, floor, first.start)
            if len(before) == len(members):
                for v, i in zip(members, before):
                    v.dataset = i
                continue
        for v in members:
            if v.dataset is None:
                v.dataset = _left_dataset(text, v, datasets, _floor(text, vals, v, s0))
        for v in members:
            if v.dataset is None:
                near = min((u for u in members if u.dataset is not None), default=None,
                           key=lambda u: abs(u.start - v.start))
                v.dataset = near.dataset if near else None
    for v in vals:
        if v.dataset is None:
            v.dataset = _fallback_dataset(text, v, datasets, s1)


def _floor(text: str, vals: list[_Value], v: _Value, s0: int) -> int:
    """Where the stretch of text before ``v`` that may name its dataset begins."""
    floor = s0
    for u in vals:
        if u.end <= v.start and u.group != v.group:
            floor = max(floor, u.end)
    semi = text.rfind(";", floor, v.start)
    return semi + 1 if semi >= 0 else floor


def _clause_end(text: str, pos: int, s1: int) -> int:
    m = _CLAUSE.search(text, pos, s1)
    return m.start() if m else s1


def _fallback_dataset(text: str, v: _Value, datasets: list, s1: int) -> int | None:
    """The first dataset after the value in its clause, else the nearest before it in the sentence."""
    end = _clause_end(text, v.end, s1)
    for i, c in datasets:
        if v.end <= c[0] < end and c[0] - v.end <= 80:
            return i
    before = [i for i, c in datasets if c[1] <= v.start]
    return before[-1] if before else None


def _method(text: str, v: _Value, found, methods: list[int], s0: int, own: int | None) -> str | None:
    """The method a value is a result of (see the module docstring, step 6)."""
    ents = found.entities
    for i in reversed(methods):
        e = ents[i][1]
        if e <= v.start:
            gap = text[e:v.start]
            if _CLAUSE.search(gap) or "," in gap and len(gap) > 60:
                break
            if _COMPARE.search(gap):
                continue  # "outperforms X by 2%": X is the baseline
            if found.proposed and re.search(r"\b(?:our|we)\b", gap, re.I):
                break
            return found.name(text, i)
    if own is not None:
        return found.name(text, own)
    if found.proposed and _WE_OURS.search(text, s0, v.end + 40):
        return found.proposed[0]
    for i in methods:
        if not _COMPARE.search(text, s0, ents[i][0]):
            return found.name(text, i)
    return None


def _keep(text: str, v: _Value, ents: list) -> bool:
    """A value with no metric stays only as a percentage or decimal with a dataset right beside it."""
    if v.metric is not None:
        return True
    if v.kind != "score" and re.search(r"[%x×.]|times|fold|points?|pp", v.text):
        return True  # "outperform ... by up to 5%": an improvement, whatever it measures
    if v.dataset is None or not ("%" in v.text or "." in v.text):
        return False
    c = ents[v.dataset]
    if c[0] >= v.end:
        return _ON_DATASET.match(text[v.end:c[0]]) is not None
    return _DATASET_THEN_VALUE.fullmatch(text, c[1], v.start) is not None


def _metric_word(text: str, c) -> bool:
    """A name typed Method that is a metric kg knows ("mAPs"): a metric for results."""
    w = text[c[0]:c[1]]
    curated = MetricKnowledge.load().curated
    return norm_metric(w) in curated or (w.endswith("s") and norm_metric(w[:-1]) in curated)


def results(text: str, found, sents: list[tuple[int, int]]) -> list[Result]:
    """(method, dataset, metric, value, kind, baseline) for each result the sentences state."""
    ents = found.entities
    out: list[Result] = []
    if not any(c[2] is T.METRIC or c[2] is T.DATASET for c in ents):
        return out
    proposed = {p.lower() for p in found.proposed}
    for s0, s1 in sents:
        in_sent = [(i, c) for i, c in enumerate(ents) if s0 <= c[0] < s1]
        metrics = [(i, c) for i, c in in_sent if c[2] is T.METRIC or (c[2] is T.METHOD and _metric_word(text, c))]
        datasets = [(i, c) for i, c in in_sent if c[2] is T.DATASET]
        if not metrics and not datasets:
            continue
        vals = values(text, s0, s1, [(c[0], c[1]) for _, c in in_sent])
        if not vals:
            continue
        sent_ents = [c for _, c in in_sent]
        _kinds(text, vals, s0)
        _groups(text, vals, sent_ents, s1)
        _bind_metrics(text, vals, metrics, sent_ents)
        _bind_datasets(text, vals, datasets, ents, s0, s1)
        methods = [i for i, c in in_sent if c[2] is T.METHOD and not _metric_word(text, c)]
        own = next((i for i in methods if found.name(text, i).lower() in proposed), None)
        for v in vals:
            if v.dropped or not _keep(text, v, ents):
                continue
            out.append(Result(value=v.text, method=_method(text, v, found, methods, s0, own),
                              dataset=found.name(text, v.dataset) if v.dataset is not None else None,
                              metric=found.name(text, v.metric) if v.metric is not None else None,
                              start=v.start, end=v.end, kind=v.kind, baseline=v.baseline))
    return out
