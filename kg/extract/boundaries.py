"""Where a name starts and ends, beyond the rule that found it.

A rule or lexicon entry matches what it knows; the text often goes on. These functions move a candidate's
edges to the name the text gives:

- a metric takes the measure noun written right after it ("Collision rate", "Spearman's correlation",
  "top-1 and top-5 errors": a shared head counts for both);
- a dataset keeps the year or version the text gives ("ICDAR 2015", "PRID 2011"), so a series name does
  not stand for its editions;
- a coined name takes the capitalised technique head written after it ("FooGrad Structured Network"), a coined
  metric its "score" ("FooCLIP score"), and a "-type" after a name is dropped ("a FooM-type metric");
- a dataset the text goes on writing with no space takes the whole token ("CIFAR100-LT", "CLEVR-Ref+"), a
  method its "+" ("DeepID2+"): the shorter name is another data set or model;
The task rules are in :mod:`kg.extract.task_bounds`.

Plain functions over candidates, called by :func:`kg.extract.selection.entity_hood`.
"""
from __future__ import annotations

import re

from kg.extract import rules
from kg.extract.lexicon_data import name_key
from kg.extract.rules import Candidate
from kg.extract.words import (EVALUATIVE, FUNCTION_WORDS, KIND_NOUNS, METHOD_HEADS, METRIC_WORDS, PRAISE,
                              TASK_HEADS, THING_NOUNS, TITLE_NP_STOP, WEAK_HEADS)
from kg.vocab import EntityType as T

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
#: :data:`RESULT_SPLIT`, :data:`_SPLIT_PIECE`)
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



# --- metrics: the measure noun after the name ------------------------------------------------------------------

#: Measure nouns that complete a metric's name written right before them.
_HEAD_NOUNS = r"rates?|correlations?|coefficients?|statistics?|accuracy|accuracies|errors?|distances?"
_HEAD_AFTER = re.compile(r"('s?|’s?)? (?:" + _HEAD_NOUNS + r")\b(?![\-'])", re.I)
_COORD = re.compile(r"\s*(?:and|or|/)\s*(?:\d[\d.]*\s*%?\s*)?")  # "top-1 and (5.6%) top-5 error"
LAST_WORD = re.compile(r"[\w\-]+$")
TOP_K = re.compile(r"top[\- ]?\d+", re.I)


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
        a, b = rules.sentence_of(sents, c.start, (0, len(text)))
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


# --- datasets: the edition the text gives ---------------------------------------------------------------------


#: A year or version right after a dataset's name ("ICDAR 2015", "DOTA-v1.5", "SemEval 2010", "Hub5'00"), not a figure.
#: A bare number is an edition only where the name ends (a list, a data noun: "NTU RGB+D 120 and", "ChestX-Ray 14
#: benchmark", "Challenge 2 data"); a lone "1" or a digit before ")" is a footnote mark ("Wikidata5M 1 ,", "Atari 3 )").
_EDITION = re.compile(r"[ \-](?:(?:19|20)\d\d|v\d+(?:\.\d+)?)(?![\w%]|\.\d)|['’]\d\d(?![\w%]|\.\d)"
                      r"| (?:\d\.\d|[1-9]\d{1,2}|[2-9](?!\s*\)))(?=\s*[,;)]|\.(?!\d)|\s+(?:and|or|datasets?|benchmarks?|corpus|test|dev|"
                      r"sets?|splits?|challenge|data)\b)")


#: Data a paper describes as its own and unpublished: "an internal generalized VA dataset" names no dataset.
_UNPUBLISHED_BEFORE = re.compile(r"\b(?:internal|in-house|proprietary|private|confidential)\s+(?:[\w\-]+\s+){0,2}$",
                                 re.I)


_DATA_NOUN_AFTER = re.compile(r"\s+(?:datasets?|data|corpus|corpora|database|collection)\b", re.I)


def unpublished_data(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop names found before a data noun ("the X dataset") that the text calls internal or proprietary
    data: a description of data nobody else can use, not a dataset's name (a lexicon name stays).

    >>> t = "gains on a complex internal generalized VA dataset and on the KITTI dataset"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 50, "dataset-context")
    >>> [t[x.start:x.end] for x in unpublished_data(t, [at("VA"), at("KITTI")])]
    ['KITTI']
    """
    return [c for c in cands if c.rule.startswith("lexicon") or not (
        _DATA_NOUN_AFTER.match(text, c.end) and _UNPUBLISHED_BEFORE.search(text, max(0, c.start - 50), c.start))]


#: A footnote mark a PDF converter left after a name: a digit, then a space before the punctuation that
#: follows the name ("a novel tracker called SiamVGG 1 .", "Kernel Point Convolution 1 (KPConv)").
_FOOTNOTE_END = re.compile(r"\s\d$")
#: the punctuation a PDF converter spaced off after a footnote mark ("FooNet 1 , a ..."; not "FooNet 2, a")
AFTER_FOOTNOTE = re.compile(r"\s[,.;:)(]")
_ACRONYM_NEXT = re.compile(r"\s\(([^()\s]{1,15})\)")


def footnote_marks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Cut a footnote mark off the end of a Method or Dataset name a rule found ("RSNet 1 , to model" ->
    "RSNet"). A version the text writes is no mark: it is followed by the punctuation with no space
    ("FastSpeech 2, which"), or by a word; a name the lexicon knows keeps its span ("Tacotron 2 )").

    >>> t = "a framework, RSNet 1 , to model; we propose FastSpeech 2, which"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 50, "named")
    >>> [t[x.start:x.end] for x in footnote_marks(t, [at("RSNet 1"), at("FastSpeech 2")])]
    ['RSNet', 'FastSpeech 2']
    >>> t = "the Dialog Challenges 7 (DSTC7) aims"
    >>> [t[x.start:x.end] for x in footnote_marks(t, [at("Dialog Challenges 7")])]
    ['Dialog Challenges 7']
    """
    return [c._replace(end=c.end - 2) if _footnote_marked(text, c) else c for c in cands]


def _footnote_marked(text: str, c: Candidate) -> bool:
    """A name a rule found ending in a spaced digit the text writes nowhere else with it, and not in the
    acronym that follows ("Technology Challenges 7 (DSTC7)", "WSOD 2 ) ... the proposed WSOD 2 can")."""
    if c.type not in (T.METHOD, T.DATASET) or c.rule.startswith("lexicon") or c.end - c.start <= 3 \
            or not _FOOTNOTE_END.search(text, c.start, c.end) or not AFTER_FOOTNOTE.match(text, c.end):
        return False
    digit = text[c.end - 1]
    acronym = _ACRONYM_NEXT.match(text, c.end)
    return text.count(text[c.start:c.end]) == 1 and not (acronym and acronym.group(1).endswith(digit))


