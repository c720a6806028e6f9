"""Figures that are someone else's, no result of the paper's: human performance (:func:`human_figure`), others' best
(:func:`others_best`: "the current state-of-the-art WERs 1.7%/3.3%") and a list going on from it, an earlier system's
figure set against the paper's (:func:`prior_figure`), what the paper beats in a parenthesis after its own figure
(:func:`beaten_after_own`). :data:`OTHERS`, the words a compared figure follows ("compared to", "than"), is shared
with :mod:`.metric_binding`; :func:`prior_best_phrase` with :mod:`.method`.
"""
from __future__ import annotations

import re

from kg.extract.results.changes import OTHERS_NEXT
from kg.extract.results.delta_lists import LIST_GLUE
from kg.extract.results.values import Value, value_unit


#: someone else's figure: human performance
_HUMAN = re.compile(r"\b(?:human(?:[- ]level)?(?: performance)?|inter-?annotator agreement|(?:professional |human |expert )?"
                    r"(?:transcribers|annotators|raters|(?:patho|radio|dermato|ophthalmo|cardio)logists?|clinicians?|physicians?|"
                    r"doctors?)(?!\w))\b(?:[^.;,]{0,40}|\s*\([^()]{0,60})$"
                    # "humans can solve the resulting problems with high accuracy (88%)": humans the subject
                    r"|\bhumans\s+(?:\w+ly\s+)?(?:can|could|are|were|achiev\w*|reach\w*|obtain\w*|perform\w*|scor\w*|"
                    r"get|got|solve\w*|answer\w*)\b[^.;,]{0,75}$", re.I)
