"""A task phrase written as a step a paper does without, not a problem it works on: "aligns faces without face
detection", "Video Denoising Without Flow Estimation", "without the need for image cropping", "interval estimation
instead of point estimation", "(w/o re-ranking)". The phrase names what the paper's method forgoes or replaces; the
paper neither addresses nor evaluates on it (GUIDELINES.md: a Task is "a research problem or application the paper
addresses or evaluates on"), so it is no Task mention there (:func:`forgone_tasks`).
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.vocab import EntityType as T

#: Words between the cue and the phrase that keep it forgone: an article or "any", and a word saying the step would
#: cost something ("without explicit face recognition", "without any additional optical flow information").
_SPARED = r"(?:(?:the|an?|any|explicit|additional|extra|separate|costly|expensive|manual|prior)\s+){0,2}"
#: Right before a phrase: what says the paper goes without it: "without", "w/o", "instead of", "rather than", or a
#: need that is denied or removed ("without the need for", "no need for", "eliminates the need for"; not a need met:
#: "addresses the need for X" makes X the goal).
_FORGONE_BEFORE = re.compile(
    r"(?:\bwithout(?:\s+the\s+need\s+(?:for|of|to\s+perform))?|(?<![\w/])w/o|\binstead\s+of|\brather\s+than"
    r"|\bno\s+need\s+(?:for|of|to\s+perform)"
    r"|\b(?:eliminat|remov|obviat|avoid|bypass)\w*\s+the\s+need\s+(?:for|of|to\s+perform))\s+" + _SPARED + r"$", re.I)
#: Between a forgone phrase and the next one: "or" (or "nor"), maybe after a comma ("without face detection or
#: landmark localization": both are forgone; "and" may open a clause of its own and is left out).
_FORGONE_OR = re.compile(r"(?:\s*,)?\s+(?:or|nor)\s+" + _SPARED, re.I)
#: A bare comma between two forgone phrases, which joins them only inside a list "or"/"nor" closes (:func:`_joined`).
_FORGONE_COMMA = re.compile(r"\s*,\s+" + _SPARED, re.I)
#: What follows a phrase a bare comma joined: more items of a few words each, then "or"/"nor" ("A, B, C or D").
_LIST_CLOSES = re.compile(r"(?:\s*,\s+(?!and\b)(?:[\w\-/]+\s+){0,4}[\w\-/]+)*(?:\s*,)?\s+(?:or|nor)\s", re.I)
#: The start of a sentence (or of the text) right before a cue: "Without X, ..." opens its sentence.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def forgone_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop the Task candidates written as a step the paper does without (:data:`_FORGONE_BEFORE`), those joined to
    such a one by "or" or inside a list "or" closes (:func:`_joined`), and those inside a dropped one's span (another
    rule's reading of the same words); other candidates stay as they are.

    >>> t = "We align glyphs without glyph detection or stroke localization, and test on glyph parsing."
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), T.TASK, 60, "lexicon")
    ...       for w in ("glyph detection", "stroke localization", "glyph parsing")]
    >>> [t[c.start:c.end] for c in forgone_tasks(t, cs)]
    ['glyph parsing']
    """
    forgone, span, opens = set(), None, False
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if c.type is not T.TASK:
            continue
        cue = _FORGONE_BEFORE.search(text, max(0, c.start - 60), c.start)
        if cue is not None:
            opens = _SENTENCE_START.search(text, max(0, cue.start() - 3), cue.start()) is not None
        elif span is not None and span[0] <= c.start and c.end <= span[1]:
            forgone.add(id(c))  # the same words another rule read: "pose estimation" as a lexicon name and a head
            continue
        if cue is not None or (span is not None and _joined(text, span[1], c, opens)):
            forgone.add(id(c))
            span = (c.start, c.end)
    return [c for c in cands if id(c) not in forgone]


def _joined(text: str, last_end: int, c: Candidate, opens: bool) -> bool:
    """Whether ``c`` is joined to the forgone phrase ending at ``last_end``: by "or"/"nor", or by a bare comma inside
    a list "or"/"nor" closes after ``c`` ("without A, B or C"), unless the cue opened its sentence, where the comma
    ends that opening phrase ("Without face detection, face alignment remains hard")."""
    if c.start < last_end:
        return False
    if _FORGONE_OR.fullmatch(text, last_end, c.start):
        return True
    return not opens and _FORGONE_COMMA.fullmatch(text, last_end, c.start) is not None \
        and _LIST_CLOSES.match(text, c.end) is not None
