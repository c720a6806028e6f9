"""Metrics by the evidence around them: everyday-word metrics ("accuracy", "parameters") are kept only where
something is measured (:func:`metric_evident`, :func:`filter_metrics`), and measures named by what is done
to them, "reduces the error rate" (:func:`measured_metrics`)."""
from __future__ import annotations

import re

from kg.extract import boundaries, candidates, text_spans
from kg.extract.candidates import Candidate
from kg.extract.context import compared
from kg.extract.metric_roles import LEVEL_MODIFIERS, SPEED_HEADS, changes_measure
from kg.extract.words import BAD_MODIFIERS, METRIC_WORDS, NON_MODIFIERS, PARAMETER_NAMES, SETTING_WORDS, VAGUE_METRICS
from kg.vocab import EntityType as T

Span = tuple[int, int]

# --- metrics that are also everyday words --------------------------------------------------------------------

_MEASURING_WORDS = (
    r"improv\w*|increas\w*|decreas\w*|reduc\w*|higher|lower|faster|slower|fewer|better|worse|"
    r"boost\w*|gain\w*|outperform\w*|achiev\w*|attain\w*|surpass\w*|drop\w*|degrad\w*|measured?|"
    r"evaluat\w*|in terms of|cost|saving\w*|speed-?ups?|times"
)
_MEASURING = re.compile(r"\d|\b(?:" + _MEASURING_WORDS + r")\b", re.I)
#: :data:`_MEASURING` for lower-cased ASCII text (its words are lower case), in two scans: without re.I and
#: with each word's first letter tested before the branches it is several times faster, with the same matches
_ASCII_DIGIT = re.compile(r"[0-9]")
_MEASURING_LOWER = re.compile(
    r"\b(?=[" + "".join(sorted({w[0] for w in _MEASURING_WORDS.split("|")})) + r"])(?:" + _MEASURING_WORDS + r")\b")


_COST_CUE = re.compile(r"\b(?:fewer|less|more|additional|extra|number of|reduc\w*|only|"
                       r"saving\w*|overhead|increase in|fraction of|count)\b[^.;]{0,25}$", re.I)
#: "trainable", "learnable", "tunable" make "parameters" a cost only after a figure or a word of amount ("0.5M
#: trainable parameters", "very few tunable parameters", "adds no trainable parameters", "small amounts of trainable
#: parameters", "small in terms of trainable parameters"); alone they say what a part of the method has ("a layer that contains learnable parameters",
#: "gated skip connections with per-channel learnable parameters"), no cost.
_TRAINABLE_COST = re.compile(r"(?:\d[\d.,]*\s?(?:[A-Za-z%?\u00d7]{0,2}|thousand|million|billion|trillion)|"
                             r"\b(?:few|fewer|small|no|any|many|more|less|amounts?\s+of|terms\s+of|"
                             r"(?:thousands|millions|billions|trillions)\s+of))\s+"
                             r"(?:trainable|tunable|learnable)\b[^.;]{0,25}$", re.I)
#: After "trainable parameters", the figure they come to: "trainable parameters amounting to only 0.1% of the model".
_TRAINABLE_FIGURE_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:amounting|amount|totall?ing|equal|coming|that\s+are|"
                                     r"of|at)\b[^.;]{0,20}?\d")
_MODEL_SIZE = re.compile(r"\d(?:[\d.,]*)\s*(?:[BMKT]|billion|million|thousand|trillion)\s+$", re.I)
_NUM_BEFORE = re.compile(r"\d[\d.,]*\s*%?\s*(?:[A-Za-z][\w\-]*\s+)?$")
_VALUE_LEAD = r"of|=|:"  # the words between a measure and its value: "SUC of 0.74", "SUC = 0.74"
_NUM_AFTER = re.compile(rf"\s*(?:scores?|metrics?|{_VALUE_LEAD}|is|at|\(|reaches|improves? to)?\s*[-+]?\d")
#: A figure a measure takes, after its name (:data:`_NUM_AFTER` with a decimal or a percentage, not a count):
#: "of 0.752", "= 81.3%", ": .78", not "of 50 layers".
_FIGURE_AFTER = rf"\s*(?:{_VALUE_LEAD})\s*(?:\d*\.\d+|\d+\s*%)"
_METRIC_NOUN_AFTER = re.compile(r"\s+(?:scores?|metrics?|values?)\b", re.I)
_MEASURE_CUE = r"in terms of|measured by"  # what follows is the measure ("measured with" may name an instrument)
_IN_TERMS = re.compile(rf"(?:{_MEASURE_CUE}|measured (?:with|in)|metrics?|measures?|such as)\s+(?:[\w\-]+\s+)?$",
                       re.I)
#: A measure's cue right before a long form: "as measured by the ...", "in terms of ..." (not "measured with", which
#: names an instrument: "measured with Laser Doppler Flowmetry (LDF)").
_MEASURED_BY = re.compile(rf"\b(?:{_MEASURE_CUE})\s+(?:the\s+)?$", re.I)
#: A long form that ends in a plural noun (not a singular in -ss, -is, -us: "Analysis", "Consensus"): the things a
#: measure is read from ("measured by the class activation maps"), not the measure.
_PLURAL_END = re.compile(r"[a-z]{2}(?<![siu])s\W*$")


