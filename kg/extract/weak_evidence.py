"""Phrases found by the words around them whose own words speak against them (:func:`weak_evidence`): a span that
opens a clause ("Although ...") or closes a longer compound, a metric that is a change ("absolute gain"), an amount
lost ("information loss"), a task from context with no process at its head or that names no task at all
(:func:`not_a_task`), and a generated lexicon name the text writes otherwise.

Plain functions over candidates, called by :func:`kg.extract.selection.entity_hood`.
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.ordinary_words import _NAME_SPLIT
from kg.extract.words import CUE_WORDS, KIND_HEADS, ROLE_HEADS, TASK_HEADS, TASK_NOUN_ENDS, TITLE_TASK_RULES, WEAK_HEADS
from kg.vocab import EntityType as T


#: Words that open a clause or qualify a quantity, never a name: "Although pre-trained encoders ...", "much
#: attention", "either loss", "fewer decoding iterations". A closed class of English (subordinators,
#: sentence adverbs, quantifiers), not a list of examples.
CLAUSE_LEADS = frozenset({
    "although", "though", "while", "whilst", "whereas", "since", "because", "if", "unless", "when", "whenever",
    "once", "after", "before", "as", "however", "moreover", "furthermore", "therefore", "thus", "hence",
    "meanwhile", "nevertheless", "nonetheless", "instead", "also", "besides", "yet", "still", "then", "so",
    "much", "many", "few", "fewer", "little", "either", "neither", "each", "every", "any", "some", "most", "more", "less",
    "several", "whether", "unlike", "despite", "given", "additionally", "finally", "firstly",
    "secondly", "lastly", "overall", "recently", "currently", "specifically", "particularly", "notably",
})
#: Nouns of change: they tell how much a measure moved ("an absolute gain of 6.2%", "a healthy margin"), and
#: are no measure themselves, whatever adjectives they carry.
CHANGE_NOUNS = frozenset({
    "gain", "gains", "improvement", "improvements", "margin", "margins", "boost", "boosts", "increase",
    "increases", "decrease", "decreases", "reduction", "reductions", "drop", "drops", "gap", "gaps",
    "advantage", "advantages", "degradation", "jump", "jumps", "leap", "uplift", "increment", "increments",
})
#: Nouns the phrase rules refuse as modifiers (:data:`~kg.extract.words.BAD_MODIFIERS`, :data:`~kg.extract.words.NON_MODIFIERS`) but
#: which, right before a phrase, make it the tail of a longer compound: "pretext task learning regularization",
#: "machine reading at scale".
COMPOUND_NOUNS = frozenset({
    "task", "tasks", "model", "models", "method", "methods", "approach", "approaches", "framework", "frameworks",
    "technique", "techniques", "problem", "problems", "machine", "baseline", "base", "query", "queries", "level",
    "truth",
})
#: Rules that read a phrase off the words around it: its edges are a guess, so the words at the edges are checked.
_PHRASE_RULES = TITLE_TASK_RULES | frozenset({"head", "object", "task-context", "list", "metric-role", "measured"})
#: Rules that take a Task from its context ("the task of X", "tasks such as X", a title's "for X").
_TASK_CONTEXT_RULES = TITLE_TASK_RULES | frozenset({"task-context", "list", "head"})
#: Rules whose span may start with any word: a coined name ("Every Pixel Counts: ...", "called X", "X (ABC)").
_COINED_RULES = frozenset({"title-name", "named", "acronym", "acronym-ref"})
#: "state of the art" written without hyphens: its "art" is no modifier ("state of the art classification").
_STATE_OF_THE = re.compile(r"\bstate[\s\-]of[\s\-]the[\s\-]$", re.I)
#: "state of the art" leading a span, in every spelling PDF conversion leaves ("state-of-theart", "stateof-the-art",
#: "state-ofthe art"): praise, never a name or part of one ("state-ofthe-art (SOTA)", "stateof-the-art detection").
_STATE_OF_THE_ART = re.compile(r"state[\s\-]?of[\s\-]?the[\s\-]?art(?![a-z])", re.I)
_TWO_NAMES = re.compile(r"\S \band (?=[A-Z0-9])")
_PROBLEM_OF = re.compile(r"\bproblems? of $")
_NAME_INSIDE = re.compile(r".[A-Z0-9]|^[0-9]")
_FIRST_WORD = re.compile(r"[A-Za-z0-9][\w\-]*")
#: Cardinals: "four pre-training tasks", "5 translation pairs" count things, they do not name one.
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "dozens", "hundreds", "thousands", "millions"})
_WORD_BEFORE = re.compile(r"(?<![\w\-])([a-z][a-z\-]*) $")


def clause_led(name: str) -> bool:
    """Whether a phrase opens with a subordinator, sentence adverb or quantifier ("Although ...", "much ...").

    >>> clause_led("Although pre-trained sentence encoders"), clause_led("fewer decoding"), clause_led("Astro")
    (True, True, False)
    >>> clause_led("four pre-training"), clause_led("4 insights"), clause_led("3D convolution"), clause_led("20 Newsgroups")
    (True, True, False, False)
    """
    first = _FIRST_WORD.match(name)
    if not first or first.end() >= len(name):
        return False
    word = first.group(0).lower()
    if word.isdigit():  # "4 insights" counts; "20 Newsgroups" names
        return name[first.end() + 1:first.end() + 2].islower()
    return word in CLAUSE_LEADS or word in NUMBER_WORDS


def change_amount(name: str) -> bool:
    """Whether a metric phrase ends in a noun of change ("absolute gain", "relative improvement").

    >>> change_amount("absolute gain"), change_amount("mean average precision"), change_amount("gain")
    (True, False, True)
    """
    words = name.lower().split()
    return bool(words) and words[-1] in CHANGE_NOUNS


#: Endings of nouns that name a process or problem; a Task's head is one ("detection", "analysis", "answering").
PROCESS_ENDS = (*TASK_NOUN_ENDS, "sis", "ics", "ance", "ence", "ure", "ery", "ity", "val", "ogy")
#: Process nouns without such an ending ("style transfer", "architecture search").
PROCESS_NOUNS = frozenset({"transfer", "search", "design", "repair", "swap", "forecast", "control",
                           "swing-up", "play", "review", "retargeting", "loop"})


def process_head(name: str) -> bool:
    """Whether a phrase ends in a noun of process, as a task's name does ("person search", "depth estimation"),
    not in a thing ("safety systems", "smart cities"), a state ("data shortage") or a clause ("tracking aims").

    >>> [process_head(n) for n in ("person search", "question answering", "smart cities", "data shortage")]
    [True, True, False, False]
    """
    words = _NAME_SPLIT.split(name.lower())
    head = words[-1] if words else ""
    return head in TASK_HEADS or head in WEAK_HEADS or head in PROCESS_NOUNS or head.endswith(PROCESS_ENDS)


def compound_tail(text: str, start: int) -> bool:
    """Whether the phrase starting at ``start`` is the tail of a longer noun compound: the word right before
    it (one space, no punctuation) is a noun the phrase rules stop at ("pretext task learning regularization").

    >>> t = "with pretext task learning regularization and the task learning regularization"
    >>> compound_tail(t, t.find("learning")), compound_tail(t, t.rfind("task"))
    (True, False)
    """
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(m) and m.group(1) in COMPOUND_NOUNS


def _acronym_lowered(written: str, canonical: str | None) -> bool:
    """Whether a lexicon name holding an acronym ("mask-IS") was matched with that acronym in lower case
    ("mask is applied"): an acronym is written in capitals."""
    if not canonical:
        return False
    names, words = _NAME_SPLIT.split(canonical), _NAME_SPLIT.split(written)
    return len(names) == len(words) > 1 and any(
        len(n) > 1 and n.isupper() and n.isalpha() and w.islower() for n, w in zip(names, words))


def _description(written: str, canonical: str | None) -> bool:
    """Whether a generated dataset name in capitals ("3D Hand Pose") is written in lower case in the text
    ("a synthetic 3D hand pose dataset"): the words describe an unnamed dataset, they do not name one."""
    if not canonical:
        return False
    names, words = _NAME_SPLIT.split(canonical), _NAME_SPLIT.split(written)
    return len(names) == len(words) > 1 and all(w.islower() for w in words if w.isalpha()) and any(
        n[:1].isupper() and n[1:].islower() and w.islower() for n, w in zip(names, words))


_STRONG_SHAPE = re.compile(r"\d|.[A-Z]")


def _split_names(c: Candidate, written: str) -> list[Candidate]:
    """The two names of "X and Y" (a dataset phrase), each kept when it has a name's shape (a digit, an inner
    capital: "Parcel-10", "LetterNet", "KITTI"); a capitalised word alone ("English", "Detection") is not."""
    m = _TWO_NAMES.search(written)
    out = []
    for a, b in ((0, m.start() + 1), (m.end(), len(written))):
        part = written[a:b].strip()
        if len(part) > 1 and _STRONG_SHAPE.search(part):
            s = c[0] + written.index(part, a)
            out.append(c._replace(start=s, end=s + len(part)))
    return out


def _task_evident(text: str, start: int, written: str) -> bool:
    """Whether a Task phrase found by its context can name a task: a name shape ("DocQA"), a process at its
    head ("person search"), or, after "the problem of", a problem named by nouns ("domain shift"), not a
    clause ("diminishing gradient", "identifying images", "images conditioned")."""
    if process_head(written) or _NAME_INSIDE.search(written):
        return True
    words = written.split()
    return (_PROBLEM_OF.search(text, max(0, start - 14), start) is not None
            and not words[0].lower().endswith("ing") and not words[-1].endswith("ed"))


#: Heads of quantities and properties: what is measured of a system, not a problem researchers work on.
_QUANTITY_HEADS = frozenset(set(CUE_WORDS["MEASURE"]) | {"complexity", "cost", "costs"})
#: A head naming a system right after a phrase, maybe after the phrase's acronym: "Video Propagation
#: Networks", "a co-saliency detection (CSD) method".
_SYSTEM_AFTER = re.compile(r"( \([A-Za-z][\w\-]{0,14}\))? ([A-Za-z][a-z]+)\b")
_SYSTEM_HEADS = frozenset(ROLE_HEADS | KIND_HEADS | {"unit", "units", "block", "blocks", "layer", "layers"})


def system_after(text: str, end: int) -> int:
    """Whether a phrase ending at ``end`` is part of a system's name: 1 when a capitalised system head
    follows it ("Video Propagation Networks": the phrase is a modifier), 2 when its acronym and a system head
    follow ("a co-saliency detection (CSD) method", "a Field Boost (FB) block": the phrase names the
    system), else 0. A lower-case head right after a phrase ("a text matching model") is left alone: the
    phrase may still name the task the model is for; so is a plural head after the acronym ("face
    recognition (FR) methods", "automatic speech recognition (ASR) systems": the systems of a task).

    >>> t = "Video Propagation Networks, a co-saliency detection (CSD) method and a text matching model"
    >>> system_after(t, 17), system_after(t, 51), system_after(t, 82)
    (1, 2, 0)
    >>> system_after("face recognition (FR) methods", 16)
    0
    """
    m = _SYSTEM_AFTER.match(text, end)
    if not m or m.group(2).lower() not in _SYSTEM_HEADS:
        return 0
    if m.group(1):  # "a co-saliency detection (CSD) method" names one; "face recognition (FR) methods" are for a task
        return 0 if m.group(2).endswith("s") else 2
    return int(m.group(2)[0].isupper())


def not_a_task(text: str, end: int, written: str) -> bool:
    """Whether a Task phrase is no task by its own words: it names a quantity ("computational complexity",
    "prediction accuracy"), or it is the modifier of a system's name right after it ("Video Propagation
    Networks", "Context Encoding Module", "Recurrent Answering Units").

    >>> not_a_task("Video Propagation Networks", 17, "Video Propagation")
    True
    >>> not_a_task("the problems of computational complexity", 41, "computational complexity")
    True
    >>> not_a_task("Video Propagation for Segmentation", 17, "Video Propagation")
    False
    """
    return written.rsplit(None, 1)[-1].lower() in _QUANTITY_HEADS or system_after(text, end) == 1


#: Before "X loss": a word of amount or a verb of incurring, which make it an amount lost ("significant
#: information loss", "suffers from information loss", "leads to performance loss"). Closed classes of English.
_LOSS_BEFORE = re.compile(r"\b(?:large|larger|significant|considerable|severe|serious|much|more|less|little|no|"
                          r"minimal|great|greater|huge|substantial|inevitable|unavoidable|heavy|some|any|"
                          r"suffers?|suffered|suffering|leads?|leading|causes?|caused|causing|results?|resulting|"
                          r"avoids?|avoiding|reduces?|reducing|compensates?|compensating|yields?|yielding|incurs?|"
                          r"incurring|prevents?|preventing)(?:\s+(?:from|to|in|the|an?|their|its))*\s+$", re.I)
#: What a "Q loss" of two words loses when Q is a quality a system has, not an objective's target: "without
#: performance loss", "the information loss by depth-agnostic cameras", "accuracy loss". Closed class.
_LOST_QUALITIES = frozenset({"performance", "accuracy", "information", "quality", "precision", "detail", "details",
                             "efficiency"})  # not robustness, fidelity: objectives too ("the new robustness loss")
#: After "X loss": what caused it ("information loss caused by pooling", "due to", "stemming from").
_LOSS_AFTER = re.compile(r"\s+(?:caused\s+by|due\s+to|stemming\s+from|resulting\s+from)\b", re.I)


def lost_amount(text: str, start: int, end: int) -> bool:
    """Whether a lower-case phrase ending in "loss" is an amount lost rather than a loss function: a word of
    amount or a verb of incurring before it, its cause after it, or a quality a system has before "loss"
    (:data:`_LOST_QUALITIES`: "without performance loss").

    >>> t = "Pooling suffers from information loss. We add a contrastive loss. The detail loss caused by pooling."
    >>> [lost_amount(t, t.index(w), t.index(w) + len(w)) for w in ("information loss", "contrastive loss", "detail loss")]
    [True, False, True]
    >>> t = "It runs without performance loss, and the mutual information loss helps."
    >>> [lost_amount(t, t.index(w), t.index(w) + len(w)) for w in ("performance loss", "mutual information loss")]
    [True, False]
    """
    if not text.endswith("loss", start, end):
        return False
    words = text[start:end].split()
    if len(words) == 2 and words[0].lower() in _LOST_QUALITIES:
        return True  # "without performance loss", "10-15% of the performance loss"
    return bool(_LOSS_BEFORE.search(text, max(0, start - 40), start) or _LOSS_AFTER.match(text, end))


def weak_evidence(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop the candidates whose own words speak against them: a phrase-rule or name-rule span opening a clause
    ("Although ...") or closing a longer compound ("... task learning regularization"), a metric that is a
    change ("absolute gain"), a task from context with no process at its head ("safety systems"), and a
    generated lexicon name the text writes otherwise (an acronym in lower case, a dataset name as a description),
    and a span led by "state of the art" however PDF conversion spelled it ("state-ofthe-art (SOTA)").

    >>> t = "Although pre-trained encoders help, an absolute gain of 2% comes in applications such as safety systems."
    >>> cs = [Candidate(0, 29, T.METHOD, 30, "head"), Candidate(39, 52, T.METRIC, 40, "measured"),
    ...       Candidate(89, 103, T.TASK, 55, "list"), Candidate(21, 29, T.METHOD, 30, "head")]
    >>> [t[c.start:c.end] for c in weak_evidence(t, cs)]
    ['encoders']
    """
    out = []
    for c in cands:
        rule, written = c[4], text[c[0]:c[1]]
        if rule != "lexicon" and _STATE_OF_THE_ART.match(written):
            continue  # "state-of-theart (SOTA)", "stateof-the-art detection"
        if rule == "lexicon-gen":
            if _acronym_lowered(written, c[5] or written) or (c[2] is T.DATASET and _description(written, c[5])):
                continue
            if c[2] is T.METRIC and change_amount(written):
                continue  # "a relative error reduction of 30%": how much a measure moved, a generated row or not
        elif rule != "lexicon":
            if (rule not in _COINED_RULES and clause_led(written)) or (c[2] is T.METRIC and change_amount(written)):
                continue
            if rule in _PHRASE_RULES and written[:1].islower() and (
                    compound_tail(text, c[0]) or _STATE_OF_THE.search(text, max(0, c[0] - 14), c[0])):
                continue  # "... task learning regularization", "state of the art classification"
            if rule in _PHRASE_RULES and c[2] is T.METHOD and lost_amount(text, c[0], c[1]):
                continue  # "suffer from information loss": an amount lost, not a loss function
            if (rule == "dataset-context" or (rule == "named" and c[2] is T.DATASET)) and _TWO_NAMES.search(written):
                out.extend(_split_names(c, written))  # "the CIFAR-10 and SVHN datasets", "called SAT-4 and SAT-6"
                continue
            if c[2] is T.TASK and rule in _TASK_CONTEXT_RULES and not _task_evident(text, c[0], written):
                continue
        if c[2] is T.TASK and rule != "lexicon":
            if not_a_task(text, c[1], written):
                continue
            if system_after(text, c[1]) == 2:
                c = c._replace(type=T.METHOD)  # "a co-saliency detection (CSD) method" names a method
        out.append(c)
    return out
