"""Pattern rules for names no lexicon can know, found by their shape, as plain functions over text: name-like tokens
(:func:`name_candidates`: "DDRNet-23", "GPT-4", "LaSOT dataset"), two words in capitals that are one name
(:func:`join_capital_words`), model names with a size (:func:`sized_names`: "Llama 2 7B"), and the runs of text set
in capitals, where a word's shape says nothing (:func:`capitals_runs`).

Each rule returns :class:`~kg.extract.candidates.Candidate` spans (character offsets into the text it was given). The
spaCy components in :mod:`kg.extract.components` call them and resolve overlaps. Rules of other kinds have modules of
their own: phrases by their head word (:mod:`kg.extract.head_phrases`), the windows where a paper proposes and the
names other works gave (:mod:`kg.extract.proposal_cues`), sentences and numbers (:mod:`kg.extract.text_spans`),
acronyms (:mod:`kg.extract.abbreviations`) and names typed by the words around them (:mod:`kg.extract.context`).
"""
from __future__ import annotations

import re

from kg.vocab import EntityType as T
from kg.extract.candidates import PRI_LEXICON_LONG, PRI_NAME, Candidate
from kg.extract.ordinary_words import adjective_shape
from kg.extract.text_spans import matches_at
from kg.extract.words import NOT_NAMES, verbish


# a name-like token: inner capital (DDRNet, GiMeFive), all caps (DCAM), or letters with digits (GPT-4)
_NAMEISH = re.compile(
    r"(?<![\w-])("
    r"(?:[A-Z]{1,}[a-z0-9]*[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z]*\d[A-Za-z0-9]*|[A-Z]{2,}s?)"
    r"(?:[-.][A-Za-z0-9]+)*\+{0,2}"
    r")(?:\s(?:\d+(?:\.\d+)?[BMK]\b|v\d+(?:\.\d+)?\b|\d{1,2}(?:\.\d)?(?=\s\d+(?:\.\d+)?[BMK]\b)))*(?![\w-])"
)
#: The bit widths a quantised model's name gives its weights and activations after a "/" ("-1/32", "-4/8"): a
#: pair of powers of two up to 32 right after a name's last number is one name, where a list of the family's
#: sizes ("-50/101", "-10/100", "-14/28") is not; three numbers or more are a list
_BIT_WIDTHS = frozenset({"1", "2", "4", "8", "16", "32"})
_SLASHED_NUMBER = re.compile(r"/(\d+)(?![\w/-]|\.\d)")
#: Shapes that look like names but are hardware, document parts or units, or a quantisation's bit widths of
#: weights and activations (and maybe of the key-value cache): "W4A4", "W8A16", "A8W8", "W4A8KV4" are settings.
_NOT_A_NAME = re.compile(
    r"^(?:[VAHTPKL]\d{2,3}s?|(?:RTX|GTX)\d*|TPUv\d+|(?:Section|Sec|Figure|Fig|Table|Tab|Eq|Appendix|Alg)\.?\d.*|"
    r"\d+[KMBGT]B?s?|[A-Z]\d{0,1}|[kMGT]?Hz|[kMG]?bps|dB|(?:W\d{1,2}A|A\d{1,2}W)\d{1,2}(?:KV\d{1,2})?)$"
)


def not_a_name_shape(word: str) -> bool:
    """Whether a word's shape is a size, unit, hardware or document part ("1K", "3D", "V100", "Fig.2").

    >>> [not_a_name_shape(w) for w in ("5K", "3D", "300W", "3DPW", "kHz", "W4A4", "W8A16KV8", "WA4")]
    [True, True, False, False, True, True, True, False]
    """
    return word in NOT_NAMES or bool(_NOT_A_NAME.match(word))


_NAME_PARTS = re.compile(r"[-.]")
_CODE_SHAPE = re.compile(r"[A-Z]\d*|\d+[A-Za-z]?|[A-Z]{2,}\d*-\d+")
_HAS_LOWER = re.compile(r"[a-z]")
_CAPS_CODE = re.compile(r"[A-Z]{2,}\d*(?:-\d+)?")
#: (the data a split names: "the Hub5-2000 evaluation test set", "hours of SWB-1 training data")
_DATASET_AFTER = re.compile(r"\s+(?:dataset|benchmark|corpus|suite|(?:(?:evaluation|training|test|validation|dev)\s+)?"
                            r"(?:test|training|evaluation|validation) (?:set|data|split)|(?:(?:19|20)\d\d\s+)?"
                            r"(?:challenge|shared task|competition))\b")
