"""A title's phrase that says what kind of process or part the work is about, not which one (issue 18).

The title-name rule takes a title's subject for the name of the paper's method. When that subject is plain words
before a vague head ("Information Aggregation via Dynamic Routing ...", "Online Adaptation of Convolutional Neural
Networks ...", "Lower Dimensional Kernels for Video Discriminators"), the title describes its work: the method is
what comes after "via" or what the abstract names ("OnAVOS", "LDVD GANs"). The vague heads are those
:data:`kg.extract.words.WEAK_HEADS` lists as too vague to make a name on their own rule ("aggregation",
"adaptation", "propagation", "kernels", "training" ...). Such a phrase is a guess by its look
(:func:`vague_title_phrase`) unless the abstract names it: writes it again (hyphens and spaces aside, singular or
plural: "a cross-view fusion scheme" names "Cross View Fusion") or spells it with an acronym. A coined word or a
name's shape ("Lookahead Optimizer", "FIXUP INITIALIZATION", "Q2 Adaptation") keeps the phrase a name, as does a
noun before the head among three words ("Convolutional Feature Masking"). :mod:`kg.graph.weak_evidence` drops the
node only when this is its paper's one mention and no other paper has it.

So is a phrase rule's guess in a title of one adjective before a technique's or a model's head word ("Motion Deblurring
with an Adaptive Network", "... via Hierarchical Sampling", "... and Harmonious Regularization":
:func:`adjective_title_phrase`) that the abstract neither writes again nor spells with an acronym: its capitals are
the title's, and it is a guess of a single paper as a lower-case phrase is.

>>> from kg.models import Mention
>>> from kg.vocab import EntityType as T
>>> t = "Signal Propagation via Receipt Graphs"
>>> vague_title_phrase(Mention(T.METHOD, "Signal Propagation", 0, 18, field="title", rule="title-name"), t,
...                    "We sort receipts with graphs.")
True
>>> vague_title_phrase(Mention(T.METHOD, "Signal Propagation", 0, 18, field="title", rule="title-name"), t,
...                    "Our signal-propagation scheme sorts receipts.")
False
"""
from __future__ import annotations

import re

from kg.extract.ordinary_words import adjective_shape
from kg.extract.words import GUESS_RULES, TECHNIQUE_HEADS, WEAK_HEADS
from kg.graph.namehood import describing_word, everyday_word, in_capitals, name_shaped, spelt_in, title_guess
from kg.models import Mention

#: What separates the words of a phrase as it may be written again: a space, a hyphen, or nothing ("flowguided",
#: a hyphen lost to a PDF's line end).
_GAP = r"[\s\-]?"
#: The title-name rule alone (:func:`vague_title_phrase`).
_TITLE_NAME = frozenset({"title-name"})
_PARTS = re.compile(r"[\s\-]+")


def _describing(word: str) -> bool:
    """Whether a word only describes: a grade or a word of the field, a describing compound or an adverb
    (:func:`kg.graph.namehood.describing_word`: "Lower", "Graph-based"), or an adjective's shape ("Dimensional",
    "Memory-Efficient")."""
    return describing_word(word) or adjective_shape(word.lower())


def _plain_words(words: list[str]) -> bool:
    """Whether the words before a vague head are plain: one ordinary or describing word ("Online", "Information",
    "Graph-based"), or, before it, only describing ones ("Lower Dimensional"; not "Convolutional Feature")."""
    if len(words) == 1:
        return everyday_word(words[0]) or _describing(words[0])
    return all(_describing(w) for w in words)


def written_again(phrase: str, abstract: str) -> bool:
    """Whether the abstract writes ``phrase`` again, in any case, its words joined by spaces, hyphens or nothing,
    its last word singular or plural.

    >>> written_again("Cross View Fusion", "We add a cross-view fusion scheme."), written_again("Flow-Guided Fusion",
    ... "We present flowguided fusion."), written_again("Dimensional Kernels", "one dimensional kernel")
    (True, True, True)
    >>> written_again("Cross View Fusion", "We fuse across views.")
    False
    """
    parts = [p for p in _PARTS.split(phrase.lower()) if p]
    if not parts:
        return False
    last = parts[-1][:-1] if parts[-1].endswith("s") else parts[-1]
    body = _GAP.join(re.escape(p) for p in parts[:-1] + [last])
    return re.search(r"(?<![\w-])" + body + r"s?(?![\w-])", abstract, re.I) is not None


def unrepeated(phrase: str, abstract: str) -> bool:
    """Whether the abstract neither writes ``phrase`` again (:func:`written_again`) nor spells it with an acronym
    (:func:`kg.graph.namehood.spelt_in`): nothing outside the title names it so."""
    return not written_again(phrase, abstract) and not spelt_in(phrase, abstract)


def vague_title_phrase(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a title-name Method of two or three words is plain words before a vague head
    (:data:`kg.extract.words.WEAK_HEADS`), without a name's shape, that the abstract neither writes again
    (:func:`written_again`) nor spells with an acronym: a description of the work, not a name."""
    if not title_guess(m, _TITLE_NAME):
        return False
    words = m.text.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() not in WEAK_HEADS or name_shaped(words, in_capitals(text)):
        return False
    return _plain_words(words[:-1]) and unrepeated(m.text, abstract)


def adjective_title_phrase(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a phrase rule's Method guess in a title is one adjective (or describing word) before a technique's or
    a model's head word, that the abstract neither writes again (:func:`written_again`) nor spells with an acronym:
    "Motion Deblurring with an Adaptive Network", "Parsing via Hierarchical Sampling". Its capitals are the title's
    style, not a name's; one adjective says what the paper's own network or step is like, and an abstract that uses
    the phrase as the name of a technique writes it. A second word before the head ("Adaptive Separable
    Convolution", "Cascaded Refinement Networks"), a noun ("Memory Network"), a hyphen or a name's shape may coin a
    name and stays; so does a title set in capitals (:func:`kg.graph.namehood.typeset_phrase` reads those).

    >>> from kg.vocab import EntityType
    >>> t = "Ledger Parsing with an Adaptive Network"
    >>> m = Mention(EntityType.METHOD, "Adaptive Network", 23, 39, field="title", rule="head")
    >>> adjective_title_phrase(m, t, "We parse ledgers."), adjective_title_phrase(m, t, "Our adaptive networks parse.")
    (True, False)
    >>> t = "Ledger Parsing with Ledger Attention"
    >>> adjective_title_phrase(Mention(EntityType.METHOD, "Ledger Attention", 20, 36, field="title", rule="head"), t)
    False
    """
    if not title_guess(m, GUESS_RULES):
        return False
    words = m.text.split()
    if len(words) != 2 or words[1].lower() not in TECHNIQUE_HEADS or not words[0].isalpha() or in_capitals(text):
        return False
    return _describing(words[0]) and unrepeated(m.text, abstract)
