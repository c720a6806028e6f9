"""A name the sentence gives another kind of thing than a technique, or uses as what a task is done to.

A Method is "a model, architecture, algorithm, loss, training or inference technique" (GUIDELINES.md). A coined
word is typed Method by its shape alone, and some of them are other things, which the words around say:

- what a recognition or detection task is done to (:func:`task_object`): "recognizing Quokka Daily Routines",
  "detecting QMUs", "the detection of QMU occurrence": the thing recognised, no means of recognising it;
- a thing of a kind no technique is (:func:`kind_use`): a kind noun before it ("the game X", "the robot X", "the
  toolkit X"), an apposition after it ("X, a crowdsourcing platform"), or its owner's page ("X's GitHub
  repository", "at X's website": a group or a lab hosting what is made available).

A mention typed by its shape, a rule's default or an acronym's letters only votes ``object`` or ``kind`` (no weight:
:data:`kg.link.types.KIND_WEIGHT`); the graph leaves out a Method most of whose mentions are so or modify a noun
("X domain", :mod:`kg.link.modifiers`) and that nothing names a method
(:func:`kg.graph.method_objects.other_kind`).
"""
from __future__ import annotations

import re

from kg.link.apparatus import APPOSITION_END
from kg.link.normalize import compact_key
from kg.link.types import lexicon_types
from kg.vocab import EntityType

#: Verbs of a recognition task whose object is the thing recognised (no "predict", "generate": what a model
#: outputs is read by :mod:`kg.link.outputs`), right before a name, an article between them perhaps.
_TASK_VERB = re.compile(r"\b(?:recogni[sz](?:e|es|ed|ing)|detect(?:s|ed|ing)?|locali[sz](?:e|es|ed|ing)"
                        r"|segment(?:s|ed|ing)?|classify(?:ing)?|classifie[sd]|count(?:s|ed|ing)?|estimat(?:e|es|ed|ing))"
                        r"\s+(?:the\s+|all\s+|individual\s+)?$", re.I)
#: The noun of such a task and "of" before a name, the noun opening its phrase, an adjective perhaps before it ("the
#: detection of X", "Recognition of X", "Automatic recognition of X"; not "the ability of classification of X", where X
#: is what classifies).
_TASK_NOUN = re.compile(r"(?:(?:^|[.;:!?(]\s*)(?:[A-Z][a-z\-]*\s+)?|\b(?:the|a|an|and|for|to|in|on)\s+(?:[a-z][a-z\-]*\s+)?)"
                        r"(?i:recognition|detection|locali[sz]ation|segmentation|classification|counting|estimation)"
                        r"\s+of\s+(?:the\s+)?$")
#: What after a name makes it no task's object: a possessive ("X's", "Xs'": "we count ResNets' parameters" is about
#: them), a hyphen gluing it to a word ("detecting X-generated faces": the faces are detected), or "as" ("we classify
#: X as a CNN": X is what is classified, a model); not "as well as", which adds another object ("QMUs as well as QMVs").
_NOT_OBJECT_AFTER = re.compile(r"['\u2019]|-\w|\s+as\b(?!\s+well\s+as\b)")
#: Kinds of thing no technique is: a game, a device, a program one runs, a place or a body of people.
KIND_WORDS = ("game", "robot", "platform", "instrument", "telescope", "spectrograph", "satellite", "toolkit",
              "toolbox", "library", "simulator", "software", "package", "website", "company", "laboratory", "lab",
              "group", "consortium", "hospital", "console", "headset", "smartphone")
_KIND = r"(?:" + "|".join(KIND_WORDS) + r")"
#: A kind noun right before a name, singular or plural: "the game X", "Our social robot X", "the games X and Y".
_KIND_BEFORE = re.compile(r"\b(?i:the|our|a|an|their)\s+(?:[a-z][\w\-]*\s+){0,2}?" + _KIND + r"s?\s+$")
#: An apposition after a name whose head is a kind noun ("X, a crowdsourcing platform", "X, an open-source library
#: for Y"; not "X, a game-theoretic generator", "X, a planner for robot arms"): the head noun ends as in
#: :mod:`kg.link.apparatus` (its ``APPOSITION_END``).
_KIND_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,3}?" + _KIND + r"s?" + APPOSITION_END)
#: An owner's page after a name where something is made available: "available at X's public GitHub repository", "at
#: X's website" (a group or a lab hosting it); "builds on X's repository" names a model's code.
_OWNER_PAGE = re.compile(r"['\u2019]s\s+(?:public\s+|official\s+)?(?:GitHub\s+|github\s+)?"
                         r"(?:repository|repositories|repo|website|homepage|web\s+page)\b")
_AT_BEFORE = re.compile(r"\bat\s+$")


def task_object(text: str, start: int, end: int) -> bool:
    """Whether a name at ``start``..``end`` is what a recognition task is done to: a task verb or "the detection of"
    right before it, and no possessive after it ("we count X's parameters" is about X).

    >>> t = "Recognizing Quokka Routines (QR) matters; the detection of QMU occurrence; we detect QMUs; QuoxNet detects."
    >>> [task_object(t, t.index(w), t.index(w) + len(w)) for w in ("Quokka Routines", "QMU", "QMUs", "QuoxNet")]
    [True, True, True, False]
    >>> t = "Estimating quokka level effects (QLE) is hard; QLE is hard; the estimation of the QLE"
    >>> [task_object(t, t.index(w), t.index(w) + 3) for w in ("quokka level effects", "QLE is")]
    [True, False]
    >>> task_object(t, t.rindex("QLE"), len(t))
    True
    >>> t = "the ability of classification of QuoxNet is low; we count QuoxNet's parameters"
    >>> [task_object(t, i, i + 7) for i in (t.index("QuoxNet"), t.rindex("QuoxNet"))]
    [False, False]
    """
    if _NOT_OBJECT_AFTER.match(text, end):
        return False
    before = text[max(0, start - 60):start]
    return bool(_TASK_VERB.search(before) or _TASK_NOUN.search(before))


def kind_use(text: str, start: int, end: int) -> bool:
    """Whether the sentence gives a name at ``start``..``end`` a kind no technique is: a kind noun before it, an
    apposition or an owner's page after it (see the module docstring). A lexicon Method gets none: "The group LASSO
    selects features" names a technique the kind noun only modifies.

    >>> t = "based on the game Quokka Wars; Our social robot QuoxBot; QuoxTurk, a crowdsourcing platform; at QLAB's GitHub repository"
    >>> [kind_use(t, t.index(w), t.index(w) + len(w)) for w in ("Quokka Wars", "QuoxBot", "QuoxTurk", "QLAB")]
    [True, True, True, True]
    >>> t = "the recognition system QuoxNet; QuoxNet, a new network; QuoxNet's accuracy; the game-theoretic QuoxGAN"
    >>> [kind_use(t, i, i + 7) for i in (t.index("QuoxNet"), t.index("QuoxNet,"), t.index("QuoxNet'"), t.index("QuoxGAN"))]
    [False, False, False, False]
    """
    before = text[max(0, start - 60):start]
    owner = _OWNER_PAGE.match(text, end) is not None and _AT_BEFORE.search(before) is not None
    if not (_KIND_BEFORE.search(before) or _KIND_APPOSITION.match(text, end) or owner):
        return False  # the words first: the lexicon's key is read only for the few names they give a kind
    return not any(t is EntityType.METHOD for t, _ in lexicon_types().get(compact_key(text[start:end]), ()))
