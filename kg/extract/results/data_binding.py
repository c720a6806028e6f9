"""Binding values to datasets (step 5 of :mod:`kg.extract.results`).

:func:`bind_datasets` gives each value its dataset ("V on D", the nearest before, lists and
"respectively" by position, the clause's first after, the nearest before); :func:`named_again` and
:func:`distinct_names` read datasets named more than once. Works on entity indices; list numbering and
the helpers shared with metric binding are in :mod:`.binding`.
"""
from __future__ import annotations

import re

from kg.extract.boundaries import ADAPTS_TO
from kg.vocab import EntityType as T
from kg.extract.results.binding import (CLAUSE, HAS_VALUE, ASIDE_OPEN, RESPECTIVELY, by_group, tuples,
                                        past_aside)
from kg.extract.results.respective_runs import OWN_ITEMS, metrics_paired, own_list_before, respective_runs, respective_tail
from kg.extract.results.value_data import SPEED
from kg.extract.results.values import Value


ON_DATASET = re.compile(r"^\s*%?\)?\s*(?:\S+\s+){0,5}?(?:on|in|for|over|at|of|from|across)\s+(?:the\s+)?[\"“]?$", re.I)
_DECIMAL = re.compile(r"\d[.,]\d")
DATASET_THEN_VALUE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:[:=(]|of|to|is|was|reaches|reached)\s*(?:\(\s*)?", re.I)
#: between two datasets of one list: glue, a name's tail ("CIFAR-100/20, STL10", "DAVIS 2016/2017"), and names
#: kg did not type ("MS MARCO, TREC-DL and FooQA"), a subset's word ("CUHK03 labeled, CUHK03 detected")
_DLIST_GAP = re.compile(r"(?:[-/][\w.]+|\s+v?\d+(?:\.\d+)?|\s+(?!(?:data)?sets?\b|datasets?\b|benchmarks?\b|corpus\b|corpora\b|tasks?\b)[a-z]+(?=,))?[\s,/&]*(?:(?:and|or)\s+)?(?:[A-Z][\w.-]*[\s,]+(?:(?:and|or)\s+)?)*")
#: "to 51.1 and 44.3 respectively, and ... on A and B": the values' datasets came before them
_RESP_AFTER = re.compile(r"[^,;.()]{0,25}?\brespectively\b", re.I)
_ON_NEXT = re.compile(r",?\s*(?:on|in|for)\b", re.I)  # "99.9% and 99.8% respectively, on A and B"


#: a parenthesis that holds only a dataset's name, or an adaptation's pair, right after a value: "4.1% (Foo → Bar)":
#: its opening (up to the name) and its closing (after the name)
_DATA_PAREN_OPEN = re.compile(r"\s*\(\s*")
_DATA_PAREN_CLOSE = re.compile(rf"(?:{ADAPTS_TO}[A-Z][\w+-]*)?\s*\)")


def _right_dataset(text: str, v: Value, datasets: list, ents: list, limit: int) -> int | None:
    """ "V on D" (a few words such as a metric may sit between), "V (D)": the dataset, if any."""
    if (i := _paren_dataset(text, v, datasets)) is not None:
        return i
    end = past_aside(text, v.end)
    for i, c in datasets:
        if c[0] >= end and c[0] - end <= 60 and c[0] <= limit:
            gap = text[end:c[0]]  # "0.82% gains on 4 datasets from D": a count may sit there, not a value
            if ")" in gap and text.rfind("(", 0, v.start) > text.rfind(")", 0, v.start) and end == v.end:
                return None  # "CIFAR-10 (with error rate 2.93%) and on PTB": the value is inside the parenthesis
            if not HAS_VALUE.search(gap) and not _DECIMAL.search(gap) and ON_DATASET.match(gap) and not _NEXT_ITEM.match(gap) \
                    and not _next_metric(text, end, c[0], ents):
                return i
            return None
    return None


def _paren_dataset(text: str, v: Value, datasets: list) -> int | None:
    """The dataset a parenthesis right after ``v`` names alone ("a gain of 3.1% (Foo→Bar) and of 2.8% (Bar→Foo)"):
    the value's, before any after the parenthesis (:func:`binding.past_aside` skips one with a digit in it)."""
    if (m := _DATA_PAREN_OPEN.match(text, v.end)) is None:
        return None
    return next((i for i, c in datasets if c[0] == m.end() and _DATA_PAREN_CLOSE.match(text, c[1])), None)


def _next_metric(text: str, a: int, b: int, ents: list) -> bool:
    """A comma, then a metric of its own, between a value and the dataset after it: the next item's ("to 88.0,
    the F1 score on SQuAD v1.1 to 92.0")."""
    comma = text.find(",", a, b)
    return comma >= 0 and any(c[2] is T.METRIC and comma < c[0] and c[1] <= b for c in ents)


def _left_dataset(text: str, v: Value, datasets: list, floor: int) -> int | None:
    """The nearest dataset before ``v`` after ``floor`` (the previous value, a ";" or the sentence start);
    when it ends a list of datasets ("On A, B and C, X reaches 39.2"), the list's first."""
    before = [(i, c) for i, c in datasets if floor <= c[0] and c[1] <= v.start and not _closed_aside(text, c, v.start)]
    if not before:
        return None
    k = len(before) - 1
    while k and _DLIST_GAP.fullmatch(text, before[k - 1][1][1], before[k][1][0]):
        k -= 1
    return before[k][0]


def _closed_aside(text: str, c, pos: int) -> bool:
    """A dataset in a parenthesis with a figure of its own that closes before ``pos`` ("(86.4 top-1 accuracy
    on ImageNet-1K) and ... (58.7 box AP ...": a result of its own, no dataset of what follows it; not
    "Wikipedia articles (WikiText-103) ... 29.2", a name in a parenthesis)."""
    opened = text.rfind("(", 0, c[0])
    return text.find(")", c[1], pos) >= 0 and opened > text.rfind(")", 0, c[0]) \
        and re.search(r"\d", text[opened:c[0]]) is not None


def _dataset_list(text: str, datasets: list, a: int, b: int, lead: bool = False) -> list[int]:
    """The datasets in ``text[a:b]`` when they form one list ("A, B and C", "A/B"), else []; with ``lead``,
    the list the stretch opens with ("on A and B val sets (and on A ...)": A and B)."""
    again = named_again(text, datasets)
    inside = [(i, c) for i, c in datasets if a <= c[0] and c[1] <= b and i not in again]
    targets = [c for i, c in datasets if a <= c[0] and c[1] <= b and i in again]
    for k, ((_, x), (_, y)) in enumerate(zip(inside, inside[1:])):
        if not _DLIST_GAP.fullmatch(_PAREN_NAME.sub("", _past_targets(text, x[1], y[0], targets))):
            return [i for i, _ in inside[:k + 1]] if lead else []
    return [i for i, _ in inside]


_PAREN_NAME = re.compile(r"\s*\([^()\d]{1,30}\)")


def _past_targets(text: str, a: int, b: int, again: list) -> str:
    """``text[a:b]`` with no target of an adaptation an arrow leads to ("A → B, C → D": the gap from A to C is
    ", "); a name again in a parenthesis stays (:data:`_PAREN_NAME` takes it)."""
    for c in again:
        if a <= c[0] and c[1] <= b and _ADAPTS_TO.fullmatch(text, a, c[0]):
            a = c[1]
    return text[a:b]


def named_again(text: str, datasets: list) -> set[int]:
    """The datasets written in a parenthesis right after another ("Penn Treebank (PTB)"): the same
    dataset again, no member of a list of their own; nor is the target an arrow leads to from another ("A → B":
    one adaptation, named by its source, :func:`.data_names.adaptation_pair`)."""
    return {j for (_, x), (j, y) in zip(datasets, datasets[1:])
            if re.fullmatch(r"\s*\(\s*", text[x[1]:y[0]]) and re.match(r"\s*\)", text[y[1]:y[1] + 3])
            or _ADAPTS_TO.fullmatch(text, x[1], y[0])}


_ADAPTS_TO = re.compile(ADAPTS_TO)


def bind_datasets(text: str, vals: list[Value], datasets: list, ents: list, s0: int, s1: int,
                  prev: list[int] = ()) -> None:
    """Each value's dataset (entity index), in place, in the order the module docstring gives; ``prev`` are
    the datasets of the last sentence that named some, which a list of values "respectively" with none
    of its own pairs with ("... on Switchboard and CallHome. We reach 5.8% and 11.0%, respectively")."""
    # a dataset right after a value ("V on D") is that value's: never a later value's "nearest before"
    taken = {_right_dataset(text, v, datasets, ents, _clause_end(text, v.end, s1)) for v in vals}
    free = [(i, c) for i, c in datasets if i not in taken]
    for members in by_group(vals).values():
        main, asides = _split_asides(text, members)
        if not _parallel_asides(text, main, asides, datasets, ents):
            _bind_group(text, main, vals, datasets, ents, (s0, s1), prev, taken)
        for v, u in asides:  # "94.6% (95.6% for ensemble) and 77.0%": the aside is on its value's dataset
            if v.dataset is None:
                v.dataset, v.listed = u.dataset, u.listed
        _unmatched_back_reference(text, main, prev, (ents, s1))
    _on_own_data(text, vals, ents)
    _on_part(text, vals)
    for v in vals:
        if v.dataset is None and not v.over and not v.ours:
            v.dataset = _fallback_dataset(text, v, datasets, free, s1)
    _shared_after(text, vals, ents, s1)
    _parallel_clauses(text, vals, datasets, s0)
    _trained_only(text, vals, datasets, ents, s0)
    respective_runs(text, vals, datasets, ents, s1)


#: a figure on the paper's own data, unnamed: "0.485 on our dataset", "61.2% on the newly collected benchmark" (no
#: name after the noun: "our dataset FooSet", "our new dataset (FooSet)" name it)
_ON_OWN_DATA = re.compile(r"\s*%?\s*(?:(?!(?:on|in|for|and|or)\b)[\w@-]+\s+){0,3}?(?:on|in|for)\s+(?:our|the\s+(?:newly\s+)?"
                          r"(?:proposed|introduced|collected|new))\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
                          r"(?:datasets?|data\s?sets?|benchmarks?|corpus|corpora)\b(?!\s*(?:\(|(?-i:[A-Z])|,?\s*(?:called|named)\b))", re.I)


#: a figure on a part of the data: "for the category S", "for class 3", "on 4 of the 15 classes", "on 3 out of 5 tasks"
_ON_PART = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,2}?(?:for|on|in)\s+(?:the\s+)?(?:(?:category|class|subcategory)\s+"
                      r"(?-i:[A-Z\d])[\w-]*(?![\w-])|\d+\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\d+\s+(?:classes|categories|"
                      r"subcategories|subsets|tasks|games|datasets|languages)\b)", re.I)