def joined_datasets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two dataset names one space apart are one name when the second is one word found before a data word or in
    a list ("the DAVIS 2017 Unsupervised dataset", "KITTI VO", "WMT'14 English-German"), or when the lexicon's
    name for the second begins with the first ("PASCAL VOC-2012": the lexicon knows "VOC-2012" as PASCAL VOC 2012;
    "PAS-CAL VOC", "ImageNet ILSVRC2012"): the first is then the start of the name, not a series of its own.

    >>> t = "on the DAVIS 2017 Unsupervised dataset and KITTI VO, MVS, PASCAL VOC-2012 and KITTI Flickr8k"
    >>> at = lambda w, r, n=None: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 50, r, n)
    >>> cs = [at("DAVIS 2017", "grown"), at("Unsupervised", "dataset-context"), at("KITTI", "lexicon"),
    ...       at("VO", "list"), at("MVS", "list"), at("PASCAL", "lexicon-gen", "PASCAL"),
    ...       at("VOC-2012", "lexicon", "PASCAL VOC 2012"), at("Flickr8k", "lexicon")]
    >>> [(t[c.start:c.end], c.canonical) for c in joined_datasets(t, cs)][:4]
    [('DAVIS 2017 Unsupervised', None), ('KITTI VO', None), ('MVS', None), ('PASCAL VOC-2012', 'PASCAL VOC 2012')]
    """
    ends = {c.end: c for c in cands if c.type is T.DATASET}
    absorbed: set[int] = set()  # id() of the first names, now inside a joined one
    out = []
    for c in cands:
        a = ends.get(c.start - 1) if c.type is T.DATASET else None
        if a is not None and text[a.end] == " ":
            if _continues(text, a, c):
                absorbed.add(id(a))
                c = c._replace(start=a.start)
            elif c.rule in _JOINING_RULES and " " not in text[c.start:c.end]:  # ("Named Entity Recognition" stays)
                absorbed.add(id(a))
                c = c._replace(start=a.start, canonical=None)
        out.append(c)
    return [c for c in out if id(c) not in absorbed]


#: an acronym and a year written right before a dataset's name: "NIST 2000 Switchboard", "DARPA 1998 ..."
_ACRONYM_YEAR_BEFORE = re.compile(r"\b([A-Z]{2,}) (?:19|20)\d\d $")


def dated_datasets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A dataset name after an acronym and a year ("the NIST 2000 Switchboard task") starts at the acronym: the
    body and the year that dated the evaluation are part of the name. The acronym, typed a Method by its shape
    only, is no model of its own there (a lexicon Method stays a Method, and so does "BERT 2019" before no data).

    >>> t = "on the NIST 2000 Switchboard task, and GPT 2019 alone"
    >>> at = lambda w, k, r: Candidate(t.index(w), t.index(w) + len(w), k, 50, r)
    >>> cs = [at("NIST", T.METHOD, "name"), at("Switchboard", T.DATASET, "lexicon"), at("GPT", T.METHOD, "name")]
    >>> [(t[c.start:c.end], c.type.value) for c in dated_datasets(t, cs)]
    [('NIST 2000 Switchboard', 'Dataset'), ('GPT', 'Method')]
    """
    shaped = {(c.start, c.end): c for c in cands if c.type is T.METHOD and c.rule == "name"}
    if not shaped:
        return cands
    for c in cands:  # a name another rule or the lexicon found too ("BERT") is a name of its own
        if c.rule != "name" and (c.start, c.end) in shaped:
            del shaped[(c.start, c.end)]
    absorbed: set[int] = set()
    out = []
    for c in cands:
        m = _ACRONYM_YEAR_BEFORE.search(text, max(0, c.start - 12), c.start) if c.type is T.DATASET else None
        a = shaped.get(m.span(1)) if m else None
        if a is not None:
            absorbed.add(id(a))
            c = c._replace(start=a.start, canonical=None, rule=grown_rule(c.rule))
        out.append(c)
    return [c for c in out if id(c) not in absorbed] if absorbed else out


def _continues(text: str, first: Candidate, second: Candidate) -> bool:
    """Whether the lexicon's name for ``second`` begins with ``first`` and goes on (hyphens, spaces, case aside)."""
    if second.canonical is None:
        return False
    whole, head = name_key(second.canonical), name_key(first.canonical or text[first.start:first.end])
    return len(whole) > len(head) and whole.startswith(head)


#: A word that may go on a dataset's name: capitalised, a number or version, an edition after an apostrophe
#: ("Album", "2", "V2", "English-German", "'14"); a lower-case word ("depth", "task") is the text's own.
_NAME_WORD = re.compile(r" ((?:[A-Z0-9]|['’]\d)[^\s,;:()\[\]]*?)(?=[.]?(?:[\s,;:()\[\]]|$))")


def lexicon_continuations(text: str, cands: list[Candidate], keys: dict) -> list[Candidate]:
    """A dataset name the text goes on writing, up to three capitalised or numbered words, when the longer span
    is a Dataset name of the lexicon written with other spaces or hyphens ("MORPH Album 2" for MORPH Album2,
    "SemEval-2010 Task 8", "PAS-CAL Context", "ScanNet V2"): the lexicon's name, not the series word.
    A name typed Method by its shape alone ("NYU" of "NYU Depth-V2", rule "name") grows so too, and is that Dataset.
    ``keys``: the lexicon's Dataset names by :func:`~kg.extract.lexicon_data.name_key`.

    >>> t = "on MORPH Album 2, KITTI depth and ScanNet V2 scans, COCO Panoptic Segmentation"
    >>> keys = {"morphalbum2": (T.DATASET, "MORPH Album2", True), "kittidepth": (T.DATASET, "KITTI-Depth", False),
    ...         "scannetv2": (T.DATASET, "ScanNetV2", False), "cocopanoptic": (T.DATASET, "COCO panoptic", False)}
    >>> at = lambda w, k=T.DATASET: Candidate(t.index(w), t.index(w) + len(w), k, 60, "lexicon")
    >>> cs = [at("MORPH"), at("KITTI"), at("ScanNet"), at("COCO"), at("Panoptic Segmentation", T.TASK)]
    >>> [(t[c.start:c.end], c.canonical) for c in lexicon_continuations(t, cs, keys)][:4]
    [('MORPH Album 2', 'MORPH Album2'), ('KITTI', None), ('ScanNet V2', 'ScanNetV2'), ('COCO', None)]
    """
    if not keys:
        return cands
    out = []
    for c in cands:
        if c.type is T.DATASET or (c.type is T.METHOD and c.rule == "name"):  # a shape's guess: "Foo Depth-V2"
            pos, best = c.end, None
            for _ in range(3):
                m = _NAME_WORD.match(text, pos)
                if not m:
                    break
                pos = m.end(1)
                hit = keys.get(name_key(text[c.start:pos]))
                if hit is not None and not _cuts(cands, c.end, pos):
                    best = (pos, hit)
            if best is not None:
                (end, (_, canonical, curated)) = best
                # (a generated entry found so is no "lexicon-gen" match: own_systems would read "presents X" as a system)
                c = c._replace(end=end, type=T.DATASET, canonical=canonical, rule="lexicon" if curated else "grown")
        out.append(c)
    return out


#: The rest of a token after a name's last letter ("-stuff" of "COCO-stuff,"), a full stop after it aside.
_TOKEN_REST = re.compile(r"-[^\s,;:()\[\]]*?(?=\.?(?:[\s,;:()\[\]]|$))")
#: A hyphen piece that names a split of a data set, not a data set ("-test", "-val", "-train"; cf. NAMED_SPLIT)
_SPLIT_PIECE = re.compile(rf"-(?:{SPLIT_WORDS}|testing|valid|validation|train|training|trainval|minival)(?=-|$)",
                          re.I)
#: A hyphen piece that starts in lower case ("-stuff", "-patch")
_LOWER_PIECE = re.compile(r"-[a-z]")