#: what a system beats: "surpasses the human performance on X (138.2 vs. 125.5)" gives the system's figure first
_BEATS_HUMAN = re.compile(r"\b(?:surpass\w*|outperform\w*|exceed\w*|beat\w*|than|over)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


#: the first figure of a pair in a parenthesis: "close to human quality (4.39 vs 4.44 in MOS)"
_PAIR_OPEN = re.compile(r"\(\s*$")


def human_figure(text: str, s0: int, start: int, end: int) -> bool:
    """The figure at ``start`` is human performance (not when the text beats it: "surpasses the human
    performance ... (138.2 vs. 125.5)", where the first figure is the system's; nor the first of a pair
    in a parenthesis, "close to human quality (4.39 vs 4.44 in MOS)": the subject's own, the human's after
    "vs")."""
    m = _HUMAN.search(text, max(s0, start - 100), start)
    if m is None or _BEATS_HUMAN.search(text, max(s0, m.start() - 40), m.start()):
        return False
    return not (_PAIR_OPEN.search(text, max(s0, start - 3), start) and OTHERS_NEXT.match(text, end))


OTHERS = re.compile(r"(?:\bcompared (?:to|with)|\bcompares? (?:to|with)|\bversus|\bvs\.?|\bv\.s\.|\bthan|\bover|\bon par with|\bcomparable to|"
                     r"\bclose to|\bsimilar to)\s*(?:the\s+)?$|\bbaselines?(?:'s)?(?: scores?| results?)?\s*\(\s*$|"
                     r"\b(?:previous(?:ly)?|prior|compared (?:to|with)(?: the)?)\s+(?:[\w'’-]+\s+){0,3}(?:of\s+|is\s+|was\s+|at\s+)?$|"
                     r"\b(?:comparable|close|similar|equal) to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:\([\w-]+\)\s+)?of\s+$|"
                     r"\b(?:baselines?|previous|prior|existing)\b[^,;()]{0,40}?\bsuch as\s+[^,;()]{1,30}?\s+with\s+(?:an?\s+)?"
                     r"(?:[\w-]+\s+){0,2}(?:of\s+)?$|"
                     # "better than the best published F1 score of", "outperforming the previous best of"
                     r"\b(?:than|over|surpass\w*|outperform\w*|exceed\w*|beat\w*|compared (?:to|with))\s+(?:the\s+)?(?:best|previous|"
                     r"prior|strongest|current)\b(?:(?!\b(?:with|by)\b)[^,;()]){0,50}?\s(?:of|is|was|at)\s+$|"  # (not "with F1 of", "by a margin of")
                     # "where prior art has 27.9%", "existing methods achieve only 61%" (not "our baseline model achieves")
                     r"\b(?:prior|previous|existing|competing|other)\s+(?:art|works?|methods?|models?|systems?|approaches?)\s+"
                     r"(?:has|have|had|achieves?|achieved|obtains?|obtained|reach(?:es|ed)?|gets?|got|scored?)\s+(?:an?\s+|only\s+)?$|"
                     # "conventional NAS algorithms (e.g. 3,000 GPU hours)", "strong baselines (e.g., 63.8% mAP)"
                     r"\b(?:baselines?|conventional|existing|previous|prior|traditional|competing)\b[^,;()]{0,40}\(\s*"
                     r"(?:e\.g\.|i\.e\.|for example|for instance),?\s*$", re.I)


#: others' best figure named before a value: "the previous state-of-the-art WERs on A (4.74%)"
PRIOR_BEST = re.compile(r"\b(?:previous|prior|current|existing|former)\s+(?:best|state[- ]of[- ]the[- ]art|SOTA)\b|"
                        r"\bprior art\b|"  # ("where prior art has 27.9% accuracy")
                        r"\b(?:preliminary|earlier|previous|prior|conference|former)\s+versions?\b", re.I)  # (the paper's own earlier one)
#: what ends that phrase before the value: a clause of the paper's own ("and achieve 47%", ", reaching 63.1",
#: "while maintaining (115 FPS)") or a change ("from A to B", "by 2%")
PRIOR_END = re.compile(r"[,;]|\b(?:we|our|ours|and|to|from|by|while|whereas|but|with|achieving|reaching|obtaining|"
                       r"attaining|yielding|setting|scoring)\b", re.I)  # ("... on VOC 2012, achieving a mAP of 53.3%")
#: a figure the paper shares with others' best ("match existing state-of-the-art results on A (0.37% error)") or
#: states of its own after naming them ("as well as the prior best network using 5.5x fewer parameters")
_SHARED_BEST = re.compile(r"\b(?:match\w*|as well as|on par with|comparable to|equal\w*|rival\w*)\s+(?:the\s+)?$", re.I)
_OWN_AFTER = re.compile(r"\b(?:using|with only|requiring)\b", re.I)


def others_best(text: str, s0: int, start: int) -> bool:
    """The figure at ``start`` is stated as others' best, not the paper's: :data:`PRIOR_BEST` before it in its
    clause, no clause of the paper's own between, and not what the paper matches ("match the previous best
    (0.37%)") nor a figure of its own after the phrase ("as well as the prior best using 5.5x fewer ...").

    >>> t = "We get 2.6% against the current state-of-the-art WERs 1.7%/3.3%, and match the prior best (0.4%)."
    >>> [others_best(t, 0, t.index(x)) for x in ("2.6", "1.7", "3.3", "0.4")]
    [False, True, True, False]
    """
    last = prior_best_phrase(text, s0, start)
    if last is None or _OWN_AFTER.search(text, last.end(), start):
        return False
    return not _SHARED_BEST.search(text, max(s0, last.start() - 25), last.start())


def prior_best_phrase(text: str, s0: int, start: int) -> re.Match | None:
    """The last :data:`PRIOR_BEST` phrase between ``s0`` and ``start`` when no :data:`PRIOR_END` (a clause of
    the paper's own, a change) comes between it and ``start``; else None."""
    item = _NEXT_PAREN_ITEM.search(text, max(s0, start - 80), start)
    if item and not PRIOR_END.search(item.group(1)) and not _ITEM_VERB.search(item.group(1)):
        return prior_best_phrase(text, s0, item.start())  # ("... on A (4.7%) and B (2.0%)": as B's item goes A's)
    last = None
    for last in PRIOR_BEST.finditer(text, s0, start):
        pass
    return None if last is None or PRIOR_END.search(text, last.end(), start) else last


#: the next item of a list that gives a figure in a parenthesis after each name: "on A (4.7%), B (3.1%) and C (" (the
#: name between, group 1, is judged apart: no clause of the paper's own)
_NEXT_PAREN_ITEM = re.compile(r"\)\s*(?:,\s*(?:and\s+)?|and\s+)([^,;()]{1,40}?)\(\s*[^()]{0,30}$")
#: a verb in that name: the paper's own clause ("... (4.7%) and achieves (2.0%)"; lower case: a name's word is not one)
_ITEM_VERB = re.compile(r"\b(?:achiev|obtain|reach|attain|yield|scor|gets?\b|got\b|sets?\b|improv|reduc|outperform|surpass|"
                        r"beat|exceed|is\b|are\b|was\b|were\b)")


#: what makes such a figure the baseline of the figure before it: "an improvement from the", "up from" (not "with")
_BASE_LEAD = re.compile(r"\b(?:from|than|over|against)\s+(?:the\s+|an?\s+)?$", re.I)


def cue_is_previous(vals: list[Value], k: int, cue: "re.Match | None", lo: int) -> bool:
    """Whether the comparison cue before value ``k`` ("compared to ... of"; ``cue`` matched in the text from ``lo``)
    belongs to the value before it, itself dropped as the compared figure (so this one is not another's too): the
    dropped value stands after the cue's start. A count dropped before a "compared to/with" cue ("with 250 labels
    (compared to the accuracy of 93.6%") is no such value; other cues keep the old reading (any dropped value before
    owns them)."""
    if not k or not vals[k - 1].dropped or vals[k - 1].mark:
        return False
    if cue is None or not cue.group().lower().startswith("compar"):
        return True  # ("run at over 71 FPS" after "1M parameters": "over" is "more than" there, not a comparison)
    return vals[k - 1].start >= lo + cue.start()


def prior_figure(text: str, vals: list[Value], k: int, s0: int) -> None:
    """``vals[k]`` is an earlier system's figure: no result of its own, and the baseline of the figure before it
    when the text sets it against that one ("71.3 F1, a large improvement from the 56.7 F1 of the previous best
    system"; not "88.1% mIoU with 30% computation of the previously best model")."""
    v, u = vals[k], (vals[k - 1] if k else None)
    v.dropped = True
    if u is not None and _BASE_LEAD.search(text, max(s0, v.start - 30), v.start) and not u.dropped \
            and u.baseline is None and value_unit(v.text) == value_unit(u.text):
        u.baseline, u.other = v.text, v


def beaten_after_own(text: str, vals: list[Value], k: int, s0: int) -> bool:
    """``vals[k]`` sits in a parenthesis right after what the paper beats, and the paper's own figure of the same
    unit comes before that verb in the sentence: "we get 61.2% mAP, surpassing the state of the art (55.0% mAP)"
    (the beaten one's figure; alone, "our model beats the state of the art (61.2% mAP)" gives the paper's own).

    >>> t = "We get 61.2% mAP, surpassing the state of the art (55.0% mAP). It beats the state of the art (70%)."
    >>> vs = [Value(t.index(x), t.index(x) + len(x), x) for x in ("61.2%", "55.0%", "70%")]
    >>> [beaten_after_own(t, vs, k, s0) for k, s0 in ((1, 0), (2, t.index("It")))]
    [True, False]
    """
    u = vals[k - 1] if k else None
    if u is None or u.start < s0 or u.dropped or u.baseline is not None or u.kind != "score" or value_unit(u.text) != value_unit(vals[k].text):
        return False
    m = _BEATEN_BEST_PAREN.search(text, max(s0, u.end), vals[k].start)
    return m is not None and not _OWN_AGAIN.search(text, u.end, m.start())


def listed_best(text: str, vals: list[Value], k: int, s0: int) -> bool:
    """``vals[k]`` goes on a list whose first figure is others' best: "a preliminary version of this work that
    reports DSCs of 72.5% and 79.4%" (the "and" ends no clause of the paper's own there)."""
    u = vals[k - 1] if k else None
    return u is not None and u.dropped and LIST_GLUE.fullmatch(text, u.end, vals[k].start) is not None \
        and others_best(text, s0, u.start)


#: what the paper beats, closed by a parenthesis: "surpassing the previous best methods (", "outperforms the state of
#: the art (" (whose figure that is depends on a figure of the paper's own before it: :func:`beaten_after_own`)
#: a new clause of the paper's own between its figure and what it beats ("...; on B we beat ...")
_OWN_AGAIN = re.compile(r";|\b(?:we|our|ours|while|whereas|but|also)\b", re.I)
_BEATEN_BEST_PAREN = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|better than)\s+(?:all\s+)?(?:the\s+)?"
                                r"(?:[\w-]+\s+){0,4}?(?:state[- ]of[- ]the[- ]arts?|SOTA|best|methods?|approach(?:es)?|models?|"
                                r"baselines?|results?|systems?|detectors?)\s?\(\s*[^()\d]{0,20}$", re.I)
