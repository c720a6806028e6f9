"""Letters an encoding lost: a "?" that stands for one letter inside a word ("Nystr?mformer", "Schr?dinger",
"M?bius" of a text whose o-umlaut a conversion replaced).

A "?" is such a letter when a lower-case letter follows it and a lower-case letter, or a capital that starts the
word, comes before it. A "?" between capitals or after a run of them ("SYNTHIA?Cityscapes", "OpenVINO?format")
stood for an arrow, a mark or a space, and a "?" before a space or a capital ends a question or a word. The
extractor's word checks read such a "?" as a letter, so that no rule cuts a name at it.
"""
from __future__ import annotations

#: The same reading as :func:`lost_letter` (ASCII letters beside it), for the word patterns of the rules.
LOST_LETTER_PATTERN = r"(?:(?<=[a-z])|(?<![^\W\d_][A-Z])(?<=[A-Z]))\?(?=[a-z])"


def lost_letter(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a "?" standing for a letter a conversion lost.

    >>> t = "Nystr?mformer, M?bius, SYNTHIA?Cityscapes, OpenVINO?format, why? or x ?y"
    >>> [t[i - 1:i + 2] for i in range(len(t)) if lost_letter(t, i)]
    ['r?m', 'M?b']
    """
    if text[i] != "?" or i == 0 or i + 1 >= len(text):
        return False
    before, after = text[i - 1], text[i + 1]
    if not ("a" <= after <= "z") or not before.isalpha():
        return False
    return before.islower() or i < 2 or not text[i - 2].isalpha()


def word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` is part of a word: a letter or digit (any script: "ö", "é", "ñ"), or a lost letter.

    >>> [word_char("Schr?dinger ö ?", i) for i in (4, 12, 14)]
    [True, True, False]
    """
    c = text[i]
    return c.isalnum() or (c == "?" and lost_letter(text, i))
