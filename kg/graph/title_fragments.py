"""A title's phrase guess that is no whole noun phrase of the title: a clause, or a piece of a longer name (issue 18).

The phrase rules read a technique off its head word and the Title Case words around it. In a title that span may
be no noun phrase: it holds a verb between its words, the title being a sentence ("Can Active Memory Replace
Attention?", "Feature Quantization Improves GAN Training"), or the title's noun phrase goes on past it with the
technique word it ends on ("A Heuristic-driven Ensemble Framework for ...", "... Deep Learning Ensemble Models") or
with "of" and a name after a thing ("a 3D Deeply-initialized Ensemble of Regression Trees"). Either way the span
names nothing the paper calls so: a guess by its look (:func:`title_fragment`), unless the abstract writes it again
(:func:`kg.graph.vague_titles.written_again`) or, for a piece, spells it with an acronym. A name's shape keeps a
piece (a capital inside, a digit: "Dual-MRC Framework", "X-Linear Attention Networks"); a process before "of" is
the name, its object what it is done to ("Cloze-driven Pretraining of Self-attention Networks"). A verb that is a
technique word itself is the name's noun ("Graph Auto Encoders", "Field Transforms"). :mod:`kg.graph.weak_evidence`
drops the node only when this is its paper's one mention and no other paper has it.

>>> from kg.models import Mention
>>> from kg.vocab import EntityType as T
>>> t = "Can Sparse Memory Replace Attention?"
>>> title_fragment(Mention(T.METHOD, "Sparse Memory Replace Attention", 4, 35, field="title", rule="head"), t)
True
"""
from __future__ import annotations

import re

from kg.extract.head_phrases import process_head, verb_form
from kg.extract.ordinary_words import load_words
from kg.extract.words import GUESS_RULES
from kg.graph.namehood import in_capitals, name_shaped, technique_word, title_guess
from kg.graph.vague_titles import unrepeated, written_again
from kg.models import Mention

#: The rules whose Method in a title is a span read around a head word or a title's subject, not a defined name: the
#: phrase rules' guesses, a Title Case run and the title-name rule.
_SPAN_RULES = GUESS_RULES | {"titlecase", "title-name"}
#: The Title Case word right after a span: "... Ensemble Framework", "... Embedding Models".
_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w\-])")
#: "of" and a capitalised word (or a digit) after a span, maybe past an article: "... Ensemble of Regression Trees".
_OF_NAME_AFTER = re.compile(r" of (?:(?:the|a|an) )?[A-Z0-9]")


#: Words that open a title that is a question, a modal or an auxiliary before its subject: a verb's base form after
#: the subject is finite ("Can Active Memory Replace Attention?").
_AUXILIARIES = frozenset({"can", "could", "do", "does", "did", "will", "would", "should", "shall", "may", "might",
                          "must"})


def holds_verb(words: list[str], title: str = "") -> bool:
    """Whether a word between a phrase's first and last is a finite verb of the shipped list
    (:func:`kg.extract.head_phrases.verb_form`) and no technique word: the phrase is a clause. The list holds
    adverbs and nouns too ("dynamically", "trellis", "match"): a word in "-ly" is none, and a base form counts only
    in a ``title`` a modal or an auxiliary opens ("Can ... Replace ...") or after a plural subject ("LLMs Meet RAG");
    otherwise the third person's "-s" form of a listed base ("Feature Quantization Improves GAN Training").

    >>> holds_verb("Sparse Memory Replace Attention".split(), "Can Sparse Memory Replace Attention?")
    True
    >>> holds_verb("Feature Quantization Improves GAN Training".split()), holds_verb("Long LLMs Meet RAG".split())
    (True, True)
    >>> [holds_verb(t.split(), t) for t in ("Graph Dynamically Weighted Attention", "Cross Domain Match Network",
    ...                                     "Neural Trellis Decoding Network", "Sparse Memory Replace Attention",
    ...                                     "Graph Auto Encoders Work")]
    [False, False, False, False, False]
    """
    verbs = load_words("verb_words.txt")
    opened = bool(title.split(maxsplit=1)[:1]) and title.split(maxsplit=1)[0].lower() in _AUXILIARIES
    return any(w.isalpha() and _finite(w.lower(), words[i].lower(), opened, verbs) and not technique_word(w)
               for i, w in enumerate(words[1:-1]))


def _finite(low: str, before: str, opened: bool, verbs: frozenset[str]) -> bool:
    """Whether a lower-case word of the verb list is finite where it stands (:func:`holds_verb`): a third person's
    form of a listed base, or a base form in a title a modal opens or after a plural (``before``: the word before)."""
    if low.endswith("ly") or not verb_form(low, verbs):
        return False
    if low.endswith("s") and (low[:-1] in verbs or low[:-2] in verbs or low[:-3] + "y" in verbs):
        return True  # "Improves", "Connects", "Simplifies"
    return opened or (before.endswith("s") and not before.endswith(("ss", "us", "is")))


def goes_on(m: Mention, text: str) -> bool:
    """Whether the title's noun phrase goes on right after the span ``m``: with a Title Case technique word
    ("... Ensemble Framework") or, after a span that names no process, with "of" and a name ("... Ensemble of
    Regression Trees"; not "Pretraining of Self-attention Networks").

    >>> from kg.vocab import EntityType
    >>> t = "A Wombat Ensemble Framework and a Wombat Ensemble of Receipt Trees and Wombat Pretraining of Readers"
    >>> [goes_on(Mention(EntityType.METHOD, "Wombat Ensemble", i, i + 15, field="title"), t)
    ...  for i in (2, t.index("Wombat Ensemble of"))]
    [True, True]
    >>> i = t.index("Wombat Pretraining")
    >>> goes_on(Mention(EntityType.METHOD, "Wombat Pretraining", i, i + 18, field="title"), t)
    False
    """
    after = _WORD_AFTER.match(text, m.end)
    if after is not None and technique_word(after.group(1)):
        return True
    return _OF_NAME_AFTER.match(text, m.end) is not None and not process_head(m.text.split()[-1])


def title_fragment(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a span rule's Method in a title (no alias) is no whole noun phrase there: a clause
    (:func:`holds_verb`) the abstract does not write again, or a piece (:func:`goes_on`) without a name's shape that
    the abstract neither writes again nor spells with an acronym. ``text`` is the title."""
    words = m.text.split()
    if not title_guess(m, _SPAN_RULES) or len(words) < 2:
        return False
    if holds_verb(words, text):
        return not written_again(m.text, abstract)
    if name_shaped(words, in_capitals(text)) or not goes_on(m, text):
        return False
    return unrepeated(m.text, abstract)
