"""Word tests over an acronym's long form, by its text alone: whether it ends on an adjective (:func:`adjective_only`,
:func:`modifier_only`), on a type's head word, a part's or a technique's noun, on the noun of a tool that does a task,
or opens on a task's gerund.

The acronym source (:mod:`kg.extract.acronym_sources`) and the modules that type and filter its long forms ask them;
:func:`adjective_only` is asked by :mod:`kg.extract.cut_long_forms` and the linker too.
"""
from __future__ import annotations

import re

from kg.extract.words import (DATASET_HEADS, DIRECTIONS, ED_OK, KIND_NOUNS, METHOD_HEADS, METRIC_HEADS,
                              NOT_ENTITY_HEADS, TASK_HEADS, TASK_NOUN_ENDS, THING_NOUNS)


#: Nouns after an acronym that make its long form a part of a model, whatever its own head word says.
PART_NOUNS = frozenset({"unit", "units", "module", "modules", "layer", "layers", "block", "blocks", "network"})


#: Endings of adjectives ("Convolutional", "Adaptive", "pooled", "Angular"); a word of a head list that has one
#: ("retrieval", "metric") is a noun.
_ADJECTIVE_ENDS = ("al", "ive", "ous", "ic", "ar", "ed", "ful")
_NOUN_HEADS = frozenset(METHOD_HEADS | TASK_HEADS | METRIC_HEADS | DATASET_HEADS
                        | THING_NOUNS | NOT_ENTITY_HEADS | KIND_NOUNS)
#: Nouns after a describing long form's acronym that make the whole a technique or a part of one.
_PART_HEADS = frozenset((METHOD_HEADS | THING_NOUNS | KIND_NOUNS | PART_NOUNS
                         | {"decomposition", "generator", "operation", "operator", "cell", "structure", "agent"})
                        - DATASET_HEADS - {"predictions", "theory", "theories", "field", "fields"})


def modifier_only(long_text: str) -> bool:
    """Whether a long form ends in an adjective ("Pose-driven Deep Convolutional", "spatially pooled"), so that
    it describes the noun after its acronym rather than naming a thing itself.

    >>> modifier_only("Pose-driven Deep Convolutional"), modifier_only("multi-level spatially pooled")
    (True, True)
    >>> modifier_only("Batch Normalization"), modifier_only("TV show Retrieval"), modifier_only("Soft Actor-Critic")
    (False, False, True)
    """
    last = re.split(r"[\s\-+]", long_text.lower())[-1]
    if "/" in long_text or last in _NOUN_HEADS or (last.endswith("ed") and last in ED_OK):
        return False
    return len(last) > 3 and last.endswith(_ADJECTIVE_ENDS)


def plain_acronym(short: str) -> bool:
    """Whether an acronym is letters, digits and hyphens only: "(S+U)" and "(AC/DC)" keep their long forms, the
    text's later uses of them read only as refs of one ("AC" and "DC" alone are no names)."""
    return short.replace("-", "").isalnum()


#: The last word of a long form that is only an adjective: an adjective's ending ("mechanical", "Self-Adaptive"),
#: a hyphen compound ending in "-ent" / "-ant" ("time-invariant"; alone such a word is often a noun: "agent",
#: "gradient", a misspelt "Decent") or a compound with a direction particle ("top-down", "bottom-up").
_ADJECTIVE_WORD = re.compile(r"(?:[a-z]+-)*[a-z]{2,}(?:ive|al|ic|ous|able|ible|ful)|(?:[a-z]+-)+[a-z]{2,}(?:ent|ant)"
                             r"|[a-z]+-(?:" + "|".join(DIRECTIONS) + ")")


def adjective_only(word: str) -> bool:
    """Whether a (lower-case) last word of a name is only an adjective (:data:`_ADJECTIVE_WORD`), no head noun.

    >>> adjective_only("contrastive"), adjective_only("time-invariant"), adjective_only("retrieval")
    (True, True, False)
    """
    return word not in _NOUN_HEADS and bool(_ADJECTIVE_WORD.fullmatch(word))


def names_a_part(word: str) -> bool:
    """Whether ``word`` (lower case), right after an acronym, is a noun a technique is named by: "model",
    "layer", "loss", "decomposition" (or its plural)."""
    return word in _PART_HEADS or (word.endswith("s") and word[:-1] in _PART_HEADS)


