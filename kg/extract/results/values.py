"""The values of a result sentence and their kinds (steps 1 and 3 of :mod:`kg.extract.results`).

:func:`values` finds the numbers of a sentence with their units; :func:`kinds` marks each a ``score``, a
``delta`` ("by 2.6%", "+2.7", "7.7 points", "a 0.4 BLEU gap") or a ``ratio`` ("2.5x", "40% of the cost"), reads
"from A to B" as the score B with baseline A and "A compared to B" as A with baseline B, and drops what is no
figure of the paper's: names' numbers ("Top-2"), a metric's setting after "@" ("map@tIoU=0.5"), sizes
("640×480"), bounds ("more than 90%"), counts, alternatives, compute budgets, conditions, denied figures, cited
figures and footnote marks (:func:`_not_a_score`).
:func:`delta_lists` carries a change on along its list; the readings of a figure as a change (margins, gaps, a loss
of a measure) are :mod:`.changes`'. The regexes of comparisons (``OTHERS``, ``OTHERS_NEXT``) are shared with
:mod:`.metric_binding`, that of "from" with :mod:`.binding`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import text_spans
from kg.extract.results.changes import (CHANGE_NOUN, CHANGE_WORDS, OTHERS_NEXT, change_of_measure, change_with,
                                        gap_figure, garbled_change, margin, metric_next, over_best)
from kg.extract.results.metric_names import known_metric


_EXTRA_VALUE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:\s?(?:\+-|±|\+/-)\s?\d+(?:\.\d+)?%?|"
                          r"(?:times)?(?:-{1,2}|–)\d+(?:\.\d+)?times|times\b|"
                          r"\s?(?:GB|MB|TB|ms|mm|cm|GPU hours|[MBKG])(?![\w-])|dB(?![\w-]))")
_UNIT = re.compile(r"\s?(?:(?:mm|cm|GB|MB|dB|times|-fold|fold|billion|million)\b|(?:°|degrees?\b)(?! of freedom))", re.I)
_CITATION = re.compile(r"\[[\d,\s–-]*$")
_RATIO = re.compile(r"(?:x|×|times|fold)$", re.I)
_RATIO_AFTER = re.compile(r"\s*(?:times|-?fold)\b|\?\s*(?:speed-?ups?|faster|slower|smaller|larger|fewer|less|more)\b", re.I)
_DELTA_BEFORE = re.compile(r"(?:\b" + CHANGE_WORDS + r"\s*\(|\bby(?:\s+an?(?:\s+(?!average\b)[a-z]+){0,2}|\s+[a-z]{3,}(?:able|ible|ant|ial|ous))?(?:\s+as much as)?(?:\s+average(?:\s+of)?)?(?:\s+absolute|\s+relative)?|\bmargins?\s*\(|\bmargins? of|\b(?:" + CHANGE_WORDS + r"|losses) of)\s*(?:an average of\s+|between\s+|about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+|near\s+|"
                           r"almost\s+|only\s+|over\s+|more than\s+|~\s*|∼\s*|\?)?"
                           r"(?:up to\s+)?$", re.I)
#: a noun of change, then examples of it: "significant improvements, e.g. 5.1 mAP on A", "gains (i.e., 2.3%)"
_CHANGE_EXAMPLE = re.compile(r"\b" + CHANGE_WORDS + r"\s*[,:(]?\s*(?:e\.\s?g\.|i\.\s?e\.|for (?:example|instance)),?\s*"
                             r"(?:up to\s+|about\s+|around\s+|over\s+|~\s*|∼\s*)?$", re.I)
#: a noun or comparative of change after a value, past up to three words: "1.4 BLEU/ROUGE points higher" (words joined
#: by "/" of two letters or more each: "86.8% top-1 w/o extra data" is a score)
_DELTA_AFTER = re.compile(r"\s*(?:%|\))?\s*(?:absolute\s+|relative\s+|[\w@-]+\s+|[\w@-]{2,}(?:/[\w@-]{2,})+\s+|\([\w@-]+\)\s+){0,3}?(?:improvements?|gains?|increases?|boosts?|"
                          r"reductions?|drops?|decreases?|(?-i:higher|lower|better|worse|more|less|fewer|faster|slower|"
                          r"smaller|larger)|points?|pp|margin|extra|additional|up(?!\s+to\b)|relatively|degradations?|deteriorations?|"
                          r"loss(?=\s+of\b))\b", re.I)  # ("0.3 BLEU score degradation", "0.3% loss of accuracy")
#: a graded noun of change after a value, past the longer name of the measure it changes: "5.6% relative character
#: error rate (CER) reduction" ("relative" or "absolute" right after a figure grades a change; not "relative to")
_GRADED_CHANGE_AFTER = re.compile(r"\s*%?\s*(?:absolute|relative)\s+(?!to\b)(?:[\w@-]+\s+|\([\w@-]+\)\s+){0,5}?"
                                  + CHANGE_WORDS + r"\b", re.I)
#: (a comparative counts in lower case only: a capitalised one mid-sentence opens a name, "AP with a Faster R-CNN head")
#: a change verb right before the value ("reduces 37% FLOPs", "an improvement, of up to 21%")
_CHANGE_BEFORE = re.compile(r"\b(?:reduc\w*|cut\w*|sav\w*|decreas\w*|increas\w*|improv\w*|boost\w*|gain\w*|lower\w*|"
                            r"los(?:e|es|ing|t)|sacrific\w*)"
                            r"[\s,:]+(?:(?!to\b|of\b|from\b)[\w-]+\s+){0,3}?(?:of:?\s+|by\s+)?"
                            r"(?:up to\s+|about\s+|around\s+|over\s+|~|∼)?$", re.I)
#: "improvements for both tagging (up to 1.9%) and parsing (up to 1% F1)": bounds of a change
#: the second term of a sum a score is written as: "(77.4+4.2)% mAP" is the baseline's 77.4 and a gain of 4.2
_ADDED = re.compile(r"\(\s*\d+(?:\.\d+)?\s*\+\s*$")
_UP_TO = re.compile(r"\bup to\s*$", re.I)
#: a count or a setting, not a score: "3 different model sizes", "9 benchmarks", "in 8.5 hours", "44,400 every day"
_COUNTED = re.compile(r"\s+(?:different|distinct|various|separate|other|additional|more|new|every)\b|"
                      + (_COUNT_UNIT := r"\s+(?:hours?|days?|minutes?|seconds?|weeks?|months?|years?|GPUs?|TPUs?|epochs?|steps?|"
                      r"iterations?|samples?|examples?|images?|layers?|languages?|people|persons?|users?)\b"), re.I)
#: a count's own noun right after it: "over 100 languages and achieve better" counts languages, no change
_COUNT_UNIT_AFTER = re.compile(_COUNT_UNIT, re.I)
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


def _human(text: str, s0: int, start: int, end: int) -> bool:
    """The figure at ``start`` is human performance (not when the text beats it: "surpasses the human
    performance ... (138.2 vs. 125.5)", where the first figure is the system's; nor the first of a pair
    in a parenthesis, "close to human quality (4.39 vs 4.44 in MOS)": the subject's own, the human's after
    "vs")."""
    m = _HUMAN.search(text, max(s0, start - 100), start)
    if m is None or _BEATS_HUMAN.search(text, max(s0, m.start() - 40), m.start()):
        return False
    return not (_PAIR_OPEN.search(text, max(s0, start - 3), start) and OTHERS_NEXT.match(text, end))


_SIZE = re.compile(r"\s?[×x*?]\s?\d")
_NOT_A_FIGURE = re.compile(r"\s*orders? of magnitude", re.I)
_POINTS = re.compile(r"(?:points?|pp)$", re.I)
_FROM_TO = re.compile(r"^\s*(?:%\s*)?(?:[A-Za-z][\w@-]{0,11}\s+)?(?:\([^)]{0,30}\)\s*)?(?:of\s+(?-i:[A-Z])[\w@.+-]{0,30}\s+)?"
                      r"(?:(?:down |up )?to|->|→)\s*$", re.I)  # ("from 87.9% of M1 to 50.2% of M2": M1's and M2's)
FROM = re.compile(r"\bfrom\s*$", re.I)
_ARROW = re.compile(r"\s*%?\s*(?:->|→|=>)\s*")
#: a range of figures, no change: "range from A to B", "between A and B", "ranging from (A to B)"
_RANGE = re.compile(r"(?:\brang\w*\s+from|\bbetween)\s*\(?\s*$", re.I)
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
#: "(ours reach 18.7%,) outperforming the attention-based counterpart with the CER of 22.0%": after a figure of
#: the paper's own, the beaten method's figure ("our method outperforms others with F1 of 79.6%" is the paper's)
_OTHERS_WITH = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*)\s+(?:[\w-]+\s+){1,4}with\s+(?:an?\s+|the\s+|its\s+)?"
                          r"(?:[\w@-]+\s+){0,2}(?:of\s+)?$", re.I)
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


#: a margin right before the figure: "exceeding the state of the art by over 5%", "outperforms prior systems by
#: more than 10%" (a change; neither the "than" nor the "prior" before it makes the figure others')
_BY_OVER = re.compile(r"\bby\s+(?:(?:over|more than|up to|about|around|roughly|approximately|nearly|almost)\s+)?$", re.I)
#: a score followed by whose it is: "the 56.7 F1 of the previous best system", "72.5% of prior work"
_PRIOR_OF = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,2}?(?:of|by)\s+(?:the\s+|an?\s+)?(?:previous(?:ly)?|prior|former|earlier|"
                       r"preliminary|existing|competing)\s+(?:best\b|state[- ]of[- ]the[- ]art\b|SOTA\b|arts?\b|works?\b|methods?\b|"
                       r"models?\b|systems?\b|approach(?:es)?\b|versions?\b|results?\b)", re.I)
#: the verbs a cited work states its figure with: "achieved", "reports", "got"
_CITED_VERB = r"(?:achiev|report|obtain|reach|attain|scor|got\b|get)\w*\b"
#: a cited work's own figure: "... was done before by Doe et al. [4], but they achieved 91.2% accuracy"
_CITED_THEY = re.compile(rf"(?:\bet al\.?|{text_spans.CITATION_BRACKET})[^.;]{{0,80}}?\bthey\s+(?:(?:have|had|also|only)\s+)?"
                         rf"{_CITED_VERB}[^.;]{{0,40}}$", re.I)
#: a relative clause on a citation gives the cited work's figure: "... the parser of Doe et al. (2015), which reaches
#: 91.2% UAS", "a tagger [7], which achieves 97.1%" (the clause hangs on the citation itself, not on a name before it)
_CITED_WHICH = re.compile(rf"(?:\bet al\.?(?:,?\s*\d{{4}}[a-z]?)?\)?|{text_spans.CITATION_BRACKET}|\(\d{{4}}[a-z]?\))\s*,\s*(?:which|who)\s+"
                          rf"(?:(?:has|have|had|also|only)\s+)?{_CITED_VERB}(?:[^.;]|\.(?=\d)){{0,40}}$", re.I)
#: what makes such a figure the baseline of the figure before it: "an improvement from the", "up from" (not "with")
_BASE_LEAD = re.compile(r"\b(?:from|than|over|against)\s+(?:the\s+|an?\s+)?$", re.I)
_OTHERS_AFTER = re.compile(r"\s*%?\s*\((?:the )?(?:current |previous |prior )?(?:SOTA|state[- ]of[- ]the[- ]art|baseline)\)|"
                           r"\s*%?\s*(?:[\w-]+\s+){0,2}(?:achieved|obtained|reported) by (?!our|us|the proposed)", re.I)
#: a bound named after the figure: "crossing the 70% mIoU threshold"
_BOUND_AFTER = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,2}?(?:threshold|barrier|mark|milestone)\b", re.I)
#: a bound rather than a figure ("models that exceed 80%", "up to 95% of layers"): not a score
_BOUND = re.compile(r"(?:\b(?:exceed\w*|surpass(?:es|ed|ing)?|above|below|under|more than|less than|at least|at most|greater than|fewer than|"
                    r"higher than|lower than)|[<>≤≥]|\(\s*over)\s*$|\bthresholds?\s*(?:of\s+|from\s+|at\s+|=\s*|>\s*)?$", re.I)


@dataclass
class Value:
    start: int
    end: int
    text: str
    kind: str = "score"
    baseline: str | None = None
    dropped: bool = False
    group: int = -1
    metric: int | None = None
    dataset: int | None = None
    base: "Value | None" = None  # the "from A to B" value A of B
    other: "Value | None" = None  # the figure B this value is compared with ("A compared to B")
    size: bool = False  # a dimension ("640×480"), not a figure at all
    listed: bool = False  # paired with a dataset of a list by position ("A and B ... on X and Y, respectively")
    unnamed: str | None = None  # its own metric, a name kg does not know ("and Distance of Fréchet 8.77"); "?" one
    # kg cannot write out (an entity inside it, or none written: "85.4% (97.6% top-5)")
    over: bool = False  # no one dataset the text names is its: a figure over several at once ("79.3% on several
    # datasets, namely A, B and C"), or on unnamed data a model was tested on ("trained on A and tested on an unseen set")
    mark: bool = False  # a footnote mark ("84.6 F1 score 1 on"), no figure at all
    ours: bool = False  # on the paper's own data, unnamed ("0.485 on our new dataset"): no dataset but the one it introduces


def values(text: str, s0: int, s1: int, spans: list[tuple[int, int]]) -> list[Value]:
    """The sentence's candidate values: numbers outside names and citations, with their units.

    >>> [v.text for v in values("It gets 26mm and 1.42 times [12] on X-50.", 0, 41, [(36, 40)])]
    ['26mm', '1.42 times']
    """
    found = [(m.start(), m.end(), m.group(0)) for m in _EXTRA_VALUE.finditer(text, s0, s1)]
    found += [(m.start(), m.end(), m.group(0)) for m in _GLUED.finditer(text, s0, s1)  # "54.3AP": a metric runs into it
              if any(a == m.end() for a, _ in spans) and not any(a <= m.start() < b for a, b, _ in found)]
    for n in text_spans.number_spans(text, s0, s1):  # "98+-2%", "6--10times": forms the general scanner cuts short
        if not any(a <= n[0] < b or n[0] <= a < n[1] for a, b, _ in found):
            found.append(n)
    found.sort()
    out = []
    for vs, ve, v in found:
        if any(a <= vs < b for a, b in spans) or _CITATION.search(text, max(s0, vs - 12), vs):
            continue
        glued = text[ve:ve + 1].isalpha() and any(a == ve for a, _ in spans)  # "54.3AP"
        if text[ve:ve + 1] == "]" or (text[ve:ve + 1].isalnum() and not glued) \
                or (text[ve:ve + 1] == "." and text[ve + 1:ve + 2].isdigit()) or _SPLIT_FIGURE.match(text, vs, ve + 3):
            continue  # a citation, or a number cut short ("25" of "25.8GB", "90" of "90. 25" split by a line break)
        m = _UNIT.match(text, ve, s1)
        if m and not v[-1:].isalpha():
            ve, v = m.end(), text[vs:m.end()]
        if _punct_dash(text, vs, v, s0, s1):
            vs, v = vs + 1, v[1:]  # "modelling -0.97 bpc on A -and ...": a dash set off as punctuation, no minus
        if (two := _MIXED_RANGE.fullmatch(v)) is not None:  # "82.0%-76.9": two figures, no range
            out += [Value(vs, vs + two.end(1), two.group(1)), Value(vs + two.start(2), ve, two.group(2))]
            continue
        out.append(Value(vs, ve, v))
    return _join_ranges(text, out, s0)


#: a bare number, and the word between the two ends of a range written out: "22 to 40 FPS"
_BARE = re.compile(r"\d+(?:\.\d+)?")
_RANGE_TO = re.compile(r"\s+to\s+")


def _join_ranges(text: str, vals: list[Value], s0: int) -> list[Value]:
    """A range written with "to" and one unit at its end ("runs at 22 to 40 FPS", "3 to 5 ms") as one value, as
    "22-40 FPS" is: a bare number A, then "to" and a larger B with its unit, not after "from" (unless a range's
    "ranging from"): "improves it from 22 to 40 FPS" is a change, "cuts the latency 30 to 12 ms" is no range."""
    out: list[Value] = []
    for v in vals:
        a = out[-1] if out else None
        b = _BARE.match(v.text)  # (not a signed B: "-3%")
        if a is not None and b is not None and _BARE.fullmatch(a.text) and _unit(v.text) \
                and _RANGE_TO.fullmatch(text, a.end, v.start) and float(a.text) < float(b.group()) \
                and (not FROM.search(text, max(s0, a.start - 12), a.start)
                     or _RANGE.search(text, max(s0, a.start - 25), a.start)):
            out[-1] = Value(a.start, v.end, text[a.start:v.end])
            continue
        out.append(v)
    return out


_GLUED = re.compile(r"(?<![\w.+-])\d+(?:\.\d+)?(?=[A-Za-z])")
#: a whole number cut at a line break inside its figure: "90. 25" (the sentence splitter ends a sentence there)
_SPLIT_FIGURE = re.compile(r"\d+\. \d")
#: two figures joined by a dash that cannot be a range, one a percentage and one not: "(MASS: 86.2%-81.7)"
_MIXED_RANGE = re.compile(r"(\d+(?:\.\d+)?%)\s?[-–]\s?(\d+(?:\.\d+)?)")


#: a dash the sentence sets off as punctuation: a space before it and a word right after (" -and", " – but")
_DASH_WORD = re.compile(r"\s[-–−]\s?[A-Za-z]")
#: a word that may introduce a signed figure ("of -0.3", "from -1.2", "= -4")
_SIGN_LEAD = re.compile(r"(?:\b(?:of|is|was|are|were|be|to|from|at|by|and|or|than|between|reaches|achieves)|[=:(\[,])\s*$", re.I)


def _punct_dash(text: str, vs: int, v: str, s0: int, s1: int) -> bool:
    """The value's leading minus is a dash used as punctuation: it follows a space after a word that does not
    introduce a figure, in a sentence that sets other dashes off the same way ("achieving state-of-the-art
    results in language modelling -0.97 bpc on A -and word-level ... -17.1 perplexity on B")."""
    if v[:1] not in "-–−" or not text[vs - 1:vs].isspace() or _SIGN_LEAD.search(text, max(s0, vs - 12), vs):
        return False
    return any(m.start() + 1 != vs for m in _DASH_WORD.finditer(text, s0, s1))


#: a name's short piece and a hyphen right before a number ("Top-2", "BC-190-40"), and a number of such pieces
_NAME_PIECE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,4}-$")
_PIECE_NUMBER = re.compile(r"\d+(?:-\d+)*")
#: a version's shape ("2.0", "3.5"), and the word right before it that has a name's shape ("Foo-Bar", "QuuxNet":
#: a capital or a hyphen inside), ending on a letter (not "FooSet-10 2.9", a name with its own number)
_VERSION = re.compile(r"\d\.\d")
_NAME_WORD = re.compile(r"(?<!\S)(?=\S*(?:[a-z][A-Z]|[A-Za-z]-[A-Za-z]))\S*[A-Za-z] $")
#: a percent sign right after a value (a space may sit between): "2.5 %"
_PERCENT_AFTER = re.compile(r"\s?%")
#: an index word before a number: "top 5 error", "level 2 AP" (the number picks a setting of the metric after it)
_INDEX_WORD = re.compile(r"\b(?:top|level|rank|tier)\s$", re.I)
#: "10 4 GPU hours": the power 10^4 with its exponent set off by the PDF's text, no figure of 10 nor of 4
_POWER_BASE = re.compile(r"(?<![\w.])10\s$")
_EXPONENT = re.compile(r"\s[-−]?\d{1,2}(?![\d.,])")
#: an exponent as a value, maybe with its unit ("4", "4 GPU hours", "-3")
_EXPONENT_VALUE = re.compile(r"[-−]?\d{1,2}(?:\s?[A-Za-z][\w ]*)?")


