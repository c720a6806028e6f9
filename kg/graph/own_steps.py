"""A phrase rule's Method guess that describes how a paper's own thing is built or what its unnamed step does.

:mod:`kg.graph.weak_evidence` reads both (issue 18; on the arXiv build readers marked such nodes generic):

- **a shape's description** (:func:`shape_description`): a compound adjective of shape or style before the kind of
  thing it describes ("a U-shaped architecture", "a cascadable U-shaped module", "a Siamese-style textual encoder"):
  it says how the layout looks, which network it is is said nowhere. No evidence in any number of papers.
- **the paper's own unnamed step** (:func:`own_step`): a lower-case phrase written as what a new method or
  algorithm of the paper's is for ("we propose a novel data preprocessing algorithm", "our pair mining strategy"):
  the paper names its method by the step it does, no technique one could look up. A node every mention of which,
  in every paper, is written so is no node (a paper using the phrase otherwise, "e.g., hard example mining and
  focal loss", keeps it); being proposed so is how the phrase was found, no name.
"""
from __future__ import annotations

import re

from kg.extract.words import KIND_HEADS, KIND_NOUNS, ROLE_HEADS
from kg.graph.namehood import _PHRASE_RULES
from kg.graph.phrase_guesses import _NOVELTY, _NP_END, _PART_HEADS, _determiner, _lower_guess_words
from kg.models import Mention
from kg.vocab import EntityType

#: A compound adjective of shape or style: "Siamese-style", "ring-shaped" (a word hyphened to "shaped" or "style"),
#: or a letter's shape, one capital before "shape(d)", hyphened or glued: "U-shaped", "U-shape", "Ushape" (not
#: "reshape", "multi-shape", "one-shape": no layout a letter draws).
_SHAPE_WORD = re.compile(r"[A-Za-z0-9]+-(?:[Ss]haped|[Ss]tyle)|[A-Z]-?[Ss]haped?")
#: The kind of thing, part or layout a shape describes: "architecture", "network", "module", "structure", "design".
_SHAPED_THINGS = frozenset(KIND_HEADS | KIND_NOUNS | ROLE_HEADS | _PART_HEADS | {
    "structure", "structures", "design", "designs", "net", "nets", "backbone", "backbones"})


def shape_description(m: Mention) -> bool:
    """Whether a phrase rule's Method guess (no alias) is a compound adjective of shape or style before the kind of
    thing it describes, its other words in lower case ("U-shaped architecture", "U-shape network", "cascadable
    U-shaped module", "Siamese-style textual encoder"): a description of a layout, not a name. A name's capitals
    elsewhere ("U-Shaped Glyph Network") or a defined acronym keep it.

    >>> [shape_description(Mention(EntityType.METHOD, w, 0, len(w), rule="head")) for w in (
    ...  "U-shaped architecture", "Ushape module", "quill-style textual encoder", "U-Shaped Glyph Network",
    ...  "reshape module", "U-shaped")]
    [True, True, True, False, False, False]
    """
    words = m.text.split()
    if m.type is not EntityType.METHOD or m.rule not in _PHRASE_RULES or m.aliases or len(words) < 2:
        return False
    shaped = [i for i, w in enumerate(words[:-1]) if _SHAPE_WORD.fullmatch(w)]
    if not shaped or words[-1].lower() not in _SHAPED_THINGS:
        return False
    return all(w.islower() or not w[0].isalpha() for i, w in enumerate(words) if i != shaped[0])


#: Right after a step's phrase, the kind of thing the paper's own method is: "a novel data preprocessing algorithm".
_KIND_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(KIND_NOUNS | KIND_HEADS, key=lambda w: (-len(w), w))) + r")\b")
#: A lower-case hyphened describing word right before the phrase ("a novel end-to-end ledger cleansing algorithm",
#: "a two-stage ..."): a compound adjective, read past like the describing words of
#: :func:`kg.graph.phrase_guesses._determiner`.
_HYPHENED_BEFORE = re.compile(r"(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+\s+$")


def own_step(m: Mention, text: str) -> bool:
    """Whether a phrase rule's lower-case Method guess (two words or more, no alias) stands between a determiner of
    the paper's own new thing and the kind of thing it is, a whole noun phrase: "a novel data preprocessing
    algorithm", "a new pair mining strategy for ...", "our pair mining approach": the phrase says what the paper's
    unnamed method does. A bare use ("pair mining helps"), "the" or "a" without a word of novelty ("we use a pair
    mining strategy") is not judged.

    >>> t = "We propose a novel glyph preprocessing algorithm to read, and our ink mining approach. We use a pen mining method."
    >>> [own_step(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="object"), t)
    ...  for w in ("glyph preprocessing", "ink mining", "pen mining")]
    [True, True, False]
    >>> t = "We propose a novel end-to-end glyph preprocessing algorithm."
    >>> own_step(Mention(EntityType.METHOD, "glyph preprocessing", 30, 49, rule="object"), t)
    True
    >>> t = "We propose a novel glyph preprocessing algorithm family."
    >>> own_step(Mention(EntityType.METHOD, "glyph preprocessing", 15, 34, rule="object"), t)
    False
    """
    if _lower_guess_words(m) is None:
        return False
    kind = _KIND_AFTER.match(text, m.end)
    if kind is None or not _NP_END.match(text, kind.end()):
        return False
    start = m.start
    for _ in range(2):  # up to two compounds: "a novel end-to-end two-stage ..."
        hyphened = _HYPHENED_BEFORE.search(text, max(0, start - 30), start)
        start = hyphened.start() if hyphened else start
    found = _determiner(text, start)
    if found is None:
        return False
    determiner, _, between = found
    return determiner == "our" or (determiner in ("a", "an") and bool(between & _NOVELTY))
