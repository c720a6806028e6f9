"""Where a task phrase stands in a task's role: what is done, solved, addressed or evaluated on ("for X",
"address X", "X tasks", "X is ...", "such as X, Y and Z"), not a step the paper's model takes or a capability
it has ("we perform X on the features", "requires X over the context").

Read by the graph for task phrases a rule guessed from their head word (:func:`kg.graph.namehood.unplaced_task`).
"""
from __future__ import annotations

import re

from kg.extract.rules import process_head
from kg.extract.words import FUNCTION_WORDS

#: Before a Task phrase in its clause, what puts it in a task's role: a goal preposition or verb ("for X", "on X",
#: "address X", "the task of X", "improves X"), or a list's opener ("such as X", "e.g. X"), up to three words before,
#: no possessive among them ("cues for its correct classification", "essential for model's X localization": a property).
_ROLE_BEFORE = re.compile(r"\b(?:for|on|to|towards?|in|address(?:es|ed|ing)?|tackl(?:e|es|ed|ing)|stud(?:y|ies|ied|ying)"
                          r"|solv(?:e|es|ed|ing)|focus(?:es|ed|ing)?\s+on|tasks?\s+of|problems?\s+of|such\s+as|including"
                          r"|e\.g\.,?|like|namely|i\.e\.,?|improv\w*|boost\w*|assist\w*|help\w*|facilitat\w*|enabl\w*"
                          r"|benefit\w*|advanc\w*|performance\s+of)\s+(?:(?!(?:its|their|his|her)\s|[\w\-]+'s\s)[\w\-/]+\s+){0,3}$",
                          re.I)
#: After it: a noun that calls it a task or scores it ("X tasks", "X benchmark", "X accuracy", "X systems"), or a verb
#: it is the subject of ("X is ...", "X remains ...").
_ROLE_AFTER = re.compile(r"(?:\s*\([^)]*\))?(?:(?:\s+[\w\-]+){0,2}?\s+(?:tasks?|problems?|benchmarks?|challenges?"
                         r"|datasets?|accuracy|performance|results?|scores?|systems?|methods?|models?|approach(?:es)?"
                         r"|techniques?|algorithms?|networks?)|\s+(?:is|are|has|have|remains?|aims?|refers?|plays?|was"
                         r"|were))\b", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:]\s|,\s")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]\s+)$")
_COORD = re.compile(r"\s*(?:,|;|,?\s*and|,?\s*or|,?\s*as\s+well\s+as|/|\u2194)\s*")
_COORD_NEXT = re.compile(r"\s*(?:,|;|,?\s*and|,?\s*or|,?\s*as\s+well\s+as|/|\u2194)\s*((?:[\w\-]+\s+){0,3}[\w\-]+)")
_COORD_PREV = re.compile(r"([\w\-]+)\s*(?:,|;|,?\s*and|,?\s*or|,?\s*as\s+well\s+as|/|\u2194)\s*(?:the\s+)?$")


def coordinated(text: str, start: int, end: int, spans: list[tuple[int, int]], heads: frozenset[str]) -> bool:
    """Whether the phrase at ``start:end`` is coordinated with another task: another Task phrase (``spans``, of
    the same text), or a phrase ending in a process word (:func:`kg.extract.rules.process_head` with ``heads``),
    right before or after it across a comma, "and", "or", "as well as" or a slash ("lung segmentation, cell
    contour segmentation and ...", "premise selection and X")."""
    for s, e in spans:
        if (e <= start and _COORD.fullmatch(text, e, start)) or (s >= end and _COORD.fullmatch(text, end, s)):
            return True
    prev = _COORD_PREV.search(text, max(0, start - 60), start)
    if prev is not None and process_head(prev.group(1), heads):
        return True
    nxt = _COORD_NEXT.match(text, end)
    for w in nxt.group(1).split() if nxt else ():
        if w.lower() in FUNCTION_WORDS:
            break
        if process_head(w, heads):
            return True
    return False


def task_role(text: str, start: int, end: int, spans: list[tuple[int, int]], heads: frozenset[str]) -> bool:
    """Whether the phrase at ``start:end`` stands where a task stands: at a sentence's start, after a goal word in
    its clause ("for X", "address X", "improves X"), before a task noun or a verb it is the subject of ("X tasks",
    "X is ..."), or coordinated with another task (:func:`coordinated`).

    >>> t = "It predicts contours through moss center classification. We study moss stage counting."
    >>> [task_role(t, t.index(s), t.index(s) + len(s), [], frozenset())
    ...  for s in ("moss center classification", "moss stage counting")]
    [False, True]
    """
    if _SENTENCE_OPEN.search(text, max(0, start - 3), start):
        return True
    clause = _CLAUSE_BREAK.split(text[max(0, start - 80):start])[-1]
    if _ROLE_BEFORE.search(clause) or _ROLE_AFTER.match(text, end):
        return True
    return coordinated(text, start, end, spans, heads)

