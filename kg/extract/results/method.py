"""The method a result is of (step 6 of :mod:`kg.extract.results`).

:func:`method_of` reads a value's method: the nearest name before it in its clause (not what it is compared
with; the subject of "X outperforms Y by V"; the first name of an opening "Using X, we ..."), else the
paper's own method when "we"/"our" speak, else the sentence's first method. This module walks the names before a
value (:func:`_subject_step`) and decides what a value no name is the subject of falls back on (:func:`_unnamed`);
the readings it asks live beside it: names that are no subject (:mod:`.not_subject`, :mod:`.ensembles`), subjects
a phrase names (:mod:`.named_subjects`), what "we" use or train (:mod:`.our_means`), comparisons
(:mod:`.comparison`), the name a result writes (:mod:`.method_name`). :func:`.own.paper_method` says once per
paper what "we" and "our model" stand for (:class:`.own.Own`: the model, and the part it proposes).
"""
from __future__ import annotations

import re

from kg.extract.proposals import shaped
from kg.extract.rules import finite_verb_after
from kg.extract.words import TASK_HEADS
from kg.extract.results.binding import CLAUSE, HAS_VALUE
from kg.extract.results.clause_words import ON_BEFORE, PRONOUN, SUBJECT_OURS, SYSTEM_KIND, WE
from kg.extract.results.comparison import COMPARE, WE_OURS, compared
from kg.extract.results.data_proposals import FIGURE_PAREN
from kg.extract.results.described import own_description
from kg.extract.results.ensembles import ensemble_named
from kg.extract.results.method_name import variant, whole
from kg.extract.results.named_subjects import (NAME_ENABLES, apposed_system, apposed_to, enabler, for_name,
                                               named_subject, our_name, with_owner)
from kg.extract.results.not_subject import OURS, SKIP_OURS, a_part, base_of_ours, not_a_subject
from kg.extract.results.our_means import (adjunct_method, before_pronoun, object_of_ours, tool_of_ours,
                                          trained_for_figure, trained_model, trained_with_ours, used_for_figure)
from kg.extract.results.own import Own
from kg.extract.results.parts import BASED, COMPONENT, OUR_MODEL, OUR_PART, is_part, named_part
from kg.extract.results.system_proposals import PROPOSES
from kg.extract.results.task_proposals import task_names
from kg.extract.results.title import verb_words
from kg.extract.results.others_figures import prior_best_phrase
from kg.extract.results.values import Value


_SUBJECT_GAP = re.compile(r"\b(?:achiev\w*|gets?|got|reach\w*|obtain\w*|yield\w*|attain\w*|improv\w*|enhanc\w*|"
                          r"boost\w*|sets?|scor\w*|records?|has|have|had|with|at|is|was|are|were|reduc\w*|"
                          r"increas\w*|runs?|lowers?|perform\w*|outperform\w*|surpass\w*)\b|[:=(]", re.I)
#: a clause after a value that speaks of something else: ", demonstrating that the pre-trained language models ..."
_LATER_CLAUSE = re.compile(r",\s*(?:\w+ly\s+)?(?:demonstrat|show|indicat|suggest|reveal|confirm|outperform|surpass|beat|"
                           r"which|while|whereas|but)\w*\b", re.I)
#: what a figure is obtained with, right before a name after it: "(0.9315 ...) with WD aggregation"
_WITH_OURS = re.compile(r"\b(?:with|using|by|via)\s+(?:our\s+|the\s+(?:proposed\s+)?|an?\s+)?$", re.I)
#: a name that modifies the noun after it ("ECG segments"), not a name that ends its phrase ("FooNet on COCO")
_MODIFIES = re.compile(r"\s+(?!(?:on|in|at|and|or|with|for|to|of|by|is|was|are|were|which|that|as|than|over|while|when|"
                       r"where|using|achiev\w*|obtain\w*|reach\w*|model|network|method|approach|framework|system)\b)[a-z][a-z-]+")


def _not_whose(text: str, c, s0: int) -> bool:
    """A proposal written after a value that is not whose the value is: in a dataset's slot ("an AP of 65.83 on
    GroupWalk"), or a word of a phrase ("with 5-s ECG segments"; not "with WD aggregation", what it is obtained
    with); a name ending its phrase is ("increased by 26%, which proves ... of QuatDE", "dubbed BEVDet4D-Base")."""
    before = text[max(s0, c[0] - 20):c[0]]
    if ON_BEFORE.search(before):
        return True
    return _MODIFIES.match(text, c[1]) is not None and not _WITH_OURS.search(before)


