"""Long forms cut inside a longer noun phrase: an acronym's letters are used up before the phrase ends, so its long
form stops on a word that only describes the noun after it ("Quokka GPU-Aware (QGA) glyph search", "Quokka
Progressive (QP) glyph detector"), or, in a title, before more words of the same capitalised run ("QCO: Quick
Convolutional Network for Online Glyph Reading"). Such a long form names nothing by itself: the acronym names the
thing, or the whole phrase does where the acronym still spells it (:mod:`kg.link.titles`).

Plain word tests, asked by :func:`kg.extract.acronym_sources.from_acronyms` and by the linker's title definitions.
"""
from __future__ import annotations

import re

from kg.extract.abbreviations import technique_kind
from kg.extract.long_form_words import adjective_only
from kg.extract.ordinary_words import ADJECTIVE_TAIL, load_words
from kg.extract.words import (FUNCTION_WORDS, KIND_HEADS, KIND_NOUNS, METHOD_HEADS, PARTICIPLE_SHAPE, ROLE_HEADS,
                              THING_NOUNS, TITLE_NP_STOP)

#: What splits a long form's last word into the parts whose last is its head ("GPU-Aware", "Compressed/DeCompressed").
_PARTS = re.compile(r"[\s\-/+]+")
#: An acronym's closing bracket, and a word after it: letters, maybe hyphenated, in any case ("glyph", "UDA").
_BRACKET_CLOSE = re.compile(r"\s*\)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z\-]*)\b(?![\d(])")
#: A technique's head words: what a noun phrase that names one ends in ("search", "model", "loss", "module").
_TECHNIQUE_HEADS = frozenset(METHOD_HEADS | KIND_NOUNS | KIND_HEADS | ROLE_HEADS | THING_NOUNS)

#: Short forms of head words ("Net" for network: "Quokka Supervised Nets").
_SHORT_HEADS = frozenset({"net", "nets"})


def describes_next_noun(word: str) -> bool:
    """Whether a long form's last word only describes a noun after it (not
    :func:`kg.graph.namehood.describing_word`, which reads a title's words): a compound adjective ("GPU-Aware",
    "anchor-free": :data:`~kg.extract.ordinary_words.ADJECTIVE_TAIL`), a participle ("Semi-supervised",
    "Compressed/DeCompressed") or an adjective's shape that is no head noun
    (:func:`kg.extract.long_form_words.adjective_only`: "Progressive", not "Retrieval").

    >>> [describes_next_noun(w) for w in ("GPU-Aware", "Semi-supervised", "Progressive", "Retrieval", "Network",
    ...                                   "Speed")]
    [True, True, True, False, False, False]
    """
    low = word.lower().strip(".,;:")
    if ADJECTIVE_TAIL.search(low):
        return True
    last = _PARTS.split(low)[-1]
    return participle(last) or adjective_only(last)


#: Prefixes a participle may take before its verb ("DeCompressed", "unsupervised", "re-weighted").
_VERB_PREFIXES = ("", "de", "un", "re", "pre", "co", "non", "over", "under")


def participle(word: str) -> bool:
    """Whether a lower-case word is a verb's past participle: "-ed" after a verb abstracts use (the shipped
    ``verb_words.txt``), maybe behind a prefix ("decompressed") or with its last consonant doubled; not a word that
    merely ends so ("infrared", "speed").

    >>> [participle(w) for w in ("supervised", "decompressed", "planned", "infrared", "speed")]
    [True, True, True, False, False]
    """
    if PARTICIPLE_SHAPE.fullmatch(word) is None:
        return False
    verbs = load_words("verb_words.txt")
    stem = word[:-2]
    stems = (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else "")
    return any(s.startswith(p) and s[len(p):] in verbs for s in stems if s for p in _VERB_PREFIXES)


def technique_end(long_text: str) -> bool:
    """Whether a long form ends on a technique's head word (:data:`_TECHNIQUE_HEADS`: "Model", "Networks"): its own
    head, which a word after it does not cut.

    >>> technique_end("General Quokka Model"), technique_end("Quokka Trajectory")
    (True, False)
    """
    words = long_text.split()
    return bool(words) and _technique_head(_PARTS.split(words[-1].lower())[-1])


def describing_end(long_text: str) -> bool:
    """Whether a long form ends on a describing word (:func:`describes_next_noun`).

    >>> describing_end("Quokka GPU-Aware"), describing_end("Quokka Glyph Search")
    (True, False)
    """
    words = long_text.split()
    return bool(words) and describes_next_noun(words[-1])


