"""Pattern rules for names no lexicon can know, as plain functions over text.

Each rule returns :class:`Candidate` spans (character offsets into the text it was given). The spaCy
components in :mod:`kg.extract.components` call them and resolve overlaps.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from math import inf
from typing import NamedTuple

from kg.vocab import EntityType as T
from kg.extract.words import (  # noqa: F401  (the word lists, also read as rules.X)
    BAD_MODIFIERS, CUE_WORDS, DATASET_HEADS, ED_OK, EVALUATIVE, FIELD_WORDS, ING_OK, KIND_HEADS, METHOD_HEADS,
    METRIC_HEADS, METRIC_WORDS, NON_MODIFIERS, NOT_ENTITY_HEADS, NOT_NAMES, ROLE_HEADS, ROLE_MODIFIERS, TASK_HEADS,
    TASK_NOUN_ENDS, THING_NOUNS, WEAK_HEADS, FUNCTION_WORDS, ing_verb, verbish,
)

# rule priorities: higher wins an overlap; then the longer span
PRI_ACRONYM_LONG = 90
PRI_LEXICON_LONG = 80
PRI_PROPOSED = 75
PRI_CONTEXT = 70
PRI_LEXICON = 60
PRI_NAME = 50
PRI_HEAD = 30


class Candidate(NamedTuple):
    """A typed span of the text found by one rule. A named tuple, not a dataclass: a doc makes dozens of
    them and a tuple is built about three times faster than a frozen dataclass."""

    start: int
    end: int
    type: T
    priority: int
    rule: str
    canonical: str | None = None


# --- shared patterns (the word lists are in kg.extract.words) ------------------------------------------

#: Words that say a phrase is about data ("... dataset", "... benchmarks").
#: a numbered citation bracket: "[3]", "[17,18]", "[4, 64]", "[5-7]" (a pattern to build others with)
CITATION_BRACKET = r"\[\d+(?:\s*[,–-]\s*\d+)*\]"
DATASET_CUES = re.compile(r"\b(?:datasets?|benchmarks?|corpus|corpora|suites?|testbeds?|leaderboards?)\b", re.I)
_FUNCTION_WORDS = {"of", "on", "in", "at", "for", "to", "with", "by", "and", "or", "the", "a", "an", "from", "vs"}
_COMMON_WORDS = _FUNCTION_WORDS | {"is", "are", "was", "be", "it", "this", "that", "these", "instance", "example",
                                    "part", "such", "e.g", "i.e", "as", "not", "all", "one", "two", "more", "other"}
_NUMERIC_NAME = re.compile(r"[\d.,:/%\s]*[kKmMbBx]?")


def usable_entry(entry) -> bool:
    """Whether a lexicon entry can name a thing of its type; curated entries always can.

    Generated Metric entries come from leaderboard column names, some of which are not measures on their
    own ("32k", "Accuracy on", "Natural Images"): a generated Metric must be an acronym-like single word or a
    phrase with a measure word (:data:`METRIC_WORDS`), and no generated name may end in a function word.
    """
    if entry.source == "curated":
        return True
    name = entry.canonical
    if _NUMERIC_NAME.fullmatch(name) or not re.search(r"[A-Za-z]", name):
        return False
    words = re.findall(r"[\w@\-.]+", name)
    if words and words[-1] in _FUNCTION_WORDS:
        return False
    if name.split()[0].lower() in EVALUATIVE:
        return False  # "Best Score", "Top Accuracy": a grade of a measure, not a measure
    if all(w.lower() in BAD_MODIFIERS or w in NOT_NAMES for w in name.split()):
        return False  # "Single GPU", "Large": a setting or a grade, whatever a leaderboard called it
    if all(w.lower() in _COMMON_WORDS for w in re.split(r"[\s\-]+", name)):
        return False  # "IS-A", "For instance": everyday words, whatever a leaderboard called them
    if entry.type is not T.METRIC or (" " not in name and not name.islower()):
        return True
    return any(w in METRIC_WORDS or w.rsplit("-", 1)[-1] in METRIC_WORDS or "@" in w or any(ch.isdigit() for ch in w)
               for w in (x.lower() for x in words))


_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-+./']*[A-Za-z0-9+]|[A-Za-z0-9]")
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


_SENT_START = r"[A-Z0-9(\"']"
#: The breaks ``sentences`` cuts at: . ! ? with white space holding a line break, or with white space and then
#: a sentence start; or a line break.
#: Written to begin with one character class, which the regex engine scans for quickly (the same matches as
#: ``[.!?](?:\s*\n\s*|[^\S\n]+(?=START))|\n\s*``, at under half the cost).
_SENT_CUT = re.compile(r"[.!?\n](?:(?<=\n)\s*|(?<!\n)(?:\s*\n\s*|[^\S\n]+(?=" + _SENT_START + r")))")


#: abbreviations a sentence goes on after: "vs.", "v.s.", "e.g.", "i.e.", "cf.", "approx."
_NO_STOP = re.compile(r"(?<![\w.])(?:vs|v\.s|e\.g|i\.e|cf|approx)\.$", re.I)


#: a "?" between two figures: a lost "×" ("128 ? 128"), no question's end
_LOST_TIMES = re.compile(r"(?:\d\s|.\d)\?\s+\d")


def abbreviation_stop(text: str, i: int) -> bool:
    """Whether the "." right before ``i`` is an abbreviation's ("e.g.", "vs.", "cf."), not a sentence's end.

    >>> t = "A vs. B, e.g. C. Done."
    >>> [abbreviation_stop(t, t.index(w) + len(w)) for w in ("vs.", "e.g.", "C.", "Done.")]
    [True, True, False, False]
    """
    return _NO_STOP.search(text, max(0, i - 8), i) is not None


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by a light regex (no model): split at . ! ? followed by space and a capital,
    and at line breaks (the title is the doc's first line).

    >>> t = "We use a CNN. It has 3.5M weights.\\nNext line"
    >>> [t[a:b] for a, b in sentences(t)]
    ['We use a CNN.', 'It has 3.5M weights.', 'Next line']
    >>> t = "It uses 64 ? 64 crops. Why? 3 reasons."
    >>> [t[a:b] for a, b in sentences(t)]
    ['It uses 64 ? 64 crops.', 'Why?', '3 reasons.']
    """
    out = []
    start = 0
    for m in _SENT_CUT.finditer(text):
        if text[m.start()] == "." and abbreviation_stop(text, m.start() + 1):
            continue  # "(88.6% vs. 60.9%)", "e.g. 89.1%": an abbreviation, not a sentence's end
        if text[m.start()] == "?" and _LOST_TIMES.match(text, max(0, m.start() - 2), m.end() + 1):
            continue  # "ImageNet 128 ? 128": a multiplication sign the PDF's text lost, between two figures
        cut = m.start() + (0 if text[m.start()] == "\n" else 1)
        if cut > start:
            out.append((start, cut))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def sentence_of(sents: list[tuple[int, int]], pos: int, default: tuple[int, int]) -> tuple[int, int]:
    """The sentence holding ``pos`` (``sents`` sorted and disjoint, as :func:`sentences` gives)."""
    i = bisect_right(sents, (pos, inf)) - 1  # the last sentence starting at or before pos
    return sents[i] if i >= 0 and pos < sents[i][1] else default


