"""The system a paper describes but does not name, for results whose method the abstract leaves unnamed.

Many abstracts present their system by a description only: "We present a simple and accurate span-based
semantic role labeling model", "we propose an evolutionary-based neural architecture search approach". When
nothing names the paper's own method (no proposal, no title name, no model "we" train), what "we" and "our
model" achieve is the described system's. The description is kept only when it says what the system is:
at least two words before its head word ("model", "system", "network", ...) once evaluative words ("novel",
"simple", "effective") are dropped, and not words of the field alone ("deep neural network model").
"""
from __future__ import annotations

import re

from kg.extract.ordinary_words import generic as plain_words
from kg.extract.results.binding import CLAUSE
from kg.extract.results.title import generic, verb_words

#: the head words of a described system
_HEAD = (r"(?:model|network|architecture|system|framework|approach|method|algorithm|parser|tagger|loss|scheme|"
         r"detector|classifier|tracker|pipeline|estimator|recogni[sz]er|generator|encoder|decoder)s?")
#: the paper presenting its own system: "We present a", "This paper proposes an", "we propose the (hetero-center
#: triplet loss)", "we recast parsing as tagging and propose a"
_PRESENT = re.compile(r"\b(?:we|this (?:paper|work|article)|the paper)\s+(?:[^.;:]{1,120}?,?\s+and\s+)?"
                      r"(?:(?:\w+ly|also|then|further|first|here)\s+)?"
                      r"(?:propose|present|introduce|develop|design|describe|build)s?\s+(?:(?:in this (?:paper|work)|here)\s+)?"
                      rf"(a|an|the)\s+((?:[\w-]+,?\s+){{1,6}}{_HEAD})\b(?![-(])", re.I)
#: evaluative or vague words before a description: no part of what the system is
_EVALUATIVE = frozenset(("novel", "new", "simple", "simpler", "accurate", "effective", "efficient", "fast", "robust",
                         "strong", "general", "generic", "purely", "unified", "unifying", "powerful", "lightweight",
                         "light-weight", "and", "yet", "highly", "very", "but", "alternative", "single", "improved",
                         "principled", "flexible", "scalable", "practical", "straightforward", "elegant", "original",
                         "innovative", "fully", "completely", "first", "proposed", "effective,", "simple,", "efficient,", "accurate,"))
#: words that make a phrase a clause, not a description: "a method that ...", "an approach to ...", or two
#: descriptions in one ("a ... module, a transformer-based approach"); a whole word, not one of a compound
#: ("end-to-end", "state-of-the-art")
_CLAUSE_WORD = re.compile(r"(?<![\w-])(?:of|to|that|which|for|in|on|with|from|by|as|is|are|this|we|our|an?|the)(?![\w-])", re.I)


