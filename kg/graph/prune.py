"""Corpus-level entity-hood: nodes whose only evidence, over the whole corpus, is one weak guess.

A Method is "an established technique term that a researcher could look up" (GUIDELINES.md). One paper
writing a lower-case phrase that ends in a technique word ("visual feature attention", "separation
module", "redundant computation") is no such evidence: on the arXiv build about half of these phrases are
descriptions of a component, not names. The same holds for a lower-case phrase found as what a paper
proposes ("we propose a structural matching strategy", rule ``object``) or as a list member (``list``): being
proposed is how the phrase was found, not evidence that it is a name. A phrase becomes a node when the corpus
gives more: a second paper, a name shape (a capital inside, a digit), an acronym defined for it, a stated
result, a lexicon entry or any rule other than these phrase guesses. The same holds for a
Task guessed from a short lower-case phrase ending in a task word ("online estimation") or named only as "the
problem of X" ("the problem of pose changes"): on samples of the arXiv build about half of these single-paper
guesses are no names. A Task that "the problem of X", "problems such as X" or "applications such as X"
introduces when X ends in no process ("unpaired training data", "camera motion", "augmented reality":
:func:`kg.graph.task_guesses.loose_task`) is no evidence in any number of words or papers: a problem is as often a
difficulty or a field, and a second paper writing "the problem of domain shift" or "the problem of exposure bias"
repeats the guess (like a bare acronym, it still links its paper to a node other papers keep: "the problem of
person search"). A Task phrase from its head word right before a noun it modifies ("core trainable segmentation
engine": :func:`kg.graph.task_guesses.modifier_task`) is a single-paper guess. A Task phrase guessed from its task
word that a paper recasts its task as ("formulate the depth regression as a bin index estimation problem":
:func:`kg.graph.task_guesses.recast_task`) is a means, no evidence in any number of papers (two RGB-D saliency papers
"treat this task as a point estimation problem"). A Task guess a paper names as its means ("we use Poisson
Surface Reconstruction to transform ...", "X and Y are proposed": :func:`kg.graph.task_guesses.means_task`) is a
single-paper guess; so is a Task guessed from its head word that stands nowhere a task stands (no goal word
before it, no task noun after it, not listed with other tasks, not a sentence's subject:
:func:`kg.graph.task_guesses.unplaced_task`, "predicting contours through instance center classification"); so is a Task
guess or a generated lexicon's Task name where its sentence names a means ("previous approaches rely on X", "a
framework with explicit X": :func:`kg.graph.task_guesses.step_task`), and a listed Task that is a name of something else (a
language pair, a data set, a label: :func:`kg.graph.task_guesses.named_member`). A Metric guessed only from its role in a sentence ("right speed", "computational
speed", "sparsity"), its capitals ("Line IoU" of "Line IoU loss") or a lexicon measure grown by the words
before it ("trained to sub-pixel accuracy", "at meta-training time"), nowhere used as a measure (no number, no
"in terms of"), is no evidence in any number of papers: papers name such qualities in passing, and a measure
a paper is scored with is written with its figure somewhere.

A capitalised common English word inside a run of capitals ("EXTENDED VERSION" of a title set in capitals,
"GROUP BY" of a query) takes its capitals from the typesetting, not from being a name: such a mention is no
evidence in any number of papers, while a real name in capitals ("the DRIVE benchmark") is used in running
text. So is a page's furniture (a template's "XXXX", a journal header's "MARCH 2020") and a lower-case
compound of two technique words ending in a part or an objective ("memory module", "loss function":
:func:`kg.graph.phrase_guesses.generic_compound`), and a title's first plain word before a preposition that the
abstract never writes with its capital ("Optimization of X", "Optimization for Y":
:func:`kg.graph.namehood.title_process_word`; two titles opening on one process word are two heads of what they
say, not two uses of a name), and a lexicon's data set name of plain words inside a Title Case title that the
abstract never writes with its capitals (:func:`kg.graph.title_caps.title_cased_dataset`: "The Elephant In The
Room"). So is a Dataset mention of a contest (:mod:`kg.graph.events`), of an owner in the
possessive or of a site a system is deployed at, and a Method mention of such a site or of
one data were gathered from (:mod:`kg.graph.owners`). A Method typed by its shape only, with nothing where it stands
that says method (no proposal, comparison, citation, use, model word or list of methods: :mod:`kg.graph.support`),
is no evidence in any number of papers: a data set among data sets, a unit, a device, a licence or a token of code as
often as a method, and a second paper writing it as bare repeats the guess.

A node other papers keep is not linked to a paper whose every mention of it is such no evidence by the node's own
words (:func:`unlinked_ids`: "a fusion module" of one paper is no use of the "fusion module" another paper names): no
edge, not among its papers; a curated name's papers, a bare acronym's, and a paper whose result or proposal names the
node stay linked. Nor do that paper's words name the node or show as its aliases (:mod:`kg.graph.kept_names`).

The records are streamed: :class:`WeakEvidence` reads each linked paper as the graph is built, and
:func:`prune` removes the nodes it found weak once all papers are in.

>>> from kg.models import Extraction, Linked, Mention, Paper
>>> from kg.vocab import EntityType as T
>>> a = Extraction(Paper("a", "", "a separation module and BERT"),
...                (Mention(T.METHOD, "separation module", 2, 19, rule="head"), Mention(T.METHOD, "BERT", 24, 28)))
>>> w = WeakEvidence()
>>> w.add(Linked(a, ("method:separation-module", "method:bert")))
>>> sorted(w.weak_ids())
['method:separation-module']
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Mapping

import networkx as nx

from kg.graph.events import competition_event
from kg.graph.heads import broad_head_ids, model_part_step, task_object_ids
from kg.graph.kept_names import words_key
from kg.graph.owners import owner_or_site
from kg.graph.support import bare_long_forms, unsupported_mentions
from kg.graph.title_caps import title_cased_dataset
from kg.graph.namehood import TECHNIQUE_ENDS, guessed_method, measure_after_figure, shape_only, title_process_word
from kg.graph.page_furniture import furniture
from kg.graph.phrase_guesses import (describing_compound, generic_compound, named_description, ordinary_modifier,
                                     part_description, vague_head)
from kg.graph.task_guesses import guessed_task, loose_task, named_member, recast_task, unplaced_task
from kg.extract.words import ANNOTATION_HEADS, GUESS_RULES, RESOURCE_HEADS
from kg.models import Entity, Linked, Mention
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
    from kg.extract.entityhood import load_words  # noqa: PLC0415

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


_METRIC_ID = EntityType.METRIC.prefix + ":"
_METHOD_ID = EntityType.METHOD.prefix + ":"
_TASK_ID = EntityType.TASK.prefix + ":"
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


def linked_mentions(lk: Linked) -> tuple[Mention, ...]:
    """The paper's mentions as they were linked: a span linking grew ("outer transformer block" of a lexicon
    "transformer") is what the entity is named and judged by, not the match it grew from."""
    return lk.whole or lk.extraction.mentions


def _guesses(lk: Linked) -> tuple[list[bool], set[str], list[bool]]:
    """Per mention of a linked paper: whether it is only a guess (:func:`weak_mention`, or a Method whose
    look is no evidence of a name, :func:`kg.graph.namehood.guessed_method`; a title's catchphrase is a
    guess only when the paper does not mention the entity again); and the ids whose every mention here is
    a guess by its look (a stated result does not make those names: "Larger Norm More Transferable: ...",
    whose results "our method" reaches, is still a catchphrase). A listed name of something else linked to a Task
    (:func:`kg.graph.task_guesses.named_member`) is a guess; linked to a Dataset it is that data set's name. So are a
    name typed Method by its shape with nothing around it that says method and a long form that names no method
    (:mod:`kg.graph.support`: "glyph edges (GEs)", "a Quokka Order Index (QOI) metric"); the third list marks the former
    (:func:`~kg.graph.support.unsupported_mentions`), no evidence of a paper either."""
    paper = lk.extraction.paper
    seen = Counter(lk.mention_ids)
    out, looks, other = [], set(), set()
    mentions = linked_mentions(lk)
    method_ids = [eid if eid and eid.startswith(_METHOD_ID) else None for eid in lk.mention_ids]
    unsupported = unsupported_mentions(mentions, method_ids, paper.text, set(lk.proposed_ids))
    long_forms = bare_long_forms(mentions, paper.text)
    for m, eid, bare, long_form in zip(mentions, lk.mention_ids, unsupported, long_forms):
        look = bool(eid) and guessed_method(m, paper.text(m.field), paper.abstract) \
            and (m.rule != "title-name" or seen[eid] == 1)
        (looks if look else other).add(eid)
        text = paper.text(m.field)
        guess = bool(eid) and (long_form or guessed_task(m, text, paper.abstract, mentions)
                               or (eid.startswith(_TASK_ID) and named_member(m)))
        out.append(weak_mention(m) or look or bare or guess)
    return out, looks - other, unsupported


def _placement(lk: Linked) -> tuple[set[str], set[str]]:
    """The ids of a linked paper with a Task mention that stands nowhere a task stands
    (:func:`kg.graph.task_guesses.unplaced_task`), and the ids with any other mention, a result or a proposal here."""
    paper = lk.extraction.paper
    unplaced, placed = set(), set()
    mentions = linked_mentions(lk)
    for m, eid in zip(mentions, lk.mention_ids):
        if eid:
            (unplaced if unplaced_task(m, paper.text(m.field), mentions) else placed).add(eid)
    placed.update(i for ids in (*lk.result_ids, lk.proposed_ids) for i in ids if i)
    return unplaced, placed


#: Rules whose match is a curated name: its mention is evidence that the paper names the entity.
_CURATED_RULES = frozenset({"lexicon"})
#: Type votes of a curated name: a lexicon lists it (``prior``) or a lexicon match was linked to it.
_CURATED_KINDS = frozenset({"lexicon", "prior"})


def curated(ent: Entity | None) -> bool:
    """Whether an entity is a curated name of its type (:data:`_CURATED_KINDS` among its type's votes): a paper
    whose mention of it is no evidence of a name of its own ("an attention module", "positional embeddings" linked
    to the lexicon's attention mechanism and positional encoding) still uses the technique the lexicon names.

    >>> from kg.models import Entity
    >>> curated(Entity("method:attention-mechanism", EntityType.METHOD, "attention mechanism",
    ...                type_votes={"Method": {"lexicon": 3, "prior": 1}}))
    True
    >>> curated(Entity("method:fusion-module", EntityType.METHOD, "fusion module",
    ...                type_votes={"Method": {"context": 2}, "Task": {"lexicon": 1}})), curated(None)
    (False, False)
    """
    if ent is None:
        return False
    return bool(_CURATED_KINDS & ((ent.type_votes or {}).get(ent.type.value) or {}).keys())


def names_node(m: Mention, ent: Entity | None) -> bool:
    """Whether a mention names a node by the node's own words (case, dashes and a plural aside) and the node is no
    curated name (:func:`curated`): "discriminative embeddings" names the node "discriminative embedding", but
    "a spatial attention module", linked to "spatial attention", names a part the paper builds of that technique.

    >>> from kg.models import Entity
    >>> node = Entity("method:multilingual-embedding", EntityType.METHOD, "Multilingual Embeddings")
    >>> names_node(Mention(EntityType.METHOD, "multi-lingual embedding", 0, 23, rule="head"), node)
    True
    >>> names_node(Mention(EntityType.METHOD, "multilingual embedding module", 0, 29, rule="head"), node), names_node(
    ...     Mention(EntityType.METHOD, "ME", 0, 2, rule="name"), None)
    (False, False)
    """
    return ent is not None and not curated(ent) and words_key(m.text) == words_key(ent.name)


def unlinked_ids(lk: Linked, mentions: tuple[Mention, ...], flagged: list[bool],
                 entities: Mapping[str, Entity]) -> set[str]:
    """The ids of a linked paper whose every mention here is no evidence (``flagged``: a generic compound, capitals
    of typesetting, a contest ...) of the node it names by the node's own words (:func:`names_node`), none of them
    a lexicon match, and that no result or proposal of the paper names. Such a paper does not use the entity: "a
    fusion module" is no use of the "fusion module" another paper names, so the node, kept by that other paper,
    counts only the papers that give evidence of it. A bare acronym is not among the marks (the caller leaves it
    out): no evidence of a node of its own, it mostly refers to the node other papers define ("HOG+LUV", "F1
    scores for PPI": on the arXiv build 8 of 13 such papers read use the node). Nor, alike, is a name typed Method by
    its shape only with nothing around it that says method (:func:`~kg.graph.support.unsupported_mentions`: "we
    compare with QuokkaNet"): no node of its own, but a use of the node other papers give evidence of.

    >>> from kg.models import Entity, Extraction, Paper
    >>> t = "a fusion module and BERT"
    >>> ms = (Mention(EntityType.METHOD, "fusion module", 2, 15, rule="head"), Mention(EntityType.METHOD, "BERT", 20, 24))
    >>> lk = Linked(Extraction(Paper("a", "", t), ms), ("method:fusion-module", "method:bert"))
    >>> ents = {"method:fusion-module": Entity("method:fusion-module", EntityType.METHOD, "fusion module")}
    >>> sorted(unlinked_ids(lk, ms, [True, False], ents)), unlinked_ids(lk, ms, [True, False], {})
    (['method:fusion-module'], set())
    """
    judged, evident = set(), set()
    for m, i, f in zip(mentions, lk.mention_ids, flagged):
        if i:
            no_evidence = f and m.rule not in _CURATED_RULES and names_node(m, entities.get(i))
            (judged if no_evidence else evident).add(i)
    claimed = {i for ids in (*lk.result_ids, lk.proposed_ids) for i in ids}
    return judged - evident - claimed


_NONE: frozenset[int] = frozenset()
def _retyped_dataset(eid: str | None) -> EntityType | None:
    """Dataset when an id names a Dataset (a mention the linker retyped is judged as one: "NIST" of "NIST's Foo",
    typed Method by its shape), None otherwise (the mention's own type decides)."""
    return EntityType.DATASET if eid and eid.startswith(_DATASET_ID) else None


def _dataset_starts(mentions: tuple[Mention, ...], ids: tuple[str | None, ...]) -> dict[str, frozenset[int]]:
    """Per field of a linked paper, where its mentions linked to a Dataset start."""
    out: dict[str, set[int]] = {}
    for m, eid in zip(mentions, ids):
        if eid and eid.startswith(_DATASET_ID):
            out.setdefault(m.field, set()).add(m.start)
    return {f: frozenset(s) for f, s in out.items()}


def _no_name(m: Mention, eid: str | None, text: str, abstract: str, starts: dict[str, frozenset[int]]) -> bool:
    """Whether a mention is no evidence of a name where it stands, a generic compound and a contest aside: capitals
    of typesetting, page furniture, a measure after a figure, a task the paper recasts its own as, an owner or a
    site, a vague head, a title's plain process word or a data set's name in a title's Title Case."""
    return (caps_typeset(m, text) or furniture(m, text) or measure_after_figure(m, text) or recast_task(m, text)
            or owner_or_site(m, text, _retyped_dataset(eid), starts.get(m.field, _NONE))
            or vague_head(m) or title_process_word(m, text, abstract) or title_cased_dataset(m, text, abstract))


class WeakEvidence:
    """Per entity id: the first paper it was seen in, whether a second paper has it, whether any mention
    is strong. Fed one :class:`~kg.models.Linked` paper at a time. ``entities`` (the linker's, with their names
    and type votes) tells which node a mention names by its own words, and the curated names, whose papers stay
    linked whatever their mentions (:func:`names_node`)."""

    def __init__(self, entities: Mapping[str, Entity] | None = None) -> None:
        self._entities = entities or {}
        self._paper: dict[str, str] = {}
        self._strong: set[str] = set()
        #: seen as no evidence, not even of a paper: a flagged mention (capitals of typesetting, a bare acronym, a
        #: generic compound ...), a Method by its shape only with nothing around it that says method, a measure never
        #: used as one
        self._no_evidence: set[str] = set()
        self._unplaced: set[str] = set()  # a Task mention standing nowhere a task stands (task_guesses.unplaced_task)
        self._placed: set[str] = set()  # any other mention, a result or a proposal
        #: (paper, id) pairs whose every mention in that paper is no evidence (:func:`unlinked_ids`): the graph
        #: links no such paper to the node, which stays only by other papers' evidence
        self.unlinked: set[tuple[str, str]] = set()

    def add(self, lk: Linked) -> None:
        """Take one linked paper's mentions, proposals and results into account."""
        paper = lk.extraction.paper
        pid = paper.id
        some: set[str] = set()  # ids with a mention here that is evidence (not typesetting, not a bare acronym)
        named: set[str] = set()  # ids with a mention here that is more than a guess (phrase, look: namehood)
        flagged = []  # per mention: no evidence (capitals of typesetting, a bare acronym, furniture, a compound, a
        # loose cue's difficulty: task_guesses.loose_task)
        judged = []  # per mention: no evidence of the name it is linked to (flagged, a bare acronym and a loose cue's
        # difficulty aside; a Method by its shape only is not judged either: a use of the node others keep, no
        # evidence of one: unlinked_ids)
        guessed, look_only, unsupported = _guesses(lk)
        unplaced, placed = _placement(lk)
        self._unplaced |= unplaced
        self._placed |= placed
        compound, other = set(), set()  # ids with a mention here that is a generic compound, that is not one
        event, not_event = set(), set()  # ids with a mention here that names a competition event, that does not
        mentions = linked_mentions(lk)
        starts = _dataset_starts(mentions, lk.mention_ids)
        for m, eid, guess in zip(mentions, lk.mention_ids, guessed):
            text = paper.text(m.field) if eid else ""
            gc = generic_compound(m) or part_description(m) or describing_compound(m, text) or ordinary_modifier(m) \
                or named_description(m, text)
            (compound if gc else other).add(eid)
            ev = bool(eid) and competition_event(m, text)
            (event if ev else not_event).add(eid)
            judged.append(bool(eid) and (gc or ev or _no_name(m, eid, text, paper.abstract, starts)))
            flagged.append(judged[-1] or (bool(eid) and (bare_acronym(m, text) or loose_task(m, text))))
            if eid and not flagged[-1]:
                some.add(eid)
            if eid and not guess:
                named.add(eid)
        self.unlinked.update((pid, i) for i in unlinked_ids(lk, mentions, judged, self._entities))
        # not "pose in SO(3)"; nor "we propose a structural matching strategy": a phrase found as what the paper
        # proposes is not made a name by being proposed
        self._strong.update(i for i in lk.proposed_ids if i in some and i in named)
        look_only |= compound - other  # "the loss function improves by 12.8%" does not make it a name
        look_only |= event - not_event  # "the best result in the X 2017 shared task": X is the event, no data set
        for ids in lk.result_ids:
            self._strong.update(i for i in ids if i and i not in look_only)
        for m, eid, flag, guess, bare in zip(mentions, lk.mention_ids, flagged, guessed, unsupported):
            if not eid or eid in self._strong:
                continue
            if flag or bare:  # bare: a Method by its shape only, nothing around it says method (kg.graph.support)
                self._no_evidence.add(eid)
                continue  # no evidence in any number of papers
            if (m.type is EntityType.METRIC and weak_metric(m, paper.text(m.field))) or (
                    m.type is not EntityType.METRIC and eid.startswith(_METRIC_ID) and retyped_measure(m, paper.text(m.field))):
                self._no_evidence.add(eid)
                continue  # a guessed measure never used as one: no evidence in any number of papers
            first = self._paper.setdefault(eid, pid)
            if first != pid or not guess:
                self._strong.add(eid)

    def state(self, eid: str) -> tuple[bool, bool, bool, bool, bool]:
        """``(seen, strong, no_evidence, unplaced, placed)`` of one id: a mention that counts was seen, the evidence
        is more than a guess, a mention that is no evidence in any number of papers was seen (capitals of typesetting,
        a bare acronym, a Method by its shape only with nothing around it that says method ...), a Task mention
        standing nowhere a task stands was seen, any other mention (or a result, a proposal) was seen. What a Dask
        partition reports, so the driver can tell weak ids from all partitions' states (:func:`weak_from_states`)."""
        return (eid in self._paper, eid in self._strong, eid in self._no_evidence, eid in self._unplaced,
                eid in self._placed)

    def weak_ids(self) -> set[str]:
        """The ids seen in one paper only with weak mentions only, or only in mentions that are no evidence (capitals
        of typesetting, a bare acronym, a Method by its shape only ...: :meth:`state`); and the
        Task ids whose every mention, in any number of papers, stands nowhere a task stands ("through
        occlusion reasoning", "a strong early reconstruction ability")."""
        weak = {eid for eid in self._paper.keys() | self._no_evidence if eid not in self._strong}
        return weak | (self._unplaced - self._placed)


def weak_from_states(states: list[tuple[bool, ...]]) -> bool:
    """Whether an id is weak from its partitions' :meth:`WeakEvidence.state`: strong in none, and
    counted in one partition only (two partitions are two papers), or in none but seen as no evidence (the third
    flag: capitals of typesetting, a bare acronym, a Method by its shape only ...); or a Task
    seen unplaced in some partition and placed in none.

    >>> weak_from_states([(True, False, False)]), weak_from_states([(True, False, False), (True, False, False)])
    (True, False)
    >>> weak_from_states([(False, False, True), (False, False, True)]), weak_from_states([(False, False, False)])
    (True, False)
    >>> weak_from_states([(True, True, False, True, False)] * 2), weak_from_states([(True, True, False, True, True)])
    (True, False)
    """
    if any(len(s) > 4 and s[3] for s in states) and not any(len(s) > 4 and s[4] for s in states):
        return True  # a Task every mention of which, in every partition, stands nowhere a task stands
    if any(s[1] for s in states):
        return False
    counted = sum(s[0] for s in states)
    return counted == 1 or (counted == 0 and any(s[2] for s in states))


def prune(g: nx.MultiDiGraph, ids: set[str]) -> int:
    """Remove the entity nodes ``ids`` (and their edges) from ``g``; returns how many were there."""
    present = [i for i in ids if i in g]
    g.remove_nodes_from(present)
    return len(present)


#: Mentions a Method needs, and the share of them a word of data follows (``data`` votes of
#: :mod:`kg.link.types`), to be the name of a kind of data ("LiDAR", "CT", "ECG"), not of a method.
DATA_KIND_MENTIONS = 3
DATA_KIND_SHARE = 1 / 3
#: Votes that make a name of a method whatever follows it: a lexicon entry, a head word, a type word in the name. A
#: definition ("defined") names the letters, not what they are: it keeps the name only while papers define it as
#: often as they follow it with a word of data ("Light Detection and Ranging (LiDAR)" in three papers, "LiDAR point
#: clouds", "LiDAR data" seventy times: a Method only by the acronym rule's default).
_NAMING_KINDS = frozenset({"lexicon", "prior", "head", "titled"})
#: The vote kinds of a mention's own rule (:func:`kg.link.types.rule_kind`): how many mentions there were.
_MENTION_KINDS = frozenset({"shape", "default", "acronym", "context"})


def data_kind(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method's corpus-wide votes show the name of a kind of data: at least
    :data:`DATA_KIND_SHARE` of its mentions (and :data:`DATA_KIND_MENTIONS`) are followed by a word of data
    ("LiDAR point clouds", "CT scans"), and nothing names it a method (no lexicon entry or head word, and fewer
    papers define it than a word of data follows it).

    >>> data_kind({"Method": {"shape": 9, "data": 4}}), data_kind({"Method": {"shape": 9, "data": 4, "head": 1}})
    (True, False)
    >>> data_kind({"Method": {"shape": 9, "acronym": 2, "defined": 2, "data": 5}}), data_kind({"Method": {"shape": 9, "defined": 4, "data": 4}})
    (True, False)
    >>> data_kind({"Method": {"shape": 9, "data": 2}}), data_kind({"Dataset": {"shape": 3, "data": 3}})
    (False, False)
    """
    data = data_mentions(type_votes)
    if data < DATA_KIND_MENTIONS:
        return False
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    return data >= DATA_KIND_SHARE * sum(n for k, n in votes.items() if k in _MENTION_KINDS)


def data_mentions(type_votes: dict[str, dict[str, int]] | None) -> int:
    """How many mentions of a Method a word of data follows (``data`` votes), or 0 when something names it a
    method: a lexicon entry, a head word or a type word in the name, or as many papers defining it.

    >>> data_mentions({"Method": {"shape": 9, "data": 4}}), data_mentions({"Method": {"shape": 9, "data": 4, "head": 1}})
    (4, 0)
    """
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    data = votes.get("data", 0)
    return 0 if _NAMING_KINDS & votes.keys() or votes.get("defined", 0) >= data else data


def common_resource(name: str, type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method is a store of facts or annotation that papers use, not a technique: its name (from the
    long form a definition gave it) is written in lower case and headed by a word of
    :data:`~kg.extract.words.RESOURCE_HEADS` or :data:`~kg.extract.words.ANNOTATION_HEADS` ("knowledge graphs",
    "ground truth"), nothing names it a method (no lexicon entry, head word or result), and fewer than
    :data:`DATA_KIND_SHARE` of its mentions define it: most papers write it as a term they take as known
    (bare "KG", "GT"), where a structure a paper coins ("a temporal relation graph (TRG)") is defined in each.

    >>> v = {"Method": {"shape": 12, "acronym": 3, "defined": 1}}
    >>> common_resource("fact graphs", v), common_resource("ground truth", v), common_resource("Fact Graphs", v)
    (True, True, False)
    >>> common_resource("rune graph", {"Method": {"shape": 1, "acronym": 2, "defined": 1}})
    False
    >>> common_resource("fact graphs", {"Method": {"shape": 12, "defined": 1, "result": 1}})
    False
    """
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    if name != name.lower() or (last not in RESOURCE_HEADS and last not in ANNOTATION_HEADS):
        return False
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    if _NAMING_KINDS & votes.keys() or votes.get("result", 0):
        return False
    return votes.get("defined", 0) < DATA_KIND_SHARE * sum(n for k, n in votes.items() if k in _MENTION_KINDS)


#: Mentions of a Method that are what a verb of output outputs (``output`` votes, :mod:`kg.link.outputs`: "predict
#: saliency maps", "we predict dialog acts (DA)"), and the share of its mentions they must be, for the name to be of
#: a thing models output, not of a technique. A technique is rarely written as the object of such a verb: on the arXiv
#: build "saliency maps" has 16 of its 30 mentions so, the next Method with two such mentions "pseudo-labeling" (its
#: "generate pseudo-labels") 30 of 203.
OUTPUT_MENTIONS = 2
OUTPUT_SHARE = 1 / 3
#: The same for a name a lexicon gives (``lexicon`` or ``prior`` votes): a curated technique goes only on more
#: evidence, half its mentions and five of them, so that two "estimate the policy gradient" in a small corpus
#: never remove it.
LEXICON_OUTPUT_MENTIONS = 5
LEXICON_OUTPUT_SHARE = 1 / 2
#: The vote kinds of any mention's own rule, a lexicon match included (one vote per mention).
_ANY_MENTION_KINDS = _MENTION_KINDS | {"lexicon"}


def output_kind(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method's corpus-wide votes show a thing models output: at least :data:`OUTPUT_SHARE` of its
    mentions (and :data:`OUTPUT_MENTIONS`) are the object of a verb of output, whatever the lexicon says of it (a
    curated technique papers write as their models' output is that output in them).

    >>> output_kind({"Method": {"lexicon": 30, "prior": 1, "output": 16}}), output_kind({"Method": {"lexicon": 30, "output": 12}})
    (True, False)
    >>> output_kind({"Method": {"lexicon": 4, "output": 2}})
    False
    >>> output_kind({"Method": {"acronym": 3, "shape": 1, "output": 2}}), output_kind({"Method": {"shape": 1, "output": 1}})
    (True, False)
    >>> output_kind({"Task": {"context": 3, "output": 3}})
    False
    """
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    out = votes.get("output", 0)
    least, share = ((LEXICON_OUTPUT_MENTIONS, LEXICON_OUTPUT_SHARE) if votes.get("lexicon") or votes.get("prior")
                    else (OUTPUT_MENTIONS, OUTPUT_SHARE))
    return out >= least and out >= share * sum(n for k, n in votes.items() if k in _ANY_MENTION_KINDS)


#: Mentions of a Method that a quantity precedes (``unit`` votes, :mod:`kg.link.units`: "in 0.4 GPU-days", "with
#: only 491 MFLOPs"), and the share of its mentions typed by their shape they must be, for the name to be a unit of
#: measure, not a technique: most of them. No paper writes a technique right after a bare number; a name written
#: so once may be a count of models ("an ensemble of 3 FooNets") and tells nothing.
UNIT_MENTIONS = 2
UNIT_SHARE = 1 / 2


def unit_kind(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method's corpus-wide votes show a unit of measure: at least :data:`UNIT_SHARE` of its mentions
    (and :data:`UNIT_MENTIONS`) follow a quantity, and nothing names it a method (no lexicon entry, head word, type
    word in the name, definition or result role).

    >>> unit_kind({"Method": {"shape": 9, "unit": 7}}), unit_kind({"Method": {"shape": 3, "unit": 3, "result": 1}})
    (True, False)
    >>> unit_kind({"Method": {"shape": 5, "unit": 2}}), unit_kind({"Method": {"shape": 1, "unit": 1}})
    (False, False)
    """
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    unit = votes.get("unit", 0)
    if unit < UNIT_MENTIONS or _NAMING_KINDS & votes.keys() or votes.get("defined") or votes.get("result"):
        return False
    return unit >= UNIT_SHARE * sum(n for k, n in votes.items() if k in _MENTION_KINDS)


#: Mentions of a Method typed by their shape that a lower-case noun follows (``modifier`` votes,
#: :mod:`kg.link.modifiers`: "JPEG artifacts", "SMILES strings"), the share of its mentions typed by their shape they
#: must be, and the papers that must write it so (``modifier-papers`` votes), for the name to be a modifier of other
#: nouns only, not a technique: two in three, in more than one paper (a paper's own coinage may name only its parts:
#: "FooNet layers").
MODIFIER_MENTIONS = 2
MODIFIER_SHARE = 2 / 3
MODIFIER_PAPERS = 2


def modifier_kind(name: str, type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method's corpus-wide votes show a modifier of other nouns only: at least :data:`MODIFIER_SHARE` of
    its mentions (and :data:`MODIFIER_MENTIONS`, in :data:`MODIFIER_PAPERS` papers) come before a lower-case noun,
    those before a word read neither way left out (``unread``: "JPEG deblocking", "JPEG Artifacts"), and nothing
    names it a method: no lexicon entry, head word, type word in the name or definition, no word of a technique
    ending it ("Stage-I GAN outputs"), and it is no variant of a lexicon's Method ("SMPL-X fits"). The
    papers are read in the votes (not in the entity's papers), so every engine decides alike; they are counted per
    paper and name, so one paper writing two names of the node ("QUOX strings", "QUOX score strings") counts twice:
    an upper bound on the papers when names fold.

    >>> def kind(name, papers=2, **votes): return modifier_kind(name, {"Method": {"modifier-papers": papers, **votes}})
    >>> kind("JPEG", shape=9, modifier=7), kind("JPEG", shape=9, modifier=5), kind("JPEG", 1, shape=3, modifier=3)
    (True, False, False)
    >>> kind("JPEG", shape=9, modifier=5, unread=2), kind("JPEG", shape=9, modifier=4, unread=2)
    (True, False)
    >>> kind("JPEG", shape=3, modifier=3, defined=1), kind("SIFT", lexicon=3, prior=1, modifier=3)
    (False, False)
    >>> kind("Stage-I GAN", shape=2, modifier=2), kind("SMPL-X", shape=3, modifier=3), kind("EC57", shape=3, modifier=3)
    (False, False, True)
    """
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    mod = votes.get("modifier", 0)
    if mod < MODIFIER_MENTIONS or votes.get("modifier-papers", 0) < MODIFIER_PAPERS or _NAMING_KINDS & votes.keys() \
            or votes.get("defined"):
        return False
    if mod < MODIFIER_SHARE * (sum(n for k, n in votes.items() if k in _MENTION_KINDS) - votes.get("unread", 0)):
        return False
    words = re.split(r"[\s\-]+", name.lower())
    return words[-1] not in TECHNIQUE_ENDS and (len(words) == 1 or words[0] not in _lexicon_methods())


@lru_cache(maxsize=1)
def _lexicon_methods() -> frozenset[str]:
    """The lexicons' Method names, lower-cased: a name one of them starts ("SMPL-X") is a variant of that method."""
    from kg.extract.lexicon_data import lexicon_names  # noqa: PLC0415

    return frozenset(n.lower() for n in lexicon_names((EntityType.METHOD,)))


#: Mentions a Task needs used as a field or an application area (``field`` votes, :mod:`kg.link.fields`), and the
#: share of its mentions they must be, to be a field of study, not a problem papers work on: most of them. An
#: application some papers address and more papers write as a setting ("autonomous driving": 41 of 116 mentions
#: a setting; judges read the node right) stays a Task (GUIDELINES.md: "an application the paper addresses"). Fewer
#: uses than that are enough for a name a rule guessed (no lexicon entry) that no paper writes but as a setting
#: ("applications such as law enforcement", "critical for web search"): nothing says it is a problem any paper works on.
FIELD_MENTIONS = 3
FIELD_SHARE = 1 / 2
#: The vote kinds of a Task mention's own rule: a lexicon match is one mention too (the lexicon lists fields as tasks).
_TASK_MENTION_KINDS = _MENTION_KINDS | {"lexicon"}


def field_of_study(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Task's corpus-wide votes show a field or an application area: at least :data:`FIELD_SHARE` of its
    mentions (and :data:`FIELD_MENTIONS`) are the setting of other tasks ("a fundamental task in X", "critical for
    X", "the X community") or a phenomenon methods run into or work around ("models suffer from X", "avoiding X");
    or, for a name no lexicon lists, every one of its fewer mentions is.

    >>> field_of_study({"Task": {"lexicon": 12, "field": 6}}), field_of_study({"Task": {"lexicon": 12, "field": 5}})
    (True, False)
    >>> field_of_study({"Task": {"context": 2, "field": 2}}), field_of_study({"Task": {"context": 2, "field": 1}})
    (True, False)
    >>> field_of_study({"Task": {"lexicon": 1, "field": 1}}), field_of_study({"Method": {"shape": 3, "field": 3}})
    (False, False)
    """
    votes = (type_votes or {}).get(EntityType.TASK.value) or {}
    field = votes.get("field", 0)
    mentions = sum(n for k, n in votes.items() if k in _TASK_MENTION_KINDS)
    if field < FIELD_MENTIONS:
        return bool(field) and field >= mentions and not votes.get("lexicon")
    return field >= FIELD_SHARE * mentions


#: Share of a guessed Task's mentions that its uses as an ability of a model must reach for it to be no problem.
ABILITY_SHARE = 1 / 2
#: Ability uses a Task needs before a share of its mentions decides (below it, every mention must be one: one paper's
#: "requires X" beside another's "for X" is no evidence).
ABILITY_MIN = 2
#: The Task votes that say a paper works on the name or gives it as one (no ability is so): a goal ("for X"), a type
#: word ("the X task", "X problems"), a cue ("on X"), a title's type word, a result's role, an acronym's definition.
_WORKED_ON_KINDS = frozenset({"goal", "task", "cue", "head", "titled", "result", "defined"})


def ability_kind(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Task's corpus-wide votes show an ability of a model, not a problem: a name no lexicon lists (a rule
    guessed it by its head word: "temporal reasoning"), that no paper works on (no vote of :data:`_WORKED_ON_KINDS`),
    and that at least :data:`ABILITY_SHARE` of its mentions use as what a model can do or needs ("the X ability",
    "questions that require X", :func:`kg.link.fields.ability_use`); below :data:`ABILITY_MIN` such uses, every
    mention. The guidelines' rule 9: the problem is a Task.

    >>> ability_kind({"Task": {"context": 6, "ability": 3}}), ability_kind({"Task": {"context": 2, "ability": 2}})
    (True, True)
    >>> ability_kind({"Task": {"context": 2, "ability": 1}}), ability_kind({"Task": {"context": 5, "ability": 2}})
    (False, False)
    >>> ability_kind({"Task": {"context": 7, "ability": 3}}), ability_kind({"Task": {"context": 2, "ability": 2, "goal": 1}})
    (False, False)
    >>> ability_kind({"Task": {"lexicon": 2, "prior": 1, "ability": 2}}), ability_kind({"Method": {"shape": 2, "ability": 2}})
    (False, False)
    """
    votes = (type_votes or {}).get(EntityType.TASK.value) or {}
    ability = votes.get("ability", 0)
    if not ability or votes.get("lexicon") or votes.get("prior") or any(votes.get(k) for k in _WORKED_ON_KINDS):
        return False
    mentions = sum(n for k, n in votes.items() if k in _TASK_MENTION_KINDS)
    return ability >= (mentions if ability < ABILITY_MIN else ABILITY_SHARE * mentions)


def not_entity_ids(entities: dict) -> set[str]:
    """The ids of the entities that name no thing of their type by the corpus's votes: the Method entities that are
    names of kinds of data (:func:`data_kind`), of things models output (:func:`output_kind`), of units of measure
    (:func:`unit_kind`), of common stores of facts or annotation (:func:`common_resource`) or modifiers of other
    nouns (:func:`modifier_kind`: a format, a notation), of the Dataset entities named as such a kind of data (:func:`data_kind_namesakes`),
    of the Task entities that are fields of study (:func:`field_of_study`), abilities of a model
    (:func:`ability_kind`) or steps done to its parts (:func:`kg.graph.heads.model_part_step`), of the one-word Task
    entities that are the bare head of many Task names (:func:`kg.graph.heads.broad_head_ids`: "detection"), and of
    the Method entities that name what a Task works on (:func:`kg.graph.heads.task_object_ids`: "part-of-speech")."""
    out = {eid for eid, e in entities.items() if _not_a_method_or_task(e)}
    return out | data_kind_namesakes(entities, out) | broad_head_ids(entities) | task_object_ids(entities)


def _not_a_method_or_task(e) -> bool:
    """Whether one Method entity names a kind of data, an output, a unit or a common store, or one Task a field, an
    ability or a step done to a model's parts (:func:`not_entity_ids`)."""
    etype, votes = getattr(e, "type", None), getattr(e, "type_votes", None)
    if etype is EntityType.METHOD:
        name = getattr(e, "name", "") or ""
        return (data_kind(votes) or output_kind(votes) or unit_kind(votes) or common_resource(name, votes)
                or modifier_kind(name, votes))
    return etype is EntityType.TASK and (field_of_study(votes) or ability_kind(votes)
                                         or model_part_step(getattr(e, "name", "") or "", votes))


#: The vote kinds that give a name as a Dataset of its own: the lexicon knows it, or a paper defines or titles it.
_DATASET_NAMING_KINDS = frozenset({"lexicon", "prior", "titled", "defined"})
#: Mentions a dataset word heads ("the X dataset", "X, a new benchmark": ``head`` votes) that name a Dataset of its
#: own whatever words of data follow its other mentions: two, as where papers call it a data set (one paper's "five
#: brain X datasets" is data of that kind; a head vote counts mentions, so two may come from one paper).
DATASET_NAMING_HEADS = 2


def data_kind_dataset(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Dataset's corpus-wide votes show the name of a kind of data: a word of data follows at least
    :data:`DATA_KIND_MENTIONS` of its mentions typed by their shape, whatever type each took in its paper ("PHER
    point clouds", "PHER sweeps" typed Method, "trained on PHER volumes" typed Dataset), and at least as many as any
    Dataset evidence counts ("a public PHER dataset" once); nothing names it a method (no lexicon entry, head word or
    type word among its Method votes, and fewer definitions than words of data, as in :func:`data_mentions`), fewer
    than :data:`DATASET_NAMING_HEADS` mentions have a dataset word naming it, and the lexicon does not know it as a
    Dataset, nor does a paper define or title it so. Its bare mentions ("brain PHER", "CT and PHER") count for
    neither: a name is a Method by its shape alone, so no share of them is asked, unlike :func:`data_kind`'s.

    >>> data_kind_dataset({"Dataset": {"head": 1, "context": 1}, "Method": {"shape": 4, "data": 3}})
    True
    >>> data_kind_dataset({"Dataset": {"head": 1, "context": 1, "data": 1, "shape": 1}, "Method": {"shape": 10, "data": 2}})
    True
    >>> data_kind_dataset({"Dataset": {"head": 2, "context": 2}, "Method": {"shape": 4, "data": 3}})
    False
    >>> data_kind_dataset({"Dataset": {"head": 1, "context": 4}, "Method": {"shape": 4, "data": 3}})
    False
    >>> data_kind_dataset({"Dataset": {"head": 1, "prior": 1}, "Method": {"shape": 4, "data": 3}})
    False
    >>> data_kind_dataset({"Dataset": {"cue": 1}, "Method": {"shape": 4, "data": 3, "head": 1}})
    False
    >>> data_kind_dataset({"Dataset": {"data": 3, "shape": 3, "context": 1}, "Method": {"head": 5, "lexicon": 2, "shape": 9}})
    False
    """
    own = (type_votes or {}).get(EntityType.DATASET.value) or {}
    method = (type_votes or {}).get(EntityType.METHOD.value) or {}
    if _DATASET_NAMING_KINDS & own.keys() or own.get("head", 0) >= DATASET_NAMING_HEADS or _NAMING_KINDS & method.keys():
        return False
    data = own.get("data", 0) + method.get("data", 0)
    if data < DATA_KIND_MENTIONS or method.get("defined", 0) >= data:
        return False
    return data >= max(own.values(), default=0)


def data_kind_namesakes(entities: dict, dropped: set[str]) -> set[str]:
    """The ids of the Dataset entities that are names of kinds of data: by their own votes (:func:`data_kind_dataset`),
    or named as a Method among ``dropped`` that is a kind of data (:func:`data_kind`: "ECG signals" in most of its
    papers): the few papers that write "a real-world ECG dataset" or "trained on ECG recordings" use that kind of
    data, no dataset of that name, unless the lexicon knows the name as a Dataset or a paper defines or titles it so.

    >>> from kg.models import Entity
    >>> kinds = {"method:ekg": Entity("method:ekg", EntityType.METHOD, "EKG", type_votes={"Method": {"shape": 6, "data": 3}}),
    ...          "dataset:ekg": Entity("dataset:ekg", EntityType.DATASET, "EKG", type_votes={"Dataset": {"head": 1}})}
    >>> sorted(not_entity_ids(kinds))
    ['dataset:ekg', 'method:ekg']
    """
    kinds = {eid.split(":", 1)[-1] for eid in dropped
             if eid in entities and getattr(entities[eid], "type", None) is EntityType.METHOD
             and data_kind(getattr(entities[eid], "type_votes", None))}
    out = set()
    for eid, e in entities.items():
        if getattr(e, "type", None) is not EntityType.DATASET:
            continue
        votes = getattr(e, "type_votes", None) or {}
        if data_kind_dataset(votes) or (eid.split(":", 1)[-1] in kinds
                                        and not _DATASET_NAMING_KINDS & (votes.get(EntityType.DATASET.value) or {}).keys()):
            out.add(eid)
    return out