def _measures(text: str, s0: int, s1: int) -> bool:
    """``bool(_MEASURING.search(text, s0, s1))``, on the lower-cased stretch when it is ASCII (with the
    character before it, which decides a ``\\b`` at ``s0``)."""
    lo = s0 - 1 if s0 > 0 else 0
    seg = text[lo:s1]
    if not seg.isascii():
        return bool(_MEASURING.search(text, s0, s1))
    seg = seg.lower()
    return bool(_ASCII_DIGIT.search(seg, s0 - lo) or _MEASURING_LOWER.search(seg, s0 - lo))


def metric_evident(text: str, start: int, end: int, sents: list[Span]) -> bool:
    """Whether a metric-shaped name is used as a measure here: a number beside it ("42.1 SUC",
    "SUC of 0.74"), "score" after it, or "in terms of"/"metrics such as" before it."""
    if _NUM_BEFORE.search(text, max(0, start - 16), start) or _NUM_AFTER.match(text, end, min(len(text), end + 24)):
        return True
    if _METRIC_NOUN_AFTER.match(text, end):
        return True
    return bool(_IN_TERMS.search(text, max(0, start - 40), start))


def used_as_measure(text: str, start: int, long_text: str, short: str, proposed: bool = False) -> bool:
    """Whether the paper uses a headless ``long_text`` and its acronym ``short`` (the first of the two at
    ``start``) as a measure, as :func:`metric_evident` reads a name: a measure's cue stands right before the pair,
    the long form no plural (:data:`_MEASURED_BY`, :data:`_PLURAL_END`), or the acronym takes a figure
    (:data:`_FIGURE_AFTER`, its bracket closed or not) somewhere in the text, unless the paper proposes the pair
    (``proposed``: the figure is a setting of it, "a QWA of 0.999"). The pair names one thing, then a Metric.

    >>> t = "It wins as measured by the Quux Image Evaluator (QIE). We reach an Optimal Quux Scale (OQS) of 0.75."
    >>> used_as_measure(t, t.index("Quux I"), "Quux Image Evaluator", "QIE")
    True
    >>> used_as_measure(t, t.index("Optimal"), "Optimal Quux Scale", "OQS")
    True
    >>> t = "We stack Quux Residual Blocks (QRB). A QRB of 50 layers trains in 2.5 hours."
    >>> used_as_measure(t, t.index("Quux"), "Quux Residual Blocks", "QRB")
    False
    >>> t = "Its scores are measured by the quux activation maps (QAM) of each layer."
    >>> used_as_measure(t, t.index("quux"), "quux activation maps", "QAM")
    False
    """
    if _MEASURED_BY.search(text, max(0, start - 40), start) and not _PLURAL_END.search(long_text):
        return True
    if proposed:
        return False
    return re.search(rf"(?<![\w-]){re.escape(short)}\)?{_FIGURE_AFTER}(?!\w)", text) is not None


_CITATION = re.compile(r"\[\s*\d+(?:\s*[,\u2013\-]\s*\d+)*\s*\]")


def scored_near(text: str, start: int, end: int) -> bool:
    """Whether a measure is scored with where it stands: a number beside it, or a measuring word ("lower",
    "improves", "in terms of") within a few words of it. Unlike :func:`metric_evident`, "metrics such as the
    L2 distance" is no use as a measure: a distance or divergence is often what a method computes.

    >>> t = "Metrics such as the L2 distance fail. We cut the Chamfer distance by 20%. Losses are the IPMs [36]."
    >>> scored_near(t, 20, 31), scored_near(t, 49, 65), scored_near(t, t.index("IPMs"), t.index("IPMs") + 4)
    (False, True, False)
    """
    if _NUM_BEFORE.search(text, max(0, start - 16), start) or _NUM_AFTER.match(text, end, min(len(text), end + 24)):
        return True
    s0 = max(text.rfind(".", 0, start), text.rfind(";", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find(";", end)) if i >= 0]
    s1 = min(stops) if stops else len(text)
    # a citation's number ("[36]") measures nothing
    before = _CITATION.sub(" ", text[max(s0, start - _NEAR_BEFORE):start])
    after = _CITATION.sub(" ", text[end:min(s1, end + _NEAR_AFTER)])
    return _measures(before, 0, len(before)) or _measures(after, 0, len(after))


_PHASE_BEFORE = re.compile(r"\b(?:at|during)\s+(?:the\s+)?$", re.I)
#: How far from a generated metric phrase a measuring word or number must be (characters before, after).
_NEAR_BEFORE, _NEAR_AFTER = 50, 30


