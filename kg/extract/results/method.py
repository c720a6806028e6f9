"""The method a result is of (step 6 of :mod:`kg.extract.results`).

:func:`method_of` reads a value's method: the nearest name before it in its clause (not what it is compared
with; the subject of "X outperforms Y by V"; the first name of an opening "Using X, we ..."), else the
paper's own method when "we"/"our" speak, else the sentence's first method. :func:`.own.paper_method` says once
per paper what "we" and "our model" stand for (:class:`.own.Own`: the model, and the part it proposes);
:func:`others_figure` tells sentences that give other methods' figures ("existing methods achieve ...",
"[15] proposes ...").
"""
from __future__ import annotations

import re

from kg.extract.proposals import shaped
from kg.vocab import EntityType as T
from kg.extract.results.values import Value, prior_best_phrase
from kg.extract.results.binding import CLAUSE, HAS_VALUE
from kg.extract.words import TASK_HEADS
from kg.extract.results.described import own_description
from kg.extract.results.title import generic, verb_words
from kg.extract.rules import finite_verb_after
from kg.extract.results.own import (BASED, COMPONENT, FIGURE_PAREN, NOT_OURS_AFTER, NOT_THE_MODEL, OUR_MODEL, OUR_PART,
                                    PART_HEAD, PROPOSES, Own, is_part, named_part, short_name, task_names)


_COMPARE = re.compile(r"\b(?:outperform\w*|than|over|compared|versus|vs\.?|surpass\w*|beat\w*|exceed\w*)\b", re.I)
#: (a comparison written with a participle, a noun or an adjective: "comparing with X", "a comparison of A with X",
#: "superior to X", "similar to X", "relative to X", "as fast as X", "the same quality as X"; not "A as well as X")
_COMPARED_BEFORE = re.compile(r"\b(?:outperform\w*|than|over|compar(?:ed|ing) (?:to|with)|comparisons?\s+(?:[^,;.]{0,60}?\s)?"
                              r"(?:to|with|against)|versus|vs\.?|surpass\w*|beat\w*|exceed\w*|such as|including|like|"
                              r"(?:comparable|similar|superior|inferior|relative) (?:\w+ )?to|as\s+(?!well\b)(?:[\w-]+\s+){1,2}?as|"
                              r"same\s+(?:[\w-]+\s+){0,2}?as|other|match\w*|against|without)\b[^,;.]*$", re.I)
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
    if _ON_BEFORE.search(before):
        return True
    return _MODIFIES.match(text, c[1]) is not None and not _WITH_OURS.search(before)


def _data_slot(text: str, c, s0: int) -> bool:
    """A proposal written where the sentence lists its data with their figures ("compared to other methods on
    NMNIST (99.6%) and DVS-Gesture (96.7%)"): data the figures are of, not whose they are."""
    return _ON_BEFORE.search(text[max(s0, c[0] - 20):c[0]]) is not None and FIGURE_PAREN.match(text, c[1]) is not None


_CURVE = re.compile(r"\)?\s*(?:\([^()]{1,12}\)\s*)?curves?\b", re.I)
#: a name that modifies a task's head is a word of the task: "on arrhythmia classification and MI classification"
_TASK_AFTER = re.compile(r"\s+(?:tasks?\b|(?:" + "|".join(sorted(TASK_HEADS)) + r")\b(?!-))", re.I)
_NOT_METHODS = frozenset(("sota", "state-of-the-art", "state of the art", "baseline", "baselines"))
_ON_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?(?:\d[\d,.]*\s+)?$", re.I)  # "on 1458 MoE layers"
_BY = re.compile(r"\s*by\s*(?:about\s+|up to\s+|over\s+)?", re.I)
#: the paper's system as a sentence's subject in a definite description: "The method also surpasses ... by 12%",
#: "shows that the searched architecture ... while reducing 50% parameters" (not "the baseline method", "the method of")
_SYSTEM_KIND = (r"(?:model|method|approach|framework|network|system|architecture|detector|algorithm|technique)s?\b"
                r"(?!\s+(?:of|in|from|by)\b)")
_THE_SYSTEM_OPENS = re.compile(r"\s*(?:[^,;:]{0,60},\s+)?the\s+" + _SYSTEM_KIND, re.I)
_THE_NEW_SYSTEM = re.compile(r"\bthe\s+(?:new|resulting|searched|proposed|final|full|learned|discovered|presented|derived)\s+"
                             + _SYSTEM_KIND, re.I)


def _the_system(text: str, s0: int, anchor: int) -> bool:
    """The sentence speaks of the paper's system before the value as "the method", "the new network" (whose
    figure a change no name is given for is)."""
    m = _THE_SYSTEM_OPENS.match(text, s0, anchor)
    return m is not None or _THE_NEW_SYSTEM.search(text, s0, anchor) is not None


_WE_OURS = re.compile(r"\b(?:our|we|proposed|it|this (?:model|method|approach|framework|network|system))\b", re.I)


def method_of(text: str, v: Value, found, methods: list[int], s0: int, own: int | None, anchor: int,
              dataset: str | None = None, paper: "Own | None" = None) -> str | None:
    """The method a value is a result of (see the module docstring, step 6); a list of values is read
    from its first member (``anchor``): "FocalNets achieve 82.3% and 83.9%". ``paper`` is what "we" and
    "our model" stand for (:func:`paper_method`)."""
    ents = found.entities
    if own is not None and (_a_part(text, ents[own], paper) or _data_slot(text, ents[own], s0)
                            or ents[own][0] >= anchor and _not_whose(text, ents[own], s0)):
        own = None  # a proposed loss or module of a paper whose model has a name: the model's result; a proposal
        # after the value in a dataset's slot or as a word of a phrase ("on MIT-BIH with 5-s ECG segments")
    after = _for_name(text, v, found, methods, s0)
    if after is not None:
        return _whole(text, found, after)  # "(34.4% AP at 30ms for CornerNet-Squeeze compared to ...)"
    if (system := _apposed_system(text, found, methods, s0, anchor)) is not None:
        return system  # "with the help of FooLoss, our detector, namely FooDet, achieves": FooDet's, not the part's
    return _subject_before(text, v, found, methods, s0, own, anchor, dataset, paper)


#: a name a model is likened to or sized by: "a Foo-base-sized model", "a Foo/Bar-sized model", "Foo-like networks",
#: "a Foo-style architecture"
_SIZED_LIKE = re.compile(r"(?:/[A-Za-z][\w.]*)?(?:-[A-Za-z0-9.]+)?-(?:sized?|scale|like|style)\s+(?:[\w-]+\s+)?"
                         r"(?:models?|networks?|architectures?|variants?|versions?|transformers?)\b", re.I)
#: What :func:`_not_a_subject` finds a name before a value to be: a part or setting of the figure's system,
#: a name the paper's (or an unnamed) system is built from, the paper's own model itself.
_SKIP, _SKIP_OURS, _OURS = "skip", "skip-ours", "ours"


def _not_a_subject(text: str, found, i: int, s0: int, anchor: int, paper: "Own | None") -> str | None:
    """Why the name ``i`` before a value is not the subject the value is stated of (:func:`_subject_before`):
    ``_SKIP``, ``_SKIP_OURS`` or ``_OURS``; None when it may be."""
    ents = found.entities
    s, e = ents[i][0], ents[i][1]
    if _a_part(text, ents[i], paper) or _setting_of_figure(text, min(s, _variant(text, s, e)[0]), s0):
        return _SKIP  # "By combining ... weighted feature matching loss, the proposed architecture achieves": a
        # part; "ISTR obtains 46.8 AP using ResNet50-FPN, and 48.1 AP using ResNet101-FPN": a backbone
    if _ingredient(text, found, i, s0, paper) or _ensemble_member(text, s, s0, anchor):
        return _SKIP_OURS  # "FooCL, which is combined from A and B and reaches 71.2%": FooCL's, not B's; "an ensemble
        # of three A and one B reaches 3.1%": the ensemble's, not B's
    if _equipped_by_ours(text, found, i, s0, paper):
        return _OURS  # "Equipped with our pre-training, a plain Transformer attains 93.8%": the paper's method's figure
    if _attached_part(text, found, i, s0, anchor) or _SIZED_LIKE.match(text, _variant(text, s, e)[1]):
        return _SKIP_OURS  # "the Foo model with a Bar encoder and an SVM classifier reaches": Foo's, or the unnamed system's;
        # "a Foo-base-sized model obtains": a model of the paper's measured by Foo, not Foo
    if paper is not None and paper.name and _OUR_BEFORE.search(text, max(s0, s - 20), s) and generic(found.name(text, i)) \
            or _trained_by_us(text, found, i, s0):
        return _OURS  # "Our searched GANs achieve ...": the paper's own model, written as its kind; "our jigsaw
        # pre-trained AlexNet gets": the base model of the paper's own (training) method
    return None


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
        or _ensemble_named(text, found, methods, s0, anchor)


