"""A figure stated as the point another result holds at, not a result of its own (:func:`operating_point`).

"For example, at 80% top-1 accuracy, FooNet is 5 times faster", "3x smaller at the same 76.1% accuracy", "a 2x
speed-up at 75.3% accuracy": the accuracy is the constraint the comparison is made under; the result is the speed
or the size. (An operating point right after a figure, "87.65% at FAR of 0.1%", is :func:`._threshold`'s.)
"""
from __future__ import annotations

import re

#: a quality held equal: "at the same", "with a similar", "under comparable" (then the figure or its metric)
_ISO = re.compile(r"\b(?:at|with|under|for)\s+(?:the\s+|an?\s+)?(?:same|similar|comparable|equal|equivalent|matched|"
                  r"matching)\s+$", re.I)
#: between a metric's name and its figure: "accuracy of 77.2%", "accuracy (81.0%)", "accuracy = 0.8"
_METRIC_TO_FIGURE = re.compile(r"\s*(?:of|=|:|\()?\s*")
#: "At" opening its sentence, maybe after a connective: "At 95% recall, ...", "For example, at 80% accuracy, ..."
_FRONTED_AT = re.compile(r"\s*(?:(?:for (?:example|instance)|e\.\s?g\.|i\.\s?e\.|in particular|specifically|notably|"
                         r"moreover|furthermore|however)\s*,?\s*)?at\s+(?:an?\s+|the\s+)?", re.I)
#: the fronted phrase closes with a comma before its clause: "at 80% ImageNet top-1 accuracy, FooNet is"
_PHRASE_END = re.compile(r"\s*%?[^,;.()]{0,50},")
#: what a clause may say between a cost comparison and "at" without the figure becoming a result of its own: no
#: conjunction, relative word or verb of reaching ("2x faster and reaches the state of the art at 83.0%")
_SAME_CLAUSE = (r"(?:(?!\b(?:and|or|while|whereas|but|which|that|achiev\w*|reach\w*|obtain\w*|attain\w*|establish\w*|"
                r"set|sets|setting|yield\w*|gets?|scor\w*|report\w*)\b)[^,;.])")
#: a cost compared before "at" in its clause: "2x faster inference at", "a 2.1x speed-up at", "40% fewer FLOPs at"
_COST_COMPARED = re.compile(r"\b(?:faster|slower|smaller|fewer|less|cheaper|lighter|speed-?ups?|accelerations?)\b"
                            + _SAME_CLAUSE + r"{0,60}?\bat\s+(?:an?\s+|the\s+)?$", re.I)


def operating_point(text: str, v, metric: tuple | None, cost: bool, s0: int) -> bool:
    """Whether the figure ``v`` (its metric's span ``metric``, a cost measure or not, in the sentence from ``s0``)
    is the point a comparison is made at: a quality or a cost held equal ("at the same 76.1% accuracy", "with a
    similar accuracy of 79.1%", "at the same 600M FLOPs"), or a quality figure (not a cost: "runs at 30 FPS" is
    a result) after a fronted "At" ("At 95% recall, FooNet reaches ...") or after a cost comparison in its
    clause ("5x faster at 80% accuracy")."""
    if _ISO.search(text, max(s0, v.start - 30), v.start):
        return True
    if metric is not None and metric[1] <= v.start and _METRIC_TO_FIGURE.fullmatch(text, metric[1], v.start) \
            and _ISO.search(text, max(s0, metric[0] - 30), metric[0]):
        return True
    if cost or re.search(r"[A-Za-z]", v.text):
        return False
    if _FRONTED_AT.fullmatch(text, s0, v.start) and _PHRASE_END.match(text, v.end):
        return True
    return _COST_COMPARED.search(text, max(s0, v.start - 90), v.start) is not None
