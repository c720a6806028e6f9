"""Letters a paper counts in the plural name things of a kind, not a data set.

"synthesize abnormal QXRs from normal ones", "12-lead QCGs": an acronym with a plural "s" (capitals, then a lower-case
"s") counts instances of what the letters stand for, an image, a scan, a recording, the way "images" does; a data set
is one thing, which no paper writes in the plural. A Dataset node that a paper writes so (among its aliases) names
that kind of thing, and its other mentions ("4% better on QXR") are that data in general, unless the lexicon knows it
as a Dataset, a paper defines or titles it so, or dataset words name it twice ("the QXR dataset", "the QXR
benchmark": :func:`counted_dataset`).
"""
from __future__ import annotations

import re

from kg.graph.dataset_naming import DATASET_NAMING_HEADS, DATASET_NAMING_KINDS
from kg.vocab import EntityType

#: An acronym in the plural: two or more capitals (digits and hyphens between), then one lower-case "s".
_COUNTED = re.compile(r"[A-Z][A-Z0-9\-]*[A-Z]s")


def counted_dataset(aliases, type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Dataset node's ``aliases`` hold its letters counted in the plural and no lexicon, definition or title
    names it a Dataset, nor do :data:`~kg.graph.dataset_naming.DATASET_NAMING_HEADS` mentions a dataset word heads
    (one "QXR datasets" may count scans of that kind; two name data of that name, as in
    :func:`kg.graph.not_entities.data_kind_dataset`).

    >>> counted_dataset({"QXR", "QXRs"}, {"Dataset": {"head": 1}, "Method": {"shape": 4}})
    True
    >>> counted_dataset({"QXRs"}, {"Dataset": {"lexicon": 2}})
    False
    >>> counted_dataset({"QXR", "QuokkaSets"}, {"Dataset": {"head": 1}})
    False
    >>> counted_dataset({"QXR", "QXRs"}, {"Dataset": {"head": 2}})
    False
    """
    own = (type_votes or {}).get(EntityType.DATASET.value) or {}
    if DATASET_NAMING_KINDS & own.keys() or own.get("head", 0) >= DATASET_NAMING_HEADS:
        return False
    return any(_COUNTED.fullmatch(a) for a in aliases or ())