def _subject_step(text: str, found, methods: list[int], i: int, s0: int, anchor: int, dataset: str | None,
                  paper: "Own | None") -> tuple[str | None, bool | None, bool]:
    """What the name ``i`` before a value says of whose the value is (:func:`_subject_before`): the method's
    name when it is the value's, else whether "we"/"our" speak instead (None: no word on it; False: not ours)
    and whether the reading stops here."""
    ents = found.entities
    s, e = ents[i][0], ents[i][1]
    kind = _not_a_subject(text, found, i, s0, anchor, paper)
    if kind == _OURS:
        return None, True, True
    if kind is not None:
        return None, (True if kind == _SKIP_OURS else None), False
    gap = text[e:anchor]
    vs, ve = _variant(text, s, e)
    if _OURS_USING.search(text, max(s0, vs - 80), vs):
        return None, True, True  # "our unsupervised and supervised models using BERT base achieve 74.5%": a setting of our models
    if (owner := _with_owner(text, found, methods, s0, (vs, max(e, ve)), anchor)) is not None:
        return _whole(text, found, owner), None, True  # "FooDet with ResNeXt-101 achieves 44.7%": FooDet's, not the backbone's
    if _BOOSTS.search(text, max(s0, vs - 40), vs) and _TO_GAP.fullmatch(gap):
        return None, True, True  # "Boosting Vanilla ResNet-50 to 80%+": the base model the paper's own method lifts to the figure
    if (_ENABLED.search(text, max(s0, vs - 40), vs) or _NAME_ENABLES.search(text, max(s0, vs - 30), vs)) \
            and _TO_REACH.match(text, max(e, ve), anchor):
        helper = _enabler(text, found, methods, s0, vs)
        if helper is not None:
            return _whole(text, found, helper), None, True  # "Zorbify helps ResNet-152 achieve 80.2%": Zorbify's result
        return None, True, True  # "it helps EfficientNet-L1 to achieve 82.2%": the base model of what "it" (the paper's own) improves
    if _EVALUATED.search(text, max(s0, s - 40), vs) and shaped(text[s:e]) and not CLAUSE.search(gap) \
            and not HAS_VALUE.search(gap):
        return _whole(text, found, i), None, True  # "We evaluate the FS-RNN on A and B, where we improve ... to 1.19"
    if _PRONOUN.search(gap) and _trained_with_ours(text, found, i, (vs, max(e, ve)), anchor, paper):
        return _whole(text, found, i), None, True  # "A ZorbNet-50 trained with our method achieves 77.5%": the named model's
    if _PRONOUN.search(gap):
        pos = _before_pronoun(text, s0, anchor)
        used = _trained_model(text, found, methods, s0, pos)
        if used is None and not (_SUBJECT_OURS.search(gap) and not _WE.search(gap)):
            used = _adjunct_method(text, found, methods, s0, pos)
        if used is not None and not _base_of_ours(text, found, used, paper):
            return _whole(text, found, used), None, True  # "Using FocalNet and DINO, we achieve 64.3 mAP"
        return None, not _COMPARE.search(gap), True  # "matches X on ImageNet, and our largest models attain 86.5%": not X's
    if _object_of_ours(text, s, s0) and not (_STATES.match(text, ve) or finite_verb_after(text, ve, verb_words())):
        if (used := _used_for_figure(text, found, i, s0, anchor, paper) or _trained_for_figure(text, found, i, s0, anchor)):
            return used, None, True  # "we evaluate our model ... using Wide Gated ResNets, achieving 3.65%"
        return None, True, False  # "this method reduces the memory of X by 50%", "we apply it to X, reaching 86.8%"
    if CLAUSE.search(gap) or "," in gap and len(gap) > 60 or HAS_VALUE.search(gap):
        return None, None, True  # another clause, or another value's stretch
    if _usable(text, found, i, s0, dataset) and _BEATS.match(gap) and not _compared(text, s, s0):
        return _whole(text, found, i), None, True  # "X outperforms Y by 2%": X is the subject, Y the baseline
    if _COMPARE.search(gap) or _compared(text, s, s0) or _BY.fullmatch(gap):
        return None, None, False  # "outperforms X by 2%": X is the baseline
    if not _usable(text, found, i, s0, dataset):
        return None, None, False
    if len(gap.strip()) > 12 and not _SUBJECT_GAP.search(gap):
        return None, None, False  # "usage of transformer-based models ... by 2.2x": not what the value is stated of
    if _tool_of_ours(text, s0, vs):
        return None, True, True  # "The best single system uses a ResNet model with Foo rescoring, and achieves 6.9%": the system's
    owner = _apposed_to(text, found, methods, i, s0)
    return _whole(text, found, i if owner is None else owner), None, True


def _unnamed(text: str, v: Value, found, methods: list[int], s0: int, own: int | None, anchor: int,
             paper: "Own | None", pronoun: bool) -> str | None:
    """The method of a value no name before it in its clause is the subject of (:func:`method_of`): a
    subject no entity covers, the paper's own name the sentence writes, what "we" stand for, else the
    sentence's first method."""
    ents = found.entities
    subject = _named_subject(text, found, s0, anchor)
    if subject is not None:
        return subject  # "... demonstrate that Semiformer achieves 75.5%": a name kg found no entity for
    if own is None:
        own = _our_name(text, found, methods, s0, anchor)  # "compare our SGANet with ..., and the proposed model achieves"
    if own is not None:
        return _whole(text, found, own)
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
    if paper and (_WE_OURS.search(text, s0, v.end + 40) or v.kind == "score" or _the_system(text, s0, anchor)):
        # "we"/"our model" stand for the paper's own method, and so does a score no method is named for; a
        # part it proposes ("Flow Alignment Module") when the sentence speaks of it ("our module"), or when the
        # paper names no model and the sentence speaks of none ("We propose an augmentation ... we improve ..."),
        # or the part has a name (FAM, a title's "Context Encoding"): "our network" is the network with the part
        return paper.part if paper.part and (OUR_PART.search(text, s0, v.end + 40) or paper.name is None and (
            _WE_OURS.search(text, s0, v.end + 40) and not OUR_MODEL.search(text, s0, v.end + 40)
            or named_part(text, paper.part)) and not _COMBINED.search(text, s0, v.start)) else paper.name
        # (not "Using these and other strategies, we achieve ...": all the paper adds together, which it does not name)
    if pronoun or _SUBJECT_OURS.search(text, s0, anchor):
        return _described_ours(text, found, s0, anchor, paper)  # "we achieve", "our model obtains": the paper's own
        # method, which it does not name
    return _first_method(text, v, found, methods, s0) or _described_ours(text, found, s0, anchor, paper)


def _described_ours(text: str, found, s0: int, anchor: int, paper: "Own | None") -> str | None:
    """The description the clause's subject gives the paper's own system ("our span-based neural tagging model achieves":
    :func:`.described.own_description`) when the paper names no system at all (``paper`` None), else None."""
    return own_description(text, s0, anchor, task_names(text, found)) if paper is None else None


def _part_written_after(text: str, found, paper: "Own", end: int) -> bool:
    """The paper's own proposal (its part, else its name) is a part by how the paper describes it (:func:`is_part`:
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


def _first_method(text: str, v: Value, found, methods: list[int], s0: int) -> str | None:
    """The sentence's first method that is not compared with, an example, a metric's or a task's word, nor
    in a later clause: whose a value no name, "we" or title speaks for is (:func:`_unnamed`)."""
    ents = found.entities
    for i in methods:
        if not _COMPARE.search(text, s0, ents[i][0]) and not _compared(text, ents[i][0], s0) \
                and text[ents[i][0]:ents[i][1]].lower() not in _NOT_METHODS and not _CURVE.match(text, ents[i][1]) \
                and not _LATER_CLAUSE.search(text, v.end, max(v.end, ents[i][0])) \
                and not _TASK_AFTER.match(text, ents[i][1]) and not _SIGNAL_AFTER.match(text, ents[i][1]) \
                and not (_MEASURE_AFTER.match(text, ents[i][1]) and _lower(text, ents[i][0], ents[i][1], s0)) \
                and not _ON_BEFORE.search(text, max(s0, ents[i][0] - 12), ents[i][0]):
            return _whole(text, found, i)
    return None


def _prior_best(text: str, s0: int, anchor: int) -> bool:
    """The value at ``anchor`` is stated as others' best ("against the current state-of-the-art WERs
    1.7%"): :func:`.values.prior_best_phrase` (others' best named before it in its clause).

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
#: a verb by which a subject makes a base model reach a figure: "(Zorbify) helps (ResNet-152 achieve 80%)"
_NAME_ENABLES = re.compile(r"\s(?:\w+ly\s+)?(?:enables?|allows?|helps?|lets?)\s+(?:the\s+|an?\s+)?$", re.I)
_TO_REACH = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:to\s+)?(?:achiev|reach|attain|obtain)\w*\b", re.I)
#: a name as the subject of the verb that states a value: "(that|, |^) Semiformer achieves ...", "Sparse RCNN obtains"
_NAME_WORDS = r"((?:[A-Z][\w+-]*[\w+]|[a-z]+[A-Z][\w+-]*)(?:\s[A-Z][\w+-]*[\w+])?)"
_STATES_VERB = (r"(?:(?:also|further|still|even|can|could|now)\s+)?(?:achiev|obtain|reach|attain|yield|sets?\b|"
                r"records?\b|gets?\b|scores?\b|runs?\b|meets?\b|hits?\b|deliver|improv|outperform|surpass)\w*")
