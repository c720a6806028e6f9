"""A name written only as the modifier of another noun names no technique of its own.

"JPEG artifacts", "SMILES strings", "UV maps": a capitalised token that papers write only before a lower-case
noun is a format, a notation or a coordinate system that qualifies the noun, not "a model, architecture,
algorithm, loss, training or inference technique" (GUIDELINES.md). Methods are written so too ("SIFT
descriptors", "BERT features"), but papers also write them as the head of a noun phrase: the subject or the
object of a verb ("we fine-tune BERT", "SIFT is"), after a preposition ("with SIFT"), before a punctuation mark.

A mention typed by its shape only that a lower-case noun follows (:func:`modifier_after`; past the parenthesis of
the acronym a long form defines: "time-frequency (TF) domain") votes ``modifier``
(no weight: :data:`kg.link.types.KIND_WEIGHT`); the graph leaves out a Method that papers write so two times in
three or more, in more than one paper, and that nothing names a method
(:func:`kg.graph.method_kinds.modifier_kind`). The words after a name are read without a parser: a function word, a
verb ("achieves", "is trained") or a head word of a method or a model ("model", "network", "layer") is no noun the
name modifies. A word in "-ing" (a gerund the name modifies, "JPEG deblocking", or a verb) or a title's title-case
word ("Blind JPEG Artifacts Removal") is read neither way (:func:`unread_after`, an ``unread`` vote): such mentions do
not count among those the share is taken of.
"""
from __future__ import annotations

import re

from kg.extract.acronym_letters import spells
from kg.extract.words import METHOD_HEADS, OWN_HEADS, verbish
from kg.link.lexicon_rows import verb_words
from kg.link.normalize import FUNCTION_WORDS, singular

#: The lower-case word right after a name, spaces between them (no hyphen, no parenthesis: "JPEG-based", "(JPEG)"),
#: or after a parenthesis of one word with a capital (``bracket``): "time-frequency (TF) domain" is written before
#: "domain" (:func:`modifier_after` reads past the acronym the name defines only).
_WORD_AFTER = re.compile(r"(?:[ \t]+\((?P<bracket>(?=[\w\-]*[A-Z])[A-Za-z][\w\-]{0,14})\))?[ \t]+([a-z][a-z\-]*)\b"
                         r"(?![\-'’])")
