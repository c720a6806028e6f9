"""The kinds of a sentence's values (step 3 of :mod:`kg.extract.results`, :func:`kinds`): a ``ratio`` ("2.5x", "40% of
the cost"), a ``delta`` ("by 2.6%", "+2.7", "7.7 points"; the readings of a figure as a change are :mod:`.changes`'),
else a ``score``; "from A to B" is the score B with baseline A, "A compared to B" A with baseline B; and what is
dropped: no figure at all (a name's number, :mod:`.name_numbers`; a metric's setting after "@", :data:`SETTING`; a
footnote mark), a bound, a size, no score of the paper's (:mod:`.not_scores`) and others' figures
(:mod:`.others_figures`).
"""
from __future__ import annotations

import re

from kg.extract import text_spans
from kg.extract.results.changes import (CHANGE_NOUN, CHANGE_WORDS, change_of_measure, change_with, gap_figure,
                                        garbled_change, margin, metric_next, over_best)
from kg.extract.results.delta_lists import CHANGE_EXAMPLE
from kg.extract.results.name_numbers import name_part, opens_on_metric
from kg.extract.results.not_scores import footnote_mark, not_a_score
from kg.extract.results.others_figures import (OTHERS, beaten_after_own, cue_is_previous, human_figure, listed_best,
                                               others_best, prior_figure)
from kg.extract.results.values import FROM, RANGE, Value, value_unit


_RATIO = re.compile(r"(?:x|×|times|fold)$", re.I)
_RATIO_AFTER = re.compile(r"\s*(?:times|-?fold)\b|\?\s*(?:speed-?ups?|faster|slower|smaller|larger|fewer|less|more)\b", re.I)
_DELTA_BEFORE = re.compile(r"(?:\b" + CHANGE_WORDS + r"\s*\(|\bby(?:\s+an?(?:\s+(?!average\b)[a-z]+){0,2}|\s+[a-z]{3,}(?:able|ible|ant|ial|ous))?(?:\s+as much as)?(?:\s+average(?:\s+of)?)?(?:\s+absolute|\s+relative)?|\bmargins?\s*\(|\bmargins? of|\b(?:" + CHANGE_WORDS + r"|losses) of)\s*(?:an average of\s+|between\s+|about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+|near\s+|"
                           r"almost\s+|only\s+|over\s+|more than\s+|~\s*|∼\s*|\?)?"
                           r"(?:up to\s+)?$", re.I)
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


_SIZE = re.compile(r"\s?[×x*?]\s?\d")
_NOT_A_FIGURE = re.compile(r"\s*orders? of magnitude", re.I)
_POINTS = re.compile(r"(?:points?|pp)$", re.I)
_FROM_TO = re.compile(r"^\s*(?:%\s*)?(?:[A-Za-z][\w@-]{0,11}\s+)?(?:\([^)]{0,30}\)\s*)?(?:of\s+(?-i:[A-Z])[\w@.+-]{0,30}\s+)?"
                      r"(?:(?:down |up )?to|->|→)\s*$", re.I)  # ("from 87.9% of M1 to 50.2% of M2": M1's and M2's)


_ARROW = re.compile(r"\s*%?\s*(?:->|→|=>)\s*")


#: "(ours reach 18.7%,) outperforming the attention-based counterpart with the CER of 22.0%": after a figure of
#: the paper's own, the beaten method's figure ("our method outperforms others with F1 of 79.6%" is the paper's)
_OTHERS_WITH = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*)\s+(?:[\w-]+\s+){1,4}with\s+(?:an?\s+|the\s+|its\s+)?"
                          r"(?:[\w@-]+\s+){0,2}(?:of\s+)?$", re.I)


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
_OTHERS_AFTER = re.compile(r"\s*%?\s*\((?:the )?(?:current |previous |prior )?(?:SOTA|state[- ]of[- ]the[- ]art|baseline)\)|"
                           r"\s*%?\s*(?:[\w-]+\s+){0,2}(?:achieved|obtained|reported) by (?!our|us|the proposed)", re.I)
