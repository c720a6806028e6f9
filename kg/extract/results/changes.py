"""The changes a figure is said to be: margins, gains, gaps and drops (the ``delta`` readings of
:func:`kg.extract.results.value_kinds.kinds`): "by 2.6%" aside, a margin over others written without "by"
(:func:`margin`), a gain after its metric (:func:`over_best`), a change written with "with" or "is" after a noun of
change (:func:`change_with`), a garbled sign in a clause of change (:func:`garbled_change`), a loss "of" a measure
(:func:`change_of_measure`) and a gap between two figures (:func:`gap_figure`)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.metric_roles import changes_measure
from kg.extract.results.metric_names import known_metric
from kg.extract.words import BAD_MODIFIERS

if TYPE_CHECKING:
    from kg.extract.results.values import Value

#: nouns of a change, singular or plural: "improvements of 2.1", "gains (+0.4)", "improvements, e.g. 5.1 mAP"
CHANGE_WORDS = r"(?:improvements?|gains?|boosts?|increases?|reductions?|drops?|decreases?|degradations?)"
#: an article, maybe a modifier, and the noun right before "of" and a figure: "a (slight) loss of 0.3% in model
#: accuracy" (a change when the figure goes on to name the measure it changes, :func:`~kg.extract.metric_roles.
#: changes_measure`)
_NOUN_OF = re.compile(r"\b(?:an?|the)\s+(?:([a-z-]+)\s+)?([a-z]+)\s+of\s+(?:about\s+|around\s+|nearly\s+|only\s+|~\s*|∼\s*)?$",
                      re.I)
#: a gain over others named after the value and its metric: "2.4 F1 over the baselines", "5 mAP above the previous
#: state of the art" (not when others' own figure follows: "45.1 AP over the previous best of 44.0")
_OVER_BEST_AFTER = re.compile(r"\s*%?\s*((?:[\w@-]+\s+){0,3}?)(?:over|above)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:baselines?|best|previous|prior|state[- ]of[- ]the[- ]art|SOTA)\b"
                              r"(?![^,;()]{0,40}?\b(?:of|at|is|was)\s+[\d(])", re.I)
CHANGE_NOUN = re.compile(r"\b(?:improv\w*|gains?|boost\w*|increas\w*|reduc\w*|outperform\w*|speed-?ups?)\b(?:[^.;]|\.\d)*$", re.I)
#: others named right after a figure: "85.1 compared to", "(85.1 vs 83.2)"
OTHERS_NEXT = re.compile(r"\s*%?\s*(?:compared|versus|vs\b|than|over)", re.I)
#: the word right after a figure
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w@-]*)")


def metric_next(text: str, end: int) -> bool:
    """The word right after a figure is a metric kg knows: "mAP 25 MOTA" gives MOTA's figure, no AP threshold."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and known_metric(m.group(1))


#: two figures set against each other in a parenthesis: "(91.8% vs 93.8%)", "(71.2/73.0)"
_FIGURE_PAIR = r"\(\s*[\d.]+\s*%?\s*(?:vs\.?|versus|v\.s\.|/|,|and|to|->|→)\s*[\d.]+\s*%?\s*\)\s*"
#: a noun of a gap after a figure, maybe past such a pair and the measure: "2% (91.8% vs 93.8%) accuracy difference",
#: "a 0.4 BLEU gap", "a 2-point gap" (group 1: the words between, which must name the measure or grade the gap:
#: "85% with no significant difference" does not)
_GAP_AFTER = re.compile(r"\s*%?\s*(?:" + _FIGURE_PAIR + r")?((?:[\w@-]+\s+){0,2}?)(?:differences?|gaps?)\b", re.I)
#: words that grade a gap or name its unit, between a figure and the gap's noun: "a 1.5% relative gap", "2 points gap"
_GAP_GRADES = frozenset({"relative", "absolute", "point", "points", "performance"})
_HEDGE = r"(?:only\s+|just\s+|about\s+|around\s+|approximately\s+|nearly\s+|~\s*|∼\s*)?$"
#: a gap's noun before a figure: "a gap of 0.3%", "the difference in accuracy is only 2%", "the gap between A and B is 1.1"
_GAP_BEFORE = re.compile(r"\b(?:gaps?|differences?)\s+(?:(?:in|of)\s+[\w@-]+\s+|between\s+[^,;()\d]{1,40}?\s+)?"
                         r"(?:of|is|was|are|were)\s+" + _HEDGE, re.I)
#: "the gap to" a figure: the gap when no metric follows the figure ("narrows the gap to 1.2%"); the figure the gap
#: closes on otherwise ("narrows the gap to 91.2% accuracy on FooSet" is a score)
_GAP_TO = re.compile(r"\bgaps?\s+to\s+" + _HEDGE, re.I)


