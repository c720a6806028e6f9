"""Name-likeness of a Method mention: whether its look is evidence of a name, or only of typesetting.

:mod:`kg.graph.prune` drops a Method seen in one paper only when every mention there is a guess. A
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
  before a kind of thing ("Layout-Enriched Deep Learning Model");
- **a title's described task** (:func:`described_task`): a title's Task guess with only describing words before
  its task word ("Structured Layout-Aware Parsing"), which the abstract never repeats;
- **a defective shape** (:func:`defective_shape`): an ordinary word written with the capitals of an acronym it spells
  ("the Augmented PAttern Classification"), an acronym before a plain plural noun ("TF-masks"), a name
  inside a path ("user/Repo-Name") or a URL, an identifier ("FatherOf", "IsSimilarTo"), or a word of a figure or table dump (a sentence of six words or more
  with no function word: "1 2 FC+Softmax output Dynamic GConv layer GConv-2 GConv-n").

Each is weak evidence only: a second paper, a definition, a naming phrase, a lexicon entry or a stated
result keeps the node (the rules stay in :mod:`kg.graph.prune`).

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

from kg.extract.context.tasks import names_its_method
from kg.extract.entityhood import describing_compound as compound_describing
from kg.extract.task_bounds import approach_word, said_words, written_in
from kg.extract.task_roles import means_role, task_role
from kg.extract.words import (AFTER_TASK_OK, BAD_MODIFIERS, FIELD_WORDS, FUNCTION_WORDS, GUESS_RULES, KIND_HEADS,
                             KIND_NOUNS, METHOD_HEADS, ROLE_HEADS, WEAK_HEADS, verbish)
from kg.link.means import means_clause
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
#: A letter repeated: the placeholder text of a template ("XXXX", "xxxxxx"), maybe in groups a hyphen, a dot or a
#: slash joins (an ISBN's or a price's template: "XXX-X-XXXX-XXXX-X/XX/$XX.00").
_PLACEHOLDER = re.compile(r"(?=(?:[A-Za-z]+[-./])*([A-Za-z])\1\1)(?:\1+[-./])*\1+(?:[-./]\1+)*")
#: A month in capitals before a year: a journal's running header ("MARCH 2020", "JUNE 3, 2021").
_MONTH = re.compile(r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)")
_YEAR_AFTER = re.compile(r",?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b")
#: A date in any case: a month, maybe a day, a year ("May 2017", "March 18, 2018"): a header or a schedule.
_DATE = re.compile(r"(?i:january|february|march|april|may|june|july|august|september|october|november|december)"
                   r",?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d")
#: An edition's year after a name ("COLING 2016", "EVALITA-2018"), its end where what follows starts.
_EDITION = re.compile(r"[\s\-]?(?:(?:19|20)\d\d|'\d\d)\b(?:'s)?")
#: What puts a meeting before a name and its year: a citation's opening "In", a verb of publishing or
#: holding, a venue noun ("accepted at X 2019", "In COLING 2016.", "the hackathon X 2015").
_VENUE_BEFORE = re.compile(r"(?:(?:^|[.;]\s+|\(\s*)In|(?:accepted|published|presented|submitted|held|appear|"
                           r"appeared|appears|appearing)\s+(?:at|in|to|by)(?:\s+the)?|\bat(?:\s+the)?|"
                           r"(?:shared\s+task|competition|conference|workshop|symposium|hackathon|proceedings\s+of)"
                           r"\s+(?:at|of|in)?(?:\s*the)?|hackathon)\s+$", re.I)
#: A reference's opening before its venue: "In X", "In Proc. of X", "Proceedings of the X".
_CITED_IN = re.compile(r"(?:(?:^|[.;]\s+)In(?:\s+Proc(?:\.|eedings)\s+of)?(?:\s+the)?|Proceedings\s+of(?:\s+the)?)\s+$")
#: A reference's tail after its venue: maybe a year, then pages or a volume ("X 2016, pages 9-15", "X, pp. 3").
_CITATION_TAIL = re.compile(r"(?:\s+(?:19|20)\d\d)?[,.]\s*(?:pages|pp\.|vol\.|volume|\d+\s*[-–]\s*\d+)", re.I)
#: A hardware noun right after a name: the name is a device's model or maker ("ARM platforms", "K40c GPU").
_HARDWARE_AFTER = re.compile(r"[\s\-]+(?:CPUs?|GPUs?|NPUs?|TPUs?|processors?|platforms?|chips?|microcontrollers?|"
                             r"Cortex|SoCs?|hardware|FPGAs?|devices?|boards?)\b")
#: A name that ends in its edition's year: "SemEval-2018", "EVALITA 2018" (not "ResNet50", "Set14").
_OWN_YEAR = re.compile(r"[A-Za-z][\s\-]?'?(?:19|20)\d\d$")
#: What names the data of an edition after its year: "X 2010 Task 8", "X 2018 challenge data", "X 2017 test set".
_DATA_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}(?:tasks?|tracks?|data|datasets?|benchmarks?|corpus|corpora|"
                         r"test|dev|validation|training|train|splits?)\b", re.I)
#: A venue noun after the year: "X 2016 workshop", "X 2018 Conference", "(X 2020) workshop".
_VENUE_AFTER = re.compile(r"\)?\s+(?:[A-Z][\w\-]*\s+){0,2}(?:workshops?|conference|symposium|proceedings|"
                          r"meeting|congress|summit|hackathon)\b", re.I)
#: A journal's running header in capitals, with its volume and number ("IEEE/ACM TRANSACTIONS ON AUDIO, SPEECH, AND
#: LANGUAGE PROCESSING", "IEEE TRANSACTIONS ON IMAGE PROCESSING, VOL. XX, NO. XX", "..., MM YY").
_JOURNAL_HEADER = re.compile(r"(?<![A-Za-z])(?:[A-Z][A-Z/]*\s+)*(?:TRANSACTIONS|JOURNAL|LETTERS|MAGAZINE)\s+(?:ON|OF)\s+"
                             r"[A-Z][A-Z\-]*(?:(?:\s*,\s*|\s+)(?:AND\s+|&\s+)?[A-Z][A-Z\-]*)*"
                             r"(?:\s*,\s*(?:VOL|NO)\.?\s*[\dX]+|\s*,\s*[A-Z]{2,}(?:\s+[A-Z\d]{2,4})?)*")
#: A template's placeholder after a label and a dot: "VOL.XX", "NO.XX", "XXX.XXXX".
_DOTTED_PLACEHOLDER = re.compile(r"(?:[A-Z]{2,4}|X{2,})\.X{2,}")
#: Words of a page's furniture a name ran into: a keyword list's head ("Index Terms-deep network"), a graphical
#: abstract's or a section's heading ("Graphical Abstract LongReMix", "1 Introduction Word embeddings"), a figure's
#: or a table's caption ("... Convolutional Networks Figure 1:", "(Figure 1)").
_FURNITURE_WORDS = re.compile(r"^(?:Index\s+Terms|Keywords\b|Graphical\s+Abstract|Highlights\b|Introduction\s+[A-Z])"
                              r"|\b(?:Figure|Fig\.)(?:\s*\d+[a-z]?)?$|\bTable\s*\d+[a-z]?$")  # not "Marmot Table"
#: A licence word right after a name: the name is a software licence's ("under the MIT License", "BSD license").
_LICENSE_AFTER = re.compile(r"[\s\-]+(?:licen[sc]es?|licensed)\b", re.I)
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


def shape_only(m: Mention) -> bool:
    """Whether a mention was found by its shape only (:data:`SHAPE_RULES`) with no alias and no other canonical name."""
    return m.rule in SHAPE_RULES and not m.aliases and not (m.canonical and m.canonical != m.text)


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from kg.extract.entityhood import load_words  # noqa: PLC0415

    return load_words()


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
    (:func:`kg.graph.prune.weak_mention`).

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


def _repeated(name: str, other: str) -> bool:
    """Whether ``name`` is written again, as whole words in any case, in ``other`` (the abstract)."""
    return bool(other) and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", other, re.I) is not None


def _everyday_word(word: str) -> bool:
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
    if not all(_everyday_word(w) for w in _WORD.findall(name)):
        return _repeated(name, abstract)
    for h in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", abstract, re.I):
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
        return not _spelt_in(m.text, abstract)
    head = _head_word(words).lower().rsplit("-", 1)[-1]  # "Encoder-decoders" ends in a technique word
    if head not in TECHNIQUE_ENDS and head.rstrip("s") not in TECHNIQUE_ENDS:
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
    name, "NAS-based", "PAF-only", is no candidate at all: :func:`kg.extract.entityhood.generic`.)

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
               for w in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", abstract))


#: A word that only says what a thing is like or how it is built: an adverb ("Hugely"), or a compound
#: adjective ending in a participle or a describing part ("Layout-Enriched", "Form-driven", "Graph-based").
_DESCRIBING_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*-(?:[a-z]+ed|" + _DESCRIBING_PARTS + ")|[a-z]+ly")
#: A title's word of purpose right before a phrase: what follows is the goal ("... for Deep Ledger Regression").
_GOAL_BEFORE = re.compile(r"\bfor\s+$", re.I)
#: A word of a name written like an acronym in the abstract ("DMN", "CSPNet"): it may spell a title's phrase.
_ABSTRACT_ACRONYM = re.compile(r"(?<![\w-])[A-Za-z][\w\-]*[A-Z][\w\-]*")


def _describing_word(w: str) -> bool:
    """Whether a word only describes the kind of thing after it: a grade, a word of the field ("Deep",
    "Neural", "Learning"), an adverb or a describing compound adjective (:data:`_DESCRIBING_WORD`)."""
    low = w.lower()
    return low in BAD_MODIFIERS or low in FIELD_WORDS or _DESCRIBING_WORD.fullmatch(low) is not None


def _spelt_in(name: str, abstract: str) -> bool:
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
        or words[-1].lower() in KIND_HEADS and all(_describing_word(w) for w in words[:-1])
    return described and not _repeated(m.text, abstract) and not _spelt_in(m.text, abstract)  # the costly tests last


def guessed_method(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a Method mention is only a guess by its look (:func:`typeset_phrase`,
    :func:`title_catchphrase`, :func:`defective_shape`, :func:`title_description`); a mention with an alias
    never is. ``text`` is the text of the mention's field, ``abstract`` the paper's abstract."""
    if m.type is not EntityType.METHOD or m.aliases:
        return False
    return typeset_phrase(m, text) or title_catchphrase(m, text, abstract) or defective_shape(m, text) \
        or title_process_word(m, text, abstract) or title_description(m, text, abstract)


