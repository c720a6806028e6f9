"""Numbers that are part of a name, no figure (:func:`name_part`): a name's piece ("Top-2 accuracy"), a version after a
name ("Foo-Bar 2.0 reaches"), an index of a metric ("level 2 AP"), a metric name's exponent ("MR -2") and a power of
ten set off by the text ("10 4 GPU hours").
"""
from __future__ import annotations

import re

from kg.extract.results.changes import metric_next
from kg.extract.results.metric_names import known_metric
from kg.extract.results.values import Value


#: a name's short piece and a hyphen right before a number ("Top-2", "BC-190-40"), and a number of such pieces
_NAME_PIECE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,4}-$")
_PIECE_NUMBER = re.compile(r"\d+(?:-\d+)*")
#: a version's shape ("2.0", "3.5"), and the word right before it that has a name's shape ("Foo-Bar", "QuuxNet":
#: a capital or a hyphen inside), ending on a letter (not "FooSet-10 2.9", a name with its own number)
_VERSION = re.compile(r"\d\.\d")
_NAME_WORD = re.compile(r"(?<!\S)(?=\S*(?:[a-z][A-Z]|[A-Za-z]-[A-Za-z]))\S*[A-Za-z] $")
#: a percent sign right after a value (a space may sit between): "2.5 %"
_PERCENT_AFTER = re.compile(r"\s?%")
#: an index word before a number: "top 5 error", "level 2 AP" (the number picks a setting of the metric after it)
_INDEX_WORD = re.compile(r"\b(?:top|level|rank|tier)\s$", re.I)
#: "10 4 GPU hours": the power 10^4 with its exponent set off by the PDF's text, no figure of 10 nor of 4
_POWER_BASE = re.compile(r"(?<![\w.])10\s$")
_EXPONENT = re.compile(r"\s[-−]?\d{1,2}(?![\d.,])")
#: an exponent as a value, maybe with its unit ("4", "4 GPU hours", "-3")
_EXPONENT_VALUE = re.compile(r"[-−]?\d{1,2}(?:\s?[A-Za-z][\w ]*)?")


def name_part(text: str, v: Value, s0: int, spans: list[tuple[int, int]]) -> bool:
    """A number that is part of a name: "Top-2 accuracy" (a setting, not a score of 2), "AMR 2.0 (" (a
    version right after a name, with no unit or metric after it), "Foo-Bar 2.0 reaches" (a version after a
    word of a name's shape), "level 2 AP" (an index of its metric) or "10 4" (a power of ten)."""
    if _NAME_PIECE.search(text, max(s0, v.start - 6), v.start) and _PIECE_NUMBER.fullmatch(v.text):
        return True
    if re.fullmatch(r"[-−]\d", v.text) and any(b == v.start - 1 for _, b in spans) and text[v.start - 1] == " ":
        return True  # "43.9% MR -2": the exponent of a metric's name ("MR^-2"), set off by a space
    if re.fullmatch(r"\d{1,2}\.\d", v.text) and text[v.start - 1:v.start] == " " \
            and any(b == v.start - 1 for _, b in spans) and not re.match(r"\s?(?:%|[A-Za-z])", text[v.end:v.end + 2]):
        return True
    return _version(text, v, s0) or _index(text, v, s0) or _power(text, v, s0)


def _version(text: str, v: Value, s0: int) -> bool:
    """ "Foo-Bar 2.0 not only reaches": a version right after a word of a name's shape that is no metric,
    with no unit or metric after it ("QuuxNet 2.5 BLEU" is a score)."""
    m = _VERSION.fullmatch(v.text) and _NAME_WORD.search(text, max(s0, v.start - 40), v.start)
    if not m or known_metric(m.group(0).strip(" ([,;:")) or _PERCENT_AFTER.match(text, v.end):
        return False
    return not metric_next(text, v.end)


def _index(text: str, v: Value, s0: int) -> bool:
    """ "a top 5 error rate", "83.8 level 1 AP": a whole number between an index word and a metric (up to
    three words of it) picks the metric's setting; it is no score."""
    if not v.text.isdigit() or not _INDEX_WORD.search(text, max(s0, v.start - 8), v.start):
        return False
    words = text[v.end:v.end + 60].split()[:3]
    return opens_on_metric(words, ",.;:()")


def opens_on_metric(words: list[str], strip: str = "") -> bool:
    """Whether ``words`` open on a metric kg knows (:func:`metric_names.known_metric`), one word or more; ``strip``: the
    characters to strip around them first."""
    return any(known_metric(" ".join(words[:k]).strip(strip)) for k in range(1, len(words) + 1))


def _power(text: str, v: Value, s0: int) -> bool:
    """ "10 4 GPU hours", "1.2 x 10 -3": a power of ten whose exponent the text sets off by a space; neither the
    ten nor the exponent is a figure."""
    if v.text == "10" and _EXPONENT.match(text, v.end):
        return True
    return _EXPONENT_VALUE.fullmatch(v.text) is not None \
        and _POWER_BASE.search(text, max(s0, v.start - 4), v.start) is not None