def lexicon_hyphen_pieces(text: str, cands: list[Candidate], keys: dict,
                          lone: frozenset[str] = frozenset()) -> list[Candidate]:
    """A dataset name the text goes on writing after a hyphen, in any case, when the longer span is a Dataset name
    of the lexicon ("COCO-stuff" for COCO-Stuff, "EMNIST-digits"): the lexicon's name, not the shorter one it
    begins with; the longest such span up to a hyphen of the token is taken. A piece no lexicon name goes on
    with ("ImageNet-trained", "COCO-like") stays outside, and so does one that reads as an adjective
    (:func:`~kg.extract.entityhood.generic`: "EMNIST-balanced", which the entity-hood filters would drop whole),
    a split's word ("CelebA-test" is CelebA's test split: :data:`_SPLIT_PIECE`), and a lower-case piece that makes
    a name of ``lone`` (generated names one name list alone gives: "ImageNet-patch attacks" are no data set).
    ``keys``: as for :func:`lexicon_continuations`.

    >>> t = "on COCO-stuff, COCO-like scenes and EMNIST-digits-v2, CelebA-test and ImageNet-patch attacks"
    >>> keys = {"cocostuff": (T.DATASET, "COCO-Stuff", True), "emnistdigits": (T.DATASET, "EMNIST-Digits", False),
    ...         "celebatest": (T.DATASET, "CelebA-Test", False), "imagenetpatch": (T.DATASET, "ImageNet-Patch", False)}
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 60, "lexicon")
    >>> cs = lexicon_hyphen_pieces(t, [at("COCO"), at("COCO", 10), at("EMNIST"), at("CelebA"), at("ImageNet")],
    ...                            keys, frozenset({"imagenetpatch"}))
    >>> [(t[c.start:c.end], c.canonical, c.rule) for c in cs]  # doctest: +NORMALIZE_WHITESPACE
    [('COCO-stuff', 'COCO-Stuff', 'lexicon'), ('COCO', None, 'lexicon'), ('EMNIST-digits', 'EMNIST-Digits', 'grown'),
     ('CelebA', None, 'lexicon'), ('ImageNet', None, 'lexicon')]
    """
    out = []
    for c in cands:
        m = _TOKEN_REST.match(text, c.end) if keys and c.type is T.DATASET else None
        rest = m.group() if m else ""  # each piece's end, the whole token's last: "-stuff", "-digits-v2"
        ends = [c.end + i for i, ch in enumerate(rest) if ch == "-" and i] + ([c.end + len(rest)] if rest else [])
        for end in reversed(ends):
            hit = keys.get(name_key(text[c.start:end]))
            if hit is not None and _makes_the_name(text, cands, c, end, hit, lone):
                c = c._replace(end=end, canonical=hit[1], rule="lexicon" if hit[2] else "grown")
                break
        out.append(c)
    return out


def _makes_the_name(text: str, cands: list[Candidate], c: Candidate, end: int, hit: tuple,
                    lone: frozenset[str]) -> bool:
    """Whether the pieces ``text[c.end:end]`` written after ``c`` make the lexicon's Dataset ``hit`` (see
    :func:`lexicon_hyphen_pieces`): no candidate cut, no adjective, no split's word, no lower-case piece making a
    name only one list gives."""
    from kg.extract.entityhood import generic  # noqa: PLC0415 (entityhood imports this module)

    pieces = text[c.end:end]
    if hit[0] is not T.DATASET or _cuts(cands, c.end, end) or generic(text[c.start:end]):
        return False
    if _SPLIT_PIECE.search(pieces):
        return False
    return not (_LOWER_PIECE.search(pieces) and name_key(text[c.start:end]) in lone)


#: A capitalised token and the slash or space that joins it to the name written after it ("ETH/", "Penn ").
_PREFIX_BEFORE = re.compile(r"(?<![\w\-/.])([A-Z][\w\-]*)[/ ]$")


def lexicon_prefixes(text: str, cands: list[Candidate], keys: dict) -> list[Candidate]:
    """A dataset name written after a capitalised token and a slash or space that, with it, is a Dataset name of
    the lexicon written in another case or spacing ("ETH/Ucy" for ETH/UCY): the lexicon's name, not its second
    half, and a candidate inside it ("ETH") goes. ``keys``: the lexicon's Dataset names by
    :func:`~kg.extract.lexicon_data.name_key`.

    >>> t = "on the ETH/Ucy and the Foo/Ucy sets"
    >>> keys = {"eth/ucy": (T.DATASET, "ETH/UCY", False)}
    >>> at = lambda w, i=0: Candidate(t.index(w, i), t.index(w, i) + len(w), T.DATASET, 60, "dataset-context")
    >>> [(t[c.start:c.end], c.canonical) for c in lexicon_prefixes(t, [at("ETH"), at("Ucy"), at("Ucy", 20)], keys)]
    [('ETH/Ucy', 'ETH/UCY'), ('Ucy', None)]
    """
    if not keys:
        return cands
    out, grown = [], []
    for c in cands:
        m = _PREFIX_BEFORE.search(text, max(0, c.start - 20), c.start) if c.type is T.DATASET else None
        hit = keys.get(name_key(text[m.start(1):c.end])) if m else None
        if hit is not None:
            _, canonical, curated = hit
            c = c._replace(start=m.start(1), canonical=canonical, rule="lexicon" if curated else "grown")
            grown.append((c.start, c.end))
        out.append(c)
    return _without_pieces(out, grown)


#: A lone lower-case letter after a name ending in a number: a superscript the PDF spaced off ("COCO-20 i" for
#: COCO-20^i, "PASCAL-5 i, and ...").
_SPACED_SUPERSCRIPT = re.compile(r" ([a-z])(?=[\s,.;:)]|$)")


def spaced_superscripts(text: str, cands: list[Candidate], keys: dict) -> list[Candidate]:
    """A name ending in a number with a lone letter after it that, written together, is a Dataset name of the
    lexicon ("COCO-20 i", "PASCAL-5 i" for COCO-20i, PASCAL-5i): the lexicon's Dataset, not a series cut
    before its superscript (a shape guess makes "COCO-20" a Method).
    ``keys``: the lexicon's Dataset names by :func:`~kg.extract.lexicon_data.name_key`.

    >>> t = "on PASCAL-5 i and COCO-20 i splits"
    >>> keys = {"pascal5i": (T.DATASET, "PASCAL-5i", True), "coco20i": (T.DATASET, "COCO-20i", True)}
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 40, "acronym") for w in ("PASCAL-5", "COCO-20")]
    >>> [(t[c.start:c.end], c.type.value, c.canonical) for c in spaced_superscripts(t, cs, keys)]
    [('PASCAL-5 i', 'Dataset', 'PASCAL-5i'), ('COCO-20 i', 'Dataset', 'COCO-20i')]
    """
    out = []
    for c in cands:
        m = _SPACED_SUPERSCRIPT.match(text, c.end) if c.end and text[c.end - 1].isdigit() else None
        hit = keys.get(name_key(text[c.start:c.end] + m.group(1))) if m else None
        if hit is not None and hit[0] is T.DATASET:
            c = c._replace(end=m.end(1), type=T.DATASET, canonical=hit[1], rule="lexicon" if hit[2] else "grown")
        out.append(c)
    return out


#: An image size written after a name ("ImageNet 64×64", "CelebA 64 x 64"): the two sides of the resolution.
_RESOLUTION = re.compile(r" (\d{2,4}) ?[x×] ?(\d{2,4})(?![\w%]|\.\d)")