#: Words before a name that make it a data set: "results on X", "pre-trained on the challenging X",
#: "a 2.3% mAP boost on X", "evaluated on X" (not "based on X", "built on X").
_DATASET_BEFORE = re.compile(
    r"\b(?:evaluat\w*|experiments?|results?|tested|test|trained|train|training|pre-?trained|fine-?tuned|"
    r"benchmark\w*|accuracy|performance|mAP|boosts?|improvements?|gains?|state-of-the-art|SOTA|scores?|"
    r"records?|validat\w*)\s+(?:[\w\-%.]+\s+){0,3}?on\s+(?:the\s+)?(?:(?:challenging|popular|public|standard|"
    r"large-scale|widely[- ]used|recent|real-world)\s+)*$", re.I)
def _has_on(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds "on" in any case, which every match of ``_DATASET_BEFORE`` does."""
    return text.find("on", lo, hi) >= 0 or text.find("On", lo, hi) >= 0 or text.find("ON", lo, hi) >= 0 \
        or text.find("oN", lo, hi) >= 0


_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
#: The word that closes a list ("A, B and C"; "A or B").
CLOSING_GLUE = re.compile(r"\b(?:and|or)\b")
#: a verb in the present right after a name: the name is the subject of a clause ("B meets 75.5%"); an auxiliary
#: (a small closed set of grammar words) or a verb's -s form
_FINITE = re.compile(r"\s+(is|are|was|were|has|have|can|could|will|([a-z]{3,}s))\b")


def opens_clause(text: str, end: int, joins: bool, closed: bool, verbs: frozenset[str]) -> bool:
    """Whether a name that goes on from a list of datasets (``joins``: "and"/"or" joins it; ``closed``: one joined
    an earlier member) opens a clause of its own instead: a present verb follows, and a bare comma joins it or
    the list was closed before it ("75.9% on A, Foo-B meets 75.5%"; "on A and B, and FooNet achieves"; not "on
    A, B and C show", where the verb is the sentence's)."""
    return (closed or not joins) and finite_verb_after(text, end, verbs)


def finite_verb_after(text: str, end: int, verbs: frozenset[str]) -> bool:
    """Whether a verb in the present follows ``end`` (an auxiliary, or the -s form of a word abstracts mostly use
    as a verb): the name before it is the subject of a clause ("Foo-B meets 75.5%")."""
    m = _FINITE.match(text, end)
    return m is not None and (m.group(2) is None or verbish(m.group(2), verbs))


#: a measure's word right after a name ("the LaSOT SUC score"; also a percentage of it: "FNIR of 61.7% at FPIR of
#: 1%" names two rates)
_METRIC_AFTER = re.compile(r"\s+(?:(?:score|scores|errors|error rates?|(?:automatic\s+|evaluation\s+)?metrics?)\b|"
                           r"of\s+\d+(?:\.\d+)?\s?%)")


#: The first letters of the words ``_DATASET_AFTER`` and ``_METRIC_AFTER`` look for, in either case (no other
#: character lower-cases to one of them), and the first digit of a year ("ZeroSpeech 2020 challenge").
_AFTER_FIRST = frozenset("dbcstmevoa12DBCSTMEVOA")
#: core -> ``_name_shape_ok(core)``, a cache (the same names recur across abstracts)
_CORE_OK: dict[str, bool] = {}


def _name_shape_ok(core: str) -> bool:
    """Whether a name-like token (the core of a ``_NAMEISH`` match) can be a name by its shape alone."""
    if core in NOT_NAMES or core.rstrip("s") in NOT_NAMES or len(core) < 2 or _NOT_A_NAME.match(core):
        return False
    parts = _NAME_PARTS.split(core)
    if len(parts) == 2 and parts[0] == parts[1]:
        return False  # "GPU-GPU", "GCD-GCD": a pairing, not a name
    if _CODE_SHAPE.fullmatch(core) and not _HAS_LOWER.search(core):
        # "T5" is a name but "H100"-like hardware and "A-1" codes are too noisy without lexicon support
        if not _CAPS_CODE.fullmatch(core):
            return False
    return True


def _bit_width_end(text: str, end: int) -> int:
    """Where a name that a "/" follows at ``end`` ends: after the "/" and its number when the numbers on both
    sides of the "/" are bit widths (:data:`_BIT_WIDTHS`), else at ``end``.

    >>> [_bit_width_end(t, t.index("/")) for t in ("Zorb-1/32 wins", "Zorb-4/4.", "Zorb-50/101", "Zorb-1/2/4",
    ...                                            "Zorb-1/320", "Zorb-64/1")]
    [9, 8, 7, 6, 6, 7]
    """
    w = _SLASHED_NUMBER.match(text, end)
    if w is None or w.group(1) not in _BIT_WIDTHS:
        return end
    lo = end
    while lo and text[lo - 1].isdigit():
        lo -= 1
    return w.end() if text[lo:end] in _BIT_WIDTHS else end


#: Words that follow a verb as its object ("our QZVdetect the glyphs"): after a verb's bare stem glued to a name, the
#: sign that the stem is a word of the sentence, not the end of the name ("ISAdetect dataset").
_OBJECT_WORDS = frozenset("the a an its their our this these those them it all both each".split())


def glued_word(core: str, verbs: frozenset[str], common: frozenset[str], after: str = "") -> bool:
    """Whether the token ``core`` is a name with a word of the sentence that a PDF glued to it, its space lost: an
    adverb in -ly made of an adjective or an everyday word (``common``: "PVDconsistently", "MoConamely",
    "PVDeasily"), or a verb abstracts use (``verbs``), six letters or more, after two capitals. A verb in -s/-es
    is one ("our PVDoutperforms"); a bare stem is one only when a word that takes it as a verb's object follows
    (``after``, the text after the token: "our PVDdetect the glyphs"), for names end in verbs ("CheXlocalize",
    "ISAdetect", "MMdetect"). A glued noun may be the name's own ("RNNsearch", "BERTserini" stay), though a
    name that ends in an -ly word or a verb's -s form is lost.

    >>> v, c = frozenset({"outperform", "detect"}), frozenset({"name"})
    >>> [glued_word(w, v, c) for w in ("PVDconsistently", "MoConamely", "PVDoutperforms", "RNNsearch", "MMdetect")]
    [True, True, True, False, False]
    >>> glued_word("PVDdetect", v, c, " the glyphs")
    True
    """
    lower = len(core.rstrip("abcdefghijklmnopqrstuvwxyz"))  # where the lower-case letters that end it begin
    if len(core) - lower < 6 or not core.isalnum() or sum(ch.isupper() for ch in core) < 2:
        return False
    for at in range(lower, len(core) - 5):
        word = core[at:]
        stem = word[:-3] + "y" if word.endswith("ily") else word[:-2]  # ("easily": easy)
        if word.endswith("ly") and (adjective_shape(stem) or stem in common):
            return True
        if word.endswith("s") and (word[:-1] in verbs or word.endswith("es") and word[:-2] in verbs):
            return True
        if word in verbs:
            following = after.split(None, 1)
            return bool(following) and following[0] in _OBJECT_WORDS
    return False


def name_candidates(text: str, starts: list[int] | None = None, verbs: frozenset[str] = frozenset(),
                    common: frozenset[str] = frozenset()) -> list[Candidate]:
    """Name-like tokens (CamelCase, ALL CAPS, letters with digits, with version/size suffixes:
    "DDRNet-23", "GPT-4", "Llama 2 7B") as Methods; with a dataset cue right after, as Datasets. A token that is a
    name with a word of the sentence a PDF glued to it (:func:`glued_word`: "PVDconsistently"; ``common``: the
    everyday English words) is none: the name alone would end inside the token.

    ``starts`` (optional) are the only character offsets where a name may begin (the component passes
    the tokens that start with a letter and are neither lower-case nor plain capitalised words), which saves
    scanning the text.

    >>> t = "DDRNet-23 beats GPT-4 on the LaSOT dataset (in AI)."
    >>> [(t[c.start:c.end], c.type.value) for c in name_candidates(t)]
    [('DDRNet-23', 'Method'), ('GPT-4', 'Method'), ('LaSOT', 'Dataset')]
    """
    out = []
    size = len(text)
    shape_ok = _CORE_OK
    # a list of datasets: where a name listed next would start, whether "and" joins it, whether one closed it
    next_at, joins, closed = -1, False, False
    for m in matches_at(_NAMEISH, text, starts):
        end = m.end()
        core = m.group(1)
        v = shape_ok.get(core)
        if v is None:
            if len(shape_ok) > 50000:
                shape_ok.clear()  # bounds the cache
            v = shape_ok[core] = _name_shape_ok(core)
        if not v:
            continue
        if end < size and text[end] == "/" and m.end(1) == end:
            end = _bit_width_end(text, end)
        elif m.end(1) == end and glued_word(core, verbs, common, text[end:end + 12]):
            continue  # ("our PVDconsistently outperforms": a name and a word, no name; a cut would end inside the token)
        etype = T.METHOD
        lo = m.start() - 60 if m.start() > 60 else 0
        listed = next_at == m.start() and not (verbs and opens_clause(text, end, joins, closed, verbs))
        if listed or (_has_on(text, lo, m.start())  # (a cheap test before the regex)
                      and _DATASET_BEFORE.search(text, lo, m.start())):
            etype = T.DATASET  # "results on X", "pre-trained on X", and the names listed right after it
        # a cue after the name: white space, then a word starting with one of _AFTER_FIRST
        if end < size and text[end].isspace() and (text[end + 1:end + 2] in _AFTER_FIRST
                                                     or not text[end + 1:end + 2].strip()):
            after = text[end: end + 24].lower()
            if _DATASET_AFTER.match(after):
                etype = T.DATASET
            elif _METRIC_AFTER.match(after):
                etype = T.METRIC  # "the LaSOT SUC score"
        out.append(Candidate(m.start(), end, etype, PRI_NAME, "name"))
        glue = _LIST_NEXT.match(text, end) if etype is T.DATASET else None
        if glue:
            next_at, joins, closed = glue.end(), CLOSING_GLUE.search(glue.group()) is not None, listed and (joins or closed)
        else:
            next_at, joins, closed = -1, False, False
    return out


_CAPS_WORD = re.compile(r"[A-Z][A-Z\-]*[A-Z]")


def join_capital_words(text: str, cands: list[Candidate], common: frozenset[str]) -> list[Candidate]:
    """Name-shape Methods written in capitals one space apart, one of them a word rather than an acronym (an
    everyday English word of four letters or more, or any of six letters or more), are one name ("our model,
    FOCAL REASONER"): such a word is in capitals because the name is, so neither word alone is the name. Two
    acronyms side by side ("CNN LSTM") stay two.

    >>> t = "Our model, FOCAL REASONER, beats CNN LSTM."
    >>> cs = name_candidates(t)
    >>> [t[c.start:c.end] for c in join_capital_words(t, cs, frozenset())]
    ['FOCAL REASONER', 'CNN', 'LSTM']
    """
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and c.rule == prev.rule == "name" and c.type is prev.type is T.METHOD \
                and c.start == prev.end + 1 and text[prev.end] == " " and _two_caps_words(text, prev.start, c.end) \
                and any(len(w) >= 6 or (len(w) >= 4 and w.lower() in common) for w in text[prev.start:c.end].split()):
            out[-1] = prev._replace(end=c.end)
            continue
        out.append(c)
    return out


_CAPS_NEIGHBOUR_BEFORE = re.compile(r"[A-Z][A-Z\-]*[.:,]? $")
_CAPS_NEIGHBOUR_AFTER = re.compile(r" [A-Z][A-Z\-]*(?![a-z])")
_NOT_NAME_ENDS = ("LY",)


def _two_caps_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is two words in capitals with no word in capitals beside them (a longer run
    is a heading: "CONVOLUTIONAL SEQUENCE MODELING REVISITED") and no adverb among them
    ("HIERARCHICALLY SUPERVISED").

    >>> t = "our FOCAL REASONER wins; BORSE: HIERARCHICALLY SUPERVISED; SEQUENCE MODELING REVISITED"
    >>> [_two_caps_words(t, t.index(w), t.index(w) + len(w)) for w in ("FOCAL REASONER", "HIERARCHICALLY SUPERVISED",
    ...                                                                 "MODELING REVISITED")]
    [True, False, False]
    """
    words = text[start:end].split(" ")
    if len(words) != 2 or not all(_CAPS_WORD.fullmatch(w) for w in words) or any(w.endswith(_NOT_NAME_ENDS) for w in words):
        return False
    return not _CAPS_NEIGHBOUR_BEFORE.search(text, max(0, start - 30), start) \
        and not _CAPS_NEIGHBOUR_AFTER.match(text, end)


#: Words that, written in capitals, show a run of text is set in capitals ("VERY DEEP NETWORKS FOR
#: LARGE-SCALE IMAGE RECOGNITION"), where every word has an acronym's shape.
CAPS_FUNCTION_WORDS = ("FOR", "AND", "OF", "THE", "IN", "ON", "WITH", "TO", "VIA", "BY", "FROM", "USING", "IS",
                       "ARE", "AN", "AT", "AS", "TOWARDS", "TOWARD", "BETWEEN", "INTO", "THROUGH", "UNDER")
_CAPS_HINTS = tuple(f" {w} " for w in CAPS_FUNCTION_WORDS)
_CAPS_RUN = re.compile(r"(?<![\w-])[A-Z][A-Z0-9'\-]*(?:[ \t:]+[A-Z][A-Z0-9'\-]*){2,}(?![\w-])")
CAPS_FUNCTION_SET = frozenset(CAPS_FUNCTION_WORDS)


def capitals_runs(text: str, hinted: bool = True) -> list[tuple[int, int]]:
    """Spans of text set in capitals: three or more upper-case words in a row, one of them a function
    word ("FOR", "AND", "OF" ...). Inside them a word's shape says nothing about it being a name.
    ``hinted=False`` says the caller knows no such function word is a token of the text.

    >>> t = "VERY DEEP NETWORKS FOR IMAGE RECOGNITION\\n\\nWe test CNN, LSTM and GRU on MS COCO."
    >>> [t[a:b] for a, b in capitals_runs(t)]
    ['VERY DEEP NETWORKS FOR IMAGE RECOGNITION']
    """
    if not hinted or not any(h in text for h in _CAPS_HINTS):
        return []  # the common case: no capitalised function word at all
    return [m.span() for m in _CAPS_RUN.finditer(text)
            if any(w in CAPS_FUNCTION_SET for w in re.split(r"[ \t:]+", m.group(0)))]


_SIZE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[BM]\b")


def _size_starts(text: str) -> list[int]:
    """Sorted offsets that hold every start of a ``_SIZE`` match, found with ``str.find`` (a regex scan of the
    whole text costs far more). A match lies in one stretch of word characters and dots and begins it
    (the look-behind), and its "B" or "M" follows a digit: so the starts of the stretches holding such a
    letter are enough."""
    starts = set()
    for ch in "BM":
        i = text.find(ch, 1)
        while i > 0:
            if text[i - 1].isdigit():  # isdigit() holds for every character \d matches
                j = i - 1
                while j and (text[j - 1].isalnum() or text[j - 1] in "._"):  # \w: isalnum() or "_"
                    j -= 1
                starts.add(j)
            i = text.find(ch, i + 1)
    return sorted(starts)


_SIZED_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z][A-Za-z]*(?:[- ]\d+(?:\.\d+)?)?) $")
_NOT_MODEL_WORDS = {"The", "A", "An", "Our", "This", "These", "With", "For", "Of", "In", "On", "To", "And", "Only",
                    "Each", "All", "Both", "Up", "From", "Over", "Under", "About", "Nearly", "Around", "Than"}


def sized_names(text: str) -> list[Candidate]:
    """Model names made of a plain word, an optional version and a size: "Llama 2 7B", "Mistral 7B"
    (the name rule skips plain capitalised words, so these are found from the size).

    >>> t = "We tune Llama 2 7B and Mistral 7B, not the 13B model."
    >>> [t[c.start:c.end] for c in sized_names(t)]
    ['Llama 2 7B', 'Mistral 7B']
    """
    out = []
    starts = _size_starts(text)
    if not starts:
        return out  # most abstracts state no model size
    for m in matches_at(_SIZE, text, starts):
        b = _SIZED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if b and b.group(1).split()[0].split("-")[0] not in _NOT_MODEL_WORDS:
            # above a lexicon match inside it: "Llama 2 7B" is more than "Llama 2"
            out.append(Candidate(b.start(1), m.end(), T.METHOD, PRI_LEXICON_LONG + 2, "name"))
    return out
