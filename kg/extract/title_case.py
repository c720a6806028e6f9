"""Title Case names cut by a phrase rule: a technique phrase written in Title Case grows to the Title Case words around
it, which are part of the same name (:func:`whole_title_case`: "Large Margin Cosine Loss", not "Margin Cosine Loss"),
and a name in the abstract takes a participle or -ing word written with a capital right before it
(:func:`capital_participles`: "we present Stacked Cross Attention").

Plain functions over candidates, called by :func:`kg.extract.selection.entity_hood`.
"""
from __future__ import annotations

import re

from kg.extract.boundaries import grown_rule
from kg.extract.candidates import Candidate
from kg.extract.padded_heads import name_shaped, padded
from kg.extract.ordinary_words import ADJECTIVE_TAIL, adjective_shape
from kg.extract.head_phrases import leading_gerund, verb_after_to, verb_form
from kg.extract.words import (BAD_MODIFIERS, DATASET_HEADS, DIRECTIONS, ED_OK, EVALUATIVE, ING_OK, METHOD_HEADS,
                              NAME_HEADS, OWN_HEADS, TASK_NOUN_ENDS, ing_verb)
from kg.vocab import EntityType as T


#: Words that do not belong to a Title Case name around them: function words, pronouns, praise.
_NOT_IN_NAME = frozenset(EVALUATIVE | {
    "the", "a", "an", "of", "on", "in", "at", "for", "to", "with", "by", "and", "or", "from", "via", "using", "as",
    "is", "are", "our", "their", "its", "this", "these", "that", "we", "it", "towards", "toward", "through",
    "across", "into", "under", "over", "without", "versus", "vs", "novel", "new", "proposed", "efficient",
    "effective", "improved", "simple", "fast", "robust", "accurate", "better", "revisiting", "rethinking",
    "towards", "beyond", "when", "where", "how", "what", "why", "which", "while", "both", "each", "all",
    "not", "no", "can", "do", "does", "make", "makes", "meets", "i", "ii", "iii", "iv", "v",
} | (BAD_MODIFIERS - {"deep", "large", "small", "neural", "machine", "joint", "global", "local", "single",
                      "base", "full", "dense", "real", "high", "low", "open", "model", "network"}))
#: Head words a first conjunct before "and" may end on: a phrase of its own, no modifier of the head after "and"; a
#: name's head, a part's or a kind's ("Block", "Head", "Baseline", "Backbone") and a dataset's ("Corpus").
_OWN_HEADS = frozenset(NAME_HEADS | OWN_HEADS | DATASET_HEADS | {"backbone", "backbones"})
_CAP_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Za-z\-]*[A-Za-z]) $")
_CAP_AFTER = re.compile(r" ([A-Z][A-Za-z\-]*[A-Za-z])(?![\w\-])")


def _title_cased(words: list[str]) -> bool:
    return bool(words) and all(w[:1].isupper() for w in words if w[:1].isalpha())


#: "Xxx and " right before a Title Case name in a title: the first conjunct of the name ("Morphing and Sampling
#: Network").
_CONJUNCT_BEFORE = re.compile(r"(?<![\w\-])([A-Z][a-z]+) (?:and|&) $")


_TITLE_WORD_BEFORE = re.compile(r"(?<![\w\-])[A-Z][\w\-]* $")


def _first_conjunct(text: str, m: re.Match, verbs: frozenset[str]) -> bool:
    """Whether "Xxx and" before a Title Case name in a title is the name's first conjunct ("Morphing and
    Sampling Network"): not a function word or praise, not a verb ("Visualizing and Understanding ..."), and
    not the last word of a phrase before it ("Deep Features and Convolutional Networks") unless it is a bare
    modifier (:func:`shares_head`), which has no head of its own ("Cold-Start Aware User and Product Attention")."""
    word = m.group(1)
    return word.lower() not in _NOT_IN_NAME and not ing_verb(word, verbs) \
        and (shares_head(word, verbs) or not _TITLE_WORD_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)))


#: A word with a plural's or participle's ending: a noun of its own ("Features") or a verb's form ("Gated").
_NO_BARE_MODIFIER = re.compile(r"(?:[a-z](?<![su])s|ed)$")