_SUBJECT_NAME = re.compile(r"(?:^|[,;:]\s+|\bthat\s+)" + _NAME_WORDS + r"\s+" + _STATES_VERB + r"[^.;]*$")
#: the paper's system named in apposition as the subject of that verb: "our detector, namely FooDet, achieves ..."
_APPOSED_SUBJECT = re.compile(r"\b(?i:our|the proposed|the resulting|the final)\s+(?:[\w-]+\s+){0,2}?(?i:(?:tracker|classifier|"
                              r"segmenter|parser|tagger)s?\b|" + _SYSTEM_KIND + r"),?\s+(?i:namely|called|dubbed|named|termed)"
                              r"(?:\s+as)?\s+" + _NAME_WORDS + r"\s*,?\s+(?P<verb>" + _STATES_VERB + r")(?:[^.;]|\.\d)*$")


def _apposed_system(text: str, found, methods: list[int], s0: int, anchor: int) -> str | None:
    """The paper's system named in apposition as the subject of the verb stating the value at ``anchor``
    (:data:`_APPOSED_SUBJECT`: "our detector, namely FooDet, reaches 5.9% on A and 6.1% on B"): whose figures they
    are, not a part's that helps it; None past another clause or a comparison ("..., compared to 7.0% of BarNet"),
    or with a value before the verb."""
    m = _APPOSED_SUBJECT.search(text, s0, anchor)
    if m is None or HAS_VALUE.search(text, m.start(), m.end(1)) or CLAUSE.search(text, m.end(1), anchor) \
            or _COMPARE.search(text, m.end("verb"), anchor):
        return None
    i = next((i for i in methods if found.entities[i][0] == m.start(1)), None)
    return _whole(text, found, i) if i is not None else m.group(1)


#: the apposition a name is written in after the system it describes: "FooNet, a (Bar-50) with ...", "our Foo (FN)
#: model, a (Bar) with 1B parameters trained on ...", "FooSeg, a Bar-50 with a (light decoder), reaches"
_APPOSITION = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?(?:\s+" + _SYSTEM_KIND + r")?\s*,\s+an?\s+[^,;:()]*$", re.I)


def _apposed_to(text: str, found, methods: list[int], i: int, s0: int) -> int | None:
    """The Method whose apposition the name ``i`` is written in (:data:`_APPOSITION`): what the system is
    built as or with ("our ZorbNet model, a ResNet-200 with 2B parameters, reaches 81%": ZorbNet's figure, not
    the architecture's); None when no Method of the sentence stands right before the apposition, or it is one
    something is compared with."""
    ents = found.entities
    s = ents[i][0]
    j = next((j for j in reversed(methods) if ents[j][1] <= s), None)
    while j is not None and ents[j][0] >= s0 and _APPOSITION.match(text, ents[j][1], s) is None:
        j = next((k for k in reversed(methods) if ents[k][1] <= ents[j][0]), None)
    if j is None or ents[j][0] < s0 or _compared(text, ents[j][0], s0) or CLAUSE.search(text, ents[j][1], s):
        return None
    return j


#: capitalised words that open a clause without naming a method
_NOT_SUBJECT = frozenset(("it", "this", "that", "these", "those", "they", "we", "our", "its", "their", "such", "the", "a",
                          "an", "each", "both", "all", "which", "experiments", "results", "extensive", "empirical",
                          "experimental", "evaluation", "evaluations", "overall", "finally", "moreover", "furthermore",
                          "specifically", "additionally", "notably", "consequently", "thus", "hence", "besides", "also",
                          "code", "in", "on", "for", "with", "as", "using", "compared", "ours", "training", "testing",
                          "table", "tables", "figure", "fig", "section", "appendix", "there", "here", "now", "then"))


def _enabler(text: str, found, methods: list[int], s0: int, s: int) -> int | None:
    """The Method written as a name right before the verb by which it makes the base model at ``s`` reach a
    figure ("Zorbify helps ResNet-152 achieve 80.2%": Zorbify), else None (a pronoun: "it helps ...")."""
    m = _NAME_ENABLES.search(text, max(s0, s - 30), s)
    if m is None:
        return None
    i = next((i for i in methods if found.entities[i][1] == m.start() and found.entities[i][0] >= s0), None)
    return i if i is not None and shaped(text[found.entities[i][0]:found.entities[i][1]]) else None


def _last_subject(stretch: str) -> re.Match | None:
    """The last :data:`_SUBJECT_NAME` of a stretch ("..., MoGA-A achieves 75.9% on A, MoGA-B meets" : MoGA-B)."""
    last, pos = None, 0
    while (m := _SUBJECT_NAME.search(stretch, pos)) is not None:
        last, pos = m, m.start(1) + 1
    return last


def _named_subject(text: str, found, s0: int, anchor: int) -> str | None:
    """A name written as one (a capital inside or opening a clause) that is the subject of the verb stating
    the value at ``anchor`` and that no entity but a Method inside it covers ("demonstrate that Semiformer
    achieves 75.5%", "Equipped with our approach, Sparse RCNN achieves 92.0% AP")."""
    m = _last_subject(text[s0:anchor])
    if m is None or HAS_VALUE.search(m.group(0)):
        return None
    s, e = s0 + m.start(1), s0 + m.end(1)
    if text[s:e].split()[0].lower() in _NOT_SUBJECT or (m.start(1) == 0 and " " not in text[s:e] and not shaped(text[s + 1:e])):
        return None  # (a plain capitalised word opening the sentence is any word)
    inside = [c for c in found.entities if c[0] < e and s < c[1]]
    if any(c[2] is not T.METHOD or c[0] < s or c[1] > e for c in inside) or (inside and (inside[0][0], inside[0][1]) == (s, e)):
        return None  # a dataset, or a name kg found whole (the nearest-name rule has judged it)
    return text[s:e]


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
    return not (text[s:e] == dataset or text[s:e].lower() in _NOT_METHODS or _ON_BEFORE.search(text, max(s0, s - 12), s))


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
#: an opening phrase naming what the results are obtained with: "Using large FocalNet and DINO, we ..."
_ADJUNCT = re.compile(r"(?:^|[.;:]\s+|,\s+)(?:[A-Z]\w*\s+)?(?:using|with|by (?:using|combining)|combining|"
                      r"equipped with|built on|combined with)\s+[^,;:()]*$", re.I)
_PART_BEFORE = re.compile(r"\b(?:backbones?|encoders?|feature extractors?)\s+(?:of\s+)?(?:the\s+)?$", re.I)


def _before_pronoun(text: str, s0: int, anchor: int) -> int:
    """Where the "we"/"our" of the clause (from ``s0``) stating the value at ``anchor`` starts, else ``anchor``:
    the end of an opening phrase the clause's subject follows."""
    we = _PRONOUN.search(text, s0, anchor)
    return we.start() if we else anchor


def _adjunct_method(text: str, found, methods: list[int], s0: int, pos: int) -> int | None:
    """The first name, written as a name, of an opening "Using/With X ..." phrase of the clause whose
    "we"/"our" (at ``pos``, :func:`_before_pronoun`) state a value: what the result is obtained with ("With
    ProSparse, we obtain 89.32%"), unless it is a part of the model ("the 3D ResNet-18 architecture")."""
    ents = found.entities
    m = _ADJUNCT.search(text[s0:pos].rstrip(" ,"))
    if m is None:
        return None
    a = s0 + m.start()
    for i in methods:
        s, e = ents[i][0], ents[i][1]
        if a <= s and e <= pos and shaped(text[s:e]) and not NOT_THE_MODEL.match(text, e) \
                and not _PART_BEFORE.search(text, max(a, s - 20), s) and not _compared(text, s, a) \
                and not (text[s:e].islower() and ents[i][4].startswith("lexicon")):
            return i
    return None