def matches_at(pattern: re.Pattern, text: str, starts: list[int] | None):
    """The matches of ``pattern.finditer(text)``, tried only at ``starts`` (sorted offsets that hold
    every place a match can begin); all of ``finditer`` when ``starts`` is None."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m:
            end = m.end()
            yield m


def tail_matches(pattern: re.Pattern, text: str, lo: int, hi: int, n: int, near: int) -> list[re.Match]:
    """``list(pattern.finditer(text, lo, hi))``, of which only the last ``n`` are wanted, read from
    ``hi - near`` first. For a pattern of tokens (whose matches after the first do not depend on where
    the scan starts) a nearer start changes only its first match, which may be cut; so the near
    stretch is enough when it holds more than ``n`` matches, else the whole range is read."""
    start = max(lo, hi - near)
    ms = list(pattern.finditer(text, start, hi))
    if start > lo and len(ms) <= n:
        ms = list(pattern.finditer(text, lo, hi))
    return ms


_NAME_PARTS = re.compile(r"[-.]")
_CODE_SHAPE = re.compile(r"[A-Z]\d*|\d+[A-Za-z]?|[A-Z]{2,}\d*-\d+")
_HAS_LOWER = re.compile(r"[a-z]")
_CAPS_CODE = re.compile(r"[A-Z]{2,}\d*(?:-\d+)?")
_MODIFIER_WORD = re.compile(r"[A-Za-z][a-z0-9\-]+|[A-Z]{2,}")
#: A space's dimension before a task phrase ("3D", "6D", "2.5D"): it says which task it is (3D pose estimation is
#: not 2D pose estimation), so a task phrase keeps it as a modifier though it is no name-like word; before a bare
#: process noun ("3D tracking", "2D detection", "the 3D translation") it names no task of its own.
_DIMENSION = re.compile(r"\d(?:\.\d)?[Dd]")
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


def name_candidates(text: str, starts: list[int] | None = None, verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """Name-like tokens (CamelCase, ALL CAPS, letters with digits, with version/size suffixes:
    "DDRNet-23", "GPT-4", "Llama 2 7B") as Methods; with a dataset cue right after, as Datasets.

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


#: One token of ``_TOKEN`` read backwards in the reversed text: from its last character (a letter, digit or
#: "+") to the first letter or digit of its stretch of token characters.
_RTOKEN = re.compile(r"[A-Za-z0-9+](?:[A-Za-z0-9\-+./']*[A-Za-z0-9])?")
#: The characters a token can end with.
_TOKEN_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+")
_STOP_MODIFIERS = frozenset(BAD_MODIFIERS | NON_MODIFIERS)
#: word -> ``_is_modifier(word)`` for the words ``_RTOKEN`` read: each a stretch of token characters that
#: starts with a letter or digit (or a lone "+", no modifier), so the token wherever it stands whole
_MODIFIER_OK: dict[str, bool] = {}


def _is_modifier(word: str) -> bool:
    """Whether a token may modify a technique or task head ("contrastive", "self-supervised", "GAN")."""
    low = word.lower()
    if low in _STOP_MODIFIERS or low.isdigit() or (low.endswith("ly") and low not in {"early", "family"}):
        return False
    if "-" not in low:  # a hyphenated word is not judged by its ending
        if low.endswith("ed") and low not in ED_OK:
            return False
        if low.endswith("ing") and low not in ING_OK:
            return False
    return _MODIFIER_WORD.fullmatch(word) is not None


def verb_form(word: str, verbs: frozenset[str]) -> bool:
    """Whether a lower-case word is one of ``verbs`` or its third person ("generates", "simplifies").

    >>> verb_form("generates", frozenset({"generate"})), verb_form("networks", frozenset({"network"}))
    (True, False)
    >>> verb_form("simplifies", frozenset({"simplify"}))
    True
    """
    if word in verbs:
        return True
    if word.endswith("ies") and word[:-3] + "y" in verbs:
        return True  # "simplifies", "specifies"
    return word.endswith("s") and word[-2:-1] != "s" and (word[:-1] in verbs or word[:-2] in verbs) \
        and word[:-1] not in _NOUN_LIKE


