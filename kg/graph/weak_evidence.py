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
:func:`kg.graph.phrase_guesses.generic_compound`), and a lower-case phrase guess that an indefinite article or a
possessive opens as a whole noun phrase ("we propose a dual loss that ...", "our fusion network,":
:func:`kg.graph.phrase_guesses.own_description`; the paper still links to a node other papers keep), and a phrase
guess that is a compound of shape or style before a kind of thing ("a U-shaped architecture":
:func:`kg.graph.own_steps.shape_description`), and a title's
first plain word before a preposition that the abstract never writes with its capital ("Optimization of X",
"Optimization for Y": :func:`kg.graph.namehood.title_process_word`; two titles opening on one process word are two
heads of what they say, not two uses of a name), and a lexicon's data set name of plain words inside a Title Case
title that the abstract never writes with its capitals (:func:`kg.graph.title_caps.title_cased_dataset`: "The
Elephant In The Room"). A Method phrase set in capitals for emphasis in running text ("namely ENTITY REPRESENTATION",
:func:`kg.graph.emphasis.emphasis_capitals`) and a title's Task guess led by a word that opens only method names
("Multitask Parsing", :func:`kg.graph.means_tasks.method_led_task`) are single-paper guesses. So is a Dataset mention of a contest (:mod:`kg.graph.events`; of a contest's edition, "the hypernym task at X 2018",
:mod:`kg.graph.event_uses`, unless the paper states a result on it), of an owner in the
possessive or of a site a system is deployed at, and a Method mention of such a site, of
one data were gathered from or of a name its paper calls a toolkit or a library (:mod:`kg.graph.owners`). A Method typed by its shape only, with nothing where it stands
that says method (no proposal, comparison, citation, use, model word or list of methods: :mod:`kg.graph.support`),
is no evidence in any number of papers: a data set among data sets, a unit, a device, a licence or a token of code as
often as a method, and a second paper writing it as bare repeats the guess.
A Method phrase every paper writes only as what its own new method or algorithm does ("a novel data preprocessing
algorithm": :func:`kg.graph.own_steps.own_step`) is no node, proposed or not; one paper using it otherwise keeps it.

A node other papers keep is not linked to a paper whose every mention of it is such no evidence by the node's own
words (:func:`unlinked_ids`: "a fusion module" of one paper is no use of the "fusion module" another paper names): no
edge, not among its papers; a curated name's papers, a bare acronym's, and a paper whose result or proposal names the
node stay linked. Nor is a Dataset named by short letters linked to a paper that writes them only where no data set
stands (:func:`~kg.graph.homonyms.homonym_ids`: "E2E models", "AR glasses", "AP/AR"). Nor do that paper's words
name the node or show as its aliases (:mod:`kg.graph.kept_names`).

The records are streamed: :class:`WeakEvidence` reads each linked paper as the graph is built, and
:func:`kg.graph.prune.prune` removes the nodes it found weak once all papers are in.

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

from collections import Counter
from typing import Mapping

from kg.graph.described_titles import abbreviated_long_forms, defined_acronyms, described_title, own_names
from kg.graph.emphasis import emphasis_capitals
from kg.graph.events import competition_event, edition_event
from kg.graph.homonyms import homonym_ids
from kg.graph.means_titles import means_title_phrase
from kg.graph.means_tasks import method_led_task
from kg.graph.mention_evidence import (bare_acronym, dataset_starts, no_name, retyped_measure, weak_mention,
                                       weak_metric)
from kg.graph.namehood import guessed_method
from kg.graph.owners import software_ids
from kg.graph.own_steps import own_step, shape_description
from kg.graph.phrase_guesses import (describing_compound, generic_compound, named_description, ordinary_modifier,
                                     own_description, part_description)
from kg.graph.support import bare_long_forms, unsupported_mentions
from kg.graph.task_guesses import guessed_task, loose_task, named_member, unplaced_task
from kg.graph.title_fragments import title_fragment
from kg.graph.unlinked import unlinked_ids
from kg.graph.vague_titles import adjective_title_phrase, vague_title_phrase
from kg.models import Entity, Linked, Mention
from kg.vocab import EntityType

_METRIC_ID = EntityType.METRIC.prefix + ":"
_METHOD_ID = EntityType.METHOD.prefix + ":"
_TASK_ID = EntityType.TASK.prefix + ":"


def linked_mentions(lk: Linked) -> tuple[Mention, ...]:
    """The paper's mentions as they were linked: a span linking grew ("outer transformer block" of a lexicon
    "transformer") is what the entity is named and judged by, not the match it grew from."""
    return lk.whole or lk.extraction.mentions

#: The Method guesses by a mention's look, each asked with the text of the mention's field and the abstract.
_LOOK_GUESSES = (guessed_method, vague_title_phrase, adjective_title_phrase, title_fragment, emphasis_capitals,
                 means_title_phrase)


def _guesses(lk: Linked) -> tuple[list[bool], set[str], list[bool]]:
    """Per mention of a linked paper: whether it is only a guess (:func:`weak_mention`, or a Method whose
    look is no evidence of a name, :func:`kg.graph.namehood.guessed_method`, or a title's plain words before a vague
    head, :func:`kg.graph.vague_titles.vague_title_phrase`, a title's one adjective before a technique's head
    the abstract never writes, :func:`kg.graph.vague_titles.adjective_title_phrase`, or a title's span that is a
    clause or a piece of a longer noun phrase, :func:`kg.graph.title_fragments.title_fragment`, or a title's process
    phrase after a preposition of means, :func:`kg.graph.means_titles.means_title_phrase`, or a phrase set in
    capitals for emphasis, :func:`kg.graph.emphasis.emphasis_capitals`, or a title's Title Case phrase of plain words
    describing the method the abstract gives a coined name, :func:`kg.graph.described_titles.described_title`, when it
    is the paper's one mention of its node; a title's catchphrase
    or vague phrase is a guess only when the paper does not mention the entity again); and the ids whose every mention here is
    a guess by its look (a stated result does not make those names: "Larger Norm More Transferable: ...",
    whose results "our method" reaches, is still a catchphrase). A listed name of something else linked to a Task
    (:func:`kg.graph.task_guesses.named_member`) is a guess; linked to a Dataset it is that data set's name. So is a
    title's Task phrase led by a word that opens only method names, linked to a Task
    (:func:`kg.graph.means_tasks.method_led_task`; linked to a Method it names that means). So are a
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
    own = own_names(mentions, lk.mention_ids, set(lk.proposed_ids), paper.abstract, paper.title)
    defined = {**abbreviated_long_forms(paper.abstract), **defined_acronyms(mentions)} if own else {}
    for m, eid, bare, long_form in zip(mentions, lk.mention_ids, unsupported, long_forms):
        text = paper.text(m.field)
        look = bool(eid) and (any(by_look(m, text, paper.abstract) for by_look in _LOOK_GUESSES)
                              or seen[eid] == 1 and described_title(m, text, paper.abstract, own, defined)) \
            and (m.rule != "title-name" or seen[eid] == 1)
        (looks if look else other).add(eid)
        guess = bool(eid) and (long_form or guessed_task(m, text, paper.abstract, mentions)
                               or (eid.startswith(_TASK_ID) and (named_member(m) or method_led_task(m))))
        out.append(weak_mention(m) or look or bare or guess)
    return out, looks - other, unsupported


def _placement(lk: Linked) -> tuple[set[str], set[str]]:
    """The ids of a linked paper with a Task mention that stands nowhere a task stands
    (:func:`kg.graph.task_guesses.unplaced_task`) or a Method mention that is the paper's own unnamed step
    (:func:`kg.graph.own_steps.own_step`), and the ids with any other mention, a result or a proposal here (a step
    proposed as "a novel X algorithm" is not placed by being proposed)."""
    paper = lk.extraction.paper
    unplaced, placed, steps = set(), set(), set()
    mentions = linked_mentions(lk)
    for m, eid in zip(mentions, lk.mention_ids):
        if not eid:
            continue
        text = paper.text(m.field)
        step = own_step(m, text)
        if step:
            steps.add(eid)
        (unplaced if step or unplaced_task(m, text, mentions) else placed).add(eid)
    placed.update(i for ids in lk.result_ids for i in ids if i)
    placed.update(i for i in lk.proposed_ids if i and i not in steps - placed)
    return unplaced, placed


class WeakEvidence:
    """Per entity id: the first paper it was seen in, whether a second paper has it, whether any mention
    is strong. Fed one :class:`~kg.models.Linked` paper at a time. ``entities`` (the linker's, with their names
    and type votes) tells which node a mention names by its own words, and the curated names, whose papers stay
    linked whatever their mentions (:func:`~kg.graph.unlinked.names_node`)."""

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
        # loose cue's difficulty: task_guesses.loose_task, one of the paper's own: phrase_guesses.own_description)
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
        starts = dataset_starts(mentions, lk.mention_ids)
        software = software_ids(mentions, lk.mention_ids, paper.text)  # "X, an open-source toolkit": no technique
        for m, eid, guess in zip(mentions, lk.mention_ids, guessed):
            text = paper.text(m.field) if eid else ""
            gc = generic_compound(m, paper.abstract) or part_description(m) or describing_compound(m, text) \
                or ordinary_modifier(m) or named_description(m, text) or shape_description(m)
            (compound if gc else other).add(eid)
            ev = bool(eid) and competition_event(m, text)
            (event if ev else not_event).add(eid)
            ev = ev or (bool(eid) and edition_event(m, text))  # a result on the edition's data still counts
            judged.append(bool(eid) and (gc or ev or eid in software or no_name(m, eid, text, paper.abstract, starts)))
            flagged.append(judged[-1] or (bool(eid) and (bare_acronym(m, text) or loose_task(m, text)
                                                          or own_description(m, text))))
            if eid and not flagged[-1]:
                some.add(eid)
            if eid and not guess:
                named.add(eid)
        self.unlinked.update((pid, i) for i in unlinked_ids(lk, mentions, judged, self._entities))
        self.unlinked.update((pid, i) for i in homonym_ids(lk, mentions, self._entities))  # "E2E models": no data set
        # not "pose in SO(3)"; nor "we propose a structural matching strategy": a phrase found as what the paper
        # proposes is not made a name by being proposed
        self._strong.update(i for i in lk.proposed_ids if i in some and i in named)
        look_only |= compound - other  # "the loss function improves by 12.8%" does not make it a name
        look_only |= event - not_event  # "the best result in the X 2017 shared task": X is the event, no data set
        look_only |= software  # "X, an open-source toolkit, reaches 81%": the toolkit, no technique
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