#: an opening "By training/fine-tuning ...", up to the model it trains: "By fine-tuning (the FooNet model) on A, we ..."
_BY_TRAINING = re.compile(r"(?:^|[.;:]\s+|,\s+)by\s+(?:pre-?training|training|fine-?tuning)\s+", re.I)
#: what may come between that verb and its object's name: "the", "an attention-based" (no preposition: "on the")
_TRAINED_OBJECT = re.compile(r"(?:an?\s+|the\s+)?(?:(?!(?:on|in|with|from|for|of|to|by|at|using)\b)[\w-]+\s+){0,2}?", re.I)


def _trained_model(text: str, found, methods: list[int], s0: int, pos: int) -> int | None:
    """The name, written as one, that an opening "By training ..." phrase (before ``pos``, :func:`_before_pronoun`)
    of the clause stating a value trains, as its object ("By fine-tuning the FooNet model on A, we reach 81%", "By
    training an attention-based Bar network on B ..., our model achieves"): the trained model is the paper's model
    (not a name later in the phrase, "by training on A with Baz targets", nor a part: "a Qux encoder")."""
    ents = found.entities
    m = _BY_TRAINING.search(text[s0:pos])
    if m is None:
        return None
    at = s0 + m.end()
    i = next((i for i in methods if at <= ents[i][0] and ents[i][1] <= pos
              and _TRAINED_OBJECT.fullmatch(text, at, ents[i][0])), None)
    if i is None or not shaped(text[ents[i][0]:ents[i][1]]) or NOT_THE_MODEL.match(text, ents[i][1]):
        return None  # (NOT_THE_MODEL covers COMPONENT's words: backbone, encoder, feature extractor, "as")
    return i


def _base_of_ours(text: str, found, i: int, paper: "Own | None") -> bool:
    """The name ``i`` that opens "Using X, we achieve ..." is a model the paper builds on, not whose result
    it is, when the paper names a model of its own (not a title's guess) and X is a model kg's lexicon knows
    that the paper does not propose ("Using the GPT-2 model we achieve ..." in a paper proposing Megatron-LM:
    Megatron-LM's result; not "Using large FocalNet ..." in the paper on Focal Modulation Networks, nor a
    name the abstract defines in a parenthesis, "Using CR-CNN, we ...")."""
    if paper is None or not paper.name or paper.guessed:
        return False
    s, e = found.entities[i][0], found.entities[i][1]
    vs, ve = _variant(text, s, e)
    name, written = found.name(text, i).lower(), text[min(s, vs):max(e, ve)]
    if f"({written})" in text:
        return False  # "using a convolutional network that ... (CR-CNN)": a name the abstract defines is its own
    return found.entities[i][4].startswith("lexicon") and name != paper.name.lower() and name not in {p.lower() for p in found.proposed} \
        and text[found.entities[i][0]:found.entities[i][1]].lower() != paper.name.lower()


#: a phrase naming what the paper's system is made from, open up to the name after it: "combined from A and (B)",
#: "based on (B)", "inherits from (B)", "built upon (B)", "derived from (B)", "extends (B)"
_BUILDS_ON = re.compile(r"\b(?:combin\w*\s+(?:from|of|with)|based\s+on|built\s+(?:up)?on|on\s+top\s+of|inherit\w*\s+from|"
                        r"derived\s+from|extend(?:s|ed|ing)?|borrow\w*\s+from)\s+(?:[\w.+/-]+\s+){0,5}$", re.I)  # (a short list of names)


#: an opening phrase crediting the paper's own method with what the clause's subject then reaches: "Equipped with our
#: pre-training strategy, (we show that) a plain Foo ...", "When combined with the proposed module, Foo ...", "When
#: equipped with FooNet, the Bar model ..." (the paper's own name, read in group "name")
_EQUIPPED_BY = re.compile(r"(?:^|[,;:]\s+)(?:when\s+|once\s+|if\s+)?(?:equipped|armed|combined|coupled|integrated|enhanced|"
                          r"augmented|powered|boosted|trained|pre-?trained)\s+(?:with|by)\s+(?:(?:our|the\s+proposed)\b[^,;:]{0,60}|"
                          r"(?P<name>[\w-]+)),", re.I)
#: the paper's own method given an example of right before a name: "the superiority of our method, e.g., the
#: pre-trained (Foo-B) achieves ..."
_OURS_EXAMPLE = re.compile(r"\b(?:our|the\s+proposed)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*(?:e\.g\.|i\.e\.|for\s+example|"
                           r"for\s+instance),?\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)


#: an ensemble's members written before a name: "an ensemble of (three FooNets and one) BarNet"
_ENSEMBLE_OF = re.compile(r"\bensembles?\s+of\s+[^;:()]{0,100}$", re.I)
#: what ends the phrase naming an ensemble's members: the verb stating its figure, or the clause's "we"
_MEMBERS_END = re.compile(r"\s" + _STATES_VERB + r"|\b(?:we|our|is|are|was|were|has|have)\b", re.I)
#: what joins an ensemble's members of different kinds: "three FooNets and one BarNet"
_MEMBERS_JOIN = re.compile(r"\b(?:and|plus)\b", re.I)


def _ensemble_member(text: str, s: int, s0: int, anchor: int) -> bool:
    """The name at ``s`` is one of several members of an ensemble written before the value at ``anchor`` ("an
    ensemble of three FooNets and one BarNet reaches 3.1%"): the figure is the ensemble's, not the member's; an
    ensemble of one model's copies ("an ensemble of two FooNets reaches 1.2") may be credited to the model, and a
    name after a comma that closes no list is the clause's subject ("Using an ensemble of A and B, FooNet reaches").

    >>> t = "An ensemble of three FooNets and one BarNet reaches 3.1%, and an ensemble of two BazNets gets 1.2."
    >>> [_ensemble_member(t, t.index(n), 0, t.index(v)) for n, v in (("FooNets", "3.1"), ("BarNet", "3.1"), ("BazNets", "1.2"))]
    [True, True, False]
    >>> t = "With an ensemble of A and B, QuxNet reaches 2.5%; an ensemble of C, QuxNet and D reaches 2.1%."
    >>> [_ensemble_member(t, t.index(n), 0, t.index(v)) for n, v in (("QuxNet", "2.5"), ("QuxNet and", "2.1"))]
    [False, True]
    """
    m = _ENSEMBLE_OF.search(text, max(s0, s - 120), s)
    if m is None or HAS_VALUE.search(text, m.start(), s) or _MEMBERS_END.search(text, m.start(), s):
        return False
    end = _MEMBERS_END.search(text, s, anchor)
    after = (s, end.start() if end else anchor)
    comma = text.rfind(",", m.start(), s)
    if comma < 0:
        return _MEMBERS_JOIN.search(text, m.start(), after[1]) is not None
    return _MEMBERS_JOIN.search(text, comma, s) is not None or _MEMBERS_JOIN.search(text, *after) is not None


def _ensemble_named(text: str, found, methods: list[int], s0: int, anchor: int) -> str | None:
    """The ensemble, as written, whose named members (:func:`_ensemble_member`) stand before the value at ``anchor``
    and that nothing else in the sentence is credited with: "an ensemble of three FooNets and one BarNet reaches
    3.1%" is the result of "ensemble of three FooNets and one BarNet", not of no method.

    >>> from kg.extract.findings import DocFindings
    >>> from kg.extract.rules import Candidate
    >>> t = "With an ensemble of two FooNets and one BarNet, we reach 3.1%."
    >>> f = DocFindings([Candidate(t.index(n), t.index(n) + len(n), T.METHOD, 50, "lexicon") for n in ("FooNets", "BarNet")])
    >>> _ensemble_named(t, f, [0, 1], 0, t.index("3.1"))
    'ensemble of two FooNets and one BarNet'
    >>> t = "An ensemble of FooNets and BarNet-based tagging models gains 3.1%."
    >>> f = DocFindings([Candidate(t.index(n), t.index(n) + len(n), T.METHOD, 50, "lexicon") for n in ("FooNets", "BarNet")])
    >>> _ensemble_named(t, f, [0, 1], 0, t.index("3.1")) is None
    True
    """
    ents = found.entities
    for i in reversed(methods):
        s, e = ents[i][0], ents[i][1]
        if s0 <= s and e <= anchor and _ensemble_member(text, s, s0, anchor):
            end = max(e, _variant(text, s, e)[1])
            stop = _MEMBERS_END.search(text, end, anchor)
            if text[end:stop.start() if stop else anchor].strip(" ,"):
                return None  # "an ensemble of A and Foo-based tagging models reaches": the phrase goes on past the
                # last name, and where it ends is not known
            m = _ENSEMBLE_OF.search(text, max(s0, s - 120), s)
            return text[m.start():end]
    return None


def _equipped_by_ours(text: str, found, i: int, s0: int, paper: "Own | None") -> bool:
    """The name ``i`` is a base model (:func:`_base_of_ours`) that the clause, opening on a phrase crediting the
    paper's own method (:data:`_EQUIPPED_BY`) or giving it as an example of that method (:data:`_OURS_EXAMPLE`),
    says reaches a figure: the figure is the paper's method's, not the base's ("Equipped with our pre-training, a
    plain Transformer attains 93.8%", "our method, e.g., the pre-trained Foo-B achieves"; not "Equipped with FPN,
    ...", a name that is not the paper's).

    >>> from kg.extract.findings import DocFindings
    >>> from kg.extract.rules import Candidate
    >>> t = "Equipped with our masked pre-training, a plain Transformer attains 93.1% on A."
    >>> f = DocFindings([Candidate(t.index("Transformer"), t.index("Transformer") + 11, T.METHOD, 50, "lexicon")])
    >>> _equipped_by_ours(t, f, 0, 0, Own("ZapMAE")), _equipped_by_ours(t, f, 0, 0, Own("ZapMAE", guessed=True))
    (True, False)
    """
    if not _base_of_ours(text, found, i, paper):
        return False
    s = found.entities[i][0]
    if _OURS_EXAMPLE.search(text, max(s0, s - 100), s):
        return True  # "our method, e.g., the pre-trained Foo-B achieves": an example of the paper's method's figures
    m = _EQUIPPED_BY.search(text[s0:s])
    if m is None or HAS_VALUE.search(text, s0 + m.end(), s):
        return False
    if m.group("name") is None:
        return True  # "Equipped with our ...", "with the proposed ..."
    from kg.link.normalize import compact_key  # noqa: PLC0415 (extraction needs none of the linker's tables)

    at = s0 + m.start("name")  # the name as written, or the long form of the acronym written ("with FN" of "FooNets (FN)")
    ours = {compact_key(paper.name)} | {compact_key(p) for p in found.proposed}
    return compact_key(m.group("name")) in ours or any(c[0] == at and compact_key(found.name(text, j)) in ours
                                                       for j, c in enumerate(found.entities))


def _ingredient(text: str, found, i: int, s0: int, paper: "Own | None") -> bool:
    """The name ``i`` is what the paper's system is built from ("a method called FooCL, which is combined from
    A and B and reaches 71.2%"), not whose figure it is, when the paper names a system of its own (not a title's
    guess) that ``i`` is not, nor one of its proposals.

    >>> from kg.extract.findings import DocFindings
    >>> from kg.extract.rules import Candidate
    >>> t = "Our FooCL is combined from Bar and Baz and reaches 71%."
    >>> f = DocFindings([Candidate(t.index("Baz"), t.index("Baz") + 3, T.METHOD, 50, "name")])
    >>> _ingredient(t, f, 0, 0, Own("FooCL")), _ingredient(t, f, 0, 0, Own("FooCL", guessed=True))
    (True, False)
    """
    if paper is None or not paper.name or paper.guessed:
        return False
    s, e = found.entities[i][0], found.entities[i][1]
    vs, ve = _variant(text, s, e)
    written, name = text[vs:max(e, ve)].lower(), found.name(text, i).lower()
    if {written, name, text[s:e].lower()} & ({paper.name.lower()} | {p.lower() for p in found.proposed}):
        return False
    return _BUILDS_ON.search(text, max(s0, vs - 80), vs) is not None


#: what joins a model to the backbone it is run with: "FooDet with (ResNeXt-101)", "FooDet applied to (BarNet)"
_LINK = re.compile(r"\s+(?:with|using|applied to|equipped with|on top of)\s+(?:the\s+|an?\s+)?", re.I)
_STATES_CAN = re.compile(r"\s+(?:(?:also|further|still|even|now|can|could)\s+)?(?:achiev|obtain|reach|attain|yield|scor)\w*\b", re.I)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)


