"""The split of a dataset a result is on, as the text writes it next to the name or the figure.

A split right after a dataset's name (:data:`SPLIT_AFTER`: "COCO test-dev"), a value's own split right after it
("4.46% on test-other": :func:`split_after_value`), a list of splits after a name ("test-clean and test-other",
"minival/test-dev": :func:`listed_splits`) and the splits a slashed tuple of figures names by position ("22.8%/21.9%
mAP on the val/test sets": :func:`splits_after_figure`).
"""
from __future__ import annotations

import re

from kg.extract.boundaries import NAMED_SPLIT, RESULT_SPLIT


#: a split right after a dataset's name ("COCO test-dev", "ADE20K val"), unless one of a list of splits ("COCO minival
#: and test-dev", "test-clean/other": which figure is on which split is the list's business)
SPLIT_AFTER = re.compile(rf"\s+({RESULT_SPLIT})"
                         rf"(?![\w-]|\s*/|\s*(?:,|and\b|or\b)\s*(?:the\s+)?(?:{NAMED_SPLIT}|test|dev|val)\b)")


#: a value's own split right after it, not one of a list of splits: "4.46% on test-other", "71.6 on the test-dev set"
_SPLIT_PLACE = re.compile(rf"\s*%?\s*(?:(?!(?:on|in|and|or|with)\b)[\w@&-]+\s+){{0,3}}?(?:on|in)\s+(?:the\s+)?"
                          rf"((?-i:{RESULT_SPLIT}))(?![\w-]|\s*/|\s*(?:,|and\b|or\b)\s*(?:the\s+)?(?:{RESULT_SPLIT})\b)",
                          re.I)
_ENDS_IN_SPLIT = re.compile(rf"\s+(?:{RESULT_SPLIT})$", re.I)


def split_after_value(text: str, end: int, name: str | None) -> str | None:
    """A figure's dataset with the split the figure names right after it ("On Foo we reach 6.8% WER on test-other":
    "Foo test-other"; a split named beside the data set belongs to it), in place of a split the dataset's name
    took where it stands ("45.1 AP on Foo minival and 45.6 AP on test-dev": the second is on "Foo test-dev").

    >>> t = "On Foo, we reach 1.9% on test-clean and 4.4% on the test-other set, and 3.1% on dev-clean/dev-other."
    >>> [split_after_value(t, t.index(v) + len(v), n) for v, n in (("1.9%", "Foo"), ("4.4%", "Foo"), ("3.1%", "Foo"))]
    ['Foo test-clean', 'Foo test-other', 'Foo']
    >>> split_after_value(t, t.index("1.9%") + 4, "Foo minival"), split_after_value(t, t.index("3.1%") + 4, "Foo minival")
    ('Foo test-clean', 'Foo minival')
    >>> split_after_value("It gets 68.4% on the Test-standard set.", 13, "Test-standard")  # (a name, no split)
    'Test-standard'
    """
    m = _SPLIT_PLACE.match(text, end) if name else None
    if m is None or name.endswith(m.group(1)):  # (a dataset whose name is the split's: no second one)
        return name
    return f"{_ENDS_IN_SPLIT.sub('', name)} {m.group(1)}"


#: "test" or "dev" alone, a common word, is a split where a slash joins it to one: "test/test-other", "val/test"
_SLASHED_BARE = rf"(?:test|dev)(?=/(?:{RESULT_SPLIT})(?![\w-]))"
#: the first of a list of splits right after a dataset's name: "Foo test-clean and test-other", "Foo minival/test-dev"
_FIRST_SPLIT = re.compile(rf"\s+(?:the\s+)?({RESULT_SPLIT}|{_SLASHED_BARE})(?![\w-])")
#: the next of the list: a split after a comma, "and" or "or" (group 1), or after a slash, where "test" or "dev" is
#: a split too and another bare word shortens the split before it (group 2: "test-clean/other" is test-clean and
#: test-other)
_NEXT_SPLIT = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?({RESULT_SPLIT})(?![\w-])"
                         rf"|/((?:{RESULT_SPLIT})|test|dev|(?!(?:val|eval)\b)[a-z]+)(?![\w-])")
_WHOLE_SPLIT = re.compile(rf"(?:{RESULT_SPLIT}|test|dev)$")


def listed_splits(text: str, at: int) -> list[str]:
    """The splits listed right after a dataset's name that ends at ``at``, two or more, each written whole; [] when
    none or one is ("Foo test-clean/other": test-clean and test-other, the second shortened after the slash).

    >>> t = "on Foo test-clean/other and Bar minival, test-dev and test-std sets"
    >>> listed_splits(t, 6), listed_splits(t, t.index("Bar") + 3), listed_splits(t, t.index("test-std") - 5)
    (['test-clean', 'test-other'], ['minival', 'test-dev', 'test-std'], [])
    """
    m = _FIRST_SPLIT.match(text, at)
    if m is None:
        return []
    out, pos = [m.group(1)], m.end()
    while (n := _NEXT_SPLIT.match(text, pos)) is not None:
        split = n.group(1) or n.group(2)
        if not n.group(1) and not _WHOLE_SPLIT.match(split):
            if "-" not in out[-1]:
                return []  # a bare word after a split it cannot shorten: no list kg reads
            split = f"{out[-1].split('-')[0]}-{split}"
        out.append(split)
        pos = n.end()
    return out if len(out) > 1 else []


#: what leads from a figure to a list of splits it names: its metric, "on" or "in" ("22.8%/21.9% mAP on the val/test
#: sets"); the list itself is :func:`listed_splits`'s
_SPLITS_PLACE = re.compile(r"\s*%?\s*(?:(?!(?:on|in|and|or|with)\b)[\w@&-]+\s+){0,3}?(?:on|in)(?=\s)", re.I)


def splits_after_figure(text: str, end: int) -> list[str]:
    """The splits a list right after a figure (ending at ``end``) names ("22.8%/21.9% mAP on the val/test sets":
    val and test), two or more; [] when a dataset's name, or no list, comes first.

    >>> t = "It gets 22.8%/21.9% mAP on the val/test sets and 3.1% on Foo val/test."
    >>> splits_after_figure(t, t.index("21.9%") + 5), splits_after_figure(t, t.index("3.1%") + 4)
    (['val', 'test'], [])
    """
    m = _SPLITS_PLACE.match(text, end)
    return listed_splits(text, m.end()) if m is not None else []