def _name_part(text: str, v: Value, s0: int, spans: list[tuple[int, int]]) -> bool:
    """A number that is part of a name: "Top-2 accuracy" (a setting, not a score of 2), "AMR 2.0 (" (a
    version right after a name, with no unit or metric after it), "Foo-Bar 2.0 reaches" (a version after a
    word of a name's shape), "level 2 AP" (an index of its metric) or "10 4" (a power of ten)."""
    if _NAME_PIECE.search(text, max(s0, v.start - 6), v.start) and _PIECE_NUMBER.fullmatch(v.text):
        return True
    if re.fullmatch(r"[-−]\d", v.text) and any(b == v.start - 1 for _, b in spans) and text[v.start - 1] == " ":
        return True  # "43.9% MR -2": the exponent of a metric's name ("MR^-2"), set off by a space
    if re.fullmatch(r"\d{1,2}\.\d", v.text) and text[v.start - 1:v.start] == " " \
            and any(b == v.start - 1 for _, b in spans) and not re.match(r"\s?(?:%|[A-Za-z])", text[v.end:v.end + 2]):
        return True
    return _version(text, v, s0) or _index(text, v, s0) or _power(text, v, s0)


def _version(text: str, v: Value, s0: int) -> bool:
    """ "Foo-Bar 2.0 not only reaches": a version right after a word of a name's shape that is no metric,
    with no unit or metric after it ("QuuxNet 2.5 BLEU" is a score)."""
    m = _VERSION.fullmatch(v.text) and _NAME_WORD.search(text, max(s0, v.start - 40), v.start)
    if not m or known_metric(m.group(0).strip(" ([,;:")) or _PERCENT_AFTER.match(text, v.end):
        return False
    return not metric_next(text, v.end)