def _measured_near(text: str, start: int, end: int, sents: list[Span]) -> bool:
    """Whether a phrase is used as a measure where it stands: :func:`metric_evident`, or a number or a
    measuring word ("improves", "reduced", "in terms of") within a few words of it in its sentence, not
    anywhere in a long sentence ("... interpolation error gradually disappears as the resolution increases").

    >>> t = "It cuts the angular error by 43%. The interpolation error fades as the resolution increases."
    >>> s = text_spans.sentences(t)
    >>> _measured_near(t, 12, 25, s), _measured_near(t, 38, 57, s)
    (True, False)
    """
    if metric_evident(text, start, end, sents):
        return True
    s0, s1 = text_spans.sentence_of(sents, start, (0, len(text)))
    return _measures(text, max(s0, start - _NEAR_BEFORE), start) or _measures(text, end, min(s1, end + _NEAR_AFTER))


_LOSS_AFTER = re.compile(r"[\s\-]+loss(?:es)?\b", re.I)
#: Words that may stand between a determiner after an optimisation verb and the measure: modifiers ("the
#: exact joint log-likelihood", "a Bernoulli log-likelihood"), never a function word or a verb in -s that
#: would start another clause ("optimizing the model improves accuracy").
_OBJECTIVE_MODIFIER = (r"(?:(?!(?:between|and|or|of|for|in|on|with|to|while|also|which|that|than)\b)"
                       r"[A-Za-z][\w\-]*(?<!s)\s+)")
_OBJECTIVE_BEFORE = re.compile(r"\b(?:minimi[sz]\w*|maximi[sz]\w*|optimi[sz]\w*)(?:\s+of)?\s+"
                               r"(?:(?:the|its|their|an?)\s+" + _OBJECTIVE_MODIFIER + r"{0,2})?"
                               r"(?:(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}bound\s+(?:on|of|to)\s+(?:the\s+)?)?$", re.I)
#: After a measure, the noun of what a method trains with ("log-likelihood training", "a log-likelihood
#: objective", "PSNR maximization"): part of the method's objective, no entity of any type there.
_OBJECTIVE_AFTER = re.compile(r"[\s\-]+(?:training|objectives?|optimi[sz]ation|maximi[sz]ation|"
                              r"minimi[sz]ation)\b", re.I)


def _objective(text: str, start: int, end: int) -> bool:
    """Whether a measure is named as what a method trains with: what is minimised or maximised ("by
    minimizing the Euclidean distance"), or a lower-case phrase naming a loss ("a cosine distance loss").
    (A short name before "loss", "an IoU loss", stays: dropped, the name rules would take it for a Method.)

    >>> t = "We add a cosine distance loss, minimize the Euclidean distance and report IoU."
    >>> _objective(t, 9, 24), _objective(t, 44, 62), _objective(t, 74, 77)
    (True, True, False)

    What is optimised, and the bound a method maximises, are objectives too ("optimizing CLIP score",
    "maximizing a variational lower bound on the log-likelihood"):

    >>> t = "by maximizing a variational lower bound on the log-likelihood"
    >>> _objective(t, t.index("log"), len(t))
    True
    """
    if _OBJECTIVE_BEFORE.search(text, max(0, start - 70), start):
        return True
    return " " in text[start:end] and text[start:end].islower() and bool(_LOSS_AFTER.match(text, end))


#: Nouns after a measure (joined by a space or hyphen, maybe after its acronym or a note in brackets) that make
#: it part of a method, not what the method is scored with: "an IoU-aware confidence", "the IoU branch",
#: "an IoU-based matching strategy", "the Euclidean distance (i.e., L2 loss) to optimize the model", "an MSE
#: loss". (Not "constraint": "under a 600M FLOPs constraint" still costs with the measure; not "weighted by":
#: "success rate weighted by path length" is a measure.)
_PART_AFTER = re.compile(
    r"(?:\s*\((?:[^()]{0,40}?[\s\-])?(?:loss|losses|objective)\))"
    r"|(?:\s*\([A-Za-z][\w\-]{0,11}\)|\))?"  # its acronym after it, or the bracket closing around it
    r"[\s\-](?:aware|based(?!\s+on\b)|guided|weighted(?!\s+by)|balanced|branch|branches|head|prediction|predictor|"
    r"regression|constant|factor|term|operation|calculation|computation|module|layer|penalty|regulari[sz]\w*|assigner|"
    r"assignment|sampling|reward|surrogate|(?P<loss>loss|losses))\b", re.I)
#: Before a measure, a loss it is ("This loss function is a modification of the average Hausdorff distance", "an
#: alternative set of losses are the integral probability metrics", "a loss function, which combines Chamfer
#: Distance and ...") or a computation it is an instance of ("Graph similarity computation, such as Graph Edit
#: Distance"): what the method computes or trains with, not what it is scored with.
_LOSS_OR_COMPUTED_BEFORE = re.compile(
    r"\b(?:(?:loss|losses|objective|objectives)(?:\s+functions?)?\s+(?:is|are)\s+(?:a|an|the)\s+"
    r"(?:[\w\-]+\s+of\s+(?:the\s+)?)?(?:[\w\-]+\s+)?"
    r"|(?:loss|objective)(?:\s+function)?,?\s+(?:which|that)\s+combines\s+(?:the\s+)?"
    r"|(?:computation|calculation|approximation)s?,?\s+(?:such\s+as|like|e\.g\.,?|including)\s+(?:the\s+)?)$", re.I)
