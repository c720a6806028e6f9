"""A name used as the form a problem takes, not as a problem a paper works on.

The generated lexicon lists problem types as tasks ("binary classification", "inductive learning", "structured
prediction"), and the extractor types every match a Task. What the texts do with such a name says it is the shape
of other problems: papers cast or formulate a problem as it ("we formulate emotion recognition as a multi-class
classification problem", "transforming ordinal targets into binary classification subtasks"), run a learner in it
("in both transductive and inductive learning settings", "the transductive learning setup"), or list problems of
its kind ("dense classification problems such as semantic segmentation"). A research problem is rarely written so:
it is what a paper casts into a form, not the form (:func:`form_use`). Each such use is a ``form`` vote (no weight
in the type score, :data:`kg.link.kinds.KINDS`); the graph leaves out a Task whose name is only a form of output or of
learning and a fair share of whose mentions are so (:func:`kg.graph.task_kinds.problem_form`).
"""
from __future__ import annotations

import re

#: A verb of casting a problem into a form, then (within the clause, up to eight words: what is cast) "as" or
#: "into" (not "such as", "as well as"), an article, a count of things ("a set of") and up to three modifiers (no
#: function words) right before the name ("formulate the task as a structured X problem", "view the problem as X",
#: "transforming ordinal targets into X subtasks", "considered X as a set of independent Y problems");
#: "formulation as" too.
_CAST_BEFORE = re.compile(
    r"\b(?:(?:re)?formulat\w*|(?:re)?cast(?:s|ing)?|treat(?:s|ed|ing)?|view(?:s|ed|ing)?|regard(?:s|ed|ing)?"
    r"|consider(?:s|ed|ing)?|pos(?:e|es|ed|ing)|fram(?:e|es|ed|ing)|formali[sz]\w*|reduc(?:e|es|ed|ing)"
    r"|transform(?:s|ed|ing)?|convert(?:s|ed|ing)?|turn(?:s|ed|ing)?)"
    r"(?:\s+[^\s.;:]+){0,8}?\s+(?:(?<!such )(?<!well )as|into)\s+(?:an?\s+|the\s+|one\s+)?"
    r"(?:(?:set|series|sequence|collection|number|pair|family)\s+of\s+)?"
    r"(?:(?!(?:for|of|to|as|and|or|in|on|with|by|from)\s)[\w\-]+\s+){0,3}$", re.I)
#: A noun of a setting right after the name ("X settings", "the X setup", "X paradigm"); not "framework" nor
#: "scenario", which a technique or an application takes as well ("our metric learning framework").
_SETTING_AFTER = re.compile(r"[\s\-]+(?:settings?|setups?|formulations?|paradigms?|regimes?)\b", re.I)
#: A class of problems with its members after the name ("X tasks such as Y", "X problems, e.g., Y").
_CLASS_AFTER = re.compile(r"[\s\-]+(?:tasks?|problems?)\s*,?\s*\(?(?:such\s+as|like|including|e\.g\.)", re.I)


def form_use(text: str, start: int, end: int) -> bool:
    """Whether the words around a span use it as the form of a problem: what a problem is cast as or into, a
    setting a learner runs in, or a class of problems listed with its members.

    >>> t = "We formulate glyph dating as a quokka classification problem in both open quokka learning settings."
    >>> [form_use(t, t.index(w), t.index(w) + len(w)) for w in ("quokka classification", "quokka learning")]
    [True, True]
    >>> t = "Dense quokka prediction tasks such as glyph dating. Results on quokka prediction. A model for glyph dating."
    >>> [form_use(t, i, i + 17) for i in (t.index("quokka"), t.rindex("quokka"))]
    [True, False]
    >>> form_use(t, t.rindex("glyph"), len(t) - 1)
    False
    """
    if _SETTING_AFTER.match(text, end) or _CLASS_AFTER.match(text, end):
        return True
    return _CAST_BEFORE.search(text, max(0, start - 90), start) is not None
