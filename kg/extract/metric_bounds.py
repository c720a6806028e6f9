"""Metric boundaries: a metric takes the measure noun written right after it ("Collision rate", "Spearman's
correlation", "top-1 and top-5 errors": a shared head counts for both), a bare top-k reads as the accuracy or error the
text gives, and a name that is no metric of its own (a kind-named method, a computed distance, a fragment of a
generated name) is set right.

Plain functions over candidates, called by :func:`kg.extract.selection.entity_hood`; the words they share with the
other boundary rules are in :mod:`kg.extract.boundaries`.
"""
from __future__ import annotations

import re

from kg.extract import text_spans
from kg.extract.boundaries import (_COORD, _HEAD_NOUNS, GRADE_KEYS, LAST_WORD, TOP_K, WORD, _without_pieces,
                                   grown_rule, singular_head)
from kg.extract.candidates import Candidate
from kg.extract.words import FUNCTION_WORDS, METRIC_WORDS, TASK_HEADS
from kg.vocab import EntityType as T


# --- metrics: the measure noun after the name ------------------------------------------------------------------

#: A measure noun right after a metric's name (:data:`kg.extract.boundaries._HEAD_NOUNS`).
_HEAD_AFTER = re.compile(r"('s?|’s?)? (?:" + _HEAD_NOUNS + r")\b(?![\-'])", re.I)


