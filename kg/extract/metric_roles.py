"""Metrics named without a number, decided by the role of the words around them.

A measure word such as "accuracy", "sparsity" or "speed" is a metric when the sentence evaluates,
compares or costs with it ("improve the speed, memory usage, and accuracy", "a reduced training error",
"outperforms X in classification accuracy and diversity", "results in moderate inter-annotator
agreement"), whether or not a number stands beside it. The component finds the measure words with its
PhraseMatcher (cue group ``MEASURE``); :func:`role_metrics` looks only there.
"""
from __future__ import annotations

import re

from kg.extract import rules, words
from kg.extract.rules import Candidate
from kg.vocab import EntityType as T

Span = tuple[int, int]

#: Head words of measures that need no number to be metrics when a comparison or evaluation names them.
#: (the cue group ``MEASURE`` of :data:`kg.extract.words.CUE_WORDS`)
MEASURE_HEADS = rules.CUE_WORDS["MEASURE"]
#: Words right before a measure (after an optional determiner) that compare or evaluate with it. Not
#: "minimize"/"maximize": what a method minimises is its training objective ("minimizing the reprojection
#: error", "maximize code sparsity"), not a measure it is scored with.
ROLE_WORDS = frozenset(
    words.inflect("improve", "increase", "reduce", "decrease", "enhance", "boost", "lower", "raise", "achieve",
                  "attain", "degrade", "sacrifice", "compromise", "trade")
    + ["improving", "increasing", "reducing", "decreasing", "enhancing", "boosting", "lowering", "raising",
       "achieving", "attaining", "higher", "lower", "smaller", "larger", "greater",
       "better", "worse", "high", "low", "moderate", "competitive", "superior", "comparable", "state-of-the-art",
       "best", "strong", "stronger", "good", "poor", "excellent", "remarkable", "impressive", "top"])
_DETERMINERS = frozenset({"the", "its", "their", "our", "a", "an", "overall", "average", "mean"})
_WORD_BEFORE = re.compile(r"([A-Za-z][\w\-]*)\s+$")
_IN_TERMS = re.compile(r"(?:\bin terms of|\bmeasured by|\bevaluated by|"
                       r"\b(?:outperform|beat|surpass|exceed|rival)\w*\b[^.;:]{0,100}?\s(?:in|on))\s+$", re.I)
_GLUE = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)"
#: What lies between two members of a list: glue, maybe with up to three short members between them.
_LIST_BETWEEN = re.compile(_GLUE + r"(?:(?:[\w\-]+ ){0,2}[\w\-]+" + _GLUE + r"){0,3}")
_RELATION_AFTER = re.compile(r"\s+(?:with|between|of\s+[a-z]+ing)\b")
_NEXT_WORD = re.compile(r" ([A-Za-z]+)\b")
#: Words after a measure that continue the sentence, not a compound ("accuracy while", "error remains").
_AFTER_OK = frozenset({"than", "compared", "relative", "across", "per", "under", "over", "at", "versus", "vs",
                       "remain", "drop", "increase", "decrease", "improve", "trade", "tradeoff", "trade-off"})
_STOP = frozenset(rules.BAD_MODIFIERS | rules.NON_MODIFIERS)


def _modifier(word: str) -> bool:
    """Whether a word may modify a measure head ("training", "activation", "inter-annotator")."""
    low = word.lower()
    if low in _STOP or low in ROLE_WORDS or not word.replace("-", "").isalpha() or word != low:
        return False
    if low.endswith("ly") or (low.endswith("ing") and low not in rules.ING_OK):
        return False
    return not (low.endswith("ed") and "-" not in low and low not in rules.ED_OK)


def _modifies_next(word: str) -> bool:
    """Whether a measure word before ``word`` modifies it ("fidelity generation", "speed camera"): the next
    word is a noun-like word, neither a function word, verb nor adverb."""
    low = word.lower()
    if low in _STOP or low in _AFTER_OK or low.endswith(("ly", "ed")) or (low.endswith("s") and not low.endswith("ss")):
        return False
    return word.isalpha()


def _phrase_start(text: str, head_start: int) -> int:
    """The start of the measure phrase ending in the head at ``head_start``: up to two modifiers before it."""
    start = head_start
    for _ in range(2):
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if not m or not _modifier(m.group(1)) or m.end() != start:
            break
        start = m.start(1)
    return start


def _in_role(text: str, start: int, prev_end: int) -> bool:
    """Whether the words before a measure phrase starting at ``start`` compare or evaluate with it; a
    phrase listed right after one that is (``prev_end``) is too."""
    lo = max(0, start - 120)
    if prev_end >= 0 and start - prev_end < 80 and _LIST_BETWEEN.fullmatch(text, prev_end, start):
        return True
    pos = start
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m and m.end() == pos and m.group(1).lower() in _DETERMINERS:
        pos = m.start(1)
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m and m.end() == pos and m.group(1).lower() in ROLE_WORDS:
        return True
    return bool(_IN_TERMS.search(text, lo, pos))


def role_metrics(text: str, heads: list[Span]) -> list[Candidate]:
    """Measures named in a comparison or evaluation, without a number: the measure phrase ending in one of
    :data:`MEASURE_HEADS` (``heads`` are their character spans) right after a word of :data:`ROLE_WORDS`
    (after an optional determiner), after "in terms of" or "outperforms ... in", or listed right after such
    a phrase.

    >>> t = "It improves the speed, memory usage and accuracy. Speed matters."
    >>> [t[c.start:c.end] for c in role_metrics(t, [(16, 21), (40, 48), (50, 55)])]
    ['speed', 'accuracy']
    >>> t = "This gives a reduced training error and moderate inter-annotator agreement."
    >>> [t[c.start:c.end] for c in role_metrics(t, [(30, 35), (65, 74)])]
    ['training error', 'inter-annotator agreement']
    """
    out = []
    prev_end = -1
    for s, e in heads:
        if e < len(text) and (text[e] == "-" or text[e].isalnum()):
            continue  # "accuracy-parameter trade-offs"
        nxt = _NEXT_WORD.match(text, e)
        if nxt and _modifies_next(nxt.group(1)):
            continue  # "high fidelity segmentation", "a low latency operation": a compound's modifier
        start = _phrase_start(text, s)
        if start == s and _RELATION_AFTER.match(text, e):
            continue  # "in strong agreement with", "the speed of completing": a relation, not a measure
        if _in_role(text, start, prev_end):
            out.append(Candidate(start, e, T.METRIC, rules.PRI_HEAD + 10, "metric-role"))
            prev_end = e
    return _bare_to_phrase(text, out)


def _bare_to_phrase(text: str, found: list[Candidate]) -> list[Candidate]:
    """A bare head ("sparsity") in a doc that also names a phrase ending in it ("activation sparsity")
    stands for that phrase: its canonical name is the phrase (the first such one)."""
    phrases: dict[str, str] = {}
    for c in found:
        words = text[c.start:c.end].split()
        if len(words) > 1:
            phrases.setdefault(words[-1].lower(), " ".join(words))
    if not phrases:
        return found
    return [c._replace(canonical=phrases[text[c.start:c.end].lower()])
            if text[c.start:c.end].lower() in phrases else c for c in found]
