"""Measures a method computes to compare two things, not measures it is scored with: the members of a list a
comparison's class noun opens ("document similarity measures, such as ...", "statistical distance measures
including ...": :func:`comparison_list`), and a distance, similarity or overlap computed "between" two things
(:func:`between_follows`: "infer the IoU between each box and its ground truth"), or the object of a verb of
computing (:func:`computed_object`: "a predictor that predicts the accuracy of each architecture"), which the caller
reads only where no measuring word scores the measure."""
from __future__ import annotations

import re

#: A class noun whose modifier says its members compare two things: functions a method computes.
_CLASS = r"(?:similarity|dissimilarity|distance|difference|divergence)[\s\-]+(?:measures|metrics|functions)"
#: Before a list member: the class noun, maybe a short participle phrase ("extracted from word embeddings"), the
#: list's cue, and maybe the members before this one ("including the A, B and", "such as A (AC) and").
_IN_CLASS_LIST = re.compile(rf"\b{_CLASS}\b[^.;:()]{{0,50}}?,?\s*(?:such\s+as|including|like|e\.g\.,?)\s*"
                            r"(?:the\s+)?(?:(?:[^.;:()]|\([^()]{1,15}\)){0,60}?(?:,|\band\b|\bor\b)\s+(?:the\s+)?)?$", re.I)
#: Before the class noun, what makes the list one of measures the work is scored with ("evaluated with distance
#: metrics such as ...", "in terms of similarity measures like ...").
#: (Not "compare": a comparison is what the members do, "to compare two notes, it uses similarity measures".)
_SCORED_BEFORE = re.compile(r"\b(?:evaluat\w*|assess\w*|in\s+terms\s+of|measured|report\w*|scored?)\b"
                            r"[^.;]{0,90}$", re.I)
#: After the member, in its sentence, what says the list scores the work ("... are used to evaluate our summaries").
_SCORED_AFTER = re.compile(r"\b(?:evaluat\w*|assess\w*)\b", re.I)
#: A new clause with a subject of its own, which a scoring cue after it belongs to: ", and we", "; they", "while it".
_NEW_CLAUSE = re.compile(r",?\s+(?:and|but|while|whereas|then)\s+(?:we|they|it|our|this|these)\b", re.I)
#: The head of a measure that is by nature a function of two things ("distance", "similarity", "IoU").
_TWO_PLACE_HEAD = re.compile(r"(?:distance|similarity|divergence|overlap|iou|intersection[\s\-]over[\s\-]union)s?$",
                             re.I)
#: Right after a measure (and its acronym in brackets): the two things it is computed between.
_BETWEEN_AFTER = re.compile(r"\s*(?:\([A-Za-z][\w\-]{0,11}\)\s*)?between\s+\S", re.I)
#: A figure in words: "twelve percent", "two times" (not "two points": "the distance between two points").
_WORD_FIGURE = (r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety|hundred)(?:[\s\-]\w+)?\s+(?:percent|per\s+cent|times|fold)\b")
#: Within the next 100 characters of the sentence (over commas), a figure that scores the measure: a percentage, a
#: decimal, "by 3" ("cuts the Chamfer distance between the clouds by 20%"), one in words ("by twelve percent"), not
#: the digit of "3D".
_FIGURE_LATER = re.compile(r"[^.;]{0,100}?(?:\d[\d,]*\s*(?:%|percent\b|per\s+cent\b)|\d\.\d|\bby\s+(?:up\s+to\s+)?\d|"
                           rf"{_WORD_FIGURE})", re.I)


