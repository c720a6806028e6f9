"""A measure's name without the words that only say how it was aggregated or on which split it was taken.

"average PSNR", "Avg. Accuracy", "mean test error", "top-1 test error" and "test set error" are the measures
PSNR, accuracy, test error, top-1 error and test error reported as a mean or on a split: one measure, not one
node per way of writing its report. :func:`base_measure` gives the words of the measure the name reports,
and the linker joins the name to that measure's node when the corpus has it (:meth:`kg.link.joins.Joins._variants`).

Names that are measures of their own stay: averages of precision or recall over thresholds or ranks
("average precision", "mean average precision", "Average Recall", "Average-mAP"), a name the lexicon lists as
another entry's alias ("mean IoU" of mIoU) or as a hand-written entry ("mean accuracy", mAcc).
"""
from __future__ import annotations

from kg.extract.bare_errors import BARE
from kg.link.types import curated_type, lexicon_entries
from kg.vocab import EntityType

#: Leading words that say a measure was averaged (normalised words of :func:`~kg.link.normalize.key_and_words`).
AGGREGATES = frozenset({"average", "averaged", "avg", "avg.", "mean"})
#: Measures that are averages themselves: an average of them is another measure ("average precision" is AP,
#: "mean average precision" mAP, "average recall" AR).
AVERAGED_HEADS = frozenset({"precision", "recall", "ap", "map", "ar", "rank", "ranks"})
#: Words naming the split a measure was taken on ("top-1 test error", "test set error").
SPLITS = frozenset({"test", "validation", "val", "dev"})


def base_measure(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words of the measure a Metric name reports, without a leading aggregate word ("average", "avg.",
    "mean"), a split word inside the name ("top-1 test error": "test") and the "set" after a split word
    ("test set error"); ``None`` when there is nothing to drop, or the rest is an average itself.

    >>> base_measure(("average", "psnr")), base_measure(("top", "1", "test", "error"))
    (('psnr',), ('top', '1', 'error'))
    >>> base_measure(("mean", "test", "error")), base_measure(("test", "set", "error"))
    (('test', 'error'), ('test', 'error'))
    >>> base_measure(("average", "precision")), base_measure(("mean", "average", "precision")), base_measure(("test", "error"))
    (None, None, None)
    >>> base_measure(("mean", "error")), base_measure(("average", "errors")), base_measure(("mean", "test", "errors"))
    (None, None, ('test', 'errors'))
    """
    out = list(words)
    if len(out) >= 2 and out[0] in AGGREGATES:
        out = out[1:]
    for i in range(len(out) - 2, -1, -1):
        if out[i] in SPLITS and out[i + 1] == "set":
            del out[i + 1]
    for i in range(len(out) - 2, 0, -1):
        if out[i] in SPLITS:
            del out[i]
    if len(out) == len(words) or not out or out[-1] in AVERAGED_HEADS or out[0] in AGGREGATES \
            or (len(out) == 1 and out[0] in BARE):
        return None  # (a bare "error" names no measure: "mean error" is one of its own, not a way to report it)
    return tuple(out)


def own_measure(key: str) -> bool:
    """Whether the lexicon keeps the Metric name of compact key ``key`` a measure of its own: a hand-written
    entry ("mean accuracy"), or another entry's alias ("mean IoU" of mIoU).

    >>> own_measure("meaniou"), own_measure("meanaccuracy"), own_measure("averagepsnr")
    (True, True, False)
    """
    from kg.link.normalize import compact_key  # noqa: PLC0415

    if curated_type(EntityType.METRIC, key):
        return True
    return any(t is EntityType.METRIC and compact_key(c) != key for t, c in lexicon_entries(key, prior=False))