def described_system(abstract: str, tasks: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The system the abstract presents by a description (see the module docstring), or ``None``; not a
    task's name before a head ("a semantic segmentation algorithm", ``tasks`` in lower case): what it does, not
    what it is.

    >>> described_system("We present a simple and accurate span-based role labeling model for SRL. It is fast.")
    'span-based role labeling model'
    >>> described_system("We present a novel approach. We propose a simple unified framework for detection.") is None
    True
    >>> described_system("We propose a novel semantic segmentation algorithm.", {"semantic segmentation"}) is None
    True
    >>> [described_system(t) for t in ("We introduce a deep neural network model with attention.",
    ...                                  "We present a neural network based architecture for words.")]
    [None, None]
    """
    for m in _PRESENT.finditer(abstract):
        if m.group(1).lower() == "the" and not m.group(2).islower():
            continue  # "we develop the Progressive Dynamic Hurdles method": a name, the proposals' to find
        desc = _description(m.group(2), tasks)
        if desc:
            return desc
    return None


#: a title's subtitle presenting the paper's system: "Look Closer and Speak: A Gated Residual Image Captioning Network"
_SUBTITLE = re.compile(rf":\s+(?:a|an)\s+((?:[\w-]+\s+){{1,6}}{_HEAD})\s*$", re.I)


def subtitle_system(title: str, tasks: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The system a title's subtitle presents by a description ("...: A Gated Residual Image Captioning Network"),
    kept as :func:`described_system` keeps one: not a bare kind ("...: A Geometric Approach"), nor a task's name
    before its head.

    >>> subtitle_system("Look Closer and Speak: A Gated Residual Image Captioning Network")
    'Gated Residual Image Captioning Network'
    >>> [subtitle_system(t) for t in ("Seeing Depth: A Simple Geometric Approach", "Parsing: A Deep Neural Network")]
    [None, None]
    """
    m = _SUBTITLE.search(title)
    return _description(m.group(1), tasks) if m else None


#: a description after an article or "our": "a probabilistic two-stage detector", "our merge and label approach"
_ECHO = re.compile(rf"\b(?:an?|our|the)\s+((?:[\w-]+\s+){{1,6}}?)({_HEAD})\b", re.I)


def title_echo(title: str, abstract: str) -> str | None:
    """The system the abstract describes in the title's own words: the title (or its part before a colon) is the
    description's words, alone or with one word more of the head word's stem ("Probabilistic two-stage detection" of
    "a probabilistic two-stage detector"; "Merge and Label: ..." of "our merge and label approach"), not words of the
    field alone. The name the title gives it before a colon, else the description as the abstract writes it.

    >>> title_echo("Layered two-pass tagging", "We build a layered two-pass tagger. Our tagger is fast.")
    'layered two-pass tagger'
    >>> title_echo("Split and Join: Nested Tagging", "Our split and join approach tags fast.")
    'Split and Join'
    >>> [title_echo(t, "We build a layered two-pass tagger for words.") for t in ("Layered two-pass tagging for speech",
    ...  "Tagging layered two-pass text")]
    [None, None]
    """
    name, colon, _ = title.partition(":")
    said = name.lower().split()
    for m in _ECHO.finditer(abstract) if len(said) >= 2 else ():
        words = _past_evaluative(m.group(1).lower().split())  # "a novel merge and label approach"
        k, head = len(words), m.group(2)
        if k < 2 or said[:k] != words or not (len(said) == k or len(said) == k + 1 and said[k][:4] == head.lower()[:4]) \
                or generic(f"{' '.join(words)} {head}"):
            continue
        return name.strip() if colon else " ".join([*m.group(1).split()[-k:], head])
    return None


#: the paper's own system as the subject of a figure's clause, by a description: "our span-based neural tagging model
#: achieves", "the proposed two-pass ranking system clearly reaches" (group 1: the description with its head)
_OWN_SUBJECT = re.compile(rf"\b(?:our|the proposed)\s+(?:own\s+)?((?:[\w-]+\s+){{1,5}}?{_HEAD})\s+(?:\w+ly\s+)?"
                          r"(?:achiev|obtain|reach|attain|yield|scor|outperform|surpass|improv|sets?\b|gets?\b)", re.I)


def own_description(text: str, s0: int, end: int, tasks: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The description the clause of ``end`` (from ``s0``) gives the paper's own system as its subject ("our
    span-based neural tagging model achieves"), kept as :func:`described_system` keeps one (not "our final model", "our
    deep learning algorithm", nor a clause: "our tagger uses both features and reaches"); the last one, else ``None``.

    >>> t = "On A, our span-based neural tagging model achieves 91.2 F1, while tags help parsing by 3.1 F1."
    >>> own_description(t, 0, t.find("91.2")), own_description(t, 0, t.find("3.1"))
    ('span-based neural tagging model', None)
    >>> [own_description(t, 0, len(t)) for t in ("Our final model achieves 3.1", "our tagger uses both rule sets and gets 9",
    ...  "our best baseline tagging model gets 9", "our joint model using span tagging architectures gets 9")]
    [None, None, None, None]
    """
    found = None
    for m in _OWN_SUBJECT.finditer(text, s0, end):
        words = [w.lower() for w in m.group(1).split()[:-1]]
        if not any(_finite(w) or w in _GRADES or _HEAD_WORD.fullmatch(w) for w in words) \
                and not CLAUSE.search(text, m.end(), end):  # (in the figure's clause: not "..., while X gets 9")
            found = _description(m.group(1), tasks) or found
    return found


#: words that grade or rank one of the paper's systems, saying nothing of what it is: "our best baseline model",
#: "our largest single model"
_GRADES = frozenset(("best", "final", "baseline", "largest", "smallest", "biggest", "full", "complete", "single",
                     "strongest", "top", "default", "base"))
#: a head word inside a description: "our ensemble model using ... architectures" is a clause, not one description
_HEAD_WORD = re.compile(_HEAD, re.I)


def _finite(word: str) -> bool:
    """A verb's present form in "-s" (:file:`verb_words.txt`): "uses", "outperforms"; the words of a clause."""
    return word.endswith("s") and (word[:-1] in verb_words() or word[:-2] in verb_words())


def _description(phrase: str, tasks: frozenset[str] | set[str]) -> str | None:
    """``phrase`` without its leading evaluative words, when it says what the system is (the module docstring)."""
    words = [w.rstrip(",") for w in _past_evaluative(phrase.split())]
    desc = " ".join(words)
    if len(words) < 3 or _CLAUSE_WORD.search(desc) or generic(" ".join(w for w in words[:-1] if w.lower() != "based")) \
            or any(map(_evaluative, words[:-1])) or " ".join(words[:-1]).lower() in tasks:
        return None
    return desc


def _past_evaluative(words: list[str]) -> list[str]:
    """``words`` without their leading evaluative words (:func:`_evaluative`; a comma after one aside)."""
    k = 0
    while k < len(words) and _evaluative(words[k].rstrip(",")):
        k += 1
    return words[k:]


def _evaluative(word: str) -> bool:
    """An evaluative or vague word (:data:`_EVALUATIVE`), also a compound of plain words around a function word
    ("state-of-the-art", "out-of-the-box"; "end-to-end" says what the system is, "span-based" too)."""
    return word.lower() in _EVALUATIVE or (_INNER_WORD.search(word) is not None and plain_words(word))


#: a function word inside a compound: "state-of-the-art", "out-of-the-box" (not "span-based")
_INNER_WORD = re.compile(r"-(?:of|to|the|in|on|for|by|and)-", re.I)
