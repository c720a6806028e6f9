"""Name-likeness of a Method mention: whether its look is evidence of a name, or only of typesetting.

:mod:`kg.graph.weak_evidence` drops a Method seen in one paper only when every mention there is a guess. A
lower-case phrase found by a phrase rule is such a guess; so is a mention whose capitals, digits or
shape say nothing about being a name (issue 18, read on random samples of the arXiv build, where about
60% of Method nodes are single-paper and most errors were of these kinds):

- **capitals of typesetting** (:func:`typeset_phrase`): a phrase rule's guess ("sentiment classifier")
  whose only capital is its first word's ("Twitter sentiment classifier", "CPU decoding", "Textual
  relation embedding" at a sentence start, "Pose estimator and tracker ..." at a title's start or after its
  colon), or taken from a title set in capitals ("BASIS INVARIANT NETWORKS"), or a title's clause opening on a
  verb in -ing ("Understanding Convolution for ...");
- **a title's catchphrase** (:func:`title_catchphrase`): the words before a title's colon that the
  abstract never repeats, with no name shape (no inner capital, digit or acronym) and no technique word
  at its end ("Back to the Future: ...", "Every Moment Counts: ...", "Improved Embeddings with ...");
- **a title's description** (:func:`title_description`): a phrase guessed after a title's "for", the goal the
  work serves ("... for Hierarchical Ledger Pre-training"); or a title phrase the abstract neither repeats nor
  spells with an acronym that opens on a verb ("Boost Receipt Labeling with ...") or is only describing words
  before a kind of thing ("Layout-Enriched Deep Learning Model"); or the description an indefinite article opens
  after the title's name (:func:`title_apposition`: "HarDNet: A Low Memory Traffic Network"), or one plain word
  before a kind noun there with no article (:func:`title_bare_apposition`: "SegAN: Adversarial Network with ...");
- **a defective shape** (:func:`defective_shape`): an ordinary word written with the capitals of an acronym it spells
  ("the Augmented PAttern Classification"), an acronym before a plain plural noun ("TF-masks"), a name
  inside a path ("user/Repo-Name") or a URL, an identifier ("FatherOf", "IsSimilarTo"), or a word of a figure or table dump (a sentence of six words or more
  with no function word: "1 2 FC+Softmax output Dynamic GConv layer GConv-2 GConv-n").

Each is weak evidence only: a second paper, a definition, a naming phrase, a lexicon entry or a stated
result keeps the node (the rules stay in :mod:`kg.graph.weak_evidence`).

It also holds a shape-found name right after a percentage (:func:`measure_after_figure`) and the word lists these
rules read (:func:`_common`, :func:`_verb_words`). The other guesses :mod:`kg.graph.weak_evidence` reads live beside
it: a page's furniture and meetings (:mod:`kg.graph.page_furniture`), a phrase rule's lower-case Method guess that
describes rather than names (:mod:`kg.graph.phrase_guesses`), and a Task mention that is a guess where it stands
(:mod:`kg.graph.task_guesses`).

>>> from kg.models import Mention
>>> from kg.vocab import EntityType as T
>>> t = "Back to the Future: Joint Aware Temporal Learning"
>>> guessed_method(Mention(T.METHOD, "Back to the Future", 0, 18, field="title", rule="title-name"), t)
True
>>> guessed_method(Mention(T.METHOD, "Temporal Learning", 32, 49, field="title", rule="head"), t)
False
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.words import (BAD_MODIFIERS, FIELD_WORDS, FUNCTION_WORDS, GUESS_RULES, KIND_HEADS, KIND_NOUNS,
                             METHOD_HEADS, ROLE_HEADS)
from kg.models import Mention
from kg.vocab import EntityType

#: A word with a capital after a lower-case letter ("SiamMask", "FiLM") or a digit among two letters or more
#: ("Global2Local", "ResNet50", "W3"; not "3D"): the shape of a name, whatever the typesetting.
_INNER = re.compile(r"[a-z][A-Z]|[A-Za-z]{2}\d|[A-Z]\d|\d[A-Za-z]{2}|[A-Za-z]\d[A-Za-z]")
#: A word of two capitals or more ("GANs", "COTR"): an acronym, unless the whole text is set in capitals.
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]")
#: The words a technique's name ends in ("... Network", "... Loss", "... Fusion").
TECHNIQUE_ENDS = frozenset(METHOD_HEADS | KIND_HEADS | ROLE_HEADS | KIND_NOUNS | {
    "net", "nets", "gan", "gans", "layer", "layers", "unit", "units", "block", "blocks", "head", "heads",
    "mechanism", "operator", "function", "transform", "transformation", "memory", "policy", "agent",
    "solver", "parser", "tagger", "detector", "generator", "discriminator", "predictor", "regressor",
    "tracker", "planner", "sampler", "prior", "graph", "tree", "trees", "filter", "reconstruction",
})
#: An ordinary word with an acronym's capitals: "PAttern", "NAtural", "SarCasm".
_MNEMONIC = re.compile(r"[A-Z]{2,}[a-z]{2,}|[A-Z][a-z]+[A-Z][a-z]+")
#: An acronym before a plain plural noun: "TF-masks", "RoI-features".
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Za-z]*[A-Z]-[a-z]{3,}s")
#: An acronym before a kind of technique: "RGB-model", "CNN-network" describe, they do not name.
_ACRONYM_KIND = re.compile(r"[A-Z][A-Za-z]*[A-Z]-(?:" + "|".join(sorted(KIND_HEADS)) + ")")
#: A part of a hyphenated word with the capitals of an acronym it spells: "MEta-path" of "MERIt".
_MNEMONIC_PART = re.compile(r"[A-Z]{2,}[a-z]{2,}")
#: Two letters, a small one then a capital ("pX", "qY"): symbols of a formula multiplied, not a name.
_SYMBOLS = re.compile(r"[a-z][A-Z]")
#: The describing parts a compound adjective made from a noun ends in ("Graph-based", "Form-driven").
_DESCRIBING_PARTS = "based|driven|guided|aware|level|wise|like|specific|oriented"
#: A describing adjective made from a noun, in capitals inside a sentence: "a Video-based network".
_DESCRIBING = re.compile(r"[A-Z][a-z]+-(?:" + _DESCRIBING_PARTS + ")")
#: Parts of a CamelCase identifier that are function words: "FatherOf", "IsSimilarTo", "BornIn" name a
#: relation or a field of a knowledge base or of code, not a technique.
_IDENTIFIER_PARTS = frozenset({"Of", "Is", "Has", "To", "In", "By", "At", "On", "From", "With"})
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")
_WORD = re.compile(r"[^\W_][\w'+\-]*")
_SENT_END = re.compile(r"(?<=[.!?])\s+")
#: Rules that guess a technique from a phrase around a head word (:data:`kg.extract.words.GUESS_RULES`).
_PHRASE_RULES = GUESS_RULES
#: Rules that find a name by its shape only (no definition, no naming phrase, no lexicon entry).
SHAPE_RULES = frozenset({"name", "titlecase"})
#: The rules of a title's guessed phrase (:func:`_title_guess`): a phrase rule's or a shape rule's.
_TITLE_GUESS_RULES = frozenset(_PHRASE_RULES | SHAPE_RULES)


def technique_word(word: str) -> bool:
    """Whether a word (any case, maybe plural, its last hyphened part read) is a word a technique's name ends in
    (:data:`TECHNIQUE_ENDS`): "Networks", "Encoder-decoders".

    >>> technique_word("Networks"), technique_word("Encoder-decoders"), technique_word("Robustness")
    (True, True, False)
    """
    low = word.lower().rsplit("-", 1)[-1]
    return low in TECHNIQUE_ENDS or (low.endswith("s") and low[:-1] in TECHNIQUE_ENDS)


def shape_only(m: Mention) -> bool:
    """Whether a mention was found by its shape only (:data:`SHAPE_RULES`) with no alias and no other canonical name."""
    return m.rule in SHAPE_RULES and not m.aliases and not (m.canonical and m.canonical != m.text)


def _common() -> frozenset[str]:
    """The shipped ordinary English words (:func:`kg.link.lexicon_rows.common_words`)."""
    from kg.link.lexicon_rows import common_words  # noqa: PLC0415

    return common_words()


def in_capitals(text: str) -> bool:
    """Whether ``text`` is set in capitals (most of its letters are): a PDF title or heading.

    >>> in_capitals("SIGN AND BASIS INVARIANT NETWORKS"), in_capitals("Sign and Basis Invariant Networks")
    (True, False)
    """
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def name_shaped(words: list[str], capitals: bool) -> bool:
    """Whether a word has the shape of a name: an inner capital or a digit among letters, or (when the
    text is not set in capitals) two capitals: "FiLM", "Global2Local", "GANs"; not "3D" or "Deep".

    >>> name_shaped(["Temporal", "FiLM"], False), name_shaped(["Back", "to", "the", "Future"], False)
    (True, False)
    >>> name_shaped(["TURN", "TAP"], True), name_shaped(["TURN", "TAP"], False)
    (False, True)
    """
    return any(_INNER.search(w) or (not capitals and _ACRONYM.search(w)) for w in words)


def typeset_phrase(m: Mention, text: str) -> bool:
    """Whether a phrase rule's guess has capitals from typesetting only: a capital only at a sentence's first
    word ("Textual relation embedding helps", or a title's in sentence case), an acronym before lower-case words ("CPU decoding", "KB
    reconstruction"), a title set in capitals, or a title's clause opening on a verb in -ing ("Exploring
    Question-Guided Spatial Attention"). A proper name before lower-case words inside a sentence is a name's
    capital ("a robust Charbonnier loss", "Laplacian attention"); a phrase in lower case is no concern here
    (:func:`kg.graph.mention_evidence.weak_mention`).

    >>> t = "We use CPU decoding. Textual relation embedding helps, as does a Charbonnier loss in a Video-based model."
    >>> [typeset_phrase(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="head"), t)
    ...  for w in ("CPU decoding", "Textual relation embedding", "Charbonnier loss", "Video-based model")]
    [True, True, False, True]
    >>> typeset_phrase(Mention(EntityType.METHOD, "Anchor Refinement Network", 0, 25, rule="head"), "")
    False

    A title in sentence case capitalises its first word and the first word after its colon, as a sentence does
    ("Stamp reader for letters", "Mail: Stamp readers for letters"); a Title Case name keeps its capitals:

    >>> t = "Mail sorting: Stamp readers and the Stamp Reader Net"
    >>> [typeset_phrase(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), field="title", rule="head"), t)
    ...  for w in ("Mail sorting", "Stamp readers", "Stamp Reader Net")]
    [True, True, False]
    """
    words = m.text.split()
    if m.rule not in _PHRASE_RULES or len(words) < 2 or _INNER.search(m.text) or m.text.islower():
        return False
    rest_lower = all(w.islower() or not w[0].isalpha() for w in words[1:])
    if m.field == "title":  # "Morphing and Sampling Network" is a name: its -ing word is a conjunct
        return in_capitals(text) or (words[0].lower().endswith("ing") and words[1].lower() not in ("and", "&")) \
            or (rest_lower and _SENTENCE_START.search(text, max(0, m.start - 8), m.start) is not None)
    if not rest_lower:
        return False  # "dynamic Bayesian network", "Anchor Refinement Network"
    return words[0].isupper() or _DESCRIBING.fullmatch(words[0]) is not None or _SENTENCE_START.search(text, max(0, m.start - 8), m.start) is not None


#: Before a sentence's first word: the start of the text, a sentence end, a colon, a list mark ("(ii) ").
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\)\s+|\n\s*)$")
_SENTENCE_MARKS = re.compile(r"[?!=]")


def _whole(name: str) -> str:
    """A pattern of ``name`` written as whole words (no letter, digit or hyphen on either side)."""
    return r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"


def _repeated(name: str, other: str) -> bool:
    """Whether ``name`` is written again, as whole words in any case, in ``other`` (the abstract)."""
    return bool(other) and re.search(_whole(name), other, re.I) is not None


def everyday_word(word: str) -> bool:
    """Whether a word is an ordinary English word (``common_english.txt``), maybe in its plural ("Worlds")."""
    low = word.lower()
    return low in _common() or (low.endswith("s") and low[:-1] in _common())


def _named_again(name: str, abstract: str) -> bool:
    """Whether the abstract writes a title's phrase again (:func:`_repeated`) as a name. A phrase of ordinary English
    words only that the abstract writes in lower case only (a capital at a sentence's start aside) is the phrase in
    its everyday use there ("to achieve the best of both worlds", "Every moment counts in ..."), not a name of
    the paper's work; a word that is not an ordinary one ("Quokka") or a capital inside a sentence ("Paper Trail
    links ...") keeps the repeat a name's.

    >>> _named_again("Best of Both Worlds", "We get the best of both worlds. Best of both worlds, again.")
    False
    >>> _named_again("Best of Both Worlds", "Our Best of Both Worlds model wins."), _named_again("Quokka Flow", "A quokka flow.")
    (True, True)
    """
    if not all(everyday_word(w) for w in _WORD.findall(name)):
        return _repeated(name, abstract)
    for h in re.finditer(_whole(name), abstract, re.I):
        at_start = _SENTENCE_START.search(abstract, max(0, h.start() - 8), h.start()) is not None
        if any(c.isupper() for c in h.group()[at_start:]):
            return True  # a capital a sentence's start does not explain
    return False


def _head_word(words: list[str]) -> str:
    """The head noun of a title's phrase: its last word, or the word before its first "of" ("Center" of "The Center
    of Attention": what the phrase names is a center, whatever the word after "of")."""
    lower = [w.lower() for w in words]
    at = lower.index("of", 1) if "of" in lower[1:-1] else len(words)
    return words[at - 1]


def title_catchphrase(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a title's head is a catchphrase, not a name: no name shape and no technique word at its
    end, or before its "of" (:func:`_head_word`: "Back to the Future", "Every Moment Counts", "Select, Label, and
    Mix", "The Heart of Matching"), or two words that are a
    grade and a plain technique word ("Improved Embeddings", "Jointly Learning"). Words listed with commas are a
    catchphrase whatever their last word ("Sparse, Fast, Regression"): a name is no list, unless the abstract
    spells it with an acronym of their initials. One word stays
    ("SIGN", "Inception"): a title's single word before a colon is a name; so is a head the abstract
    repeats ("Paper Trail: ..." and "Paper Trail links ..."), unless it repeats ordinary words in their everyday
    use only (:func:`_named_again`: "... to achieve the best of both worlds"). A question or an equation is never
    a name.

    >>> title_catchphrase(Mention(EntityType.METHOD, "Every Moment Counts", 0, 19, field="title",
    ...                           rule="title-name"), "Every Moment Counts: Dense Labeling")
    True
    >>> title_catchphrase(Mention(EntityType.METHOD, "Proxy Anchor Loss", 0, 17, field="title",
    ...                           rule="title-name"), "Proxy Anchor Loss for Deep Metric Learning")
    False
    """
    words = [w.strip(",:;'\"") for w in m.text.split()]
    words = [w for w in words if w]
    if m.rule != "title-name" or m.field != "title" or _named_again(m.text, abstract):
        return False
    if _SENTENCE_MARKS.search(m.text):
        return True  # a question or an equation: '"BNN - BN = ?"'
    if len(words) < 2 or name_shaped(words, in_capitals(text)):
        return False
    if "," in m.text:  # a list of words ("Monocular, One-stage, Regression"), unless an acronym spells it
        return not spelt_in(m.text, abstract)
    if not technique_word(_head_word(words)):  # "Encoder-decoders" ends in a technique word
        return True
    first = words[0].lower()
    return len(words) == 2 and (first in BAD_MODIFIERS or first.endswith("ly"))


def _sentence(text: str, start: int, end: int) -> str:
    left = 0
    for s in _SENT_END.finditer(text, 0, start):
        left = s.end()
    stop = _SENT_END.search(text, end)
    return text[left:stop.start() if stop else len(text)]


def figure_text(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``[start, end)`` is a figure's or a table's words run together: six words
    or more and no function word ("Dynamic GConv layer Context-encoding Network-2 GConv-2 GConv-n").

    >>> figure_text("1 2 FC output Dynamic GConv layer Network-2 GConv-2 GConv-n", 22, 27)
    True
    >>> figure_text("We propose GConv, a dynamic graph convolution.", 11, 16)
    False
    """
    words = _WORD.findall(_sentence(text, start, end))
    return len(words) >= 6 and not any(w.lower() in FUNCTION_WORDS for w in words)


#: Words that announce a link: "code is available at: user/Repo-Name".
_LINK_CUE = re.compile(r"(?:available|released|github|gitlab|code|url|https?|www)\b[^.]{0,24}$", re.I)


#: A token that ends in a slash, then a space: a link broken after its host or an owner ("gitbox.com/ Owner").
_SLASH_BEFORE = re.compile(r"\S+/ $")


def _in_path(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is part of a path "owner/name" that a link cue announces or that names a
    host (".com/", "://"): not "ResNet/VGG" nor "MPTs-1/32" in running text.

    >>> t = "Code is available at: TencentLab/Crowd-Net2. ResNet/VGG backbones work."
    >>> _in_path(t, 22, 31), _in_path(t, 32, 43), _in_path(t, 45, 51)
    (True, True, False)

    A path a space broke after a slash is one token: "at wombat.org and gitbox.com/ Marsupial/PouchKit".

    >>> t = "Code is at wombat.org and gitbox.com/ Marsupial/PouchKit. We train PouchNet on CIFAR-10/100."
    >>> _in_path(t, 37, 46), _in_path(t, 47, 55), _in_path(t, t.index("CIFAR"), t.index("CIFAR") + 8)
    (True, True, False)
    """
    left = text.rfind(" ", 0, start) + 1
    broken = _SLASH_BEFORE.search(text, max(0, left - 60), left)
    if broken:
        left = broken.start()  # "gitbox.com/ Owner/Name": the host and the path are one link
    right = text.find(" ", end)
    token = text[left:right if right >= 0 else len(text)]
    if "/" not in token:
        return False
    return "://" in token or ".com/" in token or ".org/" in token or bool(_LINK_CUE.search(text, max(0, left - 40), left))


#: An acronym of three capitals or more, maybe ending in small letters ("DRESS", "MERIt").
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z\-]{2,}[a-z]?\b")


def _spells_acronym(word: str, text: str, start: int) -> bool:
    """Whether the capitals of ``word`` are letters of an acronym written near it: "DRESS (as shorthand for
    Deep REinforcement Sentence Simplification)", "ERNIE (Enhanced Representation through kNowledge
    IntEgration)" capitalise the letters they give the acronym.

    >>> t = "we call DRESS (as shorthand for Deep REinforcement Sentence Simplification)"
    >>> _spells_acronym("REinforcement", t, t.index("REinf")), _spells_acronym("SiamMask", t, 0)
    (True, False)
    """
    caps = "".join(c for c in word if c.isupper())
    return any(caps in a.group().replace("-", "").rstrip("abcdefghijklmnopqrstuvwxyz") for a in _CAPS_WORD.finditer(text, max(0, start - 120), start + 120)
               if a.group() != word)


def defective_shape(m: Mention, text: str) -> bool:
    """Whether a name found by its shape alone is not a name: an ordinary word with an acronym's capitals
    ("PAttern", "MEta-path" of MERIt), an acronym before a plain plural or a kind ("TF-masks", "RGB-model"),
    two symbols of a formula ("pX"), a name inside a path
    ("TencentYoutuResearch/CrowdCounting-P2PNet") or a URL ("httpsFigure"), an identifier with a function
    word among its parts ("FatherOf", "IsSimilarTo") or a word of a figure's text. (An adjective made from a
    name, "NAS-based", "PAF-only", is no candidate at all: :func:`kg.extract.ordinary_words.generic`.)

    >>> [defective_shape(Mention(EntityType.METHOD, w, 0, len(w), rule="name"), w + " works")
    ...  for w in ("PAttern", "TF-masks", "FatherOf", "httpsFigure", "SiamMask", "LiDAR", "OnAVOS", "RGB-model", "pX")]
    [True, True, True, True, False, False, False, True, True]
    """
    w = m.text
    if m.rule not in SHAPE_RULES:
        return False
    if _ACRONYM_PLURAL.fullmatch(w) or _ACRONYM_KIND.fullmatch(w) or _SYMBOLS.fullmatch(w):
        return True
    if _MNEMONIC.fullmatch(w) and (w.lower() in _common() or _spells_acronym(w, text, m.start)):
        return True
    head = w.split("-", 1)[0]
    if head != w and _MNEMONIC_PART.fullmatch(head) and _spells_acronym(head, text, m.start):
        return True  # "MEta-path guided contrastive learning" spells MERIt
    if w.lower().startswith("http") or _in_path(text, m.start, m.end):
        return True  # a URL's debris ("httpsFigure") or a repository path
    parts = _CAMEL_PART.findall(w)
    if len(parts) >= 2 and "".join(parts) == w and _IDENTIFIER_PARTS.intersection(parts):
        return True
    return figure_text(text, m.start, m.end)


#: One plain word, capitalised only as a title's first word: "Fusion", "Adaptation", "Optimization".
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
#: A preposition after a title's first word: the word is the head of a noun phrase, "Fusion of ...".
_PREPOSITION_AFTER = re.compile(r"\s+(?:of|for|with|in|on|via|by|to|from|through|under)\s", re.I)


def title_process_word(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a title's first word, a plain word before a preposition, is the head of what the title
    says, not a name: "Fusion of Head and Full-Body Detectors ...", "Adaptation of Deep Bidirectional ...
    Transformers for ...", "Optimization of Graph Neural Networks ...". A name is written with its capital
    in the abstract too, away from a sentence's start ("... the Reptile algorithm"); a word with a name
    shape ("GhostVLAD for ...") or a lexicon entry is no concern here.

    >>> t = "Fusion of Head and Full-Body Detectors for Tracking"
    >>> title_process_word(Mention(EntityType.METHOD, "Fusion", 0, 6, field="title", rule="title-name"), t,
    ...                    "We fuse two detectors. Fusion helps.")
    True
    >>> title_process_word(Mention(EntityType.METHOD, "Reptile", 0, 7, field="title", rule="title-name"),
    ...                    "Reptile for Meta-Learning", "We study the Reptile algorithm.")
    False
    """
    if m.rule != "title-name" or m.field != "title" or m.start != 0 or not _PLAIN_WORD.fullmatch(m.text):
        return False
    if not _PREPOSITION_AFTER.match(text, m.end):
        return False
    return not capitalised_in(m.text, abstract)


def capitalised_in(word: str, abstract: str) -> bool:
    """Whether the abstract writes ``word`` (whole, in its case) with its capital away from a sentence's start: a
    name there, not a word a sentence or the title's style capitalised.

    >>> capitalised_in("Reptile", "We study the Reptile algorithm."), capitalised_in("Fusion", "We fuse. Fusion helps.")
    (True, False)
    """
    return any(not _SENTENCE_START.search(abstract, max(0, w.start() - 8), w.start())
               for w in re.finditer(_whole(word), abstract))


#: A word that only says what a thing is like or how it is built: an adverb ("Hugely"), or a compound
#: adjective ending in a participle or a describing part ("Layout-Enriched", "Form-driven", "Graph-based").
_DESCRIBING_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*-(?:[a-z]+ed|" + _DESCRIBING_PARTS + ")|[a-z]+ly")
#: A title's word of purpose right before a phrase: what follows is the goal ("... for Deep Ledger Regression").
_GOAL_BEFORE = re.compile(r"\bfor\s+$", re.I)
#: A word of a name written like an acronym in the abstract ("DMN", "CSPNet"): it may spell a title's phrase.
_ABSTRACT_ACRONYM = re.compile(r"(?<![\w-])[A-Za-z][\w\-]*[A-Z][\w\-]*")


def describing_word(w: str) -> bool:
    """Whether a word only describes the kind of thing after it: a grade, a word of the field ("Deep",
    "Neural", "Learning"), an adverb or a describing compound adjective (:data:`_DESCRIBING_WORD`)."""
    low = w.lower()
    return low in BAD_MODIFIERS or low in FIELD_WORDS or _DESCRIBING_WORD.fullmatch(low) is not None


def spelt_in(name: str, abstract: str) -> bool:
    """Whether the abstract writes an acronym whose capitals are the initials of ``name``'s words from its first
    on (:func:`kg.link.titles.spelt_long_form`): "Receipt Layout Networks" and "RLN" or "RL-Net"."""
    from kg.link.titles import spelt_long_form  # noqa: PLC0415

    return any(spelt_long_form(a.group(0), name) is not None for a in _ABSTRACT_ACRONYM.finditer(abstract))


def title_description(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a title's Method phrase describes the paper's work rather than naming it: a phrase a rule guessed
    after the title's "for", the goal the work serves ("Layered Receipt Encoders for Ledger Pre-training"); or,
    when the abstract neither repeats it nor spells it with an acronym, a phrase that opens on a verb ("Boost
    Receipt Parsing with ...", an imperative, no noun phrase) or that is only describing words before a kind of
    thing ("Layout-Enriched Deep Learning Model", "Hugely Wide Neural Networks": which model is said
    nowhere). A name's shape, or a word before the kind that is not only describing ("Receipt Layout Network"),
    keeps the phrase a name.

    >>> t = "Layout-Enriched Deep Learning Model for Receipt Parsing"
    >>> [title_description(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), field="title",
    ...                            rule=r), t, "We parse receipts.") for w, r in
    ...  (("Layout-Enriched Deep Learning Model", "title-name"), ("Receipt Parsing", "head"))]
    [True, True]
    >>> title_description(Mention(EntityType.METHOD, "Receipt Layout Network", 0, 22, field="title",
    ...                           rule="title-name"), "Receipt Layout Network", "We parse receipts.")
    False
    """
    if m.type is not EntityType.METHOD or m.field != "title" or m.aliases:
        return False
    if m.rule in _PHRASE_RULES and _GOAL_BEFORE.search(text, max(0, m.start - 5), m.start):
        return True
    words = m.text.split()
    if m.rule not in _PHRASE_RULES and m.rule != "title-name" or len(words) < 2 or name_shaped(words, in_capitals(text)):
        return False
    first = words[0].lower()
    # a verb, not an adverb ("Massively Multilingual ..."), or only describing words before a kind of thing
    described = first in _verb_words() and not first.endswith("ly") \
        or words[-1].lower() in KIND_HEADS and all(describing_word(w) for w in words[:-1])
    return described and not _repeated(m.text, abstract) and not spelt_in(m.text, abstract)  # the costly tests last


#: A title's head and its colon: "SegAN: ", "Wombat Miner : ".
_HEAD_COLON = re.compile(r"([^:]+?)\s*:\s*")
#: A title's head, its colon and an indefinite article: "HarDNet: A ", "Flowtron: an ".
_HEAD_ARTICLE = re.compile(_HEAD_COLON.pattern + r"an?\s+", re.I)
#: Words between the article and the phrase, all of its noun phrase: "Lightweight ", "Deep and ", "Multi-Scale 3D ".
_NP_WORDS = re.compile(r"(?:(?!(?:of|for|with|in|on|via|by|to|from|the|a|an)\s)[\w+\-]+\s+)*", re.I)
#: What may follow the phrase and end its noun phrase: the title's end, punctuation, or a function word ("for ...",
#: "to Evaluate ...", "which ..."); not any lower-case word ("a Burrow Counting Network based Approach").
_NP_END = re.compile(r"\s*(?:$|[*,;.:?!()–—]|(?:" + "|".join(sorted(FUNCTION_WORDS)) + r")\b)", re.I)
#: A parenthesis after a phrase holding an acronym that defines it: at least two capitals ("(QMNet)", "(RLNs)"; not
#: "(see Fig. 1)").
_ACRONYM_PAREN = r"\s*\((?-i:(?=[\w\-]*[A-Z][\w\-]*[A-Z]))[\w\-]+\)"


def _lead_name(name: str) -> bool:
    """Whether the words before a title's colon are a name: a token with a capital, of any alphabet ("HarDNet",
    "Flowtron", "ÜberNet"), and at most two more that start with a capital or a digit ("Deep Miner", "L DMI"); not a
    phrase with a lower-case word ("Learning to Count Hoppers").

    >>> [_lead_name(n) for n in ("ÜberNet", "L DMI", "Deep Miner", "Learning to Count", "quokka", "Éclair über")]
    [True, True, True, False, False, False]
    """
    words = name.split()
    return 0 < len(words) <= 3 and any(c.isupper() for c in words[0]) \
        and all(w[0].isupper() or w[0] in "0123456789" for w in words[1:])


def title_apposition(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a phrase rule's (or a shape's) Method in a title is the head noun phrase of the apposition an
    indefinite article opens after the title's name: "HarDNet: A Low Memory Traffic Network", "MILDNet: A
    Lightweight Single Scaled Deep Ranking Architecture". The article says what kind of thing the name before
    the colon is; the phrase is its description, not a second name. A phrase whose initials spell that name
    (:func:`kg.link.titles.spelt_long_form`: "UPSNet: A Unified Panoptic Segmentation Network") is its long form,
    and one the abstract writes again with its capitals, defines ("a persistent memory network (MemNet)") or spells
    with an acronym is a name there: both stay, as does a phrase after "The" or with no article ("SOGNet: Scene
    Overlap Graph Network"; one plain word before a kind noun is :func:`title_bare_apposition`'s). The abstract's
    repeat in lower case is otherwise the description again ("We design FPS-Net, a convolutional fusion network
    that ...").

    >>> t = "QuokNet: A Lightweight Receipt Layout Network for Ledgers"
    >>> m = Mention(EntityType.METHOD, "Receipt Layout Network", t.index("Receipt"), t.index(" for"), field="title",
    ...             rule="head")
    >>> [title_apposition(m, t, a) for a in ("We parse ledgers.", "QuokNet, a receipt layout network, parses.",
    ...                                      "Our Receipt Layout Network parses.", "Our RLN parses.")]
    [True, True, False, False]
    >>> t = "RLNet: A Receipt Layout Network"
    >>> title_apposition(Mention(EntityType.METHOD, "Receipt Layout Network", 11, 33, field="title", rule="head"), t)
    False
    """
    if not _title_guess(m):
        return False
    head = _HEAD_ARTICLE.match(text)
    if head is None or m.start < head.end() or _NP_WORDS.fullmatch(text, head.end(), m.start) is None:
        return False
    return _describes_head(m, text, head.group(1).strip(), abstract)


def title_guess(m: Mention, rules: frozenset[str]) -> bool:
    """Whether a mention is a Method in a title, without an alias, that one of ``rules`` read: the opening check of
    the title guesses (here, :func:`kg.graph.vague_titles.vague_title_phrase`, ``adjective_title_phrase``,
    :func:`kg.graph.title_fragments.title_fragment`)."""
    return m.type is EntityType.METHOD and m.field == "title" and not m.aliases and m.rule in rules


def _title_guess(m: Mention) -> bool:
    """Whether a Method mention is a title's phrase guessed by a phrase rule or by its shape, with no alias."""
    return title_guess(m, _TITLE_GUESS_RULES)


def _describes_head(m: Mention, text: str, name: str, abstract: str) -> bool:
    """Whether the title's phrase ``m`` after the name ``name`` and its colon describes it: the phrase ends the noun
    phrase (:data:`_NP_END`), a name stands before the colon (:func:`_lead_name`), and nothing names the phrase
    (:func:`_described_only`)."""
    return _NP_END.match(text, m.end) is not None and _lead_name(name) and _described_only(name, m.text, abstract)


def _described_only(name: str, phrase: str, abstract: str) -> bool:
    """Whether a title's ``phrase`` after the name ``name`` and its colon is only its description: the name's initials
    do not spell it (:func:`kg.link.titles.spelt_long_form`), and the abstract neither writes it with its capitals,
    defines it (:func:`_written_as_name`) nor spells it with an acronym (:func:`spelt_in`)."""
    from kg.link.titles import spelt_long_form  # noqa: PLC0415

    return spelt_long_form(name, phrase) is None and not _written_as_name(phrase, abstract) \
        and not spelt_in(phrase, abstract)


#: An article right after a title's colon: the apposition is :func:`title_apposition`'s, or the name's ("The ...").
_ARTICLE = re.compile(r"(?:an?|the)\s", re.I)
#: The kind nouns a bare description ends on: what sort of thing the name is ("Network", "Classifier", "Framework").
_KIND_THINGS = frozenset(KIND_HEADS | KIND_NOUNS)


def title_bare_apposition(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a phrase rule's (or a shape's) Method right after a title's name and colon, with no article (past
    describing words only: "Efficient"), is one plain word before a kind noun, bare of a name's coinage: "SegAN:
    Adversarial Network with ...", "CondNet: Conditional Classifier for ...", "Attentive WaveBlock:
    Complementarity-enhanced Mutual Networks for ..." (describing words aside). One word says what kind of
    thing the name is, as :func:`title_apposition`'s article does; a family it may name ("Convolutional
    Networks") is the lexicon's, kept by it. Two plain words or more ("Scene Overlap Graph Network"), a hyphen or
    a name's shape ("Multi-scale Graph Network", "GAN Classifier") may coin a name and stay, as does a phrase the
    name spells or the abstract names (:func:`_described_only`).

    >>> t = "QuokNet: Marsupial Network for Ledgers"
    >>> m = Mention(EntityType.METHOD, "Marsupial Network", 9, 26, field="title", rule="head")
    >>> title_bare_apposition(m, t), title_bare_apposition(m, t, "Our Marsupial Network parses ledgers.")
    (True, False)
    >>> t = "QuokNet: Marsupial Ledger Network"
    >>> title_bare_apposition(Mention(EntityType.METHOD, "Marsupial Ledger Network", 9, 33, field="title",
    ...                               rule="head"), t)
    False
    """
    if not _title_guess(m):
        return False
    head = _HEAD_COLON.match(text)
    if head is None or m.start < head.end() or _ARTICLE.match(text, head.end()) \
            or not all(describing_word(w) for w in text[head.end():m.start].split()):
        return False
    words = m.text.split()
    plain = [w for w in words[:-1] if not describing_word(w)]
    if len(words) < 2 or words[-1].lower() not in _KIND_THINGS or len(plain) > 1 \
            or not all(w.isalpha() for w in plain) or name_shaped(plain, in_capitals(text)):
        return False
    return _describes_head(m, text, head.group(1).strip(), abstract)


def _written_as_name(name: str, abstract: str) -> bool:
    """Whether the abstract writes ``name`` with its capitals, or in any case right before a parenthesis whose
    acronym defines it ("a very deep quokka memory network (QMNet)"; not "a quokka net (see Fig. 1)").

    >>> _written_as_name("Quokka Net", "Our Quokka Net wins."), _written_as_name("Quokka Net", "a quokka net (QN)")
    (True, True)
    >>> _written_as_name("Quokka Net", "QNet, a quokka net, wins.")
    False
    """
    whole = _whole(name)
    return re.search(whole, abstract) is not None or re.search(whole + _ACRONYM_PAREN, abstract, re.I) is not None


def guessed_method(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a Method mention is only a guess by its look (:func:`typeset_phrase`,
    :func:`title_catchphrase`, :func:`defective_shape`, :func:`title_description`, :func:`title_apposition`,
    :func:`title_bare_apposition`); a mention with an alias never is. ``text`` is the text of the mention's field,
    ``abstract`` the paper's abstract."""
    if m.type is not EntityType.METHOD or m.aliases:
        return False
    return typeset_phrase(m, text) or title_catchphrase(m, text, abstract) or defective_shape(m, text) \
        or title_process_word(m, text, abstract) or title_description(m, text, abstract) \
        or title_apposition(m, text, abstract) or title_bare_apposition(m, text, abstract)


#: A figure in per cent right before a name: "73.7% mAPH", "95% CI".
_PERCENT_BEFORE = re.compile(r"\d(?:[.,]\d+)?\s?%\s?$")


def measure_after_figure(m: Mention, text: str) -> bool:
    """Whether a Method found by its shape stands right after a percentage, as a measure's name does
    ("73.7% mAPH on the validation set", "the 95% CI", "by 2.1% MR"): a figure's unit or measure, no
    technique. No evidence in any number of papers (a paper that uses the name as a technique keeps it).

    >>> t = "It reaches 73.7% mAPH with SiamNet."
    >>> [measure_after_figure(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="name"), t)
    ...  for w in ("mAPH", "SiamNet")]
    [True, False]
    """
    if m.type is not EntityType.METHOD or m.rule not in SHAPE_RULES or m.aliases:
        return False
    return _PERCENT_BEFORE.search(text, max(0, m.start - 12), m.start) is not None


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    from kg.extract.ordinary_words import load_words  # noqa: PLC0415

    return load_words("verb_words.txt")
