"""Whose a figure is, read with the figures beside it (for :func:`kg.extract.results.results`).

A list of names closing on a value list's method pairs with its figures in order (:func:`listed_methods`: "FooNet
and BarNet reach 0.84 and 0.85"); a figure stated by a verb joined to the one before has the same subject
(:func:`conjoined`); a figure given for the paper's family name is the variant's that precedes it in its clause
(:func:`family_variant`: "FooNet-18-tiny gets 75.1% mIoU at 120 FPS").
"""
from __future__ import annotations

import re

from kg.extract.results.clause_words import ON_BEFORE
from kg.extract.results.method_name import whole
from kg.extract.results.own import Own


#: "X obtains A on C (which ...), and achieves B on D": a second verb of the same subject, with no subject of its own
_AND_VERB = re.compile(r"^[^;]*\band\s+(?:(?:also|further|then|even|\w+ly)\s+)?(?:achiev|obtain|reach|attain|yield|"
                       r"sets?\b|gets?\b|records?\b)\w*\b[^;,()]*$", re.I)


#: what joins the names of a list: "A, B and C", "the A and the B"
_NAME_JOIN = re.compile(r",?\s*(?:,|\band\b)\s*(?:the\s+)?", re.I)


def _list_end(text: str, ents: list, methods: list[int], k: int) -> int:
    """Where the list of names that ``methods[k]`` opens ends."""
    while k + 1 < len(methods) and _NAME_JOIN.fullmatch(text, ents[methods[k]][1], ents[methods[k + 1]][0]):
        k += 1
    return ents[methods[k]][1]


_RESPECTIVELY_AFTER = re.compile(r"[\w\s-]{0,20}?,?\s*respectively\b", re.I)


def listed_methods(text: str, found, methods: list[int], name: str, anchor: int, end: int) -> list[str]:
    """The names of the list the method ``name`` of a value list (first member at ``anchor``) closes, in the
    order written: "FooNet and BarNet reach 0.84 and 0.85" gives [FooNet, BarNet], each the method of the
    figure in its place; [name] when the name closes no list (only commas, "and" and "the" between names), or
    when a list of names after the figures (which end at ``end``) is what "respectively" pairs them with."""
    ents = found.entities
    nxt = next((k for k, i in enumerate(methods) if ents[i][0] >= end), None)
    if nxt is not None and not ON_BEFORE.search(text, end, ents[methods[nxt]][0]) \
            and _RESPECTIVELY_AFTER.match(text, _list_end(text, ents, methods, nxt)):
        return [name]  # "reach 72.8% and 75.0% using FooNet-S and FooNet-B, respectively": the later list's
    last = next((k for k in range(len(methods) - 1, -1, -1) if ents[methods[k]][1] <= anchor
                 and whole(text, found, methods[k]) == name), None)
    if last is None:
        return [name]
    k = last
    while k > 0 and _NAME_JOIN.fullmatch(text, ents[methods[k - 1]][1], ents[methods[k]][0]):
        k -= 1
    return [whole(text, found, i) for i in methods[k:last + 1]]


def family_variant(text: str, found, prev: str | None, method: str | None, paper: "Own | None") -> bool:
    """The figure the paper's own family name (``method``, what "we" stand for) was given for is the variant
    ``prev`` of the same system, the method of the figure before it in its clause: "FooNet-18-tiny gets 75.1%
    mIoU at 120 FPS": 120 FPS is FooNet-18-tiny's, not the FooNets family's. A variant is the family's name
    or an acronym the text defines for it ("fast foo networks (FooNets)"), singular, then a hyphen or digit.

    >>> from kg.extract.findings import DocFindings
    >>> family_variant("", DocFindings(), "FooNet-18-tiny", "FooNets", Own("FooNets"))
    True
    >>> family_variant("", DocFindings(), "BarNet-18", "FooNets", Own("FooNets"))
    False
    """
    if not prev or paper is None or not paper.name or method != paper.name or prev == method:
        return False
    family = paper.name.lower()
    forms = {family} | {a.lower() for i, al in found.aliases.items() if found.name(text, i).lower() == family for a in al}
    low = prev.lower()
    for form in forms:
        stem = form[:-1] if form.endswith("s") and len(form) > 3 else form
        if len(low) > len(stem) and low.startswith(stem) and _VARIANT_TAIL.match(low, len(stem)):
            return True
    return False


#: what follows a family's name in its variant: a hyphen or a number ("-23-slim", "50")
_VARIANT_TAIL = re.compile(r"-?\d|-[a-z]")


def conjoined(text: str, prev_end: int, anchor: int) -> bool:
    """The value at ``anchor`` is stated by a verb joined to the one that stated the value ending at
    ``prev_end`` ("RF-DARTS obtains 94.4% on A, and achieves 24.0% on B"): both have one subject.

    >>> t = "X obtains 94.4% on A (the best), and achieves a top-1 error of 24.0% on B."
    >>> conjoined(t, 15, t.index("24.0"))
    True
    """
    gap = text[prev_end:anchor]
    return _AND_VERB.match(gap) is not None or _RESTATED.match(gap) is not None


#: what restates the value before as a change: "76.5% accuracy, which is a 7% relative gain", "80.1%, a 2.3% gain",
#: "80.1% (2.3% gain)"
_RESTATED = re.compile(r"^[^;.()]{0,40}?\(\s*$|^[^;.]{0,80}?,\s*(?:(?:which|that)\s+(?:is|was|represents|marks|amounts\s+to|corresponds\s+to)"
                       r"\s+(?:an?\s+|the\s+)?|i\.e\.,?\s+(?:an?\s+)?|an?\s+)(?:(?:relative|absolute|further)\s+)?$", re.I)