def _data_slot(text: str, c, s0: int) -> bool:
    """A proposal written where the sentence lists its data with their figures ("compared to other methods on
    NMNIST (99.6%) and DVS-Gesture (96.7%)"): data the figures are of, not whose they are."""
    return ON_BEFORE.search(text[max(s0, c[0] - 20):c[0]]) is not None and FIGURE_PAREN.match(text, c[1]) is not None


_CURVE = re.compile(r"\)?\s*(?:\([^()]{1,12}\)\s*)?curves?\b", re.I)
#: a name that modifies a task's head is a word of the task: "on arrhythmia classification and MI classification"
_TASK_AFTER = re.compile(r"\s+(?:tasks?\b|(?:" + "|".join(sorted(TASK_HEADS)) + r")\b(?!-))", re.I)
_NOT_METHODS = frozenset(("sota", "state-of-the-art", "state of the art", "baseline", "baselines"))
_BY = re.compile(r"\s*by\s*(?:about\s+|up to\s+|over\s+)?", re.I)
#: the paper's system as a sentence's subject in a definite description: "The method also surpasses ... by 12%",
#: "shows that the searched architecture ... while reducing 50% parameters" (not "the baseline method", "the method of")
_THE_SYSTEM_OPENS = re.compile(r"\s*(?:[^,;:]{0,60},\s+)?the\s+" + SYSTEM_KIND, re.I)
_THE_NEW_SYSTEM = re.compile(r"\bthe\s+(?:new|resulting|searched|proposed|final|full|learned|discovered|presented|derived)\s+"
                             + SYSTEM_KIND, re.I)


def _the_system(text: str, s0: int, anchor: int) -> bool:
    """The sentence speaks of the paper's system before the value as "the method", "the new network" (whose
    figure a change no name is given for is)."""
    m = _THE_SYSTEM_OPENS.match(text, s0, anchor)
    return m is not None or _THE_NEW_SYSTEM.search(text, s0, anchor) is not None


def method_of(text: str, v: Value, found, methods: list[int], s0: int, own: int | None, anchor: int,
              dataset: str | None = None, paper: "Own | None" = None) -> str | None:
    """The method a value is a result of (see the module docstring, step 6); a list of values is read
    from its first member (``anchor``): "FocalNets achieve 82.3% and 83.9%". ``paper`` is what "we" and
    "our model" stand for (:func:`own.paper_method`)."""
    ents = found.entities
    if own is not None and (a_part(text, ents[own], paper) or _data_slot(text, ents[own], s0)
                            or ents[own][0] >= anchor and _not_whose(text, ents[own], s0)):
        own = None  # a proposed loss or module of a paper whose model has a name: the model's result; a proposal
        # after the value in a dataset's slot or as a word of a phrase ("on MIT-BIH with 5-s ECG segments")
    after = for_name(text, v, found, methods, s0)
    if after is not None:
        return whole(text, found, after)  # "(34.4% AP at 30ms for CornerNet-Squeeze compared to ...)"
    if (system := apposed_system(text, found, methods, s0, anchor)) is not None:
        return system  # "with the help of FooLoss, our detector, namely FooDet, achieves": FooDet's, not the part's
    return _subject_before(text, v, found, methods, s0, own, anchor, dataset, paper)


def _subject_before(text: str, v: Value, found, methods: list[int], s0: int, own: int | None, anchor: int,
                    dataset: str | None, paper: "Own | None") -> str | None:
    """The method of a value read from the names before it, nearest first (:func:`method_of`): the subject
    of its clause, the owner of a setting, what an enabler helps (:func:`_subject_step` reads each name);
    else :func:`_unnamed`."""
    pronoun = False
    for i in reversed(methods):
        if found.entities[i][1] > anchor:
            continue
        name, ours, stop = _subject_step(text, found, methods, i, s0, anchor, dataset, paper)
        if name is not None:
            return name
        pronoun = pronoun if ours is None else ours
        if stop:
            break
    return _unnamed(text, v, found, methods, s0, own, anchor, paper, pronoun) \
        or ensemble_named(text, found, methods, s0, anchor)


