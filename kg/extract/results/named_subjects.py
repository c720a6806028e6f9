"""Subjects a phrase names, other than the nearest name before a value (for :func:`.method.method_of`).

The paper's system named in apposition ("our detector, namely FooDet, achieves": :func:`apposed_system`), the
system an apposition describes ("ZorbNet, a ResNet-200 with 2B parameters": :func:`apposed_to`), a name no entity
covers as the subject of the stating verb (:func:`named_subject`), the method that helps a base model reach a figure
(:func:`enabler`), the model a backbone is joined to ("FooDet with BarNet-50": :func:`with_owner`), a method after
"for" in a parenthesis of figures (:func:`for_name`), and a name the sentence calls its own ("our SGANet":
:func:`our_name`).
"""
from __future__ import annotations

import re

from kg.extract.proposals import shaped
from kg.vocab import EntityType as T
from kg.extract.results.binding import CLAUSE, HAS_VALUE
from kg.extract.results.clause_words import NAME_WORDS, NOT_SUBJECT, OUR_BEFORE, STATES_VERB, SYSTEM_KIND
from kg.extract.results.comparison import COMPARE, compared
from kg.extract.results.method_name import variant, whole
from kg.extract.results.not_subject import trained_by_us
from kg.extract.results.parts import BASED, COMPONENT, NOT_OURS_AFTER
from kg.extract.results.title import generic
from kg.extract.results.values import Value


#: a verb by which a subject makes a base model reach a figure: "(Zorbify) helps (ResNet-152 achieve 80%)"
NAME_ENABLES = re.compile(r"\s(?:\w+ly\s+)?(?:enables?|allows?|helps?|lets?)\s+(?:the\s+|an?\s+)?$", re.I)
#: a name as the subject of the verb that states a value: "(that|, |^) Semiformer achieves ...", "Sparse RCNN obtains"
_SUBJECT_NAME = re.compile(r"(?:^|[,;:]\s+|\bthat\s+)" + NAME_WORDS + r"\s+" + STATES_VERB + r"[^.;]*$")
#: the paper's system named in apposition as the subject of that verb: "our detector, namely FooDet, achieves ..."
_APPOSED_SUBJECT = re.compile(r"\b(?i:our|the proposed|the resulting|the final)\s+(?:[\w-]+\s+){0,2}?(?i:(?:tracker|classifier|"
                              r"segmenter|parser|tagger)s?\b|" + SYSTEM_KIND + r"),?\s+(?i:namely|called|dubbed|named|termed)"
                              r"(?:\s+as)?\s+" + NAME_WORDS + r"\s*,?\s+(?P<verb>" + STATES_VERB + r")(?:[^.;]|\.\d)*$")


def apposed_system(text: str, found, methods: list[int], s0: int, anchor: int) -> str | None:
    """The paper's system named in apposition as the subject of the verb stating the value at ``anchor``
    (:data:`_APPOSED_SUBJECT`: "our detector, namely FooDet, reaches 5.9% on A and 6.1% on B"): whose figures they
    are, not a part's that helps it; None past another clause or a comparison ("..., compared to 7.0% of BarNet"),
    or with a value before the verb."""
    m = _APPOSED_SUBJECT.search(text, s0, anchor)
    if m is None or HAS_VALUE.search(text, m.start(), m.end(1)) or CLAUSE.search(text, m.end(1), anchor) \
            or COMPARE.search(text, m.end("verb"), anchor):
        return None
    i = next((i for i in methods if found.entities[i][0] == m.start(1)), None)
    return whole(text, found, i) if i is not None else m.group(1)


#: the apposition a name is written in after the system it describes: "FooNet, a (Bar-50) with ...", "our Foo (FN)
#: model, a (Bar) with 1B parameters trained on ...", "FooSeg, a Bar-50 with a (light decoder), reaches"
_APPOSITION = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?(?:\s+" + SYSTEM_KIND + r")?\s*,\s+an?\s+[^,;:()]*$", re.I)