def _index(text: str, v: Value, s0: int) -> bool:
    """ "a top 5 error rate", "83.8 level 1 AP": a whole number between an index word and a metric (up to
    three words of it) picks the metric's setting; it is no score."""
    if not v.text.isdigit() or not _INDEX_WORD.search(text, max(s0, v.start - 8), v.start):
        return False
    words = text[v.end:v.end + 60].split()[:3]
    return _opens_on_metric(words, ",.;:()")


def _opens_on_metric(words: list[str], strip: str = "") -> bool:
    """Whether ``words`` open on a metric kg knows (:func:`metric_names.known_metric`), one word or more; ``strip``: the
    characters to strip around them first."""
    return any(known_metric(" ".join(words[:k]).strip(strip)) for k in range(1, len(words) + 1))


def _power(text: str, v: Value, s0: int) -> bool:
    """ "10 4 GPU hours", "1.2 x 10 -3": a power of ten whose exponent the text sets off by a space; neither the
    ten nor the exponent is a figure."""
    if v.text == "10" and _EXPONENT.match(text, v.end):
        return True
    return _EXPONENT_VALUE.fullmatch(v.text) is not None \
        and _POWER_BASE.search(text, max(s0, v.start - 4), v.start) is not None


def kinds(text: str, vals: list[Value], s0: int, spans: list[tuple[int, int]]) -> None:
    """Kind, baseline and "someone else's figure" for each value, in place."""
    for k, v in enumerate(vals):
        before = text[max(s0, v.start - 60):v.start]
        if _no_figure(text, vals, k, s0, spans, before):
            continue
        v.kind = _kind(text, v, s0, before)
        gap = text[vals[k - 1].end:v.start] if k else ""
        if k and _FROM_TO.match(gap) and (_ARROW.fullmatch(gap) or FROM.search(text, max(s0, vals[k - 1].start - 12),
                                                                                 vals[k - 1].start)
                                          or _paren_pair(text, vals[k - 1], v)) \
                and not _RANGE.search(text, max(s0, vals[k - 1].start - 25), vals[k - 1].start):
            vals[k - 1].dropped = True  # "from A to B": B is the score, A its baseline
            v.baseline = vals[k - 1].text
            v.base = vals[k - 1]
            v.kind = "score" if v.kind == "delta" and not v.text.startswith("+") else v.kind
        if v.kind == "score" and (_SHARE.match(text, v.end) and not _BOUND.search(before) or _metric_share(text, v)
                                  or v.text.endswith("%") and _COUNT_PAREN.search(before)
                                  and _SHARE_VERB.match(text, v.end)):
            v.kind = "ratio"  # "only 40% of the computational cost", "30 (24.4%) were in the class": a share, not a score
        _settle(text, vals, k, s0, before)


