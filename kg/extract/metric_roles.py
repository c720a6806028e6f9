"""Metrics named without a number, decided by the role of the words around them.

A measure word such as "accuracy", "sparsity" or "speed" is a metric when the sentence evaluates,
compares or costs with it ("improve the speed, memory usage, and accuracy", "a reduced training error",
"outperforms X in classification accuracy and diversity", "results in moderate inter-annotator
agreement"), whether or not a number stands beside it. The component finds the measure words with its
PhraseMatcher (cue group ``MEASURE``); :func:`role_metrics` looks only there.
"""
from __future__ import annotations

import re

from kg.extract import candidates, words
from kg.extract.candidates import Candidate
from kg.extract.words import BAD_MODIFIERS, CUE_WORDS, ED_OK, ING_OK, METRIC_WORDS, NON_MODIFIERS
from kg.vocab import EntityType as T

Span = tuple[int, int]

#: Head words of measures that need no number to be metrics when a comparison or evaluation names them.
#: (the cue group ``MEASURE`` of :data:`kg.extract.words.CUE_WORDS`)
MEASURE_HEADS = CUE_WORDS["MEASURE"]
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

#: Nouns that name a change of a measure, not the measure: "a loss of 0.3% in model accuracy", "a drop of 2
#: points in BLEU" (the measure is the one after "in"; "a loss of 0.21" alone may be a training loss's value).
_CHANGE_NOUNS = frozenset({"loss", "losses", "drop", "drops", "decrease", "decreases", "increase", "increases",
                           "reduction", "reductions", "degradation", "gain", "gains", "improvement", "improvements"})
#: the rest of a figure after "of <digit>" and the (up to two) words after "in" that may name the measure it
#: changes: "0.3% in model accuracy", "2 points in BLEU", "1.2 points in top-1 accuracy"
_IN_MEASURE_AFTER = re.compile(r"[\d.,]*\s*(?:%|percent|points?|pp)?\s+in\s+(?:the\s+)?(?:model\s+)?"
                               r"([A-Za-z][\w\-]*)(?:[ \t]+([A-Za-z][\w\-]*))?")


def changes_measure(text: str, noun: str, after: int) -> bool:
    """Whether ``noun`` before "of <figure>" is a change noun and the figure (its rest from ``after``) goes on to
    name the measure it changes: "a loss of 0.3% in model accuracy" is a drop of accuracy. A measure word
    (:data:`~kg.extract.words.METRIC_WORDS`) must be among the two words after "in (the) (model)": "a loss
    of 0.21 in training", "a loss of 0.3% in the first epoch", "a loss of 0.2 in total" state a loss.

    >>> t = "a loss of 0.3% in model accuracy, a loss of 0.21 in training"
    >>> changes_measure(t, "loss", t.index("0.3") + 1), changes_measure(t, "loss", t.index("0.21") + 1)
    (True, False)
    """
    if noun.lower() not in _CHANGE_NOUNS:
        return False
    words = _IN_MEASURE_AFTER.match(text, after)
    return words is not None and any(w and (w.lower() in METRIC_WORDS or w.lower().rstrip("s") in
                                            METRIC_WORDS) for w in words.groups())


#: Words after a measure that continue the sentence, not a compound ("accuracy while", "error remains").
_AFTER_OK = frozenset({"than", "compared", "relative", "across", "per", "under", "over", "at", "versus", "vs",
                       "remain", "drop", "increase", "decrease", "improve", "trade", "tradeoff", "trade-off"})
_STOP = frozenset(BAD_MODIFIERS | NON_MODIFIERS)
#: Measure heads that name a quality of what a model produces more often than a quantity it is scored with
#: ("high fidelity images", "increase the diversity of the training data"): a metric only where the sentence
#: evaluates with it explicitly ("in terms of", "outperforms X in", listed beside another measure), not after
#: a plain role word, and never as "the diversity of <something>" (a property of that thing).
QUALITY_HEADS = frozenset({"diversity", "fidelity"})
#: Modifiers that state a level reached rather than what is measured ("achieve real-time speed"): the phrase
#: is a goal or a property, not a measure (the measure, if any, is the number's unit: "32 FPS").
LEVEL_MODIFIERS = frozenset({"real-time", "realtime", "near-real-time"})
#: Measure heads that take no modifier: what runs ("training", "online search") is no part of the speed.
SPEED_HEADS = frozenset({"speed", "speeds"})
_LEVEL_BEFORE = re.compile(r"(?<![\w\-])(?:near[\s\-])?real[\s\-]?time\s+$", re.I)


