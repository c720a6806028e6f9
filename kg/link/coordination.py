"""Names coordinated in one list are things of one kind: a name typed by its shape only, listed among datasets,
is a dataset ("on CUB-200, Cars196, Quokka-7 and Stanford Dogs": Quokka-7 is no Method because it is a coined word).

:func:`dataset_members` reads a field's mentions in text order and joins those separated by a list separator
(a comma, "and", "or", past citations and parentheticals: "FooSet [12], BarSet (3k images) and BazSet"). A list
ends after the member an "and"/"or" joins ("on A and B, XNet wins": XNet starts a clause of its own), and two
names joined by a comma only are no list ("On A, XNet wins"). In a list with at least :data:`MIN_DATASETS`
Datasets typed by strong evidence (a lexicon match, a dataset word), and more of them than strong members of
any other type, each member the extractor typed by its shape only, or by a list noun only ("tasks, including
X, Y"), is read as a Dataset (a ``head`` vote, :mod:`kg.link.types`).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from kg.extract.rules import CLOSING_GLUE
from kg.link.cues import CITE_GAP, ITEM_SEP
from kg.link.types import WEAK_KINDS
from kg.vocab import EntityType

#: Strong Dataset members a list needs before its weakly typed members are read as Datasets.
MIN_DATASETS = 2
#: What joins two members of a list: citations and parentheticals after the first, a separator, maybe an article.
_JOIN = re.compile(CITE_GAP + ITEM_SEP + r"(?:the\s+)?")
#: Rules that type a member by the noun of the list it is in ("tasks, including A, B"): the list's own type
#: word, which its members' other list-mates may contradict.
_LIST_RULES = frozenset({"list"})


def list_runs(text: str, spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The lists among spans in text order (indices into ``spans``): runs joined by list separators, each
    ending after the member an "and"/"or" joins; a run of two joined by a comma only is no list."""
    out: list[list[int]] = []
    run: list[int] = []
    closed = False
    for i, (start, _) in enumerate(spans):
        m = _JOIN.fullmatch(text, spans[i - 1][1], start) if run and not closed and spans[i - 1][1] <= start else None
        if m is None:
            if len(run) >= 3 or closed:
                out.append(run)
            run, closed = [], False
        run.append(i)
        closed = m is not None and CLOSING_GLUE.search(m.group()) is not None
    if len(run) >= 3 or closed:
        out.append(run)
    return out


def dataset_members(text: str, members: Sequence[tuple[int, int, EntityType, str, str]]) -> set[int]:
    """Indices of ``members`` (``(start, end, type, kind, rule)`` of one field's mentions, in text order, kind
    as :func:`~kg.link.types.rule_kind` gives it) that a list of datasets they are in types Dataset.

    >>> D, M = EntityType.DATASET, EntityType.METHOD
    >>> t = "We test on FooSet [3], QuuxBank and BarSet. On BazSet and FooSet-2, QuuxNet wins."
    >>> at = lambda w, ty, kind, rule: (t.index(w), t.index(w) + len(w), ty, kind, rule)
    >>> ms = [at("FooSet", D, "lexicon", "lexicon"), at("QuuxBank", M, "shape", "name"), at("BarSet", D, "head", "x"),
    ...       at("BazSet", D, "lexicon", "lexicon"), at("FooSet-2", D, "lexicon", "lexicon"), at("QuuxNet", M, "shape", "name")]
    >>> sorted(dataset_members(t, ms))
    [1]
    """
    got: set[int] = set()
    for run in list_runs(text, [(m[0], m[1]) for m in members]):
        strong = Counter(members[i][2] for i in run if members[i][3] not in WEAK_KINDS and members[i][4] not in _LIST_RULES)
        n = strong.pop(EntityType.DATASET, 0)
        if n < MIN_DATASETS or n <= max(strong.values(), default=0):
            continue
        got.update(i for i in run if members[i][2] is not EntityType.DATASET
                   and (members[i][3] in WEAK_KINDS or members[i][4] in _LIST_RULES))
    return got