def dataset_resolutions(text: str, cands: list[Candidate], keys: dict) -> list[Candidate]:
    """A dataset name followed by an image size that the lexicon knows as a benchmark of its own ("ImageNet
    64×64", "CelebA 64 x 64": generative models report each resolution apart) takes the size, however the
    text writes the "×"; its canonical is the lexicon's name. A size the lexicon has no benchmark for ("COCO
    at 640×640") stays outside. ``keys``: as for :func:`lexicon_continuations`.

    >>> t = "on ImageNet 32 × 32, ImageNet 64×64 and COCO 640x640"
    >>> keys = {"imagenet32x32": (T.DATASET, "ImageNet 32x32", False), "imagenet64x64": (T.DATASET, "ImageNet 64x64", False)}
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 60, "lexicon")
    >>> [(t[c.start:c.end], c.canonical) for c in dataset_resolutions(t, [at("ImageNet"), at("ImageNet", 20), at("COCO")], keys)]
    [('ImageNet 32 × 32', 'ImageNet 32x32'), ('ImageNet 64×64', 'ImageNet 64x64'), ('COCO', None)]
    """
    if not keys:
        return cands
    out, grown = [], {}
    for c in cands:
        m = _RESOLUTION.match(text, c.end) if c.type is T.DATASET else None
        hit = keys.get(name_key(f"{text[c.start:c.end]}{m.group(1)}x{m.group(2)}")) if m else None
        if hit is not None and hit[0] is T.DATASET and not _cuts(cands, c.end, m.end()):
            c = c._replace(end=m.end(), canonical=hit[1], rule="lexicon" if hit[2] else "grown")
            grown[c.start] = c.end
        out.append(c)
    # the lexicon's shorter reading of the same words ("ImageNet 32" of "ImageNet 32 × 32") is that name cut
    return [c for c in out if not (c.type is T.DATASET and c.end < grown.get(c.start, 0))] if grown else out


#: Between two coordinated names: a comma, "and", "or", a slash.
_COORD_NAMES = re.compile(r"(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+|/)$")
_CAPITALS, _SMALL, _DIGITS = re.compile(r"[A-Z]+"), re.compile(r"[a-z]+"), re.compile(r"\d+")


def _shape(word: str) -> str:
    """A word's shape: runs of capitals, small letters and digits as "A", "a", "0" ("English-to-German" ->
    "Aa-a-Aa", "V2-35" -> "A0-0")."""
    return _CAPITALS.sub("A", _SMALL.sub("a", _DIGITS.sub("0", word)))


def elided_dataset_heads(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A one-token dataset name with a hyphen coordinated right after a longer dataset name whose last word has
    its shape ("WMT'14 English-to-French and English-to-German", "Speech Commands V2-12 and V2-35") is the other
    part of that name, its head left out: its canonical is the head with it (rule "version", read for this
    mention only, as :func:`kg.extract.results.name_lists.version_lists` reads "DAVIS 2016/2017").

    >>> t = "on WMT'14 English-to-French and English-to-German, on Speech Commands V2-12 and V2-35 and on KITTI VO, MVS-2"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 60, "list")
    >>> cs = [at("WMT'14 English-to-French"), at("English-to-German"), at("Speech Commands V2-12"), at("V2-35"),
    ...       at("KITTI VO"), at("MVS-2")]
    >>> [c.canonical for c in elided_dataset_heads(t, cs)]
    [None, "WMT'14 English-to-German", None, 'Speech Commands V2-35', None, None]
    """
    by_end = {c.end: c for c in cands if c.type is T.DATASET and " " in text[c.start:c.end]}
    if not by_end:
        return cands
    out = []
    for c in cands:
        name = text[c.start:c.end]
        if c.type is T.DATASET and "-" in name and " " not in name:
            m = _COORD_NAMES.search(text, max(0, c.start - 9), c.start)
            first = by_end.get(m.start()) if m else None
            if first is not None:
                head, last = text[first.start:first.end].rsplit(" ", 1)
                if _shape(last) == _shape(name) and last != name:
                    c = c._replace(canonical=f"{head} {name}", rule="version")
        out.append(c)
    return out


def spaced_dataset_parts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A dataset name found by its shape alone (rule "name") written right after another dataset name, one space
    between them and no comma or "and", is the rest of that name, not a second dataset: "COCO MVal", "KITTI VO",
    "NTU RGB-D-60" each name one benchmark (a subset or a track of the first), so the two are one name (rule
    "grown") and the pieces go. A name another rule found ("AFHQ CelebA-HQ" in a figure's labels) stays apart.

    >>> t = "on COCO MVal, KITTI VO, AFHQ CelebA-HQ and COCO, MVal"
    >>> at = lambda w, r, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 60, r)
    >>> cs = [at("COCO", "lexicon"), at("MVal", "name"), at("KITTI", "lexicon"), at("VO", "name"),
    ...       at("AFHQ", "lexicon"), at("CelebA-HQ", "lexicon"), at("COCO", "lexicon", 40), at("MVal", "name", 40)]
    >>> [t[c.start:c.end] for c in spaced_dataset_parts(t, cs)]
    ['COCO MVal', 'KITTI VO', 'AFHQ', 'CelebA-HQ', 'COCO', 'MVal']
    """
    by_end = {c.end: c for c in cands if c.type is T.DATASET}
    out, grown = [], []
    for c in cands:
        first = by_end.get(c.start - 1) if c.type is T.DATASET and c.rule == "name" else None
        if first is not None and text[c.start - 1] == " " and first.start < c.start:
            merged = c._replace(start=first.start, canonical=None, rule="grown")
            grown.append((merged.start, merged.end))
            out.append(merged)
        else:
            out.append(c)
    return _without_pieces(out, grown) if grown else out


def _cuts(cands: list[Candidate], start: int, end: int) -> bool:
    """Whether a span from ``start`` to ``end`` would cut a candidate that begins inside it and goes on past it
    ("COCO Panoptic Segmentation": "COCO Panoptic" would cut the task)."""
    return any(start < o.start < end < o.end for o in cands)


#: Rules that find a dataset's last word by the words around it (a data word after, a list).
_JOINING_RULES = frozenset({"dataset-context", "list", "name"})