def comparison_list(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a member of a list a comparison's class noun opens, in a sentence that
    does not score with them: the members are what the method computes, not measures it is evaluated with.

    >>> t = "We rank notes by text similarity measures, such as the Quux Cosine Measure (QCM) and the Glyph Ratio."
    >>> comparison_list(t, t.index("Quux")), comparison_list(t, t.index("Glyph"))
    (True, True)
    >>> t = "We are evaluated with distance metrics such as the Quux Cosine Measure. Metrics such as the Glyph Ratio."
    >>> comparison_list(t, t.index("Quux")), comparison_list(t, t.index("Glyph"))
    (False, False)
    >>> t = "Similarity metrics such as the Quux Overlap Score are used to evaluate our summaries."
    >>> comparison_list(t, t.index("Quux"))
    False
    """
    m = _IN_CLASS_LIST.search(text, max(0, start - 170), start)
    if m is None or _SCORED_BEFORE.search(text, max(0, m.start() - 110), m.start()):
        return False
    stops = [i for i in (text.find(".", start), text.find(";", start)) if i >= 0]
    stop = min(stops) if stops else len(text)
    clause = _NEW_CLAUSE.search(text, start, stop)  # "..., and we evaluate it on": a cue of another clause
    return _SCORED_AFTER.search(text, start, clause.start() if clause else stop) is None


def between_follows(text: str, start: int, end: int) -> bool:
    """Whether the measure ``text[start:end]`` is one of two things (a distance, a similarity, an overlap) and
    "between" follows it, with no figure in the next 100 characters of its sentence (:data:`_FIGURE_LATER`): "the IoU between each box and its ground truth", "the
    Chamfer distance between particles", not "cuts the Chamfer distance between the clouds by 20%", nor where the
    authors compute or report it (:func:`reported`: "we compute the KID between real and generated images"). (Whether a
    measuring word scores it is the caller's question.)

    >>> t = "It predicts the IoU between boxes, the BLEU between texts and the Quux distance (QD) between nodes."
    >>> [between_follows(t, t.index(w), t.index(w) + len(w)) for w in ("IoU", "BLEU", "Quux distance")]
    [True, False, True]
    >>> t = "It cuts the Quux distance between the 3D clouds by 20%."
    >>> between_follows(t, t.index("Quux"), t.index(" between"))
    False
    """
    return _TWO_PLACE_HEAD.search(text, start, end) is not None and _BETWEEN_AFTER.match(text, end) is not None \
        and _FIGURE_LATER.match(text, end) is None and not _authors_score(text, start, end)


#: Before a measure, the authors taking it up: "we use the", "we adopt a" (scoring only with a purpose that scores).
_USED_BEFORE = re.compile(r"\bwe\s+(?:also\s+|then\s+|further\s+)?(?:use|adopt|employ)\s+(?:the\s+|an?\s+)?"
                          r"(?:[\w\-]+\s+){0,2}$", re.I)
#: A purpose clause: "to assess the generators" (a scoring one), "to align them" (the method's own step).
_PURPOSE = re.compile(r"\bto\s+(?!(?:the|an?|our|its|their|this|these|each|all|\d)\b)([a-z]+)", re.I)
_SCORING_VERB = re.compile(r"(?:evaluat|assess|measur|quantif|scor|compar|judg|rank)", re.I)


def _authors_score(text: str, start: int, end: int) -> bool:
    """Whether the authors score with the measure at ``start``: they compute or report it (:func:`reported`)
    with no purpose of another kind after it ("we compute the Chamfer distance between the clouds to align
    them" is the method's step), or they use it to score ("we use the FID between ... to assess the models")."""
    stops = [i for i in (text.find(".", end), text.find(";", end)) if i >= 0]
    m = _PURPOSE.search(text, end, min(stops) if stops else len(text))
    scoring = m is not None and _SCORING_VERB.match(m.group(1)) is not None
    if reported(text, start):
        return m is None or scoring
    return scoring and _USED_BEFORE.search(text, max(0, start - 60), start) is not None


#: Before a measure, a verb of computing and at most two modifiers: "predicts the accuracy of", "to regress the mask
#: IoU", "calculate Intersection-over-Union (IoU)".
_COMPUTED_BEFORE = re.compile(
    r"\b(?:predict(?:s|ing)?|estimat(?:e|es|ing)|regress(?:es|ing)?|calculat(?:e|es|ing)|comput(?:e|es|ing)|"
    r"infers?|inferring)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
    r"(?:(?!(?:of|and|or|to|that|whether|if|for|in|on|with|by|how)\b)[\w\-]+\s+){0,2}$", re.I)
#: Before a measure, the authors computing or reporting it ("we compute the FID of", "we report the average IoU",
#: "Following prior work, we compute"), or a clause opening with the gerund ("Computing the mAP of all detectors ...
#: shows"): an evaluation the paper reports, not what its method computes.
_REPORTED_BEFORE = re.compile(
    r"(?:\bwe\s+(?:[a-z]+ly\s+|also\s+|then\s+|first\s+|further\s+)?(?:compute|calculate|estimate|report|measure)|"
    r"(?:^|[.;:\n]\s*)(?:comput|calculat|estimat|measur)ing)\s+(?:the\s+|an?\s+)?"
    r"(?:(?!(?:of|and|or|to|that|whether|if|for|in|on|with|by|how)\b)[\w\-]+\s+){0,2}$", re.I)


def reported(text: str, start: int) -> bool:
    """Whether the authors compute or report the measure at ``start`` (:data:`_REPORTED_BEFORE`): a measure of
    their evaluation, whatever follows it.

    >>> t = "We compute the FID of each model. Computing the mAP of all detectors helps. It predicts the IoU."
    >>> [reported(t, t.index(w)) for w in ("FID", "mAP", "IoU")]
    [True, True, False]
    """
    return _REPORTED_BEFORE.search(text, max(0, start - 60), start) is not None


def computed_object(text: str, start: int) -> bool:
    """Whether the measure at ``start`` is what a verb of computing yields: the method's output or a quantity it
    works with ("an accuracy predictor that predicts the accuracy of each net", "to regress the mask IoU"), not
    the measure it is scored with: not where a figure follows in its sentence (:data:`_FIGURE_LATER`: "we compute the F1 and reach 91.2%"),
    nor where the authors compute it (:func:`reported`: "we compute the FID of each model on CelebA").
    (Whether a measuring word scores it is the caller's question.)

    >>> t = "A predictor predicts the accuracy of each net. We regress the mask IoU. We predict whether accuracy drops."
    >>> [computed_object(t, t.index(w)) for w in ("accuracy of", "IoU", "accuracy drops")]
    [True, True, False]
    >>> t = "We compute the F1 of each tagger and reach 91.2%. We estimate the mAP of each detector on COCO."
    >>> computed_object(t, t.index("F1")), computed_object(t, t.index("mAP"))
    (False, False)
    """
    return _COMPUTED_BEFORE.search(text, max(0, start - 50), start) is not None \
        and _FIGURE_LATER.match(text, start) is None and not reported(text, start)