def _no_figure(text: str, vals: list[Value], k: int, s0: int, spans: list[tuple[int, int]], before: str) -> bool:
    """Whether value ``k`` is no figure at all (:func:`kinds`): part of a name, an enumeration or order of
    magnitude, a footnote mark; it is marked dropped."""
    v = vals[k]
    if _name_part(text, v, s0, spans):
        v.dropped = True
        return True
    if _NOT_A_FIGURE.match(text, v.end) or (re.fullmatch(r"\d", v.text) and re.match(r"\s*[.)]", text[v.end:])) \
            or (re.fullmatch(r"\d\d", v.text) and re.search(r"\b(?:m?AP|AP_|R@|Hits@|P@)\s?$", before)
                and not metric_next(text, v.end)):  # ("by 13 mAP 25 MOTA": 25 is the MOTA's figure)
        v.dropped = True  # "2-3 orders of magnitude", "2) the memory", a footnote "parameters 1 .", "AP 50"
        return True
    if any(m.start(1) == v.start for m in SETTING.finditer(text, max(s0, v.start - 30), v.end)):
        v.dropped = True  # "map@tIoU=0.5", "AP@0.75": the threshold or rank a metric is read at, no score
        return True
    if _footnote(text, vals, k):
        v.dropped = v.mark = True  # "the error to 33.4 mm 1 on Human3.6M": a footnote mark after a figure
        return True
    return False


#: a metric's setting glued to its name (which ends in a letter or digit: "R1@0.5") by "@", maybe spaced ("mAP @ 0.5"):
#: the rank or threshold right after "@" ("map@0.5", "R@1") or the value of a setting named after "@" ("map@tIoU=0.5",
#: "AP@[IoU=0.75]"), group 1; "R@1=45.2", whose "=" follows a number, gives a score. :mod:`.metric_binding` reads past
#: it to the metric before it
SETTING = re.compile(r"(?<=\w)\s?@\s?(?:\[?\s?[A-Za-z][\w-]*\s?=\s?)?(\d+(?:\.\d+)?)\]?")