def _subject_step(text: str, found, methods: list[int], i: int, s0: int, anchor: int, dataset: str | None,
                  paper: "Own | None") -> tuple[str | None, bool | None, bool]:
    """What the name ``i`` before a value says of whose the value is (:func:`_subject_before`): the method's
    name when it is the value's, else whether "we"/"our" speak instead (None: no word on it; False: not ours)
    and whether the reading stops here."""
    ents = found.entities
    s, e = ents[i][0], ents[i][1]
    kind = not_a_subject(text, found, i, s0, anchor, paper)
    if kind == OURS:
        return None, True, True
    if kind is not None:
        return None, (True if kind == SKIP_OURS else None), False
    gap = text[e:anchor]
    vs, ve = variant(text, s, e)
    if _OURS_USING.search(text, max(s0, vs - 80), vs):
        return None, True, True  # "our unsupervised and supervised models using BERT base achieve 74.5%": a setting of our models
    if (owner := with_owner(text, found, methods, s0, (vs, max(e, ve)), anchor)) is not None:
        return whole(text, found, owner), None, True  # "FooDet with ResNeXt-101 achieves 44.7%": FooDet's, not the backbone's
    if _BOOSTS.search(text, max(s0, vs - 40), vs) and _TO_GAP.fullmatch(gap):
        return None, True, True  # "Boosting Vanilla ResNet-50 to 80%+": the base model the paper's own method lifts to the figure
    if (_ENABLED.search(text, max(s0, vs - 40), vs) or NAME_ENABLES.search(text, max(s0, vs - 30), vs)) \
            and _TO_REACH.match(text, max(e, ve), anchor):
        helper = enabler(text, found, methods, s0, vs)
        if helper is not None:
            return whole(text, found, helper), None, True  # "Zorbify helps ResNet-152 achieve 80.2%": Zorbify's result
        return None, True, True  # "it helps EfficientNet-L1 to achieve 82.2%": the base model of what "it" (the paper's own) improves
    if _EVALUATED.search(text, max(s0, s - 40), vs) and shaped(text[s:e]) and not CLAUSE.search(gap) \
            and not HAS_VALUE.search(gap):
        return whole(text, found, i), None, True  # "We evaluate the FS-RNN on A and B, where we improve ... to 1.19"
    if PRONOUN.search(gap) and trained_with_ours(text, found, i, (vs, max(e, ve)), anchor, paper):
        return whole(text, found, i), None, True  # "A ZorbNet-50 trained with our method achieves 77.5%": the named model's
    if PRONOUN.search(gap):
        pos = before_pronoun(text, s0, anchor)
        used = trained_model(text, found, methods, s0, pos)
        if used is None and not (SUBJECT_OURS.search(gap) and not WE.search(gap)):
            used = adjunct_method(text, found, methods, s0, pos)
        if used is not None and not base_of_ours(text, found, used, paper):
            return whole(text, found, used), None, True  # "Using FocalNet and DINO, we achieve 64.3 mAP"
        return None, not COMPARE.search(gap), True  # "matches X on ImageNet, and our largest models attain 86.5%": not X's
    if object_of_ours(text, s, s0) and not (_STATES.match(text, ve) or finite_verb_after(text, ve, verb_words())):
        if (used := used_for_figure(text, found, i, s0, anchor, paper) or trained_for_figure(text, found, i, s0, anchor)):
            return used, None, True  # "we evaluate our model ... using Wide Gated ResNets, achieving 3.65%"
        return None, True, False  # "this method reduces the memory of X by 50%", "we apply it to X, reaching 86.8%"
    if CLAUSE.search(gap) or "," in gap and len(gap) > 60 or HAS_VALUE.search(gap):
        return None, None, True  # another clause, or another value's stretch
    if _usable(text, found, i, s0, dataset) and _BEATS.match(gap) and not compared(text, s, s0):
        return whole(text, found, i), None, True  # "X outperforms Y by 2%": X is the subject, Y the baseline
    if COMPARE.search(gap) or compared(text, s, s0) or _BY.fullmatch(gap):
        return None, None, False  # "outperforms X by 2%": X is the baseline
    if not _usable(text, found, i, s0, dataset):
        return None, None, False
    if len(gap.strip()) > 12 and not _SUBJECT_GAP.search(gap):
        return None, None, False  # "usage of transformer-based models ... by 2.2x": not what the value is stated of
    if tool_of_ours(text, s0, vs):
        return None, True, True  # "The best single system uses a ResNet model with Foo rescoring, and achieves 6.9%": the system's
    owner = apposed_to(text, found, methods, i, s0)
    return whole(text, found, i if owner is None else owner), None, True