#: An author's footnote mark after a word: what follows it in a title is the authors' names and affiliations.
_FOOTNOTE_MARK = re.compile(r"\w\s?[*\u2020\u2021](?:\s|$)")


#: A page's running header in capitals that a PDF converter ran into the abstract: two authors' surnames or more
#: (or one and "ET AL."), a colon, and the short title in capitals ("ZHAI, WU: CLASSIFICATION IS A STRONG
#: BASELINE", "BORSE ET AL.: HIERARCHICALLY SUPERVISED ..."). One capitalised word before a colon is a title's name.
_RUNNING_HEADER = re.compile(r"(?<![\w\-])[A-Z][A-Z'\-]+(?:(?:,\s*(?:AND\s+)?|\s+AND\s+)[A-Z][A-Z'\-]+)*"
                             r"(?:(?:,\s*(?:AND\s+)?|\s+AND\s+)[A-Z][A-Z'\-]+|,?\s+ET\s+AL\.?)\s*:(?:\s*[A-Z0-9][A-Z0-9'\-]*(?![a-z])[,:]?)+")


def running_header(m: Mention, text: str) -> bool:
    """Whether a mention stands in a running header (:data:`_RUNNING_HEADER`) of the abstract, or of the title
    before the title proper (a whole title in capitals is a title: "NOSE, EYES AND EARS: HEAD POSE ESTIMATION").

    >>> t = "We sort glyphs. ZHAI, WU: GLYPH SORTING IS A STRONG BASELINE Glyphs matter. KGNET: A NET"
    >>> [running_header(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="name"), t)
    ...  for w in ("ZHAI", "SORTING", "Glyphs", "KGNET")]
    [True, True, False, False]
    >>> t = "QUOKKA, WOMBAT: GLYPH NETS Glyph Nets: Sorting Glyphs"
    >>> running_header(Mention(EntityType.METHOD, "WOMBAT", 8, 14, field="title", rule="name"), t)
    True
    >>> t = "NOSE, EYES AND EARS: HEAD POSE BY KEYPOINTS"
    >>> running_header(Mention(EntityType.METHOD, "EYES", 6, 10, field="title", rule="name"), t)
    False
    """
    if m.field not in ("abstract", "title"):
        return False
    rest = len(text.rstrip())
    return any(h.start() <= m.start and m.end <= h.end() and (m.field == "abstract" or h.end() < rest)
               for h in _RUNNING_HEADER.finditer(text, max(0, m.start - 200), m.end + 200))