def apposed_to(text: str, found, methods: list[int], i: int, s0: int) -> int | None:
    """The Method whose apposition the name ``i`` is written in (:data:`_APPOSITION`): what the system is
    built as or with ("our ZorbNet model, a ResNet-200 with 2B parameters, reaches 81%": ZorbNet's figure, not
    the architecture's); None when no Method of the sentence stands right before the apposition, or it is one
    something is compared with."""
    ents = found.entities
    s = ents[i][0]
    j = next((j for j in reversed(methods) if ents[j][1] <= s), None)
    while j is not None and ents[j][0] >= s0 and _APPOSITION.match(text, ents[j][1], s) is None:
        j = next((k for k in reversed(methods) if ents[k][1] <= ents[j][0]), None)
    if j is None or ents[j][0] < s0 or compared(text, ents[j][0], s0) or CLAUSE.search(text, ents[j][1], s):
        return None
    return j


def enabler(text: str, found, methods: list[int], s0: int, s: int) -> int | None:
    """The Method written as a name right before the verb by which it makes the base model at ``s`` reach a
    figure ("Zorbify helps ResNet-152 achieve 80.2%": Zorbify), else None (a pronoun: "it helps ...")."""
    m = NAME_ENABLES.search(text, max(s0, s - 30), s)
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


def named_subject(text: str, found, s0: int, anchor: int) -> str | None:
    """A name written as one (a capital inside or opening a clause) that is the subject of the verb stating
    the value at ``anchor`` and that no entity but a Method inside it covers ("demonstrate that Semiformer
    achieves 75.5%", "Equipped with our approach, Sparse RCNN achieves 92.0% AP")."""
    m = _last_subject(text[s0:anchor])
    if m is None or HAS_VALUE.search(m.group(0)):
        return None
    s, e = s0 + m.start(1), s0 + m.end(1)
    if text[s:e].split()[0].lower() in NOT_SUBJECT or (m.start(1) == 0 and " " not in text[s:e] and not shaped(text[s + 1:e])):
        return None  # (a plain capitalised word opening the sentence is any word)
    inside = [c for c in found.entities if c[0] < e and s < c[1]]
    if any(c[2] is not T.METHOD or c[0] < s or c[1] > e for c in inside) or (inside and (inside[0][0], inside[0][1]) == (s, e)):
        return None  # a dataset, or a name kg found whole (the nearest-name rule has judged it)
    return text[s:e]


#: what joins a model to the backbone it is run with: "FooDet with (ResNeXt-101)", "FooDet applied to (BarNet)"
_LINK = re.compile(r"\s+(?:with|using|applied to|equipped with|on top of)\s+(?:the\s+|an?\s+)?", re.I)
_STATES_CAN = re.compile(r"\s+(?:(?:also|further|still|even|now|can|could)\s+)?(?:achiev|obtain|reach|attain|yield|scor)\w*\b", re.I)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)


def with_owner(text: str, found, methods: list[int], s0: int, span: tuple[int, int], anchor: int) -> int | None:
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
        end = max(je, variant(text, js, je)[1])
        if end > start:
            continue
        if _LIST_JOIN.fullmatch(text, end, start):
            start = min(js, variant(text, js, je)[0])
            continue  # "with Res2Net-101 and Swin-T": one more backbone of the list
        link = _LINK.fullmatch(text, end, start)
        return j if link is not None and shaped(text[js:je]) and not COMPONENT.match(text, je) else None
    return None


#: a figure's own method after it, inside a parenthesis: "(34.4% AP at 30ms for CornerNet-Squeeze compared to ...)"
_FOR_AFTER = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,3}?(?:at\s+\d[\d.]*\s*[A-Za-z]+\s+)?for\s+(?:the\s+)?")


def for_name(text: str, v: Value, found, methods: list[int], s0: int) -> int | None:
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


def our_name(text: str, found, methods: list[int], s0: int, anchor: int) -> int | None:
    """A name written as one that the sentence calls its own before the value ("compare the performance of
    our SGANet with prior arts, and the proposed model can achieve MAE of 57.6"): what "the proposed model" is."""
    ents = found.entities
    for i in methods:
        s, e = ents[i][0], ents[i][1]
        if e <= anchor and OUR_BEFORE.search(text, max(s0, s - 20), s) and shaped(text[s:e]) \
                and not NOT_OURS_AFTER.match(text, e) and not COMPONENT.match(text, e) and not BASED.match(text, e) \
                and not generic(found.name(text, i)) and not trained_by_us(text, found, i, s0):
            return i  # (not "our searched GANs", "our LSTM system": a kind of model; "our pre-trained VGG": a base)
    return None
