"""A dataset's variants written as a slashed list of their numbers after its first name: "CIFAR-10/100" names
CIFAR-10 and CIFAR-100, "MOT15/16/17" MOT15, MOT16 and MOT17, "DAVIS 2016/2017" two editions, "ActivityNet
v1.2/v1.3" two versions. Each number after a slash is a mention of its own (its span the number, its name the
first name's stem with it; rule "version", as :func:`~kg.extract.dataset_bounds.elided_dataset_heads` reads
"English-to-German" after "WMT'14 English-to-French"). Small letters after the last number are shared by the
list: "WSJ0-2/3mix" is WSJ0-2mix and WSJ0-3mix, so the first name is not cut before them and "3mix" is no name.
A braced list of numbers after a stem, "CIFAR-{10, 100}", names its variants the same way, each number a mention.
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.vocab import EntityType as T

#: the number a dataset's name ends in (a size, a year, a version "v1.2"; group 2) after its stem (group 1),
#: small letters after it (group 3: "2mix" of "WSJ0-2mix")
_LAST_NUMBER = re.compile(r"(.*?[^\d.v])(v?\d+(?:\.\d+)?)([a-z]*)$")
#: a slash and the next variant's number alone, with the stem's hyphen perhaps repeated ("/100", "/-100", "/v1.3",
#: "/3mix"; group 1 the number, group 2 its small letters), not a word, a decimal or a percent going on after it
#: ("CIFAR-10/20% labels": a share of the labels, no CIFAR-20)
_NEXT_NUMBER = re.compile(r"/-?(v?\d+(?:\.\d+)?)([a-z]*)(?![\w+\-%]|\.\d)")
#: a year (whose two last digits may stand for a later year after the slash: "VOT2018/19")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _tails(text: str, at: int) -> list[tuple[int, int, str, str]]:
    """The numbers listed by slashes from ``at`` on: each one's span, number and small letters."""
    out = []
    while (m := _NEXT_NUMBER.match(text, at)) is not None:
        out.append((m.start(1), m.end(), m.group(1), m.group(2)))
        at = m.end()
    return out


def _variants(text: str, c: Candidate) -> tuple[str | None, list[Candidate]]:
    """The name of ``c`` with the letters its list shares (None when it has none to add) and the candidates of the
    variants listed after it by slashes ([] when none is, when the letters are no one list's, "Foo-2/3k/4m", or
    when a number is not above the one before it, "CIFAR-100/20", "Foo-10/1")."""
    head = _LAST_NUMBER.match(text, c.start, c.end)
    tails = _tails(text, c.end) if head is not None else []
    if not tails:
        return None, []
    stem, number, letters = head.groups()
    shared = tails[-1][3] if not letters and all(not t[3] for t in tails[:-1]) else None
    if not shared and any(t[3] != letters for t in tails):
        return None, []
    out, last = [], number
    for s, e, tail, _ in tails:
        if _YEAR.fullmatch(number) and len(tail) == 2:
            tail = number[:2] + tail  # "2018/19": 2019
        elif number.startswith("v") and not tail.startswith("v"):
            tail = "v" + tail  # "v1.2/1.3": v1.3
        if float(tail.lstrip("v")) <= float(last.lstrip("v")):
            return None, []  # variants are listed upwards: "CIFAR-100/20" is CIFAR-100's 20 classes, not a list
        out.append(Candidate(s, e, T.DATASET, c.priority, "version", stem + tail + (shared or letters)))
        last = tail
    return (text[c.start:c.end] + shared if shared else None), out


def _taken(cands: list[Candidate], c: Candidate, more: list[Candidate]) -> bool:
    """Whether another candidate than a Dataset's guess lies on the numbers listed after ``c`` (they are its)."""
    return any(o is not c and o.start < more[-1].end and more[0].start < o.end and o.type is not T.DATASET
               for o in cands)


