"""A dataset name found by its shape alone goes on over a capitalised word numbered after it ("Quokka Birds-200",
"QBX Food256"): the number counts the data set's classes or names its edition, so the word and its number belong to
the name, and the first word alone ("QBX") is a cut. A word of a table, a figure or a ranking ("Table-2", "Top-1")
numbers no data set."""
from __future__ import annotations

import re

from kg.extract.boundaries import _without_pieces
from kg.extract.candidates import Candidate
from kg.vocab import EntityType as T

#: a space, then a capitalised word with a number glued to it or after a hyphen ("Food-100", "Birds200")
_NUMBERED_WORD = re.compile(r" ([A-Z][a-z]+)-?\d+(?![\w\-]|[.,]\d)")
#: words that number a place in a paper or a rank, not a data set
_NOT_DATA_WORDS = frozenset({"top", "table", "tab", "fig", "figure", "section", "sec", "eq", "equation", "appendix",
                             "step", "stage", "level", "rank", "layer", "block", "round", "epoch"})


def numbered_parts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Shape-only Dataset candidates (rule "name") grown over the numbered word after them when no other candidate
    holds it (rule "grown").

    >>> t = "on QBX Food-100, CUB Top-1 and QBX Table-2"
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 50, "name")
    >>> [t[c.start:c.end] for c in numbered_parts(t, [at("QBX"), at("CUB"), at("QBX", 20)])]
    ['QBX Food-100', 'CUB', 'QBX']
    """
    out, grown = [], []
    for c in cands:
        m = _NUMBERED_WORD.match(text, c.end) if c.type is T.DATASET and c.rule == "name" else None
        if m and m.group(1).lower() not in _NOT_DATA_WORDS \
                and not any(o is not c and o.start < m.end() and c.end < o.end for o in cands):
            c = c._replace(end=m.end(), canonical=None, rule="grown")
            grown.append((c.start, c.end))
        out.append(c)
    return _without_pieces(out, grown) if grown else out
