"""A lexicon's data set name of plain words, capitalised in a title only because the title is in Title Case.

A generated Dataset lexicon holds names that are ordinary words ("Elephant", "Replica", "Human Parts"), matched
as written, so with their capitals. In a title set in Title Case every word has its capital ("Pedestrian Detection:
The Elephant In The Room", "Beyond Human Parts: Dual Part-Aligned Representations ..."): the capitals there say
nothing, and the match is the everyday word. A paper that uses such a data set writes its name with its capitals
in the abstract too, away from a sentence's start ("results on Kinetics", "the Places data"), or the title itself
says data ("... on Atari", "Ubuntu Corpus Dialogs" with "Ubuntu" in the abstract). A title's opening is the
paper's own name ("Meta-World: A Benchmark ...", "One Billion Word Benchmark for ..."), never in question here.

>>> from kg.models import Mention
>>> t = "Pedestrian Detection: The Elephant In The Room"
>>> title_cased_dataset(Mention(EntityType.DATASET, "Elephant", 26, 34, field="title", rule="lexicon-gen"), t,
...                     "We study pedestrian detectors.")
True
"""
from __future__ import annotations

import re

from kg.graph.namehood import capitalised_in
from kg.models import Mention
from kg.vocab import EntityType

#: Plain capitalised words joined by spaces or hyphens: "Elephant", "Human Parts", "Meta-World".
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)*")
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
#: A title word set in Title Case right before or after the name: its capitals are the title's style.
_CAP_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]*[\s\-]+$")
_CAP_AFTER = re.compile(r"[\s\-]+[A-Z][a-z]*(?![\w-])")
_LEXICON_RULES = frozenset({"lexicon", "lexicon-gen"})


def title_cased_dataset(m: Mention, title: str, abstract: str = "") -> bool:
    """Whether a Dataset mention is a lexicon name of plain capitalised words inside a Title Case run of a title
    (not its opening), no type word or "on" naming it data there, and none of its words written with its capital
    in the abstract away from a sentence's start: an everyday word capitalised by the title's style.

    >>> t = "Learning Rules on Places: The Human Parts View"
    >>> def f(w, a=""):
    ...     s = t.index(w)
    ...     return title_cased_dataset(Mention(EntityType.DATASET, w, s, s + len(w), field="title", rule="lexicon"), t, a)
    >>> f("Human Parts", "Human parts move. We find human parts.")
    True
    >>> f("Human Parts", "We label the Human Parts of people.")
    False
    >>> f("Places")
    False
    >>> f("Learning Rules")
    False
    """
    if m.type is not EntityType.DATASET or m.field != "title" or m.rule not in _LEXICON_RULES or m.aliases:
        return False
    if m.start == 0 or not _PLAIN_NAME.fullmatch(m.text):
        return False
    if not (_CAP_BEFORE.search(title, 0, m.start) or _CAP_AFTER.match(title, m.end)):
        return False
    from kg.link.cues import text_cue_kind  # noqa: PLC0415

    cue = text_cue_kind(title, m.start, m.end)  # "... on Places", "the Places Dataset": data
    if cue is not None and cue[0] is EntityType.DATASET:
        return False
    return not any(capitalised_in(w, abstract) for w in _PLAIN_WORD.findall(m.text))
