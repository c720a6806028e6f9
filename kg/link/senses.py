"""A lexicon acronym a paper spells out as another thing: the paper's own sense of the letters.

The shipped lexicons name some entries by an acronym and know what its letters stand for (a name of the
entry of two words or more whose initials they are: "SST" and "Stanford Sentiment Treebank"). A paper that
writes the acronym in parentheses after words that spell it ("Singlestride Sparse Transformer (SST)") says what
the letters mean in that paper. When those words are none of the entry's long forms (:func:`other_sense`), the
paper's mentions of the acronym name its own thing, not the lexicon entity
(:func:`~kg.link.tokens.written_definitions`); papers that use the letters bare keep the lexicon's sense.

Words that are the lexicon's long form shortened or respelt are the lexicon entity still: "convolutional network
(CNN)" is a "convolutional neural network", "neural architectures (NAS)" are found by a "neural architecture
search". An entry that knows no long form of its
letters ("AVA", "DARTS") says nothing here: the corpus-level acronym joins (:mod:`kg.link.acronyms`) decide.
"""
from __future__ import annotations

import re

from kg.extract.lexicon_data import spelt_long_forms
from kg.link.normalize import FUNCTION_WORDS, singular
from kg.vocab import EntityType

_WORD = re.compile(r"[a-z0-9]+")


def _words(name: str) -> tuple[str, ...]:
    """The words of a name in lower case and singular, hyphen parts as words, function words aside."""
    return tuple(singular(w) for w in _WORD.findall(name.lower()) if w not in FUNCTION_WORDS)


def _letters(acro: str) -> str:
    """The letters of an acronym without a plural "s" ("SNNs" -> "SNN")."""
    return acro[:-1] if len(acro) > 2 and acro.endswith("s") and acro[:-1].isupper() else acro


def other_sense(etype: EntityType, canonical: str, acro: str, long: str) -> bool:
    """Whether the words ``long`` a paper spells the lexicon acronym ``acro`` with (a match of the entry
    ``(etype, canonical)``) name another thing than the entry: the entry knows the letters by long forms
    (:func:`~kg.extract.lexicon_data.spelt_long_forms`) and none of them holds every word of the paper's (the
    same name, or it shortened), is the paper's written with other hyphens or spaces ("multilayer perceptrons" of
    "multi-layer perceptron") or spelt another way (:func:`~kg.link.acronyms.respelt_long_form`).

    >>> D, M = EntityType.DATASET, EntityType.METHOD
    >>> other_sense(D, "SST", "SST", "Singlestride Sparse Transformer")
    True
    >>> other_sense(M, "spiking neural network", "SNNs", "shallow neural networks")
    True
    >>> other_sense(M, "convolutional neural network", "CNN", "convolutional network")
    False
    >>> other_sense(M, "multilayer perceptron", "MLPs", "multilayer perceptrons")
    False
    >>> other_sense(D, "AVA", "AVA", "Aesthetic Visual Analysis")
    False
    """
    from kg.link.acronyms import respelt_long_form  # noqa: PLC0415 (kg.link.acronyms reads the linker's tables)

    known = spelt_long_forms(etype, canonical, _letters(acro))
    if not known:
        return False  # the lexicon does not say what the letters stand for
    mine = _words(long)
    for name in known:
        theirs = _words(name)
        if set(mine) <= set(theirs) or "".join(mine) == "".join(theirs) or respelt_long_form(mine, theirs):
            return False
    return True