#: A lower-case word in "-ing" or a title-case word right after a name (:func:`unread_after`).
_UNREAD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+|[a-z][a-z\-]*ing)\b(?![\-'’])")
#: Words, besides the function words, that relate phrases and are no noun a name modifies: "X versus Y", "X alone".
_LINKING = frozenset({"vs", "versus", "across", "against", "within", "using", "only", "alone", "itself", "not",
                      "there", "here", "now", "still", "too", "even"})
#: Prepositions in "-ing", which end a name's phrase as the function words do: "X according to", "X regarding".
_ING_PREPOSITIONS = frozenset({"according", "regarding", "following", "concerning", "including", "excluding",
                               "during", "pending", "barring", "notwithstanding"})
#: Head words a name of a method or a model comes before: "SIFT features" aside, "Quokka model", "the Quokka parser"
#: are the name's own (a plural's "s" dropped before the look-up).
_OWN_HEADS = frozenset(METHOD_HEADS | OWN_HEADS)


def modifier_after(text: str, end: int, start: int | None = None) -> bool:
    """Whether a lower-case noun follows a name ending at ``end``, which the name modifies ("JPEG artifacts"),
    not a function word, a verb or a method's head word ("JPEG and", "BERT achieves", "Quokka networks"); past a
    parenthesis only when it holds an acronym (:func:`_acronym_bracket`): not "QuokkaNet (Ours) results".

    >>> t = "JPEG artifacts; SMILES strings of molecules. BERT achieves, BERT is trained, Quokka networks and JPEG."
    >>> names = ("JPEG", "SMILES", "BERT achieves", "BERT is", "Quokka", "and JPEG")
    >>> [modifier_after(t, t.index(w) + len(w)) for w in names]
    [True, True, False, False, False, False]
    >>> t = "the Quokka parser, Quokka taggers, a Quokka policy"
    >>> [modifier_after(t, t.index(w) + len(w)) for w in ("the Quokka", ", Quokka", "a Quokka")]
    [False, False, False]
    >>> t = "QUOX losses, QUOX strings"
    >>> [modifier_after(t, t.index(w) + len(w)) for w in ("QUOX", ", QUOX")]
    [False, True]
    >>> t = "JPEG-based codecs, (JPEG) files, JPEG quality factors, POS tagging"
    >>> [modifier_after(t, t.index(w) + len(w)) for w in ("JPEG", "(JPEG", "files, JPEG", "POS")]
    [False, False, True, False]
    >>> t = "time-frequency (TF) domain, Zebra Yak (ZY) networks, zebra yak (see) pages"
    >>> [modifier_after(t, t.index(w) + len(w)) for w in ("time-frequency", "Zebra Yak", "zebra yak")]
    [True, False, False]
    >>> t = "QuokkaNet (Ours) results, SIFT (Lowe) descriptors, ResNet (ImageNet) features, time frequency (TFreq) maps"
    >>> [modifier_after(t, t.index(w) + len(w)) for w in ("QuokkaNet", "SIFT", "ResNet", "time frequency")]
    [False, False, False, False]
    >>> modifier_after(t, t.index("frequency") + len("frequency"), t.index("time"))  # the name spells TFreq
    True
    """
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    bracket = m.group("bracket")
    if bracket and not _acronym_bracket(bracket, None if start is None else text[start:end]):
        return False
    word = m.group(2)
    if word in FUNCTION_WORDS or word in _LINKING or word in _OWN_HEADS or singular(word) in _OWN_HEADS:
        return False
    return not verbish(word, verb_words())


def unread_after(text: str, end: int, title: bool = False) -> bool:
    """Whether the word right after a name ending at ``end`` (spaces between them) is one :func:`modifier_after`
    cannot read as a noun the name modifies nor as the end of its phrase: a word in "-ing" that is no function or
    linking word (a gerund, "JPEG deblocking", "POS tagging", or a verb: no parser tells them apart) or, in a
    ``title``, a title-case word (the title's style: "Blind JPEG Artifacts Removal"). Out of a title, a capitalised
    word after a name goes on a longer name ("SIFT Flow"), which is no use of the name as a modifier. A function or
    linking word, or a preposition in "-ing" (:data:`_ING_PREPOSITIONS`), ends the phrase in any case ("JPEG For
    Phones", "JPEG according to").

    >>> t = "JPEG deblocking; JPEG using it; JPEG is; JPEG artifacts; JPEG-ing; JPEG (JP) deblocking; JPEG Artifacts"
    >>> [unread_after(t, t.index(w) + 4) for w in ("JPEG d", "JPEG u", "JPEG i", "JPEG a", "JPEG-", "JPEG (")]
    [True, False, False, False, False, False]
    >>> unread_after(t, t.index("JPEG A") + 4), unread_after(t, t.index("JPEG A") + 4, title=True)
    (False, True)
    >>> [unread_after(t, 4, title=True) for t in ("JPEG For Phones", "JPEG With Noise", "JPEG according to")]
    [False, False, False]
    """
    m = _UNREAD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if low in FUNCTION_WORDS or low in _LINKING or low in _ING_PREPOSITIONS:
        return False  # the end of the name's phrase ("For", "With", "according to")
    return title or not word[0].isupper()


def _acronym_bracket(bracket: str, name: str | None) -> bool:
    """Whether the word in a parenthesis after a name is an acronym: at least two capitals and no more lower-case
    letters than capitals ("TF", "GANs", "BiLSTM"; not "Ours", "Lowe", "ImageNet"), or it spells the ``name`` it
    follows, when that is known (:func:`kg.extract.acronym_letters.spells`: "Quokka Net (QN)").

    >>> [_acronym_bracket(b, None) for b in ("TF", "GANs", "BiLSTM", "Ours", "Lowe", "ImageNet")]
    [True, True, True, False, False, False]
    """
    caps = sum(c.isupper() for c in bracket)
    if caps >= 2 and caps >= sum(c.islower() for c in bracket):
        return True
    return name is not None and spells(bracket, name)