#: After a metric's letters, a hyphen and a name ("R2-UNet", "FPS-Net", "EPE-NAS"): they begin a longer name.
_NAME_AFTER_HYPHEN = re.compile(
    r"-(?:[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*|(?:[A-Z][A-Za-z0-9]*)?[Nn]et|[A-Z]{3,}|[A-Z]\d+)(?![\w\-])")
#: After a metric's letters, the noun of a process, not followed by a measure word: they name what is
#: processed ("HE extraction and TER extraction"), not a measure ("88% top-1 classification accuracy" is one).
_PROCESS_AFTER = re.compile(
    r"\s+(?:extraction|detection|recognition|classification|segmentation|tagging|parsing|tracking)\b"
    r"(?!\s+(?:accuracy|accuracies|errors?|rates?|scores?|metrics?|precision|recall|results?|performance)\b)")
#: Later in the clause, what the measure serves as in the method ("calculate the KL divergence between the two
#: Gaussians as the regression loss", "the angular error is then used as a measure of the uncertainty").
_SERVES_AS = re.compile(r"[^.;:]{0,80}?\b(?:as\s+(?:the|an?|our)\s+(?:[\w\-]+\s+){0,2}(?:loss|losses|objective|"
                        r"reward|regulari[sz]er|feature|features|cue)\b|(?:is|are)\s+(?:then\s+|also\s+)?used\s+as\s+"
                        r"(?:the|an?)\s+(?:measure|proxy|estimate)\s+(?:of|for)\s+(?:the\s+)?(?!performance|quality)\w)")
#: Right after a measure (and its acronym), an apposition naming it a loss: "average Localisation-Recall-Precision
#: (aLRP), a unified, bounded and ranking-based loss function".
_LOSS_APPOSITION = re.compile(r"\s*(?:\([^()]{1,15}\))?,\s+an?\s+(?:(?!metric|measure|score)[^.;:()]){0,60}?"
                              r"\b(?:loss|objective)\b", re.I)
#: A long form that opens on a level ("low frame rate (LFR) frames", "high dynamic range (HDR)"): a property
#: of the data, not the name of a measure.
_LEVEL_LONG_FORM = re.compile(r"(?:low|high|lower|higher)[\s\-]", re.I)
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\(([A-Za-z][\w\-]{0,11})\)")
#: A value right before a measure ("1.189 bits-per-character (BPC) loss", "less than 1% accuracy loss").
_VALUE_BEFORE = re.compile(r"\d[\d.,]*\s*%?\s*$")


def used_in_method(text: str, start: int, end: int) -> bool:
    """Whether the measure ``text[start:end]`` is named as a part of a method (:data:`_PART_AFTER`): a loss,
    a branch or a weighting built from it, not a measure the paper is scored with; or its letters begin a
    longer name (:data:`_NAME_AFTER_HYPHEN`), name what a process works on (:data:`_PROCESS_AFTER`) or what a
    method trains with (:data:`_OBJECTIVE_AFTER`: "log-likelihood training", "PSNR maximization"). With
    a value right before it, it is a measure; "accuracy loss" is a drop in accuracy, not a training loss. So is a
    distance or overlap computed "between" two things, or what a verb of computing yields ("predicts the accuracy
    of each net"), where nothing scores it (:mod:`kg.extract.context.compared`).

    >>> t = "an IoU-aware head, the IoU (intersection) branch, mIoU gains, the IoU score, R2-UNet, F1-Score"
    >>> [used_in_method(t, t.index(w), t.index(w) + n) for w, n in [("IoU-a", 3), ("IoU (", 3), ("mIoU", 4),
    ...                                                          ("IoU s", 3), ("R2", 2), ("F1", 2)]]
    [True, True, False, False, True, False]
    >>> t = "We take the KL divergence of the boxes as the regression loss. The angular error is then used as a "
    >>> t += "measure of the uncertainty. We report the angular error as the main measure."
    >>> [used_in_method(t, t.index(w), t.index(w) + len(w)) for w in ("KL divergence", "angular error")]
    [True, True]
    >>> used_in_method(t, t.rindex("angular error"), t.rindex("angular error") + 13)
    False
    >>> t = "an MSE loss, a 1.2 BPC loss, a small accuracy loss"
    >>> [used_in_method(t, t.index(w), t.index(w) + len(w)) for w in ("MSE", "BPC", "accuracy")]
    [True, False, False]
    >>> t = "The loss is a variant of the Hausdorff distance. Distance computation, such as edit distance, is slow."
    >>> [used_in_method(t, t.index(w), t.index(w) + len(w)) for w in ("Hausdorff distance", "edit distance")]
    [True, True]
    """
    if _VALUE_BEFORE.search(text, max(0, start - 16), start):
        return False
    if _LOSS_OR_COMPUTED_BEFORE.search(text, max(0, start - 70), start):
        return True
    m = _PART_AFTER.match(text, end)
    if m and not (m.group("loss") and text[start:end].lower().endswith("accuracy")):
        return True
    return bool(_NAME_AFTER_HYPHEN.match(text, end) or _PROCESS_AFTER.match(text, end)
                or _OBJECTIVE_AFTER.match(text, end) or _SERVES_AS.match(text, end)
                or _LOSS_APPOSITION.match(text, end)
                or (compared.between_follows(text, start, end) and not _scored_past(text, start, end))
                or (_computed_not_counted(text, start, end) and not scored_near(text, start, end)))


