"""A capitalised word that leads a name found by its shape: "Faster RCNN" is Faster R-CNN, not R-CNN.

The shape rule (:func:`kg.extract.rules.name_candidates`) starts a name at its first word with a name's shape
(inner capitals, all capitals, letters with digits); a plain capitalised word before it ("Faster", "Cascade",
"Oxford") has no such shape, so the rule cuts the name to its last piece, which links to another thing (R-CNN, of
which Faster R-CNN is a version) or splits one thing over two nodes. The word leads the name when the lexicon knows
the two as one name, compared as the linker compares names (case, hyphens, spaces, plurals and a trailing kind word
aside: "Faster RCNN" = "Faster R-CNN"), the word adds to that name (a leading "The" does not) and one of the
lexicon's forms writes the word apart ("Faster R-CNN"; "OpenIE" does not make "Open" lead "IE"); a function word or
a verb never leads one.
"""
from __future__ import annotations

import re
from typing import Iterable

from kg.extract.candidates import PRI_LEXICON_LONG, Candidate
from kg.extract.lexicon_data import known_entry
from kg.extract.words import FUNCTION_WORDS, verbish
from kg.link.normalize import compact_key

#: A capitalised word of letters, one space before a name (not the end of a hyphenated or dotted word).
_LEAD = re.compile(r"(?<![\w\-.'/])([A-Z][a-z]+) $")


def lexicon_leads(text: str, cands: list[Candidate], verbs: frozenset[str] = frozenset(),
                  lexicon_spans: Iterable[tuple[int, int]] = ()) -> list[Candidate]:
    """Shape-found names (rule "name") with the capitalised word before them taken in, when the lexicon knows the
    two words as one name (:func:`lead_entry`): the longer span gets the lexicon's type and name. A name the
    lexicon matched itself, alone or in a longer name (``lexicon_spans``: "CNN", "ILSVRC 2012"), is left as it
    is: whether a word before a known name is part of it or describes it ("Deep CNN") is no question of shape.

    >>> t = "We compare Faster RCNN, the Novel QuokkaNet and Oxford RobotCar with The LRS2 and YOLO."
    >>> got = [(t[c.start:c.end], c.type.value, c.canonical) for c in lexicon_leads(t, _shapes(t))]
    >>> got[0], got[1]
    (('Faster RCNN', 'Method', 'Faster R-CNN'), ('QuokkaNet', 'Method', None))
    >>> got[2]
    ('Oxford RobotCar', 'Dataset', 'Oxford RobotCar Dataset')
    >>> [t[c.start:c.end] for c in lexicon_leads(t, _shapes(t))][3:]
    ['LRS2', 'YOLO']
    >>> [t[c.start:c.end] for c in lexicon_leads(t, _shapes(t), lexicon_spans=[(14, 22)])][:1]
    ['RCNN']
    """
    out = []
    spans = list(lexicon_spans)
    for c in cands:
        if c.rule == "name" and c.start > 1 and text[c.start - 1] == " ":
            m = _LEAD.search(text, max(0, c.start - 24), c.start)
            hit = lead_entry(m.group(1), text[c.start:c.end], verbs) if m else None
            if hit is not None and not any(a < c.end and c.start < b for a, b in spans):
                etype, canonical, curated = hit
                c = Candidate(m.start(1), c.end, etype, PRI_LEXICON_LONG, "lexicon" if curated else "lexicon-gen",
                              canonical)
        out.append(c)
    return out


def lead_entry(word: str, name: str, verbs: frozenset[str] = frozenset()):
    """The lexicon's ``(type, canonical, curated)`` for ``word`` + " " + ``name`` when the capitalised ``word``
    leads the name: no function word or verb, the two together a lexicon name the word adds to and that the lexicon
    writes with the word apart, else None.

    >>> [lead_entry("Cascade", "RCNN")[1], lead_entry("The", "LRS2"), lead_entry("Using", "RCNN")]
    ['Cascade R-CNN', None, None]
    >>> lead_entry("Open", "IE")  # the lexicon writes "OpenIE"
    """
    low = word.lower()
    if low in FUNCTION_WORDS or verbish(low, verbs):
        return None
    pair = f"{word} {name}"
    if compact_key(pair) == compact_key(name):
        return None  # "The LRS2" is the name LRS2
    return known_entry(pair, word)  # the lexicon writes the word apart ("Faster R-CNN"; not "OpenIE")


def _shapes(text: str) -> list[Candidate]:
    """The shape rule's names of ``text`` (for the examples)."""
    from kg.extract.rules import name_candidates  # noqa: PLC0415

    return name_candidates(text)