def _with_owner(text: str, found, methods: list[int], s0: int, span: tuple[int, int], anchor: int) -> int | None:
    """The Method written as a name that the backbone at ``span`` (or a list of backbones ending there) is
    joined to by "with"/"applied to", when the backbone is the subject of the verb stating the value
    at ``anchor`` ("FooDet with BarNet-50 and BazNet-T achieves 53.7% and 57.1%": FooDet's figures)."""
    if text[span[0]:span[1]].lower() in {p.lower() for p in found.proposed}:
        return None  # "Transformer with UniDrop can achieve": the proposal is what the base runs with
    if not _STATES_CAN.match(text, span[1]) or CLAUSE.search(text, span[1], anchor) or HAS_VALUE.search(text, span[1], anchor):
        return None
    start = span[0]
    for j in reversed([j for j in methods if s0 <= found.entities[j][0] and found.entities[j][1] <= span[0]]):
        js, je = found.entities[j][0], found.entities[j][1]
        end = max(je, _variant(text, js, je)[1])
        if end > start:
            continue
        if _LIST_JOIN.fullmatch(text, end, start):
            start = min(js, _variant(text, js, je)[0])
            continue  # "with Res2Net-101 and Swin-T": one more backbone of the list
        link = _LINK.fullmatch(text, end, start)
        return j if link is not None and shaped(text[js:je]) and not COMPONENT.match(text, je) else None
    return None


#: "we ... using (X)": the model "we" obtain the clause's figures with (words written before it: "1001-layer")
_USING_BEFORE = re.compile(r"\b(?:using|employing)\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,2}?)$", re.I)
#: what follows that model up to its figure: ", achieving 3.65%", " on CIFAR-10 (4.62% error)", "in combination
#: with Y, achieving"; no clause of its own between
_THEN_FIGURE = re.compile(r"(?:\s+(?:on|in|for)\s[^,;()]{1,60}?)?(?:\s*\(\s*|,\s*(?:thereby\s+|and\s+)?(?:achiev|reach|obtain|"
                          r"attain|yield|scor)\w*\s+[^,;()]{0,60}?)$", re.I)


def _used_for_figure(text: str, found, i: int, s0: int, anchor: int, paper: "Own | None") -> str | None:
    """The name ``i``, written as a name after "we ... using", is what the figure at ``anchor`` is obtained
    with when only its figure's phrase follows it ("We also evaluate our model on A using Wide Gated ResNets,
    achieving 3.65%", "We report results using a 1001-layer ResNet on A (4.62% error)"); not a part of a
    model ("a ResNet50 backbone"), a family ("using LSTMs"), nor a lexicon's base model of a paper with its own.
    The name is written with the capitalised words before it ("Wide Gated ResNets"), else as :func:`_whole`."""
    s, e = found.entities[i][0], found.entities[i][1]
    vs, ve = _variant(text, s, e)
    using = _USING_BEFORE.search(text, max(s0, min(s, vs) - 30), min(s, vs))
    if using is None or not shaped(text[s:e]) or NOT_THE_MODEL.match(text, e) or COMPONENT.match(text, e) \
            or _compared(text, s, s0) or generic(found.name(text, i)):
        return None
    gap = text[max(e, ve):anchor]
    if _THEN_FIGURE.match(gap) is None or CLAUSE.search(gap) or HAS_VALUE.search(gap) or _base_of_ours(text, found, i, paper):
        return None
    words = using.group(1).split()
    if words and all(w[0].isupper() for w in words) and words[0].lower() not in _NOT_SUBJECT:
        return text[using.start(1):max(e, ve)]
    return _whole(text, found, i)


