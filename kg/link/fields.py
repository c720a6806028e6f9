"""A name used as a field of study or an application area, or as a phenomenon, not as a problem a paper works on.

The lexicon lists wide aims as tasks ("medical image analysis", "scene understanding"), and the extractor types
every match a Task. What the texts do with such a name says it is the setting of other tasks: another task is "a
fundamental task in X", "an important step in X", "a key component of X", "critical for X", "plays a crucial role
in X"; papers write "the field of X", "in the context of X", "the X literature", "the X community", "X researchers".
A name is also used as a phenomenon that methods run into or work around, not a problem a paper solves: "models
suffer from X", "to alleviate X", "avoiding X", "robust to X" (:func:`phenomenon_use`). Each such use is a ``field``
vote (no weight in the type score, :data:`kg.link.types.KIND_WEIGHT`); the graph leaves out a Task most of whose
mentions are so (:func:`kg.graph.task_kinds.field_of_study`). A name is used as an ability of a model, too: "the X
ability", "X skills", "tasks that require X" of a faculty X (:func:`ability_use`, an ``ability`` vote of no weight
either).
"""
from __future__ import annotations

import re

#: Words of importance ("critical for X", "an essential task for X").
_IMPORTANT = (r"(?:essential|crucial|critical|important|vital|fundamental|indispensable|key|central|pivotal|paramount"
              r"|instrumental|necessary)")
#: What makes the name after it the setting of other tasks, right before it (past "the", "many" or "various" and two
#: modifiers, not a verb's "-ing": "critical for improving X" aims at X): a part or a step of something wider and
#: "in", "of" or "for" ("plays a crucial role in X", "a key component of X", "an important step for X"); a task, a
#: problem or a technique "in" something ("a fundamental task in X", "a key technique in 3D X"; "for" says what it
#: solves: "techniques for X"), or after a word of importance "for" too ("an essential task for X"), and "of" after a
#: task of a rank with "a" or "one of the" ("a crucial task of X", "one of the basic tasks of X": one of X's tasks; not
#: "the task of X", "a downstream task of X", where X is the task, nor "a key challenge of X", "a major problem of X",
#: a difficulty met in the task X); a field's own noun
#: and "of" ("the field of X", "in the context of X", "two goals of X"; not "the problem of X": X is the problem); a word
#: of importance and "for", "in" or "to" ("critical for X"); a list of applications ("applications such as X").
_FIELD_BEFORE = re.compile(
    r"(?:\b(?:roles?|steps?|components?|ingredients?|building\s+blocks?|cornerstones?|prerequisites?|sub-?tasks?)"
    r"\s+(?:in|within|for|towards|of)"
    r"|\b(?:tasks?|problems?|challenges?|techniques?|tools?|topics?|applications?)\s+(?:in|within)"
    r"|\b" + _IMPORTANT + r"\s+(?:tasks?|problems?|challenges?|issues?)\s+(?:for|to|towards)"
    r"|\b(?:an?|one(?:\s+of\s+the)?)\s+(?:most\s+)?(?:" + _IMPORTANT
    + r"|basic|core|main|major|primary|classic(?:al)?)\s+tasks?\s+of"
    r"|\b(?:fields?|areas?|domains?|disciplines?|sub-?fields?|branch(?:es)?|context|goals?|aims?|parts?)\s+of"
    r"|\b" + _IMPORTANT + r"\s+(?:for|in|to|towards)"
    r"|\bapplications?\s*,?\s+(?:such\s+as|like|including)[^.;:()]*?)"
    r"\s+(?:the\s+|many\s+|various\s+)?(?:(?![\w\-]*ing\s)[A-Za-z0-9][\w\-]*\s+){0,2}$", re.I)
#: A noun of a field's people, writings or extent right after a name ("the X community", "the X literature", "X
#: researchers", "the X field", "the X domain").
_FIELD_AFTER = re.compile(r"[\s\-]+(?:community|communities|literature|researchers|practitioners|fields?|domains?"
                          r"|areas?|disciplines?|applications?)\b", re.I)


#: What makes the name after it a phenomenon methods run into or work around, right before it (past "the", "such",
#: "the problem of" and one modifier that is no preposition): "suffer(s) (severely) from X", "alleviate / mitigate /
#: avoid / prevent / overcome / combat / counteract / fight X", "prone to X", "robust(ness) to / against X",
#: "vulnerable to X".
_PHENOMENON_BEFORE = re.compile(
    r"\b(?:suffer(?:s|ed|ing)?\s+(?:\w+ly\s+)?from|alleviat\w*|mitigat\w*|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?"
    r"|overcom(?:e|es|ing)|combat(?:s|ed|ing)?|counteract(?:s|ed|ing)?|fight(?:s|ing)?|prone\s+to"
    r"|robust(?:ness)?\s+(?:to|against)|vulnerab(?:le|ility)\s+to)"
    r"\s+(?:the\s+|such\s+)?(?:(?:problems?|issues?)\s+of\s+)?"
    r"(?:(?!(?:in|of|for|on|to|with|by|from|and|or)\s)[A-Za-z][\w\-]*\s+)?$", re.I)


