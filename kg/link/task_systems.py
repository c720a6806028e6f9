"""A method word after a task's name: a system *for* the task, no evidence that the name is a Method.

"X model", "X framework", "X method" say that X is a Method when X is a name ("the Quokkaformer model"), but a
phrase a task's head word ends ("a story comprehension model", "a programming language correction framework",
"text recognition models") names what the system is for, as "object detection methods" does a real task: the
method word says nothing of the phrase's type (:func:`task_system`). A phrase with the shape of a name keeps the
word's evidence: a capital inside a word or a digit among letters ("SPSA-Tracking", "YOLOv3 detection"), an
acronym ("CTR prediction model": the letters name something the paper writes about), or two words in capitals (a
name the paper gives: "a Real-time Quokka Flow Estimation algorithm"); so does a phrase whose letters stand in
parentheses before the word ("Near-Online Quokka Tracking (NOQT) algorithm": the letters name the system).
"""
from __future__ import annotations

import re

from kg.extract.words import TASK_HEADS
from kg.link.cues import METHOD_WORDS

#: The method words whose evidence a task's head word cancels (the Method type words of :mod:`kg.link.cues`, and
#: the kind nouns a proposal's object ends with: "approach", "system", "strategy", ...).
_METHOD_WORD = (METHOD_WORDS + r"|approach(?:es)?|systems?|strateg(?:y|ies)|techniques?|schemes?|pipelines?"
                r"|procedures?|paradigms?|solutions?|tools?|recipes?|designs?|formulations?")
#: A method word right after the span, past citations only: letters in parentheses between ("Near-Online Quokka
#: Tracking (NOQT) algorithm") name the system, and the phrase with them.
_AFTER = re.compile(r"(?:\s*\[[^\[\]\n]{1,30}\])*[\s\-]+(?:" + _METHOD_WORD + r")\b", re.I)
#: A name's shape: a capital after a small letter, a digit among letters, two capitals in one word ("SPSA", "HOI"),
#: or two words that open with a capital ("a Real-time Quokka Flow Estimation algorithm": a name the paper gives).
_NAME_SHAPE = re.compile(r"[a-z][A-Z]|[A-Za-z]{2}\d|[A-Z]\d|\d[A-Za-z]{2}|[A-Za-z]\d[A-Za-z]|[A-Z][A-Za-z]*[A-Z]"
                         r"|(?<![\w\-])[A-Z].*(?<![\w\-])[A-Z]")


def task_headed(name: str) -> bool:
    """Whether a phrase ends in a task's head word and has no name's shape ("story comprehension", "Text
    recognition"; not "SPSA-Tracking", "CTR prediction", "Quokka Flow Estimation", "query-based detection", "graph
    attention").

    >>> [task_headed(n) for n in ("story comprehension", "Text recognition", "SPSA-Tracking", "CTR prediction")]
    [True, True, False, False]
    >>> task_headed("Real-time Quokka Flow Estimation"), task_headed("Cross-modal retrieval")
    (False, True)

    A "-based" word before the head says how the task is done: the phrase names a way, a family of methods ("a
    query-based detection framework", "texture-based tracking methods"):

    >>> task_headed("query-based detection"), task_headed("query-based")
    (False, False)
    >>> task_headed("graph attention"), task_headed("image super-resolution"), task_headed("")
    (False, True, False)
    """
    words = name.split()
    if not words or _NAME_SHAPE.search(name) or any(w.lower().endswith("-based") for w in words[:-1]):
        return False  # ("query-based detection": a way of detecting, a family of methods)
    return words[-1].lower().rsplit("-", 1)[-1] in TASK_HEADS or words[-1].lower() in TASK_HEADS


def task_system(text: str, start: int, end: int) -> bool:
    """Whether the span ``[start, end)`` names the task of the system a method word after it names: the span is
    :func:`task_headed` and a method word follows it, past citations ("a story comprehension model", "glyph
    recognition [4] methods"; not "the Quokkaformer model", "a graph attention network", "glyph tracking (GT)
    algorithm": the letters name the algorithm).

    >>> t = "We present a story comprehension model; the QuokkaNet detection model; a graph attention network."
    >>> task_system(t, 13, 32), task_system(t, t.index("QuokkaNet"), t.index(" model;", 50))
    (True, False)
    >>> task_system(t, t.index("graph"), t.index(" network")), task_system("text recognition is hard", 0, 16)
    (False, False)
    >>> t = "glyph recognition [4] methods and a glyph tracking (GT) algorithm"
    >>> task_system(t, 0, 17), task_system(t, t.index("glyph tracking"), t.index(" (GT)"))
    (True, False)
    """
    return task_headed(text[start:end]) and _AFTER.match(text, end) is not None