#: A word of change that scores a measure from afar ("the mean IoU between predicted and true masks improves"), not
#: "evaluate", whose object may be another ("the IoU between boxes to evaluate the matching quality").
_CHANGE_LATER = re.compile(r"\b(?:improv|increas|decreas|reduc|boost|degrad|drop|rises|rose|falls|fell)\w*|"
                           r"\b(?:higher|lower|better|worse)\b", re.I)


def _scored_past(text: str, start: int, end: int) -> bool:
    """:func:`scored_near`, or a word of change anywhere later in the sentence: a measure computed "between" two
    things has the phrase naming them between it and its scoring word ("the mean IoU between predicted and true
    masks improves")."""
    stops = [i for i in (text.find(".", end), text.find(";", end)) if i >= 0]
    return scored_near(text, start, end) or _CHANGE_LATER.search(text, end, min(stops) if stops else len(text)) is not None


#: Costs a paper computes to report them ("we calculate the number of parameters", "the FLOPs of each network").
_COST_HEADS = frozenset({"flops", "gflops", "macs", "latency", "runtime", "memory"})


def _computed_not_counted(text: str, start: int, end: int) -> bool:
    """:func:`~kg.extract.context.compared.computed_object`, but for a cost (a count of parameters, FLOPs), which a
    paper computes to report ("we calculate the number of parameters of each network")."""
    low = text[start:end].lower()
    return compared.computed_object(text, start) and low not in PARAMETER_NAMES \
        and low.split()[-1] not in _COST_HEADS


_LETTER_NUMBER = re.compile(r"[A-Z]-?\d")


def series_member(text: str, start: int, end: int) -> bool:
    """Whether a metric named by a letter and a digit ("R2") stands beside the same letter with another number
    ("R1 & R2", "R2/R3", "R-1, R-2"): one of a numbered series (ROUGE-1/2, recall at levels), not the measure a
    lexicon gives the letters alone (R2, the coefficient of determination).

    >>> t = "We push PubMed R1 & R2 further and report an R2 of 0.91, and 1.3 Ign F1/F1."
    >>> series_member(t, t.index("R2"), t.index("R2") + 2), series_member(t, t.rindex("R2"), t.rindex("R2") + 2)
    (True, False)
    >>> series_member(t, t.rindex("F1"), t.rindex("F1") + 2)
    False
    """
    if not _LETTER_NUMBER.fullmatch(text, start, end):
        return False
    sib = re.escape(text[start]) + r"-?(\d+)"
    glue = r"\s*(?:&|,|/|and|or)\s*"
    own = text[end - 1]
    found = (re.search(r"(?<![\w\-])" + sib + glue + r"$", text[max(0, start - 12):start]),
             re.match(glue + sib + r"(?![\w\-])", text[end:end + 12]))
    return any(m and m.group(1) != own for m in found)  # not "Ign F1/F1": one measure twice


def filter_metrics(text: str, cands: list[Candidate], sents: list[Span],
                   not_names: set[str] | None = None) -> list[Candidate]:
    """Drop metric mentions the context does not support:

    - everyday-word metrics (:data:`VAGUE_METRICS`, and generated lexicon phrases) in sentences that
      measure nothing ("Accuracy matters.");
    - "parameters" not stated as a cost ("a model with 8B parameters", "two parameters which ...");
    - generated lexicon acronyms ("TC", "PLE": also method names) and bare "Top-1" without a number or
      "score" beside them;
    - a measure a method trains with, not one it is scored with (:func:`_objective`: "minimizing the
      Euclidean distance", "a cosine distance loss"), or one named as a part of the method
      (:func:`used_in_method`: "an IoU-aware head", "IoU-based matching"), or a long form opening on a
      level ("low frame rate (LFR) frames"): no entity of any type there. A long form defined as a loss or a
      computation ("Graph similarity computation, such as Graph Edit Distance (GED)") puts its acronym in
      ``not_names``: the paper's "GED computation" is no entity either.

    >>> t = "Accuracy matters. We reach 90% accuracy."
    >>> c = [Candidate(0, 8, T.METRIC, 60, "lexicon"), Candidate(31, 39, T.METRIC, 60, "lexicon")]
    >>> [(x.start, x.end) for x in filter_metrics(t, c, text_spans.sentences(t))]
    [(31, 39)]
    """
    out = []
    metric = T.METRIC
    measuring: dict[Span, bool] = {}  # by sentence
    parts: set[Span] = set()  # measures named as a part of a method: no entity of any type there
    for c in cands:
        if c[2] is metric and c[4] != "acronym" and _objective(text, c.start, c.end):
            continue
        if c[2] is metric and _a_part(text, c, parts, not_names):
            continue
        if c[2] is metric and series_member(text, c.start, c.end):
            continue  # "R1 & R2": ROUGE-1 and ROUGE-2, not R2 the coefficient of determination
        if c[2] is metric and _verb_speed_up(text, c.start, c.end):
            continue  # "to speed up training", "we speed up decoding": the verb, not the measure "a 3x speed up"
        if c[2] is metric and c[4].startswith("lexicon"):
            c = _participle_over_and(text, c)  # "their balanced accuracy and speed": "accuracy"
            if not _lexicon_measure(text, c, sents, measuring):
                continue  # (type, rule by index: faster than by name)
        out.append(c)
    if not parts:
        return out
    # no entity of any type there, nor inside ("Edit Distance" of "such as Graph Edit Distance (GED)")
    return [c for c in out if (c.start, c.end) not in parts and not any(a <= c.start and c.end <= b for a, b in parts)]