def _settle(text: str, vals: list[Value], k: int, s0: int, before: str) -> None:
    """Value ``k`` dropped when it is a bound, a size, a baseline or someone else's figure (:func:`kinds`)."""
    v = vals[k]
    bound = _BOUND.search(text, max(s0, v.base.start - 30), v.base.start) if v.base else None  # "thresholds from A to B"
    if v.kind == "score" and (bound or _BOUND.search(before) or _human(text, s0, v.start, v.end) or _COUNTED.match(text, v.end)
                              or _BOUND_AFTER.match(text, v.end)
                              or _not_a_score(text, v, s0)):
        v.dropped = True
    elif _SIZE.match(text, v.end) or re.search(r"\d\s?[×x*?]\s?$", before) \
            or (v.text[-1:] in "×x" and re.match(r"\s?\d", text[v.end:v.end + 2])):  # "512 ×" of "512 × 512"
        v.dropped = v.size = True  # "640×480 inputs"
    elif k and _FROM_ASIDE.search(text, max(s0, v.start - 25), v.start) and vals[k - 1].baseline is None \
            and _unit(v.text) == _unit(vals[k - 1].text):
        v.dropped = True  # "32 FPS (from original 17 FPS)": the baseline of the value before
        vals[k - 1].baseline, vals[k - 1].base = v.text, v
    elif (_OTHERS_AFTER.match(text, v.end) or v.kind == "score" and _BEATEN_PAREN.search(text, max(s0, v.start - 120), v.start)) \
            and v.baseline is None:
        v.dropped = True  # "85% (current SOTA)"
    elif v.kind == "score" and v.baseline is None and _PRIOR_OF.match(text, v.end):
        _prior_figure(text, vals, k, s0)  # "a large improvement from the 56.7 F1 of the previous best system"
    elif v.kind == "score" and v.baseline is None and (_COMPARED_PAREN.search(text, max(s0, v.start - 120), v.start)
                                                       or _beaten_after_own(text, vals, k, s0)):
        v.dropped = True  # "(25.8 ppl) ... compared to a Transformer-XL baseline (24.2 ppl)": the baseline's
        if k and not vals[k - 1].dropped and vals[k - 1].baseline is None and _unit(v.text) == _unit(vals[k - 1].text):
            vals[k - 1].baseline, vals[k - 1].other = v.text, v
    elif ((cue := OTHERS.search(before)) or (k and _OTHERS_WITH.search(text, max(s0, v.start - 100), v.start))) \
            and not _cue_is_previous(vals, k, cue, v.start - len(before)) and not _BY_OVER.search(before):
        v.dropped = True
        if k and vals[k - 1].baseline is None and v.kind == "score" and _unit(v.text) == _unit(vals[k - 1].text):
            vals[k - 1].baseline = v.text  # (not "1.6M parameters ... over 62 FPS", nor a relative reduction)
            vals[k - 1].other = v
    elif k and v.kind == "score" and vals[k - 1].dropped and _AND_METRIC_OF.fullmatch(text, vals[k - 1].end, v.start) \
            and OTHERS.search(text, max(s0, vals[k - 1].start - 60), vals[k - 1].start):
        v.dropped = True  # "over the previous best IS of 52.52 and FID of 18.65": both are the previous best's
    elif v.kind == "score" and v.baseline is None and (others_best(text, s0, v.start) or _listed_best(text, vals, k, s0)
                                                       or _CITED_THEY.search(text, max(s0, v.start - 200), v.start)
                                                       or _CITED_WHICH.search(text, max(s0, v.start - 120), v.start)):
        v.dropped = True  # "1.4% against the current state-of-the-art WERs 1.7%": the earlier best's figure


def _cue_is_previous(vals: list[Value], k: int, cue: "re.Match | None", lo: int) -> bool:
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


def _prior_figure(text: str, vals: list[Value], k: int, s0: int) -> None:
    """``vals[k]`` is an earlier system's figure: no result of its own, and the baseline of the figure before it
    when the text sets it against that one ("71.3 F1, a large improvement from the 56.7 F1 of the previous best
    system"; not "88.1% mIoU with 30% computation of the previously best model")."""
    v, u = vals[k], (vals[k - 1] if k else None)
    v.dropped = True
    if u is not None and _BASE_LEAD.search(text, max(s0, v.start - 30), v.start) and not u.dropped \
            and u.baseline is None and _unit(v.text) == _unit(u.text):
        u.baseline, u.other = v.text, v


def _beaten_after_own(text: str, vals: list[Value], k: int, s0: int) -> bool:
    """``vals[k]`` sits in a parenthesis right after what the paper beats, and the paper's own figure of the same
    unit comes before that verb in the sentence: "we get 61.2% mAP, surpassing the state of the art (55.0% mAP)"
    (the beaten one's figure; alone, "our model beats the state of the art (61.2% mAP)" gives the paper's own).

    >>> t = "We get 61.2% mAP, surpassing the state of the art (55.0% mAP). It beats the state of the art (70%)."
    >>> vs = [Value(t.index(x), t.index(x) + len(x), x) for x in ("61.2%", "55.0%", "70%")]
    >>> [_beaten_after_own(t, vs, k, s0) for k, s0 in ((1, 0), (2, t.index("It")))]
    [True, False]
    """
    u = vals[k - 1] if k else None
    if u is None or u.start < s0 or u.dropped or u.baseline is not None or u.kind != "score" or _unit(u.text) != _unit(vals[k].text):
        return False
    m = _BEATEN_BEST_PAREN.search(text, max(s0, u.end), vals[k].start)
    return m is not None and not _OWN_AGAIN.search(text, u.end, m.start())


def _listed_best(text: str, vals: list[Value], k: int, s0: int) -> bool:
    """``vals[k]`` goes on a list whose first figure is others' best: "a preliminary version of this work that
    reports DSCs of 72.5% and 79.4%" (the "and" ends no clause of the paper's own there)."""
    u = vals[k - 1] if k else None
    return u is not None and u.dropped and _LIST_GLUE.fullmatch(text, u.end, vals[k].start) is not None \
        and others_best(text, s0, u.start)


def _kind(text: str, v: Value, s0: int, before: str) -> str:
    """A value's kind by its own words: ``ratio`` ("2.5x", "3 times"), ``delta`` ("by 2.6%", "+2.7", "7.7
    points", "losing 3%"), else ``score``."""
    if _RATIO.search(v.text) or _RATIO_AFTER.match(text, v.end):
        return "ratio"
    if re.fullmatch(r"\d+", v.text) and _COUNT_UNIT_AFTER.match(text, v.end) and not _DELTA_BEFORE.search(before):
        return v.kind  # (the score test drops it as a count)
    if v.text[:1] in "+" or _POINTS.search(v.text) or _DELTA_BEFORE.search(before) or _ADDED.search(before) \
            or _CHANGE_EXAMPLE.search(before) or margin(text, v, s0) \
            or _DELTA_AFTER.match(text, v.end) or _GRADED_CHANGE_AFTER.match(text, v.end) \
            or over_best(text, v) or _CHANGE_BEFORE.search(before) \
            or (_UP_TO.search(before) and re.search(r"[%.]", v.text) and CHANGE_NOUN.search(text, max(s0, v.start - 90), v.start)) \
            or change_with(text, v, s0) or garbled_change(text, v, s0) or change_of_measure(text, v, before) \
            or gap_figure(text, v, before):
        return "delta"
    return v.kind


#: a figure in a parenthesis after what the paper beats: "we outperform the current state-of-the-art mIOU (65%)"
#: (not right after a bare "state-of-the-arts (": "outperforms the current state-of-the-arts (20.6 dB SDR on X)" is ours)
_BEATEN_PAREN = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*)\s+(?:the\s+)?(?:current|previous|prior|existing)"
                           r"\s+[^,;()]{0,80}(?<!art)(?<!arts)(?<!SOTA)(?<!methods)(?<!approaches)\s\(\s*$", re.I)

