"""Letters an encoding lost: a "?" that stands for one letter inside a word ("Nystr?mformer", "Schr?dinger",
"M?bius" of a text whose o-umlaut a conversion replaced).

A "?" is such a letter when a lower-case letter follows it and a lower-case letter, or a capital that starts the
word, comes before it. A "?" between capitals or after a run of them ("SYNTHIA?Cityscapes", "OpenVINO?format")
stood for an arrow, a mark or a space, and a "?" before a space or a capital ends a question or a word. So did a
"?" after a name written with a capital inside ("PointNet?based", "DeepLab?v2"): the hyphen or dash a converter
lost between a name and the word after it; a letter a conversion lost sits inside a plain word. The
extractor's word checks read such a "?" as a letter, so that no rule cuts a name at it.
"""
from __future__ import annotations

#: The same reading as :func:`lost_letter` (ASCII letters beside it), for the word patterns of the rules; a capital
#: inside the word is looked for among the six letters before the "?" (a lookbehind has a fixed width).
LOST_LETTER_PATTERN = (r"(?:(?<=[a-z])|(?<![^\W\d_][A-Z])(?<=[A-Z]))"
                       + "".join(r"(?<![^\W\d_][A-Z][a-z]{%d})" % n for n in range(1, 7)) + r"\?(?=[a-z])")


def _camel_before(text: str, i: int) -> bool:
    """Whether the run of letters before ``text[i]`` has a capital after a letter ("PointNet", "DeepLab")."""
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return any(text[k].isupper() and text[k - 1].isalpha() for k in range(j + 1, i))


def lost_letter(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a "?" standing for a letter a conversion lost.

    >>> t = "Nystr?mformer, M?bius, SYNTHIA?Cityscapes, OpenVINO?format, why? or x ?y, PointNet?based, DeepLab?v2"
    >>> [t[i - 1:i + 2] for i in range(len(t)) if lost_letter(t, i)]
    ['r?m', 'M?b']
    >>> import re
    >>> [t[m.start() - 1:m.end() + 1] for m in re.finditer(LOST_LETTER_PATTERN, t)]
    ['r?m', 'M?b']
    """
    if text[i] != "?" or i == 0 or i + 1 >= len(text):
        return False
    before, after = text[i - 1], text[i + 1]
    if not ("a" <= after <= "z") or not before.isalpha():
        return False
    if _camel_before(text, i):
        return False  # "PointNet?based": a hyphen after a name
    return before.islower() or i < 2 or not text[i - 2].isalpha()


def word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` is part of a word: a letter or digit (any script: "ö", "é", "ñ"), or a lost letter.

    >>> [word_char("Schr?dinger ö ?", i) for i in (4, 12, 14)]
    [True, True, False]
    """
    c = text[i]
    return c.isalnum() or (c == "?" and lost_letter(text, i))
