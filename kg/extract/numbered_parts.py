"""A dataset name found by its shape alone goes on over a capitalised word numbered after it ("Quokka Birds-200",
"QBX Food256"): the number counts the data set's classes or names its edition, so the word and its number belong to
the name, and the first word alone ("QBX") is a cut. A word of a table, a figure or a ranking ("Table-2", "Top-1"),
a part of an experiment ("Split-1", "Phase-2", "Fold-3"; a campaign's "Task 8" is read by
:func:`kg.extract.dataset_bounds.task_numbers`), or a network's stem that opens more Method lexicon names than Dataset
ones ("Conv-4", "ResNet-12") numbers no data set."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.boundaries import _without_pieces
from kg.extract.candidates import Candidate
from kg.extract.dataset_bounds import _TASK_NUMBER
from kg.vocab import EntityType as T

#: a space, then a capitalised word with a number glued to it or after a hyphen ("Food-100", "Birds200")
_NUMBERED_WORD = re.compile(r" ([A-Z][a-z]+)-?\d+(?![\w\-]|[.,]\d)")
#: words that number a place in a paper or a rank, not a data set
_NOT_DATA_WORDS = frozenset({"top", "table", "tab", "fig", "figure", "section", "sec", "eq", "equation", "appendix",
                             "step", "stage", "level", "rank", "layer", "block", "round", "epoch",
                             "split", "phase", "fold", "session", "trial", "run", "setting", "protocol"})


@lru_cache(maxsize=1)
def _lexicon_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The shipped lexicon's Method and Dataset names (canonicals and aliases), in lower case."""
    from kg.extract.lexicon_data import load_lexicon  # noqa: PLC0415

    return tuple(tuple(n.lower() for e in load_lexicon([t]) for n in (e.canonical, *e.aliases))
                 for t in (T.METHOD, T.DATASET))


@lru_cache(maxsize=4096)
def network_stem(word: str) -> bool:
    """Whether more Method lexicon names than Dataset ones open with ``word`` (lower case) numbered or as a word's
    stem ("resnet-18", "convnet"): a numbered "Conv-4", "ResNet-12" is a network's depth, not a data set's edition
    ("Food-100", "Places-365"); a whole word that opens Method names ("vision transformer") is no stem.

    >>> network_stem("resnet"), network_stem("food"), network_stem("quokka"), network_stem("vision")
    (True, False, False, False)
    """
    methods, datasets = _lexicon_names()
    numbered = re.compile(re.escape(word) + r"(?:[\s\-]?\d|[a-z])")
    return sum(bool(numbered.match(n)) for n in methods) > sum(bool(numbered.match(n)) for n in datasets)


def _numbers_data(text: str, m: re.Match, end: int) -> bool:
    """Whether the numbered word ``m`` after a name ending at ``end`` may number a data set (not
    :data:`_NOT_DATA_WORDS`, no campaign's task, no network's stem)."""
    word = m.group(1).lower()
    return word not in _NOT_DATA_WORDS and not _TASK_NUMBER.match(text, end) and not network_stem(word)


def numbered_parts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Shape-only Dataset candidates (rule "name") grown over the numbered word after them when no other candidate
    holds it (rule "grown").

    >>> t = "on QBX Food-100, CUB Top-1 and QBX Table-2"
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 50, "name")
    >>> [t[c.start:c.end] for c in numbered_parts(t, [at("QBX"), at("CUB"), at("QBX", 20)])]
    ['QBX Food-100', 'CUB', 'QBX']
    >>> t = "on QBX Conv-4 and QBX Split-1"
    >>> [t[c.start:c.end] for c in numbered_parts(t, [at("QBX"), at("QBX", 10)])]
    ['QBX', 'QBX']
    """
    out, grown = [], []
    for c in cands:
        m = _NUMBERED_WORD.match(text, c.end) if c.type is T.DATASET and c.rule == "name" else None
        if m and _numbers_data(text, m, c.end) \
                and not any(o is not c and o.start < m.end() and c.end < o.end for o in cands):
            c = c._replace(end=m.end(), canonical=None, rule="grown")
            grown.append((c.start, c.end))
        out.append(c)
    return _without_pieces(out, grown) if grown else out