#: what the paper beats, closed by a parenthesis: "surpassing the previous best methods (", "outperforms the state of
#: the art (" (whose figure that is depends on a figure of the paper's own before it: :func:`_beaten_after_own`)
#: a new clause of the paper's own between its figure and what it beats ("...; on B we beat ...")
_OWN_AGAIN = re.compile(r";|\b(?:we|our|ours|while|whereas|but|also)\b", re.I)
_BEATEN_BEST_PAREN = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|better than)\s+(?:all\s+)?(?:the\s+)?"
                                r"(?:[\w-]+\s+){0,4}?(?:state[- ]of[- ]the[- ]arts?|SOTA|best|methods?|approach(?:es)?|models?|"
                                r"baselines?|results?|systems?|detectors?)\s?\(\s*[^()\d]{0,20}$", re.I)
#: a figure in a parenthesis after what the paper is compared with: "similar accuracy (A: 86.2%) compared to the
#: state-of-the-art methods (A: 85.9%)", "a significant improvement over a simple baseline (20%)" (a parenthesis
#: that names the paper's own side, "(ours: ...)", is not)
_COMPARED_PAREN = re.compile(r"\b(?:compared (?:to|with)|versus|vs\.?|over\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}base-?lines?)"
                             r"(?:\s+(?:(?!\b(?:and|but|while|whereas|which|we|our|achiev\w*|reach\w*|obtain\w*|yield\w*|"
                             r"set\w*|provid\w*)\b)[^,;()]){0,60}?)?\s?\((?![^()]*\b(?:ours?|we)\b)(?:[^()]*[,;:]\s*)?[^()\d]{0,30}$",
                             re.I)


#: a metric's name between a figure and a footnote mark: "84.6 F1 score 1 on the test set"
_METRIC_GAP = re.compile(r"\s+(?:(?!(?:and|or|to|vs|of|by|with|on|in|at|for)\b)[A-Za-z][\w-]*\s+){1,2}")


def _footnote(text: str, vals: list["Value"], k: int) -> bool:
    """A single digit right after a figure with a unit or a decimal point (or after its metric's name),
    before a word: a footnote mark ("to 33.4 mm 1 on Human3.6M", "84.6 F1 score 1 on the test set"), not a
    figure of its own."""
    v = vals[k]
    if not k or not re.fullmatch(r"\d", v.text) or not (re.fullmatch(r"\s", text[vals[k - 1].end:v.start])
                                                        or _METRIC_GAP.fullmatch(text, vals[k - 1].end, v.start)):
        return False
    return re.search(r"\d\.\d|[A-Za-z%]$", vals[k - 1].text) is not None and re.match(r"\s+[a-z]", text[v.end:]) is not None


def _paren_pair(text: str, u: Value, v: Value) -> bool:
    """ "(73.5 to 75.2)": a parenthesis holding only "A to B", after a change ("by 1.7 AP (73.5 to 75.2)")."""
    return re.search(r"\(\s*$", text[max(0, u.start - 3):u.start]) is not None \
        and re.match(r"\s*%?\s*\)", text[v.end:v.end + 4]) is not None


#: the next item of a list of figures, each with its metric: "... IS of 52.52 and FID of 18.65"
_AND_METRIC_OF = re.compile(r"\s*%?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+|the\s+)?[\w@-]+(?:\s[\w@-]+)?\s+of\s+")
#: a baseline in a parenthesis right after a score: "32 FPS (from original 17 FPS)", "75.2 (up from 73.5)"
_FROM_ASIDE = re.compile(r"\d[\w.%]*(?:\s[A-Za-z@-]+)?\s*(?:\((?:up |down )?|,\s*(?:up|down)\s+)from\s+(?:the\s+)?"
                         r"(?:original|baseline|previous)?\s*$", re.I)  # (also "FVD of 25.7, down from 69.2")
#: a share: "40% of the cost", "25% of its parameters" (not "80% of the time"-like scores kg cannot tell apart)
_SHARE = re.compile(r"\s*%?\s*(?:(?:or|and|,|/)\s*\d+(?:\.\d+)?%\s*)*of\s+(?:(?:the|its|their|our|all|a)\s+)?(?!\d)(?:[\w-]+\s+){0,2}?"
                    r"(?:cost|costs|computation|compute|computational|FLOPs|MACs|parameters|params|memory|time|data|budget|"
                    r"size|labels?|annotations?|energy|storage|dataset|training (?:set|data|examples)|images|samples|examples|"
                    r"accuracy|performance|quality)\b", re.I)
#: a count with its share in a parenthesis: "30 (24.4%) were in the BE-no-dysplasia class"
_COUNT_PAREN = re.compile(r"(?<![\w.-])\d+\s*\(\s*$")
_SHARE_VERB = re.compile(r"\s*\)\s+(?:were|was|are|is|had|have|belong\w*|fell|fall)\b", re.I)
#: a count of things: "1.7 million articles", "100 sentence pairs" (a plural noun that is no metric kg knows)
_COUNT_NOUN = re.compile(r"\s+(?:[a-z]+[\s-])?([a-z]{3,}s)\b(?![/-])")
#: a number that may count things: a whole number, or one with a magnitude ("1.7 million", "25K")
_COUNT = re.compile(r"\d[\d,]*|\d+(?:\.\d+)?\s?(?:thousand|million|billion|[KMB])", re.I)
_MAGNITUDE = re.compile(r"(?:thousand|million|billion|\d[KMB])$", re.I)
#: a cost the result is measured at: "at around 500M MACs", "under 300M FLOPs"
_BUDGET = re.compile(r"\b(?:at|under|within|below)\s+(?:around\s+|about\s+|approximately\s+|only\s+|~\s*|"
                     r"(?:[\w-]+\s+){1,2}\(\s*(?:\d[\w.]*\s*/\s*)*)?$", re.I)
_BUDGET_UNIT = re.compile(r"\s*(?:/\s*\d[\d.]*\s*[MGBK]?\s*)*(?:[MGBK]\s*)?(?:MACs|FLOPs|Mult-Adds|multiply-adds)\b", re.I)
#: figures of other papers: "11 BLEU ... reported in Xu et al.", "(e.g., A and B have 11 billion and 175 billion ...)"
_CITED_AFTER = re.compile(r"\)?[^.;()]{0,60}?(?:\b(?:reported|achieved|obtained)\s+(?:in|by)\s+(?!our|us\b|the proposed|this)|"
                          r"\bet al\.)", re.I)
#: a figure and its metric's name, then a citation mark: "98.0% top-1 accuracy [4] was reached"
_CITED_FIGURE = re.compile(r"\s*%?\s*((?:[\w@-]+\s+){0,3}?)\[\d+(?:\s*[,;–-]\s*\d+)*\]")


