"""Whether one mention, where it stands, is evidence of a name: a phrase guess's lower-case words
(:func:`weak_mention`), capitals of typesetting (:func:`caps_typeset`), a bare short acronym or a symbol of mathematics
(:func:`bare_acronym`), a guessed or retyped measure never used as one (:func:`weak_metric`, :func:`retyped_measure`),
and the other readings of a mention that is no name where it stands (:func:`no_name`). Each reads one mention and its
text; :mod:`kg.graph.weak_evidence` gathers them over the corpus.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.words import GUESS_RULES
from kg.graph.namehood import measure_after_figure, shape_only, title_process_word
from kg.graph.owners import owner_or_site
from kg.graph.page_furniture import furniture
from kg.graph.phrase_guesses import vague_head
from kg.graph.task_guesses import recast_task
from kg.graph.title_caps import title_cased_dataset
from kg.models import Mention
from kg.vocab import EntityType

#: Types whose weak single-paper nodes are dropped, and the rules that only guess at them.
WEAK_RULES: dict[EntityType, frozenset[str]] = {
    EntityType.METHOD: GUESS_RULES,
    EntityType.TASK: frozenset({"head", "task-context"}),
}  # Metric: :func:`weak_metric`
#: Longest weak guess, in words, per type: a Task phrase of three words or more ("blur kernel estimation")
#: is mostly a real, narrow task; of two ("adaptive segmentation", "mobile classification") mostly a
#: describing word before a task noun (measured on samples of the arXiv build: about 75% against 35%).
WEAK_WORDS: dict[EntityType, int] = {EntityType.TASK: 2}
_NAME_SHAPE = re.compile(r"[A-Z0-9]")
#: Rules whose capitals come from a definition or a naming phrase, never from typesetting alone.
_NAMING_RULES = frozenset({"lexicon", "acronym", "acronym-ref", "named", "title-name", "own-system"})
_CAPS_WORD = re.compile(r"[A-Z][A-Z\-]*[A-Z]")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from kg.extract.ordinary_words import load_words  # noqa: PLC0415

    return load_words()


def caps_typeset(m: Mention, text: str) -> bool:
    """Whether a mention is a common English word in capitals beside another word in capitals, or a run of them,
    found by a name-shape rule: the capitals of a heading or a query, not a name.

    >>> t = "MASKED SCENE TEXT (EXTENDED VERSION) and the DRIVE benchmark"
    >>> caps_typeset(Mention(EntityType.METHOD, "EXTENDED", 19, 27, field="title", rule="name"), t)
    True
    >>> caps_typeset(Mention(EntityType.DATASET, "DRIVE", 45, 50, field="title", rule="name"), t)
    False
    >>> t = "SELECT city FROM trips GROUP BY city HAVING COUNT(*) > 2"
    >>> caps_typeset(Mention(EntityType.METHOD, "HAVING COUNT", 37, 49, rule="name"), t)
    True
    """
    w = m.text
    words = w.split()
    if m.rule in _NAMING_RULES or m.aliases or not all(x.isalpha() for x in words) or not w.isupper() or len(w) < 2:
        return False
    if any(x.lower() not in _common_words() for x in words):
        return False
    if len(words) > 1:
        return True  # a run of ordinary words in capitals is the typesetting itself ("HAVING COUNT" of a query)
    before = re.search(r"([A-Za-z\-]+)[ (]+$", text[max(0, m.start - 30):m.start])
    after = re.match(r"[ )]+([A-Za-z\-]+)", text[m.end:m.end + 30])
    return any(x and _CAPS_WORD.fullmatch(x.group(1)) for x in (before, after))


#: A short acronym: two or three letters, two of them capitals ("BM", "ALM", "PnP").
_SHORT_ACRONYM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,3}")
#: Right after a name, a group's or a space's argument: "SO(3)", "SE(3)", "CP^1", "R_+" are math.
_MATH_AFTER = re.compile(r"\(\d|\^|_\{?\w")


def bare_acronym(m: Mention, text: str) -> bool:
    """Whether a mention is no evidence of an entity: a short acronym written bare (found by its shape
    only, no expansion, no type word or cue around it: "BM" or "CP" may be anything, and a paper that
    means one thing by it spells it out; a type word after it or "on X" is evidence of a dataset), or a
    symbol of mathematics ("SO(3)").

    >>> t = "rotations in SO(3) and the ALM solver; results on TAC hold"
    >>> [bare_acronym(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="name"), t)
    ...  for w in ("SO", "ALM", "TAC")]
    [True, True, False]
    """
    from kg.link.cues import text_cue_kind  # noqa: PLC0415

    if not shape_only(m) or m.type is EntityType.DATASET:
        return False  # a Dataset by its shape had a reason (a list of datasets): "GEO", "SICK" are used bare
    if len(m.text) <= 3 and _MATH_AFTER.match(text, m.end):
        return True
    if not _SHORT_ACRONYM.fullmatch(m.text):
        return False
    cue = text_cue_kind(text, m.start, m.end)  # "the TAC dataset", "results on TAC": a dataset's name
    return cue is None or (cue[1] != "head" and cue[0] is not EntityType.DATASET)


#: Metric rules that guess from a phrase's role or its capitals alone, or grew a lexicon measure by the words
#: before it: a mention of theirs is evidence only where it is used as a measure (a number beside it, "in terms
#: of X", "X score"): "the reprojection error", "Line IoU loss" and "Denoising Score Matching" are no measures a
#: paper is scored with, nor are a level reached or a phase ("trained to sub-pixel accuracy", "at meta-training
#: time": on the arXiv build the two grown single-paper Metric nodes nowhere measured).
_METRIC_GUESS_RULES = frozenset({"metric-role", "titlecase", "grown"})


#: A distance, divergence or "metric" between two things (a name ending in one, or letters before "distance":
#: "L2 distance") is often what a method computes, a loss or a matching cue ("a global Euclidean distance
#: metric for finding hard samples", "losses such as the integral probability metrics"): a mention of one is
#: evidence only where the paper scores with it (:func:`kg.extract.context.metrics.scored_near`), whatever
#: rule found it; the corpus keeps the node when some paper does ("reduces the Chamfer distance by 20%").
_DISTANCE_NAME = re.compile(r"(?:distance|distances|divergence|discrepancy|metric|metrics)$", re.I)
_DISTANCE_AFTER = re.compile(r"[\s\-]+(?:distance|divergence)\b", re.I)
#: The acronym of such a long form, in brackets right after it: "integral probability metric (IPM) GANs".
_DISTANCE_BEFORE_ACRONYM = re.compile(r"(?:distance|divergence|discrepancy|metrics?)\s*\($", re.I)


def weak_metric(m: Mention, text: str) -> bool:
    """Whether a Metric mention is only a guess: found by its role or capitals or grown past its lexicon name
    (:data:`_METRIC_GUESS_RULES`), no alias, and not used as a measure where it stands
    (:func:`kg.extract.context.metrics.metric_evident`); or a distance (or its acronym in brackets after it) not
    scored with where it stands (:data:`_DISTANCE_NAME`).

    >>> t = "We reduce the reprojection error. It has a Mean Dice of 0.8 and uses Line IoU loss."
    >>> weak_metric(Mention(EntityType.METRIC, "reprojection error", 14, 32, rule="metric-role"), t)
    True
    >>> weak_metric(Mention(EntityType.METRIC, "Mean Dice", 43, 52, rule="titlecase"), t)
    False
    >>> weak_metric(Mention(EntityType.METRIC, "Line IoU", 70, 78, rule="titlecase"), t)
    True
    >>> t = "It is trained to super-pixel accuracy. Its re-training time is 3 hours."
    >>> [weak_metric(Mention(EntityType.METRIC, w, t.index(w), t.index(w) + len(w), rule="grown"), t)
    ...  for w in ("super-pixel accuracy", "re-training time")]
    [True, False]
    >>> t = "It uses a global Euclidean distance metric. It lowers the Chamfer distance to 0.3."
    >>> weak_metric(Mention(EntityType.METRIC, "Euclidean distance", 17, 35, rule="lexicon-gen"), t)
    True
    >>> weak_metric(Mention(EntityType.METRIC, "Chamfer distance", 58, 74, rule="lexicon"), t)
    False
    >>> t = "SGAN would be equivalent to integral probability metric (IPM) GANs."
    >>> weak_metric(Mention(EntityType.METRIC, "IPM", t.index("IPM"), t.index("IPM") + 3, rule="acronym-ref"), t)
    True
    """
    from kg.extract.context.metrics import metric_evident, scored_near  # noqa: PLC0415

    if _DISTANCE_NAME.search(m.text) or _DISTANCE_AFTER.match(text, m.end) \
            or _DISTANCE_BEFORE_ACRONYM.search(text, max(0, m.start - 16), m.start):
        return not scored_near(text, m.start, m.end)
    if m.rule not in _METRIC_GUESS_RULES or m.aliases:
        return False
    return not metric_evident(text, m.start, m.end, [])


_DATASET_ID = EntityType.DATASET.prefix + ":"
#: After a name, the rest of a list that ends in "scores" or "metrics": "exceeds the best UPOS, UFeats, (and
#: especially) UAS and LAS scores" names measures.
_LISTED_SCORES = re.compile(r"[^.;:]{0,80}?\b(?:and|or)\s+[\w\-]+\s+(?:scores|metrics)\b")


def retyped_measure(m: Mention, text: str) -> bool:
    """Whether a mention the extractor typed otherwise (a Method: "we calculate the Kullback-Leibler Divergence
    (KLD) ... as the regression loss", "losses are the integral probability metrics (IPMs)", "edit operations
    (ADD, DELETE and KEEP)") but whose name the corpus made a Metric (the lexicon's prior) is no evidence of the
    Metric: it is not used as a measure where it stands (a number beside it, "score" after it, "in terms of" before
    it, a list ending in "scores" it is in, or a list a plural metric word leads: "two metrics, MAD and MADGap, to
    measure ...", :func:`kg.link.cues.metric_listed`), or it is named as a part of the method
    (:func:`kg.extract.context.metrics.used_in_method`). A node with no other evidence is dropped.

    >>> t = "We take the KL divergence (KLD) of the boxes as the regression loss. X reaches a KLD of 0.2."
    >>> retyped_measure(Mention(EntityType.METHOD, "KL divergence", 12, 25, rule="acronym"), t)
    True
    >>> retyped_measure(Mention(EntityType.METHOD, "KLD", t.rindex("KLD"), t.rindex("KLD") + 3, rule="acronym-ref"), t)
    False
    """
    from kg.extract.context.metrics import metric_evident, used_in_method  # noqa: PLC0415
    from kg.link.cues import metric_listed  # noqa: PLC0415

    if used_in_method(text, m.start, m.end):
        return True
    return not (metric_evident(text, m.start, m.end, []) or _LISTED_SCORES.match(text, m.end)
                or metric_listed(text, m.start, m.end))


def grown_phrase(m: Mention) -> bool:
    """Whether a Method mention is a lexicon word linking grew into a lower-case phrase of the paper's (rule
    ``whole-token``, several words: "outer quokka block" of a lexicon "quokka", :func:`kg.link.tokens.phrase_span`):
    what the paper wrote is the phrase, found by its words as a head-word phrase is, not the lexicon's name.

    >>> grown_phrase(Mention(EntityType.METHOD, "outer quokka block", 0, 18, rule="whole-token"))
    True
    >>> grown_phrase(Mention(EntityType.METHOD, "Info-GAN", 0, 8, rule="whole-token"))
    False
    """
    return m.type is EntityType.METHOD and m.rule == "whole-token" and " " in m.text and m.text.islower()


def weak_mention(m: Mention) -> bool:
    """Whether a mention is only a guess: a technique-phrase rule's lower-case words (or a lexicon word grown
    into such words, :func:`grown_phrase`), no alias.

    >>> weak_mention(Mention(EntityType.METHOD, "relation module", 0, 15, rule="head"))
    True
    >>> weak_mention(Mention(EntityType.METHOD, "Relation Module", 0, 15, rule="head"))
    False
    >>> weak_mention(Mention(EntityType.TASK, "adaptive segmentation", 0, 21, rule="head"))
    True
    >>> weak_mention(Mention(EntityType.TASK, "blur kernel estimation", 0, 22, rule="head"))
    False
    >>> weak_mention(Mention(EntityType.METHOD, "outer quokka block", 0, 18, rule="whole-token"))
    True
    """
    rules = WEAK_RULES.get(m.type)
    if not rules or (m.rule not in rules and not grown_phrase(m)) or m.aliases or _NAME_SHAPE.search(m.text):
        return False
    return len(m.text.split()) <= WEAK_WORDS.get(m.type, 99)



_NONE: frozenset[int] = frozenset()
def _retyped_dataset(eid: str | None) -> EntityType | None:
    """Dataset when an id names a Dataset (a mention the linker retyped is judged as one: "NIST" of "NIST's Foo",
    typed Method by its shape), None otherwise (the mention's own type decides)."""
    return EntityType.DATASET if eid and eid.startswith(_DATASET_ID) else None


def dataset_starts(mentions: tuple[Mention, ...], ids: tuple[str | None, ...]) -> dict[str, frozenset[int]]:
    """Per field of a linked paper, where its mentions linked to a Dataset start."""
    out: dict[str, set[int]] = {}
    for m, eid in zip(mentions, ids):
        if eid and eid.startswith(_DATASET_ID):
            out.setdefault(m.field, set()).add(m.start)
    return {f: frozenset(s) for f, s in out.items()}


def no_name(m: Mention, eid: str | None, text: str, abstract: str, starts: dict[str, frozenset[int]]) -> bool:
    """Whether a mention is no evidence of a name where it stands, a generic compound and a contest aside: capitals
    of typesetting, page furniture, a measure after a figure, a task the paper recasts its own as, an owner or a
    site, a vague head, a title's plain process word or a data set's name in a title's Title Case."""
    return (caps_typeset(m, text) or furniture(m, text) or measure_after_figure(m, text) or recast_task(m, text)
            or owner_or_site(m, text, _retyped_dataset(eid), starts.get(m.field, _NONE))
            or vague_head(m) or title_process_word(m, text, abstract) or title_cased_dataset(m, text, abstract))
