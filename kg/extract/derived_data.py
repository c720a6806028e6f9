"""A name set in apposition to a version of a dataset the paper names is a Dataset (:func:`derived_datasets`).

A paper that releases data made from a known set names it after that set and says so: "we introduce Foo-Captions,
a version of Foo with captions", "Foo-Small, a subset of the Foo corpus". A naming rule types such a name Method by
default only (no dataset word beside it), but what a version, subset or split of data is, is data.
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.words import DATA_HEADS, FUNCTION_WORDS
from kg.vocab import EntityType as T

#: Rules that type a name Method by its shape or its naming sentence only, with no word of its kind.
_DEFAULT_RULES = frozenset({"named", "title-name", "name", "titlecase"})
#: After a name (and a short parenthesis): an apposition or a copula to "a/the ... version/subset/... of (the)";
#: the dataset's name must start right after it.
_VERSION_OF = re.compile(
    r"(?:\s*\([^()]{1,15}\))?(?:\s*(?:,|:|-{1,2}|\u2014|\u2013)|\s+(?:is|was))\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:version|subset|variant|split|extension|portion|part|re-?annotation|relabel(?:l)?ing|sample|subsample|slice|"
    r"partition|translation|expansion|augmentation|adaptation|re-?release)s?\s+of\s+(?:the\s+)?", re.I)


#: What may follow the dataset that heads the phrase: its data word ("the Foo corpus"), then the phrase's end.
_AFTER_DATA_WORD = re.compile(r"(?:\s+(?:%s)\b)?" % "|".join(sorted(DATA_HEADS, key=len, reverse=True)), re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
#: Words that open a clause on the dataset before it ("a subset of Foo where ...", "... that", "... which").
_RELATIVE = frozenset({"where", "that", "which", "with", "whose"})
#: A lower-case participle opening a phrase on the dataset: "a subset of Foo containing 200 classes".
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|ed)")


def _heads_phrase(text: str, end: int) -> bool:
    """Whether a dataset ending at ``end`` ends the noun phrase after "a version of": a punctuation mark, the text's
    end, a function word, a relative word, a participle or a parenthesis follows (after its data word), not a hyphen or a noun it modifies ("ImageNet-pretrained
    ResNet-50", "the COCO detection pipeline", "CIFAR-10 images" are no data the name is a version of).

    >>> t = "of Foo with captions, of the Foo corpus. of Foo-pretrained nets, of Foo images"
    >>> [_heads_phrase(t, t.index("Foo", i) + 3) for i in (0, 20, 40, 65)]
    [True, True, False, False]
    >>> t = "of Foo containing birds, of Foo (Smith, 2009), of Foo where"
    >>> [_heads_phrase(t, t.index("Foo", i) + 3) for i in (0, 20, 40)]
    [True, True, True]
    """
    end = _AFTER_DATA_WORD.match(text, end).end()
    if end >= len(text) or text[end] in ",.;:)]" or text.startswith(" (", end):
        return True  # a parenthesis after a space: a citation or an aside, "of Foo (Smith et al., 2009)"
    m = _NEXT_WORD.match(text, end)
    return m is not None and (m.group(1) in FUNCTION_WORDS or m.group(1).lower() in _RELATIVE
                              or _PARTICIPLE.fullmatch(m.group(1)) is not None)


def derived_datasets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each Method a naming rule or its shape typed by default retyped Dataset where it is said to be a
    version, subset, split ... of a Dataset the paper names right after the words (:data:`_VERSION_OF`) that heads
    the phrase there (:func:`_heads_phrase`: "a variant of ImageNet-pretrained ResNet-50" is no data).

    >>> t = "We release Foo-Captions, a version of Foo with captions, and BarNet, a variant of ResNet."
    >>> cs = [Candidate(11, 23, T.METHOD, 75, "named"), Candidate(38, 41, T.DATASET, 60, "lexicon"),
    ...       Candidate(61, 67, T.METHOD, 50, "name"), Candidate(82, 88, T.METHOD, 60, "lexicon")]
    >>> [c.type.value for c in derived_datasets(t, cs)]
    ['Dataset', 'Dataset', 'Method', 'Method']
    """
    ends: dict[int, list[int]] = {}
    for c in cands:
        if c.type is T.DATASET:
            ends.setdefault(c.start, []).append(c.end)
    if not ends:
        return cands
    out = []
    for c in cands:
        if c.type is T.METHOD and c.rule in _DEFAULT_RULES:
            m = _VERSION_OF.match(text, c.end)
            if m is not None and any(_heads_phrase(text, e) for e in ends.get(m.end(), ())):
                c = c._replace(type=T.DATASET)
        out.append(c)
    return out