def gap_figure(text: str, v: Value, before: str) -> bool:
    """A gap between two figures, not a score of its own: "only 2% (91.8% vs 93.8%) accuracy difference", "a 0.4
    BLEU gap", "a 1.5% relative gap", "narrows the gap to 1.2%" (the words between a figure and the noun after it
    name its measure, a metric kg knows, or grade the gap: :data:`_GAP_GRADES`); "narrows the gap to 91.2% accuracy"
    closes on a score.

    >>> from kg.extract.results.values import Value
    >>> t = "It leaves a 2% (91.8% vs 93.8%) accuracy gap, 85% with no real difference, and a gap of 0.3 BLEU."
    >>> [gap_figure(t, Value(t.index(x), t.index(x) + len(x), x), t[:t.index(x)]) for x in ("2%", "91.8%", "85%", "0.3")]
    [True, False, False, True]
    """
    if _GAP_BEFORE.search(before) or (_GAP_TO.search(before) and not metric_next(text, v.end)):
        return True
    m = _GAP_AFTER.match(text, v.end)
    words = [w for w in (m.group(1).replace("-", " ").split() if m else []) if w.lower() not in _GAP_GRADES]
    return m is not None and (not words or known_metric(" ".join(words)) or known_metric(words[-1]))


def change_of_measure(text: str, v: Value, before: str) -> bool:
    """``v`` follows "a <change noun> of" and goes on "in <measure>": "with a loss of 0.3% in model accuracy" is a
    drop of accuracy (the reading of :func:`~kg.extract.metric_roles.changes_measure`, shared with the Metric
    side); "a validation loss of 0.21", "a loss of 0.21 in training" state a loss (a word before the noun must be
    a mere modifier, :data:`~kg.extract.words.BAD_MODIFIERS`: "a slight loss of")."""
    m = _NOUN_OF.search(before)
    return m is not None and (m.group(1) is None or m.group(1).lower() in BAD_MODIFIERS) \
        and changes_measure(text, m.group(2), v.end)


#: the verbs of beating others (the alternatives, and as one group)
_BEAT_VERBS = r"outperform\w*|surpass\w*|exceed\w*|beat\w*"
_BEATS = rf"(?:{_BEAT_VERBS})"
#: a margin written with "for" after a change of something or a beaten one: "improves the baseline for 2.4 mAP"
_FOR_MARGIN = re.compile(r"\b(?:improv\w*|boost\w*|" + _BEAT_VERBS + r")\s+[^,;:()]{1,60}?\bfor\s+"
                         r"(?:about\s+|around\s+|nearly\s+|up to\s+)?$", re.I)
#: a margin right after what is beaten, with no word between: "we exceed it 0.2 dB", "surpassing the previous best 3%"
#: (the words between are the beaten one's name: no preposition, verb or clause word)
_BARE_MARGIN = re.compile(r"\b" + _BEATS + r"\s+(?:(?!(?:on|in|at|with|to|of|for|and|or|by|as|from|than|over|under|"
                          r"across|using|when|while|which|that|is|are|was|were|achiev\w*|reach\w*|obtain\w*|yield\w*|"
                          r"scor\w*|set\w*|get\w*|attain\w*|record\w*)\b)[\w-]+\s+){1,4}$", re.I)
#: a hedged margin in a parenthesis after a noun of change over others: "improvements over strong baselines (about 7%
#: mAP)" (a plain figure there is the others': "an improvement over a simple baseline (20%)")
_CHANGE_OVER_PAREN = re.compile(r"\b" + CHANGE_WORDS + r"\s+(?:over|against|upon)\s+[^,;()]{1,60}?\(\s*"
                                r"(?:about\s+|around\s+|up to\s+|over\s+|~\s*|∼\s*)$", re.I)
#: the gap to another figure: "within 0.4% mAP of the larger model"
_WITHIN = re.compile(r"\bwithin\s+(?:about\s+|only\s+|just\s+|~\s*)?$", re.I)
_OF_AFTER = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,2}?of\b", re.I)
#: a value's unit or metric, then nothing but the rest of its clause: what a bare margin may be written with
_UNIT_END = re.compile(r"\s*(?:[A-Za-z][\w@-]*)?\s*(?:[,;.)]|$|\s(?:and|on|in|at|for|with|over)\b)")


