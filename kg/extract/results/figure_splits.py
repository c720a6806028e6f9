"""The split a figure's dataset takes by position from a list of splits (:func:`listed_split`): after the dataset's
name ("2.0% and 4.2% on Foo test-clean and test-other, respectively") or right after a slashed tuple of figures
("22.8%/21.9% mAP on the val/test sets"); the lists themselves are read by :mod:`.splits`.
"""
from __future__ import annotations

import re

from kg.extract.boundaries import named_split, without_split
from kg.extract.results.splits import listed_splits, splits_after_figure
from kg.extract.results.values import Value


#: between two figures of a slashed tuple: "2.0%/4.2%"
_SLASHED = re.compile(r"\s*%?\s*/\s*$")


def listed_split(text: str, v: Value, vals: list[Value], ents: list, dataset: str | None) -> str | None:
    """A figure's dataset with the split a list of splits after the dataset's name gives it by position, when the
    figures of its list, or of its slashed tuple, are as many ("2.0% and 4.2% on Foo test-clean and test-other,
    respectively", "2.0%/4.2% on Foo test-clean/other"): "Foo test-other" for the second; else the split a list
    right after the figures gives it (:func:`_split_after_figures`)."""
    if dataset is None:
        return dataset
    if v.dataset is None or ents[v.dataset][0] < v.end or not text.startswith(dataset, ents[v.dataset][0]) \
            or not (splits := listed_splits(text, ents[v.dataset][0] + len(dataset))):
        return _split_after_figures(text, v, vals, dataset)
    members = [u for u in vals if u.group == v.group and u.dataset == v.dataset]  # (not "..., and 5.5 on Bar")
    if len(members) != len(splits):  # "58.7/58.9 box AP and 50.9/51.3 mask AP on Foo minival/test-dev": by tuple
        members = _slashed_tuple(text, v, members)
    return _with_split(dataset, splits[members.index(v)]) if len(members) == len(splits) else dataset


def _split_after_figures(text: str, v: Value, vals: list[Value], dataset: str) -> str:
    """A figure's dataset (named before it, or the paper's) with the split a list of splits right after its slashed
    tuple gives it by position ("On Foo, 22.8%/21.9% mAP on the val/test sets": "Foo val" for the first), unless
    the dataset names its own split ("On Foo test-dev, ... on the val/test sets" is the text's muddle, not a
    split kg may override)."""
    if named_split(dataset):
        return dataset
    group = [u for u in vals if u.group == v.group]
    members = _slashed_tuple(text, v, group)
    if len(members) == 1:  # "4.1% and 2.2% on the test-other and test-clean sets of Foo": the list's figures
        members = [u for u in group if u.dataset == v.dataset]
    splits = splits_after_figure(text, members[-1].end) if len(members) > 1 else []
    return _with_split(without_split(dataset), splits[members.index(v)]) if len(members) == len(splits) else dataset


def _with_split(dataset: str, split: str) -> str:
    """A dataset with a split of a list; "test" or "dev" alone, a place in a slashed list ("test/test-other"), is
    no split a dataset's name takes (its plain name is its test set's)."""
    return dataset if split in ("test", "dev") else f"{dataset} {split}"


def _slashed_tuple(text: str, v: Value, members: list[Value]) -> list[Value]:
    """The figures of ``members`` (``v``'s list, in order) that slashes join to ``v`` ("58.7/58.9")."""
    lo = hi = members.index(v)
    while lo > 0 and _SLASHED.match(text, members[lo - 1].end, members[lo].start):
        lo -= 1
    while hi + 1 < len(members) and _SLASHED.match(text, members[hi].end, members[hi + 1].start):
        hi += 1
    return members[lo:hi + 1]


#: the number a name ends in, which a shortened part after "/" replaces ("Foo-10/100")
_NUMBER_END = re.compile(r"\d+$")


#: a last word as short as a part's letter or number ("A", "B", "II", "2"): a part after "/" that replaces it takes
#: the words in front back ("Quux Part A/B")
_SHORT_LAST = re.compile(r"[A-Z]|[IVX]{1,3}|\d{1,2}")


def slashed_part(dataset: str | None, v: Value) -> str | None:
    """The part of a name of two joined by "/" that a figure paired by position is on ("CNN/Daily Mail": "CNN" for
    the first, "Daily Mail" for the second; a short part, a letter or number, takes the words before the first part's
    own: "Zorb Part A/B" gives "Zorb Part B"); the name whole when the figure has no part or the parts are not as
    many as its place needs.

    >>> [slashed_part(n, Value(0, 1, "1", part=1)) for n in ("Zorb/Quux Set", "Zorb", "Zorb-10/100", "Zorb Part A/B")]
    ['Quux Set', 'Zorb', 'Zorb-100', 'Zorb Part B']
    """
    if dataset is None or v.part is None:
        return dataset
    parts = [p.strip() for p in dataset.split("/")]
    if v.part >= len(parts) or not all(parts):
        return dataset
    part = parts[v.part]
    stem = _NUMBER_END.sub("", parts[0])
    if part.isdigit() and stem != parts[0]:
        return stem + part  # "Foo-10/100": "Foo-100"
    lead = parts[0].rsplit(" ", 1)
    if len(lead) == 2 and " " not in part and _SHORT_LAST.fullmatch(lead[1]) and _SHORT_LAST.fullmatch(part):
        return f"{lead[0]} {part}"  # "Quux Part A/B": "Quux Part B"
    return part
