"""Spans of plain text found by light regexes, no model: sentences (:func:`sentences`, :func:`sentence_of`), numbers
as written (:func:`number_spans`) and numbered citation brackets (:data:`CITATION_BRACKET`); and regex scans tried only
where a match can begin (:func:`matches_at`, :func:`tail_matches`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from math import inf


#: a numbered citation bracket: "[3]", "[17,18]", "[4, 64]", "[5-7]" (a pattern to build others with)
CITATION_BRACKET = r"\[\d+(?:\s*[,–-]\s*\d+)*\]"


_SENT_START = r"[A-Z0-9(\"']"
#: The breaks ``sentences`` cuts at: . ! ? with white space holding a line break, or with white space and then
#: a sentence start; or a line break.
#: Written to begin with one character class, which the regex engine scans for quickly (the same matches as
#: ``[.!?](?:\s*\n\s*|[^\S\n]+(?=START))|\n\s*``, at under half the cost).
_SENT_CUT = re.compile(r"[.!?\n](?:(?<=\n)\s*|(?<!\n)(?:\s*\n\s*|[^\S\n]+(?=" + _SENT_START + r")))")


#: abbreviations a sentence goes on after: "vs.", "v.s.", "e.g.", "i.e.", "cf.", "approx."
_NO_STOP = re.compile(r"(?<![\w.])(?:vs|v\.s|e\.g|i\.e|cf|approx)\.$", re.I)


#: a "?" between two figures: a lost "×" ("128 ? 128"), no question's end
_LOST_TIMES = re.compile(r"(?:\d\s|.\d)\?\s+\d")


def abbreviation_stop(text: str, i: int) -> bool:
    """Whether the "." right before ``i`` is an abbreviation's ("e.g.", "vs.", "cf."), not a sentence's end.

    >>> t = "A vs. B, e.g. C. Done."
    >>> [abbreviation_stop(t, t.index(w) + len(w)) for w in ("vs.", "e.g.", "C.", "Done.")]
    [True, True, False, False]
    """
    return _NO_STOP.search(text, max(0, i - 8), i) is not None


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by a light regex (no model): split at . ! ? followed by space and a capital,
    and at line breaks (the title is the doc's first line).

    >>> t = "We use a CNN. It has 3.5M weights.\\nNext line"
    >>> [t[a:b] for a, b in sentences(t)]
    ['We use a CNN.', 'It has 3.5M weights.', 'Next line']
    >>> t = "It uses 64 ? 64 crops. Why? 3 reasons."
    >>> [t[a:b] for a, b in sentences(t)]
    ['It uses 64 ? 64 crops.', 'Why?', '3 reasons.']
    """
    out = []
    start = 0
    for m in _SENT_CUT.finditer(text):
        if text[m.start()] == "." and abbreviation_stop(text, m.start() + 1):
            continue  # "(88.6% vs. 60.9%)", "e.g. 89.1%": an abbreviation, not a sentence's end
        if text[m.start()] == "?" and _LOST_TIMES.match(text, max(0, m.start() - 2), m.end() + 1):
            continue  # "ImageNet 128 ? 128": a multiplication sign the PDF's text lost, between two figures
        cut = m.start() + (0 if text[m.start()] == "\n" else 1)
        if cut > start:
            out.append((start, cut))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def sentence_of(sents: list[tuple[int, int]], pos: int, default: tuple[int, int]) -> tuple[int, int]:
    """The sentence holding ``pos`` (``sents`` sorted and disjoint, as :func:`sentences` gives)."""
    i = bisect_right(sents, (pos, inf)) - 1  # the last sentence starting at or before pos
    return sents[i] if i >= 0 and pos < sents[i][1] else default


def matches_at(pattern: re.Pattern, text: str, starts: list[int] | None):
    """The matches of ``pattern.finditer(text)``, tried only at ``starts`` (sorted offsets that hold
    every place a match can begin); all of ``finditer`` when ``starts`` is None."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m:
            end = m.end()
            yield m


def tail_matches(pattern: re.Pattern, text: str, lo: int, hi: int, n: int, near: int) -> list[re.Match]:
    """``list(pattern.finditer(text, lo, hi))``, of which only the last ``n`` are wanted, read from
    ``hi - near`` first. For a pattern of tokens (whose matches after the first do not depend on where
    the scan starts) a nearer start changes only its first match, which may be cut; so the near
    stretch is enough when it holds more than ``n`` matches, else the whole range is read."""
    start = max(lo, hi - near)
    ms = list(pattern.finditer(text, start, hi))
    if start > lo and len(ms) <= n:
        ms = list(pattern.finditer(text, lo, hi))
    return ms


_NUMBER_REST = r"(?:[.,]\d+)?\s?(?:%|x|×|fps|FPS|ms|s|M|B|K|G|points?|pp)?\+?"
_ONE_NUMBER = r"[-+]?\d+" + _NUMBER_REST
#: a number as written, or a range of two ("20x-200x", "6--10x", "66%-to-75%"), not after a word character
#: or a dot. Written to begin with one character class, which the regex engine scans for quickly: the first
#: character, then the look-behind (at the character before it) and the rest of "[-+]?\d+" (the same
#: matches as ``(?=[-+\d])(?<![\w.])(ONE(?:...ONE)?)(?![\w])``).
_NUMBER = re.compile(
    r"([-+\d](?<![\w.][-+\d])(?:(?<=\d)\d*|(?<=[-+])\d+)" + _NUMBER_REST
    + r"(?:\s?(?:-{1,2}|–|—|-to-)\s?" + _ONE_NUMBER + r")?)(?![\w])"
)


_YEAR = re.compile(r"(?:19|20)\d\d")


def number_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Numeric values as written ("80.4%", "101 FPS", "2.5x") in ``text[start:end]``, as
    ``(start, end, value)``; years left out.

    >>> number_spans("79.4% mIoU at 101 FPS in 2021, 2.5x faster, 20x-200x fewer")
    [(0, 5, '79.4%'), (14, 21, '101 FPS'), (31, 35, '2.5x'), (44, 52, '20x-200x')]
    """
    out = []
    for m in _NUMBER.finditer(text, start, len(text) if end is None else end):
        v = m.group(1).strip()
        if _YEAR.fullmatch(v):
            continue
        out.append((m.start(1), m.start(1) + len(v), v))
    return out
