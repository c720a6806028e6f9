"""Whether a title's task phrase names an area of work rather than a problem (:func:`umbrella_area`): a broad process
("modeling", "understanding", "learning") over a kind of data alone or said how it is done ("Video Modeling",
"Multimodal Understanding", "Contrastive Representation Learning"), where a problem names what it is about
("Point Cloud Representation Learning", "Sequence Modeling"). Issue 18: readers call such title tasks "over-broad
area" or "describes the method"."""
from __future__ import annotations

import re

from kg.extract.ordinary_words import ADJECTIVE_TAIL, adjective_shape, load_words
from kg.extract.task_bounds import approach_word
from kg.extract.words import BAD_MODIFIERS, FIELD_WORDS, MODAL_ADJECTIVES, MODALITIES, PRAISE

#: Heads of a broad process: what a whole area does to its data, no one problem.
_BROAD_HEADS = frozenset({"modeling", "modelling", "understanding", "learning"})
#: What a model computes inside: before "learning" or "extraction" it makes the head's process one with it
#: ("feature learning", "representation learning", "feature extraction": what a method does on its way).
_COMPUTED = frozenset({"feature", "features", "representation", "representations", "embedding", "embeddings"})
#: The joins inside a compound of kinds of data ("video-and-language", "speech-to-text").
_JOINS = frozenset({"and", "to", "or"})


def task_tails(names) -> frozenset[str]:
    """The endings of two words or more of ``names`` (Task lexicon names), in lower case: "language understanding"
    ends "natural language understanding", so a title's "Language Understanding" names that problem.

    >>> sorted(task_tails(["Natural Language Understanding", "parsing"]))
    ['language understanding', 'natural language understanding']
    """
    out = set()
    for name in names:
        words = name.lower().split()
        out.update(" ".join(words[i:]) for i in range(len(words) - 1))
    return frozenset(out)


def modal_word(word: str) -> bool:
    """Whether a lower-case word names a kind of data or several ("video", "visual", "multimodal", "video-text",
    "speech-to-text"): the medium a whole area works in, not the object of one problem."""
    parts = [p for p in re.split(r"[\-/]", word) if p and p not in _JOINS]
    return word in MODAL_ADJECTIVES or (bool(parts) and all(p in MODALITIES for p in parts))


def _how(word: str) -> bool:
    """Whether a lower-case word says how well or by what means a process works, which later trimming drops
    from a task's name: a grade, a word of the field, an approach word (:func:`kg.extract.task_bounds.approach_word`:
    "Deep", "Real-time")."""
    return word in BAD_MODIFIERS or word in FIELD_WORDS or word in PRAISE or approach_word(word)


def _describing(word: str, shape: bool, modifiers: frozenset[str]) -> bool:
    """Whether a lower-case word describes a process rather than naming its object: a describing compound
    ("label-efficient", "video-level") and, where ``shape`` allows, an adjective's or a participle's shape
    (:func:`kg.extract.ordinary_words.adjective_shape`). An everyday word that modifies Task lexicon names
    (``modifiers``) names what a problem is about, whatever its ending ("Traffic", "Signal"); a learned adjective
    that modifies them ("Hierarchical", "Semantic", "Generative") still says how the work is done."""
    return ADJECTIVE_TAIL.search(word) is not None or \
        (shape and adjective_shape(word, modifiers if word in load_words() else frozenset()))


def umbrella_area(words: list[str], tails: frozenset[str] = frozenset(),
                  modifiers: frozenset[str] = frozenset()) -> bool:
    """Whether a title's task phrase (its ``words``) names an area of work, no problem: a broad process head
    (:data:`_BROAD_HEADS`: "Video Modeling", "Multimodal Understanding") after words that are all a kind of data
    (:func:`modal_word`) or describe how the work is done (:func:`_describing`, :func:`_how`), or a process on what
    a model computes ("feature extraction", "representation learning") after describing words only ("Contrastive
    Representation Learning", "Hierarchical Feature Learning"). That process names a problem, and a kind of data
    before it what the problem is about, as a noun does ("Video Representation Learning", "Point Cloud
    Representation Learning", "Noisy Label Learning"); so does a phrase whose words from the last one before the head
    end a Task lexicon name (``tails``, :func:`task_tails`: "Language Understanding"), and an everyday word of an
    adjective's shape that modifies Task lexicon names (``modifiers``: "Traffic Representation Learning"). Words
    of :func:`_how` alone leave a bare head a task's name keeps ("Deep Representation Learning"). A word right
    before a bare head is no adjective by its shape alone: it may be a noun of a compound ("Narrative Modeling").

    >>> [umbrella_area(t.split()) for t in ("Video Modeling", "Hierarchical Feature Learning", "Narrative Modeling",
    ...  "Video Representation Learning", "Deep Representation Learning", "Moss Triplet Extraction")]
    [True, True, False, False, False, False]
    >>> umbrella_area("Language Understanding".split(), frozenset({"language understanding"}))
    False
    """
    low = [w.lower() for w in words]
    head = len(low) - 1
    if not (low[head] in _BROAD_HEADS or (low[head] == "extraction" and head and low[head - 1] in _COMPUTED)):
        return False
    bare = not (head and low[head - 1] in _COMPUTED)
    if not bare:
        head -= 1
    if head == 0 or " ".join(low[head - 1:]) in tails or all(_how(w) for w in low[:head]):
        return False  # "Deep Representation Learning" is the bare head a task's name keeps
    return all(_how(w) or (bare if modal_word(w) else _describing(w, not (bare and i == head - 1), modifiers))
               for i, w in enumerate(low[:head]))