def furniture(m: Mention, text: str) -> bool:
    """Whether a name found by its shape is a page's furniture, no evidence in any number of papers: a
    template's placeholder ("XXXX", "XXX-X-XXXX-XXXX-X"), a month in capitals before a year (a journal's header,
    "MARCH 2020"), a date found by any rule ("May 2017"), a word of a journal's header ("IEEE TRANSACTIONS ON AUDIO, SPEECH, ...",
    "VOL.XX") or of a keyword list, a heading or a caption the name ran into ("Index Terms-deep network",
    "Graphical Abstract LongReMix", "... Networks Figure"), a meeting with its edition's year (:func:`meeting`), a device's
    model or maker before a hardware noun ("ARM platforms", "a Titan XP GPU"), a licence's name ("under the BSD
    license"), a word of a
    running header (:func:`running_header`), or a word after an author's footnote mark in a title
    (the authors' affiliation a PDF converter ran into the title: "... Adaptation Sunghoon Im * DGIST", "...
    Detection Joong-won Hwang * ETRI").

    >>> t = "IEEE TRANSACTIONS, MARCH 2020 Journal XX (XXXX) and the MARCH model"
    >>> [furniture(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="name"), t)
    ...  for w in ("MARCH", "XXXX")], furniture(Mention(EntityType.METHOD, "MARCH", 56, 61, rule="name"), t)
    ([True, True], False)
    >>> t = "Disentangling Networks for Adaptation Jane Doe * DGIST"
    >>> furniture(Mention(EntityType.METHOD, "DGIST", 49, 54, field="title", rule="name"), t)
    True
    """
    if m.rule not in ("lexicon", "lexicon-gen") and (_DATE.fullmatch(m.text) or _FURNITURE_WORDS.search(m.text)
                                                    or _DOTTED_PLACEHOLDER.fullmatch(m.text)):
        return True  # whatever rule found it: "May 2017" after "conference on X,", "Index Terms-deep network"
    if m.rule != "lexicon" and _in_journal_header(m, text):
        return True
    if m.rule not in SHAPE_RULES or m.aliases:
        return False
    if _PLACEHOLDER.fullmatch(m.text) or (m.field == "title" and _FOOTNOTE_MARK.search(text, 0, m.start)):
        return True
    if running_header(m, text):
        return True
    if _HARDWARE_AFTER.match(text, m.end) or _LICENSE_AFTER.match(text, m.end):
        return True  # a device's model or maker ("on ARM platforms", "a Tesla K40c GPU"), a licence ("BSD license")
    return (_MONTH.fullmatch(m.text) is not None and _YEAR_AFTER.match(text, m.end) is not None) or meeting(m, text)


