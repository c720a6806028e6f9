"""A figure stated as the point another result holds at, not a result of its own (:func:`operating_point`).

"For example, at 80% top-1 accuracy, FooNet is 5 times faster", "3x smaller at the same 76.1% accuracy", "a 2x
speed-up at 75.3% accuracy": the accuracy is the constraint the comparison is made under; the result is the speed
or the size. (An operating point right after a figure, "87.65% at FAR of 0.1%", is :func:`._threshold`'s.)
"""
from __future__ import annotations

import re

from kg.extract.results.values import Value

#: a quality held equal: "at the same", "with a similar", "under comparable" (then the figure or its metric)
_ISO = re.compile(r"\b(?:at|with|under|for)\s+(?:the\s+|an?\s+)?(?:same|similar|comparable|equal|equivalent|matched|"
                  r"matching)\s+$", re.I)
#: between a metric's name and its figure: "accuracy of 77.2%", "accuracy (81.0%)", "accuracy = 0.8"
_METRIC_TO_FIGURE = re.compile(r"\s*(?:of|=|:|\()?\s*")
#: "At" opening its sentence, maybe after a short opener closed by a comma (or "e.g."): "At 95% recall, ...", "For
#: example, at 80% accuracy, ...", "In contrast, at ...", "On ImageNet, at ..."
_FRONTED_AT = re.compile(r"\s*(?:(?:[A-Za-z][\w.'-]*\s+){0,3}[A-Za-z][\w.'-]*\s*,\s*|(?:e\.\s?g|i\.\s?e)\.\s*)?"
                         r"at\s+(?:an?\s+|the\s+)?", re.I)
#: the fronted phrase closes with a comma before its clause: "at 80% ImageNet top-1 accuracy, FooNet is"
_PHRASE_END = re.compile(r"\s*%?[^,;.()]{0,50},")
#: what a clause may say between a cost comparison and "at" without the figure becoming a result of its own: no
#: conjunction, relative word or verb of reaching ("2x faster and reaches the state of the art at 83.0%")
_SAME_CLAUSE = (r"(?:(?!\b(?:and|or|while|whereas|but|which|that|achiev\w*|reach\w*|obtain\w*|attain\w*|establish\w*|"
                r"set|sets|setting|yield\w*|gets?|scor\w*|report\w*)\b)[^,;.])")
_COST_WORD = r"(?:faster|slower|smaller|fewer|less|cheaper|lighter|speed-?ups?|accelerations?)\b"
#: a figure-led cost comparison: "5 times faster", "a 2.1x speed-up", "40% fewer FLOPs" (the figure right before)
_FIGURE_LED = r"\d(?:[\d.,]*\d)?\s*(?:x|\u00d7|times|%)\s*-?\s*" + _COST_WORD
#: a cost compared in the clause after a fronted "At ...,": "FooNet is 5 times faster", "uses 40% fewer FLOPs",
#: "achieves a 2.1x speed-up" (a verb of reaching introduces the comparison here; a conjunction or a relative word
#: starts another clause)
_CLAUSE_COMPARES = re.compile(r"(?:(?!\b(?:and|or|while|whereas|but|which|that)\b)[^,;.]){0,60}?" + _FIGURE_LED, re.I)
#: a cost compared before "at" in its clause, led by its figure, its figure after "of" or followed by "than":
#: "2x faster inference at", "a 2.1x speed-up at", "a speed-up of 2.1x at", "smaller than BarNet at" (not "our
#: smaller FooNet at", "smaller batches at")
_COST_COMPARED = re.compile(r"(?:" + _FIGURE_LED
                            + r"|\b(?:speed-?ups?|accelerations?)\s+of\s+\d[\d.,]*\s*(?:x|\u00d7|times)"
                            r"|\b" + _COST_WORD + r"\s+than\b)"
                            + _SAME_CLAUSE + r"{0,60}?\bat\s+(?:an?\s+|the\s+)?$", re.I)


def operating_point(text: str, v: Value, metric: tuple | None, cost: bool, sent: tuple[int, int]) -> bool:
    """Whether the figure ``v`` (its metric's span ``metric``, a cost measure or not, in the sentence ``sent``)
    is the point a comparison is made at: a quality or a cost held equal ("at the same 76.1% accuracy", "with a
    similar accuracy of 79.1%", "at the same 600M FLOPs"), or a quality figure (not a cost: "runs at 30 FPS" is
    a result) after a fronted "At" whose clause compares a cost ("At 95% recall, FooNet is 3x faster") or after a
    cost comparison in its clause ("5x faster at 80% accuracy"). A fronted "At" before any other clause ("At 80%
    accuracy, FooNet sets a new state of the art") and a comparison word that compares nothing ("our smaller
    FooNet performs at 80%") leave the figure a result."""
    s0, s1 = sent
    if _ISO.search(text, max(s0, v.start - 30), v.start):
        return True
    if metric is not None and metric[1] <= v.start and _METRIC_TO_FIGURE.fullmatch(text, metric[1], v.start) \
            and _ISO.search(text, max(s0, metric[0] - 30), metric[0]):
        return True
    if cost or re.search(r"[A-Za-z]", v.text):
        return False
    if _FRONTED_AT.fullmatch(text, s0, v.start):
        end = _PHRASE_END.match(text, v.end)
        return end is not None and _CLAUSE_COMPARES.match(text, end.end(), s1) is not None
    return _COST_COMPARED.search(text, max(s0, v.start - 90), v.start) is not None