#: "we train (X)": the model "we" train, then state a figure of ("We train a 300M-parameter (FooNet) model and reach")
_WE_TRAIN = re.compile(r"\bwe\s+(?:\w+ly\s+)?(?:train|pre-?train|fine-?tune)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
#: what follows the trained model up to its figure: a second verb of "we" (" model on A and attain 83%")
_AND_FIGURE = re.compile(r"(?:\s+(?:models?|networks?))?(?:\s+(?:with|on|using)\s[^,;()]{1,40}?)?\s+and\s+(?:\w+ly\s+)?"
                         r"(?:achiev|attain|reach|obtain)\w*\s+[^,;()]{0,60}?$", re.I)


def _trained_for_figure(text: str, found, i: int, s0: int, anchor: int) -> str | None:
    """The name ``i``, written as a name, is the model "we train" and then, by a second verb, state the figure at
    ``anchor`` of ("We train a 300M-parameter FooNet model and attain 83.0%"): the trained model's result, not
    that of the library or the training method the paper proposes; not a family ("we train LSTMs")."""
    s, e = found.entities[i][0], found.entities[i][1]
    vs, ve = _variant(text, s, e)
    if not shaped(text[s:e]) or generic(found.name(text, i)) or not _WE_TRAIN.search(text, max(s0, min(s, vs) - 40), min(s, vs)):
        return None
    gap = text[max(e, ve):anchor]
    return _whole(text, found, i) if _AND_FIGURE.match(gap) and not HAS_VALUE.search(gap) else None


#: the paper's own model run with a name: "our (unsupervised and supervised) models using (BERT base)"
_OURS_USING = re.compile(r"\bour\s+(?:[\w-]+\s+){0,4}?(?:models?|networks?|methods?|approach(?:es)?|systems?|frameworks?|"
                         r"detectors?)\s+(?:using|with|based on|built on|on top of)\s+(?:the\s+|an?\s+)?$", re.I)
#: a name a figure is obtained with: "... 46.8 AP using ResNet50-FPN", "28.6 AP for VGG16"
_WITH_BEFORE = re.compile(r"\b(?:using|with|based on|on top of|for)\s+(?:an?\s+|the\s+)?$", re.I)


def _setting_of_figure(text: str, s: int, s0: int) -> bool:
    """The name at ``s`` follows "using"/"with"/"for" after a figure of its sentence: what that figure was
    obtained with (a backbone, a setting: "achieving 28.6 AP for VGG16 and 35.2 AP for ResNet101"), not whose
    result a later figure is."""
    w = _WITH_BEFORE.search(text, max(s0, s - 16), s)
    return w is not None and re.search(r"(?<![\w.-])\d[\d.]*%?\s*(?:[\w/@-]+\s+){0,3}$", text[max(s0, w.start() - 40):w.start()]) is not None


#: a sentence whose subject is the paper's own system: "We ...", "Our model ...", "The best single system ..."
_OWN_SUBJECT = re.compile(r"\s*(?:we\b|our\b|(?:the|this)\s+(?:(?:proposed|best|final|single|combined|resulting|full)\s+)+"
                          r"(?:[\w-]+\s+)?(?:models?|systems?|networks?|methods?|approach|frameworks?)\b)", re.I)


def _tool_of_ours(text: str, s0: int, s: int) -> bool:
    """The name at ``s`` is what the sentence's subject, the paper's own system ("we", "our model", "the best
    single system"), is built with ("uses a ResNet model with Foo rescoring", "using Foo"), not whose result
    the sentence's figure is; not in a comparison ("compared with Foo")."""
    return _WITH_BEFORE.search(text, max(s0, s - 16), s) is not None and _OWN_SUBJECT.match(text, s0) is not None \
        and not _COMPARE.search(text, s0, s)


#: a verb stating the clause's figure: "reaches", "demonstrates", "outperforms"
_STATING = (r"(?:\w+ly\s+)?(?:achiev|reach|obtain|attain|yield|scor|gets?\b|got\b|demonstrat|show|outperform|surpass|"
            r"improv|sets?\b)")
#: the head word of a part after a name, when the part is the clause's subject's: "an (SVM) classifier reaches"
_PART_THEN_VERB = re.compile(r"[^,;:()]{0,60}?\b(?:module|layer|block|head|operator|classifier|regressor|decoder)s?\s+"
                             + _STATING, re.I)
#: the stating verb right after a name in a phrase: "... with the baseline of (Bar) surpasses"
_THEN_VERB = re.compile(r"[^,;:()\d]{0,30}?\s" + _STATING, re.I)
#: the phrase that attaches a part to the noun before it: "the Foo model with (a Bar encoder and an SVM classifier)"
_ATTACHED_BY = re.compile(r"\b[a-z][\w-]*\s+(?:with|equipped with|on top of|plus)\s+[^,;:()]*$", re.I)
_WE = re.compile(r"\bwe\b", re.I)


def _attached_part(text: str, found, i: int, s0: int, anchor: int) -> bool:
    """The name ``i`` is written in a phrase attached by "with" to the clause's subject, up to the verb stating the
    value: a part of the subject's system, not whose result it is, when the phrase ends on a part's head word ("the
    Foo model with a Bar encoder and an SVM classifier demonstrates") or when the subject is a system the paper
    proposes ("our FooNet, integrated with the baseline of Bar, surpasses"); never a part the paper proposes, nor
    where "we" speak before it ("we experiment with ...")."""
    s, e = found.entities[i][0], found.entities[i][1]
    at = _ATTACHED_BY.search(text, max(s0, s - 80), s)
    proposed = {p.lower() for p in found.proposed}
    if at is None or _WE.search(text, s0, s) or text[s:e].lower() in proposed:
        return False
    m = _PART_THEN_VERB.match(text, e)
    if m is None and any(p in text[s0:at.start()].lower() for p in proposed):
        m = _THEN_VERB.match(text, e)  # "our FooNet which is integrated with the baseline of Bar surpasses"
    return m is not None and m.end() <= anchor and not HAS_VALUE.search(text, e, m.end())


#: a model "our" training made: "our jigsaw pre-trained (AlexNet)", "our self-supervised fine-tuned (ResNet-50)"
_OUR_TRAINED = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}?(?:pre-?trained|trained|fine-?tuned|distilled)\s+$", re.I)


def _trained_by_us(text: str, found, i: int, s0: int) -> bool:
    """The name ``i`` is a model kg's lexicon knows that "our" training made ("our rotation pre-trained AlexNet"):
    the base of the paper's own method, not a model the paper proposes."""
    s, e = found.entities[i][0], found.entities[i][1]
    return _OUR_TRAINED.search(text, max(s0, s - 50), s) is not None and found.entities[i][4].startswith("lexicon") \
        and text[s:e].lower() not in {p.lower() for p in found.proposed}


#: a name's participle phrase that credits the paper's own method, then the clause's verb stating the figure: "(FooNet-50)
#: trained with our method achieves", "(a Foo-200) 64x8d pre-trained on A and further tuned with our trick for B reaches a
#: top-1 accuracy of" (no "we", no second clause; a setting's figure may come between: "on 10% of the labels")
_TRAINED_WITH_OURS = re.compile(r"\s*(?:[\w-]*\d[\w-]*\s+)?(?:(?:further|then|also|first)\s+)?[\w-]+ed\b[^,;()]{0,160}?"
                                r"\b(?:with|by|using|via)\s+our\b(?:(?!\bwe\b)[^,;()]){0,80}?\s" + _STATES_VERB
                                + r"\b[^,;()]{0,60}$", re.I)


def _trained_with_ours(text: str, found, i: int, span: tuple[int, int], anchor: int, paper: "Own | None") -> bool:
    """The name ``i`` (its variant ``span``) is the subject of the clause stating the figure at ``anchor``, built on
    with the paper's own method by a participle phrase (:data:`_TRAINED_WITH_OURS`: "A ZorbNet-50 trained with our
    method achieves 77.5%"), in a paper that names no method of its own (or only a title's guess): the figure is the
    named model's, as trained, not an empty method ("ResNet-50 fine-tuned with our method reaches 80%" in a paper
    proposing FooCL stays FooCL's, :func:`_unnamed`).

    >>> t = "A ZorbNet-50 further trained with our method achieves 77.5% on A."
    >>> bool(_TRAINED_WITH_OURS.match(t, 12, t.index("77.5"))), bool(_TRAINED_WITH_OURS.match("we train it, achieving"))
    (True, False)
    """
    if paper is not None and paper.name and not paper.guessed:
        return False
    s, e = found.entities[i][0], found.entities[i][1]
    if not shaped(text[s:e]) or CLAUSE.search(text, span[1], anchor):
        return False
    return _TRAINED_WITH_OURS.match(text, span[1], anchor) is not None


def _a_part(text: str, c, paper: "Own | None") -> bool:
    """The name ``c`` describes a part of a model ("weighted feature matching loss") in a paper whose model has
    a name (a part with a name of its own, "FAM improves mIoU by 1.2%", may have a result of its own)."""
    name = text[c[0]:c[1]]
    return paper is not None and bool(paper.name) and name.islower() and PART_HEAD.search(name) is not None


#: a figure's own method after it, inside a parenthesis: "(34.4% AP at 30ms for CornerNet-Squeeze compared to ...)"
_FOR_AFTER = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,3}?(?:at\s+\d[\d.]*\s*[A-Za-z]+\s+)?for\s+(?:the\s+)?")


def _for_name(text: str, v: Value, found, methods: list[int], s0: int) -> int | None:
    """The Method named right after a value inside a parenthesis, by "for": whose figure the value is, when
    the parenthesis compares figures of several methods ("detector Y (34.4% AP for X compared to 33.0% for Y)")."""
    if text.count("(", s0, v.start) <= text.count(")", s0, v.start):
        return None
    m = _FOR_AFTER.match(text, v.end)
    if m is None or HAS_VALUE.search(text, v.end, m.end()):
        return None
    i = next((i for i in methods if found.entities[i][0] == m.end()), None)
    if i is None or not shaped(text[found.entities[i][0]:found.entities[i][1]]) or COMPONENT.match(text, found.entities[i][1]):
        return None
    return i


#: "our SGANet": a name the paper writes as its own
_OUR_BEFORE = re.compile(r"\bour\s+(?:[\w-]+\s+){0,1}?$", re.I)


