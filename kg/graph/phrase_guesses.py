"""A phrase rule's lower-case Method guess that describes a paper's own thing rather than names a technique.

:mod:`kg.graph.weak_evidence` holds each no evidence in any number of papers (issue 18; a definition, a capitalised
name, a lexicon entry or a stated result elsewhere keeps the node):

- **a generic compound** (:func:`generic_compound`): two technique words, the second a part or an objective ("memory
  module", "classification loss", "supervised loss");
- **a part's description** (:func:`part_description`): a part, a step, a role or what a part computes ("fusion
  module", "recurrent encoder", "objective function");
- **an ordinary modifier** (:func:`ordinary_modifier`): an everyday word no lexicon name uses ("proper
  regularization");
- **a vague head** (:func:`vague_head`): a head too vague to name on its own ("cross-scale aggregation");
- **a describing compound** (:func:`describing_compound`): a compound adjective before a kind ("a real-time approach");
- **a description before its name** (:func:`named_description`): what the name a paper gives right after it is
  ("a novel cost aggregation network, called FooNet");
- **one of the paper's own** (:func:`own_description`): a whole noun phrase that an indefinite article or a
  possessive opens ("a dual loss that ...", "our fusion network,").
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.head_phrases import process_head
from kg.extract.ordinary_words import describing_compound as compound_describing
from kg.extract.proposal_cues import USE_VERB
from kg.extract.words import DESCRIBING_WORDS, ROLE_MODIFIERS, WEAK_HEADS
from kg.graph.namehood import _PHRASE_RULES, TECHNIQUE_ENDS, _common
from kg.graph.task_guesses import task_heads
from kg.link.normalize import typed_head
from kg.models import Mention
from kg.vocab import EntityType

#: The words of a part or an objective of a technique: "X module", "X loss", "X function".
_PART_WORDS = frozenset({"module", "modules", "loss", "losses", "function", "functions"})


def generic_compound(m: Mention, abstract: str = "") -> bool:
    """Whether a phrase rule's lower-case guess is two technique words, the second a part or an objective
    ("memory module", "training loss", "loss function", "fusion module"): the part of some technique named by
    what it holds or does, not a technique one could look up. On the arXiv build such a compound in lower
    case is never defined, capitalised or proposed by name in any paper, in up to 16 papers; it is no evidence
    in any number of papers (a definition, a lexicon entry or a capitalised name elsewhere keeps the node).

    >>> [generic_compound(Mention(EntityType.METHOD, w, 0, len(w), rule="head"))
    ...  for w in ("memory module", "loss function", "triplet loss", "Fusion Module", "memory network")]
    [True, True, False, False, False]

    So is a part or an objective named by the task it serves, the last word of a Task lexicon name
    ("classification loss", "ranking loss", "verification loss"): which loss it is, its form, is said nowhere
    ("triplet", "focal", "hinge" say it; on the arXiv build "classification loss" is in 16 papers, each its own
    model's objective, never defined or capitalised).

    >>> [generic_compound(Mention(EntityType.METHOD, w, 0, len(w), rule="head"))
    ...  for w in ("classification loss", "ranking loss", "focal loss", "Classification Loss")]
    [True, True, False, False]

    So is a loss (no other part: "supervised module" is not judged so) named by the training regime it serves, the
    modifier of a lexicon Method "<word> learning" or "<word> training" ("supervised loss", "multi-task loss",
    "semi-supervised loss", "curriculum loss"): the regime says which data or schedule trains the model, not the
    loss's form; on the arXiv build such a loss is each paper's own objective ("replacing the generic supervised
    loss", "optimizing a multi-task loss"), never defined. A lexicon name of that shape is a name ("contrastive
    loss", "adversarial loss" are lexicon rows, however the phrase is spaced).

    >>> [generic_compound(Mention(EntityType.METHOD, w, 0, len(w), rule="head"))
    ...  for w in ("supervised loss", "multi-task loss", "contrastive loss", "Supervised Loss", "supervised module")]
    [True, True, False, False, False]

    So is a loss named by the role it plays or the part it supervises (:data:`~kg.extract.words.ROLE_MODIFIERS`:
    "auxiliary loss", "prediction loss", "feature loss", "output loss"): the role says where the loss sits in the
    paper's own model, not its form; on the arXiv build "auxiliary loss" is in 10 papers, each its own extra objective
    ("we introduce an auxiliary loss to ..."), never defined. A lexicon name of that shape is a name.

    >>> [generic_compound(Mention(EntityType.METHOD, w, 0, len(w), rule="object"))
    ...  for w in ("auxiliary loss", "output losses", "Auxiliary Loss", "auxiliary module", "focal loss")]
    [True, True, False, False, False]

    A title's capitals are its style when the paper's abstract writes the phrase in lower case (``abstract``): "...
    Models and Auxiliary Loss" over "with an auxiliary loss function".

    >>> t = Mention(EntityType.METHOD, "Auxiliary Loss", 0, 14, field="title", rule="head")
    >>> generic_compound(t, "trained with an auxiliary loss function."), generic_compound(t, "trained with SAL.")
    (True, False)
    """
    words = m.text.split()
    if m.type is not EntityType.METHOD or m.rule not in _PHRASE_RULES or m.aliases or len(words) != 2:
        return False
    if not m.text.islower() and not _lower_in_abstract(m, abstract):
        return False
    first, last = words = [w.lower() for w in words]
    if last not in _PART_WORDS:
        return False
    return first in TECHNIQUE_ENDS or first.rstrip("s") in TECHNIQUE_ENDS or first in task_heads() \
        or (last in _LOSS_WORDS and (first in _regime_words() or first in ROLE_MODIFIERS)
            and not _lexicon_method(words))


def _lower_in_abstract(m: Mention, abstract: str) -> bool:
    """Whether a title's mention is written in lower case as a whole phrase in the paper's abstract: its capitals in
    the title are the title's style."""
    if m.field != "title" or not abstract:
        return False
    low = " ".join(m.text.lower().split())
    return re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", " ".join(abstract.split())) is not None


#: The part words a training regime's or a role's word before them makes generic (:func:`generic_compound`): a loss
#: only.
_LOSS_WORDS = frozenset({"loss", "losses"})
#: The last words of a lexicon Method that names a training regime: "supervised learning", "curriculum learning".
_REGIME_HEADS = frozenset({"learning", "training"})


@lru_cache(maxsize=1)
def _method_names() -> frozenset[str]:
    """Every Method lexicon name and alias, in lower case."""
    from kg.extract.lexicon_data import entry_names  # noqa: PLC0415

    return frozenset(n.lower() for n in entry_names([EntityType.METHOD]))


@lru_cache(maxsize=1)
def _regime_words() -> frozenset[str]:
    """The modifiers of the two-word Method lexicon names of a training regime ("supervised", "multi-task",
    "curriculum", "contrastive" of "supervised learning", "multi-task learning", ...)."""
    pairs = (n.split() for n in _method_names())
    return frozenset(w[0] for w in pairs if len(w) == 2 and w[1] in _REGIME_HEADS)


def _lexicon_method(words: list[str]) -> bool:
    """Whether a lower-case phrase of ``words`` (two or more, spaced by one space), or the phrase with its last word
    singular, is a Method lexicon name or alias."""
    from kg.link.normalize import singular  # noqa: PLC0415

    return " ".join(words) in _method_names() or " ".join([*words[:-1], singular(words[-1])]) in _method_names()


#: Head words that name a part of a system or a step of a procedure, never a technique by themselves: "a
#: fusion module", "a refinement module", "a new evaluation protocol", "an intuitive way", "a building block";
#: the role a network plays inside a system, "a recurrent encoder", "a linear decoder", "the 2D pose
#: estimator", "a recurrent unit" (the architecture is what fills the role: "LSTM", "Transformer encoder");
#: and what a part computes, "a discriminative embedding", "entity embeddings", "a novel objective function"
#: (the technique is what learns or optimises it: "word2vec", "TransE", "triplet loss").
_PART_HEADS = frozenset({
    "module", "modules", "block", "blocks", "component", "components", "protocol", "protocols", "way", "ways",
    "pipeline", "pipelines", "procedure", "procedures", "branch", "branches", "term", "terms", "stage", "stages",
    "step", "steps", "analysis", "analyses", "scheme", "schemes", "strategy", "strategies",
    "encoder", "encoders", "decoder", "decoders", "estimator", "estimators", "unit", "units",
    # what such a part computes: an embedding (a vector), a function (an objective, an activation)
    "embedding", "embeddings", "function", "functions",
})


def _lower_guess_words(m: Mention) -> list[str] | None:
    """The words of a phrase rule's lower-case Method guess of two words or more with no alias (what
    :func:`part_description` and :func:`ordinary_modifier` read); None for any other mention."""
    words = m.text.split()
    if m.type is not EntityType.METHOD or m.rule not in _PHRASE_RULES or m.aliases or len(words) < 2:
        return None
    return words if m.text.islower() else None


def part_description(m: Mention) -> bool:
    """Whether a phrase rule's lower-case guess describes a part or a step of some system by what it does
    ("fusion module", "evaluation protocol", "plug-and-play module", "building block", "intuitive way"):
    words a paper writes about its own parts, not a technique one could look up. On the arXiv build such a
    phrase is in 2 to 6 papers, each describing its own module; it is no evidence in any number of papers (a
    paper that names it, "Attention Module" or "the refinement module (RM)", keeps the node). So is a role a
    network plays, described by what it reads or how it is built ("sequence encoder", "person feature encoder",
    "convolutional decoder", "pose estimator": in up to 10 arXiv papers, none naming a system).

    >>> [part_description(Mention(EntityType.METHOD, w, 0, len(w), rule="object"))
    ...  for w in ("evaluation protocol", "plug-and-play module", "Fusion Module", "average pooling")]
    [True, True, False, False]
    >>> [part_description(Mention(EntityType.METHOD, w, 0, len(w), rule="head"))
    ...  for w in ("recurrent encoder", "Hierarchical Encoder", "autoencoder", "variational autoencoder")]
    [True, False, False, False]

    So is what a part computes, described by what it is like or what it embeds ("compact embedding", "stamp
    embeddings", "objective function"): in 2 to 9 arXiv papers each, the vector or objective of the paper's own model.

    >>> [part_description(Mention(EntityType.METHOD, w, 0, len(w), rule="head"))
    ...  for w in ("compact embedding", "stamp embeddings", "objective function", "Stamp Embedding", "embedding")]
    [True, True, True, False, False]

    A loss function is a loss, a technique (GUIDELINES.md), whatever its modifiers: "stamp ranking loss function".

    >>> part_description(Mention(EntityType.METHOD, "stamp ranking loss function", 0, 27, rule="head"))
    False
    """
    words = _lower_guess_words(m)
    if words is None or words[-1] not in _PART_HEADS:
        return False
    return not (words[-2] == "loss" and words[-1].startswith("function"))  # a loss function is a loss


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every word of every lexicon name and alias, in lower case (the words names are made of)."""
    from kg.extract.lexicon_data import entry_names  # noqa: PLC0415

    return frozenset(w for n in entry_names() for w in n.lower().split())


def ordinary_modifier(m: Mention) -> bool:
    """Whether a phrase rule's lower-case guess opens on an ordinary English word that no lexicon name of any type
    uses ("proper regularization", "careful regularization", "appropriate loss", "learned embeddings", "pure
    convolution"): a word that says how good, how fitting or how obtained the thing is, not which technique it
    is (a technique's modifier, "contrastive", "dilated", "graph", is a word of some name). No evidence in any
    number of papers; a paper that defines or capitalises the phrase keeps the node.

    >>> [ordinary_modifier(Mention(EntityType.METHOD, w, 0, len(w), rule="head"))
    ...  for w in ("proper regularization", "dropout regularization", "Proper Regularization", "regularization")]
    [True, False, False, False]
    """
    words = _lower_guess_words(m)
    return words is not None and words[0] in _common() and words[0] not in _lexicon_words()


def vague_head(m: Mention) -> bool:
    """Whether a phrase rule's lower-case guess ends in a head too vague to make a name on its own
    (:data:`~kg.extract.words.WEAK_HEADS`: "aggregation", "fusion", "adaptation", "training"): the head rule
    never takes such a phrase, only the rules that read what a paper proposes or lists do ("we propose
    cross-scale aggregation", "including layered fusion and ..."). Being proposed or listed is how the phrase
    was found, not evidence of a name; two papers describing their own steps alike are no more. No evidence in
    any number of papers: a paper that defines, capitalises or scores it keeps the node.

    >>> [vague_head(Mention(EntityType.METHOD, w, 0, len(w), rule="object"))
    ...  for w in ("cross-scale aggregation", "Cross-Scale Aggregation", "aggregation", "contrastive loss")]
    [True, False, False, False]
    """
    words = _lower_guess_words(m)
    return words is not None and words[-1] in WEAK_HEADS


def describing_compound(m: Mention, text: str) -> bool:
    """Whether a phrase rule's guess of a Method is a compound adjective before the kind of thing it describes
    (:func:`kg.extract.ordinary_words.describing_compound`: "we propose a real-time approach", "a two-stream
    framework"): it says how the paper's own approach is built, no technique one could look up; no evidence in
    any number of papers. A name with aliases (a defined acronym) is a name.

    >>> t = "We propose a real-time approach, a re-weighting scheme, a two-stream encoder and a cross-entropy loss."
    >>> [describing_compound(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="object"), t)
    ...  for w in ("real-time", "re-weighting", "two-stream", "cross-entropy")]
    [True, False, True, False]
    """
    if m.type is not EntityType.METHOD or m.rule not in _PHRASE_RULES or m.aliases:
        return False
    return compound_describing(m.text, text, m.end)


#: Right after a phrase, the verb that gives it a name: ", called X", " named X", ", which is termed X", ", referred to
#: as X" ("named entity ..." is a term of its own, no naming).
_NAMING_AFTER = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:is|are|was|were|we)\s+)?(?:called|named|termed|dubbed|coined"
                           r"|referred\s+to\s+as)\b(?![\s\-]+entit)(?!\s+(?:by|after)\b)", re.I)


def named_description(m: Mention, text: str) -> bool:
    """Whether a phrase rule's lower-case Method guess stands right before the name the paper gives it ("a novel cost
    aggregation network, called FooNet", "a learnable module, termed BarNet", "a real-time face detector, named
    BazBox"): it says what the named thing is, it is no name of its own; two papers describing their own models alike
    ("..., called FooNet", "..., dubbed QuxNet") are two models, no technique. No evidence in any number of papers: a
    paper that writes the phrase elsewhere (not before a name), defines or capitalises it, or a lexicon entry (a curated
    name is matched by the lexicon rule: "a graph convolutional network named FooGCN") keeps the node.

    >>> t = "We propose a cost aggregation network, called FooNet, and a named entity tagger named Bar."
    >>> [named_description(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="object"), t)
    ...  for w in ("cost aggregation network", "FooNet", "named entity tagger")]
    [True, False, True]
    >>> t = "It uses a face detector, and named entity recognition."
    >>> named_description(Mention(EntityType.METHOD, "face detector", 10, 23, rule="head"), t)
    False
    >>> t = "We test the ink ticket rule, coined by Doe, and a quill pooling scheme, named after its maker, on named-entity data."
    >>> [named_description(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="object"), t)
    ...  for w in ("ink ticket rule", "quill pooling scheme")]
    [False, False]
    >>> t = "We use a glyph tagger, named-entity style."
    >>> named_description(Mention(EntityType.METHOD, "glyph tagger", 9, 21, rule="object"), t)
    False
    """
    if m.type is not EntityType.METHOD or m.rule not in _PHRASE_RULES or m.aliases or not m.text.islower():
        return False
    return _NAMING_AFTER.match(text, m.end) is not None


#: The determiners of one thing among many or of the paper's own: "a dual loss", "our fusion network", "this
#: re-projection loss" ("their" mostly points at others' work: "prior work trains with their triplet loss").
_OWN_DETERMINERS = frozenset({"a", "an", "our", "this", "these", "its", "each", "another"})
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z\-]*)\s*$")
#: Right after a phrase, what ends its noun phrase: a punctuation mark, the end of the text, or a word that no noun
#: compound goes on with (a preposition, a conjunction, a relative pronoun, a verb of being): "a dual loss that",
#: "a dual loss, ..."; not "a dual loss function", whose determiner is the longer phrase's.
_NP_END = re.compile(r"\s*(?:[,.;:!?)\]]|$|(?:that|which|to|for|with|in|on|of|by|from|as|at|and|or|is|are|was|were"
                     r"|can|will|via|into|where|whose|over|between|across|under|through|than)\b)")


#: Before "a"/"an", a preposition of means: "trained with an angular loss" uses a technique the paper does not describe
#: (and so does a verb of use, :data:`kg.extract.proposal_cues.USE_VERB`: "we use an angular loss").
_MEANS_BEFORE = frozenset({"with", "using", "via", "by", "through", "under", "from"})
#: Words between the determiner and the phrase that say the thing is the paper's new one: "a novel", "a new".
_NOVELTY = frozenset({"novel", "new", "proposed"})
#: Right after a phrase, a clause that describes it: "a dual loss that enforces ..." (not "to": "trained with a
#: dual loss to learn ..." says what the training is for).
_CLAUSE_AFTER = re.compile(r"\s*,?\s*(?:that|which)\b")


def _determiner(text: str, start: int) -> tuple[str, str, set[str]] | None:
    """The determiner of one thing among many or of the paper's own before ``start`` (lower case), the word before it
    (lower case, "" if none) and the describing words between; None when another word stands there."""
    between: set[str] = set()
    for _ in range(4):  # the determiner, after up to three describing words
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return None
        word = before.group(1)
        if word.lower() in _OWN_DETERMINERS and (word.islower() or word.istitle()):  # "A dual loss" opening a sentence
            prior = _WORD_BEFORE.search(text, max(0, before.start() - 30), before.start())
            return word.lower(), prior.group(1).lower() if prior else "", between
        if word not in DESCRIBING_WORDS:
            return None
        between.add(word)
        start = before.start()
    return None


def own_description(m: Mention, text: str) -> bool:
    """Whether a phrase rule's lower-case Method guess is a whole noun phrase that an indefinite article, a possessive
    or "this" opens, maybe across describing words ("we propose a novel dual loss that ...", "our fusion network,",
    "an efficient yet simple set loss."): the paper describes a thing of its own, one of many of its kind, where an
    established technique is written bare or with "the" ("trained with dual loss", "the set loss"). No evidence where
    it stands; the node stays when two papers use the phrase otherwise (or a definition, capitals, a result or a
    lexicon entry elsewhere keep it). After a preposition of means or a verb of use, "a"/"an" is a use of the technique
    ("trained with an angular loss", "we adopt an angular loss"), unless the paper calls it new or describes it right
    after ("with a dual loss that enforces ..."; not "to": "with a dual loss to learn ..." is what the training is
    for). A determiner before a longer noun phrase is that phrase's ("a compound scaling method", "a parameter
    sharing scheme": the guess itself is written bare). A phrase ending in a process noun
    (:func:`kg.extract.head_phrases.process_head`: "pooling", "normalization", "minimization"), or in one and the type
    words the linker drops from a name (:func:`kg.link.normalize.typed_head`: "a stamp pooling layer"), is not
    judged: "a" before it is one application of a technique as often ("via a low-rank bilinear pooling", "through a
    conditional normalization", "we formulate an energy minimization"), not one thing among many. Any other phrase
    is judged as written, its last word its head ("a novel structure-aware seq2seq architecture").

    >>> t = "We add a novel dual loss, our quill network that helps, and the glyph loss."
    >>> [own_description(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="head"), t)
    ...  for w in ("dual loss", "quill network", "glyph loss")]
    [True, True, False]
    >>> t = "a quill loss function, a quill pooling on the maps and a quill pooling layer."
    >>> [own_description(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="head"), t)
    ...  for w in ("quill loss", "quill pooling", "quill pooling layer")]
    [False, False, False]
    >>> t = "trained with an ink loss. Trained with an ink loss that ties pages."
    >>> [own_description(Mention(EntityType.METHOD, "ink loss", i, i + 8, rule="head"), t) for i in (16, 42)]
    [False, True]
    """
    words = _lower_guess_words(m)
    if words is None or not _NP_END.match(text, m.end):
        return False
    if process_head(typed_head(m.text) or words[-1]):  # "a quill pooling layer", "-layer": one application
        return False
    found = _determiner(text, m.start)
    if found is None:
        return False
    determiner, prior, between = found
    used = prior in _MEANS_BEFORE or USE_VERB.fullmatch(prior) is not None
    return not (determiner in ("a", "an") and used) or bool(between & _NOVELTY) \
        or _CLAUSE_AFTER.match(text, m.end) is not None