def level_led(text: str, start: int) -> bool:
    """Whether a measure phrase starting at ``start`` opens on, or follows, a level modifier
    (:data:`LEVEL_MODIFIERS`: "real-time speed", "real time inference speed")."""
    first = text[start:start + 16].split(" ", 1)[0].lower()
    return first in LEVEL_MODIFIERS or bool(_LEVEL_BEFORE.search(text, max(0, start - 16), start))
_OF_AFTER = re.compile(r"\s+of\b")


def _modifier(word: str) -> bool:
    """Whether a word may modify a measure head ("training", "activation", "inter-annotator")."""
    low = word.lower()
    if low in _STOP or low in ROLE_WORDS or not word.replace("-", "").isalpha() or word != low:
        return False
    if low.endswith("ly") or (low.endswith("ing") and low not in ING_OK):
        return False
    return not (low.endswith("ed") and "-" not in low and low not in ED_OK)


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


#: Strength of a measure's role (:func:`_in_role`): none, after a plain role word ("high", "improve the"),
#: explicit ("in terms of", "outperforms X in", a list member after a measure in a role).
NO_ROLE, ROLE_WORD, EXPLICIT = 0, 1, 2


def _listed(text: str, end: int, start: int) -> bool:
    """Whether the text between a measure ending at ``end`` and one starting at ``start`` joins them as
    members of one list."""
    return 0 <= end <= start and start - end < 80 and bool(_LIST_BETWEEN.fullmatch(text, end, start))


def _in_role(text: str, start: int, prev_end: int) -> int:
    """How the words before a measure phrase starting at ``start`` compare or evaluate with it
    (:data:`NO_ROLE`, :data:`ROLE_WORD` or :data:`EXPLICIT`); a phrase listed right after one in a role
    (``prev_end``) is :data:`EXPLICIT`."""
    lo = max(0, start - 120)
    if prev_end >= 0 and _listed(text, prev_end, start):
        return EXPLICIT
    pos = start
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m and m.end() == pos and m.group(1).lower() in _DETERMINERS:
        pos = m.start(1)
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if _IN_TERMS.search(text, lo, pos):
        return EXPLICIT
    return ROLE_WORD if m and m.end() == pos and m.group(1).lower() in ROLE_WORDS else NO_ROLE


def _quality_in_role(text: str, heads: list[Span], i: int, role: int) -> bool:
    """Whether the quality head ``heads[i]`` (:data:`QUALITY_HEADS`) is evaluated with: an explicit role, or a
    role word with another measure listed right after it ("improves the diversity and accuracy"); never
    "the diversity of <something>"."""
    s, e = heads[i]
    if _OF_AFTER.match(text, e):
        return False
    return role == EXPLICIT or (role == ROLE_WORD and i + 1 < len(heads) and _listed(text, e, heads[i + 1][0]))


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
    for i, (s, e) in enumerate(heads):
        if e < len(text) and (text[e] == "-" or text[e].isalnum()):
            continue  # "accuracy-parameter trade-offs"
        nxt = _NEXT_WORD.match(text, e)
        if nxt and _modifies_next(nxt.group(1)):
            continue  # "high fidelity segmentation", "a low latency operation": a compound's modifier
        # "the online search speed", "training speed": the speed (what runs is no part of the measure)
        start = s if text[s:e].lower() in SPEED_HEADS else _phrase_start(text, s)
        if level_led(text, start):
            continue  # "achieve real-time speed": a level reached, not a measure
        if start == s and _RELATION_AFTER.match(text, e):
            continue  # "in strong agreement with", "the speed of completing": a relation, not a measure
        role = _in_role(text, start, prev_end)
        if role and (start != s or text[s:e].lower() not in QUALITY_HEADS or _quality_in_role(text, heads, i, role)):
            out.append(Candidate(start, e, T.METRIC, candidates.PRI_HEAD + 10, "metric-role"))
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