def _our_name(text: str, found, methods: list[int], s0: int, anchor: int) -> int | None:
    """A name written as one that the sentence calls its own before the value ("compare the performance of
    our SGANet with prior arts, and the proposed model can achieve MAE of 57.6"): what "the proposed model" is."""
    ents = found.entities
    for i in methods:
        s, e = ents[i][0], ents[i][1]
        if e <= anchor and _OUR_BEFORE.search(text, max(s0, s - 20), s) and shaped(text[s:e]) \
                and not NOT_OURS_AFTER.match(text, e) and not COMPONENT.match(text, e) and not BASED.match(text, e) \
                and not generic(found.name(text, i)) and not _trained_by_us(text, found, i, s0):
            return i  # (not "our searched GANs", "our LSTM system": a kind of model; "our pre-trained VGG": a base)
    return None


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


#: an owner before a name: "VATT's vision Transformer"; a name in a parenthesis after its owner: "GFLV2 (ResNet-101)"
_POSSESSIVE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,1}?$")
_PAREN_BEFORE = re.compile(r"\s*\(\s*$")


def _owner(text: str, found, i: int) -> int | None:
    """The Method whose part or setting the name ``i`` is: "VATT's vision Transformer" (VATT), "GFLV2
    (ResNet-101) achieves 46.2 AP" (GFLV2)."""
    ents = found.entities
    s, e = ents[i][0], ents[i][1]
    m = _POSSESSIVE.search(text, max(0, s - 30), s)
    if m is None and not (_PAREN_BEFORE.search(text, max(0, s - 3), s) and re.match(r"\s*\)", text[e:e + 3])):
        return None
    end = m.start() if m else _PAREN_BEFORE.search(text, max(0, s - 3), s).start()
    return next((j for j, c in enumerate(ents) if c[1] == end and c[2] is T.METHOD and j != i), None)


def _whole(text: str, found, i: int) -> str:
    """The name of a method for a result: the paper's proposed name when the text there reads it whole
    ("ERNIE-DOC", not the "ERNIE" inside it; "kNN-LM" for the proposed "kNN-LMs"; "HOI Transformer", not the
    "Transformer" it ends on), else the name with
    the variant the text joins to it ("EfficientNet-L1", "kMaX-DeepLab": :func:`_variant`), else
    :func:`short_name`. A name whose owner the text gives is the owner's (:func:`_owner`)."""
    if (j := _owner(text, found, i)) is not None:
        i = j
    s, e = found.entities[i][0], found.entities[i][1]
    for p in found.proposed:
        for form in (p, p[:-1] if p.endswith("s") and len(p) > 3 else p):
            if len(form) > e - s and text[s:s + len(form)].lower() == form.lower() \
                    and not re.match(r"[\w-]", text[s + len(form):s + len(form) + 1]):
                return text[s:s + len(form)] if form is not p else p
        if len(p) > e - s and text[max(0, e - len(p)):e].lower() == p.lower() and " " in p \
                and not re.match(r"[\w-]", text[max(0, e - len(p) - 1):e - len(p)]):
            return text[e - len(p):e]  # "HOI Transformer" of a "Transformer" kg knows
    vs, ve = _variant(text, s, e)
    if (vs, ve) == (s, e) and (kind := _introduced_kind(text, s, e)) is not None:
        return kind  # "dense vision transformers" of "We introduce dense vision transformers"
    return text[vs:ve] if (vs, ve) != (s, e) else short_name(text, found, i)


#: a lower-case word right before a name: "(dense) vision transformers"
_LOWER_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]{2,})\s$")
#: the paper introducing what follows: "We introduce", "This paper proposes a"
_INTRODUCES = re.compile(r"\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design)s?\s+"
                         r"(?:an?\s+|the\s+)?$", re.I)


def _introduced_kind(text: str, s: int, e: int) -> str | None:
    """The name at ``text[s:e]`` with the lower-case word before it when the paper introduces the two together
    ("We introduce dense vision transformers, ... dense vision transformers set a new state of the art"): the
    paper's own kind of the model, not the model it builds on.

    >>> t = "We introduce sparse vision transformers. Here sparse vision transformers reach 50%."
    >>> _introduced_kind(t, t.rindex("vision"), t.rindex("transformers") + 12), _introduced_kind(t, 18, 40)
    ('sparse vision transformers', None)
    """
    m = _LOWER_BEFORE.search(text, max(0, s - 24), s)
    if m is None or m.group(1) in _NOT_SUBJECT:
        return None
    phrase = text[m.start(1):e]
    at = text.find(phrase)
    while 0 <= at < m.start(1):
        if _INTRODUCES.search(text, max(0, at - 60), at):
            return phrase
        at = text.find(phrase, at + 1)
    return None


#: a variant joined to a name by a hyphen: after it a size or a version ("-L1", "-Huge", "-v3", "-XL"),
#: before it a prefix written as a name ("kMaX-"); not a word of the sentence ("-based", "multi-")
_VARIANT_AFTER = re.compile(r"(?:-(?:[A-Za-z]*[A-Z0-9][\w.]*|(?i:base|large|small|tiny|huge|giant|lite|mini|medium|nano))|"
                            r"\+\+|\+[A-Za-z]*[A-Z][\w.]*)(?![\w-])")  # (joined by a plus: "-4+SD", "Foo++")
#: (not a gerund: "Combining DPL with CLIP raises ..." opens on a verb)
_KIND_BEFORE = re.compile(r"(?:^|[,;:]\s|[.!?]\s|\bthat\s)([A-Z][a-z]+(?<!ing))\s$")
_VARIANT_BEFORE = re.compile(r"(?<![\w-])(?:[A-Za-z]*[A-Z0-9][A-Za-z0-9]*-)+$")  # (one or more: "Omni-INR-GAN")
#: a capitalised word, or one with capitals inside ("MoSboosted"), or a capital with a digit ("P3D"), between an
#: article and a name: its variant
_ADJ_BEFORE = re.compile(r"\b(?i:the|a|an|our|their|its)\s([A-Z](?:[a-z]{2,}|(?=[A-Za-z]*[a-z])[A-Za-z]{2,}|[A-Za-z]*\d[A-Za-z\d]*))\s$")


#: a name that changes the base model after it: "OctConv-equipped (ResNet-152)", "SE-augmented (ResNet)"
_EQUIPPED_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]*[A-Z][A-Za-z0-9]*-(?:equipped|augmented|enhanced|powered|boosted)\s$")
#: a participle by which the paper changes its own base model: "our proposed (assembled) ResNet-50"
_OURS_ED_BEFORE = re.compile(r"\b(?:our|the proposed)\s+(?:proposed\s+)?([a-z]+ed)\s$", re.I)
#: participles that leave the base model as it is: "our trained ResNet", "the proposed based ..."
_PLAIN_PARTICIPLES = frozenset(("trained", "pretrained", "used", "based", "learned", "tested", "evaluated", "proposed"))


def _variant(text: str, s: int, e: int) -> tuple[int, int]:
    """The span of a method's name with the variant the text joins to it by a hyphen: the longest name the
    text gives ("EfficientNet-L1" for "EfficientNet", "kMaX-DeepLab" for "DeepLab").

    >>> t = "It helps EfficientNet-L1 and our kMaX-DeepLab, not BERT-based ones. With it, Sparse RCNN wins."
    >>> [t[slice(*_variant(t, a, b))] for a, b in ((9, 21), (38, 45), (51, 55), (84, 88))]
    ['EfficientNet-L1', 'kMaX-DeepLab', 'BERT', 'Sparse RCNN']
    >>> t = "Our Omni-INR-GAN sets records."
    >>> t[slice(*_variant(t, t.index("GAN"), t.index("GAN") + 3))]
    'Omni-INR-GAN'
    """
    m = _VARIANT_BEFORE.search(text, max(0, s - 24), s)
    if m and m.end() == s:
        s = m.start()
    elif m := _EQUIPPED_BEFORE.search(text, max(0, s - 40), s):
        s = m.start()  # "An OctConv-equipped ResNet-152": the base with the name that changes it
    elif (m := _OURS_ED_BEFORE.search(text, max(0, s - 30), s)) and m.group(1).lower() not in _PLAIN_PARTICIPLES:
        s = m.start(1)  # "our proposed assembled ResNet-50": the paper's changed base, not the base
    elif (m := _ADJ_BEFORE.search(text, max(0, s - 24), s)) and m.group(1).lower() not in _NOT_SUBJECT:
        s = m.start(1)  # "the Evolved Transformer", "our MoSboosted Transformer": a word written as a name names the variant
    elif sum(ch.isupper() for ch in text[s:e]) >= 3 and (m := _KIND_BEFORE.search(text, max(0, s - 16), s)) \
            and m.group(1).lower() not in _NOT_SUBJECT:
        s = m.start(1)  # "Sparse RCNN", "Cascade RCNN": a capitalised word opening the clause names the variant
    while (m := _VARIANT_AFTER.match(text, e)) and not text[m.end() - 1] == ".":
        e = m.end()
    return s, e


    # Decoupling (FD) module"; "NovoGrad, a variant of stochastic gradient descent"