#: what stands before "speed up" the measure: a figure and its unit ("391x", "40 fold", "2.4 times"), an article
#: or "of" ("a speed up of 40 times"); anything else makes it the verb ("to speed up", "we speed up", "can speed up")
_SPEED_UP_NOUN_BEFORE = re.compile(r"(?:\d[\d.,]*\s*(?:x|×|\?|-?fold|times)?|\b(?:a|an|the|of|its|their|our))\s*$", re.I)


def _verb_speed_up(text: str, start: int, end: int) -> bool:
    """Whether a "speed up" mention is the verb: "can speed up the training", "to speed up MCMC updates"; not
    the measure "achieves a speed up of more than 40 times", "gets over 391x speed up", nor the verb with the
    factor it measures ("can speed up the training about 4.25 times").

    >>> t = "We speed up decoding. It gets a 40 fold speed up."
    >>> _verb_speed_up(t, 3, 11), _verb_speed_up(t, t.rindex("speed"), len(t) - 1)
    (True, False)
    """
    if not re.fullmatch(r"speeds?[ ]up", text[start:end], re.I):
        return False
    return _SPEED_UP_NOUN_BEFORE.search(text, max(0, start - 16), start) is None \
        and _SPEED_UP_FIGURE_AFTER.match(text, end) is None


#: a factor stated after the verb in its clause measures the speed-up: "can speed up the training about 4.25 times"
_SPEED_UP_FIGURE_AFTER = re.compile(r"[^.;]{0,60}?\d[\d.]*\s*(?:x|×|times|-?fold)\b", re.I)


#: A two-word measure opening on a lowercase participle ("balanced accuracy", "weighted precision") ...
_PARTICIPLE_MEASURE = re.compile(r"[a-z]+ed\s+([a-z]+)")
#: ... directly followed by "and" and a bare lowercase word that ends the phrase ("and speed.", "and efficiency on").
_AND_BARE_WORD = re.compile(r"\s+and\s+[a-z]+(?![\w\-])(?!\s+[a-z]+(?:\s+[a-z]+)?\s*(?:of|=|:)?\s*\d)"
                            r"(?=\s*(?:[.,;:)]|$|\s+(?:of|for|in|on|at|with|than|while|compared|when|under)\b))")


def _participle_over_and(text: str, c: Candidate) -> Candidate:
    """The measure word alone where a participle qualifies a coordination: in "their balanced accuracy and
    speed" "balanced" says the two are in balance, so the mention is "accuracy" (which then needs a measuring
    sentence like any everyday-word metric). A number or a second named measure keeps the name: "a balanced
    accuracy of 81.3% and an F1 of 77", "64.5% weighted accuracy and 61.7% unweighted accuracy".

    >>> t = "Trackers are popular for their balanced accuracy and speed."
    >>> c = _participle_over_and(t, Candidate(31, 48, T.METRIC, 60, "lexicon", "balanced accuracy"))
    >>> t[c.start:c.end], c.rule, c.canonical
    ('accuracy', 'lexicon', None)
    """
    m = _PARTICIPLE_MEASURE.fullmatch(text, c.start, c.end)
    if not m or not _AND_BARE_WORD.match(text, c.end) or _VALUE_BEFORE.search(text, max(0, c.start - 12), c.start):
        return c
    return c._replace(start=m.start(1), rule="lexicon", canonical=None)


def _a_part(text: str, c: Candidate, parts: set[Span], not_names: set[str] | None) -> bool:
    """Whether metric ``c`` names a part of the method or a level ("an IoU-aware head", "low frame rate (LFR)
    frames"); its span, and its acronym's where it names the same, go into ``parts``."""
    if c[4] == "acronym" and _LEVEL_LONG_FORM.match(text, c.start):
        parts.add((c.start, c.end))  # (first: "predict high frame rate (HFR) frames" is a level, whatever the verb)
        a = _ACRONYM_IN_BRACKETS.match(text, c.end)
        if a:
            parts.add(a.span(1))  # "(LFR)": its acronym names the same property
        return True
    if used_in_method(text, c.start, c.end):
        parts.add((c.start, c.end))
        if not_names is not None and c[4] == "acronym" and _LOSS_OR_COMPUTED_BEFORE.search(
                text, max(0, c.start - 70), c.start):
            a = _ACRONYM_IN_BRACKETS.match(text, c.end)
            if a:
                not_names.add(a.group(1))  # "such as Graph Edit Distance (GED)": "GED" names the same
        return True
    return False


