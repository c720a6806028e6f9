"""The values of a result sentence (step 1 of :mod:`kg.extract.results`) and the :class:`Value` record every step fills.

:func:`values` finds the numbers of a sentence with their units: not inside a name, not a citation, a number cut short
or a dash set off as punctuation; a range written with "to" and one unit is one value. Their kinds (step 3) are
:func:`.value_kinds.kinds`'; :func:`.delta_lists.delta_lists` carries a change on along its list. The regex of "from"
is shared with :mod:`.binding` and :mod:`.value_kinds`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import text_spans


_EXTRA_VALUE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:\s?(?:\+-|±|\+/-)\s?\d+(?:\.\d+)?%?|"
                          r"(?:times)?(?:-{1,2}|–)\d+(?:\.\d+)?times|times\b|"
                          r"\s?(?:GB|MB|TB|ms|mm|cm|GPU hours|[MBKG])(?![\w-])|dB(?![\w-]))")
_UNIT = re.compile(r"\s?(?:(?:mm|cm|GB|MB|dB|times|-fold|fold|billion|million)\b|(?:°|degrees?\b)(?! of freedom))", re.I)
_CITATION = re.compile(r"\[[\d,\s–-]*$")


FROM = re.compile(r"\bfrom\s*$", re.I)
#: a range of figures, no change: "range from A to B", "between A and B", "ranging from (A to B)"
RANGE = re.compile(r"(?:\brang\w*\s+from|\bbetween)\s*\(?\s*$", re.I)


@dataclass
class Value:
    start: int
    end: int
    text: str
    kind: str = "score"
    baseline: str | None = None
    dropped: bool = False
    group: int = -1
    metric: int | None = None
    dataset: int | None = None
    base: "Value | None" = None  # the "from A to B" value A of B
    other: "Value | None" = None  # the figure B this value is compared with ("A compared to B")
    size: bool = False  # a dimension ("640×480"), not a figure at all
    listed: bool = False  # paired with a dataset of a list by position ("A and B ... on X and Y, respectively")
    unnamed: str | None = None  # its own metric, a name kg does not know ("and Distance of Fréchet 8.77"); "?" one
    # kg cannot write out (an entity inside it, or none written: "85.4% (97.6% top-5)")
    over: bool = False  # no one dataset the text names is its: a figure over several at once ("79.3% on several
    # datasets, namely A, B and C"), or on unnamed data a model was tested on ("trained on A and tested on an unseen set")
    mark: bool = False  # a footnote mark ("84.6 F1 score 1 on"), no figure at all
    ours: bool = False  # on the paper's own data, unnamed ("0.485 on our new dataset"): no dataset but the one it introduces
    part: int | None = None  # its place in a name of two joined by "/" the text counts as two ("CNN/Daily Mail ... 72.4%
    # and 75.8% on these two datasets"): the figure is on that part alone


def values(text: str, s0: int, s1: int, spans: list[tuple[int, int]]) -> list[Value]:
    """The sentence's candidate values: numbers outside names and citations, with their units.

    >>> [v.text for v in values("It gets 26mm and 1.42 times [12] on X-50.", 0, 41, [(36, 40)])]
    ['26mm', '1.42 times']
    """
    found = [(m.start(), m.end(), m.group(0)) for m in _EXTRA_VALUE.finditer(text, s0, s1)]
    found += [(m.start(), m.end(), m.group(0)) for m in _GLUED.finditer(text, s0, s1)  # "54.3AP": a metric runs into it
              if any(a == m.end() for a, _ in spans) and not any(a <= m.start() < b for a, b, _ in found)]
    for n in text_spans.number_spans(text, s0, s1):  # "98+-2%", "6--10times": forms the general scanner cuts short
        if not any(a <= n[0] < b or n[0] <= a < n[1] for a, b, _ in found):
            found.append(n)
    found.sort()
    out = []
    for vs, ve, v in found:
        if any(a <= vs < b for a, b in spans) or _CITATION.search(text, max(s0, vs - 12), vs):
            continue
        glued = text[ve:ve + 1].isalpha() and any(a == ve for a, _ in spans)  # "54.3AP"
        if text[ve:ve + 1] == "]" or (text[ve:ve + 1].isalnum() and not glued) \
                or (text[ve:ve + 1] == "." and text[ve + 1:ve + 2].isdigit()) or _SPLIT_FIGURE.match(text, vs, ve + 3):
            continue  # a citation, or a number cut short ("25" of "25.8GB", "90" of "90. 25" split by a line break)
        m = _UNIT.match(text, ve, s1)
        if m and not v[-1:].isalpha():
            ve, v = m.end(), text[vs:m.end()]
        if _punct_dash(text, vs, v, s0, s1):
            vs, v = vs + 1, v[1:]  # "modelling -0.97 bpc on A -and ...": a dash set off as punctuation, no minus
        if (two := _MIXED_RANGE.fullmatch(v)) is not None:  # "82.0%-76.9": two figures, no range
            out += [Value(vs, vs + two.end(1), two.group(1)), Value(vs + two.start(2), ve, two.group(2))]
            continue
        out.append(Value(vs, ve, v))
    return _join_ranges(text, out, s0)


#: a bare number, and the word between the two ends of a range written out: "22 to 40 FPS"
_BARE = re.compile(r"\d+(?:\.\d+)?")
_RANGE_TO = re.compile(r"\s+to\s+")


def _join_ranges(text: str, vals: list[Value], s0: int) -> list[Value]:
    """A range written with "to" and one unit at its end ("runs at 22 to 40 FPS", "3 to 5 ms") as one value, as
    "22-40 FPS" is: a bare number A, then "to" and a larger B with its unit, not after "from" (unless a range's
    "ranging from"): "improves it from 22 to 40 FPS" is a change, "cuts the latency 30 to 12 ms" is no range."""
    out: list[Value] = []
    for v in vals:
        a = out[-1] if out else None
        b = _BARE.match(v.text)  # (not a signed B: "-3%")
        if a is not None and b is not None and _BARE.fullmatch(a.text) and value_unit(v.text) \
                and _RANGE_TO.fullmatch(text, a.end, v.start) and float(a.text) < float(b.group()) \
                and (not FROM.search(text, max(s0, a.start - 12), a.start)
                     or RANGE.search(text, max(s0, a.start - 25), a.start)):
            out[-1] = Value(a.start, v.end, text[a.start:v.end])
            continue
        out.append(v)
    return out


_GLUED = re.compile(r"(?<![\w.+-])\d+(?:\.\d+)?(?=[A-Za-z])")
#: a whole number cut at a line break inside its figure: "90. 25" (the sentence splitter ends a sentence there)
_SPLIT_FIGURE = re.compile(r"\d+\. \d")
#: two figures joined by a dash that cannot be a range, one a percentage and one not: "(MASS: 86.2%-81.7)"
_MIXED_RANGE = re.compile(r"(\d+(?:\.\d+)?%)\s?[-–]\s?(\d+(?:\.\d+)?)")


#: a dash the sentence sets off as punctuation: a space before it and a word right after (" -and", " – but")
_DASH_WORD = re.compile(r"\s[-–−]\s?[A-Za-z]")
#: a word that may introduce a signed figure ("of -0.3", "from -1.2", "= -4")
_SIGN_LEAD = re.compile(r"(?:\b(?:of|is|was|are|were|be|to|from|at|by|and|or|than|between|reaches|achieves)|[=:(\[,])\s*$", re.I)


def _punct_dash(text: str, vs: int, v: str, s0: int, s1: int) -> bool:
    """The value's leading minus is a dash used as punctuation: it follows a space after a word that does not
    introduce a figure, in a sentence that sets other dashes off the same way ("achieving state-of-the-art
    results in language modelling -0.97 bpc on A -and word-level ... -17.1 perplexity on B")."""
    if v[:1] not in "-–−" or not text[vs - 1:vs].isspace() or _SIGN_LEAD.search(text, max(s0, vs - 12), vs):
        return False
    return any(m.start() + 1 != vs for m in _DASH_WORD.finditer(text, s0, s1))


def value_unit(value: str) -> str:
    """What a value is written in: "%", a unit ("FPS", "M"), or nothing."""
    return _NOT_UNIT.sub("", value).lower()


#: what is no unit in a value: its digits, signs and spaces, and a range's "to" ("22 to 40 FPS": "fps")
_NOT_UNIT = re.compile(r"\sto\s|[\d.,+\-\s]")