def thing_headed(long_text: str) -> bool:
    """Whether a long form ends in a technique's word that names a thing, no process a task may be named by
    (singular or plural: "Glyph Pooling Networks", "Focal Loss"; not "Ordinal Regression", "Metric Learning").

    >>> [thing_headed(x) for x in ("Glyph Pooling Networks", "Ordinal Regression", "Metric Learning", "Shelf Tying")]
    [True, False, False, False]
    >>> thing_headed("Glyph Focal Losses"), thing_headed("Glyph Matching Strategies")
    (True, True)
    """
    word = last_part(long_text) if long_text.strip() else ""
    from kg.link.normalize import singular  # noqa: PLC0415 (kg.link imports the extractor)
    word = word if word in METHOD_WORDS else singular(word)
    return word in METHOD_WORDS and word not in TASK_HEADS and not word.endswith(TASK_NOUN_ENDS)


def last_part(long_text: str) -> str:
    """The head word of a long form, lower case: its last word, or the last part of a hyphenated last word
    ("bird's-eye-view" is a view, "region-of-interest" a region of interest).

    >>> last_part("bird's-eye-view"), last_part("Soft Actor-Critic"), last_part("range view")
    ('view', 'critic', 'view')
    """
    return long_text.rsplit(None, 1)[-1].rsplit("-", 1)[-1].lower()


def headed(long_text: str) -> bool:
    """Whether a long form ends in a type's head word ("... Network", "... Dataset", "... Classification")."""
    words = re.findall(r"[A-Za-z]+", long_text.lower())
    return bool(words) and (words[-1] in _NOUN_HEADS or words[-1].rstrip("s") in _NOUN_HEADS)


METHOD_WORDS = frozenset(METHOD_HEADS | {"scheme", "solver", "framework", "mechanism", "method", "approach",
                                          "strategy", "technique", "block", "unit", "layer", "function"})


_LAST_WORD = re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)*)\W*$")


def agent_of_task(long_text: str, verb_words: frozenset[str]) -> bool:
    """Whether a long form ends in the noun of a tool that does something: a verb or a task head plus "-er" /
    "-or" ("recognizer" of recognize, "tracker" of tracking, "classifier" of classification, "segmenter"),
    not a word that merely ends so ("transfer", "answer", "filter").

    >>> [agent_of_task(t, frozenset({"recognize"})) for t in ("speech recognizers", "State Tracker", "style transfer")]
    [True, True, False]
    """
    last = _LAST_WORD.search(long_text)
    word = last.group(1).lower().replace("-", "") if last else ""  # "rec-ognizers": a line-break hyphen
    word = word[:-1] if word.endswith(("ers", "ors")) else word
    if len(word) < 6 or not word.endswith(("er", "or")):
        return False
    stem = word[:-2]
    return stem + "e" in verb_words or stem in verb_words or _task_noun(stem)


def _task_noun(stem: str) -> bool:
    """Whether a verb's stem (lower case) and "-ing", "-ion", "-ation" or "-cation" is a task's head word
    ("detect" -> "detection", "classifi" -> "classification", "answer" -> "answering")."""
    return any(form in TASK_HEADS for form in (stem + "ing", stem + "ion", stem + "ation", stem + "cation"))


def task_gerund(long_text: str) -> bool:
    """Whether a phrase of two words or more opens on the gerund of a task's verb: the verb's noun is a task
    head (:func:`_task_noun`; "Recognizing" of recognition, "Classifying" of classification), so the phrase names
    the doing of a task, no thing ("Recognizing Glyph Entailment"); not a gerund of a technique ("Learning",
    "Matching").

    >>> [task_gerund(t) for t in ("Recognizing Glyph Entailment", "Classifying Quokka Calls", "Learning Glyph Codes")]
    [True, True, False]
    >>> task_gerund("Detecting"), task_gerund("Pooling Glyph Features")
    (False, False)
    """
    first, _, rest = long_text.partition(" ")
    word = first.lower()
    if not rest or len(word) < 6 or not word.endswith("ing"):
        return False
    stem = word[:-3]
    # "classify" -> "classifi-cation", "recogniz" -> "recognit-ion"
    bent = stem[:-1] + "i" if stem.endswith("y") else stem[:-1] + "t" if stem.endswith("z") else stem
    return _task_noun(stem) or _task_noun(bent)