def _trainable_figure_after(text: str, c: Candidate) -> bool:
    """Whether "trainable parameters" is followed by the figure it comes to ("trainable parameters amounting to only
    0.1% of the model"): a cost, though no figure stands before it."""
    return bool(re.search(r"\b(?:trainable|tunable|learnable)\s+$", text[max(0, c.start - 12):c.start], re.I)
                and _TRAINABLE_FIGURE_AFTER.match(text, c.end))


def _lexicon_measure(text: str, c: Candidate, sents: list[Span], measuring: dict[Span, bool]) -> bool:
    """Whether a lexicon metric mention is used as a measure where it stands (``measuring`` caches, by
    sentence, whether the sentence measures anything)."""
    name = text[c.start:c.end]
    low = name.lower()
    if low in PARAMETER_NAMES:
        before = text[max(0, c.start - 40):c.start]
        return not (_MODEL_SIZE.search(before) or not (_COST_CUE.search(before) or _TRAINABLE_COST.search(before)
                                                       or _trainable_figure_after(text, c)))
    if low.endswith("time") and _PHASE_BEFORE.search(text, max(0, c.start - 12), c.start):
        return False  # "at training time", "during inference time": a phase, not a measure
    if low in VAGUE_METRICS or (c.rule == "lexicon-gen" and name.islower() and " " not in name):
        sent = text_spans.sentence_of(sents, c.start, (0, len(text)))
        hit = measuring.get(sent)
        if hit is None:
            hit = measuring[sent] = _measures(text, *sent)
        return hit
    if c.rule == "lexicon-gen" and " " in name:
        return _measured_near(text, c.start, c.end, sents)  # not "the interpolation error gradually disappears"
    if (c.rule == "lexicon-gen" or boundaries.TOP_K.fullmatch(low)) and not metric_evident(text, c.start, c.end, sents):
        return boundaries.shares_head(text, c.end)  # not "TC", "PLE" (also method names), "the Top-1 cluster"
    return True


# --- measures named by what is done to them ------------------------------------------------------------------

_NP_WORD = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
#: The same word read atomically, and space runs possessively (\s++): what follows either (a space, a letter)
#: never matches a character they could give back, so the regex tries no such split: the same matches, faster.
_NP_WORD_ATOMIC = r"(?>" + _NP_WORD + r")"
#: "reducing the vector count by 66%", "improves the space footprint of X by 6x"
_CHANGED_BY = re.compile(
    r"\s++(?:the\s++|its\s++|their\s++|our\s++|overall\s++)?"
    r"(" + _NP_WORD_ATOMIC + r"(?:\s++" + _NP_WORD_ATOMIC + r"){0,2}?)"
    r"(?:\s+of\s+[^,.;()]{1,60}?)?\s+(?:by|from)\s+(?:up\s+to\s+|about\s+|over\s+|nearly\s+|almost\s+|~)?\d"
)
#: "a scaling efficiency of 0.94": found from the literal " of <digit>" (a fast scan), then looked back.
#: The scan is for what follows " o" (tested by hand): a scan for "f" is faster than for " " or "o".
_OF_NUMBER = re.compile(r"f (?:up to |about |~)?\d(?![\d.,]*[dD]\b)")  # not "of 3D" (a dimension, no value)
_AN_X_BEFORE = re.compile(r"\b(?:an?|the)\s+(" + _NP_WORD + r"(?:\s+" + _NP_WORD + r"){0,2}?)$")
#: "perplexity increases from 5.6 to 6.3" (the space before "from" is tested by hand)
_FROM_NUMBER = re.compile(r"from (?:about |~)?\d(?![\d.,]*[dD]\b)")
_X_GOES_BEFORE = re.compile(r"(?<![\w-])(" + _NP_WORD + r"(?:\s+" + _NP_WORD + r"){0,2}?)\s+(?:increases?|decreases?|"
                            r"improves?|drops?|rises?|falls?|grows?|goes|went|increased|decreased|improved|dropped)$")
_NON_SPACE = re.compile(r"\S+")
_NOT_MEASURE_LEAD = {"learning", "batch", "dropout", "warmup", "weight", "sequence", "context", "input", "window",
                     "hidden", "embedding", "patch", "kernel", "beam", "image", "total", "maximum", "minimum",
                     "highest", "lowest", "best", "worst", "record-high", "record", "extreme", "average", "overall",
                     "final", "new"}