#: a subject between a name and a value that is not the name: "X ..., with which we achieve", "on Y, it achieves"
_PRONOUN = re.compile(r"\b(?:our|we|they)\b|\bit\s+(?:also\s+)?\w+s\b", re.I)
#: the subject of a figure is other methods: "best current discriminators", "existing methods", "prior work"
#: a sentence whose subject is a cited work: "[15] proposes ShiftFaceNet ... with 0.78 million parameters"
_CITED_SUBJECT = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\]\s+(?:propose|introduce|present|use|report|develop)\w*\b|"
                            r"\bIn\s+\[\d+(?:\s*[,–-]\s*\d+)*\],")  # "In [17], a compact network ... achieves 97.32%"
_OTHER_SUBJECT = re.compile(r"\b(?:current|existing|previous|prior|conventional|standard|other|competing)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:methods?|models?|approach\w*|systems?|works?|techniques?|"
                            r"discriminators?|detectors?|classifiers?|baselines?|algorithms?)\s+(?!by\b|in\b|on\b)"
                            r"(?:can\s+|could\s+|only\s+)?(?:achiev\w*|reach\w*|obtain\w*|get|gets|got|classify|"
                            r"attain\w*|yield\w*|scor\w*)\b", re.I)


#: a name right before the verb that states a value is its clause's subject: "..., i.e., MoGA-A achieves 75.9%"
_STATES = re.compile(r"\s+(?:(?:also|further|still|even|now)\s+)?(?:achiev|obtain|reach|attain|yield|scor)\w*\b", re.I)


def _object_of_ours(text: str, start: int, s0: int) -> bool:
    """The name at ``start`` comes after "we"/"our method" in its clause: an object, not the subject."""
    m = None
    for m in CLAUSE.finditer(text, s0, start):
        pass
    ours = None
    for ours in _SUBJECT_OURS.finditer(text, m.end() if m else s0, start):
        pass
    return ours is not None and not _THAT_CLAUSE.search(text, ours.end(), start)


#: "we show that X enhances ...": X is the subject of the clause "we" reports
_THAT_CLAUSE = re.compile(r"\b(?:show|find|found|demonstrate|observe|prove|confirm|verify|report)\w*\s+that\b", re.I)
#: the paper speaking as the subject ("we", "our method", "this approach")
_SUBJECT_OURS = re.compile(r"\b(?:we|our (?:[\w-]+ ){0,2}?(?:model|method|approach|framework|network|system|detector)s?|"
                           r"this (?:model|method|approach|framework|network|system))\b", re.I)


def others_figure(text: str, s0: int, anchor: int) -> bool:
    """The sentence gives the figure of other methods: "current discriminators classify ... with 73%
    accuracy" (not when "we"/"our" speak after them, nor when they are what the paper beats)."""
    cited = _CITED_SUBJECT.search(text, s0, anchor)
    if cited and re.fullmatch(r"(?:.*[.!?])?\s*", text[s0:cited.start()], re.S):
        return True
    other = _OTHER_SUBJECT.search(text, s0, anchor)
    return bool(other) and not _WE_OURS.search(text, other.end(), anchor) \
        and not _COMPARE.search(text, max(s0, other.start() - 30), other.start())


def _compared(text: str, start: int, s0: int) -> bool:
    """The name starting at ``start`` is what something is compared with, or an example ("such as X")."""
    return _COMPARED_BEFORE.search(text, max(s0, start - 90), start) is not None


#: "X obtains A on C (which ...), and achieves B on D": a second verb of the same subject, with no subject of its own
_AND_VERB = re.compile(r"^[^;]*\band\s+(?:(?:also|further|then|even|\w+ly)\s+)?(?:achiev|obtain|reach|attain|yield|"
                       r"sets?\b|gets?\b|records?\b)\w*\b[^;,()]*$", re.I)


#: what joins the names of a list: "A, B and C", "the A and the B"
_NAME_JOIN = re.compile(r",?\s*(?:,|\band\b)\s*(?:the\s+)?", re.I)


def _list_end(text: str, ents: list, methods: list[int], k: int) -> int:
    """Where the list of names that ``methods[k]`` opens ends."""
    while k + 1 < len(methods) and _NAME_JOIN.fullmatch(text, ents[methods[k]][1], ents[methods[k + 1]][0]):
        k += 1
    return ents[methods[k]][1]


_RESPECTIVELY_AFTER = re.compile(r"[\w\s-]{0,20}?,?\s*respectively\b", re.I)


def listed_methods(text: str, found, methods: list[int], name: str, anchor: int, end: int) -> list[str]:
    """The names of the list the method ``name`` of a value list (first member at ``anchor``) closes, in the
    order written: "FooNet and BarNet reach 0.84 and 0.85" gives [FooNet, BarNet], each the method of the
    figure in its place; [name] when the name closes no list (only commas, "and" and "the" between names), or
    when a list of names after the figures (which end at ``end``) is what "respectively" pairs them with."""
    ents = found.entities
    nxt = next((k for k, i in enumerate(methods) if ents[i][0] >= end), None)
    if nxt is not None and not _ON_BEFORE.search(text, end, ents[methods[nxt]][0]) \
            and _RESPECTIVELY_AFTER.match(text, _list_end(text, ents, methods, nxt)):
        return [name]  # "reach 72.8% and 75.0% using FooNet-S and FooNet-B, respectively": the later list's
    last = next((k for k in range(len(methods) - 1, -1, -1) if ents[methods[k]][1] <= anchor
                 and _whole(text, found, methods[k]) == name), None)
    if last is None:
        return [name]
    k = last
    while k > 0 and _NAME_JOIN.fullmatch(text, ents[methods[k - 1]][1], ents[methods[k]][0]):
        k -= 1
    return [_whole(text, found, i) for i in methods[k:last + 1]]


def family_variant(text: str, found, prev: str | None, method: str | None, paper: "Own | None") -> bool:
    """The figure the paper's own family name (``method``, what "we" stand for) was given for is the variant
    ``prev`` of the same system, the method of the figure before it in its clause: "FooNet-18-tiny gets 75.1%
    mIoU at 120 FPS": 120 FPS is FooNet-18-tiny's, not the FooNets family's. A variant is the family's name
    or an acronym the text defines for it ("fast foo networks (FooNets)"), singular, then a hyphen or digit.

    >>> from kg.extract.findings import DocFindings
    >>> family_variant("", DocFindings(), "FooNet-18-tiny", "FooNets", Own("FooNets"))
    True
    >>> family_variant("", DocFindings(), "BarNet-18", "FooNets", Own("FooNets"))
    False
    """
    if not prev or paper is None or not paper.name or method != paper.name or prev == method:
        return False
    family = paper.name.lower()
    forms = {family} | {a.lower() for i, al in found.aliases.items() if found.name(text, i).lower() == family for a in al}
    low = prev.lower()
    for form in forms:
        stem = form[:-1] if form.endswith("s") and len(form) > 3 else form
        if len(low) > len(stem) and low.startswith(stem) and _VARIANT_TAIL.match(low, len(stem)):
            return True
    return False


#: what follows a family's name in its variant: a hyphen or a number ("-23-slim", "50")
_VARIANT_TAIL = re.compile(r"-?\d|-[a-z]")


def conjoined(text: str, prev_end: int, anchor: int) -> bool:
    """The value at ``anchor`` is stated by a verb joined to the one that stated the value ending at
    ``prev_end`` ("RF-DARTS obtains 94.4% on A, and achieves 24.0% on B"): both have one subject.

    >>> t = "X obtains 94.4% on A (the best), and achieves a top-1 error of 24.0% on B."
    >>> conjoined(t, 15, t.index("24.0"))
    True
    """
    gap = text[prev_end:anchor]
    return _AND_VERB.match(gap) is not None or _RESTATED.match(gap) is not None


#: what restates the value before as a change: "76.5% accuracy, which is a 7% relative gain", "80.1%, a 2.3% gain",
#: "80.1% (2.3% gain)"
_RESTATED = re.compile(r"^[^;.()]{0,40}?\(\s*$|^[^;.]{0,80}?,\s*(?:(?:which|that)\s+(?:is|was|represents|marks|amounts\s+to|corresponds\s+to)"
                       r"\s+(?:an?\s+|the\s+)?|i\.e\.,?\s+(?:an?\s+)?|an?\s+)(?:(?:relative|absolute|further)\s+)?$", re.I)

