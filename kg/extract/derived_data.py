"""A name set in apposition to a version of a dataset the paper names is a Dataset (:func:`derived_datasets`).

A paper that releases data made from a known set names it after that set and says so: "we introduce Foo-Captions,
a version of Foo with captions", "Foo-Small, a subset of the Foo corpus". A naming rule types such a name Method by
default only (no dataset word beside it), but what a version, subset or split of data is, is data.
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.vocab import EntityType as T

#: Rules that type a name Method by its shape or its naming sentence only, with no word of its kind.
_DEFAULT_RULES = frozenset({"named", "title-name", "name", "titlecase"})
#: After a name (and a short parenthesis): an apposition or a copula to "a/the ... version/subset/... of (the)";
#: the dataset's name must start right after it.
_VERSION_OF = re.compile(
    r"(?:\s*\([^()]{1,15}\))?(?:\s*(?:,|:|-{1,2}|\u2014|\u2013)|\s+(?:is|was))\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:version|subset|variant|split|extension|portion|part|re-?annotation|relabel(?:l)?ing|sample|subsample|slice|"
    r"partition|translation|expansion|augmentation|adaptation|re-?release)s?\s+of\s+(?:the\s+)?", re.I)


def derived_datasets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each Method a naming rule or its shape typed by default retyped Dataset where it is said to be a
    version, subset, split ... of a Dataset the paper names right after the words (:data:`_VERSION_OF`).

    >>> t = "We release Foo-Captions, a version of Foo with captions, and BarNet, a variant of ResNet."
    >>> cs = [Candidate(11, 23, T.METHOD, 75, "named"), Candidate(38, 41, T.DATASET, 60, "lexicon"),
    ...       Candidate(61, 67, T.METHOD, 50, "name"), Candidate(82, 88, T.METHOD, 60, "lexicon")]
    >>> [c.type.value for c in derived_datasets(t, cs)]
    ['Dataset', 'Dataset', 'Method', 'Method']
    """
    starts = {c.start for c in cands if c.type is T.DATASET}
    if not starts:
        return cands
    out = []
    for c in cands:
        if c.type is T.METHOD and c.rule in _DEFAULT_RULES:
            m = _VERSION_OF.match(text, c.end)
            if m is not None and m.end() in starts:
                c = c._replace(type=T.DATASET)
        out.append(c)
    return out
