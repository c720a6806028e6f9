"""A grade before a task is no part of the task's name: "Robust Object Detection" is object detection done well.

A word is graded when the corpus writes it after a degree word and before the end of its phrase ("more robust than",
"very efficient,", "most accurate in") in at least one paper in :data:`GRADED_ONE_IN` of the papers that write it in
lower case in running text, and in :data:`GRADED_PAPERS` papers at least. The signal picks words a degree can go
before, whatever they say: how well a task is done ("robust", "efficient", "accurate", "interpretable"), and other
adjectives of degree ("correlated" in "highly correlated", "sensitive" in "more sensitive to"). It does not tell them
apart; it only leaves out words that are seldom graded: a setting ("unsupervised", "multilingual"), a property of
what the task works on ("dense" in a paper in a hundred and fifty, "small", "complex"), and a noun after "more"
("more data"), the head of its own phrase in most papers that write it.

A Task mention of three words or more whose first word is graded links to the corpus's Task named by its other words
(:meth:`kg.link.apply.Apply._ungraded_task`), when there is one ("robust object detection" to "object detection"),
unless the shipped lexicon names the mention whole: the lexicon's "Robust Speech Recognition" keeps its name.
"""
from __future__ import annotations

import re
from collections import Counter

#: A reciprocal: at least one in this many of the papers writing a word in lower case grade it (1 in 20), for the
#: word to be graded: ``graded papers * GRADED_ONE_IN >= lower-case papers``.
GRADED_ONE_IN = 20
#: Fewest papers grading a word, for it to be a grade.
GRADED_PAPERS = 3

#: A word of three letters or more (no hyphen) after a degree word, at the end of its phrase: before "than", a
#: punctuation mark, a conjunction or a preposition ("more robust to noise"), not before a noun ("more data").
_GRADED = re.compile(r"\b(?:more|less|most|least|very|highly)\s+([a-z]{3,})(?![\w\-])"
                     r"(?=\s*(?:[,.;:)]|(?:than|and|or|to|against|in|for|with|at)\b))")


def graded_words(*texts: str) -> frozenset[str]:
    """The words ``texts`` write after a degree word at the end of a phrase.

    >>> sorted(graded_words("It is more sturdy than X and very quick, but needs more data samples."))
    ['quick', 'sturdy']
    >>> sorted(graded_words("most unsupervised methods", "a highly well-known tool", "more than two"))
    []
    """
    return frozenset(m.group(1) for t in texts for m in _GRADED.finditer(t))


def grade_words(graded_df: Counter, lower_df: Counter) -> frozenset[str]:
    """The words the corpus grades (the module docstring): ``graded_df`` counts the papers grading each word
    (:func:`graded_words`), ``lower_df`` those writing it in lower case (:func:`kg.link.cased.lower_words`).

    >>> grade_words(Counter(sturdy=5, data=9, quick=2), Counter(sturdy=40, data=900, quick=10))
    frozenset({'sturdy'})
    """
    return frozenset(w for w, n in graded_df.items() if n >= GRADED_PAPERS and n * GRADED_ONE_IN >= lower_df.get(w, 0))
