"""A name after a value's "on" that is what a task works on, not data ("on Human-Object Interaction recognition"):
capitalised ordinary words, each of which modifies Task lexicon names, then the task's head in lower case. A coined
name ("QuokSet"), a hyphenated name of words no task is named by ("Something-Else"), or a lexicon Dataset ("Stanford
Cars") stays data before a task's head. Asked by :func:`kg.extract.results.value_data._on_value_name`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.words import TASK_HEADS
from kg.vocab import EntityType as T

#: A name of ordinary words only, each capitalised and in lower case after its capital ("Human-Object Interaction").
_PLAIN_WORDS = re.compile(r"[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)*")
#: A lower-case word right after a name, maybe hyphenated ("recognition", "action", "super-resolution").
_WORD_AFTER = re.compile(r"\s+([a-z]+(?:-[a-z]+)?)\b(?!-)")


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    """The words that modify a head in the shipped Task lexicon (:func:`kg.extract.context.tasks.task_modifier_words`)."""
    from kg.extract.context.tasks import task_modifier_words  # noqa: PLC0415
    from kg.extract.lexicon_data import entry_names  # noqa: PLC0415

    return task_modifier_words(entry_names([T.TASK]))


def task_object(text: str, s: int, e: int) -> bool:
    """Whether the name at ``text[s:e]`` is written in capitalised ordinary words that each modify Task lexicon names,
    is no lexicon Dataset, and a task's head follows it (maybe after one more such word): it names what the task works
    on, not a data set.

    >>> t = "on Hand-Object Contact recognition, on Hand Pose action recognition and on QuokSet segmentation"
    >>> task_object(t, 3, 22), task_object(t, t.index("Hand Pose"), t.index(" action"))
    (True, True)
    >>> task_object(t, t.index("QuokSet"), t.index(" segm"))
    False
    >>> t = "on Something-Else recognition"; task_object(t, 3, 17)
    False
    """
    if _PLAIN_WORDS.fullmatch(text, s, e) is None or not _head_follows(text, e):
        return False
    modifiers = _modifiers()
    if not all(w in modifiers for w in re.split(r"[\s\-]+", text[s:e].lower())):
        return False  # "Something-Else": words no task is named by, a name of its own
    from kg.extract.lexicon_data import known_entry  # noqa: PLC0415

    known = known_entry(text[s:e])
    return known is None or known[0] is not T.DATASET


def _head_follows(text: str, e: int) -> bool:
    """Whether a task's head follows ``e``, right after it or after one lower-case word that modifies Task lexicon
    names ("action recognition")."""
    first = _WORD_AFTER.match(text, e)
    if first is None or first.group(1) in TASK_HEADS:
        return first is not None
    second = _WORD_AFTER.match(text, first.end())
    return first.group(1) in _modifiers() and second is not None and second.group(1) in TASK_HEADS