def phenomenon_use(text: str, start: int) -> bool:
    """Whether the words before a span starting at ``start`` use it as a phenomenon methods run into or work around.

    >>> t = "Deep nets suffer from glyph drift. We mitigate severe glyph drift. We avoid errors in glyph parsing."
    >>> [phenomenon_use(t, t.index(w)) for w in ("glyph drift", "severe glyph drift", "glyph parsing")]
    [True, True, False]
    """
    return _PHENOMENON_BEFORE.search(text, max(0, start - 60), start) is not None


#: A noun of an ability right after a name, past the parenthesis of its acronym ("the X ability of models", "X
#: capabilities", "X skills"): the name is something a model can do or lacks, not a problem a paper works on.
_ABILITY_AFTER = re.compile(r"(?:\s*\([^()\n]{1,20}\))?[\s\-]+(?:abilit(?:y|ies)|capabilit(?:y|ies)|skills?"
                            r"|competenc(?:e|es|ies))\b", re.I)
#: A verb of need right before a name, past an article and up to two modifiers that are no preposition and no
#: gerund ("questions that require long-term X", "a task demanding X", "necessitates global X"; not "requires solving
#: X": X is then what is solved): what a task or a model needs.
_NEEDED_BEFORE = re.compile(
    r"\b(?:requir(?:e|es|ed|ing)|demand(?:s|ed|ing)?|necessitat(?:e|es|ed|ing))\s+(?:the\s+|an?\s+)?"
    r"(?:(?!(?:in|of|for|on|to|with|by|from|and|or)\s)(?![\w\-]*ing\s)[A-Za-z][\w\-]*\s+){0,2}$", re.I)
#: The last words of a name a verb of need can make an ability: a faculty of a model ("requires commonsense
#: reasoning", "demanding scene understanding"); a required "lane marking detection" or "depth estimation" is a
#: problem the application needs solved, a Task, and so is a required "trajectory planning" or "causal inference"
#: ("planning" and "inference" head Tasks: path planning, natural language inference).
_FACULTY_HEADS = frozenset({"reasoning", "understanding", "comprehension", "perception", "memory", "knowledge",
                            "awareness", "abstraction", "generalization", "generalisation", "thinking", "intelligence",
                            "imagination"})


def ability_use(text: str, start: int, end: int) -> bool:
    """Whether the words around a span use it as an ability a model has, lacks or needs: a noun of an ability after it
    ("enhance the X ability of the model", "X skills") or a verb of need before it of a faculty ("actions that require
    long-term X reasoning", :data:`_FACULTY_HEADS`). What a model can do is no problem a paper addresses (the
    guidelines' rule 9: the problem is a Task); a guessed name that papers write so at least as often as otherwise,
    and never as a goal, is no Task (:func:`kg.graph.task_kinds.ability_kind`).

    >>> t = "Clips that require long-term glyph reasoning. We enhance the glyph reasoning ability. Glyph reasoning skills."
    >>> [ability_use(t, i, i + 15) for i in (t.index("glyph"), t.index("glyph", 50), t.index("Glyph"))]
    [True, True, True]
    >>> t = "A model for glyph reasoning. The requirements of glyph reasoning. Glyph reasoning is hard."
    >>> [ability_use(t, i, i + 15) for i in (t.index("glyph"), t.index("glyph", 30), t.index("Glyph"))]
    [False, False, False]
    """
    if _ABILITY_AFTER.match(text, end):
        return True
    head = text[start:end].split()
    return bool(head) and head[-1].lower() in _FACULTY_HEADS \
        and _NEEDED_BEFORE.search(text, max(0, start - 60), start) is not None


def field_use(text: str, start: int, end: int) -> bool:
    """Whether the words around a span use it as a field or an application area, the setting of other tasks, or as a
    phenomenon methods run into or work around (:func:`phenomenon_use`).

    >>> t = "Glyph parsing is a key step in quokka studies. Results on glyph parsing."
    >>> field_use(t, t.index("quokka studies"), t.index("quokka studies") + 14), field_use(t, t.rindex("glyph"), len(t) - 1)
    (True, False)
    >>> t = "Glyph parsing is a basic task of quokka studies, a new task of glyph parsing."
    >>> field_use(t, t.index("quokka studies"), t.index("quokka studies") + 14), field_use(t, t.rindex("glyph"), len(t) - 1)
    (True, False)
    >>> t = "the field of quokka studies; the quokka studies community; the problem of glyph parsing"
    >>> [field_use(t, t.index(w), t.index(w) + len(w)) for w in ("quokka studies", "glyph parsing")]
    [True, False]
    """
    if _FIELD_AFTER.match(text, end) or phenomenon_use(text, start):
        return True
    return _FIELD_BEFORE.search(text, max(0, start - 100), start) is not None