def _unnamed(text: str, v: Value, found, methods: list[int], s0: int, own: int | None, anchor: int,
             paper: "Own | None", pronoun: bool) -> str | None:
    """The method of a value no name before it in its clause is the subject of (:func:`method_of`): a
    subject no entity covers, the paper's own name the sentence writes, what "we" stand for, else the
    sentence's first method."""
    ents = found.entities
    subject = named_subject(text, found, s0, anchor)
    if subject is not None:
        return subject  # "... demonstrate that Semiformer achieves 75.5%": a name kg found no entity for
    if own is None:
        own = our_name(text, found, methods, s0, anchor)  # "compare our SGANet with ..., and the proposed model achieves"
    if own is not None:
        return whole(text, found, own)
    if _prior_best(text, s0, anchor):
        return None  # "we improve upon the previous state-of-the-art WERs on A (4.74%)": others' figure, not ours
    if paper and not OUR_PART.search(text, s0, v.end + 40) and _part_written_after(text, found, paper, v.end):
        return None  # "By combining these tricks, the model achieves 94.5% ... We propose a novel neck named ...": the
        # paper's whole system's, which it does not name, not the part's (nor the backbone's the sentence goes on to),
        # unless the sentence credits the part ("the proposed loss reaches 80% ... We call it FooLoss")
    if paper and paper.name and _introduced_after(text, paper.name, s0, v.end):
        paper = None  # "With a simple 7-layer network, we obtain 89.3%. ... we develop a window proposal network"
    after = [i for i in methods if ents[i][0] >= v.end and not CLAUSE.search(text, v.end, ents[i][0])
             and not HAS_VALUE.search(text, v.end, ents[i][0])  # (in its clause; the names before it are judged)
             and _LINKED_AFTER.search(text, max(s0, ents[i][0] - 40), ents[i][0])  # (what the value is obtained with,
             and not text[ents[i][0]:ents[i][1]].islower()]  # a name: "through ensemble with the fully convolutional network")
    if (paper.guessed if paper else not any(s0 <= ents[i][0] < v.start for i in methods)) \
            and (named := _first_method(text, v, found, after, s0)):
        # "with 0.819, our best model based on the Foo algorithm": a name, not the title's guess; where the paper
        # names no model of its own and the sentence none before the value, "to 96% using Foo Transformers"
        return named
    if paper and (WE_OURS.search(text, s0, v.end + 40) or v.kind == "score" or _the_system(text, s0, anchor)):
        # "we"/"our model" stand for the paper's own method, and so does a score no method is named for; a
        # part it proposes ("Flow Alignment Module") when the sentence speaks of it ("our module"), or when the
        # paper names no model and the sentence speaks of none ("We propose an augmentation ... we improve ..."),
        # or the part has a name (FAM, a title's "Context Encoding"): "our network" is the network with the part
        return paper.part if paper.part and (OUR_PART.search(text, s0, v.end + 40) or paper.name is None and (
            WE_OURS.search(text, s0, v.end + 40) and not OUR_MODEL.search(text, s0, v.end + 40)
            or named_part(text, paper.part)) and not _COMBINED.search(text, s0, v.start)) else paper.name
        # (not "Using these and other strategies, we achieve ...": all the paper adds together, which it does not name)
    if pronoun or SUBJECT_OURS.search(text, s0, anchor):
        return _described_ours(text, found, s0, anchor, paper)  # "we achieve", "our model obtains": the paper's own
        # method, which it does not name
    return _first_method(text, v, found, methods, s0) or _described_ours(text, found, s0, anchor, paper)


def _described_ours(text: str, found, s0: int, anchor: int, paper: "Own | None") -> str | None:
    """The description the clause's subject gives the paper's own system ("our span-based neural tagging model achieves":
    :func:`.described.own_description`) when the paper names no system at all (``paper`` None), else None."""
    return own_description(text, s0, anchor, task_names(text, found)) if paper is None else None


def _part_written_after(text: str, found, paper: "Own", end: int) -> bool:
    """The paper's own proposal (its part, else its name) is a part by how the paper describes it (:func:`parts.is_part`:
    "a novel neck structure named batch normalization neck (BNNeck)", "a Foo Network (FN) head") and the abstract
    first writes it, in any of its forms, after ``end`` (a figure's): the figure stated before is the whole system's."""
    name = paper.part or paper.name
    if not name:
        return False
    forms = {name}
    for i, c in enumerate(found.entities):
        written, named = text[c[0]:c[1]], found.name(text, i)
        if written == name or named == name or name in (found.aliases.get(i) or ()):
            forms.update((written, named))
    if not any(is_part(text, f) for f in forms):
        return False
    body = text.find("\n") + 1  # (after the title, which names what the paper is about before any figure)
    return min((at for f in forms if (at := text.find(f, body)) >= 0), default=-1) > end