def complete_metric_heads(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Metric candidates with the measure noun the text writes after them ("Collision rate", "Spearman's
    correlation", "top-5 errors"), and a shared head given to the name coordinated before it ("top-1 and
    top-5 errors": "top-1" stands for "top-1 error", its canonical, read for this mention only: rule
    ``shared-head``, so the linker does not join every bare "top-1" to it). Only a name that is no measure on its
    own takes the noun: an ordinary word ("Collision"), a top-k, a possessive ("Spearman's"), or a word coined
    from capitalised pieces before a distance or statistic ("QuokkaMover distance"); "mIoU accuracy" and "L2
    distance" stay "mIoU" and "L2". A top-k takes its accuracy or error past up to two lower-case words that say
    how it was measured ("top-1 linear probing accuracy", :func:`_top_k_head`), and the words' own candidates go.

    >>> t = "metrics (ADE, Collision rate) and top-1 and top-5 errors and Spearman's correlation, mIoU accuracy"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METRIC, 60, "lexicon")
    >>> c = [at("ADE"), at("Collision"), at("top-1"), at("top-5"), at("Spearman"), at("mIoU")]
    >>> [(t[x.start:x.end], x.canonical) for x in complete_metric_heads(t, c)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('ADE', None), ('Collision rate', None), ('top-1', 'top-1 error'), ('top-5 errors', None),
     ("Spearman's correlation", 'Spearman correlation'), ('mIoU', None)]
    """
    out = list(cands)
    spans = {(c.start, c.end) for c in cands if c.type is T.METRIC}
    grown: dict[int, str] = {}  # the new span's start -> its head noun
    pieces = []  # the grown spans a top-k's head was taken past modifiers over ("probing accuracy" inside)
    for i, c in enumerate(out):
        m = _HEAD_AFTER.match(text, c.end) if c.type is T.METRIC else None
        if m and (c.start, m.end()) not in spans and (m.group(1) or _bare(text, c) or _coined_between(text, c, m)):
            head = m.group(0).split()[-1]
            canonical = f"{text[c.start:c.end]} {head}" if m.group(1) else None  # "Spearman correlation"
            out[i] = c._replace(end=m.end(), canonical=canonical, rule=grown_rule(c.rule))
            grown[c.start] = head.lower()
        elif c.type is T.METRIC and (m := _top_k_head(text, c)) is not None:
            head = singular_head(m.group("head").lower())
            out[i] = c._replace(end=m.end(), canonical=_top_k_name(text, c, m), rule=grown_rule(c.rule))
            grown[c.start] = head
            pieces.append((c.start, m.end()))
    for i, c in enumerate(out):  # "top-1 and top-5 errors": the head is shared
        if grown and c.type is T.METRIC and c.start not in grown and _bare(text, c):
            m = _COORD.match(text, c.end)
            if m and m.end() in grown:
                head = grown[m.end()]
                head = singular_head(head)
                out[i] = c._replace(canonical=f"{text[c.start:c.end]} {head}", rule="shared-head")
    return _without_pieces(out, pieces)


#: The measure nouns that tell what a bare top-k counts (group 1: accuracy; else error): "top-1 accuracy",
#: "accuracies", "error rate" ("error-prone" is no measure)
_TOP_K_KIND = re.compile(r"\b(?:(accuracy|accuracies)|errors?)\b(?!-)", re.I)


def read_top_k_heads(text: str, cands: list[Candidate], sents: list[tuple[int, int]]) -> list[Candidate]:
    """Bare top-k metrics ("80.1% top-1", "top-5 of 93%") named by the measure noun their sentence writes, else
    the one their paper writes: "top-1 accuracy" where only accuracy is said, "top-1 error" where only error is
    (rule ``top-k-read``: this mention's reading, so the linker does not join every bare "top-1" to it). Where
    both or neither are said, a top-k whose figure is half or more is an accuracy (:func:`_higher_better`); else
    it stays as written: either is possible.

    >>> t = "Our net reaches 80.1% top-1 and 95.0% top-5 with a higher accuracy. A top-1 gain of 2%."
    >>> at = lambda w, i=0: Candidate(t.index(w, i), t.index(w, i) + 5, T.METRIC, 60, "lexicon", "top-1 accuracy")
    >>> sents = [(0, 66), (67, len(t))]
    >>> [(x.canonical, x.rule) for x in read_top_k_heads(t, [at("top-1"), at("top-5"), at("top-1", 30)], sents)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('top-1 accuracy', 'top-k-read'), ('top-5 accuracy', 'top-k-read'), ('top-1 accuracy', 'top-k-read')]
    >>> t = "It has a top-1 of 21% and a lower test error than before. Top-1 rises, and so does accuracy."
    >>> read_top_k_heads(t, [Candidate(9, 14, T.METRIC, 60, "lexicon")], [(0, 57), (58, len(t))])[0].canonical
    'top-1 error'
    """
    out = cands
    for i, c in enumerate(cands):
        if c.type is not T.METRIC or c.rule not in _READABLE_RULES or not TOP_K.fullmatch(text, c.start, c.end):
            continue
        a, b = text_spans.sentence_of(sents, c.start, (0, len(text)))
        head = _top_k_kind(text, a, b) or _top_k_kind(text, 0, len(text))
        if head is None and _higher_better(text, c, a, b):
            head = "accuracy"
        if head:
            if out is cands:
                out = list(cands)
            out[i] = c._replace(canonical=f"{text[c.start:c.end]} {head}", rule="top-k-read")
    return out


#: the rules of a top-k found as written, whose canonical (if any) is a lexicon's guess, not a reading
_READABLE_RULES = frozenset({"lexicon", "lexicon-gen"})


def _top_k_kind(text: str, start: int, end: int) -> str | None:
    """The one measure noun of a top-k ("accuracy" or "error") written between ``start`` and ``end``, or None
    where neither or both are."""
    kinds = {"accuracy" if m.group(1) else "error" for m in _TOP_K_KIND.finditer(text, start, end)}
    return kinds.pop() if len(kinds) == 1 else None


#: A percentage written right before a top-k ("86.8% top-1", "75.5% and 66.5% top-1") or right after it ("top-1
#: of 86.8%", "top-1: 86.8%"): group 1
_PCT_BEFORE, _PCT_AFTER = re.compile(r"(\d+(?:\.\d+)?) ?% ?$"), re.compile(r" ?(?:of|:|=)? ?(\d+(?:\.\d+)?) ?%")
#: A top-k written with its measure noun: the paper names it itself ("top-1 error", "top-5 test accuracy")
_HEADED_TOP_K = re.compile(TOP_K.pattern + r"(?: [a-z][\w-]*){0,2} (?:accurac(?:y|ies)|errors?)\b", re.I)


#: The least percentage written against a bare top-k that makes it an accuracy (:func:`_higher_better`): a top-k
#: error is the share of misses, and no paper states one of half or more as a result, while a top-k accuracy is
#: half or more on the benchmarks that report it ("86.8% top-1"); below it the figure says nothing either way.
TOP_K_ACCURACY_FLOOR = 50.0


def _higher_better(text: str, c: Candidate, a: int, b: int) -> bool:
    """Whether a bare top-k whose sentence (``text[a:b]``) names no measure noun, and whose paper names both or
    neither, is an accuracy by the figure written against it: :data:`TOP_K_ACCURACY_FLOOR` or more ("86.8%
    top-1", "top-1 of 75.5%": a share of hits; a top-k error that high is no result a paper states). A claimed
    margin says nothing ("beats it by 2.1% top-5": an error may fall by as much), nor does a figure where the
    paper writes a top-k with its noun (the linker reads the bare top-k as that one).

    >>> t = "It reaches 86.8% top-1 on FooNet. Ours beats it by 2.1% top-5. We list its top-1 of 61%."
    >>> at = lambda w, i=0: Candidate(t.index(w, i), t.index(w, i) + 5, T.METRIC, 60, "lexicon")
    >>> [_higher_better(t, at(w, i), a, b) for w, i, a, b in (("top-1", 0, 0, 33), ("top-5", 0, 34, 61),
    ...                                                        ("top-1", 40, 62, len(t)))]
    [True, False, True]
    """
    if _TOP_K_KIND.search(text, a, b) or _HEADED_TOP_K.search(text):
        return False
    m = _PCT_BEFORE.search(text, max(a, c.start - 12), c.start) or _PCT_AFTER.match(text, c.end, b)
    return m is not None and float(m.group(1)) >= TOP_K_ACCURACY_FLOOR


#: Up to two lower-case words and a top-k's measure noun after it, and the "rate" of an error: "top-1
#: classification accuracy", "top-5 test error rate" (a capitalised word may be a data set's name: "top-1 ImageNet
#: accuracy" keeps its pieces).
_TOP_K_HEAD_AFTER = re.compile(r"((?: [a-z][a-z\-]*){1,2}) (?P<head>accuracy|accuracies|errors?)"
                               r"(?: rates?)?\b(?![\-'])")


def _top_k_head(text: str, c: Candidate) -> re.Match | None:
    """The measure noun a bare top-k takes past the words that say how it was measured ("top-1 linear probing
    accuracy" is top-1 accuracy; group ``head``), or None: not a top-k, a function word between ("top-1 on the
    accuracy")."""
    if not TOP_K.fullmatch(text, c.start, c.end):
        return None
    m = _TOP_K_HEAD_AFTER.match(text, c.end)
    return None if m is None or any(w in FUNCTION_WORDS for w in m.group(1).split()) else m


def _top_k_name(text: str, c: Candidate, m: re.Match) -> str:
    """The name of a top-k measure grown past modifiers (:func:`_top_k_head`): the top-k and its noun ("top-1
    linear probing accuracy" is top-1 accuracy, the classification a top-k measures by definition); a process
    noun other than classification makes another measure, kept ("top-1 localization error").

    >>> t = "a top-1 linear probing accuracy and a Top-1 localization error rate"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + 5, T.METRIC, 60, "lexicon")
    >>> [_top_k_name(t, c, _top_k_head(t, c)) for c in (at("top-1"), at("Top-1"))]
    ['top-1 accuracy', 'Top-1 localization error']
    """
    if any(w in TASK_HEADS and w != "classification" for w in m.group(1).split()):
        return text[c.start:m.end("head")]
    return f"{text[c.start:c.end]} {singular_head(m.group('head').lower())}"


#: A word coined from capitalised pieces ("StreetMover", "EarthMover"): a name, not a measure's acronym ("mIoU").
_CAMEL = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")
_COINED_HEADS = frozenset({"distance", "distances", "statistic", "statistics"})


def _coined_between(text: str, c: Candidate, m: re.Match) -> bool:
    """Whether a metric's name is a word coined from capitalised pieces and the measure noun after it is a distance
    or a statistic between two things ("the QuokkaMover distance"): the noun is part of the name, where an acronym
    keeps its own ("L2 distance" is L2)."""
    head = m.group(0).split()[-1].lower()
    return head in _COINED_HEADS and bool(_CAMEL.fullmatch(text, c.start, c.end))


def _bare(text: str, c: Candidate) -> bool:
    """Whether a metric's name needs a measure noun: a top-k, or a last word that is no measure word and no
    acronym ("Collision", "Kolmogorov-Smirnov"; not "Dice", "mIoU", "L2", "AbsRel")."""
    m = LAST_WORD.search(text, c.start, c.end)
    if m is None or m.end() != c.end:
        return False
    word = m.group(0)
    if TOP_K.fullmatch(text[c.start:c.end]) or TOP_K.fullmatch(word):
        return True
    parts = word.split("-")
    return word.lower() not in METRIC_WORDS and all(p[:1].isalpha() and p[1:].islower() for p in parts)


#: Metric rules that read a phrase off its role in a sentence: the phrase may open with a grade.
_METRIC_PHRASE_RULES = frozenset({"metric-role", "measured", "list"})


#: "a metric learning formulation called X": a name given to a technique, whatever "metric" before it says.
_KIND_NAMED_BEFORE = re.compile(r"\b(?:formulation|method|approach|model|algorithm|framework|technique|network|"
                                r"architecture|module)s?\s*,?\s*(?:called|named|dubbed|termed)\s+(?:the\s+)?$", re.I)


def kind_named_metrics(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Metric candidates named right after a technique's kind noun and a naming verb are Methods ("a metric
    learning formulation called Weighted Approximate Rank Component Analysis (WARCA)").

    >>> t = "We propose a metric learning formulation called Weighted Rank Analysis (WRA)."
    >>> [c.type.value for c in kind_named_metrics(t, [Candidate(48, 70, T.METRIC, 70, "named")])]
    ['Method']
    """
    return [c._replace(type=T.METHOD) if c.type is T.METRIC and not c.rule.startswith("lexicon")
            and _KIND_NAMED_BEFORE.search(text, max(0, c.start - 40), c.start) else c for c in cands]


def ungraded_metrics(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Metric phrases without the grade in front of them ("wellknown fidelity" of "in terms of wellknown
    fidelity metrics", a line-break glitch of "well-known", is "fidelity"): words are compared without
    their hyphens, so a glitch is still the word.

    >>> t = "better in terms of wellknown fidelity metrics"
    >>> [t[c.start:c.end] for c in ungraded_metrics(t, [Candidate(19, 37, T.METRIC, 40, "metric-role")])]
    ['fidelity']
    """
    out = []
    for c in cands:
        if c.type is T.METRIC and c.rule in _METRIC_PHRASE_RULES:
            words = list(WORD.finditer(text, c.start, c.end))
            first = 0
            while first < len(words) - 1 and words[first].group(0).lower().replace("-", "") in GRADE_KEYS:
                first += 1
            if first:
                c = c._replace(start=words[first].start(), canonical=None)
        out.append(c)
    return out


#: Heads of a measure between two things: a distance may be what a method computes, not what it is scored by.
_BETWEEN_HEADS = ("distance", "distances", "divergence", "discrepancy")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Za-z][\w\-]{0,11})\)")


def computed_distances(text: str, cands: list[Candidate], sents: list[tuple[int, int]]) -> list[Candidate]:
    """A distance a paper defines ("Relaxed Word Mover's Distance (RWMD)", "a new distance ... called Fused
    Gromov-Wasserstein (FGW)") is a Metric only where the paper scores with it: the long form or its acronym
    has a number beside it, "in terms of" before it or "score" after it somewhere in the text
    (:func:`kg.extract.context.metrics.metric_evident`), or it is a lexicon metric ("FID"). Otherwise it is
    a technique the paper computes: a Method.

    >>> t = "RWMD is fast. We use Relaxed Word Mover's Distance (RWMD). Chamfer Distance (CD) drops: CD is 0.31."
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METRIC, 70, "acronym")
    >>> [x.type.value for x in computed_distances(t, [at("Relaxed Word Mover's Distance"), at("Chamfer Distance")], [])]
    ['Method', 'Metric']
    """
    from kg.extract.context.metrics import metric_evident  # noqa: PLC0415 (the context rules import this module)

    known = {text[c.start:c.end].lower() for c in cands if c.type is T.METRIC and c.rule.startswith("lexicon")}
    out = []
    for c in cands:
        name = text[c.start:c.end]
        if c.type is T.METRIC and c.rule == "acronym" and name.lower().endswith(_BETWEEN_HEADS):
            a = _ACRONYM_AFTER.match(text, c.end)
            forms = {name} | ({a.group(1)} if a else set())
            if not ({f.lower() for f in forms} & known) and not any(
                    metric_evident(text, m.start(), m.end(), sents)
                    for f in forms for m in re.finditer(r"(?<![\w\-])" + re.escape(f) + r"(?![\w\-])", text)):
                c = c._replace(type=T.METHOD)  # (a lexicon metric, "Frechet Inception Distance (FID)", stays)
        out.append(c)
    return out


#: Before a generated metric name, a word that makes it part of a longer name: joined by a hyphen
#: ("closed-set accuracy"), or the split a name opening on "set" belongs to ("test set accuracy").
_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")
_SPLIT_BEFORE = re.compile(r"\b(?:test|training|train|validation|dev|held-out|evaluation)\s$", re.I)


def generated_fragments(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop generated lexicon metrics matched as the tail of a longer name ("set accuracy" of "test set
    accuracy" and "closed-set accuracy"): the leaderboard column the entry came from is not what is named.

    >>> t = "it reaches a test set accuracy of 88% and a better closed-set accuracy"
    >>> at = lambda i: Candidate(t.index("set accuracy", i), t.index("set accuracy", i) + 12, T.METRIC, 60, "lexicon-gen")
    >>> generated_fragments(t, [at(0), at(30)])
    []
    """
    return [c for c in cands if not (c.type is T.METRIC and c.rule == "lexicon-gen" and (
        _HYPHEN_BEFORE.search(text, max(0, c.start - 2), c.start)
        or (text[c.start:c.start + 4].lower() == "set " and _SPLIT_BEFORE.search(text, max(0, c.start - 12), c.start))))]
