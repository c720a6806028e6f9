"""The kinds of type evidence a name's mentions give, declared once: each kind's weight and the sets it belongs to.

Every vote the linker collects for a name is a (type, kind) pair (:class:`kg.link.types.TypeVotes`). A kind has a
weight in the type score, and three readings of a name's votes ask which kinds are of a class:

- ``weak``: no strong evidence (how a name is written, a rule's default type, or a count of uses that weighs
  nothing); a minority type needs strong evidence to stay a node of its own (:data:`kg.link.types.WEAK_KINDS`);
- ``words_only``: a Method vote that the words around a name give, no lexicon's, no definition's and no result's
  (:func:`kg.link.means.worked_on` reads a Method typed so as the problem papers work on when they use it so);
- ``defining``: a Task vote that a long form's own words give, or a use that says no goal
  (:func:`kg.link.means.defined_means`).

A new kind is one row of :data:`KINDS`; the weights and these three sets are derived from it, so none of those
readings forgets it. (Sets of kinds that one reading alone asks for, such as the kinds of a mention's own rule or the
kinds that name a thing, stay beside that reading.)
"""
from __future__ import annotations

from typing import NamedTuple


class Kind(NamedTuple):
    """One kind of type evidence (see the module docstring)."""

    weight: float
    weak: bool = False
    words_only: bool = False
    defining: bool = False
    #: a paper's first vote of the kind for a name also counts the paper (a ``<kind>-papers`` kind, made below)
    paper_counted: bool = False


#: Every kind of type evidence, with its weight and classes. The kinds and what each counts are described in
#: :mod:`kg.link.types` (the strong ones) and beside :data:`kg.link.types.WEAK_KINDS` (the weak ones).
KINDS: dict[str, Kind] = {
    "prior": Kind(4.0),
    "lexicon": Kind(3.0),
    "titled": Kind(1.0),
    "defined": Kind(1.0, defining=True),
    "context": Kind(1.0, words_only=True),
    "acronym": Kind(1.0, defining=True),
    "cue": Kind(1.0, words_only=True),
    "head": Kind(2.0),
    "task": Kind(2.0),
    "result": Kind(1.0),
    "default": Kind(0.5, weak=True, words_only=True, defining=True),
    "shape": Kind(0.25, weak=True, words_only=True, defining=True),
    "data": Kind(0.0, weak=True, words_only=True, defining=True),
    "means": Kind(0.0, weak=True, words_only=True, paper_counted=True),
    "goal": Kind(0.0, weak=True, words_only=True, paper_counted=True),
    "field": Kind(0.0, weak=True, words_only=True),
    # a Task name used as the form a problem takes ("cast as X", "X settings"; kg.link.forms), by a mention no curated
    # lexicon entry matched: a Task vote only (kg.graph.task_kinds.problem_form)
    "form": Kind(0.0, weak=True, words_only=True),
    # a Task's use as an ability of a model: a Task vote only, so never among a Method's words
    "ability": Kind(0.0, weak=True, defining=True),
    "output": Kind(0.0, weak=True, words_only=True),
    "unit": Kind(0.0, weak=True, words_only=True),
    # a paper spelling the letters out as a thing of no type of ours, "region of interest (ROI)", "inertial
    # measurement unit (IMU)", whether or not a mention holds them (kg.graph.method_kinds.defined_thing)
    "thing": Kind(0.0, weak=True, words_only=True),
    "modifier": Kind(0.0, weak=True, words_only=True, paper_counted=True),
    # a name its paper describes as a simulator, a platform, a formalism (kg.link.apparatus), its papers counted: the
    # graph leaves out a Dataset node papers describe so (kg.link.apparatus.apparatus_dataset)
    "apparatus": Kind(0.0, weak=True, words_only=True, paper_counted=True),
    # what a recognition task is done to ("recognizing X"), a thing of a kind no technique is ("the game X"):
    # kg.link.objects, read by kg.graph.method_objects.other_kind
    "object": Kind(0.0, weak=True, words_only=True),
    "kind": Kind(0.0, weak=True, words_only=True),
    "family": Kind(0.0, weak=True, words_only=True),
    "unread": Kind(0.0, weak=True, words_only=True),
}
#: The papers of each paper-counted kind: a weightless count of their own, read as the words around a name are.
KINDS.update({f"{k}-papers": Kind(0.0, weak=True, words_only=True) for k, kind in list(KINDS.items())
              if kind.paper_counted})


def kinds_where(field: str) -> frozenset[str]:
    """The kinds of :data:`KINDS` whose class ``field`` ("weak", "words_only", "defining", "paper_counted") is set.

    >>> sorted(kinds_where("defining"))
    ['ability', 'acronym', 'data', 'default', 'defined', 'shape']
    """
    return frozenset(k for k, kind in KINDS.items() if getattr(kind, field))
