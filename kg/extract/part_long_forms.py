"""A lower-case long form that names a process, defined right before the part that does it ("a location glyph
prediction (LGP) network", "the shelf detection (SD) branch"): the part is what the paper built and its acronym names,
so the name runs on to the part noun after the bracket; "glyph prediction" alone is the task, no method.
"""
from __future__ import annotations

from kg.extract.head_phrases import TECHNIQUE_TASK_HEADS
from kg.extract.long_form_words import PART_NOUNS, last_part
from kg.extract.words import TASK_HEADS

#: Nouns of a part of a system, after an acronym's bracket: the thing the long form before it names (the linker's
#: :data:`~kg.extract.long_form_words.PART_NOUNS` and the parts that do a task: a "model", a "branch", an "encoder";
#: not its wider ``names_a_part``, whose "loss" or "method" a process is no part of).
PART_NOUNS_AFTER = PART_NOUNS | {"branch", "head", "subnetwork", "model", "encoder", "decoder", "estimator",
                                 "classifier", "predictor", "generator"}


def process_before_part(long_text: str, word: str) -> bool:
    """Whether ``long_text``, in lower case, ends in a task's process noun and ``word`` (the word after its acronym's
    bracket, lower case) is a part of a system (:data:`PART_NOUNS_AFTER`): the part is the name. Not a head that more
    often names a technique (:data:`~kg.extract.head_phrases.TECHNIQUE_TASK_HEADS`: "adversarially learned inference
    (ALI) model" is the method's own name).

    >>> process_before_part("location glyph prediction", "network"), process_before_part("Glyph Prediction", "network")
    (True, False)
    >>> process_before_part("glyph embedding", "network"), process_before_part("glyph prediction", "task")
    (False, False)
    >>> process_before_part("adversarially learned glyph inference", "model"), process_before_part("", "network")
    (False, False)
    >>> process_before_part("Shelf-gap detection", "network"), process_before_part("glyph prediction", "networks")
    (True, False)

    A plural names the kind of system that does the task, not a part the paper built: "session-based glyph
    recommendation (SGR) models" are the task's models.
    """
    if not long_text or not (long_text[:1].lower() + long_text[1:]).islower():  # (a sentence's first capital)
        return False
    head = last_part(long_text)
    return head in TASK_HEADS and head not in TECHNIQUE_TASK_HEADS and word in PART_NOUNS_AFTER