def _cited_figure(text: str, v: Value) -> bool:
    """A figure whose metric (or the figure itself) a citation mark follows: "by then, 98.0% top-1 accuracy [4]
    was reached", "97% token accuracy [4]" is the cited work's figure, not the paper's (a mark after a dataset's
    name, "85% accuracy on FooData [7]", cites the data, and the figure stays)."""
    m = _CITED_FIGURE.match(text, v.end)
    words = m.group(1).split() if m else []
    return m is not None and (not words or known_metric(" ".join(words)) or known_metric(words[-1]))


_EXAMPLE_PAREN = re.compile(r"\((?:e\.g\.|i\.e\.|for example|for instance)[^()]*$", re.I)


#: "N% of the <measure>": the words after a share's "of"
_SHARE_OF = re.compile(r"\s*(?:(?:or|and|,|/)\s*\d+(?:\.\d+)?%\s*)*of\s+(?:the|its|their|our)\s+([\w-]+(?:\s+[\w-]+){0,3})", re.I)


def _metric_share(text: str, v: Value) -> bool:
    """A percentage of a measure, not a score in it: "LPM recovers 54% and 73% of the word error rate"."""
    m = _SHARE_OF.match(text, v.end) if v.text.endswith("%") else None
    words = m.group(1).split() if m else []
    return _opens_on_metric(words)


def _unit(value: str) -> str:
    """What a value is written in: "%", a unit ("FPS", "M"), or nothing."""
    return _NOT_UNIT.sub("", value).lower()


#: what is no unit in a value: its digits, signs and spaces, and a range's "to" ("22 to 40 FPS": "fps")
_NOT_UNIT = re.compile(r"\sto\s|[\d.,+\-\s]")


def _not_a_score(text: str, v: Value, s0: int) -> bool:
    """A number that is no score of the paper's: a count ("1.7 million articles"), one of two alternatives
    ("(1 or 0)"), a compute budget ("at around 500M MACs"), another paper's figure ("reported in Xu et
    al.", inside "(e.g., ...)"), or a footnote mark opening a sentence ("1 11 BLEU ...")."""
    m = _COUNT_NOUN.match(text, v.end)
    if m and _COUNT.fullmatch(v.text) and not known_metric(m.group(1)) and not known_metric(m.group(0).strip()) \
            and not re.match(r"\s+per\b", text[m.end():]):
        return True
    if re.fullmatch(r"\d+", v.text) and (re.match(r"\s+or\s+\d", text[v.end:]) or re.search(r"\d\s+or\s+$", text[s0:v.start])):
        return True
    if (_BUDGET.search(text, max(s0, v.start - 45), v.start) and _BUDGET_UNIT.match(text, v.end)) \
            or _CITED_AFTER.match(text, v.end) or _cited_figure(text, v) \
            or (_EXAMPLE_PAREN.search(text, s0, v.start) and _MAGNITUDE.search(v.text)):
        return True
    if _CONDITION.search(text, max(s0, v.start - 50), v.start) or _EXAMPLE_AFTER.match(text, v.end) \
            or _DENIED.match(text, v.end):
        return True  # "when the true positive rate is 95%": a condition of the result, not one; "95% ... cannot be"
    if re.fullmatch(r"\d+(?:\.\d+)?", v.text) and re.search(r"\d\S*\s+(?:[\w@-]+\s+){0,2}at\s+$", text[max(s0, v.start - 40):v.start]) \
            and (m := re.match(r"\s+([A-Za-z][\w@-]*)((?:\s[\w@-]+){0,2})", text[v.end:v.end + 40])) \
            and not _opens_on_metric((m.group(1) + m.group(2)).split()[:3]):
        return True  # "93% recall at 1 FPPI": the operating point of the figure before it
    if re.fullmatch(r"\d+", v.text) and _COMPOUND_COUNT.match(text, v.end):
        return True  # "62 fps on 8-frame clips": a count written into a compound is a setting
    if _LEGEND.search(text, max(s0, v.start - 40), v.start):
        return True  # "(light green, 0.38 IoU)": a figure's legend run into the text
    return bool(re.fullmatch(r"\d{1,2}", v.text) and re.fullmatch(r"\s*(?:\d{1,2}\s+)?", text[s0:v.start]))


#: a count opening a hyphenated compound: "8-frame clips", "16-shot", "4-layer" (not "5-fold", "2-point")
_COMPOUND_COUNT = re.compile(r"-(?!(?:fold|times|points?|pp)\b)[A-Za-z]")
#: a figure's legend: a colour opening a parenthesis ("AtlasNet (light green, 0.38 IoU)", "(red, 0.76 IoU)")
_LEGEND = re.compile(r"\((?:(?:light|dark)\s+)?(?:red|green|blue|yellow|orange|purple|black|white|gr[ae]y|pink|cyan|magenta)"
                     r",[^()]*$", re.I)
_EXAMPLE_AFTER = re.compile(r"[^.;,()]{0,40}?\bas an example\b", re.I)  # "a transformer with 26M parameters as an example"
#: a figure that a modal denies is no one's result: "100% recall cannot always be guaranteed", "an F1 of 90 could
#: not be reached" (up to two words between, no conjunction: not "94% accuracy and cannot be fooled")
_DENIED = re.compile(r"\s*%?\s*(?:(?!(?:and|or|but|while|whereas|which|that|yet)\b)[\w@-]+\s+){0,2}?"
                     r"(?:cannot|can\s+not|could\s+not|may\s+not|might\s+not|will\s+not|would\s+not|can't|couldn't|won't)\s+"
                     r"(?:\w+ly\s+|always\s+|yet\s+|even\s+)?be\b", re.I)
_CONDITION = re.compile(r"\b(?:when|if|where)\s+(?:the\s+)?[\w\s-]{1,30}?\s(?:is|are|equals?|set to|fixed (?:at|to))\s*$",
                        re.I)


_DELTA_LIST_GAP = re.compile(r"\s*%?\s*(?:\([^()]{1,40}\)\s*)?(?:(?:(?:absolute|relative|[\w@-]+)\s+){0,2}?(?:improvements?|gains?|increases?|"
                             r"reductions?|drops?|decreases?|boosts?)\s+|(?:[\w@-]+\s+){1,3}?(?=(?:on|in|for)\s))?(?:(?:on|in|for)\s+[^,;()]{1,40}?|(?:[\w@%-]+\s+){1,2}?(?=and))?\s*"
                             r"(?:,|,?\s*\band|/)\s*[~∼]?(?:up to\s+|about\s+|around\s+|nearly\s+)?|\s*%?\s*(?:to|-|–|−|~|∼)\s*|"
                             r"\s*%?\s*[A-Za-z][\w@-]{0,11},?\s+(?:and\s+)?")  # "by 13 mAP 25 MOTA and 6 mAP 3 MOTA"  # a list, or a range ("by 9% to 13%")


