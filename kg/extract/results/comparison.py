"""What a figure is compared with, and sentences that give other methods' figures.

:func:`compared` tells a name that something is compared with, or that is an example ("outperforms X", "such as
X"): a baseline, never whose the figure is; :func:`others_figure` tells sentences whose figures are other methods'
("existing methods achieve ...", "[15] proposes ...").
"""
from __future__ import annotations

import re


COMPARE = re.compile(r"\b(?:outperform\w*|than|over|compared|versus|vs\.?|surpass\w*|beat\w*|exceed\w*)\b", re.I)
#: (a comparison written with a participle, a noun or an adjective: "comparing with X", "a comparison of A with X",
#: "superior to X", "similar to X", "relative to X", "as fast as X", "the same quality as X"; not "A as well as X")
_COMPARED_BEFORE = re.compile(r"\b(?:outperform\w*|than|over|compar(?:ed|ing) (?:to|with)|comparisons?\s+(?:[^,;.]{0,60}?\s)?"
                              r"(?:to|with|against)|versus|vs\.?|surpass\w*|beat\w*|exceed\w*|such as|including|like|"
                              r"(?:comparable|similar|superior|inferior|relative) (?:\w+ )?to|as\s+(?!well\b)(?:[\w-]+\s+){1,2}?as|"
                              r"same\s+(?:[\w-]+\s+){0,2}?as|other|match\w*|against|without)\b[^,;.]*$", re.I)


WE_OURS = re.compile(r"\b(?:our|we|proposed|it|this (?:model|method|approach|framework|network|system))\b", re.I)
#: the subject of a figure is other methods: "best current discriminators", "existing methods", "prior work"
#: a sentence whose subject is a cited work: "[15] proposes ShiftFaceNet ... with 0.78 million parameters"
_CITED_SUBJECT = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\]\s+(?:propose|introduce|present|use|report|develop)\w*\b|"
                            r"\bIn\s+\[\d+(?:\s*[,–-]\s*\d+)*\],")  # "In [17], a compact network ... achieves 97.32%"
_OTHER_SUBJECT = re.compile(r"\b(?:current|existing|previous|prior|conventional|standard|other|competing)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:methods?|models?|approach\w*|systems?|works?|techniques?|"
                            r"discriminators?|detectors?|classifiers?|baselines?|algorithms?)\s+(?!by\b|in\b|on\b)"
                            r"(?:can\s+|could\s+|only\s+)?(?:achiev\w*|reach\w*|obtain\w*|get|gets|got|classify|"
                            r"attain\w*|yield\w*|scor\w*)\b", re.I)


def others_figure(text: str, s0: int, anchor: int) -> bool:
    """The sentence gives the figure of other methods: "current discriminators classify ... with 73%
    accuracy" (not when "we"/"our" speak after them, nor when they are what the paper beats)."""
    cited = _CITED_SUBJECT.search(text, s0, anchor)
    if cited and re.fullmatch(r"(?:.*[.!?])?\s*", text[s0:cited.start()], re.S):
        return True
    other = _OTHER_SUBJECT.search(text, s0, anchor)
    return bool(other) and not WE_OURS.search(text, other.end(), anchor) \
        and not COMPARE.search(text, max(s0, other.start() - 30), other.start())


def compared(text: str, start: int, s0: int) -> bool:
    """The name starting at ``start`` is what something is compared with, or an example ("such as X")."""
    return _COMPARED_BEFORE.search(text, max(s0, start - 90), start) is not None