def margin(text: str, v: Value, s0: int) -> bool:
    """A margin over others written without "by": "for" after a change ("improves the baseline for 2.4 mAP"), the
    figure right after what is beaten ("we exceed it 0.2 dB in PSNR"), in a parenthesis after a noun of change
    over others ("gains over the baselines (about 7% mAP)"), or a gap "within" which another figure is.

    >>> from kg.extract.results.values import Value
    >>> t = "It beats B 0.3 dB, improves C for 2 mAP and is within 0.4% mAP of D, which exceeds all published numbers 12."
    >>> [margin(t, Value(t.index(x), t.index(x) + len(x), x), 0) for x in ("0.3 dB", "2", "0.4%", "12")]
    [True, True, True, False]
    """
    lo = max(s0, v.start - 100)
    if OTHERS_NEXT.match(text, v.end):
        return False  # ("outperforms B (85.1 vs 83.2)": the paper's figure and the other's)
    if _FOR_MARGIN.search(text, lo, v.start):
        return re.search(r"[%]|points?$|pp$", v.text) is not None or metric_next(text, v.end)
    if _BARE_MARGIN.search(text, lo, v.start):  # (a figure with a unit or decimals: "exceeds all published numbers 12" is a mark)
        return re.search(r"[%.A-Za-z]", v.text) is not None and _UNIT_END.match(text, v.end) is not None
    return bool(_CHANGE_OVER_PAREN.search(text, lo, v.start)) \
        or (_WITHIN.search(text, max(s0, v.start - 20), v.start) is not None and _OF_AFTER.match(text, v.end) is not None)


#: a "?" glued to a figure, where a PDF's arrow or sign ("↑", "+") became "?": "(?1.8 F1)"
_GARBLED_SIGN = re.compile(r"(?:^|[\s(\[])\?$")


def garbled_change(text: str, v: Value, s0: int) -> bool:
    """A figure with a garbled sign glued before it, in a clause of change ("outperforms the baselines (?1.8
    F1)"): a gain; a "?" figure with no change around ("achieves ?0.01 CMOS") keeps its kind."""
    return _GARBLED_SIGN.search(text, max(s0, v.start - 2), v.start) is not None \
        and CHANGE_NOUN.search(text, max(s0, v.start - 120), v.start) is not None


def over_best(text: str, v: Value) -> bool:
    """``v`` and its metric, then a gain over others: "2.4 F1 over the baselines" (the words between are a metric
    or none: "90% noise over the previous state of the art" sets a condition)."""
    m = _OVER_BEST_AFTER.match(text, v.end)
    return bool(m) and (not m.group(1).strip() or known_metric(m.group(1).strip()))


#: a change stated with "with": "improves upon the X baseline with 1.9% AP", "outperforms the state of the art on
#: A and B with 6.8% and 1.2% in F-measure" (a figure written "with an F1 of 79.6%" or "with 85% accuracy" is a score)
_IMPROVES_WITH = re.compile(r"\bimprov\w*\s+(?:up)?on\s+[^,;()]{1,60}?\bwith\s+(?:an?\s+)?$", re.I)
_BEATS_WITH = re.compile(r"\b(?:outperform\w*|surpass\w*)\s+[^,;()]{1,80}?\bwith\s+(?:margins?\s+of\s+)?$", re.I)
#: "(and) 1.2% in F-measure": the figures of a change, named by "in" and a metric
_IN_METRIC = re.compile(r"\s*%?(?:\s*(?:,|and)\s*\d[\d.]*\s*%?)*\s+in\s+(?:terms\s+of\s+)?[\w@-]+", re.I)
#: a rise in a metric by a figure: "improvements in signal-to-noise ratio (SNR) of up to 7 dB"
_CHANGE_IN = re.compile(r"\b(?:improvements?|gains?|increases?|reductions?|boosts?|drops?)\s+(?:in|on)\s+"
                        r"(?:[\w-]+\s+){1,4}(?:\([\w-]+\)\s+)?(?:of\s+)(?:up to\s+|about\s+|around\s+)?$", re.I)

#: a noun of change as the subject the value is said of: "the relative improvement in accuracy of our model is 3.79%"
#: (the noun heads the subject, "improvement in/of ..."; not past a word that gives the figure another subject: "and", "from")
_CHANGE_IS = re.compile(r"\b(?:improvements?|gains?|increases?|reductions?|boosts?|drops?|decreases?)\s+(?:in|of|on|over|against)\b"
                        r"(?:(?!\b(?:from|to|than|and|with|while|which|achiev\w*|reach\w*|obtain\w*)\b)[^.;:,()]){0,90}?"
                        r"\b(?:is|are|was|were)\s+(?:up to\s+|about\s+|around\s+|approximately\s+|nearly\s+|~|∼)?$", re.I)


def change_with(text: str, v: Value, s0: int) -> bool:
    """The value is a change written with "with", "in ... of" or "is" after a noun of change (see
    ``_IMPROVES_WITH``, ``_BEATS_WITH``, ``_CHANGE_IN``, ``_CHANGE_IS``)."""
    lo = max(s0, v.start - 120)
    if _IMPROVES_WITH.search(text, lo, v.start) or _CHANGE_IN.search(text, lo, v.start) \
            or _CHANGE_IS.search(text, lo, v.start):
        return True
    return re.fullmatch(r"[\d.]+%?", v.text) is not None and _BEATS_WITH.search(text, lo, v.start) is not None \
        and _IN_METRIC.match(text, v.end) is not None  # ("outperforms ... with 117 FPS on a single GPU": a score)


