"""Task head words written with a slip ("classication", "segmetnation", "sumarization"), read as the head they
miss for typing a long form only (:func:`kg.extract.head_phrases.type_of_long_form`): "Fine-grained visual
classication (FGVC)" names a task like its well-spelt form, not a technique.

A word is such a slip of a task head when it is no word kg knows otherwise (the words of the shipped lexicons' names,
the everyday English and verb lists), begins with the head's first two letters and ends with its last three (the
ending that makes it a process noun), and is the head with a letter left out (eight letters or more), two left out
(ten or more), or two neighbours swapped: slips of the hand, where another word differs in letters of its own
("compaction" is no "completion"). Inflections ("detections", "predicting") and other words of the
same family ("detector") are no slips: they are words of their own, or they change the ending.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.words import TASK_HEADS


def _slip(word: str, head: str, limit: int) -> bool:
    """Whether ``word`` is ``head`` with up to ``limit`` letters left out ("classication", "denosing") or two
    neighbours swapped ("segmetnation"): the slips of a hand, not another word's letters ("compaction")."""
    if len(word) == len(head):
        diff = [i for i in range(len(word)) if word[i] != head[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == head[diff[1]] \
            and word[diff[1]] == head[diff[0]]
    if not 0 < len(head) - len(word) <= limit:
        return False
    letters = iter(head)
    return all(c in letters for c in word)  # the word's letters in the head's order


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """The words kg knows: the words of the shipped lexicons' names, the everyday English and the verb lists."""
    from kg.extract.lexicon_data import lexicon_names  # noqa: PLC0415
    from kg.extract.ordinary_words import load_words  # noqa: PLC0415

    words = set(load_words()) | load_words("verb_words.txt")
    for name in lexicon_names():
        words.update(re.findall(r"[a-z]+", name.lower()))
    return frozenset(words)


@lru_cache(maxsize=4096)
def slipped_task_head(word: str) -> str | None:
    """The task head word (:data:`kg.extract.words.TASK_HEADS`) that ``word`` (lower case) is a slip of, or None; a
    plural is read by its singular ("classications": a plural slip is as common as a singular one).

    >>> [slipped_task_head(w) for w in ("classication", "classications", "compresion", "detections")]
    ['classification', 'classification', 'compression', None]
    """
    if word.endswith("s") and not word.endswith("ss") and word[:-1] not in TASK_HEADS:
        found = slipped_task_head(word[:-1])
        if found is not None:
            return found
    if len(word) < 7 or word in TASK_HEADS or not word.isalpha():
        return None
    for head in TASK_HEADS:
        limit = 2 if len(head) >= 10 else 1 if len(head) >= 8 else 0
        if limit and word[:2] == head[:2] and word[-3:] == head[-3:] and _slip(word, head, limit):
            return head if word not in _known_words() else None
    return None


def misspelt_task_head(word: str) -> bool:
    """Whether ``word`` (lower case) is a slip of a task head word (:func:`slipped_task_head`).

    >>> [misspelt_task_head(w) for w in ("classication", "segmetnation", "sumarization", "classification")]
    [True, True, True, False]
    >>> [misspelt_task_head(w) for w in ("detections", "detector", "transition", "compaction", "transaction")]
    [False, False, False, False, False]
    >>> misspelt_task_head("classications")
    True
    """
    return slipped_task_head(word) is not None
