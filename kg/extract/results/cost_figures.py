"""Figures of what running a model costs (kg's curated metric families: speed, latency, size, compute) and shares:
:func:`cost_metric` tells a cost metric from a quality one, :func:`borrowed_cost` keeps a cost figure from borrowing a
dataset another clause or sentence names (a cost is measured on hardware), :func:`shares` and :func:`data_shares`
read a percentage of a quantity or of a dataset as a ratio, a model's parameters as its size, a search budget as
no result.
"""
from __future__ import annotations

import re

from kg.extract.results.name_lists import CITED
from kg.extract.results.task_names import whole_word_at
from kg.extract.results.title import verb_words
from kg.extract.results.values import Value
from kg.extract.words import verbish
from kg.metrics import MetricKnowledge
from kg.vocab import EntityType as T


#: a training or search budget written as the value's unit: "200 GPU hours"
_BUDGET_UNIT = re.compile(r"\bGPU[ -](?:hours|days)$", re.I)
#: what a budget is an adjunct of: "with only 200 GPU hours", "requiring 3 GPU days"
_BUDGET_BEFORE = re.compile(r"\b(?:with|using|within|in|under|requir\w*|tak\w*|costs?|spend\w*)\s+"
                            r"(?:only\s+|just\s+|merely\s+|about\s+|around\s+|less than\s+|~\s*)?$", re.I)


#: curated metric families that measure a model's size or compute: results of kind "size", never scores
_SIZES = frozenset(("parameters", "FLOPs"))
#: what running a model costs (kg's curated families): a figure of the hardware and the model, not of data
_COSTS = frozenset(("latency", "parameters", "memory", "FLOPs", "FPS", "speedup"))


def borrowed_cost(text: str, v: Value, names: list[str], ents: list, sent: tuple[int, int]) -> bool:
    """A speed, latency, size or compute figure whose dataset another sentence names ("We evaluate on A and B.
    It runs at 112 and 9 FPS on a GPU and an edge device, respectively"): the cost of running the model is
    measured on hardware, not on the data the paper evaluates on, so it borrows no dataset."""
    s0, s1 = sent
    if v.dataset is None:
        return False
    name = names[v.metric] if v.metric is not None else v.unnamed  # (a unit's "FPS": "345 frames per second")
    info = MetricKnowledge.load().family(name) if name else None
    if not (v.kind == "size" or (info is not None and info.name in _COSTS)):
        return False
    if s0 <= ents[v.dataset][0] < s1:
        data = [c for c in ents if c[2] is T.DATASET and s0 <= c[0] < s1]
        return _other_clause(text, v, ents[v.dataset], (s0, s1, data))
    # (not when the sentence names it again: "... 55 FPS ... on the test set of PASCAL VOC")
    return whole_word_at(text[s0:s1].lower(), names[v.dataset].lower()) < 0


#: a new clause: "on A; it runs at", "on A while running at"
_NEW_CLAUSE = re.compile(r";|\b(?:while|whereas|but)\b")
#: a word after "and" or a comma that may open a verb phrase: "on A and runs at", "on A, running at"
_AND_WORD = re.compile(r"(?:,|\band\b)\s*(?:and\s+)?([a-z]+)\b")


def _other_clause(text: str, v: Value, c, sent: tuple[int, int, list]) -> bool:
    """The dataset a cost figure took from the sentence belongs to the figure of another clause before it: "X
    reaches 78.3% mIoU on A and runs at 42 FPS on a GPU", "on A (78.3% mIoU) while running at 42 FPS" (A is
    where the accuracy was measured, the speed names no data of its own); "78.3% mIoU on A at 42 FPS" and "on
    A with 9M parameters and 42 FPS" keep A. Nor is one member of a list of data before the figure its data
    ("strong on A and B, and runs at 42 FPS"), unless the figures are paired with the list by position."""
    s0, _, data = sent
    if c[1] > v.start:
        return False
    if not v.listed and _in_data_list(text, c, data):
        return True
    if not (_FIGURE_ON.search(text, max(s0, c[0] - 60), c[0]) or _PAREN_FIGURE.match(text, c[1])):
        return False
    return _NEW_CLAUSE.search(text, c[1], v.start) is not None or any(
        verbish(m.group(1), verb_words()) and m.group(1) != "respectively" for m in _AND_WORD.finditer(text, c[1], v.start))