def slashed_variants(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each dataset's variants listed after it by slashes added, a Dataset candidate inside
    them dropped ("3mix" of "WSJ0-2/3mix", a data word's guess), and the first name given the small letters the
    list shares.

    >>> t = "on the WSJ0-2/3mix sets, CIFAR-10/100, MOT15/16/17 and VOT2018/19; 92.1/93.4 on Foo-10/1."
    >>> at = lambda w, r="lexicon": Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 60, r)
    >>> cs = [at("WSJ0-2", "name"), at("3mix", "dataset-context"), at("CIFAR-10"), at("MOT15"), at("VOT2018"),
    ...       at("Foo-10")]
    >>> [(t[c.start:c.end], c.canonical) for c in slashed_variants(t, cs)]  # doctest: +NORMALIZE_WHITESPACE
    [('WSJ0-2', 'WSJ0-2mix'), ('3mix', 'WSJ0-3mix'), ('CIFAR-10', None), ('100', 'CIFAR-100'), ('MOT15', None),
     ('16', 'MOT16'), ('17', 'MOT17'), ('VOT2018', None), ('19', 'VOT2019'), ('Foo-10', None)]
    """
    out: list[Candidate] = []
    made: list[tuple[int, int]] = []
    for c in cands:
        own, more = _variants(text, c) if c.type is T.DATASET else (None, [])
        if more and _taken(cands, c, more):
            own, more = None, []
        out.append(c._replace(canonical=own, rule="version") if own else c)
        out.extend(more)
        made.extend((m.start, m.end) for m in more)
    return _without_inside(out, made)


def _without_inside(cands: list[Candidate], made: list[tuple[int, int]]) -> list[Candidate]:
    """The candidates without a Dataset guess inside the spans of the variants ``made`` (the variants kept)."""
    if not made:
        return cands
    return [c for c in cands if c.rule == "version" or not (
        c.type is T.DATASET and any(s <= c.start and c.end <= e for s, e in made))]


#: A braced list of a dataset's variant numbers written onto its stem: "{10, 100}" of "CIFAR-{10, 100}".
_BRACED = re.compile(r"\{\s*v?\d+(?:\.\d+)?(?:\s*,\s*v?\d+(?:\.\d+)?)+\s*\}")
#: One number of a braced list.
_BRACED_NUMBER = re.compile(r"v?\d+(?:\.\d+)?")


def _braced(text: str, c: Candidate) -> list[Candidate]:
    """The variants a Dataset candidate's braced list of numbers names ([] when it has none): each number's span,
    named by the stem written before the brace with it ("CIFAR-{10, 100}": CIFAR-10 and CIFAR-100)."""
    brace = text.find("{", c.start, c.end + 1) if c.type is T.DATASET else -1
    m = _BRACED.match(text, brace) if brace > c.start else None
    stem = text[c.start:brace]
    if m is None or c.end > m.end() or stem != stem.rstrip():
        return []
    return [Candidate(n.start(), n.end(), T.DATASET, c.priority, "version", stem + n.group(0))
            for n in _BRACED_NUMBER.finditer(text, m.start(), m.end())]


def braced_variants(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with a dataset written with a braced list of its variants' numbers ("CIFAR-{10, 100}", which
    a list rule reads as far as the first number, "CIFAR-{10") replaced by its variants, each the span of its number
    named by the stem with it, as :func:`slashed_variants` names them; a Dataset candidate inside the braces
    dropped.

    >>> t = "on CIFAR-{10, 100} and Foo-{2} sets"
    >>> cs = [Candidate(3, 12, T.DATASET, 60, "list"), Candidate(14, 17, T.DATASET, 60, "name"),
    ...       Candidate(23, 30, T.DATASET, 60, "list")]
    >>> [(t[c.start:c.end], c.canonical) for c in braced_variants(t, cs)]
    [('10', 'CIFAR-10'), ('100', 'CIFAR-100'), ('Foo-{2}', None)]
    """
    if "{" not in text:
        return cands
    out: list[Candidate] = []
    made: list[tuple[int, int]] = []
    for c in cands:
        more = _braced(text, c)
        out.extend(more or [c])
        if more:
            made.append((c.start, more[-1].end))
    return _without_inside(out, made)