#: a bound named after the figure: "crossing the 70% mIoU threshold"
_BOUND_AFTER = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,2}?(?:threshold|barrier|mark|milestone)\b", re.I)
#: a bound rather than a figure ("models that exceed 80%", "up to 95% of layers"): not a score
_BOUND = re.compile(r"(?:\b(?:exceed\w*|surpass(?:es|ed|ing)?|above|below|under|more than|less than|at least|at most|greater than|fewer than|"
                    r"higher than|lower than)|[<>≤≥]|\(\s*over)\s*$|\bthresholds?\s*(?:of\s+|from\s+|at\s+|=\s*|>\s*)?$", re.I)


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
                and not RANGE.search(text, max(s0, vals[k - 1].start - 25), vals[k - 1].start):
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
    if name_part(text, v, s0, spans):
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
    if footnote_mark(text, vals, k):
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
    if v.kind == "score" and (bound or _BOUND.search(before) or human_figure(text, s0, v.start, v.end) or _COUNTED.match(text, v.end)
                              or _BOUND_AFTER.match(text, v.end)
                              or not_a_score(text, v, s0)):
        v.dropped = True
    elif _SIZE.match(text, v.end) or re.search(r"\d\s?[×x*?]\s?$", before) \
            or (v.text[-1:] in "×x" and re.match(r"\s?\d", text[v.end:v.end + 2])):  # "512 ×" of "512 × 512"
        v.dropped = v.size = True  # "640×480 inputs"
    elif k and _FROM_ASIDE.search(text, max(s0, v.start - 25), v.start) and vals[k - 1].baseline is None \
            and value_unit(v.text) == value_unit(vals[k - 1].text):
        v.dropped = True  # "32 FPS (from original 17 FPS)": the baseline of the value before
        vals[k - 1].baseline, vals[k - 1].base = v.text, v
    elif (_OTHERS_AFTER.match(text, v.end) or v.kind == "score" and _BEATEN_PAREN.search(text, max(s0, v.start - 120), v.start)) \
            and v.baseline is None:
        v.dropped = True  # "85% (current SOTA)"
    elif v.kind == "score" and v.baseline is None and _PRIOR_OF.match(text, v.end):
        prior_figure(text, vals, k, s0)  # "a large improvement from the 56.7 F1 of the previous best system"
    elif v.kind == "score" and v.baseline is None and (_COMPARED_PAREN.search(text, max(s0, v.start - 120), v.start)
                                                       or beaten_after_own(text, vals, k, s0)):
        v.dropped = True  # "(25.8 ppl) ... compared to a Transformer-XL baseline (24.2 ppl)": the baseline's
        if k and not vals[k - 1].dropped and vals[k - 1].baseline is None and value_unit(v.text) == value_unit(vals[k - 1].text):
            vals[k - 1].baseline, vals[k - 1].other = v.text, v
    elif ((cue := OTHERS.search(before)) or (k and _OTHERS_WITH.search(text, max(s0, v.start - 100), v.start))) \
            and not cue_is_previous(vals, k, cue, v.start - len(before)) and not _BY_OVER.search(before):
        v.dropped = True
        if k and vals[k - 1].baseline is None and v.kind == "score" and value_unit(v.text) == value_unit(vals[k - 1].text):
            vals[k - 1].baseline = v.text  # (not "1.6M parameters ... over 62 FPS", nor a relative reduction)
            vals[k - 1].other = v
    elif k and v.kind == "score" and vals[k - 1].dropped and _AND_METRIC_OF.fullmatch(text, vals[k - 1].end, v.start) \
            and OTHERS.search(text, max(s0, vals[k - 1].start - 60), vals[k - 1].start):
        v.dropped = True  # "over the previous best IS of 52.52 and FID of 18.65": both are the previous best's
    elif v.kind == "score" and v.baseline is None and (others_best(text, s0, v.start) or listed_best(text, vals, k, s0)
                                                       or _CITED_THEY.search(text, max(s0, v.start - 200), v.start)
                                                       or _CITED_WHICH.search(text, max(s0, v.start - 120), v.start)):
        v.dropped = True  # "1.4% against the current state-of-the-art WERs 1.7%": the earlier best's figure


def _kind(text: str, v: Value, s0: int, before: str) -> str:
    """A value's kind by its own words: ``ratio`` ("2.5x", "3 times"), ``delta`` ("by 2.6%", "+2.7", "7.7
    points", "losing 3%"), else ``score``."""
    if _RATIO.search(v.text) or _RATIO_AFTER.match(text, v.end):
        return "ratio"
    if re.fullmatch(r"\d+", v.text) and _COUNT_UNIT_AFTER.match(text, v.end) and not _DELTA_BEFORE.search(before):
        return v.kind  # (the score test drops it as a count)
    if v.text[:1] in "+" or _POINTS.search(v.text) or _DELTA_BEFORE.search(before) or _ADDED.search(before) \
            or CHANGE_EXAMPLE.search(before) or margin(text, v, s0) \
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


#: a figure in a parenthesis after what the paper is compared with: "similar accuracy (A: 86.2%) compared to the
#: state-of-the-art methods (A: 85.9%)", "a significant improvement over a simple baseline (20%)" (a parenthesis
#: that names the paper's own side, "(ours: ...)", is not)
_COMPARED_PAREN = re.compile(r"\b(?:compared (?:to|with)|versus|vs\.?|over\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}base-?lines?)"
                             r"(?:\s+(?:(?!\b(?:and|but|while|whereas|which|we|our|achiev\w*|reach\w*|obtain\w*|yield\w*|"
                             r"set\w*|provid\w*)\b)[^,;()]){0,60}?)?\s?\((?![^()]*\b(?:ours?|we)\b)(?:[^()]*[,;:]\s*)?[^()\d]{0,30}$",
                             re.I)


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


#: "N% of the <measure>": the words after a share's "of"
_SHARE_OF = re.compile(r"\s*(?:(?:or|and|,|/)\s*\d+(?:\.\d+)?%\s*)*of\s+(?:the|its|their|our)\s+([\w-]+(?:\s+[\w-]+){0,3})", re.I)


def _metric_share(text: str, v: Value) -> bool:
    """A percentage of a measure, not a score in it: "LPM recovers 54% and 73% of the word error rate"."""
    m = _SHARE_OF.match(text, v.end) if v.text.endswith("%") else None
    words = m.group(1).split() if m else []
    return opens_on_metric(words)
