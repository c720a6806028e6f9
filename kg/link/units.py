"""A name written right after a quantity is a unit of measure, not a technique.

"searched in 0.4 GPU-days", "80.1% with only 491 MFLOPs": a number that counts or measures stands before the unit
it counts in. A Method is "a model, architecture, algorithm, loss, training or inference technique"
(GUIDELINES.md); a unit is none of these, and no paper writes a technique's name right after a bare quantity. A
mention typed by its shape only that a quantity precedes (:func:`after_quantity`) votes ``unit`` (no weight:
:data:`kg.link.types.KIND_WEIGHT`); the graph leaves out a Method that most of its mentions write so and that
nothing names a method (:func:`kg.graph.method_kinds.unit_kind`).

A number is a quantity when it is written as one: digits, a decimal part perhaps, after a lower-case word, a
punctuation mark, a capitalised function word ("In 8 GPU-days") or the start of the text. A number after another
capitalised word belongs to a name ("D 2 Conv3D", "ODE 2 VAE": superscripts the PDF flattened), and a year to a
date or an edition ("BRATS 2013 SegAN").
"""
from __future__ import annotations

import re

from kg.link.normalize import FUNCTION_WORDS

#: A numeral that ends the text before a name, one space or more between them, and the word before it, if any.
_NUMBER_BEFORE = re.compile(r"(?:(?P<word>[A-Za-z][\w\-]*)\s+|(?<=[(~\[<>=,;:]))?(?P<num>\d+(?:\.\d+)?)\s+$")
#: How far before a name the numeral and its word are looked for.
_WINDOW = 40
#: Years: an edition or a date, not a quantity.
_YEAR = re.compile(r"(?:19|20)\d\d")


def after_quantity(text: str, start: int) -> bool:
    """Whether a quantity stands right before the name that starts at ``start`` ("0.4 GPU-days", "491 MFLOPs"),
    not a number of a name ("D 2 Conv3D") nor a year ("BRATS 2013 SegAN").

    >>> t = "In 8 QPU-days, with only 491 KFLOPz (~3 QPU-days); D 2 Conv3D; ODE 2 VAE; BRATS 2013 SegAN; ResNet50 Foo"
    >>> [after_quantity(t, t.index(w)) for w in ("QPU-days,", "KFLOPz", "QPU-days)", "Conv3D", "VAE", "SegAN", "Foo")]
    [True, True, True, False, False, False, False]
    >>> t = "We test on SupercalifragilisticexpialidociousBenchmarkSuite 2 FooNet"
    >>> after_quantity(t, t.index("FooNet"))  # a long name the window cuts to "...istic...Suite": not read
    False
    """
    before = text[max(0, start - _WINDOW):start]
    m = _NUMBER_BEFORE.search(before)
    if m is None or _YEAR.fullmatch(m.group("num")):
        return False
    word = m.group("word")
    if word is not None and m.start("word") == 0 and start - len(before) > 0:
        return False  # the word was cut by the window ("...geNet 2 FooNet"): not read
    if word is None:  # the numeral opens the window: what stands before it?
        if m.start("num") == 0 and start - len(before) > 0:
            return False  # (cut off by the window: a long number, unread)
        return m.start("num") == 0 or before[m.start("num") - 1] in "(~[<>=,;:"
    return word[0].islower() or word.lower() in FUNCTION_WORDS  # ("a 7 DoF arm", "In 8 GPU-days"; not "D 2")