#: Function words and forms of be / have: no noun an acronym describes.
NOT_A_NOUN = frozenset(TITLE_NP_STOP | {"and", "or", "is", "are", "was", "were", "be", "has", "have", "had", "can",
                                        "which", "that", "as", "than", "the", "a", "an", "not", "also"})


def verb_with_ending(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` is a verb of ``verbs`` or that verb with a letter or two of ending cut ("enjoys", "helps",
    "aimed"; not :func:`kg.extract.head_phrases.verb_form`, which reads the third person only, "-ies" too)."""
    return any(w in verbs for w in (word, word[:-1], word[:-2]) if w)


def noun_phrase_goes_on(text: str, short: str, end: int, verbs: frozenset[str]) -> bool:
    """Whether a technique's noun phrase goes on after the acronym ``short`` whose bracket closes at ``end``: up to
    four words follow (:func:`words_after_bracket`), no verb of ``verbs`` first (:func:`verb_with_ending`), one of them a
    technique's head or an agent noun (:func:`_technique_head`: "(QGA) glyph search", "(QP) glyph detector"); not
    "(VLSI) circuits", a device, nor after an acronym that is a compound adjective itself ("(Q-based) glyphs").

    >>> t = "Quokka GPU-Aware (QGA) glyph search; Quokka Adaptive (QA) helps; quokka integrated (QI) circuits"
    >>> [noun_phrase_goes_on(t, s, t.index(") " + w), {"help"}) for s, w in (("QGA", "g"), ("QA", "h"), ("QI", "c"))]
    [True, False, False]
    """
    if ADJECTIVE_TAIL.search(short):
        return False
    words = words_after_bracket(text, end)
    if not words or verb_with_ending(words[0], verbs):
        return False
    return any(_technique_head(w) for w in words)


def _technique_head(word: str) -> bool:
    """Whether a (lower-case) word, or its first hyphen part, is a technique's head word (singular or plural) or an
    agent noun ("detector", "encoder")."""
    word = word.split("-")[0]
    return word in _TECHNIQUE_HEADS or word in _SHORT_HEADS or word[:-1] in _TECHNIQUE_HEADS or \
        (len(word) >= 7 and word.endswith(("tor", "ter", "der", "ner", "ker")))


def words_after_bracket(text: str, end: int) -> list[str]:
    """The words (lower case, up to four) right after the bracket that closes at ``end``, up to a function word, a
    form of be or have (:data:`NOT_A_NOUN`) or punctuation: the noun phrase the acronym stands in.

    >>> t = "a Quokka GPU-Aware (QGA) glyph search for shelves; Quokka Progressive (QP) is new"
    >>> words_after_bracket(t, t.index(") glyph")), words_after_bracket(t, t.index(") is"))
    (['glyph', 'search'], [])
    """
    m = _BRACKET_CLOSE.match(text, end)
    out: list[str] = []
    at = m.end() if m else -1
    while m is not None and len(out) < 4 and (w := _NEXT_WORD.match(text, at)) is not None:
        word = w.group(1).lower()
        if word in NOT_A_NOUN:
            break
        out.append(word)
        at = w.end()
    return out


#: The words of a title's capitalised run: a capital first, then letters, digits or hyphens ("Video", "Multi-Scale").
_RUN_WORD = re.compile(r" ([A-Z][\w\-]*)")


def run_after(rest: str, end: int, describing: bool) -> int:
    """Where the capitalised run of a title that goes on right after ``rest[:end]`` (a long form) ends: past each
    next word that opens on a capital and is no function word ("... for Online| Video Understanding"); ``end`` when
    none does, or when the first is a technique's kind noun after a long form that does not end on a describing word
    (``describing``): "Quokka Glyph Network" names a Quokka Glyph, the noun says what it is
    (:func:`~kg.extract.abbreviations.technique_kind`); "Quokka Anchor-Free Module" is the module's name.

    >>> t = "Quick Network for Online Glyph Reading in Trees"
    >>> t[:run_after(t, t.index(" Glyph"), False)], t[:run_after(t, t.index(" for"), False)]
    ('Quick Network for Online Glyph Reading', 'Quick Network')
    """
    at = end
    while (m := _RUN_WORD.match(rest, at)) is not None and m.group(1).lower() not in FUNCTION_WORDS:
        if at == end and not describing and technique_kind(m.group(1)):
            return end
        at = m.end()
    return at
