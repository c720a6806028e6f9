"""Extra candidates results read beyond the paper's entities.

Metric names of kg's curated table that no entity covers (:func:`metric_words`, rule "metric-word"), names
a sentence opens on ("On DSTC2, ...": :func:`on_datasets`, rule "on-name"), and Method-typed names that
are metrics kg knows (:func:`metric_word`). They serve results only: they are not entities of the paper.
:func:`known_metric` (a word of the curated table, singular or plural) also tells counts from scores in
:mod:`.values`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.rules import Candidate
from kg.metrics import MetricKnowledge, norm_metric
from kg.vocab import EntityType as T


def known_metric(word: str) -> bool:
    """A word kg's curated metric table knows, singular or plural ("bits", "parameters")."""
    curated = MetricKnowledge.load().curated
    return norm_metric(word) in curated or (word.endswith("s") and norm_metric(word[:-1]) in curated)


def metric_word(text: str, c) -> bool:
    """A name typed Method that is a metric kg knows ("mAPs"): a metric for results."""
    return known_metric(text[c[0]:c[1]])


#: "On NTU RGB-D, ...", "On the DSTC2 test set, ...": a sentence that opens on a name it evaluates on
_ON_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*On (?:the )?([A-Z][\w.+/'-]*(?: [A-Z0-9][\w.+/'-]*){0,3})"
                      r"(?: (?:dataset|benchmark|corpus|test set|val(?:idation)? set|test-dev))?\s*(?:\[\d+\]\s*)?,")


def on_datasets(text: str, ents: list) -> list[Candidate]:
    """Names a sentence opens on ("On DSTC2, our model obtains 74.5%") that no entity covers, as Dataset
    candidates for results only (rule "on-name").

    >>> [text[c.start:c.end] for text in ["We test it. On DSTC2, it gets 74.5%."] for c in on_datasets(text, [])]
    ['DSTC2']
    """
    out = []
    for m in _ON_NAME.finditer(text):
        s, e = m.span(1)
        covering = [c for c in ents if c[0] < e and s < c[1]]
        if text[s:e].lower() in _NOT_ON_NAMES or any(c[2] is not T.METHOD or c[4] != "name" for c in covering):
            continue
        # a bare name the finder typed Method by default ("DSTC2") is what the sentence is on
        for c in covering or [Candidate(s, e, T.DATASET, 0, "on-name", None)]:
            out.append(Candidate(c[0], c[1], T.DATASET, 0, "on-name", None))
    return out


_NOT_ON_NAMES = frozenset(("average", "top", "this", "these", "that", "such", "both", "all", "each", "their", "our"))


def metric_words(text: str, ents: list) -> list[Candidate]:
    """Metric names of kg's curated table that no entity covers ("accuracies", "error rate"), as Metric
    candidates for results only (rule "metric-word"; they are not entities of the paper).

    >>> [text[c.start:c.end] for text in ["Accuracies of 90% and error rates of 5%."] for c in metric_words(text, [])]
    ['Accuracies', 'error rates']
    """
    out = []
    for m in _metric_regex().finditer(text):
        s, e = m.start(), m.end()
        if not any(c[0] < e and s < c[1] for c in ents):
            out.append(Candidate(s, e, T.METRIC, 0, "metric-word", None))
    return out


#: curated aliases too common as plain words or letters to be read as metrics on their own ("5 times", "IS")
_NOT_METRIC_WORDS = frozenset(("time", "speed", "success", "runtime", "run time", "IS", "SR", "MR", "CD", "R1", "EM",
                               "CMC", "PQ", "acc"))


@lru_cache(maxsize=1)
def _metric_regex() -> re.Pattern:
    """One regex for every curated metric name and alias: plurals allowed; names of three characters or
    fewer only as written ("AP", not "ap")."""
    long, short = set(), set()
    for n in MetricKnowledge.load().names:
        if n not in _NOT_METRIC_WORDS:
            (short if len(n) <= 3 else long).add(n)
    def alt(names, flags):
        parts = [re.escape(n).replace("\\ ", r"[\s-]") + ("(?:s|es)?" if not n.endswith("y") else "")
                 for n in sorted(names, key=len, reverse=True)]
        parts = [p[:-1] + "(?:y|ies)" if p.endswith("y") else p for p in parts]
        return f"(?{flags}:" + "|".join(parts) + ")"
    short_cased = {n for n in short if any(ch.isupper() for ch in n)}
    return re.compile(r"(?<![\w-])(?:" + alt(long, "i") + "|" + alt(short_cased, "-i") + r")(?![\w-])")