def _conjunct_start(text: str, s: int, e: int, verbs: frozenset[str]) -> int:
    """Where a name whose first conjunct starts at ``s`` starts: with the Title Case words before that conjunct
    (:func:`_grow_left`), after the last that makes an adjective of a name ("BERT-based Label & Instance ...": the
    name is no part of it).

    >>> t = "Via BERT-based Label & Instance Embeddings"
    >>> t[_conjunct_start(t, t.index("Label"), len(t), frozenset()):]
    'Label & Instance Embeddings'
    """
    g = _grow_left(text, s, e, verbs)
    for w in re.finditer(r"\S+", text[g:s]):
        if ADJECTIVE_TAIL.search(w.group()):
            g += w.end() + 1
    return g if g <= s else s


def shares_head(word: str, verbs: frozenset[str] = frozenset()) -> bool:
    """Whether a first conjunct ``word`` ("User" of "User and Product Attention") is a bare modifier that takes
    the head after "and" for its own: no head word, process noun ("-tion", "-ing"), plural, participle or verb, and
    no adjective, which makes a kind of the head ("Convolutional and Recurrent Networks" are two kinds of network).

    >>> [shares_head(w, frozenset({"divert"})) for w in ("User", "Voxel", "Features", "Thresholding", "Divert")]
    [True, True, False, False, False]
    >>> shares_head("Convolutional"), shares_head("Discriminative")
    (False, False)
    """
    low = word.lower()
    return low not in _OWN_HEADS and not low.endswith(TASK_NOUN_ENDS) and not _NO_BARE_MODIFIER.search(low) \
        and not adjective_shape(low) and not verb_form(low, verbs)