def dataset_editions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Dataset candidates with the year or version written right after them ("ICDAR 2015", "PRID 2011",
    "VQA v2"): an edition is a dataset of its own, the series name alone is not the one used. (An acronym
    typed by its shape only is left alone: with a year it is as often a challenge or a venue, "NTIRE 2021".)

    >>> t = "on ICDAR 2015 and PRID 2011, and CIFAR-10 2019 runs"
    >>> c = [Candidate(3, 8, T.DATASET, 60, "lexicon-gen", "ICDAR"), Candidate(18, 22, T.DATASET, 50, "name"),
    ...      Candidate(33, 41, T.DATASET, 60, "lexicon")]
    >>> [(t[x.start:x.end], x.canonical) for x in dataset_editions(t, c)]
    [('ICDAR 2015', None), ('PRID 2011', None), ('CIFAR-10', None)]
    """
    out = []
    spans = {(c.start, c.end) for c in cands if c.type is T.DATASET}
    for c in cands:
        if c.type is T.DATASET and (not text[c.end - 1:c.end].isdigit() or text[c.end:c.end + 1] in "'’"):
            m = _EDITION.match(text, c.end)  # ("Hub5'00": a year after an apostrophe, whatever the name ends in)
            if m and (c.start, m.end()) not in spans:  # (a lexicon entry with it keeps its canonical)
                c = c._replace(end=m.end(), canonical=None, rule=grown_rule(c.rule))
        out.append(c)
    return out


#: A technique's head noun written with a capital ("Network", "Transformer", "Encoder"): not a weak one ("Model",
#: "Learning") nor a kind word ("Architecture", "Module", "Algorithms"), which follow any name as the kind of
#: thing it is.
_TITLE_TECH_HEADS = "|".join(sorted((w.capitalize() for w in METHOD_HEADS - WEAK_HEADS - KIND_NOUNS
                                     - {"architecture", "algorithms"} if w.isalpha()), key=lambda w: (-len(w), w)))
#: Up to two plain Title Case words and a capitalised technique head after a name, the last capitalised word
#: ("Attentive Structured Network"; not "Bidirectional Encoder" of "... Encoder Representations").
_TITLE_HEAD_AFTER = re.compile(r"((?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)*){0,2}?) (?:" + _TITLE_TECH_HEADS +
                               r")(?![\w\-])(?! +[A-Z][a-z])")
#: The measure noun after a metric's unknown name: "the QuokkaCLIP score", "the Foo Distance".
_MEASURE_AFTER_NAME = re.compile(r" (?:[Ss]core|[Dd]istance)(?![\w\-])")
#: The noun of a measure between two things after a coined name a shape rule took for a technique: "the
#: QuokkaMover distance" (written in lower case: "the FooBar Distance Network" is a network).
_BETWEEN_AFTER_NAME = re.compile(r" (?:" + "|".join(_BETWEEN_HEADS) + r")(?![\w\-])(?! +[A-Z][a-z])")
_NOT_NAME_WORDS = frozenset(FUNCTION_WORDS | TITLE_NP_STOP)
#: Nouns of an operation done on the thing a name before them names: "RoI pooling" pools regions of interest,
#: "QX attention" attends over QX; the name and the noun are the technique. Role nouns ("encoder", "network"),
#: training stages ("pre-training": "IG-65M pre-training" trains on IG-65M) and "loss" (a named loss is its name)
#: are not among them.
_OPERATION_HEADS = ("pooling", "attention", "convolution", "convolutions", "sampling", "normalization",
                    "quantization")
_OPERATION_AFTER = re.compile(r" (?:" + "|".join("[" + w[0].upper() + w[0] + "]" + w[1:] for w in _OPERATION_HEADS)
                              + r")(?![\w\-])(?! +[A-Z][a-z])")
#: A coined word: small letters inside and a capital after the first letter, no plural acronym ("CNNs") and no
#: hyphen piece in small letters ("LSTM-based" describes what follows it).
_COINED = re.compile(r"(?![A-Z]+s$)(?=.*[a-z])(?=.[^-]*[A-Z]|.*-[A-Z])[A-Za-z0-9]+(?:-(?:[A-Z0-9][A-Za-z0-9]*))*")
#: An acronym in capitals (and digits, hyphens): "QX", "L2", "QX-2"; no plural ("CNNs") or "-based" piece.
_CAPS_NAME = re.compile(r"[A-Z][A-Z0-9\-]*[A-Z0-9]")
#: The suffix that makes a name the kind of a thing: "a QuokkaM-type metric" is the metric QuokkaM.
_TYPE_SUFFIX = "-type"


def headed_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A coined name (a shape rule's word with small letters in it, no other rule's name) followed by Title Case
    words and a capitalised technique head is one name: "the QuokkaGrad Structured Network" is that network, and
    "QuokkaGrad" alone names a piece of it; a candidate inside the grown name ("Transformer") is dropped. A
    metric's coined name takes the "score" or "distance" after it ("the QuokkaCLIP score"). An acronym in capitals
    ("RNN Decoder", "an 81% QM score" reports QM), a name another rule knows ("mIoU score"), a plural acronym
    ("CNNs") or a describing compound ("LSTM-based Recurrent Network") stay as they are, and a function word in a
    title ("For", "Using") ends the run. A coined name or an acronym in capitals takes a lower-case noun of a
    measure between two things after it ("the QX divergence" is that divergence, not a headless "QX"). A name
    made a kind with "-type" is the name ("a QuokkaM-type metric" is QuokkaM). A Method's coined name or acronym
    takes a noun of an operation after it (:data:`_OPERATION_HEADS`): "RoI pooling" is the technique, "RoI" a region.

    >>> t = ("the QuokkaGrad Structured Network, the LogFoo Transformer, an RNN Decoder, a QuokkaCLIP score, "
    ...      "the WomBat Architecture, NumBat Deep Encoder Representations, a QuokkaM-type metric")
    >>> at = lambda w, k: Candidate(t.index(w), t.index(w) + len(w), k, 50, "name")
    >>> cs = [at("QuokkaGrad", T.METHOD), at("LogFoo", T.METHOD), at("RNN", T.METHOD), at("QuokkaCLIP", T.METRIC),
    ...       at("WomBat", T.METHOD), at("NumBat", T.METHOD), at("QuokkaM-type", T.METRIC)]
    >>> [t[c.start:c.end] for c in headed_names(t, cs)]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['QuokkaGrad Structured Network', 'LogFoo Transformer', 'RNN', 'QuokkaCLIP score', 'WomBat', 'NumBat',
     'QuokkaM']
    """
    known = {(c.start, c.end) for c in cands if c.rule != "name"}  # another rule's name: "mIoU" of "mIoU score"
    out, grown = [], []
    for c in cands:
        if c.rule == "name" and (c.start, c.end) not in known:
            m = _grown_head(text, c)
            if m is not None:
                c = c._replace(end=m)
                grown.append((c.start, m))
            elif text.endswith(_TYPE_SUFFIX, c.start, c.end) and c.end - c.start > len(_TYPE_SUFFIX) + 1:
                c = c._replace(end=c.end - len(_TYPE_SUFFIX))  # "a QuokkaM-type metric": the metric QuokkaM
        out.append(c)
    # the head's own candidates ("Transformer") are pieces of the grown name
    return _without_pieces(out, grown)


def _grown_head(text: str, c: Candidate) -> int | None:
    """Where a shape-rule candidate's name ends when it takes the head after it (:func:`headed_names`)."""
    name = text[c.start:c.end]
    if " " in name or c.type not in (T.METHOD, T.METRIC):
        return None
    m = _BETWEEN_AFTER_NAME.match(text, c.end)  # "the QuokkaMover distance", "the QX divergence": a distance between
    if m and (_COINED.fullmatch(name) or _CAPS_NAME.fullmatch(name)):  # two things, whatever typed it, an acronym
        return m.end()  # in capitals too (no headless "QX"); "ECDF-based distances" stay a description
    m = _OPERATION_AFTER.match(text, c.end) if c.type is T.METHOD else None
    if m and (_COINED.fullmatch(name) or _CAPS_NAME.fullmatch(name)) and not _written_alone(text, name):
        return m.end()  # "RoI pooling", "the QX attention": the operation on what the name names
    if not _COINED.fullmatch(name):
        return None  # an acronym in capitals is the measure's name ("an 81% QM score" reports QM)
    if c.type is T.METRIC:
        m = _MEASURE_AFTER_NAME.match(text, c.end)
        return m.end() if m else None
    m = _TITLE_HEAD_AFTER.match(text, c.end)
    if m is None or any(w.lower() in _NOT_NAME_WORDS for w in m.group(1).split()):
        return None
    return m.end()