#: a figure of the dataset's own in a parenthesis right after its name: "A (78.3% mIoU)"
_PAREN_FIGURE = re.compile(r"\s*\(\s*\d")
#: what joins two members of a list of names: "A, B", "A and B", "A, and B", "A or B", past a member's citation and
#: a word in lower case that ends its name ("A birds [4], and B")
_LIST_JOIN = re.compile(rf"{CITED}\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)", re.I)


def _in_data_list(text: str, c, data: list) -> bool:
    """A dataset joined to another of the sentence's by a comma, "and" or "or" ("on A, B and C"): a member of a
    list of data, of which no one member is the data of a figure after the list."""
    name = text[c[0]:c[1]].lower()
    return any(text[d[0]:d[1]].lower() != name
               and (_LIST_JOIN.fullmatch(text, c[1], d[0]) or _LIST_JOIN.fullmatch(text, d[1], c[0])) for d in data)


#: a figure in the text before a dataset's name: "78.3% mIoU on"
_FIGURE_ON = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?\s?%?\s+(?:[\w@-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?$")
#: a value written in a unit of storage ("176.3 MB", "4.7MB", "2 GiB"): a model's or an index's size
_STORAGE_UNIT = re.compile(r"\d\s*(?:[KMGT]i?B|[kmg]b|bytes?|(?:kilo|mega|giga)bytes?)$")


def shares(text: str, vals: list[Value], names: list[str]) -> None:
    """A percentage of a quantity that is no proportion ("requiring only 11.9% FLOPs", "the computational cost
    to 57%"; a cost or a lower-better measure, not "a CIDEr of 132.0%") is a share of some baseline's quantity: a ratio, never a score (kg's curated metric table
    tells proportions from quantities). A model's parameters or FLOPs are its size (kind "size"). A budget in an adjunct ("with only 200 GPU hours") is what a
    search cost, not a result ("we reduce the training time ... to 10.8 GPU hours" is one)."""
    known = MetricKnowledge.load()
    for v in vals:
        if v.kind == "score" and _BUDGET_UNIT.search(v.text) and _BUDGET_BEFORE.search(text, max(0, v.start - 30), v.start):
            v.dropped = True
        if v.kind == "score" and v.metric is not None and (info := known.family(names[v.metric])) is not None:
            if "%" in v.text and not info.proportion and (info.name in _COSTS or not info.higher_is_better):
                v.kind = "ratio"  # (a quality score some write in percent, "CIDEr of 132.0%", stays a score)
            elif info.name in _SIZES:
                v.kind = "size"  # "a test error of 2.82% with only 2.5M parameters": the model's size, no score
        if v.kind == "score" and _STORAGE_UNIT.search(v.text):
            v.kind = "size"  # "U-Foo (176.3 MB, 30 FPS)": the model's size, whatever metric is near


#: a share "of" what follows: "with access to only 10% of ImageNet", "on 1% and 10% of the COCO"
_SHARE_OF = re.compile(r"\s*%?\s*(?:(?:or|and|,|/)\s*\d+(?:\.\d+)?\s*%\s*)*of\s+(?:the\s+)?")


def data_shares(text: str, vals: list[Value], datasets: list) -> None:
    """A percentage of a named dataset ("77.9% top-1 with access to only 10% of ImageNet") is how much of the
    data a model saw, a setting: a ratio, never a score (a percentage "of" a word is :func:`shares`)."""
    starts = {c[0] for _, c in datasets}
    for v in vals:
        if v.kind == "score" and "%" in text[v.start:v.end + 1] and (m := _SHARE_OF.match(text, v.end)) and m.end() in starts:
            v.kind = "ratio"


def cost_metric(name: str) -> bool:
    """A metric of what running a model costs ("FPS", "latency"): no rival of the one quality metric an abstract
    names, whose figures a sentence with none of its own reports ("HMDB51 (71.0%) ... accuracy ... at 340 FPS")."""
    info = MetricKnowledge.load().family(name)
    return info is not None and info.name in _COSTS
