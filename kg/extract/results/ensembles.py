"""An ensemble's figure (for :func:`.method.method_of`).

:func:`ensemble_member` tells a name that is one of several members of an ensemble written before a value (the
figure is the ensemble's, not the member's); :func:`ensemble_named` gives the ensemble as written when nothing else
in the sentence is credited ("ensemble of three FooNets and one BarNet").
"""
from __future__ import annotations

import re

from kg.extract.results.binding import HAS_VALUE
from kg.extract.results.clause_words import STATES_VERB
from kg.extract.results.method_name import variant


#: an ensemble's members written before a name: "an ensemble of (three FooNets and one) BarNet"
_ENSEMBLE_OF = re.compile(r"\bensembles?\s+of\s+[^;:()]{0,100}$", re.I)
#: what ends the phrase naming an ensemble's members: the verb stating its figure, or the clause's "we"
_MEMBERS_END = re.compile(r"\s" + STATES_VERB + r"|\b(?:we|our|is|are|was|were|has|have)\b", re.I)
#: what joins an ensemble's members of different kinds: "three FooNets and one BarNet"
_MEMBERS_JOIN = re.compile(r"\b(?:and|plus)\b", re.I)


def ensemble_member(text: str, s: int, s0: int, anchor: int) -> bool:
    """The name at ``s`` is one of several members of an ensemble written before the value at ``anchor`` ("an
    ensemble of three FooNets and one BarNet reaches 3.1%"): the figure is the ensemble's, not the member's; an
    ensemble of one model's copies ("an ensemble of two FooNets reaches 1.2") may be credited to the model, and a
    name after a comma that closes no list is the clause's subject ("Using an ensemble of A and B, FooNet reaches").

    >>> t = "An ensemble of three FooNets and one BarNet reaches 3.1%, and an ensemble of two BazNets gets 1.2."
    >>> [ensemble_member(t, t.index(n), 0, t.index(v)) for n, v in (("FooNets", "3.1"), ("BarNet", "3.1"), ("BazNets", "1.2"))]
    [True, True, False]
    >>> t = "With an ensemble of A and B, QuxNet reaches 2.5%; an ensemble of C, QuxNet and D reaches 2.1%."
    >>> [ensemble_member(t, t.index(n), 0, t.index(v)) for n, v in (("QuxNet", "2.5"), ("QuxNet and", "2.1"))]
    [False, True]
    """
    m = _ENSEMBLE_OF.search(text, max(s0, s - 120), s)
    if m is None or HAS_VALUE.search(text, m.start(), s) or _MEMBERS_END.search(text, m.start(), s):
        return False
    end = _MEMBERS_END.search(text, s, anchor)
    after = (s, end.start() if end else anchor)
    comma = text.rfind(",", m.start(), s)
    if comma < 0:
        return _MEMBERS_JOIN.search(text, m.start(), after[1]) is not None
    return _MEMBERS_JOIN.search(text, comma, s) is not None or _MEMBERS_JOIN.search(text, *after) is not None


def ensemble_named(text: str, found, methods: list[int], s0: int, anchor: int) -> str | None:
    """The ensemble, as written, whose named members (:func:`ensemble_member`) stand before the value at ``anchor``
    and that nothing else in the sentence is credited with: "an ensemble of three FooNets and one BarNet reaches
    3.1%" is the result of "ensemble of three FooNets and one BarNet", not of no method.

    >>> from kg.extract.findings import DocFindings
    >>> from kg.extract.candidates import Candidate
    >>> from kg.vocab import EntityType as T
    >>> t = "With an ensemble of two FooNets and one BarNet, we reach 3.1%."
    >>> f = DocFindings([Candidate(t.index(n), t.index(n) + len(n), T.METHOD, 50, "lexicon") for n in ("FooNets", "BarNet")])
    >>> ensemble_named(t, f, [0, 1], 0, t.index("3.1"))
    'ensemble of two FooNets and one BarNet'
    >>> t = "An ensemble of FooNets and BarNet-based tagging models gains 3.1%."
    >>> f = DocFindings([Candidate(t.index(n), t.index(n) + len(n), T.METHOD, 50, "lexicon") for n in ("FooNets", "BarNet")])
    >>> ensemble_named(t, f, [0, 1], 0, t.index("3.1")) is None
    True
    """
    ents = found.entities
    for i in reversed(methods):
        s, e = ents[i][0], ents[i][1]
        if s0 <= s and e <= anchor and ensemble_member(text, s, s0, anchor):
            end = max(e, variant(text, s, e)[1])
            stop = _MEMBERS_END.search(text, end, anchor)
            if text[end:stop.start() if stop else anchor].strip(" ,"):
                return None  # "an ensemble of A and Foo-based tagging models reaches": the phrase goes on past the
                # last name, and where it ends is not known
            m = _ENSEMBLE_OF.search(text, max(s0, s - 120), s)
            return text[m.start():end]
    return None
