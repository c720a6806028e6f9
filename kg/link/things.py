"""The acronyms a paper spells out as a thing of no type of ours ("region of interest (ROI)", "inertial measurement
unit (IMU)"): the extractor drops them in that paper (:func:`kg.extract.acronym_sources.names_no_entity`), and a
``thing`` vote per such paper (the long form as written, plural heads and the word after the acronym read,
:func:`thing_votes`) lets the graph drop the same letters where another paper writes them bare and a
name's shape alone made them a Method ("pooled features of each RoI", "a few IMUs on the limbs":
:func:`kg.graph.method_kinds.defined_thing`).
"""
from __future__ import annotations

from kg.extract.abbreviations import find_abbreviations
from kg.link.expansions import node_key
from kg.link.normalize import key_and_words
from kg.link.types import TypeVotes
from kg.vocab import EntityType


def thing_votes(texts: tuple[str, ...], votes: TypeVotes) -> None:
    """One Method ``thing`` vote for each one-word acronym one paper's ``texts`` define
    (:func:`~kg.extract.abbreviations.find_abbreviations`, a long form of two words or more) as a thing of no type:
    its long form as written and the word after it (:func:`~kg.extract.acronym_sources.names_no_entity`: "white blood
    cells (WBCs)" in the plural, "Time-of-Flight (ToF) cameras"); weightless, so it types nothing, only tells how the
    corpus spells the letters out.

    >>> v = TypeVotes()
    >>> thing_votes(("A quokka measurement unit (QMU), a quokka gated unit (QGU), quokka cells (QCs).",), v)
    >>> v.votes
    {'qc': {(<EntityType.METHOD: 'Method'>, 'thing'): 1}, 'qmu': {(<EntityType.METHOD: 'Method'>, 'thing'): 1}}
    >>> v = TypeVotes(); thing_votes(("Depth from Quokka-of-Flight (QoF) cameras.",), v); sorted(v.votes)
    ['qof']
    """
    from kg.extract.acronym_sources import names_no_entity, word_after_definition  # noqa: PLC0415 (kg.link cycle)

    found: set[str] = set()
    for text in texts:
        for ls, le, ss, se in find_abbreviations(text):
            short, long = key_and_words(text[ss:se])[1], key_and_words(text[ls:le])[1]
            if len(short) == 1 and short[0].isalpha() and len(long) >= 2 \
                    and names_no_entity(text[ls:le], word_after_definition(text, ls, le, ss, se)):
                found.add(node_key(short))
    for key in sorted(found):
        votes.add(key, EntityType.METHOD, "thing", None)
