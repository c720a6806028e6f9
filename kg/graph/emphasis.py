"""A Method phrase set in capitals inside running text: emphasis, not a name (issue 18).

A writer may set a phrase of plain words in capitals for emphasis in a sentence otherwise in lower case ("we
revisit two problems, namely LEDGER REPRESENTATION and NOISY STAMP LABELS"). Its capitals say nothing of a name:
read in lower case it is the phrase a phrase rule would guess in any sentence. So a phrase rule's guess set in
capitals (phrase rules read head words, not a name's shape) is a guess by its look; and so is a Method found by
its capitals alone (a shape rule) whose every word the paper also writes in lower case ("the LEDGER ATTENTION
... our ledger attention"): the paper itself reads those words as ordinary ones. A name set in capitals keeps
them where the paper never writes its words plain ("our model, QUOKKA REASONER, ..."), and a text set in
capitals throughout is :func:`kg.graph.namehood.typeset_phrase`'s. :mod:`kg.graph.weak_evidence` drops the node
only when this is its paper's one kind of mention and no other paper has it.

>>> from kg.models import Mention
>>> from kg.vocab import EntityType as T
>>> a = "We fix LEDGER ATTENTION: ledger entries need attention."
>>> emphasis_capitals(Mention(T.METHOD, "LEDGER ATTENTION", 7, 23, rule="name"), a, a)
True
>>> b = "We fix LEDGER ATTENTION."
>>> emphasis_capitals(Mention(T.METHOD, "LEDGER ATTENTION", 7, 23, rule="name"), b, b)
False
"""
from __future__ import annotations

import re

from kg.extract.words import GUESS_RULES
from kg.graph.namehood import SHAPE_RULES, in_capitals
from kg.models import Mention
from kg.vocab import EntityType

#: The letter runs of a phrase, split at spaces, hyphens and other marks: "ILL-DEFINED" reads "ILL", "DEFINED".
_LETTERS = re.compile(r"[A-Za-z]+")


def _written_plain(word: str, texts: tuple[str, ...]) -> bool:
    """Whether ``word`` (in capitals) is written in lower case as a whole word in one of ``texts``, either maybe
    plural ("LABEL": "labels") or singular ("LABELS": "label", "BOXES": "box")."""
    low = word.lower()
    stems = {low} | ({low[:-1]} if low.endswith("s") and not low.endswith("ss") else set()) \
        | ({low[:-2]} if low.endswith("es") else set())
    alts = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True) if len(x) > 1)
    pattern = re.compile(r"(?<![A-Za-z])(?:" + alts + r")(?:s|es)?(?![A-Za-z])")
    return any(pattern.search(t) for t in texts)


def emphasis_capitals(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a Method mention without an alias is a phrase of two words or more set all in capitals in a ``text``
    not set in capitals (and with letters: "α β" is in no capitals), found by a phrase rule, or by its shape while the paper (``text`` and ``abstract``) writes
    each of its words in lower case too: capitals of emphasis over plain words, no name's."""
    if m.type is not EntityType.METHOD or m.aliases or m.rule not in GUESS_RULES | SHAPE_RULES:
        return False
    words = _LETTERS.findall(m.text)
    if len(m.text.split()) < 2 or not words or not all(w.isupper() and len(w) > 1 for w in words) or in_capitals(text):
        return False
    return m.rule in GUESS_RULES or all(_written_plain(w, (text, abstract)) for w in words)