def _on_part(text: str, vals: list[Value]) -> None:
    """A figure for one category of the data or a few of its classes ("100% AUROC on 4 of the 15 classes", "a
    sensitivity of 99% for the category V") is no figure of the whole benchmark: no dataset is its (``over``)."""
    for v in vals:
        if _ON_PART.match(text, v.end):
            v.dataset, v.over = None, True


def _on_own_data(text: str, vals: list[Value], ents: list) -> None:
    """A figure on the paper's own data, unnamed ("0.537 on A and 0.485 on our new dataset"), is on no dataset
    named before it, nor on the last sentence's: on the one the paper introduces, if any (``Value.ours``)."""
    for v in vals:
        if (v.dataset is None or ents[v.dataset][0] < v.start) and _ON_OWN_DATA.match(text, v.end):
            v.dataset, v.ours = None, True


def _count(text: str, names: list[int], ents: list) -> int:
    """How many datasets ``names`` name: a name of two joined by "/" counts two ("CIFAR-10/100")."""
    return sum(text.count("/", ents[i][0], ents[i][1]) + 1 for i in names)


def _unmatched_back_reference(text: str, members: list[Value], prev: list[int], where: tuple[list, int]) -> None:
    """A list of figures "on these two datasets" ("both", "the same datasets") that the sentence binds none,
    when the last sentence naming datasets names another number of them than the list has figures ("... on
    A. It reaches 72.4% and 75.8% on these two datasets"): no one of them is each figure's (``Value.over``); when it
    names one name of as many joined by "/", each figure is on its part by position (``Value.part``)."""
    (ents, s1), last = where, members[-1]
    if all(v.dataset is None for v in members) \
            and _ON_THESE.match(text, past_aside(text, last.end), _clause_end(text, last.end, s1)):
        if _count(text, prev, ents) != len(members):
            for v in members:
                v.over = True
        elif len(prev) == 1 and len(members) > 1:  # "A/B ... 72.4% and 75.8% on these two datasets": A, then B
            for k, v in enumerate(members):
                v.dataset, v.part, v.listed = prev[0], k, True