def whole_title_case(text: str, cands: list[Candidate], title_end: int = -1,
                     verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """Grow a technique phrase written in Title Case to the Title Case words around it, which are part of
    the same name ("Large Margin Cosine Loss", not "Margin Cosine Loss"; "Maximum Classifier Discrepancy",
    not "Maximum Classifier"); function words and praise ("A Novel", "for", "Efficient") stay out, and so
    does a verb of ``verbs`` (:func:`_verb_before`, :func:`_verb_after`: "Improving Layer Normalization",
    "Feature Quantization Improves GANs"). In the title (before ``title_end``)
    "Xxx and" before the name is its first conjunct: "Morphing and Sampling Network" is one name.

    >>> t = "CosFace: Large Margin Cosine Loss for Faces. We use a Novel Pixel Pair Loss."
    >>> cs = [Candidate(15, 33, T.METHOD, 30, "head"), Candidate(60, 75, T.METHOD, 30, "head")]
    >>> [t[c.start:c.end] for c in whole_title_case(t, cs)]
    ['Large Margin Cosine Loss', 'Pixel Pair Loss']
    >>> t = "Morphing and Sampling Network for Point Clouds"
    >>> [t[c.start:c.end] for c in whole_title_case(t, [Candidate(13, 29, T.METHOD, 30, "head")], len(t))]
    ['Morphing and Sampling Network']
    """
    out = []
    for c in cands:
        if c[4] == "head" and c[2] is T.METHOD and _title_cased(text[c[0]:c[1]].split()):
            e = _grow_right(text, c[1], verbs)
            s = _grow_left(text, c[0], e, verbs, padded(text, c[1]))
            m = _CONJUNCT_BEFORE.search(text, max(0, s - 40), s) if s < title_end else None
            if m and _first_conjunct(text, m, verbs):
                s = _conjunct_start(text, m.start(1), e, verbs)  # "Cold-Start Aware User and Product Attention"
            if (s, e) != (c[0], c[1]):
                c = c._replace(start=s, end=e)
        out.append(c)
    return out


#: A participle or an -ing word written with a capital right after a lower-case word, a space before the name:
#: mid-sentence, the capital makes it a word of the name ("we use Gated Graph Neural Networks", "the Chained Context
#: Aggregation Network"); after a capitalised word it may be a compound's tail ("Aspect Based", "Evidence Guided").
_CAPITAL_PARTICIPLE = re.compile(r"(?<![\w\-.])[a-z]+ ([A-Z][a-z]{2,}(?:ed|ing)) $")


def capital_participles(text: str, cands: list[Candidate], title_end: int = -1,
                        verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """Grow a Method or Task name that starts with a capital in the abstract (after ``title_end``) to a participle or
    an -ing word written with a capital in mid-sentence right before it (:data:`_CAPITAL_PARTICIPLE`): in sentence
    case the capital says the word is the name's first ("we present Stacked Cross Attention", "an Alternating
    Back-Propagation technique"), no verb or setting cut off. Not praise or a function word (:data:`_NOT_IN_NAME`:
    "the Improved"), nor a "-based" tail a line break glued ("the Transformerbased RoBERTa"), nor the -ing form of
    one of ``verbs`` taking the name as its object ("targets Improving Semantic Segmentation"; a process word of
    :data:`~kg.extract.words.ING_OK` is a noun of the name: "we use Embedding Propagation Networks"); an acronym's long form
    keeps the span its letters spell. A candidate that runs from the participle over the name already and outranks
    the name ("named Parsing R-CNN": :func:`~kg.extract.proposals.named_over_known`) is left to win; else the name
    grows, no longer a lexicon entry's.

    >>> t = "A Title. We use Gated Graph Neural Networks and Aspect Based Sentiment Classification."
    >>> cs = [Candidate(t.index("Graph"), t.index(" and"), T.METHOD, 90, "lexicon", "graph neural network"),
    ...       Candidate(t.index("Sentiment"), len(t) - 1, T.TASK, 90, "lexicon", "sentiment classification")]
    >>> [(t[c.start:c.end], c.rule, c.canonical) for c in capital_participles(t, cs, 7)]
    [('Gated Graph Neural Networks', 'grown', None), ('Sentiment Classification', 'lexicon', 'sentiment classification')]
    >>> cs = [cs[0], Candidate(t.index("Gated"), t.index(" and"), T.METHOD, 30, "head")]
    >>> [(t[c.start:c.end], c.rule) for c in capital_participles(t, cs, 7)]
    [('Gated Graph Neural Networks', 'grown'), ('Gated Graph Neural Networks', 'head')]
    >>> [t[c.start:c.end] for c in capital_participles(t, [cs[0], cs[1]._replace(priority=91)], 7)]
    ['Graph Neural Networks', 'Gated Graph Neural Networks']
    """
    spans: dict[int, list[tuple[int, int]]] = {}
    for c in cands:
        spans.setdefault(c.start, []).append((c.end, c.priority))
    out = []
    for c in cands:
        start = _participle_start(text, c, title_end, verbs)
        if start is not None and not any(e >= c.end and p >= c.priority for e, p in spans.get(start, ())):
            c = c._replace(start=start, canonical=None, rule=grown_rule(c.rule))
        out.append(c)
    return out


def _participle_start(text: str, c: Candidate, title_end: int, verbs: frozenset[str]) -> int | None:
    """Where the capitalised participle before a Method or Task name starts (:func:`capital_participles`), if any:
    no -ing form of one of ``verbs`` but a process word ("Improving" is the verb, "Embedding" a noun of the name)."""
    if c.type not in (T.METHOD, T.TASK) or c.start <= title_end or not text[c.start].isupper() \
            or c.rule.startswith("acronym"):
        return None
    m = _CAPITAL_PARTICIPLE.search(text, max(0, c.start - 40), c.start)
    word = m.group(1) if m else ""
    if m is None or word.lower() in _NOT_IN_NAME or word.lower().endswith("based") \
            or (ing_verb(word, verbs) and word.lower() not in ING_OK):
        return None
    return m.start(1)


#: An -ing word and the particle of its phrasal verb ("Scaling Up", "Breaking Down"): a verb, whatever ``verbs`` holds.
_VERB_PARTICLE = re.compile(r"(?<![\w\-])[A-Z][a-z]{2,}ing (?:%s)$" % "|".join(d.capitalize() for d in DIRECTIONS))


def _grow_left(text: str, s: int, e: int, verbs: frozenset[str], coined: bool = False) -> int:
    """Where a Title Case phrase ``text[s:e]`` starts with up to three Title Case words before it (:func:`whole_title_case`);
    a verb before it stops it, but for a word spelling the first letter of the acronym the run is the long form of; so
    does a particle after an -ing word ("Scaling Up Image and Text Matching": :data:`_VERB_PARTICLE`), and, for a
    ``coined`` name a padding head follows, a name written in capitals ("an LSTM Quokka Glyph module")."""
    for _ in range(3):
        m = _CAP_BEFORE.search(text, max(0, s - 40), s)
        if m and (noun := compound_participle(text, m.start(1), m.group(1), verbs)) is not None:
            s = noun  # ("Knowledge Enhanced": the participle and its noun, one word of the name)
            continue
        if not m or m.group(1).lower() in _NOT_IN_NAME or verb_after_to(text, m.start(1), m.group(1), verbs) \
                or (_verb_before(text, m, verbs) and not opens_long_form(text, m.start(1), e)) \
                or _VERB_PARTICLE.search(text, max(0, m.start(1) - 30), m.end(1)) \
                or (coined and name_shaped(m.group(1))):
            break
        s = m.start(1)
    return s


#: Participles of grammar that tie a thing to another, with their preposition ("based on", "related to", "used in",
#: "proposed by"): no praise, whatever noun comes before.
_TIE_PARTICIPLES = ("based", "related", "used", "proposed")


def compound_participle(text: str, start: int, word: str, verbs: frozenset[str]) -> int | None:
    """Where the capitalised noun starts that makes a compound adjective with the praise participle ``word`` at
    ``start`` ("Knowledge Enhanced", "Memory Improved": :data:`~kg.extract.words.BAD_MODIFIERS` ending in -ed), or None.
    Alone before a name such a participle is praise and no part of it ("an Improved Quokka Net", "Using Enhanced ...");
    after a noun in capitals it says what the name is enhanced with, and both lead the name ("a Knowledge Enhanced
    Quokka BERT"). The noun is a Title Case word that can be a name's (no function word, praise, verb, participle,
    gerund or adverb). "Based" is none: the adjective it makes of a noun says how a thing is done ("Skeleton Based
    Action Recognition"); nor are the other participles of grammar that tie a thing to another, written with their
    preposition ("related to", "used in", "proposed by": "Using Data Related Glyph BERT", "the Paper Proposed ..."),
    an evaluative one ("Marked", "Unprecedented", :data:`~kg.extract.words.EVALUATIVE`) or one of research's state
    ("Underexplored").

    >>> t = "We train a Knowledge Enhanced Quokka BERT, not an Improved Quokka Net Using Enhanced Glyph Nets."
    >>> [compound_participle(t, t.index(w), w, frozenset()) for w in ("Enhanced", "Improved")]
    [11, None]
    >>> compound_participle(t, t.rindex("Enhanced"), "Enhanced", frozenset())
    >>> t = "Using Data Related Glyph BERT; the Paper Proposed Glyph BERT"
    >>> [compound_participle(t, t.index(w), w, frozenset()) for w in ("Related", "Proposed")]
    [None, None]
    """
    low = word.lower()
    if not (low.endswith("ed") and low in BAD_MODIFIERS) or low.endswith(_TIE_PARTICIPLES) or low in EVALUATIVE \
            or low.startswith("under"):
        return None
    m = _CAP_BEFORE.search(text, max(0, start - 40), start)
    noun = m.group(1) if m else ""
    if not m or noun.lower() in _NOT_IN_NAME or not noun[1:2].islower() or noun.lower().endswith(("ed", "ing", "ly")) \
            or verb_after_to(text, m.start(1), noun, verbs) or _verb_before(text, m, verbs):
        return None
    return m.start(1)


#: An acronym in brackets, after a long form or before one, whose first words may come first: "Some Long Form (SLF)",
#: "SLF (Some Long Form ...)".
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\)")
_ACRONYM_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*) \((?:[A-Z][\w\-]* ){0,4}$")


def opens_long_form(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` begins a run ``text[start:end]`` that is (the end of) the long form of an acronym
    in brackets after it or before it, here or where the text writes it again: the run's initials are letters of the
    acronym ("MASK (Making Attention Spell Keys ...)": "Making" is the M, no verb).

    >>> t = "We use MAS (Making Attention Sparse) and Making Attention Sparse (MAS) and Making Networks (NN)."
    >>> [opens_long_form(t, t.index("Making", i), t.index("Sparse", i) + 6) for i in (0, 40)]
    [True, True]
    >>> i = t.rindex("Making"); opens_long_form(t, i, i + 15), opens_long_form(t + " Making Networks (MN)", i, i + 15)
    (False, True)
    >>> t = "We use DMAS (Densely Making Attention Sparse for text)."
    >>> opens_long_form(t, t.index("Making"), t.index(" for"))
    True
    """
    again = text.find(text[start:end] + " (", end)  # (the title's run, defined in the abstract)
    found = (_ACRONYM_AFTER.match(text, end), _ACRONYM_BEFORE.search(text, max(0, start - 60), start),
             _ACRONYM_AFTER.match(text, again + end - start) if again > 0 else None)
    initials = "".join(w[0] for w in text[start:end].split() if w[0].isupper())
    return any(m is not None and initials in m.group(1) for m in found)


def _grow_right(text: str, e: int, verbs: frozenset[str]) -> int:
    """Where a Title Case phrase ending at ``e`` ends with up to two Title Case words after it (:func:`whole_title_case`),
    and a third when the two end on no head word and the third is one: the name goes on to the noun its modifiers
    modify ("... Attention Deep Neural Networks", "... Grounding Neural Model"), not cut after "Neural".

    >>> ts = ("Mail Attention Deep Neural Networks", "Mail Attention Deep Neural Blocks", "Mail Attention Deep Network Model")
    >>> [t[:_grow_right(t, 14, frozenset())] for t in ts]
    ['Mail Attention Deep Neural Networks', 'Mail Attention Deep Neural', 'Mail Attention Deep Network']
    >>> ts = ("Mail Attention Deep Self-Attention Networks", "Mail Attention Deep Multi-Layer Networks")
    >>> [t[:_grow_right(t, 14, frozenset())] for t in ts]
    ['Mail Attention Deep Self-Attention', 'Mail Attention Deep Multi-Layer Networks']
    """
    for _ in range(2):
        m = _CAP_AFTER.match(text, e)
        if not m or m.group(1).lower() in _NOT_IN_NAME or _verb_after(text, m, verbs):
            return e
        e, last = m.end(1), m.group(1)
    m = _CAP_AFTER.match(text, e)  # (the head is the last word's last piece: "Self-Attention" ends on a head)
    if m and m.group(1).lower() in METHOD_HEADS and last.rsplit("-", 1)[-1].lower() not in METHOD_HEADS:
        e = m.end(1)
    return e


def _verb_before(text: str, m: re.Match, verbs: frozenset[str]) -> bool:
    """Whether the Title Case word ``m`` (of :data:`_CAP_BEFORE`) before a name is a verb taking the name as its
    object ("Rethink Dilated Convolution", "Improving Layer Normalization", "Jointly Optimizing Spatial Embeddings"),
    not its first word. A verb's -ing form after a Title Case noun, its object, is a compound noun the name goes
    on into ("Mode Seeking GANs"); after an adverb ("Jointly") or nothing it is the verb."""
    word = m.group(1)
    low = word.lower()
    if _finite_verb(low, verbs):
        return True  # (an adverb grades the participle of the name: "Progressively Trained Classifier GANs")
    if low in ING_OK:  # a process word is a noun of the name ("Embedding Loss Driven GANs"), unless it opens
        return leading_gerund(text, m.start(1), word, verbs)  # a clause: "Learning Parallax Attention for ..."
    if not ing_verb(word, verbs):
        return False
    noun = _CAP_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
    if noun is None:
        return True
    nl = noun.group(1).lower()
    return nl in _NOT_IN_NAME or nl.endswith("ly") or verb_form(nl, verbs) or ing_verb(noun.group(1), verbs)


def _finite_verb(low: str, verbs: frozenset[str]) -> bool:
    """A lower-case word that is one of ``verbs`` or its third person (:func:`~kg.extract.head_phrases.verb_form`), no adverb in "-ly"."""
    return verb_form(low, verbs) and not low.endswith("ly")


#: After a verb: its object, a capitalised word or an article ("... Networks Meet Squeeze-Excitation", "...
#: Quantization Improves the ..."), or a question's end ("What Do ... Networks Learn?"); a plural noun of the name is
#: followed by a preposition or nothing ("... Network Cascades for ...", "... Architecture Design for ...").
_OBJECT_AFTER = re.compile(r" (?:[A-Z]|(?:the|a|an) )|\?")


def _verb_after(text: str, m: re.Match, verbs: frozenset[str]) -> bool:
    """Whether the Title Case word ``m`` (of :data:`_CAP_AFTER`) after a name is a verb or a participle after it,
    no word of the name: a verb before its object ("... Networks Learn Sparse Codes", "... Quantization Improves
    GANs"), a verb's -ing form ("... Network Exploiting Pose") or a participle ("... Algorithm Implemented"). A
    process word in -ing ("Matching", "Learning": :data:`~kg.extract.words.ING_OK`) is the name's head ("Dual Attention Matching")."""
    word = m.group(1)
    low = word.lower()
    if low in ING_OK or "-" in low:
        return False
    if _finite_verb(low, verbs):
        return _OBJECT_AFTER.match(text, m.end(1)) is not None
    return ing_verb(word, verbs) or (low.endswith("ed") and low not in ED_OK)