def _written_alone(text: str, name: str) -> bool:
    """Whether the text also writes a name on its own, right before a comma, stop or closing parenthesis and not
    as an acronym in parentheses: "we develop QuokkaS, a sampler ... QuokkaS sampling" names the sampler QuokkaS,
    so the operation noun after it is no part of its name ("foreground-first (FF) attention" still grows).

    >>> _written_alone("We develop QuokkaS, a sampler. Samples vary under QuokkaS sampling.", "QuokkaS")
    True
    >>> _written_alone("the foreground-first (FF) attention. The FF attention looks at the front.", "FF")
    False
    """
    return re.search(r"(?<![(\w\-])" + re.escape(name) + r" ?[,.;:)]", text) is not None


#: A variant written onto a name with no space: "-LT", "-SEG", "-Ref+", "-2011", a bare "+" ("DeepID2+"), or
#: several such pieces ("-Stuff-10K", "-HQ-256"). A hyphen takes a capitalised or numeric piece (a number may
#: carry a capitalised unit: "10K"); "-based", "-style" stay outside (lower case), and so does a token that goes
#: on in lower case after a piece ("-10-trained": no variant at all), and a version range ("MultiWOZ 2.1-2.4": a
#: dotted number after a name that ends in a digit).
_VARIANT = re.compile(r"(?:-(?:[A-Z][A-Za-z0-9]*|\d+(?![.\d])(?:[A-Z][A-Za-z0-9]*)?))*\+?(?![\w\-+])")
#: A "+" and one capital (and its number) closing a token: the last letter of a name ("NTU-RGB+D", "RGB+D120"),
#: which no name is alone ("HOG+LUV", "ZSL+DG": two names joined by a "+").
_PLUS_LETTER = re.compile(r"\+[A-Z]\d*(?![\w\-+])")
#: Capitalised hyphen pieces that say how a thing is built or used, not which variant it is ("CNN-Based").
_NOT_VARIANT = frozenset({"based", "style", "like", "level", "free", "aware", "specific", "only", "trained",
                          "pretrained", "driven", "guided", "inspired", "related"})


def _before_a_name(grown: str, at: int, starts: set[int]) -> str:
    """The variant pieces ``grown`` written from ``at`` up to the first hyphen a candidate of any type starts
    after: a name written there ("ImageNet-ResNet-50": a data set and the model trained on it) is no variant of
    the one before it.

    >>> _before_a_name("-1K-ViT-B", 8, {12}), _before_a_name("-ResNet-50", 8, {9}), _before_a_name("-LT", 8, set())
    ('-1K', '', '-LT')
    """
    pos = at
    for piece in grown.split("-")[1:]:
        if pos + 1 in starts:
            return grown[:pos - at]
        pos += 1 + len(piece)
    return grown