#: a clause crediting several things the paper adds together: "Using these and other tricks", "by combining these"
_COMBINED = re.compile(r"\b(?:using|with|combining|by)\s+(?:all\s+)?these\b", re.I)


#: a name after a value that the value is obtained with: "0.812, our best model based on the Foo algorithm" (not
#: "subsets of Hub5'00", "after cross-entropy training": data, a stage)
_LINKED_AFTER = re.compile(r"\b(?:based on|built on|using|with|via|by)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


#: "on" that says what a system is made from, not where it is tested: "our model based on the Foo algorithm" (a system's
#: noun before it: "experiments, based on Foo" say what the experiments used, not whose figure it is; a name the
#: system is built on as its backbone is a setting, not the system: :func:`_built_on`)
_BASED_ON = re.compile(r"\b" + SYSTEM_KIND + r"\s+(?:based|built)\s+on\s+(?:the\s+)?$", re.I)


def _built_on(text: str, s0: int, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is what a system "based on the" name is made of, not a part of it.

    >>> t = "our detector based on the Foo algorithm, our model based on the Bar backbone"
    >>> _built_on(t, 0, t.index("Foo"), t.index(" algorithm")), _built_on(t, 0, t.index("Bar"), t.index(" backbone"))
    (True, False)
    """
    return bool(_BASED_ON.search(text, max(s0, start - 40), start)) and not COMPONENT.match(text, end)


def _first_method(text: str, v: Value, found, methods: list[int], s0: int) -> str | None:
    """The sentence's first method that is not compared with, an example, a metric's or a task's word, nor
    in a later clause: whose a value no name, "we" or title speaks for is (:func:`_unnamed`)."""
    ents = found.entities
    for i in methods:
        if not COMPARE.search(text, s0, ents[i][0]) and not compared(text, ents[i][0], s0) \
                and text[ents[i][0]:ents[i][1]].lower() not in _NOT_METHODS and not _CURVE.match(text, ents[i][1]) \
                and not _LATER_CLAUSE.search(text, v.end, max(v.end, ents[i][0])) \
                and not _TASK_AFTER.match(text, ents[i][1]) and not _SIGNAL_AFTER.match(text, ents[i][1]) \
                and not (_MEASURE_AFTER.match(text, ents[i][1]) and _lower(text, ents[i][0], ents[i][1], s0)) \
                and not (ON_BEFORE.search(text, max(s0, ents[i][0] - 12), ents[i][0])
                         and not _built_on(text, s0, ents[i][0], ents[i][1])):
            return whole(text, found, i)
    return None


def _prior_best(text: str, s0: int, anchor: int) -> bool:
    """The value at ``anchor`` is stated as others' best ("against the current state-of-the-art WERs
    1.7%"): :func:`.others_figures.prior_best_phrase` (others' best named before it in its clause).

    >>> t = "We beat the previous state-of-the-art WERs on A (4.74%), and we exceed the prior best and get 47%."
    >>> _prior_best(t, 0, t.index("4.74")), _prior_best(t, 0, t.index("47%"))
    (True, False)
    """
    return prior_best_phrase(text, s0, anchor) is not None


#: a verb by which the paper's method lifts a base model, its object the name after it: "boost the vanilla (ResNet-50)
#: to 80%", "Pushing Plain (BERT) to ..." (a word of the base's kind between: "vanilla", "standard")
_BOOSTS = re.compile(r"\b(?:boost|push|lift|rais|bring)(?:s|es|ed|ing)?\s+(?:the\s+|an?\s+)?(?:[A-Za-z]+\s+)?$", re.I)
#: a name's gap to a figure that says only where the name is lifted to: " to ", " up to "
_TO_GAP = re.compile(r"\s+(?:up\s+)?to\s+")
#: the paper's own method, written as a pronoun, enabling a base model: "it enables ViTs (to achieve 86%)"
_ENABLED = re.compile(r"\b(?:it|this|our\s+[\w-]+|the\s+proposed\s+[\w-]+)\s+(?:\w+ly\s+)?(?:enables?|allows?|helps?|lets?)"
                      r"\s+(?:the\s+|an?\s+)?$", re.I)
_TO_REACH = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:to\s+)?(?:achiev|reach|attain|obtain)\w*\b", re.I)


#: a kind of data a name modifies: "characteristics of ECG signals", "EEG recordings"
_SIGNAL_AFTER = re.compile(r"\s+(?:signals?|recordings?|waveforms?|scans|time series)\b", re.I)
#: a measure a name in lower case modifies: "the fine-tuning accuracy", "the linear probing error"
_MEASURE_AFTER = re.compile(r"\s+(?:accuracy|accuracies|errors?|performance|scores?|precision|recall|error rates?)\b(?!-)", re.I)


def _usable(text: str, found, i: int, s0: int, dataset: str | None) -> bool:
    """A name before a value that may be whose result it is: not a known generic technique when the paper
    has its own method ("fine-tuning"), not a part ("a ResNet-101 backbone"), not the dataset it is on."""
    s, e, rule = found.entities[i][0], found.entities[i][1], found.entities[i][4]
    if _lower(text, s, e, s0) and (found.proposed and rule.startswith("lexicon") or _MEASURE_AFTER.match(text, e)):
        return False  # ("the fine-tuning accuracy is improved to 64.2": a stage the measure is taken after)
    if re.search(r"\d\s?$", text[max(s0, s - 2):s]):
        return False  # "40.30 dB": a unit
    if COMPONENT.match(text, e) or _CURVE.match(text, e) or _TASK_AFTER.match(text, e) or BASED.match(text, e) \
            or _SIGNAL_AFTER.match(text, e):
        return False  # (a part of a model; "the receiver operating characteristic (ROC) curve": a metric's words;
        # "MI classification": a task's words; "our YOLOX-based model": what the model is built on; "ECG signals": data)
    return not (text[s:e] == dataset or text[s:e].lower() in _NOT_METHODS or ON_BEFORE.search(text, max(s0, s - 12), s))


def _lower(text: str, s: int, e: int, s0: int) -> bool:
    """The name at ``text[s:e]`` is written in lower case, but for the capital opening its sentence
    ("Transfer learning gives ...")."""
    name = text[s:e]
    return (name[:1].lower() + name[1:]).islower() if s == s0 or re.search(r"[.!?]\s+$", text[max(0, s - 3):s]) \
        else name.islower()


#: a name "we" evaluate: what the sentence's results are of
_EVALUATED = re.compile(r"\bwe\s+(?:\w+ly\s+)?(?:evaluate|test|validate|benchmark|assess)\w*\s+(?:the\s+|our\s+)?$", re.I)
#: the subject of a win: "X outperforms ... by 2%", "X (ours) surpasses ..."
_BEATS = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:also|further|still|consistently|significantly|clearly|even)\s+)?"
                    r"(?:(?:outperform|surpass|beat|exceed)\w*\b|(?:performs?|performed|does|did|works?|worked|is|are|was|were)"
                    r"\s+(?:\w+\s+)?(?:better\s+than|superior\s+to)\b)", re.I)  # "X performs better than Y on A (96.9%)"


#: the paper's own model run with a name: "our (unsupervised and supervised) models using (BERT base)"
_OURS_USING = re.compile(r"\bour\s+(?:[\w-]+\s+){0,4}?(?:models?|networks?|methods?|approach(?:es)?|systems?|frameworks?|"
                         r"detectors?)\s+(?:using|with|based on|built on|on top of)\s+(?:the\s+|an?\s+)?$", re.I)


def _introduced_after(text: str, name: str, s0: int, s1: int) -> bool:
    """``name`` is a description ("window proposal network") the paper first writes after the sentence at
    ``s0``, which proposes nothing itself: its "we" speak of something else ("With a simple 7-layer network, we
    obtain 89.3% ... For detection, we develop a window proposal network"). A name may be given later ("we
    propose a ... detection algorithm that improves mAP ... . We call it R-CNN"); one the sentence writes before
    its value ``s1`` is what it speaks of ("our system (zorb) that is ranked first (obtaining 74.9%)").

    >>> t = "With a small network, we obtain 89.3%. We then develop a window network. Our system (zorb) gets 71%."
    >>> _introduced_after(t, "window network", 0, 36), _introduced_after(t, "zorb", t.index("Our"), t.index("71"))
    (True, False)
    """
    if not name.islower() or PROPOSES.search(text, s0, s1):
        return False
    return text.lower().find(name.lower()) >= s1


#: a name right before the verb that states a value is its clause's subject: "..., i.e., MoGA-A achieves 75.9%"
_STATES = re.compile(r"\s+(?:(?:also|further|still|even|now)\s+)?(?:achiev|obtain|reach|attain|yield|scor)\w*\b", re.I)