def _in_journal_header(m: Mention, text: str) -> bool:
    """Whether a mention stands in a journal's running header (:data:`_JOURNAL_HEADER`).

    >>> t = "IEEE/ACM TRANSACTIONS ON AUDIO, SPEECH, AND LANGUAGE PROCESSING, VOL. XX 1 Sorting Speech"
    >>> [_in_journal_header(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="name"), t)
    ...  for w in ("SPEECH", "VOL", "Sorting")]
    [True, True, False]
    """
    return any(h.start() <= m.start and m.end <= h.end()
               for h in _JOURNAL_HEADER.finditer(text, max(0, m.start - 200), min(len(text), m.end + 200)))


def meeting(m: Mention, text: str) -> bool:
    """Whether a name found by its shape is a meeting with the year of its edition: a year in or after it and
    a venue's context, a preposition or verb of publishing before it ("accepted at X 2019", a citation's
    "In X 2016.", "the shared task at X 2018") or a venue noun after the year ("the X 2020 workshop"). A
    challenge or shared task that is data keeps its name: "on X 2016", "at X-2010 Task 8", "X 2018
    challenge data" have no such context or name the data after the year.

    >>> t = "It beats 9 models. In QUOLL, pages 7-9."
    >>> meeting(Mention(EntityType.METHOD, "QUOLL", 22, 27, rule="name"), t)
    True
    >>> t = "In KOALA 2016. Our rank at EMU-2018 and the EMU 2019 workshop, on EMU 2017; at EMU-2020 Task 3."
    >>> [meeting(Mention(EntityType.METHOD, w, t.index(w, i), t.index(w, i) + len(w), rule="name"), t)
    ...  for w, i in (("KOALA", 0), ("EMU-2018", 0), ("EMU", 40), ("EMU", 65), ("EMU-2020", 0))]
    [True, True, True, False, False]
    """
    if m.rule not in SHAPE_RULES or m.aliases:
        return False
    if _CITED_IN.search(text, max(0, m.start - 20), m.start) and _CITATION_TAIL.match(text, m.end):
        return True  # a reference's venue: "In X, pages 49-57.", "In Proc. of X. pages 9-15."
    own = _OWN_YEAR.search(m.text)
    year = _EDITION.match(text, m.end)
    if own is None and (year is None or re.search(r"\d", m.text)):
        return False
    end = m.end if own is not None else year.end()
    if _DATA_AFTER.match(text, end):
        return False
    return _VENUE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None \
        or _VENUE_AFTER.match(text, end) is not None


#: The words of a part or an objective of a technique: "X module", "X loss", "X function".
_PART_WORDS = frozenset({"module", "modules", "loss", "losses", "function", "functions"})


