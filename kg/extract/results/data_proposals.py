"""Names the paper calls data, not a system.

:func:`called_data` tells a name the text writes before a word for data or as its acronym ("a new Turkish Sign
Language dataset (AUTSL)"), :func:`data_slot_name` one written where figures are listed by dataset ("on NMNIST
(99.6%)"); :data:`DATA_TITLE` a title whose head describes data ("FooQA: A French Question Answering Dataset"),
:func:`not_data` a title's name a Dataset lies in, and :func:`not_a_method` a candidate that is never a result's
method (a Dataset, a lexicon's Task).
"""
from __future__ import annotations

import re

from kg.extract.words import DATA_WORDS
from kg.vocab import EntityType as T


#: a figure in a parenthesis right after a name: "on NMNIST (99.6%)"
FIGURE_PAREN = re.compile(r"\s*\(\s*\d")


def not_data(title: str, found, name: str | None) -> str | None:
    """``name`` unless a Dataset kg found in the title lies in it ("... using MIMIC-III Clinical Notes")."""
    if name is None:
        return None
    s = title.find(name)
    return None if any(c[2] is T.DATASET and c[0] < s + len(name) and s < c[1] for c in found.entities) else name


#: a word for data ("data set", "corpus", "benchmark")
_DATA_WORD = rf"(?:{DATA_WORDS})"


#: a proposal that is data, not a method: "a paintings data set", "the FooQA benchmark"
DATA_HEAD = re.compile(rf"\b{_DATA_WORD}$", re.I)


#: a title whose head describes data: "FooQA: A French Question Answering Dataset", "Bar: A Benchmark for ..."
DATA_TITLE = re.compile(r":\s+(?:(?!(?:for|on|in|with|via|from|using|to|across|by|of|and|or)\b)[\w-]+\s+)*?"
                         rf"{_DATA_WORD}\b", re.I)


def called_data(text: str, name: str) -> bool:
    """The text writes ``name`` before a word for data, or as its acronym: "a new Turkish Sign Language
    dataset (AUTSL)" for both names (in any case). The words for data are found once, with a compiled
    regex; a regex made of each name cost more than the rest of the results stage.

    >>> t = "We build a new Foo Sign dataset (FSD) of signs, and a benchmark, the Bar Set. On benchmarks, BazNet wins."
    >>> [called_data(t, n) for n in ("foo sign", "FSD", "Sign dataset", "Bar Set", "BazNet")]
    [True, True, False, True, False]
    >>> called_data("We build a dataset QUX of signs.", "QUX")
    True
    """
    n, low = len(name), name.lower()
    for m in DATA_WORD_RE.finditer(text):
        before = text[:m.start()].rstrip()
        if len(before) < m.start() and before[-n:].lower() == low and (
                len(before) == n or not _WORD_OR_HYPHEN.match(before, len(before) - n - 1)):
            return True  # "... Turkish Sign Language dataset"
        p = _PAREN_OPEN.match(text, m.end())
        if p and text[p.end():p.end() + n].lower() == low and text[p.end() + n:p.end() + n + 1] == ")":
            return True  # "... dataset (AUTSL)"
        a = _APPOSED.match(text, m.end())
        if a and text[a.end():a.end() + n].lower() == low and _APPOSITION_END.match(text, a.end() + n):
            return True  # "a novel dataset and benchmark, the Danish Fungi 2020 (DF20)", "a dataset RESUME in Chinese",
            # not "On the benchmarks, X achieves"
    return False


DATA_WORD_RE = re.compile(rf"\b{_DATA_WORD}\b", re.I)


_PAREN_OPEN = re.compile(r"\s+\(")


_APPOSED = re.compile(r"\s*[,:]?\s*(?:the\s+)?")


_APPOSITION_END = re.compile(r"\s*(?:[(),.;:]|$)|\s+(?:of|in|for|with|that|which|contain\w*|consist\w*)\b")


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def not_a_method(c) -> bool:
    """A candidate whose name is never a result's method wherever the paper writes it: a Dataset, or a Task
    a lexicon knows ("spoken language understanding"; not a title's phrase typed Task by its shape alone)."""
    return c[2] is T.DATASET or (c[2] is T.TASK and c[4].startswith("lexicon"))


def data_slot_name(text: str, name: str) -> bool:
    """``name`` is written where the text lists data with their figures ("superior performance compared to other
    methods on NMNIST (99.6%)"): a data set, not the paper's model (:func:`method._data_slot`).

    >>> data_slot_name("We beat others on ZMNIST (99.6%) and on B (69.2%).", "ZMNIST")
    True
    """
    at = text.find(name) if name else -1
    while at >= 0:  # each place the name is written, read with two fixed patterns (no pattern per name)
        if FIGURE_PAREN.match(text, at + len(name)) and _SLOT_BEFORE.search(text, max(0, at - 20), at):
            return True
        at = text.find(name, at + 1)
    return False


#: the data slot right before a name: "on ", "in the "
_SLOT_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$")
