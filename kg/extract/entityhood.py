"""Whether a candidate span can be an entity at all, judged from the text around it.

Plain functions over character offsets, called by :class:`kg.extract.components.EntityFinder` before
overlaps are resolved:

- :func:`inside_word`: a span that starts or ends inside a run of letters and digits ("Scenes" in
  "nuScenes", "W" in "300W") names a piece of a word, never a thing;
- :func:`furniture_spans`: document furniture in the text (arXiv stamps such as "[cs.CL]", journal and
  proceedings headers, affiliation and footnote lines): nothing found inside them is an entity.
"""
from __future__ import annotations

import re

from kg.extract.rules import Candidate

Span = tuple[int, int]


def inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts or ends inside a run of letters and digits.

    >>> t = "on nuScenes and 300W"
    >>> inside_word(t, 5, 11), inside_word(t, 3, 11), inside_word(t, 19, 20), inside_word(t, 16, 20)
    (True, False, True, False)
    """
    if start > 0 and text[start - 1].isalnum() and start < len(text) and text[start].isalnum():
        return True
    return 0 < end < len(text) and text[end].isalnum() and text[end - 1].isalnum()


def whole_words(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that neither start nor end inside a word of the text (see :func:`inside_word`)."""
    out = []
    for c in cands:
        s, e = c[0], c[1]
        if (s > 0 and text[s - 1].isalnum() and text[s].isalnum()) or \
                (e < len(text) and text[e].isalnum() and text[e - 1].isalnum()):
            continue
        out.append(c)
    return out