#: ("quality": "improve the segmentation quality by 4%" names no measure either: the guidelines' vague quality word)
_GENERIC_MEASURE_HEADS = frozenset({"metric", "metrics", "measure", "measures", "criterion", "criteria", "quality"})
#: Measure words that name no particular measure on their own ("a gain of 2%", "the gap", "the cost").
_VAGUE_ALONE = frozenset({"score", "scores", "gain", "gains", "gap", "margin", "improvement", "cost", "costs", "rate",
                          "ratio",
                          "number", "count", "quality", "index", "mean", "average", "percentage", "fraction",
                          "time", "size", "return", "reward", "success", "match", "measure", "value",
                          "efficiency"})  # "improving the efficiency of X by 6x": which efficiency is not said
#: Heads of a phrase that says which part of the work costs or how well it is done, not how it is measured:
#: "the computation cost by 46.5%", "measurement costs by 20%", "the computational complexity by 68x", "semantic
#: correctness by up to 97%" name no measure a paper is scored with (the measure, if any, is FLOPs, latency ...).
UNMEASURED_HEADS = frozenset({"cost", "costs", "complexity", "complexities", "correctness"})


def _measure(text: str, start: int, end: int) -> Candidate | None:
    """A Metric candidate for the phrase ``text[start:end]`` without its leading function words, when it
    names a measure: it ends in a measure word ("count", "efficiency", "footprint", "gap") or an abstract
    noun, and is not a setting ("batch size", "learning rate")."""
    words = [(m.start(), m.end(), m.group(0)) for m in _NON_SPACE.finditer(text[start:end])]
    while words and (words[0][2] in BAD_MODIFIERS and words[0][2] not in METRIC_WORDS):
        words = words[1:]
    names = [w for _, _, w in words]
    if not names or names[-1] in SETTING_WORDS or names[0] in _NOT_MEASURE_LEAD \
            or names[0].lower() in LEVEL_MODIFIERS:
        return None  # "the batch size of 16", "a real-time speed of 32 FPS" (the measure is FPS)
    if any(w in NON_MODIFIERS or (w in BAD_MODIFIERS and w not in METRIC_WORDS) for w in names):
        return None
    head = names[-1]
    if head in _GENERIC_MEASURE_HEADS or (len(names) == 1 and head in _VAGUE_ALONE) or head in UNMEASURED_HEADS:
        return None  # "the official metric", "a gain of 2%", "the gap by 5 points": no measure named
    if head in SPEED_HEADS:
        words = words[-1:]  # "a test-time speed of 170 ms", "a sampling speed of 58x": the speed
    if not (head in METRIC_WORDS or head.rstrip("s") in METRIC_WORDS
            or (len(names) > 1 and head.endswith(("ity", "ness", "cy")))):
        return None
    return Candidate(start + words[0][0], start + words[-1][1], T.METRIC, candidates.PRI_HEAD + 10, "measured")


def measured_metrics(text: str, change_verbs: list[Span]) -> list[Candidate]:
    """Measures named by a change stated in numbers: "reducing the vector count by 66%", "a scaling
    efficiency of 0.94", "perplexity increases from 5.6 to 6.3". The phrase must end in a measure word
    ("count", "efficiency", "footprint", "gap", ...) or an abstract noun, and not be a setting ("batch size").

    >>> t = "It cuts the vector count by 66% with a scaling efficiency of 0.94 and a batch size of 16."
    >>> [t[c.start:c.end] for c in measured_metrics(t, [(3, 7)])]
    ['vector count', 'scaling efficiency']
    """
    out = []
    for _, e in change_verbs:
        m = _CHANGED_BY.match(text, e)
        c = _measure(text, m.start(1), m.end(1)) if m else None
        if c:
            out.append(c)
    for rx_after, lead, rx_before in ((_OF_NUMBER, " o", _AN_X_BEFORE), (_FROM_NUMBER, " ", _X_GOES_BEFORE)):
        for m in rx_after.finditer(text):
            at = m.start() - len(lead)  # where " of ..."/" from ..." starts
            if at < 0 or not text.startswith(lead, at):
                continue
            b = rx_before.search(text, max(0, at - 50), at)
            c = _measure(text, b.start(1), b.end(1)) if b else None
            if c and rx_after is _OF_NUMBER and _change_of_measure(text, c, m.end()):
                continue
            if c:
                out.append(c)
    return out


def _change_of_measure(text: str, c: Candidate, after: int) -> bool:
    """Whether the phrase ``c`` before "of <digit>" is a change noun and the figure ``text[after:]`` goes on
    to name the measure it changes: "a loss of 0.3% in model accuracy" (a drop of accuracy, no measure "loss").

    Read by :func:`~kg.extract.metric_roles.changes_measure` (shared with the results' kinds): "a loss of 0.21
    in training", "a loss of 0.3% in the first epoch", "a loss of 0.2 in total" state a loss.

    >>> t = "with a loss of 0.3% in model accuracy"
    >>> _change_of_measure(t, Candidate(7, 11, T.METRIC, 0, "measured"), 16)
    True
    >>> t = "with a loss of 0.21 in training"
    >>> _change_of_measure(t, Candidate(7, 11, T.METRIC, 0, "measured"), 16)
    False
    """
    return changes_measure(text, text[c.start:c.end], after)