def verb_after_to(text: str, start: int, word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word``, at ``start`` in ``text``, is one of ``verbs`` right after "to" ("a Way to Train
    Residual Networks": no part of a name).

    >>> verb_after_to("a Way to Train Nets", 9, "Train", frozenset({"train"}))
    True
    """
    return word.lower() in verbs and _TO_BEFORE.search(text, max(0, start - 4), start) is not None


#: Adjectives of degree that make a compound adjective with the noun after them ("large scale", "high
#: resolution", "wide range"): that noun modifies nothing in a task phrase after it.
_DEGREE_ADJECTIVES = frozenset({"large", "small", "high", "low", "long", "short", "wide", "full", "fine", "coarse"})
_DEGREE_NOUNS = frozenset({"scale", "resolution", "range", "term", "level", "quality", "frequency", "order", "rank"})
#: A lower-case word with a plural or third-person "-s" ("influences", "images"; not "news", "series", "physics",
#: "analysis", "class"): English compounds take their modifiers in the singular, so it ends the phrase before it.
_PLURAL_WORD = re.compile(r"(?![a-z]*(?:ss|us|is|ics|ies|ews|ous|sis|xis)$)[a-z]{3,}s")
#: An adverb of a participle ("weakly supervised", "fully annotated"): kept with it in a task, whose setting it names.
_SETTING_ADVERB = re.compile(r"(?!(?:early|family|only|especially|particularly|mainly|mostly|largely|recently|"
                             r"previously|usually|typically|generally|commonly|widely|currently|namely|finally|"
                             r"respectively|successfully|significantly|effectively|efficiently)$)[a-z]{2,}ly")
#: A participle of one word ("supervised", "annotated"; not "image-based").
_PARTICIPLE = re.compile(r"[a-z]{3,}ed")
_TO_BEFORE = re.compile(r"(?<![\w\-])[Tt]o $")
#: Words after which the next word is a verb: a subject pronoun ("we scale up") or a modal verb ("which can
#: process portrait matting", "relations may mislead localization").
_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?:[Ww]e|[Tt]hey|[Ii]t|can|cannot|could|may|might|will|would|should|must) $")
_NOUN_LIKE = frozenset({"network", "model", "feature", "design", "result", "need", "use", "study", "work"})


_ATTENTION_IDIOM = re.compile(r"\b(?:attract\w*|dr[ae]wn?|draws|drawing|receiv\w*|gain\w*|pa(?:y|id|ys|ying)|"
                             r"captur\w*|garner\w*|much|more|increasing|growing)\s+$", re.I)
#: A verb of interest whose object is "attention", across its grading words ("has drawn much attention", "attracted
#: a lot of research attention", "get special attention", "paid little attention"): the everyday sense, whatever the
#: words in between. A preposition ends the object ("receives features from spatial attention" is the technique).
_INTEREST_OBJECT = re.compile(r"\b(?:attract\w*|dr[ae]wn|draws?|drawing|receiv\w*|gain\w*|garner\w*|pa(?:y|id|ys|ying)|"
                              r"devot\w*|deserv\w*|get|gets|got|gotten|getting)\s+(?:(?:a\s+(?:lot|great\s+deal)\s+of"
                              r"|(?!(?:from|by|with|via|to|in|on|into|for|through|of|over|and|or|at|as)\b)[\w\-]+)\s+){0,3}$", re.I)


def task_openers(names, min_names: int = 3) -> frozenset[tuple[str, str]]:
    """The word pairs that open at least ``min_names`` of ``names`` (Task lexicon names) and whose first word
    is a stop modifier ("open set", "single image", "one shot"): a fixed compound of a task name, though the
    first word alone modifies nothing ("an open question", "a single GPU"). Hyphens split words.

    >>> sorted(task_openers(["Open Set Learning", "open-set classification", "Open Set Video Captioning",
    ...                      "Open Relation Extraction"]))
    [('open', 'set')]
    """
    counts: dict[tuple[str, str], int] = {}
    for name in names:
        words = re.split(r"[ \-]+", name.lower())
        if len(words) >= 3 and words[0] in _STOP_MODIFIERS:
            counts[words[0], words[1]] = counts.get((words[0], words[1]), 0) + 1
    return frozenset(k for k, n in counts.items() if n >= min_names)


def method_openers(method_names, task_names) -> dict[str, frozenset[str]]:
    """The first words of ``method_names`` (Method lexicon names of two words or more) that open none of
    ``task_names`` (Task lexicon names), each with the last words of the Method names it opens: a word that
    starts techniques and never a task ("contrastive" of "contrastive learning", "convolutional",
    "learning" of "learning without forgetting"). Words are split at spaces only ("self-supervised" is one).

    >>> openers = method_openers(["Contrastive Learning", "contrastive loss", "Unsupervised Pretraining", "LSTM"],
    ...                          ["unsupervised domain adaptation"])
    >>> [(w, sorted(heads)) for w, heads in sorted(openers.items())]
    [('contrastive', ['learning', 'loss'])]
    """
    task_first = {n.lower().split()[0] for n in task_names if len(n.split()) >= 2}
    out: dict[str, set[str]] = {}
    for name in method_names:
        words = name.lower().split()
        if len(words) >= 2 and words[0] not in task_first:
            out.setdefault(words[0], set()).add(words[-1])
    return {w: frozenset(heads) for w, heads in out.items()}


def task_head_words(names, min_names: int = 3) -> frozenset[str]:
    """The last words that end at least ``min_names`` of ``names`` (Task lexicon names): the process nouns
    tasks are named by beyond kg's own head list ("transfer", "removal", "similarity"). Hyphens split words.

    >>> sorted(task_head_words(["Style Transfer", "pose transfer", "Motion-Transfer", "Domain Shift"]))
    ['transfer']
    """
    counts: dict[str, int] = {}
    for name in names:
        words = re.split(r"[ \-]+", name.lower().strip())
        if words and words[-1]:
            counts[words[-1]] = counts.get(words[-1], 0) + 1
    return frozenset(w for w, n in counts.items() if n >= min_names)


def process_head(word: str, heads: frozenset[str] = frozenset()) -> bool:
    """Whether ``word``, the last of a phrase, names a process or problem a task can be: a task head, a
    noun ending like one ("-tion", "-ysis", "-ment", "-ing"), or a word ending Task lexicon names (``heads``,
    :func:`task_head_words`); not a thing or a property ("domain shift", "exposure bias", "camera motion").

    >>> [process_head(w, frozenset({"transfer"})) for w in ("segmentation", "transfer", "shift", "data")]
    [True, True, False, False]
    """
    w = word.lower().rsplit("-", 1)[-1]
    return w in TASK_HEADS or w in ING_OK or w.endswith(TASK_NOUN_ENDS) or w in heads


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Ee]ach|[Ee]very) $")


def counted(text: str, start: int) -> bool:
    """Whether an article or "one"/"each" stands right before ``start``: the stop word there counts
    things ("a single image transformation"), it opens no task name ("single image deraining").

    >>> t = "a single image; for single image"
    >>> counted(t, 2), counted(t, t.rindex("single"))
    (True, False)
    """
    return _ARTICLE_BEFORE.search(text, max(0, start - 7), start) is not None


def head_phrases(text: str, heads: list[tuple[int, int]] | None = None,
                 verbs: frozenset[str] = frozenset(),
                 openers: frozenset[tuple[str, str]] = frozenset()) -> list[Candidate]:
    """Lower-case technique and task phrases ending in a head word, with 1-3 content modifiers:
    "contrastive learning", "knowledge distillation" (Method), "semantic segmentation" (Task).

    ``heads`` are the character spans of head words (the component finds them with a PhraseMatcher);
    without them a regex finds them. Only those few places are examined, looking back at most three words.
    A leading word of ``verbs`` (words abstracts mostly use as verbs) is the verb before the phrase, not
    part of it ("we design networks", "to predict parsing"). A stop word that opens a task phrase with the
    next word, by ``openers`` (:func:`task_openers`), is its first word ("open set recognition").

    >>> t = "We use knowledge distillation and the deep network for semantic segmentation."
    >>> [(t[c.start:c.end], c.type.value) for c in head_phrases(t)]
    [('knowledge distillation', 'Method'), ('semantic segmentation', 'Task')]
    """
    out = []
    if heads is None:
        heads = [m.span() for m in _TOKEN.finditer(text) if m.group(0).lower() in (METHOD_HEADS | TASK_HEADS) - WEAK_HEADS]
    size = len(text)
    rtext = text[::-1] if heads else ""
    token_end = _TOKEN_END
    for s, e in heads:
        # The modifiers are tokens (of ``_TOKEN``, within 80 characters before the head), each ending one
        # space before the next word ("meta-learning" is one word); a token ends with a letter, digit or "+".
        if s < 2 or text[s - 1] != " " or text[s - 2] not in token_end:
            continue
        if e < size and (text[e].isalnum() or text[e] == "-"):
            continue
        lw = text[s:e].lower()
        is_task = lw in TASK_HEADS
        start, mods = _modifiers(text, rtext, s, is_task, verbs, openers)
        if not mods or e - start < 6:
            continue
        if _no_technique(text, lw, mods, start, e):
            continue
        out.append(Candidate(start, e, T.TASK if is_task else T.METHOD, PRI_HEAD, "head"))
    return out


def _head_word(text: str, s: int) -> str:
    """The lower-case word starting at ``s`` ("pose" of "Pose and Shape Estimation")."""
    m = _TOKEN.match(text, s)
    return m.group().lower() if m else ""


def _word_before(text: str, rtext: str, nxt: int, lo: int, size: int, ok: dict) -> tuple[int, str, bool]:
    """The token that ends right before the space at ``nxt - 1`` (not before ``lo``): its start, the word, and
    whether it can modify a head word (:func:`_is_modifier`, cached in ``ok``). The text back to the last space is
    the token when it is a key of ``ok``; else the token is read in the reversed text ``rtext`` (``_RTOKEN`` there
    finds the same as ``_TOKEN``)."""
    i = text.rfind(" ", lo, nxt - 1) + 1
    ps = i if i > lo else lo
    word = text[ps:nxt - 1]
    v = ok.get(word)
    if v is None:
        ps = size - _RTOKEN.match(rtext, size + 1 - nxt, size - lo).end()
        word = text[ps:nxt - 1]
        v = ok.get(word)
        if v is None:
            if len(ok) > 50000:
                ok.clear()  # bounds the cache
            v = ok[word] = _is_modifier(word)
    return ps, word, v


def _modifiers(text: str, rtext: str, s: int, is_task: bool, verbs: frozenset[str],
               openers: frozenset[tuple[str, str]] = frozenset()) -> tuple[int, list[str]]:
    """The 0-3 modifier words before the head word starting at ``s``, last word first, and where the phrase
    starts: words of :func:`_is_modifier` (cached in ``_MODIFIER_OK``) back to a verb, a non-modifier, a
    setting adverb's participle, a degree compound or the first word of a task opener pair (``openers``).
    ``rtext`` is ``text`` reversed."""
    size = len(text)
    ok = _MODIFIER_OK
    token_end = _TOKEN_END
    lo = s - 80 if s > 80 else 0
    nxt = s  # the next modifier ends at nxt - 2, before the space at nxt - 1
    start = -1
    mods: list[str] = []
    while True:
        ps, word, v = _word_before(text, rtext, nxt, lo, size, ok)
        if not v and is_task and _DIMENSION.fullmatch(word) and (mods or _head_word(text, s) not in TASK_HEADS):
            v = True  # "3D hand tracking", "6D Pose and Size Estimation": the dimension is part of the task
        if nxt == s and text[s].isupper() and not (word[0].isupper() or word[0].isdigit() and v):
            break  # "... Learning" inside a title-cased name, handled by other rules
        if not v and mods and is_task and _SETTING_ADVERB.fullmatch(word.lower()) \
                and _PARTICIPLE.fullmatch(mods[-1].lower()):
            start = ps  # "weakly supervised detection", "Weakly Supervised Detection" of a title: the adverb
            # grades the participle, not the task
            mods.append(word)
            break
        if not v and mods and is_task and (word.lower(), mods[-1].lower()) in openers \
                and not counted(text, ps):
            start = ps  # "open set recognition": the stop word opens a compound of lexicon task names
            mods.append(word)
            break
        if is_task and mods and (_PLURAL_WORD.fullmatch(word) or (
                text[s].islower() and word[1:].islower() and _PLURAL_WORD.fullmatch(word.lower()))):
            break  # "... and influences sentence reconstruction", "Examples include denoising": a plural or a
            # verb's -s form modifies no task noun (nor a capitalised one before a lower-case task)
        if mods and word.lower() in _DEGREE_ADJECTIVES and mods[-1].lower() in _DEGREE_NOUNS:
            start += len(mods.pop()) + 1
            break  # "large scale species classification": "scale" goes with "large", not with the task
        if not v or ((mods or word.endswith("s")) and verb_form(word.lower(), verbs)):
            break  # (a verb inside, "scene helps translation", "methods lack pixel localization": the phrase starts after it)
        start = ps
        mods.append(word)
        if ps - 2 < lo or text[ps - 1] != " " or text[ps - 2] not in token_end:
            break
        if len(mods) == 3:
            if is_task and _PARTICIPLE.fullmatch(mods[-1].lower()):
                start = _setting_adverb_start(text, ps, lo, start, mods)  # "weakly supervised 3d hand pose"
            break
        nxt = ps
    while mods and (verb_form(mods[-1].lower(), verbs) or _SUBJECT_BEFORE.search(text, max(0, start - 8), start)
                    or (not is_task and (_gerund_verb(text, start, mods[-1])
                                         or leading_gerund(text, start, mods[-1], verbs)))):
        start += len(mods.pop()) + 1  # mods[-1] is the first word; right after "we" it is a verb ("we scale up")
    return start, mods


def _setting_adverb_start(text: str, ps: int, lo: int, start: int, mods: list[str]) -> int:
    """Where the phrase starts when the word ending before ``ps`` is a setting adverb of the participle
    ``mods[-1]`` that the limit of three modifiers left out (appending it to ``mods``), else ``start``."""
    ws = max(text.rfind(" ", lo, ps - 1) + 1, lo)
    word = text[ws:ps - 1]
    if _SETTING_ADVERB.fullmatch(word.lower()):
        mods.append(word)
        return ws
    return start


#: Before a word in -ing, what makes it a verb taking the rest as its object: an adverb of manner ("jointly learning
#: attention"; not "namely", :data:`_SETTING_ADVERB`) or a preposition ("for learning sentence embeddings", "when
#: computing attention scores"); after an article it is a noun's modifier ("a ranking loss"), and a hyphenated word in
#: -ing is an adjective ("for non-saturating loss", "of field-gating encoder").
_GERUND_BEFORE = re.compile(r"(?<![\w\-])(?:by|for|of|in|on|to|as|via|from|while|when|without|after|before|through"
                            r"|(?!(?:early|family|only|namely|respectively|supply|apply|rely|fly|reply)\b)[a-z]{2,}ly)\s+$", re.I)


def _gerund_verb(text: str, start: int, first: str) -> bool:
    """Whether the first modifier of a phrase starting at ``start``, a word in -ing, is a verb whose object the rest
    of the phrase is: "for learning sentence embeddings", "when computing attention", "directly learning embedding".

    >>> t = "a framework for learning sentence embeddings, a ranking loss, namely learning rate rewinding, for non-saturating loss"
    >>> [_gerund_verb(t, t.index(w), w.split()[0]) for w in ("learning sentence", "ranking loss", "learning rate", "non-saturating")]
    [True, False, False, False]
    """
    return first.isalpha() and first.islower() and first.endswith("ing") and len(first) > 5 \
        and _GERUND_BEFORE.search(text, max(0, start - 24), start) is not None


#: Where a clause starts before a word: the text's start (the title's), a colon, semicolon or full stop, a line break.
_CLAUSE_START = re.compile(r"(?:[:;.]\s*|\n)$")


def leading_gerund(text: str, start: int, first: str, verbs: frozenset[str]) -> bool:
    """Whether ``first``, the word at ``start`` opening a phrase, is a verb's -ing form opening a clause, or a title,
    capitalised, with the rest of the phrase its object: "Learning Parallax Attention for ...", "SomeNet: Computing
    Attention over ...", "... by Bootstrapping Hard Attention". A process word right before a thing it names ("Matching
    Networks", "Embedding Loss") is the name's first word.

    >>> t = "DeepFoo: Computing Attention over Words. Matching Networks are old; ranking losses too."
    >>> verbs = frozenset({"compute", "match", "rank"})
    >>> [leading_gerund(t, t.index(w), w, verbs) for w in ("Computing", "Matching", "ranking")]
    [True, False, False]
    """
    if len(first) < 6 or not first.isalpha() or not first[1:].islower() or not (first[0].isupper() or start == 0) \
            or not ing_verb(first, verbs):
        return False
    nxt = _TOKEN.match(text, start + len(first) + 1)
    if nxt is not None and nxt.group(0).lower() in THING_NOUNS:
        return False
    return start == 0 or _CLAUSE_START.search(text, max(0, start - 3), start) is not None \
        or _GERUND_BEFORE.search(text, max(0, start - 24), start) is not None


def task_modifiers_start(text: str, s: int, verbs: frozenset[str] = frozenset()) -> int:
    """Where a task phrase ending in the head word at ``s`` starts, by the modifiers before the head
    (:func:`_modifiers`, as :func:`head_phrases` reads them); ``s`` when there is none.

    >>> t = "We study numerical reasoning and, in turn, reasoning."
    >>> t[task_modifiers_start(t, t.index("reasoning")):t.index("reasoning")], task_modifiers_start(t, 42) == 42
    ('numerical ', True)
    """
    if s < 2 or text[s - 1] != " " or text[s - 2] not in _TOKEN_END:
        return s
    start, mods = _modifiers(text, text[::-1], s, True, verbs)
    return start if mods else s


def _no_technique(text: str, head: str, mods: list[str], start: int, end: int) -> bool:
    """Whether the phrase ``text[start:end]`` (lower-case head word ``head``) names a part's role, an idiom,
    a kind of thing or modifies a noun after it, rather than a technique or task."""
    if head in ROLE_HEADS and all(m.lower() in ROLE_MODIFIERS for m in mods):
        return True  # "teacher network", "vision encoder", "text embeddings": a part's role, not a method
    if head == "attention" and (_ATTENTION_IDIOM.search(text, max(0, start - 20), start)
                                or _INTEREST_OBJECT.search(text, max(0, end - 80), end - len(head))):
        return True  # "attracted widespread attention", "has drawn much attention": the idiom
    if head in KIND_HEADS and (all(m.lower() in FIELD_WORDS for m in mods) or described(mods)):
        return True  # "learning algorithm", "end-to-end architecture": a kind of thing, no technique
    return head in TASK_HEADS and (_modifies_a_thing(text, end)  # "ten tracking benchmarks": the head is the next noun
                                   or _paired_with_regression(text, start, end))


#: A regression coordinated with a phrase, after it ("center classification and dense distance regression") or before
#: it ("box regression and category classification"), unless "tasks" or "problems" follow the pair.
_REGRESSION_AFTER = re.compile(r"\s+(?:and|or)\s+(?:[\w\-]+\s+){0,3}?regression\b(?!\s+(?:tasks?|problems?)\b)", re.I)
_REGRESSION_BEFORE = re.compile(r"\bregression\s+(?:and|or)\s+(?:the\s+)?$", re.I)
_PAIR_NAMED = re.compile(r"\s+(?:tasks?|problems?)\b", re.I)


def _paired_with_regression(text: str, start: int, end: int) -> bool:
    """Whether the task phrase ``text[start:end]`` is coordinated with a regression: the two are outputs a model
    predicts (a detector's branches, "through instance center classification and dense distance regression"),
    not problems a paper addresses; "classification and regression tasks" names two problems.

    >>> t = "by box regression and category classification. via center classification and offset regression."
    >>> _paired_with_regression(t, t.index("category"), t.index(". via")), _paired_with_regression(t, 51, 72)
    (True, True)
    >>> t = "on odour classification and regression tasks"
    >>> _paired_with_regression(t, 3, 23)
    False
    """
    if _REGRESSION_AFTER.match(text, end):
        return True
    return _REGRESSION_BEFORE.search(text, max(0, start - 20), start) is not None \
        and not _PAIR_NAMED.match(text, end)


_NEXT_LOWER_WORD = re.compile(r" ([a-z]+)\b")


def _modifies_a_thing(text: str, end: int) -> bool:
    """Whether the word right after a phrase ending at ``end`` is a :data:`THING_NOUNS` noun it modifies.

    >>> t = "a tagging framework for tagging. ten tracking benchmarks"
    >>> _modifies_a_thing(t, t.index(" framework")), _modifies_a_thing(t, t.index(". ten")), _modifies_a_thing(t, len(t) - 11)
    (True, False, True)
    """
    m = _NEXT_LOWER_WORD.match(text, end)
    return m is not None and m.group(1) in THING_NOUNS


def described(mods: list[str]) -> bool:
    """Whether the modifiers of a kind noun ("network", "architecture", "classifier") only describe it:
    all in lower case without digits ("end-to-end architecture", "box classifier"). A technique so named
    is in the lexicon or written with capitals ("Feature Pyramid Network", "U-Net"), and those are found
    by other rules.

    >>> described(["end-to-end"]), described(["U-shaped"]), described(["3D", "detection"])
    (True, False, False)
    """
    return all(m.islower() and not any(c.isdigit() for c in m) for m in mods)


#: A dataset word, then a preposition: the head of a long form that runs on past it ("Quokka Corpus for Shelf
#: Reasoning", "Corpus of Glyph Acceptability"); not "bank" ("a Bank of Filters" is a part of a network).
_DATA_HEAD = r"\b(?:" + "|".join(sorted(DATASET_HEADS - {"bank"})) + r")\s+"
_DATA_BEFORE_PREPOSITION = re.compile(_DATA_HEAD + r"(?:for|of|on|in|with|from)\s", re.I)
#: A dataset word, then an "-ing" word and the word after it: a participle with its object ("Quokka dataset
#: requiring shelf reasoning") when the "-ing" word is a verb's and the next word no function word.
_DATA_BEFORE_ING = re.compile(_DATA_HEAD + r"([A-Za-z]+ing)\s+([A-Za-z]+)", re.I)


def _data_described(long_form: str, head: str, verbs: frozenset[str]) -> bool:
    """Whether a dataset word heads a long form that a participle phrase runs on past ("Quokka dataset requiring
    shelf reasoning", "a Corpus Covering Glyph Parsing"): the "-ing" word is a form of one of ``verbs``, it takes
    an object (no function word after it), and the long form ends in no system's, part's or metric's head
    ("Dataset Pruning Method" is a method that prunes data).

    >>> verbs = frozenset({"require", "prune"})
    >>> [_data_described(t, t.split()[-1].lower(), verbs) for t in ("Quokka dataset requiring shelf reasoning",
    ...     "Dataset Pruning for Transfer", "Dataset Pruning Method", "Corpus Hashing Shelf")]
    [True, False, False, False]
    """
    m = _DATA_BEFORE_ING.search(long_form)
    if m is None or head in KIND_HEADS or head in ROLE_HEADS or head in METRIC_HEADS:
        return False
    return ing_verb(m.group(1), verbs) and m.group(2).lower() not in FUNCTION_WORDS


def type_of_long_form(long_form: str, verbs: frozenset[str] = frozenset()) -> T:
    """The type an acronym's long form names, from its head word (a number after it is an edition:
    "Dialog System Technology Challenges 7"; a "measure" is a metric: "structural similarity measure"), or from a
    dataset word a preposition or a participle of one of ``verbs`` follows (:func:`_data_described`).

    >>> [type_of_long_form(x).value for x in ("structural similarity measure", "Speech Challenges 7", "focal loss")]
    ['Metric', 'Dataset', 'Method']
    >>> [type_of_long_form(x).value for x in ("Quokka Corpus for Shelf Reasoning", "Quokka Bank of Filters")]
    ['Dataset', 'Method']
    """
    words = [w for w in re.findall(r"[A-Za-z0-9]+", long_form.lower()) if not w.isdigit()]
    head = words[-1] if words else ""
    if _DATA_BEFORE_PREPOSITION.search(long_form) or _data_described(long_form, head, verbs):
        return T.DATASET  # "Quokka Corpus for Shelf Reasoning": the phrase is headed by the word before "for"
    if head in DATASET_HEADS or (head.endswith("s") and head[:-1] in DATASET_HEADS):
        return T.DATASET
    if (head in METRIC_HEADS or head == "measure") and head != "loss":  # a loss is a training technique (Method)
        return T.METRIC
    if head in TASK_HEADS and head not in {"generation", "inference", "alignment", "compression", "retrieval"}:
        return T.TASK
    return T.METHOD



_PROPOSE_SUBJECT = re.compile(
    r"\b(?:we|this (?:paper|work|study|article))\s+(?:have\s+)?"
    r"(?:(?:first|further|then|also|here|thus|therefore|thereby|hence|now|[a-z]{2,}ly)\s+)?$",
    re.I,
)
_AND_BEFORE = re.compile(r"\b(?:and|to)\s+(?:(?:then|also|further)\s+)?$", re.I)  # with a "we" before
# The same two, reversed: matched at the start of the reversed text before the cue, they find the same (a
# search for a match that must end at the end is slow; "$" may also match before a final "\n", but then
# "\s+" can take that "\n" too). A word boundary is the same read either way.
_PROPOSE_SUBJECT_R = re.compile(
    r"\s+(?:(?:tsrif|rehtruf|neht|osla|ereh|suht|erofereht|ybereht|ecneh|won|yl[a-z]{2,})\s+)?(?:evah\s+)?"
    r"(?:ew|(?:repap|krow|yduts|elcitra) siht)\b",
    re.I,
)
_AND_BEFORE_R = re.compile(r"\s+(?:(?:neht|osla|rehtruf|suht|ecneh|erofereht)\s+)?(?:dna|ot)\b", re.I)
#: A passive proposal, reversed: "[a novel X] is (then) [proposed]".
_PASSIVE_R = re.compile(r"\s+(?:(?:osla|neht|rehtruf|tsrif|ereh|yl[a-z]{2,})\s+)?si\b", re.I)
#: The subject of a passive proposal: an indefinite phrase, maybe after an opening ("Then, a novel X").
_INDEFINITE_SUBJECT = re.compile(r"\s*(?:[A-Za-z][\w\- ]{0,30},\s+)?(an?)\s", re.I)
_WE = re.compile(r"\bwe\b", re.I)
#: After a proposing verb, a clause complement: "we propose that X can be learned" states a claim.
_CLAIM_AFTER_CUE = re.compile(r"\s+that\s", re.I)
#: The cues that propose after "to" ("we extend X to introduce Y"); "to build/create ..." states a purpose.
_TO_CUES = ("propos", "introduc", "present", "develop", "design")


def _sentence_end(sents: list[tuple[int, int]], pos: int, default: int) -> int:
    """The end of the sentence holding ``pos`` (``sents`` sorted, not overlapping), else ``default``."""
    i = bisect_right(sents, (pos, _NO_END)) - 1
    return sents[i][1] if i >= 0 and pos < sents[i][1] else default


_NO_END = 1 << 62  # sorts after every real end, so (pos, _NO_END) comes after every sentence starting at pos


def proposal_windows(text: str, sents: list[tuple[int, int]], propose: list[tuple[int, int]],
                     named: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(start, end, strength)`` windows where the paper introduces something:

    - after "we propose" to the end of the sentence (strength 1);
    - the subject of "a novel X is proposed" (strength 1; the window starts at "a", so it is the only
      strength-1 window that starts with a letter: :func:`kg.extract.proposals.is_passive`);
    - right after "named/called/dubbed" (a few words, strength 2; 3 when the paper names its own work:
      "we call it X", "which we have called X", "our method, dubbed X", or "called X" in a "we propose"
      sentence or after the subject of "a novel X is proposed": "a convolution is proposed in this study, which
      is termed Y"). Such a window starts at the name: "the", "it" or "our model as" before a capital are skipped.

    ``propose`` and ``named`` are the character spans of the cue words (see :data:`CUE_WORDS`).

    >>> t = "We propose FooNet. It is called BarNet here. We call it BazNet."
    >>> proposal_windows(t, sentences(t), [(3, 10)], [(25, 31), (45, 52)])
    [(10, 18, 1), (32, 63, 2), (56, 63, 3)]
    >>> t = "A new loss is proposed here, which is termed foo loss."
    >>> proposal_windows(t, sentences(t), [(14, 22)], [(38, 44)])
    [(0, 11, 1), (45, 54, 3)]
    """
    out = []
    own: list[tuple[int, int]] = []  # the proposing sentences, from the cue on (a passive one: from its subject)
    for s, e in propose:
        i = bisect_right(sents, (s, _NO_END)) - 1
        s0 = sents[i][0] if i >= 0 else 0  # the start of the last sentence starting at or before s
        before = text[max(s0, s - 40):s][::-1]  # reversed
        if not _PROPOSE_SUBJECT_R.match(before):
            if not (_AND_BEFORE_R.match(before) and _WE.search(text, s0, s)
                    and (before[1] != "o" or text[s:e].lower().startswith(_TO_CUES))):
                passive = _PASSIVE_R.match(before)
                subject = passive and _INDEFINITE_SUBJECT.match(text, s0, s - passive.end())
                if subject:  # "A novel X is proposed": the window is the subject
                    out.append((subject.start(1), s - passive.end(), 1))
                    own.append((subject.start(1), _sentence_end(sents, s, len(text))))
                continue
        if _CLAIM_AFTER_CUE.match(text, e):
            continue  # "we propose that alignment can be learned": a claim, not a proposal
        out.append((e, _sentence_end(sents, s, len(text)), 1))
        own.append(out[-1][:2])
    last = -1
    for s, e in sorted(named, key=lambda x: (x[0], -x[1])):
        if s < last:
            continue  # "named" inside "named as": keep the longer cue
        if text[s].isupper() and not _SENT_OPEN.search(text, max(0, s - 4), s):
            continue  # "Recognize Named Entities", "the Named Entity tags": a title's or a term's word
        last = e
        cue = text[s:e].lower()
        ours = cue.startswith("we ") or cue in ("naming", "calling") or any(a <= s < b for a, b in own) \
            or _OWN_NAMING_R.match(text[max(0, s - 30):s][::-1]) is not None
        e = _NAMED_LEAD.match(text, e).end()
        out.append((e, min(len(text), e + 60), 3 if ours else 2))
    return out


#: Before a sentence's first word: the text's start or a sentence end ("Called X, ..." may be a cue).
_SENT_OPEN = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)$")
#: After a "named" cue, before the name: quotes, or "it", "the", "our model (explicitly) as" before a capital.
_NAMED_LEAD = re.compile(r"(?:\s*(?:it|them|this|these|our|the)\b(?:\s+[a-z][\w-]*){0,3}?\s+"
                         r"(?:(?:explicitly|simply)\s+)?(?:as\s+)?(?=[\"'\u201c]?[A-Z0-9]))?[\s\"'\u201c]*")
#: Before a "named" cue, reversed: "we (have) called", "our method, dubbed".
_OWN_NAMING_R = re.compile(r"\s*(?:(?:evah|lliw)\s+)?ew\b|\s*,[\w\s-]{1,30}?\s+ruo\b", re.I)


_NUMBER_REST = r"(?:[.,]\d+)?\s?(?:%|x|×|fps|FPS|ms|s|M|B|K|G|points?|pp)?\+?"
_ONE_NUMBER = r"[-+]?\d+" + _NUMBER_REST
#: a number as written, or a range of two ("20x-200x", "6--10x", "66%-to-75%"), not after a word character
#: or a dot. Written to begin with one character class, which the regex engine scans for quickly: the first
#: character, then the look-behind (at the character before it) and the rest of "[-+]?\d+" (the same
#: matches as ``(?=[-+\d])(?<![\w.])(ONE(?:...ONE)?)(?![\w])``).
_NUMBER = re.compile(
    r"([-+\d](?<![\w.][-+\d])(?:(?<=\d)\d*|(?<=[-+])\d+)" + _NUMBER_REST
    + r"(?:\s?(?:-{1,2}|–|—|-to-)\s?" + _ONE_NUMBER + r")?)(?![\w])"
)


_YEAR = re.compile(r"(?:19|20)\d\d")


def number_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Numeric values as written ("80.4%", "101 FPS", "2.5x") in ``text[start:end]``, as
    ``(start, end, value)``; years left out.

    >>> number_spans("79.4% mIoU at 101 FPS in 2021, 2.5x faster, 20x-200x fewer")
    [(0, 5, '79.4%'), (14, 21, '101 FPS'), (31, 35, '2.5x'), (44, 52, '20x-200x')]
    """
    out = []
    for m in _NUMBER.finditer(text, start, len(text) if end is None else end):
        v = m.group(1).strip()
        if _YEAR.fullmatch(v):
            continue
        out.append((m.start(1), m.start(1) + len(v), v))
    return out


# --- a name another work gave -------------------------------------------------------------------------------

#: A naming cue right before a name (matched on the text before it).
_NAMING_CUE = re.compile(r"\b(?:named|called|dubbed|termed|coined|denoted|known\s+as|referred\s+to\s+as)"
                         r"(?:\s+as)?\s+(?:(?:it|this|the|a|an)\s+)?[\"'\u201c]?$", re.I)
#: A cue that gives the name others use: "known as", "so-called", a usage adverb before the naming verb.
_USAGE_CUE = re.compile(r"(?:\b(?:also\s+)?known\s+as|\bso-\s?called|\b(?:commonly|often|usually|widely|popularly|"
                        r"generally|typically|sometimes|frequently|also)\s+(?:(?:be|been|is|are)\s+)?(?:called|named|"
                        r"termed|dubbed|referred\s+to\s+as|denoted))(?:\s+as)?\s+(?:(?:the|a|an)\s+)?[\"'\u201c]?$",
                        re.I)
#: After a name, maybe past "was proposed": a citation (reference numbers, authors and a year, "et al."),
#: "by Smith", "in prior work". The names after "by" (groups ``by``, ``by2``) are checked by :func:`_authors_by`.
_OTHERS_AFTER = re.compile(
    r"(?:\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:first|recently|originally)\s+)?(?:proposed|introduced|"
    r"presented|developed|designed))?"
    r"(?:\s*\(\s*(?:[A-Z][^()]{0,80}?[\s,])?(?:19|20)\d\d[a-z]?\s*\)|\s*\[\s*\d+(?:\s*[,\u2013-]\s*\d+)*\s*\]"
    r"|\s*[(\[][^()\[\]]{0,60}\bet\s+al\b|\s+(?:of|by|from)\s+[A-Z][a-z'\-]+\s+et\s+al\b"
    r"|\s+by\s+(?P<by>[A-Z][a-z'\-]+)(?:\s+(?:and\s+)?(?P<by2>[A-Z][a-z'\-]+))?(?=\s*(?:[,.;:()\[]|'s\b|and\b|$))"
    r"|\s+(?:in|from)\s+(?:the\s+)?(?:prior|previous|earlier|existing|related)\s+(?:works?|studies|literature|research)"
    r"|\s+in\s+the\s+literature)")
#: A verb of use: what its object names the paper takes from elsewhere ("we adopt a backbone called X").
_USE_VERB = re.compile(r"\b(?:adopt(?:s|ed|ing)?|us(?:e|es|ed|ing)|employ(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|"
                       r"utili[sz](?:e|es|ed|ing)|leverag(?:e|es|ed|ing)|(?:build(?:s|ing)?|built|rel(?:y|ies|ied|"
                       r"ying)|based)\s+(?:up)?on)\b", re.I)
#: The paper's own proposal between a verb of use (or the sentence's start) and the name ("built upon a proposed
#: auto-encoder called X", "we propose a version of it, so-called X"): a verb of proposing, "novel", "our".
_OWN_MARK = re.compile(r"\b(?:propos\w*|introduc\w*|present\w*|develop\w*|design\w*|devis\w*|construct\w*|creat\w*|"
                       r"curat\w*|formulat\w*|build(?:s|ing)?(?!\s+(?:up)?on\b)|built(?!\s+(?:up)?on\b)|novel|new|our|"
                       r"we\s+(?:have\s+)?(?:call|name|term|dub|refer))\b", re.I)
#: An adverb of time or spread before a participle ("a recently proposed", "the previously introduced", "a widely
#: used"): the participle tells of another work's proposal, not the paper's own.
_OTHERS_TIME = re.compile(r"\b(?:recently|previously|originally|earlier|widely)\s+$", re.I)
#: "to" after a verb of proposing: it proposes to do something ("we propose to solve it with ..."), no thing.
_TO_AFTER = re.compile(r"\s+to\s+[a-z]")
#: The end of a clause: a stop not of an abbreviation ("e.g. ", "i.e. ", "et al. ", "Fig. ", "cf. ", "vs. ").
_CLAUSE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bet al)(?<!\b[Ff]ig)(?<!\bcf)(?<!\bvs)[.!?;]\s")
#: A comma or colon that ends the object of a verb of use ("Based on the decomposition, x is refined by a net
#: called Y"; "an architecture using X layers, named Y" names the architecture), unless a relative clause goes
#: on ("relies on a layer, which is termed x").
_OBJECT_END = re.compile(r"[,:]\s+(?!(?:which|that|what|namely)\b|i\.e\.(?!\w))", re.I)
#: A naming cue in parentheses: the paper names a part of its own ("a module (called X) that ...").
_CUE_IN_BRACKETS = re.compile(r"\(\s*[a-z][a-z ]{0,20}$")


def _authors_by(word: str, second: str | None = None) -> bool:
    """Whether the capitalised word after "by" (and the ``second`` one after it, if any) can be authors' names:
    no -ing form; one name alone is no ordinary English word ("FooNet by Design.", "by Training" name no author;
    "by Ritter" does), two are authors even when ordinary words ("by Smith and Jones": surnames are frequent words).

    >>> [_authors_by(w) for w in ("Ritter", "Design", "Training")], _authors_by("Smith", "Jones")
    ([True, False, False], True)
    """
    if any(w.endswith("ing") for w in (word, second) if w):
        return False
    from kg.link.lexicon_rows import common_words  # noqa: PLC0415  (kg.link imports this module)

    return second is not None or word.lower() not in common_words()


def _own_mark(before: str, pos: int) -> bool:
    """Whether the paper's own proposal (:data:`_OWN_MARK`) is in ``before`` from ``pos``: not a participle after
    an adverb of time or spread ("a recently proposed backbone", "the previously introduced network"), nor a
    verb of proposing followed by "to" ("we propose to solve it with what is known as X").

    >>> [_own_mark(t, 0) for t in ("a recently proposed net", "we propose to sort", "we propose a net", "our net")]
    [False, False, True, True]
    """
    for m in _OWN_MARK.finditer(before, pos):
        if not (_OTHERS_TIME.search(before, max(0, m.start() - 20), m.start()) or _TO_AFTER.match(before, m.end())):
            return True
    return False


def names_another(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is one another work gave, not the paper's own coinage: a citation,
    "by Smith" or "in prior work" right after it (maybe past "was proposed"); or, after a naming cue, a cue of
    usage ("known as", "so-called", "commonly called") or a verb of use earlier in its sentence whose object holds
    the name ("we adopt a backbone called X", "a parser that relies on a layer called x"; not past a comma:
    "Based on it, x is refined by a net called X", nor in brackets: "using a module (called X)"), with nothing of
    the paper's own proposal between the verb, or else the sentence's start, and the name ("built upon a proposed
    auto-encoder called X", "we propose a version of it, so-called X" are the paper's).

    >>> t = "We adopt a net called FooNet. We use a new net called BarNet. A layer known as baz pooling is used."
    >>> [names_another(t, t.index(w), t.index(w) + len(w)) for w in ("FooNet", "BarNet", "baz pooling")]
    [True, False, True]
    >>> t = "Recently, a net called FooNet was proposed [3]. Based on it, a net called BarNet sorts."
    >>> [names_another(t, t.index(w), t.index(w) + len(w)) for w in ("FooNet", "BarNet")]
    [True, False]
    """
    others = _OTHERS_AFTER.match(text, end)
    if others and (others.group("by") is None or _authors_by(others.group("by"), others.group("by2"))):
        return True
    before = text[max(0, start - 300):start]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    before = before[cut[-1]:] if cut else before
    cue = _NAMING_CUE.search(before, max(0, len(before) - 40))
    if cue is None:
        return False
    uses = [m.end() for m in _USE_VERB.finditer(before, 0, cue.start())]
    if _own_mark(before, uses[-1] if uses else 0):
        return False
    if _USAGE_CUE.search(before, max(0, len(before) - 60)):
        return True
    return bool(uses) and not _OBJECT_END.search(before, uses[-1], cue.start()) \
        and not _CUE_IN_BRACKETS.search(before, 0, cue.start() + 1)