def delta_lists(text: str, vals: list[Value]) -> None:
    """A list goes on as it began: "improvements of: 4.3% on CIFAR-10, and 7.2% on SVHN" are both deltas; and
    a noun of change after a list is said of every member: "24.73% and 13.93% improvements", "9.8%/5.7% (AUC)
    and 24.4%/25.0% (EAO) relative improvements"."""
    alt: dict[int, Value] = {}  # "by 8% or 4 mAP": the same change in other units; the list goes on from "8%"
    vals = [v for v in vals if not v.mark]  # ("by 10% F 1 on A and 5.9% on B": the footnote-like "1" is no member)
    examples: set[int] = set()  # the members of a list of examples of a change ("gains, e.g. 1 on A ..., and 2 on B")
    for u, v in zip(vals, vals[1:]):
        if u.kind == "delta" and _CHANGE_EXAMPLE.search(text, max(0, u.start - 60), u.start):
            examples.add(id(u))
        if u.kind == "delta" and v.kind == "score" and not v.dropped and re.fullmatch(r"\s*%?\s*or\s*", text[u.end:v.start]):
            v.kind, alt[id(v)] = "delta", u
            continue
        w = alt.get(id(u), u)
        if u.kind == "delta" and v.kind == "score" and not v.dropped and ("%" in w.text) == ("%" in v.text) \
                and (_DELTA_LIST_GAP.fullmatch(text, u.end, v.start) or _LIST_ON.fullmatch(text, u.end, v.start)
                     or id(u) in examples and _EXAMPLE_ON.fullmatch(text, u.end, v.start)
                     or _parallel_item(text, u, v)):
            v.kind = "delta"
            examples.update({id(v)} if id(u) in examples else ())
    chained: set[int] = set()  # the members a noun after the list made changes: the list goes back through them
    for u, v in reversed(list(zip(vals, vals[1:]))):
        if v.kind == "delta" and u.kind == "score" and not u.dropped and _listed_change(text, u, v, id(v) in chained) \
                and ("%" in u.text) == ("%" in v.text):
            u.kind = "delta"
            chained.add(id(u))


def _listed_change(text: str, u: Value, v: Value, chained: bool) -> bool:
    """Whether ``u`` is a member of the list of changes ``v`` ends: glued to it and with a noun of change after
    the list ("24.73% and 13.93% improvements"); a unit word may stand between when the noun is plural ("3.3
    mAP and 1.6 mAP improvements"), and a singular noun counts after a plain pair ("1.6% and 1.34% absolute
    improvement")."""
    if _LIST_GLUE.fullmatch(text, u.end, v.start):
        return chained or bool(_NOUN_AFTER_LIST.match(text, v.end) or _NOUN_AFTER_PAIR.match(text, v.end))
    unit = _UNIT_GLUE.fullmatch(text, u.end, v.start)
    return bool(unit) and (chained or bool(_NOUN_AFTER_UNIT.match(text, v.end, v.end + 40)))


#: between two values of one list: "82.1% and 83.6%", "2.1/4.3", "1.2, 3.4"
_LIST_GLUE = re.compile(r"\s*%?\s*(?:\([\w@ -]{1,15}\)\s*)?(?:,|,?\s*and|/)\s*")  # (also "23.3%/8.8% (EAO) and 24.4%")
#: the rest of a list item and the glue to the next: "1.6% top-1 accuracy, 2.5% ...", "21.5% F 1 over all X, and 5.8%"
_ITEM_ON = (r"(?![^;()]*\b(?:while|whereas|but|which|we|our|it|its|achiev\w*|reach\w*|obtain\w*)\b)"
            r"[^;()%]{{0,{n}}}?(?:,\s*(?:and\s+)?|\s+and\s+)")
_LIST_ON = re.compile(_ITEM_ON.format(n=60), re.I)
#: the same, in a list of examples of a change, whose items may say more: "3.2 mAP on A in a first setting, and"
_EXAMPLE_ON = re.compile(_ITEM_ON.format(n=100), re.I)
#: the long rest of a list item whose next member repeats its measure: "... for small boxes with a lighter encoder
#: (X-50 vs X-101) and" (asides in parentheses may stand there; no clause of its own: no verb of a score, no subject)
_PARALLEL_ON = re.compile(r"(?![^;]*\b(?:while|whereas|but|which|that|we|our|it|its|they|their|is|are|was|were|has|have|"
                          r"had|achiev\w*|reach\w*|obtain\w*|yield\w*|gets?|attain\w*|record\w*)\b)"
                          r"[^;]{0,160}?(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
#: the measure written right after a figure: its first word ("% mean Average Precision" -> "mean")
_MEASURE_AFTER = re.compile(r"\s*%?\s*(?!(?:on|in|at|for|with|and|or|of|to|by|from|over|than|as|vs)\b)([A-Za-z][\w@-]*)")


def _parallel_item(text: str, u: Value, v: Value) -> bool:
    """``v`` is the next member of the list of changes ``u`` opens when both are written with the same measure
    and nothing but the rest of ``u``'s item stands between: "beats B by 0.5% mAP for small boxes with a lighter
    encoder (X-50 vs X-101) and 2.9% mAP for large ones" (not "... and reaches 45% mAP")."""
    a, b = _MEASURE_AFTER.match(text, u.end), _MEASURE_AFTER.match(text, v.end)
    return a is not None and b is not None and a.group(1).lower() == b.group(1).lower() \
        and _PARALLEL_ON.fullmatch(text, a.end(), v.start) is not None


#: a plural noun of change, maybe graded: "absolute improvements"
_CHANGE_NOUNS = r"(?:absolute\s+|relative\s+)?(?:improvements|gains|increases|reductions|drops|decreases|boosts)\b"
#: a noun of change right after a list's last value, maybe past the measure it changes: "24.73% and 13.93%
#: improvements", "12.1% and 5.7% relative error reductions"
_NOUN_AFTER_LIST = re.compile(r"\s*%?\s*(?:\([\w@ -]{1,15}\)\s*)?(?:(?:absolute|relative)\s+)?(?:[\w@-]+\s+){0,2}?"
                              + _CHANGE_NOUNS, re.I)
#: a singular noun of change after a plain pair: "1.6% and 1.34% absolute improvement"
_NOUN_AFTER_PAIR = re.compile(r"\s*%?\s*(?:absolute\s+|relative\s+)?(?:improvement|gain|increase|reduction|drop|decrease|"
                              r"boost)\b", re.I)
#: a unit word between two values of one list: "3.3 mAP and 1.6"
_UNIT_GLUE = re.compile(r"\s*%?\s*[A-Za-z][\w@-]{0,10}\s+and\s+")
#: the same unit word, then a plural noun of change: " mAP improvements"
_NOUN_AFTER_UNIT = re.compile(r"\s*%?\s*[A-Za-z][\w@-]{0,10}\s+" + _CHANGE_NOUNS, re.I)
