"""The background of an abstract: the sentences before the paper introduces its own work.

Many abstracts open on the state of their field before "we" or "this paper" come in ("Current predictors
reach about 80% accuracy, which has not improved in a decade.", "Such systems are compared to one annotator
although annotators agree on only 85% of the cases."), then introduce what the paper does ("In this paper,
we propose ...", "The present study introduces ..."). A figure before that is the field's or someone else's,
not a result of the paper's. The background ends at the first sentence after the title that speaks of the
paper ("we", "our", "I", "this paper", "the present study", "propose") or names one of its proposals, and
only when that sentence introduces the paper's work (proposes, presents, studies, ...): an abstract that
opens on its own results ("FooNet reaches 45 AP on COCO. We also ...") or never speaks of itself has no
background, and its figures are read as usual.
"""
from __future__ import annotations

import re

#: the paper speaking of itself or of what it proposes
_SELF = re.compile(r"\b(?:we|our|ours|us|(?-i:I)|this (?:paper|work|study|article|report|letter|thesis)|"
                   r"the present\s+\w+|propos\w*|herein)\b", re.I)
#: the paper introducing its work: "we propose", "this paper presents", "the present study introduces", "In this
#: work, we", "here we study"
_INTRODUCES = re.compile(r"\b(?:propos|present|introduc|develop|describ|design|build|built|explor|investigat|"
                         r"stud(?:y|ies|ied)\b|address|tackl|in this (?:paper|work|study|article)\b|here(?:in)?\b)", re.I)


def background(text: str, sents: list[tuple[int, int]], proposed: set[str]) -> range:
    """The starts of the background sentences of ``text`` (title, line break, abstract): from the end of the
    title to the first sentence that speaks of the paper or names one of its ``proposed`` names (lower case),
    when that sentence introduces the paper's work; else empty.

    >>> t = "Title\\n\\nOld systems reach 80%. We propose a new one."
    >>> background(t, [(0, 5), (7, 29), (30, 50)], set())
    range(6, 30)
    >>> background("Title\\n\\nOld systems reach 80%. We beat them.", [(0, 5), (7, 29), (30, 43)], set())
    range(0, 0)
    """
    title_end = text.find("\n")
    for s0, s1 in sents:
        if s0 <= title_end:
            continue
        low = text[s0:s1].lower() if proposed else ""
        if _SELF.search(text, s0, s1) or any(p in low for p in proposed):
            return range(title_end + 1, s0) if _INTRODUCES.search(text, s0, s1) else range(0)
    return range(0)
