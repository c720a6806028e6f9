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
#: Between a forgone phrase and the next one: "or" (or "nor"), maybe after a comma, or a comma alone ("without face
#: detection or landmark localization": both are forgone; "and" may open a clause of its own and is left out).
_FORGONE_OR = re.compile(r"(?:\s*,)?\s+(?:or|nor)\s+" + _SPARED + r"|\s*,\s+" + _SPARED, re.I)


def forgone_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop the Task candidates written as a step the paper does without (:data:`_FORGONE_BEFORE`), and those
    joined to such a one by "or" or a comma (:data:`_FORGONE_OR`); other candidates stay as they are.

    >>> t = "We align glyphs without glyph detection or stroke localization, and test on glyph parsing."
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), T.TASK, 60, "lexicon")
    ...       for w in ("glyph detection", "stroke localization", "glyph parsing")]
    >>> [t[c.start:c.end] for c in forgone_tasks(t, cs)]
    ['glyph parsing']
    """
    forgone, last_end = set(), -1
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if c.type is T.TASK and (_FORGONE_BEFORE.search(text, max(0, c.start - 60), c.start)
                                 or (last_end >= 0 and _FORGONE_OR.fullmatch(text, last_end, c.start))):
            forgone.add(id(c))
            last_end = c.end
    return [c for c in cands if id(c) not in forgone]