def generic_compound(m: Mention) -> bool:
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
    """
    words = m.text.split()
    if m.type is not EntityType.METHOD or m.rule not in _PHRASE_RULES or m.aliases or len(words) != 2:
        return False
    first, last = words
    if not m.text.islower() or last not in _PART_WORDS:
        return False
    return first in TECHNIQUE_ENDS or first.rstrip("s") in TECHNIQUE_ENDS or first in _task_heads() \
        or (last in _LOSS_WORDS and first in _regime_words() and not _lexicon_method(words))


#: The part words a training regime's word before them makes generic (:func:`generic_compound`): a loss only.
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


#: Heads of a wide ability or area rather than of one problem ("reasoning", "understanding"), and the endings of an
#: adjective made from a noun or a verb ("contextual", "semantic", "cognitive", "ambiguous").
_BROAD_HEADS = frozenset({"understanding", "reasoning", "analysis", "learning", "classification"})
_ADJECTIVE_END = re.compile(r"[A-Za-z][a-z\-]*(?:al|ic|ive|ous)")


def broad_task(m: Mention) -> bool:
    """Whether a Task phrase a rule guessed from its head (not the lexicon, no alias) is one adjective of manner
    or domain before a wide head ("Contextual Classification", "Cognitive Understanding" in a title): the
    adjective says how or over what the ability works, no object names the problem (as "glyph" does in
    "glyph classification"); a title's capitals are typesetting. A guess that a second paper must confirm.

    >>> [broad_task(Mention(EntityType.TASK, w, 0, len(w), field="title", rule="title-task"))
    ...  for w in ("Contextual Classification", "Glyph Classification", "Cognitive Understanding Tasks")]
    [True, False, False]
    """
    words = m.text.split()
    if not _task_guess(m) or len(words) != 2:
        return False
    return words[1].lower() in _BROAD_HEADS and _ADJECTIVE_END.fullmatch(words[0]) is not None


def describing_compound(m: Mention, text: str) -> bool:
    """Whether a phrase rule's guess of a Method is a compound adjective before the kind of thing it describes
    (:func:`kg.extract.entityhood.describing_compound`: "we propose a real-time approach", "a two-stream
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


#: A cue noun that names difficulties and fields as readily as research problems ("the problem of domain
#: shift", "problems such as camera motion", "applications such as augmented reality"), closing the text
#: before a Task mention: "problem(s) of", or "problems"/"applications" and a list up to the mention.
_LOOSE_CUE = re.compile(r"\b(?:problems?\s+of|(?:problems|applications)\s*,?\s+(?:such\s+as|like|including)"
                        r"[^.;:()]*)\s+(?:the\s+)?$", re.I)
#: The same list cue after "tasks", "domains", "areas", "fields" or "subjects" as well: before a field's name
#: (:data:`_FIELD_WORD`) any of them lists subjects ("tasks including algebra and computer science").
_LIST_CUE = re.compile(r"\b(?:problems|applications|tasks|domains|areas|fields|subjects)\s*,?\s+"
                       r"(?:such\s+as|like|including)[^.;:()]*\s+(?:the\s+)?$", re.I)
#: A last word that names a field of study, not a process: "-ics" ("mathematics", "robotics") or "science(s)".
_FIELD_WORD = re.compile(r"[a-z]{3,}ics|sciences?")


@lru_cache(maxsize=1)
def _task_heads() -> frozenset[str]:
    from kg.extract.lexicon_data import entry_names  # noqa: PLC0415
    from kg.extract.rules import task_head_words  # noqa: PLC0415

    return task_head_words(entry_names([EntityType.TASK]))


@lru_cache(maxsize=1)
def _task_last_words() -> frozenset[str]:
    """The last words (lower case) of the Task lexicon's names of two words or more: nouns that end a kept task's
    name ("code search"), though too few names end in them to make them heads (:func:`_task_heads`)."""
    from kg.extract.lexicon_data import load_lexicon  # noqa: PLC0415

    names = (n for e in load_lexicon([EntityType.TASK]) for n in (e.canonical, *e.aliases))
    return frozenset(w[-1].lower() for w in map(str.split, names) if len(w) > 1)


def loose_task(m: Mention, text: str) -> bool:
    """Whether a Task mention is only what a loose cue introduces ("the problem of X", "problems such as
    X", "applications such as X") and X does not end in a process (:func:`kg.extract.rules.process_head`:
    a task head, a process-noun ending, or a word ending three Task lexicon names) nor in a word that ends any
    Task lexicon name of two words or more (:func:`_task_last_words`: "sock search" as "code search" does, which
    process_head cannot judge; such a name is the guess a second paper confirms): a difficulty or a field
    ("exposure bias", "unpaired training data", "camera motion", "augmented reality"): no evidence of a Task
    in any number of papers (:mod:`kg.graph.prune`), a use of a node other papers keep. X ending in a field's
    word (:data:`_FIELD_WORD`) is one after "tasks such as" or "tasks including" too ("tasks including algebra
    and computer science").

    >>> t = "It eases the problem of unpaired training data and the problem of glyph extraction."
    >>> loose_task(Mention(EntityType.TASK, "unpaired training data", 24, 46, rule="task-context"), t)
    True
    >>> loose_task(Mention(EntityType.TASK, "glyph extraction", 66, 82, rule="task-context"), t)
    False
    """
    from kg.extract.rules import process_head  # noqa: PLC0415

    if m.type is not EntityType.TASK or m.rule not in ("task-context", "list") or m.aliases:
        return False
    last = m.text.rsplit(None, 1)[-1]
    if _FIELD_WORD.fullmatch(last.lower()) and _LIST_CUE.search(text, max(0, m.start - 160), m.start):
        return True
    if process_head(last, _task_heads()) or last.lower() in _task_last_words():
        return False
    return _LOOSE_CUE.search(text, max(0, m.start - 160), m.start) is not None


#: A bare acronym in letters ("ATSC", "NERs"): a list of tasks may give a task by its acronym.
_LETTER_ACRONYM = re.compile(r"[A-Z]{2,}s?")
_NAME_PARTS = re.compile(r"[\s\-/]+")


def named_member(m: Mention) -> bool:
    """Whether a Task that a list of tasks or a task cue gave (rules ``list``, ``task-context``, no alias) is a name
    of something else: every word of it opens with a capital or a digit, none is a process word
    (:func:`kg.extract.rules.process_head`) and it is no bare acronym in letters: a language or modality pair
    ("Frisian-Manx translation tasks (Frisian-Manx and ...)"), a data set ("tasks such as GlyphQA"), a label ("two
    problems: (Q1) ..."). The task is the process the list names them under. A guess a second paper must confirm,
    where the name links to a Task (linking may type it as the data set it is: "tasks such as GlyphQA and ...").

    >>> [named_member(Mention(EntityType.TASK, w, 0, len(w), rule="list"))
    ...  for w in ("Frisian-Manx", "GlyphQA", "Q1", "GQR", "Glyph Recognition", "glyph parsing")]
    [True, True, True, False, False, False]
    """
    from kg.extract.rules import process_head  # noqa: PLC0415

    if m.type is not EntityType.TASK or m.rule not in ("list", "task-context") or m.aliases:
        return False
    words = [w for w in _NAME_PARTS.split(m.text) if w]
    if not words or _LETTER_ACRONYM.fullmatch(m.text) or any(not (w[0].isupper() or w[0].isdigit()) for w in words):
        return False
    return not any(process_head(w, _task_heads()) for w in words)


_NEXT_WORD = re.compile(r" ([a-z][a-z\-]*)\b")
#: After a word in -s, what a verb takes and a plural noun does not: an object's determiner ("X constitutes an
#: important element", "X attracts less attention"), so the -s word is the phrase's verb, not a noun it modifies.
_OBJECT_AFTER = re.compile(r" (?:a|an|the|more|less|much|many|most|no|its|their|our|it|them|to|great|little)\b")


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    from kg.extract.entityhood import load_words  # noqa: PLC0415

    return load_words("verb_words.txt")


def modifier_task(m: Mention, text: str) -> bool:
    """Whether a Task phrase guessed from its task head word (rule ``head``) stands right before a noun it
    modifies ("a core trainable segmentation engine", "an unconditional progressive segmentation generation
    network", "inspiration for future few-shot detection works"): the head of the phrase is that noun, and
    the phrase no evidence of a task in this paper. The next word is a noun when it is none of the function
    words, verbs (words abstracts mostly use as verbs, their -s forms, -ed, -ing, -ly) and task nouns.

    >>> t = "This core trainable segmentation engine works. Brain tissue segmentation remains hard. Moss stage "\\
    ...     "classification constitutes an element. It gives moss stage counting heatmaps."
    >>> [modifier_task(Mention(EntityType.TASK, w, t.index(w), t.index(w) + len(w), rule="head"), t)
    ...  for w in ("core trainable segmentation", "Brain tissue segmentation", "Moss stage classification",
    ...            "moss stage counting")]
    [True, False, False, True]
    """
    if m.type is not EntityType.TASK or m.rule != "head" or m.aliases:
        return False
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None:
        return False
    w = nxt.group(1)
    if w.endswith("s") and _OBJECT_AFTER.match(text, nxt.end()):
        return False  # "Sleep stage classification constitutes an ...": its verb
    return w not in AFTER_TASK_OK and not verbish(w, _verb_words())


#: "formulate/cast/treat/view/regard/convert ... X as (a) Y", up to the Y phrase: Y is how X is solved.
_RECAST_BEFORE = re.compile(r"\b(?:formulat|reformulat|cast|recast|model|treat|view|regard|transform|convert|reduc|"
                            r"fram|pos|turn)\w*\b[^.;]{0,80}?\b(?:as|into)\s+(?:(?:an?|the)\s+)?(?:[\w\-]+\s+)?$",
                            re.I)
_PROBLEM_AFTER = re.compile(r"\s+(?:problems?|tasks?)\b", re.I)


def recast_task(m: Mention, text: str) -> bool:
    """Whether a Task phrase guessed from its task word is the problem a paper recasts another as ("we formulate
    the depth regression as a bin index estimation problem", "casting temporal action detection as a sub-graph
    localization problem"): the formulation is how the paper solves its task, a means, not a research task, in
    any number of papers; a paper using the phrase otherwise keeps it ("sequence tagging").

    >>> t = "We formulate moss counting as a patch rank estimation problem. We study patch rank estimation."
    >>> [recast_task(Mention(EntityType.TASK, "patch rank estimation", i, i + 21, rule="head"), t)
    ...  for i in (t.index("patch"), t.rindex("patch"))]
    [True, False]
    """
    if m.type is not EntityType.TASK or m.rule not in ("head", "task-context", "list") or m.aliases:
        return False
    if _PROBLEM_AFTER.match(text, m.end) is None:
        return False
    return _RECAST_BEFORE.search(text, max(0, m.start - 120), m.start) is not None


_TASK_GUESS_RULES = frozenset({"head", "task-context", "list", "titlecase", "grown", "title-task"})


def _task_guess(m: Mention) -> bool:
    """Whether a mention is a Task a rule guessed from its words (not the lexicon), with no alias to name it."""
    return m.type is EntityType.TASK and m.rule in _TASK_GUESS_RULES and not m.aliases


def means_task(m: Mention, text: str) -> bool:
    """Whether a Task mention stands where a paper names its means, not its goal: the object of a verb of use
    or proposal ("we use Poisson Surface Reconstruction to transform ...", "we propose a novel
    Cycle-Consistent Adversarial Domain Adaptation model") or the subject of one in the passive ("dual path
    image translation and ... are proposed"); no preposition between the verb and it ("a method for X")
    and no task cue beside it ("the task of X", "X tasks"). A guess: a second paper must confirm the task.

    >>> t = "We use Poisson surface reconstruction to mesh it. We propose a model for shape completion."
    >>> [means_task(Mention(EntityType.TASK, s, t.index(s), t.index(s) + len(s), rule="head"), t)
    ...  for s in ("Poisson surface reconstruction", "shape completion")]
    [True, False]
    """
    if not _task_guess(m):
        return False
    return means_clause(text, m.start, m.end)


#: A word in lower case: between a title's colon and a phrase, it says the phrase is not the subtitle's first.
_LOWER_WORD = re.compile(r"(?<![\w\-])[a-z]+\b")


def title_means_task(m: Mention, text: str) -> bool:
    """Whether a title's Task phrase guessed from its task word is what the title says the paper does for its
    task, not the task: the phrase before "for" and a task ("Glyph Lattice Reconstruction and Refinement for
    Seal Script Recognition", "Neural Crate Matching with Priors for Box Retrieval"), or the long form of the
    acronym before the title's colon (:func:`kg.extract.context.tasks.names_its_method`, the reading the title's
    own task rule makes), or the end of that long form when the rule cut its first words off (in a title set in
    capitals, "NMRE: NON-LINEAR MOSS RIBBONS ESTIMATION"; no function word between: "FOO: BAR FOR X" is no long
    form of X). A guess: a second paper must confirm the task.

    >>> t = "Glyph Lattice Reconstruction for Seal Script Recognition"
    >>> [title_means_task(Mention(EntityType.TASK, s, t.index(s), t.index(s) + len(s), field="title", rule="head"), t)
    ...  for s in ("Glyph Lattice Reconstruction", "Seal Script Recognition")]
    [True, False]
    >>> t = "SeRe: A Lattice Model for Seal Recognition"
    >>> title_means_task(Mention(EntityType.TASK, "Seal Recognition", 26, 42, field="title", rule="title-task"), t)
    False
    """
    if m.field != "title" or not _task_guess(m):
        return False
    colon = text.find(": ", 0, m.start)
    if colon >= 0 and _LOWER_WORD.search(text, colon + 2, m.start):
        colon = -1  # the acronym spells a phrase right after the colon only ("PeTra: A Model for People Tracking")
    if colon >= 0 and not any(w in FUNCTION_WORDS for w in text[colon + 2:m.start].lower().split()) \
            and names_its_method(text, colon, colon + 2, m.end):
        return True  # the long form's first words cut off the phrase ("NMRE: NON-LINEAR MOSS RIBBONS ESTIMATION")
    return names_its_method(text, colon, m.start, m.end)


def described_task(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a title's Task phrase guessed from its task word has only describing words before the task word (a
    grade, a setting in -ed, a describing compound: :func:`_describing_word`) and the abstract never repeats it:
    "Structured Layout-Aware Parsing", "Fine-Grained Estimation", "Semi-Supervised Recognition" say how the work
    does its task, no object names the problem (as "receipt" does in "Receipt Parsing"). A guess that a second
    paper must confirm.

    >>> t = "A Lattice Model for Structured Layout-Aware Parsing and Receipt Parsing"
    >>> [described_task(Mention(EntityType.TASK, s, t.index(s), t.index(s) + len(s), field="title",
    ...                         rule="title-task"), t, "We parse forms.")
    ...  for s in ("Structured Layout-Aware Parsing", "Receipt Parsing")]
    [True, False]
    """
    words = m.text.split()
    if m.field != "title" or not _task_guess(m) or len(words) < 2 or _repeated(m.text, abstract):
        return False
    return all(_describing_word(w) or w.lower().endswith("ed") for w in words[:-1])


def approach_task(m: Mention, abstract: str = "") -> bool:
    """Whether a title's Task phrase guessed from its task word has a modifier of approach right before that word
    (:func:`kg.extract.task_bounds.approach_word`: "Scroll-aware Margin-free Tracking", "Wet Nib Based Neural
    Transcription", "Probabilistic two-stage detection") and the abstract writes neither the phrase nor the modifier
    with the word: the phrase is the paper's way of doing a bare process, no task (a longer task after the
    modifier is cut out at extraction). A guess that a second paper must confirm.

    >>> t = "Spindle: Scroll-aware Margin-free Tracking"
    >>> m = Mention(EntityType.TASK, t[9:], 9, len(t), field="title", rule="title-task")
    >>> approach_task(m, "We track scrolls."), approach_task(m, "Margin-free tracking is fast.")
    (True, False)
    """
    words = m.text.split()
    if m.field != "title" or not _task_guess(m) or len(words) < 2 or not approach_word(words[-2]):
        return False
    return not written_in(said_words(abstract), " ".join(words[-2:]))  # (written whole, it writes these too)


def unplaced_task(m: Mention, text: str, mentions: tuple[Mention, ...] = ()) -> bool:
    """Whether a Task phrase guessed from its task head word (rule ``head``, in the abstract) stands nowhere a task
    stands: not at a sentence's start, no goal word before it in its clause ("for X", "address X", "improves X"),
    no task noun or verb after it ("X tasks", "X is ..."), not coordinated with another task
    (:func:`kg.extract.task_roles.task_role`). Such a phrase is a step of the paper's own model or a description ("predicting contours
    through instance center classification", "fed into per-pixel instance id classification", "rather than proposal
    region detection"): a guess that a second paper must confirm.

    >>> t = ("It predicts contours through moss center classification and offsets. We study moss stage counting. "
    ...      "Results on leaf vein segmentation, moss stage counting and moss lobe counting hold.")
    >>> [unplaced_task(Mention(EntityType.TASK, s, t.index(s), t.index(s) + len(s), rule="head"), t)
    ...  for s in ("moss center classification", "moss stage counting", "moss lobe counting")]
    [True, False, False]
    """
    if m.type is not EntityType.TASK or m.rule != "head" or m.aliases or m.field == "title":
        return False
    spans = [(o.start, o.end) for o in mentions if o is not m and o.type is EntityType.TASK and o.field == m.field]
    return not task_role(text, m.start, m.end, spans, _task_heads())


def step_task(m: Mention, text: str) -> bool:
    """Whether a Task phrase guessed from its words, or a generated lexicon's Task name (no alias either way), stands
    where its sentence names a means or a step (:func:`kg.extract.task_roles.means_role`: "previous methods rely on
    nearest moss retrieval", "a framework with explicit moss structure recognition", "Spore Grading by Efficient
    Moss Counting"): how something is done there, or a cause, not the problem the paper works on or is scored on. A
    guess that a second paper must confirm (the lexicon lists techniques and measures among its tasks, too).

    >>> t = "Older systems rely on manual spore grading. We study leaf vein grading."
    >>> [step_task(Mention(EntityType.TASK, s, t.index(s), t.index(s) + len(s), rule=r), t)
    ...  for s, r in (("manual spore grading", "head"), ("leaf vein grading", "head"), ("manual spore grading", "lexicon"))]
    [True, False, False]
    """
    if not (_task_guess(m) or (m.type is EntityType.TASK and m.rule == "lexicon-gen" and not m.aliases)):
        return False
    return means_role(text, m.start, m.end, _verb_words(), title=m.field == "title")


def guessed_task(m: Mention, text: str, abstract: str, mentions: tuple[Mention, ...]) -> bool:
    """Whether a Task mention is a guess where it stands (:func:`loose_task`, :func:`modifier_task`,
    :func:`means_task`, :func:`title_means_task`, :func:`broad_task`, :func:`described_task`, :func:`approach_task`,
    :func:`unplaced_task`, :func:`step_task`)."""
    return loose_task(m, text) or modifier_task(m, text) or means_task(m, text) or title_means_task(m, text) \
        or broad_task(m) or described_task(m, text, abstract) or approach_task(m, abstract) \
        or unplaced_task(m, text, mentions) or step_task(m, text)
