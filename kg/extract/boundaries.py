"""Where a name starts and ends, beyond the rule that found it: the words and helpers the boundary rules share.

A rule or lexicon entry matches what it knows; the text often goes on. The rules that move a candidate's edges to
the name the text gives are by kind:

- :mod:`kg.extract.metric_bounds`: a metric takes the measure noun written right after it ("Collision rate",
  "Spearman's correlation", "top-1 and top-5 errors": a shared head counts for both);
- :mod:`kg.extract.dataset_bounds`: a dataset keeps the year or version the text gives ("ICDAR 2015", "PRID 2011"),
  so a series name does not stand for its editions;
- :mod:`kg.extract.name_bounds`: a coined name takes the capitalised technique head written after it ("FooGrad
  Structured Network"), a coined metric its "score" ("FooCLIP score"), and a "-type" after a name is dropped ("a
  FooM-type metric"); a dataset the text goes on writing with no space takes the whole token ("CIFAR100-LT",
  "CLEVR-Ref+"), a method its "+" ("DeepID2+"): the shorter name is another data set or model;
- :mod:`kg.extract.task_bounds`: the task rules.

This module holds what those rules, the linker (:mod:`kg.link`) and the results (:mod:`kg.extract.results`) share:
languages and arrows, the names of evaluation splits, the measure nouns and top-k, and small helpers over
candidates (:func:`grown_rule`, :func:`singular_head`, :func:`shares_head`).
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.words import EVALUATIVE, PRAISE

# --- words shared by the metric and task rules ----------------------------------------------------------------

#: Words that grade how well a task is done ("Efficient Person Search", "precise localization"): no part of it.
GRADE = frozenset(EVALUATIVE | PRAISE | {
    "faster", "precise", "light-weight", "better", "high-quality", "high-performance", "simple", "novel", "new",
    "powerful", "well-known", "widely-used", "commonly-used", "popular", "imperfect"})
GRADE_KEYS = frozenset(w.replace("-", "") for w in GRADE)
#: A whitespace-delimited word.
WORD = re.compile(r"[^\s]+")
#: A language's name ("English", "Vietnamese", "Romanian", "French"), by its ending.
LANGUAGE = r"[A-Z][a-z]+(?:ese|ish|ian|an|ch|ic)"
#: an arrow from a domain adaptation's source (or a translation's source language) to its target: "A → B", "A->B"
ARROWS = r"(?:→|⟶|⇒|-->|->|=>)"
ADAPTS_TO = rf"\s*{ARROWS}\s*"
#: a translation's source and target languages: "English-German", "English-to-German" (also "Englishto-German", a
#: line break's hyphen lost), "English to German", "English → German"
LANGUAGE_PAIR = rf"{LANGUAGE}(?:-|-?to-|\s(?:to|→)\s){LANGUAGE}(?![\w-])"
#: the words of a data set's held-out splits, the vocabulary the split patterns share (:data:`NAMED_SPLIT`,
#: :data:`RESULT_SPLIT`, :data:`kg.extract.dataset_bounds._SPLIT_PIECE`)
SPLIT_WORDS = "test|dev|val|eval"
#: a split of a dataset named in one word, a split's word and what tells it apart ("test-dev", "test-clean",
#: "minival", "val2017"), not a plain "test" or "val" (the test set of any dataset) nor "test-set", "test-time"
NAMED_SPLIT = rf"(?:{SPLIT_WORDS})-(?!sets?\b|time\b)[a-z]+|testdev|teststd|mini-?val|(?:test|val)20\d\d"
#: the split a result's dataset is on: a named split, or the bare abbreviation "val" in lower case ("ADE20K val",
#: "on the val set"), which names nothing but the validation split ("test" and "dev" alone are common words)
RESULT_SPLIT = rf"{NAMED_SPLIT}|(?-i:val)"
_SPLIT_END = re.compile(rf"\s+({RESULT_SPLIT})$")
#: one spelling of a split the pattern lets a text write two ways ("mini-val" is minival, "testdev" test-dev)
_SPLIT_SPELLING = {"mini-val": "minival", "testdev": "test-dev", "teststd": "test-std", "test-standard": "test-std"}


def without_split(name: str) -> str:
    """A result's dataset without the named split written last: the dataset's own name.

    >>> without_split("Foo test-dev"), without_split("Foo val"), without_split("Foo test")
    ('Foo', 'Foo', 'Foo test')
    """
    return _SPLIT_END.sub("", name)


def named_split(name: str | None) -> str:
    """The named split a result's dataset ends in, one spelling of it ("" when none): which of a dataset's
    leaderboards a figure belongs on ("Foo test-clean" and "Foo test-other" are two). Results write a split
    in lower case after the dataset's name; a name that is only a split's word ("Test-standard") has none.

    >>> named_split("Foo test-other"), named_split("Foo mini-val"), named_split("Foo testdev"), named_split("Foo")
    ('test-other', 'minival', 'test-dev', '')
    >>> named_split("Test-standard"), named_split("Foo Test-Dev"), named_split(None), named_split("Foo val")
    ('', '', '', 'val')
    """
    m = _SPLIT_END.search(name or "")
    return split_spelling(m.group(1)) if m else ""


def split_spelling(split: str) -> str:
    """A named split in lower case, in the one spelling :func:`named_split` gives ("Mini-Val": "minival").

    >>> split_spelling("Mini-Val"), split_spelling(" TestDev "), split_spelling("test-other")
    ('minival', 'test-dev', 'test-other')
    """
    split = split.strip().lower()
    return _SPLIT_SPELLING.get(split, split)


# --- measure nouns, top-k and grown candidates, shared by the metric, dataset and name rules ---------------

#: Measure nouns that complete a metric's name written right before them.
_HEAD_NOUNS = r"rates?|correlations?|coefficients?|statistics?|accuracy|accuracies|errors?|distances?"
_COORD = re.compile(r"\s*(?:and|or|/)\s*(?:\d[\d.]*\s*%?\s*)?")  # "top-1 and (5.6%) top-5 error"
LAST_WORD = re.compile(r"[\w\-]+$")
TOP_K = re.compile(r"top[\- ]?\d+", re.I)
#: "TopN", "top-K", "TopM": a figure or one of the letters a count is written as (not "TopA", "TopS").
_TOP_COUNT = re.compile(r"top[\- ]?(?:\d+|[nkm])", re.I)


def top_k_count(name: str) -> bool:
    """Whether a name is no more than a top-k count ("TopN", "top-K", "Top5"): how many of a ranking's first
    candidates are taken, a quantity, not a named method (a measure "top-1" is read as one by the metric rules;
    "topK pooling" has a head noun and is a name).

    >>> [top_k_count(w) for w in ("TopN", "top-K", "Top5", "topK pooling", "Topaz", "top-1 accuracy", "TopS")]
    [True, True, True, False, False, False, False]
    """
    return _TOP_COUNT.fullmatch(name) is not None


def singular_head(head: str) -> str:
    """The singular of a measure noun shared by a coordination ("errors" -> "error", "accuracies" -> "accuracy").

    >>> [singular_head(w) for w in ("errors", "accuracies", "rates", "loss", "accuracy")]
    ['error', 'accuracy', 'rate', 'loss', 'accuracy']
    """
    if head.endswith("ies"):
        return head[:-3] + "y"
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


_SHARED_HEAD = re.compile(_COORD.pattern + TOP_K.pattern + " (?:" + _HEAD_NOUNS + r")\b", re.I)


def shares_head(text: str, end: int) -> bool:
    """Whether a top-k ending at ``end`` shares the measure noun of the top-k coordinated after it ("top-1
    and top-5 errors of 21% and 6%"): it is used as a measure as much as that one.

    >>> shares_head("top-1 and top-5 errors", 5), shares_head("top-1 cluster and more", 5)
    (True, False)
    """
    return bool(_SHARED_HEAD.match(text, end))


def grown_rule(rule: str) -> str:
    """The rule of a candidate grown past its lexicon entry: no longer that entry (the linker must not join
    "top-5 errors" or "ICDAR 2015" to the entry's name corpus-wide); other rules keep theirs."""
    return "grown" if rule.startswith("lexicon") else rule


def _without_pieces(out: list[Candidate], grown) -> list[Candidate]:
    """The candidates but those strictly inside a grown name's span (``grown``: (start, end) pairs)."""
    return [c for c in out if not any(a <= c.start and c.end <= b and (c.start, c.end) != (a, b) for a, b in grown)]