def name_variants(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Dataset names the text goes on writing with no space ("CIFAR100-LT", "Kvasir-SEG", "CLEVR-Ref+",
    "Caltech-UCSD Birds 200-2011") and Method names with a "+" ("DeepID2+") take the whole token: the
    lexicon's shorter name is another data set or model, cut inside a word. So does a name closed by a "+" and
    one capital ("NTU-RGB+D": :data:`_PLUS_LETTER`). A name of any type after a hyphen ends the variant
    (:func:`_before_a_name`): "MNIST-USPS" transfer is a pair, "ImageNet-ResNet-50" a data set and a model.

    >>> t = "on CIFAR100-LT, CLEVR-Ref+, ImageNet-based, MultiWOZ 2.1-2.4, MNIST-USPS and DeepID2+ or HOG+LUV"
    >>> at = lambda w, k: Candidate(t.index(w), t.index(w) + len(w), k, 60, "lexicon")
    >>> cs = [at("CIFAR100", T.DATASET), at("CLEVR", T.DATASET), at("ImageNet", T.DATASET),
    ...       at("MultiWOZ 2.1", T.DATASET), at("MNIST", T.DATASET), at("USPS", T.DATASET),
    ...       at("DeepID2", T.METHOD), at("HOG", T.METHOD)]
    >>> [t[c.start:c.end] for c in name_variants(t, cs)]
    ['CIFAR100-LT', 'CLEVR-Ref+', 'ImageNet', 'MultiWOZ 2.1', 'MNIST', 'USPS', 'DeepID2+', 'HOG']
    >>> t = "on COCO-Stuff-10K and CIFAR-10-trained nets"
    >>> [t[c.start:c.end] for c in name_variants(t, [at("COCO", T.DATASET), at("CIFAR", T.DATASET)])]
    ['COCO-Stuff-10K', 'CIFAR']
    """
    starts = {c.start for c in cands}
    out = []
    for c in cands:
        if c.type in (T.DATASET, T.METHOD) and text[c.end:c.end + 1] in ("-", "+"):
            m = _VARIANT.match(text, c.end) or _PLUS_LETTER.match(text, c.end)
            grown = _before_a_name(m.group() if m else "", c.end, starts)
            if c.type is T.METHOD and not grown.startswith("+"):
                grown = ""
            pieces = grown.rstrip("+").split("-")[1:]
            dotted = text[c.end - 1].isdigit() and re.match(r"-\d+\.", text[c.end:])
            if grown and not dotted and not any(p.lower() in _NOT_VARIANT for p in pieces):
                c = c._replace(end=c.end + len(grown), canonical=None, rule=grown_rule(c.rule))
        out.append(c)
    return out


#: A version written after a Method's name: "V2", "v1.1" after a space or hyphen, whatever follows; a bare digit
#: ("Deep Speech 2", "ERNIE 2.0") only before punctuation with no space: "FooNet 2 ," is a footnote mark
#: (:func:`footnote_marks`), "BERT 2 times" a count, "1)" an enumeration.
_METHOD_VERSION = re.compile(r"[ \-][vV]\d+(?:\.\d+)?(?![\w%]|\.\d)| (?:\d\.\d|[2-9](?!\)))(?=[,;:)]|\.(?!\d)|$)")


def method_versions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A Method name the text goes on writing with a version ("Deep Speech 2", "BiSeNet V2", "UDPipe 2.0")
    takes it: the version is a model of its own, and the name alone (the lexicon's, often) is the first one. A
    name that ends in a digit keeps its span ("ResNet 50" is the lexicon's or another rule's business), and so
    does a span another candidate starts at the version.

    >>> t = "beats Deep Speech 2, BiSeNet V2 and SimNet v1.1 in it; BERT 2 times, LSTM 2 , and TinyNet 1) or 2.5 hours"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 60, "lexicon")
    >>> cs = [at(w) for w in ("Deep Speech", "BiSeNet", "SimNet", "BERT", "LSTM", "TinyNet")]
    >>> [(t[c.start:c.end], c.rule) for c in method_versions(t, cs)][:3]
    [('Deep Speech 2', 'grown'), ('BiSeNet V2', 'grown'), ('SimNet v1.1', 'grown')]
    >>> [t[c.start:c.end] for c in method_versions(t, cs)][3:]
    ['BERT', 'LSTM', 'TinyNet']
    """
    starts = {c.start for c in cands}
    out = []
    for c in cands:
        m = _METHOD_VERSION.match(text, c.end) if c.type is T.METHOD and text[c.end - 1:c.end].isalpha() else None
        if m is not None and c.end + 1 not in starts:
            c = c._replace(end=m.end(), canonical=None, rule=grown_rule(c.rule))
        out.append(c)
    return out


#: Name-like pieces joined by hyphens before a name, from the start of a token: each begins with a capital or a
#: digit ("Wave-", "STMC-", "Glow-", "3D-"); a lower-case piece ("pre-", "multi-") is a modifier.
_COMPOUND_HEAD = re.compile(r"(?<![\w\-+/.])(?:[A-Z0-9][A-Za-z0-9]*-)+$")
#: English bound prefixes, capitalised at a sentence or title word's start: they modify, they name nothing.
BOUND_PREFIXES = frozenset({"multi", "self", "semi", "non", "pre", "post", "bi", "co", "cross", "anti", "sub",
                             "super", "inter", "intra", "un", "re", "de", "over", "under", "out", "mid", "meta",
                             "hyper", "ultra", "micro", "macro", "mini", "auto", "quasi", "pseudo", "single",
                             "zero", "few", "one", "two", "low", "high", "full", "half", "end", "all", "top",
                             # a template's run-in heads: "Index Terms-Object detection", "Abstract-Weakly ..."
                             "terms", "keywords", "index", "abstract"})


def compound_prefix(text: str, start: int) -> int | None:
    """Where the name-like compound that ``start`` continues after a hyphen begins ("Wave-U-Net" for a name at
    "U-Net"), or None: no hyphen before it, a lower-case or bound prefix ("pre-", "Multi-", "Self-"), a
    template's head ("Index Terms-").

    >>> t = "Wave-U-Net, pre-BERT, Multi-Task, the STMC-Transformer. Index Terms-Object detection"
    >>> [compound_prefix(t, t.index(w)) for w in ("U-Net", "BERT", "Task", "Transformer", "Object")]
    [0, None, None, 38, None]
    """
    if start < 2 or text[start - 1] != "-":
        return None
    m = _COMPOUND_HEAD.search(text, max(0, start - 40), start)
    if m is None or any(p.lower() in BOUND_PREFIXES for p in m.group().split("-")[:-1]):
        return None
    return m.start()


def compound_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name the text writes after a name-like piece and a hyphen is part of a longer name ("Wave-U-Net",
    "Glow-TTS", "Mini-ImageNet"): the compound takes the whole token and the name's type, and a one-word task
    so named is a system that does it ("Glow-TTS" is a Method). A known name of the same type before the hyphen
    makes a pair ("CNN-LSTM"; a task's name opens a model's, "QA-GNN"); a compound another rule found keeps
    its type ("on DukeMTMC-ReID"); a metric only when written as a name (:func:`_compound_end`: "Trajectory-IoU";
    "Speed-Accuracy" keeps its qualifier), bound prefixes stay modifiers ("Multi-Task", "Macro-F1").

    >>> t = "We adapt Wave-U-Net and Glow-TTS for TTS, a CNN-LSTM, QA-GNN and a Multi-Task U-Net"
    >>> at = lambda w, k, r="lexicon": Candidate(t.index(w), t.index(w) + len(w), k, 60, r)
    >>> cs = [at("U-Net", T.METHOD), at("TTS", T.TASK), at("CNN", T.METHOD), at("LSTM", T.METHOD),
    ...       at("QA", T.TASK), at("GNN", T.METHOD)]
    >>> [(t[c.start:c.end], c.type.value) for c in compound_names(t, cs)]
    [('Wave-U-Net', 'Method'), ('Glow-TTS', 'Method'), ('CNN', 'Method'), ('LSTM', 'Method'), ('QA-GNN', 'Method')]
    """
    known = {(c.end, c.type) for c in cands if c.rule.startswith("lexicon") or c.rule == "grown"}
    spans = {(c.start, c.end) for c in cands}
    ends = {c.end for c in cands}
    out, grown = [], []
    for c in cands:
        s = compound_prefix(text, c.start) if _compound_end(text, c, ends) else None
        if s is not None and (s, c.end) in spans:  # another rule found the compound: its type stands
            grown.append((s, c.end))
        elif s is not None and (c.start - 1, c.type) not in known:
            kind = _compound_kind(text, c, s, cands)
            c = c._replace(start=s, type=kind, canonical=None, rule=grown_rule(c.rule))
            grown.append((c.start, c.end))
        out.append(c)
    return _without_pieces(out, grown)


def _compound_kind(text: str, c: Candidate, start: int, cands: list[Candidate]):
    """The type of the compound from ``start`` that candidate ``c`` closes: a one-word task so named is a system
    that does it ("Glow-TTS" is a Method); a metric so named is what the paper's other candidates of that very
    name say it is ("Smooth-AP: ..." a title's Method is the objective, not a measure); else ``c``'s type."""
    if c.type is T.TASK and " " not in text[c.start:c.end]:
        return T.METHOD
    if c.type is T.METRIC:
        name = text[start:c.end]
        return next((o.type for o in cands if o.type is not T.METRIC and text[o.start:o.end] == name), c.type)
    return c.type


#: A task's acronym: one word with two capitals ("QA", "ReID", "VQA").
_TASK_ACRONYM = re.compile(r"(?=(?:[a-z0-9]*[A-Z]){2})[A-Za-z][A-Za-z0-9]*")
#: The rest of a token written on after a hyphen as a name: a piece led by a capital or a digit, to the token's end
#: ("-Conv", "-FSOD", "-CPv2"; the first piece is group 1).
_NAME_TAIL = re.compile(r"-([A-Z0-9][A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*(?![\w\-+])")


def task_acronym_heads(text: str, cands: list[Candidate], common: frozenset[str] = frozenset()) -> list[Candidate]:
    """A task's acronym that opens a token the text goes on writing as a name after a hyphen ("the QA-Conv
    matcher", "an IR-FSOD detector", "on VQA-CPv2") is the first piece of a model's or data set's name: no Task.
    A describing piece ("QA-Based", "ReID-Specific"), a grammar word (a dash lost: "VQA-The") and a candidate
    starting after the hyphen (a pair, "ASR-TTS", or a compound, "QA-GNN": :func:`compound_names`) leave it,
    and so does a plain word after the hyphen that is an everyday word (``common``), a kind or thing noun or a
    task head ("QA-Systems", "POS-Tagging", "VQA-Datasets": the task's own systems, tagging, data).

    >>> t = "the QA-Conv matcher, QA-Based models, VQA-The and ASR-TTS, on VQA-CPv2"
    >>> head = lambda w, n: Candidate(t.index(w), t.index(w) + n, T.TASK, 60, "lexicon")
    >>> cs = [head("QA-C", 2), head("QA-B", 2), head("VQA-T", 3), head("ASR", 3), head("TTS", 3), head("VQA-C", 3)]
    >>> [text for c in task_acronym_heads(t, cs) for text in [t[c.start:c.end + 2]]]
    ['QA-B', 'VQA-T', 'ASR-T', 'TTS, ']
    """
    starts = {c.start for c in cands}
    return [c for c in cands if not _opens_a_name(text, c, starts, common)]


def _opens_a_name(text: str, c: Candidate, starts: set[int], common: frozenset[str] = frozenset()) -> bool:
    """Whether a Task candidate is an acronym a name goes on from after a hyphen (:func:`task_acronym_heads`)."""
    if c.type is not T.TASK or c.end + 1 in starts or (c.start and (text[c.start - 1].isalnum() or
                                                                    text[c.start - 1] == "-")):
        return False
    m = _NAME_TAIL.match(text, c.end)
    if m is None or not _TASK_ACRONYM.fullmatch(text, c.start, c.end):
        return False
    piece = m.group(1).lower()
    if m.group(1)[1:].islower() and {piece, piece.rstrip("s")} & (common | THING_NOUNS | TASK_HEADS):
        return False  # a plain word: "QA-Systems", "POS-Tagging", "VQA-Datasets"
    return piece not in _NOT_VARIANT and piece not in FUNCTION_WORDS


#: A metric written as a name, not a word: a capital or a digit after its first letter ("IoU", "FID", "F1",
#: "mAP", "CIDEr"; not "Accuracy", "precision").
_METRIC_NAME = re.compile(r"\w+[A-Z0-9]\w*")


def _compound_end(text: str, c: Candidate, ends: set[int]) -> bool:
    """Whether a candidate can close a compound name after a hyphen (:func:`compound_names`): a name of any
    type but a metric; a metric written as a name after a piece that names nothing itself: "Trajectory-IoU",
    "Scene-FID" and "Content-F1" are measures of their own, where "Speed-Accuracy" and "High-Precision" only
    qualify a word and "COCO-AP" is COCO's AP.

    >>> t = "a Trajectory-IoU, Speed-Accuracy and COCO-AP"
    >>> at = lambda w, k: Candidate(t.index(w), t.index(w) + len(w), k, 60, "lexicon")
    >>> [_compound_end(t, at(w, T.METRIC), {t.index("COCO") + 4}) for w in ("IoU", "Accuracy", "AP")]
    [True, False, False]
    """
    if c.type is not T.METRIC:
        return True
    return bool(_METRIC_NAME.fullmatch(text, c.start, c.end)) and c.start - 1 not in ends



#: The bound prefixes that make another word of the one a hyphen joins them to ("bi-", "semi-", "meta-",
#: "Intra-": "semi-CRF" is no CRF); free words that only modify ("single-", "high-") and headers are not here.
_WORD_PREFIXES = BOUND_PREFIXES - {"over", "under", "out", "one", "two", "zero", "few", "single", "low", "high",
                                   "full", "half", "end", "all", "top", "terms", "keywords", "index", "abstract"}
#: Prefixes that name no thing of the word they join: a negation ("non-CNN" models, "non-meta-learning" ones use
#: none) or, written in lower case, a stage before or after it ("pre-CNN features", "post-softmax scores");
#: a name in capitals stays one ("PRE-NAS", "Pre-ResNets").
_NEGATING = frozenset({"non", "anti"})
_STAGE = frozenset({"pre", "post"})
#: The first piece of a hyphenated token, right before the hyphen a match starts after.
_FIRST_PIECE = re.compile(r"(?<![\w\-])([^\W\d_]+)-$")


def prefixed_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A match right after a bound prefix and a hyphen ("bi-LSTMs", "Intra-FID", "meta-transfer learning") or
    a short lower-case piece ("k-GNNs", "sm-LSTM") starts inside a word: it takes the whole word, the thing
    so prefixed; a negated or staged thing ("non-CNN", "pre-CNN features") and a measure word made another
    word ("hyper-parameters") are dropped. A full word that only modifies ("single-image"), a template's head
    ("Index Terms-"), a function word ("to-") and a task (:mod:`kg.extract.task_bounds` reads its prefixes)
    leave the match as it is.

    >>> t = "a bi-LSTMs tagger, k-GNNs, non-CNN models, single-image super-resolution"
    >>> at = lambda w, k: Candidate(t.index(w), t.index(w) + len(w), k, 60, "lexicon")
    >>> cs = [at("LSTMs", T.METHOD), at("GNNs", T.METHOD), at("CNN", T.METHOD), at("super-resolution", T.TASK)]
    >>> [t[c.start:c.end] for c in prefixed_names(t, cs)]
    ['bi-LSTMs', 'k-GNNs', 'super-resolution']
    """
    spans = {(c.start, c.end) for c in cands}
    out = []
    for c in cands:
        m = _FIRST_PIECE.search(text, max(0, c.start - 12), c.start) \
            if c.type is not T.TASK and text[c.start - 1:c.start] == "-" else None
        piece = m.group(1) if m else ""
        low = piece.lower()
        if not m or not (low in _WORD_PREFIXES or (len(piece) <= 2 and piece.islower() and low not in FUNCTION_WORDS)):
            out.append(c)
        elif low in _NEGATING or piece in _STAGE or _prefixed_word(text, c):
            continue  # "non-CNN", "pre-CNN features"; "hyper-parameters" is no measure
        elif (m.start(), c.end) not in spans:
            out.append(c._replace(start=m.start(), canonical=None, rule=grown_rule(c.rule)))
    return out


def _prefixed_word(text: str, c: Candidate) -> bool:
    """Whether a metric is one lower-case word a prefix makes another word of ("hyper-parameters"), unlike a
    phrase whose head still measures ("sub-pixel accuracy") or a name ("Intra-FID")."""
    return c.type is T.METRIC and text[c.start:c.end].isalpha() and text[c.start:c.end].islower()


def _without_pieces(out: list[Candidate], grown) -> list[Candidate]:
    """The candidates but those strictly inside a grown name's span (``grown``: (start, end) pairs)."""
    return [c for c in out if not any(a <= c.start and c.end <= b and (c.start, c.end) != (a, b) for a, b in grown)]


#: A lower-case word glued by a hyphen to a word with two capitals, the whole token: "fast-QGS", "slow-QGSs"
_LOWER_THEN_CAPS = re.compile(r"(?<![\w-])([a-z]{3,})-([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*?)s?(?![\w-])")
#: the word before a token, at the end of the text before it
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def acronym_variants(text: str, cands: list[Candidate], acronyms: dict) -> list[Candidate]:
    """A lower-case word glued by a hyphen to an acronym the text defines for a Method ("we train with Quokka
    Gradient Smoothing (QGS) ... we also propose slow-QGS") names a variant of it: the whole token is one
    Method's name (rule "named"), not a use of the acronym; a negated or staged one ("non-QGS", "pre-QGS") and a
    function word ("the-QGS") are no variant, nor a noun that ends a name's phrase, a dash lost between it and the
    acronym ("in five lines of Zorb code-QGS runs"); an acronym of data or of a task is left as it is.

    >>> t = "Quokka Gradient Smoothing (QGS) helps; slow-QGS helps more than non-QGS training or Zorb code-QGS."
    >>> cs = [Candidate(0, 25, T.METHOD, 90, "acronym"), Candidate(t.index("QGS h"), t.index("QGS h") + 3, T.METHOD, 90, "name")]
    >>> [(t[c.start:c.end], c.rule) for c in acronym_variants(t, cs, {"QGS": (0, 25)})]
    [('Quokka Gradient Smoothing', 'acronym'), ('slow-QGS', 'named')]
    """
    if not any(f"-{short}" in text for short in acronyms):
        return cands  # (no acronym written after a hyphen: most docs, no regex run)
    methods = {(c.start, c.end) for c in cands if c.rule == "acronym" and c.type is T.METHOD}
    grown = []
    for m in _LOWER_THEN_CAPS.finditer(text):
        low = m.group(1)
        if acronyms.get(m.group(2)) not in methods or low in _NEGATING or low in _STAGE or low in FUNCTION_WORDS:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        word = before.group(1) if before else ""
        if word[:1].isupper() and len(word) > 1 and word.lower() not in FUNCTION_WORDS:  # (not "A slow-QGS")
            continue  # "Zorb code-QGS": the noun of the name before it
        grown.append(Candidate(m.start(), m.end(), T.METHOD, 90, "named"))
    if not grown:
        return cands
    out = [c for c in cands if not any(g.start <= c.start and c.end <= g.end for g in grown)] + grown
    return sorted(out, key=lambda c: (c.start, -c.end))