#: right before the data a model learns from: "trained on D", "fine-tuned only on the D", "learned on D"
_TRAINED_ON = re.compile(r"\b(?:trained|fine-?tuned|learn(?:ed|t))\s+(?:only\s+)?(?:on|with)\s+(?:the\s+)?$", re.I)
#: right after it: "D training data", "the D corpus for training", "D train split"
_TRAINING_AFTER = re.compile(r"\s*(?:(?:corpus|corpora|datasets?|data\s?sets?|data)\s+)?(?:(?:training|train)\s+(?:data|sets?|"
                             r"splits?|corpus|corpora)\b|(?:for|as)\s+(?:the\s+)?training\b)", re.I)
#: then where it is tested: "and tested on an unseen dataset", "evaluated on the organisers' test set"
_TESTED_ON = re.compile(r"\b(?:tested|evaluated)\s+(?:on|in)\s+(?:an?|the|[\w']+)\s", re.I)
#: a test on a name of its own anywhere before the figure: "we test the models on the Foo'00 benchmark (using D
#: training data), reaching" (the name: a capital at the match's end)
_TESTED_ON_NAME = re.compile(r"\b(?:test(?:s|ed|ing)?|evaluat(?:e|es|ed|ing))\s+(?:(?!on\b|in\b)[\w-]+\s+){0,5}?(?:on|in)\s+"
                             r"(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
#: a figure's own place right after it: "9.9% WER on the Foo'00 test set" (the name: a capital at the match's end)
_PLACE_AFTER = re.compile(r"\s*%?\s*(?:(?!on\b|in\b)[\w@-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)


def _trained_only(text: str, vals: list[Value], datasets: list, ents: list, s0: int) -> None:
    """A figure whose dataset before it is the data its model was trained on ("trained on A", "A training data",
    "A for training"), or that has none while its sentence names such data before it, when the sentence names a
    test on other data (after A: "and tested on an unseen dataset"; a test on a name anywhere before the figure;
    "on" a name right after the figure): the figure is on that test data, not on A: on the dataset the test names,
    else on none (nor does the paper's dataset fill it)."""
    training = {i: _training(text, d) for i, d in datasets}
    for v in vals:
        if v.over or v.ours:
            continue
        if v.dataset is not None:
            c = ents[v.dataset] if ents[v.dataset][1] <= v.start and (training[v.dataset] if v.dataset in training
                                                                      else _training(text, ents[v.dataset])) else None
        else:
            c = next((d for i, d in reversed(datasets) if d[1] <= v.start and training[i]), None)
        test = _test_place(text, c, v, s0) if c is not None else None
        if test is not None:
            v.dataset = next((i for i, d in datasets if d[0] == test and not training[i]), None)
            v.over = v.dataset is None


def _training(text: str, c) -> bool:
    """A dataset named as the data a model learns from: "trained on D", "D training data", "D for training"."""
    return _TRAINED_ON.search(text, max(0, c[0] - 30), c[0]) is not None or _TRAINING_AFTER.match(text, c[1]) is not None


def _test_place(text: str, c, v: Value, s0: int) -> int | None:
    """Where the sentence of ``v`` names the data a model trained on ``c`` is tested on, other than ``c``'s name: after
    ``c`` and before ``v`` ("and tested on an unseen dataset": -1, no name), "tested on" a name before ``v``, or "on" a
    name right after ``v`` (not the hardware of a speed: "5 ms on a V100"); else None."""
    if _TESTED_ON.search(text, c[1], v.start):
        return -1
    name = text[c[0]:c[1]].lower()
    places = [m.end() for m in _TESTED_ON_NAME.finditer(text, s0, v.start)]
    if (m := _PLACE_AFTER.match(text, v.end)) is not None and not SPEED.search(text, v.end, m.end()):
        places.append(m.end())
    return next((p for p in places if text[p:p + len(name)].lower() != name), None)


#: between two values, what gives the first its own place or closes an aside it sits in
_OWN_PLACE = re.compile(r"\b(?:on|in|for|over|across)\b|[();]", re.I)


def _shared_after(text: str, vals: list[Value], ents: list, s1: int) -> None:
    """ "V1 AP with setup X and V2 AP with setup Y on D": a score with no dataset, followed in its clause by a
    score of the same metric whose dataset comes after it in the clause, is on that dataset too, when no "on" / "in"
    of its own (nor a parenthesis) stands between the two."""
    for v, w in zip(vals, vals[1:]):
        if v.dataset is not None or v.over or v.ours or w.dataset is None or v.metric is None or w.metric is None \
                or v.kind != "score" or w.kind != "score":
            continue
        d = ents[w.dataset]
        if d[0] < w.end or _clause_end(text, v.end, s1) < d[0] or _OWN_PLACE.search(text, v.end, w.start) \
                or _name(text, ents[v.metric]).lower() != _name(text, ents[w.metric]).lower():
            continue
        v.dataset = w.dataset


#: a conjunction between a figure and the dataset after it: "V1, and strong results on B", "V1 and attained ... on B"
_CONJUNCTION = re.compile(r",|\band\b")


def _parallel_clauses(text: str, vals: list[Value], datasets: list, s0: int) -> None:
    """ "on A with an accuracy of V1, and fair results on B with an accuracy of V2": two clauses joined by "and",
    each naming its dataset before its figure. The dataset between two figures that both took it is the second's
    when a conjunction parts it from the first and the first has a dataset of its own before it (A)."""
    for v, w in zip(vals, vals[1:]):
        if v.dataset is None or v.dataset != w.dataset or v.listed or w.listed or v.group == w.group \
                or v.kind != "score" or w.kind != "score":
            continue
        c = next((c for i, c in datasets if i == v.dataset), None)
        if c is None or not v.end <= c[0] < w.start or not _CONJUNCTION.search(text, v.end, c[0]):
            continue
        left = _left_dataset(text, v, datasets, _floor(text, vals, v, s0))
        if left is not None and left != v.dataset:
            v.dataset = left


def _runs_with_lists(text: str, members: list[Value], datasets: list, ents: list, after: list[int]) -> bool:
    """A list of values made of runs, each followed by a list of datasets as long as it: "5.1 and 12.7 mAP on A and
    B, and 2.2 and 3.8 mAP on C and D" pairs by position within each run; ``after`` is the last run's list.
    Whether it paired them."""
    runs, run = [], [members[0]]
    for u, v in zip(members, members[1:]):
        between = _dataset_list(text, datasets, u.end, v.start, lead=True)
        if between:
            runs.append((run, between))
            run = []
        run.append(v)
    runs.append((run, after))
    if len(runs) < 2 or all(len(r) < 2 for r, _ in runs) \
            or any(len(r) != len(ds) or not _ON_LIST.match(text[r[-1].end:ents[ds[0]][0]]) for r, ds in runs):
        return False
    for r, ds in runs:
        for v, i in zip(r, ds):
            v.dataset = i
    return True


def _name(text: str, c) -> str:
    return text[c[0]:c[1]]


#: what leads from a list of values to the list of datasets they pair with: "52.6% and 48.0% mAP on the
#: challenging PASCAL VOC 2007 and 2012 datasets" (:data:`ON_DATASET`, a word or two of praise after "the")
_ON_LIST = re.compile(r"^\s*%?\)?\s*(?:\S+\s+){0,5}?(?:on|in|for|over|at|of|from|across)\s+(?:the\s+)?"
                      r"(?:(?-i:[a-z][\w-]*)\s+){0,2}$", re.I)


def _bind_group(text: str, members: list[Value], vals: list[Value], datasets: list, ents: list, sent: tuple[int, int],
                prev: list[int], taken: set) -> None:
    """The datasets of one list of values (:func:`bind_datasets`); ``taken``: the datasets right after a value."""
    s0, s1 = sent
    last, first = members[-1], members[0]
    clause_end = _clause_end(text, last.end, s1)
    resp_here = _RESP_AFTER.match(text, last.end)
    after_end = resp_here.end() if resp_here and not _ON_NEXT.match(text, resp_here.end()) else clause_end
    after = _dataset_list(text, datasets, last.end, after_end, lead=True)
    resp = RESPECTIVELY.search(text, first.start, clause_end) is not None
    if len(members) == 1 and len(after) > 1 and not resp and _over_list(text, first, ents[after[0]][0]):
        first.over = True  # "79.3% on several datasets, namely A, B and C": a figure over them all, no one dataset's
        return
    if len(members) > 1 and len(after) != len(members) and resp:  # "on three datasets, namely A, B and C, respectively"
        upto = m.end() if (m := RESPECTIVELY.search(text, last.end, after_end)) else after_end  # (not the next result's)
        after = [i for i in _distinct_before(text, datasets, last.end, upto)]
        items = _on_items(text, datasets, last.end, upto) if len(after) != len(members) else after
        after = items if len(items) == len(members) else after
    if len(members) > 1 and len(after) == len(members) and (resp or _ON_LIST.match(text[last.end:ents[after[0]][0]])):
        for v, i in zip(members, after):
            v.dataset, v.listed = i, resp
        return
    if resp and (_by_tuples(text, members, after) or respective_tail(members, after, datasets)):
        return
    if not resp and _runs_with_lists(text, members, datasets, ents, after):
        return
    for v in members:
        v.dataset = _right_dataset(text, v, datasets, ents, after_end)
    if len(members) > 1 and all(v.dataset is None for v in members):
        floor = _floor(text, vals, first, s0)
        before = _dataset_list(text, datasets, floor, first.start)
        if resp and _by_tuples(text, members, before):
            return
        if len(before) != len(members) and resp:
            before = _respective_before(text, (vals, members), datasets, ents, (s0, floor))
        if not before and not after and len(prev) == len(members) > 1 \
                and (resp and not OWN_ITEMS.match(text, past_aside(text, last.end), clause_end)
                     or _ON_THESE.match(text, past_aside(text, last.end), clause_end)):
            before = list(prev)
        if len(before) == len(members):
            for v, i in zip(members, before):
                v.dataset, v.listed = i, True
            return
    rights = {v.dataset for v in members if v.dataset is not None}
    if resp and len(rights) == 1:  # "5.4% and 14.7% on A test-clean and test-other, respectively": both on A
        for v in members:
            v.dataset = next(iter(rights)) if v.dataset is None else v.dataset
        return
    for v in members:
        if v.dataset is None and (v is first or not OWN_ON.match(text, v.end)):
            v.dataset = _left_dataset(text, v, datasets, _floor(text, vals, v, s0))
            if v.dataset is not None and v.dataset in taken and v.kind == "score" and not _RANGE_ON.match(text, v.end) \
                    and re.search(r",|\band\b", text[ents[v.dataset][1]:v.start]):
                # "38.6 for B on A, and 31.3 for B and 34.9 for C on D": A is the earlier value's, and the
                later = _first_after(text, v, datasets, s1)  # list goes on: the value's own is the one after it
                v.dataset = next(iter(rights)) if len(rights) == 1 else later if later is not None else v.dataset
    if len({v.dataset for v in members if v.dataset is not None}) == 1:  # "58.7/58.9 box AP on COCO"
        for v in members:  # (not a figure the next item follows: "on A to 71.2%, and on B to 65.0%")
            if v.dataset is None and not OWN_ON.match(text, v.end) and not _NEXT_ITEM.match(text, past_aside(text, v.end)):
                v.dataset = next(u.dataset for u in members if u.dataset is not None)


def _respective_before(text: str, lists: tuple[list[Value], list[Value]], datasets: list, ents: list,
                       where: tuple[int, int]) -> list[int]:
    """The datasets named before a list "respectively", each once: in its clause ("on A ... and on B ...,
    respectively"), else, where its clause names none, in the clause before a semicolon ("on A, B and C; it beats
    prior work by 1.2%, 0.8% and 2.5%, respectively"), unless the list pairs metrics or a list of the clause's own
    ("; our base and large models reach 88.1 and 90.3 F1, respectively")."""
    (vals, members), (s0, floor) = lists, where
    before = _distinct_before(text, datasets, floor, members[0].start)
    if before or metrics_paired(text, members, ents) or own_list_before(text, floor, members[0].start):
        return before
    return _distinct_before(text, datasets, _floor(text, vals, members[0], s0, semi=False), members[0].start)


#: between a figure and a list of datasets it is over: "79.3% on several datasets, namely", "85.1% averaged across"
_OVER_GAP = re.compile(r"\s*%?\s*(?:[\w-]+\s+){0,3}?(?:(?:across|over)\s+(?:the\s+|all\s+)?|(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}"
                       r"(?:datasets|benchmarks|data\s?sets|corpora)\s*(?:,\s*)?(?:namely|including|i\.e\.,?|:)\s+(?:the\s+)?)$", re.I)
#: an average named before the figure: "an average accuracy of 85.2%"
_AVERAGE_BEFORE = re.compile(r"\b(?:average[ds]?|averaging)\s+(?!precision|recall|overlap)(?:[\w@-]+\s+){0,3}?(?:of|is|was|=|:)?\s*$",
                             re.I)  # (not "mean average precision of": a metric's name)


def _over_list(text: str, v: Value, list_start: int) -> bool:
    """A single figure set before a list of datasets it is over, not on the first of them: "from 73.7% to
    79.3% on several standard datasets, namely A, B and C", "an average accuracy of 71.2% on A, B and C"."""
    return _OVER_GAP.fullmatch(text, v.end, list_start) is not None \
        or (_AVERAGE_BEFORE.search(text, max(0, v.start - 40), v.start) is not None
            and ON_DATASET.match(text[v.end:list_start]) is not None)


def _split_asides(text: str, members: list[Value]) -> tuple[list[Value], list[tuple[Value, Value]]]:
    """A list's members apart from the values in a parenthesis right after a member, and those asides
    with the member each follows: an aside takes no place of its own in a list paired by position."""
    main, asides = [members[0]], []
    for v in members[1:]:
        if ASIDE_OPEN.fullmatch(text, main[-1].end, v.start):
            asides.append((v, main[-1]))
        else:
            main.append(v)
    return main, asides


def _parallel_asides(text: str, main: list[Value], asides: list, datasets: list, ents: list) -> bool:
    """ "0.705 (0.431) on CIFAR-10 (CIFAR-100)": a value and its aside on a dataset and the one in a
    parenthesis right after it, each on its own."""
    if len(main) != 1 or len(asides) != 1:
        return False
    d1 = _right_dataset(text, main[0], datasets, ents, len(text))
    if d1 is None:
        return False
    m = ASIDE_OPEN.match(text, ents[d1][1])
    d2 = next((i for i, c in datasets if m and c[0] == m.end() and re.match(r"\s*\)", text[c[1]:])), None)
    if d2 is None:
        return False
    main[0].dataset, asides[0][0].dataset = d1, d2
    return True


def _by_tuples(text: str, members: list[Value], names: list[int]) -> bool:
    """Pair a list of items of as many values each with as many datasets, item by item ("on A, B and C
    with 85.1% mAP / 87.2% rank1, 82.4% mAP / 84.9% rank1, and 91.5% mAP / 96.3% rank1, respectively")."""
    items = tuples(text, members)
    if not 1 < len(items) == len(names) < len(members) or len({len(t) for t in items}) != 1:
        return False
    for item, i in zip(items, names):
        for v in item:
            v.dataset, v.listed = i, True
    return True


#: a list's next item begins: "from 56 to 66, and on SBU, from 19 to 28" (SBU is the next item's)
#: a list of values "on these datasets": the datasets the last sentence naming some listed ("55.6 on A and 63.5 on
#: B. ... 53.8 and 60.5 on these datasets")
_ON_THESE = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,3}?(?:on|in|for|across|over)\s+(?:these|those|both|the\s+(?:two|three|four|"
                       r"same|above|aforementioned))\s+(?:(?:two|three|four)\s+)?(?:[\w-]+\s+)?"
                       r"(?:datasets|benchmarks|data\s?sets|corpora)\b", re.I)
_NEXT_ITEM = re.compile(r"\s*%?\s*,\s*and\s+(?:on|in|for)\b", re.I)


#: a value followed by what it is on, typed or not ("... and from 8.73 to 6.66 on ImageNet-2012")
OWN_ON = re.compile(r"\s*%?\s*(?:on|in)\s+(?:the\s+)?[A-Z]")


def distinct_names(text: str, datasets: list) -> list[int]:
    """The datasets of ``datasets`` (index, candidate), each name once, in text order."""
    return _distinct_before(text, datasets, 0, len(text))


def _distinct_before(text: str, datasets: list, a: int, b: int) -> list[int]:
    """The datasets named in ``text[a:b]``, each name once, in order."""
    out, seen, again = [], set(), named_again(text, datasets)
    for i, c in datasets:
        name = text[c[0]:c[1]].lower()
        if a <= c[0] and c[1] <= b and name not in seen and i not in again:
            seen.add(name)
            out.append(i)
    return out


def _floor(text: str, vals: list[Value], v: Value, s0: int, semi: bool = True) -> int:
    """Where the stretch of text before ``v`` that may name its dataset begins (after a semicolon, unless ``semi``
    is False: the clause before it, for a list "respectively" whose own clause names no dataset)."""
    floor = s0
    for u in vals:
        if u.end <= v.start and u.group != v.group and u is not v.base:
            floor = max(floor, u.end)  # (not "from A": "on CIFAR-10, X goes from A to B")
    at = text.rfind(";", floor, v.start) if semi else -1
    return at + 1 if at >= 0 else floor


#: a relative clause that says more of the result before it: ", which is the best reported result on D"
_ABOUT_IT = re.compile(r",\s*which\s+(?:is|was|are|were|sets?|ranks?|establish\w*|represents?)\b", re.I)


def _on_items(text: str, datasets: list, a: int, b: int) -> list[int]:
    """The first dataset of each "on ..." phrase in ``text[a:b]``: "on the X space with A and on the Y space
    with B and C, respectively" gives A and B ([] when a phrase names none); not past "respectively"."""
    resp = RESPECTIVELY.search(text, a, b)
    b = resp.end() if resp else b
    starts = [m.start() for m in re.finditer(r"\bon\s", text[a:b])]
    out = []
    for x, y in zip(starts, starts[1:] + [b - a]):
        first = next((i for i, c in datasets if a + x <= c[0] and c[1] <= a + y), None)
        if first is None:
            return []
        out.append(first)
    return out


def _clause_end(text: str, pos: int, s1: int) -> int:
    m = CLAUSE.search(text, pos, s1)
    return m.start() if m else s1


_RANGE_ON = re.compile(r"\s*%?\s*(?:∼|~|-|–|to)\s*\d")  # "1.0∼2.0% AP gain": one end of a range


def _first_after(text: str, v: Value, datasets: list, s1: int) -> int | None:
    """The first dataset after ``v`` in its clause, within 80 characters."""
    end = _clause_end(text, v.end, s1)
    return next((i for i, c in datasets if v.end <= c[0] < end and c[0] - v.end <= 80), None)


def _fallback_dataset(text: str, v: Value, datasets: list, free: list, s1: int) -> int | None:
    """The first dataset after the value in its clause (a relative clause about the result goes on with it:
    "85.5%, which is the best reported result on SNLI"), else the nearest before it in the sentence; none when
    the next item of a list starts right after the value ("on A to 71.2%, and on B to 65.0%": B is the next
    figure's, and the names before are the earlier items', so the value's own is a name kg did not type)."""
    if _NEXT_ITEM.match(text, past_aside(text, v.end)):
        return None
    end = _clause_end(text, v.end, s1)
    if _ABOUT_IT.match(text, end):
        nxt = _clause_end(text, end + 2, s1)
        if not HAS_VALUE.search(text, end, nxt):
            end = nxt
    close = re.compile(r"\)\s*(?:and|,|;)").search(text, v.end, end)
    if close and text.rfind("(", 0, v.start) > text.rfind(")", 0, v.start) and ")" not in text[v.end:close.start()]:
        end = close.start()  # "(from 38% to 11%) and by a factor of 2 on B": B is not the aside's
    for i, c in datasets:
        if v.end <= c[0] < end and c[0] - v.end <= 80:
            own = OWN_ON.match(text, v.end)  # "83.4 on the CoNLL-2005 set and 82.7 on the CoNLL-2012 set"
            return None if own and own.end() - 1 != c[0] else i
    before = [i for i, c in free if c[1] <= v.start]
    if before and _UNNAMED_DATA.search(text, max(text.rfind(";", 0, v.start) + 1, _end_of(free, before[-1])),
                                       v.start):
        return None  # "best on A and B; on a third set it rises by 1.2%": the value's data is unnamed
    return before[-1] if before else None


#: data named only by a noun with an indefinite article: "on a third set", "on another benchmark"
_UNNAMED_DATA = re.compile(r"\b(?:on|in|for)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:set|dataset|data\s?set|benchmark|corpus|split)\b", re.I)


def _end_of(free: list, i: int) -> int:
    """Where the dataset entity ``i`` of ``free`` ends."""
    return next(c[1] for j, c in free if j == i)
